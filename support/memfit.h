/* memfit.h — what memory this machine has left for zoc, so that sizes the
 * user chose (-D values, --batch, --set batch, the length of a data line) are
 * checked before they are allocated.
 *
 * A buffer whose size the user decides is not a bug when it cannot be had:
 * it is too big for this machine. So the big allocations (weights, the
 * activation arena, per-thread scratch, batches, logits) are first compared
 * with what the process may still allocate, and refused with a message that
 * says what needs how much, how much there is, and what to change (exit 1).
 * One that passes the check and still fails (another process took the
 * memory meanwhile) is an environment failure with its size, not ZO_BUG. */
#ifndef ZOC_MEMFIT_H
#define ZOC_MEMFIT_H

#include <stddef.h>
#include <stdint.h>

#include "support/support.h"

/* The bytes this process may still allocate: the least of the kernel's
 * estimate (MemAvailable in /proc/meminfo), its cgroup's limit less its
 * usage (v2 memory.max, v1 memory.limit_in_bytes; reclaimable page cache
 * counted as free), and RLIMIT_AS / RLIMIT_DATA less what the process maps
 * already. *source (may be NULL) names the one that binds. INT64_MAX when
 * none can be read. */
int64_t zo_mem_available(const char **source);

/* a + b and a · b of byte counts (>= 0), INT64_MAX when they overflow */
int64_t zo_mem_add(int64_t a, int64_t b);
int64_t zo_mem_mul(int64_t a, int64_t b);

/* "76.2 GiB" (or "512 bytes") into buf */
const char *zo_mem_str(char *buf, size_t n, int64_t bytes);

/* 0 if NEED bytes fit in zo_mem_available(); else -1 after
 * "zoc: error: WHAT: needs SIZE (N bytes), but this machine has AVAIL left
 * (SOURCE): FIX"
 * (WHAT says what is being sized and at which sizes, FIX what to change). */
int zo_mem_fit(const char *what, int64_t need, const char *fix_fmt, ...) ZO_PRINTF(3, 4);

/* What to change when a forward does not fit: its B and T come from these. */
#define ZO_FIT_FORWARD_FIX \
  "use a smaller batch (--batch N; for zoc train --set batch=N) or shorter sequences (--max-len N, --seq N, " \
  "shorter lines in --data)"

/* malloc of a buffer the user's sizes decide: NULL after an environment
 * error naming WHAT and the size (64-byte aligned with zo_mem_alloc_aligned). */
void *zo_mem_alloc(int64_t bytes, const char *what);
void *zo_mem_alloc_aligned(int64_t bytes, const char *what);

#endif
