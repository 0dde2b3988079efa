; `zoc llvm tests/data/models/softcap.zo --recipe qzo`, LLVM 14's text, without the host's target lines; a body left out is
; its digest (tests/test_codegen_golden.c says which and why)
; zoc kernels of model 'softcap': 16 kernels, 12 distinct functions
; kernel 0: embedding at %2 -> @zk_embedding_bbdcf30c33b1e39b, parallel over B*T rows
; kernel 1: elementwise at %5 ; x -> @zk_elementwise_3641ac65802d9acc, parallel over B*T rows
; kernel 2: norm at %15 ; h -> @zk_norm_265778107ef55104, parallel over B*T rows
; kernel 3: matmul at %16 -> @zk_matmul_6a6c48ecd2ac360f, parallel over 4 column blocks
; kernel 4: rope at %17 ; q -> @zk_rope_28def376282b5637, parallel over B*T rows
; kernel 5: matmul at %18 -> @zk_matmul_6a6c48ecd2ac360f, parallel over 4 column blocks
; kernel 6: rope at %19 ; k -> @zk_rope_28def376282b5637, parallel over B*T rows
; kernel 7: matmul at %20 ; v -> @zk_matmul_6a6c48ecd2ac360f, parallel over 4 column blocks
; kernel 8: attention at %21 -> @zk_attention_09c830f52a9e1e96, parallel over 4*B batch*heads
; kernel 9: matmul at %22 -> @zk_matmul_6a6c48ecd2ac360f, parallel over 4 column blocks
; kernel 10: norm at %24 ; h -> @zk_norm_443ff7722d7d37b7, parallel over B*T rows
; kernel 11: matmul at %27 -> @zk_matmul_931c0777746f8b7a, parallel over 8 column blocks
; kernel 12: matmul at %28 -> @zk_matmul_80ea4b873f916bdb, parallel over 8 column blocks
; kernel 13: matmul at %29 -> @zk_matmul_15c2118eeb257828, parallel over 4 column blocks
; kernel 14: norm at %33 -> @zk_norm_180c84f6b182d1a1, parallel over B*T rows
; kernel 15: matmul at %37 ; logits -> @zk_matmul_5eb41f5c2a330962, parallel over 4 column blocks
; ModuleID = 'zoc_kernels'
source_filename = "zoc_kernels"

@zt.inv_freq.856199832b82a472 = private unnamed_addr constant [8 x double] [double 1.000000e+00, double 0x3FD43D136248490F, double 1.000000e-01, double 0x3FA030DC4EA03A72, double 1.000000e-02, double 0x3F69E7C6E43390B7, double 1.000000e-03, double 0x3F34B96BE9C2DA2C]

; Function Attrs: nounwind
define void @zk_embedding_bbdcf30c33b1e39b(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
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
  %6 = icmp slt i64 %5, 63
  %id4 = select i1 %6, i64 %5, i64 63
  %src = mul i64 %id4, 64
  %dst = mul i64 %row, 64
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
  %d = phi i64 [ 0, %perturbed.else ], [ %13, %d.body ]
  %8 = icmp slt i64 %d, 64
  br i1 %8, label %d.body, label %d.exit

d.body:                                           ; preds = %d.head
  %9 = add i64 %src, %d
  %10 = getelementptr inbounds float, float* %table1, i64 %9
  %v = load float, float* %10, align 4
  %11 = add i64 %dst, %d
  %12 = getelementptr inbounds float, float* %y3, i64 %11
  store float %v, float* %12, align 4
  %13 = add nsw i64 %d, 1
  br label %d.head

d.exit:                                           ; preds = %d.head
  br label %perturbed.join
}

