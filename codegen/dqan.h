/* dqan.h — one static analysis of a format's dequant expression W[k, n] (an
 * Sx tree; zo_sx_eval in ir/ir.c is its meaning), read by both emitters: the
 * CPU's (llvm/sx.c, and llvm/plan.c's z prologue choice) and the GPU's
 * (cuda/dequant.c). It calls no LLVM and emits nothing.
 *
 * What the emitters ask of the expression, and where each answer lives:
 *  - dependence: whether a node varies with k and with n (deps), reads
 *    storage (mem), is computed from loaded data (datadep), or depends on the
 *    sign of the perturbation (signdep: reads a perturbed float storage);
 *  - values: an exact interval [lo, hi] of every integer node (k in [0, K),
 *    n in [0, N), loads by dtype, bit fields by width; saturated to int64)
 *    and whether it needs 64 bits (wide); a known divisor (div) — the CPU
 *    computes in i32 and divides without sign fixes, both read a bit field
 *    with one word when its offset is a multiple of its width, the GPU
 *    converts small integers to float by their bits;
 *  - strides: the stride in n of a node that is f(k, data) + nstride·n
 *    (naff; the CPU's contiguous vector loads), and kmul for a node that is
 *    exactly kmul·k (the GPU's 8-k block reads one word for 8 fields);
 *  - runs along k: kdiv (the node is exactly floor(k / kdiv)), kblock (the
 *    node is constant on every kblock-aligned block of k, 0 when it does not
 *    vary with k; exact, so the GPU's 8-k block computes a node once when
 *    8 | kblock) and run (for nodes of k alone: a lower bound on the length
 *    of each run of equal values along k, but the first and last; a guess,
 *    flagged run_guess, when the value comes from data such as g_idx[k]; the
 *    CPU recomputes a node per k when run < 4 rather than keep it);
 *  - keys: the storages indexed by k alone (g_idx[k]: gkey, in order of
 *    appearance), whose values select a group; and the CPU's hoisting: the
 *    maximal subtrees that vary with n and read memory but depend on k only
 *    through k-only subtrees with long runs (hoist, numbered), those k-only
 *    subtrees (key, numbered, equal subtrees sharing a number), and whether
 *    W = H · R with H hoisted and R free of the sign (factored), R = A − Z
 *    with Z hoisted (f_a, f_z);
 *  - storages: the dim of a storage every load indexes by exactly n (its
 *    other indices free of n), for the CPU's per-block z prologue.
 * One walk computes it, bottom-up over the nodes in preorder. */
#ifndef ZOC_DQAN_H
#define ZOC_DQAN_H

#include <stdbool.h>
#include <stdint.h>

#include "ir/ir.h"

enum { DQ_DEP_K = 1, DQ_DEP_N = 2 };

/* what the analysis needs of a weight: its expression, logical shape and storages */
typedef struct DqIn {
  const Sx *expr;
  int64_t K, N;
  int nstorage;
  DType dt[ZO_MAX_STORAGE];
  int rank[ZO_MAX_STORAGE];
  int64_t shape[ZO_MAX_STORAGE][ZO_MAX_RANK];
  bool perturbed[ZO_MAX_STORAGE];   /* float storages that take ±eps·z */
} DqIn;

typedef struct DqNode {
  const Sx *x;
  int parent;              /* -1: the root */
  unsigned deps;           /* DQ_DEP_K | DQ_DEP_N */
  bool is_int, wide, mem, signdep, datadep;
  int64_t lo, hi;          /* integer nodes: every value lies in [lo, hi] */
  int64_t div;             /* integer nodes: every value is a multiple of div (0: always 0) */
  bool naff;               /* the value is f(k, data) + nstride·n */
  int64_t nstride;
  int64_t kmul;            /* the value is kmul·k exactly (0: not so) */
  int64_t kdiv;            /* the value is floor(k / kdiv) exactly (0: not so) */
  int64_t kblock;          /* constant on kblock-aligned blocks of k (0: no k) */
  int64_t run;             /* k-only nodes: shortest inner run of equal values along k */
  bool run_guess;          /* run comes from data (an index table): a guess */
  bool kfine;              /* k-only: k up to ±, · by constants (changes at every k) */
  bool kdirect;            /* depends on k through a fine or sign-dependent k-only part */
  bool gkey;               /* a load of an integer storage indexed by k alone (g_idx[k]) */
  int hoist, key;          /* -1: none */
} DqNode;

typedef struct DqAn {
  int n;                   /* nodes, in preorder: node[0] is the root */
  DqNode *node;
  int nhoist, *hnode;      /* hoisted nodes */
  int nkey, *knode;        /* key nodes (one per distinct key subtree) */
  int ngkey, gkey[ZO_MAX_STORAGE];   /* storages read as gkey, in order of appearance */
  bool factored;
  int f_h, f_r;            /* factored: W = node f_h · node f_r */
  int f_a, f_z;            /* R = A − Z with Z hoisted (else -1) */
} DqAn;

DqAn *zo_dqan(const DqIn *in);
void zo_dqan_free(DqAn *a);
/* the index of node x (a node of the analysed tree) */
int zo_dqan_index(const DqAn *a, const Sx *x);
/* node c of node i (NULL kid: NULL) */
const DqNode *zo_dqan_kid(const DqAn *a, int i, int c);
/* an integer node with one known value */
bool zo_dqan_is_const(const DqNode *d);
/* every load of storage st indexes one dim (the same each time) by exactly n
   and the others without n, and no bits() reads it: that dim, else -1 */
int zo_dqan_n_dim(const DqAn *a, int st);

/* the CPU backend's: the analysis of a matmul's KDq (llvm/sx.c; the planner
   asks it which storages take a z prologue) */
struct KDq;
DqAn *zs_dqan(const struct KDq *dq);

#endif
