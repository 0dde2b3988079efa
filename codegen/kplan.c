/* kplan.c — the backend-neutral kernel plan (see kplan.h): each group's kind,
 * members and operands, then the decisions across kernels in the order each
 * needs the last (f16 values, matmul pairs, rope in the epilogue, the fused
 * cross-entropy), then the memory hints they imply; what each kind needs
 * (zo_kplan_check) and the elementwise operand and member walk (KEwSet)
 * both backends' planners share; the text `zoc ir --after kplan` prints.
 * Only the IR is read: the backends consume the result (codegen/llvm/plan.c,
 * codegen/cuda/gen.c and the codegen/cuda/ files of each kernel kind). */
#include <string.h>

#include "codegen/kplan.h"
#include "runtime/lowprec.h"

static const char *const kk_names[] = {"matmul", "elementwise", "norm", "single"};
_Static_assert(sizeof kk_names / sizeof kk_names[0] == KK_SINGLE + 1, "a name for every KKind");

const char *zo_kk_name(KKind k) { return kk_names[k]; }

const char *zo_kgroup_kind(const KGroup *g) {
  return g->kind == KK_SINGLE ? zo_op_name(g->anchor->op) : zo_kk_name(g->kind);
}

static bool in_list(const KValVec *l, const Value *v) {
  for (int i = 0; i < l->len; i++)
    if (l->data[i] == v) return true;
  return false;
}

bool zo_kplan_is_half(const ZoKPlan *p, const Value *v) { return in_list(&p->half, v); }

/* members, operands and kind of every group */
static void plan_groups(ZoKPlan *p) {
  const Block *b = p->f->body;
  for (int i = 0; i < b->vals.len; i++) {
    const Value *v = b->vals.data[i];
    if (v->group < 0) continue;
    KGroup *g = &p->groups[v->group];
    vec_push(&g->members, v);
    g->anchor = v;
    if (v->op == ZO_OP_MATMUL) g->mm = v;
    for (int a = 0; a < v->narg; a++)
      if (v->arg[a]->group != v->group && !in_list(&g->opd, v->arg[a])) vec_push(&g->opd, v->arg[a]);
  }
  for (int gi = 0; gi < p->ngroups; gi++) {
    KGroup *g = &p->groups[gi];
    bool norm = false, other = false;
    for (int i = 0; i < g->members.len; i++) {
      const Op op = g->members.data[i]->op;
      norm |= op == ZO_OP_RMS_NORM || op == ZO_OP_LAYER_NORM;
      other |= !(zo_op_info(op)->flags & ZO_OPF_EW);
    }
    ZO_ASSERT(g->anchor);
    g->kind = g->mm ? KK_MATMUL : norm ? KK_NORM : !other ? KK_EW : KK_SINGLE;
    g->pair_next = -1;
  }
}

/* ---- elementwise operands and members */
/* a grouped norm (a weight of G < the last dimension, Qwen3's q_norm) is a norm of rows of G */
void zo_kew_view(KEwSet *s, const Value *anchor) {
  s->N = zo_value_last_dim(anchor);
  s->rows = zo_value_rows(anchor);
  const Dim g = (anchor->op == ZO_OP_RMS_NORM || anchor->op == ZO_OP_LAYER_NORM) ? anchor->arg[1]->type.dims[0] : s->N;
  if (!zo_dim_eq(g, s->N)) {
    ZO_ASSERT(zo_dim_is_const(g) && zo_dim_is_const(s->N) && s->N.coef % g.coef == 0);   /* infer checked */
    ZO_ASSERT(zo_dim_mul(s->rows, zo_dim_const(s->N.coef / g.coef), &s->rows));
    s->N = g;
  }
}

