; `zoc llvm models/tiny.zo -D W=aqlm --recipe qzo`, LLVM 14's text, without the host's target lines; a body left out is
; its digest (tests/test_codegen_golden.c says which and why)
; zoc kernels of model 'tiny': 27 kernels, 13 distinct functions
; kernel 0: embedding at %2 ; x -> @zk_embedding_bbdcf30c33b1e39b, parallel over B*T rows
; kernel 1: norm at %12 ; h -> @zk_norm_e069b0c24efd1ddf, parallel over B*T rows
; kernel 2: matmul at %13 -> @zk_matmul_0f1300602dfdc1ee, parallel over 4 column blocks
; kernel 3: rope at %14 ; q -> @zk_rope_28def376282b5637, parallel over B*T rows
; kernel 4: matmul at %15 -> @zk_matmul_73ba54b26851458d, parallel over 2 column blocks
; kernel 5: rope at %16 ; k -> @zk_rope_fd47014faf208b4a, parallel over B*T rows
; kernel 6: matmul at %17 ; v -> @zk_matmul_73ba54b26851458d, parallel over 2 column blocks
; kernel 7: attention at %18 -> @zk_attention_e649ddccc47bf761, parallel over 4*B batch*heads
; kernel 8: matmul at %19 -> @zk_matmul_0f1300602dfdc1ee, parallel over 4 column blocks
; kernel 9: norm at %21 ; h -> @zk_norm_6897a20900c24dec, parallel over B*T rows
; kernel 10: matmul at %24 -> @zk_matmul_6742035f983ba46c, parallel over 8 column blocks
; kernel 11: matmul at %25 -> @zk_matmul_52d3f3fedf789496, parallel over 8 column blocks
; kernel 12: matmul at %26 -> @zk_matmul_398d98131a280e9e, parallel over 4 column blocks
; kernel 13: norm at %37 ; h -> @zk_norm_6897a20900c24dec, parallel over B*T rows
; kernel 14: matmul at %38 -> @zk_matmul_0f1300602dfdc1ee, parallel over 4 column blocks
; kernel 15: rope at %39 ; q -> @zk_rope_28def376282b5637, parallel over B*T rows
; kernel 16: matmul at %40 -> @zk_matmul_73ba54b26851458d, parallel over 2 column blocks
; kernel 17: rope at %41 ; k -> @zk_rope_fd47014faf208b4a, parallel over B*T rows
; kernel 18: matmul at %42 ; v -> @zk_matmul_73ba54b26851458d, parallel over 2 column blocks
; kernel 19: attention at %43 -> @zk_attention_e649ddccc47bf761, parallel over 4*B batch*heads
; kernel 20: matmul at %44 -> @zk_matmul_0f1300602dfdc1ee, parallel over 4 column blocks
; kernel 21: norm at %46 ; h -> @zk_norm_6897a20900c24dec, parallel over B*T rows
; kernel 22: matmul at %49 -> @zk_matmul_6742035f983ba46c, parallel over 8 column blocks
; kernel 23: matmul at %50 -> @zk_matmul_52d3f3fedf789496, parallel over 8 column blocks
; kernel 24: matmul at %51 -> @zk_matmul_398d98131a280e9e, parallel over 4 column blocks
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
define void @zk_matmul_0f1300602dfdc1ee(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
entry:
  %hoist0 = alloca <16 x i32>, align 64
  %hoist1.pos = alloca <16 x float>, align 64
  %hoist1.neg = alloca <16 x float>, align 64
  %key0 = alloca i64, align 8
  %have_key = alloca i1, align 1
  %chain0.0 = alloca <16 x float>, align 64
  %chain0.1 = alloca <16 x float>, align 64
  %chain0.2 = alloca <16 x float>, align 64
  %chain0.3 = alloca <16 x float>, align 64
  %nruns = alloca i64, align 8
  %chain0.0117 = alloca <16 x float>, align 64
  %chain0.1118 = alloca <16 x float>, align 64
  %chain0.2119 = alloca <16 x float>, align 64
  %chain0.3120 = alloca <16 x float>, align 64
  %chain1.0 = alloca <16 x float>, align 64
  %chain1.1 = alloca <16 x float>, align 64
  %chain1.2 = alloca <16 x float>, align 64
  %chain1.3 = alloca <16 x float>, align 64
  %nruns157 = alloca i64, align 8
  %chain0.0382 = alloca <16 x float>, align 64
  %chain0.1383 = alloca <16 x float>, align 64
  %chain0.2384 = alloca <16 x float>, align 64
  %chain0.3385 = alloca <16 x float>, align 64
  %chain1.0388 = alloca <16 x float>, align 64
  %chain1.1389 = alloca <16 x float>, align 64
  %chain1.2390 = alloca <16 x float>, align 64
  %chain1.3391 = alloca <16 x float>, align 64
  %chain2.0 = alloca <16 x float>, align 64
  %chain2.1 = alloca <16 x float>, align 64
  %chain2.2 = alloca <16 x float>, align 64
  %chain2.3 = alloca <16 x float>, align 64
  %chain3.0 = alloca <16 x float>, align 64
  %chain3.1 = alloca <16 x float>, align 64
  %chain3.2 = alloca <16 x float>, align 64
  %chain3.3 = alloca <16 x float>, align 64
  %nruns434 = alloca i64, align 8
  %acc811 = alloca <16 x float>, align 64
  %acc814 = alloca <16 x float>, align 64
  %acc817 = alloca <16 x float>, align 64
  %acc820 = alloca <16 x float>, align 64
  %acc852 = alloca <16 x float>, align 64
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
  %out0.matmul.slot = getelementptr inbounds i8*, i8** %ptrs, i64 4
  %out0.matmul = load i8*, i8** %out0.matmul.slot, align 8
  %out0.matmul2 = bitcast i8* %out0.matmul to float*
  %codes.slot = getelementptr inbounds i8*, i8** %ptrs, i64 1
  %codes = load i8*, i8** %codes.slot, align 8
  %codes3 = bitcast i8* %codes to i16*
  %codebooks.slot = getelementptr inbounds i8*, i8** %ptrs, i64 2
  %codebooks = load i8*, i8** %codebooks.slot, align 8
  %codebooks4 = bitcast i8* %codebooks to half*
  %scales.slot = getelementptr inbounds i8*, i8** %ptrs, i64 3
  %scales = load i8*, i8** %scales.slot, align 8
  %scales5 = bitcast i8* %scales to half*
  %9 = getelementptr inbounds i64, i64* %ints, i64 0
  %stream.scales = load i64, i64* %9, align 8
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
  %runs8 = bitcast i8* %runs to i64*
  br label %kt.head

zpro.then:                                        ; preds = %zblk.body
  br label %zrow.head

zpro.else:                                        ; preds = %zblk.body
  br label %zpro.join

zpro.join:                                        ; preds = %zpro.else, %zrow.exit
  %dvec = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec7 = bitcast i8* %dvec to float*
  %26 = add i64 0, %zblk
  %27 = mul i64 %26, 16
  %28 = getelementptr inbounds float, float* %dvec7, i64 %27
  %29 = bitcast float* %28 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %29, align 4
  %30 = add nsw i64 %zblk, 1
  br label %zblk.head

zrow.head:                                        ; preds = %zrow.body, %zpro.then
  %zrow = phi i64 [ 0, %zpro.then ], [ %337, %zrow.body ]
  %31 = icmp slt i64 %zrow, 1
  br i1 %31, label %zrow.body, label %zrow.exit

zrow.body:                                        ; preds = %zrow.head
  %32 = mul i64 %n0, 1
  %33 = urem i64 %zrow, 1
  %34 = udiv i64 %zrow, 1
  %35 = mul i64 %33, 1
  %36 = add i64 %32, %35
  %37 = urem i64 %34, 1
  %38 = udiv i64 %34, 1
  %39 = mul i64 %37, 1
  %40 = add i64 %36, %39
  %41 = urem i64 %38, 1
  %42 = udiv i64 %38, 1
  %43 = mul i64 %41, 1
  %44 = add i64 %40, %43
  %45 = mul i64 %zrow, 16
  %46 = getelementptr inbounds float, float* %zbuf, i64 %45
  %47 = insertelement <16 x i64> undef, i64 %44, i32 0
  %48 = shufflevector <16 x i64> %47, <16 x i64> undef, <16 x i32> zeroinitializer
  %49 = add <16 x i64> %48, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %pair = lshr <16 x i64> %49, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %50 = trunc <16 x i64> %pair to <16 x i32>
  %51 = lshr <16 x i64> %pair, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %52 = trunc <16 x i64> %51 to <16 x i32>
  %53 = trunc i64 %stream.scales to i32
  %54 = insertelement <16 x i32> undef, i32 %53, i32 0
  %55 = shufflevector <16 x i32> %54, <16 x i32> undef, <16 x i32> zeroinitializer
  %key06 = trunc i64 %seed to i32
  %56 = lshr i64 %seed, 32
  %key1 = trunc i64 %56 to i32
  %57 = zext <16 x i32> %50 to <16 x i64>
  %58 = mul <16 x i64> %57, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %59 = trunc <16 x i64> %58 to <16 x i32>
  %60 = lshr <16 x i64> %58, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %61 = trunc <16 x i64> %60 to <16 x i32>
  %62 = zext <16 x i32> %55 to <16 x i64>
  %63 = mul <16 x i64> %62, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %64 = trunc <16 x i64> %63 to <16 x i32>
  %65 = lshr <16 x i64> %63, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %66 = trunc <16 x i64> %65 to <16 x i32>
  %67 = insertelement <16 x i32> undef, i32 %key06, i32 0
  %68 = shufflevector <16 x i32> %67, <16 x i32> undef, <16 x i32> zeroinitializer
  %69 = insertelement <16 x i32> undef, i32 %key1, i32 0
  %70 = shufflevector <16 x i32> %69, <16 x i32> undef, <16 x i32> zeroinitializer
  %71 = xor <16 x i32> %66, %52
  %72 = xor <16 x i32> %71, %68
  %73 = xor <16 x i32> %61, zeroinitializer
  %74 = xor <16 x i32> %73, %70
  %75 = add i32 %key06, -1640531527
  %76 = add i32 %key1, -1150833019
  %77 = zext <16 x i32> %72 to <16 x i64>
  %78 = mul <16 x i64> %77, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %79 = trunc <16 x i64> %78 to <16 x i32>
  %80 = lshr <16 x i64> %78, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %81 = trunc <16 x i64> %80 to <16 x i32>
  %82 = zext <16 x i32> %74 to <16 x i64>
  %83 = mul <16 x i64> %82, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %84 = trunc <16 x i64> %83 to <16 x i32>
  %85 = lshr <16 x i64> %83, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %86 = trunc <16 x i64> %85 to <16 x i32>
  %87 = insertelement <16 x i32> undef, i32 %75, i32 0
  %88 = shufflevector <16 x i32> %87, <16 x i32> undef, <16 x i32> zeroinitializer
  %89 = insertelement <16 x i32> undef, i32 %76, i32 0
  %90 = shufflevector <16 x i32> %89, <16 x i32> undef, <16 x i32> zeroinitializer
  %91 = xor <16 x i32> %86, %64
  %92 = xor <16 x i32> %91, %88
  %93 = xor <16 x i32> %81, %59
  %94 = xor <16 x i32> %93, %90
  %95 = add i32 %75, -1640531527
  %96 = add i32 %76, -1150833019
  %97 = zext <16 x i32> %92 to <16 x i64>
  %98 = mul <16 x i64> %97, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %99 = trunc <16 x i64> %98 to <16 x i32>
  %100 = lshr <16 x i64> %98, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %101 = trunc <16 x i64> %100 to <16 x i32>
  %102 = zext <16 x i32> %94 to <16 x i64>
  %103 = mul <16 x i64> %102, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %104 = trunc <16 x i64> %103 to <16 x i32>
  %105 = lshr <16 x i64> %103, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %106 = trunc <16 x i64> %105 to <16 x i32>
  %107 = insertelement <16 x i32> undef, i32 %95, i32 0
  %108 = shufflevector <16 x i32> %107, <16 x i32> undef, <16 x i32> zeroinitializer
  %109 = insertelement <16 x i32> undef, i32 %96, i32 0
  %110 = shufflevector <16 x i32> %109, <16 x i32> undef, <16 x i32> zeroinitializer
  %111 = xor <16 x i32> %106, %84
  %112 = xor <16 x i32> %111, %108
  %113 = xor <16 x i32> %101, %79
  %114 = xor <16 x i32> %113, %110
  %115 = add i32 %95, -1640531527
  %116 = add i32 %96, -1150833019
  %117 = zext <16 x i32> %112 to <16 x i64>
  %118 = mul <16 x i64> %117, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %119 = trunc <16 x i64> %118 to <16 x i32>
  %120 = lshr <16 x i64> %118, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %121 = trunc <16 x i64> %120 to <16 x i32>
  %122 = zext <16 x i32> %114 to <16 x i64>
  %123 = mul <16 x i64> %122, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %124 = trunc <16 x i64> %123 to <16 x i32>
  %125 = lshr <16 x i64> %123, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %126 = trunc <16 x i64> %125 to <16 x i32>
  %127 = insertelement <16 x i32> undef, i32 %115, i32 0
  %128 = shufflevector <16 x i32> %127, <16 x i32> undef, <16 x i32> zeroinitializer
  %129 = insertelement <16 x i32> undef, i32 %116, i32 0
  %130 = shufflevector <16 x i32> %129, <16 x i32> undef, <16 x i32> zeroinitializer
  %131 = xor <16 x i32> %126, %104
  %132 = xor <16 x i32> %131, %128
  %133 = xor <16 x i32> %121, %99
  %134 = xor <16 x i32> %133, %130
  %135 = add i32 %115, -1640531527
  %136 = add i32 %116, -1150833019
  %137 = zext <16 x i32> %132 to <16 x i64>
  %138 = mul <16 x i64> %137, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %139 = trunc <16 x i64> %138 to <16 x i32>
  %140 = lshr <16 x i64> %138, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %141 = trunc <16 x i64> %140 to <16 x i32>
  %142 = zext <16 x i32> %134 to <16 x i64>
  %143 = mul <16 x i64> %142, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %144 = trunc <16 x i64> %143 to <16 x i32>
  %145 = lshr <16 x i64> %143, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %146 = trunc <16 x i64> %145 to <16 x i32>
  %147 = insertelement <16 x i32> undef, i32 %135, i32 0
  %148 = shufflevector <16 x i32> %147, <16 x i32> undef, <16 x i32> zeroinitializer
  %149 = insertelement <16 x i32> undef, i32 %136, i32 0
  %150 = shufflevector <16 x i32> %149, <16 x i32> undef, <16 x i32> zeroinitializer
  %151 = xor <16 x i32> %146, %124
  %152 = xor <16 x i32> %151, %148
  %153 = xor <16 x i32> %141, %119
  %154 = xor <16 x i32> %153, %150
  %155 = add i32 %135, -1640531527
  %156 = add i32 %136, -1150833019
  %157 = zext <16 x i32> %152 to <16 x i64>
  %158 = mul <16 x i64> %157, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %159 = trunc <16 x i64> %158 to <16 x i32>
  %160 = lshr <16 x i64> %158, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %161 = trunc <16 x i64> %160 to <16 x i32>
  %162 = zext <16 x i32> %154 to <16 x i64>
  %163 = mul <16 x i64> %162, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %164 = trunc <16 x i64> %163 to <16 x i32>
  %165 = lshr <16 x i64> %163, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %166 = trunc <16 x i64> %165 to <16 x i32>
  %167 = insertelement <16 x i32> undef, i32 %155, i32 0
  %168 = shufflevector <16 x i32> %167, <16 x i32> undef, <16 x i32> zeroinitializer
  %169 = insertelement <16 x i32> undef, i32 %156, i32 0
  %170 = shufflevector <16 x i32> %169, <16 x i32> undef, <16 x i32> zeroinitializer
  %171 = xor <16 x i32> %166, %144
  %172 = xor <16 x i32> %171, %168
  %173 = xor <16 x i32> %161, %139
  %174 = xor <16 x i32> %173, %170
  %175 = add i32 %155, -1640531527
  %176 = add i32 %156, -1150833019
  %177 = zext <16 x i32> %172 to <16 x i64>
  %178 = mul <16 x i64> %177, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %179 = trunc <16 x i64> %178 to <16 x i32>
  %180 = lshr <16 x i64> %178, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %181 = trunc <16 x i64> %180 to <16 x i32>
  %182 = zext <16 x i32> %174 to <16 x i64>
  %183 = mul <16 x i64> %182, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %184 = trunc <16 x i64> %183 to <16 x i32>
  %185 = lshr <16 x i64> %183, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %186 = trunc <16 x i64> %185 to <16 x i32>
  %187 = insertelement <16 x i32> undef, i32 %175, i32 0
  %188 = shufflevector <16 x i32> %187, <16 x i32> undef, <16 x i32> zeroinitializer
  %189 = insertelement <16 x i32> undef, i32 %176, i32 0
  %190 = shufflevector <16 x i32> %189, <16 x i32> undef, <16 x i32> zeroinitializer
  %191 = xor <16 x i32> %186, %164
  %192 = xor <16 x i32> %191, %188
  %193 = xor <16 x i32> %181, %159
  %194 = xor <16 x i32> %193, %190
  %195 = add i32 %175, -1640531527
  %196 = add i32 %176, -1150833019
  %197 = zext <16 x i32> %192 to <16 x i64>
  %198 = mul <16 x i64> %197, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %199 = trunc <16 x i64> %198 to <16 x i32>
  %200 = lshr <16 x i64> %198, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %201 = trunc <16 x i64> %200 to <16 x i32>
  %202 = zext <16 x i32> %194 to <16 x i64>
  %203 = mul <16 x i64> %202, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %204 = trunc <16 x i64> %203 to <16 x i32>
  %205 = lshr <16 x i64> %203, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %206 = trunc <16 x i64> %205 to <16 x i32>
  %207 = insertelement <16 x i32> undef, i32 %195, i32 0
  %208 = shufflevector <16 x i32> %207, <16 x i32> undef, <16 x i32> zeroinitializer
  %209 = insertelement <16 x i32> undef, i32 %196, i32 0
  %210 = shufflevector <16 x i32> %209, <16 x i32> undef, <16 x i32> zeroinitializer
  %211 = xor <16 x i32> %206, %184
  %212 = xor <16 x i32> %211, %208
  %213 = xor <16 x i32> %201, %179
  %214 = xor <16 x i32> %213, %210
  %215 = add i32 %195, -1640531527
  %216 = add i32 %196, -1150833019
  %217 = zext <16 x i32> %212 to <16 x i64>
  %218 = mul <16 x i64> %217, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %219 = trunc <16 x i64> %218 to <16 x i32>
  %220 = lshr <16 x i64> %218, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %221 = trunc <16 x i64> %220 to <16 x i32>
  %222 = zext <16 x i32> %214 to <16 x i64>
  %223 = mul <16 x i64> %222, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %224 = trunc <16 x i64> %223 to <16 x i32>
  %225 = lshr <16 x i64> %223, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %226 = trunc <16 x i64> %225 to <16 x i32>
  %227 = insertelement <16 x i32> undef, i32 %215, i32 0
  %228 = shufflevector <16 x i32> %227, <16 x i32> undef, <16 x i32> zeroinitializer
  %229 = insertelement <16 x i32> undef, i32 %216, i32 0
  %230 = shufflevector <16 x i32> %229, <16 x i32> undef, <16 x i32> zeroinitializer
  %231 = xor <16 x i32> %226, %204
  %232 = xor <16 x i32> %231, %228
  %233 = xor <16 x i32> %221, %199
  %234 = xor <16 x i32> %233, %230
  %235 = add i32 %215, -1640531527
  %236 = add i32 %216, -1150833019
  %237 = zext <16 x i32> %232 to <16 x i64>
  %238 = mul <16 x i64> %237, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %239 = trunc <16 x i64> %238 to <16 x i32>
  %240 = lshr <16 x i64> %238, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %241 = trunc <16 x i64> %240 to <16 x i32>
  %242 = zext <16 x i32> %234 to <16 x i64>
  %243 = mul <16 x i64> %242, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %244 = trunc <16 x i64> %243 to <16 x i32>
  %245 = lshr <16 x i64> %243, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %246 = trunc <16 x i64> %245 to <16 x i32>
  %247 = insertelement <16 x i32> undef, i32 %235, i32 0
  %248 = shufflevector <16 x i32> %247, <16 x i32> undef, <16 x i32> zeroinitializer
  %249 = insertelement <16 x i32> undef, i32 %236, i32 0
  %250 = shufflevector <16 x i32> %249, <16 x i32> undef, <16 x i32> zeroinitializer
  %251 = xor <16 x i32> %246, %224
  %252 = xor <16 x i32> %251, %248
  %253 = xor <16 x i32> %241, %219
  %254 = xor <16 x i32> %253, %250
  %255 = lshr <16 x i32> %252, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %256 = shl <16 x i32> %255, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %257 = or <16 x i32> %256, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %258 = sitofp <16 x i32> %257 to <16 x float>
  %259 = fmul <16 x float> %258, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %260 = lshr <16 x i32> %244, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %261 = shl <16 x i32> %260, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %262 = or <16 x i32> %261, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %263 = sitofp <16 x i32> %262 to <16 x float>
  %264 = fmul <16 x float> %263, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %265 = bitcast <16 x float> %259 to <16 x i32>
  %266 = lshr <16 x i32> %265, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %267 = sub <16 x i32> %266, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %268 = and <16 x i32> %265, <i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607>
  %269 = or <16 x i32> %268, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %270 = icmp uge <16 x i32> %269, <i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891>
  %271 = sub <16 x i32> %269, <i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608>
  %272 = select <16 x i1> %270, <16 x i32> %271, <16 x i32> %269
  %273 = add <16 x i32> %267, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %274 = select <16 x i1> %270, <16 x i32> %273, <16 x i32> %267
  %275 = bitcast <16 x i32> %272 to <16 x float>
  %276 = fsub <16 x float> %275, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %277 = fadd <16 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %276
  %278 = fdiv <16 x float> %276, %277
  %279 = fmul <16 x float> %278, %278
  %280 = fmul <16 x float> %279, <float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000>
  %281 = fadd <16 x float> <float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000>, %280
  %282 = fmul <16 x float> %279, %281
  %283 = fadd <16 x float> <float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000>, %282
  %284 = fmul <16 x float> %279, %283
  %285 = fadd <16 x float> <float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000>, %284
  %286 = fmul <16 x float> %279, %285
  %287 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %286
  %288 = fadd <16 x float> %278, %278
  %289 = fmul <16 x float> %288, %287
  %290 = sitofp <16 x i32> %274 to <16 x float>
  %291 = fmul <16 x float> %290, <float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000>
  %292 = fadd <16 x float> %289, %291
  %293 = fmul <16 x float> %290, <float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000>
  %ln.u1 = fadd <16 x float> %293, %292
  %294 = fmul <16 x float> <float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00>, %ln.u1
  %r = call <16 x float> @llvm.sqrt.v16f32(<16 x float> %294)
  %295 = fmul <16 x float> %264, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %296 = fadd <16 x float> %295, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %297 = fsub <16 x float> %296, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %298 = fsub <16 x float> %295, %297
  %299 = fmul <16 x float> %298, %298
  %300 = fmul <16 x float> %299, <float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000>
  %301 = fadd <16 x float> <float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000>, %300
  %302 = fmul <16 x float> %299, %301
  %303 = fadd <16 x float> <float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000>, %302
  %304 = fmul <16 x float> %299, %303
  %305 = fadd <16 x float> <float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000>, %304
  %306 = fmul <16 x float> %299, %305
  %307 = fadd <16 x float> <float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000>, %306
  %308 = fmul <16 x float> %298, %307
  %309 = fmul <16 x float> %299, <float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000>
  %310 = fadd <16 x float> <float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000>, %309
  %311 = fmul <16 x float> %299, %310
  %312 = fadd <16 x float> <float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000>, %311
  %313 = fmul <16 x float> %299, %312
  %314 = fadd <16 x float> <float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000>, %313
  %315 = fmul <16 x float> %299, %314
  %316 = fadd <16 x float> <float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000>, %315
  %317 = fmul <16 x float> %299, %316
  %318 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %317
  %319 = fptosi <16 x float> %297 to <16 x i32>
  %quadrant = and <16 x i32> %319, <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %320 = and <16 x i32> %quadrant, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %321 = icmp ne <16 x i32> %320, zeroinitializer
  %322 = select <16 x i1> %321, <16 x float> %318, <16 x float> %308
  %323 = select <16 x i1> %321, <16 x float> %308, <16 x float> %318
  %324 = and <16 x i32> %quadrant, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %325 = icmp ne <16 x i32> %324, zeroinitializer
  %326 = add <16 x i32> %quadrant, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %327 = and <16 x i32> %326, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %328 = icmp ne <16 x i32> %327, zeroinitializer
  %329 = fneg <16 x float> %322
  %sin = select <16 x i1> %325, <16 x float> %329, <16 x float> %322
  %330 = fneg <16 x float> %323
  %cos = select <16 x i1> %328, <16 x float> %330, <16 x float> %323
  %331 = fmul <16 x float> %r, %cos
  %332 = fmul <16 x float> %r, %sin
  %333 = and <16 x i64> %49, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %334 = icmp ne <16 x i64> %333, zeroinitializer
  %z = select <16 x i1> %334, <16 x float> %332, <16 x float> %331
  %335 = getelementptr inbounds float, float* %46, i64 0
  %336 = bitcast float* %335 to <16 x float>*
  store <16 x float> %z, <16 x float>* %336, align 4
  %337 = add nsw i64 %zrow, 1
  br label %zrow.head

zrow.exit:                                        ; preds = %zrow.head
  br label %zpro.join

kt.head:                                          ; preds = %run.exit, %zblk.exit
  %kt = phi i64 [ 0, %zblk.exit ], [ %356, %run.exit ]
  %338 = icmp slt i64 %kt, 64
  br i1 %338, label %kt.body, label %kt.exit

kt.body:                                          ; preds = %kt.head
  %339 = add i64 %kt, 256
  %340 = icmp slt i64 %339, 64
  %kend = select i1 %340, i64 %339, i64 64
  store i64 0, i64* %nruns, align 8
  br label %kr.head

kt.exit:                                          ; preds = %kt.head
  br label %eblk.head

kr.head:                                          ; preds = %newrun.join, %kt.body
  %kr = phi i64 [ %kt, %kt.body ], [ %351, %newrun.join ]
  %341 = icmp slt i64 %kr, %kend
  br i1 %341, label %kr.body, label %kr.exit

kr.body:                                          ; preds = %kr.head
  %342 = trunc i64 %kr to i32
  %343 = udiv i32 %342, 8
  %344 = sext i32 %343 to i64
  %345 = load i64, i64* %key0, align 8
  %346 = icmp ne i64 %344, %345
  %key.changed = or i1 false, %346
  store i64 %344, i64* %key0, align 8
  %347 = icmp eq i64 %kr, %kt
  %run.start = or i1 %key.changed, %347
  br i1 %run.start, label %newrun.then, label %newrun.else

kr.exit:                                          ; preds = %kr.head
  %nruns9 = load i64, i64* %nruns, align 8
  %348 = getelementptr inbounds i64, i64* %runs8, i64 %nruns9
  store i64 %kend, i64* %348, align 8
  br label %run.head

newrun.then:                                      ; preds = %kr.body
  %n = load i64, i64* %nruns, align 8
  %349 = getelementptr inbounds i64, i64* %runs8, i64 %n
  store i64 %kr, i64* %349, align 8
  %350 = add i64 %n, 1
  store i64 %350, i64* %nruns, align 8
  br label %newrun.join

newrun.else:                                      ; preds = %kr.body
  br label %newrun.join

newrun.join:                                      ; preds = %newrun.else, %newrun.then
  %351 = add nsw i64 %kr, 1
  br label %kr.head

run.head:                                         ; preds = %fblk.exit, %kr.exit
  %run = phi i64 [ 0, %kr.exit ], [ %629, %fblk.exit ]
  %352 = icmp slt i64 %run, %nruns9
  br i1 %352, label %run.body, label %run.exit

run.body:                                         ; preds = %run.head
  %353 = getelementptr inbounds i64, i64* %runs8, i64 %run
  %ka = load i64, i64* %353, align 8
  %354 = add i64 %run, 1
  %355 = getelementptr inbounds i64, i64* %runs8, i64 %354
  %kb = load i64, i64* %355, align 8
  br label %hblk.head

run.exit:                                         ; preds = %run.head
  %356 = add nsw i64 %kt, 256
  br label %kt.head

hblk.head:                                        ; preds = %hblk.body, %run.body
  %hblk = phi i64 [ 0, %run.body ], [ %420, %hblk.body ]
  %357 = icmp slt i64 %hblk, %nblk
  br i1 %357, label %hblk.body, label %hblk.exit

hblk.body:                                        ; preds = %hblk.head
  %cb10 = add i64 %chunk, %hblk
  %c011 = mul i64 %cb10, 16
  %358 = icmp slt i64 %c011, 48
  %n012 = select i1 %358, i64 %c011, i64 48
  %lane.lo13 = sub i64 %c011, %n012
  %359 = insertelement <16 x i64> undef, i64 %lane.lo13, i32 0
  %360 = shufflevector <16 x i64> %359, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask14 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %360
  %361 = mul i64 %hblk, 64
  %362 = add i64 0, %361
  %zregion15 = getelementptr inbounds i8, i8* %scratch, i64 %362
  %363 = trunc i64 %n012 to i32
  %364 = insertelement <16 x i32> undef, i32 %363, i32 0
  %365 = shufflevector <16 x i32> %364, <16 x i32> undef, <16 x i32> zeroinitializer
  %n16 = add <16 x i32> %365, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %366 = sext <16 x i32> %n16 to <16 x i64>
  %367 = add <16 x i64> zeroinitializer, %366
  %368 = trunc i64 %n012 to i32
  %369 = sext i32 %368 to i64
  %370 = add i64 0, %369
  %371 = getelementptr inbounds half, half* %scales5, i64 %370
  %372 = bitcast half* %371 to <16 x half>*
  %scales.raw = load <16 x half>, <16 x half>* %372, align 2
  %scales17 = fpext <16 x half> %scales.raw to <16 x float>
  %373 = getelementptr inbounds i8, i8* %zregion15, i64 0
  %zbuf18 = bitcast i8* %373 to float*
  %374 = getelementptr inbounds float, float* %zbuf18, i64 0
  %375 = bitcast float* %374 to <16 x float>*
  %z.buf = load <16 x float>, <16 x float>* %375, align 4
  %z19 = select i1 %perturbed, <16 x float> %z.buf, <16 x float> zeroinitializer
  %376 = insertelement <16 x float> undef, float %eps.pos, i32 0
  %377 = shufflevector <16 x float> %376, <16 x float> undef, <16 x i32> zeroinitializer
  %378 = fmul <16 x float> %377, %z19
  %scales.pos = fadd <16 x float> %scales17, %378
  store <16 x float> %scales.pos, <16 x float>* %hoist1.pos, align 64
  %379 = sext <16 x i32> %n16 to <16 x i64>
  %380 = add <16 x i64> zeroinitializer, %379
  %381 = sext i32 %368 to i64
  %382 = add i64 0, %381
  %383 = getelementptr inbounds half, half* %scales5, i64 %382
  %384 = bitcast half* %383 to <16 x half>*
  %scales.raw20 = load <16 x half>, <16 x half>* %384, align 2
  %scales21 = fpext <16 x half> %scales.raw20 to <16 x float>
  %385 = insertelement <16 x float> undef, float %eps.neg, i32 0
  %386 = shufflevector <16 x float> %385, <16 x float> undef, <16 x i32> zeroinitializer
  %387 = fmul <16 x float> %386, %z19
  %scales.neg = fadd <16 x float> %scales21, %387
  store <16 x float> %scales.neg, <16 x float>* %hoist1.neg, align 64
  store i1 false, i1* %have_key, align 1
  store <16 x i32> zeroinitializer, <16 x i32>* %hoist0, align 64
  %388 = trunc i64 %n012 to i32
  %389 = insertelement <16 x i32> undef, i32 %388, i32 0
  %390 = shufflevector <16 x i32> %389, <16 x i32> undef, <16 x i32> zeroinitializer
  %n22 = add <16 x i32> %390, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %391 = sext <16 x i32> %n22 to <16 x i64>
  %392 = trunc i64 %ka to i32
  %393 = udiv i32 %392, 8
  %394 = sext i32 %393 to i64
  %395 = add i64 0, %394
  %396 = mul <16 x i64> %391, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %397 = insertelement <16 x i64> undef, i64 %395, i32 0
  %398 = shufflevector <16 x i64> %397, <16 x i64> undef, <16 x i32> zeroinitializer
  %399 = add <16 x i64> %398, %396
  %400 = getelementptr inbounds i16, i16* %codes3, <16 x i64> %399
  %codes.raw = call <16 x i16> @llvm.masked.gather.v16i16.v16p0i16(<16 x i16*> %400, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i16> undef)
  %401 = sext <16 x i16> %codes.raw to <16 x i64>
  %402 = trunc <16 x i64> %401 to <16 x i32>
  %403 = add <16 x i32> %402, <i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536>
  %404 = urem <16 x i32> %403, <i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536>
  store <16 x i32> %404, <16 x i32>* %hoist0, align 64
  %405 = mul i64 %hblk, 192
  %406 = add i64 4416, %405
  %hstate = getelementptr inbounds i8, i8* %scratch, i64 %406
  %407 = getelementptr inbounds i8, i8* %hstate, i64 0
  %408 = bitcast i8* %407 to <16 x i32>*
  %409 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  store <16 x i32> %409, <16 x i32>* %408, align 4
  %410 = getelementptr inbounds i8, i8* %hstate, i64 64
  %411 = bitcast i8* %410 to <16 x float>*
  %412 = load <16 x float>, <16 x float>* %hoist1.pos, align 64
  store <16 x float> %412, <16 x float>* %411, align 4
  %413 = getelementptr inbounds i8, i8* %hstate, i64 128
  %414 = bitcast i8* %413 to <16 x float>*
  %415 = load <16 x float>, <16 x float>* %hoist1.neg, align 64
  store <16 x float> %415, <16 x float>* %414, align 4
  %dvec23 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec24 = bitcast i8* %dvec23 to float*
  %416 = add i64 0, %hblk
  %417 = mul i64 %416, 16
  %418 = getelementptr inbounds float, float* %dvec24, i64 %417
  %419 = bitcast float* %418 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %419, align 4
  %420 = add nsw i64 %hblk, 1
  br label %hblk.head

hblk.exit:                                        ; preds = %hblk.head
  br label %ks.head

ks.head:                                          ; preds = %sblk.exit, %hblk.exit
  %ks = phi i64 [ %ka, %hblk.exit ], [ %441, %sblk.exit ]
  %421 = icmp slt i64 %ks, %kb
  br i1 %421, label %ks.body, label %ks.exit

ks.body:                                          ; preds = %ks.head
  %422 = add i64 %ks, 8
  %423 = icmp slt i64 %422, %kb
  %ke = select i1 %423, i64 %422, i64 %kb
  %424 = sub i64 %ke, %ks
  %full = icmp eq i64 %424, 8
  br label %sblk.head

ks.exit:                                          ; preds = %ks.head
  br label %fblk.head

sblk.head:                                        ; preds = %kstep.join, %ks.body
  %sblk = phi i64 [ 0, %ks.body ], [ %586, %kstep.join ]
  %425 = icmp slt i64 %sblk, %nblk
  br i1 %425, label %sblk.body, label %sblk.exit

sblk.body:                                        ; preds = %sblk.head
  %cb25 = add i64 %chunk, %sblk
  %c026 = mul i64 %cb25, 16
  %426 = icmp slt i64 %c026, 48
  %n027 = select i1 %426, i64 %c026, i64 48
  %lane.lo28 = sub i64 %c026, %n027
  %427 = insertelement <16 x i64> undef, i64 %lane.lo28, i32 0
  %428 = shufflevector <16 x i64> %427, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask29 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %428
  %429 = mul i64 %sblk, 64
  %430 = add i64 0, %429
  %zregion30 = getelementptr inbounds i8, i8* %scratch, i64 %430
  %431 = mul i64 %sblk, 192
  %432 = add i64 4416, %431
  %hstate31 = getelementptr inbounds i8, i8* %scratch, i64 %432
  %433 = getelementptr inbounds i8, i8* %hstate31, i64 0
  %434 = bitcast i8* %433 to <16 x i32>*
  %hoist.state = load <16 x i32>, <16 x i32>* %434, align 4
  store <16 x i32> %hoist.state, <16 x i32>* %hoist0, align 64
  %435 = getelementptr inbounds i8, i8* %hstate31, i64 64
  %436 = bitcast i8* %435 to <16 x float>*
  %hoist.state32 = load <16 x float>, <16 x float>* %436, align 4
  store <16 x float> %hoist.state32, <16 x float>* %hoist1.pos, align 64
  %437 = getelementptr inbounds i8, i8* %hstate31, i64 128
  %438 = bitcast i8* %437 to <16 x float>*
  %hoist.state33 = load <16 x float>, <16 x float>* %438, align 4
  store <16 x float> %hoist.state33, <16 x float>* %hoist1.neg, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.0, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.1, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.2, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.3, align 64
  %439 = add i64 %ks, 16
  %440 = icmp slt i64 %439, 63
  %kpre = select i1 %440, i64 %439, i64 63
  br i1 %full, label %kstep.then, label %kstep.else

sblk.exit:                                        ; preds = %sblk.head
  %441 = add nsw i64 %ks, 8
  br label %ks.head

kstep.then:                                       ; preds = %sblk.body
  %k = add i64 %ks, 0
  %442 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  %443 = sext <16 x i32> %442 to <16 x i64>
  %444 = trunc i64 %k to i32
  %445 = urem i32 %444, 8
  %446 = sext i32 %445 to i64
  %447 = add i64 %446, 0
  %448 = mul <16 x i64> %443, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %449 = insertelement <16 x i64> undef, i64 %447, i32 0
  %450 = shufflevector <16 x i64> %449, <16 x i64> undef, <16 x i32> zeroinitializer
  %451 = add <16 x i64> %450, %448
  %452 = add <16 x i64> %451, zeroinitializer
  %453 = getelementptr inbounds half, half* %codebooks4, <16 x i64> %452
  %codebooks.raw = call <16 x half> @llvm.masked.gather.v16f16.v16p0f16(<16 x half*> %453, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x half> undef)
  %codebooks34 = fpext <16 x half> %codebooks.raw to <16 x float>
  %454 = load <16 x float>, <16 x float>* %chain0.0, align 64
  %455 = mul i64 %m, 64
  %456 = add i64 %455, %k
  %457 = getelementptr inbounds float, float* %x1, i64 %456
  %x35 = load float, float* %457, align 4
  %458 = insertelement <16 x float> undef, float %x35, i32 0
  %x.v = shufflevector <16 x float> %458, <16 x float> undef, <16 x i32> zeroinitializer
  %part = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v, <16 x float> %codebooks34, <16 x float> %454)
  store <16 x float> %part, <16 x float>* %chain0.0, align 64
  %k36 = add i64 %ks, 1
  %459 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  %460 = sext <16 x i32> %459 to <16 x i64>
  %461 = trunc i64 %k36 to i32
  %462 = urem i32 %461, 8
  %463 = sext i32 %462 to i64
  %464 = add i64 %463, 0
  %465 = mul <16 x i64> %460, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %466 = insertelement <16 x i64> undef, i64 %464, i32 0
  %467 = shufflevector <16 x i64> %466, <16 x i64> undef, <16 x i32> zeroinitializer
  %468 = add <16 x i64> %467, %465
  %469 = add <16 x i64> %468, zeroinitializer
  %470 = getelementptr inbounds half, half* %codebooks4, <16 x i64> %469
  %codebooks.raw37 = call <16 x half> @llvm.masked.gather.v16f16.v16p0f16(<16 x half*> %470, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x half> undef)
  %codebooks38 = fpext <16 x half> %codebooks.raw37 to <16 x float>
  %471 = load <16 x float>, <16 x float>* %chain0.1, align 64
  %472 = mul i64 %m, 64
  %473 = add i64 %472, %k36
  %474 = getelementptr inbounds float, float* %x1, i64 %473
  %x39 = load float, float* %474, align 4
  %475 = insertelement <16 x float> undef, float %x39, i32 0
  %x.v40 = shufflevector <16 x float> %475, <16 x float> undef, <16 x i32> zeroinitializer
  %part41 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v40, <16 x float> %codebooks38, <16 x float> %471)
  store <16 x float> %part41, <16 x float>* %chain0.1, align 64
  %k42 = add i64 %ks, 2
  %476 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  %477 = sext <16 x i32> %476 to <16 x i64>
  %478 = trunc i64 %k42 to i32
  %479 = urem i32 %478, 8
  %480 = sext i32 %479 to i64
  %481 = add i64 %480, 0
  %482 = mul <16 x i64> %477, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %483 = insertelement <16 x i64> undef, i64 %481, i32 0
  %484 = shufflevector <16 x i64> %483, <16 x i64> undef, <16 x i32> zeroinitializer
  %485 = add <16 x i64> %484, %482
  %486 = add <16 x i64> %485, zeroinitializer
  %487 = getelementptr inbounds half, half* %codebooks4, <16 x i64> %486
  %codebooks.raw43 = call <16 x half> @llvm.masked.gather.v16f16.v16p0f16(<16 x half*> %487, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x half> undef)
  %codebooks44 = fpext <16 x half> %codebooks.raw43 to <16 x float>
  %488 = load <16 x float>, <16 x float>* %chain0.2, align 64
  %489 = mul i64 %m, 64
  %490 = add i64 %489, %k42
  %491 = getelementptr inbounds float, float* %x1, i64 %490
  %x45 = load float, float* %491, align 4
  %492 = insertelement <16 x float> undef, float %x45, i32 0
  %x.v46 = shufflevector <16 x float> %492, <16 x float> undef, <16 x i32> zeroinitializer
  %part47 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v46, <16 x float> %codebooks44, <16 x float> %488)
  store <16 x float> %part47, <16 x float>* %chain0.2, align 64
  %k48 = add i64 %ks, 3
  %493 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  %494 = sext <16 x i32> %493 to <16 x i64>
  %495 = trunc i64 %k48 to i32
  %496 = urem i32 %495, 8
  %497 = sext i32 %496 to i64
  %498 = add i64 %497, 0
  %499 = mul <16 x i64> %494, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %500 = insertelement <16 x i64> undef, i64 %498, i32 0
  %501 = shufflevector <16 x i64> %500, <16 x i64> undef, <16 x i32> zeroinitializer
  %502 = add <16 x i64> %501, %499
  %503 = add <16 x i64> %502, zeroinitializer
  %504 = getelementptr inbounds half, half* %codebooks4, <16 x i64> %503
  %codebooks.raw49 = call <16 x half> @llvm.masked.gather.v16f16.v16p0f16(<16 x half*> %504, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x half> undef)
  %codebooks50 = fpext <16 x half> %codebooks.raw49 to <16 x float>
  %505 = load <16 x float>, <16 x float>* %chain0.3, align 64
  %506 = mul i64 %m, 64
  %507 = add i64 %506, %k48
  %508 = getelementptr inbounds float, float* %x1, i64 %507
  %x51 = load float, float* %508, align 4
  %509 = insertelement <16 x float> undef, float %x51, i32 0
  %x.v52 = shufflevector <16 x float> %509, <16 x float> undef, <16 x i32> zeroinitializer
  %part53 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v52, <16 x float> %codebooks50, <16 x float> %505)
  store <16 x float> %part53, <16 x float>* %chain0.3, align 64
  %k54 = add i64 %ks, 4
  %510 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  %511 = sext <16 x i32> %510 to <16 x i64>
  %512 = trunc i64 %k54 to i32
  %513 = urem i32 %512, 8
  %514 = sext i32 %513 to i64
  %515 = add i64 %514, 0
  %516 = mul <16 x i64> %511, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %517 = insertelement <16 x i64> undef, i64 %515, i32 0
  %518 = shufflevector <16 x i64> %517, <16 x i64> undef, <16 x i32> zeroinitializer
  %519 = add <16 x i64> %518, %516
  %520 = add <16 x i64> %519, zeroinitializer
  %521 = getelementptr inbounds half, half* %codebooks4, <16 x i64> %520
  %codebooks.raw55 = call <16 x half> @llvm.masked.gather.v16f16.v16p0f16(<16 x half*> %521, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x half> undef)
  %codebooks56 = fpext <16 x half> %codebooks.raw55 to <16 x float>
  %522 = load <16 x float>, <16 x float>* %chain0.0, align 64
  %523 = mul i64 %m, 64
  %524 = add i64 %523, %k54
  %525 = getelementptr inbounds float, float* %x1, i64 %524
  %x57 = load float, float* %525, align 4
  %526 = insertelement <16 x float> undef, float %x57, i32 0
  %x.v58 = shufflevector <16 x float> %526, <16 x float> undef, <16 x i32> zeroinitializer
  %part59 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v58, <16 x float> %codebooks56, <16 x float> %522)
  store <16 x float> %part59, <16 x float>* %chain0.0, align 64
  %k60 = add i64 %ks, 5
  %527 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  %528 = sext <16 x i32> %527 to <16 x i64>
  %529 = trunc i64 %k60 to i32
  %530 = urem i32 %529, 8
  %531 = sext i32 %530 to i64
  %532 = add i64 %531, 0
  %533 = mul <16 x i64> %528, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %534 = insertelement <16 x i64> undef, i64 %532, i32 0
  %535 = shufflevector <16 x i64> %534, <16 x i64> undef, <16 x i32> zeroinitializer
  %536 = add <16 x i64> %535, %533
  %537 = add <16 x i64> %536, zeroinitializer
  %538 = getelementptr inbounds half, half* %codebooks4, <16 x i64> %537
  %codebooks.raw61 = call <16 x half> @llvm.masked.gather.v16f16.v16p0f16(<16 x half*> %538, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x half> undef)
  %codebooks62 = fpext <16 x half> %codebooks.raw61 to <16 x float>
  %539 = load <16 x float>, <16 x float>* %chain0.1, align 64
  %540 = mul i64 %m, 64
  %541 = add i64 %540, %k60
  %542 = getelementptr inbounds float, float* %x1, i64 %541
  %x63 = load float, float* %542, align 4
  %543 = insertelement <16 x float> undef, float %x63, i32 0
  %x.v64 = shufflevector <16 x float> %543, <16 x float> undef, <16 x i32> zeroinitializer
  %part65 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v64, <16 x float> %codebooks62, <16 x float> %539)
  store <16 x float> %part65, <16 x float>* %chain0.1, align 64
  %k66 = add i64 %ks, 6
  %544 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  %545 = sext <16 x i32> %544 to <16 x i64>
  %546 = trunc i64 %k66 to i32
  %547 = urem i32 %546, 8
  %548 = sext i32 %547 to i64
  %549 = add i64 %548, 0
  %550 = mul <16 x i64> %545, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %551 = insertelement <16 x i64> undef, i64 %549, i32 0
  %552 = shufflevector <16 x i64> %551, <16 x i64> undef, <16 x i32> zeroinitializer
  %553 = add <16 x i64> %552, %550
  %554 = add <16 x i64> %553, zeroinitializer
  %555 = getelementptr inbounds half, half* %codebooks4, <16 x i64> %554
  %codebooks.raw67 = call <16 x half> @llvm.masked.gather.v16f16.v16p0f16(<16 x half*> %555, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x half> undef)
  %codebooks68 = fpext <16 x half> %codebooks.raw67 to <16 x float>
  %556 = load <16 x float>, <16 x float>* %chain0.2, align 64
  %557 = mul i64 %m, 64
  %558 = add i64 %557, %k66
  %559 = getelementptr inbounds float, float* %x1, i64 %558
  %x69 = load float, float* %559, align 4
  %560 = insertelement <16 x float> undef, float %x69, i32 0
  %x.v70 = shufflevector <16 x float> %560, <16 x float> undef, <16 x i32> zeroinitializer
  %part71 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v70, <16 x float> %codebooks68, <16 x float> %556)
  store <16 x float> %part71, <16 x float>* %chain0.2, align 64
  %k72 = add i64 %ks, 7
  %561 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  %562 = sext <16 x i32> %561 to <16 x i64>
  %563 = trunc i64 %k72 to i32
  %564 = urem i32 %563, 8
  %565 = sext i32 %564 to i64
  %566 = add i64 %565, 0
  %567 = mul <16 x i64> %562, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %568 = insertelement <16 x i64> undef, i64 %566, i32 0
  %569 = shufflevector <16 x i64> %568, <16 x i64> undef, <16 x i32> zeroinitializer
  %570 = add <16 x i64> %569, %567
  %571 = add <16 x i64> %570, zeroinitializer
  %572 = getelementptr inbounds half, half* %codebooks4, <16 x i64> %571
  %codebooks.raw73 = call <16 x half> @llvm.masked.gather.v16f16.v16p0f16(<16 x half*> %572, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x half> undef)
  %codebooks74 = fpext <16 x half> %codebooks.raw73 to <16 x float>
  %573 = load <16 x float>, <16 x float>* %chain0.3, align 64
  %574 = mul i64 %m, 64
  %575 = add i64 %574, %k72
  %576 = getelementptr inbounds float, float* %x1, i64 %575
  %x75 = load float, float* %576, align 4
  %577 = insertelement <16 x float> undef, float %x75, i32 0
  %x.v76 = shufflevector <16 x float> %577, <16 x float> undef, <16 x i32> zeroinitializer
  %part77 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v76, <16 x float> %codebooks74, <16 x float> %573)
  store <16 x float> %part77, <16 x float>* %chain0.3, align 64
  br label %kstep.join

