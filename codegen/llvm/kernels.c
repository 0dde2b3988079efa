/* llvm/kernels.c — one emitter per kernel kind, from a plan (llvm/plan.c);
 * each elementwise op's arithmetic (ew_op: a new elementwise op is a case).
 *
 * The matmul (y[M, N] = x[M, K] · W[K, N], W dequantized and perturbed on the
 * fly, llvm/sx.c) is the heart:
 *  - parallel over blocks of nb columns: each call computes whole column
 *    blocks, so every W element is dequantized by exactly one thread and no
 *    result depends on the thread count. A last, partial block is shifted
 *    left to end at N and stores only its new columns (masked), so every
 *    load stays full-width and in bounds;
 *  - few rows (M <= 4: decoding, n = 1 micro-benchmarks): the "direct" path
 *    dequantizes each k's nb columns into registers and multiplies at once;
 *    with W = H·R (GPTQ: scale · (q − zero)) it sums x·R over a run of the
 *    key (a group) and applies H(sign) once per run — the packed weights are
 *    read once for both signs;
 *  - more rows: per K tile of KB rows, the tile's W is dequantized once per
 *    sign present into a [KB][nb] panel in scratch, then rows run through a
 *    register-blocked micro-kernel (RB rows × nb columns of accumulators,
 *    explicit <nb x float> vectors, llvm.fmuladd) that reads the panel; the
 *    accumulators carry across tiles in scratch, in a fixed k order;
 *  - the epilogue applies the fused elementwise members (bias, silu, mul by
 *    another operand, the residual add) to the accumulator vectors and stores
 *    every materialized member;
 *  - a low-precision forward (recipe setting forward = fp8 | int8,
 *    docs/lowprec.md) takes its own path, mm_lowprec: operands quantized by
 *    the runtime's functions, grid products summed exactly in double.
 * The other kinds are row loops: elementwise chains, norms (with the fused
 * residual add) whose sums run over 8 double lanes in a fixed order; the ops
 * that run alone are llvm/ops.c's.
 *
 * Sign of a row: rows [0, srows) of a perturbed call read +eps·z, the others
 * −eps·z (srows = split · rows per batch entry, ZO_KARG_SPLIT_ROWS).
 */
#include <math.h>
#include <string.h>

#include "codegen/llvm/internal.h"

#define KB ZO_KB
#define RB ZO_RB
#define MAXEW 64

/* ---- the perturbation state of a call */
Pert zk_load_pert(Emit *e, const KPlan *p, LLVMValueRef rows) {
  Pert P = {0};
  if (p->a_pert < 0) {
    P.pert = LLVMConstInt(e->t1, 0, 0);
    P.seed = ze_i64(e, 0);
    P.e0 = P.e1 = ze_f32(e, 0);
    P.srows = rows;
    return P;
  }
  P.on = true;
  P.pert = LLVMBuildICmp(e->B, LLVMIntNE, ze_int_arg(e, p->a_pert, "perturb"), ze_i64(e, 0), "perturbed");
  P.seed = ze_int_arg(e, p->a_seed, "seed");
  LLVMValueRef eps = ze_float_arg(e, p->f_eps, "eps");
  P.e0 = LLVMBuildSelect(e->B, P.pert, eps, ze_f32(e, 0), "eps.pos");
  P.e1 = LLVMBuildFNeg(e->B, P.e0, "eps.neg");
  /* rows [0, srows) take +eps; unperturbed: all rows are slot 0 */
  LLVMValueRef sr = ze_max(e, ze_min(e, ze_int_arg(e, p->a_srows, "split.rows"), rows, ""), ze_i64(e, 0), "");
  P.srows = LLVMBuildSelect(e->B, P.pert, sr, rows, "rows.pos");
  return P;
}

LLVMValueRef zk_row_eps(Emit *e, const Pert *P, LLVMValueRef m) {
  if (!P->on) return ze_f32(e, 0);
  return LLVMBuildSelect(e->B, LLVMBuildICmp(e->B, LLVMIntSLT, m, P->srows, ""), P->e0, P->e1, "eps.row");
}

/* ---- elementwise members */
typedef struct EwEnv {
  const KPlan *p;
  const Pert *P;
  LLVMValueRef opd_base[MAXEW], opd_stream[MAXEW], opd_z[MAXEW], out_base[MAXEW];
  LLVMValueRef N;                 /* row length (i64) */
  bool zblock;                    /* opd z buffers are [rows][nb] per column block (matmul) */
} EwEnv;

static void ew_env(Emit *e, EwEnv *env, const KPlan *p, const Pert *P, LLVMValueRef N) {
  memset(env, 0, sizeof *env);
  env->p = p;
  env->P = P;
  env->N = N;
  ZO_ASSERT(p->opd.len <= MAXEW && p->ew.len <= MAXEW);
  for (int i = 0; i < p->opd.len; i++) {
    const KOpd *o = &p->opd.data[i];
    char nm[64];
    /* names from the structure, never from the model's variable names, so
       kernels that differ only in those still share one function */
    snprintf(nm, sizeof nm, "%s%d", o->v->op == ZO_OP_WEIGHT ? "w" : "in", i);
    if (!o->dt) continue;   /* the embedding table of an embedding kernel: read by its emitter */
    env->opd_base[i] = ze_ptr_arg(e, o->ptr, ze_storage_type(e, o->dt), nm);
    if (o->perturbed) env->opd_stream[i] = ze_int_arg(e, o->stream, "stream");
    if (o->zoff >= 0) env->opd_z[i] = ze_scratch(e, ze_i64(e, o->zoff), e->tf, "opd.z");
  }
  for (int i = 0; i < p->ew.len; i++) {
    const KEw *m = &p->ew.data[i];
    if (m->out < 0) continue;
    char nm[64];
    snprintf(nm, sizeof nm, "out%d.%s", i, zo_op_name(m->v->op));
    env->out_base[i] = ze_ptr_arg(e, m->out, e->tf, nm);
  }
}

/* whole-operand z prologue (elementwise kernels and norms): once per call */
static void opd_z_prologue(Emit *e, EwEnv *env) {
  const KPlan *p = env->p;
  for (int i = 0; i < p->opd.len; i++) {
    const KOpd *o = &p->opd.data[i];
    if (!o->perturbed || o->zoff < 0) continue;
    ZIf pz = ze_if(e, env->P->pert, "opdz");
    ze_rng_fill(e, env->P->seed, env->opd_stream[i], ze_i64(e, 0), ze_i64(e, o->numel), env->opd_z[i]);
    ze_endif(e, &pz);
  }
}

