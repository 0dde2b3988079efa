/* ir.c — building IR: dimensions, values, blocks, walks; the interpreter for
 * format dequant expressions (the plain-C reference for any format). */
#include "ir/ir.h"

#include <math.h>
#include <string.h>

#include "runtime/convert.h"

/* ---- dimensions */
Dim zo_dim_const(int64_t c) { return (Dim){.coef = c}; }
Dim zo_dim_sym(int sym) {
  Dim d = {.coef = 1};
  d.exp[sym] = 1;
  return d;
}
bool zo_dim_eq(Dim a, Dim b) {
  if (a.coef != b.coef) return false;
  if (a.coef == 0) return true;
  return memcmp(a.exp, b.exp, sizeof a.exp) == 0;
}
bool zo_dim_is_const(Dim d) {
  for (int i = 0; i < ZO_MAX_SYMS; i++)
    if (d.exp[i]) return false;
  return true;
}
bool zo_dim_mul(Dim a, Dim b, Dim *out) {
  Dim r;
  if (__builtin_mul_overflow(a.coef, b.coef, &r.coef)) return false;
  for (int i = 0; i < ZO_MAX_SYMS; i++) {
    int e = a.exp[i] + b.exp[i];
    if (e > 100) return false;
    r.exp[i] = (int8_t)e;
  }
  *out = r;
  return true;
}
bool zo_dim_div(Dim a, Dim b, Dim *out) {
  if (b.coef == 0 || a.coef % b.coef != 0) return false;
  Dim r = {.coef = a.coef / b.coef};
  for (int i = 0; i < ZO_MAX_SYMS; i++) {
    if (a.exp[i] < b.exp[i]) return false;
    r.exp[i] = (int8_t)(a.exp[i] - b.exp[i]);
  }
  *out = r;
  return true;
}
int64_t zo_dim_eval(Dim d, const int64_t *vals) {
  int64_t v = d.coef;
  for (int i = 0; i < ZO_MAX_SYMS; i++)
    for (int e = 0; e < d.exp[i]; e++)
      if (__builtin_mul_overflow(v, vals[i], &v)) return -1;
  return v;
}
void zo_dim_print(StrBuf *sb, Dim d, const char *const *syms) {
  bool any = false;
  if (d.coef != 1 || zo_dim_is_const(d)) {
    zo_sb_printf(sb, "%lld", (long long)d.coef);
    any = true;
  }
  for (int i = 0; i < ZO_MAX_SYMS; i++) {
    if (!d.exp[i]) continue;
    if (any) zo_sb_putc(sb, '*');
    zo_sb_puts(sb, syms && syms[i] ? syms[i] : "?");
    if (d.exp[i] > 1) zo_sb_printf(sb, "^%d", d.exp[i]);
    any = true;
  }
}

/* ---- roles */
static const char *role_names[ZO_ROLE_COUNT] = {
  [ZO_ROLE_NONE] = "", [ZO_ROLE_SCALE] = "scale", [ZO_ROLE_ZERO] = "zero",
  [ZO_ROLE_CODES] = "codes", [ZO_ROLE_CODEBOOK] = "codebook", [ZO_ROLE_INDEX] = "index",
  [ZO_ROLE_WEIGHT] = "weight",
};
const char *zo_role_name(Role r) { return (unsigned)r < ZO_ROLE_COUNT ? role_names[r] : "?"; }
Role zo_role_lookup(const char *name) {
  for (int r = 1; r < ZO_ROLE_COUNT; r++)
    if (strcmp(role_names[r], name) == 0) return (Role)r;
  return ZO_ROLE_COUNT;
}

double zo_recipe_get(const Recipe *r, const char *name, double dflt) {
  if (!r) return dflt;
  for (int i = 0; i < r->nsettings; i++)
    if (strcmp(r->setting[i], name) == 0) return r->value[i];
  return dflt;
}

void zo_recipe_set(Recipe *r, const char *name, double value) {
  for (int i = 0; i < r->nsettings; i++)
    if (strcmp(r->setting[i], name) == 0) {
      r->value[i] = value;
      return;
    }
  ZO_ASSERT(r->nsettings < r->capsettings);
  r->setting[r->nsettings] = name;
  r->value[r->nsettings++] = value;
}

