; `zoc llvm models/tiny.zo -D W=int8 --recipe qzo`, LLVM 14's text, without the host's target lines; a body left out is
; its digest (tests/test_codegen_golden.c says which and why)
; zoc kernels of model 'tiny': 27 kernels, 13 distinct functions
; kernel 0: embedding at %2 ; x -> @zk_embedding_bbdcf30c33b1e39b, parallel over B*T rows
; kernel 1: norm at %12 ; h -> @zk_norm_e069b0c24efd1ddf, parallel over B*T rows
; kernel 2: matmul at %13 -> @zk_matmul_5f669b6f78fcdd98, parallel over 4 column blocks
; kernel 3: rope at %14 ; q -> @zk_rope_28def376282b5637, parallel over B*T rows
; kernel 4: matmul at %15 -> @zk_matmul_aa5e70d03bcb7a98, parallel over 2 column blocks
; kernel 5: rope at %16 ; k -> @zk_rope_fd47014faf208b4a, parallel over B*T rows
; kernel 6: matmul at %17 ; v -> @zk_matmul_aa5e70d03bcb7a98, parallel over 2 column blocks
; kernel 7: attention at %18 -> @zk_attention_e649ddccc47bf761, parallel over 4*B batch*heads
; kernel 8: matmul at %19 -> @zk_matmul_5f669b6f78fcdd98, parallel over 4 column blocks
; kernel 9: norm at %21 ; h -> @zk_norm_6897a20900c24dec, parallel over B*T rows
; kernel 10: matmul at %24 -> @zk_matmul_699c19e769567b4a, parallel over 8 column blocks
; kernel 11: matmul at %25 -> @zk_matmul_feff65014838afdb, parallel over 8 column blocks
; kernel 12: matmul at %26 -> @zk_matmul_8ce8e1e222042be3, parallel over 4 column blocks
; kernel 13: norm at %37 ; h -> @zk_norm_6897a20900c24dec, parallel over B*T rows
; kernel 14: matmul at %38 -> @zk_matmul_5f669b6f78fcdd98, parallel over 4 column blocks
; kernel 15: rope at %39 ; q -> @zk_rope_28def376282b5637, parallel over B*T rows
; kernel 16: matmul at %40 -> @zk_matmul_aa5e70d03bcb7a98, parallel over 2 column blocks
; kernel 17: rope at %41 ; k -> @zk_rope_fd47014faf208b4a, parallel over B*T rows
; kernel 18: matmul at %42 ; v -> @zk_matmul_aa5e70d03bcb7a98, parallel over 2 column blocks
; kernel 19: attention at %43 -> @zk_attention_e649ddccc47bf761, parallel over 4*B batch*heads
; kernel 20: matmul at %44 -> @zk_matmul_5f669b6f78fcdd98, parallel over 4 column blocks
; kernel 21: norm at %46 ; h -> @zk_norm_6897a20900c24dec, parallel over B*T rows
; kernel 22: matmul at %49 -> @zk_matmul_699c19e769567b4a, parallel over 8 column blocks
; kernel 23: matmul at %50 -> @zk_matmul_feff65014838afdb, parallel over 8 column blocks
; kernel 24: matmul at %51 -> @zk_matmul_8ce8e1e222042be3, parallel over 4 column blocks
; kernel 25: norm at %55 -> @zk_norm_09791d26b20581c6, parallel over B*T rows
; kernel 26: matmul at %56 ; logits -> @zk_matmul_3afd914f86cc1229, parallel over 4 column blocks
; ModuleID = 'zoc_kernels'
source_filename = "zoc_kernels"

@zt.inv_freq.856199832b82a472 = private unnamed_addr constant [8 x double] [double 1.000000e+00, double 0x3FD43D136248490F, double 1.000000e-01, double 0x3FA030DC4EA03A72, double 1.000000e-02, double 0x3F69E7C6E43390B7, double 1.000000e-03, double 0x3F34B96BE9C2DA2C]

; Function Attrs: nounwind
define void @zk_embedding_bbdcf30c33b1e39b(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 66 lines, FNV-1a 690b8d76a8e70427: the body left out
}

; Function Attrs: nounwind
define void @zk_norm_e069b0c24efd1ddf(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 142 lines, FNV-1a 5a3408fa0f0e2104: the body left out
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.sqrt.f64(double) #1

; Function Attrs: nounwind
define void @zk_matmul_5f669b6f78fcdd98(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
entry:
  %hoist0.pos = alloca <16 x float>, align 64
  %hoist0.neg = alloca <16 x float>, align 64
  %chain0.0 = alloca <16 x float>, align 64
  %chain0.1 = alloca <16 x float>, align 64
  %chain0.2 = alloca <16 x float>, align 64
  %chain0.3 = alloca <16 x float>, align 64
  %nruns = alloca i64, align 8
  %chain0.0110 = alloca <16 x float>, align 64
  %chain0.1111 = alloca <16 x float>, align 64
  %chain0.2112 = alloca <16 x float>, align 64
  %chain0.3113 = alloca <16 x float>, align 64
  %chain1.0 = alloca <16 x float>, align 64
  %chain1.1 = alloca <16 x float>, align 64
  %chain1.2 = alloca <16 x float>, align 64
  %chain1.3 = alloca <16 x float>, align 64
  %nruns150 = alloca i64, align 8
  %chain0.0361 = alloca <16 x float>, align 64
  %chain0.1362 = alloca <16 x float>, align 64
  %chain0.2363 = alloca <16 x float>, align 64
  %chain0.3364 = alloca <16 x float>, align 64
  %chain1.0367 = alloca <16 x float>, align 64
  %chain1.1368 = alloca <16 x float>, align 64
  %chain1.2369 = alloca <16 x float>, align 64
  %chain1.3370 = alloca <16 x float>, align 64
  %chain2.0 = alloca <16 x float>, align 64
  %chain2.1 = alloca <16 x float>, align 64
  %chain2.2 = alloca <16 x float>, align 64
  %chain2.3 = alloca <16 x float>, align 64
  %chain3.0 = alloca <16 x float>, align 64
  %chain3.1 = alloca <16 x float>, align 64
  %chain3.2 = alloca <16 x float>, align 64
  %chain3.3 = alloca <16 x float>, align 64
  %nruns413 = alloca i64, align 8
  %acc773 = alloca <16 x float>, align 64
  %acc776 = alloca <16 x float>, align 64
  %acc779 = alloca <16 x float>, align 64
  %acc782 = alloca <16 x float>, align 64
  %acc814 = alloca <16 x float>, align 64
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
  %out0.matmul.slot = getelementptr inbounds i8*, i8** %ptrs, i64 3
  %out0.matmul = load i8*, i8** %out0.matmul.slot, align 8
  %out0.matmul2 = bitcast i8* %out0.matmul to float*
  %weight.slot = getelementptr inbounds i8*, i8** %ptrs, i64 1
  %weight = load i8*, i8** %weight.slot, align 8
  %weight_scale.slot = getelementptr inbounds i8*, i8** %ptrs, i64 2
  %weight_scale = load i8*, i8** %weight_scale.slot, align 8
  %weight_scale3 = bitcast i8* %weight_scale to half*
  %9 = getelementptr inbounds i64, i64* %ints, i64 0
  %stream.weight_scale = load i64, i64* %9, align 8
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
  %12 = add i64 %chunk, 4
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
  %18 = add nsw i64 %chunk, 4
  br label %chunk.head

zblk.head:                                        ; preds = %zpro.join, %m1.then
  %zblk = phi i64 [ 0, %m1.then ], [ %30, %zpro.join ]
  %19 = icmp slt i64 %zblk, %nblk
  br i1 %19, label %zblk.body, label %zblk.exit

zblk.body:                                        ; preds = %zblk.head
  %cb = add i64 %chunk, %zblk
  %c0 = mul i64 %cb, 16
  %20 = icmp slt i64 %c0, 48
  %n0 = select i1 %20, i64 %c0, i64 48
  %lane.lo = sub i64 %c0, %n0
  %21 = insertelement <16 x i64> undef, i64 %lane.lo, i32 0
  %22 = shufflevector <16 x i64> %21, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %22
  %23 = mul i64 %zblk, 64
  %24 = add i64 0, %23
  %zregion = getelementptr inbounds i8, i8* %scratch, i64 %24
  %25 = getelementptr inbounds i8, i8* %zregion, i64 0
  %zbuf = bitcast i8* %25 to float*
  br i1 %perturbed, label %zpro.then, label %zpro.else

zblk.exit:                                        ; preds = %zblk.head
  %runs = getelementptr inbounds i8, i8* %scratch, i64 2304
  %runs5 = bitcast i8* %runs to i64*
  br label %kt.head

zpro.then:                                        ; preds = %zblk.body
  br label %zrow.head

zpro.else:                                        ; preds = %zblk.body
  br label %zpro.join

zpro.join:                                        ; preds = %zpro.else, %zrow.exit
  %dvec = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec4 = bitcast i8* %dvec to float*
  %26 = add i64 0, %zblk
  %27 = mul i64 %26, 16
  %28 = getelementptr inbounds float, float* %dvec4, i64 %27
  %29 = bitcast float* %28 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %29, align 4
  %30 = add nsw i64 %zblk, 1
  br label %zblk.head

zrow.head:                                        ; preds = %zrow.body, %zpro.then
  %zrow = phi i64 [ 0, %zpro.then ], [ %325, %zrow.body ]
  %31 = icmp slt i64 %zrow, 1
  br i1 %31, label %zrow.body, label %zrow.exit

zrow.body:                                        ; preds = %zrow.head
  %32 = mul i64 %n0, 1
  %33 = mul i64 %zrow, 16
  %34 = getelementptr inbounds float, float* %zbuf, i64 %33
  %35 = insertelement <16 x i64> undef, i64 %32, i32 0
  %36 = shufflevector <16 x i64> %35, <16 x i64> undef, <16 x i32> zeroinitializer
  %37 = add <16 x i64> %36, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %pair = lshr <16 x i64> %37, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %38 = trunc <16 x i64> %pair to <16 x i32>
  %39 = lshr <16 x i64> %pair, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %40 = trunc <16 x i64> %39 to <16 x i32>
  %41 = trunc i64 %stream.weight_scale to i32
  %42 = insertelement <16 x i32> undef, i32 %41, i32 0
  %43 = shufflevector <16 x i32> %42, <16 x i32> undef, <16 x i32> zeroinitializer
  %key0 = trunc i64 %seed to i32
  %44 = lshr i64 %seed, 32
  %key1 = trunc i64 %44 to i32
  %45 = zext <16 x i32> %38 to <16 x i64>
  %46 = mul <16 x i64> %45, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %47 = trunc <16 x i64> %46 to <16 x i32>
  %48 = lshr <16 x i64> %46, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %49 = trunc <16 x i64> %48 to <16 x i32>
  %50 = zext <16 x i32> %43 to <16 x i64>
  %51 = mul <16 x i64> %50, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %52 = trunc <16 x i64> %51 to <16 x i32>
  %53 = lshr <16 x i64> %51, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %54 = trunc <16 x i64> %53 to <16 x i32>
  %55 = insertelement <16 x i32> undef, i32 %key0, i32 0
  %56 = shufflevector <16 x i32> %55, <16 x i32> undef, <16 x i32> zeroinitializer
  %57 = insertelement <16 x i32> undef, i32 %key1, i32 0
  %58 = shufflevector <16 x i32> %57, <16 x i32> undef, <16 x i32> zeroinitializer
  %59 = xor <16 x i32> %54, %40
  %60 = xor <16 x i32> %59, %56
  %61 = xor <16 x i32> %49, zeroinitializer
  %62 = xor <16 x i32> %61, %58
  %63 = add i32 %key0, -1640531527
  %64 = add i32 %key1, -1150833019
  %65 = zext <16 x i32> %60 to <16 x i64>
  %66 = mul <16 x i64> %65, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %67 = trunc <16 x i64> %66 to <16 x i32>
  %68 = lshr <16 x i64> %66, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %69 = trunc <16 x i64> %68 to <16 x i32>
  %70 = zext <16 x i32> %62 to <16 x i64>
  %71 = mul <16 x i64> %70, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %72 = trunc <16 x i64> %71 to <16 x i32>
  %73 = lshr <16 x i64> %71, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %74 = trunc <16 x i64> %73 to <16 x i32>
  %75 = insertelement <16 x i32> undef, i32 %63, i32 0
  %76 = shufflevector <16 x i32> %75, <16 x i32> undef, <16 x i32> zeroinitializer
  %77 = insertelement <16 x i32> undef, i32 %64, i32 0
  %78 = shufflevector <16 x i32> %77, <16 x i32> undef, <16 x i32> zeroinitializer
  %79 = xor <16 x i32> %74, %52
  %80 = xor <16 x i32> %79, %76
  %81 = xor <16 x i32> %69, %47
  %82 = xor <16 x i32> %81, %78
  %83 = add i32 %63, -1640531527
  %84 = add i32 %64, -1150833019
  %85 = zext <16 x i32> %80 to <16 x i64>
  %86 = mul <16 x i64> %85, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %87 = trunc <16 x i64> %86 to <16 x i32>
  %88 = lshr <16 x i64> %86, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %89 = trunc <16 x i64> %88 to <16 x i32>
  %90 = zext <16 x i32> %82 to <16 x i64>
  %91 = mul <16 x i64> %90, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %92 = trunc <16 x i64> %91 to <16 x i32>
  %93 = lshr <16 x i64> %91, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %94 = trunc <16 x i64> %93 to <16 x i32>
  %95 = insertelement <16 x i32> undef, i32 %83, i32 0
  %96 = shufflevector <16 x i32> %95, <16 x i32> undef, <16 x i32> zeroinitializer
  %97 = insertelement <16 x i32> undef, i32 %84, i32 0
  %98 = shufflevector <16 x i32> %97, <16 x i32> undef, <16 x i32> zeroinitializer
  %99 = xor <16 x i32> %94, %72
  %100 = xor <16 x i32> %99, %96
  %101 = xor <16 x i32> %89, %67
  %102 = xor <16 x i32> %101, %98
  %103 = add i32 %83, -1640531527
  %104 = add i32 %84, -1150833019
  %105 = zext <16 x i32> %100 to <16 x i64>
  %106 = mul <16 x i64> %105, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %107 = trunc <16 x i64> %106 to <16 x i32>
  %108 = lshr <16 x i64> %106, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %109 = trunc <16 x i64> %108 to <16 x i32>
  %110 = zext <16 x i32> %102 to <16 x i64>
  %111 = mul <16 x i64> %110, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %112 = trunc <16 x i64> %111 to <16 x i32>
  %113 = lshr <16 x i64> %111, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %114 = trunc <16 x i64> %113 to <16 x i32>
  %115 = insertelement <16 x i32> undef, i32 %103, i32 0
  %116 = shufflevector <16 x i32> %115, <16 x i32> undef, <16 x i32> zeroinitializer
  %117 = insertelement <16 x i32> undef, i32 %104, i32 0
  %118 = shufflevector <16 x i32> %117, <16 x i32> undef, <16 x i32> zeroinitializer
  %119 = xor <16 x i32> %114, %92
  %120 = xor <16 x i32> %119, %116
  %121 = xor <16 x i32> %109, %87
  %122 = xor <16 x i32> %121, %118
  %123 = add i32 %103, -1640531527
  %124 = add i32 %104, -1150833019
  %125 = zext <16 x i32> %120 to <16 x i64>
  %126 = mul <16 x i64> %125, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %127 = trunc <16 x i64> %126 to <16 x i32>
  %128 = lshr <16 x i64> %126, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %129 = trunc <16 x i64> %128 to <16 x i32>
  %130 = zext <16 x i32> %122 to <16 x i64>
  %131 = mul <16 x i64> %130, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %132 = trunc <16 x i64> %131 to <16 x i32>
  %133 = lshr <16 x i64> %131, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %134 = trunc <16 x i64> %133 to <16 x i32>
  %135 = insertelement <16 x i32> undef, i32 %123, i32 0
  %136 = shufflevector <16 x i32> %135, <16 x i32> undef, <16 x i32> zeroinitializer
  %137 = insertelement <16 x i32> undef, i32 %124, i32 0
  %138 = shufflevector <16 x i32> %137, <16 x i32> undef, <16 x i32> zeroinitializer
  %139 = xor <16 x i32> %134, %112
  %140 = xor <16 x i32> %139, %136
  %141 = xor <16 x i32> %129, %107
  %142 = xor <16 x i32> %141, %138
  %143 = add i32 %123, -1640531527
  %144 = add i32 %124, -1150833019
  %145 = zext <16 x i32> %140 to <16 x i64>
  %146 = mul <16 x i64> %145, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %147 = trunc <16 x i64> %146 to <16 x i32>
  %148 = lshr <16 x i64> %146, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %149 = trunc <16 x i64> %148 to <16 x i32>
  %150 = zext <16 x i32> %142 to <16 x i64>
  %151 = mul <16 x i64> %150, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %152 = trunc <16 x i64> %151 to <16 x i32>
  %153 = lshr <16 x i64> %151, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %154 = trunc <16 x i64> %153 to <16 x i32>
  %155 = insertelement <16 x i32> undef, i32 %143, i32 0
  %156 = shufflevector <16 x i32> %155, <16 x i32> undef, <16 x i32> zeroinitializer
  %157 = insertelement <16 x i32> undef, i32 %144, i32 0
  %158 = shufflevector <16 x i32> %157, <16 x i32> undef, <16 x i32> zeroinitializer
  %159 = xor <16 x i32> %154, %132
  %160 = xor <16 x i32> %159, %156
  %161 = xor <16 x i32> %149, %127
  %162 = xor <16 x i32> %161, %158
  %163 = add i32 %143, -1640531527
  %164 = add i32 %144, -1150833019
  %165 = zext <16 x i32> %160 to <16 x i64>
  %166 = mul <16 x i64> %165, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %167 = trunc <16 x i64> %166 to <16 x i32>
  %168 = lshr <16 x i64> %166, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %169 = trunc <16 x i64> %168 to <16 x i32>
  %170 = zext <16 x i32> %162 to <16 x i64>
  %171 = mul <16 x i64> %170, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %172 = trunc <16 x i64> %171 to <16 x i32>
  %173 = lshr <16 x i64> %171, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %174 = trunc <16 x i64> %173 to <16 x i32>
  %175 = insertelement <16 x i32> undef, i32 %163, i32 0
  %176 = shufflevector <16 x i32> %175, <16 x i32> undef, <16 x i32> zeroinitializer
  %177 = insertelement <16 x i32> undef, i32 %164, i32 0
  %178 = shufflevector <16 x i32> %177, <16 x i32> undef, <16 x i32> zeroinitializer
  %179 = xor <16 x i32> %174, %152
  %180 = xor <16 x i32> %179, %176
  %181 = xor <16 x i32> %169, %147
  %182 = xor <16 x i32> %181, %178
  %183 = add i32 %163, -1640531527
  %184 = add i32 %164, -1150833019
  %185 = zext <16 x i32> %180 to <16 x i64>
  %186 = mul <16 x i64> %185, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %187 = trunc <16 x i64> %186 to <16 x i32>
  %188 = lshr <16 x i64> %186, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %189 = trunc <16 x i64> %188 to <16 x i32>
  %190 = zext <16 x i32> %182 to <16 x i64>
  %191 = mul <16 x i64> %190, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %192 = trunc <16 x i64> %191 to <16 x i32>
  %193 = lshr <16 x i64> %191, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %194 = trunc <16 x i64> %193 to <16 x i32>
  %195 = insertelement <16 x i32> undef, i32 %183, i32 0
  %196 = shufflevector <16 x i32> %195, <16 x i32> undef, <16 x i32> zeroinitializer
  %197 = insertelement <16 x i32> undef, i32 %184, i32 0
  %198 = shufflevector <16 x i32> %197, <16 x i32> undef, <16 x i32> zeroinitializer
  %199 = xor <16 x i32> %194, %172
  %200 = xor <16 x i32> %199, %196
  %201 = xor <16 x i32> %189, %167
  %202 = xor <16 x i32> %201, %198
  %203 = add i32 %183, -1640531527
  %204 = add i32 %184, -1150833019
  %205 = zext <16 x i32> %200 to <16 x i64>
  %206 = mul <16 x i64> %205, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %207 = trunc <16 x i64> %206 to <16 x i32>
  %208 = lshr <16 x i64> %206, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %209 = trunc <16 x i64> %208 to <16 x i32>
  %210 = zext <16 x i32> %202 to <16 x i64>
  %211 = mul <16 x i64> %210, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %212 = trunc <16 x i64> %211 to <16 x i32>
  %213 = lshr <16 x i64> %211, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %214 = trunc <16 x i64> %213 to <16 x i32>
  %215 = insertelement <16 x i32> undef, i32 %203, i32 0
  %216 = shufflevector <16 x i32> %215, <16 x i32> undef, <16 x i32> zeroinitializer
  %217 = insertelement <16 x i32> undef, i32 %204, i32 0
  %218 = shufflevector <16 x i32> %217, <16 x i32> undef, <16 x i32> zeroinitializer
  %219 = xor <16 x i32> %214, %192
  %220 = xor <16 x i32> %219, %216
  %221 = xor <16 x i32> %209, %187
  %222 = xor <16 x i32> %221, %218
  %223 = add i32 %203, -1640531527
  %224 = add i32 %204, -1150833019
  %225 = zext <16 x i32> %220 to <16 x i64>
  %226 = mul <16 x i64> %225, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %227 = trunc <16 x i64> %226 to <16 x i32>
  %228 = lshr <16 x i64> %226, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %229 = trunc <16 x i64> %228 to <16 x i32>
  %230 = zext <16 x i32> %222 to <16 x i64>
  %231 = mul <16 x i64> %230, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %232 = trunc <16 x i64> %231 to <16 x i32>
  %233 = lshr <16 x i64> %231, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %234 = trunc <16 x i64> %233 to <16 x i32>
  %235 = insertelement <16 x i32> undef, i32 %223, i32 0
  %236 = shufflevector <16 x i32> %235, <16 x i32> undef, <16 x i32> zeroinitializer
  %237 = insertelement <16 x i32> undef, i32 %224, i32 0
  %238 = shufflevector <16 x i32> %237, <16 x i32> undef, <16 x i32> zeroinitializer
  %239 = xor <16 x i32> %234, %212
  %240 = xor <16 x i32> %239, %236
  %241 = xor <16 x i32> %229, %207
  %242 = xor <16 x i32> %241, %238
  %243 = lshr <16 x i32> %240, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %244 = shl <16 x i32> %243, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %245 = or <16 x i32> %244, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %246 = sitofp <16 x i32> %245 to <16 x float>
  %247 = fmul <16 x float> %246, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %248 = lshr <16 x i32> %232, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %249 = shl <16 x i32> %248, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %250 = or <16 x i32> %249, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %251 = sitofp <16 x i32> %250 to <16 x float>
  %252 = fmul <16 x float> %251, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %253 = bitcast <16 x float> %247 to <16 x i32>
  %254 = lshr <16 x i32> %253, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %255 = sub <16 x i32> %254, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %256 = and <16 x i32> %253, <i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607>
  %257 = or <16 x i32> %256, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %258 = icmp uge <16 x i32> %257, <i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891>
  %259 = sub <16 x i32> %257, <i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608>
  %260 = select <16 x i1> %258, <16 x i32> %259, <16 x i32> %257
  %261 = add <16 x i32> %255, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %262 = select <16 x i1> %258, <16 x i32> %261, <16 x i32> %255
  %263 = bitcast <16 x i32> %260 to <16 x float>
  %264 = fsub <16 x float> %263, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %265 = fadd <16 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %264
  %266 = fdiv <16 x float> %264, %265
  %267 = fmul <16 x float> %266, %266
  %268 = fmul <16 x float> %267, <float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000>
  %269 = fadd <16 x float> <float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000>, %268
  %270 = fmul <16 x float> %267, %269
  %271 = fadd <16 x float> <float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000>, %270
  %272 = fmul <16 x float> %267, %271
  %273 = fadd <16 x float> <float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000>, %272
  %274 = fmul <16 x float> %267, %273
  %275 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %274
  %276 = fadd <16 x float> %266, %266
  %277 = fmul <16 x float> %276, %275
  %278 = sitofp <16 x i32> %262 to <16 x float>
  %279 = fmul <16 x float> %278, <float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000>
  %280 = fadd <16 x float> %277, %279
  %281 = fmul <16 x float> %278, <float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000>
  %ln.u1 = fadd <16 x float> %281, %280
  %282 = fmul <16 x float> <float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00>, %ln.u1
  %r = call <16 x float> @llvm.sqrt.v16f32(<16 x float> %282)
  %283 = fmul <16 x float> %252, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %284 = fadd <16 x float> %283, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %285 = fsub <16 x float> %284, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %286 = fsub <16 x float> %283, %285
  %287 = fmul <16 x float> %286, %286
  %288 = fmul <16 x float> %287, <float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000>
  %289 = fadd <16 x float> <float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000>, %288
  %290 = fmul <16 x float> %287, %289
  %291 = fadd <16 x float> <float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000>, %290
  %292 = fmul <16 x float> %287, %291
  %293 = fadd <16 x float> <float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000>, %292
  %294 = fmul <16 x float> %287, %293
  %295 = fadd <16 x float> <float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000>, %294
  %296 = fmul <16 x float> %286, %295
  %297 = fmul <16 x float> %287, <float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000>
  %298 = fadd <16 x float> <float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000>, %297
  %299 = fmul <16 x float> %287, %298
  %300 = fadd <16 x float> <float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000>, %299
  %301 = fmul <16 x float> %287, %300
  %302 = fadd <16 x float> <float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000>, %301
  %303 = fmul <16 x float> %287, %302
  %304 = fadd <16 x float> <float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000>, %303
  %305 = fmul <16 x float> %287, %304
  %306 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %305
  %307 = fptosi <16 x float> %285 to <16 x i32>
  %quadrant = and <16 x i32> %307, <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %308 = and <16 x i32> %quadrant, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %309 = icmp ne <16 x i32> %308, zeroinitializer
  %310 = select <16 x i1> %309, <16 x float> %306, <16 x float> %296
  %311 = select <16 x i1> %309, <16 x float> %296, <16 x float> %306
  %312 = and <16 x i32> %quadrant, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %313 = icmp ne <16 x i32> %312, zeroinitializer
  %314 = add <16 x i32> %quadrant, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %315 = and <16 x i32> %314, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %316 = icmp ne <16 x i32> %315, zeroinitializer
  %317 = fneg <16 x float> %310
  %sin = select <16 x i1> %313, <16 x float> %317, <16 x float> %310
  %318 = fneg <16 x float> %311
  %cos = select <16 x i1> %316, <16 x float> %318, <16 x float> %311
  %319 = fmul <16 x float> %r, %cos
  %320 = fmul <16 x float> %r, %sin
  %321 = and <16 x i64> %37, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %322 = icmp ne <16 x i64> %321, zeroinitializer
  %z = select <16 x i1> %322, <16 x float> %320, <16 x float> %319
  %323 = getelementptr inbounds float, float* %34, i64 0
  %324 = bitcast float* %323 to <16 x float>*
  store <16 x float> %z, <16 x float>* %324, align 4
  %325 = add nsw i64 %zrow, 1
  br label %zrow.head

zrow.exit:                                        ; preds = %zrow.head
  br label %zpro.join

kt.head:                                          ; preds = %run.exit, %zblk.exit
  %kt = phi i64 [ 0, %zblk.exit ], [ %334, %run.exit ]
  %326 = icmp slt i64 %kt, 64
  br i1 %326, label %kt.body, label %kt.exit

kt.body:                                          ; preds = %kt.head
  %327 = add i64 %kt, 256
  %328 = icmp slt i64 %327, 64
  %kend = select i1 %328, i64 %327, i64 64
  store i64 0, i64* %nruns, align 8
  store i64 %kt, i64* %runs5, align 8
  store i64 1, i64* %nruns, align 8
  %nruns6 = load i64, i64* %nruns, align 8
  %329 = getelementptr inbounds i64, i64* %runs5, i64 %nruns6
  store i64 %kend, i64* %329, align 8
  br label %run.head

kt.exit:                                          ; preds = %kt.head
  br label %eblk.head

run.head:                                         ; preds = %fblk.exit, %kt.body
  %run = phi i64 [ 0, %kt.body ], [ %606, %fblk.exit ]
  %330 = icmp slt i64 %run, %nruns6
  br i1 %330, label %run.body, label %run.exit

run.body:                                         ; preds = %run.head
  %331 = getelementptr inbounds i64, i64* %runs5, i64 %run
  %ka = load i64, i64* %331, align 8
  %332 = add i64 %run, 1
  %333 = getelementptr inbounds i64, i64* %runs5, i64 %332
  %kb = load i64, i64* %333, align 8
  br label %hblk.head

run.exit:                                         ; preds = %run.head
  %334 = add nsw i64 %kt, 256
  br label %kt.head

hblk.head:                                        ; preds = %hblk.body, %run.body
  %hblk = phi i64 [ 0, %run.body ], [ %374, %hblk.body ]
  %335 = icmp slt i64 %hblk, %nblk
  br i1 %335, label %hblk.body, label %hblk.exit

hblk.body:                                        ; preds = %hblk.head
  %cb7 = add i64 %chunk, %hblk
  %c08 = mul i64 %cb7, 16
  %336 = icmp slt i64 %c08, 48
  %n09 = select i1 %336, i64 %c08, i64 48
  %lane.lo10 = sub i64 %c08, %n09
  %337 = insertelement <16 x i64> undef, i64 %lane.lo10, i32 0
  %338 = shufflevector <16 x i64> %337, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask11 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %338
  %339 = mul i64 %hblk, 64
  %340 = add i64 0, %339
  %zregion12 = getelementptr inbounds i8, i8* %scratch, i64 %340
  %341 = trunc i64 %n09 to i32
  %342 = insertelement <16 x i32> undef, i32 %341, i32 0
  %343 = shufflevector <16 x i32> %342, <16 x i32> undef, <16 x i32> zeroinitializer
  %n = add <16 x i32> %343, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %344 = sext <16 x i32> %n to <16 x i64>
  %345 = trunc i64 %n09 to i32
  %346 = sext i32 %345 to i64
  %347 = getelementptr inbounds half, half* %weight_scale3, i64 %346
  %348 = bitcast half* %347 to <16 x half>*
  %weight_scale.raw = load <16 x half>, <16 x half>* %348, align 2
  %weight_scale13 = fpext <16 x half> %weight_scale.raw to <16 x float>
  %349 = getelementptr inbounds i8, i8* %zregion12, i64 0
  %zbuf14 = bitcast i8* %349 to float*
  %350 = getelementptr inbounds float, float* %zbuf14, i64 0
  %351 = bitcast float* %350 to <16 x float>*
  %z.buf = load <16 x float>, <16 x float>* %351, align 4
  %z15 = select i1 %perturbed, <16 x float> %z.buf, <16 x float> zeroinitializer
  %352 = insertelement <16 x float> undef, float %eps.pos, i32 0
  %353 = shufflevector <16 x float> %352, <16 x float> undef, <16 x i32> zeroinitializer
  %354 = fmul <16 x float> %353, %z15
  %weight_scale.pos = fadd <16 x float> %weight_scale13, %354
  store <16 x float> %weight_scale.pos, <16 x float>* %hoist0.pos, align 64
  %355 = sext <16 x i32> %n to <16 x i64>
  %356 = sext i32 %345 to i64
  %357 = getelementptr inbounds half, half* %weight_scale3, i64 %356
  %358 = bitcast half* %357 to <16 x half>*
  %weight_scale.raw16 = load <16 x half>, <16 x half>* %358, align 2
  %weight_scale17 = fpext <16 x half> %weight_scale.raw16 to <16 x float>
  %359 = insertelement <16 x float> undef, float %eps.neg, i32 0
  %360 = shufflevector <16 x float> %359, <16 x float> undef, <16 x i32> zeroinitializer
  %361 = fmul <16 x float> %360, %z15
  %weight_scale.neg = fadd <16 x float> %weight_scale17, %361
  store <16 x float> %weight_scale.neg, <16 x float>* %hoist0.neg, align 64
  %362 = mul i64 %hblk, 128
  %363 = add i64 4416, %362
  %hstate = getelementptr inbounds i8, i8* %scratch, i64 %363
  %364 = getelementptr inbounds i8, i8* %hstate, i64 0
  %365 = bitcast i8* %364 to <16 x float>*
  %366 = load <16 x float>, <16 x float>* %hoist0.pos, align 64
  store <16 x float> %366, <16 x float>* %365, align 4
  %367 = getelementptr inbounds i8, i8* %hstate, i64 64
  %368 = bitcast i8* %367 to <16 x float>*
  %369 = load <16 x float>, <16 x float>* %hoist0.neg, align 64
  store <16 x float> %369, <16 x float>* %368, align 4
  %dvec18 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec19 = bitcast i8* %dvec18 to float*
  %370 = add i64 0, %hblk
  %371 = mul i64 %370, 16
  %372 = getelementptr inbounds float, float* %dvec19, i64 %371
  %373 = bitcast float* %372 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %373, align 4
  %374 = add nsw i64 %hblk, 1
  br label %hblk.head

hblk.exit:                                        ; preds = %hblk.head
  br label %ks.head

ks.head:                                          ; preds = %sblk.exit, %hblk.exit
  %ks = phi i64 [ %ka, %hblk.exit ], [ %402, %sblk.exit ]
  %375 = icmp slt i64 %ks, %kb
  br i1 %375, label %ks.body, label %ks.exit

ks.body:                                          ; preds = %ks.head
  %376 = add i64 %ks, 8
  %377 = icmp slt i64 %376, %kb
  %ke = select i1 %377, i64 %376, i64 %kb
  %378 = sub i64 %ke, %ks
  %full = icmp eq i64 %378, 8
  br label %sblk.head

ks.exit:                                          ; preds = %ks.head
  br label %fblk.head

sblk.head:                                        ; preds = %kstep.join, %ks.body
  %sblk = phi i64 [ 0, %ks.body ], [ %563, %kstep.join ]
  %379 = icmp slt i64 %sblk, %nblk
  br i1 %379, label %sblk.body, label %sblk.exit

sblk.body:                                        ; preds = %sblk.head
  %cb20 = add i64 %chunk, %sblk
  %c021 = mul i64 %cb20, 16
  %380 = icmp slt i64 %c021, 48
  %n022 = select i1 %380, i64 %c021, i64 48
  %lane.lo23 = sub i64 %c021, %n022
  %381 = insertelement <16 x i64> undef, i64 %lane.lo23, i32 0
  %382 = shufflevector <16 x i64> %381, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask24 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %382
  %383 = mul i64 %sblk, 64
  %384 = add i64 0, %383
  %zregion25 = getelementptr inbounds i8, i8* %scratch, i64 %384
  %385 = mul i64 %sblk, 128
  %386 = add i64 4416, %385
  %hstate26 = getelementptr inbounds i8, i8* %scratch, i64 %386
  %387 = getelementptr inbounds i8, i8* %hstate26, i64 0
  %388 = bitcast i8* %387 to <16 x float>*
  %hoist.state = load <16 x float>, <16 x float>* %388, align 4
  store <16 x float> %hoist.state, <16 x float>* %hoist0.pos, align 64
  %389 = getelementptr inbounds i8, i8* %hstate26, i64 64
  %390 = bitcast i8* %389 to <16 x float>*
  %hoist.state27 = load <16 x float>, <16 x float>* %390, align 4
  store <16 x float> %hoist.state27, <16 x float>* %hoist0.neg, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.0, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.1, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.2, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.3, align 64
  %391 = add i64 %ks, 16
  %392 = icmp slt i64 %391, 63
  %kpre = select i1 %392, i64 %391, i64 63
  %393 = trunc i64 %n022 to i32
  %394 = sext i32 %393 to i64
  %395 = trunc i64 %kpre to i32
  %396 = sext i32 %395 to i64
  %397 = mul i64 %394, 64
  %398 = add i64 %396, %397
  %399 = icmp slt i64 %398, 4095
  %400 = select i1 %399, i64 %398, i64 4095
  %401 = getelementptr inbounds i8, i8* %weight, i64 %400
  call void @llvm.prefetch.p0i8(i8* %401, i32 0, i32 3, i32 1)
  br i1 %full, label %kstep.then, label %kstep.else

sblk.exit:                                        ; preds = %sblk.head
  %402 = add nsw i64 %ks, 8
  br label %ks.head

kstep.then:                                       ; preds = %sblk.body
  %k = add i64 %ks, 0
  %403 = trunc i64 %n022 to i32
  %404 = insertelement <16 x i32> undef, i32 %403, i32 0
  %405 = shufflevector <16 x i32> %404, <16 x i32> undef, <16 x i32> zeroinitializer
  %n28 = add <16 x i32> %405, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %406 = sext <16 x i32> %n28 to <16 x i64>
  %407 = trunc i64 %k to i32
  %408 = sext i32 %407 to i64
  %409 = mul <16 x i64> %406, <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>
  %410 = insertelement <16 x i64> undef, i64 %408, i32 0
  %411 = shufflevector <16 x i64> %410, <16 x i64> undef, <16 x i32> zeroinitializer
  %412 = add <16 x i64> %411, %409
  %413 = getelementptr inbounds i8, i8* %weight, <16 x i64> %412
  %weight.raw = call <16 x i8> @llvm.masked.gather.v16i8.v16p0i8(<16 x i8*> %413, i32 1, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i8> undef)
  %414 = sext <16 x i8> %weight.raw to <16 x i64>
  %415 = trunc <16 x i64> %414 to <16 x i32>
  %416 = sitofp <16 x i32> %415 to <16 x float>
  %417 = load <16 x float>, <16 x float>* %chain0.0, align 64
  %418 = mul i64 %m, 64
  %419 = add i64 %418, %k
  %420 = getelementptr inbounds float, float* %x1, i64 %419
  %x29 = load float, float* %420, align 4
  %421 = insertelement <16 x float> undef, float %x29, i32 0
  %x.v = shufflevector <16 x float> %421, <16 x float> undef, <16 x i32> zeroinitializer
  %part = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v, <16 x float> %416, <16 x float> %417)
  store <16 x float> %part, <16 x float>* %chain0.0, align 64
  %k30 = add i64 %ks, 1
  %422 = trunc i64 %n022 to i32
  %423 = insertelement <16 x i32> undef, i32 %422, i32 0
  %424 = shufflevector <16 x i32> %423, <16 x i32> undef, <16 x i32> zeroinitializer
  %n31 = add <16 x i32> %424, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %425 = sext <16 x i32> %n31 to <16 x i64>
  %426 = trunc i64 %k30 to i32
  %427 = sext i32 %426 to i64
  %428 = mul <16 x i64> %425, <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>
  %429 = insertelement <16 x i64> undef, i64 %427, i32 0
  %430 = shufflevector <16 x i64> %429, <16 x i64> undef, <16 x i32> zeroinitializer
  %431 = add <16 x i64> %430, %428
  %432 = getelementptr inbounds i8, i8* %weight, <16 x i64> %431
  %weight.raw32 = call <16 x i8> @llvm.masked.gather.v16i8.v16p0i8(<16 x i8*> %432, i32 1, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i8> undef)
  %433 = sext <16 x i8> %weight.raw32 to <16 x i64>
  %434 = trunc <16 x i64> %433 to <16 x i32>
  %435 = sitofp <16 x i32> %434 to <16 x float>
  %436 = load <16 x float>, <16 x float>* %chain0.1, align 64
  %437 = mul i64 %m, 64
  %438 = add i64 %437, %k30
  %439 = getelementptr inbounds float, float* %x1, i64 %438
  %x33 = load float, float* %439, align 4
  %440 = insertelement <16 x float> undef, float %x33, i32 0
  %x.v34 = shufflevector <16 x float> %440, <16 x float> undef, <16 x i32> zeroinitializer
  %part35 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v34, <16 x float> %435, <16 x float> %436)
  store <16 x float> %part35, <16 x float>* %chain0.1, align 64
  %k36 = add i64 %ks, 2
  %441 = trunc i64 %n022 to i32
  %442 = insertelement <16 x i32> undef, i32 %441, i32 0
  %443 = shufflevector <16 x i32> %442, <16 x i32> undef, <16 x i32> zeroinitializer
  %n37 = add <16 x i32> %443, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %444 = sext <16 x i32> %n37 to <16 x i64>
  %445 = trunc i64 %k36 to i32
  %446 = sext i32 %445 to i64
  %447 = mul <16 x i64> %444, <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>
  %448 = insertelement <16 x i64> undef, i64 %446, i32 0
  %449 = shufflevector <16 x i64> %448, <16 x i64> undef, <16 x i32> zeroinitializer
  %450 = add <16 x i64> %449, %447
  %451 = getelementptr inbounds i8, i8* %weight, <16 x i64> %450
  %weight.raw38 = call <16 x i8> @llvm.masked.gather.v16i8.v16p0i8(<16 x i8*> %451, i32 1, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i8> undef)
  %452 = sext <16 x i8> %weight.raw38 to <16 x i64>
  %453 = trunc <16 x i64> %452 to <16 x i32>
  %454 = sitofp <16 x i32> %453 to <16 x float>
  %455 = load <16 x float>, <16 x float>* %chain0.2, align 64
  %456 = mul i64 %m, 64
  %457 = add i64 %456, %k36
  %458 = getelementptr inbounds float, float* %x1, i64 %457
  %x39 = load float, float* %458, align 4
  %459 = insertelement <16 x float> undef, float %x39, i32 0
  %x.v40 = shufflevector <16 x float> %459, <16 x float> undef, <16 x i32> zeroinitializer
  %part41 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v40, <16 x float> %454, <16 x float> %455)
  store <16 x float> %part41, <16 x float>* %chain0.2, align 64
  %k42 = add i64 %ks, 3
  %460 = trunc i64 %n022 to i32
  %461 = insertelement <16 x i32> undef, i32 %460, i32 0
  %462 = shufflevector <16 x i32> %461, <16 x i32> undef, <16 x i32> zeroinitializer
  %n43 = add <16 x i32> %462, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %463 = sext <16 x i32> %n43 to <16 x i64>
  %464 = trunc i64 %k42 to i32
  %465 = sext i32 %464 to i64
  %466 = mul <16 x i64> %463, <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>
  %467 = insertelement <16 x i64> undef, i64 %465, i32 0
  %468 = shufflevector <16 x i64> %467, <16 x i64> undef, <16 x i32> zeroinitializer
  %469 = add <16 x i64> %468, %466
  %470 = getelementptr inbounds i8, i8* %weight, <16 x i64> %469
  %weight.raw44 = call <16 x i8> @llvm.masked.gather.v16i8.v16p0i8(<16 x i8*> %470, i32 1, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i8> undef)
  %471 = sext <16 x i8> %weight.raw44 to <16 x i64>
  %472 = trunc <16 x i64> %471 to <16 x i32>
  %473 = sitofp <16 x i32> %472 to <16 x float>
  %474 = load <16 x float>, <16 x float>* %chain0.3, align 64
  %475 = mul i64 %m, 64
  %476 = add i64 %475, %k42
  %477 = getelementptr inbounds float, float* %x1, i64 %476
  %x45 = load float, float* %477, align 4
  %478 = insertelement <16 x float> undef, float %x45, i32 0
  %x.v46 = shufflevector <16 x float> %478, <16 x float> undef, <16 x i32> zeroinitializer
  %part47 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v46, <16 x float> %473, <16 x float> %474)
  store <16 x float> %part47, <16 x float>* %chain0.3, align 64
  %k48 = add i64 %ks, 4
  %479 = trunc i64 %n022 to i32
  %480 = insertelement <16 x i32> undef, i32 %479, i32 0
  %481 = shufflevector <16 x i32> %480, <16 x i32> undef, <16 x i32> zeroinitializer
  %n49 = add <16 x i32> %481, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %482 = sext <16 x i32> %n49 to <16 x i64>
  %483 = trunc i64 %k48 to i32
  %484 = sext i32 %483 to i64
  %485 = mul <16 x i64> %482, <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>
  %486 = insertelement <16 x i64> undef, i64 %484, i32 0
  %487 = shufflevector <16 x i64> %486, <16 x i64> undef, <16 x i32> zeroinitializer
  %488 = add <16 x i64> %487, %485
  %489 = getelementptr inbounds i8, i8* %weight, <16 x i64> %488
  %weight.raw50 = call <16 x i8> @llvm.masked.gather.v16i8.v16p0i8(<16 x i8*> %489, i32 1, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i8> undef)
  %490 = sext <16 x i8> %weight.raw50 to <16 x i64>
  %491 = trunc <16 x i64> %490 to <16 x i32>
  %492 = sitofp <16 x i32> %491 to <16 x float>
  %493 = load <16 x float>, <16 x float>* %chain0.0, align 64
  %494 = mul i64 %m, 64
  %495 = add i64 %494, %k48
  %496 = getelementptr inbounds float, float* %x1, i64 %495
  %x51 = load float, float* %496, align 4
  %497 = insertelement <16 x float> undef, float %x51, i32 0
  %x.v52 = shufflevector <16 x float> %497, <16 x float> undef, <16 x i32> zeroinitializer
  %part53 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v52, <16 x float> %492, <16 x float> %493)
  store <16 x float> %part53, <16 x float>* %chain0.0, align 64
  %k54 = add i64 %ks, 5
  %498 = trunc i64 %n022 to i32
  %499 = insertelement <16 x i32> undef, i32 %498, i32 0
  %500 = shufflevector <16 x i32> %499, <16 x i32> undef, <16 x i32> zeroinitializer
  %n55 = add <16 x i32> %500, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %501 = sext <16 x i32> %n55 to <16 x i64>
  %502 = trunc i64 %k54 to i32
  %503 = sext i32 %502 to i64
  %504 = mul <16 x i64> %501, <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>
  %505 = insertelement <16 x i64> undef, i64 %503, i32 0
  %506 = shufflevector <16 x i64> %505, <16 x i64> undef, <16 x i32> zeroinitializer
  %507 = add <16 x i64> %506, %504
  %508 = getelementptr inbounds i8, i8* %weight, <16 x i64> %507
  %weight.raw56 = call <16 x i8> @llvm.masked.gather.v16i8.v16p0i8(<16 x i8*> %508, i32 1, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i8> undef)
  %509 = sext <16 x i8> %weight.raw56 to <16 x i64>
  %510 = trunc <16 x i64> %509 to <16 x i32>
  %511 = sitofp <16 x i32> %510 to <16 x float>
  %512 = load <16 x float>, <16 x float>* %chain0.1, align 64
  %513 = mul i64 %m, 64
  %514 = add i64 %513, %k54
  %515 = getelementptr inbounds float, float* %x1, i64 %514
  %x57 = load float, float* %515, align 4
  %516 = insertelement <16 x float> undef, float %x57, i32 0
  %x.v58 = shufflevector <16 x float> %516, <16 x float> undef, <16 x i32> zeroinitializer
  %part59 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v58, <16 x float> %511, <16 x float> %512)
  store <16 x float> %part59, <16 x float>* %chain0.1, align 64
  %k60 = add i64 %ks, 6
  %517 = trunc i64 %n022 to i32
  %518 = insertelement <16 x i32> undef, i32 %517, i32 0
  %519 = shufflevector <16 x i32> %518, <16 x i32> undef, <16 x i32> zeroinitializer
  %n61 = add <16 x i32> %519, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %520 = sext <16 x i32> %n61 to <16 x i64>
  %521 = trunc i64 %k60 to i32
  %522 = sext i32 %521 to i64
  %523 = mul <16 x i64> %520, <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>
  %524 = insertelement <16 x i64> undef, i64 %522, i32 0
  %525 = shufflevector <16 x i64> %524, <16 x i64> undef, <16 x i32> zeroinitializer
  %526 = add <16 x i64> %525, %523
  %527 = getelementptr inbounds i8, i8* %weight, <16 x i64> %526
  %weight.raw62 = call <16 x i8> @llvm.masked.gather.v16i8.v16p0i8(<16 x i8*> %527, i32 1, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i8> undef)
  %528 = sext <16 x i8> %weight.raw62 to <16 x i64>
  %529 = trunc <16 x i64> %528 to <16 x i32>
  %530 = sitofp <16 x i32> %529 to <16 x float>
  %531 = load <16 x float>, <16 x float>* %chain0.2, align 64
  %532 = mul i64 %m, 64
  %533 = add i64 %532, %k60
  %534 = getelementptr inbounds float, float* %x1, i64 %533
  %x63 = load float, float* %534, align 4
  %535 = insertelement <16 x float> undef, float %x63, i32 0
  %x.v64 = shufflevector <16 x float> %535, <16 x float> undef, <16 x i32> zeroinitializer
  %part65 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v64, <16 x float> %530, <16 x float> %531)
  store <16 x float> %part65, <16 x float>* %chain0.2, align 64
  %k66 = add i64 %ks, 7
  %536 = trunc i64 %n022 to i32
  %537 = insertelement <16 x i32> undef, i32 %536, i32 0
  %538 = shufflevector <16 x i32> %537, <16 x i32> undef, <16 x i32> zeroinitializer
  %n67 = add <16 x i32> %538, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %539 = sext <16 x i32> %n67 to <16 x i64>
  %540 = trunc i64 %k66 to i32
  %541 = sext i32 %540 to i64
  %542 = mul <16 x i64> %539, <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>
  %543 = insertelement <16 x i64> undef, i64 %541, i32 0
  %544 = shufflevector <16 x i64> %543, <16 x i64> undef, <16 x i32> zeroinitializer
  %545 = add <16 x i64> %544, %542
  %546 = getelementptr inbounds i8, i8* %weight, <16 x i64> %545
  %weight.raw68 = call <16 x i8> @llvm.masked.gather.v16i8.v16p0i8(<16 x i8*> %546, i32 1, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i8> undef)
  %547 = sext <16 x i8> %weight.raw68 to <16 x i64>
  %548 = trunc <16 x i64> %547 to <16 x i32>
  %549 = sitofp <16 x i32> %548 to <16 x float>
  %550 = load <16 x float>, <16 x float>* %chain0.3, align 64
  %551 = mul i64 %m, 64
  %552 = add i64 %551, %k66
  %553 = getelementptr inbounds float, float* %x1, i64 %552
  %x69 = load float, float* %553, align 4
  %554 = insertelement <16 x float> undef, float %x69, i32 0
  %x.v70 = shufflevector <16 x float> %554, <16 x float> undef, <16 x i32> zeroinitializer
  %part71 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v70, <16 x float> %549, <16 x float> %550)
  store <16 x float> %part71, <16 x float>* %chain0.3, align 64
  br label %kstep.join

