/* llvm/internal.h — what the files of the LLVM code generator share:
 *
 *  llvm/emit.c     small IR-building helpers: constants, argument slots,
 *                  loops, ifs, variables, loads of every dtype (f16, bf16 and
 *                  f8e4m3 converted to f32 in IR), vectors, math, reductions,
 *                  the RNG call
 *  llvm/sx.c       a format's dequant expression (Sx) compiled to vector IR
 *  llvm/plan.c     the kernel plan's groups (kplan.h) → LLVM kernel plans:
 *                  argument slots and the scratch layout
 *  llvm/kernels.c  one emitter per kernel kind; each elementwise op's arithmetic
 *  llvm/ops.c      the ops that run alone (KK_SINGLE): per op, its slots and
 *                  its emitter, in one table keyed by op
 *  llvm/jit.c      modules, dedup, -O3, ORC LLJIT, printing
 *  llvm/lprt.c     the C functions the low-precision matmul calls (llvm_rt.h)
 *
 * The IR uses LLVM 14's typed pointers. Emitted values carry names, so the
 * text `zoc llvm` prints is readable and (emission being deterministic) the
 * same for the same input.
 */
#ifndef ZOC_LLVM_INTERNAL_H
#define ZOC_LLVM_INTERNAL_H

#include <llvm-c/Core.h>

#include "codegen/kplan.h"
#include "codegen/llvm_gen.h"

/* ---- kernel plans (llvm/plan.c): the kernel plan's kinds (KKind) and sizes
   (KSize, codegen/kplan.h) with this backend's slots and scratch layout */
/* An operand of the kernel's elementwise set (KOperand, kplan.h: viewed as
 * [rows, N] with N the kernel output's last dimension) with its slots here. */
typedef struct KOpd {
  const Value *v;
  int ptr;            /* ptrs slot */
  DType dt;
  bool perturbed;     /* a plain weight the recipe perturbs */
  int stream;         /* ints slot of its stream id */
  bool full;          /* as many rows as the kernel output: row = m */
  KSize rows;         /* otherwise its rows (row = m mod rows) */
  int64_t numel;      /* constant element count (weights), else -1 */
  int64_t zoff;       /* z precomputed into scratch at this byte offset; -1: inline */
} KOpd;

/* One elementwise member: its operands are opd (>= 0) or earlier members (-1 - i). */
typedef struct KEw {
  const Value *v;
  int src[2];
  int out;            /* ptrs slot of its buffer when it is a root, else -1 */
} KEw;

#define KMAXS ZO_MAX_STORAGE

/* matmul tiling (llvm/plan.c sizes scratch for it, llvm/kernels.c emits it) */
#define ZO_KB 256      /* rows of k per dequantized panel (many-row path) */
#define ZO_RB 4        /* rows per register block; at most this many rows take the direct path */
#define ZO_KT 256      /* rows of k per sweep over a chunk of blocks (direct path) */
#define ZO_CHUNK 128   /* most column blocks per chunk (direct path): long bursts along each packed row */
#define ZO_KS 8        /* rows of k per step across a chunk's blocks (one packed word row of 4-bit codes) */

/* The W[k, n] a matmul reads: a format's storages and dequant expression, or
 * a plain matrix described the same way (LOAD of storage 0). */
typedef struct KDq {
  int nstorage;
  DType dt[KMAXS];
  int rank[KMAXS];
  int64_t shape[KMAXS][ZO_MAX_RANK];
  bool perturbed[KMAXS];
  int ptr[KMAXS], stream[KMAXS];
  const char *sname[KMAXS];
  const FormatInst *fmt;  /* tables (NULL for a plain matrix) */
  const Sx *expr;
  int64_t K, N;
} KDq;

