/* fuse.c — fusion marking: which values one generated kernel computes.
 *
 * Groups are built with union-find over the flat, use-counted block, in three
 * kinds of kernel the code generators know how to emit:
 *  - dequant + perturb + matmul: a matmul reads its weight's storage directly
 *    (the weight, and a transpose of a plain weight, join the matmul's group),
 *    so a dequantized or perturbed weight is never materialized; single-use
 *    elementwise consumers of the product join as an epilogue (bias, silu);
 *  - elementwise chains: an elementwise op absorbs single-use elementwise
 *    operands, at most one matmul per kernel;
 *  - norm + residual: a norm absorbs the residual add feeding it (the add's
 *    result stays materialized, since the residual stream uses it again), so
 *    one pass over the row writes both x and norm(x). An add that feeds a norm
 *    does not also take a matmul as its epilogue. A grouped norm (a weight of
 *    part of the row: Qwen3's per-head q_norm) runs alone, over rows of a group.
 * A member is a root (materialized) when something outside its kernel uses it
 * or it is an output.
 *
 * These groups are not yet what every backend runs: the kernel plan
 * (codegen/kplan.c, `zoc ir --after kplan`) may, for a GPU target, run a
 * bare matmul inside a later matmul's kernel (gate/up pairs), run a rope in
 * its matmul's epilogue (no kernel of its own), store values as f16 and fuse
 * the cross-entropy into the logits' kernel. */
#include "passes/passes.h"

typedef struct Group {
  int parent;
  int matmuls, norms;
} Group;

static int find(Group *g, int i) {
  while (g[i].parent != i) i = g[i].parent = g[g[i].parent].parent;
  return i;
}

/* merges a into b's group if the result is still one emittable kernel */
static bool unite(Group *g, int a, int b, bool allow_norm) {
  a = find(g, a);
  b = find(g, b);
  if (a == b) return true;
  if (g[a].matmuls + g[b].matmuls > 1) return false;
  if (g[a].norms + g[b].norms > (allow_norm ? 1 : 0)) return false;
  if (allow_norm && g[a].matmuls + g[b].matmuls > 0) return false;
  g[a].parent = b;
  g[b].matmuls += g[a].matmuls;
  g[b].norms += g[a].norms;
  return true;
}

static bool is_norm(const Value *v) { return v->op == ZO_OP_RMS_NORM || v->op == ZO_OP_LAYER_NORM; }
static bool is_ew(const Value *v) { return (zo_op_info(v->op)->flags & ZO_OPF_EW) != 0; }

void zo_pass_fuse(Func *f) {
  Block *b = f->body;
  int n = b->vals.len;
  zo_func_count_uses(f);
  Group *g = zo_xcalloc((size_t)n + 1, sizeof *g);
  for (int i = 0; i < n; i++) {
    Value *v = b->vals.data[i];
    v->index = i;   /* position, for the union-find */
    g[i].parent = i;
    g[i].matmuls = v->op == ZO_OP_MATMUL;
    g[i].norms = is_norm(v);
  }
  /* adds that feed a norm: keep them free of matmul epilogues */
  bool *feeds_norm = zo_xcalloc((size_t)n + 1, sizeof(bool));
  for (int i = 0; i < n; i++) {
    Value *v = b->vals.data[i];
    if (is_norm(v) && v->arg[0]->op == ZO_OP_ADD) feeds_norm[v->arg[0]->index] = true;
  }
  for (int i = 0; i < n; i++) {
    Value *v = b->vals.data[i];
    if (v->op == ZO_OP_MATMUL) {
      Value *w = v->arg[1];
      if (w->op == ZO_OP_TRANSPOSE && w->arg[0]->op == ZO_OP_WEIGHT && w->uses == 1) {
        unite(g, w->index, i, false);
        w = w->arg[0];
      }
      /* a weight used by several matmuls is read by each kernel: only the weight
         of a single use is marked as part of the kernel */
      if (w->op == ZO_OP_WEIGHT && w->uses == 1) unite(g, w->index, i, false);
    } else if (is_ew(v)) {
      for (int a = 0; a < v->narg; a++) {
        Value *u = v->arg[a];
        if (u->uses != 1 || u->op == ZO_OP_INPUT || u->op == ZO_OP_WEIGHT) continue;
        if (feeds_norm[i] && u->op == ZO_OP_MATMUL) continue;
        if (is_ew(u) || u->op == ZO_OP_MATMUL) unite(g, u->index, i, false);
      }
    } else if (is_norm(v) && v->arg[0]->op == ZO_OP_ADD && zo_dim_eq(v->arg[1]->type.dims[0], zo_value_last_dim(v))) {
      /* (a grouped norm, a weight of a part of the row, runs alone: its kernel's rows are the groups) */
      unite(g, v->arg[0]->index, i, true);
    }
  }
  /* number the kernels in the order they run: a kernel runs at its last
     member; a weight alone is no kernel */
  int *last = zo_xcalloc((size_t)n + 1, sizeof(int));
  int *id = zo_xcalloc((size_t)n + 1, sizeof(int));
  for (int i = 0; i < n; i++) {
    last[find(g, i)] = i;
    id[i] = -1;
  }
  int ngroups = 0;
  for (int i = 0; i < n; i++) {
    int r = find(g, i);
    Value *v = b->vals.data[i];
    bool leaf_alone = (v->op == ZO_OP_INPUT || v->op == ZO_OP_WEIGHT) && r == i && last[r] == i;
    if (last[r] == i && !leaf_alone) id[r] = ngroups++;
  }
  for (int i = 0; i < n; i++) b->vals.data[i]->group = id[find(g, i)];
  free(last);
  /* roots: used outside the kernel, or an output */
  for (int i = 0; i < n; i++) b->vals.data[i]->group_root = 0;
  for (int i = 0; i < n; i++) {
    Value *v = b->vals.data[i];
    for (int a = 0; a < v->narg; a++) {
      Value *u = v->arg[a];
      if (u->group >= 0 && u->group != v->group) u->group_root = 1;
    }
  }
  for (int i = 0; i < f->outputs.len; i++) f->outputs.data[i]->group_root = 1;
  /* (a kernel's last member has only outside users, so it is a root above) */
  for (int i = 0; i < n; i++) b->vals.data[i]->index = 0;
  f->ngroups = ngroups;
  free(g);
  free(feeds_norm);
  free(id);
}
