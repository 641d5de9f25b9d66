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
     b(0_1) c_u_svm(1)_z_ge_alpha_if_pos(0)_ 0.073767343940479416
     b(0_1) c_u_svm(1)_z_le_neg_alpha_if_neg(0)_ -0.073767343940479416
     b(0_1) c_u_svm(1)_w_minus_p_le(0)_ 1.0908774590073766
     b(0_1) c_u_svm(1)_w_minus_p_ge(0)_ 1.0908774590073766
     b(0_1) c_u_svm(1)_w_plus_p_le(0)_ -1.0908774590073766
     b(0_1) c_u_svm(1)_w_plus_p_ge(0)_ -1.0908774590073766
     b(1_1) objective 1
     b(1_1) c_u_svm(1)_z_ge_alpha_if_pos(1)_ 0.073767343940479416
     b(1_1) c_u_svm(1)_z_le_neg_alpha_if_neg(1)_ -0.073767343940479416
     b(1_1) c_u_svm(1)_w_minus_p_le(1)_ 1.0567260175087991
     b(1_1) c_u_svm(1)_w_minus_p_ge(1)_ 1.0567260175087991
     b(1_1) c_u_svm(1)_w_plus_p_le(1)_ -1.0567260175087991
     b(1_1) c_u_svm(1)_w_plus_p_ge(1)_ -1.0567260175087991
     b(2_1) objective 1
     b(2_1) c_u_svm(1)_z_ge_alpha_if_pos(2)_ 0.073767343940479416
     b(2_1) c_u_svm(1)_z_le_neg_alpha_if_neg(2)_ -0.073767343940479416
     b(2_1) c_u_svm(1)_w_minus_p_le(2)_ 1.0611243636093588
     b(2_1) c_u_svm(1)_w_minus_p_ge(2)_ 1.0611243636093588
     b(2_1) c_u_svm(1)_w_plus_p_le(2)_ -1.0611243636093588
     b(2_1) c_u_svm(1)_w_plus_p_ge(2)_ -1.0611243636093588
     b(3_1) objective 1
     b(3_1) c_u_svm(1)_z_ge_alpha_if_pos(3)_ 0.073767343940479416
     b(3_1) c_u_svm(1)_z_le_neg_alpha_if_neg(3)_ -0.073767343940479416
     b(3_1) c_u_svm(1)_w_minus_p_le(3)_ 1.2598320455769629
     b(3_1) c_u_svm(1)_w_minus_p_ge(3)_ 1.2598320455769629
     b(3_1) c_u_svm(1)_w_plus_p_le(3)_ -1.2598320455769629
     b(3_1) c_u_svm(1)_w_plus_p_ge(3)_ -1.2598320455769629
     b(4_1) objective 1
     b(4_1) c_u_svm(1)_z_ge_alpha_if_pos(4)_ 0.073767343940479416
     b(4_1) c_u_svm(1)_z_le_neg_alpha_if_neg(4)_ -0.073767343940479416
     b(4_1) c_u_svm(1)_w_minus_p_le(4)_ 1.0162718675928735
     b(4_1) c_u_svm(1)_w_minus_p_ge(4)_ 1.0162718675928735
     b(4_1) c_u_svm(1)_w_plus_p_le(4)_ -1.0162718675928735
     b(4_1) c_u_svm(1)_w_plus_p_ge(4)_ -1.0162718675928735
     b(5_1) objective 1
     b(5_1) c_u_svm(1)_z_ge_alpha_if_pos(5)_ 0.073767343940479416
     b(5_1) c_u_svm(1)_z_le_neg_alpha_if_neg(5)_ -0.073767343940479416
     b(5_1) c_u_svm(1)_w_minus_p_le(5)_ 1.413511874062052
     b(5_1) c_u_svm(1)_w_minus_p_ge(5)_ 1.413511874062052
     b(5_1) c_u_svm(1)_w_plus_p_le(5)_ -1.413511874062052
     b(5_1) c_u_svm(1)_w_plus_p_ge(5)_ -1.413511874062052
     b(6_1) objective 1
     b(6_1) c_u_svm(1)_z_ge_alpha_if_pos(6)_ 0.073767343940479416
     b(6_1) c_u_svm(1)_z_le_neg_alpha_if_neg(6)_ -0.073767343940479416
     b(6_1) c_u_svm(1)_w_minus_p_le(6)_ 1.6124067187054476
     b(6_1) c_u_svm(1)_w_minus_p_ge(6)_ 1.6124067187054476
     b(6_1) c_u_svm(1)_w_plus_p_le(6)_ -1.6124067187054476
     b(6_1) c_u_svm(1)_w_plus_p_ge(6)_ -1.6124067187054476
     b(7_1) objective 1
     b(7_1) c_u_svm(1)_z_ge_alpha_if_pos(7)_ 0.073767343940479416
     b(7_1) c_u_svm(1)_z_le_neg_alpha_if_neg(7)_ -0.073767343940479416
     b(7_1) c_u_svm(1)_w_minus_p_le(7)_ 1.2441624754275786
     b(7_1) c_u_svm(1)_w_minus_p_ge(7)_ 1.2441624754275786
     b(7_1) c_u_svm(1)_w_plus_p_le(7)_ -1.2441624754275786
     b(7_1) c_u_svm(1)_w_plus_p_ge(7)_ -1.2441624754275786
     b(8_1) objective 1
     b(8_1) c_u_svm(1)_z_ge_alpha_if_pos(8)_ 0.073767343940479416
     b(8_1) c_u_svm(1)_z_le_neg_alpha_if_neg(8)_ -0.073767343940479416
     b(8_1) c_u_svm(1)_w_minus_p_le(8)_ 1.4324928140502791
     b(8_1) c_u_svm(1)_w_minus_p_ge(8)_ 1.4324928140502791
     b(8_1) c_u_svm(1)_w_plus_p_le(8)_ -1.4324928140502791
     b(8_1) c_u_svm(1)_w_plus_p_ge(8)_ -1.4324928140502791
     b(9_1) objective 1
     b(9_1) c_u_svm(1)_z_ge_alpha_if_pos(9)_ 0.073767343940479416
     b(9_1) c_u_svm(1)_z_le_neg_alpha_if_neg(9)_ -0.073767343940479416
     b(9_1) c_u_svm(1)_w_minus_p_le(9)_ 1.2106912899706215
     b(9_1) c_u_svm(1)_w_minus_p_ge(9)_ 1.2106912899706215
     b(9_1) c_u_svm(1)_w_plus_p_le(9)_ -1.2106912899706215
     b(9_1) c_u_svm(1)_w_plus_p_ge(9)_ -1.2106912899706215
     b(10_1) objective 1
     b(10_1) c_u_svm(1)_z_ge_alpha_if_pos(10)_ 0.073767343940479416
     b(10_1) c_u_svm(1)_z_le_neg_alpha_if_neg(10)_ -0.073767343940479416
     b(10_1) c_u_svm(1)_w_minus_p_le(10)_ 1.258902397913801
     b(10_1) c_u_svm(1)_w_minus_p_ge(10)_ 1.258902397913801
     b(10_1) c_u_svm(1)_w_plus_p_le(10)_ -1.258902397913801
     b(10_1) c_u_svm(1)_w_plus_p_ge(10)_ -1.258902397913801
     b(11_1) objective 1
     b(11_1) c_u_svm(1)_z_ge_alpha_if_pos(11)_ 0.073767343940479416
     b(11_1) c_u_svm(1)_z_le_neg_alpha_if_neg(11)_ -0.073767343940479416
     b(11_1) c_u_svm(1)_w_minus_p_le(11)_ 1.1878853079552385
     b(11_1) c_u_svm(1)_w_minus_p_ge(11)_ 1.1878853079552385
     b(11_1) c_u_svm(1)_w_plus_p_le(11)_ -1.1878853079552385
     b(11_1) c_u_svm(1)_w_plus_p_ge(11)_ -1.1878853079552385
     b(12_1) objective 1
     b(12_1) c_u_svm(1)_z_ge_alpha_if_pos(12)_ 0.073767343940479416
     b(12_1) c_u_svm(1)_z_le_neg_alpha_if_neg(12)_ -0.073767343940479416
     b(12_1) c_u_svm(1)_w_minus_p_le(12)_ 1.1872724075721113
     b(12_1) c_u_svm(1)_w_minus_p_ge(12)_ 1.1872724075721113
     b(12_1) c_u_svm(1)_w_plus_p_le(12)_ -1.1872724075721113
     b(12_1) c_u_svm(1)_w_plus_p_ge(12)_ -1.1872724075721113
     b(13_1) objective 1
     b(13_1) c_u_svm(1)_z_ge_alpha_if_pos(13)_ 0.073767343940479416
     b(13_1) c_u_svm(1)_z_le_neg_alpha_if_neg(13)_ -0.073767343940479416
     b(13_1) c_u_svm(1)_w_minus_p_le(13)_ 1.1514870502503651
     b(13_1) c_u_svm(1)_w_minus_p_ge(13)_ 1.1514870502503651
     b(13_1) c_u_svm(1)_w_plus_p_le(13)_ -1.1514870502503651
     b(13_1) c_u_svm(1)_w_plus_p_ge(13)_ -1.1514870502503651
     b(14_1) objective 1
     b(14_1) c_u_svm(1)_z_ge_alpha_if_pos(14)_ 0.073767343940479416
     b(14_1) c_u_svm(1)_z_le_neg_alpha_if_neg(14)_ -0.073767343940479416
     b(14_1) c_u_svm(1)_w_minus_p_le(14)_ 1.0577854299107781
     b(14_1) c_u_svm(1)_w_minus_p_ge(14)_ 1.0577854299107781
     b(14_1) c_u_svm(1)_w_plus_p_le(14)_ -1.0577854299107781
     b(14_1) c_u_svm(1)_w_plus_p_ge(14)_ -1.0577854299107781
     b(15_1) objective 1
     b(15_1) c_u_svm(1)_z_ge_alpha_if_pos(15)_ 0.073767343940479416
     b(15_1) c_u_svm(1)_z_le_neg_alpha_if_neg(15)_ -0.073767343940479416
     b(15_1) c_u_svm(1)_w_minus_p_le(15)_ 1.5489596723303023
     b(15_1) c_u_svm(1)_w_minus_p_ge(15)_ 1.5489596723303023
     b(15_1) c_u_svm(1)_w_plus_p_le(15)_ -1.5489596723303023
     b(15_1) c_u_svm(1)_w_plus_p_ge(15)_ -1.5489596723303023
     b(16_1) objective 1
     b(16_1) c_u_svm(1)_z_ge_alpha_if_pos(16)_ 0.073767343940479416
     b(16_1) c_u_svm(1)_z_le_neg_alpha_if_neg(16)_ -0.073767343940479416
     b(16_1) c_u_svm(1)_w_minus_p_le(16)_ 1.0962644908801438
     b(16_1) c_u_svm(1)_w_minus_p_ge(16)_ 1.0962644908801438
     b(16_1) c_u_svm(1)_w_plus_p_le(16)_ -1.0962644908801438
     b(16_1) c_u_svm(1)_w_plus_p_ge(16)_ -1.0962644908801438
     b(17_1) objective 1
     b(17_1) c_u_svm(1)_z_ge_alpha_if_pos(17)_ 0.073767343940479416
     b(17_1) c_u_svm(1)_z_le_neg_alpha_if_neg(17)_ -0.073767343940479416
     b(17_1) c_u_svm(1)_w_minus_p_le(17)_ 1.3808153839033983
     b(17_1) c_u_svm(1)_w_minus_p_ge(17)_ 1.3808153839033983
     b(17_1) c_u_svm(1)_w_plus_p_le(17)_ -1.3808153839033983
     b(17_1) c_u_svm(1)_w_plus_p_ge(17)_ -1.3808153839033983
     b(18_1) objective 1
     b(18_1) c_u_svm(1)_z_ge_alpha_if_pos(18)_ 0.073767343940479416
     b(18_1) c_u_svm(1)_z_le_neg_alpha_if_neg(18)_ -0.073767343940479416
     b(18_1) c_u_svm(1)_w_minus_p_le(18)_ 1.4167783487744583
     b(18_1) c_u_svm(1)_w_minus_p_ge(18)_ 1.4167783487744583
     b(18_1) c_u_svm(1)_w_plus_p_le(18)_ -1.4167783487744583
     b(18_1) c_u_svm(1)_w_plus_p_ge(18)_ -1.4167783487744583
     b(19_1) objective 1
     b(19_1) c_u_svm(1)_z_ge_alpha_if_pos(19)_ 0.073767343940479416
     b(19_1) c_u_svm(1)_z_le_neg_alpha_if_neg(19)_ -0.073767343940479416
     b(19_1) c_u_svm(1)_w_minus_p_le(19)_ 1.1563409373928994
     b(19_1) c_u_svm(1)_w_minus_p_ge(19)_ 1.1563409373928994
     b(19_1) c_u_svm(1)_w_plus_p_le(19)_ -1.1563409373928994
     b(19_1) c_u_svm(1)_w_plus_p_ge(19)_ -1.1563409373928994
     b(20_1) objective -1
     b(20_1) c_u_svm(1)_z_ge_alpha_if_pos(20)_ 0.073767343940479416
     b(20_1) c_u_svm(1)_z_le_neg_alpha_if_neg(20)_ -0.073767343940479416
     b(20_1) c_u_svm(1)_w_minus_p_le(20)_ 1.212294226706349
     b(20_1) c_u_svm(1)_w_minus_p_ge(20)_ 1.212294226706349
     b(20_1) c_u_svm(1)_w_plus_p_le(20)_ -1.212294226706349
     b(20_1) c_u_svm(1)_w_plus_p_ge(20)_ -1.212294226706349
     b(21_1) objective -1
     b(21_1) c_u_svm(1)_z_ge_alpha_if_pos(21)_ 0.073767343940479416
     b(21_1) c_u_svm(1)_z_le_neg_alpha_if_neg(21)_ -0.073767343940479416
     b(21_1) c_u_svm(1)_w_minus_p_le(21)_ 1.5843299828627233
     b(21_1) c_u_svm(1)_w_minus_p_ge(21)_ 1.5843299828627233
     b(21_1) c_u_svm(1)_w_plus_p_le(21)_ -1.5843299828627233
     b(21_1) c_u_svm(1)_w_plus_p_ge(21)_ -1.5843299828627233
     b(22_1) objective -1
     b(22_1) c_u_svm(1)_z_ge_alpha_if_pos(22)_ 0.073767343940479416
     b(22_1) c_u_svm(1)_z_le_neg_alpha_if_neg(22)_ -0.073767343940479416
     b(22_1) c_u_svm(1)_w_minus_p_le(22)_ 0.82813270166307884
     b(22_1) c_u_svm(1)_w_minus_p_ge(22)_ 0.82813270166307884
     b(22_1) c_u_svm(1)_w_plus_p_le(22)_ -0.82813270166307884
     b(22_1) c_u_svm(1)_w_plus_p_ge(22)_ -0.82813270166307884
     b(23_1) objective -1
     b(23_1) c_u_svm(1)_z_ge_alpha_if_pos(23)_ 0.073767343940479416
     b(23_1) c_u_svm(1)_z_le_neg_alpha_if_neg(23)_ -0.073767343940479416
     b(23_1) c_u_svm(1)_w_minus_p_le(23)_ 1.4694333479285839
     b(23_1) c_u_svm(1)_w_minus_p_ge(23)_ 1.4694333479285839
     b(23_1) c_u_svm(1)_w_plus_p_le(23)_ -1.4694333479285839
     b(23_1) c_u_svm(1)_w_plus_p_ge(23)_ -1.4694333479285839
     b(24_1) objective -1
     b(24_1) c_u_svm(1)_z_ge_alpha_if_pos(24)_ 0.073767343940479416
     b(24_1) c_u_svm(1)_z_le_neg_alpha_if_neg(24)_ -0.073767343940479416
     b(24_1) c_u_svm(1)_w_minus_p_le(24)_ 1.3261026132454188
     b(24_1) c_u_svm(1)_w_minus_p_ge(24)_ 1.3261026132454188
     b(24_1) c_u_svm(1)_w_plus_p_le(24)_ -1.3261026132454188
     b(24_1) c_u_svm(1)_w_plus_p_ge(24)_ -1.3261026132454188
     b(25_1) objective -1
     b(25_1) c_u_svm(1)_z_ge_alpha_if_pos(25)_ 0.073767343940479416
     b(25_1) c_u_svm(1)_z_le_neg_alpha_if_neg(25)_ -0.073767343940479416
     b(25_1) c_u_svm(1)_w_minus_p_le(25)_ 1.5949395672839308
     b(25_1) c_u_svm(1)_w_minus_p_ge(25)_ 1.5949395672839308
     b(25_1) c_u_svm(1)_w_plus_p_le(25)_ -1.5949395672839308
     b(25_1) c_u_svm(1)_w_plus_p_ge(25)_ -1.5949395672839308
     b(26_1) objective -1
     b(26_1) c_u_svm(1)_z_ge_alpha_if_pos(26)_ 0.073767343940479416
     b(26_1) c_u_svm(1)_z_le_neg_alpha_if_neg(26)_ -0.073767343940479416
     b(26_1) c_u_svm(1)_w_minus_p_le(26)_ 1.1629341887935876
     b(26_1) c_u_svm(1)_w_minus_p_ge(26)_ 1.1629341887935876
     b(26_1) c_u_svm(1)_w_plus_p_le(26)_ -1.1629341887935876
     b(26_1) c_u_svm(1)_w_plus_p_ge(26)_ -1.1629341887935876
     b(27_1) objective -1
     b(27_1) c_u_svm(1)_z_ge_alpha_if_pos(27)_ 0.073767343940479416
     b(27_1) c_u_svm(1)_z_le_neg_alpha_if_neg(27)_ -0.073767343940479416
     b(27_1) c_u_svm(1)_w_minus_p_le(27)_ 1.216141409639995
     b(27_1) c_u_svm(1)_w_minus_p_ge(27)_ 1.216141409639995
     b(27_1) c_u_svm(1)_w_plus_p_le(27)_ -1.216141409639995
     b(27_1) c_u_svm(1)_w_plus_p_ge(27)_ -1.216141409639995
     b(28_1) objective -1
     b(28_1) c_u_svm(1)_z_ge_alpha_if_pos(28)_ 0.073767343940479416
     b(28_1) c_u_svm(1)_z_le_neg_alpha_if_neg(28)_ -0.073767343940479416
     b(28_1) c_u_svm(1)_w_minus_p_le(28)_ 1.4636326475822932
     b(28_1) c_u_svm(1)_w_minus_p_ge(28)_ 1.4636326475822932
     b(28_1) c_u_svm(1)_w_plus_p_le(28)_ -1.4636326475822932
     b(28_1) c_u_svm(1)_w_plus_p_ge(28)_ -1.4636326475822932
     b(29_1) objective -1
     b(29_1) c_u_svm(1)_z_ge_alpha_if_pos(29)_ 0.073767343940479416
     b(29_1) c_u_svm(1)_z_le_neg_alpha_if_neg(29)_ -0.073767343940479416
     b(29_1) c_u_svm(1)_w_minus_p_le(29)_ 1.167740770754043
     b(29_1) c_u_svm(1)_w_minus_p_ge(29)_ 1.167740770754043
     b(29_1) c_u_svm(1)_w_plus_p_le(29)_ -1.167740770754043
     b(29_1) c_u_svm(1)_w_plus_p_ge(29)_ -1.167740770754043
     b(30_1) objective -1
     b(30_1) c_u_svm(1)_z_ge_alpha_if_pos(30)_ 0.073767343940479416
     b(30_1) c_u_svm(1)_z_le_neg_alpha_if_neg(30)_ -0.073767343940479416
     b(30_1) c_u_svm(1)_w_minus_p_le(30)_ 1.320040029415787
     b(30_1) c_u_svm(1)_w_minus_p_ge(30)_ 1.320040029415787
     b(30_1) c_u_svm(1)_w_plus_p_le(30)_ -1.320040029415787
     b(30_1) c_u_svm(1)_w_plus_p_ge(30)_ -1.320040029415787
     b(31_1) objective -1
     b(31_1) c_u_svm(1)_z_ge_alpha_if_pos(31)_ 0.073767343940479416
     b(31_1) c_u_svm(1)_z_le_neg_alpha_if_neg(31)_ -0.073767343940479416
     b(31_1) c_u_svm(1)_w_minus_p_le(31)_ 1.5646844894129832
     b(31_1) c_u_svm(1)_w_minus_p_ge(31)_ 1.5646844894129832
     b(31_1) c_u_svm(1)_w_plus_p_le(31)_ -1.5646844894129832
     b(31_1) c_u_svm(1)_w_plus_p_ge(31)_ -1.5646844894129832
     b(32_1) objective -1
     b(32_1) c_u_svm(1)_z_ge_alpha_if_pos(32)_ 0.073767343940479416
     b(32_1) c_u_svm(1)_z_le_neg_alpha_if_neg(32)_ -0.073767343940479416
     b(32_1) c_u_svm(1)_w_minus_p_le(32)_ 1.0181605441801194
     b(32_1) c_u_svm(1)_w_minus_p_ge(32)_ 1.0181605441801194
     b(32_1) c_u_svm(1)_w_plus_p_le(32)_ -1.0181605441801194
     b(32_1) c_u_svm(1)_w_plus_p_ge(32)_ -1.0181605441801194
     b(33_1) objective -1
     b(33_1) c_u_svm(1)_z_ge_alpha_if_pos(33)_ 0.073767343940479416
     b(33_1) c_u_svm(1)_z_le_neg_alpha_if_neg(33)_ -0.073767343940479416
     b(33_1) c_u_svm(1)_w_minus_p_le(33)_ 1.348095230683557
     b(33_1) c_u_svm(1)_w_minus_p_ge(33)_ 1.348095230683557
     b(33_1) c_u_svm(1)_w_plus_p_le(33)_ -1.348095230683557
     b(33_1) c_u_svm(1)_w_plus_p_ge(33)_ -1.348095230683557
     b(34_1) objective -1
     b(34_1) c_u_svm(1)_z_ge_alpha_if_pos(34)_ 0.073767343940479416
     b(34_1) c_u_svm(1)_z_le_neg_alpha_if_neg(34)_ -0.073767343940479416
     b(34_1) c_u_svm(1)_w_minus_p_le(34)_ 1.5426534602164383
     b(34_1) c_u_svm(1)_w_minus_p_ge(34)_ 1.5426534602164383
     b(34_1) c_u_svm(1)_w_plus_p_le(34)_ -1.5426534602164383
     b(34_1) c_u_svm(1)_w_plus_p_ge(34)_ -1.5426534602164383
     b(35_1) objective -1
     b(35_1) c_u_svm(1)_z_ge_alpha_if_pos(35)_ 0.073767343940479416
     b(35_1) c_u_svm(1)_z_le_neg_alpha_if_neg(35)_ -0.073767343940479416
     b(35_1) c_u_svm(1)_w_minus_p_le(35)_ 2.0000000020020003
     b(35_1) c_u_svm(1)_w_minus_p_ge(35)_ 2.0000000020020003
     b(35_1) c_u_svm(1)_w_plus_p_le(35)_ -2.0000000020020003
     b(35_1) c_u_svm(1)_w_plus_p_ge(35)_ -2.0000000020020003
     b(36_1) objective -1
     b(36_1) c_u_svm(1)_z_ge_alpha_if_pos(36)_ 0.073767343940479416
     b(36_1) c_u_svm(1)_z_le_neg_alpha_if_neg(36)_ -0.073767343940479416
     b(36_1) c_u_svm(1)_w_minus_p_le(36)_ 1.1870489225356569
     b(36_1) c_u_svm(1)_w_minus_p_ge(36)_ 1.1870489225356569
     b(36_1) c_u_svm(1)_w_plus_p_le(36)_ -1.1870489225356569
     b(36_1) c_u_svm(1)_w_plus_p_ge(36)_ -1.1870489225356569
     b(37_1) objective -1
     b(37_1) c_u_svm(1)_z_ge_alpha_if_pos(37)_ 0.073767343940479416
     b(37_1) c_u_svm(1)_z_le_neg_alpha_if_neg(37)_ -0.073767343940479416
     b(37_1) c_u_svm(1)_w_minus_p_le(37)_ 1.1754564864138706
     b(37_1) c_u_svm(1)_w_minus_p_ge(37)_ 1.1754564864138706
     b(37_1) c_u_svm(1)_w_plus_p_le(37)_ -1.1754564864138706
     b(37_1) c_u_svm(1)_w_plus_p_ge(37)_ -1.1754564864138706
     b(38_1) objective -1
     b(38_1) c_u_svm(1)_z_ge_alpha_if_pos(38)_ 0.073767343940479416
     b(38_1) c_u_svm(1)_z_le_neg_alpha_if_neg(38)_ -0.073767343940479416
     b(38_1) c_u_svm(1)_w_minus_p_le(38)_ 1.6933874793430956
     b(38_1) c_u_svm(1)_w_minus_p_ge(38)_ 1.6933874793430956
     b(38_1) c_u_svm(1)_w_plus_p_le(38)_ -1.6933874793430956
     b(38_1) c_u_svm(1)_w_plus_p_ge(38)_ -1.6933874793430956
     b(39_1) objective -1
     b(39_1) c_u_svm(1)_z_ge_alpha_if_pos(39)_ 0.073767343940479416
     b(39_1) c_u_svm(1)_z_le_neg_alpha_if_neg(39)_ -0.073767343940479416
     b(39_1) c_u_svm(1)_w_minus_p_le(39)_ 1.1152233449173472
     b(39_1) c_u_svm(1)_w_minus_p_ge(39)_ 1.1152233449173472
     b(39_1) c_u_svm(1)_w_plus_p_le(39)_ -1.1152233449173472
     b(39_1) c_u_svm(1)_w_plus_p_ge(39)_ -1.1152233449173472
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
     svm(1)_z(0) c_u_crossed_ -0.29918651118025053
     svm(1)_z(0) c_u_svm(1)_z_le_alpha(0)_ 1
     svm(1)_z(0) c_u_svm(1)_z_ge_neg_alpha(0)_ -1
     svm(1)_z(0) c_u_svm(1)_z_ge_alpha_if_pos(0)_ -1
     svm(1)_z(0) c_u_svm(1)_z_le_neg_alpha_if_neg(0)_ 1
     svm(1)_z(0) c_e_svm(1)_p_def(0)_ -2.0306738214361122
     svm(1)_z(0) c_e_svm(1)_p_def(1)_ -0.12595962155488269
     svm(1)_z(0) c_e_svm(1)_p_def(2)_ -0.095696575287046934
     svm(1)_z(0) c_e_svm(1)_p_def(3)_ -0.2148982553339539
     svm(1)_z(0) c_e_svm(1)_p_def(4)_ -0.012405064532201623
     svm(1)_z(0) c_e_svm(1)_p_def(5)_ -0.2344418271960606
     svm(1)_z(0) c_e_svm(1)_p_def(6)_ -0.10902682416984594
     svm(1)_z(0) c_e_svm(1)_p_def(7)_ 0.018063489286107459
     svm(1)_z(0) c_e_svm(1)_p_def(8)_ -0.39509310771473377
     svm(1)_z(0) c_e_svm(1)_p_def(9)_ -0.2318946221182111
     svm(1)_z(0) c_e_svm(1)_p_def(10)_ 0.051514360981564325
     svm(1)_z(0) c_e_svm(1)_p_def(11)_ -0.091574518131312135
     svm(1)_z(0) c_e_svm(1)_p_def(12)_ -0.2580924901042646
     svm(1)_z(0) c_e_svm(1)_p_def(13)_ -0.16998221819597339
     svm(1)_z(0) c_e_svm(1)_p_def(14)_ -0.10523700383640405
     svm(1)_z(0) c_e_svm(1)_p_def(15)_ -0.28948916207621322
     svm(1)_z(0) c_e_svm(1)_p_def(16)_ -0.06978555024121455
     svm(1)_z(0) c_e_svm(1)_p_def(17)_ -0.099134583644015464
     svm(1)_z(0) c_e_svm(1)_p_def(18)_ -0.54272946741210415
     svm(1)_z(0) c_e_svm(1)_p_def(19)_ 0.017932685878275567
     svm(1)_z(0) c_e_svm(1)_p_def(20)_ -0.61353813717206562
     svm(1)_z(0) c_e_svm(1)_p_def(21)_ -0.79778861050594962
     svm(1)_z(0) c_e_svm(1)_p_def(22)_ -0.19825879805608637
     svm(1)_z(0) c_e_svm(1)_p_def(23)_ -0.70112392233199905
     svm(1)_z(0) c_e_svm(1)_p_def(24)_ -0.60850062346910716
     svm(1)_z(0) c_e_svm(1)_p_def(25)_ -0.8142333246886353
     svm(1)_z(0) c_e_svm(1)_p_def(26)_ -0.050076414589485085
     svm(1)_z(0) c_e_svm(1)_p_def(27)_ -0.28929511575686517
     svm(1)_z(0) c_e_svm(1)_p_def(28)_ -0.93237888013689796
     svm(1)_z(0) c_e_svm(1)_p_def(29)_ -0.90465419047404783
     svm(1)_z(0) c_e_svm(1)_p_def(30)_ -0.56499224187358832
     svm(1)_z(0) c_e_svm(1)_p_def(31)_ -0.71726890758019668
     svm(1)_z(0) c_e_svm(1)_p_def(32)_ -0.06073611022354472
     svm(1)_z(0) c_e_svm(1)_p_def(33)_ -0.62912610554233728
     svm(1)_z(0) c_e_svm(1)_p_def(34)_ -0.16981189826667098
     svm(1)_z(0) c_e_svm(1)_p_def(35)_ -0.27991245962346883
     svm(1)_z(0) c_e_svm(1)_p_def(36)_ -0.16341692582806264
     svm(1)_z(0) c_e_svm(1)_p_def(37)_ -0.61186048952256966
     svm(1)_z(0) c_e_svm(1)_p_def(38)_ -0.35189454033135009
     svm(1)_z(0) c_e_svm(1)_p_def(39)_ -0.16558806259415684
     svm(1)_z(1) c_u_crossed_ -0.42761472451822885
     svm(1)_z(1) c_u_svm(1)_z_le_alpha(1)_ 1
     svm(1)_z(1) c_u_svm(1)_z_ge_neg_alpha(1)_ -1
     svm(1)_z(1) c_u_svm(1)_z_ge_alpha_if_pos(1)_ -1
     svm(1)_z(1) c_u_svm(1)_z_le_neg_alpha_if_neg(1)_ 1
     svm(1)_z(1) c_e_svm(1)_p_def(0)_ -0.12595962155488269
     svm(1)_z(1) c_e_svm(1)_p_def(1)_ -1.2618905130547935
     svm(1)_z(1) c_e_svm(1)_p_def(2)_ -0.67096000765140107
     svm(1)_z(1) c_e_svm(1)_p_def(3)_ -0.18187285129016173
     svm(1)_z(1) c_e_svm(1)_p_def(4)_ -0.64602783012908394
     svm(1)_z(1) c_e_svm(1)_p_def(5)_ -0.45922504433450012
     svm(1)_z(1) c_e_svm(1)_p_def(6)_ -0.72748444184608729
     svm(1)_z(1) c_e_svm(1)_p_def(7)_ -0.85796545512797739
     svm(1)_z(1) c_e_svm(1)_p_def(8)_ -0.52841849817895536
     svm(1)_z(1) c_e_svm(1)_p_def(9)_ -0.4200611900599403
     svm(1)_z(1) c_e_svm(1)_p_def(10)_ -0.94854257816305731
     svm(1)_z(1) c_e_svm(1)_p_def(11)_ -0.69248215995136431
     svm(1)_z(1) c_e_svm(1)_p_def(12)_ -0.77013732495841669
     svm(1)_z(1) c_e_svm(1)_p_def(13)_ -0.72388647268925443
     svm(1)_z(1) c_e_svm(1)_p_def(14)_ -0.70458973066769071
     svm(1)_z(1) c_e_svm(1)_p_def(15)_ -0.39732503433443472
     svm(1)_z(1) c_e_svm(1)_p_def(16)_ -0.53439738294741579
     svm(1)_z(1) c_e_svm(1)_p_def(17)_ -0.60289556724244375
     svm(1)_z(1) c_e_svm(1)_p_def(18)_ -0.25020482907271507
     svm(1)_z(1) c_e_svm(1)_p_def(19)_ -1.0470629382903236
     svm(1)_z(1) c_e_svm(1)_p_def(20)_ -0.075598419157073146
     svm(1)_z(1) c_e_svm(1)_p_def(21)_ 0.010781949412803624
     svm(1)_z(1) c_e_svm(1)_p_def(22)_ -0.14729297626149684
     svm(1)_z(1) c_e_svm(1)_p_def(23)_ -0.051228514177515852
     svm(1)_z(1) c_e_svm(1)_p_def(24)_ 0.063338558440364207
     svm(1)_z(1) c_e_svm(1)_p_def(25)_ -0.014837948091776729
     svm(1)_z(1) c_e_svm(1)_p_def(26)_ 0.077510250906955597
     svm(1)_z(1) c_e_svm(1)_p_def(27)_ -0.090928030702993143
     svm(1)_z(1) c_e_svm(1)_p_def(28)_ -0.077803289095008138
     svm(1)_z(1) c_e_svm(1)_p_def(29)_ -0.0091252768165022841
     svm(1)_z(1) c_e_svm(1)_p_def(30)_ -0.0071080574346537029
     svm(1)_z(1) c_e_svm(1)_p_def(31)_ -0.18554832525453041
     svm(1)_z(1) c_e_svm(1)_p_def(32)_ -0.34269933155750543
     svm(1)_z(1) c_e_svm(1)_p_def(33)_ 0.012781639618348759
     svm(1)_z(1) c_e_svm(1)_p_def(34)_ -0.055297105226097598
     svm(1)_z(1) c_e_svm(1)_p_def(35)_ 0.13757170035295546
     svm(1)_z(1) c_e_svm(1)_p_def(36)_ 0.04205237722016518
     svm(1)_z(1) c_e_svm(1)_p_def(37)_ -0.24918369689524908
     svm(1)_z(1) c_e_svm(1)_p_def(38)_ 0.11486207864163241
     svm(1)_z(1) c_e_svm(1)_p_def(39)_ 0.0081804937713771259
     svm(1)_z(2) c_u_crossed_ -0.19596522717540268
     svm(1)_z(2) c_u_svm(1)_z_le_alpha(2)_ 1
     svm(1)_z(2) c_u_svm(1)_z_ge_neg_alpha(2)_ -1
     svm(1)_z(2) c_u_svm(1)_z_ge_alpha_if_pos(2)_ -1
     svm(1)_z(2) c_u_svm(1)_z_le_neg_alpha_if_neg(2)_ 1
     svm(1)_z(2) c_e_svm(1)_p_def(0)_ -0.095696575287046934
     svm(1)_z(2) c_e_svm(1)_p_def(1)_ -0.67096000765140107
     svm(1)_z(2) c_e_svm(1)_p_def(2)_ -1.2910411805925819
     svm(1)_z(2) c_e_svm(1)_p_def(3)_ -0.90343555342137427
     svm(1)_z(2) c_e_svm(1)_p_def(4)_ -0.55447887170691879
     svm(1)_z(2) c_e_svm(1)_p_def(5)_ -0.20012411187770984
     svm(1)_z(2) c_e_svm(1)_p_def(6)_ -0.36668053567340908
     svm(1)_z(2) c_e_svm(1)_p_def(7)_ -1.2401788365041684
     svm(1)_z(2) c_e_svm(1)_p_def(8)_ -0.1135796290901013
     svm(1)_z(2) c_e_svm(1)_p_def(9)_ -0.88367999879861092
     svm(1)_z(2) c_e_svm(1)_p_def(10)_ -1.1310057748119877
     svm(1)_z(2) c_e_svm(1)_p_def(11)_ -0.29139562157018895
     svm(1)_z(2) c_e_svm(1)_p_def(12)_ -0.24389106939983154
     svm(1)_z(2) c_e_svm(1)_p_def(13)_ -0.94115389536371463
     svm(1)_z(2) c_e_svm(1)_p_def(14)_ -0.80739622276784795
     svm(1)_z(2) c_e_svm(1)_p_def(15)_ -0.22299676600479526
     svm(1)_z(2) c_e_svm(1)_p_def(16)_ -1.1900486244631439
     svm(1)_z(2) c_e_svm(1)_p_def(17)_ -0.3021079006750807
     svm(1)_z(2) c_e_svm(1)_p_def(18)_ -0.12986075199230518
     svm(1)_z(2) c_e_svm(1)_p_def(19)_ -0.9838098857384534
     svm(1)_z(2) c_e_svm(1)_p_def(20)_ 0.012025173360031713
     svm(1)_z(2) c_e_svm(1)_p_def(21)_ -0.089856932023421515
     svm(1)_z(2) c_e_svm(1)_p_def(22)_ -0.134550616191255
     svm(1)_z(2) c_e_svm(1)_p_def(23)_ 0.04396305031906915
     svm(1)_z(2) c_e_svm(1)_p_def(24)_ -0.13311044971499772
     svm(1)_z(2) c_e_svm(1)_p_def(25)_ 0.02436017299839538
     svm(1)_z(2) c_e_svm(1)_p_def(26)_ -0.068646254052326855
     svm(1)_z(2) c_e_svm(1)_p_def(27)_ 0.08536051832883737
     svm(1)_z(2) c_e_svm(1)_p_def(28)_ -0.21613718638588986
     svm(1)_z(2) c_e_svm(1)_p_def(29)_ 0.015866677506046062
     svm(1)_z(2) c_e_svm(1)_p_def(30)_ -0.073557929820766768
     svm(1)_z(2) c_e_svm(1)_p_def(31)_ 0.029294113341756509
     svm(1)_z(2) c_e_svm(1)_p_def(32)_ -0.28618969085766782
     svm(1)_z(2) c_e_svm(1)_p_def(33)_ -0.15635642390150084
     svm(1)_z(2) c_e_svm(1)_p_def(34)_ 0.052807421881958541
     svm(1)_z(2) c_e_svm(1)_p_def(35)_ 0.048360530860591278
     svm(1)_z(2) c_e_svm(1)_p_def(36)_ -0.093840677229605665
     svm(1)_z(2) c_e_svm(1)_p_def(37)_ 0.028312845280350038
     svm(1)_z(2) c_e_svm(1)_p_def(38)_ -0.12072939343176101
     svm(1)_z(2) c_e_svm(1)_p_def(39)_ -0.10789618880380175
     svm(1)_z(3) c_u_crossed_ -0.25904090050155421
     svm(1)_z(3) c_u_svm(1)_z_le_alpha(3)_ 1
     svm(1)_z(3) c_u_svm(1)_z_ge_neg_alpha(3)_ -1
     svm(1)_z(3) c_u_svm(1)_z_ge_alpha_if_pos(3)_ -1
     svm(1)_z(3) c_u_svm(1)_z_le_neg_alpha_if_neg(3)_ 1
     svm(1)_z(3) c_e_svm(1)_p_def(0)_ -0.2148982553339539
     svm(1)_z(3) c_e_svm(1)_p_def(1)_ -0.18187285129016173
     svm(1)_z(3) c_e_svm(1)_p_def(2)_ -0.90343555342137427
     svm(1)_z(3) c_e_svm(1)_p_def(3)_ -2.4547648895159684
     svm(1)_z(3) c_e_svm(1)_p_def(4)_ -0.18334905273518678
     svm(1)_z(3) c_e_svm(1)_p_def(5)_ -0.2351983234511717
     svm(1)_z(3) c_e_svm(1)_p_def(6)_ -0.31956292509736717
     svm(1)_z(3) c_e_svm(1)_p_def(7)_ -0.71197749330464566
     svm(1)_z(3) c_e_svm(1)_p_def(8)_ -0.12583868581906082
     svm(1)_z(3) c_e_svm(1)_p_def(9)_ -1.84579946728668
     svm(1)_z(3) c_e_svm(1)_p_def(10)_ -0.60875161231307506
     svm(1)_z(3) c_e_svm(1)_p_def(11)_ -0.056498925694315666
     svm(1)_z(3) c_e_svm(1)_p_def(12)_ -0.073601004783301185
     svm(1)_z(3) c_e_svm(1)_p_def(13)_ -1.1777764058567539
     svm(1)_z(3) c_e_svm(1)_p_def(14)_ -0.89374205993386302
     svm(1)_z(3) c_e_svm(1)_p_def(15)_ -0.42062298717803803
     svm(1)_z(3) c_e_svm(1)_p_def(16)_ -1.0490062993680418
     svm(1)_z(3) c_e_svm(1)_p_def(17)_ -0.19858956697237867
     svm(1)_z(3) c_e_svm(1)_p_def(18)_ -0.45452325612376693
     svm(1)_z(3) c_e_svm(1)_p_def(19)_ -0.40452192411463894
     svm(1)_z(3) c_e_svm(1)_p_def(20)_ -0.042739026909548838
     svm(1)_z(3) c_e_svm(1)_p_def(21)_ -0.06369193617464583
     svm(1)_z(3) c_e_svm(1)_p_def(22)_ -0.35746499997054954
     svm(1)_z(3) c_e_svm(1)_p_def(23)_ 0.021491259598317825
     svm(1)_z(3) c_e_svm(1)_p_def(24)_ -0.23079546958813069
     svm(1)_z(3) c_e_svm(1)_p_def(25)_ 0.049312742433571616
     svm(1)_z(3) c_e_svm(1)_p_def(26)_ -0.42233134096527664
     svm(1)_z(3) c_e_svm(1)_p_def(27)_ -0.071098014736758017
     svm(1)_z(3) c_e_svm(1)_p_def(28)_ -0.27760532772228985
     svm(1)_z(3) c_e_svm(1)_p_def(29)_ -0.077831858492098463
     svm(1)_z(3) c_e_svm(1)_p_def(30)_ -0.018842671597186611
     svm(1)_z(3) c_e_svm(1)_p_def(31)_ -0.10225239438674816
     svm(1)_z(3) c_e_svm(1)_p_def(32)_ -0.78682170210770952
     svm(1)_z(3) c_e_svm(1)_p_def(33)_ -0.15125194093981364
     svm(1)_z(3) c_e_svm(1)_p_def(34)_ -0.32628002513428667
     svm(1)_z(3) c_e_svm(1)_p_def(35)_ -0.39281230562285352
     svm(1)_z(3) c_e_svm(1)_p_def(36)_ -0.37522363076672788
     svm(1)_z(3) c_e_svm(1)_p_def(37)_ -0.028942433609489199
     svm(1)_z(3) c_e_svm(1)_p_def(38)_ -0.71037768941302559
     svm(1)_z(3) c_e_svm(1)_p_def(39)_ -0.056953712742609436
     svm(1)_z(4) c_u_crossed_ -0.73988329922694396
     svm(1)_z(4) c_u_svm(1)_z_le_alpha(4)_ 1
     svm(1)_z(4) c_u_svm(1)_z_ge_neg_alpha(4)_ -1
     svm(1)_z(4) c_u_svm(1)_z_ge_alpha_if_pos(4)_ -1
     svm(1)_z(4) c_u_svm(1)_z_le_neg_alpha_if_neg(4)_ 1
     svm(1)_z(4) c_e_svm(1)_p_def(0)_ -0.012405064532201623
     svm(1)_z(4) c_e_svm(1)_p_def(1)_ -0.64602783012908394
     svm(1)_z(4) c_e_svm(1)_p_def(2)_ -0.55447887170691879
     svm(1)_z(4) c_e_svm(1)_p_def(3)_ -0.18334905273518678
     svm(1)_z(4) c_e_svm(1)_p_def(4)_ -1.0249868884742697
     svm(1)_z(4) c_e_svm(1)_p_def(5)_ -0.86785277139234585
     svm(1)_z(4) c_e_svm(1)_p_def(6)_ -0.97493554929132409
     svm(1)_z(4) c_e_svm(1)_p_def(7)_ -0.86324508492226171
     svm(1)_z(4) c_e_svm(1)_p_def(8)_ -0.69688190561855257
     svm(1)_z(4) c_e_svm(1)_p_def(9)_ -0.094020461646856318
     svm(1)_z(4) c_e_svm(1)_p_def(10)_ -0.88997124336870737
     svm(1)_z(4) c_e_svm(1)_p_def(11)_ -0.80494507178040609
     svm(1)_z(4) c_e_svm(1)_p_def(12)_ -0.51865830024079274
     svm(1)_z(4) c_e_svm(1)_p_def(13)_ -0.26133604136944266
     svm(1)_z(4) c_e_svm(1)_p_def(14)_ -0.27957288238716227
     svm(1)_z(4) c_e_svm(1)_p_def(15)_ -0.8493935882385677
     svm(1)_z(4) c_e_svm(1)_p_def(16)_ -0.60811612787525848
     svm(1)_z(4) c_e_svm(1)_p_def(17)_ -0.94569038859887411
     svm(1)_z(4) c_e_svm(1)_p_def(18)_ -0.61344454000788406
     svm(1)_z(4) c_e_svm(1)_p_def(19)_ -0.84009670805801928
     svm(1)_z(4) c_e_svm(1)_p_def(20)_ -0.067136668073004224
     svm(1)_z(4) c_e_svm(1)_p_def(21)_ 0.043072934966081111
     svm(1)_z(4) c_e_svm(1)_p_def(22)_ -0.12630109662985928
     svm(1)_z(4) c_e_svm(1)_p_def(23)_ 0.059742836117055498
     svm(1)_z(4) c_e_svm(1)_p_def(24)_ -0.0150540555094624
     svm(1)_z(4) c_e_svm(1)_p_def(25)_ 0.092361153564876119
     svm(1)_z(4) c_e_svm(1)_p_def(26)_ -0.13857845303671168
     svm(1)_z(4) c_e_svm(1)_p_def(27)_ 0.056980229056502067
     svm(1)_z(4) c_e_svm(1)_p_def(28)_ -0.0041718152076222759
     svm(1)_z(4) c_e_svm(1)_p_def(29)_ 0.036806048370247826
     svm(1)_z(4) c_e_svm(1)_p_def(30)_ 0.01815186581122824
     svm(1)_z(4) c_e_svm(1)_p_def(31)_ 0.090702578416480037
     svm(1)_z(4) c_e_svm(1)_p_def(32)_ -0.020324852439487423
     svm(1)_z(4) c_e_svm(1)_p_def(33)_ -0.022853499093760235
     svm(1)_z(4) c_e_svm(1)_p_def(34)_ 0.04659534726105323
     svm(1)_z(4) c_e_svm(1)_p_def(35)_ 0.022709337729766632
     svm(1)_z(4) c_e_svm(1)_p_def(36)_ -0.16559607389947642
     svm(1)_z(4) c_e_svm(1)_p_def(37)_ 0.045618071695100113
     svm(1)_z(4) c_e_svm(1)_p_def(38)_ -0.096689255605439658
     svm(1)_z(4) c_e_svm(1)_p_def(39)_ -0.077863068760422732
     svm(1)_z(5) c_u_crossed_ -1.7404565796282359
     svm(1)_z(5) c_u_svm(1)_z_le_alpha(5)_ 1
     svm(1)_z(5) c_u_svm(1)_z_ge_neg_alpha(5)_ -1
     svm(1)_z(5) c_u_svm(1)_z_ge_alpha_if_pos(5)_ -1
     svm(1)_z(5) c_u_svm(1)_z_le_neg_alpha_if_neg(5)_ 1
     svm(1)_z(5) c_e_svm(1)_p_def(0)_ -0.2344418271960606
     svm(1)_z(5) c_e_svm(1)_p_def(1)_ -0.45922504433450012
     svm(1)_z(5) c_e_svm(1)_p_def(2)_ -0.20012411187770984
     svm(1)_z(5) c_e_svm(1)_p_def(3)_ -0.2351983234511717
     svm(1)_z(5) c_e_svm(1)_p_def(4)_ -0.86785277139234585
     svm(1)_z(5) c_e_svm(1)_p_def(5)_ -1.9452278849576414
     svm(1)_z(5) c_e_svm(1)_p_def(6)_ -1.7943557725883958
     svm(1)_z(5) c_e_svm(1)_p_def(7)_ -0.4430758042900233
     svm(1)_z(5) c_e_svm(1)_p_def(8)_ -1.7347884754961735
     svm(1)_z(5) c_e_svm(1)_p_def(9)_ -0.037560674520354553
     svm(1)_z(5) c_e_svm(1)_p_def(10)_ -0.51346381875734237
     svm(1)_z(5) c_e_svm(1)_p_def(11)_ -1.2279358880008608
     svm(1)_z(5) c_e_svm(1)_p_def(12)_ -0.97000177345246741
     svm(1)_z(5) c_e_svm(1)_p_def(13)_ -0.096110807176220503
     svm(1)_z(5) c_e_svm(1)_p_def(14)_ -0.090994041313908647
     svm(1)_z(5) c_e_svm(1)_p_def(15)_ -2.0228473482215064
     svm(1)_z(5) c_e_svm(1)_p_def(16)_ -0.27156265456218431
     svm(1)_z(5) c_e_svm(1)_p_def(17)_ -1.6417210541721363
     svm(1)_z(5) c_e_svm(1)_p_def(18)_ -1.773410886644752
     svm(1)_z(5) c_e_svm(1)_p_def(19)_ -0.49152291943194687
     svm(1)_z(5) c_e_svm(1)_p_def(20)_ -0.42368264120004639
     svm(1)_z(5) c_e_svm(1)_p_def(21)_ 0.10213362759463736
     svm(1)_z(5) c_e_svm(1)_p_def(22)_ -0.15999971493222193
     svm(1)_z(5) c_e_svm(1)_p_def(23)_ -0.083654202078639328
     svm(1)_z(5) c_e_svm(1)_p_def(24)_ 0.03757356149515205
     svm(1)_z(5) c_e_svm(1)_p_def(25)_ 0.1119236100655118
     svm(1)_z(5) c_e_svm(1)_p_def(26)_ -0.16905495780076074
     svm(1)_z(5) c_e_svm(1)_p_def(27)_ -0.037228908428632815
     svm(1)_z(5) c_e_svm(1)_p_def(28)_ 0.09090963559034268
     svm(1)_z(5) c_e_svm(1)_p_def(29)_ 0.018943990576400824
     svm(1)_z(5) c_e_svm(1)_p_def(30)_ 0.036781853156730354
     svm(1)_z(5) c_e_svm(1)_p_def(31)_ 0.09656819500134052
     svm(1)_z(5) c_e_svm(1)_p_def(32)_ -0.034137411964450207
     svm(1)_z(5) c_e_svm(1)_p_def(33)_ -0.0064220783447117569
     svm(1)_z(5) c_e_svm(1)_p_def(34)_ -0.024452187619756843
     svm(1)_z(5) c_e_svm(1)_p_def(35)_ -0.025756683777556799
     svm(1)_z(5) c_e_svm(1)_p_def(36)_ -0.41837629697379314
     svm(1)_z(5) c_e_svm(1)_p_def(37)_ 0.016372244228057026
     svm(1)_z(5) c_e_svm(1)_p_def(38)_ -0.20020727012377842
     svm(1)_z(5) c_e_svm(1)_p_def(39)_ 0.016155417170160308
     svm(1)_z(6) c_u_crossed_ -1.76628851215234
     svm(1)_z(6) c_u_svm(1)_z_le_alpha(6)_ 1
     svm(1)_z(6) c_u_svm(1)_z_ge_neg_alpha(6)_ -1
     svm(1)_z(6) c_u_svm(1)_z_ge_alpha_if_pos(6)_ -1
     svm(1)_z(6) c_u_svm(1)_z_le_neg_alpha_if_neg(6)_ 1
     svm(1)_z(6) c_e_svm(1)_p_def(0)_ -0.10902682416984594
     svm(1)_z(6) c_e_svm(1)_p_def(1)_ -0.72748444184608729
     svm(1)_z(6) c_e_svm(1)_p_def(2)_ -0.36668053567340908
     svm(1)_z(6) c_e_svm(1)_p_def(3)_ -0.31956292509736717
     svm(1)_z(6) c_e_svm(1)_p_def(4)_ -0.97493554929132409
     svm(1)_z(6) c_e_svm(1)_p_def(5)_ -1.7943557725883958
     svm(1)_z(6) c_e_svm(1)_p_def(6)_ -2.1757627882029906
     svm(1)_z(6) c_e_svm(1)_p_def(7)_ -0.70804199172451154
     svm(1)_z(6) c_e_svm(1)_p_def(8)_ -1.7689855614852581
     svm(1)_z(6) c_e_svm(1)_p_def(9)_ -0.16750029804537142
     svm(1)_z(6) c_e_svm(1)_p_def(10)_ -0.82801334987224995
     svm(1)_z(6) c_e_svm(1)_p_def(11)_ -1.4880404714071491
     svm(1)_z(6) c_e_svm(1)_p_def(12)_ -1.315103946316484
     svm(1)_z(6) c_e_svm(1)_p_def(13)_ -0.25341875780209139
     svm(1)_z(6) c_e_svm(1)_p_def(14)_ -0.21688530484240043
     svm(1)_z(6) c_e_svm(1)_p_def(15)_ -1.9057573445173077
     svm(1)_z(6) c_e_svm(1)_p_def(16)_ -0.36526949088050709
     svm(1)_z(6) c_e_svm(1)_p_def(17)_ -1.7843290652328663
     svm(1)_z(6) c_e_svm(1)_p_def(18)_ -1.5701444755477052
     svm(1)_z(6) c_e_svm(1)_p_def(19)_ -0.7877460832373997
     svm(1)_z(6) c_e_svm(1)_p_def(20)_ -0.34455240032825202
     svm(1)_z(6) c_e_svm(1)_p_def(21)_ 0.15230880567954802
     svm(1)_z(6) c_e_svm(1)_p_def(22)_ -0.035972187304082887
     svm(1)_z(6) c_e_svm(1)_p_def(23)_ -0.14576665567489988
     svm(1)_z(6) c_e_svm(1)_p_def(24)_ 0.12537841861331908
     svm(1)_z(6) c_e_svm(1)_p_def(25)_ 0.11411900830792994
     svm(1)_z(6) c_e_svm(1)_p_def(26)_ -0.087655044724730083
     svm(1)_z(6) c_e_svm(1)_p_def(27)_ -0.024995961195031197
     svm(1)_z(6) c_e_svm(1)_p_def(28)_ 0.1137469200442154
     svm(1)_z(6) c_e_svm(1)_p_def(29)_ 0.10858433431906439
     svm(1)_z(6) c_e_svm(1)_p_def(30)_ 0.04725227692844268
     svm(1)_z(6) c_e_svm(1)_p_def(31)_ 0.11847211505698731
     svm(1)_z(6) c_e_svm(1)_p_def(32)_ -0.1720941378253262
     svm(1)_z(6) c_e_svm(1)_p_def(33)_ 0.05236830427711775
     svm(1)_z(6) c_e_svm(1)_p_def(34)_ -0.026185753716499505
     svm(1)_z(6) c_e_svm(1)_p_def(35)_ 0.079562418329224255
     svm(1)_z(6) c_e_svm(1)_p_def(36)_ -0.26579655929977508
     svm(1)_z(6) c_e_svm(1)_p_def(37)_ 0.035381198593229191
     svm(1)_z(6) c_e_svm(1)_p_def(38)_ -0.15745640973764299
     svm(1)_z(6) c_e_svm(1)_p_def(39)_ 0.023307647361138301
     svm(1)_z(7) c_u_crossed_ -0.41050551483010811
     svm(1)_z(7) c_u_svm(1)_z_le_alpha(7)_ 1
     svm(1)_z(7) c_u_svm(1)_z_ge_neg_alpha(7)_ -1
     svm(1)_z(7) c_u_svm(1)_z_ge_alpha_if_pos(7)_ -1
     svm(1)_z(7) c_u_svm(1)_z_le_neg_alpha_if_neg(7)_ 1
     svm(1)_z(7) c_e_svm(1)_p_def(0)_ 0.018063489286107459
     svm(1)_z(7) c_e_svm(1)_p_def(1)_ -0.85796545512797739
     svm(1)_z(7) c_e_svm(1)_p_def(2)_ -1.2401788365041684
     svm(1)_z(7) c_e_svm(1)_p_def(3)_ -0.71197749330464566
     svm(1)_z(7) c_e_svm(1)_p_def(4)_ -0.86324508492226171
     svm(1)_z(7) c_e_svm(1)_p_def(5)_ -0.4430758042900233
     svm(1)_z(7) c_e_svm(1)_p_def(6)_ -0.70804199172451154
     svm(1)_z(7) c_e_svm(1)_p_def(7)_ -1.563096430404137
     svm(1)_z(7) c_e_svm(1)_p_def(8)_ -0.30035530443445208
     svm(1)_z(7) c_e_svm(1)_p_def(9)_ -0.65280172505114242
     svm(1)_z(7) c_e_svm(1)_p_def(10)_ -1.4819298349105066
     svm(1)_z(7) c_e_svm(1)_p_def(11)_ -0.58941718712638513
     svm(1)_z(7) c_e_svm(1)_p_def(12)_ -0.44443024165565853
     svm(1)_z(7) c_e_svm(1)_p_def(13)_ -0.80460271642687275
     svm(1)_z(7) c_e_svm(1)_p_def(14)_ -0.72318347477643852
     svm(1)_z(7) c_e_svm(1)_p_def(15)_ -0.45016240752846681
     svm(1)_z(7) c_e_svm(1)_p_def(16)_ -1.1789375662116108
     svm(1)_z(7) c_e_svm(1)_p_def(17)_ -0.60538239569674357
     svm(1)_z(7) c_e_svm(1)_p_def(18)_ -0.24588387361675043
     svm(1)_z(7) c_e_svm(1)_p_def(19)_ -1.2900554092559597
     svm(1)_z(7) c_e_svm(1)_p_def(20)_ 0.0099040764013730992
     svm(1)_z(7) c_e_svm(1)_p_def(21)_ 0.0059415413723888366
     svm(1)_z(7) c_e_svm(1)_p_def(22)_ -0.085028205156282788
     svm(1)_z(7) c_e_svm(1)_p_def(23)_ 0.046270604896798101
     svm(1)_z(7) c_e_svm(1)_p_def(24)_ -0.055013082355602289
     svm(1)_z(7) c_e_svm(1)_p_def(25)_ 0.067067838594978141
     svm(1)_z(7) c_e_svm(1)_p_def(26)_ -0.095328670754475431
     svm(1)_z(7) c_e_svm(1)_p_def(27)_ 0.096844525793330971
     svm(1)_z(7) c_e_svm(1)_p_def(28)_ -0.084453318543764255
     svm(1)_z(7) c_e_svm(1)_p_def(29)_ 0.078864996539439874
     svm(1)_z(7) c_e_svm(1)_p_def(30)_ -0.045489597371827076
     svm(1)_z(7) c_e_svm(1)_p_def(31)_ 0.090898203175256514
     svm(1)_z(7) c_e_svm(1)_p_def(32)_ -0.25746713400572918
     svm(1)_z(7) c_e_svm(1)_p_def(33)_ -0.10482896213854548
     svm(1)_z(7) c_e_svm(1)_p_def(34)_ 0.068639268421165231
     svm(1)_z(7) c_e_svm(1)_p_def(35)_ 0.045333108375998188
     svm(1)_z(7) c_e_svm(1)_p_def(36)_ -0.1043514655973677
     svm(1)_z(7) c_e_svm(1)_p_def(37)_ 0.068214963757478833
     svm(1)_z(7) c_e_svm(1)_p_def(38)_ -0.16278089992540198
     svm(1)_z(7) c_e_svm(1)_p_def(39)_ -0.12052604446564116
     svm(1)_z(8) c_u_crossed_ -1.7912779322133419
     svm(1)_z(8) c_u_svm(1)_z_le_alpha(8)_ 1
     svm(1)_z(8) c_u_svm(1)_z_ge_neg_alpha(8)_ -1
     svm(1)_z(8) c_u_svm(1)_z_ge_alpha_if_pos(8)_ -1
     svm(1)_z(8) c_u_svm(1)_z_le_neg_alpha_if_neg(8)_ 1
     svm(1)_z(8) c_e_svm(1)_p_def(0)_ -0.39509310771473377
     svm(1)_z(8) c_e_svm(1)_p_def(1)_ -0.52841849817895536
     svm(1)_z(8) c_e_svm(1)_p_def(2)_ -0.1135796290901013
     svm(1)_z(8) c_e_svm(1)_p_def(3)_ -0.12583868581906082
     svm(1)_z(8) c_e_svm(1)_p_def(4)_ -0.69688190561855257
     svm(1)_z(8) c_e_svm(1)_p_def(5)_ -1.7347884754961735
     svm(1)_z(8) c_e_svm(1)_p_def(6)_ -1.7689855614852581
     svm(1)_z(8) c_e_svm(1)_p_def(7)_ -0.30035530443445208
     svm(1)_z(8) c_e_svm(1)_p_def(8)_ -2.1776473097413787
     svm(1)_z(8) c_e_svm(1)_p_def(9)_ -0.030845483128500162
     svm(1)_z(8) c_e_svm(1)_p_def(10)_ -0.38781439878506574
     svm(1)_z(8) c_e_svm(1)_p_def(11)_ -1.2576182268689293
     svm(1)_z(8) c_e_svm(1)_p_def(12)_ -1.2826413020733802
     svm(1)_z(8) c_e_svm(1)_p_def(13)_ -0.088978904466757561
     svm(1)_z(8) c_e_svm(1)_p_def(14)_ -0.067815835845879455
     svm(1)_z(8) c_e_svm(1)_p_def(15)_ -1.8880317700156675
     svm(1)_z(8) c_e_svm(1)_p_def(16)_ -0.11197577677679646
     svm(1)_z(8) c_e_svm(1)_p_def(17)_ -1.5609905426502326
     svm(1)_z(8) c_e_svm(1)_p_def(18)_ -1.9046426010445239
     svm(1)_z(8) c_e_svm(1)_p_def(19)_ -0.41185156404882267
     svm(1)_z(8) c_e_svm(1)_p_def(20)_ -0.58639662006646798
     svm(1)_z(8) c_e_svm(1)_p_def(21)_ 0.085385902140194495
     svm(1)_z(8) c_e_svm(1)_p_def(22)_ -0.080691731039016709
     svm(1)_z(8) c_e_svm(1)_p_def(23)_ -0.32410420834144965
     svm(1)_z(8) c_e_svm(1)_p_def(24)_ 0.11423064067661107
     svm(1)_z(8) c_e_svm(1)_p_def(25)_ 0.016607312611818803
     svm(1)_z(8) c_e_svm(1)_p_def(26)_ -0.12925346738807003
     svm(1)_z(8) c_e_svm(1)_p_def(27)_ -0.15289770534911193
     svm(1)_z(8) c_e_svm(1)_p_def(28)_ -0.095511661684358012
     svm(1)_z(8) c_e_svm(1)_p_def(29)_ 0.016881052025450302
     svm(1)_z(8) c_e_svm(1)_p_def(30)_ -0.029714361212675483
     svm(1)_z(8) c_e_svm(1)_p_def(31)_ 0.045018489804836082
     svm(1)_z(8) c_e_svm(1)_p_def(32)_ -0.039592458220768262
     svm(1)_z(8) c_e_svm(1)_p_def(33)_ 0.014562115718161295
     svm(1)_z(8) c_e_svm(1)_p_def(34)_ -0.1496997048668538
     svm(1)_z(8) c_e_svm(1)_p_def(35)_ 0.1168983386061945
     svm(1)_z(8) c_e_svm(1)_p_def(36)_ -0.39828540238157856
     svm(1)_z(8) c_e_svm(1)_p_def(37)_ -0.085716790607036908
     svm(1)_z(8) c_e_svm(1)_p_def(38)_ -0.024599200168828744
     svm(1)_z(8) c_e_svm(1)_p_def(39)_ -0.078222489621683239
     svm(1)_z(9) c_u_crossed_ -0.063154977296663486
     svm(1)_z(9) c_u_svm(1)_z_le_alpha(9)_ 1
     svm(1)_z(9) c_u_svm(1)_z_ge_neg_alpha(9)_ -1
     svm(1)_z(9) c_u_svm(1)_z_ge_alpha_if_pos(9)_ -1
     svm(1)_z(9) c_u_svm(1)_z_le_neg_alpha_if_neg(9)_ 1
     svm(1)_z(9) c_e_svm(1)_p_def(0)_ -0.2318946221182111
     svm(1)_z(9) c_e_svm(1)_p_def(1)_ -0.4200611900599403
     svm(1)_z(9) c_e_svm(1)_p_def(2)_ -0.88367999879861092
     svm(1)_z(9) c_e_svm(1)_p_def(3)_ -1.84579946728668
     svm(1)_z(9) c_e_svm(1)_p_def(4)_ -0.094020461646856318
     svm(1)_z(9) c_e_svm(1)_p_def(5)_ -0.037560674520354553
     svm(1)_z(9) c_e_svm(1)_p_def(6)_ -0.16750029804537142
     svm(1)_z(9) c_e_svm(1)_p_def(7)_ -0.65280172505114242
     svm(1)_z(9) c_e_svm(1)_p_def(8)_ -0.030845483128500162
     svm(1)_z(9) c_e_svm(1)_p_def(9)_ -2.1528706446050165
     svm(1)_z(9) c_e_svm(1)_p_def(10)_ -0.60276903673957505
     svm(1)_z(9) c_e_svm(1)_p_def(11)_ -0.02355636644429622
     svm(1)_z(9) c_e_svm(1)_p_def(12)_ -0.14532394999580805
     svm(1)_z(9) c_e_svm(1)_p_def(13)_ -1.5404766194280741
     svm(1)_z(9) c_e_svm(1)_p_def(14)_ -1.2292068395305891
     svm(1)_z(9) c_e_svm(1)_p_def(15)_ -0.11846828118974298
     svm(1)_z(9) c_e_svm(1)_p_def(16)_ -0.87667831982269206
     svm(1)_z(9) c_e_svm(1)_p_def(17)_ -0.058269748531615026
     svm(1)_z(9) c_e_svm(1)_p_def(18)_ -0.13777926100565058
     svm(1)_z(9) c_e_svm(1)_p_def(19)_ -0.49242366827210671
     svm(1)_z(9) c_e_svm(1)_p_def(20)_ -0.024014509333331463
     svm(1)_z(9) c_e_svm(1)_p_def(21)_ -0.10832880350269523
     svm(1)_z(9) c_e_svm(1)_p_def(22)_ -0.40760944603942117
     svm(1)_z(9) c_e_svm(1)_p_def(23)_ -0.035502799162586307
     svm(1)_z(9) c_e_svm(1)_p_def(24)_ -0.12675745223948026
     svm(1)_z(9) c_e_svm(1)_p_def(25)_ -0.05265001751835377
     svm(1)_z(9) c_e_svm(1)_p_def(26)_ -0.15511734585489348
     svm(1)_z(9) c_e_svm(1)_p_def(27)_ -0.24697806213755402
     svm(1)_z(9) c_e_svm(1)_p_def(28)_ -0.3192811494034673
     svm(1)_z(9) c_e_svm(1)_p_def(29)_ -0.14206151675972051
     svm(1)_z(9) c_e_svm(1)_p_def(30)_ -0.026720069541228353
     svm(1)_z(9) c_e_svm(1)_p_def(31)_ -0.43137096684488657
     svm(1)_z(9) c_e_svm(1)_p_def(32)_ -1.0927851097579397
     svm(1)_z(9) c_e_svm(1)_p_def(33)_ -0.089267666520764663
     svm(1)_z(9) c_e_svm(1)_p_def(34)_ -0.46051471492964463
     svm(1)_z(9) c_e_svm(1)_p_def(35)_ -0.20477854568076617
     svm(1)_z(9) c_e_svm(1)_p_def(36)_ -0.13788716717372751
     svm(1)_z(9) c_e_svm(1)_p_def(37)_ -0.3047514972754522
     svm(1)_z(9) c_e_svm(1)_p_def(38)_ -0.29884688500240258
     svm(1)_z(9) c_e_svm(1)_p_def(39)_ -0.0050829739327598045
     svm(1)_z(10) c_u_crossed_ -0.47794996196874812
     svm(1)_z(10) c_u_svm(1)_z_le_alpha(10)_ 1
     svm(1)_z(10) c_u_svm(1)_z_ge_neg_alpha(10)_ -1
     svm(1)_z(10) c_u_svm(1)_z_ge_alpha_if_pos(10)_ -1
     svm(1)_z(10) c_u_svm(1)_z_le_neg_alpha_if_neg(10)_ 1
     svm(1)_z(10) c_e_svm(1)_p_def(0)_ 0.051514360981564325
     svm(1)_z(10) c_e_svm(1)_p_def(1)_ -0.94854257816305731
     svm(1)_z(10) c_e_svm(1)_p_def(2)_ -1.1310057748119877
     svm(1)_z(10) c_e_svm(1)_p_def(3)_ -0.60875161231307506
     svm(1)_z(10) c_e_svm(1)_p_def(4)_ -0.88997124336870737
     svm(1)_z(10) c_e_svm(1)_p_def(5)_ -0.51346381875734237
     svm(1)_z(10) c_e_svm(1)_p_def(6)_ -0.82801334987224995
     svm(1)_z(10) c_e_svm(1)_p_def(7)_ -1.4819298349105066
     svm(1)_z(10) c_e_svm(1)_p_def(8)_ -0.38781439878506574
     svm(1)_z(10) c_e_svm(1)_p_def(9)_ -0.60276903673957505
     svm(1)_z(10) c_e_svm(1)_p_def(10)_ -1.5425993525023189
     svm(1)_z(10) c_e_svm(1)_p_def(11)_ -0.70529543253870897
     svm(1)_z(10) c_e_svm(1)_p_def(12)_ -0.57097035410546493
     svm(1)_z(10) c_e_svm(1)_p_def(13)_ -0.7766150631367057
     svm(1)_z(10) c_e_svm(1)_p_def(14)_ -0.70720624707423918
     svm(1)_z(10) c_e_svm(1)_p_def(15)_ -0.50457027849699976
     svm(1)_z(10) c_e_svm(1)_p_def(16)_ -1.0436920307512287
     svm(1)_z(10) c_e_svm(1)_p_def(17)_ -0.69476299815718301
     svm(1)_z(10) c_e_svm(1)_p_def(18)_ -0.27039056621436031
     svm(1)_z(10) c_e_svm(1)_p_def(19)_ -1.3646920086860188
     svm(1)_z(10) c_e_svm(1)_p_def(20)_ -0.022068479414813033
     svm(1)_z(10) c_e_svm(1)_p_def(21)_ 0.032938709020108495
     svm(1)_z(10) c_e_svm(1)_p_def(22)_ -0.07635984059792976
     svm(1)_z(10) c_e_svm(1)_p_def(23)_ 0.020412328453996847
     svm(1)_z(10) c_e_svm(1)_p_def(24)_ -0.0034355668934989564
     svm(1)_z(10) c_e_svm(1)_p_def(25)_ 0.068138257603056404
     svm(1)_z(10) c_e_svm(1)_p_def(26)_ -0.050268119709034623
     svm(1)_z(10) c_e_svm(1)_p_def(27)_ 0.084126542838203311
     svm(1)_z(10) c_e_svm(1)_p_def(28)_ -0.013250973963265217
     svm(1)_z(10) c_e_svm(1)_p_def(29)_ 0.093198251170248381
     svm(1)_z(10) c_e_svm(1)_p_def(30)_ -0.037458879900690606
     svm(1)_z(10) c_e_svm(1)_p_def(31)_ 0.085877506192202996
     svm(1)_z(10) c_e_svm(1)_p_def(32)_ -0.28948448707422297
     svm(1)_z(10) c_e_svm(1)_p_def(33)_ -0.076712253367391361
     svm(1)_z(10) c_e_svm(1)_p_def(34)_ 0.059449842855831922
     svm(1)_z(10) c_e_svm(1)_p_def(35)_ 0.07477931924875772
     svm(1)_z(10) c_e_svm(1)_p_def(36)_ -0.11006314116438996
     svm(1)_z(10) c_e_svm(1)_p_def(37)_ 0.057922572422735283
     svm(1)_z(10) c_e_svm(1)_p_def(38)_ -0.08834116974754147
     svm(1)_z(10) c_e_svm(1)_p_def(39)_ -0.096993012210035812
     svm(1)_z(11) c_u_crossed_ -1.2079476847869621
     svm(1)_z(11) c_u_svm(1)_z_le_alpha(11)_ 1
     svm(1)_z(11) c_u_svm(1)_z_ge_neg_alpha(11)_ -1
     svm(1)_z(11) c_u_svm(1)_z_ge_alpha_if_pos(11)_ -1
     svm(1)_z(11) c_u_svm(1)_z_le_neg_alpha_if_neg(11)_ 1
     svm(1)_z(11) c_e_svm(1)_p_def(0)_ -0.091574518131312135
     svm(1)_z(11) c_e_svm(1)_p_def(1)_ -0.69248215995136431
     svm(1)_z(11) c_e_svm(1)_p_def(2)_ -0.29139562157018895
     svm(1)_z(11) c_e_svm(1)_p_def(3)_ -0.056498925694315666
     svm(1)_z(11) c_e_svm(1)_p_def(4)_ -0.80494507178040609
     svm(1)_z(11) c_e_svm(1)_p_def(5)_ -1.2279358880008608
     svm(1)_z(11) c_e_svm(1)_p_def(6)_ -1.4880404714071491
     svm(1)_z(11) c_e_svm(1)_p_def(7)_ -0.58941718712638513
     svm(1)_z(11) c_e_svm(1)_p_def(8)_ -1.2576182268689293
     svm(1)_z(11) c_e_svm(1)_p_def(9)_ -0.02355636644429622
     svm(1)_z(11) c_e_svm(1)_p_def(10)_ -0.70529543253870897
     svm(1)_z(11) c_e_svm(1)_p_def(11)_ -1.3220879333874462
     svm(1)_z(11) c_e_svm(1)_p_def(12)_ -1.1436891610060735
     svm(1)_z(11) c_e_svm(1)_p_def(13)_ -0.13371104548424953
     svm(1)_z(11) c_e_svm(1)_p_def(14)_ -0.12538913206926708
     svm(1)_z(11) c_e_svm(1)_p_def(15)_ -1.1993503199488378
     svm(1)_z(11) c_e_svm(1)_p_def(16)_ -0.23890211787040946
     svm(1)_z(11) c_e_svm(1)_p_def(17)_ -1.2800886191360306
     svm(1)_z(11) c_e_svm(1)_p_def(18)_ -0.93564713382783093
     svm(1)_z(11) c_e_svm(1)_p_def(19)_ -0.73054069461691329
     svm(1)_z(11) c_e_svm(1)_p_def(20)_ -0.4120476313441383
     svm(1)_z(11) c_e_svm(1)_p_def(21)_ 0.054255906960587907
     svm(1)_z(11) c_e_svm(1)_p_def(22)_ 0.00029367823219182687
     svm(1)_z(11) c_e_svm(1)_p_def(23)_ -0.26261387296918709
     svm(1)_z(11) c_e_svm(1)_p_def(24)_ 0.063513553960019981
     svm(1)_z(11) c_e_svm(1)_p_def(25)_ -0.0044634671276583548
     svm(1)_z(11) c_e_svm(1)_p_def(26)_ 0.016138549318979442
     svm(1)_z(11) c_e_svm(1)_p_def(27)_ 0.0086462638429889854
     svm(1)_z(11) c_e_svm(1)_p_def(28)_ 0.087080249958663286
     svm(1)_z(11) c_e_svm(1)_p_def(29)_ 0.081623498048679272
     svm(1)_z(11) c_e_svm(1)_p_def(30)_ -0.090242509669286611
     svm(1)_z(11) c_e_svm(1)_p_def(31)_ 0.080353840912632882
     svm(1)_z(11) c_e_svm(1)_p_def(32)_ -0.057037760438565108
     svm(1)_z(11) c_e_svm(1)_p_def(33)_ -0.075270925601122293
     svm(1)_z(11) c_e_svm(1)_p_def(34)_ 0.053455083113870649
     svm(1)_z(11) c_e_svm(1)_p_def(35)_ 0.097211208606636845
     svm(1)_z(11) c_e_svm(1)_p_def(36)_ -0.24566598957563718
     svm(1)_z(11) c_e_svm(1)_p_def(37)_ 0.017486930780232557
     svm(1)_z(11) c_e_svm(1)_p_def(38)_ -0.0074426199435989604
     svm(1)_z(11) c_e_svm(1)_p_def(39)_ -0.050122839451082091
     svm(1)_z(12) c_u_crossed_ -1.0911674423683673
     svm(1)_z(12) c_u_svm(1)_z_le_alpha(12)_ 1
     svm(1)_z(12) c_u_svm(1)_z_ge_neg_alpha(12)_ -1
     svm(1)_z(12) c_u_svm(1)_z_ge_alpha_if_pos(12)_ -1
     svm(1)_z(12) c_u_svm(1)_z_le_neg_alpha_if_neg(12)_ 1
     svm(1)_z(12) c_e_svm(1)_p_def(0)_ -0.2580924901042646
     svm(1)_z(12) c_e_svm(1)_p_def(1)_ -0.77013732495841669
     svm(1)_z(12) c_e_svm(1)_p_def(2)_ -0.24389106939983154
     svm(1)_z(12) c_e_svm(1)_p_def(3)_ -0.073601004783301185
     svm(1)_z(12) c_e_svm(1)_p_def(4)_ -0.51865830024079274
     svm(1)_z(12) c_e_svm(1)_p_def(5)_ -0.97000177345246741
     svm(1)_z(12) c_e_svm(1)_p_def(6)_ -1.315103946316484
     svm(1)_z(12) c_e_svm(1)_p_def(7)_ -0.44443024165565853
     svm(1)_z(12) c_e_svm(1)_p_def(8)_ -1.2826413020733802
     svm(1)_z(12) c_e_svm(1)_p_def(9)_ -0.14532394999580805
     svm(1)_z(12) c_e_svm(1)_p_def(10)_ -0.57097035410546493
     svm(1)_z(12) c_e_svm(1)_p_def(11)_ -1.1436891610060735
     svm(1)_z(12) c_e_svm(1)_p_def(12)_ -1.5037146018977943
     svm(1)_z(12) c_e_svm(1)_p_def(13)_ -0.2306416091056962
     svm(1)_z(12) c_e_svm(1)_p_def(14)_ -0.17690034484683687
     svm(1)_z(12) c_e_svm(1)_p_def(15)_ -0.97410739901445931
     svm(1)_z(12) c_e_svm(1)_p_def(16)_ -0.11689908308461196
     svm(1)_z(12) c_e_svm(1)_p_def(17)_ -1.0259690600663449
     svm(1)_z(12) c_e_svm(1)_p_def(18)_ -0.85253837351679518
     svm(1)_z(12) c_e_svm(1)_p_def(19)_ -0.63969580045903174
     svm(1)_z(12) c_e_svm(1)_p_def(20)_ -0.56946192215766112
     svm(1)_z(12) c_e_svm(1)_p_def(21)_ 0.023696201676572798
     svm(1)_z(12) c_e_svm(1)_p_def(22)_ 0.046488893677416168
     svm(1)_z(12) c_e_svm(1)_p_def(23)_ -0.58217717529535074
     svm(1)_z(12) c_e_svm(1)_p_def(24)_ 0.10273640515596755
     svm(1)_z(12) c_e_svm(1)_p_def(25)_ -0.18097728095397156
     svm(1)_z(12) c_e_svm(1)_p_def(26)_ 0.09130821267945774
     svm(1)_z(12) c_e_svm(1)_p_def(27)_ -0.085839363670215163
     svm(1)_z(12) c_e_svm(1)_p_def(28)_ 0.0044360031671679956
     svm(1)_z(12) c_e_svm(1)_p_def(29)_ 0.079125469983755886
     svm(1)_z(12) c_e_svm(1)_p_def(30)_ -0.18982772270846981
     svm(1)_z(12) c_e_svm(1)_p_def(31)_ -0.023180469751909516
     svm(1)_z(12) c_e_svm(1)_p_def(32)_ -0.1804951226920396
     svm(1)_z(12) c_e_svm(1)_p_def(33)_ -0.091258492854451603
     svm(1)_z(12) c_e_svm(1)_p_def(34)_ -0.0097964728554995884
     svm(1)_z(12) c_e_svm(1)_p_def(35)_ 0.16030958517508653
     svm(1)_z(12) c_e_svm(1)_p_def(36)_ -0.17195675458303289
     svm(1)_z(12) c_e_svm(1)_p_def(37)_ -0.10382881738747324
     svm(1)_z(12) c_e_svm(1)_p_def(38)_ 0.085321289423087088
     svm(1)_z(12) c_e_svm(1)_p_def(39)_ -0.055595001064643768
     svm(1)_z(13) c_u_crossed_ -0.087278371182887768
     svm(1)_z(13) c_u_svm(1)_z_le_alpha(13)_ 1
     svm(1)_z(13) c_u_svm(1)_z_ge_neg_alpha(13)_ -1
     svm(1)_z(13) c_u_svm(1)_z_ge_alpha_if_pos(13)_ -1
     svm(1)_z(13) c_u_svm(1)_z_le_neg_alpha_if_neg(13)_ 1
     svm(1)_z(13) c_e_svm(1)_p_def(0)_ -0.16998221819597339
     svm(1)_z(13) c_e_svm(1)_p_def(1)_ -0.72388647268925443
     svm(1)_z(13) c_e_svm(1)_p_def(2)_ -0.94115389536371463
     svm(1)_z(13) c_e_svm(1)_p_def(3)_ -1.1777764058567539
     svm(1)_z(13) c_e_svm(1)_p_def(4)_ -0.26133604136944266
     svm(1)_z(13) c_e_svm(1)_p_def(5)_ -0.096110807176220503
     svm(1)_z(13) c_e_svm(1)_p_def(6)_ -0.25341875780209139
     svm(1)_z(13) c_e_svm(1)_p_def(7)_ -0.80460271642687275
     svm(1)_z(13) c_e_svm(1)_p_def(8)_ -0.088978904466757561
     svm(1)_z(13) c_e_svm(1)_p_def(9)_ -1.5404766194280741
     svm(1)_z(13) c_e_svm(1)_p_def(10)_ -0.7766150631367057
     svm(1)_z(13) c_e_svm(1)_p_def(11)_ -0.13371104548424953
     svm(1)_z(13) c_e_svm(1)_p_def(12)_ -0.2306416091056962
     svm(1)_z(13) c_e_svm(1)_p_def(13)_ -1.5823657353325458
     svm(1)_z(13) c_e_svm(1)_p_def(14)_ -1.3447279102903917
     svm(1)_z(13) c_e_svm(1)_p_def(15)_ -0.13054597651639949
     svm(1)_z(13) c_e_svm(1)_p_def(16)_ -0.90489081177798103
     svm(1)_z(13) c_e_svm(1)_p_def(17)_ -0.15605513845842098
     svm(1)_z(13) c_e_svm(1)_p_def(18)_ -0.096012343677506454
     svm(1)_z(13) c_e_svm(1)_p_def(19)_ -0.71892925452707857
     svm(1)_z(13) c_e_svm(1)_p_def(20)_ 0.059152246879243531
     svm(1)_z(13) c_e_svm(1)_p_def(21)_ -0.014993743570319129
     svm(1)_z(13) c_e_svm(1)_p_def(22)_ -0.39956112881147005
     svm(1)_z(13) c_e_svm(1)_p_def(23)_ 0.07324691610959079
     svm(1)_z(13) c_e_svm(1)_p_def(24)_ -0.022697690922460767
     svm(1)_z(13) c_e_svm(1)_p_def(25)_ 0.033141456266075245
     svm(1)_z(13) c_e_svm(1)_p_def(26)_ -0.048619320717885356
     svm(1)_z(13) c_e_svm(1)_p_def(27)_ -0.20301149765241899
     svm(1)_z(13) c_e_svm(1)_p_def(28)_ -0.24708747387551944
     svm(1)_z(13) c_e_svm(1)_p_def(29)_ -0.12932435549323143
     svm(1)_z(13) c_e_svm(1)_p_def(30)_ 0.057359004170182484
     svm(1)_z(13) c_e_svm(1)_p_def(31)_ -0.403285102875729
     svm(1)_z(13) c_e_svm(1)_p_def(32)_ -0.89104747677504526
     svm(1)_z(13) c_e_svm(1)_p_def(33)_ 0.027371346394314308
     svm(1)_z(13) c_e_svm(1)_p_def(34)_ -0.33239659323140386
     svm(1)_z(13) c_e_svm(1)_p_def(35)_ -0.030647465791358713
     svm(1)_z(13) c_e_svm(1)_p_def(36)_ 0.027878983319678863
     svm(1)_z(13) c_e_svm(1)_p_def(37)_ -0.34821497266295254
     svm(1)_z(13) c_e_svm(1)_p_def(38)_ -0.081717296004304857
     svm(1)_z(13) c_e_svm(1)_p_def(39)_ 0.046740949436381782
     svm(1)_z(14) c_u_crossed_ -0.055955900135555375
     svm(1)_z(14) c_u_svm(1)_z_le_alpha(14)_ 1
     svm(1)_z(14) c_u_svm(1)_z_ge_neg_alpha(14)_ -1
     svm(1)_z(14) c_u_svm(1)_z_ge_alpha_if_pos(14)_ -1
     svm(1)_z(14) c_u_svm(1)_z_le_neg_alpha_if_neg(14)_ 1
     svm(1)_z(14) c_e_svm(1)_p_def(0)_ -0.10523700383640405
     svm(1)_z(14) c_e_svm(1)_p_def(1)_ -0.70458973066769071
     svm(1)_z(14) c_e_svm(1)_p_def(2)_ -0.80739622276784795
     svm(1)_z(14) c_e_svm(1)_p_def(3)_ -0.89374205993386302
     svm(1)_z(14) c_e_svm(1)_p_def(4)_ -0.27957288238716227
     svm(1)_z(14) c_e_svm(1)_p_def(5)_ -0.090994041313908647
     svm(1)_z(14) c_e_svm(1)_p_def(6)_ -0.21688530484240043
     svm(1)_z(14) c_e_svm(1)_p_def(7)_ -0.72318347477643852
     svm(1)_z(14) c_e_svm(1)_p_def(8)_ -0.067815835845879455
     svm(1)_z(14) c_e_svm(1)_p_def(9)_ -1.2292068395305891
     svm(1)_z(14) c_e_svm(1)_p_def(10)_ -0.70720624707423918
     svm(1)_z(14) c_e_svm(1)_p_def(11)_ -0.12538913206926708
     svm(1)_z(14) c_e_svm(1)_p_def(12)_ -0.17690034484683687
     svm(1)_z(14) c_e_svm(1)_p_def(13)_ -1.3447279102903917
     svm(1)_z(14) c_e_svm(1)_p_def(14)_ -1.282534689201305
     svm(1)_z(14) c_e_svm(1)_p_def(15)_ -0.10311428304661668
     svm(1)_z(14) c_e_svm(1)_p_def(16)_ -0.80753549840986216
     svm(1)_z(14) c_e_svm(1)_p_def(17)_ -0.14936783602884493
     svm(1)_z(14) c_e_svm(1)_p_def(18)_ -0.055259353321509261
     svm(1)_z(14) c_e_svm(1)_p_def(19)_ -0.67394088178455203
     svm(1)_z(14) c_e_svm(1)_p_def(20)_ 0.075628942041219366
     svm(1)_z(14) c_e_svm(1)_p_def(21)_ -0.015090426733498891
     svm(1)_z(14) c_e_svm(1)_p_def(22)_ -0.46026807174642248
     svm(1)_z(14) c_e_svm(1)_p_def(23)_ 0.097235864024743837
     svm(1)_z(14) c_e_svm(1)_p_def(24)_ -0.033472043506193885
     svm(1)_z(14) c_e_svm(1)_p_def(25)_ 0.046722887685830827
     svm(1)_z(14) c_e_svm(1)_p_def(26)_ -0.075342817755696359
     svm(1)_z(14) c_e_svm(1)_p_def(27)_ -0.24504569478493343
     svm(1)_z(14) c_e_svm(1)_p_def(28)_ -0.2098041622102782
     svm(1)_z(14) c_e_svm(1)_p_def(29)_ -0.16653518601435996
     svm(1)_z(14) c_e_svm(1)_p_def(30)_ 0.070986503666933445
     svm(1)_z(14) c_e_svm(1)_p_def(31)_ -0.44175780520493602
     svm(1)_z(14) c_e_svm(1)_p_def(32)_ -0.80313881602878634
     svm(1)_z(14) c_e_svm(1)_p_def(33)_ 0.045355391280366641
     svm(1)_z(14) c_e_svm(1)_p_def(34)_ -0.3714473408422056
     svm(1)_z(14) c_e_svm(1)_p_def(35)_ -0.086720638768215647
     svm(1)_z(14) c_e_svm(1)_p_def(36)_ 0.039674686525656436
     svm(1)_z(14) c_e_svm(1)_p_def(37)_ -0.3904711713595771
     svm(1)_z(14) c_e_svm(1)_p_def(38)_ -0.077105740463621619
     svm(1)_z(14) c_e_svm(1)_p_def(39)_ 0.043077264439270097
     svm(1)_z(15) c_u_crossed_ -1.9225247335441762
     svm(1)_z(15) c_u_svm(1)_z_le_alpha(15)_ 1
     svm(1)_z(15) c_u_svm(1)_z_ge_neg_alpha(15)_ -1
     svm(1)_z(15) c_u_svm(1)_z_ge_alpha_if_pos(15)_ -1
     svm(1)_z(15) c_u_svm(1)_z_le_neg_alpha_if_neg(15)_ 1
     svm(1)_z(15) c_e_svm(1)_p_def(0)_ -0.28948916207621322
     svm(1)_z(15) c_e_svm(1)_p_def(1)_ -0.39732503433443472
     svm(1)_z(15) c_e_svm(1)_p_def(2)_ -0.22299676600479526
     svm(1)_z(15) c_e_svm(1)_p_def(3)_ -0.42062298717803803
     svm(1)_z(15) c_e_svm(1)_p_def(4)_ -0.8493935882385677
     svm(1)_z(15) c_e_svm(1)_p_def(5)_ -2.0228473482215064
     svm(1)_z(15) c_e_svm(1)_p_def(6)_ -1.9057573445173077
     svm(1)_z(15) c_e_svm(1)_p_def(7)_ -0.45016240752846681
     svm(1)_z(15) c_e_svm(1)_p_def(8)_ -1.8880317700156675
     svm(1)_z(15) c_e_svm(1)_p_def(9)_ -0.11846828118974298
     svm(1)_z(15) c_e_svm(1)_p_def(10)_ -0.50457027849699976
     svm(1)_z(15) c_e_svm(1)_p_def(11)_ -1.1993503199488378
     svm(1)_z(15) c_e_svm(1)_p_def(12)_ -0.97410739901445931
     svm(1)_z(15) c_e_svm(1)_p_def(13)_ -0.13054597651639949
     svm(1)_z(15) c_e_svm(1)_p_def(14)_ -0.10311428304661668
     svm(1)_z(15) c_e_svm(1)_p_def(15)_ -2.3414019976442089
     svm(1)_z(15) c_e_svm(1)_p_def(16)_ -0.31706887493101288
     svm(1)_z(15) c_e_svm(1)_p_def(17)_ -1.7080604273332733
     svm(1)_z(15) c_e_svm(1)_p_def(18)_ -2.1190823426490333
     svm(1)_z(15) c_e_svm(1)_p_def(19)_ -0.44705805150723327
     svm(1)_z(15) c_e_svm(1)_p_def(20)_ -0.40874324465299755
     svm(1)_z(15) c_e_svm(1)_p_def(21)_ 0.13346570607139507
     svm(1)_z(15) c_e_svm(1)_p_def(22)_ -0.1536665673024995
     svm(1)_z(15) c_e_svm(1)_p_def(23)_ -0.076918033350925008
     svm(1)_z(15) c_e_svm(1)_p_def(24)_ 0.062608968896641554
     svm(1)_z(15) c_e_svm(1)_p_def(25)_ 0.13428560724417382
     svm(1)_z(15) c_e_svm(1)_p_def(26)_ -0.27326001943191913
     svm(1)_z(15) c_e_svm(1)_p_def(27)_ -0.045582950250817378
     svm(1)_z(15) c_e_svm(1)_p_def(28)_ 0.047757322693841919
     svm(1)_z(15) c_e_svm(1)_p_def(29)_ 0.028526937971489669
     svm(1)_z(15) c_e_svm(1)_p_def(30)_ 0.061946427224002204
     svm(1)_z(15) c_e_svm(1)_p_def(31)_ 0.12050160074768193
     svm(1)_z(15) c_e_svm(1)_p_def(32)_ -0.061878657570702031
     svm(1)_z(15) c_e_svm(1)_p_def(33)_ 0.025272337043978382
     svm(1)_z(15) c_e_svm(1)_p_def(34)_ -0.078150110873020345
     svm(1)_z(15) c_e_svm(1)_p_def(35)_ -0.046538893207624193
     svm(1)_z(15) c_e_svm(1)_p_def(36)_ -0.46098758656324557
     svm(1)_z(15) c_e_svm(1)_p_def(37)_ 0.037275462170305154
     svm(1)_z(15) c_e_svm(1)_p_def(38)_ -0.32124761948882352
     svm(1)_z(15) c_e_svm(1)_p_def(39)_ 0.0098361796244801902
     svm(1)_z(16) c_u_crossed_ -0.21761708000641528
     svm(1)_z(16) c_u_svm(1)_z_le_alpha(16)_ 1
     svm(1)_z(16) c_u_svm(1)_z_ge_neg_alpha(16)_ -1
     svm(1)_z(16) c_u_svm(1)_z_ge_alpha_if_pos(16)_ -1
     svm(1)_z(16) c_u_svm(1)_z_le_neg_alpha_if_neg(16)_ 1
     svm(1)_z(16) c_e_svm(1)_p_def(0)_ -0.06978555024121455
     svm(1)_z(16) c_e_svm(1)_p_def(1)_ -0.53439738294741579
     svm(1)_z(16) c_e_svm(1)_p_def(2)_ -1.1900486244631439
     svm(1)_z(16) c_e_svm(1)_p_def(3)_ -1.0490062993680418
     svm(1)_z(16) c_e_svm(1)_p_def(4)_ -0.60811612787525848
     svm(1)_z(16) c_e_svm(1)_p_def(5)_ -0.27156265456218431
     svm(1)_z(16) c_e_svm(1)_p_def(6)_ -0.36526949088050709
     svm(1)_z(16) c_e_svm(1)_p_def(7)_ -1.1789375662116108
     svm(1)_z(16) c_e_svm(1)_p_def(8)_ -0.11197577677679646
     svm(1)_z(16) c_e_svm(1)_p_def(9)_ -0.87667831982269206
     svm(1)_z(16) c_e_svm(1)_p_def(10)_ -1.0436920307512287
     svm(1)_z(16) c_e_svm(1)_p_def(11)_ -0.23890211787040946
     svm(1)_z(16) c_e_svm(1)_p_def(12)_ -0.11689908308461196
     svm(1)_z(16) c_e_svm(1)_p_def(13)_ -0.90489081177798103
     svm(1)_z(16) c_e_svm(1)_p_def(14)_ -0.80753549840986216
     svm(1)_z(16) c_e_svm(1)_p_def(15)_ -0.31706887493101288
     svm(1)_z(16) c_e_svm(1)_p_def(16)_ -1.3736751357744392
     svm(1)_z(16) c_e_svm(1)_p_def(17)_ -0.33508414987755525
     svm(1)_z(16) c_e_svm(1)_p_def(18)_ -0.21701855980824591
     svm(1)_z(16) c_e_svm(1)_p_def(19)_ -0.8647573496139036
     svm(1)_z(16) c_e_svm(1)_p_def(20)_ 0.055302116630543227
     svm(1)_z(16) c_e_svm(1)_p_def(21)_ -0.066193840893947906
     svm(1)_z(16) c_e_svm(1)_p_def(22)_ -0.27993032165830123
     svm(1)_z(16) c_e_svm(1)_p_def(23)_ 0.11908050356051705
     svm(1)_z(16) c_e_svm(1)_p_def(24)_ -0.20202545754586568
     svm(1)_z(16) c_e_svm(1)_p_def(25)_ 0.094054372665917624
     svm(1)_z(16) c_e_svm(1)_p_def(26)_ -0.21751189762686449
     svm(1)_z(16) c_e_svm(1)_p_def(27)_ 0.0790832423317607
     svm(1)_z(16) c_e_svm(1)_p_def(28)_ -0.20234105725813434
     svm(1)_z(16) c_e_svm(1)_p_def(29)_ -0.035923561516667216
     svm(1)_z(16) c_e_svm(1)_p_def(30)_ 0.006061590477228998
     svm(1)_z(16) c_e_svm(1)_p_def(31)_ 0.036257653894681663
     svm(1)_z(16) c_e_svm(1)_p_def(32)_ -0.26721650136829617
     svm(1)_z(16) c_e_svm(1)_p_def(33)_ -0.11171532551639295
     svm(1)_z(16) c_e_svm(1)_p_def(34)_ 0.0090441297147955402
     svm(1)_z(16) c_e_svm(1)_p_def(35)_ -0.074141035726501603
     svm(1)_z(16) c_e_svm(1)_p_def(36)_ -0.15200177565678311
     svm(1)_z(16) c_e_svm(1)_p_def(37)_ 0.035732299771380469
     svm(1)_z(16) c_e_svm(1)_p_def(38)_ -0.25545737581188332
     svm(1)_z(16) c_e_svm(1)_p_def(39)_ -0.086732868931969617
     svm(1)_z(17) c_u_crossed_ -1.5410118560528581
     svm(1)_z(17) c_u_svm(1)_z_le_alpha(17)_ 1
     svm(1)_z(17) c_u_svm(1)_z_ge_neg_alpha(17)_ -1
     svm(1)_z(17) c_u_svm(1)_z_ge_alpha_if_pos(17)_ -1
     svm(1)_z(17) c_u_svm(1)_z_le_neg_alpha_if_neg(17)_ 1
     svm(1)_z(17) c_e_svm(1)_p_def(0)_ -0.099134583644015464
     svm(1)_z(17) c_e_svm(1)_p_def(1)_ -0.60289556724244375
     svm(1)_z(17) c_e_svm(1)_p_def(2)_ -0.3021079006750807
     svm(1)_z(17) c_e_svm(1)_p_def(3)_ -0.19858956697237867
     svm(1)_z(17) c_e_svm(1)_p_def(4)_ -0.94569038859887411
     svm(1)_z(17) c_e_svm(1)_p_def(5)_ -1.6417210541721363
     svm(1)_z(17) c_e_svm(1)_p_def(6)_ -1.7843290652328663
     svm(1)_z(17) c_e_svm(1)_p_def(7)_ -0.60538239569674357
     svm(1)_z(17) c_e_svm(1)_p_def(8)_ -1.5609905426502326
     svm(1)_z(17) c_e_svm(1)_p_def(9)_ -0.058269748531615026
     svm(1)_z(17) c_e_svm(1)_p_def(10)_ -0.69476299815718301
     svm(1)_z(17) c_e_svm(1)_p_def(11)_ -1.2800886191360306
     svm(1)_z(17) c_e_svm(1)_p_def(12)_ -1.0259690600663449
     svm(1)_z(17) c_e_svm(1)_p_def(13)_ -0.15605513845842098
     svm(1)_z(17) c_e_svm(1)_p_def(14)_ -0.14936783602884493
     svm(1)_z(17) c_e_svm(1)_p_def(15)_ -1.7080604273332733
     svm(1)_z(17) c_e_svm(1)_p_def(16)_ -0.33508414987755525
     svm(1)_z(17) c_e_svm(1)_p_def(17)_ -1.6434746017941493
     svm(1)_z(17) c_e_svm(1)_p_def(18)_ -1.4235397931141613
     svm(1)_z(17) c_e_svm(1)_p_def(19)_ -0.66566502247333437
     svm(1)_z(17) c_e_svm(1)_p_def(20)_ -0.29662146023746494
     svm(1)_z(17) c_e_svm(1)_p_def(21)_ 0.1190540170601542
     svm(1)_z(17) c_e_svm(1)_p_def(22)_ -0.079402965802908163
     svm(1)_z(17) c_e_svm(1)_p_def(23)_ -0.070763575952299387
     svm(1)_z(17) c_e_svm(1)_p_def(24)_ 0.087515778856195506
     svm(1)_z(17) c_e_svm(1)_p_def(25)_ 0.1086893199337321
     svm(1)_z(17) c_e_svm(1)_p_def(26)_ -0.13683707176535792
     svm(1)_z(17) c_e_svm(1)_p_def(27)_ -0.0088530250456529819
     svm(1)_z(17) c_e_svm(1)_p_def(28)_ 0.070471737014726921
     svm(1)_z(17) c_e_svm(1)_p_def(29)_ 0.075427055826133377
     svm(1)_z(17) c_e_svm(1)_p_def(30)_ 0.039792115405944184
     svm(1)_z(17) c_e_svm(1)_p_def(31)_ 0.11185886982994675
     svm(1)_z(17) c_e_svm(1)_p_def(32)_ -0.0567834535421127
     svm(1)_z(17) c_e_svm(1)_p_def(33)_ 0.032077877578488276
     svm(1)_z(17) c_e_svm(1)_p_def(34)_ -0.015604001085301022
     svm(1)_z(17) c_e_svm(1)_p_def(35)_ 0.053746071923445604
     svm(1)_z(17) c_e_svm(1)_p_def(36)_ -0.29386869393702114
     svm(1)_z(17) c_e_svm(1)_p_def(37)_ 0.037035734171143864
     svm(1)_z(17) c_e_svm(1)_p_def(38)_ -0.12391563857351195
     svm(1)_z(17) c_e_svm(1)_p_def(39)_ -0.019021444767422985
     svm(1)_z(18) c_u_crossed_ -1.785567395646092
     svm(1)_z(18) c_u_svm(1)_z_le_alpha(18)_ 1
     svm(1)_z(18) c_u_svm(1)_z_ge_neg_alpha(18)_ -1
     svm(1)_z(18) c_u_svm(1)_z_ge_alpha_if_pos(18)_ -1
     svm(1)_z(18) c_u_svm(1)_z_le_neg_alpha_if_neg(18)_ 1
     svm(1)_z(18) c_e_svm(1)_p_def(0)_ -0.54272946741210415
     svm(1)_z(18) c_e_svm(1)_p_def(1)_ -0.25020482907271507
     svm(1)_z(18) c_e_svm(1)_p_def(2)_ -0.12986075199230518
     svm(1)_z(18) c_e_svm(1)_p_def(3)_ -0.45452325612376693
     svm(1)_z(18) c_e_svm(1)_p_def(4)_ -0.61344454000788406
     svm(1)_z(18) c_e_svm(1)_p_def(5)_ -1.773410886644752
     svm(1)_z(18) c_e_svm(1)_p_def(6)_ -1.5701444755477052
     svm(1)_z(18) c_e_svm(1)_p_def(7)_ -0.24588387361675043
     svm(1)_z(18) c_e_svm(1)_p_def(8)_ -1.9046426010445239
     svm(1)_z(18) c_e_svm(1)_p_def(9)_ -0.13777926100565058
     svm(1)_z(18) c_e_svm(1)_p_def(10)_ -0.27039056621436031
     svm(1)_z(18) c_e_svm(1)_p_def(11)_ -0.93564713382783093
     svm(1)_z(18) c_e_svm(1)_p_def(12)_ -0.85253837351679518
     svm(1)_z(18) c_e_svm(1)_p_def(13)_ -0.096012343677506454
     svm(1)_z(18) c_e_svm(1)_p_def(14)_ -0.055259353321509261
     svm(1)_z(18) c_e_svm(1)_p_def(15)_ -2.1190823426490333
     svm(1)_z(18) c_e_svm(1)_p_def(16)_ -0.21701855980824591
     svm(1)_z(18) c_e_svm(1)_p_def(17)_ -1.4235397931141613
     svm(1)_z(18) c_e_svm(1)_p_def(18)_ -2.4053732549871127
     svm(1)_z(18) c_e_svm(1)_p_def(19)_ -0.23158978982317577
     svm(1)_z(18) c_e_svm(1)_p_def(20)_ -0.51737512235501748
     svm(1)_z(18) c_e_svm(1)_p_def(21)_ 0.076314713941979972
     svm(1)_z(18) c_e_svm(1)_p_def(22)_ -0.18128611561264477
     svm(1)_z(18) c_e_svm(1)_p_def(23)_ -0.16239616727158285
     svm(1)_z(18) c_e_svm(1)_p_def(24)_ 0.040381646440130425
     svm(1)_z(18) c_e_svm(1)_p_def(25)_ 0.088186488807520613
     svm(1)_z(18) c_e_svm(1)_p_def(26)_ -0.34717385646320081
     svm(1)_z(18) c_e_svm(1)_p_def(27)_ -0.1036384378404713
     svm(1)_z(18) c_e_svm(1)_p_def(28)_ -0.17129620720298788
     svm(1)_z(18) c_e_svm(1)_p_def(29)_ -0.061318854043361126
     svm(1)_z(18) c_e_svm(1)_p_def(30)_ 0.016952047927550451
     svm(1)_z(18) c_e_svm(1)_p_def(31)_ 0.08628257197118594
     svm(1)_z(18) c_e_svm(1)_p_def(32)_ -0.015129292308129233
     svm(1)_z(18) c_e_svm(1)_p_def(33)_ -0.0067275831840934164
     svm(1)_z(18) c_e_svm(1)_p_def(34)_ -0.16991632804208329
     svm(1)_z(18) c_e_svm(1)_p_def(35)_ -0.01696956045151321
     svm(1)_z(18) c_e_svm(1)_p_def(36)_ -0.56114290237567521
     svm(1)_z(18) c_e_svm(1)_p_def(37)_ -0.014212498484123259
     svm(1)_z(18) c_e_svm(1)_p_def(38)_ -0.274915924730949
     svm(1)_z(18) c_e_svm(1)_p_def(39)_ -0.065345365994832635
     svm(1)_z(19) c_u_crossed_ -0.45132641312784144
     svm(1)_z(19) c_u_svm(1)_z_le_alpha(19)_ 1
     svm(1)_z(19) c_u_svm(1)_z_ge_neg_alpha(19)_ -1
     svm(1)_z(19) c_u_svm(1)_z_ge_alpha_if_pos(19)_ -1
     svm(1)_z(19) c_u_svm(1)_z_le_neg_alpha_if_neg(19)_ 1
     svm(1)_z(19) c_e_svm(1)_p_def(0)_ 0.017932685878275567
     svm(1)_z(19) c_e_svm(1)_p_def(1)_ -1.0470629382903236
     svm(1)_z(19) c_e_svm(1)_p_def(2)_ -0.9838098857384534
     svm(1)_z(19) c_e_svm(1)_p_def(3)_ -0.40452192411463894
     svm(1)_z(19) c_e_svm(1)_p_def(4)_ -0.84009670805801928
     svm(1)_z(19) c_e_svm(1)_p_def(5)_ -0.49152291943194687
     svm(1)_z(19) c_e_svm(1)_p_def(6)_ -0.7877460832373997
     svm(1)_z(19) c_e_svm(1)_p_def(7)_ -1.2900554092559597
     svm(1)_z(19) c_e_svm(1)_p_def(8)_ -0.41185156404882267
     svm(1)_z(19) c_e_svm(1)_p_def(9)_ -0.49242366827210671
     svm(1)_z(19) c_e_svm(1)_p_def(10)_ -1.3646920086860188
     svm(1)_z(19) c_e_svm(1)_p_def(11)_ -0.73054069461691329
     svm(1)_z(19) c_e_svm(1)_p_def(12)_ -0.63969580045903174
     svm(1)_z(19) c_e_svm(1)_p_def(13)_ -0.71892925452707857
     svm(1)_z(19) c_e_svm(1)_p_def(14)_ -0.67394088178455203
     svm(1)_z(19) c_e_svm(1)_p_def(15)_ -0.44705805150723327
     svm(1)_z(19) c_e_svm(1)_p_def(16)_ -0.8647573496139036
     svm(1)_z(19) c_e_svm(1)_p_def(17)_ -0.66566502247333437
     svm(1)_z(19) c_e_svm(1)_p_def(18)_ -0.23158978982317577
     svm(1)_z(19) c_e_svm(1)_p_def(19)_ -1.3707062745962066
     svm(1)_z(19) c_e_svm(1)_p_def(20)_ -0.071649358237422592
     svm(1)_z(19) c_e_svm(1)_p_def(21)_ -0.0026983647122537369
     svm(1)_z(19) c_e_svm(1)_p_def(22)_ -0.092807060314209336
     svm(1)_z(19) c_e_svm(1)_p_def(23)_ -0.01421482840691693
     svm(1)_z(19) c_e_svm(1)_p_def(24)_ -0.0011083540096973044
     svm(1)_z(19) c_e_svm(1)_p_def(25)_ 0.034375880133350661
     svm(1)_z(19) c_e_svm(1)_p_def(26)_ 0.02677693701821314
     svm(1)_z(19) c_e_svm(1)_p_def(27)_ 0.064055674028245704
     svm(1)_z(19) c_e_svm(1)_p_def(28)_ 0.0023652821497920362
     svm(1)_z(19) c_e_svm(1)_p_def(29)_ 0.075508062705939211
     svm(1)_z(19) c_e_svm(1)_p_def(30)_ -0.057677962564389826
     svm(1)_z(19) c_e_svm(1)_p_def(31)_ 0.039031274617415984
     svm(1)_z(19) c_e_svm(1)_p_def(32)_ -0.25927808930143809
     svm(1)_z(19) c_e_svm(1)_p_def(33)_ -0.08815873129176674
     svm(1)_z(19) c_e_svm(1)_p_def(34)_ 0.067068675073007497
     svm(1)_z(19) c_e_svm(1)_p_def(35)_ 0.11259488406740957
     svm(1)_z(19) c_e_svm(1)_p_def(36)_ -0.085920620671502509
     svm(1)_z(19) c_e_svm(1)_p_def(37)_ 0.0069389886250239147
     svm(1)_z(19) c_e_svm(1)_p_def(38)_ 0.030061789387974797
     svm(1)_z(19) c_e_svm(1)_p_def(39)_ -0.068622960818902026
     svm(1)_z(20) c_u_crossed_ -0.50095890626937167
     svm(1)_z(20) c_u_svm(1)_z_le_alpha(20)_ 1
     svm(1)_z(20) c_u_svm(1)_z_ge_neg_alpha(20)_ -1
     svm(1)_z(20) c_u_svm(1)_z_ge_alpha_if_pos(20)_ -1
     svm(1)_z(20) c_u_svm(1)_z_le_neg_alpha_if_neg(20)_ 1
     svm(1)_z(20) c_e_svm(1)_p_def(0)_ -0.61353813717206562
     svm(1)_z(20) c_e_svm(1)_p_def(1)_ -0.075598419157073146
     svm(1)_z(20) c_e_svm(1)_p_def(2)_ 0.012025173360031713
     svm(1)_z(20) c_e_svm(1)_p_def(3)_ -0.042739026909548838
     svm(1)_z(20) c_e_svm(1)_p_def(4)_ -0.067136668073004224
     svm(1)_z(20) c_e_svm(1)_p_def(5)_ -0.42368264120004639
     svm(1)_z(20) c_e_svm(1)_p_def(6)_ -0.34455240032825202
     svm(1)_z(20) c_e_svm(1)_p_def(7)_ 0.0099040764013730992
     svm(1)_z(20) c_e_svm(1)_p_def(8)_ -0.58639662006646798
     svm(1)_z(20) c_e_svm(1)_p_def(9)_ -0.024014509333331463
     svm(1)_z(20) c_e_svm(1)_p_def(10)_ -0.022068479414813033
     svm(1)_z(20) c_e_svm(1)_p_def(11)_ -0.4120476313441383
     svm(1)_z(20) c_e_svm(1)_p_def(12)_ -0.56946192215766112
     svm(1)_z(20) c_e_svm(1)_p_def(13)_ 0.059152246879243531
     svm(1)_z(20) c_e_svm(1)_p_def(14)_ 0.075628942041219366
     svm(1)_z(20) c_e_svm(1)_p_def(15)_ -0.40874324465299755
     svm(1)_z(20) c_e_svm(1)_p_def(16)_ 0.055302116630543227
     svm(1)_z(20) c_e_svm(1)_p_def(17)_ -0.29662146023746494
     svm(1)_z(20) c_e_svm(1)_p_def(18)_ -0.51737512235501748
     svm(1)_z(20) c_e_svm(1)_p_def(19)_ -0.071649358237422592
     svm(1)_z(20) c_e_svm(1)_p_def(20)_ -1.8940314687615558
     svm(1)_z(20) c_e_svm(1)_p_def(21)_ -1.162464272543936
     svm(1)_z(20) c_e_svm(1)_p_def(22)_ -0.10987415641842535
     svm(1)_z(20) c_e_svm(1)_p_def(23)_ -1.4420401277304891
     svm(1)_z(20) c_e_svm(1)_p_def(24)_ -0.68086264489203907
     svm(1)_z(20) c_e_svm(1)_p_def(25)_ -1.0199916256811901
     svm(1)_z(20) c_e_svm(1)_p_def(26)_ 0.024102652096103738
     svm(1)_z(20) c_e_svm(1)_p_def(27)_ -0.098410542642695317
     svm(1)_z(20) c_e_svm(1)_p_def(28)_ -0.16926191109317684
     svm(1)_z(20) c_e_svm(1)_p_def(29)_ -0.21289795707017067
     svm(1)_z(20) c_e_svm(1)_p_def(30)_ -1.2268125334353903
     svm(1)_z(20) c_e_svm(1)_p_def(31)_ -0.19620403138075268
     svm(1)_z(20) c_e_svm(1)_p_def(32)_ 0.041351359553110437
     svm(1)_z(20) c_e_svm(1)_p_def(33)_ -1.3022993737446964
     svm(1)_z(20) c_e_svm(1)_p_def(34)_ 0.023783371523968033
     svm(1)_z(20) c_e_svm(1)_p_def(35)_ -0.14163141534425619
     svm(1)_z(20) c_e_svm(1)_p_def(36)_ -1.2993837673383108
     svm(1)_z(20) c_e_svm(1)_p_def(37)_ -0.12504984279110845
     svm(1)_z(20) c_e_svm(1)_p_def(38)_ 0.024041684337247377
     svm(1)_z(20) c_e_svm(1)_p_def(39)_ -0.5518900456785063
     svm(1)_z(21) c_u_crossed_ 0.09656388938527051
     svm(1)_z(21) c_u_svm(1)_z_le_alpha(21)_ 1
     svm(1)_z(21) c_u_svm(1)_z_ge_neg_alpha(21)_ -1
     svm(1)_z(21) c_u_svm(1)_z_ge_alpha_if_pos(21)_ -1
     svm(1)_z(21) c_u_svm(1)_z_le_neg_alpha_if_neg(21)_ 1
     svm(1)_z(21) c_e_svm(1)_p_def(0)_ -0.79778861050594962
     svm(1)_z(21) c_e_svm(1)_p_def(1)_ 0.010781949412803624
     svm(1)_z(21) c_e_svm(1)_p_def(2)_ -0.089856932023421515
     svm(1)_z(21) c_e_svm(1)_p_def(3)_ -0.06369193617464583
     svm(1)_z(21) c_e_svm(1)_p_def(4)_ 0.043072934966081111
     svm(1)_z(21) c_e_svm(1)_p_def(5)_ 0.10213362759463736
     svm(1)_z(21) c_e_svm(1)_p_def(6)_ 0.15230880567954802
     svm(1)_z(21) c_e_svm(1)_p_def(7)_ 0.0059415413723888366
     svm(1)_z(21) c_e_svm(1)_p_def(8)_ 0.085385902140194495
     svm(1)_z(21) c_e_svm(1)_p_def(9)_ -0.10832880350269523
     svm(1)_z(21) c_e_svm(1)_p_def(10)_ 0.032938709020108495
     svm(1)_z(21) c_e_svm(1)_p_def(11)_ 0.054255906960587907
     svm(1)_z(21) c_e_svm(1)_p_def(12)_ 0.023696201676572798
     svm(1)_z(21) c_e_svm(1)_p_def(13)_ -0.014993743570319129
     svm(1)_z(21) c_e_svm(1)_p_def(14)_ -0.015090426733498891
     svm(1)_z(21) c_e_svm(1)_p_def(15)_ 0.13346570607139507
     svm(1)_z(21) c_e_svm(1)_p_def(16)_ -0.066193840893947906
     svm(1)_z(21) c_e_svm(1)_p_def(17)_ 0.1190540170601542
     svm(1)_z(21) c_e_svm(1)_p_def(18)_ 0.076314713941979972
     svm(1)_z(21) c_e_svm(1)_p_def(19)_ -0.0026983647122537369
     svm(1)_z(21) c_e_svm(1)_p_def(20)_ -1.162464272543936
     svm(1)_z(21) c_e_svm(1)_p_def(21)_ -2.4447275568723188
     svm(1)_z(21) c_e_svm(1)_p_def(22)_ -0.39379077468385165
     svm(1)_z(21) c_e_svm(1)_p_def(23)_ -1.2577419781119969
     svm(1)_z(21) c_e_svm(1)_p_def(24)_ -1.687657102868346
     svm(1)_z(21) c_e_svm(1)_p_def(25)_ -1.6601489135540253
     svm(1)_z(21) c_e_svm(1)_p_def(26)_ -0.27416184433375468
     svm(1)_z(21) c_e_svm(1)_p_def(27)_ -0.2946685981510529
     svm(1)_z(21) c_e_svm(1)_p_def(28)_ -0.92105389071699673
     svm(1)_z(21) c_e_svm(1)_p_def(29)_ -0.8908088041104919
     svm(1)_z(21) c_e_svm(1)_p_def(30)_ -1.6936504110109962
     svm(1)_z(21) c_e_svm(1)_p_def(31)_ -0.77401366826731755
     svm(1)_z(21) c_e_svm(1)_p_def(32)_ 0.0068486488296194137
     svm(1)_z(21) c_e_svm(1)_p_def(33)_ -1.9077464011728535
     svm(1)_z(21) c_e_svm(1)_p_def(34)_ -0.2448374540391702
     svm(1)_z(21) c_e_svm(1)_p_def(35)_ -0.87848009933954962
     svm(1)_z(21) c_e_svm(1)_p_def(36)_ -1.1026453145064914
     svm(1)_z(21) c_e_svm(1)_p_def(37)_ -0.46671673705221528
     svm(1)_z(21) c_e_svm(1)_p_def(38)_ -0.35357368707589276
     svm(1)_z(21) c_e_svm(1)_p_def(39)_ -1.0636607105835874
     svm(1)_z(22) c_u_crossed_ -0.037329601465477244
     svm(1)_z(22) c_u_svm(1)_z_le_alpha(22)_ 1
     svm(1)_z(22) c_u_svm(1)_z_ge_neg_alpha(22)_ -1
     svm(1)_z(22) c_u_svm(1)_z_ge_alpha_if_pos(22)_ -1
     svm(1)_z(22) c_u_svm(1)_z_le_neg_alpha_if_neg(22)_ 1
     svm(1)_z(22) c_e_svm(1)_p_def(0)_ -0.19825879805608637
     svm(1)_z(22) c_e_svm(1)_p_def(1)_ -0.14729297626149684
     svm(1)_z(22) c_e_svm(1)_p_def(2)_ -0.134550616191255
     svm(1)_z(22) c_e_svm(1)_p_def(3)_ -0.35746499997054954
     svm(1)_z(22) c_e_svm(1)_p_def(4)_ -0.12630109662985928
     svm(1)_z(22) c_e_svm(1)_p_def(5)_ -0.15999971493222193
     svm(1)_z(22) c_e_svm(1)_p_def(6)_ -0.035972187304082887
     svm(1)_z(22) c_e_svm(1)_p_def(7)_ -0.085028205156282788
     svm(1)_z(22) c_e_svm(1)_p_def(8)_ -0.080691731039016709
     svm(1)_z(22) c_e_svm(1)_p_def(9)_ -0.40760944603942117
     svm(1)_z(22) c_e_svm(1)_p_def(10)_ -0.07635984059792976
     svm(1)_z(22) c_e_svm(1)_p_def(11)_ 0.00029367823219182687
     svm(1)_z(22) c_e_svm(1)_p_def(12)_ 0.046488893677416168
     svm(1)_z(22) c_e_svm(1)_p_def(13)_ -0.39956112881147005
     svm(1)_z(22) c_e_svm(1)_p_def(14)_ -0.46026807174642248
     svm(1)_z(22) c_e_svm(1)_p_def(15)_ -0.1536665673024995
     svm(1)_z(22) c_e_svm(1)_p_def(16)_ -0.27993032165830123
     svm(1)_z(22) c_e_svm(1)_p_def(17)_ -0.079402965802908163
     svm(1)_z(22) c_e_svm(1)_p_def(18)_ -0.18128611561264477
     svm(1)_z(22) c_e_svm(1)_p_def(19)_ -0.092807060314209336
     svm(1)_z(22) c_e_svm(1)_p_def(20)_ -0.10987415641842535
     svm(1)_z(22) c_e_svm(1)_p_def(21)_ -0.39379077468385165
     svm(1)_z(22) c_e_svm(1)_p_def(22)_ -1.1430042886546772
     svm(1)_z(22) c_e_svm(1)_p_def(23)_ 0.078906100278891791
     svm(1)_z(22) c_e_svm(1)_p_def(24)_ -0.47984612550803907
     svm(1)_z(22) c_e_svm(1)_p_def(25)_ -0.035079977194748715
     svm(1)_z(22) c_e_svm(1)_p_def(26)_ -0.37286705641614759
     svm(1)_z(22) c_e_svm(1)_p_def(27)_ -0.51253119290995175
     svm(1)_z(22) c_e_svm(1)_p_def(28)_ -0.22080709323414993
     svm(1)_z(22) c_e_svm(1)_p_def(29)_ -0.68126085094598676
     svm(1)_z(22) c_e_svm(1)_p_def(30)_ -0.011073004828873426
     svm(1)_z(22) c_e_svm(1)_p_def(31)_ -0.70424738820048793
     svm(1)_z(22) c_e_svm(1)_p_def(32)_ -0.34140433981791857
     svm(1)_z(22) c_e_svm(1)_p_def(33)_ -0.14046149129185587
     svm(1)_z(22) c_e_svm(1)_p_def(34)_ -0.61994905974362413
     svm(1)_z(22) c_e_svm(1)_p_def(35)_ -0.66837626888911839
     svm(1)_z(22) c_e_svm(1)_p_def(36)_ -0.35555238093617036
     svm(1)_z(22) c_e_svm(1)_p_def(37)_ -0.58263253341743582
     svm(1)_z(22) c_e_svm(1)_p_def(38)_ -0.20584504639389808
     svm(1)_z(22) c_e_svm(1)_p_def(39)_ -0.065534325241957181
     svm(1)_z(23) c_u_crossed_ -0.22959035642116865
     svm(1)_z(23) c_u_svm(1)_z_le_alpha(23)_ 1
     svm(1)_z(23) c_u_svm(1)_z_ge_neg_alpha(23)_ -1
     svm(1)_z(23) c_u_svm(1)_z_ge_alpha_if_pos(23)_ -1
     svm(1)_z(23) c_u_svm(1)_z_le_neg_alpha_if_neg(23)_ 1
     svm(1)_z(23) c_e_svm(1)_p_def(0)_ -0.70112392233199905
     svm(1)_z(23) c_e_svm(1)_p_def(1)_ -0.051228514177515852
     svm(1)_z(23) c_e_svm(1)_p_def(2)_ 0.04396305031906915
     svm(1)_z(23) c_e_svm(1)_p_def(3)_ 0.021491259598317825
     svm(1)_z(23) c_e_svm(1)_p_def(4)_ 0.059742836117055498
     svm(1)_z(23) c_e_svm(1)_p_def(5)_ -0.083654202078639328
     svm(1)_z(23) c_e_svm(1)_p_def(6)_ -0.14576665567489988
     svm(1)_z(23) c_e_svm(1)_p_def(7)_ 0.046270604896798101
     svm(1)_z(23) c_e_svm(1)_p_def(8)_ -0.32410420834144965
     svm(1)_z(23) c_e_svm(1)_p_def(9)_ -0.035502799162586307
     svm(1)_z(23) c_e_svm(1)_p_def(10)_ 0.020412328453996847
     svm(1)_z(23) c_e_svm(1)_p_def(11)_ -0.26261387296918709
     svm(1)_z(23) c_e_svm(1)_p_def(12)_ -0.58217717529535074
     svm(1)_z(23) c_e_svm(1)_p_def(13)_ 0.07324691610959079
     svm(1)_z(23) c_e_svm(1)_p_def(14)_ 0.097235864024743837
     svm(1)_z(23) c_e_svm(1)_p_def(15)_ -0.076918033350925008
     svm(1)_z(23) c_e_svm(1)_p_def(16)_ 0.11908050356051705
     svm(1)_z(23) c_e_svm(1)_p_def(17)_ -0.070763575952299387
     svm(1)_z(23) c_e_svm(1)_p_def(18)_ -0.16239616727158285
     svm(1)_z(23) c_e_svm(1)_p_def(19)_ -0.01421482840691693
     svm(1)_z(23) c_e_svm(1)_p_def(20)_ -1.4420401277304891
     svm(1)_z(23) c_e_svm(1)_p_def(21)_ -1.2577419781119969
     svm(1)_z(23) c_e_svm(1)_p_def(22)_ 0.078906100278891791
     svm(1)_z(23) c_e_svm(1)_p_def(23)_ -2.580854095722878
     svm(1)_z(23) c_e_svm(1)_p_def(24)_ -0.63296836460201544
     svm(1)_z(23) c_e_svm(1)_p_def(25)_ -2.0066497208356533
     svm(1)_z(23) c_e_svm(1)_p_def(26)_ -0.13528847503350716
     svm(1)_z(23) c_e_svm(1)_p_def(27)_ -0.42558238385426678
     svm(1)_z(23) c_e_svm(1)_p_def(28)_ -0.70550192444850224
     svm(1)_z(23) c_e_svm(1)_p_def(29)_ -0.27351692607313166
     svm(1)_z(23) c_e_svm(1)_p_def(30)_ -1.7438913037055865
     svm(1)_z(23) c_e_svm(1)_p_def(31)_ -0.5668553884792783
     svm(1)_z(23) c_e_svm(1)_p_def(32)_ -0.13834068708185532
     svm(1)_z(23) c_e_svm(1)_p_def(33)_ -1.3715933517721204
     svm(1)_z(23) c_e_svm(1)_p_def(34)_ -0.35876679327135669
     svm(1)_z(23) c_e_svm(1)_p_def(35)_ -0.58440766669619937
     svm(1)_z(23) c_e_svm(1)_p_def(36)_ -0.76154287237252993
     svm(1)_z(23) c_e_svm(1)_p_def(37)_ -0.37993601694656171
     svm(1)_z(23) c_e_svm(1)_p_def(38)_ -0.50039422281371559
     svm(1)_z(23) c_e_svm(1)_p_def(39)_ -0.98314964503542113
     svm(1)_z(24) c_u_crossed_ 0.072591016992406915
     svm(1)_z(24) c_u_svm(1)_z_le_alpha(24)_ 1
     svm(1)_z(24) c_u_svm(1)_z_ge_neg_alpha(24)_ -1
     svm(1)_z(24) c_u_svm(1)_z_ge_alpha_if_pos(24)_ -1
     svm(1)_z(24) c_u_svm(1)_z_le_neg_alpha_if_neg(24)_ 1
     svm(1)_z(24) c_e_svm(1)_p_def(0)_ -0.60850062346910716
     svm(1)_z(24) c_e_svm(1)_p_def(1)_ 0.063338558440364207
     svm(1)_z(24) c_e_svm(1)_p_def(2)_ -0.13311044971499772
     svm(1)_z(24) c_e_svm(1)_p_def(3)_ -0.23079546958813069
     svm(1)_z(24) c_e_svm(1)_p_def(4)_ -0.0150540555094624
     svm(1)_z(24) c_e_svm(1)_p_def(5)_ 0.03757356149515205
     svm(1)_z(24) c_e_svm(1)_p_def(6)_ 0.12537841861331908
     svm(1)_z(24) c_e_svm(1)_p_def(7)_ -0.055013082355602289
     svm(1)_z(24) c_e_svm(1)_p_def(8)_ 0.11423064067661107
     svm(1)_z(24) c_e_svm(1)_p_def(9)_ -0.12675745223948026
     svm(1)_z(24) c_e_svm(1)_p_def(10)_ -0.0034355668934989564
     svm(1)_z(24) c_e_svm(1)_p_def(11)_ 0.063513553960019981
     svm(1)_z(24) c_e_svm(1)_p_def(12)_ 0.10273640515596755
     svm(1)_z(24) c_e_svm(1)_p_def(13)_ -0.022697690922460767
     svm(1)_z(24) c_e_svm(1)_p_def(14)_ -0.033472043506193885
     svm(1)_z(24) c_e_svm(1)_p_def(15)_ 0.062608968896641554
     svm(1)_z(24) c_e_svm(1)_p_def(16)_ -0.20202545754586568
     svm(1)_z(24) c_e_svm(1)_p_def(17)_ 0.087515778856195506
     svm(1)_z(24) c_e_svm(1)_p_def(18)_ 0.040381646440130425
     svm(1)_z(24) c_e_svm(1)_p_def(19)_ -0.0011083540096973044
     svm(1)_z(24) c_e_svm(1)_p_def(20)_ -0.68086264489203907
     svm(1)_z(24) c_e_svm(1)_p_def(21)_ -1.687657102868346
     svm(1)_z(24) c_e_svm(1)_p_def(22)_ -0.47984612550803907
     svm(1)_z(24) c_e_svm(1)_p_def(23)_ -0.63296836460201544
     svm(1)_z(24) c_e_svm(1)_p_def(24)_ -1.9236542307841702
     svm(1)_z(24) c_e_svm(1)_p_def(25)_ -1.0095046577017679
     svm(1)_z(24) c_e_svm(1)_p_def(26)_ -0.40601677177134227
     svm(1)_z(24) c_e_svm(1)_p_def(27)_ -0.19825857487241166
     svm(1)_z(24) c_e_svm(1)_p_def(28)_ -0.48745779869698208
     svm(1)_z(24) c_e_svm(1)_p_def(29)_ -0.884953046886789
     svm(1)_z(24) c_e_svm(1)_p_def(30)_ -1.0857729844860087
     svm(1)_z(24) c_e_svm(1)_p_def(31)_ -0.6175088710506198
     svm(1)_z(24) c_e_svm(1)_p_def(32)_ -0.032294241072528262
     svm(1)_z(24) c_e_svm(1)_p_def(33)_ -1.5315931214853753
     svm(1)_z(24) c_e_svm(1)_p_def(34)_ -0.17639391763606338
     svm(1)_z(24) c_e_svm(1)_p_def(35)_ -1.3745629962486545
     svm(1)_z(24) c_e_svm(1)_p_def(36)_ -0.85491976910781786
     svm(1)_z(24) c_e_svm(1)_p_def(37)_ -0.30694131631705401
     svm(1)_z(24) c_e_svm(1)_p_def(38)_ -0.85622952187216594
     svm(1)_z(24) c_e_svm(1)_p_def(39)_ -0.62018088167329966
     svm(1)_z(25) c_u_crossed_ 0.062856111141276524
     svm(1)_z(25) c_u_svm(1)_z_le_alpha(25)_ 1
     svm(1)_z(25) c_u_svm(1)_z_ge_neg_alpha(25)_ -1
     svm(1)_z(25) c_u_svm(1)_z_ge_alpha_if_pos(25)_ -1
     svm(1)_z(25) c_u_svm(1)_z_le_neg_alpha_if_neg(25)_ 1
     svm(1)_z(25) c_e_svm(1)_p_def(0)_ -0.8142333246886353
     svm(1)_z(25) c_e_svm(1)_p_def(1)_ -0.014837948091776729
     svm(1)_z(25) c_e_svm(1)_p_def(2)_ 0.02436017299839538
     svm(1)_z(25) c_e_svm(1)_p_def(3)_ 0.049312742433571616
     svm(1)_z(25) c_e_svm(1)_p_def(4)_ 0.092361153564876119
     svm(1)_z(25) c_e_svm(1)_p_def(5)_ 0.1119236100655118
     svm(1)_z(25) c_e_svm(1)_p_def(6)_ 0.11411900830792994
     svm(1)_z(25) c_e_svm(1)_p_def(7)_ 0.067067838594978141
     svm(1)_z(25) c_e_svm(1)_p_def(8)_ 0.016607312611818803
     svm(1)_z(25) c_e_svm(1)_p_def(9)_ -0.05265001751835377
     svm(1)_z(25) c_e_svm(1)_p_def(10)_ 0.068138257603056404
     svm(1)_z(25) c_e_svm(1)_p_def(11)_ -0.0044634671276583548
     svm(1)_z(25) c_e_svm(1)_p_def(12)_ -0.18097728095397156
     svm(1)_z(25) c_e_svm(1)_p_def(13)_ 0.033141456266075245
     svm(1)_z(25) c_e_svm(1)_p_def(14)_ 0.046722887685830827
     svm(1)_z(25) c_e_svm(1)_p_def(15)_ 0.13428560724417382
     svm(1)_z(25) c_e_svm(1)_p_def(16)_ 0.094054372665917624
     svm(1)_z(25) c_e_svm(1)_p_def(17)_ 0.1086893199337321
     svm(1)_z(25) c_e_svm(1)_p_def(18)_ 0.088186488807520613
     svm(1)_z(25) c_e_svm(1)_p_def(19)_ 0.034375880133350661
     svm(1)_z(25) c_e_svm(1)_p_def(20)_ -1.0199916256811901
     svm(1)_z(25) c_e_svm(1)_p_def(21)_ -1.6601489135540253
     svm(1)_z(25) c_e_svm(1)_p_def(22)_ -0.035079977194748715
     svm(1)_z(25) c_e_svm(1)_p_def(23)_ -2.0066497208356533
     svm(1)_z(25) c_e_svm(1)_p_def(24)_ -1.0095046577017679
     svm(1)_z(25) c_e_svm(1)_p_def(25)_ -2.3319979240852287
     svm(1)_z(25) c_e_svm(1)_p_def(26)_ -0.25177524022341446
     svm(1)_z(25) c_e_svm(1)_p_def(27)_ -0.58632375509718493
     svm(1)_z(25) c_e_svm(1)_p_def(28)_ -1.0567473291108875
     svm(1)_z(25) c_e_svm(1)_p_def(29)_ -0.66586870307461021
     svm(1)_z(25) c_e_svm(1)_p_def(30)_ -1.7472238680382961
     svm(1)_z(25) c_e_svm(1)_p_def(31)_ -0.99588868142998377
     svm(1)_z(25) c_e_svm(1)_p_def(32)_ -0.1692028883156981
     svm(1)_z(25) c_e_svm(1)_p_def(33)_ -1.4617314621857074
     svm(1)_z(25) c_e_svm(1)_p_def(34)_ -0.54192040949008613
     svm(1)_z(25) c_e_svm(1)_p_def(35)_ -0.99057988005112008
     svm(1)_z(25) c_e_svm(1)_p_def(36)_ -0.53999940591790241
     svm(1)_z(25) c_e_svm(1)_p_def(37)_ -0.66368045425209732
     svm(1)_z(25) c_e_svm(1)_p_def(38)_ -0.69162439375321594
     svm(1)_z(25) c_e_svm(1)_p_def(39)_ -1.0447670526054469
     svm(1)_z(26) c_u_crossed_ -0.12032627968757457
     svm(1)_z(26) c_u_svm(1)_z_le_alpha(26)_ 1
     svm(1)_z(26) c_u_svm(1)_z_ge_neg_alpha(26)_ -1
     svm(1)_z(26) c_u_svm(1)_z_ge_alpha_if_pos(26)_ -1
     svm(1)_z(26) c_u_svm(1)_z_le_neg_alpha_if_neg(26)_ 1
     svm(1)_z(26) c_e_svm(1)_p_def(0)_ -0.050076414589485085
     svm(1)_z(26) c_e_svm(1)_p_def(1)_ 0.077510250906955597
     svm(1)_z(26) c_e_svm(1)_p_def(2)_ -0.068646254052326855
     svm(1)_z(26) c_e_svm(1)_p_def(3)_ -0.42233134096527664
     svm(1)_z(26) c_e_svm(1)_p_def(4)_ -0.13857845303671168
     svm(1)_z(26) c_e_svm(1)_p_def(5)_ -0.16905495780076074
     svm(1)_z(26) c_e_svm(1)_p_def(6)_ -0.087655044724730083
     svm(1)_z(26) c_e_svm(1)_p_def(7)_ -0.095328670754475431
     svm(1)_z(26) c_e_svm(1)_p_def(8)_ -0.12925346738807003
     svm(1)_z(26) c_e_svm(1)_p_def(9)_ -0.15511734585489348
     svm(1)_z(26) c_e_svm(1)_p_def(10)_ -0.050268119709034623
     svm(1)_z(26) c_e_svm(1)_p_def(11)_ 0.016138549318979442
     svm(1)_z(26) c_e_svm(1)_p_def(12)_ 0.09130821267945774
     svm(1)_z(26) c_e_svm(1)_p_def(13)_ -0.048619320717885356
     svm(1)_z(26) c_e_svm(1)_p_def(14)_ -0.075342817755696359
     svm(1)_z(26) c_e_svm(1)_p_def(15)_ -0.27326001943191913
     svm(1)_z(26) c_e_svm(1)_p_def(16)_ -0.21751189762686449
     svm(1)_z(26) c_e_svm(1)_p_def(17)_ -0.13683707176535792
     svm(1)_z(26) c_e_svm(1)_p_def(18)_ -0.34717385646320081
     svm(1)_z(26) c_e_svm(1)_p_def(19)_ 0.02677693701821314
     svm(1)_z(26) c_e_svm(1)_p_def(20)_ 0.024102652096103738
     svm(1)_z(26) c_e_svm(1)_p_def(21)_ -0.27416184433375468
     svm(1)_z(26) c_e_svm(1)_p_def(22)_ -0.37286705641614759
     svm(1)_z(26) c_e_svm(1)_p_def(23)_ -0.13528847503350716
     svm(1)_z(26) c_e_svm(1)_p_def(24)_ -0.40601677177134227
     svm(1)_z(26) c_e_svm(1)_p_def(25)_ -0.25177524022341446
     svm(1)_z(26) c_e_svm(1)_p_def(26)_ -1.9674509949089667
     svm(1)_z(26) c_e_svm(1)_p_def(27)_ -0.67948786315507292
     svm(1)_z(26) c_e_svm(1)_p_def(28)_ -1.1048631730431167
     svm(1)_z(26) c_e_svm(1)_p_def(29)_ -0.44703060978994402
     svm(1)_z(26) c_e_svm(1)_p_def(30)_ -0.18627866837841636
     svm(1)_z(26) c_e_svm(1)_p_def(31)_ -0.37202615512736492
     svm(1)_z(26) c_e_svm(1)_p_def(32)_ -0.24126262515814223
     svm(1)_z(26) c_e_svm(1)_p_def(33)_ -0.14391417418212993
     svm(1)_z(26) c_e_svm(1)_p_def(34)_ -1.4138869173345594
     svm(1)_z(26) c_e_svm(1)_p_def(35)_ -1.721272544775843
     svm(1)_z(26) c_e_svm(1)_p_def(36)_ -0.43754702445831878
     svm(1)_z(26) c_e_svm(1)_p_def(37)_ -0.29656213729278325
     svm(1)_z(26) c_e_svm(1)_p_def(38)_ -1.7483081398600455
     svm(1)_z(26) c_e_svm(1)_p_def(39)_ -0.86399962210727765
     svm(1)_z(27) c_u_crossed_ -0.0090333636686977525
     svm(1)_z(27) c_u_svm(1)_z_le_alpha(27)_ 1
     svm(1)_z(27) c_u_svm(1)_z_ge_neg_alpha(27)_ -1
     svm(1)_z(27) c_u_svm(1)_z_ge_alpha_if_pos(27)_ -1
     svm(1)_z(27) c_u_svm(1)_z_le_neg_alpha_if_neg(27)_ 1
     svm(1)_z(27) c_e_svm(1)_p_def(0)_ -0.28929511575686517
     svm(1)_z(27) c_e_svm(1)_p_def(1)_ -0.090928030702993143
     svm(1)_z(27) c_e_svm(1)_p_def(2)_ 0.08536051832883737
     svm(1)_z(27) c_e_svm(1)_p_def(3)_ -0.071098014736758017
     svm(1)_z(27) c_e_svm(1)_p_def(4)_ 0.056980229056502067
     svm(1)_z(27) c_e_svm(1)_p_def(5)_ -0.037228908428632815
     svm(1)_z(27) c_e_svm(1)_p_def(6)_ -0.024995961195031197
     svm(1)_z(27) c_e_svm(1)_p_def(7)_ 0.096844525793330971
     svm(1)_z(27) c_e_svm(1)_p_def(8)_ -0.15289770534911193
     svm(1)_z(27) c_e_svm(1)_p_def(9)_ -0.24697806213755402
     svm(1)_z(27) c_e_svm(1)_p_def(10)_ 0.084126542838203311
     svm(1)_z(27) c_e_svm(1)_p_def(11)_ 0.0086462638429889854
     svm(1)_z(27) c_e_svm(1)_p_def(12)_ -0.085839363670215163
     svm(1)_z(27) c_e_svm(1)_p_def(13)_ -0.20301149765241899
     svm(1)_z(27) c_e_svm(1)_p_def(14)_ -0.24504569478493343
     svm(1)_z(27) c_e_svm(1)_p_def(15)_ -0.045582950250817378
     svm(1)_z(27) c_e_svm(1)_p_def(16)_ 0.0790832423317607
     svm(1)_z(27) c_e_svm(1)_p_def(17)_ -0.0088530250456529819
     svm(1)_z(27) c_e_svm(1)_p_def(18)_ -0.1036384378404713
     svm(1)_z(27) c_e_svm(1)_p_def(19)_ 0.064055674028245704
     svm(1)_z(27) c_e_svm(1)_p_def(20)_ -0.098410542642695317
     svm(1)_z(27) c_e_svm(1)_p_def(21)_ -0.2946685981510529
     svm(1)_z(27) c_e_svm(1)_p_def(22)_ -0.51253119290995175
     svm(1)_z(27) c_e_svm(1)_p_def(23)_ -0.42558238385426678
     svm(1)_z(27) c_e_svm(1)_p_def(24)_ -0.19825857487241166
     svm(1)_z(27) c_e_svm(1)_p_def(25)_ -0.58632375509718493
     svm(1)_z(27) c_e_svm(1)_p_def(26)_ -0.67948786315507292
     svm(1)_z(27) c_e_svm(1)_p_def(27)_ -1.706620773442876
     svm(1)_z(27) c_e_svm(1)_p_def(28)_ -0.71998114607909447
     svm(1)_z(27) c_e_svm(1)_p_def(29)_ -0.77451923264924971
     svm(1)_z(27) c_e_svm(1)_p_def(30)_ -0.15659151497795562
     svm(1)_z(27) c_e_svm(1)_p_def(31)_ -1.5652888832001222
     svm(1)_z(27) c_e_svm(1)_p_def(32)_ -0.79684305334820493
     svm(1)_z(27) c_e_svm(1)_p_def(33)_ -0.040862771857179014
     svm(1)_z(27) c_e_svm(1)_p_def(34)_ -1.9293257388325178
     svm(1)_z(27) c_e_svm(1)_p_def(35)_ -1.3773196946494892
     svm(1)_z(27) c_e_svm(1)_p_def(36)_ -0.044789410757397771
     svm(1)_z(27) c_e_svm(1)_p_def(37)_ -1.3516808220228549
     svm(1)_z(27) c_e_svm(1)_p_def(38)_ -0.86860829781142579
     svm(1)_z(27) c_e_svm(1)_p_def(39)_ -0.27799189328286361
     svm(1)_z(28) c_u_crossed_ 0.033524309261027396
     svm(1)_z(28) c_u_svm(1)_z_le_alpha(28)_ 1
     svm(1)_z(28) c_u_svm(1)_z_ge_neg_alpha(28)_ -1
     svm(1)_z(28) c_u_svm(1)_z_ge_alpha_if_pos(28)_ -1
     svm(1)_z(28) c_u_svm(1)_z_le_neg_alpha_if_neg(28)_ 1
     svm(1)_z(28) c_e_svm(1)_p_def(0)_ -0.93237888013689796
     svm(1)_z(28) c_e_svm(1)_p_def(1)_ -0.077803289095008138
     svm(1)_z(28) c_e_svm(1)_p_def(2)_ -0.21613718638588986
     svm(1)_z(28) c_e_svm(1)_p_def(3)_ -0.27760532772228985
     svm(1)_z(28) c_e_svm(1)_p_def(4)_ -0.0041718152076222759
     svm(1)_z(28) c_e_svm(1)_p_def(5)_ 0.09090963559034268
     svm(1)_z(28) c_e_svm(1)_p_def(6)_ 0.1137469200442154
     svm(1)_z(28) c_e_svm(1)_p_def(7)_ -0.084453318543764255
     svm(1)_z(28) c_e_svm(1)_p_def(8)_ -0.095511661684358012
     svm(1)_z(28) c_e_svm(1)_p_def(9)_ -0.3192811494034673
     svm(1)_z(28) c_e_svm(1)_p_def(10)_ -0.013250973963265217
     svm(1)_z(28) c_e_svm(1)_p_def(11)_ 0.087080249958663286
     svm(1)_z(28) c_e_svm(1)_p_def(12)_ 0.0044360031671679956
     svm(1)_z(28) c_e_svm(1)_p_def(13)_ -0.24708747387551944
     svm(1)_z(28) c_e_svm(1)_p_def(14)_ -0.2098041622102782
     svm(1)_z(28) c_e_svm(1)_p_def(15)_ 0.047757322693841919
     svm(1)_z(28) c_e_svm(1)_p_def(16)_ -0.20234105725813434
     svm(1)_z(28) c_e_svm(1)_p_def(17)_ 0.070471737014726921
     svm(1)_z(28) c_e_svm(1)_p_def(18)_ -0.17129620720298788
     svm(1)_z(28) c_e_svm(1)_p_def(19)_ 0.0023652821497920362
     svm(1)_z(28) c_e_svm(1)_p_def(20)_ -0.16926191109317684
     svm(1)_z(28) c_e_svm(1)_p_def(21)_ -0.92105389071699673
     svm(1)_z(28) c_e_svm(1)_p_def(22)_ -0.22080709323414993
     svm(1)_z(28) c_e_svm(1)_p_def(23)_ -0.70550192444850224
     svm(1)_z(28) c_e_svm(1)_p_def(24)_ -0.48745779869698208
     svm(1)_z(28) c_e_svm(1)_p_def(25)_ -1.0567473291108875
     svm(1)_z(28) c_e_svm(1)_p_def(26)_ -1.1048631730431167
     svm(1)_z(28) c_e_svm(1)_p_def(27)_ -0.71998114607909447
     svm(1)_z(28) c_e_svm(1)_p_def(28)_ -3.0624240620775893
     svm(1)_z(28) c_e_svm(1)_p_def(29)_ -0.85462473236136938
     svm(1)_z(28) c_e_svm(1)_p_def(30)_ -0.71161365617760852
     svm(1)_z(28) c_e_svm(1)_p_def(31)_ -0.80720947354082773
     svm(1)_z(28) c_e_svm(1)_p_def(32)_ -0.14807487854349308
     svm(1)_z(28) c_e_svm(1)_p_def(33)_ -0.45052612609938469
     svm(1)_z(28) c_e_svm(1)_p_def(34)_ -1.2515389241495551
     svm(1)_z(28) c_e_svm(1)_p_def(35)_ -0.74562335076488639
     svm(1)_z(28) c_e_svm(1)_p_def(36)_ -0.24888753469942884
     svm(1)_z(28) c_e_svm(1)_p_def(37)_ -0.73714193026462316
     svm(1)_z(28) c_e_svm(1)_p_def(38)_ -0.85016636221208353
     svm(1)_z(28) c_e_svm(1)_p_def(39)_ -1.3198053411713588
     svm(1)_z(29) c_u_crossed_ 0.060008068488768343
     svm(1)_z(29) c_u_svm(1)_z_le_alpha(29)_ 1
     svm(1)_z(29) c_u_svm(1)_z_ge_neg_alpha(29)_ -1
     svm(1)_z(29) c_u_svm(1)_z_ge_alpha_if_pos(29)_ -1
     svm(1)_z(29) c_u_svm(1)_z_le_neg_alpha_if_neg(29)_ 1
     svm(1)_z(29) c_e_svm(1)_p_def(0)_ -0.90465419047404783
     svm(1)_z(29) c_e_svm(1)_p_def(1)_ -0.0091252768165022841
     svm(1)_z(29) c_e_svm(1)_p_def(2)_ 0.015866677506046062
     svm(1)_z(29) c_e_svm(1)_p_def(3)_ -0.077831858492098463
     svm(1)_z(29) c_e_svm(1)_p_def(4)_ 0.036806048370247826
     svm(1)_z(29) c_e_svm(1)_p_def(5)_ 0.018943990576400824
     svm(1)_z(29) c_e_svm(1)_p_def(6)_ 0.10858433431906439
     svm(1)_z(29) c_e_svm(1)_p_def(7)_ 0.078864996539439874
     svm(1)_z(29) c_e_svm(1)_p_def(8)_ 0.016881052025450302
     svm(1)_z(29) c_e_svm(1)_p_def(9)_ -0.14206151675972051
     svm(1)_z(29) c_e_svm(1)_p_def(10)_ 0.093198251170248381
     svm(1)_z(29) c_e_svm(1)_p_def(11)_ 0.081623498048679272
     svm(1)_z(29) c_e_svm(1)_p_def(12)_ 0.079125469983755886
     svm(1)_z(29) c_e_svm(1)_p_def(13)_ -0.12932435549323143
     svm(1)_z(29) c_e_svm(1)_p_def(14)_ -0.16653518601435996
     svm(1)_z(29) c_e_svm(1)_p_def(15)_ 0.028526937971489669
     svm(1)_z(29) c_e_svm(1)_p_def(16)_ -0.035923561516667216
     svm(1)_z(29) c_e_svm(1)_p_def(17)_ 0.075427055826133377
     svm(1)_z(29) c_e_svm(1)_p_def(18)_ -0.061318854043361126
     svm(1)_z(29) c_e_svm(1)_p_def(19)_ 0.075508062705939211
     svm(1)_z(29) c_e_svm(1)_p_def(20)_ -0.21289795707017067
     svm(1)_z(29) c_e_svm(1)_p_def(21)_ -0.8908088041104919
     svm(1)_z(29) c_e_svm(1)_p_def(22)_ -0.68126085094598676
     svm(1)_z(29) c_e_svm(1)_p_def(23)_ -0.27351692607313166
     svm(1)_z(29) c_e_svm(1)_p_def(24)_ -0.884953046886789
     svm(1)_z(29) c_e_svm(1)_p_def(25)_ -0.66586870307461021
     svm(1)_z(29) c_e_svm(1)_p_def(26)_ -0.44703060978994402
     svm(1)_z(29) c_e_svm(1)_p_def(27)_ -0.77451923264924971
     svm(1)_z(29) c_e_svm(1)_p_def(28)_ -0.85462473236136938
     svm(1)_z(29) c_e_svm(1)_p_def(29)_ -1.4446099229367162
     svm(1)_z(29) c_e_svm(1)_p_def(30)_ -0.35911608039145509
     svm(1)_z(29) c_e_svm(1)_p_def(31)_ -1.3059400488396826
     svm(1)_z(29) c_e_svm(1)_p_def(32)_ -0.22334737456730352
     svm(1)_z(29) c_e_svm(1)_p_def(33)_ -0.46043621348796604
     svm(1)_z(29) c_e_svm(1)_p_def(34)_ -0.78934413264297354
     svm(1)_z(29) c_e_svm(1)_p_def(35)_ -1.1955828940812274
     svm(1)_z(29) c_e_svm(1)_p_def(36)_ -0.15902346968506215
     svm(1)_z(29) c_e_svm(1)_p_def(37)_ -1.0178336814920845
     svm(1)_z(29) c_e_svm(1)_p_def(38)_ -0.7000762173333247
     svm(1)_z(29) c_e_svm(1)_p_def(39)_ -0.25312828805371573
     svm(1)_z(30) c_u_crossed_ -0.022624128210696287
     svm(1)_z(30) c_u_svm(1)_z_le_alpha(30)_ 1
     svm(1)_z(30) c_u_svm(1)_z_ge_neg_alpha(30)_ -1
     svm(1)_z(30) c_u_svm(1)_z_ge_alpha_if_pos(30)_ -1
     svm(1)_z(30) c_u_svm(1)_z_le_neg_alpha_if_neg(30)_ 1
     svm(1)_z(30) c_e_svm(1)_p_def(0)_ -0.56499224187358832
     svm(1)_z(30) c_e_svm(1)_p_def(1)_ -0.0071080574346537029
     svm(1)_z(30) c_e_svm(1)_p_def(2)_ -0.073557929820766768
     svm(1)_z(30) c_e_svm(1)_p_def(3)_ -0.018842671597186611
     svm(1)_z(30) c_e_svm(1)_p_def(4)_ 0.01815186581122824
     svm(1)_z(30) c_e_svm(1)_p_def(5)_ 0.036781853156730354
     svm(1)_z(30) c_e_svm(1)_p_def(6)_ 0.04725227692844268
     svm(1)_z(30) c_e_svm(1)_p_def(7)_ -0.045489597371827076
     svm(1)_z(30) c_e_svm(1)_p_def(8)_ -0.029714361212675483
     svm(1)_z(30) c_e_svm(1)_p_def(9)_ -0.026720069541228353
     svm(1)_z(30) c_e_svm(1)_p_def(10)_ -0.037458879900690606
     svm(1)_z(30) c_e_svm(1)_p_def(11)_ -0.090242509669286611
     svm(1)_z(30) c_e_svm(1)_p_def(12)_ -0.18982772270846981
     svm(1)_z(30) c_e_svm(1)_p_def(13)_ 0.057359004170182484
     svm(1)_z(30) c_e_svm(1)_p_def(14)_ 0.070986503666933445
     svm(1)_z(30) c_e_svm(1)_p_def(15)_ 0.061946427224002204
     svm(1)_z(30) c_e_svm(1)_p_def(16)_ 0.006061590477228998
     svm(1)_z(30) c_e_svm(1)_p_def(17)_ 0.039792115405944184
     svm(1)_z(30) c_e_svm(1)_p_def(18)_ 0.016952047927550451
     svm(1)_z(30) c_e_svm(1)_p_def(19)_ -0.057677962564389826
     svm(1)_z(30) c_e_svm(1)_p_def(20)_ -1.2268125334353903
     svm(1)_z(30) c_e_svm(1)_p_def(21)_ -1.6936504110109962
     svm(1)_z(30) c_e_svm(1)_p_def(22)_ -0.011073004828873426
     svm(1)_z(30) c_e_svm(1)_p_def(23)_ -1.7438913037055865
     svm(1)_z(30) c_e_svm(1)_p_def(24)_ -1.0857729844860087
     svm(1)_z(30) c_e_svm(1)_p_def(25)_ -1.7472238680382961
     svm(1)_z(30) c_e_svm(1)_p_def(26)_ -0.18627866837841636
     svm(1)_z(30) c_e_svm(1)_p_def(27)_ -0.15659151497795562
     svm(1)_z(30) c_e_svm(1)_p_def(28)_ -0.71161365617760852
     svm(1)_z(30) c_e_svm(1)_p_def(29)_ -0.35911608039145509
     svm(1)_z(30) c_e_svm(1)_p_def(30)_ -1.9180108272299792
     svm(1)_z(30) c_e_svm(1)_p_def(31)_ -0.38339558699297671
     svm(1)_z(30) c_e_svm(1)_p_def(32)_ 0.016538746570994842
     svm(1)_z(30) c_e_svm(1)_p_def(33)_ -1.7483285289130772
     svm(1)_z(30) c_e_svm(1)_p_def(34)_ -0.11978911889164141
     svm(1)_z(30) c_e_svm(1)_p_def(35)_ -0.61011299700502764
     svm(1)_z(30) c_e_svm(1)_p_def(36)_ -0.95301522135430994
     svm(1)_z(30) c_e_svm(1)_p_def(37)_ -0.19460256652878732
     svm(1)_z(30) c_e_svm(1)_p_def(38)_ -0.41431679597659976
     svm(1)_z(30) c_e_svm(1)_p_def(39)_ -1.1175894157077972
     svm(1)_z(31) c_u_crossed_ 0.11584304835735017
     svm(1)_z(31) c_u_svm(1)_z_le_alpha(31)_ 1
     svm(1)_z(31) c_u_svm(1)_z_ge_neg_alpha(31)_ -1
     svm(1)_z(31) c_u_svm(1)_z_ge_alpha_if_pos(31)_ -1
     svm(1)_z(31) c_u_svm(1)_z_le_neg_alpha_if_neg(31)_ 1
     svm(1)_z(31) c_e_svm(1)_p_def(0)_ -0.71726890758019668
     svm(1)_z(31) c_e_svm(1)_p_def(1)_ -0.18554832525453041
     svm(1)_z(31) c_e_svm(1)_p_def(2)_ 0.029294113341756509
     svm(1)_z(31) c_e_svm(1)_p_def(3)_ -0.10225239438674816
     svm(1)_z(31) c_e_svm(1)_p_def(4)_ 0.090702578416480037
     svm(1)_z(31) c_e_svm(1)_p_def(5)_ 0.09656819500134052
     svm(1)_z(31) c_e_svm(1)_p_def(6)_ 0.11847211505698731
     svm(1)_z(31) c_e_svm(1)_p_def(7)_ 0.090898203175256514
     svm(1)_z(31) c_e_svm(1)_p_def(8)_ 0.045018489804836082
     svm(1)_z(31) c_e_svm(1)_p_def(9)_ -0.43137096684488657
     svm(1)_z(31) c_e_svm(1)_p_def(10)_ 0.085877506192202996
     svm(1)_z(31) c_e_svm(1)_p_def(11)_ 0.080353840912632882
     svm(1)_z(31) c_e_svm(1)_p_def(12)_ -0.023180469751909516
     svm(1)_z(31) c_e_svm(1)_p_def(13)_ -0.403285102875729
     svm(1)_z(31) c_e_svm(1)_p_def(14)_ -0.44175780520493602
     svm(1)_z(31) c_e_svm(1)_p_def(15)_ 0.12050160074768193
     svm(1)_z(31) c_e_svm(1)_p_def(16)_ 0.036257653894681663
     svm(1)_z(31) c_e_svm(1)_p_def(17)_ 0.11185886982994675
     svm(1)_z(31) c_e_svm(1)_p_def(18)_ 0.08628257197118594
     svm(1)_z(31) c_e_svm(1)_p_def(19)_ 0.039031274617415984
     svm(1)_z(31) c_e_svm(1)_p_def(20)_ -0.19620403138075268
     svm(1)_z(31) c_e_svm(1)_p_def(21)_ -0.77401366826731755
     svm(1)_z(31) c_e_svm(1)_p_def(22)_ -0.70424738820048793
     svm(1)_z(31) c_e_svm(1)_p_def(23)_ -0.5668553884792783
     svm(1)_z(31) c_e_svm(1)_p_def(24)_ -0.6175088710506198
     svm(1)_z(31) c_e_svm(1)_p_def(25)_ -0.99588868142998377
     svm(1)_z(31) c_e_svm(1)_p_def(26)_ -0.37202615512736492
     svm(1)_z(31) c_e_svm(1)_p_def(27)_ -1.5652888832001222
     svm(1)_z(31) c_e_svm(1)_p_def(28)_ -0.80720947354082773
     svm(1)_z(31) c_e_svm(1)_p_def(29)_ -1.3059400488396826
     svm(1)_z(31) c_e_svm(1)_p_def(30)_ -0.38339558699297671
     svm(1)_z(31) c_e_svm(1)_p_def(31)_ -2.4241286872604899
     svm(1)_z(31) c_e_svm(1)_p_def(32)_ -0.91664500681987227
     svm(1)_z(31) c_e_svm(1)_p_def(33)_ -0.33239306915199424
     svm(1)_z(31) c_e_svm(1)_p_def(34)_ -1.5456560035427052
     svm(1)_z(31) c_e_svm(1)_p_def(35)_ -1.5081197118114078
     svm(1)_z(31) c_e_svm(1)_p_def(36)_ 0.0045316266664048033
     svm(1)_z(31) c_e_svm(1)_p_def(37)_ -1.8446600840915144
     svm(1)_z(31) c_e_svm(1)_p_def(38)_ -0.80663007536958053
     svm(1)_z(31) c_e_svm(1)_p_def(39)_ -0.20394917412701755
     svm(1)_z(32) c_u_crossed_ -0.024269212300559589
     svm(1)_z(32) c_u_svm(1)_z_le_alpha(32)_ 1
     svm(1)_z(32) c_u_svm(1)_z_ge_neg_alpha(32)_ -1
     svm(1)_z(32) c_u_svm(1)_z_ge_alpha_if_pos(32)_ -1
     svm(1)_z(32) c_u_svm(1)_z_le_neg_alpha_if_neg(32)_ 1
     svm(1)_z(32) c_e_svm(1)_p_def(0)_ -0.06073611022354472
     svm(1)_z(32) c_e_svm(1)_p_def(1)_ -0.34269933155750543
     svm(1)_z(32) c_e_svm(1)_p_def(2)_ -0.28618969085766782
     svm(1)_z(32) c_e_svm(1)_p_def(3)_ -0.78682170210770952
     svm(1)_z(32) c_e_svm(1)_p_def(4)_ -0.020324852439487423
     svm(1)_z(32) c_e_svm(1)_p_def(5)_ -0.034137411964450207
     svm(1)_z(32) c_e_svm(1)_p_def(6)_ -0.1720941378253262
     svm(1)_z(32) c_e_svm(1)_p_def(7)_ -0.25746713400572918
     svm(1)_z(32) c_e_svm(1)_p_def(8)_ -0.039592458220768262
     svm(1)_z(32) c_e_svm(1)_p_def(9)_ -1.0927851097579397
     svm(1)_z(32) c_e_svm(1)_p_def(10)_ -0.28948448707422297
     svm(1)_z(32) c_e_svm(1)_p_def(11)_ -0.057037760438565108
     svm(1)_z(32) c_e_svm(1)_p_def(12)_ -0.1804951226920396
     svm(1)_z(32) c_e_svm(1)_p_def(13)_ -0.89104747677504526
     svm(1)_z(32) c_e_svm(1)_p_def(14)_ -0.80313881602878634
     svm(1)_z(32) c_e_svm(1)_p_def(15)_ -0.061878657570702031
     svm(1)_z(32) c_e_svm(1)_p_def(16)_ -0.26721650136829617
     svm(1)_z(32) c_e_svm(1)_p_def(17)_ -0.0567834535421127
     svm(1)_z(32) c_e_svm(1)_p_def(18)_ -0.015129292308129233
     svm(1)_z(32) c_e_svm(1)_p_def(19)_ -0.25927808930143809
     svm(1)_z(32) c_e_svm(1)_p_def(20)_ 0.041351359553110437
     svm(1)_z(32) c_e_svm(1)_p_def(21)_ 0.0068486488296194137
     svm(1)_z(32) c_e_svm(1)_p_def(22)_ -0.34140433981791857
     svm(1)_z(32) c_e_svm(1)_p_def(23)_ -0.13834068708185532
     svm(1)_z(32) c_e_svm(1)_p_def(24)_ -0.032294241072528262
     svm(1)_z(32) c_e_svm(1)_p_def(25)_ -0.1692028883156981
     svm(1)_z(32) c_e_svm(1)_p_def(26)_ -0.24126262515814223
     svm(1)_z(32) c_e_svm(1)_p_def(27)_ -0.79684305334820493
     svm(1)_z(32) c_e_svm(1)_p_def(28)_ -0.14807487854349308
     svm(1)_z(32) c_e_svm(1)_p_def(29)_ -0.22334737456730352
     svm(1)_z(32) c_e_svm(1)_p_def(30)_ 0.016538746570994842
     svm(1)_z(32) c_e_svm(1)_p_def(31)_ -0.91664500681987227
     svm(1)_z(32) c_e_svm(1)_p_def(32)_ -1.4759553107293741
     svm(1)_z(32) c_e_svm(1)_p_def(33)_ 0.03911312603178041
     svm(1)_z(32) c_e_svm(1)_p_def(34)_ -1.0231674677566891
     svm(1)_z(32) c_e_svm(1)_p_def(35)_ -0.75671974346410298
     svm(1)_z(32) c_e_svm(1)_p_def(36)_ 0.058316065596144842
     svm(1)_z(32) c_e_svm(1)_p_def(37)_ -0.7063181666782069
     svm(1)_z(32) c_e_svm(1)_p_def(38)_ -0.66488494817029642
     svm(1)_z(32) c_e_svm(1)_p_def(39)_ 0.031354492345117016
     svm(1)_z(33) c_u_crossed_ -0.031584729326823463
     svm(1)_z(33) c_u_svm(1)_z_le_alpha(33)_ 1
     svm(1)_z(33) c_u_svm(1)_z_ge_neg_alpha(33)_ -1
     svm(1)_z(33) c_u_svm(1)_z_ge_alpha_if_pos(33)_ -1
     svm(1)_z(33) c_u_svm(1)_z_le_neg_alpha_if_neg(33)_ 1
     svm(1)_z(33) c_e_svm(1)_p_def(0)_ -0.62912610554233728
     svm(1)_z(33) c_e_svm(1)_p_def(1)_ 0.012781639618348759
     svm(1)_z(33) c_e_svm(1)_p_def(2)_ -0.15635642390150084
     svm(1)_z(33) c_e_svm(1)_p_def(3)_ -0.15125194093981364
     svm(1)_z(33) c_e_svm(1)_p_def(4)_ -0.022853499093760235
     svm(1)_z(33) c_e_svm(1)_p_def(5)_ -0.0064220783447117569
     svm(1)_z(33) c_e_svm(1)_p_def(6)_ 0.05236830427711775
     svm(1)_z(33) c_e_svm(1)_p_def(7)_ -0.10482896213854548
     svm(1)_z(33) c_e_svm(1)_p_def(8)_ 0.014562115718161295
     svm(1)_z(33) c_e_svm(1)_p_def(9)_ -0.089267666520764663
     svm(1)_z(33) c_e_svm(1)_p_def(10)_ -0.076712253367391361
     svm(1)_z(33) c_e_svm(1)_p_def(11)_ -0.075270925601122293
     svm(1)_z(33) c_e_svm(1)_p_def(12)_ -0.091258492854451603
     svm(1)_z(33) c_e_svm(1)_p_def(13)_ 0.027371346394314308
     svm(1)_z(33) c_e_svm(1)_p_def(14)_ 0.045355391280366641
     svm(1)_z(33) c_e_svm(1)_p_def(15)_ 0.025272337043978382
     svm(1)_z(33) c_e_svm(1)_p_def(16)_ -0.11171532551639295
     svm(1)_z(33) c_e_svm(1)_p_def(17)_ 0.032077877578488276
     svm(1)_z(33) c_e_svm(1)_p_def(18)_ -0.0067275831840934164
     svm(1)_z(33) c_e_svm(1)_p_def(19)_ -0.08815873129176674
     svm(1)_z(33) c_e_svm(1)_p_def(20)_ -1.3022993737446964
     svm(1)_z(33) c_e_svm(1)_p_def(21)_ -1.9077464011728535
     svm(1)_z(33) c_e_svm(1)_p_def(22)_ -0.14046149129185587
     svm(1)_z(33) c_e_svm(1)_p_def(23)_ -1.3715933517721204
     svm(1)_z(33) c_e_svm(1)_p_def(24)_ -1.5315931214853753
     svm(1)_z(33) c_e_svm(1)_p_def(25)_ -1.4617314621857074
     svm(1)_z(33) c_e_svm(1)_p_def(26)_ -0.14391417418212993
     svm(1)_z(33) c_e_svm(1)_p_def(27)_ -0.040862771857179014
     svm(1)_z(33) c_e_svm(1)_p_def(28)_ -0.45052612609938469
     svm(1)_z(33) c_e_svm(1)_p_def(29)_ -0.46043621348796604
     svm(1)_z(33) c_e_svm(1)_p_def(30)_ -1.7483285289130772
     svm(1)_z(33) c_e_svm(1)_p_def(31)_ -0.33239306915199424
     svm(1)_z(33) c_e_svm(1)_p_def(32)_ 0.03911312603178041
     svm(1)_z(33) c_e_svm(1)_p_def(33)_ -2.1459955680875469
     svm(1)_z(33) c_e_svm(1)_p_def(34)_ 0.030376058014397772
     svm(1)_z(33) c_e_svm(1)_p_def(35)_ -0.71965258072461835
     svm(1)_z(33) c_e_svm(1)_p_def(36)_ -1.1805175210151835
     svm(1)_z(33) c_e_svm(1)_p_def(37)_ -0.12007430698631918
     svm(1)_z(33) c_e_svm(1)_p_def(38)_ -0.4417570021733051
     svm(1)_z(33) c_e_svm(1)_p_def(39)_ -0.88584833815576447
     svm(1)_z(34) c_u_crossed_ 0.00081417546069373348
     svm(1)_z(34) c_u_svm(1)_z_le_alpha(34)_ 1
     svm(1)_z(34) c_u_svm(1)_z_ge_neg_alpha(34)_ -1
     svm(1)_z(34) c_u_svm(1)_z_ge_alpha_if_pos(34)_ -1
     svm(1)_z(34) c_u_svm(1)_z_le_neg_alpha_if_neg(34)_ 1
     svm(1)_z(34) c_e_svm(1)_p_def(0)_ -0.16981189826667098
     svm(1)_z(34) c_e_svm(1)_p_def(1)_ -0.055297105226097598
     svm(1)_z(34) c_e_svm(1)_p_def(2)_ 0.052807421881958541
     svm(1)_z(34) c_e_svm(1)_p_def(3)_ -0.32628002513428667
     svm(1)_z(34) c_e_svm(1)_p_def(4)_ 0.04659534726105323
     svm(1)_z(34) c_e_svm(1)_p_def(5)_ -0.024452187619756843
     svm(1)_z(34) c_e_svm(1)_p_def(6)_ -0.026185753716499505
     svm(1)_z(34) c_e_svm(1)_p_def(7)_ 0.068639268421165231
     svm(1)_z(34) c_e_svm(1)_p_def(8)_ -0.1496997048668538
     svm(1)_z(34) c_e_svm(1)_p_def(9)_ -0.46051471492964463
     svm(1)_z(34) c_e_svm(1)_p_def(10)_ 0.059449842855831922
     svm(1)_z(34) c_e_svm(1)_p_def(11)_ 0.053455083113870649
     svm(1)_z(34) c_e_svm(1)_p_def(12)_ -0.0097964728554995884
     svm(1)_z(34) c_e_svm(1)_p_def(13)_ -0.33239659323140386
     svm(1)_z(34) c_e_svm(1)_p_def(14)_ -0.3714473408422056
     svm(1)_z(34) c_e_svm(1)_p_def(15)_ -0.078150110873020345
     svm(1)_z(34) c_e_svm(1)_p_def(16)_ 0.0090441297147955402
     svm(1)_z(34) c_e_svm(1)_p_def(17)_ -0.015604001085301022
     svm(1)_z(34) c_e_svm(1)_p_def(18)_ -0.16991632804208329
     svm(1)_z(34) c_e_svm(1)_p_def(19)_ 0.067068675073007497
     svm(1)_z(34) c_e_svm(1)_p_def(20)_ 0.023783371523968033
     svm(1)_z(34) c_e_svm(1)_p_def(21)_ -0.2448374540391702
     svm(1)_z(34) c_e_svm(1)_p_def(22)_ -0.61994905974362413
     svm(1)_z(34) c_e_svm(1)_p_def(23)_ -0.35876679327135669
     svm(1)_z(34) c_e_svm(1)_p_def(24)_ -0.17639391763606338
     svm(1)_z(34) c_e_svm(1)_p_def(25)_ -0.54192040949008613
     svm(1)_z(34) c_e_svm(1)_p_def(26)_ -1.4138869173345594
     svm(1)_z(34) c_e_svm(1)_p_def(27)_ -1.9293257388325178
     svm(1)_z(34) c_e_svm(1)_p_def(28)_ -1.2515389241495551
     svm(1)_z(34) c_e_svm(1)_p_def(29)_ -0.78934413264297354
     svm(1)_z(34) c_e_svm(1)_p_def(30)_ -0.11978911889164141
     svm(1)_z(34) c_e_svm(1)_p_def(31)_ -1.5456560035427052
     svm(1)_z(34) c_e_svm(1)_p_def(32)_ -1.0231674677566891
     svm(1)_z(34) c_e_svm(1)_p_def(33)_ 0.030376058014397772
     svm(1)_z(34) c_e_svm(1)_p_def(34)_ -2.9482135453679721
     svm(1)_z(34) c_e_svm(1)_p_def(35)_ -1.8788949758156535
     svm(1)_z(34) c_e_svm(1)_p_def(36)_ -0.10977415052388198
     svm(1)_z(34) c_e_svm(1)_p_def(37)_ -1.3449532150230716
     svm(1)_z(34) c_e_svm(1)_p_def(38)_ -1.4352827479050658
     svm(1)_z(34) c_e_svm(1)_p_def(39)_ -0.57995100983349801
     svm(1)_z(35) c_u_crossed_ 0.063964547669368044
     svm(1)_z(35) c_u_svm(1)_z_le_alpha(35)_ 1
     svm(1)_z(35) c_u_svm(1)_z_ge_neg_alpha(35)_ -1
     svm(1)_z(35) c_u_svm(1)_z_ge_alpha_if_pos(35)_ -1
     svm(1)_z(35) c_u_svm(1)_z_le_neg_alpha_if_neg(35)_ 1
     svm(1)_z(35) c_e_svm(1)_p_def(0)_ -0.27991245962346883
     svm(1)_z(35) c_e_svm(1)_p_def(1)_ 0.13757170035295546
     svm(1)_z(35) c_e_svm(1)_p_def(2)_ 0.048360530860591278
     svm(1)_z(35) c_e_svm(1)_p_def(3)_ -0.39281230562285352
     svm(1)_z(35) c_e_svm(1)_p_def(4)_ 0.022709337729766632
     svm(1)_z(35) c_e_svm(1)_p_def(5)_ -0.025756683777556799
     svm(1)_z(35) c_e_svm(1)_p_def(6)_ 0.079562418329224255
     svm(1)_z(35) c_e_svm(1)_p_def(7)_ 0.045333108375998188
     svm(1)_z(35) c_e_svm(1)_p_def(8)_ 0.1168983386061945
     svm(1)_z(35) c_e_svm(1)_p_def(9)_ -0.20477854568076617
     svm(1)_z(35) c_e_svm(1)_p_def(10)_ 0.07477931924875772
     svm(1)_z(35) c_e_svm(1)_p_def(11)_ 0.097211208606636845
     svm(1)_z(35) c_e_svm(1)_p_def(12)_ 0.16030958517508653
     svm(1)_z(35) c_e_svm(1)_p_def(13)_ -0.030647465791358713
     svm(1)_z(35) c_e_svm(1)_p_def(14)_ -0.086720638768215647
     svm(1)_z(35) c_e_svm(1)_p_def(15)_ -0.046538893207624193
     svm(1)_z(35) c_e_svm(1)_p_def(16)_ -0.074141035726501603
     svm(1)_z(35) c_e_svm(1)_p_def(17)_ 0.053746071923445604
     svm(1)_z(35) c_e_svm(1)_p_def(18)_ -0.01696956045151321
     svm(1)_z(35) c_e_svm(1)_p_def(19)_ 0.11259488406740957
     svm(1)_z(35) c_e_svm(1)_p_def(20)_ -0.14163141534425619
     svm(1)_z(35) c_e_svm(1)_p_def(21)_ -0.87848009933954962
     svm(1)_z(35) c_e_svm(1)_p_def(22)_ -0.66837626888911839
     svm(1)_z(35) c_e_svm(1)_p_def(23)_ -0.58440766669619937
     svm(1)_z(35) c_e_svm(1)_p_def(24)_ -1.3745629962486545
     svm(1)_z(35) c_e_svm(1)_p_def(25)_ -0.99057988005112008
     svm(1)_z(35) c_e_svm(1)_p_def(26)_ -1.721272544775843
     svm(1)_z(35) c_e_svm(1)_p_def(27)_ -1.3773196946494892
     svm(1)_z(35) c_e_svm(1)_p_def(28)_ -0.74562335076488639
     svm(1)_z(35) c_e_svm(1)_p_def(29)_ -1.1955828940812274
     svm(1)_z(35) c_e_svm(1)_p_def(30)_ -0.61011299700502764
     svm(1)_z(35) c_e_svm(1)_p_def(31)_ -1.5081197118114078
     svm(1)_z(35) c_e_svm(1)_p_def(32)_ -0.75671974346410298
     svm(1)_z(35) c_e_svm(1)_p_def(33)_ -0.71965258072461835
     svm(1)_z(35) c_e_svm(1)_p_def(34)_ -1.8788949758156535
     svm(1)_z(35) c_e_svm(1)_p_def(35)_ -4.402806301478507
     svm(1)_z(35) c_e_svm(1)_p_def(36)_ -0.43018823779530774
     svm(1)_z(35) c_e_svm(1)_p_def(37)_ -0.95494368677905261
     svm(1)_z(35) c_e_svm(1)_p_def(38)_ -3.3755181304332007
     svm(1)_z(35) c_e_svm(1)_p_def(39)_ -0.69012075141441609
     svm(1)_z(36) c_u_crossed_ -0.40711076066392016
     svm(1)_z(36) c_u_svm(1)_z_le_alpha(36)_ 1
     svm(1)_z(36) c_u_svm(1)_z_ge_neg_alpha(36)_ -1
     svm(1)_z(36) c_u_svm(1)_z_ge_alpha_if_pos(36)_ -1
     svm(1)_z(36) c_u_svm(1)_z_le_neg_alpha_if_neg(36)_ 1
     svm(1)_z(36) c_e_svm(1)_p_def(0)_ -0.16341692582806264
     svm(1)_z(36) c_e_svm(1)_p_def(1)_ 0.04205237722016518
     svm(1)_z(36) c_e_svm(1)_p_def(2)_ -0.093840677229605665
     svm(1)_z(36) c_e_svm(1)_p_def(3)_ -0.37522363076672788
     svm(1)_z(36) c_e_svm(1)_p_def(4)_ -0.16559607389947642
     svm(1)_z(36) c_e_svm(1)_p_def(5)_ -0.41837629697379314
     svm(1)_z(36) c_e_svm(1)_p_def(6)_ -0.26579655929977508
     svm(1)_z(36) c_e_svm(1)_p_def(7)_ -0.1043514655973677
     svm(1)_z(36) c_e_svm(1)_p_def(8)_ -0.39828540238157856
     svm(1)_z(36) c_e_svm(1)_p_def(9)_ -0.13788716717372751
     svm(1)_z(36) c_e_svm(1)_p_def(10)_ -0.11006314116438996
     svm(1)_z(36) c_e_svm(1)_p_def(11)_ -0.24566598957563718
     svm(1)_z(36) c_e_svm(1)_p_def(12)_ -0.17195675458303289
     svm(1)_z(36) c_e_svm(1)_p_def(13)_ 0.027878983319678863
     svm(1)_z(36) c_e_svm(1)_p_def(14)_ 0.039674686525656436
     svm(1)_z(36) c_e_svm(1)_p_def(15)_ -0.46098758656324557
     svm(1)_z(36) c_e_svm(1)_p_def(16)_ -0.15200177565678311
     svm(1)_z(36) c_e_svm(1)_p_def(17)_ -0.29386869393702114
     svm(1)_z(36) c_e_svm(1)_p_def(18)_ -0.56114290237567521
     svm(1)_z(36) c_e_svm(1)_p_def(19)_ -0.085920620671502509
     svm(1)_z(36) c_e_svm(1)_p_def(20)_ -1.2993837673383108
     svm(1)_z(36) c_e_svm(1)_p_def(21)_ -1.1026453145064914
     svm(1)_z(36) c_e_svm(1)_p_def(22)_ -0.35555238093617036
     svm(1)_z(36) c_e_svm(1)_p_def(23)_ -0.76154287237252993
     svm(1)_z(36) c_e_svm(1)_p_def(24)_ -0.85491976910781786
     svm(1)_z(36) c_e_svm(1)_p_def(25)_ -0.53999940591790241
     svm(1)_z(36) c_e_svm(1)_p_def(26)_ -0.43754702445831878
     svm(1)_z(36) c_e_svm(1)_p_def(27)_ -0.044789410757397771
     svm(1)_z(36) c_e_svm(1)_p_def(28)_ -0.24888753469942884
     svm(1)_z(36) c_e_svm(1)_p_def(29)_ -0.15902346968506215
     svm(1)_z(36) c_e_svm(1)_p_def(30)_ -0.95301522135430994
     svm(1)_z(36) c_e_svm(1)_p_def(31)_ 0.0045316266664048033
     svm(1)_z(36) c_e_svm(1)_p_def(32)_ 0.058316065596144842
     svm(1)_z(36) c_e_svm(1)_p_def(33)_ -1.1805175210151835
     svm(1)_z(36) c_e_svm(1)_p_def(34)_ -0.10977415052388198
     svm(1)_z(36) c_e_svm(1)_p_def(35)_ -0.43018823779530774
     svm(1)_z(36) c_e_svm(1)_p_def(36)_ -2.1424175517205124
     svm(1)_z(36) c_e_svm(1)_p_def(37)_ 0.043969836429444673
     svm(1)_z(36) c_e_svm(1)_p_def(38)_ -0.16865771142694577
     svm(1)_z(36) c_e_svm(1)_p_def(39)_ -0.88212767084595778
     svm(1)_z(37) c_u_crossed_ 0.042396672552638806
     svm(1)_z(37) c_u_svm(1)_z_le_alpha(37)_ 1
     svm(1)_z(37) c_u_svm(1)_z_ge_neg_alpha(37)_ -1
     svm(1)_z(37) c_u_svm(1)_z_ge_alpha_if_pos(37)_ -1
     svm(1)_z(37) c_u_svm(1)_z_le_neg_alpha_if_neg(37)_ 1
     svm(1)_z(37) c_e_svm(1)_p_def(0)_ -0.61186048952256966
     svm(1)_z(37) c_e_svm(1)_p_def(1)_ -0.24918369689524908
     svm(1)_z(37) c_e_svm(1)_p_def(2)_ 0.028312845280350038
     svm(1)_z(37) c_e_svm(1)_p_def(3)_ -0.028942433609489199
     svm(1)_z(37) c_e_svm(1)_p_def(4)_ 0.045618071695100113
     svm(1)_z(37) c_e_svm(1)_p_def(5)_ 0.016372244228057026
     svm(1)_z(37) c_e_svm(1)_p_def(6)_ 0.035381198593229191
     svm(1)_z(37) c_e_svm(1)_p_def(7)_ 0.068214963757478833
     svm(1)_z(37) c_e_svm(1)_p_def(8)_ -0.085716790607036908
     svm(1)_z(37) c_e_svm(1)_p_def(9)_ -0.3047514972754522
     svm(1)_z(37) c_e_svm(1)_p_def(10)_ 0.057922572422735283
     svm(1)_z(37) c_e_svm(1)_p_def(11)_ 0.017486930780232557
     svm(1)_z(37) c_e_svm(1)_p_def(12)_ -0.10382881738747324
     svm(1)_z(37) c_e_svm(1)_p_def(13)_ -0.34821497266295254
     svm(1)_z(37) c_e_svm(1)_p_def(14)_ -0.3904711713595771
     svm(1)_z(37) c_e_svm(1)_p_def(15)_ 0.037275462170305154
     svm(1)_z(37) c_e_svm(1)_p_def(16)_ 0.035732299771380469
     svm(1)_z(37) c_e_svm(1)_p_def(17)_ 0.037035734171143864
     svm(1)_z(37) c_e_svm(1)_p_def(18)_ -0.014212498484123259
     svm(1)_z(37) c_e_svm(1)_p_def(19)_ 0.0069389886250239147
     svm(1)_z(37) c_e_svm(1)_p_def(20)_ -0.12504984279110845
     svm(1)_z(37) c_e_svm(1)_p_def(21)_ -0.46671673705221528
     svm(1)_z(37) c_e_svm(1)_p_def(22)_ -0.58263253341743582
     svm(1)_z(37) c_e_svm(1)_p_def(23)_ -0.37993601694656171
     svm(1)_z(37) c_e_svm(1)_p_def(24)_ -0.30694131631705401
     svm(1)_z(37) c_e_svm(1)_p_def(25)_ -0.66368045425209732
     svm(1)_z(37) c_e_svm(1)_p_def(26)_ -0.29656213729278325
     svm(1)_z(37) c_e_svm(1)_p_def(27)_ -1.3516808220228549
     svm(1)_z(37) c_e_svm(1)_p_def(28)_ -0.73714193026462316
     svm(1)_z(37) c_e_svm(1)_p_def(29)_ -1.0178336814920845
     svm(1)_z(37) c_e_svm(1)_p_def(30)_ -0.19460256652878732
     svm(1)_z(37) c_e_svm(1)_p_def(31)_ -1.8446600840915144
     svm(1)_z(37) c_e_svm(1)_p_def(32)_ -0.7063181666782069
     svm(1)_z(37) c_e_svm(1)_p_def(33)_ -0.12007430698631918
     svm(1)_z(37) c_e_svm(1)_p_def(34)_ -1.3449532150230716
     svm(1)_z(37) c_e_svm(1)_p_def(35)_ -0.95494368677905261
     svm(1)_z(37) c_e_svm(1)_p_def(36)_ 0.043969836429444673
     svm(1)_z(37) c_e_svm(1)_p_def(37)_ -1.6507717742988679
     svm(1)_z(37) c_e_svm(1)_p_def(38)_ -0.48324200781677462
     svm(1)_z(37) c_e_svm(1)_p_def(39)_ -0.13946084070742737
     svm(1)_z(38) c_u_crossed_ -0.1588006168346377
     svm(1)_z(38) c_u_svm(1)_z_le_alpha(38)_ 1
     svm(1)_z(38) c_u_svm(1)_z_ge_neg_alpha(38)_ -1
     svm(1)_z(38) c_u_svm(1)_z_ge_alpha_if_pos(38)_ -1
     svm(1)_z(38) c_u_svm(1)_z_le_neg_alpha_if_neg(38)_ 1
     svm(1)_z(38) c_e_svm(1)_p_def(0)_ -0.35189454033135009
     svm(1)_z(38) c_e_svm(1)_p_def(1)_ 0.11486207864163241
     svm(1)_z(38) c_e_svm(1)_p_def(2)_ -0.12072939343176101
     svm(1)_z(38) c_e_svm(1)_p_def(3)_ -0.71037768941302559
     svm(1)_z(38) c_e_svm(1)_p_def(4)_ -0.096689255605439658
     svm(1)_z(38) c_e_svm(1)_p_def(5)_ -0.20020727012377842
     svm(1)_z(38) c_e_svm(1)_p_def(6)_ -0.15745640973764299
     svm(1)_z(38) c_e_svm(1)_p_def(7)_ -0.16278089992540198
     svm(1)_z(38) c_e_svm(1)_p_def(8)_ -0.024599200168828744
     svm(1)_z(38) c_e_svm(1)_p_def(9)_ -0.29884688500240258
     svm(1)_z(38) c_e_svm(1)_p_def(10)_ -0.08834116974754147
     svm(1)_z(38) c_e_svm(1)_p_def(11)_ -0.0074426199435989604
     svm(1)_z(38) c_e_svm(1)_p_def(12)_ 0.085321289423087088
     svm(1)_z(38) c_e_svm(1)_p_def(13)_ -0.081717296004304857
     svm(1)_z(38) c_e_svm(1)_p_def(14)_ -0.077105740463621619
     svm(1)_z(38) c_e_svm(1)_p_def(15)_ -0.32124761948882352
     svm(1)_z(38) c_e_svm(1)_p_def(16)_ -0.25545737581188332
     svm(1)_z(38) c_e_svm(1)_p_def(17)_ -0.12391563857351195
     svm(1)_z(38) c_e_svm(1)_p_def(18)_ -0.274915924730949
     svm(1)_z(38) c_e_svm(1)_p_def(19)_ 0.030061789387974797
     svm(1)_z(38) c_e_svm(1)_p_def(20)_ 0.024041684337247377
     svm(1)_z(38) c_e_svm(1)_p_def(21)_ -0.35357368707589276
     svm(1)_z(38) c_e_svm(1)_p_def(22)_ -0.20584504639389808
     svm(1)_z(38) c_e_svm(1)_p_def(23)_ -0.50039422281371559
     svm(1)_z(38) c_e_svm(1)_p_def(24)_ -0.85622952187216594
     svm(1)_z(38) c_e_svm(1)_p_def(25)_ -0.69162439375321594
     svm(1)_z(38) c_e_svm(1)_p_def(26)_ -1.7483081398600455
     svm(1)_z(38) c_e_svm(1)_p_def(27)_ -0.86860829781142579
     svm(1)_z(38) c_e_svm(1)_p_def(28)_ -0.85016636221208353
     svm(1)_z(38) c_e_svm(1)_p_def(29)_ -0.7000762173333247
     svm(1)_z(38) c_e_svm(1)_p_def(30)_ -0.41431679597659976
     svm(1)_z(38) c_e_svm(1)_p_def(31)_ -0.80663007536958053
     svm(1)_z(38) c_e_svm(1)_p_def(32)_ -0.66488494817029642
     svm(1)_z(38) c_e_svm(1)_p_def(33)_ -0.4417570021733051
     svm(1)_z(38) c_e_svm(1)_p_def(34)_ -1.4352827479050658
     svm(1)_z(38) c_e_svm(1)_p_def(35)_ -3.3755181304332007
     svm(1)_z(38) c_e_svm(1)_p_def(36)_ -0.16865771142694577
     svm(1)_z(38) c_e_svm(1)_p_def(37)_ -0.48324200781677462
     svm(1)_z(38) c_e_svm(1)_p_def(38)_ -4.1936730356922567
     svm(1)_z(38) c_e_svm(1)_p_def(39)_ -0.58898746303073279
     svm(1)_z(39) c_u_crossed_ -0.027173502070152067
     svm(1)_z(39) c_u_svm(1)_z_le_alpha(39)_ 1
     svm(1)_z(39) c_u_svm(1)_z_ge_neg_alpha(39)_ -1
     svm(1)_z(39) c_u_svm(1)_z_ge_alpha_if_pos(39)_ -1
     svm(1)_z(39) c_u_svm(1)_z_le_neg_alpha_if_neg(39)_ 1
     svm(1)_z(39) c_e_svm(1)_p_def(0)_ -0.16558806259415684
     svm(1)_z(39) c_e_svm(1)_p_def(1)_ 0.0081804937713771259
     svm(1)_z(39) c_e_svm(1)_p_def(2)_ -0.10789618880380175
     svm(1)_z(39) c_e_svm(1)_p_def(3)_ -0.056953712742609436
     svm(1)_z(39) c_e_svm(1)_p_def(4)_ -0.077863068760422732
     svm(1)_z(39) c_e_svm(1)_p_def(5)_ 0.016155417170160308
     svm(1)_z(39) c_e_svm(1)_p_def(6)_ 0.023307647361138301
     svm(1)_z(39) c_e_svm(1)_p_def(7)_ -0.12052604446564116
     svm(1)_z(39) c_e_svm(1)_p_def(8)_ -0.078222489621683239
     svm(1)_z(39) c_e_svm(1)_p_def(9)_ -0.0050829739327598045
     svm(1)_z(39) c_e_svm(1)_p_def(10)_ -0.096993012210035812
     svm(1)_z(39) c_e_svm(1)_p_def(11)_ -0.050122839451082091
     svm(1)_z(39) c_e_svm(1)_p_def(12)_ -0.055595001064643768
     svm(1)_z(39) c_e_svm(1)_p_def(13)_ 0.046740949436381782
     svm(1)_z(39) c_e_svm(1)_p_def(14)_ 0.043077264439270097
     svm(1)_z(39) c_e_svm(1)_p_def(15)_ 0.0098361796244801902
     svm(1)_z(39) c_e_svm(1)_p_def(16)_ -0.086732868931969617
     svm(1)_z(39) c_e_svm(1)_p_def(17)_ -0.019021444767422985
     svm(1)_z(39) c_e_svm(1)_p_def(18)_ -0.065345365994832635
     svm(1)_z(39) c_e_svm(1)_p_def(19)_ -0.068622960818902026
     svm(1)_z(39) c_e_svm(1)_p_def(20)_ -0.5518900456785063
     svm(1)_z(39) c_e_svm(1)_p_def(21)_ -1.0636607105835874
     svm(1)_z(39) c_e_svm(1)_p_def(22)_ -0.065534325241957181
     svm(1)_z(39) c_e_svm(1)_p_def(23)_ -0.98314964503542113
     svm(1)_z(39) c_e_svm(1)_p_def(24)_ -0.62018088167329966
     svm(1)_z(39) c_e_svm(1)_p_def(25)_ -1.0447670526054469
     svm(1)_z(39) c_e_svm(1)_p_def(26)_ -0.86399962210727765
     svm(1)_z(39) c_e_svm(1)_p_def(27)_ -0.27799189328286361
     svm(1)_z(39) c_e_svm(1)_p_def(28)_ -1.3198053411713588
     svm(1)_z(39) c_e_svm(1)_p_def(29)_ -0.25312828805371573
     svm(1)_z(39) c_e_svm(1)_p_def(30)_ -1.1175894157077972
     svm(1)_z(39) c_e_svm(1)_p_def(31)_ -0.20394917412701755
     svm(1)_z(39) c_e_svm(1)_p_def(32)_ 0.031354492345117016
     svm(1)_z(39) c_e_svm(1)_p_def(33)_ -0.88584833815576447
     svm(1)_z(39) c_e_svm(1)_p_def(34)_ -0.57995100983349801
     svm(1)_z(39) c_e_svm(1)_p_def(35)_ -0.69012075141441609
     svm(1)_z(39) c_e_svm(1)_p_def(36)_ -0.88212767084595778
     svm(1)_z(39) c_e_svm(1)_p_def(37)_ -0.13946084070742737
     svm(1)_z(39) c_e_svm(1)_p_def(38)_ -0.58898746303073279
     svm(1)_z(39) c_e_svm(1)_p_def(39)_ -1.7527561517851091
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
     svm(1)_s(0) c_u_svm(1)_alpha_le_Cs(0)_ -0.036883671970239708
     svm(1)_s(1) c_u_svm(1)_t_le_s(1)_ -1
     svm(1)_s(1) c_u_svm(1)_alpha_le_Cs(1)_ -0.036883671970239708
     svm(1)_s(2) c_u_svm(1)_t_le_s(2)_ -1
     svm(1)_s(2) c_u_svm(1)_alpha_le_Cs(2)_ -0.036883671970239708
     svm(1)_s(3) c_u_svm(1)_t_le_s(3)_ -1
     svm(1)_s(3) c_u_svm(1)_alpha_le_Cs(3)_ -0.036883671970239708
     svm(1)_s(4) c_u_svm(1)_t_le_s(4)_ -1
     svm(1)_s(4) c_u_svm(1)_alpha_le_Cs(4)_ -0.036883671970239708
     svm(1)_s(5) c_u_svm(1)_t_le_s(5)_ -1
     svm(1)_s(5) c_u_svm(1)_alpha_le_Cs(5)_ -0.036883671970239708
     svm(1)_s(6) c_u_svm(1)_t_le_s(6)_ -1
     svm(1)_s(6) c_u_svm(1)_alpha_le_Cs(6)_ -0.036883671970239708
     svm(1)_s(7) c_u_svm(1)_t_le_s(7)_ -1
     svm(1)_s(7) c_u_svm(1)_alpha_le_Cs(7)_ -0.036883671970239708
     svm(1)_s(8) c_u_svm(1)_t_le_s(8)_ -1
     svm(1)_s(8) c_u_svm(1)_alpha_le_Cs(8)_ -0.036883671970239708
     svm(1)_s(9) c_u_svm(1)_t_le_s(9)_ -1
     svm(1)_s(9) c_u_svm(1)_alpha_le_Cs(9)_ -0.036883671970239708
     svm(1)_s(10) c_u_svm(1)_t_le_s(10)_ -1
     svm(1)_s(10) c_u_svm(1)_alpha_le_Cs(10)_ -0.036883671970239708
     svm(1)_s(11) c_u_svm(1)_t_le_s(11)_ -1
     svm(1)_s(11) c_u_svm(1)_alpha_le_Cs(11)_ -0.036883671970239708
     svm(1)_s(12) c_u_svm(1)_t_le_s(12)_ -1
     svm(1)_s(12) c_u_svm(1)_alpha_le_Cs(12)_ -0.036883671970239708
     svm(1)_s(13) c_u_svm(1)_t_le_s(13)_ -1
     svm(1)_s(13) c_u_svm(1)_alpha_le_Cs(13)_ -0.036883671970239708
     svm(1)_s(14) c_u_svm(1)_t_le_s(14)_ -1
     svm(1)_s(14) c_u_svm(1)_alpha_le_Cs(14)_ -0.036883671970239708
     svm(1)_s(15) c_u_svm(1)_t_le_s(15)_ -1
     svm(1)_s(15) c_u_svm(1)_alpha_le_Cs(15)_ -0.036883671970239708
     svm(1)_s(16) c_u_svm(1)_t_le_s(16)_ -1
     svm(1)_s(16) c_u_svm(1)_alpha_le_Cs(16)_ -0.036883671970239708
     svm(1)_s(17) c_u_svm(1)_t_le_s(17)_ -1
     svm(1)_s(17) c_u_svm(1)_alpha_le_Cs(17)_ -0.036883671970239708
     svm(1)_s(18) c_u_svm(1)_t_le_s(18)_ -1
     svm(1)_s(18) c_u_svm(1)_alpha_le_Cs(18)_ -0.036883671970239708
     svm(1)_s(19) c_u_svm(1)_t_le_s(19)_ -1
     svm(1)_s(19) c_u_svm(1)_alpha_le_Cs(19)_ -0.036883671970239708
     svm(1)_s(20) c_u_svm(1)_t_le_s(20)_ -1
     svm(1)_s(20) c_u_svm(1)_alpha_le_Cs(20)_ -0.036883671970239708
     svm(1)_s(21) c_u_svm(1)_t_le_s(21)_ -1
     svm(1)_s(21) c_u_svm(1)_alpha_le_Cs(21)_ -0.036883671970239708
     svm(1)_s(22) c_u_svm(1)_t_le_s(22)_ -1
     svm(1)_s(22) c_u_svm(1)_alpha_le_Cs(22)_ -0.036883671970239708
     svm(1)_s(23) c_u_svm(1)_t_le_s(23)_ -1
     svm(1)_s(23) c_u_svm(1)_alpha_le_Cs(23)_ -0.036883671970239708
     svm(1)_s(24) c_u_svm(1)_t_le_s(24)_ -1
     svm(1)_s(24) c_u_svm(1)_alpha_le_Cs(24)_ -0.036883671970239708
     svm(1)_s(25) c_u_svm(1)_t_le_s(25)_ -1
     svm(1)_s(25) c_u_svm(1)_alpha_le_Cs(25)_ -0.036883671970239708
     svm(1)_s(26) c_u_svm(1)_t_le_s(26)_ -1
     svm(1)_s(26) c_u_svm(1)_alpha_le_Cs(26)_ -0.036883671970239708
     svm(1)_s(27) c_u_svm(1)_t_le_s(27)_ -1
     svm(1)_s(27) c_u_svm(1)_alpha_le_Cs(27)_ -0.036883671970239708
     svm(1)_s(28) c_u_svm(1)_t_le_s(28)_ -1
     svm(1)_s(28) c_u_svm(1)_alpha_le_Cs(28)_ -0.036883671970239708
     svm(1)_s(29) c_u_svm(1)_t_le_s(29)_ -1
     svm(1)_s(29) c_u_svm(1)_alpha_le_Cs(29)_ -0.036883671970239708
     svm(1)_s(30) c_u_svm(1)_t_le_s(30)_ -1
     svm(1)_s(30) c_u_svm(1)_alpha_le_Cs(30)_ -0.036883671970239708
     svm(1)_s(31) c_u_svm(1)_t_le_s(31)_ -1
     svm(1)_s(31) c_u_svm(1)_alpha_le_Cs(31)_ -0.036883671970239708
     svm(1)_s(32) c_u_svm(1)_t_le_s(32)_ -1
     svm(1)_s(32) c_u_svm(1)_alpha_le_Cs(32)_ -0.036883671970239708
     svm(1)_s(33) c_u_svm(1)_t_le_s(33)_ -1
     svm(1)_s(33) c_u_svm(1)_alpha_le_Cs(33)_ -0.036883671970239708
     svm(1)_s(34) c_u_svm(1)_t_le_s(34)_ -1
     svm(1)_s(34) c_u_svm(1)_alpha_le_Cs(34)_ -0.036883671970239708
     svm(1)_s(35) c_u_svm(1)_t_le_s(35)_ -1
     svm(1)_s(35) c_u_svm(1)_alpha_le_Cs(35)_ -0.036883671970239708
     svm(1)_s(36) c_u_svm(1)_t_le_s(36)_ -1
     svm(1)_s(36) c_u_svm(1)_alpha_le_Cs(36)_ -0.036883671970239708
     svm(1)_s(37) c_u_svm(1)_t_le_s(37)_ -1
     svm(1)_s(37) c_u_svm(1)_alpha_le_Cs(37)_ -0.036883671970239708
     svm(1)_s(38) c_u_svm(1)_t_le_s(38)_ -1
     svm(1)_s(38) c_u_svm(1)_alpha_le_Cs(38)_ -0.036883671970239708
     svm(1)_s(39) c_u_svm(1)_t_le_s(39)_ -1
     svm(1)_s(39) c_u_svm(1)_alpha_le_Cs(39)_ -0.036883671970239708
     svm(1)_t(0) c_u_svm(1)_t_le_s(0)_ 1
     svm(1)_t(0) c_u_svm(1)_alpha_ge_Ct(0)_ 0.036883671970239708
     svm(1)_t(0) c_u_svm(1)_v_le_Mv(0)_ -1.3956413151360856
     svm(1)_t(1) c_u_svm(1)_t_le_s(1)_ 1
     svm(1)_t(1) c_u_svm(1)_alpha_ge_Ct(1)_ 0.036883671970239708
     svm(1)_t(1) c_u_svm(1)_v_le_Mv(1)_ -1.4352766971685722
     svm(1)_t(2) c_u_svm(1)_t_le_s(2)_ 1
     svm(1)_t(2) c_u_svm(1)_alpha_ge_Ct(2)_ 0.036883671970239708
     svm(1)_t(2) c_u_svm(1)_v_le_Mv(2)_ -1.4353255028983471
     svm(1)_t(3) c_u_svm(1)_t_le_s(3)_ 1
     svm(1)_t(3) c_u_svm(1)_alpha_ge_Ct(3)_ 0.036883671970239708
     svm(1)_t(3) c_u_svm(1)_v_le_Mv(3)_ -1.4488345367084627
     svm(1)_t(4) c_u_svm(1)_t_le_s(4)_ 1
     svm(1)_t(4) c_u_svm(1)_alpha_ge_Ct(4)_ 0.036883671970239708
     svm(1)_t(4) c_u_svm(1)_v_le_Mv(4)_ -1.4325253733832628
     svm(1)_t(5) c_u_svm(1)_t_le_s(5)_ 1
     svm(1)_t(5) c_u_svm(1)_alpha_ge_Ct(5)_ 0.036883671970239708
     svm(1)_t(5) c_u_svm(1)_v_le_Mv(5)_ -1.56326164245425
     svm(1)_t(6) c_u_svm(1)_t_le_s(6)_ 1
     svm(1)_t(6) c_u_svm(1)_alpha_ge_Ct(6)_ 0.036883671970239708
     svm(1)_t(6) c_u_svm(1)_v_le_Mv(6)_ -1.6457031172609571
     svm(1)_t(7) c_u_svm(1)_t_le_s(7)_ 1
     svm(1)_t(7) c_u_svm(1)_alpha_ge_Ct(7)_ 0.036883671970239708
     svm(1)_t(7) c_u_svm(1)_v_le_Mv(7)_ -1.5067757656037264
     svm(1)_t(8) c_u_svm(1)_t_le_s(8)_ 1
     svm(1)_t(8) c_u_svm(1)_alpha_ge_Ct(8)_ 0.036883671970239708
     svm(1)_t(8) c_u_svm(1)_v_le_Mv(8)_ -1.5556071487847483
     svm(1)_t(9) c_u_svm(1)_t_le_s(9)_ 1
     svm(1)_t(9) c_u_svm(1)_alpha_ge_Ct(9)_ 0.036883671970239708
     svm(1)_t(9) c_u_svm(1)_v_le_Mv(9)_ -1.4465340955255594
     svm(1)_t(10) c_u_svm(1)_t_le_s(10)_ 1
     svm(1)_t(10) c_u_svm(1)_alpha_ge_Ct(10)_ 0.036883671970239708
     svm(1)_t(10) c_u_svm(1)_v_le_Mv(10)_ -1.5156577418437078
     svm(1)_t(11) c_u_svm(1)_t_le_s(11)_ 1
     svm(1)_t(11) c_u_svm(1)_alpha_ge_Ct(11)_ 0.036883671970239708
     svm(1)_t(11) c_u_svm(1)_v_le_Mv(11)_ -1.4964157385773429
     svm(1)_t(12) c_u_svm(1)_t_le_s(12)_ 1
     svm(1)_t(12) c_u_svm(1)_alpha_ge_Ct(12)_ 0.036883671970239708
     svm(1)_t(12) c_u_svm(1)_v_le_Mv(12)_ -1.4827111714476149
     svm(1)_t(13) c_u_svm(1)_t_le_s(13)_ 1
     svm(1)_t(13) c_u_svm(1)_alpha_ge_Ct(13)_ 0.036883671970239708
     svm(1)_t(13) c_u_svm(1)_v_le_Mv(13)_ -1.4590166075695501
     svm(1)_t(14) c_u_svm(1)_t_le_s(14)_ 1
     svm(1)_t(14) c_u_svm(1)_alpha_ge_Ct(14)_ 0.036883671970239708
     svm(1)_t(14) c_u_svm(1)_v_le_Mv(14)_ -1.4342835373258713
     svm(1)_t(15) c_u_svm(1)_t_le_s(15)_ 1
     svm(1)_t(15) c_u_svm(1)_alpha_ge_Ct(15)_ 0.036883671970239708
     svm(1)_t(15) c_u_svm(1)_v_le_Mv(15)_ -1.6017608295282861
     svm(1)_t(16) c_u_svm(1)_t_le_s(16)_ 1
     svm(1)_t(16) c_u_svm(1)_alpha_ge_Ct(16)_ 0.036883671970239708
     svm(1)_t(16) c_u_svm(1)_v_le_Mv(16)_ -1.4467998791345817
     svm(1)_t(17) c_u_svm(1)_t_le_s(17)_ 1
     svm(1)_t(17) c_u_svm(1)_alpha_ge_Ct(17)_ 0.036883671970239708
     svm(1)_t(17) c_u_svm(1)_v_le_Mv(17)_ -1.5691729356214728
     svm(1)_t(18) c_u_svm(1)_t_le_s(18)_ 1
     svm(1)_t(18) c_u_svm(1)_alpha_ge_Ct(18)_ 0.036883671970239708
     svm(1)_t(18) c_u_svm(1)_v_le_Mv(18)_ -1.5309511780029263
     svm(1)_t(19) c_u_svm(1)_t_le_s(19)_ 1
     svm(1)_t(19) c_u_svm(1)_alpha_ge_Ct(19)_ 0.036883671970239708
     svm(1)_t(19) c_u_svm(1)_v_le_Mv(19)_ -1.4770571073948249
     svm(1)_t(20) c_u_svm(1)_t_le_s(20)_ 1
     svm(1)_t(20) c_u_svm(1)_alpha_ge_Ct(20)_ 0.036883671970239708
     svm(1)_t(20) c_u_svm(1)_v_le_Mv(20)_ -1.4664294424222319
     svm(1)_t(21) c_u_svm(1)_t_le_s(21)_ 1
     svm(1)_t(21) c_u_svm(1)_alpha_ge_Ct(21)_ 0.036883671970239708
     svm(1)_t(21) c_u_svm(1)_v_le_Mv(21)_ -1.6118239327214523
     svm(1)_t(22) c_u_svm(1)_t_le_s(22)_ 1
     svm(1)_t(22) c_u_svm(1)_alpha_ge_Ct(22)_ 0.036883671970239708
     svm(1)_t(22) c_u_svm(1)_v_le_Mv(22)_ -1.3297499602595906
     svm(1)_t(23) c_u_svm(1)_t_le_s(23)_ 1
     svm(1)_t(23) c_u_svm(1)_alpha_ge_Ct(23)_ 0.036883671970239708
     svm(1)_t(23) c_u_svm(1)_v_le_Mv(23)_ -1.5443339220335246
     svm(1)_t(24) c_u_svm(1)_t_le_s(24)_ 1
     svm(1)_t(24) c_u_svm(1)_alpha_ge_Ct(24)_ 0.036883671970239708
     svm(1)_t(24) c_u_svm(1)_v_le_Mv(24)_ -1.5211484432149922
     svm(1)_t(25) c_u_svm(1)_t_le_s(25)_ 1
     svm(1)_t(25) c_u_svm(1)_alpha_ge_Ct(25)_ 0.036883671970239708
     svm(1)_t(25) c_u_svm(1)_v_le_Mv(25)_ -1.6254444905344612
     svm(1)_t(26) c_u_svm(1)_t_le_s(26)_ 1
     svm(1)_t(26) c_u_svm(1)_alpha_ge_Ct(26)_ 0.036883671970239708
     svm(1)_t(26) c_u_svm(1)_v_le_Mv(26)_ -1.4363334600231719
     svm(1)_t(27) c_u_svm(1)_t_le_s(27)_ 1
     svm(1)_t(27) c_u_svm(1)_alpha_ge_Ct(27)_ 0.036883671970239708
     svm(1)_t(27) c_u_svm(1)_v_le_Mv(27)_ -1.4821778231225771
     svm(1)_t(28) c_u_svm(1)_t_le_s(28)_ 1
     svm(1)_t(28) c_u_svm(1)_alpha_ge_Ct(28)_ 0.036883671970239708
     svm(1)_t(28) c_u_svm(1)_v_le_Mv(28)_ -1.5059094344853621
     svm(1)_t(29) c_u_svm(1)_t_le_s(29)_ 1
     svm(1)_t(29) c_u_svm(1)_alpha_ge_Ct(29)_ 0.036883671970239708
     svm(1)_t(29) c_u_svm(1)_v_le_Mv(29)_ -1.4773053482243543
     svm(1)_t(30) c_u_svm(1)_t_le_s(30)_ 1
     svm(1)_t(30) c_u_svm(1)_alpha_ge_Ct(30)_ 0.036883671970239708
     svm(1)_t(30) c_u_svm(1)_v_le_Mv(30)_ -1.5185334501915695
     svm(1)_t(31) c_u_svm(1)_t_le_s(31)_ 1
     svm(1)_t(31) c_u_svm(1)_alpha_ge_Ct(31)_ 0.036883671970239708
     svm(1)_t(31) c_u_svm(1)_v_le_Mv(31)_ -1.6035207098975426
     svm(1)_t(32) c_u_svm(1)_t_le_s(32)_ 1
     svm(1)_t(32) c_u_svm(1)_alpha_ge_Ct(32)_ 0.036883671970239708
     svm(1)_t(32) c_u_svm(1)_v_le_Mv(32)_ -1.4002029689328315
     svm(1)_t(33) c_u_svm(1)_t_le_s(33)_ 1
     svm(1)_t(33) c_u_svm(1)_alpha_ge_Ct(33)_ 0.036883671970239708
     svm(1)_t(33) c_u_svm(1)_v_le_Mv(33)_ -1.5157432220166156
     svm(1)_t(34) c_u_svm(1)_t_le_s(34)_ 1
     svm(1)_t(34) c_u_svm(1)_alpha_ge_Ct(34)_ 0.036883671970239708
     svm(1)_t(34) c_u_svm(1)_v_le_Mv(34)_ -1.553844847278598
     svm(1)_t(35) c_u_svm(1)_t_le_s(35)_ 1
     svm(1)_t(35) c_u_svm(1)_alpha_ge_Ct(35)_ 0.036883671970239708
     svm(1)_t(35) c_u_svm(1)_v_le_Mv(35)_ -1.6752166739307417
     svm(1)_t(36) c_u_svm(1)_t_le_s(36)_ 1
     svm(1)_t(36) c_u_svm(1)_alpha_ge_Ct(36)_ 0.036883671970239708
     svm(1)_t(36) c_u_svm(1)_v_le_Mv(36)_ -1.4354840087069012
     svm(1)_t(37) c_u_svm(1)_t_le_s(37)_ 1
     svm(1)_t(37) c_u_svm(1)_alpha_ge_Ct(37)_ 0.036883671970239708
     svm(1)_t(37) c_u_svm(1)_v_le_Mv(37)_ -1.4659551938422222
     svm(1)_t(38) c_u_svm(1)_t_le_s(38)_ 1
     svm(1)_t(38) c_u_svm(1)_alpha_ge_Ct(38)_ 0.036883671970239708
     svm(1)_t(38) c_u_svm(1)_v_le_Mv(38)_ -1.5373376181633664
     svm(1)_t(39) c_u_svm(1)_t_le_s(39)_ 1
     svm(1)_t(39) c_u_svm(1)_alpha_ge_Ct(39)_ 0.036883671970239708
     svm(1)_t(39) c_u_svm(1)_v_le_Mv(39)_ -1.4283155064358541
     ONE_VAR_CONSTANT objective 20
     ONE_VAR_CONSTANT c_e_ONE_VAR_CONSTANT 1