kstep.else:                                       ; preds = %sblk.body
  br label %k.head

kstep.join:                                       ; preds = %k.exit, %kstep.then
  %dvec78 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec79 = bitcast i8* %dvec78 to float*
  %555 = add i64 0, %sblk
  %556 = mul i64 %555, 16
  %557 = getelementptr inbounds float, float* %dvec79, i64 %556
  %558 = bitcast float* %557 to <16 x float>*
  %part80 = load <16 x float>, <16 x float>* %558, align 4
  %559 = load <16 x float>, <16 x float>* %chain0.0, align 64
  %part81 = fadd <16 x float> %part80, %559
  %560 = load <16 x float>, <16 x float>* %chain0.1, align 64
  %part82 = fadd <16 x float> %part81, %560
  %561 = load <16 x float>, <16 x float>* %chain0.2, align 64
  %part83 = fadd <16 x float> %part82, %561
  %562 = load <16 x float>, <16 x float>* %chain0.3, align 64
  %part84 = fadd <16 x float> %part83, %562
  store <16 x float> %part84, <16 x float>* %558, align 4
  %563 = add nsw i64 %sblk, 1
  br label %sblk.head

k.head:                                           ; preds = %k.body, %kstep.else
  %k72 = phi i64 [ %ks, %kstep.else ], [ %584, %k.body ]
  %564 = icmp slt i64 %k72, %ke
  br i1 %564, label %k.body, label %k.exit

k.body:                                           ; preds = %k.head
  %565 = trunc i64 %n022 to i32
  %566 = insertelement <16 x i32> undef, i32 %565, i32 0
  %567 = shufflevector <16 x i32> %566, <16 x i32> undef, <16 x i32> zeroinitializer
  %n73 = add <16 x i32> %567, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %568 = sext <16 x i32> %n73 to <16 x i64>
  %569 = trunc i64 %k72 to i32
  %570 = sext i32 %569 to i64
  %571 = mul <16 x i64> %568, <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>
  %572 = insertelement <16 x i64> undef, i64 %570, i32 0
  %573 = shufflevector <16 x i64> %572, <16 x i64> undef, <16 x i32> zeroinitializer
  %574 = add <16 x i64> %573, %571
  %575 = getelementptr inbounds i8, i8* %weight, <16 x i64> %574
  %weight.raw74 = call <16 x i8> @llvm.masked.gather.v16i8.v16p0i8(<16 x i8*> %575, i32 1, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i8> undef)
  %576 = sext <16 x i8> %weight.raw74 to <16 x i64>
  %577 = trunc <16 x i64> %576 to <16 x i32>
  %578 = sitofp <16 x i32> %577 to <16 x float>
  %579 = load <16 x float>, <16 x float>* %chain0.0, align 64
  %580 = mul i64 %m, 64
  %581 = add i64 %580, %k72
  %582 = getelementptr inbounds float, float* %x1, i64 %581
  %x75 = load float, float* %582, align 4
  %583 = insertelement <16 x float> undef, float %x75, i32 0
  %x.v76 = shufflevector <16 x float> %583, <16 x float> undef, <16 x i32> zeroinitializer
  %part77 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v76, <16 x float> %578, <16 x float> %579)
  store <16 x float> %part77, <16 x float>* %chain0.0, align 64
  %584 = add nsw i64 %k72, 1
  br label %k.head

k.exit:                                           ; preds = %k.head
  br label %kstep.join

fblk.head:                                        ; preds = %fblk.body, %ks.exit
  %fblk = phi i64 [ 0, %ks.exit ], [ %605, %fblk.body ]
  %585 = icmp slt i64 %fblk, %nblk
  br i1 %585, label %fblk.body, label %fblk.exit

fblk.body:                                        ; preds = %fblk.head
  %cb85 = add i64 %chunk, %fblk
  %c086 = mul i64 %cb85, 16
  %586 = icmp slt i64 %c086, 48
  %n087 = select i1 %586, i64 %c086, i64 48
  %lane.lo88 = sub i64 %c086, %n087
  %587 = insertelement <16 x i64> undef, i64 %lane.lo88, i32 0
  %588 = shufflevector <16 x i64> %587, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask89 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %588
  %589 = mul i64 %fblk, 64
  %590 = add i64 0, %589
  %zregion90 = getelementptr inbounds i8, i8* %scratch, i64 %590
  %591 = mul i64 %fblk, 128
  %592 = add i64 4416, %591
  %hstate91 = getelementptr inbounds i8, i8* %scratch, i64 %592
  %593 = getelementptr inbounds i8, i8* %hstate91, i64 0
  %594 = bitcast i8* %593 to <16 x float>*
  %hoist.state92 = load <16 x float>, <16 x float>* %594, align 4
  store <16 x float> %hoist.state92, <16 x float>* %hoist0.pos, align 64
  %595 = getelementptr inbounds i8, i8* %hstate91, i64 64
  %596 = bitcast i8* %595 to <16 x float>*
  %hoist.state93 = load <16 x float>, <16 x float>* %596, align 4
  store <16 x float> %hoist.state93, <16 x float>* %hoist0.neg, align 64
  %h = load <16 x float>, <16 x float>* %hoist0.pos, align 64
  %h.neg = load <16 x float>, <16 x float>* %hoist0.neg, align 64
  %dvec94 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec95 = bitcast i8* %dvec94 to float*
  %597 = add i64 0, %fblk
  %598 = mul i64 %597, 16
  %599 = getelementptr inbounds float, float* %dvec95, i64 %598
  %600 = bitcast float* %599 to <16 x float>*
  %dvec96 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec97 = bitcast i8* %dvec96 to float*
  %601 = add i64 0, %fblk
  %602 = mul i64 %601, 16
  %603 = getelementptr inbounds float, float* %dvec97, i64 %602
  %604 = bitcast float* %603 to <16 x float>*
  %part98 = load <16 x float>, <16 x float>* %604, align 4
  %acc = load <16 x float>, <16 x float>* %600, align 4
  %h.row = select i1 %neg.row, <16 x float> %h.neg, <16 x float> %h
  %acc99 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %h.row, <16 x float> %part98, <16 x float> %acc)
  store <16 x float> %acc99, <16 x float>* %600, align 4
  %605 = add nsw i64 %fblk, 1
  br label %fblk.head

fblk.exit:                                        ; preds = %fblk.head
  %606 = add nsw i64 %run, 1
  br label %run.head

eblk.head:                                        ; preds = %eblk.body, %kt.exit
  %eblk = phi i64 [ 0, %kt.exit ], [ %619, %eblk.body ]
  %607 = icmp slt i64 %eblk, %nblk
  br i1 %607, label %eblk.body, label %eblk.exit

eblk.body:                                        ; preds = %eblk.head
  %cb100 = add i64 %chunk, %eblk
  %c0101 = mul i64 %cb100, 16
  %608 = icmp slt i64 %c0101, 48
  %n0102 = select i1 %608, i64 %c0101, i64 48
  %lane.lo103 = sub i64 %c0101, %n0102
  %609 = insertelement <16 x i64> undef, i64 %lane.lo103, i32 0
  %610 = shufflevector <16 x i64> %609, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask104 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %610
  %dvec105 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec106 = bitcast i8* %dvec105 to float*
  %611 = add i64 0, %eblk
  %612 = mul i64 %611, 16
  %613 = getelementptr inbounds float, float* %dvec106, i64 %612
  %614 = bitcast float* %613 to <16 x float>*
  %acc107 = load <16 x float>, <16 x float>* %614, align 4
  %615 = icmp slt i64 %m, %rows.pos
  %eps.row = select i1 %615, float %eps.pos, float %eps.neg
  %616 = mul i64 %m, 64
  %out.i = add i64 %616, %n0102
  %617 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i
  %618 = bitcast float* %617 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc107, <16 x float>* %618, i32 4, <16 x i1> %store.mask104)
  %619 = add nsw i64 %eblk, 1
  br label %eblk.head

eblk.exit:                                        ; preds = %eblk.head
  br label %m1.join

m2.then:                                          ; preds = %m1.else
  %620 = sub i64 %M, 1
  %621 = icmp slt i64 0, %620
  %m108 = select i1 %621, i64 0, i64 %620
  %neg.row109 = icmp sge i64 %m108, %rows.pos
  %622 = sub i64 %M, 1
  %623 = icmp slt i64 1, %622
  %m114 = select i1 %623, i64 1, i64 %622
  %neg.row115 = icmp sge i64 %m114, %rows.pos
  %nblk116 = sub i64 %chunk.end, %chunk
  br label %zblk.head117

m2.else:                                          ; preds = %m1.else
  %624 = sub i64 %M, 1
  %625 = icmp slt i64 0, %624
  %m359 = select i1 %625, i64 0, i64 %624
  %neg.row360 = icmp sge i64 %m359, %rows.pos
  %626 = sub i64 %M, 1
  %627 = icmp slt i64 1, %626
  %m365 = select i1 %627, i64 1, i64 %626
  %neg.row366 = icmp sge i64 %m365, %rows.pos
  %628 = sub i64 %M, 1
  %629 = icmp slt i64 2, %628
  %m371 = select i1 %629, i64 2, i64 %628
  %neg.row372 = icmp sge i64 %m371, %rows.pos
  %630 = sub i64 %M, 1
  %631 = icmp slt i64 3, %630
  %m373 = select i1 %631, i64 3, i64 %630
  %neg.row374 = icmp sge i64 %m373, %rows.pos
  %nblk375 = sub i64 %chunk.end, %chunk
  br label %zblk.head376

m2.join:                                          ; preds = %eblk.exit693, %eblk.exit342
  br label %m1.join

zblk.head117:                                     ; preds = %zpro.join130, %m2.then
  %zblk120 = phi i64 [ 0, %m2.then ], [ %647, %zpro.join130 ]
  %632 = icmp slt i64 %zblk120, %nblk116
  br i1 %632, label %zblk.body118, label %zblk.exit119

zblk.body118:                                     ; preds = %zblk.head117
  %cb121 = add i64 %chunk, %zblk120
  %c0122 = mul i64 %cb121, 16
  %633 = icmp slt i64 %c0122, 48
  %n0123 = select i1 %633, i64 %c0122, i64 48
  %lane.lo124 = sub i64 %c0122, %n0123
  %634 = insertelement <16 x i64> undef, i64 %lane.lo124, i32 0
  %635 = shufflevector <16 x i64> %634, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask125 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %635
  %636 = mul i64 %zblk120, 64
  %637 = add i64 0, %636
  %zregion126 = getelementptr inbounds i8, i8* %scratch, i64 %637
  %638 = getelementptr inbounds i8, i8* %zregion126, i64 0
  %zbuf127 = bitcast i8* %638 to float*
  br i1 %perturbed, label %zpro.then128, label %zpro.else129

zblk.exit119:                                     ; preds = %zblk.head117
  %runs148 = getelementptr inbounds i8, i8* %scratch, i64 2304
  %runs149 = bitcast i8* %runs148 to i64*
  br label %kt.head151

zpro.then128:                                     ; preds = %zblk.body118
  br label %zrow.head131

zpro.else129:                                     ; preds = %zblk.body118
  br label %zpro.join130

zpro.join130:                                     ; preds = %zpro.else129, %zrow.exit133
  %dvec144 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec145 = bitcast i8* %dvec144 to float*
  %639 = add i64 0, %zblk120
  %640 = mul i64 %639, 16
  %641 = getelementptr inbounds float, float* %dvec145, i64 %640
  %642 = bitcast float* %641 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %642, align 4
  %dvec146 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec147 = bitcast i8* %dvec146 to float*
  %643 = add i64 4, %zblk120
  %644 = mul i64 %643, 16
  %645 = getelementptr inbounds float, float* %dvec147, i64 %644
  %646 = bitcast float* %645 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %646, align 4
  %647 = add nsw i64 %zblk120, 1
  br label %zblk.head117

