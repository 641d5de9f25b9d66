* Source:     Pyomo MPS Writer
* Format:     Free MPS
*
NAME krr_label_flip
OBJSENSE
 MIN
ROWS
 N  objective
 L  c_u_crossed_
 E  c_e_krr(1)_optimality(0)_
 E  c_e_krr(1)_optimality(1)_
 E  c_e_krr(1)_optimality(2)_
 E  c_e_krr(1)_optimality(3)_
 E  c_e_krr(1)_optimality(4)_
 E  c_e_krr(1)_optimality(5)_
 E  c_e_krr(1)_optimality(6)_
 E  c_e_krr(1)_optimality(7)_
 E  c_e_krr(1)_optimality(8)_
 E  c_e_krr(1)_optimality(9)_
 E  c_e_krr(1)_optimality(10)_
 E  c_e_krr(1)_optimality(11)_
 E  c_e_krr(1)_optimality(12)_
 E  c_e_krr(1)_optimality(13)_
 E  c_e_krr(1)_optimality(14)_
 E  c_e_krr(1)_optimality(15)_
 E  c_e_krr(1)_optimality(16)_
 E  c_e_krr(1)_optimality(17)_
 E  c_e_krr(1)_optimality(18)_
 E  c_e_krr(1)_optimality(19)_
 E  c_e_ONE_VAR_CONSTANT
