/* dqan.c — the static analysis of a dequant expression (dqan.h says what it
 * produces and who reads it). Nodes are numbered in preorder; each is
 * analysed after its kids (ranges by interval arithmetic saturated to int64,
 * divisors, strides and runs by the rules next to each), then the hoisting
 * structure is chosen top-down over the analysed tree. */
#include <stdlib.h>

#include "codegen/dqan.h"
#include "support/support.h"

#define RUN_TABLE ((int64_t)1 << 20)   /* the run of a load indexed by k: unknowable, a guess that only saves work */

typedef struct Walk {
  const DqIn *in;
  DqAn *a;
} Walk;

static int count(const Sx *x) {
  int n = 1;
  for (int c = 0; c < x->nkids; c++)
    if (x->kids[c]) n += count(x->kids[c]);
  return n;
}

static void index_tree(DqAn *a, const Sx *x, int parent) {
  int i = a->n++;
  a->node[i] = (DqNode){.x = x, .parent = parent, .hoist = -1, .key = -1};
  for (int c = 0; c < x->nkids; c++)
    if (x->kids[c]) index_tree(a, x->kids[c], i);
}

int zo_dqan_index(const DqAn *a, const Sx *x) {
  for (int i = 0; i < a->n; i++)
    if (a->node[i].x == x) return i;
  ZO_BUG("sx node not indexed");
}

const DqNode *zo_dqan_kid(const DqAn *a, int i, int c) {
  const Sx *x = a->node[i].x;
  return c < x->nkids && x->kids[c] ? &a->node[zo_dqan_index(a, x->kids[c])] : NULL;
}

bool zo_dqan_is_const(const DqNode *d) { return d->is_int && d->deps == 0 && d->lo == d->hi && !d->mem; }

static int64_t sat(__int128 v) {
  if (v > INT64_MAX) return INT64_MAX;
  if (v < INT64_MIN) return INT64_MIN;
  return (int64_t)v;
}

static int64_t floordiv(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
  return q;
}

static int64_t gcd(int64_t a, int64_t b) {
  while (b) {
    int64_t t = a % b;
    a = b;
    b = t;
  }
  return a;
}

static void dtype_range(DType dt, int64_t *lo, int64_t *hi) {
  switch (dt) {
  case ZO_DT_I8: *lo = INT8_MIN; *hi = INT8_MAX; return;
  case ZO_DT_U8: *lo = 0; *hi = UINT8_MAX; return;
  case ZO_DT_BOOL: *lo = 0; *hi = 1; return;
  case ZO_DT_I16: *lo = INT16_MIN; *hi = INT16_MAX; return;
  case ZO_DT_U16: *lo = 0; *hi = UINT16_MAX; return;
  case ZO_DT_I32: *lo = INT32_MIN; *hi = INT32_MAX; return;
  case ZO_DT_U32: *lo = 0; *hi = UINT32_MAX; return;
  default: *lo = INT64_MIN; *hi = INT64_MAX; return;
  }
}

/* [lo, hi] of the four corner values */
static void corners(DqNode *d, const __int128 *c) {
  __int128 lo = c[0], hi = c[0];
  for (int j = 1; j < 4; j++) {
    if (c[j] < lo) lo = c[j];
    if (c[j] > hi) hi = c[j];
  }
  d->lo = sat(lo);
  d->hi = sat(hi);
}

/* the shift amount of a constant in [0, 62), else -1 */
static int const_shift(const DqNode *b) { return b && zo_dqan_is_const(b) && b->lo >= 0 && b->lo < 62 ? (int)b->lo : -1; }

