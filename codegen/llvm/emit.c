/* llvm/emit.c — the small helpers every kernel emitter is built from.
 *
 * Approach: kernels are written against these helpers, never against raw
 * LLVM-C calls scattered through the emitters: a loop is ze_for/ze_for_end,
 * a loop-carried value is a variable (an alloca in the entry block that SROA
 * turns back into registers at -O3), a load of any dtype is one call that
 * converts to f32 in IR, a vector is e->nb lanes. Every emitted value gets a
 * name, so `zoc llvm` output reads like the kernel it is.
 *
 * Number formats converted in IR (the same bit rules as runtime/convert.c):
 * f16 by fpext (exact), bf16 by shifting into the top half of an f32 (exact),
 * f8e4m3 from its fields (normal, subnormal = m·2^-9, S.1111.111 = NaN).
 */
#include <stdio.h>
#include <string.h>

#include "codegen/llvm/internal.h"

/* ---- types and the kernel function */
void ze_init_types(Emit *e, LLVMContextRef C, LLVMModuleRef M) {
  e->C = C;
  e->M = M;
  e->tv = LLVMVoidTypeInContext(C);
  e->t1 = LLVMInt1TypeInContext(C);
  e->t8 = LLVMInt8TypeInContext(C);
  e->t16 = LLVMInt16TypeInContext(C);
  e->t32 = LLVMInt32TypeInContext(C);
  e->t64 = LLVMInt64TypeInContext(C);
  e->th = LLVMHalfTypeInContext(C);
  e->tf = LLVMFloatTypeInContext(C);
  e->td = LLVMDoubleTypeInContext(C);
  e->tp8 = LLVMPointerType(e->t8, 0);
  e->tpf = LLVMPointerType(e->tf, 0);
  if (!e->nb) e->nb = ZO_LLVM_NB;
}

static void add_fn_attr(Emit *e, LLVMValueRef fn, const char *attr) {
  unsigned kind = LLVMGetEnumAttributeKindForName(attr, strlen(attr));
  ZO_ASSERT(kind != 0);
  LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(e->C, kind, 0));
}

void ze_begin_kernel(Emit *e, const char *name) {
  LLVMTypeRef params[6] = {LLVMPointerType(e->tp8, 0), LLVMPointerType(e->t64, 0), e->tpf, e->t64, e->t64, e->tp8};
  LLVMTypeRef ft = LLVMFunctionType(e->tv, params, 6, 0);
  e->fn = LLVMAddFunction(e->M, name, ft);
  add_fn_attr(e, e->fn, "nounwind");
  static const char *const pnames[6] = {"ptrs", "ints", "floats", "begin", "end", "scratch"};
  LLVMValueRef *slots[6] = {&e->a_ptrs, &e->a_ints, &e->a_floats, &e->a_begin, &e->a_end, &e->a_scratch};
  for (unsigned i = 0; i < 6; i++) {
    *slots[i] = LLVMGetParam(e->fn, i);
    LLVMSetValueName2(*slots[i], pnames[i], strlen(pnames[i]));
  }
  /* the slot arrays are only read, and scratch is this call's own */
  unsigned noalias = LLVMGetEnumAttributeKindForName("noalias", 7);
  unsigned ro = LLVMGetEnumAttributeKindForName("readonly", 8);
  for (unsigned i = 0; i < 3; i++) {
    LLVMAddAttributeAtIndex(e->fn, i + 1, LLVMCreateEnumAttribute(e->C, noalias, 0));
    LLVMAddAttributeAtIndex(e->fn, i + 1, LLVMCreateEnumAttribute(e->C, ro, 0));
  }
  LLVMAddAttributeAtIndex(e->fn, 6, LLVMCreateEnumAttribute(e->C, noalias, 0));
  e->entry = LLVMAppendBasicBlockInContext(e->C, e->fn, "entry");
  LLVMBasicBlockRef start = LLVMAppendBasicBlockInContext(e->C, e->fn, "start");
  e->B = LLVMCreateBuilderInContext(e->C);
  LLVMPositionBuilderAtEnd(e->B, start);
}

void ze_end_kernel(Emit *e) {
  LLVMBuildRetVoid(e->B);
  /* the entry block holds only the allocas; it falls through to the code */
  LLVMBuilderRef b = LLVMCreateBuilderInContext(e->C);
  LLVMPositionBuilderAtEnd(b, e->entry);
  LLVMBuildBr(b, LLVMGetNextBasicBlock(e->entry));
  LLVMDisposeBuilder(b);
  LLVMDisposeBuilder(e->B);
  e->B = NULL;
}

/* ---- constants */
LLVMValueRef ze_int(LLVMTypeRef t, int64_t v) { return LLVMConstInt(t, (unsigned long long)v, 1); }
LLVMValueRef ze_i64(Emit *e, int64_t v) { return ze_int(e->t64, v); }
LLVMValueRef ze_i32(Emit *e, int32_t v) { return ze_int(e->t32, v); }
LLVMValueRef ze_f32(Emit *e, double v) { return LLVMConstReal(e->tf, v); }
LLVMValueRef ze_f64(Emit *e, double v) { return LLVMConstReal(e->td, v); }

bool ze_is_vec(LLVMValueRef v) { return LLVMGetTypeKind(LLVMTypeOf(v)) == LLVMVectorTypeKind; }

/* a constant of element type t shaped like `like` (a scalar or a vector) */
static LLVMValueRef cst_like(Emit *e, LLVMTypeRef t, LLVMValueRef like, double fv, int64_t iv) {
  LLVMValueRef s = LLVMGetTypeKind(t) == LLVMIntegerTypeKind ? ze_int(t, iv) : LLVMConstReal(t, fv);
  if (!like || !ze_is_vec(like)) return s;
  unsigned n = LLVMGetVectorSize(LLVMTypeOf(like));
  LLVMValueRef lanes[64];
  ZO_ASSERT(n <= 64);
  for (unsigned i = 0; i < n; i++) lanes[i] = s;
  return LLVMConstVector(lanes, n);
}

static LLVMTypeRef type_like(LLVMTypeRef elem, LLVMValueRef like) {
  return like && ze_is_vec(like) ? LLVMVectorType(elem, LLVMGetVectorSize(LLVMTypeOf(like))) : elem;
}

