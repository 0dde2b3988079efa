/* cuda/gen.c — CUDA C for a compiled Func (see cuda_gen.h for the design):
 * the driver of the CUDA code generator.
 *
 * Approach: walk the kernel plan's groups in order (codegen/kplan.c decides
 * each one's kind and what crosses kernels); hand each to its kind's file
 * (cuda/matmul.c, cuda/ew.c's elementwise and norm kernels, cuda/ops.c for
 * an op alone; cuda/int.h lists them), which assigns argument slots in an
 * order that depends only on the group's structure and writes the body as
 * text; place the launches a kernel needs before it. Bodies that come out
 * identical are one function, named by a hash of the text. Arithmetic
 * follows runtime/ref.c where it is cheap to (transcendentals of
 * elementwise ops, norm and softmax reductions, rope's angles in double;
 * single f32 adds and multiplies through __fadd_rn and __fmul_rn, which are
 * never contracted), so those kernels agree with the oracle to an ulp or
 * two; matmul and attention accumulate in f32.
 *
 * A perturbed storage element is stored + (±(eps·z)) in f32, the same
 * operations as the reference (runtime/refexec.c: delta added to the f32
 * value, negation exact), z from codegen/zo_rng.h at the storage's logical
 * row-major index.
 *
 * A low-precision forward (recipe setting forward = fp8 | int8) quantizes
 * each matmul of a formatted weight's operands as docs/lowprec.md says
 * (cuda/lowprec.c), on the same f16 tensor cores.
 */
#include "codegen/cuda/int.h"

#include "runtime/lowprec.h"

#include <stdio.h>
#include <string.h>

/* ---- the program: the kernel plan's decisions (codegen/kplan.c), then each group's kernel */

/* What this generator can run, for the kernel plan: tensor cores unless
 * matmul=f32; wgmma reads X as f16 by cp.async as it is (f16-stored values
 * need no x16 launch; the f16 value is the one an x16 launch would have
 * made, zo_f2h_c, zo_pack_h2); wgmma by the copy engine has the staged
 * epilogue that pairs and rope need (WG_BN columns a tile); the fused
 * cross-entropy always. */
ZoKCaps zo_cuda_caps(const ZoTarget *t) {
  const bool tc = t->matmul != ZO_MM_F32, wg = t->matmul == ZO_MM_WGMMA, copy = wg && t->tma == 1;
  return (ZoKCaps){.tensor_cores = tc, .half_x = wg, .pairs = copy, .rope_epi = copy, .epi_cols = WG_BN, .ce = true,
                   .dq_scratch = zo_cg_dq_scratch};
}

/* a group kernel's function (named by its body's hash, emitted once) */
static const char *group_function(Gen *g, KB *k) {
  ZoCuLaunch *L = k->L;
  uint64_t h = zo_cg_fnv(k->b.buf ? k->b.buf : "", zo_cg_fnv(L->kind, 0xcbf29ce484222325ull));
  char *name = zo_arena_printf(&g->p->arena, "zk_%s_%016llx", L->kind, (unsigned long long)h);
  if (!zo_cg_seen(g, name))
    zo_sb_printf(&g->kernels, "extern \"C\" __global__ void __launch_bounds__(%d, %d) %s(const ZoCuArgs a%s%s) {\n%s}\n\n",
                 L->threads, L->min_blocks > 0 ? L->min_blocks : 1, name,
                 L->ntmaps > 0 ? ", const __grid_constant__ ZoTmap zt0" : "", L->ntmaps > 1 ? ", const __grid_constant__ ZoTmap zt1" : "",
                 k->b.buf ? k->b.buf : "");
  return name;
}

/* The dequant scratch's banks (ZoCuProgram.dq_banks) and the launches that
 * may run beside the others: the dequants and zfills, when no other kernel
 * reads the z scratch (a matmul on the f32 path evaluates its dequant per
 * tile: then one bank and one stream) and both banks are used (the
 * target's overlap=0: one). Two: 3 or 4 (a dequant beside 2 or 3 matmuls)
 * measured no faster on the 7B and cost 67 or 540 MB more (docs/gpu.md). */
static void dq_banks(Gen *g) {
  ZoCuProgram *p = g->p;
  int used = 0;
  for (int b = 0; b < g->dq_banks; b++) used += g->dqmax[b] > 0;
  p->dq_banks = 1;
  if (g->zs_inline || used < 2) {
    for (int li = 0; li < p->nlaunches; li++)
      for (int i = 0; i < p->launches[li].nptrs; i++)
        if (p->launches[li].ptrs[i].kind == ZO_CU_DQ && p->launches[li].ptrs[i].c > 0) p->launches[li].ptrs[i].c = 0;
    for (int b = 0; b < g->dq_banks; b++)
      if (g->dqmax[b] > p->dq_bytes) p->dq_bytes = g->dqmax[b];
    return;
  }
  p->dq_banks = used;   /* the kernels took banks 0, 1, ... in turn: the first `used` */
  for (int b = 0; b < used; b++) {
    p->dq_bank_off[b] = p->dq_bytes;
    p->dq_bytes += (g->dqmax[b] + 255) / 256 * 256;
  }
  for (int li = 0; li < p->nlaunches; li++) {
    ZoCuLaunch *L = &p->launches[li];
    L->side = strcmp(L->kind, "dequant") == 0 || strcmp(L->kind, "zfill") == 0;
  }
}