/* operand i at row m, column n (vector: columns n .. n+nb-1) */
static LLVMValueRef opd_load(Emit *e, EwEnv *env, int i, LLVMValueRef m, LLVMValueRef n, bool vec, LLVMValueRef eps) {
  const KOpd *o = &env->p->opd.data[i];
  LLVMValueRef row;
  if (o->full) row = m;
  else if (o->rows.c == 1) row = ze_i64(e, 0);
  else row = LLVMBuildURem(e->B, m, ze_size(e, o->rows, "opd.rows"), "opd.row");
  LLVMValueRef idx = LLVMBuildAdd(e->B, LLVMBuildMul(e->B, row, env->N, ""), n, "opd.i");
  char nm[64];
  snprintf(nm, sizeof nm, "%s%d", o->v->op == ZO_OP_WEIGHT ? "w" : "in", i);
  LLVMValueRef v = vec ? ze_to_f32(e, o->dt, ze_vload_raw(e, o->dt, env->opd_base[i], idx, ""), nm)
                       : ze_load_f32(e, o->dt, env->opd_base[i], idx, nm);
  if (!o->perturbed) return v;
  LLVMValueRef z;
  if (o->zoff >= 0 && env->zblock) {
    LLVMValueRef p = LLVMBuildInBoundsGEP2(e->B, e->tf, env->opd_z[i],
                                           (LLVMValueRef[]){LLVMBuildMul(e->B, row, ze_i64(e, e->nb), "")}, 1, "");
    p = LLVMBuildBitCast(e->B, p, LLVMPointerType(ze_vec(e, e->tf), 0), "");
    z = LLVMBuildLoad2(e->B, ze_vec(e, e->tf), p, "z");
    LLVMSetAlignment(z, 4);
  } else if (o->zoff >= 0) {
    z = vec ? ze_to_f32(e, ZO_DT_F32, ze_vload_raw(e, ZO_DT_F32, env->opd_z[i], idx, ""), "z")
            : ze_load_f32(e, ZO_DT_F32, env->opd_z[i], idx, "z");
  } else {
    LLVMTypeRef zt = vec ? ze_vec(e, e->tf) : e->tf;
    LLVMValueRef zv = ze_var(e, zt, LLVMConstNull(zt), "z.var");
    ZIf pz = ze_if(e, env->P->pert, "z");
    LLVMValueRef ix = vec ? LLVMBuildAdd(e->B, ze_splat(e, idx, ""), ze_iota(e, e->t64), "") : idx;
    ze_set(e, zv, vec ? ze_rng_vec(e, env->P->seed, env->opd_stream[i], ix, "z") : ze_rng(e, env->P->seed, env->opd_stream[i], ix, "z"));
    ze_endif(e, &pz);
    z = ze_get(e, zv, "z");
  }
  LLVMValueRef ev = vec ? ze_splat(e, eps, "") : eps;
  snprintf(nm, sizeof nm, "%s%d.perturbed", o->v->op == ZO_OP_WEIGHT ? "w" : "in", i);
  return LLVMBuildFAdd(e->B, v, LLVMBuildFMul(e->B, ev, z, ""), nm);
}

static LLVMValueRef fconst(Emit *e, LLVMValueRef like, double v) {
  LLVMValueRef c = ze_f32(e, v);
  return ze_is_vec(like) ? ze_splat(e, c, "") : c;
}

/* one elementwise op on f32 scalars or vectors */
static LLVMValueRef ew_op(Emit *e, const Value *v, LLVMValueRef a, LLVMValueRef b) {
  const char *nm = zo_op_name(v->op);
  switch (v->op) {
  case ZO_OP_ADD: return LLVMBuildFAdd(e->B, a, b, nm);
  case ZO_OP_SUB: return LLVMBuildFSub(e->B, a, b, nm);
  case ZO_OP_MUL: return LLVMBuildFMul(e->B, a, b, nm);
  case ZO_OP_SCALE: {
    /* in double, rounded once, as the reference */
    LLVMTypeRef dt = ze_is_vec(a) ? ze_vec(e, e->td) : e->td;
    LLVMValueRef c = ze_f64(e, v->attr[0]);
    if (ze_is_vec(a)) c = ze_splat(e, c, "");
    return LLVMBuildFPTrunc(e->B, LLVMBuildFMul(e->B, LLVMBuildFPExt(e->B, a, dt, ""), c, ""), LLVMTypeOf(a), nm);
  }
  case ZO_OP_SHIFT: {
    /* in double, rounded once, as the reference (and scale) */
    LLVMTypeRef dt = ze_is_vec(a) ? ze_vec(e, e->td) : e->td;
    LLVMValueRef c = ze_f64(e, v->attr[0]);
    if (ze_is_vec(a)) c = ze_splat(e, c, "");
    return LLVMBuildFPTrunc(e->B, LLVMBuildFAdd(e->B, LLVMBuildFPExt(e->B, a, dt, ""), c, ""), LLVMTypeOf(a), nm);
  }
  case ZO_OP_SILU: {
    /* x / (1 + e^-x): → -0 for very negative x, the right limit */
    LLVMValueRef ex = ze_math(e, "exp", LLVMBuildFNeg(e->B, a, ""), "");
    return LLVMBuildFDiv(e->B, a, LLVMBuildFAdd(e->B, fconst(e, a, 1.0), ex, ""), nm);
  }
  case ZO_OP_GELU: {
    /* x · ½ erfc(−x/√2): no cancellation in the left tail */
    LLVMValueRef t = LLVMBuildFMul(e->B, a, fconst(e, a, -0.70710678118654752440), "");
    LLVMValueRef er = ze_math(e, "erfc", t, "");
    return LLVMBuildFMul(e->B, LLVMBuildFMul(e->B, a, fconst(e, a, 0.5), ""), er, nm);
  }
  case ZO_OP_GELU_TANH: {
    /* ½x(1 + tanh u) = x / (1 + e^(−2u)), u = √(2/π)(x + 0.044715x³) */
    LLVMValueRef x3 = LLVMBuildFMul(e->B, LLVMBuildFMul(e->B, a, a, ""), a, "");
    LLVMValueRef u = LLVMBuildFAdd(e->B, a, LLVMBuildFMul(e->B, fconst(e, a, 0.044715), x3, ""), "");
    u = LLVMBuildFMul(e->B, u, fconst(e, a, -2.0 * 0.79788456080286535588), "");
    LLVMValueRef ex = ze_math(e, "exp", u, "");
    return LLVMBuildFDiv(e->B, a, LLVMBuildFAdd(e->B, fconst(e, a, 1.0), ex, ""), nm);
  }
  case ZO_OP_TANH: return ze_math(e, "tanh", a, nm);   /* libm's tanhf: within an ulp or two of the reference */
  case ZO_OP_RELU: {
    /* negative → 0; NaN stays NaN */
    LLVMValueRef neg = LLVMBuildFCmp(e->B, LLVMRealOLT, a, fconst(e, a, 0.0), "");
    return LLVMBuildSelect(e->B, neg, fconst(e, a, 0.0), a, nm);
  }
  default: ZO_BUG("op %s is not elementwise", zo_op_name(v->op));
  }
}

/* Evaluates the members at (m, n) (vector mode: columns n .. n+nb-1, `given`
 * the matmul's value) and stores the roots (masked when mask). Returns the
 * values of every member in vals. */
