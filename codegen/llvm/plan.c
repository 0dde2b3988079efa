/* llvm/plan.c — from the kernel plan's groups (codegen/kplan.h: which kind
 * of kernel each group is, its members; this backend asks for none of the
 * decisions across kernels) to LLVM kernel plans: what each kernel reads and
 * writes, which argument slot holds each pointer, size, stream id and
 * perturbation setting, and the matmul's scratch layout. An op that runs
 * alone gets the slots every such kernel has here (plan_single), the rest
 * from its row of codegen/llvm/ops.c's table.
 *
 * Slots are assigned in a fixed order that depends only on the group's
 * structure, so the 32 q_proj kernels of a 32-layer model get identical
 * bodies (their weights and stream ids differ only in the slot values) and
 * compile to one function. Sizes that depend on B and T are int slots
 * (ZO_KARG_DIM), so one compiled function serves every batch shape.
 */
#include <string.h>

#include "codegen/dqan.h"
#include "codegen/llvm/internal.h"
#include "runtime/lowprec.h"

#define Z_PROLOGUE_MAX (1 << 20)     /* elements of a perturbed operand whose z is precomputed per call */

struct Planner {
  Func *f;
  ZoLlvmProgram *p;
  const ZoKPlan *plan;
};

/* ---- slots */
static int add_ptr(KPlan *kp, ZoKArg a) {
  for (int i = 0; i < kp->ptrs.len; i++)
    if (kp->ptrs.data[i].kind == a.kind && kp->ptrs.data[i].v == a.v && kp->ptrs.data[i].storage == a.storage) return i;
  vec_push(&kp->ptrs, a);
  return kp->ptrs.len - 1;
}

static int ptr_buffer(KPlan *kp, const Value *v) {
  ZO_ASSERT(v->buffer >= 0);
  return add_ptr(kp, (ZoKArg){.kind = ZO_KARG_BUFFER, .v = v});
}

static int ptr_storage(KPlan *kp, const Value *w, int s) {
  return add_ptr(kp, (ZoKArg){.kind = ZO_KARG_STORAGE, .v = w, .storage = s});
}

static int add_int(KPlan *kp, ZoKArg a) {
  if (a.kind == ZO_KARG_DIM || a.kind == ZO_KARG_SEED || a.kind == ZO_KARG_PERTURB)
    for (int i = 0; i < kp->ints.len; i++)
      if (kp->ints.data[i].kind == a.kind && (a.kind != ZO_KARG_DIM || zo_dim_eq(kp->ints.data[i].dim, a.dim))) return i;
  vec_push(&kp->ints, a);
  return kp->ints.len - 1;
}

KSize zp_ksize(KPlan *kp, Dim d) {
  if (zo_dim_is_const(d)) return (KSize){.c = d.coef, .slot = -1};
  return (KSize){.c = -1, .slot = add_int(kp, (ZoKArg){.kind = ZO_KARG_DIM, .dim = d})};
}

int zp_int_const(KPlan *kp, int64_t c) { return add_int(kp, (ZoKArg){.kind = ZO_KARG_CONST, .c = c}); }

/* ---- dims */

static int fail(Planner *pl, const KPlan *kp, const char *what) {
  StrBuf sb = {0};
  zo_sb_printf(&sb, "kernel %d (%s at %%%d)", kp->k->group, zo_op_name(kp->k->anchor->op), kp->k->anchor->id);
  zo_env_error("the LLVM CPU backend", "%s: %s", sb.buf, what);
  zo_sb_free(&sb);
  return -1;
}