int zo_kew_operand(KEwSet *s, const Value *u, const char **err) {
  for (int i = 0; i < s->opd.len; i++)
    if (s->opd.data[i].v == u) return i;
  /* a tensor of the output's shape read in the kernel's view (a grouped norm's input) */
  Dim all;
  const bool flat = !u->type.fmt && u->type.rank >= 1 && !zo_dim_eq(zo_value_last_dim(u), s->N) &&
                    zo_dim_mul(s->rows, s->N, &all) && zo_dim_eq(zo_value_numel(u), all);
  if (u->type.fmt || !zo_dtype_is_float(u->type.dtype) || u->type.rank < 1 ||
      (!flat && !zo_dim_eq(zo_value_last_dim(u), s->N))) {
    *err = "an elementwise operand is not a float tensor ending in the kernel's last dimension";
    return -1;
  }
  KOperand o = {.v = u, .weight = u->op == ZO_OP_WEIGHT, .rows = flat ? s->rows : zo_value_rows(u)};
  if (!o.weight && u->buffer < 0) {
    *err = "an operand is neither a weight nor a materialized value";
    return -1;
  }
  o.perturbed = o.weight && u->w->perturbed[0];
  o.full = zo_dim_eq(o.rows, s->rows);
  vec_push(&s->opd, o);
  return s->opd.len - 1;
}

int zo_kew_member_index(const KEwSet *s, const Value *v) {
  for (int i = 0; i < s->mem.len; i++)
    if (s->mem.data[i].v == v) return i;
  return -1;
}

int zo_kew_source(KEwSet *s, const Value *u, const Value *v, int *src, const char **err) {
  const int mi = u->group == v->group ? zo_kew_member_index(s, u) : -1;
  *src = mi >= 0 ? -1 - mi : zo_kew_operand(s, u, err);
  return mi < 0 && *src < 0 ? -1 : 0;
}

int zo_kew_member(KEwSet *s, const Value *v, const char **err) {
  KMember m = {.v = v};
  if (v->op != ZO_OP_MATMUL)
    for (int a = 0; a < v->narg; a++)
      if (zo_kew_source(s, v->arg[a], v, &m.src[a], err) < 0) return -1;
  if (v->group_root && !zo_dim_eq(zo_value_numel(v), zo_dim_const(1)) && !zo_dim_eq(zo_value_rows(v), s->rows)) {
    *err = "a materialized member has fewer rows than the kernel's output";
    return -1;
  }
  vec_push(&s->mem, m);
  return s->mem.len - 1;
}

void zo_kew_free(KEwSet *s) {
  vec_free(&s->opd);
  vec_free(&s->mem);
}

int zo_kplan_sign_rows(const ZoKPlan *p, Dim rows, Dim *per, const char **err) {
  if (p->have_batch && zo_dim_div(rows, p->batch, per)) return 0;
  *err = "it reads a perturbed weight but its rows are not batch entries, so it has no sign to use";
  return -1;
}

/* ---- what each kind needs */
static bool is_ew(const Value *v) { return (zo_op_info(v->op)->flags & ZO_OPF_EW) != 0; }
static bool is_norm(const Value *v) { return v->op == ZO_OP_RMS_NORM || v->op == ZO_OP_LAYER_NORM; }

static const char *check_matmul(const KGroup *g) {
  int matmuls = 0;
  for (int i = 0; i < g->members.len; i++) {
    const Value *v = g->members.data[i];
    if ((matmuls += v->op == ZO_OP_MATMUL) > 1) return "a kernel holds two matmuls";
    if (v->op != ZO_OP_WEIGHT && v->op != ZO_OP_TRANSPOSE && v->op != ZO_OP_MATMUL && !is_ew(v))
      return "a matmul kernel holds a member that is not elementwise";
  }
  const Value *x = g->mm->arg[0];
  if (x->type.dtype != ZO_DT_F32 || x->buffer < 0) return "the matmul's left operand is not f32 activations";
  return NULL;
}

static const char *check_norm(const KGroup *g) {
  const Value *nv = g->anchor;
  if (!is_norm(nv)) return "a norm kernel must end in its norm";
  if (!zo_dim_is_const(zo_value_last_dim(nv))) return "a norm's last dimension must be a constant";
  for (int i = 0; i + 1 < g->members.len; i++)
    if (!is_ew(g->members.data[i])) return "a norm kernel holds an op that is not elementwise";
  return NULL;
}

/* a tensor a single-op kernel reads as it is: a buffer, or an unperturbed plain weight's data */
static const char *check_input(const Value *u) {
  if (u->op == ZO_OP_WEIGHT && zo_weight_perturbed(u))
    return "a perturbed weight is read by an op that does not apply perturbations here";
  if (u->op == ZO_OP_WEIGHT && u->type.fmt) return "a formatted weight is read by an op other than matmul";
  if (u->op != ZO_OP_WEIGHT && u->buffer < 0) return "an operand is not materialized";
  return NULL;
}

