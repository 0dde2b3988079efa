/* kplan.h — the kernel plan both backends consume: what each fusion group's
 * kernel is and the decisions that span kernels, made once from a target's
 * capabilities before any backend emits code.
 *
 * Per group (passes/fuse.c's groups): its kind (a matmul present: matmul; a
 * norm: norm; only elementwise ops: elementwise; else single: its one op
 * runs alone, and each backend keeps a table of such ops' kernels keyed by
 * the op, so a new op needs no kind here), its members in IR order, its anchor (the last member), its operands
 * (values read from outside the group) and what its kind needs of them
 * (zo_kplan_check: one list of "cannot be generated" reasons, not one a
 * backend). The elementwise work of a matmul epilogue, an elementwise group
 * or a norm is walked here too (KEwSet: operands and members in the order
 * both backends give them argument slots). Across groups, each
 * decided only where the capabilities (ZoKCaps) allow it:
 *   - values stored as f16 only: f32 roots whose every use is a matmul's X
 *     (or the tensor-core attention's keys and values, or its queries after
 *     rope) on a backend whose matmuls read X as f16 from memory;
 *   - matmul pairs: a bare matmul whose one use is the epilogue of a later
 *     matmul of the same X runs inside that kernel (a Llama's gate and up);
 *   - rope in a matmul's epilogue (a Llama's queries and keys);
 *   - the fused cross-entropy: the kernel making the logits reduces them to
 *     the loss in loss-only forwards;
 *   - the memory hints these imply (MemHint: f16 values at 2 bytes, products
 *     kept in registers or shared memory at 0, ropes stored by their
 *     matmul's kernel), for zo_memplan_hints.
 * The CPU backend asks for none of these (a zero ZoKCaps); the CUDA backend
 * derives its caps from codegen/target.h's ZoTarget (zo_cuda_caps).
 * `zoc ir --after kplan --target ...` prints the plan (zo_kplan_print).
 *
 * The plan calls no backend: what depends on a backend's own code (whether
 * it dequantizes a matmul's W to a scratch, its epilogue tile's width) comes
 * in through ZoKCaps. */
#ifndef ZOC_KPLAN_H
#define ZOC_KPLAN_H

#include <stdbool.h>
#include <stdio.h>

#include "ir/ir.h"

/* A group's kernel kind. */
typedef enum KKind {
  KK_MATMUL,      /* a matmul with its W's dequant and elementwise epilogue */
  KK_EW,          /* elementwise members only */
  KK_NORM,        /* elementwise members, then rms or layer norm */
  KK_SINGLE,      /* one op alone (the anchor's): rope, attention, softmax, ...; a backend without
                     a kernel for that op reports it */
} KKind;

/* A size that is a constant or a run-time int slot (a backend's slot). */
typedef struct KSize {
  int64_t c;     /* >= 0: the constant */
  int slot;      /* ints slot when c < 0 */
} KSize;

/* What a backend can run, for the decisions across kernels. */
typedef struct ZoKCaps {
  bool tensor_cores;   /* matmuls and (head dims 16..128 in steps of 16) attention on f16 tensor cores */
  bool half_x;         /* matmuls read X as f16 from memory: values used only as X may be stored as f16 */
  bool pairs;          /* a matmul's accumulators may hold a second product (matmul pairs) */
  bool rope_epi;       /* rope may run in a matmul's staged epilogue */
  int epi_cols;        /* columns of that epilogue's tile: a rope's heads must divide it */
  bool ce;             /* the fused cross-entropy */
  bool lp_x;           /* a low-precision forward: the matmuls it applies to (runtime/lowprec.h's zo_lp_applies) quantize
                          their X from its f32 values, so such an X is never stored as f16 only */
  /* whether the backend dequantizes matmul mm's W into a scratch it then
     reads (*pert: both signs), for pairs (two Ws the same way); NULL: never */
  bool (*dq_scratch)(const Value *mm, bool *pert);
} ZoKCaps;

typedef Vec(const Value *) KValVec;

/* One group's kernel. */
typedef struct KGroup {
  KKind kind;
  KValVec members;             /* in IR order */
  const Value *anchor;         /* the last member */
  const Value *mm;             /* matmul groups: the matmul */
  KValVec opd;                 /* values read from outside the group, in order of first read */
  /* decisions across kernels */
  bool pair_first;             /* its matmul runs inside a later group's kernel (pair_next) */
  int pair_next;               /* that group, -1 none */
  const Value *pair_prev;      /* the matmul paired into this group's kernel (its product held in registers) */
  const Value *rope_at;        /* the rope this matmul's epilogue applies */
  bool rope_in;                /* a rope an earlier matmul's kernel runs: no kernel of its own */
} KGroup;

