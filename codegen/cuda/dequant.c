/* cuda/dequant.c — a format's dequant expression (IR Sx, from
 * models/formats.zo) as CUDA C: the scalar device function W[k, n] the f32
 * matmuls call per element, and the 8-k block functions the tensor-core
 * path's dequant launch calls (dq_block); the perturbed storages' z scratch
 * slots. What it knows of the expression (ranges, divisors, the offset's
 * step along k, runs along k, the g_idx[k] keys, the sign) comes from the
 * analysis the CPU backend reads too (codegen/dqan.h). Part of the CUDA
 * code generator (codegen/cuda/gen.c). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "codegen/cuda/int.h"
#include "codegen/dqan.h"

/* ---- formats: the dequant expression as a device function */


/* a float literal C accepts ("-1" needs its ".0") */
const char *zo_cg_flit(Arena *a, double v) {
  char buf[64];
  snprintf(buf, sizeof buf, "%.9g", v);
  if (!strpbrk(buf, ".eEni")) strcat(buf, ".0");
  return zo_arena_printf(a, "%sf", buf);
}

/* an Sx value in the emitted code: a literal or a temporary */
typedef struct SxV {
  const char *s;
  bool isint;
} SxV;

typedef struct Dq {
  KB *k;
  const Value *w;               /* the WEIGHT (or the matrix value) */
  const FormatInst *fmt;
  int ptr[ZO_MAX_STORAGE];
  bool pert[ZO_MAX_STORAGE];
  int zptr[ZO_MAX_STORAGE];
  DqAn *an;                     /* the expression's analysis (codegen/dqan.c) */
  int ntemp;
  bool i32;                     /* every index fits 31 bits: int arithmetic (much cheaper than 64-bit) */
  struct DqB *blk;              /* the 8-k block emitter (dq_block), or NULL */
} Dq;

static const char *ity(const Dq *c) { return c->i32 ? "int" : "zi64"; }
static const char *ilit(Dq *c, int64_t v) {
  return zo_arena_printf(&c->k->g->p->arena, c->i32 ? "%lld" : "%lldLL", (long long)v);
}

static const char *as(Dq *c, SxV v, bool want_int) {
  if (v.isint == want_int) return v.s;
  return zo_arena_printf(&c->k->g->p->arena, want_int ? (c->i32 ? "((int)(%s))" : "((zi64)(%s))") : "((float)(%s))", v.s);
}

static const DqNode *node(const Dq *c, const Sx *x) { return &c->an->node[zo_dqan_index(c->an, x)]; }

/* int value v of expression x as a float: by its bits when x is bounded
   within ±2^22 (exact, and the conversion unit is a quarter of the rate) */
static const char *as_float(Dq *c, SxV v, const Sx *x) {
  const DqNode *d = node(c, x);
  if (v.isint && x->is_int && d->is_int && d->lo > -((int64_t)1 << 22) && d->hi < ((int64_t)1 << 22))
    return zo_arena_printf(&c->k->g->p->arena, "zo_i2f_small((int)(%s))", v.s);
  return as(c, v, false);
}

static SxV temp(Dq *c, StrBuf *b, bool isint, const char *fmt, ...) ZO_PRINTF(4, 5);
static SxV temp(Dq *c, StrBuf *b, bool isint, const char *fmt, ...) {
  Arena *a = &c->k->g->p->arena;
  const char *name = zo_arena_printf(a, "t%d", c->ntemp++);
  zo_sb_printf(b, "  const %s %s = ", isint ? ity(c) : "float", name);
  va_list ap;
  va_start(ap, fmt);
  zo_sb_vprintf(b, fmt, ap);
  va_end(ap);
  zo_sb_puts(b, ";\n");
  return (SxV){name, isint};
}

static SxV sx(Dq *c, StrBuf *b, const Sx *x);
static SxV sx_node(Dq *c, StrBuf *b, const Sx *x);
static const char *blk_k(Dq *c);
static int blk_sign(const Dq *c);
static int64_t blk_word_per_k(const Dq *c, const Sx *x, int rank, int bytes);
static const char *blk_word(Dq *c, const Sx *x, int s, int64_t stride, int64_t per_k, int bytes);
static const char *blk_field_at(Dq *c, int64_t per_k, int bytes);