zrow.head131:                                     ; preds = %zrow.body132, %zpro.then128
  %zrow134 = phi i64 [ 0, %zpro.then128 ], [ %942, %zrow.body132 ]
  %648 = icmp slt i64 %zrow134, 1
  br i1 %648, label %zrow.body132, label %zrow.exit133

zrow.body132:                                     ; preds = %zrow.head131
  %649 = mul i64 %n0123, 1
  %650 = mul i64 %zrow134, 16
  %651 = getelementptr inbounds float, float* %zbuf127, i64 %650
  %652 = insertelement <16 x i64> undef, i64 %649, i32 0
  %653 = shufflevector <16 x i64> %652, <16 x i64> undef, <16 x i32> zeroinitializer
  %654 = add <16 x i64> %653, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %pair135 = lshr <16 x i64> %654, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %655 = trunc <16 x i64> %pair135 to <16 x i32>
  %656 = lshr <16 x i64> %pair135, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %657 = trunc <16 x i64> %656 to <16 x i32>
  %658 = trunc i64 %stream.weight_scale to i32
  %659 = insertelement <16 x i32> undef, i32 %658, i32 0
  %660 = shufflevector <16 x i32> %659, <16 x i32> undef, <16 x i32> zeroinitializer
  %key0136 = trunc i64 %seed to i32
  %661 = lshr i64 %seed, 32
  %key1137 = trunc i64 %661 to i32
  %662 = zext <16 x i32> %655 to <16 x i64>
  %663 = mul <16 x i64> %662, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %664 = trunc <16 x i64> %663 to <16 x i32>
  %665 = lshr <16 x i64> %663, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %666 = trunc <16 x i64> %665 to <16 x i32>
  %667 = zext <16 x i32> %660 to <16 x i64>
  %668 = mul <16 x i64> %667, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %669 = trunc <16 x i64> %668 to <16 x i32>
  %670 = lshr <16 x i64> %668, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %671 = trunc <16 x i64> %670 to <16 x i32>
  %672 = insertelement <16 x i32> undef, i32 %key0136, i32 0
  %673 = shufflevector <16 x i32> %672, <16 x i32> undef, <16 x i32> zeroinitializer
  %674 = insertelement <16 x i32> undef, i32 %key1137, i32 0
  %675 = shufflevector <16 x i32> %674, <16 x i32> undef, <16 x i32> zeroinitializer
  %676 = xor <16 x i32> %671, %657
  %677 = xor <16 x i32> %676, %673
  %678 = xor <16 x i32> %666, zeroinitializer
  %679 = xor <16 x i32> %678, %675
  %680 = add i32 %key0136, -1640531527
  %681 = add i32 %key1137, -1150833019
  %682 = zext <16 x i32> %677 to <16 x i64>
  %683 = mul <16 x i64> %682, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %684 = trunc <16 x i64> %683 to <16 x i32>
  %685 = lshr <16 x i64> %683, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %686 = trunc <16 x i64> %685 to <16 x i32>
  %687 = zext <16 x i32> %679 to <16 x i64>
  %688 = mul <16 x i64> %687, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %689 = trunc <16 x i64> %688 to <16 x i32>
  %690 = lshr <16 x i64> %688, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %691 = trunc <16 x i64> %690 to <16 x i32>
  %692 = insertelement <16 x i32> undef, i32 %680, i32 0
  %693 = shufflevector <16 x i32> %692, <16 x i32> undef, <16 x i32> zeroinitializer
  %694 = insertelement <16 x i32> undef, i32 %681, i32 0
  %695 = shufflevector <16 x i32> %694, <16 x i32> undef, <16 x i32> zeroinitializer
  %696 = xor <16 x i32> %691, %669
  %697 = xor <16 x i32> %696, %693
  %698 = xor <16 x i32> %686, %664
  %699 = xor <16 x i32> %698, %695
  %700 = add i32 %680, -1640531527
  %701 = add i32 %681, -1150833019
  %702 = zext <16 x i32> %697 to <16 x i64>
  %703 = mul <16 x i64> %702, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %704 = trunc <16 x i64> %703 to <16 x i32>
  %705 = lshr <16 x i64> %703, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %706 = trunc <16 x i64> %705 to <16 x i32>
  %707 = zext <16 x i32> %699 to <16 x i64>
  %708 = mul <16 x i64> %707, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %709 = trunc <16 x i64> %708 to <16 x i32>
  %710 = lshr <16 x i64> %708, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %711 = trunc <16 x i64> %710 to <16 x i32>
  %712 = insertelement <16 x i32> undef, i32 %700, i32 0
  %713 = shufflevector <16 x i32> %712, <16 x i32> undef, <16 x i32> zeroinitializer
  %714 = insertelement <16 x i32> undef, i32 %701, i32 0
  %715 = shufflevector <16 x i32> %714, <16 x i32> undef, <16 x i32> zeroinitializer
  %716 = xor <16 x i32> %711, %689
  %717 = xor <16 x i32> %716, %713
  %718 = xor <16 x i32> %706, %684
  %719 = xor <16 x i32> %718, %715
  %720 = add i32 %700, -1640531527
  %721 = add i32 %701, -1150833019
  %722 = zext <16 x i32> %717 to <16 x i64>
  %723 = mul <16 x i64> %722, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %724 = trunc <16 x i64> %723 to <16 x i32>
  %725 = lshr <16 x i64> %723, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %726 = trunc <16 x i64> %725 to <16 x i32>
  %727 = zext <16 x i32> %719 to <16 x i64>
  %728 = mul <16 x i64> %727, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %729 = trunc <16 x i64> %728 to <16 x i32>
  %730 = lshr <16 x i64> %728, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %731 = trunc <16 x i64> %730 to <16 x i32>
  %732 = insertelement <16 x i32> undef, i32 %720, i32 0
  %733 = shufflevector <16 x i32> %732, <16 x i32> undef, <16 x i32> zeroinitializer
  %734 = insertelement <16 x i32> undef, i32 %721, i32 0
  %735 = shufflevector <16 x i32> %734, <16 x i32> undef, <16 x i32> zeroinitializer
  %736 = xor <16 x i32> %731, %709
  %737 = xor <16 x i32> %736, %733
  %738 = xor <16 x i32> %726, %704
  %739 = xor <16 x i32> %738, %735
  %740 = add i32 %720, -1640531527
  %741 = add i32 %721, -1150833019
  %742 = zext <16 x i32> %737 to <16 x i64>
  %743 = mul <16 x i64> %742, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %744 = trunc <16 x i64> %743 to <16 x i32>
  %745 = lshr <16 x i64> %743, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %746 = trunc <16 x i64> %745 to <16 x i32>
  %747 = zext <16 x i32> %739 to <16 x i64>
  %748 = mul <16 x i64> %747, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %749 = trunc <16 x i64> %748 to <16 x i32>
  %750 = lshr <16 x i64> %748, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %751 = trunc <16 x i64> %750 to <16 x i32>
  %752 = insertelement <16 x i32> undef, i32 %740, i32 0
  %753 = shufflevector <16 x i32> %752, <16 x i32> undef, <16 x i32> zeroinitializer
  %754 = insertelement <16 x i32> undef, i32 %741, i32 0
  %755 = shufflevector <16 x i32> %754, <16 x i32> undef, <16 x i32> zeroinitializer
  %756 = xor <16 x i32> %751, %729
  %757 = xor <16 x i32> %756, %753
  %758 = xor <16 x i32> %746, %724
  %759 = xor <16 x i32> %758, %755
  %760 = add i32 %740, -1640531527
  %761 = add i32 %741, -1150833019
  %762 = zext <16 x i32> %757 to <16 x i64>
  %763 = mul <16 x i64> %762, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %764 = trunc <16 x i64> %763 to <16 x i32>
  %765 = lshr <16 x i64> %763, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %766 = trunc <16 x i64> %765 to <16 x i32>
  %767 = zext <16 x i32> %759 to <16 x i64>
  %768 = mul <16 x i64> %767, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %769 = trunc <16 x i64> %768 to <16 x i32>
  %770 = lshr <16 x i64> %768, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %771 = trunc <16 x i64> %770 to <16 x i32>
  %772 = insertelement <16 x i32> undef, i32 %760, i32 0
  %773 = shufflevector <16 x i32> %772, <16 x i32> undef, <16 x i32> zeroinitializer
  %774 = insertelement <16 x i32> undef, i32 %761, i32 0
  %775 = shufflevector <16 x i32> %774, <16 x i32> undef, <16 x i32> zeroinitializer
  %776 = xor <16 x i32> %771, %749
  %777 = xor <16 x i32> %776, %773
  %778 = xor <16 x i32> %766, %744
  %779 = xor <16 x i32> %778, %775
  %780 = add i32 %760, -1640531527
  %781 = add i32 %761, -1150833019
  %782 = zext <16 x i32> %777 to <16 x i64>
  %783 = mul <16 x i64> %782, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %784 = trunc <16 x i64> %783 to <16 x i32>
  %785 = lshr <16 x i64> %783, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %786 = trunc <16 x i64> %785 to <16 x i32>
  %787 = zext <16 x i32> %779 to <16 x i64>
  %788 = mul <16 x i64> %787, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %789 = trunc <16 x i64> %788 to <16 x i32>
  %790 = lshr <16 x i64> %788, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %791 = trunc <16 x i64> %790 to <16 x i32>
  %792 = insertelement <16 x i32> undef, i32 %780, i32 0
  %793 = shufflevector <16 x i32> %792, <16 x i32> undef, <16 x i32> zeroinitializer
  %794 = insertelement <16 x i32> undef, i32 %781, i32 0
  %795 = shufflevector <16 x i32> %794, <16 x i32> undef, <16 x i32> zeroinitializer
  %796 = xor <16 x i32> %791, %769
  %797 = xor <16 x i32> %796, %793
  %798 = xor <16 x i32> %786, %764
  %799 = xor <16 x i32> %798, %795
  %800 = add i32 %780, -1640531527
  %801 = add i32 %781, -1150833019
  %802 = zext <16 x i32> %797 to <16 x i64>
  %803 = mul <16 x i64> %802, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %804 = trunc <16 x i64> %803 to <16 x i32>
  %805 = lshr <16 x i64> %803, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %806 = trunc <16 x i64> %805 to <16 x i32>
  %807 = zext <16 x i32> %799 to <16 x i64>
  %808 = mul <16 x i64> %807, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %809 = trunc <16 x i64> %808 to <16 x i32>
  %810 = lshr <16 x i64> %808, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %811 = trunc <16 x i64> %810 to <16 x i32>
  %812 = insertelement <16 x i32> undef, i32 %800, i32 0
  %813 = shufflevector <16 x i32> %812, <16 x i32> undef, <16 x i32> zeroinitializer
  %814 = insertelement <16 x i32> undef, i32 %801, i32 0
  %815 = shufflevector <16 x i32> %814, <16 x i32> undef, <16 x i32> zeroinitializer
  %816 = xor <16 x i32> %811, %789
  %817 = xor <16 x i32> %816, %813
  %818 = xor <16 x i32> %806, %784
  %819 = xor <16 x i32> %818, %815
  %820 = add i32 %800, -1640531527
  %821 = add i32 %801, -1150833019
  %822 = zext <16 x i32> %817 to <16 x i64>
  %823 = mul <16 x i64> %822, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %824 = trunc <16 x i64> %823 to <16 x i32>
  %825 = lshr <16 x i64> %823, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %826 = trunc <16 x i64> %825 to <16 x i32>
  %827 = zext <16 x i32> %819 to <16 x i64>
  %828 = mul <16 x i64> %827, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %829 = trunc <16 x i64> %828 to <16 x i32>
  %830 = lshr <16 x i64> %828, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %831 = trunc <16 x i64> %830 to <16 x i32>
  %832 = insertelement <16 x i32> undef, i32 %820, i32 0
  %833 = shufflevector <16 x i32> %832, <16 x i32> undef, <16 x i32> zeroinitializer
  %834 = insertelement <16 x i32> undef, i32 %821, i32 0
  %835 = shufflevector <16 x i32> %834, <16 x i32> undef, <16 x i32> zeroinitializer
  %836 = xor <16 x i32> %831, %809
  %837 = xor <16 x i32> %836, %833
  %838 = xor <16 x i32> %826, %804
  %839 = xor <16 x i32> %838, %835
  %840 = add i32 %820, -1640531527
  %841 = add i32 %821, -1150833019
  %842 = zext <16 x i32> %837 to <16 x i64>
  %843 = mul <16 x i64> %842, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %844 = trunc <16 x i64> %843 to <16 x i32>
  %845 = lshr <16 x i64> %843, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %846 = trunc <16 x i64> %845 to <16 x i32>
  %847 = zext <16 x i32> %839 to <16 x i64>
  %848 = mul <16 x i64> %847, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %849 = trunc <16 x i64> %848 to <16 x i32>
  %850 = lshr <16 x i64> %848, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %851 = trunc <16 x i64> %850 to <16 x i32>
  %852 = insertelement <16 x i32> undef, i32 %840, i32 0
  %853 = shufflevector <16 x i32> %852, <16 x i32> undef, <16 x i32> zeroinitializer
  %854 = insertelement <16 x i32> undef, i32 %841, i32 0
  %855 = shufflevector <16 x i32> %854, <16 x i32> undef, <16 x i32> zeroinitializer
  %856 = xor <16 x i32> %851, %829
  %857 = xor <16 x i32> %856, %853
  %858 = xor <16 x i32> %846, %824
  %859 = xor <16 x i32> %858, %855
  %860 = lshr <16 x i32> %857, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %861 = shl <16 x i32> %860, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %862 = or <16 x i32> %861, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %863 = sitofp <16 x i32> %862 to <16 x float>
  %864 = fmul <16 x float> %863, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %865 = lshr <16 x i32> %849, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %866 = shl <16 x i32> %865, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %867 = or <16 x i32> %866, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %868 = sitofp <16 x i32> %867 to <16 x float>
  %869 = fmul <16 x float> %868, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %870 = bitcast <16 x float> %864 to <16 x i32>
  %871 = lshr <16 x i32> %870, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %872 = sub <16 x i32> %871, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %873 = and <16 x i32> %870, <i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607>
  %874 = or <16 x i32> %873, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %875 = icmp uge <16 x i32> %874, <i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891>
  %876 = sub <16 x i32> %874, <i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608>
  %877 = select <16 x i1> %875, <16 x i32> %876, <16 x i32> %874
  %878 = add <16 x i32> %872, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %879 = select <16 x i1> %875, <16 x i32> %878, <16 x i32> %872
  %880 = bitcast <16 x i32> %877 to <16 x float>
  %881 = fsub <16 x float> %880, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %882 = fadd <16 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %881
  %883 = fdiv <16 x float> %881, %882
  %884 = fmul <16 x float> %883, %883
  %885 = fmul <16 x float> %884, <float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000>
  %886 = fadd <16 x float> <float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000>, %885
  %887 = fmul <16 x float> %884, %886
  %888 = fadd <16 x float> <float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000>, %887
  %889 = fmul <16 x float> %884, %888
  %890 = fadd <16 x float> <float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000>, %889
  %891 = fmul <16 x float> %884, %890
  %892 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %891
  %893 = fadd <16 x float> %883, %883
  %894 = fmul <16 x float> %893, %892
  %895 = sitofp <16 x i32> %879 to <16 x float>
  %896 = fmul <16 x float> %895, <float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000>
  %897 = fadd <16 x float> %894, %896
  %898 = fmul <16 x float> %895, <float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000>
  %ln.u1138 = fadd <16 x float> %898, %897
  %899 = fmul <16 x float> <float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00>, %ln.u1138
  %r139 = call <16 x float> @llvm.sqrt.v16f32(<16 x float> %899)
  %900 = fmul <16 x float> %869, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %901 = fadd <16 x float> %900, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %902 = fsub <16 x float> %901, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %903 = fsub <16 x float> %900, %902
  %904 = fmul <16 x float> %903, %903
  %905 = fmul <16 x float> %904, <float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000>
  %906 = fadd <16 x float> <float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000>, %905
  %907 = fmul <16 x float> %904, %906
  %908 = fadd <16 x float> <float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000>, %907
  %909 = fmul <16 x float> %904, %908
  %910 = fadd <16 x float> <float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000>, %909
  %911 = fmul <16 x float> %904, %910
  %912 = fadd <16 x float> <float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000>, %911
  %913 = fmul <16 x float> %903, %912
  %914 = fmul <16 x float> %904, <float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000>
  %915 = fadd <16 x float> <float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000>, %914
  %916 = fmul <16 x float> %904, %915
  %917 = fadd <16 x float> <float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000>, %916
  %918 = fmul <16 x float> %904, %917
  %919 = fadd <16 x float> <float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000>, %918
  %920 = fmul <16 x float> %904, %919
  %921 = fadd <16 x float> <float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000>, %920
  %922 = fmul <16 x float> %904, %921
  %923 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %922
  %924 = fptosi <16 x float> %902 to <16 x i32>
  %quadrant140 = and <16 x i32> %924, <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %925 = and <16 x i32> %quadrant140, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %926 = icmp ne <16 x i32> %925, zeroinitializer
  %927 = select <16 x i1> %926, <16 x float> %923, <16 x float> %913
  %928 = select <16 x i1> %926, <16 x float> %913, <16 x float> %923
  %929 = and <16 x i32> %quadrant140, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %930 = icmp ne <16 x i32> %929, zeroinitializer
  %931 = add <16 x i32> %quadrant140, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %932 = and <16 x i32> %931, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %933 = icmp ne <16 x i32> %932, zeroinitializer
  %934 = fneg <16 x float> %927
  %sin141 = select <16 x i1> %930, <16 x float> %934, <16 x float> %927
  %935 = fneg <16 x float> %928
  %cos142 = select <16 x i1> %933, <16 x float> %935, <16 x float> %928
  %936 = fmul <16 x float> %r139, %cos142
  %937 = fmul <16 x float> %r139, %sin141
  %938 = and <16 x i64> %654, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %939 = icmp ne <16 x i64> %938, zeroinitializer
  %z143 = select <16 x i1> %939, <16 x float> %937, <16 x float> %936
  %940 = getelementptr inbounds float, float* %651, i64 0
  %941 = bitcast float* %940 to <16 x float>*
  store <16 x float> %z143, <16 x float>* %941, align 4
  %942 = add nsw i64 %zrow134, 1
  br label %zrow.head131

zrow.exit133:                                     ; preds = %zrow.head131
  br label %zpro.join130

kt.head151:                                       ; preds = %run.exit159, %zblk.exit119
  %kt154 = phi i64 [ 0, %zblk.exit119 ], [ %951, %run.exit159 ]
  %943 = icmp slt i64 %kt154, 64
  br i1 %943, label %kt.body152, label %kt.exit153

kt.body152:                                       ; preds = %kt.head151
  %944 = add i64 %kt154, 256
  %945 = icmp slt i64 %944, 64
  %kend155 = select i1 %945, i64 %944, i64 64
  store i64 0, i64* %nruns150, align 8
  store i64 %kt154, i64* %runs149, align 8
  store i64 1, i64* %nruns150, align 8
  %nruns156 = load i64, i64* %nruns150, align 8
  %946 = getelementptr inbounds i64, i64* %runs149, i64 %nruns156
  store i64 %kend155, i64* %946, align 8
  br label %run.head157

kt.exit153:                                       ; preds = %kt.head151
  br label %eblk.head340

run.head157:                                      ; preds = %fblk.exit311, %kt.body152
  %run160 = phi i64 [ 0, %kt.body152 ], [ %1288, %fblk.exit311 ]
  %947 = icmp slt i64 %run160, %nruns156
  br i1 %947, label %run.body158, label %run.exit159

run.body158:                                      ; preds = %run.head157
  %948 = getelementptr inbounds i64, i64* %runs149, i64 %run160
  %ka161 = load i64, i64* %948, align 8
  %949 = add i64 %run160, 1
  %950 = getelementptr inbounds i64, i64* %runs149, i64 %949
  %kb162 = load i64, i64* %950, align 8
  br label %hblk.head163

run.exit159:                                      ; preds = %run.head157
  %951 = add nsw i64 %kt154, 256
  br label %kt.head151

hblk.head163:                                     ; preds = %hblk.body164, %run.body158
  %hblk166 = phi i64 [ 0, %run.body158 ], [ %995, %hblk.body164 ]
  %952 = icmp slt i64 %hblk166, %nblk116
  br i1 %952, label %hblk.body164, label %hblk.exit165

hblk.body164:                                     ; preds = %hblk.head163
  %cb167 = add i64 %chunk, %hblk166
  %c0168 = mul i64 %cb167, 16
  %953 = icmp slt i64 %c0168, 48
  %n0169 = select i1 %953, i64 %c0168, i64 48
  %lane.lo170 = sub i64 %c0168, %n0169
  %954 = insertelement <16 x i64> undef, i64 %lane.lo170, i32 0
  %955 = shufflevector <16 x i64> %954, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask171 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %955
  %956 = mul i64 %hblk166, 64
  %957 = add i64 0, %956
  %zregion172 = getelementptr inbounds i8, i8* %scratch, i64 %957
  %958 = trunc i64 %n0169 to i32
  %959 = insertelement <16 x i32> undef, i32 %958, i32 0
  %960 = shufflevector <16 x i32> %959, <16 x i32> undef, <16 x i32> zeroinitializer
  %n173 = add <16 x i32> %960, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %961 = sext <16 x i32> %n173 to <16 x i64>
  %962 = trunc i64 %n0169 to i32
  %963 = sext i32 %962 to i64
  %964 = getelementptr inbounds half, half* %weight_scale3, i64 %963
  %965 = bitcast half* %964 to <16 x half>*
  %weight_scale.raw174 = load <16 x half>, <16 x half>* %965, align 2
  %weight_scale175 = fpext <16 x half> %weight_scale.raw174 to <16 x float>
  %966 = getelementptr inbounds i8, i8* %zregion172, i64 0
  %zbuf176 = bitcast i8* %966 to float*
  %967 = getelementptr inbounds float, float* %zbuf176, i64 0
  %968 = bitcast float* %967 to <16 x float>*
  %z.buf177 = load <16 x float>, <16 x float>* %968, align 4
  %z178 = select i1 %perturbed, <16 x float> %z.buf177, <16 x float> zeroinitializer
  %969 = insertelement <16 x float> undef, float %eps.pos, i32 0
  %970 = shufflevector <16 x float> %969, <16 x float> undef, <16 x i32> zeroinitializer
  %971 = fmul <16 x float> %970, %z178
  %weight_scale.pos179 = fadd <16 x float> %weight_scale175, %971
  store <16 x float> %weight_scale.pos179, <16 x float>* %hoist0.pos, align 64
  %972 = sext <16 x i32> %n173 to <16 x i64>
  %973 = sext i32 %962 to i64
  %974 = getelementptr inbounds half, half* %weight_scale3, i64 %973
  %975 = bitcast half* %974 to <16 x half>*
  %weight_scale.raw180 = load <16 x half>, <16 x half>* %975, align 2
  %weight_scale181 = fpext <16 x half> %weight_scale.raw180 to <16 x float>
  %976 = insertelement <16 x float> undef, float %eps.neg, i32 0
  %977 = shufflevector <16 x float> %976, <16 x float> undef, <16 x i32> zeroinitializer
  %978 = fmul <16 x float> %977, %z178
  %weight_scale.neg182 = fadd <16 x float> %weight_scale181, %978
  store <16 x float> %weight_scale.neg182, <16 x float>* %hoist0.neg, align 64
  %979 = mul i64 %hblk166, 128
  %980 = add i64 4416, %979
  %hstate183 = getelementptr inbounds i8, i8* %scratch, i64 %980
  %981 = getelementptr inbounds i8, i8* %hstate183, i64 0
  %982 = bitcast i8* %981 to <16 x float>*
  %983 = load <16 x float>, <16 x float>* %hoist0.pos, align 64
  store <16 x float> %983, <16 x float>* %982, align 4
  %984 = getelementptr inbounds i8, i8* %hstate183, i64 64
  %985 = bitcast i8* %984 to <16 x float>*
  %986 = load <16 x float>, <16 x float>* %hoist0.neg, align 64
  store <16 x float> %986, <16 x float>* %985, align 4
  %dvec184 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec185 = bitcast i8* %dvec184 to float*
  %987 = add i64 0, %hblk166
  %988 = mul i64 %987, 16
  %989 = getelementptr inbounds float, float* %dvec185, i64 %988
  %990 = bitcast float* %989 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %990, align 4
  %dvec186 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec187 = bitcast i8* %dvec186 to float*
  %991 = add i64 4, %hblk166
  %992 = mul i64 %991, 16
  %993 = getelementptr inbounds float, float* %dvec187, i64 %992
  %994 = bitcast float* %993 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %994, align 4
  %995 = add nsw i64 %hblk166, 1
  br label %hblk.head163

hblk.exit165:                                     ; preds = %hblk.head163
  br label %ks.head188

ks.head188:                                       ; preds = %sblk.exit196, %hblk.exit165
  %ks191 = phi i64 [ %ka161, %hblk.exit165 ], [ %1023, %sblk.exit196 ]
  %996 = icmp slt i64 %ks191, %kb162
  br i1 %996, label %ks.body189, label %ks.exit190

ks.body189:                                       ; preds = %ks.head188
  %997 = add i64 %ks191, 8
  %998 = icmp slt i64 %997, %kb162
  %ke192 = select i1 %998, i64 %997, i64 %kb162
  %999 = sub i64 %ke192, %ks191
  %full193 = icmp eq i64 %999, 8
  br label %sblk.head194

ks.exit190:                                       ; preds = %ks.head188
  br label %fblk.head309

sblk.head194:                                     ; preds = %kstep.join210, %ks.body189
  %sblk197 = phi i64 [ 0, %ks.body189 ], [ %1232, %kstep.join210 ]
  %1000 = icmp slt i64 %sblk197, %nblk116
  br i1 %1000, label %sblk.body195, label %sblk.exit196

sblk.body195:                                     ; preds = %sblk.head194
  %cb198 = add i64 %chunk, %sblk197
  %c0199 = mul i64 %cb198, 16
  %1001 = icmp slt i64 %c0199, 48
  %n0200 = select i1 %1001, i64 %c0199, i64 48
  %lane.lo201 = sub i64 %c0199, %n0200
  %1002 = insertelement <16 x i64> undef, i64 %lane.lo201, i32 0
  %1003 = shufflevector <16 x i64> %1002, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask202 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %1003
  %1004 = mul i64 %sblk197, 64
  %1005 = add i64 0, %1004
  %zregion203 = getelementptr inbounds i8, i8* %scratch, i64 %1005
  %1006 = mul i64 %sblk197, 128
  %1007 = add i64 4416, %1006
  %hstate204 = getelementptr inbounds i8, i8* %scratch, i64 %1007
  %1008 = getelementptr inbounds i8, i8* %hstate204, i64 0
  %1009 = bitcast i8* %1008 to <16 x float>*
  %hoist.state205 = load <16 x float>, <16 x float>* %1009, align 4
  store <16 x float> %hoist.state205, <16 x float>* %hoist0.pos, align 64
  %1010 = getelementptr inbounds i8, i8* %hstate204, i64 64
  %1011 = bitcast i8* %1010 to <16 x float>*
  %hoist.state206 = load <16 x float>, <16 x float>* %1011, align 4
  store <16 x float> %hoist.state206, <16 x float>* %hoist0.neg, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.0110, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.1111, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.2112, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.3113, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain1.0, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain1.1, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain1.2, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain1.3, align 64
  %1012 = add i64 %ks191, 16
  %1013 = icmp slt i64 %1012, 63
  %kpre207 = select i1 %1013, i64 %1012, i64 63
  %1014 = trunc i64 %n0200 to i32
  %1015 = sext i32 %1014 to i64
  %1016 = trunc i64 %kpre207 to i32
  %1017 = sext i32 %1016 to i64
  %1018 = mul i64 %1015, 64
  %1019 = add i64 %1017, %1018
  %1020 = icmp slt i64 %1019, 4095
  %1021 = select i1 %1020, i64 %1019, i64 4095
  %1022 = getelementptr inbounds i8, i8* %weight, i64 %1021
  call void @llvm.prefetch.p0i8(i8* %1022, i32 0, i32 3, i32 1)
  br i1 %full193, label %kstep.then208, label %kstep.else209

sblk.exit196:                                     ; preds = %sblk.head194
  %1023 = add nsw i64 %ks191, 8
  br label %ks.head188