typedef struct KPlan {
  ZoKernel *k;
  KKind kind;
  const Value *v;             /* the anchor (the value a single-op kernel computes) */
  KEwSet set;                 /* the elementwise operands and members (kplan.h) ... */
  Vec(KOpd) opd;              /* ... with this backend's slots, at the same indices */
  Vec(KEw) ew;
  Vec(ZoKArg) ptrs, ints, floats;
  /* perturbation slots, -1 when no perturbed tensor is read */
  int a_pert, a_seed, a_srows, f_eps;
  KSize rows;                 /* rows of the output's [rows, N] view */
  KSize N;                    /* last dim */
  /* matmul */
  KDq dq;
  int x_ptr, mm;              /* x's slot; the matmul's index in ew */
  int nb;                     /* columns per block */
  int64_t z_off[KMAXS];       /* z prologue of a small separable storage: offset in a block's z region, -1 none */
  int64_t zblk_bytes;         /* one block's z region; the direct path keeps `chunk` of them */
  int chunk;                  /* column blocks per chunk of the direct path (<= ZO_CHUNK, scratch-bounded) */
  int64_t zchunk_off, dacc_off;   /* scratch: z regions of a chunk, direct-path accumulators [RB][chunk][nb] */
  int64_t runs_off;           /* scratch: run starts of the key over a tile, ZO_KT + 1 int64 */
  int64_t hstate_off, hstate_bytes;   /* scratch: each chunk block's hoisted values */
  int64_t dpart_off;          /* scratch: direct-path run sums [RB][chunk][nb] */
  int64_t z_rows[KMAXS];      /*   its rows (product of the dims other than the column's) */
  int z_dim[KMAXS];           /*   the dim indexed by n */
  int64_t panel_off, acc_off; /* scratch: panels [2][KB][nb], accumulators [M][nb] */
  /* low-precision matmul (docs/lowprec.md): ZO_LP_* (0: the default precision), the
     recipe's rounding (1 stochastic), the int slots of its rounding streams, and
     scratch: W' of a block per sign [2][K][nb] and its scales [2][nb]; the rows'
     xq [M][K] and scales [M] at acc_off */
  int lp, lp_mode, a_lpx, a_lpw;
  int64_t lpw_off, lpt_off;
  /* norm */
  int nx_src;                 /* the norm's input: opd or member */
  int nw, nbias;              /* opd indices, -1 none */
  int64_t row_off;            /* scratch row of the pre-norm values */
  /* single-op kernels */
  int in_ptr[3], out_ptr;
  KSize T;                    /* rope / attention / positions: sequence length */
  KSize outer;                /* attention: batch entries */
  const Value *table;         /* embedding: the table (a WEIGHT when perturbed) */
  int64_t tab_numel;
} KPlan;

/* ---- the emitter (llvm/emit.c) */
typedef struct Emit {
  LLVMContextRef C;
  LLVMModuleRef M;
  LLVMBuilderRef B;
  LLVMTypeRef tv, t1, t8, t16, t32, t64, th, tf, td, tp8, tpf;
  LLVMValueRef fn;
  LLVMBasicBlockRef entry;     /* allocas go here */
  LLVMValueRef a_ptrs, a_ints, a_floats, a_begin, a_end, a_scratch;
  const KPlan *plan;
  int nb;                      /* lanes of the vector code */
} Emit;

void ze_init_types(Emit *e, LLVMContextRef C, LLVMModuleRef M);
/* starts `void NAME(ptrs, ints, floats, begin, end, scratch)` in e->M */
void ze_begin_kernel(Emit *e, const char *name);
void ze_end_kernel(Emit *e);

LLVMValueRef ze_i64(Emit *e, int64_t v);
LLVMValueRef ze_i32(Emit *e, int32_t v);
LLVMValueRef ze_f32(Emit *e, double v);
LLVMValueRef ze_f64(Emit *e, double v);
LLVMValueRef ze_int(LLVMTypeRef t, int64_t v);