/* the flat row-major index of a load of storage s (the axis dim skipped) */
static SxV flat_index(Dq *c, StrBuf *b, const Sx *x, int s, int axis) {
  const Weight *w = c->w->w;
  int rank = w->rank[s];
  StrBuf e = {0};
  bool any = false;
  for (int d = 0; d < rank; d++) {
    if (d == axis) continue;
    int64_t stride = 1;
    for (int j = d + 1; j < rank; j++) stride *= w->shape[s][j];
    SxV i = sx(c, b, x->kids[d]);
    zo_sb_printf(&e, "%s%s * %s", any ? " + " : "", as(c, i, true), ilit(c, stride));
    any = true;
  }
  SxV r = temp(c, b, true, "%s", any ? e.buf : "0");
  zo_sb_free(&e);
  return r;
}

static bool blk_enter(Dq *c, const Sx *x, StrBuf **b, SxV *r);
static SxV blk_leave(Dq *c, const Sx *x, SxV r);

static SxV sx(Dq *c, StrBuf *b, const Sx *x) {
  SxV r;
  if (c->blk && blk_enter(c, x, &b, &r)) return r;
  r = sx_node(c, b, x);
  return c->blk ? blk_leave(c, x, r) : r;
}

/* One case per kind of dequant-expression node (ir/ir.h's SxKind): long
 * because the expression language is, each case a few lines of CUDA C. */