/* the perturbation slots, once, for a kernel whose output has `rows` rows */
int zp_need_perturb(Planner *pl, KPlan *kp, Dim rows) {
  if (kp->a_pert >= 0) return 0;
  Dim per;
  const char *err = NULL;
  if (zo_kplan_sign_rows(pl->plan, rows, &per, &err) < 0) return fail(pl, kp, err);
  kp->a_pert = add_int(kp, (ZoKArg){.kind = ZO_KARG_PERTURB});
  kp->a_seed = add_int(kp, (ZoKArg){.kind = ZO_KARG_SEED});
  kp->a_srows = add_int(kp, (ZoKArg){.kind = ZO_KARG_SPLIT_ROWS, .dim = per});
  vec_push(&kp->floats, ((ZoKArg){.kind = ZO_KARG_EPS}));
  kp->f_eps = kp->floats.len - 1;
  return 0;
}

/* the slots of the operands the kernel's elementwise set (kp->set) gained
   from operand n0 on, in its order (kp->opd holds them at the same indices) */
static int operand_slots(Planner *pl, KPlan *kp, int n0) {
  for (int i = n0; i < kp->set.opd.len; i++) {
    const KOperand *u = &kp->set.opd.data[i];
    KOpd o = {.v = u->v, .dt = u->v->type.dtype, .perturbed = u->perturbed, .full = u->full, .zoff = -1, .numel = -1,
              .stream = -1};
    if (u->weight) {
      o.ptr = ptr_storage(kp, u->v, 0);
      if (o.perturbed) o.stream = zp_int_const(kp, u->v->w->stream[0]);
      Dim ne = zo_value_numel(u->v);
      if (zo_dim_is_const(ne)) o.numel = ne.coef;
    } else {
      o.ptr = ptr_buffer(kp, u->v);
    }
    if (!o.full) o.rows = zp_ksize(kp, u->rows);
    if (o.perturbed && zp_need_perturb(pl, kp, kp->set.rows) < 0) return -1;
    vec_push(&kp->opd, o);
  }
  return 0;
}

/* *src: u as member v reads it (an earlier member, or an operand with its slots) */
static int add_src(Planner *pl, KPlan *kp, const Value *u, const Value *v, int *src) {
  const char *err = NULL;
  const int n0 = kp->set.opd.len;
  if (zo_kew_source(&kp->set, u, v, src, &err) < 0) return fail(pl, kp, err);
  return operand_slots(pl, kp, n0);
}

/* *opd: u as an operand, with its slots */
static int add_operand(Planner *pl, KPlan *kp, const Value *u, int *opd) {
  const char *err = NULL;
  const int n0 = kp->set.opd.len;
  if ((*opd = zo_kew_operand(&kp->set, u, &err)) < 0) return fail(pl, kp, err);
  return operand_slots(pl, kp, n0);
}

/* elementwise members (and the matmul, whose value the kernel provides) */
static int add_ew(Planner *pl, KPlan *kp, const Value *v) {
  const char *err = NULL;
  const int n0 = kp->set.opd.len, mi = zo_kew_member(&kp->set, v, &err);
  if (mi < 0) return fail(pl, kp, err);
  if (operand_slots(pl, kp, n0) < 0) return -1;
  const KMember *m = &kp->set.mem.data[mi];
  vec_push(&kp->ew, ((KEw){.v = v, .src = {m->src[0], m->src[1]}, .out = v->group_root ? ptr_buffer(kp, v) : -1}));
  return 0;
}

/* ---- matmul: W as a format or a plain matrix */
static Sx *sx_new(Arena *a, SxKind k, int nkids) {
  Sx *x = zo_arena_alloc(a, sizeof *x);
  x->kind = k;
  x->nkids = nkids;
  x->kids = nkids ? zo_arena_alloc(a, sizeof(Sx *) * (size_t)nkids) : NULL;
  return x;
}

static Sx *sx_var(Arena *a, int var) {
  Sx *x = sx_new(a, SX_VAR, 0);
  x->var = var;
  x->is_int = 1;
  return x;
}

/* every load of storage st: one index is exactly n (the same dim each time),
 * the others do not mention n (codegen/dqan.c). Sets that dim, or -1. */
static int separable_dim(const KDq *dq, int st, int *dim) {
  DqAn *an = zs_dqan(dq);
  *dim = zo_dqan_n_dim(an, st);
  zo_dqan_free(an);
  return 0;
}

