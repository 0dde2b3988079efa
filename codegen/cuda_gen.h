/* cuda_gen.h — the GPU code generator: CUDA C for every kernel of a compiled
 * Func, compiled by NVRTC (runtime/cuda_rt.h) and run by the "cuda" backend
 * (runtime/cuda_exec.c).
 *
 * One kernel per fusion group (passes/fuse.c), of the kind the kernel plan
 * both backends share says (codegen/kplan.h, which also makes the decisions
 * across kernels for this generator's capabilities, zo_cuda_caps: f16
 * values, matmul pairs, rope in an epilogue, the fused cross-entropy, and
 * their memory hints; no LLVM needed, so a zoc built without LLVM still has
 * its GPU backend): matmul groups (the format's
 * dequant expression, the perturbation of its storages, the matmul and its
 * elementwise epilogue), norm groups (elementwise members, e.g. the residual
 * add, then rms/layer norm), elementwise groups, and one kernel per other op
 * (embedding, positions, rope, attention, softmax, slice, transpose,
 * cross_entropy). A matmul whose storages are perturbed is preceded by a
 * "zfill" launch that writes eps·z of each perturbed storage once into a
 * scratch area, so the dequant adds ±(eps·z) with one load instead of a
 * Philox call per use. On the tensor-core path (the default) a "dequant"
 * launch then writes W (both signs when perturbed) as f16 [N][K] and the
 * matmul kernel is an mma.sync (or, on Hopper, wgmma) GEMM with the epilogue
 * fused; with the target's matmul=f32 the matmul is f32 FMA with the dequant
 * inside (docs/gpu.md). A low-precision forward (recipe setting forward =
 * fp8 | int8, docs/lowprec.md) quantizes each such matmul's X per row and
 * its W per column to the grid, and on Hopper multiplies on the fp8 / int8
 * tensor cores (codegen/cuda/lowprec.c).
 *
 * Every kernel takes one argument, a ZoCuArgs struct by value: pointer slots
 * (activation buffers, weight storages, z scratch, the run block) and integer
 * slots (sizes that depend on B and T, stream ids). Perturbation settings
 * (seed, eps, split, on/off) are read from the run block in device memory, so
 * a captured CUDA graph stays valid across steps. Kernel bodies hold only
 * what is the same for every layer, so the 32 q_proj kernels of a Llama are
 * one function: the source text names each function by a hash of its body.
 *
 * The whole program is one CUDA C translation unit: a prelude (dtype loads,
 * half/bf16/fp8 conversions written with bit operations and inline PTX: no
 * CUDA header is included, so NVRTC from a pip wheel works), the text of
 * codegen/zo_rng.h (embedded in the binary at build time), then the kernels.
 */
#ifndef ZOC_CUDA_GEN_H
#define ZOC_CUDA_GEN_H

#include <stdbool.h>
#include <stdint.h>

#include "codegen/kplan.h"
#include "codegen/target.h"
#include "ir/ir.h"

#define ZO_CU_MAXP 32     /* pointer slots of ZoCuArgs */
#define ZO_CU_MAXI 32     /* integer slots */

/* The run block's layout in device memory (the kernels read it). */
typedef struct ZoCuRun {
  uint64_t seed;
  int64_t split;          /* batch entries [0, split) get +eps */
  float eps;              /* 0 when unperturbed */
  int32_t pert;           /* 1: perturbed */
  int64_t pad[4];
} ZoCuRun;

/* The kernels' one argument, by value (mirrored in the CUDA prelude). */
typedef struct ZoCuArgs {
  uint64_t p[ZO_CU_MAXP];
  int64_t i[ZO_CU_MAXI];
} ZoCuArgs;

typedef enum ZoCuArgKind {
  ZO_CU_BUFFER,     /* ptr: the activation buffer of value v */
  ZO_CU_STORAGE,    /* ptr: storage `storage` of WEIGHT v (device copy) */
  ZO_CU_ZSCRATCH,   /* ptr: the z scratch + c bytes */
  ZO_CU_RUN,        /* ptr: the run block */
  ZO_CU_DQ,         /* ptr: bank c (< ZoCuProgram.dq_banks) of the dequantized-matrix scratch (f16 [N][K], the − sign's after the + sign's; a low-precision matmul's column maxima and scales after them, f32 b[2][N], t[2][N]); c < 0: not read (NULL) */
  ZO_CU_X16,        /* ptr: the f16 copy of a wgmma matmul's activations (f16 [rows][K]; launches of kind "x16" fill it), or a low-precision matmul's quantized rows (kind "xq": f16 or f32 [rows][K], then f32 s[rows]) */
  ZO_CU_ROPETAB,    /* ptr: rope's angle table (f32 cos, sin [T][head dim / 2]; launches of kind "ropetab" fill it) */
  ZO_CU_CE_TGT,     /* ptr: the fused cross-entropy's targets (i32 [rows], < 0: none) */
  ZO_CU_CE_TL,      /* ptr: its target logits (f32 [rows]) */
  ZO_CU_CE_PART,    /* ptr: its partials (ZoCuCe [rows][ZoCuProgram.ce_parts]) */
  ZO_CU_DIM,        /* int: dim at the run's B, T */
  ZO_CU_CONST,      /* int: c */
} ZoCuArgKind;

typedef struct ZoCuArg {
  ZoCuArgKind kind;
  const Value *v;
  int storage;
  Dim dim;
  int64_t c;
} ZoCuArg;

/* A tensor map (TMA, sm_90) a launch passes after its ZoCuArgs, by value as
 * a __grid_constant__ parameter: the f16 (or byte) row-major matrix [rows][cols] at
 * pointer slot `slot`, read in boxes of 64 columns x box_rows rows into
 * shared memory in the 128-byte swizzle (rows past `rows` and columns past
 * `cols` read as zeros). The runtime encodes it when it resolves the slots. */
typedef struct ZoCuTmap {
  int slot;
  Dim rows;
  int64_t cols;
  int box_rows;
  bool bytes;             /* one-byte elements (a low-precision matmul's fp8 / int8 codes): boxes of 128 columns */
} ZoCuTmap;

/* One launch: grid.x = gx (when > 0) and grid.y = ceil(work / per_block), or
 * grid.x = ceil(work / per_block) (gx == 0); threads per block; dynamic
 * shared memory smem_fixed + smem_scale · smem_dim bytes. */
typedef struct ZoCuLaunch {
  int group;              /* the fusion group; -1 for a zfill */
  const char *kind;       /* "matmul", "zfill", "norm", "elementwise", "attention", ... */
  const Value *anchor;
  const char *fn;         /* function name in the source */
  int nptrs, nints;
  ZoCuArg ptrs[ZO_CU_MAXP], ints[ZO_CU_MAXI];
  Dim work;
  int64_t per_block;
  int64_t gx;
  int threads;
  int min_blocks;         /* __launch_bounds__'s blocks per SM (0: not said) */
  int64_t smem_fixed, smem_scale;
  Dim smem_dim;
  Dim tile_dim;           /* tile > 0: a 2-D grid, x the blocks of work, y ceil(tile_dim / tile) */
  int64_t tile;
  int mode;               /* ZO_CU_BOTH, or only in forwards that return the logits / only in loss ones */
  int ntmaps;             /* tensor maps passed after the ZoCuArgs (0 to 2) */
  ZoCuTmap tmaps[2];
  bool side;              /* a dequant or zfill that may run on a second stream beside the others (ZoCuProgram.dq_banks) */
  int64_t x16_row;        /* bytes of the X scratch (ZO_CU_X16) per work item this launch fills: 16 for an x16 launch (8 f16), a row's codes and scale over 32 for an xq launch; 0 none */
} ZoCuLaunch;

enum { ZO_CU_BOTH, ZO_CU_LOGITS_ONLY, ZO_CU_LOSS_ONLY };

/* The fused cross-entropy's partial over a chunk of one row's logits: its
 * max, the max's first column (a NaN counts as the maximum), and the sum of
 * exp(x - max) over the chunk (the CUDA text declares the same). */
typedef struct ZoCuCe {
  float m;
  int32_t a;
  double s;
} ZoCuCe;

#define ZO_CU_MAXBANKS 2

typedef struct ZoCuProgram {
  Func *f;
  int nlaunches;
  ZoCuLaunch *launches;   /* in run order */
  int nfunctions;         /* distinct kernel functions in the source */
  const char **functions; /* their names */
  char *source;           /* the whole translation unit */
  int64_t zscratch_bytes; /* the z scratch the zfills need (max over kernels) */
  int64_t dq_bytes;       /* the dequant scratch the tensor-core matmuls need */
  /* 2: the scratch is two banks, bank b from dq_bank_off[b], the
   * matmuls' kernels taking them in turn, and the launches marked `side`
   * (the dequants and the zfills, the only readers of the z scratch) may
   * run on a second stream: a dequant into a bank waits only for the last
   * kernel that read that bank, so it runs beside the matmul before it; a
   * kernel reading a bank waits for the side launches before it. 1: one
   * bank, one stream (the target's overlap=0, the f32 path). */
  int dq_banks;
  int64_t dq_bank_off[ZO_CU_MAXBANKS];
  /* The fused cross-entropy: launch `ce` (-1: none) is the kernel that makes
   * the first output, the logits [rows, ce_vocab], with the logits' stores
   * replaced by partials over chunks of ce_chunk columns (ce_parts a row),
   * and the target's logit; it runs in loss-only forwards instead of the
   * launch before it (ZO_CU_LOGITS_ONLY), and zk_ce reduces the partials to
   * each row's log-softmax at its target. */
  int ce;
  int64_t ce_vocab, ce_chunk, ce_parts;
  /* the kernel plan the kernels follow (codegen/kplan.h), and its hints on
     how they store values unlike their IR types, for the memory plan
     (zo_memplan_hints): f32 values stored as f16 only (2 bytes), products of
     a matmul pair's first kept in registers (0) */
  ZoKPlan *plan;
  int nhints;
  const MemHint *hints;
  Arena arena;
} ZoCuProgram;


/* Plans and emits every kernel of f (after the whole pipeline; weights need
 * not be bound) for a resolved target (codegen/target.h: its matmul, tma and
 * overlap options; NULL: zo_target_default(false), mma.sync). NULL after a
 * message naming the group it cannot emit. */
ZoCuProgram *zo_cuda_generate(Func *f, const ZoTarget *t);
/* what the generator can run for a resolved target, for the kernel plan */
ZoKCaps zo_cuda_caps(const ZoTarget *t);
void zo_cuda_program_free(ZoCuProgram *p);

/* The argument of zk_update, the training update on the device (every
 * generated module has it; runtime/cuda_exec.c launches it): one trained
 * tensor's f32 master (0: masters none) and working copy (dtype 0 f32, 1
 * f16, 2 bf16, 3 f8e4m3), the rounding into it, the step's queries (seed, d)
 * and the tensor's perturbation streams. The CUDA
 * text declares the same fields in the same order. */
#define ZO_CU_UPD_MAXQ 16
#define ZO_CU_UPD_MAXQ_S "16"
#define ZO_CU_UPD_MAXS 4
#define ZO_CU_UPD_MAXS_S "4"
typedef struct ZoCuUpd {
  uint64_t master, work;
  int64_t n;
  uint64_t seeds[ZO_CU_UPD_MAXQ];
  float d[ZO_CU_UPD_MAXQ];
  uint32_t streams[ZO_CU_UPD_MAXS];
  int32_t nq, nstreams, dtype, decay, clamp, rounding;   /* rounding 0 nearest, 1 stochastic */
  float lr, lw, clamp_min, inv;
} ZoCuUpd;

/* The text of codegen/zo_rng.h, embedded at build time. */
extern const char zo_cuda_rng_text[];

/* The text before and after it in every translation unit (codegen/cuda/prelude.c). */
extern const char zo_cuda_prelude[], zo_cuda_after_rng[];

#endif