kstep.else:                                       ; preds = %sblk.body
  br label %k.head

kstep.join:                                       ; preds = %k.exit, %kstep.then
  %dvec84 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec85 = bitcast i8* %dvec84 to float*
  %578 = add i64 0, %sblk
  %579 = mul i64 %578, 16
  %580 = getelementptr inbounds float, float* %dvec85, i64 %579
  %581 = bitcast float* %580 to <16 x float>*
  %part86 = load <16 x float>, <16 x float>* %581, align 4
  %582 = load <16 x float>, <16 x float>* %chain0.0, align 64
  %part87 = fadd <16 x float> %part86, %582
  %583 = load <16 x float>, <16 x float>* %chain0.1, align 64
  %part88 = fadd <16 x float> %part87, %583
  %584 = load <16 x float>, <16 x float>* %chain0.2, align 64
  %part89 = fadd <16 x float> %part88, %584
  %585 = load <16 x float>, <16 x float>* %chain0.3, align 64
  %part90 = fadd <16 x float> %part89, %585
  store <16 x float> %part90, <16 x float>* %581, align 4
  %586 = add nsw i64 %sblk, 1
  br label %sblk.head

k.head:                                           ; preds = %k.body, %kstep.else
  %k78 = phi i64 [ %ks, %kstep.else ], [ %605, %k.body ]
  %587 = icmp slt i64 %k78, %ke
  br i1 %587, label %k.body, label %k.exit

k.body:                                           ; preds = %k.head
  %588 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  %589 = sext <16 x i32> %588 to <16 x i64>
  %590 = trunc i64 %k78 to i32
  %591 = urem i32 %590, 8
  %592 = sext i32 %591 to i64
  %593 = add i64 %592, 0
  %594 = mul <16 x i64> %589, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %595 = insertelement <16 x i64> undef, i64 %593, i32 0
  %596 = shufflevector <16 x i64> %595, <16 x i64> undef, <16 x i32> zeroinitializer
  %597 = add <16 x i64> %596, %594
  %598 = add <16 x i64> %597, zeroinitializer
  %599 = getelementptr inbounds half, half* %codebooks4, <16 x i64> %598
  %codebooks.raw79 = call <16 x half> @llvm.masked.gather.v16f16.v16p0f16(<16 x half*> %599, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x half> undef)
  %codebooks80 = fpext <16 x half> %codebooks.raw79 to <16 x float>
  %600 = load <16 x float>, <16 x float>* %chain0.0, align 64
  %601 = mul i64 %m, 64
  %602 = add i64 %601, %k78
  %603 = getelementptr inbounds float, float* %x1, i64 %602
  %x81 = load float, float* %603, align 4
  %604 = insertelement <16 x float> undef, float %x81, i32 0
  %x.v82 = shufflevector <16 x float> %604, <16 x float> undef, <16 x i32> zeroinitializer
  %part83 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v82, <16 x float> %codebooks80, <16 x float> %600)
  store <16 x float> %part83, <16 x float>* %chain0.0, align 64
  %605 = add nsw i64 %k78, 1
  br label %k.head

k.exit:                                           ; preds = %k.head
  br label %kstep.join

fblk.head:                                        ; preds = %fblk.body, %ks.exit
  %fblk = phi i64 [ 0, %ks.exit ], [ %628, %fblk.body ]
  %606 = icmp slt i64 %fblk, %nblk
  br i1 %606, label %fblk.body, label %fblk.exit

fblk.body:                                        ; preds = %fblk.head
  %cb91 = add i64 %chunk, %fblk
  %c092 = mul i64 %cb91, 16
  %607 = icmp slt i64 %c092, 48
  %n093 = select i1 %607, i64 %c092, i64 48
  %lane.lo94 = sub i64 %c092, %n093
  %608 = insertelement <16 x i64> undef, i64 %lane.lo94, i32 0
  %609 = shufflevector <16 x i64> %608, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask95 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %609
  %610 = mul i64 %fblk, 64
  %611 = add i64 0, %610
  %zregion96 = getelementptr inbounds i8, i8* %scratch, i64 %611
  %612 = mul i64 %fblk, 192
  %613 = add i64 4416, %612
  %hstate97 = getelementptr inbounds i8, i8* %scratch, i64 %613
  %614 = getelementptr inbounds i8, i8* %hstate97, i64 0
  %615 = bitcast i8* %614 to <16 x i32>*
  %hoist.state98 = load <16 x i32>, <16 x i32>* %615, align 4
  store <16 x i32> %hoist.state98, <16 x i32>* %hoist0, align 64
  %616 = getelementptr inbounds i8, i8* %hstate97, i64 64
  %617 = bitcast i8* %616 to <16 x float>*
  %hoist.state99 = load <16 x float>, <16 x float>* %617, align 4
  store <16 x float> %hoist.state99, <16 x float>* %hoist1.pos, align 64
  %618 = getelementptr inbounds i8, i8* %hstate97, i64 128
  %619 = bitcast i8* %618 to <16 x float>*
  %hoist.state100 = load <16 x float>, <16 x float>* %619, align 4
  store <16 x float> %hoist.state100, <16 x float>* %hoist1.neg, align 64
  %h = load <16 x float>, <16 x float>* %hoist1.pos, align 64
  %h.neg = load <16 x float>, <16 x float>* %hoist1.neg, align 64
  %dvec101 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec102 = bitcast i8* %dvec101 to float*
  %620 = add i64 0, %fblk
  %621 = mul i64 %620, 16
  %622 = getelementptr inbounds float, float* %dvec102, i64 %621
  %623 = bitcast float* %622 to <16 x float>*
  %dvec103 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec104 = bitcast i8* %dvec103 to float*
  %624 = add i64 0, %fblk
  %625 = mul i64 %624, 16
  %626 = getelementptr inbounds float, float* %dvec104, i64 %625
  %627 = bitcast float* %626 to <16 x float>*
  %part105 = load <16 x float>, <16 x float>* %627, align 4
  %acc = load <16 x float>, <16 x float>* %623, align 4
  %h.row = select i1 %neg.row, <16 x float> %h.neg, <16 x float> %h
  %acc106 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %h.row, <16 x float> %part105, <16 x float> %acc)
  store <16 x float> %acc106, <16 x float>* %623, align 4
  %628 = add nsw i64 %fblk, 1
  br label %fblk.head

fblk.exit:                                        ; preds = %fblk.head
  %629 = add nsw i64 %run, 1
  br label %run.head

eblk.head:                                        ; preds = %eblk.body, %kt.exit
  %eblk = phi i64 [ 0, %kt.exit ], [ %642, %eblk.body ]
  %630 = icmp slt i64 %eblk, %nblk
  br i1 %630, label %eblk.body, label %eblk.exit

eblk.body:                                        ; preds = %eblk.head
  %cb107 = add i64 %chunk, %eblk
  %c0108 = mul i64 %cb107, 16
  %631 = icmp slt i64 %c0108, 48
  %n0109 = select i1 %631, i64 %c0108, i64 48
  %lane.lo110 = sub i64 %c0108, %n0109
  %632 = insertelement <16 x i64> undef, i64 %lane.lo110, i32 0
  %633 = shufflevector <16 x i64> %632, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask111 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %633
  %dvec112 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec113 = bitcast i8* %dvec112 to float*
  %634 = add i64 0, %eblk
  %635 = mul i64 %634, 16
  %636 = getelementptr inbounds float, float* %dvec113, i64 %635
  %637 = bitcast float* %636 to <16 x float>*
  %acc114 = load <16 x float>, <16 x float>* %637, align 4
  %638 = icmp slt i64 %m, %rows.pos
  %eps.row = select i1 %638, float %eps.pos, float %eps.neg
  %639 = mul i64 %m, 64
  %out.i = add i64 %639, %n0109
  %640 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i
  %641 = bitcast float* %640 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc114, <16 x float>* %641, i32 4, <16 x i1> %store.mask111)
  %642 = add nsw i64 %eblk, 1
  br label %eblk.head

eblk.exit:                                        ; preds = %eblk.head
  br label %m1.join

m2.then:                                          ; preds = %m1.else
  %643 = sub i64 %M, 1
  %644 = icmp slt i64 0, %643
  %m115 = select i1 %644, i64 0, i64 %643
  %neg.row116 = icmp sge i64 %m115, %rows.pos
  %645 = sub i64 %M, 1
  %646 = icmp slt i64 1, %645
  %m121 = select i1 %646, i64 1, i64 %645
  %neg.row122 = icmp sge i64 %m121, %rows.pos
  %nblk123 = sub i64 %chunk.end, %chunk
  br label %zblk.head124

m2.else:                                          ; preds = %m1.else
  %647 = sub i64 %M, 1
  %648 = icmp slt i64 0, %647
  %m380 = select i1 %648, i64 0, i64 %647
  %neg.row381 = icmp sge i64 %m380, %rows.pos
  %649 = sub i64 %M, 1
  %650 = icmp slt i64 1, %649
  %m386 = select i1 %650, i64 1, i64 %649
  %neg.row387 = icmp sge i64 %m386, %rows.pos
  %651 = sub i64 %M, 1
  %652 = icmp slt i64 2, %651
  %m392 = select i1 %652, i64 2, i64 %651
  %neg.row393 = icmp sge i64 %m392, %rows.pos
  %653 = sub i64 %M, 1
  %654 = icmp slt i64 3, %653
  %m394 = select i1 %654, i64 3, i64 %653
  %neg.row395 = icmp sge i64 %m394, %rows.pos
  %nblk396 = sub i64 %chunk.end, %chunk
  br label %zblk.head397

m2.join:                                          ; preds = %eblk.exit728, %eblk.exit363
  br label %m1.join

zblk.head124:                                     ; preds = %zpro.join137, %m2.then
  %zblk127 = phi i64 [ 0, %m2.then ], [ %670, %zpro.join137 ]
  %655 = icmp slt i64 %zblk127, %nblk123
  br i1 %655, label %zblk.body125, label %zblk.exit126

zblk.body125:                                     ; preds = %zblk.head124
  %cb128 = add i64 %chunk, %zblk127
  %c0129 = mul i64 %cb128, 16
  %656 = icmp slt i64 %c0129, 48
  %n0130 = select i1 %656, i64 %c0129, i64 48
  %lane.lo131 = sub i64 %c0129, %n0130
  %657 = insertelement <16 x i64> undef, i64 %lane.lo131, i32 0
  %658 = shufflevector <16 x i64> %657, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask132 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %658
  %659 = mul i64 %zblk127, 64
  %660 = add i64 0, %659
  %zregion133 = getelementptr inbounds i8, i8* %scratch, i64 %660
  %661 = getelementptr inbounds i8, i8* %zregion133, i64 0
  %zbuf134 = bitcast i8* %661 to float*
  br i1 %perturbed, label %zpro.then135, label %zpro.else136

zblk.exit126:                                     ; preds = %zblk.head124
  %runs155 = getelementptr inbounds i8, i8* %scratch, i64 2304
  %runs156 = bitcast i8* %runs155 to i64*
  br label %kt.head158

zpro.then135:                                     ; preds = %zblk.body125
  br label %zrow.head138

zpro.else136:                                     ; preds = %zblk.body125
  br label %zpro.join137

zpro.join137:                                     ; preds = %zpro.else136, %zrow.exit140
  %dvec151 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec152 = bitcast i8* %dvec151 to float*
  %662 = add i64 0, %zblk127
  %663 = mul i64 %662, 16
  %664 = getelementptr inbounds float, float* %dvec152, i64 %663
  %665 = bitcast float* %664 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %665, align 4
  %dvec153 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec154 = bitcast i8* %dvec153 to float*
  %666 = add i64 4, %zblk127
  %667 = mul i64 %666, 16
  %668 = getelementptr inbounds float, float* %dvec154, i64 %667
  %669 = bitcast float* %668 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %669, align 4
  %670 = add nsw i64 %zblk127, 1
  br label %zblk.head124

zrow.head138:                                     ; preds = %zrow.body139, %zpro.then135
  %zrow141 = phi i64 [ 0, %zpro.then135 ], [ %977, %zrow.body139 ]
  %671 = icmp slt i64 %zrow141, 1
  br i1 %671, label %zrow.body139, label %zrow.exit140

