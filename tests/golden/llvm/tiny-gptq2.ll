; `zoc llvm models/tiny.zo -D 'W=gptq(bits=2, G=32)' --recipe qzo`, LLVM 14's text, without the host's target lines; a body left out is
; its digest (tests/test_codegen_golden.c says which and why)
; zoc kernels of model 'tiny': 27 kernels, 13 distinct functions
; kernel 0: embedding at %2 ; x -> @zk_embedding_bbdcf30c33b1e39b, parallel over B*T rows
; kernel 1: norm at %12 ; h -> @zk_norm_e069b0c24efd1ddf, parallel over B*T rows
; kernel 2: matmul at %13 -> @zk_matmul_a312f8d72f3194b7, parallel over 4 column blocks
; kernel 3: rope at %14 ; q -> @zk_rope_28def376282b5637, parallel over B*T rows
; kernel 4: matmul at %15 -> @zk_matmul_fe24a96deff2acce, parallel over 2 column blocks
; kernel 5: rope at %16 ; k -> @zk_rope_fd47014faf208b4a, parallel over B*T rows
; kernel 6: matmul at %17 ; v -> @zk_matmul_fe24a96deff2acce, parallel over 2 column blocks
; kernel 7: attention at %18 -> @zk_attention_e649ddccc47bf761, parallel over 4*B batch*heads
; kernel 8: matmul at %19 -> @zk_matmul_a312f8d72f3194b7, parallel over 4 column blocks
; kernel 9: norm at %21 ; h -> @zk_norm_6897a20900c24dec, parallel over B*T rows
; kernel 10: matmul at %24 -> @zk_matmul_d559e9357225b40c, parallel over 8 column blocks
; kernel 11: matmul at %25 -> @zk_matmul_aee7a018ecefa7c6, parallel over 8 column blocks
; kernel 12: matmul at %26 -> @zk_matmul_14b329f7b58037f2, parallel over 4 column blocks
; kernel 13: norm at %37 ; h -> @zk_norm_6897a20900c24dec, parallel over B*T rows
; kernel 14: matmul at %38 -> @zk_matmul_a312f8d72f3194b7, parallel over 4 column blocks
; kernel 15: rope at %39 ; q -> @zk_rope_28def376282b5637, parallel over B*T rows
; kernel 16: matmul at %40 -> @zk_matmul_fe24a96deff2acce, parallel over 2 column blocks
; kernel 17: rope at %41 ; k -> @zk_rope_fd47014faf208b4a, parallel over B*T rows
; kernel 18: matmul at %42 ; v -> @zk_matmul_fe24a96deff2acce, parallel over 2 column blocks
; kernel 19: attention at %43 -> @zk_attention_e649ddccc47bf761, parallel over 4*B batch*heads
; kernel 20: matmul at %44 -> @zk_matmul_a312f8d72f3194b7, parallel over 4 column blocks
; kernel 21: norm at %46 ; h -> @zk_norm_6897a20900c24dec, parallel over B*T rows
; kernel 22: matmul at %49 -> @zk_matmul_d559e9357225b40c, parallel over 8 column blocks
; kernel 23: matmul at %50 -> @zk_matmul_aee7a018ecefa7c6, parallel over 8 column blocks
; kernel 24: matmul at %51 -> @zk_matmul_14b329f7b58037f2, parallel over 4 column blocks
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
define void @zk_matmul_a312f8d72f3194b7(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 5168 lines, FNV-1a 60233f5293c49b31: the body left out
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
define void @zk_rope_28def376282b5637(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 81 lines, FNV-1a edd4c612ad00d50b: the body left out
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.cos.f64(double) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.sin.f64(double) #1

; Function Attrs: nounwind
define void @zk_matmul_fe24a96deff2acce(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 5168 lines, FNV-1a 6fc9226047c1bef2: the body left out
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
define void @zk_matmul_d559e9357225b40c(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 5168 lines, FNV-1a ceaa3410721e3f28: the body left out
}

; Function Attrs: nounwind
define void @zk_matmul_aee7a018ecefa7c6(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 5291 lines, FNV-1a 5ebfa6949922f246: the body left out
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <16 x float> @llvm.exp.v16f32(<16 x float>) #1

; Function Attrs: nounwind
define void @zk_matmul_14b329f7b58037f2(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 5168 lines, FNV-1a 863ddfdea880b829: the body left out
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
declare <16 x float> @llvm.masked.gather.v16f32.v16p0f32(<16 x float*>, i32 immarg, <16 x i1>, <16 x float>) #2

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { nofree nosync nounwind readonly willreturn }
attributes #3 = { inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn }
attributes #4 = { argmemonly nofree nosync nounwind willreturn writeonly }
