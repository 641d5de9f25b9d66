* Source:     Pyomo MPS Writer
* Format:     Free MPS
*
NAME collective_svm
OBJSENSE
 MAX
ROWS
 N  objective
 L  c_u_budget_
 L  c_u_crossing(0)_
 L  c_u_crossing(1)_
 L  c_u_crossing(2)_
 L  c_u_crossing(3)_
 L  c_u_crossing(4)_
 L  c_u_crossing(5)_
 L  c_u_crossing(6)_
 L  c_u_crossing(7)_
 L  c_u_svm(1)_z_le_alpha(0)_
 L  c_u_svm(1)_z_le_alpha(1)_
 L  c_u_svm(1)_z_le_alpha(2)_
 L  c_u_svm(1)_z_le_alpha(3)_
 L  c_u_svm(1)_z_le_alpha(4)_
 L  c_u_svm(1)_z_le_alpha(5)_
 L  c_u_svm(1)_z_le_alpha(6)_
 L  c_u_svm(1)_z_le_alpha(7)_
 L  c_u_svm(1)_z_le_alpha(8)_
 L  c_u_svm(1)_z_le_alpha(9)_
 L  c_u_svm(1)_z_ge_neg_alpha(0)_
 L  c_u_svm(1)_z_ge_neg_alpha(1)_
 L  c_u_svm(1)_z_ge_neg_alpha(2)_
 L  c_u_svm(1)_z_ge_neg_alpha(3)_
 L  c_u_svm(1)_z_ge_neg_alpha(4)_
 L  c_u_svm(1)_z_ge_neg_alpha(5)_
 L  c_u_svm(1)_z_ge_neg_alpha(6)_
 L  c_u_svm(1)_z_ge_neg_alpha(7)_
 L  c_u_svm(1)_z_ge_neg_alpha(8)_
 L  c_u_svm(1)_z_ge_neg_alpha(9)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(0)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(1)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(2)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(3)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(4)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(5)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(6)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(7)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(8)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(9)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(0)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(1)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(2)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(3)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(4)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(5)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(6)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(7)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(8)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(9)_
 E  c_e_svm(1)_stationarity(0)_
 E  c_e_svm(1)_stationarity(1)_
 E  c_e_svm(1)_stationarity(2)_
 E  c_e_svm(1)_stationarity(3)_
 E  c_e_svm(1)_stationarity(4)_
 E  c_e_svm(1)_stationarity(5)_
 E  c_e_svm(1)_stationarity(6)_
 E  c_e_svm(1)_stationarity(7)_
 E  c_e_svm(1)_stationarity(8)_
 E  c_e_svm(1)_stationarity(9)_
 E  c_e_svm(1)_p_def(0)_
 E  c_e_svm(1)_p_def(1)_
 E  c_e_svm(1)_p_def(2)_
 E  c_e_svm(1)_p_def(3)_
 E  c_e_svm(1)_p_def(4)_
 E  c_e_svm(1)_p_def(5)_
 E  c_e_svm(1)_p_def(6)_
 E  c_e_svm(1)_p_def(7)_
 E  c_e_svm(1)_p_def(8)_
 E  c_e_svm(1)_p_def(9)_
 L  c_u_svm(1)_w_minus_p_le(0)_
 L  c_u_svm(1)_w_minus_p_le(1)_
 L  c_u_svm(1)_w_minus_p_le(2)_
 L  c_u_svm(1)_w_minus_p_le(3)_
 L  c_u_svm(1)_w_minus_p_le(4)_
 L  c_u_svm(1)_w_minus_p_le(5)_
 L  c_u_svm(1)_w_minus_p_le(6)_
 L  c_u_svm(1)_w_minus_p_le(7)_
 L  c_u_svm(1)_w_minus_p_le(8)_
 L  c_u_svm(1)_w_minus_p_le(9)_
 L  c_u_svm(1)_w_minus_p_ge(0)_
 L  c_u_svm(1)_w_minus_p_ge(1)_
 L  c_u_svm(1)_w_minus_p_ge(2)_
 L  c_u_svm(1)_w_minus_p_ge(3)_
 L  c_u_svm(1)_w_minus_p_ge(4)_
 L  c_u_svm(1)_w_minus_p_ge(5)_
 L  c_u_svm(1)_w_minus_p_ge(6)_
 L  c_u_svm(1)_w_minus_p_ge(7)_
 L  c_u_svm(1)_w_minus_p_ge(8)_
 L  c_u_svm(1)_w_minus_p_ge(9)_
 L  c_u_svm(1)_w_plus_p_le(0)_
 L  c_u_svm(1)_w_plus_p_le(1)_
 L  c_u_svm(1)_w_plus_p_le(2)_
 L  c_u_svm(1)_w_plus_p_le(3)_
 L  c_u_svm(1)_w_plus_p_le(4)_
 L  c_u_svm(1)_w_plus_p_le(5)_
 L  c_u_svm(1)_w_plus_p_le(6)_
 L  c_u_svm(1)_w_plus_p_le(7)_
 L  c_u_svm(1)_w_plus_p_le(8)_
 L  c_u_svm(1)_w_plus_p_le(9)_
 L  c_u_svm(1)_w_plus_p_ge(0)_
 L  c_u_svm(1)_w_plus_p_ge(1)_
 L  c_u_svm(1)_w_plus_p_ge(2)_
 L  c_u_svm(1)_w_plus_p_ge(3)_
 L  c_u_svm(1)_w_plus_p_ge(4)_
 L  c_u_svm(1)_w_plus_p_ge(5)_
 L  c_u_svm(1)_w_plus_p_ge(6)_
 L  c_u_svm(1)_w_plus_p_ge(7)_
 L  c_u_svm(1)_w_plus_p_ge(8)_
 L  c_u_svm(1)_w_plus_p_ge(9)_
 L  c_u_svm(1)_t_le_s(0)_
 L  c_u_svm(1)_t_le_s(1)_
 L  c_u_svm(1)_t_le_s(2)_
 L  c_u_svm(1)_t_le_s(3)_
 L  c_u_svm(1)_t_le_s(4)_
 L  c_u_svm(1)_t_le_s(5)_
 L  c_u_svm(1)_t_le_s(6)_
 L  c_u_svm(1)_t_le_s(7)_
 L  c_u_svm(1)_t_le_s(8)_
 L  c_u_svm(1)_t_le_s(9)_
 L  c_u_svm(1)_alpha_le_Cs(0)_
 L  c_u_svm(1)_alpha_le_Cs(1)_
 L  c_u_svm(1)_alpha_le_Cs(2)_
 L  c_u_svm(1)_alpha_le_Cs(3)_
 L  c_u_svm(1)_alpha_le_Cs(4)_
 L  c_u_svm(1)_alpha_le_Cs(5)_
 L  c_u_svm(1)_alpha_le_Cs(6)_
 L  c_u_svm(1)_alpha_le_Cs(7)_
 L  c_u_svm(1)_alpha_le_Cs(8)_
 L  c_u_svm(1)_alpha_le_Cs(9)_
 L  c_u_svm(1)_u_le_Mu(0)_
 L  c_u_svm(1)_u_le_Mu(1)_
 L  c_u_svm(1)_u_le_Mu(2)_
 L  c_u_svm(1)_u_le_Mu(3)_
 L  c_u_svm(1)_u_le_Mu(4)_
 L  c_u_svm(1)_u_le_Mu(5)_
 L  c_u_svm(1)_u_le_Mu(6)_
 L  c_u_svm(1)_u_le_Mu(7)_
 L  c_u_svm(1)_u_le_Mu(8)_
 L  c_u_svm(1)_u_le_Mu(9)_
 L  c_u_svm(1)_alpha_ge_Ct(0)_
 L  c_u_svm(1)_alpha_ge_Ct(1)_
 L  c_u_svm(1)_alpha_ge_Ct(2)_
 L  c_u_svm(1)_alpha_ge_Ct(3)_
 L  c_u_svm(1)_alpha_ge_Ct(4)_
 L  c_u_svm(1)_alpha_ge_Ct(5)_
 L  c_u_svm(1)_alpha_ge_Ct(6)_
 L  c_u_svm(1)_alpha_ge_Ct(7)_
 L  c_u_svm(1)_alpha_ge_Ct(8)_
 L  c_u_svm(1)_alpha_ge_Ct(9)_
 L  c_u_svm(1)_v_le_Mv(0)_
 L  c_u_svm(1)_v_le_Mv(1)_
 L  c_u_svm(1)_v_le_Mv(2)_
 L  c_u_svm(1)_v_le_Mv(3)_
 L  c_u_svm(1)_v_le_Mv(4)_
 L  c_u_svm(1)_v_le_Mv(5)_
 L  c_u_svm(1)_v_le_Mv(6)_
 L  c_u_svm(1)_v_le_Mv(7)_
 L  c_u_svm(1)_v_le_Mv(8)_
 L  c_u_svm(1)_v_le_Mv(9)_