zrow.body139:                                     ; preds = %zrow.head138
  %672 = mul i64 %n0130, 1
  %673 = urem i64 %zrow141, 1
  %674 = udiv i64 %zrow141, 1
  %675 = mul i64 %673, 1
  %676 = add i64 %672, %675
  %677 = urem i64 %674, 1
  %678 = udiv i64 %674, 1
  %679 = mul i64 %677, 1
  %680 = add i64 %676, %679
  %681 = urem i64 %678, 1
  %682 = udiv i64 %678, 1
  %683 = mul i64 %681, 1
  %684 = add i64 %680, %683
  %685 = mul i64 %zrow141, 16
  %686 = getelementptr inbounds float, float* %zbuf134, i64 %685
  %687 = insertelement <16 x i64> undef, i64 %684, i32 0
  %688 = shufflevector <16 x i64> %687, <16 x i64> undef, <16 x i32> zeroinitializer
  %689 = add <16 x i64> %688, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %pair142 = lshr <16 x i64> %689, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %690 = trunc <16 x i64> %pair142 to <16 x i32>
  %691 = lshr <16 x i64> %pair142, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %692 = trunc <16 x i64> %691 to <16 x i32>
  %693 = trunc i64 %stream.scales to i32
  %694 = insertelement <16 x i32> undef, i32 %693, i32 0
  %695 = shufflevector <16 x i32> %694, <16 x i32> undef, <16 x i32> zeroinitializer
  %key0143 = trunc i64 %seed to i32
  %696 = lshr i64 %seed, 32
  %key1144 = trunc i64 %696 to i32
  %697 = zext <16 x i32> %690 to <16 x i64>
  %698 = mul <16 x i64> %697, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %699 = trunc <16 x i64> %698 to <16 x i32>
  %700 = lshr <16 x i64> %698, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %701 = trunc <16 x i64> %700 to <16 x i32>
  %702 = zext <16 x i32> %695 to <16 x i64>
  %703 = mul <16 x i64> %702, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %704 = trunc <16 x i64> %703 to <16 x i32>
  %705 = lshr <16 x i64> %703, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %706 = trunc <16 x i64> %705 to <16 x i32>
  %707 = insertelement <16 x i32> undef, i32 %key0143, i32 0
  %708 = shufflevector <16 x i32> %707, <16 x i32> undef, <16 x i32> zeroinitializer
  %709 = insertelement <16 x i32> undef, i32 %key1144, i32 0
  %710 = shufflevector <16 x i32> %709, <16 x i32> undef, <16 x i32> zeroinitializer
  %711 = xor <16 x i32> %706, %692
  %712 = xor <16 x i32> %711, %708
  %713 = xor <16 x i32> %701, zeroinitializer
  %714 = xor <16 x i32> %713, %710
  %715 = add i32 %key0143, -1640531527
  %716 = add i32 %key1144, -1150833019
  %717 = zext <16 x i32> %712 to <16 x i64>
  %718 = mul <16 x i64> %717, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %719 = trunc <16 x i64> %718 to <16 x i32>
  %720 = lshr <16 x i64> %718, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %721 = trunc <16 x i64> %720 to <16 x i32>
  %722 = zext <16 x i32> %714 to <16 x i64>
  %723 = mul <16 x i64> %722, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %724 = trunc <16 x i64> %723 to <16 x i32>
  %725 = lshr <16 x i64> %723, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %726 = trunc <16 x i64> %725 to <16 x i32>
  %727 = insertelement <16 x i32> undef, i32 %715, i32 0
  %728 = shufflevector <16 x i32> %727, <16 x i32> undef, <16 x i32> zeroinitializer
  %729 = insertelement <16 x i32> undef, i32 %716, i32 0
  %730 = shufflevector <16 x i32> %729, <16 x i32> undef, <16 x i32> zeroinitializer
  %731 = xor <16 x i32> %726, %704
  %732 = xor <16 x i32> %731, %728
  %733 = xor <16 x i32> %721, %699
  %734 = xor <16 x i32> %733, %730
  %735 = add i32 %715, -1640531527
  %736 = add i32 %716, -1150833019
  %737 = zext <16 x i32> %732 to <16 x i64>
  %738 = mul <16 x i64> %737, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %739 = trunc <16 x i64> %738 to <16 x i32>
  %740 = lshr <16 x i64> %738, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %741 = trunc <16 x i64> %740 to <16 x i32>
  %742 = zext <16 x i32> %734 to <16 x i64>
  %743 = mul <16 x i64> %742, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %744 = trunc <16 x i64> %743 to <16 x i32>
  %745 = lshr <16 x i64> %743, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %746 = trunc <16 x i64> %745 to <16 x i32>
  %747 = insertelement <16 x i32> undef, i32 %735, i32 0
  %748 = shufflevector <16 x i32> %747, <16 x i32> undef, <16 x i32> zeroinitializer
  %749 = insertelement <16 x i32> undef, i32 %736, i32 0
  %750 = shufflevector <16 x i32> %749, <16 x i32> undef, <16 x i32> zeroinitializer
  %751 = xor <16 x i32> %746, %724
  %752 = xor <16 x i32> %751, %748
  %753 = xor <16 x i32> %741, %719
  %754 = xor <16 x i32> %753, %750
  %755 = add i32 %735, -1640531527
  %756 = add i32 %736, -1150833019
  %757 = zext <16 x i32> %752 to <16 x i64>
  %758 = mul <16 x i64> %757, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %759 = trunc <16 x i64> %758 to <16 x i32>
  %760 = lshr <16 x i64> %758, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %761 = trunc <16 x i64> %760 to <16 x i32>
  %762 = zext <16 x i32> %754 to <16 x i64>
  %763 = mul <16 x i64> %762, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %764 = trunc <16 x i64> %763 to <16 x i32>
  %765 = lshr <16 x i64> %763, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %766 = trunc <16 x i64> %765 to <16 x i32>
  %767 = insertelement <16 x i32> undef, i32 %755, i32 0
  %768 = shufflevector <16 x i32> %767, <16 x i32> undef, <16 x i32> zeroinitializer
  %769 = insertelement <16 x i32> undef, i32 %756, i32 0
  %770 = shufflevector <16 x i32> %769, <16 x i32> undef, <16 x i32> zeroinitializer
  %771 = xor <16 x i32> %766, %744
  %772 = xor <16 x i32> %771, %768
  %773 = xor <16 x i32> %761, %739
  %774 = xor <16 x i32> %773, %770
  %775 = add i32 %755, -1640531527
  %776 = add i32 %756, -1150833019
  %777 = zext <16 x i32> %772 to <16 x i64>
  %778 = mul <16 x i64> %777, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %779 = trunc <16 x i64> %778 to <16 x i32>
  %780 = lshr <16 x i64> %778, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %781 = trunc <16 x i64> %780 to <16 x i32>
  %782 = zext <16 x i32> %774 to <16 x i64>
  %783 = mul <16 x i64> %782, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %784 = trunc <16 x i64> %783 to <16 x i32>
  %785 = lshr <16 x i64> %783, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %786 = trunc <16 x i64> %785 to <16 x i32>
  %787 = insertelement <16 x i32> undef, i32 %775, i32 0
  %788 = shufflevector <16 x i32> %787, <16 x i32> undef, <16 x i32> zeroinitializer
  %789 = insertelement <16 x i32> undef, i32 %776, i32 0
  %790 = shufflevector <16 x i32> %789, <16 x i32> undef, <16 x i32> zeroinitializer
  %791 = xor <16 x i32> %786, %764
  %792 = xor <16 x i32> %791, %788
  %793 = xor <16 x i32> %781, %759
  %794 = xor <16 x i32> %793, %790
  %795 = add i32 %775, -1640531527
  %796 = add i32 %776, -1150833019
  %797 = zext <16 x i32> %792 to <16 x i64>
  %798 = mul <16 x i64> %797, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %799 = trunc <16 x i64> %798 to <16 x i32>
  %800 = lshr <16 x i64> %798, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %801 = trunc <16 x i64> %800 to <16 x i32>
  %802 = zext <16 x i32> %794 to <16 x i64>
  %803 = mul <16 x i64> %802, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %804 = trunc <16 x i64> %803 to <16 x i32>
  %805 = lshr <16 x i64> %803, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %806 = trunc <16 x i64> %805 to <16 x i32>
  %807 = insertelement <16 x i32> undef, i32 %795, i32 0
  %808 = shufflevector <16 x i32> %807, <16 x i32> undef, <16 x i32> zeroinitializer
  %809 = insertelement <16 x i32> undef, i32 %796, i32 0
  %810 = shufflevector <16 x i32> %809, <16 x i32> undef, <16 x i32> zeroinitializer
  %811 = xor <16 x i32> %806, %784
  %812 = xor <16 x i32> %811, %808
  %813 = xor <16 x i32> %801, %779
  %814 = xor <16 x i32> %813, %810
  %815 = add i32 %795, -1640531527
  %816 = add i32 %796, -1150833019
  %817 = zext <16 x i32> %812 to <16 x i64>
  %818 = mul <16 x i64> %817, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %819 = trunc <16 x i64> %818 to <16 x i32>
  %820 = lshr <16 x i64> %818, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %821 = trunc <16 x i64> %820 to <16 x i32>
  %822 = zext <16 x i32> %814 to <16 x i64>
  %823 = mul <16 x i64> %822, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %824 = trunc <16 x i64> %823 to <16 x i32>
  %825 = lshr <16 x i64> %823, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %826 = trunc <16 x i64> %825 to <16 x i32>
  %827 = insertelement <16 x i32> undef, i32 %815, i32 0
  %828 = shufflevector <16 x i32> %827, <16 x i32> undef, <16 x i32> zeroinitializer
  %829 = insertelement <16 x i32> undef, i32 %816, i32 0
  %830 = shufflevector <16 x i32> %829, <16 x i32> undef, <16 x i32> zeroinitializer
  %831 = xor <16 x i32> %826, %804
  %832 = xor <16 x i32> %831, %828
  %833 = xor <16 x i32> %821, %799
  %834 = xor <16 x i32> %833, %830
  %835 = add i32 %815, -1640531527
  %836 = add i32 %816, -1150833019
  %837 = zext <16 x i32> %832 to <16 x i64>
  %838 = mul <16 x i64> %837, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %839 = trunc <16 x i64> %838 to <16 x i32>
  %840 = lshr <16 x i64> %838, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %841 = trunc <16 x i64> %840 to <16 x i32>
  %842 = zext <16 x i32> %834 to <16 x i64>
  %843 = mul <16 x i64> %842, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %844 = trunc <16 x i64> %843 to <16 x i32>
  %845 = lshr <16 x i64> %843, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %846 = trunc <16 x i64> %845 to <16 x i32>
  %847 = insertelement <16 x i32> undef, i32 %835, i32 0
  %848 = shufflevector <16 x i32> %847, <16 x i32> undef, <16 x i32> zeroinitializer
  %849 = insertelement <16 x i32> undef, i32 %836, i32 0
  %850 = shufflevector <16 x i32> %849, <16 x i32> undef, <16 x i32> zeroinitializer
  %851 = xor <16 x i32> %846, %824
  %852 = xor <16 x i32> %851, %848
  %853 = xor <16 x i32> %841, %819
  %854 = xor <16 x i32> %853, %850
  %855 = add i32 %835, -1640531527
  %856 = add i32 %836, -1150833019
  %857 = zext <16 x i32> %852 to <16 x i64>
  %858 = mul <16 x i64> %857, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %859 = trunc <16 x i64> %858 to <16 x i32>
  %860 = lshr <16 x i64> %858, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %861 = trunc <16 x i64> %860 to <16 x i32>
  %862 = zext <16 x i32> %854 to <16 x i64>
  %863 = mul <16 x i64> %862, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %864 = trunc <16 x i64> %863 to <16 x i32>
  %865 = lshr <16 x i64> %863, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %866 = trunc <16 x i64> %865 to <16 x i32>
  %867 = insertelement <16 x i32> undef, i32 %855, i32 0
  %868 = shufflevector <16 x i32> %867, <16 x i32> undef, <16 x i32> zeroinitializer
  %869 = insertelement <16 x i32> undef, i32 %856, i32 0
  %870 = shufflevector <16 x i32> %869, <16 x i32> undef, <16 x i32> zeroinitializer
  %871 = xor <16 x i32> %866, %844
  %872 = xor <16 x i32> %871, %868
  %873 = xor <16 x i32> %861, %839
  %874 = xor <16 x i32> %873, %870
  %875 = add i32 %855, -1640531527
  %876 = add i32 %856, -1150833019
  %877 = zext <16 x i32> %872 to <16 x i64>
  %878 = mul <16 x i64> %877, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %879 = trunc <16 x i64> %878 to <16 x i32>
  %880 = lshr <16 x i64> %878, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %881 = trunc <16 x i64> %880 to <16 x i32>
  %882 = zext <16 x i32> %874 to <16 x i64>
  %883 = mul <16 x i64> %882, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %884 = trunc <16 x i64> %883 to <16 x i32>
  %885 = lshr <16 x i64> %883, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %886 = trunc <16 x i64> %885 to <16 x i32>
  %887 = insertelement <16 x i32> undef, i32 %875, i32 0
  %888 = shufflevector <16 x i32> %887, <16 x i32> undef, <16 x i32> zeroinitializer
  %889 = insertelement <16 x i32> undef, i32 %876, i32 0
  %890 = shufflevector <16 x i32> %889, <16 x i32> undef, <16 x i32> zeroinitializer
  %891 = xor <16 x i32> %886, %864
  %892 = xor <16 x i32> %891, %888
  %893 = xor <16 x i32> %881, %859
  %894 = xor <16 x i32> %893, %890
  %895 = lshr <16 x i32> %892, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %896 = shl <16 x i32> %895, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %897 = or <16 x i32> %896, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %898 = sitofp <16 x i32> %897 to <16 x float>
  %899 = fmul <16 x float> %898, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %900 = lshr <16 x i32> %884, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %901 = shl <16 x i32> %900, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %902 = or <16 x i32> %901, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %903 = sitofp <16 x i32> %902 to <16 x float>
  %904 = fmul <16 x float> %903, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %905 = bitcast <16 x float> %899 to <16 x i32>
  %906 = lshr <16 x i32> %905, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %907 = sub <16 x i32> %906, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %908 = and <16 x i32> %905, <i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607>
  %909 = or <16 x i32> %908, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %910 = icmp uge <16 x i32> %909, <i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891>
  %911 = sub <16 x i32> %909, <i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608>
  %912 = select <16 x i1> %910, <16 x i32> %911, <16 x i32> %909
  %913 = add <16 x i32> %907, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %914 = select <16 x i1> %910, <16 x i32> %913, <16 x i32> %907
  %915 = bitcast <16 x i32> %912 to <16 x float>
  %916 = fsub <16 x float> %915, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %917 = fadd <16 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %916
  %918 = fdiv <16 x float> %916, %917
  %919 = fmul <16 x float> %918, %918
  %920 = fmul <16 x float> %919, <float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000>
  %921 = fadd <16 x float> <float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000>, %920
  %922 = fmul <16 x float> %919, %921
  %923 = fadd <16 x float> <float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000>, %922
  %924 = fmul <16 x float> %919, %923
  %925 = fadd <16 x float> <float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000>, %924
  %926 = fmul <16 x float> %919, %925
  %927 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %926
  %928 = fadd <16 x float> %918, %918
  %929 = fmul <16 x float> %928, %927
  %930 = sitofp <16 x i32> %914 to <16 x float>
  %931 = fmul <16 x float> %930, <float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000>
  %932 = fadd <16 x float> %929, %931
  %933 = fmul <16 x float> %930, <float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000>
  %ln.u1145 = fadd <16 x float> %933, %932
  %934 = fmul <16 x float> <float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00>, %ln.u1145
  %r146 = call <16 x float> @llvm.sqrt.v16f32(<16 x float> %934)
  %935 = fmul <16 x float> %904, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %936 = fadd <16 x float> %935, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %937 = fsub <16 x float> %936, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %938 = fsub <16 x float> %935, %937
  %939 = fmul <16 x float> %938, %938
  %940 = fmul <16 x float> %939, <float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000>
  %941 = fadd <16 x float> <float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000>, %940
  %942 = fmul <16 x float> %939, %941
  %943 = fadd <16 x float> <float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000>, %942
  %944 = fmul <16 x float> %939, %943
  %945 = fadd <16 x float> <float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000>, %944
  %946 = fmul <16 x float> %939, %945
  %947 = fadd <16 x float> <float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000>, %946
  %948 = fmul <16 x float> %938, %947
  %949 = fmul <16 x float> %939, <float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000>
  %950 = fadd <16 x float> <float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000>, %949
  %951 = fmul <16 x float> %939, %950
  %952 = fadd <16 x float> <float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000>, %951
  %953 = fmul <16 x float> %939, %952
  %954 = fadd <16 x float> <float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000>, %953
  %955 = fmul <16 x float> %939, %954
  %956 = fadd <16 x float> <float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000>, %955
  %957 = fmul <16 x float> %939, %956
  %958 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %957
  %959 = fptosi <16 x float> %937 to <16 x i32>
  %quadrant147 = and <16 x i32> %959, <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %960 = and <16 x i32> %quadrant147, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %961 = icmp ne <16 x i32> %960, zeroinitializer
  %962 = select <16 x i1> %961, <16 x float> %958, <16 x float> %948
  %963 = select <16 x i1> %961, <16 x float> %948, <16 x float> %958
  %964 = and <16 x i32> %quadrant147, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %965 = icmp ne <16 x i32> %964, zeroinitializer
  %966 = add <16 x i32> %quadrant147, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %967 = and <16 x i32> %966, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %968 = icmp ne <16 x i32> %967, zeroinitializer
  %969 = fneg <16 x float> %962
  %sin148 = select <16 x i1> %965, <16 x float> %969, <16 x float> %962
  %970 = fneg <16 x float> %963
  %cos149 = select <16 x i1> %968, <16 x float> %970, <16 x float> %963
  %971 = fmul <16 x float> %r146, %cos149
  %972 = fmul <16 x float> %r146, %sin148
  %973 = and <16 x i64> %689, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %974 = icmp ne <16 x i64> %973, zeroinitializer
  %z150 = select <16 x i1> %974, <16 x float> %972, <16 x float> %971
  %975 = getelementptr inbounds float, float* %686, i64 0
  %976 = bitcast float* %975 to <16 x float>*
  store <16 x float> %z150, <16 x float>* %976, align 4
  %977 = add nsw i64 %zrow141, 1
  br label %zrow.head138

zrow.exit140:                                     ; preds = %zrow.head138
  br label %zpro.join137

kt.head158:                                       ; preds = %run.exit176, %zblk.exit126
  %kt161 = phi i64 [ 0, %zblk.exit126 ], [ %996, %run.exit176 ]
  %978 = icmp slt i64 %kt161, 64
  br i1 %978, label %kt.body159, label %kt.exit160

kt.body159:                                       ; preds = %kt.head158
  %979 = add i64 %kt161, 256
  %980 = icmp slt i64 %979, 64
  %kend162 = select i1 %980, i64 %979, i64 64
  store i64 0, i64* %nruns157, align 8
  br label %kr.head163

kt.exit160:                                       ; preds = %kt.head158
  br label %eblk.head361

kr.head163:                                       ; preds = %newrun.join171, %kt.body159
  %kr166 = phi i64 [ %kt161, %kt.body159 ], [ %991, %newrun.join171 ]
  %981 = icmp slt i64 %kr166, %kend162
  br i1 %981, label %kr.body164, label %kr.exit165

kr.body164:                                       ; preds = %kr.head163
  %982 = trunc i64 %kr166 to i32
  %983 = udiv i32 %982, 8
  %984 = sext i32 %983 to i64
  %985 = load i64, i64* %key0, align 8
  %986 = icmp ne i64 %984, %985
  %key.changed167 = or i1 false, %986
  store i64 %984, i64* %key0, align 8
  %987 = icmp eq i64 %kr166, %kt161
  %run.start168 = or i1 %key.changed167, %987
  br i1 %run.start168, label %newrun.then169, label %newrun.else170

kr.exit165:                                       ; preds = %kr.head163
  %nruns173 = load i64, i64* %nruns157, align 8
  %988 = getelementptr inbounds i64, i64* %runs156, i64 %nruns173
  store i64 %kend162, i64* %988, align 8
  br label %run.head174

newrun.then169:                                   ; preds = %kr.body164
  %n172 = load i64, i64* %nruns157, align 8
  %989 = getelementptr inbounds i64, i64* %runs156, i64 %n172
  store i64 %kr166, i64* %989, align 8
  %990 = add i64 %n172, 1
  store i64 %990, i64* %nruns157, align 8
  br label %newrun.join171

newrun.else170:                                   ; preds = %kr.body164
  br label %newrun.join171

newrun.join171:                                   ; preds = %newrun.else170, %newrun.then169
  %991 = add nsw i64 %kr166, 1
  br label %kr.head163

run.head174:                                      ; preds = %fblk.exit331, %kr.exit165
  %run177 = phi i64 [ 0, %kr.exit165 ], [ %1334, %fblk.exit331 ]
  %992 = icmp slt i64 %run177, %nruns173
  br i1 %992, label %run.body175, label %run.exit176

run.body175:                                      ; preds = %run.head174
  %993 = getelementptr inbounds i64, i64* %runs156, i64 %run177
  %ka178 = load i64, i64* %993, align 8
  %994 = add i64 %run177, 1
  %995 = getelementptr inbounds i64, i64* %runs156, i64 %994
  %kb179 = load i64, i64* %995, align 8
  br label %hblk.head180

run.exit176:                                      ; preds = %run.head174
  %996 = add nsw i64 %kt161, 256
  br label %kt.head158

hblk.head180:                                     ; preds = %hblk.body181, %run.body175
  %hblk183 = phi i64 [ 0, %run.body175 ], [ %1064, %hblk.body181 ]
  %997 = icmp slt i64 %hblk183, %nblk123
  br i1 %997, label %hblk.body181, label %hblk.exit182

hblk.body181:                                     ; preds = %hblk.head180
  %cb184 = add i64 %chunk, %hblk183
  %c0185 = mul i64 %cb184, 16
  %998 = icmp slt i64 %c0185, 48
  %n0186 = select i1 %998, i64 %c0185, i64 48
  %lane.lo187 = sub i64 %c0185, %n0186
  %999 = insertelement <16 x i64> undef, i64 %lane.lo187, i32 0
  %1000 = shufflevector <16 x i64> %999, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask188 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %1000
  %1001 = mul i64 %hblk183, 64
  %1002 = add i64 0, %1001
  %zregion189 = getelementptr inbounds i8, i8* %scratch, i64 %1002
  %1003 = trunc i64 %n0186 to i32
  %1004 = insertelement <16 x i32> undef, i32 %1003, i32 0
  %1005 = shufflevector <16 x i32> %1004, <16 x i32> undef, <16 x i32> zeroinitializer
  %n190 = add <16 x i32> %1005, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1006 = sext <16 x i32> %n190 to <16 x i64>
  %1007 = add <16 x i64> zeroinitializer, %1006
  %1008 = trunc i64 %n0186 to i32
  %1009 = sext i32 %1008 to i64
  %1010 = add i64 0, %1009
  %1011 = getelementptr inbounds half, half* %scales5, i64 %1010
  %1012 = bitcast half* %1011 to <16 x half>*
  %scales.raw191 = load <16 x half>, <16 x half>* %1012, align 2
  %scales192 = fpext <16 x half> %scales.raw191 to <16 x float>
  %1013 = getelementptr inbounds i8, i8* %zregion189, i64 0
  %zbuf193 = bitcast i8* %1013 to float*
  %1014 = getelementptr inbounds float, float* %zbuf193, i64 0
  %1015 = bitcast float* %1014 to <16 x float>*
  %z.buf194 = load <16 x float>, <16 x float>* %1015, align 4
  %z195 = select i1 %perturbed, <16 x float> %z.buf194, <16 x float> zeroinitializer
  %1016 = insertelement <16 x float> undef, float %eps.pos, i32 0
  %1017 = shufflevector <16 x float> %1016, <16 x float> undef, <16 x i32> zeroinitializer
  %1018 = fmul <16 x float> %1017, %z195
  %scales.pos196 = fadd <16 x float> %scales192, %1018
  store <16 x float> %scales.pos196, <16 x float>* %hoist1.pos, align 64
  %1019 = sext <16 x i32> %n190 to <16 x i64>
  %1020 = add <16 x i64> zeroinitializer, %1019
  %1021 = sext i32 %1008 to i64
  %1022 = add i64 0, %1021
  %1023 = getelementptr inbounds half, half* %scales5, i64 %1022
  %1024 = bitcast half* %1023 to <16 x half>*
  %scales.raw197 = load <16 x half>, <16 x half>* %1024, align 2
  %scales198 = fpext <16 x half> %scales.raw197 to <16 x float>
  %1025 = insertelement <16 x float> undef, float %eps.neg, i32 0
  %1026 = shufflevector <16 x float> %1025, <16 x float> undef, <16 x i32> zeroinitializer
  %1027 = fmul <16 x float> %1026, %z195
  %scales.neg199 = fadd <16 x float> %scales198, %1027
  store <16 x float> %scales.neg199, <16 x float>* %hoist1.neg, align 64
  store i1 false, i1* %have_key, align 1
  store <16 x i32> zeroinitializer, <16 x i32>* %hoist0, align 64
  %1028 = trunc i64 %n0186 to i32
  %1029 = insertelement <16 x i32> undef, i32 %1028, i32 0
  %1030 = shufflevector <16 x i32> %1029, <16 x i32> undef, <16 x i32> zeroinitializer
  %n200 = add <16 x i32> %1030, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1031 = sext <16 x i32> %n200 to <16 x i64>
  %1032 = trunc i64 %ka178 to i32
  %1033 = udiv i32 %1032, 8
  %1034 = sext i32 %1033 to i64
  %1035 = add i64 0, %1034
  %1036 = mul <16 x i64> %1031, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %1037 = insertelement <16 x i64> undef, i64 %1035, i32 0
  %1038 = shufflevector <16 x i64> %1037, <16 x i64> undef, <16 x i32> zeroinitializer
  %1039 = add <16 x i64> %1038, %1036
  %1040 = getelementptr inbounds i16, i16* %codes3, <16 x i64> %1039
  %codes.raw201 = call <16 x i16> @llvm.masked.gather.v16i16.v16p0i16(<16 x i16*> %1040, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i16> undef)
  %1041 = sext <16 x i16> %codes.raw201 to <16 x i64>
  %1042 = trunc <16 x i64> %1041 to <16 x i32>
  %1043 = add <16 x i32> %1042, <i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536>
  %1044 = urem <16 x i32> %1043, <i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536>
  store <16 x i32> %1044, <16 x i32>* %hoist0, align 64
  %1045 = mul i64 %hblk183, 192
  %1046 = add i64 4416, %1045
  %hstate202 = getelementptr inbounds i8, i8* %scratch, i64 %1046
  %1047 = getelementptr inbounds i8, i8* %hstate202, i64 0
  %1048 = bitcast i8* %1047 to <16 x i32>*
  %1049 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  store <16 x i32> %1049, <16 x i32>* %1048, align 4
  %1050 = getelementptr inbounds i8, i8* %hstate202, i64 64
  %1051 = bitcast i8* %1050 to <16 x float>*
  %1052 = load <16 x float>, <16 x float>* %hoist1.pos, align 64
  store <16 x float> %1052, <16 x float>* %1051, align 4
  %1053 = getelementptr inbounds i8, i8* %hstate202, i64 128
  %1054 = bitcast i8* %1053 to <16 x float>*
  %1055 = load <16 x float>, <16 x float>* %hoist1.neg, align 64
  store <16 x float> %1055, <16 x float>* %1054, align 4
  %dvec203 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec204 = bitcast i8* %dvec203 to float*
  %1056 = add i64 0, %hblk183
  %1057 = mul i64 %1056, 16
  %1058 = getelementptr inbounds float, float* %dvec204, i64 %1057
  %1059 = bitcast float* %1058 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %1059, align 4
  %dvec205 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec206 = bitcast i8* %dvec205 to float*
  %1060 = add i64 4, %hblk183
  %1061 = mul i64 %1060, 16
  %1062 = getelementptr inbounds float, float* %dvec206, i64 %1061
  %1063 = bitcast float* %1062 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %1063, align 4
  %1064 = add nsw i64 %hblk183, 1
  br label %hblk.head180

hblk.exit182:                                     ; preds = %hblk.head180
  br label %ks.head207

ks.head207:                                       ; preds = %sblk.exit215, %hblk.exit182
  %ks210 = phi i64 [ %ka178, %hblk.exit182 ], [ %1085, %sblk.exit215 ]
  %1065 = icmp slt i64 %ks210, %kb179
  br i1 %1065, label %ks.body208, label %ks.exit209

ks.body208:                                       ; preds = %ks.head207
  %1066 = add i64 %ks210, 8
  %1067 = icmp slt i64 %1066, %kb179
  %ke211 = select i1 %1067, i64 %1066, i64 %kb179
  %1068 = sub i64 %ke211, %ks210
  %full212 = icmp eq i64 %1068, 8
  br label %sblk.head213

ks.exit209:                                       ; preds = %ks.head207
  br label %fblk.head329

sblk.head213:                                     ; preds = %kstep.join230, %ks.body208
  %sblk216 = phi i64 [ 0, %ks.body208 ], [ %1278, %kstep.join230 ]
  %1069 = icmp slt i64 %sblk216, %nblk123
  br i1 %1069, label %sblk.body214, label %sblk.exit215

sblk.body214:                                     ; preds = %sblk.head213
  %cb217 = add i64 %chunk, %sblk216
  %c0218 = mul i64 %cb217, 16
  %1070 = icmp slt i64 %c0218, 48
  %n0219 = select i1 %1070, i64 %c0218, i64 48
  %lane.lo220 = sub i64 %c0218, %n0219
  %1071 = insertelement <16 x i64> undef, i64 %lane.lo220, i32 0
  %1072 = shufflevector <16 x i64> %1071, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask221 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %1072
  %1073 = mul i64 %sblk216, 64
  %1074 = add i64 0, %1073
  %zregion222 = getelementptr inbounds i8, i8* %scratch, i64 %1074
  %1075 = mul i64 %sblk216, 192
  %1076 = add i64 4416, %1075
  %hstate223 = getelementptr inbounds i8, i8* %scratch, i64 %1076
  %1077 = getelementptr inbounds i8, i8* %hstate223, i64 0
  %1078 = bitcast i8* %1077 to <16 x i32>*
  %hoist.state224 = load <16 x i32>, <16 x i32>* %1078, align 4
  store <16 x i32> %hoist.state224, <16 x i32>* %hoist0, align 64
  %1079 = getelementptr inbounds i8, i8* %hstate223, i64 64
  %1080 = bitcast i8* %1079 to <16 x float>*
  %hoist.state225 = load <16 x float>, <16 x float>* %1080, align 4
  store <16 x float> %hoist.state225, <16 x float>* %hoist1.pos, align 64
  %1081 = getelementptr inbounds i8, i8* %hstate223, i64 128
  %1082 = bitcast i8* %1081 to <16 x float>*
  %hoist.state226 = load <16 x float>, <16 x float>* %1082, align 4
  store <16 x float> %hoist.state226, <16 x float>* %hoist1.neg, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.0117, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.1118, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.2119, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.3120, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain1.0, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain1.1, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain1.2, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain1.3, align 64
  %1083 = add i64 %ks210, 16
  %1084 = icmp slt i64 %1083, 63
  %kpre227 = select i1 %1084, i64 %1083, i64 63
  br i1 %full212, label %kstep.then228, label %kstep.else229

sblk.exit215:                                     ; preds = %sblk.head213
  %1085 = add nsw i64 %ks210, 8
  br label %ks.head207

