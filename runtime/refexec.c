/* refexec.c — the reference backend ("ref"): a compiled, bound Func run in
 * plain C, the oracle every other backend is compared with.
 *
 * Approach, chosen to be obviously right rather than fast:
 *  - the flat block is walked in order; each value gets its own malloc'd
 *    buffer (f32, or i32 for integer values: token ids, positions), freed
 *    after its last use; the memory plan and the fusion groups are ignored;
 *  - each op is one call into runtime/ref.h (or a loop written here where
 *    ref.h has none: sub, suffix broadcasting, positions, scale);
 *  - weights become f32: plain tensors through zo_convert_to_f32, formatted
 *    ones as their logical [K, N] matrix through the format's own dequant
 *    expression (zo_weight_dequant -> zo_sx_eval);
 *  - perturbation (exec.h): every op treats batch entries independently, so
 *    the graph simply runs once per batch range, [0, split) with every
 *    perturbed weight materialized at +eps·z and [split, B) at −eps·z, each
 *    weight's perturbation being explicit delta arrays
 *    delta[i] = ±(eps · zo_rng_normal(seed, stream, i)) over the storage's
 *    row-major elements, added to the stored value (in f32) before dequant.
 * Unperturbed weight matrices are computed once at open and reused.
 *  - a low-precision forward (recipe `forward = fp8 | int8`,
 *    docs/lowprec.md): each matmul of a formatted weight quantizes this
 *    run's rows of x and the (perturbed) f32 weight through runtime/lowprec.h
 *    and multiplies them there; rows count from 0 in each sign's half, as
 *    the contract's word indices do. Rounding is stochastic only under a
 *    perturbation (its seed); the nearest-rounded columns of each weight are
 *    kept from open (redone after an update, as the f32 copies are).
 * What open (every weight in f32) and each forward (its values' buffers, as
 * they live and die) hold is counted first and checked against what the
 * machine has left (support/memfit.h): sizes too large are a message, and
 * an allocation that still fails is an environment error, not an abort.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "codegen/zo_rng.h"
#include "runtime/convert.h"
#include "runtime/exec.h"
#include "runtime/lowprec.h"
#include "runtime/ref.h"
#include "runtime/weights.h"
#include "support/memfit.h"

typedef struct RefState {
  Func *f;
  int n;                    /* values in the flat block */
  Value *input, *output;
  int sym_b, sym_t;         /* the symbols of the input's [B, T] */
  int *last_use;            /* per value position: the last position reading it (n: an output) */
  float **wcache;           /* per value position: a weight's unperturbed f32 matrix / tensor */
  int lp_kind, lp_mode;     /* the recipe's forward precision (ZO_LP_*) and rounding */
  int *lp_ord;              /* per value position: a low-precision matmul's ordinal (-1: none) */
  float **lpq, **lpt;       /* per low-precision matmul: its unperturbed weight's nearest wq[K, N], t[N] */
  bool stale;               /* the perturbed weights' entries predate a training update */
  int64_t live, peak;       /* activation bytes (values that are not weights) */
} RefState;

/* ---- sizes */
static int64_t dim(const Value *v, int d, const int64_t *syms) { return zo_dim_eval(v->type.dims[d], syms); }

/* INT64_MAX when it overflows: the user's sizes, refused by the memory check */
static int64_t numel(const Value *v, const int64_t *syms) {
  int64_t n = 1;
  for (int d = 0; d < v->type.rank; d++) {
    int64_t x = dim(v, d, syms);
    n = zo_mem_mul(n, x < 0 ? INT64_MAX : x);
  }
  return n;
}

static bool is_int_value(const Value *v) { return !v->type.fmt && !zo_dtype_is_float(v->type.dtype); }

/* ---- weights as f32 */
static int64_t weight_f32_bytes(const Value *v) {
  return zo_mem_mul(v->type.fmt ? zo_mem_mul(v->w->K, v->w->N) : zo_weight_storage_numel(v, 0), 4);
}

/* the perturbation's deltas weight_f32 holds beside the result */
static int64_t delta_bytes(const Value *v) {
  int64_t n = 0;
  for (int s = 0; s < v->w->nstorage; s++)
    if (v->w->perturbed[s]) n = zo_mem_add(n, zo_mem_mul(zo_weight_storage_numel(v, s), 4));
  return n;
}

