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
 L  c_u_svm(1)_activation_rows(1)_
 L  c_u_svm(1)_activation_rows(2)_
 L  c_u_svm(1)_activation_rows(3)_
 L  c_u_svm(1)_activation_rows(4)_
 L  c_u_svm(1)_activation_rows(5)_
 L  c_u_svm(1)_activation_rows(6)_
 L  c_u_svm(1)_activation_rows(7)_
 L  c_u_svm(1)_activation_rows(8)_
 L  c_u_svm(1)_activation_rows(9)_
 L  c_u_svm(1)_activation_rows(10)_
 L  c_u_svm(1)_activation_rows(11)_
 L  c_u_svm(1)_activation_rows(12)_
 L  c_u_svm(1)_activation_rows(13)_
 L  c_u_svm(1)_activation_rows(14)_
 L  c_u_svm(1)_activation_rows(15)_
 L  c_u_svm(1)_activation_rows(16)_
 L  c_u_svm(1)_activation_rows(17)_
 L  c_u_svm(1)_activation_rows(18)_
 L  c_u_svm(1)_activation_rows(19)_
 L  c_u_svm(1)_activation_rows(20)_
 L  c_u_svm(1)_activation_rows(21)_
 L  c_u_svm(1)_activation_rows(22)_
 L  c_u_svm(1)_activation_rows(23)_
 L  c_u_svm(1)_activation_rows(24)_
 L  c_u_svm(1)_activation_rows(25)_
 L  c_u_svm(1)_activation_rows(26)_
 L  c_u_svm(1)_activation_rows(27)_
 L  c_u_svm(1)_activation_rows(28)_
 L  c_u_svm(1)_activation_rows(29)_
 L  c_u_svm(1)_activation_rows(30)_
 L  c_u_svm(1)_activation_rows(31)_
 L  c_u_svm(1)_activation_rows(32)_
 L  c_u_svm(1)_activation_rows(33)_
 L  c_u_svm(1)_activation_rows(34)_
 L  c_u_svm(1)_activation_rows(35)_
 L  c_u_svm(1)_activation_rows(36)_
 L  c_u_svm(1)_activation_rows(37)_
 L  c_u_svm(1)_activation_rows(38)_
 L  c_u_svm(1)_activation_rows(39)_
 L  c_u_svm(1)_activation_rows(40)_
 L  c_u_svm(1)_activation_rows(41)_
 L  c_u_svm(1)_activation_rows(42)_
 L  c_u_svm(1)_activation_rows(43)_
 L  c_u_svm(1)_activation_rows(44)_
 L  c_u_svm(1)_activation_rows(45)_
 L  c_u_svm(1)_activation_rows(46)_
 L  c_u_svm(1)_activation_rows(47)_
 L  c_u_svm(1)_activation_rows(48)_
 L  c_u_svm(1)_activation_rows(49)_
 L  c_u_svm(1)_activation_rows(50)_
 L  c_u_svm(1)_activation_rows(51)_
 L  c_u_svm(1)_activation_rows(52)_
 L  c_u_svm(1)_activation_rows(53)_
 L  c_u_svm(1)_activation_rows(54)_
 L  c_u_svm(1)_activation_rows(55)_
 L  c_u_svm(1)_activation_rows(56)_
 L  c_u_svm(1)_activation_rows(57)_
 L  c_u_svm(1)_activation_rows(58)_
 L  c_u_svm(1)_activation_rows(59)_
 L  c_u_svm(1)_activation_rows(60)_
 L  c_u_svm(1)_activation_rows(61)_
 L  c_u_svm(1)_activation_rows(62)_
 L  c_u_svm(1)_activation_rows(63)_
 L  c_u_svm(1)_activation_rows(64)_
 L  c_u_svm(1)_activation_rows(65)_
 L  c_u_svm(1)_activation_rows(66)_
 L  c_u_svm(1)_activation_rows(67)_
 L  c_u_svm(1)_activation_rows(68)_
 L  c_u_svm(1)_activation_rows(69)_
 L  c_u_svm(1)_activation_rows(70)_
 L  c_u_svm(1)_activation_rows(71)_
 L  c_u_svm(1)_activation_rows(72)_
 L  c_u_svm(1)_activation_rows(73)_
 L  c_u_svm(1)_activation_rows(74)_
 L  c_u_svm(1)_activation_rows(75)_
 L  c_u_svm(1)_activation_rows(76)_
 L  c_u_svm(1)_activation_rows(77)_
 L  c_u_svm(1)_activation_rows(78)_
 L  c_u_svm(1)_activation_rows(79)_
 L  c_u_svm(1)_activation_rows(80)_
 L  c_u_svm(1)_activation_rows(81)_
 L  c_u_svm(1)_activation_rows(82)_
 E  c_e_ONE_VAR_CONSTANT