static void ew_eval(Emit *e, EwEnv *env, LLVMValueRef m, LLVMValueRef n, bool vec, LLVMValueRef given,
                    LLVMValueRef mask, LLVMValueRef *vals) {
  const KPlan *p = env->p;
  LLVMValueRef eps = zk_row_eps(e, env->P, m);
  LLVMValueRef opdv[MAXEW] = {0};
  LLVMValueRef out_idx = NULL;
  for (int i = 0; i < p->ew.len; i++) {
    const KEw *mb = &p->ew.data[i];
    if (mb->v->op == ZO_OP_MATMUL) {
      vals[i] = given;
    } else {
      LLVMValueRef a[2] = {NULL, NULL};
      for (int j = 0; j < mb->v->narg; j++) {
        int s = mb->src[j];
        if (s < 0) a[j] = vals[-1 - s];
        else {
          if (!opdv[s]) opdv[s] = opd_load(e, env, s, m, n, vec, eps);
          a[j] = opdv[s];
        }
      }
      vals[i] = ew_op(e, mb->v, a[0], a[1]);
    }
    if (mb->out >= 0) {
      if (!out_idx) out_idx = LLVMBuildAdd(e->B, LLVMBuildMul(e->B, m, env->N, ""), n, "out.i");
      if (!vec) ze_store_f32(e, env->out_base[i], out_idx, vals[i]);
      else if (mask) ze_vstore_masked(e, env->out_base[i], out_idx, vals[i], mask);
      else ze_vstore(e, env->out_base[i], out_idx, vals[i]);
    }
  }
}

/* ---- matmul */
typedef struct Mm {
  Emit *e;
  const KPlan *p;
  SxCtx *sx;
  EwEnv env;
  Pert P;
  LLVMValueRef x, M, n0, mask, K, N;
  bool signdep;
} Mm;

/* block cb: its first column (a last partial block is shifted to end at N)
 * and the mask of the lanes it stores (those >= cb·nb - n0) */
static void mm_block(Mm *mm, LLVMValueRef cb) {
  Emit *e = mm->e;
  LLVMValueRef c0 = LLVMBuildMul(e->B, cb, ze_i64(e, e->nb), "c0");
  mm->n0 = ze_min(e, c0, ze_i64(e, mm->p->dq.N - e->nb), "n0");
  LLVMValueRef lo = LLVMBuildSub(e->B, c0, mm->n0, "lane.lo");
  mm->mask = LLVMBuildICmp(e->B, LLVMIntSGE, ze_iota(e, e->t64), ze_splat(e, lo, ""), "store.mask");
}

static LLVMValueRef zregion(Mm *mm, LLVMValueRef j) {
  Emit *e = mm->e;
  LLVMValueRef off = LLVMBuildAdd(e->B, ze_i64(e, mm->p->zchunk_off), LLVMBuildMul(e->B, j, ze_i64(e, mm->p->zblk_bytes), ""), "");
  return LLVMBuildInBoundsGEP2(e->B, e->t8, e->a_scratch, &off, 1, "zregion");
}

/* z of perturbed epilogue operands for the current block's columns */
static void mm_opd_z(Mm *mm) {
  Emit *e = mm->e;
  const KPlan *p = mm->p;
  for (int i = 0; i < p->opd.len; i++) {
    const KOpd *o = &p->opd.data[i];
    if (!o->perturbed || o->zoff < 0) continue;
    ZIf pz = ze_if(e, mm->P.pert, "opdz");
    ZLoop r = ze_for(e, ze_i64(e, 0), ze_i64(e, o->rows.c), NULL, "opdz.row");
    LLVMValueRef out = LLVMBuildInBoundsGEP2(e->B, e->tf, mm->env.opd_z[i], (LLVMValueRef[]){LLVMBuildMul(e->B, r.iv, ze_i64(e, e->nb), "")}, 1, "");
    LLVMValueRef first = LLVMBuildAdd(e->B, LLVMBuildMul(e->B, r.iv, mm->N, ""), mm->n0, "");
    LLVMValueRef idx = LLVMBuildAdd(e->B, ze_splat(e, first, ""), ze_iota(e, e->t64), "");
    ze_vstore(e, out, ze_i64(e, 0), ze_rng_vec(e, mm->P.seed, mm->env.opd_stream[i], idx, "z"));
    ze_for_end(e, &r);
    ze_endif(e, &pz);
  }
}

static void mm_epilogue(Mm *mm, LLVMValueRef m, LLVMValueRef acc) {
  LLVMValueRef vals[MAXEW];
  ew_eval(mm->e, &mm->env, m, mm->n0, true, acc, mm->mask, vals);
}

static LLVMValueRef x_at(Mm *mm, LLVMValueRef m, LLVMValueRef k) {
  Emit *e = mm->e;
  LLVMValueRef i = LLVMBuildAdd(e->B, LLVMBuildMul(e->B, m, mm->K, ""), k, "");
  return ze_splat(e, ze_load_f32(e, ZO_DT_F32, mm->x, i, "x"), "x.v");
}

#define ZO_PREFETCH 2   /* k steps ahead that the direct path prefetches */
#define CHAINS 4   /* independent accumulator chains per row in a k step (FMA latency) */

typedef struct Direct {
  Mm *mm;
  int R;
  bool fac, aff;
  LLVMValueRef m[RB], sel[RB], ch[RB][CHAINS];
} Direct;

/* one k into chain c: x·R (factored) or x·W(sign of the row) */
static void direct_k(Direct *d, LLVMValueRef k, int c) {
  Mm *mm = d->mm;
  Emit *e = mm->e;
  zs_at(mm->sx, k);
  LLVMValueRef rv = NULL, w0 = NULL, w1 = NULL;
  if (d->fac) rv = zs_rest(mm->sx);
  else {
    w0 = zs_w(mm->sx, 0);
    w1 = mm->signdep ? zs_w(mm->sx, 1) : w0;
  }
  for (int r = 0; r < d->R; r++) {
    LLVMValueRef w = rv ? rv : mm->signdep ? LLVMBuildSelect(e->B, d->sel[r], w1, w0, "w.row") : w0;
    ze_set(e, d->ch[r][c], ze_fmuladd(e, x_at(mm, d->m[r], k), w, ze_get(e, d->ch[r][c], ""), "part"));
  }
}

/* [RB][chunk][nb] vectors in scratch at off: row slot r, block j of the chunk */
static LLVMValueRef dvec_ptr(Mm *mm, int64_t off, int r, LLVMValueRef j) {
  Emit *e = mm->e;
  LLVMValueRef base = ze_scratch(e, ze_i64(e, off), e->tf, "dvec");
  LLVMValueRef i = LLVMBuildMul(e->B, LLVMBuildAdd(e->B, ze_i64(e, (int64_t)r * mm->p->chunk), j, ""), ze_i64(e, e->nb), "");
  LLVMValueRef p = LLVMBuildInBoundsGEP2(e->B, e->tf, base, &i, 1, "");
  return LLVMBuildBitCast(e->B, p, LLVMPointerType(ze_vec(e, e->tf), 0), "");
}

static LLVMValueRef vload(Emit *e, LLVMValueRef p, const char *name) {
  LLVMValueRef v = LLVMBuildLoad2(e->B, LLVMGetElementType(LLVMTypeOf(p)), p, name);
  LLVMSetAlignment(v, 4);
  return v;
}

