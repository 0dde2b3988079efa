/* cuda_int.h — what the CUDA code generator's files share (cuda_gen.c, and
 * cuda_dequant.c: a format's dequant expression as device functions): the
 * generator's state, the kernel being built, and the helpers both use. */
#ifndef ZOC_CUDA_INT_H
#define ZOC_CUDA_INT_H

#include "codegen/cuda_gen.h"

typedef Vec(Value *) ValVec;

/* The dequant launch's thread layout (dq_launch, the format's block
 * functions in cuda_dequant.c): DQ_NL lanes of a warp along n, 32 / DQ_NL
 * along k, each thread DQ_NC columns DQ_NL apart, 8 k of each. 4 x 4 was the
 * fastest measured (docs/gpu.md, "Tried and measured"). */
#define DQ_NL 4
#define DQ_NC 4

typedef struct Gen {
  Func *f;
  ZoCuProgram *p;
  Dim batch;
  bool have_batch;
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
  ValVec half;                  /* values stored as f16 only, the wgmma matmuls' X (half_values) */
  ValVec qscaled;               /* of those, rope's queries stored as f16(q * scale) for the tensor-core attention (qscale_of) */
  ValVec qscale_att;            /* each one's attention */
  bool pair;                    /* wgmma by the copy engine: pair matmuls of one X (pair_matmuls) */
  bool *pair_first;             /* per group: its matmul is the first of a pair (runs inside a later group's kernel) */
  const Value **pair_prev;      /* per group: the matmul paired into it, whose product the epilogue holds in registers */
  bool rope_epi;                /* wgmma by the copy engine, staged epilogue: rope in its matmul's epilogue (rope_matmuls) */
  const Value **rope_at;        /* per group: the rope its matmul's epilogue applies (NULL: none) */
  bool *rope_in;                /* per group: a rope that an earlier matmul's kernel runs (no kernel of its own) */
  int zwin;                     /* the launch filling the current window of z regions (add_zfills; -1: none yet) */
  int64_t zwin_end;             /* the window's bytes so far */
  uint64_t rtab_last;           /* the key (theta, head dim) of the angle table the last "ropetab" launch made (0: none) */
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
  ZoCuLaunch *x16;              /* the launch making X's f16 copy (NULL: none, or the last one's serves) */
  const Value *x;               /* a matmul's activations */
  int pair;                     /* 1: the first of a matmul pair (its dequant only), 2: the second (both products); 0: none */
  const Value *pair_mm;         /* with 2: the first's matmul, an epilogue operand read from the accumulators */
  const char *pair_acc;         /* its product at the epilogue's element (tc_tail, from TcEpi.pair_acc) */
  const Value *rope;            /* the rope applied to the staged product as it is copied out (Gen.rope_at), its output stored */
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

uint64_t zo_cg_fnv(const char *s, uint64_t h);         /* FNV-1a 64 */
bool zo_cg_seen(Gen *g, const char *name);              /* emitted before? (records it) */
int zo_cg_fail(KB *k, const char *what);                /* the kernel can't be emitted: a message, -1 */
int zo_cg_add_ptr(KB *k, ZoCuArg a);                    /* a pointer slot (the same one for the same argument) */
int zo_cg_ptr_buffer(KB *k, const Value *v);
int zo_cg_ptr_storage(KB *k, const Value *w, int s);
const char *zo_cg_ld_fn(DType dt);                      /* the prelude's load of a dtype */
const char *zo_cg_flit(Arena *a, double v);             /* a float literal */

/* W[k, n] of matmul mm as a device function (cuda_dequant.c): its name; K,
 * N, and `direct`, the slot of an unperturbed f16 [N][K] matrix the tensor
 * cores read as it is (-1: none); k->dqb the 8-k block functions. */
const char *zo_cg_emit_dequant(KB *k, const Value *mm, int64_t *K_out, int64_t *N_out, int *direct);
/* whether the tensor cores read matmul mm's weight W from a dequant
 * launch's scratch (not the weight itself; false when W is not a weight),
 * and whether it is perturbed (both signs) */
bool zo_cg_dq_scratch(const Value *mm, bool *pert);

#endif