COLUMNS
     b(0_1) objective 1
     b(0_1) c_e_krr(1)_optimality(0)_ -2
     b(1_1) objective 1
     b(1_1) c_e_krr(1)_optimality(1)_ -2
     b(2_1) objective 1
     b(2_1) c_e_krr(1)_optimality(2)_ -2
     b(3_1) objective 1
     b(3_1) c_e_krr(1)_optimality(3)_ -2
     b(4_1) objective 1
     b(4_1) c_e_krr(1)_optimality(4)_ -2
     b(5_1) objective 1
     b(5_1) c_e_krr(1)_optimality(5)_ -2
     b(6_1) objective 1
     b(6_1) c_e_krr(1)_optimality(6)_ -2
     b(7_1) objective 1
     b(7_1) c_e_krr(1)_optimality(7)_ -2
     b(8_1) objective 1
     b(8_1) c_e_krr(1)_optimality(8)_ -2
     b(9_1) objective 1
     b(9_1) c_e_krr(1)_optimality(9)_ -2
     b(10_1) objective -1
     b(10_1) c_e_krr(1)_optimality(10)_ -2
     b(11_1) objective -1
     b(11_1) c_e_krr(1)_optimality(11)_ -2
     b(12_1) objective -1
     b(12_1) c_e_krr(1)_optimality(12)_ -2
     b(13_1) objective -1
     b(13_1) c_e_krr(1)_optimality(13)_ -2
     b(14_1) objective -1
     b(14_1) c_e_krr(1)_optimality(14)_ -2
     b(15_1) objective -1
     b(15_1) c_e_krr(1)_optimality(15)_ -2
     b(16_1) objective -1
     b(16_1) c_e_krr(1)_optimality(16)_ -2
     b(17_1) objective -1
     b(17_1) c_e_krr(1)_optimality(17)_ -2
     b(18_1) objective -1
     b(18_1) c_e_krr(1)_optimality(18)_ -2
     b(19_1) objective -1
     b(19_1) c_e_krr(1)_optimality(19)_ -2
     krr(1)_beta(0) c_u_crossed_ -1.0109081422108448
     krr(1)_beta(0) c_e_krr(1)_optimality(0)_ 1.674564760146839
     krr(1)_beta(0) c_e_krr(1)_optimality(1)_ 0.041848133781324404
     krr(1)_beta(0) c_e_krr(1)_optimality(2)_ 0.63771414126068016
     krr(1)_beta(0) c_e_krr(1)_optimality(3)_ 0.36662109569529822
     krr(1)_beta(0) c_e_krr(1)_optimality(4)_ 0.93737589845622948
     krr(1)_beta(0) c_e_krr(1)_optimality(5)_ 1.1689339051128662
     krr(1)_beta(0) c_e_krr(1)_optimality(6)_ 0.49152312588983249
     krr(1)_beta(0) c_e_krr(1)_optimality(7)_ 0.20859206996520341
     krr(1)_beta(0) c_e_krr(1)_optimality(8)_ 0.29141371351719175
     krr(1)_beta(0) c_e_krr(1)_optimality(9)_ 0.10675744940222219
     krr(1)_beta(0) c_e_krr(1)_optimality(10)_ 0.011673148962601868
     krr(1)_beta(0) c_e_krr(1)_optimality(11)_ -0.0075472997457581292
     krr(1)_beta(0) c_e_krr(1)_optimality(12)_ -0.055306656659445189
     krr(1)_beta(0) c_e_krr(1)_optimality(13)_ 0.48479513484864345
     krr(1)_beta(0) c_e_krr(1)_optimality(14)_ -0.0090514867818187322
     krr(1)_beta(0) c_e_krr(1)_optimality(15)_ 0.017624784091665235
     krr(1)_beta(0) c_e_krr(1)_optimality(16)_ 0.15147898664999776
     krr(1)_beta(0) c_e_krr(1)_optimality(17)_ 0.20508522062581003
     krr(1)_beta(0) c_e_krr(1)_optimality(18)_ 0.26938372609690242
     krr(1)_beta(0) c_e_krr(1)_optimality(19)_ 0.31874131541358913
     krr(1)_beta(1) c_u_crossed_ -0.14599139672328121
     krr(1)_beta(1) c_e_krr(1)_optimality(0)_ 0.041848133781324404
     krr(1)_beta(1) c_e_krr(1)_optimality(1)_ 1.8972434310267334
     krr(1)_beta(1) c_e_krr(1)_optimality(2)_ 0.40911986754282686
     krr(1)_beta(1) c_e_krr(1)_optimality(3)_ 0.9918919440068783
     krr(1)_beta(1) c_e_krr(1)_optimality(4)_ 0.55164732015497486
     krr(1)_beta(1) c_e_krr(1)_optimality(5)_ -0.041407180341767047
     krr(1)_beta(1) c_e_krr(1)_optimality(6)_ 0.37847149726614826
     krr(1)_beta(1) c_e_krr(1)_optimality(7)_ 0.87573319374650505
     krr(1)_beta(1) c_e_krr(1)_optimality(8)_ 0.59827060396574794
     krr(1)_beta(1) c_e_krr(1)_optimality(9)_ 1.0057983922226961
     krr(1)_beta(1) c_e_krr(1)_optimality(10)_ 0.28111305858639629
     krr(1)_beta(1) c_e_krr(1)_optimality(11)_ -0.031909477104684419
     krr(1)_beta(1) c_e_krr(1)_optimality(12)_ 0.098217460320827274
     krr(1)_beta(1) c_e_krr(1)_optimality(13)_ -0.029676779906251949
     krr(1)_beta(1) c_e_krr(1)_optimality(14)_ 0.10028939395748683
     krr(1)_beta(1) c_e_krr(1)_optimality(15)_ 0.71520996645835655
     krr(1)_beta(1) c_e_krr(1)_optimality(16)_ -0.069281142088204545
     krr(1)_beta(1) c_e_krr(1)_optimality(17)_ 0.15853814365311064
     krr(1)_beta(1) c_e_krr(1)_optimality(18)_ 0.055832437277449978
     krr(1)_beta(1) c_e_krr(1)_optimality(19)_ -0.029677463088304629
     krr(1)_beta(2) c_u_crossed_ -0.80937655432280609
     krr(1)_beta(2) c_e_krr(1)_optimality(0)_ 0.63771414126068016
     krr(1)_beta(2) c_e_krr(1)_optimality(1)_ 0.40911986754282686
     krr(1)_beta(2) c_e_krr(1)_optimality(2)_ 1.0621610830996118
     krr(1)_beta(2) c_e_krr(1)_optimality(3)_ 0.78120996829859468
     krr(1)_beta(2) c_e_krr(1)_optimality(4)_ 0.77486695738975064
     krr(1)_beta(2) c_e_krr(1)_optimality(5)_ 0.52194488378425252
     krr(1)_beta(2) c_e_krr(1)_optimality(6)_ 0.68061834594553616
     krr(1)_beta(2) c_e_krr(1)_optimality(7)_ 0.20296408437106042
     krr(1)_beta(2) c_e_krr(1)_optimality(8)_ 0.51328281806739584
     krr(1)_beta(2) c_e_krr(1)_optimality(9)_ 0.07405654207564788
     krr(1)_beta(2) c_e_krr(1)_optimality(10)_ 0.10774127821764828
     krr(1)_beta(2) c_e_krr(1)_optimality(11)_ -0.0049052690470139243
     krr(1)_beta(2) c_e_krr(1)_optimality(12)_ -0.0070550569840353988
     krr(1)_beta(2) c_e_krr(1)_optimality(13)_ 0.25561340748772327
     krr(1)_beta(2) c_e_krr(1)_optimality(14)_ -0.050574679052700827
     krr(1)_beta(2) c_e_krr(1)_optimality(15)_ -0.011773538143323645
     krr(1)_beta(2) c_e_krr(1)_optimality(16)_ 0.026337366838221493
     krr(1)_beta(2) c_e_krr(1)_optimality(17)_ 0.0484007923373308
     krr(1)_beta(2) c_e_krr(1)_optimality(18)_ -0.064800424478320517
     krr(1)_beta(2) c_e_krr(1)_optimality(19)_ 0.068039708293224949
     krr(1)_beta(3) c_u_crossed_ -0.53955583942280461
     krr(1)_beta(3) c_e_krr(1)_optimality(0)_ 0.36662109569529822
     krr(1)_beta(3) c_e_krr(1)_optimality(1)_ 0.9918919440068783
     krr(1)_beta(3) c_e_krr(1)_optimality(2)_ 0.78120996829859468
     krr(1)_beta(3) c_e_krr(1)_optimality(3)_ 1.4944937025929352
     krr(1)_beta(3) c_e_krr(1)_optimality(4)_ 0.51361105165273313
     krr(1)_beta(3) c_e_krr(1)_optimality(5)_ 0.20467686674148911
     krr(1)_beta(3) c_e_krr(1)_optimality(6)_ 0.88432281721578054
     krr(1)_beta(3) c_e_krr(1)_optimality(7)_ 0.56482605640388717
     krr(1)_beta(3) c_e_krr(1)_optimality(8)_ 0.88644475055791561
     krr(1)_beta(3) c_e_krr(1)_optimality(9)_ 0.37315796153011321
     krr(1)_beta(3) c_e_krr(1)_optimality(10)_ 0.019516172284119462
     krr(1)_beta(3) c_e_krr(1)_optimality(11)_ -0.018291024200419836
     krr(1)_beta(3) c_e_krr(1)_optimality(12)_ -0.038641695373202473
     krr(1)_beta(3) c_e_krr(1)_optimality(13)_ 0.016005263069672607
     krr(1)_beta(3) c_e_krr(1)_optimality(14)_ -0.014510471132112332
     krr(1)_beta(3) c_e_krr(1)_optimality(15)_ 0.26684097322350031
     krr(1)_beta(3) c_e_krr(1)_optimality(16)_ -0.040080188344381318
     krr(1)_beta(3) c_e_krr(1)_optimality(17)_ -0.041378318780375525
     krr(1)_beta(3) c_e_krr(1)_optimality(18)_ 0.010614725060483249
     krr(1)_beta(3) c_e_krr(1)_optimality(19)_ 0.090508343673990993
     krr(1)_beta(4) c_u_crossed_ -1.1488057962196248
     krr(1)_beta(4) c_e_krr(1)_optimality(0)_ 0.93737589845622948
     krr(1)_beta(4) c_e_krr(1)_optimality(1)_ 0.55164732015497486
     krr(1)_beta(4) c_e_krr(1)_optimality(2)_ 0.77486695738975064
     krr(1)_beta(4) c_e_krr(1)_optimality(3)_ 0.51361105165273313
     krr(1)_beta(4) c_e_krr(1)_optimality(4)_ 2.7521064514228253
     krr(1)_beta(4) c_e_krr(1)_optimality(5)_ 0.48967562073008353
     krr(1)_beta(4) c_e_krr(1)_optimality(6)_ 0.20346063401074355
     krr(1)_beta(4) c_e_krr(1)_optimality(7)_ 0.031741465838124261
     krr(1)_beta(4) c_e_krr(1)_optimality(8)_ 0.053732968687199401
     krr(1)_beta(4) c_e_krr(1)_optimality(9)_ 0.073557104712858229
     krr(1)_beta(4) c_e_krr(1)_optimality(10)_ 0.44100315969966086
     krr(1)_beta(4) c_e_krr(1)_optimality(11)_ 0.17540483396452849
     krr(1)_beta(4) c_e_krr(1)_optimality(12)_ 0.15526834567307624
     krr(1)_beta(4) c_e_krr(1)_optimality(13)_ 0.33845312344604978
     krr(1)_beta(4) c_e_krr(1)_optimality(14)_ 0.031118352887581024
     krr(1)_beta(4) c_e_krr(1)_optimality(15)_ 0.4989286252471869
     krr(1)_beta(4) c_e_krr(1)_optimality(16)_ 0.12009199625393807
     krr(1)_beta(4) c_e_krr(1)_optimality(17)_ 0.69914367498055507
     krr(1)_beta(4) c_e_krr(1)_optimality(18)_ 0.10748805716626278
     krr(1)_beta(4) c_e_krr(1)_optimality(19)_ 0.014022861818706378
     krr(1)_beta(5) c_u_crossed_ -0.73640067343138638
     krr(1)_beta(5) c_e_krr(1)_optimality(0)_ 1.1689339051128662
     krr(1)_beta(5) c_e_krr(1)_optimality(1)_ -0.041407180341767047
     krr(1)_beta(5) c_e_krr(1)_optimality(2)_ 0.52194488378425252
     krr(1)_beta(5) c_e_krr(1)_optimality(3)_ 0.20467686674148911
     krr(1)_beta(5) c_e_krr(1)_optimality(4)_ 0.48967562073008353
     krr(1)_beta(5) c_e_krr(1)_optimality(5)_ 1.3944753294438521
     krr(1)_beta(5) c_e_krr(1)_optimality(6)_ 0.45165944760431376
     krr(1)_beta(5) c_e_krr(1)_optimality(7)_ 0.21379847823308037
     krr(1)_beta(5) c_e_krr(1)_optimality(8)_ 0.28882196394282889
     krr(1)_beta(5) c_e_krr(1)_optimality(9)_ 0.11830600384743513
     krr(1)_beta(5) c_e_krr(1)_optimality(10)_ 0.093068260211129822
     krr(1)_beta(5) c_e_krr(1)_optimality(11)_ 0.029151188378295972
     krr(1)_beta(5) c_e_krr(1)_optimality(12)_ -0.0027482585827766914
     krr(1)_beta(5) c_e_krr(1)_optimality(13)_ 0.7032143070881578
     krr(1)_beta(5) c_e_krr(1)_optimality(14)_ 0.021508947860043329
     krr(1)_beta(5) c_e_krr(1)_optimality(15)_ -0.069209629855551597
     krr(1)_beta(5) c_e_krr(1)_optimality(16)_ 0.20773786813171077
     krr(1)_beta(5) c_e_krr(1)_optimality(17)_ 0.21974254338532012
     krr(1)_beta(5) c_e_krr(1)_optimality(18)_ 0.13687534654983488
     krr(1)_beta(5) c_e_krr(1)_optimality(19)_ 0.45808618062975576
     krr(1)_beta(6) c_u_crossed_ -0.5378557265603201
     krr(1)_beta(6) c_e_krr(1)_optimality(0)_ 0.49152312588983249
     krr(1)_beta(6) c_e_krr(1)_optimality(1)_ 0.37847149726614826
     krr(1)_beta(6) c_e_krr(1)_optimality(2)_ 0.68061834594553616
     krr(1)_beta(6) c_e_krr(1)_optimality(3)_ 0.88432281721578054
     krr(1)_beta(6) c_e_krr(1)_optimality(4)_ 0.20346063401074355
     krr(1)_beta(6) c_e_krr(1)_optimality(5)_ 0.45165944760431376
     krr(1)_beta(6) c_e_krr(1)_optimality(6)_ 1.1008776937072624
     krr(1)_beta(6) c_e_krr(1)_optimality(7)_ 0.35780197246457784
     krr(1)_beta(6) c_e_krr(1)_optimality(8)_ 0.81940578259841468
     krr(1)_beta(6) c_e_krr(1)_optimality(9)_ 0.15751024800622287
     krr(1)_beta(6) c_e_krr(1)_optimality(10)_ 0.0095476478806674897
     krr(1)_beta(6) c_e_krr(1)_optimality(11)_ 0.011378899194750866
     krr(1)_beta(6) c_e_krr(1)_optimality(12)_ -0.0039114823972583035
     krr(1)_beta(6) c_e_krr(1)_optimality(13)_ 0.12934618019422592
     krr(1)_beta(6) c_e_krr(1)_optimality(14)_ 0.019430979092867506
     krr(1)_beta(6) c_e_krr(1)_optimality(15)_ -0.015612174938614581
     krr(1)_beta(6) c_e_krr(1)_optimality(16)_ 0.056264750691501761
     krr(1)_beta(6) c_e_krr(1)_optimality(17)_ -0.065469093565607761
     krr(1)_beta(6) c_e_krr(1)_optimality(18)_ 0.063736441926146234
     krr(1)_beta(6) c_e_krr(1)_optimality(19)_ 0.3056440179724243
     krr(1)_beta(7) c_u_crossed_ -0.014251563983504495
     krr(1)_beta(7) c_e_krr(1)_optimality(0)_ 0.20859206996520341
     krr(1)_beta(7) c_e_krr(1)_optimality(1)_ 0.87573319374650505
     krr(1)_beta(7) c_e_krr(1)_optimality(2)_ 0.20296408437106042
     krr(1)_beta(7) c_e_krr(1)_optimality(3)_ 0.56482605640388717
     krr(1)_beta(7) c_e_krr(1)_optimality(4)_ 0.031741465838124261
     krr(1)_beta(7) c_e_krr(1)_optimality(5)_ 0.21379847823308037
     krr(1)_beta(7) c_e_krr(1)_optimality(6)_ 0.35780197246457784
     krr(1)_beta(7) c_e_krr(1)_optimality(7)_ 1.8848249804927191
     krr(1)_beta(7) c_e_krr(1)_optimality(8)_ 0.73627239598365501
     krr(1)_beta(7) c_e_krr(1)_optimality(9)_ 1.6058447972593644
     krr(1)_beta(7) c_e_krr(1)_optimality(10)_ -0.037227438234985782
     krr(1)_beta(7) c_e_krr(1)_optimality(11)_ -0.037075407623339079
     krr(1)_beta(7) c_e_krr(1)_optimality(12)_ -0.091423654081758302
     krr(1)_beta(7) c_e_krr(1)_optimality(13)_ 0.21192287715381308
     krr(1)_beta(7) c_e_krr(1)_optimality(14)_ 0.02370849009450543
     krr(1)_beta(7) c_e_krr(1)_optimality(15)_ 0.76409554431002902
     krr(1)_beta(7) c_e_krr(1)_optimality(16)_ 0.089805187047058727
     krr(1)_beta(7) c_e_krr(1)_optimality(17)_ 0.17036313983876072
     krr(1)_beta(7) c_e_krr(1)_optimality(18)_ 0.072511048212199003
     krr(1)_beta(7) c_e_krr(1)_optimality(19)_ 0.16576299897682434
     krr(1)_beta(8) c_u_crossed_ -0.25185964459170102
     krr(1)_beta(8) c_e_krr(1)_optimality(0)_ 0.29141371351719175
     krr(1)_beta(8) c_e_krr(1)_optimality(1)_ 0.59827060396574794
     krr(1)_beta(8) c_e_krr(1)_optimality(2)_ 0.51328281806739584
     krr(1)_beta(8) c_e_krr(1)_optimality(3)_ 0.88644475055791561
     krr(1)_beta(8) c_e_krr(1)_optimality(4)_ 0.053732968687199401
     krr(1)_beta(8) c_e_krr(1)_optimality(5)_ 0.28882196394282889
     krr(1)_beta(8) c_e_krr(1)_optimality(6)_ 0.81940578259841468
     krr(1)_beta(8) c_e_krr(1)_optimality(7)_ 0.73627239598365501
     krr(1)_beta(8) c_e_krr(1)_optimality(8)_ 1.1194933408126548
     krr(1)_beta(8) c_e_krr(1)_optimality(9)_ 0.47947121638149848
     krr(1)_beta(8) c_e_krr(1)_optimality(10)_ -0.034209052040298282
     krr(1)_beta(8) c_e_krr(1)_optimality(11)_ -0.037966230166075143
     krr(1)_beta(8) c_e_krr(1)_optimality(12)_ -0.01203667910585092
     krr(1)_beta(8) c_e_krr(1)_optimality(13)_ 0.079993550139075359
     krr(1)_beta(8) c_e_krr(1)_optimality(14)_ -0.0083903594690558636
     krr(1)_beta(8) c_e_krr(1)_optimality(15)_ 0.065948245135040259
     krr(1)_beta(8) c_e_krr(1)_optimality(16)_ 0.11108339838099912
     krr(1)_beta(8) c_e_krr(1)_optimality(17)_ -0.046124447348548592
     krr(1)_beta(8) c_e_krr(1)_optimality(18)_ 0.047233995189873951
     krr(1)_beta(8) c_e_krr(1)_optimality(19)_ 0.22861144907460354
     krr(1)_beta(9) c_u_crossed_ 0.051704853939486192
     krr(1)_beta(9) c_e_krr(1)_optimality(0)_ 0.10675744940222219
     krr(1)_beta(9) c_e_krr(1)_optimality(1)_ 1.0057983922226961
     krr(1)_beta(9) c_e_krr(1)_optimality(2)_ 0.07405654207564788
     krr(1)_beta(9) c_e_krr(1)_optimality(3)_ 0.37315796153011321
     krr(1)_beta(9) c_e_krr(1)_optimality(4)_ 0.073557104712858229
     krr(1)_beta(9) c_e_krr(1)_optimality(5)_ 0.11830600384743513
     krr(1)_beta(9) c_e_krr(1)_optimality(6)_ 0.15751024800622287
     krr(1)_beta(9) c_e_krr(1)_optimality(7)_ 1.6058447972593644
     krr(1)_beta(9) c_e_krr(1)_optimality(8)_ 0.47947121638149848
     krr(1)_beta(9) c_e_krr(1)_optimality(9)_ 2.1464737102595945
     krr(1)_beta(9) c_e_krr(1)_optimality(10)_ 0.19848691063910809
     krr(1)_beta(9) c_e_krr(1)_optimality(11)_ -0.011437731175944876
     krr(1)_beta(9) c_e_krr(1)_optimality(12)_ -0.0099715883879300804
     krr(1)_beta(9) c_e_krr(1)_optimality(13)_ 0.21215372853197781
     krr(1)_beta(9) c_e_krr(1)_optimality(14)_ 0.22058820726255404
     krr(1)_beta(9) c_e_krr(1)_optimality(15)_ 0.98787634048395612
     krr(1)_beta(9) c_e_krr(1)_optimality(16)_ -0.0075022239913369315
     krr(1)_beta(9) c_e_krr(1)_optimality(17)_ 0.25159020092537659
     krr(1)_beta(9) c_e_krr(1)_optimality(18)_ 0.20122415455449133
     krr(1)_beta(9) c_e_krr(1)_optimality(19)_ 0.11725602729206769
     krr(1)_beta(10) c_u_crossed_ -0.1667935331334654
     krr(1)_beta(10) c_e_krr(1)_optimality(0)_ 0.011673148962601868
     krr(1)_beta(10) c_e_krr(1)_optimality(1)_ 0.28111305858639629
     krr(1)_beta(10) c_e_krr(1)_optimality(2)_ 0.10774127821764828
     krr(1)_beta(10) c_e_krr(1)_optimality(3)_ 0.019516172284119462
     krr(1)_beta(10) c_e_krr(1)_optimality(4)_ 0.44100315969966086
     krr(1)_beta(10) c_e_krr(1)_optimality(5)_ 0.093068260211129822
     krr(1)_beta(10) c_e_krr(1)_optimality(6)_ 0.0095476478806674897
     krr(1)_beta(10) c_e_krr(1)_optimality(7)_ -0.037227438234985782
     krr(1)_beta(10) c_e_krr(1)_optimality(8)_ -0.034209052040298282
     krr(1)_beta(10) c_e_krr(1)_optimality(9)_ 0.19848691063910809
     krr(1)_beta(10) c_e_krr(1)_optimality(10)_ 2.0128986055300979
     krr(1)_beta(10) c_e_krr(1)_optimality(11)_ 0.84129327771687823
     krr(1)_beta(10) c_e_krr(1)_optimality(12)_ 1.0843865133882711
     krr(1)_beta(10) c_e_krr(1)_optimality(13)_ 0.30384259160270843
     krr(1)_beta(10) c_e_krr(1)_optimality(14)_ 1.1489979199238389
     krr(1)_beta(10) c_e_krr(1)_optimality(15)_ 0.32684415796251126
     krr(1)_beta(10) c_e_krr(1)_optimality(16)_ 0.23135622911957665
     krr(1)_beta(10) c_e_krr(1)_optimality(17)_ 0.22680864865667513
     krr(1)_beta(10) c_e_krr(1)_optimality(18)_ 0.41811458586014677
     krr(1)_beta(10) c_e_krr(1)_optimality(19)_ 0.095781052853685378
     krr(1)_beta(11) c_u_crossed_ -0.167918889451668
     krr(1)_beta(11) c_e_krr(1)_optimality(0)_ -0.0075472997457581292
     krr(1)_beta(11) c_e_krr(1)_optimality(1)_ -0.031909477104684419
     krr(1)_beta(11) c_e_krr(1)_optimality(2)_ -0.0049052690470139243
     krr(1)_beta(11) c_e_krr(1)_optimality(3)_ -0.018291024200419836
     krr(1)_beta(11) c_e_krr(1)_optimality(4)_ 0.17540483396452849
     krr(1)_beta(11) c_e_krr(1)_optimality(5)_ 0.029151188378295972
     krr(1)_beta(11) c_e_krr(1)_optimality(6)_ 0.011378899194750866
     krr(1)_beta(11) c_e_krr(1)_optimality(7)_ -0.037075407623339079
     krr(1)_beta(11) c_e_krr(1)_optimality(8)_ -0.037966230166075143
     krr(1)_beta(11) c_e_krr(1)_optimality(9)_ -0.011437731175944876
     krr(1)_beta(11) c_e_krr(1)_optimality(10)_ 0.84129327771687823
     krr(1)_beta(11) c_e_krr(1)_optimality(11)_ 2.7283540027623503
     krr(1)_beta(11) c_e_krr(1)_optimality(12)_ 0.95436146578150272
     krr(1)_beta(11) c_e_krr(1)_optimality(13)_ 0.26176520868545061
     krr(1)_beta(11) c_e_krr(1)_optimality(14)_ 1.3050302781590473
     krr(1)_beta(11) c_e_krr(1)_optimality(15)_ 1.1800212840857149
     krr(1)_beta(11) c_e_krr(1)_optimality(16)_ 1.1050289984248902
     krr(1)_beta(11) c_e_krr(1)_optimality(17)_ 0.2148413100723241
     krr(1)_beta(11) c_e_krr(1)_optimality(18)_ 0.62624610516844814
     krr(1)_beta(11) c_e_krr(1)_optimality(19)_ 0.3046865254073674
     krr(1)_beta(12) c_u_crossed_ 0.0077955087667055945
     krr(1)_beta(12) c_e_krr(1)_optimality(0)_ -0.055306656659445189
     krr(1)_beta(12) c_e_krr(1)_optimality(1)_ 0.098217460320827274
     krr(1)_beta(12) c_e_krr(1)_optimality(2)_ -0.0070550569840353988
     krr(1)_beta(12) c_e_krr(1)_optimality(3)_ -0.038641695373202473
     krr(1)_beta(12) c_e_krr(1)_optimality(4)_ 0.15526834567307624
     krr(1)_beta(12) c_e_krr(1)_optimality(5)_ -0.0027482585827766914
     krr(1)_beta(12) c_e_krr(1)_optimality(6)_ -0.0039114823972583035
     krr(1)_beta(12) c_e_krr(1)_optimality(7)_ -0.091423654081758302
     krr(1)_beta(12) c_e_krr(1)_optimality(8)_ -0.01203667910585092
     krr(1)_beta(12) c_e_krr(1)_optimality(9)_ -0.0099715883879300804
     krr(1)_beta(12) c_e_krr(1)_optimality(10)_ 1.0843865133882711
     krr(1)_beta(12) c_e_krr(1)_optimality(11)_ 0.95436146578150272
     krr(1)_beta(12) c_e_krr(1)_optimality(12)_ 2.268218364675993
     krr(1)_beta(12) c_e_krr(1)_optimality(13)_ 0.034464517471316999
     krr(1)_beta(12) c_e_krr(1)_optimality(14)_ 0.98169297235213471
     krr(1)_beta(12) c_e_krr(1)_optimality(15)_ 0.021895795670774765
     krr(1)_beta(12) c_e_krr(1)_optimality(16)_ 1.6090663809190755
     krr(1)_beta(12) c_e_krr(1)_optimality(17)_ 0.56001715433209509
     krr(1)_beta(12) c_e_krr(1)_optimality(18)_ 1.0445377121637496
     krr(1)_beta(12) c_e_krr(1)_optimality(19)_ 0.49288093841180924
     krr(1)_beta(13) c_u_crossed_ -0.36267170229922729
     krr(1)_beta(13) c_e_krr(1)_optimality(0)_ 0.48479513484864345
     krr(1)_beta(13) c_e_krr(1)_optimality(1)_ -0.029676779906251949
     krr(1)_beta(13) c_e_krr(1)_optimality(2)_ 0.25561340748772327
     krr(1)_beta(13) c_e_krr(1)_optimality(3)_ 0.016005263069672607
     krr(1)_beta(13) c_e_krr(1)_optimality(4)_ 0.33845312344604978
     krr(1)_beta(13) c_e_krr(1)_optimality(5)_ 0.7032143070881578
     krr(1)_beta(13) c_e_krr(1)_optimality(6)_ 0.12934618019422592
     krr(1)_beta(13) c_e_krr(1)_optimality(7)_ 0.21192287715381308
     krr(1)_beta(13) c_e_krr(1)_optimality(8)_ 0.079993550139075359
     krr(1)_beta(13) c_e_krr(1)_optimality(9)_ 0.21215372853197781
     krr(1)_beta(13) c_e_krr(1)_optimality(10)_ 0.30384259160270843
     krr(1)_beta(13) c_e_krr(1)_optimality(11)_ 0.26176520868545061
     krr(1)_beta(13) c_e_krr(1)_optimality(12)_ 0.034464517471316999
     krr(1)_beta(13) c_e_krr(1)_optimality(13)_ 1.106432546358302
     krr(1)_beta(13) c_e_krr(1)_optimality(14)_ 0.085098141908004604
     krr(1)_beta(13) c_e_krr(1)_optimality(15)_ 0.22203146968617041
     krr(1)_beta(13) c_e_krr(1)_optimality(16)_ 0.16168546676938428
     krr(1)_beta(13) c_e_krr(1)_optimality(17)_ 0.4671930298121213
     krr(1)_beta(13) c_e_krr(1)_optimality(18)_ -0.061514355060725986
     krr(1)_beta(13) c_e_krr(1)_optimality(19)_ 0.41175277549910672
     krr(1)_beta(14) c_u_crossed_ -0.03938279208938486
     krr(1)_beta(14) c_e_krr(1)_optimality(0)_ -0.0090514867818187322
     krr(1)_beta(14) c_e_krr(1)_optimality(1)_ 0.10028939395748683
     krr(1)_beta(14) c_e_krr(1)_optimality(2)_ -0.050574679052700827
     krr(1)_beta(14) c_e_krr(1)_optimality(3)_ -0.014510471132112332
     krr(1)_beta(14) c_e_krr(1)_optimality(4)_ 0.031118352887581024
     krr(1)_beta(14) c_e_krr(1)_optimality(5)_ 0.021508947860043329
     krr(1)_beta(14) c_e_krr(1)_optimality(6)_ 0.019430979092867506
     krr(1)_beta(14) c_e_krr(1)_optimality(7)_ 0.02370849009450543
     krr(1)_beta(14) c_e_krr(1)_optimality(8)_ -0.0083903594690558636
     krr(1)_beta(14) c_e_krr(1)_optimality(9)_ 0.22058820726255404
     krr(1)_beta(14) c_e_krr(1)_optimality(10)_ 1.1489979199238389
     krr(1)_beta(14) c_e_krr(1)_optimality(11)_ 1.3050302781590473
     krr(1)_beta(14) c_e_krr(1)_optimality(12)_ 0.98169297235213471
     krr(1)_beta(14) c_e_krr(1)_optimality(13)_ 0.085098141908004604
     krr(1)_beta(14) c_e_krr(1)_optimality(14)_ 1.8478931424117047
     krr(1)_beta(14) c_e_krr(1)_optimality(15)_ 0.62424018373935897
     krr(1)_beta(14) c_e_krr(1)_optimality(16)_ 0.43295308827735346
     krr(1)_beta(14) c_e_krr(1)_optimality(17)_ -0.02120871921313161
     krr(1)_beta(14) c_e_krr(1)_optimality(18)_ 1.0596347766820178
     krr(1)_beta(14) c_e_krr(1)_optimality(19)_ 0.18354175885055979
     krr(1)_beta(15) c_u_crossed_ -0.099469985839747782
     krr(1)_beta(15) c_e_krr(1)_optimality(0)_ 0.017624784091665235
     krr(1)_beta(15) c_e_krr(1)_optimality(1)_ 0.71520996645835655
     krr(1)_beta(15) c_e_krr(1)_optimality(2)_ -0.011773538143323645
     krr(1)_beta(15) c_e_krr(1)_optimality(3)_ 0.26684097322350031
     krr(1)_beta(15) c_e_krr(1)_optimality(4)_ 0.4989286252471869
     krr(1)_beta(15) c_e_krr(1)_optimality(5)_ -0.069209629855551597
     krr(1)_beta(15) c_e_krr(1)_optimality(6)_ -0.015612174938614581
     krr(1)_beta(15) c_e_krr(1)_optimality(7)_ 0.76409554431002902
     krr(1)_beta(15) c_e_krr(1)_optimality(8)_ 0.065948245135040259
     krr(1)_beta(15) c_e_krr(1)_optimality(9)_ 0.98787634048395612
     krr(1)_beta(15) c_e_krr(1)_optimality(10)_ 0.32684415796251126
     krr(1)_beta(15) c_e_krr(1)_optimality(11)_ 1.1800212840857149
     krr(1)_beta(15) c_e_krr(1)_optimality(12)_ 0.021895795670774765
     krr(1)_beta(15) c_e_krr(1)_optimality(13)_ 0.22203146968617041
     krr(1)_beta(15) c_e_krr(1)_optimality(14)_ 0.62424018373935897
     krr(1)_beta(15) c_e_krr(1)_optimality(15)_ 3.4776574732373091
     krr(1)_beta(15) c_e_krr(1)_optimality(16)_ 0.094783063494699643
     krr(1)_beta(15) c_e_krr(1)_optimality(17)_ 0.55605989046226789
     krr(1)_beta(15) c_e_krr(1)_optimality(18)_ 0.27174426781908417
     krr(1)_beta(15) c_e_krr(1)_optimality(19)_ 0.28533473329509729
     krr(1)_beta(16) c_u_crossed_ -0.026376074800003174
     krr(1)_beta(16) c_e_krr(1)_optimality(0)_ 0.15147898664999776
     krr(1)_beta(16) c_e_krr(1)_optimality(1)_ -0.069281142088204545
     krr(1)_beta(16) c_e_krr(1)_optimality(2)_ 0.026337366838221493
     krr(1)_beta(16) c_e_krr(1)_optimality(3)_ -0.040080188344381318
     krr(1)_beta(16) c_e_krr(1)_optimality(4)_ 0.12009199625393807
     krr(1)_beta(16) c_e_krr(1)_optimality(5)_ 0.20773786813171077
     krr(1)_beta(16) c_e_krr(1)_optimality(6)_ 0.056264750691501761
     krr(1)_beta(16) c_e_krr(1)_optimality(7)_ 0.089805187047058727
     krr(1)_beta(16) c_e_krr(1)_optimality(8)_ 0.11108339838099912
     krr(1)_beta(16) c_e_krr(1)_optimality(9)_ -0.0075022239913369315
     krr(1)_beta(16) c_e_krr(1)_optimality(10)_ 0.23135622911957665
     krr(1)_beta(16) c_e_krr(1)_optimality(11)_ 1.1050289984248902
     krr(1)_beta(16) c_e_krr(1)_optimality(12)_ 1.6090663809190755
     krr(1)_beta(16) c_e_krr(1)_optimality(13)_ 0.16168546676938428
     krr(1)_beta(16) c_e_krr(1)_optimality(14)_ 0.43295308827735346
     krr(1)_beta(16) c_e_krr(1)_optimality(15)_ 0.094783063494699643
     krr(1)_beta(16) c_e_krr(1)_optimality(16)_ 3.6138159957394302
     krr(1)_beta(16) c_e_krr(1)_optimality(17)_ 1.0658875064386717
     krr(1)_beta(16) c_e_krr(1)_optimality(18)_ 1.028488863802584
     krr(1)_beta(16) c_e_krr(1)_optimality(19)_ 0.89517870065410576
     krr(1)_beta(17) c_u_crossed_ -0.10072146674758513
     krr(1)_beta(17) c_e_krr(1)_optimality(0)_ 0.20508522062581003
     krr(1)_beta(17) c_e_krr(1)_optimality(1)_ 0.15853814365311064
     krr(1)_beta(17) c_e_krr(1)_optimality(2)_ 0.0484007923373308
     krr(1)_beta(17) c_e_krr(1)_optimality(3)_ -0.041378318780375525
     krr(1)_beta(17) c_e_krr(1)_optimality(4)_ 0.69914367498055507
     krr(1)_beta(17) c_e_krr(1)_optimality(5)_ 0.21974254338532012
     krr(1)_beta(17) c_e_krr(1)_optimality(6)_ -0.065469093565607761
     krr(1)_beta(17) c_e_krr(1)_optimality(7)_ 0.17036313983876072
     krr(1)_beta(17) c_e_krr(1)_optimality(8)_ -0.046124447348548592
     krr(1)_beta(17) c_e_krr(1)_optimality(9)_ 0.25159020092537659
     krr(1)_beta(17) c_e_krr(1)_optimality(10)_ 0.22680864865667513
     krr(1)_beta(17) c_e_krr(1)_optimality(11)_ 0.2148413100723241
     krr(1)_beta(17) c_e_krr(1)_optimality(12)_ 0.56001715433209509
     krr(1)_beta(17) c_e_krr(1)_optimality(13)_ 0.4671930298121213
     krr(1)_beta(17) c_e_krr(1)_optimality(14)_ -0.02120871921313161
     krr(1)_beta(17) c_e_krr(1)_optimality(15)_ 0.55605989046226789
     krr(1)_beta(17) c_e_krr(1)_optimality(16)_ 1.0658875064386717
     krr(1)_beta(17) c_e_krr(1)_optimality(17)_ 2.7784965694542714
     krr(1)_beta(17) c_e_krr(1)_optimality(18)_ 0.21953165096823618
     krr(1)_beta(17) c_e_krr(1)_optimality(19)_ 1.4803413520142608
     krr(1)_beta(18) c_u_crossed_ -0.058869017949420191
     krr(1)_beta(18) c_e_krr(1)_optimality(0)_ 0.26938372609690242
     krr(1)_beta(18) c_e_krr(1)_optimality(1)_ 0.055832437277449978
     krr(1)_beta(18) c_e_krr(1)_optimality(2)_ -0.064800424478320517
     krr(1)_beta(18) c_e_krr(1)_optimality(3)_ 0.010614725060483249
     krr(1)_beta(18) c_e_krr(1)_optimality(4)_ 0.10748805716626278
     krr(1)_beta(18) c_e_krr(1)_optimality(5)_ 0.13687534654983488
     krr(1)_beta(18) c_e_krr(1)_optimality(6)_ 0.063736441926146234
     krr(1)_beta(18) c_e_krr(1)_optimality(7)_ 0.072511048212199003
     krr(1)_beta(18) c_e_krr(1)_optimality(8)_ 0.047233995189873951
     krr(1)_beta(18) c_e_krr(1)_optimality(9)_ 0.20122415455449133
     krr(1)_beta(18) c_e_krr(1)_optimality(10)_ 0.41811458586014677
     krr(1)_beta(18) c_e_krr(1)_optimality(11)_ 0.62624610516844814
     krr(1)_beta(18) c_e_krr(1)_optimality(12)_ 1.0445377121637496
     krr(1)_beta(18) c_e_krr(1)_optimality(13)_ -0.061514355060725986
     krr(1)_beta(18) c_e_krr(1)_optimality(14)_ 1.0596347766820178
     krr(1)_beta(18) c_e_krr(1)_optimality(15)_ 0.27174426781908417
     krr(1)_beta(18) c_e_krr(1)_optimality(16)_ 1.028488863802584
     krr(1)_beta(18) c_e_krr(1)_optimality(17)_ 0.21953165096823618
     krr(1)_beta(18) c_e_krr(1)_optimality(18)_ 2.3702908357399091
     krr(1)_beta(18) c_e_krr(1)_optimality(19)_ 0.60020469074077987
     krr(1)_beta(19) c_u_crossed_ -0.16464038788097798
     krr(1)_beta(19) c_e_krr(1)_optimality(0)_ 0.31874131541358913
     krr(1)_beta(19) c_e_krr(1)_optimality(1)_ -0.029677463088304629
     krr(1)_beta(19) c_e_krr(1)_optimality(2)_ 0.068039708293224949
     krr(1)_beta(19) c_e_krr(1)_optimality(3)_ 0.090508343673990993
     krr(1)_beta(19) c_e_krr(1)_optimality(4)_ 0.014022861818706378
     krr(1)_beta(19) c_e_krr(1)_optimality(5)_ 0.45808618062975576
     krr(1)_beta(19) c_e_krr(1)_optimality(6)_ 0.3056440179724243
     krr(1)_beta(19) c_e_krr(1)_optimality(7)_ 0.16576299897682434
     krr(1)_beta(19) c_e_krr(1)_optimality(8)_ 0.22861144907460354
     krr(1)_beta(19) c_e_krr(1)_optimality(9)_ 0.11725602729206769
     krr(1)_beta(19) c_e_krr(1)_optimality(10)_ 0.095781052853685378
     krr(1)_beta(19) c_e_krr(1)_optimality(11)_ 0.3046865254073674
     krr(1)_beta(19) c_e_krr(1)_optimality(12)_ 0.49288093841180924
     krr(1)_beta(19) c_e_krr(1)_optimality(13)_ 0.41175277549910672
     krr(1)_beta(19) c_e_krr(1)_optimality(14)_ 0.18354175885055979
     krr(1)_beta(19) c_e_krr(1)_optimality(15)_ 0.28533473329509729
     krr(1)_beta(19) c_e_krr(1)_optimality(16)_ 0.89517870065410576
     krr(1)_beta(19) c_e_krr(1)_optimality(17)_ 1.4803413520142608
     krr(1)_beta(19) c_e_krr(1)_optimality(18)_ 0.60020469074077987
     krr(1)_beta(19) c_e_krr(1)_optimality(19)_ 3.2692279810855966
     ONE_VAR_CONSTANT objective 10
     ONE_VAR_CONSTANT c_e_ONE_VAR_CONSTANT 1
