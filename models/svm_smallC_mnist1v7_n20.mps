* Source:     Pyomo MPS Writer
* Format:     Free MPS
*
NAME svm_label_flip
OBJSENSE
 MIN
ROWS
 N  objective
 L  c_u_crossed_
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
 L  c_u_svm(1)_z_le_alpha(10)_
 L  c_u_svm(1)_z_le_alpha(11)_
 L  c_u_svm(1)_z_le_alpha(12)_
 L  c_u_svm(1)_z_le_alpha(13)_
 L  c_u_svm(1)_z_le_alpha(14)_
 L  c_u_svm(1)_z_le_alpha(15)_
 L  c_u_svm(1)_z_le_alpha(16)_
 L  c_u_svm(1)_z_le_alpha(17)_
 L  c_u_svm(1)_z_le_alpha(18)_
 L  c_u_svm(1)_z_le_alpha(19)_
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
 L  c_u_svm(1)_z_ge_neg_alpha(10)_
 L  c_u_svm(1)_z_ge_neg_alpha(11)_
 L  c_u_svm(1)_z_ge_neg_alpha(12)_
 L  c_u_svm(1)_z_ge_neg_alpha(13)_
 L  c_u_svm(1)_z_ge_neg_alpha(14)_
 L  c_u_svm(1)_z_ge_neg_alpha(15)_
 L  c_u_svm(1)_z_ge_neg_alpha(16)_
 L  c_u_svm(1)_z_ge_neg_alpha(17)_
 L  c_u_svm(1)_z_ge_neg_alpha(18)_
 L  c_u_svm(1)_z_ge_neg_alpha(19)_
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
 L  c_u_svm(1)_z_ge_alpha_if_pos(10)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(11)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(12)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(13)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(14)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(15)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(16)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(17)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(18)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(19)_
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
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(10)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(11)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(12)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(13)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(14)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(15)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(16)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(17)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(18)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(19)_
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
 E  c_e_svm(1)_stationarity(10)_
 E  c_e_svm(1)_stationarity(11)_
 E  c_e_svm(1)_stationarity(12)_
 E  c_e_svm(1)_stationarity(13)_
 E  c_e_svm(1)_stationarity(14)_
 E  c_e_svm(1)_stationarity(15)_
 E  c_e_svm(1)_stationarity(16)_
 E  c_e_svm(1)_stationarity(17)_
 E  c_e_svm(1)_stationarity(18)_
 E  c_e_svm(1)_stationarity(19)_
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
 E  c_e_svm(1)_p_def(10)_
 E  c_e_svm(1)_p_def(11)_
 E  c_e_svm(1)_p_def(12)_
 E  c_e_svm(1)_p_def(13)_
 E  c_e_svm(1)_p_def(14)_
 E  c_e_svm(1)_p_def(15)_
 E  c_e_svm(1)_p_def(16)_
 E  c_e_svm(1)_p_def(17)_
 E  c_e_svm(1)_p_def(18)_
 E  c_e_svm(1)_p_def(19)_
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
 L  c_u_svm(1)_w_minus_p_le(10)_
 L  c_u_svm(1)_w_minus_p_le(11)_
 L  c_u_svm(1)_w_minus_p_le(12)_
 L  c_u_svm(1)_w_minus_p_le(13)_
 L  c_u_svm(1)_w_minus_p_le(14)_
 L  c_u_svm(1)_w_minus_p_le(15)_
 L  c_u_svm(1)_w_minus_p_le(16)_
 L  c_u_svm(1)_w_minus_p_le(17)_
 L  c_u_svm(1)_w_minus_p_le(18)_
 L  c_u_svm(1)_w_minus_p_le(19)_
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
 L  c_u_svm(1)_w_minus_p_ge(10)_
 L  c_u_svm(1)_w_minus_p_ge(11)_
 L  c_u_svm(1)_w_minus_p_ge(12)_
 L  c_u_svm(1)_w_minus_p_ge(13)_
 L  c_u_svm(1)_w_minus_p_ge(14)_
 L  c_u_svm(1)_w_minus_p_ge(15)_
 L  c_u_svm(1)_w_minus_p_ge(16)_
 L  c_u_svm(1)_w_minus_p_ge(17)_
 L  c_u_svm(1)_w_minus_p_ge(18)_
 L  c_u_svm(1)_w_minus_p_ge(19)_
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
 L  c_u_svm(1)_w_plus_p_le(10)_
 L  c_u_svm(1)_w_plus_p_le(11)_
 L  c_u_svm(1)_w_plus_p_le(12)_
 L  c_u_svm(1)_w_plus_p_le(13)_
 L  c_u_svm(1)_w_plus_p_le(14)_
 L  c_u_svm(1)_w_plus_p_le(15)_
 L  c_u_svm(1)_w_plus_p_le(16)_
 L  c_u_svm(1)_w_plus_p_le(17)_
 L  c_u_svm(1)_w_plus_p_le(18)_
 L  c_u_svm(1)_w_plus_p_le(19)_
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
 L  c_u_svm(1)_w_plus_p_ge(10)_
 L  c_u_svm(1)_w_plus_p_ge(11)_
 L  c_u_svm(1)_w_plus_p_ge(12)_
 L  c_u_svm(1)_w_plus_p_ge(13)_
 L  c_u_svm(1)_w_plus_p_ge(14)_
 L  c_u_svm(1)_w_plus_p_ge(15)_
 L  c_u_svm(1)_w_plus_p_ge(16)_
 L  c_u_svm(1)_w_plus_p_ge(17)_
 L  c_u_svm(1)_w_plus_p_ge(18)_
 L  c_u_svm(1)_w_plus_p_ge(19)_
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
 L  c_u_svm(1)_t_le_s(10)_
 L  c_u_svm(1)_t_le_s(11)_
 L  c_u_svm(1)_t_le_s(12)_
 L  c_u_svm(1)_t_le_s(13)_
 L  c_u_svm(1)_t_le_s(14)_
 L  c_u_svm(1)_t_le_s(15)_
 L  c_u_svm(1)_t_le_s(16)_
 L  c_u_svm(1)_t_le_s(17)_
 L  c_u_svm(1)_t_le_s(18)_
 L  c_u_svm(1)_t_le_s(19)_
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
 L  c_u_svm(1)_alpha_le_Cs(10)_
 L  c_u_svm(1)_alpha_le_Cs(11)_
 L  c_u_svm(1)_alpha_le_Cs(12)_
 L  c_u_svm(1)_alpha_le_Cs(13)_
 L  c_u_svm(1)_alpha_le_Cs(14)_
 L  c_u_svm(1)_alpha_le_Cs(15)_
 L  c_u_svm(1)_alpha_le_Cs(16)_
 L  c_u_svm(1)_alpha_le_Cs(17)_
 L  c_u_svm(1)_alpha_le_Cs(18)_
 L  c_u_svm(1)_alpha_le_Cs(19)_
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
 L  c_u_svm(1)_u_le_Mu(10)_
 L  c_u_svm(1)_u_le_Mu(11)_
 L  c_u_svm(1)_u_le_Mu(12)_
 L  c_u_svm(1)_u_le_Mu(13)_
 L  c_u_svm(1)_u_le_Mu(14)_
 L  c_u_svm(1)_u_le_Mu(15)_
 L  c_u_svm(1)_u_le_Mu(16)_
 L  c_u_svm(1)_u_le_Mu(17)_
 L  c_u_svm(1)_u_le_Mu(18)_
 L  c_u_svm(1)_u_le_Mu(19)_
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
 L  c_u_svm(1)_alpha_ge_Ct(10)_
 L  c_u_svm(1)_alpha_ge_Ct(11)_
 L  c_u_svm(1)_alpha_ge_Ct(12)_
 L  c_u_svm(1)_alpha_ge_Ct(13)_
 L  c_u_svm(1)_alpha_ge_Ct(14)_
 L  c_u_svm(1)_alpha_ge_Ct(15)_
 L  c_u_svm(1)_alpha_ge_Ct(16)_
 L  c_u_svm(1)_alpha_ge_Ct(17)_
 L  c_u_svm(1)_alpha_ge_Ct(18)_
 L  c_u_svm(1)_alpha_ge_Ct(19)_
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
 L  c_u_svm(1)_v_le_Mv(10)_
 L  c_u_svm(1)_v_le_Mv(11)_
 L  c_u_svm(1)_v_le_Mv(12)_
 L  c_u_svm(1)_v_le_Mv(13)_
 L  c_u_svm(1)_v_le_Mv(14)_
 L  c_u_svm(1)_v_le_Mv(15)_
 L  c_u_svm(1)_v_le_Mv(16)_
 L  c_u_svm(1)_v_le_Mv(17)_
 L  c_u_svm(1)_v_le_Mv(18)_
 L  c_u_svm(1)_v_le_Mv(19)_
 E  c_e_ONE_VAR_CONSTANT