static const char *check_single(const KGroup *g) {
  const Value *v = g->anchor;
  if (g->members.len != 1) return "an op that runs alone shares its kernel";
  if (v->buffer < 0) return "the kernel's result is not materialized";
  for (int a = 0; a < v->narg; a++) {
    const char *why = v->op == ZO_OP_EMBEDDING && a == 0 ? NULL : check_input(v->arg[a]);
    if (why) return why;
  }
  const Value *x = v->narg > 0 ? v->arg[0] : NULL;
  switch (v->op) {   /* what an op needs beyond that, where it needs more */
  case ZO_OP_ROPE: return zo_dim_is_const(zo_value_last_dim(v)) ? NULL : "rope needs a constant last dimension";
  case ZO_OP_ATTENTION: return zo_dim_is_const(zo_value_last_dim(v)) ? NULL : "attention needs a constant last dimension";
  case ZO_OP_EMBEDDING:   /* the table: a weight's (perturbed or not: the kernel applies it), or a buffer */
    if (x->type.rank != 2 || !zo_dim_is_const(x->type.dims[0]) || !zo_dim_is_const(x->type.dims[1]))
      return "an embedding table must be a constant [V, D] matrix";
    return x->op != ZO_OP_WEIGHT && x->buffer < 0 ? "an operand is not materialized" : NULL;
  case ZO_OP_TRANSPOSE:
    return zo_dim_is_const(x->type.dims[0]) && zo_dim_is_const(x->type.dims[1]) ? NULL : "transpose needs constant dimensions";
  case ZO_OP_CROSS_ENTROPY: return zo_dim_is_const(zo_value_last_dim(x)) ? NULL : "cross_entropy needs a constant class count";
  default: return NULL;
  }
}

const char *zo_kplan_check(const ZoKPlan *p, int g) {
  const KGroup *kg = &p->groups[g];
  switch (kg->kind) {
  case KK_MATMUL: return check_matmul(kg);
  case KK_NORM: return check_norm(kg);
  case KK_EW: return NULL;   /* only elementwise members, by its kind */
  case KK_SINGLE: return check_single(kg);
  }
  ZO_BUG("kernel kind %d", (int)kg->kind);
}

bool zo_kplan_attention_tc(const ZoKCaps *caps, const Value *v) {
  Dim N = zo_value_last_dim(v);
  int64_t H = (int64_t)v->attr[0], hd = zo_dim_is_const(N) && H > 0 ? N.coef / H : 0;
  return caps->tensor_cores && hd % 16 == 0 && hd > 0 && hd <= 128;
}

/* Values the matmuls read as X that their producers store as f16 only: f32
 * group roots, not outputs, whose every use is a tensor-core matmul's X in
 * another kernel (not one a low-precision forward quantizes from f32:
 * ZoKCaps.lp_x), made by a kernel whose stores know f16 (an elementwise
 * epilogue or group, a norm, rope, the tensor-core attention). They take
 * half the bytes to write and to read, and the matmul needs no f16 copy of
 * its X. Queries are scaled before their rounding: rope's stored so (f16(q *
 * scale)) only when the attention is their one use. */
static void half_values(ZoKPlan *p) {
  const Func *f = p->f;
  const Block *blk = f->body;
  for (int i = 0; i < blk->vals.len; i++) {
    const Value *v = blk->vals.data[i];
    if (v->group < 0 || !v->group_root || v->type.dtype != ZO_DT_F32 || v->type.rank < 1) continue;
    Dim K = zo_value_last_dim(v);
    bool ok = zo_dim_is_const(K) && K.coef % 8 == 0 &&
              (p->groups[v->group].kind != KK_SINGLE || v->op == ZO_OP_ROPE ||
               (v->op == ZO_OP_ATTENTION && zo_kplan_attention_tc(&p->caps, v)));
    for (int o = 0; o < f->outputs.len && ok; o++) ok = f->outputs.data[o] != v;
    int uses = 0, queries = 0;
    const Value *att = NULL;
    for (int j = 0; j < blk->vals.len && ok; j++) {
      const Value *u = blk->vals.data[j];
      for (int a = 0; a < u->narg && ok; a++)
        if (u->arg[a] == v) {   /* a matmul's X, the keys or values of the tensor-core attention, or rope's queries for it */
          const bool tca = u->op == ZO_OP_ATTENTION && zo_kplan_attention_tc(&p->caps, u);
          ok = u->group != v->group &&
               ((u->op == ZO_OP_MATMUL && a == 0 && !(p->caps.lp_x && zo_lp_applies(u))) || (tca && (a > 0 || v->op == ZO_OP_ROPE)));
          if (tca && a == 0) {
            queries++;
            att = u;
          }
          uses++;
        }
    }
    if (!ok || uses == 0 || (queries > 0 && uses != 1)) continue;
    vec_push(&p->half, v);
    if (queries > 0) {
      vec_push(&p->qscaled, v);
      vec_push(&p->qscale_att, att);
    }
  }
}

