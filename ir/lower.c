/* lower.c — name resolution: the syntax tree of one model becomes IR.
 *
 * Approach: a tree walk with a scoped environment of compile-time values
 * (CVal). A name is bound to a number, a string, a dtype, a format instance, a
 * symbolic dimension, the loop variable of a repeat, or a tensor (an IR
 * Value). Model parameters are evaluated first, in order (each from its -D or
 * its default; a default or -D value may use the parameters before it), so by
 * the time the body is lowered every dimension is a number or a monomial over
 * the symbols the inputs introduce (B, T). Number expressions (eval) have C's
 * operators, ?: and && || evaluated lazily, sqrt/pow/exp2/min/max/cdiv; a
 * string only compares with == and !=.
 *
 * `if` is decided here: only the taken branch is lowered, in the enclosing
 * scope, so a weight of another branch never becomes a Value (it is not
 * bound, perturbed or written); the names the other branches would have made
 * are remembered (Untaken) so a use of one says why it is missing.
 *
 * Formats are instantiated here: a format with its arguments fixed becomes a
 * FormatInst whose dequant expression is compiled to a Sx tree with the
 * parameters folded in. Equal instances are shared, so later passes and the
 * code generators see one format per spelling.
 *
 * `repeat` bodies are lowered once (the unroll pass copies them): names the body
 * assigns that were tensors outside become the loop's carried values. A body
 * that uses its loop variable as a number (`if l % 2 == 0`) is lowered once
 * per iteration instead, as repeats of one trip each with the variable known.
 *
 * Every problem found is a user error at the offending node; lowering goes on
 * where it can so one run reports all of them. Sizes are the user's too: a
 * weight whose storage (or its values in f32) passes ZO_MAX_TENSOR_BYTES is
 * an error at its declaration, with a note at each -D that sized it.
 *
 * Declarations are found through a hash table of the program (DeclIndex), so
 * lowering each of n models, as `zoc check` does, is linear in n.
 *
 * A recipe's `target NAME = VALUE` items are checked against the device
 * options' table (codegen/target.h, a leaf: it depends on nothing but
 * support/), so `zoc check` reports a misspelt option at its line.
 */
#include "ir/lower.h"
#include "codegen/target.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* CV_ERROR: a name whose definition failed (already reported); uses are silent */
typedef enum CvKind { CV_NONE, CV_NUM, CV_DTYPE, CV_FORMAT, CV_DIM, CV_TENSOR, CV_LOOPVAR, CV_ERROR, CV_STR } CvKind;

typedef struct CVal {
  CvKind kind;
  double num;
  const char *str;      /* CV_STR: a string parameter's value ("silu", "llama3") */
  bool known;           /* CV_LOOPVAR: its value is num (a repeat lowered one iteration at a time) */
  DType dt;
  const FormatInst *fmt;
  Dim dim;
  Value *v;
} CVal;

#define ZO_MAX_DIM 1099511627776.0   /* 2^40: products of a few stay inside int64 */
#define ZO_MAX_UNROLL 4096           /* copies nested repeats may make in all */

static const CVal NONE = {.kind = CV_NONE};
static const CVal POISON = {.kind = CV_ERROR};

typedef struct Binding {
  const char *name;
  CVal val;
  Loc loc;
} Binding;

typedef struct Scope Scope;
struct Scope {
  Vec(Binding) b;
  Scope *up;
  Value *repeat;        /* the repeat this scope is the body of (NULL at top) */
};

/* A name declared or assigned only in a branch of an `if` that was not taken
 * (so a use of it after the if can say why it is unknown). */
typedef struct Untaken {
  const char *name;
  Loc at;               /* where the branch declares it */
  Loc if_loc;           /* the if */
  bool weight;
} Untaken;

typedef struct L {
  Program *prog;
  Func *f;
  Block *block;         /* where values go now */
  Scope *scope;
  Vec(const char *) loopvars;   /* enclosing loop variables, outermost first */
  Vec(FormatInst *) insts;      /* instantiated formats, shared by spelling */
  bool in_input;        /* unknown names in an input's dims become symbols */
  double trips;         /* product of the enclosing repeats' iteration counts */
  const Define *defs;   /* the -D values, and their parsed values (NULL: not a value) */
  Ast *const *dvals;
  int ndefs;
  Vec(Untaken) untaken; /* names of the branches not taken, in the order met */
} L;

static const char *cv_kind_name(CvKind k) {
  switch (k) {
  case CV_NUM: return "a number";
  case CV_DTYPE: return "a dtype";
  case CV_FORMAT: return "a format";
  case CV_DIM: return "a dimension";
  case CV_TENSOR: return "a tensor";
  case CV_LOOPVAR: return "a loop variable";
  case CV_STR: return "a string";
  case CV_ERROR: return "an erroneous value";
  default: return "nothing";
  }
}

/* ---- declarations, by kind and name
 *
 * A hash table built once per program (in its arena, on first use; again if
 * declarations were added since), so a lookup is O(1) and checking a file of
 * n models is O(n): a scan per lookup made `zoc check` of 20,000 models run
 * for hours. The first declaration of a name wins; later ones of the same
 * kind are duplicates, reported once by zo_check_duplicates. */
typedef struct DeclIndex {
  int ndecls;             /* p->decls.len when built */
  int cap;                /* slots, a power of two over twice the declarations */
  int *slot;              /* 1 + the index in p->decls of a first declaration; 0 empty */
  int *of_kind[3];        /* formats, models, recipes: their indices in p->decls, in order */
  int nof_kind[3];
  bool dups_reported, dups_ok;
} DeclIndex;

static int kind_slot(AstKind k) { return k == AST_FORMAT ? 0 : k == AST_MODEL ? 1 : k == AST_RECIPE ? 2 : -1; }

static uint64_t decl_hash(AstKind kind, const char *name) {
  uint64_t h = 0xcbf29ce484222325ull ^ (uint64_t)kind;   /* FNV-1a */
  for (const unsigned char *c = (const unsigned char *)name; *c; c++) h = (h ^ *c) * 0x100000001b3ull;
  return h;
}

/* the slot of (kind, name): where it is, or the empty slot where it would go */
static int decl_probe(const Program *p, const DeclIndex *x, AstKind kind, const char *name) {
  int i = (int)(decl_hash(kind, name) & (uint64_t)(x->cap - 1));
  for (; x->slot[i]; i = (i + 1) & (x->cap - 1)) {
    const Ast *d = p->decls.data[x->slot[i] - 1];
    if (d->kind == kind && strcmp(d->name, name) == 0) break;
  }
  return i;
}

static const DeclIndex *decl_index(const Program *cp) {
  Program *p = (Program *)cp;   /* the index is a cache of the declarations, which it does not change */
  if (p->index && p->index->ndecls == p->decls.len) return p->index;
  DeclIndex *x = zo_arena_alloc(&p->arena, sizeof *x);
  x->ndecls = p->decls.len;
  x->cap = 16;
  while (x->cap < 2 * p->decls.len + 2) x->cap *= 2;
  x->slot = zo_arena_alloc(&p->arena, sizeof(int) * (size_t)x->cap);
  for (int k = 0; k < 3; k++) x->of_kind[k] = zo_arena_alloc(&p->arena, sizeof(int) * (size_t)(p->decls.len + 1));
  for (int i = 0; i < p->decls.len; i++) {
    const Ast *d = p->decls.data[i];
    int k = kind_slot(d->kind);
    if (k < 0 || !d->name) continue;
    x->of_kind[k][x->nof_kind[k]++] = i;
    int s = decl_probe(p, x, d->kind, d->name);
    if (!x->slot[s]) x->slot[s] = i + 1;
  }
  p->index = x;
  return x;
}

static const Ast *find_decl(const Program *p, AstKind kind, const char *name) {
  const DeclIndex *x = decl_index(p);
  int s = decl_probe(p, x, kind, name);
  return x->slot[s] ? p->decls.data[x->slot[s] - 1] : NULL;
}

/* the names of the first max declarations of the kind; how many it gave */
static int decl_names(const Program *p, AstKind kind, const char **names, int max) {
  const DeclIndex *x = decl_index(p);
  int k = kind_slot(kind), n = 0;
  for (; n < x->nof_kind[k] && n < max; n++) names[n] = p->decls.data[x->of_kind[k][n]]->name;
  return n;
}

int zo_program_models(const Program *p, const char **names, int max) {
  decl_names(p, AST_MODEL, names, max);
  return decl_index(p)->nof_kind[1];
}

int zo_program_find(const Program *p, AstKind kind, const char *name) {
  if (!name || kind_slot(kind) < 0) return -1;
  const DeclIndex *x = decl_index(p);
  return x->slot[decl_probe(p, x, kind, name)] - 1;
}

int zo_program_recipes(const Program *p, const char **names, const char **targets, int max) {
  const DeclIndex *x = decl_index(p);
  for (int i = 0; i < x->nof_kind[2] && i < max; i++) {
    const Ast *d = p->decls.data[x->of_kind[2][i]];
    names[i] = d->name;
    if (targets) targets[i] = d->target;
  }
  return x->nof_kind[2];
}

static void suggest(Loc loc, const char *name, const char **names, int n) {
  const char *near = zo_nearest_name(name, names, n);
  if (near) zo_diag_note(loc, "did you mean '%s'?", near);
}

/* "did you mean" among every declaration of the kind */
static void suggest_decl(const Program *p, Loc loc, AstKind kind, const char *name) {
  const DeclIndex *x = decl_index(p);
  int k = kind_slot(kind);
  const char **names = zo_xmalloc(sizeof(char *) * (size_t)(x->nof_kind[k] + 1));
  int n = decl_names(p, kind, names, x->nof_kind[k]);
  suggest(loc, name, names, n);
  free(names);
}

/* ---- scopes */
static void push_scope(L *l, Value *repeat) {
  Scope *s = zo_xcalloc(1, sizeof *s);
  s->up = l->scope;
  s->repeat = repeat;
  l->scope = s;
}
static void pop_scope(L *l) {
  Scope *s = l->scope;
  l->scope = s->up;
  vec_free(&s->b);
  free(s);
}
static Binding *lookup_in(Scope *s, const char *name) {
  for (int i = 0; i < s->b.len; i++)
    if (strcmp(s->b.data[i].name, name) == 0) return &s->b.data[i];
  return NULL;
}
static Binding *lookup(L *l, const char *name) {
  for (Scope *s = l->scope; s; s = s->up) {
    Binding *b = lookup_in(s, name);
    if (b) return b;
  }
  return NULL;
}
static void bind(L *l, const char *name, CVal v, Loc loc) {
  Binding *b = lookup_in(l->scope, name);
  if (b) {
    b->val = v;
    b->loc = loc;
    return;
  }
  vec_push(&l->scope->b, ((Binding){name, v, loc}));
}
static int visible_names(L *l, const char **names, int max) {
  int n = 0;
  for (Scope *s = l->scope; s; s = s->up)
    for (int i = 0; i < s->b.len && n < max; i++) names[n++] = s->b.data[i].name;
  return n;
}

static const Untaken *find_untaken(L *l, const char *name) {
  for (int i = l->untaken.len - 1; i >= 0; i--)
    if (strcmp(l->untaken.data[i].name, name) == 0) return &l->untaken.data[i];
  return NULL;
}

static void unknown_name(L *l, const Ast *a, const char *what) {
  if (zo_op_lookup(a->name) != ZO_OP_COUNT) {
    zo_diag_error(a->loc, "'%s' is an op: call it, %s(...)", a->name, a->name);
    return;
  }
  const Untaken *u = find_untaken(l, a->name);
  if (u) {
    zo_diag_error(a->loc, "'%s' does not exist here: only a branch of an if that is not taken %s it",
                  a->name, u->weight ? "declares" : "assigns");
    zo_diag_note(u->at, "'%s' is %s here", a->name, u->weight ? "declared" : "assigned");
    zo_diag_note(u->if_loc, "this condition decided against that branch (with these parameters)");
    return;
  }
  zo_diag_error(a->loc, "unknown %s '%s'", what, a->name);
  const char *names[256];
  int n = visible_names(l, names, 200);
  suggest(a->loc, a->name, names, n);
}