kstep.then228:                                    ; preds = %sblk.body214
  %k231 = add i64 %ks210, 0
  %1086 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  %1087 = sext <16 x i32> %1086 to <16 x i64>
  %1088 = trunc i64 %k231 to i32
  %1089 = urem i32 %1088, 8
  %1090 = sext i32 %1089 to i64
  %1091 = add i64 %1090, 0
  %1092 = mul <16 x i64> %1087, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %1093 = insertelement <16 x i64> undef, i64 %1091, i32 0
  %1094 = shufflevector <16 x i64> %1093, <16 x i64> undef, <16 x i32> zeroinitializer
  %1095 = add <16 x i64> %1094, %1092
  %1096 = add <16 x i64> %1095, zeroinitializer
  %1097 = getelementptr inbounds half, half* %codebooks4, <16 x i64> %1096
  %codebooks.raw232 = call <16 x half> @llvm.masked.gather.v16f16.v16p0f16(<16 x half*> %1097, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x half> undef)
  %codebooks233 = fpext <16 x half> %codebooks.raw232 to <16 x float>
  %1098 = load <16 x float>, <16 x float>* %chain0.0117, align 64
  %1099 = mul i64 %m115, 64
  %1100 = add i64 %1099, %k231
  %1101 = getelementptr inbounds float, float* %x1, i64 %1100
  %x234 = load float, float* %1101, align 4
  %1102 = insertelement <16 x float> undef, float %x234, i32 0
  %x.v235 = shufflevector <16 x float> %1102, <16 x float> undef, <16 x i32> zeroinitializer
  %part236 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v235, <16 x float> %codebooks233, <16 x float> %1098)
  store <16 x float> %part236, <16 x float>* %chain0.0117, align 64
  %1103 = load <16 x float>, <16 x float>* %chain1.0, align 64
  %1104 = mul i64 %m121, 64
  %1105 = add i64 %1104, %k231
  %1106 = getelementptr inbounds float, float* %x1, i64 %1105
  %x237 = load float, float* %1106, align 4
  %1107 = insertelement <16 x float> undef, float %x237, i32 0
  %x.v238 = shufflevector <16 x float> %1107, <16 x float> undef, <16 x i32> zeroinitializer
  %part239 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v238, <16 x float> %codebooks233, <16 x float> %1103)
  store <16 x float> %part239, <16 x float>* %chain1.0, align 64
  %k240 = add i64 %ks210, 1
  %1108 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  %1109 = sext <16 x i32> %1108 to <16 x i64>
  %1110 = trunc i64 %k240 to i32
  %1111 = urem i32 %1110, 8
  %1112 = sext i32 %1111 to i64
  %1113 = add i64 %1112, 0
  %1114 = mul <16 x i64> %1109, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %1115 = insertelement <16 x i64> undef, i64 %1113, i32 0
  %1116 = shufflevector <16 x i64> %1115, <16 x i64> undef, <16 x i32> zeroinitializer
  %1117 = add <16 x i64> %1116, %1114
  %1118 = add <16 x i64> %1117, zeroinitializer
  %1119 = getelementptr inbounds half, half* %codebooks4, <16 x i64> %1118
  %codebooks.raw241 = call <16 x half> @llvm.masked.gather.v16f16.v16p0f16(<16 x half*> %1119, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x half> undef)
  %codebooks242 = fpext <16 x half> %codebooks.raw241 to <16 x float>
  %1120 = load <16 x float>, <16 x float>* %chain0.1118, align 64
  %1121 = mul i64 %m115, 64
  %1122 = add i64 %1121, %k240
  %1123 = getelementptr inbounds float, float* %x1, i64 %1122
  %x243 = load float, float* %1123, align 4
  %1124 = insertelement <16 x float> undef, float %x243, i32 0
  %x.v244 = shufflevector <16 x float> %1124, <16 x float> undef, <16 x i32> zeroinitializer
  %part245 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v244, <16 x float> %codebooks242, <16 x float> %1120)
  store <16 x float> %part245, <16 x float>* %chain0.1118, align 64
  %1125 = load <16 x float>, <16 x float>* %chain1.1, align 64
  %1126 = mul i64 %m121, 64
  %1127 = add i64 %1126, %k240
  %1128 = getelementptr inbounds float, float* %x1, i64 %1127
  %x246 = load float, float* %1128, align 4
  %1129 = insertelement <16 x float> undef, float %x246, i32 0
  %x.v247 = shufflevector <16 x float> %1129, <16 x float> undef, <16 x i32> zeroinitializer
  %part248 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v247, <16 x float> %codebooks242, <16 x float> %1125)
  store <16 x float> %part248, <16 x float>* %chain1.1, align 64
  %k249 = add i64 %ks210, 2
  %1130 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  %1131 = sext <16 x i32> %1130 to <16 x i64>
  %1132 = trunc i64 %k249 to i32
  %1133 = urem i32 %1132, 8
  %1134 = sext i32 %1133 to i64
  %1135 = add i64 %1134, 0
  %1136 = mul <16 x i64> %1131, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %1137 = insertelement <16 x i64> undef, i64 %1135, i32 0
  %1138 = shufflevector <16 x i64> %1137, <16 x i64> undef, <16 x i32> zeroinitializer
  %1139 = add <16 x i64> %1138, %1136
  %1140 = add <16 x i64> %1139, zeroinitializer
  %1141 = getelementptr inbounds half, half* %codebooks4, <16 x i64> %1140
  %codebooks.raw250 = call <16 x half> @llvm.masked.gather.v16f16.v16p0f16(<16 x half*> %1141, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x half> undef)
  %codebooks251 = fpext <16 x half> %codebooks.raw250 to <16 x float>
  %1142 = load <16 x float>, <16 x float>* %chain0.2119, align 64
  %1143 = mul i64 %m115, 64
  %1144 = add i64 %1143, %k249
  %1145 = getelementptr inbounds float, float* %x1, i64 %1144
  %x252 = load float, float* %1145, align 4
  %1146 = insertelement <16 x float> undef, float %x252, i32 0
  %x.v253 = shufflevector <16 x float> %1146, <16 x float> undef, <16 x i32> zeroinitializer
  %part254 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v253, <16 x float> %codebooks251, <16 x float> %1142)
  store <16 x float> %part254, <16 x float>* %chain0.2119, align 64
  %1147 = load <16 x float>, <16 x float>* %chain1.2, align 64
  %1148 = mul i64 %m121, 64
  %1149 = add i64 %1148, %k249
  %1150 = getelementptr inbounds float, float* %x1, i64 %1149
  %x255 = load float, float* %1150, align 4
  %1151 = insertelement <16 x float> undef, float %x255, i32 0
  %x.v256 = shufflevector <16 x float> %1151, <16 x float> undef, <16 x i32> zeroinitializer
  %part257 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v256, <16 x float> %codebooks251, <16 x float> %1147)
  store <16 x float> %part257, <16 x float>* %chain1.2, align 64
  %k258 = add i64 %ks210, 3
  %1152 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  %1153 = sext <16 x i32> %1152 to <16 x i64>
  %1154 = trunc i64 %k258 to i32
  %1155 = urem i32 %1154, 8
  %1156 = sext i32 %1155 to i64
  %1157 = add i64 %1156, 0
  %1158 = mul <16 x i64> %1153, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %1159 = insertelement <16 x i64> undef, i64 %1157, i32 0
  %1160 = shufflevector <16 x i64> %1159, <16 x i64> undef, <16 x i32> zeroinitializer
  %1161 = add <16 x i64> %1160, %1158
  %1162 = add <16 x i64> %1161, zeroinitializer
  %1163 = getelementptr inbounds half, half* %codebooks4, <16 x i64> %1162
  %codebooks.raw259 = call <16 x half> @llvm.masked.gather.v16f16.v16p0f16(<16 x half*> %1163, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x half> undef)
  %codebooks260 = fpext <16 x half> %codebooks.raw259 to <16 x float>
  %1164 = load <16 x float>, <16 x float>* %chain0.3120, align 64
  %1165 = mul i64 %m115, 64
  %1166 = add i64 %1165, %k258
  %1167 = getelementptr inbounds float, float* %x1, i64 %1166
  %x261 = load float, float* %1167, align 4
  %1168 = insertelement <16 x float> undef, float %x261, i32 0
  %x.v262 = shufflevector <16 x float> %1168, <16 x float> undef, <16 x i32> zeroinitializer
  %part263 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v262, <16 x float> %codebooks260, <16 x float> %1164)
  store <16 x float> %part263, <16 x float>* %chain0.3120, align 64
  %1169 = load <16 x float>, <16 x float>* %chain1.3, align 64
  %1170 = mul i64 %m121, 64
  %1171 = add i64 %1170, %k258
  %1172 = getelementptr inbounds float, float* %x1, i64 %1171
  %x264 = load float, float* %1172, align 4
  %1173 = insertelement <16 x float> undef, float %x264, i32 0
  %x.v265 = shufflevector <16 x float> %1173, <16 x float> undef, <16 x i32> zeroinitializer
  %part266 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v265, <16 x float> %codebooks260, <16 x float> %1169)
  store <16 x float> %part266, <16 x float>* %chain1.3, align 64
  %k267 = add i64 %ks210, 4
  %1174 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  %1175 = sext <16 x i32> %1174 to <16 x i64>
  %1176 = trunc i64 %k267 to i32
  %1177 = urem i32 %1176, 8
  %1178 = sext i32 %1177 to i64
  %1179 = add i64 %1178, 0
  %1180 = mul <16 x i64> %1175, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %1181 = insertelement <16 x i64> undef, i64 %1179, i32 0
  %1182 = shufflevector <16 x i64> %1181, <16 x i64> undef, <16 x i32> zeroinitializer
  %1183 = add <16 x i64> %1182, %1180
  %1184 = add <16 x i64> %1183, zeroinitializer
  %1185 = getelementptr inbounds half, half* %codebooks4, <16 x i64> %1184
  %codebooks.raw268 = call <16 x half> @llvm.masked.gather.v16f16.v16p0f16(<16 x half*> %1185, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x half> undef)
  %codebooks269 = fpext <16 x half> %codebooks.raw268 to <16 x float>
  %1186 = load <16 x float>, <16 x float>* %chain0.0117, align 64
  %1187 = mul i64 %m115, 64
  %1188 = add i64 %1187, %k267
  %1189 = getelementptr inbounds float, float* %x1, i64 %1188
  %x270 = load float, float* %1189, align 4
  %1190 = insertelement <16 x float> undef, float %x270, i32 0
  %x.v271 = shufflevector <16 x float> %1190, <16 x float> undef, <16 x i32> zeroinitializer
  %part272 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v271, <16 x float> %codebooks269, <16 x float> %1186)
  store <16 x float> %part272, <16 x float>* %chain0.0117, align 64
  %1191 = load <16 x float>, <16 x float>* %chain1.0, align 64
  %1192 = mul i64 %m121, 64
  %1193 = add i64 %1192, %k267
  %1194 = getelementptr inbounds float, float* %x1, i64 %1193
  %x273 = load float, float* %1194, align 4
  %1195 = insertelement <16 x float> undef, float %x273, i32 0
  %x.v274 = shufflevector <16 x float> %1195, <16 x float> undef, <16 x i32> zeroinitializer
  %part275 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v274, <16 x float> %codebooks269, <16 x float> %1191)
  store <16 x float> %part275, <16 x float>* %chain1.0, align 64
  %k276 = add i64 %ks210, 5
  %1196 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  %1197 = sext <16 x i32> %1196 to <16 x i64>
  %1198 = trunc i64 %k276 to i32
  %1199 = urem i32 %1198, 8
  %1200 = sext i32 %1199 to i64
  %1201 = add i64 %1200, 0
  %1202 = mul <16 x i64> %1197, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %1203 = insertelement <16 x i64> undef, i64 %1201, i32 0
  %1204 = shufflevector <16 x i64> %1203, <16 x i64> undef, <16 x i32> zeroinitializer
  %1205 = add <16 x i64> %1204, %1202
  %1206 = add <16 x i64> %1205, zeroinitializer
  %1207 = getelementptr inbounds half, half* %codebooks4, <16 x i64> %1206
  %codebooks.raw277 = call <16 x half> @llvm.masked.gather.v16f16.v16p0f16(<16 x half*> %1207, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x half> undef)
  %codebooks278 = fpext <16 x half> %codebooks.raw277 to <16 x float>
  %1208 = load <16 x float>, <16 x float>* %chain0.1118, align 64
  %1209 = mul i64 %m115, 64
  %1210 = add i64 %1209, %k276
  %1211 = getelementptr inbounds float, float* %x1, i64 %1210
  %x279 = load float, float* %1211, align 4
  %1212 = insertelement <16 x float> undef, float %x279, i32 0
  %x.v280 = shufflevector <16 x float> %1212, <16 x float> undef, <16 x i32> zeroinitializer
  %part281 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v280, <16 x float> %codebooks278, <16 x float> %1208)
  store <16 x float> %part281, <16 x float>* %chain0.1118, align 64
  %1213 = load <16 x float>, <16 x float>* %chain1.1, align 64
  %1214 = mul i64 %m121, 64
  %1215 = add i64 %1214, %k276
  %1216 = getelementptr inbounds float, float* %x1, i64 %1215
  %x282 = load float, float* %1216, align 4
  %1217 = insertelement <16 x float> undef, float %x282, i32 0
  %x.v283 = shufflevector <16 x float> %1217, <16 x float> undef, <16 x i32> zeroinitializer
  %part284 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v283, <16 x float> %codebooks278, <16 x float> %1213)
  store <16 x float> %part284, <16 x float>* %chain1.1, align 64
  %k285 = add i64 %ks210, 6
  %1218 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  %1219 = sext <16 x i32> %1218 to <16 x i64>
  %1220 = trunc i64 %k285 to i32
  %1221 = urem i32 %1220, 8
  %1222 = sext i32 %1221 to i64
  %1223 = add i64 %1222, 0
  %1224 = mul <16 x i64> %1219, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %1225 = insertelement <16 x i64> undef, i64 %1223, i32 0
  %1226 = shufflevector <16 x i64> %1225, <16 x i64> undef, <16 x i32> zeroinitializer
  %1227 = add <16 x i64> %1226, %1224
  %1228 = add <16 x i64> %1227, zeroinitializer
  %1229 = getelementptr inbounds half, half* %codebooks4, <16 x i64> %1228
  %codebooks.raw286 = call <16 x half> @llvm.masked.gather.v16f16.v16p0f16(<16 x half*> %1229, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x half> undef)
  %codebooks287 = fpext <16 x half> %codebooks.raw286 to <16 x float>
  %1230 = load <16 x float>, <16 x float>* %chain0.2119, align 64
  %1231 = mul i64 %m115, 64
  %1232 = add i64 %1231, %k285
  %1233 = getelementptr inbounds float, float* %x1, i64 %1232
  %x288 = load float, float* %1233, align 4
  %1234 = insertelement <16 x float> undef, float %x288, i32 0
  %x.v289 = shufflevector <16 x float> %1234, <16 x float> undef, <16 x i32> zeroinitializer
  %part290 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v289, <16 x float> %codebooks287, <16 x float> %1230)
  store <16 x float> %part290, <16 x float>* %chain0.2119, align 64
  %1235 = load <16 x float>, <16 x float>* %chain1.2, align 64
  %1236 = mul i64 %m121, 64
  %1237 = add i64 %1236, %k285
  %1238 = getelementptr inbounds float, float* %x1, i64 %1237
  %x291 = load float, float* %1238, align 4
  %1239 = insertelement <16 x float> undef, float %x291, i32 0
  %x.v292 = shufflevector <16 x float> %1239, <16 x float> undef, <16 x i32> zeroinitializer
  %part293 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v292, <16 x float> %codebooks287, <16 x float> %1235)
  store <16 x float> %part293, <16 x float>* %chain1.2, align 64
  %k294 = add i64 %ks210, 7
  %1240 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  %1241 = sext <16 x i32> %1240 to <16 x i64>
  %1242 = trunc i64 %k294 to i32
  %1243 = urem i32 %1242, 8
  %1244 = sext i32 %1243 to i64
  %1245 = add i64 %1244, 0
  %1246 = mul <16 x i64> %1241, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %1247 = insertelement <16 x i64> undef, i64 %1245, i32 0
  %1248 = shufflevector <16 x i64> %1247, <16 x i64> undef, <16 x i32> zeroinitializer
  %1249 = add <16 x i64> %1248, %1246
  %1250 = add <16 x i64> %1249, zeroinitializer
  %1251 = getelementptr inbounds half, half* %codebooks4, <16 x i64> %1250
  %codebooks.raw295 = call <16 x half> @llvm.masked.gather.v16f16.v16p0f16(<16 x half*> %1251, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x half> undef)
  %codebooks296 = fpext <16 x half> %codebooks.raw295 to <16 x float>
  %1252 = load <16 x float>, <16 x float>* %chain0.3120, align 64
  %1253 = mul i64 %m115, 64
  %1254 = add i64 %1253, %k294
  %1255 = getelementptr inbounds float, float* %x1, i64 %1254
  %x297 = load float, float* %1255, align 4
  %1256 = insertelement <16 x float> undef, float %x297, i32 0
  %x.v298 = shufflevector <16 x float> %1256, <16 x float> undef, <16 x i32> zeroinitializer
  %part299 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v298, <16 x float> %codebooks296, <16 x float> %1252)
  store <16 x float> %part299, <16 x float>* %chain0.3120, align 64
  %1257 = load <16 x float>, <16 x float>* %chain1.3, align 64
  %1258 = mul i64 %m121, 64
  %1259 = add i64 %1258, %k294
  %1260 = getelementptr inbounds float, float* %x1, i64 %1259
  %x300 = load float, float* %1260, align 4
  %1261 = insertelement <16 x float> undef, float %x300, i32 0
  %x.v301 = shufflevector <16 x float> %1261, <16 x float> undef, <16 x i32> zeroinitializer
  %part302 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v301, <16 x float> %codebooks296, <16 x float> %1257)
  store <16 x float> %part302, <16 x float>* %chain1.3, align 64
  br label %kstep.join230

kstep.else229:                                    ; preds = %sblk.body214
  br label %k.head303

kstep.join230:                                    ; preds = %k.exit305, %kstep.then228
  %dvec315 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec316 = bitcast i8* %dvec315 to float*
  %1262 = add i64 0, %sblk216
  %1263 = mul i64 %1262, 16
  %1264 = getelementptr inbounds float, float* %dvec316, i64 %1263
  %1265 = bitcast float* %1264 to <16 x float>*
  %part317 = load <16 x float>, <16 x float>* %1265, align 4
  %1266 = load <16 x float>, <16 x float>* %chain0.0117, align 64
  %part318 = fadd <16 x float> %part317, %1266
  %1267 = load <16 x float>, <16 x float>* %chain0.1118, align 64
  %part319 = fadd <16 x float> %part318, %1267
  %1268 = load <16 x float>, <16 x float>* %chain0.2119, align 64
  %part320 = fadd <16 x float> %part319, %1268
  %1269 = load <16 x float>, <16 x float>* %chain0.3120, align 64
  %part321 = fadd <16 x float> %part320, %1269
  store <16 x float> %part321, <16 x float>* %1265, align 4
  %dvec322 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec323 = bitcast i8* %dvec322 to float*
  %1270 = add i64 4, %sblk216
  %1271 = mul i64 %1270, 16
  %1272 = getelementptr inbounds float, float* %dvec323, i64 %1271
  %1273 = bitcast float* %1272 to <16 x float>*
  %part324 = load <16 x float>, <16 x float>* %1273, align 4
  %1274 = load <16 x float>, <16 x float>* %chain1.0, align 64
  %part325 = fadd <16 x float> %part324, %1274
  %1275 = load <16 x float>, <16 x float>* %chain1.1, align 64
  %part326 = fadd <16 x float> %part325, %1275
  %1276 = load <16 x float>, <16 x float>* %chain1.2, align 64
  %part327 = fadd <16 x float> %part326, %1276
  %1277 = load <16 x float>, <16 x float>* %chain1.3, align 64
  %part328 = fadd <16 x float> %part327, %1277
  store <16 x float> %part328, <16 x float>* %1273, align 4
  %1278 = add nsw i64 %sblk216, 1
  br label %sblk.head213

k.head303:                                        ; preds = %k.body304, %kstep.else229
  %k306 = phi i64 [ %ks210, %kstep.else229 ], [ %1302, %k.body304 ]
  %1279 = icmp slt i64 %k306, %ke211
  br i1 %1279, label %k.body304, label %k.exit305

k.body304:                                        ; preds = %k.head303
  %1280 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  %1281 = sext <16 x i32> %1280 to <16 x i64>
  %1282 = trunc i64 %k306 to i32
  %1283 = urem i32 %1282, 8
  %1284 = sext i32 %1283 to i64
  %1285 = add i64 %1284, 0
  %1286 = mul <16 x i64> %1281, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %1287 = insertelement <16 x i64> undef, i64 %1285, i32 0
  %1288 = shufflevector <16 x i64> %1287, <16 x i64> undef, <16 x i32> zeroinitializer
  %1289 = add <16 x i64> %1288, %1286
  %1290 = add <16 x i64> %1289, zeroinitializer
  %1291 = getelementptr inbounds half, half* %codebooks4, <16 x i64> %1290
  %codebooks.raw307 = call <16 x half> @llvm.masked.gather.v16f16.v16p0f16(<16 x half*> %1291, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x half> undef)
  %codebooks308 = fpext <16 x half> %codebooks.raw307 to <16 x float>
  %1292 = load <16 x float>, <16 x float>* %chain0.0117, align 64
  %1293 = mul i64 %m115, 64
  %1294 = add i64 %1293, %k306
  %1295 = getelementptr inbounds float, float* %x1, i64 %1294
  %x309 = load float, float* %1295, align 4
  %1296 = insertelement <16 x float> undef, float %x309, i32 0
  %x.v310 = shufflevector <16 x float> %1296, <16 x float> undef, <16 x i32> zeroinitializer
  %part311 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v310, <16 x float> %codebooks308, <16 x float> %1292)
  store <16 x float> %part311, <16 x float>* %chain0.0117, align 64
  %1297 = load <16 x float>, <16 x float>* %chain1.0, align 64
  %1298 = mul i64 %m121, 64
  %1299 = add i64 %1298, %k306
  %1300 = getelementptr inbounds float, float* %x1, i64 %1299
  %x312 = load float, float* %1300, align 4
  %1301 = insertelement <16 x float> undef, float %x312, i32 0
  %x.v313 = shufflevector <16 x float> %1301, <16 x float> undef, <16 x i32> zeroinitializer
  %part314 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v313, <16 x float> %codebooks308, <16 x float> %1297)
  store <16 x float> %part314, <16 x float>* %chain1.0, align 64
  %1302 = add nsw i64 %k306, 1
  br label %k.head303

k.exit305:                                        ; preds = %k.head303
  br label %kstep.join230

fblk.head329:                                     ; preds = %fblk.body330, %ks.exit209
  %fblk332 = phi i64 [ 0, %ks.exit209 ], [ %1333, %fblk.body330 ]
  %1303 = icmp slt i64 %fblk332, %nblk123
  br i1 %1303, label %fblk.body330, label %fblk.exit331

fblk.body330:                                     ; preds = %fblk.head329
  %cb333 = add i64 %chunk, %fblk332
  %c0334 = mul i64 %cb333, 16
  %1304 = icmp slt i64 %c0334, 48
  %n0335 = select i1 %1304, i64 %c0334, i64 48
  %lane.lo336 = sub i64 %c0334, %n0335
  %1305 = insertelement <16 x i64> undef, i64 %lane.lo336, i32 0
  %1306 = shufflevector <16 x i64> %1305, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask337 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %1306
  %1307 = mul i64 %fblk332, 64
  %1308 = add i64 0, %1307
  %zregion338 = getelementptr inbounds i8, i8* %scratch, i64 %1308
  %1309 = mul i64 %fblk332, 192
  %1310 = add i64 4416, %1309
  %hstate339 = getelementptr inbounds i8, i8* %scratch, i64 %1310
  %1311 = getelementptr inbounds i8, i8* %hstate339, i64 0
  %1312 = bitcast i8* %1311 to <16 x i32>*
  %hoist.state340 = load <16 x i32>, <16 x i32>* %1312, align 4
  store <16 x i32> %hoist.state340, <16 x i32>* %hoist0, align 64
  %1313 = getelementptr inbounds i8, i8* %hstate339, i64 64
  %1314 = bitcast i8* %1313 to <16 x float>*
  %hoist.state341 = load <16 x float>, <16 x float>* %1314, align 4
  store <16 x float> %hoist.state341, <16 x float>* %hoist1.pos, align 64
  %1315 = getelementptr inbounds i8, i8* %hstate339, i64 128
  %1316 = bitcast i8* %1315 to <16 x float>*
  %hoist.state342 = load <16 x float>, <16 x float>* %1316, align 4
  store <16 x float> %hoist.state342, <16 x float>* %hoist1.neg, align 64
  %h343 = load <16 x float>, <16 x float>* %hoist1.pos, align 64
  %h.neg344 = load <16 x float>, <16 x float>* %hoist1.neg, align 64
  %dvec345 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec346 = bitcast i8* %dvec345 to float*
  %1317 = add i64 0, %fblk332
  %1318 = mul i64 %1317, 16
  %1319 = getelementptr inbounds float, float* %dvec346, i64 %1318
  %1320 = bitcast float* %1319 to <16 x float>*
  %dvec347 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec348 = bitcast i8* %dvec347 to float*
  %1321 = add i64 0, %fblk332
  %1322 = mul i64 %1321, 16
  %1323 = getelementptr inbounds float, float* %dvec348, i64 %1322
  %1324 = bitcast float* %1323 to <16 x float>*
  %part349 = load <16 x float>, <16 x float>* %1324, align 4
  %acc350 = load <16 x float>, <16 x float>* %1320, align 4
  %h.row351 = select i1 %neg.row116, <16 x float> %h.neg344, <16 x float> %h343
  %acc352 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %h.row351, <16 x float> %part349, <16 x float> %acc350)
  store <16 x float> %acc352, <16 x float>* %1320, align 4
  %dvec353 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec354 = bitcast i8* %dvec353 to float*
  %1325 = add i64 4, %fblk332
  %1326 = mul i64 %1325, 16
  %1327 = getelementptr inbounds float, float* %dvec354, i64 %1326
  %1328 = bitcast float* %1327 to <16 x float>*
  %dvec355 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec356 = bitcast i8* %dvec355 to float*
  %1329 = add i64 4, %fblk332
  %1330 = mul i64 %1329, 16
  %1331 = getelementptr inbounds float, float* %dvec356, i64 %1330
  %1332 = bitcast float* %1331 to <16 x float>*
  %part357 = load <16 x float>, <16 x float>* %1332, align 4
  %acc358 = load <16 x float>, <16 x float>* %1328, align 4
  %h.row359 = select i1 %neg.row122, <16 x float> %h.neg344, <16 x float> %h343
  %acc360 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %h.row359, <16 x float> %part357, <16 x float> %acc358)
  store <16 x float> %acc360, <16 x float>* %1328, align 4
  %1333 = add nsw i64 %fblk332, 1
  br label %fblk.head329

fblk.exit331:                                     ; preds = %fblk.head329
  %1334 = add nsw i64 %run177, 1
  br label %run.head174

eblk.head361:                                     ; preds = %row.join, %kt.exit160
  %eblk364 = phi i64 [ 0, %kt.exit160 ], [ %1356, %row.join ]
  %1335 = icmp slt i64 %eblk364, %nblk123
  br i1 %1335, label %eblk.body362, label %eblk.exit363

eblk.body362:                                     ; preds = %eblk.head361
  %cb365 = add i64 %chunk, %eblk364
  %c0366 = mul i64 %cb365, 16
  %1336 = icmp slt i64 %c0366, 48
  %n0367 = select i1 %1336, i64 %c0366, i64 48
  %lane.lo368 = sub i64 %c0366, %n0367
  %1337 = insertelement <16 x i64> undef, i64 %lane.lo368, i32 0
  %1338 = shufflevector <16 x i64> %1337, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask369 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %1338
  %dvec370 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec371 = bitcast i8* %dvec370 to float*
  %1339 = add i64 0, %eblk364
  %1340 = mul i64 %1339, 16
  %1341 = getelementptr inbounds float, float* %dvec371, i64 %1340
  %1342 = bitcast float* %1341 to <16 x float>*
  %acc372 = load <16 x float>, <16 x float>* %1342, align 4
  %1343 = icmp slt i64 %m115, %rows.pos
  %eps.row373 = select i1 %1343, float %eps.pos, float %eps.neg
  %1344 = mul i64 %m115, 64
  %out.i374 = add i64 %1344, %n0367
  %1345 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i374
  %1346 = bitcast float* %1345 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc372, <16 x float>* %1346, i32 4, <16 x i1> %store.mask369)
  %dvec375 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec376 = bitcast i8* %dvec375 to float*
  %1347 = add i64 4, %eblk364
  %1348 = mul i64 %1347, 16
  %1349 = getelementptr inbounds float, float* %dvec376, i64 %1348
  %1350 = bitcast float* %1349 to <16 x float>*
  %acc377 = load <16 x float>, <16 x float>* %1350, align 4
  %1351 = icmp slt i64 1, %M
  br i1 %1351, label %row.then, label %row.else

eblk.exit363:                                     ; preds = %eblk.head361
  br label %m2.join

row.then:                                         ; preds = %eblk.body362
  %1352 = icmp slt i64 %m121, %rows.pos
  %eps.row378 = select i1 %1352, float %eps.pos, float %eps.neg
  %1353 = mul i64 %m121, 64
  %out.i379 = add i64 %1353, %n0367
  %1354 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i379
  %1355 = bitcast float* %1354 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc377, <16 x float>* %1355, i32 4, <16 x i1> %store.mask369)
  br label %row.join

row.else:                                         ; preds = %eblk.body362
  br label %row.join

row.join:                                         ; preds = %row.else, %row.then
  %1356 = add nsw i64 %eblk364, 1
  br label %eblk.head361

zblk.head397:                                     ; preds = %zpro.join410, %m2.else
  %zblk400 = phi i64 [ 0, %m2.else ], [ %1380, %zpro.join410 ]
  %1357 = icmp slt i64 %zblk400, %nblk396
  br i1 %1357, label %zblk.body398, label %zblk.exit399

zblk.body398:                                     ; preds = %zblk.head397
  %cb401 = add i64 %chunk, %zblk400
  %c0402 = mul i64 %cb401, 16
  %1358 = icmp slt i64 %c0402, 48
  %n0403 = select i1 %1358, i64 %c0402, i64 48
  %lane.lo404 = sub i64 %c0402, %n0403
  %1359 = insertelement <16 x i64> undef, i64 %lane.lo404, i32 0
  %1360 = shufflevector <16 x i64> %1359, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask405 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %1360
  %1361 = mul i64 %zblk400, 64
  %1362 = add i64 0, %1361
  %zregion406 = getelementptr inbounds i8, i8* %scratch, i64 %1362
  %1363 = getelementptr inbounds i8, i8* %zregion406, i64 0
  %zbuf407 = bitcast i8* %1363 to float*
  br i1 %perturbed, label %zpro.then408, label %zpro.else409

zblk.exit399:                                     ; preds = %zblk.head397
  %runs432 = getelementptr inbounds i8, i8* %scratch, i64 2304
  %runs433 = bitcast i8* %runs432 to i64*
  br label %kt.head435

zpro.then408:                                     ; preds = %zblk.body398
  br label %zrow.head411

zpro.else409:                                     ; preds = %zblk.body398
  br label %zpro.join410

zpro.join410:                                     ; preds = %zpro.else409, %zrow.exit413
  %dvec424 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec425 = bitcast i8* %dvec424 to float*
  %1364 = add i64 0, %zblk400
  %1365 = mul i64 %1364, 16
  %1366 = getelementptr inbounds float, float* %dvec425, i64 %1365
  %1367 = bitcast float* %1366 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %1367, align 4
  %dvec426 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec427 = bitcast i8* %dvec426 to float*
  %1368 = add i64 4, %zblk400
  %1369 = mul i64 %1368, 16
  %1370 = getelementptr inbounds float, float* %dvec427, i64 %1369
  %1371 = bitcast float* %1370 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %1371, align 4
  %dvec428 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec429 = bitcast i8* %dvec428 to float*
  %1372 = add i64 8, %zblk400
  %1373 = mul i64 %1372, 16
  %1374 = getelementptr inbounds float, float* %dvec429, i64 %1373
  %1375 = bitcast float* %1374 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %1375, align 4
  %dvec430 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec431 = bitcast i8* %dvec430 to float*
  %1376 = add i64 12, %zblk400
  %1377 = mul i64 %1376, 16
  %1378 = getelementptr inbounds float, float* %dvec431, i64 %1377
  %1379 = bitcast float* %1378 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %1379, align 4
  %1380 = add nsw i64 %zblk400, 1
  br label %zblk.head397

zrow.head411:                                     ; preds = %zrow.body412, %zpro.then408
  %zrow414 = phi i64 [ 0, %zpro.then408 ], [ %1687, %zrow.body412 ]
  %1381 = icmp slt i64 %zrow414, 1
  br i1 %1381, label %zrow.body412, label %zrow.exit413

