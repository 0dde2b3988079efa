/* ir.h — the zoc IR: a model as a graph of SSA values in blocks.
 *
 * A Func is one model with its parameters fixed: an ordered Block of Values,
 * each the result of one op (ops.h) on earlier values. Dimensions are
 * monomials over the model's symbols (B, T): coef · B^i · T^j, so shapes stay
 * exact for any batch and sequence length and the memory plan can be evaluated
 * for given sizes. `repeat` is a value with a body block whose parameters are
 * the loop-carried values (like a for loop with iteration arguments); the
 * unroll pass expands it.
 *
 * Quantization formats are types: a weight's type names a FormatInst (a format
 * with its arguments fixed) and the weight's logical shape [K, N]; the format's
 * storage tensors and its dequant expression (a ScalarExpr tree over the
 * logical indices k, n) are data the passes and the code generators read. So a
 * new format needs no C code.
 *
 * Everything is allocated in the Func's arena and freed with it.
 */
#ifndef ZOC_IR_H
#define ZOC_IR_H

#include <stdint.h>
#include <stdio.h>

#include "ir/dtype.h"
#include "ir/ops.h"
#include "support/support.h"

/* ---- dimensions: coef · Π sym[i]^exp[i] */
#define ZO_MAX_SYMS 4
#define ZO_MAX_RANK 6

typedef struct Dim {
  int64_t coef;
  int8_t exp[ZO_MAX_SYMS];
} Dim;

Dim zo_dim_const(int64_t c);
Dim zo_dim_sym(int sym);
bool zo_dim_eq(Dim a, Dim b);
bool zo_dim_is_const(Dim d);
/* a·b; false on int64 overflow */
bool zo_dim_mul(Dim a, Dim b, Dim *out);
/* a/b when exact (coef divisible, exponents suffice); false otherwise */
bool zo_dim_div(Dim a, Dim b, Dim *out);
/* value with the symbols set to vals; -1 on overflow */
int64_t zo_dim_eval(Dim d, const int64_t *vals);
/* "4096", "B*T", "3*B*T^2" (syms: the symbol names) */
void zo_dim_print(StrBuf *sb, Dim d, const char *const *syms);

/* ---- scalar expressions: a format's dequant, over the logical indices */
typedef enum SxKind {
  SX_NUM,     /* num (is_int: an integer constant) */
  SX_VAR,     /* `var`: 0 = k, 1 = n (the indices), 2 = K, 3 = N (the weight's logical shape) */
  SX_PARAM,   /* never after lowering: format params are folded to SX_NUM */
  SX_LOAD,    /* storage[idx...]: storage index `ref`, idx in kids */
  SX_BITS,    /* bits(storage[..*..], off, width): kids = idx (one is NULL: the stream
                 axis), then off, width; ref = storage, axis = stream axis */
  SX_TABLE,   /* const table lookup: ref = table index, kids[0] = index */
  SX_ADD, SX_SUB, SX_MUL, SX_DIV, SX_MOD, SX_AND, SX_OR, SX_SHL, SX_SHR, SX_NEG,
  SX_EXP2,    /* exp2(kids[0]): 2^e of an integer e, a float exactly as f32 holds it
                 (0 below 2^-149, inf past 2^127): MX's E8M0 scales */
} SxKind;

typedef struct Sx Sx;
struct Sx {
  SxKind kind;
  int is_int;        /* result is an integer (index arithmetic, bit fields) */
  double num;
  int var, ref, axis;
  int nkids;
  Sx **kids;
  Loc loc;
};

/* ---- formats */
typedef enum Role {
  ZO_ROLE_NONE, ZO_ROLE_SCALE, ZO_ROLE_ZERO, ZO_ROLE_CODES, ZO_ROLE_CODEBOOK,
  ZO_ROLE_INDEX, ZO_ROLE_WEIGHT, ZO_ROLE_COUNT
} Role;
const char *zo_role_name(Role r);
Role zo_role_lookup(const char *name);   /* ZO_ROLE_COUNT if unknown */