static SxV sx_node(Dq *c, StrBuf *b, const Sx *x) {
  Arena *a = &c->k->g->p->arena;
  bool isint = x->is_int != 0;
  switch (x->kind) {
  case SX_NUM:
    if (isint) return (SxV){ilit(c, (int64_t)x->num), true};
    return (SxV){zo_cg_flit(a, x->num), false};
  case SX_VAR:
    if (x->var == 0) return (SxV){c->blk ? blk_k(c) : "k", true};
    if (x->var == 1) return (SxV){"n", true};
    return (SxV){ilit(c, x->var == 2 ? c->w->w->K : c->w->w->N), true};
  case SX_PARAM: ZO_BUG("unfolded format parameter");
  case SX_LOAD: {
    int s = x->ref;
    DType dt = c->fmt->storage[s].dtype;
    SxV f = flat_index(c, b, x, s, -1);
    bool fl = zo_dtype_is_float(dt);
    SxV v = temp(c, b, !fl, "%s((const void *)a.p[%d], %s)", zo_cg_ld_fn(dt), c->ptr[s], f.s);
    if (c->pert[s] && c->blk) {   /* this sign's: the same operations as below */
      int zs = blk_sign(c);
      if (zs) v = temp(c, b, false, "__fadd_rn(%s, %s((const float *)a.p[%d])[%s])", v.s, zs == 1 ? "" : "-", c->zptr[s], f.s);
    } else if (c->pert[s]) {
      v = temp(c, b, false, "zs ? __fadd_rn(%s, zs == 1 ? ((const float *)a.p[%d])[%s] : -((const float *)a.p[%d])[%s]) : %s",
               v.s, c->zptr[s], f.s, c->zptr[s], f.s, v.s);
    }
    return v;
  }
  case SX_BITS: {
    int s = x->ref, rank = c->w->w->rank[s];
    int64_t stride = 1;
    for (int j = x->axis + 1; j < rank; j++) stride *= c->w->w->shape[s][j];
    const Sx *wx = x->kids[rank + 1];
    const DqNode *wd = node(c, wx);
    const int64_t wn = wd->lo;
    int bytes = (int)zo_dtype_size(c->fmt->storage[s].dtype);
    /* a constant width that divides the word and an offset that is a multiple of
       it: the field lies in one word (GPTQ's codes and zeros) — one load, a shift
       and a mask instead of the general loop */
    bool one_word = zo_dqan_is_const(wd) && wn >= 1 && wn < 64 && (8 * bytes) % wn == 0 && node(c, x->kids[rank])->div % wn == 0;
    int64_t per_k = one_word ? blk_word_per_k(c, x, rank, bytes) : 0;
    if (per_k > 0) {   /* in a block, the 8 k's fields lie in one word (GPTQ's 4-bit codes): it is loaded once */
      const char *wv = blk_word(c, x, s, stride, per_k, bytes);
      /* k = k0 + j with 8 | k0, and the 8 fields in one word: the field of k
         is at (per_k * k0) % bits + per_k * j, a constant when a block
         fills the word */
      const unsigned long long mask = (1ull << wn) - 1;
      return temp(c, b, true, "(%s)((%s >> (%s)) & %llu%s)", ity(c), wv, blk_field_at(c, per_k, bytes), mask, bytes <= 4 ? "u" : "ull");
    }
    SxV base = flat_index(c, b, x, s, x->axis);
    SxV off = sx(c, b, x->kids[rank]), width = sx(c, b, wx);
    if (one_word) {
      return temp(c, b, true, "(%s)zo_field%d((const void *)a.p[%d], %s, %s, %s, %s)", ity(c), bytes, c->ptr[s], base.s,
                  ilit(c, stride), as(c, off, true), ilit(c, wn));
    }
    return temp(c, b, true, "(%s)zo_bits%d((const void *)a.p[%d], %s, %s, %s, %s)", ity(c), bytes, c->ptr[s], base.s,
                ilit(c, stride), as(c, off, true), as(c, width, true));
  }
  case SX_TABLE: {
    const FormatTable *t = &c->fmt->table[x->ref];
    StrBuf tb = {0};
    uint64_t h = 0xcbf29ce484222325ull;
    for (int i = 0; i < t->len; i++) {
      const char *lit = zo_cg_flit(a, t->vals[i]);
      zo_sb_printf(&tb, "%s%s", i ? ", " : "", lit);
    }
    h = zo_cg_fnv(tb.buf ? tb.buf : "", h);
    const char *name = zo_arena_printf(a, "zo_tab_%016llx", (unsigned long long)h);
    if (!zo_cg_seen(c->k->g, name))
      zo_sb_printf(&c->k->g->tables, "__device__ const float %s[%d] = {%s};\n", name, t->len, tb.buf ? tb.buf : "0");
    zo_sb_free(&tb);
    SxV i = sx(c, b, x->kids[0]);
    return temp(c, b, isint, "%s%s[%s]", isint ? (c->i32 ? "(int)" : "(zi64)") : "", name, as(c, i, true));
  }
  case SX_NEG: {
    SxV u = sx(c, b, x->kids[0]);
    return temp(c, b, isint, "-%s", as(c, u, isint));
  }
  case SX_EXP2: {   /* 2^e1 · 2^e2 from exponent bits, e1 = e in [-126, 127]: the CPU's bits (llvm/sx.c) */
    SxV u = sx(c, b, x->kids[0]);
    const char *ev = as(c, u, true);
    SxV e1 = temp(c, b, true, "%s < -126 ? -126 : %s > 127 ? 127 : %s", ev, ev, ev);
    SxV d = temp(c, b, true, "%s - %s", ev, e1.s);
    SxV e2 = temp(c, b, true, "%s < -126 ? -126 : %s > 127 ? 127 : %s", d.s, d.s, d.s);
    return temp(c, b, false, "__fmul_rn(__int_as_float((int)(%s + 127) << 23), __int_as_float((int)(%s + 127) << 23))",
                e1.s, e2.s);
  }
  default: break;
  }
  SxV l = sx(c, b, x->kids[0]), r = sx(c, b, x->kids[1]);
  const char *L = isint ? as(c, l, true) : as_float(c, l, x->kids[0]), *R = isint ? as(c, r, true) : as_float(c, r, x->kids[1]);
  switch (x->kind) {
  case SX_ADD: return temp(c, b, isint, "%s + %s", L, R);
  case SX_SUB: return temp(c, b, isint, "%s - %s", L, R);
  case SX_MUL: return temp(c, b, isint, "%s * %s", L, R);
  case SX_DIV: return isint ? temp(c, b, true, "zo_fdiv(%s, %s)", L, R) : temp(c, b, false, "%s / %s", L, R);
  case SX_MOD: return temp(c, b, true, "zo_fmod(%s, %s)", as(c, l, true), as(c, r, true));
  case SX_AND: return temp(c, b, true, "%s & %s", as(c, l, true), as(c, r, true));
  case SX_OR: return temp(c, b, true, "%s | %s", as(c, l, true), as(c, r, true));
  case SX_SHL: return temp(c, b, true, "%s << %s", as(c, l, true), as(c, r, true));
  case SX_SHR: return temp(c, b, true, "%s >> %s", as(c, l, true), as(c, r, true));
  default: ZO_BUG("sx kind %d", x->kind);
  }
}