/* ---- argument slots */
LLVMValueRef ze_ptr_arg(Emit *e, int slot, LLVMTypeRef elem, const char *name) {
  ZO_ASSERT(slot >= 0);
  char nm[96];
  snprintf(nm, sizeof nm, "%s.slot", name);
  LLVMValueRef p = LLVMBuildInBoundsGEP2(e->B, e->tp8, e->a_ptrs, (LLVMValueRef[]){ze_i64(e, slot)}, 1, nm);
  LLVMValueRef raw = LLVMBuildLoad2(e->B, e->tp8, p, name);
  return elem == e->t8 ? raw : LLVMBuildBitCast(e->B, raw, LLVMPointerType(elem, 0), name);
}

LLVMValueRef ze_int_arg(Emit *e, int slot, const char *name) {
  ZO_ASSERT(slot >= 0);
  LLVMValueRef p = LLVMBuildInBoundsGEP2(e->B, e->t64, e->a_ints, (LLVMValueRef[]){ze_i64(e, slot)}, 1, "");
  return LLVMBuildLoad2(e->B, e->t64, p, name);
}

LLVMValueRef ze_float_arg(Emit *e, int slot, const char *name) {
  ZO_ASSERT(slot >= 0);
  LLVMValueRef p = LLVMBuildInBoundsGEP2(e->B, e->tf, e->a_floats, (LLVMValueRef[]){ze_i64(e, slot)}, 1, "");
  return LLVMBuildLoad2(e->B, e->tf, p, name);
}

LLVMValueRef ze_size(Emit *e, KSize s, const char *name) {
  return s.c >= 0 ? ze_i64(e, s.c) : ze_int_arg(e, s.slot, name);
}

LLVMValueRef ze_scratch(Emit *e, LLVMValueRef byte_off, LLVMTypeRef elem, const char *name) {
  LLVMValueRef p = LLVMBuildInBoundsGEP2(e->B, e->t8, e->a_scratch, &byte_off, 1, name);
  return LLVMBuildBitCast(e->B, p, LLVMPointerType(elem, 0), name);
}

/* ---- variables */
LLVMValueRef ze_var(Emit *e, LLVMTypeRef t, LLVMValueRef init, const char *name) {
  LLVMBuilderRef b = LLVMCreateBuilderInContext(e->C);
  LLVMPositionBuilderAtEnd(b, e->entry);
  LLVMValueRef a = LLVMBuildAlloca(b, t, name);
  LLVMDisposeBuilder(b);
  if (init) LLVMBuildStore(e->B, init, a);
  return a;
}

LLVMValueRef ze_get(Emit *e, LLVMValueRef var, const char *name) {
  return LLVMBuildLoad2(e->B, LLVMGetAllocatedType(var), var, name);
}

void ze_set(Emit *e, LLVMValueRef var, LLVMValueRef v) { LLVMBuildStore(e->B, v, var); }

/* ---- control flow */
static LLVMBasicBlockRef block(Emit *e, const char *name, const char *suffix) {
  char nm[96];
  snprintf(nm, sizeof nm, "%s.%s", name, suffix);
  return LLVMAppendBasicBlockInContext(e->C, e->fn, nm);
}

ZLoop ze_for(Emit *e, LLVMValueRef lo, LLVMValueRef hi, LLVMValueRef step, const char *name) {
  ZLoop l = {.step = step ? step : ze_i64(e, 1)};
  l.pre = LLVMGetInsertBlock(e->B);
  l.head = block(e, name, "head");
  l.body = block(e, name, "body");
  l.exit = block(e, name, "exit");
  LLVMBuildBr(e->B, l.head);
  LLVMPositionBuilderAtEnd(e->B, l.head);
  l.iv = LLVMBuildPhi(e->B, e->t64, name);
  LLVMAddIncoming(l.iv, &lo, &l.pre, 1);
  LLVMValueRef c = LLVMBuildICmp(e->B, LLVMIntSLT, l.iv, hi, "");
  LLVMBuildCondBr(e->B, c, l.body, l.exit);
  LLVMPositionBuilderAtEnd(e->B, l.body);
  return l;
}

void ze_for_end(Emit *e, ZLoop *l) {
  LLVMValueRef next = LLVMBuildNSWAdd(e->B, l->iv, l->step, "");
  LLVMBasicBlockRef latch = LLVMGetInsertBlock(e->B);
  LLVMBuildBr(e->B, l->head);
  LLVMAddIncoming(l->iv, &next, &latch, 1);
  LLVMPositionBuilderAtEnd(e->B, l->exit);
}

ZIf ze_if(Emit *e, LLVMValueRef cond, const char *name) {
  ZIf z = {0};
  z.then = block(e, name, "then");
  z.els = block(e, name, "else");
  z.join = block(e, name, "join");
  LLVMBuildCondBr(e->B, cond, z.then, z.els);
  LLVMPositionBuilderAtEnd(e->B, z.then);
  return z;
}

void ze_else(Emit *e, ZIf *z) {
  LLVMBuildBr(e->B, z->join);
  LLVMPositionBuilderAtEnd(e->B, z->els);
  z->has_else = true;
}

void ze_endif(Emit *e, ZIf *z) {
  LLVMBuildBr(e->B, z->join);
  if (!z->has_else) {
    LLVMPositionBuilderAtEnd(e->B, z->els);
    LLVMBuildBr(e->B, z->join);
  }
  LLVMPositionBuilderAtEnd(e->B, z->join);
}

/* ---- scalar shorthands (ints: i64 unless the operands say otherwise) */
static bool is_float(LLVMValueRef v) {
  LLVMTypeRef t = LLVMTypeOf(v);
  if (LLVMGetTypeKind(t) == LLVMVectorTypeKind) t = LLVMGetElementType(t);
  LLVMTypeKind k = LLVMGetTypeKind(t);
  return k == LLVMFloatTypeKind || k == LLVMDoubleTypeKind || k == LLVMHalfTypeKind;
}