/* The f32 form of weight v, perturbed by sign·eps·z where it is marked
 * (sign 0: unperturbed). NULL after a message. */
static float *weight_f32(const Value *v, int sign, const Perturb *p) {
  const Weight *w = v->w;
  float *delta[ZO_MAX_STORAGE] = {0}, *out = NULL;
  if (sign != 0)
    for (int s = 0; s < w->nstorage; s++) {
      if (!w->perturbed[s]) continue;
      int64_t n = zo_weight_storage_numel(v, s);
      if (!(delta[s] = zo_mem_alloc(zo_mem_mul(n, 4), "the ref backend: a perturbation"))) goto out;
      for (int64_t i = 0; i < n; i++) {
        float d = p->eps * zo_rng_normal(p->seed, (uint32_t)w->stream[s], (uint64_t)i);
        delta[s][i] = sign > 0 ? d : -d;   /* negation is exact: the two signs mirror */
      }
    }
  if (v->type.fmt) {
    out = zo_mem_alloc(weight_f32_bytes(v), "the ref backend: a weight in f32");
    if (out && zo_weight_dequant(v, (const float *const *)delta, out) != 0) {
      free(out);
      out = NULL;
    }
  } else {
    int64_t n = zo_weight_storage_numel(v, 0);
    out = zo_mem_alloc(weight_f32_bytes(v), "the ref backend: a weight in f32");
    if (out) zo_convert_to_f32(v->type.dtype, w->data[0], out, (size_t)n);
    if (out && delta[0])
      for (int64_t i = 0; i < n; i++) out[i] = out[i] + delta[0][i];
  }
out:
  for (int s = 0; s < w->nstorage; s++) free(delta[s]);
  return out;
}

static bool is_perturbed(const Value *v) {
  for (int s = 0; s < v->w->nstorage; s++)
    if (v->w->perturbed[s]) return true;
  return false;
}

/* ---- the low-precision matmul (docs/lowprec.md) */
/* a low-precision matmul's quantized weight and its scales: wq[K, N], t[N] */
static int64_t lp_weight_bytes(const Value *mm) {
  const Weight *w = mm->arg[1]->w;
  return zo_mem_mul(zo_mem_add(zo_mem_mul(w->K, w->N), w->N), 4);
}

static ZoLp lp_quant(const RefState *st, int mode, const Perturb *p, uint32_t stream) {
  return (ZoLp){.kind = st->lp_kind, .mode = mode, .seed = mode ? p->seed : 0, .stream = stream};
}

/* the nearest-rounded columns of matmul i's unperturbed weight (open, and after an update). -1 after a message */
static int lp_cache(RefState *st, int i) {
  const Value *mm = st->f->body->vals.data[i], *w = mm->arg[1];
  int64_t K = w->w->K, N = w->w->N;
  free(st->lpq[i]);
  free(st->lpt[i]);
  st->lpq[i] = zo_mem_alloc(zo_mem_mul(zo_mem_mul(K, N), 4), "the ref backend: a weight quantized for the forward");
  st->lpt[i] = zo_mem_alloc(zo_mem_mul(N > 0 ? N : 1, 4), "the ref backend: a weight quantized for the forward");
  if (!st->lpq[i] || !st->lpt[i]) return -1;
  ZoLp q = lp_quant(st, 0, NULL, zo_lp_stream_w(st->lp_ord[i]));
  zo_lp_quant_cols(&q, st->wcache[w->index], K, N, st->lpq[i], st->lpt[i]);
  return 0;
}

/* y[M, N] = x[M, K] W'[K, N] in the forward's precision; W' is the f32
 * weight this run made (perturbed under a sign) or the cached one. Stochastic
 * rounding only under a perturbation: p's seed, this matmul's streams. */