zrow.body412:                                     ; preds = %zrow.head411
  %1382 = mul i64 %n0403, 1
  %1383 = urem i64 %zrow414, 1
  %1384 = udiv i64 %zrow414, 1
  %1385 = mul i64 %1383, 1
  %1386 = add i64 %1382, %1385
  %1387 = urem i64 %1384, 1
  %1388 = udiv i64 %1384, 1
  %1389 = mul i64 %1387, 1
  %1390 = add i64 %1386, %1389
  %1391 = urem i64 %1388, 1
  %1392 = udiv i64 %1388, 1
  %1393 = mul i64 %1391, 1
  %1394 = add i64 %1390, %1393
  %1395 = mul i64 %zrow414, 16
  %1396 = getelementptr inbounds float, float* %zbuf407, i64 %1395
  %1397 = insertelement <16 x i64> undef, i64 %1394, i32 0
  %1398 = shufflevector <16 x i64> %1397, <16 x i64> undef, <16 x i32> zeroinitializer
  %1399 = add <16 x i64> %1398, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %pair415 = lshr <16 x i64> %1399, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %1400 = trunc <16 x i64> %pair415 to <16 x i32>
  %1401 = lshr <16 x i64> %pair415, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1402 = trunc <16 x i64> %1401 to <16 x i32>
  %1403 = trunc i64 %stream.scales to i32
  %1404 = insertelement <16 x i32> undef, i32 %1403, i32 0
  %1405 = shufflevector <16 x i32> %1404, <16 x i32> undef, <16 x i32> zeroinitializer
  %key0416 = trunc i64 %seed to i32
  %1406 = lshr i64 %seed, 32
  %key1417 = trunc i64 %1406 to i32
  %1407 = zext <16 x i32> %1400 to <16 x i64>
  %1408 = mul <16 x i64> %1407, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1409 = trunc <16 x i64> %1408 to <16 x i32>
  %1410 = lshr <16 x i64> %1408, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1411 = trunc <16 x i64> %1410 to <16 x i32>
  %1412 = zext <16 x i32> %1405 to <16 x i64>
  %1413 = mul <16 x i64> %1412, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1414 = trunc <16 x i64> %1413 to <16 x i32>
  %1415 = lshr <16 x i64> %1413, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1416 = trunc <16 x i64> %1415 to <16 x i32>
  %1417 = insertelement <16 x i32> undef, i32 %key0416, i32 0
  %1418 = shufflevector <16 x i32> %1417, <16 x i32> undef, <16 x i32> zeroinitializer
  %1419 = insertelement <16 x i32> undef, i32 %key1417, i32 0
  %1420 = shufflevector <16 x i32> %1419, <16 x i32> undef, <16 x i32> zeroinitializer
  %1421 = xor <16 x i32> %1416, %1402
  %1422 = xor <16 x i32> %1421, %1418
  %1423 = xor <16 x i32> %1411, zeroinitializer
  %1424 = xor <16 x i32> %1423, %1420
  %1425 = add i32 %key0416, -1640531527
  %1426 = add i32 %key1417, -1150833019
  %1427 = zext <16 x i32> %1422 to <16 x i64>
  %1428 = mul <16 x i64> %1427, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1429 = trunc <16 x i64> %1428 to <16 x i32>
  %1430 = lshr <16 x i64> %1428, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1431 = trunc <16 x i64> %1430 to <16 x i32>
  %1432 = zext <16 x i32> %1424 to <16 x i64>
  %1433 = mul <16 x i64> %1432, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1434 = trunc <16 x i64> %1433 to <16 x i32>
  %1435 = lshr <16 x i64> %1433, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1436 = trunc <16 x i64> %1435 to <16 x i32>
  %1437 = insertelement <16 x i32> undef, i32 %1425, i32 0
  %1438 = shufflevector <16 x i32> %1437, <16 x i32> undef, <16 x i32> zeroinitializer
  %1439 = insertelement <16 x i32> undef, i32 %1426, i32 0
  %1440 = shufflevector <16 x i32> %1439, <16 x i32> undef, <16 x i32> zeroinitializer
  %1441 = xor <16 x i32> %1436, %1414
  %1442 = xor <16 x i32> %1441, %1438
  %1443 = xor <16 x i32> %1431, %1409
  %1444 = xor <16 x i32> %1443, %1440
  %1445 = add i32 %1425, -1640531527
  %1446 = add i32 %1426, -1150833019
  %1447 = zext <16 x i32> %1442 to <16 x i64>
  %1448 = mul <16 x i64> %1447, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1449 = trunc <16 x i64> %1448 to <16 x i32>
  %1450 = lshr <16 x i64> %1448, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1451 = trunc <16 x i64> %1450 to <16 x i32>
  %1452 = zext <16 x i32> %1444 to <16 x i64>
  %1453 = mul <16 x i64> %1452, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1454 = trunc <16 x i64> %1453 to <16 x i32>
  %1455 = lshr <16 x i64> %1453, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1456 = trunc <16 x i64> %1455 to <16 x i32>
  %1457 = insertelement <16 x i32> undef, i32 %1445, i32 0
  %1458 = shufflevector <16 x i32> %1457, <16 x i32> undef, <16 x i32> zeroinitializer
  %1459 = insertelement <16 x i32> undef, i32 %1446, i32 0
  %1460 = shufflevector <16 x i32> %1459, <16 x i32> undef, <16 x i32> zeroinitializer
  %1461 = xor <16 x i32> %1456, %1434
  %1462 = xor <16 x i32> %1461, %1458
  %1463 = xor <16 x i32> %1451, %1429
  %1464 = xor <16 x i32> %1463, %1460
  %1465 = add i32 %1445, -1640531527
  %1466 = add i32 %1446, -1150833019
  %1467 = zext <16 x i32> %1462 to <16 x i64>
  %1468 = mul <16 x i64> %1467, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1469 = trunc <16 x i64> %1468 to <16 x i32>
  %1470 = lshr <16 x i64> %1468, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1471 = trunc <16 x i64> %1470 to <16 x i32>
  %1472 = zext <16 x i32> %1464 to <16 x i64>
  %1473 = mul <16 x i64> %1472, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1474 = trunc <16 x i64> %1473 to <16 x i32>
  %1475 = lshr <16 x i64> %1473, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1476 = trunc <16 x i64> %1475 to <16 x i32>
  %1477 = insertelement <16 x i32> undef, i32 %1465, i32 0
  %1478 = shufflevector <16 x i32> %1477, <16 x i32> undef, <16 x i32> zeroinitializer
  %1479 = insertelement <16 x i32> undef, i32 %1466, i32 0
  %1480 = shufflevector <16 x i32> %1479, <16 x i32> undef, <16 x i32> zeroinitializer
  %1481 = xor <16 x i32> %1476, %1454
  %1482 = xor <16 x i32> %1481, %1478
  %1483 = xor <16 x i32> %1471, %1449
  %1484 = xor <16 x i32> %1483, %1480
  %1485 = add i32 %1465, -1640531527
  %1486 = add i32 %1466, -1150833019
  %1487 = zext <16 x i32> %1482 to <16 x i64>
  %1488 = mul <16 x i64> %1487, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1489 = trunc <16 x i64> %1488 to <16 x i32>
  %1490 = lshr <16 x i64> %1488, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1491 = trunc <16 x i64> %1490 to <16 x i32>
  %1492 = zext <16 x i32> %1484 to <16 x i64>
  %1493 = mul <16 x i64> %1492, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1494 = trunc <16 x i64> %1493 to <16 x i32>
  %1495 = lshr <16 x i64> %1493, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1496 = trunc <16 x i64> %1495 to <16 x i32>
  %1497 = insertelement <16 x i32> undef, i32 %1485, i32 0
  %1498 = shufflevector <16 x i32> %1497, <16 x i32> undef, <16 x i32> zeroinitializer
  %1499 = insertelement <16 x i32> undef, i32 %1486, i32 0
  %1500 = shufflevector <16 x i32> %1499, <16 x i32> undef, <16 x i32> zeroinitializer
  %1501 = xor <16 x i32> %1496, %1474
  %1502 = xor <16 x i32> %1501, %1498
  %1503 = xor <16 x i32> %1491, %1469
  %1504 = xor <16 x i32> %1503, %1500
  %1505 = add i32 %1485, -1640531527
  %1506 = add i32 %1486, -1150833019
  %1507 = zext <16 x i32> %1502 to <16 x i64>
  %1508 = mul <16 x i64> %1507, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1509 = trunc <16 x i64> %1508 to <16 x i32>
  %1510 = lshr <16 x i64> %1508, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1511 = trunc <16 x i64> %1510 to <16 x i32>
  %1512 = zext <16 x i32> %1504 to <16 x i64>
  %1513 = mul <16 x i64> %1512, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1514 = trunc <16 x i64> %1513 to <16 x i32>
  %1515 = lshr <16 x i64> %1513, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1516 = trunc <16 x i64> %1515 to <16 x i32>
  %1517 = insertelement <16 x i32> undef, i32 %1505, i32 0
  %1518 = shufflevector <16 x i32> %1517, <16 x i32> undef, <16 x i32> zeroinitializer
  %1519 = insertelement <16 x i32> undef, i32 %1506, i32 0
  %1520 = shufflevector <16 x i32> %1519, <16 x i32> undef, <16 x i32> zeroinitializer
  %1521 = xor <16 x i32> %1516, %1494
  %1522 = xor <16 x i32> %1521, %1518
  %1523 = xor <16 x i32> %1511, %1489
  %1524 = xor <16 x i32> %1523, %1520
  %1525 = add i32 %1505, -1640531527
  %1526 = add i32 %1506, -1150833019
  %1527 = zext <16 x i32> %1522 to <16 x i64>
  %1528 = mul <16 x i64> %1527, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1529 = trunc <16 x i64> %1528 to <16 x i32>
  %1530 = lshr <16 x i64> %1528, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1531 = trunc <16 x i64> %1530 to <16 x i32>
  %1532 = zext <16 x i32> %1524 to <16 x i64>
  %1533 = mul <16 x i64> %1532, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1534 = trunc <16 x i64> %1533 to <16 x i32>
  %1535 = lshr <16 x i64> %1533, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1536 = trunc <16 x i64> %1535 to <16 x i32>
  %1537 = insertelement <16 x i32> undef, i32 %1525, i32 0
  %1538 = shufflevector <16 x i32> %1537, <16 x i32> undef, <16 x i32> zeroinitializer
  %1539 = insertelement <16 x i32> undef, i32 %1526, i32 0
  %1540 = shufflevector <16 x i32> %1539, <16 x i32> undef, <16 x i32> zeroinitializer
  %1541 = xor <16 x i32> %1536, %1514
  %1542 = xor <16 x i32> %1541, %1538
  %1543 = xor <16 x i32> %1531, %1509
  %1544 = xor <16 x i32> %1543, %1540
  %1545 = add i32 %1525, -1640531527
  %1546 = add i32 %1526, -1150833019
  %1547 = zext <16 x i32> %1542 to <16 x i64>
  %1548 = mul <16 x i64> %1547, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1549 = trunc <16 x i64> %1548 to <16 x i32>
  %1550 = lshr <16 x i64> %1548, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1551 = trunc <16 x i64> %1550 to <16 x i32>
  %1552 = zext <16 x i32> %1544 to <16 x i64>
  %1553 = mul <16 x i64> %1552, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1554 = trunc <16 x i64> %1553 to <16 x i32>
  %1555 = lshr <16 x i64> %1553, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1556 = trunc <16 x i64> %1555 to <16 x i32>
  %1557 = insertelement <16 x i32> undef, i32 %1545, i32 0
  %1558 = shufflevector <16 x i32> %1557, <16 x i32> undef, <16 x i32> zeroinitializer
  %1559 = insertelement <16 x i32> undef, i32 %1546, i32 0
  %1560 = shufflevector <16 x i32> %1559, <16 x i32> undef, <16 x i32> zeroinitializer
  %1561 = xor <16 x i32> %1556, %1534
  %1562 = xor <16 x i32> %1561, %1558
  %1563 = xor <16 x i32> %1551, %1529
  %1564 = xor <16 x i32> %1563, %1560
  %1565 = add i32 %1545, -1640531527
  %1566 = add i32 %1546, -1150833019
  %1567 = zext <16 x i32> %1562 to <16 x i64>
  %1568 = mul <16 x i64> %1567, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1569 = trunc <16 x i64> %1568 to <16 x i32>
  %1570 = lshr <16 x i64> %1568, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1571 = trunc <16 x i64> %1570 to <16 x i32>
  %1572 = zext <16 x i32> %1564 to <16 x i64>
  %1573 = mul <16 x i64> %1572, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1574 = trunc <16 x i64> %1573 to <16 x i32>
  %1575 = lshr <16 x i64> %1573, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1576 = trunc <16 x i64> %1575 to <16 x i32>
  %1577 = insertelement <16 x i32> undef, i32 %1565, i32 0
  %1578 = shufflevector <16 x i32> %1577, <16 x i32> undef, <16 x i32> zeroinitializer
  %1579 = insertelement <16 x i32> undef, i32 %1566, i32 0
  %1580 = shufflevector <16 x i32> %1579, <16 x i32> undef, <16 x i32> zeroinitializer
  %1581 = xor <16 x i32> %1576, %1554
  %1582 = xor <16 x i32> %1581, %1578
  %1583 = xor <16 x i32> %1571, %1549
  %1584 = xor <16 x i32> %1583, %1580
  %1585 = add i32 %1565, -1640531527
  %1586 = add i32 %1566, -1150833019
  %1587 = zext <16 x i32> %1582 to <16 x i64>
  %1588 = mul <16 x i64> %1587, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %1589 = trunc <16 x i64> %1588 to <16 x i32>
  %1590 = lshr <16 x i64> %1588, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1591 = trunc <16 x i64> %1590 to <16 x i32>
  %1592 = zext <16 x i32> %1584 to <16 x i64>
  %1593 = mul <16 x i64> %1592, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %1594 = trunc <16 x i64> %1593 to <16 x i32>
  %1595 = lshr <16 x i64> %1593, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %1596 = trunc <16 x i64> %1595 to <16 x i32>
  %1597 = insertelement <16 x i32> undef, i32 %1585, i32 0
  %1598 = shufflevector <16 x i32> %1597, <16 x i32> undef, <16 x i32> zeroinitializer
  %1599 = insertelement <16 x i32> undef, i32 %1586, i32 0
  %1600 = shufflevector <16 x i32> %1599, <16 x i32> undef, <16 x i32> zeroinitializer
  %1601 = xor <16 x i32> %1596, %1574
  %1602 = xor <16 x i32> %1601, %1598
  %1603 = xor <16 x i32> %1591, %1569
  %1604 = xor <16 x i32> %1603, %1600
  %1605 = lshr <16 x i32> %1602, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %1606 = shl <16 x i32> %1605, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1607 = or <16 x i32> %1606, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1608 = sitofp <16 x i32> %1607 to <16 x float>
  %1609 = fmul <16 x float> %1608, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %1610 = lshr <16 x i32> %1594, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %1611 = shl <16 x i32> %1610, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1612 = or <16 x i32> %1611, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1613 = sitofp <16 x i32> %1612 to <16 x float>
  %1614 = fmul <16 x float> %1613, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %1615 = bitcast <16 x float> %1609 to <16 x i32>
  %1616 = lshr <16 x i32> %1615, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %1617 = sub <16 x i32> %1616, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %1618 = and <16 x i32> %1615, <i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607>
  %1619 = or <16 x i32> %1618, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %1620 = icmp uge <16 x i32> %1619, <i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891>
  %1621 = sub <16 x i32> %1619, <i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608>
  %1622 = select <16 x i1> %1620, <16 x i32> %1621, <16 x i32> %1619
  %1623 = add <16 x i32> %1617, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1624 = select <16 x i1> %1620, <16 x i32> %1623, <16 x i32> %1617
  %1625 = bitcast <16 x i32> %1622 to <16 x float>
  %1626 = fsub <16 x float> %1625, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %1627 = fadd <16 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %1626
  %1628 = fdiv <16 x float> %1626, %1627
  %1629 = fmul <16 x float> %1628, %1628
  %1630 = fmul <16 x float> %1629, <float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000>
  %1631 = fadd <16 x float> <float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000>, %1630
  %1632 = fmul <16 x float> %1629, %1631
  %1633 = fadd <16 x float> <float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000>, %1632
  %1634 = fmul <16 x float> %1629, %1633
  %1635 = fadd <16 x float> <float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000>, %1634
  %1636 = fmul <16 x float> %1629, %1635
  %1637 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1636
  %1638 = fadd <16 x float> %1628, %1628
  %1639 = fmul <16 x float> %1638, %1637
  %1640 = sitofp <16 x i32> %1624 to <16 x float>
  %1641 = fmul <16 x float> %1640, <float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000>
  %1642 = fadd <16 x float> %1639, %1641
  %1643 = fmul <16 x float> %1640, <float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000>
  %ln.u1418 = fadd <16 x float> %1643, %1642
  %1644 = fmul <16 x float> <float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00>, %ln.u1418
  %r419 = call <16 x float> @llvm.sqrt.v16f32(<16 x float> %1644)
  %1645 = fmul <16 x float> %1614, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %1646 = fadd <16 x float> %1645, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %1647 = fsub <16 x float> %1646, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %1648 = fsub <16 x float> %1645, %1647
  %1649 = fmul <16 x float> %1648, %1648
  %1650 = fmul <16 x float> %1649, <float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000>
  %1651 = fadd <16 x float> <float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000>, %1650
  %1652 = fmul <16 x float> %1649, %1651
  %1653 = fadd <16 x float> <float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000>, %1652
  %1654 = fmul <16 x float> %1649, %1653
  %1655 = fadd <16 x float> <float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000>, %1654
  %1656 = fmul <16 x float> %1649, %1655
  %1657 = fadd <16 x float> <float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000>, %1656
  %1658 = fmul <16 x float> %1648, %1657
  %1659 = fmul <16 x float> %1649, <float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000>
  %1660 = fadd <16 x float> <float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000>, %1659
  %1661 = fmul <16 x float> %1649, %1660
  %1662 = fadd <16 x float> <float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000>, %1661
  %1663 = fmul <16 x float> %1649, %1662
  %1664 = fadd <16 x float> <float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000>, %1663
  %1665 = fmul <16 x float> %1649, %1664
  %1666 = fadd <16 x float> <float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000>, %1665
  %1667 = fmul <16 x float> %1649, %1666
  %1668 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %1667
  %1669 = fptosi <16 x float> %1647 to <16 x i32>
  %quadrant420 = and <16 x i32> %1669, <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %1670 = and <16 x i32> %quadrant420, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1671 = icmp ne <16 x i32> %1670, zeroinitializer
  %1672 = select <16 x i1> %1671, <16 x float> %1668, <16 x float> %1658
  %1673 = select <16 x i1> %1671, <16 x float> %1658, <16 x float> %1668
  %1674 = and <16 x i32> %quadrant420, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %1675 = icmp ne <16 x i32> %1674, zeroinitializer
  %1676 = add <16 x i32> %quadrant420, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %1677 = and <16 x i32> %1676, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %1678 = icmp ne <16 x i32> %1677, zeroinitializer
  %1679 = fneg <16 x float> %1672
  %sin421 = select <16 x i1> %1675, <16 x float> %1679, <16 x float> %1672
  %1680 = fneg <16 x float> %1673
  %cos422 = select <16 x i1> %1678, <16 x float> %1680, <16 x float> %1673
  %1681 = fmul <16 x float> %r419, %cos422
  %1682 = fmul <16 x float> %r419, %sin421
  %1683 = and <16 x i64> %1399, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %1684 = icmp ne <16 x i64> %1683, zeroinitializer
  %z423 = select <16 x i1> %1684, <16 x float> %1682, <16 x float> %1681
  %1685 = getelementptr inbounds float, float* %1396, i64 0
  %1686 = bitcast float* %1685 to <16 x float>*
  store <16 x float> %z423, <16 x float>* %1686, align 4
  %1687 = add nsw i64 %zrow414, 1
  br label %zrow.head411

zrow.exit413:                                     ; preds = %zrow.head411
  br label %zpro.join410

kt.head435:                                       ; preds = %run.exit453, %zblk.exit399
  %kt438 = phi i64 [ 0, %zblk.exit399 ], [ %1706, %run.exit453 ]
  %1688 = icmp slt i64 %kt438, 64
  br i1 %1688, label %kt.body436, label %kt.exit437

kt.body436:                                       ; preds = %kt.head435
  %1689 = add i64 %kt438, 256
  %1690 = icmp slt i64 %1689, 64
  %kend439 = select i1 %1690, i64 %1689, i64 64
  store i64 0, i64* %nruns434, align 8
  br label %kr.head440

kt.exit437:                                       ; preds = %kt.head435
  br label %eblk.head726

kr.head440:                                       ; preds = %newrun.join448, %kt.body436
  %kr443 = phi i64 [ %kt438, %kt.body436 ], [ %1701, %newrun.join448 ]
  %1691 = icmp slt i64 %kr443, %kend439
  br i1 %1691, label %kr.body441, label %kr.exit442

kr.body441:                                       ; preds = %kr.head440
  %1692 = trunc i64 %kr443 to i32
  %1693 = udiv i32 %1692, 8
  %1694 = sext i32 %1693 to i64
  %1695 = load i64, i64* %key0, align 8
  %1696 = icmp ne i64 %1694, %1695
  %key.changed444 = or i1 false, %1696
  store i64 %1694, i64* %key0, align 8
  %1697 = icmp eq i64 %kr443, %kt438
  %run.start445 = or i1 %key.changed444, %1697
  br i1 %run.start445, label %newrun.then446, label %newrun.else447

kr.exit442:                                       ; preds = %kr.head440
  %nruns450 = load i64, i64* %nruns434, align 8
  %1698 = getelementptr inbounds i64, i64* %runs433, i64 %nruns450
  store i64 %kend439, i64* %1698, align 8
  br label %run.head451

newrun.then446:                                   ; preds = %kr.body441
  %n449 = load i64, i64* %nruns434, align 8
  %1699 = getelementptr inbounds i64, i64* %runs433, i64 %n449
  store i64 %kr443, i64* %1699, align 8
  %1700 = add i64 %n449, 1
  store i64 %1700, i64* %nruns434, align 8
  br label %newrun.join448

newrun.else447:                                   ; preds = %kr.body441
  br label %newrun.join448

newrun.join448:                                   ; preds = %newrun.else447, %newrun.then446
  %1701 = add nsw i64 %kr443, 1
  br label %kr.head440

run.head451:                                      ; preds = %fblk.exit680, %kr.exit442
  %run454 = phi i64 [ 0, %kr.exit442 ], [ %2174, %fblk.exit680 ]
  %1702 = icmp slt i64 %run454, %nruns450
  br i1 %1702, label %run.body452, label %run.exit453

run.body452:                                      ; preds = %run.head451
  %1703 = getelementptr inbounds i64, i64* %runs433, i64 %run454
  %ka455 = load i64, i64* %1703, align 8
  %1704 = add i64 %run454, 1
  %1705 = getelementptr inbounds i64, i64* %runs433, i64 %1704
  %kb456 = load i64, i64* %1705, align 8
  br label %hblk.head457

run.exit453:                                      ; preds = %run.head451
  %1706 = add nsw i64 %kt438, 256
  br label %kt.head435

hblk.head457:                                     ; preds = %hblk.body458, %run.body452
  %hblk460 = phi i64 [ 0, %run.body452 ], [ %1782, %hblk.body458 ]
  %1707 = icmp slt i64 %hblk460, %nblk396
  br i1 %1707, label %hblk.body458, label %hblk.exit459

hblk.body458:                                     ; preds = %hblk.head457
  %cb461 = add i64 %chunk, %hblk460
  %c0462 = mul i64 %cb461, 16
  %1708 = icmp slt i64 %c0462, 48
  %n0463 = select i1 %1708, i64 %c0462, i64 48
  %lane.lo464 = sub i64 %c0462, %n0463
  %1709 = insertelement <16 x i64> undef, i64 %lane.lo464, i32 0
  %1710 = shufflevector <16 x i64> %1709, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask465 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %1710
  %1711 = mul i64 %hblk460, 64
  %1712 = add i64 0, %1711
  %zregion466 = getelementptr inbounds i8, i8* %scratch, i64 %1712
  %1713 = trunc i64 %n0463 to i32
  %1714 = insertelement <16 x i32> undef, i32 %1713, i32 0
  %1715 = shufflevector <16 x i32> %1714, <16 x i32> undef, <16 x i32> zeroinitializer
  %n467 = add <16 x i32> %1715, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1716 = sext <16 x i32> %n467 to <16 x i64>
  %1717 = add <16 x i64> zeroinitializer, %1716
  %1718 = trunc i64 %n0463 to i32
  %1719 = sext i32 %1718 to i64
  %1720 = add i64 0, %1719
  %1721 = getelementptr inbounds half, half* %scales5, i64 %1720
  %1722 = bitcast half* %1721 to <16 x half>*
  %scales.raw468 = load <16 x half>, <16 x half>* %1722, align 2
  %scales469 = fpext <16 x half> %scales.raw468 to <16 x float>
  %1723 = getelementptr inbounds i8, i8* %zregion466, i64 0
  %zbuf470 = bitcast i8* %1723 to float*
  %1724 = getelementptr inbounds float, float* %zbuf470, i64 0
  %1725 = bitcast float* %1724 to <16 x float>*
  %z.buf471 = load <16 x float>, <16 x float>* %1725, align 4
  %z472 = select i1 %perturbed, <16 x float> %z.buf471, <16 x float> zeroinitializer
  %1726 = insertelement <16 x float> undef, float %eps.pos, i32 0
  %1727 = shufflevector <16 x float> %1726, <16 x float> undef, <16 x i32> zeroinitializer
  %1728 = fmul <16 x float> %1727, %z472
  %scales.pos473 = fadd <16 x float> %scales469, %1728
  store <16 x float> %scales.pos473, <16 x float>* %hoist1.pos, align 64
  %1729 = sext <16 x i32> %n467 to <16 x i64>
  %1730 = add <16 x i64> zeroinitializer, %1729
  %1731 = sext i32 %1718 to i64
  %1732 = add i64 0, %1731
  %1733 = getelementptr inbounds half, half* %scales5, i64 %1732
  %1734 = bitcast half* %1733 to <16 x half>*
  %scales.raw474 = load <16 x half>, <16 x half>* %1734, align 2
  %scales475 = fpext <16 x half> %scales.raw474 to <16 x float>
  %1735 = insertelement <16 x float> undef, float %eps.neg, i32 0
  %1736 = shufflevector <16 x float> %1735, <16 x float> undef, <16 x i32> zeroinitializer
  %1737 = fmul <16 x float> %1736, %z472
  %scales.neg476 = fadd <16 x float> %scales475, %1737
  store <16 x float> %scales.neg476, <16 x float>* %hoist1.neg, align 64
  store i1 false, i1* %have_key, align 1
  store <16 x i32> zeroinitializer, <16 x i32>* %hoist0, align 64
  %1738 = trunc i64 %n0463 to i32
  %1739 = insertelement <16 x i32> undef, i32 %1738, i32 0
  %1740 = shufflevector <16 x i32> %1739, <16 x i32> undef, <16 x i32> zeroinitializer
  %n477 = add <16 x i32> %1740, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %1741 = sext <16 x i32> %n477 to <16 x i64>
  %1742 = trunc i64 %ka455 to i32
  %1743 = udiv i32 %1742, 8
  %1744 = sext i32 %1743 to i64
  %1745 = add i64 0, %1744
  %1746 = mul <16 x i64> %1741, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %1747 = insertelement <16 x i64> undef, i64 %1745, i32 0
  %1748 = shufflevector <16 x i64> %1747, <16 x i64> undef, <16 x i32> zeroinitializer
  %1749 = add <16 x i64> %1748, %1746
  %1750 = getelementptr inbounds i16, i16* %codes3, <16 x i64> %1749
  %codes.raw478 = call <16 x i16> @llvm.masked.gather.v16i16.v16p0i16(<16 x i16*> %1750, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i16> undef)
  %1751 = sext <16 x i16> %codes.raw478 to <16 x i64>
  %1752 = trunc <16 x i64> %1751 to <16 x i32>
  %1753 = add <16 x i32> %1752, <i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536>
  %1754 = urem <16 x i32> %1753, <i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536>
  store <16 x i32> %1754, <16 x i32>* %hoist0, align 64
  %1755 = mul i64 %hblk460, 192
  %1756 = add i64 4416, %1755
  %hstate479 = getelementptr inbounds i8, i8* %scratch, i64 %1756
  %1757 = getelementptr inbounds i8, i8* %hstate479, i64 0
  %1758 = bitcast i8* %1757 to <16 x i32>*
  %1759 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  store <16 x i32> %1759, <16 x i32>* %1758, align 4
  %1760 = getelementptr inbounds i8, i8* %hstate479, i64 64
  %1761 = bitcast i8* %1760 to <16 x float>*
  %1762 = load <16 x float>, <16 x float>* %hoist1.pos, align 64
  store <16 x float> %1762, <16 x float>* %1761, align 4
  %1763 = getelementptr inbounds i8, i8* %hstate479, i64 128
  %1764 = bitcast i8* %1763 to <16 x float>*
  %1765 = load <16 x float>, <16 x float>* %hoist1.neg, align 64
  store <16 x float> %1765, <16 x float>* %1764, align 4
  %dvec480 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec481 = bitcast i8* %dvec480 to float*
  %1766 = add i64 0, %hblk460
  %1767 = mul i64 %1766, 16
  %1768 = getelementptr inbounds float, float* %dvec481, i64 %1767
  %1769 = bitcast float* %1768 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %1769, align 4
  %dvec482 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec483 = bitcast i8* %dvec482 to float*
  %1770 = add i64 4, %hblk460
  %1771 = mul i64 %1770, 16
  %1772 = getelementptr inbounds float, float* %dvec483, i64 %1771
  %1773 = bitcast float* %1772 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %1773, align 4
  %dvec484 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec485 = bitcast i8* %dvec484 to float*
  %1774 = add i64 8, %hblk460
  %1775 = mul i64 %1774, 16
  %1776 = getelementptr inbounds float, float* %dvec485, i64 %1775
  %1777 = bitcast float* %1776 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %1777, align 4
  %dvec486 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec487 = bitcast i8* %dvec486 to float*
  %1778 = add i64 12, %hblk460
  %1779 = mul i64 %1778, 16
  %1780 = getelementptr inbounds float, float* %dvec487, i64 %1779
  %1781 = bitcast float* %1780 to <16 x float>*
  store <16 x float> zeroinitializer, <16 x float>* %1781, align 4
  %1782 = add nsw i64 %hblk460, 1
  br label %hblk.head457

hblk.exit459:                                     ; preds = %hblk.head457
  br label %ks.head488

ks.head488:                                       ; preds = %sblk.exit496, %hblk.exit459
  %ks491 = phi i64 [ %ka455, %hblk.exit459 ], [ %1803, %sblk.exit496 ]
  %1783 = icmp slt i64 %ks491, %kb456
  br i1 %1783, label %ks.body489, label %ks.exit490

ks.body489:                                       ; preds = %ks.head488
  %1784 = add i64 %ks491, 8
  %1785 = icmp slt i64 %1784, %kb456
  %ke492 = select i1 %1785, i64 %1784, i64 %kb456
  %1786 = sub i64 %ke492, %ks491
  %full493 = icmp eq i64 %1786, 8
  br label %sblk.head494

ks.exit490:                                       ; preds = %ks.head488
  br label %fblk.head678

sblk.head494:                                     ; preds = %kstep.join511, %ks.body489
  %sblk497 = phi i64 [ 0, %ks.body489 ], [ %2092, %kstep.join511 ]
  %1787 = icmp slt i64 %sblk497, %nblk396
  br i1 %1787, label %sblk.body495, label %sblk.exit496

sblk.body495:                                     ; preds = %sblk.head494
  %cb498 = add i64 %chunk, %sblk497
  %c0499 = mul i64 %cb498, 16
  %1788 = icmp slt i64 %c0499, 48
  %n0500 = select i1 %1788, i64 %c0499, i64 48
  %lane.lo501 = sub i64 %c0499, %n0500
  %1789 = insertelement <16 x i64> undef, i64 %lane.lo501, i32 0
  %1790 = shufflevector <16 x i64> %1789, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask502 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %1790
  %1791 = mul i64 %sblk497, 64
  %1792 = add i64 0, %1791
  %zregion503 = getelementptr inbounds i8, i8* %scratch, i64 %1792
  %1793 = mul i64 %sblk497, 192
  %1794 = add i64 4416, %1793
  %hstate504 = getelementptr inbounds i8, i8* %scratch, i64 %1794
  %1795 = getelementptr inbounds i8, i8* %hstate504, i64 0
  %1796 = bitcast i8* %1795 to <16 x i32>*
  %hoist.state505 = load <16 x i32>, <16 x i32>* %1796, align 4
  store <16 x i32> %hoist.state505, <16 x i32>* %hoist0, align 64
  %1797 = getelementptr inbounds i8, i8* %hstate504, i64 64
  %1798 = bitcast i8* %1797 to <16 x float>*
  %hoist.state506 = load <16 x float>, <16 x float>* %1798, align 4
  store <16 x float> %hoist.state506, <16 x float>* %hoist1.pos, align 64
  %1799 = getelementptr inbounds i8, i8* %hstate504, i64 128
  %1800 = bitcast i8* %1799 to <16 x float>*
  %hoist.state507 = load <16 x float>, <16 x float>* %1800, align 4
  store <16 x float> %hoist.state507, <16 x float>* %hoist1.neg, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.0382, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.1383, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.2384, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain0.3385, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain1.0388, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain1.1389, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain1.2390, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain1.3391, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain2.0, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain2.1, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain2.2, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain2.3, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain3.0, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain3.1, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain3.2, align 64
  store <16 x float> zeroinitializer, <16 x float>* %chain3.3, align 64
  %1801 = add i64 %ks491, 16
  %1802 = icmp slt i64 %1801, 63
  %kpre508 = select i1 %1802, i64 %1801, i64 63
  br i1 %full493, label %kstep.then509, label %kstep.else510

