/* fit.h — what a forward, a training run and an evaluation need in memory
 * at the user's sizes, checked before anything is allocated, so that a
 * batch or a data line too large for this machine is a message naming the
 * sizes and what to change (exit 1), not an abort or an OOM kill minutes in.
 * support/memfit.h says what the machine has. The backends check their own
 * allocations again, exactly, when they make them. */
#ifndef ZOC_FIT_H
#define ZOC_FIT_H

#include <stdint.h>

#include "runtime/exec.h"
#include "runtime/train.h"

/* A forward of B x T tokens through backend be: its activations (the memory
 * plan at B, T, for a backend on the host; a device backend checks its own
 * memory) and host_extra bytes the caller allocates beside it (the logits it
 * copies out, token buffers) against what this machine has left. 0, or -1
 * after a message "WHAT, a forward of B x T: needs ..., FIX". f is compiled
 * and bound; its plan is left at the compiled sizes. */
int zo_fit_forward(Func *f, const Backend *be, int64_t B, int64_t T, int64_t host_extra, const char *what,
                   const char *fix);

/* The largest step of a training run (batch items, both signs, the longest
 * row) and of its evaluations, before the run starts: a batch setting over
 * INT_MAX, or sizes that do not fit, are refused naming --set batch and
 * --max-len (an lm row, all targets, cannot be cut: its line in --data is
 * what to shorten). 0, or -1 after a message. */
int zo_fit_train(const ZoTrainRun *run);

/* An evaluation (zoc eval) of items, batch at a time: 0, or -1 after a
 * message naming --batch and --max-len. */
int zo_fit_eval(Func *f, const Backend *be, const ZoItems *items, int64_t batch);

#endif
