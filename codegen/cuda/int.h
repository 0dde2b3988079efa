/* cuda/int.h — what the CUDA code generator's files share: the generator's
 * state (Gen), the kernel being built (KB), the elementwise and epilogue
 * shapes the kernel kinds pass each other, and each file's entry points,
 * grouped by file. The files, each one job: cuda/gen.c (the driver: a
 * kernel per group of the kernel plan, the program's source), cuda/slots.c
 * (slots and the pieces every kernel uses), cuda/ew.c (elementwise and norm
 * kernels), cuda/matmul.c (matmul groups, mma.sync and f32), cuda/wgmma.c
 * (Hopper's), cuda/epilogue.c (the tensor-core epilogue), cuda/attention.c,
 * cuda/ops.c (the other ops that run alone), cuda/dequant.c (a format's
 * dequant expression), cuda/lowprec.c (the low-precision forward's launches
 * and scales), cuda/prelude.c (the fixed text). Each includes this
 * header only. */
#ifndef ZOC_CUDA_INT_H
#define ZOC_CUDA_INT_H

#include "codegen/cuda_gen.h"

typedef Vec(Value *) ValVec;

/* The dequant launch's thread layout (dq_launch, the format's block
 * functions in cuda/dequant.c): DQ_NL lanes of a warp along n, 32 / DQ_NL
 * along k, each thread DQ_NC columns DQ_NL apart, 8 k of each. 4 x 4 was the
 * fastest measured (docs/gpu.md, "Tried and measured"). */
#define DQ_NL 4
#define DQ_NC 4

typedef struct Gen {
  Func *f;
  ZoCuProgram *p;
  const ZoKPlan *plan;          /* the kernel plan this program follows (codegen/kplan.h): kinds, f16 values, pairs, ... */
  StrBuf tables;                /* __device__ tables of formats */
  StrBuf funcs;                 /* device helper functions (dequants) */
  StrBuf kernels;               /* the __global__ functions */
  Vec(char *) names;            /* every function / table emitted (dedup) */
  int64_t zmax;
  int64_t dqmax[ZO_CU_MAXBANKS];   /* dequantized-matrix scratch, per bank */
  int dq_banks;                 /* the banks the matmuls' kernels take in turn: 2, or 1 (ZoCuProgram.dq_banks) */
  int dq_next;                  /* the bank the next matmul kernel takes */
  int pair_bank;                /* KB.dq_bank of the last matmul pair's first (its second's kernel reads the same) */
  bool zs_inline;               /* a kernel other than a dequant reads the z scratch: no launch beside the others */
  bool simt;                    /* plain f32 FMA matmuls (no tensor cores) */
  bool wgmma;                   /* Hopper's wgmma matmuls (sm_90a) instead of mma.sync */
  bool wgmma_tma;               /* X's f16 copy and W by the copy engine (TMA) on mbarriers, the epilogue staged (else cp.async) */
  const Value *x16_last;        /* whose f16 copy the last "x16" launch made (launch order) */
  int zwin;                     /* the launch filling the current window of z regions (add_zfills; -1: none yet) */
  int64_t zwin_end;             /* the window's bytes so far */
  uint64_t rtab_last;           /* the key (theta, head dim) of the angle table the last "ropetab" launch made (0: none) */
  int lp, lp_mode;              /* the recipe's forward precision (ZO_LP_*, runtime/lowprec.h) and rounding (1: stochastic) */
  bool lp_native;               /* lp matmuls on wgmma run on the 8-bit tensor cores (the target's lowbit), else on f16's */
  const Value *xq_last;         /* whose rows the last "xq" launch quantized to nearest (launch order; NULL: none or stochastic) */
  int xq_es;                    /* and into elements of how many bytes */
} Gen;