static void vstore(Emit *e, LLVMValueRef v, LLVMValueRef p) { LLVMSetAlignment(LLVMBuildStore(e->B, v, p), 4); }

static LLVMValueRef hstate(Mm *mm, LLVMValueRef j) {
  Emit *e = mm->e;
  LLVMValueRef off = LLVMBuildAdd(e->B, ze_i64(e, mm->p->hstate_off), LLVMBuildMul(e->B, j, ze_i64(e, mm->p->hstate_bytes), ""), "");
  return LLVMBuildInBoundsGEP2(e->B, e->t8, e->a_scratch, &off, 1, "hstate");
}

/* selects block j of the chunk starting at c0 (columns, z region) */
static void direct_block(Mm *mm, LLVMValueRef c0, LLVMValueRef j) {
  mm_block(mm, LLVMBuildAdd(mm->e->B, c0, j, "cb"));
  zs_set_block(mm->sx, mm->n0, zregion(mm, j));
}

/* M <= R rows, blocks [c0, c1) of one chunk. The key's runs (GPTQ groups)
 * over a tile of k are found once (keys depend on k only). Per run, each
 * block's hoisted values (scale, zero point) are computed and kept in
 * scratch; then k advances ZO_KS at a time and each step sweeps every block
 * of the chunk, so consecutive blocks read neighbouring cache lines of the
 * same packed rows (a stream through memory, not a 16 KiB stride); a run's
 * sum per block is scaled by its H(sign) once at the run's end.
 * (Long: it is one loop nest — tile, run, k step, block — whose levels
 * open and close LLVM blocks around each other; its leaf work is already in
 * helpers, and cutting the nest apart would pass half-built loops between
 * functions.) */
static void mm_direct(Mm *mm, int R, LLVMValueRef c0, LLVMValueRef c1) {
  Emit *e = mm->e;
  const KPlan *p = mm->p;
  Direct d = {.mm = mm, .R = R};
  LLVMTypeRef vt = ze_vec(e, e->tf);
  for (int r = 0; r < R; r++) {
    d.m[r] = ze_min(e, ze_i64(e, r), LLVMBuildSub(e->B, mm->M, ze_i64(e, 1), ""), "m");
    d.sel[r] = LLVMBuildICmp(e->B, LLVMIntSGE, d.m[r], mm->P.srows, "neg.row");
    for (int c = 0; c < CHAINS; c++) {
      char nm[32];
      snprintf(nm, sizeof nm, "chain%d.%d", r, c);
      d.ch[r][c] = ze_var(e, vt, NULL, nm);
    }
  }
  d.fac = zs_factored(mm->sx);
  d.aff = d.fac && zs_affine(mm->sx);
  bool keys = zs_has_keys(mm->sx);
  LLVMValueRef nblk = LLVMBuildSub(e->B, c1, c0, "nblk");
  /* z prologues and zeroed accumulators for the chunk */
  ZLoop pb = ze_for(e, ze_i64(e, 0), nblk, NULL, "zblk");
  direct_block(mm, c0, pb.iv);
  zs_prologue(mm->sx);
  for (int r = 0; r < R; r++) vstore(e, LLVMConstNull(vt), dvec_ptr(mm, p->dacc_off, r, pb.iv));
  ze_for_end(e, &pb);
  LLVMValueRef runs = ze_scratch(e, ze_i64(e, p->runs_off), e->t64, "runs");
  LLVMValueRef nruns = ze_var(e, e->t64, NULL, "nruns");
  ZLoop kt = ze_for(e, ze_i64(e, 0), mm->K, ze_i64(e, ZO_KT), "kt");
  LLVMValueRef kend = ze_min(e, LLVMBuildAdd(e->B, kt.iv, ze_i64(e, ZO_KT), ""), mm->K, "kend");
  /* where the key changes in [kt, kend) */
  ze_set(e, nruns, ze_i64(e, 0));
  if (keys) {
    ZLoop kr = ze_for(e, kt.iv, kend, NULL, "kr");
    LLVMValueRef chg = zs_key_change(mm->sx, kr.iv);
    LLVMValueRef start = LLVMBuildOr(e->B, chg, LLVMBuildICmp(e->B, LLVMIntEQ, kr.iv, kt.iv, ""), "run.start");
    ZIf st = ze_if(e, start, "newrun");
    LLVMValueRef n = ze_get(e, nruns, "n");
    LLVMBuildStore(e->B, kr.iv, LLVMBuildInBoundsGEP2(e->B, e->t64, runs, &n, 1, ""));
    ze_set(e, nruns, LLVMBuildAdd(e->B, n, ze_i64(e, 1), ""));
    ze_endif(e, &st);
    ze_for_end(e, &kr);
  } else {
    LLVMBuildStore(e->B, kt.iv, runs);
    ze_set(e, nruns, ze_i64(e, 1));
  }
  LLVMValueRef nr = ze_get(e, nruns, "nruns");
  LLVMBuildStore(e->B, kend, LLVMBuildInBoundsGEP2(e->B, e->t64, runs, &nr, 1, ""));
  ZLoop ri = ze_for(e, ze_i64(e, 0), nr, NULL, "run");
  {
    LLVMValueRef ka = LLVMBuildLoad2(e->B, e->t64, LLVMBuildInBoundsGEP2(e->B, e->t64, runs, &ri.iv, 1, ""), "ka");
    LLVMValueRef ri1 = LLVMBuildAdd(e->B, ri.iv, ze_i64(e, 1), "");
    LLVMValueRef kb = LLVMBuildLoad2(e->B, e->t64, LLVMBuildInBoundsGEP2(e->B, e->t64, runs, &ri1, 1, ""), "kb");
    /* each block's hoisted values for this run */
    ZLoop hb = ze_for(e, ze_i64(e, 0), nblk, NULL, "hblk");
    direct_block(mm, c0, hb.iv);
    zs_begin(mm->sx);
    if (keys) zs_hoist_at(mm->sx, ka);
    zs_save(mm->sx, hstate(mm, hb.iv));
    for (int r = 0; r < R; r++) vstore(e, LLVMConstNull(vt), dvec_ptr(mm, p->dpart_off, r, hb.iv));
    ze_for_end(e, &hb);
    /* k steps across the chunk */
    ZLoop ks = ze_for(e, ka, kb, ze_i64(e, ZO_KS), "ks");
    {
      LLVMValueRef ke = ze_min(e, LLVMBuildAdd(e->B, ks.iv, ze_i64(e, ZO_KS), ""), kb, "ke");
      LLVMValueRef full = LLVMBuildICmp(e->B, LLVMIntEQ, LLVMBuildSub(e->B, ke, ks.iv, ""), ze_i64(e, ZO_KS), "full");
      ZLoop sb = ze_for(e, ze_i64(e, 0), nblk, NULL, "sblk");
      {
        direct_block(mm, c0, sb.iv);
        zs_load(mm->sx, hstate(mm, sb.iv));
        for (int r = 0; r < R; r++)
          for (int c = 0; c < CHAINS; c++) ze_set(e, d.ch[r][c], LLVMConstNull(vt));
        zs_prefetch(mm->sx, ze_min(e, LLVMBuildAdd(e->B, ks.iv, ze_i64(e, ZO_KS * ZO_PREFETCH), ""), LLVMBuildSub(e->B, mm->K, ze_i64(e, 1), ""), "kpre"));
        ZIf f = ze_if(e, full, "kstep");
        for (int i = 0; i < ZO_KS; i++) direct_k(&d, LLVMBuildAdd(e->B, ks.iv, ze_i64(e, i), "k"), i % CHAINS);
        ze_else(e, &f);
        ZLoop k = ze_for(e, ks.iv, ke, NULL, "k");
        direct_k(&d, k.iv, 0);
        ze_for_end(e, &k);
        ze_endif(e, &f);
        for (int r = 0; r < R; r++) {
          LLVMValueRef pp = dvec_ptr(mm, p->dpart_off, r, sb.iv);
          LLVMValueRef v = vload(e, pp, "part");
          for (int c = 0; c < CHAINS; c++) v = LLVMBuildFAdd(e->B, v, ze_get(e, d.ch[r][c], ""), "part");
          vstore(e, v, pp);
        }
      }
      ze_for_end(e, &sb);
    }
    ze_for_end(e, &ks);
    /* Σx over the run (the same for every block) */
    LLVMValueRef xs[RB] = {0};   /* set when d.aff, the only case z is */
    for (int r = 0; r < R && d.aff; r++) {
      LLVMValueRef xsv = ze_var(e, e->tf, ze_f32(e, 0), "xsum");
      ZLoop k = ze_for(e, ka, kb, NULL, "kx");
      LLVMValueRef xi = LLVMBuildAdd(e->B, LLVMBuildMul(e->B, d.m[r], mm->K, ""), k.iv, "");
      ze_set(e, xsv, LLVMBuildFAdd(e->B, ze_get(e, xsv, ""), ze_load_f32(e, ZO_DT_F32, mm->x, xi, "x"), ""));
      ze_for_end(e, &k);
      xs[r] = ze_splat(e, ze_get(e, xsv, "xsum"), "xsum.v");
    }
    /* end of the run: acc += H(sign of the row) · (part − Z·Σx) */
    ZLoop fb = ze_for(e, ze_i64(e, 0), nblk, NULL, "fblk");
    {
      direct_block(mm, c0, fb.iv);
      zs_load(mm->sx, hstate(mm, fb.iv));
      LLVMValueRef h0 = NULL, h1 = NULL, z = NULL;
      if (d.fac) {
        h0 = zs_factor(mm->sx, 0);
        h1 = mm->signdep ? zs_factor(mm->sx, 1) : h0;
        z = zs_zero(mm->sx);
      }
      for (int r = 0; r < R; r++) {
        LLVMValueRef ap = dvec_ptr(mm, p->dacc_off, r, fb.iv);
        LLVMValueRef v = vload(e, dvec_ptr(mm, p->dpart_off, r, fb.iv), "part"), acc = vload(e, ap, "acc");
        if (d.fac) {
          if (z) v = LLVMBuildFSub(e->B, v, LLVMBuildFMul(e->B, z, xs[r], ""), "run");
          LLVMValueRef h = mm->signdep ? LLVMBuildSelect(e->B, d.sel[r], h1, h0, "h.row") : h0;
          acc = ze_fmuladd(e, h, v, acc, "acc");
        } else {
          acc = LLVMBuildFAdd(e->B, acc, v, "acc");
        }
        vstore(e, acc, ap);
      }
    }
    ze_for_end(e, &fb);
  }
  ze_for_end(e, &ri);
  ze_for_end(e, &kt);
  /* epilogues */
  ZLoop eb = ze_for(e, ze_i64(e, 0), nblk, NULL, "eblk");
  {
    mm_block(mm, LLVMBuildAdd(e->B, c0, eb.iv, "cb"));
    mm_opd_z(mm);
    for (int r = 0; r < R; r++) {
      LLVMValueRef a = vload(e, dvec_ptr(mm, p->dacc_off, r, eb.iv), "acc");
      if (r == 0) {
        mm_epilogue(mm, d.m[r], a);
        continue;
      }
      ZIf in = ze_if(e, LLVMBuildICmp(e->B, LLVMIntSLT, ze_i64(e, r), mm->M, ""), "row");
      mm_epilogue(mm, d.m[r], a);
      ze_endif(e, &in);
    }
  }
  ze_for_end(e, &eb);
}