typedef struct FormatStorage {
  const char *name;
  DType dtype;
  Role role;
  int rank;                              /* 0: one value per weight */
  const struct Ast *dims[ZO_MAX_RANK];   /* over K, N and the format's params */
  /* a value kept in a checkpoint's metadata, not a tensor of its own: key
     meta_key of the JSON object that tensor "<weight>.<meta_tensor>" holds as
     UTF-8 bytes (bitsandbytes' quant_state); NULL for a plain storage */
  const char *meta_tensor, *meta_key;
} FormatStorage;

typedef struct FormatTable {
  const char *name;
  DType dtype;
  int len;
  double *vals;
} FormatTable;

#define ZO_MAX_STORAGE 8
#define ZO_MAX_FPARAMS 8

/* A format with its arguments fixed: `gptq(bits = 4, G = 128)`. */
typedef struct FormatInst {
  const char *name;               /* the format's name */
  const struct Ast *decl;
  int nparams;
  const char *pname[ZO_MAX_FPARAMS];
  double pval[ZO_MAX_FPARAMS];
  int nstorage;
  FormatStorage storage[ZO_MAX_STORAGE];
  int ntables;
  FormatTable table[ZO_MAX_STORAGE];
  Sx *dequant;                    /* over k (var 0) and n (var 1) */
  const char *spelled;            /* "gptq(bits=4, G=128)" for printing */
} FormatInst;

/* ---- types */
typedef struct Type {
  DType dtype;              /* element type; NONE for a formatted weight */
  const FormatInst *fmt;    /* a quantized/formatted weight: logical [K, N] */
  int rank;                 /* -1: not inferred yet */
  Dim dims[ZO_MAX_RANK];
} Type;

/* ---- a weight: what the checkpoint must hold */
typedef struct Weight {
  const char *pattern;
  int64_t K, N;             /* logical shape of a formatted weight (the dequant's K and N) */      /* "model.layers.{l}.mlp.up_proj" (after unrolling: l substituted) */
  /* per storage of a formatted weight (or one entry for a plain tensor): */
  int nstorage;
  int64_t shape[ZO_MAX_STORAGE][ZO_MAX_RANK];
  int rank[ZO_MAX_STORAGE];
  /* ZO marking: which storages are perturbed and their RNG stream ids */
  bool perturbed[ZO_MAX_STORAGE];
  int stream[ZO_MAX_STORAGE];
  /* runtime: the bound checkpoint data of each storage (runtime/weights.c);
     NULL until bound. Plain tensors: data[0] in the weight's dtype. */
  const void *data[ZO_MAX_STORAGE];
} Weight;

typedef struct Block Block;
typedef struct Value Value;

struct Value {
  Op op;
  int id;                   /* printing number; zo_func_renumber assigns */
  Type type;
  int narg;
  Value **arg;
  double attr[ZO_MAX_ATTRS];
  const char *name;         /* input name, loop variable, or the source variable it was bound to */
  Weight *w;                /* WEIGHT */
  Block *body;              /* REPEAT */
  int64_t lo, hi;           /* REPEAT bounds */
  int index;                /* ARG / RESULT: position */
  Loc loc;
  /* annotations of later passes */
  int group;                /* fusion group (kernel) id; -1: none */
  int group_root;           /* this value is its group's output */
  int buffer;               /* memory plan: buffer index; -1: not materialized */
  int uses;                 /* use count (zo_func_count_uses) */
  int live_end;             /* memory plan: index of the last use */
  Value *repl;              /* scratch for passes that rewrite values (cleared after) */
};

struct Block {
  Vec(Value *) vals;        /* in order; a nested block ends with a YIELD */
  int nparams;
  Value **params;           /* ARG values (loop-carried) */
  Value *owner;             /* the REPEAT owning this block; NULL for the top level */
};

typedef struct Recipe Recipe;

/* One buffer of the memory plan. */
typedef struct Buffer {
  Dim bytes;                /* size, symbolic in B, T */
  int64_t size;             /* at the plan's symbol values */
  int64_t offset;           /* in the activation arena */
  int first, last;          /* live range (value positions) */
  const Value *value;
} Buffer;

typedef struct MemPlan {
  int nbuffers;
  Buffer *buffers;
  int64_t sym_vals[ZO_MAX_SYMS];
  int64_t arena_bytes;      /* size of the one activation allocation */
  int64_t peak_live_bytes;  /* max over time of live bytes: a lower bound on arena_bytes */
  int64_t weight_bytes;     /* checkpoint bytes the weights occupy */
  bool without_output;      /* planned without the first output (zo_memplan) */
  uint64_t hints_key;       /* the backend's hints it was planned with (zo_memplan_hints; 0: none) */
} MemPlan;

