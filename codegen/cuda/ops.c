/* cuda/ops.c — the kernels of the ops that run alone (zo_cg_plan_single):
 * a group of one op that is not elementwise, a norm or a matmul gets its
 * operands' and result's slots here, then its op's kernel: rope (plain, or
 * with rotary_dim and scaling), embedding, positions, softmax, slice (plain
 * or by a period), transpose, cross_entropy (attention's are
 * cuda/attention.c's). Reductions and transcendentals in double, as
 * runtime/ref.c's. Part of the CUDA code generator (codegen/cuda/gen.c). */
#include "codegen/cuda/int.h"
#include "runtime/ref.h"

/* a tensor the kernel reads: a buffer, or a plain weight's data (zo_kplan_check said which it may be) */
static int in_ptr(KB *k, const Value *u) {
  return u->op == ZO_OP_WEIGHT ? zo_cg_ptr_storage(k, u, 0) : zo_cg_ptr_buffer(k, u);
}

static int op_rope_attrs(KB *k, const SingleOp *o);

/* rope's output as stored: f16 when only the tensor-core attention reads it
 * (kplan.c's half_values), queries as f16(q * the attention's scale), which
 * it loads as they are (zqs); its element type (*yt) and the conversion a
 * stored value opens with (*cv, closed by a parenthesis). Emits the run
 * block (R rows), zqs and a thread's (row, i), i < n. */
static void rope_store(KB *k, const Value *v, const char *R, long long n, const char **yt, const char **cv) {
  const bool h16 = zo_cg_is_half(k->g, v);
  const Value *qatt = zo_cg_qscale_of(k->g, v);
  *yt = h16 ? "unsigned short" : "float";
  *cv = qatt ? "zo_f2h_c(zqs * " : h16 ? "zo_f2h_c(" : "(";
  zo_cg_emit_run(k, R);
  if (qatt) zo_sb_printf(&k->b, "  const float zqs = %s;\n", zo_cg_att_scale(k, qatt));
  zo_sb_printf(&k->b,
               "  const zi64 e = (zi64)blockIdx.x * blockDim.x + threadIdx.x;\n"
               "  if (e >= %s * %lldLL) return;\n"
               "  const zi64 row = e / %lldLL, i = e %% %lldLL;\n",
               R, n, n, n);
}

/* rope: a thread per (row, i) of its rows' half head, every head turned by
 * the one angle (pow, cos, sin in double, as ref) */
static int op_rope(KB *k, const SingleOp *o) {
  const Value *v = o->v;
  const ZoRope rp = zo_ref_rope_attrs(v->attr);
  if (!zo_ref_rope_plain(&rp)) return op_rope_attrs(k, o);
  Arena *ar = &k->g->p->arena;
  int64_t heads = (int64_t)v->attr[0], hd = o->N.coef / heads, half = hd / 2;
  const char *T = zo_cg_sz(k, v->type.dims[v->type.rank - 2]), *R = zo_cg_sz(k, o->rows), *yt, *cv;
  rope_store(k, v, R, (long long)half, &yt, &cv);
  zo_sb_printf(&k->b,
               "  const double p = (double)(row %% %s);\n"
               "  const double inv_freq = pow((double)%s, -2.0 * (double)i / %s);\n"
               "  const double an = p * inv_freq;\n"
               "  const double c = cos(an), s = sin(an);\n"
               "  const float *x = (const float *)a.p[%d] + row * %lldLL + i;\n"
               "  %s *y = (%s *)a.p[%d] + row * %lldLL + i;\n"
               "  #pragma unroll 8\n"
               "  for (int h = 0; h < %lld; h++) {\n"
               "    const double x1 = x[h * %lldLL], x2 = x[h * %lldLL + %lldLL];\n"
               "    y[h * %lldLL] = %s(float)(x1 * c - x2 * s));\n"
               "    y[h * %lldLL + %lldLL] = %s(float)(x2 * c + x1 * s));\n"
               "  }\n",
               T, zo_cg_flit(ar, (double)(float)v->attr[1]),
               zo_arena_printf(ar, "%lld.0", (long long)hd), o->in[0], (long long)o->N.coef, yt, yt, o->out, (long long)o->N.coef,
               (long long)heads, (long long)hd, (long long)hd, (long long)half, (long long)hd, cv, (long long)hd,
               (long long)half, cv);
  /* theta is a float in ref (zo_ref_rope takes float theta) */
  k->L->work = zo_cg_dmul(o->rows, zo_dim_const(half));
  return 0;
}