LLVMValueRef ze_add(Emit *e, LLVMValueRef a, LLVMValueRef b, const char *name) {
  return is_float(a) ? LLVMBuildFAdd(e->B, a, b, name) : LLVMBuildAdd(e->B, a, b, name);
}
LLVMValueRef ze_sub(Emit *e, LLVMValueRef a, LLVMValueRef b, const char *name) {
  return is_float(a) ? LLVMBuildFSub(e->B, a, b, name) : LLVMBuildSub(e->B, a, b, name);
}
LLVMValueRef ze_mul(Emit *e, LLVMValueRef a, LLVMValueRef b, const char *name) {
  return is_float(a) ? LLVMBuildFMul(e->B, a, b, name) : LLVMBuildMul(e->B, a, b, name);
}
LLVMValueRef ze_lt(Emit *e, LLVMValueRef a, LLVMValueRef b, const char *name) {
  return is_float(a) ? LLVMBuildFCmp(e->B, LLVMRealOLT, a, b, name) : LLVMBuildICmp(e->B, LLVMIntSLT, a, b, name);
}
LLVMValueRef ze_min(Emit *e, LLVMValueRef a, LLVMValueRef b, const char *name) {
  return LLVMBuildSelect(e->B, ze_lt(e, a, b, ""), a, b, name);
}
LLVMValueRef ze_max(Emit *e, LLVMValueRef a, LLVMValueRef b, const char *name) {
  return LLVMBuildSelect(e->B, ze_lt(e, a, b, ""), b, a, name);
}

/* ---- loads and dtype conversion */
LLVMTypeRef ze_storage_type(Emit *e, DType dt) {
  switch (dt) {
  case ZO_DT_F32: return e->tf;
  case ZO_DT_F64: return e->td;
  case ZO_DT_F16: return e->th;
  case ZO_DT_BF16: return e->t16;
  case ZO_DT_F8E4M3: return e->t8;
  default: return LLVMIntTypeInContext(e->C, (unsigned)zo_dtype_size(dt) * 8);
  }
}

static LLVMValueRef typed(Emit *e, DType dt, LLVMValueRef base) {
  LLVMTypeRef want = LLVMPointerType(ze_storage_type(e, dt), 0);
  return LLVMTypeOf(base) == want ? base : LLVMBuildBitCast(e->B, base, want, "");
}

LLVMValueRef ze_to_f32(Emit *e, DType dt, LLVMValueRef raw, const char *name) {
  LLVMTypeRef tf = type_like(e->tf, raw), t32 = type_like(e->t32, raw);
  switch (dt) {
  case ZO_DT_F32: return raw;
  case ZO_DT_F64: return LLVMBuildFPTrunc(e->B, raw, tf, name);
  case ZO_DT_F16: return LLVMBuildFPExt(e->B, raw, tf, name);
  case ZO_DT_BF16: {
    /* bf16 is the top half of an f32 */
    LLVMValueRef w = LLVMBuildZExt(e->B, raw, t32, "");
    return LLVMBuildBitCast(e->B, LLVMBuildShl(e->B, w, cst_like(e, e->t32, raw, 0, 16), ""), tf, name);
  }
  case ZO_DT_F8E4M3: {
    /* S.EEEE.MMM, bias 7: normal → f32 bits ((em + (120 << 3)) << 20); E = 0 → M·2^-9;
       S.1111.111 → NaN; the sign is or-ed in last */
    LLVMValueRef b = LLVMBuildZExt(e->B, raw, t32, "f8.bits");
    LLVMValueRef em = LLVMBuildAnd(e->B, b, cst_like(e, e->t32, raw, 0, 0x7F), "f8.em");
    LLVMValueRef sign = LLVMBuildShl(e->B, LLVMBuildAnd(e->B, b, cst_like(e, e->t32, raw, 0, 0x80), ""),
                                     cst_like(e, e->t32, raw, 0, 24), "f8.sign");
    LLVMValueRef normal = LLVMBuildShl(e->B, LLVMBuildAdd(e->B, em, cst_like(e, e->t32, raw, 0, 960), ""),
                                       cst_like(e, e->t32, raw, 0, 20), "");
    LLVMValueRef sub = LLVMBuildFMul(e->B, LLVMBuildUIToFP(e->B, em, tf, ""),
                                     cst_like(e, e->tf, raw, 1.0 / 512.0, 0), "");  /* em < 8 here: M·2^-9 */
    LLVMValueRef is_sub = LLVMBuildICmp(e->B, LLVMIntULT, em, cst_like(e, e->t32, raw, 0, 8), "");
    LLVMValueRef mag = LLVMBuildSelect(e->B, is_sub, LLVMBuildBitCast(e->B, sub, t32, ""), normal, "");
    LLVMValueRef is_nan = LLVMBuildICmp(e->B, LLVMIntEQ, em, cst_like(e, e->t32, raw, 0, 0x7F), "");
    mag = LLVMBuildSelect(e->B, is_nan, cst_like(e, e->t32, raw, 0, 0x7FC00000), mag, "");
    return LLVMBuildBitCast(e->B, LLVMBuildOr(e->B, mag, sign, ""), tf, name);
  }
  default:
    return zo_dtype_is_signed(dt) ? LLVMBuildSIToFP(e->B, raw, tf, name) : LLVMBuildUIToFP(e->B, raw, tf, name);
  }
}

LLVMValueRef ze_load_f32(Emit *e, DType dt, LLVMValueRef base, LLVMValueRef idx, const char *name) {
  LLVMTypeRef st = ze_storage_type(e, dt);
  LLVMValueRef p = LLVMBuildInBoundsGEP2(e->B, st, typed(e, dt, base), &idx, 1, "");
  LLVMValueRef raw = LLVMBuildLoad2(e->B, st, p, dt == ZO_DT_F32 ? name : "");
  return ze_to_f32(e, dt, raw, name);
}

LLVMValueRef ze_load_i64(Emit *e, DType dt, LLVMValueRef base, LLVMValueRef idx, const char *name) {
  LLVMTypeRef st = ze_storage_type(e, dt);
  LLVMValueRef p = LLVMBuildInBoundsGEP2(e->B, st, typed(e, dt, base), &idx, 1, "");
  LLVMValueRef raw = LLVMBuildLoad2(e->B, st, p, "");
  if (dt == ZO_DT_I64) return raw;
  return zo_dtype_is_signed(dt) ? LLVMBuildSExt(e->B, raw, e->t64, name) : LLVMBuildZExt(e->B, raw, e->t64, name);
}