/* ---- building */
Func *zo_func_new(const char *name) {
  Func *f = zo_xcalloc(1, sizeof *f);
  f->name = zo_arena_strdup(&f->arena, name);
  f->body = zo_block_new(f, NULL);
  return f;
}

void zo_func_free(Func *f) {
  if (!f) return;
  /* the value and output arrays are malloc'd (Vec); walk the blocks to free them */
  Vec(Block *) stack = {0};
  vec_push(&stack, f->body);
  while (stack.len) {
    Block *b = stack.data[--stack.len];
    for (int i = 0; i < b->vals.len; i++)
      if (b->vals.data[i]->body) vec_push(&stack, b->vals.data[i]->body);
    vec_free(&b->vals);
  }
  vec_free(&stack);
  vec_free(&f->outputs);
  zo_arena_free(&f->arena);
  free(f);
}

Block *zo_block_new(Func *f, Value *owner) {
  Block *b = zo_arena_alloc(&f->arena, sizeof *b);
  b->owner = owner;
  return b;
}

Value *zo_value_new(Func *f, Block *b, Op op, int narg, Value **args, Loc loc) {
  Value *v = zo_arena_alloc(&f->arena, sizeof *v);
  v->op = op;
  v->narg = narg;
  v->arg = zo_arena_alloc(&f->arena, sizeof(Value *) * (size_t)(narg ? narg : 1));
  for (int i = 0; i < narg; i++) v->arg[i] = args ? args[i] : NULL;
  v->loc = loc;
  v->type.rank = -1;
  v->group = -1;
  v->buffer = -1;
  const OpInfo *info = zo_op_info(op);
  for (int i = 0; i < info->nattrs; i++) v->attr[i] = info->attr_default[i];
  if (b) vec_push(&b->vals, v);
  return v;
}

static void walk_block(Block *b, void (*fn)(Value *, void *), void *ctx) {
  for (int i = 0; i < b->nparams; i++) fn(b->params[i], ctx);
  for (int i = 0; i < b->vals.len; i++) {
    Value *v = b->vals.data[i];
    fn(v, ctx);
    if (v->body) walk_block(v->body, fn, ctx);
  }
}
void zo_func_walk(Func *f, void (*fn)(Value *, void *), void *ctx) { walk_block(f->body, fn, ctx); }

static void renumber_one(Value *v, void *ctx) {
  if (v->op != ZO_OP_YIELD) v->id = (*(int *)ctx)++;
}
void zo_func_renumber(Func *f) {
  int n = 0;
  zo_func_walk(f, renumber_one, &n);
}

static void clear_uses(Value *v, void *ctx) { v->uses = 0; }
static void add_uses(Value *v, void *ctx) {
  for (int i = 0; i < v->narg; i++)
    if (v->arg[i]) v->arg[i]->uses++;
}
void zo_func_count_uses(Func *f) {
  zo_func_walk(f, clear_uses, NULL);
  zo_func_walk(f, add_uses, NULL);
  for (int i = 0; i < f->outputs.len; i++) f->outputs.data[i]->uses++;
}

/* ---- the dequant interpreter */
static double load_elem(DType dt, const void *base, int64_t i) {
  switch (dt) {
  case ZO_DT_F32: return ((const float *)base)[i];
  case ZO_DT_F64: return ((const double *)base)[i];
  case ZO_DT_F16: return zo_f16_to_f32(((const uint16_t *)base)[i]);
  case ZO_DT_BF16: return zo_bf16_to_f32(((const uint16_t *)base)[i]);
  case ZO_DT_F8E4M3: return zo_f8e4m3_to_f32(((const uint8_t *)base)[i]);
  case ZO_DT_I8: return ((const int8_t *)base)[i];
  case ZO_DT_U8: case ZO_DT_BOOL: return ((const uint8_t *)base)[i];
  case ZO_DT_I16: return ((const int16_t *)base)[i];
  case ZO_DT_U16: return ((const uint16_t *)base)[i];
  case ZO_DT_I32: return ((const int32_t *)base)[i];
  case ZO_DT_U32: return ((const uint32_t *)base)[i];
  case ZO_DT_I64: return (double)((const int64_t *)base)[i];
  default: ZO_BUG("load of dtype %d", dt);
  }
}

static uint64_t load_bits(DType dt, const void *base, int64_t i) {
  switch (zo_dtype_size(dt)) {
  case 1: return ((const uint8_t *)base)[i];
  case 2: return ((const uint16_t *)base)[i];
  case 4: return ((const uint32_t *)base)[i];
  case 8: return ((const uint64_t *)base)[i];
  default: ZO_BUG("bits of dtype %d", dt);
  }
}