/* the interval of an integer node from its kids' */
static void range(Walk *w, DqNode *d, const DqNode *a, const DqNode *b) {
  const Sx *x = d->x;
  switch (x->kind) {
  case SX_NUM: if (d->is_int) d->lo = d->hi = (int64_t)x->num; break;
  case SX_VAR:
    if (x->var == 0) { d->lo = 0; d->hi = w->in->K - 1; }
    else if (x->var == 1) { d->lo = 0; d->hi = w->in->N - 1; }
    else d->lo = d->hi = x->var == 2 ? w->in->K : w->in->N;
    break;
  case SX_LOAD: if (d->is_int) dtype_range(w->in->dt[x->ref], &d->lo, &d->hi); break;
  case SX_BITS: {
    const DqNode *wd = &w->a->node[zo_dqan_index(w->a, x->kids[w->in->rank[x->ref] + 1])];
    if (wd->is_int && wd->lo >= 0 && wd->hi <= 62) {   /* (a width the language leaves unchecked: any bound) */
      d->lo = 0;
      d->hi = ((int64_t)1 << wd->hi) - 1;
    }
    break;
  }
  case SX_NEG: if (d->is_int) { d->lo = sat(-(__int128)a->hi); d->hi = sat(-(__int128)a->lo); } break;
  case SX_ADD: case SX_SUB: case SX_MUL:
    if (!d->is_int) break;
    if (x->kind == SX_ADD) corners(d, (__int128[4]){(__int128)a->lo + b->lo, (__int128)a->hi + b->hi, (__int128)a->lo + b->lo, (__int128)a->hi + b->hi});
    else if (x->kind == SX_SUB) corners(d, (__int128[4]){(__int128)a->lo - b->hi, (__int128)a->hi - b->lo, (__int128)a->lo - b->hi, (__int128)a->hi - b->lo});
    else corners(d, (__int128[4]){(__int128)a->lo * b->lo, (__int128)a->lo * b->hi, (__int128)a->hi * b->lo, (__int128)a->hi * b->hi});
    break;
  case SX_DIV:
    if (d->is_int && a->is_int && b->is_int && (b->lo > 0 || b->hi < 0) && a->lo > INT64_MIN && a->hi < INT64_MAX)
      corners(d, (__int128[4]){floordiv(a->lo, b->lo), floordiv(a->lo, b->hi), floordiv(a->hi, b->lo), floordiv(a->hi, b->hi)});
    break;
  case SX_MOD:
    if (b->lo > 0) {
      d->lo = 0;
      d->hi = b->hi - 1;
      if (a->lo >= 0 && a->hi < b->lo) { d->lo = a->lo; d->hi = a->hi; }
    } else if (b->hi < 0) {
      d->lo = b->lo + 1;
      d->hi = 0;
    }
    break;
  case SX_AND:
    if (a->lo >= 0 && b->lo >= 0) { d->lo = 0; d->hi = a->hi < b->hi ? a->hi : b->hi; }
    else if (a->lo >= 0) { d->lo = 0; d->hi = a->hi; }
    else if (b->lo >= 0) { d->lo = 0; d->hi = b->hi; }
    break;
  case SX_OR:
    if (a->lo >= 0 && b->lo >= 0) {
      int64_t m = a->hi > b->hi ? a->hi : b->hi, p = 1;
      while (p <= m && p < ((int64_t)1 << 62)) p <<= 1;
      d->lo = 0;
      d->hi = p <= m ? INT64_MAX : p - 1;
    }
    break;
  case SX_SHL:
    if (a->lo >= 0 && b->lo >= 0 && b->hi < 62) {
      d->lo = a->lo << b->lo;
      d->hi = sat((__int128)a->hi << b->hi);
    } else if (const_shift(b) >= 0) {   /* a constant shift of a signed value: a multiply */
      __int128 m = (__int128)1 << b->lo;
      d->lo = sat(a->lo * m);
      d->hi = sat(a->hi * m);
    }
    break;
  case SX_SHR:
    if (b->lo >= 0 && b->hi < 64)
      corners(d, (__int128[4]){a->lo >> b->lo, a->lo >> b->hi, a->hi >> b->lo, a->hi >> b->hi});
    break;
  default: break;
  }
}

/* a known divisor of every value: constants, products, sums, shifts */
static int64_t divisor(const DqNode *d, const DqNode *a, const DqNode *b) {
  if (!d->is_int) return 1;
  if (zo_dqan_is_const(d)) return d->lo == INT64_MIN ? 1 : d->lo < 0 ? -d->lo : d->lo;
  __int128 p;
  switch (d->x->kind) {
  case SX_MUL:
    p = (__int128)a->div * b->div;
    return p <= INT64_MAX ? (int64_t)p : a->div > b->div ? a->div : b->div;
  case SX_ADD: case SX_SUB: return gcd(a->div, b->div);
  case SX_NEG: return a->div;
  case SX_SHL:
    if (const_shift(b) < 0) return 1;
    p = (__int128)a->div << b->lo;
    return p <= INT64_MAX ? (int64_t)p : (int64_t)1 << b->lo;
  default: return 1;
  }
}