void ze_store_f32(Emit *e, LLVMValueRef base, LLVMValueRef idx, LLVMValueRef v) {
  LLVMValueRef p = LLVMBuildInBoundsGEP2(e->B, e->tf, base, &idx, 1, "");
  LLVMBuildStore(e->B, v, p);
}

/* ---- vectors */
LLVMTypeRef ze_vec(Emit *e, LLVMTypeRef elem) { return LLVMVectorType(elem, (unsigned)e->nb); }

LLVMValueRef ze_splat(Emit *e, LLVMValueRef s, const char *name) {
  if (ze_is_vec(s)) return s;
  if (LLVMIsConstant(s)) {
    LLVMValueRef lanes[64];
    for (int i = 0; i < e->nb; i++) lanes[i] = s;
    return LLVMConstVector(lanes, (unsigned)e->nb);
  }
  LLVMTypeRef vt = ze_vec(e, LLVMTypeOf(s));
  LLVMValueRef one = LLVMBuildInsertElement(e->B, LLVMGetUndef(vt), s, ze_i32(e, 0), "");
  return LLVMBuildShuffleVector(e->B, one, LLVMGetUndef(vt), LLVMConstNull(ze_vec(e, e->t32)), name);
}

LLVMValueRef ze_iota(Emit *e, LLVMTypeRef elem) {
  LLVMValueRef lanes[64];
  for (int i = 0; i < e->nb; i++) lanes[i] = ze_int(elem, i);
  return LLVMConstVector(lanes, (unsigned)e->nb);
}

static LLVMValueRef intrinsic(Emit *e, const char *name, LLVMTypeRef *over, int nover, LLVMTypeRef *ftype) {
  unsigned id = LLVMLookupIntrinsicID(name, strlen(name));
  ZO_ASSERT(id != 0);
  *ftype = LLVMIntrinsicGetType(e->C, id, over, (size_t)nover);
  return LLVMGetIntrinsicDeclaration(e->M, id, over, (size_t)nover);
}

LLVMValueRef ze_vload_raw(Emit *e, DType dt, LLVMValueRef base, LLVMValueRef idx, const char *name) {
  LLVMTypeRef st = ze_storage_type(e, dt), vt = ze_vec(e, st);
  LLVMValueRef p = LLVMBuildInBoundsGEP2(e->B, st, typed(e, dt, base), &idx, 1, "");
  p = LLVMBuildBitCast(e->B, p, LLVMPointerType(vt, 0), "");
  LLVMValueRef v = LLVMBuildLoad2(e->B, vt, p, name);
  LLVMSetAlignment(v, (unsigned)zo_dtype_size(dt));
  return v;
}

LLVMValueRef ze_vgather_raw(Emit *e, DType dt, LLVMValueRef base, LLVMValueRef idxv, const char *name) {
  LLVMTypeRef st = ze_storage_type(e, dt), vt = ze_vec(e, st);
  LLVMValueRef ptrs = LLVMBuildInBoundsGEP2(e->B, st, typed(e, dt, base), &idxv, 1, "");
  LLVMTypeRef over[2] = {vt, LLVMTypeOf(ptrs)}, ft;
  LLVMValueRef fn = intrinsic(e, "llvm.masked.gather", over, 2, &ft);
  LLVMValueRef ones[64];
  for (int i = 0; i < e->nb; i++) ones[i] = LLVMConstInt(e->t1, 1, 0);
  LLVMValueRef args[4] = {ptrs, ze_i32(e, (int32_t)zo_dtype_size(dt)), LLVMConstVector(ones, (unsigned)e->nb),
                          LLVMGetUndef(vt)};
  return LLVMBuildCall2(e->B, ft, fn, args, 4, name);
}

void ze_vstore(Emit *e, LLVMValueRef basef, LLVMValueRef idx, LLVMValueRef v) {
  LLVMTypeRef vt = LLVMTypeOf(v);
  LLVMValueRef p = LLVMBuildInBoundsGEP2(e->B, LLVMGetElementType(vt), basef, &idx, 1, "");
  p = LLVMBuildBitCast(e->B, p, LLVMPointerType(vt, 0), "");
  LLVMValueRef s = LLVMBuildStore(e->B, v, p);
  LLVMSetAlignment(s, 4);
}

void ze_vstore_masked(Emit *e, LLVMValueRef basef, LLVMValueRef idx, LLVMValueRef v, LLVMValueRef mask) {
  LLVMTypeRef vt = LLVMTypeOf(v);
  LLVMValueRef p = LLVMBuildInBoundsGEP2(e->B, LLVMGetElementType(vt), basef, &idx, 1, "");
  p = LLVMBuildBitCast(e->B, p, LLVMPointerType(vt, 0), "");
  LLVMTypeRef over[2] = {vt, LLVMTypeOf(p)}, ft;
  LLVMValueRef fn = intrinsic(e, "llvm.masked.store", over, 2, &ft);
  LLVMValueRef args[4] = {v, p, ze_i32(e, 4), mask};
  LLVMBuildCall2(e->B, ft, fn, args, 4, "");
}

LLVMValueRef ze_fmuladd(Emit *e, LLVMValueRef a, LLVMValueRef b, LLVMValueRef c, const char *name) {
  LLVMTypeRef t = LLVMTypeOf(c), ft;
  LLVMValueRef fn = intrinsic(e, "llvm.fmuladd", &t, 1, &ft);
  LLVMValueRef args[3] = {a, b, c};
  return LLVMBuildCall2(e->B, ft, fn, args, 3, name);
}

/* ---- math */
static LLVMValueRef extern_fn(Emit *e, const char *name, LLVMTypeRef ret, LLVMTypeRef *params, int n,
                              const char *const *attrs, int nattrs, LLVMTypeRef *ftype) {
  *ftype = LLVMFunctionType(ret, params, (unsigned)n, 0);
  LLVMValueRef f = LLVMGetNamedFunction(e->M, name);
  if (f) return f;
  f = LLVMAddFunction(e->M, name, *ftype);
  for (int i = 0; i < nattrs; i++) add_fn_attr(e, f, attrs[i]);
  return f;
}

static const char *const pure_attrs[] = {"readnone", "nounwind", "willreturn"};

