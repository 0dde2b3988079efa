/* llvm/ops.c — the CPU kernels of the ops that run alone (a group of kind
 * KK_SINGLE, codegen/kplan.h): per op, what its kernel needs beyond the slots
 * every such kernel has (llvm/plan.c's plan_single: the output, each input's
 * pointer, rows and N of the output's [rows, N] view) and its emitter, side
 * by side, and one table keyed by op. A new op that runs alone is a row here
 * (and, on the GPU, one in codegen/cuda/ops.c). Reductions and
 * transcendentals in double, as runtime/ref.c's.
 *
 * The ops: rope (runtime/ref.c's frequencies, folded), attention (per
 * batch·head, scores in scratch; scale, softcap and sliding window as ref's),
 * embedding (the table may be perturbed), positions, softmax, slice (plain,
 * or strided by a period), transpose, cross entropy.
 */
#include <math.h>

#include "codegen/llvm/internal.h"
#include "runtime/ref.h"

/* ---- rope: the output's rows and head layout; T for the positions */
static int slots_rope(Planner *pl, KPlan *kp) {
  (void)pl;
  const Value *v = kp->v;
  kp->T = zp_ksize(kp, v->type.dims[v->type.rank - 2]);
  return 0;
}

/* ---- rope (Hugging Face rotate_half; angles in double as the reference) */
static void emit_rope(Emit *e, const KPlan *p) {
  const Value *v = p->v;
  const ZoRope rp = zo_ref_rope_attrs(v->attr);
  int64_t N = p->N.c, heads = (int64_t)v->attr[0], hd = N / heads, rd = zo_ref_rope_dim(&rp, hd), half = rd / 2;
  double *inv = zo_xmalloc(sizeof(double) * (size_t)half);
  zo_ref_rope_inv_freq(&rp, hd, inv);   /* runtime/ref.c's frequencies, scaled as its attributes say */
  LLVMValueRef tab = LLVMBuildBitCast(e->B, ze_const_table(e, e->td, inv, (int)half, "inv_freq"), LLVMPointerType(e->td, 0), "inv_freq");
  free(inv);
  LLVMValueRef x = ze_ptr_arg(e, p->in_ptr[0], e->tf, "x"), y = ze_ptr_arg(e, p->out_ptr, e->tf, "y");
  LLVMValueRef T = ze_size(e, p->T, "T");
  ZLoop r = ze_for(e, e->a_begin, e->a_end, NULL, "row");
  {
    LLVMValueRef pos = LLVMBuildSIToFP(e->B, LLVMBuildSRem(e->B, r.iv, T, "t"), e->td, "pos");
    LLVMValueRef base = LLVMBuildMul(e->B, r.iv, ze_i64(e, N), "base");
    ZLoop i = ze_for(e, ze_i64(e, 0), ze_i64(e, half), NULL, "i");
    {
      LLVMValueRef fp = LLVMBuildInBoundsGEP2(e->B, e->td, tab, &i.iv, 1, "");
      LLVMValueRef a = LLVMBuildFMul(e->B, pos, LLVMBuildLoad2(e->B, e->td, fp, "inv_freq.i"), "angle");
      LLVMValueRef c = ze_math_f64(e, "cos", a, "cos"), s = ze_math_f64(e, "sin", a, "sin");
      ZLoop h = ze_for(e, ze_i64(e, 0), ze_i64(e, heads), NULL, "h");
      {
        LLVMValueRef i1 = LLVMBuildAdd(e->B, base, LLVMBuildAdd(e->B, LLVMBuildMul(e->B, h.iv, ze_i64(e, hd), ""), i.iv, ""), "i1");
        LLVMValueRef i2 = LLVMBuildAdd(e->B, i1, ze_i64(e, half), "i2");
        LLVMValueRef x1 = LLVMBuildFPExt(e->B, ze_load_f32(e, ZO_DT_F32, x, i1, "x1"), e->td, "");
        LLVMValueRef x2 = LLVMBuildFPExt(e->B, ze_load_f32(e, ZO_DT_F32, x, i2, "x2"), e->td, "");
        LLVMValueRef y1 = LLVMBuildFSub(e->B, LLVMBuildFMul(e->B, x1, c, ""), LLVMBuildFMul(e->B, x2, s, ""), "");
        LLVMValueRef y2 = LLVMBuildFAdd(e->B, LLVMBuildFMul(e->B, x2, c, ""), LLVMBuildFMul(e->B, x1, s, ""), "");
        ze_store_f32(e, y, i1, LLVMBuildFPTrunc(e->B, y1, e->tf, "y1"));
        ze_store_f32(e, y, i2, LLVMBuildFPTrunc(e->B, y2, e->tf, "y2"));
      }
      ze_for_end(e, &h);
    }
    ze_for_end(e, &i);
    if (rd < hd) {   /* the columns past rotary_dim of each head pass through */
      ZLoop c = ze_for(e, ze_i64(e, 0), ze_i64(e, heads * (hd - rd)), NULL, "pass");
      LLVMValueRef hh = LLVMBuildSDiv(e->B, c.iv, ze_i64(e, hd - rd), ""), cc = LLVMBuildSRem(e->B, c.iv, ze_i64(e, hd - rd), "");
      LLVMValueRef at = LLVMBuildAdd(e->B, base, LLVMBuildAdd(e->B, LLVMBuildMul(e->B, hh, ze_i64(e, hd), ""),
                                                              LLVMBuildAdd(e->B, cc, ze_i64(e, rd), ""), ""), "at");
      ze_store_f32(e, y, at, ze_load_f32(e, ZO_DT_F32, x, at, "xp"));
      ze_for_end(e, &c);
    }
  }
  ze_for_end(e, &r);
}