/* argument slots: ptrs[i] as ELEM*, ints[i], floats[i] */
LLVMValueRef ze_ptr_arg(Emit *e, int slot, LLVMTypeRef elem, const char *name);
LLVMValueRef ze_int_arg(Emit *e, int slot, const char *name);
LLVMValueRef ze_float_arg(Emit *e, int slot, const char *name);
LLVMValueRef ze_size(Emit *e, KSize s, const char *name);
/* scratch + byte offset as ELEM* */
LLVMValueRef ze_scratch(Emit *e, LLVMValueRef byte_off, LLVMTypeRef elem, const char *name);

/* variables: allocas in the entry block (SROA turns them into registers) */
LLVMValueRef ze_var(Emit *e, LLVMTypeRef t, LLVMValueRef init, const char *name);
LLVMValueRef ze_get(Emit *e, LLVMValueRef var, const char *name);
void ze_set(Emit *e, LLVMValueRef var, LLVMValueRef v);

/* for (iv = lo; iv < hi; iv += step) — lo, hi, step i64 */
typedef struct ZLoop {
  LLVMBasicBlockRef head, body, exit;
  LLVMValueRef iv, step;
  LLVMBasicBlockRef pre;
} ZLoop;
ZLoop ze_for(Emit *e, LLVMValueRef lo, LLVMValueRef hi, LLVMValueRef step, const char *name);
void ze_for_end(Emit *e, ZLoop *l);

typedef struct ZIf {
  LLVMBasicBlockRef then, els, join;
  bool has_else;
} ZIf;
ZIf ze_if(Emit *e, LLVMValueRef cond, const char *name);
void ze_else(Emit *e, ZIf *z);
void ze_endif(Emit *e, ZIf *z);

/* scalar arithmetic shorthands */
LLVMValueRef ze_add(Emit *e, LLVMValueRef a, LLVMValueRef b, const char *name);
LLVMValueRef ze_sub(Emit *e, LLVMValueRef a, LLVMValueRef b, const char *name);
LLVMValueRef ze_mul(Emit *e, LLVMValueRef a, LLVMValueRef b, const char *name);
LLVMValueRef ze_min(Emit *e, LLVMValueRef a, LLVMValueRef b, const char *name);   /* signed ints */
LLVMValueRef ze_max(Emit *e, LLVMValueRef a, LLVMValueRef b, const char *name);
LLVMValueRef ze_lt(Emit *e, LLVMValueRef a, LLVMValueRef b, const char *name);    /* signed < */

/* element loads: dtype dt at base (an i8*-compatible pointer to dt's storage
 * type) + index; floats come back as f32, integers as i64 (signed or zero
 * extended by dtype). */
LLVMTypeRef ze_storage_type(Emit *e, DType dt);
LLVMValueRef ze_load_f32(Emit *e, DType dt, LLVMValueRef base, LLVMValueRef idx, const char *name);
LLVMValueRef ze_load_i64(Emit *e, DType dt, LLVMValueRef base, LLVMValueRef idx, const char *name);
/* a raw element (storage type) → f32, scalar or vector */
LLVMValueRef ze_to_f32(Emit *e, DType dt, LLVMValueRef raw, const char *name);
void ze_store_f32(Emit *e, LLVMValueRef base, LLVMValueRef idx, LLVMValueRef v);

/* vectors of e->nb lanes */
LLVMTypeRef ze_vec(Emit *e, LLVMTypeRef elem);
LLVMValueRef ze_splat(Emit *e, LLVMValueRef s, const char *name);
LLVMValueRef ze_iota(Emit *e, LLVMTypeRef elem);    /* <0, 1, ..., nb-1> */
bool ze_is_vec(LLVMValueRef v);
/* contiguous nb-lane load of the storage type at base + idx (raw, unconverted) */
LLVMValueRef ze_vload_raw(Emit *e, DType dt, LLVMValueRef base, LLVMValueRef idx, const char *name);
/* nb-lane gather of the storage type at base + idx_vec (i64 lanes) */
LLVMValueRef ze_vgather_raw(Emit *e, DType dt, LLVMValueRef base, LLVMValueRef idxv, const char *name);
void ze_vstore(Emit *e, LLVMValueRef basef, LLVMValueRef idx, LLVMValueRef v);
void ze_vstore_masked(Emit *e, LLVMValueRef basef, LLVMValueRef idx, LLVMValueRef v, LLVMValueRef mask);
LLVMValueRef ze_fmuladd(Emit *e, LLVMValueRef a, LLVMValueRef b, LLVMValueRef c, const char *name);

