; `zoc llvm models/tiny.zo -D 'W=linear(dt=bf16)' -D DT=bf16 --recipe mezo`, LLVM 14's text, without the host's target lines; a body left out is
; its digest (tests/test_codegen_golden.c says which and why)
; zoc kernels of model 'tiny': 27 kernels, 12 distinct functions
; kernel 0: embedding at %2 ; x -> @zk_embedding_d8817d672eb16a27, parallel over B*T rows
; kernel 1: norm at %12 ; h -> @zk_norm_41072963943f9252, parallel over B*T rows
; kernel 2: matmul at %13 -> @zk_matmul_ecb474e1a97e603e, parallel over 4 column blocks
; kernel 3: rope at %14 ; q -> @zk_rope_28def376282b5637, parallel over B*T rows
; kernel 4: matmul at %15 -> @zk_matmul_31208508f1acf45b, parallel over 2 column blocks
; kernel 5: rope at %16 ; k -> @zk_rope_fd47014faf208b4a, parallel over B*T rows
; kernel 6: matmul at %17 ; v -> @zk_matmul_31208508f1acf45b, parallel over 2 column blocks
; kernel 7: attention at %18 -> @zk_attention_e649ddccc47bf761, parallel over 4*B batch*heads
; kernel 8: matmul at %19 -> @zk_matmul_ecb474e1a97e603e, parallel over 4 column blocks
; kernel 9: norm at %21 ; h -> @zk_norm_5e127f42161bd882, parallel over B*T rows
; kernel 10: matmul at %24 -> @zk_matmul_2ed4ba1e266f710e, parallel over 8 column blocks
; kernel 11: matmul at %25 -> @zk_matmul_e0f18768e4fd2a99, parallel over 8 column blocks
; kernel 12: matmul at %26 -> @zk_matmul_98aeab3f24bf360b, parallel over 4 column blocks
; kernel 13: norm at %37 ; h -> @zk_norm_5e127f42161bd882, parallel over B*T rows
; kernel 14: matmul at %38 -> @zk_matmul_ecb474e1a97e603e, parallel over 4 column blocks
; kernel 15: rope at %39 ; q -> @zk_rope_28def376282b5637, parallel over B*T rows
; kernel 16: matmul at %40 -> @zk_matmul_31208508f1acf45b, parallel over 2 column blocks
; kernel 17: rope at %41 ; k -> @zk_rope_fd47014faf208b4a, parallel over B*T rows
; kernel 18: matmul at %42 ; v -> @zk_matmul_31208508f1acf45b, parallel over 2 column blocks
; kernel 19: attention at %43 -> @zk_attention_e649ddccc47bf761, parallel over 4*B batch*heads
; kernel 20: matmul at %44 -> @zk_matmul_ecb474e1a97e603e, parallel over 4 column blocks
; kernel 21: norm at %46 ; h -> @zk_norm_5e127f42161bd882, parallel over B*T rows
; kernel 22: matmul at %49 -> @zk_matmul_2ed4ba1e266f710e, parallel over 8 column blocks
; kernel 23: matmul at %50 -> @zk_matmul_e0f18768e4fd2a99, parallel over 8 column blocks
; kernel 24: matmul at %51 -> @zk_matmul_98aeab3f24bf360b, parallel over 4 column blocks
; kernel 25: norm at %55 -> @zk_norm_c5a7b93bde6406dd, parallel over B*T rows
; kernel 26: matmul at %56 ; logits -> @zk_matmul_ecb474e1a97e603e, parallel over 4 column blocks
; ModuleID = 'zoc_kernels'
source_filename = "zoc_kernels"

@zt.inv_freq.856199832b82a472 = private unnamed_addr constant [8 x double] [double 1.000000e+00, double 0x3FD43D136248490F, double 1.000000e-01, double 0x3FA030DC4EA03A72, double 1.000000e-02, double 0x3F69E7C6E43390B7, double 1.000000e-03, double 0x3F34B96BE9C2DA2C]

; Function Attrs: nounwind
define void @zk_embedding_d8817d672eb16a27(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %table.slot = getelementptr inbounds i8*, i8** %ptrs, i64 2
  %table = load i8*, i8** %table.slot, align 8
  %table1 = bitcast i8* %table to i16*
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
  %15 = icmp slt i64 %14, 63
  %id4 = select i1 %15, i64 %14, i64 63
  %src = mul i64 %id4, 64
  %dst = mul i64 %row, 64
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
  %dz = phi i64 [ 0, %perturbed.then ], [ %28, %dz.body ]
  %18 = icmp slt i64 %dz, 64
  br i1 %18, label %dz.body, label %dz.exit

dz.body:                                          ; preds = %dz.head
  %19 = add i64 %src, %dz
  %20 = getelementptr inbounds i16, i16* %table1, i64 %19
  %21 = load i16, i16* %20, align 2
  %22 = zext i16 %21 to i32
  %23 = shl i32 %22, 16
  %v = bitcast i32 %23 to float
  %24 = trunc i64 %stream to i32
  %z = call float @zo_rng_normal_c(i64 %seed, i32 %24, i64 %19)
  %25 = fmul float %eps.row, %z
  %v.perturbed = fadd float %v, %25
  %26 = add i64 %dst, %dz
  %27 = getelementptr inbounds float, float* %y3, i64 %26
  store float %v.perturbed, float* %27, align 4
  %28 = add nsw i64 %dz, 1
  br label %dz.head

dz.exit:                                          ; preds = %dz.head
  br label %perturbed.join

d.head:                                           ; preds = %d.body, %perturbed.else
  %d = phi i64 [ 0, %perturbed.else ], [ %37, %d.body ]
  %29 = icmp slt i64 %d, 64
  br i1 %29, label %d.body, label %d.exit

d.body:                                           ; preds = %d.head
  %30 = add i64 %src, %d
  %31 = getelementptr inbounds i16, i16* %table1, i64 %30
  %32 = load i16, i16* %31, align 2
  %33 = zext i16 %32 to i32
  %34 = shl i32 %33, 16
  %v5 = bitcast i32 %34 to float
  %35 = add i64 %dst, %d
  %36 = getelementptr inbounds float, float* %y3, i64 %35
  store float %v5, float* %36, align 4
  %37 = add nsw i64 %d, 1
  br label %d.head

d.exit:                                           ; preds = %d.head
  br label %perturbed.join
}

; Function Attrs: nounwind readnone willreturn
declare float @zo_rng_normal_c(i64, i32, i64) #1

