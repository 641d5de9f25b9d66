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
 E  c_e_ONE_VAR_CONSTANT
COLUMNS
     b(0_1) objective 1
     b(0_1) c_u_svm(1)_z_ge_alpha_if_pos(0)_ 2.2441617345428577
     b(0_1) c_u_svm(1)_z_le_neg_alpha_if_neg(0)_ -2.2441617345428577
     b(0_1) c_u_svm(1)_w_minus_p_le(0)_ 8.6732958013045547
     b(0_1) c_u_svm(1)_w_minus_p_ge(0)_ 8.6732958013045547
     b(0_1) c_u_svm(1)_w_plus_p_le(0)_ -8.6732958013045547
     b(0_1) c_u_svm(1)_w_plus_p_ge(0)_ -8.6732958013045547
     b(1_1) objective 1
     b(1_1) c_u_svm(1)_z_ge_alpha_if_pos(1)_ 2.2441617345428577
     b(1_1) c_u_svm(1)_z_le_neg_alpha_if_neg(1)_ -2.2441617345428577
     b(1_1) c_u_svm(1)_w_minus_p_le(1)_ 8.846888642044938
     b(1_1) c_u_svm(1)_w_minus_p_ge(1)_ 8.846888642044938
     b(1_1) c_u_svm(1)_w_plus_p_le(1)_ -8.846888642044938
     b(1_1) c_u_svm(1)_w_plus_p_ge(1)_ -8.846888642044938
     b(2_1) objective 1
     b(2_1) c_u_svm(1)_z_ge_alpha_if_pos(2)_ 2.2441617345428577
     b(2_1) c_u_svm(1)_z_le_neg_alpha_if_neg(2)_ -2.2441617345428577
     b(2_1) c_u_svm(1)_w_minus_p_le(2)_ 10.626789312713225
     b(2_1) c_u_svm(1)_w_minus_p_ge(2)_ 10.626789312713225
     b(2_1) c_u_svm(1)_w_plus_p_le(2)_ -10.626789312713225
     b(2_1) c_u_svm(1)_w_plus_p_ge(2)_ -10.626789312713225
     b(3_1) objective 1
     b(3_1) c_u_svm(1)_z_ge_alpha_if_pos(3)_ 2.2441617345428577
     b(3_1) c_u_svm(1)_z_le_neg_alpha_if_neg(3)_ -2.2441617345428577
     b(3_1) c_u_svm(1)_w_minus_p_le(3)_ 9.2507775642879579
     b(3_1) c_u_svm(1)_w_minus_p_ge(3)_ 9.2507775642879579
     b(3_1) c_u_svm(1)_w_plus_p_le(3)_ -9.2507775642879579
     b(3_1) c_u_svm(1)_w_plus_p_ge(3)_ -9.2507775642879579
     b(4_1) objective 1
     b(4_1) c_u_svm(1)_z_ge_alpha_if_pos(4)_ 2.2441617345428577
     b(4_1) c_u_svm(1)_z_le_neg_alpha_if_neg(4)_ -2.2441617345428577
     b(4_1) c_u_svm(1)_w_minus_p_le(4)_ 8.7499473766301676
     b(4_1) c_u_svm(1)_w_minus_p_ge(4)_ 8.7499473766301676
     b(4_1) c_u_svm(1)_w_plus_p_le(4)_ -8.7499473766301676
     b(4_1) c_u_svm(1)_w_plus_p_ge(4)_ -8.7499473766301676
     b(5_1) objective 1
     b(5_1) c_u_svm(1)_z_ge_alpha_if_pos(5)_ 2.2441617345428577
     b(5_1) c_u_svm(1)_z_le_neg_alpha_if_neg(5)_ -2.2441617345428577
     b(5_1) c_u_svm(1)_w_minus_p_le(5)_ 9.4061402656562478
     b(5_1) c_u_svm(1)_w_minus_p_ge(5)_ 9.4061402656562478
     b(5_1) c_u_svm(1)_w_plus_p_le(5)_ -9.4061402656562478
     b(5_1) c_u_svm(1)_w_plus_p_ge(5)_ -9.4061402656562478
     b(6_1) objective -1
     b(6_1) c_u_svm(1)_z_ge_alpha_if_pos(6)_ 2.2441617345428577
     b(6_1) c_u_svm(1)_z_le_neg_alpha_if_neg(6)_ -2.2441617345428577
     b(6_1) c_u_svm(1)_w_minus_p_le(6)_ 11.719679403196105
     b(6_1) c_u_svm(1)_w_minus_p_ge(6)_ 11.719679403196105
     b(6_1) c_u_svm(1)_w_plus_p_le(6)_ -11.719679403196105
     b(6_1) c_u_svm(1)_w_plus_p_ge(6)_ -11.719679403196105
     b(7_1) objective -1
     b(7_1) c_u_svm(1)_z_ge_alpha_if_pos(7)_ 2.2441617345428577
     b(7_1) c_u_svm(1)_z_le_neg_alpha_if_neg(7)_ -2.2441617345428577
     b(7_1) c_u_svm(1)_w_minus_p_le(7)_ 9.7763896087603186
     b(7_1) c_u_svm(1)_w_minus_p_ge(7)_ 9.7763896087603186
     b(7_1) c_u_svm(1)_w_plus_p_le(7)_ -9.7763896087603186
     b(7_1) c_u_svm(1)_w_plus_p_ge(7)_ -9.7763896087603186
     b(8_1) objective -1
     b(8_1) c_u_svm(1)_z_ge_alpha_if_pos(8)_ 2.2441617345428577
     b(8_1) c_u_svm(1)_z_le_neg_alpha_if_neg(8)_ -2.2441617345428577
     b(8_1) c_u_svm(1)_w_minus_p_le(8)_ 11.291251556411721
     b(8_1) c_u_svm(1)_w_minus_p_ge(8)_ 11.291251556411721
     b(8_1) c_u_svm(1)_w_plus_p_le(8)_ -11.291251556411721
     b(8_1) c_u_svm(1)_w_plus_p_ge(8)_ -11.291251556411721
     b(9_1) objective -1
     b(9_1) c_u_svm(1)_z_ge_alpha_if_pos(9)_ 2.2441617345428577
     b(9_1) c_u_svm(1)_z_le_neg_alpha_if_neg(9)_ -2.2441617345428577
     b(9_1) c_u_svm(1)_w_minus_p_le(9)_ 10.25018178830277
     b(9_1) c_u_svm(1)_w_minus_p_ge(9)_ 10.25018178830277
     b(9_1) c_u_svm(1)_w_plus_p_le(9)_ -10.25018178830277
     b(9_1) c_u_svm(1)_w_plus_p_ge(9)_ -10.25018178830277
     b(10_1) objective -1
     b(10_1) c_u_svm(1)_z_ge_alpha_if_pos(10)_ 2.2441617345428577
     b(10_1) c_u_svm(1)_z_le_neg_alpha_if_neg(10)_ -2.2441617345428577
     b(10_1) c_u_svm(1)_w_minus_p_le(10)_ 14.093068566470189
     b(10_1) c_u_svm(1)_w_minus_p_ge(10)_ 14.093068566470189
     b(10_1) c_u_svm(1)_w_plus_p_le(10)_ -14.093068566470189
     b(10_1) c_u_svm(1)_w_plus_p_ge(10)_ -14.093068566470189
     b(11_1) objective -1
     b(11_1) c_u_svm(1)_z_ge_alpha_if_pos(11)_ 2.2441617345428577
     b(11_1) c_u_svm(1)_z_le_neg_alpha_if_neg(11)_ -2.2441617345428577
     b(11_1) c_u_svm(1)_w_minus_p_le(11)_ 10.559319269272363
     b(11_1) c_u_svm(1)_w_minus_p_ge(11)_ 10.559319269272363
     b(11_1) c_u_svm(1)_w_plus_p_le(11)_ -10.559319269272363
     b(11_1) c_u_svm(1)_w_plus_p_ge(11)_ -10.559319269272363
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
     svm(1)_z(0) c_u_crossed_ -1.3291466624561767
     svm(1)_z(0) c_u_svm(1)_z_le_alpha(0)_ 1
     svm(1)_z(0) c_u_svm(1)_z_ge_neg_alpha(0)_ -1
     svm(1)_z(0) c_u_svm(1)_z_ge_alpha_if_pos(0)_ -1
     svm(1)_z(0) c_u_svm(1)_z_le_neg_alpha_if_neg(0)_ 1
     svm(1)_z(0) c_e_svm(1)_p_def(0)_ -1.3966993173987259
     svm(1)_z(0) c_e_svm(1)_p_def(1)_ -1.3638662177343026
     svm(1)_z(0) c_e_svm(1)_p_def(2)_ -0.62870615273877528
     svm(1)_z(0) c_e_svm(1)_p_def(3)_ -0.28691977598800222
     svm(1)_z(0) c_e_svm(1)_p_def(4)_ -0.48508258010015415
     svm(1)_z(0) c_e_svm(1)_p_def(5)_ -1.1250433739634376
     svm(1)_z(0) c_e_svm(1)_p_def(6)_ 0.0080598436944901708
     svm(1)_z(0) c_e_svm(1)_p_def(7)_ -0.16698716483134901
     svm(1)_z(0) c_e_svm(1)_p_def(8)_ -0.062308988280197583
     svm(1)_z(0) c_e_svm(1)_p_def(9)_ 0.093586226307965759
     svm(1)_z(0) c_e_svm(1)_p_def(10)_ 0.13025698219930135
     svm(1)_z(0) c_e_svm(1)_p_def(11)_ 0.10654663735622336
     svm(1)_z(1) c_u_crossed_ -1.4048882369734492
     svm(1)_z(1) c_u_svm(1)_z_le_alpha(1)_ 1
     svm(1)_z(1) c_u_svm(1)_z_ge_neg_alpha(1)_ -1
     svm(1)_z(1) c_u_svm(1)_z_ge_alpha_if_pos(1)_ -1
     svm(1)_z(1) c_u_svm(1)_z_le_neg_alpha_if_neg(1)_ 1
     svm(1)_z(1) c_e_svm(1)_p_def(0)_ -1.3638662177343026
     svm(1)_z(1) c_e_svm(1)_p_def(1)_ -1.453167666190897
     svm(1)_z(1) c_e_svm(1)_p_def(2)_ -0.63296306538780367
     svm(1)_z(1) c_e_svm(1)_p_def(3)_ -0.31783352714483409
     svm(1)_z(1) c_e_svm(1)_p_def(4)_ -0.46753389542905233
     svm(1)_z(1) c_e_svm(1)_p_def(5)_ -1.036949624142872
     svm(1)_z(1) c_e_svm(1)_p_def(6)_ -0.042985995121254519
     svm(1)_z(1) c_e_svm(1)_p_def(7)_ -0.22167138872109637
     svm(1)_z(1) c_e_svm(1)_p_def(8)_ -0.047713756934367538
     svm(1)_z(1) c_e_svm(1)_p_def(9)_ 0.10792817641551615
     svm(1)_z(1) c_e_svm(1)_p_def(10)_ 0.11869382071705017
     svm(1)_z(1) c_e_svm(1)_p_def(11)_ 0.11619611518446794
     svm(1)_z(2) c_u_crossed_ -0.63940693920805824
     svm(1)_z(2) c_u_svm(1)_z_le_alpha(2)_ 1
     svm(1)_z(2) c_u_svm(1)_z_ge_neg_alpha(2)_ -1
     svm(1)_z(2) c_u_svm(1)_z_ge_alpha_if_pos(2)_ -1
     svm(1)_z(2) c_u_svm(1)_z_le_neg_alpha_if_neg(2)_ 1
     svm(1)_z(2) c_e_svm(1)_p_def(0)_ -0.62870615273877528
     svm(1)_z(2) c_e_svm(1)_p_def(1)_ -0.63296306538780367
     svm(1)_z(2) c_e_svm(1)_p_def(2)_ -2.096711828086002
     svm(1)_z(2) c_e_svm(1)_p_def(3)_ -0.65170954243066392
     svm(1)_z(2) c_e_svm(1)_p_def(4)_ -0.16747361591733251
     svm(1)_z(2) c_e_svm(1)_p_def(5)_ -0.30760738180037922
     svm(1)_z(2) c_e_svm(1)_p_def(6)_ -0.17502642735315799
     svm(1)_z(2) c_e_svm(1)_p_def(7)_ -0.10802620751199339
     svm(1)_z(2) c_e_svm(1)_p_def(8)_ -0.14804408260712593
     svm(1)_z(2) c_e_svm(1)_p_def(9)_ 0.029205898990279866
     svm(1)_z(2) c_e_svm(1)_p_def(10)_ -0.15163218589436586
     svm(1)_z(2) c_e_svm(1)_p_def(11)_ 0.0064857514459867871
     svm(1)_z(3) c_u_crossed_ -0.3459502535289386
     svm(1)_z(3) c_u_svm(1)_z_le_alpha(3)_ 1
     svm(1)_z(3) c_u_svm(1)_z_ge_neg_alpha(3)_ -1
     svm(1)_z(3) c_u_svm(1)_z_ge_alpha_if_pos(3)_ -1
     svm(1)_z(3) c_u_svm(1)_z_le_neg_alpha_if_neg(3)_ 1
     svm(1)_z(3) c_e_svm(1)_p_def(0)_ -0.28691977598800222
     svm(1)_z(3) c_e_svm(1)_p_def(1)_ -0.31783352714483409
     svm(1)_z(3) c_e_svm(1)_p_def(2)_ -0.65170954243066392
     svm(1)_z(3) c_e_svm(1)_p_def(3)_ -1.5888799378017888
     svm(1)_z(3) c_e_svm(1)_p_def(4)_ -0.7955498918907622
     svm(1)_z(3) c_e_svm(1)_p_def(5)_ -0.30849727266842242
     svm(1)_z(3) c_e_svm(1)_p_def(6)_ -0.1310787990819261
     svm(1)_z(3) c_e_svm(1)_p_def(7)_ -0.10340633429253086
     svm(1)_z(3) c_e_svm(1)_p_def(8)_ -0.085878826576536213
     svm(1)_z(3) c_e_svm(1)_p_def(9)_ -0.057673617174513428
     svm(1)_z(3) c_e_svm(1)_p_def(10)_ 0.04611079773291013
     svm(1)_z(3) c_e_svm(1)_p_def(11)_ -0.078852612726218629
     svm(1)_z(4) c_u_crossed_ -0.48625819516908786
     svm(1)_z(4) c_u_svm(1)_z_le_alpha(4)_ 1
     svm(1)_z(4) c_u_svm(1)_z_ge_neg_alpha(4)_ -1
     svm(1)_z(4) c_u_svm(1)_z_ge_alpha_if_pos(4)_ -1
     svm(1)_z(4) c_u_svm(1)_z_le_neg_alpha_if_neg(4)_ 1
     svm(1)_z(4) c_e_svm(1)_p_def(0)_ -0.48508258010015415
     svm(1)_z(4) c_e_svm(1)_p_def(1)_ -0.46753389542905233
     svm(1)_z(4) c_e_svm(1)_p_def(2)_ -0.16747361591733251
     svm(1)_z(4) c_e_svm(1)_p_def(3)_ -0.7955498918907622
     svm(1)_z(4) c_e_svm(1)_p_def(4)_ -1.4214954920987974
     svm(1)_z(4) c_e_svm(1)_p_def(5)_ -0.90783635746844205
     svm(1)_z(4) c_e_svm(1)_p_def(6)_ -0.08307093852264151
     svm(1)_z(4) c_e_svm(1)_p_def(7)_ 0.054495709140984464
     svm(1)_z(4) c_e_svm(1)_p_def(8)_ -0.028804800867280309
     svm(1)_z(4) c_e_svm(1)_p_def(9)_ -0.19972547471273056
     svm(1)_z(4) c_e_svm(1)_p_def(10)_ 0.091238646219149469
     svm(1)_z(4) c_e_svm(1)_p_def(11)_ -0.036558973312362547
     svm(1)_z(5) c_u_crossed_ -1.0368551834776105
     svm(1)_z(5) c_u_svm(1)_z_le_alpha(5)_ 1
     svm(1)_z(5) c_u_svm(1)_z_ge_neg_alpha(5)_ -1
     svm(1)_z(5) c_u_svm(1)_z_ge_alpha_if_pos(5)_ -1
     svm(1)_z(5) c_u_svm(1)_z_le_neg_alpha_if_neg(5)_ 1
     svm(1)_z(5) c_e_svm(1)_p_def(0)_ -1.1250433739634376
     svm(1)_z(5) c_e_svm(1)_p_def(1)_ -1.036949624142872
     svm(1)_z(5) c_e_svm(1)_p_def(2)_ -0.30760738180037922
     svm(1)_z(5) c_e_svm(1)_p_def(3)_ -0.30849727266842242
     svm(1)_z(5) c_e_svm(1)_p_def(4)_ -0.90783635746844205
     svm(1)_z(5) c_e_svm(1)_p_def(5)_ -1.6426971587053401
     svm(1)_z(5) c_e_svm(1)_p_def(6)_ 0.0038405615439024154
     svm(1)_z(5) c_e_svm(1)_p_def(7)_ 0.024900976246779116
     svm(1)_z(5) c_e_svm(1)_p_def(8)_ -0.17313492493869068
     svm(1)_z(5) c_e_svm(1)_p_def(9)_ -0.0073971398557032275
     svm(1)_z(5) c_e_svm(1)_p_def(10)_ 0.15454439163543804
     svm(1)_z(5) c_e_svm(1)_p_def(11)_ 0.038367103204955566
     svm(1)_z(6) c_u_crossed_ -0.064854508907728828
     svm(1)_z(6) c_u_svm(1)_z_le_alpha(6)_ 1
     svm(1)_z(6) c_u_svm(1)_z_ge_neg_alpha(6)_ -1
     svm(1)_z(6) c_u_svm(1)_z_ge_alpha_if_pos(6)_ -1
     svm(1)_z(6) c_u_svm(1)_z_le_neg_alpha_if_neg(6)_ 1
     svm(1)_z(6) c_e_svm(1)_p_def(0)_ 0.0080598436944901708
     svm(1)_z(6) c_e_svm(1)_p_def(1)_ -0.042985995121254519
     svm(1)_z(6) c_e_svm(1)_p_def(2)_ -0.17502642735315799
     svm(1)_z(6) c_e_svm(1)_p_def(3)_ -0.1310787990819261
     svm(1)_z(6) c_e_svm(1)_p_def(4)_ -0.08307093852264151
     svm(1)_z(6) c_e_svm(1)_p_def(5)_ 0.0038405615439024154
     svm(1)_z(6) c_e_svm(1)_p_def(6)_ -2.5501520033962164
     svm(1)_z(6) c_e_svm(1)_p_def(7)_ -0.45630119858841167
     svm(1)_z(6) c_e_svm(1)_p_def(8)_ -0.20694134491678523
     svm(1)_z(6) c_e_svm(1)_p_def(9)_ -0.44814327349788763
     svm(1)_z(6) c_e_svm(1)_p_def(10)_ -0.76870067058539582
     svm(1)_z(6) c_e_svm(1)_p_def(11)_ -0.63614785046869571
     svm(1)_z(7) c_u_crossed_ -0.18751835826683294
     svm(1)_z(7) c_u_svm(1)_z_le_alpha(7)_ 1
     svm(1)_z(7) c_u_svm(1)_z_ge_neg_alpha(7)_ -1
     svm(1)_z(7) c_u_svm(1)_z_ge_alpha_if_pos(7)_ -1
     svm(1)_z(7) c_u_svm(1)_z_le_neg_alpha_if_neg(7)_ 1
     svm(1)_z(7) c_e_svm(1)_p_def(0)_ -0.16698716483134901
     svm(1)_z(7) c_e_svm(1)_p_def(1)_ -0.22167138872109637
     svm(1)_z(7) c_e_svm(1)_p_def(2)_ -0.10802620751199339
     svm(1)_z(7) c_e_svm(1)_p_def(3)_ -0.10340633429253086
     svm(1)_z(7) c_e_svm(1)_p_def(4)_ 0.054495709140984464
     svm(1)_z(7) c_e_svm(1)_p_def(5)_ 0.024900976246779116
     svm(1)_z(7) c_e_svm(1)_p_def(6)_ -0.45630119858841167
     svm(1)_z(7) c_e_svm(1)_p_def(7)_ -1.7745637513538266
     svm(1)_z(7) c_e_svm(1)_p_def(8)_ -0.29530490033570084
     svm(1)_z(7) c_e_svm(1)_p_def(9)_ -0.54396491160921767
     svm(1)_z(7) c_e_svm(1)_p_def(10)_ -0.52451287821056425
     svm(1)_z(7) c_e_svm(1)_p_def(11)_ -0.32764023723007263
     svm(1)_z(8) c_u_crossed_ -0.050655100549878734
     svm(1)_z(8) c_u_svm(1)_z_le_alpha(8)_ 1
     svm(1)_z(8) c_u_svm(1)_z_ge_neg_alpha(8)_ -1
     svm(1)_z(8) c_u_svm(1)_z_ge_alpha_if_pos(8)_ -1
     svm(1)_z(8) c_u_svm(1)_z_le_neg_alpha_if_neg(8)_ 1
     svm(1)_z(8) c_e_svm(1)_p_def(0)_ -0.062308988280197583
     svm(1)_z(8) c_e_svm(1)_p_def(1)_ -0.047713756934367538
     svm(1)_z(8) c_e_svm(1)_p_def(2)_ -0.14804408260712593
     svm(1)_z(8) c_e_svm(1)_p_def(3)_ -0.085878826576536213
     svm(1)_z(8) c_e_svm(1)_p_def(4)_ -0.028804800867280309
     svm(1)_z(8) c_e_svm(1)_p_def(5)_ -0.17313492493869068
     svm(1)_z(8) c_e_svm(1)_p_def(6)_ -0.20694134491678523
     svm(1)_z(8) c_e_svm(1)_p_def(7)_ -0.29530490033570084
     svm(1)_z(8) c_e_svm(1)_p_def(8)_ -2.3671118019395401
     svm(1)_z(8) c_e_svm(1)_p_def(9)_ -0.34365273377031752
     svm(1)_z(8) c_e_svm(1)_p_def(10)_ -1.0007122432066784
     svm(1)_z(8) c_e_svm(1)_p_def(11)_ -0.44944507727525707
     svm(1)_z(9) c_u_crossed_ 0.10958707028180481
     svm(1)_z(9) c_u_svm(1)_z_le_alpha(9)_ 1
     svm(1)_z(9) c_u_svm(1)_z_ge_neg_alpha(9)_ -1
     svm(1)_z(9) c_u_svm(1)_z_ge_alpha_if_pos(9)_ -1
     svm(1)_z(9) c_u_svm(1)_z_le_neg_alpha_if_neg(9)_ 1
     svm(1)_z(9) c_e_svm(1)_p_def(0)_ 0.093586226307965759
     svm(1)_z(9) c_e_svm(1)_p_def(1)_ 0.10792817641551615
     svm(1)_z(9) c_e_svm(1)_p_def(2)_ 0.029205898990279866
     svm(1)_z(9) c_e_svm(1)_p_def(3)_ -0.057673617174513428
     svm(1)_z(9) c_e_svm(1)_p_def(4)_ -0.19972547471273056
     svm(1)_z(9) c_e_svm(1)_p_def(5)_ -0.0073971398557032275
     svm(1)_z(9) c_e_svm(1)_p_def(6)_ -0.44814327349788763
     svm(1)_z(9) c_e_svm(1)_p_def(7)_ -0.54396491160921767
     svm(1)_z(9) c_e_svm(1)_p_def(8)_ -0.34365273377031752
     svm(1)_z(9) c_e_svm(1)_p_def(9)_ -1.9507325917785401
     svm(1)_z(9) c_e_svm(1)_p_def(10)_ -0.93097171413818858
     svm(1)_z(9) c_e_svm(1)_p_def(11)_ -0.9704221998977145
     svm(1)_z(10) c_u_crossed_ 0.12935341611744811
     svm(1)_z(10) c_u_svm(1)_z_le_alpha(10)_ 1
     svm(1)_z(10) c_u_svm(1)_z_ge_neg_alpha(10)_ -1
     svm(1)_z(10) c_u_svm(1)_z_ge_alpha_if_pos(10)_ -1
     svm(1)_z(10) c_u_svm(1)_z_le_neg_alpha_if_neg(10)_ 1
     svm(1)_z(10) c_e_svm(1)_p_def(0)_ 0.13025698219930135
     svm(1)_z(10) c_e_svm(1)_p_def(1)_ 0.11869382071705017
     svm(1)_z(10) c_e_svm(1)_p_def(2)_ -0.15163218589436586
     svm(1)_z(10) c_e_svm(1)_p_def(3)_ 0.04611079773291013
     svm(1)_z(10) c_e_svm(1)_p_def(4)_ 0.091238646219149469
     svm(1)_z(10) c_e_svm(1)_p_def(5)_ 0.15454439163543804
     svm(1)_z(10) c_e_svm(1)_p_def(6)_ -0.76870067058539582
     svm(1)_z(10) c_e_svm(1)_p_def(7)_ -0.52451287821056425
     svm(1)_z(10) c_e_svm(1)_p_def(8)_ -1.0007122432066784
     svm(1)_z(10) c_e_svm(1)_p_def(9)_ -0.93097171413818858
     svm(1)_z(10) c_e_svm(1)_p_def(10)_ -3.6876163707515142
     svm(1)_z(10) c_e_svm(1)_p_def(11)_ -1.3070229437839409
     svm(1)_z(11) c_u_crossed_ 0.11521206634767794
     svm(1)_z(11) c_u_svm(1)_z_le_alpha(11)_ 1
     svm(1)_z(11) c_u_svm(1)_z_ge_neg_alpha(11)_ -1
     svm(1)_z(11) c_u_svm(1)_z_ge_alpha_if_pos(11)_ -1
     svm(1)_z(11) c_u_svm(1)_z_le_neg_alpha_if_neg(11)_ 1
     svm(1)_z(11) c_e_svm(1)_p_def(0)_ 0.10654663735622336
     svm(1)_z(11) c_e_svm(1)_p_def(1)_ 0.11619611518446794
     svm(1)_z(11) c_e_svm(1)_p_def(2)_ 0.0064857514459867871
     svm(1)_z(11) c_e_svm(1)_p_def(3)_ -0.078852612726218629
     svm(1)_z(11) c_e_svm(1)_p_def(4)_ -0.036558973312362547
     svm(1)_z(11) c_e_svm(1)_p_def(5)_ 0.038367103204955566
     svm(1)_z(11) c_e_svm(1)_p_def(6)_ -0.63614785046869571
     svm(1)_z(11) c_e_svm(1)_p_def(7)_ -0.32764023723007263
     svm(1)_z(11) c_e_svm(1)_p_def(8)_ -0.44944507727525707
     svm(1)_z(11) c_e_svm(1)_p_def(9)_ -0.9704221998977145
     svm(1)_z(11) c_e_svm(1)_p_def(10)_ -1.3070229437839409
     svm(1)_z(11) c_e_svm(1)_p_def(11)_ -2.0701720804988128
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
     svm(1)_s(0) c_u_svm(1)_t_le_s(0)_ -1
     svm(1)_s(0) c_u_svm(1)_alpha_le_Cs(0)_ -1.1220808672714289
     svm(1)_s(0) c_u_svm(1)_u_le_Mu(0)_ 3.3366479049889257
     svm(1)_s(1) c_u_svm(1)_t_le_s(1)_ -1
     svm(1)_s(1) c_u_svm(1)_alpha_le_Cs(1)_ -1.1220808672714289
     svm(1)_s(1) c_u_svm(1)_u_le_Mu(1)_ 3.4234443254459137
     svm(1)_s(2) c_u_svm(1)_t_le_s(2)_ -1
     svm(1)_s(2) c_u_svm(1)_alpha_le_Cs(2)_ -1.1220808672714289
     svm(1)_s(2) c_u_svm(1)_u_le_Mu(2)_ 2.3739628717316781
     svm(1)_s(3) c_u_svm(1)_t_le_s(3)_ -1
     svm(1)_s(3) c_u_svm(1)_alpha_le_Cs(3)_ -1.1220808672714289
     svm(1)_s(3) c_u_svm(1)_u_le_Mu(3)_ 2.2130909069617966
     svm(1)_s(4) c_u_svm(1)_t_le_s(4)_ -1
     svm(1)_s(4) c_u_svm(1)_alpha_le_Cs(4)_ -1.1220808672714289
     svm(1)_s(4) c_u_svm(1)_u_le_Mu(4)_ 2.722358401831793
     svm(1)_s(5) c_u_svm(1)_t_le_s(5)_ -1
     svm(1)_s(5) c_u_svm(1)_alpha_le_Cs(5)_ -1.1220808672714289
     svm(1)_s(5) c_u_svm(1)_u_le_Mu(5)_ 3.5872002382049413
     svm(1)_s(6) c_u_svm(1)_t_le_s(6)_ -1
     svm(1)_s(6) c_u_svm(1)_alpha_le_Cs(6)_ -1.1220808672714289
     svm(1)_s(6) c_u_svm(1)_u_le_Mu(6)_ 2.321692520041132
     svm(1)_s(7) c_u_svm(1)_t_le_s(7)_ -1
     svm(1)_s(7) c_u_svm(1)_alpha_le_Cs(7)_ -1.1220808672714289
     svm(1)_s(7) c_u_svm(1)_u_le_Mu(7)_ 2.1723603914233887
     svm(1)_s(8) c_u_svm(1)_t_le_s(8)_ -1
     svm(1)_s(8) c_u_svm(1)_alpha_le_Cs(8)_ -1.1220808672714289
     svm(1)_s(8) c_u_svm(1)_u_le_Mu(8)_ 2.1888883878915144
     svm(1)_s(9) c_u_svm(1)_t_le_s(9)_ -1
     svm(1)_s(9) c_u_svm(1)_alpha_le_Cs(9)_ -1.1220808672714289
     svm(1)_s(9) c_u_svm(1)_u_le_Mu(9)_ 3.1883591282040777
     svm(1)_s(10) c_u_svm(1)_t_le_s(10)_ -1
     svm(1)_s(10) c_u_svm(1)_alpha_le_Cs(10)_ -1.1220808672714289
     svm(1)_s(10) c_u_svm(1)_u_le_Mu(10)_ 4.8621962304050186
     svm(1)_s(11) c_u_svm(1)_t_le_s(11)_ -1
     svm(1)_s(11) c_u_svm(1)_alpha_le_Cs(11)_ -1.1220808672714289
     svm(1)_s(11) c_u_svm(1)_u_le_Mu(11)_ 3.5710045655181766
     svm(1)_t(0) c_u_svm(1)_t_le_s(0)_ 1
     svm(1)_t(0) c_u_svm(1)_alpha_ge_Ct(0)_ 1.1220808672714289
     svm(1)_t(0) c_u_svm(1)_v_le_Mv(0)_ -4.4343132211738814
     svm(1)_t(1) c_u_svm(1)_t_le_s(1)_ 1
     svm(1)_t(1) c_u_svm(1)_alpha_ge_Ct(1)_ 1.1220808672714289
     svm(1)_t(1) c_u_svm(1)_v_le_Mv(1)_ -4.3899947195801614
     svm(1)_t(2) c_u_svm(1)_t_le_s(2)_ 1
     svm(1)_t(2) c_u_svm(1)_alpha_ge_Ct(2)_ 1.1220808672714289
     svm(1)_t(2) c_u_svm(1)_v_le_Mv(2)_ -2.0212826429019932
     svm(1)_t(3) c_u_svm(1)_t_le_s(3)_ 1
     svm(1)_t(3) c_u_svm(1)_alpha_ge_Ct(3)_ 1.1220808672714289
     svm(1)_t(3) c_u_svm(1)_v_le_Mv(3)_ -2.4302391265801395
     svm(1)_t(4) c_u_svm(1)_t_le_s(4)_ 1
     svm(1)_t(4) c_u_svm(1)_alpha_ge_Ct(4)_ 1.1220808672714289
     svm(1)_t(4) c_u_svm(1)_v_le_Mv(4)_ -3.1273255056401146
     svm(1)_t(5) c_u_svm(1)_t_le_s(5)_ 1
     svm(1)_t(5) c_u_svm(1)_alpha_ge_Ct(5)_ 1.1220808672714289
     svm(1)_t(5) c_u_svm(1)_v_le_Mv(5)_ -3.7439611838573019
     svm(1)_t(6) c_u_svm(1)_t_le_s(6)_ 1
     svm(1)_t(6) c_u_svm(1)_alpha_ge_Ct(6)_ 1.1220808672714289
     svm(1)_t(6) c_u_svm(1)_v_le_Mv(6)_ -1.4602157455348568
     svm(1)_t(7) c_u_svm(1)_t_le_s(7)_ 1
     svm(1)_t(7) c_u_svm(1)_alpha_ge_Ct(7)_ 1.1220808672714289
     svm(1)_t(7) c_u_svm(1)_v_le_Mv(7)_ -2.1811563562846423
     svm(1)_t(8) c_u_svm(1)_t_le_s(8)_ 1
     svm(1)_t(8) c_u_svm(1)_alpha_ge_Ct(8)_ 1.1220808672714289
     svm(1)_t(8) c_u_svm(1)_v_le_Mv(8)_ -1.5327975215866696
     svm(1)_t(9) c_u_svm(1)_t_le_s(9)_ 1
     svm(1)_t(9) c_u_svm(1)_alpha_ge_Ct(9)_ 1.1220808672714289
     svm(1)_t(9) c_u_svm(1)_v_le_Mv(9)_ -2.9994794076176907
     svm(1)_t(10) c_u_svm(1)_t_le_s(10)_ 1
     svm(1)_t(10) c_u_svm(1)_alpha_ge_Ct(10)_ 1.1220808672714289
     svm(1)_t(10) c_u_svm(1)_v_le_Mv(10)_ -2.7243924508100359
     svm(1)_t(11) c_u_svm(1)_t_le_s(11)_ 1
     svm(1)_t(11) c_u_svm(1)_alpha_ge_Ct(11)_ 1.1220808672714289
     svm(1)_t(11) c_u_svm(1)_v_le_Mv(11)_ -3.24810407970807
     ONE_VAR_CONSTANT objective 6
     ONE_VAR_CONSTANT c_e_ONE_VAR_CONSTANT 1