static int plan_dq(Planner *pl, KPlan *kp, const Value *mm) {
  KDq *dq = &kp->dq;
  const Value *w = mm->arg[1];
  Arena *a = &pl->p->arena;
  bool tr = false;
  if (w->op == ZO_OP_TRANSPOSE && w->group == mm->group && w->arg[0]->op == ZO_OP_WEIGHT) {
    tr = true;
    w = w->arg[0];
  }
  if (w->type.fmt) {
    const FormatInst *fmt = w->type.fmt;
    dq->fmt = fmt;
    dq->expr = fmt->dequant;
    dq->K = w->w->K;
    dq->N = w->w->N;
    dq->nstorage = w->w->nstorage;
    for (int s = 0; s < dq->nstorage; s++) {
      dq->dt[s] = fmt->storage[s].dtype;
      dq->rank[s] = w->w->rank[s];
      for (int d = 0; d < dq->rank[s]; d++) dq->shape[s][d] = w->w->shape[s][d];
      dq->sname[s] = fmt->storage[s].name;
      dq->ptr[s] = ptr_storage(kp, w, s);
      dq->perturbed[s] = w->w->perturbed[s] && zo_dtype_is_float(dq->dt[s]);
      if (dq->perturbed[s]) dq->stream[s] = zp_int_const(kp, w->w->stream[s]);
    }
  } else {
    /* a plain matrix: W[k, n] = A[k, n], or A[n, k] through a fused transpose */
    if (!zo_dim_is_const(w->type.dims[0]) || !zo_dim_is_const(w->type.dims[1]))
      return fail(pl, kp, "the matrix of a matmul must have constant dimensions");
    int64_t r0 = w->type.dims[0].coef, r1 = w->type.dims[1].coef;
    dq->nstorage = 1;
    dq->dt[0] = w->type.dtype;
    dq->rank[0] = 2;
    dq->shape[0][0] = r0;
    dq->shape[0][1] = r1;
    dq->K = tr ? r1 : r0;
    dq->N = tr ? r0 : r1;
    Sx *ld = sx_new(a, SX_LOAD, 2);
    ld->ref = 0;
    ld->kids[0] = sx_var(a, tr ? 1 : 0);
    ld->kids[1] = sx_var(a, tr ? 0 : 1);
    dq->expr = ld;
    dq->sname[0] = tr ? "wt" : "w";
    if (w->op == ZO_OP_WEIGHT) {
      dq->ptr[0] = ptr_storage(kp, w, 0);
      dq->perturbed[0] = w->w->perturbed[0];
      if (dq->perturbed[0]) dq->stream[0] = zp_int_const(kp, w->w->stream[0]);
    } else if (w->buffer >= 0) {
      dq->ptr[0] = ptr_buffer(kp, w);
    } else {
      return fail(pl, kp, "the matmul's matrix is not materialized");
    }
  }
  return 0;
}

/* A matmul the recipe's low-precision forward applies to (docs/lowprec.md):
 * its rounding streams, and for stochastic rounding the call's seed and sign
 * halves (row m's words index from its half's first row); scratch for a
 * block's W' per sign and its scales. Nothing for the default precision. */
static int plan_lowprec(Planner *pl, KPlan *kp, const Value *mm, Dim rows, int64_t *off) {
  kp->lp = zo_lp_applies(mm) ? zo_lp_kind(pl->f) : ZO_LP_DEFAULT;
  if (kp->lp == ZO_LP_DEFAULT) return 0;
  kp->lp_mode = zo_lp_rounding(pl->f);
  int j = zo_lp_ordinal(pl->f, mm);
  ZO_ASSERT(j >= 0);
  kp->a_lpx = zp_int_const(kp, zo_lp_stream_x(j));
  kp->a_lpw = zp_int_const(kp, zo_lp_stream_w(j));
  if (kp->lp_mode == 1 && zp_need_perturb(pl, kp, rows) < 0) return -1;
  kp->lpw_off = *off;
  *off += 2 * kp->dq.K * kp->nb * 4;
  kp->lpt_off = *off;
  *off += (2 * kp->nb * 4 + 63) / 64 * 64;
  return 0;
}