sblk.exit496:                                     ; preds = %sblk.head494
  %1803 = add nsw i64 %ks491, 8
  br label %ks.head488

kstep.then509:                                    ; preds = %sblk.body495
  %k512 = add i64 %ks491, 0
  %1804 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  %1805 = sext <16 x i32> %1804 to <16 x i64>
  %1806 = trunc i64 %k512 to i32
  %1807 = urem i32 %1806, 8
  %1808 = sext i32 %1807 to i64
  %1809 = add i64 %1808, 0
  %1810 = mul <16 x i64> %1805, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %1811 = insertelement <16 x i64> undef, i64 %1809, i32 0
  %1812 = shufflevector <16 x i64> %1811, <16 x i64> undef, <16 x i32> zeroinitializer
  %1813 = add <16 x i64> %1812, %1810
  %1814 = add <16 x i64> %1813, zeroinitializer
  %1815 = getelementptr inbounds half, half* %codebooks4, <16 x i64> %1814
  %codebooks.raw513 = call <16 x half> @llvm.masked.gather.v16f16.v16p0f16(<16 x half*> %1815, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x half> undef)
  %codebooks514 = fpext <16 x half> %codebooks.raw513 to <16 x float>
  %1816 = load <16 x float>, <16 x float>* %chain0.0382, align 64
  %1817 = mul i64 %m380, 64
  %1818 = add i64 %1817, %k512
  %1819 = getelementptr inbounds float, float* %x1, i64 %1818
  %x515 = load float, float* %1819, align 4
  %1820 = insertelement <16 x float> undef, float %x515, i32 0
  %x.v516 = shufflevector <16 x float> %1820, <16 x float> undef, <16 x i32> zeroinitializer
  %part517 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v516, <16 x float> %codebooks514, <16 x float> %1816)
  store <16 x float> %part517, <16 x float>* %chain0.0382, align 64
  %1821 = load <16 x float>, <16 x float>* %chain1.0388, align 64
  %1822 = mul i64 %m386, 64
  %1823 = add i64 %1822, %k512
  %1824 = getelementptr inbounds float, float* %x1, i64 %1823
  %x518 = load float, float* %1824, align 4
  %1825 = insertelement <16 x float> undef, float %x518, i32 0
  %x.v519 = shufflevector <16 x float> %1825, <16 x float> undef, <16 x i32> zeroinitializer
  %part520 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v519, <16 x float> %codebooks514, <16 x float> %1821)
  store <16 x float> %part520, <16 x float>* %chain1.0388, align 64
  %1826 = load <16 x float>, <16 x float>* %chain2.0, align 64
  %1827 = mul i64 %m392, 64
  %1828 = add i64 %1827, %k512
  %1829 = getelementptr inbounds float, float* %x1, i64 %1828
  %x521 = load float, float* %1829, align 4
  %1830 = insertelement <16 x float> undef, float %x521, i32 0
  %x.v522 = shufflevector <16 x float> %1830, <16 x float> undef, <16 x i32> zeroinitializer
  %part523 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v522, <16 x float> %codebooks514, <16 x float> %1826)
  store <16 x float> %part523, <16 x float>* %chain2.0, align 64
  %1831 = load <16 x float>, <16 x float>* %chain3.0, align 64
  %1832 = mul i64 %m394, 64
  %1833 = add i64 %1832, %k512
  %1834 = getelementptr inbounds float, float* %x1, i64 %1833
  %x524 = load float, float* %1834, align 4
  %1835 = insertelement <16 x float> undef, float %x524, i32 0
  %x.v525 = shufflevector <16 x float> %1835, <16 x float> undef, <16 x i32> zeroinitializer
  %part526 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v525, <16 x float> %codebooks514, <16 x float> %1831)
  store <16 x float> %part526, <16 x float>* %chain3.0, align 64
  %k527 = add i64 %ks491, 1
  %1836 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  %1837 = sext <16 x i32> %1836 to <16 x i64>
  %1838 = trunc i64 %k527 to i32
  %1839 = urem i32 %1838, 8
  %1840 = sext i32 %1839 to i64
  %1841 = add i64 %1840, 0
  %1842 = mul <16 x i64> %1837, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %1843 = insertelement <16 x i64> undef, i64 %1841, i32 0
  %1844 = shufflevector <16 x i64> %1843, <16 x i64> undef, <16 x i32> zeroinitializer
  %1845 = add <16 x i64> %1844, %1842
  %1846 = add <16 x i64> %1845, zeroinitializer
  %1847 = getelementptr inbounds half, half* %codebooks4, <16 x i64> %1846
  %codebooks.raw528 = call <16 x half> @llvm.masked.gather.v16f16.v16p0f16(<16 x half*> %1847, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x half> undef)
  %codebooks529 = fpext <16 x half> %codebooks.raw528 to <16 x float>
  %1848 = load <16 x float>, <16 x float>* %chain0.1383, align 64
  %1849 = mul i64 %m380, 64
  %1850 = add i64 %1849, %k527
  %1851 = getelementptr inbounds float, float* %x1, i64 %1850
  %x530 = load float, float* %1851, align 4
  %1852 = insertelement <16 x float> undef, float %x530, i32 0
  %x.v531 = shufflevector <16 x float> %1852, <16 x float> undef, <16 x i32> zeroinitializer
  %part532 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v531, <16 x float> %codebooks529, <16 x float> %1848)
  store <16 x float> %part532, <16 x float>* %chain0.1383, align 64
  %1853 = load <16 x float>, <16 x float>* %chain1.1389, align 64
  %1854 = mul i64 %m386, 64
  %1855 = add i64 %1854, %k527
  %1856 = getelementptr inbounds float, float* %x1, i64 %1855
  %x533 = load float, float* %1856, align 4
  %1857 = insertelement <16 x float> undef, float %x533, i32 0
  %x.v534 = shufflevector <16 x float> %1857, <16 x float> undef, <16 x i32> zeroinitializer
  %part535 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v534, <16 x float> %codebooks529, <16 x float> %1853)
  store <16 x float> %part535, <16 x float>* %chain1.1389, align 64
  %1858 = load <16 x float>, <16 x float>* %chain2.1, align 64
  %1859 = mul i64 %m392, 64
  %1860 = add i64 %1859, %k527
  %1861 = getelementptr inbounds float, float* %x1, i64 %1860
  %x536 = load float, float* %1861, align 4
  %1862 = insertelement <16 x float> undef, float %x536, i32 0
  %x.v537 = shufflevector <16 x float> %1862, <16 x float> undef, <16 x i32> zeroinitializer
  %part538 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v537, <16 x float> %codebooks529, <16 x float> %1858)
  store <16 x float> %part538, <16 x float>* %chain2.1, align 64
  %1863 = load <16 x float>, <16 x float>* %chain3.1, align 64
  %1864 = mul i64 %m394, 64
  %1865 = add i64 %1864, %k527
  %1866 = getelementptr inbounds float, float* %x1, i64 %1865
  %x539 = load float, float* %1866, align 4
  %1867 = insertelement <16 x float> undef, float %x539, i32 0
  %x.v540 = shufflevector <16 x float> %1867, <16 x float> undef, <16 x i32> zeroinitializer
  %part541 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v540, <16 x float> %codebooks529, <16 x float> %1863)
  store <16 x float> %part541, <16 x float>* %chain3.1, align 64
  %k542 = add i64 %ks491, 2
  %1868 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  %1869 = sext <16 x i32> %1868 to <16 x i64>
  %1870 = trunc i64 %k542 to i32
  %1871 = urem i32 %1870, 8
  %1872 = sext i32 %1871 to i64
  %1873 = add i64 %1872, 0
  %1874 = mul <16 x i64> %1869, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %1875 = insertelement <16 x i64> undef, i64 %1873, i32 0
  %1876 = shufflevector <16 x i64> %1875, <16 x i64> undef, <16 x i32> zeroinitializer
  %1877 = add <16 x i64> %1876, %1874
  %1878 = add <16 x i64> %1877, zeroinitializer
  %1879 = getelementptr inbounds half, half* %codebooks4, <16 x i64> %1878
  %codebooks.raw543 = call <16 x half> @llvm.masked.gather.v16f16.v16p0f16(<16 x half*> %1879, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x half> undef)
  %codebooks544 = fpext <16 x half> %codebooks.raw543 to <16 x float>
  %1880 = load <16 x float>, <16 x float>* %chain0.2384, align 64
  %1881 = mul i64 %m380, 64
  %1882 = add i64 %1881, %k542
  %1883 = getelementptr inbounds float, float* %x1, i64 %1882
  %x545 = load float, float* %1883, align 4
  %1884 = insertelement <16 x float> undef, float %x545, i32 0
  %x.v546 = shufflevector <16 x float> %1884, <16 x float> undef, <16 x i32> zeroinitializer
  %part547 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v546, <16 x float> %codebooks544, <16 x float> %1880)
  store <16 x float> %part547, <16 x float>* %chain0.2384, align 64
  %1885 = load <16 x float>, <16 x float>* %chain1.2390, align 64
  %1886 = mul i64 %m386, 64
  %1887 = add i64 %1886, %k542
  %1888 = getelementptr inbounds float, float* %x1, i64 %1887
  %x548 = load float, float* %1888, align 4
  %1889 = insertelement <16 x float> undef, float %x548, i32 0
  %x.v549 = shufflevector <16 x float> %1889, <16 x float> undef, <16 x i32> zeroinitializer
  %part550 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v549, <16 x float> %codebooks544, <16 x float> %1885)
  store <16 x float> %part550, <16 x float>* %chain1.2390, align 64
  %1890 = load <16 x float>, <16 x float>* %chain2.2, align 64
  %1891 = mul i64 %m392, 64
  %1892 = add i64 %1891, %k542
  %1893 = getelementptr inbounds float, float* %x1, i64 %1892
  %x551 = load float, float* %1893, align 4
  %1894 = insertelement <16 x float> undef, float %x551, i32 0
  %x.v552 = shufflevector <16 x float> %1894, <16 x float> undef, <16 x i32> zeroinitializer
  %part553 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v552, <16 x float> %codebooks544, <16 x float> %1890)
  store <16 x float> %part553, <16 x float>* %chain2.2, align 64
  %1895 = load <16 x float>, <16 x float>* %chain3.2, align 64
  %1896 = mul i64 %m394, 64
  %1897 = add i64 %1896, %k542
  %1898 = getelementptr inbounds float, float* %x1, i64 %1897
  %x554 = load float, float* %1898, align 4
  %1899 = insertelement <16 x float> undef, float %x554, i32 0
  %x.v555 = shufflevector <16 x float> %1899, <16 x float> undef, <16 x i32> zeroinitializer
  %part556 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v555, <16 x float> %codebooks544, <16 x float> %1895)
  store <16 x float> %part556, <16 x float>* %chain3.2, align 64
  %k557 = add i64 %ks491, 3
  %1900 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  %1901 = sext <16 x i32> %1900 to <16 x i64>
  %1902 = trunc i64 %k557 to i32
  %1903 = urem i32 %1902, 8
  %1904 = sext i32 %1903 to i64
  %1905 = add i64 %1904, 0
  %1906 = mul <16 x i64> %1901, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %1907 = insertelement <16 x i64> undef, i64 %1905, i32 0
  %1908 = shufflevector <16 x i64> %1907, <16 x i64> undef, <16 x i32> zeroinitializer
  %1909 = add <16 x i64> %1908, %1906
  %1910 = add <16 x i64> %1909, zeroinitializer
  %1911 = getelementptr inbounds half, half* %codebooks4, <16 x i64> %1910
  %codebooks.raw558 = call <16 x half> @llvm.masked.gather.v16f16.v16p0f16(<16 x half*> %1911, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x half> undef)
  %codebooks559 = fpext <16 x half> %codebooks.raw558 to <16 x float>
  %1912 = load <16 x float>, <16 x float>* %chain0.3385, align 64
  %1913 = mul i64 %m380, 64
  %1914 = add i64 %1913, %k557
  %1915 = getelementptr inbounds float, float* %x1, i64 %1914
  %x560 = load float, float* %1915, align 4
  %1916 = insertelement <16 x float> undef, float %x560, i32 0
  %x.v561 = shufflevector <16 x float> %1916, <16 x float> undef, <16 x i32> zeroinitializer
  %part562 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v561, <16 x float> %codebooks559, <16 x float> %1912)
  store <16 x float> %part562, <16 x float>* %chain0.3385, align 64
  %1917 = load <16 x float>, <16 x float>* %chain1.3391, align 64
  %1918 = mul i64 %m386, 64
  %1919 = add i64 %1918, %k557
  %1920 = getelementptr inbounds float, float* %x1, i64 %1919
  %x563 = load float, float* %1920, align 4
  %1921 = insertelement <16 x float> undef, float %x563, i32 0
  %x.v564 = shufflevector <16 x float> %1921, <16 x float> undef, <16 x i32> zeroinitializer
  %part565 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v564, <16 x float> %codebooks559, <16 x float> %1917)
  store <16 x float> %part565, <16 x float>* %chain1.3391, align 64
  %1922 = load <16 x float>, <16 x float>* %chain2.3, align 64
  %1923 = mul i64 %m392, 64
  %1924 = add i64 %1923, %k557
  %1925 = getelementptr inbounds float, float* %x1, i64 %1924
  %x566 = load float, float* %1925, align 4
  %1926 = insertelement <16 x float> undef, float %x566, i32 0
  %x.v567 = shufflevector <16 x float> %1926, <16 x float> undef, <16 x i32> zeroinitializer
  %part568 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v567, <16 x float> %codebooks559, <16 x float> %1922)
  store <16 x float> %part568, <16 x float>* %chain2.3, align 64
  %1927 = load <16 x float>, <16 x float>* %chain3.3, align 64
  %1928 = mul i64 %m394, 64
  %1929 = add i64 %1928, %k557
  %1930 = getelementptr inbounds float, float* %x1, i64 %1929
  %x569 = load float, float* %1930, align 4
  %1931 = insertelement <16 x float> undef, float %x569, i32 0
  %x.v570 = shufflevector <16 x float> %1931, <16 x float> undef, <16 x i32> zeroinitializer
  %part571 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v570, <16 x float> %codebooks559, <16 x float> %1927)
  store <16 x float> %part571, <16 x float>* %chain3.3, align 64
  %k572 = add i64 %ks491, 4
  %1932 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  %1933 = sext <16 x i32> %1932 to <16 x i64>
  %1934 = trunc i64 %k572 to i32
  %1935 = urem i32 %1934, 8
  %1936 = sext i32 %1935 to i64
  %1937 = add i64 %1936, 0
  %1938 = mul <16 x i64> %1933, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %1939 = insertelement <16 x i64> undef, i64 %1937, i32 0
  %1940 = shufflevector <16 x i64> %1939, <16 x i64> undef, <16 x i32> zeroinitializer
  %1941 = add <16 x i64> %1940, %1938
  %1942 = add <16 x i64> %1941, zeroinitializer
  %1943 = getelementptr inbounds half, half* %codebooks4, <16 x i64> %1942
  %codebooks.raw573 = call <16 x half> @llvm.masked.gather.v16f16.v16p0f16(<16 x half*> %1943, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x half> undef)
  %codebooks574 = fpext <16 x half> %codebooks.raw573 to <16 x float>
  %1944 = load <16 x float>, <16 x float>* %chain0.0382, align 64
  %1945 = mul i64 %m380, 64
  %1946 = add i64 %1945, %k572
  %1947 = getelementptr inbounds float, float* %x1, i64 %1946
  %x575 = load float, float* %1947, align 4
  %1948 = insertelement <16 x float> undef, float %x575, i32 0
  %x.v576 = shufflevector <16 x float> %1948, <16 x float> undef, <16 x i32> zeroinitializer
  %part577 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v576, <16 x float> %codebooks574, <16 x float> %1944)
  store <16 x float> %part577, <16 x float>* %chain0.0382, align 64
  %1949 = load <16 x float>, <16 x float>* %chain1.0388, align 64
  %1950 = mul i64 %m386, 64
  %1951 = add i64 %1950, %k572
  %1952 = getelementptr inbounds float, float* %x1, i64 %1951
  %x578 = load float, float* %1952, align 4
  %1953 = insertelement <16 x float> undef, float %x578, i32 0
  %x.v579 = shufflevector <16 x float> %1953, <16 x float> undef, <16 x i32> zeroinitializer
  %part580 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v579, <16 x float> %codebooks574, <16 x float> %1949)
  store <16 x float> %part580, <16 x float>* %chain1.0388, align 64
  %1954 = load <16 x float>, <16 x float>* %chain2.0, align 64
  %1955 = mul i64 %m392, 64
  %1956 = add i64 %1955, %k572
  %1957 = getelementptr inbounds float, float* %x1, i64 %1956
  %x581 = load float, float* %1957, align 4
  %1958 = insertelement <16 x float> undef, float %x581, i32 0
  %x.v582 = shufflevector <16 x float> %1958, <16 x float> undef, <16 x i32> zeroinitializer
  %part583 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v582, <16 x float> %codebooks574, <16 x float> %1954)
  store <16 x float> %part583, <16 x float>* %chain2.0, align 64
  %1959 = load <16 x float>, <16 x float>* %chain3.0, align 64
  %1960 = mul i64 %m394, 64
  %1961 = add i64 %1960, %k572
  %1962 = getelementptr inbounds float, float* %x1, i64 %1961
  %x584 = load float, float* %1962, align 4
  %1963 = insertelement <16 x float> undef, float %x584, i32 0
  %x.v585 = shufflevector <16 x float> %1963, <16 x float> undef, <16 x i32> zeroinitializer
  %part586 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v585, <16 x float> %codebooks574, <16 x float> %1959)
  store <16 x float> %part586, <16 x float>* %chain3.0, align 64
  %k587 = add i64 %ks491, 5
  %1964 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  %1965 = sext <16 x i32> %1964 to <16 x i64>
  %1966 = trunc i64 %k587 to i32
  %1967 = urem i32 %1966, 8
  %1968 = sext i32 %1967 to i64
  %1969 = add i64 %1968, 0
  %1970 = mul <16 x i64> %1965, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %1971 = insertelement <16 x i64> undef, i64 %1969, i32 0
  %1972 = shufflevector <16 x i64> %1971, <16 x i64> undef, <16 x i32> zeroinitializer
  %1973 = add <16 x i64> %1972, %1970
  %1974 = add <16 x i64> %1973, zeroinitializer
  %1975 = getelementptr inbounds half, half* %codebooks4, <16 x i64> %1974
  %codebooks.raw588 = call <16 x half> @llvm.masked.gather.v16f16.v16p0f16(<16 x half*> %1975, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x half> undef)
  %codebooks589 = fpext <16 x half> %codebooks.raw588 to <16 x float>
  %1976 = load <16 x float>, <16 x float>* %chain0.1383, align 64
  %1977 = mul i64 %m380, 64
  %1978 = add i64 %1977, %k587
  %1979 = getelementptr inbounds float, float* %x1, i64 %1978
  %x590 = load float, float* %1979, align 4
  %1980 = insertelement <16 x float> undef, float %x590, i32 0
  %x.v591 = shufflevector <16 x float> %1980, <16 x float> undef, <16 x i32> zeroinitializer
  %part592 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v591, <16 x float> %codebooks589, <16 x float> %1976)
  store <16 x float> %part592, <16 x float>* %chain0.1383, align 64
  %1981 = load <16 x float>, <16 x float>* %chain1.1389, align 64
  %1982 = mul i64 %m386, 64
  %1983 = add i64 %1982, %k587
  %1984 = getelementptr inbounds float, float* %x1, i64 %1983
  %x593 = load float, float* %1984, align 4
  %1985 = insertelement <16 x float> undef, float %x593, i32 0
  %x.v594 = shufflevector <16 x float> %1985, <16 x float> undef, <16 x i32> zeroinitializer
  %part595 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v594, <16 x float> %codebooks589, <16 x float> %1981)
  store <16 x float> %part595, <16 x float>* %chain1.1389, align 64
  %1986 = load <16 x float>, <16 x float>* %chain2.1, align 64
  %1987 = mul i64 %m392, 64
  %1988 = add i64 %1987, %k587
  %1989 = getelementptr inbounds float, float* %x1, i64 %1988
  %x596 = load float, float* %1989, align 4
  %1990 = insertelement <16 x float> undef, float %x596, i32 0
  %x.v597 = shufflevector <16 x float> %1990, <16 x float> undef, <16 x i32> zeroinitializer
  %part598 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v597, <16 x float> %codebooks589, <16 x float> %1986)
  store <16 x float> %part598, <16 x float>* %chain2.1, align 64
  %1991 = load <16 x float>, <16 x float>* %chain3.1, align 64
  %1992 = mul i64 %m394, 64
  %1993 = add i64 %1992, %k587
  %1994 = getelementptr inbounds float, float* %x1, i64 %1993
  %x599 = load float, float* %1994, align 4
  %1995 = insertelement <16 x float> undef, float %x599, i32 0
  %x.v600 = shufflevector <16 x float> %1995, <16 x float> undef, <16 x i32> zeroinitializer
  %part601 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v600, <16 x float> %codebooks589, <16 x float> %1991)
  store <16 x float> %part601, <16 x float>* %chain3.1, align 64
  %k602 = add i64 %ks491, 6
  %1996 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  %1997 = sext <16 x i32> %1996 to <16 x i64>
  %1998 = trunc i64 %k602 to i32
  %1999 = urem i32 %1998, 8
  %2000 = sext i32 %1999 to i64
  %2001 = add i64 %2000, 0
  %2002 = mul <16 x i64> %1997, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %2003 = insertelement <16 x i64> undef, i64 %2001, i32 0
  %2004 = shufflevector <16 x i64> %2003, <16 x i64> undef, <16 x i32> zeroinitializer
  %2005 = add <16 x i64> %2004, %2002
  %2006 = add <16 x i64> %2005, zeroinitializer
  %2007 = getelementptr inbounds half, half* %codebooks4, <16 x i64> %2006
  %codebooks.raw603 = call <16 x half> @llvm.masked.gather.v16f16.v16p0f16(<16 x half*> %2007, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x half> undef)
  %codebooks604 = fpext <16 x half> %codebooks.raw603 to <16 x float>
  %2008 = load <16 x float>, <16 x float>* %chain0.2384, align 64
  %2009 = mul i64 %m380, 64
  %2010 = add i64 %2009, %k602
  %2011 = getelementptr inbounds float, float* %x1, i64 %2010
  %x605 = load float, float* %2011, align 4
  %2012 = insertelement <16 x float> undef, float %x605, i32 0
  %x.v606 = shufflevector <16 x float> %2012, <16 x float> undef, <16 x i32> zeroinitializer
  %part607 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v606, <16 x float> %codebooks604, <16 x float> %2008)
  store <16 x float> %part607, <16 x float>* %chain0.2384, align 64
  %2013 = load <16 x float>, <16 x float>* %chain1.2390, align 64
  %2014 = mul i64 %m386, 64
  %2015 = add i64 %2014, %k602
  %2016 = getelementptr inbounds float, float* %x1, i64 %2015
  %x608 = load float, float* %2016, align 4
  %2017 = insertelement <16 x float> undef, float %x608, i32 0
  %x.v609 = shufflevector <16 x float> %2017, <16 x float> undef, <16 x i32> zeroinitializer
  %part610 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v609, <16 x float> %codebooks604, <16 x float> %2013)
  store <16 x float> %part610, <16 x float>* %chain1.2390, align 64
  %2018 = load <16 x float>, <16 x float>* %chain2.2, align 64
  %2019 = mul i64 %m392, 64
  %2020 = add i64 %2019, %k602
  %2021 = getelementptr inbounds float, float* %x1, i64 %2020
  %x611 = load float, float* %2021, align 4
  %2022 = insertelement <16 x float> undef, float %x611, i32 0
  %x.v612 = shufflevector <16 x float> %2022, <16 x float> undef, <16 x i32> zeroinitializer
  %part613 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v612, <16 x float> %codebooks604, <16 x float> %2018)
  store <16 x float> %part613, <16 x float>* %chain2.2, align 64
  %2023 = load <16 x float>, <16 x float>* %chain3.2, align 64
  %2024 = mul i64 %m394, 64
  %2025 = add i64 %2024, %k602
  %2026 = getelementptr inbounds float, float* %x1, i64 %2025
  %x614 = load float, float* %2026, align 4
  %2027 = insertelement <16 x float> undef, float %x614, i32 0
  %x.v615 = shufflevector <16 x float> %2027, <16 x float> undef, <16 x i32> zeroinitializer
  %part616 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v615, <16 x float> %codebooks604, <16 x float> %2023)
  store <16 x float> %part616, <16 x float>* %chain3.2, align 64
  %k617 = add i64 %ks491, 7
  %2028 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  %2029 = sext <16 x i32> %2028 to <16 x i64>
  %2030 = trunc i64 %k617 to i32
  %2031 = urem i32 %2030, 8
  %2032 = sext i32 %2031 to i64
  %2033 = add i64 %2032, 0
  %2034 = mul <16 x i64> %2029, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %2035 = insertelement <16 x i64> undef, i64 %2033, i32 0
  %2036 = shufflevector <16 x i64> %2035, <16 x i64> undef, <16 x i32> zeroinitializer
  %2037 = add <16 x i64> %2036, %2034
  %2038 = add <16 x i64> %2037, zeroinitializer
  %2039 = getelementptr inbounds half, half* %codebooks4, <16 x i64> %2038
  %codebooks.raw618 = call <16 x half> @llvm.masked.gather.v16f16.v16p0f16(<16 x half*> %2039, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x half> undef)
  %codebooks619 = fpext <16 x half> %codebooks.raw618 to <16 x float>
  %2040 = load <16 x float>, <16 x float>* %chain0.3385, align 64
  %2041 = mul i64 %m380, 64
  %2042 = add i64 %2041, %k617
  %2043 = getelementptr inbounds float, float* %x1, i64 %2042
  %x620 = load float, float* %2043, align 4
  %2044 = insertelement <16 x float> undef, float %x620, i32 0
  %x.v621 = shufflevector <16 x float> %2044, <16 x float> undef, <16 x i32> zeroinitializer
  %part622 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v621, <16 x float> %codebooks619, <16 x float> %2040)
  store <16 x float> %part622, <16 x float>* %chain0.3385, align 64
  %2045 = load <16 x float>, <16 x float>* %chain1.3391, align 64
  %2046 = mul i64 %m386, 64
  %2047 = add i64 %2046, %k617
  %2048 = getelementptr inbounds float, float* %x1, i64 %2047
  %x623 = load float, float* %2048, align 4
  %2049 = insertelement <16 x float> undef, float %x623, i32 0
  %x.v624 = shufflevector <16 x float> %2049, <16 x float> undef, <16 x i32> zeroinitializer
  %part625 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v624, <16 x float> %codebooks619, <16 x float> %2045)
  store <16 x float> %part625, <16 x float>* %chain1.3391, align 64
  %2050 = load <16 x float>, <16 x float>* %chain2.3, align 64
  %2051 = mul i64 %m392, 64
  %2052 = add i64 %2051, %k617
  %2053 = getelementptr inbounds float, float* %x1, i64 %2052
  %x626 = load float, float* %2053, align 4
  %2054 = insertelement <16 x float> undef, float %x626, i32 0
  %x.v627 = shufflevector <16 x float> %2054, <16 x float> undef, <16 x i32> zeroinitializer
  %part628 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v627, <16 x float> %codebooks619, <16 x float> %2050)
  store <16 x float> %part628, <16 x float>* %chain2.3, align 64
  %2055 = load <16 x float>, <16 x float>* %chain3.3, align 64
  %2056 = mul i64 %m394, 64
  %2057 = add i64 %2056, %k617
  %2058 = getelementptr inbounds float, float* %x1, i64 %2057
  %x629 = load float, float* %2058, align 4
  %2059 = insertelement <16 x float> undef, float %x629, i32 0
  %x.v630 = shufflevector <16 x float> %2059, <16 x float> undef, <16 x i32> zeroinitializer
  %part631 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v630, <16 x float> %codebooks619, <16 x float> %2055)
  store <16 x float> %part631, <16 x float>* %chain3.3, align 64
  br label %kstep.join511

kstep.else510:                                    ; preds = %sblk.body495
  br label %k.head632

kstep.join511:                                    ; preds = %k.exit634, %kstep.then509
  %dvec650 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec651 = bitcast i8* %dvec650 to float*
  %2060 = add i64 0, %sblk497
  %2061 = mul i64 %2060, 16
  %2062 = getelementptr inbounds float, float* %dvec651, i64 %2061
  %2063 = bitcast float* %2062 to <16 x float>*
  %part652 = load <16 x float>, <16 x float>* %2063, align 4
  %2064 = load <16 x float>, <16 x float>* %chain0.0382, align 64
  %part653 = fadd <16 x float> %part652, %2064
  %2065 = load <16 x float>, <16 x float>* %chain0.1383, align 64
  %part654 = fadd <16 x float> %part653, %2065
  %2066 = load <16 x float>, <16 x float>* %chain0.2384, align 64
  %part655 = fadd <16 x float> %part654, %2066
  %2067 = load <16 x float>, <16 x float>* %chain0.3385, align 64
  %part656 = fadd <16 x float> %part655, %2067
  store <16 x float> %part656, <16 x float>* %2063, align 4
  %dvec657 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec658 = bitcast i8* %dvec657 to float*
  %2068 = add i64 4, %sblk497
  %2069 = mul i64 %2068, 16
  %2070 = getelementptr inbounds float, float* %dvec658, i64 %2069
  %2071 = bitcast float* %2070 to <16 x float>*
  %part659 = load <16 x float>, <16 x float>* %2071, align 4
  %2072 = load <16 x float>, <16 x float>* %chain1.0388, align 64
  %part660 = fadd <16 x float> %part659, %2072
  %2073 = load <16 x float>, <16 x float>* %chain1.1389, align 64
  %part661 = fadd <16 x float> %part660, %2073
  %2074 = load <16 x float>, <16 x float>* %chain1.2390, align 64
  %part662 = fadd <16 x float> %part661, %2074
  %2075 = load <16 x float>, <16 x float>* %chain1.3391, align 64
  %part663 = fadd <16 x float> %part662, %2075
  store <16 x float> %part663, <16 x float>* %2071, align 4
  %dvec664 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec665 = bitcast i8* %dvec664 to float*
  %2076 = add i64 8, %sblk497
  %2077 = mul i64 %2076, 16
  %2078 = getelementptr inbounds float, float* %dvec665, i64 %2077
  %2079 = bitcast float* %2078 to <16 x float>*
  %part666 = load <16 x float>, <16 x float>* %2079, align 4
  %2080 = load <16 x float>, <16 x float>* %chain2.0, align 64
  %part667 = fadd <16 x float> %part666, %2080
  %2081 = load <16 x float>, <16 x float>* %chain2.1, align 64
  %part668 = fadd <16 x float> %part667, %2081
  %2082 = load <16 x float>, <16 x float>* %chain2.2, align 64
  %part669 = fadd <16 x float> %part668, %2082
  %2083 = load <16 x float>, <16 x float>* %chain2.3, align 64
  %part670 = fadd <16 x float> %part669, %2083
  store <16 x float> %part670, <16 x float>* %2079, align 4
  %dvec671 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec672 = bitcast i8* %dvec671 to float*
  %2084 = add i64 12, %sblk497
  %2085 = mul i64 %2084, 16
  %2086 = getelementptr inbounds float, float* %dvec672, i64 %2085
  %2087 = bitcast float* %2086 to <16 x float>*
  %part673 = load <16 x float>, <16 x float>* %2087, align 4
  %2088 = load <16 x float>, <16 x float>* %chain3.0, align 64
  %part674 = fadd <16 x float> %part673, %2088
  %2089 = load <16 x float>, <16 x float>* %chain3.1, align 64
  %part675 = fadd <16 x float> %part674, %2089
  %2090 = load <16 x float>, <16 x float>* %chain3.2, align 64
  %part676 = fadd <16 x float> %part675, %2090
  %2091 = load <16 x float>, <16 x float>* %chain3.3, align 64
  %part677 = fadd <16 x float> %part676, %2091
  store <16 x float> %part677, <16 x float>* %2087, align 4
  %2092 = add nsw i64 %sblk497, 1
  br label %sblk.head494