/* R rows from m0 against a [kn][nb] panel; accumulators in scratch between tiles */
static void mm_micro(Mm *mm, int R, LLVMValueRef m0, LLVMValueRef panel, LLVMValueRef kt, LLVMValueRef kn,
                     LLVMValueRef first, LLVMValueRef last, LLVMValueRef accbuf) {
  Emit *e = mm->e;
  LLVMTypeRef vt = ze_vec(e, e->tf);
  LLVMValueRef acc[RB], m[RB];
  for (int r = 0; r < R; r++) {
    m[r] = LLVMBuildAdd(e->B, m0, ze_i64(e, r), "m");
    LLVMValueRef p = LLVMBuildInBoundsGEP2(e->B, e->tf, accbuf, (LLVMValueRef[]){LLVMBuildMul(e->B, m[r], ze_i64(e, e->nb), "")}, 1, "");
    p = LLVMBuildBitCast(e->B, p, LLVMPointerType(vt, 0), "");
    LLVMValueRef old = LLVMBuildLoad2(e->B, vt, p, "acc.old");
    LLVMSetAlignment(old, 4);
    acc[r] = ze_var(e, vt, LLVMBuildSelect(e->B, first, LLVMConstNull(vt), old, ""), "acc");
  }
  ZLoop k = ze_for(e, ze_i64(e, 0), kn, NULL, "kk");
  {
    LLVMValueRef pp = LLVMBuildInBoundsGEP2(e->B, e->tf, panel, (LLVMValueRef[]){LLVMBuildMul(e->B, k.iv, ze_i64(e, e->nb), "")}, 1, "");
    pp = LLVMBuildBitCast(e->B, pp, LLVMPointerType(vt, 0), "");
    LLVMValueRef w = LLVMBuildLoad2(e->B, vt, pp, "w");
    LLVMSetAlignment(w, 4);
    LLVMValueRef kk = LLVMBuildAdd(e->B, kt, k.iv, "k");
    for (int r = 0; r < R; r++) ze_set(e, acc[r], ze_fmuladd(e, x_at(mm, m[r], kk), w, ze_get(e, acc[r], ""), "acc"));
  }
  ze_for_end(e, &k);
  ZIf l = ze_if(e, last, "lasttile");
  for (int r = 0; r < R; r++) mm_epilogue(mm, m[r], ze_get(e, acc[r], "acc"));
  ze_else(e, &l);
  for (int r = 0; r < R; r++) {
    LLVMValueRef p = LLVMBuildInBoundsGEP2(e->B, e->tf, accbuf, (LLVMValueRef[]){LLVMBuildMul(e->B, m[r], ze_i64(e, e->nb), "")}, 1, "");
    ze_vstore(e, p, ze_i64(e, 0), ze_get(e, acc[r], "acc"));
  }
  ze_endif(e, &l);
}