kstep.then208:                                    ; preds = %sblk.body195
  %k211 = add i64 %ks191, 0
  %1024 = trunc i64 %n0200 to i32
  %1025 = insertelement <16 x i32> undef, i32 %1024, i32 0
  %1026 = shufflevector <16 x i32> %1025, <16 x i32> undef, <16 x i32> zeroinitializer
  %n212 = add <16 x i32> %1026, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1027 = sext <16 x i32> %n212 to <16 x i64>
  %1028 = trunc i64 %k211 to i32
  %1029 = sext i32 %1028 to i64
  %1030 = mul <16 x i64> %1027, <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>
  %1031 = insertelement <16 x i64> undef, i64 %1029, i32 0
  %1032 = shufflevector <16 x i64> %1031, <16 x i64> undef, <16 x i32> zeroinitializer
  %1033 = add <16 x i64> %1032, %1030
  %1034 = getelementptr inbounds i8, i8* %weight, <16 x i64> %1033
  %weight.raw213 = call <16 x i8> @llvm.masked.gather.v16i8.v16p0i8(<16 x i8*> %1034, i32 1, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i8> undef)
  %1035 = sext <16 x i8> %weight.raw213 to <16 x i64>
  %1036 = trunc <16 x i64> %1035 to <16 x i32>
  %1037 = sitofp <16 x i32> %1036 to <16 x float>
  %1038 = load <16 x float>, <16 x float>* %chain0.0110, align 64
  %1039 = mul i64 %m108, 64
  %1040 = add i64 %1039, %k211
  %1041 = getelementptr inbounds float, float* %x1, i64 %1040
  %x214 = load float, float* %1041, align 4
  %1042 = insertelement <16 x float> undef, float %x214, i32 0
  %x.v215 = shufflevector <16 x float> %1042, <16 x float> undef, <16 x i32> zeroinitializer
  %part216 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v215, <16 x float> %1037, <16 x float> %1038)
  store <16 x float> %part216, <16 x float>* %chain0.0110, align 64
  %1043 = load <16 x float>, <16 x float>* %chain1.0, align 64
  %1044 = mul i64 %m114, 64
  %1045 = add i64 %1044, %k211
  %1046 = getelementptr inbounds float, float* %x1, i64 %1045
  %x217 = load float, float* %1046, align 4
  %1047 = insertelement <16 x float> undef, float %x217, i32 0
  %x.v218 = shufflevector <16 x float> %1047, <16 x float> undef, <16 x i32> zeroinitializer
  %part219 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v218, <16 x float> %1037, <16 x float> %1043)
  store <16 x float> %part219, <16 x float>* %chain1.0, align 64
  %k220 = add i64 %ks191, 1
  %1048 = trunc i64 %n0200 to i32
  %1049 = insertelement <16 x i32> undef, i32 %1048, i32 0
  %1050 = shufflevector <16 x i32> %1049, <16 x i32> undef, <16 x i32> zeroinitializer
  %n221 = add <16 x i32> %1050, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1051 = sext <16 x i32> %n221 to <16 x i64>
  %1052 = trunc i64 %k220 to i32
  %1053 = sext i32 %1052 to i64
  %1054 = mul <16 x i64> %1051, <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>
  %1055 = insertelement <16 x i64> undef, i64 %1053, i32 0
  %1056 = shufflevector <16 x i64> %1055, <16 x i64> undef, <16 x i32> zeroinitializer
  %1057 = add <16 x i64> %1056, %1054
  %1058 = getelementptr inbounds i8, i8* %weight, <16 x i64> %1057
  %weight.raw222 = call <16 x i8> @llvm.masked.gather.v16i8.v16p0i8(<16 x i8*> %1058, i32 1, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i8> undef)
  %1059 = sext <16 x i8> %weight.raw222 to <16 x i64>
  %1060 = trunc <16 x i64> %1059 to <16 x i32>
  %1061 = sitofp <16 x i32> %1060 to <16 x float>
  %1062 = load <16 x float>, <16 x float>* %chain0.1111, align 64
  %1063 = mul i64 %m108, 64
  %1064 = add i64 %1063, %k220
  %1065 = getelementptr inbounds float, float* %x1, i64 %1064
  %x223 = load float, float* %1065, align 4
  %1066 = insertelement <16 x float> undef, float %x223, i32 0
  %x.v224 = shufflevector <16 x float> %1066, <16 x float> undef, <16 x i32> zeroinitializer
  %part225 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v224, <16 x float> %1061, <16 x float> %1062)
  store <16 x float> %part225, <16 x float>* %chain0.1111, align 64
  %1067 = load <16 x float>, <16 x float>* %chain1.1, align 64
  %1068 = mul i64 %m114, 64
  %1069 = add i64 %1068, %k220
  %1070 = getelementptr inbounds float, float* %x1, i64 %1069
  %x226 = load float, float* %1070, align 4
  %1071 = insertelement <16 x float> undef, float %x226, i32 0
  %x.v227 = shufflevector <16 x float> %1071, <16 x float> undef, <16 x i32> zeroinitializer
  %part228 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v227, <16 x float> %1061, <16 x float> %1067)
  store <16 x float> %part228, <16 x float>* %chain1.1, align 64
  %k229 = add i64 %ks191, 2
  %1072 = trunc i64 %n0200 to i32
  %1073 = insertelement <16 x i32> undef, i32 %1072, i32 0
  %1074 = shufflevector <16 x i32> %1073, <16 x i32> undef, <16 x i32> zeroinitializer
  %n230 = add <16 x i32> %1074, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1075 = sext <16 x i32> %n230 to <16 x i64>
  %1076 = trunc i64 %k229 to i32
  %1077 = sext i32 %1076 to i64
  %1078 = mul <16 x i64> %1075, <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>
  %1079 = insertelement <16 x i64> undef, i64 %1077, i32 0
  %1080 = shufflevector <16 x i64> %1079, <16 x i64> undef, <16 x i32> zeroinitializer
  %1081 = add <16 x i64> %1080, %1078
  %1082 = getelementptr inbounds i8, i8* %weight, <16 x i64> %1081
  %weight.raw231 = call <16 x i8> @llvm.masked.gather.v16i8.v16p0i8(<16 x i8*> %1082, i32 1, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i8> undef)
  %1083 = sext <16 x i8> %weight.raw231 to <16 x i64>
  %1084 = trunc <16 x i64> %1083 to <16 x i32>
  %1085 = sitofp <16 x i32> %1084 to <16 x float>
  %1086 = load <16 x float>, <16 x float>* %chain0.2112, align 64
  %1087 = mul i64 %m108, 64
  %1088 = add i64 %1087, %k229
  %1089 = getelementptr inbounds float, float* %x1, i64 %1088
  %x232 = load float, float* %1089, align 4
  %1090 = insertelement <16 x float> undef, float %x232, i32 0
  %x.v233 = shufflevector <16 x float> %1090, <16 x float> undef, <16 x i32> zeroinitializer
  %part234 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v233, <16 x float> %1085, <16 x float> %1086)
  store <16 x float> %part234, <16 x float>* %chain0.2112, align 64
  %1091 = load <16 x float>, <16 x float>* %chain1.2, align 64
  %1092 = mul i64 %m114, 64
  %1093 = add i64 %1092, %k229
  %1094 = getelementptr inbounds float, float* %x1, i64 %1093
  %x235 = load float, float* %1094, align 4
  %1095 = insertelement <16 x float> undef, float %x235, i32 0
  %x.v236 = shufflevector <16 x float> %1095, <16 x float> undef, <16 x i32> zeroinitializer
  %part237 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v236, <16 x float> %1085, <16 x float> %1091)
  store <16 x float> %part237, <16 x float>* %chain1.2, align 64
  %k238 = add i64 %ks191, 3
  %1096 = trunc i64 %n0200 to i32
  %1097 = insertelement <16 x i32> undef, i32 %1096, i32 0
  %1098 = shufflevector <16 x i32> %1097, <16 x i32> undef, <16 x i32> zeroinitializer
  %n239 = add <16 x i32> %1098, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1099 = sext <16 x i32> %n239 to <16 x i64>
  %1100 = trunc i64 %k238 to i32
  %1101 = sext i32 %1100 to i64
  %1102 = mul <16 x i64> %1099, <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>
  %1103 = insertelement <16 x i64> undef, i64 %1101, i32 0
  %1104 = shufflevector <16 x i64> %1103, <16 x i64> undef, <16 x i32> zeroinitializer
  %1105 = add <16 x i64> %1104, %1102
  %1106 = getelementptr inbounds i8, i8* %weight, <16 x i64> %1105
  %weight.raw240 = call <16 x i8> @llvm.masked.gather.v16i8.v16p0i8(<16 x i8*> %1106, i32 1, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i8> undef)
  %1107 = sext <16 x i8> %weight.raw240 to <16 x i64>
  %1108 = trunc <16 x i64> %1107 to <16 x i32>
  %1109 = sitofp <16 x i32> %1108 to <16 x float>
  %1110 = load <16 x float>, <16 x float>* %chain0.3113, align 64
  %1111 = mul i64 %m108, 64
  %1112 = add i64 %1111, %k238
  %1113 = getelementptr inbounds float, float* %x1, i64 %1112
  %x241 = load float, float* %1113, align 4
  %1114 = insertelement <16 x float> undef, float %x241, i32 0
  %x.v242 = shufflevector <16 x float> %1114, <16 x float> undef, <16 x i32> zeroinitializer
  %part243 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v242, <16 x float> %1109, <16 x float> %1110)
  store <16 x float> %part243, <16 x float>* %chain0.3113, align 64
  %1115 = load <16 x float>, <16 x float>* %chain1.3, align 64
  %1116 = mul i64 %m114, 64
  %1117 = add i64 %1116, %k238
  %1118 = getelementptr inbounds float, float* %x1, i64 %1117
  %x244 = load float, float* %1118, align 4
  %1119 = insertelement <16 x float> undef, float %x244, i32 0
  %x.v245 = shufflevector <16 x float> %1119, <16 x float> undef, <16 x i32> zeroinitializer
  %part246 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v245, <16 x float> %1109, <16 x float> %1115)
  store <16 x float> %part246, <16 x float>* %chain1.3, align 64
  %k247 = add i64 %ks191, 4
  %1120 = trunc i64 %n0200 to i32
  %1121 = insertelement <16 x i32> undef, i32 %1120, i32 0
  %1122 = shufflevector <16 x i32> %1121, <16 x i32> undef, <16 x i32> zeroinitializer
  %n248 = add <16 x i32> %1122, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1123 = sext <16 x i32> %n248 to <16 x i64>
  %1124 = trunc i64 %k247 to i32
  %1125 = sext i32 %1124 to i64
  %1126 = mul <16 x i64> %1123, <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>
  %1127 = insertelement <16 x i64> undef, i64 %1125, i32 0
  %1128 = shufflevector <16 x i64> %1127, <16 x i64> undef, <16 x i32> zeroinitializer
  %1129 = add <16 x i64> %1128, %1126
  %1130 = getelementptr inbounds i8, i8* %weight, <16 x i64> %1129
  %weight.raw249 = call <16 x i8> @llvm.masked.gather.v16i8.v16p0i8(<16 x i8*> %1130, i32 1, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i8> undef)
  %1131 = sext <16 x i8> %weight.raw249 to <16 x i64>
  %1132 = trunc <16 x i64> %1131 to <16 x i32>
  %1133 = sitofp <16 x i32> %1132 to <16 x float>
  %1134 = load <16 x float>, <16 x float>* %chain0.0110, align 64
  %1135 = mul i64 %m108, 64
  %1136 = add i64 %1135, %k247
  %1137 = getelementptr inbounds float, float* %x1, i64 %1136
  %x250 = load float, float* %1137, align 4
  %1138 = insertelement <16 x float> undef, float %x250, i32 0
  %x.v251 = shufflevector <16 x float> %1138, <16 x float> undef, <16 x i32> zeroinitializer
  %part252 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v251, <16 x float> %1133, <16 x float> %1134)
  store <16 x float> %part252, <16 x float>* %chain0.0110, align 64
  %1139 = load <16 x float>, <16 x float>* %chain1.0, align 64
  %1140 = mul i64 %m114, 64
  %1141 = add i64 %1140, %k247
  %1142 = getelementptr inbounds float, float* %x1, i64 %1141
  %x253 = load float, float* %1142, align 4
  %1143 = insertelement <16 x float> undef, float %x253, i32 0
  %x.v254 = shufflevector <16 x float> %1143, <16 x float> undef, <16 x i32> zeroinitializer
  %part255 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v254, <16 x float> %1133, <16 x float> %1139)
  store <16 x float> %part255, <16 x float>* %chain1.0, align 64
  %k256 = add i64 %ks191, 5
  %1144 = trunc i64 %n0200 to i32
  %1145 = insertelement <16 x i32> undef, i32 %1144, i32 0
  %1146 = shufflevector <16 x i32> %1145, <16 x i32> undef, <16 x i32> zeroinitializer
  %n257 = add <16 x i32> %1146, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1147 = sext <16 x i32> %n257 to <16 x i64>
  %1148 = trunc i64 %k256 to i32
  %1149 = sext i32 %1148 to i64
  %1150 = mul <16 x i64> %1147, <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>
  %1151 = insertelement <16 x i64> undef, i64 %1149, i32 0
  %1152 = shufflevector <16 x i64> %1151, <16 x i64> undef, <16 x i32> zeroinitializer
  %1153 = add <16 x i64> %1152, %1150
  %1154 = getelementptr inbounds i8, i8* %weight, <16 x i64> %1153
  %weight.raw258 = call <16 x i8> @llvm.masked.gather.v16i8.v16p0i8(<16 x i8*> %1154, i32 1, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i8> undef)
  %1155 = sext <16 x i8> %weight.raw258 to <16 x i64>
  %1156 = trunc <16 x i64> %1155 to <16 x i32>
  %1157 = sitofp <16 x i32> %1156 to <16 x float>
  %1158 = load <16 x float>, <16 x float>* %chain0.1111, align 64
  %1159 = mul i64 %m108, 64
  %1160 = add i64 %1159, %k256
  %1161 = getelementptr inbounds float, float* %x1, i64 %1160
  %x259 = load float, float* %1161, align 4
  %1162 = insertelement <16 x float> undef, float %x259, i32 0
  %x.v260 = shufflevector <16 x float> %1162, <16 x float> undef, <16 x i32> zeroinitializer
  %part261 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v260, <16 x float> %1157, <16 x float> %1158)
  store <16 x float> %part261, <16 x float>* %chain0.1111, align 64
  %1163 = load <16 x float>, <16 x float>* %chain1.1, align 64
  %1164 = mul i64 %m114, 64
  %1165 = add i64 %1164, %k256
  %1166 = getelementptr inbounds float, float* %x1, i64 %1165
  %x262 = load float, float* %1166, align 4
  %1167 = insertelement <16 x float> undef, float %x262, i32 0
  %x.v263 = shufflevector <16 x float> %1167, <16 x float> undef, <16 x i32> zeroinitializer
  %part264 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v263, <16 x float> %1157, <16 x float> %1163)
  store <16 x float> %part264, <16 x float>* %chain1.1, align 64
  %k265 = add i64 %ks191, 6
  %1168 = trunc i64 %n0200 to i32
  %1169 = insertelement <16 x i32> undef, i32 %1168, i32 0
  %1170 = shufflevector <16 x i32> %1169, <16 x i32> undef, <16 x i32> zeroinitializer
  %n266 = add <16 x i32> %1170, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1171 = sext <16 x i32> %n266 to <16 x i64>
  %1172 = trunc i64 %k265 to i32
  %1173 = sext i32 %1172 to i64
  %1174 = mul <16 x i64> %1171, <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>
  %1175 = insertelement <16 x i64> undef, i64 %1173, i32 0
  %1176 = shufflevector <16 x i64> %1175, <16 x i64> undef, <16 x i32> zeroinitializer
  %1177 = add <16 x i64> %1176, %1174
  %1178 = getelementptr inbounds i8, i8* %weight, <16 x i64> %1177
  %weight.raw267 = call <16 x i8> @llvm.masked.gather.v16i8.v16p0i8(<16 x i8*> %1178, i32 1, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i8> undef)
  %1179 = sext <16 x i8> %weight.raw267 to <16 x i64>
  %1180 = trunc <16 x i64> %1179 to <16 x i32>
  %1181 = sitofp <16 x i32> %1180 to <16 x float>
  %1182 = load <16 x float>, <16 x float>* %chain0.2112, align 64
  %1183 = mul i64 %m108, 64
  %1184 = add i64 %1183, %k265
  %1185 = getelementptr inbounds float, float* %x1, i64 %1184
  %x268 = load float, float* %1185, align 4
  %1186 = insertelement <16 x float> undef, float %x268, i32 0
  %x.v269 = shufflevector <16 x float> %1186, <16 x float> undef, <16 x i32> zeroinitializer
  %part270 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v269, <16 x float> %1181, <16 x float> %1182)
  store <16 x float> %part270, <16 x float>* %chain0.2112, align 64
  %1187 = load <16 x float>, <16 x float>* %chain1.2, align 64
  %1188 = mul i64 %m114, 64
  %1189 = add i64 %1188, %k265
  %1190 = getelementptr inbounds float, float* %x1, i64 %1189
  %x271 = load float, float* %1190, align 4
  %1191 = insertelement <16 x float> undef, float %x271, i32 0
  %x.v272 = shufflevector <16 x float> %1191, <16 x float> undef, <16 x i32> zeroinitializer
  %part273 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v272, <16 x float> %1181, <16 x float> %1187)
  store <16 x float> %part273, <16 x float>* %chain1.2, align 64
  %k274 = add i64 %ks191, 7
  %1192 = trunc i64 %n0200 to i32
  %1193 = insertelement <16 x i32> undef, i32 %1192, i32 0
  %1194 = shufflevector <16 x i32> %1193, <16 x i32> undef, <16 x i32> zeroinitializer
  %n275 = add <16 x i32> %1194, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1195 = sext <16 x i32> %n275 to <16 x i64>
  %1196 = trunc i64 %k274 to i32
  %1197 = sext i32 %1196 to i64
  %1198 = mul <16 x i64> %1195, <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>
  %1199 = insertelement <16 x i64> undef, i64 %1197, i32 0
  %1200 = shufflevector <16 x i64> %1199, <16 x i64> undef, <16 x i32> zeroinitializer
  %1201 = add <16 x i64> %1200, %1198
  %1202 = getelementptr inbounds i8, i8* %weight, <16 x i64> %1201
  %weight.raw276 = call <16 x i8> @llvm.masked.gather.v16i8.v16p0i8(<16 x i8*> %1202, i32 1, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i8> undef)
  %1203 = sext <16 x i8> %weight.raw276 to <16 x i64>
  %1204 = trunc <16 x i64> %1203 to <16 x i32>
  %1205 = sitofp <16 x i32> %1204 to <16 x float>
  %1206 = load <16 x float>, <16 x float>* %chain0.3113, align 64
  %1207 = mul i64 %m108, 64
  %1208 = add i64 %1207, %k274
  %1209 = getelementptr inbounds float, float* %x1, i64 %1208
  %x277 = load float, float* %1209, align 4
  %1210 = insertelement <16 x float> undef, float %x277, i32 0
  %x.v278 = shufflevector <16 x float> %1210, <16 x float> undef, <16 x i32> zeroinitializer
  %part279 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v278, <16 x float> %1205, <16 x float> %1206)
  store <16 x float> %part279, <16 x float>* %chain0.3113, align 64
  %1211 = load <16 x float>, <16 x float>* %chain1.3, align 64
  %1212 = mul i64 %m114, 64
  %1213 = add i64 %1212, %k274
  %1214 = getelementptr inbounds float, float* %x1, i64 %1213
  %x280 = load float, float* %1214, align 4
  %1215 = insertelement <16 x float> undef, float %x280, i32 0
  %x.v281 = shufflevector <16 x float> %1215, <16 x float> undef, <16 x i32> zeroinitializer
  %part282 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v281, <16 x float> %1205, <16 x float> %1211)
  store <16 x float> %part282, <16 x float>* %chain1.3, align 64
  br label %kstep.join210

kstep.else209:                                    ; preds = %sblk.body195
  br label %k.head283

kstep.join210:                                    ; preds = %k.exit285, %kstep.then208
  %dvec295 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec296 = bitcast i8* %dvec295 to float*
  %1216 = add i64 0, %sblk197
  %1217 = mul i64 %1216, 16
  %1218 = getelementptr inbounds float, float* %dvec296, i64 %1217
  %1219 = bitcast float* %1218 to <16 x float>*
  %part297 = load <16 x float>, <16 x float>* %1219, align 4
  %1220 = load <16 x float>, <16 x float>* %chain0.0110, align 64
  %part298 = fadd <16 x float> %part297, %1220
  %1221 = load <16 x float>, <16 x float>* %chain0.1111, align 64
  %part299 = fadd <16 x float> %part298, %1221
  %1222 = load <16 x float>, <16 x float>* %chain0.2112, align 64
  %part300 = fadd <16 x float> %part299, %1222
  %1223 = load <16 x float>, <16 x float>* %chain0.3113, align 64
  %part301 = fadd <16 x float> %part300, %1223
  store <16 x float> %part301, <16 x float>* %1219, align 4
  %dvec302 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec303 = bitcast i8* %dvec302 to float*
  %1224 = add i64 4, %sblk197
  %1225 = mul i64 %1224, 16
  %1226 = getelementptr inbounds float, float* %dvec303, i64 %1225
  %1227 = bitcast float* %1226 to <16 x float>*
  %part304 = load <16 x float>, <16 x float>* %1227, align 4
  %1228 = load <16 x float>, <16 x float>* %chain1.0, align 64
  %part305 = fadd <16 x float> %part304, %1228
  %1229 = load <16 x float>, <16 x float>* %chain1.1, align 64
  %part306 = fadd <16 x float> %part305, %1229
  %1230 = load <16 x float>, <16 x float>* %chain1.2, align 64
  %part307 = fadd <16 x float> %part306, %1230
  %1231 = load <16 x float>, <16 x float>* %chain1.3, align 64
  %part308 = fadd <16 x float> %part307, %1231
  store <16 x float> %part308, <16 x float>* %1227, align 4
  %1232 = add nsw i64 %sblk197, 1
  br label %sblk.head194

k.head283:                                        ; preds = %k.body284, %kstep.else209
  %k286 = phi i64 [ %ks191, %kstep.else209 ], [ %1258, %k.body284 ]
  %1233 = icmp slt i64 %k286, %ke192
  br i1 %1233, label %k.body284, label %k.exit285

k.body284:                                        ; preds = %k.head283
  %1234 = trunc i64 %n0200 to i32
  %1235 = insertelement <16 x i32> undef, i32 %1234, i32 0
  %1236 = shufflevector <16 x i32> %1235, <16 x i32> undef, <16 x i32> zeroinitializer
  %n287 = add <16 x i32> %1236, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1237 = sext <16 x i32> %n287 to <16 x i64>
  %1238 = trunc i64 %k286 to i32
  %1239 = sext i32 %1238 to i64
  %1240 = mul <16 x i64> %1237, <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>
  %1241 = insertelement <16 x i64> undef, i64 %1239, i32 0
  %1242 = shufflevector <16 x i64> %1241, <16 x i64> undef, <16 x i32> zeroinitializer
  %1243 = add <16 x i64> %1242, %1240
  %1244 = getelementptr inbounds i8, i8* %weight, <16 x i64> %1243
  %weight.raw288 = call <16 x i8> @llvm.masked.gather.v16i8.v16p0i8(<16 x i8*> %1244, i32 1, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i8> undef)
  %1245 = sext <16 x i8> %weight.raw288 to <16 x i64>
  %1246 = trunc <16 x i64> %1245 to <16 x i32>
  %1247 = sitofp <16 x i32> %1246 to <16 x float>
  %1248 = load <16 x float>, <16 x float>* %chain0.0110, align 64
  %1249 = mul i64 %m108, 64
  %1250 = add i64 %1249, %k286
  %1251 = getelementptr inbounds float, float* %x1, i64 %1250
  %x289 = load float, float* %1251, align 4
  %1252 = insertelement <16 x float> undef, float %x289, i32 0
  %x.v290 = shufflevector <16 x float> %1252, <16 x float> undef, <16 x i32> zeroinitializer
  %part291 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v290, <16 x float> %1247, <16 x float> %1248)
  store <16 x float> %part291, <16 x float>* %chain0.0110, align 64
  %1253 = load <16 x float>, <16 x float>* %chain1.0, align 64
  %1254 = mul i64 %m114, 64
  %1255 = add i64 %1254, %k286
  %1256 = getelementptr inbounds float, float* %x1, i64 %1255
  %x292 = load float, float* %1256, align 4
  %1257 = insertelement <16 x float> undef, float %x292, i32 0
  %x.v293 = shufflevector <16 x float> %1257, <16 x float> undef, <16 x i32> zeroinitializer
  %part294 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v293, <16 x float> %1247, <16 x float> %1253)
  store <16 x float> %part294, <16 x float>* %chain1.0, align 64
  %1258 = add nsw i64 %k286, 1
  br label %k.head283

k.exit285:                                        ; preds = %k.head283
  br label %kstep.join210

fblk.head309:                                     ; preds = %fblk.body310, %ks.exit190
  %fblk312 = phi i64 [ 0, %ks.exit190 ], [ %1287, %fblk.body310 ]
  %1259 = icmp slt i64 %fblk312, %nblk116
  br i1 %1259, label %fblk.body310, label %fblk.exit311

fblk.body310:                                     ; preds = %fblk.head309
  %cb313 = add i64 %chunk, %fblk312
  %c0314 = mul i64 %cb313, 16
  %1260 = icmp slt i64 %c0314, 48
  %n0315 = select i1 %1260, i64 %c0314, i64 48
  %lane.lo316 = sub i64 %c0314, %n0315
  %1261 = insertelement <16 x i64> undef, i64 %lane.lo316, i32 0
  %1262 = shufflevector <16 x i64> %1261, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask317 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %1262
  %1263 = mul i64 %fblk312, 64
  %1264 = add i64 0, %1263
  %zregion318 = getelementptr inbounds i8, i8* %scratch, i64 %1264
  %1265 = mul i64 %fblk312, 128
  %1266 = add i64 4416, %1265
  %hstate319 = getelementptr inbounds i8, i8* %scratch, i64 %1266
  %1267 = getelementptr inbounds i8, i8* %hstate319, i64 0
  %1268 = bitcast i8* %1267 to <16 x float>*
  %hoist.state320 = load <16 x float>, <16 x float>* %1268, align 4
  store <16 x float> %hoist.state320, <16 x float>* %hoist0.pos, align 64
  %1269 = getelementptr inbounds i8, i8* %hstate319, i64 64
  %1270 = bitcast i8* %1269 to <16 x float>*
  %hoist.state321 = load <16 x float>, <16 x float>* %1270, align 4
  store <16 x float> %hoist.state321, <16 x float>* %hoist0.neg, align 64
  %h322 = load <16 x float>, <16 x float>* %hoist0.pos, align 64
  %h.neg323 = load <16 x float>, <16 x float>* %hoist0.neg, align 64
  %dvec324 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec325 = bitcast i8* %dvec324 to float*
  %1271 = add i64 0, %fblk312
  %1272 = mul i64 %1271, 16
  %1273 = getelementptr inbounds float, float* %dvec325, i64 %1272
  %1274 = bitcast float* %1273 to <16 x float>*
  %dvec326 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec327 = bitcast i8* %dvec326 to float*
  %1275 = add i64 0, %fblk312
  %1276 = mul i64 %1275, 16
  %1277 = getelementptr inbounds float, float* %dvec327, i64 %1276
  %1278 = bitcast float* %1277 to <16 x float>*
  %part328 = load <16 x float>, <16 x float>* %1278, align 4
  %acc329 = load <16 x float>, <16 x float>* %1274, align 4
  %h.row330 = select i1 %neg.row109, <16 x float> %h.neg323, <16 x float> %h322
  %acc331 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %h.row330, <16 x float> %part328, <16 x float> %acc329)
  store <16 x float> %acc331, <16 x float>* %1274, align 4
  %dvec332 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec333 = bitcast i8* %dvec332 to float*
  %1279 = add i64 4, %fblk312
  %1280 = mul i64 %1279, 16
  %1281 = getelementptr inbounds float, float* %dvec333, i64 %1280
  %1282 = bitcast float* %1281 to <16 x float>*
  %dvec334 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec335 = bitcast i8* %dvec334 to float*
  %1283 = add i64 4, %fblk312
  %1284 = mul i64 %1283, 16
  %1285 = getelementptr inbounds float, float* %dvec335, i64 %1284
  %1286 = bitcast float* %1285 to <16 x float>*
  %part336 = load <16 x float>, <16 x float>* %1286, align 4
  %acc337 = load <16 x float>, <16 x float>* %1282, align 4
  %h.row338 = select i1 %neg.row115, <16 x float> %h.neg323, <16 x float> %h322
  %acc339 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %h.row338, <16 x float> %part336, <16 x float> %acc337)
  store <16 x float> %acc339, <16 x float>* %1282, align 4
  %1287 = add nsw i64 %fblk312, 1
  br label %fblk.head309

fblk.exit311:                                     ; preds = %fblk.head309
  %1288 = add nsw i64 %run160, 1
  br label %run.head157

eblk.head340:                                     ; preds = %row.join, %kt.exit153
  %eblk343 = phi i64 [ 0, %kt.exit153 ], [ %1310, %row.join ]
  %1289 = icmp slt i64 %eblk343, %nblk116
  br i1 %1289, label %eblk.body341, label %eblk.exit342

eblk.body341:                                     ; preds = %eblk.head340
  %cb344 = add i64 %chunk, %eblk343
  %c0345 = mul i64 %cb344, 16
  %1290 = icmp slt i64 %c0345, 48
  %n0346 = select i1 %1290, i64 %c0345, i64 48
  %lane.lo347 = sub i64 %c0345, %n0346
  %1291 = insertelement <16 x i64> undef, i64 %lane.lo347, i32 0
  %1292 = shufflevector <16 x i64> %1291, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask348 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %1292
  %dvec349 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec350 = bitcast i8* %dvec349 to float*
  %1293 = add i64 0, %eblk343
  %1294 = mul i64 %1293, 16
  %1295 = getelementptr inbounds float, float* %dvec350, i64 %1294
  %1296 = bitcast float* %1295 to <16 x float>*
  %acc351 = load <16 x float>, <16 x float>* %1296, align 4
  %1297 = icmp slt i64 %m108, %rows.pos
  %eps.row352 = select i1 %1297, float %eps.pos, float %eps.neg
  %1298 = mul i64 %m108, 64
  %out.i353 = add i64 %1298, %n0346
  %1299 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i353
  %1300 = bitcast float* %1299 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc351, <16 x float>* %1300, i32 4, <16 x i1> %store.mask348)
  %dvec354 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec355 = bitcast i8* %dvec354 to float*
  %1301 = add i64 4, %eblk343
  %1302 = mul i64 %1301, 16
  %1303 = getelementptr inbounds float, float* %dvec355, i64 %1302
  %1304 = bitcast float* %1303 to <16 x float>*
  %acc356 = load <16 x float>, <16 x float>* %1304, align 4
  %1305 = icmp slt i64 1, %M
  br i1 %1305, label %row.then, label %row.else

eblk.exit342:                                     ; preds = %eblk.head340
  br label %m2.join

row.then:                                         ; preds = %eblk.body341
  %1306 = icmp slt i64 %m114, %rows.pos
  %eps.row357 = select i1 %1306, float %eps.pos, float %eps.neg
  %1307 = mul i64 %m114, 64
  %out.i358 = add i64 %1307, %n0346
  %1308 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i358
  %1309 = bitcast float* %1308 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc356, <16 x float>* %1309, i32 4, <16 x i1> %store.mask348)
  br label %row.join

row.else:                                         ; preds = %eblk.body341
  br label %row.join

row.join:                                         ; preds = %row.else, %row.then
  %1310 = add nsw i64 %eblk343, 1
  br label %eblk.head340

zblk.head376:                                     ; preds = %zpro.join389, %m2.else
  %zblk379 = phi i64 [ 0, %m2.else ], [ %1334, %zpro.join389 ]
  %1311 = icmp slt i64 %zblk379, %nblk375
  br i1 %1311, label %zblk.body377, label %zblk.exit378

zblk.body377:                                     ; preds = %zblk.head376
  %cb380 = add i64 %chunk, %zblk379
  %c0381 = mul i64 %cb380, 16
  %1312 = icmp slt i64 %c0381, 48
  %n0382 = select i1 %1312, i64 %c0381, i64 48
  %lane.lo383 = sub i64 %c0381, %n0382
  %1313 = insertelement <16 x i64> undef, i64 %lane.lo383, i32 0
  %1314 = shufflevector <16 x i64> %1313, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask384 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %1314
  %1315 = mul i64 %zblk379, 64
  %1316 = add i64 0, %1315
  %zregion385 = getelementptr inbounds i8, i8* %scratch, i64 %1316
  %1317 = getelementptr inbounds i8, i8* %zregion385, i64 0
  %zbuf386 = bitcast i8* %1317 to float*
  br i1 %perturbed, label %zpro.then387, label %zpro.else388

zblk.exit378:                                     ; preds = %zblk.head376
  %runs411 = getelementptr inbounds i8, i8* %scratch, i64 2304
  %runs412 = bitcast i8* %runs411 to i64*
  br label %kt.head414

zpro.then387:                                     ; preds = %zblk.body377
  br label %zrow.head390

zpro.else388:                                     ; preds = %zblk.body377
  br label %zpro.join389