k.head632:                                        ; preds = %k.body633, %kstep.else510
  %k635 = phi i64 [ %ks491, %kstep.else510 ], [ %2126, %k.body633 ]
  %2093 = icmp slt i64 %k635, %ke492
  br i1 %2093, label %k.body633, label %k.exit634

k.body633:                                        ; preds = %k.head632
  %2094 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  %2095 = sext <16 x i32> %2094 to <16 x i64>
  %2096 = trunc i64 %k635 to i32
  %2097 = urem i32 %2096, 8
  %2098 = sext i32 %2097 to i64
  %2099 = add i64 %2098, 0
  %2100 = mul <16 x i64> %2095, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %2101 = insertelement <16 x i64> undef, i64 %2099, i32 0
  %2102 = shufflevector <16 x i64> %2101, <16 x i64> undef, <16 x i32> zeroinitializer
  %2103 = add <16 x i64> %2102, %2100
  %2104 = add <16 x i64> %2103, zeroinitializer
  %2105 = getelementptr inbounds half, half* %codebooks4, <16 x i64> %2104
  %codebooks.raw636 = call <16 x half> @llvm.masked.gather.v16f16.v16p0f16(<16 x half*> %2105, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x half> undef)
  %codebooks637 = fpext <16 x half> %codebooks.raw636 to <16 x float>
  %2106 = load <16 x float>, <16 x float>* %chain0.0382, align 64
  %2107 = mul i64 %m380, 64
  %2108 = add i64 %2107, %k635
  %2109 = getelementptr inbounds float, float* %x1, i64 %2108
  %x638 = load float, float* %2109, align 4
  %2110 = insertelement <16 x float> undef, float %x638, i32 0
  %x.v639 = shufflevector <16 x float> %2110, <16 x float> undef, <16 x i32> zeroinitializer
  %part640 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v639, <16 x float> %codebooks637, <16 x float> %2106)
  store <16 x float> %part640, <16 x float>* %chain0.0382, align 64
  %2111 = load <16 x float>, <16 x float>* %chain1.0388, align 64
  %2112 = mul i64 %m386, 64
  %2113 = add i64 %2112, %k635
  %2114 = getelementptr inbounds float, float* %x1, i64 %2113
  %x641 = load float, float* %2114, align 4
  %2115 = insertelement <16 x float> undef, float %x641, i32 0
  %x.v642 = shufflevector <16 x float> %2115, <16 x float> undef, <16 x i32> zeroinitializer
  %part643 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v642, <16 x float> %codebooks637, <16 x float> %2111)
  store <16 x float> %part643, <16 x float>* %chain1.0388, align 64
  %2116 = load <16 x float>, <16 x float>* %chain2.0, align 64
  %2117 = mul i64 %m392, 64
  %2118 = add i64 %2117, %k635
  %2119 = getelementptr inbounds float, float* %x1, i64 %2118
  %x644 = load float, float* %2119, align 4
  %2120 = insertelement <16 x float> undef, float %x644, i32 0
  %x.v645 = shufflevector <16 x float> %2120, <16 x float> undef, <16 x i32> zeroinitializer
  %part646 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v645, <16 x float> %codebooks637, <16 x float> %2116)
  store <16 x float> %part646, <16 x float>* %chain2.0, align 64
  %2121 = load <16 x float>, <16 x float>* %chain3.0, align 64
  %2122 = mul i64 %m394, 64
  %2123 = add i64 %2122, %k635
  %2124 = getelementptr inbounds float, float* %x1, i64 %2123
  %x647 = load float, float* %2124, align 4
  %2125 = insertelement <16 x float> undef, float %x647, i32 0
  %x.v648 = shufflevector <16 x float> %2125, <16 x float> undef, <16 x i32> zeroinitializer
  %part649 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v648, <16 x float> %codebooks637, <16 x float> %2121)
  store <16 x float> %part649, <16 x float>* %chain3.0, align 64
  %2126 = add nsw i64 %k635, 1
  br label %k.head632

k.exit634:                                        ; preds = %k.head632
  br label %kstep.join511

fblk.head678:                                     ; preds = %fblk.body679, %ks.exit490
  %fblk681 = phi i64 [ 0, %ks.exit490 ], [ %2173, %fblk.body679 ]
  %2127 = icmp slt i64 %fblk681, %nblk396
  br i1 %2127, label %fblk.body679, label %fblk.exit680

fblk.body679:                                     ; preds = %fblk.head678
  %cb682 = add i64 %chunk, %fblk681
  %c0683 = mul i64 %cb682, 16
  %2128 = icmp slt i64 %c0683, 48
  %n0684 = select i1 %2128, i64 %c0683, i64 48
  %lane.lo685 = sub i64 %c0683, %n0684
  %2129 = insertelement <16 x i64> undef, i64 %lane.lo685, i32 0
  %2130 = shufflevector <16 x i64> %2129, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask686 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %2130
  %2131 = mul i64 %fblk681, 64
  %2132 = add i64 0, %2131
  %zregion687 = getelementptr inbounds i8, i8* %scratch, i64 %2132
  %2133 = mul i64 %fblk681, 192
  %2134 = add i64 4416, %2133
  %hstate688 = getelementptr inbounds i8, i8* %scratch, i64 %2134
  %2135 = getelementptr inbounds i8, i8* %hstate688, i64 0
  %2136 = bitcast i8* %2135 to <16 x i32>*
  %hoist.state689 = load <16 x i32>, <16 x i32>* %2136, align 4
  store <16 x i32> %hoist.state689, <16 x i32>* %hoist0, align 64
  %2137 = getelementptr inbounds i8, i8* %hstate688, i64 64
  %2138 = bitcast i8* %2137 to <16 x float>*
  %hoist.state690 = load <16 x float>, <16 x float>* %2138, align 4
  store <16 x float> %hoist.state690, <16 x float>* %hoist1.pos, align 64
  %2139 = getelementptr inbounds i8, i8* %hstate688, i64 128
  %2140 = bitcast i8* %2139 to <16 x float>*
  %hoist.state691 = load <16 x float>, <16 x float>* %2140, align 4
  store <16 x float> %hoist.state691, <16 x float>* %hoist1.neg, align 64
  %h692 = load <16 x float>, <16 x float>* %hoist1.pos, align 64
  %h.neg693 = load <16 x float>, <16 x float>* %hoist1.neg, align 64
  %dvec694 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec695 = bitcast i8* %dvec694 to float*
  %2141 = add i64 0, %fblk681
  %2142 = mul i64 %2141, 16
  %2143 = getelementptr inbounds float, float* %dvec695, i64 %2142
  %2144 = bitcast float* %2143 to <16 x float>*
  %dvec696 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec697 = bitcast i8* %dvec696 to float*
  %2145 = add i64 0, %fblk681
  %2146 = mul i64 %2145, 16
  %2147 = getelementptr inbounds float, float* %dvec697, i64 %2146
  %2148 = bitcast float* %2147 to <16 x float>*
  %part698 = load <16 x float>, <16 x float>* %2148, align 4
  %acc699 = load <16 x float>, <16 x float>* %2144, align 4
  %h.row700 = select i1 %neg.row381, <16 x float> %h.neg693, <16 x float> %h692
  %acc701 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %h.row700, <16 x float> %part698, <16 x float> %acc699)
  store <16 x float> %acc701, <16 x float>* %2144, align 4
  %dvec702 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec703 = bitcast i8* %dvec702 to float*
  %2149 = add i64 4, %fblk681
  %2150 = mul i64 %2149, 16
  %2151 = getelementptr inbounds float, float* %dvec703, i64 %2150
  %2152 = bitcast float* %2151 to <16 x float>*
  %dvec704 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec705 = bitcast i8* %dvec704 to float*
  %2153 = add i64 4, %fblk681
  %2154 = mul i64 %2153, 16
  %2155 = getelementptr inbounds float, float* %dvec705, i64 %2154
  %2156 = bitcast float* %2155 to <16 x float>*
  %part706 = load <16 x float>, <16 x float>* %2156, align 4
  %acc707 = load <16 x float>, <16 x float>* %2152, align 4
  %h.row708 = select i1 %neg.row387, <16 x float> %h.neg693, <16 x float> %h692
  %acc709 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %h.row708, <16 x float> %part706, <16 x float> %acc707)
  store <16 x float> %acc709, <16 x float>* %2152, align 4
  %dvec710 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec711 = bitcast i8* %dvec710 to float*
  %2157 = add i64 8, %fblk681
  %2158 = mul i64 %2157, 16
  %2159 = getelementptr inbounds float, float* %dvec711, i64 %2158
  %2160 = bitcast float* %2159 to <16 x float>*
  %dvec712 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec713 = bitcast i8* %dvec712 to float*
  %2161 = add i64 8, %fblk681
  %2162 = mul i64 %2161, 16
  %2163 = getelementptr inbounds float, float* %dvec713, i64 %2162
  %2164 = bitcast float* %2163 to <16 x float>*
  %part714 = load <16 x float>, <16 x float>* %2164, align 4
  %acc715 = load <16 x float>, <16 x float>* %2160, align 4
  %h.row716 = select i1 %neg.row393, <16 x float> %h.neg693, <16 x float> %h692
  %acc717 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %h.row716, <16 x float> %part714, <16 x float> %acc715)
  store <16 x float> %acc717, <16 x float>* %2160, align 4
  %dvec718 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec719 = bitcast i8* %dvec718 to float*
  %2165 = add i64 12, %fblk681
  %2166 = mul i64 %2165, 16
  %2167 = getelementptr inbounds float, float* %dvec719, i64 %2166
  %2168 = bitcast float* %2167 to <16 x float>*
  %dvec720 = getelementptr inbounds i8, i8* %scratch, i64 1280
  %dvec721 = bitcast i8* %dvec720 to float*
  %2169 = add i64 12, %fblk681
  %2170 = mul i64 %2169, 16
  %2171 = getelementptr inbounds float, float* %dvec721, i64 %2170
  %2172 = bitcast float* %2171 to <16 x float>*
  %part722 = load <16 x float>, <16 x float>* %2172, align 4
  %acc723 = load <16 x float>, <16 x float>* %2168, align 4
  %h.row724 = select i1 %neg.row395, <16 x float> %h.neg693, <16 x float> %h692
  %acc725 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %h.row724, <16 x float> %part722, <16 x float> %acc723)
  store <16 x float> %acc725, <16 x float>* %2168, align 4
  %2173 = add nsw i64 %fblk681, 1
  br label %fblk.head678

fblk.exit680:                                     ; preds = %fblk.head678
  %2174 = add nsw i64 %run454, 1
  br label %run.head451

eblk.head726:                                     ; preds = %row.join761, %kt.exit437
  %eblk729 = phi i64 [ 0, %kt.exit437 ], [ %2214, %row.join761 ]
  %2175 = icmp slt i64 %eblk729, %nblk396
  br i1 %2175, label %eblk.body727, label %eblk.exit728

eblk.body727:                                     ; preds = %eblk.head726
  %cb730 = add i64 %chunk, %eblk729
  %c0731 = mul i64 %cb730, 16
  %2176 = icmp slt i64 %c0731, 48
  %n0732 = select i1 %2176, i64 %c0731, i64 48
  %lane.lo733 = sub i64 %c0731, %n0732
  %2177 = insertelement <16 x i64> undef, i64 %lane.lo733, i32 0
  %2178 = shufflevector <16 x i64> %2177, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask734 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %2178
  %dvec735 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec736 = bitcast i8* %dvec735 to float*
  %2179 = add i64 0, %eblk729
  %2180 = mul i64 %2179, 16
  %2181 = getelementptr inbounds float, float* %dvec736, i64 %2180
  %2182 = bitcast float* %2181 to <16 x float>*
  %acc737 = load <16 x float>, <16 x float>* %2182, align 4
  %2183 = icmp slt i64 %m380, %rows.pos
  %eps.row738 = select i1 %2183, float %eps.pos, float %eps.neg
  %2184 = mul i64 %m380, 64
  %out.i739 = add i64 %2184, %n0732
  %2185 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i739
  %2186 = bitcast float* %2185 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc737, <16 x float>* %2186, i32 4, <16 x i1> %store.mask734)
  %dvec740 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec741 = bitcast i8* %dvec740 to float*
  %2187 = add i64 4, %eblk729
  %2188 = mul i64 %2187, 16
  %2189 = getelementptr inbounds float, float* %dvec741, i64 %2188
  %2190 = bitcast float* %2189 to <16 x float>*
  %acc742 = load <16 x float>, <16 x float>* %2190, align 4
  %2191 = icmp slt i64 1, %M
  br i1 %2191, label %row.then743, label %row.else744

eblk.exit728:                                     ; preds = %eblk.head726
  br label %m2.join

row.then743:                                      ; preds = %eblk.body727
  %2192 = icmp slt i64 %m386, %rows.pos
  %eps.row746 = select i1 %2192, float %eps.pos, float %eps.neg
  %2193 = mul i64 %m386, 64
  %out.i747 = add i64 %2193, %n0732
  %2194 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i747
  %2195 = bitcast float* %2194 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc742, <16 x float>* %2195, i32 4, <16 x i1> %store.mask734)
  br label %row.join745

row.else744:                                      ; preds = %eblk.body727
  br label %row.join745

row.join745:                                      ; preds = %row.else744, %row.then743
  %dvec748 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec749 = bitcast i8* %dvec748 to float*
  %2196 = add i64 8, %eblk729
  %2197 = mul i64 %2196, 16
  %2198 = getelementptr inbounds float, float* %dvec749, i64 %2197
  %2199 = bitcast float* %2198 to <16 x float>*
  %acc750 = load <16 x float>, <16 x float>* %2199, align 4
  %2200 = icmp slt i64 2, %M
  br i1 %2200, label %row.then751, label %row.else752

row.then751:                                      ; preds = %row.join745
  %2201 = icmp slt i64 %m392, %rows.pos
  %eps.row754 = select i1 %2201, float %eps.pos, float %eps.neg
  %2202 = mul i64 %m392, 64
  %out.i755 = add i64 %2202, %n0732
  %2203 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i755
  %2204 = bitcast float* %2203 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc750, <16 x float>* %2204, i32 4, <16 x i1> %store.mask734)
  br label %row.join753

row.else752:                                      ; preds = %row.join745
  br label %row.join753

row.join753:                                      ; preds = %row.else752, %row.then751
  %dvec756 = getelementptr inbounds i8, i8* %scratch, i64 256
  %dvec757 = bitcast i8* %dvec756 to float*
  %2205 = add i64 12, %eblk729
  %2206 = mul i64 %2205, 16
  %2207 = getelementptr inbounds float, float* %dvec757, i64 %2206
  %2208 = bitcast float* %2207 to <16 x float>*
  %acc758 = load <16 x float>, <16 x float>* %2208, align 4
  %2209 = icmp slt i64 3, %M
  br i1 %2209, label %row.then759, label %row.else760

row.then759:                                      ; preds = %row.join753
  %2210 = icmp slt i64 %m394, %rows.pos
  %eps.row762 = select i1 %2210, float %eps.pos, float %eps.neg
  %2211 = mul i64 %m394, 64
  %out.i763 = add i64 %2211, %n0732
  %2212 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i763
  %2213 = bitcast float* %2212 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc758, <16 x float>* %2213, i32 4, <16 x i1> %store.mask734)
  br label %row.join761

row.else760:                                      ; preds = %row.join753
  br label %row.join761

row.join761:                                      ; preds = %row.else760, %row.then759
  %2214 = add nsw i64 %eblk729, 1
  br label %eblk.head726

cb.head:                                          ; preds = %kt.exit802, %direct.else
  %cb764 = phi i64 [ %begin, %direct.else ], [ %2555, %kt.exit802 ]
  %2215 = icmp slt i64 %cb764, %end
  br i1 %2215, label %cb.body, label %cb.exit

cb.body:                                          ; preds = %cb.head
  %c0765 = mul i64 %cb764, 16
  %2216 = icmp slt i64 %c0765, 48
  %n0766 = select i1 %2216, i64 %c0765, i64 48
  %lane.lo767 = sub i64 %c0765, %n0766
  %2217 = insertelement <16 x i64> undef, i64 %lane.lo767, i32 0
  %2218 = shufflevector <16 x i64> %2217, <16 x i64> undef, <16 x i32> zeroinitializer
  %store.mask768 = icmp sge <16 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>, %2218
  %zregion769 = getelementptr inbounds i8, i8* %scratch, i64 0
  %2219 = getelementptr inbounds i8, i8* %zregion769, i64 0
  %zbuf770 = bitcast i8* %2219 to float*
  br i1 %perturbed, label %zpro.then771, label %zpro.else772

cb.exit:                                          ; preds = %cb.head
  br label %direct.join

zpro.then771:                                     ; preds = %cb.body
  br label %zrow.head774

zpro.else772:                                     ; preds = %cb.body
  br label %zpro.join773

zpro.join773:                                     ; preds = %zpro.else772, %zrow.exit776
  %2220 = trunc i64 %n0766 to i32
  %2221 = insertelement <16 x i32> undef, i32 %2220, i32 0
  %2222 = shufflevector <16 x i32> %2221, <16 x i32> undef, <16 x i32> zeroinitializer
  %n787 = add <16 x i32> %2222, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2223 = sext <16 x i32> %n787 to <16 x i64>
  %2224 = add <16 x i64> zeroinitializer, %2223
  %2225 = trunc i64 %n0766 to i32
  %2226 = sext i32 %2225 to i64
  %2227 = add i64 0, %2226
  %2228 = getelementptr inbounds half, half* %scales5, i64 %2227
  %2229 = bitcast half* %2228 to <16 x half>*
  %scales.raw788 = load <16 x half>, <16 x half>* %2229, align 2
  %scales789 = fpext <16 x half> %scales.raw788 to <16 x float>
  %2230 = getelementptr inbounds i8, i8* %zregion769, i64 0
  %zbuf790 = bitcast i8* %2230 to float*
  %2231 = getelementptr inbounds float, float* %zbuf790, i64 0
  %2232 = bitcast float* %2231 to <16 x float>*
  %z.buf791 = load <16 x float>, <16 x float>* %2232, align 4
  %z792 = select i1 %perturbed, <16 x float> %z.buf791, <16 x float> zeroinitializer
  %2233 = insertelement <16 x float> undef, float %eps.pos, i32 0
  %2234 = shufflevector <16 x float> %2233, <16 x float> undef, <16 x i32> zeroinitializer
  %2235 = fmul <16 x float> %2234, %z792
  %scales.pos793 = fadd <16 x float> %scales789, %2235
  store <16 x float> %scales.pos793, <16 x float>* %hoist1.pos, align 64
  %2236 = sext <16 x i32> %n787 to <16 x i64>
  %2237 = add <16 x i64> zeroinitializer, %2236
  %2238 = sext i32 %2225 to i64
  %2239 = add i64 0, %2238
  %2240 = getelementptr inbounds half, half* %scales5, i64 %2239
  %2241 = bitcast half* %2240 to <16 x half>*
  %scales.raw794 = load <16 x half>, <16 x half>* %2241, align 2
  %scales795 = fpext <16 x half> %scales.raw794 to <16 x float>
  %2242 = insertelement <16 x float> undef, float %eps.neg, i32 0
  %2243 = shufflevector <16 x float> %2242, <16 x float> undef, <16 x i32> zeroinitializer
  %2244 = fmul <16 x float> %2243, %z792
  %scales.neg796 = fadd <16 x float> %scales795, %2244
  store <16 x float> %scales.neg796, <16 x float>* %hoist1.neg, align 64
  store i1 false, i1* %have_key, align 1
  store <16 x i32> zeroinitializer, <16 x i32>* %hoist0, align 64
  %panel.pos = getelementptr inbounds i8, i8* %scratch, i64 5184
  %panel.pos797 = bitcast i8* %panel.pos to float*
  %panel.neg = getelementptr inbounds i8, i8* %scratch, i64 21568
  %panel.neg798 = bitcast i8* %panel.neg to float*
  %accbuf = getelementptr inbounds i8, i8* %scratch, i64 37952
  %accbuf799 = bitcast i8* %accbuf to float*
  br label %kt.head800

zrow.head774:                                     ; preds = %zrow.body775, %zpro.then771
  %zrow777 = phi i64 [ 0, %zpro.then771 ], [ %2551, %zrow.body775 ]
  %2245 = icmp slt i64 %zrow777, 1
  br i1 %2245, label %zrow.body775, label %zrow.exit776

zrow.body775:                                     ; preds = %zrow.head774
  %2246 = mul i64 %n0766, 1
  %2247 = urem i64 %zrow777, 1
  %2248 = udiv i64 %zrow777, 1
  %2249 = mul i64 %2247, 1
  %2250 = add i64 %2246, %2249
  %2251 = urem i64 %2248, 1
  %2252 = udiv i64 %2248, 1
  %2253 = mul i64 %2251, 1
  %2254 = add i64 %2250, %2253
  %2255 = urem i64 %2252, 1
  %2256 = udiv i64 %2252, 1
  %2257 = mul i64 %2255, 1
  %2258 = add i64 %2254, %2257
  %2259 = mul i64 %zrow777, 16
  %2260 = getelementptr inbounds float, float* %zbuf770, i64 %2259
  %2261 = insertelement <16 x i64> undef, i64 %2258, i32 0
  %2262 = shufflevector <16 x i64> %2261, <16 x i64> undef, <16 x i32> zeroinitializer
  %2263 = add <16 x i64> %2262, <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15>
  %pair778 = lshr <16 x i64> %2263, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %2264 = trunc <16 x i64> %pair778 to <16 x i32>
  %2265 = lshr <16 x i64> %pair778, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2266 = trunc <16 x i64> %2265 to <16 x i32>
  %2267 = trunc i64 %stream.scales to i32
  %2268 = insertelement <16 x i32> undef, i32 %2267, i32 0
  %2269 = shufflevector <16 x i32> %2268, <16 x i32> undef, <16 x i32> zeroinitializer
  %key0779 = trunc i64 %seed to i32
  %2270 = lshr i64 %seed, 32
  %key1780 = trunc i64 %2270 to i32
  %2271 = zext <16 x i32> %2264 to <16 x i64>
  %2272 = mul <16 x i64> %2271, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %2273 = trunc <16 x i64> %2272 to <16 x i32>
  %2274 = lshr <16 x i64> %2272, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2275 = trunc <16 x i64> %2274 to <16 x i32>
  %2276 = zext <16 x i32> %2269 to <16 x i64>
  %2277 = mul <16 x i64> %2276, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %2278 = trunc <16 x i64> %2277 to <16 x i32>
  %2279 = lshr <16 x i64> %2277, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2280 = trunc <16 x i64> %2279 to <16 x i32>
  %2281 = insertelement <16 x i32> undef, i32 %key0779, i32 0
  %2282 = shufflevector <16 x i32> %2281, <16 x i32> undef, <16 x i32> zeroinitializer
  %2283 = insertelement <16 x i32> undef, i32 %key1780, i32 0
  %2284 = shufflevector <16 x i32> %2283, <16 x i32> undef, <16 x i32> zeroinitializer
  %2285 = xor <16 x i32> %2280, %2266
  %2286 = xor <16 x i32> %2285, %2282
  %2287 = xor <16 x i32> %2275, zeroinitializer
  %2288 = xor <16 x i32> %2287, %2284
  %2289 = add i32 %key0779, -1640531527
  %2290 = add i32 %key1780, -1150833019
  %2291 = zext <16 x i32> %2286 to <16 x i64>
  %2292 = mul <16 x i64> %2291, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %2293 = trunc <16 x i64> %2292 to <16 x i32>
  %2294 = lshr <16 x i64> %2292, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2295 = trunc <16 x i64> %2294 to <16 x i32>
  %2296 = zext <16 x i32> %2288 to <16 x i64>
  %2297 = mul <16 x i64> %2296, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %2298 = trunc <16 x i64> %2297 to <16 x i32>
  %2299 = lshr <16 x i64> %2297, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2300 = trunc <16 x i64> %2299 to <16 x i32>
  %2301 = insertelement <16 x i32> undef, i32 %2289, i32 0
  %2302 = shufflevector <16 x i32> %2301, <16 x i32> undef, <16 x i32> zeroinitializer
  %2303 = insertelement <16 x i32> undef, i32 %2290, i32 0
  %2304 = shufflevector <16 x i32> %2303, <16 x i32> undef, <16 x i32> zeroinitializer
  %2305 = xor <16 x i32> %2300, %2278
  %2306 = xor <16 x i32> %2305, %2302
  %2307 = xor <16 x i32> %2295, %2273
  %2308 = xor <16 x i32> %2307, %2304
  %2309 = add i32 %2289, -1640531527
  %2310 = add i32 %2290, -1150833019
  %2311 = zext <16 x i32> %2306 to <16 x i64>
  %2312 = mul <16 x i64> %2311, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %2313 = trunc <16 x i64> %2312 to <16 x i32>
  %2314 = lshr <16 x i64> %2312, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2315 = trunc <16 x i64> %2314 to <16 x i32>
  %2316 = zext <16 x i32> %2308 to <16 x i64>
  %2317 = mul <16 x i64> %2316, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %2318 = trunc <16 x i64> %2317 to <16 x i32>
  %2319 = lshr <16 x i64> %2317, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2320 = trunc <16 x i64> %2319 to <16 x i32>
  %2321 = insertelement <16 x i32> undef, i32 %2309, i32 0
  %2322 = shufflevector <16 x i32> %2321, <16 x i32> undef, <16 x i32> zeroinitializer
  %2323 = insertelement <16 x i32> undef, i32 %2310, i32 0
  %2324 = shufflevector <16 x i32> %2323, <16 x i32> undef, <16 x i32> zeroinitializer
  %2325 = xor <16 x i32> %2320, %2298
  %2326 = xor <16 x i32> %2325, %2322
  %2327 = xor <16 x i32> %2315, %2293
  %2328 = xor <16 x i32> %2327, %2324
  %2329 = add i32 %2309, -1640531527
  %2330 = add i32 %2310, -1150833019
  %2331 = zext <16 x i32> %2326 to <16 x i64>
  %2332 = mul <16 x i64> %2331, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %2333 = trunc <16 x i64> %2332 to <16 x i32>
  %2334 = lshr <16 x i64> %2332, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2335 = trunc <16 x i64> %2334 to <16 x i32>
  %2336 = zext <16 x i32> %2328 to <16 x i64>
  %2337 = mul <16 x i64> %2336, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %2338 = trunc <16 x i64> %2337 to <16 x i32>
  %2339 = lshr <16 x i64> %2337, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2340 = trunc <16 x i64> %2339 to <16 x i32>
  %2341 = insertelement <16 x i32> undef, i32 %2329, i32 0
  %2342 = shufflevector <16 x i32> %2341, <16 x i32> undef, <16 x i32> zeroinitializer
  %2343 = insertelement <16 x i32> undef, i32 %2330, i32 0
  %2344 = shufflevector <16 x i32> %2343, <16 x i32> undef, <16 x i32> zeroinitializer
  %2345 = xor <16 x i32> %2340, %2318
  %2346 = xor <16 x i32> %2345, %2342
  %2347 = xor <16 x i32> %2335, %2313
  %2348 = xor <16 x i32> %2347, %2344
  %2349 = add i32 %2329, -1640531527
  %2350 = add i32 %2330, -1150833019
  %2351 = zext <16 x i32> %2346 to <16 x i64>
  %2352 = mul <16 x i64> %2351, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %2353 = trunc <16 x i64> %2352 to <16 x i32>
  %2354 = lshr <16 x i64> %2352, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2355 = trunc <16 x i64> %2354 to <16 x i32>
  %2356 = zext <16 x i32> %2348 to <16 x i64>
  %2357 = mul <16 x i64> %2356, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %2358 = trunc <16 x i64> %2357 to <16 x i32>
  %2359 = lshr <16 x i64> %2357, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2360 = trunc <16 x i64> %2359 to <16 x i32>
  %2361 = insertelement <16 x i32> undef, i32 %2349, i32 0
  %2362 = shufflevector <16 x i32> %2361, <16 x i32> undef, <16 x i32> zeroinitializer
  %2363 = insertelement <16 x i32> undef, i32 %2350, i32 0
  %2364 = shufflevector <16 x i32> %2363, <16 x i32> undef, <16 x i32> zeroinitializer
  %2365 = xor <16 x i32> %2360, %2338
  %2366 = xor <16 x i32> %2365, %2362
  %2367 = xor <16 x i32> %2355, %2333
  %2368 = xor <16 x i32> %2367, %2364
  %2369 = add i32 %2349, -1640531527
  %2370 = add i32 %2350, -1150833019
  %2371 = zext <16 x i32> %2366 to <16 x i64>
  %2372 = mul <16 x i64> %2371, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %2373 = trunc <16 x i64> %2372 to <16 x i32>
  %2374 = lshr <16 x i64> %2372, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2375 = trunc <16 x i64> %2374 to <16 x i32>
  %2376 = zext <16 x i32> %2368 to <16 x i64>
  %2377 = mul <16 x i64> %2376, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %2378 = trunc <16 x i64> %2377 to <16 x i32>
  %2379 = lshr <16 x i64> %2377, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2380 = trunc <16 x i64> %2379 to <16 x i32>
  %2381 = insertelement <16 x i32> undef, i32 %2369, i32 0
  %2382 = shufflevector <16 x i32> %2381, <16 x i32> undef, <16 x i32> zeroinitializer
  %2383 = insertelement <16 x i32> undef, i32 %2370, i32 0
  %2384 = shufflevector <16 x i32> %2383, <16 x i32> undef, <16 x i32> zeroinitializer
  %2385 = xor <16 x i32> %2380, %2358
  %2386 = xor <16 x i32> %2385, %2382
  %2387 = xor <16 x i32> %2375, %2353
  %2388 = xor <16 x i32> %2387, %2384
  %2389 = add i32 %2369, -1640531527
  %2390 = add i32 %2370, -1150833019
  %2391 = zext <16 x i32> %2386 to <16 x i64>
  %2392 = mul <16 x i64> %2391, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %2393 = trunc <16 x i64> %2392 to <16 x i32>
  %2394 = lshr <16 x i64> %2392, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2395 = trunc <16 x i64> %2394 to <16 x i32>
  %2396 = zext <16 x i32> %2388 to <16 x i64>
  %2397 = mul <16 x i64> %2396, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %2398 = trunc <16 x i64> %2397 to <16 x i32>
  %2399 = lshr <16 x i64> %2397, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2400 = trunc <16 x i64> %2399 to <16 x i32>
  %2401 = insertelement <16 x i32> undef, i32 %2389, i32 0
  %2402 = shufflevector <16 x i32> %2401, <16 x i32> undef, <16 x i32> zeroinitializer
  %2403 = insertelement <16 x i32> undef, i32 %2390, i32 0
  %2404 = shufflevector <16 x i32> %2403, <16 x i32> undef, <16 x i32> zeroinitializer
  %2405 = xor <16 x i32> %2400, %2378
  %2406 = xor <16 x i32> %2405, %2402
  %2407 = xor <16 x i32> %2395, %2373
  %2408 = xor <16 x i32> %2407, %2404
  %2409 = add i32 %2389, -1640531527
  %2410 = add i32 %2390, -1150833019
  %2411 = zext <16 x i32> %2406 to <16 x i64>
  %2412 = mul <16 x i64> %2411, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %2413 = trunc <16 x i64> %2412 to <16 x i32>
  %2414 = lshr <16 x i64> %2412, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2415 = trunc <16 x i64> %2414 to <16 x i32>
  %2416 = zext <16 x i32> %2408 to <16 x i64>
  %2417 = mul <16 x i64> %2416, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %2418 = trunc <16 x i64> %2417 to <16 x i32>
  %2419 = lshr <16 x i64> %2417, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2420 = trunc <16 x i64> %2419 to <16 x i32>
  %2421 = insertelement <16 x i32> undef, i32 %2409, i32 0
  %2422 = shufflevector <16 x i32> %2421, <16 x i32> undef, <16 x i32> zeroinitializer
  %2423 = insertelement <16 x i32> undef, i32 %2410, i32 0
  %2424 = shufflevector <16 x i32> %2423, <16 x i32> undef, <16 x i32> zeroinitializer
  %2425 = xor <16 x i32> %2420, %2398
  %2426 = xor <16 x i32> %2425, %2422
  %2427 = xor <16 x i32> %2415, %2393
  %2428 = xor <16 x i32> %2427, %2424
  %2429 = add i32 %2409, -1640531527
  %2430 = add i32 %2410, -1150833019
  %2431 = zext <16 x i32> %2426 to <16 x i64>
  %2432 = mul <16 x i64> %2431, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %2433 = trunc <16 x i64> %2432 to <16 x i32>
  %2434 = lshr <16 x i64> %2432, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2435 = trunc <16 x i64> %2434 to <16 x i32>
  %2436 = zext <16 x i32> %2428 to <16 x i64>
  %2437 = mul <16 x i64> %2436, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %2438 = trunc <16 x i64> %2437 to <16 x i32>
  %2439 = lshr <16 x i64> %2437, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2440 = trunc <16 x i64> %2439 to <16 x i32>
  %2441 = insertelement <16 x i32> undef, i32 %2429, i32 0
  %2442 = shufflevector <16 x i32> %2441, <16 x i32> undef, <16 x i32> zeroinitializer
  %2443 = insertelement <16 x i32> undef, i32 %2430, i32 0
  %2444 = shufflevector <16 x i32> %2443, <16 x i32> undef, <16 x i32> zeroinitializer
  %2445 = xor <16 x i32> %2440, %2418
  %2446 = xor <16 x i32> %2445, %2442
  %2447 = xor <16 x i32> %2435, %2413
  %2448 = xor <16 x i32> %2447, %2444
  %2449 = add i32 %2429, -1640531527
  %2450 = add i32 %2430, -1150833019
  %2451 = zext <16 x i32> %2446 to <16 x i64>
  %2452 = mul <16 x i64> %2451, <i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795, i64 3528531795>
  %2453 = trunc <16 x i64> %2452 to <16 x i32>
  %2454 = lshr <16 x i64> %2452, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2455 = trunc <16 x i64> %2454 to <16 x i32>
  %2456 = zext <16 x i32> %2448 to <16 x i64>
  %2457 = mul <16 x i64> %2456, <i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151, i64 3449720151>
  %2458 = trunc <16 x i64> %2457 to <16 x i32>
  %2459 = lshr <16 x i64> %2457, <i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32, i64 32>
  %2460 = trunc <16 x i64> %2459 to <16 x i32>
  %2461 = insertelement <16 x i32> undef, i32 %2449, i32 0
  %2462 = shufflevector <16 x i32> %2461, <16 x i32> undef, <16 x i32> zeroinitializer
  %2463 = insertelement <16 x i32> undef, i32 %2450, i32 0
  %2464 = shufflevector <16 x i32> %2463, <16 x i32> undef, <16 x i32> zeroinitializer
  %2465 = xor <16 x i32> %2460, %2438
  %2466 = xor <16 x i32> %2465, %2462
  %2467 = xor <16 x i32> %2455, %2433
  %2468 = xor <16 x i32> %2467, %2464
  %2469 = lshr <16 x i32> %2466, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %2470 = shl <16 x i32> %2469, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %2471 = or <16 x i32> %2470, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %2472 = sitofp <16 x i32> %2471 to <16 x float>
  %2473 = fmul <16 x float> %2472, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %2474 = lshr <16 x i32> %2458, <i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9, i32 9>
  %2475 = shl <16 x i32> %2474, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %2476 = or <16 x i32> %2475, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %2477 = sitofp <16 x i32> %2476 to <16 x float>
  %2478 = fmul <16 x float> %2477, <float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000, float 0x3E70000000000000>
  %2479 = bitcast <16 x float> %2473 to <16 x i32>
  %2480 = lshr <16 x i32> %2479, <i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23, i32 23>
  %2481 = sub <16 x i32> %2480, <i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127, i32 127>
  %2482 = and <16 x i32> %2479, <i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607, i32 8388607>
  %2483 = or <16 x i32> %2482, <i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216, i32 1065353216>
  %2484 = icmp uge <16 x i32> %2483, <i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891, i32 1068827891>
  %2485 = sub <16 x i32> %2483, <i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608, i32 8388608>
  %2486 = select <16 x i1> %2484, <16 x i32> %2485, <16 x i32> %2483
  %2487 = add <16 x i32> %2481, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %2488 = select <16 x i1> %2484, <16 x i32> %2487, <16 x i32> %2481
  %2489 = bitcast <16 x i32> %2486 to <16 x float>
  %2490 = fsub <16 x float> %2489, <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>
  %2491 = fadd <16 x float> <float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00, float 2.000000e+00>, %2490
  %2492 = fdiv <16 x float> %2490, %2491
  %2493 = fmul <16 x float> %2492, %2492
  %2494 = fmul <16 x float> %2493, <float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000, float 0x3FBC71C720000000>
  %2495 = fadd <16 x float> <float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000, float 0x3FC24924A0000000>, %2494
  %2496 = fmul <16 x float> %2493, %2495
  %2497 = fadd <16 x float> <float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000, float 0x3FC99999A0000000>, %2496
  %2498 = fmul <16 x float> %2493, %2497
  %2499 = fadd <16 x float> <float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000, float 0x3FD5555560000000>, %2498
  %2500 = fmul <16 x float> %2493, %2499
  %2501 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2500
  %2502 = fadd <16 x float> %2492, %2492
  %2503 = fmul <16 x float> %2502, %2501
  %2504 = sitofp <16 x i32> %2488 to <16 x float>
  %2505 = fmul <16 x float> %2504, <float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000, float 0x3EE2FEFA40000000>
  %2506 = fadd <16 x float> %2503, %2505
  %2507 = fmul <16 x float> %2504, <float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000, float 0x3FE62E3000000000>
  %ln.u1781 = fadd <16 x float> %2507, %2506
  %2508 = fmul <16 x float> <float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00, float -2.000000e+00>, %ln.u1781
  %r782 = call <16 x float> @llvm.sqrt.v16f32(<16 x float> %2508)
  %2509 = fmul <16 x float> %2478, <float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00, float 4.000000e+00>
  %2510 = fadd <16 x float> %2509, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %2511 = fsub <16 x float> %2510, <float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000, float 0x4168000000000000>
  %2512 = fsub <16 x float> %2509, %2511
  %2513 = fmul <16 x float> %2512, %2512
  %2514 = fmul <16 x float> %2513, <float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000, float 0x3F25078340000000>
  %2515 = fadd <16 x float> <float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000, float 0xBF732D2CC0000000>, %2514
  %2516 = fmul <16 x float> %2513, %2515
  %2517 = fadd <16 x float> <float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000, float 0x3FB466BC60000000>, %2516
  %2518 = fmul <16 x float> %2513, %2517
  %2519 = fadd <16 x float> <float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000, float 0xBFE4ABBCE0000000>, %2518
  %2520 = fmul <16 x float> %2513, %2519
  %2521 = fadd <16 x float> <float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000, float 0x3FF921FB60000000>, %2520
  %2522 = fmul <16 x float> %2512, %2521
  %2523 = fmul <16 x float> %2513, <float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000, float 0xBEFA6D1F20000000>
  %2524 = fadd <16 x float> <float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000, float 0x3F4E1F5060000000>, %2523
  %2525 = fmul <16 x float> %2513, %2524
  %2526 = fadd <16 x float> <float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000, float 0xBF955D3C80000000>, %2525
  %2527 = fmul <16 x float> %2513, %2526
  %2528 = fadd <16 x float> <float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000, float 0x3FD03C1F00000000>, %2527
  %2529 = fmul <16 x float> %2513, %2528
  %2530 = fadd <16 x float> <float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000, float 0xBFF3BD3CC0000000>, %2529
  %2531 = fmul <16 x float> %2513, %2530
  %2532 = fadd <16 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00>, %2531
  %2533 = fptosi <16 x float> %2511 to <16 x i32>
  %quadrant783 = and <16 x i32> %2533, <i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3, i32 3>
  %2534 = and <16 x i32> %quadrant783, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %2535 = icmp ne <16 x i32> %2534, zeroinitializer
  %2536 = select <16 x i1> %2535, <16 x float> %2532, <16 x float> %2522
  %2537 = select <16 x i1> %2535, <16 x float> %2522, <16 x float> %2532
  %2538 = and <16 x i32> %quadrant783, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %2539 = icmp ne <16 x i32> %2538, zeroinitializer
  %2540 = add <16 x i32> %quadrant783, <i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1, i32 1>
  %2541 = and <16 x i32> %2540, <i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2, i32 2>
  %2542 = icmp ne <16 x i32> %2541, zeroinitializer
  %2543 = fneg <16 x float> %2536
  %sin784 = select <16 x i1> %2539, <16 x float> %2543, <16 x float> %2536
  %2544 = fneg <16 x float> %2537
  %cos785 = select <16 x i1> %2542, <16 x float> %2544, <16 x float> %2537
  %2545 = fmul <16 x float> %r782, %cos785
  %2546 = fmul <16 x float> %r782, %sin784
  %2547 = and <16 x i64> %2263, <i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1, i64 1>
  %2548 = icmp ne <16 x i64> %2547, zeroinitializer
  %z786 = select <16 x i1> %2548, <16 x float> %2546, <16 x float> %2545
  %2549 = getelementptr inbounds float, float* %2260, i64 0
  %2550 = bitcast float* %2549 to <16 x float>*
  store <16 x float> %z786, <16 x float>* %2550, align 4
  %2551 = add nsw i64 %zrow777, 1
  br label %zrow.head774