/* The launches kernel k needs before it (rope's angle table, a
 * low-precision W's column maxima, W's dequant, X's f16 copy or quantized
 * rows): they read its slots, final only now. */
static void pre_launches(Gen *g, KB *k) {
  ZoCuProgram *p = g->p;
  ZoCuLaunch *pre[4] = {k->rtab, k->wmax, k->dq, k->x16};
  for (int j = 0; j < 4; j++) {
    if (!pre[j]) continue;
    ZoCuLaunch *d = &p->launches[p->nlaunches++];
    const char *fn = pre[j]->fn, *kind = pre[j]->kind;
    Dim work = pre[j]->work;
    *d = *k->L;
    d->fn = fn;
    d->kind = kind;
    d->work = work;
    d->x16_row = pre[j]->x16_row;
    d->per_block = 256;
    d->gx = 0;
    d->threads = 256;
    d->smem_fixed = 0;
    d->smem_dim = zo_dim_const(0);
    d->tile = 0;
    d->ntmaps = 0;
    if (pre[j] != k->dq && pre[j] != k->wmax)   /* the angle table and X's copy read no W: no bank, so no wait for its dequant */
      for (int q = 0; q < d->nptrs; q++)
        if (d->ptrs[q].kind == ZO_CU_DQ) d->ptrs[q].c = -1;
  }
}

/* The logits' kernel k again with the fused cross-entropy in its epilogue
 * (the plan's ce); the launches before it (zfills, dequant, x16) serve
 * both. It runs in loss-only forwards, k's in the others. */
static int ce_kernel(Gen *g, const KB *k, ValVec *mem) {
  ZoCuProgram *p = g->p;
  ZoCuLaunch ce = {.group = k->L->group, .anchor = k->L->anchor, .smem_dim = zo_dim_const(0)};
  KB kc = {.g = g, .L = &ce, .s_per = -1, .ce = true, .zoff = k->zoff0, .zoff0 = k->zoff0, .dq_bank = k->dq_bank};
  zo_cg_add_ptr(&kc, (ZoCuArg){.kind = ZO_CU_RUN});
  int rc = zo_cg_plan_matmul(&kc, mem);
  if (rc == 0) {
    ZO_ASSERT(kc.zoff == k->zoff && kc.ce_chunk > 0);
    ce.fn = group_function(g, &kc);
    ce.mode = ZO_CU_LOSS_ONLY;
    p->launches[p->nlaunches - 1].mode = ZO_CU_LOGITS_ONLY;
    p->ce = p->nlaunches;
    p->launches[p->nlaunches++] = ce;
    p->ce_vocab = zo_value_last_dim(g->f->outputs.data[0]).coef;
    p->ce_chunk = kc.ce_chunk;
    p->ce_parts = (p->ce_vocab + kc.ce_chunk - 1) / kc.ce_chunk;
  }
  zo_sb_free(&kc.b);
  return rc;
}

/* Group gi's kernel, of the kind the plan says, with the launches before
 * it; 0, or -1 after a message. */
static int group_kernel(Gen *g, int gi, ValVec *mem) {
  const ZoKPlan *kp = g->plan;
  const KGroup *kg = &kp->groups[gi];
  mem->len = 0;
  for (int i = 0; i < kg->members.len; i++) vec_push(mem, (Value *)kg->members.data[i]);
  ZoCuLaunch tmp = {.group = gi, .anchor = kg->anchor, .smem_dim = zo_dim_const(0)};
  if (g->zwin_end > ZWIN_BYTES) {   /* a new window of z regions (add_zfills) */
    g->zwin_end = 0;
    g->zwin = -1;
  }
  KB k = {.g = g, .L = &tmp, .s_per = -1, .zoff = g->zwin_end, .zoff0 = g->zwin_end};
  zo_cg_add_ptr(&k, (ZoCuArg){.kind = ZO_CU_RUN});   /* slot 0: the run block */
  const bool first = kg->pair_first;
  k.pair = first ? 1 : kg->pair_prev ? 2 : 0;
  k.pair_mm = kg->pair_prev;
  k.rope = kg->rope_at;
  if (k.pair == 2) k.dq_bank = g->pair_bank;   /* one W matrix for both: one bank */
  const char *why = zo_kplan_check(kp, gi);
  int rc;
  if (why) rc = zo_cg_fail(&k, why);
  else if (first) rc = zo_cg_plan_pair_first(&k, mem);
  else if (kg->kind == KK_MATMUL) rc = zo_cg_plan_matmul(&k, mem);
  else if (kg->kind == KK_NORM) rc = zo_cg_plan_norm(&k, mem);
  else if (kg->kind == KK_EW) rc = zo_cg_plan_ew(&k, mem);
  else rc = zo_cg_plan_single(&k);
  if (first) g->pair_bank = k.dq_bank;
  if (rc == 0) {
    if (k.zoff > g->zmax) g->zmax = k.zoff;
    for (int i = 0; i < tmp.nptrs && !k.dq; i++) g->zs_inline |= tmp.ptrs[i].kind == ZO_CU_ZSCRATCH;
    g->zwin_end = k.zoff;
    zo_cg_add_zfills(g, &k);
    pre_launches(g, &k);
    if (!first) {   /* the pair's first has no kernel of its own */
      tmp.fn = group_function(g, &k);
      g->p->launches[g->p->nlaunches++] = tmp;
    }
  }
  if (rc == 0 && gi == kp->ce) rc = ce_kernel(g, &k, mem);
  zo_sb_free(&k.b);
  return rc;
}

