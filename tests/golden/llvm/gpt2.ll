; `zoc llvm models/gpt2.zo -D L=2 --recipe mezo`, LLVM 14's text, without the host's target lines; a body left out is
; its digest (tests/test_codegen_golden.c says which and why)
; zoc kernels of model 'gpt2': 25 kernels, 14 distinct functions
; kernel 0: embedding at %3 -> @zk_embedding_86819fb2e54fd08f, parallel over B*T rows
; kernel 1: positions at %4 -> @zk_positions_1a9bb49736bce44f, parallel over B rows
; kernel 2: embedding at %5 -> @zk_embedding_0b02b5f7e503d2a7, parallel over B*T rows
; kernel 3: norm at %19 ; h -> @zk_norm_6994da64fb8be8cd, parallel over B*T rows
; kernel 4: matmul at %21 ; qkv -> @zk_matmul_8199584b8a2e3e3a, parallel over 144 column blocks
; kernel 5: slice at %22 -> @zk_slice_a1de9bff41e1c7c2, parallel over B*T rows
; kernel 6: slice at %23 -> @zk_slice_09d4b359a4500bdb, parallel over B*T rows
; kernel 7: slice at %24 -> @zk_slice_8f07e71e66e9dcb5, parallel over B*T rows
; kernel 8: attention at %25 ; a -> @zk_attention_6e0f31834c1f5f28, parallel over 12*B batch*heads
; kernel 9: matmul at %28 ; x -> @zk_matmul_b06386ea41ac1961, parallel over 48 column blocks
; kernel 10: norm at %29 ; h -> @zk_norm_f0596347e8271e48, parallel over B*T rows
; kernel 11: matmul at %32 -> @zk_matmul_d742477f5b1ab501, parallel over 192 column blocks
; kernel 12: matmul at %35 ; x -> @zk_matmul_7914baca1bbf189d, parallel over 48 column blocks
; kernel 13: norm at %48 ; h -> @zk_norm_f0596347e8271e48, parallel over B*T rows
; kernel 14: matmul at %50 ; qkv -> @zk_matmul_8199584b8a2e3e3a, parallel over 144 column blocks
; kernel 15: slice at %51 -> @zk_slice_a1de9bff41e1c7c2, parallel over B*T rows
; kernel 16: slice at %52 -> @zk_slice_09d4b359a4500bdb, parallel over B*T rows
; kernel 17: slice at %53 -> @zk_slice_8f07e71e66e9dcb5, parallel over B*T rows
; kernel 18: attention at %54 ; a -> @zk_attention_6e0f31834c1f5f28, parallel over 12*B batch*heads
; kernel 19: matmul at %57 ; x -> @zk_matmul_b06386ea41ac1961, parallel over 48 column blocks
; kernel 20: norm at %58 ; h -> @zk_norm_f0596347e8271e48, parallel over B*T rows
; kernel 21: matmul at %61 -> @zk_matmul_d742477f5b1ab501, parallel over 192 column blocks
; kernel 22: matmul at %64 ; x -> @zk_matmul_7914baca1bbf189d, parallel over 48 column blocks
; kernel 23: norm at %67 -> @zk_norm_f0596347e8271e48, parallel over B*T rows
; kernel 24: matmul at %69 ; logits -> @zk_matmul_cb3c6da81f5ec6e1, parallel over 3142 column blocks
; ModuleID = 'zoc_kernels'
source_filename = "zoc_kernels"

; Function Attrs: nounwind
define void @zk_embedding_86819fb2e54fd08f(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %table.slot = getelementptr inbounds i8*, i8** %ptrs, i64 2
  %table = load i8*, i8** %table.slot, align 8
  %table1 = bitcast i8* %table to float*
  %ids.slot = getelementptr inbounds i8*, i8** %ptrs, i64 1
  %ids = load i8*, i8** %ids.slot, align 8
  %ids2 = bitcast i8* %ids to i32*
  %y.slot = getelementptr inbounds i8*, i8** %ptrs, i64 0
  %y = load i8*, i8** %y.slot, align 8
  %y3 = bitcast i8* %y to float*
  %0 = getelementptr inbounds i64, i64* %ints, i64 0
  %rows = load i64, i64* %0, align 8
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
  %5 = icmp slt i64 %split.rows, %rows
  %6 = select i1 %5, i64 %split.rows, i64 %rows
  %7 = icmp slt i64 %6, 0
  %8 = select i1 %7, i64 0, i64 %6
  %rows.pos = select i1 %perturbed, i64 %8, i64 %rows
  %9 = getelementptr inbounds i64, i64* %ints, i64 1
  %stream = load i64, i64* %9, align 8
  br label %row.head

row.head:                                         ; preds = %perturbed.join, %start
  %row = phi i64 [ %begin, %start ], [ %17, %perturbed.join ]
  %10 = icmp slt i64 %row, %end
  br i1 %10, label %row.body, label %row.exit

row.body:                                         ; preds = %row.head
  %11 = getelementptr inbounds i32, i32* %ids2, i64 %row
  %12 = load i32, i32* %11, align 4
  %id = sext i32 %12 to i64
  %13 = icmp slt i64 %id, 0
  %14 = select i1 %13, i64 0, i64 %id
  %15 = icmp slt i64 %14, 50256
  %id4 = select i1 %15, i64 %14, i64 50256
  %src = mul i64 %id4, 768
  %dst = mul i64 %row, 768
  br i1 %perturbed, label %perturbed.then, label %perturbed.else

row.exit:                                         ; preds = %row.head
  ret void

perturbed.then:                                   ; preds = %row.body
  %16 = icmp slt i64 %row, %rows.pos
  %eps.row = select i1 %16, float %eps.pos, float %eps.neg
  br label %dz.head

perturbed.else:                                   ; preds = %row.body
  br label %d.head

perturbed.join:                                   ; preds = %d.exit, %dz.exit
  %17 = add nsw i64 %row, 1
  br label %row.head

dz.head:                                          ; preds = %dz.body, %perturbed.then
  %dz = phi i64 [ 0, %perturbed.then ], [ %25, %dz.body ]
  %18 = icmp slt i64 %dz, 768
  br i1 %18, label %dz.body, label %dz.exit

dz.body:                                          ; preds = %dz.head
  %19 = add i64 %src, %dz
  %20 = getelementptr inbounds float, float* %table1, i64 %19
  %v = load float, float* %20, align 4
  %21 = trunc i64 %stream to i32
  %z = call float @zo_rng_normal_c(i64 %seed, i32 %21, i64 %19)
  %22 = fmul float %eps.row, %z
  %v.perturbed = fadd float %v, %22
  %23 = add i64 %dst, %dz
  %24 = getelementptr inbounds float, float* %y3, i64 %23
  store float %v.perturbed, float* %24, align 4
  %25 = add nsw i64 %dz, 1
  br label %dz.head

dz.exit:                                          ; preds = %dz.head
  br label %perturbed.join

d.head:                                           ; preds = %d.body, %perturbed.else
  %d = phi i64 [ 0, %perturbed.else ], [ %31, %d.body ]
  %26 = icmp slt i64 %d, 768
  br i1 %26, label %d.body, label %d.exit

d.body:                                           ; preds = %d.head
  %27 = add i64 %src, %d
  %28 = getelementptr inbounds float, float* %table1, i64 %27
  %v5 = load float, float* %28, align 4
  %29 = add i64 %dst, %d
  %30 = getelementptr inbounds float, float* %y3, i64 %29
  store float %v5, float* %30, align 4
  %31 = add nsw i64 %d, 1
  br label %d.head

d.exit:                                           ; preds = %d.head
  br label %perturbed.join
}

; Function Attrs: nounwind readnone willreturn
declare float @zo_rng_normal_c(i64, i32, i64) #1

; Function Attrs: nounwind
define void @zk_positions_1a9bb49736bce44f(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %pos.slot = getelementptr inbounds i8*, i8** %ptrs, i64 0
  %pos = load i8*, i8** %pos.slot, align 8
  %pos1 = bitcast i8* %pos to i32*
  %0 = getelementptr inbounds i64, i64* %ints, i64 1
  %T = load i64, i64* %0, align 8
  br label %row.head

row.head:                                         ; preds = %t.exit, %start
  %row = phi i64 [ %begin, %start ], [ %8, %t.exit ]
  %1 = icmp slt i64 %row, %end
  br i1 %1, label %row.body, label %row.exit

row.body:                                         ; preds = %row.head
  br label %t.head

row.exit:                                         ; preds = %row.head
  ret void

t.head:                                           ; preds = %t.body, %row.body
  %t = phi i64 [ 0, %row.body ], [ %7, %t.body ]
  %2 = icmp slt i64 %t, %T
  br i1 %2, label %t.body, label %t.exit

t.body:                                           ; preds = %t.head
  %3 = mul i64 %row, %T
  %4 = add i64 %3, %t
  %5 = getelementptr inbounds i32, i32* %pos1, i64 %4
  %6 = add i64 %t, 0
  %p = trunc i64 %6 to i32
  store i32 %p, i32* %5, align 4
  %7 = add nsw i64 %t, 1
  br label %t.head

t.exit:                                           ; preds = %t.head
  %8 = add nsw i64 %row, 1
  br label %row.head
}

; Function Attrs: nounwind
define void @zk_embedding_0b02b5f7e503d2a7(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %table.slot = getelementptr inbounds i8*, i8** %ptrs, i64 2
  %table = load i8*, i8** %table.slot, align 8
  %table1 = bitcast i8* %table to float*
  %ids.slot = getelementptr inbounds i8*, i8** %ptrs, i64 1
  %ids = load i8*, i8** %ids.slot, align 8
  %ids2 = bitcast i8* %ids to i32*
  %y.slot = getelementptr inbounds i8*, i8** %ptrs, i64 0
  %y = load i8*, i8** %y.slot, align 8
  %y3 = bitcast i8* %y to float*
  %0 = getelementptr inbounds i64, i64* %ints, i64 0
  %rows = load i64, i64* %0, align 8
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
  %5 = icmp slt i64 %split.rows, %rows
  %6 = select i1 %5, i64 %split.rows, i64 %rows
  %7 = icmp slt i64 %6, 0
  %8 = select i1 %7, i64 0, i64 %6
  %rows.pos = select i1 %perturbed, i64 %8, i64 %rows
  %9 = getelementptr inbounds i64, i64* %ints, i64 1
  %stream = load i64, i64* %9, align 8
  br label %row.head

row.head:                                         ; preds = %perturbed.join, %start
  %row = phi i64 [ %begin, %start ], [ %17, %perturbed.join ]
  %10 = icmp slt i64 %row, %end
  br i1 %10, label %row.body, label %row.exit

row.body:                                         ; preds = %row.head
  %11 = getelementptr inbounds i32, i32* %ids2, i64 %row
  %12 = load i32, i32* %11, align 4
  %id = sext i32 %12 to i64
  %13 = icmp slt i64 %id, 0
  %14 = select i1 %13, i64 0, i64 %id
  %15 = icmp slt i64 %14, 1023
  %id4 = select i1 %15, i64 %14, i64 1023
  %src = mul i64 %id4, 768
  %dst = mul i64 %row, 768
  br i1 %perturbed, label %perturbed.then, label %perturbed.else

row.exit:                                         ; preds = %row.head
  ret void

perturbed.then:                                   ; preds = %row.body
  %16 = icmp slt i64 %row, %rows.pos
  %eps.row = select i1 %16, float %eps.pos, float %eps.neg
  br label %dz.head

perturbed.else:                                   ; preds = %row.body
  br label %d.head

perturbed.join:                                   ; preds = %d.exit, %dz.exit
  %17 = add nsw i64 %row, 1
  br label %row.head

dz.head:                                          ; preds = %dz.body, %perturbed.then
  %dz = phi i64 [ 0, %perturbed.then ], [ %25, %dz.body ]
  %18 = icmp slt i64 %dz, 768
  br i1 %18, label %dz.body, label %dz.exit

dz.body:                                          ; preds = %dz.head
  %19 = add i64 %src, %dz
  %20 = getelementptr inbounds float, float* %table1, i64 %19
  %v = load float, float* %20, align 4
  %21 = trunc i64 %stream to i32
  %z = call float @zo_rng_normal_c(i64 %seed, i32 %21, i64 %19)
  %22 = fmul float %eps.row, %z
  %v.perturbed = fadd float %v, %22
  %23 = add i64 %dst, %dz
  %24 = getelementptr inbounds float, float* %y3, i64 %23
  store float %v.perturbed, float* %24, align 4
  %25 = add nsw i64 %dz, 1
  br label %dz.head

dz.exit:                                          ; preds = %dz.head
  br label %perturbed.join

d.head:                                           ; preds = %d.body, %perturbed.else
  %d = phi i64 [ 0, %perturbed.else ], [ %31, %d.body ]
  %26 = icmp slt i64 %d, 768
  br i1 %26, label %d.body, label %d.exit

d.body:                                           ; preds = %d.head
  %27 = add i64 %src, %d
  %28 = getelementptr inbounds float, float* %table1, i64 %27
  %v5 = load float, float* %28, align 4
  %29 = add i64 %dst, %d
  %30 = getelementptr inbounds float, float* %y3, i64 %29
  store float %v5, float* %30, align 4
  %31 = add nsw i64 %d, 1
  br label %d.head

d.exit:                                           ; preds = %d.head
  br label %perturbed.join
}