/* ---- attention: an item per (batch entry, head), a score row per item in scratch */
static int slots_attention(Planner *pl, KPlan *kp) {
  (void)pl;
  const Value *v = kp->v;
  Dim T = v->type.dims[v->type.rank - 2], outer = zo_value_dims(v, 0, v->type.rank - 2), items;
  kp->T = zp_ksize(kp, T);
  kp->outer = zp_ksize(kp, outer);
  ZO_ASSERT(zo_dim_mul(outer, zo_dim_const((int64_t)v->attr[0]), &items));
  kp->k->items = items;
  kp->k->items_what = "batch*heads";
  int64_t hd = zo_value_last_dim(v).coef / (int64_t)v->attr[0];
  kp->k->scratch_fixed = (hd * 4 + 63) / 64 * 64;
  kp->k->scratch_scale = 4;
  kp->k->scratch_dim = T;
  return 0;
}

/* ---- attention: per (batch, head); causal, grouped-query, stable softmax */
static void emit_attention(Emit *e, const KPlan *p) {
  const Value *v = p->v;
  int64_t H = (int64_t)v->attr[0], KV = v->attr[1] == 0 ? H : (int64_t)v->attr[1];
  int64_t hd = p->N.c / H, qw = H * hd, kw = KV * hd;
  bool causal = v->attr[2] != 0;
  const double cap = v->attr[4];
  const int64_t window = (int64_t)v->attr[5];
  LLVMValueRef q = ze_ptr_arg(e, p->in_ptr[0], e->tf, "q"), k = ze_ptr_arg(e, p->in_ptr[1], e->tf, "k");
  LLVMValueRef vv = ze_ptr_arg(e, p->in_ptr[2], e->tf, "v"), y = ze_ptr_arg(e, p->out_ptr, e->tf, "y");
  LLVMValueRef T = ze_size(e, p->T, "T");
  LLVMValueRef acc = ze_scratch(e, ze_i64(e, 0), e->tf, "acc");
  LLVMValueRef sc = ze_scratch(e, ze_i64(e, p->k->scratch_fixed), e->tf, "scores");
  LLVMValueRef scale = ze_f32(e, (float)(v->attr[3] > 0 ? v->attr[3] : 1.0 / sqrt((double)hd)));
  ZLoop it = ze_for(e, e->a_begin, e->a_end, NULL, "bh");
  {
    LLVMValueRef b = LLVMBuildSDiv(e->B, it.iv, ze_i64(e, H), "b"), h = LLVMBuildSRem(e->B, it.iv, ze_i64(e, H), "h");
    LLVMValueRef g = LLVMBuildSDiv(e->B, h, ze_i64(e, H / KV), "kvh");
    LLVMValueRef bT = LLVMBuildMul(e->B, b, T, "bT");
    ZLoop i = ze_for(e, ze_i64(e, 0), T, NULL, "i");
    {
      LLVMValueRef qi = LLVMBuildInBoundsGEP2(e->B, e->tf, q,
          (LLVMValueRef[]){LLVMBuildAdd(e->B, LLVMBuildMul(e->B, LLVMBuildAdd(e->B, bT, i.iv, ""), ze_i64(e, qw), ""),
                                        LLVMBuildMul(e->B, h, ze_i64(e, hd), ""), "")}, 1, "qi");
      LLVMValueRef nk = causal ? LLVMBuildAdd(e->B, i.iv, ze_i64(e, 1), "nkeys") : T;
      LLVMValueRef mx = ze_var(e, e->tf, ze_f32(e, -INFINITY), "max");
      /* the sliding window: keys j > i - window, so from max(0, i - window + 1) */
      LLVMValueRef j0 = window > 0 ? ze_max(e, ze_i64(e, 0), LLVMBuildSub(e->B, i.iv, ze_i64(e, window - 1), ""), "j0") : ze_i64(e, 0);
      ZLoop j = ze_for(e, j0, nk, NULL, "j");
      {
        LLVMValueRef kj = LLVMBuildInBoundsGEP2(e->B, e->tf, k,
            (LLVMValueRef[]){LLVMBuildAdd(e->B, LLVMBuildMul(e->B, LLVMBuildAdd(e->B, bT, j.iv, ""), ze_i64(e, kw), ""),
                                          LLVMBuildMul(e->B, g, ze_i64(e, hd), ""), "")}, 1, "kj");
        LLVMValueRef s = LLVMBuildFMul(e->B, ze_dot(e, qi, kj, hd, "qk"), scale, "s");
        if (cap > 0)   /* Gemma 2's softcapping: cap * tanh(s / cap), before the mask */
          s = LLVMBuildFMul(e->B, ze_math(e, "tanh", LLVMBuildFMul(e->B, s, ze_f32(e, (float)(1.0 / cap)), ""), ""),
                            ze_f32(e, (float)cap), "s.capped");
        ze_store_f32(e, sc, j.iv, s);
        LLVMValueRef cur = ze_get(e, mx, "");
        ze_set(e, mx, LLVMBuildSelect(e->B, LLVMBuildFCmp(e->B, LLVMRealOGT, s, cur, ""), s, cur, ""));
      }
      ze_for_end(e, &j);
      LLVMValueRef mxv = ze_get(e, mx, "max");
      ZLoop z = ze_for(e, ze_i64(e, 0), ze_i64(e, hd), NULL, "zero");
      ze_store_f32(e, acc, z.iv, ze_f32(e, 0));
      ze_for_end(e, &z);
      LLVMValueRef sum = ze_var(e, e->td, ze_f64(e, 0), "sum");
      ZLoop j2 = ze_for(e, j0, nk, NULL, "j2");
      {
        LLVMValueRef pj = ze_math(e, "exp", LLVMBuildFSub(e->B, ze_load_f32(e, ZO_DT_F32, sc, j2.iv, ""), mxv, ""), "p");
        ze_set(e, sum, LLVMBuildFAdd(e->B, ze_get(e, sum, ""), LLVMBuildFPExt(e->B, pj, e->td, ""), ""));
        LLVMValueRef vj = LLVMBuildInBoundsGEP2(e->B, e->tf, vv,
            (LLVMValueRef[]){LLVMBuildAdd(e->B, LLVMBuildMul(e->B, LLVMBuildAdd(e->B, bT, j2.iv, ""), ze_i64(e, kw), ""),
                                          LLVMBuildMul(e->B, g, ze_i64(e, hd), ""), "")}, 1, "vj");
        ZLoop d = ze_for(e, ze_i64(e, 0), ze_i64(e, hd), NULL, "d");
        LLVMValueRef a = ze_fmuladd(e, pj, ze_load_f32(e, ZO_DT_F32, vj, d.iv, ""), ze_load_f32(e, ZO_DT_F32, acc, d.iv, ""), "");
        ze_store_f32(e, acc, d.iv, a);
        ze_for_end(e, &d);
      }
      ze_for_end(e, &j2);
      LLVMValueRef sumv = ze_get(e, sum, "sum");
      LLVMValueRef yi = LLVMBuildInBoundsGEP2(e->B, e->tf, y,
          (LLVMValueRef[]){LLVMBuildAdd(e->B, LLVMBuildMul(e->B, LLVMBuildAdd(e->B, bT, i.iv, ""), ze_i64(e, qw), ""),
                                        LLVMBuildMul(e->B, h, ze_i64(e, hd), ""), "")}, 1, "yi");
      ZLoop d = ze_for(e, ze_i64(e, 0), ze_i64(e, hd), NULL, "out");
      LLVMValueRef a = LLVMBuildFPExt(e->B, ze_load_f32(e, ZO_DT_F32, acc, d.iv, ""), e->td, "");
      ze_store_f32(e, yi, d.iv, LLVMBuildFPTrunc(e->B, LLVMBuildFDiv(e->B, a, sumv, ""), e->tf, "y"));
      ze_for_end(e, &d);
    }
    ze_for_end(e, &i);
  }
  ze_for_end(e, &it);
}