COLUMNS
     b(0_1) c_u_budget_ 1
     b(0_1) c_u_svm(1)_z_ge_alpha_if_pos(0)_ 3.148201439506308
     b(0_1) c_u_svm(1)_z_le_neg_alpha_if_neg(0)_ -3.148201439506308
     b(0_1) c_u_svm(1)_w_minus_p_le(0)_ 11.719452285264889
     b(0_1) c_u_svm(1)_w_minus_p_ge(0)_ 11.719452285264889
     b(0_1) c_u_svm(1)_w_plus_p_le(0)_ -11.719452285264889
     b(0_1) c_u_svm(1)_w_plus_p_ge(0)_ -11.719452285264889
     b(1_1) c_u_budget_ 1
     b(1_1) c_u_svm(1)_z_ge_alpha_if_pos(1)_ 3.148201439506308
     b(1_1) c_u_svm(1)_z_le_neg_alpha_if_neg(1)_ -3.148201439506308
     b(1_1) c_u_svm(1)_w_minus_p_le(1)_ 9.1717452342364911
     b(1_1) c_u_svm(1)_w_minus_p_ge(1)_ 9.1717452342364911
     b(1_1) c_u_svm(1)_w_plus_p_le(1)_ -9.1717452342364911
     b(1_1) c_u_svm(1)_w_plus_p_ge(1)_ -9.1717452342364911
     b(2_1) c_u_budget_ 1
     b(2_1) c_u_svm(1)_z_ge_alpha_if_pos(2)_ 3.148201439506308
     b(2_1) c_u_svm(1)_z_le_neg_alpha_if_neg(2)_ -3.148201439506308
     b(2_1) c_u_svm(1)_w_minus_p_le(2)_ 9.8650217680587495
     b(2_1) c_u_svm(1)_w_minus_p_ge(2)_ 9.8650217680587495
     b(2_1) c_u_svm(1)_w_plus_p_le(2)_ -9.8650217680587495
     b(2_1) c_u_svm(1)_w_plus_p_ge(2)_ -9.8650217680587495
     b(3_1) c_u_budget_ 1
     b(3_1) c_u_svm(1)_z_ge_alpha_if_pos(3)_ 3.148201439506308
     b(3_1) c_u_svm(1)_z_le_neg_alpha_if_neg(3)_ -3.148201439506308
     b(3_1) c_u_svm(1)_w_minus_p_le(3)_ 8.7877545327367734
     b(3_1) c_u_svm(1)_w_minus_p_ge(3)_ 8.7877545327367734
     b(3_1) c_u_svm(1)_w_plus_p_le(3)_ -8.7877545327367734
     b(3_1) c_u_svm(1)_w_plus_p_ge(3)_ -8.7877545327367734
     b(4_1) c_u_budget_ 1
     b(4_1) c_u_svm(1)_z_ge_alpha_if_pos(4)_ 3.148201439506308
     b(4_1) c_u_svm(1)_z_le_neg_alpha_if_neg(4)_ -3.148201439506308
     b(4_1) c_u_svm(1)_w_minus_p_le(4)_ 12.249289679230404
     b(4_1) c_u_svm(1)_w_minus_p_ge(4)_ 12.249289679230404
     b(4_1) c_u_svm(1)_w_plus_p_le(4)_ -12.249289679230404
     b(4_1) c_u_svm(1)_w_plus_p_ge(4)_ -12.249289679230404
     b(5_1) c_u_budget_ -1
     b(5_1) c_u_svm(1)_z_ge_alpha_if_pos(5)_ 3.148201439506308
     b(5_1) c_u_svm(1)_z_le_neg_alpha_if_neg(5)_ -3.148201439506308
     b(5_1) c_u_svm(1)_w_minus_p_le(5)_ 15.189214800520062
     b(5_1) c_u_svm(1)_w_minus_p_ge(5)_ 15.189214800520062
     b(5_1) c_u_svm(1)_w_plus_p_le(5)_ -15.189214800520062
     b(5_1) c_u_svm(1)_w_plus_p_ge(5)_ -15.189214800520062
     b(6_1) c_u_budget_ -1
     b(6_1) c_u_svm(1)_z_ge_alpha_if_pos(6)_ 3.148201439506308
     b(6_1) c_u_svm(1)_z_le_neg_alpha_if_neg(6)_ -3.148201439506308
     b(6_1) c_u_svm(1)_w_minus_p_le(6)_ 11.985948966370994
     b(6_1) c_u_svm(1)_w_minus_p_ge(6)_ 11.985948966370994
     b(6_1) c_u_svm(1)_w_plus_p_le(6)_ -11.985948966370994
     b(6_1) c_u_svm(1)_w_plus_p_ge(6)_ -11.985948966370994
     b(7_1) c_u_budget_ -1
     b(7_1) c_u_svm(1)_z_ge_alpha_if_pos(7)_ 3.148201439506308
     b(7_1) c_u_svm(1)_z_le_neg_alpha_if_neg(7)_ -3.148201439506308
     b(7_1) c_u_svm(1)_w_minus_p_le(7)_ 11.118483230011655
     b(7_1) c_u_svm(1)_w_minus_p_ge(7)_ 11.118483230011655
     b(7_1) c_u_svm(1)_w_plus_p_le(7)_ -11.118483230011655
     b(7_1) c_u_svm(1)_w_plus_p_ge(7)_ -11.118483230011655
     b(8_1) c_u_budget_ -1
     b(8_1) c_u_svm(1)_z_ge_alpha_if_pos(8)_ 3.148201439506308
     b(8_1) c_u_svm(1)_z_le_neg_alpha_if_neg(8)_ -3.148201439506308
     b(8_1) c_u_svm(1)_w_minus_p_le(8)_ 10.643808111596959
     b(8_1) c_u_svm(1)_w_minus_p_ge(8)_ 10.643808111596959
     b(8_1) c_u_svm(1)_w_plus_p_le(8)_ -10.643808111596959
     b(8_1) c_u_svm(1)_w_plus_p_ge(8)_ -10.643808111596959
     b(9_1) c_u_budget_ -1
     b(9_1) c_u_svm(1)_z_ge_alpha_if_pos(9)_ 3.148201439506308
     b(9_1) c_u_svm(1)_z_le_neg_alpha_if_neg(9)_ -3.148201439506308
     b(9_1) c_u_svm(1)_w_minus_p_le(9)_ 10.096493679601997
     b(9_1) c_u_svm(1)_w_minus_p_ge(9)_ 10.096493679601997
     b(9_1) c_u_svm(1)_w_plus_p_le(9)_ -10.096493679601997
     b(9_1) c_u_svm(1)_w_plus_p_ge(9)_ -10.096493679601997
     c(0) objective 1
     c(0) c_u_crossing(0)_ 4.4628142087001024
     c(1) objective 1
     c(1) c_u_crossing(1)_ 4.2694319725053305
     c(2) objective 1
     c(2) c_u_crossing(2)_ 4.235357529739189
     c(3) objective 1
     c(3) c_u_crossing(3)_ 4.7562436536061972
     c(4) objective 1
     c(4) c_u_crossing(4)_ 3.7766546324983588
     c(5) objective 1
     c(5) c_u_crossing(5)_ 4.0394694972006642
     c(6) objective 1
     c(6) c_u_crossing(6)_ 3.2207448525942475
     c(7) objective 1
     c(7) c_u_crossing(7)_ 3.0365204253140061
     svm(1)_alpha(0) c_u_svm(1)_z_le_alpha(0)_ -1
     svm(1)_alpha(0) c_u_svm(1)_z_ge_neg_alpha(0)_ -1
     svm(1)_alpha(0) c_u_svm(1)_z_ge_alpha_if_pos(0)_ 1
     svm(1)_alpha(0) c_u_svm(1)_z_le_neg_alpha_if_neg(0)_ 1
     svm(1)_alpha(0) c_u_svm(1)_alpha_le_Cs(0)_ 1
     svm(1)_alpha(0) c_u_svm(1)_alpha_ge_Ct(0)_ -1
     svm(1)_alpha(1) c_u_svm(1)_z_le_alpha(1)_ -1
     svm(1)_alpha(1) c_u_svm(1)_z_ge_neg_alpha(1)_ -1
     svm(1)_alpha(1) c_u_svm(1)_z_ge_alpha_if_pos(1)_ 1
     svm(1)_alpha(1) c_u_svm(1)_z_le_neg_alpha_if_neg(1)_ 1
     svm(1)_alpha(1) c_u_svm(1)_alpha_le_Cs(1)_ 1
     svm(1)_alpha(1) c_u_svm(1)_alpha_ge_Ct(1)_ -1
     svm(1)_alpha(2) c_u_svm(1)_z_le_alpha(2)_ -1
     svm(1)_alpha(2) c_u_svm(1)_z_ge_neg_alpha(2)_ -1
     svm(1)_alpha(2) c_u_svm(1)_z_ge_alpha_if_pos(2)_ 1
     svm(1)_alpha(2) c_u_svm(1)_z_le_neg_alpha_if_neg(2)_ 1
     svm(1)_alpha(2) c_u_svm(1)_alpha_le_Cs(2)_ 1
     svm(1)_alpha(2) c_u_svm(1)_alpha_ge_Ct(2)_ -1
     svm(1)_alpha(3) c_u_svm(1)_z_le_alpha(3)_ -1
     svm(1)_alpha(3) c_u_svm(1)_z_ge_neg_alpha(3)_ -1
     svm(1)_alpha(3) c_u_svm(1)_z_ge_alpha_if_pos(3)_ 1
     svm(1)_alpha(3) c_u_svm(1)_z_le_neg_alpha_if_neg(3)_ 1
     svm(1)_alpha(3) c_u_svm(1)_alpha_le_Cs(3)_ 1
     svm(1)_alpha(3) c_u_svm(1)_alpha_ge_Ct(3)_ -1
     svm(1)_alpha(4) c_u_svm(1)_z_le_alpha(4)_ -1
     svm(1)_alpha(4) c_u_svm(1)_z_ge_neg_alpha(4)_ -1
     svm(1)_alpha(4) c_u_svm(1)_z_ge_alpha_if_pos(4)_ 1
     svm(1)_alpha(4) c_u_svm(1)_z_le_neg_alpha_if_neg(4)_ 1
     svm(1)_alpha(4) c_u_svm(1)_alpha_le_Cs(4)_ 1
     svm(1)_alpha(4) c_u_svm(1)_alpha_ge_Ct(4)_ -1
     svm(1)_alpha(5) c_u_svm(1)_z_le_alpha(5)_ -1
     svm(1)_alpha(5) c_u_svm(1)_z_ge_neg_alpha(5)_ -1
     svm(1)_alpha(5) c_u_svm(1)_z_ge_alpha_if_pos(5)_ 1
     svm(1)_alpha(5) c_u_svm(1)_z_le_neg_alpha_if_neg(5)_ 1
     svm(1)_alpha(5) c_u_svm(1)_alpha_le_Cs(5)_ 1
     svm(1)_alpha(5) c_u_svm(1)_alpha_ge_Ct(5)_ -1
     svm(1)_alpha(6) c_u_svm(1)_z_le_alpha(6)_ -1
     svm(1)_alpha(6) c_u_svm(1)_z_ge_neg_alpha(6)_ -1
     svm(1)_alpha(6) c_u_svm(1)_z_ge_alpha_if_pos(6)_ 1
     svm(1)_alpha(6) c_u_svm(1)_z_le_neg_alpha_if_neg(6)_ 1
     svm(1)_alpha(6) c_u_svm(1)_alpha_le_Cs(6)_ 1
     svm(1)_alpha(6) c_u_svm(1)_alpha_ge_Ct(6)_ -1
     svm(1)_alpha(7) c_u_svm(1)_z_le_alpha(7)_ -1
     svm(1)_alpha(7) c_u_svm(1)_z_ge_neg_alpha(7)_ -1
     svm(1)_alpha(7) c_u_svm(1)_z_ge_alpha_if_pos(7)_ 1
     svm(1)_alpha(7) c_u_svm(1)_z_le_neg_alpha_if_neg(7)_ 1
     svm(1)_alpha(7) c_u_svm(1)_alpha_le_Cs(7)_ 1
     svm(1)_alpha(7) c_u_svm(1)_alpha_ge_Ct(7)_ -1
     svm(1)_alpha(8) c_u_svm(1)_z_le_alpha(8)_ -1
     svm(1)_alpha(8) c_u_svm(1)_z_ge_neg_alpha(8)_ -1
     svm(1)_alpha(8) c_u_svm(1)_z_ge_alpha_if_pos(8)_ 1
     svm(1)_alpha(8) c_u_svm(1)_z_le_neg_alpha_if_neg(8)_ 1
     svm(1)_alpha(8) c_u_svm(1)_alpha_le_Cs(8)_ 1
     svm(1)_alpha(8) c_u_svm(1)_alpha_ge_Ct(8)_ -1
     svm(1)_alpha(9) c_u_svm(1)_z_le_alpha(9)_ -1
     svm(1)_alpha(9) c_u_svm(1)_z_ge_neg_alpha(9)_ -1
     svm(1)_alpha(9) c_u_svm(1)_z_ge_alpha_if_pos(9)_ 1
     svm(1)_alpha(9) c_u_svm(1)_z_le_neg_alpha_if_neg(9)_ 1
     svm(1)_alpha(9) c_u_svm(1)_alpha_le_Cs(9)_ 1
     svm(1)_alpha(9) c_u_svm(1)_alpha_ge_Ct(9)_ -1
     svm(1)_z(0) c_u_crossing(0)_ -0.24826908161385622
     svm(1)_z(0) c_u_crossing(1)_ -0.80386510429258129
     svm(1)_z(0) c_u_crossing(2)_ -0.16992227759753897
     svm(1)_z(0) c_u_crossing(3)_ -0.39908217320215311
     svm(1)_z(0) c_u_crossing(4)_ 0.18917423329628558
     svm(1)_z(0) c_u_crossing(5)_ -0.046974853746008793
     svm(1)_z(0) c_u_crossing(6)_ 0.22453844200370981
     svm(1)_z(0) c_u_crossing(7)_ -0.037466011595858655
     svm(1)_z(0) c_u_svm(1)_z_le_alpha(0)_ 1
     svm(1)_z(0) c_u_svm(1)_z_ge_neg_alpha(0)_ -1
     svm(1)_z(0) c_u_svm(1)_z_ge_alpha_if_pos(0)_ -1
     svm(1)_z(0) c_u_svm(1)_z_le_neg_alpha_if_neg(0)_ 1
     svm(1)_z(0) c_e_svm(1)_p_def(0)_ -2.1813337588302568
     svm(1)_z(0) c_e_svm(1)_p_def(1)_ -0.31378882787598866
     svm(1)_z(0) c_e_svm(1)_p_def(2)_ -0.66763109048462987
     svm(1)_z(0) c_e_svm(1)_p_def(3)_ -0.24275470366639298
     svm(1)_z(0) c_e_svm(1)_p_def(4)_ -0.21049238781272323
     svm(1)_z(0) c_e_svm(1)_p_def(5)_ -0.27303205444996581
     svm(1)_z(0) c_e_svm(1)_p_def(6)_ -0.064106429750231342
     svm(1)_z(0) c_e_svm(1)_p_def(7)_ -0.13342058709410523
     svm(1)_z(0) c_e_svm(1)_p_def(8)_ -0.072555487727097231
     svm(1)_z(0) c_e_svm(1)_p_def(9)_ -0.08761234402319272
     svm(1)_z(1) c_u_crossing(0)_ -1.1527042435480082
     svm(1)_z(1) c_u_crossing(1)_ -0.63146990439923778
     svm(1)_z(1) c_u_crossing(2)_ -0.39659070047257838
     svm(1)_z(1) c_u_crossing(3)_ -0.35416217246950477
     svm(1)_z(1) c_u_crossing(4)_ -0.065389505999000647
     svm(1)_z(1) c_u_crossing(5)_ 0.0055798739242480938
     svm(1)_z(1) c_u_crossing(6)_ -0.051618299849838581
     svm(1)_z(1) c_u_crossing(7)_ -0.002620538619299867
     svm(1)_z(1) c_u_svm(1)_z_le_alpha(1)_ 1
     svm(1)_z(1) c_u_svm(1)_z_ge_neg_alpha(1)_ -1
     svm(1)_z(1) c_u_svm(1)_z_ge_alpha_if_pos(1)_ -1
     svm(1)_z(1) c_u_svm(1)_z_le_neg_alpha_if_neg(1)_ 1
     svm(1)_z(1) c_e_svm(1)_p_def(0)_ -0.31378882787598866
     svm(1)_z(1) c_e_svm(1)_p_def(1)_ -1.3360153740138823
     svm(1)_z(1) c_e_svm(1)_p_def(2)_ -0.54109343846207536
     svm(1)_z(1) c_e_svm(1)_p_def(3)_ -1.1395577053217822
     svm(1)_z(1) c_e_svm(1)_p_def(4)_ -0.19629142766315288
     svm(1)_z(1) c_e_svm(1)_p_def(5)_ -0.030589264215037271
     svm(1)_z(1) c_e_svm(1)_p_def(6)_ 0.047250104018266778
     svm(1)_z(1) c_e_svm(1)_p_def(7)_ -0.20511443368579324
     svm(1)_z(1) c_e_svm(1)_p_def(8)_ 0.063134519647024337
     svm(1)_z(1) c_e_svm(1)_p_def(9)_ -0.073181210627915966
     svm(1)_z(2) c_u_crossing(0)_ -0.74661002984599678
     svm(1)_z(2) c_u_crossing(1)_ -1.1815577143981375
     svm(1)_z(2) c_u_crossing(2)_ -0.065230899813391752
     svm(1)_z(2) c_u_crossing(3)_ -0.15965357163770064
     svm(1)_z(2) c_u_crossing(4)_ 0.055094928215350697
     svm(1)_z(2) c_u_crossing(5)_ -0.068037155717090972
     svm(1)_z(2) c_u_crossing(6)_ 0.091153933689317818
     svm(1)_z(2) c_u_crossing(7)_ -0.02038821679107683
     svm(1)_z(2) c_u_svm(1)_z_le_alpha(2)_ 1
     svm(1)_z(2) c_u_svm(1)_z_ge_neg_alpha(2)_ -1
     svm(1)_z(2) c_u_svm(1)_z_ge_alpha_if_pos(2)_ -1
     svm(1)_z(2) c_u_svm(1)_z_le_neg_alpha_if_neg(2)_ 1
     svm(1)_z(2) c_e_svm(1)_p_def(0)_ -0.66763109048462987
     svm(1)_z(2) c_e_svm(1)_p_def(1)_ -0.54109343846207536
     svm(1)_z(2) c_e_svm(1)_p_def(2)_ -1.5456230511230791
     svm(1)_z(2) c_e_svm(1)_p_def(3)_ -0.71847893113491579
     svm(1)_z(2) c_e_svm(1)_p_def(4)_ -0.079260078813794432
     svm(1)_z(2) c_e_svm(1)_p_def(5)_ -0.10199626310414153
     svm(1)_z(2) c_e_svm(1)_p_def(6)_ 0.023030713999974667
     svm(1)_z(2) c_e_svm(1)_p_def(7)_ -0.19916403010731559
     svm(1)_z(2) c_e_svm(1)_p_def(8)_ 0.06602152497442132
     svm(1)_z(2) c_e_svm(1)_p_def(9)_ -0.060121371836548795
     svm(1)_z(3) c_u_crossing(0)_ -1.2098072377257161
     svm(1)_z(3) c_u_crossing(1)_ -0.72636173673651605
     svm(1)_z(3) c_u_crossing(2)_ -0.37988877665959975
     svm(1)_z(3) c_u_crossing(3)_ -0.35049643720712154
     svm(1)_z(3) c_u_crossing(4)_ -0.066198743127566781
     svm(1)_z(3) c_u_crossing(5)_ 0.021351079394391445
     svm(1)_z(3) c_u_crossing(6)_ -0.056622234842122213
     svm(1)_z(3) c_u_crossing(7)_ -0.02529345843079224
     svm(1)_z(3) c_u_svm(1)_z_le_alpha(3)_ 1
     svm(1)_z(3) c_u_svm(1)_z_ge_neg_alpha(3)_ -1
     svm(1)_z(3) c_u_svm(1)_z_ge_alpha_if_pos(3)_ -1
     svm(1)_z(3) c_u_svm(1)_z_le_neg_alpha_if_neg(3)_ 1
     svm(1)_z(3) c_e_svm(1)_p_def(0)_ -0.24275470366639298
     svm(1)_z(3) c_e_svm(1)_p_def(1)_ -1.1395577053217822
     svm(1)_z(3) c_e_svm(1)_p_def(2)_ -0.71847893113491579
     svm(1)_z(3) c_e_svm(1)_p_def(3)_ -1.2264880608348467
     svm(1)_z(3) c_e_svm(1)_p_def(4)_ -0.23067986128576667
     svm(1)_z(3) c_e_svm(1)_p_def(5)_ 0.049526022837133657
     svm(1)_z(3) c_e_svm(1)_p_def(6)_ 0.090157299714643743
     svm(1)_z(3) c_e_svm(1)_p_def(7)_ -0.30091118192199517
     svm(1)_z(3) c_e_svm(1)_p_def(8)_ 0.071522044683829514
     svm(1)_z(3) c_e_svm(1)_p_def(9)_ -0.10742035859890919
     svm(1)_z(4) c_u_crossing(0)_ -0.24518175485067797
     svm(1)_z(4) c_u_crossing(1)_ -0.084114341572095214
     svm(1)_z(4) c_u_crossing(2)_ -1.331194779069826
     svm(1)_z(4) c_u_crossing(3)_ -1.5850320077881093
     svm(1)_z(4) c_u_crossing(4)_ 0.15431702857245624
     svm(1)_z(4) c_u_crossing(5)_ 0.8180564643893129
     svm(1)_z(4) c_u_crossing(6)_ 0.069715119622368149
     svm(1)_z(4) c_u_crossing(7)_ 0.070621415790670217
     svm(1)_z(4) c_u_svm(1)_z_le_alpha(4)_ 1
     svm(1)_z(4) c_u_svm(1)_z_ge_neg_alpha(4)_ -1
     svm(1)_z(4) c_u_svm(1)_z_ge_alpha_if_pos(4)_ -1
     svm(1)_z(4) c_u_svm(1)_z_le_neg_alpha_if_neg(4)_ 1
     svm(1)_z(4) c_e_svm(1)_p_def(0)_ -0.21049238781272323
     svm(1)_z(4) c_e_svm(1)_p_def(1)_ -0.19629142766315288
     svm(1)_z(4) c_e_svm(1)_p_def(2)_ -0.079260078813794432
     svm(1)_z(4) c_e_svm(1)_p_def(3)_ -0.23067986128576667
     svm(1)_z(4) c_e_svm(1)_p_def(4)_ -2.3830288535966577
     svm(1)_z(4) c_e_svm(1)_p_def(5)_ 0.043082046536425944
     svm(1)_z(4) c_e_svm(1)_p_def(6)_ -0.065920220645221378
     svm(1)_z(4) c_e_svm(1)_p_def(7)_ -0.43415008520967435
     svm(1)_z(4) c_e_svm(1)_p_def(8)_ -0.40763166809638668
     svm(1)_z(4) c_e_svm(1)_p_def(9)_ -0.55713742067195327
     svm(1)_z(5) c_u_crossing(0)_ 0.050977551973546351
     svm(1)_z(5) c_u_crossing(1)_ -0.026950125698686461
     svm(1)_z(5) c_u_crossing(2)_ 0.10933811173559241
     svm(1)_z(5) c_u_crossing(3)_ 0.063311641097458626
     svm(1)_z(5) c_u_crossing(4)_ 1.1737214403582081
     svm(1)_z(5) c_u_crossing(5)_ 0.29586843398098711
     svm(1)_z(5) c_u_crossing(6)_ 1.1179356866815704
     svm(1)_z(5) c_u_crossing(7)_ 0.63596427065704797
     svm(1)_z(5) c_u_svm(1)_z_le_alpha(5)_ 1
     svm(1)_z(5) c_u_svm(1)_z_ge_neg_alpha(5)_ -1
     svm(1)_z(5) c_u_svm(1)_z_ge_alpha_if_pos(5)_ -1
     svm(1)_z(5) c_u_svm(1)_z_le_neg_alpha_if_neg(5)_ 1
     svm(1)_z(5) c_e_svm(1)_p_def(0)_ -0.27303205444996581
     svm(1)_z(5) c_e_svm(1)_p_def(1)_ -0.030589264215037271
     svm(1)_z(5) c_e_svm(1)_p_def(2)_ -0.10199626310414153
     svm(1)_z(5) c_e_svm(1)_p_def(3)_ 0.049526022837133657
     svm(1)_z(5) c_e_svm(1)_p_def(4)_ 0.043082046536425944
     svm(1)_z(5) c_e_svm(1)_p_def(5)_ -3.6641912887097856
     svm(1)_z(5) c_e_svm(1)_p_def(6)_ -1.371434057862563
     svm(1)_z(5) c_e_svm(1)_p_def(7)_ -0.15857131881731776
     svm(1)_z(5) c_e_svm(1)_p_def(8)_ -0.5908014076967284
     svm(1)_z(5) c_e_svm(1)_p_def(9)_ -0.069609912469936419
     svm(1)_z(6) c_u_crossing(0)_ 0.080533049124489303
     svm(1)_z(6) c_u_crossing(1)_ 0.069389946176159345
     svm(1)_z(6) c_u_crossing(2)_ 0.04873227347602567
     svm(1)_z(6) c_u_crossing(3)_ 0.072618935108102342
     svm(1)_z(6) c_u_crossing(4)_ 0.73990931568204465
     svm(1)_z(6) c_u_crossing(5)_ 0.26600853671478281
     svm(1)_z(6) c_u_crossing(6)_ 0.70120217043632282
     svm(1)_z(6) c_u_crossing(7)_ 1.0449164009581491
     svm(1)_z(6) c_u_svm(1)_z_le_alpha(6)_ 1
     svm(1)_z(6) c_u_svm(1)_z_ge_neg_alpha(6)_ -1
     svm(1)_z(6) c_u_svm(1)_z_ge_alpha_if_pos(6)_ -1
     svm(1)_z(6) c_u_svm(1)_z_le_neg_alpha_if_neg(6)_ 1
     svm(1)_z(6) c_e_svm(1)_p_def(0)_ -0.064106429750231342
     svm(1)_z(6) c_e_svm(1)_p_def(1)_ 0.047250104018266778
     svm(1)_z(6) c_e_svm(1)_p_def(2)_ 0.023030713999974667
     svm(1)_z(6) c_e_svm(1)_p_def(3)_ 0.090157299714643743
     svm(1)_z(6) c_e_svm(1)_p_def(4)_ -0.065920220645221378
     svm(1)_z(6) c_e_svm(1)_p_def(5)_ -1.371434057862563
     svm(1)_z(6) c_e_svm(1)_p_def(6)_ -2.2816674075278485
     svm(1)_z(6) c_e_svm(1)_p_def(7)_ -0.10645194656600979
     svm(1)_z(6) c_e_svm(1)_p_def(8)_ -0.97163240534571282
     svm(1)_z(6) c_e_svm(1)_p_def(9)_ -0.24459293840846366
     svm(1)_z(7) c_u_crossing(0)_ -0.21459336069030352
     svm(1)_z(7) c_u_crossing(1)_ -0.19472220472108701
     svm(1)_z(7) c_u_crossing(2)_ -0.29353630223422156
     svm(1)_z(7) c_u_crossing(3)_ -0.36625712474617356
     svm(1)_z(7) c_u_crossing(4)_ 0.3280936705637803
     svm(1)_z(7) c_u_crossing(5)_ 0.53980901774266177
     svm(1)_z(7) c_u_crossing(6)_ 0.035019671475961842
     svm(1)_z(7) c_u_crossing(7)_ 0.15849693840205312
     svm(1)_z(7) c_u_svm(1)_z_le_alpha(7)_ 1
     svm(1)_z(7) c_u_svm(1)_z_ge_neg_alpha(7)_ -1
     svm(1)_z(7) c_u_svm(1)_z_ge_alpha_if_pos(7)_ -1
     svm(1)_z(7) c_u_svm(1)_z_le_neg_alpha_if_neg(7)_ 1
     svm(1)_z(7) c_e_svm(1)_p_def(0)_ -0.13342058709410523
     svm(1)_z(7) c_e_svm(1)_p_def(1)_ -0.20511443368579324
     svm(1)_z(7) c_e_svm(1)_p_def(2)_ -0.19916403010731559
     svm(1)_z(7) c_e_svm(1)_p_def(3)_ -0.30091118192199517
     svm(1)_z(7) c_e_svm(1)_p_def(4)_ -0.43415008520967435
     svm(1)_z(7) c_e_svm(1)_p_def(5)_ -0.15857131881731776
     svm(1)_z(7) c_e_svm(1)_p_def(6)_ -0.10645194656600979
     svm(1)_z(7) c_e_svm(1)_p_def(7)_ -1.9633538619458613
     svm(1)_z(7) c_e_svm(1)_p_def(8)_ -0.10272741253520246
     svm(1)_z(7) c_e_svm(1)_p_def(9)_ -0.30139479665126195
     svm(1)_z(8) c_u_crossing(0)_ 0.053866538056556001
     svm(1)_z(8) c_u_crossing(1)_ 0.077309369762614599
     svm(1)_z(8) c_u_crossing(2)_ -0.16579230714932516
     svm(1)_z(8) c_u_crossing(3)_ -0.097369091460375548
     svm(1)_z(8) c_u_crossing(4)_ 0.34234213267491831
     svm(1)_z(8) c_u_crossing(5)_ 0.74934493044527972
     svm(1)_z(8) c_u_crossing(6)_ 0.41877893589240417
     svm(1)_z(8) c_u_crossing(7)_ 0.42813190268187834
     svm(1)_z(8) c_u_svm(1)_z_le_alpha(8)_ 1
     svm(1)_z(8) c_u_svm(1)_z_ge_neg_alpha(8)_ -1
     svm(1)_z(8) c_u_svm(1)_z_ge_alpha_if_pos(8)_ -1
     svm(1)_z(8) c_u_svm(1)_z_le_neg_alpha_if_neg(8)_ 1
     svm(1)_z(8) c_e_svm(1)_p_def(0)_ -0.072555487727097231
     svm(1)_z(8) c_e_svm(1)_p_def(1)_ 0.063134519647024337
     svm(1)_z(8) c_e_svm(1)_p_def(2)_ 0.06602152497442132
     svm(1)_z(8) c_e_svm(1)_p_def(3)_ 0.071522044683829514
     svm(1)_z(8) c_e_svm(1)_p_def(4)_ -0.40763166809638668
     svm(1)_z(8) c_e_svm(1)_p_def(5)_ -0.5908014076967284
     svm(1)_z(8) c_e_svm(1)_p_def(6)_ -0.97163240534571282
     svm(1)_z(8) c_e_svm(1)_p_def(7)_ -0.10272741253520246
     svm(1)_z(8) c_e_svm(1)_p_def(8)_ -1.7992916442417868
     svm(1)_z(8) c_e_svm(1)_p_def(9)_ -0.44942736757570712
     svm(1)_z(9) c_u_crossing(0)_ -0.10627073097715453
     svm(1)_z(9) c_u_crossing(1)_ 0.0041665689754067231
     svm(1)_z(9) c_u_crossing(2)_ -0.50197741036162635
     svm(1)_z(9) c_u_crossing(3)_ -0.26758719732241781
     svm(1)_z(9) c_u_crossing(4)_ -0.02242240483372844
     svm(1)_z(9) c_u_crossing(5)_ 0.27694472749623411
     svm(1)_z(9) c_u_crossing(6)_ -0.018249798610687262
     svm(1)_z(9) c_u_crossing(7)_ 0.11204552743283736
     svm(1)_z(9) c_u_svm(1)_z_le_alpha(9)_ 1
     svm(1)_z(9) c_u_svm(1)_z_ge_neg_alpha(9)_ -1
     svm(1)_z(9) c_u_svm(1)_z_ge_alpha_if_pos(9)_ -1
     svm(1)_z(9) c_u_svm(1)_z_le_neg_alpha_if_neg(9)_ 1
     svm(1)_z(9) c_e_svm(1)_p_def(0)_ -0.08761234402319272
     svm(1)_z(9) c_e_svm(1)_p_def(1)_ -0.073181210627915966
     svm(1)_z(9) c_e_svm(1)_p_def(2)_ -0.060121371836548795
     svm(1)_z(9) c_e_svm(1)_p_def(3)_ -0.10742035859890919
     svm(1)_z(9) c_e_svm(1)_p_def(4)_ -0.55713742067195327
     svm(1)_z(9) c_e_svm(1)_p_def(5)_ -0.069609912469936419
     svm(1)_z(9) c_e_svm(1)_p_def(6)_ -0.24459293840846366
     svm(1)_z(9) c_e_svm(1)_p_def(7)_ -0.30139479665126195
     svm(1)_z(9) c_e_svm(1)_p_def(8)_ -0.44942736757570712
     svm(1)_z(9) c_e_svm(1)_p_def(9)_ -1.6190066991759919
     svm(1)_w(0) c_e_svm(1)_stationarity(0)_ 1
     svm(1)_w(0) c_u_svm(1)_w_minus_p_le(0)_ 1
     svm(1)_w(0) c_u_svm(1)_w_minus_p_ge(0)_ -1
     svm(1)_w(0) c_u_svm(1)_w_plus_p_le(0)_ 1
     svm(1)_w(0) c_u_svm(1)_w_plus_p_ge(0)_ -1
     svm(1)_w(1) c_e_svm(1)_stationarity(1)_ 1
     svm(1)_w(1) c_u_svm(1)_w_minus_p_le(1)_ 1
     svm(1)_w(1) c_u_svm(1)_w_minus_p_ge(1)_ -1
     svm(1)_w(1) c_u_svm(1)_w_plus_p_le(1)_ 1
     svm(1)_w(1) c_u_svm(1)_w_plus_p_ge(1)_ -1
     svm(1)_w(2) c_e_svm(1)_stationarity(2)_ 1
     svm(1)_w(2) c_u_svm(1)_w_minus_p_le(2)_ 1
     svm(1)_w(2) c_u_svm(1)_w_minus_p_ge(2)_ -1
     svm(1)_w(2) c_u_svm(1)_w_plus_p_le(2)_ 1
     svm(1)_w(2) c_u_svm(1)_w_plus_p_ge(2)_ -1
     svm(1)_w(3) c_e_svm(1)_stationarity(3)_ 1
     svm(1)_w(3) c_u_svm(1)_w_minus_p_le(3)_ 1
     svm(1)_w(3) c_u_svm(1)_w_minus_p_ge(3)_ -1
     svm(1)_w(3) c_u_svm(1)_w_plus_p_le(3)_ 1
     svm(1)_w(3) c_u_svm(1)_w_plus_p_ge(3)_ -1
     svm(1)_w(4) c_e_svm(1)_stationarity(4)_ 1
     svm(1)_w(4) c_u_svm(1)_w_minus_p_le(4)_ 1
     svm(1)_w(4) c_u_svm(1)_w_minus_p_ge(4)_ -1
     svm(1)_w(4) c_u_svm(1)_w_plus_p_le(4)_ 1
     svm(1)_w(4) c_u_svm(1)_w_plus_p_ge(4)_ -1
     svm(1)_w(5) c_e_svm(1)_stationarity(5)_ 1
     svm(1)_w(5) c_u_svm(1)_w_minus_p_le(5)_ 1
     svm(1)_w(5) c_u_svm(1)_w_minus_p_ge(5)_ -1
     svm(1)_w(5) c_u_svm(1)_w_plus_p_le(5)_ 1
     svm(1)_w(5) c_u_svm(1)_w_plus_p_ge(5)_ -1
     svm(1)_w(6) c_e_svm(1)_stationarity(6)_ 1
     svm(1)_w(6) c_u_svm(1)_w_minus_p_le(6)_ 1
     svm(1)_w(6) c_u_svm(1)_w_minus_p_ge(6)_ -1
     svm(1)_w(6) c_u_svm(1)_w_plus_p_le(6)_ 1
     svm(1)_w(6) c_u_svm(1)_w_plus_p_ge(6)_ -1
     svm(1)_w(7) c_e_svm(1)_stationarity(7)_ 1
     svm(1)_w(7) c_u_svm(1)_w_minus_p_le(7)_ 1
     svm(1)_w(7) c_u_svm(1)_w_minus_p_ge(7)_ -1
     svm(1)_w(7) c_u_svm(1)_w_plus_p_le(7)_ 1
     svm(1)_w(7) c_u_svm(1)_w_plus_p_ge(7)_ -1
     svm(1)_w(8) c_e_svm(1)_stationarity(8)_ 1
     svm(1)_w(8) c_u_svm(1)_w_minus_p_le(8)_ 1
     svm(1)_w(8) c_u_svm(1)_w_minus_p_ge(8)_ -1
     svm(1)_w(8) c_u_svm(1)_w_plus_p_le(8)_ 1
     svm(1)_w(8) c_u_svm(1)_w_plus_p_ge(8)_ -1
     svm(1)_w(9) c_e_svm(1)_stationarity(9)_ 1
     svm(1)_w(9) c_u_svm(1)_w_minus_p_le(9)_ 1
     svm(1)_w(9) c_u_svm(1)_w_minus_p_ge(9)_ -1
     svm(1)_w(9) c_u_svm(1)_w_plus_p_le(9)_ 1
     svm(1)_w(9) c_u_svm(1)_w_plus_p_ge(9)_ -1
     svm(1)_u(0) c_e_svm(1)_stationarity(0)_ -1
     svm(1)_u(0) c_u_svm(1)_u_le_Mu(0)_ 1
     svm(1)_u(1) c_e_svm(1)_stationarity(1)_ -1
     svm(1)_u(1) c_u_svm(1)_u_le_Mu(1)_ 1
     svm(1)_u(2) c_e_svm(1)_stationarity(2)_ -1
     svm(1)_u(2) c_u_svm(1)_u_le_Mu(2)_ 1
     svm(1)_u(3) c_e_svm(1)_stationarity(3)_ -1
     svm(1)_u(3) c_u_svm(1)_u_le_Mu(3)_ 1
     svm(1)_u(4) c_e_svm(1)_stationarity(4)_ -1
     svm(1)_u(4) c_u_svm(1)_u_le_Mu(4)_ 1
     svm(1)_u(5) c_e_svm(1)_stationarity(5)_ -1
     svm(1)_u(5) c_u_svm(1)_u_le_Mu(5)_ 1
     svm(1)_u(6) c_e_svm(1)_stationarity(6)_ -1
     svm(1)_u(6) c_u_svm(1)_u_le_Mu(6)_ 1
     svm(1)_u(7) c_e_svm(1)_stationarity(7)_ -1
     svm(1)_u(7) c_u_svm(1)_u_le_Mu(7)_ 1
     svm(1)_u(8) c_e_svm(1)_stationarity(8)_ -1
     svm(1)_u(8) c_u_svm(1)_u_le_Mu(8)_ 1
     svm(1)_u(9) c_e_svm(1)_stationarity(9)_ -1
     svm(1)_u(9) c_u_svm(1)_u_le_Mu(9)_ 1
     svm(1)_v(0) c_e_svm(1)_stationarity(0)_ 1
     svm(1)_v(0) c_u_svm(1)_v_le_Mv(0)_ 1
     svm(1)_v(1) c_e_svm(1)_stationarity(1)_ 1
     svm(1)_v(1) c_u_svm(1)_v_le_Mv(1)_ 1
     svm(1)_v(2) c_e_svm(1)_stationarity(2)_ 1
     svm(1)_v(2) c_u_svm(1)_v_le_Mv(2)_ 1
     svm(1)_v(3) c_e_svm(1)_stationarity(3)_ 1
     svm(1)_v(3) c_u_svm(1)_v_le_Mv(3)_ 1
     svm(1)_v(4) c_e_svm(1)_stationarity(4)_ 1
     svm(1)_v(4) c_u_svm(1)_v_le_Mv(4)_ 1
     svm(1)_v(5) c_e_svm(1)_stationarity(5)_ 1
     svm(1)_v(5) c_u_svm(1)_v_le_Mv(5)_ 1
     svm(1)_v(6) c_e_svm(1)_stationarity(6)_ 1
     svm(1)_v(6) c_u_svm(1)_v_le_Mv(6)_ 1
     svm(1)_v(7) c_e_svm(1)_stationarity(7)_ 1
     svm(1)_v(7) c_u_svm(1)_v_le_Mv(7)_ 1
     svm(1)_v(8) c_e_svm(1)_stationarity(8)_ 1
     svm(1)_v(8) c_u_svm(1)_v_le_Mv(8)_ 1
     svm(1)_v(9) c_e_svm(1)_stationarity(9)_ 1
     svm(1)_v(9) c_u_svm(1)_v_le_Mv(9)_ 1
     svm(1)_p(0) c_e_svm(1)_p_def(0)_ 1
     svm(1)_p(0) c_u_svm(1)_w_minus_p_le(0)_ -1
     svm(1)_p(0) c_u_svm(1)_w_minus_p_ge(0)_ 1
     svm(1)_p(0) c_u_svm(1)_w_plus_p_le(0)_ 1
     svm(1)_p(0) c_u_svm(1)_w_plus_p_ge(0)_ -1
     svm(1)_p(1) c_e_svm(1)_p_def(1)_ 1
     svm(1)_p(1) c_u_svm(1)_w_minus_p_le(1)_ -1
     svm(1)_p(1) c_u_svm(1)_w_minus_p_ge(1)_ 1
     svm(1)_p(1) c_u_svm(1)_w_plus_p_le(1)_ 1
     svm(1)_p(1) c_u_svm(1)_w_plus_p_ge(1)_ -1
     svm(1)_p(2) c_e_svm(1)_p_def(2)_ 1
     svm(1)_p(2) c_u_svm(1)_w_minus_p_le(2)_ -1
     svm(1)_p(2) c_u_svm(1)_w_minus_p_ge(2)_ 1
     svm(1)_p(2) c_u_svm(1)_w_plus_p_le(2)_ 1
     svm(1)_p(2) c_u_svm(1)_w_plus_p_ge(2)_ -1
     svm(1)_p(3) c_e_svm(1)_p_def(3)_ 1
     svm(1)_p(3) c_u_svm(1)_w_minus_p_le(3)_ -1
     svm(1)_p(3) c_u_svm(1)_w_minus_p_ge(3)_ 1
     svm(1)_p(3) c_u_svm(1)_w_plus_p_le(3)_ 1
     svm(1)_p(3) c_u_svm(1)_w_plus_p_ge(3)_ -1
     svm(1)_p(4) c_e_svm(1)_p_def(4)_ 1
     svm(1)_p(4) c_u_svm(1)_w_minus_p_le(4)_ -1
     svm(1)_p(4) c_u_svm(1)_w_minus_p_ge(4)_ 1
     svm(1)_p(4) c_u_svm(1)_w_plus_p_le(4)_ 1
     svm(1)_p(4) c_u_svm(1)_w_plus_p_ge(4)_ -1
     svm(1)_p(5) c_e_svm(1)_p_def(5)_ 1
     svm(1)_p(5) c_u_svm(1)_w_minus_p_le(5)_ -1
     svm(1)_p(5) c_u_svm(1)_w_minus_p_ge(5)_ 1
     svm(1)_p(5) c_u_svm(1)_w_plus_p_le(5)_ 1
     svm(1)_p(5) c_u_svm(1)_w_plus_p_ge(5)_ -1
     svm(1)_p(6) c_e_svm(1)_p_def(6)_ 1
     svm(1)_p(6) c_u_svm(1)_w_minus_p_le(6)_ -1
     svm(1)_p(6) c_u_svm(1)_w_minus_p_ge(6)_ 1
     svm(1)_p(6) c_u_svm(1)_w_plus_p_le(6)_ 1
     svm(1)_p(6) c_u_svm(1)_w_plus_p_ge(6)_ -1
     svm(1)_p(7) c_e_svm(1)_p_def(7)_ 1
     svm(1)_p(7) c_u_svm(1)_w_minus_p_le(7)_ -1
     svm(1)_p(7) c_u_svm(1)_w_minus_p_ge(7)_ 1
     svm(1)_p(7) c_u_svm(1)_w_plus_p_le(7)_ 1
     svm(1)_p(7) c_u_svm(1)_w_plus_p_ge(7)_ -1
     svm(1)_p(8) c_e_svm(1)_p_def(8)_ 1
     svm(1)_p(8) c_u_svm(1)_w_minus_p_le(8)_ -1
     svm(1)_p(8) c_u_svm(1)_w_minus_p_ge(8)_ 1
     svm(1)_p(8) c_u_svm(1)_w_plus_p_le(8)_ 1
     svm(1)_p(8) c_u_svm(1)_w_plus_p_ge(8)_ -1
     svm(1)_p(9) c_e_svm(1)_p_def(9)_ 1
     svm(1)_p(9) c_u_svm(1)_w_minus_p_le(9)_ -1
     svm(1)_p(9) c_u_svm(1)_w_minus_p_ge(9)_ 1
     svm(1)_p(9) c_u_svm(1)_w_plus_p_le(9)_ 1
     svm(1)_p(9) c_u_svm(1)_w_plus_p_ge(9)_ -1
     svm(1)_s(0) c_u_svm(1)_t_le_s(0)_ -1
     svm(1)_s(0) c_u_svm(1)_alpha_le_Cs(0)_ -1.574100719753154
     svm(1)_s(0) c_u_svm(1)_u_le_Mu(0)_ 2.2511380480961414
     svm(1)_s(1) c_u_svm(1)_t_le_s(1)_ -1
     svm(1)_s(1) c_u_svm(1)_alpha_le_Cs(1)_ -1.574100719753154
     svm(1)_s(1) c_u_svm(1)_u_le_Mu(1)_ 3.1084043489657747
     svm(1)_s(2) c_u_svm(1)_t_le_s(2)_ -1
     svm(1)_s(2) c_u_svm(1)_alpha_le_Cs(2)_ -1.574100719753154
     svm(1)_s(2) c_u_svm(1)_u_le_Mu(2)_ 2.8672466270518924
     svm(1)_s(3) c_u_svm(1)_t_le_s(3)_ -1
     svm(1)_s(3) c_u_svm(1)_alpha_le_Cs(3)_ -1.574100719753154
     svm(1)_s(3) c_u_svm(1)_u_le_Mu(3)_ 3.393877270762264
     svm(1)_s(4) c_u_svm(1)_t_le_s(4)_ -1
     svm(1)_s(4) c_u_svm(1)_alpha_le_Cs(4)_ -1.574100719753154
     svm(1)_s(4) c_u_svm(1)_u_le_Mu(4)_ 2.5018156088779322
     svm(1)_s(5) c_u_svm(1)_t_le_s(5)_ -1
     svm(1)_s(5) c_u_svm(1)_alpha_le_Cs(5)_ -1.574100719753154
     svm(1)_s(5) c_u_svm(1)_u_le_Mu(5)_ 3.2321938593608834
     svm(1)_s(6) c_u_svm(1)_t_le_s(6)_ -1
     svm(1)_s(6) c_u_svm(1)_alpha_le_Cs(6)_ -1.574100719753154
     svm(1)_s(6) c_u_svm(1)_u_le_Mu(6)_ 3.6980234175413802
     svm(1)_s(7) c_u_svm(1)_t_le_s(7)_ -1
     svm(1)_s(7) c_u_svm(1)_alpha_le_Cs(7)_ -1.574100719753154
     svm(1)_s(7) c_u_svm(1)_u_le_Mu(7)_ 2.0567553088634081
     svm(1)_s(8) c_u_svm(1)_t_le_s(8)_ -1
     svm(1)_s(8) c_u_svm(1)_alpha_le_Cs(8)_ -1.574100719753154
     svm(1)_s(8) c_u_svm(1)_u_le_Mu(8)_ 3.4003259032769115
     svm(1)_s(9) c_u_svm(1)_t_le_s(9)_ -1
     svm(1)_s(9) c_u_svm(1)_alpha_le_Cs(9)_ -1.574100719753154
     svm(1)_s(9) c_u_svm(1)_u_le_Mu(9)_ 2.0702798693590143
     svm(1)_t(0) c_u_svm(1)_t_le_s(0)_ 1
     svm(1)_t(0) c_u_svm(1)_alpha_ge_Ct(0)_ 1.574100719753154
     svm(1)_t(0) c_u_svm(1)_v_le_Mv(0)_ -0.81749900486594174
     svm(1)_t(1) c_u_svm(1)_t_le_s(1)_ 1
     svm(1)_t(1) c_u_svm(1)_alpha_ge_Ct(1)_ 1.574100719753154
     svm(1)_t(1) c_u_svm(1)_v_le_Mv(1)_ -3.0053815850262207
     svm(1)_t(2) c_u_svm(1)_t_le_s(2)_ 1
     svm(1)_t(2) c_u_svm(1)_alpha_ge_Ct(2)_ 1.574100719753154
     svm(1)_t(2) c_u_svm(1)_v_le_Mv(2)_ -2.4342802673790214
     svm(1)_t(3) c_u_svm(1)_t_le_s(3)_ 1
     svm(1)_t(3) c_u_svm(1)_alpha_ge_Ct(3)_ 1.574100719753154
     svm(1)_t(3) c_u_svm(1)_v_le_Mv(3)_ -3.714568252020388
     svm(1)_t(4) c_u_svm(1)_t_le_s(4)_ 1
     svm(1)_t(4) c_u_svm(1)_alpha_ge_Ct(4)_ 1.574100719753154
     svm(1)_t(4) c_u_svm(1)_v_le_Mv(4)_ -0.750688171487772
     svm(1)_t(5) c_u_svm(1)_t_le_s(5)_ 1
     svm(1)_t(5) c_u_svm(1)_alpha_ge_Ct(5)_ 1.574100719753154
     svm(1)_t(6) c_u_svm(1)_t_le_s(6)_ 1
     svm(1)_t(6) c_u_svm(1)_alpha_ge_Ct(6)_ 1.574100719753154
     svm(1)_t(6) c_u_svm(1)_v_le_Mv(6)_ -2.106449105522906
     svm(1)_t(7) c_u_svm(1)_t_le_s(7)_ 1
     svm(1)_t(7) c_u_svm(1)_alpha_ge_Ct(7)_ 1.574100719753154
     svm(1)_t(7) c_u_svm(1)_v_le_Mv(7)_ -0.96623857855377615
     svm(1)_t(8) c_u_svm(1)_t_le_s(8)_ 1
     svm(1)_t(8) c_u_svm(1)_alpha_ge_Ct(8)_ 1.574100719753154
     svm(1)_t(8) c_u_svm(1)_v_le_Mv(8)_ -2.5680596281978127
     svm(1)_t(9) c_u_svm(1)_t_le_s(9)_ 1
     svm(1)_t(9) c_u_svm(1)_alpha_ge_Ct(9)_ 1.574100719753154
     svm(1)_t(9) c_u_svm(1)_v_le_Mv(9)_ -1.5218002563524275