static int lp_matmul(RefState *st, int i, int sign, const Perturb *p, const float *X, const float *W, float *y,
                     int64_t M, int64_t K, int64_t N) {
  const Value *w = st->f->body->vals.data[i]->arg[1];
  int j = st->lp_ord[i], mode = sign != 0 && p && p->eps != 0 ? st->lp_mode : 0;
  float *xq = zo_mem_alloc(zo_mem_mul(M * K > 0 ? M * K : 1, 4), "the ref backend: a low-precision activation");
  float *s = zo_mem_alloc(zo_mem_mul(M > 0 ? M : 1, 4), "the ref backend: a low-precision activation");
  float *wq = NULL, *t = NULL;
  bool cached = mode == 0 && (sign == 0 || !is_perturbed(w));   /* the nearest columns of an unchanged weight */
  if (!cached) {
    wq = zo_mem_alloc(zo_mem_mul(K * N > 0 ? K * N : 1, 4), "the ref backend: a low-precision weight");
    t = zo_mem_alloc(zo_mem_mul(N > 0 ? N : 1, 4), "the ref backend: a low-precision weight");
  }
  int rc = -1;
  if (xq && s && (cached || (wq && t))) {
    ZoLp qx = lp_quant(st, mode, p, zo_lp_stream_x(j));
    zo_lp_quant_rows(&qx, X, M, K, xq, s);
    if (!cached) {
      ZoLp qw = lp_quant(st, mode, p, zo_lp_stream_w(j));
      zo_lp_quant_cols(&qw, W, K, N, wq, t);
    }
    zo_lp_matmul(xq, s, cached ? st->lpq[i] : wq, cached ? st->lpt[i] : t, y, M, K, N);
    rc = 0;
  }
  free(xq);
  free(s);
  free(wq);
  free(t);
  return rc;
}

/* ---- open / close */
static void ref_close(void *state) {
  RefState *st = state;
  if (!st) return;
  for (int i = 0; i < st->n; i++) {
    free(st->wcache[i]);
    free(st->lpq[i]);
    free(st->lpt[i]);
  }
  free(st->wcache);
  free(st->lp_ord);
  free(st->lpq);
  free(st->lpt);
  free(st->last_use);
  free(st);
}

static void *ref_open(Func *f, int threads, const struct ZoTarget *target) {
  (void)target;   /* no choices: the reference */
  Block *b = f->body;
  RefState *st = zo_xcalloc(1, sizeof *st);
  st->f = f;
  st->n = b->vals.len;
  st->last_use = zo_xcalloc((size_t)st->n + 1, sizeof(int));
  st->wcache = zo_xcalloc((size_t)st->n + 1, sizeof(float *));
  st->lpq = zo_xcalloc((size_t)st->n + 1, sizeof(float *));
  st->lpt = zo_xcalloc((size_t)st->n + 1, sizeof(float *));
  st->lp_ord = zo_xcalloc((size_t)st->n + 1, sizeof(int));
  st->lp_kind = zo_lp_kind(f);
  st->lp_mode = zo_lp_rounding(f);
  int ninputs = 0;
  for (int i = 0; i < st->n; i++) {
    Value *v = b->vals.data[i];
    ZO_ASSERT(v->type.rank >= 0 && !(zo_op_info(v->op)->flags & ZO_OPF_STRUCT));   /* the whole pipeline ran */
    v->index = i;
    st->last_use[i] = -1;
    st->lp_ord[i] = st->lp_kind != ZO_LP_DEFAULT ? zo_lp_ordinal(f, v) : -1;
    if (v->op == ZO_OP_INPUT) {
      st->input = v;
      ninputs++;
    }
  }
  if (ninputs != 1 || st->input->type.rank != 2 || !is_int_value(st->input) ||
      (st->sym_b = zo_dim_pure_sym(st->input->type.dims[0])) < 0 || (st->sym_t = zo_dim_pure_sym(st->input->type.dims[1])) < 0 ||
      st->sym_b == st->sym_t) {
    zo_env_error(f->name, "the ref backend runs models with one input: token ids [B, T] (B and T symbols)");
    ref_close(st);
    return NULL;
  }
  st->output = f->outputs.len ? f->outputs.data[0] : NULL;
  if (!st->output || is_int_value(st->output) || st->output->type.rank < 1 ||
      zo_dim_pure_sym(st->output->type.dims[0]) != st->sym_b) {
    zo_env_error(f->name, "the ref backend needs the model's first output to be float activations [B, ...]");
    ref_close(st);
    return NULL;
  }
  for (int i = 0; i < st->n; i++) {
    Value *v = b->vals.data[i];
    for (int a = 0; a < v->narg; a++) st->last_use[v->arg[a]->index] = i;
  }
  for (int i = 0; i < f->outputs.len; i++) st->last_use[f->outputs.data[i]->index] = st->n;
  /* every weight is held in f32 from here on: the model's sizes decide how much */
  int64_t wbytes = 0;
  for (int i = 0; i < st->n; i++)
    if (b->vals.data[i]->op == ZO_OP_WEIGHT) wbytes = zo_mem_add(wbytes, weight_f32_bytes(b->vals.data[i]));
    else if (st->lp_ord[i] >= 0) wbytes = zo_mem_add(wbytes, lp_weight_bytes(b->vals.data[i]));
  char what[256];
  snprintf(what, sizeof what, "the ref backend, model '%s' with its weights in f32", f->name);
  if (zo_mem_fit(what, wbytes, "a smaller model (-D values), or the cpu backend (--device cpu), which keeps "
                 "them as stored") != 0) {
    ref_close(st);
    return NULL;
  }
  for (int i = 0; i < st->n; i++) {
    Value *v = b->vals.data[i];
    if (v->op != ZO_OP_WEIGHT) continue;
    for (int s = 0; s < v->w->nstorage; s++) ZO_ASSERT(v->w->data[s]);   /* zo_weights_bind first */
    if (!(st->wcache[i] = weight_f32(v, 0, NULL))) {
      ref_close(st);
      return NULL;
    }
  }
  for (int i = 0; i < st->n; i++)   /* after every weight: a matmul's weight comes before it */
    if (st->lp_ord[i] >= 0 && lp_cache(st, i) != 0) {
      ref_close(st);
      return NULL;
    }
  return st;
}