/* f(x) lane by lane through a scalar function */
static LLVMValueRef per_lane(Emit *e, LLVMValueRef fn, LLVMTypeRef ft, LLVMValueRef x, const char *name) {
  if (!ze_is_vec(x)) return LLVMBuildCall2(e->B, ft, fn, &x, 1, name);
  unsigned n = LLVMGetVectorSize(LLVMTypeOf(x));
  LLVMValueRef out = LLVMGetUndef(LLVMTypeOf(x));
  for (unsigned i = 0; i < n; i++) {
    LLVMValueRef xi = LLVMBuildExtractElement(e->B, x, ze_i32(e, (int32_t)i), "");
    LLVMValueRef yi = LLVMBuildCall2(e->B, ft, fn, &xi, 1, "");
    out = LLVMBuildInsertElement(e->B, out, yi, ze_i32(e, (int32_t)i), i + 1 == n ? name : "");
  }
  return out;
}

LLVMValueRef ze_math(Emit *e, const char *fn, LLVMValueRef x, const char *name) {
  LLVMTypeRef t = LLVMTypeOf(x), ft;
  if (!strcmp(fn, "erf") || !strcmp(fn, "erfc") || !strcmp(fn, "tanh")) {
    char libm[16];
    snprintf(libm, sizeof libm, "%sf", fn);
    LLVMValueRef f = extern_fn(e, libm, e->tf, &e->tf, 1, pure_attrs, 3, &ft);
    return per_lane(e, f, ft, x, name);
  }
  char iname[32];
  snprintf(iname, sizeof iname, "llvm.%s", fn);
  LLVMValueRef f = intrinsic(e, iname, &t, 1, &ft);
  return LLVMBuildCall2(e->B, ft, f, &x, 1, name);
}

LLVMValueRef ze_math_f64(Emit *e, const char *fn, LLVMValueRef x, const char *name) { return ze_math(e, fn, x, name); }

/* ---- the RNG */
LLVMValueRef ze_rng(Emit *e, LLVMValueRef seed, LLVMValueRef stream, LLVMValueRef index, const char *name) {
  LLVMTypeRef params[3] = {e->t64, e->t32, e->t64}, ft;
  LLVMValueRef f = extern_fn(e, "zo_rng_normal_c", e->tf, params, 3, pure_attrs, 3, &ft);
  LLVMValueRef s32 = LLVMBuildTrunc(e->B, stream, e->t32, "");
  if (!ze_is_vec(index)) return LLVMBuildCall2(e->B, ft, f, (LLVMValueRef[]){seed, s32, index}, 3, name);
  unsigned n = LLVMGetVectorSize(LLVMTypeOf(index));
  LLVMValueRef out = LLVMGetUndef(LLVMVectorType(e->tf, n));
  for (unsigned i = 0; i < n; i++) {
    LLVMValueRef xi = LLVMBuildExtractElement(e->B, index, ze_i32(e, (int32_t)i), "");
    LLVMValueRef zi = LLVMBuildCall2(e->B, ft, f, (LLVMValueRef[]){seed, s32, xi}, 3, "");
    out = LLVMBuildInsertElement(e->B, out, zi, ze_i32(e, (int32_t)i), i + 1 == n ? name : "");
  }
  return out;
}

void ze_rng_run(Emit *e, LLVMValueRef seed, LLVMValueRef stream, LLVMValueRef first, LLVMValueRef count,
                LLVMValueRef outf) {
  LLVMTypeRef params[5] = {e->t64, e->t32, e->t64, e->t64, e->tpf}, ft;
  static const char *const attrs[] = {"argmemonly", "nounwind", "willreturn"};
  LLVMValueRef f = extern_fn(e, "zo_rng_normal_run_c", e->tv, params, 5, attrs, 3, &ft);
  LLVMValueRef args[5] = {seed, LLVMBuildTrunc(e->B, stream, e->t32, ""), first, count, outf};
  LLVMBuildCall2(e->B, ft, f, args, 5, "");
}

/* a call of a C function of codegen/llvm_rt.h that reads and writes only its pointer arguments */
void ze_call_rt(Emit *e, const char *fn, LLVMTypeRef *params, LLVMValueRef *args, int n) {
  static const char *const attrs[] = {"argmemonly", "nounwind", "willreturn"};
  LLVMTypeRef ft;
  LLVMValueRef f = extern_fn(e, fn, e->tv, params, n, attrs, 3, &ft);
  LLVMBuildCall2(e->B, ft, f, args, (unsigned)n, "");
}

/* ---- reductions */
/* One element (or 8 lanes) into the running value: max (mx), else the sum
 * in WIDE of x (kind 0) or of (x - center)^2 (kind 1); the same for the
 * vector body and the scalar tail, the types telling them apart. */
static LLVMValueRef reduce_into(Emit *e, bool mx, int kind, LLVMValueRef acc, LLVMValueRef x, LLVMTypeRef wide,
                                LLVMValueRef center) {
  if (mx) return LLVMBuildSelect(e->B, LLVMBuildFCmp(e->B, LLVMRealOGT, x, acc, ""), x, acc, "");
  LLVMValueRef xd = LLVMBuildFPExt(e->B, x, wide, "");
  if (kind == 1) {
    xd = LLVMBuildFSub(e->B, xd, center, "");
    xd = LLVMBuildFMul(e->B, xd, xd, "");
  }
  return LLVMBuildFAdd(e->B, acc, xd, "");
}

