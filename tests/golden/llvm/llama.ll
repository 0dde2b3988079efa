; `zoc llvm models/llama.zo -D L=2 --recipe qzo`, LLVM 14's text, without the host's target lines; a body left out is
; its digest (tests/test_codegen_golden.c says which and why)
; zoc kernels of model 'llama': 27 kernels, 11 distinct functions
; kernel 0: embedding at %2 ; x -> @zk_embedding_a34ca5979d5906b1, parallel over B*T rows
; kernel 1: norm at %12 ; h -> @zk_norm_804cccdb56af79d0, parallel over B*T rows
; kernel 2: matmul at %13 -> @zk_matmul_f3149598f2dbd9f8, parallel over 256 column blocks
; kernel 3: rope at %14 ; q -> @zk_rope_c3719fa0f7a7a885, parallel over B*T rows
; kernel 4: matmul at %15 -> @zk_matmul_f3149598f2dbd9f8, parallel over 256 column blocks
; kernel 5: rope at %16 ; k -> @zk_rope_c3719fa0f7a7a885, parallel over B*T rows
; kernel 6: matmul at %17 ; v -> @zk_matmul_f3149598f2dbd9f8, parallel over 256 column blocks
; kernel 7: attention at %18 -> @zk_attention_f005a59042462bce, parallel over 32*B batch*heads
; kernel 8: matmul at %19 -> @zk_matmul_f3149598f2dbd9f8, parallel over 256 column blocks
; kernel 9: norm at %21 ; h -> @zk_norm_882483abe0dfc747, parallel over B*T rows
; kernel 10: matmul at %24 -> @zk_matmul_e7f566c0a3d732f9, parallel over 688 column blocks
; kernel 11: matmul at %25 -> @zk_matmul_81d983ce2ef7959b, parallel over 688 column blocks
; kernel 12: matmul at %26 -> @zk_matmul_2de350e3ef99c00c, parallel over 256 column blocks
; kernel 13: norm at %37 ; h -> @zk_norm_882483abe0dfc747, parallel over B*T rows
; kernel 14: matmul at %38 -> @zk_matmul_f3149598f2dbd9f8, parallel over 256 column blocks
; kernel 15: rope at %39 ; q -> @zk_rope_c3719fa0f7a7a885, parallel over B*T rows
; kernel 16: matmul at %40 -> @zk_matmul_f3149598f2dbd9f8, parallel over 256 column blocks
; kernel 17: rope at %41 ; k -> @zk_rope_c3719fa0f7a7a885, parallel over B*T rows
; kernel 18: matmul at %42 ; v -> @zk_matmul_f3149598f2dbd9f8, parallel over 256 column blocks
; kernel 19: attention at %43 -> @zk_attention_f005a59042462bce, parallel over 32*B batch*heads
; kernel 20: matmul at %44 -> @zk_matmul_f3149598f2dbd9f8, parallel over 256 column blocks
; kernel 21: norm at %46 ; h -> @zk_norm_882483abe0dfc747, parallel over B*T rows
; kernel 22: matmul at %49 -> @zk_matmul_e7f566c0a3d732f9, parallel over 688 column blocks
; kernel 23: matmul at %50 -> @zk_matmul_81d983ce2ef7959b, parallel over 688 column blocks
; kernel 24: matmul at %51 -> @zk_matmul_2de350e3ef99c00c, parallel over 256 column blocks
; kernel 25: norm at %55 -> @zk_norm_3449acdcb62a58f4, parallel over B*T rows
; kernel 26: matmul at %56 ; logits -> @zk_matmul_6c57e21e8d7dd64b, parallel over 2000 column blocks
; ModuleID = 'zoc_kernels'
source_filename = "zoc_kernels"

@zt.inv_freq.097e971bc0159ec1 = private unnamed_addr constant [64 x double] [double 1.000000e+00, double 0x3FEBB5FAD00AB22C, double 0x3FE7FF2224115D9A, double 0x3FE4C7BBFCC7C63C, double 0x3FE1FEB33C1C381E, double 0x3FDF2A79D6B34AC7, double 0x3FDAFD1354C40D50, double 0x3FD75F034D79E965, double 0x3FD43D136248490F, double 0x3FD186A0714C181B, double 0x3FCE5A84719EDCD2, double 0x3FCA48FDA581EEB9, double 0x3FC6C310E3769F3F, double 0x3FC3B607FF6227D8, double 0x3FC111AEDAFB9A9D, double 0x3FBD8FFAADD33B09, double 1.000000e-01, double 0x3FB62B2F0CD55B56, double 0x3FB33281B6744AE1, double 0x3FB09FC997063830, double 0x3FACCAB8602D2697, double 0x3FA8EEC7DEF5D56C, double 0x3FA59742AA36710D, double 0x3FA2B2690AC7EDEA, double 0x3FA030DC4EA03A72, double 0x3F9C0A9A4EE02692, double 0x3F984869F47F170F, double 0x3F9507315134BEFA, double 0x3F9235A71C5EE5CC, double 0x3F8F89A66569D95A, double 0x3F8B4F7E2B2C2A95, double 0x3F87A66224A8FC07, double 1.000000e-02, double 0x3F81BC25A3DDE2AC, double 0x3F7EB735F0BA1168, double 0x3F7A99428B3D26B3, double 0x3F77089380241EDF, double 0x3F73F2397F2B1123, double 0x3F7145CEEE91F40B, double 0x3F6DEA41AAD97CAA, double 0x3F69E7C6E43390B7, double 0x3F666EE1D8B3520E, double 0x3F636D219065AC0C, double 0x3F60D28DDA9098C8, double 0x3F5D22A4FA316FAC, double 0x3F593AEB8454ADE2, double 0x3F55D931BC235544, double 0x3F52EB81B6ED966C, double 1.000000e-03, double 0x3F4C603C39630446, double 0x3F4892918D61A787, double 0x3F4547686F641EF6, double 0x3F426D42CCE9B24C, double 0x3F3FE9F59844E838, double 0x3F3BA2E4B0E98677, double 0x3F37EE9AEF1463BB, double 0x3F34B96BE9C2DA2C, double 0x3F31F24E46F5DB3E, double 0x3F2F150280A2ACE0, double 0x3F2AEA7C90E75ADA, double 0x3F274EEA61C12623, double 0x3F242F22D043BE4E, double 0x3F217A8E301C4436, double 0x3F1E459C57E28A47]

; Function Attrs: nounwind
define void @zk_embedding_a34ca5979d5906b1(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %table.slot = getelementptr inbounds i8*, i8** %ptrs, i64 2
  %table = load i8*, i8** %table.slot, align 8
  %table1 = bitcast i8* %table to half*
  %ids.slot = getelementptr inbounds i8*, i8** %ptrs, i64 1
  %ids = load i8*, i8** %ids.slot, align 8
  %ids2 = bitcast i8* %ids to i32*
  %y.slot = getelementptr inbounds i8*, i8** %ptrs, i64 0
  %y = load i8*, i8** %y.slot, align 8
  %y3 = bitcast i8* %y to float*
  %0 = getelementptr inbounds i64, i64* %ints, i64 0
  %rows = load i64, i64* %0, align 8
  br label %row.head

row.head:                                         ; preds = %perturbed.join, %start
  %row = phi i64 [ %begin, %start ], [ %7, %perturbed.join ]
  %1 = icmp slt i64 %row, %end
  br i1 %1, label %row.body, label %row.exit

row.body:                                         ; preds = %row.head
  %2 = getelementptr inbounds i32, i32* %ids2, i64 %row
  %3 = load i32, i32* %2, align 4
  %id = sext i32 %3 to i64
  %4 = icmp slt i64 %id, 0
  %5 = select i1 %4, i64 0, i64 %id
  %6 = icmp slt i64 %5, 31999
  %id4 = select i1 %6, i64 %5, i64 31999
  %src = mul i64 %id4, 4096
  %dst = mul i64 %row, 4096
  br i1 false, label %perturbed.then, label %perturbed.else

row.exit:                                         ; preds = %row.head
  ret void

perturbed.then:                                   ; preds = %row.body
  br label %perturbed.join

perturbed.else:                                   ; preds = %row.body
  br label %d.head

perturbed.join:                                   ; preds = %d.exit, %perturbed.then
  %7 = add nsw i64 %row, 1
  br label %row.head

d.head:                                           ; preds = %d.body, %perturbed.else
  %d = phi i64 [ 0, %perturbed.else ], [ %14, %d.body ]
  %8 = icmp slt i64 %d, 4096
  br i1 %8, label %d.body, label %d.exit

d.body:                                           ; preds = %d.head
  %9 = add i64 %src, %d
  %10 = getelementptr inbounds half, half* %table1, i64 %9
  %11 = load half, half* %10, align 2
  %v = fpext half %11 to float
  %12 = add i64 %dst, %d
  %13 = getelementptr inbounds float, float* %y3, i64 %12
  store float %v, float* %13, align 4
  %14 = add nsw i64 %d, 1
  br label %d.head

d.exit:                                           ; preds = %d.head
  br label %perturbed.join
}

; Function Attrs: nounwind
define void @zk_norm_804cccdb56af79d0(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
entry:
  %sumsq.acc = alloca <8 x double>, align 64
  %sumsq.total = alloca double, align 8
  br label %start

start:                                            ; preds = %entry
  %0 = getelementptr inbounds i64, i64* %ints, i64 0
  %rows = load i64, i64* %0, align 8
  %in0.slot = getelementptr inbounds i8*, i8** %ptrs, i64 0
  %in0 = load i8*, i8** %in0.slot, align 8
  %in01 = bitcast i8* %in0 to float*
  %w1.slot = getelementptr inbounds i8*, i8** %ptrs, i64 1
  %w1 = load i8*, i8** %w1.slot, align 8
  %w12 = bitcast i8* %w1 to half*
  %xrow = getelementptr inbounds i8, i8* %scratch, i64 0
  %xrow3 = bitcast i8* %xrow to float*
  %y.slot = getelementptr inbounds i8*, i8** %ptrs, i64 2
  %y = load i8*, i8** %y.slot, align 8
  %y4 = bitcast i8* %y to float*
  br label %row.head

row.head:                                         ; preds = %col2.exit, %start
  %row = phi i64 [ %begin, %start ], [ %56, %col2.exit ]
  %1 = icmp slt i64 %row, %end
  br i1 %1, label %row.body, label %row.exit

row.body:                                         ; preds = %row.head
  br label %col.head

row.exit:                                         ; preds = %row.head
  ret void

col.head:                                         ; preds = %col.body, %row.body
  %col = phi i64 [ 0, %row.body ], [ %6, %col.body ]
  %2 = icmp slt i64 %col, 4096
  br i1 %2, label %col.body, label %col.exit

col.body:                                         ; preds = %col.head
  %3 = mul i64 %row, 4096
  %opd.i = add i64 %3, %col
  %4 = getelementptr inbounds float, float* %in01, i64 %opd.i
  %in05 = load float, float* %4, align 4
  %5 = getelementptr inbounds float, float* %xrow3, i64 %col
  store float %in05, float* %5, align 4
  %6 = add nsw i64 %col, 1
  br label %col.head

col.exit:                                         ; preds = %col.head
  store <8 x double> zeroinitializer, <8 x double>* %sumsq.acc, align 64
  br label %sumsq.i.head

sumsq.i.head:                                     ; preds = %sumsq.i.body, %col.exit
  %sumsq.i = phi i64 [ 0, %col.exit ], [ %16, %sumsq.i.body ]
  %7 = icmp slt i64 %sumsq.i, 4096
  br i1 %7, label %sumsq.i.body, label %sumsq.i.exit

sumsq.i.body:                                     ; preds = %sumsq.i.head
  %8 = getelementptr inbounds float, float* %xrow3, i64 %sumsq.i
  %9 = bitcast float* %8 to <8 x float>*
  %10 = load <8 x float>, <8 x float>* %9, align 4
  %11 = load <8 x double>, <8 x double>* %sumsq.acc, align 64
  %12 = fpext <8 x float> %10 to <8 x double>
  %13 = fsub <8 x double> %12, zeroinitializer
  %14 = fmul <8 x double> %13, %13
  %15 = fadd <8 x double> %11, %14
  store <8 x double> %15, <8 x double>* %sumsq.acc, align 64
  %16 = add nsw i64 %sumsq.i, 8
  br label %sumsq.i.head

sumsq.i.exit:                                     ; preds = %sumsq.i.head
  %17 = load <8 x double>, <8 x double>* %sumsq.acc, align 64
  %18 = extractelement <8 x double> %17, i32 0
  %19 = extractelement <8 x double> %17, i32 1
  %20 = fadd double %18, %19
  %21 = extractelement <8 x double> %17, i32 2
  %22 = fadd double %20, %21
  %23 = extractelement <8 x double> %17, i32 3
  %24 = fadd double %22, %23
  %25 = extractelement <8 x double> %17, i32 4
  %26 = fadd double %24, %25
  %27 = extractelement <8 x double> %17, i32 5
  %28 = fadd double %26, %27
  %29 = extractelement <8 x double> %17, i32 6
  %30 = fadd double %28, %29
  %31 = extractelement <8 x double> %17, i32 7
  %32 = fadd double %30, %31
  store double %32, double* %sumsq.total, align 8
  br label %sumsq.t.head

sumsq.t.head:                                     ; preds = %sumsq.t.body, %sumsq.i.exit
  %sumsq.t = phi i64 [ 4096, %sumsq.i.exit ], [ %41, %sumsq.t.body ]
  %33 = icmp slt i64 %sumsq.t, 4096
  br i1 %33, label %sumsq.t.body, label %sumsq.t.exit

sumsq.t.body:                                     ; preds = %sumsq.t.head
  %34 = getelementptr inbounds float, float* %xrow3, i64 %sumsq.t
  %35 = load float, float* %34, align 4
  %36 = load double, double* %sumsq.total, align 8
  %37 = fpext float %35 to double
  %38 = fsub double %37, 0.000000e+00
  %39 = fmul double %38, %38
  %40 = fadd double %36, %39
  store double %40, double* %sumsq.total, align 8
  %41 = add nsw i64 %sumsq.t, 1
  br label %sumsq.t.head

sumsq.t.exit:                                     ; preds = %sumsq.t.head
  %sumsq = load double, double* %sumsq.total, align 8
  %meansq = fdiv double %sumsq, 4.096000e+03
  %42 = fadd double %meansq, 0x3EE4F8B580000000
  %43 = call double @llvm.sqrt.f64(double %42)
  %rstd = fdiv double 1.000000e+00, %43
  br label %col2.head

col2.head:                                        ; preds = %col2.body, %sumsq.t.exit
  %col2 = phi i64 [ 0, %sumsq.t.exit ], [ %55, %col2.body ]
  %44 = icmp slt i64 %col2, 4096
  br i1 %44, label %col2.body, label %col2.exit

col2.body:                                        ; preds = %col2.head
  %45 = getelementptr inbounds float, float* %xrow3, i64 %col2
  %x = load float, float* %45, align 4
  %46 = fpext float %x to double
  %opd.i6 = add i64 0, %col2
  %47 = getelementptr inbounds half, half* %w12, i64 %opd.i6
  %48 = load half, half* %47, align 2
  %w17 = fpext half %48 to float
  %49 = fpext float %w17 to double
  %50 = fmul double %46, %rstd
  %51 = fmul double %50, %49
  %y8 = fptrunc double %51 to float
  %52 = mul i64 %row, 4096
  %53 = add i64 %52, %col2
  %54 = getelementptr inbounds float, float* %y4, i64 %53
  store float %y8, float* %54, align 4
  %55 = add nsw i64 %col2, 1
  br label %col2.head

col2.exit:                                        ; preds = %col2.head
  %56 = add nsw i64 %row, 1
  br label %row.head
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.sqrt.f64(double) #1

; Function Attrs: nounwind
define void @zk_matmul_f3149598f2dbd9f8(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
entry:
  %hoist0.pos = alloca <16 x float>, align 64
  %hoist0.neg = alloca <16 x float>, align 64
  %hoist1 = alloca <16 x i32>, align 64
  %key0 = alloca i64, align 8
  %have_key = alloca i1, align 1
  %chain0.0 = alloca <16 x float>, align 64
  %chain0.1 = alloca <16 x float>, align 64
  %chain0.2 = alloca <16 x float>, align 64
  %chain0.3 = alloca <16 x float>, align 64
  %nruns = alloca i64, align 8
  %xsum = alloca float, align 4
  %chain0.0149 = alloca <16 x float>, align 64
  %chain0.1150 = alloca <16 x float>, align 64
  %chain0.2151 = alloca <16 x float>, align 64
  %chain0.3152 = alloca <16 x float>, align 64
  %chain1.0 = alloca <16 x float>, align 64
  %chain1.1 = alloca <16 x float>, align 64
  %chain1.2 = alloca <16 x float>, align 64
  %chain1.3 = alloca <16 x float>, align 64
  %nruns189 = alloca i64, align 8
  %xsum394 = alloca float, align 4
  %xsum402 = alloca float, align 4
  %chain0.0465 = alloca <16 x float>, align 64
  %chain0.1466 = alloca <16 x float>, align 64
  %chain0.2467 = alloca <16 x float>, align 64
  %chain0.3468 = alloca <16 x float>, align 64
  %chain1.0471 = alloca <16 x float>, align 64
  %chain1.1472 = alloca <16 x float>, align 64
  %chain1.2473 = alloca <16 x float>, align 64
  %chain1.3474 = alloca <16 x float>, align 64
  %chain2.0 = alloca <16 x float>, align 64
  %chain2.1 = alloca <16 x float>, align 64
  %chain2.2 = alloca <16 x float>, align 64
  %chain2.3 = alloca <16 x float>, align 64
  %chain3.0 = alloca <16 x float>, align 64
  %chain3.1 = alloca <16 x float>, align 64
  %chain3.2 = alloca <16 x float>, align 64
  %chain3.3 = alloca <16 x float>, align 64
  %nruns517 = alloca i64, align 8
  %xsum794 = alloca float, align 4
  %xsum802 = alloca float, align 4
  %xsum810 = alloca float, align 4
  %xsum818 = alloca float, align 4
  %acc971 = alloca <16 x float>, align 64
  %acc974 = alloca <16 x float>, align 64
  %acc977 = alloca <16 x float>, align 64
  %acc980 = alloca <16 x float>, align 64
  %acc1012 = alloca <16 x float>, align 64
  br label %start

start:                                            ; preds = %entry
  %0 = getelementptr inbounds i64, i64* %ints, i64 1
  %M = load i64, i64* %0, align 8
  %x.slot = getelementptr inbounds i8*, i8** %ptrs, i64 0
  %x = load i8*, i8** %x.slot, align 8
  %x1 = bitcast i8* %x to float*
  %1 = getelementptr inbounds i64, i64* %ints, i64 2
  %perturb = load i64, i64* %1, align 8
  %perturbed = icmp ne i64 %perturb, 0
  %2 = getelementptr inbounds i64, i64* %ints, i64 3
  %seed = load i64, i64* %2, align 8
  %3 = getelementptr inbounds float, float* %floats, i64 0
  %eps = load float, float* %3, align 4
  %eps.pos = select i1 %perturbed, float %eps, float 0.000000e+00
  %eps.neg = fneg float %eps.pos
  %4 = getelementptr inbounds i64, i64* %ints, i64 4
  %split.rows = load i64, i64* %4, align 8
  %5 = icmp slt i64 %split.rows, %M
  %6 = select i1 %5, i64 %split.rows, i64 %M
  %7 = icmp slt i64 %6, 0
  %8 = select i1 %7, i64 0, i64 %6
  %rows.pos = select i1 %perturbed, i64 %8, i64 %M
  %out0.matmul.slot = getelementptr inbounds i8*, i8** %ptrs, i64 5
  %out0.matmul = load i8*, i8** %out0.matmul.slot, align 8
  %out0.matmul2 = bitcast i8* %out0.matmul to float*
  %qweight.slot = getelementptr inbounds i8*, i8** %ptrs, i64 1
  %qweight = load i8*, i8** %qweight.slot, align 8
  %qweight3 = bitcast i8* %qweight to i32*
  %qzeros.slot = getelementptr inbounds i8*, i8** %ptrs, i64 2
  %qzeros = load i8*, i8** %qzeros.slot, align 8
  %qzeros4 = bitcast i8* %qzeros to i32*
  %scales.slot = getelementptr inbounds i8*, i8** %ptrs, i64 3
  %scales = load i8*, i8** %scales.slot, align 8
  %scales5 = bitcast i8* %scales to half*
  %9 = getelementptr inbounds i64, i64* %ints, i64 0
  %stream.scales = load i64, i64* %9, align 8
  %g_idx.slot = getelementptr inbounds i8*, i8** %ptrs, i64 4
  %g_idx = load i8*, i8** %g_idx.slot, align 8
  %g_idx6 = bitcast i8* %g_idx to i32*
  %10 = icmp sle i64 %M, 4
  br i1 %10, label %direct.then, label %direct.else

direct.then:                                      ; preds = %start
  br label %chunk.head

direct.else:                                      ; preds = %start
  br label %cb.head

direct.join:                                      ; preds = %cb.exit, %chunk.exit
  ret void

chunk.head:                                       ; preds = %m1.join, %direct.then
  %chunk = phi i64 [ %begin, %direct.then ], [ %18, %m1.join ]
  %11 = icmp slt i64 %chunk, %end
  br i1 %11, label %chunk.body, label %chunk.exit

chunk.body:                                       ; preds = %chunk.head
  %12 = add i64 %chunk, 128
  %13 = icmp slt i64 %12, %end
  %chunk.end = select i1 %13, i64 %12, i64 %end
  %14 = icmp eq i64 %M, 1
  br i1 %14, label %m1.then, label %m1.else

chunk.exit:                                       ; preds = %chunk.head
  br label %direct.join

m1.then:                                          ; preds = %chunk.body
  %15 = sub i64 %M, 1
  %16 = icmp slt i64 0, %15
  %m = select i1 %16, i64 0, i64 %15
  %neg.row = icmp sge i64 %m, %rows.pos
  %nblk = sub i64 %chunk.end, %chunk
  br label %zblk.head

m1.else:                                          ; preds = %chunk.body
  %17 = icmp eq i64 %M, 2
  br i1 %17, label %m2.then, label %m2.else

m1.join:                                          ; preds = %m2.join, %eblk.exit
  %18 = add nsw i64 %chunk, 128
  br label %chunk.head

zblk.head:                                        ; preds = %zpro.join, %m1.then
  %zblk = phi i64 [ 0, %m1.then ], [ %30, %zpro.join ]
  %19 = icmp slt i64 %zblk, %nblk
  br i1 %19, label %zblk.body, label %zblk.exit

zblk.body:                                        ; preds = %zblk.head
  %cb = add i64 %chunk, %zblk
  %c0 = mul i64 %cb, 16
  %20 = icmp slt i64 %c0, 4080
  %n0 = select i1 %20, i64 %c0, i64 4080
  %lane.lo = sub i64 %c0, %n0
  %21 = insertelement <16 x i64> undef, i64 %lane.lo, i32 0
  %22 = shufflevector <16 x i64> %21, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %22
  %23 = mul i64 %zblk, 2048
  %24 = add i64 0, %23
  %zregion = getelementptr inbounds i8, i8* %scratch, i64 %24
  %25 = getelementptr inbounds i8, i8* %zregion, i64 0
  %zbuf = bitcast i8* %25 to float*
  br i1 %perturbed, label %zpro.then, label %zpro.else

zblk.exit:                                        ; preds = %zblk.head
  %runs = getelementptr inbounds i8, i8* %scratch, i64 327680
  %runs9 = bitcast i8* %runs to i64*
  br label %kt.head

zpro.then:                                        ; preds = %zblk.body
  br label %zrow.head

zpro.else:                                        ; preds = %zblk.body
  br label %zpro.join

zpro.join:                                        ; preds = %zpro.else, %zrow.exit
  %dvec = getelementptr inbounds i8, i8* %scratch, i64 262144
  %dvec8 = bitcast i8* %dvec to float*
  %26 = add i64 0, %zblk
  %27 = mul i64 %26, 16
  %28 = getelementptr inbounds float, float* %dvec8, i64 %27
  %29 = bitcast float* %28 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %29, align 4
  %30 = add nsw i64 %zblk, 1
  br label %zblk.head

zrow.head:                                        ; preds = %zrow.body, %zpro.then
  %zrow = phi i64 [ 0, %zpro.then ], [ %329, %zrow.body ]
  %31 = icmp slt i64 %zrow, 32
  br i1 %31, label %zrow.body, label %zrow.exit

zrow.body:                                        ; preds = %zrow.head
  %32 = mul i64 %n0, 1
  %33 = urem i64 %zrow, 32
  %34 = udiv i64 %zrow, 32
  %35 = mul i64 %33, 4096
  %36 = add i64 %32, %35
  %37 = mul i64 %zrow, 16
  %38 = getelementptr inbounds float, float* %zbuf, i64 %37
  %39 = insertelement <16 x i64> undef, i64 %36, i32 0
  %40 = shufflevector <16 x i64> %39, <16 x i64> undef, <16 x i32> zeroinitializer
  %41 = add <16 x i64> %40, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %pair = lshr <16 x i64> %41, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %42 = trunc <16 x i64> %pair to <16 x i32>
  %43 = lshr <16 x i64> %pair, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %44 = trunc <16 x i64> %43 to <16 x i32>
  %45 = trunc i64 %stream.scales to i32
  %46 = insertelement <16 x i32> undef, i32 %45, i32 0
  %47 = shufflevector <16 x i32> %46, <16 x i32> undef, <16 x i32> zeroinitializer
  %key07 = trunc i64 %seed to i32
  %48 = lshr i64 %seed, 32
  %key1 = trunc i64 %48 to i32
  %49 = zext <16 x i32> %42 to <16 x i64>
  %50 = mul <16 x i64> %49, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %51 = trunc <16 x i64> %50 to <16 x i32>
  %52 = lshr <16 x i64> %50, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %53 = trunc <16 x i64> %52 to <16 x i32>
  %54 = zext <16 x i32> %47 to <16 x i64>
  %55 = mul <16 x i64> %54, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %56 = trunc <16 x i64> %55 to <16 x i32>
  %57 = lshr <16 x i64> %55, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %58 = trunc <16 x i64> %57 to <16 x i32>
  %59 = insertelement <16 x i32> undef, i32 %key07, i32 0
  %60 = shufflevector <16 x i32> %59, <16 x i32> undef, <16 x i32> zeroinitializer
  %61 = insertelement <16 x i32> undef, i32 %key1, i32 0
  %62 = shufflevector <16 x i32> %61, <16 x i32> undef, <16 x i32> zeroinitializer
  %63 = xor <16 x i32> %58, %44
  %64 = xor <16 x i32> %63, %60
  %65 = xor <16 x i32> %53, zeroinitializer
  %66 = xor <16 x i32> %65, %62
  %67 = add i32 %key07, -1640531527
  %68 = add i32 %key1, -1150833019
  %69 = zext <16 x i32> %64 to <16 x i64>
  %70 = mul <16 x i64> %69, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %71 = trunc <16 x i64> %70 to <16 x i32>
  %72 = lshr <16 x i64> %70, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %73 = trunc <16 x i64> %72 to <16 x i32>
  %74 = zext <16 x i32> %66 to <16 x i64>
  %75 = mul <16 x i64> %74, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %76 = trunc <16 x i64> %75 to <16 x i32>
  %77 = lshr <16 x i64> %75, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %78 = trunc <16 x i64> %77 to <16 x i32>
  %79 = insertelement <16 x i32> undef, i32 %67, i32 0
  %80 = shufflevector <16 x i32> %79, <16 x i32> undef, <16 x i32> zeroinitializer
  %81 = insertelement <16 x i32> undef, i32 %68, i32 0
  %82 = shufflevector <16 x i32> %81, <16 x i32> undef, <16 x i32> zeroinitializer
  %83 = xor <16 x i32> %78, %56
  %84 = xor <16 x i32> %83, %80
  %85 = xor <16 x i32> %73, %51
  %86 = xor <16 x i32> %85, %82
  %87 = add i32 %67, -1640531527
  %88 = add i32 %68, -1150833019
  %89 = zext <16 x i32> %84 to <16 x i64>
  %90 = mul <16 x i64> %89, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %91 = trunc <16 x i64> %90 to <16 x i32>
  %92 = lshr <16 x i64> %90, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %93 = trunc <16 x i64> %92 to <16 x i32>
  %94 = zext <16 x i32> %86 to <16 x i64>
  %95 = mul <16 x i64> %94, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %96 = trunc <16 x i64> %95 to <16 x i32>
  %97 = lshr <16 x i64> %95, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %98 = trunc <16 x i64> %97 to <16 x i32>
  %99 = insertelement <16 x i32> undef, i32 %87, i32 0
  %100 = shufflevector <16 x i32> %99, <16 x i32> undef, <16 x i32> zeroinitializer
  %101 = insertelement <16 x i32> undef, i32 %88, i32 0
  %102 = shufflevector <16 x i32> %101, <16 x i32> undef, <16 x i32> zeroinitializer
  %103 = xor <16 x i32> %98, %76
  %104 = xor <16 x i32> %103, %100
  %105 = xor <16 x i32> %93, %71
  %106 = xor <16 x i32> %105, %102
  %107 = add i32 %87, -1640531527
  %108 = add i32 %88, -1150833019
  %109 = zext <16 x i32> %104 to <16 x i64>
  %110 = mul <16 x i64> %109, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %111 = trunc <16 x i64> %110 to <16 x i32>
  %112 = lshr <16 x i64> %110, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %113 = trunc <16 x i64> %112 to <16 x i32>
  %114 = zext <16 x i32> %106 to <16 x i64>
  %115 = mul <16 x i64> %114, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %116 = trunc <16 x i64> %115 to <16 x i32>
  %117 = lshr <16 x i64> %115, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %118 = trunc <16 x i64> %117 to <16 x i32>
  %119 = insertelement <16 x i32> undef, i32 %107, i32 0
  %120 = shufflevector <16 x i32> %119, <16 x i32> undef, <16 x i32> zeroinitializer
  %121 = insertelement <16 x i32> undef, i32 %108, i32 0
  %122 = shufflevector <16 x i32> %121, <16 x i32> undef, <16 x i32> zeroinitializer
  %123 = xor <16 x i32> %118, %96
  %124 = xor <16 x i32> %123, %120
  %125 = xor <16 x i32> %113, %91
  %126 = xor <16 x i32> %125, %122
  %127 = add i32 %107, -1640531527
  %128 = add i32 %108, -1150833019
  %129 = zext <16 x i32> %124 to <16 x i64>
  %130 = mul <16 x i64> %129, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %131 = trunc <16 x i64> %130 to <16 x i32>
  %132 = lshr <16 x i64> %130, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %133 = trunc <16 x i64> %132 to <16 x i32>
  %134 = zext <16 x i32> %126 to <16 x i64>
  %135 = mul <16 x i64> %134, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %136 = trunc <16 x i64> %135 to <16 x i32>
  %137 = lshr <16 x i64> %135, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %138 = trunc <16 x i64> %137 to <16 x i32>
  %139 = insertelement <16 x i32> undef, i32 %127, i32 0
  %140 = shufflevector <16 x i32> %139, <16 x i32> undef, <16 x i32> zeroinitializer
  %141 = insertelement <16 x i32> undef, i32 %128, i32 0
  %142 = shufflevector <16 x i32> %141, <16 x i32> undef, <16 x i32> zeroinitializer
  %143 = xor <16 x i32> %138, %116
  %144 = xor <16 x i32> %143, %140
  %145 = xor <16 x i32> %133, %111
  %146 = xor <16 x i32> %145, %142
  %147 = add i32 %127, -1640531527
  %148 = add i32 %128, -1150833019
  %149 = zext <16 x i32> %144 to <16 x i64>
  %150 = mul <16 x i64> %149, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %151 = trunc <16 x i64> %150 to <16 x i32>
  %152 = lshr <16 x i64> %150, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %153 = trunc <16 x i64> %152 to <16 x i32>
  %154 = zext <16 x i32> %146 to <16 x i64>
  %155 = mul <16 x i64> %154, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %156 = trunc <16 x i64> %155 to <16 x i32>
  %157 = lshr <16 x i64> %155, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %158 = trunc <16 x i64> %157 to <16 x i32>
  %159 = insertelement <16 x i32> undef, i32 %147, i32 0
  %160 = shufflevector <16 x i32> %159, <16 x i32> undef, <16 x i32> zeroinitializer
  %161 = insertelement <16 x i32> undef, i32 %148, i32 0
  %162 = shufflevector <16 x i32> %161, <16 x i32> undef, <16 x i32> zeroinitializer
  %163 = xor <16 x i32> %158, %136
  %164 = xor <16 x i32> %163, %160
  %165 = xor <16 x i32> %153, %131
  %166 = xor <16 x i32> %165, %162
  %167 = add i32 %147, -1640531527
  %168 = add i32 %148, -1150833019
  %169 = zext <16 x i32> %164 to <16 x i64>
  %170 = mul <16 x i64> %169, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %171 = trunc <16 x i64> %170 to <16 x i32>
  %172 = lshr <16 x i64> %170, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %173 = trunc <16 x i64> %172 to <16 x i32>
  %174 = zext <16 x i32> %166 to <16 x i64>
  %175 = mul <16 x i64> %174, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %176 = trunc <16 x i64> %175 to <16 x i32>
  %177 = lshr <16 x i64> %175, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %178 = trunc <16 x i64> %177 to <16 x i32>
  %179 = insertelement <16 x i32> undef, i32 %167, i32 0
  %180 = shufflevector <16 x i32> %179, <16 x i32> undef, <16 x i32> zeroinitializer
  %181 = insertelement <16 x i32> undef, i32 %168, i32 0
  %182 = shufflevector <16 x i32> %181, <16 x i32> undef, <16 x i32> zeroinitializer
  %183 = xor <16 x i32> %178, %156
  %184 = xor <16 x i32> %183, %180
  %185 = xor <16 x i32> %173, %151
  %186 = xor <16 x i32> %185, %182
  %187 = add i32 %167, -1640531527
  %188 = add i32 %168, -1150833019
  %189 = zext <16 x i32> %184 to <16 x i64>
  %190 = mul <16 x i64> %189, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %191 = trunc <16 x i64> %190 to <16 x i32>
  %192 = lshr <16 x i64> %190, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %193 = trunc <16 x i64> %192 to <16 x i32>
  %194 = zext <16 x i32> %186 to <16 x i64>
  %195 = mul <16 x i64> %194, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %196 = trunc <16 x i64> %195 to <16 x i32>
  %197 = lshr <16 x i64> %195, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %198 = trunc <16 x i64> %197 to <16 x i32>
  %199 = insertelement <16 x i32> undef, i32 %187, i32 0
  %200 = shufflevector <16 x i32> %199, <16 x i32> undef, <16 x i32> zeroinitializer
  %201 = insertelement <16 x i32> undef, i32 %188, i32 0
  %202 = shufflevector <16 x i32> %201, <16 x i32> undef, <16 x i32> zeroinitializer
  %203 = xor <16 x i32> %198, %176
  %204 = xor <16 x i32> %203, %200
  %205 = xor <16 x i32> %193, %171
  %206 = xor <16 x i32> %205, %202
  %207 = add i32 %187, -1640531527
  %208 = add i32 %188, -1150833019
  %209 = zext <16 x i32> %204 to <16 x i64>
  %210 = mul <16 x i64> %209, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %211 = trunc <16 x i64> %210 to <16 x i32>
  %212 = lshr <16 x i64> %210, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %213 = trunc <16 x i64> %212 to <16 x i32>
  %214 = zext <16 x i32> %206 to <16 x i64>
  %215 = mul <16 x i64> %214, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %216 = trunc <16 x i64> %215 to <16 x i32>
  %217 = lshr <16 x i64> %215, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %218 = trunc <16 x i64> %217 to <16 x i32>
  %219 = insertelement <16 x i32> undef, i32 %207, i32 0
  %220 = shufflevector <16 x i32> %219, <16 x i32> undef, <16 x i32> zeroinitializer
  %221 = insertelement <16 x i32> undef, i32 %208, i32 0
  %222 = shufflevector <16 x i32> %221, <16 x i32> undef, <16 x i32> zeroinitializer
  %223 = xor <16 x i32> %218, %196
  %224 = xor <16 x i32> %223, %220
  %225 = xor <16 x i32> %213, %191
  %226 = xor <16 x i32> %225, %222
  %227 = add i32 %207, -1640531527
  %228 = add i32 %208, -1150833019
  %229 = zext <16 x i32> %224 to <16 x i64>
  %230 = mul <16 x i64> %229, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %231 = trunc <16 x i64> %230 to <16 x i32>
  %232 = lshr <16 x i64> %230, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %233 = trunc <16 x i64> %232 to <16 x i32>
  %234 = zext <16 x i32> %226 to <16 x i64>
  %235 = mul <16 x i64> %234, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %236 = trunc <16 x i64> %235 to <16 x i32>
  %237 = lshr <16 x i64> %235, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %238 = trunc <16 x i64> %237 to <16 x i32>
  %239 = insertelement <16 x i32> undef, i32 %227, i32 0
  %240 = shufflevector <16 x i32> %239, <16 x i32> undef, <16 x i32> zeroinitializer
  %241 = insertelement <16 x i32> undef, i32 %228, i32 0
  %242 = shufflevector <16 x i32> %241, <16 x i32> undef, <16 x i32> zeroinitializer
  %243 = xor <16 x i32> %238, %216
  %244 = xor <16 x i32> %243, %240
  %245 = xor <16 x i32> %233, %211
  %246 = xor <16 x i32> %245, %242
  %247 = lshr <16 x i32> %244, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %248 = shl <16 x i32> %247, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %249 = or <16 x i32> %248, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %250 = sitofp <16 x i32> %249 to <16 x float>
  %251 = fmul <16 x float> %250, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %252 = lshr <16 x i32> %236, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %253 = shl <16 x i32> %252, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %254 = or <16 x i32> %253, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %255 = sitofp <16 x i32> %254 to <16 x float>
  %256 = fmul <16 x float> %255, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %257 = bitcast <16 x float> %251 to <16 x i32>
  %258 = lshr <16 x i32> %257, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %259 = sub <16 x i32> %258, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %260 = and <16 x i32> %257, <i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607>
  %261 = or <16 x i32> %260, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %262 = icmp uge <16 x i32> %261, <i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891>
  %263 = sub <16 x i32> %261, <i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608>
  %264 = select <16 x i1> %262, <16 x i32> %263, <16 x i32> %261
  %265 = add <16 x i32> %259, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %266 = select <16 x i1> %262, <16 x i32> %265, <16 x i32> %259
  %267 = bitcast <16 x i32> %264 to <16 x float>
  %268 = fsub <16 x float> %267, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %269 = fadd <16 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %268
  %270 = fdiv <16 x float> %268, %269
  %271 = fmul <16 x float> %270, %270
  %272 = fmul <16 x float> %271, <float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000>
  %273 = fadd <16 x float> <float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000>, %272
  %274 = fmul <16 x float> %271, %273
  %275 = fadd <16 x float> <float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000>, %274
  %276 = fmul <16 x float> %271, %275
  %277 = fadd <16 x float> <float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000>, %276
  %278 = fmul <16 x float> %271, %277
  %279 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %278
  %280 = fadd <16 x float> %270, %270
  %281 = fmul <16 x float> %280, %279
  %282 = sitofp <16 x i32> %266 to <16 x float>
  %283 = fmul <16 x float> %282, <float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000>
  %284 = fadd <16 x float> %281, %283
  %285 = fmul <16 x float> %282, <float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000>
  %ln.u1 = fadd <16 x float> %285, %284
  %286 = fmul <16 x float> <float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00>, %ln.u1
  %r = call <16 x float> @llvm.sqrt.v16f32(<16 x float> %286)
  %287 = fmul <16 x float> %256, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %288 = fadd <16 x float> %287, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %289 = fsub <16 x float> %288, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %290 = fsub <16 x float> %287, %289
  %291 = fmul <16 x float> %290, %290
  %292 = fmul <16 x float> %291, <float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000>
  %293 = fadd <16 x float> <float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000>, %292
  %294 = fmul <16 x float> %291, %293
  %295 = fadd <16 x float> <float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000>, %294
  %296 = fmul <16 x float> %291, %295
  %297 = fadd <16 x float> <float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000>, %296
  %298 = fmul <16 x float> %291, %297
  %299 = fadd <16 x float> <float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000>, %298
  %300 = fmul <16 x float> %290, %299
  %301 = fmul <16 x float> %291, <float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000>
  %302 = fadd <16 x float> <float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000>, %301
  %303 = fmul <16 x float> %291, %302
  %304 = fadd <16 x float> <float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000>, %303
  %305 = fmul <16 x float> %291, %304
  %306 = fadd <16 x float> <float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000>, %305
  %307 = fmul <16 x float> %291, %306
  %308 = fadd <16 x float> <float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000>, %307
  %309 = fmul <16 x float> %291, %308
  %310 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %309
  %311 = fptosi <16 x float> %289 to <16 x i32>
  %quadrant = and <16 x i32> %311, <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %312 = and <16 x i32> %quadrant, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %313 = icmp ne <16 x i32> %312, zeroinitializer
  %314 = select <16 x i1> %313, <16 x float> %310, <16 x float> %300
  %315 = select <16 x i1> %313, <16 x float> %300, <16 x float> %310
  %316 = and <16 x i32> %quadrant, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %317 = icmp ne <16 x i32> %316, zeroinitializer
  %318 = add <16 x i32> %quadrant, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %319 = and <16 x i32> %318, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %320 = icmp ne <16 x i32> %319, zeroinitializer
  %321 = fneg <16 x float> %314
  %sin = select <16 x i1> %317, <16 x float> %321, <16 x float> %314
  %322 = fneg <16 x float> %315
  %cos = select <16 x i1> %320, <16 x float> %322, <16 x float> %315
  %323 = fmul <16 x float> %r, %cos
  %324 = fmul <16 x float> %r, %sin
  %325 = and <16 x i64> %41, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %326 = icmp ne <16 x i64> %325, zeroinitializer
  %z = select <16 x i1> %326, <16 x float> %324, <16 x float> %323
  %327 = getelementptr inbounds float, float* %38, i64 0
  %328 = bitcast float* %327 to <16 x float>*
  store <16 x float> %z, <16 x float>* %328, align 4
  %329 = add nsw i64 %zrow, 1
  br label %zrow.head

zrow.exit:                                        ; preds = %zrow.head
  br label %zpro.join

kt.head:                                          ; preds = %run.exit, %zblk.exit
  %kt = phi i64 [ 0, %zblk.exit ], [ %351, %run.exit ]
  %330 = icmp slt i64 %kt, 4096
  br i1 %330, label %kt.body, label %kt.exit

kt.body:                                          ; preds = %kt.head
  %331 = add i64 %kt, 256
  %332 = icmp slt i64 %331, 4096
  %kend = select i1 %332, i64 %331, i64 4096
  store i64 0, i64* %nruns, align 8
  br label %kr.head

kt.exit:                                          ; preds = %kt.head
  br label %eblk.head

kr.head:                                          ; preds = %newrun.join, %kt.body
  %kr = phi i64 [ %kt, %kt.body ], [ %346, %newrun.join ]
  %333 = icmp slt i64 %kr, %kend
  br i1 %333, label %kr.body, label %kr.exit

kr.body:                                          ; preds = %kr.head
  %334 = trunc i64 %kr to i32
  %335 = sext i32 %334 to i64
  %336 = getelementptr inbounds i32, i32* %g_idx6, i64 %335
  %g_idx.raw = load i32, i32* %336, align 4
  %337 = sext i32 %g_idx.raw to i64
  %338 = trunc i64 %337 to i32
  %339 = sext i32 %338 to i64
  %340 = load i64, i64* %key0, align 8
  %341 = icmp ne i64 %339, %340
  %key.changed = or i1 false, %341
  store i64 %339, i64* %key0, align 8
  %342 = icmp eq i64 %kr, %kt
  %run.start = or i1 %key.changed, %342
  br i1 %run.start, label %newrun.then, label %newrun.else

kr.exit:                                          ; preds = %kr.head
  %nruns10 = load i64, i64* %nruns, align 8
  %343 = getelementptr inbounds i64, i64* %runs9, i64 %nruns10
  store i64 %kend, i64* %343, align 8
  br label %run.head

newrun.then:                                      ; preds = %kr.body
  %n = load i64, i64* %nruns, align 8
  %344 = getelementptr inbounds i64, i64* %runs9, i64 %n
  store i64 %kr, i64* %344, align 8
  %345 = add i64 %n, 1
  store i64 %345, i64* %nruns, align 8
  br label %newrun.join

newrun.else:                                      ; preds = %kr.body
  br label %newrun.join

newrun.join:                                      ; preds = %newrun.else, %newrun.then
  %346 = add nsw i64 %kr, 1
  br label %kr.head

run.head:                                         ; preds = %fblk.exit, %kr.exit
  %run = phi i64 [ 0, %kr.exit ], [ %784, %fblk.exit ]
  %347 = icmp slt i64 %run, %nruns10
  br i1 %347, label %run.body, label %run.exit

run.body:                                         ; preds = %run.head
  %348 = getelementptr inbounds i64, i64* %runs9, i64 %run
  %ka = load i64, i64* %348, align 8
  %349 = add i64 %run, 1
  %350 = getelementptr inbounds i64, i64* %runs9, i64 %349
  %kb = load i64, i64* %350, align 8
  br label %hblk.head

run.exit:                                         ; preds = %run.head
  %351 = add nsw i64 %kt, 256
  br label %kt.head

hblk.head:                                        ; preds = %hblk.body, %run.body
  %hblk = phi i64 [ 0, %run.body ], [ %462, %hblk.body ]
  %352 = icmp slt i64 %hblk, %nblk
  br i1 %352, label %hblk.body, label %hblk.exit

hblk.body:                                        ; preds = %hblk.head
  %cb11 = add i64 %chunk, %hblk
  %c012 = mul i64 %cb11, 16
  %353 = icmp slt i64 %c012, 4080
  %n013 = select i1 %353, i64 %c012, i64 4080
  %lane.lo14 = sub i64 %c012, %n013
  %354 = insertelement <16 x i64> undef, i64 %lane.lo14, i32 0
  %355 = shufflevector <16 x i64> %354, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask15 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %355
  %356 = mul i64 %hblk, 2048
  %357 = add i64 0, %356
  %zregion16 = getelementptr inbounds i8, i8* %scratch, i64 %357
  store i1 false, i1* %have_key, align 1
  store <16 x float> zeroinitializer, <16 x float>* %hoist0.pos, align 64
  store <16 x float> zeroinitializer, <16 x float>* %hoist0.neg, align 64
  store <16 x i32> zeroinitializer, <16 x i32>* %hoist1, align 64
  %358 = trunc i64 %ka to i32
  %359 = sext i32 %358 to i64
  %360 = getelementptr inbounds i32, i32* %g_idx6, i64 %359
  %g_idx.raw17 = load i32, i32* %360, align 4
  %361 = sext i32 %g_idx.raw17 to i64
  %362 = trunc i64 %361 to i32
  %363 = sext i32 %362 to i64
  %364 = icmp slt i64 %363, 0
  %365 = select i1 %364, i64 0, i64 %363
  %366 = icmp slt i64 %365, 31
  %367 = select i1 %366, i64 %365, i64 31
  %368 = trunc i64 %n013 to i32
  %369 = insertelement <16 x i32> undef, i32 %368, i32 0
  %370 = shufflevector <16 x i32> %369, <16 x i32> undef, <16 x i32> zeroinitializer
  %n18 = add <16 x i32> %370, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %371 = sext <16 x i32> %n18 to <16 x i64>
  %372 = mul i64 %367, 4096
  %373 = insertelement <16 x i64> undef, i64 %372, i32 0
  %374 = shufflevector <16 x i64> %373, <16 x i64> undef, <16 x i32> zeroinitializer
  %375 = add <16 x i64> %371, %374
  %376 = sext i32 %362 to i64
  %377 = icmp slt i64 %376, 0
  %378 = select i1 %377, i64 0, i64 %376
  %379 = icmp slt i64 %378, 31
  %380 = select i1 %379, i64 %378, i64 31
  %381 = trunc i64 %n013 to i32
  %382 = sext i32 %381 to i64
  %383 = mul i64 %380, 4096
  %384 = add i64 %382, %383
  %385 = getelementptr inbounds half, half* %scales5, i64 %384
  %386 = bitcast half* %385 to <16 x half>*
  %scales.raw = load <16 x half>, <16 x half>* %386, align 2
  %scales19 = fpext <16 x half> %scales.raw to <16 x float>
  %387 = sext i32 %362 to i64
  %388 = icmp slt i64 %387, 0
  %389 = select i1 %388, i64 0, i64 %387
  %390 = icmp slt i64 %389, 31
  %391 = select i1 %390, i64 %389, i64 31
  %392 = add i64 0, %391
  %393 = getelementptr inbounds i8, i8* %zregion16, i64 0
  %zbuf20 = bitcast i8* %393 to float*
  %394 = mul i64 %392, 16
  %395 = getelementptr inbounds float, float* %zbuf20, i64 %394
  %396 = bitcast float* %395 to <16 x float>*
  %z.buf = load <16 x float>, <16 x float>* %396, align 4
  %z21 = select i1 %perturbed, <16 x float> %z.buf, <16 x float> zeroinitializer
  %397 = insertelement <16 x float> undef, float %eps.pos, i32 0
  %398 = shufflevector <16 x float> %397, <16 x float> undef, <16 x i32> zeroinitializer
  %399 = fmul <16 x float> %398, %z21
  %scales.pos = fadd <16 x float> %scales19, %399
  store <16 x float> %scales.pos, <16 x float>* %hoist0.pos, align 64
  %400 = sext i32 %362 to i64
  %401 = icmp slt i64 %400, 0
  %402 = select i1 %401, i64 0, i64 %400
  %403 = icmp slt i64 %402, 31
  %404 = select i1 %403, i64 %402, i64 31
  %405 = sext <16 x i32> %n18 to <16 x i64>
  %406 = mul i64 %404, 4096
  %407 = insertelement <16 x i64> undef, i64 %406, i32 0
  %408 = shufflevector <16 x i64> %407, <16 x i64> undef, <16 x i32> zeroinitializer
  %409 = add <16 x i64> %405, %408
  %410 = sext i32 %362 to i64
  %411 = icmp slt i64 %410, 0
  %412 = select i1 %411, i64 0, i64 %410
  %413 = icmp slt i64 %412, 31
  %414 = select i1 %413, i64 %412, i64 31
  %415 = sext i32 %381 to i64
  %416 = mul i64 %414, 4096
  %417 = add i64 %415, %416
  %418 = getelementptr inbounds half, half* %scales5, i64 %417
  %419 = bitcast half* %418 to <16 x half>*
  %scales.raw22 = load <16 x half>, <16 x half>* %419, align 2
  %scales23 = fpext <16 x half> %scales.raw22 to <16 x float>
  %420 = insertelement <16 x float> undef, float %eps.neg, i32 0
  %421 = shufflevector <16 x float> %420, <16 x float> undef, <16 x i32> zeroinitializer
  %422 = fmul <16 x float> %421, %z21
  %scales.neg = fadd <16 x float> %scales23, %422
  store <16 x float> %scales.neg, <16 x float>* %hoist0.neg, align 64
  %423 = trunc i64 %n013 to i32
  %424 = insertelement <16 x i32> undef, i32 %423, i32 0
  %425 = shufflevector <16 x i32> %424, <16 x i32> undef, <16 x i32> zeroinitializer
  %n24 = add <16 x i32> %425, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %426 = mul <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>, %n24
  %427 = sext <16 x i32> %426 to <16 x i64>
  %word = ashr <16 x i64> %427, <i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5>
  %bitpos = and <16 x i64> %427, <i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31>
  %428 = trunc i64 %ka to i32
  %429 = sext i32 %428 to i64
  %430 = getelementptr inbounds i32, i32* %g_idx6, i64 %429
  %g_idx.raw25 = load i32, i32* %430, align 4
  %431 = sext i32 %g_idx.raw25 to i64
  %432 = trunc i64 %431 to i32
  %433 = sext i32 %432 to i64
  %434 = icmp slt i64 %433, 0
  %435 = select i1 %434, i64 0, i64 %433
  %436 = icmp slt i64 %435, 31
  %437 = select i1 %436, i64 %435, i64 31
  %438 = mul i64 %437, 512
  %439 = insertelement <16 x i64> undef, i64 %438, i32 0
  %440 = shufflevector <16 x i64> %439, <16 x i64> undef, <16 x i32> zeroinitializer
  %441 = add <16 x i64> %word, %440
  %442 = getelementptr inbounds i32, i32* %qzeros4, <16 x i64> %441
  %qzeros.word = call <16 x i32> @llvm.masked.gather.v16i32.v16p0i32(<16 x i32*> %442, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i32> undef)
  %443 = trunc <16 x i64> %bitpos to <16 x i32>
  %444 = lshr <16 x i32> %qzeros.word, %443
  %qzeros.bits = and <16 x i32> %444, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %445 = add <16 x i32> %qzeros.bits, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %446 = urem <16 x i32> %445, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  store <16 x i32> %446, <16 x i32>* %hoist1, align 64
  %447 = mul i64 %hblk, 192
  %448 = add i64 329792, %447
  %hstate = getelementptr inbounds i8, i8* %scratch, i64 %448
  %449 = getelementptr inbounds i8, i8* %hstate, i64 0
  %450 = bitcast i8* %449 to <16 x float>*
  %451 = load <16 x float>, <16 x float>* %hoist0.pos, align 64
  store <16 x float> %451, <16 x float>* %450, align 4
  %452 = getelementptr inbounds i8, i8* %hstate, i64 64
  %453 = bitcast i8* %452 to <16 x float>*
  %454 = load <16 x float>, <16 x float>* %hoist0.neg, align 64
  store <16 x float> %454, <16 x float>* %453, align 4
  %455 = getelementptr inbounds i8, i8* %hstate, i64 128
  %456 = bitcast i8* %455 to <16 x i32>*
  %457 = load <16 x i32>, <16 x i32>* %hoist1, align 64
  store <16 x i32> %457, <16 x i32>* %456, align 4
  %dvec26 = getelementptr inbounds i8, i8* %scratch, i64 294912
  %dvec27 = bitcast i8* %dvec26 to float*
  %458 = add i64 0, %hblk
  %459 = mul i64 %458, 16
  %460 = getelementptr inbounds float, float* %dvec27, i64 %459
  %461 = bitcast float* %460 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %461, align 4
  %462 = add nsw i64 %hblk, 1
  br label %hblk.head

hblk.exit:                                        ; preds = %hblk.head
  br label %ks.head

ks.head:                                          ; preds = %sblk.exit, %hblk.exit
  %ks = phi i64 [ %ka, %hblk.exit ], [ %495, %sblk.exit ]
  %463 = icmp slt i64 %ks, %kb
  br i1 %463, label %ks.body, label %ks.exit

ks.body:                                          ; preds = %ks.head
  %464 = add i64 %ks, 8
  %465 = icmp slt i64 %464, %kb
  %ke = select i1 %465, i64 %464, i64 %kb
  %466 = sub i64 %ke, %ks
  %full = icmp eq i64 %466, 8
  br label %sblk.head

ks.exit:                                          ; preds = %ks.head
  store float 0.000000e+00, float* %xsum, align 4
  br label %kx.head

sblk.head:                                        ; preds = %kstep.join, %ks.body
  %sblk = phi i64 [ 0, %ks.body ], [ %720, %kstep.join ]
  %467 = icmp slt i64 %sblk, %nblk
  br i1 %467, label %sblk.body, label %sblk.exit

sblk.body:                                        ; preds = %sblk.head
  %cb28 = add i64 %chunk, %sblk
  %c029 = mul i64 %cb28, 16
  %468 = icmp slt i64 %c029, 4080
  %n030 = select i1 %468, i64 %c029, i64 4080
  %lane.lo31 = sub i64 %c029, %n030
  %469 = insertelement <16 x i64> undef, i64 %lane.lo31, i32 0
  %470 = shufflevector <16 x i64> %469, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask32 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %470
  %471 = mul i64 %sblk, 2048
  %472 = add i64 0, %471
  %zregion33 = getelementptr inbounds i8, i8* %scratch, i64 %472
  %473 = mul i64 %sblk, 192
  %474 = add i64 329792, %473
  %hstate34 = getelementptr inbounds i8, i8* %scratch, i64 %474
  %475 = getelementptr inbounds i8, i8* %hstate34, i64 0
  %476 = bitcast i8* %475 to <16 x float>*
  %hoist.state = load <16 x float>, <16 x float>* %476, align 4
  store <16 x float> %hoist.state, <16 x float>* %hoist0.pos, align 64
  %477 = getelementptr inbounds i8, i8* %hstate34, i64 64
  %478 = bitcast i8* %477 to <16 x float>*
  %hoist.state35 = load <16 x float>, <16 x float>* %478, align 4
  store <16 x float> %hoist.state35, <16 x float>* %hoist0.neg, align 64
  %479 = getelementptr inbounds i8, i8* %hstate34, i64 128
  %480 = bitcast i8* %479 to <16 x i32>*
  %hoist.state36 = load <16 x i32>, <16 x i32>* %480, align 4
  store <16 x i32> %hoist.state36, <16 x i32>* %hoist1, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.0, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.1, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.2, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.3, align 64
  %481 = add i64 %ks, 16
  %482 = icmp slt i64 %481, 4095
  %kpre = select i1 %482, i64 %481, i64 4095
  %483 = trunc i64 %kpre to i32
  %484 = mul i32 4, %483
  %485 = sext i32 %484 to i64
  %486 = sdiv i64 %485, 32
  %487 = trunc i64 %n030 to i32
  %488 = sext i32 %487 to i64
  %489 = mul i64 %486, 4096
  %490 = add i64 %488, %489
  %491 = icmp slt i64 %490, 2097151
  %492 = select i1 %491, i64 %490, i64 2097151
  %493 = getelementptr inbounds i32, i32* %qweight3, i64 %492
  %494 = bitcast i32* %493 to i8*
  call void @llvm.prefetch.p0i8(i8* %494, i32 0, i32 3, i32 1)
  br i1 %full, label %kstep.then, label %kstep.else

sblk.exit:                                        ; preds = %sblk.head
  %495 = add nsw i64 %ks, 8
  br label %ks.head

kstep.then:                                       ; preds = %sblk.body
  %k = add i64 %ks, 0
  %496 = trunc i64 %k to i32
  %497 = mul i32 4, %496
  %498 = sext i32 %497 to i64
  %word37 = ashr i64 %498, 5
  %bitpos38 = and i64 %498, 31
  %499 = trunc i64 %n030 to i32
  %500 = insertelement <16 x i32> undef, i32 %499, i32 0
  %501 = shufflevector <16 x i32> %500, <16 x i32> undef, <16 x i32> zeroinitializer
  %n39 = add <16 x i32> %501, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %502 = sext <16 x i32> %n39 to <16 x i64>
  %503 = mul i64 %word37, 4096
  %504 = insertelement <16 x i64> undef, i64 %503, i32 0
  %505 = shufflevector <16 x i64> %504, <16 x i64> undef, <16 x i32> zeroinitializer
  %506 = add <16 x i64> %502, %505
  %507 = trunc i64 %n030 to i32
  %508 = sext i32 %507 to i64
  %509 = mul i64 %word37, 4096
  %510 = add i64 %508, %509
  %511 = getelementptr inbounds i32, i32* %qweight3, i64 %510
  %512 = bitcast i32* %511 to <16 x i32>*
  %qweight.word = load <16 x i32>, <16 x i32>* %512, align 4
  %513 = trunc i64 %bitpos38 to i32
  %514 = insertelement <16 x i32> undef, i32 %513, i32 0
  %515 = shufflevector <16 x i32> %514, <16 x i32> undef, <16 x i32> zeroinitializer
  %516 = lshr <16 x i32> %qweight.word, %515
  %qweight.bits = and <16 x i32> %516, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %517 = sitofp <16 x i32> %qweight.bits to <16 x float>
  %518 = load <16 x float>, <16 x float>* %chain0.0, align 64
  %519 = mul i64 %m, 4096
  %520 = add i64 %519, %k
  %521 = getelementptr inbounds float, float* %x1, i64 %520
  %x40 = load float, float* %521, align 4
  %522 = insertelement <16 x float> undef, float %x40, i32 0
  %x.v = shufflevector <16 x float> %522, <16 x float> undef, <16 x i32> zeroinitializer
  %part = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v, <16 x float> %517, <16 x float> %518)
  store <16 x float> %part, <16 x float>* %chain0.0, align 64
  %k41 = add i64 %ks, 1
  %523 = trunc i64 %k41 to i32
  %524 = mul i32 4, %523
  %525 = sext i32 %524 to i64
  %word42 = ashr i64 %525, 5
  %bitpos43 = and i64 %525, 31
  %526 = trunc i64 %n030 to i32
  %527 = insertelement <16 x i32> undef, i32 %526, i32 0
  %528 = shufflevector <16 x i32> %527, <16 x i32> undef, <16 x i32> zeroinitializer
  %n44 = add <16 x i32> %528, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %529 = sext <16 x i32> %n44 to <16 x i64>
  %530 = mul i64 %word42, 4096
  %531 = insertelement <16 x i64> undef, i64 %530, i32 0
  %532 = shufflevector <16 x i64> %531, <16 x i64> undef, <16 x i32> zeroinitializer
  %533 = add <16 x i64> %529, %532
  %534 = trunc i64 %n030 to i32
  %535 = sext i32 %534 to i64
  %536 = mul i64 %word42, 4096
  %537 = add i64 %535, %536
  %538 = getelementptr inbounds i32, i32* %qweight3, i64 %537
  %539 = bitcast i32* %538 to <16 x i32>*
  %qweight.word45 = load <16 x i32>, <16 x i32>* %539, align 4
  %540 = trunc i64 %bitpos43 to i32
  %541 = insertelement <16 x i32> undef, i32 %540, i32 0
  %542 = shufflevector <16 x i32> %541, <16 x i32> undef, <16 x i32> zeroinitializer
  %543 = lshr <16 x i32> %qweight.word45, %542
  %qweight.bits46 = and <16 x i32> %543, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %544 = sitofp <16 x i32> %qweight.bits46 to <16 x float>
  %545 = load <16 x float>, <16 x float>* %chain0.1, align 64
  %546 = mul i64 %m, 4096
  %547 = add i64 %546, %k41
  %548 = getelementptr inbounds float, float* %x1, i64 %547
  %x47 = load float, float* %548, align 4
  %549 = insertelement <16 x float> undef, float %x47, i32 0
  %x.v48 = shufflevector <16 x float> %549, <16 x float> undef, <16 x i32> zeroinitializer
  %part49 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v48, <16 x float> %544, <16 x float> %545)
  store <16 x float> %part49, <16 x float>* %chain0.1, align 64
  %k50 = add i64 %ks, 2
  %550 = trunc i64 %k50 to i32
  %551 = mul i32 4, %550
  %552 = sext i32 %551 to i64
  %word51 = ashr i64 %552, 5
  %bitpos52 = and i64 %552, 31
  %553 = trunc i64 %n030 to i32
  %554 = insertelement <16 x i32> undef, i32 %553, i32 0
  %555 = shufflevector <16 x i32> %554, <16 x i32> undef, <16 x i32> zeroinitializer
  %n53 = add <16 x i32> %555, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %556 = sext <16 x i32> %n53 to <16 x i64>
  %557 = mul i64 %word51, 4096
  %558 = insertelement <16 x i64> undef, i64 %557, i32 0
  %559 = shufflevector <16 x i64> %558, <16 x i64> undef, <16 x i32> zeroinitializer
  %560 = add <16 x i64> %556, %559
  %561 = trunc i64 %n030 to i32
  %562 = sext i32 %561 to i64
  %563 = mul i64 %word51, 4096
  %564 = add i64 %562, %563
  %565 = getelementptr inbounds i32, i32* %qweight3, i64 %564
  %566 = bitcast i32* %565 to <16 x i32>*
  %qweight.word54 = load <16 x i32>, <16 x i32>* %566, align 4
  %567 = trunc i64 %bitpos52 to i32
  %568 = insertelement <16 x i32> undef, i32 %567, i32 0
  %569 = shufflevector <16 x i32> %568, <16 x i32> undef, <16 x i32> zeroinitializer
  %570 = lshr <16 x i32> %qweight.word54, %569
  %qweight.bits55 = and <16 x i32> %570, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %571 = sitofp <16 x i32> %qweight.bits55 to <16 x float>
  %572 = load <16 x float>, <16 x float>* %chain0.2, align 64
  %573 = mul i64 %m, 4096
  %574 = add i64 %573, %k50
  %575 = getelementptr inbounds float, float* %x1, i64 %574
  %x56 = load float, float* %575, align 4
  %576 = insertelement <16 x float> undef, float %x56, i32 0
  %x.v57 = shufflevector <16 x float> %576, <16 x float> undef, <16 x i32> zeroinitializer
  %part58 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v57, <16 x float> %571, <16 x float> %572)
  store <16 x float> %part58, <16 x float>* %chain0.2, align 64
  %k59 = add i64 %ks, 3
  %577 = trunc i64 %k59 to i32
  %578 = mul i32 4, %577
  %579 = sext i32 %578 to i64
  %word60 = ashr i64 %579, 5
  %bitpos61 = and i64 %579, 31
  %580 = trunc i64 %n030 to i32
  %581 = insertelement <16 x i32> undef, i32 %580, i32 0
  %582 = shufflevector <16 x i32> %581, <16 x i32> undef, <16 x i32> zeroinitializer
  %n62 = add <16 x i32> %582, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %583 = sext <16 x i32> %n62 to <16 x i64>
  %584 = mul i64 %word60, 4096
  %585 = insertelement <16 x i64> undef, i64 %584, i32 0
  %586 = shufflevector <16 x i64> %585, <16 x i64> undef, <16 x i32> zeroinitializer
  %587 = add <16 x i64> %583, %586
  %588 = trunc i64 %n030 to i32
  %589 = sext i32 %588 to i64
  %590 = mul i64 %word60, 4096
  %591 = add i64 %589, %590
  %592 = getelementptr inbounds i32, i32* %qweight3, i64 %591
  %593 = bitcast i32* %592 to <16 x i32>*
  %qweight.word63 = load <16 x i32>, <16 x i32>* %593, align 4
  %594 = trunc i64 %bitpos61 to i32
  %595 = insertelement <16 x i32> undef, i32 %594, i32 0
  %596 = shufflevector <16 x i32> %595, <16 x i32> undef, <16 x i32> zeroinitializer
  %597 = lshr <16 x i32> %qweight.word63, %596
  %qweight.bits64 = and <16 x i32> %597, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %598 = sitofp <16 x i32> %qweight.bits64 to <16 x float>
  %599 = load <16 x float>, <16 x float>* %chain0.3, align 64
  %600 = mul i64 %m, 4096
  %601 = add i64 %600, %k59
  %602 = getelementptr inbounds float, float* %x1, i64 %601
  %x65 = load float, float* %602, align 4
  %603 = insertelement <16 x float> undef, float %x65, i32 0
  %x.v66 = shufflevector <16 x float> %603, <16 x float> undef, <16 x i32> zeroinitializer
  %part67 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v66, <16 x float> %598, <16 x float> %599)
  store <16 x float> %part67, <16 x float>* %chain0.3, align 64
  %k68 = add i64 %ks, 4
  %604 = trunc i64 %k68 to i32
  %605 = mul i32 4, %604
  %606 = sext i32 %605 to i64
  %word69 = ashr i64 %606, 5
  %bitpos70 = and i64 %606, 31
  %607 = trunc i64 %n030 to i32
  %608 = insertelement <16 x i32> undef, i32 %607, i32 0
  %609 = shufflevector <16 x i32> %608, <16 x i32> undef, <16 x i32> zeroinitializer
  %n71 = add <16 x i32> %609, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %610 = sext <16 x i32> %n71 to <16 x i64>
  %611 = mul i64 %word69, 4096
  %612 = insertelement <16 x i64> undef, i64 %611, i32 0
  %613 = shufflevector <16 x i64> %612, <16 x i64> undef, <16 x i32> zeroinitializer
  %614 = add <16 x i64> %610, %613
  %615 = trunc i64 %n030 to i32
  %616 = sext i32 %615 to i64
  %617 = mul i64 %word69, 4096
  %618 = add i64 %616, %617
  %619 = getelementptr inbounds i32, i32* %qweight3, i64 %618
  %620 = bitcast i32* %619 to <16 x i32>*
  %qweight.word72 = load <16 x i32>, <16 x i32>* %620, align 4
  %621 = trunc i64 %bitpos70 to i32
  %622 = insertelement <16 x i32> undef, i32 %621, i32 0
  %623 = shufflevector <16 x i32> %622, <16 x i32> undef, <16 x i32> zeroinitializer
  %624 = lshr <16 x i32> %qweight.word72, %623
  %qweight.bits73 = and <16 x i32> %624, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %625 = sitofp <16 x i32> %qweight.bits73 to <16 x float>
  %626 = load <16 x float>, <16 x float>* %chain0.0, align 64
  %627 = mul i64 %m, 4096
  %628 = add i64 %627, %k68
  %629 = getelementptr inbounds float, float* %x1, i64 %628
  %x74 = load float, float* %629, align 4
  %630 = insertelement <16 x float> undef, float %x74, i32 0
  %x.v75 = shufflevector <16 x float> %630, <16 x float> undef, <16 x i32> zeroinitializer
  %part76 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v75, <16 x float> %625, <16 x float> %626)
  store <16 x float> %part76, <16 x float>* %chain0.0, align 64
  %k77 = add i64 %ks, 5
  %631 = trunc i64 %k77 to i32
  %632 = mul i32 4, %631
  %633 = sext i32 %632 to i64
  %word78 = ashr i64 %633, 5
  %bitpos79 = and i64 %633, 31
  %634 = trunc i64 %n030 to i32
  %635 = insertelement <16 x i32> undef, i32 %634, i32 0
  %636 = shufflevector <16 x i32> %635, <16 x i32> undef, <16 x i32> zeroinitializer
  %n80 = add <16 x i32> %636, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %637 = sext <16 x i32> %n80 to <16 x i64>
  %638 = mul i64 %word78, 4096
  %639 = insertelement <16 x i64> undef, i64 %638, i32 0
  %640 = shufflevector <16 x i64> %639, <16 x i64> undef, <16 x i32> zeroinitializer
  %641 = add <16 x i64> %637, %640
  %642 = trunc i64 %n030 to i32
  %643 = sext i32 %642 to i64
  %644 = mul i64 %word78, 4096
  %645 = add i64 %643, %644
  %646 = getelementptr inbounds i32, i32* %qweight3, i64 %645
  %647 = bitcast i32* %646 to <16 x i32>*
  %qweight.word81 = load <16 x i32>, <16 x i32>* %647, align 4
  %648 = trunc i64 %bitpos79 to i32
  %649 = insertelement <16 x i32> undef, i32 %648, i32 0
  %650 = shufflevector <16 x i32> %649, <16 x i32> undef, <16 x i32> zeroinitializer
  %651 = lshr <16 x i32> %qweight.word81, %650
  %qweight.bits82 = and <16 x i32> %651, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %652 = sitofp <16 x i32> %qweight.bits82 to <16 x float>
  %653 = load <16 x float>, <16 x float>* %chain0.1, align 64
  %654 = mul i64 %m, 4096
  %655 = add i64 %654, %k77
  %656 = getelementptr inbounds float, float* %x1, i64 %655
  %x83 = load float, float* %656, align 4
  %657 = insertelement <16 x float> undef, float %x83, i32 0
  %x.v84 = shufflevector <16 x float> %657, <16 x float> undef, <16 x i32> zeroinitializer
  %part85 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v84, <16 x float> %652, <16 x float> %653)
  store <16 x float> %part85, <16 x float>* %chain0.1, align 64
  %k86 = add i64 %ks, 6
  %658 = trunc i64 %k86 to i32
  %659 = mul i32 4, %658
  %660 = sext i32 %659 to i64
  %word87 = ashr i64 %660, 5
  %bitpos88 = and i64 %660, 31
  %661 = trunc i64 %n030 to i32
  %662 = insertelement <16 x i32> undef, i32 %661, i32 0
  %663 = shufflevector <16 x i32> %662, <16 x i32> undef, <16 x i32> zeroinitializer
  %n89 = add <16 x i32> %663, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %664 = sext <16 x i32> %n89 to <16 x i64>
  %665 = mul i64 %word87, 4096
  %666 = insertelement <16 x i64> undef, i64 %665, i32 0
  %667 = shufflevector <16 x i64> %666, <16 x i64> undef, <16 x i32> zeroinitializer
  %668 = add <16 x i64> %664, %667
  %669 = trunc i64 %n030 to i32
  %670 = sext i32 %669 to i64
  %671 = mul i64 %word87, 4096
  %672 = add i64 %670, %671
  %673 = getelementptr inbounds i32, i32* %qweight3, i64 %672
  %674 = bitcast i32* %673 to <16 x i32>*
  %qweight.word90 = load <16 x i32>, <16 x i32>* %674, align 4
  %675 = trunc i64 %bitpos88 to i32
  %676 = insertelement <16 x i32> undef, i32 %675, i32 0
  %677 = shufflevector <16 x i32> %676, <16 x i32> undef, <16 x i32> zeroinitializer
  %678 = lshr <16 x i32> %qweight.word90, %677
  %qweight.bits91 = and <16 x i32> %678, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %679 = sitofp <16 x i32> %qweight.bits91 to <16 x float>
  %680 = load <16 x float>, <16 x float>* %chain0.2, align 64
  %681 = mul i64 %m, 4096
  %682 = add i64 %681, %k86
  %683 = getelementptr inbounds float, float* %x1, i64 %682
  %x92 = load float, float* %683, align 4
  %684 = insertelement <16 x float> undef, float %x92, i32 0
  %x.v93 = shufflevector <16 x float> %684, <16 x float> undef, <16 x i32> zeroinitializer
  %part94 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v93, <16 x float> %679, <16 x float> %680)
  store <16 x float> %part94, <16 x float>* %chain0.2, align 64
  %k95 = add i64 %ks, 7
  %685 = trunc i64 %k95 to i32
  %686 = mul i32 4, %685
  %687 = sext i32 %686 to i64
  %word96 = ashr i64 %687, 5
  %bitpos97 = and i64 %687, 31
  %688 = trunc i64 %n030 to i32
  %689 = insertelement <16 x i32> undef, i32 %688, i32 0
  %690 = shufflevector <16 x i32> %689, <16 x i32> undef, <16 x i32> zeroinitializer
  %n98 = add <16 x i32> %690, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %691 = sext <16 x i32> %n98 to <16 x i64>
  %692 = mul i64 %word96, 4096
  %693 = insertelement <16 x i64> undef, i64 %692, i32 0
  %694 = shufflevector <16 x i64> %693, <16 x i64> undef, <16 x i32> zeroinitializer
  %695 = add <16 x i64> %691, %694
  %696 = trunc i64 %n030 to i32
  %697 = sext i32 %696 to i64
  %698 = mul i64 %word96, 4096
  %699 = add i64 %697, %698
  %700 = getelementptr inbounds i32, i32* %qweight3, i64 %699
  %701 = bitcast i32* %700 to <16 x i32>*
  %qweight.word99 = load <16 x i32>, <16 x i32>* %701, align 4
  %702 = trunc i64 %bitpos97 to i32
  %703 = insertelement <16 x i32> undef, i32 %702, i32 0
  %704 = shufflevector <16 x i32> %703, <16 x i32> undef, <16 x i32> zeroinitializer
  %705 = lshr <16 x i32> %qweight.word99, %704
  %qweight.bits100 = and <16 x i32> %705, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %706 = sitofp <16 x i32> %qweight.bits100 to <16 x float>
  %707 = load <16 x float>, <16 x float>* %chain0.3, align 64
  %708 = mul i64 %m, 4096
  %709 = add i64 %708, %k95
  %710 = getelementptr inbounds float, float* %x1, i64 %709
  %x101 = load float, float* %710, align 4
  %711 = insertelement <16 x float> undef, float %x101, i32 0
  %x.v102 = shufflevector <16 x float> %711, <16 x float> undef, <16 x i32> zeroinitializer
  %part103 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v102, <16 x float> %706, <16 x float> %707)
  store <16 x float> %part103, <16 x float>* %chain0.3, align 64
  br label %kstep.join

kstep.else:                                       ; preds = %sblk.body
  br label %k.head

kstep.join:                                       ; preds = %k.exit, %kstep.then
  %dvec113 = getelementptr inbounds i8, i8* %scratch, i64 294912
  %dvec114 = bitcast i8* %dvec113 to float*
  %712 = add i64 0, %sblk
  %713 = mul i64 %712, 16
  %714 = getelementptr inbounds float, float* %dvec114, i64 %713
  %715 = bitcast float* %714 to <16 x float>*
  %part115 = load <16 x float>, <16 x float>* %715, align 4
  %716 = load <16 x float>, <16 x float>* %chain0.0, align 64
  %part116 = fadd <16 x float> %part115, %716
  %717 = load <16 x float>, <16 x float>* %chain0.1, align 64
  %part117 = fadd <16 x float> %part116, %717
  %718 = load <16 x float>, <16 x float>* %chain0.2, align 64
  %part118 = fadd <16 x float> %part117, %718
  %719 = load <16 x float>, <16 x float>* %chain0.3, align 64
  %part119 = fadd <16 x float> %part118, %719
  store <16 x float> %part119, <16 x float>* %715, align 4
  %720 = add nsw i64 %sblk, 1
  br label %sblk.head

k.head:                                           ; preds = %k.body, %kstep.else
  %k104 = phi i64 [ %ks, %kstep.else ], [ %749, %k.body ]
  %721 = icmp slt i64 %k104, %ke
  br i1 %721, label %k.body, label %k.exit

k.body:                                           ; preds = %k.head
  %722 = trunc i64 %k104 to i32
  %723 = mul i32 4, %722
  %724 = sext i32 %723 to i64
  %word105 = ashr i64 %724, 5
  %bitpos106 = and i64 %724, 31
  %725 = trunc i64 %n030 to i32
  %726 = insertelement <16 x i32> undef, i32 %725, i32 0
  %727 = shufflevector <16 x i32> %726, <16 x i32> undef, <16 x i32> zeroinitializer
  %n107 = add <16 x i32> %727, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %728 = sext <16 x i32> %n107 to <16 x i64>
  %729 = mul i64 %word105, 4096
  %730 = insertelement <16 x i64> undef, i64 %729, i32 0
  %731 = shufflevector <16 x i64> %730, <16 x i64> undef, <16 x i32> zeroinitializer
  %732 = add <16 x i64> %728, %731
  %733 = trunc i64 %n030 to i32
  %734 = sext i32 %733 to i64
  %735 = mul i64 %word105, 4096
  %736 = add i64 %734, %735
  %737 = getelementptr inbounds i32, i32* %qweight3, i64 %736
  %738 = bitcast i32* %737 to <16 x i32>*
  %qweight.word108 = load <16 x i32>, <16 x i32>* %738, align 4
  %739 = trunc i64 %bitpos106 to i32
  %740 = insertelement <16 x i32> undef, i32 %739, i32 0
  %741 = shufflevector <16 x i32> %740, <16 x i32> undef, <16 x i32> zeroinitializer
  %742 = lshr <16 x i32> %qweight.word108, %741
  %qweight.bits109 = and <16 x i32> %742, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %743 = sitofp <16 x i32> %qweight.bits109 to <16 x float>
  %744 = load <16 x float>, <16 x float>* %chain0.0, align 64
  %745 = mul i64 %m, 4096
  %746 = add i64 %745, %k104
  %747 = getelementptr inbounds float, float* %x1, i64 %746
  %x110 = load float, float* %747, align 4
  %748 = insertelement <16 x float> undef, float %x110, i32 0
  %x.v111 = shufflevector <16 x float> %748, <16 x float> undef, <16 x i32> zeroinitializer
  %part112 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v111, <16 x float> %743, <16 x float> %744)
  store <16 x float> %part112, <16 x float>* %chain0.0, align 64
  %749 = add nsw i64 %k104, 1
  br label %k.head

k.exit:                                           ; preds = %k.head
  br label %kstep.join

kx.head:                                          ; preds = %kx.body, %ks.exit
  %kx = phi i64 [ %ka, %ks.exit ], [ %756, %kx.body ]
  %750 = icmp slt i64 %kx, %kb
  br i1 %750, label %kx.body, label %kx.exit

kx.body:                                          ; preds = %kx.head
  %751 = mul i64 %m, 4096
  %752 = add i64 %751, %kx
  %753 = getelementptr inbounds float, float* %x1, i64 %752
  %x120 = load float, float* %753, align 4
  %754 = load float, float* %xsum, align 4
  %755 = fadd float %754, %x120
  store float %755, float* %xsum, align 4
  %756 = add nsw i64 %kx, 1
  br label %kx.head

kx.exit:                                          ; preds = %kx.head
  %xsum121 = load float, float* %xsum, align 4
  %757 = insertelement <16 x float> undef, float %xsum121, i32 0
  %xsum.v = shufflevector <16 x float> %757, <16 x float> undef, <16 x i32> zeroinitializer
  br label %fblk.head

fblk.head:                                        ; preds = %fblk.body, %kx.exit
  %fblk = phi i64 [ 0, %kx.exit ], [ %783, %fblk.body ]
  %758 = icmp slt i64 %fblk, %nblk
  br i1 %758, label %fblk.body, label %fblk.exit

fblk.body:                                        ; preds = %fblk.head
  %cb122 = add i64 %chunk, %fblk
  %c0123 = mul i64 %cb122, 16
  %759 = icmp slt i64 %c0123, 4080
  %n0124 = select i1 %759, i64 %c0123, i64 4080
  %lane.lo125 = sub i64 %c0123, %n0124
  %760 = insertelement <16 x i64> undef, i64 %lane.lo125, i32 0
  %761 = shufflevector <16 x i64> %760, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask126 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %761
  %762 = mul i64 %fblk, 2048
  %763 = add i64 0, %762
  %zregion127 = getelementptr inbounds i8, i8* %scratch, i64 %763
  %764 = mul i64 %fblk, 192
  %765 = add i64 329792, %764
  %hstate128 = getelementptr inbounds i8, i8* %scratch, i64 %765
  %766 = getelementptr inbounds i8, i8* %hstate128, i64 0
  %767 = bitcast i8* %766 to <16 x float>*
  %hoist.state129 = load <16 x float>, <16 x float>* %767, align 4
  store <16 x float> %hoist.state129, <16 x float>* %hoist0.pos, align 64
  %768 = getelementptr inbounds i8, i8* %hstate128, i64 64
  %769 = bitcast i8* %768 to <16 x float>*
  %hoist.state130 = load <16 x float>, <16 x float>* %769, align 4
  store <16 x float> %hoist.state130, <16 x float>* %hoist0.neg, align 64
  %770 = getelementptr inbounds i8, i8* %hstate128, i64 128
  %771 = bitcast i8* %770 to <16 x i32>*
  %hoist.state131 = load <16 x i32>, <16 x i32>* %771, align 4
  store <16 x i32> %hoist.state131, <16 x i32>* %hoist1, align 64
  %h = load <16 x float>, <16 x float>* %hoist0.pos, align 64
  %h.neg = load <16 x float>, <16 x float>* %hoist0.neg, align 64
  %772 = load <16 x i32>, <16 x i32>* %hoist1, align 64
  %773 = sitofp <16 x i32> %772 to <16 x float>
  %dvec132 = getelementptr inbounds i8, i8* %scratch, i64 262144
  %dvec133 = bitcast i8* %dvec132 to float*
  %774 = add i64 0, %fblk
  %775 = mul i64 %774, 16
  %776 = getelementptr inbounds float, float* %dvec133, i64 %775
  %777 = bitcast float* %776 to <16 x float>*
  %dvec134 = getelementptr inbounds i8, i8* %scratch, i64 294912
  %dvec135 = bitcast i8* %dvec134 to float*
  %778 = add i64 0, %fblk
  %779 = mul i64 %778, 16
  %780 = getelementptr inbounds float, float* %dvec135, i64 %779
  %781 = bitcast float* %780 to <16 x float>*
  %part136 = load <16 x float>, <16 x float>* %781, align 4
  %acc = load <16 x float>, <16 x float>* %777, align 4
  %782 = fmul <16 x float> %773, %xsum.v
  %run137 = fsub <16 x float> %part136, %782
  %h.row = select i1 %neg.row, <16 x float> %h.neg, <16 x float> %h
  %acc138 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %h.row, <16 x float> %run137, <16 x float> %acc)
  store <16 x float> %acc138, <16 x float>* %777, align 4
  %783 = add nsw i64 %fblk, 1
  br label %fblk.head

fblk.exit:                                        ; preds = %fblk.head
  %784 = add nsw i64 %run, 1
  br label %run.head

eblk.head:                                        ; preds = %eblk.body, %kt.exit
  %eblk = phi i64 [ 0, %kt.exit ], [ %797, %eblk.body ]
  %785 = icmp slt i64 %eblk, %nblk
  br i1 %785, label %eblk.body, label %eblk.exit

eblk.body:                                        ; preds = %eblk.head
  %cb139 = add i64 %chunk, %eblk
  %c0140 = mul i64 %cb139, 16
  %786 = icmp slt i64 %c0140, 4080
  %n0141 = select i1 %786, i64 %c0140, i64 4080
  %lane.lo142 = sub i64 %c0140, %n0141
  %787 = insertelement <16 x i64> undef, i64 %lane.lo142, i32 0
  %788 = shufflevector <16 x i64> %787, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask143 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %788
  %dvec144 = getelementptr inbounds i8, i8* %scratch, i64 262144
  %dvec145 = bitcast i8* %dvec144 to float*
  %789 = add i64 0, %eblk
  %790 = mul i64 %789, 16
  %791 = getelementptr inbounds float, float* %dvec145, i64 %790
  %792 = bitcast float* %791 to <16 x float>*
  %acc146 = load <16 x float>, <16 x float>* %792, align 4
  %793 = icmp slt i64 %m, %rows.pos
  %eps.row = select i1 %793, float %eps.pos, float %eps.neg
  %794 = mul i64 %m, 4096
  %out.i = add i64 %794, %n0141
  %795 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i
  %796 = bitcast float* %795 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc146, <16 x float>* %796, i32 4, <16 x i1> %store.mask143)
  %797 = add nsw i64 %eblk, 1
  br label %eblk.head

eblk.exit:                                        ; preds = %eblk.head
  br label %m1.join

m2.then:                                          ; preds = %m1.else
  %798 = sub i64 %M, 1
  %799 = icmp slt i64 0, %798
  %m147 = select i1 %799, i64 0, i64 %798
  %neg.row148 = icmp sge i64 %m147, %rows.pos
  %800 = sub i64 %M, 1
  %801 = icmp slt i64 1, %800
  %m153 = select i1 %801, i64 1, i64 %800
  %neg.row154 = icmp sge i64 %m153, %rows.pos
  %nblk155 = sub i64 %chunk.end, %chunk
  br label %zblk.head156

m2.else:                                          ; preds = %m1.else
  %802 = sub i64 %M, 1
  %803 = icmp slt i64 0, %802
  %m463 = select i1 %803, i64 0, i64 %802
  %neg.row464 = icmp sge i64 %m463, %rows.pos
  %804 = sub i64 %M, 1
  %805 = icmp slt i64 1, %804
  %m469 = select i1 %805, i64 1, i64 %804
  %neg.row470 = icmp sge i64 %m469, %rows.pos
  %806 = sub i64 %M, 1
  %807 = icmp slt i64 2, %806
  %m475 = select i1 %807, i64 2, i64 %806
  %neg.row476 = icmp sge i64 %m475, %rows.pos
  %808 = sub i64 %M, 1
  %809 = icmp slt i64 3, %808
  %m477 = select i1 %809, i64 3, i64 %808
  %neg.row478 = icmp sge i64 %m477, %rows.pos
  %nblk479 = sub i64 %chunk.end, %chunk
  br label %zblk.head480

m2.join:                                          ; preds = %eblk.exit880, %eblk.exit446
  br label %m1.join

zblk.head156:                                     ; preds = %zpro.join169, %m2.then
  %zblk159 = phi i64 [ 0, %m2.then ], [ %825, %zpro.join169 ]
  %810 = icmp slt i64 %zblk159, %nblk155
  br i1 %810, label %zblk.body157, label %zblk.exit158

zblk.body157:                                     ; preds = %zblk.head156
  %cb160 = add i64 %chunk, %zblk159
  %c0161 = mul i64 %cb160, 16
  %811 = icmp slt i64 %c0161, 4080
  %n0162 = select i1 %811, i64 %c0161, i64 4080
  %lane.lo163 = sub i64 %c0161, %n0162
  %812 = insertelement <16 x i64> undef, i64 %lane.lo163, i32 0
  %813 = shufflevector <16 x i64> %812, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask164 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %813
  %814 = mul i64 %zblk159, 2048
  %815 = add i64 0, %814
  %zregion165 = getelementptr inbounds i8, i8* %scratch, i64 %815
  %816 = getelementptr inbounds i8, i8* %zregion165, i64 0
  %zbuf166 = bitcast i8* %816 to float*
  br i1 %perturbed, label %zpro.then167, label %zpro.else168

zblk.exit158:                                     ; preds = %zblk.head156
  %runs187 = getelementptr inbounds i8, i8* %scratch, i64 327680
  %runs188 = bitcast i8* %runs187 to i64*
  br label %kt.head190

zpro.then167:                                     ; preds = %zblk.body157
  br label %zrow.head170

zpro.else168:                                     ; preds = %zblk.body157
  br label %zpro.join169

zpro.join169:                                     ; preds = %zpro.else168, %zrow.exit172
  %dvec183 = getelementptr inbounds i8, i8* %scratch, i64 262144
  %dvec184 = bitcast i8* %dvec183 to float*
  %817 = add i64 0, %zblk159
  %818 = mul i64 %817, 16
  %819 = getelementptr inbounds float, float* %dvec184, i64 %818
  %820 = bitcast float* %819 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %820, align 4
  %dvec185 = getelementptr inbounds i8, i8* %scratch, i64 262144
  %dvec186 = bitcast i8* %dvec185 to float*
  %821 = add i64 128, %zblk159
  %822 = mul i64 %821, 16
  %823 = getelementptr inbounds float, float* %dvec186, i64 %822
  %824 = bitcast float* %823 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %824, align 4
  %825 = add nsw i64 %zblk159, 1
  br label %zblk.head156

zrow.head170:                                     ; preds = %zrow.body171, %zpro.then167
  %zrow173 = phi i64 [ 0, %zpro.then167 ], [ %1124, %zrow.body171 ]
  %826 = icmp slt i64 %zrow173, 32
  br i1 %826, label %zrow.body171, label %zrow.exit172

zrow.body171:                                     ; preds = %zrow.head170
  %827 = mul i64 %n0162, 1
  %828 = urem i64 %zrow173, 32
  %829 = udiv i64 %zrow173, 32
  %830 = mul i64 %828, 4096
  %831 = add i64 %827, %830
  %832 = mul i64 %zrow173, 16
  %833 = getelementptr inbounds float, float* %zbuf166, i64 %832
  %834 = insertelement <16 x i64> undef, i64 %831, i32 0
  %835 = shufflevector <16 x i64> %834, <16 x i64> undef, <16 x i32> zeroinitializer
  %836 = add <16 x i64> %835, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %pair174 = lshr <16 x i64> %836, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %837 = trunc <16 x i64> %pair174 to <16 x i32>
  %838 = lshr <16 x i64> %pair174, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %839 = trunc <16 x i64> %838 to <16 x i32>
  %840 = trunc i64 %stream.scales to i32
  %841 = insertelement <16 x i32> undef, i32 %840, i32 0
  %842 = shufflevector <16 x i32> %841, <16 x i32> undef, <16 x i32> zeroinitializer
  %key0175 = trunc i64 %seed to i32
  %843 = lshr i64 %seed, 32
  %key1176 = trunc i64 %843 to i32
  %844 = zext <16 x i32> %837 to <16 x i64>
  %845 = mul <16 x i64> %844, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %846 = trunc <16 x i64> %845 to <16 x i32>
  %847 = lshr <16 x i64> %845, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %848 = trunc <16 x i64> %847 to <16 x i32>
  %849 = zext <16 x i32> %842 to <16 x i64>
  %850 = mul <16 x i64> %849, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %851 = trunc <16 x i64> %850 to <16 x i32>
  %852 = lshr <16 x i64> %850, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %853 = trunc <16 x i64> %852 to <16 x i32>
  %854 = insertelement <16 x i32> undef, i32 %key0175, i32 0
  %855 = shufflevector <16 x i32> %854, <16 x i32> undef, <16 x i32> zeroinitializer
  %856 = insertelement <16 x i32> undef, i32 %key1176, i32 0
  %857 = shufflevector <16 x i32> %856, <16 x i32> undef, <16 x i32> zeroinitializer
  %858 = xor <16 x i32> %853, %839
  %859 = xor <16 x i32> %858, %855
  %860 = xor <16 x i32> %848, zeroinitializer
  %861 = xor <16 x i32> %860, %857
  %862 = add i32 %key0175, -1640531527
  %863 = add i32 %key1176, -1150833019
  %864 = zext <16 x i32> %859 to <16 x i64>
  %865 = mul <16 x i64> %864, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %866 = trunc <16 x i64> %865 to <16 x i32>
  %867 = lshr <16 x i64> %865, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %868 = trunc <16 x i64> %867 to <16 x i32>
  %869 = zext <16 x i32> %861 to <16 x i64>
  %870 = mul <16 x i64> %869, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %871 = trunc <16 x i64> %870 to <16 x i32>
  %872 = lshr <16 x i64> %870, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %873 = trunc <16 x i64> %872 to <16 x i32>
  %874 = insertelement <16 x i32> undef, i32 %862, i32 0
  %875 = shufflevector <16 x i32> %874, <16 x i32> undef, <16 x i32> zeroinitializer
  %876 = insertelement <16 x i32> undef, i32 %863, i32 0
  %877 = shufflevector <16 x i32> %876, <16 x i32> undef, <16 x i32> zeroinitializer
  %878 = xor <16 x i32> %873, %851
  %879 = xor <16 x i32> %878, %875
  %880 = xor <16 x i32> %868, %846
  %881 = xor <16 x i32> %880, %877
  %882 = add i32 %862, -1640531527
  %883 = add i32 %863, -1150833019
  %884 = zext <16 x i32> %879 to <16 x i64>
  %885 = mul <16 x i64> %884, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %886 = trunc <16 x i64> %885 to <16 x i32>
  %887 = lshr <16 x i64> %885, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %888 = trunc <16 x i64> %887 to <16 x i32>
  %889 = zext <16 x i32> %881 to <16 x i64>
  %890 = mul <16 x i64> %889, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %891 = trunc <16 x i64> %890 to <16 x i32>
  %892 = lshr <16 x i64> %890, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %893 = trunc <16 x i64> %892 to <16 x i32>
  %894 = insertelement <16 x i32> undef, i32 %882, i32 0
  %895 = shufflevector <16 x i32> %894, <16 x i32> undef, <16 x i32> zeroinitializer
  %896 = insertelement <16 x i32> undef, i32 %883, i32 0
  %897 = shufflevector <16 x i32> %896, <16 x i32> undef, <16 x i32> zeroinitializer
  %898 = xor <16 x i32> %893, %871
  %899 = xor <16 x i32> %898, %895
  %900 = xor <16 x i32> %888, %866
  %901 = xor <16 x i32> %900, %897
  %902 = add i32 %882, -1640531527
  %903 = add i32 %883, -1150833019
  %904 = zext <16 x i32> %899 to <16 x i64>
  %905 = mul <16 x i64> %904, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %906 = trunc <16 x i64> %905 to <16 x i32>
  %907 = lshr <16 x i64> %905, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %908 = trunc <16 x i64> %907 to <16 x i32>
  %909 = zext <16 x i32> %901 to <16 x i64>
  %910 = mul <16 x i64> %909, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %911 = trunc <16 x i64> %910 to <16 x i32>
  %912 = lshr <16 x i64> %910, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %913 = trunc <16 x i64> %912 to <16 x i32>
  %914 = insertelement <16 x i32> undef, i32 %902, i32 0
  %915 = shufflevector <16 x i32> %914, <16 x i32> undef, <16 x i32> zeroinitializer
  %916 = insertelement <16 x i32> undef, i32 %903, i32 0
  %917 = shufflevector <16 x i32> %916, <16 x i32> undef, <16 x i32> zeroinitializer
  %918 = xor <16 x i32> %913, %891
  %919 = xor <16 x i32> %918, %915
  %920 = xor <16 x i32> %908, %886
  %921 = xor <16 x i32> %920, %917
  %922 = add i32 %902, -1640531527
  %923 = add i32 %903, -1150833019
  %924 = zext <16 x i32> %919 to <16 x i64>
  %925 = mul <16 x i64> %924, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %926 = trunc <16 x i64> %925 to <16 x i32>
  %927 = lshr <16 x i64> %925, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %928 = trunc <16 x i64> %927 to <16 x i32>
  %929 = zext <16 x i32> %921 to <16 x i64>
  %930 = mul <16 x i64> %929, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %931 = trunc <16 x i64> %930 to <16 x i32>
  %932 = lshr <16 x i64> %930, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %933 = trunc <16 x i64> %932 to <16 x i32>
  %934 = insertelement <16 x i32> undef, i32 %922, i32 0
  %935 = shufflevector <16 x i32> %934, <16 x i32> undef, <16 x i32> zeroinitializer
  %936 = insertelement <16 x i32> undef, i32 %923, i32 0
  %937 = shufflevector <16 x i32> %936, <16 x i32> undef, <16 x i32> zeroinitializer
  %938 = xor <16 x i32> %933, %911
  %939 = xor <16 x i32> %938, %935
  %940 = xor <16 x i32> %928, %906
  %941 = xor <16 x i32> %940, %937
  %942 = add i32 %922, -1640531527
  %943 = add i32 %923, -1150833019
  %944 = zext <16 x i32> %939 to <16 x i64>
  %945 = mul <16 x i64> %944, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %946 = trunc <16 x i64> %945 to <16 x i32>
  %947 = lshr <16 x i64> %945, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %948 = trunc <16 x i64> %947 to <16 x i32>
  %949 = zext <16 x i32> %941 to <16 x i64>
  %950 = mul <16 x i64> %949, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %951 = trunc <16 x i64> %950 to <16 x i32>
  %952 = lshr <16 x i64> %950, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %953 = trunc <16 x i64> %952 to <16 x i32>
  %954 = insertelement <16 x i32> undef, i32 %942, i32 0
  %955 = shufflevector <16 x i32> %954, <16 x i32> undef, <16 x i32> zeroinitializer
  %956 = insertelement <16 x i32> undef, i32 %943, i32 0
  %957 = shufflevector <16 x i32> %956, <16 x i32> undef, <16 x i32> zeroinitializer
  %958 = xor <16 x i32> %953, %931
  %959 = xor <16 x i32> %958, %955
  %960 = xor <16 x i32> %948, %926
  %961 = xor <16 x i32> %960, %957
  %962 = add i32 %942, -1640531527
  %963 = add i32 %943, -1150833019
  %964 = zext <16 x i32> %959 to <16 x i64>
  %965 = mul <16 x i64> %964, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %966 = trunc <16 x i64> %965 to <16 x i32>
  %967 = lshr <16 x i64> %965, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %968 = trunc <16 x i64> %967 to <16 x i32>
  %969 = zext <16 x i32> %961 to <16 x i64>
  %970 = mul <16 x i64> %969, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %971 = trunc <16 x i64> %970 to <16 x i32>
  %972 = lshr <16 x i64> %970, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %973 = trunc <16 x i64> %972 to <16 x i32>
  %974 = insertelement <16 x i32> undef, i32 %962, i32 0
  %975 = shufflevector <16 x i32> %974, <16 x i32> undef, <16 x i32> zeroinitializer
  %976 = insertelement <16 x i32> undef, i32 %963, i32 0
  %977 = shufflevector <16 x i32> %976, <16 x i32> undef, <16 x i32> zeroinitializer
  %978 = xor <16 x i32> %973, %951
  %979 = xor <16 x i32> %978, %975
  %980 = xor <16 x i32> %968, %946
  %981 = xor <16 x i32> %980, %977
  %982 = add i32 %962, -1640531527
  %983 = add i32 %963, -1150833019
  %984 = zext <16 x i32> %979 to <16 x i64>
  %985 = mul <16 x i64> %984, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %986 = trunc <16 x i64> %985 to <16 x i32>
  %987 = lshr <16 x i64> %985, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %988 = trunc <16 x i64> %987 to <16 x i32>
  %989 = zext <16 x i32> %981 to <16 x i64>
  %990 = mul <16 x i64> %989, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %991 = trunc <16 x i64> %990 to <16 x i32>
  %992 = lshr <16 x i64> %990, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %993 = trunc <16 x i64> %992 to <16 x i32>
  %994 = insertelement <16 x i32> undef, i32 %982, i32 0
  %995 = shufflevector <16 x i32> %994, <16 x i32> undef, <16 x i32> zeroinitializer
  %996 = insertelement <16 x i32> undef, i32 %983, i32 0
  %997 = shufflevector <16 x i32> %996, <16 x i32> undef, <16 x i32> zeroinitializer
  %998 = xor <16 x i32> %993, %971
  %999 = xor <16 x i32> %998, %995
  %1000 = xor <16 x i32> %988, %966
  %1001 = xor <16 x i32> %1000, %997
  %1002 = add i32 %982, -1640531527
  %1003 = add i32 %983, -1150833019
  %1004 = zext <16 x i32> %999 to <16 x i64>
  %1005 = mul <16 x i64> %1004, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1006 = trunc <16 x i64> %1005 to <16 x i32>
  %1007 = lshr <16 x i64> %1005, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1008 = trunc <16 x i64> %1007 to <16 x i32>
  %1009 = zext <16 x i32> %1001 to <16 x i64>
  %1010 = mul <16 x i64> %1009, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1011 = trunc <16 x i64> %1010 to <16 x i32>
  %1012 = lshr <16 x i64> %1010, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1013 = trunc <16 x i64> %1012 to <16 x i32>
  %1014 = insertelement <16 x i32> undef, i32 %1002, i32 0
  %1015 = shufflevector <16 x i32> %1014, <16 x i32> undef, <16 x i32> zeroinitializer
  %1016 = insertelement <16 x i32> undef, i32 %1003, i32 0
  %1017 = shufflevector <16 x i32> %1016, <16 x i32> undef, <16 x i32> zeroinitializer
  %1018 = xor <16 x i32> %1013, %991
  %1019 = xor <16 x i32> %1018, %1015
  %1020 = xor <16 x i32> %1008, %986
  %1021 = xor <16 x i32> %1020, %1017
  %1022 = add i32 %1002, -1640531527
  %1023 = add i32 %1003, -1150833019
  %1024 = zext <16 x i32> %1019 to <16 x i64>
  %1025 = mul <16 x i64> %1024, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1026 = trunc <16 x i64> %1025 to <16 x i32>
  %1027 = lshr <16 x i64> %1025, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1028 = trunc <16 x i64> %1027 to <16 x i32>
  %1029 = zext <16 x i32> %1021 to <16 x i64>
  %1030 = mul <16 x i64> %1029, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1031 = trunc <16 x i64> %1030 to <16 x i32>
  %1032 = lshr <16 x i64> %1030, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1033 = trunc <16 x i64> %1032 to <16 x i32>
  %1034 = insertelement <16 x i32> undef, i32 %1022, i32 0
  %1035 = shufflevector <16 x i32> %1034, <16 x i32> undef, <16 x i32> zeroinitializer
  %1036 = insertelement <16 x i32> undef, i32 %1023, i32 0
  %1037 = shufflevector <16 x i32> %1036, <16 x i32> undef, <16 x i32> zeroinitializer
  %1038 = xor <16 x i32> %1033, %1011
  %1039 = xor <16 x i32> %1038, %1035
  %1040 = xor <16 x i32> %1028, %1006
  %1041 = xor <16 x i32> %1040, %1037
  %1042 = lshr <16 x i32> %1039, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %1043 = shl <16 x i32> %1042, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1044 = or <16 x i32> %1043, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1045 = sitofp <16 x i32> %1044 to <16 x float>
  %1046 = fmul <16 x float> %1045, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %1047 = lshr <16 x i32> %1031, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %1048 = shl <16 x i32> %1047, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1049 = or <16 x i32> %1048, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1050 = sitofp <16 x i32> %1049 to <16 x float>
  %1051 = fmul <16 x float> %1050, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %1052 = bitcast <16 x float> %1046 to <16 x i32>
  %1053 = lshr <16 x i32> %1052, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1054 = sub <16 x i32> %1053, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1055 = and <16 x i32> %1052, <i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607>
  %1056 = or <16 x i32> %1055, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1057 = icmp uge <16 x i32> %1056, <i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891>
  %1058 = sub <16 x i32> %1056, <i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608>
  %1059 = select <16 x i1> %1057, <16 x i32> %1058, <16 x i32> %1056
  %1060 = add <16 x i32> %1054, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1061 = select <16 x i1> %1057, <16 x i32> %1060, <16 x i32> %1054
  %1062 = bitcast <16 x i32> %1059 to <16 x float>
  %1063 = fsub <16 x float> %1062, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1064 = fadd <16 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1063
  %1065 = fdiv <16 x float> %1063, %1064
  %1066 = fmul <16 x float> %1065, %1065
  %1067 = fmul <16 x float> %1066, <float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000>
  %1068 = fadd <16 x float> <float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000>, %1067
  %1069 = fmul <16 x float> %1066, %1068
  %1070 = fadd <16 x float> <float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000>, %1069
  %1071 = fmul <16 x float> %1066, %1070
  %1072 = fadd <16 x float> <float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000>, %1071
  %1073 = fmul <16 x float> %1066, %1072
  %1074 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1073
  %1075 = fadd <16 x float> %1065, %1065
  %1076 = fmul <16 x float> %1075, %1074
  %1077 = sitofp <16 x i32> %1061 to <16 x float>
  %1078 = fmul <16 x float> %1077, <float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000>
  %1079 = fadd <16 x float> %1076, %1078
  %1080 = fmul <16 x float> %1077, <float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000>
  %ln.u1177 = fadd <16 x float> %1080, %1079
  %1081 = fmul <16 x float> <float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00>, %ln.u1177
  %r178 = call <16 x float> @llvm.sqrt.v16f32(<16 x float> %1081)
  %1082 = fmul <16 x float> %1051, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %1083 = fadd <16 x float> %1082, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %1084 = fsub <16 x float> %1083, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %1085 = fsub <16 x float> %1082, %1084
  %1086 = fmul <16 x float> %1085, %1085
  %1087 = fmul <16 x float> %1086, <float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000>
  %1088 = fadd <16 x float> <float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000>, %1087
  %1089 = fmul <16 x float> %1086, %1088
  %1090 = fadd <16 x float> <float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000>, %1089
  %1091 = fmul <16 x float> %1086, %1090
  %1092 = fadd <16 x float> <float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000>, %1091
  %1093 = fmul <16 x float> %1086, %1092
  %1094 = fadd <16 x float> <float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000>, %1093
  %1095 = fmul <16 x float> %1085, %1094
  %1096 = fmul <16 x float> %1086, <float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000>
  %1097 = fadd <16 x float> <float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000>, %1096
  %1098 = fmul <16 x float> %1086, %1097
  %1099 = fadd <16 x float> <float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000>, %1098
  %1100 = fmul <16 x float> %1086, %1099
  %1101 = fadd <16 x float> <float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000>, %1100
  %1102 = fmul <16 x float> %1086, %1101
  %1103 = fadd <16 x float> <float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000>, %1102
  %1104 = fmul <16 x float> %1086, %1103
  %1105 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1104
  %1106 = fptosi <16 x float> %1084 to <16 x i32>
  %quadrant179 = and <16 x i32> %1106, <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %1107 = and <16 x i32> %quadrant179, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1108 = icmp ne <16 x i32> %1107, zeroinitializer
  %1109 = select <16 x i1> %1108, <16 x float> %1105, <16 x float> %1095
  %1110 = select <16 x i1> %1108, <16 x float> %1095, <16 x float> %1105
  %1111 = and <16 x i32> %quadrant179, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %1112 = icmp ne <16 x i32> %1111, zeroinitializer
  %1113 = add <16 x i32> %quadrant179, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1114 = and <16 x i32> %1113, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %1115 = icmp ne <16 x i32> %1114, zeroinitializer
  %1116 = fneg <16 x float> %1109
  %sin180 = select <16 x i1> %1112, <16 x float> %1116, <16 x float> %1109
  %1117 = fneg <16 x float> %1110
  %cos181 = select <16 x i1> %1115, <16 x float> %1117, <16 x float> %1110
  %1118 = fmul <16 x float> %r178, %cos181
  %1119 = fmul <16 x float> %r178, %sin180
  %1120 = and <16 x i64> %836, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %1121 = icmp ne <16 x i64> %1120, zeroinitializer
  %z182 = select <16 x i1> %1121, <16 x float> %1119, <16 x float> %1118
  %1122 = getelementptr inbounds float, float* %833, i64 0
  %1123 = bitcast float* %1122 to <16 x float>*
  store <16 x float> %z182, <16 x float>* %1123, align 4
  %1124 = add nsw i64 %zrow173, 1
  br label %zrow.head170

zrow.exit172:                                     ; preds = %zrow.head170
  br label %zpro.join169

kt.head190:                                       ; preds = %run.exit209, %zblk.exit158
  %kt193 = phi i64 [ 0, %zblk.exit158 ], [ %1146, %run.exit209 ]
  %1125 = icmp slt i64 %kt193, 4096
  br i1 %1125, label %kt.body191, label %kt.exit192

kt.body191:                                       ; preds = %kt.head190
  %1126 = add i64 %kt193, 256
  %1127 = icmp slt i64 %1126, 4096
  %kend194 = select i1 %1127, i64 %1126, i64 4096
  store i64 0, i64* %nruns189, align 8
  br label %kr.head195

kt.exit192:                                       ; preds = %kt.head190
  br label %eblk.head444

kr.head195:                                       ; preds = %newrun.join204, %kt.body191
  %kr198 = phi i64 [ %kt193, %kt.body191 ], [ %1141, %newrun.join204 ]
  %1128 = icmp slt i64 %kr198, %kend194
  br i1 %1128, label %kr.body196, label %kr.exit197

kr.body196:                                       ; preds = %kr.head195
  %1129 = trunc i64 %kr198 to i32
  %1130 = sext i32 %1129 to i64
  %1131 = getelementptr inbounds i32, i32* %g_idx6, i64 %1130
  %g_idx.raw199 = load i32, i32* %1131, align 4
  %1132 = sext i32 %g_idx.raw199 to i64
  %1133 = trunc i64 %1132 to i32
  %1134 = sext i32 %1133 to i64
  %1135 = load i64, i64* %key0, align 8
  %1136 = icmp ne i64 %1134, %1135
  %key.changed200 = or i1 false, %1136
  store i64 %1134, i64* %key0, align 8
  %1137 = icmp eq i64 %kr198, %kt193
  %run.start201 = or i1 %key.changed200, %1137
  br i1 %run.start201, label %newrun.then202, label %newrun.else203

kr.exit197:                                       ; preds = %kr.head195
  %nruns206 = load i64, i64* %nruns189, align 8
  %1138 = getelementptr inbounds i64, i64* %runs188, i64 %nruns206
  store i64 %kend194, i64* %1138, align 8
  br label %run.head207

newrun.then202:                                   ; preds = %kr.body196
  %n205 = load i64, i64* %nruns189, align 8
  %1139 = getelementptr inbounds i64, i64* %runs188, i64 %n205
  store i64 %kr198, i64* %1139, align 8
  %1140 = add i64 %n205, 1
  store i64 %1140, i64* %nruns189, align 8
  br label %newrun.join204

newrun.else203:                                   ; preds = %kr.body196
  br label %newrun.join204

newrun.join204:                                   ; preds = %newrun.else203, %newrun.then202
  %1141 = add nsw i64 %kr198, 1
  br label %kr.head195

run.head207:                                      ; preds = %fblk.exit412, %kr.exit197
  %run210 = phi i64 [ 0, %kr.exit197 ], [ %1653, %fblk.exit412 ]
  %1142 = icmp slt i64 %run210, %nruns206
  br i1 %1142, label %run.body208, label %run.exit209

run.body208:                                      ; preds = %run.head207
  %1143 = getelementptr inbounds i64, i64* %runs188, i64 %run210
  %ka211 = load i64, i64* %1143, align 8
  %1144 = add i64 %run210, 1
  %1145 = getelementptr inbounds i64, i64* %runs188, i64 %1144
  %kb212 = load i64, i64* %1145, align 8
  br label %hblk.head213

run.exit209:                                      ; preds = %run.head207
  %1146 = add nsw i64 %kt193, 256
  br label %kt.head190

hblk.head213:                                     ; preds = %hblk.body214, %run.body208
  %hblk216 = phi i64 [ 0, %run.body208 ], [ %1261, %hblk.body214 ]
  %1147 = icmp slt i64 %hblk216, %nblk155
  br i1 %1147, label %hblk.body214, label %hblk.exit215

hblk.body214:                                     ; preds = %hblk.head213
  %cb217 = add i64 %chunk, %hblk216
  %c0218 = mul i64 %cb217, 16
  %1148 = icmp slt i64 %c0218, 4080
  %n0219 = select i1 %1148, i64 %c0218, i64 4080
  %lane.lo220 = sub i64 %c0218, %n0219
  %1149 = insertelement <16 x i64> undef, i64 %lane.lo220, i32 0
  %1150 = shufflevector <16 x i64> %1149, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask221 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %1150
  %1151 = mul i64 %hblk216, 2048
  %1152 = add i64 0, %1151
  %zregion222 = getelementptr inbounds i8, i8* %scratch, i64 %1152
  store i1 false, i1* %have_key, align 1
  store <16 x float> zeroinitializer, <16 x float>* %hoist0.pos, align 64
  store <16 x float> zeroinitializer, <16 x float>* %hoist0.neg, align 64
  store <16 x i32> zeroinitializer, <16 x i32>* %hoist1, align 64
  %1153 = trunc i64 %ka211 to i32
  %1154 = sext i32 %1153 to i64
  %1155 = getelementptr inbounds i32, i32* %g_idx6, i64 %1154
  %g_idx.raw223 = load i32, i32* %1155, align 4
  %1156 = sext i32 %g_idx.raw223 to i64
  %1157 = trunc i64 %1156 to i32
  %1158 = sext i32 %1157 to i64
  %1159 = icmp slt i64 %1158, 0
  %1160 = select i1 %1159, i64 0, i64 %1158
  %1161 = icmp slt i64 %1160, 31
  %1162 = select i1 %1161, i64 %1160, i64 31
  %1163 = trunc i64 %n0219 to i32
  %1164 = insertelement <16 x i32> undef, i32 %1163, i32 0
  %1165 = shufflevector <16 x i32> %1164, <16 x i32> undef, <16 x i32> zeroinitializer
  %n224 = add <16 x i32> %1165, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1166 = sext <16 x i32> %n224 to <16 x i64>
  %1167 = mul i64 %1162, 4096
  %1168 = insertelement <16 x i64> undef, i64 %1167, i32 0
  %1169 = shufflevector <16 x i64> %1168, <16 x i64> undef, <16 x i32> zeroinitializer
  %1170 = add <16 x i64> %1166, %1169
  %1171 = sext i32 %1157 to i64
  %1172 = icmp slt i64 %1171, 0
  %1173 = select i1 %1172, i64 0, i64 %1171
  %1174 = icmp slt i64 %1173, 31
  %1175 = select i1 %1174, i64 %1173, i64 31
  %1176 = trunc i64 %n0219 to i32
  %1177 = sext i32 %1176 to i64
  %1178 = mul i64 %1175, 4096
  %1179 = add i64 %1177, %1178
  %1180 = getelementptr inbounds half, half* %scales5, i64 %1179
  %1181 = bitcast half* %1180 to <16 x half>*
  %scales.raw225 = load <16 x half>, <16 x half>* %1181, align 2
  %scales226 = fpext <16 x half> %scales.raw225 to <16 x float>
  %1182 = sext i32 %1157 to i64
  %1183 = icmp slt i64 %1182, 0
  %1184 = select i1 %1183, i64 0, i64 %1182
  %1185 = icmp slt i64 %1184, 31
  %1186 = select i1 %1185, i64 %1184, i64 31
  %1187 = add i64 0, %1186
  %1188 = getelementptr inbounds i8, i8* %zregion222, i64 0
  %zbuf227 = bitcast i8* %1188 to float*
  %1189 = mul i64 %1187, 16
  %1190 = getelementptr inbounds float, float* %zbuf227, i64 %1189
  %1191 = bitcast float* %1190 to <16 x float>*
  %z.buf228 = load <16 x float>, <16 x float>* %1191, align 4
  %z229 = select i1 %perturbed, <16 x float> %z.buf228, <16 x float> zeroinitializer
  %1192 = insertelement <16 x float> undef, float %eps.pos, i32 0
  %1193 = shufflevector <16 x float> %1192, <16 x float> undef, <16 x i32> zeroinitializer
  %1194 = fmul <16 x float> %1193, %z229
  %scales.pos230 = fadd <16 x float> %scales226, %1194
  store <16 x float> %scales.pos230, <16 x float>* %hoist0.pos, align 64
  %1195 = sext i32 %1157 to i64
  %1196 = icmp slt i64 %1195, 0
  %1197 = select i1 %1196, i64 0, i64 %1195
  %1198 = icmp slt i64 %1197, 31
  %1199 = select i1 %1198, i64 %1197, i64 31
  %1200 = sext <16 x i32> %n224 to <16 x i64>
  %1201 = mul i64 %1199, 4096
  %1202 = insertelement <16 x i64> undef, i64 %1201, i32 0
  %1203 = shufflevector <16 x i64> %1202, <16 x i64> undef, <16 x i32> zeroinitializer
  %1204 = add <16 x i64> %1200, %1203
  %1205 = sext i32 %1157 to i64
  %1206 = icmp slt i64 %1205, 0
  %1207 = select i1 %1206, i64 0, i64 %1205
  %1208 = icmp slt i64 %1207, 31
  %1209 = select i1 %1208, i64 %1207, i64 31
  %1210 = sext i32 %1176 to i64
  %1211 = mul i64 %1209, 4096
  %1212 = add i64 %1210, %1211
  %1213 = getelementptr inbounds half, half* %scales5, i64 %1212
  %1214 = bitcast half* %1213 to <16 x half>*
  %scales.raw231 = load <16 x half>, <16 x half>* %1214, align 2
  %scales232 = fpext <16 x half> %scales.raw231 to <16 x float>
  %1215 = insertelement <16 x float> undef, float %eps.neg, i32 0
  %1216 = shufflevector <16 x float> %1215, <16 x float> undef, <16 x i32> zeroinitializer
  %1217 = fmul <16 x float> %1216, %z229
  %scales.neg233 = fadd <16 x float> %scales232, %1217
  store <16 x float> %scales.neg233, <16 x float>* %hoist0.neg, align 64
  %1218 = trunc i64 %n0219 to i32
  %1219 = insertelement <16 x i32> undef, i32 %1218, i32 0
  %1220 = shufflevector <16 x i32> %1219, <16 x i32> undef, <16 x i32> zeroinitializer
  %n234 = add <16 x i32> %1220, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1221 = mul <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>, %n234
  %1222 = sext <16 x i32> %1221 to <16 x i64>
  %word235 = ashr <16 x i64> %1222, <i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5>
  %bitpos236 = and <16 x i64> %1222, <i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31>
  %1223 = trunc i64 %ka211 to i32
  %1224 = sext i32 %1223 to i64
  %1225 = getelementptr inbounds i32, i32* %g_idx6, i64 %1224
  %g_idx.raw237 = load i32, i32* %1225, align 4
  %1226 = sext i32 %g_idx.raw237 to i64
  %1227 = trunc i64 %1226 to i32
  %1228 = sext i32 %1227 to i64
  %1229 = icmp slt i64 %1228, 0
  %1230 = select i1 %1229, i64 0, i64 %1228
  %1231 = icmp slt i64 %1230, 31
  %1232 = select i1 %1231, i64 %1230, i64 31
  %1233 = mul i64 %1232, 512
  %1234 = insertelement <16 x i64> undef, i64 %1233, i32 0
  %1235 = shufflevector <16 x i64> %1234, <16 x i64> undef, <16 x i32> zeroinitializer
  %1236 = add <16 x i64> %word235, %1235
  %1237 = getelementptr inbounds i32, i32* %qzeros4, <16 x i64> %1236
  %qzeros.word238 = call <16 x i32> @llvm.masked.gather.v16i32.v16p0i32(<16 x i32*> %1237, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i32> undef)
  %1238 = trunc <16 x i64> %bitpos236 to <16 x i32>
  %1239 = lshr <16 x i32> %qzeros.word238, %1238
  %qzeros.bits239 = and <16 x i32> %1239, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %1240 = add <16 x i32> %qzeros.bits239, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1241 = urem <16 x i32> %1240, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  store <16 x i32> %1241, <16 x i32>* %hoist1, align 64
  %1242 = mul i64 %hblk216, 192
  %1243 = add i64 329792, %1242
  %hstate240 = getelementptr inbounds i8, i8* %scratch, i64 %1243
  %1244 = getelementptr inbounds i8, i8* %hstate240, i64 0
  %1245 = bitcast i8* %1244 to <16 x float>*
  %1246 = load <16 x float>, <16 x float>* %hoist0.pos, align 64
  store <16 x float> %1246, <16 x float>* %1245, align 4
  %1247 = getelementptr inbounds i8, i8* %hstate240, i64 64
  %1248 = bitcast i8* %1247 to <16 x float>*
  %1249 = load <16 x float>, <16 x float>* %hoist0.neg, align 64
  store <16 x float> %1249, <16 x float>* %1248, align 4
  %1250 = getelementptr inbounds i8, i8* %hstate240, i64 128
  %1251 = bitcast i8* %1250 to <16 x i32>*
  %1252 = load <16 x i32>, <16 x i32>* %hoist1, align 64
  store <16 x i32> %1252, <16 x i32>* %1251, align 4
  %dvec241 = getelementptr inbounds i8, i8* %scratch, i64 294912
  %dvec242 = bitcast i8* %dvec241 to float*
  %1253 = add i64 0, %hblk216
  %1254 = mul i64 %1253, 16
  %1255 = getelementptr inbounds float, float* %dvec242, i64 %1254
  %1256 = bitcast float* %1255 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %1256, align 4
  %dvec243 = getelementptr inbounds i8, i8* %scratch, i64 294912
  %dvec244 = bitcast i8* %dvec243 to float*
  %1257 = add i64 128, %hblk216
  %1258 = mul i64 %1257, 16
  %1259 = getelementptr inbounds float, float* %dvec244, i64 %1258
  %1260 = bitcast float* %1259 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %1260, align 4
  %1261 = add nsw i64 %hblk216, 1
  br label %hblk.head213

hblk.exit215:                                     ; preds = %hblk.head213
  br label %ks.head245

ks.head245:                                       ; preds = %sblk.exit253, %hblk.exit215
  %ks248 = phi i64 [ %ka211, %hblk.exit215 ], [ %1294, %sblk.exit253 ]
  %1262 = icmp slt i64 %ks248, %kb212
  br i1 %1262, label %ks.body246, label %ks.exit247

ks.body246:                                       ; preds = %ks.head245
  %1263 = add i64 %ks248, 8
  %1264 = icmp slt i64 %1263, %kb212
  %ke249 = select i1 %1264, i64 %1263, i64 %kb212
  %1265 = sub i64 %ke249, %ks248
  %full250 = icmp eq i64 %1265, 8
  br label %sblk.head251

ks.exit247:                                       ; preds = %ks.head245
  store float 0.000000e+00, float* %xsum394, align 4
  br label %kx.head395

sblk.head251:                                     ; preds = %kstep.join268, %ks.body246
  %sblk254 = phi i64 [ 0, %ks.body246 ], [ %1567, %kstep.join268 ]
  %1266 = icmp slt i64 %sblk254, %nblk155
  br i1 %1266, label %sblk.body252, label %sblk.exit253

sblk.body252:                                     ; preds = %sblk.head251
  %cb255 = add i64 %chunk, %sblk254
  %c0256 = mul i64 %cb255, 16
  %1267 = icmp slt i64 %c0256, 4080
  %n0257 = select i1 %1267, i64 %c0256, i64 4080
  %lane.lo258 = sub i64 %c0256, %n0257
  %1268 = insertelement <16 x i64> undef, i64 %lane.lo258, i32 0
  %1269 = shufflevector <16 x i64> %1268, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask259 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %1269
  %1270 = mul i64 %sblk254, 2048
  %1271 = add i64 0, %1270
  %zregion260 = getelementptr inbounds i8, i8* %scratch, i64 %1271
  %1272 = mul i64 %sblk254, 192
  %1273 = add i64 329792, %1272
  %hstate261 = getelementptr inbounds i8, i8* %scratch, i64 %1273
  %1274 = getelementptr inbounds i8, i8* %hstate261, i64 0
  %1275 = bitcast i8* %1274 to <16 x float>*
  %hoist.state262 = load <16 x float>, <16 x float>* %1275, align 4
  store <16 x float> %hoist.state262, <16 x float>* %hoist0.pos, align 64
  %1276 = getelementptr inbounds i8, i8* %hstate261, i64 64
  %1277 = bitcast i8* %1276 to <16 x float>*
  %hoist.state263 = load <16 x float>, <16 x float>* %1277, align 4
  store <16 x float> %hoist.state263, <16 x float>* %hoist0.neg, align 64
  %1278 = getelementptr inbounds i8, i8* %hstate261, i64 128
  %1279 = bitcast i8* %1278 to <16 x i32>*
  %hoist.state264 = load <16 x i32>, <16 x i32>* %1279, align 4
  store <16 x i32> %hoist.state264, <16 x i32>* %hoist1, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.0149, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.1150, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.2151, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.3152, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain1.0, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain1.1, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain1.2, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain1.3, align 64
  %1280 = add i64 %ks248, 16
  %1281 = icmp slt i64 %1280, 4095
  %kpre265 = select i1 %1281, i64 %1280, i64 4095
  %1282 = trunc i64 %kpre265 to i32
  %1283 = mul i32 4, %1282
  %1284 = sext i32 %1283 to i64
  %1285 = sdiv i64 %1284, 32
  %1286 = trunc i64 %n0257 to i32
  %1287 = sext i32 %1286 to i64
  %1288 = mul i64 %1285, 4096
  %1289 = add i64 %1287, %1288
  %1290 = icmp slt i64 %1289, 2097151
  %1291 = select i1 %1290, i64 %1289, i64 2097151
  %1292 = getelementptr inbounds i32, i32* %qweight3, i64 %1291
  %1293 = bitcast i32* %1292 to i8*
  call void @llvm.prefetch.p0i8(i8* %1293, i32 0, i32 3, i32 1)
  br i1 %full250, label %kstep.then266, label %kstep.else267

sblk.exit253:                                     ; preds = %sblk.head251
  %1294 = add nsw i64 %ks248, 8
  br label %ks.head245

kstep.then266:                                    ; preds = %sblk.body252
  %k269 = add i64 %ks248, 0
  %1295 = trunc i64 %k269 to i32
  %1296 = mul i32 4, %1295
  %1297 = sext i32 %1296 to i64
  %word270 = ashr i64 %1297, 5
  %bitpos271 = and i64 %1297, 31
  %1298 = trunc i64 %n0257 to i32
  %1299 = insertelement <16 x i32> undef, i32 %1298, i32 0
  %1300 = shufflevector <16 x i32> %1299, <16 x i32> undef, <16 x i32> zeroinitializer
  %n272 = add <16 x i32> %1300, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1301 = sext <16 x i32> %n272 to <16 x i64>
  %1302 = mul i64 %word270, 4096
  %1303 = insertelement <16 x i64> undef, i64 %1302, i32 0
  %1304 = shufflevector <16 x i64> %1303, <16 x i64> undef, <16 x i32> zeroinitializer
  %1305 = add <16 x i64> %1301, %1304
  %1306 = trunc i64 %n0257 to i32
  %1307 = sext i32 %1306 to i64
  %1308 = mul i64 %word270, 4096
  %1309 = add i64 %1307, %1308
  %1310 = getelementptr inbounds i32, i32* %qweight3, i64 %1309
  %1311 = bitcast i32* %1310 to <16 x i32>*
  %qweight.word273 = load <16 x i32>, <16 x i32>* %1311, align 4
  %1312 = trunc i64 %bitpos271 to i32
  %1313 = insertelement <16 x i32> undef, i32 %1312, i32 0
  %1314 = shufflevector <16 x i32> %1313, <16 x i32> undef, <16 x i32> zeroinitializer
  %1315 = lshr <16 x i32> %qweight.word273, %1314
  %qweight.bits274 = and <16 x i32> %1315, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %1316 = sitofp <16 x i32> %qweight.bits274 to <16 x float>
  %1317 = load <16 x float>, <16 x float>* %chain0.0149, align 64
  %1318 = mul i64 %m147, 4096
  %1319 = add i64 %1318, %k269
  %1320 = getelementptr inbounds float, float* %x1, i64 %1319
  %x275 = load float, float* %1320, align 4
  %1321 = insertelement <16 x float> undef, float %x275, i32 0
  %x.v276 = shufflevector <16 x float> %1321, <16 x float> undef, <16 x i32> zeroinitializer
  %part277 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v276, <16 x float> %1316, <16 x float> %1317)
  store <16 x float> %part277, <16 x float>* %chain0.0149, align 64
  %1322 = load <16 x float>, <16 x float>* %chain1.0, align 64
  %1323 = mul i64 %m153, 4096
  %1324 = add i64 %1323, %k269
  %1325 = getelementptr inbounds float, float* %x1, i64 %1324
  %x278 = load float, float* %1325, align 4
  %1326 = insertelement <16 x float> undef, float %x278, i32 0
  %x.v279 = shufflevector <16 x float> %1326, <16 x float> undef, <16 x i32> zeroinitializer
  %part280 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v279, <16 x float> %1316, <16 x float> %1322)
  store <16 x float> %part280, <16 x float>* %chain1.0, align 64
  %k281 = add i64 %ks248, 1
  %1327 = trunc i64 %k281 to i32
  %1328 = mul i32 4, %1327
  %1329 = sext i32 %1328 to i64
  %word282 = ashr i64 %1329, 5
  %bitpos283 = and i64 %1329, 31
  %1330 = trunc i64 %n0257 to i32
  %1331 = insertelement <16 x i32> undef, i32 %1330, i32 0
  %1332 = shufflevector <16 x i32> %1331, <16 x i32> undef, <16 x i32> zeroinitializer
  %n284 = add <16 x i32> %1332, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1333 = sext <16 x i32> %n284 to <16 x i64>
  %1334 = mul i64 %word282, 4096
  %1335 = insertelement <16 x i64> undef, i64 %1334, i32 0
  %1336 = shufflevector <16 x i64> %1335, <16 x i64> undef, <16 x i32> zeroinitializer
  %1337 = add <16 x i64> %1333, %1336
  %1338 = trunc i64 %n0257 to i32
  %1339 = sext i32 %1338 to i64
  %1340 = mul i64 %word282, 4096
  %1341 = add i64 %1339, %1340
  %1342 = getelementptr inbounds i32, i32* %qweight3, i64 %1341
  %1343 = bitcast i32* %1342 to <16 x i32>*
  %qweight.word285 = load <16 x i32>, <16 x i32>* %1343, align 4
  %1344 = trunc i64 %bitpos283 to i32
  %1345 = insertelement <16 x i32> undef, i32 %1344, i32 0
  %1346 = shufflevector <16 x i32> %1345, <16 x i32> undef, <16 x i32> zeroinitializer
  %1347 = lshr <16 x i32> %qweight.word285, %1346
  %qweight.bits286 = and <16 x i32> %1347, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %1348 = sitofp <16 x i32> %qweight.bits286 to <16 x float>
  %1349 = load <16 x float>, <16 x float>* %chain0.1150, align 64
  %1350 = mul i64 %m147, 4096
  %1351 = add i64 %1350, %k281
  %1352 = getelementptr inbounds float, float* %x1, i64 %1351
  %x287 = load float, float* %1352, align 4
  %1353 = insertelement <16 x float> undef, float %x287, i32 0
  %x.v288 = shufflevector <16 x float> %1353, <16 x float> undef, <16 x i32> zeroinitializer
  %part289 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v288, <16 x float> %1348, <16 x float> %1349)
  store <16 x float> %part289, <16 x float>* %chain0.1150, align 64
  %1354 = load <16 x float>, <16 x float>* %chain1.1, align 64
  %1355 = mul i64 %m153, 4096
  %1356 = add i64 %1355, %k281
  %1357 = getelementptr inbounds float, float* %x1, i64 %1356
  %x290 = load float, float* %1357, align 4
  %1358 = insertelement <16 x float> undef, float %x290, i32 0
  %x.v291 = shufflevector <16 x float> %1358, <16 x float> undef, <16 x i32> zeroinitializer
  %part292 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v291, <16 x float> %1348, <16 x float> %1354)
  store <16 x float> %part292, <16 x float>* %chain1.1, align 64
  %k293 = add i64 %ks248, 2
  %1359 = trunc i64 %k293 to i32
  %1360 = mul i32 4, %1359
  %1361 = sext i32 %1360 to i64
  %word294 = ashr i64 %1361, 5
  %bitpos295 = and i64 %1361, 31
  %1362 = trunc i64 %n0257 to i32
  %1363 = insertelement <16 x i32> undef, i32 %1362, i32 0
  %1364 = shufflevector <16 x i32> %1363, <16 x i32> undef, <16 x i32> zeroinitializer
  %n296 = add <16 x i32> %1364, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1365 = sext <16 x i32> %n296 to <16 x i64>
  %1366 = mul i64 %word294, 4096
  %1367 = insertelement <16 x i64> undef, i64 %1366, i32 0
  %1368 = shufflevector <16 x i64> %1367, <16 x i64> undef, <16 x i32> zeroinitializer
  %1369 = add <16 x i64> %1365, %1368
  %1370 = trunc i64 %n0257 to i32
  %1371 = sext i32 %1370 to i64
  %1372 = mul i64 %word294, 4096
  %1373 = add i64 %1371, %1372
  %1374 = getelementptr inbounds i32, i32* %qweight3, i64 %1373
  %1375 = bitcast i32* %1374 to <16 x i32>*
  %qweight.word297 = load <16 x i32>, <16 x i32>* %1375, align 4
  %1376 = trunc i64 %bitpos295 to i32
  %1377 = insertelement <16 x i32> undef, i32 %1376, i32 0
  %1378 = shufflevector <16 x i32> %1377, <16 x i32> undef, <16 x i32> zeroinitializer
  %1379 = lshr <16 x i32> %qweight.word297, %1378
  %qweight.bits298 = and <16 x i32> %1379, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %1380 = sitofp <16 x i32> %qweight.bits298 to <16 x float>
  %1381 = load <16 x float>, <16 x float>* %chain0.2151, align 64
  %1382 = mul i64 %m147, 4096
  %1383 = add i64 %1382, %k293
  %1384 = getelementptr inbounds float, float* %x1, i64 %1383
  %x299 = load float, float* %1384, align 4
  %1385 = insertelement <16 x float> undef, float %x299, i32 0
  %x.v300 = shufflevector <16 x float> %1385, <16 x float> undef, <16 x i32> zeroinitializer
  %part301 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v300, <16 x float> %1380, <16 x float> %1381)
  store <16 x float> %part301, <16 x float>* %chain0.2151, align 64
  %1386 = load <16 x float>, <16 x float>* %chain1.2, align 64
  %1387 = mul i64 %m153, 4096
  %1388 = add i64 %1387, %k293
  %1389 = getelementptr inbounds float, float* %x1, i64 %1388
  %x302 = load float, float* %1389, align 4
  %1390 = insertelement <16 x float> undef, float %x302, i32 0
  %x.v303 = shufflevector <16 x float> %1390, <16 x float> undef, <16 x i32> zeroinitializer
  %part304 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v303, <16 x float> %1380, <16 x float> %1386)
  store <16 x float> %part304, <16 x float>* %chain1.2, align 64
  %k305 = add i64 %ks248, 3
  %1391 = trunc i64 %k305 to i32
  %1392 = mul i32 4, %1391
  %1393 = sext i32 %1392 to i64
  %word306 = ashr i64 %1393, 5
  %bitpos307 = and i64 %1393, 31
  %1394 = trunc i64 %n0257 to i32
  %1395 = insertelement <16 x i32> undef, i32 %1394, i32 0
  %1396 = shufflevector <16 x i32> %1395, <16 x i32> undef, <16 x i32> zeroinitializer
  %n308 = add <16 x i32> %1396, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1397 = sext <16 x i32> %n308 to <16 x i64>
  %1398 = mul i64 %word306, 4096
  %1399 = insertelement <16 x i64> undef, i64 %1398, i32 0
  %1400 = shufflevector <16 x i64> %1399, <16 x i64> undef, <16 x i32> zeroinitializer
  %1401 = add <16 x i64> %1397, %1400
  %1402 = trunc i64 %n0257 to i32
  %1403 = sext i32 %1402 to i64
  %1404 = mul i64 %word306, 4096
  %1405 = add i64 %1403, %1404
  %1406 = getelementptr inbounds i32, i32* %qweight3, i64 %1405
  %1407 = bitcast i32* %1406 to <16 x i32>*
  %qweight.word309 = load <16 x i32>, <16 x i32>* %1407, align 4
  %1408 = trunc i64 %bitpos307 to i32
  %1409 = insertelement <16 x i32> undef, i32 %1408, i32 0
  %1410 = shufflevector <16 x i32> %1409, <16 x i32> undef, <16 x i32> zeroinitializer
  %1411 = lshr <16 x i32> %qweight.word309, %1410
  %qweight.bits310 = and <16 x i32> %1411, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %1412 = sitofp <16 x i32> %qweight.bits310 to <16 x float>
  %1413 = load <16 x float>, <16 x float>* %chain0.3152, align 64
  %1414 = mul i64 %m147, 4096
  %1415 = add i64 %1414, %k305
  %1416 = getelementptr inbounds float, float* %x1, i64 %1415
  %x311 = load float, float* %1416, align 4
  %1417 = insertelement <16 x float> undef, float %x311, i32 0
  %x.v312 = shufflevector <16 x float> %1417, <16 x float> undef, <16 x i32> zeroinitializer
  %part313 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v312, <16 x float> %1412, <16 x float> %1413)
  store <16 x float> %part313, <16 x float>* %chain0.3152, align 64
  %1418 = load <16 x float>, <16 x float>* %chain1.3, align 64
  %1419 = mul i64 %m153, 4096
  %1420 = add i64 %1419, %k305
  %1421 = getelementptr inbounds float, float* %x1, i64 %1420
  %x314 = load float, float* %1421, align 4
  %1422 = insertelement <16 x float> undef, float %x314, i32 0
  %x.v315 = shufflevector <16 x float> %1422, <16 x float> undef, <16 x i32> zeroinitializer
  %part316 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v315, <16 x float> %1412, <16 x float> %1418)
  store <16 x float> %part316, <16 x float>* %chain1.3, align 64
  %k317 = add i64 %ks248, 4
  %1423 = trunc i64 %k317 to i32
  %1424 = mul i32 4, %1423
  %1425 = sext i32 %1424 to i64
  %word318 = ashr i64 %1425, 5
  %bitpos319 = and i64 %1425, 31
  %1426 = trunc i64 %n0257 to i32
  %1427 = insertelement <16 x i32> undef, i32 %1426, i32 0
  %1428 = shufflevector <16 x i32> %1427, <16 x i32> undef, <16 x i32> zeroinitializer
  %n320 = add <16 x i32> %1428, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1429 = sext <16 x i32> %n320 to <16 x i64>
  %1430 = mul i64 %word318, 4096
  %1431 = insertelement <16 x i64> undef, i64 %1430, i32 0
  %1432 = shufflevector <16 x i64> %1431, <16 x i64> undef, <16 x i32> zeroinitializer
  %1433 = add <16 x i64> %1429, %1432
  %1434 = trunc i64 %n0257 to i32
  %1435 = sext i32 %1434 to i64
  %1436 = mul i64 %word318, 4096
  %1437 = add i64 %1435, %1436
  %1438 = getelementptr inbounds i32, i32* %qweight3, i64 %1437
  %1439 = bitcast i32* %1438 to <16 x i32>*
  %qweight.word321 = load <16 x i32>, <16 x i32>* %1439, align 4
  %1440 = trunc i64 %bitpos319 to i32
  %1441 = insertelement <16 x i32> undef, i32 %1440, i32 0
  %1442 = shufflevector <16 x i32> %1441, <16 x i32> undef, <16 x i32> zeroinitializer
  %1443 = lshr <16 x i32> %qweight.word321, %1442
  %qweight.bits322 = and <16 x i32> %1443, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %1444 = sitofp <16 x i32> %qweight.bits322 to <16 x float>
  %1445 = load <16 x float>, <16 x float>* %chain0.0149, align 64
  %1446 = mul i64 %m147, 4096
  %1447 = add i64 %1446, %k317
  %1448 = getelementptr inbounds float, float* %x1, i64 %1447
  %x323 = load float, float* %1448, align 4
  %1449 = insertelement <16 x float> undef, float %x323, i32 0
  %x.v324 = shufflevector <16 x float> %1449, <16 x float> undef, <16 x i32> zeroinitializer
  %part325 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v324, <16 x float> %1444, <16 x float> %1445)
  store <16 x float> %part325, <16 x float>* %chain0.0149, align 64
  %1450 = load <16 x float>, <16 x float>* %chain1.0, align 64
  %1451 = mul i64 %m153, 4096
  %1452 = add i64 %1451, %k317
  %1453 = getelementptr inbounds float, float* %x1, i64 %1452
  %x326 = load float, float* %1453, align 4
  %1454 = insertelement <16 x float> undef, float %x326, i32 0
  %x.v327 = shufflevector <16 x float> %1454, <16 x float> undef, <16 x i32> zeroinitializer
  %part328 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v327, <16 x float> %1444, <16 x float> %1450)
  store <16 x float> %part328, <16 x float>* %chain1.0, align 64
  %k329 = add i64 %ks248, 5
  %1455 = trunc i64 %k329 to i32
  %1456 = mul i32 4, %1455
  %1457 = sext i32 %1456 to i64
  %word330 = ashr i64 %1457, 5
  %bitpos331 = and i64 %1457, 31
  %1458 = trunc i64 %n0257 to i32
  %1459 = insertelement <16 x i32> undef, i32 %1458, i32 0
  %1460 = shufflevector <16 x i32> %1459, <16 x i32> undef, <16 x i32> zeroinitializer
  %n332 = add <16 x i32> %1460, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1461 = sext <16 x i32> %n332 to <16 x i64>
  %1462 = mul i64 %word330, 4096
  %1463 = insertelement <16 x i64> undef, i64 %1462, i32 0
  %1464 = shufflevector <16 x i64> %1463, <16 x i64> undef, <16 x i32> zeroinitializer
  %1465 = add <16 x i64> %1461, %1464
  %1466 = trunc i64 %n0257 to i32
  %1467 = sext i32 %1466 to i64
  %1468 = mul i64 %word330, 4096
  %1469 = add i64 %1467, %1468
  %1470 = getelementptr inbounds i32, i32* %qweight3, i64 %1469
  %1471 = bitcast i32* %1470 to <16 x i32>*
  %qweight.word333 = load <16 x i32>, <16 x i32>* %1471, align 4
  %1472 = trunc i64 %bitpos331 to i32
  %1473 = insertelement <16 x i32> undef, i32 %1472, i32 0
  %1474 = shufflevector <16 x i32> %1473, <16 x i32> undef, <16 x i32> zeroinitializer
  %1475 = lshr <16 x i32> %qweight.word333, %1474
  %qweight.bits334 = and <16 x i32> %1475, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %1476 = sitofp <16 x i32> %qweight.bits334 to <16 x float>
  %1477 = load <16 x float>, <16 x float>* %chain0.1150, align 64
  %1478 = mul i64 %m147, 4096
  %1479 = add i64 %1478, %k329
  %1480 = getelementptr inbounds float, float* %x1, i64 %1479
  %x335 = load float, float* %1480, align 4
  %1481 = insertelement <16 x float> undef, float %x335, i32 0
  %x.v336 = shufflevector <16 x float> %1481, <16 x float> undef, <16 x i32> zeroinitializer
  %part337 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v336, <16 x float> %1476, <16 x float> %1477)
  store <16 x float> %part337, <16 x float>* %chain0.1150, align 64
  %1482 = load <16 x float>, <16 x float>* %chain1.1, align 64
  %1483 = mul i64 %m153, 4096
  %1484 = add i64 %1483, %k329
  %1485 = getelementptr inbounds float, float* %x1, i64 %1484
  %x338 = load float, float* %1485, align 4
  %1486 = insertelement <16 x float> undef, float %x338, i32 0
  %x.v339 = shufflevector <16 x float> %1486, <16 x float> undef, <16 x i32> zeroinitializer
  %part340 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v339, <16 x float> %1476, <16 x float> %1482)
  store <16 x float> %part340, <16 x float>* %chain1.1, align 64
  %k341 = add i64 %ks248, 6
  %1487 = trunc i64 %k341 to i32
  %1488 = mul i32 4, %1487
  %1489 = sext i32 %1488 to i64
  %word342 = ashr i64 %1489, 5
  %bitpos343 = and i64 %1489, 31
  %1490 = trunc i64 %n0257 to i32
  %1491 = insertelement <16 x i32> undef, i32 %1490, i32 0
  %1492 = shufflevector <16 x i32> %1491, <16 x i32> undef, <16 x i32> zeroinitializer
  %n344 = add <16 x i32> %1492, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1493 = sext <16 x i32> %n344 to <16 x i64>
  %1494 = mul i64 %word342, 4096
  %1495 = insertelement <16 x i64> undef, i64 %1494, i32 0
  %1496 = shufflevector <16 x i64> %1495, <16 x i64> undef, <16 x i32> zeroinitializer
  %1497 = add <16 x i64> %1493, %1496
  %1498 = trunc i64 %n0257 to i32
  %1499 = sext i32 %1498 to i64
  %1500 = mul i64 %word342, 4096
  %1501 = add i64 %1499, %1500
  %1502 = getelementptr inbounds i32, i32* %qweight3, i64 %1501
  %1503 = bitcast i32* %1502 to <16 x i32>*
  %qweight.word345 = load <16 x i32>, <16 x i32>* %1503, align 4
  %1504 = trunc i64 %bitpos343 to i32
  %1505 = insertelement <16 x i32> undef, i32 %1504, i32 0
  %1506 = shufflevector <16 x i32> %1505, <16 x i32> undef, <16 x i32> zeroinitializer
  %1507 = lshr <16 x i32> %qweight.word345, %1506
  %qweight.bits346 = and <16 x i32> %1507, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %1508 = sitofp <16 x i32> %qweight.bits346 to <16 x float>
  %1509 = load <16 x float>, <16 x float>* %chain0.2151, align 64
  %1510 = mul i64 %m147, 4096
  %1511 = add i64 %1510, %k341
  %1512 = getelementptr inbounds float, float* %x1, i64 %1511
  %x347 = load float, float* %1512, align 4
  %1513 = insertelement <16 x float> undef, float %x347, i32 0
  %x.v348 = shufflevector <16 x float> %1513, <16 x float> undef, <16 x i32> zeroinitializer
  %part349 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v348, <16 x float> %1508, <16 x float> %1509)
  store <16 x float> %part349, <16 x float>* %chain0.2151, align 64
  %1514 = load <16 x float>, <16 x float>* %chain1.2, align 64
  %1515 = mul i64 %m153, 4096
  %1516 = add i64 %1515, %k341
  %1517 = getelementptr inbounds float, float* %x1, i64 %1516
  %x350 = load float, float* %1517, align 4
  %1518 = insertelement <16 x float> undef, float %x350, i32 0
  %x.v351 = shufflevector <16 x float> %1518, <16 x float> undef, <16 x i32> zeroinitializer
  %part352 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v351, <16 x float> %1508, <16 x float> %1514)
  store <16 x float> %part352, <16 x float>* %chain1.2, align 64
  %k353 = add i64 %ks248, 7
  %1519 = trunc i64 %k353 to i32
  %1520 = mul i32 4, %1519
  %1521 = sext i32 %1520 to i64
  %word354 = ashr i64 %1521, 5
  %bitpos355 = and i64 %1521, 31
  %1522 = trunc i64 %n0257 to i32
  %1523 = insertelement <16 x i32> undef, i32 %1522, i32 0
  %1524 = shufflevector <16 x i32> %1523, <16 x i32> undef, <16 x i32> zeroinitializer
  %n356 = add <16 x i32> %1524, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1525 = sext <16 x i32> %n356 to <16 x i64>
  %1526 = mul i64 %word354, 4096
  %1527 = insertelement <16 x i64> undef, i64 %1526, i32 0
  %1528 = shufflevector <16 x i64> %1527, <16 x i64> undef, <16 x i32> zeroinitializer
  %1529 = add <16 x i64> %1525, %1528
  %1530 = trunc i64 %n0257 to i32
  %1531 = sext i32 %1530 to i64
  %1532 = mul i64 %word354, 4096
  %1533 = add i64 %1531, %1532
  %1534 = getelementptr inbounds i32, i32* %qweight3, i64 %1533
  %1535 = bitcast i32* %1534 to <16 x i32>*
  %qweight.word357 = load <16 x i32>, <16 x i32>* %1535, align 4
  %1536 = trunc i64 %bitpos355 to i32
  %1537 = insertelement <16 x i32> undef, i32 %1536, i32 0
  %1538 = shufflevector <16 x i32> %1537, <16 x i32> undef, <16 x i32> zeroinitializer
  %1539 = lshr <16 x i32> %qweight.word357, %1538
  %qweight.bits358 = and <16 x i32> %1539, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %1540 = sitofp <16 x i32> %qweight.bits358 to <16 x float>
  %1541 = load <16 x float>, <16 x float>* %chain0.3152, align 64
  %1542 = mul i64 %m147, 4096
  %1543 = add i64 %1542, %k353
  %1544 = getelementptr inbounds float, float* %x1, i64 %1543
  %x359 = load float, float* %1544, align 4
  %1545 = insertelement <16 x float> undef, float %x359, i32 0
  %x.v360 = shufflevector <16 x float> %1545, <16 x float> undef, <16 x i32> zeroinitializer
  %part361 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v360, <16 x float> %1540, <16 x float> %1541)
  store <16 x float> %part361, <16 x float>* %chain0.3152, align 64
  %1546 = load <16 x float>, <16 x float>* %chain1.3, align 64
  %1547 = mul i64 %m153, 4096
  %1548 = add i64 %1547, %k353
  %1549 = getelementptr inbounds float, float* %x1, i64 %1548
  %x362 = load float, float* %1549, align 4
  %1550 = insertelement <16 x float> undef, float %x362, i32 0
  %x.v363 = shufflevector <16 x float> %1550, <16 x float> undef, <16 x i32> zeroinitializer
  %part364 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v363, <16 x float> %1540, <16 x float> %1546)
  store <16 x float> %part364, <16 x float>* %chain1.3, align 64
  br label %kstep.join268

kstep.else267:                                    ; preds = %sblk.body252
  br label %k.head365

kstep.join268:                                    ; preds = %k.exit367, %kstep.then266
  %dvec380 = getelementptr inbounds i8, i8* %scratch, i64 294912
  %dvec381 = bitcast i8* %dvec380 to float*
  %1551 = add i64 0, %sblk254
  %1552 = mul i64 %1551, 16
  %1553 = getelementptr inbounds float, float* %dvec381, i64 %1552
  %1554 = bitcast float* %1553 to <16 x float>*
  %part382 = load <16 x float>, <16 x float>* %1554, align 4
  %1555 = load <16 x float>, <16 x float>* %chain0.0149, align 64
  %part383 = fadd <16 x float> %part382, %1555
  %1556 = load <16 x float>, <16 x float>* %chain0.1150, align 64
  %part384 = fadd <16 x float> %part383, %1556
  %1557 = load <16 x float>, <16 x float>* %chain0.2151, align 64
  %part385 = fadd <16 x float> %part384, %1557
  %1558 = load <16 x float>, <16 x float>* %chain0.3152, align 64
  %part386 = fadd <16 x float> %part385, %1558
  store <16 x float> %part386, <16 x float>* %1554, align 4
  %dvec387 = getelementptr inbounds i8, i8* %scratch, i64 294912
  %dvec388 = bitcast i8* %dvec387 to float*
  %1559 = add i64 128, %sblk254
  %1560 = mul i64 %1559, 16
  %1561 = getelementptr inbounds float, float* %dvec388, i64 %1560
  %1562 = bitcast float* %1561 to <16 x float>*
  %part389 = load <16 x float>, <16 x float>* %1562, align 4
  %1563 = load <16 x float>, <16 x float>* %chain1.0, align 64
  %part390 = fadd <16 x float> %part389, %1563
  %1564 = load <16 x float>, <16 x float>* %chain1.1, align 64
  %part391 = fadd <16 x float> %part390, %1564
  %1565 = load <16 x float>, <16 x float>* %chain1.2, align 64
  %part392 = fadd <16 x float> %part391, %1565
  %1566 = load <16 x float>, <16 x float>* %chain1.3, align 64
  %part393 = fadd <16 x float> %part392, %1566
  store <16 x float> %part393, <16 x float>* %1562, align 4
  %1567 = add nsw i64 %sblk254, 1
  br label %sblk.head251

k.head365:                                        ; preds = %k.body366, %kstep.else267
  %k368 = phi i64 [ %ks248, %kstep.else267 ], [ %1601, %k.body366 ]
  %1568 = icmp slt i64 %k368, %ke249
  br i1 %1568, label %k.body366, label %k.exit367

k.body366:                                        ; preds = %k.head365
  %1569 = trunc i64 %k368 to i32
  %1570 = mul i32 4, %1569
  %1571 = sext i32 %1570 to i64
  %word369 = ashr i64 %1571, 5
  %bitpos370 = and i64 %1571, 31
  %1572 = trunc i64 %n0257 to i32
  %1573 = insertelement <16 x i32> undef, i32 %1572, i32 0
  %1574 = shufflevector <16 x i32> %1573, <16 x i32> undef, <16 x i32> zeroinitializer
  %n371 = add <16 x i32> %1574, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1575 = sext <16 x i32> %n371 to <16 x i64>
  %1576 = mul i64 %word369, 4096
  %1577 = insertelement <16 x i64> undef, i64 %1576, i32 0
  %1578 = shufflevector <16 x i64> %1577, <16 x i64> undef, <16 x i32> zeroinitializer
  %1579 = add <16 x i64> %1575, %1578
  %1580 = trunc i64 %n0257 to i32
  %1581 = sext i32 %1580 to i64
  %1582 = mul i64 %word369, 4096
  %1583 = add i64 %1581, %1582
  %1584 = getelementptr inbounds i32, i32* %qweight3, i64 %1583
  %1585 = bitcast i32* %1584 to <16 x i32>*
  %qweight.word372 = load <16 x i32>, <16 x i32>* %1585, align 4
  %1586 = trunc i64 %bitpos370 to i32
  %1587 = insertelement <16 x i32> undef, i32 %1586, i32 0
  %1588 = shufflevector <16 x i32> %1587, <16 x i32> undef, <16 x i32> zeroinitializer
  %1589 = lshr <16 x i32> %qweight.word372, %1588
  %qweight.bits373 = and <16 x i32> %1589, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %1590 = sitofp <16 x i32> %qweight.bits373 to <16 x float>
  %1591 = load <16 x float>, <16 x float>* %chain0.0149, align 64
  %1592 = mul i64 %m147, 4096
  %1593 = add i64 %1592, %k368
  %1594 = getelementptr inbounds float, float* %x1, i64 %1593
  %x374 = load float, float* %1594, align 4
  %1595 = insertelement <16 x float> undef, float %x374, i32 0
  %x.v375 = shufflevector <16 x float> %1595, <16 x float> undef, <16 x i32> zeroinitializer
  %part376 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v375, <16 x float> %1590, <16 x float> %1591)
  store <16 x float> %part376, <16 x float>* %chain0.0149, align 64
  %1596 = load <16 x float>, <16 x float>* %chain1.0, align 64
  %1597 = mul i64 %m153, 4096
  %1598 = add i64 %1597, %k368
  %1599 = getelementptr inbounds float, float* %x1, i64 %1598
  %x377 = load float, float* %1599, align 4
  %1600 = insertelement <16 x float> undef, float %x377, i32 0
  %x.v378 = shufflevector <16 x float> %1600, <16 x float> undef, <16 x i32> zeroinitializer
  %part379 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v378, <16 x float> %1590, <16 x float> %1596)
  store <16 x float> %part379, <16 x float>* %chain1.0, align 64
  %1601 = add nsw i64 %k368, 1
  br label %k.head365

k.exit367:                                        ; preds = %k.head365
  br label %kstep.join268

kx.head395:                                       ; preds = %kx.body396, %ks.exit247
  %kx398 = phi i64 [ %ka211, %ks.exit247 ], [ %1608, %kx.body396 ]
  %1602 = icmp slt i64 %kx398, %kb212
  br i1 %1602, label %kx.body396, label %kx.exit397

kx.body396:                                       ; preds = %kx.head395
  %1603 = mul i64 %m147, 4096
  %1604 = add i64 %1603, %kx398
  %1605 = getelementptr inbounds float, float* %x1, i64 %1604
  %x399 = load float, float* %1605, align 4
  %1606 = load float, float* %xsum394, align 4
  %1607 = fadd float %1606, %x399
  store float %1607, float* %xsum394, align 4
  %1608 = add nsw i64 %kx398, 1
  br label %kx.head395

kx.exit397:                                       ; preds = %kx.head395
  %xsum400 = load float, float* %xsum394, align 4
  %1609 = insertelement <16 x float> undef, float %xsum400, i32 0
  %xsum.v401 = shufflevector <16 x float> %1609, <16 x float> undef, <16 x i32> zeroinitializer
  store float 0.000000e+00, float* %xsum402, align 4
  br label %kx.head403

kx.head403:                                       ; preds = %kx.body404, %kx.exit397
  %kx406 = phi i64 [ %ka211, %kx.exit397 ], [ %1616, %kx.body404 ]
  %1610 = icmp slt i64 %kx406, %kb212
  br i1 %1610, label %kx.body404, label %kx.exit405

kx.body404:                                       ; preds = %kx.head403
  %1611 = mul i64 %m153, 4096
  %1612 = add i64 %1611, %kx406
  %1613 = getelementptr inbounds float, float* %x1, i64 %1612
  %x407 = load float, float* %1613, align 4
  %1614 = load float, float* %xsum402, align 4
  %1615 = fadd float %1614, %x407
  store float %1615, float* %xsum402, align 4
  %1616 = add nsw i64 %kx406, 1
  br label %kx.head403

kx.exit405:                                       ; preds = %kx.head403
  %xsum408 = load float, float* %xsum402, align 4
  %1617 = insertelement <16 x float> undef, float %xsum408, i32 0
  %xsum.v409 = shufflevector <16 x float> %1617, <16 x float> undef, <16 x i32> zeroinitializer
  br label %fblk.head410

fblk.head410:                                     ; preds = %fblk.body411, %kx.exit405
  %fblk413 = phi i64 [ 0, %kx.exit405 ], [ %1652, %fblk.body411 ]
  %1618 = icmp slt i64 %fblk413, %nblk155
  br i1 %1618, label %fblk.body411, label %fblk.exit412

fblk.body411:                                     ; preds = %fblk.head410
  %cb414 = add i64 %chunk, %fblk413
  %c0415 = mul i64 %cb414, 16
  %1619 = icmp slt i64 %c0415, 4080
  %n0416 = select i1 %1619, i64 %c0415, i64 4080
  %lane.lo417 = sub i64 %c0415, %n0416
  %1620 = insertelement <16 x i64> undef, i64 %lane.lo417, i32 0
  %1621 = shufflevector <16 x i64> %1620, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask418 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %1621
  %1622 = mul i64 %fblk413, 2048
  %1623 = add i64 0, %1622
  %zregion419 = getelementptr inbounds i8, i8* %scratch, i64 %1623
  %1624 = mul i64 %fblk413, 192
  %1625 = add i64 329792, %1624
  %hstate420 = getelementptr inbounds i8, i8* %scratch, i64 %1625
  %1626 = getelementptr inbounds i8, i8* %hstate420, i64 0
  %1627 = bitcast i8* %1626 to <16 x float>*
  %hoist.state421 = load <16 x float>, <16 x float>* %1627, align 4
  store <16 x float> %hoist.state421, <16 x float>* %hoist0.pos, align 64
  %1628 = getelementptr inbounds i8, i8* %hstate420, i64 64
  %1629 = bitcast i8* %1628 to <16 x float>*
  %hoist.state422 = load <16 x float>, <16 x float>* %1629, align 4
  store <16 x float> %hoist.state422, <16 x float>* %hoist0.neg, align 64
  %1630 = getelementptr inbounds i8, i8* %hstate420, i64 128
  %1631 = bitcast i8* %1630 to <16 x i32>*
  %hoist.state423 = load <16 x i32>, <16 x i32>* %1631, align 4
  store <16 x i32> %hoist.state423, <16 x i32>* %hoist1, align 64
  %h424 = load <16 x float>, <16 x float>* %hoist0.pos, align 64
  %h.neg425 = load <16 x float>, <16 x float>* %hoist0.neg, align 64
  %1632 = load <16 x i32>, <16 x i32>* %hoist1, align 64
  %1633 = sitofp <16 x i32> %1632 to <16 x float>
  %dvec426 = getelementptr inbounds i8, i8* %scratch, i64 262144
  %dvec427 = bitcast i8* %dvec426 to float*
  %1634 = add i64 0, %fblk413
  %1635 = mul i64 %1634, 16
  %1636 = getelementptr inbounds float, float* %dvec427, i64 %1635
  %1637 = bitcast float* %1636 to <16 x float>*
  %dvec428 = getelementptr inbounds i8, i8* %scratch, i64 294912
  %dvec429 = bitcast i8* %dvec428 to float*
  %1638 = add i64 0, %fblk413
  %1639 = mul i64 %1638, 16
  %1640 = getelementptr inbounds float, float* %dvec429, i64 %1639
  %1641 = bitcast float* %1640 to <16 x float>*
  %part430 = load <16 x float>, <16 x float>* %1641, align 4
  %acc431 = load <16 x float>, <16 x float>* %1637, align 4
  %1642 = fmul <16 x float> %1633, %xsum.v401
  %run432 = fsub <16 x float> %part430, %1642
  %h.row433 = select i1 %neg.row148, <16 x float> %h.neg425, <16 x float> %h424
  %acc434 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %h.row433, <16 x float> %run432, <16 x float> %acc431)
  store <16 x float> %acc434, <16 x float>* %1637, align 4
  %dvec435 = getelementptr inbounds i8, i8* %scratch, i64 262144
  %dvec436 = bitcast i8* %dvec435 to float*
  %1643 = add i64 128, %fblk413
  %1644 = mul i64 %1643, 16
  %1645 = getelementptr inbounds float, float* %dvec436, i64 %1644
  %1646 = bitcast float* %1645 to <16 x float>*
  %dvec437 = getelementptr inbounds i8, i8* %scratch, i64 294912
  %dvec438 = bitcast i8* %dvec437 to float*
  %1647 = add i64 128, %fblk413
  %1648 = mul i64 %1647, 16
  %1649 = getelementptr inbounds float, float* %dvec438, i64 %1648
  %1650 = bitcast float* %1649 to <16 x float>*
  %part439 = load <16 x float>, <16 x float>* %1650, align 4
  %acc440 = load <16 x float>, <16 x float>* %1646, align 4
  %1651 = fmul <16 x float> %1633, %xsum.v409
  %run441 = fsub <16 x float> %part439, %1651
  %h.row442 = select i1 %neg.row154, <16 x float> %h.neg425, <16 x float> %h424
  %acc443 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %h.row442, <16 x float> %run441, <16 x float> %acc440)
  store <16 x float> %acc443, <16 x float>* %1646, align 4
  %1652 = add nsw i64 %fblk413, 1
  br label %fblk.head410

fblk.exit412:                                     ; preds = %fblk.head410
  %1653 = add nsw i64 %run210, 1
  br label %run.head207

eblk.head444:                                     ; preds = %row.join, %kt.exit192
  %eblk447 = phi i64 [ 0, %kt.exit192 ], [ %1675, %row.join ]
  %1654 = icmp slt i64 %eblk447, %nblk155
  br i1 %1654, label %eblk.body445, label %eblk.exit446

eblk.body445:                                     ; preds = %eblk.head444
  %cb448 = add i64 %chunk, %eblk447
  %c0449 = mul i64 %cb448, 16
  %1655 = icmp slt i64 %c0449, 4080
  %n0450 = select i1 %1655, i64 %c0449, i64 4080
  %lane.lo451 = sub i64 %c0449, %n0450
  %1656 = insertelement <16 x i64> undef, i64 %lane.lo451, i32 0
  %1657 = shufflevector <16 x i64> %1656, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask452 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %1657
  %dvec453 = getelementptr inbounds i8, i8* %scratch, i64 262144
  %dvec454 = bitcast i8* %dvec453 to float*
  %1658 = add i64 0, %eblk447
  %1659 = mul i64 %1658, 16
  %1660 = getelementptr inbounds float, float* %dvec454, i64 %1659
  %1661 = bitcast float* %1660 to <16 x float>*
  %acc455 = load <16 x float>, <16 x float>* %1661, align 4
  %1662 = icmp slt i64 %m147, %rows.pos
  %eps.row456 = select i1 %1662, float %eps.pos, float %eps.neg
  %1663 = mul i64 %m147, 4096
  %out.i457 = add i64 %1663, %n0450
  %1664 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i457
  %1665 = bitcast float* %1664 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc455, <16 x float>* %1665, i32 4, <16 x i1> %store.mask452)
  %dvec458 = getelementptr inbounds i8, i8* %scratch, i64 262144
  %dvec459 = bitcast i8* %dvec458 to float*
  %1666 = add i64 128, %eblk447
  %1667 = mul i64 %1666, 16
  %1668 = getelementptr inbounds float, float* %dvec459, i64 %1667
  %1669 = bitcast float* %1668 to <16 x float>*
  %acc460 = load <16 x float>, <16 x float>* %1669, align 4
  %1670 = icmp slt i64 1, %M
  br i1 %1670, label %row.then, label %row.else

eblk.exit446:                                     ; preds = %eblk.head444
  br label %m2.join

row.then:                                         ; preds = %eblk.body445
  %1671 = icmp slt i64 %m153, %rows.pos
  %eps.row461 = select i1 %1671, float %eps.pos, float %eps.neg
  %1672 = mul i64 %m153, 4096
  %out.i462 = add i64 %1672, %n0450
  %1673 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i462
  %1674 = bitcast float* %1673 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc460, <16 x float>* %1674, i32 4, <16 x i1> %store.mask452)
  br label %row.join

row.else:                                         ; preds = %eblk.body445
  br label %row.join

row.join:                                         ; preds = %row.else, %row.then
  %1675 = add nsw i64 %eblk447, 1
  br label %eblk.head444

zblk.head480:                                     ; preds = %zpro.join493, %m2.else
  %zblk483 = phi i64 [ 0, %m2.else ], [ %1699, %zpro.join493 ]
  %1676 = icmp slt i64 %zblk483, %nblk479
  br i1 %1676, label %zblk.body481, label %zblk.exit482

zblk.body481:                                     ; preds = %zblk.head480
  %cb484 = add i64 %chunk, %zblk483
  %c0485 = mul i64 %cb484, 16
  %1677 = icmp slt i64 %c0485, 4080
  %n0486 = select i1 %1677, i64 %c0485, i64 4080
  %lane.lo487 = sub i64 %c0485, %n0486
  %1678 = insertelement <16 x i64> undef, i64 %lane.lo487, i32 0
  %1679 = shufflevector <16 x i64> %1678, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask488 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %1679
  %1680 = mul i64 %zblk483, 2048
  %1681 = add i64 0, %1680
  %zregion489 = getelementptr inbounds i8, i8* %scratch, i64 %1681
  %1682 = getelementptr inbounds i8, i8* %zregion489, i64 0
  %zbuf490 = bitcast i8* %1682 to float*
  br i1 %perturbed, label %zpro.then491, label %zpro.else492

zblk.exit482:                                     ; preds = %zblk.head480
  %runs515 = getelementptr inbounds i8, i8* %scratch, i64 327680
  %runs516 = bitcast i8* %runs515 to i64*
  br label %kt.head518

zpro.then491:                                     ; preds = %zblk.body481
  br label %zrow.head494

zpro.else492:                                     ; preds = %zblk.body481
  br label %zpro.join493

zpro.join493:                                     ; preds = %zpro.else492, %zrow.exit496
  %dvec507 = getelementptr inbounds i8, i8* %scratch, i64 262144
  %dvec508 = bitcast i8* %dvec507 to float*
  %1683 = add i64 0, %zblk483
  %1684 = mul i64 %1683, 16
  %1685 = getelementptr inbounds float, float* %dvec508, i64 %1684
  %1686 = bitcast float* %1685 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %1686, align 4
  %dvec509 = getelementptr inbounds i8, i8* %scratch, i64 262144
  %dvec510 = bitcast i8* %dvec509 to float*
  %1687 = add i64 128, %zblk483
  %1688 = mul i64 %1687, 16
  %1689 = getelementptr inbounds float, float* %dvec510, i64 %1688
  %1690 = bitcast float* %1689 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %1690, align 4
  %dvec511 = getelementptr inbounds i8, i8* %scratch, i64 262144
  %dvec512 = bitcast i8* %dvec511 to float*
  %1691 = add i64 256, %zblk483
  %1692 = mul i64 %1691, 16
  %1693 = getelementptr inbounds float, float* %dvec512, i64 %1692
  %1694 = bitcast float* %1693 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %1694, align 4
  %dvec513 = getelementptr inbounds i8, i8* %scratch, i64 262144
  %dvec514 = bitcast i8* %dvec513 to float*
  %1695 = add i64 384, %zblk483
  %1696 = mul i64 %1695, 16
  %1697 = getelementptr inbounds float, float* %dvec514, i64 %1696
  %1698 = bitcast float* %1697 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %1698, align 4
  %1699 = add nsw i64 %zblk483, 1
  br label %zblk.head480

zrow.head494:                                     ; preds = %zrow.body495, %zpro.then491
  %zrow497 = phi i64 [ 0, %zpro.then491 ], [ %1998, %zrow.body495 ]
  %1700 = icmp slt i64 %zrow497, 32
  br i1 %1700, label %zrow.body495, label %zrow.exit496

zrow.body495:                                     ; preds = %zrow.head494
  %1701 = mul i64 %n0486, 1
  %1702 = urem i64 %zrow497, 32
  %1703 = udiv i64 %zrow497, 32
  %1704 = mul i64 %1702, 4096
  %1705 = add i64 %1701, %1704
  %1706 = mul i64 %zrow497, 16
  %1707 = getelementptr inbounds float, float* %zbuf490, i64 %1706
  %1708 = insertelement <16 x i64> undef, i64 %1705, i32 0
  %1709 = shufflevector <16 x i64> %1708, <16 x i64> undef, <16 x i32> zeroinitializer
  %1710 = add <16 x i64> %1709, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %pair498 = lshr <16 x i64> %1710, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %1711 = trunc <16 x i64> %pair498 to <16 x i32>
  %1712 = lshr <16 x i64> %pair498, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1713 = trunc <16 x i64> %1712 to <16 x i32>
  %1714 = trunc i64 %stream.scales to i32
  %1715 = insertelement <16 x i32> undef, i32 %1714, i32 0
  %1716 = shufflevector <16 x i32> %1715, <16 x i32> undef, <16 x i32> zeroinitializer
  %key0499 = trunc i64 %seed to i32
  %1717 = lshr i64 %seed, 32
  %key1500 = trunc i64 %1717 to i32
  %1718 = zext <16 x i32> %1711 to <16 x i64>
  %1719 = mul <16 x i64> %1718, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1720 = trunc <16 x i64> %1719 to <16 x i32>
  %1721 = lshr <16 x i64> %1719, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1722 = trunc <16 x i64> %1721 to <16 x i32>
  %1723 = zext <16 x i32> %1716 to <16 x i64>
  %1724 = mul <16 x i64> %1723, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1725 = trunc <16 x i64> %1724 to <16 x i32>
  %1726 = lshr <16 x i64> %1724, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1727 = trunc <16 x i64> %1726 to <16 x i32>
  %1728 = insertelement <16 x i32> undef, i32 %key0499, i32 0
  %1729 = shufflevector <16 x i32> %1728, <16 x i32> undef, <16 x i32> zeroinitializer
  %1730 = insertelement <16 x i32> undef, i32 %key1500, i32 0
  %1731 = shufflevector <16 x i32> %1730, <16 x i32> undef, <16 x i32> zeroinitializer
  %1732 = xor <16 x i32> %1727, %1713
  %1733 = xor <16 x i32> %1732, %1729
  %1734 = xor <16 x i32> %1722, zeroinitializer
  %1735 = xor <16 x i32> %1734, %1731
  %1736 = add i32 %key0499, -1640531527
  %1737 = add i32 %key1500, -1150833019
  %1738 = zext <16 x i32> %1733 to <16 x i64>
  %1739 = mul <16 x i64> %1738, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1740 = trunc <16 x i64> %1739 to <16 x i32>
  %1741 = lshr <16 x i64> %1739, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1742 = trunc <16 x i64> %1741 to <16 x i32>
  %1743 = zext <16 x i32> %1735 to <16 x i64>
  %1744 = mul <16 x i64> %1743, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1745 = trunc <16 x i64> %1744 to <16 x i32>
  %1746 = lshr <16 x i64> %1744, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1747 = trunc <16 x i64> %1746 to <16 x i32>
  %1748 = insertelement <16 x i32> undef, i32 %1736, i32 0
  %1749 = shufflevector <16 x i32> %1748, <16 x i32> undef, <16 x i32> zeroinitializer
  %1750 = insertelement <16 x i32> undef, i32 %1737, i32 0
  %1751 = shufflevector <16 x i32> %1750, <16 x i32> undef, <16 x i32> zeroinitializer
  %1752 = xor <16 x i32> %1747, %1725
  %1753 = xor <16 x i32> %1752, %1749
  %1754 = xor <16 x i32> %1742, %1720
  %1755 = xor <16 x i32> %1754, %1751
  %1756 = add i32 %1736, -1640531527
  %1757 = add i32 %1737, -1150833019
  %1758 = zext <16 x i32> %1753 to <16 x i64>
  %1759 = mul <16 x i64> %1758, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1760 = trunc <16 x i64> %1759 to <16 x i32>
  %1761 = lshr <16 x i64> %1759, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1762 = trunc <16 x i64> %1761 to <16 x i32>
  %1763 = zext <16 x i32> %1755 to <16 x i64>
  %1764 = mul <16 x i64> %1763, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1765 = trunc <16 x i64> %1764 to <16 x i32>
  %1766 = lshr <16 x i64> %1764, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1767 = trunc <16 x i64> %1766 to <16 x i32>
  %1768 = insertelement <16 x i32> undef, i32 %1756, i32 0
  %1769 = shufflevector <16 x i32> %1768, <16 x i32> undef, <16 x i32> zeroinitializer
  %1770 = insertelement <16 x i32> undef, i32 %1757, i32 0
  %1771 = shufflevector <16 x i32> %1770, <16 x i32> undef, <16 x i32> zeroinitializer
  %1772 = xor <16 x i32> %1767, %1745
  %1773 = xor <16 x i32> %1772, %1769
  %1774 = xor <16 x i32> %1762, %1740
  %1775 = xor <16 x i32> %1774, %1771
  %1776 = add i32 %1756, -1640531527
  %1777 = add i32 %1757, -1150833019
  %1778 = zext <16 x i32> %1773 to <16 x i64>
  %1779 = mul <16 x i64> %1778, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1780 = trunc <16 x i64> %1779 to <16 x i32>
  %1781 = lshr <16 x i64> %1779, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1782 = trunc <16 x i64> %1781 to <16 x i32>
  %1783 = zext <16 x i32> %1775 to <16 x i64>
  %1784 = mul <16 x i64> %1783, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1785 = trunc <16 x i64> %1784 to <16 x i32>
  %1786 = lshr <16 x i64> %1784, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1787 = trunc <16 x i64> %1786 to <16 x i32>
  %1788 = insertelement <16 x i32> undef, i32 %1776, i32 0
  %1789 = shufflevector <16 x i32> %1788, <16 x i32> undef, <16 x i32> zeroinitializer
  %1790 = insertelement <16 x i32> undef, i32 %1777, i32 0
  %1791 = shufflevector <16 x i32> %1790, <16 x i32> undef, <16 x i32> zeroinitializer
  %1792 = xor <16 x i32> %1787, %1765
  %1793 = xor <16 x i32> %1792, %1789
  %1794 = xor <16 x i32> %1782, %1760
  %1795 = xor <16 x i32> %1794, %1791
  %1796 = add i32 %1776, -1640531527
  %1797 = add i32 %1777, -1150833019
  %1798 = zext <16 x i32> %1793 to <16 x i64>
  %1799 = mul <16 x i64> %1798, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1800 = trunc <16 x i64> %1799 to <16 x i32>
  %1801 = lshr <16 x i64> %1799, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1802 = trunc <16 x i64> %1801 to <16 x i32>
  %1803 = zext <16 x i32> %1795 to <16 x i64>
  %1804 = mul <16 x i64> %1803, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1805 = trunc <16 x i64> %1804 to <16 x i32>
  %1806 = lshr <16 x i64> %1804, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1807 = trunc <16 x i64> %1806 to <16 x i32>
  %1808 = insertelement <16 x i32> undef, i32 %1796, i32 0
  %1809 = shufflevector <16 x i32> %1808, <16 x i32> undef, <16 x i32> zeroinitializer
  %1810 = insertelement <16 x i32> undef, i32 %1797, i32 0
  %1811 = shufflevector <16 x i32> %1810, <16 x i32> undef, <16 x i32> zeroinitializer
  %1812 = xor <16 x i32> %1807, %1785
  %1813 = xor <16 x i32> %1812, %1809
  %1814 = xor <16 x i32> %1802, %1780
  %1815 = xor <16 x i32> %1814, %1811
  %1816 = add i32 %1796, -1640531527
  %1817 = add i32 %1797, -1150833019
  %1818 = zext <16 x i32> %1813 to <16 x i64>
  %1819 = mul <16 x i64> %1818, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1820 = trunc <16 x i64> %1819 to <16 x i32>
  %1821 = lshr <16 x i64> %1819, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1822 = trunc <16 x i64> %1821 to <16 x i32>
  %1823 = zext <16 x i32> %1815 to <16 x i64>
  %1824 = mul <16 x i64> %1823, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1825 = trunc <16 x i64> %1824 to <16 x i32>
  %1826 = lshr <16 x i64> %1824, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1827 = trunc <16 x i64> %1826 to <16 x i32>
  %1828 = insertelement <16 x i32> undef, i32 %1816, i32 0
  %1829 = shufflevector <16 x i32> %1828, <16 x i32> undef, <16 x i32> zeroinitializer
  %1830 = insertelement <16 x i32> undef, i32 %1817, i32 0
  %1831 = shufflevector <16 x i32> %1830, <16 x i32> undef, <16 x i32> zeroinitializer
  %1832 = xor <16 x i32> %1827, %1805
  %1833 = xor <16 x i32> %1832, %1829
  %1834 = xor <16 x i32> %1822, %1800
  %1835 = xor <16 x i32> %1834, %1831
  %1836 = add i32 %1816, -1640531527
  %1837 = add i32 %1817, -1150833019
  %1838 = zext <16 x i32> %1833 to <16 x i64>
  %1839 = mul <16 x i64> %1838, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1840 = trunc <16 x i64> %1839 to <16 x i32>
  %1841 = lshr <16 x i64> %1839, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1842 = trunc <16 x i64> %1841 to <16 x i32>
  %1843 = zext <16 x i32> %1835 to <16 x i64>
  %1844 = mul <16 x i64> %1843, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1845 = trunc <16 x i64> %1844 to <16 x i32>
  %1846 = lshr <16 x i64> %1844, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1847 = trunc <16 x i64> %1846 to <16 x i32>
  %1848 = insertelement <16 x i32> undef, i32 %1836, i32 0
  %1849 = shufflevector <16 x i32> %1848, <16 x i32> undef, <16 x i32> zeroinitializer
  %1850 = insertelement <16 x i32> undef, i32 %1837, i32 0
  %1851 = shufflevector <16 x i32> %1850, <16 x i32> undef, <16 x i32> zeroinitializer
  %1852 = xor <16 x i32> %1847, %1825
  %1853 = xor <16 x i32> %1852, %1849
  %1854 = xor <16 x i32> %1842, %1820
  %1855 = xor <16 x i32> %1854, %1851
  %1856 = add i32 %1836, -1640531527
  %1857 = add i32 %1837, -1150833019
  %1858 = zext <16 x i32> %1853 to <16 x i64>
  %1859 = mul <16 x i64> %1858, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1860 = trunc <16 x i64> %1859 to <16 x i32>
  %1861 = lshr <16 x i64> %1859, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1862 = trunc <16 x i64> %1861 to <16 x i32>
  %1863 = zext <16 x i32> %1855 to <16 x i64>
  %1864 = mul <16 x i64> %1863, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1865 = trunc <16 x i64> %1864 to <16 x i32>
  %1866 = lshr <16 x i64> %1864, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1867 = trunc <16 x i64> %1866 to <16 x i32>
  %1868 = insertelement <16 x i32> undef, i32 %1856, i32 0
  %1869 = shufflevector <16 x i32> %1868, <16 x i32> undef, <16 x i32> zeroinitializer
  %1870 = insertelement <16 x i32> undef, i32 %1857, i32 0
  %1871 = shufflevector <16 x i32> %1870, <16 x i32> undef, <16 x i32> zeroinitializer
  %1872 = xor <16 x i32> %1867, %1845
  %1873 = xor <16 x i32> %1872, %1869
  %1874 = xor <16 x i32> %1862, %1840
  %1875 = xor <16 x i32> %1874, %1871
  %1876 = add i32 %1856, -1640531527
  %1877 = add i32 %1857, -1150833019
  %1878 = zext <16 x i32> %1873 to <16 x i64>
  %1879 = mul <16 x i64> %1878, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1880 = trunc <16 x i64> %1879 to <16 x i32>
  %1881 = lshr <16 x i64> %1879, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1882 = trunc <16 x i64> %1881 to <16 x i32>
  %1883 = zext <16 x i32> %1875 to <16 x i64>
  %1884 = mul <16 x i64> %1883, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1885 = trunc <16 x i64> %1884 to <16 x i32>
  %1886 = lshr <16 x i64> %1884, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1887 = trunc <16 x i64> %1886 to <16 x i32>
  %1888 = insertelement <16 x i32> undef, i32 %1876, i32 0
  %1889 = shufflevector <16 x i32> %1888, <16 x i32> undef, <16 x i32> zeroinitializer
  %1890 = insertelement <16 x i32> undef, i32 %1877, i32 0
  %1891 = shufflevector <16 x i32> %1890, <16 x i32> undef, <16 x i32> zeroinitializer
  %1892 = xor <16 x i32> %1887, %1865
  %1893 = xor <16 x i32> %1892, %1889
  %1894 = xor <16 x i32> %1882, %1860
  %1895 = xor <16 x i32> %1894, %1891
  %1896 = add i32 %1876, -1640531527
  %1897 = add i32 %1877, -1150833019
  %1898 = zext <16 x i32> %1893 to <16 x i64>
  %1899 = mul <16 x i64> %1898, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1900 = trunc <16 x i64> %1899 to <16 x i32>
  %1901 = lshr <16 x i64> %1899, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1902 = trunc <16 x i64> %1901 to <16 x i32>
  %1903 = zext <16 x i32> %1895 to <16 x i64>
  %1904 = mul <16 x i64> %1903, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1905 = trunc <16 x i64> %1904 to <16 x i32>
  %1906 = lshr <16 x i64> %1904, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1907 = trunc <16 x i64> %1906 to <16 x i32>
  %1908 = insertelement <16 x i32> undef, i32 %1896, i32 0
  %1909 = shufflevector <16 x i32> %1908, <16 x i32> undef, <16 x i32> zeroinitializer
  %1910 = insertelement <16 x i32> undef, i32 %1897, i32 0
  %1911 = shufflevector <16 x i32> %1910, <16 x i32> undef, <16 x i32> zeroinitializer
  %1912 = xor <16 x i32> %1907, %1885
  %1913 = xor <16 x i32> %1912, %1909
  %1914 = xor <16 x i32> %1902, %1880
  %1915 = xor <16 x i32> %1914, %1911
  %1916 = lshr <16 x i32> %1913, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %1917 = shl <16 x i32> %1916, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1918 = or <16 x i32> %1917, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1919 = sitofp <16 x i32> %1918 to <16 x float>
  %1920 = fmul <16 x float> %1919, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %1921 = lshr <16 x i32> %1905, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %1922 = shl <16 x i32> %1921, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1923 = or <16 x i32> %1922, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1924 = sitofp <16 x i32> %1923 to <16 x float>
  %1925 = fmul <16 x float> %1924, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %1926 = bitcast <16 x float> %1920 to <16 x i32>
  %1927 = lshr <16 x i32> %1926, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1928 = sub <16 x i32> %1927, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1929 = and <16 x i32> %1926, <i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607>
  %1930 = or <16 x i32> %1929, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1931 = icmp uge <16 x i32> %1930, <i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891>
  %1932 = sub <16 x i32> %1930, <i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608>
  %1933 = select <16 x i1> %1931, <16 x i32> %1932, <16 x i32> %1930
  %1934 = add <16 x i32> %1928, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1935 = select <16 x i1> %1931, <16 x i32> %1934, <16 x i32> %1928
  %1936 = bitcast <16 x i32> %1933 to <16 x float>
  %1937 = fsub <16 x float> %1936, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1938 = fadd <16 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1937
  %1939 = fdiv <16 x float> %1937, %1938
  %1940 = fmul <16 x float> %1939, %1939
  %1941 = fmul <16 x float> %1940, <float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000>
  %1942 = fadd <16 x float> <float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000>, %1941
  %1943 = fmul <16 x float> %1940, %1942
  %1944 = fadd <16 x float> <float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000>, %1943
  %1945 = fmul <16 x float> %1940, %1944
  %1946 = fadd <16 x float> <float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000>, %1945
  %1947 = fmul <16 x float> %1940, %1946
  %1948 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1947
  %1949 = fadd <16 x float> %1939, %1939
  %1950 = fmul <16 x float> %1949, %1948
  %1951 = sitofp <16 x i32> %1935 to <16 x float>
  %1952 = fmul <16 x float> %1951, <float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000>
  %1953 = fadd <16 x float> %1950, %1952
  %1954 = fmul <16 x float> %1951, <float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000>
  %ln.u1501 = fadd <16 x float> %1954, %1953
  %1955 = fmul <16 x float> <float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00>, %ln.u1501
  %r502 = call <16 x float> @llvm.sqrt.v16f32(<16 x float> %1955)
  %1956 = fmul <16 x float> %1925, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %1957 = fadd <16 x float> %1956, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %1958 = fsub <16 x float> %1957, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %1959 = fsub <16 x float> %1956, %1958
  %1960 = fmul <16 x float> %1959, %1959
  %1961 = fmul <16 x float> %1960, <float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000>
  %1962 = fadd <16 x float> <float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000>, %1961
  %1963 = fmul <16 x float> %1960, %1962
  %1964 = fadd <16 x float> <float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000>, %1963
  %1965 = fmul <16 x float> %1960, %1964
  %1966 = fadd <16 x float> <float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000>, %1965
  %1967 = fmul <16 x float> %1960, %1966
  %1968 = fadd <16 x float> <float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000>, %1967
  %1969 = fmul <16 x float> %1959, %1968
  %1970 = fmul <16 x float> %1960, <float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000>
  %1971 = fadd <16 x float> <float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000>, %1970
  %1972 = fmul <16 x float> %1960, %1971
  %1973 = fadd <16 x float> <float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000>, %1972
  %1974 = fmul <16 x float> %1960, %1973
  %1975 = fadd <16 x float> <float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000>, %1974
  %1976 = fmul <16 x float> %1960, %1975
  %1977 = fadd <16 x float> <float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000>, %1976
  %1978 = fmul <16 x float> %1960, %1977
  %1979 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1978
  %1980 = fptosi <16 x float> %1958 to <16 x i32>
  %quadrant503 = and <16 x i32> %1980, <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %1981 = and <16 x i32> %quadrant503, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1982 = icmp ne <16 x i32> %1981, zeroinitializer
  %1983 = select <16 x i1> %1982, <16 x float> %1979, <16 x float> %1969
  %1984 = select <16 x i1> %1982, <16 x float> %1969, <16 x float> %1979
  %1985 = and <16 x i32> %quadrant503, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %1986 = icmp ne <16 x i32> %1985, zeroinitializer
  %1987 = add <16 x i32> %quadrant503, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1988 = and <16 x i32> %1987, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %1989 = icmp ne <16 x i32> %1988, zeroinitializer
  %1990 = fneg <16 x float> %1983
  %sin504 = select <16 x i1> %1986, <16 x float> %1990, <16 x float> %1983
  %1991 = fneg <16 x float> %1984
  %cos505 = select <16 x i1> %1989, <16 x float> %1991, <16 x float> %1984
  %1992 = fmul <16 x float> %r502, %cos505
  %1993 = fmul <16 x float> %r502, %sin504
  %1994 = and <16 x i64> %1710, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %1995 = icmp ne <16 x i64> %1994, zeroinitializer
  %z506 = select <16 x i1> %1995, <16 x float> %1993, <16 x float> %1992
  %1996 = getelementptr inbounds float, float* %1707, i64 0
  %1997 = bitcast float* %1996 to <16 x float>*
  store <16 x float> %z506, <16 x float>* %1997, align 4
  %1998 = add nsw i64 %zrow497, 1
  br label %zrow.head494

zrow.exit496:                                     ; preds = %zrow.head494
  br label %zpro.join493

kt.head518:                                       ; preds = %run.exit537, %zblk.exit482
  %kt521 = phi i64 [ 0, %zblk.exit482 ], [ %2020, %run.exit537 ]
  %1999 = icmp slt i64 %kt521, 4096
  br i1 %1999, label %kt.body519, label %kt.exit520

kt.body519:                                       ; preds = %kt.head518
  %2000 = add i64 %kt521, 256
  %2001 = icmp slt i64 %2000, 4096
  %kend522 = select i1 %2001, i64 %2000, i64 4096
  store i64 0, i64* %nruns517, align 8
  br label %kr.head523

kt.exit520:                                       ; preds = %kt.head518
  br label %eblk.head878

kr.head523:                                       ; preds = %newrun.join532, %kt.body519
  %kr526 = phi i64 [ %kt521, %kt.body519 ], [ %2015, %newrun.join532 ]
  %2002 = icmp slt i64 %kr526, %kend522
  br i1 %2002, label %kr.body524, label %kr.exit525

kr.body524:                                       ; preds = %kr.head523
  %2003 = trunc i64 %kr526 to i32
  %2004 = sext i32 %2003 to i64
  %2005 = getelementptr inbounds i32, i32* %g_idx6, i64 %2004
  %g_idx.raw527 = load i32, i32* %2005, align 4
  %2006 = sext i32 %g_idx.raw527 to i64
  %2007 = trunc i64 %2006 to i32
  %2008 = sext i32 %2007 to i64
  %2009 = load i64, i64* %key0, align 8
  %2010 = icmp ne i64 %2008, %2009
  %key.changed528 = or i1 false, %2010
  store i64 %2008, i64* %key0, align 8
  %2011 = icmp eq i64 %kr526, %kt521
  %run.start529 = or i1 %key.changed528, %2011
  br i1 %run.start529, label %newrun.then530, label %newrun.else531

kr.exit525:                                       ; preds = %kr.head523
  %nruns534 = load i64, i64* %nruns517, align 8
  %2012 = getelementptr inbounds i64, i64* %runs516, i64 %nruns534
  store i64 %kend522, i64* %2012, align 8
  br label %run.head535

newrun.then530:                                   ; preds = %kr.body524
  %n533 = load i64, i64* %nruns517, align 8
  %2013 = getelementptr inbounds i64, i64* %runs516, i64 %n533
  store i64 %kr526, i64* %2013, align 8
  %2014 = add i64 %n533, 1
  store i64 %2014, i64* %nruns517, align 8
  br label %newrun.join532

newrun.else531:                                   ; preds = %kr.body524
  br label %newrun.join532

newrun.join532:                                   ; preds = %newrun.else531, %newrun.then530
  %2015 = add nsw i64 %kr526, 1
  br label %kr.head523

run.head535:                                      ; preds = %fblk.exit828, %kr.exit525
  %run538 = phi i64 [ 0, %kr.exit525 ], [ %2675, %fblk.exit828 ]
  %2016 = icmp slt i64 %run538, %nruns534
  br i1 %2016, label %run.body536, label %run.exit537

run.body536:                                      ; preds = %run.head535
  %2017 = getelementptr inbounds i64, i64* %runs516, i64 %run538
  %ka539 = load i64, i64* %2017, align 8
  %2018 = add i64 %run538, 1
  %2019 = getelementptr inbounds i64, i64* %runs516, i64 %2018
  %kb540 = load i64, i64* %2019, align 8
  br label %hblk.head541

run.exit537:                                      ; preds = %run.head535
  %2020 = add nsw i64 %kt521, 256
  br label %kt.head518

hblk.head541:                                     ; preds = %hblk.body542, %run.body536
  %hblk544 = phi i64 [ 0, %run.body536 ], [ %2143, %hblk.body542 ]
  %2021 = icmp slt i64 %hblk544, %nblk479
  br i1 %2021, label %hblk.body542, label %hblk.exit543

hblk.body542:                                     ; preds = %hblk.head541
  %cb545 = add i64 %chunk, %hblk544
  %c0546 = mul i64 %cb545, 16
  %2022 = icmp slt i64 %c0546, 4080
  %n0547 = select i1 %2022, i64 %c0546, i64 4080
  %lane.lo548 = sub i64 %c0546, %n0547
  %2023 = insertelement <16 x i64> undef, i64 %lane.lo548, i32 0
  %2024 = shufflevector <16 x i64> %2023, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask549 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %2024
  %2025 = mul i64 %hblk544, 2048
  %2026 = add i64 0, %2025
  %zregion550 = getelementptr inbounds i8, i8* %scratch, i64 %2026
  store i1 false, i1* %have_key, align 1
  store <16 x float> zeroinitializer, <16 x float>* %hoist0.pos, align 64
  store <16 x float> zeroinitializer, <16 x float>* %hoist0.neg, align 64
  store <16 x i32> zeroinitializer, <16 x i32>* %hoist1, align 64
  %2027 = trunc i64 %ka539 to i32
  %2028 = sext i32 %2027 to i64
  %2029 = getelementptr inbounds i32, i32* %g_idx6, i64 %2028
  %g_idx.raw551 = load i32, i32* %2029, align 4
  %2030 = sext i32 %g_idx.raw551 to i64
  %2031 = trunc i64 %2030 to i32
  %2032 = sext i32 %2031 to i64
  %2033 = icmp slt i64 %2032, 0
  %2034 = select i1 %2033, i64 0, i64 %2032
  %2035 = icmp slt i64 %2034, 31
  %2036 = select i1 %2035, i64 %2034, i64 31
  %2037 = trunc i64 %n0547 to i32
  %2038 = insertelement <16 x i32> undef, i32 %2037, i32 0
  %2039 = shufflevector <16 x i32> %2038, <16 x i32> undef, <16 x i32> zeroinitializer
  %n552 = add <16 x i32> %2039, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2040 = sext <16 x i32> %n552 to <16 x i64>
  %2041 = mul i64 %2036, 4096
  %2042 = insertelement <16 x i64> undef, i64 %2041, i32 0
  %2043 = shufflevector <16 x i64> %2042, <16 x i64> undef, <16 x i32> zeroinitializer
  %2044 = add <16 x i64> %2040, %2043
  %2045 = sext i32 %2031 to i64
  %2046 = icmp slt i64 %2045, 0
  %2047 = select i1 %2046, i64 0, i64 %2045
  %2048 = icmp slt i64 %2047, 31
  %2049 = select i1 %2048, i64 %2047, i64 31
  %2050 = trunc i64 %n0547 to i32
  %2051 = sext i32 %2050 to i64
  %2052 = mul i64 %2049, 4096
  %2053 = add i64 %2051, %2052
  %2054 = getelementptr inbounds half, half* %scales5, i64 %2053
  %2055 = bitcast half* %2054 to <16 x half>*
  %scales.raw553 = load <16 x half>, <16 x half>* %2055, align 2
  %scales554 = fpext <16 x half> %scales.raw553 to <16 x float>
  %2056 = sext i32 %2031 to i64
  %2057 = icmp slt i64 %2056, 0
  %2058 = select i1 %2057, i64 0, i64 %2056
  %2059 = icmp slt i64 %2058, 31
  %2060 = select i1 %2059, i64 %2058, i64 31
  %2061 = add i64 0, %2060
  %2062 = getelementptr inbounds i8, i8* %zregion550, i64 0
  %zbuf555 = bitcast i8* %2062 to float*
  %2063 = mul i64 %2061, 16
  %2064 = getelementptr inbounds float, float* %zbuf555, i64 %2063
  %2065 = bitcast float* %2064 to <16 x float>*
  %z.buf556 = load <16 x float>, <16 x float>* %2065, align 4
  %z557 = select i1 %perturbed, <16 x float> %z.buf556, <16 x float> zeroinitializer
  %2066 = insertelement <16 x float> undef, float %eps.pos, i32 0
  %2067 = shufflevector <16 x float> %2066, <16 x float> undef, <16 x i32> zeroinitializer
  %2068 = fmul <16 x float> %2067, %z557
  %scales.pos558 = fadd <16 x float> %scales554, %2068
  store <16 x float> %scales.pos558, <16 x float>* %hoist0.pos, align 64
  %2069 = sext i32 %2031 to i64
  %2070 = icmp slt i64 %2069, 0
  %2071 = select i1 %2070, i64 0, i64 %2069
  %2072 = icmp slt i64 %2071, 31
  %2073 = select i1 %2072, i64 %2071, i64 31
  %2074 = sext <16 x i32> %n552 to <16 x i64>
  %2075 = mul i64 %2073, 4096
  %2076 = insertelement <16 x i64> undef, i64 %2075, i32 0
  %2077 = shufflevector <16 x i64> %2076, <16 x i64> undef, <16 x i32> zeroinitializer
  %2078 = add <16 x i64> %2074, %2077
  %2079 = sext i32 %2031 to i64
  %2080 = icmp slt i64 %2079, 0
  %2081 = select i1 %2080, i64 0, i64 %2079
  %2082 = icmp slt i64 %2081, 31
  %2083 = select i1 %2082, i64 %2081, i64 31
  %2084 = sext i32 %2050 to i64
  %2085 = mul i64 %2083, 4096
  %2086 = add i64 %2084, %2085
  %2087 = getelementptr inbounds half, half* %scales5, i64 %2086
  %2088 = bitcast half* %2087 to <16 x half>*
  %scales.raw559 = load <16 x half>, <16 x half>* %2088, align 2
  %scales560 = fpext <16 x half> %scales.raw559 to <16 x float>
  %2089 = insertelement <16 x float> undef, float %eps.neg, i32 0
  %2090 = shufflevector <16 x float> %2089, <16 x float> undef, <16 x i32> zeroinitializer
  %2091 = fmul <16 x float> %2090, %z557
  %scales.neg561 = fadd <16 x float> %scales560, %2091
  store <16 x float> %scales.neg561, <16 x float>* %hoist0.neg, align 64
  %2092 = trunc i64 %n0547 to i32
  %2093 = insertelement <16 x i32> undef, i32 %2092, i32 0
  %2094 = shufflevector <16 x i32> %2093, <16 x i32> undef, <16 x i32> zeroinitializer
  %n562 = add <16 x i32> %2094, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2095 = mul <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>, %n562
  %2096 = sext <16 x i32> %2095 to <16 x i64>
  %word563 = ashr <16 x i64> %2096, <i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5>
  %bitpos564 = and <16 x i64> %2096, <i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31>
  %2097 = trunc i64 %ka539 to i32
  %2098 = sext i32 %2097 to i64
  %2099 = getelementptr inbounds i32, i32* %g_idx6, i64 %2098
  %g_idx.raw565 = load i32, i32* %2099, align 4
  %2100 = sext i32 %g_idx.raw565 to i64
  %2101 = trunc i64 %2100 to i32
  %2102 = sext i32 %2101 to i64
  %2103 = icmp slt i64 %2102, 0
  %2104 = select i1 %2103, i64 0, i64 %2102
  %2105 = icmp slt i64 %2104, 31
  %2106 = select i1 %2105, i64 %2104, i64 31
  %2107 = mul i64 %2106, 512
  %2108 = insertelement <16 x i64> undef, i64 %2107, i32 0
  %2109 = shufflevector <16 x i64> %2108, <16 x i64> undef, <16 x i32> zeroinitializer
  %2110 = add <16 x i64> %word563, %2109
  %2111 = getelementptr inbounds i32, i32* %qzeros4, <16 x i64> %2110
  %qzeros.word566 = call <16 x i32> @llvm.masked.gather.v16i32.v16p0i32(<16 x i32*> %2111, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i32> undef)
  %2112 = trunc <16 x i64> %bitpos564 to <16 x i32>
  %2113 = lshr <16 x i32> %qzeros.word566, %2112
  %qzeros.bits567 = and <16 x i32> %2113, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %2114 = add <16 x i32> %qzeros.bits567, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %2115 = urem <16 x i32> %2114, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  store <16 x i32> %2115, <16 x i32>* %hoist1, align 64
  %2116 = mul i64 %hblk544, 192
  %2117 = add i64 329792, %2116
  %hstate568 = getelementptr inbounds i8, i8* %scratch, i64 %2117
  %2118 = getelementptr inbounds i8, i8* %hstate568, i64 0
  %2119 = bitcast i8* %2118 to <16 x float>*
  %2120 = load <16 x float>, <16 x float>* %hoist0.pos, align 64
  store <16 x float> %2120, <16 x float>* %2119, align 4
  %2121 = getelementptr inbounds i8, i8* %hstate568, i64 64
  %2122 = bitcast i8* %2121 to <16 x float>*
  %2123 = load <16 x float>, <16 x float>* %hoist0.neg, align 64
  store <16 x float> %2123, <16 x float>* %2122, align 4
  %2124 = getelementptr inbounds i8, i8* %hstate568, i64 128
  %2125 = bitcast i8* %2124 to <16 x i32>*
  %2126 = load <16 x i32>, <16 x i32>* %hoist1, align 64
  store <16 x i32> %2126, <16 x i32>* %2125, align 4
  %dvec569 = getelementptr inbounds i8, i8* %scratch, i64 294912
  %dvec570 = bitcast i8* %dvec569 to float*
  %2127 = add i64 0, %hblk544
  %2128 = mul i64 %2127, 16
  %2129 = getelementptr inbounds float, float* %dvec570, i64 %2128
  %2130 = bitcast float* %2129 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %2130, align 4
  %dvec571 = getelementptr inbounds i8, i8* %scratch, i64 294912
  %dvec572 = bitcast i8* %dvec571 to float*
  %2131 = add i64 128, %hblk544
  %2132 = mul i64 %2131, 16
  %2133 = getelementptr inbounds float, float* %dvec572, i64 %2132
  %2134 = bitcast float* %2133 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %2134, align 4
  %dvec573 = getelementptr inbounds i8, i8* %scratch, i64 294912
  %dvec574 = bitcast i8* %dvec573 to float*
  %2135 = add i64 256, %hblk544
  %2136 = mul i64 %2135, 16
  %2137 = getelementptr inbounds float, float* %dvec574, i64 %2136
  %2138 = bitcast float* %2137 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %2138, align 4
  %dvec575 = getelementptr inbounds i8, i8* %scratch, i64 294912
  %dvec576 = bitcast i8* %dvec575 to float*
  %2139 = add i64 384, %hblk544
  %2140 = mul i64 %2139, 16
  %2141 = getelementptr inbounds float, float* %dvec576, i64 %2140
  %2142 = bitcast float* %2141 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %2142, align 4
  %2143 = add nsw i64 %hblk544, 1
  br label %hblk.head541

hblk.exit543:                                     ; preds = %hblk.head541
  br label %ks.head577

ks.head577:                                       ; preds = %sblk.exit585, %hblk.exit543
  %ks580 = phi i64 [ %ka539, %hblk.exit543 ], [ %2176, %sblk.exit585 ]
  %2144 = icmp slt i64 %ks580, %kb540
  br i1 %2144, label %ks.body578, label %ks.exit579

ks.body578:                                       ; preds = %ks.head577
  %2145 = add i64 %ks580, 8
  %2146 = icmp slt i64 %2145, %kb540
  %ke581 = select i1 %2146, i64 %2145, i64 %kb540
  %2147 = sub i64 %ke581, %ks580
  %full582 = icmp eq i64 %2147, 8
  br label %sblk.head583

ks.exit579:                                       ; preds = %ks.head577
  store float 0.000000e+00, float* %xsum794, align 4
  br label %kx.head795

sblk.head583:                                     ; preds = %kstep.join600, %ks.body578
  %sblk586 = phi i64 [ 0, %ks.body578 ], [ %2545, %kstep.join600 ]
  %2148 = icmp slt i64 %sblk586, %nblk479
  br i1 %2148, label %sblk.body584, label %sblk.exit585

sblk.body584:                                     ; preds = %sblk.head583
  %cb587 = add i64 %chunk, %sblk586
  %c0588 = mul i64 %cb587, 16
  %2149 = icmp slt i64 %c0588, 4080
  %n0589 = select i1 %2149, i64 %c0588, i64 4080
  %lane.lo590 = sub i64 %c0588, %n0589
  %2150 = insertelement <16 x i64> undef, i64 %lane.lo590, i32 0
  %2151 = shufflevector <16 x i64> %2150, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask591 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %2151
  %2152 = mul i64 %sblk586, 2048
  %2153 = add i64 0, %2152
  %zregion592 = getelementptr inbounds i8, i8* %scratch, i64 %2153
  %2154 = mul i64 %sblk586, 192
  %2155 = add i64 329792, %2154
  %hstate593 = getelementptr inbounds i8, i8* %scratch, i64 %2155
  %2156 = getelementptr inbounds i8, i8* %hstate593, i64 0
  %2157 = bitcast i8* %2156 to <16 x float>*
  %hoist.state594 = load <16 x float>, <16 x float>* %2157, align 4
  store <16 x float> %hoist.state594, <16 x float>* %hoist0.pos, align 64
  %2158 = getelementptr inbounds i8, i8* %hstate593, i64 64
  %2159 = bitcast i8* %2158 to <16 x float>*
  %hoist.state595 = load <16 x float>, <16 x float>* %2159, align 4
  store <16 x float> %hoist.state595, <16 x float>* %hoist0.neg, align 64
  %2160 = getelementptr inbounds i8, i8* %hstate593, i64 128
  %2161 = bitcast i8* %2160 to <16 x i32>*
  %hoist.state596 = load <16 x i32>, <16 x i32>* %2161, align 4
  store <16 x i32> %hoist.state596, <16 x i32>* %hoist1, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.0465, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.1466, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.2467, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.3468, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain1.0471, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain1.1472, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain1.2473, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain1.3474, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain2.0, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain2.1, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain2.2, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain2.3, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain3.0, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain3.1, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain3.2, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain3.3, align 64
  %2162 = add i64 %ks580, 16
  %2163 = icmp slt i64 %2162, 4095
  %kpre597 = select i1 %2163, i64 %2162, i64 4095
  %2164 = trunc i64 %kpre597 to i32
  %2165 = mul i32 4, %2164
  %2166 = sext i32 %2165 to i64
  %2167 = sdiv i64 %2166, 32
  %2168 = trunc i64 %n0589 to i32
  %2169 = sext i32 %2168 to i64
  %2170 = mul i64 %2167, 4096
  %2171 = add i64 %2169, %2170
  %2172 = icmp slt i64 %2171, 2097151
  %2173 = select i1 %2172, i64 %2171, i64 2097151
  %2174 = getelementptr inbounds i32, i32* %qweight3, i64 %2173
  %2175 = bitcast i32* %2174 to i8*
  call void @llvm.prefetch.p0i8(i8* %2175, i32 0, i32 3, i32 1)
  br i1 %full582, label %kstep.then598, label %kstep.else599

sblk.exit585:                                     ; preds = %sblk.head583
  %2176 = add nsw i64 %ks580, 8
  br label %ks.head577

kstep.then598:                                    ; preds = %sblk.body584
  %k601 = add i64 %ks580, 0
  %2177 = trunc i64 %k601 to i32
  %2178 = mul i32 4, %2177
  %2179 = sext i32 %2178 to i64
  %word602 = ashr i64 %2179, 5
  %bitpos603 = and i64 %2179, 31
  %2180 = trunc i64 %n0589 to i32
  %2181 = insertelement <16 x i32> undef, i32 %2180, i32 0
  %2182 = shufflevector <16 x i32> %2181, <16 x i32> undef, <16 x i32> zeroinitializer
  %n604 = add <16 x i32> %2182, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2183 = sext <16 x i32> %n604 to <16 x i64>
  %2184 = mul i64 %word602, 4096
  %2185 = insertelement <16 x i64> undef, i64 %2184, i32 0
  %2186 = shufflevector <16 x i64> %2185, <16 x i64> undef, <16 x i32> zeroinitializer
  %2187 = add <16 x i64> %2183, %2186
  %2188 = trunc i64 %n0589 to i32
  %2189 = sext i32 %2188 to i64
  %2190 = mul i64 %word602, 4096
  %2191 = add i64 %2189, %2190
  %2192 = getelementptr inbounds i32, i32* %qweight3, i64 %2191
  %2193 = bitcast i32* %2192 to <16 x i32>*
  %qweight.word605 = load <16 x i32>, <16 x i32>* %2193, align 4
  %2194 = trunc i64 %bitpos603 to i32
  %2195 = insertelement <16 x i32> undef, i32 %2194, i32 0
  %2196 = shufflevector <16 x i32> %2195, <16 x i32> undef, <16 x i32> zeroinitializer
  %2197 = lshr <16 x i32> %qweight.word605, %2196
  %qweight.bits606 = and <16 x i32> %2197, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %2198 = sitofp <16 x i32> %qweight.bits606 to <16 x float>
  %2199 = load <16 x float>, <16 x float>* %chain0.0465, align 64
  %2200 = mul i64 %m463, 4096
  %2201 = add i64 %2200, %k601
  %2202 = getelementptr inbounds float, float* %x1, i64 %2201
  %x607 = load float, float* %2202, align 4
  %2203 = insertelement <16 x float> undef, float %x607, i32 0
  %x.v608 = shufflevector <16 x float> %2203, <16 x float> undef, <16 x i32> zeroinitializer
  %part609 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v608, <16 x float> %2198, <16 x float> %2199)
  store <16 x float> %part609, <16 x float>* %chain0.0465, align 64
  %2204 = load <16 x float>, <16 x float>* %chain1.0471, align 64
  %2205 = mul i64 %m469, 4096
  %2206 = add i64 %2205, %k601
  %2207 = getelementptr inbounds float, float* %x1, i64 %2206
  %x610 = load float, float* %2207, align 4
  %2208 = insertelement <16 x float> undef, float %x610, i32 0
  %x.v611 = shufflevector <16 x float> %2208, <16 x float> undef, <16 x i32> zeroinitializer
  %part612 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v611, <16 x float> %2198, <16 x float> %2204)
  store <16 x float> %part612, <16 x float>* %chain1.0471, align 64
  %2209 = load <16 x float>, <16 x float>* %chain2.0, align 64
  %2210 = mul i64 %m475, 4096
  %2211 = add i64 %2210, %k601
  %2212 = getelementptr inbounds float, float* %x1, i64 %2211
  %x613 = load float, float* %2212, align 4
  %2213 = insertelement <16 x float> undef, float %x613, i32 0
  %x.v614 = shufflevector <16 x float> %2213, <16 x float> undef, <16 x i32> zeroinitializer
  %part615 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v614, <16 x float> %2198, <16 x float> %2209)
  store <16 x float> %part615, <16 x float>* %chain2.0, align 64
  %2214 = load <16 x float>, <16 x float>* %chain3.0, align 64
  %2215 = mul i64 %m477, 4096
  %2216 = add i64 %2215, %k601
  %2217 = getelementptr inbounds float, float* %x1, i64 %2216
  %x616 = load float, float* %2217, align 4
  %2218 = insertelement <16 x float> undef, float %x616, i32 0
  %x.v617 = shufflevector <16 x float> %2218, <16 x float> undef, <16 x i32> zeroinitializer
  %part618 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v617, <16 x float> %2198, <16 x float> %2214)
  store <16 x float> %part618, <16 x float>* %chain3.0, align 64
  %k619 = add i64 %ks580, 1
  %2219 = trunc i64 %k619 to i32
  %2220 = mul i32 4, %2219
  %2221 = sext i32 %2220 to i64
  %word620 = ashr i64 %2221, 5
  %bitpos621 = and i64 %2221, 31
  %2222 = trunc i64 %n0589 to i32
  %2223 = insertelement <16 x i32> undef, i32 %2222, i32 0
  %2224 = shufflevector <16 x i32> %2223, <16 x i32> undef, <16 x i32> zeroinitializer
  %n622 = add <16 x i32> %2224, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2225 = sext <16 x i32> %n622 to <16 x i64>
  %2226 = mul i64 %word620, 4096
  %2227 = insertelement <16 x i64> undef, i64 %2226, i32 0
  %2228 = shufflevector <16 x i64> %2227, <16 x i64> undef, <16 x i32> zeroinitializer
  %2229 = add <16 x i64> %2225, %2228
  %2230 = trunc i64 %n0589 to i32
  %2231 = sext i32 %2230 to i64
  %2232 = mul i64 %word620, 4096
  %2233 = add i64 %2231, %2232
  %2234 = getelementptr inbounds i32, i32* %qweight3, i64 %2233
  %2235 = bitcast i32* %2234 to <16 x i32>*
  %qweight.word623 = load <16 x i32>, <16 x i32>* %2235, align 4
  %2236 = trunc i64 %bitpos621 to i32
  %2237 = insertelement <16 x i32> undef, i32 %2236, i32 0
  %2238 = shufflevector <16 x i32> %2237, <16 x i32> undef, <16 x i32> zeroinitializer
  %2239 = lshr <16 x i32> %qweight.word623, %2238
  %qweight.bits624 = and <16 x i32> %2239, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %2240 = sitofp <16 x i32> %qweight.bits624 to <16 x float>
  %2241 = load <16 x float>, <16 x float>* %chain0.1466, align 64
  %2242 = mul i64 %m463, 4096
  %2243 = add i64 %2242, %k619
  %2244 = getelementptr inbounds float, float* %x1, i64 %2243
  %x625 = load float, float* %2244, align 4
  %2245 = insertelement <16 x float> undef, float %x625, i32 0
  %x.v626 = shufflevector <16 x float> %2245, <16 x float> undef, <16 x i32> zeroinitializer
  %part627 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v626, <16 x float> %2240, <16 x float> %2241)
  store <16 x float> %part627, <16 x float>* %chain0.1466, align 64
  %2246 = load <16 x float>, <16 x float>* %chain1.1472, align 64
  %2247 = mul i64 %m469, 4096
  %2248 = add i64 %2247, %k619
  %2249 = getelementptr inbounds float, float* %x1, i64 %2248
  %x628 = load float, float* %2249, align 4
  %2250 = insertelement <16 x float> undef, float %x628, i32 0
  %x.v629 = shufflevector <16 x float> %2250, <16 x float> undef, <16 x i32> zeroinitializer
  %part630 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v629, <16 x float> %2240, <16 x float> %2246)
  store <16 x float> %part630, <16 x float>* %chain1.1472, align 64
  %2251 = load <16 x float>, <16 x float>* %chain2.1, align 64
  %2252 = mul i64 %m475, 4096
  %2253 = add i64 %2252, %k619
  %2254 = getelementptr inbounds float, float* %x1, i64 %2253
  %x631 = load float, float* %2254, align 4
  %2255 = insertelement <16 x float> undef, float %x631, i32 0
  %x.v632 = shufflevector <16 x float> %2255, <16 x float> undef, <16 x i32> zeroinitializer
  %part633 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v632, <16 x float> %2240, <16 x float> %2251)
  store <16 x float> %part633, <16 x float>* %chain2.1, align 64
  %2256 = load <16 x float>, <16 x float>* %chain3.1, align 64
  %2257 = mul i64 %m477, 4096
  %2258 = add i64 %2257, %k619
  %2259 = getelementptr inbounds float, float* %x1, i64 %2258
  %x634 = load float, float* %2259, align 4
  %2260 = insertelement <16 x float> undef, float %x634, i32 0
  %x.v635 = shufflevector <16 x float> %2260, <16 x float> undef, <16 x i32> zeroinitializer
  %part636 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v635, <16 x float> %2240, <16 x float> %2256)
  store <16 x float> %part636, <16 x float>* %chain3.1, align 64
  %k637 = add i64 %ks580, 2
  %2261 = trunc i64 %k637 to i32
  %2262 = mul i32 4, %2261
  %2263 = sext i32 %2262 to i64
  %word638 = ashr i64 %2263, 5
  %bitpos639 = and i64 %2263, 31
  %2264 = trunc i64 %n0589 to i32
  %2265 = insertelement <16 x i32> undef, i32 %2264, i32 0
  %2266 = shufflevector <16 x i32> %2265, <16 x i32> undef, <16 x i32> zeroinitializer
  %n640 = add <16 x i32> %2266, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2267 = sext <16 x i32> %n640 to <16 x i64>
  %2268 = mul i64 %word638, 4096
  %2269 = insertelement <16 x i64> undef, i64 %2268, i32 0
  %2270 = shufflevector <16 x i64> %2269, <16 x i64> undef, <16 x i32> zeroinitializer
  %2271 = add <16 x i64> %2267, %2270
  %2272 = trunc i64 %n0589 to i32
  %2273 = sext i32 %2272 to i64
  %2274 = mul i64 %word638, 4096
  %2275 = add i64 %2273, %2274
  %2276 = getelementptr inbounds i32, i32* %qweight3, i64 %2275
  %2277 = bitcast i32* %2276 to <16 x i32>*
  %qweight.word641 = load <16 x i32>, <16 x i32>* %2277, align 4
  %2278 = trunc i64 %bitpos639 to i32
  %2279 = insertelement <16 x i32> undef, i32 %2278, i32 0
  %2280 = shufflevector <16 x i32> %2279, <16 x i32> undef, <16 x i32> zeroinitializer
  %2281 = lshr <16 x i32> %qweight.word641, %2280
  %qweight.bits642 = and <16 x i32> %2281, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %2282 = sitofp <16 x i32> %qweight.bits642 to <16 x float>
  %2283 = load <16 x float>, <16 x float>* %chain0.2467, align 64
  %2284 = mul i64 %m463, 4096
  %2285 = add i64 %2284, %k637
  %2286 = getelementptr inbounds float, float* %x1, i64 %2285
  %x643 = load float, float* %2286, align 4
  %2287 = insertelement <16 x float> undef, float %x643, i32 0
  %x.v644 = shufflevector <16 x float> %2287, <16 x float> undef, <16 x i32> zeroinitializer
  %part645 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v644, <16 x float> %2282, <16 x float> %2283)
  store <16 x float> %part645, <16 x float>* %chain0.2467, align 64
  %2288 = load <16 x float>, <16 x float>* %chain1.2473, align 64
  %2289 = mul i64 %m469, 4096
  %2290 = add i64 %2289, %k637
  %2291 = getelementptr inbounds float, float* %x1, i64 %2290
  %x646 = load float, float* %2291, align 4
  %2292 = insertelement <16 x float> undef, float %x646, i32 0
  %x.v647 = shufflevector <16 x float> %2292, <16 x float> undef, <16 x i32> zeroinitializer
  %part648 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v647, <16 x float> %2282, <16 x float> %2288)
  store <16 x float> %part648, <16 x float>* %chain1.2473, align 64
  %2293 = load <16 x float>, <16 x float>* %chain2.2, align 64
  %2294 = mul i64 %m475, 4096
  %2295 = add i64 %2294, %k637
  %2296 = getelementptr inbounds float, float* %x1, i64 %2295
  %x649 = load float, float* %2296, align 4
  %2297 = insertelement <16 x float> undef, float %x649, i32 0
  %x.v650 = shufflevector <16 x float> %2297, <16 x float> undef, <16 x i32> zeroinitializer
  %part651 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v650, <16 x float> %2282, <16 x float> %2293)
  store <16 x float> %part651, <16 x float>* %chain2.2, align 64
  %2298 = load <16 x float>, <16 x float>* %chain3.2, align 64
  %2299 = mul i64 %m477, 4096
  %2300 = add i64 %2299, %k637
  %2301 = getelementptr inbounds float, float* %x1, i64 %2300
  %x652 = load float, float* %2301, align 4
  %2302 = insertelement <16 x float> undef, float %x652, i32 0
  %x.v653 = shufflevector <16 x float> %2302, <16 x float> undef, <16 x i32> zeroinitializer
  %part654 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v653, <16 x float> %2282, <16 x float> %2298)
  store <16 x float> %part654, <16 x float>* %chain3.2, align 64
  %k655 = add i64 %ks580, 3
  %2303 = trunc i64 %k655 to i32
  %2304 = mul i32 4, %2303
  %2305 = sext i32 %2304 to i64
  %word656 = ashr i64 %2305, 5
  %bitpos657 = and i64 %2305, 31
  %2306 = trunc i64 %n0589 to i32
  %2307 = insertelement <16 x i32> undef, i32 %2306, i32 0
  %2308 = shufflevector <16 x i32> %2307, <16 x i32> undef, <16 x i32> zeroinitializer
  %n658 = add <16 x i32> %2308, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2309 = sext <16 x i32> %n658 to <16 x i64>
  %2310 = mul i64 %word656, 4096
  %2311 = insertelement <16 x i64> undef, i64 %2310, i32 0
  %2312 = shufflevector <16 x i64> %2311, <16 x i64> undef, <16 x i32> zeroinitializer
  %2313 = add <16 x i64> %2309, %2312
  %2314 = trunc i64 %n0589 to i32
  %2315 = sext i32 %2314 to i64
  %2316 = mul i64 %word656, 4096
  %2317 = add i64 %2315, %2316
  %2318 = getelementptr inbounds i32, i32* %qweight3, i64 %2317
  %2319 = bitcast i32* %2318 to <16 x i32>*
  %qweight.word659 = load <16 x i32>, <16 x i32>* %2319, align 4
  %2320 = trunc i64 %bitpos657 to i32
  %2321 = insertelement <16 x i32> undef, i32 %2320, i32 0
  %2322 = shufflevector <16 x i32> %2321, <16 x i32> undef, <16 x i32> zeroinitializer
  %2323 = lshr <16 x i32> %qweight.word659, %2322
  %qweight.bits660 = and <16 x i32> %2323, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %2324 = sitofp <16 x i32> %qweight.bits660 to <16 x float>
  %2325 = load <16 x float>, <16 x float>* %chain0.3468, align 64
  %2326 = mul i64 %m463, 4096
  %2327 = add i64 %2326, %k655
  %2328 = getelementptr inbounds float, float* %x1, i64 %2327
  %x661 = load float, float* %2328, align 4
  %2329 = insertelement <16 x float> undef, float %x661, i32 0
  %x.v662 = shufflevector <16 x float> %2329, <16 x float> undef, <16 x i32> zeroinitializer
  %part663 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v662, <16 x float> %2324, <16 x float> %2325)
  store <16 x float> %part663, <16 x float>* %chain0.3468, align 64
  %2330 = load <16 x float>, <16 x float>* %chain1.3474, align 64
  %2331 = mul i64 %m469, 4096
  %2332 = add i64 %2331, %k655
  %2333 = getelementptr inbounds float, float* %x1, i64 %2332
  %x664 = load float, float* %2333, align 4
  %2334 = insertelement <16 x float> undef, float %x664, i32 0
  %x.v665 = shufflevector <16 x float> %2334, <16 x float> undef, <16 x i32> zeroinitializer
  %part666 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v665, <16 x float> %2324, <16 x float> %2330)
  store <16 x float> %part666, <16 x float>* %chain1.3474, align 64
  %2335 = load <16 x float>, <16 x float>* %chain2.3, align 64
  %2336 = mul i64 %m475, 4096
  %2337 = add i64 %2336, %k655
  %2338 = getelementptr inbounds float, float* %x1, i64 %2337
  %x667 = load float, float* %2338, align 4
  %2339 = insertelement <16 x float> undef, float %x667, i32 0
  %x.v668 = shufflevector <16 x float> %2339, <16 x float> undef, <16 x i32> zeroinitializer
  %part669 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v668, <16 x float> %2324, <16 x float> %2335)
  store <16 x float> %part669, <16 x float>* %chain2.3, align 64
  %2340 = load <16 x float>, <16 x float>* %chain3.3, align 64
  %2341 = mul i64 %m477, 4096
  %2342 = add i64 %2341, %k655
  %2343 = getelementptr inbounds float, float* %x1, i64 %2342
  %x670 = load float, float* %2343, align 4
  %2344 = insertelement <16 x float> undef, float %x670, i32 0
  %x.v671 = shufflevector <16 x float> %2344, <16 x float> undef, <16 x i32> zeroinitializer
  %part672 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v671, <16 x float> %2324, <16 x float> %2340)
  store <16 x float> %part672, <16 x float>* %chain3.3, align 64
  %k673 = add i64 %ks580, 4
  %2345 = trunc i64 %k673 to i32
  %2346 = mul i32 4, %2345
  %2347 = sext i32 %2346 to i64
  %word674 = ashr i64 %2347, 5
  %bitpos675 = and i64 %2347, 31
  %2348 = trunc i64 %n0589 to i32
  %2349 = insertelement <16 x i32> undef, i32 %2348, i32 0
  %2350 = shufflevector <16 x i32> %2349, <16 x i32> undef, <16 x i32> zeroinitializer
  %n676 = add <16 x i32> %2350, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2351 = sext <16 x i32> %n676 to <16 x i64>
  %2352 = mul i64 %word674, 4096
  %2353 = insertelement <16 x i64> undef, i64 %2352, i32 0
  %2354 = shufflevector <16 x i64> %2353, <16 x i64> undef, <16 x i32> zeroinitializer
  %2355 = add <16 x i64> %2351, %2354
  %2356 = trunc i64 %n0589 to i32
  %2357 = sext i32 %2356 to i64
  %2358 = mul i64 %word674, 4096
  %2359 = add i64 %2357, %2358
  %2360 = getelementptr inbounds i32, i32* %qweight3, i64 %2359
  %2361 = bitcast i32* %2360 to <16 x i32>*
  %qweight.word677 = load <16 x i32>, <16 x i32>* %2361, align 4
  %2362 = trunc i64 %bitpos675 to i32
  %2363 = insertelement <16 x i32> undef, i32 %2362, i32 0
  %2364 = shufflevector <16 x i32> %2363, <16 x i32> undef, <16 x i32> zeroinitializer
  %2365 = lshr <16 x i32> %qweight.word677, %2364
  %qweight.bits678 = and <16 x i32> %2365, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %2366 = sitofp <16 x i32> %qweight.bits678 to <16 x float>
  %2367 = load <16 x float>, <16 x float>* %chain0.0465, align 64
  %2368 = mul i64 %m463, 4096
  %2369 = add i64 %2368, %k673
  %2370 = getelementptr inbounds float, float* %x1, i64 %2369
  %x679 = load float, float* %2370, align 4
  %2371 = insertelement <16 x float> undef, float %x679, i32 0
  %x.v680 = shufflevector <16 x float> %2371, <16 x float> undef, <16 x i32> zeroinitializer
  %part681 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v680, <16 x float> %2366, <16 x float> %2367)
  store <16 x float> %part681, <16 x float>* %chain0.0465, align 64
  %2372 = load <16 x float>, <16 x float>* %chain1.0471, align 64
  %2373 = mul i64 %m469, 4096
  %2374 = add i64 %2373, %k673
  %2375 = getelementptr inbounds float, float* %x1, i64 %2374
  %x682 = load float, float* %2375, align 4
  %2376 = insertelement <16 x float> undef, float %x682, i32 0
  %x.v683 = shufflevector <16 x float> %2376, <16 x float> undef, <16 x i32> zeroinitializer
  %part684 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v683, <16 x float> %2366, <16 x float> %2372)
  store <16 x float> %part684, <16 x float>* %chain1.0471, align 64
  %2377 = load <16 x float>, <16 x float>* %chain2.0, align 64
  %2378 = mul i64 %m475, 4096
  %2379 = add i64 %2378, %k673
  %2380 = getelementptr inbounds float, float* %x1, i64 %2379
  %x685 = load float, float* %2380, align 4
  %2381 = insertelement <16 x float> undef, float %x685, i32 0
  %x.v686 = shufflevector <16 x float> %2381, <16 x float> undef, <16 x i32> zeroinitializer
  %part687 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v686, <16 x float> %2366, <16 x float> %2377)
  store <16 x float> %part687, <16 x float>* %chain2.0, align 64
  %2382 = load <16 x float>, <16 x float>* %chain3.0, align 64
  %2383 = mul i64 %m477, 4096
  %2384 = add i64 %2383, %k673
  %2385 = getelementptr inbounds float, float* %x1, i64 %2384
  %x688 = load float, float* %2385, align 4
  %2386 = insertelement <16 x float> undef, float %x688, i32 0
  %x.v689 = shufflevector <16 x float> %2386, <16 x float> undef, <16 x i32> zeroinitializer
  %part690 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v689, <16 x float> %2366, <16 x float> %2382)
  store <16 x float> %part690, <16 x float>* %chain3.0, align 64
  %k691 = add i64 %ks580, 5
  %2387 = trunc i64 %k691 to i32
  %2388 = mul i32 4, %2387
  %2389 = sext i32 %2388 to i64
  %word692 = ashr i64 %2389, 5
  %bitpos693 = and i64 %2389, 31
  %2390 = trunc i64 %n0589 to i32
  %2391 = insertelement <16 x i32> undef, i32 %2390, i32 0
  %2392 = shufflevector <16 x i32> %2391, <16 x i32> undef, <16 x i32> zeroinitializer
  %n694 = add <16 x i32> %2392, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2393 = sext <16 x i32> %n694 to <16 x i64>
  %2394 = mul i64 %word692, 4096
  %2395 = insertelement <16 x i64> undef, i64 %2394, i32 0
  %2396 = shufflevector <16 x i64> %2395, <16 x i64> undef, <16 x i32> zeroinitializer
  %2397 = add <16 x i64> %2393, %2396
  %2398 = trunc i64 %n0589 to i32
  %2399 = sext i32 %2398 to i64
  %2400 = mul i64 %word692, 4096
  %2401 = add i64 %2399, %2400
  %2402 = getelementptr inbounds i32, i32* %qweight3, i64 %2401
  %2403 = bitcast i32* %2402 to <16 x i32>*
  %qweight.word695 = load <16 x i32>, <16 x i32>* %2403, align 4
  %2404 = trunc i64 %bitpos693 to i32
  %2405 = insertelement <16 x i32> undef, i32 %2404, i32 0
  %2406 = shufflevector <16 x i32> %2405, <16 x i32> undef, <16 x i32> zeroinitializer
  %2407 = lshr <16 x i32> %qweight.word695, %2406
  %qweight.bits696 = and <16 x i32> %2407, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %2408 = sitofp <16 x i32> %qweight.bits696 to <16 x float>
  %2409 = load <16 x float>, <16 x float>* %chain0.1466, align 64
  %2410 = mul i64 %m463, 4096
  %2411 = add i64 %2410, %k691
  %2412 = getelementptr inbounds float, float* %x1, i64 %2411
  %x697 = load float, float* %2412, align 4
  %2413 = insertelement <16 x float> undef, float %x697, i32 0
  %x.v698 = shufflevector <16 x float> %2413, <16 x float> undef, <16 x i32> zeroinitializer
  %part699 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v698, <16 x float> %2408, <16 x float> %2409)
  store <16 x float> %part699, <16 x float>* %chain0.1466, align 64
  %2414 = load <16 x float>, <16 x float>* %chain1.1472, align 64
  %2415 = mul i64 %m469, 4096
  %2416 = add i64 %2415, %k691
  %2417 = getelementptr inbounds float, float* %x1, i64 %2416
  %x700 = load float, float* %2417, align 4
  %2418 = insertelement <16 x float> undef, float %x700, i32 0
  %x.v701 = shufflevector <16 x float> %2418, <16 x float> undef, <16 x i32> zeroinitializer
  %part702 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v701, <16 x float> %2408, <16 x float> %2414)
  store <16 x float> %part702, <16 x float>* %chain1.1472, align 64
  %2419 = load <16 x float>, <16 x float>* %chain2.1, align 64
  %2420 = mul i64 %m475, 4096
  %2421 = add i64 %2420, %k691
  %2422 = getelementptr inbounds float, float* %x1, i64 %2421
  %x703 = load float, float* %2422, align 4
  %2423 = insertelement <16 x float> undef, float %x703, i32 0
  %x.v704 = shufflevector <16 x float> %2423, <16 x float> undef, <16 x i32> zeroinitializer
  %part705 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v704, <16 x float> %2408, <16 x float> %2419)
  store <16 x float> %part705, <16 x float>* %chain2.1, align 64
  %2424 = load <16 x float>, <16 x float>* %chain3.1, align 64
  %2425 = mul i64 %m477, 4096
  %2426 = add i64 %2425, %k691
  %2427 = getelementptr inbounds float, float* %x1, i64 %2426
  %x706 = load float, float* %2427, align 4
  %2428 = insertelement <16 x float> undef, float %x706, i32 0
  %x.v707 = shufflevector <16 x float> %2428, <16 x float> undef, <16 x i32> zeroinitializer
  %part708 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v707, <16 x float> %2408, <16 x float> %2424)
  store <16 x float> %part708, <16 x float>* %chain3.1, align 64
  %k709 = add i64 %ks580, 6
  %2429 = trunc i64 %k709 to i32
  %2430 = mul i32 4, %2429
  %2431 = sext i32 %2430 to i64
  %word710 = ashr i64 %2431, 5
  %bitpos711 = and i64 %2431, 31
  %2432 = trunc i64 %n0589 to i32
  %2433 = insertelement <16 x i32> undef, i32 %2432, i32 0
  %2434 = shufflevector <16 x i32> %2433, <16 x i32> undef, <16 x i32> zeroinitializer
  %n712 = add <16 x i32> %2434, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2435 = sext <16 x i32> %n712 to <16 x i64>
  %2436 = mul i64 %word710, 4096
  %2437 = insertelement <16 x i64> undef, i64 %2436, i32 0
  %2438 = shufflevector <16 x i64> %2437, <16 x i64> undef, <16 x i32> zeroinitializer
  %2439 = add <16 x i64> %2435, %2438
  %2440 = trunc i64 %n0589 to i32
  %2441 = sext i32 %2440 to i64
  %2442 = mul i64 %word710, 4096
  %2443 = add i64 %2441, %2442
  %2444 = getelementptr inbounds i32, i32* %qweight3, i64 %2443
  %2445 = bitcast i32* %2444 to <16 x i32>*
  %qweight.word713 = load <16 x i32>, <16 x i32>* %2445, align 4
  %2446 = trunc i64 %bitpos711 to i32
  %2447 = insertelement <16 x i32> undef, i32 %2446, i32 0
  %2448 = shufflevector <16 x i32> %2447, <16 x i32> undef, <16 x i32> zeroinitializer
  %2449 = lshr <16 x i32> %qweight.word713, %2448
  %qweight.bits714 = and <16 x i32> %2449, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %2450 = sitofp <16 x i32> %qweight.bits714 to <16 x float>
  %2451 = load <16 x float>, <16 x float>* %chain0.2467, align 64
  %2452 = mul i64 %m463, 4096
  %2453 = add i64 %2452, %k709
  %2454 = getelementptr inbounds float, float* %x1, i64 %2453
  %x715 = load float, float* %2454, align 4
  %2455 = insertelement <16 x float> undef, float %x715, i32 0
  %x.v716 = shufflevector <16 x float> %2455, <16 x float> undef, <16 x i32> zeroinitializer
  %part717 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v716, <16 x float> %2450, <16 x float> %2451)
  store <16 x float> %part717, <16 x float>* %chain0.2467, align 64
  %2456 = load <16 x float>, <16 x float>* %chain1.2473, align 64
  %2457 = mul i64 %m469, 4096
  %2458 = add i64 %2457, %k709
  %2459 = getelementptr inbounds float, float* %x1, i64 %2458
  %x718 = load float, float* %2459, align 4
  %2460 = insertelement <16 x float> undef, float %x718, i32 0
  %x.v719 = shufflevector <16 x float> %2460, <16 x float> undef, <16 x i32> zeroinitializer
  %part720 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v719, <16 x float> %2450, <16 x float> %2456)
  store <16 x float> %part720, <16 x float>* %chain1.2473, align 64
  %2461 = load <16 x float>, <16 x float>* %chain2.2, align 64
  %2462 = mul i64 %m475, 4096
  %2463 = add i64 %2462, %k709
  %2464 = getelementptr inbounds float, float* %x1, i64 %2463
  %x721 = load float, float* %2464, align 4
  %2465 = insertelement <16 x float> undef, float %x721, i32 0
  %x.v722 = shufflevector <16 x float> %2465, <16 x float> undef, <16 x i32> zeroinitializer
  %part723 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v722, <16 x float> %2450, <16 x float> %2461)
  store <16 x float> %part723, <16 x float>* %chain2.2, align 64
  %2466 = load <16 x float>, <16 x float>* %chain3.2, align 64
  %2467 = mul i64 %m477, 4096
  %2468 = add i64 %2467, %k709
  %2469 = getelementptr inbounds float, float* %x1, i64 %2468
  %x724 = load float, float* %2469, align 4
  %2470 = insertelement <16 x float> undef, float %x724, i32 0
  %x.v725 = shufflevector <16 x float> %2470, <16 x float> undef, <16 x i32> zeroinitializer
  %part726 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v725, <16 x float> %2450, <16 x float> %2466)
  store <16 x float> %part726, <16 x float>* %chain3.2, align 64
  %k727 = add i64 %ks580, 7
  %2471 = trunc i64 %k727 to i32
  %2472 = mul i32 4, %2471
  %2473 = sext i32 %2472 to i64
  %word728 = ashr i64 %2473, 5
  %bitpos729 = and i64 %2473, 31
  %2474 = trunc i64 %n0589 to i32
  %2475 = insertelement <16 x i32> undef, i32 %2474, i32 0
  %2476 = shufflevector <16 x i32> %2475, <16 x i32> undef, <16 x i32> zeroinitializer
  %n730 = add <16 x i32> %2476, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2477 = sext <16 x i32> %n730 to <16 x i64>
  %2478 = mul i64 %word728, 4096
  %2479 = insertelement <16 x i64> undef, i64 %2478, i32 0
  %2480 = shufflevector <16 x i64> %2479, <16 x i64> undef, <16 x i32> zeroinitializer
  %2481 = add <16 x i64> %2477, %2480
  %2482 = trunc i64 %n0589 to i32
  %2483 = sext i32 %2482 to i64
  %2484 = mul i64 %word728, 4096
  %2485 = add i64 %2483, %2484
  %2486 = getelementptr inbounds i32, i32* %qweight3, i64 %2485
  %2487 = bitcast i32* %2486 to <16 x i32>*
  %qweight.word731 = load <16 x i32>, <16 x i32>* %2487, align 4
  %2488 = trunc i64 %bitpos729 to i32
  %2489 = insertelement <16 x i32> undef, i32 %2488, i32 0
  %2490 = shufflevector <16 x i32> %2489, <16 x i32> undef, <16 x i32> zeroinitializer
  %2491 = lshr <16 x i32> %qweight.word731, %2490
  %qweight.bits732 = and <16 x i32> %2491, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %2492 = sitofp <16 x i32> %qweight.bits732 to <16 x float>
  %2493 = load <16 x float>, <16 x float>* %chain0.3468, align 64
  %2494 = mul i64 %m463, 4096
  %2495 = add i64 %2494, %k727
  %2496 = getelementptr inbounds float, float* %x1, i64 %2495
  %x733 = load float, float* %2496, align 4
  %2497 = insertelement <16 x float> undef, float %x733, i32 0
  %x.v734 = shufflevector <16 x float> %2497, <16 x float> undef, <16 x i32> zeroinitializer
  %part735 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v734, <16 x float> %2492, <16 x float> %2493)
  store <16 x float> %part735, <16 x float>* %chain0.3468, align 64
  %2498 = load <16 x float>, <16 x float>* %chain1.3474, align 64
  %2499 = mul i64 %m469, 4096
  %2500 = add i64 %2499, %k727
  %2501 = getelementptr inbounds float, float* %x1, i64 %2500
  %x736 = load float, float* %2501, align 4
  %2502 = insertelement <16 x float> undef, float %x736, i32 0
  %x.v737 = shufflevector <16 x float> %2502, <16 x float> undef, <16 x i32> zeroinitializer
  %part738 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v737, <16 x float> %2492, <16 x float> %2498)
  store <16 x float> %part738, <16 x float>* %chain1.3474, align 64
  %2503 = load <16 x float>, <16 x float>* %chain2.3, align 64
  %2504 = mul i64 %m475, 4096
  %2505 = add i64 %2504, %k727
  %2506 = getelementptr inbounds float, float* %x1, i64 %2505
  %x739 = load float, float* %2506, align 4
  %2507 = insertelement <16 x float> undef, float %x739, i32 0
  %x.v740 = shufflevector <16 x float> %2507, <16 x float> undef, <16 x i32> zeroinitializer
  %part741 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v740, <16 x float> %2492, <16 x float> %2503)
  store <16 x float> %part741, <16 x float>* %chain2.3, align 64
  %2508 = load <16 x float>, <16 x float>* %chain3.3, align 64
  %2509 = mul i64 %m477, 4096
  %2510 = add i64 %2509, %k727
  %2511 = getelementptr inbounds float, float* %x1, i64 %2510
  %x742 = load float, float* %2511, align 4
  %2512 = insertelement <16 x float> undef, float %x742, i32 0
  %x.v743 = shufflevector <16 x float> %2512, <16 x float> undef, <16 x i32> zeroinitializer
  %part744 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v743, <16 x float> %2492, <16 x float> %2508)
  store <16 x float> %part744, <16 x float>* %chain3.3, align 64
  br label %kstep.join600

kstep.else599:                                    ; preds = %sblk.body584
  br label %k.head745

kstep.join600:                                    ; preds = %k.exit747, %kstep.then598
  %dvec766 = getelementptr inbounds i8, i8* %scratch, i64 294912
  %dvec767 = bitcast i8* %dvec766 to float*
  %2513 = add i64 0, %sblk586
  %2514 = mul i64 %2513, 16
  %2515 = getelementptr inbounds float, float* %dvec767, i64 %2514
  %2516 = bitcast float* %2515 to <16 x float>*
  %part768 = load <16 x float>, <16 x float>* %2516, align 4
  %2517 = load <16 x float>, <16 x float>* %chain0.0465, align 64
  %part769 = fadd <16 x float> %part768, %2517
  %2518 = load <16 x float>, <16 x float>* %chain0.1466, align 64
  %part770 = fadd <16 x float> %part769, %2518
  %2519 = load <16 x float>, <16 x float>* %chain0.2467, align 64
  %part771 = fadd <16 x float> %part770, %2519
  %2520 = load <16 x float>, <16 x float>* %chain0.3468, align 64
  %part772 = fadd <16 x float> %part771, %2520
  store <16 x float> %part772, <16 x float>* %2516, align 4
  %dvec773 = getelementptr inbounds i8, i8* %scratch, i64 294912
  %dvec774 = bitcast i8* %dvec773 to float*
  %2521 = add i64 128, %sblk586
  %2522 = mul i64 %2521, 16
  %2523 = getelementptr inbounds float, float* %dvec774, i64 %2522
  %2524 = bitcast float* %2523 to <16 x float>*
  %part775 = load <16 x float>, <16 x float>* %2524, align 4
  %2525 = load <16 x float>, <16 x float>* %chain1.0471, align 64
  %part776 = fadd <16 x float> %part775, %2525
  %2526 = load <16 x float>, <16 x float>* %chain1.1472, align 64
  %part777 = fadd <16 x float> %part776, %2526
  %2527 = load <16 x float>, <16 x float>* %chain1.2473, align 64
  %part778 = fadd <16 x float> %part777, %2527
  %2528 = load <16 x float>, <16 x float>* %chain1.3474, align 64
  %part779 = fadd <16 x float> %part778, %2528
  store <16 x float> %part779, <16 x float>* %2524, align 4
  %dvec780 = getelementptr inbounds i8, i8* %scratch, i64 294912
  %dvec781 = bitcast i8* %dvec780 to float*
  %2529 = add i64 256, %sblk586
  %2530 = mul i64 %2529, 16
  %2531 = getelementptr inbounds float, float* %dvec781, i64 %2530
  %2532 = bitcast float* %2531 to <16 x float>*
  %part782 = load <16 x float>, <16 x float>* %2532, align 4
  %2533 = load <16 x float>, <16 x float>* %chain2.0, align 64
  %part783 = fadd <16 x float> %part782, %2533
  %2534 = load <16 x float>, <16 x float>* %chain2.1, align 64
  %part784 = fadd <16 x float> %part783, %2534
  %2535 = load <16 x float>, <16 x float>* %chain2.2, align 64
  %part785 = fadd <16 x float> %part784, %2535
  %2536 = load <16 x float>, <16 x float>* %chain2.3, align 64
  %part786 = fadd <16 x float> %part785, %2536
  store <16 x float> %part786, <16 x float>* %2532, align 4
  %dvec787 = getelementptr inbounds i8, i8* %scratch, i64 294912
  %dvec788 = bitcast i8* %dvec787 to float*
  %2537 = add i64 384, %sblk586
  %2538 = mul i64 %2537, 16
  %2539 = getelementptr inbounds float, float* %dvec788, i64 %2538
  %2540 = bitcast float* %2539 to <16 x float>*
  %part789 = load <16 x float>, <16 x float>* %2540, align 4
  %2541 = load <16 x float>, <16 x float>* %chain3.0, align 64
  %part790 = fadd <16 x float> %part789, %2541
  %2542 = load <16 x float>, <16 x float>* %chain3.1, align 64
  %part791 = fadd <16 x float> %part790, %2542
  %2543 = load <16 x float>, <16 x float>* %chain3.2, align 64
  %part792 = fadd <16 x float> %part791, %2543
  %2544 = load <16 x float>, <16 x float>* %chain3.3, align 64
  %part793 = fadd <16 x float> %part792, %2544
  store <16 x float> %part793, <16 x float>* %2540, align 4
  %2545 = add nsw i64 %sblk586, 1
  br label %sblk.head583

k.head745:                                        ; preds = %k.body746, %kstep.else599
  %k748 = phi i64 [ %ks580, %kstep.else599 ], [ %2589, %k.body746 ]
  %2546 = icmp slt i64 %k748, %ke581
  br i1 %2546, label %k.body746, label %k.exit747

k.body746:                                        ; preds = %k.head745
  %2547 = trunc i64 %k748 to i32
  %2548 = mul i32 4, %2547
  %2549 = sext i32 %2548 to i64
  %word749 = ashr i64 %2549, 5
  %bitpos750 = and i64 %2549, 31
  %2550 = trunc i64 %n0589 to i32
  %2551 = insertelement <16 x i32> undef, i32 %2550, i32 0
  %2552 = shufflevector <16 x i32> %2551, <16 x i32> undef, <16 x i32> zeroinitializer
  %n751 = add <16 x i32> %2552, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2553 = sext <16 x i32> %n751 to <16 x i64>
  %2554 = mul i64 %word749, 4096
  %2555 = insertelement <16 x i64> undef, i64 %2554, i32 0
  %2556 = shufflevector <16 x i64> %2555, <16 x i64> undef, <16 x i32> zeroinitializer
  %2557 = add <16 x i64> %2553, %2556
  %2558 = trunc i64 %n0589 to i32
  %2559 = sext i32 %2558 to i64
  %2560 = mul i64 %word749, 4096
  %2561 = add i64 %2559, %2560
  %2562 = getelementptr inbounds i32, i32* %qweight3, i64 %2561
  %2563 = bitcast i32* %2562 to <16 x i32>*
  %qweight.word752 = load <16 x i32>, <16 x i32>* %2563, align 4
  %2564 = trunc i64 %bitpos750 to i32
  %2565 = insertelement <16 x i32> undef, i32 %2564, i32 0
  %2566 = shufflevector <16 x i32> %2565, <16 x i32> undef, <16 x i32> zeroinitializer
  %2567 = lshr <16 x i32> %qweight.word752, %2566
  %qweight.bits753 = and <16 x i32> %2567, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %2568 = sitofp <16 x i32> %qweight.bits753 to <16 x float>
  %2569 = load <16 x float>, <16 x float>* %chain0.0465, align 64
  %2570 = mul i64 %m463, 4096
  %2571 = add i64 %2570, %k748
  %2572 = getelementptr inbounds float, float* %x1, i64 %2571
  %x754 = load float, float* %2572, align 4
  %2573 = insertelement <16 x float> undef, float %x754, i32 0
  %x.v755 = shufflevector <16 x float> %2573, <16 x float> undef, <16 x i32> zeroinitializer
  %part756 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v755, <16 x float> %2568, <16 x float> %2569)
  store <16 x float> %part756, <16 x float>* %chain0.0465, align 64
  %2574 = load <16 x float>, <16 x float>* %chain1.0471, align 64
  %2575 = mul i64 %m469, 4096
  %2576 = add i64 %2575, %k748
  %2577 = getelementptr inbounds float, float* %x1, i64 %2576
  %x757 = load float, float* %2577, align 4
  %2578 = insertelement <16 x float> undef, float %x757, i32 0
  %x.v758 = shufflevector <16 x float> %2578, <16 x float> undef, <16 x i32> zeroinitializer
  %part759 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v758, <16 x float> %2568, <16 x float> %2574)
  store <16 x float> %part759, <16 x float>* %chain1.0471, align 64
  %2579 = load <16 x float>, <16 x float>* %chain2.0, align 64
  %2580 = mul i64 %m475, 4096
  %2581 = add i64 %2580, %k748
  %2582 = getelementptr inbounds float, float* %x1, i64 %2581
  %x760 = load float, float* %2582, align 4
  %2583 = insertelement <16 x float> undef, float %x760, i32 0
  %x.v761 = shufflevector <16 x float> %2583, <16 x float> undef, <16 x i32> zeroinitializer
  %part762 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v761, <16 x float> %2568, <16 x float> %2579)
  store <16 x float> %part762, <16 x float>* %chain2.0, align 64
  %2584 = load <16 x float>, <16 x float>* %chain3.0, align 64
  %2585 = mul i64 %m477, 4096
  %2586 = add i64 %2585, %k748
  %2587 = getelementptr inbounds float, float* %x1, i64 %2586
  %x763 = load float, float* %2587, align 4
  %2588 = insertelement <16 x float> undef, float %x763, i32 0
  %x.v764 = shufflevector <16 x float> %2588, <16 x float> undef, <16 x i32> zeroinitializer
  %part765 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v764, <16 x float> %2568, <16 x float> %2584)
  store <16 x float> %part765, <16 x float>* %chain3.0, align 64
  %2589 = add nsw i64 %k748, 1
  br label %k.head745

k.exit747:                                        ; preds = %k.head745
  br label %kstep.join600

kx.head795:                                       ; preds = %kx.body796, %ks.exit579
  %kx798 = phi i64 [ %ka539, %ks.exit579 ], [ %2596, %kx.body796 ]
  %2590 = icmp slt i64 %kx798, %kb540
  br i1 %2590, label %kx.body796, label %kx.exit797

kx.body796:                                       ; preds = %kx.head795
  %2591 = mul i64 %m463, 4096
  %2592 = add i64 %2591, %kx798
  %2593 = getelementptr inbounds float, float* %x1, i64 %2592
  %x799 = load float, float* %2593, align 4
  %2594 = load float, float* %xsum794, align 4
  %2595 = fadd float %2594, %x799
  store float %2595, float* %xsum794, align 4
  %2596 = add nsw i64 %kx798, 1
  br label %kx.head795

kx.exit797:                                       ; preds = %kx.head795
  %xsum800 = load float, float* %xsum794, align 4
  %2597 = insertelement <16 x float> undef, float %xsum800, i32 0
  %xsum.v801 = shufflevector <16 x float> %2597, <16 x float> undef, <16 x i32> zeroinitializer
  store float 0.000000e+00, float* %xsum802, align 4
  br label %kx.head803

kx.head803:                                       ; preds = %kx.body804, %kx.exit797
  %kx806 = phi i64 [ %ka539, %kx.exit797 ], [ %2604, %kx.body804 ]
  %2598 = icmp slt i64 %kx806, %kb540
  br i1 %2598, label %kx.body804, label %kx.exit805

kx.body804:                                       ; preds = %kx.head803
  %2599 = mul i64 %m469, 4096
  %2600 = add i64 %2599, %kx806
  %2601 = getelementptr inbounds float, float* %x1, i64 %2600
  %x807 = load float, float* %2601, align 4
  %2602 = load float, float* %xsum802, align 4
  %2603 = fadd float %2602, %x807
  store float %2603, float* %xsum802, align 4
  %2604 = add nsw i64 %kx806, 1
  br label %kx.head803

kx.exit805:                                       ; preds = %kx.head803
  %xsum808 = load float, float* %xsum802, align 4
  %2605 = insertelement <16 x float> undef, float %xsum808, i32 0
  %xsum.v809 = shufflevector <16 x float> %2605, <16 x float> undef, <16 x i32> zeroinitializer
  store float 0.000000e+00, float* %xsum810, align 4
  br label %kx.head811

kx.head811:                                       ; preds = %kx.body812, %kx.exit805
  %kx814 = phi i64 [ %ka539, %kx.exit805 ], [ %2612, %kx.body812 ]
  %2606 = icmp slt i64 %kx814, %kb540
  br i1 %2606, label %kx.body812, label %kx.exit813

kx.body812:                                       ; preds = %kx.head811
  %2607 = mul i64 %m475, 4096
  %2608 = add i64 %2607, %kx814
  %2609 = getelementptr inbounds float, float* %x1, i64 %2608
  %x815 = load float, float* %2609, align 4
  %2610 = load float, float* %xsum810, align 4
  %2611 = fadd float %2610, %x815
  store float %2611, float* %xsum810, align 4
  %2612 = add nsw i64 %kx814, 1
  br label %kx.head811

kx.exit813:                                       ; preds = %kx.head811
  %xsum816 = load float, float* %xsum810, align 4
  %2613 = insertelement <16 x float> undef, float %xsum816, i32 0
  %xsum.v817 = shufflevector <16 x float> %2613, <16 x float> undef, <16 x i32> zeroinitializer
  store float 0.000000e+00, float* %xsum818, align 4
  br label %kx.head819

kx.head819:                                       ; preds = %kx.body820, %kx.exit813
  %kx822 = phi i64 [ %ka539, %kx.exit813 ], [ %2620, %kx.body820 ]
  %2614 = icmp slt i64 %kx822, %kb540
  br i1 %2614, label %kx.body820, label %kx.exit821

kx.body820:                                       ; preds = %kx.head819
  %2615 = mul i64 %m477, 4096
  %2616 = add i64 %2615, %kx822
  %2617 = getelementptr inbounds float, float* %x1, i64 %2616
  %x823 = load float, float* %2617, align 4
  %2618 = load float, float* %xsum818, align 4
  %2619 = fadd float %2618, %x823
  store float %2619, float* %xsum818, align 4
  %2620 = add nsw i64 %kx822, 1
  br label %kx.head819

kx.exit821:                                       ; preds = %kx.head819
  %xsum824 = load float, float* %xsum818, align 4
  %2621 = insertelement <16 x float> undef, float %xsum824, i32 0
  %xsum.v825 = shufflevector <16 x float> %2621, <16 x float> undef, <16 x i32> zeroinitializer
  br label %fblk.head826

fblk.head826:                                     ; preds = %fblk.body827, %kx.exit821
  %fblk829 = phi i64 [ 0, %kx.exit821 ], [ %2674, %fblk.body827 ]
  %2622 = icmp slt i64 %fblk829, %nblk479
  br i1 %2622, label %fblk.body827, label %fblk.exit828

fblk.body827:                                     ; preds = %fblk.head826
  %cb830 = add i64 %chunk, %fblk829
  %c0831 = mul i64 %cb830, 16
  %2623 = icmp slt i64 %c0831, 4080
  %n0832 = select i1 %2623, i64 %c0831, i64 4080
  %lane.lo833 = sub i64 %c0831, %n0832
  %2624 = insertelement <16 x i64> undef, i64 %lane.lo833, i32 0
  %2625 = shufflevector <16 x i64> %2624, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask834 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %2625
  %2626 = mul i64 %fblk829, 2048
  %2627 = add i64 0, %2626
  %zregion835 = getelementptr inbounds i8, i8* %scratch, i64 %2627
  %2628 = mul i64 %fblk829, 192
  %2629 = add i64 329792, %2628
  %hstate836 = getelementptr inbounds i8, i8* %scratch, i64 %2629
  %2630 = getelementptr inbounds i8, i8* %hstate836, i64 0
  %2631 = bitcast i8* %2630 to <16 x float>*
  %hoist.state837 = load <16 x float>, <16 x float>* %2631, align 4
  store <16 x float> %hoist.state837, <16 x float>* %hoist0.pos, align 64
  %2632 = getelementptr inbounds i8, i8* %hstate836, i64 64
  %2633 = bitcast i8* %2632 to <16 x float>*
  %hoist.state838 = load <16 x float>, <16 x float>* %2633, align 4
  store <16 x float> %hoist.state838, <16 x float>* %hoist0.neg, align 64
  %2634 = getelementptr inbounds i8, i8* %hstate836, i64 128
  %2635 = bitcast i8* %2634 to <16 x i32>*
  %hoist.state839 = load <16 x i32>, <16 x i32>* %2635, align 4
  store <16 x i32> %hoist.state839, <16 x i32>* %hoist1, align 64
  %h840 = load <16 x float>, <16 x float>* %hoist0.pos, align 64
  %h.neg841 = load <16 x float>, <16 x float>* %hoist0.neg, align 64
  %2636 = load <16 x i32>, <16 x i32>* %hoist1, align 64
  %2637 = sitofp <16 x i32> %2636 to <16 x float>
  %dvec842 = getelementptr inbounds i8, i8* %scratch, i64 262144
  %dvec843 = bitcast i8* %dvec842 to float*
  %2638 = add i64 0, %fblk829
  %2639 = mul i64 %2638, 16
  %2640 = getelementptr inbounds float, float* %dvec843, i64 %2639
  %2641 = bitcast float* %2640 to <16 x float>*
  %dvec844 = getelementptr inbounds i8, i8* %scratch, i64 294912
  %dvec845 = bitcast i8* %dvec844 to float*
  %2642 = add i64 0, %fblk829
  %2643 = mul i64 %2642, 16
  %2644 = getelementptr inbounds float, float* %dvec845, i64 %2643
  %2645 = bitcast float* %2644 to <16 x float>*
  %part846 = load <16 x float>, <16 x float>* %2645, align 4
  %acc847 = load <16 x float>, <16 x float>* %2641, align 4
  %2646 = fmul <16 x float> %2637, %xsum.v801
  %run848 = fsub <16 x float> %part846, %2646
  %h.row849 = select i1 %neg.row464, <16 x float> %h.neg841, <16 x float> %h840
  %acc850 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %h.row849, <16 x float> %run848, <16 x float> %acc847)
  store <16 x float> %acc850, <16 x float>* %2641, align 4
  %dvec851 = getelementptr inbounds i8, i8* %scratch, i64 262144
  %dvec852 = bitcast i8* %dvec851 to float*
  %2647 = add i64 128, %fblk829
  %2648 = mul i64 %2647, 16
  %2649 = getelementptr inbounds float, float* %dvec852, i64 %2648
  %2650 = bitcast float* %2649 to <16 x float>*
  %dvec853 = getelementptr inbounds i8, i8* %scratch, i64 294912
  %dvec854 = bitcast i8* %dvec853 to float*
  %2651 = add i64 128, %fblk829
  %2652 = mul i64 %2651, 16
  %2653 = getelementptr inbounds float, float* %dvec854, i64 %2652
  %2654 = bitcast float* %2653 to <16 x float>*
  %part855 = load <16 x float>, <16 x float>* %2654, align 4
  %acc856 = load <16 x float>, <16 x float>* %2650, align 4
  %2655 = fmul <16 x float> %2637, %xsum.v809
  %run857 = fsub <16 x float> %part855, %2655
  %h.row858 = select i1 %neg.row470, <16 x float> %h.neg841, <16 x float> %h840
  %acc859 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %h.row858, <16 x float> %run857, <16 x float> %acc856)
  store <16 x float> %acc859, <16 x float>* %2650, align 4
  %dvec860 = getelementptr inbounds i8, i8* %scratch, i64 262144
  %dvec861 = bitcast i8* %dvec860 to float*
  %2656 = add i64 256, %fblk829
  %2657 = mul i64 %2656, 16
  %2658 = getelementptr inbounds float, float* %dvec861, i64 %2657
  %2659 = bitcast float* %2658 to <16 x float>*
  %dvec862 = getelementptr inbounds i8, i8* %scratch, i64 294912
  %dvec863 = bitcast i8* %dvec862 to float*
  %2660 = add i64 256, %fblk829
  %2661 = mul i64 %2660, 16
  %2662 = getelementptr inbounds float, float* %dvec863, i64 %2661
  %2663 = bitcast float* %2662 to <16 x float>*
  %part864 = load <16 x float>, <16 x float>* %2663, align 4
  %acc865 = load <16 x float>, <16 x float>* %2659, align 4
  %2664 = fmul <16 x float> %2637, %xsum.v817
  %run866 = fsub <16 x float> %part864, %2664
  %h.row867 = select i1 %neg.row476, <16 x float> %h.neg841, <16 x float> %h840
  %acc868 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %h.row867, <16 x float> %run866, <16 x float> %acc865)
  store <16 x float> %acc868, <16 x float>* %2659, align 4
  %dvec869 = getelementptr inbounds i8, i8* %scratch, i64 262144
  %dvec870 = bitcast i8* %dvec869 to float*
  %2665 = add i64 384, %fblk829
  %2666 = mul i64 %2665, 16
  %2667 = getelementptr inbounds float, float* %dvec870, i64 %2666
  %2668 = bitcast float* %2667 to <16 x float>*
  %dvec871 = getelementptr inbounds i8, i8* %scratch, i64 294912
  %dvec872 = bitcast i8* %dvec871 to float*
  %2669 = add i64 384, %fblk829
  %2670 = mul i64 %2669, 16
  %2671 = getelementptr inbounds float, float* %dvec872, i64 %2670
  %2672 = bitcast float* %2671 to <16 x float>*
  %part873 = load <16 x float>, <16 x float>* %2672, align 4
  %acc874 = load <16 x float>, <16 x float>* %2668, align 4
  %2673 = fmul <16 x float> %2637, %xsum.v825
  %run875 = fsub <16 x float> %part873, %2673
  %h.row876 = select i1 %neg.row478, <16 x float> %h.neg841, <16 x float> %h840
  %acc877 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %h.row876, <16 x float> %run875, <16 x float> %acc874)
  store <16 x float> %acc877, <16 x float>* %2668, align 4
  %2674 = add nsw i64 %fblk829, 1
  br label %fblk.head826

fblk.exit828:                                     ; preds = %fblk.head826
  %2675 = add nsw i64 %run538, 1
  br label %run.head535

eblk.head878:                                     ; preds = %row.join913, %kt.exit520
  %eblk881 = phi i64 [ 0, %kt.exit520 ], [ %2715, %row.join913 ]
  %2676 = icmp slt i64 %eblk881, %nblk479
  br i1 %2676, label %eblk.body879, label %eblk.exit880

eblk.body879:                                     ; preds = %eblk.head878
  %cb882 = add i64 %chunk, %eblk881
  %c0883 = mul i64 %cb882, 16
  %2677 = icmp slt i64 %c0883, 4080
  %n0884 = select i1 %2677, i64 %c0883, i64 4080
  %lane.lo885 = sub i64 %c0883, %n0884
  %2678 = insertelement <16 x i64> undef, i64 %lane.lo885, i32 0
  %2679 = shufflevector <16 x i64> %2678, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask886 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %2679
  %dvec887 = getelementptr inbounds i8, i8* %scratch, i64 262144
  %dvec888 = bitcast i8* %dvec887 to float*
  %2680 = add i64 0, %eblk881
  %2681 = mul i64 %2680, 16
  %2682 = getelementptr inbounds float, float* %dvec888, i64 %2681
  %2683 = bitcast float* %2682 to <16 x float>*
  %acc889 = load <16 x float>, <16 x float>* %2683, align 4
  %2684 = icmp slt i64 %m463, %rows.pos
  %eps.row890 = select i1 %2684, float %eps.pos, float %eps.neg
  %2685 = mul i64 %m463, 4096
  %out.i891 = add i64 %2685, %n0884
  %2686 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i891
  %2687 = bitcast float* %2686 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc889, <16 x float>* %2687, i32 4, <16 x i1> %store.mask886)
  %dvec892 = getelementptr inbounds i8, i8* %scratch, i64 262144
  %dvec893 = bitcast i8* %dvec892 to float*
  %2688 = add i64 128, %eblk881
  %2689 = mul i64 %2688, 16
  %2690 = getelementptr inbounds float, float* %dvec893, i64 %2689
  %2691 = bitcast float* %2690 to <16 x float>*
  %acc894 = load <16 x float>, <16 x float>* %2691, align 4
  %2692 = icmp slt i64 1, %M
  br i1 %2692, label %row.then895, label %row.else896

eblk.exit880:                                     ; preds = %eblk.head878
  br label %m2.join

row.then895:                                      ; preds = %eblk.body879
  %2693 = icmp slt i64 %m469, %rows.pos
  %eps.row898 = select i1 %2693, float %eps.pos, float %eps.neg
  %2694 = mul i64 %m469, 4096
  %out.i899 = add i64 %2694, %n0884
  %2695 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i899
  %2696 = bitcast float* %2695 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc894, <16 x float>* %2696, i32 4, <16 x i1> %store.mask886)
  br label %row.join897

row.else896:                                      ; preds = %eblk.body879
  br label %row.join897

row.join897:                                      ; preds = %row.else896, %row.then895
  %dvec900 = getelementptr inbounds i8, i8* %scratch, i64 262144
  %dvec901 = bitcast i8* %dvec900 to float*
  %2697 = add i64 256, %eblk881
  %2698 = mul i64 %2697, 16
  %2699 = getelementptr inbounds float, float* %dvec901, i64 %2698
  %2700 = bitcast float* %2699 to <16 x float>*
  %acc902 = load <16 x float>, <16 x float>* %2700, align 4
  %2701 = icmp slt i64 2, %M
  br i1 %2701, label %row.then903, label %row.else904

row.then903:                                      ; preds = %row.join897
  %2702 = icmp slt i64 %m475, %rows.pos
  %eps.row906 = select i1 %2702, float %eps.pos, float %eps.neg
  %2703 = mul i64 %m475, 4096
  %out.i907 = add i64 %2703, %n0884
  %2704 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i907
  %2705 = bitcast float* %2704 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc902, <16 x float>* %2705, i32 4, <16 x i1> %store.mask886)
  br label %row.join905

row.else904:                                      ; preds = %row.join897
  br label %row.join905

row.join905:                                      ; preds = %row.else904, %row.then903
  %dvec908 = getelementptr inbounds i8, i8* %scratch, i64 262144
  %dvec909 = bitcast i8* %dvec908 to float*
  %2706 = add i64 384, %eblk881
  %2707 = mul i64 %2706, 16
  %2708 = getelementptr inbounds float, float* %dvec909, i64 %2707
  %2709 = bitcast float* %2708 to <16 x float>*
  %acc910 = load <16 x float>, <16 x float>* %2709, align 4
  %2710 = icmp slt i64 3, %M
  br i1 %2710, label %row.then911, label %row.else912

row.then911:                                      ; preds = %row.join905
  %2711 = icmp slt i64 %m477, %rows.pos
  %eps.row914 = select i1 %2711, float %eps.pos, float %eps.neg
  %2712 = mul i64 %m477, 4096
  %out.i915 = add i64 %2712, %n0884
  %2713 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i915
  %2714 = bitcast float* %2713 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc910, <16 x float>* %2714, i32 4, <16 x i1> %store.mask886)
  br label %row.join913

row.else912:                                      ; preds = %row.join905
  br label %row.join913

row.join913:                                      ; preds = %row.else912, %row.then911
  %2715 = add nsw i64 %eblk881, 1
  br label %eblk.head878

cb.head:                                          ; preds = %kt.exit944, %direct.else
  %cb916 = phi i64 [ %begin, %direct.else ], [ %3023, %kt.exit944 ]
  %2716 = icmp slt i64 %cb916, %end
  br i1 %2716, label %cb.body, label %cb.exit

cb.body:                                          ; preds = %cb.head
  %c0917 = mul i64 %cb916, 16
  %2717 = icmp slt i64 %c0917, 4080
  %n0918 = select i1 %2717, i64 %c0917, i64 4080
  %lane.lo919 = sub i64 %c0917, %n0918
  %2718 = insertelement <16 x i64> undef, i64 %lane.lo919, i32 0
  %2719 = shufflevector <16 x i64> %2718, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask920 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %2719
  %zregion921 = getelementptr inbounds i8, i8* %scratch, i64 0
  %2720 = getelementptr inbounds i8, i8* %zregion921, i64 0
  %zbuf922 = bitcast i8* %2720 to float*
  br i1 %perturbed, label %zpro.then923, label %zpro.else924

cb.exit:                                          ; preds = %cb.head
  br label %direct.join

zpro.then923:                                     ; preds = %cb.body
  br label %zrow.head926

zpro.else924:                                     ; preds = %cb.body
  br label %zpro.join925

zpro.join925:                                     ; preds = %zpro.else924, %zrow.exit928
  store i1 false, i1* %have_key, align 1
  store <16 x float> zeroinitializer, <16 x float>* %hoist0.pos, align 64
  store <16 x float> zeroinitializer, <16 x float>* %hoist0.neg, align 64
  store <16 x i32> zeroinitializer, <16 x i32>* %hoist1, align 64
  %panel.pos = getelementptr inbounds i8, i8* %scratch, i64 354368
  %panel.pos939 = bitcast i8* %panel.pos to float*
  %panel.neg = getelementptr inbounds i8, i8* %scratch, i64 370752
  %panel.neg940 = bitcast i8* %panel.neg to float*
  %accbuf = getelementptr inbounds i8, i8* %scratch, i64 387136
  %accbuf941 = bitcast i8* %accbuf to float*
  br label %kt.head942

zrow.head926:                                     ; preds = %zrow.body927, %zpro.then923
  %zrow929 = phi i64 [ 0, %zpro.then923 ], [ %3019, %zrow.body927 ]
  %2721 = icmp slt i64 %zrow929, 32
  br i1 %2721, label %zrow.body927, label %zrow.exit928

zrow.body927:                                     ; preds = %zrow.head926
  %2722 = mul i64 %n0918, 1
  %2723 = urem i64 %zrow929, 32
  %2724 = udiv i64 %zrow929, 32
  %2725 = mul i64 %2723, 4096
  %2726 = add i64 %2722, %2725
  %2727 = mul i64 %zrow929, 16
  %2728 = getelementptr inbounds float, float* %zbuf922, i64 %2727
  %2729 = insertelement <16 x i64> undef, i64 %2726, i32 0
  %2730 = shufflevector <16 x i64> %2729, <16 x i64> undef, <16 x i32> zeroinitializer
  %2731 = add <16 x i64> %2730, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %pair930 = lshr <16 x i64> %2731, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %2732 = trunc <16 x i64> %pair930 to <16 x i32>
  %2733 = lshr <16 x i64> %pair930, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2734 = trunc <16 x i64> %2733 to <16 x i32>
  %2735 = trunc i64 %stream.scales to i32
  %2736 = insertelement <16 x i32> undef, i32 %2735, i32 0
  %2737 = shufflevector <16 x i32> %2736, <16 x i32> undef, <16 x i32> zeroinitializer
  %key0931 = trunc i64 %seed to i32
  %2738 = lshr i64 %seed, 32
  %key1932 = trunc i64 %2738 to i32
  %2739 = zext <16 x i32> %2732 to <16 x i64>
  %2740 = mul <16 x i64> %2739, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %2741 = trunc <16 x i64> %2740 to <16 x i32>
  %2742 = lshr <16 x i64> %2740, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2743 = trunc <16 x i64> %2742 to <16 x i32>
  %2744 = zext <16 x i32> %2737 to <16 x i64>
  %2745 = mul <16 x i64> %2744, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %2746 = trunc <16 x i64> %2745 to <16 x i32>
  %2747 = lshr <16 x i64> %2745, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2748 = trunc <16 x i64> %2747 to <16 x i32>
  %2749 = insertelement <16 x i32> undef, i32 %key0931, i32 0
  %2750 = shufflevector <16 x i32> %2749, <16 x i32> undef, <16 x i32> zeroinitializer
  %2751 = insertelement <16 x i32> undef, i32 %key1932, i32 0
  %2752 = shufflevector <16 x i32> %2751, <16 x i32> undef, <16 x i32> zeroinitializer
  %2753 = xor <16 x i32> %2748, %2734
  %2754 = xor <16 x i32> %2753, %2750
  %2755 = xor <16 x i32> %2743, zeroinitializer
  %2756 = xor <16 x i32> %2755, %2752
  %2757 = add i32 %key0931, -1640531527
  %2758 = add i32 %key1932, -1150833019
  %2759 = zext <16 x i32> %2754 to <16 x i64>
  %2760 = mul <16 x i64> %2759, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %2761 = trunc <16 x i64> %2760 to <16 x i32>
  %2762 = lshr <16 x i64> %2760, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2763 = trunc <16 x i64> %2762 to <16 x i32>
  %2764 = zext <16 x i32> %2756 to <16 x i64>
  %2765 = mul <16 x i64> %2764, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %2766 = trunc <16 x i64> %2765 to <16 x i32>
  %2767 = lshr <16 x i64> %2765, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2768 = trunc <16 x i64> %2767 to <16 x i32>
  %2769 = insertelement <16 x i32> undef, i32 %2757, i32 0
  %2770 = shufflevector <16 x i32> %2769, <16 x i32> undef, <16 x i32> zeroinitializer
  %2771 = insertelement <16 x i32> undef, i32 %2758, i32 0
  %2772 = shufflevector <16 x i32> %2771, <16 x i32> undef, <16 x i32> zeroinitializer
  %2773 = xor <16 x i32> %2768, %2746
  %2774 = xor <16 x i32> %2773, %2770
  %2775 = xor <16 x i32> %2763, %2741
  %2776 = xor <16 x i32> %2775, %2772
  %2777 = add i32 %2757, -1640531527
  %2778 = add i32 %2758, -1150833019
  %2779 = zext <16 x i32> %2774 to <16 x i64>
  %2780 = mul <16 x i64> %2779, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %2781 = trunc <16 x i64> %2780 to <16 x i32>
  %2782 = lshr <16 x i64> %2780, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2783 = trunc <16 x i64> %2782 to <16 x i32>
  %2784 = zext <16 x i32> %2776 to <16 x i64>
  %2785 = mul <16 x i64> %2784, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %2786 = trunc <16 x i64> %2785 to <16 x i32>
  %2787 = lshr <16 x i64> %2785, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2788 = trunc <16 x i64> %2787 to <16 x i32>
  %2789 = insertelement <16 x i32> undef, i32 %2777, i32 0
  %2790 = shufflevector <16 x i32> %2789, <16 x i32> undef, <16 x i32> zeroinitializer
  %2791 = insertelement <16 x i32> undef, i32 %2778, i32 0
  %2792 = shufflevector <16 x i32> %2791, <16 x i32> undef, <16 x i32> zeroinitializer
  %2793 = xor <16 x i32> %2788, %2766
  %2794 = xor <16 x i32> %2793, %2790
  %2795 = xor <16 x i32> %2783, %2761
  %2796 = xor <16 x i32> %2795, %2792
  %2797 = add i32 %2777, -1640531527
  %2798 = add i32 %2778, -1150833019
  %2799 = zext <16 x i32> %2794 to <16 x i64>
  %2800 = mul <16 x i64> %2799, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %2801 = trunc <16 x i64> %2800 to <16 x i32>
  %2802 = lshr <16 x i64> %2800, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2803 = trunc <16 x i64> %2802 to <16 x i32>
  %2804 = zext <16 x i32> %2796 to <16 x i64>
  %2805 = mul <16 x i64> %2804, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %2806 = trunc <16 x i64> %2805 to <16 x i32>
  %2807 = lshr <16 x i64> %2805, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2808 = trunc <16 x i64> %2807 to <16 x i32>
  %2809 = insertelement <16 x i32> undef, i32 %2797, i32 0
  %2810 = shufflevector <16 x i32> %2809, <16 x i32> undef, <16 x i32> zeroinitializer
  %2811 = insertelement <16 x i32> undef, i32 %2798, i32 0
  %2812 = shufflevector <16 x i32> %2811, <16 x i32> undef, <16 x i32> zeroinitializer
  %2813 = xor <16 x i32> %2808, %2786
  %2814 = xor <16 x i32> %2813, %2810
  %2815 = xor <16 x i32> %2803, %2781
  %2816 = xor <16 x i32> %2815, %2812
  %2817 = add i32 %2797, -1640531527
  %2818 = add i32 %2798, -1150833019
  %2819 = zext <16 x i32> %2814 to <16 x i64>
  %2820 = mul <16 x i64> %2819, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %2821 = trunc <16 x i64> %2820 to <16 x i32>
  %2822 = lshr <16 x i64> %2820, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2823 = trunc <16 x i64> %2822 to <16 x i32>
  %2824 = zext <16 x i32> %2816 to <16 x i64>
  %2825 = mul <16 x i64> %2824, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %2826 = trunc <16 x i64> %2825 to <16 x i32>
  %2827 = lshr <16 x i64> %2825, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2828 = trunc <16 x i64> %2827 to <16 x i32>
  %2829 = insertelement <16 x i32> undef, i32 %2817, i32 0
  %2830 = shufflevector <16 x i32> %2829, <16 x i32> undef, <16 x i32> zeroinitializer
  %2831 = insertelement <16 x i32> undef, i32 %2818, i32 0
  %2832 = shufflevector <16 x i32> %2831, <16 x i32> undef, <16 x i32> zeroinitializer
  %2833 = xor <16 x i32> %2828, %2806
  %2834 = xor <16 x i32> %2833, %2830
  %2835 = xor <16 x i32> %2823, %2801
  %2836 = xor <16 x i32> %2835, %2832
  %2837 = add i32 %2817, -1640531527
  %2838 = add i32 %2818, -1150833019
  %2839 = zext <16 x i32> %2834 to <16 x i64>
  %2840 = mul <16 x i64> %2839, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %2841 = trunc <16 x i64> %2840 to <16 x i32>
  %2842 = lshr <16 x i64> %2840, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2843 = trunc <16 x i64> %2842 to <16 x i32>
  %2844 = zext <16 x i32> %2836 to <16 x i64>
  %2845 = mul <16 x i64> %2844, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %2846 = trunc <16 x i64> %2845 to <16 x i32>
  %2847 = lshr <16 x i64> %2845, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2848 = trunc <16 x i64> %2847 to <16 x i32>
  %2849 = insertelement <16 x i32> undef, i32 %2837, i32 0
  %2850 = shufflevector <16 x i32> %2849, <16 x i32> undef, <16 x i32> zeroinitializer
  %2851 = insertelement <16 x i32> undef, i32 %2838, i32 0
  %2852 = shufflevector <16 x i32> %2851, <16 x i32> undef, <16 x i32> zeroinitializer
  %2853 = xor <16 x i32> %2848, %2826
  %2854 = xor <16 x i32> %2853, %2850
  %2855 = xor <16 x i32> %2843, %2821
  %2856 = xor <16 x i32> %2855, %2852
  %2857 = add i32 %2837, -1640531527
  %2858 = add i32 %2838, -1150833019
  %2859 = zext <16 x i32> %2854 to <16 x i64>
  %2860 = mul <16 x i64> %2859, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %2861 = trunc <16 x i64> %2860 to <16 x i32>
  %2862 = lshr <16 x i64> %2860, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2863 = trunc <16 x i64> %2862 to <16 x i32>
  %2864 = zext <16 x i32> %2856 to <16 x i64>
  %2865 = mul <16 x i64> %2864, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %2866 = trunc <16 x i64> %2865 to <16 x i32>
  %2867 = lshr <16 x i64> %2865, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2868 = trunc <16 x i64> %2867 to <16 x i32>
  %2869 = insertelement <16 x i32> undef, i32 %2857, i32 0
  %2870 = shufflevector <16 x i32> %2869, <16 x i32> undef, <16 x i32> zeroinitializer
  %2871 = insertelement <16 x i32> undef, i32 %2858, i32 0
  %2872 = shufflevector <16 x i32> %2871, <16 x i32> undef, <16 x i32> zeroinitializer
  %2873 = xor <16 x i32> %2868, %2846
  %2874 = xor <16 x i32> %2873, %2870
  %2875 = xor <16 x i32> %2863, %2841
  %2876 = xor <16 x i32> %2875, %2872
  %2877 = add i32 %2857, -1640531527
  %2878 = add i32 %2858, -1150833019
  %2879 = zext <16 x i32> %2874 to <16 x i64>
  %2880 = mul <16 x i64> %2879, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %2881 = trunc <16 x i64> %2880 to <16 x i32>
  %2882 = lshr <16 x i64> %2880, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2883 = trunc <16 x i64> %2882 to <16 x i32>
  %2884 = zext <16 x i32> %2876 to <16 x i64>
  %2885 = mul <16 x i64> %2884, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %2886 = trunc <16 x i64> %2885 to <16 x i32>
  %2887 = lshr <16 x i64> %2885, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2888 = trunc <16 x i64> %2887 to <16 x i32>
  %2889 = insertelement <16 x i32> undef, i32 %2877, i32 0
  %2890 = shufflevector <16 x i32> %2889, <16 x i32> undef, <16 x i32> zeroinitializer
  %2891 = insertelement <16 x i32> undef, i32 %2878, i32 0
  %2892 = shufflevector <16 x i32> %2891, <16 x i32> undef, <16 x i32> zeroinitializer
  %2893 = xor <16 x i32> %2888, %2866
  %2894 = xor <16 x i32> %2893, %2890
  %2895 = xor <16 x i32> %2883, %2861
  %2896 = xor <16 x i32> %2895, %2892
  %2897 = add i32 %2877, -1640531527
  %2898 = add i32 %2878, -1150833019
  %2899 = zext <16 x i32> %2894 to <16 x i64>
  %2900 = mul <16 x i64> %2899, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %2901 = trunc <16 x i64> %2900 to <16 x i32>
  %2902 = lshr <16 x i64> %2900, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2903 = trunc <16 x i64> %2902 to <16 x i32>
  %2904 = zext <16 x i32> %2896 to <16 x i64>
  %2905 = mul <16 x i64> %2904, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %2906 = trunc <16 x i64> %2905 to <16 x i32>
  %2907 = lshr <16 x i64> %2905, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2908 = trunc <16 x i64> %2907 to <16 x i32>
  %2909 = insertelement <16 x i32> undef, i32 %2897, i32 0
  %2910 = shufflevector <16 x i32> %2909, <16 x i32> undef, <16 x i32> zeroinitializer
  %2911 = insertelement <16 x i32> undef, i32 %2898, i32 0
  %2912 = shufflevector <16 x i32> %2911, <16 x i32> undef, <16 x i32> zeroinitializer
  %2913 = xor <16 x i32> %2908, %2886
  %2914 = xor <16 x i32> %2913, %2910
  %2915 = xor <16 x i32> %2903, %2881
  %2916 = xor <16 x i32> %2915, %2912
  %2917 = add i32 %2897, -1640531527
  %2918 = add i32 %2898, -1150833019
  %2919 = zext <16 x i32> %2914 to <16 x i64>
  %2920 = mul <16 x i64> %2919, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %2921 = trunc <16 x i64> %2920 to <16 x i32>
  %2922 = lshr <16 x i64> %2920, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2923 = trunc <16 x i64> %2922 to <16 x i32>
  %2924 = zext <16 x i32> %2916 to <16 x i64>
  %2925 = mul <16 x i64> %2924, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %2926 = trunc <16 x i64> %2925 to <16 x i32>
  %2927 = lshr <16 x i64> %2925, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2928 = trunc <16 x i64> %2927 to <16 x i32>
  %2929 = insertelement <16 x i32> undef, i32 %2917, i32 0
  %2930 = shufflevector <16 x i32> %2929, <16 x i32> undef, <16 x i32> zeroinitializer
  %2931 = insertelement <16 x i32> undef, i32 %2918, i32 0
  %2932 = shufflevector <16 x i32> %2931, <16 x i32> undef, <16 x i32> zeroinitializer
  %2933 = xor <16 x i32> %2928, %2906
  %2934 = xor <16 x i32> %2933, %2930
  %2935 = xor <16 x i32> %2923, %2901
  %2936 = xor <16 x i32> %2935, %2932
  %2937 = lshr <16 x i32> %2934, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %2938 = shl <16 x i32> %2937, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %2939 = or <16 x i32> %2938, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %2940 = sitofp <16 x i32> %2939 to <16 x float>
  %2941 = fmul <16 x float> %2940, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %2942 = lshr <16 x i32> %2926, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %2943 = shl <16 x i32> %2942, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %2944 = or <16 x i32> %2943, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %2945 = sitofp <16 x i32> %2944 to <16 x float>
  %2946 = fmul <16 x float> %2945, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %2947 = bitcast <16 x float> %2941 to <16 x i32>
  %2948 = lshr <16 x i32> %2947, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2949 = sub <16 x i32> %2948, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2950 = and <16 x i32> %2947, <i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607>
  %2951 = or <16 x i32> %2950, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %2952 = icmp uge <16 x i32> %2951, <i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891>
  %2953 = sub <16 x i32> %2951, <i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608>
  %2954 = select <16 x i1> %2952, <16 x i32> %2953, <16 x i32> %2951
  %2955 = add <16 x i32> %2949, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %2956 = select <16 x i1> %2952, <16 x i32> %2955, <16 x i32> %2949
  %2957 = bitcast <16 x i32> %2954 to <16 x float>
  %2958 = fsub <16 x float> %2957, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2959 = fadd <16 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %2958
  %2960 = fdiv <16 x float> %2958, %2959
  %2961 = fmul <16 x float> %2960, %2960
  %2962 = fmul <16 x float> %2961, <float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000>
  %2963 = fadd <16 x float> <float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000>, %2962
  %2964 = fmul <16 x float> %2961, %2963
  %2965 = fadd <16 x float> <float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000>, %2964
  %2966 = fmul <16 x float> %2961, %2965
  %2967 = fadd <16 x float> <float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000>, %2966
  %2968 = fmul <16 x float> %2961, %2967
  %2969 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2968
  %2970 = fadd <16 x float> %2960, %2960
  %2971 = fmul <16 x float> %2970, %2969
  %2972 = sitofp <16 x i32> %2956 to <16 x float>
  %2973 = fmul <16 x float> %2972, <float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000>
  %2974 = fadd <16 x float> %2971, %2973
  %2975 = fmul <16 x float> %2972, <float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000>
  %ln.u1933 = fadd <16 x float> %2975, %2974
  %2976 = fmul <16 x float> <float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00>, %ln.u1933
  %r934 = call <16 x float> @llvm.sqrt.v16f32(<16 x float> %2976)
  %2977 = fmul <16 x float> %2946, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %2978 = fadd <16 x float> %2977, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %2979 = fsub <16 x float> %2978, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %2980 = fsub <16 x float> %2977, %2979
  %2981 = fmul <16 x float> %2980, %2980
  %2982 = fmul <16 x float> %2981, <float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000>
  %2983 = fadd <16 x float> <float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000>, %2982
  %2984 = fmul <16 x float> %2981, %2983
  %2985 = fadd <16 x float> <float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000>, %2984
  %2986 = fmul <16 x float> %2981, %2985
  %2987 = fadd <16 x float> <float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000>, %2986
  %2988 = fmul <16 x float> %2981, %2987
  %2989 = fadd <16 x float> <float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000>, %2988
  %2990 = fmul <16 x float> %2980, %2989
  %2991 = fmul <16 x float> %2981, <float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000>
  %2992 = fadd <16 x float> <float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000>, %2991
  %2993 = fmul <16 x float> %2981, %2992
  %2994 = fadd <16 x float> <float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000>, %2993
  %2995 = fmul <16 x float> %2981, %2994
  %2996 = fadd <16 x float> <float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000>, %2995
  %2997 = fmul <16 x float> %2981, %2996
  %2998 = fadd <16 x float> <float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000>, %2997
  %2999 = fmul <16 x float> %2981, %2998
  %3000 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2999
  %3001 = fptosi <16 x float> %2979 to <16 x i32>
  %quadrant935 = and <16 x i32> %3001, <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %3002 = and <16 x i32> %quadrant935, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %3003 = icmp ne <16 x i32> %3002, zeroinitializer
  %3004 = select <16 x i1> %3003, <16 x float> %3000, <16 x float> %2990
  %3005 = select <16 x i1> %3003, <16 x float> %2990, <16 x float> %3000
  %3006 = and <16 x i32> %quadrant935, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %3007 = icmp ne <16 x i32> %3006, zeroinitializer
  %3008 = add <16 x i32> %quadrant935, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %3009 = and <16 x i32> %3008, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %3010 = icmp ne <16 x i32> %3009, zeroinitializer
  %3011 = fneg <16 x float> %3004
  %sin936 = select <16 x i1> %3007, <16 x float> %3011, <16 x float> %3004
  %3012 = fneg <16 x float> %3005
  %cos937 = select <16 x i1> %3010, <16 x float> %3012, <16 x float> %3005
  %3013 = fmul <16 x float> %r934, %cos937
  %3014 = fmul <16 x float> %r934, %sin936
  %3015 = and <16 x i64> %2731, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %3016 = icmp ne <16 x i64> %3015, zeroinitializer
  %z938 = select <16 x i1> %3016, <16 x float> %3014, <16 x float> %3013
  %3017 = getelementptr inbounds float, float* %2728, i64 0
  %3018 = bitcast float* %3017 to <16 x float>*
  store <16 x float> %z938, <16 x float>* %3018, align 4
  %3019 = add nsw i64 %zrow929, 1
  br label %zrow.head926

zrow.exit928:                                     ; preds = %zrow.head926
  br label %zpro.join925

kt.head942:                                       ; preds = %slot.exit, %zpro.join925
  %kt945 = phi i64 [ 0, %zpro.join925 ], [ %3158, %slot.exit ]
  %3020 = icmp slt i64 %kt945, 4096
  br i1 %3020, label %kt.body943, label %kt.exit944

kt.body943:                                       ; preds = %kt.head942
  %3021 = sub i64 4096, %kt945
  %3022 = icmp slt i64 256, %3021
  %kn = select i1 %3022, i64 256, i64 %3021
  br label %kd.head

kt.exit944:                                       ; preds = %kt.head942
  %3023 = add nsw i64 %cb916, 1
  br label %cb.head

kd.head:                                          ; preds = %rekey.join, %kt.body943
  %kd = phi i64 [ 0, %kt.body943 ], [ %3152, %rekey.join ]
  %3024 = icmp slt i64 %kd, %kn
  br i1 %3024, label %kd.body, label %kd.exit

kd.body:                                          ; preds = %kd.head
  %k946 = add i64 %kt945, %kd
  %have = load i1, i1* %have_key, align 1
  %3025 = xor i1 %have, true
  %3026 = trunc i64 %k946 to i32
  %3027 = sext i32 %3026 to i64
  %3028 = getelementptr inbounds i32, i32* %g_idx6, i64 %3027
  %g_idx.raw947 = load i32, i32* %3028, align 4
  %3029 = sext i32 %g_idx.raw947 to i64
  %3030 = trunc i64 %3029 to i32
  %key0.now = sext i32 %3030 to i64
  %3031 = load i64, i64* %key0, align 8
  %3032 = icmp ne i64 %key0.now, %3031
  %key.changed948 = or i1 %3025, %3032
  br i1 %key.changed948, label %rekey.then, label %rekey.else

kd.exit:                                          ; preds = %kd.head
  %first = icmp eq i64 %kt945, 0
  %3033 = add i64 %kt945, 256
  %last = icmp sge i64 %3033, 4096
  br label %slot.head

rekey.then:                                       ; preds = %kd.body
  store i64 %key0.now, i64* %key0, align 8
  store i1 true, i1* %have_key, align 1
  %3034 = sext i32 %3030 to i64
  %3035 = icmp slt i64 %3034, 0
  %3036 = select i1 %3035, i64 0, i64 %3034
  %3037 = icmp slt i64 %3036, 31
  %3038 = select i1 %3037, i64 %3036, i64 31
  %3039 = trunc i64 %n0918 to i32
  %3040 = insertelement <16 x i32> undef, i32 %3039, i32 0
  %3041 = shufflevector <16 x i32> %3040, <16 x i32> undef, <16 x i32> zeroinitializer
  %n949 = add <16 x i32> %3041, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3042 = sext <16 x i32> %n949 to <16 x i64>
  %3043 = mul i64 %3038, 4096
  %3044 = insertelement <16 x i64> undef, i64 %3043, i32 0
  %3045 = shufflevector <16 x i64> %3044, <16 x i64> undef, <16 x i32> zeroinitializer
  %3046 = add <16 x i64> %3042, %3045
  %3047 = sext i32 %3030 to i64
  %3048 = icmp slt i64 %3047, 0
  %3049 = select i1 %3048, i64 0, i64 %3047
  %3050 = icmp slt i64 %3049, 31
  %3051 = select i1 %3050, i64 %3049, i64 31
  %3052 = trunc i64 %n0918 to i32
  %3053 = sext i32 %3052 to i64
  %3054 = mul i64 %3051, 4096
  %3055 = add i64 %3053, %3054
  %3056 = getelementptr inbounds half, half* %scales5, i64 %3055
  %3057 = bitcast half* %3056 to <16 x half>*
  %scales.raw950 = load <16 x half>, <16 x half>* %3057, align 2
  %scales951 = fpext <16 x half> %scales.raw950 to <16 x float>
  %3058 = sext i32 %3030 to i64
  %3059 = icmp slt i64 %3058, 0
  %3060 = select i1 %3059, i64 0, i64 %3058
  %3061 = icmp slt i64 %3060, 31
  %3062 = select i1 %3061, i64 %3060, i64 31
  %3063 = add i64 0, %3062
  %3064 = getelementptr inbounds i8, i8* %zregion921, i64 0
  %zbuf952 = bitcast i8* %3064 to float*
  %3065 = mul i64 %3063, 16
  %3066 = getelementptr inbounds float, float* %zbuf952, i64 %3065
  %3067 = bitcast float* %3066 to <16 x float>*
  %z.buf953 = load <16 x float>, <16 x float>* %3067, align 4
  %z954 = select i1 %perturbed, <16 x float> %z.buf953, <16 x float> zeroinitializer
  %3068 = insertelement <16 x float> undef, float %eps.pos, i32 0
  %3069 = shufflevector <16 x float> %3068, <16 x float> undef, <16 x i32> zeroinitializer
  %3070 = fmul <16 x float> %3069, %z954
  %scales.pos955 = fadd <16 x float> %scales951, %3070
  store <16 x float> %scales.pos955, <16 x float>* %hoist0.pos, align 64
  %3071 = sext i32 %3030 to i64
  %3072 = icmp slt i64 %3071, 0
  %3073 = select i1 %3072, i64 0, i64 %3071
  %3074 = icmp slt i64 %3073, 31
  %3075 = select i1 %3074, i64 %3073, i64 31
  %3076 = sext <16 x i32> %n949 to <16 x i64>
  %3077 = mul i64 %3075, 4096
  %3078 = insertelement <16 x i64> undef, i64 %3077, i32 0
  %3079 = shufflevector <16 x i64> %3078, <16 x i64> undef, <16 x i32> zeroinitializer
  %3080 = add <16 x i64> %3076, %3079
  %3081 = sext i32 %3030 to i64
  %3082 = icmp slt i64 %3081, 0
  %3083 = select i1 %3082, i64 0, i64 %3081
  %3084 = icmp slt i64 %3083, 31
  %3085 = select i1 %3084, i64 %3083, i64 31
  %3086 = sext i32 %3052 to i64
  %3087 = mul i64 %3085, 4096
  %3088 = add i64 %3086, %3087
  %3089 = getelementptr inbounds half, half* %scales5, i64 %3088
  %3090 = bitcast half* %3089 to <16 x half>*
  %scales.raw956 = load <16 x half>, <16 x half>* %3090, align 2
  %scales957 = fpext <16 x half> %scales.raw956 to <16 x float>
  %3091 = insertelement <16 x float> undef, float %eps.neg, i32 0
  %3092 = shufflevector <16 x float> %3091, <16 x float> undef, <16 x i32> zeroinitializer
  %3093 = fmul <16 x float> %3092, %z954
  %scales.neg958 = fadd <16 x float> %scales957, %3093
  store <16 x float> %scales.neg958, <16 x float>* %hoist0.neg, align 64
  %3094 = trunc i64 %n0918 to i32
  %3095 = insertelement <16 x i32> undef, i32 %3094, i32 0
  %3096 = shufflevector <16 x i32> %3095, <16 x i32> undef, <16 x i32> zeroinitializer
  %n959 = add <16 x i32> %3096, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3097 = mul <16 x i32> <i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4, i32 4>, %n959
  %3098 = sext <16 x i32> %3097 to <16 x i64>
  %word960 = ashr <16 x i64> %3098, <i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5, i64 5>
  %bitpos961 = and <16 x i64> %3098, <i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31, i64 31>
  %3099 = trunc i64 %k946 to i32
  %3100 = sext i32 %3099 to i64
  %3101 = getelementptr inbounds i32, i32* %g_idx6, i64 %3100
  %g_idx.raw962 = load i32, i32* %3101, align 4
  %3102 = sext i32 %g_idx.raw962 to i64
  %3103 = trunc i64 %3102 to i32
  %3104 = sext i32 %3103 to i64
  %3105 = icmp slt i64 %3104, 0
  %3106 = select i1 %3105, i64 0, i64 %3104
  %3107 = icmp slt i64 %3106, 31
  %3108 = select i1 %3107, i64 %3106, i64 31
  %3109 = mul i64 %3108, 512
  %3110 = insertelement <16 x i64> undef, i64 %3109, i32 0
  %3111 = shufflevector <16 x i64> %3110, <16 x i64> undef, <16 x i32> zeroinitializer
  %3112 = add <16 x i64> %word960, %3111
  %3113 = getelementptr inbounds i32, i32* %qzeros4, <16 x i64> %3112
  %qzeros.word963 = call <16 x i32> @llvm.masked.gather.v16i32.v16p0i32(<16 x i32*> %3113, i32 4, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i32> undef)
  %3114 = trunc <16 x i64> %bitpos961 to <16 x i32>
  %3115 = lshr <16 x i32> %qzeros.word963, %3114
  %qzeros.bits964 = and <16 x i32> %3115, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %3116 = add <16 x i32> %qzeros.bits964, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %3117 = urem <16 x i32> %3116, <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  store <16 x i32> %3117, <16 x i32>* %hoist1, align 64
  br label %rekey.join

rekey.else:                                       ; preds = %kd.body
  br label %rekey.join

rekey.join:                                       ; preds = %rekey.else, %rekey.then
  %3118 = mul i64 %kd, 16
  %3119 = load <16 x float>, <16 x float>* %hoist0.pos, align 64
  %3120 = trunc i64 %k946 to i32
  %3121 = mul i32 4, %3120
  %3122 = sext i32 %3121 to i64
  %word965 = ashr i64 %3122, 5
  %bitpos966 = and i64 %3122, 31
  %3123 = trunc i64 %n0918 to i32
  %3124 = insertelement <16 x i32> undef, i32 %3123, i32 0
  %3125 = shufflevector <16 x i32> %3124, <16 x i32> undef, <16 x i32> zeroinitializer
  %n967 = add <16 x i32> %3125, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %3126 = sext <16 x i32> %n967 to <16 x i64>
  %3127 = mul i64 %word965, 4096
  %3128 = insertelement <16 x i64> undef, i64 %3127, i32 0
  %3129 = shufflevector <16 x i64> %3128, <16 x i64> undef, <16 x i32> zeroinitializer
  %3130 = add <16 x i64> %3126, %3129
  %3131 = trunc i64 %n0918 to i32
  %3132 = sext i32 %3131 to i64
  %3133 = mul i64 %word965, 4096
  %3134 = add i64 %3132, %3133
  %3135 = getelementptr inbounds i32, i32* %qweight3, i64 %3134
  %3136 = bitcast i32* %3135 to <16 x i32>*
  %qweight.word968 = load <16 x i32>, <16 x i32>* %3136, align 4
  %3137 = trunc i64 %bitpos966 to i32
  %3138 = insertelement <16 x i32> undef, i32 %3137, i32 0
  %3139 = shufflevector <16 x i32> %3138, <16 x i32> undef, <16 x i32> zeroinitializer
  %3140 = lshr <16 x i32> %qweight.word968, %3139
  %qweight.bits969 = and <16 x i32> %3140, <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %3141 = load <16 x i32>, <16 x i32>* %hoist1, align 64
  %3142 = sub <16 x i32> %qweight.bits969, %3141
  %3143 = sitofp <16 x i32> %3142 to <16 x float>
  %3144 = fmul <16 x float> %3119, %3143
  %3145 = getelementptr inbounds float, float* %panel.pos939, i64 %3118
  %3146 = bitcast float* %3145 to <16 x float>*
  store <16 x float> %3144, <16 x float>* %3146, align 4
  %3147 = load <16 x float>, <16 x float>* %hoist0.neg, align 64
  %3148 = sitofp <16 x i32> %3142 to <16 x float>
  %3149 = fmul <16 x float> %3147, %3148
  %3150 = getelementptr inbounds float, float* %panel.neg940, i64 %3118
  %3151 = bitcast float* %3150 to <16 x float>*
  store <16 x float> %3149, <16 x float>* %3151, align 4
  %3152 = add nsw i64 %kd, 1
  br label %kd.head

slot.head:                                        ; preds = %m1.exit, %kd.exit
  %slot = phi i64 [ 0, %kd.exit ], [ %3239, %m1.exit ]
  %3153 = icmp slt i64 %slot, 2
  br i1 %3153, label %slot.body, label %slot.exit

slot.body:                                        ; preds = %slot.head
  %3154 = icmp ne i64 %slot, 0
  %rs = select i1 %3154, i64 %rows.pos, i64 0
  %re = select i1 %3154, i64 %M, i64 %rows.pos
  %panel = select i1 %3154, float* %panel.neg940, float* %panel.pos939
  %3155 = sub i64 %re, %rs
  %3156 = sdiv i64 %3155, 4
  %3157 = mul i64 %3156, 4
  %rb.end = add i64 %rs, %3157
  br label %mb.head

slot.exit:                                        ; preds = %slot.head
  %3158 = add nsw i64 %kt945, 256
  br label %kt.head942

mb.head:                                          ; preds = %lasttile.join, %slot.body
  %mb = phi i64 [ %rs, %slot.body ], [ %3233, %lasttile.join ]
  %3159 = icmp slt i64 %mb, %rb.end
  br i1 %3159, label %mb.body, label %mb.exit

mb.body:                                          ; preds = %mb.head
  %m970 = add i64 %mb, 0
  %3160 = mul i64 %m970, 16
  %3161 = getelementptr inbounds float, float* %accbuf941, i64 %3160
  %3162 = bitcast float* %3161 to <16 x float>*
  %acc.old = load <16 x float>, <16 x float>* %3162, align 4
  %3163 = select i1 %first, <16 x float> zeroinitializer, <16 x float> %acc.old
  store <16 x float> %3163, <16 x float>* %acc971, align 64
  %m972 = add i64 %mb, 1
  %3164 = mul i64 %m972, 16
  %3165 = getelementptr inbounds float, float* %accbuf941, i64 %3164
  %3166 = bitcast float* %3165 to <16 x float>*
  %acc.old973 = load <16 x float>, <16 x float>* %3166, align 4
  %3167 = select i1 %first, <16 x float> zeroinitializer, <16 x float> %acc.old973
  store <16 x float> %3167, <16 x float>* %acc974, align 64
  %m975 = add i64 %mb, 2
  %3168 = mul i64 %m975, 16
  %3169 = getelementptr inbounds float, float* %accbuf941, i64 %3168
  %3170 = bitcast float* %3169 to <16 x float>*
  %acc.old976 = load <16 x float>, <16 x float>* %3170, align 4
  %3171 = select i1 %first, <16 x float> zeroinitializer, <16 x float> %acc.old976
  store <16 x float> %3171, <16 x float>* %acc977, align 64
  %m978 = add i64 %mb, 3
  %3172 = mul i64 %m978, 16
  %3173 = getelementptr inbounds float, float* %accbuf941, i64 %3172
  %3174 = bitcast float* %3173 to <16 x float>*
  %acc.old979 = load <16 x float>, <16 x float>* %3174, align 4
  %3175 = select i1 %first, <16 x float> zeroinitializer, <16 x float> %acc.old979
  store <16 x float> %3175, <16 x float>* %acc980, align 64
  br label %kk.head

mb.exit:                                          ; preds = %mb.head
  br label %m1.head

kk.head:                                          ; preds = %kk.body, %mb.body
  %kk = phi i64 [ 0, %mb.body ], [ %3200, %kk.body ]
  %3176 = icmp slt i64 %kk, %kn
  br i1 %3176, label %kk.body, label %kk.exit

kk.body:                                          ; preds = %kk.head
  %3177 = mul i64 %kk, 16
  %3178 = getelementptr inbounds float, float* %panel, i64 %3177
  %3179 = bitcast float* %3178 to <16 x float>*
  %w = load <16 x float>, <16 x float>* %3179, align 4
  %k981 = add i64 %kt945, %kk
  %3180 = load <16 x float>, <16 x float>* %acc971, align 64
  %3181 = mul i64 %m970, 4096
  %3182 = add i64 %3181, %k981
  %3183 = getelementptr inbounds float, float* %x1, i64 %3182
  %x982 = load float, float* %3183, align 4
  %3184 = insertelement <16 x float> undef, float %x982, i32 0
  %x.v983 = shufflevector <16 x float> %3184, <16 x float> undef, <16 x i32> zeroinitializer
  %acc984 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v983, <16 x float> %w, <16 x float> %3180)
  store <16 x float> %acc984, <16 x float>* %acc971, align 64
  %3185 = load <16 x float>, <16 x float>* %acc974, align 64
  %3186 = mul i64 %m972, 4096
  %3187 = add i64 %3186, %k981
  %3188 = getelementptr inbounds float, float* %x1, i64 %3187
  %x985 = load float, float* %3188, align 4
  %3189 = insertelement <16 x float> undef, float %x985, i32 0
  %x.v986 = shufflevector <16 x float> %3189, <16 x float> undef, <16 x i32> zeroinitializer
  %acc987 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v986, <16 x float> %w, <16 x float> %3185)
  store <16 x float> %acc987, <16 x float>* %acc974, align 64
  %3190 = load <16 x float>, <16 x float>* %acc977, align 64
  %3191 = mul i64 %m975, 4096
  %3192 = add i64 %3191, %k981
  %3193 = getelementptr inbounds float, float* %x1, i64 %3192
  %x988 = load float, float* %3193, align 4
  %3194 = insertelement <16 x float> undef, float %x988, i32 0
  %x.v989 = shufflevector <16 x float> %3194, <16 x float> undef, <16 x i32> zeroinitializer
  %acc990 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v989, <16 x float> %w, <16 x float> %3190)
  store <16 x float> %acc990, <16 x float>* %acc977, align 64
  %3195 = load <16 x float>, <16 x float>* %acc980, align 64
  %3196 = mul i64 %m978, 4096
  %3197 = add i64 %3196, %k981
  %3198 = getelementptr inbounds float, float* %x1, i64 %3197
  %x991 = load float, float* %3198, align 4
  %3199 = insertelement <16 x float> undef, float %x991, i32 0
  %x.v992 = shufflevector <16 x float> %3199, <16 x float> undef, <16 x i32> zeroinitializer
  %acc993 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v992, <16 x float> %w, <16 x float> %3195)
  store <16 x float> %acc993, <16 x float>* %acc980, align 64
  %3200 = add nsw i64 %kk, 1
  br label %kk.head

kk.exit:                                          ; preds = %kk.head
  br i1 %last, label %lasttile.then, label %lasttile.else

lasttile.then:                                    ; preds = %kk.exit
  %acc994 = load <16 x float>, <16 x float>* %acc971, align 64
  %3201 = icmp slt i64 %m970, %rows.pos
  %eps.row995 = select i1 %3201, float %eps.pos, float %eps.neg
  %3202 = mul i64 %m970, 4096
  %out.i996 = add i64 %3202, %n0918
  %3203 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i996
  %3204 = bitcast float* %3203 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc994, <16 x float>* %3204, i32 4, <16 x i1> %store.mask920)
  %acc997 = load <16 x float>, <16 x float>* %acc974, align 64
  %3205 = icmp slt i64 %m972, %rows.pos
  %eps.row998 = select i1 %3205, float %eps.pos, float %eps.neg
  %3206 = mul i64 %m972, 4096
  %out.i999 = add i64 %3206, %n0918
  %3207 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i999
  %3208 = bitcast float* %3207 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc997, <16 x float>* %3208, i32 4, <16 x i1> %store.mask920)
  %acc1000 = load <16 x float>, <16 x float>* %acc977, align 64
  %3209 = icmp slt i64 %m975, %rows.pos
  %eps.row1001 = select i1 %3209, float %eps.pos, float %eps.neg
  %3210 = mul i64 %m975, 4096
  %out.i1002 = add i64 %3210, %n0918
  %3211 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i1002
  %3212 = bitcast float* %3211 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc1000, <16 x float>* %3212, i32 4, <16 x i1> %store.mask920)
  %acc1003 = load <16 x float>, <16 x float>* %acc980, align 64
  %3213 = icmp slt i64 %m978, %rows.pos
  %eps.row1004 = select i1 %3213, float %eps.pos, float %eps.neg
  %3214 = mul i64 %m978, 4096
  %out.i1005 = add i64 %3214, %n0918
  %3215 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i1005
  %3216 = bitcast float* %3215 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc1003, <16 x float>* %3216, i32 4, <16 x i1> %store.mask920)
  br label %lasttile.join

lasttile.else:                                    ; preds = %kk.exit
  %3217 = mul i64 %m970, 16
  %3218 = getelementptr inbounds float, float* %accbuf941, i64 %3217
  %acc1006 = load <16 x float>, <16 x float>* %acc971, align 64
  %3219 = getelementptr inbounds float, float* %3218, i64 0
  %3220 = bitcast float* %3219 to <16 x float>*
  store <16 x float> %acc1006, <16 x float>* %3220, align 4
  %3221 = mul i64 %m972, 16
  %3222 = getelementptr inbounds float, float* %accbuf941, i64 %3221
  %acc1007 = load <16 x float>, <16 x float>* %acc974, align 64
  %3223 = getelementptr inbounds float, float* %3222, i64 0
  %3224 = bitcast float* %3223 to <16 x float>*
  store <16 x float> %acc1007, <16 x float>* %3224, align 4
  %3225 = mul i64 %m975, 16
  %3226 = getelementptr inbounds float, float* %accbuf941, i64 %3225
  %acc1008 = load <16 x float>, <16 x float>* %acc977, align 64
  %3227 = getelementptr inbounds float, float* %3226, i64 0
  %3228 = bitcast float* %3227 to <16 x float>*
  store <16 x float> %acc1008, <16 x float>* %3228, align 4
  %3229 = mul i64 %m978, 16
  %3230 = getelementptr inbounds float, float* %accbuf941, i64 %3229
  %acc1009 = load <16 x float>, <16 x float>* %acc980, align 64
  %3231 = getelementptr inbounds float, float* %3230, i64 0
  %3232 = bitcast float* %3231 to <16 x float>*
  store <16 x float> %acc1009, <16 x float>* %3232, align 4
  br label %lasttile.join

lasttile.join:                                    ; preds = %lasttile.else, %lasttile.then
  %3233 = add nsw i64 %mb, 4
  br label %mb.head

m1.head:                                          ; preds = %lasttile.join1024, %mb.exit
  %m1 = phi i64 [ %rb.end, %mb.exit ], [ %3258, %lasttile.join1024 ]
  %3234 = icmp slt i64 %m1, %re
  br i1 %3234, label %m1.body, label %m1.exit

m1.body:                                          ; preds = %m1.head
  %m1010 = add i64 %m1, 0
  %3235 = mul i64 %m1010, 16
  %3236 = getelementptr inbounds float, float* %accbuf941, i64 %3235
  %3237 = bitcast float* %3236 to <16 x float>*
  %acc.old1011 = load <16 x float>, <16 x float>* %3237, align 4
  %3238 = select i1 %first, <16 x float> zeroinitializer, <16 x float> %acc.old1011
  store <16 x float> %3238, <16 x float>* %acc1012, align 64
  br label %kk.head1013

m1.exit:                                          ; preds = %m1.head
  %3239 = add nsw i64 %slot, 1
  br label %slot.head

kk.head1013:                                      ; preds = %kk.body1014, %m1.body
  %kk1016 = phi i64 [ 0, %m1.body ], [ %3249, %kk.body1014 ]
  %3240 = icmp slt i64 %kk1016, %kn
  br i1 %3240, label %kk.body1014, label %kk.exit1015

kk.body1014:                                      ; preds = %kk.head1013
  %3241 = mul i64 %kk1016, 16
  %3242 = getelementptr inbounds float, float* %panel, i64 %3241
  %3243 = bitcast float* %3242 to <16 x float>*
  %w1017 = load <16 x float>, <16 x float>* %3243, align 4
  %k1018 = add i64 %kt945, %kk1016
  %3244 = load <16 x float>, <16 x float>* %acc1012, align 64
  %3245 = mul i64 %m1010, 4096
  %3246 = add i64 %3245, %k1018
  %3247 = getelementptr inbounds float, float* %x1, i64 %3246
  %x1019 = load float, float* %3247, align 4
  %3248 = insertelement <16 x float> undef, float %x1019, i32 0
  %x.v1020 = shufflevector <16 x float> %3248, <16 x float> undef, <16 x i32> zeroinitializer
  %acc1021 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v1020, <16 x float> %w1017, <16 x float> %3244)
  store <16 x float> %acc1021, <16 x float>* %acc1012, align 64
  %3249 = add nsw i64 %kk1016, 1
  br label %kk.head1013

kk.exit1015:                                      ; preds = %kk.head1013
  br i1 %last, label %lasttile.then1022, label %lasttile.else1023

lasttile.then1022:                                ; preds = %kk.exit1015
  %acc1025 = load <16 x float>, <16 x float>* %acc1012, align 64
  %3250 = icmp slt i64 %m1010, %rows.pos
  %eps.row1026 = select i1 %3250, float %eps.pos, float %eps.neg
  %3251 = mul i64 %m1010, 4096
  %out.i1027 = add i64 %3251, %n0918
  %3252 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i1027
  %3253 = bitcast float* %3252 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc1025, <16 x float>* %3253, i32 4, <16 x i1> %store.mask920)
  br label %lasttile.join1024

lasttile.else1023:                                ; preds = %kk.exit1015
  %3254 = mul i64 %m1010, 16
  %3255 = getelementptr inbounds float, float* %accbuf941, i64 %3254
  %acc1028 = load <16 x float>, <16 x float>* %acc1012, align 64
  %3256 = getelementptr inbounds float, float* %3255, i64 0
  %3257 = bitcast float* %3256 to <16 x float>*
  store <16 x float> %acc1028, <16 x float>* %3257, align 4
  br label %lasttile.join1024

lasttile.join1024:                                ; preds = %lasttile.else1023, %lasttile.then1022
  %3258 = add nsw i64 %m1, 1
  br label %m1.head
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <16 x float> @llvm.sqrt.v16f32(<16 x float>) #1

; Function Attrs: nofree nosync nounwind readonly willreturn
declare <16 x i32> @llvm.masked.gather.v16i32.v16p0i32(<16 x i32*>, i32 immarg, <16 x i1>, <16 x i32>) #2

; Function Attrs: inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn
declare void @llvm.prefetch.p0i8(i8* nocapture readonly, i32 immarg, i32 immarg, i32) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v16f32.p0v16f32(<16 x float>, <16 x float>*, i32 immarg, <16 x i1>) #4

; Function Attrs: nounwind
define void @zk_rope_c3719fa0f7a7a885(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %x.slot = getelementptr inbounds i8*, i8** %ptrs, i64 1
  %x = load i8*, i8** %x.slot, align 8
  %x1 = bitcast i8* %x to float*
  %y.slot = getelementptr inbounds i8*, i8** %ptrs, i64 0
  %y = load i8*, i8** %y.slot, align 8
  %y2 = bitcast i8* %y to float*
  %0 = getelementptr inbounds i64, i64* %ints, i64 1
  %T = load i64, i64* %0, align 8
  br label %row.head

row.head:                                         ; preds = %i.exit, %start
  %row = phi i64 [ %begin, %start ], [ %4, %i.exit ]
  %1 = icmp slt i64 %row, %end
  br i1 %1, label %row.body, label %row.exit

row.body:                                         ; preds = %row.head
  %t = srem i64 %row, %T
  %pos = sitofp i64 %t to double
  %base = mul i64 %row, 4096
  br label %i.head

row.exit:                                         ; preds = %row.head
  ret void

i.head:                                           ; preds = %h.exit, %row.body
  %i = phi i64 [ 0, %row.body ], [ %21, %h.exit ]
  %2 = icmp slt i64 %i, 64
  br i1 %2, label %i.body, label %i.exit

i.body:                                           ; preds = %i.head
  %3 = getelementptr inbounds double, double* getelementptr inbounds ([64 x double], [64 x double]* @zt.inv_freq.097e971bc0159ec1, i32 0, i32 0), i64 %i
  %inv_freq.i = load double, double* %3, align 8
  %angle = fmul double %pos, %inv_freq.i
  %cos = call double @llvm.cos.f64(double %angle)
  %sin = call double @llvm.sin.f64(double %angle)
  br label %h.head

i.exit:                                           ; preds = %i.head
  %4 = add nsw i64 %row, 1
  br label %row.head

h.head:                                           ; preds = %h.body, %i.body
  %h = phi i64 [ 0, %i.body ], [ %20, %h.body ]
  %5 = icmp slt i64 %h, 32
  br i1 %5, label %h.body, label %h.exit

h.body:                                           ; preds = %h.head
  %6 = mul i64 %h, 128
  %7 = add i64 %6, %i
  %i1 = add i64 %base, %7
  %i2 = add i64 %i1, 64
  %8 = getelementptr inbounds float, float* %x1, i64 %i1
  %x13 = load float, float* %8, align 4
  %9 = fpext float %x13 to double
  %10 = getelementptr inbounds float, float* %x1, i64 %i2
  %x2 = load float, float* %10, align 4
  %11 = fpext float %x2 to double
  %12 = fmul double %11, %sin
  %13 = fmul double %9, %cos
  %14 = fsub double %13, %12
  %15 = fmul double %9, %sin
  %16 = fmul double %11, %cos
  %17 = fadd double %16, %15
  %y1 = fptrunc double %14 to float
  %18 = getelementptr inbounds float, float* %y2, i64 %i1
  store float %y1, float* %18, align 4
  %y24 = fptrunc double %17 to float
  %19 = getelementptr inbounds float, float* %y2, i64 %i2
  store float %y24, float* %19, align 4
  %20 = add nsw i64 %h, 1
  br label %h.head

h.exit:                                           ; preds = %h.head
  %21 = add nsw i64 %i, 1
  br label %i.head
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.cos.f64(double) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.sin.f64(double) #1

; Function Attrs: nounwind
define void @zk_attention_f005a59042462bce(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
entry:
  %max = alloca float, align 4
  %dot.acc = alloca <8 x float>, align 32
  %sum = alloca double, align 8
  br label %start

start:                                            ; preds = %entry
  %q.slot = getelementptr inbounds i8*, i8** %ptrs, i64 1
  %q = load i8*, i8** %q.slot, align 8
  %q1 = bitcast i8* %q to float*
  %k.slot = getelementptr inbounds i8*, i8** %ptrs, i64 2
  %k = load i8*, i8** %k.slot, align 8
  %k2 = bitcast i8* %k to float*
  %v.slot = getelementptr inbounds i8*, i8** %ptrs, i64 3
  %v = load i8*, i8** %v.slot, align 8
  %v3 = bitcast i8* %v to float*
  %y.slot = getelementptr inbounds i8*, i8** %ptrs, i64 0
  %y = load i8*, i8** %y.slot, align 8
  %y4 = bitcast i8* %y to float*
  %0 = getelementptr inbounds i64, i64* %ints, i64 1
  %T = load i64, i64* %0, align 8
  %acc = getelementptr inbounds i8, i8* %scratch, i64 0
  %acc5 = bitcast i8* %acc to float*
  %scores = getelementptr inbounds i8, i8* %scratch, i64 512
  %scores6 = bitcast i8* %scores to float*
  br label %bh.head

bh.head:                                          ; preds = %i.exit, %start
  %bh = phi i64 [ %begin, %start ], [ %7, %i.exit ]
  %1 = icmp slt i64 %bh, %end
  br i1 %1, label %bh.body, label %bh.exit

bh.body:                                          ; preds = %bh.head
  %b = sdiv i64 %bh, 32
  %h = srem i64 %bh, 32
  %kvh = sdiv i64 %h, 1
  %bT = mul i64 %b, %T
  br label %i.head

bh.exit:                                          ; preds = %bh.head
  ret void

i.head:                                           ; preds = %out.exit, %bh.body
  %i = phi i64 [ 0, %bh.body ], [ %77, %out.exit ]
  %2 = icmp slt i64 %i, %T
  br i1 %2, label %i.body, label %i.exit

i.body:                                           ; preds = %i.head
  %3 = mul i64 %h, 128
  %4 = add i64 %bT, %i
  %5 = mul i64 %4, 4096
  %6 = add i64 %5, %3
  %qi = getelementptr inbounds float, float* %q1, i64 %6
  %nkeys = add i64 %i, 1
  store float 0xFFF0000000000000, float* %max, align 4
  br label %j.head

i.exit:                                           ; preds = %i.head
  %7 = add nsw i64 %bh, 1
  br label %bh.head

j.head:                                           ; preds = %dot.i.exit, %i.body
  %j = phi i64 [ 0, %i.body ], [ %42, %dot.i.exit ]
  %8 = icmp slt i64 %j, %nkeys
  br i1 %8, label %j.body, label %j.exit

j.body:                                           ; preds = %j.head
  %9 = mul i64 %kvh, 128
  %10 = add i64 %bT, %j
  %11 = mul i64 %10, 4096
  %12 = add i64 %11, %9
  %kj = getelementptr inbounds float, float* %k2, i64 %12
  store <8 x float> zeroinitializer, <8 x float>* %dot.acc, align 32
  br label %dot.i.head

j.exit:                                           ; preds = %j.head
  %max7 = load float, float* %max, align 4
  br label %zero.head

dot.i.head:                                       ; preds = %dot.i.body, %j.body
  %dot.i = phi i64 [ 0, %j.body ], [ %22, %dot.i.body ]
  %13 = icmp slt i64 %dot.i, 128
  br i1 %13, label %dot.i.body, label %dot.i.exit

dot.i.body:                                       ; preds = %dot.i.head
  %14 = getelementptr inbounds float, float* %qi, i64 %dot.i
  %15 = bitcast float* %14 to <8 x float>*
  %16 = load <8 x float>, <8 x float>* %15, align 4
  %17 = getelementptr inbounds float, float* %kj, i64 %dot.i
  %18 = bitcast float* %17 to <8 x float>*
  %19 = load <8 x float>, <8 x float>* %18, align 4
  %20 = load <8 x float>, <8 x float>* %dot.acc, align 32
  %21 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %16, <8 x float> %19, <8 x float> %20)
  store <8 x float> %21, <8 x float>* %dot.acc, align 32
  %22 = add nsw i64 %dot.i, 8
  br label %dot.i.head

dot.i.exit:                                       ; preds = %dot.i.head
  %23 = load <8 x float>, <8 x float>* %dot.acc, align 32
  %24 = extractelement <8 x float> %23, i32 0
  %25 = extractelement <8 x float> %23, i32 1
  %26 = fadd float %24, %25
  %27 = extractelement <8 x float> %23, i32 2
  %28 = fadd float %26, %27
  %29 = extractelement <8 x float> %23, i32 3
  %30 = fadd float %28, %29
  %31 = extractelement <8 x float> %23, i32 4
  %32 = fadd float %30, %31
  %33 = extractelement <8 x float> %23, i32 5
  %34 = fadd float %32, %33
  %35 = extractelement <8 x float> %23, i32 6
  %36 = fadd float %34, %35
  %37 = extractelement <8 x float> %23, i32 7
  %qk = fadd float %36, %37
  %s = fmul float %qk, 0x3FB6A09E60000000
  %38 = getelementptr inbounds float, float* %scores6, i64 %j
  store float %s, float* %38, align 4
  %39 = load float, float* %max, align 4
  %40 = fcmp ogt float %s, %39
  %41 = select i1 %40, float %s, float %39
  store float %41, float* %max, align 4
  %42 = add nsw i64 %j, 1
  br label %j.head

zero.head:                                        ; preds = %zero.body, %j.exit
  %zero = phi i64 [ 0, %j.exit ], [ %45, %zero.body ]
  %43 = icmp slt i64 %zero, 128
  br i1 %43, label %zero.body, label %zero.exit

zero.body:                                        ; preds = %zero.head
  %44 = getelementptr inbounds float, float* %acc5, i64 %zero
  store float 0.000000e+00, float* %44, align 4
  %45 = add nsw i64 %zero, 1
  br label %zero.head

zero.exit:                                        ; preds = %zero.head
  store double 0.000000e+00, double* %sum, align 8
  br label %j2.head

j2.head:                                          ; preds = %d.exit, %zero.exit
  %j2 = phi i64 [ 0, %zero.exit ], [ %69, %d.exit ]
  %46 = icmp slt i64 %j2, %nkeys
  br i1 %46, label %j2.body, label %j2.exit

j2.body:                                          ; preds = %j2.head
  %47 = getelementptr inbounds float, float* %scores6, i64 %j2
  %48 = load float, float* %47, align 4
  %49 = fsub float %48, %max7
  %p = call float @llvm.exp.f32(float %49)
  %50 = fpext float %p to double
  %51 = load double, double* %sum, align 8
  %52 = fadd double %51, %50
  store double %52, double* %sum, align 8
  %53 = mul i64 %kvh, 128
  %54 = add i64 %bT, %j2
  %55 = mul i64 %54, 4096
  %56 = add i64 %55, %53
  %vj = getelementptr inbounds float, float* %v3, i64 %56
  br label %d.head

j2.exit:                                          ; preds = %j2.head
  %sum8 = load double, double* %sum, align 8
  %57 = mul i64 %h, 128
  %58 = add i64 %bT, %i
  %59 = mul i64 %58, 4096
  %60 = add i64 %59, %57
  %yi = getelementptr inbounds float, float* %y4, i64 %60
  br label %out.head

d.head:                                           ; preds = %d.body, %j2.body
  %d = phi i64 [ 0, %j2.body ], [ %68, %d.body ]
  %61 = icmp slt i64 %d, 128
  br i1 %61, label %d.body, label %d.exit

d.body:                                           ; preds = %d.head
  %62 = getelementptr inbounds float, float* %acc5, i64 %d
  %63 = load float, float* %62, align 4
  %64 = getelementptr inbounds float, float* %vj, i64 %d
  %65 = load float, float* %64, align 4
  %66 = call float @llvm.fmuladd.f32(float %p, float %65, float %63)
  %67 = getelementptr inbounds float, float* %acc5, i64 %d
  store float %66, float* %67, align 4
  %68 = add nsw i64 %d, 1
  br label %d.head

d.exit:                                           ; preds = %d.head
  %69 = add nsw i64 %j2, 1
  br label %j2.head

out.head:                                         ; preds = %out.body, %j2.exit
  %out = phi i64 [ 0, %j2.exit ], [ %76, %out.body ]
  %70 = icmp slt i64 %out, 128
  br i1 %70, label %out.body, label %out.exit

out.body:                                         ; preds = %out.head
  %71 = getelementptr inbounds float, float* %acc5, i64 %out
  %72 = load float, float* %71, align 4
  %73 = fpext float %72 to double
  %74 = fdiv double %73, %sum8
  %y9 = fptrunc double %74 to float
  %75 = getelementptr inbounds float, float* %yi, i64 %out
  store float %y9, float* %75, align 4
  %76 = add nsw i64 %out, 1
  br label %out.head

out.exit:                                         ; preds = %out.head
  %77 = add nsw i64 %i, 1
  br label %i.head
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.exp.f32(float) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nounwind
define void @zk_norm_882483abe0dfc747(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
entry:
  %sumsq.acc = alloca <8 x double>, align 64
  %sumsq.total = alloca double, align 8
  br label %start

start:                                            ; preds = %entry
  %0 = getelementptr inbounds i64, i64* %ints, i64 0
  %rows = load i64, i64* %0, align 8
  %in0.slot = getelementptr inbounds i8*, i8** %ptrs, i64 0
  %in0 = load i8*, i8** %in0.slot, align 8
  %in01 = bitcast i8* %in0 to float*
  %in1.slot = getelementptr inbounds i8*, i8** %ptrs, i64 1
  %in1 = load i8*, i8** %in1.slot, align 8
  %in12 = bitcast i8* %in1 to float*
  %w2.slot = getelementptr inbounds i8*, i8** %ptrs, i64 3
  %w2 = load i8*, i8** %w2.slot, align 8
  %w23 = bitcast i8* %w2 to half*
  %out0.add.slot = getelementptr inbounds i8*, i8** %ptrs, i64 2
  %out0.add = load i8*, i8** %out0.add.slot, align 8
  %out0.add4 = bitcast i8* %out0.add to float*
  %xrow = getelementptr inbounds i8, i8* %scratch, i64 0
  %xrow5 = bitcast i8* %xrow to float*
  %y.slot = getelementptr inbounds i8*, i8** %ptrs, i64 4
  %y = load i8*, i8** %y.slot, align 8
  %y6 = bitcast i8* %y to float*
  br label %row.head

row.head:                                         ; preds = %col2.exit, %start
  %row = phi i64 [ %begin, %start ], [ %60, %col2.exit ]
  %1 = icmp slt i64 %row, %end
  br i1 %1, label %row.body, label %row.exit

row.body:                                         ; preds = %row.head
  br label %col.head

row.exit:                                         ; preds = %row.head
  ret void

col.head:                                         ; preds = %col.body, %row.body
  %col = phi i64 [ 0, %row.body ], [ %10, %col.body ]
  %2 = icmp slt i64 %col, 4096
  br i1 %2, label %col.body, label %col.exit

col.body:                                         ; preds = %col.head
  %3 = mul i64 %row, 4096
  %opd.i = add i64 %3, %col
  %4 = getelementptr inbounds float, float* %in01, i64 %opd.i
  %in07 = load float, float* %4, align 4
  %5 = mul i64 %row, 4096
  %opd.i8 = add i64 %5, %col
  %6 = getelementptr inbounds float, float* %in12, i64 %opd.i8
  %in19 = load float, float* %6, align 4
  %add = fadd float %in07, %in19
  %7 = mul i64 %row, 4096
  %out.i = add i64 %7, %col
  %8 = getelementptr inbounds float, float* %out0.add4, i64 %out.i
  store float %add, float* %8, align 4
  %9 = getelementptr inbounds float, float* %xrow5, i64 %col
  store float %add, float* %9, align 4
  %10 = add nsw i64 %col, 1
  br label %col.head

col.exit:                                         ; preds = %col.head
  store <8 x double> zeroinitializer, <8 x double>* %sumsq.acc, align 64
  br label %sumsq.i.head

sumsq.i.head:                                     ; preds = %sumsq.i.body, %col.exit
  %sumsq.i = phi i64 [ 0, %col.exit ], [ %20, %sumsq.i.body ]
  %11 = icmp slt i64 %sumsq.i, 4096
  br i1 %11, label %sumsq.i.body, label %sumsq.i.exit

sumsq.i.body:                                     ; preds = %sumsq.i.head
  %12 = getelementptr inbounds float, float* %xrow5, i64 %sumsq.i
  %13 = bitcast float* %12 to <8 x float>*
  %14 = load <8 x float>, <8 x float>* %13, align 4
  %15 = load <8 x double>, <8 x double>* %sumsq.acc, align 64
  %16 = fpext <8 x float> %14 to <8 x double>
  %17 = fsub <8 x double> %16, zeroinitializer
  %18 = fmul <8 x double> %17, %17
  %19 = fadd <8 x double> %15, %18
  store <8 x double> %19, <8 x double>* %sumsq.acc, align 64
  %20 = add nsw i64 %sumsq.i, 8
  br label %sumsq.i.head

sumsq.i.exit:                                     ; preds = %sumsq.i.head
  %21 = load <8 x double>, <8 x double>* %sumsq.acc, align 64
  %22 = extractelement <8 x double> %21, i32 0
  %23 = extractelement <8 x double> %21, i32 1
  %24 = fadd double %22, %23
  %25 = extractelement <8 x double> %21, i32 2
  %26 = fadd double %24, %25
  %27 = extractelement <8 x double> %21, i32 3
  %28 = fadd double %26, %27
  %29 = extractelement <8 x double> %21, i32 4
  %30 = fadd double %28, %29
  %31 = extractelement <8 x double> %21, i32 5
  %32 = fadd double %30, %31
  %33 = extractelement <8 x double> %21, i32 6
  %34 = fadd double %32, %33
  %35 = extractelement <8 x double> %21, i32 7
  %36 = fadd double %34, %35
  store double %36, double* %sumsq.total, align 8
  br label %sumsq.t.head

sumsq.t.head:                                     ; preds = %sumsq.t.body, %sumsq.i.exit
  %sumsq.t = phi i64 [ 4096, %sumsq.i.exit ], [ %45, %sumsq.t.body ]
  %37 = icmp slt i64 %sumsq.t, 4096
  br i1 %37, label %sumsq.t.body, label %sumsq.t.exit

sumsq.t.body:                                     ; preds = %sumsq.t.head
  %38 = getelementptr inbounds float, float* %xrow5, i64 %sumsq.t
  %39 = load float, float* %38, align 4
  %40 = load double, double* %sumsq.total, align 8
  %41 = fpext float %39 to double
  %42 = fsub double %41, 0.000000e+00
  %43 = fmul double %42, %42
  %44 = fadd double %40, %43
  store double %44, double* %sumsq.total, align 8
  %45 = add nsw i64 %sumsq.t, 1
  br label %sumsq.t.head

sumsq.t.exit:                                     ; preds = %sumsq.t.head
  %sumsq = load double, double* %sumsq.total, align 8
  %meansq = fdiv double %sumsq, 4.096000e+03
  %46 = fadd double %meansq, 0x3EE4F8B580000000
  %47 = call double @llvm.sqrt.f64(double %46)
  %rstd = fdiv double 1.000000e+00, %47
  br label %col2.head

col2.head:                                        ; preds = %col2.body, %sumsq.t.exit
  %col2 = phi i64 [ 0, %sumsq.t.exit ], [ %59, %col2.body ]
  %48 = icmp slt i64 %col2, 4096
  br i1 %48, label %col2.body, label %col2.exit

col2.body:                                        ; preds = %col2.head
  %49 = getelementptr inbounds float, float* %xrow5, i64 %col2
  %x = load float, float* %49, align 4
  %50 = fpext float %x to double
  %opd.i10 = add i64 0, %col2
  %51 = getelementptr inbounds half, half* %w23, i64 %opd.i10
  %52 = load half, half* %51, align 2
  %w211 = fpext half %52 to float
  %53 = fpext float %w211 to double
  %54 = fmul double %50, %rstd
  %55 = fmul double %54, %53
  %y12 = fptrunc double %55 to float
  %56 = mul i64 %row, 4096
  %57 = add i64 %56, %col2
  %58 = getelementptr inbounds float, float* %y6, i64 %57
  store float %y12, float* %58, align 4
  %59 = add nsw i64 %col2, 1
  br label %col2.head

col2.exit:                                        ; preds = %col2.head
  %60 = add nsw i64 %row, 1
  br label %row.head
}

; Function Attrs: nounwind
define void @zk_matmul_e7f566c0a3d732f9(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 5168 lines, FNV-1a f852940f506c38ba: the body left out
}

; Function Attrs: nounwind
define void @zk_matmul_81d983ce2ef7959b(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 5291 lines, FNV-1a da95c7bc7788e22d: the body left out
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <16 x float> @llvm.exp.v16f32(<16 x float>) #1

; Function Attrs: nounwind
define void @zk_matmul_2de350e3ef99c00c(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 5168 lines, FNV-1a 89381141912bf500: the body left out
}

; Function Attrs: nounwind
define void @zk_norm_3449acdcb62a58f4(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
entry:
  %sumsq.acc = alloca <8 x double>, align 64
  %sumsq.total = alloca double, align 8
  br label %start

start:                                            ; preds = %entry
  %0 = getelementptr inbounds i64, i64* %ints, i64 0
  %rows = load i64, i64* %0, align 8
  %in0.slot = getelementptr inbounds i8*, i8** %ptrs, i64 0
  %in0 = load i8*, i8** %in0.slot, align 8
  %in01 = bitcast i8* %in0 to float*
  %in1.slot = getelementptr inbounds i8*, i8** %ptrs, i64 1
  %in1 = load i8*, i8** %in1.slot, align 8
  %in12 = bitcast i8* %in1 to float*
  %w2.slot = getelementptr inbounds i8*, i8** %ptrs, i64 2
  %w2 = load i8*, i8** %w2.slot, align 8
  %w23 = bitcast i8* %w2 to half*
  %xrow = getelementptr inbounds i8, i8* %scratch, i64 0
  %xrow4 = bitcast i8* %xrow to float*
  %y.slot = getelementptr inbounds i8*, i8** %ptrs, i64 3
  %y = load i8*, i8** %y.slot, align 8
  %y5 = bitcast i8* %y to float*
  br label %row.head

row.head:                                         ; preds = %col2.exit, %start
  %row = phi i64 [ %begin, %start ], [ %58, %col2.exit ]
  %1 = icmp slt i64 %row, %end
  br i1 %1, label %row.body, label %row.exit

row.body:                                         ; preds = %row.head
  br label %col.head

row.exit:                                         ; preds = %row.head
  ret void

col.head:                                         ; preds = %col.body, %row.body
  %col = phi i64 [ 0, %row.body ], [ %8, %col.body ]
  %2 = icmp slt i64 %col, 4096
  br i1 %2, label %col.body, label %col.exit

col.body:                                         ; preds = %col.head
  %3 = mul i64 %row, 4096
  %opd.i = add i64 %3, %col
  %4 = getelementptr inbounds float, float* %in01, i64 %opd.i
  %in06 = load float, float* %4, align 4
  %5 = mul i64 %row, 4096
  %opd.i7 = add i64 %5, %col
  %6 = getelementptr inbounds float, float* %in12, i64 %opd.i7
  %in18 = load float, float* %6, align 4
  %add = fadd float %in06, %in18
  %7 = getelementptr inbounds float, float* %xrow4, i64 %col
  store float %add, float* %7, align 4
  %8 = add nsw i64 %col, 1
  br label %col.head

col.exit:                                         ; preds = %col.head
  store <8 x double> zeroinitializer, <8 x double>* %sumsq.acc, align 64
  br label %sumsq.i.head

sumsq.i.head:                                     ; preds = %sumsq.i.body, %col.exit
  %sumsq.i = phi i64 [ 0, %col.exit ], [ %18, %sumsq.i.body ]
  %9 = icmp slt i64 %sumsq.i, 4096
  br i1 %9, label %sumsq.i.body, label %sumsq.i.exit

sumsq.i.body:                                     ; preds = %sumsq.i.head
  %10 = getelementptr inbounds float, float* %xrow4, i64 %sumsq.i
  %11 = bitcast float* %10 to <8 x float>*
  %12 = load <8 x float>, <8 x float>* %11, align 4
  %13 = load <8 x double>, <8 x double>* %sumsq.acc, align 64
  %14 = fpext <8 x float> %12 to <8 x double>
  %15 = fsub <8 x double> %14, zeroinitializer
  %16 = fmul <8 x double> %15, %15
  %17 = fadd <8 x double> %13, %16
  store <8 x double> %17, <8 x double>* %sumsq.acc, align 64
  %18 = add nsw i64 %sumsq.i, 8
  br label %sumsq.i.head

sumsq.i.exit:                                     ; preds = %sumsq.i.head
  %19 = load <8 x double>, <8 x double>* %sumsq.acc, align 64
  %20 = extractelement <8 x double> %19, i32 0
  %21 = extractelement <8 x double> %19, i32 1
  %22 = fadd double %20, %21
  %23 = extractelement <8 x double> %19, i32 2
  %24 = fadd double %22, %23
  %25 = extractelement <8 x double> %19, i32 3
  %26 = fadd double %24, %25
  %27 = extractelement <8 x double> %19, i32 4
  %28 = fadd double %26, %27
  %29 = extractelement <8 x double> %19, i32 5
  %30 = fadd double %28, %29
  %31 = extractelement <8 x double> %19, i32 6
  %32 = fadd double %30, %31
  %33 = extractelement <8 x double> %19, i32 7
  %34 = fadd double %32, %33
  store double %34, double* %sumsq.total, align 8
  br label %sumsq.t.head

sumsq.t.head:                                     ; preds = %sumsq.t.body, %sumsq.i.exit
  %sumsq.t = phi i64 [ 4096, %sumsq.i.exit ], [ %43, %sumsq.t.body ]
  %35 = icmp slt i64 %sumsq.t, 4096
  br i1 %35, label %sumsq.t.body, label %sumsq.t.exit

sumsq.t.body:                                     ; preds = %sumsq.t.head
  %36 = getelementptr inbounds float, float* %xrow4, i64 %sumsq.t
  %37 = load float, float* %36, align 4
  %38 = load double, double* %sumsq.total, align 8
  %39 = fpext float %37 to double
  %40 = fsub double %39, 0.000000e+00
  %41 = fmul double %40, %40
  %42 = fadd double %38, %41
  store double %42, double* %sumsq.total, align 8
  %43 = add nsw i64 %sumsq.t, 1
  br label %sumsq.t.head

sumsq.t.exit:                                     ; preds = %sumsq.t.head
  %sumsq = load double, double* %sumsq.total, align 8
  %meansq = fdiv double %sumsq, 4.096000e+03
  %44 = fadd double %meansq, 0x3EE4F8B580000000
  %45 = call double @llvm.sqrt.f64(double %44)
  %rstd = fdiv double 1.000000e+00, %45
  br label %col2.head

col2.head:                                        ; preds = %col2.body, %sumsq.t.exit
  %col2 = phi i64 [ 0, %sumsq.t.exit ], [ %57, %col2.body ]
  %46 = icmp slt i64 %col2, 4096
  br i1 %46, label %col2.body, label %col2.exit

col2.body:                                        ; preds = %col2.head
  %47 = getelementptr inbounds float, float* %xrow4, i64 %col2
  %x = load float, float* %47, align 4
  %48 = fpext float %x to double
  %opd.i9 = add i64 0, %col2
  %49 = getelementptr inbounds half, half* %w23, i64 %opd.i9
  %50 = load half, half* %49, align 2
  %w210 = fpext half %50 to float
  %51 = fpext float %w210 to double
  %52 = fmul double %48, %rstd
  %53 = fmul double %52, %51
  %y11 = fptrunc double %53 to float
  %54 = mul i64 %row, 4096
  %55 = add i64 %54, %col2
  %56 = getelementptr inbounds float, float* %y5, i64 %55
  store float %y11, float* %56, align 4
  %57 = add nsw i64 %col2, 1
  br label %col2.head

col2.exit:                                        ; preds = %col2.head
  %58 = add nsw i64 %row, 1
  br label %row.head
}

; Function Attrs: nounwind
define void @zk_matmul_6c57e21e8d7dd64b(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 2520 lines, FNV-1a a13196f377c75aec: the body left out
}

; Function Attrs: nofree nosync nounwind readonly willreturn
declare <16 x half> @llvm.masked.gather.v16f16.v16p0f16(<16 x half*>, i32 immarg, <16 x i1>, <16 x half>) #2

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { nofree nosync nounwind readonly willreturn }
attributes #3 = { inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn }
attributes #4 = { argmemonly nofree nosync nounwind willreturn writeonly }