/* one kernel being built */
typedef struct KB {
  Gen *g;
  ZoCuLaunch *L;
  StrBuf b;                     /* body */
  bool pert;                    /* reads something perturbed */
  int s_per;                    /* int slot: rows per batch entry (for the sign), -1 none */
  int64_t zoff;                 /* z scratch used so far (from zoff0, where its window's regions ended: add_zfills) */
  int64_t zoff0;
  ZoCuLaunch *dq;               /* the tensor-core path's dequant launch (NULL: none) */
  int dq_slot;                  /* the pointer slot of the f16 W the tensor cores read (dq_launch) */
  int dq_bank;                  /* 1 + the dequant scratch bank it reads (0: none taken yet) */
  ZoCuLaunch *x16;              /* the launch making X's f16 copy (NULL: none, or the last one's serves), or its quantized rows (lp) */
  int lp;                       /* 1 + the matmul's ordinal among the low-precision ones (docs/lowprec.md); 0: default precision */
  ZoCuLaunch *wmax;             /* lp: the launch finding W's column maxima before its dequant (cuda/lowprec.c) */
  bool lp8;                     /* lp on the 8-bit tensor cores (wgmma e4m3 / s8): W and X as one-byte codes */
  const Value *x;               /* a matmul's activations */
  int pair;                     /* 1: the first of a matmul pair (its dequant only), 2: the second (both products); 0: none */
  const Value *pair_mm;         /* with 2: the first's matmul, an epilogue operand read from the accumulators */
  const char *pair_acc;         /* its product at the epilogue's element (tc_tail, from TcEpi.pair_acc) */
  const Value *rope;            /* the rope applied to the staged product as it is copied out (KGroup.rope_at), its output stored */
  ZoCuLaunch *rtab;             /* the launch making its angle table (NULL: none, or an earlier one's serves) */
  const char *dqb[2];           /* the format's 8-k block dequants (dq_block): unperturbed, both signs; NULL: none */
  bool ew_f32;                  /* elementwise functions in f32 (a tensor-core epilogue), not double */
  const Value *staged;          /* the root whose stores go to the shared-memory tile (tc_tail), not to memory */
  int64_t stage_pitch;          /* that tile's row pitch in bytes */
  const char *stage_at;         /* an element's address in it (zstg, the thread's first, + a constant) */
  bool opd_staged[ZO_CU_MAXP];  /* epilogue operand i read into a shared-memory tile at byte opd_off[i] (tc_tail) */
  int64_t opd_off[ZO_CU_MAXP];
  /* the fused cross-entropy variant (ZoCuProgram.ce): the first output's stores become partials */
  bool ce;
  int ce_tgt, ce_tl, ce_part;   /* its pointer slots */
  const char *ce_slot;          /* an epilogue element's row slot */
  int ce_pass;                  /* tc_tail's two passes over the tile: 1 the max, 2 the sum of exp (0: one pass, zo_ce_add) */
  int64_t ce_chunk;             /* columns per partial */
} KB;

/* elementwise operands and members ([rows, N] view) of a kernel: its loads
 * (Opd) and its members (Mem) in order */
typedef struct Opd {
  const Value *v;
  int ptr;
  bool perturbed, full;
  int stream;                   /* int slot */
  const char *rows;             /* when not full */
  bool acc;                     /* the paired matmul's product: from the accumulators (TcEpi.pair_acc), no load */
} Opd;

typedef struct Mem {
  const Value *v;
  int src[2];                   /* opd index, or -1 - member */
  int out;                      /* ptr slot when a root, else -1 */
} Mem;

typedef struct EwSet {
  KEwSet set;                   /* the operands and members (codegen/kplan.h) ... */
  Vec(Opd) opd;                 /* ... with their slots and loads here, at the same indices */
  Vec(Mem) mem;
  const char *N;                /* the row length expression */
} EwSet;

/* The fused cross-entropy in a matmul's epilogue (KB.ce), for one path's
 * thread layout: a thread keeps, for each of its `rows` rows, the running
 * max, its first column and the sum of exp(x - max) over the columns it
 * holds (zo_ce_add, in emit_ew); the `lanes` lanes that share a row merge
 * theirs (xor shuffles), and the `leader` stores the row's partial over the
 * chunk of `width` columns from `base`; the target's logit is stored by the
 * thread that holds it. `slot` is an element's row slot in the epilogue
 * loop, `row` the row of slot r. */
typedef struct CeShape {
  int rows, lanes;
  const char *slot, *row, *leader, *base;
  int64_t width;
} CeShape;

/* A tensor-core matmul's epilogue, in chunks of 16 accumulator elements:
 * `outer` opens a chunk's loop (at 4 spaces; tc_tail closes it and the sign
 * loop), `inner` the two loops over a chunk's elements (at 6 and 8 spaces),
 * naming m and n; `pre` numbers an element within its chunk; `acc` is its
 * accumulator. */