/* stride in n of a node that is f(k, data) + stride·n */
static bool n_affine(const DqNode *d, const DqNode *a, const DqNode *b, int64_t *stride) {
  const Sx *x = d->x;
  *stride = 0;
  if (!(d->deps & DQ_DEP_N)) return true;
  switch (x->kind) {
  case SX_VAR: *stride = x->var == 1; return true;
  case SX_NEG: *stride = -a->nstride; return a->naff;
  case SX_ADD: case SX_SUB:
    if (!a->naff || !b->naff) return false;
    *stride = x->kind == SX_ADD ? a->nstride + b->nstride : a->nstride - b->nstride;
    return d->is_int;
  case SX_MUL:
    if (zo_dqan_is_const(b) && a->naff) { *stride = a->nstride * b->lo; return d->is_int; }
    if (zo_dqan_is_const(a) && b->naff) { *stride = b->nstride * a->lo; return d->is_int; }
    return false;
  default: return false;
  }
}

/* kmul: the value is kmul·k exactly */
static int64_t k_mul(const DqNode *d, const DqNode *a, const DqNode *b) {
  const Sx *x = d->x;
  if (x->kind == SX_VAR) return x->var == 0;
  if (x->kind != SX_MUL || !d->is_int) return 0;
  const DqNode *kn = zo_dqan_is_const(b) ? a : zo_dqan_is_const(a) ? b : NULL, *cn = kn == a ? b : a;
  if (!kn || kn->kmul <= 0 || cn->lo < 1) return 0;
  __int128 p = (__int128)kn->kmul * cn->lo;
  return p <= INT64_MAX ? (int64_t)p : 0;
}

/* kdiv: the value is floor(k / kdiv) exactly (k >> s is floor(k / 2^s)) */
static int64_t k_div(const DqNode *d, const DqNode *a, const DqNode *b) {
  const Sx *x = d->x;
  if (x->kind == SX_VAR) return x->var == 0;
  if (!d->is_int || !a || a->kdiv <= 0) return 0;
  __int128 p;
  if (x->kind == SX_DIV && zo_dqan_is_const(b) && b->lo > 0) p = (__int128)a->kdiv * b->lo;
  else if (x->kind == SX_SHR && const_shift(b) >= 0) p = (__int128)a->kdiv << b->lo;
  else return 0;
  return p <= INT64_MAX ? (int64_t)p : 0;
}

/* k-only node: k up to +const, ·const, negation (a value that changes at every k); its slope */
static bool k_fine(const DqAn *an, int i, int64_t *slope) {
  const DqNode *d = &an->node[i];
  const Sx *x = d->x;
  if (x->kind == SX_VAR) { *slope = 1; return x->var == 0; }
  const DqNode *a = zo_dqan_kid(an, i, 0), *b = zo_dqan_kid(an, i, 1);
  int64_t m;
  switch (x->kind) {
  case SX_NEG:
    if (!k_fine(an, zo_dqan_index(an, x->kids[0]), &m)) return false;
    *slope = sat(-(__int128)m);
    return true;
  case SX_ADD: case SX_SUB: case SX_MUL:
    if (zo_dqan_is_const(b) && k_fine(an, zo_dqan_index(an, x->kids[0]), &m)) {
      *slope = x->kind == SX_MUL ? sat((__int128)m * b->lo) : m;
      return true;
    }
    if (zo_dqan_is_const(a) && k_fine(an, zo_dqan_index(an, x->kids[1]), &m)) {
      *slope = x->kind == SX_MUL ? sat((__int128)m * a->lo) : x->kind == SX_SUB ? sat(-(__int128)m) : m;
      return true;
    }
    return false;
  default: return false;
  }
}