/* ---- embedding: the table (a perturbed weight's storage: the perturbation slots) */
static int slots_embedding(Planner *pl, KPlan *kp) {
  const Value *t = kp->v->arg[0];
  kp->table = t;
  kp->in_ptr[0] = zp_in_ptr(kp, t);
  if (t->op == ZO_OP_WEIGHT && t->w->perturbed[0]) {
    vec_push(&kp->opd, ((KOpd){.v = t, .perturbed = true, .stream = zp_int_const(kp, t->w->stream[0]), .zoff = -1}));
    if (zp_need_perturb(pl, kp, zo_value_rows(kp->v)) < 0) return -1;
  }
  return 0;
}

/* ---- embedding: y[row, :] = table[id, :] (+ sign·eps·z when the table is perturbed) */
static void emit_embedding(Emit *e, const KPlan *p) {
  const Value *t = p->table;
  int64_t V = t->type.dims[0].coef, D = t->type.dims[1].coef;
  DType dt = t->type.dtype;
  LLVMValueRef tab = ze_ptr_arg(e, p->in_ptr[0], ze_storage_type(e, dt), "table");
  LLVMValueRef ids = ze_ptr_arg(e, p->in_ptr[1], e->t32, "ids"), y = ze_ptr_arg(e, p->out_ptr, e->tf, "y");
  LLVMValueRef rows = ze_size(e, p->rows, "rows");
  Pert P = zk_load_pert(e, p, rows);
  LLVMValueRef stream = P.on ? ze_int_arg(e, p->opd.data[0].stream, "stream") : NULL;
  ZLoop r = ze_for(e, e->a_begin, e->a_end, NULL, "row");
  {
    /* ids were checked by the executor; clamped here so nothing reads outside the table */
    LLVMValueRef id = ze_load_i64(e, ZO_DT_I32, ids, r.iv, "id");
    id = ze_min(e, ze_max(e, id, ze_i64(e, 0), ""), ze_i64(e, V - 1), "id");
    LLVMValueRef src = LLVMBuildMul(e->B, id, ze_i64(e, D), "src");
    LLVMValueRef dst = LLVMBuildMul(e->B, r.iv, ze_i64(e, D), "dst");
    ZIf pz = ze_if(e, P.on ? P.pert : LLVMConstInt(e->t1, 0, 0), "perturbed");
    if (P.on) {
      LLVMValueRef eps = zk_row_eps(e, &P, r.iv);
      ZLoop d = ze_for(e, ze_i64(e, 0), ze_i64(e, D), NULL, "dz");
      LLVMValueRef si = LLVMBuildAdd(e->B, src, d.iv, "");
      LLVMValueRef v = ze_load_f32(e, dt, tab, si, "v");
      LLVMValueRef z = ze_rng(e, P.seed, stream, si, "z");
      ze_store_f32(e, y, LLVMBuildAdd(e->B, dst, d.iv, ""), LLVMBuildFAdd(e->B, v, LLVMBuildFMul(e->B, eps, z, ""), "v.perturbed"));
      ze_for_end(e, &d);
    }
    ze_else(e, &pz);
    ZLoop d = ze_for(e, ze_i64(e, 0), ze_i64(e, D), NULL, "d");
    LLVMValueRef v = ze_load_f32(e, dt, tab, LLVMBuildAdd(e->B, src, d.iv, ""), "v");
    ze_store_f32(e, y, LLVMBuildAdd(e->B, dst, d.iv, ""), v);
    ze_for_end(e, &d);
    ze_endif(e, &pz);
  }
  ze_for_end(e, &r);
}