/* A backend's word on how it stores a value (zo_memplan_hints): elem_bytes
 * bytes an element (the CUDA backend's f16 copies of f32 values), or 0:
 * never stored (a product its kernel keeps in registers); made_by, when not
 * NULL, an earlier value whose kernel stores it (the CUDA backend's rope in
 * its matmul's epilogue), so its buffer lives from that kernel on. */
typedef struct MemHint {
  const struct Value *v;
  int elem_bytes;
  const struct Value *made_by;
} MemHint;

typedef struct Func {
  Arena arena;
  const char *name;
  const struct Ast *decl;
  int nparams;
  const char **pname;       /* model parameters, as evaluated (for the dump header) */
  const char **pvalue;
  int nsyms;
  const char *sym[ZO_MAX_SYMS];
  int64_t sym_default[ZO_MAX_SYMS];   /* sizes the plan uses when not told: -D B=16 */
  Block *body;
  Vec(Value *) outputs;
  Recipe *recipe;           /* NULL when none was asked for */
  MemPlan plan;
  int nstreams;             /* ZO marking: number of perturbed tensors */
  int ngroups;              /* fusion: kernel count */
  const char *last_pass;    /* for the dump header */
  bool typed;               /* infer has run: every value has a type */
} Func;

/* The training recipe, resolved against a model. */
struct Recipe {
  const char *name;
  const struct Ast *decl;
  int nperturb;
  const char **perturb;     /* role names, storage names, weight names or "all" */
  Loc *perturb_loc;
  int nsettings, capsettings;
  const char **setting;
  double *value;
  int ntargets;
  const char **target;      /* `target NAME = VALUE` items as "NAME=VALUE" (codegen/target.h; checked) */
  bool defaults_only;       /* `zoc check`: compiled with the defaults, not a run's parameters, so a
                               perturbed name they do not produce is a note (zomark) */
};
double zo_recipe_get(const Recipe *r, const char *name, double dflt);
/* Gives setting `name` (a static string) the value, replacing the recipe's
   (the command line's --set of a setting the backends read at open). */
void zo_recipe_set(Recipe *r, const char *name, double value);

/* ---- building */
Func *zo_func_new(const char *name);
void zo_func_free(Func *f);
Block *zo_block_new(Func *f, Value *owner);
Value *zo_value_new(Func *f, Block *b, Op op, int narg, Value **args, Loc loc);
/* Shape helpers for typed values (after inference every product of a value's
 * dims is representable): dims [from, to) multiplied, all of them, all but
 * the last (the rows of a [rows, N] view), the last (1 for a scalar). */
Dim zo_value_dims(const Value *v, int from, int to);
Dim zo_value_numel(const Value *v);
Dim zo_value_rows(const Value *v);
Dim zo_value_last_dim(const Value *v);
/* a weight with any storage perturbed by the recipe */
bool zo_weight_perturbed(const Value *w);
void zo_func_renumber(Func *f);
void zo_func_count_uses(Func *f);
/* Calls fn on every value (nested blocks included), in order. */
void zo_func_walk(Func *f, void (*fn)(Value *, void *), void *ctx);

/* ---- printing: deterministic text, same input → same bytes */
void zo_ir_print(FILE *out, Func *f);
void zo_type_print(StrBuf *sb, const Type *t, const Func *f);
void zo_sx_print(StrBuf *sb, const Sx *e, const FormatInst *fmt);

/* ---- the verifier: internal consistency after every pass (a failure is a bug in zoc) */
void zo_ir_verify(Func *f, const char *after_pass);

/* ---- a format's dequant, interpreted: the plain reference every compiled
 * dequant is checked against. data[i] points at storage i (its declared dtype,
 * row-major with the weight's shape[i]); tables come from the format. Returns
 * the dequantized W[k, n]. delta (may be NULL) is added to storage elements:
 * delta[i] NULL or a float array over storage i (a perturbation, explicitly). */
double zo_sx_eval(const Sx *e, const FormatInst *fmt, const Weight *w, const void *const *data,
                  const float *const *delta, int64_t k, int64_t n);

#endif