LLVMValueRef ze_reduce(Emit *e, int kind, LLVMValueRef pf, LLVMValueRef len, LLVMValueRef c, const char *name) {
  LLVMTypeRef v8f = LLVMVectorType(e->tf, 8), v8d = LLVMVectorType(e->td, 8);
  bool mx = kind == 2;
  LLVMTypeRef acc_t = mx ? v8f : v8d, sc_t = mx ? e->tf : e->td;
  LLVMValueRef init_s = mx ? LLVMConstReal(e->tf, -1.0 / 0.0) : LLVMConstReal(e->td, 0.0);
  LLVMValueRef lanes[8];
  for (int i = 0; i < 8; i++) lanes[i] = init_s;
  char nm[64];
  snprintf(nm, sizeof nm, "%s.acc", name);
  LLVMValueRef acc = ze_var(e, acc_t, LLVMConstVector(lanes, 8), nm);
  LLVMValueRef cv = NULL;
  if (kind == 1) {
    LLVMValueRef one = LLVMBuildInsertElement(e->B, LLVMGetUndef(v8d), c, ze_i32(e, 0), "");
    cv = LLVMBuildShuffleVector(e->B, one, LLVMGetUndef(v8d), LLVMConstNull(LLVMVectorType(e->t32, 8)), "");
  }
  LLVMValueRef hi8 = LLVMBuildAnd(e->B, len, ze_i64(e, -8), "");
  snprintf(nm, sizeof nm, "%s.i", name);
  ZLoop l = ze_for(e, ze_i64(e, 0), hi8, ze_i64(e, 8), nm);
  {
    LLVMValueRef p = LLVMBuildInBoundsGEP2(e->B, e->tf, pf, &l.iv, 1, "");
    p = LLVMBuildBitCast(e->B, p, LLVMPointerType(v8f, 0), "");
    LLVMValueRef x = LLVMBuildLoad2(e->B, v8f, p, "");
    LLVMSetAlignment(x, 4);
    ze_set(e, acc, reduce_into(e, mx, kind, ze_get(e, acc, ""), x, v8d, cv));
  }
  ze_for_end(e, &l);
  /* lanes 0..7 in order, then the tail in order */
  LLVMValueRef a = ze_get(e, acc, "");
  LLVMValueRef s = LLVMBuildExtractElement(e->B, a, ze_i32(e, 0), "");
  for (int i = 1; i < 8; i++) {
    LLVMValueRef x = LLVMBuildExtractElement(e->B, a, ze_i32(e, i), "");
    s = mx ? LLVMBuildSelect(e->B, LLVMBuildFCmp(e->B, LLVMRealOGT, x, s, ""), x, s, "") : LLVMBuildFAdd(e->B, s, x, "");
  }
  snprintf(nm, sizeof nm, "%s.total", name);
  LLVMValueRef tot = ze_var(e, sc_t, s, nm);
  snprintf(nm, sizeof nm, "%s.t", name);
  ZLoop t = ze_for(e, hi8, len, NULL, nm);
  {
    LLVMValueRef x = ze_load_f32(e, ZO_DT_F32, pf, t.iv, "");
    ze_set(e, tot, reduce_into(e, mx, kind, ze_get(e, tot, ""), x, e->td, c));
  }
  ze_for_end(e, &t);
  return ze_get(e, tot, name);
}

LLVMValueRef ze_dot(Emit *e, LLVMValueRef a, LLVMValueRef b, int64_t len, const char *name) {
  LLVMTypeRef v8f = LLVMVectorType(e->tf, 8);
  int64_t n8 = len / 8 * 8;
  LLVMValueRef s = NULL;
  if (n8 > 0) {
    LLVMValueRef acc = ze_var(e, v8f, LLVMConstNull(v8f), "dot.acc");
    ZLoop l = ze_for(e, ze_i64(e, 0), ze_i64(e, n8), ze_i64(e, 8), "dot.i");
    LLVMValueRef x[2];
    LLVMValueRef base[2] = {a, b};
    for (int i = 0; i < 2; i++) {
      LLVMValueRef p = LLVMBuildInBoundsGEP2(e->B, e->tf, base[i], &l.iv, 1, "");
      p = LLVMBuildBitCast(e->B, p, LLVMPointerType(v8f, 0), "");
      x[i] = LLVMBuildLoad2(e->B, v8f, p, "");
      LLVMSetAlignment(x[i], 4);
    }
    ze_set(e, acc, ze_fmuladd(e, x[0], x[1], ze_get(e, acc, ""), ""));
    ze_for_end(e, &l);
    LLVMValueRef av = ze_get(e, acc, "");
    s = LLVMBuildExtractElement(e->B, av, ze_i32(e, 0), "");
    for (int i = 1; i < 8; i++) s = LLVMBuildFAdd(e->B, s, LLVMBuildExtractElement(e->B, av, ze_i32(e, i), ""), "");
  }
  for (int64_t i = n8; i < len; i++) {
    LLVMValueRef xa = ze_load_f32(e, ZO_DT_F32, a, ze_i64(e, i), "");
    LLVMValueRef xb = ze_load_f32(e, ZO_DT_F32, b, ze_i64(e, i), "");
    s = s ? ze_fmuladd(e, xa, xb, s, "") : LLVMBuildFMul(e->B, xa, xb, "");
  }
  if (!s) s = ze_f32(e, 0);
  LLVMSetValueName2(s, name, strlen(name));
  return s;
}

/* ---- constant tables */
LLVMValueRef ze_const_table(Emit *e, LLVMTypeRef elem, const double *vals, int n, const char *what) {
  /* FNV-1a over the values (as the element type stores them) names the table */
  uint64_t h = 1469598103934665603ull;
  bool dbl = elem == e->td;
  for (int i = 0; i < n; i++) {
    unsigned char bytes[8];
    if (dbl) memcpy(bytes, &vals[i], 8);
    else {
      float f = (float)vals[i];
      memcpy(bytes, &f, 4);
      memset(bytes + 4, 0, 4);
    }
    for (int j = 0; j < 8; j++) h = (h ^ bytes[j]) * 1099511628211ull;
  }
  char name[96];
  snprintf(name, sizeof name, "zt.%s.%016llx", what, (unsigned long long)h);
  LLVMValueRef g = LLVMGetNamedGlobal(e->M, name);
  if (g) return g;
  LLVMValueRef *cs = zo_xmalloc(sizeof(LLVMValueRef) * (size_t)(n ? n : 1));
  for (int i = 0; i < n; i++) cs[i] = LLVMConstReal(elem, vals[i]);
  LLVMTypeRef at = LLVMArrayType(elem, (unsigned)n);
  g = LLVMAddGlobal(e->M, at, name);
  LLVMSetInitializer(g, LLVMConstArray(elem, cs, (unsigned)n));
  LLVMSetGlobalConstant(g, 1);
  LLVMSetLinkage(g, LLVMPrivateLinkage);
  LLVMSetUnnamedAddress(g, LLVMGlobalUnnamedAddr);
  free(cs);
  return g;
}

/* ---- the RNG contract in vector IR
 * The same computation as codegen/zo_rng.h (Philox4x32-10, u01_open, logf,
 * sincos2pif, Box–Muller), lane by lane with the same IEEE operations in the
 * same order. Plain fadd/fmul/fdiv/sqrt in LLVM IR carry no fast-math flags,
 * so nothing is reassociated or contracted into FMA: the bits are the C
 * reference's (tests/test_llvm.c checks them against zo_rng_normal). */