/* ---- compile-time numbers */
static bool is_whole(double x) { return isfinite(x) && x == floor(x) && fabs(x) <= 9007199254740992.0; }

static CVal num(double x) { return (CVal){.kind = CV_NUM, .num = x}; }

static CVal eval(L *l, const Ast *a);

static const FormatInst *instantiate(L *l, const Ast *decl, const AstList *kwargs, Loc loc);

/* A name or call that denotes a format or dtype: `gptq`, `gptq(bits = 2)`, `f16`. */
static bool eval_type_name(L *l, const char *name, const AstList *kwargs, Loc loc, CVal *out) {
  DType dt = zo_dtype_from_name(name);
  if (dt != ZO_DT_NONE) {
    if (kwargs && kwargs->len) {
      zo_diag_error(loc, "dtype '%s' takes no arguments", name);
      *out = NONE;
      return true;
    }
    *out = (CVal){.kind = CV_DTYPE, .dt = dt};
    return true;
  }
  const Ast *fd = find_decl(l->prog, AST_FORMAT, name);
  if (fd) {
    const FormatInst *fi = instantiate(l, fd, kwargs, loc);
    *out = fi ? (CVal){.kind = CV_FORMAT, .fmt = fi} : NONE;
    return true;
  }
  return false;
}

/* A finite result, or an error at the expression (pow(10, 400), exp2(2000)). */
static CVal finite_num(const Ast *a, double x) {
  if (isfinite(x)) return num(x);
  zo_diag_error(a->loc, "this number is too large (not finite)");
  return NONE;
}

static CVal arith(L *l, const Ast *a, CVal x, CVal y) {
  if (x.kind == CV_NONE || y.kind == CV_NONE) return NONE;
  if (x.kind == CV_STR || y.kind == CV_STR) {
    if (x.kind == CV_STR && y.kind == CV_STR && (a->op == AST_OP_EQ || a->op == AST_OP_NE))
      return num((strcmp(x.str, y.str) == 0) == (a->op == AST_OP_EQ));
    zo_diag_error(a->loc, "a string can only be compared with == or != to a string (\"silu\"), not used in arithmetic");
    return NONE;
  }
  if (x.kind == CV_NUM && y.kind == CV_NUM) {
    double p = x.num, q = y.num;
    switch (a->op) {
    case '<': return num(p < q);
    case '>': return num(p > q);
    case AST_OP_LE: return num(p <= q);
    case AST_OP_GE: return num(p >= q);
    case AST_OP_EQ: return num(p == q);
    case AST_OP_NE: return num(p != q);
    case '+': return finite_num(a, p + q);
    case '-': return finite_num(a, p - q);
    case '*': return finite_num(a, p * q);
    case '/':
      if (q == 0) {
        zo_diag_error(a->loc, "division by zero");
        return NONE;
      }
      return finite_num(a, p / q);
    case '%':
    case '&':
    case '|':
    case AST_OP_SHL:
    case AST_OP_SHR: {
      if (!is_whole(p) || !is_whole(q)) {
        zo_diag_error(a->loc, "this operator needs whole numbers, got %.9g and %.9g", p, q);
        return NONE;
      }
      long long i = (long long)p, j = (long long)q;
      if (a->op == '%') {
        if (j == 0) {
          zo_diag_error(a->loc, "division by zero");
          return NONE;
        }
        return num((double)(i % j));
      }
      if (a->op == '&') return num((double)(i & j));
      if (a->op == '|') return num((double)(i | j));
      if (j < 0 || j > 52) {
        zo_diag_error(a->loc, "shift by %lld is out of range", j);
        return NONE;
      }
      return num(a->op == AST_OP_SHL ? (double)(i << j) : (double)(i >> j));
    }
    }
  }
  /* symbolic dimensions: products and exact quotients */
  if ((x.kind == CV_DIM || x.kind == CV_NUM) && (y.kind == CV_DIM || y.kind == CV_NUM) &&
      (a->op == '*' || a->op == '/')) {
    Dim dx, dy, r;
    if (x.kind == CV_NUM) {
      if (!is_whole(x.num)) goto bad_dim;
      dx = zo_dim_const((int64_t)x.num);
    } else dx = x.dim;
    if (y.kind == CV_NUM) {
      if (!is_whole(y.num)) goto bad_dim;
      dy = zo_dim_const((int64_t)y.num);
    } else dy = y.dim;
    if (a->op == '*' ? zo_dim_mul(dx, dy, &r) : zo_dim_div(dx, dy, &r))
      return (CVal){.kind = CV_DIM, .dim = r};
  bad_dim:
    zo_diag_error(a->loc, "a symbolic dimension can only be multiplied or exactly divided by whole numbers and symbols");
    return NONE;
  }
  zo_diag_error(a->loc, "cannot apply '%s' to %s and %s", zo_ast_op_name(a->op), cv_kind_name(x.kind), cv_kind_name(y.kind));
  return NONE;
}

/* A number that decides something (a condition, an operand of && || !). */
static bool truth(const Ast *a, CVal v, const char *what, bool *out) {
  if (v.kind == CV_NUM) {
    *out = v.num != 0;
    return true;
  }
  if (v.kind == CV_LOOPVAR)
    zo_diag_error(a->loc, "%s cannot use a loop variable: the body of a repeat is one for every iteration", what);
  else if (v.kind == CV_STR)
    zo_diag_error(a->loc, "%s must be a number, this is a string (compare it: s == \"silu\")", what);
  else if (v.kind != CV_NONE)
    zo_diag_error(a->loc, "%s must be a number, this is %s", what, cv_kind_name(v.kind));
  return false;
}

/* `c ? a : b`, `a && b`, `a || b`, `!a`: only the operands that decide are
 * evaluated (so `D > 0 ? 64 / D : 0` is fine at D = 0). `sub` evaluates an
 * operand: eval for numbers, lower_expr where `c ? t1 : t2` picks a tensor. */
static CVal logic(L *l, const Ast *a, CVal (*sub)(L *, const Ast *)) {
  bool c;
  if (a->kind == AST_NEG) return truth(a->lhs, eval(l, a->lhs), "the operand of '!'", &c) ? num(!c) : NONE;
  if (a->op == '?') return truth(a->type, eval(l, a->type), "a condition", &c) ? sub(l, c ? a->lhs : a->rhs) : NONE;
  const char *what = a->op == AST_OP_AND ? "an operand of '&&'" : "an operand of '||'";
  if (!truth(a->lhs, eval(l, a->lhs), what, &c)) return NONE;
  if (c == (a->op == AST_OP_OR)) return num(c);
  return truth(a->rhs, eval(l, a->rhs), what, &c) ? num(c) : NONE;
}

static bool is_logic(const Ast *a) {
  return (a->kind == AST_NEG && a->op == '!') ||
         (a->kind == AST_BINARY && (a->op == '?' || a->op == AST_OP_AND || a->op == AST_OP_OR));
}

/* sqrt(x), pow(x, y), exp2(x), min(a, b), max(a, b), cdiv(a, b): numbers in,
 * a number out. Returns false if `a` calls none of them. */
static const struct {
  const char *name;
  int nargs;
} num_fns[] = {{"cdiv", 2}, {"sqrt", 1}, {"pow", 2}, {"exp2", 1}, {"min", 2}, {"max", 2}};

static bool is_num_fn(const char *name) {
  for (size_t i = 0; i < ZO_COUNT(num_fns); i++)
    if (strcmp(num_fns[i].name, name) == 0) return true;
  return false;
}

static CVal num_fn(L *l, const Ast *a) {
  size_t k = 0;
  while (strcmp(num_fns[k].name, a->name) != 0) k++;
  int n = num_fns[k].nargs;
  if (a->args.len != n || a->kwargs.len) {
    if (k == 0) zo_diag_error(a->loc, "cdiv takes two numbers: cdiv(a, b) is a / b rounded up");
    else zo_diag_error(a->loc, "%s takes %d number%s", a->name, n, n == 1 ? "" : "s");
    return NONE;
  }
  double x[2] = {0, 0};
  bool ok = true;
  for (int i = 0; i < n; i++) {
    const Ast *e = a->args.data[i];
    CVal v = eval(l, e);
    if (v.kind == CV_NUM) x[i] = v.num;
    else {
      if (v.kind != CV_NONE) zo_diag_error(e->loc, "%s takes numbers, this is %s", a->name, cv_kind_name(v.kind));
      ok = false;
    }
  }
  if (!ok) return NONE;
  switch (k) {
  case 0:
    if (!is_whole(x[0]) || !is_whole(x[1]) || x[1] <= 0) {
      zo_diag_error(a->loc, "cdiv needs whole numbers with a positive divisor");
      return NONE;
    }
    return num(ceil(x[0] / x[1]));
  case 1:
    if (x[0] < 0) {
      zo_diag_error(a->loc, "sqrt of a negative number (%.9g)", x[0]);
      return NONE;
    }
    return num(sqrt(x[0]));
  case 2:
    if (x[0] < 0 && !is_whole(x[1])) {
      zo_diag_error(a->loc, "pow of a negative number (%.9g) to a fractional power (%.9g)", x[0], x[1]);
      return NONE;
    }
    if (x[0] == 0 && x[1] < 0) {
      zo_diag_error(a->loc, "pow(0, %.9g) divides by zero", x[1]);
      return NONE;
    }
    return finite_num(a, pow(x[0], x[1]));
  case 3: return finite_num(a, exp2(x[0]));
  case 4: return num(fmin(x[0], x[1]));
  default: return num(fmax(x[0], x[1]));
  }
}

static CVal eval(L *l, const Ast *a) {
  switch (a->kind) {
  case AST_NUM: return num(a->num);
  case AST_NAME: {
    Binding *b = lookup(l, a->name);
    if (b && b->val.kind == CV_LOOPVAR && b->val.known) return num(b->val.num);
    if (b) return b->val.kind == CV_ERROR ? NONE : b->val;
    CVal t;
    if (eval_type_name(l, a->name, NULL, a->loc, &t)) return t;
    if (l->in_input) {
      if (l->f->nsyms == ZO_MAX_SYMS) {
        zo_diag_error(a->loc, "too many symbolic dimensions (at most %d)", ZO_MAX_SYMS);
        return NONE;
      }
      int s = l->f->nsyms++;
      l->f->sym[s] = a->name;
      l->f->sym_default[s] = 1;
      CVal d = {.kind = CV_DIM, .dim = zo_dim_sym(s)};
      Scope *top = l->scope;
      while (top->up) top = top->up;
      vec_push(&top->b, ((Binding){a->name, d, a->loc}));
      return d;
    }
    unknown_name(l, a, "name");
    return NONE;
  }
  case AST_NEG: {
    if (is_logic(a)) return logic(l, a, eval);
    CVal x = eval(l, a->lhs);
    if (x.kind == CV_NUM) return num(-x.num);
    if (x.kind != CV_NONE) zo_diag_error(a->loc, "cannot negate %s", cv_kind_name(x.kind));
    return NONE;
  }
  case AST_BINARY:
    if (is_logic(a)) return logic(l, a, eval);
    return arith(l, a, eval(l, a->lhs), eval(l, a->rhs));
  case AST_CALL: {
    if (is_num_fn(a->name)) return num_fn(l, a);
    CVal t;
    if (a->args.len == 0 && eval_type_name(l, a->name, &a->kwargs, a->loc, &t)) return t;
    zo_diag_error(a->loc, "'%s(...)' is not a constant: only formats, dtypes, cdiv, sqrt, pow, exp2, min and max "
                  "can be called here", a->name);
    return NONE;
  }
  case AST_STR: return (CVal){.kind = CV_STR, .str = a->name};
  default: zo_diag_error(a->loc, "not a constant expression"); return NONE;
  }
}