COLUMNS
     b(0_1) objective 1
     b(0_1) c_u_svm(1)_z_ge_alpha_if_pos(0)_ 0.15771503075803045
     b(0_1) c_u_svm(1)_z_le_neg_alpha_if_neg(0)_ -0.15771503075803045
     b(0_1) c_u_svm(1)_w_minus_p_le(0)_ 1.2788472644383433
     b(0_1) c_u_svm(1)_w_minus_p_ge(0)_ 1.2788472644383433
     b(0_1) c_u_svm(1)_w_plus_p_le(0)_ -1.2788472644383433
     b(0_1) c_u_svm(1)_w_plus_p_ge(0)_ -1.2788472644383433
     b(1_1) objective 1
     b(1_1) c_u_svm(1)_z_ge_alpha_if_pos(1)_ 0.15771503075803045
     b(1_1) c_u_svm(1)_z_le_neg_alpha_if_neg(1)_ -0.15771503075803045
     b(1_1) c_u_svm(1)_w_minus_p_le(1)_ 1.6474454475191276
     b(1_1) c_u_svm(1)_w_minus_p_ge(1)_ 1.6474454475191276
     b(1_1) c_u_svm(1)_w_plus_p_le(1)_ -1.6474454475191276
     b(1_1) c_u_svm(1)_w_plus_p_ge(1)_ -1.6474454475191276
     b(2_1) objective 1
     b(2_1) c_u_svm(1)_z_ge_alpha_if_pos(2)_ 0.15771503075803045
     b(2_1) c_u_svm(1)_z_le_neg_alpha_if_neg(2)_ -0.15771503075803045
     b(2_1) c_u_svm(1)_w_minus_p_le(2)_ 1.2256659803301515
     b(2_1) c_u_svm(1)_w_minus_p_ge(2)_ 1.2256659803301515
     b(2_1) c_u_svm(1)_w_plus_p_le(2)_ -1.2256659803301515
     b(2_1) c_u_svm(1)_w_plus_p_ge(2)_ -1.2256659803301515
     b(3_1) objective 1
     b(3_1) c_u_svm(1)_z_ge_alpha_if_pos(3)_ 0.15771503075803045
     b(3_1) c_u_svm(1)_z_le_neg_alpha_if_neg(3)_ -0.15771503075803045
     b(3_1) c_u_svm(1)_w_minus_p_le(3)_ 1.4901891338236763
     b(3_1) c_u_svm(1)_w_minus_p_ge(3)_ 1.4901891338236763
     b(3_1) c_u_svm(1)_w_plus_p_le(3)_ -1.4901891338236763
     b(3_1) c_u_svm(1)_w_plus_p_ge(3)_ -1.4901891338236763
     b(4_1) objective 1
     b(4_1) c_u_svm(1)_z_ge_alpha_if_pos(4)_ 0.15771503075803045
     b(4_1) c_u_svm(1)_z_le_neg_alpha_if_neg(4)_ -0.15771503075803045
     b(4_1) c_u_svm(1)_w_minus_p_le(4)_ 1.3066008420944375
     b(4_1) c_u_svm(1)_w_minus_p_ge(4)_ 1.3066008420944375
     b(4_1) c_u_svm(1)_w_plus_p_le(4)_ -1.3066008420944375
     b(4_1) c_u_svm(1)_w_plus_p_ge(4)_ -1.3066008420944375
     b(5_1) objective 1
     b(5_1) c_u_svm(1)_z_ge_alpha_if_pos(5)_ 0.15771503075803045
     b(5_1) c_u_svm(1)_z_le_neg_alpha_if_neg(5)_ -0.15771503075803045
     b(5_1) c_u_svm(1)_w_minus_p_le(5)_ 1.337429333559516
     b(5_1) c_u_svm(1)_w_minus_p_ge(5)_ 1.337429333559516
     b(5_1) c_u_svm(1)_w_plus_p_le(5)_ -1.337429333559516
     b(5_1) c_u_svm(1)_w_plus_p_ge(5)_ -1.337429333559516
     b(6_1) objective 1
     b(6_1) c_u_svm(1)_z_ge_alpha_if_pos(6)_ 0.15771503075803045
     b(6_1) c_u_svm(1)_z_le_neg_alpha_if_neg(6)_ -0.15771503075803045
     b(6_1) c_u_svm(1)_w_minus_p_le(6)_ 1.6219325134583054
     b(6_1) c_u_svm(1)_w_minus_p_ge(6)_ 1.6219325134583054
     b(6_1) c_u_svm(1)_w_plus_p_le(6)_ -1.6219325134583054
     b(6_1) c_u_svm(1)_w_plus_p_ge(6)_ -1.6219325134583054
     b(7_1) objective 1
     b(7_1) c_u_svm(1)_z_ge_alpha_if_pos(7)_ 0.15771503075803045
     b(7_1) c_u_svm(1)_z_le_neg_alpha_if_neg(7)_ -0.15771503075803045
     b(7_1) c_u_svm(1)_w_minus_p_le(7)_ 1.4423691342186753
     b(7_1) c_u_svm(1)_w_minus_p_ge(7)_ 1.4423691342186753
     b(7_1) c_u_svm(1)_w_plus_p_le(7)_ -1.4423691342186753
     b(7_1) c_u_svm(1)_w_plus_p_ge(7)_ -1.4423691342186753
     b(8_1) objective 1
     b(8_1) c_u_svm(1)_z_ge_alpha_if_pos(8)_ 0.15771503075803045
     b(8_1) c_u_svm(1)_z_le_neg_alpha_if_neg(8)_ -0.15771503075803045
     b(8_1) c_u_svm(1)_w_minus_p_le(8)_ 1.1405126832011494
     b(8_1) c_u_svm(1)_w_minus_p_ge(8)_ 1.1405126832011494
     b(8_1) c_u_svm(1)_w_plus_p_le(8)_ -1.1405126832011494
     b(8_1) c_u_svm(1)_w_plus_p_ge(8)_ -1.1405126832011494
     b(9_1) objective 1
     b(9_1) c_u_svm(1)_z_ge_alpha_if_pos(9)_ 0.15771503075803045
     b(9_1) c_u_svm(1)_z_le_neg_alpha_if_neg(9)_ -0.15771503075803045
     b(9_1) c_u_svm(1)_w_minus_p_le(9)_ 1.4679040229864524
     b(9_1) c_u_svm(1)_w_minus_p_ge(9)_ 1.4679040229864524
     b(9_1) c_u_svm(1)_w_plus_p_le(9)_ -1.4679040229864524
     b(9_1) c_u_svm(1)_w_plus_p_ge(9)_ -1.4679040229864524
     b(10_1) objective -1
     b(10_1) c_u_svm(1)_z_ge_alpha_if_pos(10)_ 0.15771503075803045
     b(10_1) c_u_svm(1)_z_le_neg_alpha_if_neg(10)_ -0.15771503075803045
     b(10_1) c_u_svm(1)_w_minus_p_le(10)_ 1.3354613658792425
     b(10_1) c_u_svm(1)_w_minus_p_ge(10)_ 1.3354613658792425
     b(10_1) c_u_svm(1)_w_plus_p_le(10)_ -1.3354613658792425
     b(10_1) c_u_svm(1)_w_plus_p_ge(10)_ -1.3354613658792425
     b(11_1) objective -1
     b(11_1) c_u_svm(1)_z_ge_alpha_if_pos(11)_ 0.15771503075803045
     b(11_1) c_u_svm(1)_z_le_neg_alpha_if_neg(11)_ -0.15771503075803045
     b(11_1) c_u_svm(1)_w_minus_p_le(11)_ 1.6165531145110368
     b(11_1) c_u_svm(1)_w_minus_p_ge(11)_ 1.6165531145110368
     b(11_1) c_u_svm(1)_w_plus_p_le(11)_ -1.6165531145110368
     b(11_1) c_u_svm(1)_w_plus_p_ge(11)_ -1.6165531145110368
     b(12_1) objective -1
     b(12_1) c_u_svm(1)_z_ge_alpha_if_pos(12)_ 0.15771503075803045
     b(12_1) c_u_svm(1)_z_le_neg_alpha_if_neg(12)_ -0.15771503075803045
     b(12_1) c_u_svm(1)_w_minus_p_le(12)_ 1.2152153983912031
     b(12_1) c_u_svm(1)_w_minus_p_ge(12)_ 1.2152153983912031
     b(12_1) c_u_svm(1)_w_plus_p_le(12)_ -1.2152153983912031
     b(12_1) c_u_svm(1)_w_plus_p_ge(12)_ -1.2152153983912031
     b(13_1) objective -1
     b(13_1) c_u_svm(1)_z_ge_alpha_if_pos(13)_ 0.15771503075803045
     b(13_1) c_u_svm(1)_z_le_neg_alpha_if_neg(13)_ -0.15771503075803045
     b(13_1) c_u_svm(1)_w_minus_p_le(13)_ 2.0000000020020003
     b(13_1) c_u_svm(1)_w_minus_p_ge(13)_ 2.0000000020020003
     b(13_1) c_u_svm(1)_w_plus_p_le(13)_ -2.0000000020020003
     b(13_1) c_u_svm(1)_w_plus_p_ge(13)_ -2.0000000020020003
     b(14_1) objective -1
     b(14_1) c_u_svm(1)_z_ge_alpha_if_pos(14)_ 0.15771503075803045
     b(14_1) c_u_svm(1)_z_le_neg_alpha_if_neg(14)_ -0.15771503075803045
     b(14_1) c_u_svm(1)_w_minus_p_le(14)_ 1.6455526377871377
     b(14_1) c_u_svm(1)_w_minus_p_ge(14)_ 1.6455526377871377
     b(14_1) c_u_svm(1)_w_plus_p_le(14)_ -1.6455526377871377
     b(14_1) c_u_svm(1)_w_plus_p_ge(14)_ -1.6455526377871377
     b(15_1) objective -1
     b(15_1) c_u_svm(1)_z_ge_alpha_if_pos(15)_ 0.15771503075803045
     b(15_1) c_u_svm(1)_z_le_neg_alpha_if_neg(15)_ -0.15771503075803045
     b(15_1) c_u_svm(1)_w_minus_p_le(15)_ 0.87120141501171033
     b(15_1) c_u_svm(1)_w_minus_p_ge(15)_ 0.87120141501171033
     b(15_1) c_u_svm(1)_w_plus_p_le(15)_ -0.87120141501171033
     b(15_1) c_u_svm(1)_w_plus_p_ge(15)_ -0.87120141501171033
     b(16_1) objective -1
     b(16_1) c_u_svm(1)_z_ge_alpha_if_pos(16)_ 0.15771503075803045
     b(16_1) c_u_svm(1)_z_le_neg_alpha_if_neg(16)_ -0.15771503075803045
     b(16_1) c_u_svm(1)_w_minus_p_le(16)_ 1.4695559224900876
     b(16_1) c_u_svm(1)_w_minus_p_ge(16)_ 1.4695559224900876
     b(16_1) c_u_svm(1)_w_plus_p_le(16)_ -1.4695559224900876
     b(16_1) c_u_svm(1)_w_plus_p_ge(16)_ -1.4695559224900876
     b(17_1) objective -1
     b(17_1) c_u_svm(1)_z_ge_alpha_if_pos(17)_ 0.15771503075803045
     b(17_1) c_u_svm(1)_z_le_neg_alpha_if_neg(17)_ -0.15771503075803045
     b(17_1) c_u_svm(1)_w_minus_p_le(17)_ 1.5297444247075009
     b(17_1) c_u_svm(1)_w_minus_p_ge(17)_ 1.5297444247075009
     b(17_1) c_u_svm(1)_w_plus_p_le(17)_ -1.5297444247075009
     b(17_1) c_u_svm(1)_w_plus_p_ge(17)_ -1.5297444247075009
     b(18_1) objective -1
     b(18_1) c_u_svm(1)_z_ge_alpha_if_pos(18)_ 0.15771503075803045
     b(18_1) c_u_svm(1)_z_le_neg_alpha_if_neg(18)_ -0.15771503075803045
     b(18_1) c_u_svm(1)_w_minus_p_le(18)_ 1.7326331697640398
     b(18_1) c_u_svm(1)_w_minus_p_ge(18)_ 1.7326331697640398
     b(18_1) c_u_svm(1)_w_plus_p_le(18)_ -1.7326331697640398
     b(18_1) c_u_svm(1)_w_plus_p_ge(18)_ -1.7326331697640398
     b(19_1) objective -1
     b(19_1) c_u_svm(1)_z_ge_alpha_if_pos(19)_ 0.15771503075803045
     b(19_1) c_u_svm(1)_z_le_neg_alpha_if_neg(19)_ -0.15771503075803045
     b(19_1) c_u_svm(1)_w_minus_p_le(19)_ 1.314560462458813
     b(19_1) c_u_svm(1)_w_minus_p_ge(19)_ 1.314560462458813
     b(19_1) c_u_svm(1)_w_plus_p_le(19)_ -1.314560462458813
     b(19_1) c_u_svm(1)_w_plus_p_ge(19)_ -1.314560462458813
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
     svm(1)_alpha(10) c_u_svm(1)_z_le_alpha(10)_ -1
     svm(1)_alpha(10) c_u_svm(1)_z_ge_neg_alpha(10)_ -1
     svm(1)_alpha(10) c_u_svm(1)_z_ge_alpha_if_pos(10)_ 1
     svm(1)_alpha(10) c_u_svm(1)_z_le_neg_alpha_if_neg(10)_ 1
     svm(1)_alpha(10) c_u_svm(1)_alpha_le_Cs(10)_ 1
     svm(1)_alpha(10) c_u_svm(1)_alpha_ge_Ct(10)_ -1
     svm(1)_alpha(11) c_u_svm(1)_z_le_alpha(11)_ -1
     svm(1)_alpha(11) c_u_svm(1)_z_ge_neg_alpha(11)_ -1
     svm(1)_alpha(11) c_u_svm(1)_z_ge_alpha_if_pos(11)_ 1
     svm(1)_alpha(11) c_u_svm(1)_z_le_neg_alpha_if_neg(11)_ 1
     svm(1)_alpha(11) c_u_svm(1)_alpha_le_Cs(11)_ 1
     svm(1)_alpha(11) c_u_svm(1)_alpha_ge_Ct(11)_ -1
     svm(1)_alpha(12) c_u_svm(1)_z_le_alpha(12)_ -1
     svm(1)_alpha(12) c_u_svm(1)_z_ge_neg_alpha(12)_ -1
     svm(1)_alpha(12) c_u_svm(1)_z_ge_alpha_if_pos(12)_ 1
     svm(1)_alpha(12) c_u_svm(1)_z_le_neg_alpha_if_neg(12)_ 1
     svm(1)_alpha(12) c_u_svm(1)_alpha_le_Cs(12)_ 1
     svm(1)_alpha(12) c_u_svm(1)_alpha_ge_Ct(12)_ -1
     svm(1)_alpha(13) c_u_svm(1)_z_le_alpha(13)_ -1
     svm(1)_alpha(13) c_u_svm(1)_z_ge_neg_alpha(13)_ -1
     svm(1)_alpha(13) c_u_svm(1)_z_ge_alpha_if_pos(13)_ 1
     svm(1)_alpha(13) c_u_svm(1)_z_le_neg_alpha_if_neg(13)_ 1
     svm(1)_alpha(13) c_u_svm(1)_alpha_le_Cs(13)_ 1
     svm(1)_alpha(13) c_u_svm(1)_alpha_ge_Ct(13)_ -1
     svm(1)_alpha(14) c_u_svm(1)_z_le_alpha(14)_ -1
     svm(1)_alpha(14) c_u_svm(1)_z_ge_neg_alpha(14)_ -1
     svm(1)_alpha(14) c_u_svm(1)_z_ge_alpha_if_pos(14)_ 1
     svm(1)_alpha(14) c_u_svm(1)_z_le_neg_alpha_if_neg(14)_ 1
     svm(1)_alpha(14) c_u_svm(1)_alpha_le_Cs(14)_ 1
     svm(1)_alpha(14) c_u_svm(1)_alpha_ge_Ct(14)_ -1
     svm(1)_alpha(15) c_u_svm(1)_z_le_alpha(15)_ -1
     svm(1)_alpha(15) c_u_svm(1)_z_ge_neg_alpha(15)_ -1
     svm(1)_alpha(15) c_u_svm(1)_z_ge_alpha_if_pos(15)_ 1
     svm(1)_alpha(15) c_u_svm(1)_z_le_neg_alpha_if_neg(15)_ 1
     svm(1)_alpha(15) c_u_svm(1)_alpha_le_Cs(15)_ 1
     svm(1)_alpha(15) c_u_svm(1)_alpha_ge_Ct(15)_ -1
     svm(1)_alpha(16) c_u_svm(1)_z_le_alpha(16)_ -1
     svm(1)_alpha(16) c_u_svm(1)_z_ge_neg_alpha(16)_ -1
     svm(1)_alpha(16) c_u_svm(1)_z_ge_alpha_if_pos(16)_ 1
     svm(1)_alpha(16) c_u_svm(1)_z_le_neg_alpha_if_neg(16)_ 1
     svm(1)_alpha(16) c_u_svm(1)_alpha_le_Cs(16)_ 1
     svm(1)_alpha(16) c_u_svm(1)_alpha_ge_Ct(16)_ -1
     svm(1)_alpha(17) c_u_svm(1)_z_le_alpha(17)_ -1
     svm(1)_alpha(17) c_u_svm(1)_z_ge_neg_alpha(17)_ -1
     svm(1)_alpha(17) c_u_svm(1)_z_ge_alpha_if_pos(17)_ 1
     svm(1)_alpha(17) c_u_svm(1)_z_le_neg_alpha_if_neg(17)_ 1
     svm(1)_alpha(17) c_u_svm(1)_alpha_le_Cs(17)_ 1
     svm(1)_alpha(17) c_u_svm(1)_alpha_ge_Ct(17)_ -1
     svm(1)_alpha(18) c_u_svm(1)_z_le_alpha(18)_ -1
     svm(1)_alpha(18) c_u_svm(1)_z_ge_neg_alpha(18)_ -1
     svm(1)_alpha(18) c_u_svm(1)_z_ge_alpha_if_pos(18)_ 1
     svm(1)_alpha(18) c_u_svm(1)_z_le_neg_alpha_if_neg(18)_ 1
     svm(1)_alpha(18) c_u_svm(1)_alpha_le_Cs(18)_ 1
     svm(1)_alpha(18) c_u_svm(1)_alpha_ge_Ct(18)_ -1
     svm(1)_alpha(19) c_u_svm(1)_z_le_alpha(19)_ -1
     svm(1)_alpha(19) c_u_svm(1)_z_ge_neg_alpha(19)_ -1
     svm(1)_alpha(19) c_u_svm(1)_z_ge_alpha_if_pos(19)_ 1
     svm(1)_alpha(19) c_u_svm(1)_z_le_neg_alpha_if_neg(19)_ 1
     svm(1)_alpha(19) c_u_svm(1)_alpha_le_Cs(19)_ 1
     svm(1)_alpha(19) c_u_svm(1)_alpha_ge_Ct(19)_ -1
     svm(1)_z(0) c_u_crossed_ -0.056119221438211346
     svm(1)_z(0) c_u_svm(1)_z_le_alpha(0)_ 1
     svm(1)_z(0) c_u_svm(1)_z_ge_neg_alpha(0)_ -1
     svm(1)_z(0) c_u_svm(1)_z_ge_alpha_if_pos(0)_ -1
     svm(1)_z(0) c_u_svm(1)_z_le_neg_alpha_if_neg(0)_ 1
     svm(1)_z(0) c_e_svm(1)_p_def(0)_ -1.7553854383933725
     svm(1)_z(0) c_e_svm(1)_p_def(1)_ -0.13459443573185287
     svm(1)_z(0) c_e_svm(1)_p_def(2)_ -0.27831694950308755
     svm(1)_z(0) c_e_svm(1)_p_def(3)_ -0.18485327203276808
     svm(1)_z(0) c_e_svm(1)_p_def(4)_ -1.7581046497502844
     svm(1)_z(0) c_e_svm(1)_p_def(5)_ -1.4765616350907473
     svm(1)_z(0) c_e_svm(1)_p_def(6)_ -0.08198023220695104
     svm(1)_z(0) c_e_svm(1)_p_def(7)_ -0.24271986796573139
     svm(1)_z(0) c_e_svm(1)_p_def(8)_ -0.48369740020284546
     svm(1)_z(0) c_e_svm(1)_p_def(9)_ -0.16683123834116947
     svm(1)_z(0) c_e_svm(1)_p_def(10)_ -0.041944280141862883
     svm(1)_z(0) c_e_svm(1)_p_def(11)_ 0.0726167602024307
     svm(1)_z(0) c_e_svm(1)_p_def(12)_ -0.44111103045865374
     svm(1)_z(0) c_e_svm(1)_p_def(13)_ -0.10339390243952337
     svm(1)_z(0) c_e_svm(1)_p_def(14)_ -0.51819496589800651
     svm(1)_z(0) c_e_svm(1)_p_def(15)_ -0.10233510879096314
     svm(1)_z(0) c_e_svm(1)_p_def(16)_ -0.12714587554511586
     svm(1)_z(0) c_e_svm(1)_p_def(17)_ -0.041720165584751015
     svm(1)_z(0) c_e_svm(1)_p_def(18)_ -0.087785958561077918
     svm(1)_z(0) c_e_svm(1)_p_def(19)_ -0.0093015372331993057
     svm(1)_z(1) c_u_crossed_ -0.74943327231968415
     svm(1)_z(1) c_u_svm(1)_z_le_alpha(1)_ 1
     svm(1)_z(1) c_u_svm(1)_z_ge_neg_alpha(1)_ -1
     svm(1)_z(1) c_u_svm(1)_z_ge_alpha_if_pos(1)_ -1
     svm(1)_z(1) c_u_svm(1)_z_le_neg_alpha_if_neg(1)_ 1
     svm(1)_z(1) c_e_svm(1)_p_def(0)_ -0.13459443573185287
     svm(1)_z(1) c_e_svm(1)_p_def(1)_ -1.8503073715190572
     svm(1)_z(1) c_e_svm(1)_p_def(2)_ -0.9098502035786713
     svm(1)_z(1) c_e_svm(1)_p_def(3)_ -1.3469641939789776
     svm(1)_z(1) c_e_svm(1)_p_def(4)_ -0.13727486164591335
     svm(1)_z(1) c_e_svm(1)_p_def(5)_ -0.31723109941343203
     svm(1)_z(1) c_e_svm(1)_p_def(6)_ -1.4896095180217697
     svm(1)_z(1) c_e_svm(1)_p_def(7)_ -1.209556845444075
     svm(1)_z(1) c_e_svm(1)_p_def(8)_ -0.68039184071722625
     svm(1)_z(1) c_e_svm(1)_p_def(9)_ -1.3881509641930081
     svm(1)_z(1) c_e_svm(1)_p_def(10)_ 0.027428387700187143
     svm(1)_z(1) c_e_svm(1)_p_def(11)_ 0.060218894699271691
     svm(1)_z(1) c_e_svm(1)_p_def(12)_ -0.28881152497645329
     svm(1)_z(1) c_e_svm(1)_p_def(13)_ 0.13030875725257302
     svm(1)_z(1) c_e_svm(1)_p_def(14)_ -0.17373637657765287
     svm(1)_z(1) c_e_svm(1)_p_def(15)_ 0.0069026494406678185
     svm(1)_z(1) c_e_svm(1)_p_def(16)_ 0.075338491692465773
     svm(1)_z(1) c_e_svm(1)_p_def(17)_ 0.087487069624753236
     svm(1)_z(1) c_e_svm(1)_p_def(18)_ 0.13106114653890449
     svm(1)_z(1) c_e_svm(1)_p_def(19)_ -0.00048518927522242516
     svm(1)_z(2) c_u_crossed_ -0.55545701150564608
     svm(1)_z(2) c_u_svm(1)_z_le_alpha(2)_ 1
     svm(1)_z(2) c_u_svm(1)_z_ge_neg_alpha(2)_ -1
     svm(1)_z(2) c_u_svm(1)_z_ge_alpha_if_pos(2)_ -1
     svm(1)_z(2) c_u_svm(1)_z_le_neg_alpha_if_neg(2)_ 1
     svm(1)_z(2) c_e_svm(1)_p_def(0)_ -0.27831694950308755
     svm(1)_z(2) c_e_svm(1)_p_def(1)_ -0.9098502035786713
     svm(1)_z(2) c_e_svm(1)_p_def(2)_ -1.1963753147381713
     svm(1)_z(2) c_e_svm(1)_p_def(3)_ -0.47712629211013319
     svm(1)_z(2) c_e_svm(1)_p_def(4)_ -0.29135824108157782
     svm(1)_z(2) c_e_svm(1)_p_def(5)_ -0.55904830290320118
     svm(1)_z(2) c_e_svm(1)_p_def(6)_ -0.38846684490619154
     svm(1)_z(2) c_e_svm(1)_p_def(7)_ -1.3224925067440854
     svm(1)_z(2) c_e_svm(1)_p_def(8)_ -1.0209025097289002
     svm(1)_z(2) c_e_svm(1)_p_def(9)_ -0.57672027708816676
     svm(1)_z(2) c_e_svm(1)_p_def(10)_ 0.036249505187419886
     svm(1)_z(2) c_e_svm(1)_p_def(11)_ 0.080442235288094438
     svm(1)_z(2) c_e_svm(1)_p_def(12)_ -0.089743614147543629
     svm(1)_z(2) c_e_svm(1)_p_def(13)_ 0.0076520222877564659
     svm(1)_z(2) c_e_svm(1)_p_def(14)_ -0.30907274861118728
     svm(1)_z(2) c_e_svm(1)_p_def(15)_ 0.022491727914164206
     svm(1)_z(2) c_e_svm(1)_p_def(16)_ -0.020285461974641553
     svm(1)_z(2) c_e_svm(1)_p_def(17)_ 0.0858753465808067
     svm(1)_z(2) c_e_svm(1)_p_def(18)_ 0.060054741419892657
     svm(1)_z(2) c_e_svm(1)_p_def(19)_ 0.038871280571249167
     svm(1)_z(3) c_u_crossed_ -0.45807359612575071
     svm(1)_z(3) c_u_svm(1)_z_le_alpha(3)_ 1
     svm(1)_z(3) c_u_svm(1)_z_ge_neg_alpha(3)_ -1
     svm(1)_z(3) c_u_svm(1)_z_ge_alpha_if_pos(3)_ -1
     svm(1)_z(3) c_u_svm(1)_z_le_neg_alpha_if_neg(3)_ 1
     svm(1)_z(3) c_e_svm(1)_p_def(0)_ -0.18485327203276808
     svm(1)_z(3) c_e_svm(1)_p_def(1)_ -1.3469641939789776
     svm(1)_z(3) c_e_svm(1)_p_def(2)_ -0.47712629211013319
     svm(1)_z(3) c_e_svm(1)_p_def(3)_ -1.8689653619754083
     svm(1)_z(3) c_e_svm(1)_p_def(4)_ -0.17060425890303985
     svm(1)_z(3) c_e_svm(1)_p_def(5)_ -0.22288553611479561
     svm(1)_z(3) c_e_svm(1)_p_def(6)_ -2.0398064584784379
     svm(1)_z(3) c_e_svm(1)_p_def(7)_ -0.70516205487318917
     svm(1)_z(3) c_e_svm(1)_p_def(8)_ -0.3025967051292266
     svm(1)_z(3) c_e_svm(1)_p_def(9)_ -1.4575808700397506
     svm(1)_z(3) c_e_svm(1)_p_def(10)_ -0.026961882103497176
     svm(1)_z(3) c_e_svm(1)_p_def(11)_ -0.00048771680834014397
     svm(1)_z(3) c_e_svm(1)_p_def(12)_ -0.05486407749544106
     svm(1)_z(3) c_e_svm(1)_p_def(13)_ 0.048153100594607645
     svm(1)_z(3) c_e_svm(1)_p_def(14)_ -0.25167680276906457
     svm(1)_z(3) c_e_svm(1)_p_def(15)_ -0.090420452505831958
     svm(1)_z(3) c_e_svm(1)_p_def(16)_ 0.015313253955254291
     svm(1)_z(3) c_e_svm(1)_p_def(17)_ 0.083869713620753558
     svm(1)_z(3) c_e_svm(1)_p_def(18)_ 0.087006872368511165
     svm(1)_z(3) c_e_svm(1)_p_def(19)_ -0.01331946552202054
     svm(1)_z(4) c_u_crossed_ -0.084304365268438666
     svm(1)_z(4) c_u_svm(1)_z_le_alpha(4)_ 1
     svm(1)_z(4) c_u_svm(1)_z_ge_neg_alpha(4)_ -1
     svm(1)_z(4) c_u_svm(1)_z_ge_alpha_if_pos(4)_ -1
     svm(1)_z(4) c_u_svm(1)_z_le_neg_alpha_if_neg(4)_ 1
     svm(1)_z(4) c_e_svm(1)_p_def(0)_ -1.7581046497502844
     svm(1)_z(4) c_e_svm(1)_p_def(1)_ -0.13727486164591335
     svm(1)_z(4) c_e_svm(1)_p_def(2)_ -0.29135824108157782
     svm(1)_z(4) c_e_svm(1)_p_def(3)_ -0.17060425890303985
     svm(1)_z(4) c_e_svm(1)_p_def(4)_ -1.8315561601713588
     svm(1)_z(4) c_e_svm(1)_p_def(5)_ -1.5673484265499258
     svm(1)_z(4) c_e_svm(1)_p_def(6)_ -0.068302736583143758
     svm(1)_z(4) c_e_svm(1)_p_def(7)_ -0.2564824653556883
     svm(1)_z(4) c_e_svm(1)_p_def(8)_ -0.51832647657302677
     svm(1)_z(4) c_e_svm(1)_p_def(9)_ -0.14686914227196823
     svm(1)_z(4) c_e_svm(1)_p_def(10)_ -0.031826625877693929
     svm(1)_z(4) c_e_svm(1)_p_def(11)_ 0.067510543075294291
     svm(1)_z(4) c_e_svm(1)_p_def(12)_ -0.45355685652126221
     svm(1)_z(4) c_e_svm(1)_p_def(13)_ -0.12414803190128598
     svm(1)_z(4) c_e_svm(1)_p_def(14)_ -0.42436908326637413
     svm(1)_z(4) c_e_svm(1)_p_def(15)_ -0.11094201472473847
     svm(1)_z(4) c_e_svm(1)_p_def(16)_ -0.13596795264216255
     svm(1)_z(4) c_e_svm(1)_p_def(17)_ -0.070782827196235423
     svm(1)_z(4) c_e_svm(1)_p_def(18)_ -0.090708444234076799
     svm(1)_z(4) c_e_svm(1)_p_def(19)_ -0.028527845645735406
     svm(1)_z(5) c_u_crossed_ -0.28221363071000044
     svm(1)_z(5) c_u_svm(1)_z_le_alpha(5)_ 1
     svm(1)_z(5) c_u_svm(1)_z_ge_neg_alpha(5)_ -1
     svm(1)_z(5) c_u_svm(1)_z_ge_alpha_if_pos(5)_ -1
     svm(1)_z(5) c_u_svm(1)_z_le_neg_alpha_if_neg(5)_ 1
     svm(1)_z(5) c_e_svm(1)_p_def(0)_ -1.4765616350907473
     svm(1)_z(5) c_e_svm(1)_p_def(1)_ -0.31723109941343203
     svm(1)_z(5) c_e_svm(1)_p_def(2)_ -0.55904830290320118
     svm(1)_z(5) c_e_svm(1)_p_def(3)_ -0.22288553611479561
     svm(1)_z(5) c_e_svm(1)_p_def(4)_ -1.5673484265499258
     svm(1)_z(5) c_e_svm(1)_p_def(5)_ -1.7793171211875705
     svm(1)_z(5) c_e_svm(1)_p_def(6)_ -0.095300762214543117
     svm(1)_z(5) c_e_svm(1)_p_def(7)_ -0.55816596464670842
     svm(1)_z(5) c_e_svm(1)_p_def(8)_ -0.83460639096519407
     svm(1)_z(5) c_e_svm(1)_p_def(9)_ -0.20145358626461338
     svm(1)_z(5) c_e_svm(1)_p_def(10)_ 0.036773686561348315
     svm(1)_z(5) c_e_svm(1)_p_def(11)_ 0.08884397852776714
     svm(1)_z(5) c_e_svm(1)_p_def(12)_ -0.30902505880073744
     svm(1)_z(5) c_e_svm(1)_p_def(13)_ -0.06174269357744519
     svm(1)_z(5) c_e_svm(1)_p_def(14)_ -0.17274750775867012
     svm(1)_z(5) c_e_svm(1)_p_def(15)_ -0.06612081915524691
     svm(1)_z(5) c_e_svm(1)_p_def(16)_ -0.070301219942850365
     svm(1)_z(5) c_e_svm(1)_p_def(17)_ -0.030321143485046831
     svm(1)_z(5) c_e_svm(1)_p_def(18)_ -0.0093994222369696567
     svm(1)_z(5) c_e_svm(1)_p_def(19)_ -0.022842872456233662
     svm(1)_z(6) c_u_crossed_ -0.52251732615907898
     svm(1)_z(6) c_u_svm(1)_z_le_alpha(6)_ 1
     svm(1)_z(6) c_u_svm(1)_z_ge_neg_alpha(6)_ -1
     svm(1)_z(6) c_u_svm(1)_z_ge_alpha_if_pos(6)_ -1
     svm(1)_z(6) c_u_svm(1)_z_le_neg_alpha_if_neg(6)_ 1
     svm(1)_z(6) c_e_svm(1)_p_def(0)_ -0.08198023220695104
     svm(1)_z(6) c_e_svm(1)_p_def(1)_ -1.4896095180217697
     svm(1)_z(6) c_e_svm(1)_p_def(2)_ -0.38846684490619154
     svm(1)_z(6) c_e_svm(1)_p_def(3)_ -2.0398064584784379
     svm(1)_z(6) c_e_svm(1)_p_def(4)_ -0.068302736583143758
     svm(1)_z(6) c_e_svm(1)_p_def(5)_ -0.095300762214543117
     svm(1)_z(6) c_e_svm(1)_p_def(6)_ -2.5912394651138904
     svm(1)_z(6) c_e_svm(1)_p_def(7)_ -0.61534229852324018
     svm(1)_z(6) c_e_svm(1)_p_def(8)_ -0.19373463265663335
     svm(1)_z(6) c_e_svm(1)_p_def(9)_ -1.6165494586645486
     svm(1)_z(6) c_e_svm(1)_p_def(10)_ -0.068499309024689675
     svm(1)_z(6) c_e_svm(1)_p_def(11)_ -0.11630523066132384
     svm(1)_z(6) c_e_svm(1)_p_def(12)_ -0.17306215640072345
     svm(1)_z(6) c_e_svm(1)_p_def(13)_ -0.0089088374420333571
     svm(1)_z(6) c_e_svm(1)_p_def(14)_ -0.30195285042080078
     svm(1)_z(6) c_e_svm(1)_p_def(15)_ -0.1916036258727469
     svm(1)_z(6) c_e_svm(1)_p_def(16)_ -0.024645336314339544
     svm(1)_z(6) c_e_svm(1)_p_def(17)_ 0.0035271087607715024
     svm(1)_z(6) c_e_svm(1)_p_def(18)_ 0.072771284236696959
     svm(1)_z(6) c_e_svm(1)_p_def(19)_ -0.14233564781232325
     svm(1)_z(7) c_u_crossed_ -0.67410172421353143
     svm(1)_z(7) c_u_svm(1)_z_le_alpha(7)_ 1
     svm(1)_z(7) c_u_svm(1)_z_ge_neg_alpha(7)_ -1
     svm(1)_z(7) c_u_svm(1)_z_ge_alpha_if_pos(7)_ -1
     svm(1)_z(7) c_u_svm(1)_z_le_neg_alpha_if_neg(7)_ 1
     svm(1)_z(7) c_e_svm(1)_p_def(0)_ -0.24271986796573139
     svm(1)_z(7) c_e_svm(1)_p_def(1)_ -1.209556845444075
     svm(1)_z(7) c_e_svm(1)_p_def(2)_ -1.3224925067440854
     svm(1)_z(7) c_e_svm(1)_p_def(3)_ -0.70516205487318917
     svm(1)_z(7) c_e_svm(1)_p_def(4)_ -0.2564824653556883
     svm(1)_z(7) c_e_svm(1)_p_def(5)_ -0.55816596464670842
     svm(1)_z(7) c_e_svm(1)_p_def(6)_ -0.61534229852324018
     svm(1)_z(7) c_e_svm(1)_p_def(7)_ -1.6551448393339583
     svm(1)_z(7) c_e_svm(1)_p_def(8)_ -1.0982842361884715
     svm(1)_z(7) c_e_svm(1)_p_def(9)_ -0.80354571415387155
     svm(1)_z(7) c_e_svm(1)_p_def(10)_ 0.0017475321619666584
     svm(1)_z(7) c_e_svm(1)_p_def(11)_ 0.083324580638443627
     svm(1)_z(7) c_e_svm(1)_p_def(12)_ -0.085768277935328457
     svm(1)_z(7) c_e_svm(1)_p_def(13)_ -0.018073828565020461
     svm(1)_z(7) c_e_svm(1)_p_def(14)_ -0.22535622041750372
     svm(1)_z(7) c_e_svm(1)_p_def(15)_ 0.054413131826704576
     svm(1)_z(7) c_e_svm(1)_p_def(16)_ 0.0035294938673380849
     svm(1)_z(7) c_e_svm(1)_p_def(17)_ 0.10444060008557458
     svm(1)_z(7) c_e_svm(1)_p_def(18)_ 0.043739272422423564
     svm(1)_z(7) c_e_svm(1)_p_def(19)_ 0.058123523641955915
     svm(1)_z(8) c_u_crossed_ -0.54545566973654547
     svm(1)_z(8) c_u_svm(1)_z_le_alpha(8)_ 1
     svm(1)_z(8) c_u_svm(1)_z_ge_neg_alpha(8)_ -1
     svm(1)_z(8) c_u_svm(1)_z_ge_alpha_if_pos(8)_ -1
     svm(1)_z(8) c_u_svm(1)_z_le_neg_alpha_if_neg(8)_ 1
     svm(1)_z(8) c_e_svm(1)_p_def(0)_ -0.48369740020284546
     svm(1)_z(8) c_e_svm(1)_p_def(1)_ -0.68039184071722625
     svm(1)_z(8) c_e_svm(1)_p_def(2)_ -1.0209025097289002
     svm(1)_z(8) c_e_svm(1)_p_def(3)_ -0.3025967051292266
     svm(1)_z(8) c_e_svm(1)_p_def(4)_ -0.51832647657302677
     svm(1)_z(8) c_e_svm(1)_p_def(5)_ -0.83460639096519407
     svm(1)_z(8) c_e_svm(1)_p_def(6)_ -0.19373463265663335
     svm(1)_z(8) c_e_svm(1)_p_def(7)_ -1.0982842361884715
     svm(1)_z(8) c_e_svm(1)_p_def(8)_ -1.17031628523798
     svm(1)_z(8) c_e_svm(1)_p_def(9)_ -0.36140776571848598
     svm(1)_z(8) c_e_svm(1)_p_def(10)_ 0.018237334488215629
     svm(1)_z(8) c_e_svm(1)_p_def(11)_ 0.05794460851627399
     svm(1)_z(8) c_e_svm(1)_p_def(12)_ -0.089961930153360001
     svm(1)_z(8) c_e_svm(1)_p_def(13)_ 0.057363670837835931
     svm(1)_z(8) c_e_svm(1)_p_def(14)_ -0.16282427552051454
     svm(1)_z(8) c_e_svm(1)_p_def(15)_ -0.014420241060506211
     svm(1)_z(8) c_e_svm(1)_p_def(16)_ -0.040006244297637633
     svm(1)_z(8) c_e_svm(1)_p_def(17)_ 0.046152281482269436
     svm(1)_z(8) c_e_svm(1)_p_def(18)_ 0.057307770197531721
     svm(1)_z(8) c_e_svm(1)_p_def(19)_ -0.022994809785648676
     svm(1)_z(9) c_u_crossed_ -0.39392322905977495
     svm(1)_z(9) c_u_svm(1)_z_le_alpha(9)_ 1
     svm(1)_z(9) c_u_svm(1)_z_ge_neg_alpha(9)_ -1
     svm(1)_z(9) c_u_svm(1)_z_ge_alpha_if_pos(9)_ -1
     svm(1)_z(9) c_u_svm(1)_z_le_neg_alpha_if_neg(9)_ 1
     svm(1)_z(9) c_e_svm(1)_p_def(0)_ -0.16683123834116947
     svm(1)_z(9) c_e_svm(1)_p_def(1)_ -1.3881509641930081
     svm(1)_z(9) c_e_svm(1)_p_def(2)_ -0.57672027708816676
     svm(1)_z(9) c_e_svm(1)_p_def(3)_ -1.4575808700397506
     svm(1)_z(9) c_e_svm(1)_p_def(4)_ -0.14686914227196823
     svm(1)_z(9) c_e_svm(1)_p_def(5)_ -0.20145358626461338
     svm(1)_z(9) c_e_svm(1)_p_def(6)_ -1.6165494586645486
     svm(1)_z(9) c_e_svm(1)_p_def(7)_ -0.80354571415387155
     svm(1)_z(9) c_e_svm(1)_p_def(8)_ -0.36140776571848598
     svm(1)_z(9) c_e_svm(1)_p_def(9)_ -1.4796330748400373
     svm(1)_z(9) c_e_svm(1)_p_def(10)_ -0.0081694678401185855
     svm(1)_z(9) c_e_svm(1)_p_def(11)_ 0.063499591711349029
     svm(1)_z(9) c_e_svm(1)_p_def(12)_ -0.21991911448071272
     svm(1)_z(9) c_e_svm(1)_p_def(13)_ 0.083497319577267082
     svm(1)_z(9) c_e_svm(1)_p_def(14)_ -0.40984077718125245
     svm(1)_z(9) c_e_svm(1)_p_def(15)_ 0.0063429790636909539
     svm(1)_z(9) c_e_svm(1)_p_def(16)_ 0.075890761540266166
     svm(1)_z(9) c_e_svm(1)_p_def(17)_ 0.10104850518978128
     svm(1)_z(9) c_e_svm(1)_p_def(18)_ 0.09462536832538998
     svm(1)_z(9) c_e_svm(1)_p_def(19)_ 0.045742510923882262
     svm(1)_z(10) c_u_crossed_ 0.025984231024320431
     svm(1)_z(10) c_u_svm(1)_z_le_alpha(10)_ 1
     svm(1)_z(10) c_u_svm(1)_z_ge_neg_alpha(10)_ -1
     svm(1)_z(10) c_u_svm(1)_z_ge_alpha_if_pos(10)_ -1
     svm(1)_z(10) c_u_svm(1)_z_le_neg_alpha_if_neg(10)_ 1
     svm(1)_z(10) c_e_svm(1)_p_def(0)_ -0.041944280141862883
     svm(1)_z(10) c_e_svm(1)_p_def(1)_ 0.027428387700187143
     svm(1)_z(10) c_e_svm(1)_p_def(2)_ 0.036249505187419886
     svm(1)_z(10) c_e_svm(1)_p_def(3)_ -0.026961882103497176
     svm(1)_z(10) c_e_svm(1)_p_def(4)_ -0.031826625877693929
     svm(1)_z(10) c_e_svm(1)_p_def(5)_ 0.036773686561348315
     svm(1)_z(10) c_e_svm(1)_p_def(6)_ -0.068499309024689675
     svm(1)_z(10) c_e_svm(1)_p_def(7)_ 0.0017475321619666584
     svm(1)_z(10) c_e_svm(1)_p_def(8)_ 0.018237334488215629
     svm(1)_z(10) c_e_svm(1)_p_def(9)_ -0.0081694678401185855
     svm(1)_z(10) c_e_svm(1)_p_def(10)_ -1.9159853463671703
     svm(1)_z(10) c_e_svm(1)_p_def(11)_ -1.2195094072833645
     svm(1)_z(10) c_e_svm(1)_p_def(12)_ -0.2726794922408074
     svm(1)_z(10) c_e_svm(1)_p_def(13)_ -0.81541638302387076
     svm(1)_z(10) c_e_svm(1)_p_def(14)_ -0.29477569196468179
     svm(1)_z(10) c_e_svm(1)_p_def(15)_ -0.19436147183966404
     svm(1)_z(10) c_e_svm(1)_p_def(16)_ -0.81113033387553091
     svm(1)_z(10) c_e_svm(1)_p_def(17)_ -0.68634480524747077
     svm(1)_z(10) c_e_svm(1)_p_def(18)_ -1.377921250107109
     svm(1)_z(10) c_e_svm(1)_p_def(19)_ -0.58159703783126537
     svm(1)_z(11) c_u_crossed_ -0.10083157230227147
     svm(1)_z(11) c_u_svm(1)_z_le_alpha(11)_ 1
     svm(1)_z(11) c_u_svm(1)_z_ge_neg_alpha(11)_ -1
     svm(1)_z(11) c_u_svm(1)_z_ge_alpha_if_pos(11)_ -1
     svm(1)_z(11) c_u_svm(1)_z_le_neg_alpha_if_neg(11)_ 1
     svm(1)_z(11) c_e_svm(1)_p_def(0)_ 0.0726167602024307
     svm(1)_z(11) c_e_svm(1)_p_def(1)_ 0.060218894699271691
     svm(1)_z(11) c_e_svm(1)_p_def(2)_ 0.080442235288094438
     svm(1)_z(11) c_e_svm(1)_p_def(3)_ -0.00048771680834014397
     svm(1)_z(11) c_e_svm(1)_p_def(4)_ 0.067510543075294291
     svm(1)_z(11) c_e_svm(1)_p_def(5)_ 0.08884397852776714
     svm(1)_z(11) c_e_svm(1)_p_def(6)_ -0.11630523066132384
     svm(1)_z(11) c_e_svm(1)_p_def(7)_ 0.083324580638443627
     svm(1)_z(11) c_e_svm(1)_p_def(8)_ 0.05794460851627399
     svm(1)_z(11) c_e_svm(1)_p_def(9)_ 0.063499591711349029
     svm(1)_z(11) c_e_svm(1)_p_def(10)_ -1.2195094072833645
     svm(1)_z(11) c_e_svm(1)_p_def(11)_ -1.7832514450136794
     svm(1)_z(11) c_e_svm(1)_p_def(12)_ -0.20795527508253916
     svm(1)_z(11) c_e_svm(1)_p_def(13)_ -0.92844463391905085
     svm(1)_z(11) c_e_svm(1)_p_def(14)_ -0.14204486384015713
     svm(1)_z(11) c_e_svm(1)_p_def(15)_ -0.626766315621899
     svm(1)_z(11) c_e_svm(1)_p_def(16)_ -0.864324668246924
     svm(1)_z(11) c_e_svm(1)_p_def(17)_ -1.3109092438588028
     svm(1)_z(11) c_e_svm(1)_p_def(18)_ -1.1463484717627463
     svm(1)_z(11) c_e_svm(1)_p_def(19)_ -1.329086982902473
     svm(1)_z(12) c_u_crossed_ -0.082154123473640761
     svm(1)_z(12) c_u_svm(1)_z_le_alpha(12)_ 1
     svm(1)_z(12) c_u_svm(1)_z_ge_neg_alpha(12)_ -1
     svm(1)_z(12) c_u_svm(1)_z_ge_alpha_if_pos(12)_ -1
     svm(1)_z(12) c_u_svm(1)_z_le_neg_alpha_if_neg(12)_ 1
     svm(1)_z(12) c_e_svm(1)_p_def(0)_ -0.44111103045865374
     svm(1)_z(12) c_e_svm(1)_p_def(1)_ -0.28881152497645329
     svm(1)_z(12) c_e_svm(1)_p_def(2)_ -0.089743614147543629
     svm(1)_z(12) c_e_svm(1)_p_def(3)_ -0.05486407749544106
     svm(1)_z(12) c_e_svm(1)_p_def(4)_ -0.45355685652126221
     svm(1)_z(12) c_e_svm(1)_p_def(5)_ -0.30902505880073744
     svm(1)_z(12) c_e_svm(1)_p_def(6)_ -0.17306215640072345
     svm(1)_z(12) c_e_svm(1)_p_def(7)_ -0.085768277935328457
     svm(1)_z(12) c_e_svm(1)_p_def(8)_ -0.089961930153360001
     svm(1)_z(12) c_e_svm(1)_p_def(9)_ -0.21991911448071272
     svm(1)_z(12) c_e_svm(1)_p_def(10)_ -0.2726794922408074
     svm(1)_z(12) c_e_svm(1)_p_def(11)_ -0.20795527508253916
     svm(1)_z(12) c_e_svm(1)_p_def(12)_ -2.2696158493077583
     svm(1)_z(12) c_e_svm(1)_p_def(13)_ -0.5063462891620083
     svm(1)_z(12) c_e_svm(1)_p_def(14)_ -0.73691063557011371
     svm(1)_z(12) c_e_svm(1)_p_def(15)_ -0.092378130090354851
     svm(1)_z(12) c_e_svm(1)_p_def(16)_ -0.16244698830410778
     svm(1)_z(12) c_e_svm(1)_p_def(17)_ -0.56957041813941811
     svm(1)_z(12) c_e_svm(1)_p_def(18)_ -0.34456483177752806
     svm(1)_z(12) c_e_svm(1)_p_def(19)_ -0.33684214060940387
     svm(1)_z(13) c_u_crossed_ 0.0070827999396477354
     svm(1)_z(13) c_u_svm(1)_z_le_alpha(13)_ 1
     svm(1)_z(13) c_u_svm(1)_z_ge_neg_alpha(13)_ -1
     svm(1)_z(13) c_u_svm(1)_z_ge_alpha_if_pos(13)_ -1
     svm(1)_z(13) c_u_svm(1)_z_le_neg_alpha_if_neg(13)_ 1
     svm(1)_z(13) c_e_svm(1)_p_def(0)_ -0.10339390243952337
     svm(1)_z(13) c_e_svm(1)_p_def(1)_ 0.13030875725257302
     svm(1)_z(13) c_e_svm(1)_p_def(2)_ 0.0076520222877564659
     svm(1)_z(13) c_e_svm(1)_p_def(3)_ 0.048153100594607645
     svm(1)_z(13) c_e_svm(1)_p_def(4)_ -0.12414803190128598
     svm(1)_z(13) c_e_svm(1)_p_def(5)_ -0.06174269357744519
     svm(1)_z(13) c_e_svm(1)_p_def(6)_ -0.0089088374420333571
     svm(1)_z(13) c_e_svm(1)_p_def(7)_ -0.018073828565020461
     svm(1)_z(13) c_e_svm(1)_p_def(8)_ 0.057363670837835931
     svm(1)_z(13) c_e_svm(1)_p_def(9)_ 0.083497319577267082
     svm(1)_z(13) c_e_svm(1)_p_def(10)_ -0.81541638302387076
     svm(1)_z(13) c_e_svm(1)_p_def(11)_ -0.92844463391905085
     svm(1)_z(13) c_e_svm(1)_p_def(12)_ -0.5063462891620083
     svm(1)_z(13) c_e_svm(1)_p_def(13)_ -3.8922917219528466
     svm(1)_z(13) c_e_svm(1)_p_def(14)_ -0.66425204581239561
     svm(1)_z(13) c_e_svm(1)_p_def(15)_ -0.29091865657673271
     svm(1)_z(13) c_e_svm(1)_p_def(16)_ -1.1570546384614577
     svm(1)_z(13) c_e_svm(1)_p_def(17)_ -1.0294769392129752
     svm(1)_z(13) c_e_svm(1)_p_def(18)_ -2.1866309898023681
     svm(1)_z(13) c_e_svm(1)_p_def(19)_ -0.56702505225938238
     svm(1)_z(14) c_u_crossed_ 0.073379095036770967
     svm(1)_z(14) c_u_svm(1)_z_le_alpha(14)_ 1
     svm(1)_z(14) c_u_svm(1)_z_ge_neg_alpha(14)_ -1
     svm(1)_z(14) c_u_svm(1)_z_ge_alpha_if_pos(14)_ -1
     svm(1)_z(14) c_u_svm(1)_z_le_neg_alpha_if_neg(14)_ 1
     svm(1)_z(14) c_e_svm(1)_p_def(0)_ -0.51819496589800651
     svm(1)_z(14) c_e_svm(1)_p_def(1)_ -0.17373637657765287
     svm(1)_z(14) c_e_svm(1)_p_def(2)_ -0.30907274861118728
     svm(1)_z(14) c_e_svm(1)_p_def(3)_ -0.25167680276906457
     svm(1)_z(14) c_e_svm(1)_p_def(4)_ -0.42436908326637413
     svm(1)_z(14) c_e_svm(1)_p_def(5)_ -0.17274750775867012
     svm(1)_z(14) c_e_svm(1)_p_def(6)_ -0.30195285042080078
     svm(1)_z(14) c_e_svm(1)_p_def(7)_ -0.22535622041750372
     svm(1)_z(14) c_e_svm(1)_p_def(8)_ -0.16282427552051454
     svm(1)_z(14) c_e_svm(1)_p_def(9)_ -0.40984077718125245
     svm(1)_z(14) c_e_svm(1)_p_def(10)_ -0.29477569196468179
     svm(1)_z(14) c_e_svm(1)_p_def(11)_ -0.14204486384015713
     svm(1)_z(14) c_e_svm(1)_p_def(12)_ -0.73691063557011371
     svm(1)_z(14) c_e_svm(1)_p_def(13)_ -0.66425204581239561
     svm(1)_z(14) c_e_svm(1)_p_def(14)_ -3.9569725380783254
     svm(1)_z(14) c_e_svm(1)_p_def(15)_ -0.39110674486947761
     svm(1)_z(14) c_e_svm(1)_p_def(16)_ -0.60874830592204165
     svm(1)_z(14) c_e_svm(1)_p_def(17)_ -0.097922946059487176
     svm(1)_z(14) c_e_svm(1)_p_def(18)_ -0.43046859473055443
     svm(1)_z(14) c_e_svm(1)_p_def(19)_ -0.16073439247903804
     svm(1)_z(15) c_u_crossed_ -0.14875515098626621
     svm(1)_z(15) c_u_svm(1)_z_le_alpha(15)_ 1
     svm(1)_z(15) c_u_svm(1)_z_ge_neg_alpha(15)_ -1
     svm(1)_z(15) c_u_svm(1)_z_ge_alpha_if_pos(15)_ -1
     svm(1)_z(15) c_u_svm(1)_z_le_neg_alpha_if_neg(15)_ 1
     svm(1)_z(15) c_e_svm(1)_p_def(0)_ -0.10233510879096314
     svm(1)_z(15) c_e_svm(1)_p_def(1)_ 0.0069026494406678185
     svm(1)_z(15) c_e_svm(1)_p_def(2)_ 0.022491727914164206
     svm(1)_z(15) c_e_svm(1)_p_def(3)_ -0.090420452505831958
     svm(1)_z(15) c_e_svm(1)_p_def(4)_ -0.11094201472473847
     svm(1)_z(15) c_e_svm(1)_p_def(5)_ -0.06612081915524691
     svm(1)_z(15) c_e_svm(1)_p_def(6)_ -0.1916036258727469
     svm(1)_z(15) c_e_svm(1)_p_def(7)_ 0.054413131826704576
     svm(1)_z(15) c_e_svm(1)_p_def(8)_ -0.014420241060506211
     svm(1)_z(15) c_e_svm(1)_p_def(9)_ 0.0063429790636909539
     svm(1)_z(15) c_e_svm(1)_p_def(10)_ -0.19436147183966404
     svm(1)_z(15) c_e_svm(1)_p_def(11)_ -0.626766315621899
     svm(1)_z(15) c_e_svm(1)_p_def(12)_ -0.092378130090354851
     svm(1)_z(15) c_e_svm(1)_p_def(13)_ -0.29091865657673271
     svm(1)_z(15) c_e_svm(1)_p_def(14)_ -0.39110674486947761
     svm(1)_z(15) c_e_svm(1)_p_def(15)_ -0.90863567126213751
     svm(1)_z(15) c_e_svm(1)_p_def(16)_ -0.73300027456333627
     svm(1)_z(15) c_e_svm(1)_p_def(17)_ -0.66901349633179152
     svm(1)_z(15) c_e_svm(1)_p_def(18)_ -0.17758653109414968
     svm(1)_z(15) c_e_svm(1)_p_def(19)_ -0.77413587239598924
     svm(1)_z(16) c_u_crossed_ -0.088236956148771972
     svm(1)_z(16) c_u_svm(1)_z_le_alpha(16)_ 1
     svm(1)_z(16) c_u_svm(1)_z_ge_neg_alpha(16)_ -1
     svm(1)_z(16) c_u_svm(1)_z_ge_alpha_if_pos(16)_ -1
     svm(1)_z(16) c_u_svm(1)_z_le_neg_alpha_if_neg(16)_ 1
     svm(1)_z(16) c_e_svm(1)_p_def(0)_ -0.12714587554511586
     svm(1)_z(16) c_e_svm(1)_p_def(1)_ 0.075338491692465773
     svm(1)_z(16) c_e_svm(1)_p_def(2)_ -0.020285461974641553
     svm(1)_z(16) c_e_svm(1)_p_def(3)_ 0.015313253955254291
     svm(1)_z(16) c_e_svm(1)_p_def(4)_ -0.13596795264216255
     svm(1)_z(16) c_e_svm(1)_p_def(5)_ -0.070301219942850365
     svm(1)_z(16) c_e_svm(1)_p_def(6)_ -0.024645336314339544
     svm(1)_z(16) c_e_svm(1)_p_def(7)_ 0.0035294938673380849
     svm(1)_z(16) c_e_svm(1)_p_def(8)_ -0.040006244297637633
     svm(1)_z(16) c_e_svm(1)_p_def(9)_ 0.075890761540266166
     svm(1)_z(16) c_e_svm(1)_p_def(10)_ -0.81113033387553091
     svm(1)_z(16) c_e_svm(1)_p_def(11)_ -0.864324668246924
     svm(1)_z(16) c_e_svm(1)_p_def(12)_ -0.16244698830410778
     svm(1)_z(16) c_e_svm(1)_p_def(13)_ -1.1570546384614577
     svm(1)_z(16) c_e_svm(1)_p_def(14)_ -0.60874830592204165
     svm(1)_z(16) c_e_svm(1)_p_def(15)_ -0.73300027456333627
     svm(1)_z(16) c_e_svm(1)_p_def(16)_ -2.4326814026163714
     svm(1)_z(16) c_e_svm(1)_p_def(17)_ -0.74012702909792538
     svm(1)_z(16) c_e_svm(1)_p_def(18)_ -0.77432428617024285
     svm(1)_z(16) c_e_svm(1)_p_def(19)_ -0.44553041936575599
     svm(1)_z(17) c_u_crossed_ -0.13178856741353528
     svm(1)_z(17) c_u_svm(1)_z_le_alpha(17)_ 1
     svm(1)_z(17) c_u_svm(1)_z_ge_neg_alpha(17)_ -1
     svm(1)_z(17) c_u_svm(1)_z_ge_alpha_if_pos(17)_ -1
     svm(1)_z(17) c_u_svm(1)_z_le_neg_alpha_if_neg(17)_ 1
     svm(1)_z(17) c_e_svm(1)_p_def(0)_ -0.041720165584751015
     svm(1)_z(17) c_e_svm(1)_p_def(1)_ 0.087487069624753236
     svm(1)_z(17) c_e_svm(1)_p_def(2)_ 0.0858753465808067
     svm(1)_z(17) c_e_svm(1)_p_def(3)_ 0.083869713620753558
     svm(1)_z(17) c_e_svm(1)_p_def(4)_ -0.070782827196235423
     svm(1)_z(17) c_e_svm(1)_p_def(5)_ -0.030321143485046831
     svm(1)_z(17) c_e_svm(1)_p_def(6)_ 0.0035271087607715024
     svm(1)_z(17) c_e_svm(1)_p_def(7)_ 0.10444060008557458
     svm(1)_z(17) c_e_svm(1)_p_def(8)_ 0.046152281482269436
     svm(1)_z(17) c_e_svm(1)_p_def(9)_ 0.10104850518978128
     svm(1)_z(17) c_e_svm(1)_p_def(10)_ -0.68634480524747077
     svm(1)_z(17) c_e_svm(1)_p_def(11)_ -1.3109092438588028
     svm(1)_z(17) c_e_svm(1)_p_def(12)_ -0.56957041813941811
     svm(1)_z(17) c_e_svm(1)_p_def(13)_ -1.0294769392129752
     svm(1)_z(17) c_e_svm(1)_p_def(14)_ -0.097922946059487176
     svm(1)_z(17) c_e_svm(1)_p_def(15)_ -0.66901349633179152
     svm(1)_z(17) c_e_svm(1)_p_def(16)_ -0.74012702909792538
     svm(1)_z(17) c_e_svm(1)_p_def(17)_ -1.6540928127339227
     svm(1)_z(17) c_e_svm(1)_p_def(18)_ -0.90638340463024791
     svm(1)_z(17) c_e_svm(1)_p_def(19)_ -1.3803547742199811
     svm(1)_z(18) c_u_crossed_ 0.06384852360984497
     svm(1)_z(18) c_u_svm(1)_z_le_alpha(18)_ 1
     svm(1)_z(18) c_u_svm(1)_z_ge_neg_alpha(18)_ -1
     svm(1)_z(18) c_u_svm(1)_z_ge_alpha_if_pos(18)_ -1
     svm(1)_z(18) c_u_svm(1)_z_le_neg_alpha_if_neg(18)_ 1
     svm(1)_z(18) c_e_svm(1)_p_def(0)_ -0.087785958561077918
     svm(1)_z(18) c_e_svm(1)_p_def(1)_ 0.13106114653890449
     svm(1)_z(18) c_e_svm(1)_p_def(2)_ 0.060054741419892657
     svm(1)_z(18) c_e_svm(1)_p_def(3)_ 0.087006872368511165
     svm(1)_z(18) c_e_svm(1)_p_def(4)_ -0.090708444234076799
     svm(1)_z(18) c_e_svm(1)_p_def(5)_ -0.0093994222369696567
     svm(1)_z(18) c_e_svm(1)_p_def(6)_ 0.072771284236696959
     svm(1)_z(18) c_e_svm(1)_p_def(7)_ 0.043739272422423564
     svm(1)_z(18) c_e_svm(1)_p_def(8)_ 0.057307770197531721
     svm(1)_z(18) c_e_svm(1)_p_def(9)_ 0.09462536832538998
     svm(1)_z(18) c_e_svm(1)_p_def(10)_ -1.377921250107109
     svm(1)_z(18) c_e_svm(1)_p_def(11)_ -1.1463484717627463
     svm(1)_z(18) c_e_svm(1)_p_def(12)_ -0.34456483177752806
     svm(1)_z(18) c_e_svm(1)_p_def(13)_ -2.1866309898023681
     svm(1)_z(18) c_e_svm(1)_p_def(14)_ -0.43046859473055443
     svm(1)_z(18) c_e_svm(1)_p_def(15)_ -0.17758653109414968
     svm(1)_z(18) c_e_svm(1)_p_def(16)_ -0.77432428617024285
     svm(1)_z(18) c_e_svm(1)_p_def(17)_ -0.90638340463024791
     svm(1)_z(18) c_e_svm(1)_p_def(18)_ -2.269103147335322
     svm(1)_z(18) c_e_svm(1)_p_def(19)_ -0.63805502513766343
     svm(1)_z(19) c_u_crossed_ -0.24088275595601297
     svm(1)_z(19) c_u_svm(1)_z_le_alpha(19)_ 1
     svm(1)_z(19) c_u_svm(1)_z_ge_neg_alpha(19)_ -1
     svm(1)_z(19) c_u_svm(1)_z_ge_alpha_if_pos(19)_ -1
     svm(1)_z(19) c_u_svm(1)_z_le_neg_alpha_if_neg(19)_ 1
     svm(1)_z(19) c_e_svm(1)_p_def(0)_ -0.0093015372331993057
     svm(1)_z(19) c_e_svm(1)_p_def(1)_ -0.00048518927522242516
     svm(1)_z(19) c_e_svm(1)_p_def(2)_ 0.038871280571249167
     svm(1)_z(19) c_e_svm(1)_p_def(3)_ -0.01331946552202054
     svm(1)_z(19) c_e_svm(1)_p_def(4)_ -0.028527845645735406
     svm(1)_z(19) c_e_svm(1)_p_def(5)_ -0.022842872456233662
     svm(1)_z(19) c_e_svm(1)_p_def(6)_ -0.14233564781232325
     svm(1)_z(19) c_e_svm(1)_p_def(7)_ 0.058123523641955915
     svm(1)_z(19) c_e_svm(1)_p_def(8)_ -0.022994809785648676
     svm(1)_z(19) c_e_svm(1)_p_def(9)_ 0.045742510923882262
     svm(1)_z(19) c_e_svm(1)_p_def(10)_ -0.58159703783126537
     svm(1)_z(19) c_e_svm(1)_p_def(11)_ -1.329086982902473
     svm(1)_z(19) c_e_svm(1)_p_def(12)_ -0.33684214060940387
     svm(1)_z(19) c_e_svm(1)_p_def(13)_ -0.56702505225938238
     svm(1)_z(19) c_e_svm(1)_p_def(14)_ -0.16073439247903804
     svm(1)_z(19) c_e_svm(1)_p_def(15)_ -0.77413587239598924
     svm(1)_z(19) c_e_svm(1)_p_def(16)_ -0.44553041936575599
     svm(1)_z(19) c_e_svm(1)_p_def(17)_ -1.3803547742199811
     svm(1)_z(19) c_e_svm(1)_p_def(18)_ -0.63805502513766343
     svm(1)_z(19) c_e_svm(1)_p_def(19)_ -1.7391296328216708
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
     svm(1)_w(10) c_e_svm(1)_stationarity(10)_ 1
     svm(1)_w(10) c_u_svm(1)_w_minus_p_le(10)_ 1
     svm(1)_w(10) c_u_svm(1)_w_minus_p_ge(10)_ -1
     svm(1)_w(10) c_u_svm(1)_w_plus_p_le(10)_ 1
     svm(1)_w(10) c_u_svm(1)_w_plus_p_ge(10)_ -1
     svm(1)_w(11) c_e_svm(1)_stationarity(11)_ 1
     svm(1)_w(11) c_u_svm(1)_w_minus_p_le(11)_ 1
     svm(1)_w(11) c_u_svm(1)_w_minus_p_ge(11)_ -1
     svm(1)_w(11) c_u_svm(1)_w_plus_p_le(11)_ 1
     svm(1)_w(11) c_u_svm(1)_w_plus_p_ge(11)_ -1
     svm(1)_w(12) c_e_svm(1)_stationarity(12)_ 1
     svm(1)_w(12) c_u_svm(1)_w_minus_p_le(12)_ 1
     svm(1)_w(12) c_u_svm(1)_w_minus_p_ge(12)_ -1
     svm(1)_w(12) c_u_svm(1)_w_plus_p_le(12)_ 1
     svm(1)_w(12) c_u_svm(1)_w_plus_p_ge(12)_ -1
     svm(1)_w(13) c_e_svm(1)_stationarity(13)_ 1
     svm(1)_w(13) c_u_svm(1)_w_minus_p_le(13)_ 1
     svm(1)_w(13) c_u_svm(1)_w_minus_p_ge(13)_ -1
     svm(1)_w(13) c_u_svm(1)_w_plus_p_le(13)_ 1
     svm(1)_w(13) c_u_svm(1)_w_plus_p_ge(13)_ -1
     svm(1)_w(14) c_e_svm(1)_stationarity(14)_ 1
     svm(1)_w(14) c_u_svm(1)_w_minus_p_le(14)_ 1
     svm(1)_w(14) c_u_svm(1)_w_minus_p_ge(14)_ -1
     svm(1)_w(14) c_u_svm(1)_w_plus_p_le(14)_ 1
     svm(1)_w(14) c_u_svm(1)_w_plus_p_ge(14)_ -1
     svm(1)_w(15) c_e_svm(1)_stationarity(15)_ 1
     svm(1)_w(15) c_u_svm(1)_w_minus_p_le(15)_ 1
     svm(1)_w(15) c_u_svm(1)_w_minus_p_ge(15)_ -1
     svm(1)_w(15) c_u_svm(1)_w_plus_p_le(15)_ 1
     svm(1)_w(15) c_u_svm(1)_w_plus_p_ge(15)_ -1
     svm(1)_w(16) c_e_svm(1)_stationarity(16)_ 1
     svm(1)_w(16) c_u_svm(1)_w_minus_p_le(16)_ 1
     svm(1)_w(16) c_u_svm(1)_w_minus_p_ge(16)_ -1
     svm(1)_w(16) c_u_svm(1)_w_plus_p_le(16)_ 1
     svm(1)_w(16) c_u_svm(1)_w_plus_p_ge(16)_ -1
     svm(1)_w(17) c_e_svm(1)_stationarity(17)_ 1
     svm(1)_w(17) c_u_svm(1)_w_minus_p_le(17)_ 1
     svm(1)_w(17) c_u_svm(1)_w_minus_p_ge(17)_ -1
     svm(1)_w(17) c_u_svm(1)_w_plus_p_le(17)_ 1
     svm(1)_w(17) c_u_svm(1)_w_plus_p_ge(17)_ -1
     svm(1)_w(18) c_e_svm(1)_stationarity(18)_ 1
     svm(1)_w(18) c_u_svm(1)_w_minus_p_le(18)_ 1
     svm(1)_w(18) c_u_svm(1)_w_minus_p_ge(18)_ -1
     svm(1)_w(18) c_u_svm(1)_w_plus_p_le(18)_ 1
     svm(1)_w(18) c_u_svm(1)_w_plus_p_ge(18)_ -1
     svm(1)_w(19) c_e_svm(1)_stationarity(19)_ 1
     svm(1)_w(19) c_u_svm(1)_w_minus_p_le(19)_ 1
     svm(1)_w(19) c_u_svm(1)_w_minus_p_ge(19)_ -1
     svm(1)_w(19) c_u_svm(1)_w_plus_p_le(19)_ 1
     svm(1)_w(19) c_u_svm(1)_w_plus_p_ge(19)_ -1
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
     svm(1)_u(10) c_e_svm(1)_stationarity(10)_ -1
     svm(1)_u(10) c_u_svm(1)_u_le_Mu(10)_ 1
     svm(1)_u(11) c_e_svm(1)_stationarity(11)_ -1
     svm(1)_u(11) c_u_svm(1)_u_le_Mu(11)_ 1
     svm(1)_u(12) c_e_svm(1)_stationarity(12)_ -1
     svm(1)_u(12) c_u_svm(1)_u_le_Mu(12)_ 1
     svm(1)_u(13) c_e_svm(1)_stationarity(13)_ -1
     svm(1)_u(13) c_u_svm(1)_u_le_Mu(13)_ 1
     svm(1)_u(14) c_e_svm(1)_stationarity(14)_ -1
     svm(1)_u(14) c_u_svm(1)_u_le_Mu(14)_ 1
     svm(1)_u(15) c_e_svm(1)_stationarity(15)_ -1
     svm(1)_u(15) c_u_svm(1)_u_le_Mu(15)_ 1
     svm(1)_u(16) c_e_svm(1)_stationarity(16)_ -1
     svm(1)_u(16) c_u_svm(1)_u_le_Mu(16)_ 1
     svm(1)_u(17) c_e_svm(1)_stationarity(17)_ -1
     svm(1)_u(17) c_u_svm(1)_u_le_Mu(17)_ 1
     svm(1)_u(18) c_e_svm(1)_stationarity(18)_ -1
     svm(1)_u(18) c_u_svm(1)_u_le_Mu(18)_ 1
     svm(1)_u(19) c_e_svm(1)_stationarity(19)_ -1
     svm(1)_u(19) c_u_svm(1)_u_le_Mu(19)_ 1
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
     svm(1)_v(10) c_e_svm(1)_stationarity(10)_ 1
     svm(1)_v(10) c_u_svm(1)_v_le_Mv(10)_ 1
     svm(1)_v(11) c_e_svm(1)_stationarity(11)_ 1
     svm(1)_v(11) c_u_svm(1)_v_le_Mv(11)_ 1
     svm(1)_v(12) c_e_svm(1)_stationarity(12)_ 1
     svm(1)_v(12) c_u_svm(1)_v_le_Mv(12)_ 1
     svm(1)_v(13) c_e_svm(1)_stationarity(13)_ 1
     svm(1)_v(13) c_u_svm(1)_v_le_Mv(13)_ 1
     svm(1)_v(14) c_e_svm(1)_stationarity(14)_ 1
     svm(1)_v(14) c_u_svm(1)_v_le_Mv(14)_ 1
     svm(1)_v(15) c_e_svm(1)_stationarity(15)_ 1
     svm(1)_v(15) c_u_svm(1)_v_le_Mv(15)_ 1
     svm(1)_v(16) c_e_svm(1)_stationarity(16)_ 1
     svm(1)_v(16) c_u_svm(1)_v_le_Mv(16)_ 1
     svm(1)_v(17) c_e_svm(1)_stationarity(17)_ 1
     svm(1)_v(17) c_u_svm(1)_v_le_Mv(17)_ 1
     svm(1)_v(18) c_e_svm(1)_stationarity(18)_ 1
     svm(1)_v(18) c_u_svm(1)_v_le_Mv(18)_ 1
     svm(1)_v(19) c_e_svm(1)_stationarity(19)_ 1
     svm(1)_v(19) c_u_svm(1)_v_le_Mv(19)_ 1
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
     svm(1)_p(10) c_e_svm(1)_p_def(10)_ 1
     svm(1)_p(10) c_u_svm(1)_w_minus_p_le(10)_ -1
     svm(1)_p(10) c_u_svm(1)_w_minus_p_ge(10)_ 1
     svm(1)_p(10) c_u_svm(1)_w_plus_p_le(10)_ 1
     svm(1)_p(10) c_u_svm(1)_w_plus_p_ge(10)_ -1
     svm(1)_p(11) c_e_svm(1)_p_def(11)_ 1
     svm(1)_p(11) c_u_svm(1)_w_minus_p_le(11)_ -1
     svm(1)_p(11) c_u_svm(1)_w_minus_p_ge(11)_ 1
     svm(1)_p(11) c_u_svm(1)_w_plus_p_le(11)_ 1
     svm(1)_p(11) c_u_svm(1)_w_plus_p_ge(11)_ -1
     svm(1)_p(12) c_e_svm(1)_p_def(12)_ 1
     svm(1)_p(12) c_u_svm(1)_w_minus_p_le(12)_ -1
     svm(1)_p(12) c_u_svm(1)_w_minus_p_ge(12)_ 1
     svm(1)_p(12) c_u_svm(1)_w_plus_p_le(12)_ 1
     svm(1)_p(12) c_u_svm(1)_w_plus_p_ge(12)_ -1
     svm(1)_p(13) c_e_svm(1)_p_def(13)_ 1
     svm(1)_p(13) c_u_svm(1)_w_minus_p_le(13)_ -1
     svm(1)_p(13) c_u_svm(1)_w_minus_p_ge(13)_ 1
     svm(1)_p(13) c_u_svm(1)_w_plus_p_le(13)_ 1
     svm(1)_p(13) c_u_svm(1)_w_plus_p_ge(13)_ -1
     svm(1)_p(14) c_e_svm(1)_p_def(14)_ 1
     svm(1)_p(14) c_u_svm(1)_w_minus_p_le(14)_ -1
     svm(1)_p(14) c_u_svm(1)_w_minus_p_ge(14)_ 1
     svm(1)_p(14) c_u_svm(1)_w_plus_p_le(14)_ 1
     svm(1)_p(14) c_u_svm(1)_w_plus_p_ge(14)_ -1
     svm(1)_p(15) c_e_svm(1)_p_def(15)_ 1
     svm(1)_p(15) c_u_svm(1)_w_minus_p_le(15)_ -1
     svm(1)_p(15) c_u_svm(1)_w_minus_p_ge(15)_ 1
     svm(1)_p(15) c_u_svm(1)_w_plus_p_le(15)_ 1
     svm(1)_p(15) c_u_svm(1)_w_plus_p_ge(15)_ -1
     svm(1)_p(16) c_e_svm(1)_p_def(16)_ 1
     svm(1)_p(16) c_u_svm(1)_w_minus_p_le(16)_ -1
     svm(1)_p(16) c_u_svm(1)_w_minus_p_ge(16)_ 1
     svm(1)_p(16) c_u_svm(1)_w_plus_p_le(16)_ 1
     svm(1)_p(16) c_u_svm(1)_w_plus_p_ge(16)_ -1
     svm(1)_p(17) c_e_svm(1)_p_def(17)_ 1
     svm(1)_p(17) c_u_svm(1)_w_minus_p_le(17)_ -1
     svm(1)_p(17) c_u_svm(1)_w_minus_p_ge(17)_ 1
     svm(1)_p(17) c_u_svm(1)_w_plus_p_le(17)_ 1
     svm(1)_p(17) c_u_svm(1)_w_plus_p_ge(17)_ -1
     svm(1)_p(18) c_e_svm(1)_p_def(18)_ 1
     svm(1)_p(18) c_u_svm(1)_w_minus_p_le(18)_ -1
     svm(1)_p(18) c_u_svm(1)_w_minus_p_ge(18)_ 1
     svm(1)_p(18) c_u_svm(1)_w_plus_p_le(18)_ 1
     svm(1)_p(18) c_u_svm(1)_w_plus_p_ge(18)_ -1
     svm(1)_p(19) c_e_svm(1)_p_def(19)_ 1
     svm(1)_p(19) c_u_svm(1)_w_minus_p_le(19)_ -1
     svm(1)_p(19) c_u_svm(1)_w_minus_p_ge(19)_ 1
     svm(1)_p(19) c_u_svm(1)_w_plus_p_le(19)_ 1
     svm(1)_p(19) c_u_svm(1)_w_plus_p_ge(19)_ -1
     svm(1)_s(0) c_u_svm(1)_t_le_s(0)_ -1
     svm(1)_s(0) c_u_svm(1)_alpha_le_Cs(0)_ -0.078857515379015225
     svm(1)_s(1) c_u_svm(1)_t_le_s(1)_ -1
     svm(1)_s(1) c_u_svm(1)_alpha_le_Cs(1)_ -0.078857515379015225
     svm(1)_s(2) c_u_svm(1)_t_le_s(2)_ -1
     svm(1)_s(2) c_u_svm(1)_alpha_le_Cs(2)_ -0.078857515379015225
     svm(1)_s(3) c_u_svm(1)_t_le_s(3)_ -1
     svm(1)_s(3) c_u_svm(1)_alpha_le_Cs(3)_ -0.078857515379015225
     svm(1)_s(4) c_u_svm(1)_t_le_s(4)_ -1
     svm(1)_s(4) c_u_svm(1)_alpha_le_Cs(4)_ -0.078857515379015225
     svm(1)_s(5) c_u_svm(1)_t_le_s(5)_ -1
     svm(1)_s(5) c_u_svm(1)_alpha_le_Cs(5)_ -0.078857515379015225
     svm(1)_s(6) c_u_svm(1)_t_le_s(6)_ -1
     svm(1)_s(6) c_u_svm(1)_alpha_le_Cs(6)_ -0.078857515379015225
     svm(1)_s(7) c_u_svm(1)_t_le_s(7)_ -1
     svm(1)_s(7) c_u_svm(1)_alpha_le_Cs(7)_ -0.078857515379015225
     svm(1)_s(8) c_u_svm(1)_t_le_s(8)_ -1
     svm(1)_s(8) c_u_svm(1)_alpha_le_Cs(8)_ -0.078857515379015225
     svm(1)_s(9) c_u_svm(1)_t_le_s(9)_ -1
     svm(1)_s(9) c_u_svm(1)_alpha_le_Cs(9)_ -0.078857515379015225
     svm(1)_s(10) c_u_svm(1)_t_le_s(10)_ -1
     svm(1)_s(10) c_u_svm(1)_alpha_le_Cs(10)_ -0.078857515379015225
     svm(1)_s(11) c_u_svm(1)_t_le_s(11)_ -1
     svm(1)_s(11) c_u_svm(1)_alpha_le_Cs(11)_ -0.078857515379015225
     svm(1)_s(12) c_u_svm(1)_t_le_s(12)_ -1
     svm(1)_s(12) c_u_svm(1)_alpha_le_Cs(12)_ -0.078857515379015225
     svm(1)_s(13) c_u_svm(1)_t_le_s(13)_ -1
     svm(1)_s(13) c_u_svm(1)_alpha_le_Cs(13)_ -0.078857515379015225
     svm(1)_s(14) c_u_svm(1)_t_le_s(14)_ -1
     svm(1)_s(14) c_u_svm(1)_alpha_le_Cs(14)_ -0.078857515379015225
     svm(1)_s(15) c_u_svm(1)_t_le_s(15)_ -1
     svm(1)_s(15) c_u_svm(1)_alpha_le_Cs(15)_ -0.078857515379015225
     svm(1)_s(16) c_u_svm(1)_t_le_s(16)_ -1
     svm(1)_s(16) c_u_svm(1)_alpha_le_Cs(16)_ -0.078857515379015225
     svm(1)_s(17) c_u_svm(1)_t_le_s(17)_ -1
     svm(1)_s(17) c_u_svm(1)_alpha_le_Cs(17)_ -0.078857515379015225
     svm(1)_s(18) c_u_svm(1)_t_le_s(18)_ -1
     svm(1)_s(18) c_u_svm(1)_alpha_le_Cs(18)_ -0.078857515379015225
     svm(1)_s(19) c_u_svm(1)_t_le_s(19)_ -1
     svm(1)_s(19) c_u_svm(1)_alpha_le_Cs(19)_ -0.078857515379015225
     svm(1)_t(0) c_u_svm(1)_t_le_s(0)_ 1
     svm(1)_t(0) c_u_svm(1)_alpha_ge_Ct(0)_ 0.078857515379015225
     svm(1)_t(0) c_u_svm(1)_v_le_Mv(0)_ -1.3625729635329114
     svm(1)_t(1) c_u_svm(1)_t_le_s(1)_ 1
     svm(1)_t(1) c_u_svm(1)_alpha_ge_Ct(1)_ 0.078857515379015225
     svm(1)_t(1) c_u_svm(1)_v_le_Mv(1)_ -1.5319014394558041
     svm(1)_t(2) c_u_svm(1)_t_le_s(2)_ 1
     svm(1)_t(2) c_u_svm(1)_alpha_ge_Ct(2)_ 0.078857515379015225
     svm(1)_t(2) c_u_svm(1)_v_le_Mv(2)_ -1.4241466204133104
     svm(1)_t(3) c_u_svm(1)_t_le_s(3)_ 1
     svm(1)_t(3) c_u_svm(1)_alpha_ge_Ct(3)_ 0.078857515379015225
     svm(1)_t(3) c_u_svm(1)_v_le_Mv(3)_ -1.4503306370664293
     svm(1)_t(4) c_u_svm(1)_t_le_s(4)_ 1
     svm(1)_t(4) c_u_svm(1)_alpha_ge_Ct(4)_ 0.078857515379015225
     svm(1)_t(4) c_u_svm(1)_v_le_Mv(4)_ -1.3644364846208688
     svm(1)_t(5) c_u_svm(1)_t_le_s(5)_ 1
     svm(1)_t(5) c_u_svm(1)_alpha_ge_Ct(5)_ 0.078857515379015225
     svm(1)_t(5) c_u_svm(1)_v_le_Mv(5)_ -1.388089612001745
     svm(1)_t(6) c_u_svm(1)_t_le_s(6)_ 1
     svm(1)_t(6) c_u_svm(1)_alpha_ge_Ct(6)_ 0.078857515379015225
     svm(1)_t(6) c_u_svm(1)_v_le_Mv(6)_ -1.4022888443776156
     svm(1)_t(7) c_u_svm(1)_t_le_s(7)_ 1
     svm(1)_t(7) c_u_svm(1)_alpha_ge_Ct(7)_ 0.078857515379015225
     svm(1)_t(7) c_u_svm(1)_v_le_Mv(7)_ -1.4601433476027457
     svm(1)_t(8) c_u_svm(1)_t_le_s(8)_ 1
     svm(1)_t(8) c_u_svm(1)_alpha_ge_Ct(8)_ 0.078857515379015225
     svm(1)_t(8) c_u_svm(1)_v_le_Mv(8)_ -1.3856798724920663
     svm(1)_t(9) c_u_svm(1)_t_le_s(9)_ 1
     svm(1)_t(9) c_u_svm(1)_alpha_ge_Ct(9)_ 0.078857515379015225
     svm(1)_t(9) c_u_svm(1)_v_le_Mv(9)_ -1.5005916353498701
     svm(1)_t(10) c_u_svm(1)_t_le_s(10)_ 1
     svm(1)_t(10) c_u_svm(1)_alpha_ge_Ct(10)_ 0.078857515379015225
     svm(1)_t(10) c_u_svm(1)_v_le_Mv(10)_ -1.3655509948022075
     svm(1)_t(11) c_u_svm(1)_t_le_s(11)_ 1
     svm(1)_t(11) c_u_svm(1)_alpha_ge_Ct(11)_ 0.078857515379015225
     svm(1)_t(11) c_u_svm(1)_v_le_Mv(11)_ -1.527031000473638
     svm(1)_t(12) c_u_svm(1)_t_le_s(12)_ 1
     svm(1)_t(12) c_u_svm(1)_alpha_ge_Ct(12)_ 0.078857515379015225
     svm(1)_t(12) c_u_svm(1)_v_le_Mv(12)_ -1.2496551653541625
     svm(1)_t(13) c_u_svm(1)_t_le_s(13)_ 1
     svm(1)_t(13) c_u_svm(1)_alpha_ge_Ct(13)_ 0.078857515379015225
     svm(1)_t(13) c_u_svm(1)_v_le_Mv(13)_ -1.3861270917391066
     svm(1)_t(14) c_u_svm(1)_t_le_s(14)_ 1
     svm(1)_t(14) c_u_svm(1)_alpha_ge_Ct(14)_ 0.078857515379015225
     svm(1)_t(14) c_u_svm(1)_v_le_Mv(14)_ -1.19870227271679
     svm(1)_t(15) c_u_svm(1)_t_le_s(15)_ 1
     svm(1)_t(15) c_u_svm(1)_alpha_ge_Ct(15)_ 0.078857515379015225
     svm(1)_t(15) c_u_svm(1)_v_le_Mv(15)_ -1.292295204520598
     svm(1)_t(16) c_u_svm(1)_t_le_s(16)_ 1
     svm(1)_t(16) c_u_svm(1)_alpha_ge_Ct(16)_ 0.078857515379015225
     svm(1)_t(16) c_u_svm(1)_v_le_Mv(16)_ -1.3511075386222438
     svm(1)_t(17) c_u_svm(1)_t_le_s(17)_ 1
     svm(1)_t(17) c_u_svm(1)_alpha_ge_Ct(17)_ 0.078857515379015225
     svm(1)_t(17) c_u_svm(1)_v_le_Mv(17)_ -1.5039969132549074
     svm(1)_t(18) c_u_svm(1)_t_le_s(18)_ 1
     svm(1)_t(18) c_u_svm(1)_alpha_ge_Ct(18)_ 0.078857515379015225
     svm(1)_t(18) c_u_svm(1)_v_le_Mv(18)_ -1.5084449118480141
     svm(1)_t(19) c_u_svm(1)_t_le_s(19)_ 1
     svm(1)_t(19) c_u_svm(1)_alpha_ge_Ct(19)_ 0.078857515379015225
     svm(1)_t(19) c_u_svm(1)_v_le_Mv(19)_ -1.3829933474214477
     ONE_VAR_CONSTANT objective 10
     ONE_VAR_CONSTANT c_e_ONE_VAR_CONSTANT 1