/* The group whose kernel makes the logits the fused cross-entropy can take:
 * the first output, [.., V] with V constant, a matmul group's root that
 * nothing else reads; -1 none. (Pairs and rope leave it alone whether or not
 * the backend fuses the cross-entropy.) */
static int logits_group(const ZoKPlan *p) {
  const Func *f = p->f;
  if (f->outputs.len < 1) return -1;
  const Value *o = f->outputs.data[0];
  if (o->group < 0 || p->groups[o->group].kind != KK_MATMUL || !o->group_root || o->type.rank < 2 ||
      o->type.dtype != ZO_DT_F32 || !zo_dim_is_const(zo_value_last_dim(o)))
    return -1;
  for (int i = 0; i < f->body->vals.len; i++) {
    const Value *v = f->body->vals.data[i];
    for (int a = 0; a < v->narg; a++)
      if (v->arg[a] == o) return -1;
  }
  return o->group;
}

/* v's uses as an argument, outputs counted `out_weight` times each; *use the last user */
static int count_uses(const Func *f, const Value *v, int out_weight, const Value **use) {
  int uses = 0;
  for (int i = 0; i < f->body->vals.len; i++)
    for (int a = 0; a < f->body->vals.data[i]->narg; a++)
      if (f->body->vals.data[i]->arg[a] == v) {
        if (use) *use = f->body->vals.data[i];
        uses++;
      }
  for (int o = 0; o < f->outputs.len; o++) uses += out_weight * (f->outputs.data[o] == v);
  return uses;
}

/* a matmul group with nothing but its matmul (and its weight, transposed or not) */
static bool bare_matmul(const KGroup *g) {
  if (g->kind != KK_MATMUL) return false;
  for (int i = 0; i < g->members.len; i++) {
    const Op op = g->members.data[i]->op;
    if (op != ZO_OP_MATMUL && op != ZO_OP_WEIGHT && op != ZO_OP_TRANSPOSE) return false;
  }
  return true;
}

/* Matmul pairs: a group that is a bare matmul, whose product's one use is an
 * elementwise member of a later matmul group with the same X, the same N (a
 * multiple of 8) and a W dequantized the same way (a scratch, both signs or
 * one), runs inside that group's kernel: one W of 2N rows, one matmul whose
 * accumulators hold both products side by side, the first's read by the
 * epilogue from registers. A Llama's gate and up projections: the f32
 * product they passed through memory (180 MB a layer at B=16) never stored.
 * No other matmul group may run between them (they share the dequant
 * scratch). */
static void pair_matmuls(ZoKPlan *p, int logits) {
  if (!p->caps.pairs || !p->caps.dq_scratch) return;
  for (int gi = 0; gi < p->ngroups; gi++) {
    const Value *m1 = p->groups[gi].mm, *use = NULL;
    if (!bare_matmul(&p->groups[gi]) || !m1->group_root) continue;
    const int uses = count_uses(p->f, m1, 1, &use);
    if (uses != 1 || !use || use->group <= gi || !(zo_op_info(use->op)->flags & ZO_OPF_EW)) continue;
    const int g2 = use->group;
    KGroup *second = &p->groups[g2];
    const Value *m2 = second->mm;
    if (second->kind != KK_MATMUL || second->pair_prev || m2->arg[0] != m1->arg[0] || g2 == logits) continue;
    const Dim n1 = zo_value_last_dim(m1), n2 = zo_value_last_dim(m2);
    bool p1, p2, ok = zo_dim_is_const(n1) && zo_dim_eq(n1, n2) && n1.coef % 8 == 0 && m1->type.dtype == ZO_DT_F32 &&
                      p->caps.dq_scratch(m1, &p1) && p->caps.dq_scratch(m2, &p2) && p1 == p2;
    for (int gj = gi + 1; gj < g2 && ok; gj++) ok = p->groups[gj].kind != KK_MATMUL;
    if (!ok) continue;
    p->groups[gi].pair_first = true;
    p->groups[gi].pair_next = g2;
    second->pair_prev = m1;
  }
}