/* rope with rotary_dim or scaling (ref.h's ZoRope): a thread per (row, i) of
 * the rotated pairs and of the columns past rotary_dim, which it copies, in
 * every head; the frequencies ref's, folded */
static int op_rope_attrs(KB *k, const SingleOp *o) {
  const Value *v = o->v;
  const int64_t heads = (int64_t)v->attr[0], hd = o->N.coef / heads, rd = v->attr[2] > 0 ? (int64_t)v->attr[2] : hd;
  const int64_t half = rd / 2, per = half + (hd - rd);   /* threads a row */
  const char *T = zo_cg_sz(k, v->type.dims[v->type.rank - 2]), *R = zo_cg_sz(k, o->rows), *decl;
  const char *inv = zo_cg_rope_inv(k, v, hd, "i", &decl), *yt, *cv;
  rope_store(k, v, R, (long long)per, &yt, &cv);
  zo_sb_printf(&k->b,
               "  const float *x = (const float *)a.p[%d] + row * %lldLL;\n"
               "  %s *y = (%s *)a.p[%d] + row * %lldLL;\n"
               "  if (i >= %lldLL) {   /* past rotary_dim: as it was */\n"
               "    for (int h = 0; h < %lld; h++) y[h * %lldLL + %lldLL + i] = %sx[h * %lldLL + %lldLL + i]);\n"
               "    return;\n"
               "  }\n"
               "%s"
               "  const double an = (double)(row %% %s) * %s;\n"
               "  const double c = cos(an), s = sin(an);\n"
               "  for (int h = 0; h < %lld; h++) {\n"
               "    const double x1 = x[h * %lldLL + i], x2 = x[h * %lldLL + i + %lldLL];\n"
               "    y[h * %lldLL + i] = %s(float)(x1 * c - x2 * s));\n"
               "    y[h * %lldLL + i + %lldLL] = %s(float)(x2 * c + x1 * s));\n"
               "  }\n",
               o->in[0], (long long)o->N.coef, yt, yt, o->out,
               (long long)o->N.coef, (long long)half, (long long)heads, (long long)hd, (long long)(rd - half), cv,
               (long long)hd, (long long)(rd - half), decl, T, inv, (long long)heads, (long long)hd, (long long)hd,
               (long long)half, (long long)hd, cv, (long long)hd, (long long)half, cv);
  k->L->work = zo_cg_dmul(o->rows, zo_dim_const(per));
  return 0;
}

/* embedding: a thread per output element, the table's row by the id (a
 * perturbed table's element perturbed as it is read) */
static int op_embedding(KB *k, const SingleOp *o) {
  const Value *v = o->v;
  const Value *t = v->arg[0], *ids = v->arg[1];
  int tp = in_ptr(k, t), stream = -1;
  const bool pert = t->op == ZO_OP_WEIGHT && t->w->perturbed[0];
  if (pert) {
    stream = zo_cg_int_const(k, t->w->stream[0]);
    if (zo_cg_need_perturb(k, o->rows) < 0) return -1;
  }
  int ip = zo_cg_ptr_buffer(k, ids);
  int64_t D = t->type.dims[1].coef;
  const char *R = zo_cg_sz(k, o->rows);
  zo_cg_emit_run(k, R);
  zo_sb_printf(&k->b,
               "  const zi64 e = (zi64)blockIdx.x * blockDim.x + threadIdx.x;\n"
               "  if (e >= %s * %lldLL) return;\n"
               "  const zi64 m = e / %lldLL, d = e %% %lldLL;\n"
               "  const zi64 id = ((const int *)a.p[%d])[m];\n"
               "  float x = %s((const void *)a.p[%d], id * %lldLL + d);\n",
               R, (long long)D, (long long)D, (long long)D, ip, zo_cg_ld_fn(t->type.dtype), tp, (long long)D);
  if (pert) zo_sb_printf(&k->b, "  if (zpon) x = zo_pert(x, zrun, a.i[%d], (zu64)(id * %lldLL + d), m >= zsrows);\n", stream, (long long)D);
  zo_sb_printf(&k->b, "  ((float *)a.p[%d])[e] = x;\n", o->out);
  k->L->work = zo_cg_dmul(o->rows, zo_dim_const(D));
  return 0;
}