RHS
     RHS c_u_crossed_ 6.8784670837446705e-07
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
     RHS c_u_svm(1)_z_ge_alpha_if_pos(0)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(1)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(2)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(3)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(4)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(5)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(6)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(7)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(8)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(9)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(10)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(11)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(12)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(13)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(14)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(15)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(16)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(17)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(18)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(19)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(20)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(21)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(22)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(23)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(24)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(25)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(26)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(27)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(28)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(29)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(30)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(31)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(32)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(33)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(34)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(35)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(36)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(37)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(38)_ 0.073767343940479416
     RHS c_u_svm(1)_z_ge_alpha_if_pos(39)_ 0.073767343940479416
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
     RHS c_u_svm(1)_w_minus_p_le(0)_ 1.0908774590073766
     RHS c_u_svm(1)_w_minus_p_le(1)_ 1.0567260175087991
     RHS c_u_svm(1)_w_minus_p_le(2)_ 1.0611243636093588
     RHS c_u_svm(1)_w_minus_p_le(3)_ 1.2598320455769629
     RHS c_u_svm(1)_w_minus_p_le(4)_ 1.0162718675928735
     RHS c_u_svm(1)_w_minus_p_le(5)_ 1.413511874062052
     RHS c_u_svm(1)_w_minus_p_le(6)_ 1.6124067187054476
     RHS c_u_svm(1)_w_minus_p_le(7)_ 1.2441624754275786
     RHS c_u_svm(1)_w_minus_p_le(8)_ 1.4324928140502791
     RHS c_u_svm(1)_w_minus_p_le(9)_ 1.2106912899706215
     RHS c_u_svm(1)_w_minus_p_le(10)_ 1.258902397913801
     RHS c_u_svm(1)_w_minus_p_le(11)_ 1.1878853079552385
     RHS c_u_svm(1)_w_minus_p_le(12)_ 1.1872724075721113
     RHS c_u_svm(1)_w_minus_p_le(13)_ 1.1514870502503651
     RHS c_u_svm(1)_w_minus_p_le(14)_ 1.0577854299107781
     RHS c_u_svm(1)_w_minus_p_le(15)_ 1.5489596723303023
     RHS c_u_svm(1)_w_minus_p_le(16)_ 1.0962644908801438
     RHS c_u_svm(1)_w_minus_p_le(17)_ 1.3808153839033983
     RHS c_u_svm(1)_w_minus_p_le(18)_ 1.4167783487744583
     RHS c_u_svm(1)_w_minus_p_le(19)_ 1.1563409373928994
     RHS c_u_svm(1)_w_minus_p_le(20)_ 1.212294226706349
     RHS c_u_svm(1)_w_minus_p_le(21)_ 1.5843299828627233
     RHS c_u_svm(1)_w_minus_p_le(22)_ 0.82813270166307884
     RHS c_u_svm(1)_w_minus_p_le(23)_ 1.4694333479285839
     RHS c_u_svm(1)_w_minus_p_le(24)_ 1.3261026132454188
     RHS c_u_svm(1)_w_minus_p_le(25)_ 1.5949395672839308
     RHS c_u_svm(1)_w_minus_p_le(26)_ 1.1629341887935876
     RHS c_u_svm(1)_w_minus_p_le(27)_ 1.216141409639995
     RHS c_u_svm(1)_w_minus_p_le(28)_ 1.4636326475822932
     RHS c_u_svm(1)_w_minus_p_le(29)_ 1.167740770754043
     RHS c_u_svm(1)_w_minus_p_le(30)_ 1.320040029415787
     RHS c_u_svm(1)_w_minus_p_le(31)_ 1.5646844894129832
     RHS c_u_svm(1)_w_minus_p_le(32)_ 1.0181605441801194
     RHS c_u_svm(1)_w_minus_p_le(33)_ 1.348095230683557
     RHS c_u_svm(1)_w_minus_p_le(34)_ 1.5426534602164383
     RHS c_u_svm(1)_w_minus_p_le(35)_ 2.0000000020020003
     RHS c_u_svm(1)_w_minus_p_le(36)_ 1.1870489225356569
     RHS c_u_svm(1)_w_minus_p_le(37)_ 1.1754564864138706
     RHS c_u_svm(1)_w_minus_p_le(38)_ 1.6933874793430956
     RHS c_u_svm(1)_w_minus_p_le(39)_ 1.1152233449173472
     RHS c_u_svm(1)_w_minus_p_ge(0)_ 1.0908774590073766
     RHS c_u_svm(1)_w_minus_p_ge(1)_ 1.0567260175087991
     RHS c_u_svm(1)_w_minus_p_ge(2)_ 1.0611243636093588
     RHS c_u_svm(1)_w_minus_p_ge(3)_ 1.2598320455769629
     RHS c_u_svm(1)_w_minus_p_ge(4)_ 1.0162718675928735
     RHS c_u_svm(1)_w_minus_p_ge(5)_ 1.413511874062052
     RHS c_u_svm(1)_w_minus_p_ge(6)_ 1.6124067187054476
     RHS c_u_svm(1)_w_minus_p_ge(7)_ 1.2441624754275786
     RHS c_u_svm(1)_w_minus_p_ge(8)_ 1.4324928140502791
     RHS c_u_svm(1)_w_minus_p_ge(9)_ 1.2106912899706215
     RHS c_u_svm(1)_w_minus_p_ge(10)_ 1.258902397913801
     RHS c_u_svm(1)_w_minus_p_ge(11)_ 1.1878853079552385
     RHS c_u_svm(1)_w_minus_p_ge(12)_ 1.1872724075721113
     RHS c_u_svm(1)_w_minus_p_ge(13)_ 1.1514870502503651
     RHS c_u_svm(1)_w_minus_p_ge(14)_ 1.0577854299107781
     RHS c_u_svm(1)_w_minus_p_ge(15)_ 1.5489596723303023
     RHS c_u_svm(1)_w_minus_p_ge(16)_ 1.0962644908801438
     RHS c_u_svm(1)_w_minus_p_ge(17)_ 1.3808153839033983
     RHS c_u_svm(1)_w_minus_p_ge(18)_ 1.4167783487744583
     RHS c_u_svm(1)_w_minus_p_ge(19)_ 1.1563409373928994
     RHS c_u_svm(1)_w_minus_p_ge(20)_ 1.212294226706349
     RHS c_u_svm(1)_w_minus_p_ge(21)_ 1.5843299828627233
     RHS c_u_svm(1)_w_minus_p_ge(22)_ 0.82813270166307884
     RHS c_u_svm(1)_w_minus_p_ge(23)_ 1.4694333479285839
     RHS c_u_svm(1)_w_minus_p_ge(24)_ 1.3261026132454188
     RHS c_u_svm(1)_w_minus_p_ge(25)_ 1.5949395672839308
     RHS c_u_svm(1)_w_minus_p_ge(26)_ 1.1629341887935876
     RHS c_u_svm(1)_w_minus_p_ge(27)_ 1.216141409639995
     RHS c_u_svm(1)_w_minus_p_ge(28)_ 1.4636326475822932
     RHS c_u_svm(1)_w_minus_p_ge(29)_ 1.167740770754043
     RHS c_u_svm(1)_w_minus_p_ge(30)_ 1.320040029415787
     RHS c_u_svm(1)_w_minus_p_ge(31)_ 1.5646844894129832
     RHS c_u_svm(1)_w_minus_p_ge(32)_ 1.0181605441801194
     RHS c_u_svm(1)_w_minus_p_ge(33)_ 1.348095230683557
     RHS c_u_svm(1)_w_minus_p_ge(34)_ 1.5426534602164383
     RHS c_u_svm(1)_w_minus_p_ge(35)_ 2.0000000020020003
     RHS c_u_svm(1)_w_minus_p_ge(36)_ 1.1870489225356569
     RHS c_u_svm(1)_w_minus_p_ge(37)_ 1.1754564864138706
     RHS c_u_svm(1)_w_minus_p_ge(38)_ 1.6933874793430956
     RHS c_u_svm(1)_w_minus_p_ge(39)_ 1.1152233449173472
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
     RHS c_u_svm(1)_u_le_Mu(20)_ 0
     RHS c_u_svm(1)_u_le_Mu(21)_ 0
     RHS c_u_svm(1)_u_le_Mu(22)_ 0
     RHS c_u_svm(1)_u_le_Mu(23)_ 0
     RHS c_u_svm(1)_u_le_Mu(24)_ 0
     RHS c_u_svm(1)_u_le_Mu(25)_ 0
     RHS c_u_svm(1)_u_le_Mu(26)_ 0
     RHS c_u_svm(1)_u_le_Mu(27)_ 0
     RHS c_u_svm(1)_u_le_Mu(28)_ 0
     RHS c_u_svm(1)_u_le_Mu(29)_ 0
     RHS c_u_svm(1)_u_le_Mu(30)_ 0
     RHS c_u_svm(1)_u_le_Mu(31)_ 0
     RHS c_u_svm(1)_u_le_Mu(32)_ 0
     RHS c_u_svm(1)_u_le_Mu(33)_ 0
     RHS c_u_svm(1)_u_le_Mu(34)_ 0
     RHS c_u_svm(1)_u_le_Mu(35)_ 0
     RHS c_u_svm(1)_u_le_Mu(36)_ 0
     RHS c_u_svm(1)_u_le_Mu(37)_ 0
     RHS c_u_svm(1)_u_le_Mu(38)_ 0
     RHS c_u_svm(1)_u_le_Mu(39)_ 0
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
 UP BOUND svm(1)_alpha(0) 0.036883671970239708
 LO BOUND svm(1)_alpha(1) 0
 UP BOUND svm(1)_alpha(1) 0.036883671970239708
 LO BOUND svm(1)_alpha(2) 0
 UP BOUND svm(1)_alpha(2) 0.036883671970239708
 LO BOUND svm(1)_alpha(3) 0
 UP BOUND svm(1)_alpha(3) 0.036883671970239708
 LO BOUND svm(1)_alpha(4) 0
 UP BOUND svm(1)_alpha(4) 0.036883671970239708
 LO BOUND svm(1)_alpha(5) 0
 UP BOUND svm(1)_alpha(5) 0.036883671970239708
 LO BOUND svm(1)_alpha(6) 0
 UP BOUND svm(1)_alpha(6) 0.036883671970239708
 LO BOUND svm(1)_alpha(7) 0
 UP BOUND svm(1)_alpha(7) 0.036883671970239708
 LO BOUND svm(1)_alpha(8) 0
 UP BOUND svm(1)_alpha(8) 0.036883671970239708
 LO BOUND svm(1)_alpha(9) 0
 UP BOUND svm(1)_alpha(9) 0.036883671970239708
 LO BOUND svm(1)_alpha(10) 0
 UP BOUND svm(1)_alpha(10) 0.036883671970239708
 LO BOUND svm(1)_alpha(11) 0
 UP BOUND svm(1)_alpha(11) 0.036883671970239708
 LO BOUND svm(1)_alpha(12) 0
 UP BOUND svm(1)_alpha(12) 0.036883671970239708
 LO BOUND svm(1)_alpha(13) 0
 UP BOUND svm(1)_alpha(13) 0.036883671970239708
 LO BOUND svm(1)_alpha(14) 0
 UP BOUND svm(1)_alpha(14) 0.036883671970239708
 LO BOUND svm(1)_alpha(15) 0
 UP BOUND svm(1)_alpha(15) 0.036883671970239708
 LO BOUND svm(1)_alpha(16) 0
 UP BOUND svm(1)_alpha(16) 0.036883671970239708
 LO BOUND svm(1)_alpha(17) 0
 UP BOUND svm(1)_alpha(17) 0.036883671970239708
 LO BOUND svm(1)_alpha(18) 0
 UP BOUND svm(1)_alpha(18) 0.036883671970239708
 LO BOUND svm(1)_alpha(19) 0
 UP BOUND svm(1)_alpha(19) 0.036883671970239708
 LO BOUND svm(1)_alpha(20) 0
 UP BOUND svm(1)_alpha(20) 0.036883671970239708
 LO BOUND svm(1)_alpha(21) 0
 UP BOUND svm(1)_alpha(21) 0.036883671970239708
 LO BOUND svm(1)_alpha(22) 0
 UP BOUND svm(1)_alpha(22) 0.036883671970239708
 LO BOUND svm(1)_alpha(23) 0
 UP BOUND svm(1)_alpha(23) 0.036883671970239708
 LO BOUND svm(1)_alpha(24) 0
 UP BOUND svm(1)_alpha(24) 0.036883671970239708
 LO BOUND svm(1)_alpha(25) 0
 UP BOUND svm(1)_alpha(25) 0.036883671970239708
 LO BOUND svm(1)_alpha(26) 0
 UP BOUND svm(1)_alpha(26) 0.036883671970239708
 LO BOUND svm(1)_alpha(27) 0
 UP BOUND svm(1)_alpha(27) 0.036883671970239708
 LO BOUND svm(1)_alpha(28) 0
 UP BOUND svm(1)_alpha(28) 0.036883671970239708
 LO BOUND svm(1)_alpha(29) 0
 UP BOUND svm(1)_alpha(29) 0.036883671970239708
 LO BOUND svm(1)_alpha(30) 0
 UP BOUND svm(1)_alpha(30) 0.036883671970239708
 LO BOUND svm(1)_alpha(31) 0
 UP BOUND svm(1)_alpha(31) 0.036883671970239708
 LO BOUND svm(1)_alpha(32) 0
 UP BOUND svm(1)_alpha(32) 0.036883671970239708
 LO BOUND svm(1)_alpha(33) 0
 UP BOUND svm(1)_alpha(33) 0.036883671970239708
 LO BOUND svm(1)_alpha(34) 0
 UP BOUND svm(1)_alpha(34) 0.036883671970239708
 LO BOUND svm(1)_alpha(35) 0
 UP BOUND svm(1)_alpha(35) 0.036883671970239708
 LO BOUND svm(1)_alpha(36) 0
 UP BOUND svm(1)_alpha(36) 0.036883671970239708
 LO BOUND svm(1)_alpha(37) 0
 UP BOUND svm(1)_alpha(37) 0.036883671970239708
 LO BOUND svm(1)_alpha(38) 0
 UP BOUND svm(1)_alpha(38) 0.036883671970239708
 LO BOUND svm(1)_alpha(39) 0
 UP BOUND svm(1)_alpha(39) 0.036883671970239708
 LO BOUND svm(1)_z(0) -0.036883671970239708
 UP BOUND svm(1)_z(0) 0.036883671970239708
 LO BOUND svm(1)_z(1) -0.036883671970239708
 UP BOUND svm(1)_z(1) 0.036883671970239708
 LO BOUND svm(1)_z(2) -0.036883671970239708
 UP BOUND svm(1)_z(2) 0.036883671970239708
 LO BOUND svm(1)_z(3) -0.036883671970239708
 UP BOUND svm(1)_z(3) 0.036883671970239708
 LO BOUND svm(1)_z(4) -0.036883671970239708
 UP BOUND svm(1)_z(4) 0.036883671970239708
 LO BOUND svm(1)_z(5) -0.036883671970239708
 UP BOUND svm(1)_z(5) 0.036883671970239708
 LO BOUND svm(1)_z(6) -0.036883671970239708
 UP BOUND svm(1)_z(6) 0.036883671970239708
 LO BOUND svm(1)_z(7) -0.036883671970239708
 UP BOUND svm(1)_z(7) 0.036883671970239708
 LO BOUND svm(1)_z(8) -0.036883671970239708
 UP BOUND svm(1)_z(8) 0.036883671970239708
 LO BOUND svm(1)_z(9) -0.036883671970239708
 UP BOUND svm(1)_z(9) 0.036883671970239708
 LO BOUND svm(1)_z(10) -0.036883671970239708
 UP BOUND svm(1)_z(10) 0.036883671970239708
 LO BOUND svm(1)_z(11) -0.036883671970239708
 UP BOUND svm(1)_z(11) 0.036883671970239708
 LO BOUND svm(1)_z(12) -0.036883671970239708
 UP BOUND svm(1)_z(12) 0.036883671970239708
 LO BOUND svm(1)_z(13) -0.036883671970239708
 UP BOUND svm(1)_z(13) 0.036883671970239708
 LO BOUND svm(1)_z(14) -0.036883671970239708
 UP BOUND svm(1)_z(14) 0.036883671970239708
 LO BOUND svm(1)_z(15) -0.036883671970239708
 UP BOUND svm(1)_z(15) 0.036883671970239708
 LO BOUND svm(1)_z(16) -0.036883671970239708
 UP BOUND svm(1)_z(16) 0.036883671970239708
 LO BOUND svm(1)_z(17) -0.036883671970239708
 UP BOUND svm(1)_z(17) 0.036883671970239708
 LO BOUND svm(1)_z(18) -0.036883671970239708
 UP BOUND svm(1)_z(18) 0.036883671970239708
 LO BOUND svm(1)_z(19) -0.036883671970239708
 UP BOUND svm(1)_z(19) 0.036883671970239708
 LO BOUND svm(1)_z(20) -0.036883671970239708
 UP BOUND svm(1)_z(20) 0.036883671970239708
 LO BOUND svm(1)_z(21) -0.036883671970239708
 UP BOUND svm(1)_z(21) 0.036883671970239708
 LO BOUND svm(1)_z(22) -0.036883671970239708
 UP BOUND svm(1)_z(22) 0.036883671970239708
 LO BOUND svm(1)_z(23) -0.036883671970239708
 UP BOUND svm(1)_z(23) 0.036883671970239708
 LO BOUND svm(1)_z(24) -0.036883671970239708
 UP BOUND svm(1)_z(24) 0.036883671970239708
 LO BOUND svm(1)_z(25) -0.036883671970239708
 UP BOUND svm(1)_z(25) 0.036883671970239708
 LO BOUND svm(1)_z(26) -0.036883671970239708
 UP BOUND svm(1)_z(26) 0.036883671970239708
 LO BOUND svm(1)_z(27) -0.036883671970239708
 UP BOUND svm(1)_z(27) 0.036883671970239708
 LO BOUND svm(1)_z(28) -0.036883671970239708
 UP BOUND svm(1)_z(28) 0.036883671970239708
 LO BOUND svm(1)_z(29) -0.036883671970239708
 UP BOUND svm(1)_z(29) 0.036883671970239708
 LO BOUND svm(1)_z(30) -0.036883671970239708
 UP BOUND svm(1)_z(30) 0.036883671970239708
 LO BOUND svm(1)_z(31) -0.036883671970239708
 UP BOUND svm(1)_z(31) 0.036883671970239708
 LO BOUND svm(1)_z(32) -0.036883671970239708
 UP BOUND svm(1)_z(32) 0.036883671970239708
 LO BOUND svm(1)_z(33) -0.036883671970239708
 UP BOUND svm(1)_z(33) 0.036883671970239708
 LO BOUND svm(1)_z(34) -0.036883671970239708
 UP BOUND svm(1)_z(34) 0.036883671970239708
 LO BOUND svm(1)_z(35) -0.036883671970239708
 UP BOUND svm(1)_z(35) 0.036883671970239708
 LO BOUND svm(1)_z(36) -0.036883671970239708
 UP BOUND svm(1)_z(36) 0.036883671970239708
 LO BOUND svm(1)_z(37) -0.036883671970239708
 UP BOUND svm(1)_z(37) 0.036883671970239708
 LO BOUND svm(1)_z(38) -0.036883671970239708
 UP BOUND svm(1)_z(38) 0.036883671970239708
 LO BOUND svm(1)_z(39) -0.036883671970239708
 UP BOUND svm(1)_z(39) 0.036883671970239708
 LO BOUND svm(1)_w(0) -0.39564131513608558
 UP BOUND svm(1)_w(0) 0.54543872950368832
 LO BOUND svm(1)_w(1) -0.4352766971685722
 UP BOUND svm(1)_w(1) 0.52836300875439957
 LO BOUND svm(1)_w(2) -0.43532550289834715
 UP BOUND svm(1)_w(2) 0.5305621818046794
 LO BOUND svm(1)_w(3) -0.44883453670846274
 UP BOUND svm(1)_w(3) 0.62991602278848147
 LO BOUND svm(1)_w(4) -0.4325253733832628
 UP BOUND svm(1)_w(4) 0.50813593379643673
 LO BOUND svm(1)_w(5) -0.56326164245425003
 UP BOUND svm(1)_w(5) 0.70675593703102602
 LO BOUND svm(1)_w(6) -0.64570311726095708
 UP BOUND svm(1)_w(6) 0.8062033593527238
 LO BOUND svm(1)_w(7) -0.50677576560372639
 UP BOUND svm(1)_w(7) 0.62208123771378931
 LO BOUND svm(1)_w(8) -0.55560714878474826
 UP BOUND svm(1)_w(8) 0.71624640702513953
 LO BOUND svm(1)_w(9) -0.44653409552555945
 UP BOUND svm(1)_w(9) 0.60534564498531074
 LO BOUND svm(1)_w(10) -0.51565774184370783
 UP BOUND svm(1)_w(10) 0.62945119895690049
 LO BOUND svm(1)_w(11) -0.49641573857734289
 UP BOUND svm(1)_w(11) 0.59394265397761925
 LO BOUND svm(1)_w(12) -0.48271117144761488
 UP BOUND svm(1)_w(12) 0.59363620378605564
 LO BOUND svm(1)_w(13) -0.45901660756955009
 UP BOUND svm(1)_w(13) 0.57574352512518256
 LO BOUND svm(1)_w(14) -0.43428353732587133
 UP BOUND svm(1)_w(14) 0.52889271495538903
 LO BOUND svm(1)_w(15) -0.60176082952828613
 UP BOUND svm(1)_w(15) 0.77447983616515115
 LO BOUND svm(1)_w(16) -0.44679987913458175
 UP BOUND svm(1)_w(16) 0.54813224544007189
 LO BOUND svm(1)_w(17) -0.56917293562147275
 UP BOUND svm(1)_w(17) 0.69040769195169915
 LO BOUND svm(1)_w(18) -0.53095117800292635
 UP BOUND svm(1)_w(18) 0.70838917438722915
 LO BOUND svm(1)_w(19) -0.47705710739482488
 UP BOUND svm(1)_w(19) 0.57817046869644972
 LO BOUND svm(1)_w(20) -0.46642944242223194
 UP BOUND svm(1)_w(20) 0.6061471133531745
 LO BOUND svm(1)_w(21) -0.6118239327214523
 UP BOUND svm(1)_w(21) 0.79216499143136165
 LO BOUND svm(1)_w(22) -0.32974996025959058
 UP BOUND svm(1)_w(22) 0.41406635083153942
 LO BOUND svm(1)_w(23) -0.5443339220335246
 UP BOUND svm(1)_w(23) 0.73471667396429197
 LO BOUND svm(1)_w(24) -0.52114844321499221
 UP BOUND svm(1)_w(24) 0.66305130662270939
 LO BOUND svm(1)_w(25) -0.62544449053446116
 UP BOUND svm(1)_w(25) 0.79746978364196541
 LO BOUND svm(1)_w(26) -0.43633346002317186
 UP BOUND svm(1)_w(26) 0.58146709439679378
 LO BOUND svm(1)_w(27) -0.48217782312257707
 UP BOUND svm(1)_w(27) 0.60807070481999748
 LO BOUND svm(1)_w(28) -0.50590943448536208
 UP BOUND svm(1)_w(28) 0.73181632379114658
 LO BOUND svm(1)_w(29) -0.47730534822435433
 UP BOUND svm(1)_w(29) 0.58387038537702152
 LO BOUND svm(1)_w(30) -0.51853345019156949
 UP BOUND svm(1)_w(30) 0.66002001470789351
 LO BOUND svm(1)_w(31) -0.60352070989754258
 UP BOUND svm(1)_w(31) 0.78234224470649161
 LO BOUND svm(1)_w(32) -0.40020296893283147
 UP BOUND svm(1)_w(32) 0.50908027209005968
 LO BOUND svm(1)_w(33) -0.5157432220166156
 UP BOUND svm(1)_w(33) 0.67404761534177848
 LO BOUND svm(1)_w(34) -0.55384484727859795
 UP BOUND svm(1)_w(34) 0.77132673010821917
 LO BOUND svm(1)_w(35) -0.6752166739307417
 UP BOUND svm(1)_w(35) 1
 LO BOUND svm(1)_w(36) -0.43548400870690118
 UP BOUND svm(1)_w(36) 0.59352446126782843
 LO BOUND svm(1)_w(37) -0.46595519384222217
 UP BOUND svm(1)_w(37) 0.58772824320693529
 LO BOUND svm(1)_w(38) -0.53733761816336645
 UP BOUND svm(1)_w(38) 0.84669373967154782
 LO BOUND svm(1)_w(39) -0.42831550643585414
 UP BOUND svm(1)_w(39) 0.5576116724586736
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
 LO BOUND svm(1)_u(20) 0
 UP BOUND svm(1)_u(20) 0
 LO BOUND svm(1)_u(21) 0
 UP BOUND svm(1)_u(21) 0
 LO BOUND svm(1)_u(22) 0
 UP BOUND svm(1)_u(22) 0
 LO BOUND svm(1)_u(23) 0
 UP BOUND svm(1)_u(23) 0
 LO BOUND svm(1)_u(24) 0
 UP BOUND svm(1)_u(24) 0
 LO BOUND svm(1)_u(25) 0
 UP BOUND svm(1)_u(25) 0
 LO BOUND svm(1)_u(26) 0
 UP BOUND svm(1)_u(26) 0
 LO BOUND svm(1)_u(27) 0
 UP BOUND svm(1)_u(27) 0
 LO BOUND svm(1)_u(28) 0
 UP BOUND svm(1)_u(28) 0
 LO BOUND svm(1)_u(29) 0
 UP BOUND svm(1)_u(29) 0
 LO BOUND svm(1)_u(30) 0
 UP BOUND svm(1)_u(30) 0
 LO BOUND svm(1)_u(31) 0
 UP BOUND svm(1)_u(31) 0
 LO BOUND svm(1)_u(32) 0
 UP BOUND svm(1)_u(32) 0
 LO BOUND svm(1)_u(33) 0
 UP BOUND svm(1)_u(33) 0
 LO BOUND svm(1)_u(34) 0
 UP BOUND svm(1)_u(34) 0
 LO BOUND svm(1)_u(35) 0
 UP BOUND svm(1)_u(35) 0
 LO BOUND svm(1)_u(36) 0
 UP BOUND svm(1)_u(36) 0
 LO BOUND svm(1)_u(37) 0
 UP BOUND svm(1)_u(37) 0
 LO BOUND svm(1)_u(38) 0
 UP BOUND svm(1)_u(38) 0
 LO BOUND svm(1)_u(39) 0
 UP BOUND svm(1)_u(39) 0
 LO BOUND svm(1)_v(0) 0
 UP BOUND svm(1)_v(0) 1.3956413151360856
 LO BOUND svm(1)_v(1) 0
 UP BOUND svm(1)_v(1) 1.4352766971685722
 LO BOUND svm(1)_v(2) 0
 UP BOUND svm(1)_v(2) 1.4353255028983471
 LO BOUND svm(1)_v(3) 0
 UP BOUND svm(1)_v(3) 1.4488345367084627
 LO BOUND svm(1)_v(4) 0
 UP BOUND svm(1)_v(4) 1.4325253733832628
 LO BOUND svm(1)_v(5) 0
 UP BOUND svm(1)_v(5) 1.56326164245425
 LO BOUND svm(1)_v(6) 0
 UP BOUND svm(1)_v(6) 1.6457031172609571
 LO BOUND svm(1)_v(7) 0
 UP BOUND svm(1)_v(7) 1.5067757656037264
 LO BOUND svm(1)_v(8) 0
 UP BOUND svm(1)_v(8) 1.5556071487847483
 LO BOUND svm(1)_v(9) 0
 UP BOUND svm(1)_v(9) 1.4465340955255594
 LO BOUND svm(1)_v(10) 0
 UP BOUND svm(1)_v(10) 1.5156577418437078
 LO BOUND svm(1)_v(11) 0
 UP BOUND svm(1)_v(11) 1.4964157385773429
 LO BOUND svm(1)_v(12) 0
 UP BOUND svm(1)_v(12) 1.4827111714476149
 LO BOUND svm(1)_v(13) 0
 UP BOUND svm(1)_v(13) 1.4590166075695501
 LO BOUND svm(1)_v(14) 0
 UP BOUND svm(1)_v(14) 1.4342835373258713
 LO BOUND svm(1)_v(15) 0
 UP BOUND svm(1)_v(15) 1.6017608295282861
 LO BOUND svm(1)_v(16) 0
 UP BOUND svm(1)_v(16) 1.4467998791345817
 LO BOUND svm(1)_v(17) 0
 UP BOUND svm(1)_v(17) 1.5691729356214728
 LO BOUND svm(1)_v(18) 0
 UP BOUND svm(1)_v(18) 1.5309511780029263
 LO BOUND svm(1)_v(19) 0
 UP BOUND svm(1)_v(19) 1.4770571073948249
 LO BOUND svm(1)_v(20) 0
 UP BOUND svm(1)_v(20) 1.4664294424222319
 LO BOUND svm(1)_v(21) 0
 UP BOUND svm(1)_v(21) 1.6118239327214523
 LO BOUND svm(1)_v(22) 0
 UP BOUND svm(1)_v(22) 1.3297499602595906
 LO BOUND svm(1)_v(23) 0
 UP BOUND svm(1)_v(23) 1.5443339220335246
 LO BOUND svm(1)_v(24) 0
 UP BOUND svm(1)_v(24) 1.5211484432149922
 LO BOUND svm(1)_v(25) 0
 UP BOUND svm(1)_v(25) 1.6254444905344612
 LO BOUND svm(1)_v(26) 0
 UP BOUND svm(1)_v(26) 1.4363334600231719
 LO BOUND svm(1)_v(27) 0
 UP BOUND svm(1)_v(27) 1.4821778231225771
 LO BOUND svm(1)_v(28) 0
 UP BOUND svm(1)_v(28) 1.5059094344853621
 LO BOUND svm(1)_v(29) 0
 UP BOUND svm(1)_v(29) 1.4773053482243543
 LO BOUND svm(1)_v(30) 0
 UP BOUND svm(1)_v(30) 1.5185334501915695
 LO BOUND svm(1)_v(31) 0
 UP BOUND svm(1)_v(31) 1.6035207098975426
 LO BOUND svm(1)_v(32) 0
 UP BOUND svm(1)_v(32) 1.4002029689328315
 LO BOUND svm(1)_v(33) 0
 UP BOUND svm(1)_v(33) 1.5157432220166156
 LO BOUND svm(1)_v(34) 0
 UP BOUND svm(1)_v(34) 1.553844847278598
 LO BOUND svm(1)_v(35) 0
 UP BOUND svm(1)_v(35) 1.6752166739307417
 LO BOUND svm(1)_v(36) 0
 UP BOUND svm(1)_v(36) 1.4354840087069012
 LO BOUND svm(1)_v(37) 0
 UP BOUND svm(1)_v(37) 1.4659551938422222
 LO BOUND svm(1)_v(38) 0
 UP BOUND svm(1)_v(38) 1.5373376181633664
 LO BOUND svm(1)_v(39) 0
 UP BOUND svm(1)_v(39) 1.4283155064358541
 LO BOUND svm(1)_p(0) -0.54543872950368832
 UP BOUND svm(1)_p(0) 0.54543872950368832
 LO BOUND svm(1)_p(1) -0.52836300875439957
 UP BOUND svm(1)_p(1) 0.52836300875439957
 LO BOUND svm(1)_p(2) -0.5305621818046794
 UP BOUND svm(1)_p(2) 0.5305621818046794
 LO BOUND svm(1)_p(3) -0.62991602278848147
 UP BOUND svm(1)_p(3) 0.62991602278848147
 LO BOUND svm(1)_p(4) -0.50813593379643673
 UP BOUND svm(1)_p(4) 0.50813593379643673
 LO BOUND svm(1)_p(5) -0.70675593703102602
 UP BOUND svm(1)_p(5) 0.70675593703102602
 LO BOUND svm(1)_p(6) -0.8062033593527238
 UP BOUND svm(1)_p(6) 0.8062033593527238
 LO BOUND svm(1)_p(7) -0.62208123771378931
 UP BOUND svm(1)_p(7) 0.62208123771378931
 LO BOUND svm(1)_p(8) -0.71624640702513953
 UP BOUND svm(1)_p(8) 0.71624640702513953
 LO BOUND svm(1)_p(9) -0.60534564498531074
 UP BOUND svm(1)_p(9) 0.60534564498531074
 LO BOUND svm(1)_p(10) -0.62945119895690049
 UP BOUND svm(1)_p(10) 0.62945119895690049
 LO BOUND svm(1)_p(11) -0.59394265397761925
 UP BOUND svm(1)_p(11) 0.59394265397761925
 LO BOUND svm(1)_p(12) -0.59363620378605564
 UP BOUND svm(1)_p(12) 0.59363620378605564
 LO BOUND svm(1)_p(13) -0.57574352512518256
 UP BOUND svm(1)_p(13) 0.57574352512518256
 LO BOUND svm(1)_p(14) -0.52889271495538903
 UP BOUND svm(1)_p(14) 0.52889271495538903
 LO BOUND svm(1)_p(15) -0.77447983616515115
 UP BOUND svm(1)_p(15) 0.77447983616515115
 LO BOUND svm(1)_p(16) -0.54813224544007189
 UP BOUND svm(1)_p(16) 0.54813224544007189
 LO BOUND svm(1)_p(17) -0.69040769195169915
 UP BOUND svm(1)_p(17) 0.69040769195169915
 LO BOUND svm(1)_p(18) -0.70838917438722915
 UP BOUND svm(1)_p(18) 0.70838917438722915
 LO BOUND svm(1)_p(19) -0.57817046869644972
 UP BOUND svm(1)_p(19) 0.57817046869644972
 LO BOUND svm(1)_p(20) -0.6061471133531745
 UP BOUND svm(1)_p(20) 0.6061471133531745
 LO BOUND svm(1)_p(21) -0.79216499143136165
 UP BOUND svm(1)_p(21) 0.79216499143136165
 LO BOUND svm(1)_p(22) -0.41406635083153942
 UP BOUND svm(1)_p(22) 0.41406635083153942
 LO BOUND svm(1)_p(23) -0.73471667396429197
 UP BOUND svm(1)_p(23) 0.73471667396429197
 LO BOUND svm(1)_p(24) -0.66305130662270939
 UP BOUND svm(1)_p(24) 0.66305130662270939
 LO BOUND svm(1)_p(25) -0.79746978364196541
 UP BOUND svm(1)_p(25) 0.79746978364196541
 LO BOUND svm(1)_p(26) -0.58146709439679378
 UP BOUND svm(1)_p(26) 0.58146709439679378
 LO BOUND svm(1)_p(27) -0.60807070481999748
 UP BOUND svm(1)_p(27) 0.60807070481999748
 LO BOUND svm(1)_p(28) -0.73181632379114658
 UP BOUND svm(1)_p(28) 0.73181632379114658
 LO BOUND svm(1)_p(29) -0.58387038537702152
 UP BOUND svm(1)_p(29) 0.58387038537702152
 LO BOUND svm(1)_p(30) -0.66002001470789351
 UP BOUND svm(1)_p(30) 0.66002001470789351
 LO BOUND svm(1)_p(31) -0.78234224470649161
 UP BOUND svm(1)_p(31) 0.78234224470649161
 LO BOUND svm(1)_p(32) -0.50908027209005968
 UP BOUND svm(1)_p(32) 0.50908027209005968
 LO BOUND svm(1)_p(33) -0.67404761534177848
 UP BOUND svm(1)_p(33) 0.67404761534177848
 LO BOUND svm(1)_p(34) -0.77132673010821917
 UP BOUND svm(1)_p(34) 0.77132673010821917
 LO BOUND svm(1)_p(35) -1.0000000010010002
 UP BOUND svm(1)_p(35) 1.0000000010010002
 LO BOUND svm(1)_p(36) -0.59352446126782843
 UP BOUND svm(1)_p(36) 0.59352446126782843
 LO BOUND svm(1)_p(37) -0.58772824320693529
 UP BOUND svm(1)_p(37) 0.58772824320693529
 LO BOUND svm(1)_p(38) -0.84669373967154782
 UP BOUND svm(1)_p(38) 0.84669373967154782
 LO BOUND svm(1)_p(39) -0.5576116724586736
 UP BOUND svm(1)_p(39) 0.5576116724586736
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