zpro.join389:                                     ; preds = %zpro.else388, %zrow.exit392
  %dvec403 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec404 = bitcast i8* %dvec403 to float*
  %1318 = add i64 0, %zblk379
  %1319 = mul i64 %1318, 16
  %1320 = getelementptr inbounds float, float* %dvec404, i64 %1319
  %1321 = bitcast float* %1320 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %1321, align 4
  %dvec405 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec406 = bitcast i8* %dvec405 to float*
  %1322 = add i64 4, %zblk379
  %1323 = mul i64 %1322, 16
  %1324 = getelementptr inbounds float, float* %dvec406, i64 %1323
  %1325 = bitcast float* %1324 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %1325, align 4
  %dvec407 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec408 = bitcast i8* %dvec407 to float*
  %1326 = add i64 8, %zblk379
  %1327 = mul i64 %1326, 16
  %1328 = getelementptr inbounds float, float* %dvec408, i64 %1327
  %1329 = bitcast float* %1328 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %1329, align 4
  %dvec409 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec410 = bitcast i8* %dvec409 to float*
  %1330 = add i64 12, %zblk379
  %1331 = mul i64 %1330, 16
  %1332 = getelementptr inbounds float, float* %dvec410, i64 %1331
  %1333 = bitcast float* %1332 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %1333, align 4
  %1334 = add nsw i64 %zblk379, 1
  br label %zblk.head376

zrow.head390:                                     ; preds = %zrow.body391, %zpro.then387
  %zrow393 = phi i64 [ 0, %zpro.then387 ], [ %1629, %zrow.body391 ]
  %1335 = icmp slt i64 %zrow393, 1
  br i1 %1335, label %zrow.body391, label %zrow.exit392

zrow.body391:                                     ; preds = %zrow.head390
  %1336 = mul i64 %n0382, 1
  %1337 = mul i64 %zrow393, 16
  %1338 = getelementptr inbounds float, float* %zbuf386, i64 %1337
  %1339 = insertelement <16 x i64> undef, i64 %1336, i32 0
  %1340 = shufflevector <16 x i64> %1339, <16 x i64> undef, <16 x i32> zeroinitializer
  %1341 = add <16 x i64> %1340, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %pair394 = lshr <16 x i64> %1341, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %1342 = trunc <16 x i64> %pair394 to <16 x i32>
  %1343 = lshr <16 x i64> %pair394, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1344 = trunc <16 x i64> %1343 to <16 x i32>
  %1345 = trunc i64 %stream.weight_scale to i32
  %1346 = insertelement <16 x i32> undef, i32 %1345, i32 0
  %1347 = shufflevector <16 x i32> %1346, <16 x i32> undef, <16 x i32> zeroinitializer
  %key0395 = trunc i64 %seed to i32
  %1348 = lshr i64 %seed, 32
  %key1396 = trunc i64 %1348 to i32
  %1349 = zext <16 x i32> %1342 to <16 x i64>
  %1350 = mul <16 x i64> %1349, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1351 = trunc <16 x i64> %1350 to <16 x i32>
  %1352 = lshr <16 x i64> %1350, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1353 = trunc <16 x i64> %1352 to <16 x i32>
  %1354 = zext <16 x i32> %1347 to <16 x i64>
  %1355 = mul <16 x i64> %1354, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1356 = trunc <16 x i64> %1355 to <16 x i32>
  %1357 = lshr <16 x i64> %1355, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1358 = trunc <16 x i64> %1357 to <16 x i32>
  %1359 = insertelement <16 x i32> undef, i32 %key0395, i32 0
  %1360 = shufflevector <16 x i32> %1359, <16 x i32> undef, <16 x i32> zeroinitializer
  %1361 = insertelement <16 x i32> undef, i32 %key1396, i32 0
  %1362 = shufflevector <16 x i32> %1361, <16 x i32> undef, <16 x i32> zeroinitializer
  %1363 = xor <16 x i32> %1358, %1344
  %1364 = xor <16 x i32> %1363, %1360
  %1365 = xor <16 x i32> %1353, zeroinitializer
  %1366 = xor <16 x i32> %1365, %1362
  %1367 = add i32 %key0395, -1640531527
  %1368 = add i32 %key1396, -1150833019
  %1369 = zext <16 x i32> %1364 to <16 x i64>
  %1370 = mul <16 x i64> %1369, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1371 = trunc <16 x i64> %1370 to <16 x i32>
  %1372 = lshr <16 x i64> %1370, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1373 = trunc <16 x i64> %1372 to <16 x i32>
  %1374 = zext <16 x i32> %1366 to <16 x i64>
  %1375 = mul <16 x i64> %1374, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1376 = trunc <16 x i64> %1375 to <16 x i32>
  %1377 = lshr <16 x i64> %1375, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1378 = trunc <16 x i64> %1377 to <16 x i32>
  %1379 = insertelement <16 x i32> undef, i32 %1367, i32 0
  %1380 = shufflevector <16 x i32> %1379, <16 x i32> undef, <16 x i32> zeroinitializer
  %1381 = insertelement <16 x i32> undef, i32 %1368, i32 0
  %1382 = shufflevector <16 x i32> %1381, <16 x i32> undef, <16 x i32> zeroinitializer
  %1383 = xor <16 x i32> %1378, %1356
  %1384 = xor <16 x i32> %1383, %1380
  %1385 = xor <16 x i32> %1373, %1351
  %1386 = xor <16 x i32> %1385, %1382
  %1387 = add i32 %1367, -1640531527
  %1388 = add i32 %1368, -1150833019
  %1389 = zext <16 x i32> %1384 to <16 x i64>
  %1390 = mul <16 x i64> %1389, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1391 = trunc <16 x i64> %1390 to <16 x i32>
  %1392 = lshr <16 x i64> %1390, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1393 = trunc <16 x i64> %1392 to <16 x i32>
  %1394 = zext <16 x i32> %1386 to <16 x i64>
  %1395 = mul <16 x i64> %1394, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1396 = trunc <16 x i64> %1395 to <16 x i32>
  %1397 = lshr <16 x i64> %1395, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1398 = trunc <16 x i64> %1397 to <16 x i32>
  %1399 = insertelement <16 x i32> undef, i32 %1387, i32 0
  %1400 = shufflevector <16 x i32> %1399, <16 x i32> undef, <16 x i32> zeroinitializer
  %1401 = insertelement <16 x i32> undef, i32 %1388, i32 0
  %1402 = shufflevector <16 x i32> %1401, <16 x i32> undef, <16 x i32> zeroinitializer
  %1403 = xor <16 x i32> %1398, %1376
  %1404 = xor <16 x i32> %1403, %1400
  %1405 = xor <16 x i32> %1393, %1371
  %1406 = xor <16 x i32> %1405, %1402
  %1407 = add i32 %1387, -1640531527
  %1408 = add i32 %1388, -1150833019
  %1409 = zext <16 x i32> %1404 to <16 x i64>
  %1410 = mul <16 x i64> %1409, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1411 = trunc <16 x i64> %1410 to <16 x i32>
  %1412 = lshr <16 x i64> %1410, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1413 = trunc <16 x i64> %1412 to <16 x i32>
  %1414 = zext <16 x i32> %1406 to <16 x i64>
  %1415 = mul <16 x i64> %1414, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1416 = trunc <16 x i64> %1415 to <16 x i32>
  %1417 = lshr <16 x i64> %1415, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1418 = trunc <16 x i64> %1417 to <16 x i32>
  %1419 = insertelement <16 x i32> undef, i32 %1407, i32 0
  %1420 = shufflevector <16 x i32> %1419, <16 x i32> undef, <16 x i32> zeroinitializer
  %1421 = insertelement <16 x i32> undef, i32 %1408, i32 0
  %1422 = shufflevector <16 x i32> %1421, <16 x i32> undef, <16 x i32> zeroinitializer
  %1423 = xor <16 x i32> %1418, %1396
  %1424 = xor <16 x i32> %1423, %1420
  %1425 = xor <16 x i32> %1413, %1391
  %1426 = xor <16 x i32> %1425, %1422
  %1427 = add i32 %1407, -1640531527
  %1428 = add i32 %1408, -1150833019
  %1429 = zext <16 x i32> %1424 to <16 x i64>
  %1430 = mul <16 x i64> %1429, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1431 = trunc <16 x i64> %1430 to <16 x i32>
  %1432 = lshr <16 x i64> %1430, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1433 = trunc <16 x i64> %1432 to <16 x i32>
  %1434 = zext <16 x i32> %1426 to <16 x i64>
  %1435 = mul <16 x i64> %1434, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1436 = trunc <16 x i64> %1435 to <16 x i32>
  %1437 = lshr <16 x i64> %1435, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1438 = trunc <16 x i64> %1437 to <16 x i32>
  %1439 = insertelement <16 x i32> undef, i32 %1427, i32 0
  %1440 = shufflevector <16 x i32> %1439, <16 x i32> undef, <16 x i32> zeroinitializer
  %1441 = insertelement <16 x i32> undef, i32 %1428, i32 0
  %1442 = shufflevector <16 x i32> %1441, <16 x i32> undef, <16 x i32> zeroinitializer
  %1443 = xor <16 x i32> %1438, %1416
  %1444 = xor <16 x i32> %1443, %1440
  %1445 = xor <16 x i32> %1433, %1411
  %1446 = xor <16 x i32> %1445, %1442
  %1447 = add i32 %1427, -1640531527
  %1448 = add i32 %1428, -1150833019
  %1449 = zext <16 x i32> %1444 to <16 x i64>
  %1450 = mul <16 x i64> %1449, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1451 = trunc <16 x i64> %1450 to <16 x i32>
  %1452 = lshr <16 x i64> %1450, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1453 = trunc <16 x i64> %1452 to <16 x i32>
  %1454 = zext <16 x i32> %1446 to <16 x i64>
  %1455 = mul <16 x i64> %1454, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1456 = trunc <16 x i64> %1455 to <16 x i32>
  %1457 = lshr <16 x i64> %1455, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1458 = trunc <16 x i64> %1457 to <16 x i32>
  %1459 = insertelement <16 x i32> undef, i32 %1447, i32 0
  %1460 = shufflevector <16 x i32> %1459, <16 x i32> undef, <16 x i32> zeroinitializer
  %1461 = insertelement <16 x i32> undef, i32 %1448, i32 0
  %1462 = shufflevector <16 x i32> %1461, <16 x i32> undef, <16 x i32> zeroinitializer
  %1463 = xor <16 x i32> %1458, %1436
  %1464 = xor <16 x i32> %1463, %1460
  %1465 = xor <16 x i32> %1453, %1431
  %1466 = xor <16 x i32> %1465, %1462
  %1467 = add i32 %1447, -1640531527
  %1468 = add i32 %1448, -1150833019
  %1469 = zext <16 x i32> %1464 to <16 x i64>
  %1470 = mul <16 x i64> %1469, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1471 = trunc <16 x i64> %1470 to <16 x i32>
  %1472 = lshr <16 x i64> %1470, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1473 = trunc <16 x i64> %1472 to <16 x i32>
  %1474 = zext <16 x i32> %1466 to <16 x i64>
  %1475 = mul <16 x i64> %1474, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1476 = trunc <16 x i64> %1475 to <16 x i32>
  %1477 = lshr <16 x i64> %1475, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1478 = trunc <16 x i64> %1477 to <16 x i32>
  %1479 = insertelement <16 x i32> undef, i32 %1467, i32 0
  %1480 = shufflevector <16 x i32> %1479, <16 x i32> undef, <16 x i32> zeroinitializer
  %1481 = insertelement <16 x i32> undef, i32 %1468, i32 0
  %1482 = shufflevector <16 x i32> %1481, <16 x i32> undef, <16 x i32> zeroinitializer
  %1483 = xor <16 x i32> %1478, %1456
  %1484 = xor <16 x i32> %1483, %1480
  %1485 = xor <16 x i32> %1473, %1451
  %1486 = xor <16 x i32> %1485, %1482
  %1487 = add i32 %1467, -1640531527
  %1488 = add i32 %1468, -1150833019
  %1489 = zext <16 x i32> %1484 to <16 x i64>
  %1490 = mul <16 x i64> %1489, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1491 = trunc <16 x i64> %1490 to <16 x i32>
  %1492 = lshr <16 x i64> %1490, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1493 = trunc <16 x i64> %1492 to <16 x i32>
  %1494 = zext <16 x i32> %1486 to <16 x i64>
  %1495 = mul <16 x i64> %1494, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1496 = trunc <16 x i64> %1495 to <16 x i32>
  %1497 = lshr <16 x i64> %1495, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1498 = trunc <16 x i64> %1497 to <16 x i32>
  %1499 = insertelement <16 x i32> undef, i32 %1487, i32 0
  %1500 = shufflevector <16 x i32> %1499, <16 x i32> undef, <16 x i32> zeroinitializer
  %1501 = insertelement <16 x i32> undef, i32 %1488, i32 0
  %1502 = shufflevector <16 x i32> %1501, <16 x i32> undef, <16 x i32> zeroinitializer
  %1503 = xor <16 x i32> %1498, %1476
  %1504 = xor <16 x i32> %1503, %1500
  %1505 = xor <16 x i32> %1493, %1471
  %1506 = xor <16 x i32> %1505, %1502
  %1507 = add i32 %1487, -1640531527
  %1508 = add i32 %1488, -1150833019
  %1509 = zext <16 x i32> %1504 to <16 x i64>
  %1510 = mul <16 x i64> %1509, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1511 = trunc <16 x i64> %1510 to <16 x i32>
  %1512 = lshr <16 x i64> %1510, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1513 = trunc <16 x i64> %1512 to <16 x i32>
  %1514 = zext <16 x i32> %1506 to <16 x i64>
  %1515 = mul <16 x i64> %1514, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1516 = trunc <16 x i64> %1515 to <16 x i32>
  %1517 = lshr <16 x i64> %1515, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1518 = trunc <16 x i64> %1517 to <16 x i32>
  %1519 = insertelement <16 x i32> undef, i32 %1507, i32 0
  %1520 = shufflevector <16 x i32> %1519, <16 x i32> undef, <16 x i32> zeroinitializer
  %1521 = insertelement <16 x i32> undef, i32 %1508, i32 0
  %1522 = shufflevector <16 x i32> %1521, <16 x i32> undef, <16 x i32> zeroinitializer
  %1523 = xor <16 x i32> %1518, %1496
  %1524 = xor <16 x i32> %1523, %1520
  %1525 = xor <16 x i32> %1513, %1491
  %1526 = xor <16 x i32> %1525, %1522
  %1527 = add i32 %1507, -1640531527
  %1528 = add i32 %1508, -1150833019
  %1529 = zext <16 x i32> %1524 to <16 x i64>
  %1530 = mul <16 x i64> %1529, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1531 = trunc <16 x i64> %1530 to <16 x i32>
  %1532 = lshr <16 x i64> %1530, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1533 = trunc <16 x i64> %1532 to <16 x i32>
  %1534 = zext <16 x i32> %1526 to <16 x i64>
  %1535 = mul <16 x i64> %1534, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1536 = trunc <16 x i64> %1535 to <16 x i32>
  %1537 = lshr <16 x i64> %1535, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1538 = trunc <16 x i64> %1537 to <16 x i32>
  %1539 = insertelement <16 x i32> undef, i32 %1527, i32 0
  %1540 = shufflevector <16 x i32> %1539, <16 x i32> undef, <16 x i32> zeroinitializer
  %1541 = insertelement <16 x i32> undef, i32 %1528, i32 0
  %1542 = shufflevector <16 x i32> %1541, <16 x i32> undef, <16 x i32> zeroinitializer
  %1543 = xor <16 x i32> %1538, %1516
  %1544 = xor <16 x i32> %1543, %1540
  %1545 = xor <16 x i32> %1533, %1511
  %1546 = xor <16 x i32> %1545, %1542
  %1547 = lshr <16 x i32> %1544, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %1548 = shl <16 x i32> %1547, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1549 = or <16 x i32> %1548, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1550 = sitofp <16 x i32> %1549 to <16 x float>
  %1551 = fmul <16 x float> %1550, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %1552 = lshr <16 x i32> %1536, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %1553 = shl <16 x i32> %1552, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1554 = or <16 x i32> %1553, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1555 = sitofp <16 x i32> %1554 to <16 x float>
  %1556 = fmul <16 x float> %1555, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %1557 = bitcast <16 x float> %1551 to <16 x i32>
  %1558 = lshr <16 x i32> %1557, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1559 = sub <16 x i32> %1558, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1560 = and <16 x i32> %1557, <i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607>
  %1561 = or <16 x i32> %1560, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1562 = icmp uge <16 x i32> %1561, <i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891>
  %1563 = sub <16 x i32> %1561, <i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608>
  %1564 = select <16 x i1> %1562, <16 x i32> %1563, <16 x i32> %1561
  %1565 = add <16 x i32> %1559, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1566 = select <16 x i1> %1562, <16 x i32> %1565, <16 x i32> %1559
  %1567 = bitcast <16 x i32> %1564 to <16 x float>
  %1568 = fsub <16 x float> %1567, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1569 = fadd <16 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1568
  %1570 = fdiv <16 x float> %1568, %1569
  %1571 = fmul <16 x float> %1570, %1570
  %1572 = fmul <16 x float> %1571, <float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000>
  %1573 = fadd <16 x float> <float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000>, %1572
  %1574 = fmul <16 x float> %1571, %1573
  %1575 = fadd <16 x float> <float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000>, %1574
  %1576 = fmul <16 x float> %1571, %1575
  %1577 = fadd <16 x float> <float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000>, %1576
  %1578 = fmul <16 x float> %1571, %1577
  %1579 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1578
  %1580 = fadd <16 x float> %1570, %1570
  %1581 = fmul <16 x float> %1580, %1579
  %1582 = sitofp <16 x i32> %1566 to <16 x float>
  %1583 = fmul <16 x float> %1582, <float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000>
  %1584 = fadd <16 x float> %1581, %1583
  %1585 = fmul <16 x float> %1582, <float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000>
  %ln.u1397 = fadd <16 x float> %1585, %1584
  %1586 = fmul <16 x float> <float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00>, %ln.u1397
  %r398 = call <16 x float> @llvm.sqrt.v16f32(<16 x float> %1586)
  %1587 = fmul <16 x float> %1556, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %1588 = fadd <16 x float> %1587, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %1589 = fsub <16 x float> %1588, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %1590 = fsub <16 x float> %1587, %1589
  %1591 = fmul <16 x float> %1590, %1590
  %1592 = fmul <16 x float> %1591, <float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000>
  %1593 = fadd <16 x float> <float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000>, %1592
  %1594 = fmul <16 x float> %1591, %1593
  %1595 = fadd <16 x float> <float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000>, %1594
  %1596 = fmul <16 x float> %1591, %1595
  %1597 = fadd <16 x float> <float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000>, %1596
  %1598 = fmul <16 x float> %1591, %1597
  %1599 = fadd <16 x float> <float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000>, %1598
  %1600 = fmul <16 x float> %1590, %1599
  %1601 = fmul <16 x float> %1591, <float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000>
  %1602 = fadd <16 x float> <float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000>, %1601
  %1603 = fmul <16 x float> %1591, %1602
  %1604 = fadd <16 x float> <float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000>, %1603
  %1605 = fmul <16 x float> %1591, %1604
  %1606 = fadd <16 x float> <float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000>, %1605
  %1607 = fmul <16 x float> %1591, %1606
  %1608 = fadd <16 x float> <float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000>, %1607
  %1609 = fmul <16 x float> %1591, %1608
  %1610 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1609
  %1611 = fptosi <16 x float> %1589 to <16 x i32>
  %quadrant399 = and <16 x i32> %1611, <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %1612 = and <16 x i32> %quadrant399, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1613 = icmp ne <16 x i32> %1612, zeroinitializer
  %1614 = select <16 x i1> %1613, <16 x float> %1610, <16 x float> %1600
  %1615 = select <16 x i1> %1613, <16 x float> %1600, <16 x float> %1610
  %1616 = and <16 x i32> %quadrant399, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %1617 = icmp ne <16 x i32> %1616, zeroinitializer
  %1618 = add <16 x i32> %quadrant399, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1619 = and <16 x i32> %1618, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %1620 = icmp ne <16 x i32> %1619, zeroinitializer
  %1621 = fneg <16 x float> %1614
  %sin400 = select <16 x i1> %1617, <16 x float> %1621, <16 x float> %1614
  %1622 = fneg <16 x float> %1615
  %cos401 = select <16 x i1> %1620, <16 x float> %1622, <16 x float> %1615
  %1623 = fmul <16 x float> %r398, %cos401
  %1624 = fmul <16 x float> %r398, %sin400
  %1625 = and <16 x i64> %1341, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %1626 = icmp ne <16 x i64> %1625, zeroinitializer
  %z402 = select <16 x i1> %1626, <16 x float> %1624, <16 x float> %1623
  %1627 = getelementptr inbounds float, float* %1338, i64 0
  %1628 = bitcast float* %1627 to <16 x float>*
  store <16 x float> %z402, <16 x float>* %1628, align 4
  %1629 = add nsw i64 %zrow393, 1
  br label %zrow.head390

zrow.exit392:                                     ; preds = %zrow.head390
  br label %zpro.join389

kt.head414:                                       ; preds = %run.exit422, %zblk.exit378
  %kt417 = phi i64 [ 0, %zblk.exit378 ], [ %1638, %run.exit422 ]
  %1630 = icmp slt i64 %kt417, 64
  br i1 %1630, label %kt.body415, label %kt.exit416

kt.body415:                                       ; preds = %kt.head414
  %1631 = add i64 %kt417, 256
  %1632 = icmp slt i64 %1631, 64
  %kend418 = select i1 %1632, i64 %1631, i64 64
  store i64 0, i64* %nruns413, align 8
  store i64 %kt417, i64* %runs412, align 8
  store i64 1, i64* %nruns413, align 8
  %nruns419 = load i64, i64* %nruns413, align 8
  %1633 = getelementptr inbounds i64, i64* %runs412, i64 %nruns419
  store i64 %kend418, i64* %1633, align 8
  br label %run.head420

kt.exit416:                                       ; preds = %kt.head414
  br label %eblk.head691

run.head420:                                      ; preds = %fblk.exit646, %kt.body415
  %run423 = phi i64 [ 0, %kt.body415 ], [ %2105, %fblk.exit646 ]
  %1634 = icmp slt i64 %run423, %nruns419
  br i1 %1634, label %run.body421, label %run.exit422

run.body421:                                      ; preds = %run.head420
  %1635 = getelementptr inbounds i64, i64* %runs412, i64 %run423
  %ka424 = load i64, i64* %1635, align 8
  %1636 = add i64 %run423, 1
  %1637 = getelementptr inbounds i64, i64* %runs412, i64 %1636
  %kb425 = load i64, i64* %1637, align 8
  br label %hblk.head426

run.exit422:                                      ; preds = %run.head420
  %1638 = add nsw i64 %kt417, 256
  br label %kt.head414

hblk.head426:                                     ; preds = %hblk.body427, %run.body421
  %hblk429 = phi i64 [ 0, %run.body421 ], [ %1690, %hblk.body427 ]
  %1639 = icmp slt i64 %hblk429, %nblk375
  br i1 %1639, label %hblk.body427, label %hblk.exit428

hblk.body427:                                     ; preds = %hblk.head426
  %cb430 = add i64 %chunk, %hblk429
  %c0431 = mul i64 %cb430, 16
  %1640 = icmp slt i64 %c0431, 48
  %n0432 = select i1 %1640, i64 %c0431, i64 48
  %lane.lo433 = sub i64 %c0431, %n0432
  %1641 = insertelement <16 x i64> undef, i64 %lane.lo433, i32 0
  %1642 = shufflevector <16 x i64> %1641, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask434 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %1642
  %1643 = mul i64 %hblk429, 64
  %1644 = add i64 0, %1643
  %zregion435 = getelementptr inbounds i8, i8* %scratch, i64 %1644
  %1645 = trunc i64 %n0432 to i32
  %1646 = insertelement <16 x i32> undef, i32 %1645, i32 0
  %1647 = shufflevector <16 x i32> %1646, <16 x i32> undef, <16 x i32> zeroinitializer
  %n436 = add <16 x i32> %1647, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1648 = sext <16 x i32> %n436 to <16 x i64>
  %1649 = trunc i64 %n0432 to i32
  %1650 = sext i32 %1649 to i64
  %1651 = getelementptr inbounds half, half* %weight_scale3, i64 %1650
  %1652 = bitcast half* %1651 to <16 x half>*
  %weight_scale.raw437 = load <16 x half>, <16 x half>* %1652, align 2
  %weight_scale438 = fpext <16 x half> %weight_scale.raw437 to <16 x float>
  %1653 = getelementptr inbounds i8, i8* %zregion435, i64 0
  %zbuf439 = bitcast i8* %1653 to float*
  %1654 = getelementptr inbounds float, float* %zbuf439, i64 0
  %1655 = bitcast float* %1654 to <16 x float>*
  %z.buf440 = load <16 x float>, <16 x float>* %1655, align 4
  %z441 = select i1 %perturbed, <16 x float> %z.buf440, <16 x float> zeroinitializer
  %1656 = insertelement <16 x float> undef, float %eps.pos, i32 0
  %1657 = shufflevector <16 x float> %1656, <16 x float> undef, <16 x i32> zeroinitializer
  %1658 = fmul <16 x float> %1657, %z441
  %weight_scale.pos442 = fadd <16 x float> %weight_scale438, %1658
  store <16 x float> %weight_scale.pos442, <16 x float>* %hoist0.pos, align 64
  %1659 = sext <16 x i32> %n436 to <16 x i64>
  %1660 = sext i32 %1649 to i64
  %1661 = getelementptr inbounds half, half* %weight_scale3, i64 %1660
  %1662 = bitcast half* %1661 to <16 x half>*
  %weight_scale.raw443 = load <16 x half>, <16 x half>* %1662, align 2
  %weight_scale444 = fpext <16 x half> %weight_scale.raw443 to <16 x float>
  %1663 = insertelement <16 x float> undef, float %eps.neg, i32 0
  %1664 = shufflevector <16 x float> %1663, <16 x float> undef, <16 x i32> zeroinitializer
  %1665 = fmul <16 x float> %1664, %z441
  %weight_scale.neg445 = fadd <16 x float> %weight_scale444, %1665
  store <16 x float> %weight_scale.neg445, <16 x float>* %hoist0.neg, align 64
  %1666 = mul i64 %hblk429, 128
  %1667 = add i64 4416, %1666
  %hstate446 = getelementptr inbounds i8, i8* %scratch, i64 %1667
  %1668 = getelementptr inbounds i8, i8* %hstate446, i64 0
  %1669 = bitcast i8* %1668 to <16 x float>*
  %1670 = load <16 x float>, <16 x float>* %hoist0.pos, align 64
  store <16 x float> %1670, <16 x float>* %1669, align 4
  %1671 = getelementptr inbounds i8, i8* %hstate446, i64 64
  %1672 = bitcast i8* %1671 to <16 x float>*
  %1673 = load <16 x float>, <16 x float>* %hoist0.neg, align 64
  store <16 x float> %1673, <16 x float>* %1672, align 4
  %dvec447 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec448 = bitcast i8* %dvec447 to float*
  %1674 = add i64 0, %hblk429
  %1675 = mul i64 %1674, 16
  %1676 = getelementptr inbounds float, float* %dvec448, i64 %1675
  %1677 = bitcast float* %1676 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %1677, align 4
  %dvec449 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec450 = bitcast i8* %dvec449 to float*
  %1678 = add i64 4, %hblk429
  %1679 = mul i64 %1678, 16
  %1680 = getelementptr inbounds float, float* %dvec450, i64 %1679
  %1681 = bitcast float* %1680 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %1681, align 4
  %dvec451 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec452 = bitcast i8* %dvec451 to float*
  %1682 = add i64 8, %hblk429
  %1683 = mul i64 %1682, 16
  %1684 = getelementptr inbounds float, float* %dvec452, i64 %1683
  %1685 = bitcast float* %1684 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %1685, align 4
  %dvec453 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec454 = bitcast i8* %dvec453 to float*
  %1686 = add i64 12, %hblk429
  %1687 = mul i64 %1686, 16
  %1688 = getelementptr inbounds float, float* %dvec454, i64 %1687
  %1689 = bitcast float* %1688 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %1689, align 4
  %1690 = add nsw i64 %hblk429, 1
  br label %hblk.head426

hblk.exit428:                                     ; preds = %hblk.head426
  br label %ks.head455

ks.head455:                                       ; preds = %sblk.exit463, %hblk.exit428
  %ks458 = phi i64 [ %ka424, %hblk.exit428 ], [ %1718, %sblk.exit463 ]
  %1691 = icmp slt i64 %ks458, %kb425
  br i1 %1691, label %ks.body456, label %ks.exit457

ks.body456:                                       ; preds = %ks.head455
  %1692 = add i64 %ks458, 8
  %1693 = icmp slt i64 %1692, %kb425
  %ke459 = select i1 %1693, i64 %1692, i64 %kb425
  %1694 = sub i64 %ke459, %ks458
  %full460 = icmp eq i64 %1694, 8
  br label %sblk.head461

ks.exit457:                                       ; preds = %ks.head455
  br label %fblk.head644

sblk.head461:                                     ; preds = %kstep.join477, %ks.body456
  %sblk464 = phi i64 [ 0, %ks.body456 ], [ %2023, %kstep.join477 ]
  %1695 = icmp slt i64 %sblk464, %nblk375
  br i1 %1695, label %sblk.body462, label %sblk.exit463

sblk.body462:                                     ; preds = %sblk.head461
  %cb465 = add i64 %chunk, %sblk464
  %c0466 = mul i64 %cb465, 16
  %1696 = icmp slt i64 %c0466, 48
  %n0467 = select i1 %1696, i64 %c0466, i64 48
  %lane.lo468 = sub i64 %c0466, %n0467
  %1697 = insertelement <16 x i64> undef, i64 %lane.lo468, i32 0
  %1698 = shufflevector <16 x i64> %1697, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask469 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %1698
  %1699 = mul i64 %sblk464, 64
  %1700 = add i64 0, %1699
  %zregion470 = getelementptr inbounds i8, i8* %scratch, i64 %1700
  %1701 = mul i64 %sblk464, 128
  %1702 = add i64 4416, %1701
  %hstate471 = getelementptr inbounds i8, i8* %scratch, i64 %1702
  %1703 = getelementptr inbounds i8, i8* %hstate471, i64 0
  %1704 = bitcast i8* %1703 to <16 x float>*
  %hoist.state472 = load <16 x float>, <16 x float>* %1704, align 4
  store <16 x float> %hoist.state472, <16 x float>* %hoist0.pos, align 64
  %1705 = getelementptr inbounds i8, i8* %hstate471, i64 64
  %1706 = bitcast i8* %1705 to <16 x float>*
  %hoist.state473 = load <16 x float>, <16 x float>* %1706, align 4
  store <16 x float> %hoist.state473, <16 x float>* %hoist0.neg, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.0361, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.1362, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.2363, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.3364, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain1.0367, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain1.1368, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain1.2369, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain1.3370, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain2.0, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain2.1, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain2.2, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain2.3, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain3.0, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain3.1, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain3.2, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain3.3, align 64
  %1707 = add i64 %ks458, 16
  %1708 = icmp slt i64 %1707, 63
  %kpre474 = select i1 %1708, i64 %1707, i64 63
  %1709 = trunc i64 %n0467 to i32
  %1710 = sext i32 %1709 to i64
  %1711 = trunc i64 %kpre474 to i32
  %1712 = sext i32 %1711 to i64
  %1713 = mul i64 %1710, 64
  %1714 = add i64 %1712, %1713
  %1715 = icmp slt i64 %1714, 4095
  %1716 = select i1 %1715, i64 %1714, i64 4095
  %1717 = getelementptr inbounds i8, i8* %weight, i64 %1716
  call void @llvm.prefetch.p0i8(i8* %1717, i32 0, i32 3, i32 1)
  br i1 %full460, label %kstep.then475, label %kstep.else476