zrow.exit776:                                     ; preds = %zrow.head774
  br label %zpro.join773

kt.head800:                                       ; preds = %slot.exit, %zpro.join773
  %kt803 = phi i64 [ 0, %zpro.join773 ], [ %2605, %slot.exit ]
  %2552 = icmp slt i64 %kt803, 64
  br i1 %2552, label %kt.body801, label %kt.exit802

kt.body801:                                       ; preds = %kt.head800
  %2553 = sub i64 64, %kt803
  %2554 = icmp slt i64 256, %2553
  %kn = select i1 %2554, i64 256, i64 %2553
  br label %kd.head

kt.exit802:                                       ; preds = %kt.head800
  %2555 = add nsw i64 %cb764, 1
  br label %cb.head

kd.head:                                          ; preds = %rekey.join, %kt.body801
  %kd = phi i64 [ 0, %kt.body801 ], [ %2599, %rekey.join ]
  %2556 = icmp slt i64 %kd, %kn
  br i1 %2556, label %kd.body, label %kd.exit

kd.body:                                          ; preds = %kd.head
  %k804 = add i64 %kt803, %kd
  %have = load i1, i1* %have_key, align 1
  %2557 = xor i1 %have, true
  %2558 = trunc i64 %k804 to i32
  %2559 = udiv i32 %2558, 8
  %key0.now = sext i32 %2559 to i64
  %2560 = load i64, i64* %key0, align 8
  %2561 = icmp ne i64 %key0.now, %2560
  %key.changed805 = or i1 %2557, %2561
  br i1 %key.changed805, label %rekey.then, label %rekey.else

kd.exit:                                          ; preds = %kd.head
  %first = icmp eq i64 %kt803, 0
  %2562 = add i64 %kt803, 256
  %last = icmp sge i64 %2562, 64
  br label %slot.head

rekey.then:                                       ; preds = %kd.body
  store i64 %key0.now, i64* %key0, align 8
  store i1 true, i1* %have_key, align 1
  %2563 = trunc i64 %n0766 to i32
  %2564 = insertelement <16 x i32> undef, i32 %2563, i32 0
  %2565 = shufflevector <16 x i32> %2564, <16 x i32> undef, <16 x i32> zeroinitializer
  %n806 = add <16 x i32> %2565, <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8, i32 9, i32 10, i32 11, i32 12, i32 13, i32 14, i32 15>
  %2566 = sext <16 x i32> %n806 to <16 x i64>
  %2567 = sext i32 %2559 to i64
  %2568 = add i64 0, %2567
  %2569 = mul <16 x i64> %2566, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %2570 = insertelement <16 x i64> undef, i64 %2568, i32 0
  %2571 = shufflevector <16 x i64> %2570, <16 x i64> undef, <16 x i32> zeroinitializer
  %2572 = add <16 x i64> %2571, %2569
  %2573 = getelementptr inbounds i16, i16* %codes3, <16 x i64> %2572
  %codes.raw807 = call <16 x i16> @llvm.masked.gather.v16i16.v16p0i16(<16 x i16*> %2573, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x i16> undef)
  %2574 = sext <16 x i16> %codes.raw807 to <16 x i64>
  %2575 = trunc <16 x i64> %2574 to <16 x i32>
  %2576 = add <16 x i32> %2575, <i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536>
  %2577 = urem <16 x i32> %2576, <i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536, i32 65536>
  store <16 x i32> %2577, <16 x i32>* %hoist0, align 64
  br label %rekey.join

rekey.else:                                       ; preds = %kd.body
  br label %rekey.join

rekey.join:                                       ; preds = %rekey.else, %rekey.then
  %2578 = mul i64 %kd, 16
  %2579 = load <16 x i32>, <16 x i32>* %hoist0, align 64
  %2580 = sext <16 x i32> %2579 to <16 x i64>
  %2581 = trunc i64 %k804 to i32
  %2582 = urem i32 %2581, 8
  %2583 = sext i32 %2582 to i64
  %2584 = add i64 %2583, 0
  %2585 = mul <16 x i64> %2580, <i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8, i64 8>
  %2586 = insertelement <16 x i64> undef, i64 %2584, i32 0
  %2587 = shufflevector <16 x i64> %2586, <16 x i64> undef, <16 x i32> zeroinitializer
  %2588 = add <16 x i64> %2587, %2585
  %2589 = add <16 x i64> %2588, zeroinitializer
  %2590 = getelementptr inbounds half, half* %codebooks4, <16 x i64> %2589
  %codebooks.raw808 = call <16 x half> @llvm.masked.gather.v16f16.v16p0f16(<16 x half*> %2590, i32 2, <16 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true, i1 true>, <16 x half> undef)
  %codebooks809 = fpext <16 x half> %codebooks.raw808 to <16 x float>
  %2591 = load <16 x float>, <16 x float>* %hoist1.pos, align 64
  %2592 = fmul <16 x float> %codebooks809, %2591
  %2593 = getelementptr inbounds float, float* %panel.pos797, i64 %2578
  %2594 = bitcast float* %2593 to <16 x float>*
  store <16 x float> %2592, <16 x float>* %2594, align 4
  %2595 = load <16 x float>, <16 x float>* %hoist1.neg, align 64
  %2596 = fmul <16 x float> %codebooks809, %2595
  %2597 = getelementptr inbounds float, float* %panel.neg798, i64 %2578
  %2598 = bitcast float* %2597 to <16 x float>*
  store <16 x float> %2596, <16 x float>* %2598, align 4
  %2599 = add nsw i64 %kd, 1
  br label %kd.head

slot.head:                                        ; preds = %m1.exit, %kd.exit
  %slot = phi i64 [ 0, %kd.exit ], [ %2686, %m1.exit ]
  %2600 = icmp slt i64 %slot, 2
  br i1 %2600, label %slot.body, label %slot.exit

slot.body:                                        ; preds = %slot.head
  %2601 = icmp ne i64 %slot, 0
  %rs = select i1 %2601, i64 %rows.pos, i64 0
  %re = select i1 %2601, i64 %M, i64 %rows.pos
  %panel = select i1 %2601, float* %panel.neg798, float* %panel.pos797
  %2602 = sub i64 %re, %rs
  %2603 = sdiv i64 %2602, 4
  %2604 = mul i64 %2603, 4
  %rb.end = add i64 %rs, %2604
  br label %mb.head

slot.exit:                                        ; preds = %slot.head
  %2605 = add nsw i64 %kt803, 256
  br label %kt.head800

mb.head:                                          ; preds = %lasttile.join, %slot.body
  %mb = phi i64 [ %rs, %slot.body ], [ %2680, %lasttile.join ]
  %2606 = icmp slt i64 %mb, %rb.end
  br i1 %2606, label %mb.body, label %mb.exit

mb.body:                                          ; preds = %mb.head
  %m810 = add i64 %mb, 0
  %2607 = mul i64 %m810, 16
  %2608 = getelementptr inbounds float, float* %accbuf799, i64 %2607
  %2609 = bitcast float* %2608 to <16 x float>*
  %acc.old = load <16 x float>, <16 x float>* %2609, align 4
  %2610 = select i1 %first, <16 x float> zeroinitializer, <16 x float> %acc.old
  store <16 x float> %2610, <16 x float>* %acc811, align 64
  %m812 = add i64 %mb, 1
  %2611 = mul i64 %m812, 16
  %2612 = getelementptr inbounds float, float* %accbuf799, i64 %2611
  %2613 = bitcast float* %2612 to <16 x float>*
  %acc.old813 = load <16 x float>, <16 x float>* %2613, align 4
  %2614 = select i1 %first, <16 x float> zeroinitializer, <16 x float> %acc.old813
  store <16 x float> %2614, <16 x float>* %acc814, align 64
  %m815 = add i64 %mb, 2
  %2615 = mul i64 %m815, 16
  %2616 = getelementptr inbounds float, float* %accbuf799, i64 %2615
  %2617 = bitcast float* %2616 to <16 x float>*
  %acc.old816 = load <16 x float>, <16 x float>* %2617, align 4
  %2618 = select i1 %first, <16 x float> zeroinitializer, <16 x float> %acc.old816
  store <16 x float> %2618, <16 x float>* %acc817, align 64
  %m818 = add i64 %mb, 3
  %2619 = mul i64 %m818, 16
  %2620 = getelementptr inbounds float, float* %accbuf799, i64 %2619
  %2621 = bitcast float* %2620 to <16 x float>*
  %acc.old819 = load <16 x float>, <16 x float>* %2621, align 4
  %2622 = select i1 %first, <16 x float> zeroinitializer, <16 x float> %acc.old819
  store <16 x float> %2622, <16 x float>* %acc820, align 64
  br label %kk.head

mb.exit:                                          ; preds = %mb.head
  br label %m1.head

kk.head:                                          ; preds = %kk.body, %mb.body
  %kk = phi i64 [ 0, %mb.body ], [ %2647, %kk.body ]
  %2623 = icmp slt i64 %kk, %kn
  br i1 %2623, label %kk.body, label %kk.exit

kk.body:                                          ; preds = %kk.head
  %2624 = mul i64 %kk, 16
  %2625 = getelementptr inbounds float, float* %panel, i64 %2624
  %2626 = bitcast float* %2625 to <16 x float>*
  %w = load <16 x float>, <16 x float>* %2626, align 4
  %k821 = add i64 %kt803, %kk
  %2627 = load <16 x float>, <16 x float>* %acc811, align 64
  %2628 = mul i64 %m810, 64
  %2629 = add i64 %2628, %k821
  %2630 = getelementptr inbounds float, float* %x1, i64 %2629
  %x822 = load float, float* %2630, align 4
  %2631 = insertelement <16 x float> undef, float %x822, i32 0
  %x.v823 = shufflevector <16 x float> %2631, <16 x float> undef, <16 x i32> zeroinitializer
  %acc824 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v823, <16 x float> %w, <16 x float> %2627)
  store <16 x float> %acc824, <16 x float>* %acc811, align 64
  %2632 = load <16 x float>, <16 x float>* %acc814, align 64
  %2633 = mul i64 %m812, 64
  %2634 = add i64 %2633, %k821
  %2635 = getelementptr inbounds float, float* %x1, i64 %2634
  %x825 = load float, float* %2635, align 4
  %2636 = insertelement <16 x float> undef, float %x825, i32 0
  %x.v826 = shufflevector <16 x float> %2636, <16 x float> undef, <16 x i32> zeroinitializer
  %acc827 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v826, <16 x float> %w, <16 x float> %2632)
  store <16 x float> %acc827, <16 x float>* %acc814, align 64
  %2637 = load <16 x float>, <16 x float>* %acc817, align 64
  %2638 = mul i64 %m815, 64
  %2639 = add i64 %2638, %k821
  %2640 = getelementptr inbounds float, float* %x1, i64 %2639
  %x828 = load float, float* %2640, align 4
  %2641 = insertelement <16 x float> undef, float %x828, i32 0
  %x.v829 = shufflevector <16 x float> %2641, <16 x float> undef, <16 x i32> zeroinitializer
  %acc830 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v829, <16 x float> %w, <16 x float> %2637)
  store <16 x float> %acc830, <16 x float>* %acc817, align 64
  %2642 = load <16 x float>, <16 x float>* %acc820, align 64
  %2643 = mul i64 %m818, 64
  %2644 = add i64 %2643, %k821
  %2645 = getelementptr inbounds float, float* %x1, i64 %2644
  %x831 = load float, float* %2645, align 4
  %2646 = insertelement <16 x float> undef, float %x831, i32 0
  %x.v832 = shufflevector <16 x float> %2646, <16 x float> undef, <16 x i32> zeroinitializer
  %acc833 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v832, <16 x float> %w, <16 x float> %2642)
  store <16 x float> %acc833, <16 x float>* %acc820, align 64
  %2647 = add nsw i64 %kk, 1
  br label %kk.head

kk.exit:                                          ; preds = %kk.head
  br i1 %last, label %lasttile.then, label %lasttile.else

lasttile.then:                                    ; preds = %kk.exit
  %acc834 = load <16 x float>, <16 x float>* %acc811, align 64
  %2648 = icmp slt i64 %m810, %rows.pos
  %eps.row835 = select i1 %2648, float %eps.pos, float %eps.neg
  %2649 = mul i64 %m810, 64
  %out.i836 = add i64 %2649, %n0766
  %2650 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i836
  %2651 = bitcast float* %2650 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc834, <16 x float>* %2651, i32 4, <16 x i1> %store.mask768)
  %acc837 = load <16 x float>, <16 x float>* %acc814, align 64
  %2652 = icmp slt i64 %m812, %rows.pos
  %eps.row838 = select i1 %2652, float %eps.pos, float %eps.neg
  %2653 = mul i64 %m812, 64
  %out.i839 = add i64 %2653, %n0766
  %2654 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i839
  %2655 = bitcast float* %2654 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc837, <16 x float>* %2655, i32 4, <16 x i1> %store.mask768)
  %acc840 = load <16 x float>, <16 x float>* %acc817, align 64
  %2656 = icmp slt i64 %m815, %rows.pos
  %eps.row841 = select i1 %2656, float %eps.pos, float %eps.neg
  %2657 = mul i64 %m815, 64
  %out.i842 = add i64 %2657, %n0766
  %2658 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i842
  %2659 = bitcast float* %2658 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc840, <16 x float>* %2659, i32 4, <16 x i1> %store.mask768)
  %acc843 = load <16 x float>, <16 x float>* %acc820, align 64
  %2660 = icmp slt i64 %m818, %rows.pos
  %eps.row844 = select i1 %2660, float %eps.pos, float %eps.neg
  %2661 = mul i64 %m818, 64
  %out.i845 = add i64 %2661, %n0766
  %2662 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i845
  %2663 = bitcast float* %2662 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc843, <16 x float>* %2663, i32 4, <16 x i1> %store.mask768)
  br label %lasttile.join

lasttile.else:                                    ; preds = %kk.exit
  %2664 = mul i64 %m810, 16
  %2665 = getelementptr inbounds float, float* %accbuf799, i64 %2664
  %acc846 = load <16 x float>, <16 x float>* %acc811, align 64
  %2666 = getelementptr inbounds float, float* %2665, i64 0
  %2667 = bitcast float* %2666 to <16 x float>*
  store <16 x float> %acc846, <16 x float>* %2667, align 4
  %2668 = mul i64 %m812, 16
  %2669 = getelementptr inbounds float, float* %accbuf799, i64 %2668
  %acc847 = load <16 x float>, <16 x float>* %acc814, align 64
  %2670 = getelementptr inbounds float, float* %2669, i64 0
  %2671 = bitcast float* %2670 to <16 x float>*
  store <16 x float> %acc847, <16 x float>* %2671, align 4
  %2672 = mul i64 %m815, 16
  %2673 = getelementptr inbounds float, float* %accbuf799, i64 %2672
  %acc848 = load <16 x float>, <16 x float>* %acc817, align 64
  %2674 = getelementptr inbounds float, float* %2673, i64 0
  %2675 = bitcast float* %2674 to <16 x float>*
  store <16 x float> %acc848, <16 x float>* %2675, align 4
  %2676 = mul i64 %m818, 16
  %2677 = getelementptr inbounds float, float* %accbuf799, i64 %2676
  %acc849 = load <16 x float>, <16 x float>* %acc820, align 64
  %2678 = getelementptr inbounds float, float* %2677, i64 0
  %2679 = bitcast float* %2678 to <16 x float>*
  store <16 x float> %acc849, <16 x float>* %2679, align 4
  br label %lasttile.join

lasttile.join:                                    ; preds = %lasttile.else, %lasttile.then
  %2680 = add nsw i64 %mb, 4
  br label %mb.head

m1.head:                                          ; preds = %lasttile.join864, %mb.exit
  %m1 = phi i64 [ %rb.end, %mb.exit ], [ %2705, %lasttile.join864 ]
  %2681 = icmp slt i64 %m1, %re
  br i1 %2681, label %m1.body, label %m1.exit

m1.body:                                          ; preds = %m1.head
  %m850 = add i64 %m1, 0
  %2682 = mul i64 %m850, 16
  %2683 = getelementptr inbounds float, float* %accbuf799, i64 %2682
  %2684 = bitcast float* %2683 to <16 x float>*
  %acc.old851 = load <16 x float>, <16 x float>* %2684, align 4
  %2685 = select i1 %first, <16 x float> zeroinitializer, <16 x float> %acc.old851
  store <16 x float> %2685, <16 x float>* %acc852, align 64
  br label %kk.head853

m1.exit:                                          ; preds = %m1.head
  %2686 = add nsw i64 %slot, 1
  br label %slot.head

kk.head853:                                       ; preds = %kk.body854, %m1.body
  %kk856 = phi i64 [ 0, %m1.body ], [ %2696, %kk.body854 ]
  %2687 = icmp slt i64 %kk856, %kn
  br i1 %2687, label %kk.body854, label %kk.exit855

kk.body854:                                       ; preds = %kk.head853
  %2688 = mul i64 %kk856, 16
  %2689 = getelementptr inbounds float, float* %panel, i64 %2688
  %2690 = bitcast float* %2689 to <16 x float>*
  %w857 = load <16 x float>, <16 x float>* %2690, align 4
  %k858 = add i64 %kt803, %kk856
  %2691 = load <16 x float>, <16 x float>* %acc852, align 64
  %2692 = mul i64 %m850, 64
  %2693 = add i64 %2692, %k858
  %2694 = getelementptr inbounds float, float* %x1, i64 %2693
  %x859 = load float, float* %2694, align 4
  %2695 = insertelement <16 x float> undef, float %x859, i32 0
  %x.v860 = shufflevector <16 x float> %2695, <16 x float> undef, <16 x i32> zeroinitializer
  %acc861 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %x.v860, <16 x float> %w857, <16 x float> %2691)
  store <16 x float> %acc861, <16 x float>* %acc852, align 64
  %2696 = add nsw i64 %kk856, 1
  br label %kk.head853

kk.exit855:                                       ; preds = %kk.head853
  br i1 %last, label %lasttile.then862, label %lasttile.else863

lasttile.then862:                                 ; preds = %kk.exit855
  %acc865 = load <16 x float>, <16 x float>* %acc852, align 64
  %2697 = icmp slt i64 %m850, %rows.pos
  %eps.row866 = select i1 %2697, float %eps.pos, float %eps.neg
  %2698 = mul i64 %m850, 64
  %out.i867 = add i64 %2698, %n0766
  %2699 = getelementptr inbounds float, float* %out0.matmul2, i64 %out.i867
  %2700 = bitcast float* %2699 to <16 x float>*
  call void @llvm.masked.store.v16f32.p0v16f32(<16 x float> %acc865, <16 x float>* %2700, i32 4, <16 x i1> %store.mask768)
  br label %lasttile.join864

lasttile.else863:                                 ; preds = %kk.exit855
  %2701 = mul i64 %m850, 16
  %2702 = getelementptr inbounds float, float* %accbuf799, i64 %2701
  %acc868 = load <16 x float>, <16 x float>* %acc852, align 64
  %2703 = getelementptr inbounds float, float* %2702, i64 0
  %2704 = bitcast float* %2703 to <16 x float>*
  store <16 x float> %acc868, <16 x float>* %2704, align 4
  br label %lasttile.join864

lasttile.join864:                                 ; preds = %lasttile.else863, %lasttile.then862
  %2705 = add nsw i64 %m1, 1
  br label %m1.head
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <16 x float> @llvm.sqrt.v16f32(<16 x float>) #1

; Function Attrs: nofree nosync nounwind readonly willreturn
declare <16 x i16> @llvm.masked.gather.v16i16.v16p0i16(<16 x i16*>, i32 immarg, <16 x i1>, <16 x i16>) #2

; Function Attrs: nofree nosync nounwind readonly willreturn
declare <16 x half> @llvm.masked.gather.v16f16.v16p0f16(<16 x half*>, i32 immarg, <16 x i1>, <16 x half>) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: argmemonly nofree nosync nounwind willreturn writeonly
declare void @llvm.masked.store.v16f32.p0v16f32(<16 x float>, <16 x float>*, i32 immarg, <16 x i1>) #3

; Function Attrs: nounwind
define void @zk_rope_28def376282b5637(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 81 lines, FNV-1a edd4c612ad00d50b: the body left out
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.cos.f64(double) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.sin.f64(double) #1

; Function Attrs: nounwind
define void @zk_matmul_73ba54b26851458d(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 4375 lines, FNV-1a c3ecb8ec85c901c6: the body left out
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
define void @zk_matmul_6742035f983ba46c(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 4375 lines, FNV-1a 707b03f8458b6861: the body left out
}

; Function Attrs: nounwind
define void @zk_matmul_52d3f3fedf789496(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 4498 lines, FNV-1a c0d731568819b7f7: the body left out
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <16 x float> @llvm.exp.v16f32(<16 x float>) #1

; Function Attrs: nounwind
define void @zk_matmul_398d98131a280e9e(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 4375 lines, FNV-1a 60cdbb345b420966: the body left out
}

; Function Attrs: nounwind
define void @zk_norm_09791d26b20581c6(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 150 lines, FNV-1a 9aba7e40cba6a70d: the body left out
}

; Function Attrs: nounwind
define void @zk_matmul_3afd914f86cc1229(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 2492 lines, FNV-1a 96ecdf2fcecef055: the body left out
}

; Function Attrs: inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn
declare void @llvm.prefetch.p0i8(i8* nocapture readonly, i32 immarg, i32 immarg, i32) #4

; Function Attrs: nofree nosync nounwind readonly willreturn
declare <16 x float> @llvm.masked.gather.v16f32.v16p0f32(<16 x float*>, i32 immarg, <16 x i1>, <16 x float>) #2

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { nofree nosync nounwind readonly willreturn }
attributes #3 = { argmemonly nofree nosync nounwind willreturn writeonly }
attributes #4 = { inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn }
