/* target.h — what a user chooses about the device a model runs on: the code
 * the GPU generator emits (the matmul path, how wgmma's operands are loaded,
 * the dequants on a second stream) and how the backends run it (CUDA graphs,
 * the per-kernel profile, where the training update runs).
 *
 * One table (zo_target_info, target.c) gives each option's name, values,
 * default, the backends that read it and its help: `--target NAME=VALUE` on
 * the command line is parsed against it, `zoc cuda --verbose` prints it with
 * each value's origin, and tests/test_target.c checks that docs/gpu.md lists
 * the same. Nothing here comes from the environment: the generated source
 * depends only on the model and these options. Experiments that lost (the
 * measurements are in docs/gpu.md, "Tried and measured") are not options:
 * their code is gone. */
#ifndef ZOC_TARGET_H
#define ZOC_TARGET_H

#include <stdbool.h>
#include <stdio.h>

#include "support/support.h"

enum { ZO_AUTO = -1 };   /* a value the device decides (zo_target_resolve) */

typedef enum ZoMatmul {
  ZO_MM_F32,      /* plain f32 FMA: exact to f32 rounding, no tensor cores */
  ZO_MM_MMA,      /* mma.sync tensor cores (sm_80 on) */
  ZO_MM_WGMMA,    /* Hopper's wgmma (sm_90a) */
} ZoMatmul;

typedef enum ZoUpdate {
  ZO_UPD_DEVICE,  /* the training update on the GPU */
  ZO_UPD_HOST,    /* on the host, the perturbed storages copied to the GPU after it */
} ZoUpdate;

typedef enum ZoTargetOpt { ZO_T_MATMUL, ZO_T_TMA, ZO_T_OVERLAP, ZO_T_GRAPH, ZO_T_PROFILE, ZO_T_UPDATE, ZO_T_LOWBIT, ZO_T_COUNT } ZoTargetOpt;

/* where a value came from (printed by zo_target_print) */
typedef enum ZoFrom { ZO_FROM_DEFAULT, ZO_FROM_DEVICE, ZO_FROM_RECIPE, ZO_FROM_USER } ZoFrom;

typedef struct ZoTarget {
  int matmul;                   /* ZoMatmul, or ZO_AUTO */
  int tma;                      /* 1: wgmma's operands by the copy engine; 0: by cp.async; or ZO_AUTO */
  int overlap;                  /* 1: the dequants beside the matmuls (two scratch banks, a second stream) */
  int graph;                    /* 1: forwards captured as CUDA graphs */
  int profile;                  /* 1: launches timed one by one, a table at close */
  int update;                   /* ZoUpdate */
  int lowbit;                   /* 1: a low-precision forward's wgmma matmuls on the fp8 / int8 tensor cores; 0: on f16's (docs/lowprec.md) */
  unsigned char from[ZO_T_COUNT];   /* ZoFrom of each */
  char device[48];              /* what decided the ZO_FROM_DEVICE values: "the GPU (sm_90)", "--arch 90a" */
} ZoTarget;

/* the backends an option is read by */
enum { ZO_TB_CPU = 1, ZO_TB_CUDA = 2 };

typedef struct ZoTargetInfo {
  const char *name;
  const char *const *values;    /* NULL-terminated; a value is stored as its index */
  bool autov;                   /* "auto" is a value too: the device decides */
  int dflt;                     /* an index, or ZO_AUTO */
  unsigned backends;            /* ZO_TB_* */
  size_t off;                   /* its int in ZoTarget */
  const char *help;
} ZoTargetInfo;

extern const ZoTargetInfo zo_target_info[ZO_T_COUNT];

/* every option at its default */
void zo_target_init(ZoTarget *t);
/* `NAME=VALUE` from the command line; 0, or -1 with the reason in *err
   (a "did you mean" for a misspelt name, the values for a bad value) */
int zo_target_set(ZoTarget *t, const char *arg, StrBuf *err);
/* the same from a recipe's `target NAME = VALUE` (ZO_FROM_RECIPE: its
   messages say `target`, not `--target`) or the command line (ZO_FROM_USER) */
int zo_target_set_from(ZoTarget *t, const char *arg, ZoFrom from, StrBuf *err);
/* A recipe's options ("NAME=VALUE", checked when it was lowered) under what
 * the command line set: the command line wins. An option the backend does not
 * read is kept and ignored (a recipe may name cuda's options and still run on
 * the cpu). */
void zo_target_apply_recipe(ZoTarget *t, const char *const *args, int n);
/* 0 when every option the user set is one `backend` ("cpu", "ref", "cuda")
   reads; else -1 with the reason in *err */
int zo_target_check_backend(const ZoTarget *t, const char *backend, StrBuf *err);
/* The auto values decided for a device (`device` says which, for the
 * print): wgmma where the architecture has it (`wgmma_ok`: sm_90a), else
 * mma.sync; the copy engine where the driver can encode tensor maps
 * (`tma_ok`). A value the user set that the device cannot run (wgmma
 * without sm_90a, tma=1 without the driver's encoder) is -1 with the reason
 * in *err. */
int zo_target_resolve(ZoTarget *t, bool wgmma_ok, bool tma_ok, const char *device, StrBuf *err);
/* a resolved target with the defaults of a device that has (or not) wgmma
   and the copy engine: what tests and zo_cuda_generate(f, NULL) use */
ZoTarget zo_target_default(bool wgmma);
/* every option, its value, where it came from and its help */
void zo_target_print(const ZoTarget *t, FILE *out);
/* an option's value (zo_target_info[o].off) */
int zo_target_get(const ZoTarget *t, ZoTargetOpt o);

#endif