/* A dimension: a positive whole number or a monomial over the symbols. */
static bool eval_dim(L *l, const Ast *a, Dim *out, bool allow_sym) {
  CVal v = eval(l, a);
  if (v.kind == CV_NONE) return false;
  if (v.kind == CV_NUM) {
    if (!is_whole(v.num) || v.num < 1) {
      zo_diag_error(a->loc, "a dimension must be a positive whole number, this is %.9g", v.num);
      return false;
    }
    if (v.num > ZO_MAX_DIM) {
      zo_diag_error(a->loc, "dimension %.9g is larger than zoc supports (2^40)", v.num);
      return false;
    }
    *out = zo_dim_const((int64_t)v.num);
    return true;
  }
  if (v.kind == CV_DIM) {
    if (!allow_sym) {
      zo_diag_error(a->loc, "a weight's dimensions must be numbers, not symbols like the batch size");
      return false;
    }
    *out = v.dim;
    return true;
  }
  zo_diag_error(a->loc, "a dimension must be a number, this is %s", cv_kind_name(v.kind));
  return false;
}

/* `storage x : f32[] = json("tensor", "key")`: a number from a checkpoint's
 * metadata (runtime/weights.c reads it when binding); one value, a float. */
static bool meta_source(const Ast *it, FormatStorage *st) {
  const Ast *c = it->lhs;
  bool strs = c->kind == AST_CALL && c->args.len == 2 && c->kwargs.len == 0 && c->args.data[0]->kind == AST_STR &&
              c->args.data[1]->kind == AST_STR;
  if (!strs || strcmp(c->name, "json") != 0) {
    zo_diag_error(c->loc, "a storage's value comes from json(\"tensor\", \"key\"): a key of the JSON object that "
                  "tensor \"<weight>.tensor\" holds");
    return false;
  }
  if (it->type->args.len != 0 || st->dtype != ZO_DT_F32) {
    zo_diag_error(it->type->loc, "a value from json(...) is one number: declare it `%s : f32[]`", it->name);
    return false;
  }
  st->meta_tensor = c->args.data[0]->name;
  st->meta_key = c->args.data[1]->name;
  return true;
}

/* ---- formats */
static const FormatInst *instantiate(L *l, const Ast *decl, const AstList *kwargs, Loc loc) {
  Arena *ar = &l->f->arena;
  FormatInst *fi = zo_arena_alloc(ar, sizeof *fi);
  fi->name = decl->name;
  fi->decl = decl;
  bool ok = true;
  if (decl->params.len > ZO_MAX_FPARAMS) {
    zo_diag_error(decl->loc, "format '%s' has %d parameters (at most %d)", decl->name, decl->params.len, ZO_MAX_FPARAMS);
    return NULL;
  }
  /* arguments name parameters of the format */
  if (kwargs)
    for (int i = 0; i < kwargs->len; i++) {
      const Ast *kw = kwargs->data[i];
      bool found = false;
      for (int j = 0; j < decl->params.len; j++) found |= strcmp(decl->params.data[j]->name, kw->name) == 0;
      if (!found) {
        zo_diag_error(kw->loc, "format '%s' has no parameter '%s'", decl->name, kw->name);
        const char *names[ZO_MAX_FPARAMS];
        for (int j = 0; j < decl->params.len; j++) names[j] = decl->params.data[j]->name;
        suggest(kw->loc, kw->name, names, decl->params.len);
        ok = false;
      }
    }
  /* the format's parameters are evaluated in a scope of their own: defaults,
     then arguments (evaluated where the format is used) */
  CVal vals[ZO_MAX_FPARAMS];
  for (int j = 0; j < decl->params.len; j++) {
    const Ast *pa = decl->params.data[j];
    const Ast *src = pa->lhs;
    if (kwargs)
      for (int i = 0; i < kwargs->len; i++)
        if (strcmp(kwargs->data[i]->name, pa->name) == 0) src = kwargs->data[i]->lhs;
    vals[j] = src ? eval(l, src) : NONE;
    if (!src) {
      zo_diag_error(loc, "format '%s' needs a value for parameter '%s'", decl->name, pa->name);
      ok = false;
    } else if (vals[j].kind != CV_NUM && vals[j].kind != CV_DTYPE) {
      if (vals[j].kind != CV_NONE)
        zo_diag_error(src->loc, "format parameter '%s' must be a number or a dtype, this is %s", pa->name,
                      cv_kind_name(vals[j].kind));
      ok = false;
    }
  }
  if (!ok) return NULL;
  StrBuf sb = {0};
  zo_sb_printf(&sb, "%s", decl->name);
  if (decl->params.len) {
    zo_sb_putc(&sb, '(');
    for (int j = 0; j < decl->params.len; j++) {
      zo_sb_printf(&sb, "%s%s=", j ? ", " : "", decl->params.data[j]->name);
      if (vals[j].kind == CV_NUM) zo_sb_printf(&sb, "%.9g", vals[j].num);
      else zo_sb_puts(&sb, zo_dtype_name(vals[j].dt));
    }
    zo_sb_putc(&sb, ')');
  }
  char *spelled = zo_sb_take(&sb);
  for (int i = 0; i < l->insts.len; i++)
    if (l->insts.data[i]->decl == decl && strcmp(l->insts.data[i]->spelled, spelled) == 0) {
      free(spelled);
      return l->insts.data[i];
    }
  fi->spelled = zo_arena_strdup(ar, spelled);
  free(spelled);
  fi->nparams = decl->params.len;
  for (int j = 0; j < fi->nparams; j++) {
    fi->pname[j] = decl->params.data[j]->name;
    fi->pval[j] = vals[j].kind == CV_NUM ? vals[j].num : (double)vals[j].dt;
  }

  /* storages, tables, dequant: resolved in a scope holding the parameters */
  push_scope(l, NULL);
  for (int j = 0; j < fi->nparams; j++) bind(l, fi->pname[j], vals[j], decl->params.data[j]->loc);
  const Ast *dq = NULL;
  for (int i = 0; i < decl->body.len; i++) {
    const Ast *it = decl->body.data[i];
    if (it->kind == AST_STORAGE || it->kind == AST_CONST) {
      for (int s = 0; s < fi->nstorage; s++)
        if (strcmp(fi->storage[s].name, it->name) == 0) {
          zo_diag_error(it->loc, "'%s' is declared twice in format '%s'", it->name, decl->name);
          ok = false;
        }
      for (int s = 0; s < fi->ntables; s++)
        if (strcmp(fi->table[s].name, it->name) == 0) {
          zo_diag_error(it->loc, "'%s' is declared twice in format '%s'", it->name, decl->name);
          ok = false;
        }
      CVal t;
      const Ast *ty = it->type;
      DType dt = ZO_DT_NONE;
      Binding *b = lookup(l, ty->name);
      if (b && b->val.kind == CV_DTYPE) dt = b->val.dt;
      else if (!b && eval_type_name(l, ty->name, &ty->kwargs, ty->loc, &t) && t.kind == CV_DTYPE) dt = t.dt;
      if (dt == ZO_DT_NONE) {
        zo_diag_error(ty->loc, "'%s' is not a dtype (storage and tables hold plain elements: f16, u32, ...)", ty->name);
        ok = false;
        continue;
      }
      if (it->kind == AST_STORAGE) {
        if (fi->nstorage == ZO_MAX_STORAGE) {
          zo_diag_error(it->loc, "too many storage tensors in format '%s' (at most %d)", decl->name, ZO_MAX_STORAGE);
          ok = false;
          continue;
        }
        FormatStorage *st = &fi->storage[fi->nstorage++];
        st->name = it->name;
        st->dtype = dt;
        if (!ty->has_dims || ty->args.len > ZO_MAX_RANK) {
          zo_diag_error(ty->loc, "storage '%s' needs between 0 and %d dimensions (0: `%s[]`, one value per weight)",
                        it->name, ZO_MAX_RANK, ty->name);
          ok = false;
        }
        if (it->lhs && !meta_source(it, st)) ok = false;
        st->rank = ty->args.len > ZO_MAX_RANK ? ZO_MAX_RANK : ty->args.len;
        for (int d = 0; d < st->rank; d++) st->dims[d] = ty->args.data[d];
        if (it->role) {
          st->role = zo_role_lookup(it->role);
          if (st->role == ZO_ROLE_COUNT) {
            zo_diag_error(it->loc, "unknown role '%s'", it->role);
            const char *roles[ZO_ROLE_COUNT];
            for (int r = 1; r < ZO_ROLE_COUNT; r++) roles[r - 1] = zo_role_name((Role)r);
            suggest(it->loc, it->role, roles, ZO_ROLE_COUNT - 1);
            st->role = ZO_ROLE_NONE;
            ok = false;
          }
        }
      } else {
        if (fi->ntables == ZO_MAX_STORAGE) {
          zo_diag_error(it->loc, "too many tables in format '%s'", decl->name);
          ok = false;
          continue;
        }
        FormatTable *tb = &fi->table[fi->ntables++];
        tb->name = it->name;
        tb->dtype = dt;
        const Ast *list = it->lhs;
        tb->len = list ? list->args.len : 0;
        tb->vals = zo_arena_alloc(ar, sizeof(double) * (size_t)(tb->len ? tb->len : 1));
        for (int k = 0; k < tb->len; k++) {
          CVal v = eval(l, list->args.data[k]);
          if (v.kind != CV_NUM) {
            if (v.kind != CV_NONE) zo_diag_error(list->args.data[k]->loc, "a table holds numbers");
            ok = false;
          } else tb->vals[k] = v.num;
        }
        Dim d;
        if (ty->has_dims && ty->args.len == 1 && eval_dim(l, ty->args.data[0], &d, false)) {
          if (d.coef != tb->len) {
            zo_diag_error(it->loc, "table '%s' is declared with %lld entries but lists %d", it->name,
                          (long long)d.coef, tb->len);
            ok = false;
          }
        } else if (!ty->has_dims || ty->args.len != 1) {
          zo_diag_error(ty->loc, "a table has one dimension");
          ok = false;
        }
      }
    } else if (it->kind == AST_DEQUANT) {
      if (dq) {
        zo_diag_error(it->loc, "format '%s' has two dequant expressions", decl->name);
        ok = false;
      }
      dq = it;
    }
  }
  if (!dq) {
    zo_diag_error(decl->loc, "format '%s' has no dequant expression", decl->name);
    ok = false;
  }
  pop_scope(l);
  if (!ok) return NULL;
  fi->dequant = NULL;
  vec_push(&l->insts, fi);
  return fi;
}

/* ---- dequant expressions: Ast → Sx */
typedef struct SxCtx {
  L *l;
  FormatInst *fi;
  const Ast *dq;
  bool ok;
} SxCtx;

static Sx *sx_new(SxCtx *c, SxKind k, int nkids, Loc loc) {
  Sx *e = zo_arena_alloc(&c->l->f->arena, sizeof *e);
  e->kind = k;
  e->nkids = nkids;
  e->kids = zo_arena_alloc(&c->l->f->arena, sizeof(Sx *) * (size_t)(nkids ? nkids : 1));
  e->loc = loc;
  e->axis = -1;
  return e;
}

static Sx *sx_lower(SxCtx *c, const Ast *a);

static int find_storage(FormatInst *fi, const char *name) {
  for (int s = 0; s < fi->nstorage; s++)
    if (strcmp(fi->storage[s].name, name) == 0) return s;
  return -1;
}
static int find_table(FormatInst *fi, const char *name) {
  for (int s = 0; s < fi->ntables; s++)
    if (strcmp(fi->table[s].name, name) == 0) return s;
  return -1;
}

static Sx *sx_fail(SxCtx *c) {
  c->ok = false;
  return NULL;
}

