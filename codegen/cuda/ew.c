/* cuda/ew.c — elementwise work as CUDA C: a group's elementwise operands
 * and members in a [rows, N] view (EwSet), their values at (m, n) through
 * the members' ops with the roots stored (zo_cg_emit_ew: also every matmul
 * epilogue's), and the two kernels made of them alone: elementwise groups,
 * a thread per element, and norm groups, a block per row (the members, then
 * rms or layer norm of the last). Arithmetic follows runtime/ref.c:
 * transcendentals and the norms' reductions in double, single f32 adds and
 * multiplies through __fadd_rn and __fmul_rn (never contracted). Each
 * elementwise op's CUDA C, and the device functions it calls, are one row
 * of a table here (ew_fns), pasted into the prelude (zo_cg_ew_funcs). Part
 * of the CUDA code generator (codegen/cuda/gen.c). */
#include "codegen/cuda/int.h"

#include <stdio.h>

/* ---- the elementwise ops as CUDA C: a new elementwise op is a row here.
   `dbl`: its expression of the members' values x (and y: the second tensor,
   else x again), in double rounded once as runtime/ref.c, or single f32 adds
   and multiplies through __fadd_rn / __fmul_rn; `f32` (NULL: the same), in
   f32 for the tensor-core epilogues (KB.ew_f32). The device functions they
   call, if any (dbl_fn, f32_fn), go into every translation unit where the
   prelude's elementwise functions were (zo_cg_ew_funcs), in this order.
   scale and shift (an attribute each) and the matmul's product are zo_cg_emit_ew's own. */
typedef struct EwFn {
  Op op;
  const char *dbl, *f32;
  const char *dbl_fn, *f32_fn;
} EwFn;

static const EwFn ew_fns[] = {
  {ZO_OP_ADD, "__fadd_rn(%s, %s)", NULL, NULL, NULL},
  {ZO_OP_SUB, "__fsub_rn(%s, %s)", NULL, NULL, NULL},
  {ZO_OP_MUL, "__fmul_rn(%s, %s)", NULL, NULL, NULL},
  {ZO_OP_SILU, "zo_silu(%s)", "zo_silu_f(%s)",
   "static __device__ __forceinline__ float zo_silu(float x) { const double v = x; return (float)(v / (1.0 + exp(-v))); }\n",
   "static __device__ __forceinline__ float zo_silu_f(float x) { return __fdividef(x, 1.0f + __expf(-x)); }\n"},
  {ZO_OP_GELU, "zo_gelu(%s)", "zo_gelu_f(%s)",
   "static __device__ __forceinline__ float zo_gelu(float x) { const double v = x; return (float)(0.5 * v * erfc(-v / 1.4142135623730951)); }\n",
   "static __device__ __forceinline__ float zo_gelu_f(float x) { return 0.5f * x * erfcf(x * -0.70710678118654752f); }\n"},
  {ZO_OP_GELU_TANH, "zo_gelu_tanh(%s)", "zo_gelu_tanh_f(%s)",
   "static __device__ __forceinline__ float zo_gelu_tanh(float x) {\n"
   "  const double v = x, u = 0.79788456080286541 * (v + 0.044715 * v * v * v); return (float)(v / (1.0 + exp(-2.0 * u))); }\n",
   "static __device__ __forceinline__ float zo_gelu_tanh_f(float x) {\n"
   "  const float u = 0.79788456080286541f * (x + 0.044715f * x * x * x); return x / (1.0f + expf(-2.0f * u)); }\n"},
  {ZO_OP_RELU, "(%s < 0.0f ? 0.0f : %s)", NULL, NULL, NULL},
  {ZO_OP_TANH, "(float)tanh((double)%s)", "tanhf(%s)", NULL, NULL},
};

static const EwFn *ew_fn(Op op) {
  for (size_t i = 0; i < ZO_COUNT(ew_fns); i++)
    if (ew_fns[i].op == op) return &ew_fns[i];
  ZO_BUG("elementwise op %s has no CUDA C", zo_op_name(op));
}