static int plan_matmul(Planner *pl, KPlan *kp, const KGroup *g) {
  const KValVec *mem = &g->members;
  kp->k->kind = "matmul";
  const Value *mm = g->mm;
  const Value *x = mm->arg[0];
  kp->x_ptr = ptr_buffer(kp, x);
  if (plan_dq(pl, kp, mm) < 0) return -1;
  KDq *dq = &kp->dq;
  Dim rows = zo_value_rows(mm);
  kp->rows = zp_ksize(kp, rows);
  kp->N = (KSize){.c = dq->N, .slot = -1};
  if (!zo_dim_eq(zo_value_last_dim(x), zo_dim_const(dq->K))) return fail(pl, kp, "the matmul's inner dimensions differ");
  bool pert = false;
  for (int s = 0; s < dq->nstorage; s++) pert |= dq->perturbed[s];
  if (pert && zp_need_perturb(pl, kp, rows) < 0) return -1;
  /* the epilogue: every elementwise member after (and including) the matmul */
  kp->set.N = zo_dim_const(dq->N);
  kp->set.rows = rows;
  for (int i = 0; i < mem->len; i++) {
    const Value *v = mem->data[i];
    if (v->op == ZO_OP_WEIGHT || v->op == ZO_OP_TRANSPOSE) continue;
    if (v->op == ZO_OP_MATMUL) kp->mm = kp->ew.len;
    if (add_ew(pl, kp, v) < 0) return -1;
  }
  kp->nb = dq->N < ZO_LLVM_NB ? (int)dq->N : ZO_LLVM_NB;
  kp->k->items = zo_dim_const((dq->N + kp->nb - 1) / kp->nb);
  kp->k->items_what = "column blocks";
  /* scratch: z prologues (one region per block of a chunk), epilogue z,
     direct-path accumulators, panels, many-row accumulators */
  int64_t zb = 0;
  for (int s = 0; s < dq->nstorage; s++) {
    kp->z_off[s] = -1;
    if (!dq->perturbed[s]) continue;
    int64_t ne = 1;
    for (int d = 0; d < dq->rank[s]; d++) ne *= dq->shape[s][d];
    int dn = -1;
    if (ne > dq->K * dq->N / 8 || separable_dim(dq, s, &dn) < 0 || dn < 0) continue;
    kp->z_dim[s] = dn;
    kp->z_rows[s] = ne / dq->shape[s][dn];
    kp->z_off[s] = zb;
    zb += kp->z_rows[s] * kp->nb * 4;
  }
  kp->zblk_bytes = (zb + 63) / 64 * 64;
  kp->zchunk_off = 0;
  /* as many blocks per chunk as the call may have, within 4 MiB of z regions */
  int64_t nblocks = (dq->N + kp->nb - 1) / kp->nb;
  kp->chunk = (int)(nblocks < ZO_CHUNK ? nblocks : ZO_CHUNK);
  if (kp->zblk_bytes > 0 && kp->chunk * kp->zblk_bytes > ((int64_t)4 << 20))
    kp->chunk = (int)(((int64_t)4 << 20) / kp->zblk_bytes < 8 ? 8 : ((int64_t)4 << 20) / kp->zblk_bytes);
  int64_t off = kp->chunk * kp->zblk_bytes;
  for (int i = 0; i < kp->opd.len; i++) {
    KOpd *o = &kp->opd.data[i];
    int64_t r = o->full ? -1 : o->rows.c;
    if (o->perturbed && r > 0 && r * kp->nb <= 65536) {
      o->zoff = off;
      off += r * kp->nb * 4;
    }
  }
  off = (off + 63) / 64 * 64;
  kp->dacc_off = off;
  off += (int64_t)ZO_RB * kp->chunk * kp->nb * 4;
  kp->dpart_off = off;
  off += (int64_t)ZO_RB * kp->chunk * kp->nb * 4;
  kp->runs_off = off;
  off += (ZO_KT + 1) * 8;
  off = (off + 63) / 64 * 64;
  kp->hstate_bytes = zs_state_bytes(dq, kp->nb);
  kp->hstate_off = off;
  off += kp->chunk * kp->hstate_bytes;
  kp->panel_off = off;
  off += 2 * (int64_t)ZO_KB * kp->nb * 4;
  if (plan_lowprec(pl, kp, mm, rows, &off) < 0) return -1;
  kp->acc_off = off;
  kp->k->scratch_fixed = off;
  kp->k->scratch_scale = kp->lp ? (dq->K + 1) * 4 : kp->nb * 4;
  kp->k->scratch_dim = rows;
  return 0;
}

