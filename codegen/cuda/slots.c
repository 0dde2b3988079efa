/* cuda/slots.c — the kernel being built (KB): what every CUDA kernel kind
 * uses to build one. Its argument slots (pointers, sizes, constants) are
 * assigned in the order they are asked for, so the order, and with it the
 * body's text and hash, depends only on a group's structure; the sign's slot
 * of a perturbed kernel; loads by dtype; the run block at the top of a body;
 * the launches made just before the kernel; what was emitted once; an
 * attention's scale and a scaled rope's frequencies. Part of
 * the CUDA code generator (codegen/cuda/gen.c). */
#include "codegen/cuda/int.h"

#include <stdlib.h>
#include <string.h>

#include "runtime/ref.h"

/* ---- hashing (FNV-1a 64) */
uint64_t zo_cg_fnv(const char *s, uint64_t h) {
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
  return h;
}

bool zo_cg_seen(Gen *g, const char *name) {
  for (int i = 0; i < g->names.len; i++)
    if (strcmp(g->names.data[i], name) == 0) return true;
  vec_push(&g->names, zo_xstrdup(name));
  return false;
}

/* ---- dims */
Dim zo_cg_dmul(Dim a, Dim b) {
  Dim d;
  ZO_ASSERT(zo_dim_mul(a, b, &d));
  return d;
}

int zo_cg_fail(KB *k, const char *what) {
  zo_env_error("the CUDA backend", "kernel %d (%s at %%%d): %s", k->L->group, zo_op_name(k->L->anchor->op),
               k->L->anchor->id, what);
  return -1;
}

/* ---- slots */
bool zo_cg_is_half(const Gen *g, const Value *v) { return zo_kplan_is_half(g->plan, v); }

/* the attention whose query scale value v's f16 stores carry (NULL: none) */
const Value *zo_cg_qscale_of(const Gen *g, const Value *v) {
  for (int i = 0; i < g->plan->qscaled.len; i++)
    if (g->plan->qscaled.data[i] == v) return g->plan->qscale_att.data[i];
  return NULL;
}

/* an attention's query scale, 1/sqrt(head dim): its kernels', and rope's
   when it stores the queries scaled */
const char *zo_cg_att_scale(KB *k, const Value *att) {
  const int64_t H = (int64_t)att->attr[0], hd = zo_value_last_dim(att).coef / H;
  if (att->attr[3] > 0) return zo_cg_flit(&k->g->p->arena, (double)(float)att->attr[3]);   /* its scale attribute */
  return zo_arena_printf(&k->g->p->arena, "(float)(1.0 / sqrt((double)%lld))", (long long)hd);
}

int zo_cg_add_ptr(KB *k, ZoCuArg a) {
  ZoCuLaunch *L = k->L;
  for (int i = 0; i < L->nptrs; i++)
    if (L->ptrs[i].kind == a.kind && L->ptrs[i].v == a.v && L->ptrs[i].storage == a.storage && L->ptrs[i].c == a.c)
      return i;
  ZO_ASSERT(L->nptrs < ZO_CU_MAXP);
  L->ptrs[L->nptrs] = a;
  return L->nptrs++;
}
int zo_cg_ptr_buffer(KB *k, const Value *v) { return zo_cg_add_ptr(k, (ZoCuArg){.kind = ZO_CU_BUFFER, .v = v}); }
int zo_cg_ptr_storage(KB *k, const Value *w, int s) {
  return zo_cg_add_ptr(k, (ZoCuArg){.kind = ZO_CU_STORAGE, .v = w, .storage = s});
}

static int add_int(KB *k, ZoCuArg a) {
  ZoCuLaunch *L = k->L;
  if (a.kind == ZO_CU_DIM)
    for (int i = 0; i < L->nints; i++)
      if (L->ints[i].kind == ZO_CU_DIM && zo_dim_eq(L->ints[i].dim, a.dim)) return i;
  ZO_ASSERT(L->nints < ZO_CU_MAXI);
  L->ints[L->nints] = a;
  return L->nints++;
}

/* a size in the body: a constant or an int slot */
const char *zo_cg_sz(KB *k, Dim d) {
  Arena *a = &k->g->p->arena;
  if (zo_dim_is_const(d)) return zo_arena_printf(a, "%lldLL", (long long)d.coef);
  return zo_arena_printf(a, "a.i[%d]", add_int(k, (ZoCuArg){.kind = ZO_CU_DIM, .dim = d}));
}

int zo_cg_int_const(KB *k, int64_t c) { return add_int(k, (ZoCuArg){.kind = ZO_CU_CONST, .c = c}); }