static LLVMValueRef vf(Emit *e, LLVMValueRef like, float v) { return cst_like(e, e->tf, like, (double)v, 0); }
static LLVMValueRef vi(Emit *e, LLVMValueRef like, int64_t v, LLVMTypeRef t) { return cst_like(e, t, like, 0, v); }

/* (hi, lo) of the 64-bit product of 32-bit lanes a and constant m */
static void mulhilo(Emit *e, LLVMValueRef a, uint32_t m, LLVMValueRef *hi, LLVMValueRef *lo) {
  LLVMTypeRef t64 = type_like(e->t64, a), t32 = type_like(e->t32, a);
  LLVMValueRef p = LLVMBuildMul(e->B, LLVMBuildZExt(e->B, a, t64, ""), vi(e, a, m, e->t64), "");
  *lo = LLVMBuildTrunc(e->B, p, t32, "");
  *hi = LLVMBuildTrunc(e->B, LLVMBuildLShr(e->B, p, vi(e, a, 32, e->t64), ""), t32, "");
}

static LLVMValueRef u01_open(Emit *e, LLVMValueRef w) {
  LLVMValueRef v = LLVMBuildOr(e->B, LLVMBuildShl(e->B, LLVMBuildLShr(e->B, w, vi(e, w, 9, e->t32), ""), vi(e, w, 1, e->t32), ""),
                               vi(e, w, 1, e->t32), "");
  return LLVMBuildFMul(e->B, LLVMBuildSIToFP(e->B, v, type_like(e->tf, w), ""), vf(e, w, 5.9604644775390625e-08f), "");
}

static LLVMValueRef rng_logf(Emit *e, LLVMValueRef x) {
  LLVMTypeRef t32 = type_like(e->t32, x), tf = type_like(e->tf, x);
  LLVMValueRef bits = LLVMBuildBitCast(e->B, x, t32, "");
  LLVMValueRef ex = LLVMBuildSub(e->B, LLVMBuildLShr(e->B, bits, vi(e, x, 23, e->t32), ""), vi(e, x, 127, e->t32), "");
  LLVMValueRef mb = LLVMBuildOr(e->B, LLVMBuildAnd(e->B, bits, vi(e, x, 0x007FFFFF, e->t32), ""), vi(e, x, 0x3F800000, e->t32), "");
  LLVMValueRef big = LLVMBuildICmp(e->B, LLVMIntUGE, mb, vi(e, x, 0x3FB504F3, e->t32), "");
  mb = LLVMBuildSelect(e->B, big, LLVMBuildSub(e->B, mb, vi(e, x, 0x00800000, e->t32), ""), mb, "");
  ex = LLVMBuildSelect(e->B, big, LLVMBuildAdd(e->B, ex, vi(e, x, 1, e->t32), ""), ex, "");
  LLVMValueRef f = LLVMBuildFSub(e->B, LLVMBuildBitCast(e->B, mb, tf, ""), vf(e, x, 1.0f), "");
  LLVMValueRef s = LLVMBuildFDiv(e->B, f, LLVMBuildFAdd(e->B, vf(e, x, 2.0f), f, ""), "");
  LLVMValueRef s2 = LLVMBuildFMul(e->B, s, s, "");
  LLVMValueRef p = LLVMBuildFAdd(e->B, vf(e, x, 0.142857149f), LLVMBuildFMul(e->B, s2, vf(e, x, 0.111111112f), ""), "");
  p = LLVMBuildFAdd(e->B, vf(e, x, 0.200000003f), LLVMBuildFMul(e->B, s2, p, ""), "");
  p = LLVMBuildFAdd(e->B, vf(e, x, 0.333333343f), LLVMBuildFMul(e->B, s2, p, ""), "");
  p = LLVMBuildFAdd(e->B, vf(e, x, 1.0f), LLVMBuildFMul(e->B, s2, p, ""), "");
  LLVMValueRef l1p = LLVMBuildFMul(e->B, LLVMBuildFAdd(e->B, s, s, ""), p, "");
  LLVMValueRef ef = LLVMBuildSIToFP(e->B, ex, tf, "");
  LLVMValueRef lo = LLVMBuildFAdd(e->B, l1p, LLVMBuildFMul(e->B, ef, vf(e, x, 9.05800152e-06f), ""), "");
  return LLVMBuildFAdd(e->B, LLVMBuildFMul(e->B, ef, vf(e, x, 0.693138123f), ""), lo, "ln.u1");
}