static void emit_positions(Emit *e, const KPlan *p) {
  LLVMValueRef y = ze_ptr_arg(e, p->out_ptr, e->t32, "pos");
  LLVMValueRef T = ze_size(e, p->N, "T");
  int64_t off = (int64_t)p->v->attr[0];
  ZLoop r = ze_for(e, e->a_begin, e->a_end, NULL, "row");
  ZLoop t = ze_for(e, ze_i64(e, 0), T, NULL, "t");
  LLVMValueRef idx = LLVMBuildAdd(e->B, LLVMBuildMul(e->B, r.iv, T, ""), t.iv, "");
  LLVMValueRef pp = LLVMBuildInBoundsGEP2(e->B, e->t32, y, &idx, 1, "");
  LLVMBuildStore(e->B, LLVMBuildTrunc(e->B, LLVMBuildAdd(e->B, t.iv, ze_i64(e, off), ""), e->t32, "p"), pp);
  ze_for_end(e, &t);
  ze_for_end(e, &r);
}

static void emit_softmax(Emit *e, const KPlan *p) {
  LLVMValueRef x = ze_ptr_arg(e, p->in_ptr[0], e->tf, "x"), y = ze_ptr_arg(e, p->out_ptr, e->tf, "y");
  LLVMValueRef N = ze_size(e, p->N, "N");
  ZLoop r = ze_for(e, e->a_begin, e->a_end, NULL, "row");
  {
    LLVMValueRef xr = LLVMBuildInBoundsGEP2(e->B, e->tf, x, (LLVMValueRef[]){LLVMBuildMul(e->B, r.iv, N, "")}, 1, "xr");
    LLVMValueRef yr = LLVMBuildInBoundsGEP2(e->B, e->tf, y, (LLVMValueRef[]){LLVMBuildMul(e->B, r.iv, N, "")}, 1, "yr");
    LLVMValueRef mx = ze_reduce(e, 2, xr, N, NULL, "max");
    LLVMValueRef sum = ze_var(e, e->td, ze_f64(e, 0), "sum");
    ZLoop n = ze_for(e, ze_i64(e, 0), N, NULL, "n");
    LLVMValueRef ex = ze_math(e, "exp", LLVMBuildFSub(e->B, ze_load_f32(e, ZO_DT_F32, xr, n.iv, ""), mx, ""), "e");
    ze_store_f32(e, yr, n.iv, ex);
    ze_set(e, sum, LLVMBuildFAdd(e->B, ze_get(e, sum, ""), LLVMBuildFPExt(e->B, ex, e->td, ""), ""));
    ze_for_end(e, &n);
    LLVMValueRef s = ze_get(e, sum, "sum");
    ZLoop n2 = ze_for(e, ze_i64(e, 0), N, NULL, "n2");
    LLVMValueRef v = LLVMBuildFPExt(e->B, ze_load_f32(e, ZO_DT_F32, yr, n2.iv, ""), e->td, "");
    ze_store_f32(e, yr, n2.iv, LLVMBuildFPTrunc(e->B, LLVMBuildFDiv(e->B, v, s, ""), e->tf, "y"));
    ze_for_end(e, &n2);
  }
  ze_for_end(e, &r);
}