; Function Attrs: nounwind
define void @zk_norm_41072963943f9252(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
entry:
  %sumsq.acc = alloca <8 x double>, align 64
  %sumsq.total = alloca double, align 8
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
  %w12 = bitcast i8* %w1 to i16*
  %9 = getelementptr inbounds i64, i64* %ints, i64 1
  %stream = load i64, i64* %9, align 8
  %opd.z = getelementptr inbounds i8, i8* %scratch, i64 0
  %opd.z3 = bitcast i8* %opd.z to float*
  br i1 %perturbed, label %opdz.then, label %opdz.else

opdz.then:                                        ; preds = %start
  br label %zfill.head

opdz.else:                                        ; preds = %start
  br label %opdz.join

opdz.join:                                        ; preds = %opdz.else, %zfill.t.exit
  %xrow = getelementptr inbounds i8, i8* %scratch, i64 256
  %xrow5 = bitcast i8* %xrow to float*
  %y.slot = getelementptr inbounds i8*, i8** %ptrs, i64 2
  %y = load i8*, i8** %y.slot, align 8
  %y6 = bitcast i8* %y to float*
  br label %row.head

zfill.head:                                       ; preds = %zfill.body, %opdz.then
  %zfill = phi i64 [ 0, %opdz.then ], [ %302, %zfill.body ]
  %10 = icmp slt i64 %zfill, 64
  br i1 %10, label %zfill.body, label %zfill.exit

zfill.body:                                       ; preds = %zfill.head
  %11 = add i64 0, %zfill
  %12 = insertelement <16 x i64> undef, i64 %11, i32 0
  %13 = shufflevector <16 x i64> %12, <16 x i64> undef, <16 x i32> zeroinitializer
  %14 = add <16 x i64> %13, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %pair = lshr <16 x i64> %14, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %15 = trunc <16 x i64> %pair to <16 x i32>
  %16 = lshr <16 x i64> %pair, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %17 = trunc <16 x i64> %16 to <16 x i32>
  %18 = trunc i64 %stream to i32
  %19 = insertelement <16 x i32> undef, i32 %18, i32 0
  %20 = shufflevector <16 x i32> %19, <16 x i32> undef, <16 x i32> zeroinitializer
  %key0 = trunc i64 %seed to i32
  %21 = lshr i64 %seed, 32
  %key1 = trunc i64 %21 to i32
  %22 = zext <16 x i32> %15 to <16 x i64>
  %23 = mul <16 x i64> %22, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %24 = trunc <16 x i64> %23 to <16 x i32>
  %25 = lshr <16 x i64> %23, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %26 = trunc <16 x i64> %25 to <16 x i32>
  %27 = zext <16 x i32> %20 to <16 x i64>
  %28 = mul <16 x i64> %27, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %29 = trunc <16 x i64> %28 to <16 x i32>
  %30 = lshr <16 x i64> %28, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %31 = trunc <16 x i64> %30 to <16 x i32>
  %32 = insertelement <16 x i32> undef, i32 %key0, i32 0
  %33 = shufflevector <16 x i32> %32, <16 x i32> undef, <16 x i32> zeroinitializer
  %34 = insertelement <16 x i32> undef, i32 %key1, i32 0
  %35 = shufflevector <16 x i32> %34, <16 x i32> undef, <16 x i32> zeroinitializer
  %36 = xor <16 x i32> %31, %17
  %37 = xor <16 x i32> %36, %33
  %38 = xor <16 x i32> %26, zeroinitializer
  %39 = xor <16 x i32> %38, %35
  %40 = add i32 %key0, -1640531527
  %41 = add i32 %key1, -1150833019
  %42 = zext <16 x i32> %37 to <16 x i64>
  %43 = mul <16 x i64> %42, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %44 = trunc <16 x i64> %43 to <16 x i32>
  %45 = lshr <16 x i64> %43, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %46 = trunc <16 x i64> %45 to <16 x i32>
  %47 = zext <16 x i32> %39 to <16 x i64>
  %48 = mul <16 x i64> %47, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %49 = trunc <16 x i64> %48 to <16 x i32>
  %50 = lshr <16 x i64> %48, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %51 = trunc <16 x i64> %50 to <16 x i32>
  %52 = insertelement <16 x i32> undef, i32 %40, i32 0
  %53 = shufflevector <16 x i32> %52, <16 x i32> undef, <16 x i32> zeroinitializer
  %54 = insertelement <16 x i32> undef, i32 %41, i32 0
  %55 = shufflevector <16 x i32> %54, <16 x i32> undef, <16 x i32> zeroinitializer
  %56 = xor <16 x i32> %51, %29
  %57 = xor <16 x i32> %56, %53
  %58 = xor <16 x i32> %46, %24
  %59 = xor <16 x i32> %58, %55
  %60 = add i32 %40, -1640531527
  %61 = add i32 %41, -1150833019
  %62 = zext <16 x i32> %57 to <16 x i64>
  %63 = mul <16 x i64> %62, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %64 = trunc <16 x i64> %63 to <16 x i32>
  %65 = lshr <16 x i64> %63, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %66 = trunc <16 x i64> %65 to <16 x i32>
  %67 = zext <16 x i32> %59 to <16 x i64>
  %68 = mul <16 x i64> %67, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %69 = trunc <16 x i64> %68 to <16 x i32>
  %70 = lshr <16 x i64> %68, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %71 = trunc <16 x i64> %70 to <16 x i32>
  %72 = insertelement <16 x i32> undef, i32 %60, i32 0
  %73 = shufflevector <16 x i32> %72, <16 x i32> undef, <16 x i32> zeroinitializer
  %74 = insertelement <16 x i32> undef, i32 %61, i32 0
  %75 = shufflevector <16 x i32> %74, <16 x i32> undef, <16 x i32> zeroinitializer
  %76 = xor <16 x i32> %71, %49
  %77 = xor <16 x i32> %76, %73
  %78 = xor <16 x i32> %66, %44
  %79 = xor <16 x i32> %78, %75
  %80 = add i32 %60, -1640531527
  %81 = add i32 %61, -1150833019
  %82 = zext <16 x i32> %77 to <16 x i64>
  %83 = mul <16 x i64> %82, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %84 = trunc <16 x i64> %83 to <16 x i32>
  %85 = lshr <16 x i64> %83, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %86 = trunc <16 x i64> %85 to <16 x i32>
  %87 = zext <16 x i32> %79 to <16 x i64>
  %88 = mul <16 x i64> %87, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %89 = trunc <16 x i64> %88 to <16 x i32>
  %90 = lshr <16 x i64> %88, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %91 = trunc <16 x i64> %90 to <16 x i32>
  %92 = insertelement <16 x i32> undef, i32 %80, i32 0
  %93 = shufflevector <16 x i32> %92, <16 x i32> undef, <16 x i32> zeroinitializer
  %94 = insertelement <16 x i32> undef, i32 %81, i32 0
  %95 = shufflevector <16 x i32> %94, <16 x i32> undef, <16 x i32> zeroinitializer
  %96 = xor <16 x i32> %91, %69
  %97 = xor <16 x i32> %96, %93
  %98 = xor <16 x i32> %86, %64
  %99 = xor <16 x i32> %98, %95
  %100 = add i32 %80, -1640531527
  %101 = add i32 %81, -1150833019
  %102 = zext <16 x i32> %97 to <16 x i64>
  %103 = mul <16 x i64> %102, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %104 = trunc <16 x i64> %103 to <16 x i32>
  %105 = lshr <16 x i64> %103, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %106 = trunc <16 x i64> %105 to <16 x i32>
  %107 = zext <16 x i32> %99 to <16 x i64>
  %108 = mul <16 x i64> %107, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %109 = trunc <16 x i64> %108 to <16 x i32>
  %110 = lshr <16 x i64> %108, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %111 = trunc <16 x i64> %110 to <16 x i32>
  %112 = insertelement <16 x i32> undef, i32 %100, i32 0
  %113 = shufflevector <16 x i32> %112, <16 x i32> undef, <16 x i32> zeroinitializer
  %114 = insertelement <16 x i32> undef, i32 %101, i32 0
  %115 = shufflevector <16 x i32> %114, <16 x i32> undef, <16 x i32> zeroinitializer
  %116 = xor <16 x i32> %111, %89
  %117 = xor <16 x i32> %116, %113
  %118 = xor <16 x i32> %106, %84
  %119 = xor <16 x i32> %118, %115
  %120 = add i32 %100, -1640531527
  %121 = add i32 %101, -1150833019
  %122 = zext <16 x i32> %117 to <16 x i64>
  %123 = mul <16 x i64> %122, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %124 = trunc <16 x i64> %123 to <16 x i32>
  %125 = lshr <16 x i64> %123, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %126 = trunc <16 x i64> %125 to <16 x i32>
  %127 = zext <16 x i32> %119 to <16 x i64>
  %128 = mul <16 x i64> %127, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %129 = trunc <16 x i64> %128 to <16 x i32>
  %130 = lshr <16 x i64> %128, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %131 = trunc <16 x i64> %130 to <16 x i32>
  %132 = insertelement <16 x i32> undef, i32 %120, i32 0
  %133 = shufflevector <16 x i32> %132, <16 x i32> undef, <16 x i32> zeroinitializer
  %134 = insertelement <16 x i32> undef, i32 %121, i32 0
  %135 = shufflevector <16 x i32> %134, <16 x i32> undef, <16 x i32> zeroinitializer
  %136 = xor <16 x i32> %131, %109
  %137 = xor <16 x i32> %136, %133
  %138 = xor <16 x i32> %126, %104
  %139 = xor <16 x i32> %138, %135
  %140 = add i32 %120, -1640531527
  %141 = add i32 %121, -1150833019
  %142 = zext <16 x i32> %137 to <16 x i64>
  %143 = mul <16 x i64> %142, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %144 = trunc <16 x i64> %143 to <16 x i32>
  %145 = lshr <16 x i64> %143, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %146 = trunc <16 x i64> %145 to <16 x i32>
  %147 = zext <16 x i32> %139 to <16 x i64>
  %148 = mul <16 x i64> %147, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %149 = trunc <16 x i64> %148 to <16 x i32>
  %150 = lshr <16 x i64> %148, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %151 = trunc <16 x i64> %150 to <16 x i32>
  %152 = insertelement <16 x i32> undef, i32 %140, i32 0
  %153 = shufflevector <16 x i32> %152, <16 x i32> undef, <16 x i32> zeroinitializer
  %154 = insertelement <16 x i32> undef, i32 %141, i32 0
  %155 = shufflevector <16 x i32> %154, <16 x i32> undef, <16 x i32> zeroinitializer
  %156 = xor <16 x i32> %151, %129
  %157 = xor <16 x i32> %156, %153
  %158 = xor <16 x i32> %146, %124
  %159 = xor <16 x i32> %158, %155
  %160 = add i32 %140, -1640531527
  %161 = add i32 %141, -1150833019
  %162 = zext <16 x i32> %157 to <16 x i64>
  %163 = mul <16 x i64> %162, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %164 = trunc <16 x i64> %163 to <16 x i32>
  %165 = lshr <16 x i64> %163, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %166 = trunc <16 x i64> %165 to <16 x i32>
  %167 = zext <16 x i32> %159 to <16 x i64>
  %168 = mul <16 x i64> %167, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %169 = trunc <16 x i64> %168 to <16 x i32>
  %170 = lshr <16 x i64> %168, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %171 = trunc <16 x i64> %170 to <16 x i32>
  %172 = insertelement <16 x i32> undef, i32 %160, i32 0
  %173 = shufflevector <16 x i32> %172, <16 x i32> undef, <16 x i32> zeroinitializer
  %174 = insertelement <16 x i32> undef, i32 %161, i32 0
  %175 = shufflevector <16 x i32> %174, <16 x i32> undef, <16 x i32> zeroinitializer
  %176 = xor <16 x i32> %171, %149
  %177 = xor <16 x i32> %176, %173
  %178 = xor <16 x i32> %166, %144
  %179 = xor <16 x i32> %178, %175
  %180 = add i32 %160, -1640531527
  %181 = add i32 %161, -1150833019
  %182 = zext <16 x i32> %177 to <16 x i64>
  %183 = mul <16 x i64> %182, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %184 = trunc <16 x i64> %183 to <16 x i32>
  %185 = lshr <16 x i64> %183, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %186 = trunc <16 x i64> %185 to <16 x i32>
  %187 = zext <16 x i32> %179 to <16 x i64>
  %188 = mul <16 x i64> %187, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %189 = trunc <16 x i64> %188 to <16 x i32>
  %190 = lshr <16 x i64> %188, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %191 = trunc <16 x i64> %190 to <16 x i32>
  %192 = insertelement <16 x i32> undef, i32 %180, i32 0
  %193 = shufflevector <16 x i32> %192, <16 x i32> undef, <16 x i32> zeroinitializer
  %194 = insertelement <16 x i32> undef, i32 %181, i32 0
  %195 = shufflevector <16 x i32> %194, <16 x i32> undef, <16 x i32> zeroinitializer
  %196 = xor <16 x i32> %191, %169
  %197 = xor <16 x i32> %196, %193
  %198 = xor <16 x i32> %186, %164
  %199 = xor <16 x i32> %198, %195
  %200 = add i32 %180, -1640531527
  %201 = add i32 %181, -1150833019
  %202 = zext <16 x i32> %197 to <16 x i64>
  %203 = mul <16 x i64> %202, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %204 = trunc <16 x i64> %203 to <16 x i32>
  %205 = lshr <16 x i64> %203, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %206 = trunc <16 x i64> %205 to <16 x i32>
  %207 = zext <16 x i32> %199 to <16 x i64>
  %208 = mul <16 x i64> %207, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %209 = trunc <16 x i64> %208 to <16 x i32>
  %210 = lshr <16 x i64> %208, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %211 = trunc <16 x i64> %210 to <16 x i32>
  %212 = insertelement <16 x i32> undef, i32 %200, i32 0
  %213 = shufflevector <16 x i32> %212, <16 x i32> undef, <16 x i32> zeroinitializer
  %214 = insertelement <16 x i32> undef, i32 %201, i32 0
  %215 = shufflevector <16 x i32> %214, <16 x i32> undef, <16 x i32> zeroinitializer
  %216 = xor <16 x i32> %211, %189
  %217 = xor <16 x i32> %216, %213
  %218 = xor <16 x i32> %206, %184
  %219 = xor <16 x i32> %218, %215
  %220 = lshr <16 x i32> %217, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %221 = shl <16 x i32> %220, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %222 = or <16 x i32> %221, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %223 = sitofp <16 x i32> %222 to <16 x float>
  %224 = fmul <16 x float> %223, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %225 = lshr <16 x i32> %209, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %226 = shl <16 x i32> %225, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %227 = or <16 x i32> %226, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %228 = sitofp <16 x i32> %227 to <16 x float>
  %229 = fmul <16 x float> %228, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %230 = bitcast <16 x float> %224 to <16 x i32>
  %231 = lshr <16 x i32> %230, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %232 = sub <16 x i32> %231, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %233 = and <16 x i32> %230, <i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607>
  %234 = or <16 x i32> %233, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %235 = icmp uge <16 x i32> %234, <i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891>
  %236 = sub <16 x i32> %234, <i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608>
  %237 = select <16 x i1> %235, <16 x i32> %236, <16 x i32> %234
  %238 = add <16 x i32> %232, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %239 = select <16 x i1> %235, <16 x i32> %238, <16 x i32> %232
  %240 = bitcast <16 x i32> %237 to <16 x float>
  %241 = fsub <16 x float> %240, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %242 = fadd <16 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %241
  %243 = fdiv <16 x float> %241, %242
  %244 = fmul <16 x float> %243, %243
  %245 = fmul <16 x float> %244, <float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000>
  %246 = fadd <16 x float> <float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000>, %245
  %247 = fmul <16 x float> %244, %246
  %248 = fadd <16 x float> <float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000>, %247
  %249 = fmul <16 x float> %244, %248
  %250 = fadd <16 x float> <float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000>, %249
  %251 = fmul <16 x float> %244, %250
  %252 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %251
  %253 = fadd <16 x float> %243, %243
  %254 = fmul <16 x float> %253, %252
  %255 = sitofp <16 x i32> %239 to <16 x float>
  %256 = fmul <16 x float> %255, <float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000>
  %257 = fadd <16 x float> %254, %256
  %258 = fmul <16 x float> %255, <float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000>
  %ln.u1 = fadd <16 x float> %258, %257
  %259 = fmul <16 x float> <float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00>, %ln.u1
  %r = call <16 x float> @llvm.sqrt.v16f32(<16 x float> %259)
  %260 = fmul <16 x float> %229, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %261 = fadd <16 x float> %260, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %262 = fsub <16 x float> %261, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %263 = fsub <16 x float> %260, %262
  %264 = fmul <16 x float> %263, %263
  %265 = fmul <16 x float> %264, <float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000>
  %266 = fadd <16 x float> <float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000>, %265
  %267 = fmul <16 x float> %264, %266
  %268 = fadd <16 x float> <float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000>, %267
  %269 = fmul <16 x float> %264, %268
  %270 = fadd <16 x float> <float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000>, %269
  %271 = fmul <16 x float> %264, %270
  %272 = fadd <16 x float> <float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000>, %271
  %273 = fmul <16 x float> %263, %272
  %274 = fmul <16 x float> %264, <float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000>
  %275 = fadd <16 x float> <float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000>, %274
  %276 = fmul <16 x float> %264, %275
  %277 = fadd <16 x float> <float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000>, %276
  %278 = fmul <16 x float> %264, %277
  %279 = fadd <16 x float> <float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000>, %278
  %280 = fmul <16 x float> %264, %279
  %281 = fadd <16 x float> <float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000>, %280
  %282 = fmul <16 x float> %264, %281
  %283 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %282
  %284 = fptosi <16 x float> %262 to <16 x i32>
  %quadrant = and <16 x i32> %284, <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %285 = and <16 x i32> %quadrant, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %286 = icmp ne <16 x i32> %285, zeroinitializer
  %287 = select <16 x i1> %286, <16 x float> %283, <16 x float> %273
  %288 = select <16 x i1> %286, <16 x float> %273, <16 x float> %283
  %289 = and <16 x i32> %quadrant, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %290 = icmp ne <16 x i32> %289, zeroinitializer
  %291 = add <16 x i32> %quadrant, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %292 = and <16 x i32> %291, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %293 = icmp ne <16 x i32> %292, zeroinitializer
  %294 = fneg <16 x float> %287
  %sin = select <16 x i1> %290, <16 x float> %294, <16 x float> %287
  %295 = fneg <16 x float> %288
  %cos = select <16 x i1> %293, <16 x float> %295, <16 x float> %288
  %296 = fmul <16 x float> %r, %cos
  %297 = fmul <16 x float> %r, %sin
  %298 = and <16 x i64> %14, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %299 = icmp ne <16 x i64> %298, zeroinitializer
  %z = select <16 x i1> %299, <16 x float> %297, <16 x float> %296
  %300 = getelementptr inbounds float, float* %opd.z3, i64 %zfill
  %301 = bitcast float* %300 to <16 x float>*
  store <16 x float> %z, <16 x float>* %301, align 4
  %302 = add nsw i64 %zfill, 16
  br label %zfill.head

zfill.exit:                                       ; preds = %zfill.head
  br label %zfill.t.head

zfill.t.head:                                     ; preds = %zfill.t.body, %zfill.exit
  %zfill.t = phi i64 [ 64, %zfill.exit ], [ %307, %zfill.t.body ]
  %303 = icmp slt i64 %zfill.t, 64
  br i1 %303, label %zfill.t.body, label %zfill.t.exit

zfill.t.body:                                     ; preds = %zfill.t.head
  %304 = add i64 0, %zfill.t
  %305 = trunc i64 %stream to i32
  %z4 = call float @zo_rng_normal_c(i64 %seed, i32 %305, i64 %304)
  %306 = getelementptr inbounds float, float* %opd.z3, i64 %zfill.t
  store float %z4, float* %306, align 4
  %307 = add nsw i64 %zfill.t, 1
  br label %zfill.t.head

zfill.t.exit:                                     ; preds = %zfill.t.head
  br label %opdz.join

row.head:                                         ; preds = %col2.exit, %opdz.join
  %row = phi i64 [ %begin, %opdz.join ], [ %369, %col2.exit ]
  %308 = icmp slt i64 %row, %end
  br i1 %308, label %row.body, label %row.exit

row.body:                                         ; preds = %row.head
  %309 = icmp slt i64 %row, %rows.pos
  %eps.row = select i1 %309, float %eps.pos, float %eps.neg
  br label %col.head

row.exit:                                         ; preds = %row.head
  ret void

col.head:                                         ; preds = %col.body, %row.body
  %col = phi i64 [ 0, %row.body ], [ %315, %col.body ]
  %310 = icmp slt i64 %col, 64
  br i1 %310, label %col.body, label %col.exit

col.body:                                         ; preds = %col.head
  %311 = icmp slt i64 %row, %rows.pos
  %eps.row7 = select i1 %311, float %eps.pos, float %eps.neg
  %312 = mul i64 %row, 64
  %opd.i = add i64 %312, %col
  %313 = getelementptr inbounds float, float* %in01, i64 %opd.i
  %in08 = load float, float* %313, align 4
  %314 = getelementptr inbounds float, float* %xrow5, i64 %col
  store float %in08, float* %314, align 4
  %315 = add nsw i64 %col, 1
  br label %col.head

col.exit:                                         ; preds = %col.head
  store <8 x double> zeroinitializer, <8 x double>* %sumsq.acc, align 64
  br label %sumsq.i.head

sumsq.i.head:                                     ; preds = %sumsq.i.body, %col.exit
  %sumsq.i = phi i64 [ 0, %col.exit ], [ %325, %sumsq.i.body ]
  %316 = icmp slt i64 %sumsq.i, 64
  br i1 %316, label %sumsq.i.body, label %sumsq.i.exit

sumsq.i.body:                                     ; preds = %sumsq.i.head
  %317 = getelementptr inbounds float, float* %xrow5, i64 %sumsq.i
  %318 = bitcast float* %317 to <8 x float>*
  %319 = load <8 x float>, <8 x float>* %318, align 4
  %320 = load <8 x double>, <8 x double>* %sumsq.acc, align 64
  %321 = fpext <8 x float> %319 to <8 x double>
  %322 = fsub <8 x double> %321, zeroinitializer
  %323 = fmul <8 x double> %322, %322
  %324 = fadd <8 x double> %320, %323
  store <8 x double> %324, <8 x double>* %sumsq.acc, align 64
  %325 = add nsw i64 %sumsq.i, 8
  br label %sumsq.i.head

sumsq.i.exit:                                     ; preds = %sumsq.i.head
  %326 = load <8 x double>, <8 x double>* %sumsq.acc, align 64
  %327 = extractelement <8 x double> %326, i32 0
  %328 = extractelement <8 x double> %326, i32 1
  %329 = fadd double %327, %328
  %330 = extractelement <8 x double> %326, i32 2
  %331 = fadd double %329, %330
  %332 = extractelement <8 x double> %326, i32 3
  %333 = fadd double %331, %332
  %334 = extractelement <8 x double> %326, i32 4
  %335 = fadd double %333, %334
  %336 = extractelement <8 x double> %326, i32 5
  %337 = fadd double %335, %336
  %338 = extractelement <8 x double> %326, i32 6
  %339 = fadd double %337, %338
  %340 = extractelement <8 x double> %326, i32 7
  %341 = fadd double %339, %340
  store double %341, double* %sumsq.total, align 8
  br label %sumsq.t.head

sumsq.t.head:                                     ; preds = %sumsq.t.body, %sumsq.i.exit
  %sumsq.t = phi i64 [ 64, %sumsq.i.exit ], [ %350, %sumsq.t.body ]
  %342 = icmp slt i64 %sumsq.t, 64
  br i1 %342, label %sumsq.t.body, label %sumsq.t.exit

sumsq.t.body:                                     ; preds = %sumsq.t.head
  %343 = getelementptr inbounds float, float* %xrow5, i64 %sumsq.t
  %344 = load float, float* %343, align 4
  %345 = load double, double* %sumsq.total, align 8
  %346 = fpext float %344 to double
  %347 = fsub double %346, 0.000000e+00
  %348 = fmul double %347, %347
  %349 = fadd double %345, %348
  store double %349, double* %sumsq.total, align 8
  %350 = add nsw i64 %sumsq.t, 1
  br label %sumsq.t.head

sumsq.t.exit:                                     ; preds = %sumsq.t.head
  %sumsq = load double, double* %sumsq.total, align 8
  %meansq = fdiv double %sumsq, 6.400000e+01
  %351 = fadd double %meansq, 0x3EE4F8B580000000
  %352 = call double @llvm.sqrt.f64(double %351)
  %rstd = fdiv double 1.000000e+00, %352
  br label %col2.head

col2.head:                                        ; preds = %col2.body, %sumsq.t.exit
  %col2 = phi i64 [ 0, %sumsq.t.exit ], [ %368, %col2.body ]
  %353 = icmp slt i64 %col2, 64
  br i1 %353, label %col2.body, label %col2.exit

col2.body:                                        ; preds = %col2.head
  %354 = getelementptr inbounds float, float* %xrow5, i64 %col2
  %x = load float, float* %354, align 4
  %355 = fpext float %x to double
  %opd.i9 = add i64 0, %col2
  %356 = getelementptr inbounds i16, i16* %w12, i64 %opd.i9
  %357 = load i16, i16* %356, align 2
  %358 = zext i16 %357 to i32
  %359 = shl i32 %358, 16
  %w110 = bitcast i32 %359 to float
  %360 = getelementptr inbounds float, float* %opd.z3, i64 %opd.i9
  %z11 = load float, float* %360, align 4
  %361 = fmul float %eps.row, %z11
  %w1.perturbed = fadd float %w110, %361
  %362 = fpext float %w1.perturbed to double
  %363 = fmul double %355, %rstd
  %364 = fmul double %363, %362
  %y12 = fptrunc double %364 to float
  %365 = mul i64 %row, 64
  %366 = add i64 %365, %col2
  %367 = getelementptr inbounds float, float* %y6, i64 %366
  store float %y12, float* %367, align 4
  %368 = add nsw i64 %col2, 1
  br label %col2.head

col2.exit:                                        ; preds = %col2.head
  %369 = add nsw i64 %row, 1
  br label %row.head
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <16 x float> @llvm.sqrt.v16f32(<16 x float>) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.sqrt.f64(double) #2

; Function Attrs: nounwind
define void @zk_matmul_ecb474e1a97e603e(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 11815 lines, FNV-1a 8cc1d2ef185a050b: the body left out
}

; Function Attrs: inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn
declare void @llvm.prefetch.p0i8(i8* nocapture readonly, i32 immarg, i32 immarg, i32) #3

; Function Attrs: nofree nosync nounwind readonly willreturn
declare <16 x i16> @llvm.masked.gather.v16i16.v16p0i16(<16 x i16*>, i32 immarg, <16 x i1>, <16 x i16>) #4

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #2

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v16f32.p0v16f32(<16 x float>, <16 x float>*, i32 immarg, <16 x i1>) #5

; Function Attrs: nounwind
define void @zk_rope_28def376282b5637(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
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
  %base = mul i64 %row, 64
  br label %i.head

row.exit:                                         ; preds = %row.head
  ret void

i.head:                                           ; preds = %h.exit, %row.body
  %i = phi i64 [ 0, %row.body ], [ %21, %h.exit ]
  %2 = icmp slt i64 %i, 8
  br i1 %2, label %i.body, label %i.exit

i.body:                                           ; preds = %i.head
  %3 = getelementptr inbounds double, double* getelementptr inbounds ([8 x double], [8 x double]* @zt.inv_freq.856199832b82a472, i32 0, i32 0), i64 %i
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
  %5 = icmp slt i64 %h, 4
  br i1 %5, label %h.body, label %h.exit

h.body:                                           ; preds = %h.head
  %6 = mul i64 %h, 16
  %7 = add i64 %6, %i
  %i1 = add i64 %base, %7
  %i2 = add i64 %i1, 8
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
declare double @llvm.cos.f64(double) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.sin.f64(double) #2

; Function Attrs: nounwind
define void @zk_matmul_31208508f1acf45b(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 11815 lines, FNV-1a 063fc8442140d1ca: the body left out
}

; Function Attrs: nounwind
define void @zk_rope_fd47014faf208b4a(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
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
  %base = mul i64 %row, 32
  br label %i.head

row.exit:                                         ; preds = %row.head
  ret void

i.head:                                           ; preds = %h.exit, %row.body
  %i = phi i64 [ 0, %row.body ], [ %21, %h.exit ]
  %2 = icmp slt i64 %i, 8
  br i1 %2, label %i.body, label %i.exit

i.body:                                           ; preds = %i.head
  %3 = getelementptr inbounds double, double* getelementptr inbounds ([8 x double], [8 x double]* @zt.inv_freq.856199832b82a472, i32 0, i32 0), i64 %i
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
  %5 = icmp slt i64 %h, 2
  br i1 %5, label %h.body, label %h.exit

h.body:                                           ; preds = %h.head
  %6 = mul i64 %h, 16
  %7 = add i64 %6, %i
  %i1 = add i64 %base, %7
  %i2 = add i64 %i1, 8
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

; Function Attrs: nounwind
define void @zk_attention_e649ddccc47bf761(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
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
  %scores = getelementptr inbounds i8, i8* %scratch, i64 64
  %scores6 = bitcast i8* %scores to float*
  br label %bh.head

bh.head:                                          ; preds = %i.exit, %start
  %bh = phi i64 [ %begin, %start ], [ %7, %i.exit ]
  %1 = icmp slt i64 %bh, %end
  br i1 %1, label %bh.body, label %bh.exit

bh.body:                                          ; preds = %bh.head
  %b = sdiv i64 %bh, 4
  %h = srem i64 %bh, 4
  %kvh = sdiv i64 %h, 2
  %bT = mul i64 %b, %T
  br label %i.head

bh.exit:                                          ; preds = %bh.head
  ret void

i.head:                                           ; preds = %out.exit, %bh.body
  %i = phi i64 [ 0, %bh.body ], [ %77, %out.exit ]
  %2 = icmp slt i64 %i, %T
  br i1 %2, label %i.body, label %i.exit

i.body:                                           ; preds = %i.head
  %3 = mul i64 %h, 16
  %4 = add i64 %bT, %i
  %5 = mul i64 %4, 64
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
  %9 = mul i64 %kvh, 16
  %10 = add i64 %bT, %j
  %11 = mul i64 %10, 32
  %12 = add i64 %11, %9
  %kj = getelementptr inbounds float, float* %k2, i64 %12
  store <8 x float> zeroinitializer, <8 x float>* %dot.acc, align 32
  br label %dot.i.head

j.exit:                                           ; preds = %j.head
  %max7 = load float, float* %max, align 4
  br label %zero.head

dot.i.head:                                       ; preds = %dot.i.body, %j.body
  %dot.i = phi i64 [ 0, %j.body ], [ %22, %dot.i.body ]
  %13 = icmp slt i64 %dot.i, 16
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
  %s = fmul float %qk, 2.500000e-01
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
  %43 = icmp slt i64 %zero, 16
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
  %53 = mul i64 %kvh, 16
  %54 = add i64 %bT, %j2
  %55 = mul i64 %54, 32
  %56 = add i64 %55, %53
  %vj = getelementptr inbounds float, float* %v3, i64 %56
  br label %d.head

j2.exit:                                          ; preds = %j2.head
  %sum8 = load double, double* %sum, align 8
  %57 = mul i64 %h, 16
  %58 = add i64 %bT, %i
  %59 = mul i64 %58, 64
  %60 = add i64 %59, %57
  %yi = getelementptr inbounds float, float* %y4, i64 %60
  br label %out.head

d.head:                                           ; preds = %d.body, %j2.body
  %d = phi i64 [ 0, %j2.body ], [ %68, %d.body ]
  %61 = icmp slt i64 %d, 16
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
  %70 = icmp slt i64 %out, 16
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
define void @zk_norm_5e127f42161bd882(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
entry:
  %sumsq.acc = alloca <8 x double>, align 64
  %sumsq.total = alloca double, align 8
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
  %w23 = bitcast i8* %w2 to i16*
  %9 = getelementptr inbounds i64, i64* %ints, i64 1
  %stream = load i64, i64* %9, align 8
  %opd.z = getelementptr inbounds i8, i8* %scratch, i64 0
  %opd.z4 = bitcast i8* %opd.z to float*
  %out0.add.slot = getelementptr inbounds i8*, i8** %ptrs, i64 2
  %out0.add = load i8*, i8** %out0.add.slot, align 8
  %out0.add5 = bitcast i8* %out0.add to float*
  br i1 %perturbed, label %opdz.then, label %opdz.else

opdz.then:                                        ; preds = %start
  br label %zfill.head

opdz.else:                                        ; preds = %start
  br label %opdz.join

opdz.join:                                        ; preds = %opdz.else, %zfill.t.exit
  %xrow = getelementptr inbounds i8, i8* %scratch, i64 256
  %xrow7 = bitcast i8* %xrow to float*
  %y.slot = getelementptr inbounds i8*, i8** %ptrs, i64 4
  %y = load i8*, i8** %y.slot, align 8
  %y8 = bitcast i8* %y to float*
  br label %row.head

zfill.head:                                       ; preds = %zfill.body, %opdz.then
  %zfill = phi i64 [ 0, %opdz.then ], [ %302, %zfill.body ]
  %10 = icmp slt i64 %zfill, 64
  br i1 %10, label %zfill.body, label %zfill.exit

zfill.body:                                       ; preds = %zfill.head
  %11 = add i64 0, %zfill
  %12 = insertelement <16 x i64> undef, i64 %11, i32 0
  %13 = shufflevector <16 x i64> %12, <16 x i64> undef, <16 x i32> zeroinitializer
  %14 = add <16 x i64> %13, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %pair = lshr <16 x i64> %14, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %15 = trunc <16 x i64> %pair to <16 x i32>
  %16 = lshr <16 x i64> %pair, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %17 = trunc <16 x i64> %16 to <16 x i32>
  %18 = trunc i64 %stream to i32
  %19 = insertelement <16 x i32> undef, i32 %18, i32 0
  %20 = shufflevector <16 x i32> %19, <16 x i32> undef, <16 x i32> zeroinitializer
  %key0 = trunc i64 %seed to i32
  %21 = lshr i64 %seed, 32
  %key1 = trunc i64 %21 to i32
  %22 = zext <16 x i32> %15 to <16 x i64>
  %23 = mul <16 x i64> %22, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %24 = trunc <16 x i64> %23 to <16 x i32>
  %25 = lshr <16 x i64> %23, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %26 = trunc <16 x i64> %25 to <16 x i32>
  %27 = zext <16 x i32> %20 to <16 x i64>
  %28 = mul <16 x i64> %27, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %29 = trunc <16 x i64> %28 to <16 x i32>
  %30 = lshr <16 x i64> %28, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %31 = trunc <16 x i64> %30 to <16 x i32>
  %32 = insertelement <16 x i32> undef, i32 %key0, i32 0
  %33 = shufflevector <16 x i32> %32, <16 x i32> undef, <16 x i32> zeroinitializer
  %34 = insertelement <16 x i32> undef, i32 %key1, i32 0
  %35 = shufflevector <16 x i32> %34, <16 x i32> undef, <16 x i32> zeroinitializer
  %36 = xor <16 x i32> %31, %17
  %37 = xor <16 x i32> %36, %33
  %38 = xor <16 x i32> %26, zeroinitializer
  %39 = xor <16 x i32> %38, %35
  %40 = add i32 %key0, -1640531527
  %41 = add i32 %key1, -1150833019
  %42 = zext <16 x i32> %37 to <16 x i64>
  %43 = mul <16 x i64> %42, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %44 = trunc <16 x i64> %43 to <16 x i32>
  %45 = lshr <16 x i64> %43, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %46 = trunc <16 x i64> %45 to <16 x i32>
  %47 = zext <16 x i32> %39 to <16 x i64>
  %48 = mul <16 x i64> %47, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %49 = trunc <16 x i64> %48 to <16 x i32>
  %50 = lshr <16 x i64> %48, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %51 = trunc <16 x i64> %50 to <16 x i32>
  %52 = insertelement <16 x i32> undef, i32 %40, i32 0
  %53 = shufflevector <16 x i32> %52, <16 x i32> undef, <16 x i32> zeroinitializer
  %54 = insertelement <16 x i32> undef, i32 %41, i32 0
  %55 = shufflevector <16 x i32> %54, <16 x i32> undef, <16 x i32> zeroinitializer
  %56 = xor <16 x i32> %51, %29
  %57 = xor <16 x i32> %56, %53
  %58 = xor <16 x i32> %46, %24
  %59 = xor <16 x i32> %58, %55
  %60 = add i32 %40, -1640531527
  %61 = add i32 %41, -1150833019
  %62 = zext <16 x i32> %57 to <16 x i64>
  %63 = mul <16 x i64> %62, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %64 = trunc <16 x i64> %63 to <16 x i32>
  %65 = lshr <16 x i64> %63, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %66 = trunc <16 x i64> %65 to <16 x i32>
  %67 = zext <16 x i32> %59 to <16 x i64>
  %68 = mul <16 x i64> %67, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %69 = trunc <16 x i64> %68 to <16 x i32>
  %70 = lshr <16 x i64> %68, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %71 = trunc <16 x i64> %70 to <16 x i32>
  %72 = insertelement <16 x i32> undef, i32 %60, i32 0
  %73 = shufflevector <16 x i32> %72, <16 x i32> undef, <16 x i32> zeroinitializer
  %74 = insertelement <16 x i32> undef, i32 %61, i32 0
  %75 = shufflevector <16 x i32> %74, <16 x i32> undef, <16 x i32> zeroinitializer
  %76 = xor <16 x i32> %71, %49
  %77 = xor <16 x i32> %76, %73
  %78 = xor <16 x i32> %66, %44
  %79 = xor <16 x i32> %78, %75
  %80 = add i32 %60, -1640531527
  %81 = add i32 %61, -1150833019
  %82 = zext <16 x i32> %77 to <16 x i64>
  %83 = mul <16 x i64> %82, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %84 = trunc <16 x i64> %83 to <16 x i32>
  %85 = lshr <16 x i64> %83, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %86 = trunc <16 x i64> %85 to <16 x i32>
  %87 = zext <16 x i32> %79 to <16 x i64>
  %88 = mul <16 x i64> %87, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %89 = trunc <16 x i64> %88 to <16 x i32>
  %90 = lshr <16 x i64> %88, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %91 = trunc <16 x i64> %90 to <16 x i32>
  %92 = insertelement <16 x i32> undef, i32 %80, i32 0
  %93 = shufflevector <16 x i32> %92, <16 x i32> undef, <16 x i32> zeroinitializer
  %94 = insertelement <16 x i32> undef, i32 %81, i32 0
  %95 = shufflevector <16 x i32> %94, <16 x i32> undef, <16 x i32> zeroinitializer
  %96 = xor <16 x i32> %91, %69
  %97 = xor <16 x i32> %96, %93
  %98 = xor <16 x i32> %86, %64
  %99 = xor <16 x i32> %98, %95
  %100 = add i32 %80, -1640531527
  %101 = add i32 %81, -1150833019
  %102 = zext <16 x i32> %97 to <16 x i64>
  %103 = mul <16 x i64> %102, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %104 = trunc <16 x i64> %103 to <16 x i32>
  %105 = lshr <16 x i64> %103, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %106 = trunc <16 x i64> %105 to <16 x i32>
  %107 = zext <16 x i32> %99 to <16 x i64>
  %108 = mul <16 x i64> %107, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %109 = trunc <16 x i64> %108 to <16 x i32>
  %110 = lshr <16 x i64> %108, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %111 = trunc <16 x i64> %110 to <16 x i32>
  %112 = insertelement <16 x i32> undef, i32 %100, i32 0
  %113 = shufflevector <16 x i32> %112, <16 x i32> undef, <16 x i32> zeroinitializer
  %114 = insertelement <16 x i32> undef, i32 %101, i32 0
  %115 = shufflevector <16 x i32> %114, <16 x i32> undef, <16 x i32> zeroinitializer
  %116 = xor <16 x i32> %111, %89
  %117 = xor <16 x i32> %116, %113
  %118 = xor <16 x i32> %106, %84
  %119 = xor <16 x i32> %118, %115
  %120 = add i32 %100, -1640531527
  %121 = add i32 %101, -1150833019
  %122 = zext <16 x i32> %117 to <16 x i64>
  %123 = mul <16 x i64> %122, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %124 = trunc <16 x i64> %123 to <16 x i32>
  %125 = lshr <16 x i64> %123, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %126 = trunc <16 x i64> %125 to <16 x i32>
  %127 = zext <16 x i32> %119 to <16 x i64>
  %128 = mul <16 x i64> %127, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %129 = trunc <16 x i64> %128 to <16 x i32>
  %130 = lshr <16 x i64> %128, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %131 = trunc <16 x i64> %130 to <16 x i32>
  %132 = insertelement <16 x i32> undef, i32 %120, i32 0
  %133 = shufflevector <16 x i32> %132, <16 x i32> undef, <16 x i32> zeroinitializer
  %134 = insertelement <16 x i32> undef, i32 %121, i32 0
  %135 = shufflevector <16 x i32> %134, <16 x i32> undef, <16 x i32> zeroinitializer
  %136 = xor <16 x i32> %131, %109
  %137 = xor <16 x i32> %136, %133
  %138 = xor <16 x i32> %126, %104
  %139 = xor <16 x i32> %138, %135
  %140 = add i32 %120, -1640531527
  %141 = add i32 %121, -1150833019
  %142 = zext <16 x i32> %137 to <16 x i64>
  %143 = mul <16 x i64> %142, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %144 = trunc <16 x i64> %143 to <16 x i32>
  %145 = lshr <16 x i64> %143, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %146 = trunc <16 x i64> %145 to <16 x i32>
  %147 = zext <16 x i32> %139 to <16 x i64>
  %148 = mul <16 x i64> %147, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %149 = trunc <16 x i64> %148 to <16 x i32>
  %150 = lshr <16 x i64> %148, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %151 = trunc <16 x i64> %150 to <16 x i32>
  %152 = insertelement <16 x i32> undef, i32 %140, i32 0
  %153 = shufflevector <16 x i32> %152, <16 x i32> undef, <16 x i32> zeroinitializer
  %154 = insertelement <16 x i32> undef, i32 %141, i32 0
  %155 = shufflevector <16 x i32> %154, <16 x i32> undef, <16 x i32> zeroinitializer
  %156 = xor <16 x i32> %151, %129
  %157 = xor <16 x i32> %156, %153
  %158 = xor <16 x i32> %146, %124
  %159 = xor <16 x i32> %158, %155
  %160 = add i32 %140, -1640531527
  %161 = add i32 %141, -1150833019
  %162 = zext <16 x i32> %157 to <16 x i64>
  %163 = mul <16 x i64> %162, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %164 = trunc <16 x i64> %163 to <16 x i32>
  %165 = lshr <16 x i64> %163, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %166 = trunc <16 x i64> %165 to <16 x i32>
  %167 = zext <16 x i32> %159 to <16 x i64>
  %168 = mul <16 x i64> %167, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %169 = trunc <16 x i64> %168 to <16 x i32>
  %170 = lshr <16 x i64> %168, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %171 = trunc <16 x i64> %170 to <16 x i32>
  %172 = insertelement <16 x i32> undef, i32 %160, i32 0
  %173 = shufflevector <16 x i32> %172, <16 x i32> undef, <16 x i32> zeroinitializer
  %174 = insertelement <16 x i32> undef, i32 %161, i32 0
  %175 = shufflevector <16 x i32> %174, <16 x i32> undef, <16 x i32> zeroinitializer
  %176 = xor <16 x i32> %171, %149
  %177 = xor <16 x i32> %176, %173
  %178 = xor <16 x i32> %166, %144
  %179 = xor <16 x i32> %178, %175
  %180 = add i32 %160, -1640531527
  %181 = add i32 %161, -1150833019
  %182 = zext <16 x i32> %177 to <16 x i64>
  %183 = mul <16 x i64> %182, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %184 = trunc <16 x i64> %183 to <16 x i32>
  %185 = lshr <16 x i64> %183, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %186 = trunc <16 x i64> %185 to <16 x i32>
  %187 = zext <16 x i32> %179 to <16 x i64>
  %188 = mul <16 x i64> %187, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %189 = trunc <16 x i64> %188 to <16 x i32>
  %190 = lshr <16 x i64> %188, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %191 = trunc <16 x i64> %190 to <16 x i32>
  %192 = insertelement <16 x i32> undef, i32 %180, i32 0
  %193 = shufflevector <16 x i32> %192, <16 x i32> undef, <16 x i32> zeroinitializer
  %194 = insertelement <16 x i32> undef, i32 %181, i32 0
  %195 = shufflevector <16 x i32> %194, <16 x i32> undef, <16 x i32> zeroinitializer
  %196 = xor <16 x i32> %191, %169
  %197 = xor <16 x i32> %196, %193
  %198 = xor <16 x i32> %186, %164
  %199 = xor <16 x i32> %198, %195
  %200 = add i32 %180, -1640531527
  %201 = add i32 %181, -1150833019
  %202 = zext <16 x i32> %197 to <16 x i64>
  %203 = mul <16 x i64> %202, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %204 = trunc <16 x i64> %203 to <16 x i32>
  %205 = lshr <16 x i64> %203, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %206 = trunc <16 x i64> %205 to <16 x i32>
  %207 = zext <16 x i32> %199 to <16 x i64>
  %208 = mul <16 x i64> %207, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %209 = trunc <16 x i64> %208 to <16 x i32>
  %210 = lshr <16 x i64> %208, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %211 = trunc <16 x i64> %210 to <16 x i32>
  %212 = insertelement <16 x i32> undef, i32 %200, i32 0
  %213 = shufflevector <16 x i32> %212, <16 x i32> undef, <16 x i32> zeroinitializer
  %214 = insertelement <16 x i32> undef, i32 %201, i32 0
  %215 = shufflevector <16 x i32> %214, <16 x i32> undef, <16 x i32> zeroinitializer
  %216 = xor <16 x i32> %211, %189
  %217 = xor <16 x i32> %216, %213
  %218 = xor <16 x i32> %206, %184
  %219 = xor <16 x i32> %218, %215
  %220 = lshr <16 x i32> %217, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %221 = shl <16 x i32> %220, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %222 = or <16 x i32> %221, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %223 = sitofp <16 x i32> %222 to <16 x float>
  %224 = fmul <16 x float> %223, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %225 = lshr <16 x i32> %209, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %226 = shl <16 x i32> %225, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %227 = or <16 x i32> %226, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %228 = sitofp <16 x i32> %227 to <16 x float>
  %229 = fmul <16 x float> %228, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %230 = bitcast <16 x float> %224 to <16 x i32>
  %231 = lshr <16 x i32> %230, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %232 = sub <16 x i32> %231, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %233 = and <16 x i32> %230, <i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607>
  %234 = or <16 x i32> %233, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %235 = icmp uge <16 x i32> %234, <i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891>
  %236 = sub <16 x i32> %234, <i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608>
  %237 = select <16 x i1> %235, <16 x i32> %236, <16 x i32> %234
  %238 = add <16 x i32> %232, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %239 = select <16 x i1> %235, <16 x i32> %238, <16 x i32> %232
  %240 = bitcast <16 x i32> %237 to <16 x float>
  %241 = fsub <16 x float> %240, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %242 = fadd <16 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %241
  %243 = fdiv <16 x float> %241, %242
  %244 = fmul <16 x float> %243, %243
  %245 = fmul <16 x float> %244, <float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000>
  %246 = fadd <16 x float> <float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000>, %245
  %247 = fmul <16 x float> %244, %246
  %248 = fadd <16 x float> <float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000>, %247
  %249 = fmul <16 x float> %244, %248
  %250 = fadd <16 x float> <float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000>, %249
  %251 = fmul <16 x float> %244, %250
  %252 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %251
  %253 = fadd <16 x float> %243, %243
  %254 = fmul <16 x float> %253, %252
  %255 = sitofp <16 x i32> %239 to <16 x float>
  %256 = fmul <16 x float> %255, <float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000>
  %257 = fadd <16 x float> %254, %256
  %258 = fmul <16 x float> %255, <float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000>
  %ln.u1 = fadd <16 x float> %258, %257
  %259 = fmul <16 x float> <float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00>, %ln.u1
  %r = call <16 x float> @llvm.sqrt.v16f32(<16 x float> %259)
  %260 = fmul <16 x float> %229, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %261 = fadd <16 x float> %260, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %262 = fsub <16 x float> %261, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %263 = fsub <16 x float> %260, %262
  %264 = fmul <16 x float> %263, %263
  %265 = fmul <16 x float> %264, <float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000>
  %266 = fadd <16 x float> <float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000>, %265
  %267 = fmul <16 x float> %264, %266
  %268 = fadd <16 x float> <float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000>, %267
  %269 = fmul <16 x float> %264, %268
  %270 = fadd <16 x float> <float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000>, %269
  %271 = fmul <16 x float> %264, %270
  %272 = fadd <16 x float> <float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000>, %271
  %273 = fmul <16 x float> %263, %272
  %274 = fmul <16 x float> %264, <float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000>
  %275 = fadd <16 x float> <float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000>, %274
  %276 = fmul <16 x float> %264, %275
  %277 = fadd <16 x float> <float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000>, %276
  %278 = fmul <16 x float> %264, %277
  %279 = fadd <16 x float> <float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000>, %278
  %280 = fmul <16 x float> %264, %279
  %281 = fadd <16 x float> <float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000>, %280
  %282 = fmul <16 x float> %264, %281
  %283 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %282
  %284 = fptosi <16 x float> %262 to <16 x i32>
  %quadrant = and <16 x i32> %284, <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %285 = and <16 x i32> %quadrant, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %286 = icmp ne <16 x i32> %285, zeroinitializer
  %287 = select <16 x i1> %286, <16 x float> %283, <16 x float> %273
  %288 = select <16 x i1> %286, <16 x float> %273, <16 x float> %283
  %289 = and <16 x i32> %quadrant, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %290 = icmp ne <16 x i32> %289, zeroinitializer
  %291 = add <16 x i32> %quadrant, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %292 = and <16 x i32> %291, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %293 = icmp ne <16 x i32> %292, zeroinitializer
  %294 = fneg <16 x float> %287
  %sin = select <16 x i1> %290, <16 x float> %294, <16 x float> %287
  %295 = fneg <16 x float> %288
  %cos = select <16 x i1> %293, <16 x float> %295, <16 x float> %288
  %296 = fmul <16 x float> %r, %cos
  %297 = fmul <16 x float> %r, %sin
  %298 = and <16 x i64> %14, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %299 = icmp ne <16 x i64> %298, zeroinitializer
  %z = select <16 x i1> %299, <16 x float> %297, <16 x float> %296
  %300 = getelementptr inbounds float, float* %opd.z4, i64 %zfill
  %301 = bitcast float* %300 to <16 x float>*
  store <16 x float> %z, <16 x float>* %301, align 4
  %302 = add nsw i64 %zfill, 16
  br label %zfill.head

zfill.exit:                                       ; preds = %zfill.head
  br label %zfill.t.head

zfill.t.head:                                     ; preds = %zfill.t.body, %zfill.exit
  %zfill.t = phi i64 [ 64, %zfill.exit ], [ %307, %zfill.t.body ]
  %303 = icmp slt i64 %zfill.t, 64
  br i1 %303, label %zfill.t.body, label %zfill.t.exit

zfill.t.body:                                     ; preds = %zfill.t.head
  %304 = add i64 0, %zfill.t
  %305 = trunc i64 %stream to i32
  %z6 = call float @zo_rng_normal_c(i64 %seed, i32 %305, i64 %304)
  %306 = getelementptr inbounds float, float* %opd.z4, i64 %zfill.t
  store float %z6, float* %306, align 4
  %307 = add nsw i64 %zfill.t, 1
  br label %zfill.t.head

zfill.t.exit:                                     ; preds = %zfill.t.head
  br label %opdz.join

row.head:                                         ; preds = %col2.exit, %opdz.join
  %row = phi i64 [ %begin, %opdz.join ], [ %373, %col2.exit ]
  %308 = icmp slt i64 %row, %end
  br i1 %308, label %row.body, label %row.exit

row.body:                                         ; preds = %row.head
  %309 = icmp slt i64 %row, %rows.pos
  %eps.row = select i1 %309, float %eps.pos, float %eps.neg
  br label %col.head

row.exit:                                         ; preds = %row.head
  ret void

col.head:                                         ; preds = %col.body, %row.body
  %col = phi i64 [ 0, %row.body ], [ %319, %col.body ]
  %310 = icmp slt i64 %col, 64
  br i1 %310, label %col.body, label %col.exit

col.body:                                         ; preds = %col.head
  %311 = icmp slt i64 %row, %rows.pos
  %eps.row9 = select i1 %311, float %eps.pos, float %eps.neg
  %312 = mul i64 %row, 64
  %opd.i = add i64 %312, %col
  %313 = getelementptr inbounds float, float* %in01, i64 %opd.i
  %in010 = load float, float* %313, align 4
  %314 = mul i64 %row, 64
  %opd.i11 = add i64 %314, %col
  %315 = getelementptr inbounds float, float* %in12, i64 %opd.i11
  %in112 = load float, float* %315, align 4
  %add = fadd float %in010, %in112
  %316 = mul i64 %row, 64
  %out.i = add i64 %316, %col
  %317 = getelementptr inbounds float, float* %out0.add5, i64 %out.i
  store float %add, float* %317, align 4
  %318 = getelementptr inbounds float, float* %xrow7, i64 %col
  store float %add, float* %318, align 4
  %319 = add nsw i64 %col, 1
  br label %col.head

col.exit:                                         ; preds = %col.head
  store <8 x double> zeroinitializer, <8 x double>* %sumsq.acc, align 64
  br label %sumsq.i.head

sumsq.i.head:                                     ; preds = %sumsq.i.body, %col.exit
  %sumsq.i = phi i64 [ 0, %col.exit ], [ %329, %sumsq.i.body ]
  %320 = icmp slt i64 %sumsq.i, 64
  br i1 %320, label %sumsq.i.body, label %sumsq.i.exit

sumsq.i.body:                                     ; preds = %sumsq.i.head
  %321 = getelementptr inbounds float, float* %xrow7, i64 %sumsq.i
  %322 = bitcast float* %321 to <8 x float>*
  %323 = load <8 x float>, <8 x float>* %322, align 4
  %324 = load <8 x double>, <8 x double>* %sumsq.acc, align 64
  %325 = fpext <8 x float> %323 to <8 x double>
  %326 = fsub <8 x double> %325, zeroinitializer
  %327 = fmul <8 x double> %326, %326
  %328 = fadd <8 x double> %324, %327
  store <8 x double> %328, <8 x double>* %sumsq.acc, align 64
  %329 = add nsw i64 %sumsq.i, 8
  br label %sumsq.i.head

sumsq.i.exit:                                     ; preds = %sumsq.i.head
  %330 = load <8 x double>, <8 x double>* %sumsq.acc, align 64
  %331 = extractelement <8 x double> %330, i32 0
  %332 = extractelement <8 x double> %330, i32 1
  %333 = fadd double %331, %332
  %334 = extractelement <8 x double> %330, i32 2
  %335 = fadd double %333, %334
  %336 = extractelement <8 x double> %330, i32 3
  %337 = fadd double %335, %336
  %338 = extractelement <8 x double> %330, i32 4
  %339 = fadd double %337, %338
  %340 = extractelement <8 x double> %330, i32 5
  %341 = fadd double %339, %340
  %342 = extractelement <8 x double> %330, i32 6
  %343 = fadd double %341, %342
  %344 = extractelement <8 x double> %330, i32 7
  %345 = fadd double %343, %344
  store double %345, double* %sumsq.total, align 8
  br label %sumsq.t.head

sumsq.t.head:                                     ; preds = %sumsq.t.body, %sumsq.i.exit
  %sumsq.t = phi i64 [ 64, %sumsq.i.exit ], [ %354, %sumsq.t.body ]
  %346 = icmp slt i64 %sumsq.t, 64
  br i1 %346, label %sumsq.t.body, label %sumsq.t.exit

sumsq.t.body:                                     ; preds = %sumsq.t.head
  %347 = getelementptr inbounds float, float* %xrow7, i64 %sumsq.t
  %348 = load float, float* %347, align 4
  %349 = load double, double* %sumsq.total, align 8
  %350 = fpext float %348 to double
  %351 = fsub double %350, 0.000000e+00
  %352 = fmul double %351, %351
  %353 = fadd double %349, %352
  store double %353, double* %sumsq.total, align 8
  %354 = add nsw i64 %sumsq.t, 1
  br label %sumsq.t.head

sumsq.t.exit:                                     ; preds = %sumsq.t.head
  %sumsq = load double, double* %sumsq.total, align 8
  %meansq = fdiv double %sumsq, 6.400000e+01
  %355 = fadd double %meansq, 0x3EE4F8B580000000
  %356 = call double @llvm.sqrt.f64(double %355)
  %rstd = fdiv double 1.000000e+00, %356
  br label %col2.head

col2.head:                                        ; preds = %col2.body, %sumsq.t.exit
  %col2 = phi i64 [ 0, %sumsq.t.exit ], [ %372, %col2.body ]
  %357 = icmp slt i64 %col2, 64
  br i1 %357, label %col2.body, label %col2.exit

col2.body:                                        ; preds = %col2.head
  %358 = getelementptr inbounds float, float* %xrow7, i64 %col2
  %x = load float, float* %358, align 4
  %359 = fpext float %x to double
  %opd.i13 = add i64 0, %col2
  %360 = getelementptr inbounds i16, i16* %w23, i64 %opd.i13
  %361 = load i16, i16* %360, align 2
  %362 = zext i16 %361 to i32
  %363 = shl i32 %362, 16
  %w214 = bitcast i32 %363 to float
  %364 = getelementptr inbounds float, float* %opd.z4, i64 %opd.i13
  %z15 = load float, float* %364, align 4
  %365 = fmul float %eps.row, %z15
  %w2.perturbed = fadd float %w214, %365
  %366 = fpext float %w2.perturbed to double
  %367 = fmul double %359, %rstd
  %368 = fmul double %367, %366
  %y16 = fptrunc double %368 to float
  %369 = mul i64 %row, 64
  %370 = add i64 %369, %col2
  %371 = getelementptr inbounds float, float* %y8, i64 %370
  store float %y16, float* %371, align 4
  %372 = add nsw i64 %col2, 1
  br label %col2.head

col2.exit:                                        ; preds = %col2.head
  %373 = add nsw i64 %row, 1
  br label %row.head
}

; Function Attrs: nounwind
define void @zk_matmul_2ed4ba1e266f710e(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 11815 lines, FNV-1a 373f0d7f2b43f4d5: the body left out
}

; Function Attrs: nounwind
define void @zk_matmul_e0f18768e4fd2a99(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 11938 lines, FNV-1a f7a2dc713b29f2c6: the body left out
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <16 x float> @llvm.exp.v16f32(<16 x float>) #2

; Function Attrs: nounwind
define void @zk_matmul_98aeab3f24bf360b(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 11815 lines, FNV-1a 17c9c25e4571d433: the body left out
}

; Function Attrs: nounwind
define void @zk_norm_c5a7b93bde6406dd(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
entry:
  %sumsq.acc = alloca <8 x double>, align 64
  %sumsq.total = alloca double, align 8
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
  %w2.slot = getelementptr inbounds i8*, i8** %ptrs, i64 2
  %w2 = load i8*, i8** %w2.slot, align 8
  %w23 = bitcast i8* %w2 to i16*
  %9 = getelementptr inbounds i64, i64* %ints, i64 1
  %stream = load i64, i64* %9, align 8
  %opd.z = getelementptr inbounds i8, i8* %scratch, i64 0
  %opd.z4 = bitcast i8* %opd.z to float*
  br i1 %perturbed, label %opdz.then, label %opdz.else

opdz.then:                                        ; preds = %start
  br label %zfill.head

opdz.else:                                        ; preds = %start
  br label %opdz.join

opdz.join:                                        ; preds = %opdz.else, %zfill.t.exit
  %xrow = getelementptr inbounds i8, i8* %scratch, i64 256
  %xrow6 = bitcast i8* %xrow to float*
  %y.slot = getelementptr inbounds i8*, i8** %ptrs, i64 3
  %y = load i8*, i8** %y.slot, align 8
  %y7 = bitcast i8* %y to float*
  br label %row.head

zfill.head:                                       ; preds = %zfill.body, %opdz.then
  %zfill = phi i64 [ 0, %opdz.then ], [ %302, %zfill.body ]
  %10 = icmp slt i64 %zfill, 64
  br i1 %10, label %zfill.body, label %zfill.exit

zfill.body:                                       ; preds = %zfill.head
  %11 = add i64 0, %zfill
  %12 = insertelement <16 x i64> undef, i64 %11, i32 0
  %13 = shufflevector <16 x i64> %12, <16 x i64> undef, <16 x i32> zeroinitializer
  %14 = add <16 x i64> %13, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %pair = lshr <16 x i64> %14, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %15 = trunc <16 x i64> %pair to <16 x i32>
  %16 = lshr <16 x i64> %pair, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %17 = trunc <16 x i64> %16 to <16 x i32>
  %18 = trunc i64 %stream to i32
  %19 = insertelement <16 x i32> undef, i32 %18, i32 0
  %20 = shufflevector <16 x i32> %19, <16 x i32> undef, <16 x i32> zeroinitializer
  %key0 = trunc i64 %seed to i32
  %21 = lshr i64 %seed, 32
  %key1 = trunc i64 %21 to i32
  %22 = zext <16 x i32> %15 to <16 x i64>
  %23 = mul <16 x i64> %22, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %24 = trunc <16 x i64> %23 to <16 x i32>
  %25 = lshr <16 x i64> %23, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %26 = trunc <16 x i64> %25 to <16 x i32>
  %27 = zext <16 x i32> %20 to <16 x i64>
  %28 = mul <16 x i64> %27, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %29 = trunc <16 x i64> %28 to <16 x i32>
  %30 = lshr <16 x i64> %28, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %31 = trunc <16 x i64> %30 to <16 x i32>
  %32 = insertelement <16 x i32> undef, i32 %key0, i32 0
  %33 = shufflevector <16 x i32> %32, <16 x i32> undef, <16 x i32> zeroinitializer
  %34 = insertelement <16 x i32> undef, i32 %key1, i32 0
  %35 = shufflevector <16 x i32> %34, <16 x i32> undef, <16 x i32> zeroinitializer
  %36 = xor <16 x i32> %31, %17
  %37 = xor <16 x i32> %36, %33
  %38 = xor <16 x i32> %26, zeroinitializer
  %39 = xor <16 x i32> %38, %35
  %40 = add i32 %key0, -1640531527
  %41 = add i32 %key1, -1150833019
  %42 = zext <16 x i32> %37 to <16 x i64>
  %43 = mul <16 x i64> %42, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %44 = trunc <16 x i64> %43 to <16 x i32>
  %45 = lshr <16 x i64> %43, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %46 = trunc <16 x i64> %45 to <16 x i32>
  %47 = zext <16 x i32> %39 to <16 x i64>
  %48 = mul <16 x i64> %47, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %49 = trunc <16 x i64> %48 to <16 x i32>
  %50 = lshr <16 x i64> %48, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %51 = trunc <16 x i64> %50 to <16 x i32>
  %52 = insertelement <16 x i32> undef, i32 %40, i32 0
  %53 = shufflevector <16 x i32> %52, <16 x i32> undef, <16 x i32> zeroinitializer
  %54 = insertelement <16 x i32> undef, i32 %41, i32 0
  %55 = shufflevector <16 x i32> %54, <16 x i32> undef, <16 x i32> zeroinitializer
  %56 = xor <16 x i32> %51, %29
  %57 = xor <16 x i32> %56, %53
  %58 = xor <16 x i32> %46, %24
  %59 = xor <16 x i32> %58, %55
  %60 = add i32 %40, -1640531527
  %61 = add i32 %41, -1150833019
  %62 = zext <16 x i32> %57 to <16 x i64>
  %63 = mul <16 x i64> %62, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %64 = trunc <16 x i64> %63 to <16 x i32>
  %65 = lshr <16 x i64> %63, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %66 = trunc <16 x i64> %65 to <16 x i32>
  %67 = zext <16 x i32> %59 to <16 x i64>
  %68 = mul <16 x i64> %67, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %69 = trunc <16 x i64> %68 to <16 x i32>
  %70 = lshr <16 x i64> %68, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %71 = trunc <16 x i64> %70 to <16 x i32>
  %72 = insertelement <16 x i32> undef, i32 %60, i32 0
  %73 = shufflevector <16 x i32> %72, <16 x i32> undef, <16 x i32> zeroinitializer
  %74 = insertelement <16 x i32> undef, i32 %61, i32 0
  %75 = shufflevector <16 x i32> %74, <16 x i32> undef, <16 x i32> zeroinitializer
  %76 = xor <16 x i32> %71, %49
  %77 = xor <16 x i32> %76, %73
  %78 = xor <16 x i32> %66, %44
  %79 = xor <16 x i32> %78, %75
  %80 = add i32 %60, -1640531527
  %81 = add i32 %61, -1150833019
  %82 = zext <16 x i32> %77 to <16 x i64>
  %83 = mul <16 x i64> %82, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %84 = trunc <16 x i64> %83 to <16 x i32>
  %85 = lshr <16 x i64> %83, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %86 = trunc <16 x i64> %85 to <16 x i32>
  %87 = zext <16 x i32> %79 to <16 x i64>
  %88 = mul <16 x i64> %87, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %89 = trunc <16 x i64> %88 to <16 x i32>
  %90 = lshr <16 x i64> %88, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %91 = trunc <16 x i64> %90 to <16 x i32>
  %92 = insertelement <16 x i32> undef, i32 %80, i32 0
  %93 = shufflevector <16 x i32> %92, <16 x i32> undef, <16 x i32> zeroinitializer
  %94 = insertelement <16 x i32> undef, i32 %81, i32 0
  %95 = shufflevector <16 x i32> %94, <16 x i32> undef, <16 x i32> zeroinitializer
  %96 = xor <16 x i32> %91, %69
  %97 = xor <16 x i32> %96, %93
  %98 = xor <16 x i32> %86, %64
  %99 = xor <16 x i32> %98, %95
  %100 = add i32 %80, -1640531527
  %101 = add i32 %81, -1150833019
  %102 = zext <16 x i32> %97 to <16 x i64>
  %103 = mul <16 x i64> %102, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %104 = trunc <16 x i64> %103 to <16 x i32>
  %105 = lshr <16 x i64> %103, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %106 = trunc <16 x i64> %105 to <16 x i32>
  %107 = zext <16 x i32> %99 to <16 x i64>
  %108 = mul <16 x i64> %107, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %109 = trunc <16 x i64> %108 to <16 x i32>
  %110 = lshr <16 x i64> %108, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %111 = trunc <16 x i64> %110 to <16 x i32>
  %112 = insertelement <16 x i32> undef, i32 %100, i32 0
  %113 = shufflevector <16 x i32> %112, <16 x i32> undef, <16 x i32> zeroinitializer
  %114 = insertelement <16 x i32> undef, i32 %101, i32 0
  %115 = shufflevector <16 x i32> %114, <16 x i32> undef, <16 x i32> zeroinitializer
  %116 = xor <16 x i32> %111, %89
  %117 = xor <16 x i32> %116, %113
  %118 = xor <16 x i32> %106, %84
  %119 = xor <16 x i32> %118, %115
  %120 = add i32 %100, -1640531527
  %121 = add i32 %101, -1150833019
  %122 = zext <16 x i32> %117 to <16 x i64>
  %123 = mul <16 x i64> %122, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %124 = trunc <16 x i64> %123 to <16 x i32>
  %125 = lshr <16 x i64> %123, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %126 = trunc <16 x i64> %125 to <16 x i32>
  %127 = zext <16 x i32> %119 to <16 x i64>
  %128 = mul <16 x i64> %127, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %129 = trunc <16 x i64> %128 to <16 x i32>
  %130 = lshr <16 x i64> %128, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %131 = trunc <16 x i64> %130 to <16 x i32>
  %132 = insertelement <16 x i32> undef, i32 %120, i32 0
  %133 = shufflevector <16 x i32> %132, <16 x i32> undef, <16 x i32> zeroinitializer
  %134 = insertelement <16 x i32> undef, i32 %121, i32 0
  %135 = shufflevector <16 x i32> %134, <16 x i32> undef, <16 x i32> zeroinitializer
  %136 = xor <16 x i32> %131, %109
  %137 = xor <16 x i32> %136, %133
  %138 = xor <16 x i32> %126, %104
  %139 = xor <16 x i32> %138, %135
  %140 = add i32 %120, -1640531527
  %141 = add i32 %121, -1150833019
  %142 = zext <16 x i32> %137 to <16 x i64>
  %143 = mul <16 x i64> %142, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %144 = trunc <16 x i64> %143 to <16 x i32>
  %145 = lshr <16 x i64> %143, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %146 = trunc <16 x i64> %145 to <16 x i32>
  %147 = zext <16 x i32> %139 to <16 x i64>
  %148 = mul <16 x i64> %147, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %149 = trunc <16 x i64> %148 to <16 x i32>
  %150 = lshr <16 x i64> %148, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %151 = trunc <16 x i64> %150 to <16 x i32>
  %152 = insertelement <16 x i32> undef, i32 %140, i32 0
  %153 = shufflevector <16 x i32> %152, <16 x i32> undef, <16 x i32> zeroinitializer
  %154 = insertelement <16 x i32> undef, i32 %141, i32 0
  %155 = shufflevector <16 x i32> %154, <16 x i32> undef, <16 x i32> zeroinitializer
  %156 = xor <16 x i32> %151, %129
  %157 = xor <16 x i32> %156, %153
  %158 = xor <16 x i32> %146, %124
  %159 = xor <16 x i32> %158, %155
  %160 = add i32 %140, -1640531527
  %161 = add i32 %141, -1150833019
  %162 = zext <16 x i32> %157 to <16 x i64>
  %163 = mul <16 x i64> %162, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %164 = trunc <16 x i64> %163 to <16 x i32>
  %165 = lshr <16 x i64> %163, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %166 = trunc <16 x i64> %165 to <16 x i32>
  %167 = zext <16 x i32> %159 to <16 x i64>
  %168 = mul <16 x i64> %167, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %169 = trunc <16 x i64> %168 to <16 x i32>
  %170 = lshr <16 x i64> %168, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %171 = trunc <16 x i64> %170 to <16 x i32>
  %172 = insertelement <16 x i32> undef, i32 %160, i32 0
  %173 = shufflevector <16 x i32> %172, <16 x i32> undef, <16 x i32> zeroinitializer
  %174 = insertelement <16 x i32> undef, i32 %161, i32 0
  %175 = shufflevector <16 x i32> %174, <16 x i32> undef, <16 x i32> zeroinitializer
  %176 = xor <16 x i32> %171, %149
  %177 = xor <16 x i32> %176, %173
  %178 = xor <16 x i32> %166, %144
  %179 = xor <16 x i32> %178, %175
  %180 = add i32 %160, -1640531527
  %181 = add i32 %161, -1150833019
  %182 = zext <16 x i32> %177 to <16 x i64>
  %183 = mul <16 x i64> %182, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %184 = trunc <16 x i64> %183 to <16 x i32>
  %185 = lshr <16 x i64> %183, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %186 = trunc <16 x i64> %185 to <16 x i32>
  %187 = zext <16 x i32> %179 to <16 x i64>
  %188 = mul <16 x i64> %187, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %189 = trunc <16 x i64> %188 to <16 x i32>
  %190 = lshr <16 x i64> %188, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %191 = trunc <16 x i64> %190 to <16 x i32>
  %192 = insertelement <16 x i32> undef, i32 %180, i32 0
  %193 = shufflevector <16 x i32> %192, <16 x i32> undef, <16 x i32> zeroinitializer
  %194 = insertelement <16 x i32> undef, i32 %181, i32 0
  %195 = shufflevector <16 x i32> %194, <16 x i32> undef, <16 x i32> zeroinitializer
  %196 = xor <16 x i32> %191, %169
  %197 = xor <16 x i32> %196, %193
  %198 = xor <16 x i32> %186, %164
  %199 = xor <16 x i32> %198, %195
  %200 = add i32 %180, -1640531527
  %201 = add i32 %181, -1150833019
  %202 = zext <16 x i32> %197 to <16 x i64>
  %203 = mul <16 x i64> %202, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %204 = trunc <16 x i64> %203 to <16 x i32>
  %205 = lshr <16 x i64> %203, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %206 = trunc <16 x i64> %205 to <16 x i32>
  %207 = zext <16 x i32> %199 to <16 x i64>
  %208 = mul <16 x i64> %207, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %209 = trunc <16 x i64> %208 to <16 x i32>
  %210 = lshr <16 x i64> %208, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %211 = trunc <16 x i64> %210 to <16 x i32>
  %212 = insertelement <16 x i32> undef, i32 %200, i32 0
  %213 = shufflevector <16 x i32> %212, <16 x i32> undef, <16 x i32> zeroinitializer
  %214 = insertelement <16 x i32> undef, i32 %201, i32 0
  %215 = shufflevector <16 x i32> %214, <16 x i32> undef, <16 x i32> zeroinitializer
  %216 = xor <16 x i32> %211, %189
  %217 = xor <16 x i32> %216, %213
  %218 = xor <16 x i32> %206, %184
  %219 = xor <16 x i32> %218, %215
  %220 = lshr <16 x i32> %217, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %221 = shl <16 x i32> %220, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %222 = or <16 x i32> %221, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %223 = sitofp <16 x i32> %222 to <16 x float>
  %224 = fmul <16 x float> %223, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %225 = lshr <16 x i32> %209, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %226 = shl <16 x i32> %225, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %227 = or <16 x i32> %226, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %228 = sitofp <16 x i32> %227 to <16 x float>
  %229 = fmul <16 x float> %228, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %230 = bitcast <16 x float> %224 to <16 x i32>
  %231 = lshr <16 x i32> %230, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %232 = sub <16 x i32> %231, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %233 = and <16 x i32> %230, <i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607>
  %234 = or <16 x i32> %233, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %235 = icmp uge <16 x i32> %234, <i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891>
  %236 = sub <16 x i32> %234, <i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608>
  %237 = select <16 x i1> %235, <16 x i32> %236, <16 x i32> %234
  %238 = add <16 x i32> %232, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %239 = select <16 x i1> %235, <16 x i32> %238, <16 x i32> %232
  %240 = bitcast <16 x i32> %237 to <16 x float>
  %241 = fsub <16 x float> %240, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %242 = fadd <16 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %241
  %243 = fdiv <16 x float> %241, %242
  %244 = fmul <16 x float> %243, %243
  %245 = fmul <16 x float> %244, <float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000>
  %246 = fadd <16 x float> <float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000>, %245
  %247 = fmul <16 x float> %244, %246
  %248 = fadd <16 x float> <float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000>, %247
  %249 = fmul <16 x float> %244, %248
  %250 = fadd <16 x float> <float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000>, %249
  %251 = fmul <16 x float> %244, %250
  %252 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %251
  %253 = fadd <16 x float> %243, %243
  %254 = fmul <16 x float> %253, %252
  %255 = sitofp <16 x i32> %239 to <16 x float>
  %256 = fmul <16 x float> %255, <float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000>
  %257 = fadd <16 x float> %254, %256
  %258 = fmul <16 x float> %255, <float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000>
  %ln.u1 = fadd <16 x float> %258, %257
  %259 = fmul <16 x float> <float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00>, %ln.u1
  %r = call <16 x float> @llvm.sqrt.v16f32(<16 x float> %259)
  %260 = fmul <16 x float> %229, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %261 = fadd <16 x float> %260, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %262 = fsub <16 x float> %261, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %263 = fsub <16 x float> %260, %262
  %264 = fmul <16 x float> %263, %263
  %265 = fmul <16 x float> %264, <float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000>
  %266 = fadd <16 x float> <float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000>, %265
  %267 = fmul <16 x float> %264, %266
  %268 = fadd <16 x float> <float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000>, %267
  %269 = fmul <16 x float> %264, %268
  %270 = fadd <16 x float> <float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000>, %269
  %271 = fmul <16 x float> %264, %270
  %272 = fadd <16 x float> <float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000>, %271
  %273 = fmul <16 x float> %263, %272
  %274 = fmul <16 x float> %264, <float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000>
  %275 = fadd <16 x float> <float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000>, %274
  %276 = fmul <16 x float> %264, %275
  %277 = fadd <16 x float> <float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000>, %276
  %278 = fmul <16 x float> %264, %277
  %279 = fadd <16 x float> <float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000>, %278
  %280 = fmul <16 x float> %264, %279
  %281 = fadd <16 x float> <float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000>, %280
  %282 = fmul <16 x float> %264, %281
  %283 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %282
  %284 = fptosi <16 x float> %262 to <16 x i32>
  %quadrant = and <16 x i32> %284, <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %285 = and <16 x i32> %quadrant, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %286 = icmp ne <16 x i32> %285, zeroinitializer
  %287 = select <16 x i1> %286, <16 x float> %283, <16 x float> %273
  %288 = select <16 x i1> %286, <16 x float> %273, <16 x float> %283
  %289 = and <16 x i32> %quadrant, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %290 = icmp ne <16 x i32> %289, zeroinitializer
  %291 = add <16 x i32> %quadrant, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %292 = and <16 x i32> %291, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %293 = icmp ne <16 x i32> %292, zeroinitializer
  %294 = fneg <16 x float> %287
  %sin = select <16 x i1> %290, <16 x float> %294, <16 x float> %287
  %295 = fneg <16 x float> %288
  %cos = select <16 x i1> %293, <16 x float> %295, <16 x float> %288
  %296 = fmul <16 x float> %r, %cos
  %297 = fmul <16 x float> %r, %sin
  %298 = and <16 x i64> %14, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %299 = icmp ne <16 x i64> %298, zeroinitializer
  %z = select <16 x i1> %299, <16 x float> %297, <16 x float> %296
  %300 = getelementptr inbounds float, float* %opd.z4, i64 %zfill
  %301 = bitcast float* %300 to <16 x float>*
  store <16 x float> %z, <16 x float>* %301, align 4
  %302 = add nsw i64 %zfill, 16
  br label %zfill.head

zfill.exit:                                       ; preds = %zfill.head
  br label %zfill.t.head

zfill.t.head:                                     ; preds = %zfill.t.body, %zfill.exit
  %zfill.t = phi i64 [ 64, %zfill.exit ], [ %307, %zfill.t.body ]
  %303 = icmp slt i64 %zfill.t, 64
  br i1 %303, label %zfill.t.body, label %zfill.t.exit

zfill.t.body:                                     ; preds = %zfill.t.head
  %304 = add i64 0, %zfill.t
  %305 = trunc i64 %stream to i32
  %z5 = call float @zo_rng_normal_c(i64 %seed, i32 %305, i64 %304)
  %306 = getelementptr inbounds float, float* %opd.z4, i64 %zfill.t
  store float %z5, float* %306, align 4
  %307 = add nsw i64 %zfill.t, 1
  br label %zfill.t.head

zfill.t.exit:                                     ; preds = %zfill.t.head
  br label %opdz.join

row.head:                                         ; preds = %col2.exit, %opdz.join
  %row = phi i64 [ %begin, %opdz.join ], [ %371, %col2.exit ]
  %308 = icmp slt i64 %row, %end
  br i1 %308, label %row.body, label %row.exit

row.body:                                         ; preds = %row.head
  %309 = icmp slt i64 %row, %rows.pos
  %eps.row = select i1 %309, float %eps.pos, float %eps.neg
  br label %col.head

row.exit:                                         ; preds = %row.head
  ret void

col.head:                                         ; preds = %col.body, %row.body
  %col = phi i64 [ 0, %row.body ], [ %317, %col.body ]
  %310 = icmp slt i64 %col, 64
  br i1 %310, label %col.body, label %col.exit

col.body:                                         ; preds = %col.head
  %311 = icmp slt i64 %row, %rows.pos
  %eps.row8 = select i1 %311, float %eps.pos, float %eps.neg
  %312 = mul i64 %row, 64
  %opd.i = add i64 %312, %col
  %313 = getelementptr inbounds float, float* %in01, i64 %opd.i
  %in09 = load float, float* %313, align 4
  %314 = mul i64 %row, 64
  %opd.i10 = add i64 %314, %col
  %315 = getelementptr inbounds float, float* %in12, i64 %opd.i10
  %in111 = load float, float* %315, align 4
  %add = fadd float %in09, %in111
  %316 = getelementptr inbounds float, float* %xrow6, i64 %col
  store float %add, float* %316, align 4
  %317 = add nsw i64 %col, 1
  br label %col.head

col.exit:                                         ; preds = %col.head
  store <8 x double> zeroinitializer, <8 x double>* %sumsq.acc, align 64
  br label %sumsq.i.head

sumsq.i.head:                                     ; preds = %sumsq.i.body, %col.exit
  %sumsq.i = phi i64 [ 0, %col.exit ], [ %327, %sumsq.i.body ]
  %318 = icmp slt i64 %sumsq.i, 64
  br i1 %318, label %sumsq.i.body, label %sumsq.i.exit

sumsq.i.body:                                     ; preds = %sumsq.i.head
  %319 = getelementptr inbounds float, float* %xrow6, i64 %sumsq.i
  %320 = bitcast float* %319 to <8 x float>*
  %321 = load <8 x float>, <8 x float>* %320, align 4
  %322 = load <8 x double>, <8 x double>* %sumsq.acc, align 64
  %323 = fpext <8 x float> %321 to <8 x double>
  %324 = fsub <8 x double> %323, zeroinitializer
  %325 = fmul <8 x double> %324, %324
  %326 = fadd <8 x double> %322, %325
  store <8 x double> %326, <8 x double>* %sumsq.acc, align 64
  %327 = add nsw i64 %sumsq.i, 8
  br label %sumsq.i.head

sumsq.i.exit:                                     ; preds = %sumsq.i.head
  %328 = load <8 x double>, <8 x double>* %sumsq.acc, align 64
  %329 = extractelement <8 x double> %328, i32 0
  %330 = extractelement <8 x double> %328, i32 1
  %331 = fadd double %329, %330
  %332 = extractelement <8 x double> %328, i32 2
  %333 = fadd double %331, %332
  %334 = extractelement <8 x double> %328, i32 3
  %335 = fadd double %333, %334
  %336 = extractelement <8 x double> %328, i32 4
  %337 = fadd double %335, %336
  %338 = extractelement <8 x double> %328, i32 5
  %339 = fadd double %337, %338
  %340 = extractelement <8 x double> %328, i32 6
  %341 = fadd double %339, %340
  %342 = extractelement <8 x double> %328, i32 7
  %343 = fadd double %341, %342
  store double %343, double* %sumsq.total, align 8
  br label %sumsq.t.head

sumsq.t.head:                                     ; preds = %sumsq.t.body, %sumsq.i.exit
  %sumsq.t = phi i64 [ 64, %sumsq.i.exit ], [ %352, %sumsq.t.body ]
  %344 = icmp slt i64 %sumsq.t, 64
  br i1 %344, label %sumsq.t.body, label %sumsq.t.exit

sumsq.t.body:                                     ; preds = %sumsq.t.head
  %345 = getelementptr inbounds float, float* %xrow6, i64 %sumsq.t
  %346 = load float, float* %345, align 4
  %347 = load double, double* %sumsq.total, align 8
  %348 = fpext float %346 to double
  %349 = fsub double %348, 0.000000e+00
  %350 = fmul double %349, %349
  %351 = fadd double %347, %350
  store double %351, double* %sumsq.total, align 8
  %352 = add nsw i64 %sumsq.t, 1
  br label %sumsq.t.head

sumsq.t.exit:                                     ; preds = %sumsq.t.head
  %sumsq = load double, double* %sumsq.total, align 8
  %meansq = fdiv double %sumsq, 6.400000e+01
  %353 = fadd double %meansq, 0x3EE4F8B580000000
  %354 = call double @llvm.sqrt.f64(double %353)
  %rstd = fdiv double 1.000000e+00, %354
  br label %col2.head

col2.head:                                        ; preds = %col2.body, %sumsq.t.exit
  %col2 = phi i64 [ 0, %sumsq.t.exit ], [ %370, %col2.body ]
  %355 = icmp slt i64 %col2, 64
  br i1 %355, label %col2.body, label %col2.exit

col2.body:                                        ; preds = %col2.head
  %356 = getelementptr inbounds float, float* %xrow6, i64 %col2
  %x = load float, float* %356, align 4
  %357 = fpext float %x to double
  %opd.i12 = add i64 0, %col2
  %358 = getelementptr inbounds i16, i16* %w23, i64 %opd.i12
  %359 = load i16, i16* %358, align 2
  %360 = zext i16 %359 to i32
  %361 = shl i32 %360, 16
  %w213 = bitcast i32 %361 to float
  %362 = getelementptr inbounds float, float* %opd.z4, i64 %opd.i12
  %z14 = load float, float* %362, align 4
  %363 = fmul float %eps.row, %z14
  %w2.perturbed = fadd float %w213, %363
  %364 = fpext float %w2.perturbed to double
  %365 = fmul double %357, %rstd
  %366 = fmul double %365, %364
  %y15 = fptrunc double %366 to float
  %367 = mul i64 %row, 64
  %368 = add i64 %367, %col2
  %369 = getelementptr inbounds float, float* %y7, i64 %368
  store float %y15, float* %369, align 4
  %370 = add nsw i64 %col2, 1
  br label %col2.head

col2.exit:                                        ; preds = %col2.head
  %371 = add nsw i64 %row, 1
  br label %row.head
}

attributes #0 = { nounwind }
attributes #1 = { nounwind readnone willreturn }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn }
attributes #4 = { nofree nosync nounwind readonly willreturn }
attributes #5 = { argmemonly nofree nosync nounwind willreturn writeonly }