/* ---- the dequant of 8 consecutive k at once (the tensor-core path's dequant launch)
 *
 * The scalar function evaluates W[k, n] alone, so a thread that makes
 * W[k0 .. k0+7, n] repeats for each k what depends on k only through its
 * group: with act-order GPTQ the scale, the zero and the scale's eps·z are
 * loaded through g_idx[k], which the compiler cannot know to be the same
 * (Nsight Compute: the dequant is bound by L1 traffic, 5 loads an element).
 * dq_block emits the 8 as straight-line code in which each node of the
 * expression is invariant over an 8-aligned block of k (the analysis's
 * kblock a multiple of 8: no k, or k only through floor(k / c) with 8 | c,
 * k >> s with s >= 3): evaluated once; or a function of the block's
 * keys (integer storages indexed by k alone: g_idx[k]) and invariants:
 * evaluated again only at a k whose keys differ from the previous k's; or
 * else evaluated for each k. Both signs in one function share what does not
 * depend on the sign. Each node's arithmetic is the scalar function's, so
 * the values are the same bits. */
enum { DQ_INV, DQ_MEMO, DQ_PER };

typedef struct BlkEnt {
  const Sx *x;
  int zs, j;                    /* zs -1: the same for both signs; j -1: invariant, -2: a memo variable */
  SxV v;
} BlkEnt;

typedef struct DqB {
  StrBuf decl, inv, memo, per;
  int zs;                       /* the sign being emitted: 0 (unperturbed), 1 (+), 2 (-) */
  int j;                        /* the k being emitted: k0 + j */
  int in_inv;                   /* inside an invariant node (k is k0 there) */
  Vec(BlkEnt) ents;
  int key[ZO_MAX_STORAGE], nkeys;
} DqB;

/* invariant over an 8-aligned block of k, a function of the keys (g_idx[k])
   and invariants, or else per k (dqan.h: kblock, gkey) */
static int dq_class(const Dq *c, const Sx *x) {
  if (!x) return DQ_INV;
  const DqNode *d = node(c, x);
  if (d->kblock % 8 == 0) return DQ_INV;
  if (d->gkey) return DQ_MEMO;
  if (x->kind == SX_VAR) return DQ_PER;
  int m = DQ_INV;
  for (int i = 0; i < x->nkids; i++) {
    int k = dq_class(c, x->kids[i]);
    if (k > m) m = k;
  }
  return m;
}

static bool blk_find(DqB *d, const Sx *x, int zs, int j, SxV *r) {
  for (int i = 0; i < d->ents.len; i++) {
    const BlkEnt *e = &d->ents.data[i];
    if (e->x == x && e->zs == zs && e->j == j) {
      *r = e->v;
      return true;
    }
  }
  return false;
}

/* In a block, a bit field at offset per_k·k of a word whose bits are a
   multiple of 8·per_k: the 8 k's fields lie in the word of k0's (k0 a
   multiple of 8). per_k, or 0 when that is not so (or not in a block, or its
   base depends on k). */
static int64_t blk_word_per_k(const Dq *c, const Sx *x, int rank, int bytes) {
  if (!c->blk) return 0;
  int64_t per_k = node(c, x->kids[rank])->kmul;   /* the offset is per_k · k */
  if (per_k < 1 || (8 * bytes) % (8 * per_k) != 0) return 0;
  for (int d = 0; d < rank; d++)
    if (d != x->axis && dq_class(c, x->kids[d]) != DQ_INV) return 0;
  return per_k;
}

/* the block's word holding x's fields (loaded once, with the invariants) */
static const char *blk_word(Dq *c, const Sx *x, int s, int64_t stride, int64_t per_k, int bytes) {
  DqB *d = c->blk;
  SxV r;
  if (blk_find(d, x, -1, -3, &r)) return r.s;
  d->in_inv++;
  const char *base = flat_index(c, &d->inv, x, s, x->axis).s;
  d->in_inv--;
  static const char *const ty[9] = {NULL, "unsigned char", "unsigned short", NULL, "unsigned", NULL, NULL, NULL, "zu64"};
  r = (SxV){zo_arena_printf(&c->k->g->p->arena, "zw%d", c->ntemp++), true};
  const char *wt = bytes <= 4 ? "unsigned" : "zu64";   /* 32-bit shifts for words of up to 32 bits */
  zo_sb_printf(&d->inv, "  const %s %s = (%s)((const %s *)a.p[%d])[%s + (%s)((unsigned)(%lld * k0) / %du) * %s];\n", wt, r.s, wt,
               ty[bytes], c->ptr[s], base, ity(c), (long long)per_k, 8 * bytes, ilit(c, stride));
  vec_push(&d->ents, ((BlkEnt){x, -1, -3, r}));
  return r.s;
}