static void sx_unknown(SxCtx *c, const Ast *a) {
  zo_diag_error(a->loc, "unknown name '%s' in the dequant expression of format '%s'", a->name, c->fi->name);
  const char *names[64];
  int n = 0;
  for (int i = 0; i < c->dq->params.len && n < 64; i++) names[n++] = c->dq->params.data[i]->name;
  for (int i = 0; i < c->fi->nstorage && n < 64; i++) names[n++] = c->fi->storage[i].name;
  for (int i = 0; i < c->fi->ntables && n < 64; i++) names[n++] = c->fi->table[i].name;
  for (int i = 0; i < c->fi->nparams && n < 64; i++) names[n++] = c->fi->pname[i];
  suggest(a->loc, a->name, names, n);
}

/* storage[i, j, ...]; with_star: one index may be `*` (bits) */
static Sx *sx_index(SxCtx *c, const Ast *a, bool in_bits) {
  if (a->lhs->kind != AST_NAME) {
    zo_diag_error(a->loc, "only storage tensors and tables can be indexed");
    return sx_fail(c);
  }
  const char *name = a->lhs->name;
  int s = find_storage(c->fi, name);
  if (s < 0) {
    int t = find_table(c->fi, name);
    if (t >= 0) {
      if (a->args.len != 1 || a->args.data[0]->kind == AST_STAR) {
        zo_diag_error(a->loc, "table '%s' takes one index", name);
        return sx_fail(c);
      }
      Sx *e = sx_new(c, SX_TABLE, 1, a->loc);
      e->ref = t;
      e->kids[0] = sx_lower(c, a->args.data[0]);
      if (e->kids[0] && !e->kids[0]->is_int) {
        zo_diag_error(a->args.data[0]->loc, "a table index must be an integer expression");
        c->ok = false;
      }
      return e;
    }
    sx_unknown(c, a->lhs);
    return sx_fail(c);
  }
  const FormatStorage *st = &c->fi->storage[s];
  if (a->args.len != st->rank) {
    zo_diag_error(a->loc, "storage '%s' has %d dimensions but is indexed with %d", name, st->rank, a->args.len);
    return sx_fail(c);
  }
  Sx *e = sx_new(c, in_bits ? SX_BITS : SX_LOAD, a->args.len + (in_bits ? 2 : 0), a->loc);
  e->ref = s;
  e->is_int = !zo_dtype_is_float(st->dtype);
  for (int i = 0; i < a->args.len; i++) {
    const Ast *ix = a->args.data[i];
    if (ix->kind == AST_STAR) {
      if (!in_bits) {
        zo_diag_error(ix->loc, "'*' marks the bit-stream axis and is only allowed inside bits(...)");
        return sx_fail(c);
      }
      if (e->axis >= 0) {
        zo_diag_error(ix->loc, "bits(...) takes one '*' axis");
        return sx_fail(c);
      }
      e->axis = i;
      continue;
    }
    e->kids[i] = sx_lower(c, ix);
    if (e->kids[i] && !e->kids[i]->is_int) {
      zo_diag_error(ix->loc, "an index must be an integer expression");
      c->ok = false;
    }
  }
  if (in_bits && e->axis < 0) {
    zo_diag_error(a->loc, "bits(...) needs one '*' index: the axis along which %s is a bit stream", name);
    return sx_fail(c);
  }
  return e;
}

static Sx *sx_lower(SxCtx *c, const Ast *a) {
  switch (a->kind) {
  case AST_NUM: {
    Sx *e = sx_new(c, SX_NUM, 0, a->loc);
    e->num = a->num;
    e->is_int = a->is_int;
    return e;
  }
  case AST_NAME: {
    for (int i = 0; i < c->dq->params.len; i++)
      if (strcmp(c->dq->params.data[i]->name, a->name) == 0) {
        Sx *e = sx_new(c, SX_VAR, 0, a->loc);
        e->var = i;
        e->is_int = 1;
        return e;
      }
    if (strcmp(a->name, "K") == 0 || strcmp(a->name, "N") == 0) {
      Sx *e = sx_new(c, SX_VAR, 0, a->loc);
      e->var = a->name[0] == 'K' ? 2 : 3;
      e->is_int = 1;
      return e;
    }
    for (int i = 0; i < c->fi->nparams; i++)
      if (strcmp(c->fi->pname[i], a->name) == 0) {
        Sx *e = sx_new(c, SX_NUM, 0, a->loc);
        e->num = c->fi->pval[i];
        e->is_int = is_whole(e->num);
        return e;
      }
    int s0 = find_storage(c->fi, a->name);
    if (s0 >= 0 && c->fi->storage[s0].rank == 0) {   /* one value per weight: its name is its value */
      Sx *e = sx_new(c, SX_LOAD, 0, a->loc);
      e->ref = s0;
      e->is_int = !zo_dtype_is_float(c->fi->storage[s0].dtype);
      return e;
    }
    if (s0 >= 0 || find_table(c->fi, a->name) >= 0) {
      zo_diag_error(a->loc, "'%s' is a tensor: index it, e.g. %s[k, n]", a->name, a->name);
      return sx_fail(c);
    }
    sx_unknown(c, a);
    return sx_fail(c);
  }
  case AST_NEG: {
    Sx *e = sx_new(c, SX_NEG, 1, a->loc);
    e->kids[0] = sx_lower(c, a->lhs);
    e->is_int = e->kids[0] ? e->kids[0]->is_int : 0;
    return e->kids[0] ? e : NULL;
  }
  case AST_BINARY: {
    static const struct { int op; SxKind k; bool ints; } ops[] = {
      {'+', SX_ADD, 0}, {'-', SX_SUB, 0}, {'*', SX_MUL, 0}, {'/', SX_DIV, 0}, {'%', SX_MOD, 1},
      {'&', SX_AND, 1}, {'|', SX_OR, 1}, {AST_OP_SHL, SX_SHL, 1}, {AST_OP_SHR, SX_SHR, 1},
    };
    for (size_t i = 0; i < ZO_COUNT(ops); i++) {
      if (ops[i].op != a->op) continue;
      Sx *e = sx_new(c, ops[i].k, 2, a->loc);
      e->kids[0] = sx_lower(c, a->lhs);
      e->kids[1] = sx_lower(c, a->rhs);
      if (!e->kids[0] || !e->kids[1]) return sx_fail(c);
      e->is_int = e->kids[0]->is_int && e->kids[1]->is_int;
      if (ops[i].ints && !e->is_int) {
        zo_diag_error(a->loc, "this operator needs integer operands (indices, codes or bit fields)");
        return sx_fail(c);
      }
      return e;
    }
    ZO_BUG("binary operator %d", a->op);
  }
  case AST_INDEX: return sx_index(c, a, false);
  case AST_CALL: {
    if (strcmp(a->name, "exp2") == 0) {   /* 2^e, e an integer: an E8M0 scale is exp2(s - 127) */
      if (a->args.len != 1 || a->kwargs.len) {
        zo_diag_error(a->loc, "exp2 takes one integer expression: exp2(s[n, k / 32] - 127)");
        return sx_fail(c);
      }
      Sx *e = sx_new(c, SX_EXP2, 1, a->loc);
      if (!(e->kids[0] = sx_lower(c, a->args.data[0]))) return sx_fail(c);
      if (!e->kids[0]->is_int) {
        zo_diag_error(a->args.data[0]->loc, "exp2(...) takes an integer expression (a power of two from an exponent)");
        return sx_fail(c);
      }
      return e;
    }
    if (strcmp(a->name, "bits") != 0) {
      zo_diag_error(a->loc, "unknown function '%s' in a dequant expression (there are bits(A[..*..], offset, width) "
                    "and exp2(e))", a->name);
      return sx_fail(c);
    }
    if (a->args.len != 3 || a->kwargs.len || a->args.data[0]->kind != AST_INDEX) {
      zo_diag_error(a->loc, "bits takes a storage element with one '*' axis, a bit offset and a width: bits(q[*, n], 4 * k, 4)");
      return sx_fail(c);
    }
    Sx *e = sx_index(c, a->args.data[0], true);
    if (!e) return NULL;
    if (zo_dtype_is_float(c->fi->storage[e->ref].dtype)) {
      zo_diag_error(a->args.data[0]->loc, "bits(...) reads integer storage; '%s' is %s", c->fi->storage[e->ref].name,
                    zo_dtype_name(c->fi->storage[e->ref].dtype));
      return sx_fail(c);
    }
    int r = c->fi->storage[e->ref].rank;
    e->kids[r] = sx_lower(c, a->args.data[1]);
    e->kids[r + 1] = sx_lower(c, a->args.data[2]);
    if (!e->kids[r] || !e->kids[r + 1]) return sx_fail(c);
    if (!e->kids[r]->is_int || !e->kids[r + 1]->is_int) {
      zo_diag_error(a->loc, "the offset and width of bits(...) must be integer expressions");
      return sx_fail(c);
    }
    if (e->kids[r + 1]->kind == SX_NUM && (e->kids[r + 1]->num < 1 || e->kids[r + 1]->num > 32)) {
      zo_diag_error(a->args.data[2]->loc, "a bit field is 1 to 32 bits wide, not %.9g", e->kids[r + 1]->num);
      return sx_fail(c);
    }
    e->is_int = 1;
    return e;
  }
  case AST_STAR:
    zo_diag_error(a->loc, "'*' is only allowed as an index inside bits(...)");
    return sx_fail(c);
  default:
    zo_diag_error(a->loc, "not allowed in a dequant expression");
    return sx_fail(c);
  }
}

/* compiles the dequant of an instance (once) */
static bool finish_format(L *l, FormatInst *fi) {
  if (fi->dequant) return true;
  const Ast *dq = NULL;
  for (int i = 0; i < fi->decl->body.len; i++)
    if (fi->decl->body.data[i]->kind == AST_DEQUANT) dq = fi->decl->body.data[i];
  ZO_ASSERT(dq);
  if (dq->params.len != 2) {
    zo_diag_error(dq->loc, "dequant takes the two logical indices of the weight: dequant(k, n)");
    return false;
  }
  SxCtx c = {l, fi, dq, true};
  Sx *e = sx_lower(&c, dq->lhs);
  if (!c.ok || !e) return false;
  fi->dequant = e;
  return true;
}

/* Storage shapes of a weight of format fi with logical shape [K, N]. */
static bool storage_shapes(L *l, const FormatInst *fi, int64_t K, int64_t N, Weight *w, Loc use) {
  push_scope(l, NULL);
  bind(l, "K", num((double)K), use);
  bind(l, "N", num((double)N), use);
  /* dtype-valued parameters only matter for storage dtypes, resolved already */
  for (int j = 0; j < fi->nparams; j++) bind(l, fi->pname[j], num(fi->pval[j]), fi->decl->params.data[j]->loc);
  bool ok = true;
  w->nstorage = fi->nstorage;
  for (int s = 0; s < fi->nstorage; s++) {
    const FormatStorage *st = &fi->storage[s];
    w->rank[s] = st->rank;
    for (int d = 0; d < st->rank; d++) {
      int before = zo_diag_count();
      CVal v = eval(l, st->dims[d]);
      if (v.kind != CV_NUM || !is_whole(v.num) || v.num < 1 || v.num > ZO_MAX_DIM) {
        if (zo_diag_count() == before)
          zo_diag_error(use, "format %s for a [%lld, %lld] weight: dimension %d of storage '%s' is %.9g, not a positive whole number",
                        fi->spelled, (long long)K, (long long)N, d + 1, st->name, v.kind == CV_NUM ? v.num : NAN);
        zo_diag_note(st->dims[d]->loc, "the dimension is declared here");
        ok = false;
        break;
      }
      w->shape[s][d] = (int64_t)v.num;
    }
  }
  pop_scope(l);
  return ok;
}