/* math on f32 scalars or vectors (intrinsics, or libm calls lane by lane) */
LLVMValueRef ze_math(Emit *e, const char *fn, LLVMValueRef x, const char *name);   /* "exp", "erf", "tanh", "sqrt", "log" */
LLVMValueRef ze_math_f64(Emit *e, const char *fn, LLVMValueRef x, const char *name); /* "cos", "sin", "log", "exp", "sqrt" */

/* z = zo_rng_normal_c(seed, stream, index): scalar index (i64) or a vector of
 * indices (lane by lane) */
LLVMValueRef ze_rng(Emit *e, LLVMValueRef seed, LLVMValueRef stream, LLVMValueRef index, const char *name);
/* the same z computed in vector IR (bit-identical to zo_rng_normal), for a
 * vector (or scalar) of i64 indices: ~10x the throughput of per-lane calls */
LLVMValueRef ze_rng_vec(Emit *e, LLVMValueRef seed, LLVMValueRef stream, LLVMValueRef index, const char *name);
/* out[0..count) = z(first + i): vectors of e->nb, then calls for the tail */
void ze_rng_fill(Emit *e, LLVMValueRef seed, LLVMValueRef stream, LLVMValueRef first, LLVMValueRef count, LLVMValueRef outf);
/* zo_rng_normal_run_c(seed, stream, first, count, out) */
void ze_rng_run(Emit *e, LLVMValueRef seed, LLVMValueRef stream, LLVMValueRef first, LLVMValueRef count,
                LLVMValueRef outf);

/* a void C function of codegen/llvm_rt.h (argmemonly) called with args of types params */
void ze_call_rt(Emit *e, const char *fn, LLVMTypeRef *params, LLVMValueRef *args, int n);

/* sum over i < len of f(p[i]) in a fixed order: 8 partial sums in double,
 * added lane 0..7 at the end (deterministic, and vectorizable without
 * reassociation). kind: 0 sum x, 1 sum (x - c)^2, 2 max x (in f32). */
LLVMValueRef ze_reduce(Emit *e, int kind, LLVMValueRef pf, LLVMValueRef len, LLVMValueRef c, const char *name);
/* f32 dot product of a[0..len) and b[0..len), len constant: 8-lane partial
 * sums then lanes 0..7 in order. */
LLVMValueRef ze_dot(Emit *e, LLVMValueRef a, LLVMValueRef b, int64_t len, const char *name);

/* a private constant global array, named by its content, reused in a module */
LLVMValueRef ze_const_table(Emit *e, LLVMTypeRef elem, const double *vals, int n, const char *what);

/* ---- dequant (llvm/sx.c): emits the matmul's W loop for one column block */
typedef struct SxCtx SxCtx;
SxCtx *zs_new(Emit *e, const KDq *dq, const KPlan *p);
void zs_free(SxCtx *s);
/* bytes of one block's hoisted values, and saving / restoring them (the
 * direct path sweeps many blocks per k step, keeping each block's in scratch) */
int64_t zs_state_bytes(const KDq *dq, int nb);
void zs_save(SxCtx *s, LLVMValueRef base);
void zs_load(SxCtx *s, LLVMValueRef base);
/* the call's perturbation: seed, whether on (i1), e0/e1 = +eps / -eps (0 when off) */
void zs_set_pert(SxCtx *s, LLVMValueRef seed, LLVMValueRef pert, LLVMValueRef e0, LLVMValueRef e1);
/* the current column block: first column n0 (i64) and its z prologue region
 * (i8* into scratch, KPlan.zblk_bytes long) */