/* elementwise kernels and norms view the output as [rows, N] */
static void whole_operand_z(KPlan *kp, int64_t *off) {
  for (int i = 0; i < kp->opd.len; i++) {
    KOpd *o = &kp->opd.data[i];
    if (o->perturbed && o->numel > 0 && o->numel <= Z_PROLOGUE_MAX) {
      o->zoff = *off;
      *off += (o->numel * 4 + 63) / 64 * 64;
    }
  }
}

/* an elementwise or norm kernel: the [rows, N] view of its anchor, a row
   an item, and its group's first n members */
static int ew_begin(Planner *pl, KPlan *kp, const KGroup *g, int n) {
  const Value *out = kp->k->anchor;
  zo_kew_view(&kp->set, out);
  kp->N = zp_ksize(kp, kp->set.N);
  kp->rows = zp_ksize(kp, kp->set.rows);
  kp->k->items = kp->set.rows;
  kp->k->items_what = "rows";
  for (int i = 0; i < n; i++)
    if (add_ew(pl, kp, g->members.data[i]) < 0) return -1;
  return 0;
}

static int plan_ew(Planner *pl, KPlan *kp, const KGroup *g) {
  kp->k->kind = "elementwise";
  if (ew_begin(pl, kp, g, g->members.len) < 0) return -1;
  int64_t off = 0;
  whole_operand_z(kp, &off);
  kp->k->scratch_fixed = off;
  return 0;
}

static int plan_norm(Planner *pl, KPlan *kp, const KGroup *g) {
  kp->k->kind = "norm";
  const Value *nv = kp->k->anchor;
  if (ew_begin(pl, kp, g, g->members.len - 1) < 0) return -1;   /* the norm, last, is not one */
  if (add_src(pl, kp, nv->arg[0], nv, &kp->nx_src) < 0 || add_operand(pl, kp, nv->arg[1], &kp->nw) < 0) return -1;
  kp->nbias = -1;
  if (nv->op == ZO_OP_LAYER_NORM && add_operand(pl, kp, nv->arg[2], &kp->nbias) < 0) return -1;
  kp->out_ptr = ptr_buffer(kp, nv);
  int64_t off = 0;
  whole_operand_z(kp, &off);
  kp->row_off = off;
  off += (kp->set.N.coef * 4 + 63) / 64 * 64;
  kp->k->scratch_fixed = off;
  return 0;
}

/* the pointer of a tensor a single-op kernel reads (a buffer, or a plain
 * weight's data: zo_kplan_check said which it may be) */
int zp_in_ptr(KPlan *kp, const Value *u) { return u->op == ZO_OP_WEIGHT ? ptr_storage(kp, u, 0) : ptr_buffer(kp, u); }