/* ---- running the graph over one batch range with one sign */
typedef struct Run {
  RefState *st;
  int64_t syms[ZO_MAX_SYMS];
  float **fb;               /* float buffers per position */
  int32_t **ib;             /* integer buffers per position */
  bool *owned;              /* fb[i] is this run's to free (not a cached weight) */
} Run;

static void release(Run *r, int i) {
  const Value *v = r->st->f->body->vals.data[i];
  if (r->fb[i] && r->owned[i]) {
    if (v->op != ZO_OP_WEIGHT) r->st->live -= numel(v, r->syms) * (int64_t)sizeof(float);
    free(r->fb[i]);
  }
  if (r->ib[i]) {
    r->st->live -= numel(v, r->syms) * (int64_t)sizeof(int32_t);
    free(r->ib[i]);
  }
  r->fb[i] = NULL;
  r->ib[i] = NULL;
}

static float *new_f(Run *r, int i, int64_t n) {
  r->fb[i] = zo_mem_alloc(zo_mem_mul(n > 0 ? n : 1, sizeof(float)), "the ref backend: an activation");
  if (!r->fb[i]) return NULL;
  r->owned[i] = true;
  r->st->live += n * (int64_t)sizeof(float);
  if (r->st->live > r->st->peak) r->st->peak = r->st->live;
  return r->fb[i];
}

static int32_t *new_i(Run *r, int i, int64_t n) {
  r->ib[i] = zo_mem_alloc(zo_mem_mul(n > 0 ? n : 1, sizeof(int32_t)), "the ref backend: an activation");
  if (!r->ib[i]) return NULL;
  r->st->live += n * (int64_t)sizeof(int32_t);
  if (r->st->live > r->st->peak) r->st->peak = r->st->live;
  return r->ib[i];
}

/* y = a OP b, the shorter shape a suffix of the longer (broadcast over leading dims) */
static void binary(Op op, const float *a, int64_t na, const float *b, int64_t nb, float *y) {
  int64_t n = na > nb ? na : nb;
  for (int64_t i = 0; i < n; i++) {
    float x = a[i % na], z = b[i % nb];
    y[i] = op == ZO_OP_ADD ? x + z : op == ZO_OP_SUB ? x - z : x * z;
  }
}