/* k-only node i (kids analysed): its shortest inner run along k */
static void k_run(DqAn *an, int i) {
  DqNode *d = &an->node[i];
  const Sx *x = d->x;
  int64_t slope;
  d->run = INT64_MAX;
  if (!(d->deps & DQ_DEP_K)) return;
  d->kfine = k_fine(an, i, &slope);
  if (d->kfine) { d->run = slope == 0 ? INT64_MAX : 1; return; }
  if (d->kdiv > 0) { d->run = d->kdiv; return; }
  if (x->kind == SX_LOAD) { d->run = RUN_TABLE; d->run_guess = true; return; }
  const DqNode *a = zo_dqan_kid(an, i, 0), *b = zo_dqan_kid(an, i, 1);
  int nk = 0;
  int64_t lo = INT64_MAX;
  const DqNode *only = NULL;
  for (int c = 0; c < x->nkids; c++) {
    const DqNode *k = zo_dqan_kid(an, i, c);
    if (!k || !(k->deps & DQ_DEP_K)) continue;
    nk++;
    only = k;
    d->run_guess |= k->run_guess;
    if (k->run < lo) lo = k->run;
  }
  int sh = const_shift(b);
  int64_t c = x->kind == SX_DIV && zo_dqan_is_const(b) && b->lo > 0 ? b->lo : x->kind == SX_SHR && sh >= 0 ? (int64_t)1 << sh : 0;
  if (c && a->kfine && k_fine(an, zo_dqan_index(an, x->kids[0]), &slope) && slope != 0) {
    /* floor((m·k + c0) / c): values m apart, c / |m| of them in each step of c */
    int64_t m = slope < 0 ? sat(-(__int128)slope) : slope;
    d->run = c / m > 1 ? c / m : 1;
  } else if (d->run_guess || nk == 1) {
    d->run = d->run_guess ? lo : only->run;   /* changes only where its one k-dependent kid does */
  } else {
    d->run = d->kblock > 0 ? d->kblock : 1;   /* several kids change: only their common alignment is sure */
  }
}

static void analyse(Walk *w, int i) {
  DqAn *an = w->a;
  DqNode *d = &an->node[i];
  const Sx *x = d->x;
  for (int c = 0; c < x->nkids; c++)
    if (x->kids[c]) analyse(w, zo_dqan_index(an, x->kids[c]));
  const DqIn *in = w->in;
  d->lo = INT64_MIN;
  d->hi = INT64_MAX;
  for (int c = 0; c < x->nkids; c++) {
    const DqNode *k = zo_dqan_kid(an, i, c);
    if (!k) continue;
    d->deps |= k->deps;
    d->mem |= k->mem;
    d->signdep |= k->signdep;
    d->datadep |= k->datadep;
    d->kblock = gcd(d->kblock, k->kblock);
  }
  const DqNode *a = zo_dqan_kid(an, i, 0), *b = zo_dqan_kid(an, i, 1);
  switch (x->kind) {
  case SX_NUM: d->is_int = x->is_int; break;
  case SX_VAR: d->is_int = true; d->deps |= x->var == 0 ? DQ_DEP_K : x->var == 1 ? DQ_DEP_N : 0; break;
  case SX_PARAM: ZO_BUG("unfolded format parameter in a dequant");
  case SX_LOAD:
    d->mem = d->datadep = true;
    d->is_int = !zo_dtype_is_float(in->dt[x->ref]);
    d->signdep |= in->perturbed[x->ref] && !d->is_int;
    d->gkey = x->nkids == 1 && x->kids[0] && x->kids[0]->kind == SX_VAR && x->kids[0]->var == 0 && in->rank[x->ref] == 1 && d->is_int;
    break;
  case SX_BITS: d->mem = d->datadep = d->is_int = true; break;
  case SX_TABLE: d->mem = true; d->is_int = false; break;
  case SX_NEG: d->is_int = a->is_int; break;
  case SX_EXP2: d->is_int = false; break;
  case SX_ADD: case SX_SUB: case SX_MUL: d->is_int = x->is_int && a->is_int && b->is_int; break;
  case SX_DIV: d->is_int = x->is_int; break;
  default: d->is_int = true; break;
  }
  range(w, d, a, b);
  d->wide = d->is_int && !(d->lo >= INT32_MIN && d->hi <= INT32_MAX);
  d->div = divisor(d, a, b);
  d->naff = n_affine(d, a, b, &d->nstride);
  d->kmul = k_mul(d, a, b);
  d->kdiv = k_div(d, a, b);
  if (d->kdiv > 0) d->kblock = d->kdiv;
  if (d->deps == DQ_DEP_K) k_run(an, i);
  else d->run = d->deps & DQ_DEP_K ? 1 : INT64_MAX;
}

static bool kdirect(const DqAn *an, int i) {
  const DqNode *d = &an->node[i];
  if (!(d->deps & DQ_DEP_K)) return false;
  if (d->deps == DQ_DEP_K) return d->signdep || d->run < 4;
  for (int c = 0; c < d->x->nkids; c++)
    if (d->x->kids[c] && kdirect(an, zo_dqan_index(an, d->x->kids[c]))) return true;
  return false;
}

static bool hoistable(const DqAn *an, int i) { return (an->node[i].deps & DQ_DEP_N) && !an->node[i].kdirect; }