/* element copies by size (slice and transpose move data only) */
/* ---- slice: the input's row length */
static int slots_slice(Planner *pl, KPlan *kp) {
  (void)pl;
  kp->T = zp_ksize(kp, zo_value_last_dim(kp->v->arg[0]));
  return 0;
}

static LLVMTypeRef bits_type(Emit *e, DType dt) { return LLVMIntTypeInContext(e->C, (unsigned)zo_dtype_size(dt) * 8); }

static void copy_elem(Emit *e, LLVMTypeRef t, LLVMValueRef src, LLVMValueRef si, LLVMValueRef dst, LLVMValueRef di) {
  LLVMValueRef v = LLVMBuildLoad2(e->B, t, LLVMBuildInBoundsGEP2(e->B, t, src, &si, 1, ""), "v");
  LLVMBuildStore(e->B, v, LLVMBuildInBoundsGEP2(e->B, t, dst, &di, 1, ""));
}

static void emit_slice(Emit *e, const KPlan *p) {
  const Value *v = p->v;
  LLVMTypeRef t = bits_type(e, v->type.dtype);
  LLVMValueRef x = ze_ptr_arg(e, p->in_ptr[0], t, "x"), y = ze_ptr_arg(e, p->out_ptr, t, "y");
  LLVMValueRef C = ze_size(e, p->T, "C");
  int64_t b0 = (int64_t)v->attr[0], w = (int64_t)v->attr[1] - b0, per = (int64_t)v->attr[2];
  ZLoop r = ze_for(e, e->a_begin, e->a_end, NULL, "row");
  if (per) {   /* [begin, end) of every period: output column c is period c / w's column b0 + c % w */
    int64_t wo = p->N.c;
    ZLoop c = ze_for(e, ze_i64(e, 0), ze_i64(e, wo), NULL, "c");
    LLVMValueRef col = LLVMBuildAdd(e->B, LLVMBuildMul(e->B, LLVMBuildSDiv(e->B, c.iv, ze_i64(e, w), ""), ze_i64(e, per), ""),
                                    LLVMBuildAdd(e->B, LLVMBuildSRem(e->B, c.iv, ze_i64(e, w), ""), ze_i64(e, b0), ""), "col");
    copy_elem(e, t, x, LLVMBuildAdd(e->B, LLVMBuildMul(e->B, r.iv, C, ""), col, ""), y,
              LLVMBuildAdd(e->B, LLVMBuildMul(e->B, r.iv, ze_i64(e, wo), ""), c.iv, ""));
    ze_for_end(e, &c);
    ze_for_end(e, &r);
    return;
  }
  ZLoop c = ze_for(e, ze_i64(e, 0), ze_i64(e, w), NULL, "c");
  LLVMValueRef si = LLVMBuildAdd(e->B, LLVMBuildMul(e->B, r.iv, C, ""), LLVMBuildAdd(e->B, c.iv, ze_i64(e, b0), ""), "");
  LLVMValueRef di = LLVMBuildAdd(e->B, LLVMBuildMul(e->B, r.iv, ze_i64(e, w), ""), c.iv, "");
  copy_elem(e, t, x, si, y, di);
  ze_for_end(e, &c);
  ze_for_end(e, &r);
}