RHS
     RHS c_u_crossed_ 4.1672591689066045e-07
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
     RHS c_u_svm(1)_z_le_alpha(10)_ 0
     RHS c_u_svm(1)_z_le_alpha(11)_ 0
     RHS c_u_svm(1)_z_le_alpha(12)_ 0
     RHS c_u_svm(1)_z_le_alpha(13)_ 0
     RHS c_u_svm(1)_z_le_alpha(14)_ 0
     RHS c_u_svm(1)_z_le_alpha(15)_ 0
     RHS c_u_svm(1)_z_le_alpha(16)_ 0
     RHS c_u_svm(1)_z_le_alpha(17)_ 0
     RHS c_u_svm(1)_z_le_alpha(18)_ 0
     RHS c_u_svm(1)_z_le_alpha(19)_ 0
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
     RHS c_u_svm(1)_z_ge_neg_alpha(10)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(11)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(12)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(13)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(14)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(15)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(16)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(17)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(18)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(19)_ 0
     RHS c_u_svm(1)_z_ge_alpha_if_pos(0)_ 0.15771503075803045
     RHS c_u_svm(1)_z_ge_alpha_if_pos(1)_ 0.15771503075803045
     RHS c_u_svm(1)_z_ge_alpha_if_pos(2)_ 0.15771503075803045
     RHS c_u_svm(1)_z_ge_alpha_if_pos(3)_ 0.15771503075803045
     RHS c_u_svm(1)_z_ge_alpha_if_pos(4)_ 0.15771503075803045
     RHS c_u_svm(1)_z_ge_alpha_if_pos(5)_ 0.15771503075803045
     RHS c_u_svm(1)_z_ge_alpha_if_pos(6)_ 0.15771503075803045
     RHS c_u_svm(1)_z_ge_alpha_if_pos(7)_ 0.15771503075803045
     RHS c_u_svm(1)_z_ge_alpha_if_pos(8)_ 0.15771503075803045
     RHS c_u_svm(1)_z_ge_alpha_if_pos(9)_ 0.15771503075803045
     RHS c_u_svm(1)_z_ge_alpha_if_pos(10)_ 0.15771503075803045
     RHS c_u_svm(1)_z_ge_alpha_if_pos(11)_ 0.15771503075803045
     RHS c_u_svm(1)_z_ge_alpha_if_pos(12)_ 0.15771503075803045
     RHS c_u_svm(1)_z_ge_alpha_if_pos(13)_ 0.15771503075803045
     RHS c_u_svm(1)_z_ge_alpha_if_pos(14)_ 0.15771503075803045
     RHS c_u_svm(1)_z_ge_alpha_if_pos(15)_ 0.15771503075803045
     RHS c_u_svm(1)_z_ge_alpha_if_pos(16)_ 0.15771503075803045
     RHS c_u_svm(1)_z_ge_alpha_if_pos(17)_ 0.15771503075803045
     RHS c_u_svm(1)_z_ge_alpha_if_pos(18)_ 0.15771503075803045
     RHS c_u_svm(1)_z_ge_alpha_if_pos(19)_ 0.15771503075803045
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
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(10)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(11)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(12)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(13)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(14)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(15)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(16)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(17)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(18)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(19)_ 0
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
     RHS c_e_svm(1)_stationarity(10)_ 1
     RHS c_e_svm(1)_stationarity(11)_ 1
     RHS c_e_svm(1)_stationarity(12)_ 1
     RHS c_e_svm(1)_stationarity(13)_ 1
     RHS c_e_svm(1)_stationarity(14)_ 1
     RHS c_e_svm(1)_stationarity(15)_ 1
     RHS c_e_svm(1)_stationarity(16)_ 1
     RHS c_e_svm(1)_stationarity(17)_ 1
     RHS c_e_svm(1)_stationarity(18)_ 1
     RHS c_e_svm(1)_stationarity(19)_ 1
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
     RHS c_e_svm(1)_p_def(10)_ 0
     RHS c_e_svm(1)_p_def(11)_ 0
     RHS c_e_svm(1)_p_def(12)_ 0
     RHS c_e_svm(1)_p_def(13)_ 0
     RHS c_e_svm(1)_p_def(14)_ 0
     RHS c_e_svm(1)_p_def(15)_ 0
     RHS c_e_svm(1)_p_def(16)_ 0
     RHS c_e_svm(1)_p_def(17)_ 0
     RHS c_e_svm(1)_p_def(18)_ 0
     RHS c_e_svm(1)_p_def(19)_ 0
     RHS c_u_svm(1)_w_minus_p_le(0)_ 1.2788472644383433
     RHS c_u_svm(1)_w_minus_p_le(1)_ 1.6474454475191276
     RHS c_u_svm(1)_w_minus_p_le(2)_ 1.2256659803301515
     RHS c_u_svm(1)_w_minus_p_le(3)_ 1.4901891338236763
     RHS c_u_svm(1)_w_minus_p_le(4)_ 1.3066008420944375
     RHS c_u_svm(1)_w_minus_p_le(5)_ 1.337429333559516
     RHS c_u_svm(1)_w_minus_p_le(6)_ 1.6219325134583054
     RHS c_u_svm(1)_w_minus_p_le(7)_ 1.4423691342186753
     RHS c_u_svm(1)_w_minus_p_le(8)_ 1.1405126832011494
     RHS c_u_svm(1)_w_minus_p_le(9)_ 1.4679040229864524
     RHS c_u_svm(1)_w_minus_p_le(10)_ 1.3354613658792425
     RHS c_u_svm(1)_w_minus_p_le(11)_ 1.6165531145110368
     RHS c_u_svm(1)_w_minus_p_le(12)_ 1.2152153983912031
     RHS c_u_svm(1)_w_minus_p_le(13)_ 2.0000000020020003
     RHS c_u_svm(1)_w_minus_p_le(14)_ 1.6455526377871377
     RHS c_u_svm(1)_w_minus_p_le(15)_ 0.87120141501171033
     RHS c_u_svm(1)_w_minus_p_le(16)_ 1.4695559224900876
     RHS c_u_svm(1)_w_minus_p_le(17)_ 1.5297444247075009
     RHS c_u_svm(1)_w_minus_p_le(18)_ 1.7326331697640398
     RHS c_u_svm(1)_w_minus_p_le(19)_ 1.314560462458813
     RHS c_u_svm(1)_w_minus_p_ge(0)_ 1.2788472644383433
     RHS c_u_svm(1)_w_minus_p_ge(1)_ 1.6474454475191276
     RHS c_u_svm(1)_w_minus_p_ge(2)_ 1.2256659803301515
     RHS c_u_svm(1)_w_minus_p_ge(3)_ 1.4901891338236763
     RHS c_u_svm(1)_w_minus_p_ge(4)_ 1.3066008420944375
     RHS c_u_svm(1)_w_minus_p_ge(5)_ 1.337429333559516
     RHS c_u_svm(1)_w_minus_p_ge(6)_ 1.6219325134583054
     RHS c_u_svm(1)_w_minus_p_ge(7)_ 1.4423691342186753
     RHS c_u_svm(1)_w_minus_p_ge(8)_ 1.1405126832011494
     RHS c_u_svm(1)_w_minus_p_ge(9)_ 1.4679040229864524
     RHS c_u_svm(1)_w_minus_p_ge(10)_ 1.3354613658792425
     RHS c_u_svm(1)_w_minus_p_ge(11)_ 1.6165531145110368
     RHS c_u_svm(1)_w_minus_p_ge(12)_ 1.2152153983912031
     RHS c_u_svm(1)_w_minus_p_ge(13)_ 2.0000000020020003
     RHS c_u_svm(1)_w_minus_p_ge(14)_ 1.6455526377871377
     RHS c_u_svm(1)_w_minus_p_ge(15)_ 0.87120141501171033
     RHS c_u_svm(1)_w_minus_p_ge(16)_ 1.4695559224900876
     RHS c_u_svm(1)_w_minus_p_ge(17)_ 1.5297444247075009
     RHS c_u_svm(1)_w_minus_p_ge(18)_ 1.7326331697640398
     RHS c_u_svm(1)_w_minus_p_ge(19)_ 1.314560462458813
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
     RHS c_u_svm(1)_w_plus_p_le(10)_ 0
     RHS c_u_svm(1)_w_plus_p_le(11)_ 0
     RHS c_u_svm(1)_w_plus_p_le(12)_ 0
     RHS c_u_svm(1)_w_plus_p_le(13)_ 0
     RHS c_u_svm(1)_w_plus_p_le(14)_ 0
     RHS c_u_svm(1)_w_plus_p_le(15)_ 0
     RHS c_u_svm(1)_w_plus_p_le(16)_ 0
     RHS c_u_svm(1)_w_plus_p_le(17)_ 0
     RHS c_u_svm(1)_w_plus_p_le(18)_ 0
     RHS c_u_svm(1)_w_plus_p_le(19)_ 0
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
     RHS c_u_svm(1)_w_plus_p_ge(10)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(11)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(12)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(13)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(14)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(15)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(16)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(17)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(18)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(19)_ 0
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
     RHS c_u_svm(1)_t_le_s(10)_ 0
     RHS c_u_svm(1)_t_le_s(11)_ 0
     RHS c_u_svm(1)_t_le_s(12)_ 0
     RHS c_u_svm(1)_t_le_s(13)_ 0
     RHS c_u_svm(1)_t_le_s(14)_ 0
     RHS c_u_svm(1)_t_le_s(15)_ 0
     RHS c_u_svm(1)_t_le_s(16)_ 0
     RHS c_u_svm(1)_t_le_s(17)_ 0
     RHS c_u_svm(1)_t_le_s(18)_ 0
     RHS c_u_svm(1)_t_le_s(19)_ 0
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
     RHS c_u_svm(1)_alpha_le_Cs(10)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(11)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(12)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(13)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(14)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(15)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(16)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(17)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(18)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(19)_ 0
     RHS c_u_svm(1)_u_le_Mu(0)_ 0
     RHS c_u_svm(1)_u_le_Mu(1)_ 0
     RHS c_u_svm(1)_u_le_Mu(2)_ 0
     RHS c_u_svm(1)_u_le_Mu(3)_ 0
     RHS c_u_svm(1)_u_le_Mu(4)_ 0
     RHS c_u_svm(1)_u_le_Mu(5)_ 0
     RHS c_u_svm(1)_u_le_Mu(6)_ 0
     RHS c_u_svm(1)_u_le_Mu(7)_ 0
     RHS c_u_svm(1)_u_le_Mu(8)_ 0
     RHS c_u_svm(1)_u_le_Mu(9)_ 0
     RHS c_u_svm(1)_u_le_Mu(10)_ 0
     RHS c_u_svm(1)_u_le_Mu(11)_ 0
     RHS c_u_svm(1)_u_le_Mu(12)_ 0
     RHS c_u_svm(1)_u_le_Mu(13)_ 0
     RHS c_u_svm(1)_u_le_Mu(14)_ 0
     RHS c_u_svm(1)_u_le_Mu(15)_ 0
     RHS c_u_svm(1)_u_le_Mu(16)_ 0
     RHS c_u_svm(1)_u_le_Mu(17)_ 0
     RHS c_u_svm(1)_u_le_Mu(18)_ 0
     RHS c_u_svm(1)_u_le_Mu(19)_ 0
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
     RHS c_u_svm(1)_alpha_ge_Ct(10)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(11)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(12)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(13)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(14)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(15)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(16)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(17)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(18)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(19)_ 0
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
     RHS c_u_svm(1)_v_le_Mv(10)_ 0
     RHS c_u_svm(1)_v_le_Mv(11)_ 0
     RHS c_u_svm(1)_v_le_Mv(12)_ 0
     RHS c_u_svm(1)_v_le_Mv(13)_ 0
     RHS c_u_svm(1)_v_le_Mv(14)_ 0
     RHS c_u_svm(1)_v_le_Mv(15)_ 0
     RHS c_u_svm(1)_v_le_Mv(16)_ 0
     RHS c_u_svm(1)_v_le_Mv(17)_ 0
     RHS c_u_svm(1)_v_le_Mv(18)_ 0
     RHS c_u_svm(1)_v_le_Mv(19)_ 0
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
 LO BOUND svm(1)_alpha(0) 0
 UP BOUND svm(1)_alpha(0) 0.078857515379015225
 LO BOUND svm(1)_alpha(1) 0
 UP BOUND svm(1)_alpha(1) 0.078857515379015225
 LO BOUND svm(1)_alpha(2) 0
 UP BOUND svm(1)_alpha(2) 0.078857515379015225
 LO BOUND svm(1)_alpha(3) 0
 UP BOUND svm(1)_alpha(3) 0.078857515379015225
 LO BOUND svm(1)_alpha(4) 0
 UP BOUND svm(1)_alpha(4) 0.078857515379015225
 LO BOUND svm(1)_alpha(5) 0
 UP BOUND svm(1)_alpha(5) 0.078857515379015225
 LO BOUND svm(1)_alpha(6) 0
 UP BOUND svm(1)_alpha(6) 0.078857515379015225
 LO BOUND svm(1)_alpha(7) 0
 UP BOUND svm(1)_alpha(7) 0.078857515379015225
 LO BOUND svm(1)_alpha(8) 0
 UP BOUND svm(1)_alpha(8) 0.078857515379015225
 LO BOUND svm(1)_alpha(9) 0
 UP BOUND svm(1)_alpha(9) 0.078857515379015225
 LO BOUND svm(1)_alpha(10) 0
 UP BOUND svm(1)_alpha(10) 0.078857515379015225
 LO BOUND svm(1)_alpha(11) 0
 UP BOUND svm(1)_alpha(11) 0.078857515379015225
 LO BOUND svm(1)_alpha(12) 0
 UP BOUND svm(1)_alpha(12) 0.078857515379015225
 LO BOUND svm(1)_alpha(13) 0
 UP BOUND svm(1)_alpha(13) 0.078857515379015225
 LO BOUND svm(1)_alpha(14) 0
 UP BOUND svm(1)_alpha(14) 0.078857515379015225
 LO BOUND svm(1)_alpha(15) 0
 UP BOUND svm(1)_alpha(15) 0.078857515379015225
 LO BOUND svm(1)_alpha(16) 0
 UP BOUND svm(1)_alpha(16) 0.078857515379015225
 LO BOUND svm(1)_alpha(17) 0
 UP BOUND svm(1)_alpha(17) 0.078857515379015225
 LO BOUND svm(1)_alpha(18) 0
 UP BOUND svm(1)_alpha(18) 0.078857515379015225
 LO BOUND svm(1)_alpha(19) 0
 UP BOUND svm(1)_alpha(19) 0.078857515379015225
 LO BOUND svm(1)_z(0) -0.078857515379015225
 UP BOUND svm(1)_z(0) 0.078857515379015225
 LO BOUND svm(1)_z(1) -0.078857515379015225
 UP BOUND svm(1)_z(1) 0.078857515379015225
 LO BOUND svm(1)_z(2) -0.078857515379015225
 UP BOUND svm(1)_z(2) 0.078857515379015225
 LO BOUND svm(1)_z(3) -0.078857515379015225
 UP BOUND svm(1)_z(3) 0.078857515379015225
 LO BOUND svm(1)_z(4) -0.078857515379015225
 UP BOUND svm(1)_z(4) 0.078857515379015225
 LO BOUND svm(1)_z(5) -0.078857515379015225
 UP BOUND svm(1)_z(5) 0.078857515379015225
 LO BOUND svm(1)_z(6) -0.078857515379015225
 UP BOUND svm(1)_z(6) 0.078857515379015225
 LO BOUND svm(1)_z(7) -0.078857515379015225
 UP BOUND svm(1)_z(7) 0.078857515379015225
 LO BOUND svm(1)_z(8) -0.078857515379015225
 UP BOUND svm(1)_z(8) 0.078857515379015225
 LO BOUND svm(1)_z(9) -0.078857515379015225
 UP BOUND svm(1)_z(9) 0.078857515379015225
 LO BOUND svm(1)_z(10) -0.078857515379015225
 UP BOUND svm(1)_z(10) 0.078857515379015225
 LO BOUND svm(1)_z(11) -0.078857515379015225
 UP BOUND svm(1)_z(11) 0.078857515379015225
 LO BOUND svm(1)_z(12) -0.078857515379015225
 UP BOUND svm(1)_z(12) 0.078857515379015225
 LO BOUND svm(1)_z(13) -0.078857515379015225
 UP BOUND svm(1)_z(13) 0.078857515379015225
 LO BOUND svm(1)_z(14) -0.078857515379015225
 UP BOUND svm(1)_z(14) 0.078857515379015225
 LO BOUND svm(1)_z(15) -0.078857515379015225
 UP BOUND svm(1)_z(15) 0.078857515379015225
 LO BOUND svm(1)_z(16) -0.078857515379015225
 UP BOUND svm(1)_z(16) 0.078857515379015225
 LO BOUND svm(1)_z(17) -0.078857515379015225
 UP BOUND svm(1)_z(17) 0.078857515379015225
 LO BOUND svm(1)_z(18) -0.078857515379015225
 UP BOUND svm(1)_z(18) 0.078857515379015225
 LO BOUND svm(1)_z(19) -0.078857515379015225
 UP BOUND svm(1)_z(19) 0.078857515379015225
 LO BOUND svm(1)_w(0) -0.36257296353291135
 UP BOUND svm(1)_w(0) 0.63942363221917164
 LO BOUND svm(1)_w(1) -0.53190143945580415
 UP BOUND svm(1)_w(1) 0.82372272375956379
 LO BOUND svm(1)_w(2) -0.42414662041331042
 UP BOUND svm(1)_w(2) 0.61283299016507575
 LO BOUND svm(1)_w(3) -0.45033063706642928
 UP BOUND svm(1)_w(3) 0.74509456691183817
 LO BOUND svm(1)_w(4) -0.36443648462086875
 UP BOUND svm(1)_w(4) 0.65330042104721875
 LO BOUND svm(1)_w(5) -0.38808961200174497
 UP BOUND svm(1)_w(5) 0.66871466677975799
 LO BOUND svm(1)_w(6) -0.40228884437761558
 UP BOUND svm(1)_w(6) 0.81096625672915268
 LO BOUND svm(1)_w(7) -0.46014334760274567
 UP BOUND svm(1)_w(7) 0.72118456710933765
 LO BOUND svm(1)_w(8) -0.38567987249206626
 UP BOUND svm(1)_w(8) 0.5702563416005747
 LO BOUND svm(1)_w(9) -0.50059163534987006
 UP BOUND svm(1)_w(9) 0.7339520114932262
 LO BOUND svm(1)_w(10) -0.36555099480220754
 UP BOUND svm(1)_w(10) 0.66773068293962123
 LO BOUND svm(1)_w(11) -0.52703100047363804
 UP BOUND svm(1)_w(11) 0.80827655725551839
 LO BOUND svm(1)_w(12) -0.24965516535416254
 UP BOUND svm(1)_w(12) 0.60760769919560154
 LO BOUND svm(1)_w(13) -0.38612709173910664
 UP BOUND svm(1)_w(13) 1
 LO BOUND svm(1)_w(14) -0.19870227271678997
 UP BOUND svm(1)_w(14) 0.82277631889356884
 LO BOUND svm(1)_w(15) -0.29229520452059798
 UP BOUND svm(1)_w(15) 0.43560070750585517
 LO BOUND svm(1)_w(16) -0.35110753862224375
 UP BOUND svm(1)_w(16) 0.7347779612450438
 LO BOUND svm(1)_w(17) -0.50399691325490736
 UP BOUND svm(1)_w(17) 0.76487221235375047
 LO BOUND svm(1)_w(18) -0.5084449118480141
 UP BOUND svm(1)_w(18) 0.8663165848820199
 LO BOUND svm(1)_w(19) -0.38299334742144775
 UP BOUND svm(1)_w(19) 0.65728023122940649
 LO BOUND svm(1)_u(0) 0
 UP BOUND svm(1)_u(0) 0
 LO BOUND svm(1)_u(1) 0
 UP BOUND svm(1)_u(1) 0
 LO BOUND svm(1)_u(2) 0
 UP BOUND svm(1)_u(2) 0
 LO BOUND svm(1)_u(3) 0
 UP BOUND svm(1)_u(3) 0
 LO BOUND svm(1)_u(4) 0
 UP BOUND svm(1)_u(4) 0
 LO BOUND svm(1)_u(5) 0
 UP BOUND svm(1)_u(5) 0
 LO BOUND svm(1)_u(6) 0
 UP BOUND svm(1)_u(6) 0
 LO BOUND svm(1)_u(7) 0
 UP BOUND svm(1)_u(7) 0
 LO BOUND svm(1)_u(8) 0
 UP BOUND svm(1)_u(8) 0
 LO BOUND svm(1)_u(9) 0
 UP BOUND svm(1)_u(9) 0
 LO BOUND svm(1)_u(10) 0
 UP BOUND svm(1)_u(10) 0
 LO BOUND svm(1)_u(11) 0
 UP BOUND svm(1)_u(11) 0
 LO BOUND svm(1)_u(12) 0
 UP BOUND svm(1)_u(12) 0
 LO BOUND svm(1)_u(13) 0
 UP BOUND svm(1)_u(13) 0
 LO BOUND svm(1)_u(14) 0
 UP BOUND svm(1)_u(14) 0
 LO BOUND svm(1)_u(15) 0
 UP BOUND svm(1)_u(15) 0
 LO BOUND svm(1)_u(16) 0
 UP BOUND svm(1)_u(16) 0
 LO BOUND svm(1)_u(17) 0
 UP BOUND svm(1)_u(17) 0
 LO BOUND svm(1)_u(18) 0
 UP BOUND svm(1)_u(18) 0
 LO BOUND svm(1)_u(19) 0
 UP BOUND svm(1)_u(19) 0
 LO BOUND svm(1)_v(0) 0
 UP BOUND svm(1)_v(0) 1.3625729635329114
 LO BOUND svm(1)_v(1) 0
 UP BOUND svm(1)_v(1) 1.5319014394558041
 LO BOUND svm(1)_v(2) 0
 UP BOUND svm(1)_v(2) 1.4241466204133104
 LO BOUND svm(1)_v(3) 0
 UP BOUND svm(1)_v(3) 1.4503306370664293
 LO BOUND svm(1)_v(4) 0
 UP BOUND svm(1)_v(4) 1.3644364846208688
 LO BOUND svm(1)_v(5) 0
 UP BOUND svm(1)_v(5) 1.388089612001745
 LO BOUND svm(1)_v(6) 0
 UP BOUND svm(1)_v(6) 1.4022888443776156
 LO BOUND svm(1)_v(7) 0
 UP BOUND svm(1)_v(7) 1.4601433476027457
 LO BOUND svm(1)_v(8) 0
 UP BOUND svm(1)_v(8) 1.3856798724920663
 LO BOUND svm(1)_v(9) 0
 UP BOUND svm(1)_v(9) 1.5005916353498701
 LO BOUND svm(1)_v(10) 0
 UP BOUND svm(1)_v(10) 1.3655509948022075
 LO BOUND svm(1)_v(11) 0
 UP BOUND svm(1)_v(11) 1.527031000473638
 LO BOUND svm(1)_v(12) 0
 UP BOUND svm(1)_v(12) 1.2496551653541625
 LO BOUND svm(1)_v(13) 0
 UP BOUND svm(1)_v(13) 1.3861270917391066
 LO BOUND svm(1)_v(14) 0
 UP BOUND svm(1)_v(14) 1.19870227271679
 LO BOUND svm(1)_v(15) 0
 UP BOUND svm(1)_v(15) 1.292295204520598
 LO BOUND svm(1)_v(16) 0
 UP BOUND svm(1)_v(16) 1.3511075386222438
 LO BOUND svm(1)_v(17) 0
 UP BOUND svm(1)_v(17) 1.5039969132549074
 LO BOUND svm(1)_v(18) 0
 UP BOUND svm(1)_v(18) 1.5084449118480141
 LO BOUND svm(1)_v(19) 0
 UP BOUND svm(1)_v(19) 1.3829933474214477
 LO BOUND svm(1)_p(0) -0.63942363221917164
 UP BOUND svm(1)_p(0) 0.63942363221917164
 LO BOUND svm(1)_p(1) -0.82372272375956379
 UP BOUND svm(1)_p(1) 0.82372272375956379
 LO BOUND svm(1)_p(2) -0.61283299016507575
 UP BOUND svm(1)_p(2) 0.61283299016507575
 LO BOUND svm(1)_p(3) -0.74509456691183817
 UP BOUND svm(1)_p(3) 0.74509456691183817
 LO BOUND svm(1)_p(4) -0.65330042104721875
 UP BOUND svm(1)_p(4) 0.65330042104721875
 LO BOUND svm(1)_p(5) -0.66871466677975799
 UP BOUND svm(1)_p(5) 0.66871466677975799
 LO BOUND svm(1)_p(6) -0.81096625672915268
 UP BOUND svm(1)_p(6) 0.81096625672915268
 LO BOUND svm(1)_p(7) -0.72118456710933765
 UP BOUND svm(1)_p(7) 0.72118456710933765
 LO BOUND svm(1)_p(8) -0.5702563416005747
 UP BOUND svm(1)_p(8) 0.5702563416005747
 LO BOUND svm(1)_p(9) -0.7339520114932262
 UP BOUND svm(1)_p(9) 0.7339520114932262
 LO BOUND svm(1)_p(10) -0.66773068293962123
 UP BOUND svm(1)_p(10) 0.66773068293962123
 LO BOUND svm(1)_p(11) -0.80827655725551839
 UP BOUND svm(1)_p(11) 0.80827655725551839
 LO BOUND svm(1)_p(12) -0.60760769919560154
 UP BOUND svm(1)_p(12) 0.60760769919560154
 LO BOUND svm(1)_p(13) -1.0000000010010002
 UP BOUND svm(1)_p(13) 1.0000000010010002
 LO BOUND svm(1)_p(14) -0.82277631889356884
 UP BOUND svm(1)_p(14) 0.82277631889356884
 LO BOUND svm(1)_p(15) -0.43560070750585517
 UP BOUND svm(1)_p(15) 0.43560070750585517
 LO BOUND svm(1)_p(16) -0.7347779612450438
 UP BOUND svm(1)_p(16) 0.7347779612450438
 LO BOUND svm(1)_p(17) -0.76487221235375047
 UP BOUND svm(1)_p(17) 0.76487221235375047
 LO BOUND svm(1)_p(18) -0.8663165848820199
 UP BOUND svm(1)_p(18) 0.8663165848820199
 LO BOUND svm(1)_p(19) -0.65728023122940649
 UP BOUND svm(1)_p(19) 0.65728023122940649
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
 BV BOUND svm(1)_s(10)
 BV BOUND svm(1)_s(11)
 BV BOUND svm(1)_s(12)
 BV BOUND svm(1)_s(13)
 BV BOUND svm(1)_s(14)
 BV BOUND svm(1)_s(15)
 BV BOUND svm(1)_s(16)
 BV BOUND svm(1)_s(17)
 BV BOUND svm(1)_s(18)
 BV BOUND svm(1)_s(19)
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
 BV BOUND svm(1)_t(10)
 BV BOUND svm(1)_t(11)
 BV BOUND svm(1)_t(12)
 BV BOUND svm(1)_t(13)
 BV BOUND svm(1)_t(14)
 BV BOUND svm(1)_t(15)
 BV BOUND svm(1)_t(16)
 BV BOUND svm(1)_t(17)
 BV BOUND svm(1)_t(18)
 BV BOUND svm(1)_t(19)
ENDATA