RHS
     RHS c_u_budget_ -3
     RHS c_u_crossing(0)_ 4.4628206763865137
     RHS c_u_crossing(1)_ 4.2694379539417007
     RHS c_u_crossing(2)_ 4.2353629795967436
     RHS c_u_crossing(3)_ 4.7562495022881626
     RHS c_u_crossing(4)_ 3.7766595699224794
     RHS c_u_crossing(5)_ 4.0394743579844503
     RHS c_u_crossing(6)_ 3.2207492362039125
     RHS c_u_crossing(7)_ 3.0365244171463543
     RHS c_u_svm(1)_z_le_alpha(0)_ 0
     RHS c_u_svm(1)_z_le_alpha(1)_ 0
     RHS c_u_svm(1)_z_le_alpha(2)_ 0
     RHS c_u_svm(1)_z_le_alpha(3)_ 0
     RHS c_u_svm(1)_z_le_alpha(4)_ 0
     RHS c_u_svm(1)_z_le_alpha(5)_ 0
     RHS c_u_svm(1)_z_le_alpha(6)_ 0
     RHS c_u_svm(1)_z_le_alpha(7)_ 0
     RHS c_u_svm(1)_z_le_alpha(8)_ 0
     RHS c_u_svm(1)_z_le_alpha(9)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(0)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(1)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(2)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(3)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(4)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(5)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(6)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(7)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(8)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(9)_ 0
     RHS c_u_svm(1)_z_ge_alpha_if_pos(0)_ 3.148201439506308
     RHS c_u_svm(1)_z_ge_alpha_if_pos(1)_ 3.148201439506308
     RHS c_u_svm(1)_z_ge_alpha_if_pos(2)_ 3.148201439506308
     RHS c_u_svm(1)_z_ge_alpha_if_pos(3)_ 3.148201439506308
     RHS c_u_svm(1)_z_ge_alpha_if_pos(4)_ 3.148201439506308
     RHS c_u_svm(1)_z_ge_alpha_if_pos(5)_ 3.148201439506308
     RHS c_u_svm(1)_z_ge_alpha_if_pos(6)_ 3.148201439506308
     RHS c_u_svm(1)_z_ge_alpha_if_pos(7)_ 3.148201439506308
     RHS c_u_svm(1)_z_ge_alpha_if_pos(8)_ 3.148201439506308
     RHS c_u_svm(1)_z_ge_alpha_if_pos(9)_ 3.148201439506308
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(0)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(1)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(2)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(3)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(4)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(5)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(6)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(7)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(8)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(9)_ 0
     RHS c_e_svm(1)_stationarity(0)_ 1
     RHS c_e_svm(1)_stationarity(1)_ 1
     RHS c_e_svm(1)_stationarity(2)_ 1
     RHS c_e_svm(1)_stationarity(3)_ 1
     RHS c_e_svm(1)_stationarity(4)_ 1
     RHS c_e_svm(1)_stationarity(5)_ 1
     RHS c_e_svm(1)_stationarity(6)_ 1
     RHS c_e_svm(1)_stationarity(7)_ 1
     RHS c_e_svm(1)_stationarity(8)_ 1
     RHS c_e_svm(1)_stationarity(9)_ 1
     RHS c_e_svm(1)_p_def(0)_ 0
     RHS c_e_svm(1)_p_def(1)_ 0
     RHS c_e_svm(1)_p_def(2)_ 0
     RHS c_e_svm(1)_p_def(3)_ 0
     RHS c_e_svm(1)_p_def(4)_ 0
     RHS c_e_svm(1)_p_def(5)_ 0
     RHS c_e_svm(1)_p_def(6)_ 0
     RHS c_e_svm(1)_p_def(7)_ 0
     RHS c_e_svm(1)_p_def(8)_ 0
     RHS c_e_svm(1)_p_def(9)_ 0
     RHS c_u_svm(1)_w_minus_p_le(0)_ 11.719452285264889
     RHS c_u_svm(1)_w_minus_p_le(1)_ 9.1717452342364911
     RHS c_u_svm(1)_w_minus_p_le(2)_ 9.8650217680587495
     RHS c_u_svm(1)_w_minus_p_le(3)_ 8.7877545327367734
     RHS c_u_svm(1)_w_minus_p_le(4)_ 12.249289679230404
     RHS c_u_svm(1)_w_minus_p_le(5)_ 15.189214800520062
     RHS c_u_svm(1)_w_minus_p_le(6)_ 11.985948966370994
     RHS c_u_svm(1)_w_minus_p_le(7)_ 11.118483230011655
     RHS c_u_svm(1)_w_minus_p_le(8)_ 10.643808111596959
     RHS c_u_svm(1)_w_minus_p_le(9)_ 10.096493679601997
     RHS c_u_svm(1)_w_minus_p_ge(0)_ 11.719452285264889
     RHS c_u_svm(1)_w_minus_p_ge(1)_ 9.1717452342364911
     RHS c_u_svm(1)_w_minus_p_ge(2)_ 9.8650217680587495
     RHS c_u_svm(1)_w_minus_p_ge(3)_ 8.7877545327367734
     RHS c_u_svm(1)_w_minus_p_ge(4)_ 12.249289679230404
     RHS c_u_svm(1)_w_minus_p_ge(5)_ 15.189214800520062
     RHS c_u_svm(1)_w_minus_p_ge(6)_ 11.985948966370994
     RHS c_u_svm(1)_w_minus_p_ge(7)_ 11.118483230011655
     RHS c_u_svm(1)_w_minus_p_ge(8)_ 10.643808111596959
     RHS c_u_svm(1)_w_minus_p_ge(9)_ 10.096493679601997
     RHS c_u_svm(1)_w_plus_p_le(0)_ 0
     RHS c_u_svm(1)_w_plus_p_le(1)_ 0
     RHS c_u_svm(1)_w_plus_p_le(2)_ 0
     RHS c_u_svm(1)_w_plus_p_le(3)_ 0
     RHS c_u_svm(1)_w_plus_p_le(4)_ 0
     RHS c_u_svm(1)_w_plus_p_le(5)_ 0
     RHS c_u_svm(1)_w_plus_p_le(6)_ 0
     RHS c_u_svm(1)_w_plus_p_le(7)_ 0
     RHS c_u_svm(1)_w_plus_p_le(8)_ 0
     RHS c_u_svm(1)_w_plus_p_le(9)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(0)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(1)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(2)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(3)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(4)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(5)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(6)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(7)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(8)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(9)_ 0
     RHS c_u_svm(1)_t_le_s(0)_ 0
     RHS c_u_svm(1)_t_le_s(1)_ 0
     RHS c_u_svm(1)_t_le_s(2)_ 0
     RHS c_u_svm(1)_t_le_s(3)_ 0
     RHS c_u_svm(1)_t_le_s(4)_ 0
     RHS c_u_svm(1)_t_le_s(5)_ 0
     RHS c_u_svm(1)_t_le_s(6)_ 0
     RHS c_u_svm(1)_t_le_s(7)_ 0
     RHS c_u_svm(1)_t_le_s(8)_ 0
     RHS c_u_svm(1)_t_le_s(9)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(0)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(1)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(2)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(3)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(4)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(5)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(6)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(7)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(8)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(9)_ 0
     RHS c_u_svm(1)_u_le_Mu(0)_ 2.2511380480961414
     RHS c_u_svm(1)_u_le_Mu(1)_ 3.1084043489657747
     RHS c_u_svm(1)_u_le_Mu(2)_ 2.8672466270518924
     RHS c_u_svm(1)_u_le_Mu(3)_ 3.393877270762264
     RHS c_u_svm(1)_u_le_Mu(4)_ 2.5018156088779322
     RHS c_u_svm(1)_u_le_Mu(5)_ 3.2321938593608834
     RHS c_u_svm(1)_u_le_Mu(6)_ 3.6980234175413802
     RHS c_u_svm(1)_u_le_Mu(7)_ 2.0567553088634081
     RHS c_u_svm(1)_u_le_Mu(8)_ 3.4003259032769115
     RHS c_u_svm(1)_u_le_Mu(9)_ 2.0702798693590143
     RHS c_u_svm(1)_alpha_ge_Ct(0)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(1)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(2)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(3)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(4)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(5)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(6)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(7)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(8)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(9)_ 0
     RHS c_u_svm(1)_v_le_Mv(0)_ 0
     RHS c_u_svm(1)_v_le_Mv(1)_ 0
     RHS c_u_svm(1)_v_le_Mv(2)_ 0
     RHS c_u_svm(1)_v_le_Mv(3)_ 0
     RHS c_u_svm(1)_v_le_Mv(4)_ 0
     RHS c_u_svm(1)_v_le_Mv(5)_ 0
     RHS c_u_svm(1)_v_le_Mv(6)_ 0
     RHS c_u_svm(1)_v_le_Mv(7)_ 0
     RHS c_u_svm(1)_v_le_Mv(8)_ 0
     RHS c_u_svm(1)_v_le_Mv(9)_ 0
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
 BV BOUND c(0)
 BV BOUND c(1)
 BV BOUND c(2)
 BV BOUND c(3)
 BV BOUND c(4)
 BV BOUND c(5)
 BV BOUND c(6)
 BV BOUND c(7)
 LO BOUND svm(1)_alpha(0) 0
 UP BOUND svm(1)_alpha(0) 1.574100719753154
 LO BOUND svm(1)_alpha(1) 0
 UP BOUND svm(1)_alpha(1) 1.574100719753154
 LO BOUND svm(1)_alpha(2) 0
 UP BOUND svm(1)_alpha(2) 1.574100719753154
 LO BOUND svm(1)_alpha(3) 0
 UP BOUND svm(1)_alpha(3) 1.574100719753154
 LO BOUND svm(1)_alpha(4) 0
 UP BOUND svm(1)_alpha(4) 1.574100719753154
 LO BOUND svm(1)_alpha(5) 0
 UP BOUND svm(1)_alpha(5) 1.574100719753154
 LO BOUND svm(1)_alpha(6) 0
 UP BOUND svm(1)_alpha(6) 1.574100719753154
 LO BOUND svm(1)_alpha(7) 0
 UP BOUND svm(1)_alpha(7) 1.574100719753154
 LO BOUND svm(1)_alpha(8) 0
 UP BOUND svm(1)_alpha(8) 1.574100719753154
 LO BOUND svm(1)_alpha(9) 0
 UP BOUND svm(1)_alpha(9) 1.574100719753154
 LO BOUND svm(1)_z(0) -1.574100719753154
 UP BOUND svm(1)_z(0) 1.574100719753154
 LO BOUND svm(1)_z(1) -1.574100719753154
 UP BOUND svm(1)_z(1) 1.574100719753154
 LO BOUND svm(1)_z(2) -1.574100719753154
 UP BOUND svm(1)_z(2) 1.574100719753154
 LO BOUND svm(1)_z(3) -1.574100719753154
 UP BOUND svm(1)_z(3) 1.574100719753154
 LO BOUND svm(1)_z(4) -1.574100719753154
 UP BOUND svm(1)_z(4) 1.574100719753154
 LO BOUND svm(1)_z(5) -1.574100719753154
 UP BOUND svm(1)_z(5) 1.574100719753154
 LO BOUND svm(1)_z(6) -1.574100719753154
 UP BOUND svm(1)_z(6) 1.574100719753154
 LO BOUND svm(1)_z(7) -1.574100719753154
 UP BOUND svm(1)_z(7) 1.574100719753154
 LO BOUND svm(1)_z(8) -1.574100719753154
 UP BOUND svm(1)_z(8) 1.574100719753154
 LO BOUND svm(1)_z(9) -1.574100719753154
 UP BOUND svm(1)_z(9) 1.574100719753154
 LO BOUND svm(1)_w(0) 0.18250099513405826
 UP BOUND svm(1)_w(0) 3.2511380480961414
 LO BOUND svm(1)_w(1) -2.0053815850262207
 UP BOUND svm(1)_w(1) 4.1084043489657747
 LO BOUND svm(1)_w(2) -1.4342802673790214
 UP BOUND svm(1)_w(2) 3.8672466270518924
 LO BOUND svm(1)_w(3) -2.714568252020388
 UP BOUND svm(1)_w(3) 4.3938772663683867
 LO BOUND svm(1)_w(4) 0.249311828512228
 UP BOUND svm(1)_w(4) 3.5018156088779322
 LO BOUND svm(1)_w(5) 1
 UP BOUND svm(1)_w(5) 4.2321938593608834
 LO BOUND svm(1)_w(6) -1.106449105522906
 UP BOUND svm(1)_w(6) 4.6980234175413802
 LO BOUND svm(1)_w(7) 0.033761421446223849
 UP BOUND svm(1)_w(7) 3.0567553088634081
 LO BOUND svm(1)_w(8) -1.5680596281978127
 UP BOUND svm(1)_w(8) 4.4003259032769115
 LO BOUND svm(1)_w(9) -0.52180025635242755
 UP BOUND svm(1)_w(9) 3.0702798693590143
 LO BOUND svm(1)_u(0) 0
 UP BOUND svm(1)_u(0) 2.2511380480961414
 LO BOUND svm(1)_u(1) 0
 UP BOUND svm(1)_u(1) 3.1084043489657747
 LO BOUND svm(1)_u(2) 0
 UP BOUND svm(1)_u(2) 2.8672466270518924
 LO BOUND svm(1)_u(3) 0
 UP BOUND svm(1)_u(3) 3.393877270762264
 LO BOUND svm(1)_u(4) 0
 UP BOUND svm(1)_u(4) 2.5018156088779322
 LO BOUND svm(1)_u(5) 0
 UP BOUND svm(1)_u(5) 3.2321938593608834
 LO BOUND svm(1)_u(6) 0
 UP BOUND svm(1)_u(6) 3.6980234175413802
 LO BOUND svm(1)_u(7) 0
 UP BOUND svm(1)_u(7) 2.0567553088634081
 LO BOUND svm(1)_u(8) 0
 UP BOUND svm(1)_u(8) 3.4003259032769115
 LO BOUND svm(1)_u(9) 0
 UP BOUND svm(1)_u(9) 2.0702798693590143
 LO BOUND svm(1)_v(0) 0
 UP BOUND svm(1)_v(0) 0.81749900486594174
 LO BOUND svm(1)_v(1) 0
 UP BOUND svm(1)_v(1) 3.0053815850262207
 LO BOUND svm(1)_v(2) 0
 UP BOUND svm(1)_v(2) 2.4342802673790214
 LO BOUND svm(1)_v(3) 0
 UP BOUND svm(1)_v(3) 3.714568252020388
 LO BOUND svm(1)_v(4) 0
 UP BOUND svm(1)_v(4) 0.750688171487772
 LO BOUND svm(1)_v(5) 0
 UP BOUND svm(1)_v(5) 0
 LO BOUND svm(1)_v(6) 0
 UP BOUND svm(1)_v(6) 2.106449105522906
 LO BOUND svm(1)_v(7) 0
 UP BOUND svm(1)_v(7) 0.96623857855377615
 LO BOUND svm(1)_v(8) 0
 UP BOUND svm(1)_v(8) 2.5680596281978127
 LO BOUND svm(1)_v(9) 0
 UP BOUND svm(1)_v(9) 1.5218002563524275
 LO BOUND svm(1)_p(0) -5.8597261426324447
 UP BOUND svm(1)_p(0) 5.8597261426324447
 LO BOUND svm(1)_p(1) -4.5858726171182456
 UP BOUND svm(1)_p(1) 4.5858726171182456
 LO BOUND svm(1)_p(2) -4.9325108840293748
 UP BOUND svm(1)_p(2) 4.9325108840293748
 LO BOUND svm(1)_p(3) -4.3938772663683867
 UP BOUND svm(1)_p(3) 4.3938772663683867
 LO BOUND svm(1)_p(4) -6.1246448396152022
 UP BOUND svm(1)_p(4) 6.1246448396152022
 LO BOUND svm(1)_p(5) -7.5946074002600312
 UP BOUND svm(1)_p(5) 7.5946074002600312
 LO BOUND svm(1)_p(6) -5.9929744831854972
 UP BOUND svm(1)_p(6) 5.9929744831854972
 LO BOUND svm(1)_p(7) -5.5592416150058277
 UP BOUND svm(1)_p(7) 5.5592416150058277
 LO BOUND svm(1)_p(8) -5.3219040557984796
 UP BOUND svm(1)_p(8) 5.3219040557984796
 LO BOUND svm(1)_p(9) -5.0482468398009983
 UP BOUND svm(1)_p(9) 5.0482468398009983
 BV BOUND svm(1)_s(0)
 BV BOUND svm(1)_s(1)
 BV BOUND svm(1)_s(2)
 BV BOUND svm(1)_s(3)
 BV BOUND svm(1)_s(4)
 BV BOUND svm(1)_s(5)
 BV BOUND svm(1)_s(6)
 BV BOUND svm(1)_s(7)
 BV BOUND svm(1)_s(8)
 BV BOUND svm(1)_s(9)
 BV BOUND svm(1)_t(0)
 BV BOUND svm(1)_t(1)
 BV BOUND svm(1)_t(2)
 BV BOUND svm(1)_t(3)
 BV BOUND svm(1)_t(4)
 BV BOUND svm(1)_t(5)
 BV BOUND svm(1)_t(6)
 BV BOUND svm(1)_t(7)
 BV BOUND svm(1)_t(8)
 BV BOUND svm(1)_t(9)
ENDATA