static void rng_sincos(Emit *e, LLVMValueRef x, LLVMValueRef *sinp, LLVMValueRef *cosp) {
  LLVMTypeRef t32 = type_like(e->t32, x);
  LLVMValueRef y = LLVMBuildFMul(e->B, x, vf(e, x, 4.0f), "");
  LLVMValueRef q = LLVMBuildFSub(e->B, LLVMBuildFAdd(e->B, y, vf(e, x, 12582912.0f), ""), vf(e, x, 12582912.0f), "");
  LLVMValueRef t = LLVMBuildFSub(e->B, y, q, "");
  LLVMValueRef t2 = LLVMBuildFMul(e->B, t, t, "");
  LLVMValueRef ps = LLVMBuildFAdd(e->B, vf(e, x, -0.00468175393f), LLVMBuildFMul(e->B, t2, vf(e, x, 0.000160441181f), ""), "");
  ps = LLVMBuildFAdd(e->B, vf(e, x, 0.0796926245f), LLVMBuildFMul(e->B, t2, ps, ""), "");
  ps = LLVMBuildFAdd(e->B, vf(e, x, -0.645964086f), LLVMBuildFMul(e->B, t2, ps, ""), "");
  ps = LLVMBuildFAdd(e->B, vf(e, x, 1.57079637f), LLVMBuildFMul(e->B, t2, ps, ""), "");
  LLVMValueRef S = LLVMBuildFMul(e->B, t, ps, "");
  LLVMValueRef pc = LLVMBuildFAdd(e->B, vf(e, x, 0.000919260259f), LLVMBuildFMul(e->B, t2, vf(e, x, -2.52020418e-05f), ""), "");
  pc = LLVMBuildFAdd(e->B, vf(e, x, -0.0208634809f), LLVMBuildFMul(e->B, t2, pc, ""), "");
  pc = LLVMBuildFAdd(e->B, vf(e, x, 0.2536695f), LLVMBuildFMul(e->B, t2, pc, ""), "");
  pc = LLVMBuildFAdd(e->B, vf(e, x, -1.23370051f), LLVMBuildFMul(e->B, t2, pc, ""), "");
  LLVMValueRef C = LLVMBuildFAdd(e->B, vf(e, x, 1.0f), LLVMBuildFMul(e->B, t2, pc, ""), "");
  LLVMValueRef quad = LLVMBuildAnd(e->B, LLVMBuildFPToSI(e->B, q, t32, ""), vi(e, x, 3, e->t32), "quadrant");
  LLVMValueRef zero = vi(e, x, 0, e->t32);
  LLVMValueRef odd = LLVMBuildICmp(e->B, LLVMIntNE, LLVMBuildAnd(e->B, quad, vi(e, x, 1, e->t32), ""), zero, "");
  LLVMValueRef s = LLVMBuildSelect(e->B, odd, C, S, ""), c = LLVMBuildSelect(e->B, odd, S, C, "");
  LLVMValueRef sneg = LLVMBuildICmp(e->B, LLVMIntNE, LLVMBuildAnd(e->B, quad, vi(e, x, 2, e->t32), ""), zero, "");
  LLVMValueRef cneg = LLVMBuildICmp(e->B, LLVMIntNE, LLVMBuildAnd(e->B, LLVMBuildAdd(e->B, quad, vi(e, x, 1, e->t32), ""), vi(e, x, 2, e->t32), ""), zero, "");
  *sinp = LLVMBuildSelect(e->B, sneg, LLVMBuildFNeg(e->B, s, ""), s, "sin");
  *cosp = LLVMBuildSelect(e->B, cneg, LLVMBuildFNeg(e->B, c, ""), c, "cos");
}

LLVMValueRef ze_rng_vec(Emit *e, LLVMValueRef seed, LLVMValueRef stream, LLVMValueRef index, const char *name) {
  LLVMTypeRef t32 = type_like(e->t32, index);
  LLVMValueRef pair = LLVMBuildLShr(e->B, index, cst_like(e, e->t64, index, 0, 1), "pair");
  LLVMValueRef c0 = LLVMBuildTrunc(e->B, pair, t32, "");
  LLVMValueRef c1 = LLVMBuildTrunc(e->B, LLVMBuildLShr(e->B, pair, cst_like(e, e->t64, index, 0, 32), ""), t32, "");
  LLVMValueRef s32 = LLVMBuildTrunc(e->B, stream, e->t32, "");
  LLVMValueRef c2 = ze_is_vec(index) ? ze_splat(e, s32, "") : s32;
  LLVMValueRef c3 = vi(e, index, 0, e->t32);
  LLVMValueRef k0 = LLVMBuildTrunc(e->B, seed, e->t32, "key0");
  LLVMValueRef k1 = LLVMBuildTrunc(e->B, LLVMBuildLShr(e->B, seed, ze_i64(e, 32), ""), e->t32, "key1");
  for (int i = 0; i < 10; i++) {
    if (i > 0) {
      k0 = LLVMBuildAdd(e->B, k0, ze_int(e->t32, (int32_t)0x9E3779B9u), "");
      k1 = LLVMBuildAdd(e->B, k1, ze_int(e->t32, (int32_t)0xBB67AE85u), "");
    }
    LLVMValueRef hi0, lo0, hi1, lo1;
    mulhilo(e, c0, 0xD2511F53u, &hi0, &lo0);
    mulhilo(e, c2, 0xCD9E8D57u, &hi1, &lo1);
    LLVMValueRef K0 = ze_is_vec(index) ? ze_splat(e, k0, "") : k0, K1 = ze_is_vec(index) ? ze_splat(e, k1, "") : k1;
    LLVMValueRef n0 = LLVMBuildXor(e->B, LLVMBuildXor(e->B, hi1, c1, ""), K0, "");
    LLVMValueRef n2 = LLVMBuildXor(e->B, LLVMBuildXor(e->B, hi0, c3, ""), K1, "");
    c0 = n0;
    c1 = lo1;
    c2 = n2;
    c3 = lo0;
  }
  LLVMValueRef u1 = u01_open(e, c0), u2 = u01_open(e, c1);
  LLVMValueRef r = ze_math(e, "sqrt", LLVMBuildFMul(e->B, vf(e, u1, -2.0f), rng_logf(e, u1), ""), "r");
  LLVMValueRef sn, cs;
  rng_sincos(e, u2, &sn, &cs);
  LLVMValueRef z0 = LLVMBuildFMul(e->B, r, cs, ""), z1 = LLVMBuildFMul(e->B, r, sn, "");
  LLVMValueRef odd = LLVMBuildICmp(e->B, LLVMIntNE, LLVMBuildAnd(e->B, index, cst_like(e, e->t64, index, 0, 1), ""),
                                   cst_like(e, e->t64, index, 0, 0), "");
  return LLVMBuildSelect(e->B, odd, z1, z0, name);
}

void ze_rng_fill(Emit *e, LLVMValueRef seed, LLVMValueRef stream, LLVMValueRef first, LLVMValueRef count, LLVMValueRef outf) {
  LLVMValueRef hi = LLVMBuildAnd(e->B, count, ze_i64(e, -(int64_t)e->nb), "");
  ZLoop l = ze_for(e, ze_i64(e, 0), hi, ze_i64(e, e->nb), "zfill");
  LLVMValueRef idx = LLVMBuildAdd(e->B, ze_splat(e, LLVMBuildAdd(e->B, first, l.iv, ""), ""), ze_iota(e, e->t64), "");
  ze_vstore(e, outf, l.iv, ze_rng_vec(e, seed, stream, idx, "z"));
  ze_for_end(e, &l);
  ZLoop t = ze_for(e, hi, count, NULL, "zfill.t");
  ze_store_f32(e, outf, t.iv, ze_rng(e, seed, stream, LLVMBuildAdd(e->B, first, t.iv, ""), "z"));
  ze_for_end(e, &t);
}