/* positions: each row's 0, 1, ... from the op's offset */
static int op_positions(KB *k, const SingleOp *o) {
  const Value *v = o->v;
  const char *Nn = zo_cg_sz(k, o->N), *R = zo_cg_sz(k, o->rows);
  zo_cg_emit_run(k, R);
  zo_sb_printf(&k->b,
               "  const zi64 e = (zi64)blockIdx.x * blockDim.x + threadIdx.x;\n"
               "  if (e >= %s * %s) return;\n"
               "  ((int *)a.p[%d])[e] = (int)(e %% %s + %lldLL);\n",
               R, Nn, o->out, Nn, (long long)v->attr[0]);
  k->L->work = zo_value_numel(v);
  return 0;
}

/* softmax of each row: a block per row, the max and the sum in double as
 * ref's */
static int op_softmax(KB *k, const SingleOp *o) {
  const char *Nn = zo_cg_sz(k, o->N), *R = zo_cg_sz(k, o->rows);
  zo_cg_emit_run(k, R);
  zo_sb_printf(&k->b,
               "  __shared__ double zred[32];\n"
               "  const zi64 m = blockIdx.x;\n"
               "  const float *x = (const float *)a.p[%d] + m * %s;\n"
               "  float *y = (float *)a.p[%d] + m * %s;\n"
               "  double mx = -ZO_INF;\n"
               "  for (zi64 n = threadIdx.x; n < %s; n += blockDim.x) mx = fmax(mx, (double)x[n]);\n"
               "  mx = zo_block_max(mx, zred);\n"
               "  double s = 0.0;\n"
               "  for (zi64 n = threadIdx.x; n < %s; n += blockDim.x) s += exp((double)x[n] - mx);\n"
               "  s = zo_block_sum(s, zred);\n"
               "  for (zi64 n = threadIdx.x; n < %s; n += blockDim.x) y[n] = (float)(exp((double)x[n] - mx) / s);\n",
               o->in[0], Nn, o->out, Nn, Nn, Nn, Nn);
  k->L->work = o->rows;
  k->L->per_block = 1;
  return 0;
}

/* slice of the last dimension: a thread per 4-byte element */
static int op_slice(KB *k, const SingleOp *o) {
  const Value *v = o->v;
  const Value *x = v->arg[0];
  const char *C = zo_cg_sz(k, zo_value_last_dim(x)), *Wd = zo_cg_sz(k, o->N), *R = zo_cg_sz(k, o->rows);
  zo_cg_emit_run(k, R);
  zo_sb_printf(&k->b,
               "  const zi64 e = (zi64)blockIdx.x * blockDim.x + threadIdx.x;\n"
               "  if (e >= %s * %s) return;\n"
               "  const zi64 r = e / %s, c = e %% %s;\n",
               R, Wd, Wd, Wd);
  const long long b0 = (long long)v->attr[0], w = (long long)v->attr[1] - b0, per = (long long)v->attr[2];
  if (per)   /* [begin, end) of every period: output column c is period c / w's column begin + c % w */
    zo_sb_printf(&k->b, "  ((unsigned *)a.p[%d])[e] = ((const unsigned *)a.p[%d])[r * %s + c / %lldLL * %lldLL + %lldLL + c %% %lldLL];\n",
                 o->out, o->in[0], C, w, per, b0, w);
  else
    zo_sb_printf(&k->b, "  ((unsigned *)a.p[%d])[e] = ((const unsigned *)a.p[%d])[r * %s + %lldLL + c];\n", o->out, o->in[0], C, b0);
  if (zo_dtype_size(x->type.dtype) != 4 || (x->op == ZO_OP_WEIGHT && x->type.dtype != ZO_DT_F32 && x->type.dtype != ZO_DT_I32))
    return zo_cg_fail(k, "slice copies 4-byte elements (f32 or i32 activations)");
  k->L->work = zo_value_numel(v);
  return 0;
}