void zo_cg_ew_funcs(StrBuf *b) {
  zo_sb_puts(b, "// elementwise ops in double, rounded once (as runtime/ref.c)\n");
  for (size_t i = 0; i < ZO_COUNT(ew_fns); i++)
    if (ew_fns[i].dbl_fn) zo_sb_puts(b, ew_fns[i].dbl_fn);
  zo_sb_puts(b, "// the same in f32, for the tensor-core matmuls' epilogues (their operands were rounded to f16; double is\n"
                "// slow there: an epilogue runs while the block's tensor cores wait)\n"
                "// (the hardware's exp and reciprocal: a few f32 ulps more, where a tensor-core epilogue's operands were\n"
                "// rounded to f16, 2^-11; for x < -88 the reciprocal of inf is 0, so silu is -0 as x / inf)\n");
  for (size_t i = 0; i < ZO_COUNT(ew_fns); i++)
    if (ew_fns[i].f32_fn) zo_sb_puts(b, ew_fns[i].f32_fn);
}

/* ---- elementwise operands and members ([rows, N] view): the kernel plan's
   (EwSet.set, codegen/kplan.h) with this generator's slots */

/* the slots of the operands s->set gained from operand n0 on, in its order
   (s->opd holds them at the same indices) */
static int operand_slots(KB *k, EwSet *s, int n0) {
  for (int i = n0; i < s->set.opd.len; i++) {
    const KOperand *u = &s->set.opd.data[i];
    Opd o = {.v = u->v, .perturbed = u->perturbed, .full = u->full, .stream = -1};
    if (u->v == k->pair_mm) {   /* computed beside this kernel's matmul (a pair, kplan.c): its accumulator */
      o.ptr = -1;
      o.full = o.acc = true;
      vec_push(&s->opd, o);
      continue;
    }
    o.ptr = u->weight ? zo_cg_ptr_storage(k, u->v, 0) : zo_cg_ptr_buffer(k, u->v);
    if (o.perturbed) o.stream = zo_cg_int_const(k, u->v->w->stream[0]);
    if (!o.full) o.rows = zo_cg_sz(k, u->rows);
    if (o.perturbed && zo_cg_need_perturb(k, s->set.rows) < 0) return -1;
    vec_push(&s->opd, o);
  }
  return 0;
}

/* *opd: u as an operand, or *src: u as member v reads it (an earlier member or an operand), with their slots */
static int add_operand(KB *k, EwSet *s, const Value *u, int *opd) {
  const char *err = NULL;
  const int n0 = s->set.opd.len;
  if ((*opd = zo_kew_operand(&s->set, u, &err)) < 0) return zo_cg_fail(k, err);
  return operand_slots(k, s, n0);
}

static int add_src(KB *k, EwSet *s, const Value *u, const Value *v, int *src) {
  const char *err = NULL;
  const int n0 = s->set.opd.len;
  if (zo_kew_source(&s->set, u, v, src, &err) < 0) return zo_cg_fail(k, err);
  return operand_slots(k, s, n0);
}

int zo_cg_add_mem(KB *k, EwSet *s, const Value *v) {
  const char *err = NULL;
  const int n0 = s->set.opd.len, mi = zo_kew_member(&s->set, v, &err);
  if (mi < 0) return zo_cg_fail(k, err);
  if (operand_slots(k, s, n0) < 0) return -1;
  Mem m = {.v = v, .src = {s->set.mem.data[mi].src[0], s->set.mem.data[mi].src[1]}, .out = -1};
  if (k->ce && v == k->g->f->outputs.data[0])
    m.out = -2;   /* reduced into the cross-entropy's partials, never stored */
  else if (v->group_root)   /* a product rope rotates in this epilogue (k->rope): staged, copied out as the rope's output */
    m.out = zo_cg_ptr_buffer(k, k->rope && v == k->rope->arg[0] ? k->rope : v);
  vec_push(&s->mem, m);
  return 0;
}

void zo_cg_ew_free(EwSet *s) {
  zo_kew_free(&s->set);
  vec_free(&s->opd);
  vec_free(&s->mem);
}

/* Loads of the operands and the members' values at (m, n), roots stored.
 * `mmv`: the matmul's value expression (NULL when none). Values are named
 * o<i> and e<i>; the row's sign is `zneg` (true: −eps). */
static const char *opd_row(KB *k, const Opd *o) {
  return o->full ? "m" : zo_arena_printf(&k->g->p->arena, "(m %% %s)", o->rows);
}