/* One value. 0, or -1 after a message (ids out of range, no memory). */
static int run_value(Run *r, int i, int sign, const Perturb *p, const int32_t *tokens) {
  RefState *st = r->st;
  Value *v = st->f->body->vals.data[i];
  const int64_t *S = r->syms;
  int64_t n = numel(v, S);
  Value *x = v->narg > 0 ? v->arg[0] : NULL;
  const float *X = x ? r->fb[x->index] : NULL;
  const float *Y = v->narg > 1 ? r->fb[v->arg[1]->index] : NULL;
  const float *Z = v->narg > 2 ? r->fb[v->arg[2]->index] : NULL;
  int64_t last = v->type.rank > 0 ? dim(v, v->type.rank - 1, S) : 1;
  /* the result's buffer before the op: one that cannot be had is a message and -1, never a write to NULL */
  if (v->op != ZO_OP_WEIGHT && !(is_int_value(v) ? (void *)new_i(r, i, n) : (void *)new_f(r, i, n))) return -1;
  switch (v->op) {
  case ZO_OP_INPUT: {
    int32_t *o = r->ib[i];
    memcpy(o, tokens, (size_t)n * sizeof(int32_t));
    return 0;
  }
  case ZO_OP_WEIGHT:
    if (is_int_value(v)) {   /* an integer table (ids): i32, never perturbed */
      const float *c = st->wcache[i];
      int32_t *o = new_i(r, i, n);
      if (!o) return -1;
      for (int64_t j = 0; j < n; j++) o[j] = (int32_t)c[j];
      return 0;
    }
    if (sign != 0 && is_perturbed(v)) {
      float *w = weight_f32(v, sign, p);
      if (!w) return -1;
      r->fb[i] = w;
      r->owned[i] = true;
    } else {
      r->fb[i] = st->wcache[i];
      r->owned[i] = false;
    }
    return 0;
  case ZO_OP_EMBEDDING: {
    const Value *ids = v->arg[1];
    int64_t V = dim(x, 0, S), D = dim(x, 1, S), nid = numel(ids, S);
    const int32_t *I = r->ib[ids->index];
    for (int64_t j = 0; j < nid; j++)
      if (I[j] < 0 || I[j] >= V) {
        zo_env_error(st->f->name, "embedding '%s': index %d is outside the table's %lld rows (%s)",
                     x->name ? x->name : "?", I[j], (long long)V,
                     ids->op == ZO_OP_POSITIONS ? "the sequence is longer than the position table"
                                                : "a token id beyond the vocabulary");
        return -1;
      }
    zo_ref_embedding(X, I, r->fb[i], nid, V, D);
    return 0;
  }
  case ZO_OP_POSITIONS: {
    int32_t *o = r->ib[i];
    int64_t T = last, off = (int64_t)v->attr[0];
    for (int64_t j = 0; j < n; j++) o[j] = (int32_t)(j % T + off);
    return 0;
  }
  case ZO_OP_MATMUL: {
    const Value *w = v->arg[1];
    int64_t K = dim(w, 0, S), N = dim(w, 1, S);
    if (st->lp_ord[i] >= 0) return lp_matmul(st, i, sign, p, X, Y, r->fb[i], numel(x, S) / K, K, N);
    zo_ref_matmul(X, Y, r->fb[i], numel(x, S) / K, K, N);
    return 0;
  }
  case ZO_OP_ADD:
  case ZO_OP_SUB:
  case ZO_OP_MUL:
    binary(v->op, X, numel(x, S), Y, numel(v->arg[1], S), r->fb[i]);
    return 0;
  case ZO_OP_SCALE: {
    float *o = r->fb[i];
    for (int64_t j = 0; j < n; j++) o[j] = (float)((double)X[j] * v->attr[0]);
    return 0;
  }
  case ZO_OP_SHIFT: {   /* t + n: Gemma's 1 + w */
    float *o = r->fb[i];
    for (int64_t j = 0; j < n; j++) o[j] = (float)((double)X[j] + v->attr[0]);
    return 0;
  }
  case ZO_OP_RMS_NORM:
  case ZO_OP_LAYER_NORM: {
    int64_t G = dim(v->arg[1], 0, S);   /* the weight's size: the last dimension, or a group of it */
    if (v->op == ZO_OP_RMS_NORM) zo_ref_rms_norm(X, Y, r->fb[i], n / G, G, (float)v->attr[0]);
    else zo_ref_layer_norm(X, Y, Z, r->fb[i], n / G, G, (float)v->attr[0]);
    return 0;
  }
  case ZO_OP_ROPE: {
    int64_t T = dim(v, v->type.rank - 2, S), heads = (int64_t)v->attr[0];
    ZoRope rp = zo_ref_rope_attrs(v->attr);
    zo_ref_rope_ex(X, r->fb[i], n / (T * last), T, heads, last / heads, &rp, 0);
    return 0;
  }
  case ZO_OP_ATTENTION: {
    int64_t T = dim(v, v->type.rank - 2, S), H = (int64_t)v->attr[0];
    int64_t KV = v->attr[1] == 0 ? H : (int64_t)v->attr[1];
    ZoAttn at = {.causal = v->attr[2] != 0, .scale = v->attr[3], .softcap = v->attr[4], .window = (int64_t)v->attr[5]};
    zo_ref_attention_ex(X, Y, Z, r->fb[i], n / (T * last), T, H, KV, last / H, &at);
    return 0;
  }
  case ZO_OP_SOFTMAX: zo_ref_softmax(X, r->fb[i], n / last, last); return 0;
  case ZO_OP_TRANSPOSE: zo_ref_transpose2d(X, r->fb[i], dim(x, 0, S), dim(x, 1, S)); return 0;
  case ZO_OP_SLICE: {
    int64_t C = dim(x, x->type.rank - 1, S), b0 = (int64_t)v->attr[0], e = (int64_t)v->attr[1];
    int64_t per = (int64_t)v->attr[2], rows = n / last;
    if (is_int_value(v)) {
      const int32_t *xi = r->ib[x->index];
      int32_t *o = r->ib[i];
      int64_t P = per ? per : C, w = e - b0;
      for (int64_t row = 0; row < rows; row++)
        for (int64_t c = 0; c < C; c++)
          if (c % P >= b0 && c % P < e) o[row * last + c / P * w + c % P - b0] = xi[row * C + c];
    } else if (per) {
      zo_ref_slice_period(X, r->fb[i], rows, C, b0, e, per);
    } else {
      zo_ref_slice_cols(X, r->fb[i], rows, C, b0, e);
    }
    return 0;
  }
  case ZO_OP_CROSS_ENTROPY: {
    const Value *t = v->arg[1];
    const int32_t *tg = r->ib[t->index];
    int64_t V = dim(x, x->type.rank - 1, S);
    for (int64_t j = 0; j < n; j++)
      if (tg[j] >= V) {
        zo_env_error(st->f->name, "cross_entropy: target %d is outside the %lld classes", tg[j], (long long)V);
        return -1;
      }
    zo_ref_cross_entropy(X, tg, r->fb[i], n, V);
    return 0;
  }
  default: {
    /* an activation (elementwise, one tensor, no attributes): runtime/ref.c's zo_ref_unary */
    const OpInfo *in = zo_op_info(v->op);
    if ((in->flags & ZO_OPF_EW) && in->ntensors == 1 && in->nattrs == 0) {
      zo_ref_unary(v->op, X, r->fb[i], n);
      return 0;
    }
    ZO_BUG("the ref backend has no rule for op %s", zo_op_name(v->op));
  }
  }
}

