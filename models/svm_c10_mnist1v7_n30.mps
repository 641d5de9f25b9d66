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
 L  c_u_svm(1)_z_le_alpha(20)_
 L  c_u_svm(1)_z_le_alpha(21)_
 L  c_u_svm(1)_z_le_alpha(22)_
 L  c_u_svm(1)_z_le_alpha(23)_
 L  c_u_svm(1)_z_le_alpha(24)_
 L  c_u_svm(1)_z_le_alpha(25)_
 L  c_u_svm(1)_z_le_alpha(26)_
 L  c_u_svm(1)_z_le_alpha(27)_
 L  c_u_svm(1)_z_le_alpha(28)_
 L  c_u_svm(1)_z_le_alpha(29)_
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
 L  c_u_svm(1)_z_ge_neg_alpha(20)_
 L  c_u_svm(1)_z_ge_neg_alpha(21)_
 L  c_u_svm(1)_z_ge_neg_alpha(22)_
 L  c_u_svm(1)_z_ge_neg_alpha(23)_
 L  c_u_svm(1)_z_ge_neg_alpha(24)_
 L  c_u_svm(1)_z_ge_neg_alpha(25)_
 L  c_u_svm(1)_z_ge_neg_alpha(26)_
 L  c_u_svm(1)_z_ge_neg_alpha(27)_
 L  c_u_svm(1)_z_ge_neg_alpha(28)_
 L  c_u_svm(1)_z_ge_neg_alpha(29)_
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
 L  c_u_svm(1)_z_ge_alpha_if_pos(20)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(21)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(22)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(23)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(24)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(25)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(26)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(27)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(28)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(29)_
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
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(20)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(21)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(22)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(23)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(24)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(25)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(26)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(27)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(28)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(29)_
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
 E  c_e_svm(1)_stationarity(20)_
 E  c_e_svm(1)_stationarity(21)_
 E  c_e_svm(1)_stationarity(22)_
 E  c_e_svm(1)_stationarity(23)_
 E  c_e_svm(1)_stationarity(24)_
 E  c_e_svm(1)_stationarity(25)_
 E  c_e_svm(1)_stationarity(26)_
 E  c_e_svm(1)_stationarity(27)_
 E  c_e_svm(1)_stationarity(28)_
 E  c_e_svm(1)_stationarity(29)_
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
 E  c_e_svm(1)_p_def(20)_
 E  c_e_svm(1)_p_def(21)_
 E  c_e_svm(1)_p_def(22)_
 E  c_e_svm(1)_p_def(23)_
 E  c_e_svm(1)_p_def(24)_
 E  c_e_svm(1)_p_def(25)_
 E  c_e_svm(1)_p_def(26)_
 E  c_e_svm(1)_p_def(27)_
 E  c_e_svm(1)_p_def(28)_
 E  c_e_svm(1)_p_def(29)_
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
 L  c_u_svm(1)_w_minus_p_le(20)_
 L  c_u_svm(1)_w_minus_p_le(21)_
 L  c_u_svm(1)_w_minus_p_le(22)_
 L  c_u_svm(1)_w_minus_p_le(23)_
 L  c_u_svm(1)_w_minus_p_le(24)_
 L  c_u_svm(1)_w_minus_p_le(25)_
 L  c_u_svm(1)_w_minus_p_le(26)_
 L  c_u_svm(1)_w_minus_p_le(27)_
 L  c_u_svm(1)_w_minus_p_le(28)_
 L  c_u_svm(1)_w_minus_p_le(29)_
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
 L  c_u_svm(1)_w_minus_p_ge(20)_
 L  c_u_svm(1)_w_minus_p_ge(21)_
 L  c_u_svm(1)_w_minus_p_ge(22)_
 L  c_u_svm(1)_w_minus_p_ge(23)_
 L  c_u_svm(1)_w_minus_p_ge(24)_
 L  c_u_svm(1)_w_minus_p_ge(25)_
 L  c_u_svm(1)_w_minus_p_ge(26)_
 L  c_u_svm(1)_w_minus_p_ge(27)_
 L  c_u_svm(1)_w_minus_p_ge(28)_
 L  c_u_svm(1)_w_minus_p_ge(29)_
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
 L  c_u_svm(1)_w_plus_p_le(20)_
 L  c_u_svm(1)_w_plus_p_le(21)_
 L  c_u_svm(1)_w_plus_p_le(22)_
 L  c_u_svm(1)_w_plus_p_le(23)_
 L  c_u_svm(1)_w_plus_p_le(24)_
 L  c_u_svm(1)_w_plus_p_le(25)_
 L  c_u_svm(1)_w_plus_p_le(26)_
 L  c_u_svm(1)_w_plus_p_le(27)_
 L  c_u_svm(1)_w_plus_p_le(28)_
 L  c_u_svm(1)_w_plus_p_le(29)_
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
 L  c_u_svm(1)_w_plus_p_ge(20)_
 L  c_u_svm(1)_w_plus_p_ge(21)_
 L  c_u_svm(1)_w_plus_p_ge(22)_
 L  c_u_svm(1)_w_plus_p_ge(23)_
 L  c_u_svm(1)_w_plus_p_ge(24)_
 L  c_u_svm(1)_w_plus_p_ge(25)_
 L  c_u_svm(1)_w_plus_p_ge(26)_
 L  c_u_svm(1)_w_plus_p_ge(27)_
 L  c_u_svm(1)_w_plus_p_ge(28)_
 L  c_u_svm(1)_w_plus_p_ge(29)_
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
 L  c_u_svm(1)_t_le_s(20)_
 L  c_u_svm(1)_t_le_s(21)_
 L  c_u_svm(1)_t_le_s(22)_
 L  c_u_svm(1)_t_le_s(23)_
 L  c_u_svm(1)_t_le_s(24)_
 L  c_u_svm(1)_t_le_s(25)_
 L  c_u_svm(1)_t_le_s(26)_
 L  c_u_svm(1)_t_le_s(27)_
 L  c_u_svm(1)_t_le_s(28)_
 L  c_u_svm(1)_t_le_s(29)_
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
 L  c_u_svm(1)_alpha_le_Cs(20)_
 L  c_u_svm(1)_alpha_le_Cs(21)_
 L  c_u_svm(1)_alpha_le_Cs(22)_
 L  c_u_svm(1)_alpha_le_Cs(23)_
 L  c_u_svm(1)_alpha_le_Cs(24)_
 L  c_u_svm(1)_alpha_le_Cs(25)_
 L  c_u_svm(1)_alpha_le_Cs(26)_
 L  c_u_svm(1)_alpha_le_Cs(27)_
 L  c_u_svm(1)_alpha_le_Cs(28)_
 L  c_u_svm(1)_alpha_le_Cs(29)_
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
 L  c_u_svm(1)_u_le_Mu(20)_
 L  c_u_svm(1)_u_le_Mu(21)_
 L  c_u_svm(1)_u_le_Mu(22)_
 L  c_u_svm(1)_u_le_Mu(23)_
 L  c_u_svm(1)_u_le_Mu(24)_
 L  c_u_svm(1)_u_le_Mu(25)_
 L  c_u_svm(1)_u_le_Mu(26)_
 L  c_u_svm(1)_u_le_Mu(27)_
 L  c_u_svm(1)_u_le_Mu(28)_
 L  c_u_svm(1)_u_le_Mu(29)_
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
 L  c_u_svm(1)_alpha_ge_Ct(20)_
 L  c_u_svm(1)_alpha_ge_Ct(21)_
 L  c_u_svm(1)_alpha_ge_Ct(22)_
 L  c_u_svm(1)_alpha_ge_Ct(23)_
 L  c_u_svm(1)_alpha_ge_Ct(24)_
 L  c_u_svm(1)_alpha_ge_Ct(25)_
 L  c_u_svm(1)_alpha_ge_Ct(26)_
 L  c_u_svm(1)_alpha_ge_Ct(27)_
 L  c_u_svm(1)_alpha_ge_Ct(28)_
 L  c_u_svm(1)_alpha_ge_Ct(29)_
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
 L  c_u_svm(1)_v_le_Mv(20)_
 L  c_u_svm(1)_v_le_Mv(21)_
 L  c_u_svm(1)_v_le_Mv(22)_
 L  c_u_svm(1)_v_le_Mv(23)_
 L  c_u_svm(1)_v_le_Mv(24)_
 L  c_u_svm(1)_v_le_Mv(25)_
 L  c_u_svm(1)_v_le_Mv(26)_
 L  c_u_svm(1)_v_le_Mv(27)_
 L  c_u_svm(1)_v_le_Mv(28)_
 L  c_u_svm(1)_v_le_Mv(29)_
 E  c_e_ONE_VAR_CONSTANT