; Function Attrs: nounwind
define void @zk_elementwise_3641ac65802d9acc(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
entry:
  br label %start

start:                                            ; preds = %entry
  %0 = getelementptr inbounds i64, i64* %ints, i64 0
  %rows = load i64, i64* %0, align 8
  %in0.slot = getelementptr inbounds i8*, i8** %ptrs, i64 0
  %in0 = load i8*, i8** %in0.slot, align 8
  %in01 = bitcast i8* %in0 to float*
  %out2.scale.slot = getelementptr inbounds i8*, i8** %ptrs, i64 1
  %out2.scale = load i8*, i8** %out2.scale.slot, align 8
  %out2.scale2 = bitcast i8* %out2.scale to float*
  br label %row.head

row.head:                                         ; preds = %col.exit, %start
  %row = phi i64 [ %begin, %start ], [ %12, %col.exit ]
  %1 = icmp slt i64 %row, %end
  br i1 %1, label %row.body, label %row.exit

row.body:                                         ; preds = %row.head
  br label %col.head

row.exit:                                         ; preds = %row.head
  ret void

col.head:                                         ; preds = %col.body, %row.body
  %col = phi i64 [ 0, %row.body ], [ %11, %col.body ]
  %2 = icmp slt i64 %col, 64
  br i1 %2, label %col.body, label %col.exit

col.body:                                         ; preds = %col.head
  %3 = mul i64 %row, 64
  %opd.i = add i64 %3, %col
  %4 = getelementptr inbounds float, float* %in01, i64 %opd.i
  %in03 = load float, float* %4, align 4
  %5 = fpext float %in03 to double
  %6 = fmul double %5, 2.000000e-01
  %scale = fptrunc double %6 to float
  %tanh = call float @tanhf(float %scale)
  %7 = fpext float %tanh to double
  %8 = fmul double %7, 5.000000e+00
  %scale4 = fptrunc double %8 to float
  %9 = mul i64 %row, 64
  %out.i = add i64 %9, %col
  %10 = getelementptr inbounds float, float* %out2.scale2, i64 %out.i
  store float %scale4, float* %10, align 4
  %11 = add nsw i64 %col, 1
  br label %col.head

col.exit:                                         ; preds = %col.head
  %12 = add nsw i64 %row, 1
  br label %row.head
}

; Function Attrs: nounwind readnone willreturn
declare float @tanhf(float) #1