RHS
     RHS c_u_crossed_ 6.6199247737298264e-06
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
     RHS c_u_svm(1)_z_ge_alpha_if_pos(0)_ 2.2441617345428577
     RHS c_u_svm(1)_z_ge_alpha_if_pos(1)_ 2.2441617345428577
     RHS c_u_svm(1)_z_ge_alpha_if_pos(2)_ 2.2441617345428577
     RHS c_u_svm(1)_z_ge_alpha_if_pos(3)_ 2.2441617345428577
     RHS c_u_svm(1)_z_ge_alpha_if_pos(4)_ 2.2441617345428577
     RHS c_u_svm(1)_z_ge_alpha_if_pos(5)_ 2.2441617345428577
     RHS c_u_svm(1)_z_ge_alpha_if_pos(6)_ 2.2441617345428577
     RHS c_u_svm(1)_z_ge_alpha_if_pos(7)_ 2.2441617345428577
     RHS c_u_svm(1)_z_ge_alpha_if_pos(8)_ 2.2441617345428577
     RHS c_u_svm(1)_z_ge_alpha_if_pos(9)_ 2.2441617345428577
     RHS c_u_svm(1)_z_ge_alpha_if_pos(10)_ 2.2441617345428577
     RHS c_u_svm(1)_z_ge_alpha_if_pos(11)_ 2.2441617345428577
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
     RHS c_u_svm(1)_w_minus_p_le(0)_ 8.6732958013045547
     RHS c_u_svm(1)_w_minus_p_le(1)_ 8.846888642044938
     RHS c_u_svm(1)_w_minus_p_le(2)_ 10.626789312713225
     RHS c_u_svm(1)_w_minus_p_le(3)_ 9.2507775642879579
     RHS c_u_svm(1)_w_minus_p_le(4)_ 8.7499473766301676
     RHS c_u_svm(1)_w_minus_p_le(5)_ 9.4061402656562478
     RHS c_u_svm(1)_w_minus_p_le(6)_ 11.719679403196105
     RHS c_u_svm(1)_w_minus_p_le(7)_ 9.7763896087603186
     RHS c_u_svm(1)_w_minus_p_le(8)_ 11.291251556411721
     RHS c_u_svm(1)_w_minus_p_le(9)_ 10.25018178830277
     RHS c_u_svm(1)_w_minus_p_le(10)_ 14.093068566470189
     RHS c_u_svm(1)_w_minus_p_le(11)_ 10.559319269272363
     RHS c_u_svm(1)_w_minus_p_ge(0)_ 8.6732958013045547
     RHS c_u_svm(1)_w_minus_p_ge(1)_ 8.846888642044938
     RHS c_u_svm(1)_w_minus_p_ge(2)_ 10.626789312713225
     RHS c_u_svm(1)_w_minus_p_ge(3)_ 9.2507775642879579
     RHS c_u_svm(1)_w_minus_p_ge(4)_ 8.7499473766301676
     RHS c_u_svm(1)_w_minus_p_ge(5)_ 9.4061402656562478
     RHS c_u_svm(1)_w_minus_p_ge(6)_ 11.719679403196105
     RHS c_u_svm(1)_w_minus_p_ge(7)_ 9.7763896087603186
     RHS c_u_svm(1)_w_minus_p_ge(8)_ 11.291251556411721
     RHS c_u_svm(1)_w_minus_p_ge(9)_ 10.25018178830277
     RHS c_u_svm(1)_w_minus_p_ge(10)_ 14.093068566470189
     RHS c_u_svm(1)_w_minus_p_ge(11)_ 10.559319269272363
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
     RHS c_u_svm(1)_u_le_Mu(0)_ 3.3366479049889257
     RHS c_u_svm(1)_u_le_Mu(1)_ 3.4234443254459137
     RHS c_u_svm(1)_u_le_Mu(2)_ 2.3739628717316781
     RHS c_u_svm(1)_u_le_Mu(3)_ 2.2130909069617966
     RHS c_u_svm(1)_u_le_Mu(4)_ 2.722358401831793
     RHS c_u_svm(1)_u_le_Mu(5)_ 3.5872002382049413
     RHS c_u_svm(1)_u_le_Mu(6)_ 2.321692520041132
     RHS c_u_svm(1)_u_le_Mu(7)_ 2.1723603914233887
     RHS c_u_svm(1)_u_le_Mu(8)_ 2.1888883878915144
     RHS c_u_svm(1)_u_le_Mu(9)_ 3.1883591282040777
     RHS c_u_svm(1)_u_le_Mu(10)_ 4.8621962304050186
     RHS c_u_svm(1)_u_le_Mu(11)_ 3.5710045655181766
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
 LO BOUND svm(1)_alpha(0) 0
 UP BOUND svm(1)_alpha(0) 1.1220808672714289
 LO BOUND svm(1)_alpha(1) 0
 UP BOUND svm(1)_alpha(1) 1.1220808672714289
 LO BOUND svm(1)_alpha(2) 0
 UP BOUND svm(1)_alpha(2) 1.1220808672714289
 LO BOUND svm(1)_alpha(3) 0
 UP BOUND svm(1)_alpha(3) 1.1220808672714289
 LO BOUND svm(1)_alpha(4) 0
 UP BOUND svm(1)_alpha(4) 1.1220808672714289
 LO BOUND svm(1)_alpha(5) 0
 UP BOUND svm(1)_alpha(5) 1.1220808672714289
 LO BOUND svm(1)_alpha(6) 0
 UP BOUND svm(1)_alpha(6) 1.1220808672714289
 LO BOUND svm(1)_alpha(7) 0
 UP BOUND svm(1)_alpha(7) 1.1220808672714289
 LO BOUND svm(1)_alpha(8) 0
 UP BOUND svm(1)_alpha(8) 1.1220808672714289
 LO BOUND svm(1)_alpha(9) 0
 UP BOUND svm(1)_alpha(9) 1.1220808672714289
 LO BOUND svm(1)_alpha(10) 0
 UP BOUND svm(1)_alpha(10) 1.1220808672714289
 LO BOUND svm(1)_alpha(11) 0
 UP BOUND svm(1)_alpha(11) 1.1220808672714289
 LO BOUND svm(1)_z(0) -1.1220808672714289
 UP BOUND svm(1)_z(0) 1.1220808672714289
 LO BOUND svm(1)_z(1) -1.1220808672714289
 UP BOUND svm(1)_z(1) 1.1220808672714289
 LO BOUND svm(1)_z(2) -1.1220808672714289
 UP BOUND svm(1)_z(2) 1.1220808672714289
 LO BOUND svm(1)_z(3) -1.1220808672714289
 UP BOUND svm(1)_z(3) 1.1220808672714289
 LO BOUND svm(1)_z(4) -1.1220808672714289
 UP BOUND svm(1)_z(4) 1.1220808672714289
 LO BOUND svm(1)_z(5) -1.1220808672714289
 UP BOUND svm(1)_z(5) 1.1220808672714289
 LO BOUND svm(1)_z(6) -1.1220808672714289
 UP BOUND svm(1)_z(6) 1.1220808672714289
 LO BOUND svm(1)_z(7) -1.1220808672714289
 UP BOUND svm(1)_z(7) 1.1220808672714289
 LO BOUND svm(1)_z(8) -1.1220808672714289
 UP BOUND svm(1)_z(8) 1.1220808672714289
 LO BOUND svm(1)_z(9) -1.1220808672714289
 UP BOUND svm(1)_z(9) 1.1220808672714289
 LO BOUND svm(1)_z(10) -1.1220808672714289
 UP BOUND svm(1)_z(10) 1.1220808672714289
 LO BOUND svm(1)_z(11) -1.1220808672714289
 UP BOUND svm(1)_z(11) 1.1220808672714289
 LO BOUND svm(1)_w(0) -3.4343132211738814
 UP BOUND svm(1)_w(0) 4.3366479006522773
 LO BOUND svm(1)_w(1) -3.3899947195801614
 UP BOUND svm(1)_w(1) 4.423444321022469
 LO BOUND svm(1)_w(2) -1.0212826429019932
 UP BOUND svm(1)_w(2) 3.3739628717316781
 LO BOUND svm(1)_w(3) -1.4302391265801395
 UP BOUND svm(1)_w(3) 3.2130909069617966
 LO BOUND svm(1)_w(4) -2.1273255056401146
 UP BOUND svm(1)_w(4) 3.722358401831793
 LO BOUND svm(1)_w(5) -2.7439611838573019
 UP BOUND svm(1)_w(5) 4.5872002382049413
 LO BOUND svm(1)_w(6) -0.46021574553485678
 UP BOUND svm(1)_w(6) 3.321692520041132
 LO BOUND svm(1)_w(7) -1.1811563562846423
 UP BOUND svm(1)_w(7) 3.1723603914233887
 LO BOUND svm(1)_w(8) -0.5327975215866696
 UP BOUND svm(1)_w(8) 3.1888883878915144
 LO BOUND svm(1)_w(9) -1.9994794076176907
 UP BOUND svm(1)_w(9) 4.1883591282040777
 LO BOUND svm(1)_w(10) -1.7243924508100359
 UP BOUND svm(1)_w(10) 5.8621962304050186
 LO BOUND svm(1)_w(11) -2.24810407970807
 UP BOUND svm(1)_w(11) 4.5710045655181766
 LO BOUND svm(1)_u(0) 0
 UP BOUND svm(1)_u(0) 3.3366479049889257
 LO BOUND svm(1)_u(1) 0
 UP BOUND svm(1)_u(1) 3.4234443254459137
 LO BOUND svm(1)_u(2) 0
 UP BOUND svm(1)_u(2) 2.3739628717316781
 LO BOUND svm(1)_u(3) 0
 UP BOUND svm(1)_u(3) 2.2130909069617966
 LO BOUND svm(1)_u(4) 0
 UP BOUND svm(1)_u(4) 2.722358401831793
 LO BOUND svm(1)_u(5) 0
 UP BOUND svm(1)_u(5) 3.5872002382049413
 LO BOUND svm(1)_u(6) 0
 UP BOUND svm(1)_u(6) 2.321692520041132
 LO BOUND svm(1)_u(7) 0
 UP BOUND svm(1)_u(7) 2.1723603914233887
 LO BOUND svm(1)_u(8) 0
 UP BOUND svm(1)_u(8) 2.1888883878915144
 LO BOUND svm(1)_u(9) 0
 UP BOUND svm(1)_u(9) 3.1883591282040777
 LO BOUND svm(1)_u(10) 0
 UP BOUND svm(1)_u(10) 4.8621962304050186
 LO BOUND svm(1)_u(11) 0
 UP BOUND svm(1)_u(11) 3.5710045655181766
 LO BOUND svm(1)_v(0) 0
 UP BOUND svm(1)_v(0) 4.4343132211738814
 LO BOUND svm(1)_v(1) 0
 UP BOUND svm(1)_v(1) 4.3899947195801614
 LO BOUND svm(1)_v(2) 0
 UP BOUND svm(1)_v(2) 2.0212826429019932
 LO BOUND svm(1)_v(3) 0
 UP BOUND svm(1)_v(3) 2.4302391265801395
 LO BOUND svm(1)_v(4) 0
 UP BOUND svm(1)_v(4) 3.1273255056401146
 LO BOUND svm(1)_v(5) 0
 UP BOUND svm(1)_v(5) 3.7439611838573019
 LO BOUND svm(1)_v(6) 0
 UP BOUND svm(1)_v(6) 1.4602157455348568
 LO BOUND svm(1)_v(7) 0
 UP BOUND svm(1)_v(7) 2.1811563562846423
 LO BOUND svm(1)_v(8) 0
 UP BOUND svm(1)_v(8) 1.5327975215866696
 LO BOUND svm(1)_v(9) 0
 UP BOUND svm(1)_v(9) 2.9994794076176907
 LO BOUND svm(1)_v(10) 0
 UP BOUND svm(1)_v(10) 2.7243924508100359
 LO BOUND svm(1)_v(11) 0
 UP BOUND svm(1)_v(11) 3.24810407970807
 LO BOUND svm(1)_p(0) -4.3366479006522773
 UP BOUND svm(1)_p(0) 4.3366479006522773
 LO BOUND svm(1)_p(1) -4.423444321022469
 UP BOUND svm(1)_p(1) 4.423444321022469
 LO BOUND svm(1)_p(2) -5.3133946563566123
 UP BOUND svm(1)_p(2) 5.3133946563566123
 LO BOUND svm(1)_p(3) -4.625388782143979
 UP BOUND svm(1)_p(3) 4.625388782143979
 LO BOUND svm(1)_p(4) -4.3749736883150838
 UP BOUND svm(1)_p(4) 4.3749736883150838
 LO BOUND svm(1)_p(5) -4.7030701328281239
 UP BOUND svm(1)_p(5) 4.7030701328281239
 LO BOUND svm(1)_p(6) -5.8598397015980526
 UP BOUND svm(1)_p(6) 5.8598397015980526
 LO BOUND svm(1)_p(7) -4.8881948043801593
 UP BOUND svm(1)_p(7) 4.8881948043801593
 LO BOUND svm(1)_p(8) -5.6456257782058605
 UP BOUND svm(1)_p(8) 5.6456257782058605
 LO BOUND svm(1)_p(9) -5.1250908941513851
 UP BOUND svm(1)_p(9) 5.1250908941513851
 LO BOUND svm(1)_p(10) -7.0465342832350943
 UP BOUND svm(1)_p(10) 7.0465342832350943
 LO BOUND svm(1)_p(11) -5.2796596346361815
 UP BOUND svm(1)_p(11) 5.2796596346361815
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
ENDATA