/* more than RB rows, one block: per tile of KB rows of k, the tile's W once
 * per sign into a panel, then every row through the micro-kernel */
static void mm_panel(Mm *mm, LLVMValueRef cb) {
  Emit *e = mm->e;
  const KPlan *p = mm->p;
  mm_block(mm, cb);
  zs_set_block(mm->sx, mm->n0, zregion(mm, ze_i64(e, 0)));
  zs_prologue(mm->sx);
  zs_begin(mm->sx);
  mm_opd_z(mm);
  LLVMValueRef P0 = ze_scratch(e, ze_i64(e, p->panel_off), e->tf, "panel.pos");
  LLVMValueRef P1 = ze_scratch(e, ze_i64(e, p->panel_off + (int64_t)KB * e->nb * 4), e->tf, "panel.neg");
  LLVMValueRef accbuf = ze_scratch(e, ze_i64(e, p->acc_off), e->tf, "accbuf");
  ZLoop kt = ze_for(e, ze_i64(e, 0), mm->K, ze_i64(e, KB), "kt");
  LLVMValueRef kn = ze_min(e, ze_i64(e, KB), LLVMBuildSub(e->B, mm->K, kt.iv, ""), "kn");
  /* the tile's W, once per sign */
  ZLoop k = ze_for(e, ze_i64(e, 0), kn, NULL, "kd");
  {
    LLVMValueRef kk = LLVMBuildAdd(e->B, kt.iv, k.iv, "k");
    zs_at_k(mm->sx, kk, NULL, NULL);
    LLVMValueRef off = LLVMBuildMul(e->B, k.iv, ze_i64(e, e->nb), "");
    ze_vstore(e, P0, off, zs_w(mm->sx, 0));
    if (mm->signdep) ze_vstore(e, P1, off, zs_w(mm->sx, 1));
  }
  ze_for_end(e, &k);
  LLVMValueRef first = LLVMBuildICmp(e->B, LLVMIntEQ, kt.iv, ze_i64(e, 0), "first");
  LLVMValueRef last = LLVMBuildICmp(e->B, LLVMIntSGE, LLVMBuildAdd(e->B, kt.iv, ze_i64(e, KB), ""), mm->K, "last");
  /* rows of each sign against their panel */
  ZLoop sl = ze_for(e, ze_i64(e, 0), ze_i64(e, mm->signdep ? 2 : 1), NULL, "slot");
  {
    LLVMValueRef neg = LLVMBuildICmp(e->B, LLVMIntNE, sl.iv, ze_i64(e, 0), "");
    LLVMValueRef rs = mm->signdep ? LLVMBuildSelect(e->B, neg, mm->P.srows, ze_i64(e, 0), "rs") : ze_i64(e, 0);
    LLVMValueRef re = mm->signdep ? LLVMBuildSelect(e->B, neg, mm->M, mm->P.srows, "re") : mm->M;
    LLVMValueRef panel = mm->signdep ? LLVMBuildSelect(e->B, neg, P1, P0, "panel") : P0;
    LLVMValueRef nblk = LLVMBuildSDiv(e->B, LLVMBuildSub(e->B, re, rs, ""), ze_i64(e, RB), "");
    LLVMValueRef bend = LLVMBuildAdd(e->B, rs, LLVMBuildMul(e->B, nblk, ze_i64(e, RB), ""), "rb.end");
    ZLoop mb = ze_for(e, rs, bend, ze_i64(e, RB), "mb");
    mm_micro(mm, RB, mb.iv, panel, kt.iv, kn, first, last, accbuf);
    ze_for_end(e, &mb);
    ZLoop m1 = ze_for(e, bend, re, NULL, "m1");
    mm_micro(mm, 1, m1.iv, panel, kt.iv, kn, first, last, accbuf);
    ze_for_end(e, &m1);
  }
  ze_for_end(e, &sl);
  ze_for_end(e, &kt);
}

/* ---- the low-precision matmul (docs/lowprec.md; p->lp != 0)
 * Per call: the rows of x quantized per row by the runtime's code
 * (zo_lp_rows_c), each sign's half on its own so row m's words index from
 * its half's first row. Per column block: W' dequantized and perturbed for
 * every k into scratch (a column's scale needs the whole column before any
 * element is rounded), once per sign it depends on, then quantized in place
 * per column (zo_lp_cols_c); each row's Σ_k xq·wq in double, which is exact
 * (grid values are multiples of 2^-9 below 2^9, so a product is an integer
 * below 2^36 times 2^-18 and K < 2^17 of them sum exactly), so y has the
 * reference's bits: (f32)Σ · (s_m · t_n), then the fused epilogue. */
static void lp_call(Mm *mm, const char *fn, LLVMValueRef stream, LLVMValueRef mode, LLVMValueRef *rest, LLVMTypeRef *rt,
                    int nrest) {
  Emit *e = mm->e;
  LLVMTypeRef params[12] = {e->t32, e->t32, e->t64, e->t32};
  LLVMValueRef args[12] = {ze_i32(e, mm->p->lp), mode, mm->P.seed, LLVMBuildTrunc(e->B, stream, e->t32, "")};
  for (int i = 0; i < nrest; i++) {
    params[4 + i] = rt[i];
    args[4 + i] = rest[i];
  }
  ze_call_rt(e, fn, params, args, 4 + nrest);
}

static LLVMValueRef fptr(Emit *e, LLVMValueRef base, LLVMValueRef i, const char *name) {
  return LLVMBuildInBoundsGEP2(e->B, e->tf, base, &i, 1, name);
}

/* R rows from m0: Σ_k xq[m, k]·wq[k, block] in double, then (f32)Σ · (s_m · t), the epilogue */
static void lp_rows(Mm *mm, int R, LLVMValueRef m0, LLVMValueRef xq, LLVMValueRef xs, LLVMValueRef w, LLVMValueRef t) {
  Emit *e = mm->e;
  LLVMTypeRef vt = ze_vec(e, e->tf), vd = ze_vec(e, e->td);
  LLVMValueRef m[RB], acc[RB];
  for (int r = 0; r < R; r++) {
    m[r] = LLVMBuildAdd(e->B, m0, ze_i64(e, r), "m");
    acc[r] = ze_var(e, vd, LLVMConstNull(vd), "acc");
  }
  ZLoop k = ze_for(e, ze_i64(e, 0), mm->K, NULL, "k");
  LLVMValueRef wp = LLVMBuildBitCast(e->B, fptr(e, w, LLVMBuildMul(e->B, k.iv, ze_i64(e, e->nb), ""), ""), LLVMPointerType(vt, 0), "");
  LLVMValueRef wv = LLVMBuildFPExt(e->B, vload(e, wp, "wq"), vd, "");
  for (int r = 0; r < R; r++) {
    LLVMValueRef xi = LLVMBuildAdd(e->B, LLVMBuildMul(e->B, m[r], mm->K, ""), k.iv, "");
    LLVMValueRef xv = LLVMBuildFPExt(e->B, ze_splat(e, ze_load_f32(e, ZO_DT_F32, xq, xi, "xq"), ""), vd, "");
    ze_set(e, acc[r], LLVMBuildFAdd(e->B, ze_get(e, acc[r], ""), LLVMBuildFMul(e->B, xv, wv, ""), "acc"));
  }
  ze_for_end(e, &k);
  LLVMValueRef tv = vload(e, LLVMBuildBitCast(e->B, t, LLVMPointerType(vt, 0), ""), "t");
  for (int r = 0; r < R; r++) {
    LLVMValueRef st = LLVMBuildFMul(e->B, ze_splat(e, ze_load_f32(e, ZO_DT_F32, xs, m[r], "s"), ""), tv, "st");
    mm_epilogue(mm, m[r], LLVMBuildFMul(e->B, LLVMBuildFPTrunc(e->B, ze_get(e, acc[r], "acc"), vt, ""), st, "y"));
  }
}