/* Rope in its matmul's epilogue: a rope alone in its group whose input is
 * the root of a bare matmul group (not a pair's, not the logits'), read by
 * nothing else, with whole heads in an epilogue tile (hd divides epi_cols)
 * of whole 8-pair pieces (8 divides hd / 2), is applied as that kernel
 * copies its staged product out: a Llama's queries and keys. Their f32
 * products (64 MB each a layer at B=16) are never stored, and the rope
 * kernels go away. */
static void rope_matmuls(ZoKPlan *p, int logits) {
  if (!p->caps.rope_epi) return;
  const Block *blk = p->f->body;
  for (int i = 0; i < blk->vals.len; i++) {
    const Value *r = blk->vals.data[i], *mm = r->narg > 0 ? r->arg[0] : NULL;
    if (r->op != ZO_OP_ROPE || r->group < 0 || p->groups[r->group].members.len != 1 || !mm || mm->op != ZO_OP_MATMUL ||
        !mm->group_root || mm->group < 0)
      continue;
    KGroup *g = &p->groups[mm->group];
    if (!bare_matmul(g) || g->pair_first || g->pair_prev || g->rope_at || mm->group == logits ||
        mm->type.dtype != ZO_DT_F32 || r->type.dtype != ZO_DT_F32)
      continue;
    const Dim N = zo_value_last_dim(mm), K = zo_value_last_dim(mm->arg[0]);
    const int64_t heads = (int64_t)r->attr[0], hd = zo_dim_is_const(N) && heads > 0 ? N.coef / heads : 0;
    if (hd <= 0 || hd * heads != N.coef || p->caps.epi_cols % hd != 0 || (hd / 2) % 8 != 0 || !zo_dim_is_const(K) ||
        K.coef % 8 != 0 || (r->attr[2] != 0 && r->attr[2] != hd))   /* part of the head: rope's own kernel */
      continue;
    if (count_uses(p->f, mm, 2, NULL) != 1) continue;
    g->rope_at = r;
    p->groups[r->group].rope_in = true;
  }
}

/* f16 values at 2 bytes (a rope run by its matmul's kernel lives from that
   kernel), the products kept in registers (a pair's first) or in shared
   memory (rope's input) at 0, the ropes their matmuls' kernels store */
static void memory_hints(ZoKPlan *p) {
  p->hints = zo_xcalloc((size_t)(p->half.len + 3 * p->ngroups + 1), sizeof(MemHint));
  for (int i = 0; i < p->half.len; i++) {
    const Value *v = p->half.data[i];
    p->hints[p->nhints++] =
      (MemHint){.v = v, .elem_bytes = 2, .made_by = v->group >= 0 && p->groups[v->group].rope_in ? v->arg[0] : NULL};
  }
  for (int gi = 0; gi < p->ngroups; gi++) {
    const KGroup *g = &p->groups[gi];
    if (g->pair_prev) p->hints[p->nhints++] = (MemHint){.v = g->pair_prev, .elem_bytes = 0};
    if (!g->rope_at) continue;
    p->hints[p->nhints++] = (MemHint){.v = g->rope_at->arg[0], .elem_bytes = 0};
    if (!zo_kplan_is_half(p, g->rope_at))
      p->hints[p->nhints++] = (MemHint){.v = g->rope_at, .elem_bytes = 4, .made_by = g->rope_at->arg[0]};
  }
}

ZoKPlan *zo_kplan(const Func *f, const ZoKCaps *caps) {
  ZoKPlan *p = zo_xcalloc(1, sizeof *p);
  p->f = f;
  p->caps = *caps;
  p->ngroups = f->ngroups;
  p->groups = zo_xcalloc((size_t)f->ngroups + 1, sizeof(KGroup));
  for (int i = 0; i < f->body->vals.len && !p->have_batch; i++) {
    const Value *v = f->body->vals.data[i];
    if (v->op == ZO_OP_INPUT && v->type.rank >= 1) {
      p->batch = v->type.dims[0];
      p->have_batch = true;
    }
  }
  plan_groups(p);
  if (caps->half_x) half_values(p);
  const int logits = logits_group(p);
  pair_matmuls(p, logits);
  rope_matmuls(p, logits);
  p->ce = caps->ce ? logits : -1;
  memory_hints(p);
  return p;
}

