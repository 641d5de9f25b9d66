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
 L  c_u_svm(1)_z_le_alpha(40)_
 L  c_u_svm(1)_z_le_alpha(41)_
 L  c_u_svm(1)_z_le_alpha(42)_
 L  c_u_svm(1)_z_le_alpha(43)_
 L  c_u_svm(1)_z_le_alpha(44)_
 L  c_u_svm(1)_z_le_alpha(45)_
 L  c_u_svm(1)_z_le_alpha(46)_
 L  c_u_svm(1)_z_le_alpha(47)_
 L  c_u_svm(1)_z_le_alpha(48)_
 L  c_u_svm(1)_z_le_alpha(49)_
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
 L  c_u_svm(1)_z_ge_neg_alpha(40)_
 L  c_u_svm(1)_z_ge_neg_alpha(41)_
 L  c_u_svm(1)_z_ge_neg_alpha(42)_
 L  c_u_svm(1)_z_ge_neg_alpha(43)_
 L  c_u_svm(1)_z_ge_neg_alpha(44)_
 L  c_u_svm(1)_z_ge_neg_alpha(45)_
 L  c_u_svm(1)_z_ge_neg_alpha(46)_
 L  c_u_svm(1)_z_ge_neg_alpha(47)_
 L  c_u_svm(1)_z_ge_neg_alpha(48)_
 L  c_u_svm(1)_z_ge_neg_alpha(49)_
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
 L  c_u_svm(1)_z_ge_alpha_if_pos(40)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(41)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(42)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(43)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(44)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(45)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(46)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(47)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(48)_
 L  c_u_svm(1)_z_ge_alpha_if_pos(49)_
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
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(40)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(41)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(42)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(43)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(44)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(45)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(46)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(47)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(48)_
 L  c_u_svm(1)_z_le_neg_alpha_if_neg(49)_
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
 E  c_e_svm(1)_stationarity(40)_
 E  c_e_svm(1)_stationarity(41)_
 E  c_e_svm(1)_stationarity(42)_
 E  c_e_svm(1)_stationarity(43)_
 E  c_e_svm(1)_stationarity(44)_
 E  c_e_svm(1)_stationarity(45)_
 E  c_e_svm(1)_stationarity(46)_
 E  c_e_svm(1)_stationarity(47)_
 E  c_e_svm(1)_stationarity(48)_
 E  c_e_svm(1)_stationarity(49)_
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
 E  c_e_svm(1)_p_def(40)_
 E  c_e_svm(1)_p_def(41)_
 E  c_e_svm(1)_p_def(42)_
 E  c_e_svm(1)_p_def(43)_
 E  c_e_svm(1)_p_def(44)_
 E  c_e_svm(1)_p_def(45)_
 E  c_e_svm(1)_p_def(46)_
 E  c_e_svm(1)_p_def(47)_
 E  c_e_svm(1)_p_def(48)_
 E  c_e_svm(1)_p_def(49)_
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
 L  c_u_svm(1)_w_minus_p_le(40)_
 L  c_u_svm(1)_w_minus_p_le(41)_
 L  c_u_svm(1)_w_minus_p_le(42)_
 L  c_u_svm(1)_w_minus_p_le(43)_
 L  c_u_svm(1)_w_minus_p_le(44)_
 L  c_u_svm(1)_w_minus_p_le(45)_
 L  c_u_svm(1)_w_minus_p_le(46)_
 L  c_u_svm(1)_w_minus_p_le(47)_
 L  c_u_svm(1)_w_minus_p_le(48)_
 L  c_u_svm(1)_w_minus_p_le(49)_
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
 L  c_u_svm(1)_w_minus_p_ge(40)_
 L  c_u_svm(1)_w_minus_p_ge(41)_
 L  c_u_svm(1)_w_minus_p_ge(42)_
 L  c_u_svm(1)_w_minus_p_ge(43)_
 L  c_u_svm(1)_w_minus_p_ge(44)_
 L  c_u_svm(1)_w_minus_p_ge(45)_
 L  c_u_svm(1)_w_minus_p_ge(46)_
 L  c_u_svm(1)_w_minus_p_ge(47)_
 L  c_u_svm(1)_w_minus_p_ge(48)_
 L  c_u_svm(1)_w_minus_p_ge(49)_
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
 L  c_u_svm(1)_w_plus_p_le(40)_
 L  c_u_svm(1)_w_plus_p_le(41)_
 L  c_u_svm(1)_w_plus_p_le(42)_
 L  c_u_svm(1)_w_plus_p_le(43)_
 L  c_u_svm(1)_w_plus_p_le(44)_
 L  c_u_svm(1)_w_plus_p_le(45)_
 L  c_u_svm(1)_w_plus_p_le(46)_
 L  c_u_svm(1)_w_plus_p_le(47)_
 L  c_u_svm(1)_w_plus_p_le(48)_
 L  c_u_svm(1)_w_plus_p_le(49)_
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
 L  c_u_svm(1)_w_plus_p_ge(40)_
 L  c_u_svm(1)_w_plus_p_ge(41)_
 L  c_u_svm(1)_w_plus_p_ge(42)_
 L  c_u_svm(1)_w_plus_p_ge(43)_
 L  c_u_svm(1)_w_plus_p_ge(44)_
 L  c_u_svm(1)_w_plus_p_ge(45)_
 L  c_u_svm(1)_w_plus_p_ge(46)_
 L  c_u_svm(1)_w_plus_p_ge(47)_
 L  c_u_svm(1)_w_plus_p_ge(48)_
 L  c_u_svm(1)_w_plus_p_ge(49)_
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
 L  c_u_svm(1)_t_le_s(40)_
 L  c_u_svm(1)_t_le_s(41)_
 L  c_u_svm(1)_t_le_s(42)_
 L  c_u_svm(1)_t_le_s(43)_
 L  c_u_svm(1)_t_le_s(44)_
 L  c_u_svm(1)_t_le_s(45)_
 L  c_u_svm(1)_t_le_s(46)_
 L  c_u_svm(1)_t_le_s(47)_
 L  c_u_svm(1)_t_le_s(48)_
 L  c_u_svm(1)_t_le_s(49)_
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
 L  c_u_svm(1)_alpha_le_Cs(40)_
 L  c_u_svm(1)_alpha_le_Cs(41)_
 L  c_u_svm(1)_alpha_le_Cs(42)_
 L  c_u_svm(1)_alpha_le_Cs(43)_
 L  c_u_svm(1)_alpha_le_Cs(44)_
 L  c_u_svm(1)_alpha_le_Cs(45)_
 L  c_u_svm(1)_alpha_le_Cs(46)_
 L  c_u_svm(1)_alpha_le_Cs(47)_
 L  c_u_svm(1)_alpha_le_Cs(48)_
 L  c_u_svm(1)_alpha_le_Cs(49)_
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
 L  c_u_svm(1)_u_le_Mu(40)_
 L  c_u_svm(1)_u_le_Mu(41)_
 L  c_u_svm(1)_u_le_Mu(42)_
 L  c_u_svm(1)_u_le_Mu(43)_
 L  c_u_svm(1)_u_le_Mu(44)_
 L  c_u_svm(1)_u_le_Mu(45)_
 L  c_u_svm(1)_u_le_Mu(46)_
 L  c_u_svm(1)_u_le_Mu(47)_
 L  c_u_svm(1)_u_le_Mu(48)_
 L  c_u_svm(1)_u_le_Mu(49)_
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
 L  c_u_svm(1)_alpha_ge_Ct(40)_
 L  c_u_svm(1)_alpha_ge_Ct(41)_
 L  c_u_svm(1)_alpha_ge_Ct(42)_
 L  c_u_svm(1)_alpha_ge_Ct(43)_
 L  c_u_svm(1)_alpha_ge_Ct(44)_
 L  c_u_svm(1)_alpha_ge_Ct(45)_
 L  c_u_svm(1)_alpha_ge_Ct(46)_
 L  c_u_svm(1)_alpha_ge_Ct(47)_
 L  c_u_svm(1)_alpha_ge_Ct(48)_
 L  c_u_svm(1)_alpha_ge_Ct(49)_
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
 L  c_u_svm(1)_v_le_Mv(40)_
 L  c_u_svm(1)_v_le_Mv(41)_
 L  c_u_svm(1)_v_le_Mv(42)_
 L  c_u_svm(1)_v_le_Mv(43)_
 L  c_u_svm(1)_v_le_Mv(44)_
 L  c_u_svm(1)_v_le_Mv(45)_
 L  c_u_svm(1)_v_le_Mv(46)_
 L  c_u_svm(1)_v_le_Mv(47)_
 L  c_u_svm(1)_v_le_Mv(48)_
 L  c_u_svm(1)_v_le_Mv(49)_
 E  c_e_ONE_VAR_CONSTANT
COLUMNS
     b(0_1) objective 1
     b(0_1) c_u_svm(1)_z_ge_alpha_if_pos(0)_ 0.54089408065450295
     b(0_1) c_u_svm(1)_z_le_neg_alpha_if_neg(0)_ -0.54089408065450295
     b(0_1) c_u_svm(1)_w_minus_p_le(0)_ 9.2904530017236979
     b(0_1) c_u_svm(1)_w_minus_p_ge(0)_ 9.2904530017236979
     b(0_1) c_u_svm(1)_w_plus_p_le(0)_ -9.2904530017236979
     b(0_1) c_u_svm(1)_w_plus_p_ge(0)_ -9.2904530017236979
     b(1_1) objective 1
     b(1_1) c_u_svm(1)_z_ge_alpha_if_pos(1)_ 0.54089408065450295
     b(1_1) c_u_svm(1)_z_le_neg_alpha_if_neg(1)_ -0.54089408065450295
     b(1_1) c_u_svm(1)_w_minus_p_le(1)_ 9.28946048407572
     b(1_1) c_u_svm(1)_w_minus_p_ge(1)_ 9.28946048407572
     b(1_1) c_u_svm(1)_w_plus_p_le(1)_ -9.28946048407572
     b(1_1) c_u_svm(1)_w_plus_p_ge(1)_ -9.28946048407572
     b(2_1) objective 1
     b(2_1) c_u_svm(1)_z_ge_alpha_if_pos(2)_ 0.54089408065450295
     b(2_1) c_u_svm(1)_z_le_neg_alpha_if_neg(2)_ -0.54089408065450295
     b(2_1) c_u_svm(1)_w_minus_p_le(2)_ 9.4674512559509107
     b(2_1) c_u_svm(1)_w_minus_p_ge(2)_ 9.4674512559509107
     b(2_1) c_u_svm(1)_w_plus_p_le(2)_ -9.4674512559509107
     b(2_1) c_u_svm(1)_w_plus_p_ge(2)_ -9.4674512559509107
     b(3_1) objective 1
     b(3_1) c_u_svm(1)_z_ge_alpha_if_pos(3)_ 0.54089408065450295
     b(3_1) c_u_svm(1)_z_le_neg_alpha_if_neg(3)_ -0.54089408065450295
     b(3_1) c_u_svm(1)_w_minus_p_le(3)_ 8.4405540422537477
     b(3_1) c_u_svm(1)_w_minus_p_ge(3)_ 8.4405540422537477
     b(3_1) c_u_svm(1)_w_plus_p_le(3)_ -8.4405540422537477
     b(3_1) c_u_svm(1)_w_plus_p_ge(3)_ -8.4405540422537477
     b(4_1) objective 1
     b(4_1) c_u_svm(1)_z_ge_alpha_if_pos(4)_ 0.54089408065450295
     b(4_1) c_u_svm(1)_z_le_neg_alpha_if_neg(4)_ -0.54089408065450295
     b(4_1) c_u_svm(1)_w_minus_p_le(4)_ 10.27234066850948
     b(4_1) c_u_svm(1)_w_minus_p_ge(4)_ 10.27234066850948
     b(4_1) c_u_svm(1)_w_plus_p_le(4)_ -10.27234066850948
     b(4_1) c_u_svm(1)_w_plus_p_ge(4)_ -10.27234066850948
     b(5_1) objective 1
     b(5_1) c_u_svm(1)_z_ge_alpha_if_pos(5)_ 0.54089408065450295
     b(5_1) c_u_svm(1)_z_le_neg_alpha_if_neg(5)_ -0.54089408065450295
     b(5_1) c_u_svm(1)_w_minus_p_le(5)_ 9.3005772531590925
     b(5_1) c_u_svm(1)_w_minus_p_ge(5)_ 9.3005772531590925
     b(5_1) c_u_svm(1)_w_plus_p_le(5)_ -9.3005772531590925
     b(5_1) c_u_svm(1)_w_plus_p_ge(5)_ -9.3005772531590925
     b(6_1) objective 1
     b(6_1) c_u_svm(1)_z_ge_alpha_if_pos(6)_ 0.54089408065450295
     b(6_1) c_u_svm(1)_z_le_neg_alpha_if_neg(6)_ -0.54089408065450295
     b(6_1) c_u_svm(1)_w_minus_p_le(6)_ 8.8196305474134657
     b(6_1) c_u_svm(1)_w_minus_p_ge(6)_ 8.8196305474134657
     b(6_1) c_u_svm(1)_w_plus_p_le(6)_ -8.8196305474134657
     b(6_1) c_u_svm(1)_w_plus_p_ge(6)_ -8.8196305474134657
     b(7_1) objective 1
     b(7_1) c_u_svm(1)_z_ge_alpha_if_pos(7)_ 0.54089408065450295
     b(7_1) c_u_svm(1)_z_le_neg_alpha_if_neg(7)_ -0.54089408065450295
     b(7_1) c_u_svm(1)_w_minus_p_le(7)_ 9.5693067845776429
     b(7_1) c_u_svm(1)_w_minus_p_ge(7)_ 9.5693067845776429
     b(7_1) c_u_svm(1)_w_plus_p_le(7)_ -9.5693067845776429
     b(7_1) c_u_svm(1)_w_plus_p_ge(7)_ -9.5693067845776429
     b(8_1) objective 1
     b(8_1) c_u_svm(1)_z_ge_alpha_if_pos(8)_ 0.54089408065450295
     b(8_1) c_u_svm(1)_z_le_neg_alpha_if_neg(8)_ -0.54089408065450295
     b(8_1) c_u_svm(1)_w_minus_p_le(8)_ 10.234181752875788
     b(8_1) c_u_svm(1)_w_minus_p_ge(8)_ 10.234181752875788
     b(8_1) c_u_svm(1)_w_plus_p_le(8)_ -10.234181752875788
     b(8_1) c_u_svm(1)_w_plus_p_ge(8)_ -10.234181752875788
     b(9_1) objective 1
     b(9_1) c_u_svm(1)_z_ge_alpha_if_pos(9)_ 0.54089408065450295
     b(9_1) c_u_svm(1)_z_le_neg_alpha_if_neg(9)_ -0.54089408065450295
     b(9_1) c_u_svm(1)_w_minus_p_le(9)_ 8.7353285584552207
     b(9_1) c_u_svm(1)_w_minus_p_ge(9)_ 8.7353285584552207
     b(9_1) c_u_svm(1)_w_plus_p_le(9)_ -8.7353285584552207
     b(9_1) c_u_svm(1)_w_plus_p_ge(9)_ -8.7353285584552207
     b(10_1) objective 1
     b(10_1) c_u_svm(1)_z_ge_alpha_if_pos(10)_ 0.54089408065450295
     b(10_1) c_u_svm(1)_z_le_neg_alpha_if_neg(10)_ -0.54089408065450295
     b(10_1) c_u_svm(1)_w_minus_p_le(10)_ 8.3949846813090048
     b(10_1) c_u_svm(1)_w_minus_p_ge(10)_ 8.3949846813090048
     b(10_1) c_u_svm(1)_w_plus_p_le(10)_ -8.3949846813090048
     b(10_1) c_u_svm(1)_w_plus_p_ge(10)_ -8.3949846813090048
     b(11_1) objective 1
     b(11_1) c_u_svm(1)_z_ge_alpha_if_pos(11)_ 0.54089408065450295
     b(11_1) c_u_svm(1)_z_le_neg_alpha_if_neg(11)_ -0.54089408065450295
     b(11_1) c_u_svm(1)_w_minus_p_le(11)_ 8.2856804605026166
     b(11_1) c_u_svm(1)_w_minus_p_ge(11)_ 8.2856804605026166
     b(11_1) c_u_svm(1)_w_plus_p_le(11)_ -8.2856804605026166
     b(11_1) c_u_svm(1)_w_plus_p_ge(11)_ -8.2856804605026166
     b(12_1) objective 1
     b(12_1) c_u_svm(1)_z_ge_alpha_if_pos(12)_ 0.54089408065450295
     b(12_1) c_u_svm(1)_z_le_neg_alpha_if_neg(12)_ -0.54089408065450295
     b(12_1) c_u_svm(1)_w_minus_p_le(12)_ 9.9882548783516771
     b(12_1) c_u_svm(1)_w_minus_p_ge(12)_ 9.9882548783516771
     b(12_1) c_u_svm(1)_w_plus_p_le(12)_ -9.9882548783516771
     b(12_1) c_u_svm(1)_w_plus_p_ge(12)_ -9.9882548783516771
     b(13_1) objective 1
     b(13_1) c_u_svm(1)_z_ge_alpha_if_pos(13)_ 0.54089408065450295
     b(13_1) c_u_svm(1)_z_le_neg_alpha_if_neg(13)_ -0.54089408065450295
     b(13_1) c_u_svm(1)_w_minus_p_le(13)_ 9.4035261714156189
     b(13_1) c_u_svm(1)_w_minus_p_ge(13)_ 9.4035261714156189
     b(13_1) c_u_svm(1)_w_plus_p_le(13)_ -9.4035261714156189
     b(13_1) c_u_svm(1)_w_plus_p_ge(13)_ -9.4035261714156189
     b(14_1) objective 1
     b(14_1) c_u_svm(1)_z_ge_alpha_if_pos(14)_ 0.54089408065450295
     b(14_1) c_u_svm(1)_z_le_neg_alpha_if_neg(14)_ -0.54089408065450295
     b(14_1) c_u_svm(1)_w_minus_p_le(14)_ 7.0020379809389182
     b(14_1) c_u_svm(1)_w_minus_p_ge(14)_ 7.0020379809389182
     b(14_1) c_u_svm(1)_w_plus_p_le(14)_ -7.0020379809389182
     b(14_1) c_u_svm(1)_w_plus_p_ge(14)_ -7.0020379809389182
     b(15_1) objective 1
     b(15_1) c_u_svm(1)_z_ge_alpha_if_pos(15)_ 0.54089408065450295
     b(15_1) c_u_svm(1)_z_le_neg_alpha_if_neg(15)_ -0.54089408065450295
     b(15_1) c_u_svm(1)_w_minus_p_le(15)_ 9.1665898734986477
     b(15_1) c_u_svm(1)_w_minus_p_ge(15)_ 9.1665898734986477
     b(15_1) c_u_svm(1)_w_plus_p_le(15)_ -9.1665898734986477
     b(15_1) c_u_svm(1)_w_plus_p_ge(15)_ -9.1665898734986477
     b(16_1) objective 1
     b(16_1) c_u_svm(1)_z_ge_alpha_if_pos(16)_ 0.54089408065450295
     b(16_1) c_u_svm(1)_z_le_neg_alpha_if_neg(16)_ -0.54089408065450295
     b(16_1) c_u_svm(1)_w_minus_p_le(16)_ 11.375224961593254
     b(16_1) c_u_svm(1)_w_minus_p_ge(16)_ 11.375224961593254
     b(16_1) c_u_svm(1)_w_plus_p_le(16)_ -11.375224961593254
     b(16_1) c_u_svm(1)_w_plus_p_ge(16)_ -11.375224961593254
     b(17_1) objective 1
     b(17_1) c_u_svm(1)_z_ge_alpha_if_pos(17)_ 0.54089408065450295
     b(17_1) c_u_svm(1)_z_le_neg_alpha_if_neg(17)_ -0.54089408065450295
     b(17_1) c_u_svm(1)_w_minus_p_le(17)_ 9.3650324698491367
     b(17_1) c_u_svm(1)_w_minus_p_ge(17)_ 9.3650324698491367
     b(17_1) c_u_svm(1)_w_plus_p_le(17)_ -9.3650324698491367
     b(17_1) c_u_svm(1)_w_plus_p_ge(17)_ -9.3650324698491367
     b(18_1) objective 1
     b(18_1) c_u_svm(1)_z_ge_alpha_if_pos(18)_ 0.54089408065450295
     b(18_1) c_u_svm(1)_z_le_neg_alpha_if_neg(18)_ -0.54089408065450295
     b(18_1) c_u_svm(1)_w_minus_p_le(18)_ 7.4818593359678971
     b(18_1) c_u_svm(1)_w_minus_p_ge(18)_ 7.4818593359678971
     b(18_1) c_u_svm(1)_w_plus_p_le(18)_ -7.4818593359678971
     b(18_1) c_u_svm(1)_w_plus_p_ge(18)_ -7.4818593359678971
     b(19_1) objective 1
     b(19_1) c_u_svm(1)_z_ge_alpha_if_pos(19)_ 0.54089408065450295
     b(19_1) c_u_svm(1)_z_le_neg_alpha_if_neg(19)_ -0.54089408065450295
     b(19_1) c_u_svm(1)_w_minus_p_le(19)_ 9.3461556064174118
     b(19_1) c_u_svm(1)_w_minus_p_ge(19)_ 9.3461556064174118
     b(19_1) c_u_svm(1)_w_plus_p_le(19)_ -9.3461556064174118
     b(19_1) c_u_svm(1)_w_plus_p_ge(19)_ -9.3461556064174118
     b(20_1) objective 1
     b(20_1) c_u_svm(1)_z_ge_alpha_if_pos(20)_ 0.54089408065450295
     b(20_1) c_u_svm(1)_z_le_neg_alpha_if_neg(20)_ -0.54089408065450295
     b(20_1) c_u_svm(1)_w_minus_p_le(20)_ 9.0671733566075456
     b(20_1) c_u_svm(1)_w_minus_p_ge(20)_ 9.0671733566075456
     b(20_1) c_u_svm(1)_w_plus_p_le(20)_ -9.0671733566075456
     b(20_1) c_u_svm(1)_w_plus_p_ge(20)_ -9.0671733566075456
     b(21_1) objective 1
     b(21_1) c_u_svm(1)_z_ge_alpha_if_pos(21)_ 0.54089408065450295
     b(21_1) c_u_svm(1)_z_le_neg_alpha_if_neg(21)_ -0.54089408065450295
     b(21_1) c_u_svm(1)_w_minus_p_le(21)_ 9.9381287237130156
     b(21_1) c_u_svm(1)_w_minus_p_ge(21)_ 9.9381287237130156
     b(21_1) c_u_svm(1)_w_plus_p_le(21)_ -9.9381287237130156
     b(21_1) c_u_svm(1)_w_plus_p_ge(21)_ -9.9381287237130156
     b(22_1) objective 1
     b(22_1) c_u_svm(1)_z_ge_alpha_if_pos(22)_ 0.54089408065450295
     b(22_1) c_u_svm(1)_z_le_neg_alpha_if_neg(22)_ -0.54089408065450295
     b(22_1) c_u_svm(1)_w_minus_p_le(22)_ 8.2894175709302385
     b(22_1) c_u_svm(1)_w_minus_p_ge(22)_ 8.2894175709302385
     b(22_1) c_u_svm(1)_w_plus_p_le(22)_ -8.2894175709302385
     b(22_1) c_u_svm(1)_w_plus_p_ge(22)_ -8.2894175709302385
     b(23_1) objective 1
     b(23_1) c_u_svm(1)_z_ge_alpha_if_pos(23)_ 0.54089408065450295
     b(23_1) c_u_svm(1)_z_le_neg_alpha_if_neg(23)_ -0.54089408065450295
     b(23_1) c_u_svm(1)_w_minus_p_le(23)_ 7.872098929869523
     b(23_1) c_u_svm(1)_w_minus_p_ge(23)_ 7.872098929869523
     b(23_1) c_u_svm(1)_w_plus_p_le(23)_ -7.872098929869523
     b(23_1) c_u_svm(1)_w_plus_p_ge(23)_ -7.872098929869523
     b(24_1) objective 1
     b(24_1) c_u_svm(1)_z_ge_alpha_if_pos(24)_ 0.54089408065450295
     b(24_1) c_u_svm(1)_z_le_neg_alpha_if_neg(24)_ -0.54089408065450295
     b(24_1) c_u_svm(1)_w_minus_p_le(24)_ 8.2297669611494069
     b(24_1) c_u_svm(1)_w_minus_p_ge(24)_ 8.2297669611494069
     b(24_1) c_u_svm(1)_w_plus_p_le(24)_ -8.2297669611494069
     b(24_1) c_u_svm(1)_w_plus_p_ge(24)_ -8.2297669611494069
     b(25_1) objective -1
     b(25_1) c_u_svm(1)_z_ge_alpha_if_pos(25)_ 0.54089408065450295
     b(25_1) c_u_svm(1)_z_le_neg_alpha_if_neg(25)_ -0.54089408065450295
     b(25_1) c_u_svm(1)_w_minus_p_le(25)_ 13.648379982372484
     b(25_1) c_u_svm(1)_w_minus_p_ge(25)_ 13.648379982372484
     b(25_1) c_u_svm(1)_w_plus_p_le(25)_ -13.648379982372484
     b(25_1) c_u_svm(1)_w_plus_p_ge(25)_ -13.648379982372484
     b(26_1) objective -1
     b(26_1) c_u_svm(1)_z_ge_alpha_if_pos(26)_ 0.54089408065450295
     b(26_1) c_u_svm(1)_z_le_neg_alpha_if_neg(26)_ -0.54089408065450295
     b(26_1) c_u_svm(1)_w_minus_p_le(26)_ 9.6675420914683077
     b(26_1) c_u_svm(1)_w_minus_p_ge(26)_ 9.6675420914683077
     b(26_1) c_u_svm(1)_w_plus_p_le(26)_ -9.6675420914683077
     b(26_1) c_u_svm(1)_w_plus_p_ge(26)_ -9.6675420914683077
     b(27_1) objective -1
     b(27_1) c_u_svm(1)_z_ge_alpha_if_pos(27)_ 0.54089408065450295
     b(27_1) c_u_svm(1)_z_le_neg_alpha_if_neg(27)_ -0.54089408065450295
     b(27_1) c_u_svm(1)_w_minus_p_le(27)_ 11.054315471325747
     b(27_1) c_u_svm(1)_w_minus_p_ge(27)_ 11.054315471325747
     b(27_1) c_u_svm(1)_w_plus_p_le(27)_ -11.054315471325747
     b(27_1) c_u_svm(1)_w_plus_p_ge(27)_ -11.054315471325747
     b(28_1) objective -1
     b(28_1) c_u_svm(1)_z_ge_alpha_if_pos(28)_ 0.54089408065450295
     b(28_1) c_u_svm(1)_z_le_neg_alpha_if_neg(28)_ -0.54089408065450295
     b(28_1) c_u_svm(1)_w_minus_p_le(28)_ 12.245520948969194
     b(28_1) c_u_svm(1)_w_minus_p_ge(28)_ 12.245520948969194
     b(28_1) c_u_svm(1)_w_plus_p_le(28)_ -12.245520948969194
     b(28_1) c_u_svm(1)_w_plus_p_ge(28)_ -12.245520948969194
     b(29_1) objective -1
     b(29_1) c_u_svm(1)_z_ge_alpha_if_pos(29)_ 0.54089408065450295
     b(29_1) c_u_svm(1)_z_le_neg_alpha_if_neg(29)_ -0.54089408065450295
     b(29_1) c_u_svm(1)_w_minus_p_le(29)_ 11.952421647819525
     b(29_1) c_u_svm(1)_w_minus_p_ge(29)_ 11.952421647819525
     b(29_1) c_u_svm(1)_w_plus_p_le(29)_ -11.952421647819525
     b(29_1) c_u_svm(1)_w_plus_p_ge(29)_ -11.952421647819525
     b(30_1) objective -1
     b(30_1) c_u_svm(1)_z_ge_alpha_if_pos(30)_ 0.54089408065450295
     b(30_1) c_u_svm(1)_z_le_neg_alpha_if_neg(30)_ -0.54089408065450295
     b(30_1) c_u_svm(1)_w_minus_p_le(30)_ 14.395739154162737
     b(30_1) c_u_svm(1)_w_minus_p_ge(30)_ 14.395739154162737
     b(30_1) c_u_svm(1)_w_plus_p_le(30)_ -14.395739154162737
     b(30_1) c_u_svm(1)_w_plus_p_ge(30)_ -14.395739154162737
     b(31_1) objective -1
     b(31_1) c_u_svm(1)_z_ge_alpha_if_pos(31)_ 0.54089408065450295
     b(31_1) c_u_svm(1)_z_le_neg_alpha_if_neg(31)_ -0.54089408065450295
     b(31_1) c_u_svm(1)_w_minus_p_le(31)_ 11.694872750130077
     b(31_1) c_u_svm(1)_w_minus_p_ge(31)_ 11.694872750130077
     b(31_1) c_u_svm(1)_w_plus_p_le(31)_ -11.694872750130077
     b(31_1) c_u_svm(1)_w_plus_p_ge(31)_ -11.694872750130077
     b(32_1) objective -1
     b(32_1) c_u_svm(1)_z_ge_alpha_if_pos(32)_ 0.54089408065450295
     b(32_1) c_u_svm(1)_z_le_neg_alpha_if_neg(32)_ -0.54089408065450295
     b(32_1) c_u_svm(1)_w_minus_p_le(32)_ 8.1365540745071758
     b(32_1) c_u_svm(1)_w_minus_p_ge(32)_ 8.1365540745071758
     b(32_1) c_u_svm(1)_w_plus_p_le(32)_ -8.1365540745071758
     b(32_1) c_u_svm(1)_w_plus_p_ge(32)_ -8.1365540745071758
     b(33_1) objective -1
     b(33_1) c_u_svm(1)_z_ge_alpha_if_pos(33)_ 0.54089408065450295
     b(33_1) c_u_svm(1)_z_le_neg_alpha_if_neg(33)_ -0.54089408065450295
     b(33_1) c_u_svm(1)_w_minus_p_le(33)_ 11.889845837389675
     b(33_1) c_u_svm(1)_w_minus_p_ge(33)_ 11.889845837389675
     b(33_1) c_u_svm(1)_w_plus_p_le(33)_ -11.889845837389675
     b(33_1) c_u_svm(1)_w_plus_p_ge(33)_ -11.889845837389675
     b(34_1) objective -1
     b(34_1) c_u_svm(1)_z_ge_alpha_if_pos(34)_ 0.54089408065450295
     b(34_1) c_u_svm(1)_z_le_neg_alpha_if_neg(34)_ -0.54089408065450295
     b(34_1) c_u_svm(1)_w_minus_p_le(34)_ 9.6232842860808034
     b(34_1) c_u_svm(1)_w_minus_p_ge(34)_ 9.6232842860808034
     b(34_1) c_u_svm(1)_w_plus_p_le(34)_ -9.6232842860808034
     b(34_1) c_u_svm(1)_w_plus_p_ge(34)_ -9.6232842860808034
     b(35_1) objective -1
     b(35_1) c_u_svm(1)_z_ge_alpha_if_pos(35)_ 0.54089408065450295
     b(35_1) c_u_svm(1)_z_le_neg_alpha_if_neg(35)_ -0.54089408065450295
     b(35_1) c_u_svm(1)_w_minus_p_le(35)_ 9.7640483319267677
     b(35_1) c_u_svm(1)_w_minus_p_ge(35)_ 9.7640483319267677
     b(35_1) c_u_svm(1)_w_plus_p_le(35)_ -9.7640483319267677
     b(35_1) c_u_svm(1)_w_plus_p_ge(35)_ -9.7640483319267677
     b(36_1) objective -1
     b(36_1) c_u_svm(1)_z_ge_alpha_if_pos(36)_ 0.54089408065450295
     b(36_1) c_u_svm(1)_z_le_neg_alpha_if_neg(36)_ -0.54089408065450295
     b(36_1) c_u_svm(1)_w_minus_p_le(36)_ 11.842137094299904
     b(36_1) c_u_svm(1)_w_minus_p_ge(36)_ 11.842137094299904
     b(36_1) c_u_svm(1)_w_plus_p_le(36)_ -11.842137094299904
     b(36_1) c_u_svm(1)_w_plus_p_ge(36)_ -11.842137094299904
     b(37_1) objective -1
     b(37_1) c_u_svm(1)_z_ge_alpha_if_pos(37)_ 0.54089408065450295
     b(37_1) c_u_svm(1)_z_le_neg_alpha_if_neg(37)_ -0.54089408065450295
     b(37_1) c_u_svm(1)_w_minus_p_le(37)_ 10.750707833872999
     b(37_1) c_u_svm(1)_w_minus_p_ge(37)_ 10.750707833872999
     b(37_1) c_u_svm(1)_w_plus_p_le(37)_ -10.750707833872999
     b(37_1) c_u_svm(1)_w_plus_p_ge(37)_ -10.750707833872999
     b(38_1) objective -1
     b(38_1) c_u_svm(1)_z_ge_alpha_if_pos(38)_ 0.54089408065450295
     b(38_1) c_u_svm(1)_z_le_neg_alpha_if_neg(38)_ -0.54089408065450295
     b(38_1) c_u_svm(1)_w_minus_p_le(38)_ 9.1425945775374569
     b(38_1) c_u_svm(1)_w_minus_p_ge(38)_ 9.1425945775374569
     b(38_1) c_u_svm(1)_w_plus_p_le(38)_ -9.1425945775374569
     b(38_1) c_u_svm(1)_w_plus_p_ge(38)_ -9.1425945775374569
     b(39_1) objective -1
     b(39_1) c_u_svm(1)_z_ge_alpha_if_pos(39)_ 0.54089408065450295
     b(39_1) c_u_svm(1)_z_le_neg_alpha_if_neg(39)_ -0.54089408065450295
     b(39_1) c_u_svm(1)_w_minus_p_le(39)_ 9.0082097926086622
     b(39_1) c_u_svm(1)_w_minus_p_ge(39)_ 9.0082097926086622
     b(39_1) c_u_svm(1)_w_plus_p_le(39)_ -9.0082097926086622
     b(39_1) c_u_svm(1)_w_plus_p_ge(39)_ -9.0082097926086622
     b(40_1) objective -1
     b(40_1) c_u_svm(1)_z_ge_alpha_if_pos(40)_ 0.54089408065450295
     b(40_1) c_u_svm(1)_z_le_neg_alpha_if_neg(40)_ -0.54089408065450295
     b(40_1) c_u_svm(1)_w_minus_p_le(40)_ 14.149181276509422
     b(40_1) c_u_svm(1)_w_minus_p_ge(40)_ 14.149181276509422
     b(40_1) c_u_svm(1)_w_plus_p_le(40)_ -14.149181276509422
     b(40_1) c_u_svm(1)_w_plus_p_ge(40)_ -14.149181276509422
     b(41_1) objective -1
     b(41_1) c_u_svm(1)_z_ge_alpha_if_pos(41)_ 0.54089408065450295
     b(41_1) c_u_svm(1)_z_le_neg_alpha_if_neg(41)_ -0.54089408065450295
     b(41_1) c_u_svm(1)_w_minus_p_le(41)_ 13.690958230426872
     b(41_1) c_u_svm(1)_w_minus_p_ge(41)_ 13.690958230426872
     b(41_1) c_u_svm(1)_w_plus_p_le(41)_ -13.690958230426872
     b(41_1) c_u_svm(1)_w_plus_p_ge(41)_ -13.690958230426872
     b(42_1) objective -1
     b(42_1) c_u_svm(1)_z_ge_alpha_if_pos(42)_ 0.54089408065450295
     b(42_1) c_u_svm(1)_z_le_neg_alpha_if_neg(42)_ -0.54089408065450295
     b(42_1) c_u_svm(1)_w_minus_p_le(42)_ 11.817509059494448
     b(42_1) c_u_svm(1)_w_minus_p_ge(42)_ 11.817509059494448
     b(42_1) c_u_svm(1)_w_plus_p_le(42)_ -11.817509059494448
     b(42_1) c_u_svm(1)_w_plus_p_ge(42)_ -11.817509059494448
     b(43_1) objective -1
     b(43_1) c_u_svm(1)_z_ge_alpha_if_pos(43)_ 0.54089408065450295
     b(43_1) c_u_svm(1)_z_le_neg_alpha_if_neg(43)_ -0.54089408065450295
     b(43_1) c_u_svm(1)_w_minus_p_le(43)_ 9.6709785217235318
     b(43_1) c_u_svm(1)_w_minus_p_ge(43)_ 9.6709785217235318
     b(43_1) c_u_svm(1)_w_plus_p_le(43)_ -9.6709785217235318
     b(43_1) c_u_svm(1)_w_plus_p_ge(43)_ -9.6709785217235318
     b(44_1) objective -1
     b(44_1) c_u_svm(1)_z_ge_alpha_if_pos(44)_ 0.54089408065450295
     b(44_1) c_u_svm(1)_z_le_neg_alpha_if_neg(44)_ -0.54089408065450295
     b(44_1) c_u_svm(1)_w_minus_p_le(44)_ 10.187101195443534
     b(44_1) c_u_svm(1)_w_minus_p_ge(44)_ 10.187101195443534
     b(44_1) c_u_svm(1)_w_plus_p_le(44)_ -10.187101195443534
     b(44_1) c_u_svm(1)_w_plus_p_ge(44)_ -10.187101195443534
     b(45_1) objective -1
     b(45_1) c_u_svm(1)_z_ge_alpha_if_pos(45)_ 0.54089408065450295
     b(45_1) c_u_svm(1)_z_le_neg_alpha_if_neg(45)_ -0.54089408065450295
     b(45_1) c_u_svm(1)_w_minus_p_le(45)_ 9.4447036943510536
     b(45_1) c_u_svm(1)_w_minus_p_ge(45)_ 9.4447036943510536
     b(45_1) c_u_svm(1)_w_plus_p_le(45)_ -9.4447036943510536
     b(45_1) c_u_svm(1)_w_plus_p_ge(45)_ -9.4447036943510536
     b(46_1) objective -1
     b(46_1) c_u_svm(1)_z_ge_alpha_if_pos(46)_ 0.54089408065450295
     b(46_1) c_u_svm(1)_z_le_neg_alpha_if_neg(46)_ -0.54089408065450295
     b(46_1) c_u_svm(1)_w_minus_p_le(46)_ 12.524301917698224
     b(46_1) c_u_svm(1)_w_minus_p_ge(46)_ 12.524301917698224
     b(46_1) c_u_svm(1)_w_plus_p_le(46)_ -12.524301917698224
     b(46_1) c_u_svm(1)_w_plus_p_ge(46)_ -12.524301917698224
     b(47_1) objective -1
     b(47_1) c_u_svm(1)_z_ge_alpha_if_pos(47)_ 0.54089408065450295
     b(47_1) c_u_svm(1)_z_le_neg_alpha_if_neg(47)_ -0.54089408065450295
     b(47_1) c_u_svm(1)_w_minus_p_le(47)_ 10.452828072855825
     b(47_1) c_u_svm(1)_w_minus_p_ge(47)_ 10.452828072855825
     b(47_1) c_u_svm(1)_w_plus_p_le(47)_ -10.452828072855825
     b(47_1) c_u_svm(1)_w_plus_p_ge(47)_ -10.452828072855825
     b(48_1) objective -1
     b(48_1) c_u_svm(1)_z_ge_alpha_if_pos(48)_ 0.54089408065450295
     b(48_1) c_u_svm(1)_z_le_neg_alpha_if_neg(48)_ -0.54089408065450295
     b(48_1) c_u_svm(1)_w_minus_p_le(48)_ 11.823112061726862
     b(48_1) c_u_svm(1)_w_minus_p_ge(48)_ 11.823112061726862
     b(48_1) c_u_svm(1)_w_plus_p_le(48)_ -11.823112061726862
     b(48_1) c_u_svm(1)_w_plus_p_ge(48)_ -11.823112061726862
     b(49_1) objective -1
     b(49_1) c_u_svm(1)_z_ge_alpha_if_pos(49)_ 0.54089408065450295
     b(49_1) c_u_svm(1)_z_le_neg_alpha_if_neg(49)_ -0.54089408065450295
     b(49_1) c_u_svm(1)_w_minus_p_le(49)_ 14.178719362540113
     b(49_1) c_u_svm(1)_w_minus_p_ge(49)_ 14.178719362540113
     b(49_1) c_u_svm(1)_w_plus_p_le(49)_ -14.178719362540113
     b(49_1) c_u_svm(1)_w_plus_p_ge(49)_ -14.178719362540113
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
     svm(1)_alpha(40) c_u_svm(1)_z_le_alpha(40)_ -1
     svm(1)_alpha(40) c_u_svm(1)_z_ge_neg_alpha(40)_ -1
     svm(1)_alpha(40) c_u_svm(1)_z_ge_alpha_if_pos(40)_ 1
     svm(1)_alpha(40) c_u_svm(1)_z_le_neg_alpha_if_neg(40)_ 1
     svm(1)_alpha(40) c_u_svm(1)_alpha_le_Cs(40)_ 1
     svm(1)_alpha(40) c_u_svm(1)_alpha_ge_Ct(40)_ -1
     svm(1)_alpha(41) c_u_svm(1)_z_le_alpha(41)_ -1
     svm(1)_alpha(41) c_u_svm(1)_z_ge_neg_alpha(41)_ -1
     svm(1)_alpha(41) c_u_svm(1)_z_ge_alpha_if_pos(41)_ 1
     svm(1)_alpha(41) c_u_svm(1)_z_le_neg_alpha_if_neg(41)_ 1
     svm(1)_alpha(41) c_u_svm(1)_alpha_le_Cs(41)_ 1
     svm(1)_alpha(41) c_u_svm(1)_alpha_ge_Ct(41)_ -1
     svm(1)_alpha(42) c_u_svm(1)_z_le_alpha(42)_ -1
     svm(1)_alpha(42) c_u_svm(1)_z_ge_neg_alpha(42)_ -1
     svm(1)_alpha(42) c_u_svm(1)_z_ge_alpha_if_pos(42)_ 1
     svm(1)_alpha(42) c_u_svm(1)_z_le_neg_alpha_if_neg(42)_ 1
     svm(1)_alpha(42) c_u_svm(1)_alpha_le_Cs(42)_ 1
     svm(1)_alpha(42) c_u_svm(1)_alpha_ge_Ct(42)_ -1
     svm(1)_alpha(43) c_u_svm(1)_z_le_alpha(43)_ -1
     svm(1)_alpha(43) c_u_svm(1)_z_ge_neg_alpha(43)_ -1
     svm(1)_alpha(43) c_u_svm(1)_z_ge_alpha_if_pos(43)_ 1
     svm(1)_alpha(43) c_u_svm(1)_z_le_neg_alpha_if_neg(43)_ 1
     svm(1)_alpha(43) c_u_svm(1)_alpha_le_Cs(43)_ 1
     svm(1)_alpha(43) c_u_svm(1)_alpha_ge_Ct(43)_ -1
     svm(1)_alpha(44) c_u_svm(1)_z_le_alpha(44)_ -1
     svm(1)_alpha(44) c_u_svm(1)_z_ge_neg_alpha(44)_ -1
     svm(1)_alpha(44) c_u_svm(1)_z_ge_alpha_if_pos(44)_ 1
     svm(1)_alpha(44) c_u_svm(1)_z_le_neg_alpha_if_neg(44)_ 1
     svm(1)_alpha(44) c_u_svm(1)_alpha_le_Cs(44)_ 1
     svm(1)_alpha(44) c_u_svm(1)_alpha_ge_Ct(44)_ -1
     svm(1)_alpha(45) c_u_svm(1)_z_le_alpha(45)_ -1
     svm(1)_alpha(45) c_u_svm(1)_z_ge_neg_alpha(45)_ -1
     svm(1)_alpha(45) c_u_svm(1)_z_ge_alpha_if_pos(45)_ 1
     svm(1)_alpha(45) c_u_svm(1)_z_le_neg_alpha_if_neg(45)_ 1
     svm(1)_alpha(45) c_u_svm(1)_alpha_le_Cs(45)_ 1
     svm(1)_alpha(45) c_u_svm(1)_alpha_ge_Ct(45)_ -1
     svm(1)_alpha(46) c_u_svm(1)_z_le_alpha(46)_ -1
     svm(1)_alpha(46) c_u_svm(1)_z_ge_neg_alpha(46)_ -1
     svm(1)_alpha(46) c_u_svm(1)_z_ge_alpha_if_pos(46)_ 1
     svm(1)_alpha(46) c_u_svm(1)_z_le_neg_alpha_if_neg(46)_ 1
     svm(1)_alpha(46) c_u_svm(1)_alpha_le_Cs(46)_ 1
     svm(1)_alpha(46) c_u_svm(1)_alpha_ge_Ct(46)_ -1
     svm(1)_alpha(47) c_u_svm(1)_z_le_alpha(47)_ -1
     svm(1)_alpha(47) c_u_svm(1)_z_ge_neg_alpha(47)_ -1
     svm(1)_alpha(47) c_u_svm(1)_z_ge_alpha_if_pos(47)_ 1
     svm(1)_alpha(47) c_u_svm(1)_z_le_neg_alpha_if_neg(47)_ 1
     svm(1)_alpha(47) c_u_svm(1)_alpha_le_Cs(47)_ 1
     svm(1)_alpha(47) c_u_svm(1)_alpha_ge_Ct(47)_ -1
     svm(1)_alpha(48) c_u_svm(1)_z_le_alpha(48)_ -1
     svm(1)_alpha(48) c_u_svm(1)_z_ge_neg_alpha(48)_ -1
     svm(1)_alpha(48) c_u_svm(1)_z_ge_alpha_if_pos(48)_ 1
     svm(1)_alpha(48) c_u_svm(1)_z_le_neg_alpha_if_neg(48)_ 1
     svm(1)_alpha(48) c_u_svm(1)_alpha_le_Cs(48)_ 1
     svm(1)_alpha(48) c_u_svm(1)_alpha_ge_Ct(48)_ -1
     svm(1)_alpha(49) c_u_svm(1)_z_le_alpha(49)_ -1
     svm(1)_alpha(49) c_u_svm(1)_z_ge_neg_alpha(49)_ -1
     svm(1)_alpha(49) c_u_svm(1)_z_ge_alpha_if_pos(49)_ 1
     svm(1)_alpha(49) c_u_svm(1)_z_le_neg_alpha_if_neg(49)_ 1
     svm(1)_alpha(49) c_u_svm(1)_alpha_le_Cs(49)_ 1
     svm(1)_alpha(49) c_u_svm(1)_alpha_ge_Ct(49)_ -1
     svm(1)_z(0) c_u_crossed_ -1.4707313109607385
     svm(1)_z(0) c_u_svm(1)_z_le_alpha(0)_ 1
     svm(1)_z(0) c_u_svm(1)_z_ge_neg_alpha(0)_ -1
     svm(1)_z(0) c_u_svm(1)_z_ge_alpha_if_pos(0)_ -1
     svm(1)_z(0) c_u_svm(1)_z_le_neg_alpha_if_neg(0)_ 1
     svm(1)_z(0) c_e_svm(1)_p_def(0)_ -1.5957378697902027
     svm(1)_z(0) c_e_svm(1)_p_def(1)_ -1.5528119916988685
     svm(1)_z(0) c_e_svm(1)_p_def(2)_ -1.4973028475506647
     svm(1)_z(0) c_e_svm(1)_p_def(3)_ -0.90715205743676841
     svm(1)_z(0) c_e_svm(1)_p_def(4)_ -1.1387016066924573
     svm(1)_z(0) c_e_svm(1)_p_def(5)_ -1.2450509487730095
     svm(1)_z(0) c_e_svm(1)_p_def(6)_ -0.7605181006671603
     svm(1)_z(0) c_e_svm(1)_p_def(7)_ -0.18060534198649864
     svm(1)_z(0) c_e_svm(1)_p_def(8)_ -1.487359585698977
     svm(1)_z(0) c_e_svm(1)_p_def(9)_ -0.041781434756465077
     svm(1)_z(0) c_e_svm(1)_p_def(10)_ -0.95787665059272031
     svm(1)_z(0) c_e_svm(1)_p_def(11)_ -0.21428652994965722
     svm(1)_z(0) c_e_svm(1)_p_def(12)_ -1.3087826715353428
     svm(1)_z(0) c_e_svm(1)_p_def(13)_ -1.3936271952582162
     svm(1)_z(0) c_e_svm(1)_p_def(14)_ -0.88633034815502787
     svm(1)_z(0) c_e_svm(1)_p_def(15)_ -1.3080079587933122
     svm(1)_z(0) c_e_svm(1)_p_def(16)_ -0.071435256094951383
     svm(1)_z(0) c_e_svm(1)_p_def(17)_ -0.27691258211275616
     svm(1)_z(0) c_e_svm(1)_p_def(18)_ -0.99251543925698082
     svm(1)_z(0) c_e_svm(1)_p_def(19)_ -0.14591025116434625
     svm(1)_z(0) c_e_svm(1)_p_def(20)_ -0.30769257987532261
     svm(1)_z(0) c_e_svm(1)_p_def(21)_ -1.5520659491481088
     svm(1)_z(0) c_e_svm(1)_p_def(22)_ -1.1584564236396808
     svm(1)_z(0) c_e_svm(1)_p_def(23)_ -0.94755386125148422
     svm(1)_z(0) c_e_svm(1)_p_def(24)_ -0.38938356891855863
     svm(1)_z(0) c_e_svm(1)_p_def(25)_ 0.16025741751408609
     svm(1)_z(0) c_e_svm(1)_p_def(26)_ -0.10319426875713943
     svm(1)_z(0) c_e_svm(1)_p_def(27)_ 0.024232651893560789
     svm(1)_z(0) c_e_svm(1)_p_def(28)_ 0.079891293148387027
     svm(1)_z(0) c_e_svm(1)_p_def(29)_ -0.053385161103516127
     svm(1)_z(0) c_e_svm(1)_p_def(30)_ 0.15136448000736441
     svm(1)_z(0) c_e_svm(1)_p_def(31)_ -0.044334885690240106
     svm(1)_z(0) c_e_svm(1)_p_def(32)_ -0.19172683536264468
     svm(1)_z(0) c_e_svm(1)_p_def(33)_ -0.13501718996865192
     svm(1)_z(0) c_e_svm(1)_p_def(34)_ -0.14037081844128055
     svm(1)_z(0) c_e_svm(1)_p_def(35)_ 0.02077651144898772
     svm(1)_z(0) c_e_svm(1)_p_def(36)_ -0.23386171698622371
     svm(1)_z(0) c_e_svm(1)_p_def(37)_ -0.044900838705301621
     svm(1)_z(0) c_e_svm(1)_p_def(38)_ -0.18555621235500694
     svm(1)_z(0) c_e_svm(1)_p_def(39)_ -0.16369647765536591
     svm(1)_z(0) c_e_svm(1)_p_def(40)_ 0.12633765125388605
     svm(1)_z(0) c_e_svm(1)_p_def(41)_ 0.066245765650218003
     svm(1)_z(0) c_e_svm(1)_p_def(42)_ 0.13082268405967509
     svm(1)_z(0) c_e_svm(1)_p_def(43)_ -0.1098625538886501
     svm(1)_z(0) c_e_svm(1)_p_def(44)_ -0.01372287686009932
     svm(1)_z(0) c_e_svm(1)_p_def(45)_ 0.091313849439537464
     svm(1)_z(0) c_e_svm(1)_p_def(46)_ 0.089734627507927031
     svm(1)_z(0) c_e_svm(1)_p_def(47)_ -0.0085807657997079567
     svm(1)_z(0) c_e_svm(1)_p_def(48)_ 0.12486198329614503
     svm(1)_z(0) c_e_svm(1)_p_def(49)_ 0.16331878571989988
     svm(1)_z(1) c_u_crossed_ -1.3872202815999799
     svm(1)_z(1) c_u_svm(1)_z_le_alpha(1)_ 1
     svm(1)_z(1) c_u_svm(1)_z_ge_neg_alpha(1)_ -1
     svm(1)_z(1) c_u_svm(1)_z_ge_alpha_if_pos(1)_ -1
     svm(1)_z(1) c_u_svm(1)_z_le_neg_alpha_if_neg(1)_ 1
     svm(1)_z(1) c_e_svm(1)_p_def(0)_ -1.5528119916988685
     svm(1)_z(1) c_e_svm(1)_p_def(1)_ -1.5953969362755784
     svm(1)_z(1) c_e_svm(1)_p_def(2)_ -1.4972552502981786
     svm(1)_z(1) c_e_svm(1)_p_def(3)_ -0.92006252033474145
     svm(1)_z(1) c_e_svm(1)_p_def(4)_ -1.1766155495169921
     svm(1)_z(1) c_e_svm(1)_p_def(5)_ -1.2954740304896062
     svm(1)_z(1) c_e_svm(1)_p_def(6)_ -0.79020397594047775
     svm(1)_z(1) c_e_svm(1)_p_def(7)_ -0.12665682468768419
     svm(1)_z(1) c_e_svm(1)_p_def(8)_ -1.5567009661275577
     svm(1)_z(1) c_e_svm(1)_p_def(9)_ -0.032539829649929616
     svm(1)_z(1) c_e_svm(1)_p_def(10)_ -1.0351279698082805
     svm(1)_z(1) c_e_svm(1)_p_def(11)_ -0.16786936743477501
     svm(1)_z(1) c_e_svm(1)_p_def(12)_ -1.3134233150913781
     svm(1)_z(1) c_e_svm(1)_p_def(13)_ -1.4248289935609844
     svm(1)_z(1) c_e_svm(1)_p_def(14)_ -0.83853032594665244
     svm(1)_z(1) c_e_svm(1)_p_def(15)_ -1.2806980238322971
     svm(1)_z(1) c_e_svm(1)_p_def(16)_ -0.098649376799037347
     svm(1)_z(1) c_e_svm(1)_p_def(17)_ -0.20902637658742246
     svm(1)_z(1) c_e_svm(1)_p_def(18)_ -0.94117199229383519
     svm(1)_z(1) c_e_svm(1)_p_def(19)_ -0.098990977019620507
     svm(1)_z(1) c_e_svm(1)_p_def(20)_ -0.24273106812910505
     svm(1)_z(1) c_e_svm(1)_p_def(21)_ -1.5528509452998307
     svm(1)_z(1) c_e_svm(1)_p_def(22)_ -1.0904833250752568
     svm(1)_z(1) c_e_svm(1)_p_def(23)_ -0.93102156374965528
     svm(1)_z(1) c_e_svm(1)_p_def(24)_ -0.31991506195464492
     svm(1)_z(1) c_e_svm(1)_p_def(25)_ 0.16031809991058593
     svm(1)_z(1) c_e_svm(1)_p_def(26)_ -0.10217226024374021
     svm(1)_z(1) c_e_svm(1)_p_def(27)_ 0.031978805005215633
     svm(1)_z(1) c_e_svm(1)_p_def(28)_ 0.073221291199638897
     svm(1)_z(1) c_e_svm(1)_p_def(29)_ -0.077915003895367388
     svm(1)_z(1) c_e_svm(1)_p_def(30)_ 0.15809776691567407
     svm(1)_z(1) c_e_svm(1)_p_def(31)_ -0.053874390709044553
     svm(1)_z(1) c_e_svm(1)_p_def(32)_ -0.20478444808801197
     svm(1)_z(1) c_e_svm(1)_p_def(33)_ -0.16294927495527473
     svm(1)_z(1) c_e_svm(1)_p_def(34)_ -0.15099209860023383
     svm(1)_z(1) c_e_svm(1)_p_def(35)_ 0.021252796594343801
     svm(1)_z(1) c_e_svm(1)_p_def(36)_ -0.2460223471977353
     svm(1)_z(1) c_e_svm(1)_p_def(37)_ -0.061170065943280963
     svm(1)_z(1) c_e_svm(1)_p_def(38)_ -0.20846203820801704
     svm(1)_z(1) c_e_svm(1)_p_def(39)_ -0.18617445321542297
     svm(1)_z(1) c_e_svm(1)_p_def(40)_ 0.13469443679890941
     svm(1)_z(1) c_e_svm(1)_p_def(41)_ 0.082466898936450539
     svm(1)_z(1) c_e_svm(1)_p_def(42)_ 0.13375625640830413
     svm(1)_z(1) c_e_svm(1)_p_def(43)_ -0.15519108945163623
     svm(1)_z(1) c_e_svm(1)_p_def(44)_ -0.036114810737049488
     svm(1)_z(1) c_e_svm(1)_p_def(45)_ 0.072902000432525205
     svm(1)_z(1) c_e_svm(1)_p_def(46)_ 0.08957742782177644
     svm(1)_z(1) c_e_svm(1)_p_def(47)_ -0.040924676830999568
     svm(1)_z(1) c_e_svm(1)_p_def(48)_ 0.11397196836187436
     svm(1)_z(1) c_e_svm(1)_p_def(49)_ 0.16549156396068074
     svm(1)_z(2) c_u_crossed_ -1.3595411414028411
     svm(1)_z(2) c_u_svm(1)_z_le_alpha(2)_ 1
     svm(1)_z(2) c_u_svm(1)_z_ge_neg_alpha(2)_ -1
     svm(1)_z(2) c_u_svm(1)_z_ge_alpha_if_pos(2)_ -1
     svm(1)_z(2) c_u_svm(1)_z_le_neg_alpha_if_neg(2)_ 1
     svm(1)_z(2) c_e_svm(1)_p_def(0)_ -1.4973028475506647
     svm(1)_z(2) c_e_svm(1)_p_def(1)_ -1.4972552502981786
     svm(1)_z(2) c_e_svm(1)_p_def(2)_ -1.6571198744871518
     svm(1)_z(2) c_e_svm(1)_p_def(3)_ -0.70055045107662983
     svm(1)_z(2) c_e_svm(1)_p_def(4)_ -0.93299821354064538
     svm(1)_z(2) c_e_svm(1)_p_def(5)_ -1.0971924910467978
     svm(1)_z(2) c_e_svm(1)_p_def(6)_ -0.56014111887839824
     svm(1)_z(2) c_e_svm(1)_p_def(7)_ -0.15820210310315339
     svm(1)_z(2) c_e_svm(1)_p_def(8)_ -1.4935808821025978
     svm(1)_z(2) c_e_svm(1)_p_def(9)_ 0.0089939315438013201
     svm(1)_z(2) c_e_svm(1)_p_def(10)_ -0.90160573201583083
     svm(1)_z(2) c_e_svm(1)_p_def(11)_ -0.18526007604262162
     svm(1)_z(2) c_e_svm(1)_p_def(12)_ -1.0822411428782472
     svm(1)_z(2) c_e_svm(1)_p_def(13)_ -1.2492691537340073
     svm(1)_z(2) c_e_svm(1)_p_def(14)_ -0.77506802288831012
     svm(1)_z(2) c_e_svm(1)_p_def(15)_ -1.0878652509881457
     svm(1)_z(2) c_e_svm(1)_p_def(16)_ -0.011408616937035654
     svm(1)_z(2) c_e_svm(1)_p_def(17)_ -0.2390076162590096
     svm(1)_z(2) c_e_svm(1)_p_def(18)_ -0.87375198500747042
     svm(1)_z(2) c_e_svm(1)_p_def(19)_ -0.11903873925752145
     svm(1)_z(2) c_e_svm(1)_p_def(20)_ -0.25416552417729588
     svm(1)_z(2) c_e_svm(1)_p_def(21)_ -1.4982499777137317
     svm(1)_z(2) c_e_svm(1)_p_def(22)_ -1.123447435931991
     svm(1)_z(2) c_e_svm(1)_p_def(23)_ -0.7416382465726612
     svm(1)_z(2) c_e_svm(1)_p_def(24)_ -0.29505698671676822
     svm(1)_z(2) c_e_svm(1)_p_def(25)_ 0.16295478551971568
     svm(1)_z(2) c_e_svm(1)_p_def(26)_ -0.1540386492229355
     svm(1)_z(2) c_e_svm(1)_p_def(27)_ -0.021405900971688596
     svm(1)_z(2) c_e_svm(1)_p_def(28)_ -0.0024311383622358795
     svm(1)_z(2) c_e_svm(1)_p_def(29)_ -0.17730473278863612
     svm(1)_z(2) c_e_svm(1)_p_def(30)_ 0.14551587782462488
     svm(1)_z(2) c_e_svm(1)_p_def(31)_ -0.12838228509471289
     svm(1)_z(2) c_e_svm(1)_p_def(32)_ -0.20396874850045382
     svm(1)_z(2) c_e_svm(1)_p_def(33)_ -0.31805779866158801
     svm(1)_z(2) c_e_svm(1)_p_def(34)_ -0.25745134684472937
     svm(1)_z(2) c_e_svm(1)_p_def(35)_ -0.02847854359425317
     svm(1)_z(2) c_e_svm(1)_p_def(36)_ -0.3523852779204712
     svm(1)_z(2) c_e_svm(1)_p_def(37)_ -0.066212706404146962
     svm(1)_z(2) c_e_svm(1)_p_def(38)_ -0.30339354101284616
     svm(1)_z(2) c_e_svm(1)_p_def(39)_ -0.33554532088205852
     svm(1)_z(2) c_e_svm(1)_p_def(40)_ 0.13553894012933365
     svm(1)_z(2) c_e_svm(1)_p_def(41)_ 0.12973219150930757
     svm(1)_z(2) c_e_svm(1)_p_def(42)_ 0.12744898002943372
     svm(1)_z(2) c_e_svm(1)_p_def(43)_ -0.14795611923795815
     svm(1)_z(2) c_e_svm(1)_p_def(44)_ -0.10649714257074303
     svm(1)_z(2) c_e_svm(1)_p_def(45)_ 0.089179938922483964
     svm(1)_z(2) c_e_svm(1)_p_def(46)_ 0.0064702108265700109
     svm(1)_z(2) c_e_svm(1)_p_def(47)_ -0.012720766547572177
     svm(1)_z(2) c_e_svm(1)_p_def(48)_ 0.12402831042319273
     svm(1)_z(2) c_e_svm(1)_p_def(49)_ 0.16757030480884433
     svm(1)_z(3) c_u_crossed_ -0.87469489474014206
     svm(1)_z(3) c_u_svm(1)_z_le_alpha(3)_ 1
     svm(1)_z(3) c_u_svm(1)_z_ge_neg_alpha(3)_ -1
     svm(1)_z(3) c_u_svm(1)_z_ge_alpha_if_pos(3)_ -1
     svm(1)_z(3) c_u_svm(1)_z_le_neg_alpha_if_neg(3)_ 1
     svm(1)_z(3) c_e_svm(1)_p_def(0)_ -0.90715205743676841
     svm(1)_z(3) c_e_svm(1)_p_def(1)_ -0.92006252033474145
     svm(1)_z(3) c_e_svm(1)_p_def(2)_ -0.70055045107662983
     svm(1)_z(3) c_e_svm(1)_p_def(3)_ -1.317133149460235
     svm(1)_z(3) c_e_svm(1)_p_def(4)_ -1.4773332905790317
     svm(1)_z(3) c_e_svm(1)_p_def(5)_ -1.2480979589788532
     svm(1)_z(3) c_e_svm(1)_p_def(6)_ -1.2451508054822353
     svm(1)_z(3) c_e_svm(1)_p_def(7)_ -0.24368305960806547
     svm(1)_z(3) c_e_svm(1)_p_def(8)_ -1.0250523587464371
     svm(1)_z(3) c_e_svm(1)_p_def(9)_ -0.30679356708886879
     svm(1)_z(3) c_e_svm(1)_p_def(10)_ -0.98885175720376206
     svm(1)_z(3) c_e_svm(1)_p_def(11)_ -0.2140639996449257
     svm(1)_z(3) c_e_svm(1)_p_def(12)_ -1.4422962384165952
     svm(1)_z(3) c_e_svm(1)_p_def(13)_ -1.2110376767957636
     svm(1)_z(3) c_e_svm(1)_p_def(14)_ -0.63292710181990841
     svm(1)_z(3) c_e_svm(1)_p_def(15)_ -1.2274573368463717
     svm(1)_z(3) c_e_svm(1)_p_def(16)_ -0.29710761419923526
     svm(1)_z(3) c_e_svm(1)_p_def(17)_ -0.30660664113662178
     svm(1)_z(3) c_e_svm(1)_p_def(18)_ -0.66329048795125445
     svm(1)_z(3) c_e_svm(1)_p_def(19)_ -0.25055160290446715
     svm(1)_z(3) c_e_svm(1)_p_def(20)_ -0.33774200559522133
     svm(1)_z(3) c_e_svm(1)_p_def(21)_ -1.0620176557517911
     svm(1)_z(3) c_e_svm(1)_p_def(22)_ -0.61232215034831694
     svm(1)_z(3) c_e_svm(1)_p_def(23)_ -1.1008989607663429
     svm(1)_z(3) c_e_svm(1)_p_def(24)_ -0.45190700733965028
     svm(1)_z(3) c_e_svm(1)_p_def(25)_ 0.088264116771951659
     svm(1)_z(3) c_e_svm(1)_p_def(26)_ -0.018198632616599306
     svm(1)_z(3) c_e_svm(1)_p_def(27)_ 0.077693113577125536
     svm(1)_z(3) c_e_svm(1)_p_def(28)_ 0.13011542275242147
     svm(1)_z(3) c_e_svm(1)_p_def(29)_ 0.067596861932808977
     svm(1)_z(3) c_e_svm(1)_p_def(30)_ 0.12496366730344599
     svm(1)_z(3) c_e_svm(1)_p_def(31)_ 0.044349686718400547
     svm(1)_z(3) c_e_svm(1)_p_def(32)_ -0.25327882454525275
     svm(1)_z(3) c_e_svm(1)_p_def(33)_ 0.082315645701525372
     svm(1)_z(3) c_e_svm(1)_p_def(34)_ 0.064564061316755017
     svm(1)_z(3) c_e_svm(1)_p_def(35)_ 0.025985602168768579
     svm(1)_z(3) c_e_svm(1)_p_def(36)_ -0.035751658843652348
     svm(1)_z(3) c_e_svm(1)_p_def(37)_ -0.042858440502472783
     svm(1)_z(3) c_e_svm(1)_p_def(38)_ -0.014039640324664968
     svm(1)_z(3) c_e_svm(1)_p_def(39)_ 0.08760100282186592
     svm(1)_z(3) c_e_svm(1)_p_def(40)_ 0.10646940198550303
     svm(1)_z(3) c_e_svm(1)_p_def(41)_ -0.1375760713924386
     svm(1)_z(3) c_e_svm(1)_p_def(42)_ 0.062099159406777654
     svm(1)_z(3) c_e_svm(1)_p_def(43)_ -0.24711893020080233
     svm(1)_z(3) c_e_svm(1)_p_def(44)_ -0.011299874195649151
     svm(1)_z(3) c_e_svm(1)_p_def(45)_ -0.083499736007290409
     svm(1)_z(3) c_e_svm(1)_p_def(46)_ 0.11372423009735415
     svm(1)_z(3) c_e_svm(1)_p_def(47)_ -0.12379155237345028
     svm(1)_z(3) c_e_svm(1)_p_def(48)_ 0.026739177187776464
     svm(1)_z(3) c_e_svm(1)_p_def(49)_ 0.090852781267277846
     svm(1)_z(4) c_u_crossed_ -1.028373750556967
     svm(1)_z(4) c_u_svm(1)_z_le_alpha(4)_ 1
     svm(1)_z(4) c_u_svm(1)_z_ge_neg_alpha(4)_ -1
     svm(1)_z(4) c_u_svm(1)_z_ge_alpha_if_pos(4)_ -1
     svm(1)_z(4) c_u_svm(1)_z_le_neg_alpha_if_neg(4)_ 1
     svm(1)_z(4) c_e_svm(1)_p_def(0)_ -1.1387016066924573
     svm(1)_z(4) c_e_svm(1)_p_def(1)_ -1.1766155495169921
     svm(1)_z(4) c_e_svm(1)_p_def(2)_ -0.93299821354064538
     svm(1)_z(4) c_e_svm(1)_p_def(3)_ -1.4773332905790317
     svm(1)_z(4) c_e_svm(1)_p_def(4)_ -1.9508622181841258
     svm(1)_z(4) c_e_svm(1)_p_def(5)_ -1.6363948653253646
     svm(1)_z(4) c_e_svm(1)_p_def(6)_ -1.5040307207130743
     svm(1)_z(4) c_e_svm(1)_p_def(7)_ -0.14753574460517616
     svm(1)_z(4) c_e_svm(1)_p_def(8)_ -1.4482845026657714
     svm(1)_z(4) c_e_svm(1)_p_def(9)_ -0.21928936407975202
     svm(1)_z(4) c_e_svm(1)_p_def(10)_ -1.338112386316719
     svm(1)_z(4) c_e_svm(1)_p_def(11)_ -0.10700442048101924
     svm(1)_z(4) c_e_svm(1)_p_def(12)_ -1.7605119423644415
     svm(1)_z(4) c_e_svm(1)_p_def(13)_ -1.5574164059855096
     svm(1)_z(4) c_e_svm(1)_p_def(14)_ -0.63031195064556389
     svm(1)_z(4) c_e_svm(1)_p_def(15)_ -1.4535870797263253
     svm(1)_z(4) c_e_svm(1)_p_def(16)_ -0.25093872723032307
     svm(1)_z(4) c_e_svm(1)_p_def(17)_ -0.20478944937541743
     svm(1)_z(4) c_e_svm(1)_p_def(18)_ -0.68046099652012881
     svm(1)_z(4) c_e_svm(1)_p_def(19)_ -0.15669225289095151
     svm(1)_z(4) c_e_svm(1)_p_def(20)_ -0.22143304020014334
     svm(1)_z(4) c_e_svm(1)_p_def(21)_ -1.4076453920986243
     svm(1)_z(4) c_e_svm(1)_p_def(22)_ -0.64645160507310107
     svm(1)_z(4) c_e_svm(1)_p_def(23)_ -1.2628847430489176
     svm(1)_z(4) c_e_svm(1)_p_def(24)_ -0.34363726207301071
     svm(1)_z(4) c_e_svm(1)_p_def(25)_ 0.086046707468401873
     svm(1)_z(4) c_e_svm(1)_p_def(26)_ -0.06273842709755513
     svm(1)_z(4) c_e_svm(1)_p_def(27)_ 0.040974273993696103
     svm(1)_z(4) c_e_svm(1)_p_def(28)_ 0.13919423747785303
     svm(1)_z(4) c_e_svm(1)_p_def(29)_ 0.032330991445034513
     svm(1)_z(4) c_e_svm(1)_p_def(30)_ 0.10620967835791043
     svm(1)_z(4) c_e_svm(1)_p_def(31)_ -0.004608518197892153
     svm(1)_z(4) c_e_svm(1)_p_def(32)_ -0.3440602929056148
     svm(1)_z(4) c_e_svm(1)_p_def(33)_ 0.061513914072938686
     svm(1)_z(4) c_e_svm(1)_p_def(34)_ 0.029270485598690915
     svm(1)_z(4) c_e_svm(1)_p_def(35)_ 0.032259969915771403
     svm(1)_z(4) c_e_svm(1)_p_def(36)_ -0.0417622775968155
     svm(1)_z(4) c_e_svm(1)_p_def(37)_ -0.037686271766028873
     svm(1)_z(4) c_e_svm(1)_p_def(38)_ -0.004585694204070706
     svm(1)_z(4) c_e_svm(1)_p_def(39)_ 0.084551734555923103
     svm(1)_z(4) c_e_svm(1)_p_def(40)_ 0.11401350498434308
     svm(1)_z(4) c_e_svm(1)_p_def(41)_ -0.097601833976675267
     svm(1)_z(4) c_e_svm(1)_p_def(42)_ 0.011020059896751561
     svm(1)_z(4) c_e_svm(1)_p_def(43)_ -0.29329834724312021
     svm(1)_z(4) c_e_svm(1)_p_def(44)_ -0.0289057294393327
     svm(1)_z(4) c_e_svm(1)_p_def(45)_ -0.092991999589275329
     svm(1)_z(4) c_e_svm(1)_p_def(46)_ 0.10646027084756218
     svm(1)_z(4) c_e_svm(1)_p_def(47)_ -0.096146210968366883
     svm(1)_z(4) c_e_svm(1)_p_def(48)_ 0.014840557690890571
     svm(1)_z(4) c_e_svm(1)_p_def(49)_ 0.07554032375327055
     svm(1)_z(5) c_u_crossed_ -1.089203569827216
     svm(1)_z(5) c_u_svm(1)_z_le_alpha(5)_ 1
     svm(1)_z(5) c_u_svm(1)_z_ge_neg_alpha(5)_ -1
     svm(1)_z(5) c_u_svm(1)_z_ge_alpha_if_pos(5)_ -1
     svm(1)_z(5) c_u_svm(1)_z_le_neg_alpha_if_neg(5)_ 1
     svm(1)_z(5) c_e_svm(1)_p_def(0)_ -1.2450509487730095
     svm(1)_z(5) c_e_svm(1)_p_def(1)_ -1.2954740304896062
     svm(1)_z(5) c_e_svm(1)_p_def(2)_ -1.0971924910467978
     svm(1)_z(5) c_e_svm(1)_p_def(3)_ -1.2480979589788532
     svm(1)_z(5) c_e_svm(1)_p_def(4)_ -1.6363948653253646
     svm(1)_z(5) c_e_svm(1)_p_def(5)_ -1.5992176687212472
     svm(1)_z(5) c_e_svm(1)_p_def(6)_ -1.2085553507164262
     svm(1)_z(5) c_e_svm(1)_p_def(7)_ -0.085633020435641166
     svm(1)_z(5) c_e_svm(1)_p_def(8)_ -1.5274846347823299
     svm(1)_z(5) c_e_svm(1)_p_def(9)_ -0.11465816753872704
     svm(1)_z(5) c_e_svm(1)_p_def(10)_ -1.290619794723445
     svm(1)_z(5) c_e_svm(1)_p_def(11)_ -0.08163908717993508
     svm(1)_z(5) c_e_svm(1)_p_def(12)_ -1.5945095913368272
     svm(1)_z(5) c_e_svm(1)_p_def(13)_ -1.5532677458474926
     svm(1)_z(5) c_e_svm(1)_p_def(14)_ -0.65468265093837386
     svm(1)_z(5) c_e_svm(1)_p_def(15)_ -1.3675751507327116
     svm(1)_z(5) c_e_svm(1)_p_def(16)_ -0.18195465327294258
     svm(1)_z(5) c_e_svm(1)_p_def(17)_ -0.14315599485128289
     svm(1)_z(5) c_e_svm(1)_p_def(18)_ -0.71925139798830973
     svm(1)_z(5) c_e_svm(1)_p_def(19)_ -0.083851291429303046
     svm(1)_z(5) c_e_svm(1)_p_def(20)_ -0.16731115012663919
     svm(1)_z(5) c_e_svm(1)_p_def(21)_ -1.4590722971141652
     svm(1)_z(5) c_e_svm(1)_p_def(22)_ -0.73879931799700471
     svm(1)_z(5) c_e_svm(1)_p_def(23)_ -1.1141721871569803
     svm(1)_z(5) c_e_svm(1)_p_def(24)_ -0.26863346658713444
     svm(1)_z(5) c_e_svm(1)_p_def(25)_ 0.13563027005779266
     svm(1)_z(5) c_e_svm(1)_p_def(26)_ -0.070932567171974853
     svm(1)_z(5) c_e_svm(1)_p_def(27)_ 0.048440618416275269
     svm(1)_z(5) c_e_svm(1)_p_def(28)_ 0.11663248910121386
     svm(1)_z(5) c_e_svm(1)_p_def(29)_ -0.015320219562104248
     svm(1)_z(5) c_e_svm(1)_p_def(30)_ 0.14187025610296095
     svm(1)_z(5) c_e_svm(1)_p_def(31)_ -0.025505456183761516
     svm(1)_z(5) c_e_svm(1)_p_def(32)_ -0.29779473109162935
     svm(1)_z(5) c_e_svm(1)_p_def(33)_ -0.0065461825861872214
     svm(1)_z(5) c_e_svm(1)_p_def(34)_ -0.029789929276111141
     svm(1)_z(5) c_e_svm(1)_p_def(35)_ 0.034947192911371855
     svm(1)_z(5) c_e_svm(1)_p_def(36)_ -0.10641522031381095
     svm(1)_z(5) c_e_svm(1)_p_def(37)_ -0.045153022104780227
     svm(1)_z(5) c_e_svm(1)_p_def(38)_ -0.061548598008227651
     svm(1)_z(5) c_e_svm(1)_p_def(39)_ 0.0077751643634531298
     svm(1)_z(5) c_e_svm(1)_p_def(40)_ 0.1341004515608728
     svm(1)_z(5) c_e_svm(1)_p_def(41)_ 0.0064886810241229498
     svm(1)_z(5) c_e_svm(1)_p_def(42)_ 0.086351784384265218
     svm(1)_z(5) c_e_svm(1)_p_def(43)_ -0.26001938014450793
     svm(1)_z(5) c_e_svm(1)_p_def(44)_ -0.029256512169514512
     svm(1)_z(5) c_e_svm(1)_p_def(45)_ -0.030681518597859753
     svm(1)_z(5) c_e_svm(1)_p_def(46)_ 0.10460838084294631
     svm(1)_z(5) c_e_svm(1)_p_def(47)_ -0.088213563136956608
     svm(1)_z(5) c_e_svm(1)_p_def(48)_ 0.051733183176478736
     svm(1)_z(5) c_e_svm(1)_p_def(49)_ 0.13471085218723905
     svm(1)_z(6) c_u_crossed_ -0.71034960308623596
     svm(1)_z(6) c_u_svm(1)_z_le_alpha(6)_ 1
     svm(1)_z(6) c_u_svm(1)_z_ge_neg_alpha(6)_ -1
     svm(1)_z(6) c_u_svm(1)_z_ge_alpha_if_pos(6)_ -1
     svm(1)_z(6) c_u_svm(1)_z_le_neg_alpha_if_neg(6)_ 1
     svm(1)_z(6) c_e_svm(1)_p_def(0)_ -0.7605181006671603
     svm(1)_z(6) c_e_svm(1)_p_def(1)_ -0.79020397594047775
     svm(1)_z(6) c_e_svm(1)_p_def(2)_ -0.56014111887839824
     svm(1)_z(6) c_e_svm(1)_p_def(3)_ -1.2451508054822353
     svm(1)_z(6) c_e_svm(1)_p_def(4)_ -1.5040307207130743
     svm(1)_z(6) c_e_svm(1)_p_def(5)_ -1.2085553507164262
     svm(1)_z(6) c_e_svm(1)_p_def(6)_ -1.4380982454667972
     svm(1)_z(6) c_e_svm(1)_p_def(7)_ -0.21069218853757482
     svm(1)_z(6) c_e_svm(1)_p_def(8)_ -0.97825099104522906
     svm(1)_z(6) c_e_svm(1)_p_def(9)_ -0.38294911965880973
     svm(1)_z(6) c_e_svm(1)_p_def(10)_ -0.99292843745380976
     svm(1)_z(6) c_e_svm(1)_p_def(11)_ -0.16980513298282404
     svm(1)_z(6) c_e_svm(1)_p_def(12)_ -1.3369998221060237
     svm(1)_z(6) c_e_svm(1)_p_def(13)_ -1.118738286648354
     svm(1)_z(6) c_e_svm(1)_p_def(14)_ -0.52619422321275988
     svm(1)_z(6) c_e_svm(1)_p_def(15)_ -1.0930272532256353
     svm(1)_z(6) c_e_svm(1)_p_def(16)_ -0.5034748049138289
     svm(1)_z(6) c_e_svm(1)_p_def(17)_ -0.23784660710570318
     svm(1)_z(6) c_e_svm(1)_p_def(18)_ -0.55178621296675134
     svm(1)_z(6) c_e_svm(1)_p_def(19)_ -0.22995233320313663
     svm(1)_z(6) c_e_svm(1)_p_def(20)_ -0.2706264390030802
     svm(1)_z(6) c_e_svm(1)_p_def(21)_ -0.91702396071979764
     svm(1)_z(6) c_e_svm(1)_p_def(22)_ -0.44451579388055507
     svm(1)_z(6) c_e_svm(1)_p_def(23)_ -1.0149938900013575
     svm(1)_z(6) c_e_svm(1)_p_def(24)_ -0.37132791797647985
     svm(1)_z(6) c_e_svm(1)_p_def(25)_ 0.037472683925619699
     svm(1)_z(6) c_e_svm(1)_p_def(26)_ -0.041210066478111096
     svm(1)_z(6) c_e_svm(1)_p_def(27)_ 0.027387782316448034
     svm(1)_z(6) c_e_svm(1)_p_def(28)_ 0.12287576618713388
     svm(1)_z(6) c_e_svm(1)_p_def(29)_ 0.073785115036398147
     svm(1)_z(6) c_e_svm(1)_p_def(30)_ 0.060418170779237806
     svm(1)_z(6) c_e_svm(1)_p_def(31)_ 0.051400795580051853
     svm(1)_z(6) c_e_svm(1)_p_def(32)_ -0.25078464794215261
     svm(1)_z(6) c_e_svm(1)_p_def(33)_ 0.07468553299779418
     svm(1)_z(6) c_e_svm(1)_p_def(34)_ 0.057562759489510965
     svm(1)_z(6) c_e_svm(1)_p_def(35)_ 0.027604378483807812
     svm(1)_z(6) c_e_svm(1)_p_def(36)_ 0.022912185245770544
     svm(1)_z(6) c_e_svm(1)_p_def(37)_ -0.018802636120290775
     svm(1)_z(6) c_e_svm(1)_p_def(38)_ -0.048167167203296612
     svm(1)_z(6) c_e_svm(1)_p_def(39)_ 0.088206374889041261
     svm(1)_z(6) c_e_svm(1)_p_def(40)_ 0.053714279112408059
     svm(1)_z(6) c_e_svm(1)_p_def(41)_ -0.1827480900306131
     svm(1)_z(6) c_e_svm(1)_p_def(42)_ -0.053228298409949151
     svm(1)_z(6) c_e_svm(1)_p_def(43)_ -0.24783064270389285
     svm(1)_z(6) c_e_svm(1)_p_def(44)_ -0.046418670332021794
     svm(1)_z(6) c_e_svm(1)_p_def(45)_ -0.14924599377659711
     svm(1)_z(6) c_e_svm(1)_p_def(46)_ 0.091884600371949773
     svm(1)_z(6) c_e_svm(1)_p_def(47)_ -0.10670180464362117
     svm(1)_z(6) c_e_svm(1)_p_def(48)_ -0.047218695374451378
     svm(1)_z(6) c_e_svm(1)_p_def(49)_ 0.025504253673085286
     svm(1)_z(7) c_u_crossed_ -0.34709347958715603
     svm(1)_z(7) c_u_svm(1)_z_le_alpha(7)_ 1
     svm(1)_z(7) c_u_svm(1)_z_ge_neg_alpha(7)_ -1
     svm(1)_z(7) c_u_svm(1)_z_ge_alpha_if_pos(7)_ -1
     svm(1)_z(7) c_u_svm(1)_z_le_neg_alpha_if_neg(7)_ 1
     svm(1)_z(7) c_e_svm(1)_p_def(0)_ -0.18060534198649864
     svm(1)_z(7) c_e_svm(1)_p_def(1)_ -0.12665682468768419
     svm(1)_z(7) c_e_svm(1)_p_def(2)_ -0.15820210310315339
     svm(1)_z(7) c_e_svm(1)_p_def(3)_ -0.24368305960806547
     svm(1)_z(7) c_e_svm(1)_p_def(4)_ -0.14753574460517616
     svm(1)_z(7) c_e_svm(1)_p_def(5)_ -0.085633020435641166
     svm(1)_z(7) c_e_svm(1)_p_def(6)_ -0.21069218853757482
     svm(1)_z(7) c_e_svm(1)_p_def(7)_ -1.692967910526529
     svm(1)_z(7) c_e_svm(1)_p_def(8)_ -0.052044085051280109
     svm(1)_z(7) c_e_svm(1)_p_def(9)_ -1.0283612306725232
     svm(1)_z(7) c_e_svm(1)_p_def(10)_ -0.036896104941710653
     svm(1)_z(7) c_e_svm(1)_p_def(11)_ -1.2259618660857363
     svm(1)_z(7) c_e_svm(1)_p_def(12)_ -0.20900451557530564
     svm(1)_z(7) c_e_svm(1)_p_def(13)_ -0.12765323800933626
     svm(1)_z(7) c_e_svm(1)_p_def(14)_ -0.44143118404971615
     svm(1)_z(7) c_e_svm(1)_p_def(15)_ -0.23455118145837967
     svm(1)_z(7) c_e_svm(1)_p_def(16)_ -0.52847481194844825
     svm(1)_z(7) c_e_svm(1)_p_def(17)_ -1.5646922217608545
     svm(1)_z(7) c_e_svm(1)_p_def(18)_ -0.38760210968326569
     svm(1)_z(7) c_e_svm(1)_p_def(19)_ -1.6258163112381028
     svm(1)_z(7) c_e_svm(1)_p_def(20)_ -1.4591030965864227
     svm(1)_z(7) c_e_svm(1)_p_def(21)_ -0.15883491075707618
     svm(1)_z(7) c_e_svm(1)_p_def(22)_ -0.43986135170201773
     svm(1)_z(7) c_e_svm(1)_p_def(23)_ -0.2060819403918106
     svm(1)_z(7) c_e_svm(1)_p_def(24)_ -1.1834731675325376
     svm(1)_z(7) c_e_svm(1)_p_def(25)_ -0.22505285952540216
     svm(1)_z(7) c_e_svm(1)_p_def(26)_ -0.10601081408998382
     svm(1)_z(7) c_e_svm(1)_p_def(27)_ -0.11647753942362725
     svm(1)_z(7) c_e_svm(1)_p_def(28)_ -0.032597632091060091
     svm(1)_z(7) c_e_svm(1)_p_def(29)_ 0.019591960103512052
     svm(1)_z(7) c_e_svm(1)_p_def(30)_ -0.17035706756647268
     svm(1)_z(7) c_e_svm(1)_p_def(31)_ 0.03017492628622423
     svm(1)_z(7) c_e_svm(1)_p_def(32)_ -0.10028348776324979
     svm(1)_z(7) c_e_svm(1)_p_def(33)_ -0.23451995409643583
     svm(1)_z(7) c_e_svm(1)_p_def(34)_ 0.02117698598387753
     svm(1)_z(7) c_e_svm(1)_p_def(35)_ -0.46058192797503789
     svm(1)_z(7) c_e_svm(1)_p_def(36)_ -0.29834519328995146
     svm(1)_z(7) c_e_svm(1)_p_def(37)_ -0.015198535213220399
     svm(1)_z(7) c_e_svm(1)_p_def(38)_ -0.50853597091984726
     svm(1)_z(7) c_e_svm(1)_p_def(39)_ -0.03630874108711106
     svm(1)_z(7) c_e_svm(1)_p_def(40)_ -0.08824477445219378
     svm(1)_z(7) c_e_svm(1)_p_def(41)_ -0.26004879574248818
     svm(1)_z(7) c_e_svm(1)_p_def(42)_ -0.33189634900534032
     svm(1)_z(7) c_e_svm(1)_p_def(43)_ -0.1374351072688671
     svm(1)_z(7) c_e_svm(1)_p_def(44)_ -0.5212449944230293
     svm(1)_z(7) c_e_svm(1)_p_def(45)_ -0.17136453950234343
     svm(1)_z(7) c_e_svm(1)_p_def(46)_ -0.5147015199232432
     svm(1)_z(7) c_e_svm(1)_p_def(47)_ -0.11604960921297805
     svm(1)_z(7) c_e_svm(1)_p_def(48)_ -0.062071415816033815
     svm(1)_z(7) c_e_svm(1)_p_def(49)_ -0.1761448413117479
     svm(1)_z(8) c_u_crossed_ -1.2478977773735751
     svm(1)_z(8) c_u_svm(1)_z_le_alpha(8)_ 1
     svm(1)_z(8) c_u_svm(1)_z_ge_neg_alpha(8)_ -1
     svm(1)_z(8) c_u_svm(1)_z_ge_alpha_if_pos(8)_ -1
     svm(1)_z(8) c_u_svm(1)_z_le_neg_alpha_if_neg(8)_ 1
     svm(1)_z(8) c_e_svm(1)_p_def(0)_ -1.487359585698977
     svm(1)_z(8) c_e_svm(1)_p_def(1)_ -1.5567009661275577
     svm(1)_z(8) c_e_svm(1)_p_def(2)_ -1.4935808821025978
     svm(1)_z(8) c_e_svm(1)_p_def(3)_ -1.0250523587464371
     svm(1)_z(8) c_e_svm(1)_p_def(4)_ -1.4482845026657714
     svm(1)_z(8) c_e_svm(1)_p_def(5)_ -1.5274846347823299
     svm(1)_z(8) c_e_svm(1)_p_def(6)_ -0.97825099104522906
     svm(1)_z(8) c_e_svm(1)_p_def(7)_ -0.052044085051280109
     svm(1)_z(8) c_e_svm(1)_p_def(8)_ -1.9363953070930293
     svm(1)_z(8) c_e_svm(1)_p_def(9)_ -0.017995172001457629
     svm(1)_z(8) c_e_svm(1)_p_def(10)_ -1.3171360697097665
     svm(1)_z(8) c_e_svm(1)_p_def(11)_ -0.043620827615346899
     svm(1)_z(8) c_e_svm(1)_p_def(12)_ -1.4441645113324615
     svm(1)_z(8) c_e_svm(1)_p_def(13)_ -1.5898248910929464
     svm(1)_z(8) c_e_svm(1)_p_def(14)_ -0.66827637651322147
     svm(1)_z(8) c_e_svm(1)_p_def(15)_ -1.2932421284695652
     svm(1)_z(8) c_e_svm(1)_p_def(16)_ -0.10771546344251368
     svm(1)_z(8) c_e_svm(1)_p_def(17)_ -0.10068818314640221
     svm(1)_z(8) c_e_svm(1)_p_def(18)_ -0.75034446622302653
     svm(1)_z(8) c_e_svm(1)_p_def(19)_ -0.03847799248125372
     svm(1)_z(8) c_e_svm(1)_p_def(20)_ -0.11079161499959884
     svm(1)_z(8) c_e_svm(1)_p_def(21)_ -1.7042485912211285
     svm(1)_z(8) c_e_svm(1)_p_def(22)_ -0.87286533140902112
     svm(1)_z(8) c_e_svm(1)_p_def(23)_ -0.94041869716114912
     svm(1)_z(8) c_e_svm(1)_p_def(24)_ -0.17890928958500457
     svm(1)_z(8) c_e_svm(1)_p_def(25)_ 0.1635152732197831
     svm(1)_z(8) c_e_svm(1)_p_def(26)_ -0.1189966076298886
     svm(1)_z(8) c_e_svm(1)_p_def(27)_ -0.00019574102134778393
     svm(1)_z(8) c_e_svm(1)_p_def(28)_ 0.062374328151838354
     svm(1)_z(8) c_e_svm(1)_p_def(29)_ -0.10225377366757257
     svm(1)_z(8) c_e_svm(1)_p_def(30)_ 0.14519920863601837
     svm(1)_z(8) c_e_svm(1)_p_def(31)_ -0.07846410994431402
     svm(1)_z(8) c_e_svm(1)_p_def(32)_ -0.28033354747220052
     svm(1)_z(8) c_e_svm(1)_p_def(33)_ -0.22542487571459346
     svm(1)_z(8) c_e_svm(1)_p_def(34)_ -0.169185256492042
     svm(1)_z(8) c_e_svm(1)_p_def(35)_ -0.025775905664417023
     svm(1)_z(8) c_e_svm(1)_p_def(36)_ -0.27843606109376962
     svm(1)_z(8) c_e_svm(1)_p_def(37)_ -0.0062818579733808499
     svm(1)_z(8) c_e_svm(1)_p_def(38)_ -0.19641737563976139
     svm(1)_z(8) c_e_svm(1)_p_def(39)_ -0.18033002803818479
     svm(1)_z(8) c_e_svm(1)_p_def(40)_ 0.15192220354530711
     svm(1)_z(8) c_e_svm(1)_p_def(41)_ 0.11229092325859077
     svm(1)_z(8) c_e_svm(1)_p_def(42)_ 0.082838897467272923
     svm(1)_z(8) c_e_svm(1)_p_def(43)_ -0.19875343481626695
     svm(1)_z(8) c_e_svm(1)_p_def(44)_ -0.12163608162191192
     svm(1)_z(8) c_e_svm(1)_p_def(45)_ 0.013956008142152199
     svm(1)_z(8) c_e_svm(1)_p_def(46)_ 0.0019483579451602673
     svm(1)_z(8) c_e_svm(1)_p_def(47)_ -0.052134606630198144
     svm(1)_z(8) c_e_svm(1)_p_def(48)_ 0.066989885908661589
     svm(1)_z(8) c_e_svm(1)_p_def(49)_ 0.16320966085075922
     svm(1)_z(9) c_u_crossed_ -0.097990870327160987
     svm(1)_z(9) c_u_svm(1)_z_le_alpha(9)_ 1
     svm(1)_z(9) c_u_svm(1)_z_ge_neg_alpha(9)_ -1
     svm(1)_z(9) c_u_svm(1)_z_ge_alpha_if_pos(9)_ -1
     svm(1)_z(9) c_u_svm(1)_z_le_neg_alpha_if_neg(9)_ 1
     svm(1)_z(9) c_e_svm(1)_p_def(0)_ -0.041781434756465077
     svm(1)_z(9) c_e_svm(1)_p_def(1)_ -0.032539829649929616
     svm(1)_z(9) c_e_svm(1)_p_def(2)_ 0.0089939315438013201
     svm(1)_z(9) c_e_svm(1)_p_def(3)_ -0.30679356708886879
     svm(1)_z(9) c_e_svm(1)_p_def(4)_ -0.21928936407975202
     svm(1)_z(9) c_e_svm(1)_p_def(5)_ -0.11465816753872704
     svm(1)_z(9) c_e_svm(1)_p_def(6)_ -0.38294911965880973
     svm(1)_z(9) c_e_svm(1)_p_def(7)_ -1.0283612306725232
     svm(1)_z(9) c_e_svm(1)_p_def(8)_ -0.017995172001457629
     svm(1)_z(9) c_e_svm(1)_p_def(9)_ -1.4107376582709743
     svm(1)_z(9) c_e_svm(1)_p_def(10)_ -0.11437993346572248
     svm(1)_z(9) c_e_svm(1)_p_def(11)_ -0.74475297523272377
     svm(1)_z(9) c_e_svm(1)_p_def(12)_ -0.19258449577851394
     svm(1)_z(9) c_e_svm(1)_p_def(13)_ -0.099712469042732954
     svm(1)_z(9) c_e_svm(1)_p_def(14)_ -0.29377458399753476
     svm(1)_z(9) c_e_svm(1)_p_def(15)_ -0.15535536082010315
     svm(1)_z(9) c_e_svm(1)_p_def(16)_ -1.2964570530009916
     svm(1)_z(9) c_e_svm(1)_p_def(17)_ -0.8621997640419512
     svm(1)_z(9) c_e_svm(1)_p_def(18)_ -0.22894076308024672
     svm(1)_z(9) c_e_svm(1)_p_def(19)_ -1.0595539539739245
     svm(1)_z(9) c_e_svm(1)_p_def(20)_ -0.89714677814282429
     svm(1)_z(9) c_e_svm(1)_p_def(21)_ -0.034578357805375645
     svm(1)_z(9) c_e_svm(1)_p_def(22)_ -0.15154132765537237
     svm(1)_z(9) c_e_svm(1)_p_def(23)_ -0.19385150371699067
     svm(1)_z(9) c_e_svm(1)_p_def(24)_ -0.76241690549532803
     svm(1)_z(9) c_e_svm(1)_p_def(25)_ -0.22135614993821207
     svm(1)_z(9) c_e_svm(1)_p_def(26)_ -0.14996886015494809
     svm(1)_z(9) c_e_svm(1)_p_def(27)_ -0.10498485596757881
     svm(1)_z(9) c_e_svm(1)_p_def(28)_ 0.014778679764422376
     svm(1)_z(9) c_e_svm(1)_p_def(29)_ 0.028607154605008941
     svm(1)_z(9) c_e_svm(1)_p_def(30)_ -0.11350004759816375
     svm(1)_z(9) c_e_svm(1)_p_def(31)_ 0.040748310899575466
     svm(1)_z(9) c_e_svm(1)_p_def(32)_ -0.21580760571715879
     svm(1)_z(9) c_e_svm(1)_p_def(33)_ -0.060305232866140729
     svm(1)_z(9) c_e_svm(1)_p_def(34)_ 0.0077076468531456499
     svm(1)_z(9) c_e_svm(1)_p_def(35)_ -0.45284586830677548
     svm(1)_z(9) c_e_svm(1)_p_def(36)_ -0.25232248153197068
     svm(1)_z(9) c_e_svm(1)_p_def(37)_ 0.016865984342494339
     svm(1)_z(9) c_e_svm(1)_p_def(38)_ -0.38610455058461107
     svm(1)_z(9) c_e_svm(1)_p_def(39)_ -0.0098309298951967522
     svm(1)_z(9) c_e_svm(1)_p_def(40)_ -0.12393785873774346
     svm(1)_z(9) c_e_svm(1)_p_def(41)_ -0.51551311308197922
     svm(1)_z(9) c_e_svm(1)_p_def(42)_ -0.36507664495576342
     svm(1)_z(9) c_e_svm(1)_p_def(43)_ -0.19589195196534764
     svm(1)_z(9) c_e_svm(1)_p_def(44)_ -0.37702160830298181
     svm(1)_z(9) c_e_svm(1)_p_def(45)_ -0.44998773082602656
     svm(1)_z(9) c_e_svm(1)_p_def(46)_ -0.41638081688173839
     svm(1)_z(9) c_e_svm(1)_p_def(47)_ -0.37164724514939135
     svm(1)_z(9) c_e_svm(1)_p_def(48)_ -0.47057381591216174
     svm(1)_z(9) c_e_svm(1)_p_def(49)_ -0.20081419819823171
     svm(1)_z(10) c_u_crossed_ -0.75909803215755267
     svm(1)_z(10) c_u_svm(1)_z_le_alpha(10)_ 1
     svm(1)_z(10) c_u_svm(1)_z_ge_neg_alpha(10)_ -1
     svm(1)_z(10) c_u_svm(1)_z_ge_alpha_if_pos(10)_ -1
     svm(1)_z(10) c_u_svm(1)_z_le_neg_alpha_if_neg(10)_ 1
     svm(1)_z(10) c_e_svm(1)_p_def(0)_ -0.95787665059272031
     svm(1)_z(10) c_e_svm(1)_p_def(1)_ -1.0351279698082805
     svm(1)_z(10) c_e_svm(1)_p_def(2)_ -0.90160573201583083
     svm(1)_z(10) c_e_svm(1)_p_def(3)_ -0.98885175720376206
     svm(1)_z(10) c_e_svm(1)_p_def(4)_ -1.338112386316719
     svm(1)_z(10) c_e_svm(1)_p_def(5)_ -1.290619794723445
     svm(1)_z(10) c_e_svm(1)_p_def(6)_ -0.99292843745380976
     svm(1)_z(10) c_e_svm(1)_p_def(7)_ -0.036896104941710653
     svm(1)_z(10) c_e_svm(1)_p_def(8)_ -1.3171360697097665
     svm(1)_z(10) c_e_svm(1)_p_def(9)_ -0.11437993346572248
     svm(1)_z(10) c_e_svm(1)_p_def(10)_ -1.302949508583072
     svm(1)_z(10) c_e_svm(1)_p_def(11)_ -0.024400388480077154
     svm(1)_z(10) c_e_svm(1)_p_def(12)_ -1.2208720837507014
     svm(1)_z(10) c_e_svm(1)_p_def(13)_ -1.2347020338970016
     svm(1)_z(10) c_e_svm(1)_p_def(14)_ -0.45055419975654259
     svm(1)_z(10) c_e_svm(1)_p_def(15)_ -0.98913644308221793
     svm(1)_z(10) c_e_svm(1)_p_def(16)_ -0.20103530203712827
     svm(1)_z(10) c_e_svm(1)_p_def(17)_ -0.060583389455902595
     svm(1)_z(10) c_e_svm(1)_p_def(18)_ -0.48564257820011703
     svm(1)_z(10) c_e_svm(1)_p_def(19)_ -0.042169164220933364
     svm(1)_z(10) c_e_svm(1)_p_def(20)_ -0.085166516688122779
     svm(1)_z(10) c_e_svm(1)_p_def(21)_ -1.1785391801862979
     svm(1)_z(10) c_e_svm(1)_p_def(22)_ -0.51759622953799211
     svm(1)_z(10) c_e_svm(1)_p_def(23)_ -0.84818841990029037
     svm(1)_z(10) c_e_svm(1)_p_def(24)_ -0.14682124518307008
     svm(1)_z(10) c_e_svm(1)_p_def(25)_ 0.13043373860003821
     svm(1)_z(10) c_e_svm(1)_p_def(26)_ -0.17609331755787777
     svm(1)_z(10) c_e_svm(1)_p_def(27)_ -0.0095698069739753172
     svm(1)_z(10) c_e_svm(1)_p_def(28)_ 0.052422665540245744
     svm(1)_z(10) c_e_svm(1)_p_def(29)_ -0.17236628821180433
     svm(1)_z(10) c_e_svm(1)_p_def(30)_ 0.13755199578284605
     svm(1)_z(10) c_e_svm(1)_p_def(31)_ -0.14757179209197896
     svm(1)_z(10) c_e_svm(1)_p_def(32)_ -0.43415750230683825
     svm(1)_z(10) c_e_svm(1)_p_def(33)_ -0.024747854825011906
     svm(1)_z(10) c_e_svm(1)_p_def(34)_ -0.12272025510543
     svm(1)_z(10) c_e_svm(1)_p_def(35)_ 0.023329138158887874
     svm(1)_z(10) c_e_svm(1)_p_def(36)_ -0.092699355670769049
     svm(1)_z(10) c_e_svm(1)_p_def(37)_ -0.075091793040328703
     svm(1)_z(10) c_e_svm(1)_p_def(38)_ -0.10358118592348682
     svm(1)_z(10) c_e_svm(1)_p_def(39)_ -0.065745261742996997
     svm(1)_z(10) c_e_svm(1)_p_def(40)_ 0.14482498099809507
     svm(1)_z(10) c_e_svm(1)_p_def(41)_ 0.078119885835221808
     svm(1)_z(10) c_e_svm(1)_p_def(42)_ 0.068763424712007318
     svm(1)_z(10) c_e_svm(1)_p_def(43)_ -0.43393304824449486
     svm(1)_z(10) c_e_svm(1)_p_def(44)_ -0.078628528860726937
     svm(1)_z(10) c_e_svm(1)_p_def(45)_ -0.088094958698960862
     svm(1)_z(10) c_e_svm(1)_p_def(46)_ 0.070323669590650215
     svm(1)_z(10) c_e_svm(1)_p_def(47)_ -0.11839468669194127
     svm(1)_z(10) c_e_svm(1)_p_def(48)_ -3.9038368501997933e-06
     svm(1)_z(10) c_e_svm(1)_p_def(49)_ 0.13528126080248967
     svm(1)_z(11) c_u_crossed_ -0.37623078442473645
     svm(1)_z(11) c_u_svm(1)_z_le_alpha(11)_ 1
     svm(1)_z(11) c_u_svm(1)_z_ge_neg_alpha(11)_ -1
     svm(1)_z(11) c_u_svm(1)_z_ge_alpha_if_pos(11)_ -1
     svm(1)_z(11) c_u_svm(1)_z_le_neg_alpha_if_neg(11)_ 1
     svm(1)_z(11) c_e_svm(1)_p_def(0)_ -0.21428652994965722
     svm(1)_z(11) c_e_svm(1)_p_def(1)_ -0.16786936743477501
     svm(1)_z(11) c_e_svm(1)_p_def(2)_ -0.18526007604262162
     svm(1)_z(11) c_e_svm(1)_p_def(3)_ -0.2140639996449257
     svm(1)_z(11) c_e_svm(1)_p_def(4)_ -0.10700442048101924
     svm(1)_z(11) c_e_svm(1)_p_def(5)_ -0.08163908717993508
     svm(1)_z(11) c_e_svm(1)_p_def(6)_ -0.16980513298282404
     svm(1)_z(11) c_e_svm(1)_p_def(7)_ -1.2259618660857363
     svm(1)_z(11) c_e_svm(1)_p_def(8)_ -0.043620827615346899
     svm(1)_z(11) c_e_svm(1)_p_def(9)_ -0.74475297523272377
     svm(1)_z(11) c_e_svm(1)_p_def(10)_ -0.024400388480077154
     svm(1)_z(11) c_e_svm(1)_p_def(11)_ -1.2692411141409514
     svm(1)_z(11) c_e_svm(1)_p_def(12)_ -0.18637114238681013
     svm(1)_z(11) c_e_svm(1)_p_def(13)_ -0.12362170844834519
     svm(1)_z(11) c_e_svm(1)_p_def(14)_ -0.49277502306679855
     svm(1)_z(11) c_e_svm(1)_p_def(15)_ -0.23447876211929256
     svm(1)_z(11) c_e_svm(1)_p_def(16)_ -0.48421375226070484
     svm(1)_z(11) c_e_svm(1)_p_def(17)_ -1.2477966354477183
     svm(1)_z(11) c_e_svm(1)_p_def(18)_ -0.47688193199024775
     svm(1)_z(11) c_e_svm(1)_p_def(19)_ -1.1744993388846034
     svm(1)_z(11) c_e_svm(1)_p_def(20)_ -1.2576614989196744
     svm(1)_z(11) c_e_svm(1)_p_def(21)_ -0.1256360066929349
     svm(1)_z(11) c_e_svm(1)_p_def(22)_ -0.51381767962151259
     svm(1)_z(11) c_e_svm(1)_p_def(23)_ -0.21114522608142011
     svm(1)_z(11) c_e_svm(1)_p_def(24)_ -1.0394167435072028
     svm(1)_z(11) c_e_svm(1)_p_def(25)_ -0.1528970557995907
     svm(1)_z(11) c_e_svm(1)_p_def(26)_ -0.066771660744904954
     svm(1)_z(11) c_e_svm(1)_p_def(27)_ -0.069803443844036861
     svm(1)_z(11) c_e_svm(1)_p_def(28)_ -0.10093913594437952
     svm(1)_z(11) c_e_svm(1)_p_def(29)_ -0.032457920375261379
     svm(1)_z(11) c_e_svm(1)_p_def(30)_ -0.11407951248450642
     svm(1)_z(11) c_e_svm(1)_p_def(31)_ 0.012807691422730832
     svm(1)_z(11) c_e_svm(1)_p_def(32)_ -0.013026676304990853
     svm(1)_z(11) c_e_svm(1)_p_def(33)_ -0.2912399746035601
     svm(1)_z(11) c_e_svm(1)_p_def(34)_ 0.0060408491249918234
     svm(1)_z(11) c_e_svm(1)_p_def(35)_ -0.19820511115224987
     svm(1)_z(11) c_e_svm(1)_p_def(36)_ -0.16477535174777061
     svm(1)_z(11) c_e_svm(1)_p_def(37)_ -0.21823157507185473
     svm(1)_z(11) c_e_svm(1)_p_def(38)_ -0.6219461988900451
     svm(1)_z(11) c_e_svm(1)_p_def(39)_ -0.1010884826048053
     svm(1)_z(11) c_e_svm(1)_p_def(40)_ -0.14335960165963674
     svm(1)_z(11) c_e_svm(1)_p_def(41)_ -0.18558547553271662
     svm(1)_z(11) c_e_svm(1)_p_def(42)_ -0.10402801117307499
     svm(1)_z(11) c_e_svm(1)_p_def(43)_ -0.22925674917541308
     svm(1)_z(11) c_e_svm(1)_p_def(44)_ -0.43661638550496146
     svm(1)_z(11) c_e_svm(1)_p_def(45)_ -0.11041677731615013
     svm(1)_z(11) c_e_svm(1)_p_def(46)_ -0.18750796425332206
     svm(1)_z(11) c_e_svm(1)_p_def(47)_ -0.12115505309294573
     svm(1)_z(11) c_e_svm(1)_p_def(48)_ 0.034272671750348024
     svm(1)_z(11) c_e_svm(1)_p_def(49)_ -0.082925687933158909
     svm(1)_z(12) c_u_crossed_ -1.2503140358609857
     svm(1)_z(12) c_u_svm(1)_z_le_alpha(12)_ 1
     svm(1)_z(12) c_u_svm(1)_z_ge_neg_alpha(12)_ -1
     svm(1)_z(12) c_u_svm(1)_z_ge_alpha_if_pos(12)_ -1
     svm(1)_z(12) c_u_svm(1)_z_le_neg_alpha_if_neg(12)_ 1
     svm(1)_z(12) c_e_svm(1)_p_def(0)_ -1.3087826715353428
     svm(1)_z(12) c_e_svm(1)_p_def(1)_ -1.3134233150913781
     svm(1)_z(12) c_e_svm(1)_p_def(2)_ -1.0822411428782472
     svm(1)_z(12) c_e_svm(1)_p_def(3)_ -1.4422962384165952
     svm(1)_z(12) c_e_svm(1)_p_def(4)_ -1.7605119423644415
     svm(1)_z(12) c_e_svm(1)_p_def(5)_ -1.5945095913368272
     svm(1)_z(12) c_e_svm(1)_p_def(6)_ -1.3369998221060237
     svm(1)_z(12) c_e_svm(1)_p_def(7)_ -0.20900451557530564
     svm(1)_z(12) c_e_svm(1)_p_def(8)_ -1.4441645113324615
     svm(1)_z(12) c_e_svm(1)_p_def(9)_ -0.19258449577851394
     svm(1)_z(12) c_e_svm(1)_p_def(10)_ -1.2208720837507014
     svm(1)_z(12) c_e_svm(1)_p_def(11)_ -0.18637114238681013
     svm(1)_z(12) c_e_svm(1)_p_def(12)_ -1.8444504919452214
     svm(1)_z(12) c_e_svm(1)_p_def(13)_ -1.6087188855986545
     svm(1)_z(12) c_e_svm(1)_p_def(14)_ -0.79457451585400596
     svm(1)_z(12) c_e_svm(1)_p_def(15)_ -1.599992094316093
     svm(1)_z(12) c_e_svm(1)_p_def(16)_ -0.17487086556667586
     svm(1)_z(12) c_e_svm(1)_p_def(17)_ -0.29968226353670313
     svm(1)_z(12) c_e_svm(1)_p_def(18)_ -0.86029503876332258
     svm(1)_z(12) c_e_svm(1)_p_def(19)_ -0.20316657469713878
     svm(1)_z(12) c_e_svm(1)_p_def(20)_ -0.32460184899486
     svm(1)_z(12) c_e_svm(1)_p_def(21)_ -1.5148046774749622
     svm(1)_z(12) c_e_svm(1)_p_def(22)_ -0.86417108184419567
     svm(1)_z(12) c_e_svm(1)_p_def(23)_ -1.3329182157907757
     svm(1)_z(12) c_e_svm(1)_p_def(24)_ -0.46262198004860861
     svm(1)_z(12) c_e_svm(1)_p_def(25)_ 0.13039503809299546
     svm(1)_z(12) c_e_svm(1)_p_def(26)_ -0.048116863055218798
     svm(1)_z(12) c_e_svm(1)_p_def(27)_ 0.068648182545756331
     svm(1)_z(12) c_e_svm(1)_p_def(28)_ 0.14795901621757246
     svm(1)_z(12) c_e_svm(1)_p_def(29)_ 0.051450678084800527
     svm(1)_z(12) c_e_svm(1)_p_def(30)_ 0.14172161828789587
     svm(1)_z(12) c_e_svm(1)_p_def(31)_ 0.01393307086166698
     svm(1)_z(12) c_e_svm(1)_p_def(32)_ -0.29432941716547439
     svm(1)_z(12) c_e_svm(1)_p_def(33)_ 0.069840401553989559
     svm(1)_z(12) c_e_svm(1)_p_def(34)_ 0.028438112597157977
     svm(1)_z(12) c_e_svm(1)_p_def(35)_ 0.041936458614131658
     svm(1)_z(12) c_e_svm(1)_p_def(36)_ -0.077345860537054528
     svm(1)_z(12) c_e_svm(1)_p_def(37)_ -0.037495812761814962
     svm(1)_z(12) c_e_svm(1)_p_def(38)_ -0.002196420086722245
     svm(1)_z(12) c_e_svm(1)_p_def(39)_ 0.074810679999215937
     svm(1)_z(12) c_e_svm(1)_p_def(40)_ 0.12527922551066173
     svm(1)_z(12) c_e_svm(1)_p_def(41)_ -0.094132364155926185
     svm(1)_z(12) c_e_svm(1)_p_def(42)_ 0.08794033186017762
     svm(1)_z(12) c_e_svm(1)_p_def(43)_ -0.21073890213527205
     svm(1)_z(12) c_e_svm(1)_p_def(44)_ 0.021523615635170232
     svm(1)_z(12) c_e_svm(1)_p_def(45)_ -0.0012940242458570339
     svm(1)_z(12) c_e_svm(1)_p_def(46)_ 0.13179339445443974
     svm(1)_z(12) c_e_svm(1)_p_def(47)_ -0.068943639975038398
     svm(1)_z(12) c_e_svm(1)_p_def(48)_ 0.079265053155010451
     svm(1)_z(12) c_e_svm(1)_p_def(49)_ 0.12104693536362489
     svm(1)_z(13) c_u_crossed_ -1.2539866980696042
     svm(1)_z(13) c_u_svm(1)_z_le_alpha(13)_ 1
     svm(1)_z(13) c_u_svm(1)_z_ge_neg_alpha(13)_ -1
     svm(1)_z(13) c_u_svm(1)_z_ge_alpha_if_pos(13)_ -1
     svm(1)_z(13) c_u_svm(1)_z_le_neg_alpha_if_neg(13)_ 1
     svm(1)_z(13) c_e_svm(1)_p_def(0)_ -1.3936271952582162
     svm(1)_z(13) c_e_svm(1)_p_def(1)_ -1.4248289935609844
     svm(1)_z(13) c_e_svm(1)_p_def(2)_ -1.2492691537340073
     svm(1)_z(13) c_e_svm(1)_p_def(3)_ -1.2110376767957636
     svm(1)_z(13) c_e_svm(1)_p_def(4)_ -1.5574164059855096
     svm(1)_z(13) c_e_svm(1)_p_def(5)_ -1.5532677458474926
     svm(1)_z(13) c_e_svm(1)_p_def(6)_ -1.118738286648354
     svm(1)_z(13) c_e_svm(1)_p_def(7)_ -0.12765323800933626
     svm(1)_z(13) c_e_svm(1)_p_def(8)_ -1.5898248910929464
     svm(1)_z(13) c_e_svm(1)_p_def(9)_ -0.099712469042732954
     svm(1)_z(13) c_e_svm(1)_p_def(10)_ -1.2347020338970016
     svm(1)_z(13) c_e_svm(1)_p_def(11)_ -0.12362170844834519
     svm(1)_z(13) c_e_svm(1)_p_def(12)_ -1.6087188855986545
     svm(1)_z(13) c_e_svm(1)_p_def(13)_ -1.634817378156717
     svm(1)_z(13) c_e_svm(1)_p_def(14)_ -0.75344577401499258
     svm(1)_z(13) c_e_svm(1)_p_def(15)_ -1.4448122210279351
     svm(1)_z(13) c_e_svm(1)_p_def(16)_ -0.13443856631240647
     svm(1)_z(13) c_e_svm(1)_p_def(17)_ -0.20075120418843156
     svm(1)_z(13) c_e_svm(1)_p_def(18)_ -0.82796638630761121
     svm(1)_z(13) c_e_svm(1)_p_def(19)_ -0.11632086908566591
     svm(1)_z(13) c_e_svm(1)_p_def(20)_ -0.22488216135419486
     svm(1)_z(13) c_e_svm(1)_p_def(21)_ -1.5838848880364913
     svm(1)_z(13) c_e_svm(1)_p_def(22)_ -0.88807378913544865
     svm(1)_z(13) c_e_svm(1)_p_def(23)_ -1.1293313615752547
     svm(1)_z(13) c_e_svm(1)_p_def(24)_ -0.32894026185311709
     svm(1)_z(13) c_e_svm(1)_p_def(25)_ 0.15285015074292743
     svm(1)_z(13) c_e_svm(1)_p_def(26)_ -0.069137414760232122
     svm(1)_z(13) c_e_svm(1)_p_def(27)_ 0.055324753919220634
     svm(1)_z(13) c_e_svm(1)_p_def(28)_ 0.12312444019368327
     svm(1)_z(13) c_e_svm(1)_p_def(29)_ -0.004463665601773581
     svm(1)_z(13) c_e_svm(1)_p_def(30)_ 0.15418369411241567
     svm(1)_z(13) c_e_svm(1)_p_def(31)_ -0.014734156398715559
     svm(1)_z(13) c_e_svm(1)_p_def(32)_ -0.27247963801707042
     svm(1)_z(13) c_e_svm(1)_p_def(33)_ -0.021464752759843025
     svm(1)_z(13) c_e_svm(1)_p_def(34)_ -0.0413955977924097
     svm(1)_z(13) c_e_svm(1)_p_def(35)_ 0.029338192719437189
     svm(1)_z(13) c_e_svm(1)_p_def(36)_ -0.14539666462819634
     svm(1)_z(13) c_e_svm(1)_p_def(37)_ -0.024719715457473035
     svm(1)_z(13) c_e_svm(1)_p_def(38)_ -0.075992462684132303
     svm(1)_z(13) c_e_svm(1)_p_def(39)_ -0.013729294143247889
     svm(1)_z(13) c_e_svm(1)_p_def(40)_ 0.14386703426945163
     svm(1)_z(13) c_e_svm(1)_p_def(41)_ 0.026941624755141613
     svm(1)_z(13) c_e_svm(1)_p_def(42)_ 0.10832379462221675
     svm(1)_z(13) c_e_svm(1)_p_def(43)_ -0.19899596470899833
     svm(1)_z(13) c_e_svm(1)_p_def(44)_ -0.015842286381415327
     svm(1)_z(13) c_e_svm(1)_p_def(45)_ 0.021121255353611521
     svm(1)_z(13) c_e_svm(1)_p_def(46)_ 0.10448010890876805
     svm(1)_z(13) c_e_svm(1)_p_def(47)_ -0.05689158573024565
     svm(1)_z(13) c_e_svm(1)_p_def(48)_ 0.086809252588664121
     svm(1)_z(13) c_e_svm(1)_p_def(49)_ 0.15239583660756126
     svm(1)_z(14) c_u_crossed_ -0.99137843930444258
     svm(1)_z(14) c_u_svm(1)_z_le_alpha(14)_ 1
     svm(1)_z(14) c_u_svm(1)_z_ge_neg_alpha(14)_ -1
     svm(1)_z(14) c_u_svm(1)_z_ge_alpha_if_pos(14)_ -1
     svm(1)_z(14) c_u_svm(1)_z_le_neg_alpha_if_neg(14)_ 1
     svm(1)_z(14) c_e_svm(1)_p_def(0)_ -0.88633034815502787
     svm(1)_z(14) c_e_svm(1)_p_def(1)_ -0.83853032594665244
     svm(1)_z(14) c_e_svm(1)_p_def(2)_ -0.77506802288831012
     svm(1)_z(14) c_e_svm(1)_p_def(3)_ -0.63292710181990841
     svm(1)_z(14) c_e_svm(1)_p_def(4)_ -0.63031195064556389
     svm(1)_z(14) c_e_svm(1)_p_def(5)_ -0.65468265093837386
     svm(1)_z(14) c_e_svm(1)_p_def(6)_ -0.52619422321275988
     svm(1)_z(14) c_e_svm(1)_p_def(7)_ -0.44143118404971615
     svm(1)_z(14) c_e_svm(1)_p_def(8)_ -0.66827637651322147
     svm(1)_z(14) c_e_svm(1)_p_def(9)_ -0.29377458399753476
     svm(1)_z(14) c_e_svm(1)_p_def(10)_ -0.45055419975654259
     svm(1)_z(14) c_e_svm(1)_p_def(11)_ -0.49277502306679855
     svm(1)_z(14) c_e_svm(1)_p_def(12)_ -0.79457451585400596
     svm(1)_z(14) c_e_svm(1)_p_def(13)_ -0.75344577401499258
     svm(1)_z(14) c_e_svm(1)_p_def(14)_ -0.90643505895090648
     svm(1)_z(14) c_e_svm(1)_p_def(15)_ -0.84780255901307355
     svm(1)_z(14) c_e_svm(1)_p_def(16)_ -0.32157671044743252
     svm(1)_z(14) c_e_svm(1)_p_def(17)_ -0.5281539335041997
     svm(1)_z(14) c_e_svm(1)_p_def(18)_ -0.93514528884146775
     svm(1)_z(14) c_e_svm(1)_p_def(19)_ -0.40052066699336081
     svm(1)_z(14) c_e_svm(1)_p_def(20)_ -0.60050085391455377
     svm(1)_z(14) c_e_svm(1)_p_def(21)_ -0.76905781073529567
     svm(1)_z(14) c_e_svm(1)_p_def(22)_ -0.9460175321868689
     svm(1)_z(14) c_e_svm(1)_p_def(23)_ -0.66750014406406732
     svm(1)_z(14) c_e_svm(1)_p_def(24)_ -0.64987390300341019
     svm(1)_z(14) c_e_svm(1)_p_def(25)_ 0.12080261987035916
     svm(1)_z(14) c_e_svm(1)_p_def(26)_ -0.047665708897976361
     svm(1)_z(14) c_e_svm(1)_p_def(27)_ 0.047061677549254652
     svm(1)_z(14) c_e_svm(1)_p_def(28)_ 0.09229681579705995
     svm(1)_z(14) c_e_svm(1)_p_def(29)_ 0.047674367411795773
     svm(1)_z(14) c_e_svm(1)_p_def(30)_ 0.12155861016534088
     svm(1)_z(14) c_e_svm(1)_p_def(31)_ 0.055005806546313069
     svm(1)_z(14) c_e_svm(1)_p_def(32)_ -0.080903043886242282
     svm(1)_z(14) c_e_svm(1)_p_def(33)_ -0.029698588856837432
     svm(1)_z(14) c_e_svm(1)_p_def(34)_ -0.022907213566992449
     svm(1)_z(14) c_e_svm(1)_p_def(35)_ 0.0045744881192859854
     svm(1)_z(14) c_e_svm(1)_p_def(36)_ -0.13157447043033352
     svm(1)_z(14) c_e_svm(1)_p_def(37)_ -0.024744860184328227
     svm(1)_z(14) c_e_svm(1)_p_def(38)_ -0.23062769045205994
     svm(1)_z(14) c_e_svm(1)_p_def(39)_ -0.065884956709098136
     svm(1)_z(14) c_e_svm(1)_p_def(40)_ 0.07352340827543527
     svm(1)_z(14) c_e_svm(1)_p_def(41)_ -0.055952207476246837
     svm(1)_z(14) c_e_svm(1)_p_def(42)_ 0.10256479230169666
     svm(1)_z(14) c_e_svm(1)_p_def(43)_ -0.050087143476049853
     svm(1)_z(14) c_e_svm(1)_p_def(44)_ -0.0066766752597465784
     svm(1)_z(14) c_e_svm(1)_p_def(45)_ 0.062899094562674035
     svm(1)_z(14) c_e_svm(1)_p_def(46)_ 0.087769566228187684
     svm(1)_z(14) c_e_svm(1)_p_def(47)_ -0.035967853213147424
     svm(1)_z(14) c_e_svm(1)_p_def(48)_ 0.091000111266914957
     svm(1)_z(14) c_e_svm(1)_p_def(49)_ 0.12414751323829318
     svm(1)_z(15) c_u_crossed_ -1.3119629105053412
     svm(1)_z(15) c_u_svm(1)_z_le_alpha(15)_ 1
     svm(1)_z(15) c_u_svm(1)_z_ge_neg_alpha(15)_ -1
     svm(1)_z(15) c_u_svm(1)_z_ge_alpha_if_pos(15)_ -1
     svm(1)_z(15) c_u_svm(1)_z_le_neg_alpha_if_neg(15)_ 1
     svm(1)_z(15) c_e_svm(1)_p_def(0)_ -1.3080079587933122
     svm(1)_z(15) c_e_svm(1)_p_def(1)_ -1.2806980238322971
     svm(1)_z(15) c_e_svm(1)_p_def(2)_ -1.0878652509881457
     svm(1)_z(15) c_e_svm(1)_p_def(3)_ -1.2274573368463717
     svm(1)_z(15) c_e_svm(1)_p_def(4)_ -1.4535870797263253
     svm(1)_z(15) c_e_svm(1)_p_def(5)_ -1.3675751507327116
     svm(1)_z(15) c_e_svm(1)_p_def(6)_ -1.0930272532256353
     svm(1)_z(15) c_e_svm(1)_p_def(7)_ -0.23455118145837967
     svm(1)_z(15) c_e_svm(1)_p_def(8)_ -1.2932421284695652
     svm(1)_z(15) c_e_svm(1)_p_def(9)_ -0.15535536082010315
     svm(1)_z(15) c_e_svm(1)_p_def(10)_ -0.98913644308221793
     svm(1)_z(15) c_e_svm(1)_p_def(11)_ -0.23447876211929256
     svm(1)_z(15) c_e_svm(1)_p_def(12)_ -1.599992094316093
     svm(1)_z(15) c_e_svm(1)_p_def(13)_ -1.4448122210279351
     svm(1)_z(15) c_e_svm(1)_p_def(14)_ -0.84780255901307355
     svm(1)_z(15) c_e_svm(1)_p_def(15)_ -1.5534717932051194
     svm(1)_z(15) c_e_svm(1)_p_def(16)_ -0.13559569651823006
     svm(1)_z(15) c_e_svm(1)_p_def(17)_ -0.3409793402762013
     svm(1)_z(15) c_e_svm(1)_p_def(18)_ -0.92756788788409938
     svm(1)_z(15) c_e_svm(1)_p_def(19)_ -0.21635506548658862
     svm(1)_z(15) c_e_svm(1)_p_def(20)_ -0.36932316957510314
     svm(1)_z(15) c_e_svm(1)_p_def(21)_ -1.4168776242314443
     svm(1)_z(15) c_e_svm(1)_p_def(22)_ -0.95171163259524971
     svm(1)_z(15) c_e_svm(1)_p_def(23)_ -1.21385532995434
     svm(1)_z(15) c_e_svm(1)_p_def(24)_ -0.50349763303023642
     svm(1)_z(15) c_e_svm(1)_p_def(25)_ 0.13026360083480248
     svm(1)_z(15) c_e_svm(1)_p_def(26)_ -0.035688775715737156
     svm(1)_z(15) c_e_svm(1)_p_def(27)_ 0.064599562761598422
     svm(1)_z(15) c_e_svm(1)_p_def(28)_ 0.1356142332444914
     svm(1)_z(15) c_e_svm(1)_p_def(29)_ 0.062633722929200775
     svm(1)_z(15) c_e_svm(1)_p_def(30)_ 0.12821063760490936
     svm(1)_z(15) c_e_svm(1)_p_def(31)_ 0.027628468759991004
     svm(1)_z(15) c_e_svm(1)_p_def(32)_ -0.20772889229585018
     svm(1)_z(15) c_e_svm(1)_p_def(33)_ 0.050266901717731446
     svm(1)_z(15) c_e_svm(1)_p_def(34)_ 0.016550446777991376
     svm(1)_z(15) c_e_svm(1)_p_def(35)_ 0.040465457825042947
     svm(1)_z(15) c_e_svm(1)_p_def(36)_ -0.099235551108162401
     svm(1)_z(15) c_e_svm(1)_p_def(37)_ -0.035400365387375038
     svm(1)_z(15) c_e_svm(1)_p_def(38)_ -0.016231948828023576
     svm(1)_z(15) c_e_svm(1)_p_def(39)_ 0.051133298023361112
     svm(1)_z(15) c_e_svm(1)_p_def(40)_ 0.093094907307586711
     svm(1)_z(15) c_e_svm(1)_p_def(41)_ -0.11017580763142654
     svm(1)_z(15) c_e_svm(1)_p_def(42)_ 0.10118344099042345
     svm(1)_z(15) c_e_svm(1)_p_def(43)_ -0.11308808589809007
     svm(1)_z(15) c_e_svm(1)_p_def(44)_ 0.043331868591116138
     svm(1)_z(15) c_e_svm(1)_p_def(45)_ 0.049403272932659406
     svm(1)_z(15) c_e_svm(1)_p_def(46)_ 0.12674187445534957
     svm(1)_z(15) c_e_svm(1)_p_def(47)_ -0.037770555136863657
     svm(1)_z(15) c_e_svm(1)_p_def(48)_ 0.099375602471376515
     svm(1)_z(15) c_e_svm(1)_p_def(49)_ 0.11747131947263116
     svm(1)_z(16) c_u_crossed_ -0.061416109677814384
     svm(1)_z(16) c_u_svm(1)_z_le_alpha(16)_ 1
     svm(1)_z(16) c_u_svm(1)_z_ge_neg_alpha(16)_ -1
     svm(1)_z(16) c_u_svm(1)_z_ge_alpha_if_pos(16)_ -1
     svm(1)_z(16) c_u_svm(1)_z_le_neg_alpha_if_neg(16)_ 1
     svm(1)_z(16) c_e_svm(1)_p_def(0)_ -0.071435256094951383
     svm(1)_z(16) c_e_svm(1)_p_def(1)_ -0.098649376799037347
     svm(1)_z(16) c_e_svm(1)_p_def(2)_ -0.011408616937035654
     svm(1)_z(16) c_e_svm(1)_p_def(3)_ -0.29710761419923526
     svm(1)_z(16) c_e_svm(1)_p_def(4)_ -0.25093872723032307
     svm(1)_z(16) c_e_svm(1)_p_def(5)_ -0.18195465327294258
     svm(1)_z(16) c_e_svm(1)_p_def(6)_ -0.5034748049138289
     svm(1)_z(16) c_e_svm(1)_p_def(7)_ -0.52847481194844825
     svm(1)_z(16) c_e_svm(1)_p_def(8)_ -0.10771546344251368
     svm(1)_z(16) c_e_svm(1)_p_def(9)_ -1.2964570530009916
     svm(1)_z(16) c_e_svm(1)_p_def(10)_ -0.20103530203712827
     svm(1)_z(16) c_e_svm(1)_p_def(11)_ -0.48421375226070484
     svm(1)_z(16) c_e_svm(1)_p_def(12)_ -0.17487086556667586
     svm(1)_z(16) c_e_svm(1)_p_def(13)_ -0.13443856631240647
     svm(1)_z(16) c_e_svm(1)_p_def(14)_ -0.32157671044743252
     svm(1)_z(16) c_e_svm(1)_p_def(15)_ -0.13559569651823006
     svm(1)_z(16) c_e_svm(1)_p_def(16)_ -2.8544745948392301
     svm(1)_z(16) c_e_svm(1)_p_def(17)_ -0.36519661525037556
     svm(1)_z(16) c_e_svm(1)_p_def(18)_ -0.28663835350025441
     svm(1)_z(16) c_e_svm(1)_p_def(19)_ -0.55968704513591017
     svm(1)_z(16) c_e_svm(1)_p_def(20)_ -0.48243146349017452
     svm(1)_z(16) c_e_svm(1)_p_def(21)_ 0.0010958983798172173
     svm(1)_z(16) c_e_svm(1)_p_def(22)_ -0.10946006710638866
     svm(1)_z(16) c_e_svm(1)_p_def(23)_ -0.17254593276001107
     svm(1)_z(16) c_e_svm(1)_p_def(24)_ -0.41064176688911169
     svm(1)_z(16) c_e_svm(1)_p_def(25)_ -0.36198299509638787
     svm(1)_z(16) c_e_svm(1)_p_def(26)_ -0.31737112310954507
     svm(1)_z(16) c_e_svm(1)_p_def(27)_ -0.32284573423980301
     svm(1)_z(16) c_e_svm(1)_p_def(28)_ -0.23224364305184972
     svm(1)_z(16) c_e_svm(1)_p_def(29)_ -0.10098958094490604
     svm(1)_z(16) c_e_svm(1)_p_def(30)_ -0.35263482506027632
     svm(1)_z(16) c_e_svm(1)_p_def(31)_ -0.030837848335526719
     svm(1)_z(16) c_e_svm(1)_p_def(32)_ -0.22295838294223441
     svm(1)_z(16) c_e_svm(1)_p_def(33)_ -0.31302610301929401
     svm(1)_z(16) c_e_svm(1)_p_def(34)_ -0.25801518753535035
     svm(1)_z(16) c_e_svm(1)_p_def(35)_ -0.51297968881376199
     svm(1)_z(16) c_e_svm(1)_p_def(36)_ -0.42714171148714092
     svm(1)_z(16) c_e_svm(1)_p_def(37)_ -0.10372698898995339
     svm(1)_z(16) c_e_svm(1)_p_def(38)_ -0.73288960322422292
     svm(1)_z(16) c_e_svm(1)_p_def(39)_ -0.3629397340011763
     svm(1)_z(16) c_e_svm(1)_p_def(40)_ -0.62000252292251123
     svm(1)_z(16) c_e_svm(1)_p_def(41)_ -0.96462948047120578
     svm(1)_z(16) c_e_svm(1)_p_def(42)_ -0.52542419292380016
     svm(1)_z(16) c_e_svm(1)_p_def(43)_ -0.22465823215974706
     svm(1)_z(16) c_e_svm(1)_p_def(44)_ -0.42218581917146641
     svm(1)_z(16) c_e_svm(1)_p_def(45)_ -0.74535149635625453
     svm(1)_z(16) c_e_svm(1)_p_def(46)_ -0.50853549994158032
     svm(1)_z(16) c_e_svm(1)_p_def(47)_ -0.76562720917541238
     svm(1)_z(16) c_e_svm(1)_p_def(48)_ -1.1520364224615438
     svm(1)_z(16) c_e_svm(1)_p_def(49)_ -0.40785820026048025
     svm(1)_z(17) c_u_crossed_ -0.47749300394110278
     svm(1)_z(17) c_u_svm(1)_z_le_alpha(17)_ 1
     svm(1)_z(17) c_u_svm(1)_z_ge_neg_alpha(17)_ -1
     svm(1)_z(17) c_u_svm(1)_z_ge_alpha_if_pos(17)_ -1
     svm(1)_z(17) c_u_svm(1)_z_le_neg_alpha_if_neg(17)_ 1
     svm(1)_z(17) c_e_svm(1)_p_def(0)_ -0.27691258211275616
     svm(1)_z(17) c_e_svm(1)_p_def(1)_ -0.20902637658742246
     svm(1)_z(17) c_e_svm(1)_p_def(2)_ -0.2390076162590096
     svm(1)_z(17) c_e_svm(1)_p_def(3)_ -0.30660664113662178
     svm(1)_z(17) c_e_svm(1)_p_def(4)_ -0.20478944937541743
     svm(1)_z(17) c_e_svm(1)_p_def(5)_ -0.14315599485128289
     svm(1)_z(17) c_e_svm(1)_p_def(6)_ -0.23784660710570318
     svm(1)_z(17) c_e_svm(1)_p_def(7)_ -1.5646922217608545
     svm(1)_z(17) c_e_svm(1)_p_def(8)_ -0.10068818314640221
     svm(1)_z(17) c_e_svm(1)_p_def(9)_ -0.8621997640419512
     svm(1)_z(17) c_e_svm(1)_p_def(10)_ -0.060583389455902595
     svm(1)_z(17) c_e_svm(1)_p_def(11)_ -1.2477966354477183
     svm(1)_z(17) c_e_svm(1)_p_def(12)_ -0.29968226353670313
     svm(1)_z(17) c_e_svm(1)_p_def(13)_ -0.20075120418843156
     svm(1)_z(17) c_e_svm(1)_p_def(14)_ -0.5281539335041997
     svm(1)_z(17) c_e_svm(1)_p_def(15)_ -0.3409793402762013
     svm(1)_z(17) c_e_svm(1)_p_def(16)_ -0.36519661525037556
     svm(1)_z(17) c_e_svm(1)_p_def(17)_ -1.6214603953468747
     svm(1)_z(17) c_e_svm(1)_p_def(18)_ -0.48916351023974813
     svm(1)_z(17) c_e_svm(1)_p_def(19)_ -1.4959167186171369
     svm(1)_z(17) c_e_svm(1)_p_def(20)_ -1.4890603870515227
     svm(1)_z(17) c_e_svm(1)_p_def(21)_ -0.24402531311005091
     svm(1)_z(17) c_e_svm(1)_p_def(22)_ -0.56502259009483502
     svm(1)_z(17) c_e_svm(1)_p_def(23)_ -0.29078136904995205
     svm(1)_z(17) c_e_svm(1)_p_def(24)_ -1.2557397488262243
     svm(1)_z(17) c_e_svm(1)_p_def(25)_ -0.18098630286370657
     svm(1)_z(17) c_e_svm(1)_p_def(26)_ -0.071024036541403393
     svm(1)_z(17) c_e_svm(1)_p_def(27)_ -0.067633359126649278
     svm(1)_z(17) c_e_svm(1)_p_def(28)_ -0.0029693063471891157
     svm(1)_z(17) c_e_svm(1)_p_def(29)_ 0.03093697637709053
     svm(1)_z(17) c_e_svm(1)_p_def(30)_ -0.12671874367274163
     svm(1)_z(17) c_e_svm(1)_p_def(31)_ 0.033007071034050012
     svm(1)_z(17) c_e_svm(1)_p_def(32)_ -0.074746523451964836
     svm(1)_z(17) c_e_svm(1)_p_def(33)_ -0.19572858191783482
     svm(1)_z(17) c_e_svm(1)_p_def(34)_ 0.040409304476614366
     svm(1)_z(17) c_e_svm(1)_p_def(35)_ -0.35012791188900255
     svm(1)_z(17) c_e_svm(1)_p_def(36)_ -0.2577643545262821
     svm(1)_z(17) c_e_svm(1)_p_def(37)_ -0.061804091227066177
     svm(1)_z(17) c_e_svm(1)_p_def(38)_ -0.43367277771080331
     svm(1)_z(17) c_e_svm(1)_p_def(39)_ -0.0083332922866371367
     svm(1)_z(17) c_e_svm(1)_p_def(40)_ -0.077400066029448628
     svm(1)_z(17) c_e_svm(1)_p_def(41)_ -0.24505349736415263
     svm(1)_z(17) c_e_svm(1)_p_def(42)_ -0.21185552420572212
     svm(1)_z(17) c_e_svm(1)_p_def(43)_ -0.13504800206236145
     svm(1)_z(17) c_e_svm(1)_p_def(44)_ -0.42176807604000155
     svm(1)_z(17) c_e_svm(1)_p_def(45)_ -0.097773756249702568
     svm(1)_z(17) c_e_svm(1)_p_def(46)_ -0.34909844585550742
     svm(1)_z(17) c_e_svm(1)_p_def(47)_ -0.085823390862607166
     svm(1)_z(17) c_e_svm(1)_p_def(48)_ 0.02389017173985869
     svm(1)_z(17) c_e_svm(1)_p_def(49)_ -0.1323272709619655
     svm(1)_z(18) c_u_crossed_ -1.1034047544349965
     svm(1)_z(18) c_u_svm(1)_z_le_alpha(18)_ 1
     svm(1)_z(18) c_u_svm(1)_z_ge_neg_alpha(18)_ -1
     svm(1)_z(18) c_u_svm(1)_z_ge_alpha_if_pos(18)_ -1
     svm(1)_z(18) c_u_svm(1)_z_le_neg_alpha_if_neg(18)_ 1
     svm(1)_z(18) c_e_svm(1)_p_def(0)_ -0.99251543925698082
     svm(1)_z(18) c_e_svm(1)_p_def(1)_ -0.94117199229383519
     svm(1)_z(18) c_e_svm(1)_p_def(2)_ -0.87375198500747042
     svm(1)_z(18) c_e_svm(1)_p_def(3)_ -0.66329048795125445
     svm(1)_z(18) c_e_svm(1)_p_def(4)_ -0.68046099652012881
     svm(1)_z(18) c_e_svm(1)_p_def(5)_ -0.71925139798830973
     svm(1)_z(18) c_e_svm(1)_p_def(6)_ -0.55178621296675134
     svm(1)_z(18) c_e_svm(1)_p_def(7)_ -0.38760210968326569
     svm(1)_z(18) c_e_svm(1)_p_def(8)_ -0.75034446622302653
     svm(1)_z(18) c_e_svm(1)_p_def(9)_ -0.22894076308024672
     svm(1)_z(18) c_e_svm(1)_p_def(10)_ -0.48564257820011703
     svm(1)_z(18) c_e_svm(1)_p_def(11)_ -0.47688193199024775
     svm(1)_z(18) c_e_svm(1)_p_def(12)_ -0.86029503876332258
     svm(1)_z(18) c_e_svm(1)_p_def(13)_ -0.82796638630761121
     svm(1)_z(18) c_e_svm(1)_p_def(14)_ -0.93514528884146775
     svm(1)_z(18) c_e_svm(1)_p_def(15)_ -0.92756788788409938
     svm(1)_z(18) c_e_svm(1)_p_def(16)_ -0.28663835350025441
     svm(1)_z(18) c_e_svm(1)_p_def(17)_ -0.48916351023974813
     svm(1)_z(18) c_e_svm(1)_p_def(18)_ -1.0349201629917595
     svm(1)_z(18) c_e_svm(1)_p_def(19)_ -0.34483645238511229
     svm(1)_z(18) c_e_svm(1)_p_def(20)_ -0.56318012258895811
     svm(1)_z(18) c_e_svm(1)_p_def(21)_ -0.84856377924010717
     svm(1)_z(18) c_e_svm(1)_p_def(22)_ -1.031831802217215
     svm(1)_z(18) c_e_svm(1)_p_def(23)_ -0.72415506978677002
     svm(1)_z(18) c_e_svm(1)_p_def(24)_ -0.62424533841518892
     svm(1)_z(18) c_e_svm(1)_p_def(25)_ 0.12783994353711495
     svm(1)_z(18) c_e_svm(1)_p_def(26)_ -0.057439889605553157
     svm(1)_z(18) c_e_svm(1)_p_def(27)_ 0.033535914855673102
     svm(1)_z(18) c_e_svm(1)_p_def(28)_ 0.07853505989455549
     svm(1)_z(18) c_e_svm(1)_p_def(29)_ 0.030875808437359542
     svm(1)_z(18) c_e_svm(1)_p_def(30)_ 0.11717485379638914
     svm(1)_z(18) c_e_svm(1)_p_def(31)_ 0.039472779482621304
     svm(1)_z(18) c_e_svm(1)_p_def(32)_ -0.070173746701547496
     svm(1)_z(18) c_e_svm(1)_p_def(33)_ -0.053877029132036347
     svm(1)_z(18) c_e_svm(1)_p_def(34)_ -0.046998161056842888
     svm(1)_z(18) c_e_svm(1)_p_def(35)_ 0.032468791390975499
     svm(1)_z(18) c_e_svm(1)_p_def(36)_ -0.11362753277119568
     svm(1)_z(18) c_e_svm(1)_p_def(37)_ -0.069356903599162675
     svm(1)_z(18) c_e_svm(1)_p_def(38)_ -0.24644390381627135
     svm(1)_z(18) c_e_svm(1)_p_def(39)_ -0.094710458123169541
     svm(1)_z(18) c_e_svm(1)_p_def(40)_ 0.04727211731104887
     svm(1)_z(18) c_e_svm(1)_p_def(41)_ -0.05695698110667298
     svm(1)_z(18) c_e_svm(1)_p_def(42)_ 0.10942235081474028
     svm(1)_z(18) c_e_svm(1)_p_def(43)_ -0.058257219087796366
     svm(1)_z(18) c_e_svm(1)_p_def(44)_ 0.0044347918473546105
     svm(1)_z(18) c_e_svm(1)_p_def(45)_ 0.076154598047496691
     svm(1)_z(18) c_e_svm(1)_p_def(46)_ 0.10479328835138643
     svm(1)_z(18) c_e_svm(1)_p_def(47)_ -0.020496053871119968
     svm(1)_z(18) c_e_svm(1)_p_def(48)_ 0.10398885535611924
     svm(1)_z(18) c_e_svm(1)_p_def(49)_ 0.12851861818599483
     svm(1)_z(19) c_u_crossed_ -0.29652437580440399
     svm(1)_z(19) c_u_svm(1)_z_le_alpha(19)_ 1
     svm(1)_z(19) c_u_svm(1)_z_ge_neg_alpha(19)_ -1
     svm(1)_z(19) c_u_svm(1)_z_ge_alpha_if_pos(19)_ -1
     svm(1)_z(19) c_u_svm(1)_z_le_neg_alpha_if_neg(19)_ 1
     svm(1)_z(19) c_e_svm(1)_p_def(0)_ -0.14591025116434625
     svm(1)_z(19) c_e_svm(1)_p_def(1)_ -0.098990977019620507
     svm(1)_z(19) c_e_svm(1)_p_def(2)_ -0.11903873925752145
     svm(1)_z(19) c_e_svm(1)_p_def(3)_ -0.25055160290446715
     svm(1)_z(19) c_e_svm(1)_p_def(4)_ -0.15669225289095151
     svm(1)_z(19) c_e_svm(1)_p_def(5)_ -0.083851291429303046
     svm(1)_z(19) c_e_svm(1)_p_def(6)_ -0.22995233320313663
     svm(1)_z(19) c_e_svm(1)_p_def(7)_ -1.6258163112381028
     svm(1)_z(19) c_e_svm(1)_p_def(8)_ -0.03847799248125372
     svm(1)_z(19) c_e_svm(1)_p_def(9)_ -1.0595539539739245
     svm(1)_z(19) c_e_svm(1)_p_def(10)_ -0.042169164220933364
     svm(1)_z(19) c_e_svm(1)_p_def(11)_ -1.1744993388846034
     svm(1)_z(19) c_e_svm(1)_p_def(12)_ -0.20316657469713878
     svm(1)_z(19) c_e_svm(1)_p_def(13)_ -0.11632086908566591
     svm(1)_z(19) c_e_svm(1)_p_def(14)_ -0.40052066699336081
     svm(1)_z(19) c_e_svm(1)_p_def(15)_ -0.21635506548658862
     svm(1)_z(19) c_e_svm(1)_p_def(16)_ -0.55968704513591017
     svm(1)_z(19) c_e_svm(1)_p_def(17)_ -1.4959167186171369
     svm(1)_z(19) c_e_svm(1)_p_def(18)_ -0.34483645238511229
     svm(1)_z(19) c_e_svm(1)_p_def(19)_ -1.6149303083319251
     svm(1)_z(19) c_e_svm(1)_p_def(20)_ -1.3974522345947735
     svm(1)_z(19) c_e_svm(1)_p_def(21)_ -0.13375130810610525
     svm(1)_z(19) c_e_svm(1)_p_def(22)_ -0.38012148536831747
     svm(1)_z(19) c_e_svm(1)_p_def(23)_ -0.20037891037738595
     svm(1)_z(19) c_e_svm(1)_p_def(24)_ -1.134725280658877
     svm(1)_z(19) c_e_svm(1)_p_def(25)_ -0.24731471129426749
     svm(1)_z(19) c_e_svm(1)_p_def(26)_ -0.1012539948674847
     svm(1)_z(19) c_e_svm(1)_p_def(27)_ -0.11223878907262251
     svm(1)_z(19) c_e_svm(1)_p_def(28)_ -0.028034483110826319
     svm(1)_z(19) c_e_svm(1)_p_def(29)_ 0.021401845885780424
     svm(1)_z(19) c_e_svm(1)_p_def(30)_ -0.17524412621433666
     svm(1)_z(19) c_e_svm(1)_p_def(31)_ 0.031300392911544572
     svm(1)_z(19) c_e_svm(1)_p_def(32)_ -0.10942286482864742
     svm(1)_z(19) c_e_svm(1)_p_def(33)_ -0.21108405702744704
     svm(1)_z(19) c_e_svm(1)_p_def(34)_ 0.03162172475717355
     svm(1)_z(19) c_e_svm(1)_p_def(35)_ -0.45437063538060435
     svm(1)_z(19) c_e_svm(1)_p_def(36)_ -0.27158024549610543
     svm(1)_z(19) c_e_svm(1)_p_def(37)_ -0.01713180804135131
     svm(1)_z(19) c_e_svm(1)_p_def(38)_ -0.48539602628383477
     svm(1)_z(19) c_e_svm(1)_p_def(39)_ -0.016521871675814565
     svm(1)_z(19) c_e_svm(1)_p_def(40)_ -0.087375719657810713
     svm(1)_z(19) c_e_svm(1)_p_def(41)_ -0.27160512466802467
     svm(1)_z(19) c_e_svm(1)_p_def(42)_ -0.35377898115977569
     svm(1)_z(19) c_e_svm(1)_p_def(43)_ -0.16017261765497925
     svm(1)_z(19) c_e_svm(1)_p_def(44)_ -0.52782522529234943
     svm(1)_z(19) c_e_svm(1)_p_def(45)_ -0.20869381832042386
     svm(1)_z(19) c_e_svm(1)_p_def(46)_ -0.50858123649221654
     svm(1)_z(19) c_e_svm(1)_p_def(47)_ -0.13192493109572495
     svm(1)_z(19) c_e_svm(1)_p_def(48)_ -0.087430670895105672
     svm(1)_z(19) c_e_svm(1)_p_def(49)_ -0.1928115396382708
     svm(1)_z(20) c_u_crossed_ -0.50427027148313663
     svm(1)_z(20) c_u_svm(1)_z_le_alpha(20)_ 1
     svm(1)_z(20) c_u_svm(1)_z_ge_neg_alpha(20)_ -1
     svm(1)_z(20) c_u_svm(1)_z_ge_alpha_if_pos(20)_ -1
     svm(1)_z(20) c_u_svm(1)_z_le_neg_alpha_if_neg(20)_ 1
     svm(1)_z(20) c_e_svm(1)_p_def(0)_ -0.30769257987532261
     svm(1)_z(20) c_e_svm(1)_p_def(1)_ -0.24273106812910505
     svm(1)_z(20) c_e_svm(1)_p_def(2)_ -0.25416552417729588
     svm(1)_z(20) c_e_svm(1)_p_def(3)_ -0.33774200559522133
     svm(1)_z(20) c_e_svm(1)_p_def(4)_ -0.22143304020014334
     svm(1)_z(20) c_e_svm(1)_p_def(5)_ -0.16731115012663919
     svm(1)_z(20) c_e_svm(1)_p_def(6)_ -0.2706264390030802
     svm(1)_z(20) c_e_svm(1)_p_def(7)_ -1.4591030965864227
     svm(1)_z(20) c_e_svm(1)_p_def(8)_ -0.11079161499959884
     svm(1)_z(20) c_e_svm(1)_p_def(9)_ -0.89714677814282429
     svm(1)_z(20) c_e_svm(1)_p_def(10)_ -0.085166516688122779
     svm(1)_z(20) c_e_svm(1)_p_def(11)_ -1.2576614989196744
     svm(1)_z(20) c_e_svm(1)_p_def(12)_ -0.32460184899486
     svm(1)_z(20) c_e_svm(1)_p_def(13)_ -0.22488216135419486
     svm(1)_z(20) c_e_svm(1)_p_def(14)_ -0.60050085391455377
     svm(1)_z(20) c_e_svm(1)_p_def(15)_ -0.36932316957510314
     svm(1)_z(20) c_e_svm(1)_p_def(16)_ -0.48243146349017452
     svm(1)_z(20) c_e_svm(1)_p_def(17)_ -1.4890603870515227
     svm(1)_z(20) c_e_svm(1)_p_def(18)_ -0.56318012258895811
     svm(1)_z(20) c_e_svm(1)_p_def(19)_ -1.3974522345947735
     svm(1)_z(20) c_e_svm(1)_p_def(20)_ -1.5199580741358547
     svm(1)_z(20) c_e_svm(1)_p_def(21)_ -0.24637811039150798
     svm(1)_z(20) c_e_svm(1)_p_def(22)_ -0.61166340325076718
     svm(1)_z(20) c_e_svm(1)_p_def(23)_ -0.33511076209146695
     svm(1)_z(20) c_e_svm(1)_p_def(24)_ -1.2866332937410281
     svm(1)_z(20) c_e_svm(1)_p_def(25)_ -0.076230503969772379
     svm(1)_z(20) c_e_svm(1)_p_def(26)_ -0.10982037321835685
     svm(1)_z(20) c_e_svm(1)_p_def(27)_ -0.069848677092844286
     svm(1)_z(20) c_e_svm(1)_p_def(28)_ 0.0038028458184684033
     svm(1)_z(20) c_e_svm(1)_p_def(29)_ 0.01607771234314645
     svm(1)_z(20) c_e_svm(1)_p_def(30)_ -0.053253903724469059
     svm(1)_z(20) c_e_svm(1)_p_def(31)_ 0.02549613486166738
     svm(1)_z(20) c_e_svm(1)_p_def(32)_ -0.10168976233771526
     svm(1)_z(20) c_e_svm(1)_p_def(33)_ -0.12031322368715137
     svm(1)_z(20) c_e_svm(1)_p_def(34)_ 0.016954126118053275
     svm(1)_z(20) c_e_svm(1)_p_def(35)_ -0.24331522987585016
     svm(1)_z(20) c_e_svm(1)_p_def(36)_ -0.17998975166086512
     svm(1)_z(20) c_e_svm(1)_p_def(37)_ -0.076152964890691746
     svm(1)_z(20) c_e_svm(1)_p_def(38)_ -0.44739054594684968
     svm(1)_z(20) c_e_svm(1)_p_def(39)_ -0.029189373282479503
     svm(1)_z(20) c_e_svm(1)_p_def(40)_ -0.046596762294239535
     svm(1)_z(20) c_e_svm(1)_p_def(41)_ -0.22659673866068747
     svm(1)_z(20) c_e_svm(1)_p_def(42)_ -0.12092184927985432
     svm(1)_z(20) c_e_svm(1)_p_def(43)_ -0.16083971538612979
     svm(1)_z(20) c_e_svm(1)_p_def(44)_ -0.31470716493815726
     svm(1)_z(20) c_e_svm(1)_p_def(45)_ -0.061057743203229722
     svm(1)_z(20) c_e_svm(1)_p_def(46)_ -0.20012390134734148
     svm(1)_z(20) c_e_svm(1)_p_def(47)_ -0.078990783156653782
     svm(1)_z(20) c_e_svm(1)_p_def(48)_ 0.036624569030207166
     svm(1)_z(20) c_e_svm(1)_p_def(49)_ -0.046943486957574165
     svm(1)_z(21) c_u_crossed_ -1.4094042963021713
     svm(1)_z(21) c_u_svm(1)_z_le_alpha(21)_ 1
     svm(1)_z(21) c_u_svm(1)_z_ge_neg_alpha(21)_ -1
     svm(1)_z(21) c_u_svm(1)_z_ge_alpha_if_pos(21)_ -1
     svm(1)_z(21) c_u_svm(1)_z_le_neg_alpha_if_neg(21)_ 1
     svm(1)_z(21) c_e_svm(1)_p_def(0)_ -1.5520659491481088
     svm(1)_z(21) c_e_svm(1)_p_def(1)_ -1.5528509452998307
     svm(1)_z(21) c_e_svm(1)_p_def(2)_ -1.4982499777137317
     svm(1)_z(21) c_e_svm(1)_p_def(3)_ -1.0620176557517911
     svm(1)_z(21) c_e_svm(1)_p_def(4)_ -1.4076453920986243
     svm(1)_z(21) c_e_svm(1)_p_def(5)_ -1.4590722971141652
     svm(1)_z(21) c_e_svm(1)_p_def(6)_ -0.91702396071979764
     svm(1)_z(21) c_e_svm(1)_p_def(7)_ -0.15883491075707618
     svm(1)_z(21) c_e_svm(1)_p_def(8)_ -1.7042485912211285
     svm(1)_z(21) c_e_svm(1)_p_def(9)_ -0.034578357805375645
     svm(1)_z(21) c_e_svm(1)_p_def(10)_ -1.1785391801862979
     svm(1)_z(21) c_e_svm(1)_p_def(11)_ -0.1256360066929349
     svm(1)_z(21) c_e_svm(1)_p_def(12)_ -1.5148046774749622
     svm(1)_z(21) c_e_svm(1)_p_def(13)_ -1.5838848880364913
     svm(1)_z(21) c_e_svm(1)_p_def(14)_ -0.76905781073529567
     svm(1)_z(21) c_e_svm(1)_p_def(15)_ -1.4168776242314443
     svm(1)_z(21) c_e_svm(1)_p_def(16)_ 0.0010958983798172173
     svm(1)_z(21) c_e_svm(1)_p_def(17)_ -0.24402531311005091
     svm(1)_z(21) c_e_svm(1)_p_def(18)_ -0.84856377924010717
     svm(1)_z(21) c_e_svm(1)_p_def(19)_ -0.13375130810610525
     svm(1)_z(21) c_e_svm(1)_p_def(20)_ -0.24637811039150798
     svm(1)_z(21) c_e_svm(1)_p_def(21)_ -1.8259841596344688
     svm(1)_z(21) c_e_svm(1)_p_def(22)_ -1.020985610733788
     svm(1)_z(21) c_e_svm(1)_p_def(23)_ -1.0456749882381349
     svm(1)_z(21) c_e_svm(1)_p_def(24)_ -0.33609396716770673
     svm(1)_z(21) c_e_svm(1)_p_def(25)_ 0.16337598752546248
     svm(1)_z(21) c_e_svm(1)_p_def(26)_ -0.12062190012085169
     svm(1)_z(21) c_e_svm(1)_p_def(27)_ 0.019000264459014954
     svm(1)_z(21) c_e_svm(1)_p_def(28)_ 0.10279460906991518
     svm(1)_z(21) c_e_svm(1)_p_def(29)_ -0.065349650677621829
     svm(1)_z(21) c_e_svm(1)_p_def(30)_ 0.15215715920943423
     svm(1)_z(21) c_e_svm(1)_p_def(31)_ -0.082300354342844828
     svm(1)_z(21) c_e_svm(1)_p_def(32)_ -0.30998425447453182
     svm(1)_z(21) c_e_svm(1)_p_def(33)_ -0.086456910423483191
     svm(1)_z(21) c_e_svm(1)_p_def(34)_ -0.12140783180187695
     svm(1)_z(21) c_e_svm(1)_p_def(35)_ -0.017837744620360974
     svm(1)_z(21) c_e_svm(1)_p_def(36)_ -0.26010081659506301
     svm(1)_z(21) c_e_svm(1)_p_def(37)_ -0.0022236367730373019
     svm(1)_z(21) c_e_svm(1)_p_def(38)_ -0.081371712076606373
     svm(1)_z(21) c_e_svm(1)_p_def(39)_ -0.086048909171221974
     svm(1)_z(21) c_e_svm(1)_p_def(40)_ 0.15669778224709685
     svm(1)_z(21) c_e_svm(1)_p_def(41)_ 0.072959046865381294
     svm(1)_z(21) c_e_svm(1)_p_def(42)_ 0.10585171083717353
     svm(1)_z(21) c_e_svm(1)_p_def(43)_ -0.15178878707027596
     svm(1)_z(21) c_e_svm(1)_p_def(44)_ -0.027917775458208005
     svm(1)_z(21) c_e_svm(1)_p_def(45)_ 0.068339062247428001
     svm(1)_z(21) c_e_svm(1)_p_def(46)_ 0.046142120428106725
     svm(1)_z(21) c_e_svm(1)_p_def(47)_ -0.014803985131161462
     svm(1)_z(21) c_e_svm(1)_p_def(48)_ 0.11048132334722718
     svm(1)_z(21) c_e_svm(1)_p_def(49)_ 0.1595876672344009
     svm(1)_z(22) c_u_crossed_ -1.2716345900033077
     svm(1)_z(22) c_u_svm(1)_z_le_alpha(22)_ 1
     svm(1)_z(22) c_u_svm(1)_z_ge_neg_alpha(22)_ -1
     svm(1)_z(22) c_u_svm(1)_z_ge_alpha_if_pos(22)_ -1
     svm(1)_z(22) c_u_svm(1)_z_le_neg_alpha_if_neg(22)_ 1
     svm(1)_z(22) c_e_svm(1)_p_def(0)_ -1.1584564236396808
     svm(1)_z(22) c_e_svm(1)_p_def(1)_ -1.0904833250752568
     svm(1)_z(22) c_e_svm(1)_p_def(2)_ -1.123447435931991
     svm(1)_z(22) c_e_svm(1)_p_def(3)_ -0.61232215034831694
     svm(1)_z(22) c_e_svm(1)_p_def(4)_ -0.64645160507310107
     svm(1)_z(22) c_e_svm(1)_p_def(5)_ -0.73879931799700471
     svm(1)_z(22) c_e_svm(1)_p_def(6)_ -0.44451579388055507
     svm(1)_z(22) c_e_svm(1)_p_def(7)_ -0.43986135170201773
     svm(1)_z(22) c_e_svm(1)_p_def(8)_ -0.87286533140902112
     svm(1)_z(22) c_e_svm(1)_p_def(9)_ -0.15154132765537237
     svm(1)_z(22) c_e_svm(1)_p_def(10)_ -0.51759622953799211
     svm(1)_z(22) c_e_svm(1)_p_def(11)_ -0.51381767962151259
     svm(1)_z(22) c_e_svm(1)_p_def(12)_ -0.86417108184419567
     svm(1)_z(22) c_e_svm(1)_p_def(13)_ -0.88807378913544865
     svm(1)_z(22) c_e_svm(1)_p_def(14)_ -0.9460175321868689
     svm(1)_z(22) c_e_svm(1)_p_def(15)_ -0.95171163259524971
     svm(1)_z(22) c_e_svm(1)_p_def(16)_ -0.10946006710638866
     svm(1)_z(22) c_e_svm(1)_p_def(17)_ -0.56502259009483502
     svm(1)_z(22) c_e_svm(1)_p_def(18)_ -1.031831802217215
     svm(1)_z(22) c_e_svm(1)_p_def(19)_ -0.38012148536831747
     svm(1)_z(22) c_e_svm(1)_p_def(20)_ -0.61166340325076718
     svm(1)_z(22) c_e_svm(1)_p_def(21)_ -1.020985610733788
     svm(1)_z(22) c_e_svm(1)_p_def(22)_ -1.2703863101004496
     svm(1)_z(22) c_e_svm(1)_p_def(23)_ -0.69620906446699404
     svm(1)_z(22) c_e_svm(1)_p_def(24)_ -0.64488198762060889
     svm(1)_z(22) c_e_svm(1)_p_def(25)_ 0.14235677313737929
     svm(1)_z(22) c_e_svm(1)_p_def(26)_ -0.085671057358896435
     svm(1)_z(22) c_e_svm(1)_p_def(27)_ 0.028535802058498913
     svm(1)_z(22) c_e_svm(1)_p_def(28)_ 0.053648380305170579
     svm(1)_z(22) c_e_svm(1)_p_def(29)_ -0.041681729476509985
     svm(1)_z(22) c_e_svm(1)_p_def(30)_ 0.13527988048767645
     svm(1)_z(22) c_e_svm(1)_p_def(31)_ -0.017235607589784402
     svm(1)_z(22) c_e_svm(1)_p_def(32)_ -0.099483910116317104
     svm(1)_z(22) c_e_svm(1)_p_def(33)_ -0.15512879503248556
     svm(1)_z(22) c_e_svm(1)_p_def(34)_ -0.10423760160780075
     svm(1)_z(22) c_e_svm(1)_p_def(35)_ -0.00045448752921238567
     svm(1)_z(22) c_e_svm(1)_p_def(36)_ -0.22918498879340074
     svm(1)_z(22) c_e_svm(1)_p_def(37)_ -0.10146197750642849
     svm(1)_z(22) c_e_svm(1)_p_def(38)_ -0.30025109878430578
     svm(1)_z(22) c_e_svm(1)_p_def(39)_ -0.18044632251889095
     svm(1)_z(22) c_e_svm(1)_p_def(40)_ 0.091017842190015755
     svm(1)_z(22) c_e_svm(1)_p_def(41)_ 0.030767976151507975
     svm(1)_z(22) c_e_svm(1)_p_def(42)_ 0.12366789525828323
     svm(1)_z(22) c_e_svm(1)_p_def(43)_ -0.096256026233481687
     svm(1)_z(22) c_e_svm(1)_p_def(44)_ -0.04508728580913024
     svm(1)_z(22) c_e_svm(1)_p_def(45)_ 0.091837143784702938
     svm(1)_z(22) c_e_svm(1)_p_def(46)_ 0.080005788419469107
     svm(1)_z(22) c_e_svm(1)_p_def(47)_ -0.013893897830976526
     svm(1)_z(22) c_e_svm(1)_p_def(48)_ 0.12351221372243562
     svm(1)_z(22) c_e_svm(1)_p_def(49)_ 0.14698819579461125
     svm(1)_z(23) c_u_crossed_ -0.96078915315268243
     svm(1)_z(23) c_u_svm(1)_z_le_alpha(23)_ 1
     svm(1)_z(23) c_u_svm(1)_z_ge_neg_alpha(23)_ -1
     svm(1)_z(23) c_u_svm(1)_z_ge_alpha_if_pos(23)_ -1
     svm(1)_z(23) c_u_svm(1)_z_le_neg_alpha_if_neg(23)_ 1
     svm(1)_z(23) c_e_svm(1)_p_def(0)_ -0.94755386125148422
     svm(1)_z(23) c_e_svm(1)_p_def(1)_ -0.93102156374965528
     svm(1)_z(23) c_e_svm(1)_p_def(2)_ -0.7416382465726612
     svm(1)_z(23) c_e_svm(1)_p_def(3)_ -1.1008989607663429
     svm(1)_z(23) c_e_svm(1)_p_def(4)_ -1.2628847430489176
     svm(1)_z(23) c_e_svm(1)_p_def(5)_ -1.1141721871569803
     svm(1)_z(23) c_e_svm(1)_p_def(6)_ -1.0149938900013575
     svm(1)_z(23) c_e_svm(1)_p_def(7)_ -0.2060819403918106
     svm(1)_z(23) c_e_svm(1)_p_def(8)_ -0.94041869716114912
     svm(1)_z(23) c_e_svm(1)_p_def(9)_ -0.19385150371699067
     svm(1)_z(23) c_e_svm(1)_p_def(10)_ -0.84818841990029037
     svm(1)_z(23) c_e_svm(1)_p_def(11)_ -0.21114522608142011
     svm(1)_z(23) c_e_svm(1)_p_def(12)_ -1.3329182157907757
     svm(1)_z(23) c_e_svm(1)_p_def(13)_ -1.1293313615752547
     svm(1)_z(23) c_e_svm(1)_p_def(14)_ -0.66750014406406732
     svm(1)_z(23) c_e_svm(1)_p_def(15)_ -1.21385532995434
     svm(1)_z(23) c_e_svm(1)_p_def(16)_ -0.17254593276001107
     svm(1)_z(23) c_e_svm(1)_p_def(17)_ -0.29078136904995205
     svm(1)_z(23) c_e_svm(1)_p_def(18)_ -0.72415506978677002
     svm(1)_z(23) c_e_svm(1)_p_def(19)_ -0.20037891037738595
     svm(1)_z(23) c_e_svm(1)_p_def(20)_ -0.33511076209146695
     svm(1)_z(23) c_e_svm(1)_p_def(21)_ -1.0456749882381349
     svm(1)_z(23) c_e_svm(1)_p_def(22)_ -0.69620906446699404
     svm(1)_z(23) c_e_svm(1)_p_def(23)_ -1.1456945759638462
     svm(1)_z(23) c_e_svm(1)_p_def(24)_ -0.46171014479082895
     svm(1)_z(23) c_e_svm(1)_p_def(25)_ 0.10326210208132218
     svm(1)_z(23) c_e_svm(1)_p_def(26)_ -0.12060466737999014
     svm(1)_z(23) c_e_svm(1)_p_def(27)_ -0.0001099379431458436
     svm(1)_z(23) c_e_svm(1)_p_def(28)_ 0.10063588251064087
     svm(1)_z(23) c_e_svm(1)_p_def(29)_ -0.00061001786578274153
     svm(1)_z(23) c_e_svm(1)_p_def(30)_ 0.089215459646937889
     svm(1)_z(23) c_e_svm(1)_p_def(31)_ -0.049856194632235729
     svm(1)_z(23) c_e_svm(1)_p_def(32)_ -0.29656608936397794
     svm(1)_z(23) c_e_svm(1)_p_def(33)_ 0.10537162240796247
     svm(1)_z(23) c_e_svm(1)_p_def(34)_ -0.011239590405937472
     svm(1)_z(23) c_e_svm(1)_p_def(35)_ 0.077050254386431899
     svm(1)_z(23) c_e_svm(1)_p_def(36)_ 0.032302937217854072
     svm(1)_z(23) c_e_svm(1)_p_def(37)_ -0.091533272928830026
     svm(1)_z(23) c_e_svm(1)_p_def(38)_ 0.017010809614900854
     svm(1)_z(23) c_e_svm(1)_p_def(39)_ 0.059560992497349342
     svm(1)_z(23) c_e_svm(1)_p_def(40)_ 0.065552668742317716
     svm(1)_z(23) c_e_svm(1)_p_def(41)_ -0.13462388395233876
     svm(1)_z(23) c_e_svm(1)_p_def(42)_ 0.068537733931806052
     svm(1)_z(23) c_e_svm(1)_p_def(43)_ -0.21028966560329188
     svm(1)_z(23) c_e_svm(1)_p_def(44)_ 0.072616432737972275
     svm(1)_z(23) c_e_svm(1)_p_def(45)_ 0.037734787136013914
     svm(1)_z(23) c_e_svm(1)_p_def(46)_ 0.12465837004973743
     svm(1)_z(23) c_e_svm(1)_p_def(47)_ -0.015876013719127363
     svm(1)_z(23) c_e_svm(1)_p_def(48)_ 0.077575797168028218
     svm(1)_z(23) c_e_svm(1)_p_def(49)_ 0.080130513095701753
     svm(1)_z(24) c_u_crossed_ -0.5908213333727691
     svm(1)_z(24) c_u_svm(1)_z_le_alpha(24)_ 1
     svm(1)_z(24) c_u_svm(1)_z_ge_neg_alpha(24)_ -1
     svm(1)_z(24) c_u_svm(1)_z_ge_alpha_if_pos(24)_ -1
     svm(1)_z(24) c_u_svm(1)_z_le_neg_alpha_if_neg(24)_ 1
     svm(1)_z(24) c_e_svm(1)_p_def(0)_ -0.38938356891855863
     svm(1)_z(24) c_e_svm(1)_p_def(1)_ -0.31991506195464492
     svm(1)_z(24) c_e_svm(1)_p_def(2)_ -0.29505698671676822
     svm(1)_z(24) c_e_svm(1)_p_def(3)_ -0.45190700733965028
     svm(1)_z(24) c_e_svm(1)_p_def(4)_ -0.34363726207301071
     svm(1)_z(24) c_e_svm(1)_p_def(5)_ -0.26863346658713444
     svm(1)_z(24) c_e_svm(1)_p_def(6)_ -0.37132791797647985
     svm(1)_z(24) c_e_svm(1)_p_def(7)_ -1.1834731675325376
     svm(1)_z(24) c_e_svm(1)_p_def(8)_ -0.17890928958500457
     svm(1)_z(24) c_e_svm(1)_p_def(9)_ -0.76241690549532803
     svm(1)_z(24) c_e_svm(1)_p_def(10)_ -0.14682124518307008
     svm(1)_z(24) c_e_svm(1)_p_def(11)_ -1.0394167435072028
     svm(1)_z(24) c_e_svm(1)_p_def(12)_ -0.46262198004860861
     svm(1)_z(24) c_e_svm(1)_p_def(13)_ -0.32894026185311709
     svm(1)_z(24) c_e_svm(1)_p_def(14)_ -0.64987390300341019
     svm(1)_z(24) c_e_svm(1)_p_def(15)_ -0.50349763303023642
     svm(1)_z(24) c_e_svm(1)_p_def(16)_ -0.41064176688911169
     svm(1)_z(24) c_e_svm(1)_p_def(17)_ -1.2557397488262243
     svm(1)_z(24) c_e_svm(1)_p_def(18)_ -0.62424533841518892
     svm(1)_z(24) c_e_svm(1)_p_def(19)_ -1.134725280658877
     svm(1)_z(24) c_e_svm(1)_p_def(20)_ -1.2866332937410281
     svm(1)_z(24) c_e_svm(1)_p_def(21)_ -0.33609396716770673
     svm(1)_z(24) c_e_svm(1)_p_def(22)_ -0.64488198762060889
     svm(1)_z(24) c_e_svm(1)_p_def(23)_ -0.46171014479082895
     svm(1)_z(24) c_e_svm(1)_p_def(24)_ -1.2521687058837929
     svm(1)_z(24) c_e_svm(1)_p_def(25)_ -0.023041004047998553
     svm(1)_z(24) c_e_svm(1)_p_def(26)_ -0.087036394494417926
     svm(1)_z(24) c_e_svm(1)_p_def(27)_ -0.029502435533103499
     svm(1)_z(24) c_e_svm(1)_p_def(28)_ 0.062939301439313686
     svm(1)_z(24) c_e_svm(1)_p_def(29)_ 0.052781134373523206
     svm(1)_z(24) c_e_svm(1)_p_def(30)_ -0.0089681248275742531
     svm(1)_z(24) c_e_svm(1)_p_def(31)_ 0.03960344733386785
     svm(1)_z(24) c_e_svm(1)_p_def(32)_ -0.11366707847979007
     svm(1)_z(24) c_e_svm(1)_p_def(33)_ -0.00032261308949621537
     svm(1)_z(24) c_e_svm(1)_p_def(34)_ 0.03699176568833161
     svm(1)_z(24) c_e_svm(1)_p_def(35)_ -0.14240299786633909
     svm(1)_z(24) c_e_svm(1)_p_def(36)_ -0.11117761481764689
     svm(1)_z(24) c_e_svm(1)_p_def(37)_ -0.055628429373183158
     svm(1)_z(24) c_e_svm(1)_p_def(38)_ -0.25989599996996599
     svm(1)_z(24) c_e_svm(1)_p_def(39)_ 0.028310717876604191
     svm(1)_z(24) c_e_svm(1)_p_def(40)_ -0.030591685674193625
     svm(1)_z(24) c_e_svm(1)_p_def(41)_ -0.27196519493534654
     svm(1)_z(24) c_e_svm(1)_p_def(42)_ -0.054357163473066544
     svm(1)_z(24) c_e_svm(1)_p_def(43)_ -0.111425884514638
     svm(1)_z(24) c_e_svm(1)_p_def(44)_ -0.14129611060272459
     svm(1)_z(24) c_e_svm(1)_p_def(45)_ -0.013180962085706793
     svm(1)_z(24) c_e_svm(1)_p_def(46)_ -0.057089535010835107
     svm(1)_z(24) c_e_svm(1)_p_def(47)_ -0.054896553622020644
     svm(1)_z(24) c_e_svm(1)_p_def(48)_ 0.052920128047277679
     svm(1)_z(24) c_e_svm(1)_p_def(49)_ -0.019393185513181338
     svm(1)_z(25) c_u_crossed_ 0.15574557076439635
     svm(1)_z(25) c_u_svm(1)_z_le_alpha(25)_ 1
     svm(1)_z(25) c_u_svm(1)_z_ge_neg_alpha(25)_ -1
     svm(1)_z(25) c_u_svm(1)_z_ge_alpha_if_pos(25)_ -1
     svm(1)_z(25) c_u_svm(1)_z_le_neg_alpha_if_neg(25)_ 1
     svm(1)_z(25) c_e_svm(1)_p_def(0)_ 0.16025741751408609
     svm(1)_z(25) c_e_svm(1)_p_def(1)_ 0.16031809991058593
     svm(1)_z(25) c_e_svm(1)_p_def(2)_ 0.16295478551971568
     svm(1)_z(25) c_e_svm(1)_p_def(3)_ 0.088264116771951659
     svm(1)_z(25) c_e_svm(1)_p_def(4)_ 0.086046707468401873
     svm(1)_z(25) c_e_svm(1)_p_def(5)_ 0.13563027005779266
     svm(1)_z(25) c_e_svm(1)_p_def(6)_ 0.037472683925619699
     svm(1)_z(25) c_e_svm(1)_p_def(7)_ -0.22505285952540216
     svm(1)_z(25) c_e_svm(1)_p_def(8)_ 0.1635152732197831
     svm(1)_z(25) c_e_svm(1)_p_def(9)_ -0.22135614993821207
     svm(1)_z(25) c_e_svm(1)_p_def(10)_ 0.13043373860003821
     svm(1)_z(25) c_e_svm(1)_p_def(11)_ -0.1528970557995907
     svm(1)_z(25) c_e_svm(1)_p_def(12)_ 0.13039503809299546
     svm(1)_z(25) c_e_svm(1)_p_def(13)_ 0.15285015074292743
     svm(1)_z(25) c_e_svm(1)_p_def(14)_ 0.12080261987035916
     svm(1)_z(25) c_e_svm(1)_p_def(15)_ 0.13026360083480248
     svm(1)_z(25) c_e_svm(1)_p_def(16)_ -0.36198299509638787
     svm(1)_z(25) c_e_svm(1)_p_def(17)_ -0.18098630286370657
     svm(1)_z(25) c_e_svm(1)_p_def(18)_ 0.12783994353711495
     svm(1)_z(25) c_e_svm(1)_p_def(19)_ -0.24731471129426749
     svm(1)_z(25) c_e_svm(1)_p_def(20)_ -0.076230503969772379
     svm(1)_z(25) c_e_svm(1)_p_def(21)_ 0.16337598752546248
     svm(1)_z(25) c_e_svm(1)_p_def(22)_ 0.14235677313737929
     svm(1)_z(25) c_e_svm(1)_p_def(23)_ 0.10326210208132218
     svm(1)_z(25) c_e_svm(1)_p_def(24)_ -0.023041004047998553
     svm(1)_z(25) c_e_svm(1)_p_def(25)_ -3.4438956245409589
     svm(1)_z(25) c_e_svm(1)_p_def(26)_ -0.26824194822326602
     svm(1)_z(25) c_e_svm(1)_p_def(27)_ -0.88902486855486385
     svm(1)_z(25) c_e_svm(1)_p_def(28)_ -1.3571263741435429
     svm(1)_z(25) c_e_svm(1)_p_def(29)_ -0.68016950800984988
     svm(1)_z(25) c_e_svm(1)_p_def(30)_ -2.8206000106901321
     svm(1)_z(25) c_e_svm(1)_p_def(31)_ -0.80986263393874713
     svm(1)_z(25) c_e_svm(1)_p_def(32)_ -0.09450788209883508
     svm(1)_z(25) c_e_svm(1)_p_def(33)_ -1.0541352262630332
     svm(1)_z(25) c_e_svm(1)_p_def(34)_ -0.33613192959278987
     svm(1)_z(25) c_e_svm(1)_p_def(35)_ -1.0334191374827326
     svm(1)_z(25) c_e_svm(1)_p_def(36)_ -0.82124466735584989
     svm(1)_z(25) c_e_svm(1)_p_def(37)_ -1.0991348273224397
     svm(1)_z(25) c_e_svm(1)_p_def(38)_ -0.21179393194738338
     svm(1)_z(25) c_e_svm(1)_p_def(39)_ -0.27091373430582327
     svm(1)_z(25) c_e_svm(1)_p_def(40)_ -2.7171598294395025
     svm(1)_z(25) c_e_svm(1)_p_def(41)_ -2.051626344012262
     svm(1)_z(25) c_e_svm(1)_p_def(42)_ -1.9595302845245177
     svm(1)_z(25) c_e_svm(1)_p_def(43)_ -0.40069283438658881
     svm(1)_z(25) c_e_svm(1)_p_def(44)_ -0.88046846038347271
     svm(1)_z(25) c_e_svm(1)_p_def(45)_ -1.289092844758964
     svm(1)_z(25) c_e_svm(1)_p_def(46)_ -1.5937652139025715
     svm(1)_z(25) c_e_svm(1)_p_def(47)_ -1.0094975276183182
     svm(1)_z(25) c_e_svm(1)_p_def(48)_ -1.6256165914244574
     svm(1)_z(25) c_e_svm(1)_p_def(49)_ -3.2317682367864644
     svm(1)_z(26) c_u_crossed_ -0.080937554586288665
     svm(1)_z(26) c_u_svm(1)_z_le_alpha(26)_ 1
     svm(1)_z(26) c_u_svm(1)_z_ge_neg_alpha(26)_ -1
     svm(1)_z(26) c_u_svm(1)_z_ge_alpha_if_pos(26)_ -1
     svm(1)_z(26) c_u_svm(1)_z_le_neg_alpha_if_neg(26)_ 1
     svm(1)_z(26) c_e_svm(1)_p_def(0)_ -0.10319426875713943
     svm(1)_z(26) c_e_svm(1)_p_def(1)_ -0.10217226024374021
     svm(1)_z(26) c_e_svm(1)_p_def(2)_ -0.1540386492229355
     svm(1)_z(26) c_e_svm(1)_p_def(3)_ -0.018198632616599306
     svm(1)_z(26) c_e_svm(1)_p_def(4)_ -0.06273842709755513
     svm(1)_z(26) c_e_svm(1)_p_def(5)_ -0.070932567171974853
     svm(1)_z(26) c_e_svm(1)_p_def(6)_ -0.041210066478111096
     svm(1)_z(26) c_e_svm(1)_p_def(7)_ -0.10601081408998382
     svm(1)_z(26) c_e_svm(1)_p_def(8)_ -0.1189966076298886
     svm(1)_z(26) c_e_svm(1)_p_def(9)_ -0.14996886015494809
     svm(1)_z(26) c_e_svm(1)_p_def(10)_ -0.17609331755787777
     svm(1)_z(26) c_e_svm(1)_p_def(11)_ -0.066771660744904954
     svm(1)_z(26) c_e_svm(1)_p_def(12)_ -0.048116863055218798
     svm(1)_z(26) c_e_svm(1)_p_def(13)_ -0.069137414760232122
     svm(1)_z(26) c_e_svm(1)_p_def(14)_ -0.047665708897976361
     svm(1)_z(26) c_e_svm(1)_p_def(15)_ -0.035688775715737156
     svm(1)_z(26) c_e_svm(1)_p_def(16)_ -0.31737112310954507
     svm(1)_z(26) c_e_svm(1)_p_def(17)_ -0.071024036541403393
     svm(1)_z(26) c_e_svm(1)_p_def(18)_ -0.057439889605553157
     svm(1)_z(26) c_e_svm(1)_p_def(19)_ -0.1012539948674847
     svm(1)_z(26) c_e_svm(1)_p_def(20)_ -0.10982037321835685
     svm(1)_z(26) c_e_svm(1)_p_def(21)_ -0.12062190012085169
     svm(1)_z(26) c_e_svm(1)_p_def(22)_ -0.085671057358896435
     svm(1)_z(26) c_e_svm(1)_p_def(23)_ -0.12060466737999014
     svm(1)_z(26) c_e_svm(1)_p_def(24)_ -0.087036394494417926
     svm(1)_z(26) c_e_svm(1)_p_def(25)_ -0.26824194822326602
     svm(1)_z(26) c_e_svm(1)_p_def(26)_ -1.7279052081741788
     svm(1)_z(26) c_e_svm(1)_p_def(27)_ -1.5690689606982016
     svm(1)_z(26) c_e_svm(1)_p_def(28)_ -1.2658785824489276
     svm(1)_z(26) c_e_svm(1)_p_def(29)_ -1.5217661277220436
     svm(1)_z(26) c_e_svm(1)_p_def(30)_ -0.81768622019292192
     svm(1)_z(26) c_e_svm(1)_p_def(31)_ -1.6267577793848664
     svm(1)_z(26) c_e_svm(1)_p_def(32)_ -1.0860961103654669
     svm(1)_z(26) c_e_svm(1)_p_def(33)_ -0.021441554949715502
     svm(1)_z(26) c_e_svm(1)_p_def(34)_ -1.4211603991173409
     svm(1)_z(26) c_e_svm(1)_p_def(35)_ -0.032105701221242955
     svm(1)_z(26) c_e_svm(1)_p_def(36)_ 0.016156367118025122
     svm(1)_z(26) c_e_svm(1)_p_def(37)_ -0.49590572022724067
     svm(1)_z(26) c_e_svm(1)_p_def(38)_ -0.16355178509937754
     svm(1)_z(26) c_e_svm(1)_p_def(39)_ -0.77973388393891763
     svm(1)_z(26) c_e_svm(1)_p_def(40)_ -0.54675754017895717
     svm(1)_z(26) c_e_svm(1)_p_def(41)_ -0.28573424008471748
     svm(1)_z(26) c_e_svm(1)_p_def(42)_ -0.63893466538803589
     svm(1)_z(26) c_e_svm(1)_p_def(43)_ -0.61406437229446231
     svm(1)_z(26) c_e_svm(1)_p_def(44)_ 0.035617239862214545
     svm(1)_z(26) c_e_svm(1)_p_def(45)_ -0.010123783496321828
     svm(1)_z(26) c_e_svm(1)_p_def(46)_ -0.21843730041070458
     svm(1)_z(26) c_e_svm(1)_p_def(47)_ -0.011458875382711731
     svm(1)_z(26) c_e_svm(1)_p_def(48)_ -0.40418072795816418
     svm(1)_z(26) c_e_svm(1)_p_def(49)_ -0.53500046197900719
     svm(1)_z(27) c_u_crossed_ 0.016778514727311261
     svm(1)_z(27) c_u_svm(1)_z_le_alpha(27)_ 1
     svm(1)_z(27) c_u_svm(1)_z_ge_neg_alpha(27)_ -1
     svm(1)_z(27) c_u_svm(1)_z_ge_alpha_if_pos(27)_ -1
     svm(1)_z(27) c_u_svm(1)_z_le_neg_alpha_if_neg(27)_ 1
     svm(1)_z(27) c_e_svm(1)_p_def(0)_ 0.024232651893560789
     svm(1)_z(27) c_e_svm(1)_p_def(1)_ 0.031978805005215633
     svm(1)_z(27) c_e_svm(1)_p_def(2)_ -0.021405900971688596
     svm(1)_z(27) c_e_svm(1)_p_def(3)_ 0.077693113577125536
     svm(1)_z(27) c_e_svm(1)_p_def(4)_ 0.040974273993696103
     svm(1)_z(27) c_e_svm(1)_p_def(5)_ 0.048440618416275269
     svm(1)_z(27) c_e_svm(1)_p_def(6)_ 0.027387782316448034
     svm(1)_z(27) c_e_svm(1)_p_def(7)_ -0.11647753942362725
     svm(1)_z(27) c_e_svm(1)_p_def(8)_ -0.00019574102134778393
     svm(1)_z(27) c_e_svm(1)_p_def(9)_ -0.10498485596757881
     svm(1)_z(27) c_e_svm(1)_p_def(10)_ -0.0095698069739753172
     svm(1)_z(27) c_e_svm(1)_p_def(11)_ -0.069803443844036861
     svm(1)_z(27) c_e_svm(1)_p_def(12)_ 0.068648182545756331
     svm(1)_z(27) c_e_svm(1)_p_def(13)_ 0.055324753919220634
     svm(1)_z(27) c_e_svm(1)_p_def(14)_ 0.047061677549254652
     svm(1)_z(27) c_e_svm(1)_p_def(15)_ 0.064599562761598422
     svm(1)_z(27) c_e_svm(1)_p_def(16)_ -0.32284573423980301
     svm(1)_z(27) c_e_svm(1)_p_def(17)_ -0.067633359126649278
     svm(1)_z(27) c_e_svm(1)_p_def(18)_ 0.033535914855673102
     svm(1)_z(27) c_e_svm(1)_p_def(19)_ -0.11223878907262251
     svm(1)_z(27) c_e_svm(1)_p_def(20)_ -0.069848677092844286
     svm(1)_z(27) c_e_svm(1)_p_def(21)_ 0.019000264459014954
     svm(1)_z(27) c_e_svm(1)_p_def(22)_ 0.028535802058498913
     svm(1)_z(27) c_e_svm(1)_p_def(23)_ -0.0001099379431458436
     svm(1)_z(27) c_e_svm(1)_p_def(24)_ -0.029502435533103499
     svm(1)_z(27) c_e_svm(1)_p_def(25)_ -0.88902486855486385
     svm(1)_z(27) c_e_svm(1)_p_def(26)_ -1.5690689606982016
     svm(1)_z(27) c_e_svm(1)_p_def(27)_ -2.2591833533709136
     svm(1)_z(27) c_e_svm(1)_p_def(28)_ -1.8889611518645755
     svm(1)_z(27) c_e_svm(1)_p_def(29)_ -1.5265747490863633
     svm(1)_z(27) c_e_svm(1)_p_def(30)_ -1.8618094215978049
     svm(1)_z(27) c_e_svm(1)_p_def(31)_ -1.6871147099337533
     svm(1)_z(27) c_e_svm(1)_p_def(32)_ -0.75585998509245045
     svm(1)_z(27) c_e_svm(1)_p_def(33)_ -0.26924164904224873
     svm(1)_z(27) c_e_svm(1)_p_def(34)_ -1.4771507798039623
     svm(1)_z(27) c_e_svm(1)_p_def(35)_ -0.11840344898243725
     svm(1)_z(27) c_e_svm(1)_p_def(36)_ 0.021796588463993766
     svm(1)_z(27) c_e_svm(1)_p_def(37)_ -0.62396285837210974
     svm(1)_z(27) c_e_svm(1)_p_def(38)_ -0.26222007416111331
     svm(1)_z(27) c_e_svm(1)_p_def(39)_ -0.88160546612836155
     svm(1)_z(27) c_e_svm(1)_p_def(40)_ -1.3378573546224219
     svm(1)_z(27) c_e_svm(1)_p_def(41)_ -0.5578749090131232
     svm(1)_z(27) c_e_svm(1)_p_def(42)_ -1.4061868221439309
     svm(1)_z(27) c_e_svm(1)_p_def(43)_ -0.46360263076740643
     svm(1)_z(27) c_e_svm(1)_p_def(44)_ -0.092425854548474504
     svm(1)_z(27) c_e_svm(1)_p_def(45)_ -0.074477198951435619
     svm(1)_z(27) c_e_svm(1)_p_def(46)_ -0.57102206976356884
     svm(1)_z(27) c_e_svm(1)_p_def(47)_ 0.030103447480657658
     svm(1)_z(27) c_e_svm(1)_p_def(48)_ -0.58370717909748149
     svm(1)_z(27) c_e_svm(1)_p_def(49)_ -1.3228668325830428
     svm(1)_z(28) c_u_crossed_ 0.091343526738275976
     svm(1)_z(28) c_u_svm(1)_z_le_alpha(28)_ 1
     svm(1)_z(28) c_u_svm(1)_z_ge_neg_alpha(28)_ -1
     svm(1)_z(28) c_u_svm(1)_z_ge_alpha_if_pos(28)_ -1
     svm(1)_z(28) c_u_svm(1)_z_le_neg_alpha_if_neg(28)_ 1
     svm(1)_z(28) c_e_svm(1)_p_def(0)_ 0.079891293148387027
     svm(1)_z(28) c_e_svm(1)_p_def(1)_ 0.073221291199638897
     svm(1)_z(28) c_e_svm(1)_p_def(2)_ -0.0024311383622358795
     svm(1)_z(28) c_e_svm(1)_p_def(3)_ 0.13011542275242147
     svm(1)_z(28) c_e_svm(1)_p_def(4)_ 0.13919423747785303
     svm(1)_z(28) c_e_svm(1)_p_def(5)_ 0.11663248910121386
     svm(1)_z(28) c_e_svm(1)_p_def(6)_ 0.12287576618713388
     svm(1)_z(28) c_e_svm(1)_p_def(7)_ -0.032597632091060091
     svm(1)_z(28) c_e_svm(1)_p_def(8)_ 0.062374328151838354
     svm(1)_z(28) c_e_svm(1)_p_def(9)_ 0.014778679764422376
     svm(1)_z(28) c_e_svm(1)_p_def(10)_ 0.052422665540245744
     svm(1)_z(28) c_e_svm(1)_p_def(11)_ -0.10093913594437952
     svm(1)_z(28) c_e_svm(1)_p_def(12)_ 0.14795901621757246
     svm(1)_z(28) c_e_svm(1)_p_def(13)_ 0.12312444019368327
     svm(1)_z(28) c_e_svm(1)_p_def(14)_ 0.09229681579705995
     svm(1)_z(28) c_e_svm(1)_p_def(15)_ 0.1356142332444914
     svm(1)_z(28) c_e_svm(1)_p_def(16)_ -0.23224364305184972
     svm(1)_z(28) c_e_svm(1)_p_def(17)_ -0.0029693063471891157
     svm(1)_z(28) c_e_svm(1)_p_def(18)_ 0.07853505989455549
     svm(1)_z(28) c_e_svm(1)_p_def(19)_ -0.028034483110826319
     svm(1)_z(28) c_e_svm(1)_p_def(20)_ 0.0038028458184684033
     svm(1)_z(28) c_e_svm(1)_p_def(21)_ 0.10279460906991518
     svm(1)_z(28) c_e_svm(1)_p_def(22)_ 0.053648380305170579
     svm(1)_z(28) c_e_svm(1)_p_def(23)_ 0.10063588251064087
     svm(1)_z(28) c_e_svm(1)_p_def(24)_ 0.062939301439313686
     svm(1)_z(28) c_e_svm(1)_p_def(25)_ -1.3571263741435429
     svm(1)_z(28) c_e_svm(1)_p_def(26)_ -1.2658785824489276
     svm(1)_z(28) c_e_svm(1)_p_def(27)_ -1.8889611518645755
     svm(1)_z(28) c_e_svm(1)_p_def(28)_ -2.7723132564187076
     svm(1)_z(28) c_e_svm(1)_p_def(29)_ -2.0868612013613941
     svm(1)_z(28) c_e_svm(1)_p_def(30)_ -2.0612137681045182
     svm(1)_z(28) c_e_svm(1)_p_def(31)_ -1.9415135293380366
     svm(1)_z(28) c_e_svm(1)_p_def(32)_ -0.49341405043285236
     svm(1)_z(28) c_e_svm(1)_p_def(33)_ -0.99071283239295693
     svm(1)_z(28) c_e_svm(1)_p_def(34)_ -1.5199388247315773
     svm(1)_z(28) c_e_svm(1)_p_def(35)_ -0.21279199816708411
     svm(1)_z(28) c_e_svm(1)_p_def(36)_ -0.18188944210448546
     svm(1)_z(28) c_e_svm(1)_p_def(37)_ -1.3991913734118562
     svm(1)_z(28) c_e_svm(1)_p_def(38)_ -0.66993191399114982
     svm(1)_z(28) c_e_svm(1)_p_def(39)_ -1.3136458952054892
     svm(1)_z(28) c_e_svm(1)_p_def(40)_ -1.6937682854803957
     svm(1)_z(28) c_e_svm(1)_p_def(41)_ -0.4845319261734336
     svm(1)_z(28) c_e_svm(1)_p_def(42)_ -1.2134467421105921
     svm(1)_z(28) c_e_svm(1)_p_def(43)_ -0.91589087091400168
     svm(1)_z(28) c_e_svm(1)_p_def(44)_ -0.52638777660108271
     svm(1)_z(28) c_e_svm(1)_p_def(45)_ -0.35569065569216229
     svm(1)_z(28) c_e_svm(1)_p_def(46)_ -0.75759291577621457
     svm(1)_z(28) c_e_svm(1)_p_def(47)_ -0.24307906220389608
     svm(1)_z(28) c_e_svm(1)_p_def(48)_ -0.67451459504318845
     svm(1)_z(28) c_e_svm(1)_p_def(49)_ -1.5202858705934337
     svm(1)_z(29) c_u_crossed_ 0.010657370733133498
     svm(1)_z(29) c_u_svm(1)_z_le_alpha(29)_ 1
     svm(1)_z(29) c_u_svm(1)_z_ge_neg_alpha(29)_ -1
     svm(1)_z(29) c_u_svm(1)_z_ge_alpha_if_pos(29)_ -1
     svm(1)_z(29) c_u_svm(1)_z_le_neg_alpha_if_neg(29)_ 1
     svm(1)_z(29) c_e_svm(1)_p_def(0)_ -0.053385161103516127
     svm(1)_z(29) c_e_svm(1)_p_def(1)_ -0.077915003895367388
     svm(1)_z(29) c_e_svm(1)_p_def(2)_ -0.17730473278863612
     svm(1)_z(29) c_e_svm(1)_p_def(3)_ 0.067596861932808977
     svm(1)_z(29) c_e_svm(1)_p_def(4)_ 0.032330991445034513
     svm(1)_z(29) c_e_svm(1)_p_def(5)_ -0.015320219562104248
     svm(1)_z(29) c_e_svm(1)_p_def(6)_ 0.073785115036398147
     svm(1)_z(29) c_e_svm(1)_p_def(7)_ 0.019591960103512052
     svm(1)_z(29) c_e_svm(1)_p_def(8)_ -0.10225377366757257
     svm(1)_z(29) c_e_svm(1)_p_def(9)_ 0.028607154605008941
     svm(1)_z(29) c_e_svm(1)_p_def(10)_ -0.17236628821180433
     svm(1)_z(29) c_e_svm(1)_p_def(11)_ -0.032457920375261379
     svm(1)_z(29) c_e_svm(1)_p_def(12)_ 0.051450678084800527
     svm(1)_z(29) c_e_svm(1)_p_def(13)_ -0.004463665601773581
     svm(1)_z(29) c_e_svm(1)_p_def(14)_ 0.047674367411795773
     svm(1)_z(29) c_e_svm(1)_p_def(15)_ 0.062633722929200775
     svm(1)_z(29) c_e_svm(1)_p_def(16)_ -0.10098958094490604
     svm(1)_z(29) c_e_svm(1)_p_def(17)_ 0.03093697637709053
     svm(1)_z(29) c_e_svm(1)_p_def(18)_ 0.030875808437359542
     svm(1)_z(29) c_e_svm(1)_p_def(19)_ 0.021401845885780424
     svm(1)_z(29) c_e_svm(1)_p_def(20)_ 0.01607771234314645
     svm(1)_z(29) c_e_svm(1)_p_def(21)_ -0.065349650677621829
     svm(1)_z(29) c_e_svm(1)_p_def(22)_ -0.041681729476509985
     svm(1)_z(29) c_e_svm(1)_p_def(23)_ -0.00061001786578274153
     svm(1)_z(29) c_e_svm(1)_p_def(24)_ 0.052781134373523206
     svm(1)_z(29) c_e_svm(1)_p_def(25)_ -0.68016950800984988
     svm(1)_z(29) c_e_svm(1)_p_def(26)_ -1.5217661277220436
     svm(1)_z(29) c_e_svm(1)_p_def(27)_ -1.5265747490863633
     svm(1)_z(29) c_e_svm(1)_p_def(28)_ -2.0868612013613941
     svm(1)_z(29) c_e_svm(1)_p_def(29)_ -2.6411896168031559
     svm(1)_z(29) c_e_svm(1)_p_def(30)_ -1.0585154436118316
     svm(1)_z(29) c_e_svm(1)_p_def(31)_ -2.3485887894529029
     svm(1)_z(29) c_e_svm(1)_p_def(32)_ -0.99244077289061217
     svm(1)_z(29) c_e_svm(1)_p_def(33)_ -0.55921428573883469
     svm(1)_z(29) c_e_svm(1)_p_def(34)_ -1.6445144388663446
     svm(1)_z(29) c_e_svm(1)_p_def(35)_ -0.11279921161728347
     svm(1)_z(29) c_e_svm(1)_p_def(36)_ -0.19699709877329902
     svm(1)_z(29) c_e_svm(1)_p_def(37)_ -1.3894466242335599
     svm(1)_z(29) c_e_svm(1)_p_def(38)_ -0.44070176472496159
     svm(1)_z(29) c_e_svm(1)_p_def(39)_ -1.2339861879102012
     svm(1)_z(29) c_e_svm(1)_p_def(40)_ -0.79768347930522954
     svm(1)_z(29) c_e_svm(1)_p_def(41)_ -0.20823416063704786
     svm(1)_z(29) c_e_svm(1)_p_def(42)_ -0.57057906982737627
     svm(1)_z(29) c_e_svm(1)_p_def(43)_ -1.3651800589654037
     svm(1)_z(29) c_e_svm(1)_p_def(44)_ -0.30081645749668856
     svm(1)_z(29) c_e_svm(1)_p_def(45)_ -0.28796151904188821
     svm(1)_z(29) c_e_svm(1)_p_def(46)_ -0.39181515731215838
     svm(1)_z(29) c_e_svm(1)_p_def(47)_ -0.32752018770577412
     svm(1)_z(29) c_e_svm(1)_p_def(48)_ -0.52592413550382422
     svm(1)_z(29) c_e_svm(1)_p_def(49)_ -0.77089102713472379
     svm(1)_z(30) c_u_crossed_ 0.12480931889295437
     svm(1)_z(30) c_u_svm(1)_z_le_alpha(30)_ 1
     svm(1)_z(30) c_u_svm(1)_z_ge_neg_alpha(30)_ -1
     svm(1)_z(30) c_u_svm(1)_z_ge_alpha_if_pos(30)_ -1
     svm(1)_z(30) c_u_svm(1)_z_le_neg_alpha_if_neg(30)_ 1
     svm(1)_z(30) c_e_svm(1)_p_def(0)_ 0.15136448000736441
     svm(1)_z(30) c_e_svm(1)_p_def(1)_ 0.15809776691567407
     svm(1)_z(30) c_e_svm(1)_p_def(2)_ 0.14551587782462488
     svm(1)_z(30) c_e_svm(1)_p_def(3)_ 0.12496366730344599
     svm(1)_z(30) c_e_svm(1)_p_def(4)_ 0.10620967835791043
     svm(1)_z(30) c_e_svm(1)_p_def(5)_ 0.14187025610296095
     svm(1)_z(30) c_e_svm(1)_p_def(6)_ 0.060418170779237806
     svm(1)_z(30) c_e_svm(1)_p_def(7)_ -0.17035706756647268
     svm(1)_z(30) c_e_svm(1)_p_def(8)_ 0.14519920863601837
     svm(1)_z(30) c_e_svm(1)_p_def(9)_ -0.11350004759816375
     svm(1)_z(30) c_e_svm(1)_p_def(10)_ 0.13755199578284605
     svm(1)_z(30) c_e_svm(1)_p_def(11)_ -0.11407951248450642
     svm(1)_z(30) c_e_svm(1)_p_def(12)_ 0.14172161828789587
     svm(1)_z(30) c_e_svm(1)_p_def(13)_ 0.15418369411241567
     svm(1)_z(30) c_e_svm(1)_p_def(14)_ 0.12155861016534088
     svm(1)_z(30) c_e_svm(1)_p_def(15)_ 0.12821063760490936
     svm(1)_z(30) c_e_svm(1)_p_def(16)_ -0.35263482506027632
     svm(1)_z(30) c_e_svm(1)_p_def(17)_ -0.12671874367274163
     svm(1)_z(30) c_e_svm(1)_p_def(18)_ 0.11717485379638914
     svm(1)_z(30) c_e_svm(1)_p_def(19)_ -0.17524412621433666
     svm(1)_z(30) c_e_svm(1)_p_def(20)_ -0.053253903724469059
     svm(1)_z(30) c_e_svm(1)_p_def(21)_ 0.15215715920943423
     svm(1)_z(30) c_e_svm(1)_p_def(22)_ 0.13527988048767645
     svm(1)_z(30) c_e_svm(1)_p_def(23)_ 0.089215459646937889
     svm(1)_z(30) c_e_svm(1)_p_def(24)_ -0.0089681248275742531
     svm(1)_z(30) c_e_svm(1)_p_def(25)_ -2.8206000106901321
     svm(1)_z(30) c_e_svm(1)_p_def(26)_ -0.81768622019292192
     svm(1)_z(30) c_e_svm(1)_p_def(27)_ -1.8618094215978049
     svm(1)_z(30) c_e_svm(1)_p_def(28)_ -2.0612137681045182
     svm(1)_z(30) c_e_svm(1)_p_def(29)_ -1.0585154436118316
     svm(1)_z(30) c_e_svm(1)_p_def(30)_ -3.8313842356972478
     svm(1)_z(30) c_e_svm(1)_p_def(31)_ -1.297659013489824
     svm(1)_z(30) c_e_svm(1)_p_def(32)_ -0.24503057618128601
     svm(1)_z(30) c_e_svm(1)_p_def(33)_ -0.84607231851682818
     svm(1)_z(30) c_e_svm(1)_p_def(34)_ -0.89414352734613733
     svm(1)_z(30) c_e_svm(1)_p_def(35)_ -0.60255078601621159
     svm(1)_z(30) c_e_svm(1)_p_def(36)_ -0.33184853938396963
     svm(1)_z(30) c_e_svm(1)_p_def(37)_ -1.0025971729631775
     svm(1)_z(30) c_e_svm(1)_p_def(38)_ -0.24370549426689031
     svm(1)_z(30) c_e_svm(1)_p_def(39)_ -0.58983406538899041
     svm(1)_z(30) c_e_svm(1)_p_def(40)_ -3.1676517201171763
     svm(1)_z(30) c_e_svm(1)_p_def(41)_ -1.7826898703181113
     svm(1)_z(30) c_e_svm(1)_p_def(42)_ -2.5105047342678648
     svm(1)_z(30) c_e_svm(1)_p_def(43)_ -0.27762027700594422
     svm(1)_z(30) c_e_svm(1)_p_def(44)_ -0.48930963825296525
     svm(1)_z(30) c_e_svm(1)_p_def(45)_ -0.60630317884743312
     svm(1)_z(30) c_e_svm(1)_p_def(46)_ -1.3619574651555419
     svm(1)_z(30) c_e_svm(1)_p_def(47)_ -0.33469682395268879
     svm(1)_z(30) c_e_svm(1)_p_def(48)_ -1.2770827643646321
     svm(1)_z(30) c_e_svm(1)_p_def(49)_ -3.3378995648277736
     svm(1)_z(31) c_u_crossed_ -0.0014946039359974295
     svm(1)_z(31) c_u_svm(1)_z_le_alpha(31)_ 1
     svm(1)_z(31) c_u_svm(1)_z_ge_neg_alpha(31)_ -1
     svm(1)_z(31) c_u_svm(1)_z_ge_alpha_if_pos(31)_ -1
     svm(1)_z(31) c_u_svm(1)_z_le_neg_alpha_if_neg(31)_ 1
     svm(1)_z(31) c_e_svm(1)_p_def(0)_ -0.044334885690240106
     svm(1)_z(31) c_e_svm(1)_p_def(1)_ -0.053874390709044553
     svm(1)_z(31) c_e_svm(1)_p_def(2)_ -0.12838228509471289
     svm(1)_z(31) c_e_svm(1)_p_def(3)_ 0.044349686718400547
     svm(1)_z(31) c_e_svm(1)_p_def(4)_ -0.004608518197892153
     svm(1)_z(31) c_e_svm(1)_p_def(5)_ -0.025505456183761516
     svm(1)_z(31) c_e_svm(1)_p_def(6)_ 0.051400795580051853
     svm(1)_z(31) c_e_svm(1)_p_def(7)_ 0.03017492628622423
     svm(1)_z(31) c_e_svm(1)_p_def(8)_ -0.07846410994431402
     svm(1)_z(31) c_e_svm(1)_p_def(9)_ 0.040748310899575466
     svm(1)_z(31) c_e_svm(1)_p_def(10)_ -0.14757179209197896
     svm(1)_z(31) c_e_svm(1)_p_def(11)_ 0.012807691422730832
     svm(1)_z(31) c_e_svm(1)_p_def(12)_ 0.01393307086166698
     svm(1)_z(31) c_e_svm(1)_p_def(13)_ -0.014734156398715559
     svm(1)_z(31) c_e_svm(1)_p_def(14)_ 0.055005806546313069
     svm(1)_z(31) c_e_svm(1)_p_def(15)_ 0.027628468759991004
     svm(1)_z(31) c_e_svm(1)_p_def(16)_ -0.030837848335526719
     svm(1)_z(31) c_e_svm(1)_p_def(17)_ 0.033007071034050012
     svm(1)_z(31) c_e_svm(1)_p_def(18)_ 0.039472779482621304
     svm(1)_z(31) c_e_svm(1)_p_def(19)_ 0.031300392911544572
     svm(1)_z(31) c_e_svm(1)_p_def(20)_ 0.02549613486166738
     svm(1)_z(31) c_e_svm(1)_p_def(21)_ -0.082300354342844828
     svm(1)_z(31) c_e_svm(1)_p_def(22)_ -0.017235607589784402
     svm(1)_z(31) c_e_svm(1)_p_def(23)_ -0.049856194632235729
     svm(1)_z(31) c_e_svm(1)_p_def(24)_ 0.03960344733386785
     svm(1)_z(31) c_e_svm(1)_p_def(25)_ -0.80986263393874713
     svm(1)_z(31) c_e_svm(1)_p_def(26)_ -1.6267577793848664
     svm(1)_z(31) c_e_svm(1)_p_def(27)_ -1.6871147099337533
     svm(1)_z(31) c_e_svm(1)_p_def(28)_ -1.9415135293380366
     svm(1)_z(31) c_e_svm(1)_p_def(29)_ -2.3485887894529029
     svm(1)_z(31) c_e_svm(1)_p_def(30)_ -1.297659013489824
     svm(1)_z(31) c_e_svm(1)_p_def(31)_ -2.5285920711620844
     svm(1)_z(31) c_e_svm(1)_p_def(32)_ -1.1097405022370985
     svm(1)_z(31) c_e_svm(1)_p_def(33)_ -0.29192995810690048
     svm(1)_z(31) c_e_svm(1)_p_def(34)_ -1.6132815713008499
     svm(1)_z(31) c_e_svm(1)_p_def(35)_ -0.10693547942863237
     svm(1)_z(31) c_e_svm(1)_p_def(36)_ -0.1415215991116307
     svm(1)_z(31) c_e_svm(1)_p_def(37)_ -1.2357298170337523
     svm(1)_z(31) c_e_svm(1)_p_def(38)_ -0.16083890189513478
     svm(1)_z(31) c_e_svm(1)_p_def(39)_ -0.96597186449648886
     svm(1)_z(31) c_e_svm(1)_p_def(40)_ -0.98220822970570887
     svm(1)_z(31) c_e_svm(1)_p_def(41)_ -0.44851747636127443
     svm(1)_z(31) c_e_svm(1)_p_def(42)_ -0.74348855048055784
     svm(1)_z(31) c_e_svm(1)_p_def(43)_ -1.0933916569023721
     svm(1)_z(31) c_e_svm(1)_p_def(44)_ -0.098963389159705081
     svm(1)_z(31) c_e_svm(1)_p_def(45)_ -0.20801654347813636
     svm(1)_z(31) c_e_svm(1)_p_def(46)_ -0.3647950177929295
     svm(1)_z(31) c_e_svm(1)_p_def(47)_ -0.2484446922907147
     svm(1)_z(31) c_e_svm(1)_p_def(48)_ -0.59130185305636374
     svm(1)_z(31) c_e_svm(1)_p_def(49)_ -1.0352816945437704
     svm(1)_z(32) c_u_crossed_ -0.13129954407650765
     svm(1)_z(32) c_u_svm(1)_z_le_alpha(32)_ 1
     svm(1)_z(32) c_u_svm(1)_z_ge_neg_alpha(32)_ -1
     svm(1)_z(32) c_u_svm(1)_z_ge_alpha_if_pos(32)_ -1
     svm(1)_z(32) c_u_svm(1)_z_le_neg_alpha_if_neg(32)_ 1
     svm(1)_z(32) c_e_svm(1)_p_def(0)_ -0.19172683536264468
     svm(1)_z(32) c_e_svm(1)_p_def(1)_ -0.20478444808801197
     svm(1)_z(32) c_e_svm(1)_p_def(2)_ -0.20396874850045382
     svm(1)_z(32) c_e_svm(1)_p_def(3)_ -0.25327882454525275
     svm(1)_z(32) c_e_svm(1)_p_def(4)_ -0.3440602929056148
     svm(1)_z(32) c_e_svm(1)_p_def(5)_ -0.29779473109162935
     svm(1)_z(32) c_e_svm(1)_p_def(6)_ -0.25078464794215261
     svm(1)_z(32) c_e_svm(1)_p_def(7)_ -0.10028348776324979
     svm(1)_z(32) c_e_svm(1)_p_def(8)_ -0.28033354747220052
     svm(1)_z(32) c_e_svm(1)_p_def(9)_ -0.21580760571715879
     svm(1)_z(32) c_e_svm(1)_p_def(10)_ -0.43415750230683825
     svm(1)_z(32) c_e_svm(1)_p_def(11)_ -0.013026676304990853
     svm(1)_z(32) c_e_svm(1)_p_def(12)_ -0.29432941716547439
     svm(1)_z(32) c_e_svm(1)_p_def(13)_ -0.27247963801707042
     svm(1)_z(32) c_e_svm(1)_p_def(14)_ -0.080903043886242282
     svm(1)_z(32) c_e_svm(1)_p_def(15)_ -0.20772889229585018
     svm(1)_z(32) c_e_svm(1)_p_def(16)_ -0.22295838294223441
     svm(1)_z(32) c_e_svm(1)_p_def(17)_ -0.074746523451964836
     svm(1)_z(32) c_e_svm(1)_p_def(18)_ -0.070173746701547496
     svm(1)_z(32) c_e_svm(1)_p_def(19)_ -0.10942286482864742
     svm(1)_z(32) c_e_svm(1)_p_def(20)_ -0.10168976233771526
     svm(1)_z(32) c_e_svm(1)_p_def(21)_ -0.30998425447453182
     svm(1)_z(32) c_e_svm(1)_p_def(22)_ -0.099483910116317104
     svm(1)_z(32) c_e_svm(1)_p_def(23)_ -0.29656608936397794
     svm(1)_z(32) c_e_svm(1)_p_def(24)_ -0.11366707847979007
     svm(1)_z(32) c_e_svm(1)_p_def(25)_ -0.09450788209883508
     svm(1)_z(32) c_e_svm(1)_p_def(26)_ -1.0860961103654669
     svm(1)_z(32) c_e_svm(1)_p_def(27)_ -0.75585998509245045
     svm(1)_z(32) c_e_svm(1)_p_def(28)_ -0.49341405043285236
     svm(1)_z(32) c_e_svm(1)_p_def(29)_ -0.99244077289061217
     svm(1)_z(32) c_e_svm(1)_p_def(30)_ -0.24503057618128601
     svm(1)_z(32) c_e_svm(1)_p_def(31)_ -1.1097405022370985
     svm(1)_z(32) c_e_svm(1)_p_def(32)_ -1.2927417940524577
     svm(1)_z(32) c_e_svm(1)_p_def(33)_ 0.099054040099522775
     svm(1)_z(32) c_e_svm(1)_p_def(34)_ -0.7702306958475249
     svm(1)_z(32) c_e_svm(1)_p_def(35)_ -0.082252791292086416
     svm(1)_z(32) c_e_svm(1)_p_def(36)_ -0.063561675481000085
     svm(1)_z(32) c_e_svm(1)_p_def(37)_ -0.27603009569366077
     svm(1)_z(32) c_e_svm(1)_p_def(38)_ 0.021174241098642119
     svm(1)_z(32) c_e_svm(1)_p_def(39)_ -0.29866613740843184
     svm(1)_z(32) c_e_svm(1)_p_def(40)_ -0.085304967963140618
     svm(1)_z(32) c_e_svm(1)_p_def(41)_ -0.22492229161167729
     svm(1)_z(32) c_e_svm(1)_p_def(42)_ -0.30247178222364723
     svm(1)_z(32) c_e_svm(1)_p_def(43)_ -0.65651252842706431
     svm(1)_z(32) c_e_svm(1)_p_def(44)_ 0.047161566748727998
     svm(1)_z(32) c_e_svm(1)_p_def(45)_ -0.11496475143925972
     svm(1)_z(32) c_e_svm(1)_p_def(46)_ -0.11862320886712911
     svm(1)_z(32) c_e_svm(1)_p_def(47)_ -0.15022153851037723
     svm(1)_z(32) c_e_svm(1)_p_def(48)_ -0.39184475646285916
     svm(1)_z(32) c_e_svm(1)_p_def(49)_ -0.22581660568619272
     svm(1)_z(33) c_u_crossed_ -0.091898666064656354
     svm(1)_z(33) c_u_svm(1)_z_le_alpha(33)_ 1
     svm(1)_z(33) c_u_svm(1)_z_ge_neg_alpha(33)_ -1
     svm(1)_z(33) c_u_svm(1)_z_ge_alpha_if_pos(33)_ -1
     svm(1)_z(33) c_u_svm(1)_z_le_neg_alpha_if_neg(33)_ 1
     svm(1)_z(33) c_e_svm(1)_p_def(0)_ -0.13501718996865192
     svm(1)_z(33) c_e_svm(1)_p_def(1)_ -0.16294927495527473
     svm(1)_z(33) c_e_svm(1)_p_def(2)_ -0.31805779866158801
     svm(1)_z(33) c_e_svm(1)_p_def(3)_ 0.082315645701525372
     svm(1)_z(33) c_e_svm(1)_p_def(4)_ 0.061513914072938686
     svm(1)_z(33) c_e_svm(1)_p_def(5)_ -0.0065461825861872214
     svm(1)_z(33) c_e_svm(1)_p_def(6)_ 0.07468553299779418
     svm(1)_z(33) c_e_svm(1)_p_def(7)_ -0.23451995409643583
     svm(1)_z(33) c_e_svm(1)_p_def(8)_ -0.22542487571459346
     svm(1)_z(33) c_e_svm(1)_p_def(9)_ -0.060305232866140729
     svm(1)_z(33) c_e_svm(1)_p_def(10)_ -0.024747854825011906
     svm(1)_z(33) c_e_svm(1)_p_def(11)_ -0.2912399746035601
     svm(1)_z(33) c_e_svm(1)_p_def(12)_ 0.069840401553989559
     svm(1)_z(33) c_e_svm(1)_p_def(13)_ -0.021464752759843025
     svm(1)_z(33) c_e_svm(1)_p_def(14)_ -0.029698588856837432
     svm(1)_z(33) c_e_svm(1)_p_def(15)_ 0.050266901717731446
     svm(1)_z(33) c_e_svm(1)_p_def(16)_ -0.31302610301929401
     svm(1)_z(33) c_e_svm(1)_p_def(17)_ -0.19572858191783482
     svm(1)_z(33) c_e_svm(1)_p_def(18)_ -0.053877029132036347
     svm(1)_z(33) c_e_svm(1)_p_def(19)_ -0.21108405702744704
     svm(1)_z(33) c_e_svm(1)_p_def(20)_ -0.12031322368715137
     svm(1)_z(33) c_e_svm(1)_p_def(21)_ -0.086456910423483191
     svm(1)_z(33) c_e_svm(1)_p_def(22)_ -0.15512879503248556
     svm(1)_z(33) c_e_svm(1)_p_def(23)_ 0.10537162240796247
     svm(1)_z(33) c_e_svm(1)_p_def(24)_ -0.00032261308949621537
     svm(1)_z(33) c_e_svm(1)_p_def(25)_ -1.0541352262630332
     svm(1)_z(33) c_e_svm(1)_p_def(26)_ -0.021441554949715502
     svm(1)_z(33) c_e_svm(1)_p_def(27)_ -0.26924164904224873
     svm(1)_z(33) c_e_svm(1)_p_def(28)_ -0.99071283239295693
     svm(1)_z(33) c_e_svm(1)_p_def(29)_ -0.55921428573883469
     svm(1)_z(33) c_e_svm(1)_p_def(30)_ -0.84607231851682818
     svm(1)_z(33) c_e_svm(1)_p_def(31)_ -0.29192995810690048
     svm(1)_z(33) c_e_svm(1)_p_def(32)_ 0.099054040099522775
     svm(1)_z(33) c_e_svm(1)_p_def(33)_ -2.6136065971187334
     svm(1)_z(33) c_e_svm(1)_p_def(34)_ -0.35777170366875138
     svm(1)_z(33) c_e_svm(1)_p_def(35)_ -0.90245975238045384
     svm(1)_z(33) c_e_svm(1)_p_def(36)_ -1.2679144582302246
     svm(1)_z(33) c_e_svm(1)_p_def(37)_ -0.68269460356436507
     svm(1)_z(33) c_e_svm(1)_p_def(38)_ -1.3218087267965406
     svm(1)_z(33) c_e_svm(1)_p_def(39)_ -0.9582109340520949
     svm(1)_z(33) c_e_svm(1)_p_def(40)_ -0.87205427661214563
     svm(1)_z(33) c_e_svm(1)_p_def(41)_ -0.19857945784030559
     svm(1)_z(33) c_e_svm(1)_p_def(42)_ -0.55158925641150724
     svm(1)_z(33) c_e_svm(1)_p_def(43)_ -0.37737005881292091
     svm(1)_z(33) c_e_svm(1)_p_def(44)_ -1.684710391223041
     svm(1)_z(33) c_e_svm(1)_p_def(45)_ -0.79395906859641896
     svm(1)_z(33) c_e_svm(1)_p_def(46)_ -1.4551870947295642
     svm(1)_z(33) c_e_svm(1)_p_def(47)_ -0.75299364858156959
     svm(1)_z(33) c_e_svm(1)_p_def(48)_ -0.57095795002074701
     svm(1)_z(33) c_e_svm(1)_p_def(49)_ -0.73739896252570969
     svm(1)_z(34) c_u_crossed_ -0.08607150249546483
     svm(1)_z(34) c_u_svm(1)_z_le_alpha(34)_ 1
     svm(1)_z(34) c_u_svm(1)_z_ge_neg_alpha(34)_ -1
     svm(1)_z(34) c_u_svm(1)_z_ge_alpha_if_pos(34)_ -1
     svm(1)_z(34) c_u_svm(1)_z_le_neg_alpha_if_neg(34)_ 1
     svm(1)_z(34) c_e_svm(1)_p_def(0)_ -0.14037081844128055
     svm(1)_z(34) c_e_svm(1)_p_def(1)_ -0.15099209860023383
     svm(1)_z(34) c_e_svm(1)_p_def(2)_ -0.25745134684472937
     svm(1)_z(34) c_e_svm(1)_p_def(3)_ 0.064564061316755017
     svm(1)_z(34) c_e_svm(1)_p_def(4)_ 0.029270485598690915
     svm(1)_z(34) c_e_svm(1)_p_def(5)_ -0.029789929276111141
     svm(1)_z(34) c_e_svm(1)_p_def(6)_ 0.057562759489510965
     svm(1)_z(34) c_e_svm(1)_p_def(7)_ 0.02117698598387753
     svm(1)_z(34) c_e_svm(1)_p_def(8)_ -0.169185256492042
     svm(1)_z(34) c_e_svm(1)_p_def(9)_ 0.0077076468531456499
     svm(1)_z(34) c_e_svm(1)_p_def(10)_ -0.12272025510543
     svm(1)_z(34) c_e_svm(1)_p_def(11)_ 0.0060408491249918234
     svm(1)_z(34) c_e_svm(1)_p_def(12)_ 0.028438112597157977
     svm(1)_z(34) c_e_svm(1)_p_def(13)_ -0.0413955977924097
     svm(1)_z(34) c_e_svm(1)_p_def(14)_ -0.022907213566992449
     svm(1)_z(34) c_e_svm(1)_p_def(15)_ 0.016550446777991376
     svm(1)_z(34) c_e_svm(1)_p_def(16)_ -0.25801518753535035
     svm(1)_z(34) c_e_svm(1)_p_def(17)_ 0.040409304476614366
     svm(1)_z(34) c_e_svm(1)_p_def(18)_ -0.046998161056842888
     svm(1)_z(34) c_e_svm(1)_p_def(19)_ 0.03162172475717355
     svm(1)_z(34) c_e_svm(1)_p_def(20)_ 0.016954126118053275
     svm(1)_z(34) c_e_svm(1)_p_def(21)_ -0.12140783180187695
     svm(1)_z(34) c_e_svm(1)_p_def(22)_ -0.10423760160780075
     svm(1)_z(34) c_e_svm(1)_p_def(23)_ -0.011239590405937472
     svm(1)_z(34) c_e_svm(1)_p_def(24)_ 0.03699176568833161
     svm(1)_z(34) c_e_svm(1)_p_def(25)_ -0.33613192959278987
     svm(1)_z(34) c_e_svm(1)_p_def(26)_ -1.4211603991173409
     svm(1)_z(34) c_e_svm(1)_p_def(27)_ -1.4771507798039623
     svm(1)_z(34) c_e_svm(1)_p_def(28)_ -1.5199388247315773
     svm(1)_z(34) c_e_svm(1)_p_def(29)_ -1.6445144388663446
     svm(1)_z(34) c_e_svm(1)_p_def(30)_ -0.89414352734613733
     svm(1)_z(34) c_e_svm(1)_p_def(31)_ -1.6132815713008499
     svm(1)_z(34) c_e_svm(1)_p_def(32)_ -0.7702306958475249
     svm(1)_z(34) c_e_svm(1)_p_def(33)_ -0.35777170366875138
     svm(1)_z(34) c_e_svm(1)_p_def(34)_ -1.7121207936573679
     svm(1)_z(34) c_e_svm(1)_p_def(35)_ -0.12503929297428584
     svm(1)_z(34) c_e_svm(1)_p_def(36)_ -0.20142686957812161
     svm(1)_z(34) c_e_svm(1)_p_def(37)_ -0.59513816297711009
     svm(1)_z(34) c_e_svm(1)_p_def(38)_ -0.32131440609027884
     svm(1)_z(34) c_e_svm(1)_p_def(39)_ -1.1967389875931465
     svm(1)_z(34) c_e_svm(1)_p_def(40)_ -0.72783919590789192
     svm(1)_z(34) c_e_svm(1)_p_def(41)_ -0.25407426772638986
     svm(1)_z(34) c_e_svm(1)_p_def(42)_ -0.565333891123185
     svm(1)_z(34) c_e_svm(1)_p_def(43)_ -0.4996917054383897
     svm(1)_z(34) c_e_svm(1)_p_def(44)_ -0.060856516581161868
     svm(1)_z(34) c_e_svm(1)_p_def(45)_ -0.042346062887184538
     svm(1)_z(34) c_e_svm(1)_p_def(46)_ -0.39193678524764053
     svm(1)_z(34) c_e_svm(1)_p_def(47)_ -0.10755922166865989
     svm(1)_z(34) c_e_svm(1)_p_def(48)_ -0.49004373370891052
     svm(1)_z(34) c_e_svm(1)_p_def(49)_ -0.56825236024079451
     svm(1)_z(35) c_u_crossed_ 0.02445494212102868
     svm(1)_z(35) c_u_svm(1)_z_le_alpha(35)_ 1
     svm(1)_z(35) c_u_svm(1)_z_ge_neg_alpha(35)_ -1
     svm(1)_z(35) c_u_svm(1)_z_ge_alpha_if_pos(35)_ -1
     svm(1)_z(35) c_u_svm(1)_z_le_neg_alpha_if_neg(35)_ 1
     svm(1)_z(35) c_e_svm(1)_p_def(0)_ 0.02077651144898772
     svm(1)_z(35) c_e_svm(1)_p_def(1)_ 0.021252796594343801
     svm(1)_z(35) c_e_svm(1)_p_def(2)_ -0.02847854359425317
     svm(1)_z(35) c_e_svm(1)_p_def(3)_ 0.025985602168768579
     svm(1)_z(35) c_e_svm(1)_p_def(4)_ 0.032259969915771403
     svm(1)_z(35) c_e_svm(1)_p_def(5)_ 0.034947192911371855
     svm(1)_z(35) c_e_svm(1)_p_def(6)_ 0.027604378483807812
     svm(1)_z(35) c_e_svm(1)_p_def(7)_ -0.46058192797503789
     svm(1)_z(35) c_e_svm(1)_p_def(8)_ -0.025775905664417023
     svm(1)_z(35) c_e_svm(1)_p_def(9)_ -0.45284586830677548
     svm(1)_z(35) c_e_svm(1)_p_def(10)_ 0.023329138158887874
     svm(1)_z(35) c_e_svm(1)_p_def(11)_ -0.19820511115224987
     svm(1)_z(35) c_e_svm(1)_p_def(12)_ 0.041936458614131658
     svm(1)_z(35) c_e_svm(1)_p_def(13)_ 0.029338192719437189
     svm(1)_z(35) c_e_svm(1)_p_def(14)_ 0.0045744881192859854
     svm(1)_z(35) c_e_svm(1)_p_def(15)_ 0.040465457825042947
     svm(1)_z(35) c_e_svm(1)_p_def(16)_ -0.51297968881376199
     svm(1)_z(35) c_e_svm(1)_p_def(17)_ -0.35012791188900255
     svm(1)_z(35) c_e_svm(1)_p_def(18)_ 0.032468791390975499
     svm(1)_z(35) c_e_svm(1)_p_def(19)_ -0.45437063538060435
     svm(1)_z(35) c_e_svm(1)_p_def(20)_ -0.24331522987585016
     svm(1)_z(35) c_e_svm(1)_p_def(21)_ -0.017837744620360974
     svm(1)_z(35) c_e_svm(1)_p_def(22)_ -0.00045448752921238567
     svm(1)_z(35) c_e_svm(1)_p_def(23)_ 0.077050254386431899
     svm(1)_z(35) c_e_svm(1)_p_def(24)_ -0.14240299786633909
     svm(1)_z(35) c_e_svm(1)_p_def(25)_ -1.0334191374827326
     svm(1)_z(35) c_e_svm(1)_p_def(26)_ -0.032105701221242955
     svm(1)_z(35) c_e_svm(1)_p_def(27)_ -0.11840344898243725
     svm(1)_z(35) c_e_svm(1)_p_def(28)_ -0.21279199816708411
     svm(1)_z(35) c_e_svm(1)_p_def(29)_ -0.11279921161728347
     svm(1)_z(35) c_e_svm(1)_p_def(30)_ -0.60255078601621159
     svm(1)_z(35) c_e_svm(1)_p_def(31)_ -0.10693547942863237
     svm(1)_z(35) c_e_svm(1)_p_def(32)_ -0.082252791292086416
     svm(1)_z(35) c_e_svm(1)_p_def(33)_ -0.90245975238045384
     svm(1)_z(35) c_e_svm(1)_p_def(34)_ -0.12503929297428584
     svm(1)_z(35) c_e_svm(1)_p_def(35)_ -1.762575022491067
     svm(1)_z(35) c_e_svm(1)_p_def(36)_ -1.7454483187122887
     svm(1)_z(35) c_e_svm(1)_p_def(37)_ -0.040189004310187626
     svm(1)_z(35) c_e_svm(1)_p_def(38)_ -0.28729777589620453
     svm(1)_z(35) c_e_svm(1)_p_def(39)_ -0.25858251697751061
     svm(1)_z(35) c_e_svm(1)_p_def(40)_ -0.62461403783316238
     svm(1)_z(35) c_e_svm(1)_p_def(41)_ -0.93808710925250405
     svm(1)_z(35) c_e_svm(1)_p_def(42)_ -0.73590041876647139
     svm(1)_z(35) c_e_svm(1)_p_def(43)_ -0.0044503274333254628
     svm(1)_z(35) c_e_svm(1)_p_def(44)_ -0.86084372279555543
     svm(1)_z(35) c_e_svm(1)_p_def(45)_ -0.94216337476497025
     svm(1)_z(35) c_e_svm(1)_p_def(46)_ -1.8737397988679745
     svm(1)_z(35) c_e_svm(1)_p_def(47)_ -1.0425883946243808
     svm(1)_z(35) c_e_svm(1)_p_def(48)_ -1.2941451782241264
     svm(1)_z(35) c_e_svm(1)_p_def(49)_ -0.90990570541115101
     svm(1)_z(36) c_u_crossed_ -0.18188289785336242
     svm(1)_z(36) c_u_svm(1)_z_le_alpha(36)_ 1
     svm(1)_z(36) c_u_svm(1)_z_ge_neg_alpha(36)_ -1
     svm(1)_z(36) c_u_svm(1)_z_ge_alpha_if_pos(36)_ -1
     svm(1)_z(36) c_u_svm(1)_z_le_neg_alpha_if_neg(36)_ 1
     svm(1)_z(36) c_e_svm(1)_p_def(0)_ -0.23386171698622371
     svm(1)_z(36) c_e_svm(1)_p_def(1)_ -0.2460223471977353
     svm(1)_z(36) c_e_svm(1)_p_def(2)_ -0.3523852779204712
     svm(1)_z(36) c_e_svm(1)_p_def(3)_ -0.035751658843652348
     svm(1)_z(36) c_e_svm(1)_p_def(4)_ -0.0417622775968155
     svm(1)_z(36) c_e_svm(1)_p_def(5)_ -0.10641522031381095
     svm(1)_z(36) c_e_svm(1)_p_def(6)_ 0.022912185245770544
     svm(1)_z(36) c_e_svm(1)_p_def(7)_ -0.29834519328995146
     svm(1)_z(36) c_e_svm(1)_p_def(8)_ -0.27843606109376962
     svm(1)_z(36) c_e_svm(1)_p_def(9)_ -0.25232248153197068
     svm(1)_z(36) c_e_svm(1)_p_def(10)_ -0.092699355670769049
     svm(1)_z(36) c_e_svm(1)_p_def(11)_ -0.16477535174777061
     svm(1)_z(36) c_e_svm(1)_p_def(12)_ -0.077345860537054528
     svm(1)_z(36) c_e_svm(1)_p_def(13)_ -0.14539666462819634
     svm(1)_z(36) c_e_svm(1)_p_def(14)_ -0.13157447043033352
     svm(1)_z(36) c_e_svm(1)_p_def(15)_ -0.099235551108162401
     svm(1)_z(36) c_e_svm(1)_p_def(16)_ -0.42714171148714092
     svm(1)_z(36) c_e_svm(1)_p_def(17)_ -0.2577643545262821
     svm(1)_z(36) c_e_svm(1)_p_def(18)_ -0.11362753277119568
     svm(1)_z(36) c_e_svm(1)_p_def(19)_ -0.27158024549610543
     svm(1)_z(36) c_e_svm(1)_p_def(20)_ -0.17998975166086512
     svm(1)_z(36) c_e_svm(1)_p_def(21)_ -0.26010081659506301
     svm(1)_z(36) c_e_svm(1)_p_def(22)_ -0.22918498879340074
     svm(1)_z(36) c_e_svm(1)_p_def(23)_ 0.032302937217854072
     svm(1)_z(36) c_e_svm(1)_p_def(24)_ -0.11117761481764689
     svm(1)_z(36) c_e_svm(1)_p_def(25)_ -0.82124466735584989
     svm(1)_z(36) c_e_svm(1)_p_def(26)_ 0.016156367118025122
     svm(1)_z(36) c_e_svm(1)_p_def(27)_ 0.021796588463993766
     svm(1)_z(36) c_e_svm(1)_p_def(28)_ -0.18188944210448546
     svm(1)_z(36) c_e_svm(1)_p_def(29)_ -0.19699709877329902
     svm(1)_z(36) c_e_svm(1)_p_def(30)_ -0.33184853938396963
     svm(1)_z(36) c_e_svm(1)_p_def(31)_ -0.1415215991116307
     svm(1)_z(36) c_e_svm(1)_p_def(32)_ -0.063561675481000085
     svm(1)_z(36) c_e_svm(1)_p_def(33)_ -1.2679144582302246
     svm(1)_z(36) c_e_svm(1)_p_def(34)_ -0.20142686957812161
     svm(1)_z(36) c_e_svm(1)_p_def(35)_ -1.7454483187122887
     svm(1)_z(36) c_e_svm(1)_p_def(36)_ -2.6714934208808963
     svm(1)_z(36) c_e_svm(1)_p_def(37)_ -0.1824073222520603
     svm(1)_z(36) c_e_svm(1)_p_def(38)_ -0.37757496972193827
     svm(1)_z(36) c_e_svm(1)_p_def(39)_ -0.47588397333482446
     svm(1)_z(36) c_e_svm(1)_p_def(40)_ -0.56043458571438565
     svm(1)_z(36) c_e_svm(1)_p_def(41)_ -0.92350697801561599
     svm(1)_z(36) c_e_svm(1)_p_def(42)_ -0.30256591609934691
     svm(1)_z(36) c_e_svm(1)_p_def(43)_ -0.03869713981724679
     svm(1)_z(36) c_e_svm(1)_p_def(44)_ -0.88494863274341062
     svm(1)_z(36) c_e_svm(1)_p_def(45)_ -0.95372162002833072
     svm(1)_z(36) c_e_svm(1)_p_def(46)_ -1.668282379622694
     svm(1)_z(36) c_e_svm(1)_p_def(47)_ -1.4949851192090462
     svm(1)_z(36) c_e_svm(1)_p_def(48)_ -1.2667313614588946
     svm(1)_z(36) c_e_svm(1)_p_def(49)_ -0.64048341772581685
     svm(1)_z(37) c_u_crossed_ -0.035759761040911484
     svm(1)_z(37) c_u_svm(1)_z_le_alpha(37)_ 1
     svm(1)_z(37) c_u_svm(1)_z_ge_neg_alpha(37)_ -1
     svm(1)_z(37) c_u_svm(1)_z_ge_alpha_if_pos(37)_ -1
     svm(1)_z(37) c_u_svm(1)_z_le_neg_alpha_if_neg(37)_ 1
     svm(1)_z(37) c_e_svm(1)_p_def(0)_ -0.044900838705301621
     svm(1)_z(37) c_e_svm(1)_p_def(1)_ -0.061170065943280963
     svm(1)_z(37) c_e_svm(1)_p_def(2)_ -0.066212706404146962
     svm(1)_z(37) c_e_svm(1)_p_def(3)_ -0.042858440502472783
     svm(1)_z(37) c_e_svm(1)_p_def(4)_ -0.037686271766028873
     svm(1)_z(37) c_e_svm(1)_p_def(5)_ -0.045153022104780227
     svm(1)_z(37) c_e_svm(1)_p_def(6)_ -0.018802636120290775
     svm(1)_z(37) c_e_svm(1)_p_def(7)_ -0.015198535213220399
     svm(1)_z(37) c_e_svm(1)_p_def(8)_ -0.0062818579733808499
     svm(1)_z(37) c_e_svm(1)_p_def(9)_ 0.016865984342494339
     svm(1)_z(37) c_e_svm(1)_p_def(10)_ -0.075091793040328703
     svm(1)_z(37) c_e_svm(1)_p_def(11)_ -0.21823157507185473
     svm(1)_z(37) c_e_svm(1)_p_def(12)_ -0.037495812761814962
     svm(1)_z(37) c_e_svm(1)_p_def(13)_ -0.024719715457473035
     svm(1)_z(37) c_e_svm(1)_p_def(14)_ -0.024744860184328227
     svm(1)_z(37) c_e_svm(1)_p_def(15)_ -0.035400365387375038
     svm(1)_z(37) c_e_svm(1)_p_def(16)_ -0.10372698898995339
     svm(1)_z(37) c_e_svm(1)_p_def(17)_ -0.061804091227066177
     svm(1)_z(37) c_e_svm(1)_p_def(18)_ -0.069356903599162675
     svm(1)_z(37) c_e_svm(1)_p_def(19)_ -0.01713180804135131
     svm(1)_z(37) c_e_svm(1)_p_def(20)_ -0.076152964890691746
     svm(1)_z(37) c_e_svm(1)_p_def(21)_ -0.0022236367730373019
     svm(1)_z(37) c_e_svm(1)_p_def(22)_ -0.10146197750642849
     svm(1)_z(37) c_e_svm(1)_p_def(23)_ -0.091533272928830026
     svm(1)_z(37) c_e_svm(1)_p_def(24)_ -0.055628429373183158
     svm(1)_z(37) c_e_svm(1)_p_def(25)_ -1.0991348273224397
     svm(1)_z(37) c_e_svm(1)_p_def(26)_ -0.49590572022724067
     svm(1)_z(37) c_e_svm(1)_p_def(27)_ -0.62396285837210974
     svm(1)_z(37) c_e_svm(1)_p_def(28)_ -1.3991913734118562
     svm(1)_z(37) c_e_svm(1)_p_def(29)_ -1.3894466242335599
     svm(1)_z(37) c_e_svm(1)_p_def(30)_ -1.0025971729631775
     svm(1)_z(37) c_e_svm(1)_p_def(31)_ -1.2357298170337523
     svm(1)_z(37) c_e_svm(1)_p_def(32)_ -0.27603009569366077
     svm(1)_z(37) c_e_svm(1)_p_def(33)_ -0.68269460356436507
     svm(1)_z(37) c_e_svm(1)_p_def(34)_ -0.59513816297711009
     svm(1)_z(37) c_e_svm(1)_p_def(35)_ -0.040189004310187626
     svm(1)_z(37) c_e_svm(1)_p_def(36)_ -0.1824073222520603
     svm(1)_z(37) c_e_svm(1)_p_def(37)_ -2.1758653270859174
     svm(1)_z(37) c_e_svm(1)_p_def(38)_ -0.42742785595723676
     svm(1)_z(37) c_e_svm(1)_p_def(39)_ -0.57482200792558835
     svm(1)_z(37) c_e_svm(1)_p_def(40)_ -1.1726662431923562
     svm(1)_z(37) c_e_svm(1)_p_def(41)_ -0.57238909353272682
     svm(1)_z(37) c_e_svm(1)_p_def(42)_ -0.27610625443532288
     svm(1)_z(37) c_e_svm(1)_p_def(43)_ -1.3028418062429497
     svm(1)_z(37) c_e_svm(1)_p_def(44)_ -0.41981930053727812
     svm(1)_z(37) c_e_svm(1)_p_def(45)_ -0.52313437094351822
     svm(1)_z(37) c_e_svm(1)_p_def(46)_ -0.098511252765505319
     svm(1)_z(37) c_e_svm(1)_p_def(47)_ -0.64638275685670576
     svm(1)_z(37) c_e_svm(1)_p_def(48)_ -0.36971771214322735
     svm(1)_z(37) c_e_svm(1)_p_def(49)_ -0.94386359682561904
     svm(1)_z(38) c_u_crossed_ -0.17452632180878452
     svm(1)_z(38) c_u_svm(1)_z_le_alpha(38)_ 1
     svm(1)_z(38) c_u_svm(1)_z_ge_neg_alpha(38)_ -1
     svm(1)_z(38) c_u_svm(1)_z_ge_alpha_if_pos(38)_ -1
     svm(1)_z(38) c_u_svm(1)_z_le_neg_alpha_if_neg(38)_ 1
     svm(1)_z(38) c_e_svm(1)_p_def(0)_ -0.18555621235500694
     svm(1)_z(38) c_e_svm(1)_p_def(1)_ -0.20846203820801704
     svm(1)_z(38) c_e_svm(1)_p_def(2)_ -0.30339354101284616
     svm(1)_z(38) c_e_svm(1)_p_def(3)_ -0.014039640324664968
     svm(1)_z(38) c_e_svm(1)_p_def(4)_ -0.004585694204070706
     svm(1)_z(38) c_e_svm(1)_p_def(5)_ -0.061548598008227651
     svm(1)_z(38) c_e_svm(1)_p_def(6)_ -0.048167167203296612
     svm(1)_z(38) c_e_svm(1)_p_def(7)_ -0.50853597091984726
     svm(1)_z(38) c_e_svm(1)_p_def(8)_ -0.19641737563976139
     svm(1)_z(38) c_e_svm(1)_p_def(9)_ -0.38610455058461107
     svm(1)_z(38) c_e_svm(1)_p_def(10)_ -0.10358118592348682
     svm(1)_z(38) c_e_svm(1)_p_def(11)_ -0.6219461988900451
     svm(1)_z(38) c_e_svm(1)_p_def(12)_ -0.002196420086722245
     svm(1)_z(38) c_e_svm(1)_p_def(13)_ -0.075992462684132303
     svm(1)_z(38) c_e_svm(1)_p_def(14)_ -0.23062769045205994
     svm(1)_z(38) c_e_svm(1)_p_def(15)_ -0.016231948828023576
     svm(1)_z(38) c_e_svm(1)_p_def(16)_ -0.73288960322422292
     svm(1)_z(38) c_e_svm(1)_p_def(17)_ -0.43367277771080331
     svm(1)_z(38) c_e_svm(1)_p_def(18)_ -0.24644390381627135
     svm(1)_z(38) c_e_svm(1)_p_def(19)_ -0.48539602628383477
     svm(1)_z(38) c_e_svm(1)_p_def(20)_ -0.44739054594684968
     svm(1)_z(38) c_e_svm(1)_p_def(21)_ -0.081371712076606373
     svm(1)_z(38) c_e_svm(1)_p_def(22)_ -0.30025109878430578
     svm(1)_z(38) c_e_svm(1)_p_def(23)_ 0.017010809614900854
     svm(1)_z(38) c_e_svm(1)_p_def(24)_ -0.25989599996996599
     svm(1)_z(38) c_e_svm(1)_p_def(25)_ -0.21179393194738338
     svm(1)_z(38) c_e_svm(1)_p_def(26)_ -0.16355178509937754
     svm(1)_z(38) c_e_svm(1)_p_def(27)_ -0.26222007416111331
     svm(1)_z(38) c_e_svm(1)_p_def(28)_ -0.66993191399114982
     svm(1)_z(38) c_e_svm(1)_p_def(29)_ -0.44070176472496159
     svm(1)_z(38) c_e_svm(1)_p_def(30)_ -0.24370549426689031
     svm(1)_z(38) c_e_svm(1)_p_def(31)_ -0.16083890189513478
     svm(1)_z(38) c_e_svm(1)_p_def(32)_ 0.021174241098642119
     svm(1)_z(38) c_e_svm(1)_p_def(33)_ -1.3218087267965406
     svm(1)_z(38) c_e_svm(1)_p_def(34)_ -0.32131440609027884
     svm(1)_z(38) c_e_svm(1)_p_def(35)_ -0.28729777589620453
     svm(1)_z(38) c_e_svm(1)_p_def(36)_ -0.37757496972193827
     svm(1)_z(38) c_e_svm(1)_p_def(37)_ -0.42742785595723676
     svm(1)_z(38) c_e_svm(1)_p_def(38)_ -1.6764999235753995
     svm(1)_z(38) c_e_svm(1)_p_def(39)_ -0.81323097120124332
     svm(1)_z(38) c_e_svm(1)_p_def(40)_ -0.24371153234964621
     svm(1)_z(38) c_e_svm(1)_p_def(41)_ 0.085280699327917708
     svm(1)_z(38) c_e_svm(1)_p_def(42)_ -0.20407531845441657
     svm(1)_z(38) c_e_svm(1)_p_def(43)_ -0.50449053308212122
     svm(1)_z(38) c_e_svm(1)_p_def(44)_ -1.1225767352179161
     svm(1)_z(38) c_e_svm(1)_p_def(45)_ -0.34950652297605456
     svm(1)_z(38) c_e_svm(1)_p_def(46)_ -0.55025518294833875
     svm(1)_z(38) c_e_svm(1)_p_def(47)_ -0.27207281826207191
     svm(1)_z(38) c_e_svm(1)_p_def(48)_ -0.12714426592891731
     svm(1)_z(38) c_e_svm(1)_p_def(49)_ -0.072849206955273221
     svm(1)_z(39) c_u_crossed_ -0.10202127220963179
     svm(1)_z(39) c_u_svm(1)_z_le_alpha(39)_ 1
     svm(1)_z(39) c_u_svm(1)_z_ge_neg_alpha(39)_ -1
     svm(1)_z(39) c_u_svm(1)_z_ge_alpha_if_pos(39)_ -1
     svm(1)_z(39) c_u_svm(1)_z_le_neg_alpha_if_neg(39)_ 1
     svm(1)_z(39) c_e_svm(1)_p_def(0)_ -0.16369647765536591
     svm(1)_z(39) c_e_svm(1)_p_def(1)_ -0.18617445321542297
     svm(1)_z(39) c_e_svm(1)_p_def(2)_ -0.33554532088205852
     svm(1)_z(39) c_e_svm(1)_p_def(3)_ 0.08760100282186592
     svm(1)_z(39) c_e_svm(1)_p_def(4)_ 0.084551734555923103
     svm(1)_z(39) c_e_svm(1)_p_def(5)_ 0.0077751643634531298
     svm(1)_z(39) c_e_svm(1)_p_def(6)_ 0.088206374889041261
     svm(1)_z(39) c_e_svm(1)_p_def(7)_ -0.03630874108711106
     svm(1)_z(39) c_e_svm(1)_p_def(8)_ -0.18033002803818479
     svm(1)_z(39) c_e_svm(1)_p_def(9)_ -0.0098309298951967522
     svm(1)_z(39) c_e_svm(1)_p_def(10)_ -0.065745261742996997
     svm(1)_z(39) c_e_svm(1)_p_def(11)_ -0.1010884826048053
     svm(1)_z(39) c_e_svm(1)_p_def(12)_ 0.074810679999215937
     svm(1)_z(39) c_e_svm(1)_p_def(13)_ -0.013729294143247889
     svm(1)_z(39) c_e_svm(1)_p_def(14)_ -0.065884956709098136
     svm(1)_z(39) c_e_svm(1)_p_def(15)_ 0.051133298023361112
     svm(1)_z(39) c_e_svm(1)_p_def(16)_ -0.3629397340011763
     svm(1)_z(39) c_e_svm(1)_p_def(17)_ -0.0083332922866371367
     svm(1)_z(39) c_e_svm(1)_p_def(18)_ -0.094710458123169541
     svm(1)_z(39) c_e_svm(1)_p_def(19)_ -0.016521871675814565
     svm(1)_z(39) c_e_svm(1)_p_def(20)_ -0.029189373282479503
     svm(1)_z(39) c_e_svm(1)_p_def(21)_ -0.086048909171221974
     svm(1)_z(39) c_e_svm(1)_p_def(22)_ -0.18044632251889095
     svm(1)_z(39) c_e_svm(1)_p_def(23)_ 0.059560992497349342
     svm(1)_z(39) c_e_svm(1)_p_def(24)_ 0.028310717876604191
     svm(1)_z(39) c_e_svm(1)_p_def(25)_ -0.27091373430582327
     svm(1)_z(39) c_e_svm(1)_p_def(26)_ -0.77973388393891763
     svm(1)_z(39) c_e_svm(1)_p_def(27)_ -0.88160546612836155
     svm(1)_z(39) c_e_svm(1)_p_def(28)_ -1.3136458952054892
     svm(1)_z(39) c_e_svm(1)_p_def(29)_ -1.2339861879102012
     svm(1)_z(39) c_e_svm(1)_p_def(30)_ -0.58983406538899041
     svm(1)_z(39) c_e_svm(1)_p_def(31)_ -0.96597186449648886
     svm(1)_z(39) c_e_svm(1)_p_def(32)_ -0.29866613740843184
     svm(1)_z(39) c_e_svm(1)_p_def(33)_ -0.9582109340520949
     svm(1)_z(39) c_e_svm(1)_p_def(34)_ -1.1967389875931465
     svm(1)_z(39) c_e_svm(1)_p_def(35)_ -0.25858251697751061
     svm(1)_z(39) c_e_svm(1)_p_def(36)_ -0.47588397333482446
     svm(1)_z(39) c_e_svm(1)_p_def(37)_ -0.57482200792558835
     svm(1)_z(39) c_e_svm(1)_p_def(38)_ -0.81323097120124332
     svm(1)_z(39) c_e_svm(1)_p_def(39)_ -1.5002538649919552
     svm(1)_z(39) c_e_svm(1)_p_def(40)_ -0.575638975177169
     svm(1)_z(39) c_e_svm(1)_p_def(41)_ -0.068325260044072827
     svm(1)_z(39) c_e_svm(1)_p_def(42)_ -0.32273603327038219
     svm(1)_z(39) c_e_svm(1)_p_def(43)_ -0.43311941287042333
     svm(1)_z(39) c_e_svm(1)_p_def(44)_ -0.41780715513867711
     svm(1)_z(39) c_e_svm(1)_p_def(45)_ -0.14539409311869192
     svm(1)_z(39) c_e_svm(1)_p_def(46)_ -0.56270833019861055
     svm(1)_z(39) c_e_svm(1)_p_def(47)_ -0.24771456122387089
     svm(1)_z(39) c_e_svm(1)_p_def(48)_ -0.39297619521689314
     svm(1)_z(39) c_e_svm(1)_p_def(49)_ -0.31792315022541268
     svm(1)_z(40) c_u_crossed_ 0.08894476145109026
     svm(1)_z(40) c_u_svm(1)_z_le_alpha(40)_ 1
     svm(1)_z(40) c_u_svm(1)_z_ge_neg_alpha(40)_ -1
     svm(1)_z(40) c_u_svm(1)_z_ge_alpha_if_pos(40)_ -1
     svm(1)_z(40) c_u_svm(1)_z_le_neg_alpha_if_neg(40)_ 1
     svm(1)_z(40) c_e_svm(1)_p_def(0)_ 0.12633765125388605
     svm(1)_z(40) c_e_svm(1)_p_def(1)_ 0.13469443679890941
     svm(1)_z(40) c_e_svm(1)_p_def(2)_ 0.13553894012933365
     svm(1)_z(40) c_e_svm(1)_p_def(3)_ 0.10646940198550303
     svm(1)_z(40) c_e_svm(1)_p_def(4)_ 0.11401350498434308
     svm(1)_z(40) c_e_svm(1)_p_def(5)_ 0.1341004515608728
     svm(1)_z(40) c_e_svm(1)_p_def(6)_ 0.053714279112408059
     svm(1)_z(40) c_e_svm(1)_p_def(7)_ -0.08824477445219378
     svm(1)_z(40) c_e_svm(1)_p_def(8)_ 0.15192220354530711
     svm(1)_z(40) c_e_svm(1)_p_def(9)_ -0.12393785873774346
     svm(1)_z(40) c_e_svm(1)_p_def(10)_ 0.14482498099809507
     svm(1)_z(40) c_e_svm(1)_p_def(11)_ -0.14335960165963674
     svm(1)_z(40) c_e_svm(1)_p_def(12)_ 0.12527922551066173
     svm(1)_z(40) c_e_svm(1)_p_def(13)_ 0.14386703426945163
     svm(1)_z(40) c_e_svm(1)_p_def(14)_ 0.07352340827543527
     svm(1)_z(40) c_e_svm(1)_p_def(15)_ 0.093094907307586711
     svm(1)_z(40) c_e_svm(1)_p_def(16)_ -0.62000252292251123
     svm(1)_z(40) c_e_svm(1)_p_def(17)_ -0.077400066029448628
     svm(1)_z(40) c_e_svm(1)_p_def(18)_ 0.04727211731104887
     svm(1)_z(40) c_e_svm(1)_p_def(19)_ -0.087375719657810713
     svm(1)_z(40) c_e_svm(1)_p_def(20)_ -0.046596762294239535
     svm(1)_z(40) c_e_svm(1)_p_def(21)_ 0.15669778224709685
     svm(1)_z(40) c_e_svm(1)_p_def(22)_ 0.091017842190015755
     svm(1)_z(40) c_e_svm(1)_p_def(23)_ 0.065552668742317716
     svm(1)_z(40) c_e_svm(1)_p_def(24)_ -0.030591685674193625
     svm(1)_z(40) c_e_svm(1)_p_def(25)_ -2.7171598294395025
     svm(1)_z(40) c_e_svm(1)_p_def(26)_ -0.54675754017895717
     svm(1)_z(40) c_e_svm(1)_p_def(27)_ -1.3378573546224219
     svm(1)_z(40) c_e_svm(1)_p_def(28)_ -1.6937682854803957
     svm(1)_z(40) c_e_svm(1)_p_def(29)_ -0.79768347930522954
     svm(1)_z(40) c_e_svm(1)_p_def(30)_ -3.1676517201171763
     svm(1)_z(40) c_e_svm(1)_p_def(31)_ -0.98220822970570887
     svm(1)_z(40) c_e_svm(1)_p_def(32)_ -0.085304967963140618
     svm(1)_z(40) c_e_svm(1)_p_def(33)_ -0.87205427661214563
     svm(1)_z(40) c_e_svm(1)_p_def(34)_ -0.72783919590789192
     svm(1)_z(40) c_e_svm(1)_p_def(35)_ -0.62461403783316238
     svm(1)_z(40) c_e_svm(1)_p_def(36)_ -0.56043458571438565
     svm(1)_z(40) c_e_svm(1)_p_def(37)_ -1.1726662431923562
     svm(1)_z(40) c_e_svm(1)_p_def(38)_ -0.24371153234964621
     svm(1)_z(40) c_e_svm(1)_p_def(39)_ -0.575638975177169
     svm(1)_z(40) c_e_svm(1)_p_def(40)_ -3.7012668016780754
     svm(1)_z(40) c_e_svm(1)_p_def(41)_ -2.3858746235304165
     svm(1)_z(40) c_e_svm(1)_p_def(42)_ -1.8116475197122321
     svm(1)_z(40) c_e_svm(1)_p_def(43)_ -0.17429489508155968
     svm(1)_z(40) c_e_svm(1)_p_def(44)_ -0.36726253255412106
     svm(1)_z(40) c_e_svm(1)_p_def(45)_ -0.7072169187692201
     svm(1)_z(40) c_e_svm(1)_p_def(46)_ -1.0645537689111098
     svm(1)_z(40) c_e_svm(1)_p_def(47)_ -0.69809225092301097
     svm(1)_z(40) c_e_svm(1)_p_def(48)_ -1.4793599164173838
     svm(1)_z(40) c_e_svm(1)_p_def(49)_ -3.119970938965706
     svm(1)_z(41) c_u_crossed_ 0.010064861039442097
     svm(1)_z(41) c_u_svm(1)_z_le_alpha(41)_ 1
     svm(1)_z(41) c_u_svm(1)_z_ge_neg_alpha(41)_ -1
     svm(1)_z(41) c_u_svm(1)_z_ge_alpha_if_pos(41)_ -1
     svm(1)_z(41) c_u_svm(1)_z_le_neg_alpha_if_neg(41)_ 1
     svm(1)_z(41) c_e_svm(1)_p_def(0)_ 0.066245765650218003
     svm(1)_z(41) c_e_svm(1)_p_def(1)_ 0.082466898936450539
     svm(1)_z(41) c_e_svm(1)_p_def(2)_ 0.12973219150930757
     svm(1)_z(41) c_e_svm(1)_p_def(3)_ -0.1375760713924386
     svm(1)_z(41) c_e_svm(1)_p_def(4)_ -0.097601833976675267
     svm(1)_z(41) c_e_svm(1)_p_def(5)_ 0.0064886810241229498
     svm(1)_z(41) c_e_svm(1)_p_def(6)_ -0.1827480900306131
     svm(1)_z(41) c_e_svm(1)_p_def(7)_ -0.26004879574248818
     svm(1)_z(41) c_e_svm(1)_p_def(8)_ 0.11229092325859077
     svm(1)_z(41) c_e_svm(1)_p_def(9)_ -0.51551311308197922
     svm(1)_z(41) c_e_svm(1)_p_def(10)_ 0.078119885835221808
     svm(1)_z(41) c_e_svm(1)_p_def(11)_ -0.18558547553271662
     svm(1)_z(41) c_e_svm(1)_p_def(12)_ -0.094132364155926185
     svm(1)_z(41) c_e_svm(1)_p_def(13)_ 0.026941624755141613
     svm(1)_z(41) c_e_svm(1)_p_def(14)_ -0.055952207476246837
     svm(1)_z(41) c_e_svm(1)_p_def(15)_ -0.11017580763142654
     svm(1)_z(41) c_e_svm(1)_p_def(16)_ -0.96462948047120578
     svm(1)_z(41) c_e_svm(1)_p_def(17)_ -0.24505349736415263
     svm(1)_z(41) c_e_svm(1)_p_def(18)_ -0.05695698110667298
     svm(1)_z(41) c_e_svm(1)_p_def(19)_ -0.27160512466802467
     svm(1)_z(41) c_e_svm(1)_p_def(20)_ -0.22659673866068747
     svm(1)_z(41) c_e_svm(1)_p_def(21)_ 0.072959046865381294
     svm(1)_z(41) c_e_svm(1)_p_def(22)_ 0.030767976151507975
     svm(1)_z(41) c_e_svm(1)_p_def(23)_ -0.13462388395233876
     svm(1)_z(41) c_e_svm(1)_p_def(24)_ -0.27196519493534654
     svm(1)_z(41) c_e_svm(1)_p_def(25)_ -2.051626344012262
     svm(1)_z(41) c_e_svm(1)_p_def(26)_ -0.28573424008471748
     svm(1)_z(41) c_e_svm(1)_p_def(27)_ -0.5578749090131232
     svm(1)_z(41) c_e_svm(1)_p_def(28)_ -0.4845319261734336
     svm(1)_z(41) c_e_svm(1)_p_def(29)_ -0.20823416063704786
     svm(1)_z(41) c_e_svm(1)_p_def(30)_ -1.7826898703181113
     svm(1)_z(41) c_e_svm(1)_p_def(31)_ -0.44851747636127443
     svm(1)_z(41) c_e_svm(1)_p_def(32)_ -0.22492229161167729
     svm(1)_z(41) c_e_svm(1)_p_def(33)_ -0.19857945784030559
     svm(1)_z(41) c_e_svm(1)_p_def(34)_ -0.25407426772638986
     svm(1)_z(41) c_e_svm(1)_p_def(35)_ -0.93808710925250405
     svm(1)_z(41) c_e_svm(1)_p_def(36)_ -0.92350697801561599
     svm(1)_z(41) c_e_svm(1)_p_def(37)_ -0.57238909353272682
     svm(1)_z(41) c_e_svm(1)_p_def(38)_ 0.085280699327917708
     svm(1)_z(41) c_e_svm(1)_p_def(39)_ -0.068325260044072827
     svm(1)_z(41) c_e_svm(1)_p_def(40)_ -2.3858746235304165
     svm(1)_z(41) c_e_svm(1)_p_def(41)_ -3.4654166794641439
     svm(1)_z(41) c_e_svm(1)_p_def(42)_ -1.2042087717152186
     svm(1)_z(41) c_e_svm(1)_p_def(43)_ -0.011838690263933943
     svm(1)_z(41) c_e_svm(1)_p_def(44)_ -0.090581230723803474
     svm(1)_z(41) c_e_svm(1)_p_def(45)_ -0.89820855061137495
     svm(1)_z(41) c_e_svm(1)_p_def(46)_ -0.87493891268792989
     svm(1)_z(41) c_e_svm(1)_p_def(47)_ -1.1987540774643808
     svm(1)_z(41) c_e_svm(1)_p_def(48)_ -1.8970521403912159
     svm(1)_z(41) c_e_svm(1)_p_def(49)_ -2.3765284329924885
     svm(1)_z(42) c_u_crossed_ 0.11948093676369037
     svm(1)_z(42) c_u_svm(1)_z_le_alpha(42)_ 1
     svm(1)_z(42) c_u_svm(1)_z_ge_neg_alpha(42)_ -1
     svm(1)_z(42) c_u_svm(1)_z_ge_alpha_if_pos(42)_ -1
     svm(1)_z(42) c_u_svm(1)_z_le_neg_alpha_if_neg(42)_ 1
     svm(1)_z(42) c_e_svm(1)_p_def(0)_ 0.13082268405967509
     svm(1)_z(42) c_e_svm(1)_p_def(1)_ 0.13375625640830413
     svm(1)_z(42) c_e_svm(1)_p_def(2)_ 0.12744898002943372
     svm(1)_z(42) c_e_svm(1)_p_def(3)_ 0.062099159406777654
     svm(1)_z(42) c_e_svm(1)_p_def(4)_ 0.011020059896751561
     svm(1)_z(42) c_e_svm(1)_p_def(5)_ 0.086351784384265218
     svm(1)_z(42) c_e_svm(1)_p_def(6)_ -0.053228298409949151
     svm(1)_z(42) c_e_svm(1)_p_def(7)_ -0.33189634900534032
     svm(1)_z(42) c_e_svm(1)_p_def(8)_ 0.082838897467272923
     svm(1)_z(42) c_e_svm(1)_p_def(9)_ -0.36507664495576342
     svm(1)_z(42) c_e_svm(1)_p_def(10)_ 0.068763424712007318
     svm(1)_z(42) c_e_svm(1)_p_def(11)_ -0.10402801117307499
     svm(1)_z(42) c_e_svm(1)_p_def(12)_ 0.08794033186017762
     svm(1)_z(42) c_e_svm(1)_p_def(13)_ 0.10832379462221675
     svm(1)_z(42) c_e_svm(1)_p_def(14)_ 0.10256479230169666
     svm(1)_z(42) c_e_svm(1)_p_def(15)_ 0.10118344099042345
     svm(1)_z(42) c_e_svm(1)_p_def(16)_ -0.52542419292380016
     svm(1)_z(42) c_e_svm(1)_p_def(17)_ -0.21185552420572212
     svm(1)_z(42) c_e_svm(1)_p_def(18)_ 0.10942235081474028
     svm(1)_z(42) c_e_svm(1)_p_def(19)_ -0.35377898115977569
     svm(1)_z(42) c_e_svm(1)_p_def(20)_ -0.12092184927985432
     svm(1)_z(42) c_e_svm(1)_p_def(21)_ 0.10585171083717353
     svm(1)_z(42) c_e_svm(1)_p_def(22)_ 0.12366789525828323
     svm(1)_z(42) c_e_svm(1)_p_def(23)_ 0.068537733931806052
     svm(1)_z(42) c_e_svm(1)_p_def(24)_ -0.054357163473066544
     svm(1)_z(42) c_e_svm(1)_p_def(25)_ -1.9595302845245177
     svm(1)_z(42) c_e_svm(1)_p_def(26)_ -0.63893466538803589
     svm(1)_z(42) c_e_svm(1)_p_def(27)_ -1.4061868221439309
     svm(1)_z(42) c_e_svm(1)_p_def(28)_ -1.2134467421105921
     svm(1)_z(42) c_e_svm(1)_p_def(29)_ -0.57057906982737627
     svm(1)_z(42) c_e_svm(1)_p_def(30)_ -2.5105047342678648
     svm(1)_z(42) c_e_svm(1)_p_def(31)_ -0.74348855048055784
     svm(1)_z(42) c_e_svm(1)_p_def(32)_ -0.30247178222364723
     svm(1)_z(42) c_e_svm(1)_p_def(33)_ -0.55158925641150724
     svm(1)_z(42) c_e_svm(1)_p_def(34)_ -0.565333891123185
     svm(1)_z(42) c_e_svm(1)_p_def(35)_ -0.73590041876647139
     svm(1)_z(42) c_e_svm(1)_p_def(36)_ -0.30256591609934691
     svm(1)_z(42) c_e_svm(1)_p_def(37)_ -0.27610625443532288
     svm(1)_z(42) c_e_svm(1)_p_def(38)_ -0.20407531845441657
     svm(1)_z(42) c_e_svm(1)_p_def(39)_ -0.32273603327038219
     svm(1)_z(42) c_e_svm(1)_p_def(40)_ -1.8116475197122321
     svm(1)_z(42) c_e_svm(1)_p_def(41)_ -1.2042087717152186
     svm(1)_z(42) c_e_svm(1)_p_def(42)_ -2.5819014311063047
     svm(1)_z(42) c_e_svm(1)_p_def(43)_ -0.13390954889781026
     svm(1)_z(42) c_e_svm(1)_p_def(44)_ -0.54147553797030634
     svm(1)_z(42) c_e_svm(1)_p_def(45)_ -0.60322446670825625
     svm(1)_z(42) c_e_svm(1)_p_def(46)_ -1.5393707438656312
     svm(1)_z(42) c_e_svm(1)_p_def(47)_ -0.20856776693413337
     svm(1)_z(42) c_e_svm(1)_p_def(48)_ -1.1983942351186228
     svm(1)_z(42) c_e_svm(1)_p_def(49)_ -2.3384969665989175
     svm(1)_z(43) c_u_crossed_ -0.041686716224584863
     svm(1)_z(43) c_u_svm(1)_z_le_alpha(43)_ 1
     svm(1)_z(43) c_u_svm(1)_z_ge_neg_alpha(43)_ -1
     svm(1)_z(43) c_u_svm(1)_z_ge_alpha_if_pos(43)_ -1
     svm(1)_z(43) c_u_svm(1)_z_le_neg_alpha_if_neg(43)_ 1
     svm(1)_z(43) c_e_svm(1)_p_def(0)_ -0.1098625538886501
     svm(1)_z(43) c_e_svm(1)_p_def(1)_ -0.15519108945163623
     svm(1)_z(43) c_e_svm(1)_p_def(2)_ -0.14795611923795815
     svm(1)_z(43) c_e_svm(1)_p_def(3)_ -0.24711893020080233
     svm(1)_z(43) c_e_svm(1)_p_def(4)_ -0.29329834724312021
     svm(1)_z(43) c_e_svm(1)_p_def(5)_ -0.26001938014450793
     svm(1)_z(43) c_e_svm(1)_p_def(6)_ -0.24783064270389285
     svm(1)_z(43) c_e_svm(1)_p_def(7)_ -0.1374351072688671
     svm(1)_z(43) c_e_svm(1)_p_def(8)_ -0.19875343481626695
     svm(1)_z(43) c_e_svm(1)_p_def(9)_ -0.19589195196534764
     svm(1)_z(43) c_e_svm(1)_p_def(10)_ -0.43393304824449486
     svm(1)_z(43) c_e_svm(1)_p_def(11)_ -0.22925674917541308
     svm(1)_z(43) c_e_svm(1)_p_def(12)_ -0.21073890213527205
     svm(1)_z(43) c_e_svm(1)_p_def(13)_ -0.19899596470899833
     svm(1)_z(43) c_e_svm(1)_p_def(14)_ -0.050087143476049853
     svm(1)_z(43) c_e_svm(1)_p_def(15)_ -0.11308808589809007
     svm(1)_z(43) c_e_svm(1)_p_def(16)_ -0.22465823215974706
     svm(1)_z(43) c_e_svm(1)_p_def(17)_ -0.13504800206236145
     svm(1)_z(43) c_e_svm(1)_p_def(18)_ -0.058257219087796366
     svm(1)_z(43) c_e_svm(1)_p_def(19)_ -0.16017261765497925
     svm(1)_z(43) c_e_svm(1)_p_def(20)_ -0.16083971538612979
     svm(1)_z(43) c_e_svm(1)_p_def(21)_ -0.15178878707027596
     svm(1)_z(43) c_e_svm(1)_p_def(22)_ -0.096256026233481687
     svm(1)_z(43) c_e_svm(1)_p_def(23)_ -0.21028966560329188
     svm(1)_z(43) c_e_svm(1)_p_def(24)_ -0.111425884514638
     svm(1)_z(43) c_e_svm(1)_p_def(25)_ -0.40069283438658881
     svm(1)_z(43) c_e_svm(1)_p_def(26)_ -0.61406437229446231
     svm(1)_z(43) c_e_svm(1)_p_def(27)_ -0.46360263076740643
     svm(1)_z(43) c_e_svm(1)_p_def(28)_ -0.91589087091400168
     svm(1)_z(43) c_e_svm(1)_p_def(29)_ -1.3651800589654037
     svm(1)_z(43) c_e_svm(1)_p_def(30)_ -0.27762027700594422
     svm(1)_z(43) c_e_svm(1)_p_def(31)_ -1.0933916569023721
     svm(1)_z(43) c_e_svm(1)_p_def(32)_ -0.65651252842706431
     svm(1)_z(43) c_e_svm(1)_p_def(33)_ -0.37737005881292091
     svm(1)_z(43) c_e_svm(1)_p_def(34)_ -0.4996917054383897
     svm(1)_z(43) c_e_svm(1)_p_def(35)_ -0.0044503274333254628
     svm(1)_z(43) c_e_svm(1)_p_def(36)_ -0.03869713981724679
     svm(1)_z(43) c_e_svm(1)_p_def(37)_ -1.3028418062429497
     svm(1)_z(43) c_e_svm(1)_p_def(38)_ -0.50449053308212122
     svm(1)_z(43) c_e_svm(1)_p_def(39)_ -0.43311941287042333
     svm(1)_z(43) c_e_svm(1)_p_def(40)_ -0.17429489508155968
     svm(1)_z(43) c_e_svm(1)_p_def(41)_ -0.011838690263933943
     svm(1)_z(43) c_e_svm(1)_p_def(42)_ -0.13390954889781026
     svm(1)_z(43) c_e_svm(1)_p_def(43)_ -1.9810034402365553
     svm(1)_z(43) c_e_svm(1)_p_def(44)_ -0.53766661967878882
     svm(1)_z(43) c_e_svm(1)_p_def(45)_ -0.55676525751239869
     svm(1)_z(43) c_e_svm(1)_p_def(46)_ -0.051397896233121021
     svm(1)_z(43) c_e_svm(1)_p_def(47)_ -0.48292256045282583
     svm(1)_z(43) c_e_svm(1)_p_def(48)_ -0.22120776393106278
     svm(1)_z(43) c_e_svm(1)_p_def(49)_ -0.24279961251360871
     svm(1)_z(44) c_u_crossed_ 0.007569365744843265
     svm(1)_z(44) c_u_svm(1)_z_le_alpha(44)_ 1
     svm(1)_z(44) c_u_svm(1)_z_ge_neg_alpha(44)_ -1
     svm(1)_z(44) c_u_svm(1)_z_ge_alpha_if_pos(44)_ -1
     svm(1)_z(44) c_u_svm(1)_z_le_neg_alpha_if_neg(44)_ 1
     svm(1)_z(44) c_e_svm(1)_p_def(0)_ -0.01372287686009932
     svm(1)_z(44) c_e_svm(1)_p_def(1)_ -0.036114810737049488
     svm(1)_z(44) c_e_svm(1)_p_def(2)_ -0.10649714257074303
     svm(1)_z(44) c_e_svm(1)_p_def(3)_ -0.011299874195649151
     svm(1)_z(44) c_e_svm(1)_p_def(4)_ -0.0289057294393327
     svm(1)_z(44) c_e_svm(1)_p_def(5)_ -0.029256512169514512
     svm(1)_z(44) c_e_svm(1)_p_def(6)_ -0.046418670332021794
     svm(1)_z(44) c_e_svm(1)_p_def(7)_ -0.5212449944230293
     svm(1)_z(44) c_e_svm(1)_p_def(8)_ -0.12163608162191192
     svm(1)_z(44) c_e_svm(1)_p_def(9)_ -0.37702160830298181
     svm(1)_z(44) c_e_svm(1)_p_def(10)_ -0.078628528860726937
     svm(1)_z(44) c_e_svm(1)_p_def(11)_ -0.43661638550496146
     svm(1)_z(44) c_e_svm(1)_p_def(12)_ 0.021523615635170232
     svm(1)_z(44) c_e_svm(1)_p_def(13)_ -0.015842286381415327
     svm(1)_z(44) c_e_svm(1)_p_def(14)_ -0.0066766752597465784
     svm(1)_z(44) c_e_svm(1)_p_def(15)_ 0.043331868591116138
     svm(1)_z(44) c_e_svm(1)_p_def(16)_ -0.42218581917146641
     svm(1)_z(44) c_e_svm(1)_p_def(17)_ -0.42176807604000155
     svm(1)_z(44) c_e_svm(1)_p_def(18)_ 0.0044347918473546105
     svm(1)_z(44) c_e_svm(1)_p_def(19)_ -0.52782522529234943
     svm(1)_z(44) c_e_svm(1)_p_def(20)_ -0.31470716493815726
     svm(1)_z(44) c_e_svm(1)_p_def(21)_ -0.027917775458208005
     svm(1)_z(44) c_e_svm(1)_p_def(22)_ -0.04508728580913024
     svm(1)_z(44) c_e_svm(1)_p_def(23)_ 0.072616432737972275
     svm(1)_z(44) c_e_svm(1)_p_def(24)_ -0.14129611060272459
     svm(1)_z(44) c_e_svm(1)_p_def(25)_ -0.88046846038347271
     svm(1)_z(44) c_e_svm(1)_p_def(26)_ 0.035617239862214545
     svm(1)_z(44) c_e_svm(1)_p_def(27)_ -0.092425854548474504
     svm(1)_z(44) c_e_svm(1)_p_def(28)_ -0.52638777660108271
     svm(1)_z(44) c_e_svm(1)_p_def(29)_ -0.30081645749668856
     svm(1)_z(44) c_e_svm(1)_p_def(30)_ -0.48930963825296525
     svm(1)_z(44) c_e_svm(1)_p_def(31)_ -0.098963389159705081
     svm(1)_z(44) c_e_svm(1)_p_def(32)_ 0.047161566748727998
     svm(1)_z(44) c_e_svm(1)_p_def(33)_ -1.684710391223041
     svm(1)_z(44) c_e_svm(1)_p_def(34)_ -0.060856516581161868
     svm(1)_z(44) c_e_svm(1)_p_def(35)_ -0.86084372279555543
     svm(1)_z(44) c_e_svm(1)_p_def(36)_ -0.88494863274341062
     svm(1)_z(44) c_e_svm(1)_p_def(37)_ -0.41981930053727812
     svm(1)_z(44) c_e_svm(1)_p_def(38)_ -1.1225767352179161
     svm(1)_z(44) c_e_svm(1)_p_def(39)_ -0.41780715513867711
     svm(1)_z(44) c_e_svm(1)_p_def(40)_ -0.36726253255412106
     svm(1)_z(44) c_e_svm(1)_p_def(41)_ -0.090581230723803474
     svm(1)_z(44) c_e_svm(1)_p_def(42)_ -0.54147553797030634
     svm(1)_z(44) c_e_svm(1)_p_def(43)_ -0.53766661967878882
     svm(1)_z(44) c_e_svm(1)_p_def(44)_ -1.9186201933110074
     svm(1)_z(44) c_e_svm(1)_p_def(45)_ -0.98695996457236368
     svm(1)_z(44) c_e_svm(1)_p_def(46)_ -1.3047561432279884
     svm(1)_z(44) c_e_svm(1)_p_def(47)_ -0.69175626124072864
     svm(1)_z(44) c_e_svm(1)_p_def(48)_ -0.48838534173243642
     svm(1)_z(44) c_e_svm(1)_p_def(49)_ -0.5123409834642606
     svm(1)_z(45) c_u_crossed_ 0.10774221532744423
     svm(1)_z(45) c_u_svm(1)_z_le_alpha(45)_ 1
     svm(1)_z(45) c_u_svm(1)_z_ge_neg_alpha(45)_ -1
     svm(1)_z(45) c_u_svm(1)_z_ge_alpha_if_pos(45)_ -1
     svm(1)_z(45) c_u_svm(1)_z_le_neg_alpha_if_neg(45)_ 1
     svm(1)_z(45) c_e_svm(1)_p_def(0)_ 0.091313849439537464
     svm(1)_z(45) c_e_svm(1)_p_def(1)_ 0.072902000432525205
     svm(1)_z(45) c_e_svm(1)_p_def(2)_ 0.089179938922483964
     svm(1)_z(45) c_e_svm(1)_p_def(3)_ -0.083499736007290409
     svm(1)_z(45) c_e_svm(1)_p_def(4)_ -0.092991999589275329
     svm(1)_z(45) c_e_svm(1)_p_def(5)_ -0.030681518597859753
     svm(1)_z(45) c_e_svm(1)_p_def(6)_ -0.14924599377659711
     svm(1)_z(45) c_e_svm(1)_p_def(7)_ -0.17136453950234343
     svm(1)_z(45) c_e_svm(1)_p_def(8)_ 0.013956008142152199
     svm(1)_z(45) c_e_svm(1)_p_def(9)_ -0.44998773082602656
     svm(1)_z(45) c_e_svm(1)_p_def(10)_ -0.088094958698960862
     svm(1)_z(45) c_e_svm(1)_p_def(11)_ -0.11041677731615013
     svm(1)_z(45) c_e_svm(1)_p_def(12)_ -0.0012940242458570339
     svm(1)_z(45) c_e_svm(1)_p_def(13)_ 0.021121255353611521
     svm(1)_z(45) c_e_svm(1)_p_def(14)_ 0.062899094562674035
     svm(1)_z(45) c_e_svm(1)_p_def(15)_ 0.049403272932659406
     svm(1)_z(45) c_e_svm(1)_p_def(16)_ -0.74535149635625453
     svm(1)_z(45) c_e_svm(1)_p_def(17)_ -0.097773756249702568
     svm(1)_z(45) c_e_svm(1)_p_def(18)_ 0.076154598047496691
     svm(1)_z(45) c_e_svm(1)_p_def(19)_ -0.20869381832042386
     svm(1)_z(45) c_e_svm(1)_p_def(20)_ -0.061057743203229722
     svm(1)_z(45) c_e_svm(1)_p_def(21)_ 0.068339062247428001
     svm(1)_z(45) c_e_svm(1)_p_def(22)_ 0.091837143784702938
     svm(1)_z(45) c_e_svm(1)_p_def(23)_ 0.037734787136013914
     svm(1)_z(45) c_e_svm(1)_p_def(24)_ -0.013180962085706793
     svm(1)_z(45) c_e_svm(1)_p_def(25)_ -1.289092844758964
     svm(1)_z(45) c_e_svm(1)_p_def(26)_ -0.010123783496321828
     svm(1)_z(45) c_e_svm(1)_p_def(27)_ -0.074477198951435619
     svm(1)_z(45) c_e_svm(1)_p_def(28)_ -0.35569065569216229
     svm(1)_z(45) c_e_svm(1)_p_def(29)_ -0.28796151904188821
     svm(1)_z(45) c_e_svm(1)_p_def(30)_ -0.60630317884743312
     svm(1)_z(45) c_e_svm(1)_p_def(31)_ -0.20801654347813636
     svm(1)_z(45) c_e_svm(1)_p_def(32)_ -0.11496475143925972
     svm(1)_z(45) c_e_svm(1)_p_def(33)_ -0.79395906859641896
     svm(1)_z(45) c_e_svm(1)_p_def(34)_ -0.042346062887184538
     svm(1)_z(45) c_e_svm(1)_p_def(35)_ -0.94216337476497025
     svm(1)_z(45) c_e_svm(1)_p_def(36)_ -0.95372162002833072
     svm(1)_z(45) c_e_svm(1)_p_def(37)_ -0.52313437094351822
     svm(1)_z(45) c_e_svm(1)_p_def(38)_ -0.34950652297605456
     svm(1)_z(45) c_e_svm(1)_p_def(39)_ -0.14539409311869192
     svm(1)_z(45) c_e_svm(1)_p_def(40)_ -0.7072169187692201
     svm(1)_z(45) c_e_svm(1)_p_def(41)_ -0.89820855061137495
     svm(1)_z(45) c_e_svm(1)_p_def(42)_ -0.60322446670825625
     svm(1)_z(45) c_e_svm(1)_p_def(43)_ -0.55676525751239869
     svm(1)_z(45) c_e_svm(1)_p_def(44)_ -0.98695996457236368
     svm(1)_z(45) c_e_svm(1)_p_def(45)_ -1.649166276467795
     svm(1)_z(45) c_e_svm(1)_p_def(46)_ -1.0321449013732924
     svm(1)_z(45) c_e_svm(1)_p_def(47)_ -1.4095664311243397
     svm(1)_z(45) c_e_svm(1)_p_def(48)_ -1.3523003196317491
     svm(1)_z(45) c_e_svm(1)_p_def(49)_ -0.9685871595337644
     svm(1)_z(46) c_u_crossed_ 0.095146172705273771
     svm(1)_z(46) c_u_svm(1)_z_le_alpha(46)_ 1
     svm(1)_z(46) c_u_svm(1)_z_ge_neg_alpha(46)_ -1
     svm(1)_z(46) c_u_svm(1)_z_ge_alpha_if_pos(46)_ -1
     svm(1)_z(46) c_u_svm(1)_z_le_neg_alpha_if_neg(46)_ 1
     svm(1)_z(46) c_e_svm(1)_p_def(0)_ 0.089734627507927031
     svm(1)_z(46) c_e_svm(1)_p_def(1)_ 0.08957742782177644
     svm(1)_z(46) c_e_svm(1)_p_def(2)_ 0.0064702108265700109
     svm(1)_z(46) c_e_svm(1)_p_def(3)_ 0.11372423009735415
     svm(1)_z(46) c_e_svm(1)_p_def(4)_ 0.10646027084756218
     svm(1)_z(46) c_e_svm(1)_p_def(5)_ 0.10460838084294631
     svm(1)_z(46) c_e_svm(1)_p_def(6)_ 0.091884600371949773
     svm(1)_z(46) c_e_svm(1)_p_def(7)_ -0.5147015199232432
     svm(1)_z(46) c_e_svm(1)_p_def(8)_ 0.0019483579451602673
     svm(1)_z(46) c_e_svm(1)_p_def(9)_ -0.41638081688173839
     svm(1)_z(46) c_e_svm(1)_p_def(10)_ 0.070323669590650215
     svm(1)_z(46) c_e_svm(1)_p_def(11)_ -0.18750796425332206
     svm(1)_z(46) c_e_svm(1)_p_def(12)_ 0.13179339445443974
     svm(1)_z(46) c_e_svm(1)_p_def(13)_ 0.10448010890876805
     svm(1)_z(46) c_e_svm(1)_p_def(14)_ 0.087769566228187684
     svm(1)_z(46) c_e_svm(1)_p_def(15)_ 0.12674187445534957
     svm(1)_z(46) c_e_svm(1)_p_def(16)_ -0.50853549994158032
     svm(1)_z(46) c_e_svm(1)_p_def(17)_ -0.34909844585550742
     svm(1)_z(46) c_e_svm(1)_p_def(18)_ 0.10479328835138643
     svm(1)_z(46) c_e_svm(1)_p_def(19)_ -0.50858123649221654
     svm(1)_z(46) c_e_svm(1)_p_def(20)_ -0.20012390134734148
     svm(1)_z(46) c_e_svm(1)_p_def(21)_ 0.046142120428106725
     svm(1)_z(46) c_e_svm(1)_p_def(22)_ 0.080005788419469107
     svm(1)_z(46) c_e_svm(1)_p_def(23)_ 0.12465837004973743
     svm(1)_z(46) c_e_svm(1)_p_def(24)_ -0.057089535010835107
     svm(1)_z(46) c_e_svm(1)_p_def(25)_ -1.5937652139025715
     svm(1)_z(46) c_e_svm(1)_p_def(26)_ -0.21843730041070458
     svm(1)_z(46) c_e_svm(1)_p_def(27)_ -0.57102206976356884
     svm(1)_z(46) c_e_svm(1)_p_def(28)_ -0.75759291577621457
     svm(1)_z(46) c_e_svm(1)_p_def(29)_ -0.39181515731215838
     svm(1)_z(46) c_e_svm(1)_p_def(30)_ -1.3619574651555419
     svm(1)_z(46) c_e_svm(1)_p_def(31)_ -0.3647950177929295
     svm(1)_z(46) c_e_svm(1)_p_def(32)_ -0.11862320886712911
     svm(1)_z(46) c_e_svm(1)_p_def(33)_ -1.4551870947295642
     svm(1)_z(46) c_e_svm(1)_p_def(34)_ -0.39193678524764053
     svm(1)_z(46) c_e_svm(1)_p_def(35)_ -1.8737397988679745
     svm(1)_z(46) c_e_svm(1)_p_def(36)_ -1.668282379622694
     svm(1)_z(46) c_e_svm(1)_p_def(37)_ -0.098511252765505319
     svm(1)_z(46) c_e_svm(1)_p_def(38)_ -0.55025518294833875
     svm(1)_z(46) c_e_svm(1)_p_def(39)_ -0.56270833019861055
     svm(1)_z(46) c_e_svm(1)_p_def(40)_ -1.0645537689111098
     svm(1)_z(46) c_e_svm(1)_p_def(41)_ -0.87493891268792989
     svm(1)_z(46) c_e_svm(1)_p_def(42)_ -1.5393707438656312
     svm(1)_z(46) c_e_svm(1)_p_def(43)_ -0.051397896233121021
     svm(1)_z(46) c_e_svm(1)_p_def(44)_ -1.3047561432279884
     svm(1)_z(46) c_e_svm(1)_p_def(45)_ -1.0321449013732924
     svm(1)_z(46) c_e_svm(1)_p_def(46)_ -2.8999788280561054
     svm(1)_z(46) c_e_svm(1)_p_def(47)_ -0.82887255515247493
     svm(1)_z(46) c_e_svm(1)_p_def(48)_ -1.4860721510699251
     svm(1)_z(46) c_e_svm(1)_p_def(49)_ -1.5117947971142436
     svm(1)_z(47) c_u_crossed_ 0.03870150964211462
     svm(1)_z(47) c_u_svm(1)_z_le_alpha(47)_ 1
     svm(1)_z(47) c_u_svm(1)_z_ge_neg_alpha(47)_ -1
     svm(1)_z(47) c_u_svm(1)_z_ge_alpha_if_pos(47)_ -1
     svm(1)_z(47) c_u_svm(1)_z_le_neg_alpha_if_neg(47)_ 1
     svm(1)_z(47) c_e_svm(1)_p_def(0)_ -0.0085807657997079567
     svm(1)_z(47) c_e_svm(1)_p_def(1)_ -0.040924676830999568
     svm(1)_z(47) c_e_svm(1)_p_def(2)_ -0.012720766547572177
     svm(1)_z(47) c_e_svm(1)_p_def(3)_ -0.12379155237345028
     svm(1)_z(47) c_e_svm(1)_p_def(4)_ -0.096146210968366883
     svm(1)_z(47) c_e_svm(1)_p_def(5)_ -0.088213563136956608
     svm(1)_z(47) c_e_svm(1)_p_def(6)_ -0.10670180464362117
     svm(1)_z(47) c_e_svm(1)_p_def(7)_ -0.11604960921297805
     svm(1)_z(47) c_e_svm(1)_p_def(8)_ -0.052134606630198144
     svm(1)_z(47) c_e_svm(1)_p_def(9)_ -0.37164724514939135
     svm(1)_z(47) c_e_svm(1)_p_def(10)_ -0.11839468669194127
     svm(1)_z(47) c_e_svm(1)_p_def(11)_ -0.12115505309294573
     svm(1)_z(47) c_e_svm(1)_p_def(12)_ -0.068943639975038398
     svm(1)_z(47) c_e_svm(1)_p_def(13)_ -0.05689158573024565
     svm(1)_z(47) c_e_svm(1)_p_def(14)_ -0.035967853213147424
     svm(1)_z(47) c_e_svm(1)_p_def(15)_ -0.037770555136863657
     svm(1)_z(47) c_e_svm(1)_p_def(16)_ -0.76562720917541238
     svm(1)_z(47) c_e_svm(1)_p_def(17)_ -0.085823390862607166
     svm(1)_z(47) c_e_svm(1)_p_def(18)_ -0.020496053871119968
     svm(1)_z(47) c_e_svm(1)_p_def(19)_ -0.13192493109572495
     svm(1)_z(47) c_e_svm(1)_p_def(20)_ -0.078990783156653782
     svm(1)_z(47) c_e_svm(1)_p_def(21)_ -0.014803985131161462
     svm(1)_z(47) c_e_svm(1)_p_def(22)_ -0.013893897830976526
     svm(1)_z(47) c_e_svm(1)_p_def(23)_ -0.015876013719127363
     svm(1)_z(47) c_e_svm(1)_p_def(24)_ -0.054896553622020644
     svm(1)_z(47) c_e_svm(1)_p_def(25)_ -1.0094975276183182
     svm(1)_z(47) c_e_svm(1)_p_def(26)_ -0.011458875382711731
     svm(1)_z(47) c_e_svm(1)_p_def(27)_ 0.030103447480657658
     svm(1)_z(47) c_e_svm(1)_p_def(28)_ -0.24307906220389608
     svm(1)_z(47) c_e_svm(1)_p_def(29)_ -0.32752018770577412
     svm(1)_z(47) c_e_svm(1)_p_def(30)_ -0.33469682395268879
     svm(1)_z(47) c_e_svm(1)_p_def(31)_ -0.2484446922907147
     svm(1)_z(47) c_e_svm(1)_p_def(32)_ -0.15022153851037723
     svm(1)_z(47) c_e_svm(1)_p_def(33)_ -0.75299364858156959
     svm(1)_z(47) c_e_svm(1)_p_def(34)_ -0.10755922166865989
     svm(1)_z(47) c_e_svm(1)_p_def(35)_ -1.0425883946243808
     svm(1)_z(47) c_e_svm(1)_p_def(36)_ -1.4949851192090462
     svm(1)_z(47) c_e_svm(1)_p_def(37)_ -0.64638275685670576
     svm(1)_z(47) c_e_svm(1)_p_def(38)_ -0.27207281826207191
     svm(1)_z(47) c_e_svm(1)_p_def(39)_ -0.24771456122387089
     svm(1)_z(47) c_e_svm(1)_p_def(40)_ -0.69809225092301097
     svm(1)_z(47) c_e_svm(1)_p_def(41)_ -1.1987540774643808
     svm(1)_z(47) c_e_svm(1)_p_def(42)_ -0.20856776693413337
     svm(1)_z(47) c_e_svm(1)_p_def(43)_ -0.48292256045282583
     svm(1)_z(47) c_e_svm(1)_p_def(44)_ -0.69175626124072864
     svm(1)_z(47) c_e_svm(1)_p_def(45)_ -1.4095664311243397
     svm(1)_z(47) c_e_svm(1)_p_def(46)_ -0.82887255515247493
     svm(1)_z(47) c_e_svm(1)_p_def(47)_ -2.0469298633656674
     svm(1)_z(47) c_e_svm(1)_p_def(48)_ -1.4604406477060015
     svm(1)_z(47) c_e_svm(1)_p_def(49)_ -0.74150427050522216
     svm(1)_z(48) c_u_crossed_ 0.13785251367579213
     svm(1)_z(48) c_u_svm(1)_z_le_alpha(48)_ 1
     svm(1)_z(48) c_u_svm(1)_z_ge_neg_alpha(48)_ -1
     svm(1)_z(48) c_u_svm(1)_z_ge_alpha_if_pos(48)_ -1
     svm(1)_z(48) c_u_svm(1)_z_le_neg_alpha_if_neg(48)_ 1
     svm(1)_z(48) c_e_svm(1)_p_def(0)_ 0.12486198329614503
     svm(1)_z(48) c_e_svm(1)_p_def(1)_ 0.11397196836187436
     svm(1)_z(48) c_e_svm(1)_p_def(2)_ 0.12402831042319273
     svm(1)_z(48) c_e_svm(1)_p_def(3)_ 0.026739177187776464
     svm(1)_z(48) c_e_svm(1)_p_def(4)_ 0.014840557690890571
     svm(1)_z(48) c_e_svm(1)_p_def(5)_ 0.051733183176478736
     svm(1)_z(48) c_e_svm(1)_p_def(6)_ -0.047218695374451378
     svm(1)_z(48) c_e_svm(1)_p_def(7)_ -0.062071415816033815
     svm(1)_z(48) c_e_svm(1)_p_def(8)_ 0.066989885908661589
     svm(1)_z(48) c_e_svm(1)_p_def(9)_ -0.47057381591216174
     svm(1)_z(48) c_e_svm(1)_p_def(10)_ -3.9038368501997933e-06
     svm(1)_z(48) c_e_svm(1)_p_def(11)_ 0.034272671750348024
     svm(1)_z(48) c_e_svm(1)_p_def(12)_ 0.079265053155010451
     svm(1)_z(48) c_e_svm(1)_p_def(13)_ 0.086809252588664121
     svm(1)_z(48) c_e_svm(1)_p_def(14)_ 0.091000111266914957
     svm(1)_z(48) c_e_svm(1)_p_def(15)_ 0.099375602471376515
     svm(1)_z(48) c_e_svm(1)_p_def(16)_ -1.1520364224615438
     svm(1)_z(48) c_e_svm(1)_p_def(17)_ 0.02389017173985869
     svm(1)_z(48) c_e_svm(1)_p_def(18)_ 0.10398885535611924
     svm(1)_z(48) c_e_svm(1)_p_def(19)_ -0.087430670895105672
     svm(1)_z(48) c_e_svm(1)_p_def(20)_ 0.036624569030207166
     svm(1)_z(48) c_e_svm(1)_p_def(21)_ 0.11048132334722718
     svm(1)_z(48) c_e_svm(1)_p_def(22)_ 0.12351221372243562
     svm(1)_z(48) c_e_svm(1)_p_def(23)_ 0.077575797168028218
     svm(1)_z(48) c_e_svm(1)_p_def(24)_ 0.052920128047277679
     svm(1)_z(48) c_e_svm(1)_p_def(25)_ -1.6256165914244574
     svm(1)_z(48) c_e_svm(1)_p_def(26)_ -0.40418072795816418
     svm(1)_z(48) c_e_svm(1)_p_def(27)_ -0.58370717909748149
     svm(1)_z(48) c_e_svm(1)_p_def(28)_ -0.67451459504318845
     svm(1)_z(48) c_e_svm(1)_p_def(29)_ -0.52592413550382422
     svm(1)_z(48) c_e_svm(1)_p_def(30)_ -1.2770827643646321
     svm(1)_z(48) c_e_svm(1)_p_def(31)_ -0.59130185305636374
     svm(1)_z(48) c_e_svm(1)_p_def(32)_ -0.39184475646285916
     svm(1)_z(48) c_e_svm(1)_p_def(33)_ -0.57095795002074701
     svm(1)_z(48) c_e_svm(1)_p_def(34)_ -0.49004373370891052
     svm(1)_z(48) c_e_svm(1)_p_def(35)_ -1.2941451782241264
     svm(1)_z(48) c_e_svm(1)_p_def(36)_ -1.2667313614588946
     svm(1)_z(48) c_e_svm(1)_p_def(37)_ -0.36971771214322735
     svm(1)_z(48) c_e_svm(1)_p_def(38)_ -0.12714426592891731
     svm(1)_z(48) c_e_svm(1)_p_def(39)_ -0.39297619521689314
     svm(1)_z(48) c_e_svm(1)_p_def(40)_ -1.4793599164173838
     svm(1)_z(48) c_e_svm(1)_p_def(41)_ -1.8970521403912159
     svm(1)_z(48) c_e_svm(1)_p_def(42)_ -1.1983942351186228
     svm(1)_z(48) c_e_svm(1)_p_def(43)_ -0.22120776393106278
     svm(1)_z(48) c_e_svm(1)_p_def(44)_ -0.48838534173243642
     svm(1)_z(48) c_e_svm(1)_p_def(45)_ -1.3523003196317491
     svm(1)_z(48) c_e_svm(1)_p_def(46)_ -1.4860721510699251
     svm(1)_z(48) c_e_svm(1)_p_def(47)_ -1.4604406477060015
     svm(1)_z(48) c_e_svm(1)_p_def(48)_ -2.5843503107925572
     svm(1)_z(48) c_e_svm(1)_p_def(49)_ -1.7179529754856961
     svm(1)_z(49) c_u_crossed_ 0.14944976880140121
     svm(1)_z(49) c_u_svm(1)_z_le_alpha(49)_ 1
     svm(1)_z(49) c_u_svm(1)_z_ge_neg_alpha(49)_ -1
     svm(1)_z(49) c_u_svm(1)_z_ge_alpha_if_pos(49)_ -1
     svm(1)_z(49) c_u_svm(1)_z_le_neg_alpha_if_neg(49)_ 1
     svm(1)_z(49) c_e_svm(1)_p_def(0)_ 0.16331878571989988
     svm(1)_z(49) c_e_svm(1)_p_def(1)_ 0.16549156396068074
     svm(1)_z(49) c_e_svm(1)_p_def(2)_ 0.16757030480884433
     svm(1)_z(49) c_e_svm(1)_p_def(3)_ 0.090852781267277846
     svm(1)_z(49) c_e_svm(1)_p_def(4)_ 0.07554032375327055
     svm(1)_z(49) c_e_svm(1)_p_def(5)_ 0.13471085218723905
     svm(1)_z(49) c_e_svm(1)_p_def(6)_ 0.025504253673085286
     svm(1)_z(49) c_e_svm(1)_p_def(7)_ -0.1761448413117479
     svm(1)_z(49) c_e_svm(1)_p_def(8)_ 0.16320966085075922
     svm(1)_z(49) c_e_svm(1)_p_def(9)_ -0.20081419819823171
     svm(1)_z(49) c_e_svm(1)_p_def(10)_ 0.13528126080248967
     svm(1)_z(49) c_e_svm(1)_p_def(11)_ -0.082925687933158909
     svm(1)_z(49) c_e_svm(1)_p_def(12)_ 0.12104693536362489
     svm(1)_z(49) c_e_svm(1)_p_def(13)_ 0.15239583660756126
     svm(1)_z(49) c_e_svm(1)_p_def(14)_ 0.12414751323829318
     svm(1)_z(49) c_e_svm(1)_p_def(15)_ 0.11747131947263116
     svm(1)_z(49) c_e_svm(1)_p_def(16)_ -0.40785820026048025
     svm(1)_z(49) c_e_svm(1)_p_def(17)_ -0.1323272709619655
     svm(1)_z(49) c_e_svm(1)_p_def(18)_ 0.12851861818599483
     svm(1)_z(49) c_e_svm(1)_p_def(19)_ -0.1928115396382708
     svm(1)_z(49) c_e_svm(1)_p_def(20)_ -0.046943486957574165
     svm(1)_z(49) c_e_svm(1)_p_def(21)_ 0.1595876672344009
     svm(1)_z(49) c_e_svm(1)_p_def(22)_ 0.14698819579461125
     svm(1)_z(49) c_e_svm(1)_p_def(23)_ 0.080130513095701753
     svm(1)_z(49) c_e_svm(1)_p_def(24)_ -0.019393185513181338
     svm(1)_z(49) c_e_svm(1)_p_def(25)_ -3.2317682367864644
     svm(1)_z(49) c_e_svm(1)_p_def(26)_ -0.53500046197900719
     svm(1)_z(49) c_e_svm(1)_p_def(27)_ -1.3228668325830428
     svm(1)_z(49) c_e_svm(1)_p_def(28)_ -1.5202858705934337
     svm(1)_z(49) c_e_svm(1)_p_def(29)_ -0.77089102713472379
     svm(1)_z(49) c_e_svm(1)_p_def(30)_ -3.3378995648277736
     svm(1)_z(49) c_e_svm(1)_p_def(31)_ -1.0352816945437704
     svm(1)_z(49) c_e_svm(1)_p_def(32)_ -0.22581660568619272
     svm(1)_z(49) c_e_svm(1)_p_def(33)_ -0.73739896252570969
     svm(1)_z(49) c_e_svm(1)_p_def(34)_ -0.56825236024079451
     svm(1)_z(49) c_e_svm(1)_p_def(35)_ -0.90990570541115101
     svm(1)_z(49) c_e_svm(1)_p_def(36)_ -0.64048341772581685
     svm(1)_z(49) c_e_svm(1)_p_def(37)_ -0.94386359682561904
     svm(1)_z(49) c_e_svm(1)_p_def(38)_ -0.072849206955273221
     svm(1)_z(49) c_e_svm(1)_p_def(39)_ -0.31792315022541268
     svm(1)_z(49) c_e_svm(1)_p_def(40)_ -3.119970938965706
     svm(1)_z(49) c_e_svm(1)_p_def(41)_ -2.3765284329924885
     svm(1)_z(49) c_e_svm(1)_p_def(42)_ -2.3384969665989175
     svm(1)_z(49) c_e_svm(1)_p_def(43)_ -0.24279961251360871
     svm(1)_z(49) c_e_svm(1)_p_def(44)_ -0.5123409834642606
     svm(1)_z(49) c_e_svm(1)_p_def(45)_ -0.9685871595337644
     svm(1)_z(49) c_e_svm(1)_p_def(46)_ -1.5117947971142436
     svm(1)_z(49) c_e_svm(1)_p_def(47)_ -0.74150427050522216
     svm(1)_z(49) c_e_svm(1)_p_def(48)_ -1.7179529754856961
     svm(1)_z(49) c_e_svm(1)_p_def(49)_ -3.716736595014674
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
     svm(1)_w(40) c_e_svm(1)_stationarity(40)_ 1
     svm(1)_w(40) c_u_svm(1)_w_minus_p_le(40)_ 1
     svm(1)_w(40) c_u_svm(1)_w_minus_p_ge(40)_ -1
     svm(1)_w(40) c_u_svm(1)_w_plus_p_le(40)_ 1
     svm(1)_w(40) c_u_svm(1)_w_plus_p_ge(40)_ -1
     svm(1)_w(41) c_e_svm(1)_stationarity(41)_ 1
     svm(1)_w(41) c_u_svm(1)_w_minus_p_le(41)_ 1
     svm(1)_w(41) c_u_svm(1)_w_minus_p_ge(41)_ -1
     svm(1)_w(41) c_u_svm(1)_w_plus_p_le(41)_ 1
     svm(1)_w(41) c_u_svm(1)_w_plus_p_ge(41)_ -1
     svm(1)_w(42) c_e_svm(1)_stationarity(42)_ 1
     svm(1)_w(42) c_u_svm(1)_w_minus_p_le(42)_ 1
     svm(1)_w(42) c_u_svm(1)_w_minus_p_ge(42)_ -1
     svm(1)_w(42) c_u_svm(1)_w_plus_p_le(42)_ 1
     svm(1)_w(42) c_u_svm(1)_w_plus_p_ge(42)_ -1
     svm(1)_w(43) c_e_svm(1)_stationarity(43)_ 1
     svm(1)_w(43) c_u_svm(1)_w_minus_p_le(43)_ 1
     svm(1)_w(43) c_u_svm(1)_w_minus_p_ge(43)_ -1
     svm(1)_w(43) c_u_svm(1)_w_plus_p_le(43)_ 1
     svm(1)_w(43) c_u_svm(1)_w_plus_p_ge(43)_ -1
     svm(1)_w(44) c_e_svm(1)_stationarity(44)_ 1
     svm(1)_w(44) c_u_svm(1)_w_minus_p_le(44)_ 1
     svm(1)_w(44) c_u_svm(1)_w_minus_p_ge(44)_ -1
     svm(1)_w(44) c_u_svm(1)_w_plus_p_le(44)_ 1
     svm(1)_w(44) c_u_svm(1)_w_plus_p_ge(44)_ -1
     svm(1)_w(45) c_e_svm(1)_stationarity(45)_ 1
     svm(1)_w(45) c_u_svm(1)_w_minus_p_le(45)_ 1
     svm(1)_w(45) c_u_svm(1)_w_minus_p_ge(45)_ -1
     svm(1)_w(45) c_u_svm(1)_w_plus_p_le(45)_ 1
     svm(1)_w(45) c_u_svm(1)_w_plus_p_ge(45)_ -1
     svm(1)_w(46) c_e_svm(1)_stationarity(46)_ 1
     svm(1)_w(46) c_u_svm(1)_w_minus_p_le(46)_ 1
     svm(1)_w(46) c_u_svm(1)_w_minus_p_ge(46)_ -1
     svm(1)_w(46) c_u_svm(1)_w_plus_p_le(46)_ 1
     svm(1)_w(46) c_u_svm(1)_w_plus_p_ge(46)_ -1
     svm(1)_w(47) c_e_svm(1)_stationarity(47)_ 1
     svm(1)_w(47) c_u_svm(1)_w_minus_p_le(47)_ 1
     svm(1)_w(47) c_u_svm(1)_w_minus_p_ge(47)_ -1
     svm(1)_w(47) c_u_svm(1)_w_plus_p_le(47)_ 1
     svm(1)_w(47) c_u_svm(1)_w_plus_p_ge(47)_ -1
     svm(1)_w(48) c_e_svm(1)_stationarity(48)_ 1
     svm(1)_w(48) c_u_svm(1)_w_minus_p_le(48)_ 1
     svm(1)_w(48) c_u_svm(1)_w_minus_p_ge(48)_ -1
     svm(1)_w(48) c_u_svm(1)_w_plus_p_le(48)_ 1
     svm(1)_w(48) c_u_svm(1)_w_plus_p_ge(48)_ -1
     svm(1)_w(49) c_e_svm(1)_stationarity(49)_ 1
     svm(1)_w(49) c_u_svm(1)_w_minus_p_le(49)_ 1
     svm(1)_w(49) c_u_svm(1)_w_minus_p_ge(49)_ -1
     svm(1)_w(49) c_u_svm(1)_w_plus_p_le(49)_ 1
     svm(1)_w(49) c_u_svm(1)_w_plus_p_ge(49)_ -1
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
     svm(1)_u(40) c_e_svm(1)_stationarity(40)_ -1
     svm(1)_u(40) c_u_svm(1)_u_le_Mu(40)_ 1
     svm(1)_u(41) c_e_svm(1)_stationarity(41)_ -1
     svm(1)_u(41) c_u_svm(1)_u_le_Mu(41)_ 1
     svm(1)_u(42) c_e_svm(1)_stationarity(42)_ -1
     svm(1)_u(42) c_u_svm(1)_u_le_Mu(42)_ 1
     svm(1)_u(43) c_e_svm(1)_stationarity(43)_ -1
     svm(1)_u(43) c_u_svm(1)_u_le_Mu(43)_ 1
     svm(1)_u(44) c_e_svm(1)_stationarity(44)_ -1
     svm(1)_u(44) c_u_svm(1)_u_le_Mu(44)_ 1
     svm(1)_u(45) c_e_svm(1)_stationarity(45)_ -1
     svm(1)_u(45) c_u_svm(1)_u_le_Mu(45)_ 1
     svm(1)_u(46) c_e_svm(1)_stationarity(46)_ -1
     svm(1)_u(46) c_u_svm(1)_u_le_Mu(46)_ 1
     svm(1)_u(47) c_e_svm(1)_stationarity(47)_ -1
     svm(1)_u(47) c_u_svm(1)_u_le_Mu(47)_ 1
     svm(1)_u(48) c_e_svm(1)_stationarity(48)_ -1
     svm(1)_u(48) c_u_svm(1)_u_le_Mu(48)_ 1
     svm(1)_u(49) c_e_svm(1)_stationarity(49)_ -1
     svm(1)_u(49) c_u_svm(1)_u_le_Mu(49)_ 1
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
     svm(1)_v(40) c_e_svm(1)_stationarity(40)_ 1
     svm(1)_v(40) c_u_svm(1)_v_le_Mv(40)_ 1
     svm(1)_v(41) c_e_svm(1)_stationarity(41)_ 1
     svm(1)_v(41) c_u_svm(1)_v_le_Mv(41)_ 1
     svm(1)_v(42) c_e_svm(1)_stationarity(42)_ 1
     svm(1)_v(42) c_u_svm(1)_v_le_Mv(42)_ 1
     svm(1)_v(43) c_e_svm(1)_stationarity(43)_ 1
     svm(1)_v(43) c_u_svm(1)_v_le_Mv(43)_ 1
     svm(1)_v(44) c_e_svm(1)_stationarity(44)_ 1
     svm(1)_v(44) c_u_svm(1)_v_le_Mv(44)_ 1
     svm(1)_v(45) c_e_svm(1)_stationarity(45)_ 1
     svm(1)_v(45) c_u_svm(1)_v_le_Mv(45)_ 1
     svm(1)_v(46) c_e_svm(1)_stationarity(46)_ 1
     svm(1)_v(46) c_u_svm(1)_v_le_Mv(46)_ 1
     svm(1)_v(47) c_e_svm(1)_stationarity(47)_ 1
     svm(1)_v(47) c_u_svm(1)_v_le_Mv(47)_ 1
     svm(1)_v(48) c_e_svm(1)_stationarity(48)_ 1
     svm(1)_v(48) c_u_svm(1)_v_le_Mv(48)_ 1
     svm(1)_v(49) c_e_svm(1)_stationarity(49)_ 1
     svm(1)_v(49) c_u_svm(1)_v_le_Mv(49)_ 1
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
     svm(1)_p(40) c_e_svm(1)_p_def(40)_ 1
     svm(1)_p(40) c_u_svm(1)_w_minus_p_le(40)_ -1
     svm(1)_p(40) c_u_svm(1)_w_minus_p_ge(40)_ 1
     svm(1)_p(40) c_u_svm(1)_w_plus_p_le(40)_ 1
     svm(1)_p(40) c_u_svm(1)_w_plus_p_ge(40)_ -1
     svm(1)_p(41) c_e_svm(1)_p_def(41)_ 1
     svm(1)_p(41) c_u_svm(1)_w_minus_p_le(41)_ -1
     svm(1)_p(41) c_u_svm(1)_w_minus_p_ge(41)_ 1
     svm(1)_p(41) c_u_svm(1)_w_plus_p_le(41)_ 1
     svm(1)_p(41) c_u_svm(1)_w_plus_p_ge(41)_ -1
     svm(1)_p(42) c_e_svm(1)_p_def(42)_ 1
     svm(1)_p(42) c_u_svm(1)_w_minus_p_le(42)_ -1
     svm(1)_p(42) c_u_svm(1)_w_minus_p_ge(42)_ 1
     svm(1)_p(42) c_u_svm(1)_w_plus_p_le(42)_ 1
     svm(1)_p(42) c_u_svm(1)_w_plus_p_ge(42)_ -1
     svm(1)_p(43) c_e_svm(1)_p_def(43)_ 1
     svm(1)_p(43) c_u_svm(1)_w_minus_p_le(43)_ -1
     svm(1)_p(43) c_u_svm(1)_w_minus_p_ge(43)_ 1
     svm(1)_p(43) c_u_svm(1)_w_plus_p_le(43)_ 1
     svm(1)_p(43) c_u_svm(1)_w_plus_p_ge(43)_ -1
     svm(1)_p(44) c_e_svm(1)_p_def(44)_ 1
     svm(1)_p(44) c_u_svm(1)_w_minus_p_le(44)_ -1
     svm(1)_p(44) c_u_svm(1)_w_minus_p_ge(44)_ 1
     svm(1)_p(44) c_u_svm(1)_w_plus_p_le(44)_ 1
     svm(1)_p(44) c_u_svm(1)_w_plus_p_ge(44)_ -1
     svm(1)_p(45) c_e_svm(1)_p_def(45)_ 1
     svm(1)_p(45) c_u_svm(1)_w_minus_p_le(45)_ -1
     svm(1)_p(45) c_u_svm(1)_w_minus_p_ge(45)_ 1
     svm(1)_p(45) c_u_svm(1)_w_plus_p_le(45)_ 1
     svm(1)_p(45) c_u_svm(1)_w_plus_p_ge(45)_ -1
     svm(1)_p(46) c_e_svm(1)_p_def(46)_ 1
     svm(1)_p(46) c_u_svm(1)_w_minus_p_le(46)_ -1
     svm(1)_p(46) c_u_svm(1)_w_minus_p_ge(46)_ 1
     svm(1)_p(46) c_u_svm(1)_w_plus_p_le(46)_ 1
     svm(1)_p(46) c_u_svm(1)_w_plus_p_ge(46)_ -1
     svm(1)_p(47) c_e_svm(1)_p_def(47)_ 1
     svm(1)_p(47) c_u_svm(1)_w_minus_p_le(47)_ -1
     svm(1)_p(47) c_u_svm(1)_w_minus_p_ge(47)_ 1
     svm(1)_p(47) c_u_svm(1)_w_plus_p_le(47)_ 1
     svm(1)_p(47) c_u_svm(1)_w_plus_p_ge(47)_ -1
     svm(1)_p(48) c_e_svm(1)_p_def(48)_ 1
     svm(1)_p(48) c_u_svm(1)_w_minus_p_le(48)_ -1
     svm(1)_p(48) c_u_svm(1)_w_minus_p_ge(48)_ 1
     svm(1)_p(48) c_u_svm(1)_w_plus_p_le(48)_ 1
     svm(1)_p(48) c_u_svm(1)_w_plus_p_ge(48)_ -1
     svm(1)_p(49) c_e_svm(1)_p_def(49)_ 1
     svm(1)_p(49) c_u_svm(1)_w_minus_p_le(49)_ -1
     svm(1)_p(49) c_u_svm(1)_w_minus_p_ge(49)_ 1
     svm(1)_p(49) c_u_svm(1)_w_plus_p_le(49)_ 1
     svm(1)_p(49) c_u_svm(1)_w_plus_p_ge(49)_ -1
     svm(1)_s(0) c_u_svm(1)_t_le_s(0)_ -1
     svm(1)_s(0) c_u_svm(1)_alpha_le_Cs(0)_ -0.27044704032725148
     svm(1)_s(0) c_u_svm(1)_u_le_Mu(0)_ 3.6452265055070763
     svm(1)_s(1) c_u_svm(1)_t_le_s(1)_ -1
     svm(1)_s(1) c_u_svm(1)_alpha_le_Cs(1)_ -0.27044704032725148
     svm(1)_s(1) c_u_svm(1)_u_le_Mu(1)_ 3.6447302466825908
     svm(1)_s(2) c_u_svm(1)_t_le_s(2)_ -1
     svm(1)_s(2) c_u_svm(1)_alpha_le_Cs(2)_ -0.27044704032725148
     svm(1)_s(2) c_u_svm(1)_u_le_Mu(2)_ 3.7337256327091817
     svm(1)_s(3) c_u_svm(1)_t_le_s(3)_ -1
     svm(1)_s(3) c_u_svm(1)_alpha_le_Cs(3)_ -0.27044704032725148
     svm(1)_s(3) c_u_svm(1)_u_le_Mu(3)_ 3.2202770253471513
     svm(1)_s(4) c_u_svm(1)_t_le_s(4)_ -1
     svm(1)_s(4) c_u_svm(1)_alpha_le_Cs(4)_ -0.27044704032725148
     svm(1)_s(4) c_u_svm(1)_u_le_Mu(4)_ 4.1361703393909108
     svm(1)_s(5) c_u_svm(1)_t_le_s(5)_ -1
     svm(1)_s(5) c_u_svm(1)_alpha_le_Cs(5)_ -0.27044704032725148
     svm(1)_s(5) c_u_svm(1)_u_le_Mu(5)_ 3.6502886312298353
     svm(1)_s(6) c_u_svm(1)_t_le_s(6)_ -1
     svm(1)_s(6) c_u_svm(1)_alpha_le_Cs(6)_ -0.27044704032725148
     svm(1)_s(6) c_u_svm(1)_u_le_Mu(6)_ 3.4098152781165485
     svm(1)_s(7) c_u_svm(1)_t_le_s(7)_ -1
     svm(1)_s(7) c_u_svm(1)_alpha_le_Cs(7)_ -0.27044704032725148
     svm(1)_s(7) c_u_svm(1)_u_le_Mu(7)_ 3.5481801323295326
     svm(1)_s(8) c_u_svm(1)_t_le_s(8)_ -1
     svm(1)_s(8) c_u_svm(1)_alpha_le_Cs(8)_ -0.27044704032725148
     svm(1)_s(8) c_u_svm(1)_u_le_Mu(8)_ 4.1170908815549856
     svm(1)_s(9) c_u_svm(1)_t_le_s(9)_ -1
     svm(1)_s(9) c_u_svm(1)_alpha_le_Cs(9)_ -0.27044704032725148
     svm(1)_s(9) c_u_svm(1)_u_le_Mu(9)_ 3.0034782197614653
     svm(1)_s(10) c_u_svm(1)_t_le_s(10)_ -1
     svm(1)_s(10) c_u_svm(1)_alpha_le_Cs(10)_ -0.27044704032725148
     svm(1)_s(10) c_u_svm(1)_u_le_Mu(10)_ 3.1974923448519954
     svm(1)_s(11) c_u_svm(1)_t_le_s(11)_ -1
     svm(1)_s(11) c_u_svm(1)_alpha_le_Cs(11)_ -0.27044704032725148
     svm(1)_s(11) c_u_svm(1)_u_le_Mu(11)_ 2.9340349253950557
     svm(1)_s(12) c_u_svm(1)_t_le_s(12)_ -1
     svm(1)_s(12) c_u_svm(1)_alpha_le_Cs(12)_ -0.27044704032725148
     svm(1)_s(12) c_u_svm(1)_u_le_Mu(12)_ 3.9941274441699663
     svm(1)_s(13) c_u_svm(1)_t_le_s(13)_ -1
     svm(1)_s(13) c_u_svm(1)_alpha_le_Cs(13)_ -0.27044704032725148
     svm(1)_s(13) c_u_svm(1)_u_le_Mu(13)_ 3.7017630904095729
     svm(1)_s(14) c_u_svm(1)_t_le_s(14)_ -1
     svm(1)_s(14) c_u_svm(1)_alpha_le_Cs(14)_ -0.27044704032725148
     svm(1)_s(14) c_u_svm(1)_u_le_Mu(14)_ 2.5010189939704786
     svm(1)_s(15) c_u_svm(1)_t_le_s(15)_ -1
     svm(1)_s(15) c_u_svm(1)_alpha_le_Cs(15)_ -0.27044704032725148
     svm(1)_s(15) c_u_svm(1)_u_le_Mu(15)_ 3.5832949413326194
     svm(1)_s(16) c_u_svm(1)_t_le_s(16)_ -1
     svm(1)_s(16) c_u_svm(1)_alpha_le_Cs(16)_ -0.27044704032725148
     svm(1)_s(16) c_u_svm(1)_u_le_Mu(16)_ 3.915628274160043
     svm(1)_s(17) c_u_svm(1)_t_le_s(17)_ -1
     svm(1)_s(17) c_u_svm(1)_alpha_le_Cs(17)_ -0.27044704032725148
     svm(1)_s(17) c_u_svm(1)_u_le_Mu(17)_ 3.5255740422500601
     svm(1)_s(18) c_u_svm(1)_t_le_s(18)_ -1
     svm(1)_s(18) c_u_svm(1)_alpha_le_Cs(18)_ -0.27044704032725148
     svm(1)_s(18) c_u_svm(1)_u_le_Mu(18)_ 2.7409296717248783
     svm(1)_s(19) c_u_svm(1)_t_le_s(19)_ -1
     svm(1)_s(19) c_u_svm(1)_alpha_le_Cs(19)_ -0.27044704032725148
     svm(1)_s(19) c_u_svm(1)_u_le_Mu(19)_ 3.4496257445152922
     svm(1)_s(20) c_u_svm(1)_t_le_s(20)_ -1
     svm(1)_s(20) c_u_svm(1)_alpha_le_Cs(20)_ -0.27044704032725148
     svm(1)_s(20) c_u_svm(1)_u_le_Mu(20)_ 3.4368776024909051
     svm(1)_s(21) c_u_svm(1)_t_le_s(21)_ -1
     svm(1)_s(21) c_u_svm(1)_alpha_le_Cs(21)_ -0.27044704032725148
     svm(1)_s(21) c_u_svm(1)_u_le_Mu(21)_ 3.969064366825573
     svm(1)_s(22) c_u_svm(1)_t_le_s(22)_ -1
     svm(1)_s(22) c_u_svm(1)_alpha_le_Cs(22)_ -0.27044704032725148
     svm(1)_s(22) c_u_svm(1)_u_le_Mu(22)_ 3.1447087896098287
     svm(1)_s(23) c_u_svm(1)_t_le_s(23)_ -1
     svm(1)_s(23) c_u_svm(1)_alpha_le_Cs(23)_ -0.27044704032725148
     svm(1)_s(23) c_u_svm(1)_u_le_Mu(23)_ 2.9360494688708112
     svm(1)_s(24) c_u_svm(1)_t_le_s(24)_ -1
     svm(1)_s(24) c_u_svm(1)_alpha_le_Cs(24)_ -0.27044704032725148
     svm(1)_s(24) c_u_svm(1)_u_le_Mu(24)_ 3.114883484689587
     svm(1)_s(25) c_u_svm(1)_t_le_s(25)_ -1
     svm(1)_s(25) c_u_svm(1)_alpha_le_Cs(25)_ -0.27044704032725148
     svm(1)_s(25) c_u_svm(1)_u_le_Mu(25)_ 5.824189998010433
     svm(1)_s(26) c_u_svm(1)_t_le_s(26)_ -1
     svm(1)_s(26) c_u_svm(1)_alpha_le_Cs(26)_ -0.27044704032725148
     svm(1)_s(26) c_u_svm(1)_u_le_Mu(26)_ 3.5509850808839785
     svm(1)_s(27) c_u_svm(1)_t_le_s(27)_ -1
     svm(1)_s(27) c_u_svm(1)_alpha_le_Cs(27)_ -0.27044704032725148
     svm(1)_s(27) c_u_svm(1)_u_le_Mu(27)_ 4.5271577411900319
     svm(1)_s(28) c_u_svm(1)_t_le_s(28)_ -1
     svm(1)_s(28) c_u_svm(1)_alpha_le_Cs(28)_ -0.27044704032725148
     svm(1)_s(28) c_u_svm(1)_u_le_Mu(28)_ 5.1227604806073579
     svm(1)_s(29) c_u_svm(1)_t_le_s(29)_ -1
     svm(1)_s(29) c_u_svm(1)_alpha_le_Cs(29)_ -0.27044704032725148
     svm(1)_s(29) c_u_svm(1)_u_le_Mu(29)_ 4.9762108298859742
     svm(1)_s(30) c_u_svm(1)_t_le_s(30)_ -1
     svm(1)_s(30) c_u_svm(1)_alpha_le_Cs(30)_ -0.27044704032725148
     svm(1)_s(30) c_u_svm(1)_u_le_Mu(30)_ 6.1978695842792382
     svm(1)_s(31) c_u_svm(1)_t_le_s(31)_ -1
     svm(1)_s(31) c_u_svm(1)_alpha_le_Cs(31)_ -0.27044704032725148
     svm(1)_s(31) c_u_svm(1)_u_le_Mu(31)_ 4.8474363809124759
     svm(1)_s(32) c_u_svm(1)_t_le_s(32)_ -1
     svm(1)_s(32) c_u_svm(1)_alpha_le_Cs(32)_ -0.27044704032725148
     svm(1)_s(32) c_u_svm(1)_u_le_Mu(32)_ 2.7186588447941413
     svm(1)_s(33) c_u_svm(1)_t_le_s(33)_ -1
     svm(1)_s(33) c_u_svm(1)_alpha_le_Cs(33)_ -0.27044704032725148
     svm(1)_s(33) c_u_svm(1)_u_le_Mu(33)_ 4.6002456425496412
     svm(1)_s(34) c_u_svm(1)_t_le_s(34)_ -1
     svm(1)_s(34) c_u_svm(1)_alpha_le_Cs(34)_ -0.27044704032725148
     svm(1)_s(34) c_u_svm(1)_u_le_Mu(34)_ 3.8116421478520444
     svm(1)_s(35) c_u_svm(1)_t_le_s(35)_ -1
     svm(1)_s(35) c_u_svm(1)_alpha_le_Cs(35)_ -0.27044704032725148
     svm(1)_s(35) c_u_svm(1)_u_le_Mu(35)_ 3.8820241708454084
     svm(1)_s(36) c_u_svm(1)_t_le_s(36)_ -1
     svm(1)_s(36) c_u_svm(1)_alpha_le_Cs(36)_ -0.27044704032725148
     svm(1)_s(36) c_u_svm(1)_u_le_Mu(36)_ 4.1985710574954922
     svm(1)_s(37) c_u_svm(1)_t_le_s(37)_ -1
     svm(1)_s(37) c_u_svm(1)_alpha_le_Cs(37)_ -0.27044704032725148
     svm(1)_s(37) c_u_svm(1)_u_le_Mu(37)_ 3.7868975784859691
     svm(1)_s(38) c_u_svm(1)_t_le_s(38)_ -1
     svm(1)_s(38) c_u_svm(1)_alpha_le_Cs(38)_ -0.27044704032725148
     svm(1)_s(38) c_u_svm(1)_u_le_Mu(38)_ 3.1178928458744943
     svm(1)_s(39) c_u_svm(1)_t_le_s(39)_ -1
     svm(1)_s(39) c_u_svm(1)_alpha_le_Cs(39)_ -0.27044704032725148
     svm(1)_s(39) c_u_svm(1)_u_le_Mu(39)_ 3.4663365055654882
     svm(1)_s(40) c_u_svm(1)_t_le_s(40)_ -1
     svm(1)_s(40) c_u_svm(1)_alpha_le_Cs(40)_ -0.27044704032725148
     svm(1)_s(40) c_u_svm(1)_u_le_Mu(40)_ 6.0745906453293026
     svm(1)_s(41) c_u_svm(1)_t_le_s(41)_ -1
     svm(1)_s(41) c_u_svm(1)_alpha_le_Cs(41)_ -0.27044704032725148
     svm(1)_s(41) c_u_svm(1)_u_le_Mu(41)_ 5.6094923219811834
     svm(1)_s(42) c_u_svm(1)_t_le_s(42)_ -1
     svm(1)_s(42) c_u_svm(1)_alpha_le_Cs(42)_ -0.27044704032725148
     svm(1)_s(42) c_u_svm(1)_u_le_Mu(42)_ 4.9087545356559792
     svm(1)_s(43) c_u_svm(1)_t_le_s(43)_ -1
     svm(1)_s(43) c_u_svm(1)_alpha_le_Cs(43)_ -0.27044704032725148
     svm(1)_s(43) c_u_svm(1)_u_le_Mu(43)_ 3.2997327430349301
     svm(1)_s(44) c_u_svm(1)_t_le_s(44)_ -1
     svm(1)_s(44) c_u_svm(1)_alpha_le_Cs(44)_ -0.27044704032725148
     svm(1)_s(44) c_u_svm(1)_u_le_Mu(44)_ 3.683189091509715
     svm(1)_s(45) c_u_svm(1)_t_le_s(45)_ -1
     svm(1)_s(45) c_u_svm(1)_alpha_le_Cs(45)_ -0.27044704032725148
     svm(1)_s(45) c_u_svm(1)_u_le_Mu(45)_ 3.7223518518978791
     svm(1)_s(46) c_u_svm(1)_t_le_s(46)_ -1
     svm(1)_s(46) c_u_svm(1)_alpha_le_Cs(46)_ -0.27044704032725148
     svm(1)_s(46) c_u_svm(1)_u_le_Mu(46)_ 5.2621509651112639
     svm(1)_s(47) c_u_svm(1)_t_le_s(47)_ -1
     svm(1)_s(47) c_u_svm(1)_alpha_le_Cs(47)_ -0.27044704032725148
     svm(1)_s(47) c_u_svm(1)_u_le_Mu(47)_ 3.672827912568617
     svm(1)_s(48) c_u_svm(1)_t_le_s(48)_ -1
     svm(1)_s(48) c_u_svm(1)_alpha_le_Cs(48)_ -0.27044704032725148
     svm(1)_s(48) c_u_svm(1)_u_le_Mu(48)_ 4.9115560367749875
     svm(1)_s(49) c_u_svm(1)_t_le_s(49)_ -1
     svm(1)_s(49) c_u_svm(1)_alpha_le_Cs(49)_ -0.27044704032725148
     svm(1)_s(49) c_u_svm(1)_u_le_Mu(49)_ 6.0893596883594165
     svm(1)_t(0) c_u_svm(1)_t_le_s(0)_ 1
     svm(1)_t(0) c_u_svm(1)_alpha_ge_Ct(0)_ 0.27044704032725148
     svm(1)_t(0) c_u_svm(1)_v_le_Mv(0)_ -5.6452265055070763
     svm(1)_t(1) c_u_svm(1)_t_le_s(1)_ 1
     svm(1)_t(1) c_u_svm(1)_alpha_ge_Ct(1)_ 0.27044704032725148
     svm(1)_t(1) c_u_svm(1)_v_le_Mv(1)_ -5.6447302466825908
     svm(1)_t(2) c_u_svm(1)_t_le_s(2)_ 1
     svm(1)_t(2) c_u_svm(1)_alpha_ge_Ct(2)_ 0.27044704032725148
     svm(1)_t(2) c_u_svm(1)_v_le_Mv(2)_ -5.7337256327091817
     svm(1)_t(3) c_u_svm(1)_t_le_s(3)_ 1
     svm(1)_t(3) c_u_svm(1)_alpha_ge_Ct(3)_ 0.27044704032725148
     svm(1)_t(3) c_u_svm(1)_v_le_Mv(3)_ -5.2202770253471513
     svm(1)_t(4) c_u_svm(1)_t_le_s(4)_ 1
     svm(1)_t(4) c_u_svm(1)_alpha_ge_Ct(4)_ 0.27044704032725148
     svm(1)_t(4) c_u_svm(1)_v_le_Mv(4)_ -6.1361703393909108
     svm(1)_t(5) c_u_svm(1)_t_le_s(5)_ 1
     svm(1)_t(5) c_u_svm(1)_alpha_ge_Ct(5)_ 0.27044704032725148
     svm(1)_t(5) c_u_svm(1)_v_le_Mv(5)_ -5.6502886312298353
     svm(1)_t(6) c_u_svm(1)_t_le_s(6)_ 1
     svm(1)_t(6) c_u_svm(1)_alpha_ge_Ct(6)_ 0.27044704032725148
     svm(1)_t(6) c_u_svm(1)_v_le_Mv(6)_ -5.4098152781165485
     svm(1)_t(7) c_u_svm(1)_t_le_s(7)_ 1
     svm(1)_t(7) c_u_svm(1)_alpha_ge_Ct(7)_ 0.27044704032725148
     svm(1)_t(7) c_u_svm(1)_v_le_Mv(7)_ -5.0903219711007637
     svm(1)_t(8) c_u_svm(1)_t_le_s(8)_ 1
     svm(1)_t(8) c_u_svm(1)_alpha_ge_Ct(8)_ 0.27044704032725148
     svm(1)_t(8) c_u_svm(1)_v_le_Mv(8)_ -6.1170908815549856
     svm(1)_t(9) c_u_svm(1)_t_le_s(9)_ 1
     svm(1)_t(9) c_u_svm(1)_alpha_ge_Ct(9)_ 0.27044704032725148
     svm(1)_t(9) c_u_svm(1)_v_le_Mv(9)_ -4.6219483950223523
     svm(1)_t(10) c_u_svm(1)_t_le_s(10)_ 1
     svm(1)_t(10) c_u_svm(1)_alpha_ge_Ct(10)_ 0.27044704032725148
     svm(1)_t(10) c_u_svm(1)_v_le_Mv(10)_ -5.1974923448519954
     svm(1)_t(11) c_u_svm(1)_t_le_s(11)_ 1
     svm(1)_t(11) c_u_svm(1)_alpha_ge_Ct(11)_ 0.27044704032725148
     svm(1)_t(11) c_u_svm(1)_v_le_Mv(11)_ -4.5907724222707094
     svm(1)_t(12) c_u_svm(1)_t_le_s(12)_ 1
     svm(1)_t(12) c_u_svm(1)_alpha_ge_Ct(12)_ 0.27044704032725148
     svm(1)_t(12) c_u_svm(1)_v_le_Mv(12)_ -5.9941274441699663
     svm(1)_t(13) c_u_svm(1)_t_le_s(13)_ 1
     svm(1)_t(13) c_u_svm(1)_alpha_ge_Ct(13)_ 0.27044704032725148
     svm(1)_t(13) c_u_svm(1)_v_le_Mv(13)_ -5.7017630904095729
     svm(1)_t(14) c_u_svm(1)_t_le_s(14)_ 1
     svm(1)_t(14) c_u_svm(1)_alpha_ge_Ct(14)_ 0.27044704032725148
     svm(1)_t(14) c_u_svm(1)_v_le_Mv(14)_ -4.5010189939704786
     svm(1)_t(15) c_u_svm(1)_t_le_s(15)_ 1
     svm(1)_t(15) c_u_svm(1)_alpha_ge_Ct(15)_ 0.27044704032725148
     svm(1)_t(15) c_u_svm(1)_v_le_Mv(15)_ -5.5832949413326194
     svm(1)_t(16) c_u_svm(1)_t_le_s(16)_ 1
     svm(1)_t(16) c_u_svm(1)_alpha_ge_Ct(16)_ 0.27044704032725148
     svm(1)_t(16) c_u_svm(1)_v_le_Mv(16)_ -5.143644067524459
     svm(1)_t(17) c_u_svm(1)_t_le_s(17)_ 1
     svm(1)_t(17) c_u_svm(1)_alpha_ge_Ct(17)_ 0.27044704032725148
     svm(1)_t(17) c_u_svm(1)_v_le_Mv(17)_ -5.0870548768821235
     svm(1)_t(18) c_u_svm(1)_t_le_s(18)_ 1
     svm(1)_t(18) c_u_svm(1)_alpha_ge_Ct(18)_ 0.27044704032725148
     svm(1)_t(18) c_u_svm(1)_v_le_Mv(18)_ -4.7409296717248779
     svm(1)_t(19) c_u_svm(1)_t_le_s(19)_ 1
     svm(1)_t(19) c_u_svm(1)_alpha_ge_Ct(19)_ 0.27044704032725148
     svm(1)_t(19) c_u_svm(1)_v_le_Mv(19)_ -5.0128726218553936
     svm(1)_t(20) c_u_svm(1)_t_le_s(20)_ 1
     svm(1)_t(20) c_u_svm(1)_alpha_ge_Ct(20)_ 0.27044704032725148
     svm(1)_t(20) c_u_svm(1)_v_le_Mv(20)_ -5.0258094395082864
     svm(1)_t(21) c_u_svm(1)_t_le_s(21)_ 1
     svm(1)_t(21) c_u_svm(1)_alpha_ge_Ct(21)_ 0.27044704032725148
     svm(1)_t(21) c_u_svm(1)_v_le_Mv(21)_ -5.969064366825573
     svm(1)_t(22) c_u_svm(1)_t_le_s(22)_ 1
     svm(1)_t(22) c_u_svm(1)_alpha_ge_Ct(22)_ 0.27044704032725148
     svm(1)_t(22) c_u_svm(1)_v_le_Mv(22)_ -5.1447087896098287
     svm(1)_t(23) c_u_svm(1)_t_le_s(23)_ 1
     svm(1)_t(23) c_u_svm(1)_alpha_ge_Ct(23)_ 0.27044704032725148
     svm(1)_t(23) c_u_svm(1)_v_le_Mv(23)_ -4.9360494688708112
     svm(1)_t(24) c_u_svm(1)_t_le_s(24)_ 1
     svm(1)_t(24) c_u_svm(1)_alpha_ge_Ct(24)_ 0.27044704032725148
     svm(1)_t(24) c_u_svm(1)_v_le_Mv(24)_ -4.9100477732412884
     svm(1)_t(25) c_u_svm(1)_t_le_s(25)_ 1
     svm(1)_t(25) c_u_svm(1)_alpha_ge_Ct(25)_ 0.27044704032725148
     svm(1)_t(25) c_u_svm(1)_v_le_Mv(25)_ -7.824189998010433
     svm(1)_t(26) c_u_svm(1)_t_le_s(26)_ 1
     svm(1)_t(26) c_u_svm(1)_alpha_ge_Ct(26)_ 0.27044704032725148
     svm(1)_t(26) c_u_svm(1)_v_le_Mv(26)_ -5.0836782308999213
     svm(1)_t(27) c_u_svm(1)_t_le_s(27)_ 1
     svm(1)_t(27) c_u_svm(1)_alpha_ge_Ct(27)_ 0.27044704032725148
     svm(1)_t(27) c_u_svm(1)_v_le_Mv(27)_ -6.2752764950952562
     svm(1)_t(28) c_u_svm(1)_t_le_s(28)_ 1
     svm(1)_t(28) c_u_svm(1)_alpha_ge_Ct(28)_ 0.27044704032725148
     svm(1)_t(28) c_u_svm(1)_v_le_Mv(28)_ -7.1227604806073579
     svm(1)_t(29) c_u_svm(1)_t_le_s(29)_ 1
     svm(1)_t(29) c_u_svm(1)_alpha_ge_Ct(29)_ 0.27044704032725148
     svm(1)_t(29) c_u_svm(1)_v_le_Mv(29)_ -6.429990763454021
     svm(1)_t(30) c_u_svm(1)_t_le_s(30)_ 1
     svm(1)_t(30) c_u_svm(1)_alpha_ge_Ct(30)_ 0.27044704032725148
     svm(1)_t(30) c_u_svm(1)_v_le_Mv(30)_ -8.1978695842792391
     svm(1)_t(31) c_u_svm(1)_t_le_s(31)_ 1
     svm(1)_t(31) c_u_svm(1)_alpha_ge_Ct(31)_ 0.27044704032725148
     svm(1)_t(31) c_u_svm(1)_v_le_Mv(31)_ -6.3402195059498609
     svm(1)_t(32) c_u_svm(1)_t_le_s(32)_ 1
     svm(1)_t(32) c_u_svm(1)_alpha_ge_Ct(32)_ 0.27044704032725148
     svm(1)_t(32) c_u_svm(1)_v_le_Mv(32)_ -4.3690406523356948
     svm(1)_t(33) c_u_svm(1)_t_le_s(33)_ 1
     svm(1)_t(33) c_u_svm(1)_alpha_ge_Ct(33)_ 0.27044704032725148
     svm(1)_t(33) c_u_svm(1)_v_le_Mv(33)_ -5.893403473072258
     svm(1)_t(34) c_u_svm(1)_t_le_s(34)_ 1
     svm(1)_t(34) c_u_svm(1)_alpha_ge_Ct(34)_ 0.27044704032725148
     svm(1)_t(34) c_u_svm(1)_v_le_Mv(34)_ -5.4093127549685782
     svm(1)_t(35) c_u_svm(1)_t_le_s(35)_ 1
     svm(1)_t(35) c_u_svm(1)_alpha_ge_Ct(35)_ 0.27044704032725148
     svm(1)_t(35) c_u_svm(1)_v_le_Mv(35)_ -5.4416879303551653
     svm(1)_t(36) c_u_svm(1)_t_le_s(36)_ 1
     svm(1)_t(36) c_u_svm(1)_alpha_ge_Ct(36)_ 0.27044704032725148
     svm(1)_t(36) c_u_svm(1)_v_le_Mv(36)_ -5.4760735678420316
     svm(1)_t(37) c_u_svm(1)_t_le_s(37)_ 1
     svm(1)_t(37) c_u_svm(1)_alpha_ge_Ct(37)_ 0.27044704032725148
     svm(1)_t(37) c_u_svm(1)_v_le_Mv(37)_ -5.1984412400364395
     svm(1)_t(38) c_u_svm(1)_t_le_s(38)_ 1
     svm(1)_t(38) c_u_svm(1)_alpha_ge_Ct(38)_ 0.27044704032725148
     svm(1)_t(38) c_u_svm(1)_v_le_Mv(38)_ -4.6644884029812594
     svm(1)_t(39) c_u_svm(1)_t_le_s(39)_ 1
     svm(1)_t(39) c_u_svm(1)_alpha_ge_Ct(39)_ 0.27044704032725148
     svm(1)_t(39) c_u_svm(1)_v_le_Mv(39)_ -5.0605972876331542
     svm(1)_t(40) c_u_svm(1)_t_le_s(40)_ 1
     svm(1)_t(40) c_u_svm(1)_alpha_ge_Ct(40)_ 0.27044704032725148
     svm(1)_t(40) c_u_svm(1)_v_le_Mv(40)_ -8.0745906453293017
     svm(1)_t(41) c_u_svm(1)_t_le_s(41)_ 1
     svm(1)_t(41) c_u_svm(1)_alpha_ge_Ct(41)_ 0.27044704032725148
     svm(1)_t(41) c_u_svm(1)_v_le_Mv(41)_ -6.6722806365822027
     svm(1)_t(42) c_u_svm(1)_t_le_s(42)_ 1
     svm(1)_t(42) c_u_svm(1)_alpha_ge_Ct(42)_ 0.27044704032725148
     svm(1)_t(42) c_u_svm(1)_v_le_Mv(42)_ -6.9087545356559792
     svm(1)_t(43) c_u_svm(1)_t_le_s(43)_ 1
     svm(1)_t(43) c_u_svm(1)_alpha_ge_Ct(43)_ 0.27044704032725148
     svm(1)_t(43) c_u_svm(1)_v_le_Mv(43)_ -4.7639762252090945
     svm(1)_t(44) c_u_svm(1)_t_le_s(44)_ 1
     svm(1)_t(44) c_u_svm(1)_alpha_ge_Ct(44)_ 0.27044704032725148
     svm(1)_t(44) c_u_svm(1)_v_le_Mv(44)_ -5.1643039381977687
     svm(1)_t(45) c_u_svm(1)_t_le_s(45)_ 1
     svm(1)_t(45) c_u_svm(1)_alpha_ge_Ct(45)_ 0.27044704032725148
     svm(1)_t(45) c_u_svm(1)_v_le_Mv(45)_ -5.4735021848258274
     svm(1)_t(46) c_u_svm(1)_t_le_s(46)_ 1
     svm(1)_t(46) c_u_svm(1)_alpha_ge_Ct(46)_ 0.27044704032725148
     svm(1)_t(46) c_u_svm(1)_v_le_Mv(46)_ -7.2191156097338762
     svm(1)_t(47) c_u_svm(1)_t_le_s(47)_ 1
     svm(1)_t(47) c_u_svm(1)_alpha_ge_Ct(47)_ 0.27044704032725148
     svm(1)_t(47) c_u_svm(1)_v_le_Mv(47)_ -5.1192417887103208
     svm(1)_t(48) c_u_svm(1)_t_le_s(48)_ 1
     svm(1)_t(48) c_u_svm(1)_alpha_ge_Ct(48)_ 0.27044704032725148
     svm(1)_t(48) c_u_svm(1)_v_le_Mv(48)_ -6.9115560367749875
     svm(1)_t(49) c_u_svm(1)_t_le_s(49)_ 1
     svm(1)_t(49) c_u_svm(1)_alpha_ge_Ct(49)_ 0.27044704032725148
     svm(1)_t(49) c_u_svm(1)_v_le_Mv(49)_ -8.0893596883594157
     ONE_VAR_CONSTANT objective 25
     ONE_VAR_CONSTANT c_e_ONE_VAR_CONSTANT 1
RHS
     RHS c_u_crossed_ 6.5821794600923595e-06
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
     RHS c_u_svm(1)_z_le_alpha(40)_ 0
     RHS c_u_svm(1)_z_le_alpha(41)_ 0
     RHS c_u_svm(1)_z_le_alpha(42)_ 0
     RHS c_u_svm(1)_z_le_alpha(43)_ 0
     RHS c_u_svm(1)_z_le_alpha(44)_ 0
     RHS c_u_svm(1)_z_le_alpha(45)_ 0
     RHS c_u_svm(1)_z_le_alpha(46)_ 0
     RHS c_u_svm(1)_z_le_alpha(47)_ 0
     RHS c_u_svm(1)_z_le_alpha(48)_ 0
     RHS c_u_svm(1)_z_le_alpha(49)_ 0
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
     RHS c_u_svm(1)_z_ge_neg_alpha(40)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(41)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(42)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(43)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(44)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(45)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(46)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(47)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(48)_ 0
     RHS c_u_svm(1)_z_ge_neg_alpha(49)_ 0
     RHS c_u_svm(1)_z_ge_alpha_if_pos(0)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(1)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(2)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(3)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(4)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(5)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(6)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(7)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(8)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(9)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(10)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(11)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(12)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(13)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(14)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(15)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(16)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(17)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(18)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(19)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(20)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(21)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(22)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(23)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(24)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(25)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(26)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(27)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(28)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(29)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(30)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(31)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(32)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(33)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(34)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(35)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(36)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(37)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(38)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(39)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(40)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(41)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(42)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(43)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(44)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(45)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(46)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(47)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(48)_ 0.54089408065450295
     RHS c_u_svm(1)_z_ge_alpha_if_pos(49)_ 0.54089408065450295
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
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(40)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(41)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(42)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(43)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(44)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(45)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(46)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(47)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(48)_ 0
     RHS c_u_svm(1)_z_le_neg_alpha_if_neg(49)_ 0
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
     RHS c_e_svm(1)_stationarity(40)_ 1
     RHS c_e_svm(1)_stationarity(41)_ 1
     RHS c_e_svm(1)_stationarity(42)_ 1
     RHS c_e_svm(1)_stationarity(43)_ 1
     RHS c_e_svm(1)_stationarity(44)_ 1
     RHS c_e_svm(1)_stationarity(45)_ 1
     RHS c_e_svm(1)_stationarity(46)_ 1
     RHS c_e_svm(1)_stationarity(47)_ 1
     RHS c_e_svm(1)_stationarity(48)_ 1
     RHS c_e_svm(1)_stationarity(49)_ 1
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
     RHS c_e_svm(1)_p_def(40)_ 0
     RHS c_e_svm(1)_p_def(41)_ 0
     RHS c_e_svm(1)_p_def(42)_ 0
     RHS c_e_svm(1)_p_def(43)_ 0
     RHS c_e_svm(1)_p_def(44)_ 0
     RHS c_e_svm(1)_p_def(45)_ 0
     RHS c_e_svm(1)_p_def(46)_ 0
     RHS c_e_svm(1)_p_def(47)_ 0
     RHS c_e_svm(1)_p_def(48)_ 0
     RHS c_e_svm(1)_p_def(49)_ 0
     RHS c_u_svm(1)_w_minus_p_le(0)_ 9.2904530017236979
     RHS c_u_svm(1)_w_minus_p_le(1)_ 9.28946048407572
     RHS c_u_svm(1)_w_minus_p_le(2)_ 9.4674512559509107
     RHS c_u_svm(1)_w_minus_p_le(3)_ 8.4405540422537477
     RHS c_u_svm(1)_w_minus_p_le(4)_ 10.27234066850948
     RHS c_u_svm(1)_w_minus_p_le(5)_ 9.3005772531590925
     RHS c_u_svm(1)_w_minus_p_le(6)_ 8.8196305474134657
     RHS c_u_svm(1)_w_minus_p_le(7)_ 9.5693067845776429
     RHS c_u_svm(1)_w_minus_p_le(8)_ 10.234181752875788
     RHS c_u_svm(1)_w_minus_p_le(9)_ 8.7353285584552207
     RHS c_u_svm(1)_w_minus_p_le(10)_ 8.3949846813090048
     RHS c_u_svm(1)_w_minus_p_le(11)_ 8.2856804605026166
     RHS c_u_svm(1)_w_minus_p_le(12)_ 9.9882548783516771
     RHS c_u_svm(1)_w_minus_p_le(13)_ 9.4035261714156189
     RHS c_u_svm(1)_w_minus_p_le(14)_ 7.0020379809389182
     RHS c_u_svm(1)_w_minus_p_le(15)_ 9.1665898734986477
     RHS c_u_svm(1)_w_minus_p_le(16)_ 11.375224961593254
     RHS c_u_svm(1)_w_minus_p_le(17)_ 9.3650324698491367
     RHS c_u_svm(1)_w_minus_p_le(18)_ 7.4818593359678971
     RHS c_u_svm(1)_w_minus_p_le(19)_ 9.3461556064174118
     RHS c_u_svm(1)_w_minus_p_le(20)_ 9.0671733566075456
     RHS c_u_svm(1)_w_minus_p_le(21)_ 9.9381287237130156
     RHS c_u_svm(1)_w_minus_p_le(22)_ 8.2894175709302385
     RHS c_u_svm(1)_w_minus_p_le(23)_ 7.872098929869523
     RHS c_u_svm(1)_w_minus_p_le(24)_ 8.2297669611494069
     RHS c_u_svm(1)_w_minus_p_le(25)_ 13.648379982372484
     RHS c_u_svm(1)_w_minus_p_le(26)_ 9.6675420914683077
     RHS c_u_svm(1)_w_minus_p_le(27)_ 11.054315471325747
     RHS c_u_svm(1)_w_minus_p_le(28)_ 12.245520948969194
     RHS c_u_svm(1)_w_minus_p_le(29)_ 11.952421647819525
     RHS c_u_svm(1)_w_minus_p_le(30)_ 14.395739154162737
     RHS c_u_svm(1)_w_minus_p_le(31)_ 11.694872750130077
     RHS c_u_svm(1)_w_minus_p_le(32)_ 8.1365540745071758
     RHS c_u_svm(1)_w_minus_p_le(33)_ 11.889845837389675
     RHS c_u_svm(1)_w_minus_p_le(34)_ 9.6232842860808034
     RHS c_u_svm(1)_w_minus_p_le(35)_ 9.7640483319267677
     RHS c_u_svm(1)_w_minus_p_le(36)_ 11.842137094299904
     RHS c_u_svm(1)_w_minus_p_le(37)_ 10.750707833872999
     RHS c_u_svm(1)_w_minus_p_le(38)_ 9.1425945775374569
     RHS c_u_svm(1)_w_minus_p_le(39)_ 9.0082097926086622
     RHS c_u_svm(1)_w_minus_p_le(40)_ 14.149181276509422
     RHS c_u_svm(1)_w_minus_p_le(41)_ 13.690958230426872
     RHS c_u_svm(1)_w_minus_p_le(42)_ 11.817509059494448
     RHS c_u_svm(1)_w_minus_p_le(43)_ 9.6709785217235318
     RHS c_u_svm(1)_w_minus_p_le(44)_ 10.187101195443534
     RHS c_u_svm(1)_w_minus_p_le(45)_ 9.4447036943510536
     RHS c_u_svm(1)_w_minus_p_le(46)_ 12.524301917698224
     RHS c_u_svm(1)_w_minus_p_le(47)_ 10.452828072855825
     RHS c_u_svm(1)_w_minus_p_le(48)_ 11.823112061726862
     RHS c_u_svm(1)_w_minus_p_le(49)_ 14.178719362540113
     RHS c_u_svm(1)_w_minus_p_ge(0)_ 9.2904530017236979
     RHS c_u_svm(1)_w_minus_p_ge(1)_ 9.28946048407572
     RHS c_u_svm(1)_w_minus_p_ge(2)_ 9.4674512559509107
     RHS c_u_svm(1)_w_minus_p_ge(3)_ 8.4405540422537477
     RHS c_u_svm(1)_w_minus_p_ge(4)_ 10.27234066850948
     RHS c_u_svm(1)_w_minus_p_ge(5)_ 9.3005772531590925
     RHS c_u_svm(1)_w_minus_p_ge(6)_ 8.8196305474134657
     RHS c_u_svm(1)_w_minus_p_ge(7)_ 9.5693067845776429
     RHS c_u_svm(1)_w_minus_p_ge(8)_ 10.234181752875788
     RHS c_u_svm(1)_w_minus_p_ge(9)_ 8.7353285584552207
     RHS c_u_svm(1)_w_minus_p_ge(10)_ 8.3949846813090048
     RHS c_u_svm(1)_w_minus_p_ge(11)_ 8.2856804605026166
     RHS c_u_svm(1)_w_minus_p_ge(12)_ 9.9882548783516771
     RHS c_u_svm(1)_w_minus_p_ge(13)_ 9.4035261714156189
     RHS c_u_svm(1)_w_minus_p_ge(14)_ 7.0020379809389182
     RHS c_u_svm(1)_w_minus_p_ge(15)_ 9.1665898734986477
     RHS c_u_svm(1)_w_minus_p_ge(16)_ 11.375224961593254
     RHS c_u_svm(1)_w_minus_p_ge(17)_ 9.3650324698491367
     RHS c_u_svm(1)_w_minus_p_ge(18)_ 7.4818593359678971
     RHS c_u_svm(1)_w_minus_p_ge(19)_ 9.3461556064174118
     RHS c_u_svm(1)_w_minus_p_ge(20)_ 9.0671733566075456
     RHS c_u_svm(1)_w_minus_p_ge(21)_ 9.9381287237130156
     RHS c_u_svm(1)_w_minus_p_ge(22)_ 8.2894175709302385
     RHS c_u_svm(1)_w_minus_p_ge(23)_ 7.872098929869523
     RHS c_u_svm(1)_w_minus_p_ge(24)_ 8.2297669611494069
     RHS c_u_svm(1)_w_minus_p_ge(25)_ 13.648379982372484
     RHS c_u_svm(1)_w_minus_p_ge(26)_ 9.6675420914683077
     RHS c_u_svm(1)_w_minus_p_ge(27)_ 11.054315471325747
     RHS c_u_svm(1)_w_minus_p_ge(28)_ 12.245520948969194
     RHS c_u_svm(1)_w_minus_p_ge(29)_ 11.952421647819525
     RHS c_u_svm(1)_w_minus_p_ge(30)_ 14.395739154162737
     RHS c_u_svm(1)_w_minus_p_ge(31)_ 11.694872750130077
     RHS c_u_svm(1)_w_minus_p_ge(32)_ 8.1365540745071758
     RHS c_u_svm(1)_w_minus_p_ge(33)_ 11.889845837389675
     RHS c_u_svm(1)_w_minus_p_ge(34)_ 9.6232842860808034
     RHS c_u_svm(1)_w_minus_p_ge(35)_ 9.7640483319267677
     RHS c_u_svm(1)_w_minus_p_ge(36)_ 11.842137094299904
     RHS c_u_svm(1)_w_minus_p_ge(37)_ 10.750707833872999
     RHS c_u_svm(1)_w_minus_p_ge(38)_ 9.1425945775374569
     RHS c_u_svm(1)_w_minus_p_ge(39)_ 9.0082097926086622
     RHS c_u_svm(1)_w_minus_p_ge(40)_ 14.149181276509422
     RHS c_u_svm(1)_w_minus_p_ge(41)_ 13.690958230426872
     RHS c_u_svm(1)_w_minus_p_ge(42)_ 11.817509059494448
     RHS c_u_svm(1)_w_minus_p_ge(43)_ 9.6709785217235318
     RHS c_u_svm(1)_w_minus_p_ge(44)_ 10.187101195443534
     RHS c_u_svm(1)_w_minus_p_ge(45)_ 9.4447036943510536
     RHS c_u_svm(1)_w_minus_p_ge(46)_ 12.524301917698224
     RHS c_u_svm(1)_w_minus_p_ge(47)_ 10.452828072855825
     RHS c_u_svm(1)_w_minus_p_ge(48)_ 11.823112061726862
     RHS c_u_svm(1)_w_minus_p_ge(49)_ 14.178719362540113
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
     RHS c_u_svm(1)_w_plus_p_le(40)_ 0
     RHS c_u_svm(1)_w_plus_p_le(41)_ 0
     RHS c_u_svm(1)_w_plus_p_le(42)_ 0
     RHS c_u_svm(1)_w_plus_p_le(43)_ 0
     RHS c_u_svm(1)_w_plus_p_le(44)_ 0
     RHS c_u_svm(1)_w_plus_p_le(45)_ 0
     RHS c_u_svm(1)_w_plus_p_le(46)_ 0
     RHS c_u_svm(1)_w_plus_p_le(47)_ 0
     RHS c_u_svm(1)_w_plus_p_le(48)_ 0
     RHS c_u_svm(1)_w_plus_p_le(49)_ 0
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
     RHS c_u_svm(1)_w_plus_p_ge(40)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(41)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(42)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(43)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(44)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(45)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(46)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(47)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(48)_ 0
     RHS c_u_svm(1)_w_plus_p_ge(49)_ 0
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
     RHS c_u_svm(1)_t_le_s(40)_ 0
     RHS c_u_svm(1)_t_le_s(41)_ 0
     RHS c_u_svm(1)_t_le_s(42)_ 0
     RHS c_u_svm(1)_t_le_s(43)_ 0
     RHS c_u_svm(1)_t_le_s(44)_ 0
     RHS c_u_svm(1)_t_le_s(45)_ 0
     RHS c_u_svm(1)_t_le_s(46)_ 0
     RHS c_u_svm(1)_t_le_s(47)_ 0
     RHS c_u_svm(1)_t_le_s(48)_ 0
     RHS c_u_svm(1)_t_le_s(49)_ 0
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
     RHS c_u_svm(1)_alpha_le_Cs(40)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(41)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(42)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(43)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(44)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(45)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(46)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(47)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(48)_ 0
     RHS c_u_svm(1)_alpha_le_Cs(49)_ 0
     RHS c_u_svm(1)_u_le_Mu(0)_ 3.6452265055070763
     RHS c_u_svm(1)_u_le_Mu(1)_ 3.6447302466825908
     RHS c_u_svm(1)_u_le_Mu(2)_ 3.7337256327091817
     RHS c_u_svm(1)_u_le_Mu(3)_ 3.2202770253471513
     RHS c_u_svm(1)_u_le_Mu(4)_ 4.1361703393909108
     RHS c_u_svm(1)_u_le_Mu(5)_ 3.6502886312298353
     RHS c_u_svm(1)_u_le_Mu(6)_ 3.4098152781165485
     RHS c_u_svm(1)_u_le_Mu(7)_ 3.5481801323295326
     RHS c_u_svm(1)_u_le_Mu(8)_ 4.1170908815549856
     RHS c_u_svm(1)_u_le_Mu(9)_ 3.0034782197614653
     RHS c_u_svm(1)_u_le_Mu(10)_ 3.1974923448519954
     RHS c_u_svm(1)_u_le_Mu(11)_ 2.9340349253950557
     RHS c_u_svm(1)_u_le_Mu(12)_ 3.9941274441699663
     RHS c_u_svm(1)_u_le_Mu(13)_ 3.7017630904095729
     RHS c_u_svm(1)_u_le_Mu(14)_ 2.5010189939704786
     RHS c_u_svm(1)_u_le_Mu(15)_ 3.5832949413326194
     RHS c_u_svm(1)_u_le_Mu(16)_ 3.915628274160043
     RHS c_u_svm(1)_u_le_Mu(17)_ 3.5255740422500601
     RHS c_u_svm(1)_u_le_Mu(18)_ 2.7409296717248783
     RHS c_u_svm(1)_u_le_Mu(19)_ 3.4496257445152922
     RHS c_u_svm(1)_u_le_Mu(20)_ 3.4368776024909051
     RHS c_u_svm(1)_u_le_Mu(21)_ 3.969064366825573
     RHS c_u_svm(1)_u_le_Mu(22)_ 3.1447087896098287
     RHS c_u_svm(1)_u_le_Mu(23)_ 2.9360494688708112
     RHS c_u_svm(1)_u_le_Mu(24)_ 3.114883484689587
     RHS c_u_svm(1)_u_le_Mu(25)_ 5.824189998010433
     RHS c_u_svm(1)_u_le_Mu(26)_ 3.5509850808839785
     RHS c_u_svm(1)_u_le_Mu(27)_ 4.5271577411900319
     RHS c_u_svm(1)_u_le_Mu(28)_ 5.1227604806073579
     RHS c_u_svm(1)_u_le_Mu(29)_ 4.9762108298859742
     RHS c_u_svm(1)_u_le_Mu(30)_ 6.1978695842792382
     RHS c_u_svm(1)_u_le_Mu(31)_ 4.8474363809124759
     RHS c_u_svm(1)_u_le_Mu(32)_ 2.7186588447941413
     RHS c_u_svm(1)_u_le_Mu(33)_ 4.6002456425496412
     RHS c_u_svm(1)_u_le_Mu(34)_ 3.8116421478520444
     RHS c_u_svm(1)_u_le_Mu(35)_ 3.8820241708454084
     RHS c_u_svm(1)_u_le_Mu(36)_ 4.1985710574954922
     RHS c_u_svm(1)_u_le_Mu(37)_ 3.7868975784859691
     RHS c_u_svm(1)_u_le_Mu(38)_ 3.1178928458744943
     RHS c_u_svm(1)_u_le_Mu(39)_ 3.4663365055654882
     RHS c_u_svm(1)_u_le_Mu(40)_ 6.0745906453293026
     RHS c_u_svm(1)_u_le_Mu(41)_ 5.6094923219811834
     RHS c_u_svm(1)_u_le_Mu(42)_ 4.9087545356559792
     RHS c_u_svm(1)_u_le_Mu(43)_ 3.2997327430349301
     RHS c_u_svm(1)_u_le_Mu(44)_ 3.683189091509715
     RHS c_u_svm(1)_u_le_Mu(45)_ 3.7223518518978791
     RHS c_u_svm(1)_u_le_Mu(46)_ 5.2621509651112639
     RHS c_u_svm(1)_u_le_Mu(47)_ 3.672827912568617
     RHS c_u_svm(1)_u_le_Mu(48)_ 4.9115560367749875
     RHS c_u_svm(1)_u_le_Mu(49)_ 6.0893596883594165
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
     RHS c_u_svm(1)_alpha_ge_Ct(40)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(41)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(42)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(43)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(44)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(45)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(46)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(47)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(48)_ 0
     RHS c_u_svm(1)_alpha_ge_Ct(49)_ 0
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
     RHS c_u_svm(1)_v_le_Mv(40)_ 0
     RHS c_u_svm(1)_v_le_Mv(41)_ 0
     RHS c_u_svm(1)_v_le_Mv(42)_ 0
     RHS c_u_svm(1)_v_le_Mv(43)_ 0
     RHS c_u_svm(1)_v_le_Mv(44)_ 0
     RHS c_u_svm(1)_v_le_Mv(45)_ 0
     RHS c_u_svm(1)_v_le_Mv(46)_ 0
     RHS c_u_svm(1)_v_le_Mv(47)_ 0
     RHS c_u_svm(1)_v_le_Mv(48)_ 0
     RHS c_u_svm(1)_v_le_Mv(49)_ 0
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
 BV BOUND b(40_1)
 BV BOUND b(41_1)
 BV BOUND b(42_1)
 BV BOUND b(43_1)
 BV BOUND b(44_1)
 BV BOUND b(45_1)
 BV BOUND b(46_1)
 BV BOUND b(47_1)
 BV BOUND b(48_1)
 BV BOUND b(49_1)
 LO BOUND svm(1)_alpha(0) 0
 UP BOUND svm(1)_alpha(0) 0.27044704032725148
 LO BOUND svm(1)_alpha(1) 0
 UP BOUND svm(1)_alpha(1) 0.27044704032725148
 LO BOUND svm(1)_alpha(2) 0
 UP BOUND svm(1)_alpha(2) 0.27044704032725148
 LO BOUND svm(1)_alpha(3) 0
 UP BOUND svm(1)_alpha(3) 0.27044704032725148
 LO BOUND svm(1)_alpha(4) 0
 UP BOUND svm(1)_alpha(4) 0.27044704032725148
 LO BOUND svm(1)_alpha(5) 0
 UP BOUND svm(1)_alpha(5) 0.27044704032725148
 LO BOUND svm(1)_alpha(6) 0
 UP BOUND svm(1)_alpha(6) 0.27044704032725148
 LO BOUND svm(1)_alpha(7) 0
 UP BOUND svm(1)_alpha(7) 0.27044704032725148
 LO BOUND svm(1)_alpha(8) 0
 UP BOUND svm(1)_alpha(8) 0.27044704032725148
 LO BOUND svm(1)_alpha(9) 0
 UP BOUND svm(1)_alpha(9) 0.27044704032725148
 LO BOUND svm(1)_alpha(10) 0
 UP BOUND svm(1)_alpha(10) 0.27044704032725148
 LO BOUND svm(1)_alpha(11) 0
 UP BOUND svm(1)_alpha(11) 0.27044704032725148
 LO BOUND svm(1)_alpha(12) 0
 UP BOUND svm(1)_alpha(12) 0.27044704032725148
 LO BOUND svm(1)_alpha(13) 0
 UP BOUND svm(1)_alpha(13) 0.27044704032725148
 LO BOUND svm(1)_alpha(14) 0
 UP BOUND svm(1)_alpha(14) 0.27044704032725148
 LO BOUND svm(1)_alpha(15) 0
 UP BOUND svm(1)_alpha(15) 0.27044704032725148
 LO BOUND svm(1)_alpha(16) 0
 UP BOUND svm(1)_alpha(16) 0.27044704032725148
 LO BOUND svm(1)_alpha(17) 0
 UP BOUND svm(1)_alpha(17) 0.27044704032725148
 LO BOUND svm(1)_alpha(18) 0
 UP BOUND svm(1)_alpha(18) 0.27044704032725148
 LO BOUND svm(1)_alpha(19) 0
 UP BOUND svm(1)_alpha(19) 0.27044704032725148
 LO BOUND svm(1)_alpha(20) 0
 UP BOUND svm(1)_alpha(20) 0.27044704032725148
 LO BOUND svm(1)_alpha(21) 0
 UP BOUND svm(1)_alpha(21) 0.27044704032725148
 LO BOUND svm(1)_alpha(22) 0
 UP BOUND svm(1)_alpha(22) 0.27044704032725148
 LO BOUND svm(1)_alpha(23) 0
 UP BOUND svm(1)_alpha(23) 0.27044704032725148
 LO BOUND svm(1)_alpha(24) 0
 UP BOUND svm(1)_alpha(24) 0.27044704032725148
 LO BOUND svm(1)_alpha(25) 0
 UP BOUND svm(1)_alpha(25) 0.27044704032725148
 LO BOUND svm(1)_alpha(26) 0
 UP BOUND svm(1)_alpha(26) 0.27044704032725148
 LO BOUND svm(1)_alpha(27) 0
 UP BOUND svm(1)_alpha(27) 0.27044704032725148
 LO BOUND svm(1)_alpha(28) 0
 UP BOUND svm(1)_alpha(28) 0.27044704032725148
 LO BOUND svm(1)_alpha(29) 0
 UP BOUND svm(1)_alpha(29) 0.27044704032725148
 LO BOUND svm(1)_alpha(30) 0
 UP BOUND svm(1)_alpha(30) 0.27044704032725148
 LO BOUND svm(1)_alpha(31) 0
 UP BOUND svm(1)_alpha(31) 0.27044704032725148
 LO BOUND svm(1)_alpha(32) 0
 UP BOUND svm(1)_alpha(32) 0.27044704032725148
 LO BOUND svm(1)_alpha(33) 0
 UP BOUND svm(1)_alpha(33) 0.27044704032725148
 LO BOUND svm(1)_alpha(34) 0
 UP BOUND svm(1)_alpha(34) 0.27044704032725148
 LO BOUND svm(1)_alpha(35) 0
 UP BOUND svm(1)_alpha(35) 0.27044704032725148
 LO BOUND svm(1)_alpha(36) 0
 UP BOUND svm(1)_alpha(36) 0.27044704032725148
 LO BOUND svm(1)_alpha(37) 0
 UP BOUND svm(1)_alpha(37) 0.27044704032725148
 LO BOUND svm(1)_alpha(38) 0
 UP BOUND svm(1)_alpha(38) 0.27044704032725148
 LO BOUND svm(1)_alpha(39) 0
 UP BOUND svm(1)_alpha(39) 0.27044704032725148
 LO BOUND svm(1)_alpha(40) 0
 UP BOUND svm(1)_alpha(40) 0.27044704032725148
 LO BOUND svm(1)_alpha(41) 0
 UP BOUND svm(1)_alpha(41) 0.27044704032725148
 LO BOUND svm(1)_alpha(42) 0
 UP BOUND svm(1)_alpha(42) 0.27044704032725148
 LO BOUND svm(1)_alpha(43) 0
 UP BOUND svm(1)_alpha(43) 0.27044704032725148
 LO BOUND svm(1)_alpha(44) 0
 UP BOUND svm(1)_alpha(44) 0.27044704032725148
 LO BOUND svm(1)_alpha(45) 0
 UP BOUND svm(1)_alpha(45) 0.27044704032725148
 LO BOUND svm(1)_alpha(46) 0
 UP BOUND svm(1)_alpha(46) 0.27044704032725148
 LO BOUND svm(1)_alpha(47) 0
 UP BOUND svm(1)_alpha(47) 0.27044704032725148
 LO BOUND svm(1)_alpha(48) 0
 UP BOUND svm(1)_alpha(48) 0.27044704032725148
 LO BOUND svm(1)_alpha(49) 0
 UP BOUND svm(1)_alpha(49) 0.27044704032725148
 LO BOUND svm(1)_z(0) -0.27044704032725148
 UP BOUND svm(1)_z(0) 0.27044704032725148
 LO BOUND svm(1)_z(1) -0.27044704032725148
 UP BOUND svm(1)_z(1) 0.27044704032725148
 LO BOUND svm(1)_z(2) -0.27044704032725148
 UP BOUND svm(1)_z(2) 0.27044704032725148
 LO BOUND svm(1)_z(3) -0.27044704032725148
 UP BOUND svm(1)_z(3) 0.27044704032725148
 LO BOUND svm(1)_z(4) -0.27044704032725148
 UP BOUND svm(1)_z(4) 0.27044704032725148
 LO BOUND svm(1)_z(5) -0.27044704032725148
 UP BOUND svm(1)_z(5) 0.27044704032725148
 LO BOUND svm(1)_z(6) -0.27044704032725148
 UP BOUND svm(1)_z(6) 0.27044704032725148
 LO BOUND svm(1)_z(7) -0.27044704032725148
 UP BOUND svm(1)_z(7) 0.27044704032725148
 LO BOUND svm(1)_z(8) -0.27044704032725148
 UP BOUND svm(1)_z(8) 0.27044704032725148
 LO BOUND svm(1)_z(9) -0.27044704032725148
 UP BOUND svm(1)_z(9) 0.27044704032725148
 LO BOUND svm(1)_z(10) -0.27044704032725148
 UP BOUND svm(1)_z(10) 0.27044704032725148
 LO BOUND svm(1)_z(11) -0.27044704032725148
 UP BOUND svm(1)_z(11) 0.27044704032725148
 LO BOUND svm(1)_z(12) -0.27044704032725148
 UP BOUND svm(1)_z(12) 0.27044704032725148
 LO BOUND svm(1)_z(13) -0.27044704032725148
 UP BOUND svm(1)_z(13) 0.27044704032725148
 LO BOUND svm(1)_z(14) -0.27044704032725148
 UP BOUND svm(1)_z(14) 0.27044704032725148
 LO BOUND svm(1)_z(15) -0.27044704032725148
 UP BOUND svm(1)_z(15) 0.27044704032725148
 LO BOUND svm(1)_z(16) -0.27044704032725148
 UP BOUND svm(1)_z(16) 0.27044704032725148
 LO BOUND svm(1)_z(17) -0.27044704032725148
 UP BOUND svm(1)_z(17) 0.27044704032725148
 LO BOUND svm(1)_z(18) -0.27044704032725148
 UP BOUND svm(1)_z(18) 0.27044704032725148
 LO BOUND svm(1)_z(19) -0.27044704032725148
 UP BOUND svm(1)_z(19) 0.27044704032725148
 LO BOUND svm(1)_z(20) -0.27044704032725148
 UP BOUND svm(1)_z(20) 0.27044704032725148
 LO BOUND svm(1)_z(21) -0.27044704032725148
 UP BOUND svm(1)_z(21) 0.27044704032725148
 LO BOUND svm(1)_z(22) -0.27044704032725148
 UP BOUND svm(1)_z(22) 0.27044704032725148
 LO BOUND svm(1)_z(23) -0.27044704032725148
 UP BOUND svm(1)_z(23) 0.27044704032725148
 LO BOUND svm(1)_z(24) -0.27044704032725148
 UP BOUND svm(1)_z(24) 0.27044704032725148
 LO BOUND svm(1)_z(25) -0.27044704032725148
 UP BOUND svm(1)_z(25) 0.27044704032725148
 LO BOUND svm(1)_z(26) -0.27044704032725148
 UP BOUND svm(1)_z(26) 0.27044704032725148
 LO BOUND svm(1)_z(27) -0.27044704032725148
 UP BOUND svm(1)_z(27) 0.27044704032725148
 LO BOUND svm(1)_z(28) -0.27044704032725148
 UP BOUND svm(1)_z(28) 0.27044704032725148
 LO BOUND svm(1)_z(29) -0.27044704032725148
 UP BOUND svm(1)_z(29) 0.27044704032725148
 LO BOUND svm(1)_z(30) -0.27044704032725148
 UP BOUND svm(1)_z(30) 0.27044704032725148
 LO BOUND svm(1)_z(31) -0.27044704032725148
 UP BOUND svm(1)_z(31) 0.27044704032725148
 LO BOUND svm(1)_z(32) -0.27044704032725148
 UP BOUND svm(1)_z(32) 0.27044704032725148
 LO BOUND svm(1)_z(33) -0.27044704032725148
 UP BOUND svm(1)_z(33) 0.27044704032725148
 LO BOUND svm(1)_z(34) -0.27044704032725148
 UP BOUND svm(1)_z(34) 0.27044704032725148
 LO BOUND svm(1)_z(35) -0.27044704032725148
 UP BOUND svm(1)_z(35) 0.27044704032725148
 LO BOUND svm(1)_z(36) -0.27044704032725148
 UP BOUND svm(1)_z(36) 0.27044704032725148
 LO BOUND svm(1)_z(37) -0.27044704032725148
 UP BOUND svm(1)_z(37) 0.27044704032725148
 LO BOUND svm(1)_z(38) -0.27044704032725148
 UP BOUND svm(1)_z(38) 0.27044704032725148
 LO BOUND svm(1)_z(39) -0.27044704032725148
 UP BOUND svm(1)_z(39) 0.27044704032725148
 LO BOUND svm(1)_z(40) -0.27044704032725148
 UP BOUND svm(1)_z(40) 0.27044704032725148
 LO BOUND svm(1)_z(41) -0.27044704032725148
 UP BOUND svm(1)_z(41) 0.27044704032725148
 LO BOUND svm(1)_z(42) -0.27044704032725148
 UP BOUND svm(1)_z(42) 0.27044704032725148
 LO BOUND svm(1)_z(43) -0.27044704032725148
 UP BOUND svm(1)_z(43) 0.27044704032725148
 LO BOUND svm(1)_z(44) -0.27044704032725148
 UP BOUND svm(1)_z(44) 0.27044704032725148
 LO BOUND svm(1)_z(45) -0.27044704032725148
 UP BOUND svm(1)_z(45) 0.27044704032725148
 LO BOUND svm(1)_z(46) -0.27044704032725148
 UP BOUND svm(1)_z(46) 0.27044704032725148
 LO BOUND svm(1)_z(47) -0.27044704032725148
 UP BOUND svm(1)_z(47) 0.27044704032725148
 LO BOUND svm(1)_z(48) -0.27044704032725148
 UP BOUND svm(1)_z(48) 0.27044704032725148
 LO BOUND svm(1)_z(49) -0.27044704032725148
 UP BOUND svm(1)_z(49) 0.27044704032725148
 LO BOUND svm(1)_w(0) -4.645226500861849
 UP BOUND svm(1)_w(0) 4.645226500861849
 LO BOUND svm(1)_w(1) -4.64473024203786
 UP BOUND svm(1)_w(1) 4.64473024203786
 LO BOUND svm(1)_w(2) -4.7337256279754554
 UP BOUND svm(1)_w(2) 4.7337256279754554
 LO BOUND svm(1)_w(3) -4.2202770211268739
 UP BOUND svm(1)_w(3) 4.2202770211268739
 LO BOUND svm(1)_w(4) -5.1361703342547402
 UP BOUND svm(1)_w(4) 5.1361703342547402
 LO BOUND svm(1)_w(5) -4.6502886265795462
 UP BOUND svm(1)_w(5) 4.6502886265795462
 LO BOUND svm(1)_w(6) -4.4098152737067329
 UP BOUND svm(1)_w(6) 4.4098152737067329
 LO BOUND svm(1)_w(7) -4.0903219711007637
 UP BOUND svm(1)_w(7) 4.5481801323295326
 LO BOUND svm(1)_w(8) -5.117090876437894
 UP BOUND svm(1)_w(8) 5.117090876437894
 LO BOUND svm(1)_w(9) -3.6219483950223523
 UP BOUND svm(1)_w(9) 4.0034782197614653
 LO BOUND svm(1)_w(10) -4.1974923406545024
 UP BOUND svm(1)_w(10) 4.1974923406545024
 LO BOUND svm(1)_w(11) -3.5907724222707094
 UP BOUND svm(1)_w(11) 3.9340349253950557
 LO BOUND svm(1)_w(12) -4.9941274391758386
 UP BOUND svm(1)_w(12) 4.9941274391758386
 LO BOUND svm(1)_w(13) -4.7017630857078094
 UP BOUND svm(1)_w(13) 4.7017630857078094
 LO BOUND svm(1)_w(14) -3.5010189904694591
 UP BOUND svm(1)_w(14) 3.5010189904694591
 LO BOUND svm(1)_w(15) -4.5832949367493239
 UP BOUND svm(1)_w(15) 4.5832949367493239
 LO BOUND svm(1)_w(16) -4.143644067524459
 UP BOUND svm(1)_w(16) 4.915628274160043
 LO BOUND svm(1)_w(17) -4.0870548768821235
 UP BOUND svm(1)_w(17) 4.5255740422500601
 LO BOUND svm(1)_w(18) -3.7409296679839485
 UP BOUND svm(1)_w(18) 3.7409296679839485
 LO BOUND svm(1)_w(19) -4.0128726218553936
 UP BOUND svm(1)_w(19) 4.4496257445152922
 LO BOUND svm(1)_w(20) -4.0258094395082864
 UP BOUND svm(1)_w(20) 4.4368776024909051
 LO BOUND svm(1)_w(21) -4.9690643618565078
 UP BOUND svm(1)_w(21) 4.9690643618565078
 LO BOUND svm(1)_w(22) -4.1447087854651192
 UP BOUND svm(1)_w(22) 4.1447087854651192
 LO BOUND svm(1)_w(23) -3.9360494649347615
 UP BOUND svm(1)_w(23) 3.9360494649347615
 LO BOUND svm(1)_w(24) -3.9100477732412884
 UP BOUND svm(1)_w(24) 4.1148834805747034
 LO BOUND svm(1)_w(25) -6.824189991186242
 UP BOUND svm(1)_w(25) 6.824189991186242
 LO BOUND svm(1)_w(26) -4.0836782308999213
 UP BOUND svm(1)_w(26) 4.5509850808839785
 LO BOUND svm(1)_w(27) -5.2752764950952562
 UP BOUND svm(1)_w(27) 5.5271577356628736
 LO BOUND svm(1)_w(28) -6.1227604744845969
 UP BOUND svm(1)_w(28) 6.1227604744845969
 LO BOUND svm(1)_w(29) -5.429990763454021
 UP BOUND svm(1)_w(29) 5.9762108239097627
 LO BOUND svm(1)_w(30) -7.1978695770813683
 UP BOUND svm(1)_w(30) 7.1978695770813683
 LO BOUND svm(1)_w(31) -5.3402195059498609
 UP BOUND svm(1)_w(31) 5.8474363750650387
 LO BOUND svm(1)_w(32) -3.3690406523356948
 UP BOUND svm(1)_w(32) 3.7186588447941413
 LO BOUND svm(1)_w(33) -4.893403473072258
 UP BOUND svm(1)_w(33) 5.6002456425496412
 LO BOUND svm(1)_w(34) -4.4093127549685782
 UP BOUND svm(1)_w(34) 4.8116421430404017
 LO BOUND svm(1)_w(35) -4.4416879303551653
 UP BOUND svm(1)_w(35) 4.8820241659633838
 LO BOUND svm(1)_w(36) -4.4760735678420316
 UP BOUND svm(1)_w(36) 5.1985710574954922
 LO BOUND svm(1)_w(37) -4.1984412400364395
 UP BOUND svm(1)_w(37) 4.7868975784859691
 LO BOUND svm(1)_w(38) -3.6644884029812594
 UP BOUND svm(1)_w(38) 4.1178928458744943
 LO BOUND svm(1)_w(39) -4.0605972876331542
 UP BOUND svm(1)_w(39) 4.4663365055654882
 LO BOUND svm(1)_w(40) -7.074590638254711
 UP BOUND svm(1)_w(40) 7.074590638254711
 LO BOUND svm(1)_w(41) -5.6722806365822027
 UP BOUND svm(1)_w(41) 6.6094923219811834
 LO BOUND svm(1)_w(42) -5.9087545297472239
 UP BOUND svm(1)_w(42) 5.9087545297472239
 LO BOUND svm(1)_w(43) -3.7639762252090945
 UP BOUND svm(1)_w(43) 4.2997327430349301
 LO BOUND svm(1)_w(44) -4.1643039381977687
 UP BOUND svm(1)_w(44) 4.683189091509715
 LO BOUND svm(1)_w(45) -4.4735021848258274
 UP BOUND svm(1)_w(45) 4.7223518471755268
 LO BOUND svm(1)_w(46) -6.2191156097338762
 UP BOUND svm(1)_w(46) 6.2621509588491122
 LO BOUND svm(1)_w(47) -4.1192417887103208
 UP BOUND svm(1)_w(47) 4.672827912568617
 LO BOUND svm(1)_w(48) -5.911556030863431
 UP BOUND svm(1)_w(48) 5.911556030863431
 LO BOUND svm(1)_w(49) -7.0893596812700563
 UP BOUND svm(1)_w(49) 7.0893596812700563
 LO BOUND svm(1)_u(0) 0
 UP BOUND svm(1)_u(0) 3.6452265055070763
 LO BOUND svm(1)_u(1) 0
 UP BOUND svm(1)_u(1) 3.6447302466825908
 LO BOUND svm(1)_u(2) 0
 UP BOUND svm(1)_u(2) 3.7337256327091817
 LO BOUND svm(1)_u(3) 0
 UP BOUND svm(1)_u(3) 3.2202770253471513
 LO BOUND svm(1)_u(4) 0
 UP BOUND svm(1)_u(4) 4.1361703393909108
 LO BOUND svm(1)_u(5) 0
 UP BOUND svm(1)_u(5) 3.6502886312298353
 LO BOUND svm(1)_u(6) 0
 UP BOUND svm(1)_u(6) 3.4098152781165485
 LO BOUND svm(1)_u(7) 0
 UP BOUND svm(1)_u(7) 3.5481801323295326
 LO BOUND svm(1)_u(8) 0
 UP BOUND svm(1)_u(8) 4.1170908815549856
 LO BOUND svm(1)_u(9) 0
 UP BOUND svm(1)_u(9) 3.0034782197614653
 LO BOUND svm(1)_u(10) 0
 UP BOUND svm(1)_u(10) 3.1974923448519954
 LO BOUND svm(1)_u(11) 0
 UP BOUND svm(1)_u(11) 2.9340349253950557
 LO BOUND svm(1)_u(12) 0
 UP BOUND svm(1)_u(12) 3.9941274441699663
 LO BOUND svm(1)_u(13) 0
 UP BOUND svm(1)_u(13) 3.7017630904095729
 LO BOUND svm(1)_u(14) 0
 UP BOUND svm(1)_u(14) 2.5010189939704786
 LO BOUND svm(1)_u(15) 0
 UP BOUND svm(1)_u(15) 3.5832949413326194
 LO BOUND svm(1)_u(16) 0
 UP BOUND svm(1)_u(16) 3.915628274160043
 LO BOUND svm(1)_u(17) 0
 UP BOUND svm(1)_u(17) 3.5255740422500601
 LO BOUND svm(1)_u(18) 0
 UP BOUND svm(1)_u(18) 2.7409296717248783
 LO BOUND svm(1)_u(19) 0
 UP BOUND svm(1)_u(19) 3.4496257445152922
 LO BOUND svm(1)_u(20) 0
 UP BOUND svm(1)_u(20) 3.4368776024909051
 LO BOUND svm(1)_u(21) 0
 UP BOUND svm(1)_u(21) 3.969064366825573
 LO BOUND svm(1)_u(22) 0
 UP BOUND svm(1)_u(22) 3.1447087896098287
 LO BOUND svm(1)_u(23) 0
 UP BOUND svm(1)_u(23) 2.9360494688708112
 LO BOUND svm(1)_u(24) 0
 UP BOUND svm(1)_u(24) 3.114883484689587
 LO BOUND svm(1)_u(25) 0
 UP BOUND svm(1)_u(25) 5.824189998010433
 LO BOUND svm(1)_u(26) 0
 UP BOUND svm(1)_u(26) 3.5509850808839785
 LO BOUND svm(1)_u(27) 0
 UP BOUND svm(1)_u(27) 4.5271577411900319
 LO BOUND svm(1)_u(28) 0
 UP BOUND svm(1)_u(28) 5.1227604806073579
 LO BOUND svm(1)_u(29) 0
 UP BOUND svm(1)_u(29) 4.9762108298859742
 LO BOUND svm(1)_u(30) 0
 UP BOUND svm(1)_u(30) 6.1978695842792382
 LO BOUND svm(1)_u(31) 0
 UP BOUND svm(1)_u(31) 4.8474363809124759
 LO BOUND svm(1)_u(32) 0
 UP BOUND svm(1)_u(32) 2.7186588447941413
 LO BOUND svm(1)_u(33) 0
 UP BOUND svm(1)_u(33) 4.6002456425496412
 LO BOUND svm(1)_u(34) 0
 UP BOUND svm(1)_u(34) 3.8116421478520444
 LO BOUND svm(1)_u(35) 0
 UP BOUND svm(1)_u(35) 3.8820241708454084
 LO BOUND svm(1)_u(36) 0
 UP BOUND svm(1)_u(36) 4.1985710574954922
 LO BOUND svm(1)_u(37) 0
 UP BOUND svm(1)_u(37) 3.7868975784859691
 LO BOUND svm(1)_u(38) 0
 UP BOUND svm(1)_u(38) 3.1178928458744943
 LO BOUND svm(1)_u(39) 0
 UP BOUND svm(1)_u(39) 3.4663365055654882
 LO BOUND svm(1)_u(40) 0
 UP BOUND svm(1)_u(40) 6.0745906453293026
 LO BOUND svm(1)_u(41) 0
 UP BOUND svm(1)_u(41) 5.6094923219811834
 LO BOUND svm(1)_u(42) 0
 UP BOUND svm(1)_u(42) 4.9087545356559792
 LO BOUND svm(1)_u(43) 0
 UP BOUND svm(1)_u(43) 3.2997327430349301
 LO BOUND svm(1)_u(44) 0
 UP BOUND svm(1)_u(44) 3.683189091509715
 LO BOUND svm(1)_u(45) 0
 UP BOUND svm(1)_u(45) 3.7223518518978791
 LO BOUND svm(1)_u(46) 0
 UP BOUND svm(1)_u(46) 5.2621509651112639
 LO BOUND svm(1)_u(47) 0
 UP BOUND svm(1)_u(47) 3.672827912568617
 LO BOUND svm(1)_u(48) 0
 UP BOUND svm(1)_u(48) 4.9115560367749875
 LO BOUND svm(1)_u(49) 0
 UP BOUND svm(1)_u(49) 6.0893596883594165
 LO BOUND svm(1)_v(0) 0
 UP BOUND svm(1)_v(0) 5.6452265055070763
 LO BOUND svm(1)_v(1) 0
 UP BOUND svm(1)_v(1) 5.6447302466825908
 LO BOUND svm(1)_v(2) 0
 UP BOUND svm(1)_v(2) 5.7337256327091817
 LO BOUND svm(1)_v(3) 0
 UP BOUND svm(1)_v(3) 5.2202770253471513
 LO BOUND svm(1)_v(4) 0
 UP BOUND svm(1)_v(4) 6.1361703393909108
 LO BOUND svm(1)_v(5) 0
 UP BOUND svm(1)_v(5) 5.6502886312298353
 LO BOUND svm(1)_v(6) 0
 UP BOUND svm(1)_v(6) 5.4098152781165485
 LO BOUND svm(1)_v(7) 0
 UP BOUND svm(1)_v(7) 5.0903219711007637
 LO BOUND svm(1)_v(8) 0
 UP BOUND svm(1)_v(8) 6.1170908815549856
 LO BOUND svm(1)_v(9) 0
 UP BOUND svm(1)_v(9) 4.6219483950223523
 LO BOUND svm(1)_v(10) 0
 UP BOUND svm(1)_v(10) 5.1974923448519954
 LO BOUND svm(1)_v(11) 0
 UP BOUND svm(1)_v(11) 4.5907724222707094
 LO BOUND svm(1)_v(12) 0
 UP BOUND svm(1)_v(12) 5.9941274441699663
 LO BOUND svm(1)_v(13) 0
 UP BOUND svm(1)_v(13) 5.7017630904095729
 LO BOUND svm(1)_v(14) 0
 UP BOUND svm(1)_v(14) 4.5010189939704786
 LO BOUND svm(1)_v(15) 0
 UP BOUND svm(1)_v(15) 5.5832949413326194
 LO BOUND svm(1)_v(16) 0
 UP BOUND svm(1)_v(16) 5.143644067524459
 LO BOUND svm(1)_v(17) 0
 UP BOUND svm(1)_v(17) 5.0870548768821235
 LO BOUND svm(1)_v(18) 0
 UP BOUND svm(1)_v(18) 4.7409296717248779
 LO BOUND svm(1)_v(19) 0
 UP BOUND svm(1)_v(19) 5.0128726218553936
 LO BOUND svm(1)_v(20) 0
 UP BOUND svm(1)_v(20) 5.0258094395082864
 LO BOUND svm(1)_v(21) 0
 UP BOUND svm(1)_v(21) 5.969064366825573
 LO BOUND svm(1)_v(22) 0
 UP BOUND svm(1)_v(22) 5.1447087896098287
 LO BOUND svm(1)_v(23) 0
 UP BOUND svm(1)_v(23) 4.9360494688708112
 LO BOUND svm(1)_v(24) 0
 UP BOUND svm(1)_v(24) 4.9100477732412884
 LO BOUND svm(1)_v(25) 0
 UP BOUND svm(1)_v(25) 7.824189998010433
 LO BOUND svm(1)_v(26) 0
 UP BOUND svm(1)_v(26) 5.0836782308999213
 LO BOUND svm(1)_v(27) 0
 UP BOUND svm(1)_v(27) 6.2752764950952562
 LO BOUND svm(1)_v(28) 0
 UP BOUND svm(1)_v(28) 7.1227604806073579
 LO BOUND svm(1)_v(29) 0
 UP BOUND svm(1)_v(29) 6.429990763454021
 LO BOUND svm(1)_v(30) 0
 UP BOUND svm(1)_v(30) 8.1978695842792391
 LO BOUND svm(1)_v(31) 0
 UP BOUND svm(1)_v(31) 6.3402195059498609
 LO BOUND svm(1)_v(32) 0
 UP BOUND svm(1)_v(32) 4.3690406523356948
 LO BOUND svm(1)_v(33) 0
 UP BOUND svm(1)_v(33) 5.893403473072258
 LO BOUND svm(1)_v(34) 0
 UP BOUND svm(1)_v(34) 5.4093127549685782
 LO BOUND svm(1)_v(35) 0
 UP BOUND svm(1)_v(35) 5.4416879303551653
 LO BOUND svm(1)_v(36) 0
 UP BOUND svm(1)_v(36) 5.4760735678420316
 LO BOUND svm(1)_v(37) 0
 UP BOUND svm(1)_v(37) 5.1984412400364395
 LO BOUND svm(1)_v(38) 0
 UP BOUND svm(1)_v(38) 4.6644884029812594
 LO BOUND svm(1)_v(39) 0
 UP BOUND svm(1)_v(39) 5.0605972876331542
 LO BOUND svm(1)_v(40) 0
 UP BOUND svm(1)_v(40) 8.0745906453293017
 LO BOUND svm(1)_v(41) 0
 UP BOUND svm(1)_v(41) 6.6722806365822027
 LO BOUND svm(1)_v(42) 0
 UP BOUND svm(1)_v(42) 6.9087545356559792
 LO BOUND svm(1)_v(43) 0
 UP BOUND svm(1)_v(43) 4.7639762252090945
 LO BOUND svm(1)_v(44) 0
 UP BOUND svm(1)_v(44) 5.1643039381977687
 LO BOUND svm(1)_v(45) 0
 UP BOUND svm(1)_v(45) 5.4735021848258274
 LO BOUND svm(1)_v(46) 0
 UP BOUND svm(1)_v(46) 7.2191156097338762
 LO BOUND svm(1)_v(47) 0
 UP BOUND svm(1)_v(47) 5.1192417887103208
 LO BOUND svm(1)_v(48) 0
 UP BOUND svm(1)_v(48) 6.9115560367749875
 LO BOUND svm(1)_v(49) 0
 UP BOUND svm(1)_v(49) 8.0893596883594157
 LO BOUND svm(1)_p(0) -4.645226500861849
 UP BOUND svm(1)_p(0) 4.645226500861849
 LO BOUND svm(1)_p(1) -4.64473024203786
 UP BOUND svm(1)_p(1) 4.64473024203786
 LO BOUND svm(1)_p(2) -4.7337256279754554
 UP BOUND svm(1)_p(2) 4.7337256279754554
 LO BOUND svm(1)_p(3) -4.2202770211268739
 UP BOUND svm(1)_p(3) 4.2202770211268739
 LO BOUND svm(1)_p(4) -5.1361703342547402
 UP BOUND svm(1)_p(4) 5.1361703342547402
 LO BOUND svm(1)_p(5) -4.6502886265795462
 UP BOUND svm(1)_p(5) 4.6502886265795462
 LO BOUND svm(1)_p(6) -4.4098152737067329
 UP BOUND svm(1)_p(6) 4.4098152737067329
 LO BOUND svm(1)_p(7) -4.7846533922888215
 UP BOUND svm(1)_p(7) 4.7846533922888215
 LO BOUND svm(1)_p(8) -5.117090876437894
 UP BOUND svm(1)_p(8) 5.117090876437894
 LO BOUND svm(1)_p(9) -4.3676642792276104
 UP BOUND svm(1)_p(9) 4.3676642792276104
 LO BOUND svm(1)_p(10) -4.1974923406545024
 UP BOUND svm(1)_p(10) 4.1974923406545024
 LO BOUND svm(1)_p(11) -4.1428402302513083
 UP BOUND svm(1)_p(11) 4.1428402302513083
 LO BOUND svm(1)_p(12) -4.9941274391758386
 UP BOUND svm(1)_p(12) 4.9941274391758386
 LO BOUND svm(1)_p(13) -4.7017630857078094
 UP BOUND svm(1)_p(13) 4.7017630857078094
 LO BOUND svm(1)_p(14) -3.5010189904694591
 UP BOUND svm(1)_p(14) 3.5010189904694591
 LO BOUND svm(1)_p(15) -4.5832949367493239
 UP BOUND svm(1)_p(15) 4.5832949367493239
 LO BOUND svm(1)_p(16) -5.6876124807966271
 UP BOUND svm(1)_p(16) 5.6876124807966271
 LO BOUND svm(1)_p(17) -4.6825162349245684
 UP BOUND svm(1)_p(17) 4.6825162349245684
 LO BOUND svm(1)_p(18) -3.7409296679839485
 UP BOUND svm(1)_p(18) 3.7409296679839485
 LO BOUND svm(1)_p(19) -4.6730778032087059
 UP BOUND svm(1)_p(19) 4.6730778032087059
 LO BOUND svm(1)_p(20) -4.5335866783037728
 UP BOUND svm(1)_p(20) 4.5335866783037728
 LO BOUND svm(1)_p(21) -4.9690643618565078
 UP BOUND svm(1)_p(21) 4.9690643618565078
 LO BOUND svm(1)_p(22) -4.1447087854651192
 UP BOUND svm(1)_p(22) 4.1447087854651192
 LO BOUND svm(1)_p(23) -3.9360494649347615
 UP BOUND svm(1)_p(23) 3.9360494649347615
 LO BOUND svm(1)_p(24) -4.1148834805747034
 UP BOUND svm(1)_p(24) 4.1148834805747034
 LO BOUND svm(1)_p(25) -6.824189991186242
 UP BOUND svm(1)_p(25) 6.824189991186242
 LO BOUND svm(1)_p(26) -4.8337710457341538
 UP BOUND svm(1)_p(26) 4.8337710457341538
 LO BOUND svm(1)_p(27) -5.5271577356628736
 UP BOUND svm(1)_p(27) 5.5271577356628736
 LO BOUND svm(1)_p(28) -6.1227604744845969
 UP BOUND svm(1)_p(28) 6.1227604744845969
 LO BOUND svm(1)_p(29) -5.9762108239097627
 UP BOUND svm(1)_p(29) 5.9762108239097627
 LO BOUND svm(1)_p(30) -7.1978695770813683
 UP BOUND svm(1)_p(30) 7.1978695770813683
 LO BOUND svm(1)_p(31) -5.8474363750650387
 UP BOUND svm(1)_p(31) 5.8474363750650387
 LO BOUND svm(1)_p(32) -4.0682770372535879
 UP BOUND svm(1)_p(32) 4.0682770372535879
 LO BOUND svm(1)_p(33) -5.9449229186948376
 UP BOUND svm(1)_p(33) 5.9449229186948376
 LO BOUND svm(1)_p(34) -4.8116421430404017
 UP BOUND svm(1)_p(34) 4.8116421430404017
 LO BOUND svm(1)_p(35) -4.8820241659633838
 UP BOUND svm(1)_p(35) 4.8820241659633838
 LO BOUND svm(1)_p(36) -5.921068547149952
 UP BOUND svm(1)_p(36) 5.921068547149952
 LO BOUND svm(1)_p(37) -5.3753539169364997
 UP BOUND svm(1)_p(37) 5.3753539169364997
 LO BOUND svm(1)_p(38) -4.5712972887687284
 UP BOUND svm(1)_p(38) 4.5712972887687284
 LO BOUND svm(1)_p(39) -4.5041048963043311
 UP BOUND svm(1)_p(39) 4.5041048963043311
 LO BOUND svm(1)_p(40) -7.074590638254711
 UP BOUND svm(1)_p(40) 7.074590638254711
 LO BOUND svm(1)_p(41) -6.8454791152134362
 UP BOUND svm(1)_p(41) 6.8454791152134362
 LO BOUND svm(1)_p(42) -5.9087545297472239
 UP BOUND svm(1)_p(42) 5.9087545297472239
 LO BOUND svm(1)_p(43) -4.8354892608617659
 UP BOUND svm(1)_p(43) 4.8354892608617659
 LO BOUND svm(1)_p(44) -5.0935505977217668
 UP BOUND svm(1)_p(44) 5.0935505977217668
 LO BOUND svm(1)_p(45) -4.7223518471755268
 UP BOUND svm(1)_p(45) 4.7223518471755268
 LO BOUND svm(1)_p(46) -6.2621509588491122
 UP BOUND svm(1)_p(46) 6.2621509588491122
 LO BOUND svm(1)_p(47) -5.2264140364279124
 UP BOUND svm(1)_p(47) 5.2264140364279124
 LO BOUND svm(1)_p(48) -5.911556030863431
 UP BOUND svm(1)_p(48) 5.911556030863431
 LO BOUND svm(1)_p(49) -7.0893596812700563
 UP BOUND svm(1)_p(49) 7.0893596812700563
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
 BV BOUND svm(1)_s(40)
 BV BOUND svm(1)_s(41)
 BV BOUND svm(1)_s(42)
 BV BOUND svm(1)_s(43)
 BV BOUND svm(1)_s(44)
 BV BOUND svm(1)_s(45)
 BV BOUND svm(1)_s(46)
 BV BOUND svm(1)_s(47)
 BV BOUND svm(1)_s(48)
 BV BOUND svm(1)_s(49)
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
 BV BOUND svm(1)_t(40)
 BV BOUND svm(1)_t(41)
 BV BOUND svm(1)_t(42)
 BV BOUND svm(1)_t(43)
 BV BOUND svm(1)_t(44)
 BV BOUND svm(1)_t(45)
 BV BOUND svm(1)_t(46)
 BV BOUND svm(1)_t(47)
 BV BOUND svm(1)_t(48)
 BV BOUND svm(1)_t(49)
ENDATA