static void mm_lowprec(Mm *mm) {
  Emit *e = mm->e;
  const KPlan *p = mm->p;
  const int64_t K = p->dq.K;
  /* stochastic only in a perturbed call (eval rounds to nearest) */
  LLVMValueRef mode = p->lp_mode == 1 ? LLVMBuildZExt(e->B, mm->P.pert, e->t32, "lp.mode") : ze_i32(e, 0);
  LLVMValueRef sx = ze_int_arg(e, p->a_lpx, "lp.stream.x"), sw = ze_int_arg(e, p->a_lpw, "lp.stream.w");
  LLVMValueRef xq = ze_scratch(e, ze_i64(e, p->acc_off), e->tf, "xq");
  LLVMValueRef xs = fptr(e, xq, LLVMBuildMul(e->B, mm->M, mm->K, ""), "xs");
  LLVMValueRef sr = mm->P.srows;
  LLVMTypeRef rt[5] = {e->tpf, e->t64, e->t64, e->tpf, e->tpf};
  lp_call(mm, "zo_lp_rows_c", sx, mode, (LLVMValueRef[]){mm->x, sr, mm->K, xq, xs}, rt, 5);
  LLVMValueRef off = LLVMBuildMul(e->B, sr, mm->K, "");
  lp_call(mm, "zo_lp_rows_c", sx, mode,
          (LLVMValueRef[]){fptr(e, mm->x, off, ""), LLVMBuildSub(e->B, mm->M, sr, ""), mm->K, fptr(e, xq, off, ""), fptr(e, xs, sr, "")},
          rt, 5);
  LLVMValueRef W[2], T[2];
  for (int sl = 0; sl < 2; sl++) {
    W[sl] = ze_scratch(e, ze_i64(e, p->lpw_off + sl * K * e->nb * 4), e->tf, sl ? "wq.neg" : "wq.pos");
    T[sl] = ze_scratch(e, ze_i64(e, p->lpt_off + sl * e->nb * 4), e->tf, sl ? "t.neg" : "t.pos");
  }
  ZLoop cb = ze_for(e, e->a_begin, e->a_end, NULL, "cb");
  {
    mm_block(mm, cb.iv);
    zs_set_block(mm->sx, mm->n0, zregion(mm, ze_i64(e, 0)));
    zs_prologue(mm->sx);
    zs_begin(mm->sx);
    mm_opd_z(mm);
    ZLoop k = ze_for(e, ze_i64(e, 0), mm->K, NULL, "kd");
    zs_at_k(mm->sx, k.iv, NULL, NULL);
    LLVMValueRef o = LLVMBuildMul(e->B, k.iv, ze_i64(e, e->nb), "");
    ze_vstore(e, W[0], o, zs_w(mm->sx, 0));
    if (mm->signdep) ze_vstore(e, W[1], o, zs_w(mm->sx, 1));
    ze_for_end(e, &k);
    LLVMTypeRef ct[6] = {e->tpf, e->t64, e->t64, e->t64, e->t64, e->tpf};
    for (int sl = 0; sl < (mm->signdep ? 2 : 1); sl++)
      lp_call(mm, "zo_lp_cols_c", sw, mode, (LLVMValueRef[]){W[sl], mm->K, ze_i64(e, e->nb), mm->N, mm->n0, T[sl]}, ct, 6);
    /* rows of each sign against their quantized block, RB rows at a time */
    ZLoop sl = ze_for(e, ze_i64(e, 0), ze_i64(e, mm->signdep ? 2 : 1), NULL, "slot");
    {
      LLVMValueRef neg = LLVMBuildICmp(e->B, LLVMIntNE, sl.iv, ze_i64(e, 0), "");
      LLVMValueRef rs = mm->signdep ? LLVMBuildSelect(e->B, neg, sr, ze_i64(e, 0), "rs") : ze_i64(e, 0);
      LLVMValueRef re = mm->signdep ? LLVMBuildSelect(e->B, neg, mm->M, sr, "re") : mm->M;
      LLVMValueRef w = mm->signdep ? LLVMBuildSelect(e->B, neg, W[1], W[0], "wq") : W[0];
      LLVMValueRef t = mm->signdep ? LLVMBuildSelect(e->B, neg, T[1], T[0], "t") : T[0];
      LLVMValueRef nblk = LLVMBuildSDiv(e->B, LLVMBuildSub(e->B, re, rs, ""), ze_i64(e, RB), "");
      LLVMValueRef bend = LLVMBuildAdd(e->B, rs, LLVMBuildMul(e->B, nblk, ze_i64(e, RB), ""), "rb.end");
      ZLoop mb = ze_for(e, rs, bend, ze_i64(e, RB), "mb");
      lp_rows(mm, RB, mb.iv, xq, xs, w, t);
      ze_for_end(e, &mb);
      ZLoop m1 = ze_for(e, bend, re, NULL, "m1");
      lp_rows(mm, 1, m1.iv, xq, xs, w, t);
      ze_for_end(e, &m1);
    }
    ze_for_end(e, &sl);
  }
  ze_for_end(e, &cb);
}