COLUMNS
     b(0_1) objective 1
     b(0_1) c_u_svm(1)_z_ge_alpha_if_pos(0)_ 1.0305339999586789
     b(0_1) c_u_svm(1)_z_le_neg_alpha_if_neg(0)_ -1.0305339999586789
     b(0_1) c_u_svm(1)_w_minus_p_le(0)_ 12.06352125667034
     b(0_1) c_u_svm(1)_w_minus_p_ge(0)_ 12.06352125667034
     b(0_1) c_u_svm(1)_w_plus_p_le(0)_ -12.06352125667034
     b(0_1) c_u_svm(1)_w_plus_p_ge(0)_ -12.06352125667034
     b(1_1) objective 1
     b(1_1) c_u_svm(1)_z_ge_alpha_if_pos(1)_ 1.0305339999586789
     b(1_1) c_u_svm(1)_z_le_neg_alpha_if_neg(1)_ -1.0305339999586789
     b(1_1) c_u_svm(1)_w_minus_p_le(1)_ 9.6360035055062578
     b(1_1) c_u_svm(1)_w_minus_p_ge(1)_ 9.6360035055062578
     b(1_1) c_u_svm(1)_w_plus_p_le(1)_ -9.6360035055062578
     b(1_1) c_u_svm(1)_w_plus_p_ge(1)_ -9.6360035055062578
     b(2_1) objective 1
     b(2_1) c_u_svm(1)_z_ge_alpha_if_pos(2)_ 1.0305339999586789
     b(2_1) c_u_svm(1)_z_le_neg_alpha_if_neg(2)_ -1.0305339999586789
     b(2_1) c_u_svm(1)_w_minus_p_le(2)_ 8.3290268116558845
     b(2_1) c_u_svm(1)_w_minus_p_ge(2)_ 8.3290268116558845
     b(2_1) c_u_svm(1)_w_plus_p_le(2)_ -8.3290268116558845
     b(2_1) c_u_svm(1)_w_plus_p_ge(2)_ -8.3290268116558845
     b(3_1) objective 1
     b(3_1) c_u_svm(1)_z_ge_alpha_if_pos(3)_ 1.0305339999586789
     b(3_1) c_u_svm(1)_z_le_neg_alpha_if_neg(3)_ -1.0305339999586789
     b(3_1) c_u_svm(1)_w_minus_p_le(3)_ 10.769401610062873
     b(3_1) c_u_svm(1)_w_minus_p_ge(3)_ 10.769401610062873
     b(3_1) c_u_svm(1)_w_plus_p_le(3)_ -10.769401610062873
     b(3_1) c_u_svm(1)_w_plus_p_ge(3)_ -10.769401610062873
     b(4_1) objective 1
     b(4_1) c_u_svm(1)_z_ge_alpha_if_pos(4)_ 1.0305339999586789
     b(4_1) c_u_svm(1)_z_le_neg_alpha_if_neg(4)_ -1.0305339999586789
     b(4_1) c_u_svm(1)_w_minus_p_le(4)_ 8.6225482992393001
     b(4_1) c_u_svm(1)_w_minus_p_ge(4)_ 8.6225482992393001
     b(4_1) c_u_svm(1)_w_plus_p_le(4)_ -8.6225482992393001
     b(4_1) c_u_svm(1)_w_plus_p_ge(4)_ -8.6225482992393001
     b(5_1) objective 1
     b(5_1) c_u_svm(1)_z_ge_alpha_if_pos(5)_ 1.0305339999586789
     b(5_1) c_u_svm(1)_z_le_neg_alpha_if_neg(5)_ -1.0305339999586789
     b(5_1) c_u_svm(1)_w_minus_p_le(5)_ 13.512301574191401
     b(5_1) c_u_svm(1)_w_minus_p_ge(5)_ 13.512301574191401
     b(5_1) c_u_svm(1)_w_plus_p_le(5)_ -13.512301574191401
     b(5_1) c_u_svm(1)_w_plus_p_ge(5)_ -13.512301574191401
     b(6_1) objective 1
     b(6_1) c_u_svm(1)_z_ge_alpha_if_pos(6)_ 1.0305339999586789
     b(6_1) c_u_svm(1)_z_le_neg_alpha_if_neg(6)_ -1.0305339999586789
     b(6_1) c_u_svm(1)_w_minus_p_le(6)_ 9.7243289361270939
     b(6_1) c_u_svm(1)_w_minus_p_ge(6)_ 9.7243289361270939
     b(6_1) c_u_svm(1)_w_plus_p_le(6)_ -9.7243289361270939
     b(6_1) c_u_svm(1)_w_plus_p_ge(6)_ -9.7243289361270939
     b(7_1) objective 1
     b(7_1) c_u_svm(1)_z_ge_alpha_if_pos(7)_ 1.0305339999586789
     b(7_1) c_u_svm(1)_z_le_neg_alpha_if_neg(7)_ -1.0305339999586789
     b(7_1) c_u_svm(1)_w_minus_p_le(7)_ 10.191389087407197
     b(7_1) c_u_svm(1)_w_minus_p_ge(7)_ 10.191389087407197
     b(7_1) c_u_svm(1)_w_plus_p_le(7)_ -10.191389087407197
     b(7_1) c_u_svm(1)_w_plus_p_ge(7)_ -10.191389087407197
     b(8_1) objective 1
     b(8_1) c_u_svm(1)_z_ge_alpha_if_pos(8)_ 1.0305339999586789
     b(8_1) c_u_svm(1)_z_le_neg_alpha_if_neg(8)_ -1.0305339999586789
     b(8_1) c_u_svm(1)_w_minus_p_le(8)_ 8.7316503894668074
     b(8_1) c_u_svm(1)_w_minus_p_ge(8)_ 8.7316503894668074
     b(8_1) c_u_svm(1)_w_plus_p_le(8)_ -8.7316503894668074
     b(8_1) c_u_svm(1)_w_plus_p_ge(8)_ -8.7316503894668074
     b(9_1) objective 1
     b(9_1) c_u_svm(1)_z_ge_alpha_if_pos(9)_ 1.0305339999586789
     b(9_1) c_u_svm(1)_z_le_neg_alpha_if_neg(9)_ -1.0305339999586789
     b(9_1) c_u_svm(1)_w_minus_p_le(9)_ 10.733549954120093
     b(9_1) c_u_svm(1)_w_minus_p_ge(9)_ 10.733549954120093
     b(9_1) c_u_svm(1)_w_plus_p_le(9)_ -10.733549954120093
     b(9_1) c_u_svm(1)_w_plus_p_ge(9)_ -10.733549954120093
     b(10_1) objective 1
     b(10_1) c_u_svm(1)_z_ge_alpha_if_pos(10)_ 1.0305339999586789
     b(10_1) c_u_svm(1)_z_le_neg_alpha_if_neg(10)_ -1.0305339999586789
     b(10_1) c_u_svm(1)_w_minus_p_le(10)_ 9.0538082121148378
     b(10_1) c_u_svm(1)_w_minus_p_ge(10)_ 9.0538082121148378
     b(10_1) c_u_svm(1)_w_plus_p_le(10)_ -9.0538082121148378
     b(10_1) c_u_svm(1)_w_plus_p_ge(10)_ -9.0538082121148378
     b(11_1) objective 1
     b(11_1) c_u_svm(1)_z_ge_alpha_if_pos(11)_ 1.0305339999586789
     b(11_1) c_u_svm(1)_z_le_neg_alpha_if_neg(11)_ -1.0305339999586789
     b(11_1) c_u_svm(1)_w_minus_p_le(11)_ 8.9701378710416453
     b(11_1) c_u_svm(1)_w_minus_p_ge(11)_ 8.9701378710416453
     b(11_1) c_u_svm(1)_w_plus_p_le(11)_ -8.9701378710416453
     b(11_1) c_u_svm(1)_w_plus_p_ge(11)_ -8.9701378710416453
     b(12_1) objective 1
     b(12_1) c_u_svm(1)_z_ge_alpha_if_pos(12)_ 1.0305339999586789
     b(12_1) c_u_svm(1)_z_le_neg_alpha_if_neg(12)_ -1.0305339999586789
     b(12_1) c_u_svm(1)_w_minus_p_le(12)_ 10.357989077180372
     b(12_1) c_u_svm(1)_w_minus_p_ge(12)_ 10.357989077180372
     b(12_1) c_u_svm(1)_w_plus_p_le(12)_ -10.357989077180372
     b(12_1) c_u_svm(1)_w_plus_p_ge(12)_ -10.357989077180372
     b(13_1) objective 1
     b(13_1) c_u_svm(1)_z_ge_alpha_if_pos(13)_ 1.0305339999586789
     b(13_1) c_u_svm(1)_z_le_neg_alpha_if_neg(13)_ -1.0305339999586789
     b(13_1) c_u_svm(1)_w_minus_p_le(13)_ 9.512875207423388
     b(13_1) c_u_svm(1)_w_minus_p_ge(13)_ 9.512875207423388
     b(13_1) c_u_svm(1)_w_plus_p_le(13)_ -9.512875207423388
     b(13_1) c_u_svm(1)_w_plus_p_ge(13)_ -9.512875207423388
     b(14_1) objective 1
     b(14_1) c_u_svm(1)_z_ge_alpha_if_pos(14)_ 1.0305339999586789
     b(14_1) c_u_svm(1)_z_le_neg_alpha_if_neg(14)_ -1.0305339999586789
     b(14_1) c_u_svm(1)_w_minus_p_le(14)_ 10.84520050418274
     b(14_1) c_u_svm(1)_w_minus_p_ge(14)_ 10.84520050418274
     b(14_1) c_u_svm(1)_w_plus_p_le(14)_ -10.84520050418274
     b(14_1) c_u_svm(1)_w_plus_p_ge(14)_ -10.84520050418274
     b(15_1) objective -1
     b(15_1) c_u_svm(1)_z_ge_alpha_if_pos(15)_ 1.0305339999586789
     b(15_1) c_u_svm(1)_z_le_neg_alpha_if_neg(15)_ -1.0305339999586789
     b(15_1) c_u_svm(1)_w_minus_p_le(15)_ 10.448865432840092
     b(15_1) c_u_svm(1)_w_minus_p_ge(15)_ 10.448865432840092
     b(15_1) c_u_svm(1)_w_plus_p_le(15)_ -10.448865432840092
     b(15_1) c_u_svm(1)_w_plus_p_ge(15)_ -10.448865432840092
     b(16_1) objective -1
     b(16_1) c_u_svm(1)_z_ge_alpha_if_pos(16)_ 1.0305339999586789
     b(16_1) c_u_svm(1)_z_le_neg_alpha_if_neg(16)_ -1.0305339999586789
     b(16_1) c_u_svm(1)_w_minus_p_le(16)_ 11.739304902119594
     b(16_1) c_u_svm(1)_w_minus_p_ge(16)_ 11.739304902119594
     b(16_1) c_u_svm(1)_w_plus_p_le(16)_ -11.739304902119594
     b(16_1) c_u_svm(1)_w_plus_p_ge(16)_ -11.739304902119594
     b(17_1) objective -1
     b(17_1) c_u_svm(1)_z_ge_alpha_if_pos(17)_ 1.0305339999586789
     b(17_1) c_u_svm(1)_z_le_neg_alpha_if_neg(17)_ -1.0305339999586789
     b(17_1) c_u_svm(1)_w_minus_p_le(17)_ 10.92544278656707
     b(17_1) c_u_svm(1)_w_minus_p_ge(17)_ 10.92544278656707
     b(17_1) c_u_svm(1)_w_plus_p_le(17)_ -10.92544278656707
     b(17_1) c_u_svm(1)_w_plus_p_ge(17)_ -10.92544278656707
     b(18_1) objective -1
     b(18_1) c_u_svm(1)_z_ge_alpha_if_pos(18)_ 1.0305339999586789
     b(18_1) c_u_svm(1)_z_le_neg_alpha_if_neg(18)_ -1.0305339999586789
     b(18_1) c_u_svm(1)_w_minus_p_le(18)_ 11.692428447171414
     b(18_1) c_u_svm(1)_w_minus_p_ge(18)_ 11.692428447171414
     b(18_1) c_u_svm(1)_w_plus_p_le(18)_ -11.692428447171414
     b(18_1) c_u_svm(1)_w_plus_p_ge(18)_ -11.692428447171414
     b(19_1) objective -1
     b(19_1) c_u_svm(1)_z_ge_alpha_if_pos(19)_ 1.0305339999586789
     b(19_1) c_u_svm(1)_z_le_neg_alpha_if_neg(19)_ -1.0305339999586789
     b(19_1) c_u_svm(1)_w_minus_p_le(19)_ 14.750686748631896
     b(19_1) c_u_svm(1)_w_minus_p_ge(19)_ 14.750686748631896
     b(19_1) c_u_svm(1)_w_plus_p_le(19)_ -14.750686748631896
     b(19_1) c_u_svm(1)_w_plus_p_ge(19)_ -14.750686748631896
     b(20_1) objective -1
     b(20_1) c_u_svm(1)_z_ge_alpha_if_pos(20)_ 1.0305339999586789
     b(20_1) c_u_svm(1)_z_le_neg_alpha_if_neg(20)_ -1.0305339999586789
     b(20_1) c_u_svm(1)_w_minus_p_le(20)_ 18.051859158900236
     b(20_1) c_u_svm(1)_w_minus_p_ge(20)_ 18.051859158900236
     b(20_1) c_u_svm(1)_w_plus_p_le(20)_ -18.051859158900236
     b(20_1) c_u_svm(1)_w_plus_p_ge(20)_ -18.051859158900236
     b(21_1) objective -1
     b(21_1) c_u_svm(1)_z_ge_alpha_if_pos(21)_ 1.0305339999586789
     b(21_1) c_u_svm(1)_z_le_neg_alpha_if_neg(21)_ -1.0305339999586789
     b(21_1) c_u_svm(1)_w_minus_p_le(21)_ 4.3251852933939148
     b(21_1) c_u_svm(1)_w_minus_p_ge(21)_ 4.3251852933939148
     b(21_1) c_u_svm(1)_w_plus_p_le(21)_ -4.3251852933939148
     b(21_1) c_u_svm(1)_w_plus_p_ge(21)_ -4.3251852933939148
     b(22_1) objective -1
     b(22_1) c_u_svm(1)_z_ge_alpha_if_pos(22)_ 1.0305339999586789
     b(22_1) c_u_svm(1)_z_le_neg_alpha_if_neg(22)_ -1.0305339999586789
     b(22_1) c_u_svm(1)_w_minus_p_le(22)_ 13.176248783570427
     b(22_1) c_u_svm(1)_w_minus_p_ge(22)_ 13.176248783570427
     b(22_1) c_u_svm(1)_w_plus_p_le(22)_ -13.176248783570427
     b(22_1) c_u_svm(1)_w_plus_p_ge(22)_ -13.176248783570427
     b(23_1) objective -1
     b(23_1) c_u_svm(1)_z_ge_alpha_if_pos(23)_ 1.0305339999586789
     b(23_1) c_u_svm(1)_z_le_neg_alpha_if_neg(23)_ -1.0305339999586789
     b(23_1) c_u_svm(1)_w_minus_p_le(23)_ 14.344719511480641
     b(23_1) c_u_svm(1)_w_minus_p_ge(23)_ 14.344719511480641
     b(23_1) c_u_svm(1)_w_plus_p_le(23)_ -14.344719511480641
     b(23_1) c_u_svm(1)_w_plus_p_ge(23)_ -14.344719511480641
     b(24_1) objective -1
     b(24_1) c_u_svm(1)_z_ge_alpha_if_pos(24)_ 1.0305339999586789
     b(24_1) c_u_svm(1)_z_le_neg_alpha_if_neg(24)_ -1.0305339999586789
     b(24_1) c_u_svm(1)_w_minus_p_le(24)_ 10.264503770618481
     b(24_1) c_u_svm(1)_w_minus_p_ge(24)_ 10.264503770618481
     b(24_1) c_u_svm(1)_w_plus_p_le(24)_ -10.264503770618481
     b(24_1) c_u_svm(1)_w_plus_p_ge(24)_ -10.264503770618481
     b(25_1) objective -1
     b(25_1) c_u_svm(1)_z_ge_alpha_if_pos(25)_ 1.0305339999586789
     b(25_1) c_u_svm(1)_z_le_neg_alpha_if_neg(25)_ -1.0305339999586789
     b(25_1) c_u_svm(1)_w_minus_p_le(25)_ 9.5940780978129414
     b(25_1) c_u_svm(1)_w_minus_p_ge(25)_ 9.5940780978129414
     b(25_1) c_u_svm(1)_w_plus_p_le(25)_ -9.5940780978129414
     b(25_1) c_u_svm(1)_w_plus_p_ge(25)_ -9.5940780978129414
     b(26_1) objective -1
     b(26_1) c_u_svm(1)_z_ge_alpha_if_pos(26)_ 1.0305339999586789
     b(26_1) c_u_svm(1)_z_le_neg_alpha_if_neg(26)_ -1.0305339999586789
     b(26_1) c_u_svm(1)_w_minus_p_le(26)_ 12.422490555972583
     b(26_1) c_u_svm(1)_w_minus_p_ge(26)_ 12.422490555972583
     b(26_1) c_u_svm(1)_w_plus_p_le(26)_ -12.422490555972583
     b(26_1) c_u_svm(1)_w_plus_p_ge(26)_ -12.422490555972583
     b(27_1) objective -1
     b(27_1) c_u_svm(1)_z_ge_alpha_if_pos(27)_ 1.0305339999586789
     b(27_1) c_u_svm(1)_z_le_neg_alpha_if_neg(27)_ -1.0305339999586789
     b(27_1) c_u_svm(1)_w_minus_p_le(27)_ 12.05500958308517
     b(27_1) c_u_svm(1)_w_minus_p_ge(27)_ 12.05500958308517
     b(27_1) c_u_svm(1)_w_plus_p_le(27)_ -12.05500958308517
     b(27_1) c_u_svm(1)_w_plus_p_ge(27)_ -12.05500958308517
     b(28_1) objective -1
     b(28_1) c_u_svm(1)_z_ge_alpha_if_pos(28)_ 1.0305339999586789
     b(28_1) c_u_svm(1)_z_le_neg_alpha_if_neg(28)_ -1.0305339999586789
     b(28_1) c_u_svm(1)_w_minus_p_le(28)_ 9.3139524031821157
     b(28_1) c_u_svm(1)_w_minus_p_ge(28)_ 9.3139524031821157
     b(28_1) c_u_svm(1)_w_plus_p_le(28)_ -9.3139524031821157
     b(28_1) c_u_svm(1)_w_plus_p_ge(28)_ -9.3139524031821157
     b(29_1) objective -1
     b(29_1) c_u_svm(1)_z_ge_alpha_if_pos(29)_ 1.0305339999586789
     b(29_1) c_u_svm(1)_z_le_neg_alpha_if_neg(29)_ -1.0305339999586789
     b(29_1) c_u_svm(1)_w_minus_p_le(29)_ 11.288000576629882
     b(29_1) c_u_svm(1)_w_minus_p_ge(29)_ 11.288000576629882
     b(29_1) c_u_svm(1)_w_plus_p_le(29)_ -11.288000576629882
     b(29_1) c_u_svm(1)_w_plus_p_ge(29)_ -11.288000576629882
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
     svm(1)_alpha(20) c_u_svm(1)_z_le_alpha(20)_ -1
     svm(1)_alpha(20) c_u_svm(1)_z_ge_neg_alpha(20)_ -1
     svm(1)_alpha(20) c_u_svm(1)_z_ge_alpha_if_pos(20)_ 1
     svm(1)_alpha(20) c_u_svm(1)_z_le_neg_alpha_if_neg(20)_ 1
     svm(1)_alpha(20) c_u_svm(1)_alpha_le_Cs(20)_ 1
     svm(1)_alpha(20) c_u_svm(1)_alpha_ge_Ct(20)_ -1
     svm(1)_alpha(21) c_u_svm(1)_z_le_alpha(21)_ -1
     svm(1)_alpha(21) c_u_svm(1)_z_ge_neg_alpha(21)_ -1
     svm(1)_alpha(21) c_u_svm(1)_z_ge_alpha_if_pos(21)_ 1
     svm(1)_alpha(21) c_u_svm(1)_z_le_neg_alpha_if_neg(21)_ 1
     svm(1)_alpha(21) c_u_svm(1)_alpha_le_Cs(21)_ 1
     svm(1)_alpha(21) c_u_svm(1)_alpha_ge_Ct(21)_ -1
     svm(1)_alpha(22) c_u_svm(1)_z_le_alpha(22)_ -1
     svm(1)_alpha(22) c_u_svm(1)_z_ge_neg_alpha(22)_ -1
     svm(1)_alpha(22) c_u_svm(1)_z_ge_alpha_if_pos(22)_ 1
     svm(1)_alpha(22) c_u_svm(1)_z_le_neg_alpha_if_neg(22)_ 1
     svm(1)_alpha(22) c_u_svm(1)_alpha_le_Cs(22)_ 1
     svm(1)_alpha(22) c_u_svm(1)_alpha_ge_Ct(22)_ -1
     svm(1)_alpha(23) c_u_svm(1)_z_le_alpha(23)_ -1
     svm(1)_alpha(23) c_u_svm(1)_z_ge_neg_alpha(23)_ -1
     svm(1)_alpha(23) c_u_svm(1)_z_ge_alpha_if_pos(23)_ 1
     svm(1)_alpha(23) c_u_svm(1)_z_le_neg_alpha_if_neg(23)_ 1
     svm(1)_alpha(23) c_u_svm(1)_alpha_le_Cs(23)_ 1
     svm(1)_alpha(23) c_u_svm(1)_alpha_ge_Ct(23)_ -1
     svm(1)_alpha(24) c_u_svm(1)_z_le_alpha(24)_ -1
     svm(1)_alpha(24) c_u_svm(1)_z_ge_neg_alpha(24)_ -1
     svm(1)_alpha(24) c_u_svm(1)_z_ge_alpha_if_pos(24)_ 1
     svm(1)_alpha(24) c_u_svm(1)_z_le_neg_alpha_if_neg(24)_ 1
     svm(1)_alpha(24) c_u_svm(1)_alpha_le_Cs(24)_ 1
     svm(1)_alpha(24) c_u_svm(1)_alpha_ge_Ct(24)_ -1
     svm(1)_alpha(25) c_u_svm(1)_z_le_alpha(25)_ -1
     svm(1)_alpha(25) c_u_svm(1)_z_ge_neg_alpha(25)_ -1
     svm(1)_alpha(25) c_u_svm(1)_z_ge_alpha_if_pos(25)_ 1
     svm(1)_alpha(25) c_u_svm(1)_z_le_neg_alpha_if_neg(25)_ 1
     svm(1)_alpha(25) c_u_svm(1)_alpha_le_Cs(25)_ 1
     svm(1)_alpha(25) c_u_svm(1)_alpha_ge_Ct(25)_ -1
     svm(1)_alpha(26) c_u_svm(1)_z_le_alpha(26)_ -1
     svm(1)_alpha(26) c_u_svm(1)_z_ge_neg_alpha(26)_ -1
     svm(1)_alpha(26) c_u_svm(1)_z_ge_alpha_if_pos(26)_ 1
     svm(1)_alpha(26) c_u_svm(1)_z_le_neg_alpha_if_neg(26)_ 1
     svm(1)_alpha(26) c_u_svm(1)_alpha_le_Cs(26)_ 1
     svm(1)_alpha(26) c_u_svm(1)_alpha_ge_Ct(26)_ -1
     svm(1)_alpha(27) c_u_svm(1)_z_le_alpha(27)_ -1
     svm(1)_alpha(27) c_u_svm(1)_z_ge_neg_alpha(27)_ -1
     svm(1)_alpha(27) c_u_svm(1)_z_ge_alpha_if_pos(27)_ 1
     svm(1)_alpha(27) c_u_svm(1)_z_le_neg_alpha_if_neg(27)_ 1
     svm(1)_alpha(27) c_u_svm(1)_alpha_le_Cs(27)_ 1
     svm(1)_alpha(27) c_u_svm(1)_alpha_ge_Ct(27)_ -1
     svm(1)_alpha(28) c_u_svm(1)_z_le_alpha(28)_ -1
     svm(1)_alpha(28) c_u_svm(1)_z_ge_neg_alpha(28)_ -1
     svm(1)_alpha(28) c_u_svm(1)_z_ge_alpha_if_pos(28)_ 1
     svm(1)_alpha(28) c_u_svm(1)_z_le_neg_alpha_if_neg(28)_ 1
     svm(1)_alpha(28) c_u_svm(1)_alpha_le_Cs(28)_ 1
     svm(1)_alpha(28) c_u_svm(1)_alpha_ge_Ct(28)_ -1
     svm(1)_alpha(29) c_u_svm(1)_z_le_alpha(29)_ -1
     svm(1)_alpha(29) c_u_svm(1)_z_ge_neg_alpha(29)_ -1
     svm(1)_alpha(29) c_u_svm(1)_z_ge_alpha_if_pos(29)_ 1
     svm(1)_alpha(29) c_u_svm(1)_z_le_neg_alpha_if_neg(29)_ 1
     svm(1)_alpha(29) c_u_svm(1)_alpha_le_Cs(29)_ 1
     svm(1)_alpha(29) c_u_svm(1)_alpha_ge_Ct(29)_ -1
     svm(1)_z(0) c_u_crossed_ -0.52611986901832553
     svm(1)_z(0) c_u_svm(1)_z_le_alpha(0)_ 1
     svm(1)_z(0) c_u_svm(1)_z_ge_neg_alpha(0)_ -1
     svm(1)_z(0) c_u_svm(1)_z_ge_alpha_if_pos(0)_ -1
     svm(1)_z(0) c_u_svm(1)_z_le_neg_alpha_if_neg(0)_ 1
     svm(1)_z(0) c_e_svm(1)_p_def(0)_ -2.4460434549816963
     svm(1)_z(0) c_e_svm(1)_p_def(1)_ -0.59503772835578561
     svm(1)_z(0) c_e_svm(1)_p_def(2)_ -0.24725757341357479
     svm(1)_z(0) c_e_svm(1)_p_def(3)_ -0.29296426147949856
     svm(1)_z(0) c_e_svm(1)_p_def(4)_ -0.3460929979739546
     svm(1)_z(0) c_e_svm(1)_p_def(5)_ -0.59140309415133741
     svm(1)_z(0) c_e_svm(1)_p_def(6)_ -0.12607305174627356
     svm(1)_z(0) c_e_svm(1)_p_def(7)_ -0.35182414405206219
     svm(1)_z(0) c_e_svm(1)_p_def(8)_ -0.43014191733658153
     svm(1)_z(0) c_e_svm(1)_p_def(9)_ -0.32007245970122339
     svm(1)_z(0) c_e_svm(1)_p_def(10)_ -0.41266576334420618
     svm(1)_z(0) c_e_svm(1)_p_def(11)_ -0.53368704216538898
     svm(1)_z(0) c_e_svm(1)_p_def(12)_ -0.33645613280726877
     svm(1)_z(0) c_e_svm(1)_p_def(13)_ -0.54335573087558575
     svm(1)_z(0) c_e_svm(1)_p_def(14)_ -0.58683958289806504
     svm(1)_z(0) c_e_svm(1)_p_def(15)_ 0.012829648820921441
     svm(1)_z(0) c_e_svm(1)_p_def(16)_ 0.0036904862538585659
     svm(1)_z(0) c_e_svm(1)_p_def(17)_ -0.18262765381124307
     svm(1)_z(0) c_e_svm(1)_p_def(18)_ -0.27610624389861133
     svm(1)_z(0) c_e_svm(1)_p_def(19)_ -0.13390086278955726
     svm(1)_z(0) c_e_svm(1)_p_def(20)_ -0.45333691253724545
     svm(1)_z(0) c_e_svm(1)_p_def(21)_ -0.069022872732677307
     svm(1)_z(0) c_e_svm(1)_p_def(22)_ -0.42406495674844363
     svm(1)_z(0) c_e_svm(1)_p_def(23)_ -0.37979586331070059
     svm(1)_z(0) c_e_svm(1)_p_def(24)_ -0.06114528983258459
     svm(1)_z(0) c_e_svm(1)_p_def(25)_ -0.1143538441906775
     svm(1)_z(0) c_e_svm(1)_p_def(26)_ -0.67694612919069086
     svm(1)_z(0) c_e_svm(1)_p_def(27)_ -0.22091778580579347
     svm(1)_z(0) c_e_svm(1)_p_def(28)_ -0.31970974937739904
     svm(1)_z(0) c_e_svm(1)_p_def(29)_ -0.21772433272542607
     svm(1)_z(1) c_u_crossed_ -1.1892432750798634
     svm(1)_z(1) c_u_svm(1)_z_le_alpha(1)_ 1
     svm(1)_z(1) c_u_svm(1)_z_ge_neg_alpha(1)_ -1
     svm(1)_z(1) c_u_svm(1)_z_ge_alpha_if_pos(1)_ -1
     svm(1)_z(1) c_u_svm(1)_z_le_neg_alpha_if_neg(1)_ 1
     svm(1)_z(1) c_e_svm(1)_p_def(0)_ -0.59503772835578561
     svm(1)_z(1) c_e_svm(1)_p_def(1)_ -1.5016901169055443
     svm(1)_z(1) c_e_svm(1)_p_def(2)_ -0.87471005540400459
     svm(1)_z(1) c_e_svm(1)_p_def(3)_ -0.73606900056738889
     svm(1)_z(1) c_e_svm(1)_p_def(4)_ -1.0277925000427066
     svm(1)_z(1) c_e_svm(1)_p_def(5)_ -0.44997119017665721
     svm(1)_z(1) c_e_svm(1)_p_def(6)_ -0.58893812488719066
     svm(1)_z(1) c_e_svm(1)_p_def(7)_ -0.69154331638376476
     svm(1)_z(1) c_e_svm(1)_p_def(8)_ -1.242452930293487
     svm(1)_z(1) c_e_svm(1)_p_def(9)_ -0.6214795866171321
     svm(1)_z(1) c_e_svm(1)_p_def(10)_ -1.0210625280612247
     svm(1)_z(1) c_e_svm(1)_p_def(11)_ -1.0071130037970371
     svm(1)_z(1) c_e_svm(1)_p_def(12)_ -0.65582707267535778
     svm(1)_z(1) c_e_svm(1)_p_def(13)_ -1.42946548465267
     svm(1)_z(1) c_e_svm(1)_p_def(14)_ -0.76024810494996342
     svm(1)_z(1) c_e_svm(1)_p_def(15)_ 0.10220864174083805
     svm(1)_z(1) c_e_svm(1)_p_def(16)_ 0.055565829300402533
     svm(1)_z(1) c_e_svm(1)_p_def(17)_ 0.012965614510366416
     svm(1)_z(1) c_e_svm(1)_p_def(18)_ 0.084187030590853348
     svm(1)_z(1) c_e_svm(1)_p_def(19)_ 0.08866115434238471
     svm(1)_z(1) c_e_svm(1)_p_def(20)_ -0.057242858761966303
     svm(1)_z(1) c_e_svm(1)_p_def(21)_ -0.32684791766213794
     svm(1)_z(1) c_e_svm(1)_p_def(22)_ 0.08066416094706419
     svm(1)_z(1) c_e_svm(1)_p_def(23)_ 0.066643153767583785
     svm(1)_z(1) c_e_svm(1)_p_def(24)_ 0.032977756453020535
     svm(1)_z(1) c_e_svm(1)_p_def(25)_ 0.012420810103076579
     svm(1)_z(1) c_e_svm(1)_p_def(26)_ -0.031216566312631311
     svm(1)_z(1) c_e_svm(1)_p_def(27)_ 0.1281334804788353
     svm(1)_z(1) c_e_svm(1)_p_def(28)_ 0.096296991152018008
     svm(1)_z(1) c_e_svm(1)_p_def(29)_ 0.070056137110325933
     svm(1)_z(2) c_u_crossed_ -0.72224255410602844
     svm(1)_z(2) c_u_svm(1)_z_le_alpha(2)_ 1
     svm(1)_z(2) c_u_svm(1)_z_ge_neg_alpha(2)_ -1
     svm(1)_z(2) c_u_svm(1)_z_ge_alpha_if_pos(2)_ -1
     svm(1)_z(2) c_u_svm(1)_z_le_neg_alpha_if_neg(2)_ 1
     svm(1)_z(2) c_e_svm(1)_p_def(0)_ -0.24725757341357479
     svm(1)_z(2) c_e_svm(1)_p_def(1)_ -0.87471005540400459
     svm(1)_z(2) c_e_svm(1)_p_def(2)_ -1.1219537232361327
     svm(1)_z(2) c_e_svm(1)_p_def(3)_ -0.77633198393088421
     svm(1)_z(2) c_e_svm(1)_p_def(4)_ -0.93177652325942306
     svm(1)_z(2) c_e_svm(1)_p_def(5)_ -0.64705878464652722
     svm(1)_z(2) c_e_svm(1)_p_def(6)_ -0.59033439985931457
     svm(1)_z(2) c_e_svm(1)_p_def(7)_ -0.26029107001506435
     svm(1)_z(2) c_e_svm(1)_p_def(8)_ -0.90346350061864411
     svm(1)_z(2) c_e_svm(1)_p_def(9)_ -0.20465843478084705
     svm(1)_z(2) c_e_svm(1)_p_def(10)_ -1.0846980484513935
     svm(1)_z(2) c_e_svm(1)_p_def(11)_ -0.46859580273081736
     svm(1)_z(2) c_e_svm(1)_p_def(12)_ -0.28092383854553976
     svm(1)_z(2) c_e_svm(1)_p_def(13)_ -0.87643766845278859
     svm(1)_z(2) c_e_svm(1)_p_def(14)_ -0.93658640746411947
     svm(1)_z(2) c_e_svm(1)_p_def(15)_ 0.061802557218006489
     svm(1)_z(2) c_e_svm(1)_p_def(16)_ 0.051099625058192127
     svm(1)_z(2) c_e_svm(1)_p_def(17)_ 0.0027697478905555351
     svm(1)_z(2) c_e_svm(1)_p_def(18)_ 0.088698872882229773
     svm(1)_z(2) c_e_svm(1)_p_def(19)_ -0.011329473899502007
     svm(1)_z(2) c_e_svm(1)_p_def(20)_ 0.099112275528714502
     svm(1)_z(2) c_e_svm(1)_p_def(21)_ -0.38701328186776318
     svm(1)_z(2) c_e_svm(1)_p_def(22)_ -0.079005662810357494
     svm(1)_z(2) c_e_svm(1)_p_def(23)_ 0.025963858321263023
     svm(1)_z(2) c_e_svm(1)_p_def(24)_ -0.011342325558328384
     svm(1)_z(2) c_e_svm(1)_p_def(25)_ -0.034413468098700578
     svm(1)_z(2) c_e_svm(1)_p_def(26)_ 0.015837041154309908
     svm(1)_z(2) c_e_svm(1)_p_def(27)_ 0.076468758585046398
     svm(1)_z(2) c_e_svm(1)_p_def(28)_ 0.071264274466597943
     svm(1)_z(2) c_e_svm(1)_p_def(29)_ -0.11280105400798111
     svm(1)_z(3) c_u_crossed_ -0.61537838775694176
     svm(1)_z(3) c_u_svm(1)_z_le_alpha(3)_ 1
     svm(1)_z(3) c_u_svm(1)_z_ge_neg_alpha(3)_ -1
     svm(1)_z(3) c_u_svm(1)_z_ge_alpha_if_pos(3)_ -1
     svm(1)_z(3) c_u_svm(1)_z_le_neg_alpha_if_neg(3)_ 1
     svm(1)_z(3) c_e_svm(1)_p_def(0)_ -0.29296426147949856
     svm(1)_z(3) c_e_svm(1)_p_def(1)_ -0.73606900056738889
     svm(1)_z(3) c_e_svm(1)_p_def(2)_ -0.77633198393088421
     svm(1)_z(3) c_e_svm(1)_p_def(3)_ -1.8757267399146476
     svm(1)_z(3) c_e_svm(1)_p_def(4)_ -0.74943579014798822
     svm(1)_z(3) c_e_svm(1)_p_def(5)_ -1.6187964502661512
     svm(1)_z(3) c_e_svm(1)_p_def(6)_ -0.83239309832537089
     svm(1)_z(3) c_e_svm(1)_p_def(7)_ -0.14915604775641236
     svm(1)_z(3) c_e_svm(1)_p_def(8)_ -0.56706616586950265
     svm(1)_z(3) c_e_svm(1)_p_def(9)_ -0.1071371351669535
     svm(1)_z(3) c_e_svm(1)_p_def(10)_ -0.95052393644814592
     svm(1)_z(3) c_e_svm(1)_p_def(11)_ -0.58203046169067241
     svm(1)_z(3) c_e_svm(1)_p_def(12)_ -0.17630439744725337
     svm(1)_z(3) c_e_svm(1)_p_def(13)_ -0.63854913323128593
     svm(1)_z(3) c_e_svm(1)_p_def(14)_ -1.3633043767235944
     svm(1)_z(3) c_e_svm(1)_p_def(15)_ 0.087937148832844841
     svm(1)_z(3) c_e_svm(1)_p_def(16)_ -0.093863711302198449
     svm(1)_z(3) c_e_svm(1)_p_def(17)_ -0.23245503163692835
     svm(1)_z(3) c_e_svm(1)_p_def(18)_ 0.088654999643791338
     svm(1)_z(3) c_e_svm(1)_p_def(19)_ 0.1300720280827854
     svm(1)_z(3) c_e_svm(1)_p_def(20)_ -0.20069956865711422
     svm(1)_z(3) c_e_svm(1)_p_def(21)_ -0.21860232263128543
     svm(1)_z(3) c_e_svm(1)_p_def(22)_ 0.055109701377989651
     svm(1)_z(3) c_e_svm(1)_p_def(23)_ 0.11866261546951523
     svm(1)_z(3) c_e_svm(1)_p_def(24)_ -0.10138872708674879
     svm(1)_z(3) c_e_svm(1)_p_def(25)_ -0.1980555497229734
     svm(1)_z(3) c_e_svm(1)_p_def(26)_ -0.64223232752857673
     svm(1)_z(3) c_e_svm(1)_p_def(27)_ -0.028893432919757878
     svm(1)_z(3) c_e_svm(1)_p_def(28)_ 0.10652474978271399
     svm(1)_z(3) c_e_svm(1)_p_def(29)_ -0.0098413210055184608
     svm(1)_z(4) c_u_crossed_ -1.0152378003113844
     svm(1)_z(4) c_u_svm(1)_z_le_alpha(4)_ 1
     svm(1)_z(4) c_u_svm(1)_z_ge_neg_alpha(4)_ -1
     svm(1)_z(4) c_u_svm(1)_z_ge_alpha_if_pos(4)_ -1
     svm(1)_z(4) c_u_svm(1)_z_le_neg_alpha_if_neg(4)_ 1
     svm(1)_z(4) c_e_svm(1)_p_def(0)_ -0.3460929979739546
     svm(1)_z(4) c_e_svm(1)_p_def(1)_ -1.0277925000427066
     svm(1)_z(4) c_e_svm(1)_p_def(2)_ -0.93177652325942306
     svm(1)_z(4) c_e_svm(1)_p_def(3)_ -0.74943579014798822
     svm(1)_z(4) c_e_svm(1)_p_def(4)_ -1.2024241643485234
     svm(1)_z(4) c_e_svm(1)_p_def(5)_ -0.47925168861751849
     svm(1)_z(4) c_e_svm(1)_p_def(6)_ -0.88106646178666703
     svm(1)_z(4) c_e_svm(1)_p_def(7)_ -0.35360240510887819
     svm(1)_z(4) c_e_svm(1)_p_def(8)_ -0.98551468145960253
     svm(1)_z(4) c_e_svm(1)_p_def(9)_ -0.29546887858299631
     svm(1)_z(4) c_e_svm(1)_p_def(10)_ -0.88332027822550918
     svm(1)_z(4) c_e_svm(1)_p_def(11)_ -0.82487950670412924
     svm(1)_z(4) c_e_svm(1)_p_def(12)_ -0.29994806197353174
     svm(1)_z(4) c_e_svm(1)_p_def(13)_ -1.0580757268574308
     svm(1)_z(4) c_e_svm(1)_p_def(14)_ -0.70386423883872395
     svm(1)_z(4) c_e_svm(1)_p_def(15)_ 0.063139307209125667
     svm(1)_z(4) c_e_svm(1)_p_def(16)_ 0.096636867426582007
     svm(1)_z(4) c_e_svm(1)_p_def(17)_ 0.068236120745491291
     svm(1)_z(4) c_e_svm(1)_p_def(18)_ 0.060052247469929335
     svm(1)_z(4) c_e_svm(1)_p_def(19)_ 0.056131586504807457
     svm(1)_z(4) c_e_svm(1)_p_def(20)_ -0.027132605936073362
     svm(1)_z(4) c_e_svm(1)_p_def(21)_ -0.47775247343864846
     svm(1)_z(4) c_e_svm(1)_p_def(22)_ 0.049172169866194423
     svm(1)_z(4) c_e_svm(1)_p_def(23)_ 0.0093209370712901418
     svm(1)_z(4) c_e_svm(1)_p_def(24)_ -0.0085082391839765709
     svm(1)_z(4) c_e_svm(1)_p_def(25)_ -0.085137281254293262
     svm(1)_z(4) c_e_svm(1)_p_def(26)_ 0.078343500312919076
     svm(1)_z(4) c_e_svm(1)_p_def(27)_ 0.055516352148565651
     svm(1)_z(4) c_e_svm(1)_p_def(28)_ 0.044970981500557644
     svm(1)_z(4) c_e_svm(1)_p_def(29)_ 0.03270831143366297
     svm(1)_z(5) c_u_crossed_ -0.34090597079053397
     svm(1)_z(5) c_u_svm(1)_z_le_alpha(5)_ 1
     svm(1)_z(5) c_u_svm(1)_z_ge_neg_alpha(5)_ -1
     svm(1)_z(5) c_u_svm(1)_z_ge_alpha_if_pos(5)_ -1
     svm(1)_z(5) c_u_svm(1)_z_le_neg_alpha_if_neg(5)_ 1
     svm(1)_z(5) c_e_svm(1)_p_def(0)_ -0.59140309415133741
     svm(1)_z(5) c_e_svm(1)_p_def(1)_ -0.44997119017665721
     svm(1)_z(5) c_e_svm(1)_p_def(2)_ -0.64705878464652722
     svm(1)_z(5) c_e_svm(1)_p_def(3)_ -1.6187964502661512
     svm(1)_z(5) c_e_svm(1)_p_def(4)_ -0.47925168861751849
     svm(1)_z(5) c_e_svm(1)_p_def(5)_ -2.9528751351887745
     svm(1)_z(5) c_e_svm(1)_p_def(6)_ -0.78028639128650867
     svm(1)_z(5) c_e_svm(1)_p_def(7)_ -0.2329089463282254
     svm(1)_z(5) c_e_svm(1)_p_def(8)_ -0.28422127599366176
     svm(1)_z(5) c_e_svm(1)_p_def(9)_ -0.20812907963061
     svm(1)_z(5) c_e_svm(1)_p_def(10)_ -0.78603388052314072
     svm(1)_z(5) c_e_svm(1)_p_def(11)_ -0.38393361823323602
     svm(1)_z(5) c_e_svm(1)_p_def(12)_ -0.31867313123599816
     svm(1)_z(5) c_e_svm(1)_p_def(13)_ -0.32613510271919005
     svm(1)_z(5) c_e_svm(1)_p_def(14)_ -1.9100702068990589
     svm(1)_z(5) c_e_svm(1)_p_def(15)_ 0.10140655757665894
     svm(1)_z(5) c_e_svm(1)_p_def(16)_ -0.043050520721864272
     svm(1)_z(5) c_e_svm(1)_p_def(17)_ -0.22550215238299515
     svm(1)_z(5) c_e_svm(1)_p_def(18)_ 0.10128611685661552
     svm(1)_z(5) c_e_svm(1)_p_def(19)_ -0.20581622516326417
     svm(1)_z(5) c_e_svm(1)_p_def(20)_ -0.0018640801559254294
     svm(1)_z(5) c_e_svm(1)_p_def(21)_ -0.12909023298194697
     svm(1)_z(5) c_e_svm(1)_p_def(22)_ -0.22379775070777544
     svm(1)_z(5) c_e_svm(1)_p_def(23)_ -0.22792489826772924
     svm(1)_z(5) c_e_svm(1)_p_def(24)_ 0.057301215695061775
     svm(1)_z(5) c_e_svm(1)_p_def(25)_ -0.013059181583435109
     svm(1)_z(5) c_e_svm(1)_p_def(26)_ -1.047129757738233
     svm(1)_z(5) c_e_svm(1)_p_def(27)_ -0.4117654311721432
     svm(1)_z(5) c_e_svm(1)_p_def(28)_ 0.024054103649903125
     svm(1)_z(5) c_e_svm(1)_p_def(29)_ -0.31197400927019175
     svm(1)_z(6) c_u_crossed_ -0.73424917207653273
     svm(1)_z(6) c_u_svm(1)_z_le_alpha(6)_ 1
     svm(1)_z(6) c_u_svm(1)_z_ge_neg_alpha(6)_ -1
     svm(1)_z(6) c_u_svm(1)_z_ge_alpha_if_pos(6)_ -1
     svm(1)_z(6) c_u_svm(1)_z_le_neg_alpha_if_neg(6)_ 1
     svm(1)_z(6) c_e_svm(1)_p_def(0)_ -0.12607305174627356
     svm(1)_z(6) c_e_svm(1)_p_def(1)_ -0.58893812488719066
     svm(1)_z(6) c_e_svm(1)_p_def(2)_ -0.59033439985931457
     svm(1)_z(6) c_e_svm(1)_p_def(3)_ -0.83239309832537089
     svm(1)_z(6) c_e_svm(1)_p_def(4)_ -0.88106646178666703
     svm(1)_z(6) c_e_svm(1)_p_def(5)_ -0.78028639128650867
     svm(1)_z(6) c_e_svm(1)_p_def(6)_ -1.5293458387047605
     svm(1)_z(6) c_e_svm(1)_p_def(7)_ -0.44892325604999878
     svm(1)_z(6) c_e_svm(1)_p_def(8)_ -0.50638536722039273
     svm(1)_z(6) c_e_svm(1)_p_def(9)_ -0.43261796188906582
     svm(1)_z(6) c_e_svm(1)_p_def(10)_ -0.44492728631527179
     svm(1)_z(6) c_e_svm(1)_p_def(11)_ -0.87311631119309485
     svm(1)_z(6) c_e_svm(1)_p_def(12)_ -0.36908248903384061
     svm(1)_z(6) c_e_svm(1)_p_def(13)_ -0.60149572828191611
     svm(1)_z(6) c_e_svm(1)_p_def(14)_ -0.61068189126944195
     svm(1)_z(6) c_e_svm(1)_p_def(15)_ 0.025915462533699973
     svm(1)_z(6) c_e_svm(1)_p_def(16)_ 0.11302408952313747
     svm(1)_z(6) c_e_svm(1)_p_def(17)_ 0.09734857337620334
     svm(1)_z(6) c_e_svm(1)_p_def(18)_ 0.045535502810883574
     svm(1)_z(6) c_e_svm(1)_p_def(19)_ -0.024684526584758032
     svm(1)_z(6) c_e_svm(1)_p_def(20)_ -0.17464588599484659
     svm(1)_z(6) c_e_svm(1)_p_def(21)_ -0.46712266757825338
     svm(1)_z(6) c_e_svm(1)_p_def(22)_ 0.0067751782523490234
     svm(1)_z(6) c_e_svm(1)_p_def(23)_ -0.10353099757719042
     svm(1)_z(6) c_e_svm(1)_p_def(24)_ -0.01547894550632703
     svm(1)_z(6) c_e_svm(1)_p_def(25)_ -0.16031107754615914
     svm(1)_z(6) c_e_svm(1)_p_def(26)_ 0.054630883166133418
     svm(1)_z(6) c_e_svm(1)_p_def(27)_ -0.38239969401236207
     svm(1)_z(6) c_e_svm(1)_p_def(28)_ -0.074579526821061268
     svm(1)_z(6) c_e_svm(1)_p_def(29)_ -0.048483330438172184
     svm(1)_z(7) c_u_crossed_ -0.59909273676645258
     svm(1)_z(7) c_u_svm(1)_z_le_alpha(7)_ 1
     svm(1)_z(7) c_u_svm(1)_z_ge_neg_alpha(7)_ -1
     svm(1)_z(7) c_u_svm(1)_z_ge_alpha_if_pos(7)_ -1
     svm(1)_z(7) c_u_svm(1)_z_le_neg_alpha_if_neg(7)_ 1
     svm(1)_z(7) c_e_svm(1)_p_def(0)_ -0.35182414405206219
     svm(1)_z(7) c_e_svm(1)_p_def(1)_ -0.69154331638376476
     svm(1)_z(7) c_e_svm(1)_p_def(2)_ -0.26029107001506435
     svm(1)_z(7) c_e_svm(1)_p_def(3)_ -0.14915604775641236
     svm(1)_z(7) c_e_svm(1)_p_def(4)_ -0.35360240510887819
     svm(1)_z(7) c_e_svm(1)_p_def(5)_ -0.2329089463282254
     svm(1)_z(7) c_e_svm(1)_p_def(6)_ -0.44892325604999878
     svm(1)_z(7) c_e_svm(1)_p_def(7)_ -1.6797830271703396
     svm(1)_z(7) c_e_svm(1)_p_def(8)_ -0.53552603992343184
     svm(1)_z(7) c_e_svm(1)_p_def(9)_ -1.7273374220979316
     svm(1)_z(7) c_e_svm(1)_p_def(10)_ -0.25040030134365909
     svm(1)_z(7) c_e_svm(1)_p_def(11)_ -0.79557694604806051
     svm(1)_z(7) c_e_svm(1)_p_def(12)_ -1.6126831626046272
     svm(1)_z(7) c_e_svm(1)_p_def(13)_ -0.67915637055048261
     svm(1)_z(7) c_e_svm(1)_p_def(14)_ -0.25073204292986079
     svm(1)_z(7) c_e_svm(1)_p_def(15)_ 0.03447366557965495
     svm(1)_z(7) c_e_svm(1)_p_def(16)_ 0.018107967987429974
     svm(1)_z(7) c_e_svm(1)_p_def(17)_ 0.011232159685670248
     svm(1)_z(7) c_e_svm(1)_p_def(18)_ 0.027973222299846667
     svm(1)_z(7) c_e_svm(1)_p_def(19)_ -0.2216192625930411
     svm(1)_z(7) c_e_svm(1)_p_def(20)_ -0.087977865161064983
     svm(1)_z(7) c_e_svm(1)_p_def(21)_ -0.17534391506246427
     svm(1)_z(7) c_e_svm(1)_p_def(22)_ -0.22809451888228383
     svm(1)_z(7) c_e_svm(1)_p_def(23)_ -0.14486804194557945
     svm(1)_z(7) c_e_svm(1)_p_def(24)_ 0.035689692404617654
     svm(1)_z(7) c_e_svm(1)_p_def(25)_ 0.055863715542180906
     svm(1)_z(7) c_e_svm(1)_p_def(26)_ -0.04653700663085622
     svm(1)_z(7) c_e_svm(1)_p_def(27)_ -0.23883676726236205
     svm(1)_z(7) c_e_svm(1)_p_def(28)_ -0.071263737840312591
     svm(1)_z(7) c_e_svm(1)_p_def(29)_ -0.26528361828347868
     svm(1)_z(8) c_u_crossed_ -1.0305496066228128
     svm(1)_z(8) c_u_svm(1)_z_le_alpha(8)_ 1
     svm(1)_z(8) c_u_svm(1)_z_ge_neg_alpha(8)_ -1
     svm(1)_z(8) c_u_svm(1)_z_ge_alpha_if_pos(8)_ -1
     svm(1)_z(8) c_u_svm(1)_z_le_neg_alpha_if_neg(8)_ 1
     svm(1)_z(8) c_e_svm(1)_p_def(0)_ -0.43014191733658153
     svm(1)_z(8) c_e_svm(1)_p_def(1)_ -1.242452930293487
     svm(1)_z(8) c_e_svm(1)_p_def(2)_ -0.90346350061864411
     svm(1)_z(8) c_e_svm(1)_p_def(3)_ -0.56706616586950265
     svm(1)_z(8) c_e_svm(1)_p_def(4)_ -0.98551468145960253
     svm(1)_z(8) c_e_svm(1)_p_def(5)_ -0.28422127599366176
     svm(1)_z(8) c_e_svm(1)_p_def(6)_ -0.50638536722039273
     svm(1)_z(8) c_e_svm(1)_p_def(7)_ -0.53552603992343184
     svm(1)_z(8) c_e_svm(1)_p_def(8)_ -1.2330454950930698
     svm(1)_z(8) c_e_svm(1)_p_def(9)_ -0.47120869945323651
     svm(1)_z(8) c_e_svm(1)_p_def(10)_ -0.97459603454359556
     svm(1)_z(8) c_e_svm(1)_p_def(11)_ -0.76381250527584299
     svm(1)_z(8) c_e_svm(1)_p_def(12)_ -0.50617514258394825
     svm(1)_z(8) c_e_svm(1)_p_def(13)_ -1.2761862085367937
     svm(1)_z(8) c_e_svm(1)_p_def(14)_ -0.61650430113024379
     svm(1)_z(8) c_e_svm(1)_p_def(15)_ 0.062697602761810065
     svm(1)_z(8) c_e_svm(1)_p_def(16)_ 0.04389601543968806
     svm(1)_z(8) c_e_svm(1)_p_def(17)_ -0.0046320015591247293
     svm(1)_z(8) c_e_svm(1)_p_def(18)_ 0.050964215775066726
     svm(1)_z(8) c_e_svm(1)_p_def(19)_ 0.055430663016825588
     svm(1)_z(8) c_e_svm(1)_p_def(20)_ 0.012013545303748485
     svm(1)_z(8) c_e_svm(1)_p_def(21)_ -0.36633133556141229
     svm(1)_z(8) c_e_svm(1)_p_def(22)_ 0.030359857757328509
     svm(1)_z(8) c_e_svm(1)_p_def(23)_ 0.049860591846555752
     svm(1)_z(8) c_e_svm(1)_p_def(24)_ -0.028313351671052756
     svm(1)_z(8) c_e_svm(1)_p_def(25)_ -0.03734392082690928
     svm(1)_z(8) c_e_svm(1)_p_def(26)_ 0.039553356762729766
     svm(1)_z(8) c_e_svm(1)_p_def(27)_ 0.11483865348351938
     svm(1)_z(8) c_e_svm(1)_p_def(28)_ 0.073616604049007897
     svm(1)_z(8) c_e_svm(1)_p_def(29)_ 0.019094377635985357
     svm(1)_z(9) c_u_crossed_ -0.53970221772501348
     svm(1)_z(9) c_u_svm(1)_z_le_alpha(9)_ 1
     svm(1)_z(9) c_u_svm(1)_z_ge_neg_alpha(9)_ -1
     svm(1)_z(9) c_u_svm(1)_z_ge_alpha_if_pos(9)_ -1
     svm(1)_z(9) c_u_svm(1)_z_le_neg_alpha_if_neg(9)_ 1
     svm(1)_z(9) c_e_svm(1)_p_def(0)_ -0.32007245970122339
     svm(1)_z(9) c_e_svm(1)_p_def(1)_ -0.6214795866171321
     svm(1)_z(9) c_e_svm(1)_p_def(2)_ -0.20465843478084705
     svm(1)_z(9) c_e_svm(1)_p_def(3)_ -0.1071371351669535
     svm(1)_z(9) c_e_svm(1)_p_def(4)_ -0.29546887858299631
     svm(1)_z(9) c_e_svm(1)_p_def(5)_ -0.20812907963061
     svm(1)_z(9) c_e_svm(1)_p_def(6)_ -0.43261796188906582
     svm(1)_z(9) c_e_svm(1)_p_def(7)_ -1.7273374220979316
     svm(1)_z(9) c_e_svm(1)_p_def(8)_ -0.47120869945323651
     svm(1)_z(9) c_e_svm(1)_p_def(9)_ -1.8632588281374804
     svm(1)_z(9) c_e_svm(1)_p_def(10)_ -0.18841602290326345
     svm(1)_z(9) c_e_svm(1)_p_def(11)_ -0.76620314543275803
     svm(1)_z(9) c_e_svm(1)_p_def(12)_ -1.6826305512588642
     svm(1)_z(9) c_e_svm(1)_p_def(13)_ -0.6104198735310673
     svm(1)_z(9) c_e_svm(1)_p_def(14)_ -0.19869653915671043
     svm(1)_z(9) c_e_svm(1)_p_def(15)_ -0.0036557988400225117
     svm(1)_z(9) c_e_svm(1)_p_def(16)_ -0.023725139592968736
     svm(1)_z(9) c_e_svm(1)_p_def(17)_ -0.0075453083300026647
     svm(1)_z(9) c_e_svm(1)_p_def(18)_ -0.0081168527755375308
     svm(1)_z(9) c_e_svm(1)_p_def(19)_ -0.31826432979097335
     svm(1)_z(9) c_e_svm(1)_p_def(20)_ -0.15618770730152037
     svm(1)_z(9) c_e_svm(1)_p_def(21)_ -0.15787669987472691
     svm(1)_z(9) c_e_svm(1)_p_def(22)_ -0.2799221195107523
     svm(1)_z(9) c_e_svm(1)_p_def(23)_ -0.22073516006466348
     svm(1)_z(9) c_e_svm(1)_p_def(24)_ 0.021268124560892221
     svm(1)_z(9) c_e_svm(1)_p_def(25)_ 0.050394073643602696
     svm(1)_z(9) c_e_svm(1)_p_def(26)_ -0.063796958731889064
     svm(1)_z(9) c_e_svm(1)_p_def(27)_ -0.31534551345868267
     svm(1)_z(9) c_e_svm(1)_p_def(28)_ -0.11660782296546605
     svm(1)_z(9) c_e_svm(1)_p_def(29)_ -0.31240087990500137
     svm(1)_z(10) c_u_crossed_ -0.75054196124652151
     svm(1)_z(10) c_u_svm(1)_z_le_alpha(10)_ 1
     svm(1)_z(10) c_u_svm(1)_z_ge_neg_alpha(10)_ -1
     svm(1)_z(10) c_u_svm(1)_z_ge_alpha_if_pos(10)_ -1
     svm(1)_z(10) c_u_svm(1)_z_le_neg_alpha_if_neg(10)_ 1
     svm(1)_z(10) c_e_svm(1)_p_def(0)_ -0.41266576334420618
     svm(1)_z(10) c_e_svm(1)_p_def(1)_ -1.0210625280612247
     svm(1)_z(10) c_e_svm(1)_p_def(2)_ -1.0846980484513935
     svm(1)_z(10) c_e_svm(1)_p_def(3)_ -0.95052393644814592
     svm(1)_z(10) c_e_svm(1)_p_def(4)_ -0.88332027822550918
     svm(1)_z(10) c_e_svm(1)_p_def(5)_ -0.78603388052314072
     svm(1)_z(10) c_e_svm(1)_p_def(6)_ -0.44492728631527179
     svm(1)_z(10) c_e_svm(1)_p_def(7)_ -0.25040030134365909
     svm(1)_z(10) c_e_svm(1)_p_def(8)_ -0.97459603454359556
     svm(1)_z(10) c_e_svm(1)_p_def(9)_ -0.18841602290326345
     svm(1)_z(10) c_e_svm(1)_p_def(10)_ -1.3257114431460739
     svm(1)_z(10) c_e_svm(1)_p_def(11)_ -0.48524833907627357
     svm(1)_z(10) c_e_svm(1)_p_def(12)_ -0.29545435359208738
     svm(1)_z(10) c_e_svm(1)_p_def(13)_ -0.97076140145213818
     svm(1)_z(10) c_e_svm(1)_p_def(14)_ -1.1311044787770523
     svm(1)_z(10) c_e_svm(1)_p_def(15)_ 0.085655861994802976
     svm(1)_z(10) c_e_svm(1)_p_def(16)_ -0.015310361595001834
     svm(1)_z(10) c_e_svm(1)_p_def(17)_ -0.075443191144290309
     svm(1)_z(10) c_e_svm(1)_p_def(18)_ 0.098913670461953651
     svm(1)_z(10) c_e_svm(1)_p_def(19)_ 0.027681824237118208
     svm(1)_z(10) c_e_svm(1)_p_def(20)_ 0.042574835428122043
     svm(1)_z(10) c_e_svm(1)_p_def(21)_ -0.29071851461518916
     svm(1)_z(10) c_e_svm(1)_p_def(22)_ -0.063230548118229229
     svm(1)_z(10) c_e_svm(1)_p_def(23)_ 0.067641731095044677
     svm(1)_z(10) c_e_svm(1)_p_def(24)_ -0.0069943152275207532
     svm(1)_z(10) c_e_svm(1)_p_def(25)_ -0.014353258292012144
     svm(1)_z(10) c_e_svm(1)_p_def(26)_ -0.1401885391267817
     svm(1)_z(10) c_e_svm(1)_p_def(27)_ 0.11908256586676882
     svm(1)_z(10) c_e_svm(1)_p_def(28)_ 0.093275893067163954
     svm(1)_z(10) c_e_svm(1)_p_def(29)_ -0.077075502067689344
     svm(1)_z(11) c_u_crossed_ -1.0348354265919824
     svm(1)_z(11) c_u_svm(1)_z_le_alpha(11)_ 1
     svm(1)_z(11) c_u_svm(1)_z_ge_neg_alpha(11)_ -1
     svm(1)_z(11) c_u_svm(1)_z_ge_alpha_if_pos(11)_ -1
     svm(1)_z(11) c_u_svm(1)_z_le_neg_alpha_if_neg(11)_ 1
     svm(1)_z(11) c_e_svm(1)_p_def(0)_ -0.53368704216538898
     svm(1)_z(11) c_e_svm(1)_p_def(1)_ -1.0071130037970371
     svm(1)_z(11) c_e_svm(1)_p_def(2)_ -0.46859580273081736
     svm(1)_z(11) c_e_svm(1)_p_def(3)_ -0.58203046169067241
     svm(1)_z(11) c_e_svm(1)_p_def(4)_ -0.82487950670412924
     svm(1)_z(11) c_e_svm(1)_p_def(5)_ -0.38393361823323602
     svm(1)_z(11) c_e_svm(1)_p_def(6)_ -0.87311631119309485
     svm(1)_z(11) c_e_svm(1)_p_def(7)_ -0.79557694604806051
     svm(1)_z(11) c_e_svm(1)_p_def(8)_ -0.76381250527584299
     svm(1)_z(11) c_e_svm(1)_p_def(9)_ -0.76620314543275803
     svm(1)_z(11) c_e_svm(1)_p_def(10)_ -0.48524833907627357
     svm(1)_z(11) c_e_svm(1)_p_def(11)_ -1.3013216653980562
     svm(1)_z(11) c_e_svm(1)_p_def(12)_ -0.68209895176709867
     svm(1)_z(11) c_e_svm(1)_p_def(13)_ -0.98686685304900479
     svm(1)_z(11) c_e_svm(1)_p_def(14)_ -0.44390658017075169
     svm(1)_z(11) c_e_svm(1)_p_def(15)_ 0.090213121917972511
     svm(1)_z(11) c_e_svm(1)_p_def(16)_ 0.097199711296434926
     svm(1)_z(11) c_e_svm(1)_p_def(17)_ 0.086924765688517286
     svm(1)_z(11) c_e_svm(1)_p_def(18)_ 0.053775085046104121
     svm(1)_z(11) c_e_svm(1)_p_def(19)_ 0.079517524164157916
     svm(1)_z(11) c_e_svm(1)_p_def(20)_ -0.31636097040556954
     svm(1)_z(11) c_e_svm(1)_p_def(21)_ -0.30556332291754118
     svm(1)_z(11) c_e_svm(1)_p_def(22)_ 0.077786740626195727
     svm(1)_z(11) c_e_svm(1)_p_def(23)_ 0.0052547657125397162
     svm(1)_z(11) c_e_svm(1)_p_def(24)_ 0.043790346575641154
     svm(1)_z(11) c_e_svm(1)_p_def(25)_ -0.027608790587567475
     svm(1)_z(11) c_e_svm(1)_p_def(26)_ 0.0095566554584241847
     svm(1)_z(11) c_e_svm(1)_p_def(27)_ -0.024530057133746286
     svm(1)_z(11) c_e_svm(1)_p_def(28)_ 0.028934280133197002
     svm(1)_z(11) c_e_svm(1)_p_def(29)_ 0.072141276575622942
     svm(1)_z(12) c_u_crossed_ -0.51420090503821747
     svm(1)_z(12) c_u_svm(1)_z_le_alpha(12)_ 1
     svm(1)_z(12) c_u_svm(1)_z_ge_neg_alpha(12)_ -1
     svm(1)_z(12) c_u_svm(1)_z_ge_alpha_if_pos(12)_ -1
     svm(1)_z(12) c_u_svm(1)_z_le_neg_alpha_if_neg(12)_ 1
     svm(1)_z(12) c_e_svm(1)_p_def(0)_ -0.33645613280726877
     svm(1)_z(12) c_e_svm(1)_p_def(1)_ -0.65582707267535778
     svm(1)_z(12) c_e_svm(1)_p_def(2)_ -0.28092383854553976
     svm(1)_z(12) c_e_svm(1)_p_def(3)_ -0.17630439744725337
     svm(1)_z(12) c_e_svm(1)_p_def(4)_ -0.29994806197353174
     svm(1)_z(12) c_e_svm(1)_p_def(5)_ -0.31867313123599816
     svm(1)_z(12) c_e_svm(1)_p_def(6)_ -0.36908248903384061
     svm(1)_z(12) c_e_svm(1)_p_def(7)_ -1.6126831626046272
     svm(1)_z(12) c_e_svm(1)_p_def(8)_ -0.50617514258394825
     svm(1)_z(12) c_e_svm(1)_p_def(9)_ -1.6826305512588642
     svm(1)_z(12) c_e_svm(1)_p_def(10)_ -0.29545435359208738
     svm(1)_z(12) c_e_svm(1)_p_def(11)_ -0.68209895176709867
     svm(1)_z(12) c_e_svm(1)_p_def(12)_ -1.7351511855774526
     svm(1)_z(12) c_e_svm(1)_p_def(13)_ -0.62624946555128691
     svm(1)_z(12) c_e_svm(1)_p_def(14)_ -0.33891628714605887
     svm(1)_z(12) c_e_svm(1)_p_def(15)_ 0.055502345500990563
     svm(1)_z(12) c_e_svm(1)_p_def(16)_ -0.018591150875177764
     svm(1)_z(12) c_e_svm(1)_p_def(17)_ -0.005961975346612608
     svm(1)_z(12) c_e_svm(1)_p_def(18)_ 0.071678764305155629
     svm(1)_z(12) c_e_svm(1)_p_def(19)_ -0.26784699989523336
     svm(1)_z(12) c_e_svm(1)_p_def(20)_ -0.077622809211645355
     svm(1)_z(12) c_e_svm(1)_p_def(21)_ -0.14450096163283285
     svm(1)_z(12) c_e_svm(1)_p_def(22)_ -0.36890010877141693
     svm(1)_z(12) c_e_svm(1)_p_def(23)_ -0.11153058704484986
     svm(1)_z(12) c_e_svm(1)_p_def(24)_ 0.050851755089116449
     svm(1)_z(12) c_e_svm(1)_p_def(25)_ 0.079502909557117626
     svm(1)_z(12) c_e_svm(1)_p_def(26)_ -0.1017157054420525
     svm(1)_z(12) c_e_svm(1)_p_def(27)_ -0.22609032617733571
     svm(1)_z(12) c_e_svm(1)_p_def(28)_ -0.02792976589525753
     svm(1)_z(12) c_e_svm(1)_p_def(29)_ -0.40442109740775339
     svm(1)_z(13) c_u_crossed_ -1.2077798590394206
     svm(1)_z(13) c_u_svm(1)_z_le_alpha(13)_ 1
     svm(1)_z(13) c_u_svm(1)_z_ge_neg_alpha(13)_ -1
     svm(1)_z(13) c_u_svm(1)_z_ge_alpha_if_pos(13)_ -1
     svm(1)_z(13) c_u_svm(1)_z_le_neg_alpha_if_neg(13)_ 1
     svm(1)_z(13) c_e_svm(1)_p_def(0)_ -0.54335573087558575
     svm(1)_z(13) c_e_svm(1)_p_def(1)_ -1.42946548465267
     svm(1)_z(13) c_e_svm(1)_p_def(2)_ -0.87643766845278859
     svm(1)_z(13) c_e_svm(1)_p_def(3)_ -0.63854913323128593
     svm(1)_z(13) c_e_svm(1)_p_def(4)_ -1.0580757268574308
     svm(1)_z(13) c_e_svm(1)_p_def(5)_ -0.32613510271919005
     svm(1)_z(13) c_e_svm(1)_p_def(6)_ -0.60149572828191611
     svm(1)_z(13) c_e_svm(1)_p_def(7)_ -0.67915637055048261
     svm(1)_z(13) c_e_svm(1)_p_def(8)_ -1.2761862085367937
     svm(1)_z(13) c_e_svm(1)_p_def(9)_ -0.6104198735310673
     svm(1)_z(13) c_e_svm(1)_p_def(10)_ -0.97076140145213818
     svm(1)_z(13) c_e_svm(1)_p_def(11)_ -0.98686685304900479
     svm(1)_z(13) c_e_svm(1)_p_def(12)_ -0.62624946555128691
     svm(1)_z(13) c_e_svm(1)_p_def(13)_ -1.4635582868462931
     svm(1)_z(13) c_e_svm(1)_p_def(14)_ -0.6432142614534595
     svm(1)_z(13) c_e_svm(1)_p_def(15)_ 0.086047865960724348
     svm(1)_z(13) c_e_svm(1)_p_def(16)_ 0.063127909148464945
     svm(1)_z(13) c_e_svm(1)_p_def(17)_ 0.015418002366750505
     svm(1)_z(13) c_e_svm(1)_p_def(18)_ 0.061340621264641348
     svm(1)_z(13) c_e_svm(1)_p_def(19)_ 0.087640192199276712
     svm(1)_z(13) c_e_svm(1)_p_def(20)_ -0.043530945090920731
     svm(1)_z(13) c_e_svm(1)_p_def(21)_ -0.37028686570030267
     svm(1)_z(13) c_e_svm(1)_p_def(22)_ 0.07117836040247412
     svm(1)_z(13) c_e_svm(1)_p_def(23)_ 0.062326180249557592
     svm(1)_z(13) c_e_svm(1)_p_def(24)_ -0.0022051332979382277
     svm(1)_z(13) c_e_svm(1)_p_def(25)_ -0.024712881816734839
     svm(1)_z(13) c_e_svm(1)_p_def(26)_ 0.023142201685681901
     svm(1)_z(13) c_e_svm(1)_p_def(27)_ 0.12341141123855148
     svm(1)_z(13) c_e_svm(1)_p_def(28)_ 0.083269880225186582
     svm(1)_z(13) c_e_svm(1)_p_def(29)_ 0.059822747269774476
     svm(1)_z(14) c_u_crossed_ -0.54696327652122134
     svm(1)_z(14) c_u_svm(1)_z_le_alpha(14)_ 1
     svm(1)_z(14) c_u_svm(1)_z_ge_neg_alpha(14)_ -1
     svm(1)_z(14) c_u_svm(1)_z_ge_alpha_if_pos(14)_ -1
     svm(1)_z(14) c_u_svm(1)_z_le_neg_alpha_if_neg(14)_ 1
     svm(1)_z(14) c_e_svm(1)_p_def(0)_ -0.58683958289806504
     svm(1)_z(14) c_e_svm(1)_p_def(1)_ -0.76024810494996342
     svm(1)_z(14) c_e_svm(1)_p_def(2)_ -0.93658640746411947
     svm(1)_z(14) c_e_svm(1)_p_def(3)_ -1.3633043767235944
     svm(1)_z(14) c_e_svm(1)_p_def(4)_ -0.70386423883872395
     svm(1)_z(14) c_e_svm(1)_p_def(5)_ -1.9100702068990589
     svm(1)_z(14) c_e_svm(1)_p_def(6)_ -0.61068189126944195
     svm(1)_z(14) c_e_svm(1)_p_def(7)_ -0.25073204292986079
     svm(1)_z(14) c_e_svm(1)_p_def(8)_ -0.61650430113024379
     svm(1)_z(14) c_e_svm(1)_p_def(9)_ -0.19869653915671043
     svm(1)_z(14) c_e_svm(1)_p_def(10)_ -1.1311044787770523
     svm(1)_z(14) c_e_svm(1)_p_def(11)_ -0.44390658017075169
     svm(1)_z(14) c_e_svm(1)_p_def(12)_ -0.33891628714605887
     svm(1)_z(14) c_e_svm(1)_p_def(13)_ -0.6432142614534595
     svm(1)_z(14) c_e_svm(1)_p_def(14)_ -1.9022237297259075
     svm(1)_z(14) c_e_svm(1)_p_def(15)_ 0.12350945739863212
     svm(1)_z(14) c_e_svm(1)_p_def(16)_ 0.029286621918403144
     svm(1)_z(14) c_e_svm(1)_p_def(17)_ -0.060423428748768646
     svm(1)_z(14) c_e_svm(1)_p_def(18)_ 0.13801366522547792
     svm(1)_z(14) c_e_svm(1)_p_def(19)_ -0.074358200789968604
     svm(1)_z(14) c_e_svm(1)_p_def(20)_ 0.076872694908342698
     svm(1)_z(14) c_e_svm(1)_p_def(21)_ -0.20511566494352171
     svm(1)_z(14) c_e_svm(1)_p_def(22)_ -0.1845356363639335
     svm(1)_z(14) c_e_svm(1)_p_def(23)_ -0.030397985711209441
     svm(1)_z(14) c_e_svm(1)_p_def(24)_ 0.089935917653034228
     svm(1)_z(14) c_e_svm(1)_p_def(25)_ 0.058369352620008794
     svm(1)_z(14) c_e_svm(1)_p_def(26)_ -0.49085262547452646
     svm(1)_z(14) c_e_svm(1)_p_def(27)_ -0.003355188618192978
     svm(1)_z(14) c_e_svm(1)_p_def(28)_ 0.10344371256222393
     svm(1)_z(14) c_e_svm(1)_p_def(29)_ -0.2197495717708112
     svm(1)_z(15) c_u_crossed_ 0.081221473922489823
     svm(1)_z(15) c_u_svm(1)_z_le_alpha(15)_ 1
     svm(1)_z(15) c_u_svm(1)_z_ge_neg_alpha(15)_ -1
     svm(1)_z(15) c_u_svm(1)_z_ge_alpha_if_pos(15)_ -1
     svm(1)_z(15) c_u_svm(1)_z_le_neg_alpha_if_neg(15)_ 1
     svm(1)_z(15) c_e_svm(1)_p_def(0)_ 0.012829648820921441
     svm(1)_z(15) c_e_svm(1)_p_def(1)_ 0.10220864174083805
     svm(1)_z(15) c_e_svm(1)_p_def(2)_ 0.061802557218006489
     svm(1)_z(15) c_e_svm(1)_p_def(3)_ 0.087937148832844841
     svm(1)_z(15) c_e_svm(1)_p_def(4)_ 0.063139307209125667
     svm(1)_z(15) c_e_svm(1)_p_def(5)_ 0.10140655757665894
     svm(1)_z(15) c_e_svm(1)_p_def(6)_ 0.025915462533699973
     svm(1)_z(15) c_e_svm(1)_p_def(7)_ 0.03447366557965495
     svm(1)_z(15) c_e_svm(1)_p_def(8)_ 0.062697602761810065
     svm(1)_z(15) c_e_svm(1)_p_def(9)_ -0.0036557988400225117
     svm(1)_z(15) c_e_svm(1)_p_def(10)_ 0.085655861994802976
     svm(1)_z(15) c_e_svm(1)_p_def(11)_ 0.090213121917972511
     svm(1)_z(15) c_e_svm(1)_p_def(12)_ 0.055502345500990563
     svm(1)_z(15) c_e_svm(1)_p_def(13)_ 0.086047865960724348
     svm(1)_z(15) c_e_svm(1)_p_def(14)_ 0.12350945739863212
     svm(1)_z(15) c_e_svm(1)_p_def(15)_ -1.7657316274795216
     svm(1)_z(15) c_e_svm(1)_p_def(16)_ -1.2479550517208018
     svm(1)_z(15) c_e_svm(1)_p_def(17)_ -0.98924319201432853
     svm(1)_z(15) c_e_svm(1)_p_def(18)_ -1.6967625991311202
     svm(1)_z(15) c_e_svm(1)_p_def(19)_ -1.2427325896333605
     svm(1)_z(15) c_e_svm(1)_p_def(20)_ -1.1042894797463723
     svm(1)_z(15) c_e_svm(1)_p_def(21)_ -0.024169376011296449
     svm(1)_z(15) c_e_svm(1)_p_def(22)_ -0.50217461606683189
     svm(1)_z(15) c_e_svm(1)_p_def(23)_ -1.3155628642698458
     svm(1)_z(15) c_e_svm(1)_p_def(24)_ -1.1380967537168463
     svm(1)_z(15) c_e_svm(1)_p_def(25)_ -0.9127417399083243
     svm(1)_z(15) c_e_svm(1)_p_def(26)_ -0.42690679833756584
     svm(1)_z(15) c_e_svm(1)_p_def(27)_ -0.72318021862673487
     svm(1)_z(15) c_e_svm(1)_p_def(28)_ -1.0322841995421381
     svm(1)_z(15) c_e_svm(1)_p_def(29)_ -0.38876222008488276
     svm(1)_z(16) c_u_crossed_ 0.096798508592763108
     svm(1)_z(16) c_u_svm(1)_z_le_alpha(16)_ 1
     svm(1)_z(16) c_u_svm(1)_z_ge_neg_alpha(16)_ -1
     svm(1)_z(16) c_u_svm(1)_z_ge_alpha_if_pos(16)_ -1
     svm(1)_z(16) c_u_svm(1)_z_le_neg_alpha_if_neg(16)_ 1
     svm(1)_z(16) c_e_svm(1)_p_def(0)_ 0.0036904862538585659
     svm(1)_z(16) c_e_svm(1)_p_def(1)_ 0.055565829300402533
     svm(1)_z(16) c_e_svm(1)_p_def(2)_ 0.051099625058192127
     svm(1)_z(16) c_e_svm(1)_p_def(3)_ -0.093863711302198449
     svm(1)_z(16) c_e_svm(1)_p_def(4)_ 0.096636867426582007
     svm(1)_z(16) c_e_svm(1)_p_def(5)_ -0.043050520721864272
     svm(1)_z(16) c_e_svm(1)_p_def(6)_ 0.11302408952313747
     svm(1)_z(16) c_e_svm(1)_p_def(7)_ 0.018107967987429974
     svm(1)_z(16) c_e_svm(1)_p_def(8)_ 0.04389601543968806
     svm(1)_z(16) c_e_svm(1)_p_def(9)_ -0.023725139592968736
     svm(1)_z(16) c_e_svm(1)_p_def(10)_ -0.015310361595001834
     svm(1)_z(16) c_e_svm(1)_p_def(11)_ 0.097199711296434926
     svm(1)_z(16) c_e_svm(1)_p_def(12)_ -0.018591150875177764
     svm(1)_z(16) c_e_svm(1)_p_def(13)_ 0.063127909148464945
     svm(1)_z(16) c_e_svm(1)_p_def(14)_ 0.029286621918403144
     svm(1)_z(16) c_e_svm(1)_p_def(15)_ -1.2479550517208018
     svm(1)_z(16) c_e_svm(1)_p_def(16)_ -2.2288004619415012
     svm(1)_z(16) c_e_svm(1)_p_def(17)_ -1.2966785466111064
     svm(1)_z(16) c_e_svm(1)_p_def(18)_ -1.1752538269304076
     svm(1)_z(16) c_e_svm(1)_p_def(19)_ -1.187760320054887
     svm(1)_z(16) c_e_svm(1)_p_def(20)_ -1.8590740770780942
     svm(1)_z(16) c_e_svm(1)_p_def(21)_ 0.04882931766327419
     svm(1)_z(16) c_e_svm(1)_p_def(22)_ -0.61450434545461707
     svm(1)_z(16) c_e_svm(1)_p_def(23)_ -0.89735737306041075
     svm(1)_z(16) c_e_svm(1)_p_def(24)_ -0.96871893421504751
     svm(1)_z(16) c_e_svm(1)_p_def(25)_ -0.64321983453327503
     svm(1)_z(16) c_e_svm(1)_p_def(26)_ -0.98340492359333243
     svm(1)_z(16) c_e_svm(1)_p_def(27)_ -0.27783796209630923
     svm(1)_z(16) c_e_svm(1)_p_def(28)_ -0.40268762060279484
     svm(1)_z(16) c_e_svm(1)_p_def(29)_ -0.42594452483575718
     svm(1)_z(17) c_u_crossed_ 0.050453381564320166
     svm(1)_z(17) c_u_svm(1)_z_le_alpha(17)_ 1
     svm(1)_z(17) c_u_svm(1)_z_ge_neg_alpha(17)_ -1
     svm(1)_z(17) c_u_svm(1)_z_ge_alpha_if_pos(17)_ -1
     svm(1)_z(17) c_u_svm(1)_z_le_neg_alpha_if_neg(17)_ 1
     svm(1)_z(17) c_e_svm(1)_p_def(0)_ -0.18262765381124307
     svm(1)_z(17) c_e_svm(1)_p_def(1)_ 0.012965614510366416
     svm(1)_z(17) c_e_svm(1)_p_def(2)_ 0.0027697478905555351
     svm(1)_z(17) c_e_svm(1)_p_def(3)_ -0.23245503163692835
     svm(1)_z(17) c_e_svm(1)_p_def(4)_ 0.068236120745491291
     svm(1)_z(17) c_e_svm(1)_p_def(5)_ -0.22550215238299515
     svm(1)_z(17) c_e_svm(1)_p_def(6)_ 0.09734857337620334
     svm(1)_z(17) c_e_svm(1)_p_def(7)_ 0.011232159685670248
     svm(1)_z(17) c_e_svm(1)_p_def(8)_ -0.0046320015591247293
     svm(1)_z(17) c_e_svm(1)_p_def(9)_ -0.0075453083300026647
     svm(1)_z(17) c_e_svm(1)_p_def(10)_ -0.075443191144290309
     svm(1)_z(17) c_e_svm(1)_p_def(11)_ 0.086924765688517286
     svm(1)_z(17) c_e_svm(1)_p_def(12)_ -0.005961975346612608
     svm(1)_z(17) c_e_svm(1)_p_def(13)_ 0.015418002366750505
     svm(1)_z(17) c_e_svm(1)_p_def(14)_ -0.060423428748768646
     svm(1)_z(17) c_e_svm(1)_p_def(15)_ -0.98924319201432853
     svm(1)_z(17) c_e_svm(1)_p_def(16)_ -1.2966785466111064
     svm(1)_z(17) c_e_svm(1)_p_def(17)_ -1.930476494848985
     svm(1)_z(17) c_e_svm(1)_p_def(18)_ -1.2002778255653008
     svm(1)_z(17) c_e_svm(1)_p_def(19)_ -0.32742940576760182
     svm(1)_z(17) c_e_svm(1)_p_def(20)_ -0.57243622262216776
     svm(1)_z(17) c_e_svm(1)_p_def(21)_ 0.037292273982109603
     svm(1)_z(17) c_e_svm(1)_p_def(22)_ -0.26924291816772106
     svm(1)_z(17) c_e_svm(1)_p_def(23)_ -0.35906229074662255
     svm(1)_z(17) c_e_svm(1)_p_def(24)_ -1.295366234851355
     svm(1)_z(17) c_e_svm(1)_p_def(25)_ -0.9755463426062887
     svm(1)_z(17) c_e_svm(1)_p_def(26)_ -1.4844125235762018
     svm(1)_z(17) c_e_svm(1)_p_def(27)_ -0.4173058666829973
     svm(1)_z(17) c_e_svm(1)_p_def(28)_ -0.47571155475922922
     svm(1)_z(17) c_e_svm(1)_p_def(29)_ -0.30886067724435334
     svm(1)_z(18) c_u_crossed_ 0.04680911336664921
     svm(1)_z(18) c_u_svm(1)_z_le_alpha(18)_ 1
     svm(1)_z(18) c_u_svm(1)_z_ge_neg_alpha(18)_ -1
     svm(1)_z(18) c_u_svm(1)_z_ge_alpha_if_pos(18)_ -1
     svm(1)_z(18) c_u_svm(1)_z_le_neg_alpha_if_neg(18)_ 1
     svm(1)_z(18) c_e_svm(1)_p_def(0)_ -0.27610624389861133
     svm(1)_z(18) c_e_svm(1)_p_def(1)_ 0.084187030590853348
     svm(1)_z(18) c_e_svm(1)_p_def(2)_ 0.088698872882229773
     svm(1)_z(18) c_e_svm(1)_p_def(3)_ 0.088654999643791338
     svm(1)_z(18) c_e_svm(1)_p_def(4)_ 0.060052247469929335
     svm(1)_z(18) c_e_svm(1)_p_def(5)_ 0.10128611685661552
     svm(1)_z(18) c_e_svm(1)_p_def(6)_ 0.045535502810883574
     svm(1)_z(18) c_e_svm(1)_p_def(7)_ 0.027973222299846667
     svm(1)_z(18) c_e_svm(1)_p_def(8)_ 0.050964215775066726
     svm(1)_z(18) c_e_svm(1)_p_def(9)_ -0.0081168527755375308
     svm(1)_z(18) c_e_svm(1)_p_def(10)_ 0.098913670461953651
     svm(1)_z(18) c_e_svm(1)_p_def(11)_ 0.053775085046104121
     svm(1)_z(18) c_e_svm(1)_p_def(12)_ 0.071678764305155629
     svm(1)_z(18) c_e_svm(1)_p_def(13)_ 0.061340621264641348
     svm(1)_z(18) c_e_svm(1)_p_def(14)_ 0.13801366522547792
     svm(1)_z(18) c_e_svm(1)_p_def(15)_ -1.6967625991311202
     svm(1)_z(18) c_e_svm(1)_p_def(16)_ -1.1752538269304076
     svm(1)_z(18) c_e_svm(1)_p_def(17)_ -1.2002778255653008
     svm(1)_z(18) c_e_svm(1)_p_def(18)_ -2.2110362641153762
     svm(1)_z(18) c_e_svm(1)_p_def(19)_ -1.0071077493325427
     svm(1)_z(18) c_e_svm(1)_p_def(20)_ -1.1723877515512076
     svm(1)_z(18) c_e_svm(1)_p_def(21)_ -0.0038158405648682989
     svm(1)_z(18) c_e_svm(1)_p_def(22)_ -0.31378500360163697
     svm(1)_z(18) c_e_svm(1)_p_def(23)_ -1.3831956817293578
     svm(1)_z(18) c_e_svm(1)_p_def(24)_ -1.2651097830385623
     svm(1)_z(18) c_e_svm(1)_p_def(25)_ -1.0847437365509884
     svm(1)_z(18) c_e_svm(1)_p_def(26)_ -0.69211126894016517
     svm(1)_z(18) c_e_svm(1)_p_def(27)_ -0.7451444483671934
     svm(1)_z(18) c_e_svm(1)_p_def(28)_ -1.2255037322761353
     svm(1)_z(18) c_e_svm(1)_p_def(29)_ -0.20493288375440621
     svm(1)_z(19) c_u_crossed_ 0.10553199292461612
     svm(1)_z(19) c_u_svm(1)_z_le_alpha(19)_ 1
     svm(1)_z(19) c_u_svm(1)_z_ge_neg_alpha(19)_ -1
     svm(1)_z(19) c_u_svm(1)_z_ge_alpha_if_pos(19)_ -1
     svm(1)_z(19) c_u_svm(1)_z_le_neg_alpha_if_neg(19)_ 1
     svm(1)_z(19) c_e_svm(1)_p_def(0)_ -0.13390086278955726
     svm(1)_z(19) c_e_svm(1)_p_def(1)_ 0.08866115434238471
     svm(1)_z(19) c_e_svm(1)_p_def(2)_ -0.011329473899502007
     svm(1)_z(19) c_e_svm(1)_p_def(3)_ 0.1300720280827854
     svm(1)_z(19) c_e_svm(1)_p_def(4)_ 0.056131586504807457
     svm(1)_z(19) c_e_svm(1)_p_def(5)_ -0.20581622516326417
     svm(1)_z(19) c_e_svm(1)_p_def(6)_ -0.024684526584758032
     svm(1)_z(19) c_e_svm(1)_p_def(7)_ -0.2216192625930411
     svm(1)_z(19) c_e_svm(1)_p_def(8)_ 0.055430663016825588
     svm(1)_z(19) c_e_svm(1)_p_def(9)_ -0.31826432979097335
     svm(1)_z(19) c_e_svm(1)_p_def(10)_ 0.027681824237118208
     svm(1)_z(19) c_e_svm(1)_p_def(11)_ 0.079517524164157916
     svm(1)_z(19) c_e_svm(1)_p_def(12)_ -0.26784699989523336
     svm(1)_z(19) c_e_svm(1)_p_def(13)_ 0.087640192199276712
     svm(1)_z(19) c_e_svm(1)_p_def(14)_ -0.074358200789968604
     svm(1)_z(19) c_e_svm(1)_p_def(15)_ -1.2427325896333605
     svm(1)_z(19) c_e_svm(1)_p_def(16)_ -1.187760320054887
     svm(1)_z(19) c_e_svm(1)_p_def(17)_ -0.32742940576760182
     svm(1)_z(19) c_e_svm(1)_p_def(18)_ -1.0071077493325427
     svm(1)_z(19) c_e_svm(1)_p_def(19)_ -3.5189322417595221
     svm(1)_z(19) c_e_svm(1)_p_def(20)_ -1.3836600895028084
     svm(1)_z(19) c_e_svm(1)_p_def(21)_ -0.029291853927362124
     svm(1)_z(19) c_e_svm(1)_p_def(22)_ -1.3188040646111441
     svm(1)_z(19) c_e_svm(1)_p_def(23)_ -2.8510970359916668
     svm(1)_z(19) c_e_svm(1)_p_def(24)_ -0.22064684075250546
     svm(1)_z(19) c_e_svm(1)_p_def(25)_ -0.081727871910708877
     svm(1)_z(19) c_e_svm(1)_p_def(26)_ -0.19748002921241181
     svm(1)_z(19) c_e_svm(1)_p_def(27)_ -0.72910468372677539
     svm(1)_z(19) c_e_svm(1)_p_def(28)_ -0.91624706646369036
     svm(1)_z(19) c_e_svm(1)_p_def(29)_ -0.88803989104948933
     svm(1)_z(20) c_u_crossed_ -0.06314586936151767
     svm(1)_z(20) c_u_svm(1)_z_le_alpha(20)_ 1
     svm(1)_z(20) c_u_svm(1)_z_ge_neg_alpha(20)_ -1
     svm(1)_z(20) c_u_svm(1)_z_ge_alpha_if_pos(20)_ -1
     svm(1)_z(20) c_u_svm(1)_z_le_neg_alpha_if_neg(20)_ 1
     svm(1)_z(20) c_e_svm(1)_p_def(0)_ -0.45333691253724545
     svm(1)_z(20) c_e_svm(1)_p_def(1)_ -0.057242858761966303
     svm(1)_z(20) c_e_svm(1)_p_def(2)_ 0.099112275528714502
     svm(1)_z(20) c_e_svm(1)_p_def(3)_ -0.20069956865711422
     svm(1)_z(20) c_e_svm(1)_p_def(4)_ -0.027132605936073362
     svm(1)_z(20) c_e_svm(1)_p_def(5)_ -0.0018640801559254294
     svm(1)_z(20) c_e_svm(1)_p_def(6)_ -0.17464588599484659
     svm(1)_z(20) c_e_svm(1)_p_def(7)_ -0.087977865161064983
     svm(1)_z(20) c_e_svm(1)_p_def(8)_ 0.012013545303748485
     svm(1)_z(20) c_e_svm(1)_p_def(9)_ -0.15618770730152037
     svm(1)_z(20) c_e_svm(1)_p_def(10)_ 0.042574835428122043
     svm(1)_z(20) c_e_svm(1)_p_def(11)_ -0.31636097040556954
     svm(1)_z(20) c_e_svm(1)_p_def(12)_ -0.077622809211645355
     svm(1)_z(20) c_e_svm(1)_p_def(13)_ -0.043530945090920731
     svm(1)_z(20) c_e_svm(1)_p_def(14)_ 0.076872694908342698
     svm(1)_z(20) c_e_svm(1)_p_def(15)_ -1.1042894797463723
     svm(1)_z(20) c_e_svm(1)_p_def(16)_ -1.8590740770780942
     svm(1)_z(20) c_e_svm(1)_p_def(17)_ -0.57243622262216776
     svm(1)_z(20) c_e_svm(1)_p_def(18)_ -1.1723877515512076
     svm(1)_z(20) c_e_svm(1)_p_def(19)_ -1.3836600895028084
     svm(1)_z(20) c_e_svm(1)_p_def(20)_ -5.2702388349798124
     svm(1)_z(20) c_e_svm(1)_p_def(21)_ -0.0041388125925937297
     svm(1)_z(20) c_e_svm(1)_p_def(22)_ -1.047173662419574
     svm(1)_z(20) c_e_svm(1)_p_def(23)_ -1.2056108783518544
     svm(1)_z(20) c_e_svm(1)_p_def(24)_ -0.79560138734448149
     svm(1)_z(20) c_e_svm(1)_p_def(25)_ -0.76466819396223895
     svm(1)_z(20) c_e_svm(1)_p_def(26)_ -0.69615437023171867
     svm(1)_z(20) c_e_svm(1)_p_def(27)_ -0.61552844705769072
     svm(1)_z(20) c_e_svm(1)_p_def(28)_ -0.60563657614144772
     svm(1)_z(20) c_e_svm(1)_p_def(29)_ -0.48363967711732636
     svm(1)_z(21) c_u_crossed_ -0.37467029951724407
     svm(1)_z(21) c_u_svm(1)_z_le_alpha(21)_ 1
     svm(1)_z(21) c_u_svm(1)_z_ge_neg_alpha(21)_ -1
     svm(1)_z(21) c_u_svm(1)_z_ge_alpha_if_pos(21)_ -1
     svm(1)_z(21) c_u_svm(1)_z_le_neg_alpha_if_neg(21)_ 1
     svm(1)_z(21) c_e_svm(1)_p_def(0)_ -0.069022872732677307
     svm(1)_z(21) c_e_svm(1)_p_def(1)_ -0.32684791766213794
     svm(1)_z(21) c_e_svm(1)_p_def(2)_ -0.38701328186776318
     svm(1)_z(21) c_e_svm(1)_p_def(3)_ -0.21860232263128543
     svm(1)_z(21) c_e_svm(1)_p_def(4)_ -0.47775247343864846
     svm(1)_z(21) c_e_svm(1)_p_def(5)_ -0.12909023298194697
     svm(1)_z(21) c_e_svm(1)_p_def(6)_ -0.46712266757825338
     svm(1)_z(21) c_e_svm(1)_p_def(7)_ -0.17534391506246427
     svm(1)_z(21) c_e_svm(1)_p_def(8)_ -0.36633133556141229
     svm(1)_z(21) c_e_svm(1)_p_def(9)_ -0.15787669987472691
     svm(1)_z(21) c_e_svm(1)_p_def(10)_ -0.29071851461518916
     svm(1)_z(21) c_e_svm(1)_p_def(11)_ -0.30556332291754118
     svm(1)_z(21) c_e_svm(1)_p_def(12)_ -0.14450096163283285
     svm(1)_z(21) c_e_svm(1)_p_def(13)_ -0.37028686570030267
     svm(1)_z(21) c_e_svm(1)_p_def(14)_ -0.20511566494352171
     svm(1)_z(21) c_e_svm(1)_p_def(15)_ -0.024169376011296449
     svm(1)_z(21) c_e_svm(1)_p_def(16)_ 0.04882931766327419
     svm(1)_z(21) c_e_svm(1)_p_def(17)_ 0.037292273982109603
     svm(1)_z(21) c_e_svm(1)_p_def(18)_ -0.0038158405648682989
     svm(1)_z(21) c_e_svm(1)_p_def(19)_ -0.029291853927362124
     svm(1)_z(21) c_e_svm(1)_p_def(20)_ -0.0041388125925937297
     svm(1)_z(21) c_e_svm(1)_p_def(21)_ -0.30254909567126276
     svm(1)_z(21) c_e_svm(1)_p_def(22)_ -0.060398478886992957
     svm(1)_z(21) c_e_svm(1)_p_def(23)_ -0.040001870781887071
     svm(1)_z(21) c_e_svm(1)_p_def(24)_ -0.058079348436438936
     svm(1)_z(21) c_e_svm(1)_p_def(25)_ -0.10228779520632748
     svm(1)_z(21) c_e_svm(1)_p_def(26)_ 0.059431857806204906
     svm(1)_z(21) c_e_svm(1)_p_def(27)_ -0.084221825663137975
     svm(1)_z(21) c_e_svm(1)_p_def(28)_ -0.055402625545148243
     svm(1)_z(21) c_e_svm(1)_p_def(29)_ -0.075889915599317515
     svm(1)_z(22) c_u_crossed_ 0.088072630999954951
     svm(1)_z(22) c_u_svm(1)_z_le_alpha(22)_ 1
     svm(1)_z(22) c_u_svm(1)_z_ge_neg_alpha(22)_ -1
     svm(1)_z(22) c_u_svm(1)_z_ge_alpha_if_pos(22)_ -1
     svm(1)_z(22) c_u_svm(1)_z_le_neg_alpha_if_neg(22)_ 1
     svm(1)_z(22) c_e_svm(1)_p_def(0)_ -0.42406495674844363
     svm(1)_z(22) c_e_svm(1)_p_def(1)_ 0.08066416094706419
     svm(1)_z(22) c_e_svm(1)_p_def(2)_ -0.079005662810357494
     svm(1)_z(22) c_e_svm(1)_p_def(3)_ 0.055109701377989651
     svm(1)_z(22) c_e_svm(1)_p_def(4)_ 0.049172169866194423
     svm(1)_z(22) c_e_svm(1)_p_def(5)_ -0.22379775070777544
     svm(1)_z(22) c_e_svm(1)_p_def(6)_ 0.0067751782523490234
     svm(1)_z(22) c_e_svm(1)_p_def(7)_ -0.22809451888228383
     svm(1)_z(22) c_e_svm(1)_p_def(8)_ 0.030359857757328509
     svm(1)_z(22) c_e_svm(1)_p_def(9)_ -0.2799221195107523
     svm(1)_z(22) c_e_svm(1)_p_def(10)_ -0.063230548118229229
     svm(1)_z(22) c_e_svm(1)_p_def(11)_ 0.077786740626195727
     svm(1)_z(22) c_e_svm(1)_p_def(12)_ -0.36890010877141693
     svm(1)_z(22) c_e_svm(1)_p_def(13)_ 0.07117836040247412
     svm(1)_z(22) c_e_svm(1)_p_def(14)_ -0.1845356363639335
     svm(1)_z(22) c_e_svm(1)_p_def(15)_ -0.50217461606683189
     svm(1)_z(22) c_e_svm(1)_p_def(16)_ -0.61450434545461707
     svm(1)_z(22) c_e_svm(1)_p_def(17)_ -0.26924291816772106
     svm(1)_z(22) c_e_svm(1)_p_def(18)_ -0.31378500360163697
     svm(1)_z(22) c_e_svm(1)_p_def(19)_ -1.3188040646111441
     svm(1)_z(22) c_e_svm(1)_p_def(20)_ -1.047173662419574
     svm(1)_z(22) c_e_svm(1)_p_def(21)_ -0.060398478886992957
     svm(1)_z(22) c_e_svm(1)_p_def(22)_ -2.8078247404779582
     svm(1)_z(22) c_e_svm(1)_p_def(23)_ -0.71115938870389928
     svm(1)_z(22) c_e_svm(1)_p_def(24)_ -0.3897697413133821
     svm(1)_z(22) c_e_svm(1)_p_def(25)_ -0.26641243343179377
     svm(1)_z(22) c_e_svm(1)_p_def(26)_ -0.32636084519702063
     svm(1)_z(22) c_e_svm(1)_p_def(27)_ -1.0935182161037869
     svm(1)_z(22) c_e_svm(1)_p_def(28)_ -0.66314568207795954
     svm(1)_z(22) c_e_svm(1)_p_def(29)_ -2.1643564104684723
     svm(1)_z(23) c_u_crossed_ 0.049949842468647504
     svm(1)_z(23) c_u_svm(1)_z_le_alpha(23)_ 1
     svm(1)_z(23) c_u_svm(1)_z_ge_neg_alpha(23)_ -1
     svm(1)_z(23) c_u_svm(1)_z_ge_alpha_if_pos(23)_ -1
     svm(1)_z(23) c_u_svm(1)_z_le_neg_alpha_if_neg(23)_ 1
     svm(1)_z(23) c_e_svm(1)_p_def(0)_ -0.37979586331070059
     svm(1)_z(23) c_e_svm(1)_p_def(1)_ 0.066643153767583785
     svm(1)_z(23) c_e_svm(1)_p_def(2)_ 0.025963858321263023
     svm(1)_z(23) c_e_svm(1)_p_def(3)_ 0.11866261546951523
     svm(1)_z(23) c_e_svm(1)_p_def(4)_ 0.0093209370712901418
     svm(1)_z(23) c_e_svm(1)_p_def(5)_ -0.22792489826772924
     svm(1)_z(23) c_e_svm(1)_p_def(6)_ -0.10353099757719042
     svm(1)_z(23) c_e_svm(1)_p_def(7)_ -0.14486804194557945
     svm(1)_z(23) c_e_svm(1)_p_def(8)_ 0.049860591846555752
     svm(1)_z(23) c_e_svm(1)_p_def(9)_ -0.22073516006466348
     svm(1)_z(23) c_e_svm(1)_p_def(10)_ 0.067641731095044677
     svm(1)_z(23) c_e_svm(1)_p_def(11)_ 0.0052547657125397162
     svm(1)_z(23) c_e_svm(1)_p_def(12)_ -0.11153058704484986
     svm(1)_z(23) c_e_svm(1)_p_def(13)_ 0.062326180249557592
     svm(1)_z(23) c_e_svm(1)_p_def(14)_ -0.030397985711209441
     svm(1)_z(23) c_e_svm(1)_p_def(15)_ -1.3155628642698458
     svm(1)_z(23) c_e_svm(1)_p_def(16)_ -0.89735737306041075
     svm(1)_z(23) c_e_svm(1)_p_def(17)_ -0.35906229074662255
     svm(1)_z(23) c_e_svm(1)_p_def(18)_ -1.3831956817293578
     svm(1)_z(23) c_e_svm(1)_p_def(19)_ -2.8510970359916668
     svm(1)_z(23) c_e_svm(1)_p_def(20)_ -1.2056108783518544
     svm(1)_z(23) c_e_svm(1)_p_def(21)_ -0.040001870781887071
     svm(1)_z(23) c_e_svm(1)_p_def(22)_ -0.71115938870389928
     svm(1)_z(23) c_e_svm(1)_p_def(23)_ -3.3279021274359497
     svm(1)_z(23) c_e_svm(1)_p_def(24)_ -0.26052966132364047
     svm(1)_z(23) c_e_svm(1)_p_def(25)_ -0.19110628369525165
     svm(1)_z(23) c_e_svm(1)_p_def(26)_ -0.26337620998295797
     svm(1)_z(23) c_e_svm(1)_p_def(27)_ -0.78297543694392757
     svm(1)_z(23) c_e_svm(1)_p_def(28)_ -1.1813555326723457
     svm(1)_z(23) c_e_svm(1)_p_def(29)_ -0.40569556279976765
     svm(1)_z(24) c_u_crossed_ 0.00029721629003084948
     svm(1)_z(24) c_u_svm(1)_z_le_alpha(24)_ 1
     svm(1)_z(24) c_u_svm(1)_z_ge_neg_alpha(24)_ -1
     svm(1)_z(24) c_u_svm(1)_z_ge_alpha_if_pos(24)_ -1
     svm(1)_z(24) c_u_svm(1)_z_le_neg_alpha_if_neg(24)_ 1
     svm(1)_z(24) c_e_svm(1)_p_def(0)_ -0.06114528983258459
     svm(1)_z(24) c_e_svm(1)_p_def(1)_ 0.032977756453020535
     svm(1)_z(24) c_e_svm(1)_p_def(2)_ -0.011342325558328384
     svm(1)_z(24) c_e_svm(1)_p_def(3)_ -0.10138872708674879
     svm(1)_z(24) c_e_svm(1)_p_def(4)_ -0.0085082391839765709
     svm(1)_z(24) c_e_svm(1)_p_def(5)_ 0.057301215695061775
     svm(1)_z(24) c_e_svm(1)_p_def(6)_ -0.01547894550632703
     svm(1)_z(24) c_e_svm(1)_p_def(7)_ 0.035689692404617654
     svm(1)_z(24) c_e_svm(1)_p_def(8)_ -0.028313351671052756
     svm(1)_z(24) c_e_svm(1)_p_def(9)_ 0.021268124560892221
     svm(1)_z(24) c_e_svm(1)_p_def(10)_ -0.0069943152275207532
     svm(1)_z(24) c_e_svm(1)_p_def(11)_ 0.043790346575641154
     svm(1)_z(24) c_e_svm(1)_p_def(12)_ 0.050851755089116449
     svm(1)_z(24) c_e_svm(1)_p_def(13)_ -0.0022051332979382277
     svm(1)_z(24) c_e_svm(1)_p_def(14)_ 0.089935917653034228
     svm(1)_z(24) c_e_svm(1)_p_def(15)_ -1.1380967537168463
     svm(1)_z(24) c_e_svm(1)_p_def(16)_ -0.96871893421504751
     svm(1)_z(24) c_e_svm(1)_p_def(17)_ -1.295366234851355
     svm(1)_z(24) c_e_svm(1)_p_def(18)_ -1.2651097830385623
     svm(1)_z(24) c_e_svm(1)_p_def(19)_ -0.22064684075250546
     svm(1)_z(24) c_e_svm(1)_p_def(20)_ -0.79560138734448149
     svm(1)_z(24) c_e_svm(1)_p_def(21)_ -0.058079348436438936
     svm(1)_z(24) c_e_svm(1)_p_def(22)_ -0.3897697413133821
     svm(1)_z(24) c_e_svm(1)_p_def(23)_ -0.26052966132364047
     svm(1)_z(24) c_e_svm(1)_p_def(24)_ -1.7039715566638987
     svm(1)_z(24) c_e_svm(1)_p_def(25)_ -1.4303305702193025
     svm(1)_z(24) c_e_svm(1)_p_def(26)_ -0.71029753501530313
     svm(1)_z(24) c_e_svm(1)_p_def(27)_ -0.65977644295888571
     svm(1)_z(24) c_e_svm(1)_p_def(28)_ -0.69994675734817846
     svm(1)_z(24) c_e_svm(1)_p_def(29)_ -0.40245185620570967
     svm(1)_z(25) c_u_crossed_ -0.058832861655429461
     svm(1)_z(25) c_u_svm(1)_z_le_alpha(25)_ 1
     svm(1)_z(25) c_u_svm(1)_z_ge_neg_alpha(25)_ -1
     svm(1)_z(25) c_u_svm(1)_z_ge_alpha_if_pos(25)_ -1
     svm(1)_z(25) c_u_svm(1)_z_le_neg_alpha_if_neg(25)_ 1
     svm(1)_z(25) c_e_svm(1)_p_def(0)_ -0.1143538441906775
     svm(1)_z(25) c_e_svm(1)_p_def(1)_ 0.012420810103076579
     svm(1)_z(25) c_e_svm(1)_p_def(2)_ -0.034413468098700578
     svm(1)_z(25) c_e_svm(1)_p_def(3)_ -0.1980555497229734
     svm(1)_z(25) c_e_svm(1)_p_def(4)_ -0.085137281254293262
     svm(1)_z(25) c_e_svm(1)_p_def(5)_ -0.013059181583435109
     svm(1)_z(25) c_e_svm(1)_p_def(6)_ -0.16031107754615914
     svm(1)_z(25) c_e_svm(1)_p_def(7)_ 0.055863715542180906
     svm(1)_z(25) c_e_svm(1)_p_def(8)_ -0.03734392082690928
     svm(1)_z(25) c_e_svm(1)_p_def(9)_ 0.050394073643602696
     svm(1)_z(25) c_e_svm(1)_p_def(10)_ -0.014353258292012144
     svm(1)_z(25) c_e_svm(1)_p_def(11)_ -0.027608790587567475
     svm(1)_z(25) c_e_svm(1)_p_def(12)_ 0.079502909557117626
     svm(1)_z(25) c_e_svm(1)_p_def(13)_ -0.024712881816734839
     svm(1)_z(25) c_e_svm(1)_p_def(14)_ 0.058369352620008794
     svm(1)_z(25) c_e_svm(1)_p_def(15)_ -0.9127417399083243
     svm(1)_z(25) c_e_svm(1)_p_def(16)_ -0.64321983453327503
     svm(1)_z(25) c_e_svm(1)_p_def(17)_ -0.9755463426062887
     svm(1)_z(25) c_e_svm(1)_p_def(18)_ -1.0847437365509884
     svm(1)_z(25) c_e_svm(1)_p_def(19)_ -0.081727871910708877
     svm(1)_z(25) c_e_svm(1)_p_def(20)_ -0.76466819396223895
     svm(1)_z(25) c_e_svm(1)_p_def(21)_ -0.10228779520632748
     svm(1)_z(25) c_e_svm(1)_p_def(22)_ -0.26641243343179377
     svm(1)_z(25) c_e_svm(1)_p_def(23)_ -0.19110628369525165
     svm(1)_z(25) c_e_svm(1)_p_def(24)_ -1.4303305702193025
     svm(1)_z(25) c_e_svm(1)_p_def(25)_ -1.4886511000849025
     svm(1)_z(25) c_e_svm(1)_p_def(26)_ -0.59259372184304815
     svm(1)_z(25) c_e_svm(1)_p_def(27)_ -0.72541767434661453
     svm(1)_z(25) c_e_svm(1)_p_def(28)_ -0.67560075007399922
     svm(1)_z(25) c_e_svm(1)_p_def(29)_ -0.28392808930569952
     svm(1)_z(26) c_u_crossed_ 0.034957304450875082
     svm(1)_z(26) c_u_svm(1)_z_le_alpha(26)_ 1
     svm(1)_z(26) c_u_svm(1)_z_ge_neg_alpha(26)_ -1
     svm(1)_z(26) c_u_svm(1)_z_ge_alpha_if_pos(26)_ -1
     svm(1)_z(26) c_u_svm(1)_z_le_neg_alpha_if_neg(26)_ 1
     svm(1)_z(26) c_e_svm(1)_p_def(0)_ -0.67694612919069086
     svm(1)_z(26) c_e_svm(1)_p_def(1)_ -0.031216566312631311
     svm(1)_z(26) c_e_svm(1)_p_def(2)_ 0.015837041154309908
     svm(1)_z(26) c_e_svm(1)_p_def(3)_ -0.64223232752857673
     svm(1)_z(26) c_e_svm(1)_p_def(4)_ 0.078343500312919076
     svm(1)_z(26) c_e_svm(1)_p_def(5)_ -1.047129757738233
     svm(1)_z(26) c_e_svm(1)_p_def(6)_ 0.054630883166133418
     svm(1)_z(26) c_e_svm(1)_p_def(7)_ -0.04653700663085622
     svm(1)_z(26) c_e_svm(1)_p_def(8)_ 0.039553356762729766
     svm(1)_z(26) c_e_svm(1)_p_def(9)_ -0.063796958731889064
     svm(1)_z(26) c_e_svm(1)_p_def(10)_ -0.1401885391267817
     svm(1)_z(26) c_e_svm(1)_p_def(11)_ 0.0095566554584241847
     svm(1)_z(26) c_e_svm(1)_p_def(12)_ -0.1017157054420525
     svm(1)_z(26) c_e_svm(1)_p_def(13)_ 0.023142201685681901
     svm(1)_z(26) c_e_svm(1)_p_def(14)_ -0.49085262547452646
     svm(1)_z(26) c_e_svm(1)_p_def(15)_ -0.42690679833756584
     svm(1)_z(26) c_e_svm(1)_p_def(16)_ -0.98340492359333243
     svm(1)_z(26) c_e_svm(1)_p_def(17)_ -1.4844125235762018
     svm(1)_z(26) c_e_svm(1)_p_def(18)_ -0.69211126894016517
     svm(1)_z(26) c_e_svm(1)_p_def(19)_ -0.19748002921241181
     svm(1)_z(26) c_e_svm(1)_p_def(20)_ -0.69615437023171867
     svm(1)_z(26) c_e_svm(1)_p_def(21)_ 0.059431857806204906
     svm(1)_z(26) c_e_svm(1)_p_def(22)_ -0.32636084519702063
     svm(1)_z(26) c_e_svm(1)_p_def(23)_ -0.26337620998295797
     svm(1)_z(26) c_e_svm(1)_p_def(24)_ -0.71029753501530313
     svm(1)_z(26) c_e_svm(1)_p_def(25)_ -0.59259372184304815
     svm(1)_z(26) c_e_svm(1)_p_def(26)_ -2.4957654851874436
     svm(1)_z(26) c_e_svm(1)_p_def(27)_ -0.52704719487908236
     svm(1)_z(26) c_e_svm(1)_p_def(28)_ -0.28588192166051857
     svm(1)_z(26) c_e_svm(1)_p_def(29)_ -0.33686116724400139
     svm(1)_z(27) c_u_crossed_ 0.073223169533697785
     svm(1)_z(27) c_u_svm(1)_z_le_alpha(27)_ 1
     svm(1)_z(27) c_u_svm(1)_z_ge_neg_alpha(27)_ -1
     svm(1)_z(27) c_u_svm(1)_z_ge_alpha_if_pos(27)_ -1
     svm(1)_z(27) c_u_svm(1)_z_le_neg_alpha_if_neg(27)_ 1
     svm(1)_z(27) c_e_svm(1)_p_def(0)_ -0.22091778580579347
     svm(1)_z(27) c_e_svm(1)_p_def(1)_ 0.1281334804788353
     svm(1)_z(27) c_e_svm(1)_p_def(2)_ 0.076468758585046398
     svm(1)_z(27) c_e_svm(1)_p_def(3)_ -0.028893432919757878
     svm(1)_z(27) c_e_svm(1)_p_def(4)_ 0.055516352148565651
     svm(1)_z(27) c_e_svm(1)_p_def(5)_ -0.4117654311721432
     svm(1)_z(27) c_e_svm(1)_p_def(6)_ -0.38239969401236207
     svm(1)_z(27) c_e_svm(1)_p_def(7)_ -0.23883676726236205
     svm(1)_z(27) c_e_svm(1)_p_def(8)_ 0.11483865348351938
     svm(1)_z(27) c_e_svm(1)_p_def(9)_ -0.31534551345868267
     svm(1)_z(27) c_e_svm(1)_p_def(10)_ 0.11908256586676882
     svm(1)_z(27) c_e_svm(1)_p_def(11)_ -0.024530057133746286
     svm(1)_z(27) c_e_svm(1)_p_def(12)_ -0.22609032617733571
     svm(1)_z(27) c_e_svm(1)_p_def(13)_ 0.12341141123855148
     svm(1)_z(27) c_e_svm(1)_p_def(14)_ -0.003355188618192978
     svm(1)_z(27) c_e_svm(1)_p_def(15)_ -0.72318021862673487
     svm(1)_z(27) c_e_svm(1)_p_def(16)_ -0.27783796209630923
     svm(1)_z(27) c_e_svm(1)_p_def(17)_ -0.4173058666829973
     svm(1)_z(27) c_e_svm(1)_p_def(18)_ -0.7451444483671934
     svm(1)_z(27) c_e_svm(1)_p_def(19)_ -0.72910468372677539
     svm(1)_z(27) c_e_svm(1)_p_def(20)_ -0.61552844705769072
     svm(1)_z(27) c_e_svm(1)_p_def(21)_ -0.084221825663137975
     svm(1)_z(27) c_e_svm(1)_p_def(22)_ -1.0935182161037869
     svm(1)_z(27) c_e_svm(1)_p_def(23)_ -0.78297543694392757
     svm(1)_z(27) c_e_svm(1)_p_def(24)_ -0.65977644295888571
     svm(1)_z(27) c_e_svm(1)_p_def(25)_ -0.72541767434661453
     svm(1)_z(27) c_e_svm(1)_p_def(26)_ -0.52704719487908236
     svm(1)_z(27) c_e_svm(1)_p_def(27)_ -2.3502904928158204
     svm(1)_z(27) c_e_svm(1)_p_def(28)_ -1.2251606988411157
     svm(1)_z(27) c_e_svm(1)_p_def(29)_ -1.0990270509493107
     svm(1)_z(28) c_u_crossed_ 0.049757101148161738
     svm(1)_z(28) c_u_svm(1)_z_le_alpha(28)_ 1
     svm(1)_z(28) c_u_svm(1)_z_ge_neg_alpha(28)_ -1
     svm(1)_z(28) c_u_svm(1)_z_ge_alpha_if_pos(28)_ -1
     svm(1)_z(28) c_u_svm(1)_z_le_neg_alpha_if_neg(28)_ 1
     svm(1)_z(28) c_e_svm(1)_p_def(0)_ -0.31970974937739904
     svm(1)_z(28) c_e_svm(1)_p_def(1)_ 0.096296991152018008
     svm(1)_z(28) c_e_svm(1)_p_def(2)_ 0.071264274466597943
     svm(1)_z(28) c_e_svm(1)_p_def(3)_ 0.10652474978271399
     svm(1)_z(28) c_e_svm(1)_p_def(4)_ 0.044970981500557644
     svm(1)_z(28) c_e_svm(1)_p_def(5)_ 0.024054103649903125
     svm(1)_z(28) c_e_svm(1)_p_def(6)_ -0.074579526821061268
     svm(1)_z(28) c_e_svm(1)_p_def(7)_ -0.071263737840312591
     svm(1)_z(28) c_e_svm(1)_p_def(8)_ 0.073616604049007897
     svm(1)_z(28) c_e_svm(1)_p_def(9)_ -0.11660782296546605
     svm(1)_z(28) c_e_svm(1)_p_def(10)_ 0.093275893067163954
     svm(1)_z(28) c_e_svm(1)_p_def(11)_ 0.028934280133197002
     svm(1)_z(28) c_e_svm(1)_p_def(12)_ -0.02792976589525753
     svm(1)_z(28) c_e_svm(1)_p_def(13)_ 0.083269880225186582
     svm(1)_z(28) c_e_svm(1)_p_def(14)_ 0.10344371256222393
     svm(1)_z(28) c_e_svm(1)_p_def(15)_ -1.0322841995421381
     svm(1)_z(28) c_e_svm(1)_p_def(16)_ -0.40268762060279484
     svm(1)_z(28) c_e_svm(1)_p_def(17)_ -0.47571155475922922
     svm(1)_z(28) c_e_svm(1)_p_def(18)_ -1.2255037322761353
     svm(1)_z(28) c_e_svm(1)_p_def(19)_ -0.91624706646369036
     svm(1)_z(28) c_e_svm(1)_p_def(20)_ -0.60563657614144772
     svm(1)_z(28) c_e_svm(1)_p_def(21)_ -0.055402625545148243
     svm(1)_z(28) c_e_svm(1)_p_def(22)_ -0.66314568207795954
     svm(1)_z(28) c_e_svm(1)_p_def(23)_ -1.1813555326723457
     svm(1)_z(28) c_e_svm(1)_p_def(24)_ -0.69994675734817846
     svm(1)_z(28) c_e_svm(1)_p_def(25)_ -0.67560075007399922
     svm(1)_z(28) c_e_svm(1)_p_def(26)_ -0.28588192166051857
     svm(1)_z(28) c_e_svm(1)_p_def(27)_ -1.2251606988411157
     svm(1)_z(28) c_e_svm(1)_p_def(28)_ -1.4029896021331916
     svm(1)_z(28) c_e_svm(1)_p_def(29)_ -0.54080652293282605
     svm(1)_z(29) c_u_crossed_ 0.072975698510222953
     svm(1)_z(29) c_u_svm(1)_z_le_alpha(29)_ 1
     svm(1)_z(29) c_u_svm(1)_z_ge_neg_alpha(29)_ -1
     svm(1)_z(29) c_u_svm(1)_z_ge_alpha_if_pos(29)_ -1
     svm(1)_z(29) c_u_svm(1)_z_le_neg_alpha_if_neg(29)_ 1
     svm(1)_z(29) c_e_svm(1)_p_def(0)_ -0.21772433272542607
     svm(1)_z(29) c_e_svm(1)_p_def(1)_ 0.070056137110325933
     svm(1)_z(29) c_e_svm(1)_p_def(2)_ -0.11280105400798111
     svm(1)_z(29) c_e_svm(1)_p_def(3)_ -0.0098413210055184608
     svm(1)_z(29) c_e_svm(1)_p_def(4)_ 0.03270831143366297
     svm(1)_z(29) c_e_svm(1)_p_def(5)_ -0.31197400927019175
     svm(1)_z(29) c_e_svm(1)_p_def(6)_ -0.048483330438172184
     svm(1)_z(29) c_e_svm(1)_p_def(7)_ -0.26528361828347868
     svm(1)_z(29) c_e_svm(1)_p_def(8)_ 0.019094377635985357
     svm(1)_z(29) c_e_svm(1)_p_def(9)_ -0.31240087990500137
     svm(1)_z(29) c_e_svm(1)_p_def(10)_ -0.077075502067689344
     svm(1)_z(29) c_e_svm(1)_p_def(11)_ 0.072141276575622942
     svm(1)_z(29) c_e_svm(1)_p_def(12)_ -0.40442109740775339
     svm(1)_z(29) c_e_svm(1)_p_def(13)_ 0.059822747269774476
     svm(1)_z(29) c_e_svm(1)_p_def(14)_ -0.2197495717708112
     svm(1)_z(29) c_e_svm(1)_p_def(15)_ -0.38876222008488276
     svm(1)_z(29) c_e_svm(1)_p_def(16)_ -0.42594452483575718
     svm(1)_z(29) c_e_svm(1)_p_def(17)_ -0.30886067724435334
     svm(1)_z(29) c_e_svm(1)_p_def(18)_ -0.20493288375440621
     svm(1)_z(29) c_e_svm(1)_p_def(19)_ -0.88803989104948933
     svm(1)_z(29) c_e_svm(1)_p_def(20)_ -0.48363967711732636
     svm(1)_z(29) c_e_svm(1)_p_def(21)_ -0.075889915599317515
     svm(1)_z(29) c_e_svm(1)_p_def(22)_ -2.1643564104684723
     svm(1)_z(29) c_e_svm(1)_p_def(23)_ -0.40569556279976765
     svm(1)_z(29) c_e_svm(1)_p_def(24)_ -0.40245185620570967
     svm(1)_z(29) c_e_svm(1)_p_def(25)_ -0.28392808930569952
     svm(1)_z(29) c_e_svm(1)_p_def(26)_ -0.33686116724400139
     svm(1)_z(29) c_e_svm(1)_p_def(27)_ -1.0990270509493107
     svm(1)_z(29) c_e_svm(1)_p_def(28)_ -0.54080652293282605
     svm(1)_z(29) c_e_svm(1)_p_def(29)_ -2.060727040030097
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
     svm(1)_w(20) c_e_svm(1)_stationarity(20)_ 1
     svm(1)_w(20) c_u_svm(1)_w_minus_p_le(20)_ 1
     svm(1)_w(20) c_u_svm(1)_w_minus_p_ge(20)_ -1
     svm(1)_w(20) c_u_svm(1)_w_plus_p_le(20)_ 1
     svm(1)_w(20) c_u_svm(1)_w_plus_p_ge(20)_ -1
     svm(1)_w(21) c_e_svm(1)_stationarity(21)_ 1
     svm(1)_w(21) c_u_svm(1)_w_minus_p_le(21)_ 1
     svm(1)_w(21) c_u_svm(1)_w_minus_p_ge(21)_ -1
     svm(1)_w(21) c_u_svm(1)_w_plus_p_le(21)_ 1
     svm(1)_w(21) c_u_svm(1)_w_plus_p_ge(21)_ -1
     svm(1)_w(22) c_e_svm(1)_stationarity(22)_ 1
     svm(1)_w(22) c_u_svm(1)_w_minus_p_le(22)_ 1
     svm(1)_w(22) c_u_svm(1)_w_minus_p_ge(22)_ -1
     svm(1)_w(22) c_u_svm(1)_w_plus_p_le(22)_ 1
     svm(1)_w(22) c_u_svm(1)_w_plus_p_ge(22)_ -1
     svm(1)_w(23) c_e_svm(1)_stationarity(23)_ 1
     svm(1)_w(23) c_u_svm(1)_w_minus_p_le(23)_ 1
     svm(1)_w(23) c_u_svm(1)_w_minus_p_ge(23)_ -1
     svm(1)_w(23) c_u_svm(1)_w_plus_p_le(23)_ 1
     svm(1)_w(23) c_u_svm(1)_w_plus_p_ge(23)_ -1
     svm(1)_w(24) c_e_svm(1)_stationarity(24)_ 1
     svm(1)_w(24) c_u_svm(1)_w_minus_p_le(24)_ 1
     svm(1)_w(24) c_u_svm(1)_w_minus_p_ge(24)_ -1
     svm(1)_w(24) c_u_svm(1)_w_plus_p_le(24)_ 1
     svm(1)_w(24) c_u_svm(1)_w_plus_p_ge(24)_ -1
     svm(1)_w(25) c_e_svm(1)_stationarity(25)_ 1
     svm(1)_w(25) c_u_svm(1)_w_minus_p_le(25)_ 1
     svm(1)_w(25) c_u_svm(1)_w_minus_p_ge(25)_ -1
     svm(1)_w(25) c_u_svm(1)_w_plus_p_le(25)_ 1
     svm(1)_w(25) c_u_svm(1)_w_plus_p_ge(25)_ -1
     svm(1)_w(26) c_e_svm(1)_stationarity(26)_ 1
     svm(1)_w(26) c_u_svm(1)_w_minus_p_le(26)_ 1
     svm(1)_w(26) c_u_svm(1)_w_minus_p_ge(26)_ -1
     svm(1)_w(26) c_u_svm(1)_w_plus_p_le(26)_ 1
     svm(1)_w(26) c_u_svm(1)_w_plus_p_ge(26)_ -1
     svm(1)_w(27) c_e_svm(1)_stationarity(27)_ 1
     svm(1)_w(27) c_u_svm(1)_w_minus_p_le(27)_ 1
     svm(1)_w(27) c_u_svm(1)_w_minus_p_ge(27)_ -1
     svm(1)_w(27) c_u_svm(1)_w_plus_p_le(27)_ 1
     svm(1)_w(27) c_u_svm(1)_w_plus_p_ge(27)_ -1
     svm(1)_w(28) c_e_svm(1)_stationarity(28)_ 1
     svm(1)_w(28) c_u_svm(1)_w_minus_p_le(28)_ 1
     svm(1)_w(28) c_u_svm(1)_w_minus_p_ge(28)_ -1
     svm(1)_w(28) c_u_svm(1)_w_plus_p_le(28)_ 1
     svm(1)_w(28) c_u_svm(1)_w_plus_p_ge(28)_ -1
     svm(1)_w(29) c_e_svm(1)_stationarity(29)_ 1
     svm(1)_w(29) c_u_svm(1)_w_minus_p_le(29)_ 1
     svm(1)_w(29) c_u_svm(1)_w_minus_p_ge(29)_ -1
     svm(1)_w(29) c_u_svm(1)_w_plus_p_le(29)_ 1
     svm(1)_w(29) c_u_svm(1)_w_plus_p_ge(29)_ -1
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
     svm(1)_u(20) c_e_svm(1)_stationarity(20)_ -1
     svm(1)_u(20) c_u_svm(1)_u_le_Mu(20)_ 1
     svm(1)_u(21) c_e_svm(1)_stationarity(21)_ -1
     svm(1)_u(21) c_u_svm(1)_u_le_Mu(21)_ 1
     svm(1)_u(22) c_e_svm(1)_stationarity(22)_ -1
     svm(1)_u(22) c_u_svm(1)_u_le_Mu(22)_ 1
     svm(1)_u(23) c_e_svm(1)_stationarity(23)_ -1
     svm(1)_u(23) c_u_svm(1)_u_le_Mu(23)_ 1
     svm(1)_u(24) c_e_svm(1)_stationarity(24)_ -1
     svm(1)_u(24) c_u_svm(1)_u_le_Mu(24)_ 1
     svm(1)_u(25) c_e_svm(1)_stationarity(25)_ -1
     svm(1)_u(25) c_u_svm(1)_u_le_Mu(25)_ 1
     svm(1)_u(26) c_e_svm(1)_stationarity(26)_ -1
     svm(1)_u(26) c_u_svm(1)_u_le_Mu(26)_ 1
     svm(1)_u(27) c_e_svm(1)_stationarity(27)_ -1
     svm(1)_u(27) c_u_svm(1)_u_le_Mu(27)_ 1
     svm(1)_u(28) c_e_svm(1)_stationarity(28)_ -1
     svm(1)_u(28) c_u_svm(1)_u_le_Mu(28)_ 1
     svm(1)_u(29) c_e_svm(1)_stationarity(29)_ -1
     svm(1)_u(29) c_u_svm(1)_u_le_Mu(29)_ 1
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
     svm(1)_v(20) c_e_svm(1)_stationarity(20)_ 1
     svm(1)_v(20) c_u_svm(1)_v_le_Mv(20)_ 1
     svm(1)_v(21) c_e_svm(1)_stationarity(21)_ 1
     svm(1)_v(21) c_u_svm(1)_v_le_Mv(21)_ 1
     svm(1)_v(22) c_e_svm(1)_stationarity(22)_ 1
     svm(1)_v(22) c_u_svm(1)_v_le_Mv(22)_ 1
     svm(1)_v(23) c_e_svm(1)_stationarity(23)_ 1
     svm(1)_v(23) c_u_svm(1)_v_le_Mv(23)_ 1
     svm(1)_v(24) c_e_svm(1)_stationarity(24)_ 1
     svm(1)_v(24) c_u_svm(1)_v_le_Mv(24)_ 1
     svm(1)_v(25) c_e_svm(1)_stationarity(25)_ 1
     svm(1)_v(25) c_u_svm(1)_v_le_Mv(25)_ 1
     svm(1)_v(26) c_e_svm(1)_stationarity(26)_ 1
     svm(1)_v(26) c_u_svm(1)_v_le_Mv(26)_ 1
     svm(1)_v(27) c_e_svm(1)_stationarity(27)_ 1
     svm(1)_v(27) c_u_svm(1)_v_le_Mv(27)_ 1
     svm(1)_v(28) c_e_svm(1)_stationarity(28)_ 1
     svm(1)_v(28) c_u_svm(1)_v_le_Mv(28)_ 1
     svm(1)_v(29) c_e_svm(1)_stationarity(29)_ 1
     svm(1)_v(29) c_u_svm(1)_v_le_Mv(29)_ 1
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
     svm(1)_p(20) c_e_svm(1)_p_def(20)_ 1
     svm(1)_p(20) c_u_svm(1)_w_minus_p_le(20)_ -1
     svm(1)_p(20) c_u_svm(1)_w_minus_p_ge(20)_ 1
     svm(1)_p(20) c_u_svm(1)_w_plus_p_le(20)_ 1
     svm(1)_p(20) c_u_svm(1)_w_plus_p_ge(20)_ -1
     svm(1)_p(21) c_e_svm(1)_p_def(21)_ 1
     svm(1)_p(21) c_u_svm(1)_w_minus_p_le(21)_ -1
     svm(1)_p(21) c_u_svm(1)_w_minus_p_ge(21)_ 1
     svm(1)_p(21) c_u_svm(1)_w_plus_p_le(21)_ 1
     svm(1)_p(21) c_u_svm(1)_w_plus_p_ge(21)_ -1
     svm(1)_p(22) c_e_svm(1)_p_def(22)_ 1
     svm(1)_p(22) c_u_svm(1)_w_minus_p_le(22)_ -1
     svm(1)_p(22) c_u_svm(1)_w_minus_p_ge(22)_ 1
     svm(1)_p(22) c_u_svm(1)_w_plus_p_le(22)_ 1
     svm(1)_p(22) c_u_svm(1)_w_plus_p_ge(22)_ -1
     svm(1)_p(23) c_e_svm(1)_p_def(23)_ 1
     svm(1)_p(23) c_u_svm(1)_w_minus_p_le(23)_ -1
     svm(1)_p(23) c_u_svm(1)_w_minus_p_ge(23)_ 1
     svm(1)_p(23) c_u_svm(1)_w_plus_p_le(23)_ 1
     svm(1)_p(23) c_u_svm(1)_w_plus_p_ge(23)_ -1
     svm(1)_p(24) c_e_svm(1)_p_def(24)_ 1
     svm(1)_p(24) c_u_svm(1)_w_minus_p_le(24)_ -1
     svm(1)_p(24) c_u_svm(1)_w_minus_p_ge(24)_ 1
     svm(1)_p(24) c_u_svm(1)_w_plus_p_le(24)_ 1
     svm(1)_p(24) c_u_svm(1)_w_plus_p_ge(24)_ -1
     svm(1)_p(25) c_e_svm(1)_p_def(25)_ 1
     svm(1)_p(25) c_u_svm(1)_w_minus_p_le(25)_ -1
     svm(1)_p(25) c_u_svm(1)_w_minus_p_ge(25)_ 1
     svm(1)_p(25) c_u_svm(1)_w_plus_p_le(25)_ 1
     svm(1)_p(25) c_u_svm(1)_w_plus_p_ge(25)_ -1
     svm(1)_p(26) c_e_svm(1)_p_def(26)_ 1
     svm(1)_p(26) c_u_svm(1)_w_minus_p_le(26)_ -1
     svm(1)_p(26) c_u_svm(1)_w_minus_p_ge(26)_ 1
     svm(1)_p(26) c_u_svm(1)_w_plus_p_le(26)_ 1
     svm(1)_p(26) c_u_svm(1)_w_plus_p_ge(26)_ -1
     svm(1)_p(27) c_e_svm(1)_p_def(27)_ 1
     svm(1)_p(27) c_u_svm(1)_w_minus_p_le(27)_ -1
     svm(1)_p(27) c_u_svm(1)_w_minus_p_ge(27)_ 1
     svm(1)_p(27) c_u_svm(1)_w_plus_p_le(27)_ 1
     svm(1)_p(27) c_u_svm(1)_w_plus_p_ge(27)_ -1
     svm(1)_p(28) c_e_svm(1)_p_def(28)_ 1
     svm(1)_p(28) c_u_svm(1)_w_minus_p_le(28)_ -1
     svm(1)_p(28) c_u_svm(1)_w_minus_p_ge(28)_ 1
     svm(1)_p(28) c_u_svm(1)_w_plus_p_le(28)_ 1
     svm(1)_p(28) c_u_svm(1)_w_plus_p_ge(28)_ -1
     svm(1)_p(29) c_e_svm(1)_p_def(29)_ 1
     svm(1)_p(29) c_u_svm(1)_w_minus_p_le(29)_ -1
     svm(1)_p(29) c_u_svm(1)_w_minus_p_ge(29)_ 1
     svm(1)_p(29) c_u_svm(1)_w_plus_p_le(29)_ 1
     svm(1)_p(29) c_u_svm(1)_w_plus_p_ge(29)_ -1
     svm(1)_s(0) c_u_svm(1)_t_le_s(0)_ -1
     svm(1)_s(0) c_u_svm(1)_alpha_le_Cs(0)_ -0.51526699997933945
     svm(1)_s(0) c_u_svm(1)_u_le_Mu(0)_ 3.7713951542062878
     svm(1)_s(1) c_u_svm(1)_t_le_s(1)_ -1
     svm(1)_s(1) c_u_svm(1)_alpha_le_Cs(1)_ -0.51526699997933945
     svm(1)_s(1) c_u_svm(1)_u_le_Mu(1)_ 3.8180017575711309
     svm(1)_s(2) c_u_svm(1)_t_le_s(2)_ -1
     svm(1)_s(2) c_u_svm(1)_alpha_le_Cs(2)_ -0.51526699997933945
     svm(1)_s(2) c_u_svm(1)_u_le_Mu(2)_ 3.1645134099924563
     svm(1)_s(3) c_u_svm(1)_t_le_s(3)_ -1
     svm(1)_s(3) c_u_svm(1)_alpha_le_Cs(3)_ -0.51526699997933945
     svm(1)_s(3) c_u_svm(1)_u_le_Mu(3)_ 4.3847008104161382
     svm(1)_s(4) c_u_svm(1)_t_le_s(4)_ -1
     svm(1)_s(4) c_u_svm(1)_alpha_le_Cs(4)_ -0.51526699997933945
     svm(1)_s(4) c_u_svm(1)_u_le_Mu(4)_ 3.3112741539309249
     svm(1)_s(5) c_u_svm(1)_t_le_s(5)_ -1
     svm(1)_s(5) c_u_svm(1)_alpha_le_Cs(5)_ -0.51526699997933945
     svm(1)_s(5) c_u_svm(1)_u_le_Mu(5)_ 5.2563178554256416
     svm(1)_s(6) c_u_svm(1)_t_le_s(6)_ -1
     svm(1)_s(6) c_u_svm(1)_alpha_le_Cs(6)_ -0.51526699997933945
     svm(1)_s(6) c_u_svm(1)_u_le_Mu(6)_ 3.8621644729257119
     svm(1)_s(7) c_u_svm(1)_t_le_s(7)_ -1
     svm(1)_s(7) c_u_svm(1)_alpha_le_Cs(7)_ -0.51526699997933945
     svm(1)_s(7) c_u_svm(1)_u_le_Mu(7)_ 4.0956945487992931
     svm(1)_s(8) c_u_svm(1)_t_le_s(8)_ -1
     svm(1)_s(8) c_u_svm(1)_alpha_le_Cs(8)_ -0.51526699997933945
     svm(1)_s(8) c_u_svm(1)_u_le_Mu(8)_ 3.3658251990992296
     svm(1)_s(9) c_u_svm(1)_t_le_s(9)_ -1
     svm(1)_s(9) c_u_svm(1)_alpha_le_Cs(9)_ -0.51526699997933945
     svm(1)_s(9) c_u_svm(1)_u_le_Mu(9)_ 4.0961546338403743
     svm(1)_s(10) c_u_svm(1)_t_le_s(10)_ -1
     svm(1)_s(10) c_u_svm(1)_alpha_le_Cs(10)_ -0.51526699997933945
     svm(1)_s(10) c_u_svm(1)_u_le_Mu(10)_ 3.5269041105843231
     svm(1)_s(11) c_u_svm(1)_t_le_s(11)_ -1
     svm(1)_s(11) c_u_svm(1)_alpha_le_Cs(11)_ -0.51526699997933945
     svm(1)_s(11) c_u_svm(1)_u_le_Mu(11)_ 3.4850689400058918
     svm(1)_s(12) c_u_svm(1)_t_le_s(12)_ -1
     svm(1)_s(12) c_u_svm(1)_alpha_le_Cs(12)_ -0.51526699997933945
     svm(1)_s(12) c_u_svm(1)_u_le_Mu(12)_ 4.1789945437691811
     svm(1)_s(13) c_u_svm(1)_t_le_s(13)_ -1
     svm(1)_s(13) c_u_svm(1)_alpha_le_Cs(13)_ -0.51526699997933945
     svm(1)_s(13) c_u_svm(1)_u_le_Mu(13)_ 3.7564376084681319
     svm(1)_s(14) c_u_svm(1)_t_le_s(14)_ -1
     svm(1)_s(14) c_u_svm(1)_alpha_le_Cs(14)_ -0.51526699997933945
     svm(1)_s(14) c_u_svm(1)_u_le_Mu(14)_ 4.4226002575139711
     svm(1)_s(15) c_u_svm(1)_t_le_s(15)_ -1
     svm(1)_s(15) c_u_svm(1)_alpha_le_Cs(15)_ -0.51526699997933945
     svm(1)_s(15) c_u_svm(1)_u_le_Mu(15)_ 4.2244327216444795
     svm(1)_s(16) c_u_svm(1)_t_le_s(16)_ -1
     svm(1)_s(16) c_u_svm(1)_alpha_le_Cs(16)_ -0.51526699997933945
     svm(1)_s(16) c_u_svm(1)_u_le_Mu(16)_ 4.8696524569294501
     svm(1)_s(17) c_u_svm(1)_t_le_s(17)_ -1
     svm(1)_s(17) c_u_svm(1)_alpha_le_Cs(17)_ -0.51526699997933945
     svm(1)_s(17) c_u_svm(1)_u_le_Mu(17)_ 4.4627213987462566
     svm(1)_s(18) c_u_svm(1)_t_le_s(18)_ -1
     svm(1)_s(18) c_u_svm(1)_alpha_le_Cs(18)_ -0.51526699997933945
     svm(1)_s(18) c_u_svm(1)_u_le_Mu(18)_ 4.8462142294319221
     svm(1)_s(19) c_u_svm(1)_t_le_s(19)_ -1
     svm(1)_s(19) c_u_svm(1)_alpha_le_Cs(19)_ -0.51526699997933945
     svm(1)_s(19) c_u_svm(1)_u_le_Mu(19)_ 6.2982852557111908
     svm(1)_s(20) c_u_svm(1)_t_le_s(20)_ -1
     svm(1)_s(20) c_u_svm(1)_alpha_le_Cs(20)_ -0.51526699997933945
     svm(1)_s(20) c_u_svm(1)_u_le_Mu(20)_ 6.2844198536097631
     svm(1)_s(21) c_u_svm(1)_t_le_s(21)_ -1
     svm(1)_s(21) c_u_svm(1)_alpha_le_Cs(21)_ -0.51526699997933945
     svm(1)_s(21) c_u_svm(1)_u_le_Mu(21)_ 1.1625926488595502
     svm(1)_s(22) c_u_svm(1)_t_le_s(22)_ -1
     svm(1)_s(22) c_u_svm(1)_alpha_le_Cs(22)_ -0.51526699997933945
     svm(1)_s(22) c_u_svm(1)_u_le_Mu(22)_ 5.1643469225808341
     svm(1)_s(23) c_u_svm(1)_t_le_s(23)_ -1
     svm(1)_s(23) c_u_svm(1)_alpha_le_Cs(23)_ -0.51526699997933945
     svm(1)_s(23) c_u_svm(1)_u_le_Mu(23)_ 5.9419570465936724
     svm(1)_s(24) c_u_svm(1)_t_le_s(24)_ -1
     svm(1)_s(24) c_u_svm(1)_alpha_le_Cs(24)_ -0.51526699997933945
     svm(1)_s(24) c_u_svm(1)_u_le_Mu(24)_ 4.1322518904414922
     svm(1)_s(25) c_u_svm(1)_t_le_s(25)_ -1
     svm(1)_s(25) c_u_svm(1)_alpha_le_Cs(25)_ -0.51526699997933945
     svm(1)_s(25) c_u_svm(1)_u_le_Mu(25)_ 3.7970390537035099
     svm(1)_s(26) c_u_svm(1)_t_le_s(26)_ -1
     svm(1)_s(26) c_u_svm(1)_alpha_le_Cs(26)_ -0.51526699997933945
     svm(1)_s(26) c_u_svm(1)_u_le_Mu(26)_ 4.6906085588130946
     svm(1)_s(27) c_u_svm(1)_t_le_s(27)_ -1
     svm(1)_s(27) c_u_svm(1)_alpha_le_Cs(27)_ -0.51526699997933945
     svm(1)_s(27) c_u_svm(1)_u_le_Mu(27)_ 5.0275047975700904
     svm(1)_s(28) c_u_svm(1)_t_le_s(28)_ -1
     svm(1)_s(28) c_u_svm(1)_alpha_le_Cs(28)_ -0.51526699997933945
     svm(1)_s(28) c_u_svm(1)_u_le_Mu(28)_ 3.6569762062480349
     svm(1)_s(29) c_u_svm(1)_t_le_s(29)_ -1
     svm(1)_s(29) c_u_svm(1)_alpha_le_Cs(29)_ -0.51526699997933945
     svm(1)_s(29) c_u_svm(1)_u_le_Mu(29)_ 4.2777634442253856
     svm(1)_t(0) c_u_svm(1)_t_le_s(0)_ 1
     svm(1)_t(0) c_u_svm(1)_alpha_ge_Ct(0)_ 0.51526699997933945
     svm(1)_t(0) c_u_svm(1)_v_le_Mv(0)_ -4.5110296800784049
     svm(1)_t(1) c_u_svm(1)_t_le_s(1)_ 1
     svm(1)_t(1) c_u_svm(1)_alpha_ge_Ct(1)_ 0.51526699997933945
     svm(1)_t(1) c_u_svm(1)_v_le_Mv(1)_ -5.8180017575711309
     svm(1)_t(2) c_u_svm(1)_t_le_s(2)_ 1
     svm(1)_t(2) c_u_svm(1)_alpha_ge_Ct(2)_ 0.51526699997933945
     svm(1)_t(2) c_u_svm(1)_v_le_Mv(2)_ -5.1645134099924563
     svm(1)_t(3) c_u_svm(1)_t_le_s(3)_ 1
     svm(1)_t(3) c_u_svm(1)_alpha_ge_Ct(3)_ 0.51526699997933945
     svm(1)_t(3) c_u_svm(1)_v_le_Mv(3)_ -6.1409882501379043
     svm(1)_t(4) c_u_svm(1)_t_le_s(4)_ 1
     svm(1)_t(4) c_u_svm(1)_alpha_ge_Ct(4)_ 0.51526699997933945
     svm(1)_t(4) c_u_svm(1)_v_le_Mv(4)_ -5.3112741539309249
     svm(1)_t(5) c_u_svm(1)_t_le_s(5)_ 1
     svm(1)_t(5) c_u_svm(1)_alpha_ge_Ct(5)_ 0.51526699997933945
     svm(1)_t(5) c_u_svm(1)_v_le_Mv(5)_ -5.734798741681816
     svm(1)_t(6) c_u_svm(1)_t_le_s(6)_ 1
     svm(1)_t(6) c_u_svm(1)_alpha_ge_Ct(6)_ 0.51526699997933945
     svm(1)_t(6) c_u_svm(1)_v_le_Mv(6)_ -5.3032226351436735
     svm(1)_t(7) c_u_svm(1)_t_le_s(7)_ 1
     svm(1)_t(7) c_u_svm(1)_alpha_ge_Ct(7)_ 0.51526699997933945
     svm(1)_t(7) c_u_svm(1)_v_le_Mv(7)_ -5.288589711367373
     svm(1)_t(8) c_u_svm(1)_t_le_s(8)_ 1
     svm(1)_t(8) c_u_svm(1)_alpha_ge_Ct(8)_ 0.51526699997933945
     svm(1)_t(8) c_u_svm(1)_v_le_Mv(8)_ -5.3658251990992296
     svm(1)_t(9) c_u_svm(1)_t_le_s(9)_ 1
     svm(1)_t(9) c_u_svm(1)_alpha_ge_Ct(9)_ 0.51526699997933945
     svm(1)_t(9) c_u_svm(1)_v_le_Mv(9)_ -5.1360788463208795
     svm(1)_t(10) c_u_svm(1)_t_le_s(10)_ 1
     svm(1)_t(10) c_u_svm(1)_alpha_ge_Ct(10)_ 0.51526699997933945
     svm(1)_t(10) c_u_svm(1)_v_le_Mv(10)_ -5.5269041105843231
     svm(1)_t(11) c_u_svm(1)_t_le_s(11)_ 1
     svm(1)_t(11) c_u_svm(1)_alpha_ge_Ct(11)_ 0.51526699997933945
     svm(1)_t(11) c_u_svm(1)_v_le_Mv(11)_ -5.4850689400058918
     svm(1)_t(12) c_u_svm(1)_t_le_s(12)_ 1
     svm(1)_t(12) c_u_svm(1)_alpha_ge_Ct(12)_ 0.51526699997933945
     svm(1)_t(12) c_u_svm(1)_v_le_Mv(12)_ -5.3586018797083828
     svm(1)_t(13) c_u_svm(1)_t_le_s(13)_ 1
     svm(1)_t(13) c_u_svm(1)_alpha_ge_Ct(13)_ 0.51526699997933945
     svm(1)_t(13) c_u_svm(1)_v_le_Mv(13)_ -5.7564376084681319
     svm(1)_t(14) c_u_svm(1)_t_le_s(14)_ 1
     svm(1)_t(14) c_u_svm(1)_alpha_ge_Ct(14)_ 0.51526699997933945
     svm(1)_t(14) c_u_svm(1)_v_le_Mv(14)_ -6.4003409696334632
     svm(1)_t(15) c_u_svm(1)_t_le_s(15)_ 1
     svm(1)_t(15) c_u_svm(1)_alpha_ge_Ct(15)_ 0.51526699997933945
     svm(1)_t(15) c_u_svm(1)_v_le_Mv(15)_ -6.2244327216444795
     svm(1)_t(16) c_u_svm(1)_t_le_s(16)_ 1
     svm(1)_t(16) c_u_svm(1)_alpha_ge_Ct(16)_ 0.51526699997933945
     svm(1)_t(16) c_u_svm(1)_v_le_Mv(16)_ -6.4446214230481988
     svm(1)_t(17) c_u_svm(1)_t_le_s(17)_ 1
     svm(1)_t(17) c_u_svm(1)_alpha_ge_Ct(17)_ 0.51526699997933945
     svm(1)_t(17) c_u_svm(1)_v_le_Mv(17)_ -5.7239035075877505
     svm(1)_t(18) c_u_svm(1)_t_le_s(18)_ 1
     svm(1)_t(18) c_u_svm(1)_alpha_ge_Ct(18)_ 0.51526699997933945
     svm(1)_t(18) c_u_svm(1)_v_le_Mv(18)_ -6.8462142294319221
     svm(1)_t(19) c_u_svm(1)_t_le_s(19)_ 1
     svm(1)_t(19) c_u_svm(1)_alpha_ge_Ct(19)_ 0.51526699997933945
     svm(1)_t(19) c_u_svm(1)_v_le_Mv(19)_ -6.4850955945560012
     svm(1)_t(20) c_u_svm(1)_t_le_s(20)_ 1
     svm(1)_t(20) c_u_svm(1)_alpha_ge_Ct(20)_ 0.51526699997933945
     svm(1)_t(20) c_u_svm(1)_v_le_Mv(20)_ -5.5688396972195262
     svm(1)_t(21) c_u_svm(1)_t_le_s(21)_ 1
     svm(1)_t(21) c_u_svm(1)_alpha_ge_Ct(21)_ 0.51526699997933945
     svm(1)_t(21) c_u_svm(1)_v_le_Mv(21)_ -3.1625926488595502
     svm(1)_t(22) c_u_svm(1)_t_le_s(22)_ 1
     svm(1)_t(22) c_u_svm(1)_alpha_ge_Ct(22)_ 0.51526699997933945
     svm(1)_t(22) c_u_svm(1)_v_le_Mv(22)_ -5.7175674906402092
     svm(1)_t(23) c_u_svm(1)_t_le_s(23)_ 1
     svm(1)_t(23) c_u_svm(1)_alpha_ge_Ct(23)_ 0.51526699997933945
     svm(1)_t(23) c_u_svm(1)_v_le_Mv(23)_ -6.2271988994501308
     svm(1)_t(24) c_u_svm(1)_t_le_s(24)_ 1
     svm(1)_t(24) c_u_svm(1)_alpha_ge_Ct(24)_ 0.51526699997933945
     svm(1)_t(24) c_u_svm(1)_v_le_Mv(24)_ -5.7187850092141606
     svm(1)_t(25) c_u_svm(1)_t_le_s(25)_ 1
     svm(1)_t(25) c_u_svm(1)_alpha_ge_Ct(25)_ 0.51526699997933945
     svm(1)_t(25) c_u_svm(1)_v_le_Mv(25)_ -5.2290920635722618
     svm(1)_t(26) c_u_svm(1)_t_le_s(26)_ 1
     svm(1)_t(26) c_u_svm(1)_alpha_ge_Ct(26)_ 0.51526699997933945
     svm(1)_t(26) c_u_svm(1)_v_le_Mv(26)_ -5.404622963322594
     svm(1)_t(27) c_u_svm(1)_t_le_s(27)_ 1
     svm(1)_t(27) c_u_svm(1)_alpha_ge_Ct(27)_ 0.51526699997933945
     svm(1)_t(27) c_u_svm(1)_v_le_Mv(27)_ -6.0622618201176008
     svm(1)_t(28) c_u_svm(1)_t_le_s(28)_ 1
     svm(1)_t(28) c_u_svm(1)_alpha_ge_Ct(28)_ 0.51526699997933945
     svm(1)_t(28) c_u_svm(1)_v_le_Mv(28)_ -5.6569762062480349
     svm(1)_t(29) c_u_svm(1)_t_le_s(29)_ 1
     svm(1)_t(29) c_u_svm(1)_alpha_ge_Ct(29)_ 0.51526699997933945
     svm(1)_t(29) c_u_svm(1)_v_le_Mv(29)_ -5.215938803470948
     ONE_VAR_CONSTANT objective 15
     ONE_VAR_CONSTANT c_e_ONE_VAR_CONSTANT 1