/* ---- model body */
static Value *new_value(L *l, Op op, int narg, Value **args, Loc loc) {
  return zo_value_new(l->f, l->block, op, narg, args, loc);
}

static CVal tensor(Value *v) { return (CVal){.kind = CV_TENSOR, .v = v}; }

static Value *need_tensor(const Ast *a, CVal v, const char *what) {
  if (v.kind == CV_TENSOR) return v.v;
  if (v.kind != CV_NONE) zo_diag_error(a->loc, "%s must be a tensor, this is %s", what, cv_kind_name(v.kind));
  return NULL;
}

static CVal lower_expr(L *l, const Ast *a);

static CVal lower_call(L *l, const Ast *a) {
  Op op = zo_op_lookup(a->name);
  if (op == ZO_OP_COUNT) {
    CVal t;
    if (is_num_fn(a->name) || (a->args.len == 0 && eval_type_name(l, a->name, &a->kwargs, a->loc, &t)))
      return eval(l, a);
    zo_diag_error(a->loc, "unknown op '%s'", a->name);
    const char *names[64];
    int n = zo_op_callable_names(names, 64);
    suggest(a->loc, a->name, names, n);
    return NONE;
  }
  const OpInfo *info = zo_op_info(op);
  int nt = info->ntensors, na = info->nattrs;
  if (a->args.len < nt || a->args.len > nt + na) {
    if (na)
      zo_diag_error(a->loc, "%s takes %d tensor%s and up to %d more argument%s, got %d", info->name, nt,
                    nt == 1 ? "" : "s", na, na == 1 ? "" : "s", a->args.len);
    else
      zo_diag_error(a->loc, "%s takes %d tensor%s, got %d", info->name, nt, nt == 1 ? "" : "s", a->args.len);
    return NONE;
  }
  Value *args[8];
  bool ok = true;
  for (int i = 0; i < nt; i++) {
    CVal v = lower_expr(l, a->args.data[i]);
    args[i] = need_tensor(a->args.data[i], v, "this operand");
    ok &= args[i] != NULL;
  }
  double attr[ZO_MAX_ATTRS];
  bool given[ZO_MAX_ATTRS] = {0};
  for (int i = 0; i < na; i++) attr[i] = info->attr_default[i];
  for (int i = nt; i < a->args.len; i++) {
    CVal v = eval(l, a->args.data[i]);
    if (v.kind != CV_NUM) {
      if (v.kind != CV_NONE)
        zo_diag_error(a->args.data[i]->loc, "%s's '%s' must be a number, this is %s", info->name,
                      info->attr[i - nt], cv_kind_name(v.kind));
      ok = false;
      continue;
    }
    attr[i - nt] = v.num;
    given[i - nt] = true;
  }
  for (int i = 0; i < a->kwargs.len; i++) {
    const Ast *kw = a->kwargs.data[i];
    int j = 0;
    while (j < na && strcmp(info->attr[j], kw->name) != 0) j++;
    if (j == na) {
      zo_diag_error(kw->loc, "%s has no argument '%s'", info->name, kw->name);
      suggest(kw->loc, kw->name, (const char **)info->attr, na);
      ok = false;
      continue;
    }
    if (given[j]) {
      zo_diag_error(kw->loc, "%s's '%s' is given twice", info->name, kw->name);
      ok = false;
      continue;
    }
    CVal v = eval(l, kw->lhs);
    if (v.kind != CV_NUM) {
      if (v.kind != CV_NONE)
        zo_diag_error(kw->lhs->loc, "%s's '%s' must be a number, this is %s", info->name, kw->name, cv_kind_name(v.kind));
      ok = false;
      continue;
    }
    attr[j] = v.num;
    given[j] = true;
  }
  for (int j = 0; j < na; j++)
    if (info->attr_required[j] && !given[j]) {
      zo_diag_error(a->loc, "%s needs '%s'", info->name, info->attr[j]);
      ok = false;
    }
  if (!ok) return NONE;
  Value *v = new_value(l, op, nt, args, a->loc);
  for (int j = 0; j < na; j++) v->attr[j] = attr[j];
  return tensor(v);
}

/* One elementwise op with a constant: t * c and t / c are scale, t + c and
 * t - c are shift; c - t is shift(scale(t, -1), c). */
static CVal scalar_op(L *l, Op op, Value *t, double c, Loc loc) {
  Value *v = new_value(l, op, 1, &t, loc);
  v->attr[0] = c;
  return tensor(v);
}

/* A tensor and a number: t + n, n + t, t - n, n - t, t * n, n * t, t / n. */
static CVal tensor_number(L *l, const Ast *a, CVal x, CVal y) {
  bool tfirst = x.kind == CV_TENSOR;
  CVal t = tfirst ? x : y, n = tfirst ? y : x;
  bool ok = a->op == '+' || a->op == '-' || a->op == '*' || (a->op == '/' && tfirst);
  if (n.kind != CV_NUM || !ok) {
    if (n.kind == CV_NUM)
      zo_diag_error(a->loc, "'%s' of a number and a tensor: a tensor can be added to, subtracted from, multiplied by "
                    "and divided by a number (t + n, n - t, t * n, t / n)", zo_ast_op_name(a->op));
    else
      zo_diag_error(a->loc, "a tensor can be combined with a number (t + n, n - t, t * n, t / n); this combines a tensor "
                    "with %s", cv_kind_name(n.kind));
    return NONE;
  }
  switch (a->op) {
  case '+': return scalar_op(l, ZO_OP_SHIFT, t.v, n.num, a->loc);
  case '*': return scalar_op(l, ZO_OP_SCALE, t.v, n.num, a->loc);
  case '-':
    if (tfirst) return scalar_op(l, ZO_OP_SHIFT, t.v, -n.num, a->loc);
    return scalar_op(l, ZO_OP_SHIFT, scalar_op(l, ZO_OP_SCALE, t.v, -1, a->loc).v, n.num, a->loc);
  default:
    if (n.num == 0) {
      zo_diag_error(a->loc, "division by zero");
      return NONE;
    }
    return scalar_op(l, ZO_OP_SCALE, t.v, 1.0 / n.num, a->loc);
  }
}

static CVal lower_expr(L *l, const Ast *a) {
  switch (a->kind) {
  case AST_NAME: {
    Binding *b = lookup(l, a->name);
    if (!b) {
      unknown_name(l, a, "name");
      return NONE;
    }
    if (b->val.kind == CV_ERROR) return NONE;
    if (b->val.kind == CV_LOOPVAR && b->val.known) return num(b->val.num);
    if (b->val.kind == CV_LOOPVAR) {
      zo_diag_error(a->loc, "loop variable '%s' can only be used in weight name patterns, as {%s}", a->name, a->name);
      return NONE;
    }
    return b->val;
  }
  case AST_CALL: return lower_call(l, a);
  case AST_NEG: {
    if (is_logic(a)) return logic(l, a, lower_expr);
    CVal x = lower_expr(l, a->lhs);
    if (x.kind == CV_NONE) return NONE;
    if (x.kind == CV_NUM) return num(-x.num);
    if (x.kind != CV_TENSOR) {
      zo_diag_error(a->loc, "cannot negate %s", cv_kind_name(x.kind));
      return NONE;
    }
    Value *v = new_value(l, ZO_OP_SCALE, 1, &x.v, a->loc);
    v->attr[0] = -1;
    return tensor(v);
  }
  case AST_BINARY: {
    if (is_logic(a)) return logic(l, a, lower_expr);   /* `c ? t1 : t2` may pick a tensor */
    CVal x = lower_expr(l, a->lhs), y = lower_expr(l, a->rhs);
    if (x.kind == CV_NONE || y.kind == CV_NONE) return NONE;
    if (x.kind != CV_TENSOR && y.kind != CV_TENSOR) return arith(l, a, x, y);
    if (x.kind == CV_TENSOR && y.kind == CV_TENSOR) {
      Op op = a->op == '+' ? ZO_OP_ADD : a->op == '-' ? ZO_OP_SUB : a->op == '*' ? ZO_OP_MUL : ZO_OP_COUNT;
      if (op == ZO_OP_COUNT) {
        zo_diag_error(a->loc, "tensors can be added, subtracted and multiplied elementwise; for other operators use an op");
        return NONE;
      }
      Value *args[2] = {x.v, y.v};
      return tensor(new_value(l, op, 2, args, a->loc));
    }
    return tensor_number(l, a, x, y);
  }
  case AST_NUM: return num(a->num);
  case AST_INDEX: zo_diag_error(a->loc, "indexing is for dequant expressions; use slice(x, begin, end) on tensors"); return NONE;
  case AST_STR: return eval(l, a);
  case AST_STAR: zo_diag_error(a->loc, "'*' is only allowed as an index inside bits(...)"); return NONE;
  default: zo_diag_error(a->loc, "not an expression"); return NONE;
  }
}

/* "model.layers.{l}.mlp": every {name} must be an enclosing loop variable */
static bool check_pattern(L *l, const Ast *a) {
  const char *p = a->target;
  bool ok = true;
  if (!p || !*p) {
    zo_diag_error(a->loc, "weight '%s' needs a checkpoint name", a->name);
    return false;
  }
  for (const char *s = p; *s; s++) {
    if (*s == '}') {
      zo_diag_error(a->loc, "unmatched '}' in checkpoint name \"%s\"", p);
      return false;
    }
    if (*s != '{') continue;
    const char *e = strchr(s, '}');
    if (!e) {
      zo_diag_error(a->loc, "unterminated '{' in checkpoint name \"%s\"", p);
      return false;
    }
    char name[64];
    size_t n = (size_t)(e - s - 1);
    if (n == 0 || n >= sizeof name) {
      zo_diag_error(a->loc, "bad placeholder in checkpoint name \"%s\"", p);
      return false;
    }
    memcpy(name, s + 1, n);
    name[n] = 0;
    bool found = false;
    for (int i = 0; i < l->loopvars.len; i++) found |= strcmp(l->loopvars.data[i], name) == 0;
    if (!found) {
      if (l->loopvars.len)
        zo_diag_error(a->loc, "checkpoint name \"%s\" uses {%s}, which is not an enclosing loop variable", p, name);
      else
        zo_diag_error(a->loc, "checkpoint name \"%s\" uses {%s} outside any repeat", p, name);
      ok = false;
    }
    s = e;
  }
  return ok;
}

/* Notes at the -D values a dimension's expression reads (each once: noted[j]):
 * they are what to change. */
static void note_defines(L *l, const Ast *e, int depth, bool *noted) {
  if (!e || depth > ZO_AST_MAX_DEPTH) return;
  if (e->kind == AST_NAME)
    for (int j = 0; j < l->ndefs; j++)
      if (l->dvals[j] && !noted[j] && strcmp(l->defs[j].name, e->name) == 0) {
        zo_diag_note(l->dvals[j]->loc, "-D %s=%s sets the size here: choose a smaller value", e->name, l->defs[j].value);
        noted[j] = true;
      }
  note_defines(l, e->lhs, depth + 1, noted);
  note_defines(l, e->rhs, depth + 1, noted);
  for (int i = 0; i < e->args.len; i++) note_defines(l, e->args.data[i], depth + 1, noted);
}

/* elements · bytes of a shape; false past ZO_MAX_TENSOR_BYTES (or int64) */
static bool tensor_bytes(int rank, const int64_t *shape, int64_t elem, int64_t *out) {
  int64_t n = elem;
  for (int d = 0; d < rank; d++)
    if (__builtin_mul_overflow(n, shape[d], &n) || n > ZO_MAX_TENSOR_BYTES) return false;
  *out = n;
  return true;
}

/* A weight's storages, and its logical matrix in f32 (what the reference
 * and the random-weight quantizers hold), within ZO_MAX_TENSOR_BYTES: past
 * it, sizes in bytes would overflow later arithmetic (the memory plan's
 * sums, element offsets), and no machine has the memory anyway. */