static int64_t ifloor_div(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
  return q;
}

double zo_sx_eval(const Sx *e, const FormatInst *fmt, const Weight *w, const void *const *data,
                  const float *const *delta, int64_t k, int64_t n) {
#define EV(i) zo_sx_eval(e->kids[i], fmt, w, data, delta, k, n)
  switch (e->kind) {
  case SX_NUM: return e->num;
  case SX_VAR: return e->var == 0 ? (double)k : e->var == 1 ? (double)n : e->var == 2 ? (double)w->K : (double)w->N;
  case SX_PARAM: ZO_BUG("unfolded format parameter");
  case SX_LOAD: {
    int s = e->ref;
    int64_t flat = 0;
    for (int d = 0; d < e->nkids; d++) flat = flat * w->shape[s][d] + (int64_t)EV(d);
    double x = load_elem(fmt->storage[s].dtype, data[s], flat);
    if (delta && delta[s]) x = (double)((float)x + delta[s][flat]);
    return x;
  }
  case SX_BITS: {
    int s = e->ref, rank = w->rank[s];
    int64_t off = (int64_t)EV(rank), width = (int64_t)EV(rank + 1);
    int wbits = (int)zo_dtype_size(fmt->storage[s].dtype) * 8;
    uint64_t out = 0;
    /* bit by bit along the stream axis: bit b of the stream is bit b % wbits of
       element b / wbits along that axis */
    for (int64_t bit = 0; bit < width; bit++) {
      int64_t pos = off + bit;
      int64_t flat = 0;
      for (int d = 0; d < rank; d++) {
        int64_t idx = d == e->axis ? pos / wbits : (int64_t)EV(d);
        flat = flat * w->shape[s][d] + idx;
      }
      uint64_t word = load_bits(fmt->storage[s].dtype, data[s], flat);
      out |= ((word >> (pos % wbits)) & 1u) << bit;
    }
    return (double)out;
  }
  case SX_TABLE: {
    const FormatTable *t = &fmt->table[e->ref];
    int64_t i = (int64_t)EV(0);
    ZO_ASSERT(i >= 0 && i < t->len);
    return t->vals[i];
  }
  case SX_NEG: return -EV(0);
  case SX_EXP2: {   /* f32's 2^e: exact down to 2^-149, 0 below, inf above 2^127 */
    double x = EV(0);
    return x < -149 ? 0.0 : x > 127 ? INFINITY : ldexp(1.0, (int)x);
  }
  case SX_ADD: return EV(0) + EV(1);
  case SX_SUB: return EV(0) - EV(1);
  case SX_MUL: return EV(0) * EV(1);
  case SX_DIV:
    if (e->is_int) return (double)ifloor_div((int64_t)EV(0), (int64_t)EV(1));
    return EV(0) / EV(1);
  case SX_MOD: {
    int64_t a = (int64_t)EV(0), b = (int64_t)EV(1);
    return (double)(a - ifloor_div(a, b) * b);
  }
  case SX_AND: return (double)((int64_t)EV(0) & (int64_t)EV(1));
  case SX_OR: return (double)((int64_t)EV(0) | (int64_t)EV(1));
  case SX_SHL: return (double)((int64_t)EV(0) << (int64_t)EV(1));
  case SX_SHR: return (double)((int64_t)EV(0) >> (int64_t)EV(1));
  }
#undef EV
  ZO_BUG("sx kind %d", e->kind);
}

Dim zo_value_dims(const Value *v, int from, int to) {
  Dim d = zo_dim_const(1);
  for (int i = from; i < to; i++) ZO_ASSERT(zo_dim_mul(d, v->type.dims[i], &d));
  return d;
}

Dim zo_value_numel(const Value *v) { return zo_value_dims(v, 0, v->type.rank); }
Dim zo_value_rows(const Value *v) { return zo_value_dims(v, 0, v->type.rank - 1); }
Dim zo_value_last_dim(const Value *v) { return v->type.rank ? v->type.dims[v->type.rank - 1] : zo_dim_const(1); }

bool zo_weight_perturbed(const Value *w) {
  for (int s = 0; s < w->w->nstorage; s++)
    if (w->w->perturbed[s]) return true;
  return false;
}
