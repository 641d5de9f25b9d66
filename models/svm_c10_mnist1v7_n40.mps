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
 L  c_u_svm(1)_z_le_alpha(30)_
 L  c_u_svm(1)_z_le_alpha(31)_
 L  c_u_svm(1)_z_le_alpha(32)_
 L  c_u_svm(1)_z_le_alpha(33)_
 L  c_u_svm(1)_z_le_alpha(34)_
 L  c_u_svm(1)_z_le_alpha(35)_
 L  c_u_svm(1)_z_le_alpha(36)_
 L  c_u_svm(1)_z_le_alpha(37)_
 L  c_u_svm(1)_z_le_alpha(38)_
 L  c_u_svm(1)_z_le_alpha(39)_
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
 L  c_u_svm(1)_z_ge_neg_alpha(30)_
 L  c_u_svm(1)_z_ge_neg_alpha(31)_
 L  c_u_svm(1)_z_ge_neg_alpha(32)_
 L  c_u_svm(1)_z_ge_neg_alpha(33)_
 L  c_u_svm(1)_z_ge_neg_alpha(34)_
 L  c_u_svm(1)_z_ge_neg_alpha(35)_
 L  c_u_svm(1)_z_ge_neg_alpha(36)_
 L  c_u_svm(1)_z_ge_neg_alpha(37)_
 L  c_u_svm(1)_z_ge_neg_alpha(38)_
 L  c_u_svm(1)_z_ge_neg_alpha(39)_
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
 L  c_u_svm(1)_z_ge_alpha_if_pos(30)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(31)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(32)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(33)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(34)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(35)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(36)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(37)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(38)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(39)_
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
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(30)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(31)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(32)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(33)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(34)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(35)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(36)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(37)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(38)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(39)_
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
 E  c_e_svm(1)_stationarity(30)_
 E  c_e_svm(1)_stationarity(31)_
 E  c_e_svm(1)_stationarity(32)_
 E  c_e_svm(1)_stationarity(33)_
 E  c_e_svm(1)_stationarity(34)_
 E  c_e_svm(1)_stationarity(35)_
 E  c_e_svm(1)_stationarity(36)_
 E  c_e_svm(1)_stationarity(37)_
 E  c_e_svm(1)_stationarity(38)_
 E  c_e_svm(1)_stationarity(39)_
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
 E  c_e_svm(1)_p_def(30)_
 E  c_e_svm(1)_p_def(31)_
 E  c_e_svm(1)_p_def(32)_
 E  c_e_svm(1)_p_def(33)_
 E  c_e_svm(1)_p_def(34)_
 E  c_e_svm(1)_p_def(35)_
 E  c_e_svm(1)_p_def(36)_
 E  c_e_svm(1)_p_def(37)_
 E  c_e_svm(1)_p_def(38)_
 E  c_e_svm(1)_p_def(39)_
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
 L  c_u_svm(1)_w_minus_p_le(30)_
 L  c_u_svm(1)_w_minus_p_le(31)_
 L  c_u_svm(1)_w_minus_p_le(32)_
 L  c_u_svm(1)_w_minus_p_le(33)_
 L  c_u_svm(1)_w_minus_p_le(34)_
 L  c_u_svm(1)_w_minus_p_le(35)_
 L  c_u_svm(1)_w_minus_p_le(36)_
 L  c_u_svm(1)_w_minus_p_le(37)_
 L  c_u_svm(1)_w_minus_p_le(38)_
 L  c_u_svm(1)_w_minus_p_le(39)_
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
 L  c_u_svm(1)_w_minus_p_ge(30)_
 L  c_u_svm(1)_w_minus_p_ge(31)_
 L  c_u_svm(1)_w_minus_p_ge(32)_
 L  c_u_svm(1)_w_minus_p_ge(33)_
 L  c_u_svm(1)_w_minus_p_ge(34)_
 L  c_u_svm(1)_w_minus_p_ge(35)_
 L  c_u_svm(1)_w_minus_p_ge(36)_
 L  c_u_svm(1)_w_minus_p_ge(37)_
 L  c_u_svm(1)_w_minus_p_ge(38)_
 L  c_u_svm(1)_w_minus_p_ge(39)_
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
 L  c_u_svm(1)_w_plus_p_le(30)_
 L  c_u_svm(1)_w_plus_p_le(31)_
 L  c_u_svm(1)_w_plus_p_le(32)_
 L  c_u_svm(1)_w_plus_p_le(33)_
 L  c_u_svm(1)_w_plus_p_le(34)_
 L  c_u_svm(1)_w_plus_p_le(35)_
 L  c_u_svm(1)_w_plus_p_le(36)_
 L  c_u_svm(1)_w_plus_p_le(37)_
 L  c_u_svm(1)_w_plus_p_le(38)_
 L  c_u_svm(1)_w_plus_p_le(39)_
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
 L  c_u_svm(1)_w_plus_p_ge(30)_
 L  c_u_svm(1)_w_plus_p_ge(31)_
 L  c_u_svm(1)_w_plus_p_ge(32)_
 L  c_u_svm(1)_w_plus_p_ge(33)_
 L  c_u_svm(1)_w_plus_p_ge(34)_
 L  c_u_svm(1)_w_plus_p_ge(35)_
 L  c_u_svm(1)_w_plus_p_ge(36)_
 L  c_u_svm(1)_w_plus_p_ge(37)_
 L  c_u_svm(1)_w_plus_p_ge(38)_
 L  c_u_svm(1)_w_plus_p_ge(39)_
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
 L  c_u_svm(1)_t_le_s(30)_
 L  c_u_svm(1)_t_le_s(31)_
 L  c_u_svm(1)_t_le_s(32)_
 L  c_u_svm(1)_t_le_s(33)_
 L  c_u_svm(1)_t_le_s(34)_
 L  c_u_svm(1)_t_le_s(35)_
 L  c_u_svm(1)_t_le_s(36)_
 L  c_u_svm(1)_t_le_s(37)_
 L  c_u_svm(1)_t_le_s(38)_
 L  c_u_svm(1)_t_le_s(39)_
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
 L  c_u_svm(1)_alpha_le_Cs(30)_
 L  c_u_svm(1)_alpha_le_Cs(31)_
 L  c_u_svm(1)_alpha_le_Cs(32)_
 L  c_u_svm(1)_alpha_le_Cs(33)_
 L  c_u_svm(1)_alpha_le_Cs(34)_
 L  c_u_svm(1)_alpha_le_Cs(35)_
 L  c_u_svm(1)_alpha_le_Cs(36)_
 L  c_u_svm(1)_alpha_le_Cs(37)_
 L  c_u_svm(1)_alpha_le_Cs(38)_
 L  c_u_svm(1)_alpha_le_Cs(39)_
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
 L  c_u_svm(1)_u_le_Mu(30)_
 L  c_u_svm(1)_u_le_Mu(31)_
 L  c_u_svm(1)_u_le_Mu(32)_
 L  c_u_svm(1)_u_le_Mu(33)_
 L  c_u_svm(1)_u_le_Mu(34)_
 L  c_u_svm(1)_u_le_Mu(35)_
 L  c_u_svm(1)_u_le_Mu(36)_
 L  c_u_svm(1)_u_le_Mu(37)_
 L  c_u_svm(1)_u_le_Mu(38)_
 L  c_u_svm(1)_u_le_Mu(39)_
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
 L  c_u_svm(1)_alpha_ge_Ct(30)_
 L  c_u_svm(1)_alpha_ge_Ct(31)_
 L  c_u_svm(1)_alpha_ge_Ct(32)_
 L  c_u_svm(1)_alpha_ge_Ct(33)_
 L  c_u_svm(1)_alpha_ge_Ct(34)_
 L  c_u_svm(1)_alpha_ge_Ct(35)_
 L  c_u_svm(1)_alpha_ge_Ct(36)_
 L  c_u_svm(1)_alpha_ge_Ct(37)_
 L  c_u_svm(1)_alpha_ge_Ct(38)_
 L  c_u_svm(1)_alpha_ge_Ct(39)_
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
 L  c_u_svm(1)_v_le_Mv(30)_
 L  c_u_svm(1)_v_le_Mv(31)_
 L  c_u_svm(1)_v_le_Mv(32)_
 L  c_u_svm(1)_v_le_Mv(33)_
 L  c_u_svm(1)_v_le_Mv(34)_
 L  c_u_svm(1)_v_le_Mv(35)_
 L  c_u_svm(1)_v_le_Mv(36)_
 L  c_u_svm(1)_v_le_Mv(37)_
 L  c_u_svm(1)_v_le_Mv(38)_
 L  c_u_svm(1)_v_le_Mv(39)_
 E  c_e_ONE_VAR_CONSTANT
