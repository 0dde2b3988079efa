/* ops.h — every op of the IR, defined once.
 *
 * One X-macro row gives the enum member, the spelling (in .zo source and in IR
 * dumps), how many tensor operands it takes (-1: structural, any number), the
 * attributes that follow the tensor operands (name=default; no default means
 * required; positional after the tensors or by name; "?name=default": an
 * attribute added later, printed in IR dumps only when set, so that dumps of
 * models that do not use it stay as they were), and its properties.
 * The enum, the name table, the attribute table and the property table all come
 * from this list; ZO_OP_COUNT is asserted next to each table. The flags give
 * rules too: an elementwise op (ZO_OPF_EW) needs no shape rule (passes/infer.c
 * derives it from the tensor count), and no op a kernel kind of its own
 * (codegen/kplan.h: one that runs alone is KK_SINGLE). Adding an op, file by
 * file in order: docs/adding-an-op.md.
 */
#ifndef ZOC_OPS_H
#define ZOC_OPS_H

/* properties */
#define ZO_OPF_LEAF 1u         /* no tensor operands: input, weight */
#define ZO_OPF_EW 2u           /* elementwise: may join an elementwise chain */
#define ZO_OPF_STRUCT 4u       /* control structure (repeat, arg, result, yield) */
#define ZO_OPF_CALLABLE 8u     /* may be called by name in a .zo model */
#define ZO_OPF_VIEW 16u        /* moves data only (no arithmetic) */

/*  enum          spelling        tensors  attributes                       properties */
#define ZO_OPS(X)                                                                           \
  X(INPUT,        "input",        0, "",                                   ZO_OPF_LEAF)    \
  X(WEIGHT,       "weight",       0, "",                                   ZO_OPF_LEAF)    \
  X(EMBEDDING,    "embedding",    2, "",                                   ZO_OPF_CALLABLE) \
  X(POSITIONS,    "positions",    1, "offset=0",                           ZO_OPF_CALLABLE) \
  X(MATMUL,       "matmul",       2, "",                                   ZO_OPF_CALLABLE) \
  X(ADD,          "add",          2, "",                                   ZO_OPF_CALLABLE | ZO_OPF_EW) \
  X(SUB,          "sub",          2, "",                                   ZO_OPF_CALLABLE | ZO_OPF_EW) \
  X(MUL,          "mul",          2, "",                                   ZO_OPF_CALLABLE | ZO_OPF_EW) \
  X(SCALE,        "scale",        1, "by",                                 ZO_OPF_CALLABLE | ZO_OPF_EW) \
  X(SHIFT,        "shift",        1, "by",                                 ZO_OPF_CALLABLE | ZO_OPF_EW) \
  X(SILU,         "silu",         1, "",                                   ZO_OPF_CALLABLE | ZO_OPF_EW) \
  X(GELU,         "gelu",         1, "",                                   ZO_OPF_CALLABLE | ZO_OPF_EW) \
  X(GELU_TANH,    "gelu_tanh",    1, "",                                   ZO_OPF_CALLABLE | ZO_OPF_EW) \
  X(RELU,         "relu",         1, "",                                   ZO_OPF_CALLABLE | ZO_OPF_EW) \
  X(TANH,         "tanh",         1, "",                                   ZO_OPF_CALLABLE | ZO_OPF_EW) \
  X(RMS_NORM,     "rms_norm",     2, "eps=1e-5",                           ZO_OPF_CALLABLE) \
  X(LAYER_NORM,   "layer_norm",   3, "eps=1e-5",                           ZO_OPF_CALLABLE) \
  X(ROPE,         "rope",         1, "heads,theta=10000,?rotary_dim=0,?factor=1,?low_freq_factor=0,?high_freq_factor=0,?original_max=0", ZO_OPF_CALLABLE) \
  X(ATTENTION,    "attention",    3, "heads,kv_heads=0,causal=1,?scale=0,?softcap=0,?window=0", ZO_OPF_CALLABLE) \
  X(SOFTMAX,      "softmax",      1, "",                                   ZO_OPF_CALLABLE) \
  X(TRANSPOSE,    "transpose",    1, "",                                   ZO_OPF_CALLABLE | ZO_OPF_VIEW) \
  X(SLICE,        "slice",        1, "begin,end,?period=0",                ZO_OPF_CALLABLE | ZO_OPF_VIEW) \
  X(CROSS_ENTROPY,"cross_entropy",2, "",                                   ZO_OPF_CALLABLE) \
  X(REPEAT,       "repeat",      -1, "",                                   ZO_OPF_STRUCT)  \
  X(ARG,          "arg",          0, "",                                   ZO_OPF_STRUCT)  \
  X(RESULT,       "result",       1, "",                                   ZO_OPF_STRUCT)  \
  X(YIELD,        "yield",       -1, "",                                   ZO_OPF_STRUCT)

typedef enum Op {
#define X(e, s, n, a, f) ZO_OP_##e,
  ZO_OPS(X)
#undef X
  ZO_OP_COUNT
} Op;

#define ZO_MAX_ATTRS 8

typedef struct OpInfo {
  const char *name;
  int ntensors;                 /* -1: structural */
  int nattrs;
  const char *attr[ZO_MAX_ATTRS];
  double attr_default[ZO_MAX_ATTRS];
  int attr_required[ZO_MAX_ATTRS];
  int attr_quiet[ZO_MAX_ATTRS];  /* "?name=default": IR dumps show it only when not its default */
  unsigned flags;
} OpInfo;

const OpInfo *zo_op_info(Op op);
const char *zo_op_name(Op op);
/* The op called `name` in a .zo model; ZO_OP_COUNT if none. */
Op zo_op_lookup(const char *name);
/* Names of all callable ops (for "did you mean" suggestions). */
int zo_op_callable_names(const char **names, int max);

#endif
