/* infer.c — dtype and shape inference.
 *
 * One rule per op, in op order; the elementwise ops' two rules follow from
 * the ops table's flags (ir/ops.h: ZO_OPF_EW and the tensor count), so they
 * have no case of their own. Activations are f32 (the reference precision;
 * backends may compute in lower precision, but the IR's contract is f32).
 * A mismatch is the user's mistake: the message names the op and both shapes.
 * A value whose operand failed gets no type and no further message, so one
 * mistake gives one error. */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "passes/passes.h"

typedef struct Infer {
  Func *f;
} Infer;

static const char *shape_str(Infer *c, const Type *t, StrBuf *sb) {
  zo_type_print(sb, t, c->f);
  zo_sb_putc(sb, 0);
  return NULL;
}

/* "f32[B, T, 4096]" of a value, in a small rotating buffer set */
static const char *ty(Infer *c, const Value *v) {
  static char bufs[4][256];
  static int i;
  StrBuf sb = {0};
  shape_str(c, &v->type, &sb);
  char *b = bufs[i++ % 4];
  snprintf(b, 256, "%s", sb.buf);
  zo_sb_free(&sb);
  return b;
}

static bool whole_pos(double x) { return isfinite(x) && x >= 1 && x == floor(x) && x < 1e9; }

static void set(Value *v, DType dt, int rank, const Dim *dims) {
  v->type.dtype = dt;
  v->type.fmt = NULL;
  v->type.rank = rank;
  for (int i = 0; i < rank; i++) v->type.dims[i] = dims[i];
}

static bool same_dims(const Type *a, const Type *b) {
  if (a->rank != b->rank) return false;
  for (int i = 0; i < a->rank; i++)
    if (!zo_dim_eq(a->dims[i], b->dims[i])) return false;
  return true;
}

/* the largest id an integer dtype holds */
static int64_t largest_id(DType dt) {
  switch (dt) {
  case ZO_DT_I8: return INT8_MAX;
  case ZO_DT_U8: return UINT8_MAX;
  case ZO_DT_I16: return INT16_MAX;
  case ZO_DT_U16: return UINT16_MAX;
  case ZO_DT_I32: return INT32_MAX;
  case ZO_DT_U32: return UINT32_MAX;
  case ZO_DT_BOOL: return 1;
  default: return INT64_MAX;
  }
}

static bool is_float_tensor(const Value *v) { return !v->type.fmt && zo_dtype_is_float(v->type.dtype); }

static void infer_block(Infer *c, Block *b);

/* rope's optional attributes against head size hd (ops.h): true after a message. The band
   factors mean nothing without original_max (a model passes its config's either way): they are
   reset to their defaults then, so the same rope prints (and caches) the same. */
static bool rope_attrs_bad(Value *v, int64_t hd) {
  if (v->attr[6] == 0) v->attr[4] = v->attr[5] = 0;
  const double rd = v->attr[2], factor = v->attr[3], lo = v->attr[4], hi = v->attr[5], om = v->attr[6];
  if (rd != 0 && (!whole_pos(rd) || fmod(rd, 2) != 0 || rd > (double)hd)) {
    zo_diag_error(v->loc, "rope: rotary_dim must be an even number of at most the head size %lld (0: the whole head), "
                  "not %.9g", (long long)hd, rd);
    return true;
  }
  if (!(factor > 0) || !isfinite(factor)) {
    zo_diag_error(v->loc, "rope: factor must be positive (1: no scaling), not %.9g", factor);
    return true;
  }
  if (om != 0 && (!whole_pos(om) || !(lo > 0) || !(hi > lo) || !isfinite(hi))) {
    zo_diag_error(v->loc, "rope: Llama 3 scaling (original_max %.9g) needs 0 < low_freq_factor < high_freq_factor, "
                  "not %.9g and %.9g", om, lo, hi);
    return true;
  }
  return false;
}

/* ---- the rules the ops table's flags imply (ir/ops.h): an elementwise op
   (ZO_OPF_EW) of one tensor keeps its shape, of two broadcasts the shorter
   shape over the longer's leading dims; a new elementwise op needs no case */

static void infer_same(Infer *c, Value *v) {
  const Value *x = v->arg[0];
  if (!is_float_tensor(x)) {
    zo_diag_error(v->loc, "%s: needs a float tensor, this is %s", zo_op_name(v->op), ty(c, x));
    return;
  }
  set(v, ZO_DT_F32, x->type.rank, x->type.dims);
}