/* the bit offset of this k's field in the block's word */
static const char *blk_field_at(Dq *c, int64_t per_k, int bytes) {
  Arena *a = &c->k->g->p->arena;
  const DqB *d = c->blk;
  if (d->in_inv) return zo_arena_printf(a, "(unsigned)(%lld * k0) %% %du", (long long)per_k, 8 * bytes);
  if (per_k == bytes) return zo_arena_printf(a, "%lldu", (long long)(per_k * d->j));
  return zo_arena_printf(a, "(unsigned)(%lld * k0) %% %du + %lldu", (long long)per_k, 8 * bytes, (long long)(per_k * d->j));
}

static const char *blk_k(Dq *c) {
  return c->blk->in_inv ? "k0" : zo_arena_printf(&c->k->g->p->arena, "kj%d", c->blk->j);
}
static int blk_sign(const Dq *c) { return c->blk->zs; }

/* before a node: a key, or a node already emitted for this k and sign, is
   its name; else the node's code goes to its class's buffer */
static bool blk_enter(Dq *c, const Sx *x, StrBuf **b, SxV *r) {
  DqB *d = c->blk;
  if (node(c, x)->gkey) {
    *r = (SxV){zo_arena_printf(&c->k->g->p->arena, "zg%d_%d", x->ref, d->j), true};
    return true;
  }
  int cls = dq_class(c, x), zs = node(c, x)->signdep ? d->zs : -1;
  if (blk_find(d, x, zs, cls == DQ_INV ? -1 : d->j, r)) return true;
  *b = cls == DQ_INV ? &d->inv : cls == DQ_MEMO ? &d->memo : &d->per;
  if (cls == DQ_INV) d->in_inv++;
  return false;
}

/* after it: a memo node's value goes into its variable, which outlives the
   block that recomputes it */
static SxV blk_leave(Dq *c, const Sx *x, SxV r) {
  DqB *d = c->blk;
  int cls = dq_class(c, x), zs = node(c, x)->signdep ? d->zs : -1;
  if (cls == DQ_INV) d->in_inv--;
  if (cls == DQ_MEMO) {
    SxV var;
    if (!blk_find(d, x, zs, -2, &var)) {
      var = (SxV){zo_arena_printf(&c->k->g->p->arena, "m%d", c->ntemp++), r.isint};
      zo_sb_printf(&d->decl, "  %s %s;\n", r.isint ? ity(c) : "float", var.s);
      vec_push(&d->ents, ((BlkEnt){x, zs, -2, var}));
    }
    zo_sb_printf(&d->memo, "  %s = %s;\n", var.s, r.s);
    r = var;
  }
  vec_push(&d->ents, ((BlkEnt){x, zs, cls == DQ_INV ? -1 : d->j, r}));
  return r;
}

/* the block function of c's format (both: the + and - signs into w and u;
   else unperturbed into w); its name */