/* The graph for batch entries [b0, b0 + nb) under one sign; writes their rows of out. */
static int run_range(RefState *st, const int32_t *tokens, int64_t b0, int64_t nb, int64_t T, int sign,
                     const Perturb *p, float *out) {
  Run r = {.st = st};
  for (int s = 0; s < ZO_MAX_SYMS; s++) r.syms[s] = 1;
  r.syms[st->sym_b] = nb;
  r.syms[st->sym_t] = T;
  r.fb = zo_xcalloc((size_t)st->n + 1, sizeof(float *));
  r.ib = zo_xcalloc((size_t)st->n + 1, sizeof(int32_t *));
  r.owned = zo_xcalloc((size_t)st->n + 1, sizeof(bool));
  st->live = 0;
  int rc = 0;
  for (int i = 0; i < st->n && rc == 0; i++) {
    rc = run_value(&r, i, sign, p, tokens + b0 * T);
    if (rc) break;
    const Value *v = st->f->body->vals.data[i];
    for (int a = 0; a < v->narg; a++)
      if (st->last_use[v->arg[a]->index] == i) release(&r, v->arg[a]->index);
    if (st->last_use[i] < 0) release(&r, i);   /* unused (dce leaves none, but be safe) */
  }
  if (rc == 0) {
    const Value *o = st->output;
    int64_t per = numel(o, r.syms) / nb;
    memcpy(out + b0 * per, r.fb[o->index], (size_t)(per * nb) * sizeof(float));
  }
  for (int i = 0; i < st->n; i++) release(&r, i);
  free(r.fb);
  free(r.ib);
  free(r.owned);
  return rc;
}

/* Backend.weights_changed: training updated the perturbed storages. Only an
   unperturbed forward reads their cached f32 copies (a perturbed one
   dequantizes them with the perturbation), so they are redone then. */
static int ref_weights_changed(void *state) {
  ((RefState *)state)->stale = true;
  return 0;
}