static bool sx_equal(const Sx *a, const Sx *b) {
  if (!a || !b) return a == b;
  if (a->kind != b->kind || a->nkids != b->nkids || a->num != b->num || a->var != b->var || a->ref != b->ref ||
      a->axis != b->axis || a->is_int != b->is_int)
    return false;
  for (int i = 0; i < a->nkids; i++)
    if (!sx_equal(a->kids[i], b->kids[i])) return false;
  return true;
}

/* the maximal k-only subtrees under hoisted node i become keys */
static void collect_keys(DqAn *an, int i) {
  DqNode *d = &an->node[i];
  if (d->deps == DQ_DEP_K) {
    for (int j = 0; j < an->nkey; j++)
      if (sx_equal(an->node[an->knode[j]].x, d->x)) { d->key = j; return; }
    d->key = an->nkey;
    an->knode[an->nkey++] = i;
    return;
  }
  for (int c = 0; c < d->x->nkids; c++)
    if (d->x->kids[c]) collect_keys(an, zo_dqan_index(an, d->x->kids[c]));
}

/* W = H · R (H hoisted, R free of the sign), and R = A − Z (Z hoisted) */
static void factor(DqAn *an) {
  an->f_a = an->f_z = -1;
  const Sx *r = an->node[0].x;
  if (r->kind != SX_MUL || an->node[0].is_int) return;
  for (int c = 0; c < 2; c++) {
    int h = zo_dqan_index(an, r->kids[c]), o = zo_dqan_index(an, r->kids[1 - c]);
    if (an->node[h].hoist < 0 || an->node[o].signdep || an->node[h].is_int) continue;
    an->factored = true;
    an->f_h = h;
    an->f_r = o;
    const Sx *rx = an->node[o].x;
    if (rx->kind == SX_SUB) {
      int a = zo_dqan_index(an, rx->kids[0]), z = zo_dqan_index(an, rx->kids[1]);
      if (an->node[z].hoist >= 0 && an->node[a].hoist < 0 && !an->node[z].signdep) {
        an->f_a = a;
        an->f_z = z;
      }
    }
    return;
  }
}

DqAn *zo_dqan(const DqIn *in) {
  DqAn *an = zo_xcalloc(1, sizeof *an);
  int n = count(in->expr);
  an->node = zo_xcalloc((size_t)n, sizeof *an->node);
  an->hnode = zo_xcalloc((size_t)n, sizeof *an->hnode);
  an->knode = zo_xcalloc((size_t)n, sizeof *an->knode);
  index_tree(an, in->expr, -1);
  Walk w = {in, an};
  analyse(&w, 0);
  for (int i = 0; i < an->n; i++) {
    DqNode *d = &an->node[i];
    d->kdirect = kdirect(an, i);
    if (!d->gkey) continue;
    int j = 0;
    while (j < an->ngkey && an->gkey[j] != d->x->ref) j++;
    if (j == an->ngkey) an->gkey[an->ngkey++] = d->x->ref;
  }
  /* hoist the maximal hoistable subtrees that read memory */
  for (int i = 0; i < an->n; i++) {
    DqNode *d = &an->node[i];
    if (!hoistable(an, i) || !d->mem || (d->parent >= 0 && hoistable(an, d->parent))) continue;
    d->hoist = an->nhoist;
    an->hnode[an->nhoist++] = i;
    collect_keys(an, i);
  }
  factor(an);
  return an;
}

void zo_dqan_free(DqAn *a) {
  if (!a) return;
  free(a->node);
  free(a->hnode);
  free(a->knode);
  free(a);
}

int zo_dqan_n_dim(const DqAn *a, int st) {
  int dim = -1;
  for (int i = 0; i < a->n; i++) {
    const Sx *x = a->node[i].x;
    if (x->ref != st || (x->kind != SX_LOAD && x->kind != SX_BITS)) continue;
    if (x->kind == SX_BITS) return -1;
    int d = -1;
    for (int c = 0; c < x->nkids; c++) {
      if (x->kids[c]->kind == SX_VAR && x->kids[c]->var == 1) {
        if (d >= 0) return -1;
        d = c;
      } else if (zo_dqan_kid(a, i, c)->deps & DQ_DEP_N) {
        return -1;
      }
    }
    if (d < 0 || (dim >= 0 && dim != d)) return -1;
    dim = d;
  }
  return dim;
}