static const char *dq_block(Dq *c, bool both) {
  DqB d = {0};
  c->blk = &d;
  const Sx *root = c->fmt->dequant;
  d.nkeys = c->an->ngkey;
  memcpy(d.key, c->an->gkey, sizeof d.key);
  /* keys: every k's, ahead of the code; slow: the memo recomputed where the
     keys change from the previous k's; fast: the memo once, for a block whose
     8 keys are the same (always so without act-order, where g_idx[k] = k / G) */
  StrBuf keys = {0}, slow = {0}, fast = {0}, same = {0};
  for (int j = 0; j < 8; j++) {
    d.j = j;
    zo_sb_printf(&keys, "  const %s kj%d = k0 + %d;\n", ity(c), j, j);
    for (int i = 0; i < d.nkeys; i++) {
      const DType kt = c->fmt->storage[d.key[i]].dtype;
      if (kt == ZO_DT_I32 || kt == ZO_DT_U32) {   /* the 8 keys in two 16-byte loads (k0: a multiple of 8; storages 256-aligned) */
        if (j == 0)
          zo_sb_printf(&keys, "  const zo_u4 zkv%d_0 = *(const zo_u4 *)((const unsigned *)a.p[%d] + k0), zkv%d_1 = *(const zo_u4 *)((const unsigned *)a.p[%d] + k0 + 4);\n",
                       d.key[i], c->ptr[d.key[i]], d.key[i], c->ptr[d.key[i]]);
        zo_sb_printf(&keys, "  const %s zg%d_%d = (%s)(%s)zkv%d_%d.%c;\n", ity(c), d.key[i], j, ity(c), kt == ZO_DT_I32 ? "int" : "unsigned",
                     d.key[i], j / 4, "xyzw"[j % 4]);
      } else {
        zo_sb_printf(&keys, "  const %s zg%d_%d = (%s)%s((const void *)a.p[%d], kj%d);\n", ity(c), d.key[i], j, ity(c),
                     zo_cg_ld_fn(kt), c->ptr[d.key[i]], j);
      }
      if (j > 0) zo_sb_printf(&same, "%szg%d_%d == zg%d_0", same.buf ? " && " : "", d.key[i], j, d.key[i]);
    }
    const char *out[2];
    for (int si = 0; si < (both ? 2 : 1); si++) {
      d.zs = both ? 1 + si : 0;
      out[si] = as(c, sx(c, &d.per, root), false);
    }
    if (d.memo.buf && d.memo.buf[0]) {
      if (j == 0) {
        zo_sb_puts(&slow, "  {\n");
        zo_sb_printf(&fast, "  {\n%s  }\n", d.memo.buf);
      } else {
        zo_sb_puts(&slow, "  if (");
        for (int i = 0; i < d.nkeys; i++) zo_sb_printf(&slow, "%szg%d_%d != zg%d_%d", i ? " || " : "", d.key[i], j, d.key[i], j - 1);
        zo_sb_puts(&slow, ") {\n");
      }
      zo_sb_printf(&slow, "%s  }\n", d.memo.buf);
    }
    StrBuf *both_bufs[2] = {&slow, &fast};
    for (int i = 0; i < 2; i++) {
      if (d.per.buf) zo_sb_puts(both_bufs[i], d.per.buf);
      zo_sb_printf(both_bufs[i], "  w[%d] = %s;\n", j, out[0]);
      if (both) zo_sb_printf(both_bufs[i], "  u[%d] = %s;\n", j, out[1]);
    }
    zo_sb_free(&d.memo);
    zo_sb_free(&d.per);
  }
  /* the block for NC columns n0 + c·NL at once (the dequant launch's thread): the keys (k only)
     once, the same branch for every column, and within it the columns one after another with
     no branch between them, so all their loads can go out before the first value is needed */
  const int NL = DQ_NL, NC = DQ_NC;
  const int64_t N = c->w->w->N;
  StrBuf col = {0};
  zo_sb_printf(&col,
               "  #pragma unroll\n"
               "  for (int c = 0; c < %d; c++) {   /* column n0 + %d c (the last column again past N: its stores are skipped) */\n"
               "  const %s n = n0 + c * %d < %s ? n0 + c * %d : %s;\n"
               "  float *w = zw[c], *u = zu[c]; (void)u;\n"
               "%s%s",
               NC, NL, ity(c), NL, ilit(c, N), NL, ilit(c, N - 1), d.decl.buf ? d.decl.buf : "", d.inv.buf ? d.inv.buf : "");
  StrBuf body = {0};
  zo_sb_puts(&body, keys.buf);
  if (same.buf && fast.buf)   /* the keyed values change inside the block only with act-order: a branch the warp takes together */
    zo_sb_printf(&body, "  if (%s) {   // the 8 k share their keys: the keyed values once\n%s%s  }\n  } else {\n%s%s  }\n  }\n", same.buf,
                 col.buf, fast.buf, col.buf, slow.buf);
  else
    zo_sb_printf(&body, "%s%s  }\n", col.buf, slow.buf);
  zo_sb_free(&col);
  uint64_t h = zo_cg_fnv(body.buf, both ? 0x2b1ull : 0xb10ull);
  const char *name = zo_arena_printf(&c->k->g->p->arena, "zdqb%s_%016llx", both ? "2" : "0", (unsigned long long)h);
  if (!zo_cg_seen(c->k->g, name))
    zo_sb_printf(&c->k->g->funcs,
                 "// W[k0 .. k0+7, n]%s for %d columns n = n0 + %d c (k0 a multiple of 8): what depends on k only\n"
                 "// through the keys is recomputed only when they change\n"
                 "static __device__ __forceinline__ void %s(const ZoCuArgs &a, %s k0, %s n0, float (*zw)[8], float (*zu)[8]) {\n%s  (void)zu;\n}\n\n",
                 both ? ", both signs" : "", NC, NL, name, ity(c), ity(c), body.buf);
  zo_sb_free(&body);
  zo_sb_free(&keys);
  zo_sb_free(&slow);
  zo_sb_free(&fast);
  zo_sb_free(&same);
  zo_sb_free(&d.decl);
  zo_sb_free(&d.inv);
  vec_free(&d.ents);
  c->blk = NULL;
  return name;
}