typedef struct ZoKPlan {
  const Func *f;
  ZoKCaps caps;
  Dim batch;                   /* the input's first dim (B): a perturbed kernel's rows are batch entries of it */
  bool have_batch;
  int ngroups;
  KGroup *groups;
  KValVec half;                /* values stored as f16 only */
  KValVec qscaled;             /* of those, rope's queries stored as f16(q * scale) for the tensor-core attention */
  KValVec qscale_att;          /* each one's attention */
  int ce;                      /* the group whose kernel makes the logits the fused cross-entropy takes; -1 none */
  int nhints;
  MemHint *hints;              /* for zo_memplan_hints */
} ZoKPlan;

/* ---- a kernel's elementwise work in a [rows, N] view, as both backends'
 * planners build it: the operands it reads from outside (every one ends in
 * N, suffix broadcasting), and the members (a matmul's epilogue, an
 * elementwise group, a norm's residual add) in order. The backends give
 * each operand and root their own argument slots, in this order. */
typedef struct KOperand {
  const Value *v;
  bool weight;        /* a plain weight's storage 0, else a materialized value's buffer */
  bool perturbed;     /* a plain weight the recipe perturbs */
  bool full;          /* as many rows as the kernel's output: row = m */
  Dim rows;           /* its rows: row = m mod rows when not full */
} KOperand;

typedef struct KMember {
  const Value *v;
  int src[2];         /* an operand (>= 0) or an earlier member (-1 - i); a matmul has none */
} KMember;

typedef struct KEwSet {
  Dim N, rows;        /* the kernel output's [rows, N] view */
  Vec(KOperand) opd;
  Vec(KMember) mem;
} KEwSet;

/* the [rows, N] view of a kernel ending in anchor: its rows and last dimension, or rows of G for a
   norm whose weight is a group G of the last dimension */
void zo_kew_view(KEwSet *s, const Value *anchor);
/* Each -1 after *err says why (the backend reports it with the kernel). */
/* u as an operand (the same index for the same value) */
int zo_kew_operand(KEwSet *s, const Value *u, const char **err);
/* *src: u where member v of a group reads it, an earlier member (-1 - i) or an operand */
int zo_kew_source(KEwSet *s, const Value *u, const Value *v, int *src, const char **err);
/* member v: its arguments' sources, then v itself; a root must have the output's rows */
int zo_kew_member(KEwSet *s, const Value *v, const char **err);
int zo_kew_member_index(const KEwSet *s, const Value *v);
void zo_kew_free(KEwSet *s);
/* the rows per batch entry of a kernel with `rows` rows that reads something
   perturbed (the sign is per batch entry); -1 with *err when they are not */
int zo_kplan_sign_rows(const ZoKPlan *p, Dim rows, Dim *per, const char **err);

/* Why group g's kernel cannot be generated by any backend (NULL: it can):
 * what its kind needs of its members, operands and shapes (a matmul's
 * elementwise epilogue and f32 X, a norm at the end of its group, a single
 * op's materialized, unperturbed, unformatted inputs and constant sizes).
 * The backends ask before they give the kernel slots, and report it. */
const char *zo_kplan_check(const ZoKPlan *p, int g);

/* The plan of f (fused) for caps. Never fails: a kernel that cannot be
   generated is zo_kplan_check's to say, and the backends' to report. */
ZoKPlan *zo_kplan(const Func *f, const ZoKCaps *caps);
void zo_kplan_free(ZoKPlan *p);
/* attention v runs on tensor cores */
bool zo_kplan_attention_tc(const ZoKCaps *caps, const Value *v);
bool zo_kplan_is_half(const ZoKPlan *p, const Value *v);
const char *zo_kk_name(KKind k);
/* a group's kind as the plan prints it: a single op's is its op's name */
const char *zo_kgroup_kind(const KGroup *g);
/* the plan as text: each group, its kind, operands and decisions; the f16
   values, the cross-entropy, the hints */
void zo_kplan_print(FILE *out, const ZoKPlan *p);

#endif
