/* demo.h — zoc's first-run demo (`zoc demo`) as a library function: with
 * nothing downloaded, a small full-precision teacher is made, a 4-bit GPTQ
 * student is made from its base, and the student's quantization scales are
 * QZO-trained on teacher-labelled token sequences on the CPU.
 *
 * The steps (runtime/demo.c says why each is the way it is):
 *   1. compile the model source (models/tiny.zo) twice: dense f32 linears
 *      (-D W=linear(dt=f32)) for the base and the teacher, as written (GPTQ
 *      4-bit, groups of 32) under the recipe (qzo) for the student;
 *   2. the base: random weights from the demo seed, the head scaled so the
 *      next-token distribution is peaked (base.safetensors); the teacher: the
 *      base fine-tuned, every projection's output channels scaled by
 *      exp(gain_std·N(0,1)) (teacher.safetensors; gain_std 0: the base itself);
 *   3. the student: every GPTQ weight is the base's matrix through the
 *      round-to-nearest GPTQ quantizer of runtime/quant.h (student "nvfp4":
 *      -D W=nvfp4 and its NVFP4 quantizer), every other tensor
 *      the base's own (student-4bit.safetensors); the teacher through the same
 *      quantizer, for reference (teacher-4bit.safetensors);
 *   4. random token sequences, every position labelled with the teacher's
 *      argmax (train.jsonl, eval.jsonl: `zoc train --task lm` reads them);
 *   5. zo_train (runtime/train.h) on the train split, evaluated on the held-out
 *      split before and after: loss = mean cross-entropy against the teacher's
 *      labels, agreement = how often the student's argmax is the teacher's;
 *   6. the trained 4-bit checkpoint is read back from the run directory and
 *      evaluated again, so the reported result is the one the file holds.
 */
#ifndef ZOC_DEMO_H
#define ZOC_DEMO_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "runtime/train.h"

typedef struct ZoDemoOptions {
  const char *zo_file;        /* the model source; NULL: ZOC_SOURCE_DIR/models/tiny.zo */
  const char *model;          /* NULL: the file's only model */
  const char *recipe;         /* the recipe the student trains with ("qzo") */
  const char *student;        /* the student's format: NULL or "gptq" (the model's, GPTQ 4-bit),
                                 "nvfp4" (NVFP4: e2m1 codes, fp8 e4m3 scales per 16 inputs) */
  const char *out_dir;        /* the run directory (created); NULL: ./zoc-demo, or
                                 ./zoc-demo-2, -3, ... when that one holds a run */
  uint64_t seed;              /* teacher weights, data and the run's seed */
  int threads;                /* <= 0: every online CPU */
  /* data */
  int64_t seq_len;            /* tokens per sequence */
  int train_seqs, eval_seqs;
  /* teacher */
  double head_std;            /* target std of the teacher's logits (the head's gain) */
  double gain_std;            /* the fine-tune: output-channel gains exp(gain_std·N(0,1));
                                 0: the teacher is the base (the student is its GPTQ) */
  /* training: these replace the recipe's settings */
  int64_t steps, batch;
  double lr, eps;
  int evals;                  /* evaluations during training, besides the first and last
                                 (default 0: see demo.c on zo_train's mid-run evaluation) */
  /* extra `NAME=VALUE` settings applied after the above (zo_train_settings_set) */
  int nsets;
  const char *const *sets;
  FILE *out;                  /* the report (NULL: nothing printed) */
  bool progress;              /* zo_train's progress line on a terminal */
} ZoDemoOptions;

/* The settings of `zoc demo` (quick: the short run `--quick` and the test use). */
void zo_demo_defaults(ZoDemoOptions *o, bool quick);
/* The student's format, with the training settings that suit it (nvfp4: its
 * e4m3 scales are ~100-448 with a per-tensor scale ~2e-4, so eps and lr grow
 * by c and c² against gptq's f16 scales, c ~ 7000 the ratio of the scales;
 * docs/demo.md has the sweep). */
void zo_demo_student(ZoDemoOptions *o, const char *student);

typedef struct ZoDemoResult {
  char out_dir[1024];         /* the run directory used */
  char checkpoint[1100];      /* the trained 4-bit checkpoint */
  ZoMetrics teacher;          /* the teacher on the eval split (agreement 1 by construction) */
  ZoMetrics reference;        /* the teacher's own GPTQ (gain_std > 0) */
  ZoMetrics before, after;    /* the student on the eval split (after: from the checkpoint file) */
  int64_t scales;             /* trained elements */
  int64_t changed;            /* trained elements whose bytes in the checkpoint differ from the student's */
  int64_t steps;
  double seconds;             /* everything: compile, teacher, quantize, label, train, eval */
  double train_seconds;
  bool interrupted;           /* Ctrl-C during training: the run was saved and stopped */
} ZoDemoResult;

/* Runs the demo; 0, or -1 after a message (zo_env_error / diagnostics). */
int zo_demo_run(const ZoDemoOptions *o, ZoDemoResult *r);

#endif
