* Source:     Pyomo MPS Writer
* Format:     Free MPS
*
NAME relabel_to_2
OBJSENSE
 MIN
ROWS
 N  flips
 E  c_e_one_label(0)_
 E  c_e_one_label(1)_
 E  c_e_one_label(2)_
 E  c_e_one_label(3)_
 E  c_e_one_label(4)_
 E  c_e_one_label(5)_
 E  c_e_one_label(6)_
 E  c_e_one_label(7)_
 E  c_e_one_label(8)_
 G  c_l_t_wins(0)_
 G  c_l_t_wins(1)_
 E  c_e_ONE_VAR_CONSTANT
COLUMNS
     x(0_0) flips -1
     x(0_0) c_e_one_label(0)_ 1
     x(0_0) c_l_t_wins(0)_ -0.096888481966329917
     x(0_1) c_e_one_label(0)_ 1
     x(0_1) c_l_t_wins(1)_ -0.096888481966329917
     x(0_2) c_e_one_label(0)_ 1
     x(0_2) c_l_t_wins(0)_ 0.096888481966329917
     x(0_2) c_l_t_wins(1)_ 0.096888481966329917
     x(1_0) flips -1
     x(1_0) c_e_one_label(1)_ 1
     x(1_0) c_l_t_wins(0)_ -0.19119797074067416
     x(1_1) c_e_one_label(1)_ 1
     x(1_1) c_l_t_wins(1)_ -0.19119797074067416
     x(1_2) c_e_one_label(1)_ 1
     x(1_2) c_l_t_wins(0)_ 0.19119797074067416
     x(1_2) c_l_t_wins(1)_ 0.19119797074067416
     x(2_0) flips -1
     x(2_0) c_e_one_label(2)_ 1
     x(2_0) c_l_t_wins(0)_ -0.20267955447674374
     x(2_1) c_e_one_label(2)_ 1
     x(2_1) c_l_t_wins(1)_ -0.20267955447674374
     x(2_2) c_e_one_label(2)_ 1
     x(2_2) c_l_t_wins(0)_ 0.20267955447674374
     x(2_2) c_l_t_wins(1)_ 0.20267955447674374
     x(3_0) c_e_one_label(3)_ 1
     x(3_0) c_l_t_wins(0)_ 0.026815184517059918
     x(3_1) flips -1
     x(3_1) c_e_one_label(3)_ 1
     x(3_1) c_l_t_wins(1)_ 0.026815184517059918
     x(3_2) c_e_one_label(3)_ 1
     x(3_2) c_l_t_wins(0)_ -0.026815184517059918
     x(3_2) c_l_t_wins(1)_ -0.026815184517059918
     x(4_0) c_e_one_label(4)_ 1
     x(4_0) c_l_t_wins(0)_ 0.029167988129101395
     x(4_1) flips -1
     x(4_1) c_e_one_label(4)_ 1
     x(4_1) c_l_t_wins(1)_ 0.029167988129101395
     x(4_2) c_e_one_label(4)_ 1
     x(4_2) c_l_t_wins(0)_ -0.029167988129101395
     x(4_2) c_l_t_wins(1)_ -0.029167988129101395
     x(5_0) c_e_one_label(5)_ 1
     x(5_0) c_l_t_wins(0)_ -0.010369947227856868
     x(5_1) flips -1
     x(5_1) c_e_one_label(5)_ 1
     x(5_1) c_l_t_wins(1)_ -0.010369947227856868
     x(5_2) c_e_one_label(5)_ 1
     x(5_2) c_l_t_wins(0)_ 0.010369947227856868
     x(5_2) c_l_t_wins(1)_ 0.010369947227856868
     x(6_0) c_e_one_label(6)_ 1
     x(6_0) c_l_t_wins(0)_ -0.22956382356177735
     x(6_1) flips -1
     x(6_1) c_e_one_label(6)_ 1
     x(6_1) c_l_t_wins(1)_ -0.22956382356177735
     x(6_2) c_e_one_label(6)_ 1
     x(6_2) c_l_t_wins(0)_ 0.22956382356177735
     x(6_2) c_l_t_wins(1)_ 0.22956382356177735
     x(7_0) c_e_one_label(7)_ 1
     x(7_0) c_l_t_wins(0)_ 0.001362117187418339
     x(7_1) c_e_one_label(7)_ 1
     x(7_1) c_l_t_wins(1)_ 0.001362117187418339
     x(7_2) flips -1
     x(7_2) c_e_one_label(7)_ 1
     x(7_2) c_l_t_wins(0)_ -0.001362117187418339
     x(7_2) c_l_t_wins(1)_ -0.001362117187418339
     x(8_0) c_e_one_label(8)_ 1
     x(8_0) c_l_t_wins(0)_ -0.0042656756137491141
     x(8_1) c_e_one_label(8)_ 1
     x(8_1) c_l_t_wins(1)_ -0.0042656756137491141
     x(8_2) flips -1
     x(8_2) c_e_one_label(8)_ 1
     x(8_2) c_l_t_wins(0)_ 0.0042656756137491141
     x(8_2) c_l_t_wins(1)_ 0.0042656756137491141
     ONE_VAR_CONSTANT flips 9
     ONE_VAR_CONSTANT c_e_ONE_VAR_CONSTANT 1
RHS
     RHS c_e_one_label(0)_ 1
     RHS c_e_one_label(1)_ 1
     RHS c_e_one_label(2)_ 1
     RHS c_e_one_label(3)_ 1
     RHS c_e_one_label(4)_ 1
     RHS c_e_one_label(5)_ 1
     RHS c_e_one_label(6)_ 1
     RHS c_e_one_label(7)_ 1
     RHS c_e_one_label(8)_ 1
     RHS c_l_t_wins(0)_ 0
     RHS c_l_t_wins(1)_ 0
     RHS c_e_ONE_VAR_CONSTANT 1
BOUNDS
 BV BOUND x(0_0)
 BV BOUND x(0_1)
 BV BOUND x(0_2)
 BV BOUND x(1_0)
 BV BOUND x(1_1)
 BV BOUND x(1_2)
 BV BOUND x(2_0)
 BV BOUND x(2_1)
 BV BOUND x(2_2)
 BV BOUND x(3_0)
 BV BOUND x(3_1)
 BV BOUND x(3_2)
 BV BOUND x(4_0)
 BV BOUND x(4_1)
 BV BOUND x(4_2)
 BV BOUND x(5_0)
 BV BOUND x(5_1)
 BV BOUND x(5_2)
 BV BOUND x(6_0)
 BV BOUND x(6_1)
 BV BOUND x(6_2)
 BV BOUND x(7_0)
 BV BOUND x(7_1)
 BV BOUND x(7_2)
 BV BOUND x(8_0)
 BV BOUND x(8_1)
 BV BOUND x(8_2)
ENDATA