/* the translation unit, the scratch sizes, the distinct kernel functions in order of first use */
static void finish(Gen *g) {
  ZoCuProgram *p = g->p;
  StrBuf src = {0};
  zo_sb_puts(&src, zo_cuda_prelude);
  zo_cg_ew_funcs(&src);
  zo_sb_puts(&src, zo_cuda_after_ew);
  zo_sb_puts(&src, zo_cuda_rng_text);
  zo_sb_puts(&src, zo_cuda_after_rng);
  if (g->tables.buf) zo_sb_puts(&src, g->tables.buf);
  if (g->funcs.buf) zo_sb_puts(&src, g->funcs.buf);
  if (g->kernels.buf) zo_sb_puts(&src, g->kernels.buf);
  p->source = zo_sb_take(&src);
  p->zscratch_bytes = g->zmax;
  dq_banks(g);
  p->functions = zo_arena_alloc(&p->arena, sizeof(char *) * (size_t)(p->nlaunches + 1));
  for (int i = 0; i < p->nlaunches; i++) {
    bool dup = false;
    for (int j = 0; j < p->nfunctions; j++)
      if (strcmp(p->functions[j], p->launches[i].fn) == 0) dup = true;
    if (!dup) p->functions[p->nfunctions++] = p->launches[i].fn;
  }
}

ZoCuProgram *zo_cuda_generate(Func *f, const ZoTarget *t) {
  const ZoTarget dflt = zo_target_default(false);
  if (!t) t = &dflt;
  ZO_ASSERT(t->matmul != ZO_AUTO && t->tma != ZO_AUTO);   /* resolved for a device (zo_target_resolve) */
  ZoCuProgram *p = zo_xcalloc(1, sizeof *p);
  p->f = f;
  Gen g = {.f = f, .p = p, .zwin = -1, .simt = t->matmul == ZO_MM_F32, .wgmma = t->matmul == ZO_MM_WGMMA, .wgmma_tma = t->tma == 1,
           .dq_banks = t->matmul == ZO_MM_F32 || !t->overlap ? 1 : 2};
  /* the plan first: the kinds, the decisions across kernels and the memory hints, before any kernel. A
     low-precision forward (cuda/lowprec.c) quantizes X from its f32 values, as the reference does (no
     f16-only X for those matmuls), and scales each matmul's columns by its own W (no pairs) */
  g.lp = zo_lp_kind(f);
  g.lp_mode = zo_lp_rounding(f);
  g.lp_native = t->lowbit == 1;
  ZoKCaps caps = zo_cuda_caps(t);
  caps.lp_x = g.lp != ZO_LP_DEFAULT;
  if (caps.lp_x) caps.pairs = false;
  const ZoKPlan *kp = g.plan = p->plan = zo_kplan(f, &caps);
  p->hints = kp->hints;
  p->nhints = kp->nhints;
  /* at most one zfill per storage of a matmul's weight: 2 * ZO_MAX_STORAGE + 1 launches per group */
  p->launches = zo_arena_alloc(&p->arena, sizeof(ZoCuLaunch) * (size_t)(f->ngroups * (ZO_MAX_STORAGE + 3) + 2));
  p->ce = -1;
  ValVec mem = {0};
  int rc = 0;
  for (int gi = 0; gi < f->ngroups && rc == 0; gi++)
    if (!kp->groups[gi].rope_in) rc = group_kernel(&g, gi, &mem);   /* a rope_in runs in its matmul's kernel */
  vec_free(&mem);
  if (rc == 0) finish(&g);
  zo_sb_free(&g.tables);
  zo_sb_free(&g.funcs);
  zo_sb_free(&g.kernels);
  for (int i = 0; i < g.names.len; i++) free(g.names.data[i]);
  vec_free(&g.names);
  if (rc != 0) {
    zo_cuda_program_free(p);
    return NULL;
  }
  return p;
}

void zo_cuda_program_free(ZoCuProgram *p) {
  if (!p) return;
  free(p->source);
  zo_kplan_free(p->plan);
  zo_arena_free(&p->arena);
  free(p);
}
