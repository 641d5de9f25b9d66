* Source:     Pyomo MPS Writer
* Format:     Free MPS
*
NAME ensemble_to_1
OBJSENSE
 MIN
ROWS
 N  flips
 E  c_e_one_class(0)_
 E  c_e_one_class(1)_
 E  c_e_one_class(2)_
 E  c_e_one_class(3)_
 E  c_e_one_class(4)_
 E  c_e_one_class(5)_
 E  c_e_one_class(6)_
 E  c_e_one_class(7)_
 E  c_e_one_class(8)_
 E  c_e_one_class(9)_
 E  c_e_one_class(10)_
 E  c_e_one_class(11)_
 E  c_e_one_class(12)_
 E  c_e_one_class(13)_
 E  c_e_one_class(14)_
 E  c_e_one_class(15)_
 E  c_e_one_class(16)_
 E  c_e_one_class(17)_
 E  c_e_one_class(18)_
 E  c_e_one_class(19)_
 E  c_e_one_class(20)_
 E  c_e_one_class(21)_
 E  c_e_one_class(22)_
 E  c_e_one_class(23)_
 E  c_e_one_class(24)_
 L  c_u_beat(0)_
COLUMNS
     z(0_0) c_e_one_class(0)_ 1
     z(0_0) c_u_beat(0)_ 1
     z(0_1) flips 2
     z(0_1) c_e_one_class(0)_ 1
     z(0_1) c_u_beat(0)_ -1
     z(1_0) c_e_one_class(1)_ 1
     z(1_0) c_u_beat(0)_ 1
     z(1_1) flips 2
     z(1_1) c_e_one_class(1)_ 1
     z(1_1) c_u_beat(0)_ -1
     z(2_0) c_e_one_class(2)_ 1
     z(2_0) c_u_beat(0)_ 1
     z(2_1) flips 3
     z(2_1) c_e_one_class(2)_ 1
     z(2_1) c_u_beat(0)_ -1
     z(3_0) c_e_one_class(3)_ 1
     z(3_0) c_u_beat(0)_ 1
     z(3_1) flips 2
     z(3_1) c_e_one_class(3)_ 1
     z(3_1) c_u_beat(0)_ -1
     z(4_0) c_e_one_class(4)_ 1
     z(4_0) c_u_beat(0)_ 1
     z(4_1) flips 3
     z(4_1) c_e_one_class(4)_ 1
     z(4_1) c_u_beat(0)_ -1
     z(5_0) c_e_one_class(5)_ 1
     z(5_0) c_u_beat(0)_ 1
     z(5_1) flips 2
     z(5_1) c_e_one_class(5)_ 1
     z(5_1) c_u_beat(0)_ -1
     z(6_0) c_e_one_class(6)_ 1
     z(6_0) c_u_beat(0)_ 1
     z(6_1) flips 2
     z(6_1) c_e_one_class(6)_ 1
     z(6_1) c_u_beat(0)_ -1
     z(7_0) c_e_one_class(7)_ 1
     z(7_0) c_u_beat(0)_ 1
     z(7_1) flips 2
     z(7_1) c_e_one_class(7)_ 1
     z(7_1) c_u_beat(0)_ -1
     z(8_0) c_e_one_class(8)_ 1
     z(8_0) c_u_beat(0)_ 1
     z(8_1) flips 3
     z(8_1) c_e_one_class(8)_ 1
     z(8_1) c_u_beat(0)_ -1
     z(9_0) c_e_one_class(9)_ 1
     z(9_0) c_u_beat(0)_ 1
     z(9_1) flips 3
     z(9_1) c_e_one_class(9)_ 1
     z(9_1) c_u_beat(0)_ -1
     z(10_0) c_e_one_class(10)_ 1
     z(10_0) c_u_beat(0)_ 1
     z(10_1) flips 3
     z(10_1) c_e_one_class(10)_ 1
     z(10_1) c_u_beat(0)_ -1
     z(11_0) c_e_one_class(11)_ 1
     z(11_0) c_u_beat(0)_ 1
     z(11_1) flips 2
     z(11_1) c_e_one_class(11)_ 1
     z(11_1) c_u_beat(0)_ -1
     z(12_0) c_e_one_class(12)_ 1
     z(12_0) c_u_beat(0)_ 1
     z(12_1) flips 2
     z(12_1) c_e_one_class(12)_ 1
     z(12_1) c_u_beat(0)_ -1
     z(13_0) c_e_one_class(13)_ 1
     z(13_0) c_u_beat(0)_ 1
     z(13_1) flips 2
     z(13_1) c_e_one_class(13)_ 1
     z(13_1) c_u_beat(0)_ -1
     z(14_0) c_e_one_class(14)_ 1
     z(14_0) c_u_beat(0)_ 1
     z(14_1) flips 4
     z(14_1) c_e_one_class(14)_ 1
     z(14_1) c_u_beat(0)_ -1
     z(15_0) c_e_one_class(15)_ 1
     z(15_0) c_u_beat(0)_ 1
     z(15_1) flips 2
     z(15_1) c_e_one_class(15)_ 1
     z(15_1) c_u_beat(0)_ -1
     z(16_0) c_e_one_class(16)_ 1
     z(16_0) c_u_beat(0)_ 1
     z(16_1) flips 2
     z(16_1) c_e_one_class(16)_ 1
     z(16_1) c_u_beat(0)_ -1
     z(17_0) c_e_one_class(17)_ 1
     z(17_0) c_u_beat(0)_ 1
     z(17_1) flips 1
     z(17_1) c_e_one_class(17)_ 1
     z(17_1) c_u_beat(0)_ -1
     z(18_0) c_e_one_class(18)_ 1
     z(18_0) c_u_beat(0)_ 1
     z(18_1) flips 3
     z(18_1) c_e_one_class(18)_ 1
     z(18_1) c_u_beat(0)_ -1
     z(19_0) c_e_one_class(19)_ 1
     z(19_0) c_u_beat(0)_ 1
     z(19_1) flips 2
     z(19_1) c_e_one_class(19)_ 1
     z(19_1) c_u_beat(0)_ -1
     z(20_0) c_e_one_class(20)_ 1
     z(20_0) c_u_beat(0)_ 1
     z(20_1) flips 3
     z(20_1) c_e_one_class(20)_ 1
     z(20_1) c_u_beat(0)_ -1
     z(21_0) c_e_one_class(21)_ 1
     z(21_0) c_u_beat(0)_ 1
     z(21_1) flips 2
     z(21_1) c_e_one_class(21)_ 1
     z(21_1) c_u_beat(0)_ -1
     z(22_0) c_e_one_class(22)_ 1
     z(22_0) c_u_beat(0)_ 1
     z(22_1) flips 2
     z(22_1) c_e_one_class(22)_ 1
     z(22_1) c_u_beat(0)_ -1
     z(23_0) c_e_one_class(23)_ 1
     z(23_0) c_u_beat(0)_ 1
     z(23_1) flips 2
     z(23_1) c_e_one_class(23)_ 1
     z(23_1) c_u_beat(0)_ -1
     z(24_0) c_e_one_class(24)_ 1
     z(24_0) c_u_beat(0)_ 1
     z(24_1) flips 3
     z(24_1) c_e_one_class(24)_ 1
     z(24_1) c_u_beat(0)_ -1