/* transpose: an item per output row */
static int slots_transpose(Planner *pl, KPlan *kp) {
  (void)pl;
  kp->k->items = kp->v->arg[0]->type.dims[1];
  kp->k->items_what = "output rows";
  return 0;
}

static void emit_transpose(Emit *e, const KPlan *p) {
  const Value *x = p->v->arg[0];
  int64_t R = x->type.dims[0].coef, C = x->type.dims[1].coef;
  LLVMTypeRef t = bits_type(e, p->v->type.dtype);
  LLVMValueRef src = ze_ptr_arg(e, p->in_ptr[0], t, "x"), dst = ze_ptr_arg(e, p->out_ptr, t, "y");
  ZLoop c = ze_for(e, e->a_begin, e->a_end, NULL, "c");
  ZLoop r = ze_for(e, ze_i64(e, 0), ze_i64(e, R), NULL, "r");
  copy_elem(e, t, src, LLVMBuildAdd(e->B, LLVMBuildMul(e->B, r.iv, ze_i64(e, C), ""), c.iv, ""), dst,
            LLVMBuildAdd(e->B, LLVMBuildMul(e->B, c.iv, ze_i64(e, R), ""), r.iv, ""));
  ze_for_end(e, &r);
  ze_for_end(e, &c);
}

/* cross entropy: a row per loss, N the class count */
static int slots_xent(Planner *pl, KPlan *kp) {
  (void)pl;
  const Value *v = kp->v;
  kp->N = zp_ksize(kp, zo_value_last_dim(v->arg[0]));
  kp->rows = zp_ksize(kp, zo_value_numel(v));
  kp->k->items = zo_value_numel(v);
  return 0;
}