; Function Attrs: nounwind
define void @zk_norm_6994da64fb8be8cd(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
entry:
  %sum.acc = alloca <8 x double>, align 64
  %sum.total = alloca double, align 8
  %sqdev.acc = alloca <8 x double>, align 64
  %sqdev.total = alloca double, align 8
  br label %start

start:                                            ; preds = %entry
  %0 = getelementptr inbounds i64, i64* %ints, i64 0
  %rows = load i64, i64* %0, align 8
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
  %5 = icmp slt i64 %split.rows, %rows
  %6 = select i1 %5, i64 %split.rows, i64 %rows
  %7 = icmp slt i64 %6, 0
  %8 = select i1 %7, i64 0, i64 %6
  %rows.pos = select i1 %perturbed, i64 %8, i64 %rows
  %in0.slot = getelementptr inbounds i8*, i8** %ptrs, i64 0
  %in0 = load i8*, i8** %in0.slot, align 8
  %in01 = bitcast i8* %in0 to float*
  %in1.slot = getelementptr inbounds i8*, i8** %ptrs, i64 1
  %in1 = load i8*, i8** %in1.slot, align 8
  %in12 = bitcast i8* %in1 to float*
  %w2.slot = getelementptr inbounds i8*, i8** %ptrs, i64 3
  %w2 = load i8*, i8** %w2.slot, align 8
  %w23 = bitcast i8* %w2 to float*
  %9 = getelementptr inbounds i64, i64* %ints, i64 1
  %stream = load i64, i64* %9, align 8
  %opd.z = getelementptr inbounds i8, i8* %scratch, i64 0
  %opd.z4 = bitcast i8* %opd.z to float*
  %w3.slot = getelementptr inbounds i8*, i8** %ptrs, i64 4
  %w3 = load i8*, i8** %w3.slot, align 8
  %w35 = bitcast i8* %w3 to float*
  %10 = getelementptr inbounds i64, i64* %ints, i64 5
  %stream6 = load i64, i64* %10, align 8
  %opd.z7 = getelementptr inbounds i8, i8* %scratch, i64 3072
  %opd.z8 = bitcast i8* %opd.z7 to float*
  %out0.add.slot = getelementptr inbounds i8*, i8** %ptrs, i64 2
  %out0.add = load i8*, i8** %out0.add.slot, align 8
  %out0.add9 = bitcast i8* %out0.add to float*
  br i1 %perturbed, label %opdz.then, label %opdz.else

opdz.then:                                        ; preds = %start
  br label %zfill.head

opdz.else:                                        ; preds = %start
  br label %opdz.join

opdz.join:                                        ; preds = %opdz.else, %zfill.t.exit
  br i1 %perturbed, label %opdz.then11, label %opdz.else12

zfill.head:                                       ; preds = %zfill.body, %opdz.then
  %zfill = phi i64 [ 0, %opdz.then ], [ %303, %zfill.body ]
  %11 = icmp slt i64 %zfill, 768
  br i1 %11, label %zfill.body, label %zfill.exit

zfill.body:                                       ; preds = %zfill.head
  %12 = add i64 0, %zfill
  %13 = insertelement <16 x i64> undef, i64 %12, i32 0
  %14 = shufflevector <16 x i64> %13, <16 x i64> undef, <16 x i32> zeroinitializer
  %15 = add <16 x i64> %14, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %pair = lshr <16 x i64> %15, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %16 = trunc <16 x i64> %pair to <16 x i32>
  %17 = lshr <16 x i64> %pair, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %18 = trunc <16 x i64> %17 to <16 x i32>
  %19 = trunc i64 %stream to i32
  %20 = insertelement <16 x i32> undef, i32 %19, i32 0
  %21 = shufflevector <16 x i32> %20, <16 x i32> undef, <16 x i32> zeroinitializer
  %key0 = trunc i64 %seed to i32
  %22 = lshr i64 %seed, 32
  %key1 = trunc i64 %22 to i32
  %23 = zext <16 x i32> %16 to <16 x i64>
  %24 = mul <16 x i64> %23, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %25 = trunc <16 x i64> %24 to <16 x i32>
  %26 = lshr <16 x i64> %24, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %27 = trunc <16 x i64> %26 to <16 x i32>
  %28 = zext <16 x i32> %21 to <16 x i64>
  %29 = mul <16 x i64> %28, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %30 = trunc <16 x i64> %29 to <16 x i32>
  %31 = lshr <16 x i64> %29, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %32 = trunc <16 x i64> %31 to <16 x i32>
  %33 = insertelement <16 x i32> undef, i32 %key0, i32 0
  %34 = shufflevector <16 x i32> %33, <16 x i32> undef, <16 x i32> zeroinitializer
  %35 = insertelement <16 x i32> undef, i32 %key1, i32 0
  %36 = shufflevector <16 x i32> %35, <16 x i32> undef, <16 x i32> zeroinitializer
  %37 = xor <16 x i32> %32, %18
  %38 = xor <16 x i32> %37, %34
  %39 = xor <16 x i32> %27, zeroinitializer
  %40 = xor <16 x i32> %39, %36
  %41 = add i32 %key0, -1640531527
  %42 = add i32 %key1, -1150833019
  %43 = zext <16 x i32> %38 to <16 x i64>
  %44 = mul <16 x i64> %43, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %45 = trunc <16 x i64> %44 to <16 x i32>
  %46 = lshr <16 x i64> %44, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %47 = trunc <16 x i64> %46 to <16 x i32>
  %48 = zext <16 x i32> %40 to <16 x i64>
  %49 = mul <16 x i64> %48, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %50 = trunc <16 x i64> %49 to <16 x i32>
  %51 = lshr <16 x i64> %49, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %52 = trunc <16 x i64> %51 to <16 x i32>
  %53 = insertelement <16 x i32> undef, i32 %41, i32 0
  %54 = shufflevector <16 x i32> %53, <16 x i32> undef, <16 x i32> zeroinitializer
  %55 = insertelement <16 x i32> undef, i32 %42, i32 0
  %56 = shufflevector <16 x i32> %55, <16 x i32> undef, <16 x i32> zeroinitializer
  %57 = xor <16 x i32> %52, %30
  %58 = xor <16 x i32> %57, %54
  %59 = xor <16 x i32> %47, %25
  %60 = xor <16 x i32> %59, %56
  %61 = add i32 %41, -1640531527
  %62 = add i32 %42, -1150833019
  %63 = zext <16 x i32> %58 to <16 x i64>
  %64 = mul <16 x i64> %63, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %65 = trunc <16 x i64> %64 to <16 x i32>
  %66 = lshr <16 x i64> %64, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %67 = trunc <16 x i64> %66 to <16 x i32>
  %68 = zext <16 x i32> %60 to <16 x i64>
  %69 = mul <16 x i64> %68, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %70 = trunc <16 x i64> %69 to <16 x i32>
  %71 = lshr <16 x i64> %69, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %72 = trunc <16 x i64> %71 to <16 x i32>
  %73 = insertelement <16 x i32> undef, i32 %61, i32 0
  %74 = shufflevector <16 x i32> %73, <16 x i32> undef, <16 x i32> zeroinitializer
  %75 = insertelement <16 x i32> undef, i32 %62, i32 0
  %76 = shufflevector <16 x i32> %75, <16 x i32> undef, <16 x i32> zeroinitializer
  %77 = xor <16 x i32> %72, %50
  %78 = xor <16 x i32> %77, %74
  %79 = xor <16 x i32> %67, %45
  %80 = xor <16 x i32> %79, %76
  %81 = add i32 %61, -1640531527
  %82 = add i32 %62, -1150833019
  %83 = zext <16 x i32> %78 to <16 x i64>
  %84 = mul <16 x i64> %83, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %85 = trunc <16 x i64> %84 to <16 x i32>
  %86 = lshr <16 x i64> %84, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %87 = trunc <16 x i64> %86 to <16 x i32>
  %88 = zext <16 x i32> %80 to <16 x i64>
  %89 = mul <16 x i64> %88, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %90 = trunc <16 x i64> %89 to <16 x i32>
  %91 = lshr <16 x i64> %89, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %92 = trunc <16 x i64> %91 to <16 x i32>
  %93 = insertelement <16 x i32> undef, i32 %81, i32 0
  %94 = shufflevector <16 x i32> %93, <16 x i32> undef, <16 x i32> zeroinitializer
  %95 = insertelement <16 x i32> undef, i32 %82, i32 0
  %96 = shufflevector <16 x i32> %95, <16 x i32> undef, <16 x i32> zeroinitializer
  %97 = xor <16 x i32> %92, %70
  %98 = xor <16 x i32> %97, %94
  %99 = xor <16 x i32> %87, %65
  %100 = xor <16 x i32> %99, %96
  %101 = add i32 %81, -1640531527
  %102 = add i32 %82, -1150833019
  %103 = zext <16 x i32> %98 to <16 x i64>
  %104 = mul <16 x i64> %103, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %105 = trunc <16 x i64> %104 to <16 x i32>
  %106 = lshr <16 x i64> %104, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %107 = trunc <16 x i64> %106 to <16 x i32>
  %108 = zext <16 x i32> %100 to <16 x i64>
  %109 = mul <16 x i64> %108, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %110 = trunc <16 x i64> %109 to <16 x i32>
  %111 = lshr <16 x i64> %109, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %112 = trunc <16 x i64> %111 to <16 x i32>
  %113 = insertelement <16 x i32> undef, i32 %101, i32 0
  %114 = shufflevector <16 x i32> %113, <16 x i32> undef, <16 x i32> zeroinitializer
  %115 = insertelement <16 x i32> undef, i32 %102, i32 0
  %116 = shufflevector <16 x i32> %115, <16 x i32> undef, <16 x i32> zeroinitializer
  %117 = xor <16 x i32> %112, %90
  %118 = xor <16 x i32> %117, %114
  %119 = xor <16 x i32> %107, %85
  %120 = xor <16 x i32> %119, %116
  %121 = add i32 %101, -1640531527
  %122 = add i32 %102, -1150833019
  %123 = zext <16 x i32> %118 to <16 x i64>
  %124 = mul <16 x i64> %123, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %125 = trunc <16 x i64> %124 to <16 x i32>
  %126 = lshr <16 x i64> %124, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %127 = trunc <16 x i64> %126 to <16 x i32>
  %128 = zext <16 x i32> %120 to <16 x i64>
  %129 = mul <16 x i64> %128, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %130 = trunc <16 x i64> %129 to <16 x i32>
  %131 = lshr <16 x i64> %129, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %132 = trunc <16 x i64> %131 to <16 x i32>
  %133 = insertelement <16 x i32> undef, i32 %121, i32 0
  %134 = shufflevector <16 x i32> %133, <16 x i32> undef, <16 x i32> zeroinitializer
  %135 = insertelement <16 x i32> undef, i32 %122, i32 0
  %136 = shufflevector <16 x i32> %135, <16 x i32> undef, <16 x i32> zeroinitializer
  %137 = xor <16 x i32> %132, %110
  %138 = xor <16 x i32> %137, %134
  %139 = xor <16 x i32> %127, %105
  %140 = xor <16 x i32> %139, %136
  %141 = add i32 %121, -1640531527
  %142 = add i32 %122, -1150833019
  %143 = zext <16 x i32> %138 to <16 x i64>
  %144 = mul <16 x i64> %143, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %145 = trunc <16 x i64> %144 to <16 x i32>
  %146 = lshr <16 x i64> %144, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %147 = trunc <16 x i64> %146 to <16 x i32>
  %148 = zext <16 x i32> %140 to <16 x i64>
  %149 = mul <16 x i64> %148, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %150 = trunc <16 x i64> %149 to <16 x i32>
  %151 = lshr <16 x i64> %149, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %152 = trunc <16 x i64> %151 to <16 x i32>
  %153 = insertelement <16 x i32> undef, i32 %141, i32 0
  %154 = shufflevector <16 x i32> %153, <16 x i32> undef, <16 x i32> zeroinitializer
  %155 = insertelement <16 x i32> undef, i32 %142, i32 0
  %156 = shufflevector <16 x i32> %155, <16 x i32> undef, <16 x i32> zeroinitializer
  %157 = xor <16 x i32> %152, %130
  %158 = xor <16 x i32> %157, %154
  %159 = xor <16 x i32> %147, %125
  %160 = xor <16 x i32> %159, %156
  %161 = add i32 %141, -1640531527
  %162 = add i32 %142, -1150833019
  %163 = zext <16 x i32> %158 to <16 x i64>
  %164 = mul <16 x i64> %163, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %165 = trunc <16 x i64> %164 to <16 x i32>
  %166 = lshr <16 x i64> %164, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %167 = trunc <16 x i64> %166 to <16 x i32>
  %168 = zext <16 x i32> %160 to <16 x i64>
  %169 = mul <16 x i64> %168, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %170 = trunc <16 x i64> %169 to <16 x i32>
  %171 = lshr <16 x i64> %169, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %172 = trunc <16 x i64> %171 to <16 x i32>
  %173 = insertelement <16 x i32> undef, i32 %161, i32 0
  %174 = shufflevector <16 x i32> %173, <16 x i32> undef, <16 x i32> zeroinitializer
  %175 = insertelement <16 x i32> undef, i32 %162, i32 0
  %176 = shufflevector <16 x i32> %175, <16 x i32> undef, <16 x i32> zeroinitializer
  %177 = xor <16 x i32> %172, %150
  %178 = xor <16 x i32> %177, %174
  %179 = xor <16 x i32> %167, %145
  %180 = xor <16 x i32> %179, %176
  %181 = add i32 %161, -1640531527
  %182 = add i32 %162, -1150833019
  %183 = zext <16 x i32> %178 to <16 x i64>
  %184 = mul <16 x i64> %183, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %185 = trunc <16 x i64> %184 to <16 x i32>
  %186 = lshr <16 x i64> %184, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %187 = trunc <16 x i64> %186 to <16 x i32>
  %188 = zext <16 x i32> %180 to <16 x i64>
  %189 = mul <16 x i64> %188, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %190 = trunc <16 x i64> %189 to <16 x i32>
  %191 = lshr <16 x i64> %189, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %192 = trunc <16 x i64> %191 to <16 x i32>
  %193 = insertelement <16 x i32> undef, i32 %181, i32 0
  %194 = shufflevector <16 x i32> %193, <16 x i32> undef, <16 x i32> zeroinitializer
  %195 = insertelement <16 x i32> undef, i32 %182, i32 0
  %196 = shufflevector <16 x i32> %195, <16 x i32> undef, <16 x i32> zeroinitializer
  %197 = xor <16 x i32> %192, %170
  %198 = xor <16 x i32> %197, %194
  %199 = xor <16 x i32> %187, %165
  %200 = xor <16 x i32> %199, %196
  %201 = add i32 %181, -1640531527
  %202 = add i32 %182, -1150833019
  %203 = zext <16 x i32> %198 to <16 x i64>
  %204 = mul <16 x i64> %203, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %205 = trunc <16 x i64> %204 to <16 x i32>
  %206 = lshr <16 x i64> %204, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %207 = trunc <16 x i64> %206 to <16 x i32>
  %208 = zext <16 x i32> %200 to <16 x i64>
  %209 = mul <16 x i64> %208, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %210 = trunc <16 x i64> %209 to <16 x i32>
  %211 = lshr <16 x i64> %209, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %212 = trunc <16 x i64> %211 to <16 x i32>
  %213 = insertelement <16 x i32> undef, i32 %201, i32 0
  %214 = shufflevector <16 x i32> %213, <16 x i32> undef, <16 x i32> zeroinitializer
  %215 = insertelement <16 x i32> undef, i32 %202, i32 0
  %216 = shufflevector <16 x i32> %215, <16 x i32> undef, <16 x i32> zeroinitializer
  %217 = xor <16 x i32> %212, %190
  %218 = xor <16 x i32> %217, %214
  %219 = xor <16 x i32> %207, %185
  %220 = xor <16 x i32> %219, %216
  %221 = lshr <16 x i32> %218, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %222 = shl <16 x i32> %221, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %223 = or <16 x i32> %222, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %224 = sitofp <16 x i32> %223 to <16 x float>
  %225 = fmul <16 x float> %224, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %226 = lshr <16 x i32> %210, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %227 = shl <16 x i32> %226, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %228 = or <16 x i32> %227, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %229 = sitofp <16 x i32> %228 to <16 x float>
  %230 = fmul <16 x float> %229, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %231 = bitcast <16 x float> %225 to <16 x i32>
  %232 = lshr <16 x i32> %231, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %233 = sub <16 x i32> %232, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %234 = and <16 x i32> %231, <i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607>
  %235 = or <16 x i32> %234, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %236 = icmp uge <16 x i32> %235, <i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891>
  %237 = sub <16 x i32> %235, <i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608>
  %238 = select <16 x i1> %236, <16 x i32> %237, <16 x i32> %235
  %239 = add <16 x i32> %233, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %240 = select <16 x i1> %236, <16 x i32> %239, <16 x i32> %233
  %241 = bitcast <16 x i32> %238 to <16 x float>
  %242 = fsub <16 x float> %241, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %243 = fadd <16 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %242
  %244 = fdiv <16 x float> %242, %243
  %245 = fmul <16 x float> %244, %244
  %246 = fmul <16 x float> %245, <float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000>
  %247 = fadd <16 x float> <float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000>, %246
  %248 = fmul <16 x float> %245, %247
  %249 = fadd <16 x float> <float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000>, %248
  %250 = fmul <16 x float> %245, %249
  %251 = fadd <16 x float> <float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000>, %250
  %252 = fmul <16 x float> %245, %251
  %253 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %252
  %254 = fadd <16 x float> %244, %244
  %255 = fmul <16 x float> %254, %253
  %256 = sitofp <16 x i32> %240 to <16 x float>
  %257 = fmul <16 x float> %256, <float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000>
  %258 = fadd <16 x float> %255, %257
  %259 = fmul <16 x float> %256, <float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000>
  %ln.u1 = fadd <16 x float> %259, %258
  %260 = fmul <16 x float> <float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00>, %ln.u1
  %r = call <16 x float> @llvm.sqrt.v16f32(<16 x float> %260)
  %261 = fmul <16 x float> %230, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %262 = fadd <16 x float> %261, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %263 = fsub <16 x float> %262, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %264 = fsub <16 x float> %261, %263
  %265 = fmul <16 x float> %264, %264
  %266 = fmul <16 x float> %265, <float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000>
  %267 = fadd <16 x float> <float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000>, %266
  %268 = fmul <16 x float> %265, %267
  %269 = fadd <16 x float> <float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000>, %268
  %270 = fmul <16 x float> %265, %269
  %271 = fadd <16 x float> <float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000>, %270
  %272 = fmul <16 x float> %265, %271
  %273 = fadd <16 x float> <float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000>, %272
  %274 = fmul <16 x float> %264, %273
  %275 = fmul <16 x float> %265, <float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000>
  %276 = fadd <16 x float> <float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000>, %275
  %277 = fmul <16 x float> %265, %276
  %278 = fadd <16 x float> <float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000>, %277
  %279 = fmul <16 x float> %265, %278
  %280 = fadd <16 x float> <float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000>, %279
  %281 = fmul <16 x float> %265, %280
  %282 = fadd <16 x float> <float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000>, %281
  %283 = fmul <16 x float> %265, %282
  %284 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %283
  %285 = fptosi <16 x float> %263 to <16 x i32>
  %quadrant = and <16 x i32> %285, <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %286 = and <16 x i32> %quadrant, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %287 = icmp ne <16 x i32> %286, zeroinitializer
  %288 = select <16 x i1> %287, <16 x float> %284, <16 x float> %274
  %289 = select <16 x i1> %287, <16 x float> %274, <16 x float> %284
  %290 = and <16 x i32> %quadrant, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %291 = icmp ne <16 x i32> %290, zeroinitializer
  %292 = add <16 x i32> %quadrant, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %293 = and <16 x i32> %292, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %294 = icmp ne <16 x i32> %293, zeroinitializer
  %295 = fneg <16 x float> %288
  %sin = select <16 x i1> %291, <16 x float> %295, <16 x float> %288
  %296 = fneg <16 x float> %289
  %cos = select <16 x i1> %294, <16 x float> %296, <16 x float> %289
  %297 = fmul <16 x float> %r, %cos
  %298 = fmul <16 x float> %r, %sin
  %299 = and <16 x i64> %15, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %300 = icmp ne <16 x i64> %299, zeroinitializer
  %z = select <16 x i1> %300, <16 x float> %298, <16 x float> %297
  %301 = getelementptr inbounds float, float* %opd.z4, i64 %zfill
  %302 = bitcast float* %301 to <16 x float>*
  store <16 x float> %z, <16 x float>* %302, align 4
  %303 = add nsw i64 %zfill, 16
  br label %zfill.head

zfill.exit:                                       ; preds = %zfill.head
  br label %zfill.t.head

zfill.t.head:                                     ; preds = %zfill.t.body, %zfill.exit
  %zfill.t = phi i64 [ 768, %zfill.exit ], [ %308, %zfill.t.body ]
  %304 = icmp slt i64 %zfill.t, 768
  br i1 %304, label %zfill.t.body, label %zfill.t.exit

zfill.t.body:                                     ; preds = %zfill.t.head
  %305 = add i64 0, %zfill.t
  %306 = trunc i64 %stream to i32
  %z10 = call float @zo_rng_normal_c(i64 %seed, i32 %306, i64 %305)
  %307 = getelementptr inbounds float, float* %opd.z4, i64 %zfill.t
  store float %z10, float* %307, align 4
  %308 = add nsw i64 %zfill.t, 1
  br label %zfill.t.head

zfill.t.exit:                                     ; preds = %zfill.t.head
  br label %opdz.join

opdz.then11:                                      ; preds = %opdz.join
  br label %zfill.head14

opdz.else12:                                      ; preds = %opdz.join
  br label %opdz.join13

opdz.join13:                                      ; preds = %opdz.else12, %zfill.t.exit29
  %xrow = getelementptr inbounds i8, i8* %scratch, i64 6144
  %xrow32 = bitcast i8* %xrow to float*
  %y.slot = getelementptr inbounds i8*, i8** %ptrs, i64 5
  %y = load i8*, i8** %y.slot, align 8
  %y33 = bitcast i8* %y to float*
  br label %row.head

zfill.head14:                                     ; preds = %zfill.body15, %opdz.then11
  %zfill17 = phi i64 [ 0, %opdz.then11 ], [ %601, %zfill.body15 ]
  %309 = icmp slt i64 %zfill17, 768
  br i1 %309, label %zfill.body15, label %zfill.exit16

zfill.body15:                                     ; preds = %zfill.head14
  %310 = add i64 0, %zfill17
  %311 = insertelement <16 x i64> undef, i64 %310, i32 0
  %312 = shufflevector <16 x i64> %311, <16 x i64> undef, <16 x i32> zeroinitializer
  %313 = add <16 x i64> %312, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %pair18 = lshr <16 x i64> %313, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %314 = trunc <16 x i64> %pair18 to <16 x i32>
  %315 = lshr <16 x i64> %pair18, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %316 = trunc <16 x i64> %315 to <16 x i32>
  %317 = trunc i64 %stream6 to i32
  %318 = insertelement <16 x i32> undef, i32 %317, i32 0
  %319 = shufflevector <16 x i32> %318, <16 x i32> undef, <16 x i32> zeroinitializer
  %key019 = trunc i64 %seed to i32
  %320 = lshr i64 %seed, 32
  %key120 = trunc i64 %320 to i32
  %321 = zext <16 x i32> %314 to <16 x i64>
  %322 = mul <16 x i64> %321, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %323 = trunc <16 x i64> %322 to <16 x i32>
  %324 = lshr <16 x i64> %322, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %325 = trunc <16 x i64> %324 to <16 x i32>
  %326 = zext <16 x i32> %319 to <16 x i64>
  %327 = mul <16 x i64> %326, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %328 = trunc <16 x i64> %327 to <16 x i32>
  %329 = lshr <16 x i64> %327, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %330 = trunc <16 x i64> %329 to <16 x i32>
  %331 = insertelement <16 x i32> undef, i32 %key019, i32 0
  %332 = shufflevector <16 x i32> %331, <16 x i32> undef, <16 x i32> zeroinitializer
  %333 = insertelement <16 x i32> undef, i32 %key120, i32 0
  %334 = shufflevector <16 x i32> %333, <16 x i32> undef, <16 x i32> zeroinitializer
  %335 = xor <16 x i32> %330, %316
  %336 = xor <16 x i32> %335, %332
  %337 = xor <16 x i32> %325, zeroinitializer
  %338 = xor <16 x i32> %337, %334
  %339 = add i32 %key019, -1640531527
  %340 = add i32 %key120, -1150833019
  %341 = zext <16 x i32> %336 to <16 x i64>
  %342 = mul <16 x i64> %341, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %343 = trunc <16 x i64> %342 to <16 x i32>
  %344 = lshr <16 x i64> %342, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %345 = trunc <16 x i64> %344 to <16 x i32>
  %346 = zext <16 x i32> %338 to <16 x i64>
  %347 = mul <16 x i64> %346, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %348 = trunc <16 x i64> %347 to <16 x i32>
  %349 = lshr <16 x i64> %347, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %350 = trunc <16 x i64> %349 to <16 x i32>
  %351 = insertelement <16 x i32> undef, i32 %339, i32 0
  %352 = shufflevector <16 x i32> %351, <16 x i32> undef, <16 x i32> zeroinitializer
  %353 = insertelement <16 x i32> undef, i32 %340, i32 0
  %354 = shufflevector <16 x i32> %353, <16 x i32> undef, <16 x i32> zeroinitializer
  %355 = xor <16 x i32> %350, %328
  %356 = xor <16 x i32> %355, %352
  %357 = xor <16 x i32> %345, %323
  %358 = xor <16 x i32> %357, %354
  %359 = add i32 %339, -1640531527
  %360 = add i32 %340, -1150833019
  %361 = zext <16 x i32> %356 to <16 x i64>
  %362 = mul <16 x i64> %361, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %363 = trunc <16 x i64> %362 to <16 x i32>
  %364 = lshr <16 x i64> %362, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %365 = trunc <16 x i64> %364 to <16 x i32>
  %366 = zext <16 x i32> %358 to <16 x i64>
  %367 = mul <16 x i64> %366, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %368 = trunc <16 x i64> %367 to <16 x i32>
  %369 = lshr <16 x i64> %367, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %370 = trunc <16 x i64> %369 to <16 x i32>
  %371 = insertelement <16 x i32> undef, i32 %359, i32 0
  %372 = shufflevector <16 x i32> %371, <16 x i32> undef, <16 x i32> zeroinitializer
  %373 = insertelement <16 x i32> undef, i32 %360, i32 0
  %374 = shufflevector <16 x i32> %373, <16 x i32> undef, <16 x i32> zeroinitializer
  %375 = xor <16 x i32> %370, %348
  %376 = xor <16 x i32> %375, %372
  %377 = xor <16 x i32> %365, %343
  %378 = xor <16 x i32> %377, %374
  %379 = add i32 %359, -1640531527
  %380 = add i32 %360, -1150833019
  %381 = zext <16 x i32> %376 to <16 x i64>
  %382 = mul <16 x i64> %381, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %383 = trunc <16 x i64> %382 to <16 x i32>
  %384 = lshr <16 x i64> %382, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %385 = trunc <16 x i64> %384 to <16 x i32>
  %386 = zext <16 x i32> %378 to <16 x i64>
  %387 = mul <16 x i64> %386, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %388 = trunc <16 x i64> %387 to <16 x i32>
  %389 = lshr <16 x i64> %387, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %390 = trunc <16 x i64> %389 to <16 x i32>
  %391 = insertelement <16 x i32> undef, i32 %379, i32 0
  %392 = shufflevector <16 x i32> %391, <16 x i32> undef, <16 x i32> zeroinitializer
  %393 = insertelement <16 x i32> undef, i32 %380, i32 0
  %394 = shufflevector <16 x i32> %393, <16 x i32> undef, <16 x i32> zeroinitializer
  %395 = xor <16 x i32> %390, %368
  %396 = xor <16 x i32> %395, %392
  %397 = xor <16 x i32> %385, %363
  %398 = xor <16 x i32> %397, %394
  %399 = add i32 %379, -1640531527
  %400 = add i32 %380, -1150833019
  %401 = zext <16 x i32> %396 to <16 x i64>
  %402 = mul <16 x i64> %401, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %403 = trunc <16 x i64> %402 to <16 x i32>
  %404 = lshr <16 x i64> %402, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %405 = trunc <16 x i64> %404 to <16 x i32>
  %406 = zext <16 x i32> %398 to <16 x i64>
  %407 = mul <16 x i64> %406, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %408 = trunc <16 x i64> %407 to <16 x i32>
  %409 = lshr <16 x i64> %407, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %410 = trunc <16 x i64> %409 to <16 x i32>
  %411 = insertelement <16 x i32> undef, i32 %399, i32 0
  %412 = shufflevector <16 x i32> %411, <16 x i32> undef, <16 x i32> zeroinitializer
  %413 = insertelement <16 x i32> undef, i32 %400, i32 0
  %414 = shufflevector <16 x i32> %413, <16 x i32> undef, <16 x i32> zeroinitializer
  %415 = xor <16 x i32> %410, %388
  %416 = xor <16 x i32> %415, %412
  %417 = xor <16 x i32> %405, %383
  %418 = xor <16 x i32> %417, %414
  %419 = add i32 %399, -1640531527
  %420 = add i32 %400, -1150833019
  %421 = zext <16 x i32> %416 to <16 x i64>
  %422 = mul <16 x i64> %421, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %423 = trunc <16 x i64> %422 to <16 x i32>
  %424 = lshr <16 x i64> %422, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %425 = trunc <16 x i64> %424 to <16 x i32>
  %426 = zext <16 x i32> %418 to <16 x i64>
  %427 = mul <16 x i64> %426, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %428 = trunc <16 x i64> %427 to <16 x i32>
  %429 = lshr <16 x i64> %427, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %430 = trunc <16 x i64> %429 to <16 x i32>
  %431 = insertelement <16 x i32> undef, i32 %419, i32 0
  %432 = shufflevector <16 x i32> %431, <16 x i32> undef, <16 x i32> zeroinitializer
  %433 = insertelement <16 x i32> undef, i32 %420, i32 0
  %434 = shufflevector <16 x i32> %433, <16 x i32> undef, <16 x i32> zeroinitializer
  %435 = xor <16 x i32> %430, %408
  %436 = xor <16 x i32> %435, %432
  %437 = xor <16 x i32> %425, %403
  %438 = xor <16 x i32> %437, %434
  %439 = add i32 %419, -1640531527
  %440 = add i32 %420, -1150833019
  %441 = zext <16 x i32> %436 to <16 x i64>
  %442 = mul <16 x i64> %441, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %443 = trunc <16 x i64> %442 to <16 x i32>
  %444 = lshr <16 x i64> %442, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %445 = trunc <16 x i64> %444 to <16 x i32>
  %446 = zext <16 x i32> %438 to <16 x i64>
  %447 = mul <16 x i64> %446, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %448 = trunc <16 x i64> %447 to <16 x i32>
  %449 = lshr <16 x i64> %447, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %450 = trunc <16 x i64> %449 to <16 x i32>
  %451 = insertelement <16 x i32> undef, i32 %439, i32 0
  %452 = shufflevector <16 x i32> %451, <16 x i32> undef, <16 x i32> zeroinitializer
  %453 = insertelement <16 x i32> undef, i32 %440, i32 0
  %454 = shufflevector <16 x i32> %453, <16 x i32> undef, <16 x i32> zeroinitializer
  %455 = xor <16 x i32> %450, %428
  %456 = xor <16 x i32> %455, %452
  %457 = xor <16 x i32> %445, %423
  %458 = xor <16 x i32> %457, %454
  %459 = add i32 %439, -1640531527
  %460 = add i32 %440, -1150833019
  %461 = zext <16 x i32> %456 to <16 x i64>
  %462 = mul <16 x i64> %461, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %463 = trunc <16 x i64> %462 to <16 x i32>
  %464 = lshr <16 x i64> %462, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %465 = trunc <16 x i64> %464 to <16 x i32>
  %466 = zext <16 x i32> %458 to <16 x i64>
  %467 = mul <16 x i64> %466, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %468 = trunc <16 x i64> %467 to <16 x i32>
  %469 = lshr <16 x i64> %467, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %470 = trunc <16 x i64> %469 to <16 x i32>
  %471 = insertelement <16 x i32> undef, i32 %459, i32 0
  %472 = shufflevector <16 x i32> %471, <16 x i32> undef, <16 x i32> zeroinitializer
  %473 = insertelement <16 x i32> undef, i32 %460, i32 0
  %474 = shufflevector <16 x i32> %473, <16 x i32> undef, <16 x i32> zeroinitializer
  %475 = xor <16 x i32> %470, %448
  %476 = xor <16 x i32> %475, %472
  %477 = xor <16 x i32> %465, %443
  %478 = xor <16 x i32> %477, %474
  %479 = add i32 %459, -1640531527
  %480 = add i32 %460, -1150833019
  %481 = zext <16 x i32> %476 to <16 x i64>
  %482 = mul <16 x i64> %481, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %483 = trunc <16 x i64> %482 to <16 x i32>
  %484 = lshr <16 x i64> %482, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %485 = trunc <16 x i64> %484 to <16 x i32>
  %486 = zext <16 x i32> %478 to <16 x i64>
  %487 = mul <16 x i64> %486, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %488 = trunc <16 x i64> %487 to <16 x i32>
  %489 = lshr <16 x i64> %487, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %490 = trunc <16 x i64> %489 to <16 x i32>
  %491 = insertelement <16 x i32> undef, i32 %479, i32 0
  %492 = shufflevector <16 x i32> %491, <16 x i32> undef, <16 x i32> zeroinitializer
  %493 = insertelement <16 x i32> undef, i32 %480, i32 0
  %494 = shufflevector <16 x i32> %493, <16 x i32> undef, <16 x i32> zeroinitializer
  %495 = xor <16 x i32> %490, %468
  %496 = xor <16 x i32> %495, %492
  %497 = xor <16 x i32> %485, %463
  %498 = xor <16 x i32> %497, %494
  %499 = add i32 %479, -1640531527
  %500 = add i32 %480, -1150833019
  %501 = zext <16 x i32> %496 to <16 x i64>
  %502 = mul <16 x i64> %501, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %503 = trunc <16 x i64> %502 to <16 x i32>
  %504 = lshr <16 x i64> %502, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %505 = trunc <16 x i64> %504 to <16 x i32>
  %506 = zext <16 x i32> %498 to <16 x i64>
  %507 = mul <16 x i64> %506, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %508 = trunc <16 x i64> %507 to <16 x i32>
  %509 = lshr <16 x i64> %507, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %510 = trunc <16 x i64> %509 to <16 x i32>
  %511 = insertelement <16 x i32> undef, i32 %499, i32 0
  %512 = shufflevector <16 x i32> %511, <16 x i32> undef, <16 x i32> zeroinitializer
  %513 = insertelement <16 x i32> undef, i32 %500, i32 0
  %514 = shufflevector <16 x i32> %513, <16 x i32> undef, <16 x i32> zeroinitializer
  %515 = xor <16 x i32> %510, %488
  %516 = xor <16 x i32> %515, %512
  %517 = xor <16 x i32> %505, %483
  %518 = xor <16 x i32> %517, %514
  %519 = lshr <16 x i32> %516, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %520 = shl <16 x i32> %519, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %521 = or <16 x i32> %520, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %522 = sitofp <16 x i32> %521 to <16 x float>
  %523 = fmul <16 x float> %522, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %524 = lshr <16 x i32> %508, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %525 = shl <16 x i32> %524, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %526 = or <16 x i32> %525, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %527 = sitofp <16 x i32> %526 to <16 x float>
  %528 = fmul <16 x float> %527, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %529 = bitcast <16 x float> %523 to <16 x i32>
  %530 = lshr <16 x i32> %529, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %531 = sub <16 x i32> %530, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %532 = and <16 x i32> %529, <i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607>
  %533 = or <16 x i32> %532, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %534 = icmp uge <16 x i32> %533, <i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891>
  %535 = sub <16 x i32> %533, <i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608>
  %536 = select <16 x i1> %534, <16 x i32> %535, <16 x i32> %533
  %537 = add <16 x i32> %531, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %538 = select <16 x i1> %534, <16 x i32> %537, <16 x i32> %531
  %539 = bitcast <16 x i32> %536 to <16 x float>
  %540 = fsub <16 x float> %539, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %541 = fadd <16 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %540
  %542 = fdiv <16 x float> %540, %541
  %543 = fmul <16 x float> %542, %542
  %544 = fmul <16 x float> %543, <float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000>
  %545 = fadd <16 x float> <float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000>, %544
  %546 = fmul <16 x float> %543, %545
  %547 = fadd <16 x float> <float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000>, %546
  %548 = fmul <16 x float> %543, %547
  %549 = fadd <16 x float> <float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000>, %548
  %550 = fmul <16 x float> %543, %549
  %551 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %550
  %552 = fadd <16 x float> %542, %542
  %553 = fmul <16 x float> %552, %551
  %554 = sitofp <16 x i32> %538 to <16 x float>
  %555 = fmul <16 x float> %554, <float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000>
  %556 = fadd <16 x float> %553, %555
  %557 = fmul <16 x float> %554, <float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000>
  %ln.u121 = fadd <16 x float> %557, %556
  %558 = fmul <16 x float> <float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00>, %ln.u121
  %r22 = call <16 x float> @llvm.sqrt.v16f32(<16 x float> %558)
  %559 = fmul <16 x float> %528, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %560 = fadd <16 x float> %559, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %561 = fsub <16 x float> %560, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %562 = fsub <16 x float> %559, %561
  %563 = fmul <16 x float> %562, %562
  %564 = fmul <16 x float> %563, <float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000>
  %565 = fadd <16 x float> <float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000>, %564
  %566 = fmul <16 x float> %563, %565
  %567 = fadd <16 x float> <float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000>, %566
  %568 = fmul <16 x float> %563, %567
  %569 = fadd <16 x float> <float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000>, %568
  %570 = fmul <16 x float> %563, %569
  %571 = fadd <16 x float> <float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000>, %570
  %572 = fmul <16 x float> %562, %571
  %573 = fmul <16 x float> %563, <float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000>
  %574 = fadd <16 x float> <float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000>, %573
  %575 = fmul <16 x float> %563, %574
  %576 = fadd <16 x float> <float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000>, %575
  %577 = fmul <16 x float> %563, %576
  %578 = fadd <16 x float> <float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000>, %577
  %579 = fmul <16 x float> %563, %578
  %580 = fadd <16 x float> <float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000>, %579
  %581 = fmul <16 x float> %563, %580
  %582 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %581
  %583 = fptosi <16 x float> %561 to <16 x i32>
  %quadrant23 = and <16 x i32> %583, <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %584 = and <16 x i32> %quadrant23, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %585 = icmp ne <16 x i32> %584, zeroinitializer
  %586 = select <16 x i1> %585, <16 x float> %582, <16 x float> %572
  %587 = select <16 x i1> %585, <16 x float> %572, <16 x float> %582
  %588 = and <16 x i32> %quadrant23, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %589 = icmp ne <16 x i32> %588, zeroinitializer
  %590 = add <16 x i32> %quadrant23, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %591 = and <16 x i32> %590, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %592 = icmp ne <16 x i32> %591, zeroinitializer
  %593 = fneg <16 x float> %586
  %sin24 = select <16 x i1> %589, <16 x float> %593, <16 x float> %586
  %594 = fneg <16 x float> %587
  %cos25 = select <16 x i1> %592, <16 x float> %594, <16 x float> %587
  %595 = fmul <16 x float> %r22, %cos25
  %596 = fmul <16 x float> %r22, %sin24
  %597 = and <16 x i64> %313, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %598 = icmp ne <16 x i64> %597, zeroinitializer
  %z26 = select <16 x i1> %598, <16 x float> %596, <16 x float> %595
  %599 = getelementptr inbounds float, float* %opd.z8, i64 %zfill17
  %600 = bitcast float* %599 to <16 x float>*
  store <16 x float> %z26, <16 x float>* %600, align 4
  %601 = add nsw i64 %zfill17, 16
  br label %zfill.head14

zfill.exit16:                                     ; preds = %zfill.head14
  br label %zfill.t.head27

zfill.t.head27:                                   ; preds = %zfill.t.body28, %zfill.exit16
  %zfill.t30 = phi i64 [ 768, %zfill.exit16 ], [ %606, %zfill.t.body28 ]
  %602 = icmp slt i64 %zfill.t30, 768
  br i1 %602, label %zfill.t.body28, label %zfill.t.exit29

zfill.t.body28:                                   ; preds = %zfill.t.head27
  %603 = add i64 0, %zfill.t30
  %604 = trunc i64 %stream6 to i32
  %z31 = call float @zo_rng_normal_c(i64 %seed, i32 %604, i64 %603)
  %605 = getelementptr inbounds float, float* %opd.z8, i64 %zfill.t30
  store float %z31, float* %605, align 4
  %606 = add nsw i64 %zfill.t30, 1
  br label %zfill.t.head27

zfill.t.exit29:                                   ; preds = %zfill.t.head27
  br label %opdz.join13

row.head:                                         ; preds = %col2.exit, %opdz.join13
  %row = phi i64 [ %begin, %opdz.join13 ], [ %708, %col2.exit ]
  %607 = icmp slt i64 %row, %end
  br i1 %607, label %row.body, label %row.exit

row.body:                                         ; preds = %row.head
  %608 = icmp slt i64 %row, %rows.pos
  %eps.row = select i1 %608, float %eps.pos, float %eps.neg
  br label %col.head

row.exit:                                         ; preds = %row.head
  ret void

col.head:                                         ; preds = %col.body, %row.body
  %col = phi i64 [ 0, %row.body ], [ %618, %col.body ]
  %609 = icmp slt i64 %col, 768
  br i1 %609, label %col.body, label %col.exit

col.body:                                         ; preds = %col.head
  %610 = icmp slt i64 %row, %rows.pos
  %eps.row34 = select i1 %610, float %eps.pos, float %eps.neg
  %611 = mul i64 %row, 768
  %opd.i = add i64 %611, %col
  %612 = getelementptr inbounds float, float* %in01, i64 %opd.i
  %in035 = load float, float* %612, align 4
  %613 = mul i64 %row, 768
  %opd.i36 = add i64 %613, %col
  %614 = getelementptr inbounds float, float* %in12, i64 %opd.i36
  %in137 = load float, float* %614, align 4
  %add = fadd float %in035, %in137
  %615 = mul i64 %row, 768
  %out.i = add i64 %615, %col
  %616 = getelementptr inbounds float, float* %out0.add9, i64 %out.i
  store float %add, float* %616, align 4
  %617 = getelementptr inbounds float, float* %xrow32, i64 %col
  store float %add, float* %617, align 4
  %618 = add nsw i64 %col, 1
  br label %col.head

col.exit:                                         ; preds = %col.head
  store <8 x double> zeroinitializer, <8 x double>* %sum.acc, align 64
  br label %sum.i.head

sum.i.head:                                       ; preds = %sum.i.body, %col.exit
  %sum.i = phi i64 [ 0, %col.exit ], [ %626, %sum.i.body ]
  %619 = icmp slt i64 %sum.i, 768
  br i1 %619, label %sum.i.body, label %sum.i.exit

sum.i.body:                                       ; preds = %sum.i.head
  %620 = getelementptr inbounds float, float* %xrow32, i64 %sum.i
  %621 = bitcast float* %620 to <8 x float>*
  %622 = load <8 x float>, <8 x float>* %621, align 4
  %623 = load <8 x double>, <8 x double>* %sum.acc, align 64
  %624 = fpext <8 x float> %622 to <8 x double>
  %625 = fadd <8 x double> %623, %624
  store <8 x double> %625, <8 x double>* %sum.acc, align 64
  %626 = add nsw i64 %sum.i, 8
  br label %sum.i.head

sum.i.exit:                                       ; preds = %sum.i.head
  %627 = load <8 x double>, <8 x double>* %sum.acc, align 64
  %628 = extractelement <8 x double> %627, i32 0
  %629 = extractelement <8 x double> %627, i32 1
  %630 = fadd double %628, %629
  %631 = extractelement <8 x double> %627, i32 2
  %632 = fadd double %630, %631
  %633 = extractelement <8 x double> %627, i32 3
  %634 = fadd double %632, %633
  %635 = extractelement <8 x double> %627, i32 4
  %636 = fadd double %634, %635
  %637 = extractelement <8 x double> %627, i32 5
  %638 = fadd double %636, %637
  %639 = extractelement <8 x double> %627, i32 6
  %640 = fadd double %638, %639
  %641 = extractelement <8 x double> %627, i32 7
  %642 = fadd double %640, %641
  store double %642, double* %sum.total, align 8
  br label %sum.t.head

sum.t.head:                                       ; preds = %sum.t.body, %sum.i.exit
  %sum.t = phi i64 [ 768, %sum.i.exit ], [ %649, %sum.t.body ]
  %643 = icmp slt i64 %sum.t, 768
  br i1 %643, label %sum.t.body, label %sum.t.exit

sum.t.body:                                       ; preds = %sum.t.head
  %644 = getelementptr inbounds float, float* %xrow32, i64 %sum.t
  %645 = load float, float* %644, align 4
  %646 = load double, double* %sum.total, align 8
  %647 = fpext float %645 to double
  %648 = fadd double %646, %647
  store double %648, double* %sum.total, align 8
  %649 = add nsw i64 %sum.t, 1
  br label %sum.t.head

sum.t.exit:                                       ; preds = %sum.t.head
  %sum = load double, double* %sum.total, align 8
  %mean = fdiv double %sum, 7.680000e+02
  store <8 x double> zeroinitializer, <8 x double>* %sqdev.acc, align 64
  %650 = insertelement <8 x double> undef, double %mean, i32 0
  %651 = shufflevector <8 x double> %650, <8 x double> undef, <8 x i32> zeroinitializer
  br label %sqdev.i.head

sqdev.i.head:                                     ; preds = %sqdev.i.body, %sum.t.exit
  %sqdev.i = phi i64 [ 0, %sum.t.exit ], [ %661, %sqdev.i.body ]
  %652 = icmp slt i64 %sqdev.i, 768
  br i1 %652, label %sqdev.i.body, label %sqdev.i.exit

sqdev.i.body:                                     ; preds = %sqdev.i.head
  %653 = getelementptr inbounds float, float* %xrow32, i64 %sqdev.i
  %654 = bitcast float* %653 to <8 x float>*
  %655 = load <8 x float>, <8 x float>* %654, align 4
  %656 = load <8 x double>, <8 x double>* %sqdev.acc, align 64
  %657 = fpext <8 x float> %655 to <8 x double>
  %658 = fsub <8 x double> %657, %651
  %659 = fmul <8 x double> %658, %658
  %660 = fadd <8 x double> %656, %659
  store <8 x double> %660, <8 x double>* %sqdev.acc, align 64
  %661 = add nsw i64 %sqdev.i, 8
  br label %sqdev.i.head

sqdev.i.exit:                                     ; preds = %sqdev.i.head
  %662 = load <8 x double>, <8 x double>* %sqdev.acc, align 64
  %663 = extractelement <8 x double> %662, i32 0
  %664 = extractelement <8 x double> %662, i32 1
  %665 = fadd double %663, %664
  %666 = extractelement <8 x double> %662, i32 2
  %667 = fadd double %665, %666
  %668 = extractelement <8 x double> %662, i32 3
  %669 = fadd double %667, %668
  %670 = extractelement <8 x double> %662, i32 4
  %671 = fadd double %669, %670
  %672 = extractelement <8 x double> %662, i32 5
  %673 = fadd double %671, %672
  %674 = extractelement <8 x double> %662, i32 6
  %675 = fadd double %673, %674
  %676 = extractelement <8 x double> %662, i32 7
  %677 = fadd double %675, %676
  store double %677, double* %sqdev.total, align 8
  br label %sqdev.t.head

sqdev.t.head:                                     ; preds = %sqdev.t.body, %sqdev.i.exit
  %sqdev.t = phi i64 [ 768, %sqdev.i.exit ], [ %686, %sqdev.t.body ]
  %678 = icmp slt i64 %sqdev.t, 768
  br i1 %678, label %sqdev.t.body, label %sqdev.t.exit

sqdev.t.body:                                     ; preds = %sqdev.t.head
  %679 = getelementptr inbounds float, float* %xrow32, i64 %sqdev.t
  %680 = load float, float* %679, align 4
  %681 = load double, double* %sqdev.total, align 8
  %682 = fpext float %680 to double
  %683 = fsub double %682, %mean
  %684 = fmul double %683, %683
  %685 = fadd double %681, %684
  store double %685, double* %sqdev.total, align 8
  %686 = add nsw i64 %sqdev.t, 1
  br label %sqdev.t.head

sqdev.t.exit:                                     ; preds = %sqdev.t.head
  %sqdev = load double, double* %sqdev.total, align 8
  %var = fdiv double %sqdev, 7.680000e+02
  %687 = fadd double %var, 0x3EE4F8B580000000
  %688 = call double @llvm.sqrt.f64(double %687)
  %rstd = fdiv double 1.000000e+00, %688
  br label %col2.head

col2.head:                                        ; preds = %col2.body, %sqdev.t.exit
  %col2 = phi i64 [ 0, %sqdev.t.exit ], [ %707, %col2.body ]
  %689 = icmp slt i64 %col2, 768
  br i1 %689, label %col2.body, label %col2.exit

col2.body:                                        ; preds = %col2.head
  %690 = getelementptr inbounds float, float* %xrow32, i64 %col2
  %x = load float, float* %690, align 4
  %691 = fpext float %x to double
  %692 = fsub double %691, %mean
  %opd.i38 = add i64 0, %col2
  %693 = getelementptr inbounds float, float* %w23, i64 %opd.i38
  %w239 = load float, float* %693, align 4
  %694 = getelementptr inbounds float, float* %opd.z4, i64 %opd.i38
  %z40 = load float, float* %694, align 4
  %695 = fmul float %eps.row, %z40
  %w2.perturbed = fadd float %w239, %695
  %696 = fpext float %w2.perturbed to double
  %697 = fmul double %692, %rstd
  %698 = fmul double %697, %696
  %opd.i41 = add i64 0, %col2
  %699 = getelementptr inbounds float, float* %w35, i64 %opd.i41
  %w342 = load float, float* %699, align 4
  %700 = getelementptr inbounds float, float* %opd.z8, i64 %opd.i41
  %z43 = load float, float* %700, align 4
  %701 = fmul float %eps.row, %z43
  %w3.perturbed = fadd float %w342, %701
  %702 = fpext float %w3.perturbed to double
  %703 = fadd double %698, %702
  %y44 = fptrunc double %703 to float
  %704 = mul i64 %row, 768
  %705 = add i64 %704, %col2
  %706 = getelementptr inbounds float, float* %y33, i64 %705
  store float %y44, float* %706, align 4
  %707 = add nsw i64 %col2, 1
  br label %col2.head

col2.exit:                                        ; preds = %col2.head
  %708 = add nsw i64 %row, 1
  br label %row.head
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <16 x float> @llvm.sqrt.v16f32(<16 x float>) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.sqrt.f64(double) #2

; Function Attrs: nounwind
define void @zk_matmul_8199584b8a2e3e3a(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 13406 lines, FNV-1a 6ed9b3879edc416e: the body left out
}

; Function Attrs: inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn
declare void @llvm.prefetch.p0i8(i8* nocapture readonly, i32 immarg, i32 immarg, i32) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #2

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v16f32.p0v16f32(<16 x float>, <16 x float>*, i32 immarg, <16 x i1>) #4

; Function Attrs: nounwind
define void @zk_slice_a1de9bff41e1c7c2(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %x.slot = getelementptr inbounds i8*, i8** %ptrs, i64 1
  %x = load i8*, i8** %x.slot, align 8
  %x1 = bitcast i8* %x to i32*
  %y.slot = getelementptr inbounds i8*, i8** %ptrs, i64 0
  %y = load i8*, i8** %y.slot, align 8
  %y2 = bitcast i8* %y to i32*
  br label %row.head

row.head:                                         ; preds = %c.exit, %start
  %row = phi i64 [ %begin, %start ], [ %10, %c.exit ]
  %0 = icmp slt i64 %row, %end
  br i1 %0, label %row.body, label %row.exit

row.body:                                         ; preds = %row.head
  br label %c.head

row.exit:                                         ; preds = %row.head
  ret void

c.head:                                           ; preds = %c.body, %row.body
  %c = phi i64 [ 0, %row.body ], [ %9, %c.body ]
  %1 = icmp slt i64 %c, 768
  br i1 %1, label %c.body, label %c.exit

c.body:                                           ; preds = %c.head
  %2 = add i64 %c, 0
  %3 = mul i64 %row, 2304
  %4 = add i64 %3, %2
  %5 = mul i64 %row, 768
  %6 = add i64 %5, %c
  %7 = getelementptr inbounds i32, i32* %x1, i64 %4
  %v = load i32, i32* %7, align 4
  %8 = getelementptr inbounds i32, i32* %y2, i64 %6
  store i32 %v, i32* %8, align 4
  %9 = add nsw i64 %c, 1
  br label %c.head

c.exit:                                           ; preds = %c.head
  %10 = add nsw i64 %row, 1
  br label %row.head
}

; Function Attrs: nounwind
define void @zk_slice_09d4b359a4500bdb(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %x.slot = getelementptr inbounds i8*, i8** %ptrs, i64 1
  %x = load i8*, i8** %x.slot, align 8
  %x1 = bitcast i8* %x to i32*
  %y.slot = getelementptr inbounds i8*, i8** %ptrs, i64 0
  %y = load i8*, i8** %y.slot, align 8
  %y2 = bitcast i8* %y to i32*
  br label %row.head

row.head:                                         ; preds = %c.exit, %start
  %row = phi i64 [ %begin, %start ], [ %10, %c.exit ]
  %0 = icmp slt i64 %row, %end
  br i1 %0, label %row.body, label %row.exit

row.body:                                         ; preds = %row.head
  br label %c.head

row.exit:                                         ; preds = %row.head
  ret void

c.head:                                           ; preds = %c.body, %row.body
  %c = phi i64 [ 0, %row.body ], [ %9, %c.body ]
  %1 = icmp slt i64 %c, 768
  br i1 %1, label %c.body, label %c.exit

c.body:                                           ; preds = %c.head
  %2 = add i64 %c, 768
  %3 = mul i64 %row, 2304
  %4 = add i64 %3, %2
  %5 = mul i64 %row, 768
  %6 = add i64 %5, %c
  %7 = getelementptr inbounds i32, i32* %x1, i64 %4
  %v = load i32, i32* %7, align 4
  %8 = getelementptr inbounds i32, i32* %y2, i64 %6
  store i32 %v, i32* %8, align 4
  %9 = add nsw i64 %c, 1
  br label %c.head

c.exit:                                           ; preds = %c.head
  %10 = add nsw i64 %row, 1
  br label %row.head
}

; Function Attrs: nounwind
define void @zk_slice_8f07e71e66e9dcb5(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %x.slot = getelementptr inbounds i8*, i8** %ptrs, i64 1
  %x = load i8*, i8** %x.slot, align 8
  %x1 = bitcast i8* %x to i32*
  %y.slot = getelementptr inbounds i8*, i8** %ptrs, i64 0
  %y = load i8*, i8** %y.slot, align 8
  %y2 = bitcast i8* %y to i32*
  br label %row.head

row.head:                                         ; preds = %c.exit, %start
  %row = phi i64 [ %begin, %start ], [ %10, %c.exit ]
  %0 = icmp slt i64 %row, %end
  br i1 %0, label %row.body, label %row.exit

row.body:                                         ; preds = %row.head
  br label %c.head

row.exit:                                         ; preds = %row.head
  ret void

c.head:                                           ; preds = %c.body, %row.body
  %c = phi i64 [ 0, %row.body ], [ %9, %c.body ]
  %1 = icmp slt i64 %c, 768
  br i1 %1, label %c.body, label %c.exit

c.body:                                           ; preds = %c.head
  %2 = add i64 %c, 1536
  %3 = mul i64 %row, 2304
  %4 = add i64 %3, %2
  %5 = mul i64 %row, 768
  %6 = add i64 %5, %c
  %7 = getelementptr inbounds i32, i32* %x1, i64 %4
  %v = load i32, i32* %7, align 4
  %8 = getelementptr inbounds i32, i32* %y2, i64 %6
  store i32 %v, i32* %8, align 4
  %9 = add nsw i64 %c, 1
  br label %c.head

c.exit:                                           ; preds = %c.head
  %10 = add nsw i64 %row, 1
  br label %row.head
}

; Function Attrs: nounwind
define void @zk_attention_6e0f31834c1f5f28(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
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
  %scores = getelementptr inbounds i8, i8* %scratch, i64 256
  %scores6 = bitcast i8* %scores to float*
  br label %bh.head

bh.head:                                          ; preds = %i.exit, %start
  %bh = phi i64 [ %begin, %start ], [ %7, %i.exit ]
  %1 = icmp slt i64 %bh, %end
  br i1 %1, label %bh.body, label %bh.exit

bh.body:                                          ; preds = %bh.head
  %b = sdiv i64 %bh, 12
  %h = srem i64 %bh, 12
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
  %3 = mul i64 %h, 64
  %4 = add i64 %bT, %i
  %5 = mul i64 %4, 768
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
  %9 = mul i64 %kvh, 64
  %10 = add i64 %bT, %j
  %11 = mul i64 %10, 768
  %12 = add i64 %11, %9
  %kj = getelementptr inbounds float, float* %k2, i64 %12
  store <8 x float> zeroinitializer, <8 x float>* %dot.acc, align 32
  br label %dot.i.head

j.exit:                                           ; preds = %j.head
  %max7 = load float, float* %max, align 4
  br label %zero.head

dot.i.head:                                       ; preds = %dot.i.body, %j.body
  %dot.i = phi i64 [ 0, %j.body ], [ %22, %dot.i.body ]
  %13 = icmp slt i64 %dot.i, 64
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
  %s = fmul float %qk, 1.250000e-01
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
  %43 = icmp slt i64 %zero, 64
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
  %53 = mul i64 %kvh, 64
  %54 = add i64 %bT, %j2
  %55 = mul i64 %54, 768
  %56 = add i64 %55, %53
  %vj = getelementptr inbounds float, float* %v3, i64 %56
  br label %d.head

j2.exit:                                          ; preds = %j2.head
  %sum8 = load double, double* %sum, align 8
  %57 = mul i64 %h, 64
  %58 = add i64 %bT, %i
  %59 = mul i64 %58, 768
  %60 = add i64 %59, %57
  %yi = getelementptr inbounds float, float* %y4, i64 %60
  br label %out.head

d.head:                                           ; preds = %d.body, %j2.body
  %d = phi i64 [ 0, %j2.body ], [ %68, %d.body ]
  %61 = icmp slt i64 %d, 64
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
  %70 = icmp slt i64 %out, 64
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
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.exp.f32(float) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fmuladd.f32(float, float, float) #2

; Function Attrs: nounwind
define void @zk_matmul_b06386ea41ac1961(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 13481 lines, FNV-1a bb212ef4189fb15c: the body left out
}

; Function Attrs: nounwind
define void @zk_norm_f0596347e8271e48(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
entry:
  %sum.acc = alloca <8 x double>, align 64
  %sum.total = alloca double, align 8
  %sqdev.acc = alloca <8 x double>, align 64
  %sqdev.total = alloca double, align 8
  br label %start

start:                                            ; preds = %entry
  %0 = getelementptr inbounds i64, i64* %ints, i64 0
  %rows = load i64, i64* %0, align 8
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
  %5 = icmp slt i64 %split.rows, %rows
  %6 = select i1 %5, i64 %split.rows, i64 %rows
  %7 = icmp slt i64 %6, 0
  %8 = select i1 %7, i64 0, i64 %6
  %rows.pos = select i1 %perturbed, i64 %8, i64 %rows
  %in0.slot = getelementptr inbounds i8*, i8** %ptrs, i64 0
  %in0 = load i8*, i8** %in0.slot, align 8
  %in01 = bitcast i8* %in0 to float*
  %w1.slot = getelementptr inbounds i8*, i8** %ptrs, i64 1
  %w1 = load i8*, i8** %w1.slot, align 8
  %w12 = bitcast i8* %w1 to float*
  %9 = getelementptr inbounds i64, i64* %ints, i64 1
  %stream = load i64, i64* %9, align 8
  %opd.z = getelementptr inbounds i8, i8* %scratch, i64 0
  %opd.z3 = bitcast i8* %opd.z to float*
  %w2.slot = getelementptr inbounds i8*, i8** %ptrs, i64 2
  %w2 = load i8*, i8** %w2.slot, align 8
  %w24 = bitcast i8* %w2 to float*
  %10 = getelementptr inbounds i64, i64* %ints, i64 5
  %stream5 = load i64, i64* %10, align 8
  %opd.z6 = getelementptr inbounds i8, i8* %scratch, i64 3072
  %opd.z7 = bitcast i8* %opd.z6 to float*
  br i1 %perturbed, label %opdz.then, label %opdz.else

opdz.then:                                        ; preds = %start
  br label %zfill.head

opdz.else:                                        ; preds = %start
  br label %opdz.join

opdz.join:                                        ; preds = %opdz.else, %zfill.t.exit
  br i1 %perturbed, label %opdz.then9, label %opdz.else10

zfill.head:                                       ; preds = %zfill.body, %opdz.then
  %zfill = phi i64 [ 0, %opdz.then ], [ %303, %zfill.body ]
  %11 = icmp slt i64 %zfill, 768
  br i1 %11, label %zfill.body, label %zfill.exit

zfill.body:                                       ; preds = %zfill.head
  %12 = add i64 0, %zfill
  %13 = insertelement <16 x i64> undef, i64 %12, i32 0
  %14 = shufflevector <16 x i64> %13, <16 x i64> undef, <16 x i32> zeroinitializer
  %15 = add <16 x i64> %14, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %pair = lshr <16 x i64> %15, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %16 = trunc <16 x i64> %pair to <16 x i32>
  %17 = lshr <16 x i64> %pair, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %18 = trunc <16 x i64> %17 to <16 x i32>
  %19 = trunc i64 %stream to i32
  %20 = insertelement <16 x i32> undef, i32 %19, i32 0
  %21 = shufflevector <16 x i32> %20, <16 x i32> undef, <16 x i32> zeroinitializer
  %key0 = trunc i64 %seed to i32
  %22 = lshr i64 %seed, 32
  %key1 = trunc i64 %22 to i32
  %23 = zext <16 x i32> %16 to <16 x i64>
  %24 = mul <16 x i64> %23, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %25 = trunc <16 x i64> %24 to <16 x i32>
  %26 = lshr <16 x i64> %24, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %27 = trunc <16 x i64> %26 to <16 x i32>
  %28 = zext <16 x i32> %21 to <16 x i64>
  %29 = mul <16 x i64> %28, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %30 = trunc <16 x i64> %29 to <16 x i32>
  %31 = lshr <16 x i64> %29, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %32 = trunc <16 x i64> %31 to <16 x i32>
  %33 = insertelement <16 x i32> undef, i32 %key0, i32 0
  %34 = shufflevector <16 x i32> %33, <16 x i32> undef, <16 x i32> zeroinitializer
  %35 = insertelement <16 x i32> undef, i32 %key1, i32 0
  %36 = shufflevector <16 x i32> %35, <16 x i32> undef, <16 x i32> zeroinitializer
  %37 = xor <16 x i32> %32, %18
  %38 = xor <16 x i32> %37, %34
  %39 = xor <16 x i32> %27, zeroinitializer
  %40 = xor <16 x i32> %39, %36
  %41 = add i32 %key0, -1640531527
  %42 = add i32 %key1, -1150833019
  %43 = zext <16 x i32> %38 to <16 x i64>
  %44 = mul <16 x i64> %43, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %45 = trunc <16 x i64> %44 to <16 x i32>
  %46 = lshr <16 x i64> %44, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %47 = trunc <16 x i64> %46 to <16 x i32>
  %48 = zext <16 x i32> %40 to <16 x i64>
  %49 = mul <16 x i64> %48, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %50 = trunc <16 x i64> %49 to <16 x i32>
  %51 = lshr <16 x i64> %49, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %52 = trunc <16 x i64> %51 to <16 x i32>
  %53 = insertelement <16 x i32> undef, i32 %41, i32 0
  %54 = shufflevector <16 x i32> %53, <16 x i32> undef, <16 x i32> zeroinitializer
  %55 = insertelement <16 x i32> undef, i32 %42, i32 0
  %56 = shufflevector <16 x i32> %55, <16 x i32> undef, <16 x i32> zeroinitializer
  %57 = xor <16 x i32> %52, %30
  %58 = xor <16 x i32> %57, %54
  %59 = xor <16 x i32> %47, %25
  %60 = xor <16 x i32> %59, %56
  %61 = add i32 %41, -1640531527
  %62 = add i32 %42, -1150833019
  %63 = zext <16 x i32> %58 to <16 x i64>
  %64 = mul <16 x i64> %63, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %65 = trunc <16 x i64> %64 to <16 x i32>
  %66 = lshr <16 x i64> %64, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %67 = trunc <16 x i64> %66 to <16 x i32>
  %68 = zext <16 x i32> %60 to <16 x i64>
  %69 = mul <16 x i64> %68, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %70 = trunc <16 x i64> %69 to <16 x i32>
  %71 = lshr <16 x i64> %69, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %72 = trunc <16 x i64> %71 to <16 x i32>
  %73 = insertelement <16 x i32> undef, i32 %61, i32 0
  %74 = shufflevector <16 x i32> %73, <16 x i32> undef, <16 x i32> zeroinitializer
  %75 = insertelement <16 x i32> undef, i32 %62, i32 0
  %76 = shufflevector <16 x i32> %75, <16 x i32> undef, <16 x i32> zeroinitializer
  %77 = xor <16 x i32> %72, %50
  %78 = xor <16 x i32> %77, %74
  %79 = xor <16 x i32> %67, %45
  %80 = xor <16 x i32> %79, %76
  %81 = add i32 %61, -1640531527
  %82 = add i32 %62, -1150833019
  %83 = zext <16 x i32> %78 to <16 x i64>
  %84 = mul <16 x i64> %83, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %85 = trunc <16 x i64> %84 to <16 x i32>
  %86 = lshr <16 x i64> %84, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %87 = trunc <16 x i64> %86 to <16 x i32>
  %88 = zext <16 x i32> %80 to <16 x i64>
  %89 = mul <16 x i64> %88, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %90 = trunc <16 x i64> %89 to <16 x i32>
  %91 = lshr <16 x i64> %89, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %92 = trunc <16 x i64> %91 to <16 x i32>
  %93 = insertelement <16 x i32> undef, i32 %81, i32 0
  %94 = shufflevector <16 x i32> %93, <16 x i32> undef, <16 x i32> zeroinitializer
  %95 = insertelement <16 x i32> undef, i32 %82, i32 0
  %96 = shufflevector <16 x i32> %95, <16 x i32> undef, <16 x i32> zeroinitializer
  %97 = xor <16 x i32> %92, %70
  %98 = xor <16 x i32> %97, %94
  %99 = xor <16 x i32> %87, %65
  %100 = xor <16 x i32> %99, %96
  %101 = add i32 %81, -1640531527
  %102 = add i32 %82, -1150833019
  %103 = zext <16 x i32> %98 to <16 x i64>
  %104 = mul <16 x i64> %103, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %105 = trunc <16 x i64> %104 to <16 x i32>
  %106 = lshr <16 x i64> %104, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %107 = trunc <16 x i64> %106 to <16 x i32>
  %108 = zext <16 x i32> %100 to <16 x i64>
  %109 = mul <16 x i64> %108, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %110 = trunc <16 x i64> %109 to <16 x i32>
  %111 = lshr <16 x i64> %109, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %112 = trunc <16 x i64> %111 to <16 x i32>
  %113 = insertelement <16 x i32> undef, i32 %101, i32 0
  %114 = shufflevector <16 x i32> %113, <16 x i32> undef, <16 x i32> zeroinitializer
  %115 = insertelement <16 x i32> undef, i32 %102, i32 0
  %116 = shufflevector <16 x i32> %115, <16 x i32> undef, <16 x i32> zeroinitializer
  %117 = xor <16 x i32> %112, %90
  %118 = xor <16 x i32> %117, %114
  %119 = xor <16 x i32> %107, %85
  %120 = xor <16 x i32> %119, %116
  %121 = add i32 %101, -1640531527
  %122 = add i32 %102, -1150833019
  %123 = zext <16 x i32> %118 to <16 x i64>
  %124 = mul <16 x i64> %123, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %125 = trunc <16 x i64> %124 to <16 x i32>
  %126 = lshr <16 x i64> %124, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %127 = trunc <16 x i64> %126 to <16 x i32>
  %128 = zext <16 x i32> %120 to <16 x i64>
  %129 = mul <16 x i64> %128, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %130 = trunc <16 x i64> %129 to <16 x i32>
  %131 = lshr <16 x i64> %129, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %132 = trunc <16 x i64> %131 to <16 x i32>
  %133 = insertelement <16 x i32> undef, i32 %121, i32 0
  %134 = shufflevector <16 x i32> %133, <16 x i32> undef, <16 x i32> zeroinitializer
  %135 = insertelement <16 x i32> undef, i32 %122, i32 0
  %136 = shufflevector <16 x i32> %135, <16 x i32> undef, <16 x i32> zeroinitializer
  %137 = xor <16 x i32> %132, %110
  %138 = xor <16 x i32> %137, %134
  %139 = xor <16 x i32> %127, %105
  %140 = xor <16 x i32> %139, %136
  %141 = add i32 %121, -1640531527
  %142 = add i32 %122, -1150833019
  %143 = zext <16 x i32> %138 to <16 x i64>
  %144 = mul <16 x i64> %143, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %145 = trunc <16 x i64> %144 to <16 x i32>
  %146 = lshr <16 x i64> %144, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %147 = trunc <16 x i64> %146 to <16 x i32>
  %148 = zext <16 x i32> %140 to <16 x i64>
  %149 = mul <16 x i64> %148, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %150 = trunc <16 x i64> %149 to <16 x i32>
  %151 = lshr <16 x i64> %149, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %152 = trunc <16 x i64> %151 to <16 x i32>
  %153 = insertelement <16 x i32> undef, i32 %141, i32 0
  %154 = shufflevector <16 x i32> %153, <16 x i32> undef, <16 x i32> zeroinitializer
  %155 = insertelement <16 x i32> undef, i32 %142, i32 0
  %156 = shufflevector <16 x i32> %155, <16 x i32> undef, <16 x i32> zeroinitializer
  %157 = xor <16 x i32> %152, %130
  %158 = xor <16 x i32> %157, %154
  %159 = xor <16 x i32> %147, %125
  %160 = xor <16 x i32> %159, %156
  %161 = add i32 %141, -1640531527
  %162 = add i32 %142, -1150833019
  %163 = zext <16 x i32> %158 to <16 x i64>
  %164 = mul <16 x i64> %163, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %165 = trunc <16 x i64> %164 to <16 x i32>
  %166 = lshr <16 x i64> %164, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %167 = trunc <16 x i64> %166 to <16 x i32>
  %168 = zext <16 x i32> %160 to <16 x i64>
  %169 = mul <16 x i64> %168, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %170 = trunc <16 x i64> %169 to <16 x i32>
  %171 = lshr <16 x i64> %169, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %172 = trunc <16 x i64> %171 to <16 x i32>
  %173 = insertelement <16 x i32> undef, i32 %161, i32 0
  %174 = shufflevector <16 x i32> %173, <16 x i32> undef, <16 x i32> zeroinitializer
  %175 = insertelement <16 x i32> undef, i32 %162, i32 0
  %176 = shufflevector <16 x i32> %175, <16 x i32> undef, <16 x i32> zeroinitializer
  %177 = xor <16 x i32> %172, %150
  %178 = xor <16 x i32> %177, %174
  %179 = xor <16 x i32> %167, %145
  %180 = xor <16 x i32> %179, %176
  %181 = add i32 %161, -1640531527
  %182 = add i32 %162, -1150833019
  %183 = zext <16 x i32> %178 to <16 x i64>
  %184 = mul <16 x i64> %183, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %185 = trunc <16 x i64> %184 to <16 x i32>
  %186 = lshr <16 x i64> %184, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %187 = trunc <16 x i64> %186 to <16 x i32>
  %188 = zext <16 x i32> %180 to <16 x i64>
  %189 = mul <16 x i64> %188, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %190 = trunc <16 x i64> %189 to <16 x i32>
  %191 = lshr <16 x i64> %189, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %192 = trunc <16 x i64> %191 to <16 x i32>
  %193 = insertelement <16 x i32> undef, i32 %181, i32 0
  %194 = shufflevector <16 x i32> %193, <16 x i32> undef, <16 x i32> zeroinitializer
  %195 = insertelement <16 x i32> undef, i32 %182, i32 0
  %196 = shufflevector <16 x i32> %195, <16 x i32> undef, <16 x i32> zeroinitializer
  %197 = xor <16 x i32> %192, %170
  %198 = xor <16 x i32> %197, %194
  %199 = xor <16 x i32> %187, %165
  %200 = xor <16 x i32> %199, %196
  %201 = add i32 %181, -1640531527
  %202 = add i32 %182, -1150833019
  %203 = zext <16 x i32> %198 to <16 x i64>
  %204 = mul <16 x i64> %203, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %205 = trunc <16 x i64> %204 to <16 x i32>
  %206 = lshr <16 x i64> %204, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %207 = trunc <16 x i64> %206 to <16 x i32>
  %208 = zext <16 x i32> %200 to <16 x i64>
  %209 = mul <16 x i64> %208, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %210 = trunc <16 x i64> %209 to <16 x i32>
  %211 = lshr <16 x i64> %209, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %212 = trunc <16 x i64> %211 to <16 x i32>
  %213 = insertelement <16 x i32> undef, i32 %201, i32 0
  %214 = shufflevector <16 x i32> %213, <16 x i32> undef, <16 x i32> zeroinitializer
  %215 = insertelement <16 x i32> undef, i32 %202, i32 0
  %216 = shufflevector <16 x i32> %215, <16 x i32> undef, <16 x i32> zeroinitializer
  %217 = xor <16 x i32> %212, %190
  %218 = xor <16 x i32> %217, %214
  %219 = xor <16 x i32> %207, %185
  %220 = xor <16 x i32> %219, %216
  %221 = lshr <16 x i32> %218, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %222 = shl <16 x i32> %221, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %223 = or <16 x i32> %222, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %224 = sitofp <16 x i32> %223 to <16 x float>
  %225 = fmul <16 x float> %224, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %226 = lshr <16 x i32> %210, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %227 = shl <16 x i32> %226, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %228 = or <16 x i32> %227, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %229 = sitofp <16 x i32> %228 to <16 x float>
  %230 = fmul <16 x float> %229, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %231 = bitcast <16 x float> %225 to <16 x i32>
  %232 = lshr <16 x i32> %231, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %233 = sub <16 x i32> %232, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %234 = and <16 x i32> %231, <i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607>
  %235 = or <16 x i32> %234, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %236 = icmp uge <16 x i32> %235, <i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891>
  %237 = sub <16 x i32> %235, <i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608>
  %238 = select <16 x i1> %236, <16 x i32> %237, <16 x i32> %235
  %239 = add <16 x i32> %233, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %240 = select <16 x i1> %236, <16 x i32> %239, <16 x i32> %233
  %241 = bitcast <16 x i32> %238 to <16 x float>
  %242 = fsub <16 x float> %241, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %243 = fadd <16 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %242
  %244 = fdiv <16 x float> %242, %243
  %245 = fmul <16 x float> %244, %244
  %246 = fmul <16 x float> %245, <float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000>
  %247 = fadd <16 x float> <float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000>, %246
  %248 = fmul <16 x float> %245, %247
  %249 = fadd <16 x float> <float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000>, %248
  %250 = fmul <16 x float> %245, %249
  %251 = fadd <16 x float> <float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000>, %250
  %252 = fmul <16 x float> %245, %251
  %253 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %252
  %254 = fadd <16 x float> %244, %244
  %255 = fmul <16 x float> %254, %253
  %256 = sitofp <16 x i32> %240 to <16 x float>
  %257 = fmul <16 x float> %256, <float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000>
  %258 = fadd <16 x float> %255, %257
  %259 = fmul <16 x float> %256, <float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000>
  %ln.u1 = fadd <16 x float> %259, %258
  %260 = fmul <16 x float> <float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00>, %ln.u1
  %r = call <16 x float> @llvm.sqrt.v16f32(<16 x float> %260)
  %261 = fmul <16 x float> %230, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %262 = fadd <16 x float> %261, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %263 = fsub <16 x float> %262, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %264 = fsub <16 x float> %261, %263
  %265 = fmul <16 x float> %264, %264
  %266 = fmul <16 x float> %265, <float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000>
  %267 = fadd <16 x float> <float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000>, %266
  %268 = fmul <16 x float> %265, %267
  %269 = fadd <16 x float> <float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000>, %268
  %270 = fmul <16 x float> %265, %269
  %271 = fadd <16 x float> <float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000>, %270
  %272 = fmul <16 x float> %265, %271
  %273 = fadd <16 x float> <float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000>, %272
  %274 = fmul <16 x float> %264, %273
  %275 = fmul <16 x float> %265, <float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000>
  %276 = fadd <16 x float> <float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000>, %275
  %277 = fmul <16 x float> %265, %276
  %278 = fadd <16 x float> <float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000>, %277
  %279 = fmul <16 x float> %265, %278
  %280 = fadd <16 x float> <float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000>, %279
  %281 = fmul <16 x float> %265, %280
  %282 = fadd <16 x float> <float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000>, %281
  %283 = fmul <16 x float> %265, %282
  %284 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %283
  %285 = fptosi <16 x float> %263 to <16 x i32>
  %quadrant = and <16 x i32> %285, <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %286 = and <16 x i32> %quadrant, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %287 = icmp ne <16 x i32> %286, zeroinitializer
  %288 = select <16 x i1> %287, <16 x float> %284, <16 x float> %274
  %289 = select <16 x i1> %287, <16 x float> %274, <16 x float> %284
  %290 = and <16 x i32> %quadrant, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %291 = icmp ne <16 x i32> %290, zeroinitializer
  %292 = add <16 x i32> %quadrant, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %293 = and <16 x i32> %292, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %294 = icmp ne <16 x i32> %293, zeroinitializer
  %295 = fneg <16 x float> %288
  %sin = select <16 x i1> %291, <16 x float> %295, <16 x float> %288
  %296 = fneg <16 x float> %289
  %cos = select <16 x i1> %294, <16 x float> %296, <16 x float> %289
  %297 = fmul <16 x float> %r, %cos
  %298 = fmul <16 x float> %r, %sin
  %299 = and <16 x i64> %15, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %300 = icmp ne <16 x i64> %299, zeroinitializer
  %z = select <16 x i1> %300, <16 x float> %298, <16 x float> %297
  %301 = getelementptr inbounds float, float* %opd.z3, i64 %zfill
  %302 = bitcast float* %301 to <16 x float>*
  store <16 x float> %z, <16 x float>* %302, align 4
  %303 = add nsw i64 %zfill, 16
  br label %zfill.head

zfill.exit:                                       ; preds = %zfill.head
  br label %zfill.t.head

zfill.t.head:                                     ; preds = %zfill.t.body, %zfill.exit
  %zfill.t = phi i64 [ 768, %zfill.exit ], [ %308, %zfill.t.body ]
  %304 = icmp slt i64 %zfill.t, 768
  br i1 %304, label %zfill.t.body, label %zfill.t.exit

zfill.t.body:                                     ; preds = %zfill.t.head
  %305 = add i64 0, %zfill.t
  %306 = trunc i64 %stream to i32
  %z8 = call float @zo_rng_normal_c(i64 %seed, i32 %306, i64 %305)
  %307 = getelementptr inbounds float, float* %opd.z3, i64 %zfill.t
  store float %z8, float* %307, align 4
  %308 = add nsw i64 %zfill.t, 1
  br label %zfill.t.head

zfill.t.exit:                                     ; preds = %zfill.t.head
  br label %opdz.join

opdz.then9:                                       ; preds = %opdz.join
  br label %zfill.head12

opdz.else10:                                      ; preds = %opdz.join
  br label %opdz.join11

opdz.join11:                                      ; preds = %opdz.else10, %zfill.t.exit27
  %xrow = getelementptr inbounds i8, i8* %scratch, i64 6144
  %xrow30 = bitcast i8* %xrow to float*
  %y.slot = getelementptr inbounds i8*, i8** %ptrs, i64 3
  %y = load i8*, i8** %y.slot, align 8
  %y31 = bitcast i8* %y to float*
  br label %row.head

zfill.head12:                                     ; preds = %zfill.body13, %opdz.then9
  %zfill15 = phi i64 [ 0, %opdz.then9 ], [ %601, %zfill.body13 ]
  %309 = icmp slt i64 %zfill15, 768
  br i1 %309, label %zfill.body13, label %zfill.exit14

zfill.body13:                                     ; preds = %zfill.head12
  %310 = add i64 0, %zfill15
  %311 = insertelement <16 x i64> undef, i64 %310, i32 0
  %312 = shufflevector <16 x i64> %311, <16 x i64> undef, <16 x i32> zeroinitializer
  %313 = add <16 x i64> %312, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %pair16 = lshr <16 x i64> %313, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %314 = trunc <16 x i64> %pair16 to <16 x i32>
  %315 = lshr <16 x i64> %pair16, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %316 = trunc <16 x i64> %315 to <16 x i32>
  %317 = trunc i64 %stream5 to i32
  %318 = insertelement <16 x i32> undef, i32 %317, i32 0
  %319 = shufflevector <16 x i32> %318, <16 x i32> undef, <16 x i32> zeroinitializer
  %key017 = trunc i64 %seed to i32
  %320 = lshr i64 %seed, 32
  %key118 = trunc i64 %320 to i32
  %321 = zext <16 x i32> %314 to <16 x i64>
  %322 = mul <16 x i64> %321, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %323 = trunc <16 x i64> %322 to <16 x i32>
  %324 = lshr <16 x i64> %322, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %325 = trunc <16 x i64> %324 to <16 x i32>
  %326 = zext <16 x i32> %319 to <16 x i64>
  %327 = mul <16 x i64> %326, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %328 = trunc <16 x i64> %327 to <16 x i32>
  %329 = lshr <16 x i64> %327, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %330 = trunc <16 x i64> %329 to <16 x i32>
  %331 = insertelement <16 x i32> undef, i32 %key017, i32 0
  %332 = shufflevector <16 x i32> %331, <16 x i32> undef, <16 x i32> zeroinitializer
  %333 = insertelement <16 x i32> undef, i32 %key118, i32 0
  %334 = shufflevector <16 x i32> %333, <16 x i32> undef, <16 x i32> zeroinitializer
  %335 = xor <16 x i32> %330, %316
  %336 = xor <16 x i32> %335, %332
  %337 = xor <16 x i32> %325, zeroinitializer
  %338 = xor <16 x i32> %337, %334
  %339 = add i32 %key017, -1640531527
  %340 = add i32 %key118, -1150833019
  %341 = zext <16 x i32> %336 to <16 x i64>
  %342 = mul <16 x i64> %341, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %343 = trunc <16 x i64> %342 to <16 x i32>
  %344 = lshr <16 x i64> %342, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %345 = trunc <16 x i64> %344 to <16 x i32>
  %346 = zext <16 x i32> %338 to <16 x i64>
  %347 = mul <16 x i64> %346, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %348 = trunc <16 x i64> %347 to <16 x i32>
  %349 = lshr <16 x i64> %347, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %350 = trunc <16 x i64> %349 to <16 x i32>
  %351 = insertelement <16 x i32> undef, i32 %339, i32 0
  %352 = shufflevector <16 x i32> %351, <16 x i32> undef, <16 x i32> zeroinitializer
  %353 = insertelement <16 x i32> undef, i32 %340, i32 0
  %354 = shufflevector <16 x i32> %353, <16 x i32> undef, <16 x i32> zeroinitializer
  %355 = xor <16 x i32> %350, %328
  %356 = xor <16 x i32> %355, %352
  %357 = xor <16 x i32> %345, %323
  %358 = xor <16 x i32> %357, %354
  %359 = add i32 %339, -1640531527
  %360 = add i32 %340, -1150833019
  %361 = zext <16 x i32> %356 to <16 x i64>
  %362 = mul <16 x i64> %361, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %363 = trunc <16 x i64> %362 to <16 x i32>
  %364 = lshr <16 x i64> %362, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %365 = trunc <16 x i64> %364 to <16 x i32>
  %366 = zext <16 x i32> %358 to <16 x i64>
  %367 = mul <16 x i64> %366, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %368 = trunc <16 x i64> %367 to <16 x i32>
  %369 = lshr <16 x i64> %367, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %370 = trunc <16 x i64> %369 to <16 x i32>
  %371 = insertelement <16 x i32> undef, i32 %359, i32 0
  %372 = shufflevector <16 x i32> %371, <16 x i32> undef, <16 x i32> zeroinitializer
  %373 = insertelement <16 x i32> undef, i32 %360, i32 0
  %374 = shufflevector <16 x i32> %373, <16 x i32> undef, <16 x i32> zeroinitializer
  %375 = xor <16 x i32> %370, %348
  %376 = xor <16 x i32> %375, %372
  %377 = xor <16 x i32> %365, %343
  %378 = xor <16 x i32> %377, %374
  %379 = add i32 %359, -1640531527
  %380 = add i32 %360, -1150833019
  %381 = zext <16 x i32> %376 to <16 x i64>
  %382 = mul <16 x i64> %381, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %383 = trunc <16 x i64> %382 to <16 x i32>
  %384 = lshr <16 x i64> %382, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %385 = trunc <16 x i64> %384 to <16 x i32>
  %386 = zext <16 x i32> %378 to <16 x i64>
  %387 = mul <16 x i64> %386, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %388 = trunc <16 x i64> %387 to <16 x i32>
  %389 = lshr <16 x i64> %387, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %390 = trunc <16 x i64> %389 to <16 x i32>
  %391 = insertelement <16 x i32> undef, i32 %379, i32 0
  %392 = shufflevector <16 x i32> %391, <16 x i32> undef, <16 x i32> zeroinitializer
  %393 = insertelement <16 x i32> undef, i32 %380, i32 0
  %394 = shufflevector <16 x i32> %393, <16 x i32> undef, <16 x i32> zeroinitializer
  %395 = xor <16 x i32> %390, %368
  %396 = xor <16 x i32> %395, %392
  %397 = xor <16 x i32> %385, %363
  %398 = xor <16 x i32> %397, %394
  %399 = add i32 %379, -1640531527
  %400 = add i32 %380, -1150833019
  %401 = zext <16 x i32> %396 to <16 x i64>
  %402 = mul <16 x i64> %401, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %403 = trunc <16 x i64> %402 to <16 x i32>
  %404 = lshr <16 x i64> %402, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %405 = trunc <16 x i64> %404 to <16 x i32>
  %406 = zext <16 x i32> %398 to <16 x i64>
  %407 = mul <16 x i64> %406, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %408 = trunc <16 x i64> %407 to <16 x i32>
  %409 = lshr <16 x i64> %407, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %410 = trunc <16 x i64> %409 to <16 x i32>
  %411 = insertelement <16 x i32> undef, i32 %399, i32 0
  %412 = shufflevector <16 x i32> %411, <16 x i32> undef, <16 x i32> zeroinitializer
  %413 = insertelement <16 x i32> undef, i32 %400, i32 0
  %414 = shufflevector <16 x i32> %413, <16 x i32> undef, <16 x i32> zeroinitializer
  %415 = xor <16 x i32> %410, %388
  %416 = xor <16 x i32> %415, %412
  %417 = xor <16 x i32> %405, %383
  %418 = xor <16 x i32> %417, %414
  %419 = add i32 %399, -1640531527
  %420 = add i32 %400, -1150833019
  %421 = zext <16 x i32> %416 to <16 x i64>
  %422 = mul <16 x i64> %421, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %423 = trunc <16 x i64> %422 to <16 x i32>
  %424 = lshr <16 x i64> %422, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %425 = trunc <16 x i64> %424 to <16 x i32>
  %426 = zext <16 x i32> %418 to <16 x i64>
  %427 = mul <16 x i64> %426, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %428 = trunc <16 x i64> %427 to <16 x i32>
  %429 = lshr <16 x i64> %427, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %430 = trunc <16 x i64> %429 to <16 x i32>
  %431 = insertelement <16 x i32> undef, i32 %419, i32 0
  %432 = shufflevector <16 x i32> %431, <16 x i32> undef, <16 x i32> zeroinitializer
  %433 = insertelement <16 x i32> undef, i32 %420, i32 0
  %434 = shufflevector <16 x i32> %433, <16 x i32> undef, <16 x i32> zeroinitializer
  %435 = xor <16 x i32> %430, %408
  %436 = xor <16 x i32> %435, %432
  %437 = xor <16 x i32> %425, %403
  %438 = xor <16 x i32> %437, %434
  %439 = add i32 %419, -1640531527
  %440 = add i32 %420, -1150833019
  %441 = zext <16 x i32> %436 to <16 x i64>
  %442 = mul <16 x i64> %441, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %443 = trunc <16 x i64> %442 to <16 x i32>
  %444 = lshr <16 x i64> %442, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %445 = trunc <16 x i64> %444 to <16 x i32>
  %446 = zext <16 x i32> %438 to <16 x i64>
  %447 = mul <16 x i64> %446, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %448 = trunc <16 x i64> %447 to <16 x i32>
  %449 = lshr <16 x i64> %447, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %450 = trunc <16 x i64> %449 to <16 x i32>
  %451 = insertelement <16 x i32> undef, i32 %439, i32 0
  %452 = shufflevector <16 x i32> %451, <16 x i32> undef, <16 x i32> zeroinitializer
  %453 = insertelement <16 x i32> undef, i32 %440, i32 0
  %454 = shufflevector <16 x i32> %453, <16 x i32> undef, <16 x i32> zeroinitializer
  %455 = xor <16 x i32> %450, %428
  %456 = xor <16 x i32> %455, %452
  %457 = xor <16 x i32> %445, %423
  %458 = xor <16 x i32> %457, %454
  %459 = add i32 %439, -1640531527
  %460 = add i32 %440, -1150833019
  %461 = zext <16 x i32> %456 to <16 x i64>
  %462 = mul <16 x i64> %461, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %463 = trunc <16 x i64> %462 to <16 x i32>
  %464 = lshr <16 x i64> %462, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %465 = trunc <16 x i64> %464 to <16 x i32>
  %466 = zext <16 x i32> %458 to <16 x i64>
  %467 = mul <16 x i64> %466, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %468 = trunc <16 x i64> %467 to <16 x i32>
  %469 = lshr <16 x i64> %467, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %470 = trunc <16 x i64> %469 to <16 x i32>
  %471 = insertelement <16 x i32> undef, i32 %459, i32 0
  %472 = shufflevector <16 x i32> %471, <16 x i32> undef, <16 x i32> zeroinitializer
  %473 = insertelement <16 x i32> undef, i32 %460, i32 0
  %474 = shufflevector <16 x i32> %473, <16 x i32> undef, <16 x i32> zeroinitializer
  %475 = xor <16 x i32> %470, %448
  %476 = xor <16 x i32> %475, %472
  %477 = xor <16 x i32> %465, %443
  %478 = xor <16 x i32> %477, %474
  %479 = add i32 %459, -1640531527
  %480 = add i32 %460, -1150833019
  %481 = zext <16 x i32> %476 to <16 x i64>
  %482 = mul <16 x i64> %481, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %483 = trunc <16 x i64> %482 to <16 x i32>
  %484 = lshr <16 x i64> %482, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %485 = trunc <16 x i64> %484 to <16 x i32>
  %486 = zext <16 x i32> %478 to <16 x i64>
  %487 = mul <16 x i64> %486, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %488 = trunc <16 x i64> %487 to <16 x i32>
  %489 = lshr <16 x i64> %487, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %490 = trunc <16 x i64> %489 to <16 x i32>
  %491 = insertelement <16 x i32> undef, i32 %479, i32 0
  %492 = shufflevector <16 x i32> %491, <16 x i32> undef, <16 x i32> zeroinitializer
  %493 = insertelement <16 x i32> undef, i32 %480, i32 0
  %494 = shufflevector <16 x i32> %493, <16 x i32> undef, <16 x i32> zeroinitializer
  %495 = xor <16 x i32> %490, %468
  %496 = xor <16 x i32> %495, %492
  %497 = xor <16 x i32> %485, %463
  %498 = xor <16 x i32> %497, %494
  %499 = add i32 %479, -1640531527
  %500 = add i32 %480, -1150833019
  %501 = zext <16 x i32> %496 to <16 x i64>
  %502 = mul <16 x i64> %501, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %503 = trunc <16 x i64> %502 to <16 x i32>
  %504 = lshr <16 x i64> %502, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %505 = trunc <16 x i64> %504 to <16 x i32>
  %506 = zext <16 x i32> %498 to <16 x i64>
  %507 = mul <16 x i64> %506, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %508 = trunc <16 x i64> %507 to <16 x i32>
  %509 = lshr <16 x i64> %507, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %510 = trunc <16 x i64> %509 to <16 x i32>
  %511 = insertelement <16 x i32> undef, i32 %499, i32 0
  %512 = shufflevector <16 x i32> %511, <16 x i32> undef, <16 x i32> zeroinitializer
  %513 = insertelement <16 x i32> undef, i32 %500, i32 0
  %514 = shufflevector <16 x i32> %513, <16 x i32> undef, <16 x i32> zeroinitializer
  %515 = xor <16 x i32> %510, %488
  %516 = xor <16 x i32> %515, %512
  %517 = xor <16 x i32> %505, %483
  %518 = xor <16 x i32> %517, %514
  %519 = lshr <16 x i32> %516, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %520 = shl <16 x i32> %519, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %521 = or <16 x i32> %520, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %522 = sitofp <16 x i32> %521 to <16 x float>
  %523 = fmul <16 x float> %522, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %524 = lshr <16 x i32> %508, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %525 = shl <16 x i32> %524, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %526 = or <16 x i32> %525, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %527 = sitofp <16 x i32> %526 to <16 x float>
  %528 = fmul <16 x float> %527, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %529 = bitcast <16 x float> %523 to <16 x i32>
  %530 = lshr <16 x i32> %529, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %531 = sub <16 x i32> %530, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %532 = and <16 x i32> %529, <i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607>
  %533 = or <16 x i32> %532, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %534 = icmp uge <16 x i32> %533, <i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891>
  %535 = sub <16 x i32> %533, <i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608>
  %536 = select <16 x i1> %534, <16 x i32> %535, <16 x i32> %533
  %537 = add <16 x i32> %531, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %538 = select <16 x i1> %534, <16 x i32> %537, <16 x i32> %531
  %539 = bitcast <16 x i32> %536 to <16 x float>
  %540 = fsub <16 x float> %539, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %541 = fadd <16 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %540
  %542 = fdiv <16 x float> %540, %541
  %543 = fmul <16 x float> %542, %542
  %544 = fmul <16 x float> %543, <float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000>
  %545 = fadd <16 x float> <float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000>, %544
  %546 = fmul <16 x float> %543, %545
  %547 = fadd <16 x float> <float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000>, %546
  %548 = fmul <16 x float> %543, %547
  %549 = fadd <16 x float> <float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000>, %548
  %550 = fmul <16 x float> %543, %549
  %551 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %550
  %552 = fadd <16 x float> %542, %542
  %553 = fmul <16 x float> %552, %551
  %554 = sitofp <16 x i32> %538 to <16 x float>
  %555 = fmul <16 x float> %554, <float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000>
  %556 = fadd <16 x float> %553, %555
  %557 = fmul <16 x float> %554, <float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000>
  %ln.u119 = fadd <16 x float> %557, %556
  %558 = fmul <16 x float> <float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00>, %ln.u119
  %r20 = call <16 x float> @llvm.sqrt.v16f32(<16 x float> %558)
  %559 = fmul <16 x float> %528, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %560 = fadd <16 x float> %559, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %561 = fsub <16 x float> %560, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %562 = fsub <16 x float> %559, %561
  %563 = fmul <16 x float> %562, %562
  %564 = fmul <16 x float> %563, <float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000>
  %565 = fadd <16 x float> <float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000>, %564
  %566 = fmul <16 x float> %563, %565
  %567 = fadd <16 x float> <float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000>, %566
  %568 = fmul <16 x float> %563, %567
  %569 = fadd <16 x float> <float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000>, %568
  %570 = fmul <16 x float> %563, %569
  %571 = fadd <16 x float> <float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000>, %570
  %572 = fmul <16 x float> %562, %571
  %573 = fmul <16 x float> %563, <float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000>
  %574 = fadd <16 x float> <float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000>, %573
  %575 = fmul <16 x float> %563, %574
  %576 = fadd <16 x float> <float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000>, %575
  %577 = fmul <16 x float> %563, %576
  %578 = fadd <16 x float> <float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000>, %577
  %579 = fmul <16 x float> %563, %578
  %580 = fadd <16 x float> <float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000>, %579
  %581 = fmul <16 x float> %563, %580
  %582 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %581
  %583 = fptosi <16 x float> %561 to <16 x i32>
  %quadrant21 = and <16 x i32> %583, <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %584 = and <16 x i32> %quadrant21, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %585 = icmp ne <16 x i32> %584, zeroinitializer
  %586 = select <16 x i1> %585, <16 x float> %582, <16 x float> %572
  %587 = select <16 x i1> %585, <16 x float> %572, <16 x float> %582
  %588 = and <16 x i32> %quadrant21, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %589 = icmp ne <16 x i32> %588, zeroinitializer
  %590 = add <16 x i32> %quadrant21, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %591 = and <16 x i32> %590, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %592 = icmp ne <16 x i32> %591, zeroinitializer
  %593 = fneg <16 x float> %586
  %sin22 = select <16 x i1> %589, <16 x float> %593, <16 x float> %586
  %594 = fneg <16 x float> %587
  %cos23 = select <16 x i1> %592, <16 x float> %594, <16 x float> %587
  %595 = fmul <16 x float> %r20, %cos23
  %596 = fmul <16 x float> %r20, %sin22
  %597 = and <16 x i64> %313, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %598 = icmp ne <16 x i64> %597, zeroinitializer
  %z24 = select <16 x i1> %598, <16 x float> %596, <16 x float> %595
  %599 = getelementptr inbounds float, float* %opd.z7, i64 %zfill15
  %600 = bitcast float* %599 to <16 x float>*
  store <16 x float> %z24, <16 x float>* %600, align 4
  %601 = add nsw i64 %zfill15, 16
  br label %zfill.head12

zfill.exit14:                                     ; preds = %zfill.head12
  br label %zfill.t.head25

zfill.t.head25:                                   ; preds = %zfill.t.body26, %zfill.exit14
  %zfill.t28 = phi i64 [ 768, %zfill.exit14 ], [ %606, %zfill.t.body26 ]
  %602 = icmp slt i64 %zfill.t28, 768
  br i1 %602, label %zfill.t.body26, label %zfill.t.exit27

zfill.t.body26:                                   ; preds = %zfill.t.head25
  %603 = add i64 0, %zfill.t28
  %604 = trunc i64 %stream5 to i32
  %z29 = call float @zo_rng_normal_c(i64 %seed, i32 %604, i64 %603)
  %605 = getelementptr inbounds float, float* %opd.z7, i64 %zfill.t28
  store float %z29, float* %605, align 4
  %606 = add nsw i64 %zfill.t28, 1
  br label %zfill.t.head25

zfill.t.exit27:                                   ; preds = %zfill.t.head25
  br label %opdz.join11

row.head:                                         ; preds = %col2.exit, %opdz.join11
  %row = phi i64 [ %begin, %opdz.join11 ], [ %704, %col2.exit ]
  %607 = icmp slt i64 %row, %end
  br i1 %607, label %row.body, label %row.exit

row.body:                                         ; preds = %row.head
  %608 = icmp slt i64 %row, %rows.pos
  %eps.row = select i1 %608, float %eps.pos, float %eps.neg
  br label %col.head

row.exit:                                         ; preds = %row.head
  ret void

col.head:                                         ; preds = %col.body, %row.body
  %col = phi i64 [ 0, %row.body ], [ %614, %col.body ]
  %609 = icmp slt i64 %col, 768
  br i1 %609, label %col.body, label %col.exit

col.body:                                         ; preds = %col.head
  %610 = icmp slt i64 %row, %rows.pos
  %eps.row32 = select i1 %610, float %eps.pos, float %eps.neg
  %611 = mul i64 %row, 768
  %opd.i = add i64 %611, %col
  %612 = getelementptr inbounds float, float* %in01, i64 %opd.i
  %in033 = load float, float* %612, align 4
  %613 = getelementptr inbounds float, float* %xrow30, i64 %col
  store float %in033, float* %613, align 4
  %614 = add nsw i64 %col, 1
  br label %col.head

col.exit:                                         ; preds = %col.head
  store <8 x double> zeroinitializer, <8 x double>* %sum.acc, align 64
  br label %sum.i.head

sum.i.head:                                       ; preds = %sum.i.body, %col.exit
  %sum.i = phi i64 [ 0, %col.exit ], [ %622, %sum.i.body ]
  %615 = icmp slt i64 %sum.i, 768
  br i1 %615, label %sum.i.body, label %sum.i.exit

sum.i.body:                                       ; preds = %sum.i.head
  %616 = getelementptr inbounds float, float* %xrow30, i64 %sum.i
  %617 = bitcast float* %616 to <8 x float>*
  %618 = load <8 x float>, <8 x float>* %617, align 4
  %619 = load <8 x double>, <8 x double>* %sum.acc, align 64
  %620 = fpext <8 x float> %618 to <8 x double>
  %621 = fadd <8 x double> %619, %620
  store <8 x double> %621, <8 x double>* %sum.acc, align 64
  %622 = add nsw i64 %sum.i, 8
  br label %sum.i.head

sum.i.exit:                                       ; preds = %sum.i.head
  %623 = load <8 x double>, <8 x double>* %sum.acc, align 64
  %624 = extractelement <8 x double> %623, i32 0
  %625 = extractelement <8 x double> %623, i32 1
  %626 = fadd double %624, %625
  %627 = extractelement <8 x double> %623, i32 2
  %628 = fadd double %626, %627
  %629 = extractelement <8 x double> %623, i32 3
  %630 = fadd double %628, %629
  %631 = extractelement <8 x double> %623, i32 4
  %632 = fadd double %630, %631
  %633 = extractelement <8 x double> %623, i32 5
  %634 = fadd double %632, %633
  %635 = extractelement <8 x double> %623, i32 6
  %636 = fadd double %634, %635
  %637 = extractelement <8 x double> %623, i32 7
  %638 = fadd double %636, %637
  store double %638, double* %sum.total, align 8
  br label %sum.t.head

sum.t.head:                                       ; preds = %sum.t.body, %sum.i.exit
  %sum.t = phi i64 [ 768, %sum.i.exit ], [ %645, %sum.t.body ]
  %639 = icmp slt i64 %sum.t, 768
  br i1 %639, label %sum.t.body, label %sum.t.exit

sum.t.body:                                       ; preds = %sum.t.head
  %640 = getelementptr inbounds float, float* %xrow30, i64 %sum.t
  %641 = load float, float* %640, align 4
  %642 = load double, double* %sum.total, align 8
  %643 = fpext float %641 to double
  %644 = fadd double %642, %643
  store double %644, double* %sum.total, align 8
  %645 = add nsw i64 %sum.t, 1
  br label %sum.t.head

sum.t.exit:                                       ; preds = %sum.t.head
  %sum = load double, double* %sum.total, align 8
  %mean = fdiv double %sum, 7.680000e+02
  store <8 x double> zeroinitializer, <8 x double>* %sqdev.acc, align 64
  %646 = insertelement <8 x double> undef, double %mean, i32 0
  %647 = shufflevector <8 x double> %646, <8 x double> undef, <8 x i32> zeroinitializer
  br label %sqdev.i.head

sqdev.i.head:                                     ; preds = %sqdev.i.body, %sum.t.exit
  %sqdev.i = phi i64 [ 0, %sum.t.exit ], [ %657, %sqdev.i.body ]
  %648 = icmp slt i64 %sqdev.i, 768
  br i1 %648, label %sqdev.i.body, label %sqdev.i.exit

sqdev.i.body:                                     ; preds = %sqdev.i.head
  %649 = getelementptr inbounds float, float* %xrow30, i64 %sqdev.i
  %650 = bitcast float* %649 to <8 x float>*
  %651 = load <8 x float>, <8 x float>* %650, align 4
  %652 = load <8 x double>, <8 x double>* %sqdev.acc, align 64
  %653 = fpext <8 x float> %651 to <8 x double>
  %654 = fsub <8 x double> %653, %647
  %655 = fmul <8 x double> %654, %654
  %656 = fadd <8 x double> %652, %655
  store <8 x double> %656, <8 x double>* %sqdev.acc, align 64
  %657 = add nsw i64 %sqdev.i, 8
  br label %sqdev.i.head

sqdev.i.exit:                                     ; preds = %sqdev.i.head
  %658 = load <8 x double>, <8 x double>* %sqdev.acc, align 64
  %659 = extractelement <8 x double> %658, i32 0
  %660 = extractelement <8 x double> %658, i32 1
  %661 = fadd double %659, %660
  %662 = extractelement <8 x double> %658, i32 2
  %663 = fadd double %661, %662
  %664 = extractelement <8 x double> %658, i32 3
  %665 = fadd double %663, %664
  %666 = extractelement <8 x double> %658, i32 4
  %667 = fadd double %665, %666
  %668 = extractelement <8 x double> %658, i32 5
  %669 = fadd double %667, %668
  %670 = extractelement <8 x double> %658, i32 6
  %671 = fadd double %669, %670
  %672 = extractelement <8 x double> %658, i32 7
  %673 = fadd double %671, %672
  store double %673, double* %sqdev.total, align 8
  br label %sqdev.t.head

sqdev.t.head:                                     ; preds = %sqdev.t.body, %sqdev.i.exit
  %sqdev.t = phi i64 [ 768, %sqdev.i.exit ], [ %682, %sqdev.t.body ]
  %674 = icmp slt i64 %sqdev.t, 768
  br i1 %674, label %sqdev.t.body, label %sqdev.t.exit

sqdev.t.body:                                     ; preds = %sqdev.t.head
  %675 = getelementptr inbounds float, float* %xrow30, i64 %sqdev.t
  %676 = load float, float* %675, align 4
  %677 = load double, double* %sqdev.total, align 8
  %678 = fpext float %676 to double
  %679 = fsub double %678, %mean
  %680 = fmul double %679, %679
  %681 = fadd double %677, %680
  store double %681, double* %sqdev.total, align 8
  %682 = add nsw i64 %sqdev.t, 1
  br label %sqdev.t.head

sqdev.t.exit:                                     ; preds = %sqdev.t.head
  %sqdev = load double, double* %sqdev.total, align 8
  %var = fdiv double %sqdev, 7.680000e+02
  %683 = fadd double %var, 0x3EE4F8B580000000
  %684 = call double @llvm.sqrt.f64(double %683)
  %rstd = fdiv double 1.000000e+00, %684
  br label %col2.head

col2.head:                                        ; preds = %col2.body, %sqdev.t.exit
  %col2 = phi i64 [ 0, %sqdev.t.exit ], [ %703, %col2.body ]
  %685 = icmp slt i64 %col2, 768
  br i1 %685, label %col2.body, label %col2.exit

col2.body:                                        ; preds = %col2.head
  %686 = getelementptr inbounds float, float* %xrow30, i64 %col2
  %x = load float, float* %686, align 4
  %687 = fpext float %x to double
  %688 = fsub double %687, %mean
  %opd.i34 = add i64 0, %col2
  %689 = getelementptr inbounds float, float* %w12, i64 %opd.i34
  %w135 = load float, float* %689, align 4
  %690 = getelementptr inbounds float, float* %opd.z3, i64 %opd.i34
  %z36 = load float, float* %690, align 4
  %691 = fmul float %eps.row, %z36
  %w1.perturbed = fadd float %w135, %691
  %692 = fpext float %w1.perturbed to double
  %693 = fmul double %688, %rstd
  %694 = fmul double %693, %692
  %opd.i37 = add i64 0, %col2
  %695 = getelementptr inbounds float, float* %w24, i64 %opd.i37
  %w238 = load float, float* %695, align 4
  %696 = getelementptr inbounds float, float* %opd.z7, i64 %opd.i37
  %z39 = load float, float* %696, align 4
  %697 = fmul float %eps.row, %z39
  %w2.perturbed = fadd float %w238, %697
  %698 = fpext float %w2.perturbed to double
  %699 = fadd double %694, %698
  %y40 = fptrunc double %699 to float
  %700 = mul i64 %row, 768
  %701 = add i64 %700, %col2
  %702 = getelementptr inbounds float, float* %y31, i64 %701
  store float %y40, float* %702, align 4
  %703 = add nsw i64 %col2, 1
  br label %col2.head

col2.exit:                                        ; preds = %col2.head
  %704 = add nsw i64 %row, 1
  br label %row.head
}

; Function Attrs: nounwind
define void @zk_matmul_d742477f5b1ab501(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 13502 lines, FNV-1a 3a102e46cc774661: the body left out
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <16 x float> @llvm.exp.v16f32(<16 x float>) #2

; Function Attrs: nounwind
define void @zk_matmul_7914baca1bbf189d(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 13481 lines, FNV-1a 646990447c5e56f2: the body left out
}

; Function Attrs: nounwind
define void @zk_matmul_cb3c6da81f5ec6e1(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 11647 lines, FNV-1a 71854227a910df13: the body left out
}

; Function Attrs: nofree nosync nounwind readonly willreturn
declare <16 x float> @llvm.masked.gather.v16f32.v16p0f32(<16 x float*>, i32 immarg, <16 x i1>, <16 x float>) #5

attributes #0 = { nounwind }
attributes #1 = { nounwind readnone willreturn }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn }
attributes #4 = { argmemonly nofree nosync nounwind willreturn writeonly }
attributes #5 = { nofree nosync nounwind readonly willreturn }