RHS
     RHS c_u_crossed_ 1.6747463795122788e-06
     RHS c_e_krr(1)_optimality(0)_ -1
     RHS c_e_krr(1)_optimality(1)_ -1
     RHS c_e_krr(1)_optimality(2)_ -1
     RHS c_e_krr(1)_optimality(3)_ -1
     RHS c_e_krr(1)_optimality(4)_ -1
     RHS c_e_krr(1)_optimality(5)_ -1
     RHS c_e_krr(1)_optimality(6)_ -1
     RHS c_e_krr(1)_optimality(7)_ -1
     RHS c_e_krr(1)_optimality(8)_ -1
     RHS c_e_krr(1)_optimality(9)_ -1
     RHS c_e_krr(1)_optimality(10)_ -1
     RHS c_e_krr(1)_optimality(11)_ -1
     RHS c_e_krr(1)_optimality(12)_ -1
     RHS c_e_krr(1)_optimality(13)_ -1
     RHS c_e_krr(1)_optimality(14)_ -1
     RHS c_e_krr(1)_optimality(15)_ -1
     RHS c_e_krr(1)_optimality(16)_ -1
     RHS c_e_krr(1)_optimality(17)_ -1
     RHS c_e_krr(1)_optimality(18)_ -1
     RHS c_e_krr(1)_optimality(19)_ -1
     RHS c_e_ONE_VAR_CONSTANT 1