typedef struct TcEpi {
  const char *outer, *inner, *acc, *pre;
  const char *pair_acc;         /* a matmul pair's: the first's product of the element (acc is the second's) */
  CeShape ce;
  const char *row0, *col0;      /* staging (stage_plan): the thread's first element's row and column in the tile, */
  const char *drow, *dcol;      /* and an element's offsets from it (constants in the unrolled loops) */
} TcEpi;


/* a single-op kernel's operands (zo_cg_plan_single gives each op's kernel) */
typedef struct SingleOp {
  const Value *v;               /* the op */
  int in[3];                    /* its arguments' pointer slots (-1: none; an embedding takes its table itself) */
  int out;                      /* its result's */
  Dim rows, N;                  /* the result's rows and last dimension */
} SingleOp;

/* A window of z regions (zo_cg_add_zfills): the bytes after which the next
 * kernel starts a new one (zo_cuda_generate). */
#define ZWIN_BYTES ((int64_t)8 << 20)

/* The wgmma matmul's tile (cuda/wgmma.c): 128 rows by 256 columns, k tiles
 * of 64, a stage both operands' tiles in f16; the kernel plan sizes rope's
 * heads in the epilogue by WG_BN (zo_cuda_caps). */
#define WG_BM 128
#define WG_BN 256
#define WG_BK 64
#define WG_STAGE ((WG_BM + WG_BN) * WG_BK * 2)
#define WG_SMEM_MAX 232448   /* the dynamic shared memory a block may ask for on sm_90 (227 KB) */

/* ---- cuda/slots.c: the kernel being built */
uint64_t zo_cg_fnv(const char *s, uint64_t h);         /* FNV-1a 64 */
bool zo_cg_seen(Gen *g, const char *name);              /* emitted before? (records it) */
Dim zo_cg_dmul(Dim a, Dim b);                           /* a product of sizes (asserted to exist) */
int zo_cg_fail(KB *k, const char *what);                /* the kernel can't be emitted: a message, -1 */
bool zo_cg_is_half(const Gen *g, const Value *v);       /* v is stored as f16 only (the plan's half) */
const Value *zo_cg_qscale_of(const Gen *g, const Value *v);   /* the attention whose scale v's f16 stores carry */
const char *zo_cg_att_scale(KB *k, const Value *att);   /* an attention's query scale, as an expression */
/* a rope with rotary_dim or scaling: its inv_freq of pair I as an expression, after *decl's table */
const char *zo_cg_rope_inv(KB *k, const Value *r, int64_t hd, const char *i, const char **decl);
int zo_cg_add_ptr(KB *k, ZoCuArg a);                    /* a pointer slot (the same one for the same argument) */
int zo_cg_ptr_buffer(KB *k, const Value *v);
int zo_cg_ptr_storage(KB *k, const Value *w, int s);
const char *zo_cg_sz(KB *k, Dim d);                     /* a size in the body: a constant or an int slot */
int zo_cg_int_const(KB *k, int64_t c);                  /* an int slot holding c */
int zo_cg_need_perturb(KB *k, Dim rows);                /* the sign's slot (rows per batch entry): 0, or -1 */
const char *zo_cg_ld_fn(DType dt);                      /* the prelude's load of a dtype */
void zo_cg_emit_run(KB *k, const char *rows);           /* the run block and row m's sign, at the top of a body */
/* a launch just before the kernel being built, over its slots; frees body */
ZoCuLaunch *zo_cg_pre_launch(KB *k, StrBuf *body, const char *kind, uint64_t salt, Dim work);

/* ---- cuda/ew.c: elementwise operands and members; elementwise and norm groups */
int zo_cg_add_mem(KB *k, EwSet *s, const Value *v);    /* member v (a root: its store), its operands' slots */
void zo_cg_ew_free(EwSet *s);
const char *zo_cg_opd_load(KB *k, const EwSet *s, const Opd *o);   /* operand o's load at (m, n) */
/* the operands' and members' values at (m, n), the roots stored; mmv: the matmul's value (NULL: none) */
void zo_cg_emit_ew(KB *k, EwSet *s, const char *mmv, const char *ind, const char *pre);
int zo_cg_plan_ew(KB *k, ValVec *mem);
int zo_cg_plan_norm(KB *k, ValVec *mem);
/* the elementwise ops' device functions, into the translation unit between
   the prelude and zo_cuda_after_ew (cuda/prelude.c) */