sblk.exit463:                                     ; preds = %sblk.head461
  %1718 = add nsw i64 %ks458, 8
  br label %ks.head455

kstep.then475:                                    ; preds = %sblk.body462
  %k478 = add i64 %ks458, 0
  %1719 = trunc i64 %n0467 to i32
  %1720 = insertelement <16 x i32> undef, i32 %1719, i32 0
  %1721 = shufflevector <16 x i32> %1720, <16 x i32> undef, <16 x i32> zeroinitializer
  %n479 = add <16 x i32> %1721, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1722 = sext <16 x i32> %n479 to <16 x i64>
  %1723 = trunc i64 %k478 to i32
  %1724 = sext i32 %1723 to i64
  %1725 = mul <16 x i64> %1722, <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>
  %1726 = insertelement <16 x i64> undef, i64 %1724, i32 0
  %1727 = shufflevector <16 x i64> %1726, <16 x i64> undef, <16 x i32> zeroinitializer
  %1728 = add <16 x i64> %1727, %1725
  %1729 = getelementptr inbounds i8, i8* %weight, <16 x i64> %1728
  %weight.raw480 = call <16 x i8> @llvm.masked.gather.v16i8.v16p0i8(<16 x i8*> %1729, i32 1, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i8> undef)
  %1730 = sext <16 x i8> %weight.raw480 to <16 x i64>
  %1731 = trunc <16 x i64> %1730 to <16 x i32>
  %1732 = sitofp <16 x i32> %1731 to <16 x float>
  %1733 = load <16 x float>, <16 x float>* %chain0.0361, align 64
  %1734 = mul i64 %m359, 64
  %1735 = add i64 %1734, %k478
  %1736 = getelementptr inbounds float, float* %x1, i64 %1735
  %x481 = load float, float* %1736, align 4
  %1737 = insertelement <16 x float> undef, float %x481, i32 0
  %x.v482 = shufflevector <16 x float> %1737, <16 x float> undef, <16 x i32> zeroinitializer
  %part483 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v482, <16 x float> %1732, <16 x float> %1733)
  store <16 x float> %part483, <16 x float>* %chain0.0361, align 64
  %1738 = load <16 x float>, <16 x float>* %chain1.0367, align 64
  %1739 = mul i64 %m365, 64
  %1740 = add i64 %1739, %k478
  %1741 = getelementptr inbounds float, float* %x1, i64 %1740
  %x484 = load float, float* %1741, align 4
  %1742 = insertelement <16 x float> undef, float %x484, i32 0
  %x.v485 = shufflevector <16 x float> %1742, <16 x float> undef, <16 x i32> zeroinitializer
  %part486 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v485, <16 x float> %1732, <16 x float> %1738)
  store <16 x float> %part486, <16 x float>* %chain1.0367, align 64
  %1743 = load <16 x float>, <16 x float>* %chain2.0, align 64
  %1744 = mul i64 %m371, 64
  %1745 = add i64 %1744, %k478
  %1746 = getelementptr inbounds float, float* %x1, i64 %1745
  %x487 = load float, float* %1746, align 4
  %1747 = insertelement <16 x float> undef, float %x487, i32 0
  %x.v488 = shufflevector <16 x float> %1747, <16 x float> undef, <16 x i32> zeroinitializer
  %part489 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v488, <16 x float> %1732, <16 x float> %1743)
  store <16 x float> %part489, <16 x float>* %chain2.0, align 64
  %1748 = load <16 x float>, <16 x float>* %chain3.0, align 64
  %1749 = mul i64 %m373, 64
  %1750 = add i64 %1749, %k478
  %1751 = getelementptr inbounds float, float* %x1, i64 %1750
  %x490 = load float, float* %1751, align 4
  %1752 = insertelement <16 x float> undef, float %x490, i32 0
  %x.v491 = shufflevector <16 x float> %1752, <16 x float> undef, <16 x i32> zeroinitializer
  %part492 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v491, <16 x float> %1732, <16 x float> %1748)
  store <16 x float> %part492, <16 x float>* %chain3.0, align 64
  %k493 = add i64 %ks458, 1
  %1753 = trunc i64 %n0467 to i32
  %1754 = insertelement <16 x i32> undef, i32 %1753, i32 0
  %1755 = shufflevector <16 x i32> %1754, <16 x i32> undef, <16 x i32> zeroinitializer
  %n494 = add <16 x i32> %1755, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1756 = sext <16 x i32> %n494 to <16 x i64>
  %1757 = trunc i64 %k493 to i32
  %1758 = sext i32 %1757 to i64
  %1759 = mul <16 x i64> %1756, <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>
  %1760 = insertelement <16 x i64> undef, i64 %1758, i32 0
  %1761 = shufflevector <16 x i64> %1760, <16 x i64> undef, <16 x i32> zeroinitializer
  %1762 = add <16 x i64> %1761, %1759
  %1763 = getelementptr inbounds i8, i8* %weight, <16 x i64> %1762
  %weight.raw495 = call <16 x i8> @llvm.masked.gather.v16i8.v16p0i8(<16 x i8*> %1763, i32 1, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i8> undef)
  %1764 = sext <16 x i8> %weight.raw495 to <16 x i64>
  %1765 = trunc <16 x i64> %1764 to <16 x i32>
  %1766 = sitofp <16 x i32> %1765 to <16 x float>
  %1767 = load <16 x float>, <16 x float>* %chain0.1362, align 64
  %1768 = mul i64 %m359, 64
  %1769 = add i64 %1768, %k493
  %1770 = getelementptr inbounds float, float* %x1, i64 %1769
  %x496 = load float, float* %1770, align 4
  %1771 = insertelement <16 x float> undef, float %x496, i32 0
  %x.v497 = shufflevector <16 x float> %1771, <16 x float> undef, <16 x i32> zeroinitializer
  %part498 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v497, <16 x float> %1766, <16 x float> %1767)
  store <16 x float> %part498, <16 x float>* %chain0.1362, align 64
  %1772 = load <16 x float>, <16 x float>* %chain1.1368, align 64
  %1773 = mul i64 %m365, 64
  %1774 = add i64 %1773, %k493
  %1775 = getelementptr inbounds float, float* %x1, i64 %1774
  %x499 = load float, float* %1775, align 4
  %1776 = insertelement <16 x float> undef, float %x499, i32 0
  %x.v500 = shufflevector <16 x float> %1776, <16 x float> undef, <16 x i32> zeroinitializer
  %part501 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v500, <16 x float> %1766, <16 x float> %1772)
  store <16 x float> %part501, <16 x float>* %chain1.1368, align 64
  %1777 = load <16 x float>, <16 x float>* %chain2.1, align 64
  %1778 = mul i64 %m371, 64
  %1779 = add i64 %1778, %k493
  %1780 = getelementptr inbounds float, float* %x1, i64 %1779
  %x502 = load float, float* %1780, align 4
  %1781 = insertelement <16 x float> undef, float %x502, i32 0
  %x.v503 = shufflevector <16 x float> %1781, <16 x float> undef, <16 x i32> zeroinitializer
  %part504 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v503, <16 x float> %1766, <16 x float> %1777)
  store <16 x float> %part504, <16 x float>* %chain2.1, align 64
  %1782 = load <16 x float>, <16 x float>* %chain3.1, align 64
  %1783 = mul i64 %m373, 64
  %1784 = add i64 %1783, %k493
  %1785 = getelementptr inbounds float, float* %x1, i64 %1784
  %x505 = load float, float* %1785, align 4
  %1786 = insertelement <16 x float> undef, float %x505, i32 0
  %x.v506 = shufflevector <16 x float> %1786, <16 x float> undef, <16 x i32> zeroinitializer
  %part507 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v506, <16 x float> %1766, <16 x float> %1782)
  store <16 x float> %part507, <16 x float>* %chain3.1, align 64
  %k508 = add i64 %ks458, 2
  %1787 = trunc i64 %n0467 to i32
  %1788 = insertelement <16 x i32> undef, i32 %1787, i32 0
  %1789 = shufflevector <16 x i32> %1788, <16 x i32> undef, <16 x i32> zeroinitializer
  %n509 = add <16 x i32> %1789, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1790 = sext <16 x i32> %n509 to <16 x i64>
  %1791 = trunc i64 %k508 to i32
  %1792 = sext i32 %1791 to i64
  %1793 = mul <16 x i64> %1790, <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>
  %1794 = insertelement <16 x i64> undef, i64 %1792, i32 0
  %1795 = shufflevector <16 x i64> %1794, <16 x i64> undef, <16 x i32> zeroinitializer
  %1796 = add <16 x i64> %1795, %1793
  %1797 = getelementptr inbounds i8, i8* %weight, <16 x i64> %1796
  %weight.raw510 = call <16 x i8> @llvm.masked.gather.v16i8.v16p0i8(<16 x i8*> %1797, i32 1, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i8> undef)
  %1798 = sext <16 x i8> %weight.raw510 to <16 x i64>
  %1799 = trunc <16 x i64> %1798 to <16 x i32>
  %1800 = sitofp <16 x i32> %1799 to <16 x float>
  %1801 = load <16 x float>, <16 x float>* %chain0.2363, align 64
  %1802 = mul i64 %m359, 64
  %1803 = add i64 %1802, %k508
  %1804 = getelementptr inbounds float, float* %x1, i64 %1803
  %x511 = load float, float* %1804, align 4
  %1805 = insertelement <16 x float> undef, float %x511, i32 0
  %x.v512 = shufflevector <16 x float> %1805, <16 x float> undef, <16 x i32> zeroinitializer
  %part513 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v512, <16 x float> %1800, <16 x float> %1801)
  store <16 x float> %part513, <16 x float>* %chain0.2363, align 64
  %1806 = load <16 x float>, <16 x float>* %chain1.2369, align 64
  %1807 = mul i64 %m365, 64
  %1808 = add i64 %1807, %k508
  %1809 = getelementptr inbounds float, float* %x1, i64 %1808
  %x514 = load float, float* %1809, align 4
  %1810 = insertelement <16 x float> undef, float %x514, i32 0
  %x.v515 = shufflevector <16 x float> %1810, <16 x float> undef, <16 x i32> zeroinitializer
  %part516 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v515, <16 x float> %1800, <16 x float> %1806)
  store <16 x float> %part516, <16 x float>* %chain1.2369, align 64
  %1811 = load <16 x float>, <16 x float>* %chain2.2, align 64
  %1812 = mul i64 %m371, 64
  %1813 = add i64 %1812, %k508
  %1814 = getelementptr inbounds float, float* %x1, i64 %1813
  %x517 = load float, float* %1814, align 4
  %1815 = insertelement <16 x float> undef, float %x517, i32 0
  %x.v518 = shufflevector <16 x float> %1815, <16 x float> undef, <16 x i32> zeroinitializer
  %part519 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v518, <16 x float> %1800, <16 x float> %1811)
  store <16 x float> %part519, <16 x float>* %chain2.2, align 64
  %1816 = load <16 x float>, <16 x float>* %chain3.2, align 64
  %1817 = mul i64 %m373, 64
  %1818 = add i64 %1817, %k508
  %1819 = getelementptr inbounds float, float* %x1, i64 %1818
  %x520 = load float, float* %1819, align 4
  %1820 = insertelement <16 x float> undef, float %x520, i32 0
  %x.v521 = shufflevector <16 x float> %1820, <16 x float> undef, <16 x i32> zeroinitializer
  %part522 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v521, <16 x float> %1800, <16 x float> %1816)
  store <16 x float> %part522, <16 x float>* %chain3.2, align 64
  %k523 = add i64 %ks458, 3
  %1821 = trunc i64 %n0467 to i32
  %1822 = insertelement <16 x i32> undef, i32 %1821, i32 0
  %1823 = shufflevector <16 x i32> %1822, <16 x i32> undef, <16 x i32> zeroinitializer
  %n524 = add <16 x i32> %1823, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1824 = sext <16 x i32> %n524 to <16 x i64>
  %1825 = trunc i64 %k523 to i32
  %1826 = sext i32 %1825 to i64
  %1827 = mul <16 x i64> %1824, <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>
  %1828 = insertelement <16 x i64> undef, i64 %1826, i32 0
  %1829 = shufflevector <16 x i64> %1828, <16 x i64> undef, <16 x i32> zeroinitializer
  %1830 = add <16 x i64> %1829, %1827
  %1831 = getelementptr inbounds i8, i8* %weight, <16 x i64> %1830
  %weight.raw525 = call <16 x i8> @llvm.masked.gather.v16i8.v16p0i8(<16 x i8*> %1831, i32 1, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i8> undef)
  %1832 = sext <16 x i8> %weight.raw525 to <16 x i64>
  %1833 = trunc <16 x i64> %1832 to <16 x i32>
  %1834 = sitofp <16 x i32> %1833 to <16 x float>
  %1835 = load <16 x float>, <16 x float>* %chain0.3364, align 64
  %1836 = mul i64 %m359, 64
  %1837 = add i64 %1836, %k523
  %1838 = getelementptr inbounds float, float* %x1, i64 %1837
  %x526 = load float, float* %1838, align 4
  %1839 = insertelement <16 x float> undef, float %x526, i32 0
  %x.v527 = shufflevector <16 x float> %1839, <16 x float> undef, <16 x i32> zeroinitializer
  %part528 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v527, <16 x float> %1834, <16 x float> %1835)
  store <16 x float> %part528, <16 x float>* %chain0.3364, align 64
  %1840 = load <16 x float>, <16 x float>* %chain1.3370, align 64
  %1841 = mul i64 %m365, 64
  %1842 = add i64 %1841, %k523
  %1843 = getelementptr inbounds float, float* %x1, i64 %1842
  %x529 = load float, float* %1843, align 4
  %1844 = insertelement <16 x float> undef, float %x529, i32 0
  %x.v530 = shufflevector <16 x float> %1844, <16 x float> undef, <16 x i32> zeroinitializer
  %part531 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v530, <16 x float> %1834, <16 x float> %1840)
  store <16 x float> %part531, <16 x float>* %chain1.3370, align 64
  %1845 = load <16 x float>, <16 x float>* %chain2.3, align 64
  %1846 = mul i64 %m371, 64
  %1847 = add i64 %1846, %k523
  %1848 = getelementptr inbounds float, float* %x1, i64 %1847
  %x532 = load float, float* %1848, align 4
  %1849 = insertelement <16 x float> undef, float %x532, i32 0
  %x.v533 = shufflevector <16 x float> %1849, <16 x float> undef, <16 x i32> zeroinitializer
  %part534 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v533, <16 x float> %1834, <16 x float> %1845)
  store <16 x float> %part534, <16 x float>* %chain2.3, align 64
  %1850 = load <16 x float>, <16 x float>* %chain3.3, align 64
  %1851 = mul i64 %m373, 64
  %1852 = add i64 %1851, %k523
  %1853 = getelementptr inbounds float, float* %x1, i64 %1852
  %x535 = load float, float* %1853, align 4
  %1854 = insertelement <16 x float> undef, float %x535, i32 0
  %x.v536 = shufflevector <16 x float> %1854, <16 x float> undef, <16 x i32> zeroinitializer
  %part537 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v536, <16 x float> %1834, <16 x float> %1850)
  store <16 x float> %part537, <16 x float>* %chain3.3, align 64
  %k538 = add i64 %ks458, 4
  %1855 = trunc i64 %n0467 to i32
  %1856 = insertelement <16 x i32> undef, i32 %1855, i32 0
  %1857 = shufflevector <16 x i32> %1856, <16 x i32> undef, <16 x i32> zeroinitializer
  %n539 = add <16 x i32> %1857, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1858 = sext <16 x i32> %n539 to <16 x i64>
  %1859 = trunc i64 %k538 to i32
  %1860 = sext i32 %1859 to i64
  %1861 = mul <16 x i64> %1858, <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>
  %1862 = insertelement <16 x i64> undef, i64 %1860, i32 0
  %1863 = shufflevector <16 x i64> %1862, <16 x i64> undef, <16 x i32> zeroinitializer
  %1864 = add <16 x i64> %1863, %1861
  %1865 = getelementptr inbounds i8, i8* %weight, <16 x i64> %1864
  %weight.raw540 = call <16 x i8> @llvm.masked.gather.v16i8.v16p0i8(<16 x i8*> %1865, i32 1, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i8> undef)
  %1866 = sext <16 x i8> %weight.raw540 to <16 x i64>
  %1867 = trunc <16 x i64> %1866 to <16 x i32>
  %1868 = sitofp <16 x i32> %1867 to <16 x float>
  %1869 = load <16 x float>, <16 x float>* %chain0.0361, align 64
  %1870 = mul i64 %m359, 64
  %1871 = add i64 %1870, %k538
  %1872 = getelementptr inbounds float, float* %x1, i64 %1871
  %x541 = load float, float* %1872, align 4
  %1873 = insertelement <16 x float> undef, float %x541, i32 0
  %x.v542 = shufflevector <16 x float> %1873, <16 x float> undef, <16 x i32> zeroinitializer
  %part543 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v542, <16 x float> %1868, <16 x float> %1869)
  store <16 x float> %part543, <16 x float>* %chain0.0361, align 64
  %1874 = load <16 x float>, <16 x float>* %chain1.0367, align 64
  %1875 = mul i64 %m365, 64
  %1876 = add i64 %1875, %k538
  %1877 = getelementptr inbounds float, float* %x1, i64 %1876
  %x544 = load float, float* %1877, align 4
  %1878 = insertelement <16 x float> undef, float %x544, i32 0
  %x.v545 = shufflevector <16 x float> %1878, <16 x float> undef, <16 x i32> zeroinitializer
  %part546 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v545, <16 x float> %1868, <16 x float> %1874)
  store <16 x float> %part546, <16 x float>* %chain1.0367, align 64
  %1879 = load <16 x float>, <16 x float>* %chain2.0, align 64
  %1880 = mul i64 %m371, 64
  %1881 = add i64 %1880, %k538
  %1882 = getelementptr inbounds float, float* %x1, i64 %1881
  %x547 = load float, float* %1882, align 4
  %1883 = insertelement <16 x float> undef, float %x547, i32 0
  %x.v548 = shufflevector <16 x float> %1883, <16 x float> undef, <16 x i32> zeroinitializer
  %part549 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v548, <16 x float> %1868, <16 x float> %1879)
  store <16 x float> %part549, <16 x float>* %chain2.0, align 64
  %1884 = load <16 x float>, <16 x float>* %chain3.0, align 64
  %1885 = mul i64 %m373, 64
  %1886 = add i64 %1885, %k538
  %1887 = getelementptr inbounds float, float* %x1, i64 %1886
  %x550 = load float, float* %1887, align 4
  %1888 = insertelement <16 x float> undef, float %x550, i32 0
  %x.v551 = shufflevector <16 x float> %1888, <16 x float> undef, <16 x i32> zeroinitializer
  %part552 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v551, <16 x float> %1868, <16 x float> %1884)
  store <16 x float> %part552, <16 x float>* %chain3.0, align 64
  %k553 = add i64 %ks458, 5
  %1889 = trunc i64 %n0467 to i32
  %1890 = insertelement <16 x i32> undef, i32 %1889, i32 0
  %1891 = shufflevector <16 x i32> %1890, <16 x i32> undef, <16 x i32> zeroinitializer
  %n554 = add <16 x i32> %1891, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1892 = sext <16 x i32> %n554 to <16 x i64>
  %1893 = trunc i64 %k553 to i32
  %1894 = sext i32 %1893 to i64
  %1895 = mul <16 x i64> %1892, <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>
  %1896 = insertelement <16 x i64> undef, i64 %1894, i32 0
  %1897 = shufflevector <16 x i64> %1896, <16 x i64> undef, <16 x i32> zeroinitializer
  %1898 = add <16 x i64> %1897, %1895
  %1899 = getelementptr inbounds i8, i8* %weight, <16 x i64> %1898
  %weight.raw555 = call <16 x i8> @llvm.masked.gather.v16i8.v16p0i8(<16 x i8*> %1899, i32 1, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i8> undef)
  %1900 = sext <16 x i8> %weight.raw555 to <16 x i64>
  %1901 = trunc <16 x i64> %1900 to <16 x i32>
  %1902 = sitofp <16 x i32> %1901 to <16 x float>
  %1903 = load <16 x float>, <16 x float>* %chain0.1362, align 64
  %1904 = mul i64 %m359, 64
  %1905 = add i64 %1904, %k553
  %1906 = getelementptr inbounds float, float* %x1, i64 %1905
  %x556 = load float, float* %1906, align 4
  %1907 = insertelement <16 x float> undef, float %x556, i32 0
  %x.v557 = shufflevector <16 x float> %1907, <16 x float> undef, <16 x i32> zeroinitializer
  %part558 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v557, <16 x float> %1902, <16 x float> %1903)
  store <16 x float> %part558, <16 x float>* %chain0.1362, align 64
  %1908 = load <16 x float>, <16 x float>* %chain1.1368, align 64
  %1909 = mul i64 %m365, 64
  %1910 = add i64 %1909, %k553
  %1911 = getelementptr inbounds float, float* %x1, i64 %1910
  %x559 = load float, float* %1911, align 4
  %1912 = insertelement <16 x float> undef, float %x559, i32 0
  %x.v560 = shufflevector <16 x float> %1912, <16 x float> undef, <16 x i32> zeroinitializer
  %part561 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v560, <16 x float> %1902, <16 x float> %1908)
  store <16 x float> %part561, <16 x float>* %chain1.1368, align 64
  %1913 = load <16 x float>, <16 x float>* %chain2.1, align 64
  %1914 = mul i64 %m371, 64
  %1915 = add i64 %1914, %k553
  %1916 = getelementptr inbounds float, float* %x1, i64 %1915
  %x562 = load float, float* %1916, align 4
  %1917 = insertelement <16 x float> undef, float %x562, i32 0
  %x.v563 = shufflevector <16 x float> %1917, <16 x float> undef, <16 x i32> zeroinitializer
  %part564 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v563, <16 x float> %1902, <16 x float> %1913)
  store <16 x float> %part564, <16 x float>* %chain2.1, align 64
  %1918 = load <16 x float>, <16 x float>* %chain3.1, align 64
  %1919 = mul i64 %m373, 64
  %1920 = add i64 %1919, %k553
  %1921 = getelementptr inbounds float, float* %x1, i64 %1920
  %x565 = load float, float* %1921, align 4
  %1922 = insertelement <16 x float> undef, float %x565, i32 0
  %x.v566 = shufflevector <16 x float> %1922, <16 x float> undef, <16 x i32> zeroinitializer
  %part567 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v566, <16 x float> %1902, <16 x float> %1918)
  store <16 x float> %part567, <16 x float>* %chain3.1, align 64
  %k568 = add i64 %ks458, 6
  %1923 = trunc i64 %n0467 to i32
  %1924 = insertelement <16 x i32> undef, i32 %1923, i32 0
  %1925 = shufflevector <16 x i32> %1924, <16 x i32> undef, <16 x i32> zeroinitializer
  %n569 = add <16 x i32> %1925, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1926 = sext <16 x i32> %n569 to <16 x i64>
  %1927 = trunc i64 %k568 to i32
  %1928 = sext i32 %1927 to i64
  %1929 = mul <16 x i64> %1926, <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>
  %1930 = insertelement <16 x i64> undef, i64 %1928, i32 0
  %1931 = shufflevector <16 x i64> %1930, <16 x i64> undef, <16 x i32> zeroinitializer
  %1932 = add <16 x i64> %1931, %1929
  %1933 = getelementptr inbounds i8, i8* %weight, <16 x i64> %1932
  %weight.raw570 = call <16 x i8> @llvm.masked.gather.v16i8.v16p0i8(<16 x i8*> %1933, i32 1, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i8> undef)
  %1934 = sext <16 x i8> %weight.raw570 to <16 x i64>
  %1935 = trunc <16 x i64> %1934 to <16 x i32>
  %1936 = sitofp <16 x i32> %1935 to <16 x float>
  %1937 = load <16 x float>, <16 x float>* %chain0.2363, align 64
  %1938 = mul i64 %m359, 64
  %1939 = add i64 %1938, %k568
  %1940 = getelementptr inbounds float, float* %x1, i64 %1939
  %x571 = load float, float* %1940, align 4
  %1941 = insertelement <16 x float> undef, float %x571, i32 0
  %x.v572 = shufflevector <16 x float> %1941, <16 x float> undef, <16 x i32> zeroinitializer
  %part573 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v572, <16 x float> %1936, <16 x float> %1937)
  store <16 x float> %part573, <16 x float>* %chain0.2363, align 64
  %1942 = load <16 x float>, <16 x float>* %chain1.2369, align 64
  %1943 = mul i64 %m365, 64
  %1944 = add i64 %1943, %k568
  %1945 = getelementptr inbounds float, float* %x1, i64 %1944
  %x574 = load float, float* %1945, align 4
  %1946 = insertelement <16 x float> undef, float %x574, i32 0
  %x.v575 = shufflevector <16 x float> %1946, <16 x float> undef, <16 x i32> zeroinitializer
  %part576 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v575, <16 x float> %1936, <16 x float> %1942)
  store <16 x float> %part576, <16 x float>* %chain1.2369, align 64
  %1947 = load <16 x float>, <16 x float>* %chain2.2, align 64
  %1948 = mul i64 %m371, 64
  %1949 = add i64 %1948, %k568
  %1950 = getelementptr inbounds float, float* %x1, i64 %1949
  %x577 = load float, float* %1950, align 4
  %1951 = insertelement <16 x float> undef, float %x577, i32 0
  %x.v578 = shufflevector <16 x float> %1951, <16 x float> undef, <16 x i32> zeroinitializer
  %part579 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v578, <16 x float> %1936, <16 x float> %1947)
  store <16 x float> %part579, <16 x float>* %chain2.2, align 64
  %1952 = load <16 x float>, <16 x float>* %chain3.2, align 64
  %1953 = mul i64 %m373, 64
  %1954 = add i64 %1953, %k568
  %1955 = getelementptr inbounds float, float* %x1, i64 %1954
  %x580 = load float, float* %1955, align 4
  %1956 = insertelement <16 x float> undef, float %x580, i32 0
  %x.v581 = shufflevector <16 x float> %1956, <16 x float> undef, <16 x i32> zeroinitializer
  %part582 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v581, <16 x float> %1936, <16 x float> %1952)
  store <16 x float> %part582, <16 x float>* %chain3.2, align 64
  %k583 = add i64 %ks458, 7
  %1957 = trunc i64 %n0467 to i32
  %1958 = insertelement <16 x i32> undef, i32 %1957, i32 0
  %1959 = shufflevector <16 x i32> %1958, <16 x i32> undef, <16 x i32> zeroinitializer
  %n584 = add <16 x i32> %1959, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1960 = sext <16 x i32> %n584 to <16 x i64>
  %1961 = trunc i64 %k583 to i32
  %1962 = sext i32 %1961 to i64
  %1963 = mul <16 x i64> %1960, <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>
  %1964 = insertelement <16 x i64> undef, i64 %1962, i32 0
  %1965 = shufflevector <16 x i64> %1964, <16 x i64> undef, <16 x i32> zeroinitializer
  %1966 = add <16 x i64> %1965, %1963
  %1967 = getelementptr inbounds i8, i8* %weight, <16 x i64> %1966
  %weight.raw585 = call <16 x i8> @llvm.masked.gather.v16i8.v16p0i8(<16 x i8*> %1967, i32 1, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i8> undef)
  %1968 = sext <16 x i8> %weight.raw585 to <16 x i64>
  %1969 = trunc <16 x i64> %1968 to <16 x i32>
  %1970 = sitofp <16 x i32> %1969 to <16 x float>
  %1971 = load <16 x float>, <16 x float>* %chain0.3364, align 64
  %1972 = mul i64 %m359, 64
  %1973 = add i64 %1972, %k583
  %1974 = getelementptr inbounds float, float* %x1, i64 %1973
  %x586 = load float, float* %1974, align 4
  %1975 = insertelement <16 x float> undef, float %x586, i32 0
  %x.v587 = shufflevector <16 x float> %1975, <16 x float> undef, <16 x i32> zeroinitializer
  %part588 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v587, <16 x float> %1970, <16 x float> %1971)
  store <16 x float> %part588, <16 x float>* %chain0.3364, align 64
  %1976 = load <16 x float>, <16 x float>* %chain1.3370, align 64
  %1977 = mul i64 %m365, 64
  %1978 = add i64 %1977, %k583
  %1979 = getelementptr inbounds float, float* %x1, i64 %1978
  %x589 = load float, float* %1979, align 4
  %1980 = insertelement <16 x float> undef, float %x589, i32 0
  %x.v590 = shufflevector <16 x float> %1980, <16 x float> undef, <16 x i32> zeroinitializer
  %part591 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v590, <16 x float> %1970, <16 x float> %1976)
  store <16 x float> %part591, <16 x float>* %chain1.3370, align 64
  %1981 = load <16 x float>, <16 x float>* %chain2.3, align 64
  %1982 = mul i64 %m371, 64
  %1983 = add i64 %1982, %k583
  %1984 = getelementptr inbounds float, float* %x1, i64 %1983
  %x592 = load float, float* %1984, align 4
  %1985 = insertelement <16 x float> undef, float %x592, i32 0
  %x.v593 = shufflevector <16 x float> %1985, <16 x float> undef, <16 x i32> zeroinitializer
  %part594 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v593, <16 x float> %1970, <16 x float> %1981)
  store <16 x float> %part594, <16 x float>* %chain2.3, align 64
  %1986 = load <16 x float>, <16 x float>* %chain3.3, align 64
  %1987 = mul i64 %m373, 64
  %1988 = add i64 %1987, %k583
  %1989 = getelementptr inbounds float, float* %x1, i64 %1988
  %x595 = load float, float* %1989, align 4
  %1990 = insertelement <16 x float> undef, float %x595, i32 0
  %x.v596 = shufflevector <16 x float> %1990, <16 x float> undef, <16 x i32> zeroinitializer
  %part597 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v596, <16 x float> %1970, <16 x float> %1986)
  store <16 x float> %part597, <16 x float>* %chain3.3, align 64
  br label %kstep.join477

kstep.else476:                                    ; preds = %sblk.body462
  br label %k.head598