/* the weight a matmul's W comes from (through the kernel's transpose) */
static const Value *mm_weight(const Value *mm, bool *tr) {
  const Value *w = mm->arg[1];
  *tr = false;
  if (w->op == ZO_OP_TRANSPOSE && w->group == mm->group && w->arg[0]->op == ZO_OP_WEIGHT) {
    *tr = true;
    w = w->arg[0];
  }
  return w;
}

/* the storage a format's W[k, n] = A[n, k] reads, when A is an unperturbed
   f16 matrix the tensor cores can read as it is (-1: none) */
static int direct_storage(const FormatInst *fmt, const bool *pert) {
  const Sx *e = fmt->dequant;
  if (e->kind == SX_LOAD && e->nkids == 2 && e->kids[0]->kind == SX_VAR && e->kids[0]->var == 1 && e->kids[1]->kind == SX_VAR &&
      e->kids[1]->var == 0 && fmt->storage[e->ref].dtype == ZO_DT_F16 && !pert[e->ref])
    return e->ref;
  return -1;
}

/* a formatted weight's storage s takes ±eps·z (only float storages do) */
static bool storage_perturbed(const Value *w, int s) {
  return w->w->perturbed[s] && zo_dtype_is_float(w->type.fmt->storage[s].dtype);
}

/* a plain weight's matrix the tensor cores read as it is: W = A^T of an unperturbed f16 A */
static bool plain_direct(const Value *w, bool tr, bool pert) { return tr && w->type.dtype == ZO_DT_F16 && !pert; }

/* (false for a matrix that is not a weight: only weights pair) */
bool zo_cg_dq_scratch(const Value *mm, bool *pert) {
  bool tr, sp[ZO_MAX_STORAGE] = {0};
  const Value *w = mm_weight(mm, &tr);
  *pert = false;
  if (w->op != ZO_OP_WEIGHT) return false;
  if (!w->type.fmt) {
    *pert = w->w->perturbed[0];
    return !plain_direct(w, tr, *pert);
  }
  for (int s = 0; s < w->w->nstorage; s++) *pert |= sp[s] = storage_perturbed(w, s);
  return direct_storage(w->type.fmt, sp) < 0;
}

/* W[k, n] of matmul mm as a device function; its name. Perturbed storages
 * get z scratch regions (k->zoff grows). */