void zs_set_block(SxCtx *s, LLVMValueRef n0, LLVMValueRef zbase);
/* fills the block's z prologue (small separable perturbed storages: z of
 * every element in the block's columns; zeros when unperturbed) */
void zs_prologue(SxCtx *s);
/* starts a pass over k for the block: column-only hoisted values, keys reset */
void zs_begin(SxCtx *s);
/* whether W depends on the sign (reads a perturbed storage) */
bool zs_signdep(const SxCtx *s);
/* Whether W = H · R with H a hoisted factor (constant between key changes)
 * and R sign-independent: the direct path then sums x·R between key changes. */
bool zs_factored(const SxCtx *s);
/* At k (i64): updates the hoisted values when the key changed. With
 * factored: calls flush(ctx) before recomputing (not on the first k). */
void zs_at_k(SxCtx *s, LLVMValueRef k, void (*flush)(void *), void *ctx);
/* W[k, n0 + lane] for sign slot 0 (+) or 1 (-) as <nb x float>; with
 * factored, R (no sign) and H(slot). */
LLVMValueRef zs_w(SxCtx *s, int slot);
LLVMValueRef zs_rest(SxCtx *s);
LLVMValueRef zs_factor(SxCtx *s, int slot);
/* with factored and R = A − Z (Z hoisted, a zero point): zs_rest gives A and
 * this gives Z (else NULL), so Σ x·R = Σ x·A − Z·Σ x */
LLVMValueRef zs_zero(SxCtx *s);
bool zs_affine(const SxCtx *s);
/* Runs of a key over a k range, computed once for all blocks (keys depend on
 * k only): whether the key at k differs from the previous call's (stored). */
bool zs_has_keys(const SxCtx *s);
LLVMValueRef zs_key_change(SxCtx *s, LLVMValueRef k);
/* the keyed hoisted values at k, unconditionally (the start of a run) */
void zs_hoist_at(SxCtx *s, LLVMValueRef k);
/* at k inside a run: no key check */
void zs_at(SxCtx *s, LLVMValueRef k);
/* prefetch the element loads W would make at k (reads ahead of a sweep) */
void zs_prefetch(SxCtx *s, LLVMValueRef k);
/* the value of the hoisted factor before any key (a flush must add nothing) */
void zs_reset(SxCtx *s);

/* ---- plan helpers (llvm/plan.c) for llvm/ops.c's slots */
typedef struct Planner Planner;
KSize zp_ksize(KPlan *kp, Dim d);                    /* a constant, or an int slot of d */
int zp_int_const(KPlan *kp, int64_t c);              /* an int slot holding c */
int zp_in_ptr(KPlan *kp, const Value *u);            /* the pointer slot of a tensor the kernel reads */
int zp_need_perturb(Planner *pl, KPlan *kp, Dim rows);   /* the perturbation slots; -1 after a message */

/* ---- kernels (llvm/kernels.c) */
/* Emits plan p as function `name` into e's module. */
void zk_emit(Emit *e, const KPlan *p, const char *name);
/* the perturbation state of a call; a row's eps (+eps, -eps or 0) */
typedef struct Pert {
  bool on;                        /* the kernel reads perturbed tensors */
  LLVMValueRef pert, seed, e0, e1, srows;
} Pert;
Pert zk_load_pert(Emit *e, const KPlan *p, LLVMValueRef rows);
LLVMValueRef zk_row_eps(Emit *e, const Pert *P, LLVMValueRef m);

/* ---- the ops that run alone (llvm/ops.c) */
typedef struct ZkOp {
  Op op;
  int (*slots)(Planner *pl, KPlan *kp);   /* its slots beyond plan_single's (NULL: none); -1 after a message */
  void (*emit)(Emit *e, const KPlan *p);
} ZkOp;
const ZkOp *zk_single_op(Op op);                     /* NULL: no CPU kernel for op */
void zk_emit_single(Emit *e, const KPlan *p);

#endif