COLUMNS
     b(0_1) objective 1
     b(0_1) c_u_svm(1)_z_ge_alpha_if_pos(0)_ 0.72530472056143513
     b(0_1) c_u_svm(1)_z_le_neg_alpha_if_neg(0)_ -0.72530472056143513
     b(0_1) c_u_svm(1)_w_minus_p_le(0)_ 8.90908508268787
     b(0_1) c_u_svm(1)_w_minus_p_ge(0)_ 8.90908508268787
     b(0_1) c_u_svm(1)_w_plus_p_le(0)_ -8.90908508268787
     b(0_1) c_u_svm(1)_w_plus_p_ge(0)_ -8.90908508268787
     b(1_1) objective 1
     b(1_1) c_u_svm(1)_z_ge_alpha_if_pos(1)_ 0.72530472056143513
     b(1_1) c_u_svm(1)_z_le_neg_alpha_if_neg(1)_ -0.72530472056143513
     b(1_1) c_u_svm(1)_w_minus_p_le(1)_ 10.214642109706398
     b(1_1) c_u_svm(1)_w_minus_p_ge(1)_ 10.214642109706398
     b(1_1) c_u_svm(1)_w_plus_p_le(1)_ -10.214642109706398
     b(1_1) c_u_svm(1)_w_plus_p_ge(1)_ -10.214642109706398
     b(2_1) objective 1
     b(2_1) c_u_svm(1)_z_ge_alpha_if_pos(2)_ 0.72530472056143513
     b(2_1) c_u_svm(1)_z_le_neg_alpha_if_neg(2)_ -0.72530472056143513
     b(2_1) c_u_svm(1)_w_minus_p_le(2)_ 9.1243204612869029
     b(2_1) c_u_svm(1)_w_minus_p_ge(2)_ 9.1243204612869029
     b(2_1) c_u_svm(1)_w_plus_p_le(2)_ -9.1243204612869029
     b(2_1) c_u_svm(1)_w_plus_p_ge(2)_ -9.1243204612869029
     b(3_1) objective 1
     b(3_1) c_u_svm(1)_z_ge_alpha_if_pos(3)_ 0.72530472056143513
     b(3_1) c_u_svm(1)_z_le_neg_alpha_if_neg(3)_ -0.72530472056143513
     b(3_1) c_u_svm(1)_w_minus_p_le(3)_ 9.9808769576913399
     b(3_1) c_u_svm(1)_w_minus_p_ge(3)_ 9.9808769576913399
     b(3_1) c_u_svm(1)_w_plus_p_le(3)_ -9.9808769576913399
     b(3_1) c_u_svm(1)_w_plus_p_ge(3)_ -9.9808769576913399
     b(4_1) objective 1
     b(4_1) c_u_svm(1)_z_ge_alpha_if_pos(4)_ 0.72530472056143513
     b(4_1) c_u_svm(1)_z_le_neg_alpha_if_neg(4)_ -0.72530472056143513
     b(4_1) c_u_svm(1)_w_minus_p_le(4)_ 11.169537795827091
     b(4_1) c_u_svm(1)_w_minus_p_ge(4)_ 11.169537795827091
     b(4_1) c_u_svm(1)_w_plus_p_le(4)_ -11.169537795827091
     b(4_1) c_u_svm(1)_w_plus_p_ge(4)_ -11.169537795827091
     b(5_1) objective 1
     b(5_1) c_u_svm(1)_z_ge_alpha_if_pos(5)_ 0.72530472056143513
     b(5_1) c_u_svm(1)_z_le_neg_alpha_if_neg(5)_ -0.72530472056143513
     b(5_1) c_u_svm(1)_w_minus_p_le(5)_ 10.394806258515581
     b(5_1) c_u_svm(1)_w_minus_p_ge(5)_ 10.394806258515581
     b(5_1) c_u_svm(1)_w_plus_p_le(5)_ -10.394806258515581
     b(5_1) c_u_svm(1)_w_plus_p_ge(5)_ -10.394806258515581
     b(6_1) objective 1
     b(6_1) c_u_svm(1)_z_ge_alpha_if_pos(6)_ 0.72530472056143513
     b(6_1) c_u_svm(1)_z_le_neg_alpha_if_neg(6)_ -0.72530472056143513
     b(6_1) c_u_svm(1)_w_minus_p_le(6)_ 9.058088270429149
     b(6_1) c_u_svm(1)_w_minus_p_ge(6)_ 9.058088270429149
     b(6_1) c_u_svm(1)_w_plus_p_le(6)_ -9.058088270429149
     b(6_1) c_u_svm(1)_w_plus_p_ge(6)_ -9.058088270429149
     b(7_1) objective 1
     b(7_1) c_u_svm(1)_z_ge_alpha_if_pos(7)_ 0.72530472056143513
     b(7_1) c_u_svm(1)_z_le_neg_alpha_if_neg(7)_ -0.72530472056143513
     b(7_1) c_u_svm(1)_w_minus_p_le(7)_ 11.101024886522607
     b(7_1) c_u_svm(1)_w_minus_p_ge(7)_ 11.101024886522607
     b(7_1) c_u_svm(1)_w_plus_p_le(7)_ -11.101024886522607
     b(7_1) c_u_svm(1)_w_plus_p_ge(7)_ -11.101024886522607
     b(8_1) objective 1
     b(8_1) c_u_svm(1)_z_ge_alpha_if_pos(8)_ 0.72530472056143513
     b(8_1) c_u_svm(1)_z_le_neg_alpha_if_neg(8)_ -0.72530472056143513
     b(8_1) c_u_svm(1)_w_minus_p_le(8)_ 11.446144601362365
     b(8_1) c_u_svm(1)_w_minus_p_ge(8)_ 11.446144601362365
     b(8_1) c_u_svm(1)_w_plus_p_le(8)_ -11.446144601362365
     b(8_1) c_u_svm(1)_w_plus_p_ge(8)_ -11.446144601362365
     b(9_1) objective 1
     b(9_1) c_u_svm(1)_z_ge_alpha_if_pos(9)_ 0.72530472056143513
     b(9_1) c_u_svm(1)_z_le_neg_alpha_if_neg(9)_ -0.72530472056143513
     b(9_1) c_u_svm(1)_w_minus_p_le(9)_ 11.208792284564009
     b(9_1) c_u_svm(1)_w_minus_p_ge(9)_ 11.208792284564009
     b(9_1) c_u_svm(1)_w_plus_p_le(9)_ -11.208792284564009
     b(9_1) c_u_svm(1)_w_plus_p_ge(9)_ -11.208792284564009
     b(10_1) objective 1
     b(10_1) c_u_svm(1)_z_ge_alpha_if_pos(10)_ 0.72530472056143513
     b(10_1) c_u_svm(1)_z_le_neg_alpha_if_neg(10)_ -0.72530472056143513
     b(10_1) c_u_svm(1)_w_minus_p_le(10)_ 10.864299493025637
     b(10_1) c_u_svm(1)_w_minus_p_ge(10)_ 10.864299493025637
     b(10_1) c_u_svm(1)_w_plus_p_le(10)_ -10.864299493025637
     b(10_1) c_u_svm(1)_w_plus_p_ge(10)_ -10.864299493025637
     b(11_1) objective 1
     b(11_1) c_u_svm(1)_z_ge_alpha_if_pos(11)_ 0.72530472056143513
     b(11_1) c_u_svm(1)_z_le_neg_alpha_if_neg(11)_ -0.72530472056143513
     b(11_1) c_u_svm(1)_w_minus_p_le(11)_ 11.943741006672608
     b(11_1) c_u_svm(1)_w_minus_p_ge(11)_ 11.943741006672608
     b(11_1) c_u_svm(1)_w_plus_p_le(11)_ -11.943741006672608
     b(11_1) c_u_svm(1)_w_plus_p_ge(11)_ -11.943741006672608
     b(12_1) objective 1
     b(12_1) c_u_svm(1)_z_ge_alpha_if_pos(12)_ 0.72530472056143513
     b(12_1) c_u_svm(1)_z_le_neg_alpha_if_neg(12)_ -0.72530472056143513
     b(12_1) c_u_svm(1)_w_minus_p_le(12)_ 8.9729493253869954
     b(12_1) c_u_svm(1)_w_minus_p_ge(12)_ 8.9729493253869954
     b(12_1) c_u_svm(1)_w_plus_p_le(12)_ -8.9729493253869954
     b(12_1) c_u_svm(1)_w_plus_p_ge(12)_ -8.9729493253869954
     b(13_1) objective 1
     b(13_1) c_u_svm(1)_z_ge_alpha_if_pos(13)_ 0.72530472056143513
     b(13_1) c_u_svm(1)_z_le_neg_alpha_if_neg(13)_ -0.72530472056143513
     b(13_1) c_u_svm(1)_w_minus_p_le(13)_ 7.9932449324528578
     b(13_1) c_u_svm(1)_w_minus_p_ge(13)_ 7.9932449324528578
     b(13_1) c_u_svm(1)_w_plus_p_le(13)_ -7.9932449324528578
     b(13_1) c_u_svm(1)_w_plus_p_ge(13)_ -7.9932449324528578
     b(14_1) objective 1
     b(14_1) c_u_svm(1)_z_ge_alpha_if_pos(14)_ 0.72530472056143513
     b(14_1) c_u_svm(1)_z_le_neg_alpha_if_neg(14)_ -0.72530472056143513
     b(14_1) c_u_svm(1)_w_minus_p_le(14)_ 9.5076785985534293
     b(14_1) c_u_svm(1)_w_minus_p_ge(14)_ 9.5076785985534293
     b(14_1) c_u_svm(1)_w_plus_p_le(14)_ -9.5076785985534293
     b(14_1) c_u_svm(1)_w_plus_p_ge(14)_ -9.5076785985534293
     b(15_1) objective 1
     b(15_1) c_u_svm(1)_z_ge_alpha_if_pos(15)_ 0.72530472056143513
     b(15_1) c_u_svm(1)_z_le_neg_alpha_if_neg(15)_ -0.72530472056143513
     b(15_1) c_u_svm(1)_w_minus_p_le(15)_ 9.5027725478152618
     b(15_1) c_u_svm(1)_w_minus_p_ge(15)_ 9.5027725478152618
     b(15_1) c_u_svm(1)_w_plus_p_le(15)_ -9.5027725478152618
     b(15_1) c_u_svm(1)_w_plus_p_ge(15)_ -9.5027725478152618
     b(16_1) objective 1
     b(16_1) c_u_svm(1)_z_ge_alpha_if_pos(16)_ 0.72530472056143513
     b(16_1) c_u_svm(1)_z_le_neg_alpha_if_neg(16)_ -0.72530472056143513
     b(16_1) c_u_svm(1)_w_minus_p_le(16)_ 11.445204666761997
     b(16_1) c_u_svm(1)_w_minus_p_ge(16)_ 11.445204666761997
     b(16_1) c_u_svm(1)_w_plus_p_le(16)_ -11.445204666761997
     b(16_1) c_u_svm(1)_w_plus_p_ge(16)_ -11.445204666761997
     b(17_1) objective 1
     b(17_1) c_u_svm(1)_z_ge_alpha_if_pos(17)_ 0.72530472056143513
     b(17_1) c_u_svm(1)_z_le_neg_alpha_if_neg(17)_ -0.72530472056143513
     b(17_1) c_u_svm(1)_w_minus_p_le(17)_ 8.5827974455684437
     b(17_1) c_u_svm(1)_w_minus_p_ge(17)_ 8.5827974455684437
     b(17_1) c_u_svm(1)_w_plus_p_le(17)_ -8.5827974455684437
     b(17_1) c_u_svm(1)_w_plus_p_ge(17)_ -8.5827974455684437
     b(18_1) objective 1
     b(18_1) c_u_svm(1)_z_ge_alpha_if_pos(18)_ 0.72530472056143513
     b(18_1) c_u_svm(1)_z_le_neg_alpha_if_neg(18)_ -0.72530472056143513
     b(18_1) c_u_svm(1)_w_minus_p_le(18)_ 10.891399132359336
     b(18_1) c_u_svm(1)_w_minus_p_ge(18)_ 10.891399132359336
     b(18_1) c_u_svm(1)_w_plus_p_le(18)_ -10.891399132359336
     b(18_1) c_u_svm(1)_w_plus_p_ge(18)_ -10.891399132359336
     b(19_1) objective 1
     b(19_1) c_u_svm(1)_z_ge_alpha_if_pos(19)_ 0.72530472056143513
     b(19_1) c_u_svm(1)_z_le_neg_alpha_if_neg(19)_ -0.72530472056143513
     b(19_1) c_u_svm(1)_w_minus_p_le(19)_ 10.087507374200321
     b(19_1) c_u_svm(1)_w_minus_p_ge(19)_ 10.087507374200321
     b(19_1) c_u_svm(1)_w_plus_p_le(19)_ -10.087507374200321
     b(19_1) c_u_svm(1)_w_plus_p_ge(19)_ -10.087507374200321
     b(20_1) objective -1
     b(20_1) c_u_svm(1)_z_ge_alpha_if_pos(20)_ 0.72530472056143513
     b(20_1) c_u_svm(1)_z_le_neg_alpha_if_neg(20)_ -0.72530472056143513
     b(20_1) c_u_svm(1)_w_minus_p_le(20)_ 12.498236176362003
     b(20_1) c_u_svm(1)_w_minus_p_ge(20)_ 12.498236176362003
     b(20_1) c_u_svm(1)_w_plus_p_le(20)_ -12.498236176362003
     b(20_1) c_u_svm(1)_w_plus_p_ge(20)_ -12.498236176362003
     b(21_1) objective -1
     b(21_1) c_u_svm(1)_z_ge_alpha_if_pos(21)_ 0.72530472056143513
     b(21_1) c_u_svm(1)_z_le_neg_alpha_if_neg(21)_ -0.72530472056143513
     b(21_1) c_u_svm(1)_w_minus_p_le(21)_ 13.551638046642255
     b(21_1) c_u_svm(1)_w_minus_p_ge(21)_ 13.551638046642255
     b(21_1) c_u_svm(1)_w_plus_p_le(21)_ -13.551638046642255
     b(21_1) c_u_svm(1)_w_plus_p_ge(21)_ -13.551638046642255
     b(22_1) objective -1
     b(22_1) c_u_svm(1)_z_ge_alpha_if_pos(22)_ 0.72530472056143513
     b(22_1) c_u_svm(1)_z_le_neg_alpha_if_neg(22)_ -0.72530472056143513
     b(22_1) c_u_svm(1)_w_minus_p_le(22)_ 10.046566147205718
     b(22_1) c_u_svm(1)_w_minus_p_ge(22)_ 10.046566147205718
     b(22_1) c_u_svm(1)_w_plus_p_le(22)_ -10.046566147205718
     b(22_1) c_u_svm(1)_w_plus_p_ge(22)_ -10.046566147205718
     b(23_1) objective -1
     b(23_1) c_u_svm(1)_z_ge_alpha_if_pos(23)_ 0.72530472056143513
     b(23_1) c_u_svm(1)_z_le_neg_alpha_if_neg(23)_ -0.72530472056143513
     b(23_1) c_u_svm(1)_w_minus_p_le(23)_ 7.8445892364059695
     b(23_1) c_u_svm(1)_w_minus_p_ge(23)_ 7.8445892364059695
     b(23_1) c_u_svm(1)_w_plus_p_le(23)_ -7.8445892364059695
     b(23_1) c_u_svm(1)_w_plus_p_ge(23)_ -7.8445892364059695
     b(24_1) objective -1
     b(24_1) c_u_svm(1)_z_ge_alpha_if_pos(24)_ 0.72530472056143513
     b(24_1) c_u_svm(1)_z_le_neg_alpha_if_neg(24)_ -0.72530472056143513
     b(24_1) c_u_svm(1)_w_minus_p_le(24)_ 10.140103415995814
     b(24_1) c_u_svm(1)_w_minus_p_ge(24)_ 10.140103415995814
     b(24_1) c_u_svm(1)_w_plus_p_le(24)_ -10.140103415995814
     b(24_1) c_u_svm(1)_w_plus_p_ge(24)_ -10.140103415995814
     b(25_1) objective -1
     b(25_1) c_u_svm(1)_z_ge_alpha_if_pos(25)_ 0.72530472056143513
     b(25_1) c_u_svm(1)_z_le_neg_alpha_if_neg(25)_ -0.72530472056143513
     b(25_1) c_u_svm(1)_w_minus_p_le(25)_ 10.540485561011414
     b(25_1) c_u_svm(1)_w_minus_p_ge(25)_ 10.540485561011414
     b(25_1) c_u_svm(1)_w_plus_p_le(25)_ -10.540485561011414
     b(25_1) c_u_svm(1)_w_plus_p_ge(25)_ -10.540485561011414
     b(26_1) objective -1
     b(26_1) c_u_svm(1)_z_ge_alpha_if_pos(26)_ 0.72530472056143513
     b(26_1) c_u_svm(1)_z_le_neg_alpha_if_neg(26)_ -0.72530472056143513
     b(26_1) c_u_svm(1)_w_minus_p_le(26)_ 14.333070049952346
     b(26_1) c_u_svm(1)_w_minus_p_ge(26)_ 14.333070049952346
     b(26_1) c_u_svm(1)_w_plus_p_le(26)_ -14.333070049952346
     b(26_1) c_u_svm(1)_w_plus_p_ge(26)_ -14.333070049952346
     b(27_1) objective -1
     b(27_1) c_u_svm(1)_z_ge_alpha_if_pos(27)_ 0.72530472056143513
     b(27_1) c_u_svm(1)_z_le_neg_alpha_if_neg(27)_ -0.72530472056143513
     b(27_1) c_u_svm(1)_w_minus_p_le(27)_ 9.1960729802583945
     b(27_1) c_u_svm(1)_w_minus_p_ge(27)_ 9.1960729802583945
     b(27_1) c_u_svm(1)_w_plus_p_le(27)_ -9.1960729802583945
     b(27_1) c_u_svm(1)_w_plus_p_ge(27)_ -9.1960729802583945
     b(28_1) objective -1
     b(28_1) c_u_svm(1)_z_ge_alpha_if_pos(28)_ 0.72530472056143513
     b(28_1) c_u_svm(1)_z_le_neg_alpha_if_neg(28)_ -0.72530472056143513
     b(28_1) c_u_svm(1)_w_minus_p_le(28)_ 10.940060575473375
     b(28_1) c_u_svm(1)_w_minus_p_ge(28)_ 10.940060575473375
     b(28_1) c_u_svm(1)_w_plus_p_le(28)_ -10.940060575473375
     b(28_1) c_u_svm(1)_w_plus_p_ge(28)_ -10.940060575473375
     b(29_1) objective -1
     b(29_1) c_u_svm(1)_z_ge_alpha_if_pos(29)_ 0.72530472056143513
     b(29_1) c_u_svm(1)_z_le_neg_alpha_if_neg(29)_ -0.72530472056143513
     b(29_1) c_u_svm(1)_w_minus_p_le(29)_ 14.440691267140201
     b(29_1) c_u_svm(1)_w_minus_p_ge(29)_ 14.440691267140201
     b(29_1) c_u_svm(1)_w_plus_p_le(29)_ -14.440691267140201
     b(29_1) c_u_svm(1)_w_plus_p_ge(29)_ -14.440691267140201
     b(30_1) objective -1
     b(30_1) c_u_svm(1)_z_ge_alpha_if_pos(30)_ 0.72530472056143513
     b(30_1) c_u_svm(1)_z_le_neg_alpha_if_neg(30)_ -0.72530472056143513
     b(30_1) c_u_svm(1)_w_minus_p_le(30)_ 12.117083260452917
     b(30_1) c_u_svm(1)_w_minus_p_ge(30)_ 12.117083260452917
     b(30_1) c_u_svm(1)_w_plus_p_le(30)_ -12.117083260452917
     b(30_1) c_u_svm(1)_w_plus_p_ge(30)_ -12.117083260452917
     b(31_1) objective -1
     b(31_1) c_u_svm(1)_z_ge_alpha_if_pos(31)_ 0.72530472056143513
     b(31_1) c_u_svm(1)_z_le_neg_alpha_if_neg(31)_ -0.72530472056143513
     b(31_1) c_u_svm(1)_w_minus_p_le(31)_ 11.285044604302941
     b(31_1) c_u_svm(1)_w_minus_p_ge(31)_ 11.285044604302941
     b(31_1) c_u_svm(1)_w_plus_p_le(31)_ -11.285044604302941
     b(31_1) c_u_svm(1)_w_plus_p_ge(31)_ -11.285044604302941
     b(32_1) objective -1
     b(32_1) c_u_svm(1)_z_ge_alpha_if_pos(32)_ 0.72530472056143513
     b(32_1) c_u_svm(1)_z_le_neg_alpha_if_neg(32)_ -0.72530472056143513
     b(32_1) c_u_svm(1)_w_minus_p_le(32)_ 10.880338932457905
     b(32_1) c_u_svm(1)_w_minus_p_ge(32)_ 10.880338932457905
     b(32_1) c_u_svm(1)_w_plus_p_le(32)_ -10.880338932457905
     b(32_1) c_u_svm(1)_w_plus_p_ge(32)_ -10.880338932457905
     b(33_1) objective -1
     b(33_1) c_u_svm(1)_z_ge_alpha_if_pos(33)_ 0.72530472056143513
     b(33_1) c_u_svm(1)_z_le_neg_alpha_if_neg(33)_ -0.72530472056143513
     b(33_1) c_u_svm(1)_w_minus_p_le(33)_ 10.608443587747759
     b(33_1) c_u_svm(1)_w_minus_p_ge(33)_ 10.608443587747759
     b(33_1) c_u_svm(1)_w_plus_p_le(33)_ -10.608443587747759
     b(33_1) c_u_svm(1)_w_plus_p_ge(33)_ -10.608443587747759
     b(34_1) objective -1
     b(34_1) c_u_svm(1)_z_ge_alpha_if_pos(34)_ 0.72530472056143513
     b(34_1) c_u_svm(1)_z_le_neg_alpha_if_neg(34)_ -0.72530472056143513
     b(34_1) c_u_svm(1)_w_minus_p_le(34)_ 9.3833321865236847
     b(34_1) c_u_svm(1)_w_minus_p_ge(34)_ 9.3833321865236847
     b(34_1) c_u_svm(1)_w_plus_p_le(34)_ -9.3833321865236847
     b(34_1) c_u_svm(1)_w_plus_p_ge(34)_ -9.3833321865236847
     b(35_1) objective -1
     b(35_1) c_u_svm(1)_z_ge_alpha_if_pos(35)_ 0.72530472056143513
     b(35_1) c_u_svm(1)_z_le_neg_alpha_if_neg(35)_ -0.72530472056143513
     b(35_1) c_u_svm(1)_w_minus_p_le(35)_ 10.212257896628547
     b(35_1) c_u_svm(1)_w_minus_p_ge(35)_ 10.212257896628547
     b(35_1) c_u_svm(1)_w_plus_p_le(35)_ -10.212257896628547
     b(35_1) c_u_svm(1)_w_plus_p_ge(35)_ -10.212257896628547
     b(36_1) objective -1
     b(36_1) c_u_svm(1)_z_ge_alpha_if_pos(36)_ 0.72530472056143513
     b(36_1) c_u_svm(1)_z_le_neg_alpha_if_neg(36)_ -0.72530472056143513
     b(36_1) c_u_svm(1)_w_minus_p_le(36)_ 12.847133668152084
     b(36_1) c_u_svm(1)_w_minus_p_ge(36)_ 12.847133668152084
     b(36_1) c_u_svm(1)_w_plus_p_le(36)_ -12.847133668152084
     b(36_1) c_u_svm(1)_w_plus_p_ge(36)_ -12.847133668152084
     b(37_1) objective -1
     b(37_1) c_u_svm(1)_z_ge_alpha_if_pos(37)_ 0.72530472056143513
     b(37_1) c_u_svm(1)_z_le_neg_alpha_if_neg(37)_ -0.72530472056143513
     b(37_1) c_u_svm(1)_w_minus_p_le(37)_ 9.8215538423593749
     b(37_1) c_u_svm(1)_w_minus_p_ge(37)_ 9.8215538423593749
     b(37_1) c_u_svm(1)_w_plus_p_le(37)_ -9.8215538423593749
     b(37_1) c_u_svm(1)_w_plus_p_ge(37)_ -9.8215538423593749
     b(38_1) objective -1
     b(38_1) c_u_svm(1)_z_ge_alpha_if_pos(38)_ 0.72530472056143513
     b(38_1) c_u_svm(1)_z_le_neg_alpha_if_neg(38)_ -0.72530472056143513
     b(38_1) c_u_svm(1)_w_minus_p_le(38)_ 10.345077425113498
     b(38_1) c_u_svm(1)_w_minus_p_ge(38)_ 10.345077425113498
     b(38_1) c_u_svm(1)_w_plus_p_le(38)_ -10.345077425113498
     b(38_1) c_u_svm(1)_w_plus_p_ge(38)_ -10.345077425113498
     b(39_1) objective -1
     b(39_1) c_u_svm(1)_z_ge_alpha_if_pos(39)_ 0.72530472056143513
     b(39_1) c_u_svm(1)_z_le_neg_alpha_if_neg(39)_ -0.72530472056143513
     b(39_1) c_u_svm(1)_w_minus_p_le(39)_ 13.013842656927746
     b(39_1) c_u_svm(1)_w_minus_p_ge(39)_ 13.013842656927746
     b(39_1) c_u_svm(1)_w_plus_p_le(39)_ -13.013842656927746
     b(39_1) c_u_svm(1)_w_plus_p_ge(39)_ -13.013842656927746
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
     svm(1)_alpha(30) c_u_svm(1)_z_le_alpha(30)_ -1
     svm(1)_alpha(30) c_u_svm(1)_z_ge_neg_alpha(30)_ -1
     svm(1)_alpha(30) c_u_svm(1)_z_ge_alpha_if_pos(30)_ 1
     svm(1)_alpha(30) c_u_svm(1)_z_le_neg_alpha_if_neg(30)_ 1
     svm(1)_alpha(30) c_u_svm(1)_alpha_le_Cs(30)_ 1
     svm(1)_alpha(30) c_u_svm(1)_alpha_ge_Ct(30)_ -1
     svm(1)_alpha(31) c_u_svm(1)_z_le_alpha(31)_ -1
     svm(1)_alpha(31) c_u_svm(1)_z_ge_neg_alpha(31)_ -1
     svm(1)_alpha(31) c_u_svm(1)_z_ge_alpha_if_pos(31)_ 1
     svm(1)_alpha(31) c_u_svm(1)_z_le_neg_alpha_if_neg(31)_ 1
     svm(1)_alpha(31) c_u_svm(1)_alpha_le_Cs(31)_ 1
     svm(1)_alpha(31) c_u_svm(1)_alpha_ge_Ct(31)_ -1
     svm(1)_alpha(32) c_u_svm(1)_z_le_alpha(32)_ -1
     svm(1)_alpha(32) c_u_svm(1)_z_ge_neg_alpha(32)_ -1
     svm(1)_alpha(32) c_u_svm(1)_z_ge_alpha_if_pos(32)_ 1
     svm(1)_alpha(32) c_u_svm(1)_z_le_neg_alpha_if_neg(32)_ 1
     svm(1)_alpha(32) c_u_svm(1)_alpha_le_Cs(32)_ 1
     svm(1)_alpha(32) c_u_svm(1)_alpha_ge_Ct(32)_ -1
     svm(1)_alpha(33) c_u_svm(1)_z_le_alpha(33)_ -1
     svm(1)_alpha(33) c_u_svm(1)_z_ge_neg_alpha(33)_ -1
     svm(1)_alpha(33) c_u_svm(1)_z_ge_alpha_if_pos(33)_ 1
     svm(1)_alpha(33) c_u_svm(1)_z_le_neg_alpha_if_neg(33)_ 1
     svm(1)_alpha(33) c_u_svm(1)_alpha_le_Cs(33)_ 1
     svm(1)_alpha(33) c_u_svm(1)_alpha_ge_Ct(33)_ -1
     svm(1)_alpha(34) c_u_svm(1)_z_le_alpha(34)_ -1
     svm(1)_alpha(34) c_u_svm(1)_z_ge_neg_alpha(34)_ -1
     svm(1)_alpha(34) c_u_svm(1)_z_ge_alpha_if_pos(34)_ 1
     svm(1)_alpha(34) c_u_svm(1)_z_le_neg_alpha_if_neg(34)_ 1
     svm(1)_alpha(34) c_u_svm(1)_alpha_le_Cs(34)_ 1
     svm(1)_alpha(34) c_u_svm(1)_alpha_ge_Ct(34)_ -1
     svm(1)_alpha(35) c_u_svm(1)_z_le_alpha(35)_ -1
     svm(1)_alpha(35) c_u_svm(1)_z_ge_neg_alpha(35)_ -1
     svm(1)_alpha(35) c_u_svm(1)_z_ge_alpha_if_pos(35)_ 1
     svm(1)_alpha(35) c_u_svm(1)_z_le_neg_alpha_if_neg(35)_ 1
     svm(1)_alpha(35) c_u_svm(1)_alpha_le_Cs(35)_ 1
     svm(1)_alpha(35) c_u_svm(1)_alpha_ge_Ct(35)_ -1
     svm(1)_alpha(36) c_u_svm(1)_z_le_alpha(36)_ -1
     svm(1)_alpha(36) c_u_svm(1)_z_ge_neg_alpha(36)_ -1
     svm(1)_alpha(36) c_u_svm(1)_z_ge_alpha_if_pos(36)_ 1
     svm(1)_alpha(36) c_u_svm(1)_z_le_neg_alpha_if_neg(36)_ 1
     svm(1)_alpha(36) c_u_svm(1)_alpha_le_Cs(36)_ 1
     svm(1)_alpha(36) c_u_svm(1)_alpha_ge_Ct(36)_ -1
     svm(1)_alpha(37) c_u_svm(1)_z_le_alpha(37)_ -1
     svm(1)_alpha(37) c_u_svm(1)_z_ge_neg_alpha(37)_ -1
     svm(1)_alpha(37) c_u_svm(1)_z_ge_alpha_if_pos(37)_ 1
     svm(1)_alpha(37) c_u_svm(1)_z_le_neg_alpha_if_neg(37)_ 1
     svm(1)_alpha(37) c_u_svm(1)_alpha_le_Cs(37)_ 1
     svm(1)_alpha(37) c_u_svm(1)_alpha_ge_Ct(37)_ -1
     svm(1)_alpha(38) c_u_svm(1)_z_le_alpha(38)_ -1
     svm(1)_alpha(38) c_u_svm(1)_z_ge_neg_alpha(38)_ -1
     svm(1)_alpha(38) c_u_svm(1)_z_ge_alpha_if_pos(38)_ 1
     svm(1)_alpha(38) c_u_svm(1)_z_le_neg_alpha_if_neg(38)_ 1
     svm(1)_alpha(38) c_u_svm(1)_alpha_le_Cs(38)_ 1
     svm(1)_alpha(38) c_u_svm(1)_alpha_ge_Ct(38)_ -1
     svm(1)_alpha(39) c_u_svm(1)_z_le_alpha(39)_ -1
     svm(1)_alpha(39) c_u_svm(1)_z_ge_neg_alpha(39)_ -1
     svm(1)_alpha(39) c_u_svm(1)_z_ge_alpha_if_pos(39)_ 1
     svm(1)_alpha(39) c_u_svm(1)_z_le_neg_alpha_if_neg(39)_ 1
     svm(1)_alpha(39) c_u_svm(1)_alpha_le_Cs(39)_ 1
     svm(1)_alpha(39) c_u_svm(1)_alpha_ge_Ct(39)_ -1
     svm(1)_z(0) c_u_crossed_ -1.1943827238015357
     svm(1)_z(0) c_u_svm(1)_z_le_alpha(0)_ 1
     svm(1)_z(0) c_u_svm(1)_z_ge_neg_alpha(0)_ -1
     svm(1)_z(0) c_u_svm(1)_z_ge_alpha_if_pos(0)_ -1
     svm(1)_z(0) c_u_svm(1)_z_le_neg_alpha_if_neg(0)_ 1
     svm(1)_z(0) c_e_svm(1)_p_def(0)_ -1.3679043201034375
     svm(1)_z(0) c_e_svm(1)_p_def(1)_ -1.236072250628929
     svm(1)_z(0) c_e_svm(1)_p_def(2)_ -0.38326387175441468
     svm(1)_z(0) c_e_svm(1)_p_def(3)_ -0.3020968410876449
     svm(1)_z(0) c_e_svm(1)_p_def(4)_ -0.28356862968546243
     svm(1)_z(0) c_e_svm(1)_p_def(5)_ -0.39873508256029833
     svm(1)_z(0) c_e_svm(1)_p_def(6)_ -0.98349218641550684
     svm(1)_z(0) c_e_svm(1)_p_def(7)_ -0.21666514337297232
     svm(1)_z(0) c_e_svm(1)_p_def(8)_ -0.54631020195475499
     svm(1)_z(0) c_e_svm(1)_p_def(9)_ -0.8085745952839547
     svm(1)_z(0) c_e_svm(1)_p_def(10)_ -0.31388057677244707
     svm(1)_z(0) c_e_svm(1)_p_def(11)_ -0.6131199642231111
     svm(1)_z(0) c_e_svm(1)_p_def(12)_ -1.1172332929864326
     svm(1)_z(0) c_e_svm(1)_p_def(13)_ -0.80150038032252824
     svm(1)_z(0) c_e_svm(1)_p_def(14)_ -0.64047416003230118
     svm(1)_z(0) c_e_svm(1)_p_def(15)_ -0.68467629705895539
     svm(1)_z(0) c_e_svm(1)_p_def(16)_ -0.35907738781709286
     svm(1)_z(0) c_e_svm(1)_p_def(17)_ -1.1749999983973272
     svm(1)_z(0) c_e_svm(1)_p_def(18)_ -0.26543653095052577
     svm(1)_z(0) c_e_svm(1)_p_def(19)_ -0.39893863752880487
     svm(1)_z(0) c_e_svm(1)_p_def(20)_ -0.078005793407200971
     svm(1)_z(0) c_e_svm(1)_p_def(21)_ -0.089204447356883709
     svm(1)_z(0) c_e_svm(1)_p_def(22)_ -0.13131204464296556
     svm(1)_z(0) c_e_svm(1)_p_def(23)_ -0.17642626924566654
     svm(1)_z(0) c_e_svm(1)_p_def(24)_ 0.043835378432298039
     svm(1)_z(0) c_e_svm(1)_p_def(25)_ -0.063939600871662339
     svm(1)_z(0) c_e_svm(1)_p_def(26)_ -0.06418885552748968
     svm(1)_z(0) c_e_svm(1)_p_def(27)_ 0.00015531394920671737
     svm(1)_z(0) c_e_svm(1)_p_def(28)_ -0.12398420205042932
     svm(1)_z(0) c_e_svm(1)_p_def(29)_ 0.064262124094122255
     svm(1)_z(0) c_e_svm(1)_p_def(30)_ 0.05818969828528299
     svm(1)_z(0) c_e_svm(1)_p_def(31)_ 0.00063885284141737553
     svm(1)_z(0) c_e_svm(1)_p_def(32)_ 0.054780657311209915
     svm(1)_z(0) c_e_svm(1)_p_def(33)_ -0.0018175512731692933
     svm(1)_z(0) c_e_svm(1)_p_def(34)_ -0.047483273192017145
     svm(1)_z(0) c_e_svm(1)_p_def(35)_ 0.061799797440659554
     svm(1)_z(0) c_e_svm(1)_p_def(36)_ -0.20882164695672339
     svm(1)_z(0) c_e_svm(1)_p_def(37)_ -0.16235170255780884
     svm(1)_z(0) c_e_svm(1)_p_def(38)_ -0.021347508741430682
     svm(1)_z(0) c_e_svm(1)_p_def(39)_ 0.034604734380686092
     svm(1)_z(1) c_u_crossed_ -0.95782765238777712
     svm(1)_z(1) c_u_svm(1)_z_le_alpha(1)_ 1
     svm(1)_z(1) c_u_svm(1)_z_ge_neg_alpha(1)_ -1
     svm(1)_z(1) c_u_svm(1)_z_ge_alpha_if_pos(1)_ -1
     svm(1)_z(1) c_u_svm(1)_z_le_neg_alpha_if_neg(1)_ 1
     svm(1)_z(1) c_e_svm(1)_p_def(0)_ -1.236072250628929
     svm(1)_z(1) c_e_svm(1)_p_def(1)_ -1.7981909923994261
     svm(1)_z(1) c_e_svm(1)_p_def(2)_ -0.6441010599367557
     svm(1)_z(1) c_e_svm(1)_p_def(3)_ -0.36745910422680134
     svm(1)_z(1) c_e_svm(1)_p_def(4)_ -0.27890680240715615
     svm(1)_z(1) c_e_svm(1)_p_def(5)_ -0.23784372747133922
     svm(1)_z(1) c_e_svm(1)_p_def(6)_ -1.1077345278106456
     svm(1)_z(1) c_e_svm(1)_p_def(7)_ -0.35333598459206805
     svm(1)_z(1) c_e_svm(1)_p_def(8)_ -0.66688582422635667
     svm(1)_z(1) c_e_svm(1)_p_def(9)_ -1.3683702306406929
     svm(1)_z(1) c_e_svm(1)_p_def(10)_ -0.6713728715523305
     svm(1)_z(1) c_e_svm(1)_p_def(11)_ -1.2879213546355155
     svm(1)_z(1) c_e_svm(1)_p_def(12)_ -0.93035095983573957
     svm(1)_z(1) c_e_svm(1)_p_def(13)_ -0.8443998555144453
     svm(1)_z(1) c_e_svm(1)_p_def(14)_ -1.0371642558061358
     svm(1)_z(1) c_e_svm(1)_p_def(15)_ -0.56211097347009042
     svm(1)_z(1) c_e_svm(1)_p_def(16)_ -0.28196780744247424
     svm(1)_z(1) c_e_svm(1)_p_def(17)_ -1.0865536817067554
     svm(1)_z(1) c_e_svm(1)_p_def(18)_ -0.23345193083109494
     svm(1)_z(1) c_e_svm(1)_p_def(19)_ -0.39337290477000753
     svm(1)_z(1) c_e_svm(1)_p_def(20)_ -0.036669117113885541
     svm(1)_z(1) c_e_svm(1)_p_def(21)_ -0.013248640242305959
     svm(1)_z(1) c_e_svm(1)_p_def(22)_ -0.21178383153602948
     svm(1)_z(1) c_e_svm(1)_p_def(23)_ -0.0030447039081080707
     svm(1)_z(1) c_e_svm(1)_p_def(24)_ 0.054784819325595244
     svm(1)_z(1) c_e_svm(1)_p_def(25)_ 0.030198401928495308
     svm(1)_z(1) c_e_svm(1)_p_def(26)_ -0.04718918312407383
     svm(1)_z(1) c_e_svm(1)_p_def(27)_ -0.13148624194536188
     svm(1)_z(1) c_e_svm(1)_p_def(28)_ -0.0058304755332617419
     svm(1)_z(1) c_e_svm(1)_p_def(29)_ -0.10139439352465715
     svm(1)_z(1) c_e_svm(1)_p_def(30)_ 0.052902522414659273
     svm(1)_z(1) c_e_svm(1)_p_def(31)_ 0.077308924495394282
     svm(1)_z(1) c_e_svm(1)_p_def(32)_ -0.0055636383077977414
     svm(1)_z(1) c_e_svm(1)_p_def(33)_ 0.080322057004905259
     svm(1)_z(1) c_e_svm(1)_p_def(34)_ -0.10177326046774149
     svm(1)_z(1) c_e_svm(1)_p_def(35)_ 0.025223485338455504
     svm(1)_z(1) c_e_svm(1)_p_def(36)_ -0.39956990876860921
     svm(1)_z(1) c_e_svm(1)_p_def(37)_ -0.035377326439173684
     svm(1)_z(1) c_e_svm(1)_p_def(38)_ 0.016401943070592923
     svm(1)_z(1) c_e_svm(1)_p_def(39)_ 0.040411385240700148
     svm(1)_z(2) c_u_crossed_ -0.240323939689955
     svm(1)_z(2) c_u_svm(1)_z_le_alpha(2)_ 1
     svm(1)_z(2) c_u_svm(1)_z_ge_neg_alpha(2)_ -1
     svm(1)_z(2) c_u_svm(1)_z_ge_alpha_if_pos(2)_ -1
     svm(1)_z(2) c_u_svm(1)_z_le_neg_alpha_if_neg(2)_ 1
     svm(1)_z(2) c_e_svm(1)_p_def(0)_ -0.38326387175441468
     svm(1)_z(2) c_e_svm(1)_p_def(1)_ -0.6441010599367557
     svm(1)_z(2) c_e_svm(1)_p_def(2)_ -1.4347973574691515
     svm(1)_z(2) c_e_svm(1)_p_def(3)_ -1.2097083187949926
     svm(1)_z(2) c_e_svm(1)_p_def(4)_ -1.0978195628907339
     svm(1)_z(2) c_e_svm(1)_p_def(5)_ -0.67014147728420692
     svm(1)_z(2) c_e_svm(1)_p_def(6)_ -0.79928485728749354
     svm(1)_z(2) c_e_svm(1)_p_def(7)_ -1.3208639201822199
     svm(1)_z(2) c_e_svm(1)_p_def(8)_ -0.023736785287136117
     svm(1)_z(2) c_e_svm(1)_p_def(9)_ -1.4134030713723646
     svm(1)_z(2) c_e_svm(1)_p_def(10)_ -1.5658674117419618
     svm(1)_z(2) c_e_svm(1)_p_def(11)_ -0.50643681493496961
     svm(1)_z(2) c_e_svm(1)_p_def(12)_ -0.094957626649019897
     svm(1)_z(2) c_e_svm(1)_p_def(13)_ -0.86414567447783008
     svm(1)_z(2) c_e_svm(1)_p_def(14)_ -1.324238975538655
     svm(1)_z(2) c_e_svm(1)_p_def(15)_ 0.010306927676595232
     svm(1)_z(2) c_e_svm(1)_p_def(16)_ 0.045310662091647344
     svm(1)_z(2) c_e_svm(1)_p_def(17)_ -0.54750110469762092
     svm(1)_z(2) c_e_svm(1)_p_def(18)_ -0.96863939431706436
     svm(1)_z(2) c_e_svm(1)_p_def(19)_ -1.0757261800122255
     svm(1)_z(2) c_e_svm(1)_p_def(20)_ -0.12579492838564743
     svm(1)_z(2) c_e_svm(1)_p_def(21)_ -0.1063849244716176
     svm(1)_z(2) c_e_svm(1)_p_def(22)_ -0.080848828665822284
     svm(1)_z(2) c_e_svm(1)_p_def(23)_ -0.15001850147502843
     svm(1)_z(2) c_e_svm(1)_p_def(24)_ -0.18207400623997244
     svm(1)_z(2) c_e_svm(1)_p_def(25)_ -0.0016449995934815081
     svm(1)_z(2) c_e_svm(1)_p_def(26)_ 0.012576898482205445
     svm(1)_z(2) c_e_svm(1)_p_def(27)_ 0.027370204934182907
     svm(1)_z(2) c_e_svm(1)_p_def(28)_ 0.11185091627951896
     svm(1)_z(2) c_e_svm(1)_p_def(29)_ 0.087567653757402372
     svm(1)_z(2) c_e_svm(1)_p_def(30)_ 0.11577605217230331
     svm(1)_z(2) c_e_svm(1)_p_def(31)_ -0.16509128859482214
     svm(1)_z(2) c_e_svm(1)_p_def(32)_ -0.011609821893703617
     svm(1)_z(2) c_e_svm(1)_p_def(33)_ 0.018695926541558092
     svm(1)_z(2) c_e_svm(1)_p_def(34)_ 0.052204944597178643
     svm(1)_z(2) c_e_svm(1)_p_def(35)_ -0.12200432226200821
     svm(1)_z(2) c_e_svm(1)_p_def(36)_ -0.039630470014196562
     svm(1)_z(2) c_e_svm(1)_p_def(37)_ 0.042667455221370956
     svm(1)_z(2) c_e_svm(1)_p_def(38)_ 0.096405763714458984
     svm(1)_z(2) c_e_svm(1)_p_def(39)_ 0.12594955510762584
     svm(1)_z(3) c_u_crossed_ -0.2589862872898791
     svm(1)_z(3) c_u_svm(1)_z_le_alpha(3)_ 1
     svm(1)_z(3) c_u_svm(1)_z_ge_neg_alpha(3)_ -1
     svm(1)_z(3) c_u_svm(1)_z_ge_alpha_if_pos(3)_ -1
     svm(1)_z(3) c_u_svm(1)_z_le_neg_alpha_if_neg(3)_ 1
     svm(1)_z(3) c_e_svm(1)_p_def(0)_ -0.3020968410876449
     svm(1)_z(3) c_e_svm(1)_p_def(1)_ -0.36745910422680134
     svm(1)_z(3) c_e_svm(1)_p_def(2)_ -1.2097083187949926
     svm(1)_z(3) c_e_svm(1)_p_def(3)_ -1.7168284898274744
     svm(1)_z(3) c_e_svm(1)_p_def(4)_ -1.7317439593683517
     svm(1)_z(3) c_e_svm(1)_p_def(5)_ -1.3382708678482427
     svm(1)_z(3) c_e_svm(1)_p_def(6)_ -0.62979292830731048
     svm(1)_z(3) c_e_svm(1)_p_def(7)_ -1.7696495179312783
     svm(1)_z(3) c_e_svm(1)_p_def(8)_ -0.05829963315305399
     svm(1)_z(3) c_e_svm(1)_p_def(9)_ -0.99021453180429964
     svm(1)_z(3) c_e_svm(1)_p_def(10)_ -1.3451663522616268
     svm(1)_z(3) c_e_svm(1)_p_def(11)_ -0.18401465819243307
     svm(1)_z(3) c_e_svm(1)_p_def(12)_ -0.12056140612795972
     svm(1)_z(3) c_e_svm(1)_p_def(13)_ -0.83969010845031211
     svm(1)_z(3) c_e_svm(1)_p_def(14)_ -1.0199404666124885
     svm(1)_z(3) c_e_svm(1)_p_def(15)_ -0.078562573528642043
     svm(1)_z(3) c_e_svm(1)_p_def(16)_ -0.09668484065105272
     svm(1)_z(3) c_e_svm(1)_p_def(17)_ -0.45731920469409981
     svm(1)_z(3) c_e_svm(1)_p_def(18)_ -1.6449850996771223
     svm(1)_z(3) c_e_svm(1)_p_def(19)_ -1.6099341652766914
     svm(1)_z(3) c_e_svm(1)_p_def(20)_ -0.027006059137527766
     svm(1)_z(3) c_e_svm(1)_p_def(21)_ -0.037870324515766163
     svm(1)_z(3) c_e_svm(1)_p_def(22)_ -0.24333672489825919
     svm(1)_z(3) c_e_svm(1)_p_def(23)_ -0.29035383075213728
     svm(1)_z(3) c_e_svm(1)_p_def(24)_ -0.088476418026032927
     svm(1)_z(3) c_e_svm(1)_p_def(25)_ 0.04275171429974553
     svm(1)_z(3) c_e_svm(1)_p_def(26)_ 0.048325698951379559
     svm(1)_z(3) c_e_svm(1)_p_def(27)_ -0.042156294808443143
     svm(1)_z(3) c_e_svm(1)_p_def(28)_ 0.036704164197725736
     svm(1)_z(3) c_e_svm(1)_p_def(29)_ 0.15709119191616319
     svm(1)_z(3) c_e_svm(1)_p_def(30)_ 0.063405492730513324
     svm(1)_z(3) c_e_svm(1)_p_def(31)_ -0.13895520122137628
     svm(1)_z(3) c_e_svm(1)_p_def(32)_ 0.089780393630567196
     svm(1)_z(3) c_e_svm(1)_p_def(33)_ 0.045428079332551607
     svm(1)_z(3) c_e_svm(1)_p_def(34)_ 0.037255262063673147
     svm(1)_z(3) c_e_svm(1)_p_def(35)_ 0.0048612730152301775
     svm(1)_z(3) c_e_svm(1)_p_def(36)_ -0.073985929937334133
     svm(1)_z(3) c_e_svm(1)_p_def(37)_ 0.054931102404504897
     svm(1)_z(3) c_e_svm(1)_p_def(38)_ 0.017761480928401671
     svm(1)_z(3) c_e_svm(1)_p_def(39)_ 0.082655330335293084
     svm(1)_z(4) c_u_crossed_ -0.28604078123346505
     svm(1)_z(4) c_u_svm(1)_z_le_alpha(4)_ 1
     svm(1)_z(4) c_u_svm(1)_z_ge_neg_alpha(4)_ -1
     svm(1)_z(4) c_u_svm(1)_z_ge_alpha_if_pos(4)_ -1
     svm(1)_z(4) c_u_svm(1)_z_le_neg_alpha_if_neg(4)_ 1
     svm(1)_z(4) c_e_svm(1)_p_def(0)_ -0.28356862968546243
     svm(1)_z(4) c_e_svm(1)_p_def(1)_ -0.27890680240715615
     svm(1)_z(4) c_e_svm(1)_p_def(2)_ -1.0978195628907339
     svm(1)_z(4) c_e_svm(1)_p_def(3)_ -1.7317439593683517
     svm(1)_z(4) c_e_svm(1)_p_def(4)_ -2.1501062034015934
     svm(1)_z(4) c_e_svm(1)_p_def(5)_ -1.6439617471108097
     svm(1)_z(4) c_e_svm(1)_p_def(6)_ -0.56723896673384955
     svm(1)_z(4) c_e_svm(1)_p_def(7)_ -1.8770411509461571
     svm(1)_z(4) c_e_svm(1)_p_def(8)_ -0.19435995593013755
     svm(1)_z(4) c_e_svm(1)_p_def(9)_ -0.86161546803858613
     svm(1)_z(4) c_e_svm(1)_p_def(10)_ -1.2439328390370825
     svm(1)_z(4) c_e_svm(1)_p_def(11)_ -0.14483495670286678
     svm(1)_z(4) c_e_svm(1)_p_def(12)_ -0.17107685385649696
     svm(1)_z(4) c_e_svm(1)_p_def(13)_ -0.78143740089294567
     svm(1)_z(4) c_e_svm(1)_p_def(14)_ -0.886829483879918
     svm(1)_z(4) c_e_svm(1)_p_def(15)_ -0.20757497579981252
     svm(1)_z(4) c_e_svm(1)_p_def(16)_ -0.33111612623016301
     svm(1)_z(4) c_e_svm(1)_p_def(17)_ -0.42216546617852968
     svm(1)_z(4) c_e_svm(1)_p_def(18)_ -1.9552724480418866
     svm(1)_z(4) c_e_svm(1)_p_def(19)_ -1.7838650015214719
     svm(1)_z(4) c_e_svm(1)_p_def(20)_ -0.13827043897638414
     svm(1)_z(4) c_e_svm(1)_p_def(21)_ -0.18616220825382462
     svm(1)_z(4) c_e_svm(1)_p_def(22)_ -0.34162282599608645
     svm(1)_z(4) c_e_svm(1)_p_def(23)_ -0.32639152341479322
     svm(1)_z(4) c_e_svm(1)_p_def(24)_ -0.073640190985489531
     svm(1)_z(4) c_e_svm(1)_p_def(25)_ 0.080499248372343665
     svm(1)_z(4) c_e_svm(1)_p_def(26)_ 0.025769250970333835
     svm(1)_z(4) c_e_svm(1)_p_def(27)_ -0.067840279708989898
     svm(1)_z(4) c_e_svm(1)_p_def(28)_ -9.2084294246813636e-05
     svm(1)_z(4) c_e_svm(1)_p_def(29)_ 0.18430655733939255
     svm(1)_z(4) c_e_svm(1)_p_def(30)_ 0.038920792606498333
     svm(1)_z(4) c_e_svm(1)_p_def(31)_ -0.1758563340984089
     svm(1)_z(4) c_e_svm(1)_p_def(32)_ 0.13059232039863322
     svm(1)_z(4) c_e_svm(1)_p_def(33)_ 0.0254175646402722
     svm(1)_z(4) c_e_svm(1)_p_def(34)_ 0.078326043258257691
     svm(1)_z(4) c_e_svm(1)_p_def(35)_ 0.062520691789829372
     svm(1)_z(4) c_e_svm(1)_p_def(36)_ -0.1355047157401425
     svm(1)_z(4) c_e_svm(1)_p_def(37)_ 0.07669014592143579
     svm(1)_z(4) c_e_svm(1)_p_def(38)_ 0.021641939084471262
     svm(1)_z(4) c_e_svm(1)_p_def(39)_ 0.017915040636108492
     svm(1)_z(5) c_u_crossed_ -0.47727629398883586
     svm(1)_z(5) c_u_svm(1)_z_le_alpha(5)_ 1
     svm(1)_z(5) c_u_svm(1)_z_ge_neg_alpha(5)_ -1
     svm(1)_z(5) c_u_svm(1)_z_ge_alpha_if_pos(5)_ -1
     svm(1)_z(5) c_u_svm(1)_z_le_neg_alpha_if_neg(5)_ 1
     svm(1)_z(5) c_e_svm(1)_p_def(0)_ -0.39873508256029833
     svm(1)_z(5) c_e_svm(1)_p_def(1)_ -0.23784372747133922
     svm(1)_z(5) c_e_svm(1)_p_def(2)_ -0.67014147728420692
     svm(1)_z(5) c_e_svm(1)_p_def(3)_ -1.3382708678482427
     svm(1)_z(5) c_e_svm(1)_p_def(4)_ -1.6439617471108097
     svm(1)_z(5) c_e_svm(1)_p_def(5)_ -1.8621827811262817
     svm(1)_z(5) c_e_svm(1)_p_def(6)_ -0.54410885696772038
     svm(1)_z(5) c_e_svm(1)_p_def(7)_ -1.3161242555141444
     svm(1)_z(5) c_e_svm(1)_p_def(8)_ -0.2030917311992948
     svm(1)_z(5) c_e_svm(1)_p_def(9)_ -0.49960256937436665
     svm(1)_z(5) c_e_svm(1)_p_def(10)_ -0.71684985367889542
     svm(1)_z(5) c_e_svm(1)_p_def(11)_ 0.02822074652252074
     svm(1)_z(5) c_e_svm(1)_p_def(12)_ -0.35789877601530456
     svm(1)_z(5) c_e_svm(1)_p_def(13)_ -0.73758275071791013
     svm(1)_z(5) c_e_svm(1)_p_def(14)_ -0.55856353670285275
     svm(1)_z(5) c_e_svm(1)_p_def(15)_ -0.34991563489215599
     svm(1)_z(5) c_e_svm(1)_p_def(16)_ -0.4280509266593957
     svm(1)_z(5) c_e_svm(1)_p_def(17)_ -0.50080086975062688
     svm(1)_z(5) c_e_svm(1)_p_def(18)_ -1.7385369008759093
     svm(1)_z(5) c_e_svm(1)_p_def(19)_ -1.5452915805471172
     svm(1)_z(5) c_e_svm(1)_p_def(20)_ -0.009249207717208191
     svm(1)_z(5) c_e_svm(1)_p_def(21)_ -0.049005218547092499
     svm(1)_z(5) c_e_svm(1)_p_def(22)_ -0.34753340710858682
     svm(1)_z(5) c_e_svm(1)_p_def(23)_ -0.40509843892648395
     svm(1)_z(5) c_e_svm(1)_p_def(24)_ 0.039165984000375895
     svm(1)_z(5) c_e_svm(1)_p_def(25)_ 0.025525645123440202
     svm(1)_z(5) c_e_svm(1)_p_def(26)_ -0.060928450228570991
     svm(1)_z(5) c_e_svm(1)_p_def(27)_ -0.097002346207555615
     svm(1)_z(5) c_e_svm(1)_p_def(28)_ -0.27772012490711584
     svm(1)_z(5) c_e_svm(1)_p_def(29)_ 0.16969357668677859
     svm(1)_z(5) c_e_svm(1)_p_def(30)_ -0.052209556881158525
     svm(1)_z(5) c_e_svm(1)_p_def(31)_ -0.061530093492377383
     svm(1)_z(5) c_e_svm(1)_p_def(32)_ 0.12695215041328062
     svm(1)_z(5) c_e_svm(1)_p_def(33)_ -0.0045013846276941993
     svm(1)_z(5) c_e_svm(1)_p_def(34)_ 0.022031987987256196
     svm(1)_z(5) c_e_svm(1)_p_def(35)_ 0.10975505936854502
     svm(1)_z(5) c_e_svm(1)_p_def(36)_ -0.14242995426527716
     svm(1)_z(5) c_e_svm(1)_p_def(37)_ -0.034589870901166039
     svm(1)_z(5) c_e_svm(1)_p_def(38)_ -0.15378471373014993
     svm(1)_z(5) c_e_svm(1)_p_def(39)_ -0.090409973656052994
     svm(1)_z(6) c_u_crossed_ -0.80556948695938579
     svm(1)_z(6) c_u_svm(1)_z_le_alpha(6)_ 1
     svm(1)_z(6) c_u_svm(1)_z_ge_neg_alpha(6)_ -1
     svm(1)_z(6) c_u_svm(1)_z_ge_alpha_if_pos(6)_ -1
     svm(1)_z(6) c_u_svm(1)_z_le_neg_alpha_if_neg(6)_ 1
     svm(1)_z(6) c_e_svm(1)_p_def(0)_ -0.98349218641550684
     svm(1)_z(6) c_e_svm(1)_p_def(1)_ -1.1077345278106456
     svm(1)_z(6) c_e_svm(1)_p_def(2)_ -0.79928485728749354
     svm(1)_z(6) c_e_svm(1)_p_def(3)_ -0.62979292830731048
     svm(1)_z(6) c_e_svm(1)_p_def(4)_ -0.56723896673384955
     svm(1)_z(6) c_e_svm(1)_p_def(5)_ -0.54410885696772038
     svm(1)_z(6) c_e_svm(1)_p_def(6)_ -1.4140429640255283
     svm(1)_z(6) c_e_svm(1)_p_def(7)_ -0.57621041542298113
     svm(1)_z(6) c_e_svm(1)_p_def(8)_ -0.25477919599858023
     svm(1)_z(6) c_e_svm(1)_p_def(9)_ -1.2880002508158155
     svm(1)_z(6) c_e_svm(1)_p_def(10)_ -0.88378581171730142
     svm(1)_z(6) c_e_svm(1)_p_def(11)_ -0.55117605531392733
     svm(1)_z(6) c_e_svm(1)_p_def(12)_ -0.60642722025680251
     svm(1)_z(6) c_e_svm(1)_p_def(13)_ -1.0934064621300097
     svm(1)_z(6) c_e_svm(1)_p_def(14)_ -1.0750459135310229
     svm(1)_z(6) c_e_svm(1)_p_def(15)_ -0.26590119015812719
     svm(1)_z(6) c_e_svm(1)_p_def(16)_ -0.15133421578227996
     svm(1)_z(6) c_e_svm(1)_p_def(17)_ -1.1505493344931814
     svm(1)_z(6) c_e_svm(1)_p_def(18)_ -0.56433072099631065
     svm(1)_z(6) c_e_svm(1)_p_def(19)_ -0.73124979734594997
     svm(1)_z(6) c_e_svm(1)_p_def(20)_ -0.07434924089007694
     svm(1)_z(6) c_e_svm(1)_p_def(21)_ -0.039939737924999552
     svm(1)_z(6) c_e_svm(1)_p_def(22)_ 0.049879391786656999
     svm(1)_z(6) c_e_svm(1)_p_def(23)_ -0.1238682684124177
     svm(1)_z(6) c_e_svm(1)_p_def(24)_ 0.027455820161819119
     svm(1)_z(6) c_e_svm(1)_p_def(25)_ -0.040123938362086053
     svm(1)_z(6) c_e_svm(1)_p_def(26)_ -0.11216868697928838
     svm(1)_z(6) c_e_svm(1)_p_def(27)_ 0.072391038829338533
     svm(1)_z(6) c_e_svm(1)_p_def(28)_ -0.063754258661801677
     svm(1)_z(6) c_e_svm(1)_p_def(29)_ 0.09898183319306654
     svm(1)_z(6) c_e_svm(1)_p_def(30)_ 0.10137616138333735
     svm(1)_z(6) c_e_svm(1)_p_def(31)_ 0.026112629788573608
     svm(1)_z(6) c_e_svm(1)_p_def(32)_ 0.020756816038320219
     svm(1)_z(6) c_e_svm(1)_p_def(33)_ -0.013921804762921666
     svm(1)_z(6) c_e_svm(1)_p_def(34)_ 0.082233546921550132
     svm(1)_z(6) c_e_svm(1)_p_def(35)_ 0.049805489462979483
     svm(1)_z(6) c_e_svm(1)_p_def(36)_ 0.020760764951897465
     svm(1)_z(6) c_e_svm(1)_p_def(37)_ -0.072621121853849641
     svm(1)_z(6) c_e_svm(1)_p_def(38)_ 0.061060676934969416
     svm(1)_z(6) c_e_svm(1)_p_def(39)_ 0.037043159727606967
     svm(1)_z(7) c_u_crossed_ -0.16485030055648908
     svm(1)_z(7) c_u_svm(1)_z_le_alpha(7)_ 1
     svm(1)_z(7) c_u_svm(1)_z_ge_neg_alpha(7)_ -1
     svm(1)_z(7) c_u_svm(1)_z_ge_alpha_if_pos(7)_ -1
     svm(1)_z(7) c_u_svm(1)_z_le_neg_alpha_if_neg(7)_ 1
     svm(1)_z(7) c_e_svm(1)_p_def(0)_ -0.21666514337297232
     svm(1)_z(7) c_e_svm(1)_p_def(1)_ -0.35333598459206805
     svm(1)_z(7) c_e_svm(1)_p_def(2)_ -1.3208639201822199
     svm(1)_z(7) c_e_svm(1)_p_def(3)_ -1.7696495179312783
     svm(1)_z(7) c_e_svm(1)_p_def(4)_ -1.8770411509461571
     svm(1)_z(7) c_e_svm(1)_p_def(5)_ -1.3161242555141444
     svm(1)_z(7) c_e_svm(1)_p_def(6)_ -0.57621041542298113
     svm(1)_z(7) c_e_svm(1)_p_def(7)_ -2.1238099965296966
     svm(1)_z(7) c_e_svm(1)_p_def(8)_ -0.095112805382308638
     svm(1)_z(7) c_e_svm(1)_p_def(9)_ -1.082662812968562
     svm(1)_z(7) c_e_svm(1)_p_def(10)_ -1.5713542383239796
     svm(1)_z(7) c_e_svm(1)_p_def(11)_ -0.25948645221540567
     svm(1)_z(7) c_e_svm(1)_p_def(12)_ -0.067673703269044275
     svm(1)_z(7) c_e_svm(1)_p_def(13)_ -0.77526474713152493
     svm(1)_z(7) c_e_svm(1)_p_def(14)_ -1.0909559878562916
     svm(1)_z(7) c_e_svm(1)_p_def(15)_ -0.048993892144200663
     svm(1)_z(7) c_e_svm(1)_p_def(16)_ -0.11328822108691365
     svm(1)_z(7) c_e_svm(1)_p_def(17)_ -0.36043983940184432
     svm(1)_z(7) c_e_svm(1)_p_def(18)_ -1.7323228181593109
     svm(1)_z(7) c_e_svm(1)_p_def(19)_ -1.6412459105779287
     svm(1)_z(7) c_e_svm(1)_p_def(20)_ -0.10686131442108782
     svm(1)_z(7) c_e_svm(1)_p_def(21)_ -0.11227978575089037
     svm(1)_z(7) c_e_svm(1)_p_def(22)_ -0.37239379826668817
     svm(1)_z(7) c_e_svm(1)_p_def(23)_ -0.19979327319649282
     svm(1)_z(7) c_e_svm(1)_p_def(24)_ -0.11511160713339523
     svm(1)_z(7) c_e_svm(1)_p_def(25)_ 0.093061490873241143
     svm(1)_z(7) c_e_svm(1)_p_def(26)_ 0.10130289491608468
     svm(1)_z(7) c_e_svm(1)_p_def(27)_ -0.13772191280176943
     svm(1)_z(7) c_e_svm(1)_p_def(28)_ 0.033956821226833855
     svm(1)_z(7) c_e_svm(1)_p_def(29)_ 0.13644224905127125
     svm(1)_z(7) c_e_svm(1)_p_def(30)_ -0.021155085987178107
     svm(1)_z(7) c_e_svm(1)_p_def(31)_ -0.15295409391717454
     svm(1)_z(7) c_e_svm(1)_p_def(32)_ 0.097545741732175478
     svm(1)_z(7) c_e_svm(1)_p_def(33)_ 0.08526627973819402
     svm(1)_z(7) c_e_svm(1)_p_def(34)_ 0.018039208851604593
     svm(1)_z(7) c_e_svm(1)_p_def(35)_ -0.032326734507829052
     svm(1)_z(7) c_e_svm(1)_p_def(36)_ -0.20195588371433507
     svm(1)_z(7) c_e_svm(1)_p_def(37)_ 0.11345770689051256
     svm(1)_z(7) c_e_svm(1)_p_def(38)_ -0.015353139970293167
     svm(1)_z(7) c_e_svm(1)_p_def(39)_ -0.0013831000151627859
     svm(1)_z(8) c_u_crossed_ -0.57668351432387666
     svm(1)_z(8) c_u_svm(1)_z_le_alpha(8)_ 1
     svm(1)_z(8) c_u_svm(1)_z_ge_neg_alpha(8)_ -1
     svm(1)_z(8) c_u_svm(1)_z_ge_alpha_if_pos(8)_ -1
     svm(1)_z(8) c_u_svm(1)_z_le_neg_alpha_if_neg(8)_ 1
     svm(1)_z(8) c_e_svm(1)_p_def(0)_ -0.54631020195475499
     svm(1)_z(8) c_e_svm(1)_p_def(1)_ -0.66688582422635667
     svm(1)_z(8) c_e_svm(1)_p_def(2)_ -0.023736785287136117
     svm(1)_z(8) c_e_svm(1)_p_def(3)_ -0.05829963315305399
     svm(1)_z(8) c_e_svm(1)_p_def(4)_ -0.19435995593013755
     svm(1)_z(8) c_e_svm(1)_p_def(5)_ -0.2030917311992948
     svm(1)_z(8) c_e_svm(1)_p_def(6)_ -0.25477919599858023
     svm(1)_z(8) c_e_svm(1)_p_def(7)_ -0.095112805382308638
     svm(1)_z(8) c_e_svm(1)_p_def(8)_ -2.2579169530257683
     svm(1)_z(8) c_e_svm(1)_p_def(9)_ -0.30389032584097286
     svm(1)_z(8) c_e_svm(1)_p_def(10)_ -0.034393323712056612
     svm(1)_z(8) c_e_svm(1)_p_def(11)_ -1.2998127510834143
     svm(1)_z(8) c_e_svm(1)_p_def(12)_ -0.90679747928745247
     svm(1)_z(8) c_e_svm(1)_p_def(13)_ -0.13123990639038122
     svm(1)_z(8) c_e_svm(1)_p_def(14)_ -0.16385031785827617
     svm(1)_z(8) c_e_svm(1)_p_def(15)_ -1.5384266544607788
     svm(1)_z(8) c_e_svm(1)_p_def(16)_ -1.888916291182146
     svm(1)_z(8) c_e_svm(1)_p_def(17)_ -0.35711940625772576
     svm(1)_z(8) c_e_svm(1)_p_def(18)_ -0.1262499480433556
     svm(1)_z(8) c_e_svm(1)_p_def(19)_ -0.11680070236530529
     svm(1)_z(8) c_e_svm(1)_p_def(20)_ -0.11258187095763272
     svm(1)_z(8) c_e_svm(1)_p_def(21)_ -0.1684934349228201
     svm(1)_z(8) c_e_svm(1)_p_def(22)_ -0.4280988845875261
     svm(1)_z(8) c_e_svm(1)_p_def(23)_ -0.12622242899535774
     svm(1)_z(8) c_e_svm(1)_p_def(24)_ -0.061997240511047463
     svm(1)_z(8) c_e_svm(1)_p_def(25)_ -0.011733414659079178
     svm(1)_z(8) c_e_svm(1)_p_def(26)_ -0.21077134602374925
     svm(1)_z(8) c_e_svm(1)_p_def(27)_ -0.63926056573670254
     svm(1)_z(8) c_e_svm(1)_p_def(28)_ -0.35932595915795701
     svm(1)_z(8) c_e_svm(1)_p_def(29)_ -0.28767814812395465
     svm(1)_z(8) c_e_svm(1)_p_def(30)_ -0.57946000576226642
     svm(1)_z(8) c_e_svm(1)_p_def(31)_ -0.07750259443901808
     svm(1)_z(8) c_e_svm(1)_p_def(32)_ -0.10793969408422631
     svm(1)_z(8) c_e_svm(1)_p_def(33)_ -0.087935561308913862
     svm(1)_z(8) c_e_svm(1)_p_def(34)_ -0.31738129972809398
     svm(1)_z(8) c_e_svm(1)_p_def(35)_ -0.0050728949532569956
     svm(1)_z(8) c_e_svm(1)_p_def(36)_ -0.5078595628326823
     svm(1)_z(8) c_e_svm(1)_p_def(37)_ -0.10058665573793715
     svm(1)_z(8) c_e_svm(1)_p_def(38)_ -0.3296255139577875
     svm(1)_z(8) c_e_svm(1)_p_def(39)_ -0.6542963480778039
     svm(1)_z(9) c_u_crossed_ -0.54013569858130506
     svm(1)_z(9) c_u_svm(1)_z_le_alpha(9)_ 1
     svm(1)_z(9) c_u_svm(1)_z_ge_neg_alpha(9)_ -1
     svm(1)_z(9) c_u_svm(1)_z_ge_alpha_if_pos(9)_ -1
     svm(1)_z(9) c_u_svm(1)_z_le_neg_alpha_if_neg(9)_ 1
     svm(1)_z(9) c_e_svm(1)_p_def(0)_ -0.8085745952839547
     svm(1)_z(9) c_e_svm(1)_p_def(1)_ -1.3683702306406929
     svm(1)_z(9) c_e_svm(1)_p_def(2)_ -1.4134030713723646
     svm(1)_z(9) c_e_svm(1)_p_def(3)_ -0.99021453180429964
     svm(1)_z(9) c_e_svm(1)_p_def(4)_ -0.86161546803858613
     svm(1)_z(9) c_e_svm(1)_p_def(5)_ -0.49960256937436665
     svm(1)_z(9) c_e_svm(1)_p_def(6)_ -1.2880002508158155
     svm(1)_z(9) c_e_svm(1)_p_def(7)_ -1.082662812968562
     svm(1)_z(9) c_e_svm(1)_p_def(8)_ -0.30389032584097286
     svm(1)_z(9) c_e_svm(1)_p_def(9)_ -2.1652455282851863
     svm(1)_z(9) c_e_svm(1)_p_def(10)_ -1.6494513428346798
     svm(1)_z(9) c_e_svm(1)_p_def(11)_ -1.1807188569050271
     svm(1)_z(9) c_e_svm(1)_p_def(12)_ -0.37455337427019525
     svm(1)_z(9) c_e_svm(1)_p_def(13)_ -1.1122777272669453
     svm(1)_z(9) c_e_svm(1)_p_def(14)_ -1.7444063160660794
     svm(1)_z(9) c_e_svm(1)_p_def(15)_ -0.15211083268286299
     svm(1)_z(9) c_e_svm(1)_p_def(16)_ -0.067523579759244057
     svm(1)_z(9) c_e_svm(1)_p_def(17)_ -0.93727784023817706
     svm(1)_z(9) c_e_svm(1)_p_def(18)_ -0.7432132513274996
     svm(1)_z(9) c_e_svm(1)_p_def(19)_ -0.93283904414028418
     svm(1)_z(9) c_e_svm(1)_p_def(20)_ -0.10948562353834754
     svm(1)_z(9) c_e_svm(1)_p_def(21)_ -0.063934623830249032
     svm(1)_z(9) c_e_svm(1)_p_def(22)_ -0.067756613970736762
     svm(1)_z(9) c_e_svm(1)_p_def(23)_ -0.019544673129625781
     svm(1)_z(9) c_e_svm(1)_p_def(24)_ -0.050140858577198744
     svm(1)_z(9) c_e_svm(1)_p_def(25)_ 0.058210413083303103
     svm(1)_z(9) c_e_svm(1)_p_def(26)_ -0.041491379619553403
     svm(1)_z(9) c_e_svm(1)_p_def(27)_ -0.0056564270995183019
     svm(1)_z(9) c_e_svm(1)_p_def(28)_ 0.12605382675304283
     svm(1)_z(9) c_e_svm(1)_p_def(29)_ 0.022254462443737577
     svm(1)_z(9) c_e_svm(1)_p_def(30)_ 0.14263857863089155
     svm(1)_z(9) c_e_svm(1)_p_def(31)_ 0.0059859373039189423
     svm(1)_z(9) c_e_svm(1)_p_def(32)_ -0.020216696666810918
     svm(1)_z(9) c_e_svm(1)_p_def(33)_ 0.068327546977066028
     svm(1)_z(9) c_e_svm(1)_p_def(34)_ 0.070485017950516912
     svm(1)_z(9) c_e_svm(1)_p_def(35)_ -0.03699781920445272
     svm(1)_z(9) c_e_svm(1)_p_def(36)_ -0.13995813058113946
     svm(1)_z(9) c_e_svm(1)_p_def(37)_ 0.060090429538753737
     svm(1)_z(9) c_e_svm(1)_p_def(38)_ 0.12734563810326996
     svm(1)_z(9) c_e_svm(1)_p_def(39)_ 0.12703818431508934
     svm(1)_z(10) c_u_crossed_ -0.1662408647387485
     svm(1)_z(10) c_u_svm(1)_z_le_alpha(10)_ 1
     svm(1)_z(10) c_u_svm(1)_z_ge_neg_alpha(10)_ -1
     svm(1)_z(10) c_u_svm(1)_z_ge_alpha_if_pos(10)_ -1
     svm(1)_z(10) c_u_svm(1)_z_le_neg_alpha_if_neg(10)_ 1
     svm(1)_z(10) c_e_svm(1)_p_def(0)_ -0.31388057677244707
     svm(1)_z(10) c_e_svm(1)_p_def(1)_ -0.6713728715523305
     svm(1)_z(10) c_e_svm(1)_p_def(2)_ -1.5658674117419618
     svm(1)_z(10) c_e_svm(1)_p_def(3)_ -1.3451663522616268
     svm(1)_z(10) c_e_svm(1)_p_def(4)_ -1.2439328390370825
     svm(1)_z(10) c_e_svm(1)_p_def(5)_ -0.71684985367889542
     svm(1)_z(10) c_e_svm(1)_p_def(6)_ -0.88378581171730142
     svm(1)_z(10) c_e_svm(1)_p_def(7)_ -1.5713542383239796
     svm(1)_z(10) c_e_svm(1)_p_def(8)_ -0.034393323712056612
     svm(1)_z(10) c_e_svm(1)_p_def(9)_ -1.6494513428346798
     svm(1)_z(10) c_e_svm(1)_p_def(10)_ -2.0341967984622054
     svm(1)_z(10) c_e_svm(1)_p_def(11)_ -0.62672744042821837
     svm(1)_z(10) c_e_svm(1)_p_def(12)_ -0.032054050126676406
     svm(1)_z(10) c_e_svm(1)_p_def(13)_ -0.88955666256320054
     svm(1)_z(10) c_e_svm(1)_p_def(14)_ -1.4980804355778159
     svm(1)_z(10) c_e_svm(1)_p_def(15)_ 0.05589073921678267
     svm(1)_z(10) c_e_svm(1)_p_def(16)_ 0.040469872102443766
     svm(1)_z(10) c_e_svm(1)_p_def(17)_ -0.50282485087670481
     svm(1)_z(10) c_e_svm(1)_p_def(18)_ -1.1336661428789867
     svm(1)_z(10) c_e_svm(1)_p_def(19)_ -1.2067066140261442
     svm(1)_z(10) c_e_svm(1)_p_def(20)_ -0.18163226858601469
     svm(1)_z(10) c_e_svm(1)_p_def(21)_ -0.13373294607062486
     svm(1)_z(10) c_e_svm(1)_p_def(22)_ -0.1013362266979155
     svm(1)_z(10) c_e_svm(1)_p_def(23)_ -0.063213387350227052
     svm(1)_z(10) c_e_svm(1)_p_def(24)_ -0.16910820732303966
     svm(1)_z(10) c_e_svm(1)_p_def(25)_ 0.033255677417206142
     svm(1)_z(10) c_e_svm(1)_p_def(26)_ -0.05476836261643489
     svm(1)_z(10) c_e_svm(1)_p_def(27)_ -0.033709248734096267
     svm(1)_z(10) c_e_svm(1)_p_def(28)_ 0.10096663264417137
     svm(1)_z(10) c_e_svm(1)_p_def(29)_ -0.0021177211594965994
     svm(1)_z(10) c_e_svm(1)_p_def(30)_ 0.080998774879158936
     svm(1)_z(10) c_e_svm(1)_p_def(31)_ -0.10866181098344124
     svm(1)_z(10) c_e_svm(1)_p_def(32)_ -0.063247017282621026
     svm(1)_z(10) c_e_svm(1)_p_def(33)_ 0.024311771016651912
     svm(1)_z(10) c_e_svm(1)_p_def(34)_ 0.066828088209525321
     svm(1)_z(10) c_e_svm(1)_p_def(35)_ -0.14350186201867737
     svm(1)_z(10) c_e_svm(1)_p_def(36)_ -0.10105252404387585
     svm(1)_z(10) c_e_svm(1)_p_def(37)_ 0.079475759188963629
     svm(1)_z(10) c_e_svm(1)_p_def(38)_ 0.090473854511107038
     svm(1)_z(10) c_e_svm(1)_p_def(39)_ 0.056614579837054146
     svm(1)_z(11) c_u_crossed_ -0.41448532378193365
     svm(1)_z(11) c_u_svm(1)_z_le_alpha(11)_ 1
     svm(1)_z(11) c_u_svm(1)_z_ge_neg_alpha(11)_ -1
     svm(1)_z(11) c_u_svm(1)_z_ge_alpha_if_pos(11)_ -1
     svm(1)_z(11) c_u_svm(1)_z_le_neg_alpha_if_neg(11)_ 1
     svm(1)_z(11) c_e_svm(1)_p_def(0)_ -0.6131199642231111
     svm(1)_z(11) c_e_svm(1)_p_def(1)_ -1.2879213546355155
     svm(1)_z(11) c_e_svm(1)_p_def(2)_ -0.50643681493496961
     svm(1)_z(11) c_e_svm(1)_p_def(3)_ -0.18401465819243307
     svm(1)_z(11) c_e_svm(1)_p_def(4)_ -0.14483495670286678
     svm(1)_z(11) c_e_svm(1)_p_def(5)_ 0.02822074652252074
     svm(1)_z(11) c_e_svm(1)_p_def(6)_ -0.55117605531392733
     svm(1)_z(11) c_e_svm(1)_p_def(7)_ -0.25948645221540567
     svm(1)_z(11) c_e_svm(1)_p_def(8)_ -1.2998127510834143
     svm(1)_z(11) c_e_svm(1)_p_def(9)_ -1.1807188569050271
     svm(1)_z(11) c_e_svm(1)_p_def(10)_ -0.62672744042821837
     svm(1)_z(11) c_e_svm(1)_p_def(11)_ -2.4585002845200021
     svm(1)_z(11) c_e_svm(1)_p_def(12)_ -0.52244972150154712
     svm(1)_z(11) c_e_svm(1)_p_def(13)_ -0.33580643491372258
     svm(1)_z(11) c_e_svm(1)_p_def(14)_ -0.81147956773271446
     svm(1)_z(11) c_e_svm(1)_p_def(15)_ -0.6874930389980054
     svm(1)_z(11) c_e_svm(1)_p_def(16)_ -0.70768826465736578
     svm(1)_z(11) c_e_svm(1)_p_def(17)_ -0.47369889682629462
     svm(1)_z(11) c_e_svm(1)_p_def(18)_ -0.049654217011043611
     svm(1)_z(11) c_e_svm(1)_p_def(19)_ -0.12810866974393664
     svm(1)_z(11) c_e_svm(1)_p_def(20)_ -0.120782548651584
     svm(1)_z(11) c_e_svm(1)_p_def(21)_ -0.11083460319992317
     svm(1)_z(11) c_e_svm(1)_p_def(22)_ -0.29118678965736638
     svm(1)_z(11) c_e_svm(1)_p_def(23)_ 0.026295851308548196
     svm(1)_z(11) c_e_svm(1)_p_def(24)_ -0.18885806789440757
     svm(1)_z(11) c_e_svm(1)_p_def(25)_ -0.03830301364789887
     svm(1)_z(11) c_e_svm(1)_p_def(26)_ -0.31102287527623895
     svm(1)_z(11) c_e_svm(1)_p_def(27)_ -0.49186577400209797
     svm(1)_z(11) c_e_svm(1)_p_def(28)_ 0.070334389295734726
     svm(1)_z(11) c_e_svm(1)_p_def(29)_ -0.60113667639472823
     svm(1)_z(11) c_e_svm(1)_p_def(30)_ -0.13180320313587537
     svm(1)_z(11) c_e_svm(1)_p_def(31)_ -0.059217072252174485
     svm(1)_z(11) c_e_svm(1)_p_def(32)_ -0.39097257510057343
     svm(1)_z(11) c_e_svm(1)_p_def(33)_ -0.052518550731523728
     svm(1)_z(11) c_e_svm(1)_p_def(34)_ -0.28524444182361369
     svm(1)_z(11) c_e_svm(1)_p_def(35)_ -0.23351552661463459
     svm(1)_z(11) c_e_svm(1)_p_def(36)_ -0.529465350548325
     svm(1)_z(11) c_e_svm(1)_p_def(37)_ -0.074311057839877223
     svm(1)_z(11) c_e_svm(1)_p_def(38)_ -0.0015861063312858081
     svm(1)_z(11) c_e_svm(1)_p_def(39)_ -0.11957281946650561
     svm(1)_z(12) c_u_crossed_ -1.1417785733248547
     svm(1)_z(12) c_u_svm(1)_z_le_alpha(12)_ 1
     svm(1)_z(12) c_u_svm(1)_z_ge_neg_alpha(12)_ -1
     svm(1)_z(12) c_u_svm(1)_z_ge_alpha_if_pos(12)_ -1
     svm(1)_z(12) c_u_svm(1)_z_le_neg_alpha_if_neg(12)_ 1
     svm(1)_z(12) c_e_svm(1)_p_def(0)_ -1.1172332929864326
     svm(1)_z(12) c_e_svm(1)_p_def(1)_ -0.93035095983573957
     svm(1)_z(12) c_e_svm(1)_p_def(2)_ -0.094957626649019897
     svm(1)_z(12) c_e_svm(1)_p_def(3)_ -0.12056140612795972
     svm(1)_z(12) c_e_svm(1)_p_def(4)_ -0.17107685385649696
     svm(1)_z(12) c_e_svm(1)_p_def(5)_ -0.35789877601530456
     svm(1)_z(12) c_e_svm(1)_p_def(6)_ -0.60642722025680251
     svm(1)_z(12) c_e_svm(1)_p_def(7)_ -0.067673703269044275
     svm(1)_z(12) c_e_svm(1)_p_def(8)_ -0.90679747928745247
     svm(1)_z(12) c_e_svm(1)_p_def(9)_ -0.37455337427019525
     svm(1)_z(12) c_e_svm(1)_p_def(10)_ -0.032054050126676406
     svm(1)_z(12) c_e_svm(1)_p_def(11)_ -0.52244972150154712
     svm(1)_z(12) c_e_svm(1)_p_def(12)_ -1.3875860923077998
     svm(1)_z(12) c_e_svm(1)_p_def(13)_ -0.47244736428780565
     svm(1)_z(12) c_e_svm(1)_p_def(14)_ -0.26944635888219132
     svm(1)_z(12) c_e_svm(1)_p_def(15)_ -1.0612499373224786
     svm(1)_z(12) c_e_svm(1)_p_def(16)_ -0.74723760602116895
     svm(1)_z(12) c_e_svm(1)_p_def(17)_ -0.86054994503631788
     svm(1)_z(12) c_e_svm(1)_p_def(18)_ -0.16117505416390859
     svm(1)_z(12) c_e_svm(1)_p_def(19)_ -0.22614736799422935
     svm(1)_z(12) c_e_svm(1)_p_def(20)_ -0.11335338275568904
     svm(1)_z(12) c_e_svm(1)_p_def(21)_ -0.15312383915823347
     svm(1)_z(12) c_e_svm(1)_p_def(22)_ -0.31806999906374189
     svm(1)_z(12) c_e_svm(1)_p_def(23)_ -0.17999637566776144
     svm(1)_z(12) c_e_svm(1)_p_def(24)_ 0.056311749885600018
     svm(1)_z(12) c_e_svm(1)_p_def(25)_ -0.04873018696985329
     svm(1)_z(12) c_e_svm(1)_p_def(26)_ -0.049446415298552898
     svm(1)_z(12) c_e_svm(1)_p_def(27)_ -0.16165744709048491
     svm(1)_z(12) c_e_svm(1)_p_def(28)_ -0.36347606632106838
     svm(1)_z(12) c_e_svm(1)_p_def(29)_ -0.0047715259257833098
     svm(1)_z(12) c_e_svm(1)_p_def(30)_ -0.16847689237770946
     svm(1)_z(12) c_e_svm(1)_p_def(31)_ -0.010077449839902483
     svm(1)_z(12) c_e_svm(1)_p_def(32)_ 0.066604053927010062
     svm(1)_z(12) c_e_svm(1)_p_def(33)_ -0.0062548855725546998
     svm(1)_z(12) c_e_svm(1)_p_def(34)_ -0.18416023711350726
     svm(1)_z(12) c_e_svm(1)_p_def(35)_ 0.071212985287482183
     svm(1)_z(12) c_e_svm(1)_p_def(36)_ -0.41568543530846774
     svm(1)_z(12) c_e_svm(1)_p_def(37)_ -0.16505775346604823
     svm(1)_z(12) c_e_svm(1)_p_def(38)_ -0.22863271269560465
     svm(1)_z(12) c_e_svm(1)_p_def(39)_ -0.21014114807618667
     svm(1)_z(13) c_u_crossed_ -0.67423690323664709
     svm(1)_z(13) c_u_svm(1)_z_le_alpha(13)_ 1
     svm(1)_z(13) c_u_svm(1)_z_ge_neg_alpha(13)_ -1
     svm(1)_z(13) c_u_svm(1)_z_ge_alpha_if_pos(13)_ -1
     svm(1)_z(13) c_u_svm(1)_z_le_neg_alpha_if_neg(13)_ 1
     svm(1)_z(13) c_e_svm(1)_p_def(0)_ -0.80150038032252824
     svm(1)_z(13) c_e_svm(1)_p_def(1)_ -0.8443998555144453
     svm(1)_z(13) c_e_svm(1)_p_def(2)_ -0.86414567447783008
     svm(1)_z(13) c_e_svm(1)_p_def(3)_ -0.83969010845031211
     svm(1)_z(13) c_e_svm(1)_p_def(4)_ -0.78143740089294567
     svm(1)_z(13) c_e_svm(1)_p_def(5)_ -0.73758275071791013
     svm(1)_z(13) c_e_svm(1)_p_def(6)_ -1.0934064621300097
     svm(1)_z(13) c_e_svm(1)_p_def(7)_ -0.77526474713152493
     svm(1)_z(13) c_e_svm(1)_p_def(8)_ -0.13123990639038122
     svm(1)_z(13) c_e_svm(1)_p_def(9)_ -1.1122777272669453
     svm(1)_z(13) c_e_svm(1)_p_def(10)_ -0.88955666256320054
     svm(1)_z(13) c_e_svm(1)_p_def(11)_ -0.33580643491372258
     svm(1)_z(13) c_e_svm(1)_p_def(12)_ -0.47244736428780565
     svm(1)_z(13) c_e_svm(1)_p_def(13)_ -1.1011227869320681
     svm(1)_z(13) c_e_svm(1)_p_def(14)_ -1.0131906355026117
     svm(1)_z(13) c_e_svm(1)_p_def(15)_ -0.19984977357807257
     svm(1)_z(13) c_e_svm(1)_p_def(16)_ -0.076435803683039566
     svm(1)_z(13) c_e_svm(1)_p_def(17)_ -0.96025973698032108
     svm(1)_z(13) c_e_svm(1)_p_def(18)_ -0.76501611213739351
     svm(1)_z(13) c_e_svm(1)_p_def(19)_ -0.91351679581923162
     svm(1)_z(13) c_e_svm(1)_p_def(20)_ -0.013056192209672815
     svm(1)_z(13) c_e_svm(1)_p_def(21)_ 0.00030110119855672468
     svm(1)_z(13) c_e_svm(1)_p_def(22)_ -0.0088070556785713183
     svm(1)_z(13) c_e_svm(1)_p_def(23)_ -0.19476272657215477
     svm(1)_z(13) c_e_svm(1)_p_def(24)_ 0.014430952177439102
     svm(1)_z(13) c_e_svm(1)_p_def(25)_ -0.012337926161259088
     svm(1)_z(13) c_e_svm(1)_p_def(26)_ 0.00099423825877859029
     svm(1)_z(13) c_e_svm(1)_p_def(27)_ 0.066407844060029031
     svm(1)_z(13) c_e_svm(1)_p_def(28)_ -0.0018124108325669602
     svm(1)_z(13) c_e_svm(1)_p_def(29)_ 0.13232317157456566
     svm(1)_z(13) c_e_svm(1)_p_def(30)_ 0.10628542689332571
     svm(1)_z(13) c_e_svm(1)_p_def(31)_ -0.0098943782837729033
     svm(1)_z(13) c_e_svm(1)_p_def(32)_ 0.069333100148125687
     svm(1)_z(13) c_e_svm(1)_p_def(33)_ 0.027051781426800758
     svm(1)_z(13) c_e_svm(1)_p_def(34)_ 0.064963440897478977
     svm(1)_z(13) c_e_svm(1)_p_def(35)_ 0.051483766899101502
     svm(1)_z(13) c_e_svm(1)_p_def(36)_ 0.017580398813489162
     svm(1)_z(13) c_e_svm(1)_p_def(37)_ -0.033613383627597956
     svm(1)_z(13) c_e_svm(1)_p_def(38)_ 0.057201153587356765
     svm(1)_z(13) c_e_svm(1)_p_def(39)_ 0.09708799979626527
     svm(1)_z(14) c_u_crossed_ -0.43253007424963852
     svm(1)_z(14) c_u_svm(1)_z_le_alpha(14)_ 1
     svm(1)_z(14) c_u_svm(1)_z_ge_neg_alpha(14)_ -1
     svm(1)_z(14) c_u_svm(1)_z_ge_alpha_if_pos(14)_ -1
     svm(1)_z(14) c_u_svm(1)_z_le_neg_alpha_if_neg(14)_ 1
     svm(1)_z(14) c_e_svm(1)_p_def(0)_ -0.64047416003230118
     svm(1)_z(14) c_e_svm(1)_p_def(1)_ -1.0371642558061358
     svm(1)_z(14) c_e_svm(1)_p_def(2)_ -1.324238975538655
     svm(1)_z(14) c_e_svm(1)_p_def(3)_ -1.0199404666124885
     svm(1)_z(14) c_e_svm(1)_p_def(4)_ -0.886829483879918
     svm(1)_z(14) c_e_svm(1)_p_def(5)_ -0.55856353670285275
     svm(1)_z(14) c_e_svm(1)_p_def(6)_ -1.0750459135310229
     svm(1)_z(14) c_e_svm(1)_p_def(7)_ -1.0909559878562916
     svm(1)_z(14) c_e_svm(1)_p_def(8)_ -0.16385031785827617
     svm(1)_z(14) c_e_svm(1)_p_def(9)_ -1.7444063160660794
     svm(1)_z(14) c_e_svm(1)_p_def(10)_ -1.4980804355778159
     svm(1)_z(14) c_e_svm(1)_p_def(11)_ -0.81147956773271446
     svm(1)_z(14) c_e_svm(1)_p_def(12)_ -0.26944635888219132
     svm(1)_z(14) c_e_svm(1)_p_def(13)_ -1.0131906355026117
     svm(1)_z(14) c_e_svm(1)_p_def(14)_ -1.5578961088690477
     svm(1)_z(14) c_e_svm(1)_p_def(15)_ -0.08645239833953014
     svm(1)_z(14) c_e_svm(1)_p_def(16)_ -0.01130949629376149
     svm(1)_z(14) c_e_svm(1)_p_def(17)_ -0.78579817473569702
     svm(1)_z(14) c_e_svm(1)_p_def(18)_ -0.78681808106847195
     svm(1)_z(14) c_e_svm(1)_p_def(19)_ -0.94988956997615659
     svm(1)_z(14) c_e_svm(1)_p_def(20)_ -0.051907758721066094
     svm(1)_z(14) c_e_svm(1)_p_def(21)_ -0.01865454564459168
     svm(1)_z(14) c_e_svm(1)_p_def(22)_ -0.056776931712413006
     svm(1)_z(14) c_e_svm(1)_p_def(23)_ -0.072018140143852327
     svm(1)_z(14) c_e_svm(1)_p_def(24)_ -0.063755250188387791
     svm(1)_z(14) c_e_svm(1)_p_def(25)_ 0.036325486288839276
     svm(1)_z(14) c_e_svm(1)_p_def(26)_ 0.0063737437152314724
     svm(1)_z(14) c_e_svm(1)_p_def(27)_ 0.013857077949065613
     svm(1)_z(14) c_e_svm(1)_p_def(28)_ 0.10797738051505942
     svm(1)_z(14) c_e_svm(1)_p_def(29)_ 0.072429821183866733
     svm(1)_z(14) c_e_svm(1)_p_def(30)_ 0.12425921134249135
     svm(1)_z(14) c_e_svm(1)_p_def(31)_ -0.025442900670818724
     svm(1)_z(14) c_e_svm(1)_p_def(32)_ 0.0014716785605105309
     svm(1)_z(14) c_e_svm(1)_p_def(33)_ 0.061301407939687746
     svm(1)_z(14) c_e_svm(1)_p_def(34)_ 0.055442120847028889
     svm(1)_z(14) c_e_svm(1)_p_def(35)_ -0.041575818161891098
     svm(1)_z(14) c_e_svm(1)_p_def(36)_ -0.067168534702213761
     svm(1)_z(14) c_e_svm(1)_p_def(37)_ 0.047989959215131828
     svm(1)_z(14) c_e_svm(1)_p_def(38)_ 0.10287451818609808
     svm(1)_z(14) c_e_svm(1)_p_def(39)_ 0.12539490111842216
     svm(1)_z(15) c_u_crossed_ -0.77916064435719701
     svm(1)_z(15) c_u_svm(1)_z_le_alpha(15)_ 1
     svm(1)_z(15) c_u_svm(1)_z_ge_neg_alpha(15)_ -1
     svm(1)_z(15) c_u_svm(1)_z_ge_alpha_if_pos(15)_ -1
     svm(1)_z(15) c_u_svm(1)_z_le_neg_alpha_if_neg(15)_ 1
     svm(1)_z(15) c_e_svm(1)_p_def(0)_ -0.68467629705895539
     svm(1)_z(15) c_e_svm(1)_p_def(1)_ -0.56211097347009042
     svm(1)_z(15) c_e_svm(1)_p_def(2)_ 0.010306927676595232
     svm(1)_z(15) c_e_svm(1)_p_def(3)_ -0.078562573528642043
     svm(1)_z(15) c_e_svm(1)_p_def(4)_ -0.20757497579981252
     svm(1)_z(15) c_e_svm(1)_p_def(5)_ -0.34991563489215599
     svm(1)_z(15) c_e_svm(1)_p_def(6)_ -0.26590119015812719
     svm(1)_z(15) c_e_svm(1)_p_def(7)_ -0.048993892144200663
     svm(1)_z(15) c_e_svm(1)_p_def(8)_ -1.5384266544607788
     svm(1)_z(15) c_e_svm(1)_p_def(9)_ -0.15211083268286299
     svm(1)_z(15) c_e_svm(1)_p_def(10)_ 0.05589073921678267
     svm(1)_z(15) c_e_svm(1)_p_def(11)_ -0.6874930389980054
     svm(1)_z(15) c_e_svm(1)_p_def(12)_ -1.0612499373224786
     svm(1)_z(15) c_e_svm(1)_p_def(13)_ -0.19984977357807257
     svm(1)_z(15) c_e_svm(1)_p_def(14)_ -0.08645239833953014
     svm(1)_z(15) c_e_svm(1)_p_def(15)_ -1.5562887458695904
     svm(1)_z(15) c_e_svm(1)_p_def(16)_ -1.4823919236981156
     svm(1)_z(15) c_e_svm(1)_p_def(17)_ -0.47376042963452852
     svm(1)_z(15) c_e_svm(1)_p_def(18)_ -0.16993067581936816
     svm(1)_z(15) c_e_svm(1)_p_def(19)_ -0.16622496760241187
     svm(1)_z(15) c_e_svm(1)_p_def(20)_ -0.070790486358065619
     svm(1)_z(15) c_e_svm(1)_p_def(21)_ -0.14615464719243265
     svm(1)_z(15) c_e_svm(1)_p_def(22)_ -0.38368709285411068
     svm(1)_z(15) c_e_svm(1)_p_def(23)_ -0.27598423807423234
     svm(1)_z(15) c_e_svm(1)_p_def(24)_ -0.019611191184610577
     svm(1)_z(15) c_e_svm(1)_p_def(25)_ -0.078187946231775093
     svm(1)_z(15) c_e_svm(1)_p_def(26)_ -0.16751915073490714
     svm(1)_z(15) c_e_svm(1)_p_def(27)_ -0.36645892589511886
     svm(1)_z(15) c_e_svm(1)_p_def(28)_ -0.36877298719412088
     svm(1)_z(15) c_e_svm(1)_p_def(29)_ -0.064198037313354106
     svm(1)_z(15) c_e_svm(1)_p_def(30)_ -0.33961611178018514
     svm(1)_z(15) c_e_svm(1)_p_def(31)_ -0.10271321250655524
     svm(1)_z(15) c_e_svm(1)_p_def(32)_ 0.00063719967005390621
     svm(1)_z(15) c_e_svm(1)_p_def(33)_ -0.10865655977107795
     svm(1)_z(15) c_e_svm(1)_p_def(34)_ -0.26533967412340126
     svm(1)_z(15) c_e_svm(1)_p_def(35)_ 0.048401930043313113
     svm(1)_z(15) c_e_svm(1)_p_def(36)_ -0.38142072918482528
     svm(1)_z(15) c_e_svm(1)_p_def(37)_ -0.21285209581802098
     svm(1)_z(15) c_e_svm(1)_p_def(38)_ -0.2941172041661233
     svm(1)_z(15) c_e_svm(1)_p_def(39)_ -0.35951238748976327
     svm(1)_z(16) c_u_crossed_ -0.48333424521837592
     svm(1)_z(16) c_u_svm(1)_z_le_alpha(16)_ 1
     svm(1)_z(16) c_u_svm(1)_z_ge_neg_alpha(16)_ -1
     svm(1)_z(16) c_u_svm(1)_z_ge_alpha_if_pos(16)_ -1
     svm(1)_z(16) c_u_svm(1)_z_le_neg_alpha_if_neg(16)_ 1
     svm(1)_z(16) c_e_svm(1)_p_def(0)_ -0.35907738781709286
     svm(1)_z(16) c_e_svm(1)_p_def(1)_ -0.28196780744247424
     svm(1)_z(16) c_e_svm(1)_p_def(2)_ 0.045310662091647344
     svm(1)_z(16) c_e_svm(1)_p_def(3)_ -0.09668484065105272
     svm(1)_z(16) c_e_svm(1)_p_def(4)_ -0.33111612623016301
     svm(1)_z(16) c_e_svm(1)_p_def(5)_ -0.4280509266593957
     svm(1)_z(16) c_e_svm(1)_p_def(6)_ -0.15133421578227996
     svm(1)_z(16) c_e_svm(1)_p_def(7)_ -0.11328822108691365
     svm(1)_z(16) c_e_svm(1)_p_def(8)_ -1.888916291182146
     svm(1)_z(16) c_e_svm(1)_p_def(9)_ -0.067523579759244057
     svm(1)_z(16) c_e_svm(1)_p_def(10)_ 0.040469872102443766
     svm(1)_z(16) c_e_svm(1)_p_def(11)_ -0.70768826465736578
     svm(1)_z(16) c_e_svm(1)_p_def(12)_ -0.74723760602116895
     svm(1)_z(16) c_e_svm(1)_p_def(13)_ -0.076435803683039566
     svm(1)_z(16) c_e_svm(1)_p_def(14)_ -0.01130949629376149
     svm(1)_z(16) c_e_svm(1)_p_def(15)_ -1.4823919236981156
     svm(1)_z(16) c_e_svm(1)_p_def(16)_ -2.2575461369643732
     svm(1)_z(16) c_e_svm(1)_p_def(17)_ -0.24358171019344482
     svm(1)_z(16) c_e_svm(1)_p_def(18)_ -0.29717875210241229
     svm(1)_z(16) c_e_svm(1)_p_def(19)_ -0.20938784642429986
     svm(1)_z(16) c_e_svm(1)_p_def(20)_ -0.18291411411791486
     svm(1)_z(16) c_e_svm(1)_p_def(21)_ -0.2758185270598969
     svm(1)_z(16) c_e_svm(1)_p_def(22)_ -0.35633850234554998
     svm(1)_z(16) c_e_svm(1)_p_def(23)_ -0.27425625002621618
     svm(1)_z(16) c_e_svm(1)_p_def(24)_ -0.085330647816325988
     svm(1)_z(16) c_e_svm(1)_p_def(25)_ -0.10572345458927777
     svm(1)_z(16) c_e_svm(1)_p_def(26)_ -0.46022754716695718
     svm(1)_z(16) c_e_svm(1)_p_def(27)_ -0.55132096726404456
     svm(1)_z(16) c_e_svm(1)_p_def(28)_ -0.59485537954918599
     svm(1)_z(16) c_e_svm(1)_p_def(29)_ -0.2244084171983155
     svm(1)_z(16) c_e_svm(1)_p_def(30)_ -0.65026913450722645
     svm(1)_z(16) c_e_svm(1)_p_def(31)_ -0.15801310527379647
     svm(1)_z(16) c_e_svm(1)_p_def(32)_ -0.11807494266399488
     svm(1)_z(16) c_e_svm(1)_p_def(33)_ -0.28992691558738098
     svm(1)_z(16) c_e_svm(1)_p_def(34)_ -0.21503658861913583
     svm(1)_z(16) c_e_svm(1)_p_def(35)_ 0.027239197246526514
     svm(1)_z(16) c_e_svm(1)_p_def(36)_ -0.35324417461760355
     svm(1)_z(16) c_e_svm(1)_p_def(37)_ -0.23390855980563308
     svm(1)_z(16) c_e_svm(1)_p_def(38)_ -0.40737076320227517
     svm(1)_z(16) c_e_svm(1)_p_def(39)_ -0.84383315513293566
     svm(1)_z(17) c_u_crossed_ -1.0299304599137389
     svm(1)_z(17) c_u_svm(1)_z_le_alpha(17)_ 1
     svm(1)_z(17) c_u_svm(1)_z_ge_neg_alpha(17)_ -1
     svm(1)_z(17) c_u_svm(1)_z_ge_alpha_if_pos(17)_ -1
     svm(1)_z(17) c_u_svm(1)_z_le_neg_alpha_if_neg(17)_ 1
     svm(1)_z(17) c_e_svm(1)_p_def(0)_ -1.1749999983973272
     svm(1)_z(17) c_e_svm(1)_p_def(1)_ -1.0865536817067554
     svm(1)_z(17) c_e_svm(1)_p_def(2)_ -0.54750110469762092
     svm(1)_z(17) c_e_svm(1)_p_def(3)_ -0.45731920469409981
     svm(1)_z(17) c_e_svm(1)_p_def(4)_ -0.42216546617852968
     svm(1)_z(17) c_e_svm(1)_p_def(5)_ -0.50080086975062688
     svm(1)_z(17) c_e_svm(1)_p_def(6)_ -1.1505493344931814
     svm(1)_z(17) c_e_svm(1)_p_def(7)_ -0.36043983940184432
     svm(1)_z(17) c_e_svm(1)_p_def(8)_ -0.35711940625772576
     svm(1)_z(17) c_e_svm(1)_p_def(9)_ -0.93727784023817706
     svm(1)_z(17) c_e_svm(1)_p_def(10)_ -0.50282485087670481
     svm(1)_z(17) c_e_svm(1)_p_def(11)_ -0.47369889682629462
     svm(1)_z(17) c_e_svm(1)_p_def(12)_ -0.86054994503631788
     svm(1)_z(17) c_e_svm(1)_p_def(13)_ -0.96025973698032108
     svm(1)_z(17) c_e_svm(1)_p_def(14)_ -0.78579817473569702
     svm(1)_z(17) c_e_svm(1)_p_def(15)_ -0.47376042963452852
     svm(1)_z(17) c_e_svm(1)_p_def(16)_ -0.24358171019344482
     svm(1)_z(17) c_e_svm(1)_p_def(17)_ -1.2695424722189828
     svm(1)_z(17) c_e_svm(1)_p_def(18)_ -0.40487327646189536
     svm(1)_z(17) c_e_svm(1)_p_def(19)_ -0.56121709070588588
     svm(1)_z(17) c_e_svm(1)_p_def(20)_ -0.069997161148069129
     svm(1)_z(17) c_e_svm(1)_p_def(21)_ -0.066550168666396625
     svm(1)_z(17) c_e_svm(1)_p_def(22)_ 0.0070623530638598275
     svm(1)_z(17) c_e_svm(1)_p_def(23)_ -0.23696789186855485
     svm(1)_z(17) c_e_svm(1)_p_def(24)_ 0.0074672949073880529
     svm(1)_z(17) c_e_svm(1)_p_def(25)_ -0.096076316245034599
     svm(1)_z(17) c_e_svm(1)_p_def(26)_ -0.055418640383056966
     svm(1)_z(17) c_e_svm(1)_p_def(27)_ 0.070222205453214059
     svm(1)_z(17) c_e_svm(1)_p_def(28)_ -0.082783890242462965
     svm(1)_z(17) c_e_svm(1)_p_def(29)_ 0.12134338154332568
     svm(1)_z(17) c_e_svm(1)_p_def(30)_ 0.092166340687673751
     svm(1)_z(17) c_e_svm(1)_p_def(31)_ -0.037296280851924699
     svm(1)_z(17) c_e_svm(1)_p_def(32)_ 0.046131392069669333
     svm(1)_z(17) c_e_svm(1)_p_def(33)_ -0.032646309554742237
     svm(1)_z(17) c_e_svm(1)_p_def(34)_ 0.035397903980167164
     svm(1)_z(17) c_e_svm(1)_p_def(35)_ 0.046399862099472139
     svm(1)_z(17) c_e_svm(1)_p_def(36)_ -0.0072136143343184689
     svm(1)_z(17) c_e_svm(1)_p_def(37)_ -0.1512642073866815
     svm(1)_z(17) c_e_svm(1)_p_def(38)_ 0.027674981382840733
     svm(1)_z(17) c_e_svm(1)_p_def(39)_ 0.064022297140110415
     svm(1)_z(18) c_u_crossed_ -0.28940897731818727
     svm(1)_z(18) c_u_svm(1)_z_le_alpha(18)_ 1
     svm(1)_z(18) c_u_svm(1)_z_ge_neg_alpha(18)_ -1
     svm(1)_z(18) c_u_svm(1)_z_ge_alpha_if_pos(18)_ -1
     svm(1)_z(18) c_u_svm(1)_z_le_neg_alpha_if_neg(18)_ 1
     svm(1)_z(18) c_e_svm(1)_p_def(0)_ -0.26543653095052577
     svm(1)_z(18) c_e_svm(1)_p_def(1)_ -0.23345193083109494
     svm(1)_z(18) c_e_svm(1)_p_def(2)_ -0.96863939431706436
     svm(1)_z(18) c_e_svm(1)_p_def(3)_ -1.6449850996771223
     svm(1)_z(18) c_e_svm(1)_p_def(4)_ -1.9552724480418866
     svm(1)_z(18) c_e_svm(1)_p_def(5)_ -1.7385369008759093
     svm(1)_z(18) c_e_svm(1)_p_def(6)_ -0.56433072099631065
     svm(1)_z(18) c_e_svm(1)_p_def(7)_ -1.7323228181593109
     svm(1)_z(18) c_e_svm(1)_p_def(8)_ -0.1262499480433556
     svm(1)_z(18) c_e_svm(1)_p_def(9)_ -0.7432132513274996
     svm(1)_z(18) c_e_svm(1)_p_def(10)_ -1.1336661428789867
     svm(1)_z(18) c_e_svm(1)_p_def(11)_ -0.049654217011043611
     svm(1)_z(18) c_e_svm(1)_p_def(12)_ -0.16117505416390859
     svm(1)_z(18) c_e_svm(1)_p_def(13)_ -0.76501611213739351
     svm(1)_z(18) c_e_svm(1)_p_def(14)_ -0.78681808106847195
     svm(1)_z(18) c_e_svm(1)_p_def(15)_ -0.16993067581936816
     svm(1)_z(18) c_e_svm(1)_p_def(16)_ -0.29717875210241229
     svm(1)_z(18) c_e_svm(1)_p_def(17)_ -0.40487327646189536
     svm(1)_z(18) c_e_svm(1)_p_def(18)_ -2.0443575551812043
     svm(1)_z(18) c_e_svm(1)_p_def(19)_ -1.7712885052142593
     svm(1)_z(18) c_e_svm(1)_p_def(20)_ -0.052009579719705185
     svm(1)_z(18) c_e_svm(1)_p_def(21)_ -0.079661492298585185
     svm(1)_z(18) c_e_svm(1)_p_def(22)_ -0.33434782455968054
     svm(1)_z(18) c_e_svm(1)_p_def(23)_ -0.30336383464031552
     svm(1)_z(18) c_e_svm(1)_p_def(24)_ -0.0023997620074107662
     svm(1)_z(18) c_e_svm(1)_p_def(25)_ 0.060790020554939414
     svm(1)_z(18) c_e_svm(1)_p_def(26)_ -0.068900214648029173
     svm(1)_z(18) c_e_svm(1)_p_def(27)_ -0.10788908621682157
     svm(1)_z(18) c_e_svm(1)_p_def(28)_ -0.13144323244657258
     svm(1)_z(18) c_e_svm(1)_p_def(29)_ 0.15856447380567884
     svm(1)_z(18) c_e_svm(1)_p_def(30)_ -0.012632568388068005
     svm(1)_z(18) c_e_svm(1)_p_def(31)_ -0.07461769248053049
     svm(1)_z(18) c_e_svm(1)_p_def(32)_ 0.11552317867461037
     svm(1)_z(18) c_e_svm(1)_p_def(33)_ 0.010463181874441813
     svm(1)_z(18) c_e_svm(1)_p_def(34)_ 0.057788447881696903
     svm(1)_z(18) c_e_svm(1)_p_def(35)_ 0.08494790504440701
     svm(1)_z(18) c_e_svm(1)_p_def(36)_ -0.1455691441889661
     svm(1)_z(18) c_e_svm(1)_p_def(37)_ 0.035682255949027242
     svm(1)_z(18) c_e_svm(1)_p_def(38)_ -0.06102661903574777
     svm(1)_z(18) c_e_svm(1)_p_def(39)_ -0.056070615084311271
     svm(1)_z(19) c_u_crossed_ -0.38356794296448132
     svm(1)_z(19) c_u_svm(1)_z_le_alpha(19)_ 1
     svm(1)_z(19) c_u_svm(1)_z_ge_neg_alpha(19)_ -1
     svm(1)_z(19) c_u_svm(1)_z_ge_alpha_if_pos(19)_ -1
     svm(1)_z(19) c_u_svm(1)_z_le_neg_alpha_if_neg(19)_ 1
     svm(1)_z(19) c_e_svm(1)_p_def(0)_ -0.39893863752880487
     svm(1)_z(19) c_e_svm(1)_p_def(1)_ -0.39337290477000753
     svm(1)_z(19) c_e_svm(1)_p_def(2)_ -1.0757261800122255
     svm(1)_z(19) c_e_svm(1)_p_def(3)_ -1.6099341652766914
     svm(1)_z(19) c_e_svm(1)_p_def(4)_ -1.7838650015214719
     svm(1)_z(19) c_e_svm(1)_p_def(5)_ -1.5452915805471172
     svm(1)_z(19) c_e_svm(1)_p_def(6)_ -0.73124979734594997
     svm(1)_z(19) c_e_svm(1)_p_def(7)_ -1.6412459105779287
     svm(1)_z(19) c_e_svm(1)_p_def(8)_ -0.11680070236530529
     svm(1)_z(19) c_e_svm(1)_p_def(9)_ -0.93283904414028418
     svm(1)_z(19) c_e_svm(1)_p_def(10)_ -1.2067066140261442
     svm(1)_z(19) c_e_svm(1)_p_def(11)_ -0.12810866974393664
     svm(1)_z(19) c_e_svm(1)_p_def(12)_ -0.22614736799422935
     svm(1)_z(19) c_e_svm(1)_p_def(13)_ -0.91351679581923162
     svm(1)_z(19) c_e_svm(1)_p_def(14)_ -0.94988956997615659
     svm(1)_z(19) c_e_svm(1)_p_def(15)_ -0.16622496760241187
     svm(1)_z(19) c_e_svm(1)_p_def(16)_ -0.20938784642429986
     svm(1)_z(19) c_e_svm(1)_p_def(17)_ -0.56121709070588588
     svm(1)_z(19) c_e_svm(1)_p_def(18)_ -1.7712885052142593
     svm(1)_z(19) c_e_svm(1)_p_def(19)_ -1.753707819904688
     svm(1)_z(19) c_e_svm(1)_p_def(20)_ -0.022387000843364063
     svm(1)_z(19) c_e_svm(1)_p_def(21)_ -0.036261193231724081
     svm(1)_z(19) c_e_svm(1)_p_def(22)_ -0.21764970878251438
     svm(1)_z(19) c_e_svm(1)_p_def(23)_ -0.28515791740232149
     svm(1)_z(19) c_e_svm(1)_p_def(24)_ 0.0027080226317815204
     svm(1)_z(19) c_e_svm(1)_p_def(25)_ 0.062976407704905146
     svm(1)_z(19) c_e_svm(1)_p_def(26)_ 0.0090149905676311926
     svm(1)_z(19) c_e_svm(1)_p_def(27)_ -0.021841932392684851
     svm(1)_z(19) c_e_svm(1)_p_def(28)_ -0.03941177973739729
     svm(1)_z(19) c_e_svm(1)_p_def(29)_ 0.16965135189881192
     svm(1)_z(19) c_e_svm(1)_p_def(30)_ 0.065536973997087716
     svm(1)_z(19) c_e_svm(1)_p_def(31)_ -0.057660270509241163
     svm(1)_z(19) c_e_svm(1)_p_def(32)_ 0.1178686278305546
     svm(1)_z(19) c_e_svm(1)_p_def(33)_ 0.042843492064793612
     svm(1)_z(19) c_e_svm(1)_p_def(34)_ 0.076434304172754222
     svm(1)_z(19) c_e_svm(1)_p_def(35)_ 0.082881271854180691
     svm(1)_z(19) c_e_svm(1)_p_def(36)_ -0.062676466881879778
     svm(1)_z(19) c_e_svm(1)_p_def(37)_ 0.046566832991677826
     svm(1)_z(19) c_e_svm(1)_p_def(38)_ 0.011806209785249058
     svm(1)_z(19) c_e_svm(1)_p_def(39)_ 0.043364574493541808
     svm(1)_z(20) c_u_crossed_ -0.062470430969204335
     svm(1)_z(20) c_u_svm(1)_z_le_alpha(20)_ 1
     svm(1)_z(20) c_u_svm(1)_z_ge_neg_alpha(20)_ -1
     svm(1)_z(20) c_u_svm(1)_z_ge_alpha_if_pos(20)_ -1
     svm(1)_z(20) c_u_svm(1)_z_le_neg_alpha_if_neg(20)_ 1
     svm(1)_z(20) c_e_svm(1)_p_def(0)_ -0.078005793407200971
     svm(1)_z(20) c_e_svm(1)_p_def(1)_ -0.036669117113885541
     svm(1)_z(20) c_e_svm(1)_p_def(2)_ -0.12579492838564743
     svm(1)_z(20) c_e_svm(1)_p_def(3)_ -0.027006059137527766
     svm(1)_z(20) c_e_svm(1)_p_def(4)_ -0.13827043897638414
     svm(1)_z(20) c_e_svm(1)_p_def(5)_ -0.009249207717208191
     svm(1)_z(20) c_e_svm(1)_p_def(6)_ -0.07434924089007694
     svm(1)_z(20) c_e_svm(1)_p_def(7)_ -0.10686131442108782
     svm(1)_z(20) c_e_svm(1)_p_def(8)_ -0.11258187095763272
     svm(1)_z(20) c_e_svm(1)_p_def(9)_ -0.10948562353834754
     svm(1)_z(20) c_e_svm(1)_p_def(10)_ -0.18163226858601469
     svm(1)_z(20) c_e_svm(1)_p_def(11)_ -0.120782548651584
     svm(1)_z(20) c_e_svm(1)_p_def(12)_ -0.11335338275568904
     svm(1)_z(20) c_e_svm(1)_p_def(13)_ -0.013056192209672815
     svm(1)_z(20) c_e_svm(1)_p_def(14)_ -0.051907758721066094
     svm(1)_z(20) c_e_svm(1)_p_def(15)_ -0.070790486358065619
     svm(1)_z(20) c_e_svm(1)_p_def(16)_ -0.18291411411791486
     svm(1)_z(20) c_e_svm(1)_p_def(17)_ -0.069997161148069129
     svm(1)_z(20) c_e_svm(1)_p_def(18)_ -0.052009579719705185
     svm(1)_z(20) c_e_svm(1)_p_def(19)_ -0.022387000843364063
     svm(1)_z(20) c_e_svm(1)_p_def(20)_ -2.692073806695138
     svm(1)_z(20) c_e_svm(1)_p_def(21)_ -2.8199910760915063
     svm(1)_z(20) c_e_svm(1)_p_def(22)_ -0.34145655609208264
     svm(1)_z(20) c_e_svm(1)_p_def(23)_ -0.22793709489061287
     svm(1)_z(20) c_e_svm(1)_p_def(24)_ -1.0133219838572565
     svm(1)_z(20) c_e_svm(1)_p_def(25)_ -0.68362740601648975
     svm(1)_z(20) c_e_svm(1)_p_def(26)_ -0.82812106404515173
     svm(1)_z(20) c_e_svm(1)_p_def(27)_ -0.074962804242795486
     svm(1)_z(20) c_e_svm(1)_p_def(28)_ -0.32297006010926543
     svm(1)_z(20) c_e_svm(1)_p_def(29)_ -0.90415940130616601
     svm(1)_z(20) c_e_svm(1)_p_def(30)_ -0.46854404244135112
     svm(1)_z(20) c_e_svm(1)_p_def(31)_ -1.2940418935993914
     svm(1)_z(20) c_e_svm(1)_p_def(32)_ -0.59502986067747421
     svm(1)_z(20) c_e_svm(1)_p_def(33)_ -1.0095101503721533
     svm(1)_z(20) c_e_svm(1)_p_def(34)_ -0.14072237185980413
     svm(1)_z(20) c_e_svm(1)_p_def(35)_ -0.89759384930920771
     svm(1)_z(20) c_e_svm(1)_p_def(36)_ -0.72852418558836141
     svm(1)_z(20) c_e_svm(1)_p_def(37)_ -0.43393745696598279
     svm(1)_z(20) c_e_svm(1)_p_def(38)_ -0.18466481755631156
     svm(1)_z(20) c_e_svm(1)_p_def(39)_ -0.75372204357511641
     svm(1)_z(21) c_u_crossed_ -0.088530365262337735
     svm(1)_z(21) c_u_svm(1)_z_le_alpha(21)_ 1
     svm(1)_z(21) c_u_svm(1)_z_ge_neg_alpha(21)_ -1
     svm(1)_z(21) c_u_svm(1)_z_ge_alpha_if_pos(21)_ -1
     svm(1)_z(21) c_u_svm(1)_z_le_neg_alpha_if_neg(21)_ 1
     svm(1)_z(21) c_e_svm(1)_p_def(0)_ -0.089204447356883709
     svm(1)_z(21) c_e_svm(1)_p_def(1)_ -0.013248640242305959
     svm(1)_z(21) c_e_svm(1)_p_def(2)_ -0.1063849244716176
     svm(1)_z(21) c_e_svm(1)_p_def(3)_ -0.037870324515766163
     svm(1)_z(21) c_e_svm(1)_p_def(4)_ -0.18616220825382462
     svm(1)_z(21) c_e_svm(1)_p_def(5)_ -0.049005218547092499
     svm(1)_z(21) c_e_svm(1)_p_def(6)_ -0.039939737924999552
     svm(1)_z(21) c_e_svm(1)_p_def(7)_ -0.11227978575089037
     svm(1)_z(21) c_e_svm(1)_p_def(8)_ -0.1684934349228201
     svm(1)_z(21) c_e_svm(1)_p_def(9)_ -0.063934623830249032
     svm(1)_z(21) c_e_svm(1)_p_def(10)_ -0.13373294607062486
     svm(1)_z(21) c_e_svm(1)_p_def(11)_ -0.11083460319992317
     svm(1)_z(21) c_e_svm(1)_p_def(12)_ -0.15312383915823347
     svm(1)_z(21) c_e_svm(1)_p_def(13)_ 0.00030110119855672468
     svm(1)_z(21) c_e_svm(1)_p_def(14)_ -0.01865454564459168
     svm(1)_z(21) c_e_svm(1)_p_def(15)_ -0.14615464719243265
     svm(1)_z(21) c_e_svm(1)_p_def(16)_ -0.2758185270598969
     svm(1)_z(21) c_e_svm(1)_p_def(17)_ -0.066550168666396625
     svm(1)_z(21) c_e_svm(1)_p_def(18)_ -0.079661492298585185
     svm(1)_z(21) c_e_svm(1)_p_def(19)_ -0.036261193231724081
     svm(1)_z(21) c_e_svm(1)_p_def(20)_ -2.8199910760915063
     svm(1)_z(21) c_e_svm(1)_p_def(21)_ -3.1649954869606161
     svm(1)_z(21) c_e_svm(1)_p_def(22)_ -0.42463102113813478
     svm(1)_z(21) c_e_svm(1)_p_def(23)_ -0.31942430349446649
     svm(1)_z(21) c_e_svm(1)_p_def(24)_ -1.1217644756031091
     svm(1)_z(21) c_e_svm(1)_p_def(25)_ -0.75504001229015594
     svm(1)_z(21) c_e_svm(1)_p_def(26)_ -0.90038298236872438
     svm(1)_z(21) c_e_svm(1)_p_def(27)_ -0.082842804560036398
     svm(1)_z(21) c_e_svm(1)_p_def(28)_ -0.31572577754544262
     svm(1)_z(21) c_e_svm(1)_p_def(29)_ -0.88612624885376445
     svm(1)_z(21) c_e_svm(1)_p_def(30)_ -0.46231562487607686
     svm(1)_z(21) c_e_svm(1)_p_def(31)_ -1.4891626098831063
     svm(1)_z(21) c_e_svm(1)_p_def(32)_ -0.59285006014240937
     svm(1)_z(21) c_e_svm(1)_p_def(33)_ -1.1322696268593797
     svm(1)_z(21) c_e_svm(1)_p_def(34)_ -0.16269025404065501
     svm(1)_z(21) c_e_svm(1)_p_def(35)_ -0.92852037849535596
     svm(1)_z(21) c_e_svm(1)_p_def(36)_ -0.80093307263840474
     svm(1)_z(21) c_e_svm(1)_p_def(37)_ -0.51073482081739119
     svm(1)_z(21) c_e_svm(1)_p_def(38)_ -0.18386434395426005
     svm(1)_z(21) c_e_svm(1)_p_def(39)_ -0.72805507849594775
     svm(1)_z(22) c_u_crossed_ -0.1524941474314887
     svm(1)_z(22) c_u_svm(1)_z_le_alpha(22)_ 1
     svm(1)_z(22) c_u_svm(1)_z_ge_neg_alpha(22)_ -1
     svm(1)_z(22) c_u_svm(1)_z_ge_alpha_if_pos(22)_ -1
     svm(1)_z(22) c_u_svm(1)_z_le_neg_alpha_if_neg(22)_ 1
     svm(1)_z(22) c_e_svm(1)_p_def(0)_ -0.13131204464296556
     svm(1)_z(22) c_e_svm(1)_p_def(1)_ -0.21178383153602948
     svm(1)_z(22) c_e_svm(1)_p_def(2)_ -0.080848828665822284
     svm(1)_z(22) c_e_svm(1)_p_def(3)_ -0.24333672489825919
     svm(1)_z(22) c_e_svm(1)_p_def(4)_ -0.34162282599608645
     svm(1)_z(22) c_e_svm(1)_p_def(5)_ -0.34753340710858682
     svm(1)_z(22) c_e_svm(1)_p_def(6)_ 0.049879391786656999
     svm(1)_z(22) c_e_svm(1)_p_def(7)_ -0.37239379826668817
     svm(1)_z(22) c_e_svm(1)_p_def(8)_ -0.4280988845875261
     svm(1)_z(22) c_e_svm(1)_p_def(9)_ -0.067756613970736762
     svm(1)_z(22) c_e_svm(1)_p_def(10)_ -0.1013362266979155
     svm(1)_z(22) c_e_svm(1)_p_def(11)_ -0.29118678965736638
     svm(1)_z(22) c_e_svm(1)_p_def(12)_ -0.31806999906374189
     svm(1)_z(22) c_e_svm(1)_p_def(13)_ -0.0088070556785713183
     svm(1)_z(22) c_e_svm(1)_p_def(14)_ -0.056776931712413006
     svm(1)_z(22) c_e_svm(1)_p_def(15)_ -0.38368709285411068
     svm(1)_z(22) c_e_svm(1)_p_def(16)_ -0.35633850234554998
     svm(1)_z(22) c_e_svm(1)_p_def(17)_ 0.0070623530638598275
     svm(1)_z(22) c_e_svm(1)_p_def(18)_ -0.33434782455968054
     svm(1)_z(22) c_e_svm(1)_p_def(19)_ -0.21764970878251438
     svm(1)_z(22) c_e_svm(1)_p_def(20)_ -0.34145655609208264
     svm(1)_z(22) c_e_svm(1)_p_def(21)_ -0.42463102113813478
     svm(1)_z(22) c_e_svm(1)_p_def(22)_ -1.7395014861847204
     svm(1)_z(22) c_e_svm(1)_p_def(23)_ 0.0048068296732383664
     svm(1)_z(22) c_e_svm(1)_p_def(24)_ -0.041394763036158078
     svm(1)_z(22) c_e_svm(1)_p_def(25)_ 0.027500338897875856
     svm(1)_z(22) c_e_svm(1)_p_def(26)_ -0.1277022880101647
     svm(1)_z(22) c_e_svm(1)_p_def(27)_ -1.0573902398060535
     svm(1)_z(22) c_e_svm(1)_p_def(28)_ -0.43974576625184258
     svm(1)_z(22) c_e_svm(1)_p_def(29)_ -0.80944968474978585
     svm(1)_z(22) c_e_svm(1)_p_def(30)_ -0.77229002060818908
     svm(1)_z(22) c_e_svm(1)_p_def(31)_ -0.096104474224647629
     svm(1)_z(22) c_e_svm(1)_p_def(32)_ -0.056430726405924753
     svm(1)_z(22) c_e_svm(1)_p_def(33)_ 0.03447273499671881
     svm(1)_z(22) c_e_svm(1)_p_def(34)_ -0.79710182343715408
     svm(1)_z(22) c_e_svm(1)_p_def(35)_ -0.14848468930204695
     svm(1)_z(22) c_e_svm(1)_p_def(36)_ -1.8926990856993862
     svm(1)_z(22) c_e_svm(1)_p_def(37)_ -0.02295089899236348
     svm(1)_z(22) c_e_svm(1)_p_def(38)_ -0.69541354628119378
     svm(1)_z(22) c_e_svm(1)_p_def(39)_ -0.60861941968839672
     svm(1)_z(23) c_u_crossed_ -0.22938906909020279
     svm(1)_z(23) c_u_svm(1)_z_le_alpha(23)_ 1
     svm(1)_z(23) c_u_svm(1)_z_ge_neg_alpha(23)_ -1
     svm(1)_z(23) c_u_svm(1)_z_ge_alpha_if_pos(23)_ -1
     svm(1)_z(23) c_u_svm(1)_z_le_neg_alpha_if_neg(23)_ 1
     svm(1)_z(23) c_e_svm(1)_p_def(0)_ -0.17642626924566654
     svm(1)_z(23) c_e_svm(1)_p_def(1)_ -0.0030447039081080707
     svm(1)_z(23) c_e_svm(1)_p_def(2)_ -0.15001850147502843
     svm(1)_z(23) c_e_svm(1)_p_def(3)_ -0.29035383075213728
     svm(1)_z(23) c_e_svm(1)_p_def(4)_ -0.32639152341479322
     svm(1)_z(23) c_e_svm(1)_p_def(5)_ -0.40509843892648395
     svm(1)_z(23) c_e_svm(1)_p_def(6)_ -0.1238682684124177
     svm(1)_z(23) c_e_svm(1)_p_def(7)_ -0.19979327319649282
     svm(1)_z(23) c_e_svm(1)_p_def(8)_ -0.12622242899535774
     svm(1)_z(23) c_e_svm(1)_p_def(9)_ -0.019544673129625781
     svm(1)_z(23) c_e_svm(1)_p_def(10)_ -0.063213387350227052
     svm(1)_z(23) c_e_svm(1)_p_def(11)_ 0.026295851308548196
     svm(1)_z(23) c_e_svm(1)_p_def(12)_ -0.17999637566776144
     svm(1)_z(23) c_e_svm(1)_p_def(13)_ -0.19476272657215477
     svm(1)_z(23) c_e_svm(1)_p_def(14)_ -0.072018140143852327
     svm(1)_z(23) c_e_svm(1)_p_def(15)_ -0.27598423807423234
     svm(1)_z(23) c_e_svm(1)_p_def(16)_ -0.27425625002621618
     svm(1)_z(23) c_e_svm(1)_p_def(17)_ -0.23696789186855485
     svm(1)_z(23) c_e_svm(1)_p_def(18)_ -0.30336383464031552
     svm(1)_z(23) c_e_svm(1)_p_def(19)_ -0.28515791740232149
     svm(1)_z(23) c_e_svm(1)_p_def(20)_ -0.22793709489061287
     svm(1)_z(23) c_e_svm(1)_p_def(21)_ -0.31942430349446649
     svm(1)_z(23) c_e_svm(1)_p_def(22)_ 0.0048068296732383664
     svm(1)_z(23) c_e_svm(1)_p_def(23)_ -1.0605470090763296
     svm(1)_z(23) c_e_svm(1)_p_def(24)_ -0.70951874007429017
     svm(1)_z(23) c_e_svm(1)_p_def(25)_ -0.83007712488690122
     svm(1)_z(23) c_e_svm(1)_p_def(26)_ -0.34080846345063437
     svm(1)_z(23) c_e_svm(1)_p_def(27)_ 0.032866564526676384
     svm(1)_z(23) c_e_svm(1)_p_def(28)_ -0.18939768743701463
     svm(1)_z(23) c_e_svm(1)_p_def(29)_ 0.011296238582666124
     svm(1)_z(23) c_e_svm(1)_p_def(30)_ -0.13240819472669954
     svm(1)_z(23) c_e_svm(1)_p_def(31)_ -0.9323909367412011
     svm(1)_z(23) c_e_svm(1)_p_def(32)_ -0.35476927262841512
     svm(1)_z(23) c_e_svm(1)_p_def(33)_ -0.68240038759985122
     svm(1)_z(23) c_e_svm(1)_p_def(34)_ -0.21637339915554391
     svm(1)_z(23) c_e_svm(1)_p_def(35)_ -0.46445169205451164
     svm(1)_z(23) c_e_svm(1)_p_def(36)_ 0.098825468363429952
     svm(1)_z(23) c_e_svm(1)_p_def(37)_ -0.68565400897347828
     svm(1)_z(23) c_e_svm(1)_p_def(38)_ -0.21650902495184174
     svm(1)_z(23) c_e_svm(1)_p_def(39)_ -0.040580473074585788
     svm(1)_z(24) c_u_crossed_ 0.055280362598652308
     svm(1)_z(24) c_u_svm(1)_z_le_alpha(24)_ 1
     svm(1)_z(24) c_u_svm(1)_z_ge_neg_alpha(24)_ -1
     svm(1)_z(24) c_u_svm(1)_z_ge_alpha_if_pos(24)_ -1
     svm(1)_z(24) c_u_svm(1)_z_le_neg_alpha_if_neg(24)_ 1
     svm(1)_z(24) c_e_svm(1)_p_def(0)_ 0.043835378432298039
     svm(1)_z(24) c_e_svm(1)_p_def(1)_ 0.054784819325595244
     svm(1)_z(24) c_e_svm(1)_p_def(2)_ -0.18207400623997244
     svm(1)_z(24) c_e_svm(1)_p_def(3)_ -0.088476418026032927
     svm(1)_z(24) c_e_svm(1)_p_def(4)_ -0.073640190985489531
     svm(1)_z(24) c_e_svm(1)_p_def(5)_ 0.039165984000375895
     svm(1)_z(24) c_e_svm(1)_p_def(6)_ 0.027455820161819119
     svm(1)_z(24) c_e_svm(1)_p_def(7)_ -0.11511160713339523
     svm(1)_z(24) c_e_svm(1)_p_def(8)_ -0.061997240511047463
     svm(1)_z(24) c_e_svm(1)_p_def(9)_ -0.050140858577198744
     svm(1)_z(24) c_e_svm(1)_p_def(10)_ -0.16910820732303966
     svm(1)_z(24) c_e_svm(1)_p_def(11)_ -0.18885806789440757
     svm(1)_z(24) c_e_svm(1)_p_def(12)_ 0.056311749885600018
     svm(1)_z(24) c_e_svm(1)_p_def(13)_ 0.014430952177439102
     svm(1)_z(24) c_e_svm(1)_p_def(14)_ -0.063755250188387791
     svm(1)_z(24) c_e_svm(1)_p_def(15)_ -0.019611191184610577
     svm(1)_z(24) c_e_svm(1)_p_def(16)_ -0.085330647816325988
     svm(1)_z(24) c_e_svm(1)_p_def(17)_ 0.0074672949073880529
     svm(1)_z(24) c_e_svm(1)_p_def(18)_ -0.0023997620074107662
     svm(1)_z(24) c_e_svm(1)_p_def(19)_ 0.0027080226317815204
     svm(1)_z(24) c_e_svm(1)_p_def(20)_ -1.0133219838572565
     svm(1)_z(24) c_e_svm(1)_p_def(21)_ -1.1217644756031091
     svm(1)_z(24) c_e_svm(1)_p_def(22)_ -0.041394763036158078
     svm(1)_z(24) c_e_svm(1)_p_def(23)_ -0.70951874007429017
     svm(1)_z(24) c_e_svm(1)_p_def(24)_ -1.77204308352314
     svm(1)_z(24) c_e_svm(1)_p_def(25)_ -1.2373006508662643
     svm(1)_z(24) c_e_svm(1)_p_def(26)_ -0.61649546589922954
     svm(1)_z(24) c_e_svm(1)_p_def(27)_ -0.060953835076030194
     svm(1)_z(24) c_e_svm(1)_p_def(28)_ -0.10096563674282596
     svm(1)_z(24) c_e_svm(1)_p_def(29)_ -0.64699409884364611
     svm(1)_z(24) c_e_svm(1)_p_def(30)_ -0.40969631695045899
     svm(1)_z(24) c_e_svm(1)_p_def(31)_ -1.7846775363841512
     svm(1)_z(24) c_e_svm(1)_p_def(32)_ -1.0911999137385737
     svm(1)_z(24) c_e_svm(1)_p_def(33)_ -1.1366158772527413
     svm(1)_z(24) c_e_svm(1)_p_def(34)_ -0.4370196516318654
     svm(1)_z(24) c_e_svm(1)_p_def(35)_ -1.5071722960875995
     svm(1)_z(24) c_e_svm(1)_p_def(36)_ -0.039724987201687378
     svm(1)_z(24) c_e_svm(1)_p_def(37)_ -0.74343475856845165
     svm(1)_z(24) c_e_svm(1)_p_def(38)_ -0.25967024936830574
     svm(1)_z(24) c_e_svm(1)_p_def(39)_ -0.27703199040194365
     svm(1)_z(25) c_u_crossed_ -0.080204320546036725
     svm(1)_z(25) c_u_svm(1)_z_le_alpha(25)_ 1
     svm(1)_z(25) c_u_svm(1)_z_ge_neg_alpha(25)_ -1
     svm(1)_z(25) c_u_svm(1)_z_ge_alpha_if_pos(25)_ -1
     svm(1)_z(25) c_u_svm(1)_z_le_neg_alpha_if_neg(25)_ 1
     svm(1)_z(25) c_e_svm(1)_p_def(0)_ -0.063939600871662339
     svm(1)_z(25) c_e_svm(1)_p_def(1)_ 0.030198401928495308
     svm(1)_z(25) c_e_svm(1)_p_def(2)_ -0.0016449995934815081
     svm(1)_z(25) c_e_svm(1)_p_def(3)_ 0.04275171429974553
     svm(1)_z(25) c_e_svm(1)_p_def(4)_ 0.080499248372343665
     svm(1)_z(25) c_e_svm(1)_p_def(5)_ 0.025525645123440202
     svm(1)_z(25) c_e_svm(1)_p_def(6)_ -0.040123938362086053
     svm(1)_z(25) c_e_svm(1)_p_def(7)_ 0.093061490873241143
     svm(1)_z(25) c_e_svm(1)_p_def(8)_ -0.011733414659079178
     svm(1)_z(25) c_e_svm(1)_p_def(9)_ 0.058210413083303103
     svm(1)_z(25) c_e_svm(1)_p_def(10)_ 0.033255677417206142
     svm(1)_z(25) c_e_svm(1)_p_def(11)_ -0.03830301364789887
     svm(1)_z(25) c_e_svm(1)_p_def(12)_ -0.04873018696985329
     svm(1)_z(25) c_e_svm(1)_p_def(13)_ -0.012337926161259088
     svm(1)_z(25) c_e_svm(1)_p_def(14)_ 0.036325486288839276
     svm(1)_z(25) c_e_svm(1)_p_def(15)_ -0.078187946231775093
     svm(1)_z(25) c_e_svm(1)_p_def(16)_ -0.10572345458927777
     svm(1)_z(25) c_e_svm(1)_p_def(17)_ -0.096076316245034599
     svm(1)_z(25) c_e_svm(1)_p_def(18)_ 0.060790020554939414
     svm(1)_z(25) c_e_svm(1)_p_def(19)_ 0.062976407704905146
     svm(1)_z(25) c_e_svm(1)_p_def(20)_ -0.68362740601648975
     svm(1)_z(25) c_e_svm(1)_p_def(21)_ -0.75504001229015594
     svm(1)_z(25) c_e_svm(1)_p_def(22)_ 0.027500338897875856
     svm(1)_z(25) c_e_svm(1)_p_def(23)_ -0.83007712488690122
     svm(1)_z(25) c_e_svm(1)_p_def(24)_ -1.2373006508662643
     svm(1)_z(25) c_e_svm(1)_p_def(25)_ -1.914744115301702
     svm(1)_z(25) c_e_svm(1)_p_def(26)_ -1.3763168931130851
     svm(1)_z(25) c_e_svm(1)_p_def(27)_ -0.071165014786267369
     svm(1)_z(25) c_e_svm(1)_p_def(28)_ -0.52703913160235683
     svm(1)_z(25) c_e_svm(1)_p_def(29)_ -0.95814034484182931
     svm(1)_z(25) c_e_svm(1)_p_def(30)_ -0.47705272566939333
     svm(1)_z(25) c_e_svm(1)_p_def(31)_ -1.2902113255281975
     svm(1)_z(25) c_e_svm(1)_p_def(32)_ -1.4505727866700933
     svm(1)_z(25) c_e_svm(1)_p_def(33)_ -1.5861438908289536
     svm(1)_z(25) c_e_svm(1)_p_def(34)_ -0.5607830148503502
     svm(1)_z(25) c_e_svm(1)_p_def(35)_ -1.2372069238913777
     svm(1)_z(25) c_e_svm(1)_p_def(36)_ -0.0093008819731897618
     svm(1)_z(25) c_e_svm(1)_p_def(37)_ -1.521723728407302
     svm(1)_z(25) c_e_svm(1)_p_def(38)_ -0.51443817677468362
     svm(1)_z(25) c_e_svm(1)_p_def(39)_ -0.4153713994974656
     svm(1)_z(26) c_u_crossed_ -0.10155015180590715
     svm(1)_z(26) c_u_svm(1)_z_le_alpha(26)_ 1
     svm(1)_z(26) c_u_svm(1)_z_ge_neg_alpha(26)_ -1
     svm(1)_z(26) c_u_svm(1)_z_ge_alpha_if_pos(26)_ -1
     svm(1)_z(26) c_u_svm(1)_z_le_neg_alpha_if_neg(26)_ 1
     svm(1)_z(26) c_e_svm(1)_p_def(0)_ -0.06418885552748968
     svm(1)_z(26) c_e_svm(1)_p_def(1)_ -0.04718918312407383
     svm(1)_z(26) c_e_svm(1)_p_def(2)_ 0.012576898482205445
     svm(1)_z(26) c_e_svm(1)_p_def(3)_ 0.048325698951379559
     svm(1)_z(26) c_e_svm(1)_p_def(4)_ 0.025769250970333835
     svm(1)_z(26) c_e_svm(1)_p_def(5)_ -0.060928450228570991
     svm(1)_z(26) c_e_svm(1)_p_def(6)_ -0.11216868697928838
     svm(1)_z(26) c_e_svm(1)_p_def(7)_ 0.10130289491608468
     svm(1)_z(26) c_e_svm(1)_p_def(8)_ -0.21077134602374925
     svm(1)_z(26) c_e_svm(1)_p_def(9)_ -0.041491379619553403
     svm(1)_z(26) c_e_svm(1)_p_def(10)_ -0.05476836261643489
     svm(1)_z(26) c_e_svm(1)_p_def(11)_ -0.31102287527623895
     svm(1)_z(26) c_e_svm(1)_p_def(12)_ -0.049446415298552898
     svm(1)_z(26) c_e_svm(1)_p_def(13)_ 0.00099423825877859029
     svm(1)_z(26) c_e_svm(1)_p_def(14)_ 0.0063737437152314724
     svm(1)_z(26) c_e_svm(1)_p_def(15)_ -0.16751915073490714
     svm(1)_z(26) c_e_svm(1)_p_def(16)_ -0.46022754716695718
     svm(1)_z(26) c_e_svm(1)_p_def(17)_ -0.055418640383056966
     svm(1)_z(26) c_e_svm(1)_p_def(18)_ -0.068900214648029173
     svm(1)_z(26) c_e_svm(1)_p_def(19)_ 0.0090149905676311926
     svm(1)_z(26) c_e_svm(1)_p_def(20)_ -0.82812106404515173
     svm(1)_z(26) c_e_svm(1)_p_def(21)_ -0.90038298236872438
     svm(1)_z(26) c_e_svm(1)_p_def(22)_ -0.1277022880101647
     svm(1)_z(26) c_e_svm(1)_p_def(23)_ -0.34080846345063437
     svm(1)_z(26) c_e_svm(1)_p_def(24)_ -0.61649546589922954
     svm(1)_z(26) c_e_svm(1)_p_def(25)_ -1.3763168931130851
     svm(1)_z(26) c_e_svm(1)_p_def(26)_ -3.5405273608120122
     svm(1)_z(26) c_e_svm(1)_p_def(27)_ -0.37557159556723307
     svm(1)_z(26) c_e_svm(1)_p_def(28)_ -0.81840921339946404
     svm(1)_z(26) c_e_svm(1)_p_def(29)_ -1.9415384516138903
     svm(1)_z(26) c_e_svm(1)_p_def(30)_ -0.44546514872267401
     svm(1)_z(26) c_e_svm(1)_p_def(31)_ -0.5512395616176462
     svm(1)_z(26) c_e_svm(1)_p_def(32)_ -1.6749904412969856
     svm(1)_z(26) c_e_svm(1)_p_def(33)_ -1.8597321762063408
     svm(1)_z(26) c_e_svm(1)_p_def(34)_ -0.35491780444348792
     svm(1)_z(26) c_e_svm(1)_p_def(35)_ -0.66218524429440451
     svm(1)_z(26) c_e_svm(1)_p_def(36)_ -0.45266107840850972
     svm(1)_z(26) c_e_svm(1)_p_def(37)_ -1.6636566986528338
     svm(1)_z(26) c_e_svm(1)_p_def(38)_ -0.4155241462020044
     svm(1)_z(26) c_e_svm(1)_p_def(39)_ -0.77927522823430617
     svm(1)_z(27) c_u_crossed_ -0.017200884527170737
     svm(1)_z(27) c_u_svm(1)_z_le_alpha(27)_ 1
     svm(1)_z(27) c_u_svm(1)_z_ge_neg_alpha(27)_ -1
     svm(1)_z(27) c_u_svm(1)_z_ge_alpha_if_pos(27)_ -1
     svm(1)_z(27) c_u_svm(1)_z_le_neg_alpha_if_neg(27)_ 1
     svm(1)_z(27) c_e_svm(1)_p_def(0)_ 0.00015531394920671737
     svm(1)_z(27) c_e_svm(1)_p_def(1)_ -0.13148624194536188
     svm(1)_z(27) c_e_svm(1)_p_def(2)_ 0.027370204934182907
     svm(1)_z(27) c_e_svm(1)_p_def(3)_ -0.042156294808443143
     svm(1)_z(27) c_e_svm(1)_p_def(4)_ -0.067840279708989898
     svm(1)_z(27) c_e_svm(1)_p_def(5)_ -0.097002346207555615
     svm(1)_z(27) c_e_svm(1)_p_def(6)_ 0.072391038829338533
     svm(1)_z(27) c_e_svm(1)_p_def(7)_ -0.13772191280176943
     svm(1)_z(27) c_e_svm(1)_p_def(8)_ -0.63926056573670254
     svm(1)_z(27) c_e_svm(1)_p_def(9)_ -0.0056564270995183019
     svm(1)_z(27) c_e_svm(1)_p_def(10)_ -0.033709248734096267
     svm(1)_z(27) c_e_svm(1)_p_def(11)_ -0.49186577400209797
     svm(1)_z(27) c_e_svm(1)_p_def(12)_ -0.16165744709048491
     svm(1)_z(27) c_e_svm(1)_p_def(13)_ 0.066407844060029031
     svm(1)_z(27) c_e_svm(1)_p_def(14)_ 0.013857077949065613
     svm(1)_z(27) c_e_svm(1)_p_def(15)_ -0.36645892589511886
     svm(1)_z(27) c_e_svm(1)_p_def(16)_ -0.55132096726404456
     svm(1)_z(27) c_e_svm(1)_p_def(17)_ 0.070222205453214059
     svm(1)_z(27) c_e_svm(1)_p_def(18)_ -0.10788908621682157
     svm(1)_z(27) c_e_svm(1)_p_def(19)_ -0.021841932392684851
     svm(1)_z(27) c_e_svm(1)_p_def(20)_ -0.074962804242795486
     svm(1)_z(27) c_e_svm(1)_p_def(21)_ -0.082842804560036398
     svm(1)_z(27) c_e_svm(1)_p_def(22)_ -1.0573902398060535
     svm(1)_z(27) c_e_svm(1)_p_def(23)_ 0.032866564526676384
     svm(1)_z(27) c_e_svm(1)_p_def(24)_ -0.060953835076030194
     svm(1)_z(27) c_e_svm(1)_p_def(25)_ -0.071165014786267369
     svm(1)_z(27) c_e_svm(1)_p_def(26)_ -0.37557159556723307
     svm(1)_z(27) c_e_svm(1)_p_def(27)_ -1.4574522213161147
     svm(1)_z(27) c_e_svm(1)_p_def(28)_ -0.71210442358721249
     svm(1)_z(27) c_e_svm(1)_p_def(29)_ -1.2739632069953815
     svm(1)_z(27) c_e_svm(1)_p_def(30)_ -1.2274638910627906
     svm(1)_z(27) c_e_svm(1)_p_def(31)_ -0.007503993035336165
     svm(1)_z(27) c_e_svm(1)_p_def(32)_ -0.39604525168990112
     svm(1)_z(27) c_e_svm(1)_p_def(33)_ -0.051070227196566786
     svm(1)_z(27) c_e_svm(1)_p_def(34)_ -0.96333867791983807
     svm(1)_z(27) c_e_svm(1)_p_def(35)_ -0.25076966834654907
     svm(1)_z(27) c_e_svm(1)_p_def(36)_ -1.3164359327694235
     svm(1)_z(27) c_e_svm(1)_p_def(37)_ -0.1216162331564887
     svm(1)_z(27) c_e_svm(1)_p_def(38)_ -0.99085978829541033
     svm(1)_z(27) c_e_svm(1)_p_def(39)_ -1.0672779270231878
     svm(1)_z(28) c_u_crossed_ -0.22896012728634385
     svm(1)_z(28) c_u_svm(1)_z_le_alpha(28)_ 1
     svm(1)_z(28) c_u_svm(1)_z_ge_neg_alpha(28)_ -1
     svm(1)_z(28) c_u_svm(1)_z_ge_alpha_if_pos(28)_ -1
     svm(1)_z(28) c_u_svm(1)_z_le_neg_alpha_if_neg(28)_ 1
     svm(1)_z(28) c_e_svm(1)_p_def(0)_ -0.12398420205042932
     svm(1)_z(28) c_e_svm(1)_p_def(1)_ -0.0058304755332617419
     svm(1)_z(28) c_e_svm(1)_p_def(2)_ 0.11185091627951896
     svm(1)_z(28) c_e_svm(1)_p_def(3)_ 0.036704164197725736
     svm(1)_z(28) c_e_svm(1)_p_def(4)_ -9.2084294246813636e-05
     svm(1)_z(28) c_e_svm(1)_p_def(5)_ -0.27772012490711584
     svm(1)_z(28) c_e_svm(1)_p_def(6)_ -0.063754258661801677
     svm(1)_z(28) c_e_svm(1)_p_def(7)_ 0.033956821226833855
     svm(1)_z(28) c_e_svm(1)_p_def(8)_ -0.35932595915795701
     svm(1)_z(28) c_e_svm(1)_p_def(9)_ 0.12605382675304283
     svm(1)_z(28) c_e_svm(1)_p_def(10)_ 0.10096663264417137
     svm(1)_z(28) c_e_svm(1)_p_def(11)_ 0.070334389295734726
     svm(1)_z(28) c_e_svm(1)_p_def(12)_ -0.36347606632106838
     svm(1)_z(28) c_e_svm(1)_p_def(13)_ -0.0018124108325669602
     svm(1)_z(28) c_e_svm(1)_p_def(14)_ 0.10797738051505942
     svm(1)_z(28) c_e_svm(1)_p_def(15)_ -0.36877298719412088
     svm(1)_z(28) c_e_svm(1)_p_def(16)_ -0.59485537954918599
     svm(1)_z(28) c_e_svm(1)_p_def(17)_ -0.082783890242462965
     svm(1)_z(28) c_e_svm(1)_p_def(18)_ -0.13144323244657258
     svm(1)_z(28) c_e_svm(1)_p_def(19)_ -0.03941177973739729
     svm(1)_z(28) c_e_svm(1)_p_def(20)_ -0.32297006010926543
     svm(1)_z(28) c_e_svm(1)_p_def(21)_ -0.31572577754544262
     svm(1)_z(28) c_e_svm(1)_p_def(22)_ -0.43974576625184258
     svm(1)_z(28) c_e_svm(1)_p_def(23)_ -0.18939768743701463
     svm(1)_z(28) c_e_svm(1)_p_def(24)_ -0.10096563674282596
     svm(1)_z(28) c_e_svm(1)_p_def(25)_ -0.52703913160235683
     svm(1)_z(28) c_e_svm(1)_p_def(26)_ -0.81840921339946404
     svm(1)_z(28) c_e_svm(1)_p_def(27)_ -0.71210442358721249
     svm(1)_z(28) c_e_svm(1)_p_def(28)_ -2.0626662450054258
     svm(1)_z(28) c_e_svm(1)_p_def(29)_ -1.0885853566720869
     svm(1)_z(28) c_e_svm(1)_p_def(30)_ -1.6068084829562612
     svm(1)_z(28) c_e_svm(1)_p_def(31)_ -0.13738343207619122
     svm(1)_z(28) c_e_svm(1)_p_def(32)_ -0.52836623055232035
     svm(1)_z(28) c_e_svm(1)_p_def(33)_ -0.48134468039106548
     svm(1)_z(28) c_e_svm(1)_p_def(34)_ -0.69334123392891533
     svm(1)_z(28) c_e_svm(1)_p_def(35)_ -0.26661265563051167
     svm(1)_z(28) c_e_svm(1)_p_def(36)_ -0.66225898733442201
     svm(1)_z(28) c_e_svm(1)_p_def(37)_ -0.57843127190556398
     svm(1)_z(28) c_e_svm(1)_p_def(38)_ -1.5172353939631034
     svm(1)_z(28) c_e_svm(1)_p_def(39)_ -1.8941100296983289
     svm(1)_z(29) c_u_crossed_ 0.074993049778866061
     svm(1)_z(29) c_u_svm(1)_z_le_alpha(29)_ 1
     svm(1)_z(29) c_u_svm(1)_z_ge_neg_alpha(29)_ -1
     svm(1)_z(29) c_u_svm(1)_z_ge_alpha_if_pos(29)_ -1
     svm(1)_z(29) c_u_svm(1)_z_le_neg_alpha_if_neg(29)_ 1
     svm(1)_z(29) c_e_svm(1)_p_def(0)_ 0.064262124094122255
     svm(1)_z(29) c_e_svm(1)_p_def(1)_ -0.10139439352465715
     svm(1)_z(29) c_e_svm(1)_p_def(2)_ 0.087567653757402372
     svm(1)_z(29) c_e_svm(1)_p_def(3)_ 0.15709119191616319
     svm(1)_z(29) c_e_svm(1)_p_def(4)_ 0.18430655733939255
     svm(1)_z(29) c_e_svm(1)_p_def(5)_ 0.16969357668677859
     svm(1)_z(29) c_e_svm(1)_p_def(6)_ 0.09898183319306654
     svm(1)_z(29) c_e_svm(1)_p_def(7)_ 0.13644224905127125
     svm(1)_z(29) c_e_svm(1)_p_def(8)_ -0.28767814812395465
     svm(1)_z(29) c_e_svm(1)_p_def(9)_ 0.022254462443737577
     svm(1)_z(29) c_e_svm(1)_p_def(10)_ -0.0021177211594965994
     svm(1)_z(29) c_e_svm(1)_p_def(11)_ -0.60113667639472823
     svm(1)_z(29) c_e_svm(1)_p_def(12)_ -0.0047715259257833098
     svm(1)_z(29) c_e_svm(1)_p_def(13)_ 0.13232317157456566
     svm(1)_z(29) c_e_svm(1)_p_def(14)_ 0.072429821183866733
     svm(1)_z(29) c_e_svm(1)_p_def(15)_ -0.064198037313354106
     svm(1)_z(29) c_e_svm(1)_p_def(16)_ -0.2244084171983155
     svm(1)_z(29) c_e_svm(1)_p_def(17)_ 0.12134338154332568
     svm(1)_z(29) c_e_svm(1)_p_def(18)_ 0.15856447380567884
     svm(1)_z(29) c_e_svm(1)_p_def(19)_ 0.16965135189881192
     svm(1)_z(29) c_e_svm(1)_p_def(20)_ -0.90415940130616601
     svm(1)_z(29) c_e_svm(1)_p_def(21)_ -0.88612624885376445
     svm(1)_z(29) c_e_svm(1)_p_def(22)_ -0.80944968474978585
     svm(1)_z(29) c_e_svm(1)_p_def(23)_ 0.011296238582666124
     svm(1)_z(29) c_e_svm(1)_p_def(24)_ -0.64699409884364611
     svm(1)_z(29) c_e_svm(1)_p_def(25)_ -0.95814034484182931
     svm(1)_z(29) c_e_svm(1)_p_def(26)_ -1.9415384516138903
     svm(1)_z(29) c_e_svm(1)_p_def(27)_ -1.2739632069953815
     svm(1)_z(29) c_e_svm(1)_p_def(28)_ -1.0885853566720869
     svm(1)_z(29) c_e_svm(1)_p_def(29)_ -3.5938957438177703
     svm(1)_z(29) c_e_svm(1)_p_def(30)_ -1.5364175708983083
     svm(1)_z(29) c_e_svm(1)_p_def(31)_ -0.45630621626825246
     svm(1)_z(29) c_e_svm(1)_p_def(32)_ -1.8214782544390924
     svm(1)_z(29) c_e_svm(1)_p_def(33)_ -0.98916787347260837
     svm(1)_z(29) c_e_svm(1)_p_def(34)_ -1.2823434155793665
     svm(1)_z(29) c_e_svm(1)_p_def(35)_ -1.1788212541211212
     svm(1)_z(29) c_e_svm(1)_p_def(36)_ -1.596551358934972
     svm(1)_z(29) c_e_svm(1)_p_def(37)_ -0.9325673577929473
     svm(1)_z(29) c_e_svm(1)_p_def(38)_ -1.1925034562935641
     svm(1)_z(29) c_e_svm(1)_p_def(39)_ -1.6136948663116109
     svm(1)_z(30) c_u_crossed_ 0.015242885535082504
     svm(1)_z(30) c_u_svm(1)_z_le_alpha(30)_ 1
     svm(1)_z(30) c_u_svm(1)_z_ge_neg_alpha(30)_ -1
     svm(1)_z(30) c_u_svm(1)_z_ge_alpha_if_pos(30)_ -1
     svm(1)_z(30) c_u_svm(1)_z_le_neg_alpha_if_neg(30)_ 1
     svm(1)_z(30) c_e_svm(1)_p_def(0)_ 0.05818969828528299
     svm(1)_z(30) c_e_svm(1)_p_def(1)_ 0.052902522414659273
     svm(1)_z(30) c_e_svm(1)_p_def(2)_ 0.11577605217230331
     svm(1)_z(30) c_e_svm(1)_p_def(3)_ 0.063405492730513324
     svm(1)_z(30) c_e_svm(1)_p_def(4)_ 0.038920792606498333
     svm(1)_z(30) c_e_svm(1)_p_def(5)_ -0.052209556881158525
     svm(1)_z(30) c_e_svm(1)_p_def(6)_ 0.10137616138333735
     svm(1)_z(30) c_e_svm(1)_p_def(7)_ -0.021155085987178107
     svm(1)_z(30) c_e_svm(1)_p_def(8)_ -0.57946000576226642
     svm(1)_z(30) c_e_svm(1)_p_def(9)_ 0.14263857863089155
     svm(1)_z(30) c_e_svm(1)_p_def(10)_ 0.080998774879158936
     svm(1)_z(30) c_e_svm(1)_p_def(11)_ -0.13180320313587537
     svm(1)_z(30) c_e_svm(1)_p_def(12)_ -0.16847689237770946
     svm(1)_z(30) c_e_svm(1)_p_def(13)_ 0.10628542689332571
     svm(1)_z(30) c_e_svm(1)_p_def(14)_ 0.12425921134249135
     svm(1)_z(30) c_e_svm(1)_p_def(15)_ -0.33961611178018514
     svm(1)_z(30) c_e_svm(1)_p_def(16)_ -0.65026913450722645
     svm(1)_z(30) c_e_svm(1)_p_def(17)_ 0.092166340687673751
     svm(1)_z(30) c_e_svm(1)_p_def(18)_ -0.012632568388068005
     svm(1)_z(30) c_e_svm(1)_p_def(19)_ 0.065536973997087716
     svm(1)_z(30) c_e_svm(1)_p_def(20)_ -0.46854404244135112
     svm(1)_z(30) c_e_svm(1)_p_def(21)_ -0.46231562487607686
     svm(1)_z(30) c_e_svm(1)_p_def(22)_ -0.77229002060818908
     svm(1)_z(30) c_e_svm(1)_p_def(23)_ -0.13240819472669954
     svm(1)_z(30) c_e_svm(1)_p_def(24)_ -0.40969631695045899
     svm(1)_z(30) c_e_svm(1)_p_def(25)_ -0.47705272566939333
     svm(1)_z(30) c_e_svm(1)_p_def(26)_ -0.44546514872267401
     svm(1)_z(30) c_e_svm(1)_p_def(27)_ -1.2274638910627906
     svm(1)_z(30) c_e_svm(1)_p_def(28)_ -1.6068084829562612
     svm(1)_z(30) c_e_svm(1)_p_def(29)_ -1.5364175708983083
     svm(1)_z(30) c_e_svm(1)_p_def(30)_ -2.5303796853376479
     svm(1)_z(30) c_e_svm(1)_p_def(31)_ -0.39575242114262182
     svm(1)_z(30) c_e_svm(1)_p_def(32)_ -0.74401057296820916
     svm(1)_z(30) c_e_svm(1)_p_def(33)_ -0.37091497858968336
     svm(1)_z(30) c_e_svm(1)_p_def(34)_ -1.2035802867935252
     svm(1)_z(30) c_e_svm(1)_p_def(35)_ -0.71771131797730481
     svm(1)_z(30) c_e_svm(1)_p_def(36)_ -1.0178094238673108
     svm(1)_z(30) c_e_svm(1)_p_def(37)_ -0.33636954020909288
     svm(1)_z(30) c_e_svm(1)_p_def(38)_ -1.8595095493181004
     svm(1)_z(30) c_e_svm(1)_p_def(39)_ -2.3075403495875251
     svm(1)_z(31) c_u_crossed_ -0.0033891770303308977
     svm(1)_z(31) c_u_svm(1)_z_le_alpha(31)_ 1
     svm(1)_z(31) c_u_svm(1)_z_ge_neg_alpha(31)_ -1
     svm(1)_z(31) c_u_svm(1)_z_ge_alpha_if_pos(31)_ -1
     svm(1)_z(31) c_u_svm(1)_z_le_neg_alpha_if_neg(31)_ 1
     svm(1)_z(31) c_e_svm(1)_p_def(0)_ 0.00063885284141737553
     svm(1)_z(31) c_e_svm(1)_p_def(1)_ 0.077308924495394282
     svm(1)_z(31) c_e_svm(1)_p_def(2)_ -0.16509128859482214
     svm(1)_z(31) c_e_svm(1)_p_def(3)_ -0.13895520122137628
     svm(1)_z(31) c_e_svm(1)_p_def(4)_ -0.1758563340984089
     svm(1)_z(31) c_e_svm(1)_p_def(5)_ -0.061530093492377383
     svm(1)_z(31) c_e_svm(1)_p_def(6)_ 0.026112629788573608
     svm(1)_z(31) c_e_svm(1)_p_def(7)_ -0.15295409391717454
     svm(1)_z(31) c_e_svm(1)_p_def(8)_ -0.07750259443901808
     svm(1)_z(31) c_e_svm(1)_p_def(9)_ 0.0059859373039189423
     svm(1)_z(31) c_e_svm(1)_p_def(10)_ -0.10866181098344124
     svm(1)_z(31) c_e_svm(1)_p_def(11)_ -0.059217072252174485
     svm(1)_z(31) c_e_svm(1)_p_def(12)_ -0.010077449839902483
     svm(1)_z(31) c_e_svm(1)_p_def(13)_ -0.0098943782837729033
     svm(1)_z(31) c_e_svm(1)_p_def(14)_ -0.025442900670818724
     svm(1)_z(31) c_e_svm(1)_p_def(15)_ -0.10271321250655524
     svm(1)_z(31) c_e_svm(1)_p_def(16)_ -0.15801310527379647
     svm(1)_z(31) c_e_svm(1)_p_def(17)_ -0.037296280851924699
     svm(1)_z(31) c_e_svm(1)_p_def(18)_ -0.07461769248053049
     svm(1)_z(31) c_e_svm(1)_p_def(19)_ -0.057660270509241163
     svm(1)_z(31) c_e_svm(1)_p_def(20)_ -1.2940418935993914
     svm(1)_z(31) c_e_svm(1)_p_def(21)_ -1.4891626098831063
     svm(1)_z(31) c_e_svm(1)_p_def(22)_ -0.096104474224647629
     svm(1)_z(31) c_e_svm(1)_p_def(23)_ -0.9323909367412011
     svm(1)_z(31) c_e_svm(1)_p_def(24)_ -1.7846775363841512
     svm(1)_z(31) c_e_svm(1)_p_def(25)_ -1.2902113255281975
     svm(1)_z(31) c_e_svm(1)_p_def(26)_ -0.5512395616176462
     svm(1)_z(31) c_e_svm(1)_p_def(27)_ -0.007503993035336165
     svm(1)_z(31) c_e_svm(1)_p_def(28)_ -0.13738343207619122
     svm(1)_z(31) c_e_svm(1)_p_def(29)_ -0.45630621626825246
     svm(1)_z(31) c_e_svm(1)_p_def(30)_ -0.39575242114262182
     svm(1)_z(31) c_e_svm(1)_p_def(31)_ -2.1948056426507541
     svm(1)_z(31) c_e_svm(1)_p_def(32)_ -0.88204571631422746
     svm(1)_z(31) c_e_svm(1)_p_def(33)_ -1.2266241159669813
     svm(1)_z(31) c_e_svm(1)_p_def(34)_ -0.40094438501771784
     svm(1)_z(31) c_e_svm(1)_p_def(35)_ -1.4138572407722994
     svm(1)_z(31) c_e_svm(1)_p_def(36)_ -0.063115681633917065
     svm(1)_z(31) c_e_svm(1)_p_def(37)_ -0.79410718737939889
     svm(1)_z(31) c_e_svm(1)_p_def(38)_ -0.26961366475315279
     svm(1)_z(31) c_e_svm(1)_p_def(39)_ -0.27249964074998489
     svm(1)_z(32) c_u_crossed_ 0.065638585780646269
     svm(1)_z(32) c_u_svm(1)_z_le_alpha(32)_ 1
     svm(1)_z(32) c_u_svm(1)_z_ge_neg_alpha(32)_ -1
     svm(1)_z(32) c_u_svm(1)_z_ge_alpha_if_pos(32)_ -1
     svm(1)_z(32) c_u_svm(1)_z_le_neg_alpha_if_neg(32)_ 1
     svm(1)_z(32) c_e_svm(1)_p_def(0)_ 0.054780657311209915
     svm(1)_z(32) c_e_svm(1)_p_def(1)_ -0.0055636383077977414
     svm(1)_z(32) c_e_svm(1)_p_def(2)_ -0.011609821893703617
     svm(1)_z(32) c_e_svm(1)_p_def(3)_ 0.089780393630567196
     svm(1)_z(32) c_e_svm(1)_p_def(4)_ 0.13059232039863322
     svm(1)_z(32) c_e_svm(1)_p_def(5)_ 0.12695215041328062
     svm(1)_z(32) c_e_svm(1)_p_def(6)_ 0.020756816038320219
     svm(1)_z(32) c_e_svm(1)_p_def(7)_ 0.097545741732175478
     svm(1)_z(32) c_e_svm(1)_p_def(8)_ -0.10793969408422631
     svm(1)_z(32) c_e_svm(1)_p_def(9)_ -0.020216696666810918
     svm(1)_z(32) c_e_svm(1)_p_def(10)_ -0.063247017282621026
     svm(1)_z(32) c_e_svm(1)_p_def(11)_ -0.39097257510057343
     svm(1)_z(32) c_e_svm(1)_p_def(12)_ 0.066604053927010062
     svm(1)_z(32) c_e_svm(1)_p_def(13)_ 0.069333100148125687
     svm(1)_z(32) c_e_svm(1)_p_def(14)_ 0.0014716785605105309
     svm(1)_z(32) c_e_svm(1)_p_def(15)_ 0.00063719967005390621
     svm(1)_z(32) c_e_svm(1)_p_def(16)_ -0.11807494266399488
     svm(1)_z(32) c_e_svm(1)_p_def(17)_ 0.046131392069669333
     svm(1)_z(32) c_e_svm(1)_p_def(18)_ 0.11552317867461037
     svm(1)_z(32) c_e_svm(1)_p_def(19)_ 0.1178686278305546
     svm(1)_z(32) c_e_svm(1)_p_def(20)_ -0.59502986067747421
     svm(1)_z(32) c_e_svm(1)_p_def(21)_ -0.59285006014240937
     svm(1)_z(32) c_e_svm(1)_p_def(22)_ -0.056430726405924753
     svm(1)_z(32) c_e_svm(1)_p_def(23)_ -0.35476927262841512
     svm(1)_z(32) c_e_svm(1)_p_def(24)_ -1.0911999137385737
     svm(1)_z(32) c_e_svm(1)_p_def(25)_ -1.4505727866700933
     svm(1)_z(32) c_e_svm(1)_p_def(26)_ -1.6749904412969856
     svm(1)_z(32) c_e_svm(1)_p_def(27)_ -0.39604525168990112
     svm(1)_z(32) c_e_svm(1)_p_def(28)_ -0.52836623055232035
     svm(1)_z(32) c_e_svm(1)_p_def(29)_ -1.8214782544390924
     svm(1)_z(32) c_e_svm(1)_p_def(30)_ -0.74401057296820916
     svm(1)_z(32) c_e_svm(1)_p_def(31)_ -0.88204571631422746
     svm(1)_z(32) c_e_svm(1)_p_def(32)_ -2.0402075791799024
     svm(1)_z(32) c_e_svm(1)_p_def(33)_ -1.3569635776034001
     svm(1)_z(32) c_e_svm(1)_p_def(34)_ -0.73331175905749357
     svm(1)_z(32) c_e_svm(1)_p_def(35)_ -1.3602159575610027
     svm(1)_z(32) c_e_svm(1)_p_def(36)_ -0.23825314231560951
     svm(1)_z(32) c_e_svm(1)_p_def(37)_ -1.2048205562687992
     svm(1)_z(32) c_e_svm(1)_p_def(38)_ -0.60040229426379055
     svm(1)_z(32) c_e_svm(1)_p_def(39)_ -0.71164704548037705
     svm(1)_z(33) c_u_crossed_ -0.033583902428372489
     svm(1)_z(33) c_u_svm(1)_z_le_alpha(33)_ 1
     svm(1)_z(33) c_u_svm(1)_z_ge_neg_alpha(33)_ -1
     svm(1)_z(33) c_u_svm(1)_z_ge_alpha_if_pos(33)_ -1
     svm(1)_z(33) c_u_svm(1)_z_le_neg_alpha_if_neg(33)_ 1
     svm(1)_z(33) c_e_svm(1)_p_def(0)_ -0.0018175512731692933
     svm(1)_z(33) c_e_svm(1)_p_def(1)_ 0.080322057004905259
     svm(1)_z(33) c_e_svm(1)_p_def(2)_ 0.018695926541558092
     svm(1)_z(33) c_e_svm(1)_p_def(3)_ 0.045428079332551607
     svm(1)_z(33) c_e_svm(1)_p_def(4)_ 0.0254175646402722
     svm(1)_z(33) c_e_svm(1)_p_def(5)_ -0.0045013846276941993
     svm(1)_z(33) c_e_svm(1)_p_def(6)_ -0.013921804762921666
     svm(1)_z(33) c_e_svm(1)_p_def(7)_ 0.08526627973819402
     svm(1)_z(33) c_e_svm(1)_p_def(8)_ -0.087935561308913862
     svm(1)_z(33) c_e_svm(1)_p_def(9)_ 0.068327546977066028
     svm(1)_z(33) c_e_svm(1)_p_def(10)_ 0.024311771016651912
     svm(1)_z(33) c_e_svm(1)_p_def(11)_ -0.052518550731523728
     svm(1)_z(33) c_e_svm(1)_p_def(12)_ -0.0062548855725546998
     svm(1)_z(33) c_e_svm(1)_p_def(13)_ 0.027051781426800758
     svm(1)_z(33) c_e_svm(1)_p_def(14)_ 0.061301407939687746
     svm(1)_z(33) c_e_svm(1)_p_def(15)_ -0.10865655977107795
     svm(1)_z(33) c_e_svm(1)_p_def(16)_ -0.28992691558738098
     svm(1)_z(33) c_e_svm(1)_p_def(17)_ -0.032646309554742237
     svm(1)_z(33) c_e_svm(1)_p_def(18)_ 0.010463181874441813
     svm(1)_z(33) c_e_svm(1)_p_def(19)_ 0.042843492064793612
     svm(1)_z(33) c_e_svm(1)_p_def(20)_ -1.0095101503721533
     svm(1)_z(33) c_e_svm(1)_p_def(21)_ -1.1322696268593797
     svm(1)_z(33) c_e_svm(1)_p_def(22)_ 0.03447273499671881
     svm(1)_z(33) c_e_svm(1)_p_def(23)_ -0.68240038759985122
     svm(1)_z(33) c_e_svm(1)_p_def(24)_ -1.1366158772527413
     svm(1)_z(33) c_e_svm(1)_p_def(25)_ -1.5861438908289536
     svm(1)_z(33) c_e_svm(1)_p_def(26)_ -1.8597321762063408
     svm(1)_z(33) c_e_svm(1)_p_def(27)_ -0.051070227196566786
     svm(1)_z(33) c_e_svm(1)_p_def(28)_ -0.48134468039106548
     svm(1)_z(33) c_e_svm(1)_p_def(29)_ -0.98916787347260837
     svm(1)_z(33) c_e_svm(1)_p_def(30)_ -0.37091497858968336
     svm(1)_z(33) c_e_svm(1)_p_def(31)_ -1.2266241159669813
     svm(1)_z(33) c_e_svm(1)_p_def(32)_ -1.3569635776034001
     svm(1)_z(33) c_e_svm(1)_p_def(33)_ -1.9395136957435124
     svm(1)_z(33) c_e_svm(1)_p_def(34)_ -0.27985626362996735
     svm(1)_z(33) c_e_svm(1)_p_def(35)_ -0.98511686181097602
     svm(1)_z(33) c_e_svm(1)_p_def(36)_ -0.038061504665355989
     svm(1)_z(33) c_e_svm(1)_p_def(37)_ -1.4207977994050798
     svm(1)_z(33) c_e_svm(1)_p_def(38)_ -0.30654197380924159
     svm(1)_z(33) c_e_svm(1)_p_def(39)_ -0.4989533612201702
     svm(1)_z(34) c_u_crossed_ -0.056198258877076038
     svm(1)_z(34) c_u_svm(1)_z_le_alpha(34)_ 1
     svm(1)_z(34) c_u_svm(1)_z_ge_neg_alpha(34)_ -1
     svm(1)_z(34) c_u_svm(1)_z_ge_alpha_if_pos(34)_ -1
     svm(1)_z(34) c_u_svm(1)_z_le_neg_alpha_if_neg(34)_ 1
     svm(1)_z(34) c_e_svm(1)_p_def(0)_ -0.047483273192017145
     svm(1)_z(34) c_e_svm(1)_p_def(1)_ -0.10177326046774149
     svm(1)_z(34) c_e_svm(1)_p_def(2)_ 0.052204944597178643
     svm(1)_z(34) c_e_svm(1)_p_def(3)_ 0.037255262063673147
     svm(1)_z(34) c_e_svm(1)_p_def(4)_ 0.078326043258257691
     svm(1)_z(34) c_e_svm(1)_p_def(5)_ 0.022031987987256196
     svm(1)_z(34) c_e_svm(1)_p_def(6)_ 0.082233546921550132
     svm(1)_z(34) c_e_svm(1)_p_def(7)_ 0.018039208851604593
     svm(1)_z(34) c_e_svm(1)_p_def(8)_ -0.31738129972809398
     svm(1)_z(34) c_e_svm(1)_p_def(9)_ 0.070485017950516912
     svm(1)_z(34) c_e_svm(1)_p_def(10)_ 0.066828088209525321
     svm(1)_z(34) c_e_svm(1)_p_def(11)_ -0.28524444182361369
     svm(1)_z(34) c_e_svm(1)_p_def(12)_ -0.18416023711350726
     svm(1)_z(34) c_e_svm(1)_p_def(13)_ 0.064963440897478977
     svm(1)_z(34) c_e_svm(1)_p_def(14)_ 0.055442120847028889
     svm(1)_z(34) c_e_svm(1)_p_def(15)_ -0.26533967412340126
     svm(1)_z(34) c_e_svm(1)_p_def(16)_ -0.21503658861913583
     svm(1)_z(34) c_e_svm(1)_p_def(17)_ 0.035397903980167164
     svm(1)_z(34) c_e_svm(1)_p_def(18)_ 0.057788447881696903
     svm(1)_z(34) c_e_svm(1)_p_def(19)_ 0.076434304172754222
     svm(1)_z(34) c_e_svm(1)_p_def(20)_ -0.14072237185980413
     svm(1)_z(34) c_e_svm(1)_p_def(21)_ -0.16269025404065501
     svm(1)_z(34) c_e_svm(1)_p_def(22)_ -0.79710182343715408
     svm(1)_z(34) c_e_svm(1)_p_def(23)_ -0.21637339915554391
     svm(1)_z(34) c_e_svm(1)_p_def(24)_ -0.4370196516318654
     svm(1)_z(34) c_e_svm(1)_p_def(25)_ -0.5607830148503502
     svm(1)_z(34) c_e_svm(1)_p_def(26)_ -0.35491780444348792
     svm(1)_z(34) c_e_svm(1)_p_def(27)_ -0.96333867791983807
     svm(1)_z(34) c_e_svm(1)_p_def(28)_ -0.69334123392891533
     svm(1)_z(34) c_e_svm(1)_p_def(29)_ -1.2823434155793665
     svm(1)_z(34) c_e_svm(1)_p_def(30)_ -1.2035802867935252
     svm(1)_z(34) c_e_svm(1)_p_def(31)_ -0.40094438501771784
     svm(1)_z(34) c_e_svm(1)_p_def(32)_ -0.73331175905749357
     svm(1)_z(34) c_e_svm(1)_p_def(33)_ -0.27985626362996735
     svm(1)_z(34) c_e_svm(1)_p_def(34)_ -1.5174126172508167
     svm(1)_z(34) c_e_svm(1)_p_def(35)_ -0.75215210713576142
     svm(1)_z(34) c_e_svm(1)_p_def(36)_ -0.94083313925530032
     svm(1)_z(34) c_e_svm(1)_p_def(37)_ -0.48882934979614312
     svm(1)_z(34) c_e_svm(1)_p_def(38)_ -1.1938689271470384
     svm(1)_z(34) c_e_svm(1)_p_def(39)_ -0.77357196601595635
     svm(1)_z(35) c_u_crossed_ 0.079650307432248768
     svm(1)_z(35) c_u_svm(1)_z_le_alpha(35)_ 1
     svm(1)_z(35) c_u_svm(1)_z_ge_neg_alpha(35)_ -1
     svm(1)_z(35) c_u_svm(1)_z_ge_alpha_if_pos(35)_ -1
     svm(1)_z(35) c_u_svm(1)_z_le_neg_alpha_if_neg(35)_ 1
     svm(1)_z(35) c_e_svm(1)_p_def(0)_ 0.061799797440659554
     svm(1)_z(35) c_e_svm(1)_p_def(1)_ 0.025223485338455504
     svm(1)_z(35) c_e_svm(1)_p_def(2)_ -0.12200432226200821
     svm(1)_z(35) c_e_svm(1)_p_def(3)_ 0.0048612730152301775
     svm(1)_z(35) c_e_svm(1)_p_def(4)_ 0.062520691789829372
     svm(1)_z(35) c_e_svm(1)_p_def(5)_ 0.10975505936854502
     svm(1)_z(35) c_e_svm(1)_p_def(6)_ 0.049805489462979483
     svm(1)_z(35) c_e_svm(1)_p_def(7)_ -0.032326734507829052
     svm(1)_z(35) c_e_svm(1)_p_def(8)_ -0.0050728949532569956
     svm(1)_z(35) c_e_svm(1)_p_def(9)_ -0.03699781920445272
     svm(1)_z(35) c_e_svm(1)_p_def(10)_ -0.14350186201867737
     svm(1)_z(35) c_e_svm(1)_p_def(11)_ -0.23351552661463459
     svm(1)_z(35) c_e_svm(1)_p_def(12)_ 0.071212985287482183
     svm(1)_z(35) c_e_svm(1)_p_def(13)_ 0.051483766899101502
     svm(1)_z(35) c_e_svm(1)_p_def(14)_ -0.041575818161891098
     svm(1)_z(35) c_e_svm(1)_p_def(15)_ 0.048401930043313113
     svm(1)_z(35) c_e_svm(1)_p_def(16)_ 0.027239197246526514
     svm(1)_z(35) c_e_svm(1)_p_def(17)_ 0.046399862099472139
     svm(1)_z(35) c_e_svm(1)_p_def(18)_ 0.08494790504440701
     svm(1)_z(35) c_e_svm(1)_p_def(19)_ 0.082881271854180691
     svm(1)_z(35) c_e_svm(1)_p_def(20)_ -0.89759384930920771
     svm(1)_z(35) c_e_svm(1)_p_def(21)_ -0.92852037849535596
     svm(1)_z(35) c_e_svm(1)_p_def(22)_ -0.14848468930204695
     svm(1)_z(35) c_e_svm(1)_p_def(23)_ -0.46445169205451164
     svm(1)_z(35) c_e_svm(1)_p_def(24)_ -1.5071722960875995
     svm(1)_z(35) c_e_svm(1)_p_def(25)_ -1.2372069238913777
     svm(1)_z(35) c_e_svm(1)_p_def(26)_ -0.66218524429440451
     svm(1)_z(35) c_e_svm(1)_p_def(27)_ -0.25076966834654907
     svm(1)_z(35) c_e_svm(1)_p_def(28)_ -0.26661265563051167
     svm(1)_z(35) c_e_svm(1)_p_def(29)_ -1.1788212541211212
     svm(1)_z(35) c_e_svm(1)_p_def(30)_ -0.71771131797730481
     svm(1)_z(35) c_e_svm(1)_p_def(31)_ -1.4138572407722994
     svm(1)_z(35) c_e_svm(1)_p_def(32)_ -1.3602159575610027
     svm(1)_z(35) c_e_svm(1)_p_def(33)_ -0.98511686181097602
     svm(1)_z(35) c_e_svm(1)_p_def(34)_ -0.75215210713576142
     svm(1)_z(35) c_e_svm(1)_p_def(35)_ -1.7973516541072398
     svm(1)_z(35) c_e_svm(1)_p_def(36)_ -0.25221996673483538
     svm(1)_z(35) c_e_svm(1)_p_def(37)_ -0.74110950031846989
     svm(1)_z(35) c_e_svm(1)_p_def(38)_ -0.53084930238904915
     svm(1)_z(35) c_e_svm(1)_p_def(39)_ -0.51238393864615783
     svm(1)_z(36) c_u_crossed_ -0.19783325622981041
     svm(1)_z(36) c_u_svm(1)_z_le_alpha(36)_ 1
     svm(1)_z(36) c_u_svm(1)_z_ge_neg_alpha(36)_ -1
     svm(1)_z(36) c_u_svm(1)_z_ge_alpha_if_pos(36)_ -1
     svm(1)_z(36) c_u_svm(1)_z_le_neg_alpha_if_neg(36)_ 1
     svm(1)_z(36) c_e_svm(1)_p_def(0)_ -0.20882164695672339
     svm(1)_z(36) c_e_svm(1)_p_def(1)_ -0.39956990876860921
     svm(1)_z(36) c_e_svm(1)_p_def(2)_ -0.039630470014196562
     svm(1)_z(36) c_e_svm(1)_p_def(3)_ -0.073985929937334133
     svm(1)_z(36) c_e_svm(1)_p_def(4)_ -0.1355047157401425
     svm(1)_z(36) c_e_svm(1)_p_def(5)_ -0.14242995426527716
     svm(1)_z(36) c_e_svm(1)_p_def(6)_ 0.020760764951897465
     svm(1)_z(36) c_e_svm(1)_p_def(7)_ -0.20195588371433507
     svm(1)_z(36) c_e_svm(1)_p_def(8)_ -0.5078595628326823
     svm(1)_z(36) c_e_svm(1)_p_def(9)_ -0.13995813058113946
     svm(1)_z(36) c_e_svm(1)_p_def(10)_ -0.10105252404387585
     svm(1)_z(36) c_e_svm(1)_p_def(11)_ -0.529465350548325
     svm(1)_z(36) c_e_svm(1)_p_def(12)_ -0.41568543530846774
     svm(1)_z(36) c_e_svm(1)_p_def(13)_ 0.017580398813489162
     svm(1)_z(36) c_e_svm(1)_p_def(14)_ -0.067168534702213761
     svm(1)_z(36) c_e_svm(1)_p_def(15)_ -0.38142072918482528
     svm(1)_z(36) c_e_svm(1)_p_def(16)_ -0.35324417461760355
     svm(1)_z(36) c_e_svm(1)_p_def(17)_ -0.0072136143343184689
     svm(1)_z(36) c_e_svm(1)_p_def(18)_ -0.1455691441889661
     svm(1)_z(36) c_e_svm(1)_p_def(19)_ -0.062676466881879778
     svm(1)_z(36) c_e_svm(1)_p_def(20)_ -0.72852418558836141
     svm(1)_z(36) c_e_svm(1)_p_def(21)_ -0.80093307263840474
     svm(1)_z(36) c_e_svm(1)_p_def(22)_ -1.8926990856993862
     svm(1)_z(36) c_e_svm(1)_p_def(23)_ 0.098825468363429952
     svm(1)_z(36) c_e_svm(1)_p_def(24)_ -0.039724987201687378
     svm(1)_z(36) c_e_svm(1)_p_def(25)_ -0.0093008819731897618
     svm(1)_z(36) c_e_svm(1)_p_def(26)_ -0.45266107840850972
     svm(1)_z(36) c_e_svm(1)_p_def(27)_ -1.3164359327694235
     svm(1)_z(36) c_e_svm(1)_p_def(28)_ -0.66225898733442201
     svm(1)_z(36) c_e_svm(1)_p_def(29)_ -1.596551358934972
     svm(1)_z(36) c_e_svm(1)_p_def(30)_ -1.0178094238673108
     svm(1)_z(36) c_e_svm(1)_p_def(31)_ -0.063115681633917065
     svm(1)_z(36) c_e_svm(1)_p_def(32)_ -0.23825314231560951
     svm(1)_z(36) c_e_svm(1)_p_def(33)_ -0.038061504665355989
     svm(1)_z(36) c_e_svm(1)_p_def(34)_ -0.94083313925530032
     svm(1)_z(36) c_e_svm(1)_p_def(35)_ -0.25221996673483538
     svm(1)_z(36) c_e_svm(1)_p_def(36)_ -2.844474165104335
     svm(1)_z(36) c_e_svm(1)_p_def(37)_ -0.090379172034836155
     svm(1)_z(36) c_e_svm(1)_p_def(38)_ -0.83211933035452512
     svm(1)_z(36) c_e_svm(1)_p_def(39)_ -1.0004858666008343
     svm(1)_z(37) c_u_crossed_ -0.20589169618610423
     svm(1)_z(37) c_u_svm(1)_z_le_alpha(37)_ 1
     svm(1)_z(37) c_u_svm(1)_z_ge_neg_alpha(37)_ -1
     svm(1)_z(37) c_u_svm(1)_z_ge_alpha_if_pos(37)_ -1
     svm(1)_z(37) c_u_svm(1)_z_le_neg_alpha_if_neg(37)_ 1
     svm(1)_z(37) c_e_svm(1)_p_def(0)_ -0.16235170255780884
     svm(1)_z(37) c_e_svm(1)_p_def(1)_ -0.035377326439173684
     svm(1)_z(37) c_e_svm(1)_p_def(2)_ 0.042667455221370956
     svm(1)_z(37) c_e_svm(1)_p_def(3)_ 0.054931102404504897
     svm(1)_z(37) c_e_svm(1)_p_def(4)_ 0.07669014592143579
     svm(1)_z(37) c_e_svm(1)_p_def(5)_ -0.034589870901166039
     svm(1)_z(37) c_e_svm(1)_p_def(6)_ -0.072621121853849641
     svm(1)_z(37) c_e_svm(1)_p_def(7)_ 0.11345770689051256
     svm(1)_z(37) c_e_svm(1)_p_def(8)_ -0.10058665573793715
     svm(1)_z(37) c_e_svm(1)_p_def(9)_ 0.060090429538753737
     svm(1)_z(37) c_e_svm(1)_p_def(10)_ 0.079475759188963629
     svm(1)_z(37) c_e_svm(1)_p_def(11)_ -0.074311057839877223
     svm(1)_z(37) c_e_svm(1)_p_def(12)_ -0.16505775346604823
     svm(1)_z(37) c_e_svm(1)_p_def(13)_ -0.033613383627597956
     svm(1)_z(37) c_e_svm(1)_p_def(14)_ 0.047989959215131828
     svm(1)_z(37) c_e_svm(1)_p_def(15)_ -0.21285209581802098
     svm(1)_z(37) c_e_svm(1)_p_def(16)_ -0.23390855980563308
     svm(1)_z(37) c_e_svm(1)_p_def(17)_ -0.1512642073866815
     svm(1)_z(37) c_e_svm(1)_p_def(18)_ 0.035682255949027242
     svm(1)_z(37) c_e_svm(1)_p_def(19)_ 0.046566832991677826
     svm(1)_z(37) c_e_svm(1)_p_def(20)_ -0.43393745696598279
     svm(1)_z(37) c_e_svm(1)_p_def(21)_ -0.51073482081739119
     svm(1)_z(37) c_e_svm(1)_p_def(22)_ -0.02295089899236348
     svm(1)_z(37) c_e_svm(1)_p_def(23)_ -0.68565400897347828
     svm(1)_z(37) c_e_svm(1)_p_def(24)_ -0.74343475856845165
     svm(1)_z(37) c_e_svm(1)_p_def(25)_ -1.521723728407302
     svm(1)_z(37) c_e_svm(1)_p_def(26)_ -1.6636566986528338
     svm(1)_z(37) c_e_svm(1)_p_def(27)_ -0.1216162331564887
     svm(1)_z(37) c_e_svm(1)_p_def(28)_ -0.57843127190556398
     svm(1)_z(37) c_e_svm(1)_p_def(29)_ -0.9325673577929473
     svm(1)_z(37) c_e_svm(1)_p_def(30)_ -0.33636954020909288
     svm(1)_z(37) c_e_svm(1)_p_def(31)_ -0.79410718737939889
     svm(1)_z(37) c_e_svm(1)_p_def(32)_ -1.2048205562687992
     svm(1)_z(37) c_e_svm(1)_p_def(33)_ -1.4207977994050798
     svm(1)_z(37) c_e_svm(1)_p_def(34)_ -0.48882934979614312
     svm(1)_z(37) c_e_svm(1)_p_def(35)_ -0.74110950031846989
     svm(1)_z(37) c_e_svm(1)_p_def(36)_ -0.090379172034836155
     svm(1)_z(37) c_e_svm(1)_p_def(37)_ -1.6624550508014442
     svm(1)_z(37) c_e_svm(1)_p_def(38)_ -0.45230088518637901
     svm(1)_z(37) c_e_svm(1)_p_def(39)_ -0.33589993573503102
     svm(1)_z(38) c_u_crossed_ -0.080502002888004395
     svm(1)_z(38) c_u_svm(1)_z_le_alpha(38)_ 1
     svm(1)_z(38) c_u_svm(1)_z_ge_neg_alpha(38)_ -1
     svm(1)_z(38) c_u_svm(1)_z_ge_alpha_if_pos(38)_ -1
     svm(1)_z(38) c_u_svm(1)_z_le_neg_alpha_if_neg(38)_ 1
     svm(1)_z(38) c_e_svm(1)_p_def(0)_ -0.021347508741430682
     svm(1)_z(38) c_e_svm(1)_p_def(1)_ 0.016401943070592923
     svm(1)_z(38) c_e_svm(1)_p_def(2)_ 0.096405763714458984
     svm(1)_z(38) c_e_svm(1)_p_def(3)_ 0.017761480928401671
     svm(1)_z(38) c_e_svm(1)_p_def(4)_ 0.021641939084471262
     svm(1)_z(38) c_e_svm(1)_p_def(5)_ -0.15378471373014993
     svm(1)_z(38) c_e_svm(1)_p_def(6)_ 0.061060676934969416
     svm(1)_z(38) c_e_svm(1)_p_def(7)_ -0.015353139970293167
     svm(1)_z(38) c_e_svm(1)_p_def(8)_ -0.3296255139577875
     svm(1)_z(38) c_e_svm(1)_p_def(9)_ 0.12734563810326996
     svm(1)_z(38) c_e_svm(1)_p_def(10)_ 0.090473854511107038
     svm(1)_z(38) c_e_svm(1)_p_def(11)_ -0.0015861063312858081
     svm(1)_z(38) c_e_svm(1)_p_def(12)_ -0.22863271269560465
     svm(1)_z(38) c_e_svm(1)_p_def(13)_ 0.057201153587356765
     svm(1)_z(38) c_e_svm(1)_p_def(14)_ 0.10287451818609808
     svm(1)_z(38) c_e_svm(1)_p_def(15)_ -0.2941172041661233
     svm(1)_z(38) c_e_svm(1)_p_def(16)_ -0.40737076320227517
     svm(1)_z(38) c_e_svm(1)_p_def(17)_ 0.027674981382840733
     svm(1)_z(38) c_e_svm(1)_p_def(18)_ -0.06102661903574777
     svm(1)_z(38) c_e_svm(1)_p_def(19)_ 0.011806209785249058
     svm(1)_z(38) c_e_svm(1)_p_def(20)_ -0.18466481755631156
     svm(1)_z(38) c_e_svm(1)_p_def(21)_ -0.18386434395426005
     svm(1)_z(38) c_e_svm(1)_p_def(22)_ -0.69541354628119378
     svm(1)_z(38) c_e_svm(1)_p_def(23)_ -0.21650902495184174
     svm(1)_z(38) c_e_svm(1)_p_def(24)_ -0.25967024936830574
     svm(1)_z(38) c_e_svm(1)_p_def(25)_ -0.51443817677468362
     svm(1)_z(38) c_e_svm(1)_p_def(26)_ -0.4155241462020044
     svm(1)_z(38) c_e_svm(1)_p_def(27)_ -0.99085978829541033
     svm(1)_z(38) c_e_svm(1)_p_def(28)_ -1.5172353939631034
     svm(1)_z(38) c_e_svm(1)_p_def(29)_ -1.1925034562935641
     svm(1)_z(38) c_e_svm(1)_p_def(30)_ -1.8595095493181004
     svm(1)_z(38) c_e_svm(1)_p_def(31)_ -0.26961366475315279
     svm(1)_z(38) c_e_svm(1)_p_def(32)_ -0.60040229426379055
     svm(1)_z(38) c_e_svm(1)_p_def(33)_ -0.30654197380924159
     svm(1)_z(38) c_e_svm(1)_p_def(34)_ -1.1938689271470384
     svm(1)_z(38) c_e_svm(1)_p_def(35)_ -0.53084930238904915
     svm(1)_z(38) c_e_svm(1)_p_def(36)_ -0.83211933035452512
     svm(1)_z(38) c_e_svm(1)_p_def(37)_ -0.45230088518637901
     svm(1)_z(38) c_e_svm(1)_p_def(38)_ -1.8444080067938389
     svm(1)_z(38) c_e_svm(1)_p_def(39)_ -1.6102743813718043
     svm(1)_z(39) c_u_crossed_ -0.02211934675689195
     svm(1)_z(39) c_u_svm(1)_z_le_alpha(39)_ 1
     svm(1)_z(39) c_u_svm(1)_z_ge_neg_alpha(39)_ -1
     svm(1)_z(39) c_u_svm(1)_z_ge_alpha_if_pos(39)_ -1
     svm(1)_z(39) c_u_svm(1)_z_le_neg_alpha_if_neg(39)_ 1
     svm(1)_z(39) c_e_svm(1)_p_def(0)_ 0.034604734380686092
     svm(1)_z(39) c_e_svm(1)_p_def(1)_ 0.040411385240700148
     svm(1)_z(39) c_e_svm(1)_p_def(2)_ 0.12594955510762584
     svm(1)_z(39) c_e_svm(1)_p_def(3)_ 0.082655330335293084
     svm(1)_z(39) c_e_svm(1)_p_def(4)_ 0.017915040636108492
     svm(1)_z(39) c_e_svm(1)_p_def(5)_ -0.090409973656052994
     svm(1)_z(39) c_e_svm(1)_p_def(6)_ 0.037043159727606967
     svm(1)_z(39) c_e_svm(1)_p_def(7)_ -0.0013831000151627859
     svm(1)_z(39) c_e_svm(1)_p_def(8)_ -0.6542963480778039
     svm(1)_z(39) c_e_svm(1)_p_def(9)_ 0.12703818431508934
     svm(1)_z(39) c_e_svm(1)_p_def(10)_ 0.056614579837054146
     svm(1)_z(39) c_e_svm(1)_p_def(11)_ -0.11957281946650561
     svm(1)_z(39) c_e_svm(1)_p_def(12)_ -0.21014114807618667
     svm(1)_z(39) c_e_svm(1)_p_def(13)_ 0.09708799979626527
     svm(1)_z(39) c_e_svm(1)_p_def(14)_ 0.12539490111842216
     svm(1)_z(39) c_e_svm(1)_p_def(15)_ -0.35951238748976327
     svm(1)_z(39) c_e_svm(1)_p_def(16)_ -0.84383315513293566
     svm(1)_z(39) c_e_svm(1)_p_def(17)_ 0.064022297140110415
     svm(1)_z(39) c_e_svm(1)_p_def(18)_ -0.056070615084311271
     svm(1)_z(39) c_e_svm(1)_p_def(19)_ 0.043364574493541808
     svm(1)_z(39) c_e_svm(1)_p_def(20)_ -0.75372204357511641
     svm(1)_z(39) c_e_svm(1)_p_def(21)_ -0.72805507849594775
     svm(1)_z(39) c_e_svm(1)_p_def(22)_ -0.60861941968839672
     svm(1)_z(39) c_e_svm(1)_p_def(23)_ -0.040580473074585788
     svm(1)_z(39) c_e_svm(1)_p_def(24)_ -0.27703199040194365
     svm(1)_z(39) c_e_svm(1)_p_def(25)_ -0.4153713994974656
     svm(1)_z(39) c_e_svm(1)_p_def(26)_ -0.77927522823430617
     svm(1)_z(39) c_e_svm(1)_p_def(27)_ -1.0672779270231878
     svm(1)_z(39) c_e_svm(1)_p_def(28)_ -1.8941100296983289
     svm(1)_z(39) c_e_svm(1)_p_def(29)_ -1.6136948663116109
     svm(1)_z(39) c_e_svm(1)_p_def(30)_ -2.3075403495875251
     svm(1)_z(39) c_e_svm(1)_p_def(31)_ -0.27249964074998489
     svm(1)_z(39) c_e_svm(1)_p_def(32)_ -0.71164704548037705
     svm(1)_z(39) c_e_svm(1)_p_def(33)_ -0.4989533612201702
     svm(1)_z(39) c_e_svm(1)_p_def(34)_ -0.77357196601595635
     svm(1)_z(39) c_e_svm(1)_p_def(35)_ -0.51238393864615783
     svm(1)_z(39) c_e_svm(1)_p_def(36)_ -1.0004858666008343
     svm(1)_z(39) c_e_svm(1)_p_def(37)_ -0.33589993573503102
     svm(1)_z(39) c_e_svm(1)_p_def(38)_ -1.6102743813718043
     svm(1)_z(39) c_e_svm(1)_p_def(39)_ -2.9187749569140351
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
     svm(1)_w(30) c_e_svm(1)_stationarity(30)_ 1
     svm(1)_w(30) c_u_svm(1)_w_minus_p_le(30)_ 1
     svm(1)_w(30) c_u_svm(1)_w_minus_p_ge(30)_ -1
     svm(1)_w(30) c_u_svm(1)_w_plus_p_le(30)_ 1
     svm(1)_w(30) c_u_svm(1)_w_plus_p_ge(30)_ -1
     svm(1)_w(31) c_e_svm(1)_stationarity(31)_ 1
     svm(1)_w(31) c_u_svm(1)_w_minus_p_le(31)_ 1
     svm(1)_w(31) c_u_svm(1)_w_minus_p_ge(31)_ -1
     svm(1)_w(31) c_u_svm(1)_w_plus_p_le(31)_ 1
     svm(1)_w(31) c_u_svm(1)_w_plus_p_ge(31)_ -1
     svm(1)_w(32) c_e_svm(1)_stationarity(32)_ 1
     svm(1)_w(32) c_u_svm(1)_w_minus_p_le(32)_ 1
     svm(1)_w(32) c_u_svm(1)_w_minus_p_ge(32)_ -1
     svm(1)_w(32) c_u_svm(1)_w_plus_p_le(32)_ 1
     svm(1)_w(32) c_u_svm(1)_w_plus_p_ge(32)_ -1
     svm(1)_w(33) c_e_svm(1)_stationarity(33)_ 1
     svm(1)_w(33) c_u_svm(1)_w_minus_p_le(33)_ 1
     svm(1)_w(33) c_u_svm(1)_w_minus_p_ge(33)_ -1
     svm(1)_w(33) c_u_svm(1)_w_plus_p_le(33)_ 1
     svm(1)_w(33) c_u_svm(1)_w_plus_p_ge(33)_ -1
     svm(1)_w(34) c_e_svm(1)_stationarity(34)_ 1
     svm(1)_w(34) c_u_svm(1)_w_minus_p_le(34)_ 1
     svm(1)_w(34) c_u_svm(1)_w_minus_p_ge(34)_ -1
     svm(1)_w(34) c_u_svm(1)_w_plus_p_le(34)_ 1
     svm(1)_w(34) c_u_svm(1)_w_plus_p_ge(34)_ -1
     svm(1)_w(35) c_e_svm(1)_stationarity(35)_ 1
     svm(1)_w(35) c_u_svm(1)_w_minus_p_le(35)_ 1
     svm(1)_w(35) c_u_svm(1)_w_minus_p_ge(35)_ -1
     svm(1)_w(35) c_u_svm(1)_w_plus_p_le(35)_ 1
     svm(1)_w(35) c_u_svm(1)_w_plus_p_ge(35)_ -1
     svm(1)_w(36) c_e_svm(1)_stationarity(36)_ 1
     svm(1)_w(36) c_u_svm(1)_w_minus_p_le(36)_ 1
     svm(1)_w(36) c_u_svm(1)_w_minus_p_ge(36)_ -1
     svm(1)_w(36) c_u_svm(1)_w_plus_p_le(36)_ 1
     svm(1)_w(36) c_u_svm(1)_w_plus_p_ge(36)_ -1
     svm(1)_w(37) c_e_svm(1)_stationarity(37)_ 1
     svm(1)_w(37) c_u_svm(1)_w_minus_p_le(37)_ 1
     svm(1)_w(37) c_u_svm(1)_w_minus_p_ge(37)_ -1
     svm(1)_w(37) c_u_svm(1)_w_plus_p_le(37)_ 1
     svm(1)_w(37) c_u_svm(1)_w_plus_p_ge(37)_ -1
     svm(1)_w(38) c_e_svm(1)_stationarity(38)_ 1
     svm(1)_w(38) c_u_svm(1)_w_minus_p_le(38)_ 1
     svm(1)_w(38) c_u_svm(1)_w_minus_p_ge(38)_ -1
     svm(1)_w(38) c_u_svm(1)_w_plus_p_le(38)_ 1
     svm(1)_w(38) c_u_svm(1)_w_plus_p_ge(38)_ -1
     svm(1)_w(39) c_e_svm(1)_stationarity(39)_ 1
     svm(1)_w(39) c_u_svm(1)_w_minus_p_le(39)_ 1
     svm(1)_w(39) c_u_svm(1)_w_minus_p_ge(39)_ -1
     svm(1)_w(39) c_u_svm(1)_w_plus_p_le(39)_ 1
     svm(1)_w(39) c_u_svm(1)_w_plus_p_ge(39)_ -1
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
     svm(1)_u(30) c_e_svm(1)_stationarity(30)_ -1
     svm(1)_u(30) c_u_svm(1)_u_le_Mu(30)_ 1
     svm(1)_u(31) c_e_svm(1)_stationarity(31)_ -1
     svm(1)_u(31) c_u_svm(1)_u_le_Mu(31)_ 1
     svm(1)_u(32) c_e_svm(1)_stationarity(32)_ -1
     svm(1)_u(32) c_u_svm(1)_u_le_Mu(32)_ 1
     svm(1)_u(33) c_e_svm(1)_stationarity(33)_ -1
     svm(1)_u(33) c_u_svm(1)_u_le_Mu(33)_ 1
     svm(1)_u(34) c_e_svm(1)_stationarity(34)_ -1
     svm(1)_u(34) c_u_svm(1)_u_le_Mu(34)_ 1
     svm(1)_u(35) c_e_svm(1)_stationarity(35)_ -1
     svm(1)_u(35) c_u_svm(1)_u_le_Mu(35)_ 1
     svm(1)_u(36) c_e_svm(1)_stationarity(36)_ -1
     svm(1)_u(36) c_u_svm(1)_u_le_Mu(36)_ 1
     svm(1)_u(37) c_e_svm(1)_stationarity(37)_ -1
     svm(1)_u(37) c_u_svm(1)_u_le_Mu(37)_ 1
     svm(1)_u(38) c_e_svm(1)_stationarity(38)_ -1
     svm(1)_u(38) c_u_svm(1)_u_le_Mu(38)_ 1
     svm(1)_u(39) c_e_svm(1)_stationarity(39)_ -1
     svm(1)_u(39) c_u_svm(1)_u_le_Mu(39)_ 1
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
     svm(1)_v(30) c_e_svm(1)_stationarity(30)_ 1
     svm(1)_v(30) c_u_svm(1)_v_le_Mv(30)_ 1
     svm(1)_v(31) c_e_svm(1)_stationarity(31)_ 1
     svm(1)_v(31) c_u_svm(1)_v_le_Mv(31)_ 1
     svm(1)_v(32) c_e_svm(1)_stationarity(32)_ 1
     svm(1)_v(32) c_u_svm(1)_v_le_Mv(32)_ 1
     svm(1)_v(33) c_e_svm(1)_stationarity(33)_ 1
     svm(1)_v(33) c_u_svm(1)_v_le_Mv(33)_ 1
     svm(1)_v(34) c_e_svm(1)_stationarity(34)_ 1
     svm(1)_v(34) c_u_svm(1)_v_le_Mv(34)_ 1
     svm(1)_v(35) c_e_svm(1)_stationarity(35)_ 1
     svm(1)_v(35) c_u_svm(1)_v_le_Mv(35)_ 1
     svm(1)_v(36) c_e_svm(1)_stationarity(36)_ 1
     svm(1)_v(36) c_u_svm(1)_v_le_Mv(36)_ 1
     svm(1)_v(37) c_e_svm(1)_stationarity(37)_ 1
     svm(1)_v(37) c_u_svm(1)_v_le_Mv(37)_ 1
     svm(1)_v(38) c_e_svm(1)_stationarity(38)_ 1
     svm(1)_v(38) c_u_svm(1)_v_le_Mv(38)_ 1
     svm(1)_v(39) c_e_svm(1)_stationarity(39)_ 1
     svm(1)_v(39) c_u_svm(1)_v_le_Mv(39)_ 1
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
     svm(1)_p(30) c_e_svm(1)_p_def(30)_ 1
     svm(1)_p(30) c_u_svm(1)_w_minus_p_le(30)_ -1
     svm(1)_p(30) c_u_svm(1)_w_minus_p_ge(30)_ 1
     svm(1)_p(30) c_u_svm(1)_w_plus_p_le(30)_ 1
     svm(1)_p(30) c_u_svm(1)_w_plus_p_ge(30)_ -1
     svm(1)_p(31) c_e_svm(1)_p_def(31)_ 1
     svm(1)_p(31) c_u_svm(1)_w_minus_p_le(31)_ -1
     svm(1)_p(31) c_u_svm(1)_w_minus_p_ge(31)_ 1
     svm(1)_p(31) c_u_svm(1)_w_plus_p_le(31)_ 1
     svm(1)_p(31) c_u_svm(1)_w_plus_p_ge(31)_ -1
     svm(1)_p(32) c_e_svm(1)_p_def(32)_ 1
     svm(1)_p(32) c_u_svm(1)_w_minus_p_le(32)_ -1
     svm(1)_p(32) c_u_svm(1)_w_minus_p_ge(32)_ 1
     svm(1)_p(32) c_u_svm(1)_w_plus_p_le(32)_ 1
     svm(1)_p(32) c_u_svm(1)_w_plus_p_ge(32)_ -1
     svm(1)_p(33) c_e_svm(1)_p_def(33)_ 1
     svm(1)_p(33) c_u_svm(1)_w_minus_p_le(33)_ -1
     svm(1)_p(33) c_u_svm(1)_w_minus_p_ge(33)_ 1
     svm(1)_p(33) c_u_svm(1)_w_plus_p_le(33)_ 1
     svm(1)_p(33) c_u_svm(1)_w_plus_p_ge(33)_ -1
     svm(1)_p(34) c_e_svm(1)_p_def(34)_ 1
     svm(1)_p(34) c_u_svm(1)_w_minus_p_le(34)_ -1
     svm(1)_p(34) c_u_svm(1)_w_minus_p_ge(34)_ 1
     svm(1)_p(34) c_u_svm(1)_w_plus_p_le(34)_ 1
     svm(1)_p(34) c_u_svm(1)_w_plus_p_ge(34)_ -1
     svm(1)_p(35) c_e_svm(1)_p_def(35)_ 1
     svm(1)_p(35) c_u_svm(1)_w_minus_p_le(35)_ -1
     svm(1)_p(35) c_u_svm(1)_w_minus_p_ge(35)_ 1
     svm(1)_p(35) c_u_svm(1)_w_plus_p_le(35)_ 1
     svm(1)_p(35) c_u_svm(1)_w_plus_p_ge(35)_ -1
     svm(1)_p(36) c_e_svm(1)_p_def(36)_ 1
     svm(1)_p(36) c_u_svm(1)_w_minus_p_le(36)_ -1
     svm(1)_p(36) c_u_svm(1)_w_minus_p_ge(36)_ 1
     svm(1)_p(36) c_u_svm(1)_w_plus_p_le(36)_ 1
     svm(1)_p(36) c_u_svm(1)_w_plus_p_ge(36)_ -1
     svm(1)_p(37) c_e_svm(1)_p_def(37)_ 1
     svm(1)_p(37) c_u_svm(1)_w_minus_p_le(37)_ -1
     svm(1)_p(37) c_u_svm(1)_w_minus_p_ge(37)_ 1
     svm(1)_p(37) c_u_svm(1)_w_plus_p_le(37)_ 1
     svm(1)_p(37) c_u_svm(1)_w_plus_p_ge(37)_ -1
     svm(1)_p(38) c_e_svm(1)_p_def(38)_ 1
     svm(1)_p(38) c_u_svm(1)_w_minus_p_le(38)_ -1
     svm(1)_p(38) c_u_svm(1)_w_minus_p_ge(38)_ 1
     svm(1)_p(38) c_u_svm(1)_w_plus_p_le(38)_ 1
     svm(1)_p(38) c_u_svm(1)_w_plus_p_ge(38)_ -1
     svm(1)_p(39) c_e_svm(1)_p_def(39)_ 1
     svm(1)_p(39) c_u_svm(1)_w_minus_p_le(39)_ -1
     svm(1)_p(39) c_u_svm(1)_w_minus_p_ge(39)_ 1
     svm(1)_p(39) c_u_svm(1)_w_plus_p_le(39)_ 1
     svm(1)_p(39) c_u_svm(1)_w_plus_p_ge(39)_ -1
     svm(1)_s(0) c_u_svm(1)_t_le_s(0)_ -1
     svm(1)_s(0) c_u_svm(1)_alpha_le_Cs(0)_ -0.36265236028071757
     svm(1)_s(0) c_u_svm(1)_u_le_Mu(0)_ 3.4545425457984775
     svm(1)_s(1) c_u_svm(1)_t_le_s(1)_ -1
     svm(1)_s(1) c_u_svm(1)_alpha_le_Cs(1)_ -0.36265236028071757
     svm(1)_s(1) c_u_svm(1)_u_le_Mu(1)_ 4.1073210599605208
     svm(1)_s(2) c_u_svm(1)_t_le_s(2)_ -1
     svm(1)_s(2) c_u_svm(1)_alpha_le_Cs(2)_ -0.36265236028071757
     svm(1)_s(2) c_u_svm(1)_u_le_Mu(2)_ 3.5621602352056119
     svm(1)_s(3) c_u_svm(1)_t_le_s(3)_ -1
     svm(1)_s(3) c_u_svm(1)_alpha_le_Cs(3)_ -0.36265236028071757
     svm(1)_s(3) c_u_svm(1)_u_le_Mu(3)_ 3.9904384838361091
     svm(1)_s(4) c_u_svm(1)_t_le_s(4)_ -1
     svm(1)_s(4) c_u_svm(1)_alpha_le_Cs(4)_ -0.36265236028071757
     svm(1)_s(4) c_u_svm(1)_u_le_Mu(4)_ 4.5847689034983148
     svm(1)_s(5) c_u_svm(1)_t_le_s(5)_ -1
     svm(1)_s(5) c_u_svm(1)_alpha_le_Cs(5)_ -0.36265236028071757
     svm(1)_s(5) c_u_svm(1)_u_le_Mu(5)_ 4.1974031344551941
     svm(1)_s(6) c_u_svm(1)_t_le_s(6)_ -1
     svm(1)_s(6) c_u_svm(1)_alpha_le_Cs(6)_ -0.36265236028071757
     svm(1)_s(6) c_u_svm(1)_u_le_Mu(6)_ 3.5290441397436192
     svm(1)_s(7) c_u_svm(1)_t_le_s(7)_ -1
     svm(1)_s(7) c_u_svm(1)_alpha_le_Cs(7)_ -0.36265236028071757
     svm(1)_s(7) c_u_svm(1)_u_le_Mu(7)_ 4.5505124488118165
     svm(1)_s(8) c_u_svm(1)_t_le_s(8)_ -1
     svm(1)_s(8) c_u_svm(1)_alpha_le_Cs(8)_ -0.36265236028071757
     svm(1)_s(8) c_u_svm(1)_u_le_Mu(8)_ 4.1075583723190059
     svm(1)_s(9) c_u_svm(1)_t_le_s(9)_ -1
     svm(1)_s(9) c_u_svm(1)_alpha_le_Cs(9)_ -0.36265236028071757
     svm(1)_s(9) c_u_svm(1)_u_le_Mu(9)_ 4.6043961478864013
     svm(1)_s(10) c_u_svm(1)_t_le_s(10)_ -1
     svm(1)_s(10) c_u_svm(1)_alpha_le_Cs(10)_ -0.36265236028071757
     svm(1)_s(10) c_u_svm(1)_u_le_Mu(10)_ 4.4321497519449684
     svm(1)_s(11) c_u_svm(1)_t_le_s(11)_ -1
     svm(1)_s(11) c_u_svm(1)_alpha_le_Cs(11)_ -0.36265236028071757
     svm(1)_s(11) c_u_svm(1)_u_le_Mu(11)_ 4.2684960525324271
     svm(1)_s(12) c_u_svm(1)_t_le_s(12)_ -1
     svm(1)_s(12) c_u_svm(1)_alpha_le_Cs(12)_ -0.36265236028071757
     svm(1)_s(12) c_u_svm(1)_u_le_Mu(12)_ 3.3792189672009307
     svm(1)_s(13) c_u_svm(1)_t_le_s(13)_ -1
     svm(1)_s(13) c_u_svm(1)_alpha_le_Cs(13)_ -0.36265236028071757
     svm(1)_s(13) c_u_svm(1)_u_le_Mu(13)_ 2.9966224702230515
     svm(1)_s(14) c_u_svm(1)_t_le_s(14)_ -1
     svm(1)_s(14) c_u_svm(1)_alpha_le_Cs(14)_ -0.36265236028071757
     svm(1)_s(14) c_u_svm(1)_u_le_Mu(14)_ 3.7538393040305547
     svm(1)_s(15) c_u_svm(1)_t_le_s(15)_ -1
     svm(1)_s(15) c_u_svm(1)_alpha_le_Cs(15)_ -0.36265236028071757
     svm(1)_s(15) c_u_svm(1)_u_le_Mu(15)_ 3.4738447611482659
     svm(1)_s(16) c_u_svm(1)_t_le_s(16)_ -1
     svm(1)_s(16) c_u_svm(1)_alpha_le_Cs(16)_ -0.36265236028071757
     svm(1)_s(16) c_u_svm(1)_u_le_Mu(16)_ 4.0724409358709517
     svm(1)_s(17) c_u_svm(1)_t_le_s(17)_ -1
     svm(1)_s(17) c_u_svm(1)_alpha_le_Cs(17)_ -0.36265236028071757
     svm(1)_s(17) c_u_svm(1)_u_le_Mu(17)_ 3.2913987270756211
     svm(1)_s(18) c_u_svm(1)_t_le_s(18)_ -1
     svm(1)_s(18) c_u_svm(1)_alpha_le_Cs(18)_ -0.36265236028071757
     svm(1)_s(18) c_u_svm(1)_u_le_Mu(18)_ 4.4456995716253678
     svm(1)_s(19) c_u_svm(1)_t_le_s(19)_ -1
     svm(1)_s(19) c_u_svm(1)_alpha_le_Cs(19)_ -0.36265236028071757
     svm(1)_s(19) c_u_svm(1)_u_le_Mu(19)_ 4.0437536921439143
     svm(1)_s(20) c_u_svm(1)_t_le_s(20)_ -1
     svm(1)_s(20) c_u_svm(1)_alpha_le_Cs(20)_ -0.36265236028071757
     svm(1)_s(20) c_u_svm(1)_u_le_Mu(20)_ 4.5920784420818483
     svm(1)_s(21) c_u_svm(1)_t_le_s(21)_ -1
     svm(1)_s(21) c_u_svm(1)_alpha_le_Cs(21)_ -0.36265236028071757
     svm(1)_s(21) c_u_svm(1)_u_le_Mu(21)_ 4.9855558092878338
     svm(1)_s(22) c_u_svm(1)_t_le_s(22)_ -1
     svm(1)_s(22) c_u_svm(1)_alpha_le_Cs(22)_ -0.36265236028071757
     svm(1)_s(22) c_u_svm(1)_u_le_Mu(22)_ 3.6232640975593284
     svm(1)_s(23) c_u_svm(1)_t_le_s(23)_ -1
     svm(1)_s(23) c_u_svm(1)_alpha_le_Cs(23)_ -0.36265236028071757
     svm(1)_s(23) c_u_svm(1)_u_le_Mu(23)_ 2.7074946054706501
     svm(1)_s(24) c_u_svm(1)_t_le_s(24)_ -1
     svm(1)_s(24) c_u_svm(1)_alpha_le_Cs(24)_ -0.36265236028071757
     svm(1)_s(24) c_u_svm(1)_u_le_Mu(24)_ 4.0700517130679588
     svm(1)_s(25) c_u_svm(1)_t_le_s(25)_ -1
     svm(1)_s(25) c_u_svm(1)_alpha_le_Cs(25)_ -0.36265236028071757
     svm(1)_s(25) c_u_svm(1)_u_le_Mu(25)_ 4.2702427857759497
     svm(1)_s(26) c_u_svm(1)_t_le_s(26)_ -1
     svm(1)_s(26) c_u_svm(1)_alpha_le_Cs(26)_ -0.36265236028071757
     svm(1)_s(26) c_u_svm(1)_u_le_Mu(26)_ 5.5616115997383382
     svm(1)_s(27) c_u_svm(1)_t_le_s(27)_ -1
     svm(1)_s(27) c_u_svm(1)_alpha_le_Cs(27)_ -0.36265236028071757
     svm(1)_s(27) c_u_svm(1)_u_le_Mu(27)_ 3.5980364947272339
     svm(1)_s(28) c_u_svm(1)_t_le_s(28)_ -1
     svm(1)_s(28) c_u_svm(1)_alpha_le_Cs(28)_ -0.36265236028071757
     svm(1)_s(28) c_u_svm(1)_u_le_Mu(28)_ 4.470030293206718
     svm(1)_s(29) c_u_svm(1)_t_le_s(29)_ -1
     svm(1)_s(29) c_u_svm(1)_alpha_le_Cs(29)_ -0.36265236028071757
     svm(1)_s(29) c_u_svm(1)_u_le_Mu(29)_ 6.2203456407904465
     svm(1)_s(30) c_u_svm(1)_t_le_s(30)_ -1
     svm(1)_s(30) c_u_svm(1)_alpha_le_Cs(30)_ -0.36265236028071757
     svm(1)_s(30) c_u_svm(1)_u_le_Mu(30)_ 5.0585416362850006
     svm(1)_s(31) c_u_svm(1)_t_le_s(31)_ -1
     svm(1)_s(31) c_u_svm(1)_alpha_le_Cs(31)_ -0.36265236028071757
     svm(1)_s(31) c_u_svm(1)_u_le_Mu(31)_ 4.5424567016891597
     svm(1)_s(32) c_u_svm(1)_t_le_s(32)_ -1
     svm(1)_s(32) c_u_svm(1)_alpha_le_Cs(32)_ -0.36265236028071757
     svm(1)_s(32) c_u_svm(1)_u_le_Mu(32)_ 4.4401694716691225
     svm(1)_s(33) c_u_svm(1)_t_le_s(33)_ -1
     svm(1)_s(33) c_u_svm(1)_alpha_le_Cs(33)_ -0.36265236028071757
     svm(1)_s(33) c_u_svm(1)_u_le_Mu(33)_ 4.3042217991781015
     svm(1)_s(34) c_u_svm(1)_t_le_s(34)_ -1
     svm(1)_s(34) c_u_svm(1)_alpha_le_Cs(34)_ -0.36265236028071757
     svm(1)_s(34) c_u_svm(1)_u_le_Mu(34)_ 3.691666097953509
     svm(1)_s(35) c_u_svm(1)_t_le_s(35)_ -1
     svm(1)_s(35) c_u_svm(1)_alpha_le_Cs(35)_ -0.36265236028071757
     svm(1)_s(35) c_u_svm(1)_u_le_Mu(35)_ 4.1061289534204031
     svm(1)_s(36) c_u_svm(1)_t_le_s(36)_ -1
     svm(1)_s(36) c_u_svm(1)_alpha_le_Cs(36)_ -0.36265236028071757
     svm(1)_s(36) c_u_svm(1)_u_le_Mu(36)_ 4.8106865182799208
     svm(1)_s(37) c_u_svm(1)_t_le_s(37)_ -1
     svm(1)_s(37) c_u_svm(1)_alpha_le_Cs(37)_ -0.36265236028071757
     svm(1)_s(37) c_u_svm(1)_u_le_Mu(37)_ 3.910776926090465
     svm(1)_s(38) c_u_svm(1)_t_le_s(38)_ -1
     svm(1)_s(38) c_u_svm(1)_alpha_le_Cs(38)_ -0.36265236028071757
     svm(1)_s(38) c_u_svm(1)_u_le_Mu(38)_ 4.1725387177292879
     svm(1)_s(39) c_u_svm(1)_t_le_s(39)_ -1
     svm(1)_s(39) c_u_svm(1)_alpha_le_Cs(39)_ -0.36265236028071757
     svm(1)_s(39) c_u_svm(1)_u_le_Mu(39)_ 5.5069213349707953
     svm(1)_t(0) c_u_svm(1)_t_le_s(0)_ 1
     svm(1)_t(0) c_u_svm(1)_alpha_ge_Ct(0)_ 0.36265236028071757
     svm(1)_t(0) c_u_svm(1)_v_le_Mv(0)_ -5.223943020407126
     svm(1)_t(1) c_u_svm(1)_t_le_s(1)_ 1
     svm(1)_t(1) c_u_svm(1)_alpha_ge_Ct(1)_ 0.36265236028071757
     svm(1)_t(1) c_u_svm(1)_v_le_Mv(1)_ -5.8093757048560555
     svm(1)_t(2) c_u_svm(1)_t_le_s(2)_ 1
     svm(1)_t(2) c_u_svm(1)_alpha_ge_Ct(2)_ 0.36265236028071757
     svm(1)_t(2) c_u_svm(1)_v_le_Mv(2)_ -5.5621602352056119
     svm(1)_t(3) c_u_svm(1)_t_le_s(3)_ 1
     svm(1)_t(3) c_u_svm(1)_alpha_ge_Ct(3)_ 0.36265236028071757
     svm(1)_t(3) c_u_svm(1)_v_le_Mv(3)_ -5.9904384838361091
     svm(1)_t(4) c_u_svm(1)_t_le_s(4)_ 1
     svm(1)_t(4) c_u_svm(1)_alpha_ge_Ct(4)_ 0.36265236028071757
     svm(1)_t(4) c_u_svm(1)_v_le_Mv(4)_ -6.5847689034983148
     svm(1)_t(5) c_u_svm(1)_t_le_s(5)_ 1
     svm(1)_t(5) c_u_svm(1)_alpha_ge_Ct(5)_ 0.36265236028071757
     svm(1)_t(5) c_u_svm(1)_v_le_Mv(5)_ -6.1607339396975922
     svm(1)_t(6) c_u_svm(1)_t_le_s(6)_ 1
     svm(1)_t(6) c_u_svm(1)_alpha_ge_Ct(6)_ 0.36265236028071757
     svm(1)_t(6) c_u_svm(1)_v_le_Mv(6)_ -5.5290441397436192
     svm(1)_t(7) c_u_svm(1)_t_le_s(7)_ 1
     svm(1)_t(7) c_u_svm(1)_alpha_ge_Ct(7)_ 0.36265236028071757
     svm(1)_t(7) c_u_svm(1)_v_le_Mv(7)_ -6.5505124488118165
     svm(1)_t(8) c_u_svm(1)_t_le_s(8)_ 1
     svm(1)_t(8) c_u_svm(1)_alpha_ge_Ct(8)_ 0.36265236028071757
     svm(1)_t(8) c_u_svm(1)_v_le_Mv(8)_ -5.2887194591675257
     svm(1)_t(9) c_u_svm(1)_t_le_s(9)_ 1
     svm(1)_t(9) c_u_svm(1)_alpha_ge_Ct(9)_ 0.36265236028071757
     svm(1)_t(9) c_u_svm(1)_v_le_Mv(9)_ -6.6043961478864013
     svm(1)_t(10) c_u_svm(1)_t_le_s(10)_ 1
     svm(1)_t(10) c_u_svm(1)_alpha_ge_Ct(10)_ 0.36265236028071757
     svm(1)_t(10) c_u_svm(1)_v_le_Mv(10)_ -6.4321497519449684
     svm(1)_t(11) c_u_svm(1)_t_le_s(11)_ 1
     svm(1)_t(11) c_u_svm(1)_alpha_ge_Ct(11)_ 0.36265236028071757
     svm(1)_t(11) c_u_svm(1)_v_le_Mv(11)_ -5.3769151207088521
     svm(1)_t(12) c_u_svm(1)_t_le_s(12)_ 1
     svm(1)_t(12) c_u_svm(1)_alpha_ge_Ct(12)_ 0.36265236028071757
     svm(1)_t(12) c_u_svm(1)_v_le_Mv(12)_ -4.8760075952295976
     svm(1)_t(13) c_u_svm(1)_t_le_s(13)_ 1
     svm(1)_t(13) c_u_svm(1)_alpha_ge_Ct(13)_ 0.36265236028071757
     svm(1)_t(13) c_u_svm(1)_v_le_Mv(13)_ -4.9966224702230519
     svm(1)_t(14) c_u_svm(1)_t_le_s(14)_ 1
     svm(1)_t(14) c_u_svm(1)_alpha_ge_Ct(14)_ 0.36265236028071757
     svm(1)_t(14) c_u_svm(1)_v_le_Mv(14)_ -5.7538393040305547
     svm(1)_t(15) c_u_svm(1)_t_le_s(15)_ 1
     svm(1)_t(15) c_u_svm(1)_alpha_ge_Ct(15)_ 0.36265236028071757
     svm(1)_t(15) c_u_svm(1)_v_le_Mv(15)_ -4.9094529736159487
     svm(1)_t(16) c_u_svm(1)_t_le_s(16)_ 1
     svm(1)_t(16) c_u_svm(1)_alpha_ge_Ct(16)_ 0.36265236028071757
     svm(1)_t(16) c_u_svm(1)_v_le_Mv(16)_ -5.2537365000395013
     svm(1)_t(17) c_u_svm(1)_t_le_s(17)_ 1
     svm(1)_t(17) c_u_svm(1)_alpha_ge_Ct(17)_ 0.36265236028071757
     svm(1)_t(17) c_u_svm(1)_v_le_Mv(17)_ -5.2913987270756211
     svm(1)_t(18) c_u_svm(1)_t_le_s(18)_ 1
     svm(1)_t(18) c_u_svm(1)_alpha_ge_Ct(18)_ 0.36265236028071757
     svm(1)_t(18) c_u_svm(1)_v_le_Mv(18)_ -6.4456995716253678
     svm(1)_t(19) c_u_svm(1)_t_le_s(19)_ 1
     svm(1)_t(19) c_u_svm(1)_alpha_ge_Ct(19)_ 0.36265236028071757
     svm(1)_t(19) c_u_svm(1)_v_le_Mv(19)_ -6.0437536921439143
     svm(1)_t(20) c_u_svm(1)_t_le_s(20)_ 1
     svm(1)_t(20) c_u_svm(1)_alpha_ge_Ct(20)_ 0.36265236028071757
     svm(1)_t(20) c_u_svm(1)_v_le_Mv(20)_ -5.6157915210576741
     svm(1)_t(21) c_u_svm(1)_t_le_s(21)_ 1
     svm(1)_t(21) c_u_svm(1)_alpha_ge_Ct(21)_ 0.36265236028071757
     svm(1)_t(21) c_u_svm(1)_v_le_Mv(21)_ -5.8377627245159545
     svm(1)_t(22) c_u_svm(1)_t_le_s(22)_ 1
     svm(1)_t(22) c_u_svm(1)_alpha_ge_Ct(22)_ 0.36265236028071757
     svm(1)_t(22) c_u_svm(1)_v_le_Mv(22)_ -4.9924297772517896
     svm(1)_t(23) c_u_svm(1)_t_le_s(23)_ 1
     svm(1)_t(23) c_u_svm(1)_alpha_ge_Ct(23)_ 0.36265236028071757
     svm(1)_t(23) c_u_svm(1)_v_le_Mv(23)_ -4.3228847290558541
     svm(1)_t(24) c_u_svm(1)_t_le_s(24)_ 1
     svm(1)_t(24) c_u_svm(1)_alpha_ge_Ct(24)_ 0.36265236028071757
     svm(1)_t(24) c_u_svm(1)_v_le_Mv(24)_ -5.6454221097603039
     svm(1)_t(25) c_u_svm(1)_t_le_s(25)_ 1
     svm(1)_t(25) c_u_svm(1)_alpha_ge_Ct(25)_ 0.36265236028071757
     svm(1)_t(25) c_u_svm(1)_v_le_Mv(25)_ -6.2702427857759497
     svm(1)_t(26) c_u_svm(1)_t_le_s(26)_ 1
     svm(1)_t(26) c_u_svm(1)_alpha_ge_Ct(26)_ 0.36265236028071757
     svm(1)_t(26) c_u_svm(1)_v_le_Mv(26)_ -6.2776309944174224
     svm(1)_t(27) c_u_svm(1)_t_le_s(27)_ 1
     svm(1)_t(27) c_u_svm(1)_alpha_ge_Ct(27)_ 0.36265236028071757
     svm(1)_t(27) c_u_svm(1)_v_le_Mv(27)_ -5.2731403787689972
     svm(1)_t(28) c_u_svm(1)_t_le_s(28)_ 1
     svm(1)_t(28) c_u_svm(1)_alpha_ge_Ct(28)_ 0.36265236028071757
     svm(1)_t(28) c_u_svm(1)_v_le_Mv(28)_ -6.0115931321854097
     svm(1)_t(29) c_u_svm(1)_t_le_s(29)_ 1
     svm(1)_t(29) c_u_svm(1)_alpha_ge_Ct(29)_ 0.36265236028071757
     svm(1)_t(29) c_u_svm(1)_v_le_Mv(29)_ -8.2203456407904465
     svm(1)_t(30) c_u_svm(1)_t_le_s(30)_ 1
     svm(1)_t(30) c_u_svm(1)_alpha_ge_Ct(30)_ 0.36265236028071757
     svm(1)_t(30) c_u_svm(1)_v_le_Mv(30)_ -7.0585416362850006
     svm(1)_t(31) c_u_svm(1)_t_le_s(31)_ 1
     svm(1)_t(31) c_u_svm(1)_alpha_ge_Ct(31)_ 0.36265236028071757
     svm(1)_t(31) c_u_svm(1)_v_le_Mv(31)_ -5.7465052542284747
     svm(1)_t(32) c_u_svm(1)_t_le_s(32)_ 1
     svm(1)_t(32) c_u_svm(1)_alpha_ge_Ct(32)_ 0.36265236028071757
     svm(1)_t(32) c_u_svm(1)_v_le_Mv(32)_ -6.4401694716691225
     svm(1)_t(33) c_u_svm(1)_t_le_s(33)_ 1
     svm(1)_t(33) c_u_svm(1)_alpha_ge_Ct(33)_ 0.36265236028071757
     svm(1)_t(33) c_u_svm(1)_v_le_Mv(33)_ -6.2927853551991966
     svm(1)_t(34) c_u_svm(1)_t_le_s(34)_ 1
     svm(1)_t(34) c_u_svm(1)_alpha_ge_Ct(34)_ 0.36265236028071757
     svm(1)_t(34) c_u_svm(1)_v_le_Mv(34)_ -5.691666097953509
     svm(1)_t(35) c_u_svm(1)_t_le_s(35)_ 1
     svm(1)_t(35) c_u_svm(1)_alpha_ge_Ct(35)_ 0.36265236028071757
     svm(1)_t(35) c_u_svm(1)_v_le_Mv(35)_ -6.1061289534204031
     svm(1)_t(36) c_u_svm(1)_t_le_s(36)_ 1
     svm(1)_t(36) c_u_svm(1)_alpha_ge_Ct(36)_ 0.36265236028071757
     svm(1)_t(36) c_u_svm(1)_v_le_Mv(36)_ -5.779131247515755
     svm(1)_t(37) c_u_svm(1)_t_le_s(37)_ 1
     svm(1)_t(37) c_u_svm(1)_alpha_ge_Ct(37)_ 0.36265236028071757
     svm(1)_t(37) c_u_svm(1)_v_le_Mv(37)_ -5.8054888395330781
     svm(1)_t(38) c_u_svm(1)_t_le_s(38)_ 1
     svm(1)_t(38) c_u_svm(1)_alpha_ge_Ct(38)_ 0.36265236028071757
     svm(1)_t(38) c_u_svm(1)_v_le_Mv(38)_ -6.1225544182030793
     svm(1)_t(39) c_u_svm(1)_t_le_s(39)_ 1
     svm(1)_t(39) c_u_svm(1)_alpha_ge_Ct(39)_ 0.36265236028071757
     svm(1)_t(39) c_u_svm(1)_v_le_Mv(39)_ -6.9727180215924029
     ONE_VAR_CONSTANT objective 20
     ONE_VAR_CONSTANT c_e_ONE_VAR_CONSTANT 1