BOUNDS
 BV BOUND b(0_1)
 BV BOUND b(1_1)
 BV BOUND b(2_1)
 BV BOUND b(3_1)
 BV BOUND b(4_1)
 BV BOUND b(5_1)
 BV BOUND b(6_1)
 BV BOUND b(7_1)
 BV BOUND b(8_1)
 BV BOUND b(9_1)
 BV BOUND b(10_1)
 BV BOUND b(11_1)
 BV BOUND b(12_1)
 BV BOUND b(13_1)
 BV BOUND b(14_1)
 BV BOUND b(15_1)
 BV BOUND b(16_1)
 BV BOUND b(17_1)
 BV BOUND b(18_1)
 BV BOUND b(19_1)
 LO BOUND krr(1)_beta(0) -5.2166860283770955
 UP BOUND krr(1)_beta(0) 5.2166860283770955
 LO BOUND krr(1)_beta(1) -3.7938141544853425
 UP BOUND krr(1)_beta(1) 3.7938141544853425
 LO BOUND krr(1)_beta(2) -5.6374759211955521
 UP BOUND krr(1)_beta(2) 5.6374759211955521
 LO BOUND krr(1)_beta(3) -6.8285562590835749
 UP BOUND krr(1)_beta(3) 6.8285562590835749
 LO BOUND krr(1)_beta(4) -2.9083496447796304
 UP BOUND krr(1)_beta(4) 2.9083496447796304
 LO BOUND krr(1)_beta(5) -6.8768275948242694
 UP BOUND krr(1)_beta(5) 6.8768275948242694
 LO BOUND krr(1)_beta(6) -8.1104178369387192
 UP BOUND krr(1)_beta(6) 8.1104178369387192
 LO BOUND krr(1)_beta(7) -5.1459738941031627
 UP BOUND krr(1)_beta(7) 5.1459738941031627
 LO BOUND krr(1)_beta(8) -7.0973720813392411
 UP BOUND krr(1)_beta(8) 7.0973720813392411
 LO BOUND krr(1)_beta(9) -4.6343040163614635
 UP BOUND krr(1)_beta(9) 4.6343040163614635
 LO BOUND krr(1)_beta(10) -3.5518155698264851
 UP BOUND krr(1)_beta(10) 3.5518155698264851
 LO BOUND krr(1)_beta(11) -2.4503214459853968
 UP BOUND krr(1)_beta(11) 2.4503214459853968
 LO BOUND krr(1)_beta(12) -2.8602005492609894
 UP BOUND krr(1)_beta(12) 2.8602005492609894
 LO BOUND krr(1)_beta(13) -4.5220950149625958
 UP BOUND krr(1)_beta(13) 4.5220950149625958
 LO BOUND krr(1)_beta(14) -4.1581861203540242
 UP BOUND krr(1)_beta(14) 4.1581861203540242
 LO BOUND krr(1)_beta(15) -1.7136904760422658
 UP BOUND krr(1)_beta(15) 1.7136904760422658
 LO BOUND krr(1)_beta(16) -2.061413160646075
 UP BOUND krr(1)_beta(16) 2.061413160646075
 LO BOUND krr(1)_beta(17) -2.0143285955084917
 UP BOUND krr(1)_beta(17) 2.0143285955084917
 LO BOUND krr(1)_beta(18) -2.6202222508858291
 UP BOUND krr(1)_beta(18) 2.6202222508858291
 LO BOUND krr(1)_beta(19) -1.4004522180159276
 UP BOUND krr(1)_beta(19) 1.4004522180159276
ENDATA
