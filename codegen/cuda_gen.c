/* cuda_gen.c — CUDA C for a compiled Func (see cuda_gen.h for the design).
 *
 * Approach: walk the fusion groups in order; classify each as the CPU
 * planner does (a matmul present: matmul kernel; a norm: norm kernel; all
 * elementwise: elementwise kernel; else the group's one op); assign argument
 * slots in an order that depends only on the group's structure; write the
 * body as text. Bodies that come out identical are one function, named by a
 * hash of the text. Arithmetic follows runtime/ref.c where it is cheap to
 * (transcendentals of elementwise ops, norm and softmax reductions, rope's
 * angles in double; single f32 adds and multiplies through __fadd_rn and
 * __fmul_rn, which are never contracted), so those kernels agree with the
 * oracle to an ulp or two; matmul and attention accumulate in f32.
 *
 * A perturbed storage element is stored + (±(eps·z)) in f32, the same
 * operations as the reference (runtime/refexec.c: delta added to the f32
 * value, negation exact), z from codegen/zo_rng.h at the storage's logical
 * row-major index.
 */
#include "codegen/cuda_int.h"

#include <stdio.h>
#include <string.h>

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
static Dim dmul(Dim a, Dim b) {
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
static bool is_half(const Gen *g, const Value *v) {
  for (int i = 0; i < g->half.len; i++)
    if (g->half.data[i] == v) return true;
  return false;
}

/* the attention whose query scale value v's f16 stores carry (NULL: none) */
static const Value *qscale_of(const Gen *g, const Value *v) {
  for (int i = 0; i < g->qscaled.len; i++)
    if (g->qscaled.data[i] == v) return g->qscale_att.data[i];
  return NULL;
}

/* an attention's query scale, 1/sqrt(head dim): its kernels', and rope's
   when it stores the queries scaled */
static const char *att_scale(KB *k, const Value *att) {
  const int64_t H = (int64_t)att->attr[0], hd = zo_value_last_dim(att).coef / H;
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
static const char *sz(KB *k, Dim d) {
  Arena *a = &k->g->p->arena;
  if (zo_dim_is_const(d)) return zo_arena_printf(a, "%lldLL", (long long)d.coef);
  return zo_arena_printf(a, "a.i[%d]", add_int(k, (ZoCuArg){.kind = ZO_CU_DIM, .dim = d}));
}

static int int_const(KB *k, int64_t c) { return add_int(k, (ZoCuArg){.kind = ZO_CU_CONST, .c = c}); }

/* the sign's slot: rows per batch entry, once */
static int need_perturb(KB *k, Dim rows) {
  k->pert = true;
  if (k->s_per >= 0) return 0;
  Dim per;
  if (!k->g->have_batch || !zo_dim_div(rows, k->g->batch, &per))
    return zo_cg_fail(k, "it reads a perturbed weight but its rows are not batch entries, so it has no sign to use");
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

/* ---- elementwise operands and members ([rows, N] view) */
typedef struct Opd {
  const Value *v;
  int ptr;
  bool perturbed, full;
  int stream;                   /* int slot */
  const char *rows;             /* when not full */
  bool acc;                     /* the paired matmul's product: from the accumulators (TcEpi.pair_acc), no load */
} Opd;

typedef struct Mem {
  const Value *v;
  int src[2];                   /* opd index, or -1 - member */
  int out;                      /* ptr slot when a root, else -1 */
} Mem;

typedef struct EwSet {
  Vec(Opd) opd;
  Vec(Mem) mem;
  const char *N;                /* the row length expression */
} EwSet;

static int add_opd(KB *k, EwSet *s, const Value *u, Dim N, Dim out_rows) {
  for (int i = 0; i < s->opd.len; i++)
    if (s->opd.data[i].v == u) return i;
  if (u->type.fmt || !zo_dtype_is_float(u->type.dtype) || u->type.rank < 1 || !zo_dim_eq(zo_value_last_dim(u), N))
    return zo_cg_fail(k, "an elementwise operand is not a float tensor ending in the kernel's last dimension");
  Opd o = {.v = u, .stream = -1};
  if (u == k->pair_mm) {   /* computed beside this kernel's matmul (pair_matmuls): its accumulator */
    o.ptr = -1;
    o.full = true;
    o.acc = true;
    vec_push(&s->opd, o);
    return s->opd.len - 1;
  }
  if (u->op == ZO_OP_WEIGHT) {
    o.ptr = zo_cg_ptr_storage(k, u, 0);
    o.perturbed = u->w->perturbed[0];
    if (o.perturbed) o.stream = int_const(k, u->w->stream[0]);
  } else if (u->buffer >= 0) {
    o.ptr = zo_cg_ptr_buffer(k, u);
  } else {
    return zo_cg_fail(k, "an operand is neither a weight nor a materialized value");
  }
  Dim r = zo_value_rows(u);
  o.full = zo_dim_eq(r, out_rows);
  if (!o.full) o.rows = sz(k, r);
  if (o.perturbed && need_perturb(k, out_rows) < 0) return -1;
  vec_push(&s->opd, o);
  return s->opd.len - 1;
}

static int member_index(const EwSet *s, const Value *v) {
  for (int i = 0; i < s->mem.len; i++)
    if (s->mem.data[i].v == v) return i;
  return -1;
}

static int add_mem(KB *k, EwSet *s, const Value *v, Dim N, Dim out_rows) {
  Mem m = {.v = v, .out = -1};
  if (v->op != ZO_OP_MATMUL)
    for (int a = 0; a < v->narg; a++) {
      const Value *u = v->arg[a];
      int mi = u->group == v->group ? member_index(s, u) : -1;
      if (mi >= 0) m.src[a] = -1 - mi;
      else if ((m.src[a] = add_opd(k, s, u, N, out_rows)) < 0) return -1;
    }
  if (k->ce && v == k->g->f->outputs.data[0]) {
    m.out = -2;   /* reduced into the cross-entropy's partials, never stored */
  } else if (v->group_root) {
    if (!zo_dim_eq(zo_value_numel(v), zo_dim_const(1)) && !zo_dim_eq(zo_value_rows(v), out_rows))
      return zo_cg_fail(k, "a materialized member has fewer rows than the kernel's output");
    /* a product rope rotates in this epilogue (k->rope): staged, copied out as the rope's output */
    m.out = zo_cg_ptr_buffer(k, k->rope && v == k->rope->arg[0] ? k->rope : v);
  }
  vec_push(&s->mem, m);
  return 0;
}

/* Loads of the operands and the members' values at (m, n), roots stored.
 * `mmv`: the matmul's value expression (NULL when none). Values are named
 * o<i> and e<i>; the row's sign is `zneg` (true: −eps). */
static const char *opd_row(KB *k, const Opd *o) {
  return o->full ? "m" : zo_arena_printf(&k->g->p->arena, "(m %% %s)", o->rows);
}

/* the load of operand o at (m, n) */
static const char *opd_load(KB *k, const EwSet *s, const Opd *o) {
  return zo_arena_printf(&k->g->p->arena, "%s((const void *)a.p[%d], %s * %s + n)", zo_cg_ld_fn(o->v->type.dtype), o->ptr,
                         opd_row(k, o), s->N);
}

/* `pre`: NULL, or the index into zp<i>[] where the operands' values were
   loaded ahead (tc_tail) */
static void emit_ew(KB *k, EwSet *s, const char *mmv, const char *ind, const char *pre) {
  StrBuf *b = &k->b;
  for (int i = 0; i < s->opd.len; i++) {
    Opd *o = &s->opd.data[i];
    const char *row = opd_row(k, o);
    if (o->acc) zo_sb_printf(b, "%sfloat o%d = %s;\n", ind, i, k->pair_acc);
    else if (pre) zo_sb_printf(b, "%sfloat o%d = zp%d[%s];\n", ind, i, i, pre);
    else zo_sb_printf(b, "%sfloat o%d = %s;\n", ind, i, opd_load(k, s, o));
    if (o->perturbed)
      zo_sb_printf(b, "%sif (zpon) o%d = zo_pert(o%d, zrun, a.i[%d], (zu64)(%s * %s + n), zneg);\n", ind, i, i,
                   o->stream, row, s->N);
  }
  for (int i = 0; i < s->mem.len; i++) {
    Mem *m = &s->mem.data[i];
    const Value *v = m->v;
    char x[32], y[32];
    if (v->op != ZO_OP_MATMUL) {
      for (int a = 0; a < v->narg && a < 2; a++) {
        char *t = a == 0 ? x : y;
        if (m->src[a] >= 0) snprintf(t, 32, "o%d", m->src[a]);
        else snprintf(t, 32, "e%d", -1 - m->src[a]);
      }
    }
    zo_sb_printf(b, "%sfloat e%d = ", ind, i);
    switch (v->op) {
    case ZO_OP_MATMUL: zo_sb_printf(b, "%s", mmv); break;
    case ZO_OP_ADD: zo_sb_printf(b, "__fadd_rn(%s, %s)", x, y); break;
    case ZO_OP_SUB: zo_sb_printf(b, "__fsub_rn(%s, %s)", x, y); break;
    case ZO_OP_MUL: zo_sb_printf(b, "__fmul_rn(%s, %s)", x, y); break;
    case ZO_OP_SCALE: zo_sb_printf(b, "(float)((double)%s * %.17g)", x, v->attr[0]); break;
    case ZO_OP_SILU: zo_sb_printf(b, "zo_silu%s(%s)", k->ew_f32 ? "_f" : "", x); break;
    case ZO_OP_GELU: zo_sb_printf(b, "zo_gelu%s(%s)", k->ew_f32 ? "_f" : "", x); break;
    case ZO_OP_GELU_TANH: zo_sb_printf(b, "zo_gelu_tanh%s(%s)", k->ew_f32 ? "_f" : "", x); break;
    case ZO_OP_RELU: zo_sb_printf(b, "(%s < 0.0f ? 0.0f : %s)", x, x); break;
    default: ZO_BUG("elementwise op %s", zo_op_name(v->op));
    }
    zo_sb_puts(b, ";\n");
    if (m->out == -2 && k->ce_pass == 2)
      zo_sb_printf(b, "%szo_ce_sum(zcs[%s], zcm[%s], e%d);\n", ind, k->ce_slot, k->ce_slot, i);
    else if (m->out == -2)
      zo_sb_printf(b, "%szo_ce_%s(zcm[%s], zca[%s], zcs[%s], e%d, (int)n);\n"
                      "%sif ((int)n == zcy[%s]) ((float *)a.p[%d])[m] = e%d;\n",
                   ind, k->ce_pass ? "max" : "add", k->ce_slot, k->ce_slot, k->ce_slot, i, ind, k->ce_slot, k->ce_tl, i);
    if (k->ce_pass == 2) continue;   /* the second pass only sums */
    if (m->out >= 0 && v == k->staged) {   /* into the shared-memory tile (tc_tail copies it out) */
      if (is_half(k->g, v)) zo_sb_printf(b, "%szo_sts16(%s, zo_f2h_c(e%d));\n", ind, k->stage_at, i);
      else zo_sb_printf(b, "%szo_sts32(%s, e%d);\n", ind, k->stage_at, i);
    } else if (m->out >= 0) {
      if (zo_dim_eq(zo_value_numel(v), zo_dim_const(1))) zo_sb_printf(b, "%sif (m == 0 && n == 0) ((float *)a.p[%d])[0] = e%d;\n", ind, m->out, i);
      else if (is_half(k->g, v)) zo_sb_printf(b, "%s((unsigned short *)a.p[%d])[m * %s + n] = zo_f2h_c(e%d);\n", ind, m->out, s->N, i);
      else zo_sb_printf(b, "%s((float *)a.p[%d])[m * %s + n] = e%d;\n", ind, m->out, s->N, i);
    }
  }
}

/* the run block and the sign of row m, at the top of a body */
static void emit_run(KB *k, const char *rows) {
  zo_sb_printf(&k->b, "  const ZoCuRun *zrun = (const ZoCuRun *)a.p[0];\n");
  if (k->pert) {
    zo_sb_printf(&k->b, "  const int zpon = zrun->pert;\n");
    zo_sb_printf(&k->b, "  const zi64 zsrows = zpon ? zrun->split * a.i[%d] : (zi64)%s;\n", k->s_per, rows);
  } else {
    zo_sb_printf(&k->b, "  const int zpon = 0; const zi64 zsrows = (zi64)%s; (void)zrun; (void)zsrows;\n", rows);
  }
}

/* ---- matmul */
#define MM_BM 64
#define MM_BN 64
#define MM_BK 16

/* The z fills a matmul's perturbed storages need, by launches before it.
 * Consecutive kernels take disjoint regions of the z scratch until a window
 * of ZWIN_BYTES is full (zo_cuda_generate), and one zfill launch, made
 * before the window's first kernel, fills every region of the window (a
 * storage a block row, as many as its slots hold): a Llama's layer is 7
 * storages and 6.3 MB of QZO's scale z, so a launch or two a layer, not 7
 * (each a tiny kernel, its launch gap the larger cost). A window starts
 * again at offset 0 only after every kernel reading its regions ran. */
#define ZWIN_BYTES ((int64_t)8 << 20)
static void add_zfills(Gen *g, KB *k) {
  const ZoCuLaunch *L = k->L;
  for (int i = 0; i < L->nptrs; i++) {
    const ZoCuArg *pa = &L->ptrs[i];
    if (pa->kind != ZO_CU_ZSCRATCH) continue;
    ZoCuLaunch *z = g->zwin >= 0 ? &g->p->launches[g->zwin] : NULL;
    if (!z || z->nptrs == ZO_CU_MAXP || z->nints + 2 > ZO_CU_MAXI) {
      g->zwin = g->p->nlaunches++;
      z = &g->p->launches[g->zwin];
      memset(z, 0, sizeof *z);
      z->group = -1;
      z->kind = "zfill";
      z->anchor = L->anchor;
      z->fn = "zk_zfill";
      z->nptrs = 1;
      z->ptrs[0] = (ZoCuArg){.kind = ZO_CU_RUN};
      z->work = zo_dim_const(0);
      z->per_block = 256;
      z->threads = 256;
      z->tile = 1;   /* grid.y: the storages */
      z->smem_dim = zo_dim_const(0);
    }
    int64_t ne = 1;
    const Weight *w = pa->v->w;
    for (int d = 0; d < w->rank[pa->storage]; d++) ne *= w->shape[pa->storage][d];
    z->ptrs[z->nptrs++] = *pa;
    z->ints[z->nints++] = (ZoCuArg){.kind = ZO_CU_CONST, .c = ne};
    z->ints[z->nints++] = (ZoCuArg){.kind = ZO_CU_CONST, .c = w->stream[pa->storage]};
    if ((ne + 1) / 2 > z->work.coef) z->work = zo_dim_const((ne + 1) / 2);   /* a thread a pair */
    z->tile_dim = zo_dim_const(z->nptrs - 1);
  }
}

/* The tensor-core matmul: W is dequantized once per call (both signs when
 * perturbed) into an f16 [N][K] scratch by a dequant launch, then an
 * mma.sync m16n8k16 GEMM (f16 operands, f32 accumulation; X converted from
 * f32 as it is staged) runs 128x128 tiles with the epilogue fused. A tile
 * whose rows straddle the sign split runs once per sign. An unperturbed f16
 * matrix stored [N][K] (nn.Linear) is read directly. */
#define TC_BM 128
#define TC_BN 128
#define TC_BK 32
#define TC_MIN_BLOCKS 2   /* mma.sync blocks per SM asked of ptxas (__launch_bounds__) */

/* A launch of 256-thread blocks that runs just before the kernel being
 * built, over its slots (zo_cuda_generate inserts it): its function, named
 * by its body's hash and emitted once, and its work. Frees body. */
static ZoCuLaunch *pre_launch(KB *k, StrBuf *body, const char *kind, uint64_t salt, Dim work) {
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

/* the f16 [N][K] matrix a tensor-core matmul reads: the weight itself when
 * `direct` (an unperturbed f16 nn.Linear), else the scratch a dequant launch
 * fills (both signs when perturbed); its pointer slot. A matmul pair's
 * (k->pair, pair_matmuls) two dequant launches fill one [2N][K] matrix a
 * sign, their rows interleaved 8 by 8: W row n of the first at row
 * (n / 8) * 16 + n % 8, of the second 8 rows after it. */
static int dq_launch(KB *k, int64_t K, int64_t N, const char *dq, int direct, bool wpert) {
  Gen *g = k->g;
  int wslot;
  if (direct >= 0) {
    wslot = direct;
  } else {
    ZO_ASSERT(!k->pair || N % 8 == 0);
    int64_t bytes = K * N * 2 * (wpert ? 2 : 1) * (k->pair ? 2 : 1);
    if (!k->dq_bank) {   /* the kernels take the banks in turn (a pair's two dequants, one kernel: one bank) */
      k->dq_bank = 1 + g->dq_next;
      g->dq_next = (g->dq_next + 1) % g->dq_banks;
    }
    if (bytes > g->dqmax[k->dq_bank - 1]) g->dqmax[k->dq_bank - 1] = bytes;
    wslot = zo_cg_add_ptr(k, (ZoCuArg){.kind = ZO_CU_DQ, .c = k->dq_bank - 1});
    /* the dequant launch: the matmul's slots, its own body; NL lanes of a warp along n, KL along k,
       each thread NC columns NL apart: all their loads go out before any store (a store might alias
       them), so a thread has NC columns' dependent loads (the group's scale, zero, eps·z after the
       keys) in flight at once where one column a thread waited out two memory round trips each */
    const int NL = DQ_NL, KL = 32 / NL, NC = DQ_NC;
    /* 32-bit index arithmetic (the divisions by NG are much cheaper) when every element index of the scratch fits */
    const char *it = 4 * K * N < ((int64_t)1 << 31) ? "int" : "zi64";
    const char *row = !k->pair ? "n" : k->pair == 1 ? "((n >> 3) * 16 + (n & 7))" : "((n >> 3) * 16 + 8 + (n & 7))";
    const char *call = k->dqb[0] ? zo_arena_printf(&g->p->arena,
                                                   "  if (wp) %s(a, k0, n0, w, u);   /* both signs in one pass: what does not depend on the sign once */\n"
                                                   "  else %s(a, k0, n0, w, u);\n", k->dqb[1], k->dqb[0])
                                 : zo_arena_printf(&g->p->arena,
                                                   "  #pragma unroll\n"
                                                   "  for (int c = 0; c < %d; c++) {\n"
                                                   "    const %s n = n0 + c * %d;\n"
                                                   "    if (n >= N) break;\n"
                                                   "    if (wp) {   /* both signs in one pass: what does not depend on the sign is computed once */\n"
                                                   "      #pragma unroll\n"
                                                   "      for (int j = 0; j < 8; j++) { w[c][j] = %s(a, k0 + j, n, 1); u[c][j] = %s(a, k0 + j, n, 2); }\n"
                                                   "    } else {\n"
                                                   "      #pragma unroll\n"
                                                   "      for (int j = 0; j < 8; j++) w[c][j] = %s(a, k0 + j, n, 0);\n"
                                                   "    }\n"
                                                   "  }\n", NC, it, NL, dq, dq, dq);
    StrBuf d = {0};
    zo_sb_printf(&d,
                 "  const ZoCuRun *zrun = (const ZoCuRun *)a.p[0];\n"
                 "  const int wp = %s;\n"
                 "  /* a warp covers %d x %d columns n x %d chunks of 8 k: its 16-byte stores fill %d-byte pieces of rows W[n][*] */\n"
                 "  const %s N = %lld, K = %lld, NG = (N + %d) / %d, wi = (%s)(((zi64)blockIdx.x * blockDim.x + threadIdx.x) >> 5);\n"
                 "  const int lane = threadIdx.x & 31;\n"
                 "  const %s n0 = (wi %% NG) * %d + lane / %d, kc = (wi / NG) * %d + lane %% %d;\n"
                 "  if (n0 >= N || kc >= K / 8) return;\n"
                 "  const %s k0 = kc * 8;\n"
                 "  float w[%d][8], u[%d][8];\n"
                 "%s"
                 "  #pragma unroll\n"
                 "  for (int c = 0; c < %d; c++) {\n"
                 "    const %s n = n0 + c * %d;\n"
                 "    if (n >= N) break;\n"
                 "    unsigned short *D = (unsigned short *)a.p[%d] + %s * K + k0;\n"
                 "    zo_u4 v; v.x = zo_pack_h2(w[c][0], w[c][1]); v.y = zo_pack_h2(w[c][2], w[c][3]); v.z = zo_pack_h2(w[c][4], w[c][5]); v.w = zo_pack_h2(w[c][6], w[c][7]);\n"
                 "    *(zo_u4 *)D = v;\n"
                 "    if (wp) {\n"
                 "      v.x = zo_pack_h2(u[c][0], u[c][1]); v.y = zo_pack_h2(u[c][2], u[c][3]); v.z = zo_pack_h2(u[c][4], u[c][5]); v.w = zo_pack_h2(u[c][6], u[c][7]);\n"
                 "      *(zo_u4 *)(D + %sN * K) = v;\n"
                 "    }\n"
                 "  }\n",
                 wpert ? "zrun->pert" : "0", NL, NC, KL, KL * 16, it, (long long)N, (long long)K, NL * NC - 1, NL * NC, it, it, NL * NC, KL, KL,
                 KL, it, NC, NC, call, NC, it, NL, wslot, row, k->pair ? "2 * " : "");
    /* whole warps: see the mapping above */
    k->dq = pre_launch(k, &d, "dequant", 0x12345ull, zo_dim_const((N + NL * NC - 1) / (NL * NC) * ((K / 8 + KL - 1) / KL) * 32));
  }
  k->dq_slot = wslot;
  return wslot;
}

/* m0, n0 of tile zb of a grid of gx column tiles by gy row tiles, taken in
   groups of TC_GROUP_M row tiles, column by column */
#define TC_GROUP_M 8
static void tc_tile(KB *k, const char *zb, const char *gx, const char *gy, int bm, int bn, const char *ind) {
  const int G = TC_GROUP_M;
  zo_sb_printf(&k->b,
               "%s{   /* tile (mt, nt) of the linear block index, in groups of %d row tiles */\n"
               "%s  const unsigned zb = %s, zin = %du * %s, zf = zb / zin * %du;   /* 32-bit: 64-bit division is a call */\n"
               "%s  const unsigned zgs = %s - zf < %du ? %s - zf : %du;\n"
               "%s  m0 = (zi64)(zf + zb %% zin %% zgs) * %d; n0 = (zi64)(zb %% zin / zgs) * %d;\n"
               "%s}\n",
               ind, G, ind, zb, G, gx, G, ind, gy, G, gy, G, ind, bm, bn, ind);
}

/* what both tensor-core matmuls begin with: the W matrix (dequant launch),
 * the run block, the sizes, the operands and the block's tile origin. Blocks
 * take tiles in groups of TC_GROUP_M row tiles, column by column (blocks run
 * roughly in order of their linear index), so the blocks in flight share few
 * W columns and few X rows and re-read them from L2, not memory: row by row,
 * every wave of the lm_head's 4000 tiles would stream all 262 MB of its W
 * (groups of 1 and 16 measured slower: docs/gpu.md). */
static void tc_head(KB *k, const char *M, int64_t K, int64_t N, int xp, const char *dq, int direct, bool wpert, int bm,
                    int bn) {
  int wslot = dq_launch(k, K, N, dq, direct, wpert);
  emit_run(k, M);
  zo_sb_printf(&k->b,
               "  const zi64 M = %s, N = %lldLL, K = %lldLL;\n"
               "  const float *X = (const float *)a.p[%d];\n"
               "  const unsigned short *Wb = (const unsigned short *)a.p[%d];\n"
               "  const int wp = %s;\n"
               "  zi64 m0, n0;\n",
               M, (long long)N, (long long)K, xp, wslot, wpert ? "zpon" : "0");
  tc_tile(k, "blockIdx.y * gridDim.x + blockIdx.x", "gridDim.x", "gridDim.y", bm, bn, "  ");
}

/* whether row m of a tensor-core epilogue is this pass's (its sign's; a tile straddling the split runs
   once per sign) */
#define TC_ROW_MINE "(!wp || ((m >= zsrows) == (sp == 1)))"

/* the loop over the signs a tile's rows need (a tile straddling the split runs twice) */
static void tc_signs(KB *k, int bm) {
  zo_sb_printf(&k->b,
               "  const int g = lane >> 2, t = lane & 3;\n"
               "  const bool hp = !wp || m0 < zsrows, hm = wp && m0 + %d > zsrows;\n"
               "  for (int sp = 0; sp < 2; sp++) {\n"
               "    if ((sp == 0 && !hp) || (sp == 1 && !hm)) continue;\n"
               "    const unsigned short *W = Wb + (sp ? N * K : 0);\n",
               bm);
}

/* The fused cross-entropy in a matmul's epilogue (KB.ce), for one path's
 * thread layout: a thread keeps, for each of its `rows` rows, the running
 * max, its first column and the sum of exp(x - max) over the columns it
 * holds (zo_ce_add, in emit_ew); the `lanes` lanes that share a row merge
 * theirs (xor shuffles), and the `leader` stores the row's partial over the
 * chunk of `width` columns from `base`; the target's logit is stored by the
 * thread that holds it. `slot` is an element's row slot in the epilogue
 * loop, `row` the row of slot r. */
typedef struct CeShape {
  int rows, lanes;
  const char *slot, *row, *leader, *base;
  int64_t width;
} CeShape;

/* `mine`: whether row m is this pass's (its sign's) */
static void ce_begin(KB *k, const CeShape *c, const char *ind, const char *mine) {
  k->ce_slot = c->slot;
  k->ce_chunk = c->width;
  zo_sb_printf(&k->b,
               "%sfloat zcm[%d]; double zcs[%d]; int zca[%d], zcy[%d];   /* the cross-entropy's running partials */\n"
               "%s#pragma unroll\n"
               "%sfor (int r = 0; r < %d; r++) {\n"
               "%s  const zi64 m = %s;\n"
               "%s  zcm[r] = -ZO_INF; zcs[r] = 0.0; zca[r] = 0x7fffffff;\n"
               "%s  zcy[r] = m < M && %s ? ((const int *)a.p[%d])[m] : -1;   /* the target's column in this pass's rows */\n"
               "%s}\n",
               ind, c->rows, c->rows, c->rows, c->rows, ind, ind, c->rows, ind, c->row, ind, ind, mine, k->ce_tgt, ind);
}

static void ce_end(KB *k, const CeShape *c, const char *ind, const char *mine, int64_t N) {
  zo_sb_printf(&k->b,
               "%s#pragma unroll\n"
               "%sfor (int r = 0; r < %d; r++) {\n"
               "%s  #pragma unroll\n"
               "%s  for (int o = 1; o < %d; o <<= 1)\n"
               "%s    zo_ce_merge(zcm[r], zca[r], zcs[r], __shfl_xor_sync(0xffffffffu, zcm[r], o), __shfl_xor_sync(0xffffffffu, zca[r], o),\n"
               "%s                __shfl_xor_sync(0xffffffffu, zcs[r], o));\n"
               "%s  const zi64 m = %s, zc0 = %s;\n"
               "%s  if (%s && m < M && zc0 < N && %s) {\n"
               "%s    ZoCuCe *q = (ZoCuCe *)a.p[%d] + m * %lldLL + zc0 / %lld;\n"
               "%s    q->m = zcm[r]; q->a = zca[r]; q->s = zcs[r];\n"
               "%s  }\n"
               "%s}\n",
               ind, ind, c->rows, ind, ind, c->lanes, ind, ind, ind, c->row, c->base, ind, c->leader, mine, ind, k->ce_part,
               (long long)((N + c->width - 1) / c->width), (long long)c->width, ind, ind, ind);
}

/* A tensor-core matmul's epilogue, in chunks of 16 accumulator elements:
 * `outer` opens a chunk's loop (at 4 spaces; tc_tail closes it and the sign
 * loop), `inner` the two loops over a chunk's elements (at 6 and 8 spaces),
 * naming m and n; `pre` numbers an element within its chunk; `acc` is its
 * accumulator. */
typedef struct TcEpi {
  const char *outer, *inner, *acc, *pre;
  const char *pair_acc;         /* a matmul pair's: the first's product of the element (acc is the second's) */
  CeShape ce;
  const char *row0, *col0;      /* staging (stage_plan): the thread's first element's row and column in the tile, */
  const char *drow, *dcol;      /* and an element's offsets from it (constants in the unrolled loops) */
} TcEpi;

/* What the epilogue stages through the shared memory the main loop's stages
 * used, within `budget` bytes from sbase (k->ce: nothing): the output — the
 * last root stored as full [rows, N] rows, N a multiple of 8 (whole 16-byte
 * pieces at 16-byte boundaries) — as a bm x bn tile (rows padded by 16 bytes
 * against bank conflicts; k->staged, k->stage_pitch), then f32 operands of
 * full rows (the gate's output the up projection multiplies by), each read
 * into such a tile by cp.async, all of a thread's copies in flight at once,
 * instead of 16 scattered loads a chunk (k->opd_staged, k->opd_off). Returns
 * the bytes. */
static int64_t stage_plan(KB *k, const EwSet *s, int64_t N, int bm, int bn, int64_t budget) {
  int64_t end = 0;
  k->staged = NULL;
  memset(k->opd_staged, 0, sizeof k->opd_staged);
  if (k->ce || N % 8 != 0) return 0;
  for (int i = s->mem.len - 1; i >= 0; i--) {
    const Mem *m = &s->mem.data[i];
    if (m->out < 0 || zo_dim_eq(zo_value_numel(m->v), zo_dim_const(1))) continue;
    const int64_t pitch = bn * (is_half(k->g, m->v) ? 2 : 4) + 16;
    if (pitch * bm <= budget) {
      k->staged = m->v;
      k->stage_pitch = pitch;
      end = pitch * bm;
    }
    break;
  }
  for (int i = 0; i < s->opd.len; i++) {
    const Opd *o = &s->opd.data[i];
    const int64_t bytes = (int64_t)bm * (bn * 4 + 16);
    if (!o->full || o->acc || o->v->type.dtype != ZO_DT_F32 || end + bytes > budget) continue;
    k->opd_staged[i] = true;
    k->opd_off[i] = end;
    end += bytes;
  }
  return end;
}

/* the staged tile to memory: 16 bytes a thread at a time, rows of this pass's
   sign inside the matrix; then the stages may be refilled (the copy engine
   writes through the async proxy: fenced after these generic accesses) */
static void stage_out(KB *k, const EwSet *s, int bm, int bn) {
  const Value *v = k->staged;
  const int es = is_half(k->g, v) ? 2 : 4, cpr = bn * es / 16;   /* 16-byte pieces a row */
  const int ptr = s->mem.data[member_index(s, v)].out;
  zo_sb_printf(&k->b,
               "    __syncthreads();\n"
               "    #pragma unroll 4\n"
               "    for (int e = threadIdx.x; e < %d; e += blockDim.x) {\n"
               "      const int r = e / %d, c = e %% %d;\n"
               "      const zi64 m = m0 + r, n = n0 + c * %d;\n"
               "      if (m < M && n < N && " TC_ROW_MINE ")\n"
               "        *(zo_u4 *)((unsigned char *)a.p[%d] + (m * %s + n) * %d) = zo_lds128(sbase + (unsigned)(r * %lld + c * 16));\n"
               "    }\n"
               "    asm volatile(\"fence.proxy.async.shared::cta;\" ::: \"memory\");\n"
               "    __syncthreads();\n",
               bm * cpr, cpr, cpr, 16 / es, ptr, s->N, es, (long long)k->stage_pitch);
}

/* rope's angle table for rope r: [T][hd / 2] pairs (cos, sin), the rope
 * kernel's pow, cos and sin in double of each (position, pair) rounded to
 * f32, made by a
 * "ropetab" launch before the kernel unless the last such launch made the
 * same (theta, hd) table (the queries' and keys' of every layer share one);
 * its slot. */
static int rope_table(KB *k, const Value *r, int64_t hd) {
  Gen *g = k->g;
  Arena *ar = &g->p->arena;
  const int slot = zo_cg_add_ptr(k, (ZoCuArg){.kind = ZO_CU_ROPETAB});
  const char *theta = zo_cg_flit(ar, (double)(float)r->attr[1]);   /* a float in ref (zo_ref_rope takes float theta) */
  const uint64_t key = zo_cg_fnv(theta, 0x9e3779b97f4a7c15ull * (uint64_t)hd + 1);
  if (g->rtab_last == key) return slot;
  g->rtab_last = key;
  const Dim Td = r->type.dims[r->type.rank - 2];
  const long long half = hd / 2;
  StrBuf d = {0};
  zo_sb_printf(&d,
               "  const zi64 e = (zi64)blockIdx.x * blockDim.x + threadIdx.x;\n"
               "  if (e >= %s * %lldLL) return;\n"
               "  const zi64 t = e / %lldLL, i = e %% %lldLL;\n"
               "  const double inv_freq = pow((double)%s, -2.0 * (double)i / %lld.0);\n"
               "  const double an = (double)t * inv_freq;\n"
               "  zo_f2 cs; cs.x = (float)cos(an); cs.y = (float)sin(an);\n"
               "  ((zo_f2 *)a.p[%d])[e] = cs;\n",
               sz(k, Td), half, half, half, theta, (long long)hd, slot);
  k->rtab = pre_launch(k, &d, "ropetab", 0x707eull, dmul(Td, zo_dim_const(half)));
  return slot;
}

/* The staged product to memory through rope (k->rope, rope_matmuls): a
 * thread takes 8 pairs (i, i + hd/2) of one head of a row, both halves from
 * the tile (whole heads: hd divides bn), turns them by the angles of the
 * row's position (the table's cos and sin) and stores both 8-element
 * pieces, as f16 (scaled first when they are the tensor-core attention's
 * queries) when the rope's output is stored so. The turn is f32 arithmetic
 * on the f32 cos and sin (the rope kernel's is double): a few f32 ulps of
 * the pair's size, 2^-22 of it, where the f16 the attention reads is
 * rounded to 2^-11 and its f16 operands' rounding is what the tensor-core
 * path's tolerances are argued from; on every other path rope keeps its
 * kernel. */
static void rope_out(KB *k, const EwSet *s, int bm, int bn) {
  Gen *g = k->g;
  const Value *r = k->rope;
  const int64_t N = zo_value_last_dim(r).coef, hd = N / (int64_t)r->attr[0], half = hd / 2, hc = half / 8;
  const int cpr = bn / 16;   /* 8-pair pieces a tile row */
  const bool h16 = is_half(g, r);
  const Value *qatt = qscale_of(g, r);
  const int tab = rope_table(k, r, hd), ptr = s->mem.data[member_index(s, k->staged)].out;
  const char *T = sz(k, r->type.dims[r->type.rank - 2]), *q = qatt ? "zqs * " : "";
  if (!zo_cg_seen(g, "zo_f2"))
    zo_sb_puts(&g->funcs, "struct alignas(8) zo_f2 { float x, y; };\n"
                          "static __device__ __forceinline__ void zo_lds8f(unsigned addr, float *x) {   /* 8 floats from shared memory */\n"
                          "  asm volatile(\"ld.shared.v4.f32 {%0, %1, %2, %3}, [%4];\" : \"=f\"(x[0]), \"=f\"(x[1]), \"=f\"(x[2]), \"=f\"(x[3]) : \"r\"(addr));\n"
                          "  asm volatile(\"ld.shared.v4.f32 {%0, %1, %2, %3}, [%4];\" : \"=f\"(x[4]), \"=f\"(x[5]), \"=f\"(x[6]), \"=f\"(x[7]) : \"r\"(addr + 16)); }\n"
                          "static __device__ __forceinline__ zo_f2 zo_ldg_f2(const zo_f2 *p) {   /* read-only: free to move above the stores */\n"
                          "  zo_f2 v; asm(\"ld.global.nc.v2.f32 {%0, %1}, [%2];\" : \"=f\"(v.x), \"=f\"(v.y) : \"l\"(p)); return v; }\n");
  StrBuf *b = &k->b;
  zo_sb_puts(b, "    __syncthreads();\n");
  if (qatt) zo_sb_printf(b, "    const float zqs = %s;\n", att_scale(k, qatt));
  /* no branch around an element: only its stores wait on whether its row is this pass's */
  zo_sb_printf(b,
               "    const unsigned zmt = (unsigned)(m0 %% %s), zT = (unsigned)%s;   /* the first row's position */\n"
               "    #pragma unroll 2\n"
               "    for (int e = threadIdx.x; e < %d; e += blockDim.x) {   /* rope: pairs (i, i + %lld) of a head, 8 a thread */\n"
               "      const int r = e / %d, c = e %% %d, i0 = (c %% %lld) * 8, c1 = (c / %lld) * %lld + i0;\n"
               "      const zi64 m = m0 + r, n = n0 + c1;\n"
               "      const bool ok = m < M && n < N && " TC_ROW_MINE ";\n"
               "      float x1[8], x2[8], y1[8], y2[8];\n"
               "      zo_lds8f(sbase + (unsigned)(r * %lld + c1 * 4), x1);\n"
               "      zo_lds8f(sbase + (unsigned)(r * %lld + (c1 + %lld) * 4), x2);\n"
               "      const zo_f2 *cs = (const zo_f2 *)a.p[%d] + (zi64)((zmt + (unsigned)r) %% zT) * %lldLL + i0;\n"
               "      #pragma unroll\n"
               "      for (int j = 0; j < 8; j++) {\n"
               "        const zo_f2 w = zo_ldg_f2(cs + j);   /* cos, sin */\n"
               "        y1[j] = %s(x1[j] * w.x - x2[j] * w.y);\n"
               "        y2[j] = %s(x2[j] * w.x + x1[j] * w.y);\n"
               "      }\n",
               T, T, bm * cpr, (long long)half, cpr, cpr, (long long)hc, (long long)hc, (long long)hd, (long long)k->stage_pitch,
               (long long)k->stage_pitch, (long long)half, tab, (long long)half, q, q);
  zo_sb_puts(b, "      if (!ok) continue;\n");
  if (h16)
    zo_sb_printf(b,
                 "      unsigned short *y = (unsigned short *)a.p[%d] + m * N + n;\n"
                 "      zo_u4 o;\n"
                 "      o.x = zo_pack_h2(y1[0], y1[1]); o.y = zo_pack_h2(y1[2], y1[3]); o.z = zo_pack_h2(y1[4], y1[5]); o.w = zo_pack_h2(y1[6], y1[7]);\n"
                 "      *(zo_u4 *)y = o;\n"
                 "      o.x = zo_pack_h2(y2[0], y2[1]); o.y = zo_pack_h2(y2[2], y2[3]); o.z = zo_pack_h2(y2[4], y2[5]); o.w = zo_pack_h2(y2[6], y2[7]);\n"
                 "      *(zo_u4 *)(y + %lld) = o;\n",
                 ptr, (long long)half);
  else
    zo_sb_printf(b,
                 "      float *y = (float *)a.p[%d] + m * N + n;\n"
                 "      #pragma unroll\n"
                 "      for (int j = 0; j < 8; j++) { y[j] = y1[j]; y[j + %lld] = y2[j]; }\n",
                 ptr, (long long)half);
  zo_sb_puts(b, "    }\n"
                "    asm volatile(\"fence.proxy.async.shared::cta;\" ::: \"memory\");\n"
                "    __syncthreads();\n");
}

/* The epilogue: per chunk, the outside operands' values loaded first into
 * zp<i>[pre] (a load after a store through a pointer that may alias cannot
 * move above it, so loaded next to their stores every element would cost a
 * memory round trip), then each element (m, n) — inside the matrix and of
 * this pass's sign — through the group's elementwise members; and the launch's shape */
static void tc_tail(KB *k, EwSet *s, const TcEpi *e, int64_t N, int bm, int bn, int min_blocks) {
  StrBuf *b = &k->b;
  const char *ind = "          ", *close_inner = "        }\n";
  bool opd_staged = false;
  for (int i = 0; i < s->opd.len; i++) opd_staged |= k->opd_staged[i];
  if (k->staged || opd_staged)
    zo_sb_puts(b, "    __syncthreads();   /* every wgmma has read its stage: the stages take the epilogue's tiles */\n");
  if (k->staged) {
    const int es = is_half(k->g, k->staged) ? 2 : 4;
    const long long pitch = (long long)k->stage_pitch;
    zo_sb_printf(b, "    const unsigned zstg = sbase + (unsigned)(%s * %lld + %s * %d);\n", e->row0, pitch, e->col0, es);
    k->stage_at = zo_arena_printf(&k->g->p->arena, "zstg + (unsigned)(%s * %lld + %s * %d)", e->drow, pitch, e->dcol, es);
  }
  const long long opitch = bn * 4 + 16;
  for (int i = 0; i < s->opd.len; i++)
    if (k->opd_staged[i])
      zo_sb_printf(b,
                   "    #pragma unroll 8\n"
                   "    for (int e = threadIdx.x; e < %d; e += blockDim.x) {   /* operand %d's tile by cp.async (no registers: all in flight), zeros outside */\n"
                   "      const int r = e / %d, c = e %% %d;\n"
                   "      const zi64 m = m0 + r, n = n0 + c * 4;\n"
                   "      const bool ok = m < M && n < N;\n"
                   "      zo_cpa16(sbase + (unsigned)(%lld + r * %lld + c * 16), (const float *)a.p[%d] + (ok ? m * %s + n : 0), ok);\n"
                   "    }\n",
                   bm * bn / 4, i, bn / 4, bn / 4, (long long)k->opd_off[i], opitch, s->opd.data[i].ptr, s->N);
  if (opd_staged)
    zo_sb_puts(b, "    asm volatile(\"cp.async.wait_all;\" ::: \"memory\");\n"
                  "    __syncthreads();\n");
  for (int i = 0; i < s->opd.len; i++)
    if (k->opd_staged[i])
      zo_sb_printf(b, "    const unsigned zopd%d = sbase + (unsigned)(%lld + %s * %lld + %s * 4);\n", i, (long long)k->opd_off[i], e->row0,
                   opitch, e->col0);
  if (k->ce) ce_begin(k, &e->ce, "    ", TC_ROW_MINE);
  int loaded = 0;   /* operands loaded ahead (not the paired matmul's accumulators) */
  for (int i = 0; i < s->opd.len; i++) loaded += !s->opd.data[i].acc;
  /* elements outside the matrix or of the other sign are skipped, unless every store goes to the
     staged tile, whose copy out skips their rows: then no element branches (a branch each kept
     the tile's address out of registers: ~15 instructions an element, most of the epilogue) */
  bool guard = false;
  for (int i = 0; i < s->mem.len; i++) guard |= s->mem.data[i].out >= 0 && s->mem.data[i].v != k->staged;
  /* the cross-entropy's partials are stored for this pass's rows only, and its target logit is
     sought only there (zcy): only columns past N (zeros) must stay out of its sums */
  const bool col_guard = !guard && k->ce && N % bn != 0;
  /* with the fused cross-entropy, two passes over the tile: the rows' max first, then the sum
     of exp(x - max) (one pass rescales the sum, in double, whenever a lane's max grows: a
     divergent call most of a warp's elements wait on; the 7B's lm_head 3.2 ms, two passes 2.1) */
  for (int pass = 0; pass < (k->ce ? 2 : 1); pass++) {
    k->ce_pass = k->ce ? 1 + pass : 0;
    zo_sb_puts(b, e->outer);
    if (loaded > 0) {
      for (int i = 0; i < s->opd.len; i++)
        if (!s->opd.data[i].acc) zo_sb_printf(b, "      float zp%d[16];\n", i);
      zo_sb_puts(b, e->inner);
      zo_sb_printf(b, "%sconst bool zin = m < M && n < N;\n", ind);
      for (int i = 0; i < s->opd.len; i++)
        if (s->opd.data[i].acc) continue;
        else if (k->opd_staged[i])
          zo_sb_printf(b, "%szp%d[%s] = zo_lds32(zopd%d + (unsigned)(%s * %lld + %s * 4));\n", ind, i, e->pre, i, e->drow, opitch, e->dcol);
        else
          zo_sb_printf(b, "%szp%d[%s] = zin ? %s : 0.0f;\n", ind, i, e->pre, opd_load(k, s, &s->opd.data[i]));
      zo_sb_puts(b, close_inner);
    }
    zo_sb_puts(b, e->inner);
    if (guard)
      zo_sb_printf(b,
                   "%sif (m >= M || n >= N) continue;\n"
                   "%sif (!" TC_ROW_MINE ") continue;\n",
                   ind, ind);
    else if (col_guard)
      zo_sb_printf(b, "%sif (n >= N) continue;\n", ind);
    zo_sb_printf(b, "%sconst bool zneg = zpon && m >= zsrows; (void)zneg;\n", ind);
    k->ew_f32 = true;   /* the operands were rounded to f16: f32's few ulps are far below that, double's cost is not */
    k->pair_acc = e->pair_acc;
    emit_ew(k, s, e->acc, ind, loaded > 0 ? e->pre : NULL);
    k->ew_f32 = false;
    zo_sb_puts(b, close_inner);
    zo_sb_puts(b, "    }\n");
  }
  k->ce_pass = 0;
  if (k->staged && k->rope) rope_out(k, s, bm, bn);
  else if (k->staged) stage_out(k, s, bm, bn);
  else if (opd_staged)   /* the stages may be refilled: the copy engine writes through the async proxy */
    zo_sb_puts(b, "    asm volatile(\"fence.proxy.async.shared::cta;\" ::: \"memory\");\n"
                  "    __syncthreads();\n");
  k->staged = NULL;
  memset(k->opd_staged, 0, sizeof k->opd_staged);
  if (k->ce) ce_end(k, &e->ce, "    ", TC_ROW_MINE, N);
  zo_sb_puts(b, "  }\n");
  k->L->kind = "matmul";
  k->L->per_block = bm;
  k->L->gx = (N + bn - 1) / bn;
  k->L->threads = 256;
  k->L->min_blocks = min_blocks;
}

static void emit_mma(KB *k, EwSet *s, const char *M, int64_t K, int64_t N, int xp, const char *dq, int direct, bool wpert) {
  StrBuf *b = &k->b;
  tc_head(k, M, K, N, xp, dq, direct, wpert, TC_BM, TC_BN);
  zo_sb_printf(b,
               "  __shared__ __attribute__((aligned(16))) unsigned short As[2][%d][%d], Bs[2][%d][%d];\n"
               "  const int tid = threadIdx.x, lane = tid & 31, warp = tid >> 5, wm = warp >> 2, wn = warp & 3;\n",
               TC_BM, TC_BK + 8, TC_BN, TC_BK + 8);
  tc_signs(k, TC_BM);
  zo_sb_printf(b,
               "    float acc[4][4][4];\n"
               "    #pragma unroll\n"
               "    for (int i = 0; i < 4; i++)\n"
               "      #pragma unroll\n"
               "      for (int j = 0; j < 4; j++)\n"
               "        #pragma unroll\n"
               "        for (int h = 0; h < 4; h++) acc[i][j][h] = 0.0f;\n"
               "    /* the next tile's global loads are issued before this tile's mma (registers), so\n"
               "       their latency hides behind the arithmetic */\n"
               "    zo_f4 xr[%d]; zo_u4 wr[%d];\n"
               "#define ZO_LOADG(K0) \\\n"
               "    _Pragma(\"unroll\") for (int q = 0; q < %d; q++) { const int e = tid + q * 256, r = e >> 3, c4 = (e & 7) * 4; \\\n"
               "      const zi64 m = m0 + r, kk = (K0) + c4; \\\n"
               "      if (m < M && kk < K) xr[q] = *(const zo_f4 *)(X + m * K + kk); else xr[q].x = xr[q].y = xr[q].z = xr[q].w = 0.0f; } \\\n"
               "    _Pragma(\"unroll\") for (int q = 0; q < %d; q++) { const int e = tid + q * 256, r = e >> 2, c8 = (e & 3) * 8; \\\n"
               "      const zi64 n = n0 + r, kk = (K0) + c8; \\\n"
               "      if (n < N && kk < K) wr[q] = *(const zo_u4 *)(W + n * K + kk); else wr[q].x = wr[q].y = wr[q].z = wr[q].w = 0u; }\n"
               "#define ZO_STORES(BUF) \\\n"
               "    _Pragma(\"unroll\") for (int q = 0; q < %d; q++) { const int e = tid + q * 256, r = e >> 3, c4 = (e & 7) * 4; \\\n"
               "      *(unsigned *)&As[BUF][r][c4] = zo_pack_h2(xr[q].x, xr[q].y); *(unsigned *)&As[BUF][r][c4 + 2] = zo_pack_h2(xr[q].z, xr[q].w); } \\\n"
               "    _Pragma(\"unroll\") for (int q = 0; q < %d; q++) { const int e = tid + q * 256, r = e >> 2, c8 = (e & 3) * 8; *(zo_u4 *)&Bs[BUF][r][c8] = wr[q]; }\n"
               "    /* two shared-memory stages: one barrier per k tile */\n"
               "    ZO_LOADG(0)\n"
               "    ZO_STORES(0)\n"
               "    __syncthreads();\n"
               "    int cur = 0;\n"
               "    for (zi64 k0 = 0; k0 < K; k0 += %d) {\n"
               "      const bool more = k0 + %d < K;\n"
               "      if (more) { ZO_LOADG(k0 + %d) }\n"
               "      #pragma unroll\n"
               "      for (int kk = 0; kk < %d; kk += 16) {\n"
               "        unsigned af[4][4], bf[4][2];\n"
               "        #pragma unroll\n"
               "        for (int i = 0; i < 4; i++) zo_ldsm4(af[i], &As[cur][wm * 64 + i * 16 + (lane & 15)][kk + (lane >> 4) * 8]);\n"
               "        #pragma unroll\n"
               "        for (int j = 0; j < 4; j += 2) {\n"
               "          unsigned r4[4];\n"
               "          zo_ldsm4(r4, &Bs[cur][wn * 32 + j * 8 + (lane & 7) + ((lane >> 4) << 3)][kk + ((lane >> 3) & 1) * 8]);\n"
               "          bf[j][0] = r4[0]; bf[j][1] = r4[1]; bf[j + 1][0] = r4[2]; bf[j + 1][1] = r4[3];\n"
               "        }\n"
               "        #pragma unroll\n"
               "        for (int i = 0; i < 4; i++)\n"
               "          #pragma unroll\n"
               "          for (int j = 0; j < 4; j++) zo_mma(acc[i][j], af[i], bf[j]);\n"
               "      }\n"
               "      if (more) { ZO_STORES(cur ^ 1) }\n"
               "      __syncthreads();\n"
               "      cur ^= 1;\n"
               "    }\n"
               "#undef ZO_STORES\n"
               "#undef ZO_LOADG\n",
               TC_BM * TC_BK / 1024, TC_BN * TC_BK / 2048, TC_BM * TC_BK / 1024, TC_BN * TC_BK / 2048,
               TC_BM * TC_BK / 1024, TC_BN * TC_BK / 2048, TC_BK, TC_BK, TC_BK, TC_BK);
  /* 2 blocks: <= 128 registers, 16 warps per SM to hide latency (TC_MIN_BLOCKS) */
  const TcEpi e = {.outer = "    #pragma unroll\n"
                            "    for (int i = 0; i < 4; i++) {\n",
                   .inner = "      #pragma unroll\n"
                            "      for (int j = 0; j < 4; j++)\n"
                            "        #pragma unroll\n"
                            "        for (int h = 0; h < 4; h++) {\n"
                            "          const zi64 m = m0 + wm * 64 + i * 16 + g + (h >= 2 ? 8 : 0), n = n0 + wn * 32 + j * 8 + 2 * t + (h & 1);\n",
                   .acc = "acc[i][j][h]",
                   .pre = "j * 4 + h",
                   .ce = {.rows = 8, .lanes = 4, .slot = "(i * 2 + (h >> 1))", .row = "m0 + wm * 64 + (r >> 1) * 16 + g + 8 * (r & 1)",
                          .leader = "t == 0", .base = "n0 + wn * 32", .width = 32}};
  tc_tail(k, s, &e, N, TC_BM, TC_BN, TC_MIN_BLOCKS);
}

/* The Hopper matmul (sm_90a): wgmma.mma_async m64n256k16 reading both
 * operands from shared memory. A block of two warpgroups computes a 128x256
 * tile (each warpgroup 64 rows, 128 f32 accumulators a thread); k tiles of 64
 * lie in shared-memory stages laid out as the 128-byte swizzle wgmma's
 * descriptors name: row r of a tile at r*128 bytes, its 16-byte chunk c at
 * chunk c ^ (r % 8). The copy engine (TMA) fills 4 stages on mbarriers and
 * the epilogue goes through the freed stages (stage_plan); with the
 * target's tma=0 (a driver that cannot encode tensor maps) every thread
 * fills 3 stages by cp.async behind a barrier a k step. X is an f16 copy
 * (x16_launch), the operand pipelines that converted it from f32 through
 * registers measured slower and are gone (docs/gpu.md). The W side is
 * the same f16 [N][K] matrix the mma.sync path reads, so dequant and
 * perturbation are unchanged; the sign split and the epilogue are the
 * mma.sync path's. */
#define WG_BM 128
#define WG_BN 256
#define WG_BK 64
#define WG_STAGE ((WG_BM + WG_BN) * WG_BK * 2)
#define WG_SMEM_MAX 232448   /* the dynamic shared memory a block may ask for on sm_90 (227 KB) */

/* cp.async of 16 bytes (sm_80 on): the wgmma pipelines' operands, the tensor-core attention's key and value tiles */
static void emit_cpa16(Gen *g) {
  if (zo_cg_seen(g, "zo_cpa16")) return;
  zo_sb_puts(&g->funcs, "// 16 bytes global -> shared without registers (zeros when !ok)\n"
                        "static __device__ __forceinline__ void zo_cpa16(unsigned dst, const void *src, bool ok) {\n"
                        "  asm volatile(\"cp.async.cg.shared.global [%0], [%1], 16, %2;\" :: \"r\"(dst), \"l\"(src), \"r\"(ok ? 16 : 0)); }\n");
}

/* the wgmma paths' device helpers, once (zo_sts64 and zo_sts128 served the
   register pipelines since removed: kept, so the source stays the same bytes) */
static void emit_wgmma_helpers(Gen *g) {
  if (zo_cg_seen(g, "zo_wgmma_n256")) return;
  emit_cpa16(g);
  StrBuf *f = &g->funcs;
  zo_sb_puts(f, "// wgmma (sm_90a): shared-memory descriptors (128-byte swizzle, 8-row groups 1024 bytes apart)\n"
                "static __device__ __forceinline__ zu64 zo_sdesc(unsigned addr) {\n"
                "  return (zu64)((addr & 0x3FFFFu) >> 4) | (1ull << 16) | ((zu64)(1024 >> 4) << 32) | (1ull << 62); }\n"
                "static __device__ __forceinline__ void zo_sts64(unsigned addr, unsigned x, unsigned y) {\n"
                "  asm volatile(\"st.shared.v2.u32 [%0], {%1, %2};\" :: \"r\"(addr), \"r\"(x), \"r\"(y)); }\n"
                "static __device__ __forceinline__ void zo_sts128(unsigned addr, zo_u4 v) {\n"
                "  asm volatile(\"st.shared.v4.u32 [%0], {%1, %2, %3, %4};\" :: \"r\"(addr), \"r\"(v.x), \"r\"(v.y), \"r\"(v.z), \"r\"(v.w)); }\n"
                "static __device__ __forceinline__ void zo_sts32(unsigned addr, float x) {\n"
                "  asm volatile(\"st.shared.f32 [%0], %1;\" :: \"r\"(addr), \"f\"(x)); }\n"
                "static __device__ __forceinline__ void zo_sts16(unsigned addr, unsigned short x) {\n"
                "  asm volatile(\"st.shared.u16 [%0], %1;\" :: \"r\"(addr), \"h\"(x)); }\n"
                "static __device__ __forceinline__ float zo_lds32(unsigned addr) {\n"
                "  float x; asm volatile(\"ld.shared.f32 %0, [%1];\" : \"=f\"(x) : \"r\"(addr)); return x; }\n"
                "static __device__ __forceinline__ zo_u4 zo_lds128(unsigned addr) {\n"
                "  zo_u4 v; asm volatile(\"ld.shared.v4.u32 {%0, %1, %2, %3}, [%4];\" : \"=r\"(v.x), \"=r\"(v.y), \"=r\"(v.z), \"=r\"(v.w) : \"r\"(addr)); return v; }\n"
                "// the copy engine (TMA): a tensor map passed by value (__grid_constant__), 2-D tiles into shared memory\n"
                "struct alignas(64) ZoTmap { zu64 v[16]; };\n"
                "static __device__ __forceinline__ void zo_tma2(unsigned dst, const ZoTmap *map, unsigned bar, int c0, int c1) {\n"
                "  asm volatile(\"cp.async.bulk.tensor.2d.shared::cluster.global.tile.mbarrier::complete_tx::bytes [%0], [%1, {%3, %4}], [%2];\"\n"
                "    :: \"r\"(dst), \"l\"(map), \"r\"(bar), \"r\"(c0), \"r\"(c1) : \"memory\"); }\n"
                "// mbarriers in shared memory: init, arrive, arrive announcing the bytes a copy will bring, wait for a phase\n"
                "static __device__ __forceinline__ void zo_mbar_init(unsigned bar, unsigned count) {\n"
                "  asm volatile(\"mbarrier.init.shared::cta.b64 [%0], %1;\" :: \"r\"(bar), \"r\"(count) : \"memory\"); }\n"
                "static __device__ __forceinline__ void zo_mbar_arrive(unsigned bar) {\n"
                "  asm volatile(\"mbarrier.arrive.shared::cta.b64 _, [%0];\" :: \"r\"(bar) : \"memory\"); }\n"
                "static __device__ __forceinline__ void zo_mbar_expect(unsigned bar, unsigned bytes) {\n"
                "  asm volatile(\"mbarrier.arrive.expect_tx.shared::cta.b64 _, [%0], %1;\" :: \"r\"(bar), \"r\"(bytes) : \"memory\"); }\n"
                "static __device__ __forceinline__ void zo_mbar_wait(unsigned bar, unsigned parity) {\n"
                "  unsigned done;\n"
                "  do asm volatile(\"{\\n.reg .pred p;\\nmbarrier.try_wait.parity.shared::cta.b64 p, [%1], %2;\\nselp.u32 %0, 1, 0, p;\\n}\"\n"
                "                 : \"=r\"(done) : \"r\"(bar), \"r\"(parity) : \"memory\");\n"
                "  while (!done); }\n"
                "// D[64][256] += A[64][16] B[256][16]^T, both K-major in shared memory\n"
                "static __device__ __forceinline__ void zo_wgmma_n256(float *d, zu64 da, zu64 db) {\n"
                "  asm volatile(\"{\\n.reg .pred p;\\nsetp.ne.b32 p, %130, 0;\\n\"\n"
                "    \"wgmma.mma_async.sync.aligned.m64n256k16.f32.f16.f16 {");
  for (int i = 0; i < 128; i++) zo_sb_printf(f, "%s%%%d", i ? ", " : "", i);
  zo_sb_puts(f, "}, %128, %129, p, 1, 1, 0, 0;\\n}\\n\"\n    : ");
  for (int i = 0; i < 128; i++) zo_sb_printf(f, "%s\"+f\"(d[%d])", i ? (i % 8 ? ", " : ",\n      ") : "", i);
  zo_sb_puts(f, "\n    : \"l\"(da), \"l\"(db), \"r\"(1)); }\n\n");
}

/* X's f16 copy ([rows][K], K % 8 == 0) for the wgmma matmul to load like
 * W: what its producer stored as f16 (half_values: every X of the bundled
 * models), else a launch before the matmul makes it, unless the last such
 * launch made it of the same value (q, k and v read one normed x: it is
 * converted once). Returns the copy's slot. */
static int x16_launch(KB *k, const char *M, int64_t K, int xp) {
  Gen *g = k->g;
  if (is_half(g, k->x)) return xp;   /* its producer stored it as f16 */
  int slot = zo_cg_add_ptr(k, (ZoCuArg){.kind = ZO_CU_X16});
  if (g->x16_last == k->x) return slot;
  g->x16_last = k->x;
  StrBuf d = {0};
  zo_sb_printf(&d,
               "  const zi64 e = (zi64)blockIdx.x * blockDim.x + threadIdx.x;   /* 8 elements each */\n"
               "  if (e >= %s * %lldLL) return;\n"
               "  const zo_f4 *x = (const zo_f4 *)a.p[%d] + 2 * e;\n"
               "  const zo_f4 v0 = x[0], v1 = x[1];\n"
               "  zo_u4 o; o.x = zo_pack_h2(v0.x, v0.y); o.y = zo_pack_h2(v0.z, v0.w); o.z = zo_pack_h2(v1.x, v1.y); o.w = zo_pack_h2(v1.z, v1.w);\n"
               "  ((zo_u4 *)a.p[%d])[e] = o;\n",
               M, (long long)(K / 8), xp, slot);
  k->x16 = pre_launch(k, &d, "x16", 0x7816ull, dmul(zo_value_rows(k->x), zo_dim_const(K / 8)));
  return slot;
}

static void emit_wgmma(KB *k, EwSet *s, const char *M, int64_t K, int64_t N, int xp, const char *dq, int direct, bool wpert) {
  Gen *g = k->g;
  StrBuf *b = &k->b;
  const bool tma = g->wgmma_tma;
  const int S = tma ? 4 : 3;   /* stages: 4 by the copy engine (3 measured slower: docs/gpu.md), 3 by cp.async */
  emit_wgmma_helpers(g);
  /* a matmul pair (k->pair == 2): a 256-row W tile is 128 columns of each
     matmul, interleaved 8 by 8 (dq_launch), so accumulator column block j
     (8 columns) holds the first's product for even j, the second's for odd:
     the output tile is 128 columns wide */
  const bool pair = k->pair == 2;
  const int bn = pair ? WG_BN / 2 : WG_BN;
  ZO_ASSERT(!pair || (tma && !k->ce));
  tc_head(k, M, K, N, xp, dq, direct, wpert, WG_BM, bn);
  zo_sb_puts(b,
             "  extern __shared__ unsigned char zwsm[];\n"
             "  const unsigned sraw = (unsigned)__cvta_generic_to_shared(zwsm), sbase = (sraw + 1023u) & ~1023u;\n"
             "  const int tid = threadIdx.x, wg = tid >> 7, warp = (tid >> 5) & 3, lane = tid & 31;\n");
  /* the epilogue's tiles in the stages' shared memory, or beyond them up to the 227 KB a block may have */
  const int64_t staged = tma ? stage_plan(k, s, N, WG_BM, bn, WG_SMEM_MAX - 1024 - 16 * S) : 0;
  ZO_ASSERT(!k->rope || (tma && k->staged == k->rope->arg[0]));   /* rope_matmuls chose only kernels that stage their product */
  const int64_t smem = staged > (int64_t)S * WG_STAGE ? (staged + 7) / 8 * 8 : (int64_t)S * WG_STAGE;
  if (tma)   /* a stage's mbarriers after that: full (the copy engine's bytes landed), empty (both warpgroups' wgmmas read it) */
    zo_sb_printf(b,
                 "  const unsigned zfull = sbase + %d, zempty = zfull + %d;\n"
                 "  if (tid == 0) {\n"
                 "    for (int st = 0; st < %d; st++) { zo_mbar_init(zfull + 8 * st, 1); zo_mbar_init(zempty + 8 * st, 256); }\n"
                 "    asm volatile(\"fence.mbarrier_init.release.cluster;\" ::: \"memory\");\n"
                 "  }\n"
                 "  __syncthreads();\n"
                 "  unsigned zit = 0;   /* k tiles this block ran before (a tile straddling the split runs twice) */\n",
                 (int)smem, 8 * S, S);
  tc_signs(k, WG_BM);
  zo_sb_puts(b,
             "    float d[128];\n"
             "    #pragma unroll\n"
             "    for (int i = 0; i < 128; i++) d[i] = 0.0f;\n");
  zo_sb_printf(b,
               "#define ZO_WGMMA(ST) { const unsigned sa = sbase + (ST) * %d, sb = sa + %d; \\\n"
               "    asm volatile(\"wgmma.fence.sync.aligned;\" ::: \"memory\"); \\\n"
               "    _Pragma(\"unroll\") for (int kk = 0; kk < 4; kk++) zo_wgmma_n256(d, zo_sdesc(sa + wg * 64 * 128 + kk * 32), zo_sdesc(sb + kk * 32)); \\\n"
               "    asm volatile(\"wgmma.commit_group.sync.aligned;\" ::: \"memory\"); }\n",
               WG_STAGE, WG_BM * WG_BK * 2);
  /* X's f16 copy (x16_launch: its producer's f16 stores, or an x16 launch) and W */
  const int x16 = x16_launch(k, M, K, xp);
  if (tma) {
    /* by the copy engine, S-1 tiles ahead: thread 0 issues a stage's two
       boxes once both warpgroups have released it (its empty barrier), and
       everyone waits for its bytes (full). A step leaves its wgmma group
       running while it waits for the previous one, then releases that one's
       stage: no block-wide barrier in the loop. Tile number zg = zit + kt
       runs in stage zg % S, whose barriers' phase zg / S it completes. */
    zo_sb_printf(b,
                 "    const zi64 nk = (K + %d) / %d;\n"
                 "    const int zwr = (int)(%sn0 + (sp ? %sN : 0));   /* W's tile in the map: the - sign's rows after the + sign's */\n"
                 "#define ZO_TMA(KT) { const unsigned zg = zit + (unsigned)(KT), zs = zg %% %d, sa = sbase + zs * %d; \\\n"
                 "    if (zg >= %d) zo_mbar_wait(zempty + 8 * zs, (zg / %d + 1) & 1); \\\n"
                 "    zo_mbar_expect(zfull + 8 * zs, %d); \\\n"
                 "    zo_tma2(sa, &zt0, zfull + 8 * zs, (int)(KT) * %d, (int)m0); \\\n"
                 "    zo_tma2(sa + %d, &zt1, zfull + 8 * zs, (int)(KT) * %d, zwr); }\n"
                 "    if (tid == 0)\n"
                 "      for (zi64 kt = 0; kt < %d && kt < nk; kt++) ZO_TMA(kt)\n"
                 "    for (zi64 kt = 0; kt < nk; kt++) {\n"
                 "      const unsigned zg = zit + (unsigned)kt, zs = zg %% %d;\n"
                 "      zo_mbar_wait(zfull + 8 * zs, (zg / %d) & 1);\n"
                 "      ZO_WGMMA(zs)\n"
                 "      asm volatile(\"wgmma.wait_group.sync.aligned 1;\" ::: \"memory\");\n"
                 "      if (kt > 0) zo_mbar_arrive(zempty + 8 * ((zg - 1) %% %d));\n"
                 "      if (tid == 0 && kt + %d < nk) ZO_TMA(kt + %d)\n"
                 "      __syncwarp();\n"
                 "    }\n"
                 "    asm volatile(\"wgmma.wait_group.sync.aligned 0;\" ::: \"memory\");\n"
                 "    zo_mbar_arrive(zempty + 8 * ((zit + (unsigned)nk - 1) %% %d));\n"
                 "    zit += (unsigned)nk;\n"
                 "#undef ZO_TMA\n",
                 WG_BK - 1, WG_BK, pair ? "2 * " : "", pair ? "2 * " : "", S, WG_STAGE, S, S, WG_STAGE, WG_BK, WG_BM * WG_BK * 2, WG_BK,
                 S - 1, S, S, S, S - 1, S - 1, S);
    k->L->ntmaps = 2;   /* X's f16 rows; W's f16 [N][K] (dq_launch's slot: the weight itself when direct), both signs' when perturbed */
    k->L->tmaps[0] = (ZoCuTmap){.slot = x16, .rows = zo_value_rows(k->x), .cols = K, .box_rows = WG_BM};
    k->L->tmaps[1] = (ZoCuTmap){.slot = k->dq_slot, .rows = zo_dim_const((wpert && direct < 0 ? 2 * N : N) * (pair ? 2 : 1)), .cols = K,
                                  .box_rows = WG_BN};
  } else {
    /* by cp.async from every thread, one commit group a tile, D = S - 1
       tiles ahead; the stage refilled is that of the tile whose wgmma the
       last step waited for, behind a barrier a step */
    const int D = S - 1;
    zo_sb_printf(b,
                 "    const unsigned short *X16 = (const unsigned short *)a.p[%d];\n"
                 "    const zi64 nk = (K + %d) / %d;\n"
                 "#define ZO_ISSUE(KT) { if ((KT) < nk) { const unsigned sa = sbase + (unsigned)((KT) %% %d) * %d, sb = sa + %d; const zi64 kb = (zi64)(KT) * %d; \\\n"
                 "    _Pragma(\"unroll\") for (int q = 0; q < 4; q++) { const int e = tid + q * 256, r = e >> 3, c = e & 7; \\\n"
                 "      const zi64 m = m0 + r, kk = kb + c * 8; const bool ok = m < M && kk < K; \\\n"
                 "      zo_cpa16(sa + r * 128 + (((c ^ r) & 7) << 4), ok ? (const void *)(X16 + m * K + kk) : (const void *)X16, ok); } \\\n"
                 "    _Pragma(\"unroll\") for (int q = 0; q < 8; q++) { const int e = tid + q * 256, r = e >> 3, c = e & 7; \\\n"
                 "      const zi64 n = n0 + r, kk = kb + c * 8; const bool ok = n < N && kk < K; \\\n"
                 "      zo_cpa16(sb + r * 128 + (((c ^ r) & 7) << 4), ok ? (const void *)(W + n * K + kk) : (const void *)W, ok); } } \\\n"
                 "    asm volatile(\"cp.async.commit_group;\" ::: \"memory\"); }\n"
                 "    #pragma unroll\n"
                 "    for (int st = 0; st < %d; st++) ZO_ISSUE(st)\n"
                 "    asm volatile(\"cp.async.wait_group %d;\" ::: \"memory\");\n"
                 "    asm volatile(\"fence.proxy.async.shared::cta;\" ::: \"memory\");\n"
                 "    __syncthreads();\n"
                 "    for (zi64 kt = 0; kt < nk; kt++) {\n"
                 "      ZO_WGMMA((unsigned)(kt %% %d))\n"
                 "      ZO_ISSUE(kt + %d)   /* into the stage of tile kt - %d: its wgmma is done (waited, barrier) */\n"
                 "      asm volatile(\"wgmma.wait_group.sync.aligned 0;\" ::: \"memory\");\n"
                 "      asm volatile(\"cp.async.wait_group %d;\" ::: \"memory\");\n"
                 "      asm volatile(\"fence.proxy.async.shared::cta;\" ::: \"memory\");\n"
                 "      __syncthreads();\n"
                 "    }\n"
                 "#undef ZO_ISSUE\n",
                 x16, WG_BK - 1, WG_BK, S, WG_STAGE, WG_BM * WG_BK * 2, WG_BK, D, D - 1, S, D, S - D, D - 1);
  }
  /* (the last two lines undefine macros of pipelines since removed: kept, so the source stays the same bytes) */
  zo_sb_printf(b,
               "#undef ZO_WGMMA\n"
               "#undef ZO_STOREA\n"
               "#undef ZO_LOADA\n");
  const TcEpi e = {.outer = pair ? "    #pragma unroll\n"
                                   "    for (int j0 = 0; j0 < 16; j0 += 4) {   /* column blocks 2j (the pair's first) and 2j + 1 */\n"
                                 : "    #pragma unroll\n"
                                   "    for (int j0 = 0; j0 < 32; j0 += 4) {\n",
                   .inner = "      #pragma unroll\n"
                            "      for (int jj = 0; jj < 4; jj++)\n"
                            "        #pragma unroll\n"
                            "        for (int h = 0; h < 4; h++) {\n"
                            "          const int j = j0 + jj;\n"
                            "          const zi64 m = m0 + wg * 64 + warp * 16 + g + (h >= 2 ? 8 : 0), n = n0 + j * 8 + 2 * t + (h & 1);\n",
                   .acc = pair ? "d[4 * (2 * j + 1) + h]" : "d[4 * j + h]",
                   .pair_acc = pair ? "d[4 * (2 * j) + h]" : NULL,
                   .pre = "jj * 4 + h",
                   .ce = {.rows = 2, .lanes = 4, .slot = "(h >> 1)", .row = "m0 + wg * 64 + warp * 16 + g + 8 * r", .leader = "t == 0",
                          .base = "n0", .width = WG_BN},
                   .row0 = "(wg * 64 + warp * 16 + g)", .col0 = "(2 * t)", .drow = "(h >= 2 ? 8 : 0)", .dcol = "(j * 8 + (h & 1))"};
  tc_tail(k, s, &e, N, WG_BM, bn, 1);
  /* the stages, room to align the first to 1024 bytes, the mbarriers */
  k->L->smem_fixed = smem + 1024 + (tma ? 16 * S : 0);
}

static int plan_matmul(KB *k, ValVec *mem) {
  k->L->kind = "matmul";
  const Value *mm = NULL;
  for (int i = 0; i < mem->len; i++)
    if (mem->data[i]->op == ZO_OP_MATMUL) {
      if (mm) return zo_cg_fail(k, "a kernel holds two matmuls");
      mm = mem->data[i];
    }
  const Value *x = mm->arg[0];
  if (x->type.dtype != ZO_DT_F32 || x->buffer < 0) return zo_cg_fail(k, "the matmul's left operand is not f32 activations");
  int xp = zo_cg_ptr_buffer(k, x);
  k->x = x;
  int64_t K = 0, N = 0;
  int direct = -1;
  const char *dq = zo_cg_emit_dequant(k, mm, &K, &N, &direct);
  if (!dq) return -1;
  bool mma = !k->g->simt && K % 8 == 0;
  bool wpert = k->zoff > k->zoff0;
  Dim rows = zo_value_rows(mm);
  if (!zo_dim_eq(zo_value_last_dim(x), zo_dim_const(K))) return zo_cg_fail(k, "the matmul's inner dimensions differ");
  if (wpert && need_perturb(k, rows) < 0) return -1;
  EwSet s = {0};
  s.N = zo_arena_printf(&k->g->p->arena, "%lldLL", (long long)N);
  if (k->ce) {
    k->ce_tgt = zo_cg_add_ptr(k, (ZoCuArg){.kind = ZO_CU_CE_TGT});
    k->ce_tl = zo_cg_add_ptr(k, (ZoCuArg){.kind = ZO_CU_CE_TL});
    k->ce_part = zo_cg_add_ptr(k, (ZoCuArg){.kind = ZO_CU_CE_PART});
  }
  for (int i = 0; i < mem->len; i++) {
    Value *v = mem->data[i];
    if (v->op == ZO_OP_WEIGHT || v->op == ZO_OP_TRANSPOSE) continue;
    if (v->op != ZO_OP_MATMUL && !(zo_op_info(v->op)->flags & ZO_OPF_EW)) {
      zo_cg_fail(k, "a matmul kernel holds a member that is not elementwise");
      goto bad;
    }
    if (add_mem(k, &s, v, zo_dim_const(N), rows) < 0) goto bad;
  }
  const char *M = sz(k, rows);
  StrBuf *b = &k->b;
  if (mma) {
    if (k->g->wgmma) emit_wgmma(k, &s, M, K, N, xp, dq, direct, wpert);
    else emit_mma(k, &s, M, K, N, xp, dq, direct, wpert);
    k->L->work = rows;
    vec_free(&s.opd);
    vec_free(&s.mem);
    return 0;
  }
  emit_run(k, M);
  zo_sb_printf(b, "  const zi64 M = %s, N = %lldLL, K = %lldLL;\n", M, (long long)N, (long long)K);
  zo_sb_printf(b, "  const float *X = (const float *)a.p[%d];\n", xp);
  zo_sb_printf(b, "  const zi64 m0 = (zi64)blockIdx.y * %d, n0 = (zi64)blockIdx.x * %d;\n", MM_BM, MM_BN);
  zo_sb_printf(b, "  const int wp = %s;\n", wpert ? "zpon" : "0");
  zo_sb_printf(b,
               "  const bool hp = !wp || m0 < zsrows, hm = wp && m0 + %d > zsrows;\n"
               "  __shared__ float Xs[%d][%d];\n"
               "  __shared__ float Ws[2][%d][%d];\n"
               "  const int tid = threadIdx.x, tx = tid %% 16, ty = tid / 16;\n"
               "  float acc[4][4];\n"
               "  bool rs[4];\n"
               "  #pragma unroll\n"
               "  for (int i = 0; i < 4; i++) { rs[i] = wp && m0 + ty * 4 + i >= zsrows;\n"
               "    #pragma unroll\n"
               "    for (int j = 0; j < 4; j++) acc[i][j] = 0.0f; }\n"
               "  for (zi64 k0 = 0; k0 < K; k0 += %d) {\n"
               "    for (int e = tid; e < %d; e += 256) {\n"
               "      const int r = e / %d, kk = e %% %d; const zi64 m = m0 + r, k = k0 + kk;\n"
               "      Xs[kk][r] = (m < M && k < K) ? X[m * K + k] : 0.0f;\n"
               "    }\n"
               "    for (int e = tid; e < %d; e += 256) {\n"
               "      const int kk = e / %d, c = e %% %d; const zi64 k = k0 + kk, n = n0 + c;\n"
               "      const bool ok = k < K && n < N;\n"
               "      if (hp) Ws[0][kk][c] = ok ? %s(a, k, n, wp ? 1 : 0) : 0.0f;\n"
               "      if (hm) Ws[1][kk][c] = ok ? %s(a, k, n, 2) : 0.0f;\n"
               "    }\n"
               "    __syncthreads();\n"
               "    #pragma unroll\n"
               "    for (int kk = 0; kk < %d; kk++) {\n"
               "      float xa[4], w0[4], w1[4];\n"
               "      #pragma unroll\n"
               "      for (int i = 0; i < 4; i++) xa[i] = Xs[kk][ty * 4 + i];\n"
               "      #pragma unroll\n"
               "      for (int j = 0; j < 4; j++) { w0[j] = Ws[0][kk][tx * 4 + j]; w1[j] = hm ? Ws[1][kk][tx * 4 + j] : 0.0f; }\n"
               "      #pragma unroll\n"
               "      for (int i = 0; i < 4; i++)\n"
               "        #pragma unroll\n"
               "        for (int j = 0; j < 4; j++) acc[i][j] += xa[i] * (rs[i] ? w1[j] : w0[j]);\n"
               "    }\n"
               "    __syncthreads();\n"
               "  }\n",
               MM_BM, MM_BK, MM_BM + 4, MM_BK, MM_BN, MM_BK, MM_BM * MM_BK, MM_BK, MM_BK, MM_BK * MM_BN, MM_BN, MM_BN,
               dq, dq, MM_BK);
  /* 16 lanes (tx) share a row: 4 columns each */
  const CeShape ce = {.rows = 4, .lanes = 16, .slot = "i", .row = "m0 + ty * 4 + r", .leader = "tx == 0", .base = "n0", .width = MM_BN};
  if (k->ce) ce_begin(k, &ce, "  ", "true");
  zo_sb_puts(b,
             "  #pragma unroll\n"
             "  for (int i = 0; i < 4; i++)\n"
             "    #pragma unroll\n"
             "    for (int j = 0; j < 4; j++) {\n"
             "      const zi64 m = m0 + ty * 4 + i, n = n0 + tx * 4 + j;\n"
             "      if (m >= M || n >= N) continue;\n"
             "      const bool zneg = zpon && m >= zsrows; (void)zneg;\n");
  emit_ew(k, &s, "acc[i][j]", "      ", NULL);
  zo_sb_puts(b, "    }\n");
  if (k->ce) ce_end(k, &ce, "  ", "true", N);
  k->L->work = rows;
  k->L->per_block = MM_BM;
  k->L->gx = (N + MM_BN - 1) / MM_BN;
  k->L->threads = 256;
  vec_free(&s.opd);
  vec_free(&s.mem);
  return 0;
bad:
  vec_free(&s.opd);
  vec_free(&s.mem);
  return -1;
}

/* The first of a matmul pair (pair_matmuls): no kernel of its own, only its
 * W's dequant launch (and zfills), into the pair's interleaved matrix. */
static int plan_pair_first(KB *k, const ValVec *mem) {
  const Value *mm = NULL;
  for (int i = 0; i < mem->len; i++)
    if (mem->data[i]->op == ZO_OP_MATMUL) mm = mem->data[i];
  ZO_ASSERT(mm);
  k->L->kind = "matmul";
  k->x = mm->arg[0];
  zo_cg_ptr_buffer(k, k->x);   /* X's slot first, as plan_matmul's: the same dequant functions */
  int64_t K = 0, N = 0;
  int direct = -1;
  const char *dq = zo_cg_emit_dequant(k, mm, &K, &N, &direct);
  if (!dq) return -1;
  ZO_ASSERT(direct < 0);
  dq_launch(k, K, N, dq, direct, k->zoff > k->zoff0);
  return 0;
}

/* ---- elementwise groups: one thread per element */
static int plan_ew(KB *k, ValVec *mem) {
  k->L->kind = "elementwise";
  const Value *out = k->L->anchor;
  Dim N = zo_value_last_dim(out), rows = zo_value_rows(out);
  EwSet s = {0};
  s.N = sz(k, N);
  int rc = 0;
  for (int i = 0; i < mem->len && rc == 0; i++) {
    Value *v = mem->data[i];
    if (!(zo_op_info(v->op)->flags & ZO_OPF_EW)) rc = zo_cg_fail(k, "an elementwise kernel holds another op");
    else rc = add_mem(k, &s, v, N, rows);
  }
  if (rc == 0) {
    const char *R = sz(k, rows);
    emit_run(k, R);
    zo_sb_printf(&k->b,
                 "  const zi64 e = (zi64)blockIdx.x * blockDim.x + threadIdx.x;\n"
                 "  if (e >= %s * %s) return;\n"
                 "  const zi64 m = e / %s, n = e %% %s;\n"
                 "  const bool zneg = zpon && m >= zsrows; (void)zneg;\n",
                 R, s.N, s.N, s.N);
    emit_ew(k, &s, NULL, "  ", NULL);
    k->L->work = dmul(rows, N);
    k->L->per_block = 256;
    k->L->threads = 256;
  }
  vec_free(&s.opd);
  vec_free(&s.mem);
  return rc;
}

/* ---- norm groups: one block per row */

/* a loop over a row's n: NR pieces of 256, unrolled, or strided by the block */
static void norm_loop(StrBuf *b, int64_t NR, const char *N) {
  if (NR > 0) zo_sb_printf(b, "  #pragma unroll\n  for (int r = 0; r < %lld; r++) {\n    const zi64 n = threadIdx.x + r * 256;\n", (long long)NR);
  else zo_sb_printf(b, "  for (zi64 n = threadIdx.x; n < %s; n += blockDim.x) {\n", N);
}
static int plan_norm(KB *k, ValVec *mem) {
  k->L->kind = "norm";
  const Value *nv = k->L->anchor;
  if (!(nv->op == ZO_OP_RMS_NORM || nv->op == ZO_OP_LAYER_NORM)) return zo_cg_fail(k, "a norm kernel must end in its norm");
  Dim N = zo_value_last_dim(nv), rows = zo_value_rows(nv);
  if (!zo_dim_is_const(N)) return zo_cg_fail(k, "a norm's last dimension must be a constant");
  EwSet s = {0};
  s.N = sz(k, N);
  int rc = 0;
  for (int i = 0; i + 1 < mem->len && rc == 0; i++) {
    Value *v = mem->data[i];
    if (!(zo_op_info(v->op)->flags & ZO_OPF_EW)) rc = zo_cg_fail(k, "a norm kernel holds an op that is not elementwise");
    else rc = add_mem(k, &s, v, N, rows);
  }
  int xsrc = 0, wi = -1, bi = -1, nopd = 0;
  if (rc == 0) {
    const Value *x = nv->arg[0];
    int mi = x->group == nv->group ? member_index(&s, x) : -1;
    if (mi >= 0) xsrc = -1 - mi;
    else if ((xsrc = add_opd(k, &s, x, N, rows)) < 0) rc = -1;
  }
  nopd = s.opd.len;   /* the members' and the input's operands; the weight and bias after them */
  if (rc == 0 && (wi = add_opd(k, &s, nv->arg[1], N, rows)) < 0) rc = -1;
  if (rc == 0 && nv->op == ZO_OP_LAYER_NORM && (bi = add_opd(k, &s, nv->arg[2], N, rows)) < 0) rc = -1;
  if (rc == 0) {
    int outp = zo_cg_ptr_buffer(k, nv);
    const char *R = sz(k, rows);
    StrBuf *b = &k->b;
    emit_run(k, R);
    /* A row of whole 256-element pieces is unrolled, each loop's loads issued
       before its stores (which might alias them): all of a thread's bytes in
       flight at once instead of one load's. */
    const int64_t NR = N.coef % 256 == 0 && N.coef / 256 <= 32 ? N.coef / 256 : 0;
    zo_sb_printf(b,
                 "  extern __shared__ float zrow[];\n"
                 "  __shared__ double zred[32];\n"
                 "  const zi64 m = blockIdx.x;\n"
                 "  const bool zneg = zpon && m >= zsrows; (void)zneg;\n");
    /* the members and the norm's input; the weight and bias are loaded in the second loop */
    const int all = s.opd.len;
    s.opd.len = nopd;
    if (NR > 0) {
      for (int i = 0; i < nopd; i++) zo_sb_printf(b, "  float zp%d[%lld];\n", i, (long long)NR);
      norm_loop(b, NR, s.N);
      for (int i = 0; i < nopd; i++) zo_sb_printf(b, "    zp%d[r] = %s;\n", i, opd_load(k, &s, &s.opd.data[i]));
      zo_sb_puts(b, "  }\n");
    }
    norm_loop(b, NR, s.N);
    emit_ew(k, &s, NULL, "    ", NR > 0 && nopd > 0 ? "r" : NULL);
    s.opd.len = all;
    zo_sb_printf(b, "    zrow[n] = %s%d;\n  }\n  __syncthreads();\n", xsrc >= 0 ? "o" : "e", xsrc >= 0 ? xsrc : -1 - xsrc);
    if (nv->op == ZO_OP_RMS_NORM) {
      zo_sb_printf(b,
                   "  double ss = 0.0;\n"
                   "  for (zi64 n = threadIdx.x; n < %s; n += blockDim.x) ss += (double)zrow[n] * (double)zrow[n];\n"
                   "  ss = zo_block_sum(ss, zred);\n"
                   "  const double inv = 1.0 / sqrt(ss / (double)%s + (double)%s);\n",
                   s.N, s.N, zo_cg_flit(&k->g->p->arena, (float)nv->attr[0]));
    } else {
      zo_sb_printf(b,
                   "  double sm = 0.0;\n"
                   "  for (zi64 n = threadIdx.x; n < %s; n += blockDim.x) sm += (double)zrow[n];\n"
                   "  sm = zo_block_sum(sm, zred);\n"
                   "  const double mean = sm / (double)%s;\n"
                   "  double sq = 0.0;\n"
                   "  for (zi64 n = threadIdx.x; n < %s; n += blockDim.x) sq += ((double)zrow[n] - mean) * ((double)zrow[n] - mean);\n"
                   "  sq = zo_block_sum(sq, zred);\n"
                   "  const double inv = 1.0 / sqrt(sq / (double)%s + (double)%s);\n",
                   s.N, s.N, s.N, s.N, zo_cg_flit(&k->g->p->arena, (float)nv->attr[0]));
    }
    /* weight (and bias) operands at (m, n), loaded ahead when unrolled */
    const int ids[2] = {wi, bi};
    if (NR > 0) {
      zo_sb_printf(b, "  float zq[2][%lld];\n", (long long)NR);
      norm_loop(b, NR, s.N);
      for (int t = 0; t < 2; t++)
        if (ids[t] >= 0) zo_sb_printf(b, "    zq[%d][r] = %s;\n", t, opd_load(k, &s, &s.opd.data[ids[t]]));
      zo_sb_puts(b, "  }\n");
    }
    norm_loop(b, NR, s.N);
    for (int t = 0; t < 2; t++) {
      if (ids[t] < 0) continue;
      Opd *o = &s.opd.data[ids[t]];
      const char *row = opd_row(k, o);
      if (NR > 0) zo_sb_printf(b, "    float q%d = zq[%d][r];\n", t, t);
      else zo_sb_printf(b, "    float q%d = %s;\n", t, opd_load(k, &s, o));
      if (o->perturbed)
        zo_sb_printf(b, "    if (zpon) q%d = zo_pert(q%d, zrun, a.i[%d], (zu64)(%s * %s + n), zneg);\n", t, t, o->stream, row, s.N);
    }
    if (nv->op == ZO_OP_RMS_NORM)
      zo_sb_puts(b, "    const double v = (double)zrow[n] * inv * (double)q0;\n");
    else
      zo_sb_printf(b, "    double v = ((double)zrow[n] - mean) * inv * (double)q0;\n%s", bi >= 0 ? "    v += (double)q1;\n" : "");
    if (is_half(k->g, nv)) zo_sb_printf(b, "    ((unsigned short *)a.p[%d])[m * %s + n] = zo_f2h_c((float)v);\n  }\n", outp, s.N);
    else zo_sb_printf(b, "    ((float *)a.p[%d])[m * %s + n] = (float)v;\n  }\n", outp, s.N);
    k->L->work = rows;
    k->L->per_block = 1;
    k->L->threads = 256;
    k->L->smem_fixed = N.coef * 4;
    k->L->smem_dim = zo_dim_const(0);
  }
  vec_free(&s.opd);
  vec_free(&s.mem);
  return rc;
}

/* ---- single-op kernels */

/* attention v runs on tensor cores (emit_attention_tc) */
static bool attention_tc(const Gen *g, const Value *v) {
  Dim N = zo_value_last_dim(v);
  int64_t H = (int64_t)v->attr[0], hd = zo_dim_is_const(N) && H > 0 ? N.coef / H : 0;
  return !g->simt && hd % 16 == 0 && hd > 0 && hd <= 128;
}

static int in_ptr(KB *k, const Value *u) {
  if (u->op == ZO_OP_WEIGHT) {
    if (u->type.fmt) return zo_cg_fail(k, "a formatted weight is read by an op other than matmul");
    return zo_cg_ptr_storage(k, u, 0);
  }
  if (u->buffer < 0) return zo_cg_fail(k, "an operand is not materialized");
  return zo_cg_ptr_buffer(k, u);
}

/* Causal or full attention on tensor cores (mma.sync m16n8k16, f16 operands,
 * f32 accumulation), flash style: a block of 4 warps takes 64 query rows of
 * one (sequence, head), a warp 16 of them, with q·scale as A fragments in
 * registers; key and value tiles of 64 rows go through shared memory as f16
 * (rows past T zero, so no NaN reaches P·V); S = Q·Kᵀ is masked, the softmax
 * is online per row (running max over the 4 threads that share a row), P is
 * rounded to f16 and reused from S's accumulator layout as the A fragments of
 * O += P·V, whose B fragments come from the value tile by ldmatrix.trans.
 * Rounding: q·scale, k, v and p to f16 (2^-11 relative each), as the
 * tensor-core matmuls round their operands; the f32 path (simt) keeps the
 * exact kernels below. Grid: x over (sequence, head), y over 64-row tiles. */
static void emit_attention_tc(KB *k, const Value *att, const char *T, Dim Td, Dim outer, int64_t H, int64_t KV, int64_t hd,
                              bool causal, const int *in, int out, bool half) {
  StrBuf *b = &k->b;
  ZoCuLaunch *L = k->L;
  const long long QS = (long long)(H * hd), KS = (long long)(KV * hd), HD = (long long)hd;
  const int ATT_ROWS = 64;   /* query rows a block, 16 a warp (128 measured no faster: docs/gpu.md) */
  /* the 4 keys' (values') elements at (kr, c) into shared memory as f16: from f32 rounded here, or
     from the f16 its producer stored (half_values: the same bits) */
  const char *kv_type[2], *kv_load[2];
  for (int i = 0; i < 2; i++) {
    const bool h16 = is_half(k->g, att->arg[1 + i]);
    const char *G = i ? "Vg" : "Kg", *P = i ? "vp" : "kp";
    kv_type[i] = h16 ? "unsigned short" : "float";
    kv_load[i] = h16 ? zo_arena_printf(&k->g->p->arena,
                                       "      { unsigned long long x = 0; if (kr < T) x = *(const unsigned long long *)(%s + kr * %lldLL + c);\n"
                                       "        %s[0] = (unsigned)x; %s[1] = (unsigned)(x >> 32); }\n", G, KS, P, P)
                     : zo_arena_printf(&k->g->p->arena,
                                       "      { zo_f4 x = {0.0f, 0.0f, 0.0f, 0.0f}; if (kr < T) x = *(const zo_f4 *)(%s + kr * %lldLL + c);\n"
                                       "        %s[0] = zo_pack_h2(x.x, x.y); %s[1] = zo_pack_h2(x.z, x.w); }\n", G, KS, P, P);
  }
  /* a key tile and a value tile into shared memory: when both were stored as f16, by cp.async in 16-byte pieces
     (all of a thread's in flight at once, no registers; rows past T zeros), else element by element */
  const int NT = 32 * ATT_ROWS / 16;
  const char *kv_tile;
  if (is_half(k->g, att->arg[1]) && is_half(k->g, att->arg[2])) {
    emit_cpa16(k->g);
    kv_tile = zo_arena_printf(&k->g->p->arena,
                              "    #pragma unroll\n"
                              "    for (int e = threadIdx.x; e < %lld; e += %d) {   /* 16-byte pieces by cp.async, all in flight */\n"
                              "      const int r = e / %lld, c = (e %% %lld) * 8; const zi64 kr = k0 + r; const bool ok = kr < T;\n"
                              "      zo_cpa16((unsigned)__cvta_generic_to_shared(&ks[r][c]), ok ? (const void *)(Kg + kr * %lldLL + c) : (const void *)Kg, ok);\n"
                              "      zo_cpa16((unsigned)__cvta_generic_to_shared(&vs[r][c]), ok ? (const void *)(Vg + kr * %lldLL + c) : (const void *)Vg, ok);\n"
                              "    }\n"
                              "    asm volatile(\"cp.async.wait_all;\" ::: \"memory\");\n",
                              64 * (long long)hd / 8, NT, (long long)hd / 8, (long long)hd / 8, KS, KS);
  } else {
    kv_tile = zo_arena_printf(&k->g->p->arena,
                              "    for (int e = threadIdx.x; e < %lld; e += %d) {\n"
                              "      const int r = e / %lld, c = (e %% %lld) * 4; const zi64 kr = k0 + r;\n"
                              "      unsigned *kp = (unsigned *)&ks[r][c], *vp = (unsigned *)&vs[r][c];\n"
                              "%s%s"
                              "    }\n",
                              64 * (long long)hd / 4, NT, (long long)hd / 4, (long long)hd / 4, kv_load[0], kv_load[1]);
  }
  /* the queries as A fragments: f32 scaled, then rounded; or as rope stored them, f16(q * scale) (qscale_of) */
  const bool q16 = is_half(k->g, att->arg[0]);
  const char *qt = q16 ? "unsigned short" : "float";
  const char *qload = q16 ? zo_arena_printf(&k->g->p->arena,
                                            "      qa[kc][e] = row < T ? *(const unsigned *)(Q + row * %lldLL + col) : 0u;   /* stored as f16(q * scale) */\n",
                                            QS)
                          : zo_arena_printf(&k->g->p->arena,
                                            "      float x0 = 0.0f, x1 = 0.0f;\n"
                                            "      if (row < T) { x0 = Q[row * %lldLL + col] * scale; x1 = Q[row * %lldLL + col + 1] * scale; }\n"
                                            "      qa[kc][e] = zo_pack_h2(x0, x1);\n",
                                            QS, QS);
  emit_run(k, T);
  zo_sb_printf(b,
               "  const zi64 T = %s;\n"
               "  const int warp = threadIdx.x >> 5, lane = threadIdx.x & 31, g = lane >> 2, t = lane & 3;\n"
               "  const zi64 bh = blockIdx.x, h = bh %% %lldLL, bb = bh / %lldLL, kvh = h / %lldLL;\n"
               "  const zi64 q0 = (zi64)blockIdx.y * %d, r0 = q0 + warp * 16;\n"
               "  const %s *Q = (const %s *)a.p[%d] + bb * T * %lldLL + h * %lldLL;\n"
               "  const %s *Kg = (const %s *)a.p[%d] + bb * T * %lldLL + kvh * %lldLL;\n"
               "  const %s *Vg = (const %s *)a.p[%d] + bb * T * %lldLL + kvh * %lldLL;\n"
               "  %s *Y = (%s *)a.p[%d] + bb * T * %lldLL + h * %lldLL;\n"
               "  __shared__ __align__(16) unsigned short ks[64][%lld], vs[64][%lld];\n"
               "  const float scale = %s;\n"
               "  unsigned qa[%lld][4];\n"
               "  #pragma unroll\n"
               "  for (int kc = 0; kc < %lld; kc++)\n"
               "    #pragma unroll\n"
               "    for (int e = 0; e < 4; e++) {\n"
               "      const zi64 row = r0 + g + (e & 1) * 8; const int col = kc * 16 + 2 * t + (e >> 1) * 8;\n"
               "%s"
               "    }\n"
               "  float o[%lld][4], mx[2] = {-ZO_INF, -ZO_INF}, l[2] = {0.0f, 0.0f};\n"
               "  #pragma unroll\n"
               "  for (int dn = 0; dn < %lld; dn++) o[dn][0] = o[dn][1] = o[dn][2] = o[dn][3] = 0.0f;\n"
               "  const zi64 kend = %s ? (q0 + %d < T ? q0 + %d : T) : T;\n"
               "  for (zi64 k0 = 0; k0 < kend; k0 += 64) {\n"
               "    __syncthreads();   /* the previous tile is read */\n"
               "%s"
               "    __syncthreads();\n"
               "    if (%s && k0 > r0 + 15) continue;   /* every row of this warp precedes the tile */\n"
               "    float s[8][4];\n"
               "    #pragma unroll\n"
               "    for (int j = 0; j < 8; j++) s[j][0] = s[j][1] = s[j][2] = s[j][3] = 0.0f;\n"
               "    #pragma unroll\n"
               "    for (int kc = 0; kc < %lld; kc++)\n"
               "      #pragma unroll\n"
               "      for (int j = 0; j < 8; j++) {\n"
               "        const unsigned bf[2] = {*(const unsigned *)&ks[j * 8 + g][kc * 16 + 2 * t], *(const unsigned *)&ks[j * 8 + g][kc * 16 + 2 * t + 8]};\n"
               "        zo_mma(s[j], qa[kc], bf);\n"
               "      }\n"
               "    #pragma unroll\n"
               "    for (int hr = 0; hr < 2; hr++) {\n"
               "      const zi64 row = r0 + g + hr * 8;\n"
               "      float m = -ZO_INF;\n"
               "      #pragma unroll\n"
               "      for (int j = 0; j < 8; j++)\n"
               "        #pragma unroll\n"
               "        for (int e = 0; e < 2; e++) {\n"
               "          const zi64 key = k0 + j * 8 + 2 * t + e;\n"
               "          if (key >= T || (%s && key > row)) s[j][2 * hr + e] = -ZO_INF;\n"
               "          m = fmaxf(m, s[j][2 * hr + e]);\n"
               "        }\n"
               "      m = fmaxf(m, __shfl_xor_sync(0xffffffffu, m, 1));\n"
               "      m = fmaxf(m, __shfl_xor_sync(0xffffffffu, m, 2));\n"
               "      const float mn = fmaxf(mx[hr], m), base = mn == -ZO_INF ? 0.0f : mn, corr = expf(mx[hr] - base);\n"
               "      l[hr] *= corr;\n"
               "      #pragma unroll\n"
               "      for (int dn = 0; dn < %lld; dn++) { o[dn][2 * hr] *= corr; o[dn][2 * hr + 1] *= corr; }\n"
               "      #pragma unroll\n"
               "      for (int j = 0; j < 8; j++)\n"
               "        #pragma unroll\n"
               "        for (int e = 0; e < 2; e++) { const float p = expf(s[j][2 * hr + e] - base); s[j][2 * hr + e] = p; l[hr] += p; }\n"
               "      mx[hr] = mn;\n"
               "    }\n"
               "    #pragma unroll\n"
               "    for (int kc = 0; kc < 4; kc++) {\n"
               "      const unsigned pa[4] = {zo_pack_h2(s[2 * kc][0], s[2 * kc][1]), zo_pack_h2(s[2 * kc][2], s[2 * kc][3]),\n"
               "                              zo_pack_h2(s[2 * kc + 1][0], s[2 * kc + 1][1]), zo_pack_h2(s[2 * kc + 1][2], s[2 * kc + 1][3])};\n"
               "      #pragma unroll\n"
               "      for (int dn = 0; dn < %lld; dn += 2) {\n"
               "        unsigned bf[4];\n"
               "        zo_ldsm4t(bf, &vs[kc * 16 + (lane & 7) + ((lane >> 3) & 1) * 8][dn * 8 + (lane >> 4) * 8]);\n"
               "        zo_mma(o[dn], pa, bf);\n"
               "        zo_mma(o[dn + 1], pa, bf + 2);\n"
               "      }\n"
               "    }\n"
               "  }\n"
               "  #pragma unroll\n"
               "  for (int hr = 0; hr < 2; hr++) {\n"
               "    l[hr] += __shfl_xor_sync(0xffffffffu, l[hr], 1);\n"
               "    l[hr] += __shfl_xor_sync(0xffffffffu, l[hr], 2);\n"
               "    const zi64 row = r0 + g + hr * 8;\n"
               "    if (row >= T) continue;\n"
               "    #pragma unroll\n"
               "    for (int dn = 0; dn < %lld; dn++) {\n"
               "      %s *y = Y + row * %lldLL + dn * 8 + 2 * t;\n"
               "      %s\n"
               "    }\n"
               "  }\n",
               T, (long long)H, (long long)H, (long long)(H / KV), ATT_ROWS, qt, qt, in[0], QS, HD, kv_type[0], kv_type[0], in[1], KS, HD, kv_type[1],
               kv_type[1], in[2], KS, HD,
               half ? "unsigned short" : "float", half ? "unsigned short" : "float", out, QS,
               HD, HD + 8, HD + 8, att_scale(k, att), HD / 16, HD / 16, qload, HD / 8, HD / 8, causal ? "true" : "false", ATT_ROWS, ATT_ROWS,
               kv_tile, causal ? "true" : "false", HD / 16, causal ? "true" : "false", HD / 8,
               HD / 8, HD / 8, half ? "unsigned short" : "float", QS,
               half ? "*(unsigned *)y = zo_pack_h2(o[dn][2 * hr] / l[hr], o[dn][2 * hr + 1] / l[hr]);"
                    : "y[0] = o[dn][2 * hr] / l[hr];\n      y[1] = o[dn][2 * hr + 1] / l[hr];");
  L->work = dmul(outer, zo_dim_const(H));
  L->per_block = 1;
  L->tile_dim = Td;
  L->tile = ATT_ROWS;
  L->threads = NT;
}

static int plan_single(KB *k, ValVec *mem) {
  const Value *v = k->L->anchor;
  Arena *ar = &k->g->p->arena;
  StrBuf *b = &k->b;
  ZoCuLaunch *L = k->L;
  if (mem->len != 1) return zo_cg_fail(k, "an op that runs alone shares its kernel");
  if (v->buffer < 0) return zo_cg_fail(k, "the kernel's result is not materialized");
  int in[3] = {-1, -1, -1};
  for (int a = 0; a < v->narg; a++) {
    const Value *u = v->arg[a];
    if (v->op == ZO_OP_EMBEDDING && a == 0) continue;
    if (u->op == ZO_OP_WEIGHT && zo_weight_perturbed(u))
      return zo_cg_fail(k, "a perturbed weight is read by an op that does not apply perturbations here");
    if ((in[a] = in_ptr(k, u)) < 0) return -1;
  }
  int out = zo_cg_ptr_buffer(k, v);
  Dim rows = zo_value_rows(v), N = zo_value_last_dim(v);
  L->threads = 256;
  L->per_block = 256;
  L->smem_dim = zo_dim_const(0);
  switch (v->op) {
  case ZO_OP_ROPE: {
    L->kind = "rope";
    if (!zo_dim_is_const(N)) return zo_cg_fail(k, "rope needs a constant last dimension");
    int64_t heads = (int64_t)v->attr[0], hd = N.coef / heads, half = hd / 2;
    const char *T = sz(k, v->type.dims[v->type.rank - 2]), *R = sz(k, rows);
    /* a thread per (row, i): the angle (pow, cos, sin in double, as ref) once for every head; stored
       as f16 when only the tensor-core attention reads it (half_values) */
    const bool h16 = is_half(k->g, v);
    const Value *qatt = qscale_of(k->g, v);   /* queries: stored as f16(q * the attention's scale), which it loads as they are */
    const char *yt = h16 ? "unsigned short" : "float", *cv = qatt ? "zo_f2h_c(zqs * " : h16 ? "zo_f2h_c(" : "(";
    emit_run(k, R);
    if (qatt) zo_sb_printf(b, "  const float zqs = %s;\n", att_scale(k, qatt));
    zo_sb_printf(b,
                 "  const zi64 e = (zi64)blockIdx.x * blockDim.x + threadIdx.x;\n"
                 "  if (e >= %s * %lldLL) return;\n"
                 "  const zi64 row = e / %lldLL, i = e %% %lldLL;\n"
                 "  const double p = (double)(row %% %s);\n"
                 "  const double inv_freq = pow((double)%s, -2.0 * (double)i / %s);\n"
                 "  const double an = p * inv_freq;\n"
                 "  const double c = cos(an), s = sin(an);\n"
                 "  const float *x = (const float *)a.p[%d] + row * %lldLL + i;\n"
                 "  %s *y = (%s *)a.p[%d] + row * %lldLL + i;\n"
                 "  #pragma unroll 8\n"
                 "  for (int h = 0; h < %lld; h++) {\n"
                 "    const double x1 = x[h * %lldLL], x2 = x[h * %lldLL + %lldLL];\n"
                 "    y[h * %lldLL] = %s(float)(x1 * c - x2 * s));\n"
                 "    y[h * %lldLL + %lldLL] = %s(float)(x2 * c + x1 * s));\n"
                 "  }\n",
                 R, (long long)half, (long long)half, (long long)half, T, zo_cg_flit(ar, (double)(float)v->attr[1]),
                 zo_arena_printf(ar, "%lld.0", (long long)hd), in[0], (long long)N.coef, yt, yt, out, (long long)N.coef,
                 (long long)heads, (long long)hd, (long long)hd, (long long)half, (long long)hd, cv, (long long)hd,
                 (long long)half, cv);
    /* theta is a float in ref (zo_ref_rope takes float theta) */
    L->work = dmul(rows, zo_dim_const(half));
    return 0;
  }
  case ZO_OP_ATTENTION: {
    L->kind = "attention";
    if (!zo_dim_is_const(N)) return zo_cg_fail(k, "attention needs a constant last dimension");
    int64_t H = (int64_t)v->attr[0], KV = v->attr[1] == 0 ? H : (int64_t)v->attr[1], hd = N.coef / H;
    if (KV <= 0 || H % KV != 0) return zo_cg_fail(k, "attention's heads must be a multiple of its kv heads");
    Dim Td = v->type.dims[v->type.rank - 2], outer = zo_value_dims(v, 0, v->type.rank - 2);
    const char *T = sz(k, Td), *O = sz(k, outer);
    int64_t nc = (hd + 31) / 32;
    if (attention_tc(k->g, v)) {
      emit_attention_tc(k, v, T, Td, outer, H, KV, hd, v->attr[2] != 0, in, out, is_half(k->g, v));
      return 0;
    }
    if (hd % 32 == 0) {
      /* a warp per query row, hd/32 dimensions per lane: every load of a key or
         value row is coalesced across the warp; the score is a warp sum; the
         softmax is online (flash style: running max, rescaled sum and output) */
      int64_t dpl = hd / 32;
      emit_run(k, T);
      zo_sb_printf(b,
                   "  const int warp = threadIdx.x / 32, lane = threadIdx.x %% 32;\n"
                   "  const zi64 T = %s, r = (zi64)blockIdx.x * 4 + warp;\n"
                   "  if (r >= %s * %lldLL * T) return;\n"
                   "  const zi64 i = r %% T, bh = r / T, h = bh %% %lldLL, bb = bh / %lldLL, g = h / %lldLL;\n"
                   "  const float *q = (const float *)a.p[%d] + (bb * T + i) * %lldLL + h * %lldLL + lane * %lldLL;\n"
                   "  const float *kb = (const float *)a.p[%d] + bb * T * %lldLL + g * %lldLL + lane * %lldLL;\n"
                   "  const float *vb = (const float *)a.p[%d] + bb * T * %lldLL + g * %lldLL + lane * %lldLL;\n"
                   "  float *y = (float *)a.p[%d] + (bb * T + i) * %lldLL + h * %lldLL + lane * %lldLL;\n"
                   "  const float scale = %s;\n"
                   "  const zi64 nk = %s ? i + 1 : T;\n"
                   "  float qv[%lld], acc[%lld], mx = -ZO_INF, l = 0.0f;\n"
                   "  #pragma unroll\n"
                   "  for (int c = 0; c < %lld; c++) { qv[c] = q[c]; acc[c] = 0.0f; }\n"
                   "  for (zi64 j = 0; j < nk; j++) {\n"
                   "    const float *kr = kb + j * %lldLL, *vr = vb + j * %lldLL;\n"
                   "    float d = 0.0f;\n"
                   "    #pragma unroll\n"
                   "    for (int c = 0; c < %lld; c++) d += qv[c] * kr[c];\n"
                   "    const float sc = zo_warp_sum(d) * scale, mn = fmaxf(mx, sc);\n"
                   "    const float corr = expf(mx - mn), p = expf(sc - mn);\n"
                   "    l = l * corr + p;\n"
                   "    #pragma unroll\n"
                   "    for (int c = 0; c < %lld; c++) acc[c] = acc[c] * corr + p * vr[c];\n"
                   "    mx = mn;\n"
                   "  }\n"
                   "  #pragma unroll\n"
                   "  for (int c = 0; c < %lld; c++) y[c] = acc[c] / l;\n",
                   T, O, (long long)H, (long long)H, (long long)H, (long long)(H / KV), in[0], (long long)(H * hd),
                   (long long)hd, (long long)dpl, in[1], (long long)(KV * hd), (long long)hd, (long long)dpl, in[2],
                   (long long)(KV * hd), (long long)hd, (long long)dpl, out, (long long)(H * hd), (long long)hd,
                   (long long)dpl, att_scale(k, v), v->attr[2] != 0 ? "true" : "false", (long long)dpl, (long long)dpl,
                   (long long)dpl, (long long)(KV * hd), (long long)(KV * hd), (long long)dpl, (long long)dpl,
                   (long long)dpl);
      L->work = dmul(outer, dmul(zo_dim_const(H), Td));
      L->per_block = 4;
      L->threads = 128;
      return 0;
    }
    emit_run(k, T);
    zo_sb_printf(b,
                 "  const int warp = threadIdx.x / 32, lane = threadIdx.x %% 32;\n"
                 "  const zi64 T = %s, r = (zi64)blockIdx.x * 4 + warp;\n"
                 "  if (r >= %s * %lldLL * T) return;\n"
                 "  const zi64 i = r %% T, bh = r / T, h = bh %% %lldLL, bb = bh / %lldLL, g = h / %lldLL;\n"
                 "  const float *q = (const float *)a.p[%d] + (bb * T + i) * %lldLL + h * %lldLL;\n"
                 "  const float *kb = (const float *)a.p[%d] + bb * T * %lldLL + g * %lldLL;\n"
                 "  const float *vb = (const float *)a.p[%d] + bb * T * %lldLL + g * %lldLL;\n"
                 "  float *y = (float *)a.p[%d] + (bb * T + i) * %lldLL + h * %lldLL;\n"
                 "  __shared__ float qs[4][%lld];\n"
                 "  for (int d = lane; d < %lld; d += 32) qs[warp][d] = q[d];\n"
                 "  __syncwarp();\n"
                 "  const float scale = %s;\n"
                 "  const zi64 nk = %s ? i + 1 : T;\n"
                 "  float mx = -ZO_INF, l = 0.0f, acc[%lld];\n"
                 "  #pragma unroll\n"
                 "  for (int c = 0; c < %lld; c++) acc[c] = 0.0f;\n"
                 "  for (zi64 j0 = 0; j0 < nk; j0 += 32) {\n"
                 "    const zi64 j = j0 + lane;\n"
                 "    float s = -ZO_INF;\n"
                 "    if (j < nk) {\n"
                 "      const float *kr = kb + j * %lldLL;\n"
                 "      float dot = 0.0f;\n"
                 "      for (int d = 0; d < %lld; d++) dot += qs[warp][d] * kr[d];\n"
                 "      s = dot * scale;\n"
                 "    }\n"
                 "    const float cm = zo_warp_max(s), mn = fmaxf(mx, cm);\n"
                 "    const float p = j < nk ? expf(s - mn) : 0.0f, corr = expf(mx - mn);\n"
                 "    l = l * corr + zo_warp_sum(p);\n"
                 "    #pragma unroll\n"
                 "    for (int c = 0; c < %lld; c++) acc[c] *= corr;\n"
                 "    const int nt = (int)(nk - j0 < 32 ? nk - j0 : 32);\n"
                 "    for (int t = 0; t < nt; t++) {\n"
                 "      const float pj = __shfl_sync(0xffffffffu, p, t);\n"
                 "      const float *vr = vb + (j0 + t) * %lldLL;\n"
                 "      #pragma unroll\n"
                 "      for (int c = 0; c < %lld; c++) { const int d = lane + 32 * c; if (d < %lld) acc[c] += pj * vr[d]; }\n"
                 "    }\n"
                 "    mx = mn;\n"
                 "  }\n"
                 "  #pragma unroll\n"
                 "  for (int c = 0; c < %lld; c++) { const int d = lane + 32 * c; if (d < %lld) y[d] = acc[c] / l; }\n",
                 T, O, (long long)H, (long long)H, (long long)H, (long long)(H / KV), in[0], (long long)(H * hd),
                 (long long)hd, in[1], (long long)(KV * hd), (long long)hd, in[2], (long long)(KV * hd), (long long)hd,
                 out, (long long)(H * hd), (long long)hd, (long long)hd, (long long)hd, att_scale(k, v),
                 v->attr[2] != 0 ? "true" : "false", (long long)nc, (long long)nc, (long long)(KV * hd), (long long)hd,
                 (long long)nc, (long long)(KV * hd), (long long)nc, (long long)hd, (long long)nc, (long long)hd);
    L->work = dmul(outer, dmul(zo_dim_const(H), Td));
    L->per_block = 4;
    L->threads = 128;
    return 0;
  }
  case ZO_OP_EMBEDDING: {
    L->kind = "embedding";
    const Value *t = v->arg[0], *ids = v->arg[1];
    if (t->type.rank != 2 || !zo_dim_is_const(t->type.dims[0]) || !zo_dim_is_const(t->type.dims[1]))
      return zo_cg_fail(k, "an embedding table must be a constant [V, D] matrix");
    int tp, stream = -1;
    bool pert = false;
    if (t->op == ZO_OP_WEIGHT) {
      tp = zo_cg_ptr_storage(k, t, 0);
      if (t->w->perturbed[0]) {
        pert = true;
        stream = int_const(k, t->w->stream[0]);
        if (need_perturb(k, rows) < 0) return -1;
      }
    } else if ((tp = in_ptr(k, t)) < 0) {
      return -1;
    }
    int ip = zo_cg_ptr_buffer(k, ids);
    int64_t D = t->type.dims[1].coef;
    const char *R = sz(k, rows);
    emit_run(k, R);
    zo_sb_printf(b,
                 "  const zi64 e = (zi64)blockIdx.x * blockDim.x + threadIdx.x;\n"
                 "  if (e >= %s * %lldLL) return;\n"
                 "  const zi64 m = e / %lldLL, d = e %% %lldLL;\n"
                 "  const zi64 id = ((const int *)a.p[%d])[m];\n"
                 "  float x = %s((const void *)a.p[%d], id * %lldLL + d);\n",
                 R, (long long)D, (long long)D, (long long)D, ip, zo_cg_ld_fn(t->type.dtype), tp, (long long)D);
    if (pert) zo_sb_printf(b, "  if (zpon) x = zo_pert(x, zrun, a.i[%d], (zu64)(id * %lldLL + d), m >= zsrows);\n", stream, (long long)D);
    zo_sb_printf(b, "  ((float *)a.p[%d])[e] = x;\n", out);
    L->work = dmul(rows, zo_dim_const(D));
    return 0;
  }
  case ZO_OP_POSITIONS: {
    L->kind = "positions";
    const char *Nn = sz(k, N), *R = sz(k, rows);
    emit_run(k, R);
    zo_sb_printf(b,
                 "  const zi64 e = (zi64)blockIdx.x * blockDim.x + threadIdx.x;\n"
                 "  if (e >= %s * %s) return;\n"
                 "  ((int *)a.p[%d])[e] = (int)(e %% %s + %lldLL);\n",
                 R, Nn, out, Nn, (long long)v->attr[0]);
    L->work = zo_value_numel(v);
    return 0;
  }
  case ZO_OP_SOFTMAX: {
    L->kind = "softmax";
    const char *Nn = sz(k, N), *R = sz(k, rows);
    emit_run(k, R);
    zo_sb_printf(b,
                 "  __shared__ double zred[32];\n"
                 "  const zi64 m = blockIdx.x;\n"
                 "  const float *x = (const float *)a.p[%d] + m * %s;\n"
                 "  float *y = (float *)a.p[%d] + m * %s;\n"
                 "  double mx = -ZO_INF;\n"
                 "  for (zi64 n = threadIdx.x; n < %s; n += blockDim.x) mx = fmax(mx, (double)x[n]);\n"
                 "  mx = zo_block_max(mx, zred);\n"
                 "  double s = 0.0;\n"
                 "  for (zi64 n = threadIdx.x; n < %s; n += blockDim.x) s += exp((double)x[n] - mx);\n"
                 "  s = zo_block_sum(s, zred);\n"
                 "  for (zi64 n = threadIdx.x; n < %s; n += blockDim.x) y[n] = (float)(exp((double)x[n] - mx) / s);\n",
                 in[0], Nn, out, Nn, Nn, Nn, Nn);
    L->work = rows;
    L->per_block = 1;
    return 0;
  }
  case ZO_OP_SLICE: {
    L->kind = "slice";
    const Value *x = v->arg[0];
    const char *C = sz(k, zo_value_last_dim(x)), *Wd = sz(k, N), *R = sz(k, rows);
    emit_run(k, R);
    zo_sb_printf(b,
                 "  const zi64 e = (zi64)blockIdx.x * blockDim.x + threadIdx.x;\n"
                 "  if (e >= %s * %s) return;\n"
                 "  const zi64 r = e / %s, c = e %% %s;\n"
                 "  ((unsigned *)a.p[%d])[e] = ((const unsigned *)a.p[%d])[r * %s + %lldLL + c];\n",
                 R, Wd, Wd, Wd, out, in[0], C, (long long)v->attr[0]);
    if (zo_dtype_size(x->type.dtype) != 4 || (x->op == ZO_OP_WEIGHT && x->type.dtype != ZO_DT_F32 && x->type.dtype != ZO_DT_I32))
      return zo_cg_fail(k, "slice copies 4-byte elements (f32 or i32 activations)");
    L->work = zo_value_numel(v);
    return 0;
  }
  case ZO_OP_TRANSPOSE: {
    L->kind = "transpose";
    const Value *x = v->arg[0];
    if (!zo_dim_is_const(x->type.dims[0]) || !zo_dim_is_const(x->type.dims[1]))
      return zo_cg_fail(k, "transpose needs constant dimensions");
    int64_t R0 = x->type.dims[0].coef, C0 = x->type.dims[1].coef;
    emit_run(k, "1");
    zo_sb_printf(b,
                 "  const zi64 e = (zi64)blockIdx.x * blockDim.x + threadIdx.x;\n"
                 "  if (e >= %lldLL) return;\n"
                 "  const zi64 r = e / %lldLL, c = e %% %lldLL;\n"
                 "  ((float *)a.p[%d])[c * %lldLL + r] = %s((const void *)a.p[%d], e);\n",
                 (long long)(R0 * C0), (long long)C0, (long long)C0, out, (long long)R0, zo_cg_ld_fn(x->type.dtype), in[0]);
    L->work = zo_dim_const(R0 * C0);
    return 0;
  }
  case ZO_OP_CROSS_ENTROPY: {
    L->kind = "cross_entropy";
    Dim V = zo_value_last_dim(v->arg[0]);
    if (!zo_dim_is_const(V)) return zo_cg_fail(k, "cross_entropy needs a constant class count");
    const char *R = sz(k, zo_value_numel(v));
    emit_run(k, R);
    zo_sb_printf(b,
                 "  __shared__ double zred[32];\n"
                 "  const zi64 m = blockIdx.x;\n"
                 "  const float *x = (const float *)a.p[%d] + m * %lldLL;\n"
                 "  const int tg = ((const int *)a.p[%d])[m];\n"
                 "  if (tg < 0) { if (threadIdx.x == 0) ((float *)a.p[%d])[m] = 0.0f; return; }\n"
                 "  double mx = -ZO_INF;\n"
                 "  for (zi64 n = threadIdx.x; n < %lldLL; n += blockDim.x) mx = fmax(mx, (double)x[n]);\n"
                 "  mx = zo_block_max(mx, zred);\n"
                 "  double s = 0.0;\n"
                 "  for (zi64 n = threadIdx.x; n < %lldLL; n += blockDim.x) s += exp((double)x[n] - mx);\n"
                 "  s = zo_block_sum(s, zred);\n"
                 "  if (threadIdx.x == 0) ((float *)a.p[%d])[m] = (float)(mx + log(s) - (double)x[tg]);\n",
                 in[0], (long long)V.coef, in[1], out, (long long)V.coef, (long long)V.coef, out);
    L->work = zo_value_numel(v);
    L->per_block = 1;
    return 0;
  }
  default: return zo_cg_fail(k, "no CUDA kernel for this op");
  }
}

/* ---- the program */

/* what each group's kernel is: a matmul present, a norm, only elementwise
   ops, or one op of its own (plan_matmul, plan_norm, plan_ew, plan_single) */
enum { GK_MATMUL, GK_NORM, GK_EW, GK_SINGLE };
static int *group_kinds(const Func *f) {
  bool *mm = zo_xcalloc((size_t)f->ngroups + 1, sizeof(bool)), *norm = zo_xcalloc((size_t)f->ngroups + 1, sizeof(bool));
  bool *other = zo_xcalloc((size_t)f->ngroups + 1, sizeof(bool));
  for (int i = 0; i < f->body->vals.len; i++) {
    const Value *v = f->body->vals.data[i];
    if (v->group < 0) continue;
    mm[v->group] |= v->op == ZO_OP_MATMUL;
    norm[v->group] |= v->op == ZO_OP_RMS_NORM || v->op == ZO_OP_LAYER_NORM;
    other[v->group] |= !(zo_op_info(v->op)->flags & ZO_OPF_EW);
  }
  int *kind = zo_xcalloc((size_t)f->ngroups + 1, sizeof(int));
  for (int gi = 0; gi < f->ngroups; gi++) kind[gi] = mm[gi] ? GK_MATMUL : norm[gi] ? GK_NORM : !other[gi] ? GK_EW : GK_SINGLE;
  free(mm);
  free(norm);
  free(other);
  return kind;
}

/* Values the wgmma matmuls read as X that their producers store as f16 only
 * (Gen.half): f32 group roots, not outputs, whose every use is a
 * tensor-core matmul's X in another kernel, made by a kernel whose stores
 * know f16 (an elementwise epilogue or group, a norm, the tensor-core
 * attention). The matmul loads them by cp.async as they are, with no x16
 * launch, and they take half the bytes to write and to read. The f16 value
 * is the one an x16 launch would have made (zo_f2h_c, zo_pack_h2). */
static void half_values(Gen *g, const int *kind) {
  const Func *f = g->f;
  const Block *blk = f->body;
  for (int i = 0; i < blk->vals.len; i++) {
    const Value *v = blk->vals.data[i];
    if (v->group < 0 || !v->group_root || v->type.dtype != ZO_DT_F32 || v->type.rank < 1) continue;
    Dim K = zo_value_last_dim(v);
    /* matmul, norm and elementwise kernels store their roots by emit_ew or plan_norm */
    bool ok = zo_dim_is_const(K) && K.coef % 8 == 0 &&
              (kind[v->group] != GK_SINGLE || v->op == ZO_OP_ROPE || (v->op == ZO_OP_ATTENTION && attention_tc(g, v)));
    for (int o = 0; o < f->outputs.len && ok; o++) ok = f->outputs.data[o] != v;
    int uses = 0, queries = 0;
    const Value *att = NULL;
    for (int j = 0; j < blk->vals.len && ok; j++) {
      const Value *u = blk->vals.data[j];
      for (int a = 0; a < u->narg && ok; a++)
        if (u->arg[a] == v) {   /* a matmul's X, the keys or values of the tensor-core attention, or rope's queries for it */
          const bool tca = u->op == ZO_OP_ATTENTION && attention_tc(g, u);
          ok = u->group != v->group && ((u->op == ZO_OP_MATMUL && a == 0) || (tca && (a > 0 || v->op == ZO_OP_ROPE)));
          if (tca && a == 0) {
            queries++;
            att = u;
          }
          uses++;
        }
    }
    /* queries are scaled before their rounding: stored so (rope's f16(q * scale)) only when that is their one use */
    if (!ok || uses == 0 || (queries > 0 && uses != 1)) continue;
    vec_push(&g->half, (Value *)v);
    if (queries > 0) {
      vec_push(&g->qscaled, (Value *)v);
      vec_push(&g->qscale_att, (Value *)att);
    }
  }
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

/* Whether group gi's kernel makes the logits the fused cross-entropy can
 * take: the first output, [.., V] with V constant, a matmul group's root
 * that nothing else reads. */
static bool ce_group(const Func *f, int gi, bool has_mm) {
  if (!has_mm || f->outputs.len < 1) return false;
  const Value *o = f->outputs.data[0];
  if (o->group != gi || !o->group_root || o->type.rank < 2 || o->type.dtype != ZO_DT_F32 ||
      !zo_dim_is_const(zo_value_last_dim(o)))
    return false;
  for (int i = 0; i < f->body->vals.len; i++) {
    const Value *v = f->body->vals.data[i];
    for (int a = 0; a < v->narg; a++)
      if (v->arg[a] == o) return false;
  }
  return true;
}

/* Matmul pairs (Gen.pair: wgmma by the copy engine): a group that is a bare
 * matmul (only its weight besides), whose product's one use is an
 * elementwise member of a later matmul group with the same X, the same N (a
 * multiple of 8) and a W dequantized the same way (a scratch, both signs or
 * one), runs inside that group's kernel: the two dequant launches fill one
 * W of 2N rows, interleaved 8 by 8, and the one matmul's accumulators hold
 * both products side by side, so the epilogue reads the first's from
 * registers. A Llama's gate and up projections: one kernel, the f32 product
 * they passed through memory (180 MB a layer at B=16) never stored, and no
 * tile of the pair runs its epilogue alone. No other matmul group may run
 * between them (they share the dequant scratch). */
static void pair_matmuls(Gen *g, const int *kind) {
  const Func *f = g->f;
  const Block *blk = f->body;
  const int ng = f->ngroups;
  g->pair_first = zo_xcalloc((size_t)ng + 1, sizeof(bool));
  g->pair_prev = zo_xcalloc((size_t)ng + 1, sizeof(Value *));
  if (!g->pair) return;
  const Value **mm = zo_xcalloc((size_t)ng + 1, sizeof(Value *));
  bool *bare = zo_xcalloc((size_t)ng + 1, sizeof(bool));
  for (int gi = 0; gi < ng; gi++) bare[gi] = kind[gi] == GK_MATMUL;
  for (int i = 0; i < blk->vals.len; i++) {
    const Value *v = blk->vals.data[i];
    if (v->group < 0) continue;
    if (v->op == ZO_OP_MATMUL) mm[v->group] = v;
    else if (v->op != ZO_OP_WEIGHT && v->op != ZO_OP_TRANSPOSE) bare[v->group] = false;
  }
  for (int gi = 0; gi < ng; gi++) {
    const Value *m1 = mm[gi];
    if (!bare[gi] || !m1 || !m1->group_root) continue;
    const Value *use = NULL;
    int uses = 0;
    for (int i = 0; i < blk->vals.len; i++)
      for (int a = 0; a < blk->vals.data[i]->narg; a++)
        if (blk->vals.data[i]->arg[a] == m1) {
          use = blk->vals.data[i];
          uses++;
        }
    for (int o = 0; o < f->outputs.len; o++) uses += f->outputs.data[o] == m1;
    if (uses != 1 || !use || use->group <= gi || !(zo_op_info(use->op)->flags & ZO_OPF_EW)) continue;
    const int g2 = use->group;
    const Value *m2 = mm[g2];
    if (kind[g2] != GK_MATMUL || !m2 || g->pair_prev[g2] || m2->arg[0] != m1->arg[0] || ce_group(f, g2, true)) continue;
    const Dim n1 = zo_value_last_dim(m1), n2 = zo_value_last_dim(m2);
    bool p1, p2, ok = zo_dim_is_const(n1) && zo_dim_eq(n1, n2) && n1.coef % 8 == 0 && m1->type.dtype == ZO_DT_F32 &&
                      zo_cg_dq_scratch(m1, &p1) && zo_cg_dq_scratch(m2, &p2) && p1 == p2;
    for (int gj = gi + 1; gj < g2 && ok; gj++) ok = kind[gj] != GK_MATMUL;
    if (!ok) continue;
    g->pair_first[gi] = true;
    g->pair_prev[g2] = m1;
  }
  free(mm);
  free(bare);
}

/* Rope in its matmul's epilogue (Gen.rope_epi: wgmma by the copy engine,
 * the epilogue staged through shared memory): a rope alone in its group
 * whose input is the root of a bare matmul group (not a pair's, not the
 * logits'), read by nothing else, with whole heads in a 256-column tile
 * (hd divides 256) of whole 8-pair pieces (8 divides hd / 2), is applied as
 * that kernel copies its staged product out (rope_out): a Llama's queries
 * and keys. Their f32 products (64 MB each a layer at B=16, written and
 * read back) are never stored, and the rope launches go away; the angle
 * table they read is one "ropetab" launch. */
static void rope_matmuls(Gen *g, const int *kind) {
  const Func *f = g->f;
  const Block *blk = f->body;
  const int ng = f->ngroups;
  g->rope_at = zo_xcalloc((size_t)ng + 1, sizeof(Value *));
  g->rope_in = zo_xcalloc((size_t)ng + 1, sizeof(bool));
  if (!g->rope_epi) return;
  int *members = zo_xcalloc((size_t)ng + 1, sizeof(int));
  bool *bare = zo_xcalloc((size_t)ng + 1, sizeof(bool));
  for (int gi = 0; gi < ng; gi++) bare[gi] = kind[gi] == GK_MATMUL;
  for (int i = 0; i < blk->vals.len; i++) {
    const Value *v = blk->vals.data[i];
    if (v->group < 0) continue;
    members[v->group]++;
    if (v->op != ZO_OP_MATMUL && v->op != ZO_OP_WEIGHT && v->op != ZO_OP_TRANSPOSE) bare[v->group] = false;
  }
  for (int i = 0; i < blk->vals.len; i++) {
    const Value *r = blk->vals.data[i], *mm = r->narg > 0 ? r->arg[0] : NULL;
    if (r->op != ZO_OP_ROPE || r->group < 0 || members[r->group] != 1 || !mm || mm->op != ZO_OP_MATMUL || !mm->group_root ||
        mm->group < 0 || !bare[mm->group] || g->pair_first[mm->group] || g->pair_prev[mm->group] || g->rope_at[mm->group] ||
        ce_group(f, mm->group, true) || mm->type.dtype != ZO_DT_F32 || r->type.dtype != ZO_DT_F32)
      continue;
    const Dim N = zo_value_last_dim(mm), K = zo_value_last_dim(mm->arg[0]);
    const int64_t heads = (int64_t)r->attr[0], hd = zo_dim_is_const(N) && heads > 0 ? N.coef / heads : 0;
    if (hd <= 0 || hd * heads != N.coef || WG_BN % hd != 0 || (hd / 2) % 8 != 0 || !zo_dim_is_const(K) || K.coef % 8 != 0) continue;
    int uses = 0;
    for (int j = 0; j < blk->vals.len; j++)
      for (int a = 0; a < blk->vals.data[j]->narg; a++) uses += blk->vals.data[j]->arg[a] == mm;
    for (int o = 0; o < f->outputs.len; o++) uses += 2 * (f->outputs.data[o] == mm);
    if (uses != 1) continue;
    g->rope_at[mm->group] = r;
    g->rope_in[r->group] = true;
  }
  free(members);
  free(bare);
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

ZoCuProgram *zo_cuda_generate(Func *f, const ZoTarget *t) {
  const ZoTarget dflt = zo_target_default(false);
  if (!t) t = &dflt;
  ZO_ASSERT(t->matmul != ZO_AUTO && t->tma != ZO_AUTO);   /* resolved for a device (zo_target_resolve) */
  ZoCuProgram *p = zo_xcalloc(1, sizeof *p);
  p->f = f;
  Gen g = {.f = f, .p = p, .zwin = -1, .simt = t->matmul == ZO_MM_F32, .wgmma = t->matmul == ZO_MM_WGMMA, .wgmma_tma = t->tma == 1,
           .dq_banks = t->matmul == ZO_MM_F32 || !t->overlap ? 1 : 2};
  Block *blk = f->body;
  for (int i = 0; i < blk->vals.len; i++) {
    const Value *v = blk->vals.data[i];
    if (v->op == ZO_OP_INPUT && v->type.rank >= 1 && !g.have_batch) {
      g.batch = v->type.dims[0];
      g.have_batch = true;
    }
  }
  int *kind = group_kinds(f);
  if (g.wgmma) half_values(&g, kind);
  g.pair = g.wgmma && g.wgmma_tma;
  pair_matmuls(&g, kind);
  g.rope_epi = g.wgmma && g.wgmma_tma;
  rope_matmuls(&g, kind);
  /* at most one zfill per storage of a matmul's weight: 2 * ZO_MAX_STORAGE + 1 launches per group */
  p->launches = zo_arena_alloc(&p->arena, sizeof(ZoCuLaunch) * (size_t)(f->ngroups * (ZO_MAX_STORAGE + 3) + 2));
  p->ce = -1;
  ValVec mem = {0};
  int rc = 0;
  for (int gi = 0; gi < f->ngroups && rc == 0; gi++) {
    if (g.rope_in[gi]) continue;   /* run by its matmul's kernel (rope_matmuls) */
    mem.len = 0;
    for (int i = 0; i < blk->vals.len; i++)
      if (blk->vals.data[i]->group == gi) vec_push(&mem, blk->vals.data[i]);
    ZO_ASSERT(mem.len > 0);
    ZoCuLaunch tmp = {0};
    if (g.zwin_end > ZWIN_BYTES) {   /* a new window of z regions (add_zfills) */
      g.zwin_end = 0;
      g.zwin = -1;
    }
    KB k = {.g = &g, .L = &tmp, .s_per = -1, .zoff = g.zwin_end, .zoff0 = g.zwin_end};
    tmp.group = gi;
    tmp.anchor = mem.data[mem.len - 1];
    tmp.smem_dim = zo_dim_const(0);
    zo_cg_add_ptr(&k, (ZoCuArg){.kind = ZO_CU_RUN});   /* slot 0: the run block */
    const bool has_mm = kind[gi] == GK_MATMUL, first = g.pair_first[gi];
    k.pair = first ? 1 : g.pair_prev[gi] ? 2 : 0;
    k.pair_mm = g.pair_prev[gi];
    k.rope = g.rope_at[gi];
    if (k.pair == 2) k.dq_bank = g.pair_bank;   /* one W matrix for both: one bank */
    if (first) rc = plan_pair_first(&k, &mem);
    else if (has_mm) rc = plan_matmul(&k, &mem);
    else if (kind[gi] == GK_NORM) rc = plan_norm(&k, &mem);
    else if (kind[gi] == GK_EW) rc = plan_ew(&k, &mem);
    else rc = plan_single(&k, &mem);
    if (first) g.pair_bank = k.dq_bank;
    if (rc == 0) {
      if (k.zoff > g.zmax) g.zmax = k.zoff;
      for (int i = 0; i < tmp.nptrs && !k.dq; i++) g.zs_inline |= tmp.ptrs[i].kind == ZO_CU_ZSCRATCH;
      g.zwin_end = k.zoff;
      add_zfills(&g, &k);
      /* the dequant and X's f16 copy read the matmul's slots, final only now */
      ZoCuLaunch *pre[3] = {k.rtab, k.dq, k.x16};
      for (int j = 0; j < 3; j++) {
        if (!pre[j]) continue;
        ZoCuLaunch *d = &p->launches[p->nlaunches++];
        const char *fn = pre[j]->fn, *kind = pre[j]->kind;
        Dim work = pre[j]->work;
        *d = tmp;
        d->fn = fn;
        d->kind = kind;
        d->work = work;
        d->per_block = 256;
        d->gx = 0;
        d->threads = 256;
        d->smem_fixed = 0;
        d->smem_dim = zo_dim_const(0);
        d->tile = 0;
        d->ntmaps = 0;
        if (pre[j] != k.dq)   /* the angle table and X's copy read no W: no bank, so no wait for its dequant */
          for (int q = 0; q < d->nptrs; q++)
            if (d->ptrs[q].kind == ZO_CU_DQ) d->ptrs[q].c = -1;
      }
      if (!first) {   /* the pair's first has no kernel of its own */
        tmp.fn = group_function(&g, &k);
        p->launches[p->nlaunches++] = tmp;
      }
    }
    if (rc == 0 && ce_group(f, gi, has_mm)) {
      /* the same kernel again with the cross-entropy in its epilogue; the
         launches before it (zfills, dequant, x16) serve both */
      ZoCuLaunch ce = {.group = gi, .anchor = tmp.anchor, .smem_dim = zo_dim_const(0)};
      KB kc = {.g = &g, .L = &ce, .s_per = -1, .ce = true, .zoff = k.zoff0, .zoff0 = k.zoff0, .dq_bank = k.dq_bank};
      zo_cg_add_ptr(&kc, (ZoCuArg){.kind = ZO_CU_RUN});
      rc = plan_matmul(&kc, &mem);
      if (rc == 0) {
        ZO_ASSERT(kc.zoff == k.zoff && kc.ce_chunk > 0);
        ce.fn = group_function(&g, &kc);
        ce.mode = ZO_CU_LOSS_ONLY;
        p->launches[p->nlaunches - 1].mode = ZO_CU_LOGITS_ONLY;
        p->ce = p->nlaunches;
        p->launches[p->nlaunches++] = ce;
        p->ce_vocab = zo_value_last_dim(f->outputs.data[0]).coef;
        p->ce_chunk = kc.ce_chunk;
        p->ce_parts = (p->ce_vocab + kc.ce_chunk - 1) / kc.ce_chunk;
      }
      zo_sb_free(&kc.b);
    }
    zo_sb_free(&k.b);
  }
  vec_free(&mem);
  if (rc == 0) {
    StrBuf src = {0};
    zo_sb_puts(&src, zo_cuda_prelude);
    zo_sb_puts(&src, zo_cuda_rng_text);
    zo_sb_puts(&src, zo_cuda_after_rng);
    if (g.tables.buf) zo_sb_puts(&src, g.tables.buf);
    if (g.funcs.buf) zo_sb_puts(&src, g.funcs.buf);
    if (g.kernels.buf) zo_sb_puts(&src, g.kernels.buf);
    p->source = zo_sb_take(&src);
    p->zscratch_bytes = g.zmax;
    dq_banks(&g);
    /* f16 values, the products kept in registers (a pair's first) or in shared memory (rope's input), the ropes
       their matmuls' kernels store (living from there) */
    p->hints = zo_arena_alloc(&p->arena, sizeof(MemHint) * (size_t)(g.half.len + 3 * f->ngroups + 1));
    for (int i = 0; i < g.half.len; i++) {
      const Value *v = g.half.data[i];
      p->hints[p->nhints++] = (MemHint){.v = v, .elem_bytes = 2, .made_by = v->group >= 0 && g.rope_in[v->group] ? v->arg[0] : NULL};
    }
    for (int gi = 0; gi < f->ngroups; gi++) {
      const Value *r = g.rope_at[gi];
      if (g.pair_prev[gi]) p->hints[p->nhints++] = (MemHint){.v = g.pair_prev[gi], .elem_bytes = 0};
      if (!r) continue;
      p->hints[p->nhints++] = (MemHint){.v = r->arg[0], .elem_bytes = 0};
      if (!is_half(&g, r)) p->hints[p->nhints++] = (MemHint){.v = r, .elem_bytes = 4, .made_by = r->arg[0]};
    }
    /* the distinct kernel functions, in order of first use */
    p->functions = zo_arena_alloc(&p->arena, sizeof(char *) * (size_t)(p->nlaunches + 1));
    for (int i = 0; i < p->nlaunches; i++) {
      bool dup = false;
      for (int j = 0; j < p->nfunctions; j++)
        if (strcmp(p->functions[j], p->launches[i].fn) == 0) dup = true;
      if (!dup) p->functions[p->nfunctions++] = p->launches[i].fn;
    }
  }
  vec_free(&g.half);
  vec_free(&g.qscaled);
  vec_free(&g.qscale_att);
  free(g.pair_first);
  free(g.pair_prev);
  free(g.rope_at);
  free(g.rope_in);
  free(kind);
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
  zo_arena_free(&p->arena);
  free(p);
}