RHS
     RHS c_u_crossed_ 4.7681071820530541e-06
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
     RHS c_u_svm(1)_z_le_alpha(30)_ 0
     RHS c_u_svm(1)_z_le_alpha(31)_ 0
     RHS c_u_svm(1)_z_le_alpha(32)_ 0
     RHS c_u_svm(1)_z_le_alpha(33)_ 0
     RHS c_u_svm(1)_z_le_alpha(34)_ 0
     RHS c_u_svm(1)_z_le_alpha(35)_ 0
     RHS c_u_svm(1)_z_le_alpha(36)_ 0
     RHS c_u_svm(1)_z_le_alpha(37)_ 0
     RHS c_u_svm(1)_z_le_alpha(38)_ 0
     RHS c_u_svm(1)_z_le_alpha(39)_ 0
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
     RHS c_u_svm(1)_z_ge_neg_alpha(30)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(31)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(32)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(33)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(34)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(35)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(36)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(37)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(38)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(39)_ 0
     RHS c_u_svm(1)_z_ge_alpha_if_pos(0)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(1)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(2)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(3)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(4)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(5)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(6)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(7)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(8)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(9)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(10)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(11)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(12)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(13)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(14)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(15)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(16)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(17)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(18)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(19)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(20)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(21)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(22)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(23)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(24)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(25)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(26)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(27)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(28)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(29)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(30)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(31)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(32)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(33)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(34)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(35)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(36)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(37)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(38)_ 0.72530472056143513
     RHS c_u_svm(1)_z_ge_alpha_if_pos(39)_ 0.72530472056143513
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
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(30)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(31)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(32)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(33)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(34)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(35)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(36)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(37)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(38)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(39)_ 0
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
     RHS c_e_svm(1)_stationarity(30)_ 1
     RHS c_e_svm(1)_stationarity(31)_ 1
     RHS c_e_svm(1)_stationarity(32)_ 1
     RHS c_e_svm(1)_stationarity(33)_ 1
     RHS c_e_svm(1)_stationarity(34)_ 1
     RHS c_e_svm(1)_stationarity(35)_ 1
     RHS c_e_svm(1)_stationarity(36)_ 1
     RHS c_e_svm(1)_stationarity(37)_ 1
     RHS c_e_svm(1)_stationarity(38)_ 1
     RHS c_e_svm(1)_stationarity(39)_ 1
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
     RHS c_e_svm(1)_p_def(30)_ 0
     RHS c_e_svm(1)_p_def(31)_ 0
     RHS c_e_svm(1)_p_def(32)_ 0
     RHS c_e_svm(1)_p_def(33)_ 0
     RHS c_e_svm(1)_p_def(34)_ 0
     RHS c_e_svm(1)_p_def(35)_ 0
     RHS c_e_svm(1)_p_def(36)_ 0
     RHS c_e_svm(1)_p_def(37)_ 0
     RHS c_e_svm(1)_p_def(38)_ 0
     RHS c_e_svm(1)_p_def(39)_ 0
     RHS c_u_svm(1)_w_minus_p_le(0)_ 8.90908508268787
     RHS c_u_svm(1)_w_minus_p_le(1)_ 10.214642109706398
     RHS c_u_svm(1)_w_minus_p_le(2)_ 9.1243204612869029
     RHS c_u_svm(1)_w_minus_p_le(3)_ 9.9808769576913399
     RHS c_u_svm(1)_w_minus_p_le(4)_ 11.169537795827091
     RHS c_u_svm(1)_w_minus_p_le(5)_ 10.394806258515581
     RHS c_u_svm(1)_w_minus_p_le(6)_ 9.058088270429149
     RHS c_u_svm(1)_w_minus_p_le(7)_ 11.101024886522607
     RHS c_u_svm(1)_w_minus_p_le(8)_ 11.446144601362365
     RHS c_u_svm(1)_w_minus_p_le(9)_ 11.208792284564009
     RHS c_u_svm(1)_w_minus_p_le(10)_ 10.864299493025637
     RHS c_u_svm(1)_w_minus_p_le(11)_ 11.943741006672608
     RHS c_u_svm(1)_w_minus_p_le(12)_ 8.9729493253869954
     RHS c_u_svm(1)_w_minus_p_le(13)_ 7.9932449324528578
     RHS c_u_svm(1)_w_minus_p_le(14)_ 9.5076785985534293
     RHS c_u_svm(1)_w_minus_p_le(15)_ 9.5027725478152618
     RHS c_u_svm(1)_w_minus_p_le(16)_ 11.445204666761997
     RHS c_u_svm(1)_w_minus_p_le(17)_ 8.5827974455684437
     RHS c_u_svm(1)_w_minus_p_le(18)_ 10.891399132359336
     RHS c_u_svm(1)_w_minus_p_le(19)_ 10.087507374200321
     RHS c_u_svm(1)_w_minus_p_le(20)_ 12.498236176362003
     RHS c_u_svm(1)_w_minus_p_le(21)_ 13.551638046642255
     RHS c_u_svm(1)_w_minus_p_le(22)_ 10.046566147205718
     RHS c_u_svm(1)_w_minus_p_le(23)_ 7.8445892364059695
     RHS c_u_svm(1)_w_minus_p_le(24)_ 10.140103415995814
     RHS c_u_svm(1)_w_minus_p_le(25)_ 10.540485561011414
     RHS c_u_svm(1)_w_minus_p_le(26)_ 14.333070049952346
     RHS c_u_svm(1)_w_minus_p_le(27)_ 9.1960729802583945
     RHS c_u_svm(1)_w_minus_p_le(28)_ 10.940060575473375
     RHS c_u_svm(1)_w_minus_p_le(29)_ 14.440691267140201
     RHS c_u_svm(1)_w_minus_p_le(30)_ 12.117083260452917
     RHS c_u_svm(1)_w_minus_p_le(31)_ 11.285044604302941
     RHS c_u_svm(1)_w_minus_p_le(32)_ 10.880338932457905
     RHS c_u_svm(1)_w_minus_p_le(33)_ 10.608443587747759
     RHS c_u_svm(1)_w_minus_p_le(34)_ 9.3833321865236847
     RHS c_u_svm(1)_w_minus_p_le(35)_ 10.212257896628547
     RHS c_u_svm(1)_w_minus_p_le(36)_ 12.847133668152084
     RHS c_u_svm(1)_w_minus_p_le(37)_ 9.8215538423593749
     RHS c_u_svm(1)_w_minus_p_le(38)_ 10.345077425113498
     RHS c_u_svm(1)_w_minus_p_le(39)_ 13.013842656927746
     RHS c_u_svm(1)_w_minus_p_ge(0)_ 8.90908508268787
     RHS c_u_svm(1)_w_minus_p_ge(1)_ 10.214642109706398
     RHS c_u_svm(1)_w_minus_p_ge(2)_ 9.1243204612869029
     RHS c_u_svm(1)_w_minus_p_ge(3)_ 9.9808769576913399
     RHS c_u_svm(1)_w_minus_p_ge(4)_ 11.169537795827091
     RHS c_u_svm(1)_w_minus_p_ge(5)_ 10.394806258515581
     RHS c_u_svm(1)_w_minus_p_ge(6)_ 9.058088270429149
     RHS c_u_svm(1)_w_minus_p_ge(7)_ 11.101024886522607
     RHS c_u_svm(1)_w_minus_p_ge(8)_ 11.446144601362365
     RHS c_u_svm(1)_w_minus_p_ge(9)_ 11.208792284564009
     RHS c_u_svm(1)_w_minus_p_ge(10)_ 10.864299493025637
     RHS c_u_svm(1)_w_minus_p_ge(11)_ 11.943741006672608
     RHS c_u_svm(1)_w_minus_p_ge(12)_ 8.9729493253869954
     RHS c_u_svm(1)_w_minus_p_ge(13)_ 7.9932449324528578
     RHS c_u_svm(1)_w_minus_p_ge(14)_ 9.5076785985534293
     RHS c_u_svm(1)_w_minus_p_ge(15)_ 9.5027725478152618
     RHS c_u_svm(1)_w_minus_p_ge(16)_ 11.445204666761997
     RHS c_u_svm(1)_w_minus_p_ge(17)_ 8.5827974455684437
     RHS c_u_svm(1)_w_minus_p_ge(18)_ 10.891399132359336
     RHS c_u_svm(1)_w_minus_p_ge(19)_ 10.087507374200321
     RHS c_u_svm(1)_w_minus_p_ge(20)_ 12.498236176362003
     RHS c_u_svm(1)_w_minus_p_ge(21)_ 13.551638046642255
     RHS c_u_svm(1)_w_minus_p_ge(22)_ 10.046566147205718
     RHS c_u_svm(1)_w_minus_p_ge(23)_ 7.8445892364059695
     RHS c_u_svm(1)_w_minus_p_ge(24)_ 10.140103415995814
     RHS c_u_svm(1)_w_minus_p_ge(25)_ 10.540485561011414
     RHS c_u_svm(1)_w_minus_p_ge(26)_ 14.333070049952346
     RHS c_u_svm(1)_w_minus_p_ge(27)_ 9.1960729802583945
     RHS c_u_svm(1)_w_minus_p_ge(28)_ 10.940060575473375
     RHS c_u_svm(1)_w_minus_p_ge(29)_ 14.440691267140201
     RHS c_u_svm(1)_w_minus_p_ge(30)_ 12.117083260452917
     RHS c_u_svm(1)_w_minus_p_ge(31)_ 11.285044604302941
     RHS c_u_svm(1)_w_minus_p_ge(32)_ 10.880338932457905
     RHS c_u_svm(1)_w_minus_p_ge(33)_ 10.608443587747759
     RHS c_u_svm(1)_w_minus_p_ge(34)_ 9.3833321865236847
     RHS c_u_svm(1)_w_minus_p_ge(35)_ 10.212257896628547
     RHS c_u_svm(1)_w_minus_p_ge(36)_ 12.847133668152084
     RHS c_u_svm(1)_w_minus_p_ge(37)_ 9.8215538423593749
     RHS c_u_svm(1)_w_minus_p_ge(38)_ 10.345077425113498
     RHS c_u_svm(1)_w_minus_p_ge(39)_ 13.013842656927746
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
     RHS c_u_svm(1)_w_plus_p_le(30)_ 0
     RHS c_u_svm(1)_w_plus_p_le(31)_ 0
     RHS c_u_svm(1)_w_plus_p_le(32)_ 0
     RHS c_u_svm(1)_w_plus_p_le(33)_ 0
     RHS c_u_svm(1)_w_plus_p_le(34)_ 0
     RHS c_u_svm(1)_w_plus_p_le(35)_ 0
     RHS c_u_svm(1)_w_plus_p_le(36)_ 0
     RHS c_u_svm(1)_w_plus_p_le(37)_ 0
     RHS c_u_svm(1)_w_plus_p_le(38)_ 0
     RHS c_u_svm(1)_w_plus_p_le(39)_ 0
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
     RHS c_u_svm(1)_w_plus_p_ge(30)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(31)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(32)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(33)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(34)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(35)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(36)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(37)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(38)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(39)_ 0
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
     RHS c_u_svm(1)_t_le_s(30)_ 0
     RHS c_u_svm(1)_t_le_s(31)_ 0
     RHS c_u_svm(1)_t_le_s(32)_ 0
     RHS c_u_svm(1)_t_le_s(33)_ 0
     RHS c_u_svm(1)_t_le_s(34)_ 0
     RHS c_u_svm(1)_t_le_s(35)_ 0
     RHS c_u_svm(1)_t_le_s(36)_ 0
     RHS c_u_svm(1)_t_le_s(37)_ 0
     RHS c_u_svm(1)_t_le_s(38)_ 0
     RHS c_u_svm(1)_t_le_s(39)_ 0
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
     RHS c_u_svm(1)_alpha_le_Cs(30)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(31)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(32)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(33)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(34)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(35)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(36)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(37)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(38)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(39)_ 0
     RHS c_u_svm(1)_u_le_Mu(0)_ 3.4545425457984775
     RHS c_u_svm(1)_u_le_Mu(1)_ 4.1073210599605208
     RHS c_u_svm(1)_u_le_Mu(2)_ 3.5621602352056119
     RHS c_u_svm(1)_u_le_Mu(3)_ 3.9904384838361091
     RHS c_u_svm(1)_u_le_Mu(4)_ 4.5847689034983148
     RHS c_u_svm(1)_u_le_Mu(5)_ 4.1974031344551941
     RHS c_u_svm(1)_u_le_Mu(6)_ 3.5290441397436192
     RHS c_u_svm(1)_u_le_Mu(7)_ 4.5505124488118165
     RHS c_u_svm(1)_u_le_Mu(8)_ 4.1075583723190059
     RHS c_u_svm(1)_u_le_Mu(9)_ 4.6043961478864013
     RHS c_u_svm(1)_u_le_Mu(10)_ 4.4321497519449684
     RHS c_u_svm(1)_u_le_Mu(11)_ 4.2684960525324271
     RHS c_u_svm(1)_u_le_Mu(12)_ 3.3792189672009307
     RHS c_u_svm(1)_u_le_Mu(13)_ 2.9966224702230515
     RHS c_u_svm(1)_u_le_Mu(14)_ 3.7538393040305547
     RHS c_u_svm(1)_u_le_Mu(15)_ 3.4738447611482659
     RHS c_u_svm(1)_u_le_Mu(16)_ 4.0724409358709517
     RHS c_u_svm(1)_u_le_Mu(17)_ 3.2913987270756211
     RHS c_u_svm(1)_u_le_Mu(18)_ 4.4456995716253678
     RHS c_u_svm(1)_u_le_Mu(19)_ 4.0437536921439143
     RHS c_u_svm(1)_u_le_Mu(20)_ 4.5920784420818483
     RHS c_u_svm(1)_u_le_Mu(21)_ 4.9855558092878338
     RHS c_u_svm(1)_u_le_Mu(22)_ 3.6232640975593284
     RHS c_u_svm(1)_u_le_Mu(23)_ 2.7074946054706501
     RHS c_u_svm(1)_u_le_Mu(24)_ 4.0700517130679588
     RHS c_u_svm(1)_u_le_Mu(25)_ 4.2702427857759497
     RHS c_u_svm(1)_u_le_Mu(26)_ 5.5616115997383382
     RHS c_u_svm(1)_u_le_Mu(27)_ 3.5980364947272339
     RHS c_u_svm(1)_u_le_Mu(28)_ 4.470030293206718
     RHS c_u_svm(1)_u_le_Mu(29)_ 6.2203456407904465
     RHS c_u_svm(1)_u_le_Mu(30)_ 5.0585416362850006
     RHS c_u_svm(1)_u_le_Mu(31)_ 4.5424567016891597
     RHS c_u_svm(1)_u_le_Mu(32)_ 4.4401694716691225
     RHS c_u_svm(1)_u_le_Mu(33)_ 4.3042217991781015
     RHS c_u_svm(1)_u_le_Mu(34)_ 3.691666097953509
     RHS c_u_svm(1)_u_le_Mu(35)_ 4.1061289534204031
     RHS c_u_svm(1)_u_le_Mu(36)_ 4.8106865182799208
     RHS c_u_svm(1)_u_le_Mu(37)_ 3.910776926090465
     RHS c_u_svm(1)_u_le_Mu(38)_ 4.1725387177292879
     RHS c_u_svm(1)_u_le_Mu(39)_ 5.5069213349707953
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
     RHS c_u_svm(1)_alpha_ge_Ct(30)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(31)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(32)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(33)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(34)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(35)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(36)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(37)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(38)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(39)_ 0
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
     RHS c_u_svm(1)_v_le_Mv(30)_ 0
     RHS c_u_svm(1)_v_le_Mv(31)_ 0
     RHS c_u_svm(1)_v_le_Mv(32)_ 0
     RHS c_u_svm(1)_v_le_Mv(33)_ 0
     RHS c_u_svm(1)_v_le_Mv(34)_ 0
     RHS c_u_svm(1)_v_le_Mv(35)_ 0
     RHS c_u_svm(1)_v_le_Mv(36)_ 0
     RHS c_u_svm(1)_v_le_Mv(37)_ 0
     RHS c_u_svm(1)_v_le_Mv(38)_ 0
     RHS c_u_svm(1)_v_le_Mv(39)_ 0
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
 BV BOUND b(30_1)
 BV BOUND b(31_1)
 BV BOUND b(32_1)
 BV BOUND b(33_1)
 BV BOUND b(34_1)
 BV BOUND b(35_1)
 BV BOUND b(36_1)
 BV BOUND b(37_1)
 BV BOUND b(38_1)
 BV BOUND b(39_1)
 LO BOUND svm(1)_alpha(0) 0
 UP BOUND svm(1)_alpha(0) 0.36265236028071757
 LO BOUND svm(1)_alpha(1) 0
 UP BOUND svm(1)_alpha(1) 0.36265236028071757
 LO BOUND svm(1)_alpha(2) 0
 UP BOUND svm(1)_alpha(2) 0.36265236028071757
 LO BOUND svm(1)_alpha(3) 0
 UP BOUND svm(1)_alpha(3) 0.36265236028071757
 LO BOUND svm(1)_alpha(4) 0
 UP BOUND svm(1)_alpha(4) 0.36265236028071757
 LO BOUND svm(1)_alpha(5) 0
 UP BOUND svm(1)_alpha(5) 0.36265236028071757
 LO BOUND svm(1)_alpha(6) 0
 UP BOUND svm(1)_alpha(6) 0.36265236028071757
 LO BOUND svm(1)_alpha(7) 0
 UP BOUND svm(1)_alpha(7) 0.36265236028071757
 LO BOUND svm(1)_alpha(8) 0
 UP BOUND svm(1)_alpha(8) 0.36265236028071757
 LO BOUND svm(1)_alpha(9) 0
 UP BOUND svm(1)_alpha(9) 0.36265236028071757
 LO BOUND svm(1)_alpha(10) 0
 UP BOUND svm(1)_alpha(10) 0.36265236028071757
 LO BOUND svm(1)_alpha(11) 0
 UP BOUND svm(1)_alpha(11) 0.36265236028071757
 LO BOUND svm(1)_alpha(12) 0
 UP BOUND svm(1)_alpha(12) 0.36265236028071757
 LO BOUND svm(1)_alpha(13) 0
 UP BOUND svm(1)_alpha(13) 0.36265236028071757
 LO BOUND svm(1)_alpha(14) 0
 UP BOUND svm(1)_alpha(14) 0.36265236028071757
 LO BOUND svm(1)_alpha(15) 0
 UP BOUND svm(1)_alpha(15) 0.36265236028071757
 LO BOUND svm(1)_alpha(16) 0
 UP BOUND svm(1)_alpha(16) 0.36265236028071757
 LO BOUND svm(1)_alpha(17) 0
 UP BOUND svm(1)_alpha(17) 0.36265236028071757
 LO BOUND svm(1)_alpha(18) 0
 UP BOUND svm(1)_alpha(18) 0.36265236028071757
 LO BOUND svm(1)_alpha(19) 0
 UP BOUND svm(1)_alpha(19) 0.36265236028071757
 LO BOUND svm(1)_alpha(20) 0
 UP BOUND svm(1)_alpha(20) 0.36265236028071757
 LO BOUND svm(1)_alpha(21) 0
 UP BOUND svm(1)_alpha(21) 0.36265236028071757
 LO BOUND svm(1)_alpha(22) 0
 UP BOUND svm(1)_alpha(22) 0.36265236028071757
 LO BOUND svm(1)_alpha(23) 0
 UP BOUND svm(1)_alpha(23) 0.36265236028071757
 LO BOUND svm(1)_alpha(24) 0
 UP BOUND svm(1)_alpha(24) 0.36265236028071757
 LO BOUND svm(1)_alpha(25) 0
 UP BOUND svm(1)_alpha(25) 0.36265236028071757
 LO BOUND svm(1)_alpha(26) 0
 UP BOUND svm(1)_alpha(26) 0.36265236028071757
 LO BOUND svm(1)_alpha(27) 0
 UP BOUND svm(1)_alpha(27) 0.36265236028071757
 LO BOUND svm(1)_alpha(28) 0
 UP BOUND svm(1)_alpha(28) 0.36265236028071757
 LO BOUND svm(1)_alpha(29) 0
 UP BOUND svm(1)_alpha(29) 0.36265236028071757
 LO BOUND svm(1)_alpha(30) 0
 UP BOUND svm(1)_alpha(30) 0.36265236028071757
 LO BOUND svm(1)_alpha(31) 0
 UP BOUND svm(1)_alpha(31) 0.36265236028071757
 LO BOUND svm(1)_alpha(32) 0
 UP BOUND svm(1)_alpha(32) 0.36265236028071757
 LO BOUND svm(1)_alpha(33) 0
 UP BOUND svm(1)_alpha(33) 0.36265236028071757
 LO BOUND svm(1)_alpha(34) 0
 UP BOUND svm(1)_alpha(34) 0.36265236028071757
 LO BOUND svm(1)_alpha(35) 0
 UP BOUND svm(1)_alpha(35) 0.36265236028071757
 LO BOUND svm(1)_alpha(36) 0
 UP BOUND svm(1)_alpha(36) 0.36265236028071757
 LO BOUND svm(1)_alpha(37) 0
 UP BOUND svm(1)_alpha(37) 0.36265236028071757
 LO BOUND svm(1)_alpha(38) 0
 UP BOUND svm(1)_alpha(38) 0.36265236028071757
 LO BOUND svm(1)_alpha(39) 0
 UP BOUND svm(1)_alpha(39) 0.36265236028071757
 LO BOUND svm(1)_z(0) -0.36265236028071757
 UP BOUND svm(1)_z(0) 0.36265236028071757
 LO BOUND svm(1)_z(1) -0.36265236028071757
 UP BOUND svm(1)_z(1) 0.36265236028071757
 LO BOUND svm(1)_z(2) -0.36265236028071757
 UP BOUND svm(1)_z(2) 0.36265236028071757
 LO BOUND svm(1)_z(3) -0.36265236028071757
 UP BOUND svm(1)_z(3) 0.36265236028071757
 LO BOUND svm(1)_z(4) -0.36265236028071757
 UP BOUND svm(1)_z(4) 0.36265236028071757
 LO BOUND svm(1)_z(5) -0.36265236028071757
 UP BOUND svm(1)_z(5) 0.36265236028071757
 LO BOUND svm(1)_z(6) -0.36265236028071757
 UP BOUND svm(1)_z(6) 0.36265236028071757
 LO BOUND svm(1)_z(7) -0.36265236028071757
 UP BOUND svm(1)_z(7) 0.36265236028071757
 LO BOUND svm(1)_z(8) -0.36265236028071757
 UP BOUND svm(1)_z(8) 0.36265236028071757
 LO BOUND svm(1)_z(9) -0.36265236028071757
 UP BOUND svm(1)_z(9) 0.36265236028071757
 LO BOUND svm(1)_z(10) -0.36265236028071757
 UP BOUND svm(1)_z(10) 0.36265236028071757
 LO BOUND svm(1)_z(11) -0.36265236028071757
 UP BOUND svm(1)_z(11) 0.36265236028071757
 LO BOUND svm(1)_z(12) -0.36265236028071757
 UP BOUND svm(1)_z(12) 0.36265236028071757
 LO BOUND svm(1)_z(13) -0.36265236028071757
 UP BOUND svm(1)_z(13) 0.36265236028071757
 LO BOUND svm(1)_z(14) -0.36265236028071757
 UP BOUND svm(1)_z(14) 0.36265236028071757
 LO BOUND svm(1)_z(15) -0.36265236028071757
 UP BOUND svm(1)_z(15) 0.36265236028071757
 LO BOUND svm(1)_z(16) -0.36265236028071757
 UP BOUND svm(1)_z(16) 0.36265236028071757
 LO BOUND svm(1)_z(17) -0.36265236028071757
 UP BOUND svm(1)_z(17) 0.36265236028071757
 LO BOUND svm(1)_z(18) -0.36265236028071757
 UP BOUND svm(1)_z(18) 0.36265236028071757
 LO BOUND svm(1)_z(19) -0.36265236028071757
 UP BOUND svm(1)_z(19) 0.36265236028071757
 LO BOUND svm(1)_z(20) -0.36265236028071757
 UP BOUND svm(1)_z(20) 0.36265236028071757
 LO BOUND svm(1)_z(21) -0.36265236028071757
 UP BOUND svm(1)_z(21) 0.36265236028071757
 LO BOUND svm(1)_z(22) -0.36265236028071757
 UP BOUND svm(1)_z(22) 0.36265236028071757
 LO BOUND svm(1)_z(23) -0.36265236028071757
 UP BOUND svm(1)_z(23) 0.36265236028071757
 LO BOUND svm(1)_z(24) -0.36265236028071757
 UP BOUND svm(1)_z(24) 0.36265236028071757
 LO BOUND svm(1)_z(25) -0.36265236028071757
 UP BOUND svm(1)_z(25) 0.36265236028071757
 LO BOUND svm(1)_z(26) -0.36265236028071757
 UP BOUND svm(1)_z(26) 0.36265236028071757
 LO BOUND svm(1)_z(27) -0.36265236028071757
 UP BOUND svm(1)_z(27) 0.36265236028071757
 LO BOUND svm(1)_z(28) -0.36265236028071757
 UP BOUND svm(1)_z(28) 0.36265236028071757
 LO BOUND svm(1)_z(29) -0.36265236028071757
 UP BOUND svm(1)_z(29) 0.36265236028071757
 LO BOUND svm(1)_z(30) -0.36265236028071757
 UP BOUND svm(1)_z(30) 0.36265236028071757
 LO BOUND svm(1)_z(31) -0.36265236028071757
 UP BOUND svm(1)_z(31) 0.36265236028071757
 LO BOUND svm(1)_z(32) -0.36265236028071757
 UP BOUND svm(1)_z(32) 0.36265236028071757
 LO BOUND svm(1)_z(33) -0.36265236028071757
 UP BOUND svm(1)_z(33) 0.36265236028071757
 LO BOUND svm(1)_z(34) -0.36265236028071757
 UP BOUND svm(1)_z(34) 0.36265236028071757
 LO BOUND svm(1)_z(35) -0.36265236028071757
 UP BOUND svm(1)_z(35) 0.36265236028071757
 LO BOUND svm(1)_z(36) -0.36265236028071757
 UP BOUND svm(1)_z(36) 0.36265236028071757
 LO BOUND svm(1)_z(37) -0.36265236028071757
 UP BOUND svm(1)_z(37) 0.36265236028071757
 LO BOUND svm(1)_z(38) -0.36265236028071757
 UP BOUND svm(1)_z(38) 0.36265236028071757
 LO BOUND svm(1)_z(39) -0.36265236028071757
 UP BOUND svm(1)_z(39) 0.36265236028071757
 LO BOUND svm(1)_w(0) -4.223943020407126
 UP BOUND svm(1)_w(0) 4.454542541343935
 LO BOUND svm(1)_w(1) -4.8093757048560555
 UP BOUND svm(1)_w(1) 5.1073210548531991
 LO BOUND svm(1)_w(2) -4.5621602306434514
 UP BOUND svm(1)_w(2) 4.5621602306434514
 LO BOUND svm(1)_w(3) -4.9904384788456699
 UP BOUND svm(1)_w(3) 4.9904384788456699
 LO BOUND svm(1)_w(4) -5.5847688979135457
 UP BOUND svm(1)_w(4) 5.5847688979135457
 LO BOUND svm(1)_w(5) -5.1607339396975922
 UP BOUND svm(1)_w(5) 5.1974031292577907
 LO BOUND svm(1)_w(6) -4.5290441352145745
 UP BOUND svm(1)_w(6) 4.5290441352145745
 LO BOUND svm(1)_w(7) -5.5505124432613036
 UP BOUND svm(1)_w(7) 5.5505124432613036
 LO BOUND svm(1)_w(8) -4.2887194591675257
 UP BOUND svm(1)_w(8) 5.1075583723190059
 LO BOUND svm(1)_w(9) -5.6043961422820043
 UP BOUND svm(1)_w(9) 5.6043961422820043
 LO BOUND svm(1)_w(10) -5.4321497465128186
 UP BOUND svm(1)_w(10) 5.4321497465128186
 LO BOUND svm(1)_w(11) -4.3769151207088521
 UP BOUND svm(1)_w(11) 5.2684960525324271
 LO BOUND svm(1)_w(12) -3.8760075952295976
 UP BOUND svm(1)_w(12) 4.3792189672009307
 LO BOUND svm(1)_w(13) -3.9966224662264289
 UP BOUND svm(1)_w(13) 3.9966224662264289
 LO BOUND svm(1)_w(14) -4.7538392992767147
 UP BOUND svm(1)_w(14) 4.7538392992767147
 LO BOUND svm(1)_w(15) -3.9094529736159487
 UP BOUND svm(1)_w(15) 4.4738447611482659
 LO BOUND svm(1)_w(16) -4.2537365000395013
 UP BOUND svm(1)_w(16) 5.0724409358709517
 LO BOUND svm(1)_w(17) -4.2913987227842219
 UP BOUND svm(1)_w(17) 4.2913987227842219
 LO BOUND svm(1)_w(18) -5.4456995661796679
 UP BOUND svm(1)_w(18) 5.4456995661796679
 LO BOUND svm(1)_w(19) -5.0437536871001605
 UP BOUND svm(1)_w(19) 5.0437536871001605
 LO BOUND svm(1)_w(20) -4.6157915210576741
 UP BOUND svm(1)_w(20) 5.5920784420818483
 LO BOUND svm(1)_w(21) -4.8377627245159545
 UP BOUND svm(1)_w(21) 5.9855558092878338
 LO BOUND svm(1)_w(22) -3.9924297772517896
 UP BOUND svm(1)_w(22) 4.6232640975593284
 LO BOUND svm(1)_w(23) -3.3228847290558541
 UP BOUND svm(1)_w(23) 3.7074946054706501
 LO BOUND svm(1)_w(24) -4.6454221097603039
 UP BOUND svm(1)_w(24) 5.0700517079979068
 LO BOUND svm(1)_w(25) -5.2702427805057068
 UP BOUND svm(1)_w(25) 5.2702427805057068
 LO BOUND svm(1)_w(26) -5.2776309944174224
 UP BOUND svm(1)_w(26) 6.5616115997383382
 LO BOUND svm(1)_w(27) -4.2731403787689972
 UP BOUND svm(1)_w(27) 4.5980364901291972
 LO BOUND svm(1)_w(28) -5.0115931321854097
 UP BOUND svm(1)_w(28) 5.4700302877366873
 LO BOUND svm(1)_w(29) -7.2203456335701004
 UP BOUND svm(1)_w(29) 7.2203456335701004
 LO BOUND svm(1)_w(30) -6.0585416302264585
 UP BOUND svm(1)_w(30) 6.0585416302264585
 LO BOUND svm(1)_w(31) -4.7465052542284747
 UP BOUND svm(1)_w(31) 5.5424567016891597
 LO BOUND svm(1)_w(32) -5.4401694662289524
 UP BOUND svm(1)_w(32) 5.4401694662289524
 LO BOUND svm(1)_w(33) -5.2927853551991966
 UP BOUND svm(1)_w(33) 5.3042217938738796
 LO BOUND svm(1)_w(34) -4.6916660932618424
 UP BOUND svm(1)_w(34) 4.6916660932618424
 LO BOUND svm(1)_w(35) -5.1061289483142733
 UP BOUND svm(1)_w(35) 5.1061289483142733
 LO BOUND svm(1)_w(36) -4.779131247515755
 UP BOUND svm(1)_w(36) 5.8106865182799208
 LO BOUND svm(1)_w(37) -4.8054888395330781
 UP BOUND svm(1)_w(37) 4.9107769211796874
 LO BOUND svm(1)_w(38) -5.1225544182030793
 UP BOUND svm(1)_w(38) 5.172538712556749
 LO BOUND svm(1)_w(39) -5.9727180215924029
 UP BOUND svm(1)_w(39) 6.5069213284638732
 LO BOUND svm(1)_u(0) 0
 UP BOUND svm(1)_u(0) 3.4545425457984775
 LO BOUND svm(1)_u(1) 0
 UP BOUND svm(1)_u(1) 4.1073210599605208
 LO BOUND svm(1)_u(2) 0
 UP BOUND svm(1)_u(2) 3.5621602352056119
 LO BOUND svm(1)_u(3) 0
 UP BOUND svm(1)_u(3) 3.9904384838361091
 LO BOUND svm(1)_u(4) 0
 UP BOUND svm(1)_u(4) 4.5847689034983148
 LO BOUND svm(1)_u(5) 0
 UP BOUND svm(1)_u(5) 4.1974031344551941
 LO BOUND svm(1)_u(6) 0
 UP BOUND svm(1)_u(6) 3.5290441397436192
 LO BOUND svm(1)_u(7) 0
 UP BOUND svm(1)_u(7) 4.5505124488118165
 LO BOUND svm(1)_u(8) 0
 UP BOUND svm(1)_u(8) 4.1075583723190059
 LO BOUND svm(1)_u(9) 0
 UP BOUND svm(1)_u(9) 4.6043961478864013
 LO BOUND svm(1)_u(10) 0
 UP BOUND svm(1)_u(10) 4.4321497519449684
 LO BOUND svm(1)_u(11) 0
 UP BOUND svm(1)_u(11) 4.2684960525324271
 LO BOUND svm(1)_u(12) 0
 UP BOUND svm(1)_u(12) 3.3792189672009307
 LO BOUND svm(1)_u(13) 0
 UP BOUND svm(1)_u(13) 2.9966224702230515
 LO BOUND svm(1)_u(14) 0
 UP BOUND svm(1)_u(14) 3.7538393040305547
 LO BOUND svm(1)_u(15) 0
 UP BOUND svm(1)_u(15) 3.4738447611482659
 LO BOUND svm(1)_u(16) 0
 UP BOUND svm(1)_u(16) 4.0724409358709517
 LO BOUND svm(1)_u(17) 0
 UP BOUND svm(1)_u(17) 3.2913987270756211
 LO BOUND svm(1)_u(18) 0
 UP BOUND svm(1)_u(18) 4.4456995716253678
 LO BOUND svm(1)_u(19) 0
 UP BOUND svm(1)_u(19) 4.0437536921439143
 LO BOUND svm(1)_u(20) 0
 UP BOUND svm(1)_u(20) 4.5920784420818483
 LO BOUND svm(1)_u(21) 0
 UP BOUND svm(1)_u(21) 4.9855558092878338
 LO BOUND svm(1)_u(22) 0
 UP BOUND svm(1)_u(22) 3.6232640975593284
 LO BOUND svm(1)_u(23) 0
 UP BOUND svm(1)_u(23) 2.7074946054706501
 LO BOUND svm(1)_u(24) 0
 UP BOUND svm(1)_u(24) 4.0700517130679588
 LO BOUND svm(1)_u(25) 0
 UP BOUND svm(1)_u(25) 4.2702427857759497
 LO BOUND svm(1)_u(26) 0
 UP BOUND svm(1)_u(26) 5.5616115997383382
 LO BOUND svm(1)_u(27) 0
 UP BOUND svm(1)_u(27) 3.5980364947272339
 LO BOUND svm(1)_u(28) 0
 UP BOUND svm(1)_u(28) 4.470030293206718
 LO BOUND svm(1)_u(29) 0
 UP BOUND svm(1)_u(29) 6.2203456407904465
 LO BOUND svm(1)_u(30) 0
 UP BOUND svm(1)_u(30) 5.0585416362850006
 LO BOUND svm(1)_u(31) 0
 UP BOUND svm(1)_u(31) 4.5424567016891597
 LO BOUND svm(1)_u(32) 0
 UP BOUND svm(1)_u(32) 4.4401694716691225
 LO BOUND svm(1)_u(33) 0
 UP BOUND svm(1)_u(33) 4.3042217991781015
 LO BOUND svm(1)_u(34) 0
 UP BOUND svm(1)_u(34) 3.691666097953509
 LO BOUND svm(1)_u(35) 0
 UP BOUND svm(1)_u(35) 4.1061289534204031
 LO BOUND svm(1)_u(36) 0
 UP BOUND svm(1)_u(36) 4.8106865182799208
 LO BOUND svm(1)_u(37) 0
 UP BOUND svm(1)_u(37) 3.910776926090465
 LO BOUND svm(1)_u(38) 0
 UP BOUND svm(1)_u(38) 4.1725387177292879
 LO BOUND svm(1)_u(39) 0
 UP BOUND svm(1)_u(39) 5.5069213349707953
 LO BOUND svm(1)_v(0) 0
 UP BOUND svm(1)_v(0) 5.223943020407126
 LO BOUND svm(1)_v(1) 0
 UP BOUND svm(1)_v(1) 5.8093757048560555
 LO BOUND svm(1)_v(2) 0
 UP BOUND svm(1)_v(2) 5.5621602352056119
 LO BOUND svm(1)_v(3) 0
 UP BOUND svm(1)_v(3) 5.9904384838361091
 LO BOUND svm(1)_v(4) 0
 UP BOUND svm(1)_v(4) 6.5847689034983148
 LO BOUND svm(1)_v(5) 0
 UP BOUND svm(1)_v(5) 6.1607339396975922
 LO BOUND svm(1)_v(6) 0
 UP BOUND svm(1)_v(6) 5.5290441397436192
 LO BOUND svm(1)_v(7) 0
 UP BOUND svm(1)_v(7) 6.5505124488118165
 LO BOUND svm(1)_v(8) 0
 UP BOUND svm(1)_v(8) 5.2887194591675257
 LO BOUND svm(1)_v(9) 0
 UP BOUND svm(1)_v(9) 6.6043961478864013
 LO BOUND svm(1)_v(10) 0
 UP BOUND svm(1)_v(10) 6.4321497519449684
 LO BOUND svm(1)_v(11) 0
 UP BOUND svm(1)_v(11) 5.3769151207088521
 LO BOUND svm(1)_v(12) 0
 UP BOUND svm(1)_v(12) 4.8760075952295976
 LO BOUND svm(1)_v(13) 0
 UP BOUND svm(1)_v(13) 4.9966224702230519
 LO BOUND svm(1)_v(14) 0
 UP BOUND svm(1)_v(14) 5.7538393040305547
 LO BOUND svm(1)_v(15) 0
 UP BOUND svm(1)_v(15) 4.9094529736159487
 LO BOUND svm(1)_v(16) 0
 UP BOUND svm(1)_v(16) 5.2537365000395013
 LO BOUND svm(1)_v(17) 0
 UP BOUND svm(1)_v(17) 5.2913987270756211
 LO BOUND svm(1)_v(18) 0
 UP BOUND svm(1)_v(18) 6.4456995716253678
 LO BOUND svm(1)_v(19) 0
 UP BOUND svm(1)_v(19) 6.0437536921439143
 LO BOUND svm(1)_v(20) 0
 UP BOUND svm(1)_v(20) 5.6157915210576741
 LO BOUND svm(1)_v(21) 0
 UP BOUND svm(1)_v(21) 5.8377627245159545
 LO BOUND svm(1)_v(22) 0
 UP BOUND svm(1)_v(22) 4.9924297772517896
 LO BOUND svm(1)_v(23) 0
 UP BOUND svm(1)_v(23) 4.3228847290558541
 LO BOUND svm(1)_v(24) 0
 UP BOUND svm(1)_v(24) 5.6454221097603039
 LO BOUND svm(1)_v(25) 0
 UP BOUND svm(1)_v(25) 6.2702427857759497
 LO BOUND svm(1)_v(26) 0
 UP BOUND svm(1)_v(26) 6.2776309944174224
 LO BOUND svm(1)_v(27) 0
 UP BOUND svm(1)_v(27) 5.2731403787689972
 LO BOUND svm(1)_v(28) 0
 UP BOUND svm(1)_v(28) 6.0115931321854097
 LO BOUND svm(1)_v(29) 0
 UP BOUND svm(1)_v(29) 8.2203456407904465
 LO BOUND svm(1)_v(30) 0
 UP BOUND svm(1)_v(30) 7.0585416362850006
 LO BOUND svm(1)_v(31) 0
 UP BOUND svm(1)_v(31) 5.7465052542284747
 LO BOUND svm(1)_v(32) 0
 UP BOUND svm(1)_v(32) 6.4401694716691225
 LO BOUND svm(1)_v(33) 0
 UP BOUND svm(1)_v(33) 6.2927853551991966
 LO BOUND svm(1)_v(34) 0
 UP BOUND svm(1)_v(34) 5.691666097953509
 LO BOUND svm(1)_v(35) 0
 UP BOUND svm(1)_v(35) 6.1061289534204031
 LO BOUND svm(1)_v(36) 0
 UP BOUND svm(1)_v(36) 5.779131247515755
 LO BOUND svm(1)_v(37) 0
 UP BOUND svm(1)_v(37) 5.8054888395330781
 LO BOUND svm(1)_v(38) 0
 UP BOUND svm(1)_v(38) 6.1225544182030793
 LO BOUND svm(1)_v(39) 0
 UP BOUND svm(1)_v(39) 6.9727180215924029
 LO BOUND svm(1)_p(0) -4.454542541343935
 UP BOUND svm(1)_p(0) 4.454542541343935
 LO BOUND svm(1)_p(1) -5.1073210548531991
 UP BOUND svm(1)_p(1) 5.1073210548531991
 LO BOUND svm(1)_p(2) -4.5621602306434514
 UP BOUND svm(1)_p(2) 4.5621602306434514
 LO BOUND svm(1)_p(3) -4.9904384788456699
 UP BOUND svm(1)_p(3) 4.9904384788456699
 LO BOUND svm(1)_p(4) -5.5847688979135457
 UP BOUND svm(1)_p(4) 5.5847688979135457
 LO BOUND svm(1)_p(5) -5.1974031292577907
 UP BOUND svm(1)_p(5) 5.1974031292577907
 LO BOUND svm(1)_p(6) -4.5290441352145745
 UP BOUND svm(1)_p(6) 4.5290441352145745
 LO BOUND svm(1)_p(7) -5.5505124432613036
 UP BOUND svm(1)_p(7) 5.5505124432613036
 LO BOUND svm(1)_p(8) -5.7230723006811823
 UP BOUND svm(1)_p(8) 5.7230723006811823
 LO BOUND svm(1)_p(9) -5.6043961422820043
 UP BOUND svm(1)_p(9) 5.6043961422820043
 LO BOUND svm(1)_p(10) -5.4321497465128186
 UP BOUND svm(1)_p(10) 5.4321497465128186
 LO BOUND svm(1)_p(11) -5.9718705033363042
 UP BOUND svm(1)_p(11) 5.9718705033363042
 LO BOUND svm(1)_p(12) -4.4864746626934977
 UP BOUND svm(1)_p(12) 4.4864746626934977
 LO BOUND svm(1)_p(13) -3.9966224662264289
 UP BOUND svm(1)_p(13) 3.9966224662264289
 LO BOUND svm(1)_p(14) -4.7538392992767147
 UP BOUND svm(1)_p(14) 4.7538392992767147
 LO BOUND svm(1)_p(15) -4.7513862739076309
 UP BOUND svm(1)_p(15) 4.7513862739076309
 LO BOUND svm(1)_p(16) -5.7226023333809986
 UP BOUND svm(1)_p(16) 5.7226023333809986
 LO BOUND svm(1)_p(17) -4.2913987227842219
 UP BOUND svm(1)_p(17) 4.2913987227842219
 LO BOUND svm(1)_p(18) -5.4456995661796679
 UP BOUND svm(1)_p(18) 5.4456995661796679
 LO BOUND svm(1)_p(19) -5.0437536871001605
 UP BOUND svm(1)_p(19) 5.0437536871001605
 LO BOUND svm(1)_p(20) -6.2491180881810013
 UP BOUND svm(1)_p(20) 6.2491180881810013
 LO BOUND svm(1)_p(21) -6.7758190233211275
 UP BOUND svm(1)_p(21) 6.7758190233211275
 LO BOUND svm(1)_p(22) -5.0232830736028591
 UP BOUND svm(1)_p(22) 5.0232830736028591
 LO BOUND svm(1)_p(23) -3.9222946182029848
 UP BOUND svm(1)_p(23) 3.9222946182029848
 LO BOUND svm(1)_p(24) -5.0700517079979068
 UP BOUND svm(1)_p(24) 5.0700517079979068
 LO BOUND svm(1)_p(25) -5.2702427805057068
 UP BOUND svm(1)_p(25) 5.2702427805057068
 LO BOUND svm(1)_p(26) -7.1665350249761728
 UP BOUND svm(1)_p(26) 7.1665350249761728
 LO BOUND svm(1)_p(27) -4.5980364901291972
 UP BOUND svm(1)_p(27) 4.5980364901291972
 LO BOUND svm(1)_p(28) -5.4700302877366873
 UP BOUND svm(1)_p(28) 5.4700302877366873
 LO BOUND svm(1)_p(29) -7.2203456335701004
 UP BOUND svm(1)_p(29) 7.2203456335701004
 LO BOUND svm(1)_p(30) -6.0585416302264585
 UP BOUND svm(1)_p(30) 6.0585416302264585
 LO BOUND svm(1)_p(31) -5.6425223021514705
 UP BOUND svm(1)_p(31) 5.6425223021514705
 LO BOUND svm(1)_p(32) -5.4401694662289524
 UP BOUND svm(1)_p(32) 5.4401694662289524
 LO BOUND svm(1)_p(33) -5.3042217938738796
 UP BOUND svm(1)_p(33) 5.3042217938738796
 LO BOUND svm(1)_p(34) -4.6916660932618424
 UP BOUND svm(1)_p(34) 4.6916660932618424
 LO BOUND svm(1)_p(35) -5.1061289483142733
 UP BOUND svm(1)_p(35) 5.1061289483142733
 LO BOUND svm(1)_p(36) -6.4235668340760421
 UP BOUND svm(1)_p(36) 6.4235668340760421
 LO BOUND svm(1)_p(37) -4.9107769211796874
 UP BOUND svm(1)_p(37) 4.9107769211796874
 LO BOUND svm(1)_p(38) -5.172538712556749
 UP BOUND svm(1)_p(38) 5.172538712556749
 LO BOUND svm(1)_p(39) -6.5069213284638732
 UP BOUND svm(1)_p(39) 6.5069213284638732
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
 BV BOUND svm(1)_s(30)
 BV BOUND svm(1)_s(31)
 BV BOUND svm(1)_s(32)
 BV BOUND svm(1)_s(33)
 BV BOUND svm(1)_s(34)
 BV BOUND svm(1)_s(35)
 BV BOUND svm(1)_s(36)
 BV BOUND svm(1)_s(37)
 BV BOUND svm(1)_s(38)
 BV BOUND svm(1)_s(39)
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
 BV BOUND svm(1)_t(30)
 BV BOUND svm(1)_t(31)
 BV BOUND svm(1)_t(32)
 BV BOUND svm(1)_t(33)
 BV BOUND svm(1)_t(34)
 BV BOUND svm(1)_t(35)
 BV BOUND svm(1)_t(36)
 BV BOUND svm(1)_t(37)
 BV BOUND svm(1)_t(38)
 BV BOUND svm(1)_t(39)
ENDATA