static void emit_xent(Emit *e, const KPlan *p) {
  LLVMValueRef x = ze_ptr_arg(e, p->in_ptr[0], e->tf, "logits"), tg = ze_ptr_arg(e, p->in_ptr[1], e->t32, "targets");
  LLVMValueRef y = ze_ptr_arg(e, p->out_ptr, e->tf, "loss");
  int64_t V = p->N.c;
  ZLoop r = ze_for(e, e->a_begin, e->a_end, NULL, "row");
  {
    LLVMValueRef t = ze_load_i64(e, ZO_DT_I32, tg, r.iv, "target");
    LLVMValueRef out = ze_var(e, e->tf, ze_f32(e, 0), "loss");
    ZIf ok = ze_if(e, LLVMBuildICmp(e->B, LLVMIntSGE, t, ze_i64(e, 0), ""), "valid");
    {
      LLVMValueRef tc = ze_min(e, t, ze_i64(e, V - 1), "t");
      LLVMValueRef xr = LLVMBuildInBoundsGEP2(e->B, e->tf, x, (LLVMValueRef[]){LLVMBuildMul(e->B, r.iv, ze_i64(e, V), "")}, 1, "xr");
      LLVMValueRef mx = LLVMBuildFPExt(e->B, ze_reduce(e, 2, xr, ze_i64(e, V), NULL, "max"), e->td, "max.d");
      LLVMValueRef sum = ze_var(e, e->td, ze_f64(e, 0), "sum");
      ZLoop n = ze_for(e, ze_i64(e, 0), ze_i64(e, V), NULL, "n");
      LLVMValueRef d = LLVMBuildFSub(e->B, LLVMBuildFPExt(e->B, ze_load_f32(e, ZO_DT_F32, xr, n.iv, ""), e->td, ""), mx, "");
      ze_set(e, sum, LLVMBuildFAdd(e->B, ze_get(e, sum, ""), ze_math_f64(e, "exp", d, ""), ""));
      ze_for_end(e, &n);
      LLVMValueRef lse = LLVMBuildFAdd(e->B, mx, ze_math_f64(e, "log", ze_get(e, sum, ""), ""), "lse");
      LLVMValueRef xt = LLVMBuildFPExt(e->B, ze_load_f32(e, ZO_DT_F32, xr, tc, "x.t"), e->td, "");
      ze_set(e, out, LLVMBuildFPTrunc(e->B, LLVMBuildFSub(e->B, lse, xt, ""), e->tf, ""));
    }
    ze_endif(e, &ok);
    ze_store_f32(e, y, r.iv, ze_get(e, out, "loss"));
  }
  ze_for_end(e, &r);
}

/* each op's slots beyond the common ones (NULL: none) and its emitter */
static const ZkOp single_ops[] = {
  {ZO_OP_ROPE, slots_rope, emit_rope},
  {ZO_OP_ATTENTION, slots_attention, emit_attention},
  {ZO_OP_EMBEDDING, slots_embedding, emit_embedding},
  {ZO_OP_POSITIONS, NULL, emit_positions},
  {ZO_OP_SOFTMAX, NULL, emit_softmax},
  {ZO_OP_SLICE, slots_slice, emit_slice},
  {ZO_OP_TRANSPOSE, slots_transpose, emit_transpose},
  {ZO_OP_CROSS_ENTROPY, slots_xent, emit_xent},
};

const ZkOp *zk_single_op(Op op) {
  for (size_t i = 0; i < ZO_COUNT(single_ops); i++)
    if (single_ops[i].op == op) return &single_ops[i];
  return NULL;
}

void zk_emit_single(Emit *e, const KPlan *p) {
  const ZkOp *o = zk_single_op(p->v->op);
  ZO_ASSERT(o);   /* llvm/plan.c planned it */
  o->emit(e, p);
}