/* the sign's slot: rows per batch entry, once */
int zo_cg_need_perturb(KB *k, Dim rows) {
  k->pert = true;
  if (k->s_per >= 0) return 0;
  Dim per;
  const char *err = NULL;
  if (zo_kplan_sign_rows(k->g->plan, rows, &per, &err) < 0) return zo_cg_fail(k, err);
  k->s_per = add_int(k, (ZoCuArg){.kind = ZO_CU_DIM, .dim = per});
  return 0;
}

/* ---- dtype access in the source */
const char *zo_cg_ld_fn(DType dt) {
  switch (dt) {
  case ZO_DT_F32: return "zo_ld_f32";
  case ZO_DT_F16: return "zo_ld_f16";
  case ZO_DT_BF16: return "zo_ld_bf16";
  case ZO_DT_F8E4M3: return "zo_ld_f8";
  case ZO_DT_F64: return "zo_ld_f64";
  case ZO_DT_I8: return "zo_ld_i8";
  case ZO_DT_U8: case ZO_DT_BOOL: return "zo_ld_u8";
  case ZO_DT_I16: return "zo_ld_i16";
  case ZO_DT_U16: return "zo_ld_u16";
  case ZO_DT_I32: return "zo_ld_i32";
  case ZO_DT_U32: return "zo_ld_u32";
  case ZO_DT_I64: return "zo_ld_i64";
  default: ZO_BUG("load of dtype %d", dt);
  }
}

/* the run block and the sign of row m, at the top of a body */
void zo_cg_emit_run(KB *k, const char *rows) {
  zo_sb_printf(&k->b, "  const ZoCuRun *zrun = (const ZoCuRun *)a.p[0];\n");
  if (k->pert) {
    zo_sb_printf(&k->b, "  const int zpon = zrun->pert;\n");
    zo_sb_printf(&k->b, "  const zi64 zsrows = zpon ? zrun->split * a.i[%d] : (zi64)%s;\n", k->s_per, rows);
  } else {
    zo_sb_printf(&k->b, "  const int zpon = 0; const zi64 zsrows = (zi64)%s; (void)zrun; (void)zsrows;\n", rows);
  }
}

/* A launch of 256-thread blocks that runs just before the kernel being
 * built, over its slots (zo_cuda_generate inserts it): its function, named
 * by its body's hash and emitted once, and its work. Frees body. */
ZoCuLaunch *zo_cg_pre_launch(KB *k, StrBuf *body, const char *kind, uint64_t salt, Dim work) {
  Gen *g = k->g;
  char *name = zo_arena_printf(&g->p->arena, "zk_%s_%016llx", kind, (unsigned long long)zo_cg_fnv(body->buf, salt));
  if (!zo_cg_seen(g, name))
    zo_sb_printf(&g->kernels, "extern \"C\" __global__ void __launch_bounds__(256) %s(const ZoCuArgs a) {\n%s}\n\n", name,
                 body->buf);
  zo_sb_free(body);
  ZoCuLaunch *L = zo_arena_alloc(&g->p->arena, sizeof *L);
  *L = *k->L;
  L->kind = kind;
  L->fn = name;
  L->work = work;
  return L;
}

/* rope r's frequencies as runtime/ref.c's zo_ref_rope_inv_freq computes them
 * (rotary_dim, linear or Llama 3 scaling), folded into a table the kernel
 * declares (*decl) and indexes by i (the expression returned). Only for a
 * rope with such attributes: a plain one keeps its pow in double. */
const char *zo_cg_rope_inv(KB *k, const Value *r, int64_t hd, const char *i, const char **decl) {
  Arena *ar = &k->g->p->arena;
  const ZoRope rp = zo_ref_rope_attrs(r->attr);
  const int64_t half = zo_ref_rope_dim(&rp, hd) / 2;
  double *inv = zo_xmalloc(sizeof(double) * (size_t)half);
  zo_ref_rope_inv_freq(&rp, hd, inv);
  StrBuf d = {0};
  zo_sb_printf(&d, "  const double zinv[%lld] = {", (long long)half);
  for (int64_t j = 0; j < half; j++) zo_sb_printf(&d, "%s%.17g", j ? ", " : "", inv[j]);
  zo_sb_puts(&d, "};   /* inv_freq, scaled as the rope's attributes say (runtime/ref.c) */\n");
  free(inv);
  *decl = zo_arena_strdup(ar, d.buf);
  zo_sb_free(&d);
  return zo_arena_printf(ar, "zinv[%s]", i);
}