/* the load of operand o at (m, n) */
const char *zo_cg_opd_load(KB *k, const EwSet *s, const Opd *o) {
  return zo_arena_printf(&k->g->p->arena, "%s((const void *)a.p[%d], %s * %s + n)", zo_cg_ld_fn(o->v->type.dtype), o->ptr,
                         opd_row(k, o), s->N);
}

/* `pre`: NULL, or the index into zp<i>[] where the operands' values were
   loaded ahead (zo_cg_tc_tail) */
void zo_cg_emit_ew(KB *k, EwSet *s, const char *mmv, const char *ind, const char *pre) {
  StrBuf *b = &k->b;
  for (int i = 0; i < s->opd.len; i++) {
    Opd *o = &s->opd.data[i];
    const char *row = opd_row(k, o);
    if (o->acc) zo_sb_printf(b, "%sfloat o%d = %s;\n", ind, i, k->pair_acc);
    else if (pre) zo_sb_printf(b, "%sfloat o%d = zp%d[%s];\n", ind, i, i, pre);
    else zo_sb_printf(b, "%sfloat o%d = %s;\n", ind, i, zo_cg_opd_load(k, s, o));
    if (o->perturbed)
      zo_sb_printf(b, "%sif (zpon) o%d = zo_pert(o%d, zrun, a.i[%d], (zu64)(%s * %s + n), zneg);\n", ind, i, i,
                   o->stream, row, s->N);
  }
  for (int i = 0; i < s->mem.len; i++) {
    Mem *m = &s->mem.data[i];
    const Value *v = m->v;
    char x[32], y[32];
    if (v->op != ZO_OP_MATMUL) {
      for (int a = 0; a < v->narg && a < 2; a++) {
        char *t = a == 0 ? x : y;
        if (m->src[a] >= 0) snprintf(t, 32, "o%d", m->src[a]);
        else snprintf(t, 32, "e%d", -1 - m->src[a]);
      }
    }
    zo_sb_printf(b, "%sfloat e%d = ", ind, i);
    if (v->op == ZO_OP_MATMUL) zo_sb_printf(b, "%s", mmv);
    else if (v->op == ZO_OP_SCALE) zo_sb_printf(b, "(float)((double)%s * %.17g)", x, v->attr[0]);
    else if (v->op == ZO_OP_SHIFT) zo_sb_printf(b, "(float)((double)%s + %.17g)", x, v->attr[0]);
    else {
      const EwFn *fn = ew_fn(v->op);
      zo_sb_printf(b, k->ew_f32 && fn->f32 ? fn->f32 : fn->dbl, x, v->narg > 1 ? y : x);
    }
    zo_sb_puts(b, ";\n");
    if (m->out == -2 && k->ce_pass == 2)
      zo_sb_printf(b, "%szo_ce_sum(zcs[%s], zcm[%s], e%d);\n", ind, k->ce_slot, k->ce_slot, i);
    else if (m->out == -2)
      zo_sb_printf(b, "%szo_ce_%s(zcm[%s], zca[%s], zcs[%s], e%d, (int)n);\n"
                      "%sif ((int)n == zcy[%s]) ((float *)a.p[%d])[m] = e%d;\n",
                   ind, k->ce_pass ? "max" : "add", k->ce_slot, k->ce_slot, k->ce_slot, i, ind, k->ce_slot, k->ce_tl, i);
    if (k->ce_pass == 2) continue;   /* the second pass only sums */
    if (m->out >= 0 && v == k->staged) {   /* into the shared-memory tile (zo_cg_tc_tail copies it out) */
      if (zo_cg_is_half(k->g, v)) zo_sb_printf(b, "%szo_sts16(%s, zo_f2h_c(e%d));\n", ind, k->stage_at, i);
      else zo_sb_printf(b, "%szo_sts32(%s, e%d);\n", ind, k->stage_at, i);
    } else if (m->out >= 0) {
      if (zo_dim_eq(zo_value_numel(v), zo_dim_const(1))) zo_sb_printf(b, "%sif (m == 0 && n == 0) ((float *)a.p[%d])[0] = e%d;\n", ind, m->out, i);
      else if (zo_cg_is_half(k->g, v)) zo_sb_printf(b, "%s((unsigned short *)a.p[%d])[m * %s + n] = zo_f2h_c(e%d);\n", ind, m->out, s->N, i);
      else zo_sb_printf(b, "%s((float *)a.p[%d])[m * %s + n] = e%d;\n", ind, m->out, s->N, i);
    }
  }
}