static bool weight_fits(L *l, const Ast *a, const Type *type, const Weight *w) {
  int64_t shape[ZO_MAX_RANK], bytes;
  for (int d = 0; d < type->rank; d++) shape[d] = type->dims[d].coef;
  StrBuf what = {0};
  if (!tensor_bytes(type->rank, shape, 4, &bytes)) zo_sb_puts(&what, "its values in f32");
  for (int s = 0; s < w->nstorage && !what.len; s++) {
    DType dt = type->fmt ? type->fmt->storage[s].dtype : type->dtype;
    if (!tensor_bytes(w->rank[s], w->shape[s], (int64_t)zo_dtype_size(dt), &bytes)) {
      zo_sb_printf(&what, "%s%s%s [", type->fmt ? "its storage '" : "its values", type->fmt ? type->fmt->storage[s].name : "",
                   type->fmt ? "'" : "");
      for (int d = 0; d < w->rank[s]; d++) zo_sb_printf(&what, "%s%lld", d ? ", " : "", (long long)w->shape[s][d]);
      zo_sb_printf(&what, "] of %s", zo_dtype_name(dt));
    }
  }
  if (!what.len) return true;
  StrBuf dims = {0};
  for (int d = 0; d < type->rank; d++) zo_sb_printf(&dims, "%s%lld", d ? ", " : "", (long long)shape[d]);
  zo_diag_error(a->type->loc, "weight '%s' [%s] is too large: %s would take more than 2^%d bytes (%lld TiB), the most "
                "zoc handles in one tensor", a->name, dims.buf, what.buf, __builtin_ctzll((unsigned long long)ZO_MAX_TENSOR_BYTES),
                (long long)(ZO_MAX_TENSOR_BYTES >> 40));
  bool *noted = zo_xcalloc((size_t)l->ndefs + 1, sizeof(bool));
  for (int d = 0; d < a->type->args.len; d++) note_defines(l, a->type->args.data[d], 0, noted);
  free(noted);
  zo_sb_free(&what);
  zo_sb_free(&dims);
  return false;
}

static void lower_weight(L *l, const Ast *a) {
  const Ast *ty = a->type;
  CVal t = NONE;
  Binding *b = lookup(l, ty->name);
  if (b) {
    t = b->val;
    if (ty->kwargs.len) zo_diag_error(ty->loc, "'%s' is a parameter; give format arguments where it is defined", ty->name);
  } else if (!eval_type_name(l, ty->name, &ty->kwargs, ty->loc, &t)) {
    zo_diag_error(ty->loc, "unknown type '%s': a weight is a dtype (f16, ...) or a format", ty->name);
    const char *names[128];
    int n = decl_names(l->prog, AST_FORMAT, names, 100);
    for (int d = 1; d < ZO_DT_COUNT && n < 128; d++) names[n++] = zo_dtype_name((DType)d);
    suggest(ty->loc, ty->name, names, n);
    return;
  }
  if (t.kind != CV_DTYPE && t.kind != CV_FORMAT) {
    if (t.kind != CV_NONE)
      zo_diag_error(ty->loc, "'%s' is %s, not a dtype or a format", ty->name, cv_kind_name(t.kind));
    return;
  }
  bool ok = check_pattern(l, a);
  Type type = {.rank = ty->args.len};
  if (!ty->has_dims || ty->args.len == 0 || ty->args.len > ZO_MAX_RANK) {
    zo_diag_error(ty->loc, "weight '%s' needs between 1 and %d dimensions", a->name, ZO_MAX_RANK);
    return;
  }
  for (int d = 0; d < ty->args.len; d++) ok &= eval_dim(l, ty->args.data[d], &type.dims[d], false);
  Weight *w = zo_arena_alloc(&l->f->arena, sizeof *w);
  w->pattern = a->target;
  w->K = type.dims[0].coef;
  w->N = type.rank > 1 ? type.dims[1].coef : 1;
  if (t.kind == CV_FORMAT) {
    if (ty->args.len != 2) {
      zo_diag_error(ty->loc, "a weight of format %s has two dimensions [K, N] (inputs, outputs)", t.fmt->spelled);
      return;
    }
    type.fmt = t.fmt;
    if (ok) ok &= finish_format(l, (FormatInst *)t.fmt);
    if (ok) ok &= storage_shapes(l, t.fmt, type.dims[0].coef, type.dims[1].coef, w, ty->loc);
  } else {
    type.dtype = t.dt;
    w->nstorage = 1;
    w->rank[0] = type.rank;
    for (int d = 0; d < type.rank; d++) w->shape[0][d] = type.dims[d].coef;
  }
  if (!ok || !weight_fits(l, a, &type, w)) return;
  Value *v = new_value(l, ZO_OP_WEIGHT, 0, NULL, a->loc);
  v->type = type;
  v->w = w;
  v->name = a->name;
  bind(l, a->name, tensor(v), a->loc);
}

static void lower_input(L *l, const Ast *a) {
  const Ast *ty = a->type;
  DType dt = zo_dtype_from_name(ty->name);
  if (dt == ZO_DT_NONE) {
    zo_diag_error(ty->loc, "an input is a plain tensor: '%s' is not a dtype", ty->name);
    return;
  }
  if (!ty->has_dims || ty->args.len == 0 || ty->args.len > ZO_MAX_RANK) {
    zo_diag_error(ty->loc, "input '%s' needs between 1 and %d dimensions", a->name, ZO_MAX_RANK);
    return;
  }
  Type type = {.dtype = dt, .rank = ty->args.len};
  bool ok = true;
  l->in_input = true;
  for (int d = 0; d < ty->args.len; d++) ok &= eval_dim(l, ty->args.data[d], &type.dims[d], true);
  l->in_input = false;
  if (!ok) return;
  Value *v = new_value(l, ZO_OP_INPUT, 0, NULL, a->loc);
  v->type = type;
  v->name = a->name;
  bind(l, a->name, tensor(v), a->loc);
}

static void lower_body(L *l, const AstList *body);

/* names a repeat body assigns (nested repeats included) */
typedef Vec(const char *) NameVec;
static void assigned_names(const AstList *body, NameVec *out) {
  for (int i = 0; i < body->len; i++) {
    const Ast *s = body->data[i];
    if (s->kind == AST_ASSIGN) {
      bool dup = false;
      for (int j = 0; j < out->len; j++) dup |= strcmp(out->data[j], s->name) == 0;
      if (!dup) vec_push(out, s->name);
    } else if (s->kind == AST_REPEAT) {
      assigned_names(&s->body, out);
    } else if (s->kind == AST_IF) {
      assigned_names(&s->body, out);
      assigned_names(&s->params, out);
    }
  }
}

/* The names an untaken branch would have declared or assigned (nested ones
 * included), so a use after the if says why they are missing. */
static void note_untaken(L *l, const AstList *items, Loc if_loc) {
  for (int i = 0; i < items->len; i++) {
    const Ast *s = items->data[i];
    if (s->kind == AST_ASSIGN || s->kind == AST_WEIGHT || s->kind == AST_INPUT)
      vec_push(&l->untaken, ((Untaken){s->name, s->loc, if_loc, s->kind == AST_WEIGHT}));
    else if (s->kind == AST_REPEAT)
      note_untaken(l, &s->body, if_loc);
    else if (s->kind == AST_IF) {
      note_untaken(l, &s->body, if_loc);
      note_untaken(l, &s->params, if_loc);
    }
  }
}

/* `if C { } else { }`: decided now. The taken branch is lowered in the
 * enclosing scope (what it assigns is visible after the if); the other one
 * does not exist, its weights included (they are not bound, perturbed or
 * written). */
static void lower_if(L *l, const Ast *a) {
  bool c;
  if (!truth(a->lhs, eval(l, a->lhs), "an if's condition", &c)) {
    note_untaken(l, &a->body, a->loc);   /* neither runs: uses after it are not reported twice */
    note_untaken(l, &a->params, a->loc);
    return;
  }
  note_untaken(l, c ? &a->params : &a->body, a->loc);
  lower_body(l, c ? &a->body : &a->params);
}

/* Whether an expression or the items of a body use `name` as a value (not in
 * a weight's name pattern). Bounded: the parser limits nesting. */
static bool uses_name(const Ast *a, const char *name);
static bool list_uses(const AstList *xs, const char *name) {
  for (int i = 0; i < xs->len; i++)
    if (uses_name(xs->data[i], name)) return true;
  return false;
}
static bool uses_name(const Ast *a, const char *name) {
  if (!a) return false;
  if (a->kind == AST_NAME) return strcmp(a->name, name) == 0;
  if (a->kind == AST_STR || a->kind == AST_NUM) return false;
  return uses_name(a->lhs, name) || uses_name(a->rhs, name) || uses_name(a->type, name) || list_uses(&a->args, name) ||
         list_uses(&a->kwargs, name) || list_uses(&a->body, name) || (a->kind == AST_IF && list_uses(&a->params, name));
}

static void lower_repeat_range(L *l, const Ast *a, double lo, double hi, bool known, double trips);

/* A repeat whose body uses its loop variable as a number (`if l % 2 == 0`,
 * `window = l < 4 ? 0 : 4096`) is lowered one iteration at a time, each a
 * repeat of one trip with the variable known; any other is lowered once and
 * copied by the unroll pass. */
static void lower_repeat(L *l, const Ast *a) {
  CVal lo = eval(l, a->lhs), hi = eval(l, a->rhs);
  if (lo.kind != CV_NUM || hi.kind != CV_NUM || !is_whole(lo.num) || !is_whole(hi.num)) {
    if (lo.kind != CV_NONE && hi.kind != CV_NONE)
      zo_diag_error(a->loc, "repeat bounds must be whole numbers");
    return;
  }
  if (hi.num < lo.num) {
    zo_diag_error(a->loc, "repeat %s in %.9g .. %.9g runs backwards", a->name, lo.num, hi.num);
    return;
  }
  double trips = l->trips > 0 ? l->trips : 1;
  if ((hi.num - lo.num) * trips > ZO_MAX_UNROLL) {
    zo_diag_error(a->loc, "this repeat unrolls to %.9g copies of its body in all; zoc unrolls at most %d",
                  (hi.num - lo.num) * trips, ZO_MAX_UNROLL);
    return;
  }
  for (int i = 0; i < l->loopvars.len; i++)
    if (strcmp(l->loopvars.data[i], a->name) == 0) {
      zo_diag_error(a->loc, "loop variable '%s' shadows an enclosing one", a->name);
      return;
    }
  double all = trips * (hi.num > lo.num ? hi.num - lo.num : 1);
  if (!uses_name(a->lhs, a->name) && !uses_name(a->rhs, a->name) && list_uses(&a->body, a->name))
    for (double i = lo.num; i < hi.num; i++) lower_repeat_range(l, a, i, i + 1, true, all);
  else
    lower_repeat_range(l, a, lo.num, hi.num, false, all);
}

/* The repeat `a` over [lo, hi) as one REPEAT value; `all`: the copies made
 * of its body in all, for the bound of nested repeats. */