const char *zo_cg_emit_dequant(KB *k, const Value *mm, int64_t *K_out, int64_t *N_out, int *direct) {
  *direct = -1;
  Gen *g = k->g;
  Arena *ar = &g->p->arena;
  bool tr;
  const Value *w = mm_weight(mm, &tr);
  Dq c = {.k = k, .w = w};
  StrBuf b = {0};
  SxV res;
  if (w->type.fmt) {
    c.fmt = w->type.fmt;
    *K_out = w->w->K;
    *N_out = w->w->N;
    /* 32-bit index arithmetic when every storage index and k, n fit (bits offsets up to 64 x numel) */
    c.i32 = w->w->K < (1 << 24) && w->w->N < (1 << 24) && w->w->K * w->w->N < ((int64_t)1 << 30);
    for (int s = 0; s < w->w->nstorage; s++) {
      int64_t ne = 1;
      for (int d = 0; d < w->w->rank[s]; d++) ne *= w->w->shape[s][d];
      if (ne * 64 >= ((int64_t)1 << 31)) c.i32 = false;
    }
    DqIn in = {.expr = c.fmt->dequant, .K = w->w->K, .N = w->w->N, .nstorage = w->w->nstorage};
    for (int s = 0; s < w->w->nstorage; s++) {
      c.ptr[s] = zo_cg_ptr_storage(k, w, s);
      c.pert[s] = in.perturbed[s] = storage_perturbed(w, s);
      in.dt[s] = c.fmt->storage[s].dtype;
      in.rank[s] = w->w->rank[s];
      memcpy(in.shape[s], w->w->shape[s], sizeof in.shape[s]);
    }
    c.an = zo_dqan(&in);
    /* W[k, n] = A[n, k] of an unperturbed f16 A: the tensor cores read A itself */
    const int ds = direct_storage(c.fmt, c.pert);
    if (ds >= 0) *direct = c.ptr[ds];
    for (int s = 0; s < w->w->nstorage; s++) {
      if (!c.pert[s]) continue;
      int64_t ne = 1;
      for (int d = 0; d < w->w->rank[s]; d++) ne *= w->w->shape[s][d];
      c.zptr[s] = zo_cg_add_ptr(k, (ZoCuArg){.kind = ZO_CU_ZSCRATCH, .v = w, .storage = s, .c = k->zoff});
      k->zoff += (ne * 4 + 255) / 256 * 256;
    }
    res = sx(&c, &b, c.fmt->dequant);
  } else {
    if (w->type.rank != 2 || !zo_dim_is_const(w->type.dims[0]) || !zo_dim_is_const(w->type.dims[1])) {
      zo_cg_fail(k, "the matrix of a matmul must have constant dimensions");
      return NULL;
    }
    int64_t r0 = w->type.dims[0].coef, r1 = w->type.dims[1].coef;
    *K_out = tr ? r1 : r0;
    *N_out = tr ? r0 : r1;
    int p;
    bool pert = false;
    if (w->op == ZO_OP_WEIGHT) {
      p = zo_cg_ptr_storage(k, w, 0);
      pert = w->w->perturbed[0];
    } else if (w->buffer >= 0) {
      p = zo_cg_ptr_buffer(k, w);
    } else {
      zo_cg_fail(k, "the matmul's matrix is not materialized");
      return NULL;
    }
    if (plain_direct(w, tr, pert)) *direct = p;
    const char *idx = tr ? zo_arena_printf(ar, "n * %lldLL + k", (long long)r1) : zo_arena_printf(ar, "k * %lldLL + n", (long long)r1);
    res = temp(&c, &b, false, "%s((const void *)a.p[%d], %s)", zo_cg_ld_fn(w->type.dtype), p, idx);
    if (pert) {
      int zp = zo_cg_add_ptr(k, (ZoCuArg){.kind = ZO_CU_ZSCRATCH, .v = w, .storage = 0, .c = k->zoff});
      k->zoff += (r0 * r1 * 4 + 255) / 256 * 256;
      res = temp(&c, &b, false, "zs ? __fadd_rn(%s, zs == 1 ? ((const float *)a.p[%d])[%s] : -((const float *)a.p[%d])[%s]) : %s",
                 res.s, zp, idx, zp, idx, res.s);
    }
  }
  zo_sb_printf(&b, "  return %s;\n", as(&c, res, false));
  uint64_t h = zo_cg_fnv(b.buf, 0xcbf29ce484222325ull);
  const char *name = zo_arena_printf(ar, "zdq_%016llx", (unsigned long long)h);
  if (!zo_cg_seen(g, name))
    zo_sb_printf(&g->funcs, "static __device__ __forceinline__ float %s(const ZoCuArgs &a, %s k, %s n, int zs) {\n%s}\n\n",
                 name, ity(&c), ity(&c), b.buf);
  zo_sb_free(&b);
  k->dqb[0] = k->dqb[1] = NULL;
  if (c.fmt && !g->simt && *K_out % 8 == 0) {   /* the tensor-core path's dequant launch evaluates 8 k at once */
    k->dqb[0] = dq_block(&c, false);
    k->dqb[1] = dq_block(&c, true);
  }
  zo_dqan_free(c.an);
  return name;
}