/* the elementwise set of the kernel's output, [rows, N] of its anchor, with
   the group's first n members */
static int ew_begin(KB *k, EwSet *s, const ValVec *mem, int n) {
  const Value *out = k->L->anchor;
  zo_kew_view(&s->set, out);
  s->N = zo_cg_sz(k, s->set.N);
  int rc = 0;
  for (int i = 0; i < n && rc == 0; i++) rc = zo_cg_add_mem(k, s, mem->data[i]);
  return rc;
}

/* ---- elementwise groups: one thread per element */
int zo_cg_plan_ew(KB *k, ValVec *mem) {
  k->L->kind = "elementwise";
  EwSet s = {0};
  int rc = ew_begin(k, &s, mem, mem->len);
  const Dim N = s.set.N, rows = s.set.rows;
  if (rc == 0) {
    const char *R = zo_cg_sz(k, rows);
    zo_cg_emit_run(k, R);
    zo_sb_printf(&k->b,
                 "  const zi64 e = (zi64)blockIdx.x * blockDim.x + threadIdx.x;\n"
                 "  if (e >= %s * %s) return;\n"
                 "  const zi64 m = e / %s, n = e %% %s;\n"
                 "  const bool zneg = zpon && m >= zsrows; (void)zneg;\n",
                 R, s.N, s.N, s.N);
    zo_cg_emit_ew(k, &s, NULL, "  ", NULL);
    k->L->work = zo_cg_dmul(rows, N);
    k->L->per_block = 256;
    k->L->threads = 256;
  }
  zo_cg_ew_free(&s);
  return rc;
}

/* ---- norm groups: one block per row */