kstep.join477:                                    ; preds = %k.exit600, %kstep.then475
  %dvec616 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec617 = bitcast i8* %dvec616 to float*
  %1991 = add i64 0, %sblk464
  %1992 = mul i64 %1991, 16
  %1993 = getelementptr inbounds float, float* %dvec617, i64 %1992
  %1994 = bitcast float* %1993 to <16 x float>*
  %part618 = load <16 x float>, <16 x float>* %1994, align 4
  %1995 = load <16 x float>, <16 x float>* %chain0.0361, align 64
  %part619 = fadd <16 x float> %part618, %1995
  %1996 = load <16 x float>, <16 x float>* %chain0.1362, align 64
  %part620 = fadd <16 x float> %part619, %1996
  %1997 = load <16 x float>, <16 x float>* %chain0.2363, align 64
  %part621 = fadd <16 x float> %part620, %1997
  %1998 = load <16 x float>, <16 x float>* %chain0.3364, align 64
  %part622 = fadd <16 x float> %part621, %1998
  store <16 x float> %part622, <16 x float>* %1994, align 4
  %dvec623 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec624 = bitcast i8* %dvec623 to float*
  %1999 = add i64 4, %sblk464
  %2000 = mul i64 %1999, 16
  %2001 = getelementptr inbounds float, float* %dvec624, i64 %2000
  %2002 = bitcast float* %2001 to <16 x float>*
  %part625 = load <16 x float>, <16 x float>* %2002, align 4
  %2003 = load <16 x float>, <16 x float>* %chain1.0367, align 64
  %part626 = fadd <16 x float> %part625, %2003
  %2004 = load <16 x float>, <16 x float>* %chain1.1368, align 64
  %part627 = fadd <16 x float> %part626, %2004
  %2005 = load <16 x float>, <16 x float>* %chain1.2369, align 64
  %part628 = fadd <16 x float> %part627, %2005
  %2006 = load <16 x float>, <16 x float>* %chain1.3370, align 64
  %part629 = fadd <16 x float> %part628, %2006
  store <16 x float> %part629, <16 x float>* %2002, align 4
  %dvec630 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec631 = bitcast i8* %dvec630 to float*
  %2007 = add i64 8, %sblk464
  %2008 = mul i64 %2007, 16
  %2009 = getelementptr inbounds float, float* %dvec631, i64 %2008
  %2010 = bitcast float* %2009 to <16 x float>*
  %part632 = load <16 x float>, <16 x float>* %2010, align 4
  %2011 = load <16 x float>, <16 x float>* %chain2.0, align 64
  %part633 = fadd <16 x float> %part632, %2011
  %2012 = load <16 x float>, <16 x float>* %chain2.1, align 64
  %part634 = fadd <16 x float> %part633, %2012
  %2013 = load <16 x float>, <16 x float>* %chain2.2, align 64
  %part635 = fadd <16 x float> %part634, %2013
  %2014 = load <16 x float>, <16 x float>* %chain2.3, align 64
  %part636 = fadd <16 x float> %part635, %2014
  store <16 x float> %part636, <16 x float>* %2010, align 4
  %dvec637 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec638 = bitcast i8* %dvec637 to float*
  %2015 = add i64 12, %sblk464
  %2016 = mul i64 %2015, 16
  %2017 = getelementptr inbounds float, float* %dvec638, i64 %2016
  %2018 = bitcast float* %2017 to <16 x float>*
  %part639 = load <16 x float>, <16 x float>* %2018, align 4
  %2019 = load <16 x float>, <16 x float>* %chain3.0, align 64
  %part640 = fadd <16 x float> %part639, %2019
  %2020 = load <16 x float>, <16 x float>* %chain3.1, align 64
  %part641 = fadd <16 x float> %part640, %2020
  %2021 = load <16 x float>, <16 x float>* %chain3.2, align 64
  %part642 = fadd <16 x float> %part641, %2021
  %2022 = load <16 x float>, <16 x float>* %chain3.3, align 64
  %part643 = fadd <16 x float> %part642, %2022
  store <16 x float> %part643, <16 x float>* %2018, align 4
  %2023 = add nsw i64 %sblk464, 1
  br label %sblk.head461

k.head598:                                        ; preds = %k.body599, %kstep.else476
  %k601 = phi i64 [ %ks458, %kstep.else476 ], [ %2059, %k.body599 ]
  %2024 = icmp slt i64 %k601, %ke459
  br i1 %2024, label %k.body599, label %k.exit600

k.body599:                                        ; preds = %k.head598
  %2025 = trunc i64 %n0467 to i32
  %2026 = insertelement <16 x i32> undef, i32 %2025, i32 0
  %2027 = shufflevector <16 x i32> %2026, <16 x i32> undef, <16 x i32> zeroinitializer
  %n602 = add <16 x i32> %2027, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2028 = sext <16 x i32> %n602 to <16 x i64>
  %2029 = trunc i64 %k601 to i32
  %2030 = sext i32 %2029 to i64
  %2031 = mul <16 x i64> %2028, <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>
  %2032 = insertelement <16 x i64> undef, i64 %2030, i32 0
  %2033 = shufflevector <16 x i64> %2032, <16 x i64> undef, <16 x i32> zeroinitializer
  %2034 = add <16 x i64> %2033, %2031
  %2035 = getelementptr inbounds i8, i8* %weight, <16 x i64> %2034
  %weight.raw603 = call <16 x i8> @llvm.masked.gather.v16i8.v16p0i8(<16 x i8*> %2035, i32 1, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i8> undef)
  %2036 = sext <16 x i8> %weight.raw603 to <16 x i64>
  %2037 = trunc <16 x i64> %2036 to <16 x i32>
  %2038 = sitofp <16 x i32> %2037 to <16 x float>
  %2039 = load <16 x float>, <16 x float>* %chain0.0361, align 64
  %2040 = mul i64 %m359, 64
  %2041 = add i64 %2040, %k601
  %2042 = getelementptr inbounds float, float* %x1, i64 %2041
  %x604 = load float, float* %2042, align 4
  %2043 = insertelement <16 x float> undef, float %x604, i32 0
  %x.v605 = shufflevector <16 x float> %2043, <16 x float> undef, <16 x i32> zeroinitializer
  %part606 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v605, <16 x float> %2038, <16 x float> %2039)
  store <16 x float> %part606, <16 x float>* %chain0.0361, align 64
  %2044 = load <16 x float>, <16 x float>* %chain1.0367, align 64
  %2045 = mul i64 %m365, 64
  %2046 = add i64 %2045, %k601
  %2047 = getelementptr inbounds float, float* %x1, i64 %2046
  %x607 = load float, float* %2047, align 4
  %2048 = insertelement <16 x float> undef, float %x607, i32 0
  %x.v608 = shufflevector <16 x float> %2048, <16 x float> undef, <16 x i32> zeroinitializer
  %part609 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v608, <16 x float> %2038, <16 x float> %2044)
  store <16 x float> %part609, <16 x float>* %chain1.0367, align 64
  %2049 = load <16 x float>, <16 x float>* %chain2.0, align 64
  %2050 = mul i64 %m371, 64
  %2051 = add i64 %2050, %k601
  %2052 = getelementptr inbounds float, float* %x1, i64 %2051
  %x610 = load float, float* %2052, align 4
  %2053 = insertelement <16 x float> undef, float %x610, i32 0
  %x.v611 = shufflevector <16 x float> %2053, <16 x float> undef, <16 x i32> zeroinitializer
  %part612 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v611, <16 x float> %2038, <16 x float> %2049)
  store <16 x float> %part612, <16 x float>* %chain2.0, align 64
  %2054 = load <16 x float>, <16 x float>* %chain3.0, align 64
  %2055 = mul i64 %m373, 64
  %2056 = add i64 %2055, %k601
  %2057 = getelementptr inbounds float, float* %x1, i64 %2056
  %x613 = load float, float* %2057, align 4
  %2058 = insertelement <16 x float> undef, float %x613, i32 0
  %x.v614 = shufflevector <16 x float> %2058, <16 x float> undef, <16 x i32> zeroinitializer
  %part615 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v614, <16 x float> %2038, <16 x float> %2054)
  store <16 x float> %part615, <16 x float>* %chain3.0, align 64
  %2059 = add nsw i64 %k601, 1
  br label %k.head598

k.exit600:                                        ; preds = %k.head598
  br label %kstep.join477

fblk.head644:                                     ; preds = %fblk.body645, %ks.exit457
  %fblk647 = phi i64 [ 0, %ks.exit457 ], [ %2104, %fblk.body645 ]
  %2060 = icmp slt i64 %fblk647, %nblk375
  br i1 %2060, label %fblk.body645, label %fblk.exit646

fblk.body645:                                     ; preds = %fblk.head644
  %cb648 = add i64 %chunk, %fblk647
  %c0649 = mul i64 %cb648, 16
  %2061 = icmp slt i64 %c0649, 48
  %n0650 = select i1 %2061, i64 %c0649, i64 48
  %lane.lo651 = sub i64 %c0649, %n0650
  %2062 = insertelement <16 x i64> undef, i64 %lane.lo651, i32 0
  %2063 = shufflevector <16 x i64> %2062, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask652 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %2063
  %2064 = mul i64 %fblk647, 64
  %2065 = add i64 0, %2064
  %zregion653 = getelementptr inbounds i8, i8* %scratch, i64 %2065
  %2066 = mul i64 %fblk647, 128
  %2067 = add i64 4416, %2066
  %hstate654 = getelementptr inbounds i8, i8* %scratch, i64 %2067
  %2068 = getelementptr inbounds i8, i8* %hstate654, i64 0
  %2069 = bitcast i8* %2068 to <16 x float>*
  %hoist.state655 = load <16 x float>, <16 x float>* %2069, align 4
  store <16 x float> %hoist.state655, <16 x float>* %hoist0.pos, align 64
  %2070 = getelementptr inbounds i8, i8* %hstate654, i64 64
  %2071 = bitcast i8* %2070 to <16 x float>*
  %hoist.state656 = load <16 x float>, <16 x float>* %2071, align 4
  store <16 x float> %hoist.state656, <16 x float>* %hoist0.neg, align 64
  %h657 = load <16 x float>, <16 x float>* %hoist0.pos, align 64
  %h.neg658 = load <16 x float>, <16 x float>* %hoist0.neg, align 64
  %dvec659 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec660 = bitcast i8* %dvec659 to float*
  %2072 = add i64 0, %fblk647
  %2073 = mul i64 %2072, 16
  %2074 = getelementptr inbounds float, float* %dvec660, i64 %2073
  %2075 = bitcast float* %2074 to <16 x float>*
  %dvec661 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec662 = bitcast i8* %dvec661 to float*
  %2076 = add i64 0, %fblk647
  %2077 = mul i64 %2076, 16
  %2078 = getelementptr inbounds float, float* %dvec662, i64 %2077
  %2079 = bitcast float* %2078 to <16 x float>*
  %part663 = load <16 x float>, <16 x float>* %2079, align 4
  %acc664 = load <16 x float>, <16 x float>* %2075, align 4
  %h.row665 = select i1 %neg.row360, <16 x float> %h.neg658, <16 x float> %h657
  %acc666 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %h.row665, <16 x float> %part663, <16 x float> %acc664)
  store <16 x float> %acc666, <16 x float>* %2075, align 4
  %dvec667 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec668 = bitcast i8* %dvec667 to float*
  %2080 = add i64 4, %fblk647
  %2081 = mul i64 %2080, 16
  %2082 = getelementptr inbounds float, float* %dvec668, i64 %2081
  %2083 = bitcast float* %2082 to <16 x float>*
  %dvec669 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec670 = bitcast i8* %dvec669 to float*
  %2084 = add i64 4, %fblk647
  %2085 = mul i64 %2084, 16
  %2086 = getelementptr inbounds float, float* %dvec670, i64 %2085
  %2087 = bitcast float* %2086 to <16 x float>*
  %part671 = load <16 x float>, <16 x float>* %2087, align 4
  %acc672 = load <16 x float>, <16 x float>* %2083, align 4
  %h.row673 = select i1 %neg.row366, <16 x float> %h.neg658, <16 x float> %h657
  %acc674 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %h.row673, <16 x float> %part671, <16 x float> %acc672)
  store <16 x float> %acc674, <16 x float>* %2083, align 4
  %dvec675 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec676 = bitcast i8* %dvec675 to float*
  %2088 = add i64 8, %fblk647
  %2089 = mul i64 %2088, 16
  %2090 = getelementptr inbounds float, float* %dvec676, i64 %2089
  %2091 = bitcast float* %2090 to <16 x float>*
  %dvec677 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec678 = bitcast i8* %dvec677 to float*
  %2092 = add i64 8, %fblk647
  %2093 = mul i64 %2092, 16
  %2094 = getelementptr inbounds float, float* %dvec678, i64 %2093
  %2095 = bitcast float* %2094 to <16 x float>*
  %part679 = load <16 x float>, <16 x float>* %2095, align 4
  %acc680 = load <16 x float>, <16 x float>* %2091, align 4
  %h.row681 = select i1 %neg.row372, <16 x float> %h.neg658, <16 x float> %h657
  %acc682 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %h.row681, <16 x float> %part679, <16 x float> %acc680)
  store <16 x float> %acc682, <16 x float>* %2091, align 4
  %dvec683 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec684 = bitcast i8* %dvec683 to float*
  %2096 = add i64 12, %fblk647
  %2097 = mul i64 %2096, 16
  %2098 = getelementptr inbounds float, float* %dvec684, i64 %2097
  %2099 = bitcast float* %2098 to <16 x float>*
  %dvec685 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec686 = bitcast i8* %dvec685 to float*
  %2100 = add i64 12, %fblk647
  %2101 = mul i64 %2100, 16
  %2102 = getelementptr inbounds float, float* %dvec686, i64 %2101
  %2103 = bitcast float* %2102 to <16 x float>*
  %part687 = load <16 x float>, <16 x float>* %2103, align 4
  %acc688 = load <16 x float>, <16 x float>* %2099, align 4
  %h.row689 = select i1 %neg.row374, <16 x float> %h.neg658, <16 x float> %h657
  %acc690 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %h.row689, <16 x float> %part687, <16 x float> %acc688)
  store <16 x float> %acc690, <16 x float>* %2099, align 4
  %2104 = add nsw i64 %fblk647, 1
  br label %fblk.head644

fblk.exit646:                                     ; preds = %fblk.head644
  %2105 = add nsw i64 %run423, 1
  br label %run.head420

eblk.head691:                                     ; preds = %row.join726, %kt.exit416
  %eblk694 = phi i64 [ 0, %kt.exit416 ], [ %2145, %row.join726 ]
  %2106 = icmp slt i64 %eblk694, %nblk375
  br i1 %2106, label %eblk.body692, label %eblk.exit693

eblk.body692:                                     ; preds = %eblk.head691
  %cb695 = add i64 %chunk, %eblk694
  %c0696 = mul i64 %cb695, 16
  %2107 = icmp slt i64 %c0696, 48
  %n0697 = select i1 %2107, i64 %c0696, i64 48
  %lane.lo698 = sub i64 %c0696, %n0697
  %2108 = insertelement <16 x i64> undef, i64 %lane.lo698, i32 0
  %2109 = shufflevector <16 x i64> %2108, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask699 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %2109
  %dvec700 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec701 = bitcast i8* %dvec700 to float*
  %2110 = add i64 0, %eblk694
  %2111 = mul i64 %2110, 16
  %2112 = getelementptr inbounds float, float* %dvec701, i64 %2111
  %2113 = bitcast float* %2112 to <16 x float>*
  %acc702 = load <16 x float>, <16 x float>* %2113, align 4
  %2114 = icmp slt i64 %m359, %rows.pos
  %eps.row703 = select i1 %2114, float %eps.pos, float %eps.neg
  %2115 = mul i64 %m359, 64
  %out.i704 = add i64 %2115, %n0697
  %2116 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i704
  %2117 = bitcast float* %2116 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc702, <16 x float>* %2117, i32 4, <16 x i1> %store.mask699)
  %dvec705 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec706 = bitcast i8* %dvec705 to float*
  %2118 = add i64 4, %eblk694
  %2119 = mul i64 %2118, 16
  %2120 = getelementptr inbounds float, float* %dvec706, i64 %2119
  %2121 = bitcast float* %2120 to <16 x float>*
  %acc707 = load <16 x float>, <16 x float>* %2121, align 4
  %2122 = icmp slt i64 1, %M
  br i1 %2122, label %row.then708, label %row.else709

eblk.exit693:                                     ; preds = %eblk.head691
  br label %m2.join

row.then708:                                      ; preds = %eblk.body692
  %2123 = icmp slt i64 %m365, %rows.pos
  %eps.row711 = select i1 %2123, float %eps.pos, float %eps.neg
  %2124 = mul i64 %m365, 64
  %out.i712 = add i64 %2124, %n0697
  %2125 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i712
  %2126 = bitcast float* %2125 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc707, <16 x float>* %2126, i32 4, <16 x i1> %store.mask699)
  br label %row.join710

row.else709:                                      ; preds = %eblk.body692
  br label %row.join710

row.join710:                                      ; preds = %row.else709, %row.then708
  %dvec713 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec714 = bitcast i8* %dvec713 to float*
  %2127 = add i64 8, %eblk694
  %2128 = mul i64 %2127, 16
  %2129 = getelementptr inbounds float, float* %dvec714, i64 %2128
  %2130 = bitcast float* %2129 to <16 x float>*
  %acc715 = load <16 x float>, <16 x float>* %2130, align 4
  %2131 = icmp slt i64 2, %M
  br i1 %2131, label %row.then716, label %row.else717

row.then716:                                      ; preds = %row.join710
  %2132 = icmp slt i64 %m371, %rows.pos
  %eps.row719 = select i1 %2132, float %eps.pos, float %eps.neg
  %2133 = mul i64 %m371, 64
  %out.i720 = add i64 %2133, %n0697
  %2134 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i720
  %2135 = bitcast float* %2134 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc715, <16 x float>* %2135, i32 4, <16 x i1> %store.mask699)
  br label %row.join718

row.else717:                                      ; preds = %row.join710
  br label %row.join718

row.join718:                                      ; preds = %row.else717, %row.then716
  %dvec721 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec722 = bitcast i8* %dvec721 to float*
  %2136 = add i64 12, %eblk694
  %2137 = mul i64 %2136, 16
  %2138 = getelementptr inbounds float, float* %dvec722, i64 %2137
  %2139 = bitcast float* %2138 to <16 x float>*
  %acc723 = load <16 x float>, <16 x float>* %2139, align 4
  %2140 = icmp slt i64 3, %M
  br i1 %2140, label %row.then724, label %row.else725

row.then724:                                      ; preds = %row.join718
  %2141 = icmp slt i64 %m373, %rows.pos
  %eps.row727 = select i1 %2141, float %eps.pos, float %eps.neg
  %2142 = mul i64 %m373, 64
  %out.i728 = add i64 %2142, %n0697
  %2143 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i728
  %2144 = bitcast float* %2143 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc723, <16 x float>* %2144, i32 4, <16 x i1> %store.mask699)
  br label %row.join726

row.else725:                                      ; preds = %row.join718
  br label %row.join726

row.join726:                                      ; preds = %row.else725, %row.then724
  %2145 = add nsw i64 %eblk694, 1
  br label %eblk.head691

cb.head:                                          ; preds = %kt.exit767, %direct.else
  %cb729 = phi i64 [ %begin, %direct.else ], [ %2470, %kt.exit767 ]
  %2146 = icmp slt i64 %cb729, %end
  br i1 %2146, label %cb.body, label %cb.exit

cb.body:                                          ; preds = %cb.head
  %c0730 = mul i64 %cb729, 16
  %2147 = icmp slt i64 %c0730, 48
  %n0731 = select i1 %2147, i64 %c0730, i64 48
  %lane.lo732 = sub i64 %c0730, %n0731
  %2148 = insertelement <16 x i64> undef, i64 %lane.lo732, i32 0
  %2149 = shufflevector <16 x i64> %2148, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask733 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %2149
  %zregion734 = getelementptr inbounds i8, i8* %scratch, i64 0
  %2150 = getelementptr inbounds i8, i8* %zregion734, i64 0
  %zbuf735 = bitcast i8* %2150 to float*
  br i1 %perturbed, label %zpro.then736, label %zpro.else737

cb.exit:                                          ; preds = %cb.head
  br label %direct.join

zpro.then736:                                     ; preds = %cb.body
  br label %zrow.head739

zpro.else737:                                     ; preds = %cb.body
  br label %zpro.join738

zpro.join738:                                     ; preds = %zpro.else737, %zrow.exit741
  %2151 = trunc i64 %n0731 to i32
  %2152 = insertelement <16 x i32> undef, i32 %2151, i32 0
  %2153 = shufflevector <16 x i32> %2152, <16 x i32> undef, <16 x i32> zeroinitializer
  %n752 = add <16 x i32> %2153, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2154 = sext <16 x i32> %n752 to <16 x i64>
  %2155 = trunc i64 %n0731 to i32
  %2156 = sext i32 %2155 to i64
  %2157 = getelementptr inbounds half, half* %weight_scale3, i64 %2156
  %2158 = bitcast half* %2157 to <16 x half>*
  %weight_scale.raw753 = load <16 x half>, <16 x half>* %2158, align 2
  %weight_scale754 = fpext <16 x half> %weight_scale.raw753 to <16 x float>
  %2159 = getelementptr inbounds i8, i8* %zregion734, i64 0
  %zbuf755 = bitcast i8* %2159 to float*
  %2160 = getelementptr inbounds float, float* %zbuf755, i64 0
  %2161 = bitcast float* %2160 to <16 x float>*
  %z.buf756 = load <16 x float>, <16 x float>* %2161, align 4
  %z757 = select i1 %perturbed, <16 x float> %z.buf756, <16 x float> zeroinitializer
  %2162 = insertelement <16 x float> undef, float %eps.pos, i32 0
  %2163 = shufflevector <16 x float> %2162, <16 x float> undef, <16 x i32> zeroinitializer
  %2164 = fmul <16 x float> %2163, %z757
  %weight_scale.pos758 = fadd <16 x float> %weight_scale754, %2164
  store <16 x float> %weight_scale.pos758, <16 x float>* %hoist0.pos, align 64
  %2165 = sext <16 x i32> %n752 to <16 x i64>
  %2166 = sext i32 %2155 to i64
  %2167 = getelementptr inbounds half, half* %weight_scale3, i64 %2166
  %2168 = bitcast half* %2167 to <16 x half>*
  %weight_scale.raw759 = load <16 x half>, <16 x half>* %2168, align 2
  %weight_scale760 = fpext <16 x half> %weight_scale.raw759 to <16 x float>
  %2169 = insertelement <16 x float> undef, float %eps.neg, i32 0
  %2170 = shufflevector <16 x float> %2169, <16 x float> undef, <16 x i32> zeroinitializer
  %2171 = fmul <16 x float> %2170, %z757
  %weight_scale.neg761 = fadd <16 x float> %weight_scale760, %2171
  store <16 x float> %weight_scale.neg761, <16 x float>* %hoist0.neg, align 64
  %panel.pos = getelementptr inbounds i8, i8* %scratch, i64 4928
  %panel.pos762 = bitcast i8* %panel.pos to float*
  %panel.neg = getelementptr inbounds i8, i8* %scratch, i64 21312
  %panel.neg763 = bitcast i8* %panel.neg to float*
  %accbuf = getelementptr inbounds i8, i8* %scratch, i64 37696
  %accbuf764 = bitcast i8* %accbuf to float*
  br label %kt.head765

zrow.head739:                                     ; preds = %zrow.body740, %zpro.then736
  %zrow742 = phi i64 [ 0, %zpro.then736 ], [ %2466, %zrow.body740 ]
  %2172 = icmp slt i64 %zrow742, 1
  br i1 %2172, label %zrow.body740, label %zrow.exit741