static int plan_single(Planner *pl, KPlan *kp) {
  const Value *v = kp->k->anchor;
  kp->v = v;
  kp->out_ptr = ptr_buffer(kp, v);
  Dim rows = zo_value_rows(v);
  kp->rows = zp_ksize(kp, rows);
  kp->N = zp_ksize(kp, zo_value_last_dim(v));
  kp->k->items = rows;
  kp->k->items_what = "rows";
  for (int a = 0; a < v->narg; a++)
    if (v->op != ZO_OP_EMBEDDING || a > 0) kp->in_ptr[a] = zp_in_ptr(kp, v->arg[a]);
  const ZkOp *o = zk_single_op(v->op);   /* llvm/ops.c: the rest of its slots, by op */
  if (!o) return fail(pl, kp, "no CPU kernel for this op");
  kp->k->kind = zo_op_name(v->op);
  return o->slots ? o->slots(pl, kp) : 0;
}

ZoLlvmProgram *zo_llvm_plan(Func *f) {
  ZoLlvmProgram *p = zo_xcalloc(1, sizeof *p);
  p->f = f;
  ZoKPlan *plan = zo_kplan(f, &(ZoKCaps){0});   /* no decisions across kernels here */
  Planner pl = {.f = f, .p = p, .plan = plan};
  p->nkernels = f->ngroups;
  p->kernels = zo_arena_alloc(&p->arena, sizeof(ZoKernel) * (size_t)(f->ngroups ? f->ngroups : 1));
  int rc = 0;
  for (int g = 0; g < f->ngroups && rc == 0; g++) {
    const KGroup *kg = &plan->groups[g];
    KPlan *kp = zo_arena_alloc(&p->arena, sizeof *kp);
    ZoKernel *k = &p->kernels[g];
    kp->k = k;
    kp->kind = kg->kind;
    k->impl = kp;
    k->group = g;
    k->anchor = kg->anchor;
    k->scratch_dim = zo_dim_const(1);
    kp->a_pert = kp->a_seed = kp->a_srows = kp->f_eps = -1;
    kp->nbias = kp->nw = -1;
    const char *why = zo_kplan_check(plan, g);
    if (why) rc = fail(&pl, kp, why);
    else if (kg->kind == KK_MATMUL) rc = plan_matmul(&pl, kp, kg);
    else if (kg->kind == KK_NORM) rc = plan_norm(&pl, kp, kg);
    else if (kg->kind == KK_EW) rc = plan_ew(&pl, kp, kg);
    else rc = plan_single(&pl, kp);
    /* the slot arrays, now final */
    k->nptrs = kp->ptrs.len;
    k->nints = kp->ints.len;
    k->nfloats = kp->floats.len;
    k->ptrs = zo_arena_alloc(&p->arena, sizeof(ZoKArg) * (size_t)(k->nptrs + 1));
    k->ints = zo_arena_alloc(&p->arena, sizeof(ZoKArg) * (size_t)(k->nints + 1));
    k->floats = zo_arena_alloc(&p->arena, sizeof(ZoKArg) * (size_t)(k->nfloats + 1));
    if (k->nptrs) memcpy(k->ptrs, kp->ptrs.data, sizeof(ZoKArg) * (size_t)k->nptrs);
    if (k->nints) memcpy(k->ints, kp->ints.data, sizeof(ZoKArg) * (size_t)k->nints);
    if (k->nfloats) memcpy(k->floats, kp->floats.data, sizeof(ZoKArg) * (size_t)k->nfloats);
  }
  zo_kplan_free(plan);
  if (rc == 0) return p;
  zo_llvm_program_free(p);
  return NULL;
}

void zo_llvm_program_free(ZoLlvmProgram *p) {
  if (!p) return;
  for (int g = 0; g < p->nkernels; g++) {
    KPlan *kp = p->kernels[g].impl;
    if (!kp) continue;
    zo_kew_free(&kp->set);
    vec_free(&kp->opd);
    vec_free(&kp->ew);
    vec_free(&kp->ptrs);
    vec_free(&kp->ints);
    vec_free(&kp->floats);
  }
  zo_arena_free(&p->arena);
  free(p);
}