/* a loop over a row's n: NR pieces of 256, unrolled, or strided by the block */
static void norm_loop(StrBuf *b, int64_t NR, const char *N) {
  if (NR > 0) zo_sb_printf(b, "  #pragma unroll\n  for (int r = 0; r < %lld; r++) {\n    const zi64 n = threadIdx.x + r * 256;\n", (long long)NR);
  else zo_sb_printf(b, "  for (zi64 n = threadIdx.x; n < %s; n += blockDim.x) {\n", N);
}
int zo_cg_plan_norm(KB *k, ValVec *mem) {
  k->L->kind = "norm";
  const Value *nv = k->L->anchor;
  EwSet s = {0};
  int rc = ew_begin(k, &s, mem, mem->len - 1);   /* the norm, last, is not one */
  const Dim N = s.set.N, rows = s.set.rows;
  int xsrc = 0, wi = -1, bi = -1, nopd = 0;
  if (rc == 0) rc = add_src(k, &s, nv->arg[0], nv, &xsrc);
  nopd = s.opd.len;   /* the members' and the input's operands; the weight and bias after them */
  if (rc == 0) rc = add_operand(k, &s, nv->arg[1], &wi);
  if (rc == 0 && nv->op == ZO_OP_LAYER_NORM) rc = add_operand(k, &s, nv->arg[2], &bi);
  if (rc == 0) {
    int outp = zo_cg_ptr_buffer(k, nv);
    const char *R = zo_cg_sz(k, rows);
    StrBuf *b = &k->b;
    zo_cg_emit_run(k, R);
    /* A row of whole 256-element pieces is unrolled, each loop's loads issued
       before its stores (which might alias them): all of a thread's bytes in
       flight at once instead of one load's. */
    const int64_t NR = N.coef % 256 == 0 && N.coef / 256 <= 32 ? N.coef / 256 : 0;
    zo_sb_printf(b,
                 "  extern __shared__ float zrow[];\n"
                 "  __shared__ double zred[32];\n"
                 "  const zi64 m = blockIdx.x;\n"
                 "  const bool zneg = zpon && m >= zsrows; (void)zneg;\n");
    /* the members and the norm's input; the weight and bias are loaded in the second loop */
    const int all = s.opd.len;
    s.opd.len = nopd;
    if (NR > 0) {
      for (int i = 0; i < nopd; i++) zo_sb_printf(b, "  float zp%d[%lld];\n", i, (long long)NR);
      norm_loop(b, NR, s.N);
      for (int i = 0; i < nopd; i++) zo_sb_printf(b, "    zp%d[r] = %s;\n", i, zo_cg_opd_load(k, &s, &s.opd.data[i]));
      zo_sb_puts(b, "  }\n");
    }
    norm_loop(b, NR, s.N);
    zo_cg_emit_ew(k, &s, NULL, "    ", NR > 0 && nopd > 0 ? "r" : NULL);
    s.opd.len = all;
    zo_sb_printf(b, "    zrow[n] = %s%d;\n  }\n  __syncthreads();\n", xsrc >= 0 ? "o" : "e", xsrc >= 0 ? xsrc : -1 - xsrc);
    if (nv->op == ZO_OP_RMS_NORM) {
      zo_sb_printf(b,
                   "  double ss = 0.0;\n"
                   "  for (zi64 n = threadIdx.x; n < %s; n += blockDim.x) ss += (double)zrow[n] * (double)zrow[n];\n"
                   "  ss = zo_block_sum(ss, zred);\n"
                   "  const double inv = 1.0 / sqrt(ss / (double)%s + (double)%s);\n",
                   s.N, s.N, zo_cg_flit(&k->g->p->arena, (float)nv->attr[0]));
    } else {
      zo_sb_printf(b,
                   "  double sm = 0.0;\n"
                   "  for (zi64 n = threadIdx.x; n < %s; n += blockDim.x) sm += (double)zrow[n];\n"
                   "  sm = zo_block_sum(sm, zred);\n"
                   "  const double mean = sm / (double)%s;\n"
                   "  double sq = 0.0;\n"
                   "  for (zi64 n = threadIdx.x; n < %s; n += blockDim.x) sq += ((double)zrow[n] - mean) * ((double)zrow[n] - mean);\n"
                   "  sq = zo_block_sum(sq, zred);\n"
                   "  const double inv = 1.0 / sqrt(sq / (double)%s + (double)%s);\n",
                   s.N, s.N, s.N, s.N, zo_cg_flit(&k->g->p->arena, (float)nv->attr[0]));
    }
    /* weight (and bias) operands at (m, n), loaded ahead when unrolled */
    const int ids[2] = {wi, bi};
    if (NR > 0) {
      zo_sb_printf(b, "  float zq[2][%lld];\n", (long long)NR);
      norm_loop(b, NR, s.N);
      for (int t = 0; t < 2; t++)
        if (ids[t] >= 0) zo_sb_printf(b, "    zq[%d][r] = %s;\n", t, zo_cg_opd_load(k, &s, &s.opd.data[ids[t]]));
      zo_sb_puts(b, "  }\n");
    }
    norm_loop(b, NR, s.N);
    for (int t = 0; t < 2; t++) {
      if (ids[t] < 0) continue;
      Opd *o = &s.opd.data[ids[t]];
      const char *row = opd_row(k, o);
      if (NR > 0) zo_sb_printf(b, "    float q%d = zq[%d][r];\n", t, t);
      else zo_sb_printf(b, "    float q%d = %s;\n", t, zo_cg_opd_load(k, &s, o));
      if (o->perturbed)
        zo_sb_printf(b, "    if (zpon) q%d = zo_pert(q%d, zrun, a.i[%d], (zu64)(%s * %s + n), zneg);\n", t, t, o->stream, row, s.N);
    }
    if (nv->op == ZO_OP_RMS_NORM)
      zo_sb_puts(b, "    const double v = (double)zrow[n] * inv * (double)q0;\n");
    else
      zo_sb_printf(b, "    double v = ((double)zrow[n] - mean) * inv * (double)q0;\n%s", bi >= 0 ? "    v += (double)q1;\n" : "");
    if (zo_cg_is_half(k->g, nv)) zo_sb_printf(b, "    ((unsigned short *)a.p[%d])[m * %s + n] = zo_f2h_c((float)v);\n  }\n", outp, s.N);
    else zo_sb_printf(b, "    ((float *)a.p[%d])[m * %s + n] = (float)v;\n  }\n", outp, s.N);
    k->L->work = rows;
    k->L->per_block = 1;
    k->L->threads = 256;
    k->L->smem_fixed = N.coef * 4;
    k->L->smem_dim = zo_dim_const(0);
  }
  zo_cg_ew_free(&s);
  return rc;
}