/* transpose of a constant matrix, to f32 */
static int op_transpose(KB *k, const SingleOp *o) {
  const Value *v = o->v;
  const Value *x = v->arg[0];
  int64_t R0 = x->type.dims[0].coef, C0 = x->type.dims[1].coef;
  zo_cg_emit_run(k, "1");
  zo_sb_printf(&k->b,
               "  const zi64 e = (zi64)blockIdx.x * blockDim.x + threadIdx.x;\n"
               "  if (e >= %lldLL) return;\n"
               "  const zi64 r = e / %lldLL, c = e %% %lldLL;\n"
               "  ((float *)a.p[%d])[c * %lldLL + r] = %s((const void *)a.p[%d], e);\n",
               (long long)(R0 * C0), (long long)C0, (long long)C0, o->out, (long long)R0, zo_cg_ld_fn(x->type.dtype), o->in[0]);
  k->L->work = zo_dim_const(R0 * C0);
  return 0;
}

/* cross_entropy of each row against its target (0 where the target is
 * negative): a block per row, in double */
static int op_cross_entropy(KB *k, const SingleOp *o) {
  const Value *v = o->v;
  Dim V = zo_value_last_dim(v->arg[0]);
  const char *R = zo_cg_sz(k, zo_value_numel(v));
  zo_cg_emit_run(k, R);
  zo_sb_printf(&k->b,
               "  __shared__ double zred[32];\n"
               "  const zi64 m = blockIdx.x;\n"
               "  const float *x = (const float *)a.p[%d] + m * %lldLL;\n"
               "  const int tg = ((const int *)a.p[%d])[m];\n"
               "  if (tg < 0) { if (threadIdx.x == 0) ((float *)a.p[%d])[m] = 0.0f; return; }\n"
               "  double mx = -ZO_INF;\n"
               "  for (zi64 n = threadIdx.x; n < %lldLL; n += blockDim.x) mx = fmax(mx, (double)x[n]);\n"
               "  mx = zo_block_max(mx, zred);\n"
               "  double s = 0.0;\n"
               "  for (zi64 n = threadIdx.x; n < %lldLL; n += blockDim.x) s += exp((double)x[n] - mx);\n"
               "  s = zo_block_sum(s, zred);\n"
               "  if (threadIdx.x == 0) ((float *)a.p[%d])[m] = (float)(mx + log(s) - (double)x[tg]);\n",
               o->in[0], (long long)V.coef, o->in[1], o->out, (long long)V.coef, (long long)V.coef, o->out);
  k->L->work = zo_value_numel(v);
  k->L->per_block = 1;
  return 0;
}

/* each op's kernel: its launch kind (the profile's name) and its emitter */
static const struct {
  Op op;
  const char *kind;
  int (*emit)(KB *k, const SingleOp *o);
} single_ops[] = {
    {ZO_OP_ROPE, "rope", op_rope},
    {ZO_OP_ATTENTION, "attention", zo_cg_plan_attention},
    {ZO_OP_EMBEDDING, "embedding", op_embedding},
    {ZO_OP_POSITIONS, "positions", op_positions},
    {ZO_OP_SOFTMAX, "softmax", op_softmax},
    {ZO_OP_SLICE, "slice", op_slice},
    {ZO_OP_TRANSPOSE, "transpose", op_transpose},
    {ZO_OP_CROSS_ENTROPY, "cross_entropy", op_cross_entropy},
};

/* A group of one op that is not elementwise, a norm or a matmul: the
 * operands' and the result's slots, then the op's kernel. */
int zo_cg_plan_single(KB *k) {
  const Value *v = k->L->anchor;
  ZoCuLaunch *L = k->L;
  SingleOp o = {.v = v, .in = {-1, -1, -1}};
  for (int a = 0; a < v->narg; a++)
    if (v->op != ZO_OP_EMBEDDING || a > 0) o.in[a] = in_ptr(k, v->arg[a]);
  o.out = zo_cg_ptr_buffer(k, v);
  o.rows = zo_value_rows(v);
  o.N = zo_value_last_dim(v);
  L->threads = 256;
  L->per_block = 256;
  L->smem_dim = zo_dim_const(0);
  for (size_t i = 0; i < sizeof single_ops / sizeof single_ops[0]; i++)
    if (single_ops[i].op == v->op) {
      L->kind = single_ops[i].kind;
      return single_ops[i].emit(k, &o);
    }
  return zo_cg_fail(k, "no CUDA kernel for this op");
}