zrow.body740:                                     ; preds = %zrow.head739
  %2173 = mul i64 %n0731, 1
  %2174 = mul i64 %zrow742, 16
  %2175 = getelementptr inbounds float, float* %zbuf735, i64 %2174
  %2176 = insertelement <16 x i64> undef, i64 %2173, i32 0
  %2177 = shufflevector <16 x i64> %2176, <16 x i64> undef, <16 x i32> zeroinitializer
  %2178 = add <16 x i64> %2177, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %pair743 = lshr <16 x i64> %2178, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %2179 = trunc <16 x i64> %pair743 to <16 x i32>
  %2180 = lshr <16 x i64> %pair743, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2181 = trunc <16 x i64> %2180 to <16 x i32>
  %2182 = trunc i64 %stream.weight_scale to i32
  %2183 = insertelement <16 x i32> undef, i32 %2182, i32 0
  %2184 = shufflevector <16 x i32> %2183, <16 x i32> undef, <16 x i32> zeroinitializer
  %key0744 = trunc i64 %seed to i32
  %2185 = lshr i64 %seed, 32
  %key1745 = trunc i64 %2185 to i32
  %2186 = zext <16 x i32> %2179 to <16 x i64>
  %2187 = mul <16 x i64> %2186, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %2188 = trunc <16 x i64> %2187 to <16 x i32>
  %2189 = lshr <16 x i64> %2187, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2190 = trunc <16 x i64> %2189 to <16 x i32>
  %2191 = zext <16 x i32> %2184 to <16 x i64>
  %2192 = mul <16 x i64> %2191, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %2193 = trunc <16 x i64> %2192 to <16 x i32>
  %2194 = lshr <16 x i64> %2192, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2195 = trunc <16 x i64> %2194 to <16 x i32>
  %2196 = insertelement <16 x i32> undef, i32 %key0744, i32 0
  %2197 = shufflevector <16 x i32> %2196, <16 x i32> undef, <16 x i32> zeroinitializer
  %2198 = insertelement <16 x i32> undef, i32 %key1745, i32 0
  %2199 = shufflevector <16 x i32> %2198, <16 x i32> undef, <16 x i32> zeroinitializer
  %2200 = xor <16 x i32> %2195, %2181
  %2201 = xor <16 x i32> %2200, %2197
  %2202 = xor <16 x i32> %2190, zeroinitializer
  %2203 = xor <16 x i32> %2202, %2199
  %2204 = add i32 %key0744, -1640531527
  %2205 = add i32 %key1745, -1150833019
  %2206 = zext <16 x i32> %2201 to <16 x i64>
  %2207 = mul <16 x i64> %2206, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %2208 = trunc <16 x i64> %2207 to <16 x i32>
  %2209 = lshr <16 x i64> %2207, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2210 = trunc <16 x i64> %2209 to <16 x i32>
  %2211 = zext <16 x i32> %2203 to <16 x i64>
  %2212 = mul <16 x i64> %2211, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %2213 = trunc <16 x i64> %2212 to <16 x i32>
  %2214 = lshr <16 x i64> %2212, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2215 = trunc <16 x i64> %2214 to <16 x i32>
  %2216 = insertelement <16 x i32> undef, i32 %2204, i32 0
  %2217 = shufflevector <16 x i32> %2216, <16 x i32> undef, <16 x i32> zeroinitializer
  %2218 = insertelement <16 x i32> undef, i32 %2205, i32 0
  %2219 = shufflevector <16 x i32> %2218, <16 x i32> undef, <16 x i32> zeroinitializer
  %2220 = xor <16 x i32> %2215, %2193
  %2221 = xor <16 x i32> %2220, %2217
  %2222 = xor <16 x i32> %2210, %2188
  %2223 = xor <16 x i32> %2222, %2219
  %2224 = add i32 %2204, -1640531527
  %2225 = add i32 %2205, -1150833019
  %2226 = zext <16 x i32> %2221 to <16 x i64>
  %2227 = mul <16 x i64> %2226, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %2228 = trunc <16 x i64> %2227 to <16 x i32>
  %2229 = lshr <16 x i64> %2227, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2230 = trunc <16 x i64> %2229 to <16 x i32>
  %2231 = zext <16 x i32> %2223 to <16 x i64>
  %2232 = mul <16 x i64> %2231, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %2233 = trunc <16 x i64> %2232 to <16 x i32>
  %2234 = lshr <16 x i64> %2232, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2235 = trunc <16 x i64> %2234 to <16 x i32>
  %2236 = insertelement <16 x i32> undef, i32 %2224, i32 0
  %2237 = shufflevector <16 x i32> %2236, <16 x i32> undef, <16 x i32> zeroinitializer
  %2238 = insertelement <16 x i32> undef, i32 %2225, i32 0
  %2239 = shufflevector <16 x i32> %2238, <16 x i32> undef, <16 x i32> zeroinitializer
  %2240 = xor <16 x i32> %2235, %2213
  %2241 = xor <16 x i32> %2240, %2237
  %2242 = xor <16 x i32> %2230, %2208
  %2243 = xor <16 x i32> %2242, %2239
  %2244 = add i32 %2224, -1640531527
  %2245 = add i32 %2225, -1150833019
  %2246 = zext <16 x i32> %2241 to <16 x i64>
  %2247 = mul <16 x i64> %2246, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %2248 = trunc <16 x i64> %2247 to <16 x i32>
  %2249 = lshr <16 x i64> %2247, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2250 = trunc <16 x i64> %2249 to <16 x i32>
  %2251 = zext <16 x i32> %2243 to <16 x i64>
  %2252 = mul <16 x i64> %2251, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %2253 = trunc <16 x i64> %2252 to <16 x i32>
  %2254 = lshr <16 x i64> %2252, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2255 = trunc <16 x i64> %2254 to <16 x i32>
  %2256 = insertelement <16 x i32> undef, i32 %2244, i32 0
  %2257 = shufflevector <16 x i32> %2256, <16 x i32> undef, <16 x i32> zeroinitializer
  %2258 = insertelement <16 x i32> undef, i32 %2245, i32 0
  %2259 = shufflevector <16 x i32> %2258, <16 x i32> undef, <16 x i32> zeroinitializer
  %2260 = xor <16 x i32> %2255, %2233
  %2261 = xor <16 x i32> %2260, %2257
  %2262 = xor <16 x i32> %2250, %2228
  %2263 = xor <16 x i32> %2262, %2259
  %2264 = add i32 %2244, -1640531527
  %2265 = add i32 %2245, -1150833019
  %2266 = zext <16 x i32> %2261 to <16 x i64>
  %2267 = mul <16 x i64> %2266, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %2268 = trunc <16 x i64> %2267 to <16 x i32>
  %2269 = lshr <16 x i64> %2267, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2270 = trunc <16 x i64> %2269 to <16 x i32>
  %2271 = zext <16 x i32> %2263 to <16 x i64>
  %2272 = mul <16 x i64> %2271, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %2273 = trunc <16 x i64> %2272 to <16 x i32>
  %2274 = lshr <16 x i64> %2272, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2275 = trunc <16 x i64> %2274 to <16 x i32>
  %2276 = insertelement <16 x i32> undef, i32 %2264, i32 0
  %2277 = shufflevector <16 x i32> %2276, <16 x i32> undef, <16 x i32> zeroinitializer
  %2278 = insertelement <16 x i32> undef, i32 %2265, i32 0
  %2279 = shufflevector <16 x i32> %2278, <16 x i32> undef, <16 x i32> zeroinitializer
  %2280 = xor <16 x i32> %2275, %2253
  %2281 = xor <16 x i32> %2280, %2277
  %2282 = xor <16 x i32> %2270, %2248
  %2283 = xor <16 x i32> %2282, %2279
  %2284 = add i32 %2264, -1640531527
  %2285 = add i32 %2265, -1150833019
  %2286 = zext <16 x i32> %2281 to <16 x i64>
  %2287 = mul <16 x i64> %2286, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %2288 = trunc <16 x i64> %2287 to <16 x i32>
  %2289 = lshr <16 x i64> %2287, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2290 = trunc <16 x i64> %2289 to <16 x i32>
  %2291 = zext <16 x i32> %2283 to <16 x i64>
  %2292 = mul <16 x i64> %2291, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %2293 = trunc <16 x i64> %2292 to <16 x i32>
  %2294 = lshr <16 x i64> %2292, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2295 = trunc <16 x i64> %2294 to <16 x i32>
  %2296 = insertelement <16 x i32> undef, i32 %2284, i32 0
  %2297 = shufflevector <16 x i32> %2296, <16 x i32> undef, <16 x i32> zeroinitializer
  %2298 = insertelement <16 x i32> undef, i32 %2285, i32 0
  %2299 = shufflevector <16 x i32> %2298, <16 x i32> undef, <16 x i32> zeroinitializer
  %2300 = xor <16 x i32> %2295, %2273
  %2301 = xor <16 x i32> %2300, %2297
  %2302 = xor <16 x i32> %2290, %2268
  %2303 = xor <16 x i32> %2302, %2299
  %2304 = add i32 %2284, -1640531527
  %2305 = add i32 %2285, -1150833019
  %2306 = zext <16 x i32> %2301 to <16 x i64>
  %2307 = mul <16 x i64> %2306, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %2308 = trunc <16 x i64> %2307 to <16 x i32>
  %2309 = lshr <16 x i64> %2307, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2310 = trunc <16 x i64> %2309 to <16 x i32>
  %2311 = zext <16 x i32> %2303 to <16 x i64>
  %2312 = mul <16 x i64> %2311, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %2313 = trunc <16 x i64> %2312 to <16 x i32>
  %2314 = lshr <16 x i64> %2312, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2315 = trunc <16 x i64> %2314 to <16 x i32>
  %2316 = insertelement <16 x i32> undef, i32 %2304, i32 0
  %2317 = shufflevector <16 x i32> %2316, <16 x i32> undef, <16 x i32> zeroinitializer
  %2318 = insertelement <16 x i32> undef, i32 %2305, i32 0
  %2319 = shufflevector <16 x i32> %2318, <16 x i32> undef, <16 x i32> zeroinitializer
  %2320 = xor <16 x i32> %2315, %2293
  %2321 = xor <16 x i32> %2320, %2317
  %2322 = xor <16 x i32> %2310, %2288
  %2323 = xor <16 x i32> %2322, %2319
  %2324 = add i32 %2304, -1640531527
  %2325 = add i32 %2305, -1150833019
  %2326 = zext <16 x i32> %2321 to <16 x i64>
  %2327 = mul <16 x i64> %2326, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %2328 = trunc <16 x i64> %2327 to <16 x i32>
  %2329 = lshr <16 x i64> %2327, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2330 = trunc <16 x i64> %2329 to <16 x i32>
  %2331 = zext <16 x i32> %2323 to <16 x i64>
  %2332 = mul <16 x i64> %2331, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %2333 = trunc <16 x i64> %2332 to <16 x i32>
  %2334 = lshr <16 x i64> %2332, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2335 = trunc <16 x i64> %2334 to <16 x i32>
  %2336 = insertelement <16 x i32> undef, i32 %2324, i32 0
  %2337 = shufflevector <16 x i32> %2336, <16 x i32> undef, <16 x i32> zeroinitializer
  %2338 = insertelement <16 x i32> undef, i32 %2325, i32 0
  %2339 = shufflevector <16 x i32> %2338, <16 x i32> undef, <16 x i32> zeroinitializer
  %2340 = xor <16 x i32> %2335, %2313
  %2341 = xor <16 x i32> %2340, %2337
  %2342 = xor <16 x i32> %2330, %2308
  %2343 = xor <16 x i32> %2342, %2339
  %2344 = add i32 %2324, -1640531527
  %2345 = add i32 %2325, -1150833019
  %2346 = zext <16 x i32> %2341 to <16 x i64>
  %2347 = mul <16 x i64> %2346, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %2348 = trunc <16 x i64> %2347 to <16 x i32>
  %2349 = lshr <16 x i64> %2347, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2350 = trunc <16 x i64> %2349 to <16 x i32>
  %2351 = zext <16 x i32> %2343 to <16 x i64>
  %2352 = mul <16 x i64> %2351, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %2353 = trunc <16 x i64> %2352 to <16 x i32>
  %2354 = lshr <16 x i64> %2352, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2355 = trunc <16 x i64> %2354 to <16 x i32>
  %2356 = insertelement <16 x i32> undef, i32 %2344, i32 0
  %2357 = shufflevector <16 x i32> %2356, <16 x i32> undef, <16 x i32> zeroinitializer
  %2358 = insertelement <16 x i32> undef, i32 %2345, i32 0
  %2359 = shufflevector <16 x i32> %2358, <16 x i32> undef, <16 x i32> zeroinitializer
  %2360 = xor <16 x i32> %2355, %2333
  %2361 = xor <16 x i32> %2360, %2357
  %2362 = xor <16 x i32> %2350, %2328
  %2363 = xor <16 x i32> %2362, %2359
  %2364 = add i32 %2344, -1640531527
  %2365 = add i32 %2345, -1150833019
  %2366 = zext <16 x i32> %2361 to <16 x i64>
  %2367 = mul <16 x i64> %2366, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %2368 = trunc <16 x i64> %2367 to <16 x i32>
  %2369 = lshr <16 x i64> %2367, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2370 = trunc <16 x i64> %2369 to <16 x i32>
  %2371 = zext <16 x i32> %2363 to <16 x i64>
  %2372 = mul <16 x i64> %2371, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %2373 = trunc <16 x i64> %2372 to <16 x i32>
  %2374 = lshr <16 x i64> %2372, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2375 = trunc <16 x i64> %2374 to <16 x i32>
  %2376 = insertelement <16 x i32> undef, i32 %2364, i32 0
  %2377 = shufflevector <16 x i32> %2376, <16 x i32> undef, <16 x i32> zeroinitializer
  %2378 = insertelement <16 x i32> undef, i32 %2365, i32 0
  %2379 = shufflevector <16 x i32> %2378, <16 x i32> undef, <16 x i32> zeroinitializer
  %2380 = xor <16 x i32> %2375, %2353
  %2381 = xor <16 x i32> %2380, %2377
  %2382 = xor <16 x i32> %2370, %2348
  %2383 = xor <16 x i32> %2382, %2379
  %2384 = lshr <16 x i32> %2381, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %2385 = shl <16 x i32> %2384, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %2386 = or <16 x i32> %2385, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %2387 = sitofp <16 x i32> %2386 to <16 x float>
  %2388 = fmul <16 x float> %2387, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %2389 = lshr <16 x i32> %2373, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %2390 = shl <16 x i32> %2389, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %2391 = or <16 x i32> %2390, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %2392 = sitofp <16 x i32> %2391 to <16 x float>
  %2393 = fmul <16 x float> %2392, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %2394 = bitcast <16 x float> %2388 to <16 x i32>
  %2395 = lshr <16 x i32> %2394, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2396 = sub <16 x i32> %2395, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2397 = and <16 x i32> %2394, <i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607>
  %2398 = or <16 x i32> %2397, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %2399 = icmp uge <16 x i32> %2398, <i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891>
  %2400 = sub <16 x i32> %2398, <i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608>
  %2401 = select <16 x i1> %2399, <16 x i32> %2400, <16 x i32> %2398
  %2402 = add <16 x i32> %2396, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %2403 = select <16 x i1> %2399, <16 x i32> %2402, <16 x i32> %2396
  %2404 = bitcast <16 x i32> %2401 to <16 x float>
  %2405 = fsub <16 x float> %2404, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2406 = fadd <16 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %2405
  %2407 = fdiv <16 x float> %2405, %2406
  %2408 = fmul <16 x float> %2407, %2407
  %2409 = fmul <16 x float> %2408, <float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000>
  %2410 = fadd <16 x float> <float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000>, %2409
  %2411 = fmul <16 x float> %2408, %2410
  %2412 = fadd <16 x float> <float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000>, %2411
  %2413 = fmul <16 x float> %2408, %2412
  %2414 = fadd <16 x float> <float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000>, %2413
  %2415 = fmul <16 x float> %2408, %2414
  %2416 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2415
  %2417 = fadd <16 x float> %2407, %2407
  %2418 = fmul <16 x float> %2417, %2416
  %2419 = sitofp <16 x i32> %2403 to <16 x float>
  %2420 = fmul <16 x float> %2419, <float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000>
  %2421 = fadd <16 x float> %2418, %2420
  %2422 = fmul <16 x float> %2419, <float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000>
  %ln.u1746 = fadd <16 x float> %2422, %2421
  %2423 = fmul <16 x float> <float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00>, %ln.u1746
  %r747 = call <16 x float> @llvm.sqrt.v16f32(<16 x float> %2423)
  %2424 = fmul <16 x float> %2393, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %2425 = fadd <16 x float> %2424, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %2426 = fsub <16 x float> %2425, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %2427 = fsub <16 x float> %2424, %2426
  %2428 = fmul <16 x float> %2427, %2427
  %2429 = fmul <16 x float> %2428, <float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000>
  %2430 = fadd <16 x float> <float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000>, %2429
  %2431 = fmul <16 x float> %2428, %2430
  %2432 = fadd <16 x float> <float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000>, %2431
  %2433 = fmul <16 x float> %2428, %2432
  %2434 = fadd <16 x float> <float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000>, %2433
  %2435 = fmul <16 x float> %2428, %2434
  %2436 = fadd <16 x float> <float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000>, %2435
  %2437 = fmul <16 x float> %2427, %2436
  %2438 = fmul <16 x float> %2428, <float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000>
  %2439 = fadd <16 x float> <float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000>, %2438
  %2440 = fmul <16 x float> %2428, %2439
  %2441 = fadd <16 x float> <float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000>, %2440
  %2442 = fmul <16 x float> %2428, %2441
  %2443 = fadd <16 x float> <float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000>, %2442
  %2444 = fmul <16 x float> %2428, %2443
  %2445 = fadd <16 x float> <float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000>, %2444
  %2446 = fmul <16 x float> %2428, %2445
  %2447 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2446
  %2448 = fptosi <16 x float> %2426 to <16 x i32>
  %quadrant748 = and <16 x i32> %2448, <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %2449 = and <16 x i32> %quadrant748, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %2450 = icmp ne <16 x i32> %2449, zeroinitializer
  %2451 = select <16 x i1> %2450, <16 x float> %2447, <16 x float> %2437
  %2452 = select <16 x i1> %2450, <16 x float> %2437, <16 x float> %2447
  %2453 = and <16 x i32> %quadrant748, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %2454 = icmp ne <16 x i32> %2453, zeroinitializer
  %2455 = add <16 x i32> %quadrant748, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %2456 = and <16 x i32> %2455, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %2457 = icmp ne <16 x i32> %2456, zeroinitializer
  %2458 = fneg <16 x float> %2451
  %sin749 = select <16 x i1> %2454, <16 x float> %2458, <16 x float> %2451
  %2459 = fneg <16 x float> %2452
  %cos750 = select <16 x i1> %2457, <16 x float> %2459, <16 x float> %2452
  %2460 = fmul <16 x float> %r747, %cos750
  %2461 = fmul <16 x float> %r747, %sin749
  %2462 = and <16 x i64> %2178, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %2463 = icmp ne <16 x i64> %2462, zeroinitializer
  %z751 = select <16 x i1> %2463, <16 x float> %2461, <16 x float> %2460
  %2464 = getelementptr inbounds float, float* %2175, i64 0
  %2465 = bitcast float* %2464 to <16 x float>*
  store <16 x float> %z751, <16 x float>* %2465, align 4
  %2466 = add nsw i64 %zrow742, 1
  br label %zrow.head739

zrow.exit741:                                     ; preds = %zrow.head739
  br label %zpro.join738

kt.head765:                                       ; preds = %slot.exit, %zpro.join738
  %kt768 = phi i64 [ 0, %zpro.join738 ], [ %2503, %slot.exit ]
  %2467 = icmp slt i64 %kt768, 64
  br i1 %2467, label %kt.body766, label %kt.exit767

kt.body766:                                       ; preds = %kt.head765
  %2468 = sub i64 64, %kt768
  %2469 = icmp slt i64 256, %2468
  %kn = select i1 %2469, i64 256, i64 %2468
  br label %kd.head

kt.exit767:                                       ; preds = %kt.head765
  %2470 = add nsw i64 %cb729, 1
  br label %cb.head

kd.head:                                          ; preds = %kd.body, %kt.body766
  %kd = phi i64 [ 0, %kt.body766 ], [ %2496, %kd.body ]
  %2471 = icmp slt i64 %kd, %kn
  br i1 %2471, label %kd.body, label %kd.exit

kd.body:                                          ; preds = %kd.head
  %k769 = add i64 %kt768, %kd
  %2472 = mul i64 %kd, 16
  %2473 = load <16 x float>, <16 x float>* %hoist0.pos, align 64
  %2474 = trunc i64 %n0731 to i32
  %2475 = insertelement <16 x i32> undef, i32 %2474, i32 0
  %2476 = shufflevector <16 x i32> %2475, <16 x i32> undef, <16 x i32> zeroinitializer
  %n770 = add <16 x i32> %2476, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2477 = sext <16 x i32> %n770 to <16 x i64>
  %2478 = trunc i64 %k769 to i32
  %2479 = sext i32 %2478 to i64
  %2480 = mul <16 x i64> %2477, <i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64, i64 64>
  %2481 = insertelement <16 x i64> undef, i64 %2479, i32 0
  %2482 = shufflevector <16 x i64> %2481, <16 x i64> undef, <16 x i32> zeroinitializer
  %2483 = add <16 x i64> %2482, %2480
  %2484 = getelementptr inbounds i8, i8* %weight, <16 x i64> %2483
  %weight.raw771 = call <16 x i8> @llvm.masked.gather.v16i8.v16p0i8(<16 x i8*> %2484, i32 1, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i8> undef)
  %2485 = sext <16 x i8> %weight.raw771 to <16 x i64>
  %2486 = trunc <16 x i64> %2485 to <16 x i32>
  %2487 = sitofp <16 x i32> %2486 to <16 x float>
  %2488 = fmul <16 x float> %2473, %2487
  %2489 = getelementptr inbounds float, float* %panel.pos762, i64 %2472
  %2490 = bitcast float* %2489 to <16 x float>*
  store <16 x float> %2488, <16 x float>* %2490, align 4
  %2491 = load <16 x float>, <16 x float>* %hoist0.neg, align 64
  %2492 = sitofp <16 x i32> %2486 to <16 x float>
  %2493 = fmul <16 x float> %2491, %2492
  %2494 = getelementptr inbounds float, float* %panel.neg763, i64 %2472
  %2495 = bitcast float* %2494 to <16 x float>*
  store <16 x float> %2493, <16 x float>* %2495, align 4
  %2496 = add nsw i64 %kd, 1
  br label %kd.head

kd.exit:                                          ; preds = %kd.head
  %first = icmp eq i64 %kt768, 0
  %2497 = add i64 %kt768, 256
  %last = icmp sge i64 %2497, 64
  br label %slot.head

slot.head:                                        ; preds = %m1.exit, %kd.exit
  %slot = phi i64 [ 0, %kd.exit ], [ %2584, %m1.exit ]
  %2498 = icmp slt i64 %slot, 2
  br i1 %2498, label %slot.body, label %slot.exit

slot.body:                                        ; preds = %slot.head
  %2499 = icmp ne i64 %slot, 0
  %rs = select i1 %2499, i64 %rows.pos, i64 0
  %re = select i1 %2499, i64 %M, i64 %rows.pos
  %panel = select i1 %2499, float* %panel.neg763, float* %panel.pos762
  %2500 = sub i64 %re, %rs
  %2501 = sdiv i64 %2500, 4
  %2502 = mul i64 %2501, 4
  %rb.end = add i64 %rs, %2502
  br label %mb.head

slot.exit:                                        ; preds = %slot.head
  %2503 = add nsw i64 %kt768, 256
  br label %kt.head765

mb.head:                                          ; preds = %lasttile.join, %slot.body
  %mb = phi i64 [ %rs, %slot.body ], [ %2578, %lasttile.join ]
  %2504 = icmp slt i64 %mb, %rb.end
  br i1 %2504, label %mb.body, label %mb.exit

mb.body:                                          ; preds = %mb.head
  %m772 = add i64 %mb, 0
  %2505 = mul i64 %m772, 16
  %2506 = getelementptr inbounds float, float* %accbuf764, i64 %2505
  %2507 = bitcast float* %2506 to <16 x float>*
  %acc.old = load <16 x float>, <16 x float>* %2507, align 4
  %2508 = select i1 %first, <16 x float> zeroinitializer, <16 x float> %acc.old
  store <16 x float> %2508, <16 x float>* %acc773, align 64
  %m774 = add i64 %mb, 1
  %2509 = mul i64 %m774, 16
  %2510 = getelementptr inbounds float, float* %accbuf764, i64 %2509
  %2511 = bitcast float* %2510 to <16 x float>*
  %acc.old775 = load <16 x float>, <16 x float>* %2511, align 4
  %2512 = select i1 %first, <16 x float> zeroinitializer, <16 x float> %acc.old775
  store <16 x float> %2512, <16 x float>* %acc776, align 64
  %m777 = add i64 %mb, 2
  %2513 = mul i64 %m777, 16
  %2514 = getelementptr inbounds float, float* %accbuf764, i64 %2513
  %2515 = bitcast float* %2514 to <16 x float>*
  %acc.old778 = load <16 x float>, <16 x float>* %2515, align 4
  %2516 = select i1 %first, <16 x float> zeroinitializer, <16 x float> %acc.old778
  store <16 x float> %2516, <16 x float>* %acc779, align 64
  %m780 = add i64 %mb, 3
  %2517 = mul i64 %m780, 16
  %2518 = getelementptr inbounds float, float* %accbuf764, i64 %2517
  %2519 = bitcast float* %2518 to <16 x float>*
  %acc.old781 = load <16 x float>, <16 x float>* %2519, align 4
  %2520 = select i1 %first, <16 x float> zeroinitializer, <16 x float> %acc.old781
  store <16 x float> %2520, <16 x float>* %acc782, align 64
  br label %kk.head

mb.exit:                                          ; preds = %mb.head
  br label %m1.head

kk.head:                                          ; preds = %kk.body, %mb.body
  %kk = phi i64 [ 0, %mb.body ], [ %2545, %kk.body ]
  %2521 = icmp slt i64 %kk, %kn
  br i1 %2521, label %kk.body, label %kk.exit

kk.body:                                          ; preds = %kk.head
  %2522 = mul i64 %kk, 16
  %2523 = getelementptr inbounds float, float* %panel, i64 %2522
  %2524 = bitcast float* %2523 to <16 x float>*
  %w = load <16 x float>, <16 x float>* %2524, align 4
  %k783 = add i64 %kt768, %kk
  %2525 = load <16 x float>, <16 x float>* %acc773, align 64
  %2526 = mul i64 %m772, 64
  %2527 = add i64 %2526, %k783
  %2528 = getelementptr inbounds float, float* %x1, i64 %2527
  %x784 = load float, float* %2528, align 4
  %2529 = insertelement <16 x float> undef, float %x784, i32 0
  %x.v785 = shufflevector <16 x float> %2529, <16 x float> undef, <16 x i32> zeroinitializer
  %acc786 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v785, <16 x float> %w, <16 x float> %2525)
  store <16 x float> %acc786, <16 x float>* %acc773, align 64
  %2530 = load <16 x float>, <16 x float>* %acc776, align 64
  %2531 = mul i64 %m774, 64
  %2532 = add i64 %2531, %k783
  %2533 = getelementptr inbounds float, float* %x1, i64 %2532
  %x787 = load float, float* %2533, align 4
  %2534 = insertelement <16 x float> undef, float %x787, i32 0
  %x.v788 = shufflevector <16 x float> %2534, <16 x float> undef, <16 x i32> zeroinitializer
  %acc789 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v788, <16 x float> %w, <16 x float> %2530)
  store <16 x float> %acc789, <16 x float>* %acc776, align 64
  %2535 = load <16 x float>, <16 x float>* %acc779, align 64
  %2536 = mul i64 %m777, 64
  %2537 = add i64 %2536, %k783
  %2538 = getelementptr inbounds float, float* %x1, i64 %2537
  %x790 = load float, float* %2538, align 4
  %2539 = insertelement <16 x float> undef, float %x790, i32 0
  %x.v791 = shufflevector <16 x float> %2539, <16 x float> undef, <16 x i32> zeroinitializer
  %acc792 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v791, <16 x float> %w, <16 x float> %2535)
  store <16 x float> %acc792, <16 x float>* %acc779, align 64
  %2540 = load <16 x float>, <16 x float>* %acc782, align 64
  %2541 = mul i64 %m780, 64
  %2542 = add i64 %2541, %k783
  %2543 = getelementptr inbounds float, float* %x1, i64 %2542
  %x793 = load float, float* %2543, align 4
  %2544 = insertelement <16 x float> undef, float %x793, i32 0
  %x.v794 = shufflevector <16 x float> %2544, <16 x float> undef, <16 x i32> zeroinitializer
  %acc795 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v794, <16 x float> %w, <16 x float> %2540)
  store <16 x float> %acc795, <16 x float>* %acc782, align 64
  %2545 = add nsw i64 %kk, 1
  br label %kk.head

kk.exit:                                          ; preds = %kk.head
  br i1 %last, label %lasttile.then, label %lasttile.else

lasttile.then:                                    ; preds = %kk.exit
  %acc796 = load <16 x float>, <16 x float>* %acc773, align 64
  %2546 = icmp slt i64 %m772, %rows.pos
  %eps.row797 = select i1 %2546, float %eps.pos, float %eps.neg
  %2547 = mul i64 %m772, 64
  %out.i798 = add i64 %2547, %n0731
  %2548 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i798
  %2549 = bitcast float* %2548 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc796, <16 x float>* %2549, i32 4, <16 x i1> %store.mask733)
  %acc799 = load <16 x float>, <16 x float>* %acc776, align 64
  %2550 = icmp slt i64 %m774, %rows.pos
  %eps.row800 = select i1 %2550, float %eps.pos, float %eps.neg
  %2551 = mul i64 %m774, 64
  %out.i801 = add i64 %2551, %n0731
  %2552 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i801
  %2553 = bitcast float* %2552 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc799, <16 x float>* %2553, i32 4, <16 x i1> %store.mask733)
  %acc802 = load <16 x float>, <16 x float>* %acc779, align 64
  %2554 = icmp slt i64 %m777, %rows.pos
  %eps.row803 = select i1 %2554, float %eps.pos, float %eps.neg
  %2555 = mul i64 %m777, 64
  %out.i804 = add i64 %2555, %n0731
  %2556 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i804
  %2557 = bitcast float* %2556 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc802, <16 x float>* %2557, i32 4, <16 x i1> %store.mask733)
  %acc805 = load <16 x float>, <16 x float>* %acc782, align 64
  %2558 = icmp slt i64 %m780, %rows.pos
  %eps.row806 = select i1 %2558, float %eps.pos, float %eps.neg
  %2559 = mul i64 %m780, 64
  %out.i807 = add i64 %2559, %n0731
  %2560 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i807
  %2561 = bitcast float* %2560 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc805, <16 x float>* %2561, i32 4, <16 x i1> %store.mask733)
  br label %lasttile.join

lasttile.else:                                    ; preds = %kk.exit
  %2562 = mul i64 %m772, 16
  %2563 = getelementptr inbounds float, float* %accbuf764, i64 %2562
  %acc808 = load <16 x float>, <16 x float>* %acc773, align 64
  %2564 = getelementptr inbounds float, float* %2563, i64 0
  %2565 = bitcast float* %2564 to <16 x float>*
  store <16 x float> %acc808, <16 x float>* %2565, align 4
  %2566 = mul i64 %m774, 16
  %2567 = getelementptr inbounds float, float* %accbuf764, i64 %2566
  %acc809 = load <16 x float>, <16 x float>* %acc776, align 64
  %2568 = getelementptr inbounds float, float* %2567, i64 0
  %2569 = bitcast float* %2568 to <16 x float>*
  store <16 x float> %acc809, <16 x float>* %2569, align 4
  %2570 = mul i64 %m777, 16
  %2571 = getelementptr inbounds float, float* %accbuf764, i64 %2570
  %acc810 = load <16 x float>, <16 x float>* %acc779, align 64
  %2572 = getelementptr inbounds float, float* %2571, i64 0
  %2573 = bitcast float* %2572 to <16 x float>*
  store <16 x float> %acc810, <16 x float>* %2573, align 4
  %2574 = mul i64 %m780, 16
  %2575 = getelementptr inbounds float, float* %accbuf764, i64 %2574
  %acc811 = load <16 x float>, <16 x float>* %acc782, align 64
  %2576 = getelementptr inbounds float, float* %2575, i64 0
  %2577 = bitcast float* %2576 to <16 x float>*
  store <16 x float> %acc811, <16 x float>* %2577, align 4
  br label %lasttile.join

lasttile.join:                                    ; preds = %lasttile.else, %lasttile.then
  %2578 = add nsw i64 %mb, 4
  br label %mb.head

m1.head:                                          ; preds = %lasttile.join826, %mb.exit
  %m1 = phi i64 [ %rb.end, %mb.exit ], [ %2603, %lasttile.join826 ]
  %2579 = icmp slt i64 %m1, %re
  br i1 %2579, label %m1.body, label %m1.exit

m1.body:                                          ; preds = %m1.head
  %m812 = add i64 %m1, 0
  %2580 = mul i64 %m812, 16
  %2581 = getelementptr inbounds float, float* %accbuf764, i64 %2580
  %2582 = bitcast float* %2581 to <16 x float>*
  %acc.old813 = load <16 x float>, <16 x float>* %2582, align 4
  %2583 = select i1 %first, <16 x float> zeroinitializer, <16 x float> %acc.old813
  store <16 x float> %2583, <16 x float>* %acc814, align 64
  br label %kk.head815

m1.exit:                                          ; preds = %m1.head
  %2584 = add nsw i64 %slot, 1
  br label %slot.head

kk.head815:                                       ; preds = %kk.body816, %m1.body
  %kk818 = phi i64 [ 0, %m1.body ], [ %2594, %kk.body816 ]
  %2585 = icmp slt i64 %kk818, %kn
  br i1 %2585, label %kk.body816, label %kk.exit817

kk.body816:                                       ; preds = %kk.head815
  %2586 = mul i64 %kk818, 16
  %2587 = getelementptr inbounds float, float* %panel, i64 %2586
  %2588 = bitcast float* %2587 to <16 x float>*
  %w819 = load <16 x float>, <16 x float>* %2588, align 4
  %k820 = add i64 %kt768, %kk818
  %2589 = load <16 x float>, <16 x float>* %acc814, align 64
  %2590 = mul i64 %m812, 64
  %2591 = add i64 %2590, %k820
  %2592 = getelementptr inbounds float, float* %x1, i64 %2591
  %x821 = load float, float* %2592, align 4
  %2593 = insertelement <16 x float> undef, float %x821, i32 0
  %x.v822 = shufflevector <16 x float> %2593, <16 x float> undef, <16 x i32> zeroinitializer
  %acc823 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v822, <16 x float> %w819, <16 x float> %2589)
  store <16 x float> %acc823, <16 x float>* %acc814, align 64
  %2594 = add nsw i64 %kk818, 1
  br label %kk.head815

kk.exit817:                                       ; preds = %kk.head815
  br i1 %last, label %lasttile.then824, label %lasttile.else825

lasttile.then824:                                 ; preds = %kk.exit817
  %acc827 = load <16 x float>, <16 x float>* %acc814, align 64
  %2595 = icmp slt i64 %m812, %rows.pos
  %eps.row828 = select i1 %2595, float %eps.pos, float %eps.neg
  %2596 = mul i64 %m812, 64
  %out.i829 = add i64 %2596, %n0731
  %2597 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i829
  %2598 = bitcast float* %2597 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc827, <16 x float>* %2598, i32 4, <16 x i1> %store.mask733)
  br label %lasttile.join826

lasttile.else825:                                 ; preds = %kk.exit817
  %2599 = mul i64 %m812, 16
  %2600 = getelementptr inbounds float, float* %accbuf764, i64 %2599
  %acc830 = load <16 x float>, <16 x float>* %acc814, align 64
  %2601 = getelementptr inbounds float, float* %2600, i64 0
  %2602 = bitcast float* %2601 to <16 x float>*
  store <16 x float> %acc830, <16 x float>* %2602, align 4
  br label %lasttile.join826

lasttile.join826:                                 ; preds = %lasttile.else825, %lasttile.then824
  %2603 = add nsw i64 %m1, 1
  br label %m1.head
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <16 x float> @llvm.sqrt.v16f32(<16 x float>) #1

; Function Attrs: inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn
declare void @llvm.prefetch.p0i8(i8* nocapture readonly, i32 immarg, i32 immarg, i32) #2

; Function Attrs: nofree nosync nounwind readonly willreturn
declare <16 x i8> @llvm.masked.gather.v16i8.v16p0i8(<16 x i8*>, i32 immarg, <16 x i1>, <16 x i8>) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v16f32.p0v16f32(<16 x float>, <16 x float>*, i32 immarg, <16 x i1>) #4

; Function Attrs: nounwind
define void @zk_rope_28def376282b5637(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 81 lines, FNV-1a edd4c612ad00d50b: the body left out
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.cos.f64(double) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.sin.f64(double) #1

; Function Attrs: nounwind
define void @zk_matmul_aa5e70d03bcb7a98(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 4151 lines, FNV-1a ba0ee8470f916a3a: the body left out
}

; Function Attrs: nounwind
define void @zk_rope_fd47014faf208b4a(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 81 lines, FNV-1a 82da09d71f277118: the body left out
}

; Function Attrs: nounwind
define void @zk_attention_e649ddccc47bf761(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 210 lines, FNV-1a 68400f654efb5c61: the body left out
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.exp.f32(float) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nounwind
define void @zk_norm_6897a20900c24dec(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 157 lines, FNV-1a 9c7d5b760a0a5431: the body left out
}

; Function Attrs: nounwind
define void @zk_matmul_699c19e769567b4a(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 4151 lines, FNV-1a d9d6eb36c5a1a05b: the body left out
}

; Function Attrs: nounwind
define void @zk_matmul_feff65014838afdb(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 4274 lines, FNV-1a 6c42301b9e56b8be: the body left out
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <16 x float> @llvm.exp.v16f32(<16 x float>) #1

; Function Attrs: nounwind
define void @zk_matmul_8ce8e1e222042be3(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 4151 lines, FNV-1a c5144310fd03319a: the body left out
}

; Function Attrs: nounwind
define void @zk_norm_09791d26b20581c6(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 150 lines, FNV-1a 9aba7e40cba6a70d: the body left out
}

; Function Attrs: nounwind
define void @zk_matmul_3afd914f86cc1229(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 2492 lines, FNV-1a 96ecdf2fcecef055: the body left out
}

; Function Attrs: nofree nosync nounwind readonly willreturn
declare <16 x float> @llvm.masked.gather.v16f32.v16p0f32(<16 x float*>, i32 immarg, <16 x i1>, <16 x float>) #3

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn }
attributes #3 = { nofree nosync nounwind readonly willreturn }
attributes #4 = { argmemonly nofree nosync nounwind willreturn writeonly }