static void infer_broadcast(Infer *c, Value *v) {
  const Value *x = v->arg[0], *y = v->arg[1];
  const char *op = zo_op_name(v->op);
  if (!is_float_tensor(x) || !is_float_tensor(y)) {
    zo_diag_error(v->loc, "%s: needs float tensors, got %s and %s", op, ty(c, x), ty(c, y));
    return;
  }
  /* the shorter shape must be a suffix of the longer (broadcast over leading dims) */
  const Value *big = x->type.rank >= y->type.rank ? x : y, *small = big == x ? y : x;
  int off = big->type.rank - small->type.rank;
  for (int i = 0; i < small->type.rank; i++)
    if (!zo_dim_eq(small->type.dims[i], big->type.dims[off + i])) {
      zo_diag_error(v->loc, "%s: shapes %s and %s do not match", op, ty(c, x), ty(c, y));
      return;
    }
  set(v, ZO_DT_F32, big->type.rank, big->type.dims);
}

static void infer_value(Infer *c, Value *v) {
  for (int i = 0; i < v->narg; i++)
    if (v->arg[i]->type.rank < 0 && v->op != ZO_OP_REPEAT) return;  /* an earlier error */
  Value *x = v->narg > 0 ? v->arg[0] : NULL;
  Value *y = v->narg > 1 ? v->arg[1] : NULL;
  const char *op = zo_op_name(v->op);
  Loc loc = v->loc;
  switch (v->op) {
  case ZO_OP_INPUT:
  case ZO_OP_WEIGHT:
  case ZO_OP_ARG:
  case ZO_OP_YIELD:
    return;
  case ZO_OP_EMBEDDING: {
    if (x->type.fmt || x->type.rank != 2 || !zo_dtype_is_float(x->type.dtype)) {
      zo_diag_error(loc, "embedding: the table must be a plain float matrix [V, D], this is %s", ty(c, x));
      return;
    }
    if (zo_dtype_is_float(y->type.dtype) || y->type.fmt) {
      zo_diag_error(loc, "embedding: the ids must be integers, this is %s", ty(c, y));
      return;
    }
    if (y->type.rank + 1 > ZO_MAX_RANK) {
      zo_diag_error(loc, "embedding: ids of rank %d are too many dimensions", y->type.rank);
      return;
    }
    /* rows an id of its dtype cannot name would never be read: a vocabulary
       set too large (-D V=...), not a table anyone can use */
    const Dim rows = x->type.dims[0];
    const int64_t max_id = largest_id(y->type.dtype);
    if (zo_dim_is_const(rows) && rows.coef - 1 > max_id) {
      zo_diag_error(loc, "embedding: the table %s has %lld rows, but %s ids reach row %lld at most: a smaller "
                    "vocabulary (or wider ids) is needed", ty(c, x), (long long)rows.coef, zo_dtype_name(y->type.dtype),
                    (long long)max_id);
      return;
    }
    Dim d[ZO_MAX_RANK];
    for (int i = 0; i < y->type.rank; i++) d[i] = y->type.dims[i];
    d[y->type.rank] = x->type.dims[1];
    set(v, ZO_DT_F32, y->type.rank + 1, d);
    return;
  }
  case ZO_OP_POSITIONS:
    if (zo_dtype_is_float(x->type.dtype) || x->type.fmt || x->type.rank < 1) {
      zo_diag_error(loc, "positions: takes the token ids [..., T], this is %s", ty(c, x));
      return;
    }
    set(v, ZO_DT_I32, x->type.rank, x->type.dims);
    return;
  case ZO_OP_MATMUL: {
    if (!is_float_tensor(x) || x->type.rank < 1) {
      zo_diag_error(loc, "matmul: the left operand must be float activations, this is %s", ty(c, x));
      return;
    }
    if (y->type.rank != 2 || (!y->type.fmt && !zo_dtype_is_float(y->type.dtype))) {
      zo_diag_error(loc, "matmul: the right operand must be a [K, N] matrix, this is %s", ty(c, y));
      return;
    }
    Dim k = x->type.dims[x->type.rank - 1];
    if (!zo_dim_eq(k, y->type.dims[0])) {
      zo_diag_error(loc, "matmul: %s times %s: the inner dimensions differ", ty(c, x), ty(c, y));
      return;
    }
    Dim d[ZO_MAX_RANK];
    for (int i = 0; i < x->type.rank - 1; i++) d[i] = x->type.dims[i];
    d[x->type.rank - 1] = y->type.dims[1];
    set(v, ZO_DT_F32, x->type.rank, d);
    return;
  }
  case ZO_OP_SOFTMAX:
    infer_same(c, v);
    return;
  case ZO_OP_RMS_NORM:
  case ZO_OP_LAYER_NORM: {
    if (!is_float_tensor(x) || x->type.rank < 1) {
      zo_diag_error(loc, "%s: needs float activations, this is %s", op, ty(c, x));
      return;
    }
    /* a weight of G < the last dimension normalizes each group of G on its own (Qwen3's per-head q_norm) */
    Dim last = x->type.dims[x->type.rank - 1], g = v->arg[1]->type.rank == 1 ? v->arg[1]->type.dims[0] : last;
    bool grouped = !zo_dim_eq(g, last) && zo_dim_is_const(g) && zo_dim_is_const(last) && g.coef > 0 &&
                   last.coef % g.coef == 0;
    for (int i = 1; i < v->narg; i++) {
      const Value *p = v->arg[i];
      if (!is_float_tensor(p) || p->type.rank != 1 || !zo_dim_eq(p->type.dims[0], grouped ? g : last)) {
        zo_diag_error(loc, "%s: the %s of %s must be a float vector of its last dimension (or of a size that divides "
                      "it, one norm a group), this is %s", op, i == 1 ? "weight" : "bias", ty(c, x), ty(c, p));
        return;
      }
    }
    if (!(v->attr[0] > 0) || !isfinite(v->attr[0])) {
      zo_diag_error(loc, "%s: eps must be positive, not %.9g", op, v->attr[0]);
      return;
    }
    set(v, ZO_DT_F32, x->type.rank, x->type.dims);
    return;
  }
  case ZO_OP_ROPE: {
    if (!is_float_tensor(x) || x->type.rank < 2) {
      zo_diag_error(loc, "rope: needs activations [..., T, heads * head_dim], this is %s", ty(c, x));
      return;
    }
    Dim last = x->type.dims[x->type.rank - 1];
    double h = v->attr[0];
    if (!whole_pos(h) || !zo_dim_is_const(last) || last.coef % (int64_t)h != 0 || (last.coef / (int64_t)h) % 2) {
      zo_diag_error(loc, "rope: %s does not split into %.9g heads of an even size", ty(c, x), h);
      return;
    }
    if (!(v->attr[1] > 0)) {
      zo_diag_error(loc, "rope: theta must be positive, not %.9g", v->attr[1]);
      return;
    }
    if (rope_attrs_bad(v, last.coef / (int64_t)h)) return;
    set(v, ZO_DT_F32, x->type.rank, x->type.dims);
    return;
  }
  case ZO_OP_ATTENTION: {
    Value *k = v->arg[1], *val = v->arg[2];
    double h = v->attr[0], kv = v->attr[1] == 0 ? v->attr[0] : v->attr[1];
    if (!whole_pos(h) || !whole_pos(kv) || fmod(h, kv) != 0) {
      zo_diag_error(loc, "attention: %.9g heads cannot share %.9g kv heads (heads must be a multiple of kv_heads)", h, kv);
      return;
    }
    if (v->attr[2] != 0 && v->attr[2] != 1) {
      zo_diag_error(loc, "attention: causal is 0 or 1, not %.9g", v->attr[2]);
      return;
    }
    if (!(v->attr[3] >= 0) || !isfinite(v->attr[3]) || !(v->attr[4] >= 0) || !isfinite(v->attr[4])) {
      zo_diag_error(loc, "attention: scale and softcap are numbers >= 0 (0: 1/sqrt(head_dim), no cap), not %.9g and %.9g",
                    v->attr[3], v->attr[4]);
      return;
    }
    if (v->attr[5] != 0 && !whole_pos(v->attr[5])) {
      zo_diag_error(loc, "attention: window is a whole number of keys >= 0 (0: no window), not %.9g", v->attr[5]);
      return;
    }
    if (!is_float_tensor(x) || x->type.rank < 2) {
      zo_diag_error(loc, "attention: q must be activations [..., T, heads * head_dim], this is %s", ty(c, x));
      return;
    }
    Dim e = x->type.dims[x->type.rank - 1];
    if (!zo_dim_is_const(e) || e.coef % (int64_t)h) {
      zo_diag_error(loc, "attention: q %s does not split into %.9g heads", ty(c, x), h);
      return;
    }
    int64_t hd = e.coef / (int64_t)h;
    Dim want = zo_dim_const(hd * (int64_t)kv);
    for (int i = 1; i < 3; i++) {
      const Value *p = i == 1 ? k : val;
      bool ok = is_float_tensor(p) && p->type.rank == x->type.rank && zo_dim_eq(p->type.dims[p->type.rank - 1], want);
      for (int d = 0; ok && d < x->type.rank - 1; d++) ok = zo_dim_eq(p->type.dims[d], x->type.dims[d]);
      if (!ok) {
        zo_diag_error(loc, "attention: q is %s, so %s must be [..., T, %lld] (%.9g kv heads of %lld), this is %s", ty(c, x),
                      i == 1 ? "k" : "v", (long long)(hd * (int64_t)kv), kv, (long long)hd, ty(c, p));
        return;
      }
    }
    set(v, ZO_DT_F32, x->type.rank, x->type.dims);
    return;
  }
  case ZO_OP_TRANSPOSE:
    if (x->type.fmt || x->type.rank != 2) {
      zo_diag_error(loc, "transpose: takes a plain matrix, this is %s", ty(c, x));
      return;
    }
    {
      Dim d[2] = {x->type.dims[1], x->type.dims[0]};
      set(v, x->type.dtype, 2, d);
    }
    return;
  case ZO_OP_SLICE: {
    if (x->type.fmt || x->type.rank < 1) {
      zo_diag_error(loc, "slice: takes a plain tensor, this is %s", ty(c, x));
      return;
    }
    Dim last = x->type.dims[x->type.rank - 1];
    double b = v->attr[0], e = v->attr[1], per = v->attr[2];
    if (per != 0 && (!whole_pos(per) || !zo_dim_is_const(last) || fmod((double)last.coef, per) != 0)) {
      zo_diag_error(loc, "slice: period %.9g does not divide the last dimension of %s into whole periods", per, ty(c, x));
      return;
    }
    double span = per != 0 ? per : (double)last.coef;   /* the range is within one period, or the whole row */
    if (!zo_dim_is_const(last) || b != floor(b) || e != floor(e) || b < 0 || e <= b || e > span) {
      zo_diag_error(loc, "slice: [%.9g, %.9g) is not a non-empty range of %s of %s", b, e,
                    per != 0 ? "its period" : "the last dimension", ty(c, x));
      return;
    }
    Dim d[ZO_MAX_RANK];
    for (int i = 0; i < x->type.rank; i++) d[i] = x->type.dims[i];
    d[x->type.rank - 1] = zo_dim_const((int64_t)(e - b) * (per != 0 ? last.coef / (int64_t)per : 1));
    set(v, zo_dtype_is_float(x->type.dtype) ? ZO_DT_F32 : x->type.dtype, x->type.rank, d);
    return;
  }
  case ZO_OP_CROSS_ENTROPY: {
    bool ok = is_float_tensor(x) && x->type.rank >= 2 && !zo_dtype_is_float(y->type.dtype) && !y->type.fmt &&
              y->type.rank == x->type.rank - 1;
    for (int i = 0; ok && i < y->type.rank; i++) ok = zo_dim_eq(x->type.dims[i], y->type.dims[i]);
    if (!ok) {
      zo_diag_error(loc, "cross_entropy: logits %s need integer targets of their shape without the last dimension, got %s",
                    ty(c, x), ty(c, y));
      return;
    }
    set(v, ZO_DT_F32, y->type.rank, y->type.dims);
    return;
  }
  case ZO_OP_REPEAT: {
    Block *b = v->body;
    for (int i = 0; i < b->nparams; i++) b->params[i]->type = v->arg[i]->type;
    infer_block(c, b);
    Value *yv = b->vals.data[b->vals.len - 1];
    for (int i = 0; i < b->nparams; i++) {
      const Value *out = yv->arg[i];
      if (out->type.rank < 0 || v->arg[i]->type.rank < 0) continue;
      if (!same_dims(&out->type, &v->arg[i]->type) || out->type.dtype != v->arg[i]->type.dtype ||
          out->type.fmt != v->arg[i]->type.fmt)
        zo_diag_error(loc, "'%s' is %s before the repeat but %s at the end of its body: a carried value must keep its type",
                      b->params[i]->name, ty(c, v->arg[i]), ty(c, out));
    }
    v->type.rank = 0;   /* the repeat itself has no value; its results do */
    v->type.dtype = ZO_DT_F32;
    return;
  }
  case ZO_OP_RESULT: {
    const Value *rep = x;
    const Value *yv = rep->body->vals.data[rep->body->vals.len - 1];
    if (yv->arg[v->index]->type.rank >= 0) v->type = yv->arg[v->index]->type;
    return;
  }
  default: {   /* the elementwise ops: their rule from the ops table's flags */
    const OpInfo *in = zo_op_info(v->op);
    if ((in->flags & ZO_OPF_EW) && in->ntensors == 1) {
      infer_same(c, v);
      return;
    }
    if ((in->flags & ZO_OPF_EW) && in->ntensors == 2) {
      infer_broadcast(c, v);
      return;
    }
    break;
  }
  }
  ZO_BUG("no shape rule for op %s", op);
}

static void infer_block(Infer *c, Block *b) {
  for (int i = 0; i < b->vals.len; i++) infer_value(c, b->vals.data[i]);
}

void zo_pass_infer(Func *f) {
  Infer c = {f};
  infer_block(&c, f->body);
  f->typed = true;
}