COLUMNS
     b(0_1) objective 1
     b(0_1) c_u_svm(1)_z_ge_alpha_if_pos(0)_ 1.0305339999586789
     b(0_1) c_u_svm(1)_z_le_neg_alpha_if_neg(0)_ -1.0305339999586789
     b(0_1) c_u_svm(1)_w_minus_p_le(0)_ 12.06352125667034
     b(0_1) c_u_svm(1)_w_minus_p_ge(0)_ 12.06352125667034
     b(0_1) c_u_svm(1)_w_plus_p_le(0)_ -12.06352125667034
     b(0_1) c_u_svm(1)_w_plus_p_ge(0)_ -12.06352125667034
     b(0_1) c_u_svm(1)_activation_rows(1)_ -0.5152670004946065
     b(0_1) c_u_svm(1)_activation_rows(2)_ -1.0000000010000001
     b(0_1) c_u_svm(1)_activation_rows(3)_ -0.43677281729767792
     b(0_1) c_u_svm(1)_activation_rows(4)_ -0.84766308984505334
     b(0_1) c_u_svm(1)_activation_rows(5)_ -0.5152670004946065
     b(0_1) c_u_svm(1)_activation_rows(6)_ -1.0000000010000001
     b(0_1) c_u_svm(1)_activation_rows(7)_ -0.5152670004946065
     b(0_1) c_u_svm(1)_activation_rows(8)_ -1.0000000010000001
     b(0_1) c_u_svm(1)_activation_rows(9)_ -0.5152670004946065
     b(0_1) c_u_svm(1)_activation_rows(10)_ -1.0000000010000001
     b(0_1) c_u_svm(1)_activation_rows(11)_ -0.37880486941994579
     b(0_1) c_u_svm(1)_activation_rows(12)_ -0.73516229340348727
     b(0_1) c_u_svm(1)_activation_rows(13)_ -0.5152670004946065
     b(0_1) c_u_svm(1)_activation_rows(14)_ -1.0000000010000001
     b(0_1) c_u_svm(1)_activation_rows(15)_ -0.5152670004946065
     b(0_1) c_u_svm(1)_activation_rows(16)_ -1.0000000010000001
     b(0_1) c_u_svm(1)_activation_rows(17)_ -0.5152670004946065
     b(0_1) c_u_svm(1)_activation_rows(18)_ -1.0000000010000001
     b(0_1) c_u_svm(1)_activation_rows(19)_ -0.5152670004946065
     b(0_1) c_u_svm(1)_activation_rows(20)_ -1.0000000010000001
     b(0_1) c_u_svm(1)_activation_rows(21)_ -0.40563691504526894
     b(0_1) c_u_svm(1)_activation_rows(22)_ -0.78723635525180868
     b(0_1) c_u_svm(1)_activation_rows(23)_ -0.5152670004946065
     b(0_1) c_u_svm(1)_activation_rows(24)_ -1.0000000010000001
     b(0_1) c_u_svm(1)_activation_rows(25)_ -0.5152670004946065
     b(0_1) c_u_svm(1)_activation_rows(26)_ -1.0000000010000001
     b(0_1) c_u_svm(1)_activation_rows(27)_ -0.42442286676000773
     b(0_1) c_u_svm(1)_activation_rows(28)_ -0.82369502952260809
     b(0_1) c_u_svm(1)_activation_rows(29)_ -0.5152670004946065
     b(0_1) c_u_svm(1)_activation_rows(30)_ -1.0000000010000001
     b(0_1) c_u_svm(1)_activation_rows(31)_ -0.41378422380881513
     b(0_1) c_u_svm(1)_activation_rows(32)_ -0.80304817468498191
     b(0_1) c_u_svm(1)_activation_rows(33)_ -0.5152670004946065
     b(0_1) c_u_svm(1)_activation_rows(34)_ -1.0000000010000001
     b(0_1) c_u_svm(1)_activation_rows(35)_ -0.5152670004946065
     b(0_1) c_u_svm(1)_activation_rows(36)_ -1.0000000010000001
     b(0_1) c_u_svm(1)_activation_rows(37)_ -0.44075652894997253
     b(0_1) c_u_svm(1)_activation_rows(38)_ -0.85539444398272246
     b(0_1) c_u_svm(1)_activation_rows(39)_ -0.5152670004946065
     b(0_1) c_u_svm(1)_activation_rows(40)_ -1.0000000010000001
     b(0_1) c_u_svm(1)_activation_rows(41)_ -0.5152670004946065
     b(0_1) c_u_svm(1)_activation_rows(42)_ -1.0000000010000001
     b(0_1) c_u_svm(1)_activation_rows(43)_ -0.5152670004946065
     b(0_1) c_u_svm(1)_activation_rows(44)_ -1.0000000010000001
     b(0_1) c_u_svm(1)_activation_rows(45)_ -0.40938530608434009
     b(0_1) c_u_svm(1)_activation_rows(46)_ -0.79451101293262549
     b(0_1) c_u_svm(1)_activation_rows(47)_ -0.5152670004946065
     b(0_1) c_u_svm(1)_activation_rows(48)_ -1.0000000010000001
     b(0_1) c_u_svm(1)_activation_rows(49)_ -0.5152670004946065
     b(0_1) c_u_svm(1)_activation_rows(50)_ -1.0000000010000001
     b(0_1) c_u_svm(1)_activation_rows(51)_ -0.5152670004946065
     b(0_1) c_u_svm(1)_activation_rows(52)_ -1.0000000010000001
     b(0_1) c_u_svm(1)_activation_rows(53)_ -0.44648062263742716
     b(0_1) c_u_svm(1)_activation_rows(54)_ -0.86650342959151194
     b(0_1) c_u_svm(1)_activation_rows(55)_ -0.5152670004946065
     b(0_1) c_u_svm(1)_activation_rows(56)_ -1.0000000010000001
     b(0_1) c_u_svm(1)_activation_rows(57)_ -0.47096236132602309
     b(0_1) c_u_svm(1)_activation_rows(58)_ -0.91401615346006471
     b(0_1) c_u_svm(1)_activation_rows(59)_ -0.5152670004946065
     b(0_1) c_u_svm(1)_activation_rows(60)_ -1.0000000010000001
     b(0_1) c_u_svm(1)_activation_rows(61)_ -0.5152670004946065
     b(0_1) c_u_svm(1)_activation_rows(62)_ -1.0000000010000001
     b(0_1) c_u_svm(1)_activation_rows(63)_ -0.18937841056298821
     b(0_1) c_u_svm(1)_activation_rows(64)_ -0.36753452204504011
     b(0_1) c_u_svm(1)_activation_rows(65)_ -0.5152670004946065
     b(0_1) c_u_svm(1)_activation_rows(66)_ -1.0000000010000001
     b(0_1) c_u_svm(1)_activation_rows(67)_ -0.5152670004946065
     b(0_1) c_u_svm(1)_activation_rows(68)_ -1.0000000010000001
     b(0_1) c_u_svm(1)_activation_rows(69)_ -0.5152670004946065
     b(0_1) c_u_svm(1)_activation_rows(70)_ -1.0000000010000001
     b(0_1) c_u_svm(1)_activation_rows(71)_ -0.5152670004946065
     b(0_1) c_u_svm(1)_activation_rows(72)_ -1.0000000010000001
     b(0_1) c_u_svm(1)_activation_rows(73)_ -0.40260129229714003
     b(0_1) c_u_svm(1)_activation_rows(74)_ -0.78134499650333333
     b(0_1) c_u_svm(1)_activation_rows(75)_ -0.5152670004946065
     b(0_1) c_u_svm(1)_activation_rows(76)_ -1.0000000010000001
     b(0_1) c_u_svm(1)_activation_rows(77)_ -0.5152670004946065
     b(0_1) c_u_svm(1)_activation_rows(78)_ -1.0000000010000001
     b(0_1) c_u_svm(1)_activation_rows(79)_ -0.5152670004946065
     b(0_1) c_u_svm(1)_activation_rows(80)_ -1.0000000010000001
     b(0_1) c_u_svm(1)_activation_rows(81)_ -0.5152670004946065
     b(0_1) c_u_svm(1)_activation_rows(82)_ -1.0000000010000001
     b(1_1) objective 1
     b(1_1) c_u_svm(1)_z_ge_alpha_if_pos(1)_ 1.0305339999586789
     b(1_1) c_u_svm(1)_z_le_neg_alpha_if_neg(1)_ -1.0305339999586789
     b(1_1) c_u_svm(1)_w_minus_p_le(1)_ 9.6360035055062578
     b(1_1) c_u_svm(1)_w_minus_p_ge(1)_ 9.6360035055062578
     b(1_1) c_u_svm(1)_w_plus_p_le(1)_ -9.6360035055062578
     b(1_1) c_u_svm(1)_w_plus_p_ge(1)_ -9.6360035055062578
     b(1_1) c_u_svm(1)_activation_rows(1)_ -0.51526699997933945
     b(1_1) c_u_svm(1)_activation_rows(2)_ -1
     b(1_1) c_u_svm(1)_activation_rows(3)_ 0.51526699997933945
     b(1_1) c_u_svm(1)_activation_rows(4)_ 1
     b(1_1) c_u_svm(1)_activation_rows(5)_ -0.34182560162933173
     b(1_1) c_u_svm(1)_activation_rows(6)_ -0.6633950973825955
     b(1_1) c_u_svm(1)_activation_rows(7)_ -0.5152670004946065
     b(1_1) c_u_svm(1)_activation_rows(8)_ -1.0000000010000001
     b(1_1) c_u_svm(1)_activation_rows(9)_ -0.5152670004946065
     b(1_1) c_u_svm(1)_activation_rows(10)_ -1.0000000010000001
     b(1_1) c_u_svm(1)_activation_rows(11)_ -0.21793241891378218
     b(1_1) c_u_svm(1)_activation_rows(12)_ -0.42295046824756982
     b(1_1) c_u_svm(1)_activation_rows(13)_ -0.5152670004946065
     b(1_1) c_u_svm(1)_activation_rows(14)_ -1.0000000010000001
     b(1_1) c_u_svm(1)_activation_rows(15)_ -0.5152670004946065
     b(1_1) c_u_svm(1)_activation_rows(16)_ -1.0000000010000001
     b(1_1) c_u_svm(1)_activation_rows(17)_ -0.25501732803300053
     b(1_1) c_u_svm(1)_activation_rows(18)_ -0.49492268676865758
     b(1_1) c_u_svm(1)_activation_rows(19)_ -0.5152670004946065
     b(1_1) c_u_svm(1)_activation_rows(20)_ -1.0000000010000001
     b(1_1) c_u_svm(1)_activation_rows(21)_ -0.24366408877157197
     b(1_1) c_u_svm(1)_activation_rows(22)_ -0.47288898528596268
     b(1_1) c_u_svm(1)_activation_rows(23)_ -0.5152670004946065
     b(1_1) c_u_svm(1)_activation_rows(24)_ -1.0000000010000001
     b(1_1) c_u_svm(1)_activation_rows(25)_ -0.5152670004946065
     b(1_1) c_u_svm(1)_activation_rows(26)_ -1.0000000010000001
     b(1_1) c_u_svm(1)_activation_rows(27)_ -0.23316898288531671
     b(1_1) c_u_svm(1)_activation_rows(28)_ -0.45252069877299739
     b(1_1) c_u_svm(1)_activation_rows(29)_ -0.5152670004946065
     b(1_1) c_u_svm(1)_activation_rows(30)_ -1.0000000010000001
     b(1_1) c_u_svm(1)_activation_rows(31)_ -0.21467799200910873
     b(1_1) c_u_svm(1)_activation_rows(32)_ -0.41663446721353514
     b(1_1) c_u_svm(1)_activation_rows(33)_ -0.5152670004946065
     b(1_1) c_u_svm(1)_activation_rows(34)_ -1.0000000010000001
     b(1_1) c_u_svm(1)_activation_rows(35)_ -0.5152670004946065
     b(1_1) c_u_svm(1)_activation_rows(36)_ -1.0000000010000001
     b(1_1) c_u_svm(1)_activation_rows(37)_ -0.26349987406939329
     b(1_1) c_u_svm(1)_activation_rows(38)_ -0.51138511505677409
     b(1_1) c_u_svm(1)_activation_rows(39)_ -0.5152670004946065
     b(1_1) c_u_svm(1)_activation_rows(40)_ -1.0000000010000001
     b(1_1) c_u_svm(1)_activation_rows(41)_ -0.26295014459733729
     b(1_1) c_u_svm(1)_activation_rows(42)_ -0.51031823231039586
     b(1_1) c_u_svm(1)_activation_rows(43)_ -0.5152670004946065
     b(1_1) c_u_svm(1)_activation_rows(44)_ -1.0000000010000001
     b(1_1) c_u_svm(1)_activation_rows(45)_ -0.16940483706459444
     b(1_1) c_u_svm(1)_activation_rows(46)_ -0.32877098100865576
     b(1_1) c_u_svm(1)_activation_rows(47)_ -0.5152670004946065
     b(1_1) c_u_svm(1)_activation_rows(48)_ -1.0000000010000001
     b(1_1) c_u_svm(1)_activation_rows(49)_ -0.24305216293443005
     b(1_1) c_u_svm(1)_activation_rows(50)_ -0.47170139547880158
     b(1_1) c_u_svm(1)_activation_rows(51)_ -0.5152670004946065
     b(1_1) c_u_svm(1)_activation_rows(52)_ -1.0000000010000001
     b(1_1) c_u_svm(1)_activation_rows(53)_ -0.1924200398459831
     b(1_1) c_u_svm(1)_activation_rows(54)_ -0.37343753792441303
     b(1_1) c_u_svm(1)_activation_rows(55)_ -0.5152670004946065
     b(1_1) c_u_svm(1)_activation_rows(56)_ -1.0000000010000001
     b(1_1) c_u_svm(1)_activation_rows(57)_ -0.21903764342477766
     b(1_1) c_u_svm(1)_activation_rows(58)_ -0.42509542321468358
     b(1_1) c_u_svm(1)_activation_rows(59)_ -0.5152670004946065
     b(1_1) c_u_svm(1)_activation_rows(60)_ -1.0000000010000001
     b(1_1) c_u_svm(1)_activation_rows(61)_ -0.5152670004946065
     b(1_1) c_u_svm(1)_activation_rows(62)_ -1.0000000010000001
     b(1_1) c_u_svm(1)_activation_rows(63)_ -0.10198571683857358
     b(1_1) c_u_svm(1)_activation_rows(64)_ -0.19792790309230529
     b(1_1) c_u_svm(1)_activation_rows(65)_ -0.11959104913193683
     b(1_1) c_u_svm(1)_activation_rows(66)_ -0.23209530037190823
     b(1_1) c_u_svm(1)_activation_rows(67)_ -0.5152670004946065
     b(1_1) c_u_svm(1)_activation_rows(68)_ -1.0000000010000001
     b(1_1) c_u_svm(1)_activation_rows(69)_ -0.42866337660024062
     b(1_1) c_u_svm(1)_activation_rows(70)_ -0.83192476253559544
     b(1_1) c_u_svm(1)_activation_rows(71)_ -0.5152670004946065
     b(1_1) c_u_svm(1)_activation_rows(72)_ -1.0000000010000001
     b(1_1) c_u_svm(1)_activation_rows(73)_ -0.16594779848860122
     b(1_1) c_u_svm(1)_activation_rows(74)_ -0.32206176311554047
     b(1_1) c_u_svm(1)_activation_rows(75)_ -0.42956287715894043
     b(1_1) c_u_svm(1)_activation_rows(76)_ -0.83367046051108362
     b(1_1) c_u_svm(1)_activation_rows(77)_ -0.5152670004946065
     b(1_1) c_u_svm(1)_activation_rows(78)_ -1.0000000010000001
     b(1_1) c_u_svm(1)_activation_rows(79)_ -0.324911225775041
     b(1_1) c_u_svm(1)_activation_rows(80)_ -0.63056866787135391
     b(1_1) c_u_svm(1)_activation_rows(81)_ -0.37077019588241328
     b(1_1) c_u_svm(1)_activation_rows(82)_ -0.7195690698167746
     b(2_1) objective 1
     b(2_1) c_u_svm(1)_z_ge_alpha_if_pos(2)_ 1.0305339999586789
     b(2_1) c_u_svm(1)_z_le_neg_alpha_if_neg(2)_ -1.0305339999586789
     b(2_1) c_u_svm(1)_w_minus_p_le(2)_ 8.3290268116558845
     b(2_1) c_u_svm(1)_w_minus_p_ge(2)_ 8.3290268116558845
     b(2_1) c_u_svm(1)_w_plus_p_le(2)_ -8.3290268116558845
     b(2_1) c_u_svm(1)_w_plus_p_ge(2)_ -8.3290268116558845
     b(2_1) c_u_svm(1)_activation_rows(1)_ -0.5152670004946065
     b(2_1) c_u_svm(1)_activation_rows(2)_ -1.0000000010000001
     b(2_1) c_u_svm(1)_activation_rows(3)_ -0.37784108950363077
     b(2_1) c_u_svm(1)_activation_rows(4)_ -0.73329184581737428
     b(2_1) c_u_svm(1)_activation_rows(5)_ 0.51526699997933945
     b(2_1) c_u_svm(1)_activation_rows(6)_ 1
     b(2_1) c_u_svm(1)_activation_rows(7)_ -0.5152670004946065
     b(2_1) c_u_svm(1)_activation_rows(8)_ -1.0000000010000001
     b(2_1) c_u_svm(1)_activation_rows(9)_ -0.5152670004946065
     b(2_1) c_u_svm(1)_activation_rows(10)_ -1.0000000010000001
     b(2_1) c_u_svm(1)_activation_rows(11)_ -0.38472075681907242
     b(2_1) c_u_svm(1)_activation_rows(12)_ -0.74664350100918264
     b(2_1) c_u_svm(1)_activation_rows(13)_ -0.5152670004946065
     b(2_1) c_u_svm(1)_activation_rows(14)_ -1.0000000010000001
     b(2_1) c_u_svm(1)_activation_rows(15)_ -0.5152670004946065
     b(2_1) c_u_svm(1)_activation_rows(16)_ -1.0000000010000001
     b(2_1) c_u_svm(1)_activation_rows(17)_ -0.36536067103131914
     b(2_1) c_u_svm(1)_activation_rows(18)_ -0.70907058097252285
     b(2_1) c_u_svm(1)_activation_rows(19)_ -0.5152670004946065
     b(2_1) c_u_svm(1)_activation_rows(20)_ -1.0000000010000001
     b(2_1) c_u_svm(1)_activation_rows(21)_ -0.38931712222663317
     b(2_1) c_u_svm(1)_activation_rows(22)_ -0.75556385765485379
     b(2_1) c_u_svm(1)_activation_rows(23)_ -0.5152670004946065
     b(2_1) c_u_svm(1)_activation_rows(24)_ -1.0000000010000001
     b(2_1) c_u_svm(1)_activation_rows(25)_ -0.5152670004946065
     b(2_1) c_u_svm(1)_activation_rows(26)_ -1.0000000010000001
     b(2_1) c_u_svm(1)_activation_rows(27)_ -0.44184401303618664
     b(2_1) c_u_svm(1)_activation_rows(28)_ -0.85750496937297205
     b(2_1) c_u_svm(1)_activation_rows(29)_ -0.5152670004946065
     b(2_1) c_u_svm(1)_activation_rows(30)_ -1.0000000010000001
     b(2_1) c_u_svm(1)_activation_rows(31)_ -0.2993684844845359
     b(2_1) c_u_svm(1)_activation_rows(32)_ -0.58099681232553146
     b(2_1) c_u_svm(1)_activation_rows(33)_ -0.5152670004946065
     b(2_1) c_u_svm(1)_activation_rows(34)_ -1.0000000010000001
     b(2_1) c_u_svm(1)_activation_rows(35)_ -0.5152670004946065
     b(2_1) c_u_svm(1)_activation_rows(36)_ -1.0000000010000001
     b(2_1) c_u_svm(1)_activation_rows(37)_ -0.3905236372843352
     b(2_1) c_u_svm(1)_activation_rows(38)_ -0.75790539137960311
     b(2_1) c_u_svm(1)_activation_rows(39)_ -0.5152670004946065
     b(2_1) c_u_svm(1)_activation_rows(40)_ -1.0000000010000001
     b(2_1) c_u_svm(1)_activation_rows(41)_ -0.51454637454468644
     b(2_1) c_u_svm(1)_activation_rows(42)_ -0.99860145238355669
     b(2_1) c_u_svm(1)_activation_rows(43)_ -0.5152670004946065
     b(2_1) c_u_svm(1)_activation_rows(44)_ -1.0000000010000001
     b(2_1) c_u_svm(1)_activation_rows(45)_ -0.28765875945444208
     b(2_1) c_u_svm(1)_activation_rows(46)_ -0.55827126415232542
     b(2_1) c_u_svm(1)_activation_rows(47)_ -0.5152670004946065
     b(2_1) c_u_svm(1)_activation_rows(48)_ -1.0000000010000001
     b(2_1) c_u_svm(1)_activation_rows(49)_ -0.42096349198229677
     b(2_1) c_u_svm(1)_activation_rows(50)_ -0.81698127766609552
     b(2_1) c_u_svm(1)_activation_rows(51)_ -0.5152670004946065
     b(2_1) c_u_svm(1)_activation_rows(52)_ -1.0000000010000001
     b(2_1) c_u_svm(1)_activation_rows(53)_ -0.33074977124976151
     b(2_1) c_u_svm(1)_activation_rows(54)_ -0.64189977480223559
     b(2_1) c_u_svm(1)_activation_rows(55)_ -0.5152670004946065
     b(2_1) c_u_svm(1)_activation_rows(56)_ -1.0000000010000001
     b(2_1) c_u_svm(1)_activation_rows(57)_ -0.38231786051895572
     b(2_1) c_u_svm(1)_activation_rows(58)_ -0.74198010067457343
     b(2_1) c_u_svm(1)_activation_rows(59)_ -0.5152670004946065
     b(2_1) c_u_svm(1)_activation_rows(60)_ -1.0000000010000001
     b(2_1) c_u_svm(1)_activation_rows(61)_ -0.5152670004946065
     b(2_1) c_u_svm(1)_activation_rows(62)_ -1.0000000010000001
     b(2_1) c_u_svm(1)_activation_rows(63)_ -0.1976012979922854
     b(2_1) c_u_svm(1)_activation_rows(64)_ -0.38349302012395242
     b(2_1) c_u_svm(1)_activation_rows(65)_ -0.13475285133574372
     b(2_1) c_u_svm(1)_activation_rows(66)_ -0.26152043763941196
     b(2_1) c_u_svm(1)_activation_rows(67)_ -0.5152670004946065
     b(2_1) c_u_svm(1)_activation_rows(68)_ -1.0000000010000001
     b(2_1) c_u_svm(1)_activation_rows(69)_ -0.5152670004946065
     b(2_1) c_u_svm(1)_activation_rows(70)_ -1.0000000010000001
     b(2_1) c_u_svm(1)_activation_rows(71)_ -0.5152670004946065
     b(2_1) c_u_svm(1)_activation_rows(72)_ -1.0000000010000001
     b(2_1) c_u_svm(1)_activation_rows(73)_ -0.27877846614680779
     b(2_1) c_u_svm(1)_activation_rows(74)_ -0.541036911267335
     b(2_1) c_u_svm(1)_activation_rows(75)_ -0.5152670004946065
     b(2_1) c_u_svm(1)_activation_rows(76)_ -1.0000000010000001
     b(2_1) c_u_svm(1)_activation_rows(77)_ -0.5152670004946065
     b(2_1) c_u_svm(1)_activation_rows(78)_ -1.0000000010000001
     b(2_1) c_u_svm(1)_activation_rows(79)_ -0.5152670004946065
     b(2_1) c_u_svm(1)_activation_rows(80)_ -1.0000000010000001
     b(2_1) c_u_svm(1)_activation_rows(81)_ -0.5152670004946065
     b(2_1) c_u_svm(1)_activation_rows(82)_ -1.0000000010000001
     b(3_1) objective 1
     b(3_1) c_u_svm(1)_z_ge_alpha_if_pos(3)_ 1.0305339999586789
     b(3_1) c_u_svm(1)_z_le_neg_alpha_if_neg(3)_ -1.0305339999586789
     b(3_1) c_u_svm(1)_w_minus_p_le(3)_ 10.769401610062873
     b(3_1) c_u_svm(1)_w_minus_p_ge(3)_ 10.769401610062873
     b(3_1) c_u_svm(1)_w_plus_p_le(3)_ -10.769401610062873
     b(3_1) c_u_svm(1)_w_plus_p_ge(3)_ -10.769401610062873
     b(3_1) c_u_svm(1)_activation_rows(1)_ -0.5152670004946065
     b(3_1) c_u_svm(1)_activation_rows(2)_ -1.0000000010000001
     b(3_1) c_u_svm(1)_activation_rows(3)_ -0.41986823549413288
     b(3_1) c_u_svm(1)_activation_rows(4)_ -0.81485566805358822
     b(3_1) c_u_svm(1)_activation_rows(5)_ -0.5152670004946065
     b(3_1) c_u_svm(1)_activation_rows(6)_ -1.0000000010000001
     b(3_1) c_u_svm(1)_activation_rows(7)_ 0.51526699997933945
     b(3_1) c_u_svm(1)_activation_rows(8)_ 1
     b(3_1) c_u_svm(1)_activation_rows(9)_ -0.5152670004946065
     b(3_1) c_u_svm(1)_activation_rows(10)_ -1.0000000010000001
     b(3_1) c_u_svm(1)_activation_rows(11)_ -0.41375440320272
     b(3_1) c_u_svm(1)_activation_rows(12)_ -0.80299030060009713
     b(3_1) c_u_svm(1)_activation_rows(13)_ -0.5152670004946065
     b(3_1) c_u_svm(1)_activation_rows(14)_ -1.0000000010000001
     b(3_1) c_u_svm(1)_activation_rows(15)_ -0.5152670004946065
     b(3_1) c_u_svm(1)_activation_rows(16)_ -1.0000000010000001
     b(3_1) c_u_svm(1)_activation_rows(17)_ -0.43048495901644762
     b(3_1) c_u_svm(1)_activation_rows(18)_ -0.83545998294808066
     b(3_1) c_u_svm(1)_activation_rows(19)_ -0.5152670004946065
     b(3_1) c_u_svm(1)_activation_rows(20)_ -1.0000000010000001
     b(3_1) c_u_svm(1)_activation_rows(21)_ -0.39085625382866523
     b(3_1) c_u_svm(1)_activation_rows(22)_ -0.75855091407821051
     b(3_1) c_u_svm(1)_activation_rows(23)_ -0.5152670004946065
     b(3_1) c_u_svm(1)_activation_rows(24)_ -1.0000000010000001
     b(3_1) c_u_svm(1)_activation_rows(25)_ -0.5152670004946065
     b(3_1) c_u_svm(1)_activation_rows(26)_ -1.0000000010000001
     b(3_1) c_u_svm(1)_activation_rows(27)_ -0.48463469274830157
     b(3_1) c_u_svm(1)_activation_rows(28)_ -0.94055061311462573
     b(3_1) c_u_svm(1)_activation_rows(29)_ -0.5152670004946065
     b(3_1) c_u_svm(1)_activation_rows(30)_ -1.0000000010000001
     b(3_1) c_u_svm(1)_activation_rows(31)_ -0.38282239334974327
     b(3_1) c_u_svm(1)_activation_rows(32)_ -0.74295926842800575
     b(3_1) c_u_svm(1)_activation_rows(33)_ -0.5152670004946065
     b(3_1) c_u_svm(1)_activation_rows(34)_ -1.0000000010000001
     b(3_1) c_u_svm(1)_activation_rows(35)_ -0.5152670004946065
     b(3_1) c_u_svm(1)_activation_rows(36)_ -1.0000000010000001
     b(3_1) c_u_svm(1)_activation_rows(37)_ -0.41541954463006203
     b(3_1) c_u_svm(1)_activation_rows(38)_ -0.80622190950850536
     b(3_1) c_u_svm(1)_activation_rows(39)_ -0.5152670004946065
     b(3_1) c_u_svm(1)_activation_rows(40)_ -1.0000000010000001
     b(3_1) c_u_svm(1)_activation_rows(41)_ -0.5152670004946065
     b(3_1) c_u_svm(1)_activation_rows(42)_ -1.0000000010000001
     b(3_1) c_u_svm(1)_activation_rows(43)_ -0.5152670004946065
     b(3_1) c_u_svm(1)_activation_rows(44)_ -1.0000000010000001
     b(3_1) c_u_svm(1)_activation_rows(45)_ -0.37351318644735515
     b(3_1) c_u_svm(1)_activation_rows(46)_ -0.72489250517174941
     b(3_1) c_u_svm(1)_activation_rows(47)_ -0.5152670004946065
     b(3_1) c_u_svm(1)_activation_rows(48)_ -1.0000000010000001
     b(3_1) c_u_svm(1)_activation_rows(49)_ -0.50306093200583635
     b(3_1) c_u_svm(1)_activation_rows(50)_ -0.97631117852687543
     b(3_1) c_u_svm(1)_activation_rows(51)_ -0.5152670004946065
     b(3_1) c_u_svm(1)_activation_rows(52)_ -1.0000000010000001
     b(3_1) c_u_svm(1)_activation_rows(53)_ -0.37471117572209961
     b(3_1) c_u_svm(1)_activation_rows(54)_ -0.72721749255652768
     b(3_1) c_u_svm(1)_activation_rows(55)_ -0.5152670004946065
     b(3_1) c_u_svm(1)_activation_rows(56)_ -1.0000000010000001
     b(3_1) c_u_svm(1)_activation_rows(57)_ -0.48835345155799753
     b(3_1) c_u_svm(1)_activation_rows(58)_ -0.94776776230105741
     b(3_1) c_u_svm(1)_activation_rows(59)_ -0.5152670004946065
     b(3_1) c_u_svm(1)_activation_rows(60)_ -1.0000000010000001
     b(3_1) c_u_svm(1)_activation_rows(61)_ -0.5152670004946065
     b(3_1) c_u_svm(1)_activation_rows(62)_ -1.0000000010000001
     b(3_1) c_u_svm(1)_activation_rows(63)_ -0.19806891454444533
     b(3_1) c_u_svm(1)_activation_rows(64)_ -0.38440054292704029
     b(3_1) c_u_svm(1)_activation_rows(65)_ -0.36836913340169442
     b(3_1) c_u_svm(1)_activation_rows(66)_ -0.71490922845139482
     b(3_1) c_u_svm(1)_activation_rows(67)_ -0.5152670004946065
     b(3_1) c_u_svm(1)_activation_rows(68)_ -1.0000000010000001
     b(3_1) c_u_svm(1)_activation_rows(69)_ -0.5152670004946065
     b(3_1) c_u_svm(1)_activation_rows(70)_ -1.0000000010000001
     b(3_1) c_u_svm(1)_activation_rows(71)_ -0.5152670004946065
     b(3_1) c_u_svm(1)_activation_rows(72)_ -1.0000000010000001
     b(3_1) c_u_svm(1)_activation_rows(73)_ -0.34282952765069602
     b(3_1) c_u_svm(1)_activation_rows(74)_ -0.66534345817691098
     b(3_1) c_u_svm(1)_activation_rows(75)_ -0.5152670004946065
     b(3_1) c_u_svm(1)_activation_rows(76)_ -1.0000000010000001
     b(3_1) c_u_svm(1)_activation_rows(77)_ -0.5152670004946065
     b(3_1) c_u_svm(1)_activation_rows(78)_ -1.0000000010000001
     b(3_1) c_u_svm(1)_activation_rows(79)_ -0.5152670004946065
     b(3_1) c_u_svm(1)_activation_rows(80)_ -1.0000000010000001
     b(3_1) c_u_svm(1)_activation_rows(81)_ -0.5152670004946065
     b(3_1) c_u_svm(1)_activation_rows(82)_ -1.0000000010000001
     b(4_1) objective 1
     b(4_1) c_u_svm(1)_z_ge_alpha_if_pos(4)_ 1.0305339999586789
     b(4_1) c_u_svm(1)_z_le_neg_alpha_if_neg(4)_ -1.0305339999586789
     b(4_1) c_u_svm(1)_w_minus_p_le(4)_ 8.6225482992393001
     b(4_1) c_u_svm(1)_w_minus_p_ge(4)_ 8.6225482992393001
     b(4_1) c_u_svm(1)_w_plus_p_le(4)_ -8.6225482992393001
     b(4_1) c_u_svm(1)_w_plus_p_ge(4)_ -8.6225482992393001
     b(4_1) c_u_svm(1)_activation_rows(1)_ -0.5152670004946065
     b(4_1) c_u_svm(1)_activation_rows(2)_ -1.0000000010000001
     b(4_1) c_u_svm(1)_activation_rows(3)_ -0.20620864630261682
     b(4_1) c_u_svm(1)_activation_rows(4)_ -0.40019765735217883
     b(4_1) c_u_svm(1)_activation_rows(5)_ -0.32932602512204801
     b(4_1) c_u_svm(1)_activation_rows(6)_ -0.63913665174609069
     b(4_1) c_u_svm(1)_activation_rows(7)_ -0.5152670004946065
     b(4_1) c_u_svm(1)_activation_rows(8)_ -1.0000000010000001
     b(4_1) c_u_svm(1)_activation_rows(9)_ -0.51526699997933945
     b(4_1) c_u_svm(1)_activation_rows(10)_ -1
     b(4_1) c_u_svm(1)_activation_rows(11)_ 0.51526699997933945
     b(4_1) c_u_svm(1)_activation_rows(12)_ 1
     b(4_1) c_u_svm(1)_activation_rows(13)_ -0.5152670004946065
     b(4_1) c_u_svm(1)_activation_rows(14)_ -1.0000000010000001
     b(4_1) c_u_svm(1)_activation_rows(15)_ -0.5152670004946065
     b(4_1) c_u_svm(1)_activation_rows(16)_ -1.0000000010000001
     b(4_1) c_u_svm(1)_activation_rows(17)_ -0.19852988323162854
     b(4_1) c_u_svm(1)_activation_rows(18)_ -0.38529516394333219
     b(4_1) c_u_svm(1)_activation_rows(19)_ -0.5152670004946065
     b(4_1) c_u_svm(1)_activation_rows(20)_ -1.0000000010000001
     b(4_1) c_u_svm(1)_activation_rows(21)_ -0.20621843960583949
     b(4_1) c_u_svm(1)_activation_rows(22)_ -0.40021666362120645
     b(4_1) c_u_svm(1)_activation_rows(23)_ -0.5152670004946065
     b(4_1) c_u_svm(1)_activation_rows(24)_ -1.0000000010000001
     b(4_1) c_u_svm(1)_activation_rows(25)_ -0.5152670004946065
     b(4_1) c_u_svm(1)_activation_rows(26)_ -1.0000000010000001
     b(4_1) c_u_svm(1)_activation_rows(27)_ -0.2057356127154073
     b(4_1) c_u_svm(1)_activation_rows(28)_ -0.39927962148489354
     b(4_1) c_u_svm(1)_activation_rows(29)_ -0.5152670004946065
     b(4_1) c_u_svm(1)_activation_rows(30)_ -1.0000000010000001
     b(4_1) c_u_svm(1)_activation_rows(31)_ -0.18528776848235898
     b(4_1) c_u_svm(1)_activation_rows(32)_ -0.35959564359795682
     b(4_1) c_u_svm(1)_activation_rows(33)_ -0.5152670004946065
     b(4_1) c_u_svm(1)_activation_rows(34)_ -1.0000000010000001
     b(4_1) c_u_svm(1)_activation_rows(35)_ -0.5152670004946065
     b(4_1) c_u_svm(1)_activation_rows(36)_ -1.0000000010000001
     b(4_1) c_u_svm(1)_activation_rows(37)_ -0.21578431246237145
     b(4_1) c_u_svm(1)_activation_rows(38)_ -0.41878154912118126
     b(4_1) c_u_svm(1)_activation_rows(39)_ -0.5152670004946065
     b(4_1) c_u_svm(1)_activation_rows(40)_ -1.0000000010000001
     b(4_1) c_u_svm(1)_activation_rows(41)_ -0.23782443390273536
     b(4_1) c_u_svm(1)_activation_rows(42)_ -0.46155572530798861
     b(4_1) c_u_svm(1)_activation_rows(43)_ -0.5152670004946065
     b(4_1) c_u_svm(1)_activation_rows(44)_ -1.0000000010000001
     b(4_1) c_u_svm(1)_activation_rows(45)_ -0.14881569424984181
     b(4_1) c_u_svm(1)_activation_rows(46)_ -0.28881277911414632
     b(4_1) c_u_svm(1)_activation_rows(47)_ -0.5152670004946065
     b(4_1) c_u_svm(1)_activation_rows(48)_ -1.0000000010000001
     b(4_1) c_u_svm(1)_activation_rows(49)_ -0.22353856015811288
     b(4_1) c_u_svm(1)_activation_rows(50)_ -0.43383053866650895
     b(4_1) c_u_svm(1)_activation_rows(51)_ -0.5152670004946065
     b(4_1) c_u_svm(1)_activation_rows(52)_ -1.0000000010000001
     b(4_1) c_u_svm(1)_activation_rows(53)_ -0.17853450775089266
     b(4_1) c_u_svm(1)_activation_rows(54)_ -0.3464893108971685
     b(4_1) c_u_svm(1)_activation_rows(55)_ -0.5152670004946065
     b(4_1) c_u_svm(1)_activation_rows(56)_ -1.0000000010000001
     b(4_1) c_u_svm(1)_activation_rows(57)_ -0.19424490816054513
     b(4_1) c_u_svm(1)_activation_rows(58)_ -0.37697913541587902
     b(4_1) c_u_svm(1)_activation_rows(59)_ -0.5152670004946065
     b(4_1) c_u_svm(1)_activation_rows(60)_ -1.0000000010000001
     b(4_1) c_u_svm(1)_activation_rows(61)_ -0.5152670004946065
     b(4_1) c_u_svm(1)_activation_rows(62)_ -1.0000000010000001
     b(4_1) c_u_svm(1)_activation_rows(63)_ -0.11013861042172628
     b(4_1) c_u_svm(1)_activation_rows(64)_ -0.21375056121611219
     b(4_1) c_u_svm(1)_activation_rows(65)_ -0.043193667846953533
     b(4_1) c_u_svm(1)_activation_rows(66)_ -0.083827739499493389
     b(4_1) c_u_svm(1)_activation_rows(67)_ -0.5152670004946065
     b(4_1) c_u_svm(1)_activation_rows(68)_ -1.0000000010000001
     b(4_1) c_u_svm(1)_activation_rows(69)_ -0.37895763400960053
     b(4_1) c_u_svm(1)_activation_rows(70)_ -0.73545876996740622
     b(4_1) c_u_svm(1)_activation_rows(71)_ -0.5152670004946065
     b(4_1) c_u_svm(1)_activation_rows(72)_ -1.0000000010000001
     b(4_1) c_u_svm(1)_activation_rows(73)_ -0.14463012071084458
     b(4_1) c_u_svm(1)_activation_rows(74)_ -0.28068966325544581
     b(4_1) c_u_svm(1)_activation_rows(75)_ -0.35695853364965585
     b(4_1) c_u_svm(1)_activation_rows(76)_ -0.69276420508972769
     b(4_1) c_u_svm(1)_activation_rows(77)_ -0.5152670004946065
     b(4_1) c_u_svm(1)_activation_rows(78)_ -1.0000000010000001
     b(4_1) c_u_svm(1)_activation_rows(79)_ -0.28116389361729088
     b(4_1) c_u_svm(1)_activation_rows(80)_ -0.54566640912102782
     b(4_1) c_u_svm(1)_activation_rows(81)_ -0.321906008690028
     b(4_1) c_u_svm(1)_activation_rows(82)_ -0.62473631865214618
     b(5_1) objective 1
     b(5_1) c_u_svm(1)_z_ge_alpha_if_pos(5)_ 1.0305339999586789
     b(5_1) c_u_svm(1)_z_le_neg_alpha_if_neg(5)_ -1.0305339999586789
     b(5_1) c_u_svm(1)_w_minus_p_le(5)_ 13.512301574191401
     b(5_1) c_u_svm(1)_w_minus_p_ge(5)_ 13.512301574191401
     b(5_1) c_u_svm(1)_w_plus_p_le(5)_ -13.512301574191401
     b(5_1) c_u_svm(1)_w_plus_p_ge(5)_ -13.512301574191401
     b(5_1) c_u_svm(1)_activation_rows(1)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(2)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(3)_ -0.4444510977612286
     b(5_1) c_u_svm(1)_activation_rows(4)_ -0.86256464663766486
     b(5_1) c_u_svm(1)_activation_rows(5)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(6)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(7)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(8)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(9)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(10)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(11)_ -0.43439697781720904
     b(5_1) c_u_svm(1)_activation_rows(12)_ -0.84305219980054413
     b(5_1) c_u_svm(1)_activation_rows(13)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(14)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(15)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(16)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(17)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(18)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(19)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(20)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(21)_ -0.41041811492997715
     b(5_1) c_u_svm(1)_activation_rows(22)_ -0.79651542781981688
     b(5_1) c_u_svm(1)_activation_rows(23)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(24)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(25)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(26)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(27)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(28)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(29)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(30)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(31)_ -0.4184955616156234
     b(5_1) c_u_svm(1)_activation_rows(32)_ -0.81219166302597245
     b(5_1) c_u_svm(1)_activation_rows(33)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(34)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(35)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(36)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(37)_ -0.43525136131411402
     b(5_1) c_u_svm(1)_activation_rows(38)_ -0.84471033722626565
     b(5_1) c_u_svm(1)_activation_rows(39)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(40)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(41)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(42)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(43)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(44)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(45)_ -0.46689684442108415
     b(5_1) c_u_svm(1)_activation_rows(46)_ -0.90612603648167889
     b(5_1) c_u_svm(1)_activation_rows(47)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(48)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(49)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(50)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(51)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(52)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(53)_ -0.48498813537806956
     b(5_1) c_u_svm(1)_activation_rows(54)_ -0.94123655385948646
     b(5_1) c_u_svm(1)_activation_rows(55)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(56)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(57)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(58)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(59)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(60)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(61)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(62)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(63)_ -0.21892786731385044
     b(5_1) c_u_svm(1)_activation_rows(64)_ -0.42488237617124469
     b(5_1) c_u_svm(1)_activation_rows(65)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(66)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(67)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(68)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(69)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(70)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(71)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(72)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(73)_ -0.46765590113887262
     b(5_1) c_u_svm(1)_activation_rows(74)_ -0.90759916928043927
     b(5_1) c_u_svm(1)_activation_rows(75)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(76)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(77)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(78)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(79)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(80)_ -1.0000000010000001
     b(5_1) c_u_svm(1)_activation_rows(81)_ -0.5152670004946065
     b(5_1) c_u_svm(1)_activation_rows(82)_ -1.0000000010000001
     b(6_1) objective 1
     b(6_1) c_u_svm(1)_z_ge_alpha_if_pos(6)_ 1.0305339999586789
     b(6_1) c_u_svm(1)_z_le_neg_alpha_if_neg(6)_ -1.0305339999586789
     b(6_1) c_u_svm(1)_w_minus_p_le(6)_ 9.7243289361270939
     b(6_1) c_u_svm(1)_w_minus_p_ge(6)_ 9.7243289361270939
     b(6_1) c_u_svm(1)_w_plus_p_le(6)_ -9.7243289361270939
     b(6_1) c_u_svm(1)_w_plus_p_ge(6)_ -9.7243289361270939
     b(6_1) c_u_svm(1)_activation_rows(1)_ -0.5152670004946065
     b(6_1) c_u_svm(1)_activation_rows(2)_ -1.0000000010000001
     b(6_1) c_u_svm(1)_activation_rows(3)_ -0.36595906197686817
     b(6_1) c_u_svm(1)_activation_rows(4)_ -0.71023190305519657
     b(6_1) c_u_svm(1)_activation_rows(5)_ -0.5152670004946065
     b(6_1) c_u_svm(1)_activation_rows(6)_ -1.0000000010000001
     b(6_1) c_u_svm(1)_activation_rows(7)_ -0.5152670004946065
     b(6_1) c_u_svm(1)_activation_rows(8)_ -1.0000000010000001
     b(6_1) c_u_svm(1)_activation_rows(9)_ -0.5152670004946065
     b(6_1) c_u_svm(1)_activation_rows(10)_ -1.0000000010000001
     b(6_1) c_u_svm(1)_activation_rows(11)_ -0.41116188715399743
     b(6_1) c_u_svm(1)_activation_rows(12)_ -0.79795889736871117
     b(6_1) c_u_svm(1)_activation_rows(13)_ 0.51526699997933945
     b(6_1) c_u_svm(1)_activation_rows(14)_ 1
     b(6_1) c_u_svm(1)_activation_rows(15)_ -0.5152670004946065
     b(6_1) c_u_svm(1)_activation_rows(16)_ -1.0000000010000001
     b(6_1) c_u_svm(1)_activation_rows(17)_ -0.45901253876929204
     b(6_1) c_u_svm(1)_activation_rows(18)_ -0.89082463807637002
     b(6_1) c_u_svm(1)_activation_rows(19)_ -0.5152670004946065
     b(6_1) c_u_svm(1)_activation_rows(20)_ -1.0000000010000001
     b(6_1) c_u_svm(1)_activation_rows(21)_ -0.35186909818204926
     b(6_1) c_u_svm(1)_activation_rows(22)_ -0.68288692696438558
     b(6_1) c_u_svm(1)_activation_rows(23)_ -0.5152670004946065
     b(6_1) c_u_svm(1)_activation_rows(24)_ -1.0000000010000001
     b(6_1) c_u_svm(1)_activation_rows(25)_ -0.5152670004946065
     b(6_1) c_u_svm(1)_activation_rows(26)_ -1.0000000010000001
     b(6_1) c_u_svm(1)_activation_rows(27)_ -0.35834449953057429
     b(6_1) c_u_svm(1)_activation_rows(28)_ -0.6954540064567355
     b(6_1) c_u_svm(1)_activation_rows(29)_ -0.5152670004946065
     b(6_1) c_u_svm(1)_activation_rows(30)_ -1.0000000010000001
     b(6_1) c_u_svm(1)_activation_rows(31)_ -0.40772190580549977
     b(6_1) c_u_svm(1)_activation_rows(32)_ -0.79128278314320166
     b(6_1) c_u_svm(1)_activation_rows(33)_ -0.5152670004946065
     b(6_1) c_u_svm(1)_activation_rows(34)_ -1.0000000010000001
     b(6_1) c_u_svm(1)_activation_rows(35)_ -0.5152670004946065
     b(6_1) c_u_svm(1)_activation_rows(36)_ -1.0000000010000001
     b(6_1) c_u_svm(1)_activation_rows(37)_ -0.37961535199383856
     b(6_1) c_u_svm(1)_activation_rows(38)_ -0.73673523049032819
     b(6_1) c_u_svm(1)_activation_rows(39)_ -0.5152670004946065
     b(6_1) c_u_svm(1)_activation_rows(40)_ -1.0000000010000001
     b(6_1) c_u_svm(1)_activation_rows(41)_ -0.49712533003193815
     b(6_1) c_u_svm(1)_activation_rows(42)_ -0.96479171002969588
     b(6_1) c_u_svm(1)_activation_rows(43)_ -0.5152670004946065
     b(6_1) c_u_svm(1)_activation_rows(44)_ -1.0000000010000001
     b(6_1) c_u_svm(1)_activation_rows(45)_ -0.32679528519677326
     b(6_1) c_u_svm(1)_activation_rows(46)_ -0.63422513999514174
     b(6_1) c_u_svm(1)_activation_rows(47)_ -0.5152670004946065
     b(6_1) c_u_svm(1)_activation_rows(48)_ -1.0000000010000001
     b(6_1) c_u_svm(1)_activation_rows(49)_ -0.5052457625165
     b(6_1) c_u_svm(1)_activation_rows(50)_ -0.98055136955550948
     b(6_1) c_u_svm(1)_activation_rows(51)_ -0.5152670004946065
     b(6_1) c_u_svm(1)_activation_rows(52)_ -1.0000000010000001
     b(6_1) c_u_svm(1)_activation_rows(53)_ -0.40726951584504745
     b(6_1) c_u_svm(1)_activation_rows(54)_ -0.79040481121705375
     b(6_1) c_u_svm(1)_activation_rows(55)_ -0.5152670004946065
     b(6_1) c_u_svm(1)_activation_rows(56)_ -1.0000000010000001
     b(6_1) c_u_svm(1)_activation_rows(57)_ -0.43303141500039377
     b(6_1) c_u_svm(1)_activation_rows(58)_ -0.84040199550477124
     b(6_1) c_u_svm(1)_activation_rows(59)_ -0.5152670004946065
     b(6_1) c_u_svm(1)_activation_rows(60)_ -1.0000000010000001
     b(6_1) c_u_svm(1)_activation_rows(61)_ -0.5152670004946065
     b(6_1) c_u_svm(1)_activation_rows(62)_ -1.0000000010000001
     b(6_1) c_u_svm(1)_activation_rows(63)_ -0.23381708257489256
     b(6_1) c_u_svm(1)_activation_rows(64)_ -0.45377849267325071
     b(6_1) c_u_svm(1)_activation_rows(65)_ -0.1468035623793231
     b(6_1) c_u_svm(1)_activation_rows(66)_ -0.28490775148652919
     b(6_1) c_u_svm(1)_activation_rows(67)_ -0.5152670004946065
     b(6_1) c_u_svm(1)_activation_rows(68)_ -1.0000000010000001
     b(6_1) c_u_svm(1)_activation_rows(69)_ -0.5152670004946065
     b(6_1) c_u_svm(1)_activation_rows(70)_ -1.0000000010000001
     b(6_1) c_u_svm(1)_activation_rows(71)_ -0.5152670004946065
     b(6_1) c_u_svm(1)_activation_rows(72)_ -1.0000000010000001
     b(6_1) c_u_svm(1)_activation_rows(73)_ -0.32502555872396877
     b(6_1) c_u_svm(1)_activation_rows(74)_ -0.63079055855896315
     b(6_1) c_u_svm(1)_activation_rows(75)_ -0.5152670004946065
     b(6_1) c_u_svm(1)_activation_rows(76)_ -1.0000000010000001
     b(6_1) c_u_svm(1)_activation_rows(77)_ -0.5152670004946065
     b(6_1) c_u_svm(1)_activation_rows(78)_ -1.0000000010000001
     b(6_1) c_u_svm(1)_activation_rows(79)_ -0.49008308974492448
     b(6_1) c_u_svm(1)_activation_rows(80)_ -0.95112454274109393
     b(6_1) c_u_svm(1)_activation_rows(81)_ -0.5152670004946065
     b(6_1) c_u_svm(1)_activation_rows(82)_ -1.0000000010000001
     b(7_1) objective 1
     b(7_1) c_u_svm(1)_z_ge_alpha_if_pos(7)_ 1.0305339999586789
     b(7_1) c_u_svm(1)_z_le_neg_alpha_if_neg(7)_ -1.0305339999586789
     b(7_1) c_u_svm(1)_w_minus_p_le(7)_ 10.191389087407197
     b(7_1) c_u_svm(1)_w_minus_p_ge(7)_ 10.191389087407197
     b(7_1) c_u_svm(1)_w_plus_p_le(7)_ -10.191389087407197
     b(7_1) c_u_svm(1)_w_plus_p_ge(7)_ -10.191389087407197
     b(7_1) c_u_svm(1)_activation_rows(1)_ -0.5152670004946065
     b(7_1) c_u_svm(1)_activation_rows(2)_ -1.0000000010000001
     b(7_1) c_u_svm(1)_activation_rows(3)_ -0.1982301297721567
     b(7_1) c_u_svm(1)_activation_rows(4)_ -0.38471341999411002
     b(7_1) c_u_svm(1)_activation_rows(5)_ -0.25693139355176081
     b(7_1) c_u_svm(1)_activation_rows(6)_ -0.49863739296726345
     b(7_1) c_u_svm(1)_activation_rows(7)_ -0.5152670004946065
     b(7_1) c_u_svm(1)_activation_rows(8)_ -1.0000000010000001
     b(7_1) c_u_svm(1)_activation_rows(9)_ -0.5152670004946065
     b(7_1) c_u_svm(1)_activation_rows(10)_ -1.0000000010000001
     b(7_1) c_u_svm(1)_activation_rows(11)_ -0.16309506846255303
     b(7_1) c_u_svm(1)_activation_rows(12)_ -0.31652535184495151
     b(7_1) c_u_svm(1)_activation_rows(13)_ -0.5152670004946065
     b(7_1) c_u_svm(1)_activation_rows(14)_ -1.0000000010000001
     b(7_1) c_u_svm(1)_activation_rows(15)_ -0.51526699997933945
     b(7_1) c_u_svm(1)_activation_rows(16)_ -1
     b(7_1) c_u_svm(1)_activation_rows(17)_ 0.51526699997933945
     b(7_1) c_u_svm(1)_activation_rows(18)_ 1
     b(7_1) c_u_svm(1)_activation_rows(19)_ -0.5152670004946065
     b(7_1) c_u_svm(1)_activation_rows(20)_ -1.0000000010000001
     b(7_1) c_u_svm(1)_activation_rows(21)_ -0.18483575790778498
     b(7_1) c_u_svm(1)_activation_rows(22)_ -0.35871840796169036
     b(7_1) c_u_svm(1)_activation_rows(23)_ -0.5152670004946065
     b(7_1) c_u_svm(1)_activation_rows(24)_ -1.0000000010000001
     b(7_1) c_u_svm(1)_activation_rows(25)_ -0.5152670004946065
     b(7_1) c_u_svm(1)_activation_rows(26)_ -1.0000000010000001
     b(7_1) c_u_svm(1)_activation_rows(27)_ -0.16707889545302404
     b(7_1) c_u_svm(1)_activation_rows(28)_ -0.3242569298241948
     b(7_1) c_u_svm(1)_activation_rows(29)_ -0.5152670004946065
     b(7_1) c_u_svm(1)_activation_rows(30)_ -1.0000000010000001
     b(7_1) c_u_svm(1)_activation_rows(31)_ -0.20298781822223722
     b(7_1) c_u_svm(1)_activation_rows(32)_ -0.39394686294751335
     b(7_1) c_u_svm(1)_activation_rows(33)_ -0.5152670004946065
     b(7_1) c_u_svm(1)_activation_rows(34)_ -1.0000000010000001
     b(7_1) c_u_svm(1)_activation_rows(35)_ -0.5152670004946065
     b(7_1) c_u_svm(1)_activation_rows(36)_ -1.0000000010000001
     b(7_1) c_u_svm(1)_activation_rows(37)_ -0.20333734992940017
     b(7_1) c_u_svm(1)_activation_rows(38)_ -0.39462521360295411
     b(7_1) c_u_svm(1)_activation_rows(39)_ -0.5152670004946065
     b(7_1) c_u_svm(1)_activation_rows(40)_ -1.0000000010000001
     b(7_1) c_u_svm(1)_activation_rows(41)_ -0.21872745351683232
     b(7_1) c_u_svm(1)_activation_rows(42)_ -0.42449342481781793
     b(7_1) c_u_svm(1)_activation_rows(43)_ -0.5152670004946065
     b(7_1) c_u_svm(1)_activation_rows(44)_ -1.0000000010000001
     b(7_1) c_u_svm(1)_activation_rows(45)_ -0.17196155326263174
     b(7_1) c_u_svm(1)_activation_rows(46)_ -0.33373290598762745
     b(7_1) c_u_svm(1)_activation_rows(47)_ -0.5152670004946065
     b(7_1) c_u_svm(1)_activation_rows(48)_ -1.0000000010000001
     b(7_1) c_u_svm(1)_activation_rows(49)_ -0.25181817749539431
     b(7_1) c_u_svm(1)_activation_rows(50)_ -0.48871396286874846
     b(7_1) c_u_svm(1)_activation_rows(51)_ -0.5152670004946065
     b(7_1) c_u_svm(1)_activation_rows(52)_ -1.0000000010000001
     b(7_1) c_u_svm(1)_activation_rows(53)_ -0.20323222118555762
     b(7_1) c_u_svm(1)_activation_rows(54)_ -0.39442118589722719
     b(7_1) c_u_svm(1)_activation_rows(55)_ -0.5152670004946065
     b(7_1) c_u_svm(1)_activation_rows(56)_ -1.0000000010000001
     b(7_1) c_u_svm(1)_activation_rows(57)_ -0.22464579508477978
     b(7_1) c_u_svm(1)_activation_rows(58)_ -0.43597939533055163
     b(7_1) c_u_svm(1)_activation_rows(59)_ -0.5152670004946065
     b(7_1) c_u_svm(1)_activation_rows(60)_ -1.0000000010000001
     b(7_1) c_u_svm(1)_activation_rows(61)_ -0.5152670004946065
     b(7_1) c_u_svm(1)_activation_rows(62)_ -1.0000000010000001
     b(7_1) c_u_svm(1)_activation_rows(63)_ -0.090506804912691155
     b(7_1) c_u_svm(1)_activation_rows(64)_ -0.17565030346659147
     b(7_1) c_u_svm(1)_activation_rows(65)_ -0.18515801676939714
     b(7_1) c_u_svm(1)_activation_rows(66)_ -0.35934382907661733
     b(7_1) c_u_svm(1)_activation_rows(67)_ -0.5152670004946065
     b(7_1) c_u_svm(1)_activation_rows(68)_ -1.0000000010000001
     b(7_1) c_u_svm(1)_activation_rows(69)_ -0.39041691331400125
     b(7_1) c_u_svm(1)_activation_rows(70)_ -0.75769826775177862
     b(7_1) c_u_svm(1)_activation_rows(71)_ -0.5152670004946065
     b(7_1) c_u_svm(1)_activation_rows(72)_ -1.0000000010000001
     b(7_1) c_u_svm(1)_activation_rows(73)_ -0.17559490603678612
     b(7_1) c_u_svm(1)_activation_rows(74)_ -0.34078430414489363
     b(7_1) c_u_svm(1)_activation_rows(75)_ -0.46649584113155196
     b(7_1) c_u_svm(1)_activation_rows(76)_ -0.90534779279530209
     b(7_1) c_u_svm(1)_activation_rows(77)_ -0.5152670004946065
     b(7_1) c_u_svm(1)_activation_rows(78)_ -1.0000000010000001
     b(7_1) c_u_svm(1)_activation_rows(79)_ -0.28302807153946191
     b(7_1) c_u_svm(1)_activation_rows(80)_ -0.54928429639548126
     b(7_1) c_u_svm(1)_activation_rows(81)_ -0.35067190905336498
     b(7_1) c_u_svm(1)_activation_rows(82)_ -0.68056349245619419
     b(8_1) objective 1
     b(8_1) c_u_svm(1)_z_ge_alpha_if_pos(8)_ 1.0305339999586789
     b(8_1) c_u_svm(1)_z_le_neg_alpha_if_neg(8)_ -1.0305339999586789
     b(8_1) c_u_svm(1)_w_minus_p_le(8)_ 8.7316503894668074
     b(8_1) c_u_svm(1)_w_minus_p_ge(8)_ 8.7316503894668074
     b(8_1) c_u_svm(1)_w_plus_p_le(8)_ -8.7316503894668074
     b(8_1) c_u_svm(1)_w_plus_p_ge(8)_ -8.7316503894668074
     b(8_1) c_u_svm(1)_activation_rows(1)_ -0.5152670004946065
     b(8_1) c_u_svm(1)_activation_rows(2)_ -1.0000000010000001
     b(8_1) c_u_svm(1)_activation_rows(3)_ -0.2263520321617363
     b(8_1) c_u_svm(1)_activation_rows(4)_ -0.43929076026761327
     b(8_1) c_u_svm(1)_activation_rows(5)_ -0.32718378847216883
     b(8_1) c_u_svm(1)_activation_rows(6)_ -0.63497912438655657
     b(8_1) c_u_svm(1)_activation_rows(7)_ -0.5152670004946065
     b(8_1) c_u_svm(1)_activation_rows(8)_ -1.0000000010000001
     b(8_1) c_u_svm(1)_activation_rows(9)_ -0.5152670004946065
     b(8_1) c_u_svm(1)_activation_rows(10)_ -1.0000000010000001
     b(8_1) c_u_svm(1)_activation_rows(11)_ -0.20245818293495974
     b(8_1) c_u_svm(1)_activation_rows(12)_ -0.39291897781747648
     b(8_1) c_u_svm(1)_activation_rows(13)_ -0.5152670004946065
     b(8_1) c_u_svm(1)_activation_rows(14)_ -1.0000000010000001
     b(8_1) c_u_svm(1)_activation_rows(15)_ -0.5152670004946065
     b(8_1) c_u_svm(1)_activation_rows(16)_ -1.0000000010000001
     b(8_1) c_u_svm(1)_activation_rows(17)_ -0.22089144121298374
     b(8_1) c_u_svm(1)_activation_rows(18)_ -0.42869316533339175
     b(8_1) c_u_svm(1)_activation_rows(19)_ -0.51526699997933945
     b(8_1) c_u_svm(1)_activation_rows(20)_ -1
     b(8_1) c_u_svm(1)_activation_rows(21)_ 0.51526699997933945
     b(8_1) c_u_svm(1)_activation_rows(22)_ 1
     b(8_1) c_u_svm(1)_activation_rows(23)_ -0.5152670004946065
     b(8_1) c_u_svm(1)_activation_rows(24)_ -1.0000000010000001
     b(8_1) c_u_svm(1)_activation_rows(25)_ -0.5152670004946065
     b(8_1) c_u_svm(1)_activation_rows(26)_ -1.0000000010000001
     b(8_1) c_u_svm(1)_activation_rows(27)_ -0.21601826257644424
     b(8_1) c_u_svm(1)_activation_rows(28)_ -0.41923558579359027
     b(8_1) c_u_svm(1)_activation_rows(29)_ -0.5152670004946065
     b(8_1) c_u_svm(1)_activation_rows(30)_ -1.0000000010000001
     b(8_1) c_u_svm(1)_activation_rows(31)_ -0.18124962270984649
     b(8_1) c_u_svm(1)_activation_rows(32)_ -0.35175864690949354
     b(8_1) c_u_svm(1)_activation_rows(33)_ -0.5152670004946065
     b(8_1) c_u_svm(1)_activation_rows(34)_ -1.0000000010000001
     b(8_1) c_u_svm(1)_activation_rows(35)_ -0.5152670004946065
     b(8_1) c_u_svm(1)_activation_rows(36)_ -1.0000000010000001
     b(8_1) c_u_svm(1)_activation_rows(37)_ -0.23703971446881522
     b(8_1) c_u_svm(1)_activation_rows(38)_ -0.46003278781354084
     b(8_1) c_u_svm(1)_activation_rows(39)_ -0.5152670004946065
     b(8_1) c_u_svm(1)_activation_rows(40)_ -1.0000000010000001
     b(8_1) c_u_svm(1)_activation_rows(41)_ -0.23050335904005889
     b(8_1) c_u_svm(1)_activation_rows(42)_ -0.4473474122140586
     b(8_1) c_u_svm(1)_activation_rows(43)_ -0.5152670004946065
     b(8_1) c_u_svm(1)_activation_rows(44)_ -1.0000000010000001
     b(8_1) c_u_svm(1)_activation_rows(45)_ -0.15057723354456329
     b(8_1) c_u_svm(1)_activation_rows(46)_ -0.29223147135485283
     b(8_1) c_u_svm(1)_activation_rows(47)_ -0.5152670004946065
     b(8_1) c_u_svm(1)_activation_rows(48)_ -1.0000000010000001
     b(8_1) c_u_svm(1)_activation_rows(49)_ -0.21940908328517564
     b(8_1) c_u_svm(1)_activation_rows(50)_ -0.42581629193015125
     b(8_1) c_u_svm(1)_activation_rows(51)_ -0.5152670004946065
     b(8_1) c_u_svm(1)_activation_rows(52)_ -1.0000000010000001
     b(8_1) c_u_svm(1)_activation_rows(53)_ -0.1725238882860865
     b(8_1) c_u_svm(1)_activation_rows(54)_ -0.33482425284950162
     b(8_1) c_u_svm(1)_activation_rows(55)_ -0.5152670004946065
     b(8_1) c_u_svm(1)_activation_rows(56)_ -1.0000000010000001
     b(8_1) c_u_svm(1)_activation_rows(57)_ -0.19557120220729018
     b(8_1) c_u_svm(1)_activation_rows(58)_ -0.37955312918376677
     b(8_1) c_u_svm(1)_activation_rows(59)_ -0.5152670004946065
     b(8_1) c_u_svm(1)_activation_rows(60)_ -1.0000000010000001
     b(8_1) c_u_svm(1)_activation_rows(61)_ -0.5152670004946065
     b(8_1) c_u_svm(1)_activation_rows(62)_ -1.0000000010000001
     b(8_1) c_u_svm(1)_activation_rows(63)_ -0.099563005440174934
     b(8_1) c_u_svm(1)_activation_rows(64)_ -0.19322604677607355
     b(8_1) c_u_svm(1)_activation_rows(65)_ -0.084201244256234528
     b(8_1) c_u_svm(1)_activation_rows(66)_ -0.16341284083710139
     b(8_1) c_u_svm(1)_activation_rows(67)_ -0.5152670004946065
     b(8_1) c_u_svm(1)_activation_rows(68)_ -1.0000000010000001
     b(8_1) c_u_svm(1)_activation_rows(69)_ -0.37984889099111363
     b(8_1) c_u_svm(1)_activation_rows(70)_ -0.73718846929134674
     b(8_1) c_u_svm(1)_activation_rows(71)_ -0.5152670004946065
     b(8_1) c_u_svm(1)_activation_rows(72)_ -1.0000000010000001
     b(8_1) c_u_svm(1)_activation_rows(73)_ -0.14445798558889891
     b(8_1) c_u_svm(1)_activation_rows(74)_ -0.28035559349752887
     b(8_1) c_u_svm(1)_activation_rows(75)_ -0.3754001629947249
     b(8_1) c_u_svm(1)_activation_rows(76)_ -0.72855463868203718
     b(8_1) c_u_svm(1)_activation_rows(77)_ -0.5152670004946065
     b(8_1) c_u_svm(1)_activation_rows(78)_ -1.0000000010000001
     b(8_1) c_u_svm(1)_activation_rows(79)_ -0.29421232141673598
     b(8_1) c_u_svm(1)_activation_rows(80)_ -0.57099003318383079
     b(8_1) c_u_svm(1)_activation_rows(81)_ -0.33270478367555695
     b(8_1) c_u_svm(1)_activation_rows(82)_ -0.64569394835861282
     b(9_1) objective 1
     b(9_1) c_u_svm(1)_z_ge_alpha_if_pos(9)_ 1.0305339999586789
     b(9_1) c_u_svm(1)_z_le_neg_alpha_if_neg(9)_ -1.0305339999586789
     b(9_1) c_u_svm(1)_w_minus_p_le(9)_ 10.733549954120093
     b(9_1) c_u_svm(1)_w_minus_p_ge(9)_ 10.733549954120093
     b(9_1) c_u_svm(1)_w_plus_p_le(9)_ -10.733549954120093
     b(9_1) c_u_svm(1)_w_plus_p_ge(9)_ -10.733549954120093
     b(9_1) c_u_svm(1)_activation_rows(1)_ -0.5152670004946065
     b(9_1) c_u_svm(1)_activation_rows(2)_ -1.0000000010000001
     b(9_1) c_u_svm(1)_activation_rows(3)_ -0.39896923378651317
     b(9_1) c_u_svm(1)_activation_rows(4)_ -0.77429611017688027
     b(9_1) c_u_svm(1)_activation_rows(5)_ -0.5152670004946065
     b(9_1) c_u_svm(1)_activation_rows(6)_ -1.0000000010000001
     b(9_1) c_u_svm(1)_activation_rows(7)_ -0.5152670004946065
     b(9_1) c_u_svm(1)_activation_rows(8)_ -1.0000000010000001
     b(9_1) c_u_svm(1)_activation_rows(9)_ -0.5152670004946065
     b(9_1) c_u_svm(1)_activation_rows(10)_ -1.0000000010000001
     b(9_1) c_u_svm(1)_activation_rows(11)_ -0.32940120043172438
     b(9_1) c_u_svm(1)_activation_rows(12)_ -0.63928254758199599
     b(9_1) c_u_svm(1)_activation_rows(13)_ -0.5152670004946065
     b(9_1) c_u_svm(1)_activation_rows(14)_ -1.0000000010000001
     b(9_1) c_u_svm(1)_activation_rows(15)_ -0.5152670004946065
     b(9_1) c_u_svm(1)_activation_rows(16)_ -1.0000000010000001
     b(9_1) c_u_svm(1)_activation_rows(17)_ -0.5152670004946065
     b(9_1) c_u_svm(1)_activation_rows(18)_ -1.0000000010000001
     b(9_1) c_u_svm(1)_activation_rows(19)_ -0.5152670004946065
     b(9_1) c_u_svm(1)_activation_rows(20)_ -1.0000000010000001
     b(9_1) c_u_svm(1)_activation_rows(21)_ -0.37196367546069309
     b(9_1) c_u_svm(1)_activation_rows(22)_ -0.72188530504691284
     b(9_1) c_u_svm(1)_activation_rows(23)_ 0.51526699997933945
     b(9_1) c_u_svm(1)_activation_rows(24)_ 1
     b(9_1) c_u_svm(1)_activation_rows(25)_ -0.5152670004946065
     b(9_1) c_u_svm(1)_activation_rows(26)_ -1.0000000010000001
     b(9_1) c_u_svm(1)_activation_rows(27)_ -0.33749462309455047
     b(9_1) c_u_svm(1)_activation_rows(28)_ -0.65498978802850349
     b(9_1) c_u_svm(1)_activation_rows(29)_ -0.5152670004946065
     b(9_1) c_u_svm(1)_activation_rows(30)_ -1.0000000010000001
     b(9_1) c_u_svm(1)_activation_rows(31)_ -0.41477310038826481
     b(9_1) c_u_svm(1)_activation_rows(32)_ -0.80496732840429508
     b(9_1) c_u_svm(1)_activation_rows(33)_ -0.5152670004946065
     b(9_1) c_u_svm(1)_activation_rows(34)_ -1.0000000010000001
     b(9_1) c_u_svm(1)_activation_rows(35)_ -0.5152670004946065
     b(9_1) c_u_svm(1)_activation_rows(36)_ -1.0000000010000001
     b(9_1) c_u_svm(1)_activation_rows(37)_ -0.40933055725897904
     b(9_1) c_u_svm(1)_activation_rows(38)_ -0.79440475962053048
     b(9_1) c_u_svm(1)_activation_rows(39)_ -0.5152670004946065
     b(9_1) c_u_svm(1)_activation_rows(40)_ -1.0000000010000001
     b(9_1) c_u_svm(1)_activation_rows(41)_ -0.44669606736508427
     b(9_1) c_u_svm(1)_activation_rows(42)_ -0.86692155209434207
     b(9_1) c_u_svm(1)_activation_rows(43)_ -0.5152670004946065
     b(9_1) c_u_svm(1)_activation_rows(44)_ -1.0000000010000001
     b(9_1) c_u_svm(1)_activation_rows(45)_ -0.35439513274611845
     b(9_1) c_u_svm(1)_activation_rows(46)_ -0.68778930682603112
     b(9_1) c_u_svm(1)_activation_rows(47)_ -0.5152670004946065
     b(9_1) c_u_svm(1)_activation_rows(48)_ -1.0000000010000001
     b(9_1) c_u_svm(1)_activation_rows(49)_ -0.5152670004946065
     b(9_1) c_u_svm(1)_activation_rows(50)_ -1.0000000010000001
     b(9_1) c_u_svm(1)_activation_rows(51)_ -0.5152670004946065
     b(9_1) c_u_svm(1)_activation_rows(52)_ -1.0000000010000001
     b(9_1) c_u_svm(1)_activation_rows(53)_ -0.42374136035341675
     b(9_1) c_u_svm(1)_activation_rows(54)_ -0.82237240182353499
     b(9_1) c_u_svm(1)_activation_rows(55)_ -0.5152670004946065
     b(9_1) c_u_svm(1)_activation_rows(56)_ -1.0000000010000001
     b(9_1) c_u_svm(1)_activation_rows(57)_ -0.46455760123793544
     b(9_1) c_u_svm(1)_activation_rows(58)_ -0.90158617038654276
     b(9_1) c_u_svm(1)_activation_rows(59)_ -0.5152670004946065
     b(9_1) c_u_svm(1)_activation_rows(60)_ -1.0000000010000001
     b(9_1) c_u_svm(1)_activation_rows(61)_ -0.5152670004946065
     b(9_1) c_u_svm(1)_activation_rows(62)_ -1.0000000010000001
     b(9_1) c_u_svm(1)_activation_rows(63)_ -0.18518258427674489
     b(9_1) c_u_svm(1)_activation_rows(64)_ -0.35939150825527372
     b(9_1) c_u_svm(1)_activation_rows(65)_ -0.40847517472652783
     b(9_1) c_u_svm(1)_activation_rows(66)_ -0.79274468332516224
     b(9_1) c_u_svm(1)_activation_rows(67)_ -0.5152670004946065
     b(9_1) c_u_svm(1)_activation_rows(68)_ -1.0000000010000001
     b(9_1) c_u_svm(1)_activation_rows(69)_ -0.5152670004946065
     b(9_1) c_u_svm(1)_activation_rows(70)_ -1.0000000010000001
     b(9_1) c_u_svm(1)_activation_rows(71)_ -0.5152670004946065
     b(9_1) c_u_svm(1)_activation_rows(72)_ -1.0000000010000001
     b(9_1) c_u_svm(1)_activation_rows(73)_ -0.36655464047972952
     b(9_1) c_u_svm(1)_activation_rows(74)_ -0.71138776691390515
     b(9_1) c_u_svm(1)_activation_rows(75)_ -0.5152670004946065
     b(9_1) c_u_svm(1)_activation_rows(76)_ -1.0000000010000001
     b(9_1) c_u_svm(1)_activation_rows(77)_ -0.5152670004946065
     b(9_1) c_u_svm(1)_activation_rows(78)_ -1.0000000010000001
     b(9_1) c_u_svm(1)_activation_rows(79)_ -0.5152670004946065
     b(9_1) c_u_svm(1)_activation_rows(80)_ -1.0000000010000001
     b(9_1) c_u_svm(1)_activation_rows(81)_ -0.5152670004946065
     b(9_1) c_u_svm(1)_activation_rows(82)_ -1.0000000010000001
     b(10_1) objective 1
     b(10_1) c_u_svm(1)_z_ge_alpha_if_pos(10)_ 1.0305339999586789
     b(10_1) c_u_svm(1)_z_le_neg_alpha_if_neg(10)_ -1.0305339999586789
     b(10_1) c_u_svm(1)_w_minus_p_le(10)_ 9.0538082121148378
     b(10_1) c_u_svm(1)_w_minus_p_ge(10)_ 9.0538082121148378
     b(10_1) c_u_svm(1)_w_plus_p_le(10)_ -9.0538082121148378
     b(10_1) c_u_svm(1)_w_plus_p_ge(10)_ -9.0538082121148378
     b(10_1) c_u_svm(1)_activation_rows(1)_ -0.5152670004946065
     b(10_1) c_u_svm(1)_activation_rows(2)_ -1.0000000010000001
     b(10_1) c_u_svm(1)_activation_rows(3)_ -0.21146730443751693
     b(10_1) c_u_svm(1)_activation_rows(4)_ -0.41040335291411267
     b(10_1) c_u_svm(1)_activation_rows(5)_ -0.36252405391306747
     b(10_1) c_u_svm(1)_activation_rows(6)_ -0.7035654406892029
     b(10_1) c_u_svm(1)_activation_rows(7)_ -0.5152670004946065
     b(10_1) c_u_svm(1)_activation_rows(8)_ -1.0000000010000001
     b(10_1) c_u_svm(1)_activation_rows(9)_ -0.5152670004946065
     b(10_1) c_u_svm(1)_activation_rows(10)_ -1.0000000010000001
     b(10_1) c_u_svm(1)_activation_rows(11)_ -0.197195451586481
     b(10_1) c_u_svm(1)_activation_rows(12)_ -0.38270537720131098
     b(10_1) c_u_svm(1)_activation_rows(13)_ -0.5152670004946065
     b(10_1) c_u_svm(1)_activation_rows(14)_ -1.0000000010000001
     b(10_1) c_u_svm(1)_activation_rows(15)_ -0.5152670004946065
     b(10_1) c_u_svm(1)_activation_rows(16)_ -1.0000000010000001
     b(10_1) c_u_svm(1)_activation_rows(17)_ -0.19493690765786997
     b(10_1) c_u_svm(1)_activation_rows(18)_ -0.37832212749057542
     b(10_1) c_u_svm(1)_activation_rows(19)_ -0.5152670004946065
     b(10_1) c_u_svm(1)_activation_rows(20)_ -1.0000000010000001
     b(10_1) c_u_svm(1)_activation_rows(21)_ -0.21089682886158598
     b(10_1) c_u_svm(1)_activation_rows(22)_ -0.40929620734501193
     b(10_1) c_u_svm(1)_activation_rows(23)_ -0.5152670004946065
     b(10_1) c_u_svm(1)_activation_rows(24)_ -1.0000000010000001
     b(10_1) c_u_svm(1)_activation_rows(25)_ -0.51526699997933945
     b(10_1) c_u_svm(1)_activation_rows(26)_ -1
     b(10_1) c_u_svm(1)_activation_rows(27)_ 0.51526699997933945
     b(10_1) c_u_svm(1)_activation_rows(28)_ 1
     b(10_1) c_u_svm(1)_activation_rows(29)_ -0.5152670004946065
     b(10_1) c_u_svm(1)_activation_rows(30)_ -1.0000000010000001
     b(10_1) c_u_svm(1)_activation_rows(31)_ -0.16055621367897069
     b(10_1) c_u_svm(1)_activation_rows(32)_ -0.31159809125251275
     b(10_1) c_u_svm(1)_activation_rows(33)_ -0.5152670004946065
     b(10_1) c_u_svm(1)_activation_rows(34)_ -1.0000000010000001
     b(10_1) c_u_svm(1)_activation_rows(35)_ -0.5152670004946065
     b(10_1) c_u_svm(1)_activation_rows(36)_ -1.0000000010000001
     b(10_1) c_u_svm(1)_activation_rows(37)_ -0.21388722970970747
     b(10_1) c_u_svm(1)_activation_rows(38)_ -0.41509980207986086
     b(10_1) c_u_svm(1)_activation_rows(39)_ -0.5152670004946065
     b(10_1) c_u_svm(1)_activation_rows(40)_ -1.0000000010000001
     b(10_1) c_u_svm(1)_activation_rows(41)_ -0.29178867058620384
     b(10_1) c_u_svm(1)_activation_rows(42)_ -0.56628635367276314
     b(10_1) c_u_svm(1)_activation_rows(43)_ -0.5152670004946065
     b(10_1) c_u_svm(1)_activation_rows(44)_ -1.0000000010000001
     b(10_1) c_u_svm(1)_activation_rows(45)_ -0.15815376651034749
     b(10_1) c_u_svm(1)_activation_rows(46)_ -0.30693556256598803
     b(10_1) c_u_svm(1)_activation_rows(47)_ -0.5152670004946065
     b(10_1) c_u_svm(1)_activation_rows(48)_ -1.0000000010000001
     b(10_1) c_u_svm(1)_activation_rows(49)_ -0.21966152360797547
     b(10_1) c_u_svm(1)_activation_rows(50)_ -0.42630621331617047
     b(10_1) c_u_svm(1)_activation_rows(51)_ -0.5152670004946065
     b(10_1) c_u_svm(1)_activation_rows(52)_ -1.0000000010000001
     b(10_1) c_u_svm(1)_activation_rows(53)_ -0.17096629965211937
     b(10_1) c_u_svm(1)_activation_rows(54)_ -0.33180137610010846
     b(10_1) c_u_svm(1)_activation_rows(55)_ -0.5152670004946065
     b(10_1) c_u_svm(1)_activation_rows(56)_ -1.0000000010000001
     b(10_1) c_u_svm(1)_activation_rows(57)_ -0.20808016469121249
     b(10_1) c_u_svm(1)_activation_rows(58)_ -0.4038297905737333
     b(10_1) c_u_svm(1)_activation_rows(59)_ -0.5152670004946065
     b(10_1) c_u_svm(1)_activation_rows(60)_ -1.0000000010000001
     b(10_1) c_u_svm(1)_activation_rows(61)_ -0.5152670004946065
     b(10_1) c_u_svm(1)_activation_rows(62)_ -1.0000000010000001
     b(10_1) c_u_svm(1)_activation_rows(63)_ -0.094154660271421692
     b(10_1) c_u_svm(1)_activation_rows(64)_ -0.18272984739018217
     b(10_1) c_u_svm(1)_activation_rows(65)_ -0.11800814388444293
     b(10_1) c_u_svm(1)_activation_rows(66)_ -0.22902329062248247
     b(10_1) c_u_svm(1)_activation_rows(67)_ -0.5152670004946065
     b(10_1) c_u_svm(1)_activation_rows(68)_ -1.0000000010000001
     b(10_1) c_u_svm(1)_activation_rows(69)_ -0.37483940225215062
     b(10_1) c_u_svm(1)_activation_rows(70)_ -0.72746634709224633
     b(10_1) c_u_svm(1)_activation_rows(71)_ -0.5152670004946065
     b(10_1) c_u_svm(1)_activation_rows(72)_ -1.0000000010000001
     b(10_1) c_u_svm(1)_activation_rows(73)_ -0.15206098713184332
     b(10_1) c_u_svm(1)_activation_rows(74)_ -0.29511105337221377
     b(10_1) c_u_svm(1)_activation_rows(75)_ -0.39619416143931346
     b(10_1) c_u_svm(1)_activation_rows(76)_ -0.76891041237882418
     b(10_1) c_u_svm(1)_activation_rows(77)_ -0.5152670004946065
     b(10_1) c_u_svm(1)_activation_rows(78)_ -1.0000000010000001
     b(10_1) c_u_svm(1)_activation_rows(79)_ -0.30506852172957322
     b(10_1) c_u_svm(1)_activation_rows(80)_ -0.59205911060053429
     b(10_1) c_u_svm(1)_activation_rows(81)_ -0.34903874741424723
     b(10_1) c_u_svm(1)_activation_rows(82)_ -0.6773939480468234
     b(11_1) objective 1
     b(11_1) c_u_svm(1)_z_ge_alpha_if_pos(11)_ 1.0305339999586789
     b(11_1) c_u_svm(1)_z_le_neg_alpha_if_neg(11)_ -1.0305339999586789
     b(11_1) c_u_svm(1)_w_minus_p_le(11)_ 8.9701378710416453
     b(11_1) c_u_svm(1)_w_minus_p_ge(11)_ 8.9701378710416453
     b(11_1) c_u_svm(1)_w_plus_p_le(11)_ -8.9701378710416453
     b(11_1) c_u_svm(1)_w_plus_p_ge(11)_ -8.9701378710416453
     b(11_1) c_u_svm(1)_activation_rows(1)_ -0.5152670004946065
     b(11_1) c_u_svm(1)_activation_rows(2)_ -1.0000000010000001
     b(11_1) c_u_svm(1)_activation_rows(3)_ -0.20912059170167446
     b(11_1) c_u_svm(1)_activation_rows(4)_ -0.40584899034880856
     b(11_1) c_u_svm(1)_activation_rows(5)_ -0.26382184633535838
     b(11_1) c_u_svm(1)_activation_rows(6)_ -0.51200997996366304
     b(11_1) c_u_svm(1)_activation_rows(7)_ -0.5152670004946065
     b(11_1) c_u_svm(1)_activation_rows(8)_ -1.0000000010000001
     b(11_1) c_u_svm(1)_activation_rows(9)_ -0.5152670004946065
     b(11_1) c_u_svm(1)_activation_rows(10)_ -1.0000000010000001
     b(11_1) c_u_svm(1)_activation_rows(11)_ -0.19075283162695328
     b(11_1) c_u_svm(1)_activation_rows(12)_ -0.37020191790780677
     b(11_1) c_u_svm(1)_activation_rows(13)_ -0.5152670004946065
     b(11_1) c_u_svm(1)_activation_rows(14)_ -1.0000000010000001
     b(11_1) c_u_svm(1)_activation_rows(15)_ -0.5152670004946065
     b(11_1) c_u_svm(1)_activation_rows(16)_ -1.0000000010000001
     b(11_1) c_u_svm(1)_activation_rows(17)_ -0.25437784045756873
     b(11_1) c_u_svm(1)_activation_rows(18)_ -0.49368160675488332
     b(11_1) c_u_svm(1)_activation_rows(19)_ -0.5152670004946065
     b(11_1) c_u_svm(1)_activation_rows(20)_ -1.0000000010000001
     b(11_1) c_u_svm(1)_activation_rows(21)_ -0.19006122123035776
     b(11_1) c_u_svm(1)_activation_rows(22)_ -0.36885968097700533
     b(11_1) c_u_svm(1)_activation_rows(23)_ -0.5152670004946065
     b(11_1) c_u_svm(1)_activation_rows(24)_ -1.0000000010000001
     b(11_1) c_u_svm(1)_activation_rows(25)_ -0.5152670004946065
     b(11_1) c_u_svm(1)_activation_rows(26)_ -1.0000000010000001
     b(11_1) c_u_svm(1)_activation_rows(27)_ -0.17245029487407651
     b(11_1) c_u_svm(1)_activation_rows(28)_ -0.33468142706789145
     b(11_1) c_u_svm(1)_activation_rows(29)_ -0.51526699997933945
     b(11_1) c_u_svm(1)_activation_rows(30)_ -1
     b(11_1) c_u_svm(1)_activation_rows(31)_ 0.51526699997933945
     b(11_1) c_u_svm(1)_activation_rows(32)_ 1
     b(11_1) c_u_svm(1)_activation_rows(33)_ -0.5152670004946065
     b(11_1) c_u_svm(1)_activation_rows(34)_ -1.0000000010000001
     b(11_1) c_u_svm(1)_activation_rows(35)_ -0.5152670004946065
     b(11_1) c_u_svm(1)_activation_rows(36)_ -1.0000000010000001
     b(11_1) c_u_svm(1)_activation_rows(37)_ -0.21417975662211625
     b(11_1) c_u_svm(1)_activation_rows(38)_ -0.41566752117000344
     b(11_1) c_u_svm(1)_activation_rows(39)_ -0.5152670004946065
     b(11_1) c_u_svm(1)_activation_rows(40)_ -1.0000000010000001
     b(11_1) c_u_svm(1)_activation_rows(41)_ -0.21647070796926998
     b(11_1) c_u_svm(1)_activation_rows(42)_ -0.42011366529964028
     b(11_1) c_u_svm(1)_activation_rows(43)_ -0.5152670004946065
     b(11_1) c_u_svm(1)_activation_rows(44)_ -1.0000000010000001
     b(11_1) c_u_svm(1)_activation_rows(45)_ -0.1572157903423477
     b(11_1) c_u_svm(1)_activation_rows(46)_ -0.30511519338255999
     b(11_1) c_u_svm(1)_activation_rows(47)_ -0.5152670004946065
     b(11_1) c_u_svm(1)_activation_rows(48)_ -1.0000000010000001
     b(11_1) c_u_svm(1)_activation_rows(49)_ -0.2321200623620818
     b(11_1) c_u_svm(1)_activation_rows(50)_ -0.45048501528603435
     b(11_1) c_u_svm(1)_activation_rows(51)_ -0.5152670004946065
     b(11_1) c_u_svm(1)_activation_rows(52)_ -1.0000000010000001
     b(11_1) c_u_svm(1)_activation_rows(53)_ -0.18751911587649667
     b(11_1) c_u_svm(1)_activation_rows(54)_ -0.36392611186824614
     b(11_1) c_u_svm(1)_activation_rows(55)_ -0.5152670004946065
     b(11_1) c_u_svm(1)_activation_rows(56)_ -1.0000000010000001
     b(11_1) c_u_svm(1)_activation_rows(57)_ -0.20107586454377396
     b(11_1) c_u_svm(1)_activation_rows(58)_ -0.39023625528480665
     b(11_1) c_u_svm(1)_activation_rows(59)_ -0.5152670004946065
     b(11_1) c_u_svm(1)_activation_rows(60)_ -1.0000000010000001
     b(11_1) c_u_svm(1)_activation_rows(61)_ -0.5152670004946065
     b(11_1) c_u_svm(1)_activation_rows(62)_ -1.0000000010000001
     b(11_1) c_u_svm(1)_activation_rows(63)_ -0.095070901073343053
     b(11_1) c_u_svm(1)_activation_rows(64)_ -0.18450803384877179
     b(11_1) c_u_svm(1)_activation_rows(65)_ -0.11087889061601838
     b(11_1) c_u_svm(1)_activation_rows(66)_ -0.2151872536383356
     b(11_1) c_u_svm(1)_activation_rows(67)_ -0.5152670004946065
     b(11_1) c_u_svm(1)_activation_rows(68)_ -1.0000000010000001
     b(11_1) c_u_svm(1)_activation_rows(69)_ -0.39958360664912657
     b(11_1) c_u_svm(1)_activation_rows(70)_ -0.77548844902768577
     b(11_1) c_u_svm(1)_activation_rows(71)_ -0.5152670004946065
     b(11_1) c_u_svm(1)_activation_rows(72)_ -1.0000000010000001
     b(11_1) c_u_svm(1)_activation_rows(73)_ -0.15581118168866784
     b(11_1) c_u_svm(1)_activation_rows(74)_ -0.30238921121460399
     b(11_1) c_u_svm(1)_activation_rows(75)_ -0.38871797938492147
     b(11_1) c_u_svm(1)_activation_rows(76)_ -0.75440107633616715
     b(11_1) c_u_svm(1)_activation_rows(77)_ -0.5152670004946065
     b(11_1) c_u_svm(1)_activation_rows(78)_ -1.0000000010000001
     b(11_1) c_u_svm(1)_activation_rows(79)_ -0.27917586170221992
     b(11_1) c_u_svm(1)_activation_rows(80)_ -0.54180815327473708
     b(11_1) c_u_svm(1)_activation_rows(81)_ -0.33060678114371106
     b(11_1) c_u_svm(1)_activation_rows(82)_ -0.64162226798333166
     b(12_1) objective 1
     b(12_1) c_u_svm(1)_z_ge_alpha_if_pos(12)_ 1.0305339999586789
     b(12_1) c_u_svm(1)_z_le_neg_alpha_if_neg(12)_ -1.0305339999586789
     b(12_1) c_u_svm(1)_w_minus_p_le(12)_ 10.357989077180372
     b(12_1) c_u_svm(1)_w_minus_p_ge(12)_ 10.357989077180372
     b(12_1) c_u_svm(1)_w_plus_p_le(12)_ -10.357989077180372
     b(12_1) c_u_svm(1)_w_plus_p_ge(12)_ -10.357989077180372
     b(12_1) c_u_svm(1)_activation_rows(1)_ -0.5152670004946065
     b(12_1) c_u_svm(1)_activation_rows(2)_ -1.0000000010000001
     b(12_1) c_u_svm(1)_activation_rows(3)_ -0.39476418282928338
     b(12_1) c_u_svm(1)_activation_rows(4)_ -0.76613519368620964
     b(12_1) c_u_svm(1)_activation_rows(5)_ -0.5152670004946065
     b(12_1) c_u_svm(1)_activation_rows(6)_ -1.0000000010000001
     b(12_1) c_u_svm(1)_activation_rows(7)_ -0.5152670004946065
     b(12_1) c_u_svm(1)_activation_rows(8)_ -1.0000000010000001
     b(12_1) c_u_svm(1)_activation_rows(9)_ -0.5152670004946065
     b(12_1) c_u_svm(1)_activation_rows(10)_ -1.0000000010000001
     b(12_1) c_u_svm(1)_activation_rows(11)_ -0.32059893320644461
     b(12_1) c_u_svm(1)_activation_rows(12)_ -0.62219962314547528
     b(12_1) c_u_svm(1)_activation_rows(13)_ -0.5152670004946065
     b(12_1) c_u_svm(1)_activation_rows(14)_ -1.0000000010000001
     b(12_1) c_u_svm(1)_activation_rows(15)_ -0.5152670004946065
     b(12_1) c_u_svm(1)_activation_rows(16)_ -1.0000000010000001
     b(12_1) c_u_svm(1)_activation_rows(17)_ -0.5152670004946065
     b(12_1) c_u_svm(1)_activation_rows(18)_ -1.0000000010000001
     b(12_1) c_u_svm(1)_activation_rows(19)_ -0.5152670004946065
     b(12_1) c_u_svm(1)_activation_rows(20)_ -1.0000000010000001
     b(12_1) c_u_svm(1)_activation_rows(21)_ -0.3685811753718149
     b(12_1) c_u_svm(1)_activation_rows(22)_ -0.71532074708179216
     b(12_1) c_u_svm(1)_activation_rows(23)_ -0.5152670004946065
     b(12_1) c_u_svm(1)_activation_rows(24)_ -1.0000000010000001
     b(12_1) c_u_svm(1)_activation_rows(25)_ -0.5152670004946065
     b(12_1) c_u_svm(1)_activation_rows(26)_ -1.0000000010000001
     b(12_1) c_u_svm(1)_activation_rows(27)_ -0.34747449248453488
     b(12_1) c_u_svm(1)_activation_rows(28)_ -0.67435813374127873
     b(12_1) c_u_svm(1)_activation_rows(29)_ -0.5152670004946065
     b(12_1) c_u_svm(1)_activation_rows(30)_ -1.0000000010000001
     b(12_1) c_u_svm(1)_activation_rows(31)_ -0.39003186418305863
     b(12_1) c_u_svm(1)_activation_rows(32)_ -0.75695098696151253
     b(12_1) c_u_svm(1)_activation_rows(33)_ 0.51526699997933945
     b(12_1) c_u_svm(1)_activation_rows(34)_ 1
     b(12_1) c_u_svm(1)_activation_rows(35)_ -0.5152670004946065
     b(12_1) c_u_svm(1)_activation_rows(36)_ -1.0000000010000001
     b(12_1) c_u_svm(1)_activation_rows(37)_ -0.40173846366966104
     b(12_1) c_u_svm(1)_activation_rows(38)_ -0.77967046926306061
     b(12_1) c_u_svm(1)_activation_rows(39)_ -0.5152670004946065
     b(12_1) c_u_svm(1)_activation_rows(40)_ -1.0000000010000001
     b(12_1) c_u_svm(1)_activation_rows(41)_ -0.46265244972521291
     b(12_1) c_u_svm(1)_activation_rows(42)_ -0.89788876396851303
     b(12_1) c_u_svm(1)_activation_rows(43)_ -0.5152670004946065
     b(12_1) c_u_svm(1)_activation_rows(44)_ -1.0000000010000001
     b(12_1) c_u_svm(1)_activation_rows(45)_ -0.35355189662593794
     b(12_1) c_u_svm(1)_activation_rows(46)_ -0.68615280357584363
     b(12_1) c_u_svm(1)_activation_rows(47)_ -0.5152670004946065
     b(12_1) c_u_svm(1)_activation_rows(48)_ -1.0000000010000001
     b(12_1) c_u_svm(1)_activation_rows(49)_ -0.50232924151766156
     b(12_1) c_u_svm(1)_activation_rows(50)_ -0.97489115650294567
     b(12_1) c_u_svm(1)_activation_rows(51)_ -0.5152670004946065
     b(12_1) c_u_svm(1)_activation_rows(52)_ -1.0000000010000001
     b(12_1) c_u_svm(1)_activation_rows(53)_ -0.40921083661355384
     b(12_1) c_u_svm(1)_activation_rows(54)_ -0.79417241280726669
     b(12_1) c_u_svm(1)_activation_rows(55)_ -0.5152670004946065
     b(12_1) c_u_svm(1)_activation_rows(56)_ -1.0000000010000001
     b(12_1) c_u_svm(1)_activation_rows(57)_ -0.46657456091609978
     b(12_1) c_u_svm(1)_activation_rows(58)_ -0.90550056754033914
     b(12_1) c_u_svm(1)_activation_rows(59)_ -0.5152670004946065
     b(12_1) c_u_svm(1)_activation_rows(60)_ -1.0000000010000001
     b(12_1) c_u_svm(1)_activation_rows(61)_ -0.5152670004946065
     b(12_1) c_u_svm(1)_activation_rows(62)_ -1.0000000010000001
     b(12_1) c_u_svm(1)_activation_rows(63)_ -0.17710304970938159
     b(12_1) c_u_svm(1)_activation_rows(64)_ -0.34371122101062723
     b(12_1) c_u_svm(1)_activation_rows(65)_ -0.39959188363498205
     b(12_1) c_u_svm(1)_activation_rows(66)_ -0.77550451251682018
     b(12_1) c_u_svm(1)_activation_rows(67)_ -0.5152670004946065
     b(12_1) c_u_svm(1)_activation_rows(68)_ -1.0000000010000001
     b(12_1) c_u_svm(1)_activation_rows(69)_ -0.5152670004946065
     b(12_1) c_u_svm(1)_activation_rows(70)_ -1.0000000010000001
     b(12_1) c_u_svm(1)_activation_rows(71)_ -0.5152670004946065
     b(12_1) c_u_svm(1)_activation_rows(72)_ -1.0000000010000001
     b(12_1) c_u_svm(1)_activation_rows(73)_ -0.35989446268658676
     b(12_1) c_u_svm(1)_activation_rows(74)_ -0.69846208412535127
     b(12_1) c_u_svm(1)_activation_rows(75)_ -0.5152670004946065
     b(12_1) c_u_svm(1)_activation_rows(76)_ -1.0000000010000001
     b(12_1) c_u_svm(1)_activation_rows(77)_ -0.5152670004946065
     b(12_1) c_u_svm(1)_activation_rows(78)_ -1.0000000010000001
     b(12_1) c_u_svm(1)_activation_rows(79)_ -0.5152670004946065
     b(12_1) c_u_svm(1)_activation_rows(80)_ -1.0000000010000001
     b(12_1) c_u_svm(1)_activation_rows(81)_ -0.5152670004946065
     b(12_1) c_u_svm(1)_activation_rows(82)_ -1.0000000010000001
     b(13_1) objective 1
     b(13_1) c_u_svm(1)_z_ge_alpha_if_pos(13)_ 1.0305339999586789
     b(13_1) c_u_svm(1)_z_le_neg_alpha_if_neg(13)_ -1.0305339999586789
     b(13_1) c_u_svm(1)_w_minus_p_le(13)_ 9.512875207423388
     b(13_1) c_u_svm(1)_w_minus_p_ge(13)_ 9.512875207423388
     b(13_1) c_u_svm(1)_w_plus_p_le(13)_ -9.512875207423388
     b(13_1) c_u_svm(1)_w_plus_p_ge(13)_ -9.512875207423388
     b(13_1) c_u_svm(1)_activation_rows(1)_ -0.5152670004946065
     b(13_1) c_u_svm(1)_activation_rows(2)_ -1.0000000010000001
     b(13_1) c_u_svm(1)_activation_rows(3)_ -0.25319907844196127
     b(13_1) c_u_svm(1)_activation_rows(4)_ -0.49139393450796143
     b(13_1) c_u_svm(1)_activation_rows(5)_ -0.33948800668671131
     b(13_1) c_u_svm(1)_activation_rows(6)_ -0.65885843009609324
     b(13_1) c_u_svm(1)_activation_rows(7)_ -0.5152670004946065
     b(13_1) c_u_svm(1)_activation_rows(8)_ -1.0000000010000001
     b(13_1) c_u_svm(1)_activation_rows(9)_ -0.5152670004946065
     b(13_1) c_u_svm(1)_activation_rows(10)_ -1.0000000010000001
     b(13_1) c_u_svm(1)_activation_rows(11)_ -0.21913742037942027
     b(13_1) c_u_svm(1)_activation_rows(12)_ -0.42528906448153475
     b(13_1) c_u_svm(1)_activation_rows(13)_ -0.5152670004946065
     b(13_1) c_u_svm(1)_activation_rows(14)_ -1.0000000010000001
     b(13_1) c_u_svm(1)_activation_rows(15)_ -0.5152670004946065
     b(13_1) c_u_svm(1)_activation_rows(16)_ -1.0000000010000001
     b(13_1) c_u_svm(1)_activation_rows(17)_ -0.25136157770729484
     b(13_1) c_u_svm(1)_activation_rows(18)_ -0.48782782075579001
     b(13_1) c_u_svm(1)_activation_rows(19)_ -0.5152670004946065
     b(13_1) c_u_svm(1)_activation_rows(20)_ -1.0000000010000001
     b(13_1) c_u_svm(1)_activation_rows(21)_ -0.24519406495932697
     b(13_1) c_u_svm(1)_activation_rows(22)_ -0.47585827341777848
     b(13_1) c_u_svm(1)_activation_rows(23)_ -0.5152670004946065
     b(13_1) c_u_svm(1)_activation_rows(24)_ -1.0000000010000001
     b(13_1) c_u_svm(1)_activation_rows(25)_ -0.5152670004946065
     b(13_1) c_u_svm(1)_activation_rows(26)_ -1.0000000010000001
     b(13_1) c_u_svm(1)_activation_rows(27)_ -0.2266178490013484
     b(13_1) c_u_svm(1)_activation_rows(28)_ -0.43980664201362607
     b(13_1) c_u_svm(1)_activation_rows(29)_ -0.5152670004946065
     b(13_1) c_u_svm(1)_activation_rows(30)_ -1.0000000010000001
     b(13_1) c_u_svm(1)_activation_rows(31)_ -0.21127633510695101
     b(13_1) c_u_svm(1)_activation_rows(32)_ -0.41003273082775049
     b(13_1) c_u_svm(1)_activation_rows(33)_ -0.5152670004946065
     b(13_1) c_u_svm(1)_activation_rows(34)_ -1.0000000010000001
     b(13_1) c_u_svm(1)_activation_rows(35)_ -0.51526699997933945
     b(13_1) c_u_svm(1)_activation_rows(36)_ -1
     b(13_1) c_u_svm(1)_activation_rows(37)_ 0.51526699997933945
     b(13_1) c_u_svm(1)_activation_rows(38)_ 1
     b(13_1) c_u_svm(1)_activation_rows(39)_ -0.5152670004946065
     b(13_1) c_u_svm(1)_activation_rows(40)_ -1.0000000010000001
     b(13_1) c_u_svm(1)_activation_rows(41)_ -0.24807374644640043
     b(13_1) c_u_svm(1)_activation_rows(42)_ -0.48144699050462653
     b(13_1) c_u_svm(1)_activation_rows(43)_ -0.5152670004946065
     b(13_1) c_u_svm(1)_activation_rows(44)_ -1.0000000010000001
     b(13_1) c_u_svm(1)_activation_rows(45)_ -0.1657860704783212
     b(13_1) c_u_svm(1)_activation_rows(46)_ -0.32174789087010947
     b(13_1) c_u_svm(1)_activation_rows(47)_ -0.5152670004946065
     b(13_1) c_u_svm(1)_activation_rows(48)_ -1.0000000010000001
     b(13_1) c_u_svm(1)_activation_rows(49)_ -0.24101304032727186
     b(13_1) c_u_svm(1)_activation_rows(50)_ -0.46774398581111482
     b(13_1) c_u_svm(1)_activation_rows(51)_ -0.5152670004946065
     b(13_1) c_u_svm(1)_activation_rows(52)_ -1.0000000010000001
     b(13_1) c_u_svm(1)_activation_rows(53)_ -0.19025494624560177
     b(13_1) c_u_svm(1)_activation_rows(54)_ -0.36923565113471341
     b(13_1) c_u_svm(1)_activation_rows(55)_ -0.5152670004946065
     b(13_1) c_u_svm(1)_activation_rows(56)_ -1.0000000010000001
     b(13_1) c_u_svm(1)_activation_rows(57)_ -0.21373737012659511
     b(13_1) c_u_svm(1)_activation_rows(58)_ -0.41480896338241202
     b(13_1) c_u_svm(1)_activation_rows(59)_ -0.5152670004946065
     b(13_1) c_u_svm(1)_activation_rows(60)_ -1.0000000010000001
     b(13_1) c_u_svm(1)_activation_rows(61)_ -0.5152670004946065
     b(13_1) c_u_svm(1)_activation_rows(62)_ -1.0000000010000001
     b(13_1) c_u_svm(1)_activation_rows(63)_ -0.10553431290019208
     b(13_1) c_u_svm(1)_activation_rows(64)_ -0.20481481038844651
     b(13_1) c_u_svm(1)_activation_rows(65)_ -0.10166187635136902
     b(13_1) c_u_svm(1)_activation_rows(66)_ -0.19729941245110852
     b(13_1) c_u_svm(1)_activation_rows(67)_ -0.5152670004946065
     b(13_1) c_u_svm(1)_activation_rows(68)_ -1.0000000010000001
     b(13_1) c_u_svm(1)_activation_rows(69)_ -0.42148759918550793
     b(13_1) c_u_svm(1)_activation_rows(70)_ -0.81799843421451057
     b(13_1) c_u_svm(1)_activation_rows(71)_ -0.5152670004946065
     b(13_1) c_u_svm(1)_activation_rows(72)_ -1.0000000010000001
     b(13_1) c_u_svm(1)_activation_rows(73)_ -0.16029397904551568
     b(13_1) c_u_svm(1)_activation_rows(74)_ -0.31108916164229994
     b(13_1) c_u_svm(1)_activation_rows(75)_ -0.413538448142102
     b(13_1) c_u_svm(1)_activation_rows(76)_ -0.80257118767296098
     b(13_1) c_u_svm(1)_activation_rows(77)_ -0.5152670004946065
     b(13_1) c_u_svm(1)_activation_rows(78)_ -1.0000000010000001
     b(13_1) c_u_svm(1)_activation_rows(79)_ -0.32026008731084776
     b(13_1) c_u_svm(1)_activation_rows(80)_ -0.62154201088695604
     b(13_1) c_u_svm(1)_activation_rows(81)_ -0.36320666907952631
     b(13_1) c_u_svm(1)_activation_rows(82)_ -0.70489022020445657
     b(14_1) objective 1
     b(14_1) c_u_svm(1)_z_ge_alpha_if_pos(14)_ 1.0305339999586789
     b(14_1) c_u_svm(1)_z_le_neg_alpha_if_neg(14)_ -1.0305339999586789
     b(14_1) c_u_svm(1)_w_minus_p_le(14)_ 10.84520050418274
     b(14_1) c_u_svm(1)_w_minus_p_ge(14)_ 10.84520050418274
     b(14_1) c_u_svm(1)_w_plus_p_le(14)_ -10.84520050418274
     b(14_1) c_u_svm(1)_w_plus_p_ge(14)_ -10.84520050418274
     b(14_1) c_u_svm(1)_activation_rows(1)_ -0.5152670004946065
     b(14_1) c_u_svm(1)_activation_rows(2)_ -1.0000000010000001
     b(14_1) c_u_svm(1)_activation_rows(3)_ -0.21306364195611396
     b(14_1) c_u_svm(1)_activation_rows(4)_ -0.41350143122819261
     b(14_1) c_u_svm(1)_activation_rows(5)_ -0.37718625374173603
     b(14_1) c_u_svm(1)_activation_rows(6)_ -0.73202097894268403
     b(14_1) c_u_svm(1)_activation_rows(7)_ -0.5152670004946065
     b(14_1) c_u_svm(1)_activation_rows(8)_ -1.0000000010000001
     b(14_1) c_u_svm(1)_activation_rows(9)_ -0.5152670004946065
     b(14_1) c_u_svm(1)_activation_rows(10)_ -1.0000000010000001
     b(14_1) c_u_svm(1)_activation_rows(11)_ -0.20366076558231236
     b(14_1) c_u_svm(1)_activation_rows(12)_ -0.39525287975065065
     b(14_1) c_u_svm(1)_activation_rows(13)_ -0.5152670004946065
     b(14_1) c_u_svm(1)_activation_rows(14)_ -1.0000000010000001
     b(14_1) c_u_svm(1)_activation_rows(15)_ -0.5152670004946065
     b(14_1) c_u_svm(1)_activation_rows(16)_ -1.0000000010000001
     b(14_1) c_u_svm(1)_activation_rows(17)_ -0.22800231411272467
     b(14_1) c_u_svm(1)_activation_rows(18)_ -0.44249353077504833
     b(14_1) c_u_svm(1)_activation_rows(19)_ -0.5152670004946065
     b(14_1) c_u_svm(1)_activation_rows(20)_ -1.0000000010000001
     b(14_1) c_u_svm(1)_activation_rows(21)_ -0.20105751963620938
     b(14_1) c_u_svm(1)_activation_rows(22)_ -0.39020065256317821
     b(14_1) c_u_svm(1)_activation_rows(23)_ -0.5152670004946065
     b(14_1) c_u_svm(1)_activation_rows(24)_ -1.0000000010000001
     b(14_1) c_u_svm(1)_activation_rows(25)_ -0.5152670004946065
     b(14_1) c_u_svm(1)_activation_rows(26)_ -1.0000000010000001
     b(14_1) c_u_svm(1)_activation_rows(27)_ -0.2606945226604887
     b(14_1) c_u_svm(1)_activation_rows(28)_ -0.50594065343005024
     b(14_1) c_u_svm(1)_activation_rows(29)_ -0.5152670004946065
     b(14_1) c_u_svm(1)_activation_rows(30)_ -1.0000000010000001
     b(14_1) c_u_svm(1)_activation_rows(31)_ -0.18006354464351679
     b(14_1) c_u_svm(1)_activation_rows(32)_ -0.34945677610003506
     b(14_1) c_u_svm(1)_activation_rows(33)_ -0.5152670004946065
     b(14_1) c_u_svm(1)_activation_rows(34)_ -1.0000000010000001
     b(14_1) c_u_svm(1)_activation_rows(35)_ -0.5152670004946065
     b(14_1) c_u_svm(1)_activation_rows(36)_ -1.0000000010000001
     b(14_1) c_u_svm(1)_activation_rows(37)_ -0.20918716254067218
     b(14_1) c_u_svm(1)_activation_rows(38)_ -0.4059781871322245
     b(14_1) c_u_svm(1)_activation_rows(39)_ -0.51526699997933945
     b(14_1) c_u_svm(1)_activation_rows(40)_ -1
     b(14_1) c_u_svm(1)_activation_rows(41)_ 0.51526699997933945
     b(14_1) c_u_svm(1)_activation_rows(42)_ 1
     b(14_1) c_u_svm(1)_activation_rows(43)_ -0.5152670004946065
     b(14_1) c_u_svm(1)_activation_rows(44)_ -1.0000000010000001
     b(14_1) c_u_svm(1)_activation_rows(45)_ -0.19149261264666781
     b(14_1) c_u_svm(1)_activation_rows(46)_ -0.37163764156126056
     b(14_1) c_u_svm(1)_activation_rows(47)_ -0.5152670004946065
     b(14_1) c_u_svm(1)_activation_rows(48)_ -1.0000000010000001
     b(14_1) c_u_svm(1)_activation_rows(49)_ -0.26926471223867782
     b(14_1) c_u_svm(1)_activation_rows(50)_ -0.52257317516835833
     b(14_1) c_u_svm(1)_activation_rows(51)_ -0.5152670004946065
     b(14_1) c_u_svm(1)_activation_rows(52)_ -1.0000000010000001
     b(14_1) c_u_svm(1)_activation_rows(53)_ -0.20815262004678445
     b(14_1) c_u_svm(1)_activation_rows(54)_ -0.4039704076820963
     b(14_1) c_u_svm(1)_activation_rows(55)_ -0.5152670004946065
     b(14_1) c_u_svm(1)_activation_rows(56)_ -1.0000000010000001
     b(14_1) c_u_svm(1)_activation_rows(57)_ -0.25149488228535916
     b(14_1) c_u_svm(1)_activation_rows(58)_ -0.48808653046952999
     b(14_1) c_u_svm(1)_activation_rows(59)_ -0.5152670004946065
     b(14_1) c_u_svm(1)_activation_rows(60)_ -1.0000000010000001
     b(14_1) c_u_svm(1)_activation_rows(61)_ -0.5152670004946065
     b(14_1) c_u_svm(1)_activation_rows(62)_ -1.0000000010000001
     b(14_1) c_u_svm(1)_activation_rows(63)_ -0.098200500498687046
     b(14_1) c_u_svm(1)_activation_rows(64)_ -0.19058177702555096
     b(14_1) c_u_svm(1)_activation_rows(65)_ -0.19065634973504844
     b(14_1) c_u_svm(1)_activation_rows(66)_ -0.37001467150563327
     b(14_1) c_u_svm(1)_activation_rows(67)_ -0.5152670004946065
     b(14_1) c_u_svm(1)_activation_rows(68)_ -1.0000000010000001
     b(14_1) c_u_svm(1)_activation_rows(69)_ -0.42715225327178546
     b(14_1) c_u_svm(1)_activation_rows(70)_ -0.82899206292837091
     b(14_1) c_u_svm(1)_activation_rows(71)_ -0.5152670004946065
     b(14_1) c_u_svm(1)_activation_rows(72)_ -1.0000000010000001
     b(14_1) c_u_svm(1)_activation_rows(73)_ -0.19214105435114875
     b(14_1) c_u_svm(1)_activation_rows(74)_ -0.37289609922400035
     b(14_1) c_u_svm(1)_activation_rows(75)_ -0.49611587731197726
     b(14_1) c_u_svm(1)_activation_rows(76)_ -0.962832623342597
     b(14_1) c_u_svm(1)_activation_rows(77)_ -0.5152670004946065
     b(14_1) c_u_svm(1)_activation_rows(78)_ -1.0000000010000001
     b(14_1) c_u_svm(1)_activation_rows(79)_ -0.34179156790522891
     b(14_1) c_u_svm(1)_activation_rows(80)_ -0.66332904672516124
     b(14_1) c_u_svm(1)_activation_rows(81)_ -0.41611445900908689
     b(14_1) c_u_svm(1)_activation_rows(82)_ -0.80757055861479921
     b(15_1) objective -1
     b(15_1) c_u_svm(1)_z_ge_alpha_if_pos(15)_ 1.0305339999586789
     b(15_1) c_u_svm(1)_z_le_neg_alpha_if_neg(15)_ -1.0305339999586789
     b(15_1) c_u_svm(1)_w_minus_p_le(15)_ 10.448865432840092
     b(15_1) c_u_svm(1)_w_minus_p_ge(15)_ 10.448865432840092
     b(15_1) c_u_svm(1)_w_plus_p_le(15)_ -10.448865432840092
     b(15_1) c_u_svm(1)_w_plus_p_ge(15)_ -10.448865432840092
     b(15_1) c_u_svm(1)_activation_rows(1)_ 0.5152670004946065
     b(15_1) c_u_svm(1)_activation_rows(2)_ 1.0000000010000001
     b(15_1) c_u_svm(1)_activation_rows(3)_ 0.15047572643902468
     b(15_1) c_u_svm(1)_activation_rows(4)_ 0.29203447231252588
     b(15_1) c_u_svm(1)_activation_rows(5)_ 0.23116051166906978
     b(15_1) c_u_svm(1)_activation_rows(6)_ 0.44862277552868429
     b(15_1) c_u_svm(1)_activation_rows(7)_ 0.5152670004946065
     b(15_1) c_u_svm(1)_activation_rows(8)_ 1.0000000010000001
     b(15_1) c_u_svm(1)_activation_rows(9)_ 0.5152670004946065
     b(15_1) c_u_svm(1)_activation_rows(10)_ 1.0000000010000001
     b(15_1) c_u_svm(1)_activation_rows(11)_ 0.13970255363359174
     b(15_1) c_u_svm(1)_activation_rows(12)_ 0.27112652981695579
     b(15_1) c_u_svm(1)_activation_rows(13)_ 0.5152670004946065
     b(15_1) c_u_svm(1)_activation_rows(14)_ 1.0000000010000001
     b(15_1) c_u_svm(1)_activation_rows(15)_ 0.5152670004946065
     b(15_1) c_u_svm(1)_activation_rows(16)_ 1.0000000010000001
     b(15_1) c_u_svm(1)_activation_rows(17)_ 0.19650428584734259
     b(15_1) c_u_svm(1)_activation_rows(18)_ 0.38136400323564634
     b(15_1) c_u_svm(1)_activation_rows(19)_ 0.5152670004946065
     b(15_1) c_u_svm(1)_activation_rows(20)_ 1.0000000010000001
     b(15_1) c_u_svm(1)_activation_rows(21)_ 0.14398162986140148
     b(15_1) c_u_svm(1)_activation_rows(22)_ 0.27943111021504324
     b(15_1) c_u_svm(1)_activation_rows(23)_ 0.5152670004946065
     b(15_1) c_u_svm(1)_activation_rows(24)_ 1.0000000010000001
     b(15_1) c_u_svm(1)_activation_rows(25)_ 0.5152670004946065
     b(15_1) c_u_svm(1)_activation_rows(26)_ 1.0000000010000001
     b(15_1) c_u_svm(1)_activation_rows(27)_ 0.15489868471958215
     b(15_1) c_u_svm(1)_activation_rows(28)_ 0.30061829056740114
     b(15_1) c_u_svm(1)_activation_rows(29)_ 0.5152670004946065
     b(15_1) c_u_svm(1)_activation_rows(30)_ 1.0000000010000001
     b(15_1) c_u_svm(1)_activation_rows(31)_ 0.14335984758552747
     b(15_1) c_u_svm(1)_activation_rows(32)_ 0.27822439160915746
     b(15_1) c_u_svm(1)_activation_rows(33)_ 0.5152670004946065
     b(15_1) c_u_svm(1)_activation_rows(34)_ 1.0000000010000001
     b(15_1) c_u_svm(1)_activation_rows(35)_ 0.5152670004946065
     b(15_1) c_u_svm(1)_activation_rows(36)_ 1.0000000010000001
     b(15_1) c_u_svm(1)_activation_rows(37)_ 0.15325228941135327
     b(15_1) c_u_svm(1)_activation_rows(38)_ 0.29742306302848465
     b(15_1) c_u_svm(1)_activation_rows(39)_ 0.5152670004946065
     b(15_1) c_u_svm(1)_activation_rows(40)_ 1.0000000010000001
     b(15_1) c_u_svm(1)_activation_rows(41)_ 0.20992140969022569
     b(15_1) c_u_svm(1)_activation_rows(42)_ 0.40740317097474293
     b(15_1) c_u_svm(1)_activation_rows(43)_ 0.51526699997933945
     b(15_1) c_u_svm(1)_activation_rows(44)_ 1
     b(15_1) c_u_svm(1)_activation_rows(45)_ -0.51526699997933945
     b(15_1) c_u_svm(1)_activation_rows(46)_ -1
     b(15_1) c_u_svm(1)_activation_rows(47)_ 0.5152670004946065
     b(15_1) c_u_svm(1)_activation_rows(48)_ 1.0000000010000001
     b(15_1) c_u_svm(1)_activation_rows(49)_ 0.416694628482772
     b(15_1) c_u_svm(1)_activation_rows(50)_ 0.80869651753261929
     b(15_1) c_u_svm(1)_activation_rows(51)_ 0.5152670004946065
     b(15_1) c_u_svm(1)_activation_rows(52)_ 1.0000000010000001
     b(15_1) c_u_svm(1)_activation_rows(53)_ 0.31802739192106888
     b(15_1) c_u_svm(1)_activation_rows(54)_ 0.61720892650571602
     b(15_1) c_u_svm(1)_activation_rows(55)_ 0.5152670004946065
     b(15_1) c_u_svm(1)_activation_rows(56)_ 1.0000000010000001
     b(15_1) c_u_svm(1)_activation_rows(57)_ 0.42198187260762815
     b(15_1) c_u_svm(1)_activation_rows(58)_ 0.81895769110878103
     b(15_1) c_u_svm(1)_activation_rows(59)_ 0.5152670004946065
     b(15_1) c_u_svm(1)_activation_rows(60)_ 1.0000000010000001
     b(15_1) c_u_svm(1)_activation_rows(61)_ 0.5152670004946065
     b(15_1) c_u_svm(1)_activation_rows(62)_ 1.0000000010000001
     b(15_1) c_u_svm(1)_activation_rows(63)_ 0.07201261491780013
     b(15_1) c_u_svm(1)_activation_rows(64)_ 0.13975786324505082
     b(15_1) c_u_svm(1)_activation_rows(65)_ 0.26008377578287312
     b(15_1) c_u_svm(1)_activation_rows(66)_ 0.50475535167845342
     b(15_1) c_u_svm(1)_activation_rows(67)_ 0.5152670004946065
     b(15_1) c_u_svm(1)_activation_rows(68)_ 1.0000000010000001
     b(15_1) c_u_svm(1)_activation_rows(69)_ 0.5152670004946065
     b(15_1) c_u_svm(1)_activation_rows(70)_ 1.0000000010000001
     b(15_1) c_u_svm(1)_activation_rows(71)_ 0.5152670004946065
     b(15_1) c_u_svm(1)_activation_rows(72)_ 1.0000000010000001
     b(15_1) c_u_svm(1)_activation_rows(73)_ 0.29199415088947933
     b(15_1) c_u_svm(1)_activation_rows(74)_ 0.56668513780464758
     b(15_1) c_u_svm(1)_activation_rows(75)_ 0.5152670004946065
     b(15_1) c_u_svm(1)_activation_rows(76)_ 1.0000000010000001
     b(15_1) c_u_svm(1)_activation_rows(77)_ 0.5152670004946065
     b(15_1) c_u_svm(1)_activation_rows(78)_ 1.0000000010000001
     b(15_1) c_u_svm(1)_activation_rows(79)_ 0.44691053056680974
     b(15_1) c_u_svm(1)_activation_rows(80)_ 0.86733776970915932
     b(15_1) c_u_svm(1)_activation_rows(81)_ 0.5152670004946065
     b(15_1) c_u_svm(1)_activation_rows(82)_ 1.0000000010000001
     b(16_1) objective -1
     b(16_1) c_u_svm(1)_z_ge_alpha_if_pos(16)_ 1.0305339999586789
     b(16_1) c_u_svm(1)_z_le_neg_alpha_if_neg(16)_ -1.0305339999586789
     b(16_1) c_u_svm(1)_w_minus_p_le(16)_ 11.739304902119594
     b(16_1) c_u_svm(1)_w_minus_p_ge(16)_ 11.739304902119594
     b(16_1) c_u_svm(1)_w_plus_p_le(16)_ -11.739304902119594
     b(16_1) c_u_svm(1)_w_plus_p_ge(16)_ -11.739304902119594
     b(16_1) c_u_svm(1)_activation_rows(1)_ 0.5152670004946065
     b(16_1) c_u_svm(1)_activation_rows(2)_ 1.0000000010000001
     b(16_1) c_u_svm(1)_activation_rows(3)_ 0.16390632663044816
     b(16_1) c_u_svm(1)_activation_rows(4)_ 0.31809979415918405
     b(16_1) c_u_svm(1)_activation_rows(5)_ 0.25682426999257674
     b(16_1) c_u_svm(1)_activation_rows(6)_ 0.49842949384081375
     b(16_1) c_u_svm(1)_activation_rows(7)_ 0.5152670004946065
     b(16_1) c_u_svm(1)_activation_rows(8)_ 1.0000000010000001
     b(16_1) c_u_svm(1)_activation_rows(9)_ 0.5152670004946065
     b(16_1) c_u_svm(1)_activation_rows(10)_ 1.0000000010000001
     b(16_1) c_u_svm(1)_activation_rows(11)_ 0.15931755922201279
     b(16_1) c_u_svm(1)_activation_rows(12)_ 0.30919418326498865
     b(16_1) c_u_svm(1)_activation_rows(13)_ 0.5152670004946065
     b(16_1) c_u_svm(1)_activation_rows(14)_ 1.0000000010000001
     b(16_1) c_u_svm(1)_activation_rows(15)_ 0.5152670004946065
     b(16_1) c_u_svm(1)_activation_rows(16)_ 1.0000000010000001
     b(16_1) c_u_svm(1)_activation_rows(17)_ 0.21846573450529119
     b(16_1) c_u_svm(1)_activation_rows(18)_ 0.42398549589640122
     b(16_1) c_u_svm(1)_activation_rows(19)_ 0.5152670004946065
     b(16_1) c_u_svm(1)_activation_rows(20)_ 1.0000000010000001
     b(16_1) c_u_svm(1)_activation_rows(21)_ 0.15927879431786848
     b(16_1) c_u_svm(1)_activation_rows(22)_ 0.30911895061056704
     b(16_1) c_u_svm(1)_activation_rows(23)_ 0.5152670004946065
     b(16_1) c_u_svm(1)_activation_rows(24)_ 1.0000000010000001
     b(16_1) c_u_svm(1)_activation_rows(25)_ 0.5152670004946065
     b(16_1) c_u_svm(1)_activation_rows(26)_ 1.0000000010000001
     b(16_1) c_u_svm(1)_activation_rows(27)_ 0.16333443985961965
     b(16_1) c_u_svm(1)_activation_rows(28)_ 0.31698990982571917
     b(16_1) c_u_svm(1)_activation_rows(29)_ 0.5152670004946065
     b(16_1) c_u_svm(1)_activation_rows(30)_ 1.0000000010000001
     b(16_1) c_u_svm(1)_activation_rows(31)_ 0.16069398876066596
     b(16_1) c_u_svm(1)_activation_rows(32)_ 0.31186547705773759
     b(16_1) c_u_svm(1)_activation_rows(33)_ 0.5152670004946065
     b(16_1) c_u_svm(1)_activation_rows(34)_ 1.0000000010000001
     b(16_1) c_u_svm(1)_activation_rows(35)_ 0.5152670004946065
     b(16_1) c_u_svm(1)_activation_rows(36)_ 1.0000000010000001
     b(16_1) c_u_svm(1)_activation_rows(37)_ 0.16914340132682659
     b(16_1) c_u_svm(1)_activation_rows(38)_ 0.32826360184837899
     b(16_1) c_u_svm(1)_activation_rows(39)_ 0.5152670004946065
     b(16_1) c_u_svm(1)_activation_rows(40)_ 1.0000000010000001
     b(16_1) c_u_svm(1)_activation_rows(41)_ 0.22409890607982669
     b(16_1) c_u_svm(1)_activation_rows(42)_ 0.43491802519628142
     b(16_1) c_u_svm(1)_activation_rows(43)_ 0.5152670004946065
     b(16_1) c_u_svm(1)_activation_rows(44)_ 1.0000000010000001
     b(16_1) c_u_svm(1)_activation_rows(45)_ 0.31635411446302691
     b(16_1) c_u_svm(1)_activation_rows(46)_ 0.61396152766567957
     b(16_1) c_u_svm(1)_activation_rows(47)_ 0.51526699997933945
     b(16_1) c_u_svm(1)_activation_rows(48)_ 1
     b(16_1) c_u_svm(1)_activation_rows(49)_ -0.51526699997933945
     b(16_1) c_u_svm(1)_activation_rows(50)_ -1
     b(16_1) c_u_svm(1)_activation_rows(51)_ 0.5152670004946065
     b(16_1) c_u_svm(1)_activation_rows(52)_ 1.0000000010000001
     b(16_1) c_u_svm(1)_activation_rows(53)_ 0.37808282855186714
     b(16_1) c_u_svm(1)_activation_rows(54)_ 0.7337609987967928
     b(16_1) c_u_svm(1)_activation_rows(55)_ 0.5152670004946065
     b(16_1) c_u_svm(1)_activation_rows(56)_ 1.0000000010000001
     b(16_1) c_u_svm(1)_activation_rows(57)_ 0.39009897815856553
     b(16_1) c_u_svm(1)_activation_rows(58)_ 0.75708123783243886
     b(16_1) c_u_svm(1)_activation_rows(59)_ 0.5152670004946065
     b(16_1) c_u_svm(1)_activation_rows(60)_ 1.0000000010000001
     b(16_1) c_u_svm(1)_activation_rows(61)_ 0.5152670004946065
     b(16_1) c_u_svm(1)_activation_rows(62)_ 1.0000000010000001
     b(16_1) c_u_svm(1)_activation_rows(63)_ 0.088648545011355412
     b(16_1) c_u_svm(1)_activation_rows(64)_ 0.17204390154019167
     b(16_1) c_u_svm(1)_activation_rows(65)_ 0.26603179971129964
     b(16_1) c_u_svm(1)_activation_rows(66)_ 0.5162989279770811
     b(16_1) c_u_svm(1)_activation_rows(67)_ 0.5152670004946065
     b(16_1) c_u_svm(1)_activation_rows(68)_ 1.0000000010000001
     b(16_1) c_u_svm(1)_activation_rows(69)_ 0.5152670004946065
     b(16_1) c_u_svm(1)_activation_rows(70)_ 1.0000000010000001
     b(16_1) c_u_svm(1)_activation_rows(71)_ 0.5152670004946065
     b(16_1) c_u_svm(1)_activation_rows(72)_ 1.0000000010000001
     b(16_1) c_u_svm(1)_activation_rows(73)_ 0.29655225444004546
     b(16_1) c_u_svm(1)_activation_rows(74)_ 0.5755312380803278
     b(16_1) c_u_svm(1)_activation_rows(75)_ 0.5152670004946065
     b(16_1) c_u_svm(1)_activation_rows(76)_ 1.0000000010000001
     b(16_1) c_u_svm(1)_activation_rows(77)_ 0.5152670004946065
     b(16_1) c_u_svm(1)_activation_rows(78)_ 1.0000000010000001
     b(16_1) c_u_svm(1)_activation_rows(79)_ 0.41554096445721089
     b(16_1) c_u_svm(1)_activation_rows(80)_ 0.80645755399408992
     b(16_1) c_u_svm(1)_activation_rows(81)_ 0.5152670004946065
     b(16_1) c_u_svm(1)_activation_rows(82)_ 1.0000000010000001
     b(17_1) objective -1
     b(17_1) c_u_svm(1)_z_ge_alpha_if_pos(17)_ 1.0305339999586789
     b(17_1) c_u_svm(1)_z_le_neg_alpha_if_neg(17)_ -1.0305339999586789
     b(17_1) c_u_svm(1)_w_minus_p_le(17)_ 10.92544278656707
     b(17_1) c_u_svm(1)_w_minus_p_ge(17)_ 10.92544278656707
     b(17_1) c_u_svm(1)_w_plus_p_le(17)_ -10.92544278656707
     b(17_1) c_u_svm(1)_w_plus_p_ge(17)_ -10.92544278656707
     b(17_1) c_u_svm(1)_activation_rows(1)_ 0.5152670004946065
     b(17_1) c_u_svm(1)_activation_rows(2)_ 1.0000000010000001
     b(17_1) c_u_svm(1)_activation_rows(3)_ 0.14917385334525105
     b(17_1) c_u_svm(1)_activation_rows(4)_ 0.28950787329914868
     b(17_1) c_u_svm(1)_activation_rows(5)_ 0.23197295909896326
     b(17_1) c_u_svm(1)_activation_rows(6)_ 0.45019952589291501
     b(17_1) c_u_svm(1)_activation_rows(7)_ 0.5152670004946065
     b(17_1) c_u_svm(1)_activation_rows(8)_ 1.0000000010000001
     b(17_1) c_u_svm(1)_activation_rows(9)_ 0.5152670004946065
     b(17_1) c_u_svm(1)_activation_rows(10)_ 1.0000000010000001
     b(17_1) c_u_svm(1)_activation_rows(11)_ 0.1462781794283389
     b(17_1) c_u_svm(1)_activation_rows(12)_ 0.28388811904159239
     b(17_1) c_u_svm(1)_activation_rows(13)_ 0.5152670004946065
     b(17_1) c_u_svm(1)_activation_rows(14)_ 1.0000000010000001
     b(17_1) c_u_svm(1)_activation_rows(15)_ 0.5152670004946065
     b(17_1) c_u_svm(1)_activation_rows(16)_ 1.0000000010000001
     b(17_1) c_u_svm(1)_activation_rows(17)_ 0.2026912483715636
     b(17_1) c_u_svm(1)_activation_rows(18)_ 0.39337129755969402
     b(17_1) c_u_svm(1)_activation_rows(19)_ 0.5152670004946065
     b(17_1) c_u_svm(1)_activation_rows(20)_ 1.0000000010000001
     b(17_1) c_u_svm(1)_activation_rows(21)_ 0.14397887480230021
     b(17_1) c_u_svm(1)_activation_rows(22)_ 0.27942576335778013
     b(17_1) c_u_svm(1)_activation_rows(23)_ 0.5152670004946065
     b(17_1) c_u_svm(1)_activation_rows(24)_ 1.0000000010000001
     b(17_1) c_u_svm(1)_activation_rows(25)_ 0.5152670004946065
     b(17_1) c_u_svm(1)_activation_rows(26)_ 1.0000000010000001
     b(17_1) c_u_svm(1)_activation_rows(27)_ 0.14614382467002632
     b(17_1) c_u_svm(1)_activation_rows(28)_ 0.28362737119956494
     b(17_1) c_u_svm(1)_activation_rows(29)_ 0.5152670004946065
     b(17_1) c_u_svm(1)_activation_rows(30)_ 1.0000000010000001
     b(17_1) c_u_svm(1)_activation_rows(31)_ 0.14923774566073555
     b(17_1) c_u_svm(1)_activation_rows(32)_ 0.28963187176108601
     b(17_1) c_u_svm(1)_activation_rows(33)_ 0.5152670004946065
     b(17_1) c_u_svm(1)_activation_rows(34)_ 1.0000000010000001
     b(17_1) c_u_svm(1)_activation_rows(35)_ 0.5152670004946065
     b(17_1) c_u_svm(1)_activation_rows(36)_ 1.0000000010000001
     b(17_1) c_u_svm(1)_activation_rows(37)_ 0.15349585620259812
     b(17_1) c_u_svm(1)_activation_rows(38)_ 0.29789576318443217
     b(17_1) c_u_svm(1)_activation_rows(39)_ 0.5152670004946065
     b(17_1) c_u_svm(1)_activation_rows(40)_ 1.0000000010000001
     b(17_1) c_u_svm(1)_activation_rows(41)_ 0.1991536899438221
     b(17_1) c_u_svm(1)_activation_rows(42)_ 0.38650581145659924
     b(17_1) c_u_svm(1)_activation_rows(43)_ 0.5152670004946065
     b(17_1) c_u_svm(1)_activation_rows(44)_ 1.0000000010000001
     b(17_1) c_u_svm(1)_activation_rows(45)_ 0.27756601721370339
     b(17_1) c_u_svm(1)_activation_rows(46)_ 0.53868386142491731
     b(17_1) c_u_svm(1)_activation_rows(47)_ 0.5152670004946065
     b(17_1) c_u_svm(1)_activation_rows(48)_ 1.0000000010000001
     b(17_1) c_u_svm(1)_activation_rows(49)_ 0.43464344509203312
     b(17_1) c_u_svm(1)_activation_rows(50)_ 0.84353052904505998
     b(17_1) c_u_svm(1)_activation_rows(51)_ 0.51526699997933945
     b(17_1) c_u_svm(1)_activation_rows(52)_ 1
     b(17_1) c_u_svm(1)_activation_rows(53)_ -0.51526699997933945
     b(17_1) c_u_svm(1)_activation_rows(54)_ -1
     b(17_1) c_u_svm(1)_activation_rows(55)_ 0.5152670004946065
     b(17_1) c_u_svm(1)_activation_rows(56)_ 1.0000000010000001
     b(17_1) c_u_svm(1)_activation_rows(57)_ 0.37529115076399017
     b(17_1) c_u_svm(1)_activation_rows(58)_ 0.72834307413251409
     b(17_1) c_u_svm(1)_activation_rows(59)_ 0.5152670004946065
     b(17_1) c_u_svm(1)_activation_rows(60)_ 1.0000000010000001
     b(17_1) c_u_svm(1)_activation_rows(61)_ 0.5152670004946065
     b(17_1) c_u_svm(1)_activation_rows(62)_ 1.0000000010000001
     b(17_1) c_u_svm(1)_activation_rows(63)_ 0.081672094637422574
     b(17_1) c_u_svm(1)_activation_rows(64)_ 0.15850441545974681
     b(17_1) c_u_svm(1)_activation_rows(65)_ 0.25039623313983944
     b(17_1) c_u_svm(1)_activation_rows(66)_ 0.48595433658642906
     b(17_1) c_u_svm(1)_activation_rows(67)_ 0.5152670004946065
     b(17_1) c_u_svm(1)_activation_rows(68)_ 1.0000000010000001
     b(17_1) c_u_svm(1)_activation_rows(69)_ 0.5152670004946065
     b(17_1) c_u_svm(1)_activation_rows(70)_ 1.0000000010000001
     b(17_1) c_u_svm(1)_activation_rows(71)_ 0.5152670004946065
     b(17_1) c_u_svm(1)_activation_rows(72)_ 1.0000000010000001
     b(17_1) c_u_svm(1)_activation_rows(73)_ 0.31602153521005449
     b(17_1) c_u_svm(1)_activation_rows(74)_ 0.61331607733995375
     b(17_1) c_u_svm(1)_activation_rows(75)_ 0.5152670004946065
     b(17_1) c_u_svm(1)_activation_rows(76)_ 1.0000000010000001
     b(17_1) c_u_svm(1)_activation_rows(77)_ 0.5152670004946065
     b(17_1) c_u_svm(1)_activation_rows(78)_ 1.0000000010000001
     b(17_1) c_u_svm(1)_activation_rows(79)_ 0.41243146365335059
     b(17_1) c_u_svm(1)_activation_rows(80)_ 0.80042281704414953
     b(17_1) c_u_svm(1)_activation_rows(81)_ 0.50818549133486113
     b(17_1) c_u_svm(1)_activation_rows(82)_ 0.98625662298427363
     b(18_1) objective -1
     b(18_1) c_u_svm(1)_z_ge_alpha_if_pos(18)_ 1.0305339999586789
     b(18_1) c_u_svm(1)_z_le_neg_alpha_if_neg(18)_ -1.0305339999586789
     b(18_1) c_u_svm(1)_w_minus_p_le(18)_ 11.692428447171414
     b(18_1) c_u_svm(1)_w_minus_p_ge(18)_ 11.692428447171414
     b(18_1) c_u_svm(1)_w_plus_p_le(18)_ -11.692428447171414
     b(18_1) c_u_svm(1)_w_plus_p_ge(18)_ -11.692428447171414
     b(18_1) c_u_svm(1)_activation_rows(1)_ 0.5152670004946065
     b(18_1) c_u_svm(1)_activation_rows(2)_ 1.0000000010000001
     b(18_1) c_u_svm(1)_activation_rows(3)_ 0.16575977004487633
     b(18_1) c_u_svm(1)_activation_rows(4)_ 0.32169684853002961
     b(18_1) c_u_svm(1)_activation_rows(5)_ 0.26174618857443138
     b(18_1) c_u_svm(1)_activation_rows(6)_ 0.50798166501042485
     b(18_1) c_u_svm(1)_activation_rows(7)_ 0.5152670004946065
     b(18_1) c_u_svm(1)_activation_rows(8)_ 1.0000000010000001
     b(18_1) c_u_svm(1)_activation_rows(9)_ 0.5152670004946065
     b(18_1) c_u_svm(1)_activation_rows(10)_ 1.0000000010000001
     b(18_1) c_u_svm(1)_activation_rows(11)_ 0.15535491171970323
     b(18_1) c_u_svm(1)_activation_rows(12)_ 0.30150370919529573
     b(18_1) c_u_svm(1)_activation_rows(13)_ 0.5152670004946065
     b(18_1) c_u_svm(1)_activation_rows(14)_ 1.0000000010000001
     b(18_1) c_u_svm(1)_activation_rows(15)_ 0.5152670004946065
     b(18_1) c_u_svm(1)_activation_rows(16)_ 1.0000000010000001
     b(18_1) c_u_svm(1)_activation_rows(17)_ 0.21870499244360256
     b(18_1) c_u_svm(1)_activation_rows(18)_ 0.42444983368306516
     b(18_1) c_u_svm(1)_activation_rows(19)_ 0.5152670004946065
     b(18_1) c_u_svm(1)_activation_rows(20)_ 1.0000000010000001
     b(18_1) c_u_svm(1)_activation_rows(21)_ 0.15932077574003151
     b(18_1) c_u_svm(1)_activation_rows(22)_ 0.3092004256946782
     b(18_1) c_u_svm(1)_activation_rows(23)_ 0.5152670004946065
     b(18_1) c_u_svm(1)_activation_rows(24)_ 1.0000000010000001
     b(18_1) c_u_svm(1)_activation_rows(25)_ 0.5152670004946065
     b(18_1) c_u_svm(1)_activation_rows(26)_ 1.0000000010000001
     b(18_1) c_u_svm(1)_activation_rows(27)_ 0.1736275387729049
     b(18_1) c_u_svm(1)_activation_rows(28)_ 0.33696615304272698
     b(18_1) c_u_svm(1)_activation_rows(29)_ 0.5152670004946065
     b(18_1) c_u_svm(1)_activation_rows(30)_ 1.0000000010000001
     b(18_1) c_u_svm(1)_activation_rows(31)_ 0.15621079667371901
     b(18_1) c_u_svm(1)_activation_rows(32)_ 0.30316476056099567
     b(18_1) c_u_svm(1)_activation_rows(33)_ 0.5152670004946065
     b(18_1) c_u_svm(1)_activation_rows(34)_ 1.0000000010000001
     b(18_1) c_u_svm(1)_activation_rows(35)_ 0.5152670004946065
     b(18_1) c_u_svm(1)_activation_rows(36)_ 1.0000000010000001
     b(18_1) c_u_svm(1)_activation_rows(37)_ 0.16832907232304578
     b(18_1) c_u_svm(1)_activation_rows(38)_ 0.32668319983580402
     b(18_1) c_u_svm(1)_activation_rows(39)_ 0.5152670004946065
     b(18_1) c_u_svm(1)_activation_rows(40)_ 1.0000000010000001
     b(18_1) c_u_svm(1)_activation_rows(41)_ 0.23488408798939137
     b(18_1) c_u_svm(1)_activation_rows(42)_ 0.45584927425744221
     b(18_1) c_u_svm(1)_activation_rows(43)_ 0.5152670004946065
     b(18_1) c_u_svm(1)_activation_rows(44)_ 1.0000000010000001
     b(18_1) c_u_svm(1)_activation_rows(45)_ 0.3595121153031185
     b(18_1) c_u_svm(1)_activation_rows(46)_ 0.69772004672826671
     b(18_1) c_u_svm(1)_activation_rows(47)_ 0.5152670004946065
     b(18_1) c_u_svm(1)_activation_rows(48)_ 1.0000000010000001
     b(18_1) c_u_svm(1)_activation_rows(49)_ 0.43776291026970354
     b(18_1) c_u_svm(1)_activation_rows(50)_ 0.84958460426779991
     b(18_1) c_u_svm(1)_activation_rows(51)_ 0.5152670004946065
     b(18_1) c_u_svm(1)_activation_rows(52)_ 1.0000000010000001
     b(18_1) c_u_svm(1)_activation_rows(53)_ 0.36634164672707936
     b(18_1) c_u_svm(1)_activation_rows(54)_ 0.71097440111974664
     b(18_1) c_u_svm(1)_activation_rows(55)_ 0.51526699997933945
     b(18_1) c_u_svm(1)_activation_rows(56)_ 1
     b(18_1) c_u_svm(1)_activation_rows(57)_ -0.51526699997933945
     b(18_1) c_u_svm(1)_activation_rows(58)_ -1
     b(18_1) c_u_svm(1)_activation_rows(59)_ 0.5152670004946065
     b(18_1) c_u_svm(1)_activation_rows(60)_ 1.0000000010000001
     b(18_1) c_u_svm(1)_activation_rows(61)_ 0.5152670004946065
     b(18_1) c_u_svm(1)_activation_rows(62)_ 1.0000000010000001
     b(18_1) c_u_svm(1)_activation_rows(63)_ 0.082950157302076319
     b(18_1) c_u_svm(1)_activation_rows(64)_ 0.16098480458752909
     b(18_1) c_u_svm(1)_activation_rows(65)_ 0.28303588192914642
     b(18_1) c_u_svm(1)_activation_rows(66)_ 0.54929945434210858
     b(18_1) c_u_svm(1)_activation_rows(67)_ 0.5152670004946065
     b(18_1) c_u_svm(1)_activation_rows(68)_ 1.0000000010000001
     b(18_1) c_u_svm(1)_activation_rows(69)_ 0.5152670004946065
     b(18_1) c_u_svm(1)_activation_rows(70)_ 1.0000000010000001
     b(18_1) c_u_svm(1)_activation_rows(71)_ 0.5152670004946065
     b(18_1) c_u_svm(1)_activation_rows(72)_ 1.0000000010000001
     b(18_1) c_u_svm(1)_activation_rows(73)_ 0.32588804882534228
     b(18_1) c_u_svm(1)_activation_rows(74)_ 0.63246442880760723
     b(18_1) c_u_svm(1)_activation_rows(75)_ 0.5152670004946065
     b(18_1) c_u_svm(1)_activation_rows(76)_ 1.0000000010000001
     b(18_1) c_u_svm(1)_activation_rows(77)_ 0.5152670004946065
     b(18_1) c_u_svm(1)_activation_rows(78)_ 1.0000000010000001
     b(18_1) c_u_svm(1)_activation_rows(79)_ 0.48972040119938215
     b(18_1) c_u_svm(1)_activation_rows(80)_ 0.95042065806468945
     b(18_1) c_u_svm(1)_activation_rows(81)_ 0.5152670004946065
     b(18_1) c_u_svm(1)_activation_rows(82)_ 1.0000000010000001
     b(19_1) objective -1
     b(19_1) c_u_svm(1)_z_ge_alpha_if_pos(19)_ 1.0305339999586789
     b(19_1) c_u_svm(1)_z_le_neg_alpha_if_neg(19)_ -1.0305339999586789
     b(19_1) c_u_svm(1)_w_minus_p_le(19)_ 14.750686748631896
     b(19_1) c_u_svm(1)_w_minus_p_ge(19)_ 14.750686748631896
     b(19_1) c_u_svm(1)_w_plus_p_le(19)_ -14.750686748631896
     b(19_1) c_u_svm(1)_w_plus_p_ge(19)_ -14.750686748631896
     b(19_1) c_u_svm(1)_activation_rows(1)_ 0.5152670004946065
     b(19_1) c_u_svm(1)_activation_rows(2)_ 1.0000000010000001
     b(19_1) c_u_svm(1)_activation_rows(3)_ 0.20759008373604271
     b(19_1) c_u_svm(1)_activation_rows(4)_ 0.40287867017365059
     b(19_1) c_u_svm(1)_activation_rows(5)_ 0.31082118036079665
     b(19_1) c_u_svm(1)_activation_rows(6)_ 0.60322353337834478
     b(19_1) c_u_svm(1)_activation_rows(7)_ 0.5152670004946065
     b(19_1) c_u_svm(1)_activation_rows(8)_ 1.0000000010000001
     b(19_1) c_u_svm(1)_activation_rows(9)_ 0.5152670004946065
     b(19_1) c_u_svm(1)_activation_rows(10)_ 1.0000000010000001
     b(19_1) c_u_svm(1)_activation_rows(11)_ 0.19418566908968382
     b(19_1) c_u_svm(1)_activation_rows(12)_ 0.37686416769843606
     b(19_1) c_u_svm(1)_activation_rows(13)_ 0.5152670004946065
     b(19_1) c_u_svm(1)_activation_rows(14)_ 1.0000000010000001
     b(19_1) c_u_svm(1)_activation_rows(15)_ 0.5152670004946065
     b(19_1) c_u_svm(1)_activation_rows(16)_ 1.0000000010000001
     b(19_1) c_u_svm(1)_activation_rows(17)_ 0.2471713091332704
     b(19_1) c_u_svm(1)_activation_rows(18)_ 0.47969559304822779
     b(19_1) c_u_svm(1)_activation_rows(19)_ 0.5152670004946065
     b(19_1) c_u_svm(1)_activation_rows(20)_ 1.0000000010000001
     b(19_1) c_u_svm(1)_activation_rows(21)_ 0.20016288172565272
     b(19_1) c_u_svm(1)_activation_rows(22)_ 0.38846439173026531
     b(19_1) c_u_svm(1)_activation_rows(23)_ 0.5152670004946065
     b(19_1) c_u_svm(1)_activation_rows(24)_ 1.0000000010000001
     b(19_1) c_u_svm(1)_activation_rows(25)_ 0.5152670004946065
     b(19_1) c_u_svm(1)_activation_rows(26)_ 1.0000000010000001
     b(19_1) c_u_svm(1)_activation_rows(27)_ 0.20973160005770913
     b(19_1) c_u_svm(1)_activation_rows(28)_ 0.40703479956239907
     b(19_1) c_u_svm(1)_activation_rows(29)_ 0.5152670004946065
     b(19_1) c_u_svm(1)_activation_rows(30)_ 1.0000000010000001
     b(19_1) c_u_svm(1)_activation_rows(31)_ 0.19811143495156244
     b(19_1) c_u_svm(1)_activation_rows(32)_ 0.38448306404156696
     b(19_1) c_u_svm(1)_activation_rows(33)_ 0.5152670004946065
     b(19_1) c_u_svm(1)_activation_rows(34)_ 1.0000000010000001
     b(19_1) c_u_svm(1)_activation_rows(35)_ 0.5152670004946065
     b(19_1) c_u_svm(1)_activation_rows(36)_ 1.0000000010000001
     b(19_1) c_u_svm(1)_activation_rows(37)_ 0.21328502909862948
     b(19_1) c_u_svm(1)_activation_rows(38)_ 0.41393108642156695
     b(19_1) c_u_svm(1)_activation_rows(39)_ 0.5152670004946065
     b(19_1) c_u_svm(1)_activation_rows(40)_ 1.0000000010000001
     b(19_1) c_u_svm(1)_activation_rows(41)_ 0.26965675583972759
     b(19_1) c_u_svm(1)_activation_rows(42)_ 0.52333403041634718
     b(19_1) c_u_svm(1)_activation_rows(43)_ 0.5152670004946065
     b(19_1) c_u_svm(1)_activation_rows(44)_ 1.0000000010000001
     b(19_1) c_u_svm(1)_activation_rows(45)_ 0.36565746364353779
     b(19_1) c_u_svm(1)_activation_rows(46)_ 0.70964657868289549
     b(19_1) c_u_svm(1)_activation_rows(47)_ 0.5152670004946065
     b(19_1) c_u_svm(1)_activation_rows(48)_ 1.0000000010000001
     b(19_1) c_u_svm(1)_activation_rows(49)_ 0.51424108263994184
     b(19_1) c_u_svm(1)_activation_rows(50)_ 0.99800895974429027
     b(19_1) c_u_svm(1)_activation_rows(51)_ 0.5152670004946065
     b(19_1) c_u_svm(1)_activation_rows(52)_ 1.0000000010000001
     b(19_1) c_u_svm(1)_activation_rows(53)_ 0.32905244792074573
     b(19_1) c_u_svm(1)_activation_rows(54)_ 0.63860570914485049
     b(19_1) c_u_svm(1)_activation_rows(55)_ 0.5152670004946065
     b(19_1) c_u_svm(1)_activation_rows(56)_ 1.0000000010000001
     b(19_1) c_u_svm(1)_activation_rows(57)_ 0.4362085019796017
     b(19_1) c_u_svm(1)_activation_rows(58)_ 0.84656789974341895
     b(19_1) c_u_svm(1)_activation_rows(59)_ 0.51526699997933945
     b(19_1) c_u_svm(1)_activation_rows(60)_ 1
     b(19_1) c_u_svm(1)_activation_rows(61)_ -0.51526699997933945
     b(19_1) c_u_svm(1)_activation_rows(62)_ -1
     b(19_1) c_u_svm(1)_activation_rows(63)_ 0.10215232929142748
     b(19_1) c_u_svm(1)_activation_rows(64)_ 0.19825125477766567
     b(19_1) c_u_svm(1)_activation_rows(65)_ 0.36549781498488704
     b(19_1) c_u_svm(1)_activation_rows(66)_ 0.70933674192126084
     b(19_1) c_u_svm(1)_activation_rows(67)_ 0.5152670004946065
     b(19_1) c_u_svm(1)_activation_rows(68)_ 1.0000000010000001
     b(19_1) c_u_svm(1)_activation_rows(69)_ 0.5152670004946065
     b(19_1) c_u_svm(1)_activation_rows(70)_ 1.0000000010000001
     b(19_1) c_u_svm(1)_activation_rows(71)_ 0.5152670004946065
     b(19_1) c_u_svm(1)_activation_rows(72)_ 1.0000000010000001
     b(19_1) c_u_svm(1)_activation_rows(73)_ 0.27132752134513383
     b(19_1) c_u_svm(1)_activation_rows(74)_ 0.52657655420590332
     b(19_1) c_u_svm(1)_activation_rows(75)_ 0.5152670004946065
     b(19_1) c_u_svm(1)_activation_rows(76)_ 1.0000000010000001
     b(19_1) c_u_svm(1)_activation_rows(77)_ 0.5152670004946065
     b(19_1) c_u_svm(1)_activation_rows(78)_ 1.0000000010000001
     b(19_1) c_u_svm(1)_activation_rows(79)_ 0.5152670004946065
     b(19_1) c_u_svm(1)_activation_rows(80)_ 1.0000000010000001
     b(19_1) c_u_svm(1)_activation_rows(81)_ 0.5152670004946065
     b(19_1) c_u_svm(1)_activation_rows(82)_ 1.0000000010000001
     b(20_1) objective -1
     b(20_1) c_u_svm(1)_z_ge_alpha_if_pos(20)_ 1.0305339999586789
     b(20_1) c_u_svm(1)_z_le_neg_alpha_if_neg(20)_ -1.0305339999586789
     b(20_1) c_u_svm(1)_w_minus_p_le(20)_ 18.051859158900236
     b(20_1) c_u_svm(1)_w_minus_p_ge(20)_ 18.051859158900236
     b(20_1) c_u_svm(1)_w_plus_p_le(20)_ -18.051859158900236
     b(20_1) c_u_svm(1)_w_plus_p_ge(20)_ -18.051859158900236
     b(20_1) c_u_svm(1)_activation_rows(1)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(2)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(3)_ 0.47927294276342314
     b(20_1) c_u_svm(1)_activation_rows(4)_ 0.93014484293121902
     b(20_1) c_u_svm(1)_activation_rows(5)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(6)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(7)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(8)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(9)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(10)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(11)_ 0.45767615111831988
     b(20_1) c_u_svm(1)_activation_rows(12)_ 0.88823105523286228
     b(20_1) c_u_svm(1)_activation_rows(13)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(14)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(15)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(16)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(17)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(18)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(19)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(20)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(21)_ 0.47946770330333632
     b(20_1) c_u_svm(1)_activation_rows(22)_ 0.93052282277452547
     b(20_1) c_u_svm(1)_activation_rows(23)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(24)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(25)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(26)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(27)_ 0.51500598438326084
     b(20_1) c_u_svm(1)_activation_rows(28)_ 0.99949343622609421
     b(20_1) c_u_svm(1)_activation_rows(29)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(30)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(31)_ 0.41104594769711233
     b(20_1) c_u_svm(1)_activation_rows(32)_ 0.79773388886459629
     b(20_1) c_u_svm(1)_activation_rows(33)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(34)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(35)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(36)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(37)_ 0.49474691179508473
     b(20_1) c_u_svm(1)_activation_rows(38)_ 0.96017581528590512
     b(20_1) c_u_svm(1)_activation_rows(39)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(40)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(41)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(42)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(43)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(44)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(45)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(46)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(47)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(48)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(49)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(50)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(51)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(52)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(53)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(54)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(55)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(56)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(57)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(58)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(59)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(60)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(61)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(62)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(63)_ 0.25648947340221956
     b(20_1) c_u_svm(1)_activation_rows(64)_ 0.49777974023662291
     b(20_1) c_u_svm(1)_activation_rows(65)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(66)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(67)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(68)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(69)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(70)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(71)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(72)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(73)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(74)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(75)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(76)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(77)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(78)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(79)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(80)_ 1.0000000010000001
     b(20_1) c_u_svm(1)_activation_rows(81)_ 0.5152670004946065
     b(20_1) c_u_svm(1)_activation_rows(82)_ 1.0000000010000001
     b(21_1) objective -1
     b(21_1) c_u_svm(1)_z_ge_alpha_if_pos(21)_ 1.0305339999586789
     b(21_1) c_u_svm(1)_z_le_neg_alpha_if_neg(21)_ -1.0305339999586789
     b(21_1) c_u_svm(1)_w_minus_p_le(21)_ 4.3251852933939148
     b(21_1) c_u_svm(1)_w_minus_p_ge(21)_ 4.3251852933939148
     b(21_1) c_u_svm(1)_w_plus_p_le(21)_ -4.3251852933939148
     b(21_1) c_u_svm(1)_w_plus_p_ge(21)_ -4.3251852933939148
     b(21_1) c_u_svm(1)_activation_rows(1)_ 0.30676736594120418
     b(21_1) c_u_svm(1)_activation_rows(2)_ 0.59535612789777836
     b(21_1) c_u_svm(1)_activation_rows(3)_ 0.060378200635243809
     b(21_1) c_u_svm(1)_activation_rows(4)_ 0.11717847375761456
     b(21_1) c_u_svm(1)_activation_rows(5)_ 0.061548129078245299
     b(21_1) c_u_svm(1)_activation_rows(6)_ 0.11944900232445156
     b(21_1) c_u_svm(1)_activation_rows(7)_ 0.5152670004946065
     b(21_1) c_u_svm(1)_activation_rows(8)_ 1.0000000010000001
     b(21_1) c_u_svm(1)_activation_rows(9)_ 0.5152670004946065
     b(21_1) c_u_svm(1)_activation_rows(10)_ 1.0000000010000001
     b(21_1) c_u_svm(1)_activation_rows(11)_ 0.02304711361387338
     b(21_1) c_u_svm(1)_activation_rows(12)_ 0.044728487589536098
     b(21_1) c_u_svm(1)_activation_rows(13)_ 0.13345203552943424
     b(21_1) c_u_svm(1)_activation_rows(14)_ 0.25899589054759037
     b(21_1) c_u_svm(1)_activation_rows(15)_ 0.5152670004946065
     b(21_1) c_u_svm(1)_activation_rows(16)_ 1.0000000010000001
     b(21_1) c_u_svm(1)_activation_rows(17)_ 0.12026078561713364
     b(21_1) c_u_svm(1)_activation_rows(18)_ 0.23339508569723214
     b(21_1) c_u_svm(1)_activation_rows(19)_ 0.5152670004946065
     b(21_1) c_u_svm(1)_activation_rows(20)_ 1.0000000010000001
     b(21_1) c_u_svm(1)_activation_rows(21)_ 0.045762224702116411
     b(21_1) c_u_svm(1)_activation_rows(22)_ 0.08881264413197687
     b(21_1) c_u_svm(1)_activation_rows(23)_ 0.5152670004946065
     b(21_1) c_u_svm(1)_activation_rows(24)_ 1.0000000010000001
     b(21_1) c_u_svm(1)_activation_rows(25)_ 0.5152670004946065
     b(21_1) c_u_svm(1)_activation_rows(26)_ 1.0000000010000001
     b(21_1) c_u_svm(1)_activation_rows(27)_ 0.065693290965796708
     b(21_1) c_u_svm(1)_activation_rows(28)_ 0.12749368961806365
     b(21_1) c_u_svm(1)_activation_rows(29)_ 0.5152670004946065
     b(21_1) c_u_svm(1)_activation_rows(30)_ 1.0000000010000001
     b(21_1) c_u_svm(1)_activation_rows(31)_ 0.057467339003946918
     b(21_1) c_u_svm(1)_activation_rows(32)_ 0.1115292440739484
     b(21_1) c_u_svm(1)_activation_rows(33)_ 0.5152670004946065
     b(21_1) c_u_svm(1)_activation_rows(34)_ 1.0000000010000001
     b(21_1) c_u_svm(1)_activation_rows(35)_ 0.35431848563311175
     b(21_1) c_u_svm(1)_activation_rows(36)_ 0.68764055460046691
     b(21_1) c_u_svm(1)_activation_rows(37)_ 0.05341434446850557
     b(21_1) c_u_svm(1)_activation_rows(38)_ 0.10366342977649901
     b(21_1) c_u_svm(1)_activation_rows(39)_ 0.5152670004946065
     b(21_1) c_u_svm(1)_activation_rows(40)_ 1.0000000010000001
     b(21_1) c_u_svm(1)_activation_rows(41)_ 0.11879463622361051
     b(21_1) c_u_svm(1)_activation_rows(42)_ 0.23054966886754594
     b(21_1) c_u_svm(1)_activation_rows(43)_ 0.5152670004946065
     b(21_1) c_u_svm(1)_activation_rows(44)_ 1.0000000010000001
     b(21_1) c_u_svm(1)_activation_rows(45)_ 0.14782711794608597
     b(21_1) c_u_svm(1)_activation_rows(46)_ 0.28689420815230426
     b(21_1) c_u_svm(1)_activation_rows(47)_ 0.5152670004946065
     b(21_1) c_u_svm(1)_activation_rows(48)_ 1.0000000010000001
     b(21_1) c_u_svm(1)_activation_rows(49)_ 0.1991676576811012
     b(21_1) c_u_svm(1)_activation_rows(50)_ 0.38653291922263056
     b(21_1) c_u_svm(1)_activation_rows(51)_ 0.5152670004946065
     b(21_1) c_u_svm(1)_activation_rows(52)_ 1.0000000010000001
     b(21_1) c_u_svm(1)_activation_rows(53)_ 0.16306729746659426
     b(21_1) c_u_svm(1)_activation_rows(54)_ 0.31647145552331651
     b(21_1) c_u_svm(1)_activation_rows(55)_ 0.5152670004946065
     b(21_1) c_u_svm(1)_activation_rows(56)_ 1.0000000010000001
     b(21_1) c_u_svm(1)_activation_rows(57)_ 0.18882635504902251
     b(21_1) c_u_svm(1)_activation_rows(58)_ 0.36646312505282475
     b(21_1) c_u_svm(1)_activation_rows(59)_ 0.5152670004946065
     b(21_1) c_u_svm(1)_activation_rows(60)_ 1.0000000010000001
     b(21_1) c_u_svm(1)_activation_rows(61)_ 0.5152670004946065
     b(21_1) c_u_svm(1)_activation_rows(62)_ 1.0000000010000001
     b(21_1) c_u_svm(1)_activation_rows(63)_ 0.51526699997933945
     b(21_1) c_u_svm(1)_activation_rows(64)_ 1
     b(21_1) c_u_svm(1)_activation_rows(65)_ -0.51526699997933945
     b(21_1) c_u_svm(1)_activation_rows(66)_ -1
     b(21_1) c_u_svm(1)_activation_rows(67)_ 0.5152670004946065
     b(21_1) c_u_svm(1)_activation_rows(68)_ 1.0000000010000001
     b(21_1) c_u_svm(1)_activation_rows(69)_ 0.39453555820191988
     b(21_1) c_u_svm(1)_activation_rows(70)_ 0.76569149240634371
     b(21_1) c_u_svm(1)_activation_rows(71)_ 0.5152670004946065
     b(21_1) c_u_svm(1)_activation_rows(72)_ 1.0000000010000001
     b(21_1) c_u_svm(1)_activation_rows(73)_ 0.15777141286105728
     b(21_1) c_u_svm(1)_activation_rows(74)_ 0.30619351300856334
     b(21_1) c_u_svm(1)_activation_rows(75)_ 0.44073820291363791
     b(21_1) c_u_svm(1)_activation_rows(76)_ 0.85535887788527132
     b(21_1) c_u_svm(1)_activation_rows(77)_ 0.5152670004946065
     b(21_1) c_u_svm(1)_activation_rows(78)_ 1.0000000010000001
     b(21_1) c_u_svm(1)_activation_rows(79)_ 0.30032558050155023
     b(21_1) c_u_svm(1)_activation_rows(80)_ 0.58285428819154406
     b(21_1) c_u_svm(1)_activation_rows(81)_ 0.33868033239039719
     b(21_1) c_u_svm(1)_activation_rows(82)_ 0.65729094314981784
     b(22_1) objective -1
     b(22_1) c_u_svm(1)_z_ge_alpha_if_pos(22)_ 1.0305339999586789
     b(22_1) c_u_svm(1)_z_le_neg_alpha_if_neg(22)_ -1.0305339999586789
     b(22_1) c_u_svm(1)_w_minus_p_le(22)_ 13.176248783570427
     b(22_1) c_u_svm(1)_w_minus_p_ge(22)_ 13.176248783570427
     b(22_1) c_u_svm(1)_w_plus_p_le(22)_ -13.176248783570427
     b(22_1) c_u_svm(1)_w_plus_p_ge(22)_ -13.176248783570427
     b(22_1) c_u_svm(1)_activation_rows(1)_ 0.5152670004946065
     b(22_1) c_u_svm(1)_activation_rows(2)_ 1.0000000010000001
     b(22_1) c_u_svm(1)_activation_rows(3)_ 0.18556013150865036
     b(22_1) c_u_svm(1)_activation_rows(4)_ 0.360124229799484
     b(22_1) c_u_svm(1)_activation_rows(5)_ 0.26680770082937433
     b(22_1) c_u_svm(1)_activation_rows(6)_ 0.51780475140087079
     b(22_1) c_u_svm(1)_activation_rows(7)_ 0.5152670004946065
     b(22_1) c_u_svm(1)_activation_rows(8)_ 1.0000000010000001
     b(22_1) c_u_svm(1)_activation_rows(9)_ 0.5152670004946065
     b(22_1) c_u_svm(1)_activation_rows(10)_ 1.0000000010000001
     b(22_1) c_u_svm(1)_activation_rows(11)_ 0.17336998807923956
     b(22_1) c_u_svm(1)_activation_rows(12)_ 0.33646631374838898
     b(22_1) c_u_svm(1)_activation_rows(13)_ 0.5152670004946065
     b(22_1) c_u_svm(1)_activation_rows(14)_ 1.0000000010000001
     b(22_1) c_u_svm(1)_activation_rows(15)_ 0.5152670004946065
     b(22_1) c_u_svm(1)_activation_rows(16)_ 1.0000000010000001
     b(22_1) c_u_svm(1)_activation_rows(17)_ 0.21741872288696737
     b(22_1) c_u_svm(1)_activation_rows(18)_ 0.42195351710023182
     b(22_1) c_u_svm(1)_activation_rows(19)_ 0.5152670004946065
     b(22_1) c_u_svm(1)_activation_rows(20)_ 1.0000000010000001
     b(22_1) c_u_svm(1)_activation_rows(21)_ 0.17700530530244007
     b(22_1) c_u_svm(1)_activation_rows(22)_ 0.34352152439325129
     b(22_1) c_u_svm(1)_activation_rows(23)_ 0.5152670004946065
     b(22_1) c_u_svm(1)_activation_rows(24)_ 1.0000000010000001
     b(22_1) c_u_svm(1)_activation_rows(25)_ 0.5152670004946065
     b(22_1) c_u_svm(1)_activation_rows(26)_ 1.0000000010000001
     b(22_1) c_u_svm(1)_activation_rows(27)_ 0.17891266159879238
     b(22_1) c_u_svm(1)_activation_rows(28)_ 0.347223209726154
     b(22_1) c_u_svm(1)_activation_rows(29)_ 0.5152670004946065
     b(22_1) c_u_svm(1)_activation_rows(30)_ 1.0000000010000001
     b(22_1) c_u_svm(1)_activation_rows(31)_ 0.17756880784650164
     b(22_1) c_u_svm(1)_activation_rows(32)_ 0.34461513711070491
     b(22_1) c_u_svm(1)_activation_rows(33)_ 0.5152670004946065
     b(22_1) c_u_svm(1)_activation_rows(34)_ 1.0000000010000001
     b(22_1) c_u_svm(1)_activation_rows(35)_ 0.5152670004946065
     b(22_1) c_u_svm(1)_activation_rows(36)_ 1.0000000010000001
     b(22_1) c_u_svm(1)_activation_rows(37)_ 0.18987657264192145
     b(22_1) c_u_svm(1)_activation_rows(38)_ 0.36850132581658612
     b(22_1) c_u_svm(1)_activation_rows(39)_ 0.5152670004946065
     b(22_1) c_u_svm(1)_activation_rows(40)_ 1.0000000010000001
     b(22_1) c_u_svm(1)_activation_rows(41)_ 0.22819969540558202
     b(22_1) c_u_svm(1)_activation_rows(42)_ 0.44287659682209823
     b(22_1) c_u_svm(1)_activation_rows(43)_ 0.5152670004946065
     b(22_1) c_u_svm(1)_activation_rows(44)_ 1.0000000010000001
     b(22_1) c_u_svm(1)_activation_rows(45)_ 0.26712029020990724
     b(22_1) c_u_svm(1)_activation_rows(46)_ 0.51841140655353035
     b(22_1) c_u_svm(1)_activation_rows(47)_ 0.5152670004946065
     b(22_1) c_u_svm(1)_activation_rows(48)_ 1.0000000010000001
     b(22_1) c_u_svm(1)_activation_rows(49)_ 0.4017848992930132
     b(22_1) c_u_svm(1)_activation_rows(50)_ 0.7797605887998329
     b(22_1) c_u_svm(1)_activation_rows(51)_ 0.5152670004946065
     b(22_1) c_u_svm(1)_activation_rows(52)_ 1.0000000010000001
     b(22_1) c_u_svm(1)_activation_rows(53)_ 0.29132419051952446
     b(22_1) c_u_svm(1)_activation_rows(54)_ 0.56538491797690449
     b(22_1) c_u_svm(1)_activation_rows(55)_ 0.5152670004946065
     b(22_1) c_u_svm(1)_activation_rows(56)_ 1.0000000010000001
     b(22_1) c_u_svm(1)_activation_rows(57)_ 0.32233825105876801
     b(22_1) c_u_svm(1)_activation_rows(58)_ 0.62557518931290523
     b(22_1) c_u_svm(1)_activation_rows(59)_ 0.5152670004946065
     b(22_1) c_u_svm(1)_activation_rows(60)_ 1.0000000010000001
     b(22_1) c_u_svm(1)_activation_rows(61)_ 0.5152670004946065
     b(22_1) c_u_svm(1)_activation_rows(62)_ 1.0000000010000001
     b(22_1) c_u_svm(1)_activation_rows(63)_ 0.087760757527475544
     b(22_1) c_u_svm(1)_activation_rows(64)_ 0.17032093561395251
     b(22_1) c_u_svm(1)_activation_rows(65)_ 0.33827737472161279
     b(22_1) c_u_svm(1)_activation_rows(66)_ 0.65650890651871097
     b(22_1) c_u_svm(1)_activation_rows(67)_ 0.51526699997933945
     b(22_1) c_u_svm(1)_activation_rows(68)_ 1
     b(22_1) c_u_svm(1)_activation_rows(69)_ -0.51526699997933945
     b(22_1) c_u_svm(1)_activation_rows(70)_ -1
     b(22_1) c_u_svm(1)_activation_rows(71)_ 0.5152670004946065
     b(22_1) c_u_svm(1)_activation_rows(72)_ 1.0000000010000001
     b(22_1) c_u_svm(1)_activation_rows(73)_ 0.26195137958227421
     b(22_1) c_u_svm(1)_activation_rows(74)_ 0.50837988769468567
     b(22_1) c_u_svm(1)_activation_rows(75)_ 0.5152670004946065
     b(22_1) c_u_svm(1)_activation_rows(76)_ 1.0000000010000001
     b(22_1) c_u_svm(1)_activation_rows(77)_ 0.5152670004946065
     b(22_1) c_u_svm(1)_activation_rows(78)_ 1.0000000010000001
     b(22_1) c_u_svm(1)_activation_rows(79)_ 0.5152670004946065
     b(22_1) c_u_svm(1)_activation_rows(80)_ 1.0000000010000001
     b(22_1) c_u_svm(1)_activation_rows(81)_ 0.5152670004946065
     b(22_1) c_u_svm(1)_activation_rows(82)_ 1.0000000010000001
     b(23_1) objective -1
     b(23_1) c_u_svm(1)_z_ge_alpha_if_pos(23)_ 1.0305339999586789
     b(23_1) c_u_svm(1)_z_le_neg_alpha_if_neg(23)_ -1.0305339999586789
     b(23_1) c_u_svm(1)_w_minus_p_le(23)_ 14.344719511480641
     b(23_1) c_u_svm(1)_w_minus_p_ge(23)_ 14.344719511480641
     b(23_1) c_u_svm(1)_w_plus_p_le(23)_ -14.344719511480641
     b(23_1) c_u_svm(1)_w_plus_p_ge(23)_ -14.344719511480641
     b(23_1) c_u_svm(1)_activation_rows(1)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(2)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(3)_ 0.40034897154350246
     b(23_1) c_u_svm(1)_activation_rows(4)_ 0.77697382436592133
     b(23_1) c_u_svm(1)_activation_rows(5)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(6)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(7)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(8)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(9)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(10)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(11)_ 0.36936323546257382
     b(23_1) c_u_svm(1)_activation_rows(12)_ 0.71683852347886456
     b(23_1) c_u_svm(1)_activation_rows(13)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(14)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(15)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(16)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(17)_ 0.49654361937068803
     b(23_1) c_u_svm(1)_activation_rows(18)_ 0.96366276006536
     b(23_1) c_u_svm(1)_activation_rows(19)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(20)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(21)_ 0.38855088446771446
     b(23_1) c_u_svm(1)_activation_rows(22)_ 0.75407678831226166
     b(23_1) c_u_svm(1)_activation_rows(23)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(24)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(25)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(26)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(27)_ 0.41572712620851426
     b(23_1) c_u_svm(1)_activation_rows(28)_ 0.80681884581233343
     b(23_1) c_u_svm(1)_activation_rows(29)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(30)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(31)_ 0.37245107277274642
     b(23_1) c_u_svm(1)_activation_rows(32)_ 0.72283121718969101
     b(23_1) c_u_svm(1)_activation_rows(33)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(34)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(35)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(36)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(37)_ 0.41068529272874293
     b(23_1) c_u_svm(1)_activation_rows(38)_ 0.7970339508356058
     b(23_1) c_u_svm(1)_activation_rows(39)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(40)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(41)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(42)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(43)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(44)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(45)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(46)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(47)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(48)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(49)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(50)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(51)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(52)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(53)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(54)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(55)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(56)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(57)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(58)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(59)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(60)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(61)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(62)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(63)_ 0.1963349217851349
     b(23_1) c_u_svm(1)_activation_rows(64)_ 0.38103531138809066
     b(23_1) c_u_svm(1)_activation_rows(65)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(66)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(67)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(68)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(69)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(70)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(71)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(72)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(73)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(74)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(75)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(76)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(77)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(78)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(79)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(80)_ 1.0000000010000001
     b(23_1) c_u_svm(1)_activation_rows(81)_ 0.5152670004946065
     b(23_1) c_u_svm(1)_activation_rows(82)_ 1.0000000010000001
     b(24_1) objective -1
     b(24_1) c_u_svm(1)_z_ge_alpha_if_pos(24)_ 1.0305339999586789
     b(24_1) c_u_svm(1)_z_le_neg_alpha_if_neg(24)_ -1.0305339999586789
     b(24_1) c_u_svm(1)_w_minus_p_le(24)_ 10.264503770618481
     b(24_1) c_u_svm(1)_w_minus_p_ge(24)_ 10.264503770618481
     b(24_1) c_u_svm(1)_w_plus_p_le(24)_ -10.264503770618481
     b(24_1) c_u_svm(1)_w_plus_p_ge(24)_ -10.264503770618481
     b(24_1) c_u_svm(1)_activation_rows(1)_ 0.5152670004946065
     b(24_1) c_u_svm(1)_activation_rows(2)_ 1.0000000010000001
     b(24_1) c_u_svm(1)_activation_rows(3)_ 0.14195780275650857
     b(24_1) c_u_svm(1)_activation_rows(4)_ 0.27550338516186873
     b(24_1) c_u_svm(1)_activation_rows(5)_ 0.21574582468366263
     b(24_1) c_u_svm(1)_activation_rows(6)_ 0.41870685429556587
     b(24_1) c_u_svm(1)_activation_rows(7)_ 0.5152670004946065
     b(24_1) c_u_svm(1)_activation_rows(8)_ 1.0000000010000001
     b(24_1) c_u_svm(1)_activation_rows(9)_ 0.5152670004946065
     b(24_1) c_u_svm(1)_activation_rows(10)_ 1.0000000010000001
     b(24_1) c_u_svm(1)_activation_rows(11)_ 0.13075595893037537
     b(24_1) c_u_svm(1)_activation_rows(12)_ 0.25376350306854167
     b(24_1) c_u_svm(1)_activation_rows(13)_ 0.50062485133227796
     b(24_1) c_u_svm(1)_activation_rows(14)_ 0.97158337590482491
     b(24_1) c_u_svm(1)_activation_rows(15)_ 0.5152670004946065
     b(24_1) c_u_svm(1)_activation_rows(16)_ 1.0000000010000001
     b(24_1) c_u_svm(1)_activation_rows(17)_ 0.19324119394540692
     b(24_1) c_u_svm(1)_activation_rows(18)_ 0.37503118568267574
     b(24_1) c_u_svm(1)_activation_rows(19)_ 0.5152670004946065
     b(24_1) c_u_svm(1)_activation_rows(20)_ 1.0000000010000001
     b(24_1) c_u_svm(1)_activation_rows(21)_ 0.1330259770767756
     b(24_1) c_u_svm(1)_activation_rows(22)_ 0.25816902126879759
     b(24_1) c_u_svm(1)_activation_rows(23)_ 0.5152670004946065
     b(24_1) c_u_svm(1)_activation_rows(24)_ 1.0000000010000001
     b(24_1) c_u_svm(1)_activation_rows(25)_ 0.5152670004946065
     b(24_1) c_u_svm(1)_activation_rows(26)_ 1.0000000010000001
     b(24_1) c_u_svm(1)_activation_rows(27)_ 0.14342773088839453
     b(24_1) c_u_svm(1)_activation_rows(28)_ 0.27835613554554339
     b(24_1) c_u_svm(1)_activation_rows(29)_ 0.5152670004946065
     b(24_1) c_u_svm(1)_activation_rows(30)_ 1.0000000010000001
     b(24_1) c_u_svm(1)_activation_rows(31)_ 0.13682867456923409
     b(24_1) c_u_svm(1)_activation_rows(32)_ 0.26554907373210485
     b(24_1) c_u_svm(1)_activation_rows(33)_ 0.5152670004946065
     b(24_1) c_u_svm(1)_activation_rows(34)_ 1.0000000010000001
     b(24_1) c_u_svm(1)_activation_rows(35)_ 0.5152670004946065
     b(24_1) c_u_svm(1)_activation_rows(36)_ 1.0000000010000001
     b(24_1) c_u_svm(1)_activation_rows(37)_ 0.1426997704134213
     b(24_1) c_u_svm(1)_activation_rows(38)_ 0.2769433525126645
     b(24_1) c_u_svm(1)_activation_rows(39)_ 0.5152670004946065
     b(24_1) c_u_svm(1)_activation_rows(40)_ 1.0000000010000001
     b(24_1) c_u_svm(1)_activation_rows(41)_ 0.20284859807699557
     b(24_1) c_u_svm(1)_activation_rows(42)_ 0.3936766726476354
     b(24_1) c_u_svm(1)_activation_rows(43)_ 0.5152670004946065
     b(24_1) c_u_svm(1)_activation_rows(44)_ 1.0000000010000001
     b(24_1) c_u_svm(1)_activation_rows(45)_ 0.28120386359288674
     b(24_1) c_u_svm(1)_activation_rows(46)_ 0.54574398050750794
     b(24_1) c_u_svm(1)_activation_rows(47)_ 0.5152670004946065
     b(24_1) c_u_svm(1)_activation_rows(48)_ 1.0000000010000001
     b(24_1) c_u_svm(1)_activation_rows(49)_ 0.37617746570467647
     b(24_1) c_u_svm(1)_activation_rows(50)_ 0.73006318223321109
     b(24_1) c_u_svm(1)_activation_rows(51)_ 0.5152670004946065
     b(24_1) c_u_svm(1)_activation_rows(52)_ 1.0000000010000001
     b(24_1) c_u_svm(1)_activation_rows(53)_ 0.34870810668712432
     b(24_1) c_u_svm(1)_activation_rows(54)_ 0.67675225989847287
     b(24_1) c_u_svm(1)_activation_rows(55)_ 0.5152670004946065
     b(24_1) c_u_svm(1)_activation_rows(56)_ 1.0000000010000001
     b(24_1) c_u_svm(1)_activation_rows(57)_ 0.36837981898219235
     b(24_1) c_u_svm(1)_activation_rows(58)_ 0.71492996639987272
     b(24_1) c_u_svm(1)_activation_rows(59)_ 0.5152670004946065
     b(24_1) c_u_svm(1)_activation_rows(60)_ 1.0000000010000001
     b(24_1) c_u_svm(1)_activation_rows(61)_ 0.5152670004946065
     b(24_1) c_u_svm(1)_activation_rows(62)_ 1.0000000010000001
     b(24_1) c_u_svm(1)_activation_rows(63)_ 0.067243306553146281
     b(24_1) c_u_svm(1)_activation_rows(64)_ 0.13050186904234606
     b(24_1) c_u_svm(1)_activation_rows(65)_ 0.26732193596272191
     b(24_1) c_u_svm(1)_activation_rows(66)_ 0.518802748814577
     b(24_1) c_u_svm(1)_activation_rows(67)_ 0.5152670004946065
     b(24_1) c_u_svm(1)_activation_rows(68)_ 1.0000000010000001
     b(24_1) c_u_svm(1)_activation_rows(69)_ 0.5152670004946065
     b(24_1) c_u_svm(1)_activation_rows(70)_ 1.0000000010000001
     b(24_1) c_u_svm(1)_activation_rows(71)_ 0.51526699997933945
     b(24_1) c_u_svm(1)_activation_rows(72)_ 1
     b(24_1) c_u_svm(1)_activation_rows(73)_ -0.51526699997933945
     b(24_1) c_u_svm(1)_activation_rows(74)_ -1
     b(24_1) c_u_svm(1)_activation_rows(75)_ 0.5152670004946065
     b(24_1) c_u_svm(1)_activation_rows(76)_ 1.0000000010000001
     b(24_1) c_u_svm(1)_activation_rows(77)_ 0.5152670004946065
     b(24_1) c_u_svm(1)_activation_rows(78)_ 1.0000000010000001
     b(24_1) c_u_svm(1)_activation_rows(79)_ 0.43082568260728182
     b(24_1) c_u_svm(1)_activation_rows(80)_ 0.83612123932748761
     b(24_1) c_u_svm(1)_activation_rows(81)_ 0.5152670004946065
     b(24_1) c_u_svm(1)_activation_rows(82)_ 1.0000000010000001
     b(25_1) objective -1
     b(25_1) c_u_svm(1)_z_ge_alpha_if_pos(25)_ 1.0305339999586789
     b(25_1) c_u_svm(1)_z_le_neg_alpha_if_neg(25)_ -1.0305339999586789
     b(25_1) c_u_svm(1)_w_minus_p_le(25)_ 9.5940780978129414
     b(25_1) c_u_svm(1)_w_minus_p_ge(25)_ 9.5940780978129414
     b(25_1) c_u_svm(1)_w_plus_p_le(25)_ -9.5940780978129414
     b(25_1) c_u_svm(1)_w_plus_p_ge(25)_ -9.5940780978129414
     b(25_1) c_u_svm(1)_activation_rows(1)_ 0.5152670004946065
     b(25_1) c_u_svm(1)_activation_rows(2)_ 1.0000000010000001
     b(25_1) c_u_svm(1)_activation_rows(3)_ 0.26217134116481716
     b(25_1) c_u_svm(1)_activation_rows(4)_ 0.50880677624480009
     b(25_1) c_u_svm(1)_activation_rows(5)_ 0.39581629639592408
     b(25_1) c_u_svm(1)_activation_rows(6)_ 0.76817707404470892
     b(25_1) c_u_svm(1)_activation_rows(7)_ 0.5152670004946065
     b(25_1) c_u_svm(1)_activation_rows(8)_ 1.0000000010000001
     b(25_1) c_u_svm(1)_activation_rows(9)_ 0.5152670004946065
     b(25_1) c_u_svm(1)_activation_rows(10)_ 1.0000000010000001
     b(25_1) c_u_svm(1)_activation_rows(11)_ 0.23024553137466092
     b(25_1) c_u_svm(1)_activation_rows(12)_ 0.44684703538921183
     b(25_1) c_u_svm(1)_activation_rows(13)_ 0.5152670004946065
     b(25_1) c_u_svm(1)_activation_rows(14)_ 1.0000000010000001
     b(25_1) c_u_svm(1)_activation_rows(15)_ 0.5152670004946065
     b(25_1) c_u_svm(1)_activation_rows(16)_ 1.0000000010000001
     b(25_1) c_u_svm(1)_activation_rows(17)_ 0.36627415515677064
     b(25_1) c_u_svm(1)_activation_rows(18)_ 0.71084341743495516
     b(25_1) c_u_svm(1)_activation_rows(19)_ 0.5152670004946065
     b(25_1) c_u_svm(1)_activation_rows(20)_ 1.0000000010000001
     b(25_1) c_u_svm(1)_activation_rows(21)_ 0.24663803957130492
     b(25_1) c_u_svm(1)_activation_rows(22)_ 0.47866065473083724
     b(25_1) c_u_svm(1)_activation_rows(23)_ 0.5152670004946065
     b(25_1) c_u_svm(1)_activation_rows(24)_ 1.0000000010000001
     b(25_1) c_u_svm(1)_activation_rows(25)_ 0.5152670004946065
     b(25_1) c_u_svm(1)_activation_rows(26)_ 1.0000000010000001
     b(25_1) c_u_svm(1)_activation_rows(27)_ 0.26662084056241142
     b(25_1) c_u_svm(1)_activation_rows(28)_ 0.51744210394436685
     b(25_1) c_u_svm(1)_activation_rows(29)_ 0.5152670004946065
     b(25_1) c_u_svm(1)_activation_rows(30)_ 1.0000000010000001
     b(25_1) c_u_svm(1)_activation_rows(31)_ 0.24354758478465044
     b(25_1) c_u_svm(1)_activation_rows(32)_ 0.47266288117503336
     b(25_1) c_u_svm(1)_activation_rows(33)_ 0.5152670004946065
     b(25_1) c_u_svm(1)_activation_rows(34)_ 1.0000000010000001
     b(25_1) c_u_svm(1)_activation_rows(35)_ 0.5152670004946065
     b(25_1) c_u_svm(1)_activation_rows(36)_ 1.0000000010000001
     b(25_1) c_u_svm(1)_activation_rows(37)_ 0.26265922480581494
     b(25_1) c_u_svm(1)_activation_rows(38)_ 0.50975363222629577
     b(25_1) c_u_svm(1)_activation_rows(39)_ 0.5152670004946065
     b(25_1) c_u_svm(1)_activation_rows(40)_ 1.0000000010000001
     b(25_1) c_u_svm(1)_activation_rows(41)_ 0.37368500145126582
     b(25_1) c_u_svm(1)_activation_rows(42)_ 0.7252259536633423
     b(25_1) c_u_svm(1)_activation_rows(43)_ 0.5152670004946065
     b(25_1) c_u_svm(1)_activation_rows(44)_ 1.0000000010000001
     b(25_1) c_u_svm(1)_activation_rows(45)_ 0.49610756540742645
     b(25_1) c_u_svm(1)_activation_rows(46)_ 0.96281649208530484
     b(25_1) c_u_svm(1)_activation_rows(47)_ 0.5152670004946065
     b(25_1) c_u_svm(1)_activation_rows(48)_ 1.0000000010000001
     b(25_1) c_u_svm(1)_activation_rows(49)_ 0.5152670004946065
     b(25_1) c_u_svm(1)_activation_rows(50)_ 1.0000000010000001
     b(25_1) c_u_svm(1)_activation_rows(51)_ 0.5152670004946065
     b(25_1) c_u_svm(1)_activation_rows(52)_ 1.0000000010000001
     b(25_1) c_u_svm(1)_activation_rows(53)_ 0.5152670004946065
     b(25_1) c_u_svm(1)_activation_rows(54)_ 1.0000000010000001
     b(25_1) c_u_svm(1)_activation_rows(55)_ 0.5152670004946065
     b(25_1) c_u_svm(1)_activation_rows(56)_ 1.0000000010000001
     b(25_1) c_u_svm(1)_activation_rows(57)_ 0.5152670004946065
     b(25_1) c_u_svm(1)_activation_rows(58)_ 1.0000000010000001
     b(25_1) c_u_svm(1)_activation_rows(59)_ 0.5152670004946065
     b(25_1) c_u_svm(1)_activation_rows(60)_ 1.0000000010000001
     b(25_1) c_u_svm(1)_activation_rows(61)_ 0.5152670004946065
     b(25_1) c_u_svm(1)_activation_rows(62)_ 1.0000000010000001
     b(25_1) c_u_svm(1)_activation_rows(63)_ 0.11592033192911071
     b(25_1) c_u_svm(1)_activation_rows(64)_ 0.22497138752095272
     b(25_1) c_u_svm(1)_activation_rows(65)_ 0.5152670004946065
     b(25_1) c_u_svm(1)_activation_rows(66)_ 1.0000000010000001
     b(25_1) c_u_svm(1)_activation_rows(67)_ 0.5152670004946065
     b(25_1) c_u_svm(1)_activation_rows(68)_ 1.0000000010000001
     b(25_1) c_u_svm(1)_activation_rows(69)_ 0.5152670004946065
     b(25_1) c_u_svm(1)_activation_rows(70)_ 1.0000000010000001
     b(25_1) c_u_svm(1)_activation_rows(71)_ 0.5152670004946065
     b(25_1) c_u_svm(1)_activation_rows(72)_ 1.0000000010000001
     b(25_1) c_u_svm(1)_activation_rows(73)_ 0.5152670004946065
     b(25_1) c_u_svm(1)_activation_rows(74)_ 1.0000000010000001
     b(25_1) c_u_svm(1)_activation_rows(75)_ -0.51526699997933945
     b(25_1) c_u_svm(1)_activation_rows(76)_ -1
     b(25_1) c_u_svm(1)_activation_rows(77)_ 0.5152670004946065
     b(25_1) c_u_svm(1)_activation_rows(78)_ 1.0000000010000001
     b(25_1) c_u_svm(1)_activation_rows(79)_ 0.5152670004946065
     b(25_1) c_u_svm(1)_activation_rows(80)_ 1.0000000010000001
     b(25_1) c_u_svm(1)_activation_rows(81)_ 0.5152670004946065
     b(25_1) c_u_svm(1)_activation_rows(82)_ 1.0000000010000001
     b(26_1) objective -1
     b(26_1) c_u_svm(1)_z_ge_alpha_if_pos(26)_ 1.0305339999586789
     b(26_1) c_u_svm(1)_z_le_neg_alpha_if_neg(26)_ -1.0305339999586789
     b(26_1) c_u_svm(1)_w_minus_p_le(26)_ 12.422490555972583
     b(26_1) c_u_svm(1)_w_minus_p_ge(26)_ 12.422490555972583
     b(26_1) c_u_svm(1)_w_plus_p_le(26)_ -12.422490555972583
     b(26_1) c_u_svm(1)_w_plus_p_ge(26)_ -12.422490555972583
     b(26_1) c_u_svm(1)_activation_rows(1)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(2)_ 1.0000000010000001
     b(26_1) c_u_svm(1)_activation_rows(3)_ 0.33123615627696285
     b(26_1) c_u_svm(1)_activation_rows(4)_ 0.64284372236189069
     b(26_1) c_u_svm(1)_activation_rows(5)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(6)_ 1.0000000010000001
     b(26_1) c_u_svm(1)_activation_rows(7)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(8)_ 1.0000000010000001
     b(26_1) c_u_svm(1)_activation_rows(9)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(10)_ 1.0000000010000001
     b(26_1) c_u_svm(1)_activation_rows(11)_ 0.33278279965603208
     b(26_1) c_u_svm(1)_activation_rows(12)_ 0.64584535720194691
     b(26_1) c_u_svm(1)_activation_rows(13)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(14)_ 1.0000000010000001
     b(26_1) c_u_svm(1)_activation_rows(15)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(16)_ 1.0000000010000001
     b(26_1) c_u_svm(1)_activation_rows(17)_ 0.44766115778890575
     b(26_1) c_u_svm(1)_activation_rows(18)_ 0.86879454303663062
     b(26_1) c_u_svm(1)_activation_rows(19)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(20)_ 1.0000000010000001
     b(26_1) c_u_svm(1)_activation_rows(21)_ 0.33580531767395688
     b(26_1) c_u_svm(1)_activation_rows(22)_ 0.65171128305795167
     b(26_1) c_u_svm(1)_activation_rows(23)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(24)_ 1.0000000010000001
     b(26_1) c_u_svm(1)_activation_rows(25)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(26)_ 1.0000000010000001
     b(26_1) c_u_svm(1)_activation_rows(27)_ 0.32190542192695148
     b(26_1) c_u_svm(1)_activation_rows(28)_ 0.62473517989675031
     b(26_1) c_u_svm(1)_activation_rows(29)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(30)_ 1.0000000010000001
     b(26_1) c_u_svm(1)_activation_rows(31)_ 0.32343537838103098
     b(26_1) c_u_svm(1)_activation_rows(32)_ 0.62770442973060514
     b(26_1) c_u_svm(1)_activation_rows(33)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(34)_ 1.0000000010000001
     b(26_1) c_u_svm(1)_activation_rows(35)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(36)_ 1.0000000010000001
     b(26_1) c_u_svm(1)_activation_rows(37)_ 0.35007250707875376
     b(26_1) c_u_svm(1)_activation_rows(38)_ 0.67940020822756075
     b(26_1) c_u_svm(1)_activation_rows(39)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(40)_ 1.0000000010000001
     b(26_1) c_u_svm(1)_activation_rows(41)_ 0.36228336779506148
     b(26_1) c_u_svm(1)_activation_rows(42)_ 0.70309833117507603
     b(26_1) c_u_svm(1)_activation_rows(43)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(44)_ 1.0000000010000001
     b(26_1) c_u_svm(1)_activation_rows(45)_ 0.49456727528261124
     b(26_1) c_u_svm(1)_activation_rows(46)_ 0.95982718726881755
     b(26_1) c_u_svm(1)_activation_rows(47)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(48)_ 1.0000000010000001
     b(26_1) c_u_svm(1)_activation_rows(49)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(50)_ 1.0000000010000001
     b(26_1) c_u_svm(1)_activation_rows(51)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(52)_ 1.0000000010000001
     b(26_1) c_u_svm(1)_activation_rows(53)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(54)_ 1.0000000010000001
     b(26_1) c_u_svm(1)_activation_rows(55)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(56)_ 1.0000000010000001
     b(26_1) c_u_svm(1)_activation_rows(57)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(58)_ 1.0000000010000001
     b(26_1) c_u_svm(1)_activation_rows(59)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(60)_ 1.0000000010000001
     b(26_1) c_u_svm(1)_activation_rows(61)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(62)_ 1.0000000010000001
     b(26_1) c_u_svm(1)_activation_rows(63)_ 0.18919672903871065
     b(26_1) c_u_svm(1)_activation_rows(64)_ 0.36718192518887649
     b(26_1) c_u_svm(1)_activation_rows(65)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(66)_ 1.0000000010000001
     b(26_1) c_u_svm(1)_activation_rows(67)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(68)_ 1.0000000010000001
     b(26_1) c_u_svm(1)_activation_rows(69)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(70)_ 1.0000000010000001
     b(26_1) c_u_svm(1)_activation_rows(71)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(72)_ 1.0000000010000001
     b(26_1) c_u_svm(1)_activation_rows(73)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(74)_ 1.0000000010000001
     b(26_1) c_u_svm(1)_activation_rows(75)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(76)_ 1.0000000010000001
     b(26_1) c_u_svm(1)_activation_rows(77)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(78)_ 1.0000000010000001
     b(26_1) c_u_svm(1)_activation_rows(79)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(80)_ 1.0000000010000001
     b(26_1) c_u_svm(1)_activation_rows(81)_ 0.5152670004946065
     b(26_1) c_u_svm(1)_activation_rows(82)_ 1.0000000010000001
     b(27_1) objective -1
     b(27_1) c_u_svm(1)_z_ge_alpha_if_pos(27)_ 1.0305339999586789
     b(27_1) c_u_svm(1)_z_le_neg_alpha_if_neg(27)_ -1.0305339999586789
     b(27_1) c_u_svm(1)_w_minus_p_le(27)_ 12.05500958308517
     b(27_1) c_u_svm(1)_w_minus_p_ge(27)_ 12.05500958308517
     b(27_1) c_u_svm(1)_w_plus_p_le(27)_ -12.05500958308517
     b(27_1) c_u_svm(1)_w_plus_p_ge(27)_ -12.05500958308517
     b(27_1) c_u_svm(1)_activation_rows(1)_ 0.5152670004946065
     b(27_1) c_u_svm(1)_activation_rows(2)_ 1.0000000010000001
     b(27_1) c_u_svm(1)_activation_rows(3)_ 0.17449416494545084
     b(27_1) c_u_svm(1)_activation_rows(4)_ 0.33864805033593748
     b(27_1) c_u_svm(1)_activation_rows(5)_ 0.26750606387732195
     b(27_1) c_u_svm(1)_activation_rows(6)_ 0.5191600934817252
     b(27_1) c_u_svm(1)_activation_rows(7)_ 0.5152670004946065
     b(27_1) c_u_svm(1)_activation_rows(8)_ 1.0000000010000001
     b(27_1) c_u_svm(1)_activation_rows(9)_ 0.5152670004946065
     b(27_1) c_u_svm(1)_activation_rows(10)_ 1.0000000010000001
     b(27_1) c_u_svm(1)_activation_rows(11)_ 0.15958450069249291
     b(27_1) c_u_svm(1)_activation_rows(12)_ 0.3097122476286891
     b(27_1) c_u_svm(1)_activation_rows(13)_ 0.4739068948634137
     b(27_1) c_u_svm(1)_activation_rows(14)_ 0.91973073160597485
     b(27_1) c_u_svm(1)_activation_rows(15)_ 0.5152670004946065
     b(27_1) c_u_svm(1)_activation_rows(16)_ 1.0000000010000001
     b(27_1) c_u_svm(1)_activation_rows(17)_ 0.19554455628154643
     b(27_1) c_u_svm(1)_activation_rows(18)_ 0.37950141633247841
     b(27_1) c_u_svm(1)_activation_rows(19)_ 0.5152670004946065
     b(27_1) c_u_svm(1)_activation_rows(20)_ 1.0000000010000001
     b(27_1) c_u_svm(1)_activation_rows(21)_ 0.17009211390854481
     b(27_1) c_u_svm(1)_activation_rows(22)_ 0.33010480763442052
     b(27_1) c_u_svm(1)_activation_rows(23)_ 0.5152670004946065
     b(27_1) c_u_svm(1)_activation_rows(24)_ 1.0000000010000001
     b(27_1) c_u_svm(1)_activation_rows(25)_ 0.5152670004946065
     b(27_1) c_u_svm(1)_activation_rows(26)_ 1.0000000010000001
     b(27_1) c_u_svm(1)_activation_rows(27)_ 0.18065131975350682
     b(27_1) c_u_svm(1)_activation_rows(28)_ 0.35059749559112141
     b(27_1) c_u_svm(1)_activation_rows(29)_ 0.5152670004946065
     b(27_1) c_u_svm(1)_activation_rows(30)_ 1.0000000010000001
     b(27_1) c_u_svm(1)_activation_rows(31)_ 0.15391635957753955
     b(27_1) c_u_svm(1)_activation_rows(32)_ 0.29871185149390722
     b(27_1) c_u_svm(1)_activation_rows(33)_ 0.5152670004946065
     b(27_1) c_u_svm(1)_activation_rows(34)_ 1.0000000010000001
     b(27_1) c_u_svm(1)_activation_rows(35)_ 0.5152670004946065
     b(27_1) c_u_svm(1)_activation_rows(36)_ 1.0000000010000001
     b(27_1) c_u_svm(1)_activation_rows(37)_ 0.1789935169066921
     b(27_1) c_u_svm(1)_activation_rows(38)_ 0.34738012896977521
     b(27_1) c_u_svm(1)_activation_rows(39)_ 0.5152670004946065
     b(27_1) c_u_svm(1)_activation_rows(40)_ 1.0000000010000001
     b(27_1) c_u_svm(1)_activation_rows(41)_ 0.22653828285185681
     b(27_1) c_u_svm(1)_activation_rows(42)_ 0.43965222469310139
     b(27_1) c_u_svm(1)_activation_rows(43)_ 0.5152670004946065
     b(27_1) c_u_svm(1)_activation_rows(44)_ 1.0000000010000001
     b(27_1) c_u_svm(1)_activation_rows(45)_ 0.27020671546970737
     b(27_1) c_u_svm(1)_activation_rows(46)_ 0.52440135983973701
     b(27_1) c_u_svm(1)_activation_rows(47)_ 0.5152670004946065
     b(27_1) c_u_svm(1)_activation_rows(48)_ 1.0000000010000001
     b(27_1) c_u_svm(1)_activation_rows(49)_ 0.33092822403130134
     b(27_1) c_u_svm(1)_activation_rows(50)_ 0.64224610550369132
     b(27_1) c_u_svm(1)_activation_rows(51)_ 0.5152670004946065
     b(27_1) c_u_svm(1)_activation_rows(52)_ 1.0000000010000001
     b(27_1) c_u_svm(1)_activation_rows(53)_ 0.28571008713327539
     b(27_1) c_u_svm(1)_activation_rows(54)_ 0.55448939509949491
     b(27_1) c_u_svm(1)_activation_rows(55)_ 0.5152670004946065
     b(27_1) c_u_svm(1)_activation_rows(56)_ 1.0000000010000001
     b(27_1) c_u_svm(1)_activation_rows(57)_ 0.34753937165193305
     b(27_1) c_u_svm(1)_activation_rows(58)_ 0.67448404742758272
     b(27_1) c_u_svm(1)_activation_rows(59)_ 0.5152670004946065
     b(27_1) c_u_svm(1)_activation_rows(60)_ 1.0000000010000001
     b(27_1) c_u_svm(1)_activation_rows(61)_ 0.5152670004946065
     b(27_1) c_u_svm(1)_activation_rows(62)_ 1.0000000010000001
     b(27_1) c_u_svm(1)_activation_rows(63)_ 0.077341534617127908
     b(27_1) c_u_svm(1)_activation_rows(64)_ 0.15009991833404634
     b(27_1) c_u_svm(1)_activation_rows(65)_ 0.31946775290809593
     b(27_1) c_u_svm(1)_activation_rows(66)_ 0.62000429470722085
     b(27_1) c_u_svm(1)_activation_rows(67)_ 0.5152670004946065
     b(27_1) c_u_svm(1)_activation_rows(68)_ 1.0000000010000001
     b(27_1) c_u_svm(1)_activation_rows(69)_ 0.5152670004946065
     b(27_1) c_u_svm(1)_activation_rows(70)_ 1.0000000010000001
     b(27_1) c_u_svm(1)_activation_rows(71)_ 0.5152670004946065
     b(27_1) c_u_svm(1)_activation_rows(72)_ 1.0000000010000001
     b(27_1) c_u_svm(1)_activation_rows(73)_ 0.27047679002133745
     b(27_1) c_u_svm(1)_activation_rows(74)_ 0.52492550470374133
     b(27_1) c_u_svm(1)_activation_rows(75)_ 0.5152670004946065
     b(27_1) c_u_svm(1)_activation_rows(76)_ 1.0000000010000001
     b(27_1) c_u_svm(1)_activation_rows(77)_ 0.51526699997933945
     b(27_1) c_u_svm(1)_activation_rows(78)_ 1
     b(27_1) c_u_svm(1)_activation_rows(79)_ -0.51526699997933945
     b(27_1) c_u_svm(1)_activation_rows(80)_ -1
     b(27_1) c_u_svm(1)_activation_rows(81)_ 0.5152670004946065
     b(27_1) c_u_svm(1)_activation_rows(82)_ 1.0000000010000001
     b(28_1) objective -1
     b(28_1) c_u_svm(1)_z_ge_alpha_if_pos(28)_ 1.0305339999586789
     b(28_1) c_u_svm(1)_z_le_neg_alpha_if_neg(28)_ -1.0305339999586789
     b(28_1) c_u_svm(1)_w_minus_p_le(28)_ 9.3139524031821157
     b(28_1) c_u_svm(1)_w_minus_p_ge(28)_ 9.3139524031821157
     b(28_1) c_u_svm(1)_w_plus_p_le(28)_ -9.3139524031821157
     b(28_1) c_u_svm(1)_w_plus_p_ge(28)_ -9.3139524031821157
     b(28_1) c_u_svm(1)_activation_rows(1)_ 0.5152670004946065
     b(28_1) c_u_svm(1)_activation_rows(2)_ 1.0000000010000001
     b(28_1) c_u_svm(1)_activation_rows(3)_ 0.26916586165602446
     b(28_1) c_u_svm(1)_activation_rows(4)_ 0.52238133174998036
     b(28_1) c_u_svm(1)_activation_rows(5)_ 0.41719493671803104
     b(28_1) c_u_svm(1)_activation_rows(6)_ 0.8096674864386022
     b(28_1) c_u_svm(1)_activation_rows(7)_ 0.5152670004946065
     b(28_1) c_u_svm(1)_activation_rows(8)_ 1.0000000010000001
     b(28_1) c_u_svm(1)_activation_rows(9)_ 0.5152670004946065
     b(28_1) c_u_svm(1)_activation_rows(10)_ 1.0000000010000001
     b(28_1) c_u_svm(1)_activation_rows(11)_ 0.24697853621936991
     b(28_1) c_u_svm(1)_activation_rows(12)_ 0.47932147067301606
     b(28_1) c_u_svm(1)_activation_rows(13)_ 0.5152670004946065
     b(28_1) c_u_svm(1)_activation_rows(14)_ 1.0000000010000001
     b(28_1) c_u_svm(1)_activation_rows(15)_ 0.5152670004946065
     b(28_1) c_u_svm(1)_activation_rows(16)_ 1.0000000010000001
     b(28_1) c_u_svm(1)_activation_rows(17)_ 0.32750366503007627
     b(28_1) c_u_svm(1)_activation_rows(18)_ 0.63559992206605143
     b(28_1) c_u_svm(1)_activation_rows(19)_ 0.5152670004946065
     b(28_1) c_u_svm(1)_activation_rows(20)_ 1.0000000010000001
     b(28_1) c_u_svm(1)_activation_rows(21)_ 0.26000478221530599
     b(28_1) c_u_svm(1)_activation_rows(22)_ 0.50460204559137567
     b(28_1) c_u_svm(1)_activation_rows(23)_ 0.5152670004946065
     b(28_1) c_u_svm(1)_activation_rows(24)_ 1.0000000010000001
     b(28_1) c_u_svm(1)_activation_rows(25)_ 0.5152670004946065
     b(28_1) c_u_svm(1)_activation_rows(26)_ 1.0000000010000001
     b(28_1) c_u_svm(1)_activation_rows(27)_ 0.27939353418985496
     b(28_1) c_u_svm(1)_activation_rows(28)_ 0.5422305992835903
     b(28_1) c_u_svm(1)_activation_rows(29)_ 0.5152670004946065
     b(28_1) c_u_svm(1)_activation_rows(30)_ 1.0000000010000001
     b(28_1) c_u_svm(1)_activation_rows(31)_ 0.24638691717985761
     b(28_1) c_u_svm(1)_activation_rows(32)_ 0.478173291108759
     b(28_1) c_u_svm(1)_activation_rows(33)_ 0.5152670004946065
     b(28_1) c_u_svm(1)_activation_rows(34)_ 1.0000000010000001
     b(28_1) c_u_svm(1)_activation_rows(35)_ 0.5152670004946065
     b(28_1) c_u_svm(1)_activation_rows(36)_ 1.0000000010000001
     b(28_1) c_u_svm(1)_activation_rows(37)_ 0.27440199633532908
     b(28_1) c_u_svm(1)_activation_rows(38)_ 0.53254331510912156
     b(28_1) c_u_svm(1)_activation_rows(39)_ 0.5152670004946065
     b(28_1) c_u_svm(1)_activation_rows(40)_ 1.0000000010000001
     b(28_1) c_u_svm(1)_activation_rows(41)_ 0.37281384786721422
     b(28_1) c_u_svm(1)_activation_rows(42)_ 0.72353526983517835
     b(28_1) c_u_svm(1)_activation_rows(43)_ 0.5152670004946065
     b(28_1) c_u_svm(1)_activation_rows(44)_ 1.0000000010000001
     b(28_1) c_u_svm(1)_activation_rows(45)_ 0.51024367654730152
     b(28_1) c_u_svm(1)_activation_rows(46)_ 0.99025102823926359
     b(28_1) c_u_svm(1)_activation_rows(47)_ 0.5152670004946065
     b(28_1) c_u_svm(1)_activation_rows(48)_ 1.0000000010000001
     b(28_1) c_u_svm(1)_activation_rows(49)_ 0.5152670004946065
     b(28_1) c_u_svm(1)_activation_rows(50)_ 1.0000000010000001
     b(28_1) c_u_svm(1)_activation_rows(51)_ 0.5152670004946065
     b(28_1) c_u_svm(1)_activation_rows(52)_ 1.0000000010000001
     b(28_1) c_u_svm(1)_activation_rows(53)_ 0.47587732846966896
     b(28_1) c_u_svm(1)_activation_rows(54)_ 0.92355483368573987
     b(28_1) c_u_svm(1)_activation_rows(55)_ 0.5152670004946065
     b(28_1) c_u_svm(1)_activation_rows(56)_ 1.0000000010000001
     b(28_1) c_u_svm(1)_activation_rows(57)_ 0.5152670004946065
     b(28_1) c_u_svm(1)_activation_rows(58)_ 1.0000000010000001
     b(28_1) c_u_svm(1)_activation_rows(59)_ 0.5152670004946065
     b(28_1) c_u_svm(1)_activation_rows(60)_ 1.0000000010000001
     b(28_1) c_u_svm(1)_activation_rows(61)_ 0.5152670004946065
     b(28_1) c_u_svm(1)_activation_rows(62)_ 1.0000000010000001
     b(28_1) c_u_svm(1)_activation_rows(63)_ 0.12148179879690121
     b(28_1) c_u_svm(1)_activation_rows(64)_ 0.23576475652772688
     b(28_1) c_u_svm(1)_activation_rows(65)_ 0.48699404194835177
     b(28_1) c_u_svm(1)_activation_rows(66)_ 0.94512949978919414
     b(28_1) c_u_svm(1)_activation_rows(67)_ 0.5152670004946065
     b(28_1) c_u_svm(1)_activation_rows(68)_ 1.0000000010000001
     b(28_1) c_u_svm(1)_activation_rows(69)_ 0.5152670004946065
     b(28_1) c_u_svm(1)_activation_rows(70)_ 1.0000000010000001
     b(28_1) c_u_svm(1)_activation_rows(71)_ 0.5152670004946065
     b(28_1) c_u_svm(1)_activation_rows(72)_ 1.0000000010000001
     b(28_1) c_u_svm(1)_activation_rows(73)_ 0.45661587124071251
     b(28_1) c_u_svm(1)_activation_rows(74)_ 0.88617332617656741
     b(28_1) c_u_svm(1)_activation_rows(75)_ 0.5152670004946065
     b(28_1) c_u_svm(1)_activation_rows(76)_ 1.0000000010000001
     b(28_1) c_u_svm(1)_activation_rows(77)_ 0.5152670004946065
     b(28_1) c_u_svm(1)_activation_rows(78)_ 1.0000000010000001
     b(28_1) c_u_svm(1)_activation_rows(79)_ 0.5152670004946065
     b(28_1) c_u_svm(1)_activation_rows(80)_ 1.0000000010000001
     b(28_1) c_u_svm(1)_activation_rows(81)_ -0.51526699997933945
     b(28_1) c_u_svm(1)_activation_rows(82)_ -1
     b(29_1) objective -1
     b(29_1) c_u_svm(1)_z_ge_alpha_if_pos(29)_ 1.0305339999586789
     b(29_1) c_u_svm(1)_z_le_neg_alpha_if_neg(29)_ -1.0305339999586789
     b(29_1) c_u_svm(1)_w_minus_p_le(29)_ 11.288000576629882
     b(29_1) c_u_svm(1)_w_minus_p_ge(29)_ 11.288000576629882
     b(29_1) c_u_svm(1)_w_plus_p_le(29)_ -11.288000576629882
     b(29_1) c_u_svm(1)_w_plus_p_ge(29)_ -11.288000576629882
     b(29_1) c_u_svm(1)_activation_rows(1)_ 0.5152670004946065
     b(29_1) c_u_svm(1)_activation_rows(2)_ 1.0000000010000001
     b(29_1) c_u_svm(1)_activation_rows(3)_ 0.31810164999111201
     b(29_1) c_u_svm(1)_activation_rows(4)_ 0.6173530422166893
     b(29_1) c_u_svm(1)_activation_rows(5)_ 0.44294828372150252
     b(29_1) c_u_svm(1)_activation_rows(6)_ 0.85964807321109893
     b(29_1) c_u_svm(1)_activation_rows(7)_ 0.5152670004946065
     b(29_1) c_u_svm(1)_activation_rows(8)_ 1.0000000010000001
     b(29_1) c_u_svm(1)_activation_rows(9)_ 0.5152670004946065
     b(29_1) c_u_svm(1)_activation_rows(10)_ 1.0000000010000001
     b(29_1) c_u_svm(1)_activation_rows(11)_ 0.29531895105808503
     b(29_1) c_u_svm(1)_activation_rows(12)_ 0.57313771514559708
     b(29_1) c_u_svm(1)_activation_rows(13)_ 0.5152670004946065
     b(29_1) c_u_svm(1)_activation_rows(14)_ 1.0000000010000001
     b(29_1) c_u_svm(1)_activation_rows(15)_ 0.5152670004946065
     b(29_1) c_u_svm(1)_activation_rows(16)_ 1.0000000010000001
     b(29_1) c_u_svm(1)_activation_rows(17)_ 0.35688938022759431
     b(29_1) c_u_svm(1)_activation_rows(18)_ 0.69262999618043541
     b(29_1) c_u_svm(1)_activation_rows(19)_ 0.5152670004946065
     b(29_1) c_u_svm(1)_activation_rows(20)_ 1.0000000010000001
     b(29_1) c_u_svm(1)_activation_rows(21)_ 0.30198397213457689
     b(29_1) c_u_svm(1)_activation_rows(22)_ 0.58607279749466878
     b(29_1) c_u_svm(1)_activation_rows(23)_ 0.5152670004946065
     b(29_1) c_u_svm(1)_activation_rows(24)_ 1.0000000010000001
     b(29_1) c_u_svm(1)_activation_rows(25)_ 0.5152670004946065
     b(29_1) c_u_svm(1)_activation_rows(26)_ 1.0000000010000001
     b(29_1) c_u_svm(1)_activation_rows(27)_ 0.30215419539477839
     b(29_1) c_u_svm(1)_activation_rows(28)_ 0.58640315682334365
     b(29_1) c_u_svm(1)_activation_rows(29)_ 0.5152670004946065
     b(29_1) c_u_svm(1)_activation_rows(30)_ 1.0000000010000001
     b(29_1) c_u_svm(1)_activation_rows(31)_ 0.30522614608246673
     b(29_1) c_u_svm(1)_activation_rows(32)_ 0.59236501870817526
     b(29_1) c_u_svm(1)_activation_rows(33)_ 0.5152670004946065
     b(29_1) c_u_svm(1)_activation_rows(34)_ 1.0000000010000001
     b(29_1) c_u_svm(1)_activation_rows(35)_ 0.5152670004946065
     b(29_1) c_u_svm(1)_activation_rows(36)_ 1.0000000010000001
     b(29_1) c_u_svm(1)_activation_rows(37)_ 0.3251227995819162
     b(29_1) c_u_svm(1)_activation_rows(38)_ 0.63097927791795827
     b(29_1) c_u_svm(1)_activation_rows(39)_ 0.5152670004946065
     b(29_1) c_u_svm(1)_activation_rows(40)_ 1.0000000010000001
     b(29_1) c_u_svm(1)_activation_rows(41)_ 0.37776090154559316
     b(29_1) c_u_svm(1)_activation_rows(42)_ 0.73313622172726012
     b(29_1) c_u_svm(1)_activation_rows(43)_ 0.5152670004946065
     b(29_1) c_u_svm(1)_activation_rows(44)_ 1.0000000010000001
     b(29_1) c_u_svm(1)_activation_rows(45)_ 0.44956569902389704
     b(29_1) c_u_svm(1)_activation_rows(46)_ 0.87249076506340051
     b(29_1) c_u_svm(1)_activation_rows(47)_ 0.5152670004946065
     b(29_1) c_u_svm(1)_activation_rows(48)_ 1.0000000010000001
     b(29_1) c_u_svm(1)_activation_rows(49)_ 0.5152670004946065
     b(29_1) c_u_svm(1)_activation_rows(50)_ 1.0000000010000001
     b(29_1) c_u_svm(1)_activation_rows(51)_ 0.5152670004946065
     b(29_1) c_u_svm(1)_activation_rows(52)_ 1.0000000010000001
     b(29_1) c_u_svm(1)_activation_rows(53)_ 0.5152670004946065
     b(29_1) c_u_svm(1)_activation_rows(54)_ 1.0000000010000001
     b(29_1) c_u_svm(1)_activation_rows(55)_ 0.5152670004946065
     b(29_1) c_u_svm(1)_activation_rows(56)_ 1.0000000010000001
     b(29_1) c_u_svm(1)_activation_rows(57)_ 0.5152670004946065
     b(29_1) c_u_svm(1)_activation_rows(58)_ 1.0000000010000001
     b(29_1) c_u_svm(1)_activation_rows(59)_ 0.5152670004946065
     b(29_1) c_u_svm(1)_activation_rows(60)_ 1.0000000010000001
     b(29_1) c_u_svm(1)_activation_rows(61)_ 0.5152670004946065
     b(29_1) c_u_svm(1)_activation_rows(62)_ 1.0000000010000001
     b(29_1) c_u_svm(1)_activation_rows(63)_ 0.14544715758809715
     b(29_1) c_u_svm(1)_activation_rows(64)_ 0.28227532055017907
     b(29_1) c_u_svm(1)_activation_rows(65)_ 0.5152670004946065
     b(29_1) c_u_svm(1)_activation_rows(66)_ 1.0000000010000001
     b(29_1) c_u_svm(1)_activation_rows(67)_ 0.5152670004946065
     b(29_1) c_u_svm(1)_activation_rows(68)_ 1.0000000010000001
     b(29_1) c_u_svm(1)_activation_rows(69)_ 0.5152670004946065
     b(29_1) c_u_svm(1)_activation_rows(70)_ 1.0000000010000001
     b(29_1) c_u_svm(1)_activation_rows(71)_ 0.5152670004946065
     b(29_1) c_u_svm(1)_activation_rows(72)_ 1.0000000010000001
     b(29_1) c_u_svm(1)_activation_rows(73)_ 0.46275716463628608
     b(29_1) c_u_svm(1)_activation_rows(74)_ 0.89809198853185079
     b(29_1) c_u_svm(1)_activation_rows(75)_ 0.5152670004946065
     b(29_1) c_u_svm(1)_activation_rows(76)_ 1.0000000010000001
     b(29_1) c_u_svm(1)_activation_rows(77)_ 0.5152670004946065
     b(29_1) c_u_svm(1)_activation_rows(78)_ 1.0000000010000001
     b(29_1) c_u_svm(1)_activation_rows(79)_ 0.5152670004946065
     b(29_1) c_u_svm(1)_activation_rows(80)_ 1.0000000010000001
     b(29_1) c_u_svm(1)_activation_rows(81)_ 0.5152670004946065
     b(29_1) c_u_svm(1)_activation_rows(82)_ 1.0000000010000001
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
     svm(1)_alpha(1) c_u_svm(1)_activation_rows(1)_ 1
     svm(1)_alpha(1) c_u_svm(1)_activation_rows(3)_ -1
     svm(1)_alpha(2) c_u_svm(1)_z_le_alpha(2)_ -1
     svm(1)_alpha(2) c_u_svm(1)_z_ge_neg_alpha(2)_ -1
     svm(1)_alpha(2) c_u_svm(1)_z_ge_alpha_if_pos(2)_ 1
     svm(1)_alpha(2) c_u_svm(1)_z_le_neg_alpha_if_neg(2)_ 1
     svm(1)_alpha(2) c_u_svm(1)_alpha_le_Cs(2)_ 1
     svm(1)_alpha(2) c_u_svm(1)_alpha_ge_Ct(2)_ -1
     svm(1)_alpha(2) c_u_svm(1)_activation_rows(5)_ -1
     svm(1)_alpha(3) c_u_svm(1)_z_le_alpha(3)_ -1
     svm(1)_alpha(3) c_u_svm(1)_z_ge_neg_alpha(3)_ -1
     svm(1)_alpha(3) c_u_svm(1)_z_ge_alpha_if_pos(3)_ 1
     svm(1)_alpha(3) c_u_svm(1)_z_le_neg_alpha_if_neg(3)_ 1
     svm(1)_alpha(3) c_u_svm(1)_alpha_le_Cs(3)_ 1
     svm(1)_alpha(3) c_u_svm(1)_alpha_ge_Ct(3)_ -1
     svm(1)_alpha(3) c_u_svm(1)_activation_rows(7)_ -1
     svm(1)_alpha(4) c_u_svm(1)_z_le_alpha(4)_ -1
     svm(1)_alpha(4) c_u_svm(1)_z_ge_neg_alpha(4)_ -1
     svm(1)_alpha(4) c_u_svm(1)_z_ge_alpha_if_pos(4)_ 1
     svm(1)_alpha(4) c_u_svm(1)_z_le_neg_alpha_if_neg(4)_ 1
     svm(1)_alpha(4) c_u_svm(1)_alpha_le_Cs(4)_ 1
     svm(1)_alpha(4) c_u_svm(1)_alpha_ge_Ct(4)_ -1
     svm(1)_alpha(4) c_u_svm(1)_activation_rows(9)_ 1
     svm(1)_alpha(4) c_u_svm(1)_activation_rows(11)_ -1
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
     svm(1)_alpha(6) c_u_svm(1)_activation_rows(13)_ -1
     svm(1)_alpha(7) c_u_svm(1)_z_le_alpha(7)_ -1
     svm(1)_alpha(7) c_u_svm(1)_z_ge_neg_alpha(7)_ -1
     svm(1)_alpha(7) c_u_svm(1)_z_ge_alpha_if_pos(7)_ 1
     svm(1)_alpha(7) c_u_svm(1)_z_le_neg_alpha_if_neg(7)_ 1
     svm(1)_alpha(7) c_u_svm(1)_alpha_le_Cs(7)_ 1
     svm(1)_alpha(7) c_u_svm(1)_alpha_ge_Ct(7)_ -1
     svm(1)_alpha(7) c_u_svm(1)_activation_rows(15)_ 1
     svm(1)_alpha(7) c_u_svm(1)_activation_rows(17)_ -1
     svm(1)_alpha(8) c_u_svm(1)_z_le_alpha(8)_ -1
     svm(1)_alpha(8) c_u_svm(1)_z_ge_neg_alpha(8)_ -1
     svm(1)_alpha(8) c_u_svm(1)_z_ge_alpha_if_pos(8)_ 1
     svm(1)_alpha(8) c_u_svm(1)_z_le_neg_alpha_if_neg(8)_ 1
     svm(1)_alpha(8) c_u_svm(1)_alpha_le_Cs(8)_ 1
     svm(1)_alpha(8) c_u_svm(1)_alpha_ge_Ct(8)_ -1
     svm(1)_alpha(8) c_u_svm(1)_activation_rows(19)_ 1
     svm(1)_alpha(8) c_u_svm(1)_activation_rows(21)_ -1
     svm(1)_alpha(9) c_u_svm(1)_z_le_alpha(9)_ -1
     svm(1)_alpha(9) c_u_svm(1)_z_ge_neg_alpha(9)_ -1
     svm(1)_alpha(9) c_u_svm(1)_z_ge_alpha_if_pos(9)_ 1
     svm(1)_alpha(9) c_u_svm(1)_z_le_neg_alpha_if_neg(9)_ 1
     svm(1)_alpha(9) c_u_svm(1)_alpha_le_Cs(9)_ 1
     svm(1)_alpha(9) c_u_svm(1)_alpha_ge_Ct(9)_ -1
     svm(1)_alpha(9) c_u_svm(1)_activation_rows(23)_ -1
     svm(1)_alpha(10) c_u_svm(1)_z_le_alpha(10)_ -1
     svm(1)_alpha(10) c_u_svm(1)_z_ge_neg_alpha(10)_ -1
     svm(1)_alpha(10) c_u_svm(1)_z_ge_alpha_if_pos(10)_ 1
     svm(1)_alpha(10) c_u_svm(1)_z_le_neg_alpha_if_neg(10)_ 1
     svm(1)_alpha(10) c_u_svm(1)_alpha_le_Cs(10)_ 1
     svm(1)_alpha(10) c_u_svm(1)_alpha_ge_Ct(10)_ -1
     svm(1)_alpha(10) c_u_svm(1)_activation_rows(25)_ 1
     svm(1)_alpha(10) c_u_svm(1)_activation_rows(27)_ -1
     svm(1)_alpha(11) c_u_svm(1)_z_le_alpha(11)_ -1
     svm(1)_alpha(11) c_u_svm(1)_z_ge_neg_alpha(11)_ -1
     svm(1)_alpha(11) c_u_svm(1)_z_ge_alpha_if_pos(11)_ 1
     svm(1)_alpha(11) c_u_svm(1)_z_le_neg_alpha_if_neg(11)_ 1
     svm(1)_alpha(11) c_u_svm(1)_alpha_le_Cs(11)_ 1
     svm(1)_alpha(11) c_u_svm(1)_alpha_ge_Ct(11)_ -1
     svm(1)_alpha(11) c_u_svm(1)_activation_rows(29)_ 1
     svm(1)_alpha(11) c_u_svm(1)_activation_rows(31)_ -1
     svm(1)_alpha(12) c_u_svm(1)_z_le_alpha(12)_ -1
     svm(1)_alpha(12) c_u_svm(1)_z_ge_neg_alpha(12)_ -1
     svm(1)_alpha(12) c_u_svm(1)_z_ge_alpha_if_pos(12)_ 1
     svm(1)_alpha(12) c_u_svm(1)_z_le_neg_alpha_if_neg(12)_ 1
     svm(1)_alpha(12) c_u_svm(1)_alpha_le_Cs(12)_ 1
     svm(1)_alpha(12) c_u_svm(1)_alpha_ge_Ct(12)_ -1
     svm(1)_alpha(12) c_u_svm(1)_activation_rows(33)_ -1
     svm(1)_alpha(13) c_u_svm(1)_z_le_alpha(13)_ -1
     svm(1)_alpha(13) c_u_svm(1)_z_ge_neg_alpha(13)_ -1
     svm(1)_alpha(13) c_u_svm(1)_z_ge_alpha_if_pos(13)_ 1
     svm(1)_alpha(13) c_u_svm(1)_z_le_neg_alpha_if_neg(13)_ 1
     svm(1)_alpha(13) c_u_svm(1)_alpha_le_Cs(13)_ 1
     svm(1)_alpha(13) c_u_svm(1)_alpha_ge_Ct(13)_ -1
     svm(1)_alpha(13) c_u_svm(1)_activation_rows(35)_ 1
     svm(1)_alpha(13) c_u_svm(1)_activation_rows(37)_ -1
     svm(1)_alpha(14) c_u_svm(1)_z_le_alpha(14)_ -1
     svm(1)_alpha(14) c_u_svm(1)_z_ge_neg_alpha(14)_ -1
     svm(1)_alpha(14) c_u_svm(1)_z_ge_alpha_if_pos(14)_ 1
     svm(1)_alpha(14) c_u_svm(1)_z_le_neg_alpha_if_neg(14)_ 1
     svm(1)_alpha(14) c_u_svm(1)_alpha_le_Cs(14)_ 1
     svm(1)_alpha(14) c_u_svm(1)_alpha_ge_Ct(14)_ -1
     svm(1)_alpha(14) c_u_svm(1)_activation_rows(39)_ 1
     svm(1)_alpha(14) c_u_svm(1)_activation_rows(41)_ -1
     svm(1)_alpha(15) c_u_svm(1)_z_le_alpha(15)_ -1
     svm(1)_alpha(15) c_u_svm(1)_z_ge_neg_alpha(15)_ -1
     svm(1)_alpha(15) c_u_svm(1)_z_ge_alpha_if_pos(15)_ 1
     svm(1)_alpha(15) c_u_svm(1)_z_le_neg_alpha_if_neg(15)_ 1
     svm(1)_alpha(15) c_u_svm(1)_alpha_le_Cs(15)_ 1
     svm(1)_alpha(15) c_u_svm(1)_alpha_ge_Ct(15)_ -1
     svm(1)_alpha(15) c_u_svm(1)_activation_rows(43)_ 1
     svm(1)_alpha(15) c_u_svm(1)_activation_rows(45)_ -1
     svm(1)_alpha(16) c_u_svm(1)_z_le_alpha(16)_ -1
     svm(1)_alpha(16) c_u_svm(1)_z_ge_neg_alpha(16)_ -1
     svm(1)_alpha(16) c_u_svm(1)_z_ge_alpha_if_pos(16)_ 1
     svm(1)_alpha(16) c_u_svm(1)_z_le_neg_alpha_if_neg(16)_ 1
     svm(1)_alpha(16) c_u_svm(1)_alpha_le_Cs(16)_ 1
     svm(1)_alpha(16) c_u_svm(1)_alpha_ge_Ct(16)_ -1
     svm(1)_alpha(16) c_u_svm(1)_activation_rows(47)_ 1
     svm(1)_alpha(16) c_u_svm(1)_activation_rows(49)_ -1
     svm(1)_alpha(17) c_u_svm(1)_z_le_alpha(17)_ -1
     svm(1)_alpha(17) c_u_svm(1)_z_ge_neg_alpha(17)_ -1
     svm(1)_alpha(17) c_u_svm(1)_z_ge_alpha_if_pos(17)_ 1
     svm(1)_alpha(17) c_u_svm(1)_z_le_neg_alpha_if_neg(17)_ 1
     svm(1)_alpha(17) c_u_svm(1)_alpha_le_Cs(17)_ 1
     svm(1)_alpha(17) c_u_svm(1)_alpha_ge_Ct(17)_ -1
     svm(1)_alpha(17) c_u_svm(1)_activation_rows(51)_ 1
     svm(1)_alpha(17) c_u_svm(1)_activation_rows(53)_ -1
     svm(1)_alpha(18) c_u_svm(1)_z_le_alpha(18)_ -1
     svm(1)_alpha(18) c_u_svm(1)_z_ge_neg_alpha(18)_ -1
     svm(1)_alpha(18) c_u_svm(1)_z_ge_alpha_if_pos(18)_ 1
     svm(1)_alpha(18) c_u_svm(1)_z_le_neg_alpha_if_neg(18)_ 1
     svm(1)_alpha(18) c_u_svm(1)_alpha_le_Cs(18)_ 1
     svm(1)_alpha(18) c_u_svm(1)_alpha_ge_Ct(18)_ -1
     svm(1)_alpha(18) c_u_svm(1)_activation_rows(55)_ 1
     svm(1)_alpha(18) c_u_svm(1)_activation_rows(57)_ -1
     svm(1)_alpha(19) c_u_svm(1)_z_le_alpha(19)_ -1
     svm(1)_alpha(19) c_u_svm(1)_z_ge_neg_alpha(19)_ -1
     svm(1)_alpha(19) c_u_svm(1)_z_ge_alpha_if_pos(19)_ 1
     svm(1)_alpha(19) c_u_svm(1)_z_le_neg_alpha_if_neg(19)_ 1
     svm(1)_alpha(19) c_u_svm(1)_alpha_le_Cs(19)_ 1
     svm(1)_alpha(19) c_u_svm(1)_alpha_ge_Ct(19)_ -1
     svm(1)_alpha(19) c_u_svm(1)_activation_rows(59)_ 1
     svm(1)_alpha(19) c_u_svm(1)_activation_rows(61)_ -1
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
     svm(1)_alpha(21) c_u_svm(1)_activation_rows(63)_ -1
     svm(1)_alpha(21) c_u_svm(1)_activation_rows(65)_ -1
     svm(1)_alpha(22) c_u_svm(1)_z_le_alpha(22)_ -1
     svm(1)_alpha(22) c_u_svm(1)_z_ge_neg_alpha(22)_ -1
     svm(1)_alpha(22) c_u_svm(1)_z_ge_alpha_if_pos(22)_ 1
     svm(1)_alpha(22) c_u_svm(1)_z_le_neg_alpha_if_neg(22)_ 1
     svm(1)_alpha(22) c_u_svm(1)_alpha_le_Cs(22)_ 1
     svm(1)_alpha(22) c_u_svm(1)_alpha_ge_Ct(22)_ -1
     svm(1)_alpha(22) c_u_svm(1)_activation_rows(67)_ 1
     svm(1)_alpha(22) c_u_svm(1)_activation_rows(69)_ -1
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
     svm(1)_alpha(24) c_u_svm(1)_activation_rows(71)_ 1
     svm(1)_alpha(24) c_u_svm(1)_activation_rows(73)_ -1
     svm(1)_alpha(25) c_u_svm(1)_z_le_alpha(25)_ -1
     svm(1)_alpha(25) c_u_svm(1)_z_ge_neg_alpha(25)_ -1
     svm(1)_alpha(25) c_u_svm(1)_z_ge_alpha_if_pos(25)_ 1
     svm(1)_alpha(25) c_u_svm(1)_z_le_neg_alpha_if_neg(25)_ 1
     svm(1)_alpha(25) c_u_svm(1)_alpha_le_Cs(25)_ 1
     svm(1)_alpha(25) c_u_svm(1)_alpha_ge_Ct(25)_ -1
     svm(1)_alpha(25) c_u_svm(1)_activation_rows(75)_ -1
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
     svm(1)_alpha(27) c_u_svm(1)_activation_rows(77)_ 1
     svm(1)_alpha(27) c_u_svm(1)_activation_rows(79)_ -1
     svm(1)_alpha(28) c_u_svm(1)_z_le_alpha(28)_ -1
     svm(1)_alpha(28) c_u_svm(1)_z_ge_neg_alpha(28)_ -1
     svm(1)_alpha(28) c_u_svm(1)_z_ge_alpha_if_pos(28)_ 1
     svm(1)_alpha(28) c_u_svm(1)_z_le_neg_alpha_if_neg(28)_ 1
     svm(1)_alpha(28) c_u_svm(1)_alpha_le_Cs(28)_ 1
     svm(1)_alpha(28) c_u_svm(1)_alpha_ge_Ct(28)_ -1
     svm(1)_alpha(28) c_u_svm(1)_activation_rows(81)_ -1
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
     svm(1)_z(0) c_e_svm(1)_p_def(11)_ -0.53368704216538887
     svm(1)_z(0) c_e_svm(1)_p_def(12)_ -0.33645613280726877
     svm(1)_z(0) c_e_svm(1)_p_def(13)_ -0.54335573087558575
     svm(1)_z(0) c_e_svm(1)_p_def(14)_ -0.58683958289806504
     svm(1)_z(0) c_e_svm(1)_p_def(15)_ 0.012829648820921441
     svm(1)_z(0) c_e_svm(1)_p_def(16)_ 0.0036904862538585936
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
     svm(1)_z(2) c_e_svm(1)_p_def(14)_ -0.93658640746411981
     svm(1)_z(2) c_e_svm(1)_p_def(15)_ 0.061802557218006489
     svm(1)_z(2) c_e_svm(1)_p_def(16)_ 0.051099625058192127
     svm(1)_z(2) c_e_svm(1)_p_def(17)_ 0.0027697478905555351
     svm(1)_z(2) c_e_svm(1)_p_def(18)_ 0.088698872882229773
     svm(1)_z(2) c_e_svm(1)_p_def(19)_ -0.011329473899501979
     svm(1)_z(2) c_e_svm(1)_p_def(20)_ 0.099112275528714502
     svm(1)_z(2) c_e_svm(1)_p_def(21)_ -0.38701328186776318
     svm(1)_z(2) c_e_svm(1)_p_def(22)_ -0.079005662810357494
     svm(1)_z(2) c_e_svm(1)_p_def(23)_ 0.025963858321263023
     svm(1)_z(2) c_e_svm(1)_p_def(24)_ -0.01134232555832837
     svm(1)_z(2) c_e_svm(1)_p_def(25)_ -0.034413468098700578
     svm(1)_z(2) c_e_svm(1)_p_def(26)_ 0.015837041154309908
     svm(1)_z(2) c_e_svm(1)_p_def(27)_ 0.076468758585046398
     svm(1)_z(2) c_e_svm(1)_p_def(28)_ 0.071264274466598054
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
     svm(1)_z(3) c_e_svm(1)_p_def(15)_ 0.087937148832844703
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
     svm(1)_z(3) c_e_svm(1)_p_def(26)_ -0.64223232752857662
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
     svm(1)_z(5) c_e_svm(1)_p_def(26)_ -1.0471297577382332
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
     svm(1)_z(6) c_e_svm(1)_p_def(22)_ 0.0067751782523489679
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
     svm(1)_z(7) c_e_svm(1)_p_def(18)_ 0.027973222299846778
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
     svm(1)_z(9) c_e_svm(1)_p_def(11)_ -0.76620314543275814
     svm(1)_z(9) c_e_svm(1)_p_def(12)_ -1.6826305512588642
     svm(1)_z(9) c_e_svm(1)_p_def(13)_ -0.61041987353106719
     svm(1)_z(9) c_e_svm(1)_p_def(14)_ -0.19869653915671043
     svm(1)_z(9) c_e_svm(1)_p_def(15)_ -0.0036557988400224561
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
     svm(1)_z(10) c_e_svm(1)_p_def(20)_ 0.042574835428122182
     svm(1)_z(10) c_e_svm(1)_p_def(21)_ -0.29071851461518916
     svm(1)_z(10) c_e_svm(1)_p_def(22)_ -0.063230548118229229
     svm(1)_z(10) c_e_svm(1)_p_def(23)_ 0.067641731095044677
     svm(1)_z(10) c_e_svm(1)_p_def(24)_ -0.0069943152275207532
     svm(1)_z(10) c_e_svm(1)_p_def(25)_ -0.014353258292012144
     svm(1)_z(10) c_e_svm(1)_p_def(26)_ -0.1401885391267817
     svm(1)_z(10) c_e_svm(1)_p_def(27)_ 0.11908256586676882
     svm(1)_z(10) c_e_svm(1)_p_def(28)_ 0.093275893067163954
     svm(1)_z(10) c_e_svm(1)_p_def(29)_ -0.077075502067689386
     svm(1)_z(11) c_u_crossed_ -1.0348354265919824
     svm(1)_z(11) c_u_svm(1)_z_le_alpha(11)_ 1
     svm(1)_z(11) c_u_svm(1)_z_ge_neg_alpha(11)_ -1
     svm(1)_z(11) c_u_svm(1)_z_ge_alpha_if_pos(11)_ -1
     svm(1)_z(11) c_u_svm(1)_z_le_neg_alpha_if_neg(11)_ 1
     svm(1)_z(11) c_e_svm(1)_p_def(0)_ -0.53368704216538887
     svm(1)_z(11) c_e_svm(1)_p_def(1)_ -1.0071130037970371
     svm(1)_z(11) c_e_svm(1)_p_def(2)_ -0.46859580273081736
     svm(1)_z(11) c_e_svm(1)_p_def(3)_ -0.58203046169067241
     svm(1)_z(11) c_e_svm(1)_p_def(4)_ -0.82487950670412924
     svm(1)_z(11) c_e_svm(1)_p_def(5)_ -0.38393361823323602
     svm(1)_z(11) c_e_svm(1)_p_def(6)_ -0.87311631119309485
     svm(1)_z(11) c_e_svm(1)_p_def(7)_ -0.79557694604806051
     svm(1)_z(11) c_e_svm(1)_p_def(8)_ -0.76381250527584299
     svm(1)_z(11) c_e_svm(1)_p_def(9)_ -0.76620314543275814
     svm(1)_z(11) c_e_svm(1)_p_def(10)_ -0.48524833907627357
     svm(1)_z(11) c_e_svm(1)_p_def(11)_ -1.3013216653980562
     svm(1)_z(11) c_e_svm(1)_p_def(12)_ -0.68209895176709867
     svm(1)_z(11) c_e_svm(1)_p_def(13)_ -0.98686685304900479
     svm(1)_z(11) c_e_svm(1)_p_def(14)_ -0.44390658017075169
     svm(1)_z(11) c_e_svm(1)_p_def(15)_ 0.090213121917972386
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
     svm(1)_z(12) c_e_svm(1)_p_def(24)_ 0.050851755089116574
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
     svm(1)_z(13) c_e_svm(1)_p_def(9)_ -0.61041987353106719
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
     svm(1)_z(13) c_e_svm(1)_p_def(22)_ 0.071178360402474244
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
     svm(1)_z(14) c_e_svm(1)_p_def(2)_ -0.93658640746411981
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
     svm(1)_z(15) c_e_svm(1)_p_def(3)_ 0.087937148832844703
     svm(1)_z(15) c_e_svm(1)_p_def(4)_ 0.063139307209125667
     svm(1)_z(15) c_e_svm(1)_p_def(5)_ 0.10140655757665894
     svm(1)_z(15) c_e_svm(1)_p_def(6)_ 0.025915462533699973
     svm(1)_z(15) c_e_svm(1)_p_def(7)_ 0.03447366557965495
     svm(1)_z(15) c_e_svm(1)_p_def(8)_ 0.062697602761810065
     svm(1)_z(15) c_e_svm(1)_p_def(9)_ -0.0036557988400224561
     svm(1)_z(15) c_e_svm(1)_p_def(10)_ 0.085655861994802976
     svm(1)_z(15) c_e_svm(1)_p_def(11)_ 0.090213121917972386
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
     svm(1)_z(16) c_e_svm(1)_p_def(0)_ 0.0036904862538585936
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
     svm(1)_z(16) c_e_svm(1)_p_def(20)_ -1.8590740770780947
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
     svm(1)_z(18) c_e_svm(1)_p_def(7)_ 0.027973222299846778
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
     svm(1)_z(19) c_e_svm(1)_p_def(2)_ -0.011329473899501979
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
     svm(1)_z(19) c_e_svm(1)_p_def(20)_ -1.3836600895028082
     svm(1)_z(19) c_e_svm(1)_p_def(21)_ -0.029291853927362096
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
     svm(1)_z(20) c_e_svm(1)_p_def(10)_ 0.042574835428122182
     svm(1)_z(20) c_e_svm(1)_p_def(11)_ -0.31636097040556954
     svm(1)_z(20) c_e_svm(1)_p_def(12)_ -0.077622809211645355
     svm(1)_z(20) c_e_svm(1)_p_def(13)_ -0.043530945090920731
     svm(1)_z(20) c_e_svm(1)_p_def(14)_ 0.076872694908342698
     svm(1)_z(20) c_e_svm(1)_p_def(15)_ -1.1042894797463723
     svm(1)_z(20) c_e_svm(1)_p_def(16)_ -1.8590740770780947
     svm(1)_z(20) c_e_svm(1)_p_def(17)_ -0.57243622262216776
     svm(1)_z(20) c_e_svm(1)_p_def(18)_ -1.1723877515512076
     svm(1)_z(20) c_e_svm(1)_p_def(19)_ -1.3836600895028082
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
     svm(1)_z(21) c_e_svm(1)_p_def(19)_ -0.029291853927362096
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
     svm(1)_z(22) c_e_svm(1)_p_def(6)_ 0.0067751782523489679
     svm(1)_z(22) c_e_svm(1)_p_def(7)_ -0.22809451888228383
     svm(1)_z(22) c_e_svm(1)_p_def(8)_ 0.030359857757328509
     svm(1)_z(22) c_e_svm(1)_p_def(9)_ -0.2799221195107523
     svm(1)_z(22) c_e_svm(1)_p_def(10)_ -0.063230548118229229
     svm(1)_z(22) c_e_svm(1)_p_def(11)_ 0.077786740626195727
     svm(1)_z(22) c_e_svm(1)_p_def(12)_ -0.36890010877141693
     svm(1)_z(22) c_e_svm(1)_p_def(13)_ 0.071178360402474244
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
     svm(1)_z(24) c_e_svm(1)_p_def(2)_ -0.01134232555832837
     svm(1)_z(24) c_e_svm(1)_p_def(3)_ -0.10138872708674879
     svm(1)_z(24) c_e_svm(1)_p_def(4)_ -0.0085082391839765709
     svm(1)_z(24) c_e_svm(1)_p_def(5)_ 0.057301215695061775
     svm(1)_z(24) c_e_svm(1)_p_def(6)_ -0.01547894550632703
     svm(1)_z(24) c_e_svm(1)_p_def(7)_ 0.035689692404617654
     svm(1)_z(24) c_e_svm(1)_p_def(8)_ -0.028313351671052756
     svm(1)_z(24) c_e_svm(1)_p_def(9)_ 0.021268124560892221
     svm(1)_z(24) c_e_svm(1)_p_def(10)_ -0.0069943152275207532
     svm(1)_z(24) c_e_svm(1)_p_def(11)_ 0.043790346575641154
     svm(1)_z(24) c_e_svm(1)_p_def(12)_ 0.050851755089116574
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
     svm(1)_z(26) c_e_svm(1)_p_def(3)_ -0.64223232752857662
     svm(1)_z(26) c_e_svm(1)_p_def(4)_ 0.078343500312919076
     svm(1)_z(26) c_e_svm(1)_p_def(5)_ -1.0471297577382332
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
     svm(1)_z(28) c_u_crossed_ 0.049757101148161835
     svm(1)_z(28) c_u_svm(1)_z_le_alpha(28)_ 1
     svm(1)_z(28) c_u_svm(1)_z_ge_neg_alpha(28)_ -1
     svm(1)_z(28) c_u_svm(1)_z_ge_alpha_if_pos(28)_ -1
     svm(1)_z(28) c_u_svm(1)_z_le_neg_alpha_if_neg(28)_ 1
     svm(1)_z(28) c_e_svm(1)_p_def(0)_ -0.31970974937739904
     svm(1)_z(28) c_e_svm(1)_p_def(1)_ 0.096296991152018008
     svm(1)_z(28) c_e_svm(1)_p_def(2)_ 0.071264274466598054
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
     svm(1)_z(29) c_e_svm(1)_p_def(10)_ -0.077075502067689386
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
     svm(1)_s(1) c_u_svm(1)_activation_rows(2)_ 1
     svm(1)_s(2) c_u_svm(1)_t_le_s(2)_ -1
     svm(1)_s(2) c_u_svm(1)_alpha_le_Cs(2)_ -0.51526699997933945
     svm(1)_s(2) c_u_svm(1)_u_le_Mu(2)_ 3.1645134099924563
     svm(1)_s(3) c_u_svm(1)_t_le_s(3)_ -1
     svm(1)_s(3) c_u_svm(1)_alpha_le_Cs(3)_ -0.51526699997933945
     svm(1)_s(3) c_u_svm(1)_u_le_Mu(3)_ 4.3847008104161382
     svm(1)_s(4) c_u_svm(1)_t_le_s(4)_ -1
     svm(1)_s(4) c_u_svm(1)_alpha_le_Cs(4)_ -0.51526699997933945
     svm(1)_s(4) c_u_svm(1)_u_le_Mu(4)_ 3.3112741539309249
     svm(1)_s(4) c_u_svm(1)_activation_rows(10)_ 1
     svm(1)_s(5) c_u_svm(1)_t_le_s(5)_ -1
     svm(1)_s(5) c_u_svm(1)_alpha_le_Cs(5)_ -0.51526699997933945
     svm(1)_s(5) c_u_svm(1)_u_le_Mu(5)_ 5.2563178554256416
     svm(1)_s(6) c_u_svm(1)_t_le_s(6)_ -1
     svm(1)_s(6) c_u_svm(1)_alpha_le_Cs(6)_ -0.51526699997933945
     svm(1)_s(6) c_u_svm(1)_u_le_Mu(6)_ 3.8621644729257119
     svm(1)_s(7) c_u_svm(1)_t_le_s(7)_ -1
     svm(1)_s(7) c_u_svm(1)_alpha_le_Cs(7)_ -0.51526699997933945
     svm(1)_s(7) c_u_svm(1)_u_le_Mu(7)_ 4.0956945487992931
     svm(1)_s(7) c_u_svm(1)_activation_rows(16)_ 1
     svm(1)_s(8) c_u_svm(1)_t_le_s(8)_ -1
     svm(1)_s(8) c_u_svm(1)_alpha_le_Cs(8)_ -0.51526699997933945
     svm(1)_s(8) c_u_svm(1)_u_le_Mu(8)_ 3.3658251990992296
     svm(1)_s(8) c_u_svm(1)_activation_rows(20)_ 1
     svm(1)_s(9) c_u_svm(1)_t_le_s(9)_ -1
     svm(1)_s(9) c_u_svm(1)_alpha_le_Cs(9)_ -0.51526699997933945
     svm(1)_s(9) c_u_svm(1)_u_le_Mu(9)_ 4.0961546338403751
     svm(1)_s(10) c_u_svm(1)_t_le_s(10)_ -1
     svm(1)_s(10) c_u_svm(1)_alpha_le_Cs(10)_ -0.51526699997933945
     svm(1)_s(10) c_u_svm(1)_u_le_Mu(10)_ 3.5269041105843231
     svm(1)_s(10) c_u_svm(1)_activation_rows(26)_ 1
     svm(1)_s(11) c_u_svm(1)_t_le_s(11)_ -1
     svm(1)_s(11) c_u_svm(1)_alpha_le_Cs(11)_ -0.51526699997933945
     svm(1)_s(11) c_u_svm(1)_u_le_Mu(11)_ 3.4850689400058918
     svm(1)_s(11) c_u_svm(1)_activation_rows(30)_ 1
     svm(1)_s(12) c_u_svm(1)_t_le_s(12)_ -1
     svm(1)_s(12) c_u_svm(1)_alpha_le_Cs(12)_ -0.51526699997933945
     svm(1)_s(12) c_u_svm(1)_u_le_Mu(12)_ 4.1789945437691811
     svm(1)_s(13) c_u_svm(1)_t_le_s(13)_ -1
     svm(1)_s(13) c_u_svm(1)_alpha_le_Cs(13)_ -0.51526699997933945
     svm(1)_s(13) c_u_svm(1)_u_le_Mu(13)_ 3.7564376084681319
     svm(1)_s(13) c_u_svm(1)_activation_rows(36)_ 1
     svm(1)_s(14) c_u_svm(1)_t_le_s(14)_ -1
     svm(1)_s(14) c_u_svm(1)_alpha_le_Cs(14)_ -0.51526699997933945
     svm(1)_s(14) c_u_svm(1)_u_le_Mu(14)_ 4.4226002575139711
     svm(1)_s(14) c_u_svm(1)_activation_rows(40)_ 1
     svm(1)_s(15) c_u_svm(1)_t_le_s(15)_ -1
     svm(1)_s(15) c_u_svm(1)_alpha_le_Cs(15)_ -0.51526699997933945
     svm(1)_s(15) c_u_svm(1)_u_le_Mu(15)_ 4.2244327216444795
     svm(1)_s(15) c_u_svm(1)_activation_rows(44)_ 1
     svm(1)_s(16) c_u_svm(1)_t_le_s(16)_ -1
     svm(1)_s(16) c_u_svm(1)_alpha_le_Cs(16)_ -0.51526699997933945
     svm(1)_s(16) c_u_svm(1)_u_le_Mu(16)_ 4.8696524569294501
     svm(1)_s(16) c_u_svm(1)_activation_rows(48)_ 1
     svm(1)_s(17) c_u_svm(1)_t_le_s(17)_ -1
     svm(1)_s(17) c_u_svm(1)_alpha_le_Cs(17)_ -0.51526699997933945
     svm(1)_s(17) c_u_svm(1)_u_le_Mu(17)_ 4.4627213987462566
     svm(1)_s(17) c_u_svm(1)_activation_rows(52)_ 1
     svm(1)_s(18) c_u_svm(1)_t_le_s(18)_ -1
     svm(1)_s(18) c_u_svm(1)_alpha_le_Cs(18)_ -0.51526699997933945
     svm(1)_s(18) c_u_svm(1)_u_le_Mu(18)_ 4.8462142294319221
     svm(1)_s(18) c_u_svm(1)_activation_rows(56)_ 1
     svm(1)_s(19) c_u_svm(1)_t_le_s(19)_ -1
     svm(1)_s(19) c_u_svm(1)_alpha_le_Cs(19)_ -0.51526699997933945
     svm(1)_s(19) c_u_svm(1)_u_le_Mu(19)_ 6.2982852557111908
     svm(1)_s(19) c_u_svm(1)_activation_rows(60)_ 1
     svm(1)_s(20) c_u_svm(1)_t_le_s(20)_ -1
     svm(1)_s(20) c_u_svm(1)_alpha_le_Cs(20)_ -0.51526699997933945
     svm(1)_s(20) c_u_svm(1)_u_le_Mu(20)_ 6.2844198536097631
     svm(1)_s(21) c_u_svm(1)_t_le_s(21)_ -1
     svm(1)_s(21) c_u_svm(1)_alpha_le_Cs(21)_ -0.51526699997933945
     svm(1)_s(21) c_u_svm(1)_u_le_Mu(21)_ 1.1625926488595502
     svm(1)_s(22) c_u_svm(1)_t_le_s(22)_ -1
     svm(1)_s(22) c_u_svm(1)_alpha_le_Cs(22)_ -0.51526699997933945
     svm(1)_s(22) c_u_svm(1)_u_le_Mu(22)_ 5.1643469225808341
     svm(1)_s(22) c_u_svm(1)_activation_rows(68)_ 1
     svm(1)_s(23) c_u_svm(1)_t_le_s(23)_ -1
     svm(1)_s(23) c_u_svm(1)_alpha_le_Cs(23)_ -0.51526699997933945
     svm(1)_s(23) c_u_svm(1)_u_le_Mu(23)_ 5.9419570465936724
     svm(1)_s(24) c_u_svm(1)_t_le_s(24)_ -1
     svm(1)_s(24) c_u_svm(1)_alpha_le_Cs(24)_ -0.51526699997933945
     svm(1)_s(24) c_u_svm(1)_u_le_Mu(24)_ 4.1322518904414922
     svm(1)_s(24) c_u_svm(1)_activation_rows(72)_ 1
     svm(1)_s(25) c_u_svm(1)_t_le_s(25)_ -1
     svm(1)_s(25) c_u_svm(1)_alpha_le_Cs(25)_ -0.51526699997933945
     svm(1)_s(25) c_u_svm(1)_u_le_Mu(25)_ 3.7970390537035099
     svm(1)_s(26) c_u_svm(1)_t_le_s(26)_ -1
     svm(1)_s(26) c_u_svm(1)_alpha_le_Cs(26)_ -0.51526699997933945
     svm(1)_s(26) c_u_svm(1)_u_le_Mu(26)_ 4.6906085588130946
     svm(1)_s(27) c_u_svm(1)_t_le_s(27)_ -1
     svm(1)_s(27) c_u_svm(1)_alpha_le_Cs(27)_ -0.51526699997933945
     svm(1)_s(27) c_u_svm(1)_u_le_Mu(27)_ 5.0275047975700904
     svm(1)_s(27) c_u_svm(1)_activation_rows(78)_ 1
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
     svm(1)_t(1) c_u_svm(1)_activation_rows(4)_ -1
     svm(1)_t(2) c_u_svm(1)_t_le_s(2)_ 1
     svm(1)_t(2) c_u_svm(1)_alpha_ge_Ct(2)_ 0.51526699997933945
     svm(1)_t(2) c_u_svm(1)_v_le_Mv(2)_ -5.1645134099924563
     svm(1)_t(2) c_u_svm(1)_activation_rows(6)_ -1
     svm(1)_t(3) c_u_svm(1)_t_le_s(3)_ 1
     svm(1)_t(3) c_u_svm(1)_alpha_ge_Ct(3)_ 0.51526699997933945
     svm(1)_t(3) c_u_svm(1)_v_le_Mv(3)_ -6.1409882501379043
     svm(1)_t(3) c_u_svm(1)_activation_rows(8)_ -1
     svm(1)_t(4) c_u_svm(1)_t_le_s(4)_ 1
     svm(1)_t(4) c_u_svm(1)_alpha_ge_Ct(4)_ 0.51526699997933945
     svm(1)_t(4) c_u_svm(1)_v_le_Mv(4)_ -5.3112741539309249
     svm(1)_t(4) c_u_svm(1)_activation_rows(12)_ -1
     svm(1)_t(5) c_u_svm(1)_t_le_s(5)_ 1
     svm(1)_t(5) c_u_svm(1)_alpha_ge_Ct(5)_ 0.51526699997933945
     svm(1)_t(5) c_u_svm(1)_v_le_Mv(5)_ -5.734798741681816
     svm(1)_t(6) c_u_svm(1)_t_le_s(6)_ 1
     svm(1)_t(6) c_u_svm(1)_alpha_ge_Ct(6)_ 0.51526699997933945
     svm(1)_t(6) c_u_svm(1)_v_le_Mv(6)_ -5.3032226351436735
     svm(1)_t(6) c_u_svm(1)_activation_rows(14)_ -1
     svm(1)_t(7) c_u_svm(1)_t_le_s(7)_ 1
     svm(1)_t(7) c_u_svm(1)_alpha_ge_Ct(7)_ 0.51526699997933945
     svm(1)_t(7) c_u_svm(1)_v_le_Mv(7)_ -5.288589711367373
     svm(1)_t(7) c_u_svm(1)_activation_rows(18)_ -1
     svm(1)_t(8) c_u_svm(1)_t_le_s(8)_ 1
     svm(1)_t(8) c_u_svm(1)_alpha_ge_Ct(8)_ 0.51526699997933945
     svm(1)_t(8) c_u_svm(1)_v_le_Mv(8)_ -5.3658251990992296
     svm(1)_t(8) c_u_svm(1)_activation_rows(22)_ -1
     svm(1)_t(9) c_u_svm(1)_t_le_s(9)_ 1
     svm(1)_t(9) c_u_svm(1)_alpha_ge_Ct(9)_ 0.51526699997933945
     svm(1)_t(9) c_u_svm(1)_v_le_Mv(9)_ -5.1360788463208804
     svm(1)_t(9) c_u_svm(1)_activation_rows(24)_ -1
     svm(1)_t(10) c_u_svm(1)_t_le_s(10)_ 1
     svm(1)_t(10) c_u_svm(1)_alpha_ge_Ct(10)_ 0.51526699997933945
     svm(1)_t(10) c_u_svm(1)_v_le_Mv(10)_ -5.5269041105843231
     svm(1)_t(10) c_u_svm(1)_activation_rows(28)_ -1
     svm(1)_t(11) c_u_svm(1)_t_le_s(11)_ 1
     svm(1)_t(11) c_u_svm(1)_alpha_ge_Ct(11)_ 0.51526699997933945
     svm(1)_t(11) c_u_svm(1)_v_le_Mv(11)_ -5.4850689400058918
     svm(1)_t(11) c_u_svm(1)_activation_rows(32)_ -1
     svm(1)_t(12) c_u_svm(1)_t_le_s(12)_ 1
     svm(1)_t(12) c_u_svm(1)_alpha_ge_Ct(12)_ 0.51526699997933945
     svm(1)_t(12) c_u_svm(1)_v_le_Mv(12)_ -5.3586018797083828
     svm(1)_t(12) c_u_svm(1)_activation_rows(34)_ -1
     svm(1)_t(13) c_u_svm(1)_t_le_s(13)_ 1
     svm(1)_t(13) c_u_svm(1)_alpha_ge_Ct(13)_ 0.51526699997933945
     svm(1)_t(13) c_u_svm(1)_v_le_Mv(13)_ -5.7564376084681319
     svm(1)_t(13) c_u_svm(1)_activation_rows(38)_ -1
     svm(1)_t(14) c_u_svm(1)_t_le_s(14)_ 1
     svm(1)_t(14) c_u_svm(1)_alpha_ge_Ct(14)_ 0.51526699997933945
     svm(1)_t(14) c_u_svm(1)_v_le_Mv(14)_ -6.4003409696334632
     svm(1)_t(14) c_u_svm(1)_activation_rows(42)_ -1
     svm(1)_t(15) c_u_svm(1)_t_le_s(15)_ 1
     svm(1)_t(15) c_u_svm(1)_alpha_ge_Ct(15)_ 0.51526699997933945
     svm(1)_t(15) c_u_svm(1)_v_le_Mv(15)_ -6.2244327216444795
     svm(1)_t(15) c_u_svm(1)_activation_rows(46)_ -1
     svm(1)_t(16) c_u_svm(1)_t_le_s(16)_ 1
     svm(1)_t(16) c_u_svm(1)_alpha_ge_Ct(16)_ 0.51526699997933945
     svm(1)_t(16) c_u_svm(1)_v_le_Mv(16)_ -6.4446214230481988
     svm(1)_t(16) c_u_svm(1)_activation_rows(50)_ -1
     svm(1)_t(17) c_u_svm(1)_t_le_s(17)_ 1
     svm(1)_t(17) c_u_svm(1)_alpha_ge_Ct(17)_ 0.51526699997933945
     svm(1)_t(17) c_u_svm(1)_v_le_Mv(17)_ -5.7239035075877505
     svm(1)_t(17) c_u_svm(1)_activation_rows(54)_ -1
     svm(1)_t(18) c_u_svm(1)_t_le_s(18)_ 1
     svm(1)_t(18) c_u_svm(1)_alpha_ge_Ct(18)_ 0.51526699997933945
     svm(1)_t(18) c_u_svm(1)_v_le_Mv(18)_ -6.8462142294319221
     svm(1)_t(18) c_u_svm(1)_activation_rows(58)_ -1
     svm(1)_t(19) c_u_svm(1)_t_le_s(19)_ 1
     svm(1)_t(19) c_u_svm(1)_alpha_ge_Ct(19)_ 0.51526699997933945
     svm(1)_t(19) c_u_svm(1)_v_le_Mv(19)_ -6.4850955945560012
     svm(1)_t(19) c_u_svm(1)_activation_rows(62)_ -1
     svm(1)_t(20) c_u_svm(1)_t_le_s(20)_ 1
     svm(1)_t(20) c_u_svm(1)_alpha_ge_Ct(20)_ 0.51526699997933945
     svm(1)_t(20) c_u_svm(1)_v_le_Mv(20)_ -5.5688396972195262
     svm(1)_t(21) c_u_svm(1)_t_le_s(21)_ 1
     svm(1)_t(21) c_u_svm(1)_alpha_ge_Ct(21)_ 0.51526699997933945
     svm(1)_t(21) c_u_svm(1)_v_le_Mv(21)_ -3.1625926488595502
     svm(1)_t(21) c_u_svm(1)_activation_rows(64)_ -1
     svm(1)_t(21) c_u_svm(1)_activation_rows(66)_ -1
     svm(1)_t(22) c_u_svm(1)_t_le_s(22)_ 1
     svm(1)_t(22) c_u_svm(1)_alpha_ge_Ct(22)_ 0.51526699997933945
     svm(1)_t(22) c_u_svm(1)_v_le_Mv(22)_ -5.7175674906402092
     svm(1)_t(22) c_u_svm(1)_activation_rows(70)_ -1
     svm(1)_t(23) c_u_svm(1)_t_le_s(23)_ 1
     svm(1)_t(23) c_u_svm(1)_alpha_ge_Ct(23)_ 0.51526699997933945
     svm(1)_t(23) c_u_svm(1)_v_le_Mv(23)_ -6.2271988994501308
     svm(1)_t(24) c_u_svm(1)_t_le_s(24)_ 1
     svm(1)_t(24) c_u_svm(1)_alpha_ge_Ct(24)_ 0.51526699997933945
     svm(1)_t(24) c_u_svm(1)_v_le_Mv(24)_ -5.7187850092141606
     svm(1)_t(24) c_u_svm(1)_activation_rows(74)_ -1
     svm(1)_t(25) c_u_svm(1)_t_le_s(25)_ 1
     svm(1)_t(25) c_u_svm(1)_alpha_ge_Ct(25)_ 0.51526699997933945
     svm(1)_t(25) c_u_svm(1)_v_le_Mv(25)_ -5.2290920635722618
     svm(1)_t(25) c_u_svm(1)_activation_rows(76)_ -1
     svm(1)_t(26) c_u_svm(1)_t_le_s(26)_ 1
     svm(1)_t(26) c_u_svm(1)_alpha_ge_Ct(26)_ 0.51526699997933945
     svm(1)_t(26) c_u_svm(1)_v_le_Mv(26)_ -5.404622963322594
     svm(1)_t(27) c_u_svm(1)_t_le_s(27)_ 1
     svm(1)_t(27) c_u_svm(1)_alpha_ge_Ct(27)_ 0.51526699997933945
     svm(1)_t(27) c_u_svm(1)_v_le_Mv(27)_ -6.0622618201176008
     svm(1)_t(27) c_u_svm(1)_activation_rows(80)_ -1
     svm(1)_t(28) c_u_svm(1)_t_le_s(28)_ 1
     svm(1)_t(28) c_u_svm(1)_alpha_ge_Ct(28)_ 0.51526699997933945
     svm(1)_t(28) c_u_svm(1)_v_le_Mv(28)_ -5.6569762062480349
     svm(1)_t(28) c_u_svm(1)_activation_rows(82)_ -1
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
     RHS c_u_svm(1)_u_le_Mu(9)_ 4.0961546338403751
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
     RHS c_u_svm(1)_activation_rows(1)_ 7.5205053728656974
     RHS c_u_svm(1)_activation_rows(2)_ 14.59535614189778
     RHS c_u_svm(1)_activation_rows(3)_ 3.4595929834373385
     RHS c_u_svm(1)_activation_rows(4)_ 6.7141753373999444
     RHS c_u_svm(1)_activation_rows(5)_ 4.9058933464837198
     RHS c_u_svm(1)_activation_rows(6)_ 9.5210703318482057
     RHS c_u_svm(1)_activation_rows(7)_ 7.7290050074190999
     RHS c_u_svm(1)_activation_rows(8)_ 15.000000015000001
     RHS c_u_svm(1)_activation_rows(9)_ 7.7290050074190999
     RHS c_u_svm(1)_activation_rows(10)_ 15.000000015000001
     RHS c_u_svm(1)_activation_rows(11)_ 3.2139616392983532
     RHS c_u_svm(1)_activation_rows(12)_ 6.2374684181739228
     RHS c_u_svm(1)_activation_rows(13)_ 7.2911877876604052
     RHS c_u_svm(1)_activation_rows(14)_ 14.150310010058391
     RHS c_u_svm(1)_activation_rows(15)_ 7.7290050074190999
     RHS c_u_svm(1)_activation_rows(16)_ 15.000000015000001
     RHS c_u_svm(1)_activation_rows(17)_ 4.3201418071007662
     RHS c_u_svm(1)_activation_rows(18)_ 8.3842780680190838
     RHS c_u_svm(1)_activation_rows(19)_ 7.7290050074190999
     RHS c_u_svm(1)_activation_rows(20)_ 15.000000015000001
     RHS c_u_svm(1)_activation_rows(21)_ 3.3450592768033265
     RHS c_u_svm(1)_activation_rows(22)_ 6.4918950309984007
     RHS c_u_svm(1)_activation_rows(23)_ 7.7290050074190999
     RHS c_u_svm(1)_activation_rows(24)_ 15.000000015000001
     RHS c_u_svm(1)_activation_rows(25)_ 7.7290050074190999
     RHS c_u_svm(1)_activation_rows(26)_ 15.000000015000001
     RHS c_u_svm(1)_activation_rows(27)_ 3.517228193952104
     RHS c_u_svm(1)_activation_rows(28)_ 6.8260303766651722
     RHS c_u_svm(1)_activation_rows(29)_ 7.7290050074190999
     RHS c_u_svm(1)_activation_rows(30)_ 15.000000015000001
     RHS c_u_svm(1)_activation_rows(31)_ 3.2354880415272969
     RHS c_u_svm(1)_activation_rows(32)_ 6.2792455982180702
     RHS c_u_svm(1)_activation_rows(33)_ 7.7290050074190999
     RHS c_u_svm(1)_activation_rows(34)_ 15.000000015000001
     RHS c_u_svm(1)_activation_rows(35)_ 7.5680564925576048
     RHS c_u_svm(1)_activation_rows(36)_ 14.687640568600468
     RHS c_u_svm(1)_activation_rows(37)_ 3.5401785851186358
     RHS c_u_svm(1)_activation_rows(38)_ 6.8705711509966392
     RHS c_u_svm(1)_activation_rows(39)_ 7.7290050074190999
     RHS c_u_svm(1)_activation_rows(40)_ 15.000000015000001
     RHS c_u_svm(1)_activation_rows(41)_ 4.4311731817493856
     RHS c_u_svm(1)_activation_rows(42)_ 8.59976125373265
     RHS c_u_svm(1)_activation_rows(43)_ 7.729005006903833
     RHS c_u_svm(1)_activation_rows(44)_ 15.000000014000001
     RHS c_u_svm(1)_activation_rows(45)_ 4.7511989151130845
     RHS c_u_svm(1)_activation_rows(46)_ 9.2208484442116259
     RHS c_u_svm(1)_activation_rows(47)_ 7.729005006903833
     RHS c_u_svm(1)_activation_rows(48)_ 15.000000014000001
     RHS c_u_svm(1)_activation_rows(49)_ 5.6877353161828426
     RHS c_u_svm(1)_activation_rows(50)_ 11.038423412349136
     RHS c_u_svm(1)_activation_rows(51)_ 7.729005006903833
     RHS c_u_svm(1)_activation_rows(52)_ 15.000000014000001
     RHS c_u_svm(1)_activation_rows(53)_ 5.0172593278906419
     RHS c_u_svm(1)_activation_rows(54)_ 9.7372029027510347
     RHS c_u_svm(1)_activation_rows(55)_ 7.729005006903833
     RHS c_u_svm(1)_activation_rows(56)_ 15.000000014000001
     RHS c_u_svm(1)_activation_rows(57)_ 5.4269993032400015
     RHS c_u_svm(1)_activation_rows(58)_ 10.53240223701034
     RHS c_u_svm(1)_activation_rows(59)_ 7.729005006903833
     RHS c_u_svm(1)_activation_rows(60)_ 15.000000014000001
     RHS c_u_svm(1)_activation_rows(61)_ 6.6984710069451534
     RHS c_u_svm(1)_activation_rows(62)_ 13.000000014000001
     RHS c_u_svm(1)_activation_rows(63)_ 1.6846517523980062
     RHS c_u_svm(1)_activation_rows(64)_ 3.2694734040129774
     RHS c_u_svm(1)_activation_rows(65)_ 4.8981746135825208
     RHS c_u_svm(1)_activation_rows(66)_ 9.5060902673350363
     RHS c_u_svm(1)_activation_rows(67)_ 7.729005006903833
     RHS c_u_svm(1)_activation_rows(68)_ 15.000000014000001
     RHS c_u_svm(1)_activation_rows(69)_ 6.5777395646524663
     RHS c_u_svm(1)_activation_rows(70)_ 12.765691505406345
     RHS c_u_svm(1)_activation_rows(71)_ 7.729005006903833
     RHS c_u_svm(1)_activation_rows(72)_ 15.000000014000001
     RHS c_u_svm(1)_activation_rows(73)_ 4.65715713105081
     RHS c_u_svm(1)_activation_rows(74)_ 9.0383376603538483
     RHS c_u_svm(1)_activation_rows(75)_ 6.6239422093641842
     RHS c_u_svm(1)_activation_rows(76)_ 12.855358890885272
     RHS c_u_svm(1)_activation_rows(77)_ 7.729005006903833
     RHS c_u_svm(1)_activation_rows(78)_ 15.000000014000001
     RHS c_u_svm(1)_activation_rows(79)_ 6.1026236269630987
     RHS c_u_svm(1)_activation_rows(80)_ 11.84361433433112
     RHS c_u_svm(1)_activation_rows(81)_ 6.5148028296811979
     RHS c_u_svm(1)_activation_rows(82)_ 12.643547578134092
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
 LO BOUND svm(1)_w(9) -4.1360788463208804
 UP BOUND svm(1)_w(9) 5.0961546338403751
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
 UP BOUND svm(1)_u(9) 4.0961546338403751
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
 UP BOUND svm(1)_v(9) 5.1360788463208804
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