void zo_kplan_free(ZoKPlan *p) {
  if (!p) return;
  for (int gi = 0; gi < p->ngroups; gi++) {
    vec_free(&p->groups[gi].members);
    vec_free(&p->groups[gi].opd);
  }
  free(p->groups);
  vec_free(&p->half);
  vec_free(&p->qscaled);
  vec_free(&p->qscale_att);
  free(p->hints);
  free(p);
}

/* ---- the text `zoc ir --after kplan` prints */
static void print_opd(StrBuf *sb, const Value *u) {
  zo_sb_printf(sb, " %%%d", u->id);
  if (u->op == ZO_OP_WEIGHT) zo_sb_printf(sb, "(weight%s)", zo_weight_perturbed(u) ? ", perturbed" : "");
}

static void print_group(StrBuf *sb, const ZoKPlan *p, int gi) {
  const KGroup *g = &p->groups[gi];
  zo_sb_printf(sb, "kernel %d %s at %%%d: members", gi, zo_kgroup_kind(g), g->anchor->id);
  for (int i = 0; i < g->members.len; i++)
    zo_sb_printf(sb, " %%%d=%s", g->members.data[i]->id, zo_op_name(g->members.data[i]->op));
  zo_sb_puts(sb, "; reads");
  if (g->opd.len == 0) zo_sb_puts(sb, " nothing");
  for (int i = 0; i < g->opd.len; i++) print_opd(sb, g->opd.data[i]);
  zo_sb_puts(sb, "\n");
  if (g->pair_first) zo_sb_printf(sb, "  pair: its matmul %%%d runs in kernel %d\n", g->mm->id, g->pair_next);
  if (g->pair_prev) zo_sb_printf(sb, "  pair: with the matmul %%%d, its product in registers\n", g->pair_prev->id);
  if (g->rope_at) zo_sb_printf(sb, "  rope: %%%d in the epilogue\n", g->rope_at->id);
  if (g->rope_in) zo_sb_printf(sb, "  rope: run by kernel %d's epilogue\n", g->anchor->arg[0]->group);
  if (gi == p->ce) zo_sb_printf(sb, "  cross_entropy: fused into the logits %%%d\n", p->f->outputs.data[0]->id);
  const char *why = zo_kplan_check(p, gi);
  if (why) zo_sb_printf(sb, "  cannot be generated: %s\n", why);
}

void zo_kplan_print(FILE *out, const ZoKPlan *p) {
  const ZoKCaps *c = &p->caps;
  StrBuf sb = {0};
  zo_sb_printf(&sb, "; kernel plan of %s: %d kernels; target caps:%s%s%s%s%s%s\n", p->f->name, p->ngroups,
               c->tensor_cores ? " tensor_cores" : "", c->half_x ? " half_x" : "", c->pairs ? " pairs" : "",
               c->rope_epi ? " rope_epi" : "", c->ce ? " ce" : "",
               c->tensor_cores || c->half_x || c->pairs || c->rope_epi || c->ce ? "" : " none");
  for (int gi = 0; gi < p->ngroups; gi++) print_group(&sb, p, gi);
  zo_sb_puts(&sb, "f16 values:");
  if (p->half.len == 0) zo_sb_puts(&sb, " none");
  for (int i = 0; i < p->half.len; i++)
    zo_sb_printf(&sb, " %%%d%s", p->half.data[i]->id, in_list(&p->qscaled, p->half.data[i]) ? "(q scaled)" : "");
  zo_sb_puts(&sb, "\nmemory hints:");
  if (p->nhints == 0) zo_sb_puts(&sb, " none");
  for (int i = 0; i < p->nhints; i++) {
    const MemHint *h = &p->hints[i];
    zo_sb_printf(&sb, " %%%d=%dB", h->v->id, h->elem_bytes);
    if (h->made_by) zo_sb_printf(&sb, "@%%%d", h->made_by->id);
  }
  zo_sb_puts(&sb, "\n");
  fputs(sb.buf, out);
  zo_sb_free(&sb);
}