RHS
     RHS c_e_one_class(0)_ 1
     RHS c_e_one_class(1)_ 1
     RHS c_e_one_class(2)_ 1
     RHS c_e_one_class(3)_ 1
     RHS c_e_one_class(4)_ 1
     RHS c_e_one_class(5)_ 1
     RHS c_e_one_class(6)_ 1
     RHS c_e_one_class(7)_ 1
     RHS c_e_one_class(8)_ 1
     RHS c_e_one_class(9)_ 1
     RHS c_e_one_class(10)_ 1
     RHS c_e_one_class(11)_ 1
     RHS c_e_one_class(12)_ 1
     RHS c_e_one_class(13)_ 1
     RHS c_e_one_class(14)_ 1
     RHS c_e_one_class(15)_ 1
     RHS c_e_one_class(16)_ 1
     RHS c_e_one_class(17)_ 1
     RHS c_e_one_class(18)_ 1
     RHS c_e_one_class(19)_ 1
     RHS c_e_one_class(20)_ 1
     RHS c_e_one_class(21)_ 1
     RHS c_e_one_class(22)_ 1
     RHS c_e_one_class(23)_ 1
     RHS c_e_one_class(24)_ 1
     RHS c_u_beat(0)_ -1
BOUNDS
 BV BOUND z(0_0)
 BV BOUND z(0_1)
 BV BOUND z(1_0)
 BV BOUND z(1_1)
 BV BOUND z(2_0)
 BV BOUND z(2_1)
 BV BOUND z(3_0)
 BV BOUND z(3_1)
 BV BOUND z(4_0)
 BV BOUND z(4_1)
 BV BOUND z(5_0)
 BV BOUND z(5_1)
 BV BOUND z(6_0)
 BV BOUND z(6_1)
 BV BOUND z(7_0)
 BV BOUND z(7_1)
 BV BOUND z(8_0)
 BV BOUND z(8_1)
 BV BOUND z(9_0)
 BV BOUND z(9_1)
 BV BOUND z(10_0)
 BV BOUND z(10_1)
 BV BOUND z(11_0)
 BV BOUND z(11_1)
 BV BOUND z(12_0)
 BV BOUND z(12_1)
 BV BOUND z(13_0)
 BV BOUND z(13_1)
 BV BOUND z(14_0)
 BV BOUND z(14_1)
 BV BOUND z(15_0)
 BV BOUND z(15_1)
 BV BOUND z(16_0)
 BV BOUND z(16_1)
 BV BOUND z(17_0)
 BV BOUND z(17_1)
 BV BOUND z(18_0)
 BV BOUND z(18_1)
 BV BOUND z(19_0)
 BV BOUND z(19_1)
 BV BOUND z(20_0)
 BV BOUND z(20_1)
 BV BOUND z(21_0)
 BV BOUND z(21_1)
 BV BOUND z(22_0)
 BV BOUND z(22_1)
 BV BOUND z(23_0)
 BV BOUND z(23_1)
 BV BOUND z(24_0)
 BV BOUND z(24_1)
ENDATA