; Function Attrs: nounwind
define void @zk_norm_265778107ef55104(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
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
  %w12 = bitcast i8* %w1 to float*
  %xrow = getelementptr inbounds i8, i8* %scratch, i64 0
  %xrow3 = bitcast i8* %xrow to float*
  %y.slot = getelementptr inbounds i8*, i8** %ptrs, i64 2
  %y = load i8*, i8** %y.slot, align 8
  %y4 = bitcast i8* %y to float*
  br label %row.head

row.head:                                         ; preds = %col2.exit, %start
  %row = phi i64 [ %begin, %start ], [ %55, %col2.exit ]
  %1 = icmp slt i64 %row, %end
  br i1 %1, label %row.body, label %row.exit

row.body:                                         ; preds = %row.head
  br label %col.head

row.exit:                                         ; preds = %row.head
  ret void

col.head:                                         ; preds = %col.body, %row.body
  %col = phi i64 [ 0, %row.body ], [ %6, %col.body ]
  %2 = icmp slt i64 %col, 64
  br i1 %2, label %col.body, label %col.exit

col.body:                                         ; preds = %col.head
  %3 = mul i64 %row, 64
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
  %7 = icmp slt i64 %sumsq.i, 64
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
  %sumsq.t = phi i64 [ 64, %sumsq.i.exit ], [ %41, %sumsq.t.body ]
  %33 = icmp slt i64 %sumsq.t, 64
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
  %meansq = fdiv double %sumsq, 6.400000e+01
  %42 = fadd double %meansq, 0x3EB0C6F7A0000000
  %43 = call double @llvm.sqrt.f64(double %42)
  %rstd = fdiv double 1.000000e+00, %43
  br label %col2.head

col2.head:                                        ; preds = %col2.body, %sumsq.t.exit
  %col2 = phi i64 [ 0, %sumsq.t.exit ], [ %54, %col2.body ]
  %44 = icmp slt i64 %col2, 64
  br i1 %44, label %col2.body, label %col2.exit

col2.body:                                        ; preds = %col2.head
  %45 = getelementptr inbounds float, float* %xrow3, i64 %col2
  %x = load float, float* %45, align 4
  %46 = fpext float %x to double
  %opd.i6 = add i64 0, %col2
  %47 = getelementptr inbounds float, float* %w12, i64 %opd.i6
  %w17 = load float, float* %47, align 4
  %48 = fpext float %w17 to double
  %49 = fmul double %46, %rstd
  %50 = fmul double %49, %48
  %y8 = fptrunc double %50 to float
  %51 = mul i64 %row, 64
  %52 = add i64 %51, %col2
  %53 = getelementptr inbounds float, float* %y4, i64 %52
  store float %y8, float* %53, align 4
  %54 = add nsw i64 %col2, 1
  br label %col2.head

col2.exit:                                        ; preds = %col2.head
  %55 = add nsw i64 %row, 1
  br label %row.head
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.sqrt.f64(double) #2

; Function Attrs: nounwind
define void @zk_matmul_6a6c48ecd2ac360f(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 5168 lines, FNV-1a 64f76f2c08d04884: the body left out
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <16 x float> @llvm.sqrt.v16f32(<16 x float>) #2

; Function Attrs: nofree nosync nounwind readonly willreturn
declare <16 x i32> @llvm.masked.gather.v16i32.v16p0i32(<16 x i32*>, i32 immarg, <16 x i1>, <16 x i32>) #3

; Function Attrs: inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn
declare void @llvm.prefetch.p0i8(i8* nocapture readonly, i32 immarg, i32 immarg, i32) #4

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
define void @zk_attention_09c830f52a9e1e96(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
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
  %11 = mul i64 %10, 64
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
  %55 = mul i64 %54, 64
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
define void @zk_norm_443ff7722d7d37b7(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
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
  %w23 = bitcast i8* %w2 to float*
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
  %row = phi i64 [ %begin, %start ], [ %59, %col2.exit ]
  %1 = icmp slt i64 %row, %end
  br i1 %1, label %row.body, label %row.exit

row.body:                                         ; preds = %row.head
  br label %col.head

row.exit:                                         ; preds = %row.head
  ret void

col.head:                                         ; preds = %col.body, %row.body
  %col = phi i64 [ 0, %row.body ], [ %10, %col.body ]
  %2 = icmp slt i64 %col, 64
  br i1 %2, label %col.body, label %col.exit

col.body:                                         ; preds = %col.head
  %3 = mul i64 %row, 64
  %opd.i = add i64 %3, %col
  %4 = getelementptr inbounds float, float* %in01, i64 %opd.i
  %in07 = load float, float* %4, align 4
  %5 = mul i64 %row, 64
  %opd.i8 = add i64 %5, %col
  %6 = getelementptr inbounds float, float* %in12, i64 %opd.i8
  %in19 = load float, float* %6, align 4
  %add = fadd float %in07, %in19
  %7 = mul i64 %row, 64
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
  %11 = icmp slt i64 %sumsq.i, 64
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
  %sumsq.t = phi i64 [ 64, %sumsq.i.exit ], [ %45, %sumsq.t.body ]
  %37 = icmp slt i64 %sumsq.t, 64
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
  %meansq = fdiv double %sumsq, 6.400000e+01
  %46 = fadd double %meansq, 0x3EB0C6F7A0000000
  %47 = call double @llvm.sqrt.f64(double %46)
  %rstd = fdiv double 1.000000e+00, %47
  br label %col2.head

col2.head:                                        ; preds = %col2.body, %sumsq.t.exit
  %col2 = phi i64 [ 0, %sumsq.t.exit ], [ %58, %col2.body ]
  %48 = icmp slt i64 %col2, 64
  br i1 %48, label %col2.body, label %col2.exit

col2.body:                                        ; preds = %col2.head
  %49 = getelementptr inbounds float, float* %xrow5, i64 %col2
  %x = load float, float* %49, align 4
  %50 = fpext float %x to double
  %opd.i10 = add i64 0, %col2
  %51 = getelementptr inbounds float, float* %w23, i64 %opd.i10
  %w211 = load float, float* %51, align 4
  %52 = fpext float %w211 to double
  %53 = fmul double %50, %rstd
  %54 = fmul double %53, %52
  %y12 = fptrunc double %54 to float
  %55 = mul i64 %row, 64
  %56 = add i64 %55, %col2
  %57 = getelementptr inbounds float, float* %y6, i64 %56
  store float %y12, float* %57, align 4
  %58 = add nsw i64 %col2, 1
  br label %col2.head

col2.exit:                                        ; preds = %col2.head
  %59 = add nsw i64 %row, 1
  br label %row.head
}

; Function Attrs: nounwind
define void @zk_matmul_931c0777746f8b7a(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 5168 lines, FNV-1a debe6846f9ac53d0: the body left out
}

; Function Attrs: nounwind
define void @zk_matmul_80ea4b873f916bdb(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 5339 lines, FNV-1a e271003f8cd6b3db: the body left out
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <16 x float> @llvm.exp.v16f32(<16 x float>) #2

; Function Attrs: nounwind
define void @zk_matmul_15c2118eeb257828(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 5168 lines, FNV-1a 787d9f692518e1a9: the body left out
}

; Function Attrs: nounwind
define void @zk_norm_180c84f6b182d1a1(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
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
  %w23 = bitcast i8* %w2 to float*
  %xrow = getelementptr inbounds i8, i8* %scratch, i64 0
  %xrow4 = bitcast i8* %xrow to float*
  %y.slot = getelementptr inbounds i8*, i8** %ptrs, i64 3
  %y = load i8*, i8** %y.slot, align 8
  %y5 = bitcast i8* %y to float*
  br label %row.head

row.head:                                         ; preds = %col2.exit, %start
  %row = phi i64 [ %begin, %start ], [ %57, %col2.exit ]
  %1 = icmp slt i64 %row, %end
  br i1 %1, label %row.body, label %row.exit

row.body:                                         ; preds = %row.head
  br label %col.head

row.exit:                                         ; preds = %row.head
  ret void

col.head:                                         ; preds = %col.body, %row.body
  %col = phi i64 [ 0, %row.body ], [ %8, %col.body ]
  %2 = icmp slt i64 %col, 64
  br i1 %2, label %col.body, label %col.exit

col.body:                                         ; preds = %col.head
  %3 = mul i64 %row, 64
  %opd.i = add i64 %3, %col
  %4 = getelementptr inbounds float, float* %in01, i64 %opd.i
  %in06 = load float, float* %4, align 4
  %5 = mul i64 %row, 64
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
  %9 = icmp slt i64 %sumsq.i, 64
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
  %sumsq.t = phi i64 [ 64, %sumsq.i.exit ], [ %43, %sumsq.t.body ]
  %35 = icmp slt i64 %sumsq.t, 64
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
  %meansq = fdiv double %sumsq, 6.400000e+01
  %44 = fadd double %meansq, 0x3EB0C6F7A0000000
  %45 = call double @llvm.sqrt.f64(double %44)
  %rstd = fdiv double 1.000000e+00, %45
  br label %col2.head

col2.head:                                        ; preds = %col2.body, %sumsq.t.exit
  %col2 = phi i64 [ 0, %sumsq.t.exit ], [ %56, %col2.body ]
  %46 = icmp slt i64 %col2, 64
  br i1 %46, label %col2.body, label %col2.exit

col2.body:                                        ; preds = %col2.head
  %47 = getelementptr inbounds float, float* %xrow4, i64 %col2
  %x = load float, float* %47, align 4
  %48 = fpext float %x to double
  %opd.i9 = add i64 0, %col2
  %49 = getelementptr inbounds float, float* %w23, i64 %opd.i9
  %w210 = load float, float* %49, align 4
  %50 = fpext float %w210 to double
  %51 = fmul double %48, %rstd
  %52 = fmul double %51, %50
  %y11 = fptrunc double %52 to float
  %53 = mul i64 %row, 64
  %54 = add i64 %53, %col2
  %55 = getelementptr inbounds float, float* %y5, i64 %54
  store float %y11, float* %55, align 4
  %56 = add nsw i64 %col2, 1
  br label %col2.head

col2.exit:                                        ; preds = %col2.head
  %57 = add nsw i64 %row, 1
  br label %row.head
}

; Function Attrs: nounwind
define void @zk_matmul_5eb41f5c2a330962(i8** noalias readonly %ptrs, i64* noalias readonly %ints, float* noalias readonly %floats, i64 %begin, i64 %end, i8* noalias %scratch) #0 {
  ; 3140 lines, FNV-1a fbce0d7bc39c34dd: the body left out
}

; Function Attrs: nofree nosync nounwind readonly willreturn
declare <16 x float> @llvm.masked.gather.v16f32.v16p0f32(<16 x float*>, i32 immarg, <16 x i1>, <16 x float>) #3

attributes #0 = { nounwind }
attributes #1 = { nounwind readnone willreturn }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { nofree nosync nounwind readonly willreturn }
attributes #4 = { inaccessiblemem_or_argmemonly nofree nosync nounwind willreturn }
attributes #5 = { argmemonly nofree nosync nounwind willreturn writeonly }