static void lower_repeat_range(L *l, const Ast *a, double lo, double hi, bool known, double all) {
  double trips = l->trips;
  NameVec names = {0};
  assigned_names(&a->body, &names);
  Vec(const char *) carried = {0};
  Vec(Value *) init = {0};
  for (int i = 0; i < names.len; i++) {
    Binding *b = lookup(l, names.data[i]);
    if (b && b->val.kind == CV_TENSOR) {
      vec_push(&carried, names.data[i]);
      vec_push(&init, b->val.v);
    }
  }
  Value *rep = new_value(l, ZO_OP_REPEAT, init.len, init.data, a->loc);
  rep->name = a->name;
  rep->lo = (int64_t)lo;
  rep->hi = (int64_t)hi;
  rep->body = zo_block_new(l->f, rep);
  rep->body->nparams = carried.len;
  rep->body->params = zo_arena_alloc(&l->f->arena, sizeof(Value *) * (size_t)(carried.len ? carried.len : 1));
  Block *outer = l->block;
  l->block = rep->body;
  push_scope(l, rep);
  bind(l, a->name, (CVal){.kind = CV_LOOPVAR, .num = lo, .known = known}, a->loc);
  for (int i = 0; i < carried.len; i++) {
    Value *arg = zo_value_new(l->f, NULL, ZO_OP_ARG, 0, NULL, a->loc);
    arg->index = i;
    arg->name = carried.data[i];
    rep->body->params[i] = arg;
    bind(l, carried.data[i], tensor(arg), a->loc);
  }
  vec_push(&l->loopvars, a->name);
  l->trips = all;
  int untaken0 = l->untaken.len;
  lower_body(l, &a->body);
  l->untaken.len = untaken0;   /* what the body assigns is its own after the loop (unless carried: bound before) */
  l->trips = trips;
  l->loopvars.len--;
  Value **ys = zo_arena_alloc(&l->f->arena, sizeof(Value *) * (size_t)(carried.len ? carried.len : 1));
  for (int i = 0; i < carried.len; i++) {
    Binding *b = lookup_in(l->scope, carried.data[i]);
    ys[i] = b && b->val.kind == CV_TENSOR ? b->val.v : rep->body->params[i];
  }
  new_value(l, ZO_OP_YIELD, carried.len, ys, a->loc);
  pop_scope(l);
  l->block = outer;
  for (int i = 0; i < carried.len; i++) {
    Value *r = new_value(l, ZO_OP_RESULT, 1, &rep, a->loc);
    r->index = i;
    r->name = carried.data[i];
    bind(l, carried.data[i], tensor(r), a->loc);
  }
  vec_free(&names);
  vec_free(&carried);
  vec_free(&init);
}

static void lower_body(L *l, const AstList *body) {
  for (int i = 0; i < body->len; i++) {
    const Ast *s = body->data[i];
    switch (s->kind) {
    case AST_INPUT:
      if (l->loopvars.len) zo_diag_error(s->loc, "inputs are declared outside repeat blocks");
      else {
        int before = zo_diag_count();
        lower_input(l, s);
        if (zo_diag_count() != before) bind(l, s->name, POISON, s->loc);
      }
      break;
    case AST_WEIGHT: {
      int before = zo_diag_count();
      lower_weight(l, s);
      if (zo_diag_count() != before) bind(l, s->name, POISON, s->loc);
      break;
    }
    case AST_ASSIGN: {
      CVal v = lower_expr(l, s->lhs);
      if (v.kind == CV_NONE) {
        bind(l, s->name, POISON, s->loc);
        break;
      }
      if (v.kind == CV_TENSOR && !v.v->name) v.v->name = s->name;
      bind(l, s->name, v, s->loc);
      break;
    }
    case AST_OUTPUT:
      if (l->loopvars.len) {
        zo_diag_error(s->loc, "outputs are declared outside repeat blocks");
        break;
      }
      for (int j = 0; j < s->args.len; j++) {
        const Ast *n = s->args.data[j];
        CVal v = lower_expr(l, n);
        Value *t = need_tensor(n, v, "an output");
        if (t) vec_push(&l->f->outputs, t);
      }
      break;
    case AST_REPEAT: lower_repeat(l, s); break;
    case AST_IF: lower_if(l, s); break;
    case AST_ERROR: zo_diag_error(s->loc, "%s", s->name); break;
    default: zo_diag_error(s->loc, "not allowed in a model body"); break;
    }
  }
}

/* ---- recipes */
static const RecipeSetting settings[] = {
  {"eps", 1e-3, "perturbation size ε"},
  {"lr", 1e-7, "learning rate η"},
  {"clip", 100, "DDC: clip the directional derivative to [-clip, clip]; 0 = no clipping"},
  {"batch", 16, "examples per step"},
  {"steps", 20000, "training steps"},
  {"queries", 1, "perturbations per step, averaged"},
  {"scale_min", 0, "scales are kept >= scale_min after each update"},
  {"weight_decay", 0, "weight decay (not on norms or biases)"},
  {"warmup", 0, "warm-up steps"},
  {"schedule", 0, "learning-rate schedule: constant, linear or cosine"},
  {"eval_every", 500, "steps between evaluations"},
  {"seed", 0, "run seed"},
  {"momentum", 0, "momentum on the projected gradient"},
  {"forward", 0, "precision of the matmuls of formatted weights: default, fp8 or int8 (docs/lowprec.md)"},
  {"forward_rounding", 0, "rounding of a low-precision forward's operands: nearest or stochastic"},
  {"update_rounding", 0, "rounding of an update into a trained tensor's dtype: nearest or stochastic"},
  {"masters", 0, "the update's source: f32 (a master copy per trained tensor) or none (the tensor itself)"},
};

/* Settings whose values are names; the value is the name's index. */
static const struct {
  const char *name;
  const char *values[4];
} enum_settings[] = {
  {"schedule", {"constant", "linear", "cosine"}},
  {"forward", {"default", "fp8", "int8"}},
  {"forward_rounding", {"nearest", "stochastic"}},
  {"update_rounding", {"nearest", "stochastic"}},
  {"masters", {"f32", "none"}},
};

int zo_recipe_setting_enum(const char *name, const char *value, const char *const **names) {
  for (size_t i = 0; i < ZO_COUNT(enum_settings); i++) {
    if (strcmp(enum_settings[i].name, name) != 0) continue;
    if (names) *names = enum_settings[i].values;
    if (!value) return -1;
    for (int k = 0; k < 4 && enum_settings[i].values[k]; k++)
      if (strcmp(enum_settings[i].values[k], value) == 0) return k;
    return -1;
  }
  if (names) *names = NULL;
  return -1;
}

const char *zo_recipe_setting_names_of(const char *name, char *buf, size_t n) {
  const char *const *v;
  zo_recipe_setting_enum(name, NULL, &v);
  buf[0] = 0;
  if (!v) return buf;
  int c = 0;
  while (c < 4 && v[c]) c++;
  size_t off = 0;
  for (int k = 0; k < c && off < n; k++)
    off += (size_t)snprintf(buf + off, n - off, "%s%s", k == 0 ? "" : k == c - 1 ? " or " : ", ", v[k]);
  return buf;
}


const RecipeSetting *zo_recipe_settings(int *n) {
  *n = (int)ZO_COUNT(settings);
  return settings;
}

/* Training uses these settings in f32 (the kernels' eps·z, the update's lr
 * and lr·wd, the clipped d, the scale clamp): a value that is fine in double
 * but 0 or Inf in f32 would silently train nothing, or give NaN. */
const char *zo_recipe_setting_problem(const char *name, double v, char *buf, size_t n) {
  float f = (float)v;
  bool eps = !strcmp(name, "eps"), lr = !strcmp(name, "lr"), wd = !strcmp(name, "weight_decay"),
       clip = !strcmp(name, "clip"), smin = !strcmp(name, "scale_min");
  if (!eps && !lr && !wd && !clip && !smin) return NULL;
  if (!isfinite(v)) snprintf(buf, n, "%s = %.9g is not a finite number", name, v);
  else if (eps && !(v > 0)) snprintf(buf, n, "eps = %.9g: it must be > 0", v);
  else if (!smin && !eps && v < 0) snprintf(buf, n, "%s = %.9g: it must be >= 0%s", name, v, clip ? " (0: no clipping)" : "");
  else if (!clip && !isfinite(f))
    snprintf(buf, n, "%s = %.9g is Inf in f32, the precision training uses it in (the largest f32 is %.9g)", name, v,
             (double)FLT_MAX);
  else if (eps && f < FLT_MIN)
    snprintf(buf, n, "eps = %.9g is %s in f32, the precision of the perturbation eps·z: it must be at least %.9g", v,
             f == 0 ? "0" : "subnormal", (double)FLT_MIN);
  else if ((lr || wd || clip) && v > 0 && f == 0)
    snprintf(buf, n, "%s = %.9g is 0 in f32, the precision training uses it in: %s (0 says that; the smallest f32 "
             "above it is %.9g)", name, v, clip ? "every d would be clipped to 0" : "no update would move a value",
             (double)nextafterf(0, 1));
  else return NULL;
  return buf;
}


typedef Vec(const Value *) ValueVec;
static void collect_weight_names(Block *b, ValueVec *out) {
  for (int i = 0; i < b->vals.len; i++) {
    Value *v = b->vals.data[i];
    if (v->op == ZO_OP_WEIGHT) vec_push(out, v);
    if (v->body) collect_weight_names(v->body, out);
  }
}

/* `target NAME = VALUE`: a device option (codegen/target.h's table, the
 * same as --target NAME=VALUE) as "NAME=VALUE", or NULL after a message. A
 * value is a name (matmul = wgmma) or a whole number (overlap = 0). */
static const char *recipe_target(L *l, const Recipe *r, const Ast *it) {
  const char *val = NULL;
  char num[32];
  if (it->lhs->kind == AST_NAME) val = it->lhs->name;
  else {
    CVal v = eval(l, it->lhs);
    if (v.kind != CV_NUM) {
      if (v.kind != CV_NONE) zo_diag_error(it->lhs->loc, "target %s takes a name or a whole number", it->name);
      return NULL;
    }
    if (!(v.num == floor(v.num) && fabs(v.num) < 1e15)) {
      zo_diag_error(it->lhs->loc, "target %s takes a name or a whole number, not %.9g", it->name, v.num);
      return NULL;
    }
    snprintf(num, sizeof num, "%lld", (long long)v.num);
    val = num;
  }
  const char *arg = zo_arena_printf(&l->f->arena, "%s=%s", it->name, val);
  ZoTarget scratch;
  zo_target_init(&scratch);
  StrBuf err = {0};
  if (zo_target_set_from(&scratch, arg, ZO_FROM_RECIPE, &err) != 0) {
    zo_diag_error(it->loc, "%s", err.buf);
    zo_sb_free(&err);
    return NULL;
  }
  for (int q = 0; q < r->ntargets; q++)
    if (strncmp(r->target[q], arg, strlen(it->name) + 1) == 0) {
      zo_diag_error(it->loc, "target %s is given twice", it->name);
      return NULL;
    }
  return arg;
}