static void emit_matmul(Emit *e, const KPlan *p) {
  e->nb = p->nb;
  Mm mm = {.e = e, .p = p};
  mm.K = ze_i64(e, p->dq.K);
  mm.N = ze_i64(e, p->dq.N);
  mm.M = ze_size(e, p->rows, "M");
  mm.x = ze_ptr_arg(e, p->x_ptr, e->tf, "x");
  mm.P = zk_load_pert(e, p, mm.M);
  ew_env(e, &mm.env, p, &mm.P, mm.N);
  mm.env.zblock = true;
  mm.sx = zs_new(e, &p->dq, p);
  zs_set_pert(mm.sx, mm.P.seed, mm.P.pert, mm.P.e0, mm.P.e1);
  mm.signdep = zs_signdep(mm.sx);
  if (p->lp) {
    mm_lowprec(&mm);
    zs_free(mm.sx);
    return;
  }
  ZIf few = ze_if(e, LLVMBuildICmp(e->B, LLVMIntSLE, mm.M, ze_i64(e, RB), ""), "direct");
  {
    /* chunks of p->chunk blocks; the kernel for the row count */
    ZLoop ch = ze_for(e, e->a_begin, e->a_end, ze_i64(e, p->chunk), "chunk");
    LLVMValueRef c1 = ze_min(e, LLVMBuildAdd(e->B, ch.iv, ze_i64(e, p->chunk), ""), e->a_end, "chunk.end");
    ZIf one = ze_if(e, LLVMBuildICmp(e->B, LLVMIntEQ, mm.M, ze_i64(e, 1), ""), "m1");
    mm_direct(&mm, 1, ch.iv, c1);
    ze_else(e, &one);
    ZIf two = ze_if(e, LLVMBuildICmp(e->B, LLVMIntEQ, mm.M, ze_i64(e, 2), ""), "m2");
    mm_direct(&mm, 2, ch.iv, c1);
    ze_else(e, &two);
    mm_direct(&mm, RB, ch.iv, c1);
    ze_endif(e, &two);
    ze_endif(e, &one);
    ze_for_end(e, &ch);
  }
  ze_else(e, &few);
  {
    ZLoop cb = ze_for(e, e->a_begin, e->a_end, NULL, "cb");
    mm_panel(&mm, cb.iv);
    ze_for_end(e, &cb);
  }
  ze_endif(e, &few);
  zs_free(mm.sx);
}

/* ---- elementwise chains: rows × N, one scalar loop per row */
static void emit_ew(Emit *e, const KPlan *p) {
  LLVMValueRef N = ze_size(e, p->N, "N"), rows = ze_size(e, p->rows, "rows");
  Pert P = zk_load_pert(e, p, rows);
  EwEnv env;
  ew_env(e, &env, p, &P, N);
  opd_z_prologue(e, &env);
  ZLoop m = ze_for(e, e->a_begin, e->a_end, NULL, "row");
  ZLoop n = ze_for(e, ze_i64(e, 0), N, NULL, "col");
  LLVMValueRef vals[MAXEW];
  ew_eval(e, &env, m.iv, n.iv, false, NULL, NULL, vals);
  ze_for_end(e, &n);
  ze_for_end(e, &m);
}

/* ---- norm (+ the fused residual chain) */
static void emit_norm(Emit *e, const KPlan *p) {
  const Value *nv = p->k->anchor;
  int64_t D = p->N.c;
  LLVMValueRef N = ze_i64(e, D), rows = ze_size(e, p->rows, "rows");
  Pert P = zk_load_pert(e, p, rows);
  EwEnv env;
  ew_env(e, &env, p, &P, N);
  opd_z_prologue(e, &env);
  LLVMValueRef xr = ze_scratch(e, ze_i64(e, p->row_off), e->tf, "xrow");
  LLVMValueRef y = ze_ptr_arg(e, p->out_ptr, e->tf, "y");
  ZLoop m = ze_for(e, e->a_begin, e->a_end, NULL, "row");
  {
    LLVMValueRef eps = zk_row_eps(e, &P, m.iv);
    /* pass 1: the chain (stores its roots) and the norm's input into the row buffer */
    ZLoop n = ze_for(e, ze_i64(e, 0), N, NULL, "col");
    LLVMValueRef vals[MAXEW];
    ew_eval(e, &env, m.iv, n.iv, false, NULL, NULL, vals);
    LLVMValueRef xv = p->nx_src < 0 ? vals[-1 - p->nx_src] : opd_load(e, &env, p->nx_src, m.iv, n.iv, false, eps);
    ze_store_f32(e, xr, n.iv, xv);
    ze_for_end(e, &n);
    /* statistics over 8 double lanes, fixed order */
    double deps = nv->attr[0];
    LLVMValueRef inv, mean = NULL;
    LLVMValueRef Dd = ze_f64(e, (double)D);
    if (nv->op == ZO_OP_RMS_NORM) {
      LLVMValueRef ss = ze_reduce(e, 1, xr, N, ze_f64(e, 0), "sumsq");
      LLVMValueRef ms = LLVMBuildFDiv(e->B, ss, Dd, "meansq");
      inv = LLVMBuildFDiv(e->B, ze_f64(e, 1.0),
                          ze_math(e, "sqrt", LLVMBuildFAdd(e->B, ms, ze_f64(e, (double)(float)deps), ""), ""), "rstd");
    } else {
      LLVMValueRef s = ze_reduce(e, 0, xr, N, NULL, "sum");
      mean = LLVMBuildFDiv(e->B, s, Dd, "mean");
      LLVMValueRef sq = ze_reduce(e, 1, xr, N, mean, "sqdev");
      LLVMValueRef var = LLVMBuildFDiv(e->B, sq, Dd, "var");
      inv = LLVMBuildFDiv(e->B, ze_f64(e, 1.0),
                          ze_math(e, "sqrt", LLVMBuildFAdd(e->B, var, ze_f64(e, (double)(float)deps), ""), ""), "rstd");
    }
    /* pass 2: y = x·rstd·w (+ b), in double, rounded once */
    ZLoop n2 = ze_for(e, ze_i64(e, 0), N, NULL, "col2");
    {
      LLVMValueRef x = LLVMBuildFPExt(e->B, ze_load_f32(e, ZO_DT_F32, xr, n2.iv, "x"), e->td, "");
      if (mean) x = LLVMBuildFSub(e->B, x, mean, "");
      LLVMValueRef w = LLVMBuildFPExt(e->B, opd_load(e, &env, p->nw, m.iv, n2.iv, false, eps), e->td, "");
      LLVMValueRef v = LLVMBuildFMul(e->B, LLVMBuildFMul(e->B, x, inv, ""), w, "");
      if (p->nbias >= 0)
        v = LLVMBuildFAdd(e->B, v, LLVMBuildFPExt(e->B, opd_load(e, &env, p->nbias, m.iv, n2.iv, false, eps), e->td, ""), "");
      ze_store_f32(e, y, LLVMBuildAdd(e->B, LLVMBuildMul(e->B, m.iv, N, ""), n2.iv, ""),
                   LLVMBuildFPTrunc(e->B, v, e->tf, "y"));
    }
    ze_for_end(e, &n2);
  }
  ze_for_end(e, &m);
}


typedef void (*Emitter)(Emit *, const KPlan *);
static const Emitter emitters[] = {
  [KK_MATMUL] = emit_matmul, [KK_EW] = emit_ew, [KK_NORM] = emit_norm, [KK_SINGLE] = zk_emit_single,
};
_Static_assert(sizeof emitters / sizeof emitters[0] == KK_SINGLE + 1, "one emitter per kernel kind");

void zk_emit(Emit *e, const KPlan *p, const char *name) {
  e->plan = p;
  e->nb = ZO_LLVM_NB;
  ze_begin_kernel(e, name);
  emitters[p->kind](e, p);
  ze_end_kernel(e);
}