void zo_cg_ew_funcs(StrBuf *b);
extern const char zo_cuda_after_ew[];

/* ---- cuda/matmul.c: matmul groups */
void zo_cg_add_zfills(Gen *g, KB *k);                   /* the zfill launches the kernel's z regions need */
void zo_cg_tc_head(KB *k, const char *M, int64_t K, int64_t N, int xp, const char *dq, int direct, bool wpert, int bm, int bn);
void zo_cg_tc_signs(KB *k, int bm);                     /* opens the loop over a tile's signs */
int zo_cg_plan_matmul(KB *k, ValVec *mem);
int zo_cg_plan_pair_first(KB *k, const ValVec *mem);

/* ---- cuda/epilogue.c: the tensor-core matmuls' epilogue */
void zo_cg_ce_begin(KB *k, const CeShape *c, const char *ind, const char *mine);
void zo_cg_ce_end(KB *k, const CeShape *c, const char *ind, const char *mine, int64_t N);
int64_t zo_cg_stage_plan(KB *k, const EwSet *s, int64_t N, int bm, int bn, int64_t budget);
void zo_cg_tc_tail(KB *k, EwSet *s, const TcEpi *e, int64_t N, int bm, int bn, int min_blocks);

/* ---- cuda/wgmma.c: Hopper's matmul */
void zo_cg_emit_cpa16(Gen *g);                          /* the zo_cpa16 device function, once */
void zo_cg_emit_wgmma(KB *k, EwSet *s, const char *M, int64_t K, int64_t N, int xp, const char *dq, int direct, bool wpert);

/* ---- cuda/lowprec.c: the low-precision forward (KB.lp) */
int zo_cg_lp_ordinal(const Gen *g, const Value *mm);    /* KB.lp of matmul mm */
int64_t zo_cg_lp_trailer(const KB *k, int64_t K, int64_t N, bool wpert);   /* where the bank's trailer starts (after W) */
const char *zo_cg_w_type(const KB *k);                  /* the element type of the W the tensor cores read */
void zo_cg_lp_store8(KB *k, StrBuf *d, int wslot, const char *it);   /* the dequant's stores of one-byte codes */
int zo_cg_lp_xq(KB *k, const char *M, int64_t K, int xp, bool half);   /* the xq launch; X's codes' slot */
void zo_cg_lp_wmax(KB *k, int64_t K, int64_t N, int wslot, int64_t trail, bool wpert, const char *it, const char *call);
const char *zo_cg_lp_round(KB *k, int64_t K, int64_t N, int wslot, int64_t trail, const char *it);   /* the dequant's rounding */
int64_t zo_cg_lp_scale_bytes(int64_t K, int64_t N);     /* the bank's trailer: the column maxima's partials, t[2][N] */
void zo_cg_lp_head(KB *k, int64_t K, int64_t N, bool wpert);   /* zlt, the column scales */
const char *zo_cg_lp_acc(KB *k, const char *acc);       /* the scaled accumulator */

/* ---- cuda/attention.c */
int zo_cg_plan_attention(KB *k, const SingleOp *o);

/* ---- cuda/ops.c: the ops that run alone */
int zo_cg_plan_single(KB *k);

/* ---- cuda/dequant.c */
const char *zo_cg_flit(Arena *a, double v);             /* a float literal */

/* W[k, n] of matmul mm as a device function (cuda/dequant.c): its name; K,
 * N, and `direct`, the slot of an unperturbed f16 [N][K] matrix the tensor
 * cores read as it is (-1: none); k->dqb the 8-k block functions. */
const char *zo_cg_emit_dequant(KB *k, const Value *mm, int64_t *K_out, int64_t *N_out, int *direct);
/* whether the tensor cores read matmul mm's weight W from a dequant
 * launch's scratch (not the weight itself; false when W is not a weight),
 * and whether it is perturbed (both signs) */
bool zo_cg_dq_scratch(const Value *mm, bool *pert);

#endif