static Recipe *lower_recipe(L *l, const Ast *rd) {
  Func *f = l->f;
  if (strcmp(rd->target, f->name) != 0) {
    zo_diag_error(rd->loc, "recipe '%s' is for model '%s', not '%s'", rd->name, rd->target, f->name);
    return NULL;
  }
  Recipe *r = zo_arena_alloc(&f->arena, sizeof *r);
  r->name = rd->name;
  r->decl = rd;
  int np = 0, ns = 0;
  for (int i = 0; i < rd->body.len; i++) {
    if (rd->body.data[i]->kind == AST_PERTURB) np += rd->body.data[i]->args.len;
    else ns++;
  }
  r->target = zo_arena_alloc(&f->arena, sizeof(char *) * (size_t)(ns + 1));
  r->perturb = zo_arena_alloc(&f->arena, sizeof(char *) * (size_t)(np + 1));
  r->perturb_loc = zo_arena_alloc(&f->arena, sizeof(Loc) * (size_t)(np + 1));
  /* room for every known setting: zo_recipe_set adds what the command line sets */
  r->capsettings = ns + (int)ZO_COUNT(settings) + 1;
  r->setting = zo_arena_alloc(&f->arena, sizeof(char *) * (size_t)r->capsettings);
  r->value = zo_arena_alloc(&f->arena, sizeof(double) * (size_t)r->capsettings);
  ValueVec weights = {0};
  collect_weight_names(f->body, &weights);
  bool ok = true;
  for (int i = 0; i < rd->body.len; i++) {
    const Ast *it = rd->body.data[i];
    if (it->kind == AST_PERTURB) {
      for (int j = 0; j < it->args.len; j++) {
        const Ast *n = it->args.data[j];
        /* a role, a storage name of a format, a weight (in a branch these parameters
           take or not: zomark says which), or all */
        bool known = strcmp(n->name, "all") == 0 || zo_role_lookup(n->name) != ZO_ROLE_COUNT ||
                     zo_model_find_weight(f->decl, n->name, NULL) || zo_program_has_storage(l->prog, n->name);
        Vec(const char *) cands = {0};
        vec_push(&cands, "all");
        for (int k = 1; k < ZO_ROLE_COUNT; k++) vec_push(&cands, zo_role_name((Role)k));
        for (int k = 0; k < weights.len; k++) {
          const Value *w = weights.data[k];
          known |= strcmp(w->name, n->name) == 0;
          vec_push(&cands, w->name);
          if (w->type.fmt)
            for (int s = 0; s < w->type.fmt->nstorage; s++) {
              known |= strcmp(w->type.fmt->storage[s].name, n->name) == 0;
              vec_push(&cands, w->type.fmt->storage[s].name);
            }
        }
        if (!known) {
          zo_diag_error(n->loc, "recipe '%s' perturbs '%s', which is not a role, a storage tensor or a weight of model '%s'",
                        rd->name, n->name, f->name);
          suggest(n->loc, n->name, cands.data, cands.len);
          ok = false;
        }
        vec_free(&cands);
        r->perturb_loc[r->nperturb] = n->loc;
        r->perturb[r->nperturb++] = n->name;
      }
    } else if (it->kind == AST_TARGET) {
      const char *t = recipe_target(l, r, it);
      if (t) r->target[r->ntargets++] = t;
      else ok = false;
    } else if (it->kind == AST_SETTING) {
      int k = 0;
      while (k < (int)ZO_COUNT(settings) && strcmp(settings[k].name, it->name) != 0) k++;
      if (k == (int)ZO_COUNT(settings)) {
        zo_diag_error(it->loc, "unknown recipe setting '%s'", it->name);
        const char *names[ZO_COUNT(settings)];
        for (size_t s = 0; s < ZO_COUNT(settings); s++) names[s] = settings[s].name;
        suggest(it->loc, it->name, names, (int)ZO_COUNT(settings));
        ok = false;
        continue;
      }
      double val = 0;
      const char *const *enames;
      zo_recipe_setting_enum(it->name, NULL, &enames);
      if (enames) {
        int s = it->lhs->kind == AST_NAME ? zo_recipe_setting_enum(it->name, it->lhs->name, NULL) : -1;
        if (s < 0) {
          char nb[160];
          zo_diag_error(it->lhs->loc, "%s is %s", it->name, zo_recipe_setting_names_of(it->name, nb, sizeof nb));
          ok = false;
          continue;
        }
        val = s;
      } else {
        CVal v = eval(l, it->lhs);
        if (v.kind != CV_NUM) {
          if (v.kind != CV_NONE) zo_diag_error(it->lhs->loc, "setting '%s' must be a number", it->name);
          ok = false;
          continue;
        }
        val = v.num;
      }
      char why[300];
      if (zo_recipe_setting_problem(it->name, val, why, sizeof why)) {
        zo_diag_error(it->lhs->loc, "%s", why);
        ok = false;
        continue;
      }
      for (int q = 0; q < r->nsettings; q++)
        if (strcmp(r->setting[q], it->name) == 0) {
          zo_diag_error(it->loc, "setting '%s' is given twice", it->name);
          ok = false;
        }
      r->setting[r->nsettings] = it->name;
      r->value[r->nsettings++] = val;
    }
  }
  vec_free(&weights);
  return ok ? r : NULL;
}

/* ---- declarations: duplicates are errors */
bool zo_check_duplicates(const Program *p) {
  DeclIndex *x = (DeclIndex *)decl_index(p);
  if (x->dups_reported) return x->dups_ok;
  x->dups_reported = true;
  x->dups_ok = true;
  for (int i = 0; i < p->decls.len; i++) {   /* in file order, as a reader meets them */
    const Ast *a = p->decls.data[i];
    if (kind_slot(a->kind) < 0 || !a->name) continue;
    const Ast *first = find_decl(p, a->kind, a->name);
    if (first == a) continue;
    zo_diag_error(a->loc, "%s '%s' is defined twice", zo_ast_kind_name(a->kind), a->name);
    zo_diag_note(first->loc, "the first definition is here");
    x->dups_ok = false;
  }
  return x->dups_ok;
}

/* A string parameter (`act = "silu" from "hidden_act"`): its -D value is the
 * text as given, not parsed (`-D rope_type=llama3`, `-D act=gelu_pytorch_tanh`). */
static bool is_string_param(const Ast *md, const char *name) {
  for (int i = 0; i < md->params.len; i++) {
    const Ast *pa = md->params.data[i];
    if (strcmp(pa->name, name) == 0) return pa->lhs && pa->lhs->kind == AST_STR;
  }
  return false;
}

static Ast *define_string(Program *p, const char *where, const char *text) {
  SrcFile *f = zo_arena_alloc(&p->arena, sizeof *f);
  f->path = zo_arena_strdup(&p->arena, where);
  Ast *s = zo_ast_new(p, AST_STR, (Loc){f, 0, 0});
  s->name = zo_arena_strdup(&p->arena, text);
  return s;
}

Func *zo_lower(Program *p, const char *model, const Define *defs, int ndefs, const char *recipe) {
  int errors0 = zo_diag_count();
  if (!zo_check_duplicates(p)) return NULL;
  const Ast *md = NULL;
  const char *models[1] = {NULL};
  int nmodels = zo_program_models(p, models, 1);   /* O(1): this runs once per model of `zoc check` */
  const SrcFile *first = p->files.len ? p->files.data[0] : NULL;
  Loc floc = {first, 0, 0};
  if (model) {
    md = find_decl(p, AST_MODEL, model);
    if (!md) {
      zo_diag_error(floc, "no model '%s'", model);
      suggest_decl(p, floc, AST_MODEL, model);
      return NULL;
    }
  } else if (nmodels == 1) {
    md = find_decl(p, AST_MODEL, models[0]);
  } else {
    if (nmodels == 0) zo_diag_error(floc, "no model is defined");
    else {
      const char *some[8];
      int n = zo_program_models(p, some, 8);
      StrBuf sb = {0};
      for (int i = 0; i < n && i < 8; i++) zo_sb_printf(&sb, "%s%s", i ? ", " : "", some[i]);
      if (n > 8) zo_sb_printf(&sb, " and %d more", n - 8);
      zo_diag_error(floc, "there are %d models (%s): choose one with --model", nmodels, sb.buf);
      zo_sb_free(&sb);
    }
    return NULL;
  }
  const Ast *rd = NULL;
  if (recipe) {
    rd = find_decl(p, AST_RECIPE, recipe);
    if (!rd) {
      zo_diag_error(floc, "no recipe '%s'", recipe);
      suggest_decl(p, floc, AST_RECIPE, recipe);
      return NULL;
    }
  }

  Func *f = zo_func_new(md->name);
  f->decl = md;
  L l = {.prog = p, .f = f, .block = f->body};
  push_scope(&l, NULL);

  /* -D overrides: each names a parameter, or a symbol (planning size) */
  Ast **dvals = zo_xcalloc((size_t)ndefs + 1, sizeof(Ast *));
  bool *dused = zo_xcalloc((size_t)ndefs + 1, sizeof(bool));
  for (int i = 0; i < ndefs; i++) {
    char where[256];
    snprintf(where, sizeof where, "-D %s", defs[i].name);
    dvals[i] = is_string_param(md, defs[i].name) ? define_string(p, where, defs[i].value)
                                                 : zo_parse_define_value(p, where, defs[i].value);
  }
  l.defs = defs;
  l.dvals = dvals;
  l.ndefs = ndefs;
  f->nparams = md->params.len;
  f->pname = zo_arena_alloc(&f->arena, sizeof(char *) * (size_t)(f->nparams + 1));
  f->pvalue = zo_arena_alloc(&f->arena, sizeof(char *) * (size_t)(f->nparams + 1));
  for (int i = 0; i < md->params.len; i++) {
    const Ast *pa = md->params.data[i];
    const Ast *src = pa->lhs;
    for (int j = 0; j < ndefs; j++)
      if (strcmp(defs[j].name, pa->name) == 0) {
        src = dvals[j];
        dused[j] = true;
      }
    CVal v = src ? eval(&l, src) : NONE;
    if (v.kind == CV_TENSOR || v.kind == CV_DIM) {
      zo_diag_error(src->loc, "parameter '%s' must be a number, a dtype or a format", pa->name);
      v = NONE;
    }
    bind(&l, pa->name, v, pa->loc);
    f->pname[i] = pa->name;
    switch (v.kind) {
    case CV_NUM: f->pvalue[i] = zo_arena_printf(&f->arena, "%.9g", v.num); break;
    case CV_DTYPE: f->pvalue[i] = zo_dtype_name(v.dt); break;
    case CV_FORMAT: f->pvalue[i] = v.fmt->spelled; break;
    case CV_STR: f->pvalue[i] = zo_arena_printf(&f->arena, "%s", v.str); break;
    default: f->pvalue[i] = "?";
    }
  }

  lower_body(&l, &md->body);
  if (f->outputs.len == 0 && zo_diag_count() == errors0)
    zo_diag_error(md->loc, "model '%s' has no output (add `output NAME`)", md->name);

  /* defines that named no parameter: a symbol's planning size, or a mistake */
  for (int i = 0; i < ndefs; i++) {
    if (dused[i] || !dvals[i]) continue;
    int s = 0;
    while (s < f->nsyms && strcmp(f->sym[s], defs[i].name) != 0) s++;
    if (s < f->nsyms) {
      if (dvals[i]->kind == AST_NUM && is_whole(dvals[i]->num) && dvals[i]->num >= 1)
        f->sym_default[s] = (int64_t)dvals[i]->num;
      else
        zo_diag_error(dvals[i]->loc, "-D %s: the size of symbol '%s' must be a positive whole number", defs[i].name, defs[i].name);
      continue;
    }
    zo_diag_error(md->loc, "-D %s: model '%s' has no parameter or symbol '%s'", defs[i].name, md->name, defs[i].name);
    const char *names[64];
    int n = 0;
    for (int j = 0; j < md->params.len && n < 60; j++) names[n++] = md->params.data[j]->name;
    for (int j = 0; j < f->nsyms; j++) names[n++] = f->sym[j];
    suggest(md->loc, defs[i].name, names, n);
  }
  free(dvals);
  free(dused);

  if (rd && zo_diag_count() == errors0) f->recipe = lower_recipe(&l, rd);
  pop_scope(&l);
  vec_free(&l.loopvars);
  vec_free(&l.insts);
  vec_free(&l.untaken);
  f->last_pass = "resolve";
  if (zo_diag_count() != errors0) {
    zo_func_free(f);
    return NULL;
  }
  return f;
}

/* Every format with its default arguments: storages, tables and the dequant
 * expression resolve (what `zoc check` does for formats no model uses). */
int zo_check_formats(Program *p) {
  int errors0 = zo_diag_count();
  Func *f = zo_func_new("formats");
  L l = {.prog = p, .f = f, .block = f->body};
  push_scope(&l, NULL);
  for (int i = 0; i < p->decls.len; i++) {
    const Ast *d = p->decls.data[i];
    if (d->kind != AST_FORMAT) continue;
    l.insts.len = 0;   /* each declaration spells its own instance: sharing by a scan would make n formats O(n^2) */
    const FormatInst *fi = instantiate(&l, d, NULL, d->loc);
    if (fi) finish_format(&l, (FormatInst *)fi);
  }
  pop_scope(&l);
  vec_free(&l.insts);
  zo_func_free(f);
  return zo_diag_count() - errors0;
}