RHS
     RHS c_u_crossed_ 6.499443701925259e-06
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
     RHS c_u_svm(1)_z_le_alpha(20)_ 0
     RHS c_u_svm(1)_z_le_alpha(21)_ 0
     RHS c_u_svm(1)_z_le_alpha(22)_ 0
     RHS c_u_svm(1)_z_le_alpha(23)_ 0
     RHS c_u_svm(1)_z_le_alpha(24)_ 0
     RHS c_u_svm(1)_z_le_alpha(25)_ 0
     RHS c_u_svm(1)_z_le_alpha(26)_ 0
     RHS c_u_svm(1)_z_le_alpha(27)_ 0
     RHS c_u_svm(1)_z_le_alpha(28)_ 0
     RHS c_u_svm(1)_z_le_alpha(29)_ 0
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
     RHS c_u_svm(1)_z_ge_neg_alpha(20)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(21)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(22)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(23)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(24)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(25)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(26)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(27)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(28)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(29)_ 0
     RHS c_u_svm(1)_z_ge_alpha_if_pos(0)_ 1.0305339999586789
     RHS c_u_svm(1)_z_ge_alpha_if_pos(1)_ 1.0305339999586789
     RHS c_u_svm(1)_z_ge_alpha_if_pos(2)_ 1.0305339999586789
     RHS c_u_svm(1)_z_ge_alpha_if_pos(3)_ 1.0305339999586789
     RHS c_u_svm(1)_z_ge_alpha_if_pos(4)_ 1.0305339999586789
     RHS c_u_svm(1)_z_ge_alpha_if_pos(5)_ 1.0305339999586789
     RHS c_u_svm(1)_z_ge_alpha_if_pos(6)_ 1.0305339999586789
     RHS c_u_svm(1)_z_ge_alpha_if_pos(7)_ 1.0305339999586789
     RHS c_u_svm(1)_z_ge_alpha_if_pos(8)_ 1.0305339999586789
     RHS c_u_svm(1)_z_ge_alpha_if_pos(9)_ 1.0305339999586789
     RHS c_u_svm(1)_z_ge_alpha_if_pos(10)_ 1.0305339999586789
     RHS c_u_svm(1)_z_ge_alpha_if_pos(11)_ 1.0305339999586789
     RHS c_u_svm(1)_z_ge_alpha_if_pos(12)_ 1.0305339999586789
     RHS c_u_svm(1)_z_ge_alpha_if_pos(13)_ 1.0305339999586789
     RHS c_u_svm(1)_z_ge_alpha_if_pos(14)_ 1.0305339999586789
     RHS c_u_svm(1)_z_ge_alpha_if_pos(15)_ 1.0305339999586789
     RHS c_u_svm(1)_z_ge_alpha_if_pos(16)_ 1.0305339999586789
     RHS c_u_svm(1)_z_ge_alpha_if_pos(17)_ 1.0305339999586789
     RHS c_u_svm(1)_z_ge_alpha_if_pos(18)_ 1.0305339999586789
     RHS c_u_svm(1)_z_ge_alpha_if_pos(19)_ 1.0305339999586789
     RHS c_u_svm(1)_z_ge_alpha_if_pos(20)_ 1.0305339999586789
     RHS c_u_svm(1)_z_ge_alpha_if_pos(21)_ 1.0305339999586789
     RHS c_u_svm(1)_z_ge_alpha_if_pos(22)_ 1.0305339999586789
     RHS c_u_svm(1)_z_ge_alpha_if_pos(23)_ 1.0305339999586789
     RHS c_u_svm(1)_z_ge_alpha_if_pos(24)_ 1.0305339999586789
     RHS c_u_svm(1)_z_ge_alpha_if_pos(25)_ 1.0305339999586789
     RHS c_u_svm(1)_z_ge_alpha_if_pos(26)_ 1.0305339999586789
     RHS c_u_svm(1)_z_ge_alpha_if_pos(27)_ 1.0305339999586789
     RHS c_u_svm(1)_z_ge_alpha_if_pos(28)_ 1.0305339999586789
     RHS c_u_svm(1)_z_ge_alpha_if_pos(29)_ 1.0305339999586789
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
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(20)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(21)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(22)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(23)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(24)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(25)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(26)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(27)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(28)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(29)_ 0
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
     RHS c_e_svm(1)_stationarity(20)_ 1
     RHS c_e_svm(1)_stationarity(21)_ 1
     RHS c_e_svm(1)_stationarity(22)_ 1
     RHS c_e_svm(1)_stationarity(23)_ 1
     RHS c_e_svm(1)_stationarity(24)_ 1
     RHS c_e_svm(1)_stationarity(25)_ 1
     RHS c_e_svm(1)_stationarity(26)_ 1
     RHS c_e_svm(1)_stationarity(27)_ 1
     RHS c_e_svm(1)_stationarity(28)_ 1
     RHS c_e_svm(1)_stationarity(29)_ 1
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
     RHS c_e_svm(1)_p_def(20)_ 0
     RHS c_e_svm(1)_p_def(21)_ 0
     RHS c_e_svm(1)_p_def(22)_ 0
     RHS c_e_svm(1)_p_def(23)_ 0
     RHS c_e_svm(1)_p_def(24)_ 0
     RHS c_e_svm(1)_p_def(25)_ 0
     RHS c_e_svm(1)_p_def(26)_ 0
     RHS c_e_svm(1)_p_def(27)_ 0
     RHS c_e_svm(1)_p_def(28)_ 0
     RHS c_e_svm(1)_p_def(29)_ 0
     RHS c_u_svm(1)_w_minus_p_le(0)_ 12.06352125667034
     RHS c_u_svm(1)_w_minus_p_le(1)_ 9.6360035055062578
     RHS c_u_svm(1)_w_minus_p_le(2)_ 8.3290268116558845
     RHS c_u_svm(1)_w_minus_p_le(3)_ 10.769401610062873
     RHS c_u_svm(1)_w_minus_p_le(4)_ 8.6225482992393001
     RHS c_u_svm(1)_w_minus_p_le(5)_ 13.512301574191401
     RHS c_u_svm(1)_w_minus_p_le(6)_ 9.7243289361270939
     RHS c_u_svm(1)_w_minus_p_le(7)_ 10.191389087407197
     RHS c_u_svm(1)_w_minus_p_le(8)_ 8.7316503894668074
     RHS c_u_svm(1)_w_minus_p_le(9)_ 10.733549954120093
     RHS c_u_svm(1)_w_minus_p_le(10)_ 9.0538082121148378
     RHS c_u_svm(1)_w_minus_p_le(11)_ 8.9701378710416453
     RHS c_u_svm(1)_w_minus_p_le(12)_ 10.357989077180372
     RHS c_u_svm(1)_w_minus_p_le(13)_ 9.512875207423388
     RHS c_u_svm(1)_w_minus_p_le(14)_ 10.84520050418274
     RHS c_u_svm(1)_w_minus_p_le(15)_ 10.448865432840092
     RHS c_u_svm(1)_w_minus_p_le(16)_ 11.739304902119594
     RHS c_u_svm(1)_w_minus_p_le(17)_ 10.92544278656707
     RHS c_u_svm(1)_w_minus_p_le(18)_ 11.692428447171414
     RHS c_u_svm(1)_w_minus_p_le(19)_ 14.750686748631896
     RHS c_u_svm(1)_w_minus_p_le(20)_ 18.051859158900236
     RHS c_u_svm(1)_w_minus_p_le(21)_ 4.3251852933939148
     RHS c_u_svm(1)_w_minus_p_le(22)_ 13.176248783570427
     RHS c_u_svm(1)_w_minus_p_le(23)_ 14.344719511480641
     RHS c_u_svm(1)_w_minus_p_le(24)_ 10.264503770618481
     RHS c_u_svm(1)_w_minus_p_le(25)_ 9.5940780978129414
     RHS c_u_svm(1)_w_minus_p_le(26)_ 12.422490555972583
     RHS c_u_svm(1)_w_minus_p_le(27)_ 12.05500958308517
     RHS c_u_svm(1)_w_minus_p_le(28)_ 9.3139524031821157
     RHS c_u_svm(1)_w_minus_p_le(29)_ 11.288000576629882
     RHS c_u_svm(1)_w_minus_p_ge(0)_ 12.06352125667034
     RHS c_u_svm(1)_w_minus_p_ge(1)_ 9.6360035055062578
     RHS c_u_svm(1)_w_minus_p_ge(2)_ 8.3290268116558845
     RHS c_u_svm(1)_w_minus_p_ge(3)_ 10.769401610062873
     RHS c_u_svm(1)_w_minus_p_ge(4)_ 8.6225482992393001
     RHS c_u_svm(1)_w_minus_p_ge(5)_ 13.512301574191401
     RHS c_u_svm(1)_w_minus_p_ge(6)_ 9.7243289361270939
     RHS c_u_svm(1)_w_minus_p_ge(7)_ 10.191389087407197
     RHS c_u_svm(1)_w_minus_p_ge(8)_ 8.7316503894668074
     RHS c_u_svm(1)_w_minus_p_ge(9)_ 10.733549954120093
     RHS c_u_svm(1)_w_minus_p_ge(10)_ 9.0538082121148378
     RHS c_u_svm(1)_w_minus_p_ge(11)_ 8.9701378710416453
     RHS c_u_svm(1)_w_minus_p_ge(12)_ 10.357989077180372
     RHS c_u_svm(1)_w_minus_p_ge(13)_ 9.512875207423388
     RHS c_u_svm(1)_w_minus_p_ge(14)_ 10.84520050418274
     RHS c_u_svm(1)_w_minus_p_ge(15)_ 10.448865432840092
     RHS c_u_svm(1)_w_minus_p_ge(16)_ 11.739304902119594
     RHS c_u_svm(1)_w_minus_p_ge(17)_ 10.92544278656707
     RHS c_u_svm(1)_w_minus_p_ge(18)_ 11.692428447171414
     RHS c_u_svm(1)_w_minus_p_ge(19)_ 14.750686748631896
     RHS c_u_svm(1)_w_minus_p_ge(20)_ 18.051859158900236
     RHS c_u_svm(1)_w_minus_p_ge(21)_ 4.3251852933939148
     RHS c_u_svm(1)_w_minus_p_ge(22)_ 13.176248783570427
     RHS c_u_svm(1)_w_minus_p_ge(23)_ 14.344719511480641
     RHS c_u_svm(1)_w_minus_p_ge(24)_ 10.264503770618481
     RHS c_u_svm(1)_w_minus_p_ge(25)_ 9.5940780978129414
     RHS c_u_svm(1)_w_minus_p_ge(26)_ 12.422490555972583
     RHS c_u_svm(1)_w_minus_p_ge(27)_ 12.05500958308517
     RHS c_u_svm(1)_w_minus_p_ge(28)_ 9.3139524031821157
     RHS c_u_svm(1)_w_minus_p_ge(29)_ 11.288000576629882
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
     RHS c_u_svm(1)_w_plus_p_le(20)_ 0
     RHS c_u_svm(1)_w_plus_p_le(21)_ 0
     RHS c_u_svm(1)_w_plus_p_le(22)_ 0
     RHS c_u_svm(1)_w_plus_p_le(23)_ 0
     RHS c_u_svm(1)_w_plus_p_le(24)_ 0
     RHS c_u_svm(1)_w_plus_p_le(25)_ 0
     RHS c_u_svm(1)_w_plus_p_le(26)_ 0
     RHS c_u_svm(1)_w_plus_p_le(27)_ 0
     RHS c_u_svm(1)_w_plus_p_le(28)_ 0
     RHS c_u_svm(1)_w_plus_p_le(29)_ 0
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
     RHS c_u_svm(1)_w_plus_p_ge(20)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(21)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(22)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(23)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(24)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(25)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(26)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(27)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(28)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(29)_ 0
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
     RHS c_u_svm(1)_t_le_s(20)_ 0
     RHS c_u_svm(1)_t_le_s(21)_ 0
     RHS c_u_svm(1)_t_le_s(22)_ 0
     RHS c_u_svm(1)_t_le_s(23)_ 0
     RHS c_u_svm(1)_t_le_s(24)_ 0
     RHS c_u_svm(1)_t_le_s(25)_ 0
     RHS c_u_svm(1)_t_le_s(26)_ 0
     RHS c_u_svm(1)_t_le_s(27)_ 0
     RHS c_u_svm(1)_t_le_s(28)_ 0
     RHS c_u_svm(1)_t_le_s(29)_ 0
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
     RHS c_u_svm(1)_alpha_le_Cs(20)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(21)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(22)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(23)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(24)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(25)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(26)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(27)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(28)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(29)_ 0
     RHS c_u_svm(1)_u_le_Mu(0)_ 3.7713951542062878
     RHS c_u_svm(1)_u_le_Mu(1)_ 3.8180017575711309
     RHS c_u_svm(1)_u_le_Mu(2)_ 3.1645134099924563
     RHS c_u_svm(1)_u_le_Mu(3)_ 4.3847008104161382
     RHS c_u_svm(1)_u_le_Mu(4)_ 3.3112741539309249
     RHS c_u_svm(1)_u_le_Mu(5)_ 5.2563178554256416
     RHS c_u_svm(1)_u_le_Mu(6)_ 3.8621644729257119
     RHS c_u_svm(1)_u_le_Mu(7)_ 4.0956945487992931
     RHS c_u_svm(1)_u_le_Mu(8)_ 3.3658251990992296
     RHS c_u_svm(1)_u_le_Mu(9)_ 4.0961546338403743
     RHS c_u_svm(1)_u_le_Mu(10)_ 3.5269041105843231
     RHS c_u_svm(1)_u_le_Mu(11)_ 3.4850689400058918
     RHS c_u_svm(1)_u_le_Mu(12)_ 4.1789945437691811
     RHS c_u_svm(1)_u_le_Mu(13)_ 3.7564376084681319
     RHS c_u_svm(1)_u_le_Mu(14)_ 4.4226002575139711
     RHS c_u_svm(1)_u_le_Mu(15)_ 4.2244327216444795
     RHS c_u_svm(1)_u_le_Mu(16)_ 4.8696524569294501
     RHS c_u_svm(1)_u_le_Mu(17)_ 4.4627213987462566
     RHS c_u_svm(1)_u_le_Mu(18)_ 4.8462142294319221
     RHS c_u_svm(1)_u_le_Mu(19)_ 6.2982852557111908
     RHS c_u_svm(1)_u_le_Mu(20)_ 6.2844198536097631
     RHS c_u_svm(1)_u_le_Mu(21)_ 1.1625926488595502
     RHS c_u_svm(1)_u_le_Mu(22)_ 5.1643469225808341
     RHS c_u_svm(1)_u_le_Mu(23)_ 5.9419570465936724
     RHS c_u_svm(1)_u_le_Mu(24)_ 4.1322518904414922
     RHS c_u_svm(1)_u_le_Mu(25)_ 3.7970390537035099
     RHS c_u_svm(1)_u_le_Mu(26)_ 4.6906085588130946
     RHS c_u_svm(1)_u_le_Mu(27)_ 5.0275047975700904
     RHS c_u_svm(1)_u_le_Mu(28)_ 3.6569762062480349
     RHS c_u_svm(1)_u_le_Mu(29)_ 4.2777634442253856
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
     RHS c_u_svm(1)_alpha_ge_Ct(20)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(21)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(22)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(23)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(24)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(25)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(26)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(27)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(28)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(29)_ 0
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
     RHS c_u_svm(1)_v_le_Mv(20)_ 0
     RHS c_u_svm(1)_v_le_Mv(21)_ 0
     RHS c_u_svm(1)_v_le_Mv(22)_ 0
     RHS c_u_svm(1)_v_le_Mv(23)_ 0
     RHS c_u_svm(1)_v_le_Mv(24)_ 0
     RHS c_u_svm(1)_v_le_Mv(25)_ 0
     RHS c_u_svm(1)_v_le_Mv(26)_ 0
     RHS c_u_svm(1)_v_le_Mv(27)_ 0
     RHS c_u_svm(1)_v_le_Mv(28)_ 0
     RHS c_u_svm(1)_v_le_Mv(29)_ 0
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
 BV BOUND b(20_1)
 BV BOUND b(21_1)
 BV BOUND b(22_1)
 BV BOUND b(23_1)
 BV BOUND b(24_1)
 BV BOUND b(25_1)
 BV BOUND b(26_1)
 BV BOUND b(27_1)
 BV BOUND b(28_1)
 BV BOUND b(29_1)
 LO BOUND svm(1)_alpha(0) 0
 UP BOUND svm(1)_alpha(0) 0.51526699997933945
 LO BOUND svm(1)_alpha(1) 0
 UP BOUND svm(1)_alpha(1) 0.51526699997933945
 LO BOUND svm(1)_alpha(2) 0
 UP BOUND svm(1)_alpha(2) 0.51526699997933945
 LO BOUND svm(1)_alpha(3) 0
 UP BOUND svm(1)_alpha(3) 0.51526699997933945
 LO BOUND svm(1)_alpha(4) 0
 UP BOUND svm(1)_alpha(4) 0.51526699997933945
 LO BOUND svm(1)_alpha(5) 0
 UP BOUND svm(1)_alpha(5) 0.51526699997933945
 LO BOUND svm(1)_alpha(6) 0
 UP BOUND svm(1)_alpha(6) 0.51526699997933945
 LO BOUND svm(1)_alpha(7) 0
 UP BOUND svm(1)_alpha(7) 0.51526699997933945
 LO BOUND svm(1)_alpha(8) 0
 UP BOUND svm(1)_alpha(8) 0.51526699997933945
 LO BOUND svm(1)_alpha(9) 0
 UP BOUND svm(1)_alpha(9) 0.51526699997933945
 LO BOUND svm(1)_alpha(10) 0
 UP BOUND svm(1)_alpha(10) 0.51526699997933945
 LO BOUND svm(1)_alpha(11) 0
 UP BOUND svm(1)_alpha(11) 0.51526699997933945
 LO BOUND svm(1)_alpha(12) 0
 UP BOUND svm(1)_alpha(12) 0.51526699997933945
 LO BOUND svm(1)_alpha(13) 0
 UP BOUND svm(1)_alpha(13) 0.51526699997933945
 LO BOUND svm(1)_alpha(14) 0
 UP BOUND svm(1)_alpha(14) 0.51526699997933945
 LO BOUND svm(1)_alpha(15) 0
 UP BOUND svm(1)_alpha(15) 0.51526699997933945
 LO BOUND svm(1)_alpha(16) 0
 UP BOUND svm(1)_alpha(16) 0.51526699997933945
 LO BOUND svm(1)_alpha(17) 0
 UP BOUND svm(1)_alpha(17) 0.51526699997933945
 LO BOUND svm(1)_alpha(18) 0
 UP BOUND svm(1)_alpha(18) 0.51526699997933945
 LO BOUND svm(1)_alpha(19) 0
 UP BOUND svm(1)_alpha(19) 0.51526699997933945
 LO BOUND svm(1)_alpha(20) 0
 UP BOUND svm(1)_alpha(20) 0.51526699997933945
 LO BOUND svm(1)_alpha(21) 0
 UP BOUND svm(1)_alpha(21) 0.51526699997933945
 LO BOUND svm(1)_alpha(22) 0
 UP BOUND svm(1)_alpha(22) 0.51526699997933945
 LO BOUND svm(1)_alpha(23) 0
 UP BOUND svm(1)_alpha(23) 0.51526699997933945
 LO BOUND svm(1)_alpha(24) 0
 UP BOUND svm(1)_alpha(24) 0.51526699997933945
 LO BOUND svm(1)_alpha(25) 0
 UP BOUND svm(1)_alpha(25) 0.51526699997933945
 LO BOUND svm(1)_alpha(26) 0
 UP BOUND svm(1)_alpha(26) 0.51526699997933945
 LO BOUND svm(1)_alpha(27) 0
 UP BOUND svm(1)_alpha(27) 0.51526699997933945
 LO BOUND svm(1)_alpha(28) 0
 UP BOUND svm(1)_alpha(28) 0.51526699997933945
 LO BOUND svm(1)_alpha(29) 0
 UP BOUND svm(1)_alpha(29) 0.51526699997933945
 LO BOUND svm(1)_z(0) -0.51526699997933945
 UP BOUND svm(1)_z(0) 0.51526699997933945
 LO BOUND svm(1)_z(1) -0.51526699997933945
 UP BOUND svm(1)_z(1) 0.51526699997933945
 LO BOUND svm(1)_z(2) -0.51526699997933945
 UP BOUND svm(1)_z(2) 0.51526699997933945
 LO BOUND svm(1)_z(3) -0.51526699997933945
 UP BOUND svm(1)_z(3) 0.51526699997933945
 LO BOUND svm(1)_z(4) -0.51526699997933945
 UP BOUND svm(1)_z(4) 0.51526699997933945
 LO BOUND svm(1)_z(5) -0.51526699997933945
 UP BOUND svm(1)_z(5) 0.51526699997933945
 LO BOUND svm(1)_z(6) -0.51526699997933945
 UP BOUND svm(1)_z(6) 0.51526699997933945
 LO BOUND svm(1)_z(7) -0.51526699997933945
 UP BOUND svm(1)_z(7) 0.51526699997933945
 LO BOUND svm(1)_z(8) -0.51526699997933945
 UP BOUND svm(1)_z(8) 0.51526699997933945
 LO BOUND svm(1)_z(9) -0.51526699997933945
 UP BOUND svm(1)_z(9) 0.51526699997933945
 LO BOUND svm(1)_z(10) -0.51526699997933945
 UP BOUND svm(1)_z(10) 0.51526699997933945
 LO BOUND svm(1)_z(11) -0.51526699997933945
 UP BOUND svm(1)_z(11) 0.51526699997933945
 LO BOUND svm(1)_z(12) -0.51526699997933945
 UP BOUND svm(1)_z(12) 0.51526699997933945
 LO BOUND svm(1)_z(13) -0.51526699997933945
 UP BOUND svm(1)_z(13) 0.51526699997933945
 LO BOUND svm(1)_z(14) -0.51526699997933945
 UP BOUND svm(1)_z(14) 0.51526699997933945
 LO BOUND svm(1)_z(15) -0.51526699997933945
 UP BOUND svm(1)_z(15) 0.51526699997933945
 LO BOUND svm(1)_z(16) -0.51526699997933945
 UP BOUND svm(1)_z(16) 0.51526699997933945
 LO BOUND svm(1)_z(17) -0.51526699997933945
 UP BOUND svm(1)_z(17) 0.51526699997933945
 LO BOUND svm(1)_z(18) -0.51526699997933945
 UP BOUND svm(1)_z(18) 0.51526699997933945
 LO BOUND svm(1)_z(19) -0.51526699997933945
 UP BOUND svm(1)_z(19) 0.51526699997933945
 LO BOUND svm(1)_z(20) -0.51526699997933945
 UP BOUND svm(1)_z(20) 0.51526699997933945
 LO BOUND svm(1)_z(21) -0.51526699997933945
 UP BOUND svm(1)_z(21) 0.51526699997933945
 LO BOUND svm(1)_z(22) -0.51526699997933945
 UP BOUND svm(1)_z(22) 0.51526699997933945
 LO BOUND svm(1)_z(23) -0.51526699997933945
 UP BOUND svm(1)_z(23) 0.51526699997933945
 LO BOUND svm(1)_z(24) -0.51526699997933945
 UP BOUND svm(1)_z(24) 0.51526699997933945
 LO BOUND svm(1)_z(25) -0.51526699997933945
 UP BOUND svm(1)_z(25) 0.51526699997933945
 LO BOUND svm(1)_z(26) -0.51526699997933945
 UP BOUND svm(1)_z(26) 0.51526699997933945
 LO BOUND svm(1)_z(27) -0.51526699997933945
 UP BOUND svm(1)_z(27) 0.51526699997933945
 LO BOUND svm(1)_z(28) -0.51526699997933945
 UP BOUND svm(1)_z(28) 0.51526699997933945
 LO BOUND svm(1)_z(29) -0.51526699997933945
 UP BOUND svm(1)_z(29) 0.51526699997933945
 LO BOUND svm(1)_w(0) -3.5110296800784049
 UP BOUND svm(1)_w(0) 4.7713951542062878
 LO BOUND svm(1)_w(1) -4.8180017527531289
 UP BOUND svm(1)_w(1) 4.8180017527531289
 LO BOUND svm(1)_w(2) -4.1645134058279423
 UP BOUND svm(1)_w(2) 4.1645134058279423
 LO BOUND svm(1)_w(3) -5.1409882501379043
 UP BOUND svm(1)_w(3) 5.3847008050314367
 LO BOUND svm(1)_w(4) -4.3112741496196501
 UP BOUND svm(1)_w(4) 4.3112741496196501
 LO BOUND svm(1)_w(5) -4.734798741681816
 UP BOUND svm(1)_w(5) 6.2563178554256416
 LO BOUND svm(1)_w(6) -4.3032226351436735
 UP BOUND svm(1)_w(6) 4.862164468063547
 LO BOUND svm(1)_w(7) -4.288589711367373
 UP BOUND svm(1)_w(7) 5.0956945437035985
 LO BOUND svm(1)_w(8) -4.3658251947334037
 UP BOUND svm(1)_w(8) 4.3658251947334037
 LO BOUND svm(1)_w(9) -4.1360788463208795
 UP BOUND svm(1)_w(9) 5.0961546338403743
 LO BOUND svm(1)_w(10) -4.5269041060574189
 UP BOUND svm(1)_w(10) 4.5269041060574189
 LO BOUND svm(1)_w(11) -4.4850689355208226
 UP BOUND svm(1)_w(11) 4.4850689355208226
 LO BOUND svm(1)_w(12) -4.3586018797083828
 UP BOUND svm(1)_w(12) 5.1789945385901861
 LO BOUND svm(1)_w(13) -4.756437603711694
 UP BOUND svm(1)_w(13) 4.756437603711694
 LO BOUND svm(1)_w(14) -5.4003409696334632
 UP BOUND svm(1)_w(14) 5.4226002520913701
 LO BOUND svm(1)_w(15) -5.2244327164200461
 UP BOUND svm(1)_w(15) 5.2244327164200461
 LO BOUND svm(1)_w(16) -5.4446214230481988
 UP BOUND svm(1)_w(16) 5.8696524510597969
 LO BOUND svm(1)_w(17) -4.7239035075877505
 UP BOUND svm(1)_w(17) 5.4627213932835348
 LO BOUND svm(1)_w(18) -5.8462142235857071
 UP BOUND svm(1)_w(18) 5.8462142235857071
 LO BOUND svm(1)_w(19) -5.4850955945560012
 UP BOUND svm(1)_w(19) 7.2982852557111908
 LO BOUND svm(1)_w(20) -4.5688396972195262
 UP BOUND svm(1)_w(20) 7.2844198536097631
 LO BOUND svm(1)_w(21) -2.1625926466969574
 UP BOUND svm(1)_w(21) 2.1625926466969574
 LO BOUND svm(1)_w(22) -4.7175674906402092
 UP BOUND svm(1)_w(22) 6.1643469225808341
 LO BOUND svm(1)_w(23) -5.2271988994501308
 UP BOUND svm(1)_w(23) 6.9419570465936724
 LO BOUND svm(1)_w(24) -4.7187850092141606
 UP BOUND svm(1)_w(24) 5.1322518853092403
 LO BOUND svm(1)_w(25) -4.2290920635722618
 UP BOUND svm(1)_w(25) 4.7970390489064707
 LO BOUND svm(1)_w(26) -4.404622963322594
 UP BOUND svm(1)_w(26) 5.6906085588130946
 LO BOUND svm(1)_w(27) -5.0622618201176008
 UP BOUND svm(1)_w(27) 6.0275047915425848
 LO BOUND svm(1)_w(28) -4.6569762015910579
 UP BOUND svm(1)_w(28) 4.6569762015910579
 LO BOUND svm(1)_w(29) -4.215938803470948
 UP BOUND svm(1)_w(29) 5.2777634442253856
 LO BOUND svm(1)_u(0) 0
 UP BOUND svm(1)_u(0) 3.7713951542062878
 LO BOUND svm(1)_u(1) 0
 UP BOUND svm(1)_u(1) 3.8180017575711309
 LO BOUND svm(1)_u(2) 0
 UP BOUND svm(1)_u(2) 3.1645134099924563
 LO BOUND svm(1)_u(3) 0
 UP BOUND svm(1)_u(3) 4.3847008104161382
 LO BOUND svm(1)_u(4) 0
 UP BOUND svm(1)_u(4) 3.3112741539309249
 LO BOUND svm(1)_u(5) 0
 UP BOUND svm(1)_u(5) 5.2563178554256416
 LO BOUND svm(1)_u(6) 0
 UP BOUND svm(1)_u(6) 3.8621644729257119
 LO BOUND svm(1)_u(7) 0
 UP BOUND svm(1)_u(7) 4.0956945487992931
 LO BOUND svm(1)_u(8) 0
 UP BOUND svm(1)_u(8) 3.3658251990992296
 LO BOUND svm(1)_u(9) 0
 UP BOUND svm(1)_u(9) 4.0961546338403743
 LO BOUND svm(1)_u(10) 0
 UP BOUND svm(1)_u(10) 3.5269041105843231
 LO BOUND svm(1)_u(11) 0
 UP BOUND svm(1)_u(11) 3.4850689400058918
 LO BOUND svm(1)_u(12) 0
 UP BOUND svm(1)_u(12) 4.1789945437691811
 LO BOUND svm(1)_u(13) 0
 UP BOUND svm(1)_u(13) 3.7564376084681319
 LO BOUND svm(1)_u(14) 0
 UP BOUND svm(1)_u(14) 4.4226002575139711
 LO BOUND svm(1)_u(15) 0
 UP BOUND svm(1)_u(15) 4.2244327216444795
 LO BOUND svm(1)_u(16) 0
 UP BOUND svm(1)_u(16) 4.8696524569294501
 LO BOUND svm(1)_u(17) 0
 UP BOUND svm(1)_u(17) 4.4627213987462566
 LO BOUND svm(1)_u(18) 0
 UP BOUND svm(1)_u(18) 4.8462142294319221
 LO BOUND svm(1)_u(19) 0
 UP BOUND svm(1)_u(19) 6.2982852557111908
 LO BOUND svm(1)_u(20) 0
 UP BOUND svm(1)_u(20) 6.2844198536097631
 LO BOUND svm(1)_u(21) 0
 UP BOUND svm(1)_u(21) 1.1625926488595502
 LO BOUND svm(1)_u(22) 0
 UP BOUND svm(1)_u(22) 5.1643469225808341
 LO BOUND svm(1)_u(23) 0
 UP BOUND svm(1)_u(23) 5.9419570465936724
 LO BOUND svm(1)_u(24) 0
 UP BOUND svm(1)_u(24) 4.1322518904414922
 LO BOUND svm(1)_u(25) 0
 UP BOUND svm(1)_u(25) 3.7970390537035099
 LO BOUND svm(1)_u(26) 0
 UP BOUND svm(1)_u(26) 4.6906085588130946
 LO BOUND svm(1)_u(27) 0
 UP BOUND svm(1)_u(27) 5.0275047975700904
 LO BOUND svm(1)_u(28) 0
 UP BOUND svm(1)_u(28) 3.6569762062480349
 LO BOUND svm(1)_u(29) 0
 UP BOUND svm(1)_u(29) 4.2777634442253856
 LO BOUND svm(1)_v(0) 0
 UP BOUND svm(1)_v(0) 4.5110296800784049
 LO BOUND svm(1)_v(1) 0
 UP BOUND svm(1)_v(1) 5.8180017575711309
 LO BOUND svm(1)_v(2) 0
 UP BOUND svm(1)_v(2) 5.1645134099924563
 LO BOUND svm(1)_v(3) 0
 UP BOUND svm(1)_v(3) 6.1409882501379043
 LO BOUND svm(1)_v(4) 0
 UP BOUND svm(1)_v(4) 5.3112741539309249
 LO BOUND svm(1)_v(5) 0
 UP BOUND svm(1)_v(5) 5.734798741681816
 LO BOUND svm(1)_v(6) 0
 UP BOUND svm(1)_v(6) 5.3032226351436735
 LO BOUND svm(1)_v(7) 0
 UP BOUND svm(1)_v(7) 5.288589711367373
 LO BOUND svm(1)_v(8) 0
 UP BOUND svm(1)_v(8) 5.3658251990992296
 LO BOUND svm(1)_v(9) 0
 UP BOUND svm(1)_v(9) 5.1360788463208795
 LO BOUND svm(1)_v(10) 0
 UP BOUND svm(1)_v(10) 5.5269041105843231
 LO BOUND svm(1)_v(11) 0
 UP BOUND svm(1)_v(11) 5.4850689400058918
 LO BOUND svm(1)_v(12) 0
 UP BOUND svm(1)_v(12) 5.3586018797083828
 LO BOUND svm(1)_v(13) 0
 UP BOUND svm(1)_v(13) 5.7564376084681319
 LO BOUND svm(1)_v(14) 0
 UP BOUND svm(1)_v(14) 6.4003409696334632
 LO BOUND svm(1)_v(15) 0
 UP BOUND svm(1)_v(15) 6.2244327216444795
 LO BOUND svm(1)_v(16) 0
 UP BOUND svm(1)_v(16) 6.4446214230481988
 LO BOUND svm(1)_v(17) 0
 UP BOUND svm(1)_v(17) 5.7239035075877505
 LO BOUND svm(1)_v(18) 0
 UP BOUND svm(1)_v(18) 6.8462142294319221
 LO BOUND svm(1)_v(19) 0
 UP BOUND svm(1)_v(19) 6.4850955945560012
 LO BOUND svm(1)_v(20) 0
 UP BOUND svm(1)_v(20) 5.5688396972195262
 LO BOUND svm(1)_v(21) 0
 UP BOUND svm(1)_v(21) 3.1625926488595502
 LO BOUND svm(1)_v(22) 0
 UP BOUND svm(1)_v(22) 5.7175674906402092
 LO BOUND svm(1)_v(23) 0
 UP BOUND svm(1)_v(23) 6.2271988994501308
 LO BOUND svm(1)_v(24) 0
 UP BOUND svm(1)_v(24) 5.7187850092141606
 LO BOUND svm(1)_v(25) 0
 UP BOUND svm(1)_v(25) 5.2290920635722618
 LO BOUND svm(1)_v(26) 0
 UP BOUND svm(1)_v(26) 5.404622963322594
 LO BOUND svm(1)_v(27) 0
 UP BOUND svm(1)_v(27) 6.0622618201176008
 LO BOUND svm(1)_v(28) 0
 UP BOUND svm(1)_v(28) 5.6569762062480349
 LO BOUND svm(1)_v(29) 0
 UP BOUND svm(1)_v(29) 5.215938803470948
 LO BOUND svm(1)_p(0) -6.0317606283351699
 UP BOUND svm(1)_p(0) 6.0317606283351699
 LO BOUND svm(1)_p(1) -4.8180017527531289
 UP BOUND svm(1)_p(1) 4.8180017527531289
 LO BOUND svm(1)_p(2) -4.1645134058279423
 UP BOUND svm(1)_p(2) 4.1645134058279423
 LO BOUND svm(1)_p(3) -5.3847008050314367
 UP BOUND svm(1)_p(3) 5.3847008050314367
 LO BOUND svm(1)_p(4) -4.3112741496196501
 UP BOUND svm(1)_p(4) 4.3112741496196501
 LO BOUND svm(1)_p(5) -6.7561507870957005
 UP BOUND svm(1)_p(5) 6.7561507870957005
 LO BOUND svm(1)_p(6) -4.862164468063547
 UP BOUND svm(1)_p(6) 4.862164468063547
 LO BOUND svm(1)_p(7) -5.0956945437035985
 UP BOUND svm(1)_p(7) 5.0956945437035985
 LO BOUND svm(1)_p(8) -4.3658251947334037
 UP BOUND svm(1)_p(8) 4.3658251947334037
 LO BOUND svm(1)_p(9) -5.3667749770600466
 UP BOUND svm(1)_p(9) 5.3667749770600466
 LO BOUND svm(1)_p(10) -4.5269041060574189
 UP BOUND svm(1)_p(10) 4.5269041060574189
 LO BOUND svm(1)_p(11) -4.4850689355208226
 UP BOUND svm(1)_p(11) 4.4850689355208226
 LO BOUND svm(1)_p(12) -5.1789945385901861
 UP BOUND svm(1)_p(12) 5.1789945385901861
 LO BOUND svm(1)_p(13) -4.756437603711694
 UP BOUND svm(1)_p(13) 4.756437603711694
 LO BOUND svm(1)_p(14) -5.4226002520913701
 UP BOUND svm(1)_p(14) 5.4226002520913701
 LO BOUND svm(1)_p(15) -5.2244327164200461
 UP BOUND svm(1)_p(15) 5.2244327164200461
 LO BOUND svm(1)_p(16) -5.8696524510597969
 UP BOUND svm(1)_p(16) 5.8696524510597969
 LO BOUND svm(1)_p(17) -5.4627213932835348
 UP BOUND svm(1)_p(17) 5.4627213932835348
 LO BOUND svm(1)_p(18) -5.8462142235857071
 UP BOUND svm(1)_p(18) 5.8462142235857071
 LO BOUND svm(1)_p(19) -7.375343374315948
 UP BOUND svm(1)_p(19) 7.375343374315948
 LO BOUND svm(1)_p(20) -9.0259295794501178
 UP BOUND svm(1)_p(20) 9.0259295794501178
 LO BOUND svm(1)_p(21) -2.1625926466969574
 UP BOUND svm(1)_p(21) 2.1625926466969574
 LO BOUND svm(1)_p(22) -6.5881243917852137
 UP BOUND svm(1)_p(22) 6.5881243917852137
 LO BOUND svm(1)_p(23) -7.1723597557403203
 UP BOUND svm(1)_p(23) 7.1723597557403203
 LO BOUND svm(1)_p(24) -5.1322518853092403
 UP BOUND svm(1)_p(24) 5.1322518853092403
 LO BOUND svm(1)_p(25) -4.7970390489064707
 UP BOUND svm(1)_p(25) 4.7970390489064707
 LO BOUND svm(1)_p(26) -6.2112452779862917
 UP BOUND svm(1)_p(26) 6.2112452779862917
 LO BOUND svm(1)_p(27) -6.0275047915425848
 UP BOUND svm(1)_p(27) 6.0275047915425848
 LO BOUND svm(1)_p(28) -4.6569762015910579
 UP BOUND svm(1)_p(28) 4.6569762015910579
 LO BOUND svm(1)_p(29) -5.6440002883149409
 UP BOUND svm(1)_p(29) 5.6440002883149409
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
 BV BOUND svm(1)_s(20)
 BV BOUND svm(1)_s(21)
 BV BOUND svm(1)_s(22)
 BV BOUND svm(1)_s(23)
 BV BOUND svm(1)_s(24)
 BV BOUND svm(1)_s(25)
 BV BOUND svm(1)_s(26)
 BV BOUND svm(1)_s(27)
 BV BOUND svm(1)_s(28)
 BV BOUND svm(1)_s(29)
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
 BV BOUND svm(1)_t(20)
 BV BOUND svm(1)_t(21)
 BV BOUND svm(1)_t(22)
 BV BOUND svm(1)_t(23)
 BV BOUND svm(1)_t(24)
 BV BOUND svm(1)_t(25)
 BV BOUND svm(1)_t(26)
 BV BOUND svm(1)_t(27)
 BV BOUND svm(1)_t(28)
 BV BOUND svm(1)_t(29)
ENDATA