static int refresh(RefState *st) {
  Block *b = st->f->body;
  for (int i = 0; i < st->n; i++) {
    Value *v = b->vals.data[i];
    if (v->op != ZO_OP_WEIGHT || !is_perturbed(v)) continue;
    float *w = weight_f32(v, 0, NULL);
    if (!w) return -1;
    free(st->wcache[i]);
    st->wcache[i] = w;
  }
  for (int i = 0; i < st->n; i++)   /* the quantized columns of the weights just redone */
    if (st->lp_ord[i] >= 0 && is_perturbed(b->vals.data[i]->arg[1]) && lp_cache(st, i) != 0) return -1;
  st->stale = false;
  return 0;
}

/* The most bytes run_range holds for nb entries (sign != 0: the perturbed
 * weights made afresh, with their deltas while they are made): its
 * allocations and releases, counted without making them. */
static int64_t range_bytes(RefState *st, int64_t nb, int64_t T, bool perturbed) {
  int64_t syms[ZO_MAX_SYMS];
  for (int s = 0; s < ZO_MAX_SYMS; s++) syms[s] = 1;
  syms[st->sym_b] = nb;
  syms[st->sym_t] = T;
  int64_t *held = zo_xcalloc((size_t)st->n + 1, sizeof(int64_t)), live = 0, peak = 0;
  for (int i = 0; i < st->n; i++) {
    const Value *v = st->f->body->vals.data[i];
    int64_t extra = 0;
    if (v->op != ZO_OP_WEIGHT) held[i] = zo_mem_mul(numel(v, syms), 4);
    else if (is_int_value(v)) held[i] = zo_mem_mul(numel(v, syms), 4);
    else if (perturbed && is_perturbed(v)) {
      held[i] = weight_f32_bytes(v);
      extra = delta_bytes(v);
    }
    if (st->lp_ord[i] >= 0) {   /* lp_matmul's quantized x and (perturbed or stochastic) weight, while it runs */
      const Value *w = v->arg[1];
      int64_t M = numel(v, syms) / w->w->N;
      extra = zo_mem_add(zo_mem_mul(zo_mem_mul(M, w->w->K), 4), zo_mem_add(zo_mem_mul(M, 4), lp_weight_bytes(v)));
    }
    live = zo_mem_add(live, held[i]);
    if (zo_mem_add(live, extra) > peak) peak = zo_mem_add(live, extra);
    for (int a = 0; a < v->narg; a++) {
      int j = v->arg[a]->index;
      if (st->last_use[j] == i) {
        live -= held[j];
        held[j] = 0;
      }
    }
    if (st->last_use[i] < 0) {
      live -= held[i];
      held[i] = 0;
    }
  }
  free(held);
  return peak;
}

static int ref_forward(void *state, const int32_t *tokens, int64_t B, int64_t T, const Perturb *p, float *out) {
  RefState *st = state;
  ZO_ASSERT(B >= 1 && T >= 1);
  st->peak = 0;
  /* the sizes are the user's (a batch, a data line): what they need fits first */
  bool pert = p && p->eps != 0;
  int64_t need = pert ? range_bytes(st, p->split > B - p->split ? p->split : B - p->split, T, true) : range_bytes(st, B, T, false);
  char what[256];
  snprintf(what, sizeof what, "the ref backend, a forward of B=%lld x T=%lld tokens", (long long)B, (long long)T);
  if (zo_mem_fit(what, need, "%s", ZO_FIT_FORWARD_FIX) != 0) return -1;
  if (!p || p->eps == 0) {
    if (st->stale && refresh(st) != 0) return -1;
    return run_range(st, tokens, 0, B, T, 0, NULL, out);
  }
  ZO_ASSERT(p->split >= 0 && p->split <= B);
  if (p->split > 0 && run_range(st, tokens, 0, p->split, T, +1, p, out) != 0) return -1;
  if (p->split < B && run_range(st, tokens, p->split, B - p->split, T, -1, p, out) != 0) return -1;
  return 0;
}

static int64_t ref_peak_bytes(void *state) { return ((RefState *)state)->peak; }

const Backend zo_backend_ref = {
  .name = "ref",
  .open = ref_open,
  .forward = ref_forward,
  .peak_bytes = ref_peak_bytes,
  .close = ref_close,
  .weights_changed = ref_weights_changed,
};
