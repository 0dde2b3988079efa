/* llvm/sx.c — a format's dequant expression W[k, n] (an Sx tree; zo_sx_eval
 * in ir/ir.c is its reference semantics) compiled to vector IR for one block
 * of nb columns: k is a scalar, n the vector n0 + <0, 1, ..., nb-1>.
 *
 * Approach, node by node, from the static analysis of the tree that the GPU
 * generator reads too (codegen/dqan.h: dependence, ranges, divisors,
 * strides, runs along k, keys and hoists):
 *  - ranges: every integer node has an exact interval (k in [0, K), n in
 *    [0, N), K and N constants, loads by dtype, bit fields by width); a node
 *    whose interval fits 32 bits is computed in i32 (8 lanes per AVX2
 *    register instead of 4), `/` and `%` (flooring) become unsigned
 *    divisions (shifts for powers of two) when both sides are non-negative;
 *  - loads: the flat index is affine in n with a stride known statically;
 *    stride 1 is one vector load at the index of lane 0, stride 0 a scalar
 *    load, anything else a gather; indices computed from data (g_idx, codes)
 *    are clamped into the storage, so a bad checkpoint cannot read wild
 *    memory; bits(A[*, j], off, w) loads the word at off / wordbits and, when
 *    a field may cross a word (3-bit GPTQ), the next one too;
 *  - hoisting: a subtree that depends on n and on k only through "coarse"
 *    k-only subtrees (g_idx[k], k / G: values that stay the same over runs of
 *    k) is hoisted: computed once per run of its key (the tuple of those
 *    k-only values) and kept in a variable — GPTQ's scale and zero point are
 *    computed once per group and column, not per element. A subtree that
 *    depends on n alone is computed once per block;
 *  - perturbation: a load of perturbed storage s reads (float)v + e·z with
 *    e = ±eps per sign slot and z = zo_rng_normal(seed, stream(s), flat).
 *    For a small storage indexed by n in one dim and by n-independent values
 *    elsewhere (GPTQ scales, per-channel scales) z comes from a per-block
 *    prologue (z for every element of the block's columns, computed once per
 *    call); for any other storage (a dense MeZO weight) z is computed where it
 *    is read, once per element and shared by both signs;
 *  - factoring: when W = H · R with H hoisted and R free of perturbation, the
 *    direct (few-rows) matmul sums x·R over a run of the key and multiplies
 *    by H(sign) once per run, so one pass over the packed weights serves both
 *    signs.
 * Emission memoizes nodes per (node, sign slot) within one region (a region
 * ends where a branch would break dominance), so shared subtrees are emitted
 * once and the sign-independent part of W is computed once for both signs.
 */
#include <string.h>

#include "codegen/dqan.h"
#include "codegen/llvm/internal.h"

#define MAXN 128
#define MAXH 8
#define MAXKEY 4
enum { M_POS = 0, M_NEG = 1, M_IND = 2, M_LANE0 = 3, M_COUNT };

struct SxCtx {
  Emit *e;
  const KDq *dq;
  const KPlan *p;
  DqAn *an;              /* the analysis (codegen/dqan.c) */
  const DqNode *info;    /* an->node */
  int n;
  LLVMValueRef base[KMAXS], stream[KMAXS];
  LLVMValueRef n0, seed, pert, eps[2];
  LLVMValueRef zbase;    /* i8*: this block's z prologue region in scratch */
  LLVMValueRef k;
  int nhoist, *hnode;
  LLVMValueRef hvar[MAXH][2];
  int nkey, *knode;
  LLVMValueRef kvar[MAXKEY], have_key;
  int computing;
  LLVMValueRef cache[MAXN][M_COUNT];
  LLVMValueRef zcache[MAXN];
};

static int node_of(const SxCtx *s, const Sx *x) { return zo_dqan_index(s->an, x); }
static const DqNode *kid(SxCtx *s, int i, int c) { return zo_dqan_kid(s->an, i, c); }

bool zs_signdep(const SxCtx *s) { return s->info[0].signdep; }
bool zs_factored(const SxCtx *s) { return s->an->factored; }

DqAn *zs_dqan(const KDq *dq) {
  DqIn in = {.expr = dq->expr, .K = dq->K, .N = dq->N, .nstorage = dq->nstorage};
  for (int st = 0; st < dq->nstorage; st++) {
    in.dt[st] = dq->dt[st];
    in.rank[st] = dq->rank[st];
    in.perturbed[st] = dq->perturbed[st];
    for (int d = 0; d < dq->rank[st]; d++) in.shape[st][d] = dq->shape[st][d];
  }
  return zo_dqan(&in);
}

/* the analysis of dq's expression, and the limits of this emitter's state */
static SxCtx *analyse_all(const KDq *dq) {
  SxCtx *s = zo_xcalloc(1, sizeof *s);
  s->dq = dq;
  s->computing = -1;
  s->an = zs_dqan(dq);
  s->info = s->an->node;
  s->n = s->an->n;
  s->nhoist = s->an->nhoist;
  s->hnode = s->an->hnode;
  s->nkey = s->an->nkey;
  s->knode = s->an->knode;
  ZO_ASSERT(s->n <= MAXN && s->nhoist <= MAXH && s->nkey <= MAXKEY);
  return s;
}

/* bytes of one block's hoisted values (zs_save / zs_load) */
static int64_t hoist_bytes(const SxCtx *s, int h, int nb) {
  const DqNode *in = &s->info[s->hnode[h]];
  return (int64_t)nb * (in->is_int && in->wide ? 8 : 4);
}

int64_t zs_state_bytes(const KDq *dq, int nb) {
  SxCtx *s = analyse_all(dq);
  int64_t b = 0;
  for (int h = 0; h < s->nhoist; h++) b += hoist_bytes(s, h, nb) * (s->info[s->hnode[h]].signdep ? 2 : 1);
  zs_free(s);
  return (b + 63) / 64 * 64;
}

static void state_io(SxCtx *s, LLVMValueRef base, bool save) {
  Emit *e = s->e;
  int64_t off = 0;
  for (int h = 0; h < s->nhoist; h++) {
    const DqNode *in = &s->info[s->hnode[h]];
    for (int sl = 0; sl < (in->signdep ? 2 : 1); sl++) {
      LLVMTypeRef vt = LLVMGetAllocatedType(s->hvar[h][sl]);
      LLVMValueRef p = LLVMBuildInBoundsGEP2(e->B, e->t8, base, (LLVMValueRef[]){ze_i64(e, off)}, 1, "");
      p = LLVMBuildBitCast(e->B, p, LLVMPointerType(vt, 0), "");
      if (save) {
        LLVMSetAlignment(LLVMBuildStore(e->B, ze_get(e, s->hvar[h][sl], ""), p), 4);
      } else {
        LLVMValueRef v = LLVMBuildLoad2(e->B, vt, p, "hoist.state");
        LLVMSetAlignment(v, 4);
        ze_set(e, s->hvar[h][sl], v);
      }
      off += hoist_bytes(s, h, e->nb);
    }
  }
}

void zs_save(SxCtx *s, LLVMValueRef base) { state_io(s, base, true); }
void zs_load(SxCtx *s, LLVMValueRef base) {
  state_io(s, base, false);
  memset(s->cache, 0, sizeof s->cache);
  memset(s->zcache, 0, sizeof s->zcache);
}

SxCtx *zs_new(Emit *e, const KDq *dq, const KPlan *p) {
  SxCtx *s = analyse_all(dq);
  s->e = e;
  s->p = p;
  /* storage pointers and streams */
  for (int st = 0; st < dq->nstorage; st++) {
    char nm[64];
    snprintf(nm, sizeof nm, "%s", dq->sname[st]);
    s->base[st] = ze_ptr_arg(e, dq->ptr[st], ze_storage_type(e, dq->dt[st]), nm);
    if (dq->perturbed[st]) {
      snprintf(nm, sizeof nm, "stream.%s", dq->sname[st]);
      s->stream[st] = ze_int_arg(e, dq->stream[st], nm);
    }
  }
  for (int h = 0; h < s->nhoist; h++) {
    const DqNode *in = &s->info[s->hnode[h]];
    LLVMTypeRef t = ze_vec(e, in->is_int ? (in->wide ? e->t64 : e->t32) : e->tf);
    for (int sl = 0; sl < (in->signdep ? 2 : 1); sl++) {
      char nm[32];
      snprintf(nm, sizeof nm, "hoist%d%s", h, in->signdep ? (sl ? ".neg" : ".pos") : "");
      s->hvar[h][sl] = ze_var(e, t, NULL, nm);
    }
  }
  for (int j = 0; j < s->nkey; j++) {
    const DqNode *in = &s->info[s->knode[j]];
    char nm[32];
    snprintf(nm, sizeof nm, "key%d", j);
    s->kvar[j] = ze_var(e, in->is_int ? e->t64 : e->tf, NULL, nm);
  }
  if (s->nkey) s->have_key = ze_var(e, e->t1, NULL, "have_key");
  return s;
}

void zs_free(SxCtx *s) {
  zo_dqan_free(s->an);
  free(s);
}

/* ---- emission */
static LLVMValueRef emit(SxCtx *s, int i, int mode);

static LLVMTypeRef int_t(SxCtx *s, bool wide) { return wide ? s->e->t64 : s->e->t32; }

/* an int value (scalar or vector) as i32 / i64 */
static LLVMValueRef as_int(SxCtx *s, LLVMValueRef v, bool wide) {
  Emit *e = s->e;
  LLVMTypeRef t = LLVMTypeOf(v);
  bool vec = ze_is_vec(v);
  LLVMTypeRef el = vec ? LLVMGetElementType(t) : t;
  LLVMTypeRef want = int_t(s, wide);
  if (LLVMGetTypeKind(el) == LLVMFloatTypeKind) {
    LLVMTypeRef wt = vec ? LLVMVectorType(want, LLVMGetVectorSize(t)) : want;
    return LLVMBuildFPToSI(e->B, v, wt, "");
  }
  if (el == want) return v;
  LLVMTypeRef wt = vec ? LLVMVectorType(want, LLVMGetVectorSize(t)) : want;
  return LLVMGetIntTypeWidth(el) < LLVMGetIntTypeWidth(want) ? LLVMBuildSExt(e->B, v, wt, "") : LLVMBuildTrunc(e->B, v, wt, "");
}

static LLVMValueRef as_float(SxCtx *s, LLVMValueRef v) {
  LLVMTypeRef t = LLVMTypeOf(v);
  bool vec = ze_is_vec(v);
  LLVMTypeRef el = vec ? LLVMGetElementType(t) : t;
  if (LLVMGetTypeKind(el) == LLVMFloatTypeKind) return v;
  return LLVMBuildSIToFP(s->e->B, v, vec ? LLVMVectorType(s->e->tf, LLVMGetVectorSize(t)) : s->e->tf, "");
}

/* make a and b the same shape (splat the scalar one) */
static void same_shape(SxCtx *s, LLVMValueRef *a, LLVMValueRef *b) {
  if (ze_is_vec(*a) && !ze_is_vec(*b)) *b = ze_splat(s->e, *b, "");
  else if (!ze_is_vec(*a) && ze_is_vec(*b)) *a = ze_splat(s->e, *a, "");
}

static LLVMValueRef cst(SxCtx *s, LLVMValueRef like, LLVMTypeRef el, int64_t v) {
  LLVMValueRef c = ze_int(el, v);
  return like && ze_is_vec(like) ? ze_splat(s->e, c, "") : c;
}

/* stride of node i's value in n, when it is affine in n (else false) */
static bool affine(SxCtx *s, int i, int64_t *stride) {
  *stride = s->info[i].nstride;
  return s->info[i].naff;
}

/* node i is a multiple of w (statically) */
static bool multiple_of(SxCtx *s, int i, int64_t w) { return s->info[i].div % w == 0; }

/* index kid c of node i as i64 (clamped into [0, extent) when computed from data) */
static LLVMValueRef index_kid(SxCtx *s, int i, int c, int mode, int64_t extent) {
  Emit *e = s->e;
  int ki = node_of(s, s->info[i].x->kids[c]);
  LLVMValueRef v = as_int(s, emit(s, ki, mode), true);
  const DqNode *k = &s->info[ki];
  if (k->datadep || !k->is_int || k->lo < 0 || k->hi >= extent) {
    if (k->lo < 0 || !k->is_int) v = ze_max(e, v, cst(s, v, e->t64, 0), "");
    if (k->hi >= extent || !k->is_int) v = ze_min(e, v, cst(s, v, e->t64, extent - 1), "");
  }
  return v;
}

/* flat index of storage st from per-dim indices (scalars or vectors, i64) */
static LLVMValueRef flatten(SxCtx *s, int st, LLVMValueRef *idx) {
  Emit *e = s->e;
  LLVMValueRef f = NULL;
  int64_t stride = 1;
  for (int d = s->dq->rank[st] - 1; d >= 0; d--) {
    LLVMValueRef t = idx[d];
    if (stride != 1) {
      LLVMValueRef c = cst(s, t, e->t64, stride);
      t = LLVMBuildMul(e->B, t, c, "");
    }
    if (f) {
      same_shape(s, &f, &t);
      f = LLVMBuildAdd(e->B, f, t, "");
    } else {
      f = t;
    }
    stride *= s->dq->shape[st][d];
  }
  return f ? f : ze_i64(e, 0);
}

static int64_t dim_stride(const KDq *dq, int st, int d) {
  int64_t m = 1;
  for (int j = d + 1; j < dq->rank[st]; j++) m *= dq->shape[st][j];
  return m;
}

/* the raw element(s) of storage st at flat index f: a scalar load, one vector
 * load from the index of lane 0 (contiguous), or a gather */
static LLVMValueRef load_raw(SxCtx *s, int st, LLVMValueRef f, LLVMValueRef f0, const char *name) {
  Emit *e = s->e;
  if (!ze_is_vec(f)) {
    LLVMTypeRef t = ze_storage_type(e, s->dq->dt[st]);
    LLVMValueRef p = LLVMBuildInBoundsGEP2(e->B, t, s->base[st], &f, 1, "");
    return LLVMBuildLoad2(e->B, t, p, name);
  }
  if (f0) return ze_vload_raw(e, s->dq->dt[st], s->base[st], f0, name);
  return ze_vgather_raw(e, s->dq->dt[st], s->base[st], f, name);
}

/* storage st's z rows of the current block */
static LLVMValueRef zbuf(SxCtx *s, int st) {
  Emit *e = s->e;
  LLVMValueRef p = LLVMBuildInBoundsGEP2(e->B, e->t8, s->zbase, (LLVMValueRef[]){ze_i64(e, s->p->z_off[st])}, 1, "");
  return LLVMBuildBitCast(e->B, p, e->tpf, "zbuf");
}

/* is the storage a separable small one whose z comes from the prologue? */
static bool z_prologue(SxCtx *s, int st) { return s->p->z_off[st] >= 0; }

/* z for load node i (sign independent, cached) */
static LLVMValueRef load_z(SxCtx *s, int i, LLVMValueRef f) {
  Emit *e = s->e;
  if (s->zcache[i]) return s->zcache[i];
  const Sx *x = s->info[i].x;
  int st = x->ref;
  LLVMValueRef z;
  if (z_prologue(s, st)) {
    /* row of the zbuf: the row-major index over the dims other than the column's */
    int dn = s->p->z_dim[st];
    LLVMValueRef r = ze_i64(e, 0);
    for (int d = 0; d < s->dq->rank[st]; d++) {
      if (d == dn) continue;
      LLVMValueRef v = index_kid(s, i, d, M_IND, s->dq->shape[st][d]);
      ZO_ASSERT(!ze_is_vec(v));
      r = LLVMBuildAdd(e->B, LLVMBuildMul(e->B, r, ze_i64(e, s->dq->shape[st][d]), ""), v, "");
    }
    LLVMValueRef zb = zbuf(s, st);
    LLVMValueRef p = LLVMBuildInBoundsGEP2(e->B, e->tf, zb, (LLVMValueRef[]){LLVMBuildMul(e->B, r, ze_i64(e, e->nb), "")}, 1, "");
    p = LLVMBuildBitCast(e->B, p, LLVMPointerType(ze_vec(e, e->tf), 0), "");
    z = LLVMBuildLoad2(e->B, ze_vec(e, e->tf), p, "z.buf");
    LLVMSetAlignment(z, 4);
    /* an unperturbed call never fills the buffer: whatever it holds is not read */
    z = LLVMBuildSelect(e->B, s->pert, z, LLVMConstNull(ze_vec(e, e->tf)), "z");
  } else {
    /* z where it is read; skipped (0) when this call is not perturbed */
    LLVMTypeRef zt = ze_is_vec(f) ? ze_vec(e, e->tf) : e->tf;
    LLVMValueRef zv = ze_var(e, zt, LLVMConstNull(zt), "z.var");
    ZIf pz = ze_if(e, s->pert, "z");
    ze_set(e, zv, ze_is_vec(f) ? ze_rng_vec(e, s->seed, s->stream[st], f, "z") : ze_rng(e, s->seed, s->stream[st], f, "z"));
    ze_endif(e, &pz);
    z = ze_get(e, zv, "z");
  }
  s->zcache[i] = z;
  return z;
}

static LLVMValueRef emit_load(SxCtx *s, int i, int mode) {
  Emit *e = s->e;
  const Sx *x = s->info[i].x;
  int st = x->ref, rank = s->dq->rank[st];
  int imode = mode == M_LANE0 ? M_LANE0 : M_IND;
  LLVMValueRef idx[ZO_MAX_RANK];
  for (int d = 0; d < rank; d++) idx[d] = index_kid(s, i, d, imode, s->dq->shape[st][d]);
  LLVMValueRef f = flatten(s, st, idx), f0 = NULL;
  if (ze_is_vec(f)) {
    int64_t stride = 0, sd;
    bool aff = true;
    for (int d = 0; d < rank && aff; d++) {
      /* an index computed from data is fine when it does not vary with n (stride 0) */
      int kn = node_of(s, x->kids[d]);
      aff = affine(s, kn, &sd) && (!s->info[kn].datadep || !(s->info[kn].deps & 2));
      stride += sd * dim_stride(s->dq, st, d);
    }
    if (aff && stride == 1) {
      LLVMValueRef i0[ZO_MAX_RANK];
      for (int d = 0; d < rank; d++) i0[d] = index_kid(s, i, d, M_LANE0, s->dq->shape[st][d]);
      f0 = flatten(s, st, i0);
    }
  }
  char nm[64];
  snprintf(nm, sizeof nm, "%s.raw", s->dq->sname[st]);
  LLVMValueRef raw = load_raw(s, st, f, f0, nm);
  snprintf(nm, sizeof nm, "%s", s->dq->sname[st]);
  DType dt = s->dq->dt[st];
  if (!zo_dtype_is_float(dt)) {
    LLVMValueRef v = zo_dtype_is_signed(dt) || zo_dtype_size(dt) == 8
                         ? LLVMBuildSExt(e->B, raw, ze_is_vec(raw) ? ze_vec(e, e->t64) : e->t64, "")
                         : LLVMBuildZExt(e->B, raw, ze_is_vec(raw) ? ze_vec(e, e->t64) : e->t64, "");
    if (zo_dtype_size(dt) == 8) v = raw;
    return as_int(s, v, s->info[i].wide);
  }
  LLVMValueRef v = ze_to_f32(e, dt, raw, nm);
  if (s->info[i].signdep && (mode == M_POS || mode == M_NEG)) {
    LLVMValueRef z = load_z(s, i, f);
    LLVMValueRef ev = s->eps[mode];
    if (ze_is_vec(v)) ev = ze_splat(e, ev, "");
    if (ze_is_vec(z) && !ze_is_vec(v)) v = ze_splat(e, v, "");
    snprintf(nm, sizeof nm, "%s.%s", s->dq->sname[st], mode == M_POS ? "pos" : "neg");
    v = LLVMBuildFAdd(e->B, v, LLVMBuildFMul(e->B, ev, z, ""), nm);
  }
  return v;
}

static LLVMValueRef emit_bits(SxCtx *s, int i, int mode) {
  Emit *e = s->e;
  const Sx *x = s->info[i].x;
  int st = x->ref, rank = s->dq->rank[st], ax = x->axis;
  int imode = mode == M_LANE0 ? M_LANE0 : M_IND;
  int offn = node_of(s, x->kids[rank]);
  const DqNode *wn = &s->info[node_of(s, x->kids[rank + 1])];
  ZO_ASSERT(zo_dqan_is_const(wn) && wn->lo >= 1 && wn->lo <= 32);
  int64_t w = wn->lo;
  int64_t wb = (int64_t)zo_dtype_size(s->dq->dt[st]) * 8;
  int lg = wb == 8 ? 3 : wb == 16 ? 4 : wb == 32 ? 5 : 6;
  LLVMValueRef off = as_int(s, emit(s, offn, imode), true);
  LLVMValueRef word = LLVMBuildAShr(e->B, off, cst(s, off, e->t64, lg), "word");
  LLVMValueRef pos = LLVMBuildAnd(e->B, off, cst(s, off, e->t64, wb - 1), "bitpos");
  LLVMValueRef idx[ZO_MAX_RANK];
  int64_t stride = 0, sd;
  bool aff = affine(s, offn, &sd) && sd == 0;   /* the word index must be uniform */
  for (int d = 0; d < rank; d++) {
    if (d == ax) {
      const DqNode *oi = &s->info[offn];
      bool inside = oi->is_int && oi->lo >= 0 && (oi->hi >> lg) < s->dq->shape[st][d];
      idx[d] = inside ? word : ze_min(e, ze_max(e, word, cst(s, word, e->t64, 0), ""), cst(s, word, e->t64, s->dq->shape[st][d] - 1), "");
      continue;
    }
    idx[d] = index_kid(s, i, d, imode, s->dq->shape[st][d]);
    int kn = node_of(s, x->kids[d]);
    if (!affine(s, kn, &sd) || (s->info[kn].datadep && (s->info[kn].deps & 2))) aff = false;
    else stride += sd * dim_stride(s->dq, st, d);
  }
  LLVMValueRef f = flatten(s, st, idx), f0 = NULL;
  LLVMTypeRef wt = ze_storage_type(e, s->dq->dt[st]);
  bool contiguous = ze_is_vec(f) && aff && stride == 1;
  if (contiguous) {
    LLVMValueRef i0[ZO_MAX_RANK];
    for (int d = 0; d < rank; d++) i0[d] = d == ax ? idx[d] : index_kid(s, i, d, M_LANE0, s->dq->shape[st][d]);
    /* idx[ax] is uniform here (a scalar) */
    f0 = flatten(s, st, i0);
  }
  char nm[64];
  snprintf(nm, sizeof nm, "%s.word", s->dq->sname[st]);
  LLVMValueRef lo = load_raw(s, st, f, f0, nm);
  bool node_wide = s->info[i].wide;
  LLVMValueRef val;
  if (wb % w == 0 && multiple_of(s, offn, w)) {
    /* the field lies in one word: shift and mask in the word's own width */
    LLVMValueRef sh = LLVMBuildTrunc(e->B, pos, ze_is_vec(pos) ? LLVMVectorType(wt, LLVMGetVectorSize(LLVMTypeOf(pos))) : wt, "");
    same_shape(s, &lo, &sh);
    LLVMValueRef v = LLVMBuildLShr(e->B, lo, sh, "");
    if (w < wb) v = LLVMBuildAnd(e->B, v, cst(s, v, wt, ((int64_t)1 << w) - 1), "");
    LLVMTypeRef want = int_t(s, node_wide);
    if (ze_is_vec(v)) want = LLVMVectorType(want, LLVMGetVectorSize(LLVMTypeOf(v)));
    unsigned have = LLVMGetIntTypeWidth(wt), wantw = node_wide ? 64 : 32;
    val = have < wantw ? LLVMBuildZExt(e->B, v, want, "") : have > wantw ? LLVMBuildTrunc(e->B, v, want, "") : v;
  } else {
    /* may cross into the next word along the stream axis: read it too (the
       same word when the field does not cross, so the read stays in bounds) */
    ZO_ASSERT(wb <= 32);
    LLVMValueRef need = LLVMBuildICmp(e->B, LLVMIntSGT, LLVMBuildAdd(e->B, pos, cst(s, pos, e->t64, w), ""),
                                      cst(s, pos, e->t64, wb), "cross");
    int64_t axs = dim_stride(s->dq, st, ax);
    LLVMValueRef step = LLVMBuildSelect(e->B, need, cst(s, need, e->t64, axs), cst(s, need, e->t64, 0), "");
    LLVMValueRef fh = f, fh0 = NULL;
    LLVMValueRef st2 = step;
    same_shape(s, &fh, &st2);
    fh = LLVMBuildAdd(e->B, fh, st2, "");
    if (f0) fh0 = LLVMBuildAdd(e->B, f0, step, "");
    LLVMValueRef hi = load_raw(s, st, fh, fh0, "");
    LLVMTypeRef t64 = ze_is_vec(lo) ? ze_vec(e, e->t64) : e->t64;
    LLVMValueRef lo64 = LLVMBuildZExt(e->B, lo, t64, ""), hi64 = LLVMBuildZExt(e->B, hi, t64, "");
    LLVMValueRef both = LLVMBuildOr(e->B, lo64, LLVMBuildShl(e->B, hi64, cst(s, hi64, e->t64, wb), ""), "");
    LLVMValueRef p2 = pos;
    same_shape(s, &both, &p2);
    LLVMValueRef v = LLVMBuildLShr(e->B, both, p2, "");
    v = LLVMBuildAnd(e->B, v, cst(s, v, e->t64, ((int64_t)1 << w) - 1), "");
    val = as_int(s, v, node_wide);
  }
  snprintf(nm, sizeof nm, "%s.bits", s->dq->sname[st]);
  LLVMSetValueName2(val, nm, strlen(nm));
  return val;
}

static LLVMValueRef emit_table(SxCtx *s, int i, int mode) {
  Emit *e = s->e;
  const Sx *x = s->info[i].x;
  const FormatTable *t = &s->dq->fmt->table[x->ref];
  LLVMValueRef g = ze_const_table(e, e->tf, t->vals, t->len, t->name);
  LLVMValueRef base = LLVMBuildBitCast(e->B, g, e->tpf, "");
  LLVMValueRef idx = index_kid(s, i, 0, mode == M_LANE0 ? M_LANE0 : M_IND, t->len);
  if (!ze_is_vec(idx)) return ze_load_f32(e, ZO_DT_F32, base, idx, t->name);
  return ze_vgather_raw(e, ZO_DT_F32, base, idx, t->name);
}

/* the i64 constant c in v's shape */
static LLVMValueRef i64_like(SxCtx *s, LLVMValueRef v, int64_t c) {
  LLVMValueRef k = ze_int(s->e->t64, c);
  return ze_is_vec(v) ? ze_splat(s->e, k, "") : k;
}

/* lo <= v <= hi, v an i64 (scalar or vector) */
static LLVMValueRef clamp64(SxCtx *s, LLVMValueRef v, int64_t lo, int64_t hi) {
  LLVMBuilderRef B = s->e->B;
  LLVMValueRef l = i64_like(s, v, lo), h = i64_like(s, v, hi);
  v = LLVMBuildSelect(B, LLVMBuildICmp(B, LLVMIntSLT, v, l, ""), l, v, "");
  return LLVMBuildSelect(B, LLVMBuildICmp(B, LLVMIntSGT, v, h, ""), h, v, "");
}

/* exp2(e), e an integer: 2^e1 · 2^e2 built from exponent bits, e1 = e in
   f32's normal range [-126, 127], e2 = e - e1 clamped the same; the one
   rounding is the product's, so 2^e is exact down to 2^-149, 0 below and
   inf past 2^127, as zo_sx_eval and the CUDA generator compute it. */
static LLVMValueRef emit_exp2(SxCtx *s, int i, int mode) {
  Emit *e = s->e;
  LLVMValueRef v = as_int(s, emit(s, node_of(s, s->info[i].x->kids[0]), mode), true);
  LLVMValueRef e1 = clamp64(s, v, -126, 127), e2 = clamp64(s, LLVMBuildSub(e->B, v, e1, ""), -126, 127), f[2];
  LLVMTypeRef ti = ze_is_vec(v) ? ze_vec(e, e->t32) : e->t32, tf = ze_is_vec(v) ? ze_vec(e, e->tf) : e->tf;
  for (int j = 0; j < 2; j++) {
    LLVMValueRef b = LLVMBuildShl(e->B, LLVMBuildAdd(e->B, j ? e2 : e1, i64_like(s, v, 127), ""), i64_like(s, v, 23), "");
    f[j] = LLVMBuildBitCast(e->B, LLVMBuildTrunc(e->B, b, ti, ""), tf, "");
  }
  return LLVMBuildFMul(e->B, f[0], f[1], "exp2");
}

static LLVMValueRef emit_arith(SxCtx *s, int i, int mode) {
  Emit *e = s->e;
  const DqNode *in = &s->info[i];
  const Sx *x = in->x;
  int km = mode;
  LLVMValueRef a = emit(s, node_of(s, x->kids[0]), km);
  if (x->kind == SX_NEG) return in->is_int ? LLVMBuildNeg(e->B, as_int(s, a, in->wide), "") : LLVMBuildFNeg(e->B, as_float(s, a), "");
  LLVMValueRef b = emit(s, node_of(s, x->kids[1]), km);
  same_shape(s, &a, &b);
  if (!in->is_int) {
    a = as_float(s, a);
    b = as_float(s, b);
    switch (x->kind) {
    case SX_ADD: return LLVMBuildFAdd(e->B, a, b, "");
    case SX_SUB: return LLVMBuildFSub(e->B, a, b, "");
    case SX_MUL: return LLVMBuildFMul(e->B, a, b, "");
    case SX_DIV: return LLVMBuildFDiv(e->B, a, b, "");
    default: ZO_BUG("float %d in a dequant", x->kind);
    }
  }
  const DqNode *ka = kid(s, i, 0), *kb = kid(s, i, 1);
  bool wide = in->wide || ka->wide || kb->wide;
  a = as_int(s, a, wide);
  b = as_int(s, b, wide);
  bool nonneg = ka->lo >= 0 && kb->lo > 0;
  LLVMValueRef r;
  switch (x->kind) {
  case SX_ADD: r = LLVMBuildAdd(e->B, a, b, ""); break;
  case SX_SUB: r = LLVMBuildSub(e->B, a, b, ""); break;
  case SX_MUL: r = LLVMBuildMul(e->B, a, b, ""); break;
  case SX_AND: r = LLVMBuildAnd(e->B, a, b, ""); break;
  case SX_OR: r = LLVMBuildOr(e->B, a, b, ""); break;
  case SX_SHL: r = LLVMBuildShl(e->B, a, b, ""); break;
  case SX_SHR: r = LLVMBuildAShr(e->B, a, b, ""); break;
  case SX_DIV:
  case SX_MOD:
    if (nonneg) {
      r = x->kind == SX_DIV ? LLVMBuildUDiv(e->B, a, b, "") : LLVMBuildURem(e->B, a, b, "");
    } else {
      /* flooring division and modulo, as zo_sx_eval */
      LLVMValueRef q = LLVMBuildSDiv(e->B, a, b, ""), m = LLVMBuildSRem(e->B, a, b, "");
      LLVMValueRef zero = cst(s, m, LLVMGetTypeKind(LLVMTypeOf(m)) == LLVMVectorTypeKind ? LLVMGetElementType(LLVMTypeOf(m)) : LLVMTypeOf(m), 0);
      LLVMValueRef nz = LLVMBuildICmp(e->B, LLVMIntNE, m, zero, "");
      LLVMValueRef sgn = LLVMBuildICmp(e->B, LLVMIntNE, LLVMBuildICmp(e->B, LLVMIntSLT, m, zero, ""),
                                       LLVMBuildICmp(e->B, LLVMIntSLT, b, zero, ""), "");
      LLVMValueRef fix = LLVMBuildAnd(e->B, nz, sgn, "");
      if (x->kind == SX_DIV) r = LLVMBuildSub(e->B, q, LLVMBuildZExt(e->B, fix, LLVMTypeOf(q), ""), "");
      else r = LLVMBuildAdd(e->B, m, LLVMBuildSelect(e->B, fix, b, zero, ""), "");
    }
    break;
  default: ZO_BUG("sx kind %d", x->kind);
  }
  return as_int(s, r, in->wide);
}

static LLVMValueRef emit(SxCtx *s, int i, int mode) {
  Emit *e = s->e;
  const DqNode *in = &s->info[i];
  if (!in->signdep && mode < M_IND) mode = M_IND;
  if (!(in->deps & 2) && mode == M_LANE0) mode = M_IND;
  if (in->hoist >= 0 && i != s->computing) {
    int h = in->hoist;
    LLVMValueRef v = ze_get(e, s->hvar[h][in->signdep ? (mode == M_NEG) : 0], "");
    if (mode == M_LANE0) v = LLVMBuildExtractElement(e->B, v, ze_i32(e, 0), "");
    return v;
  }
  if (s->cache[i][mode]) return s->cache[i][mode];
  const Sx *x = in->x;
  LLVMValueRef v;
  switch (x->kind) {
  case SX_NUM: v = in->is_int ? ze_int(int_t(s, in->wide), in->lo) : ze_f32(e, x->num); break;
  case SX_VAR:
    if (x->var == 0) v = as_int(s, s->k, in->wide);
    else if (x->var == 1) {
      LLVMValueRef n0 = as_int(s, s->n0, in->wide);
      v = mode == M_LANE0 ? n0 : LLVMBuildAdd(e->B, ze_splat(e, n0, ""), ze_iota(e, int_t(s, in->wide)), "n");
    } else v = ze_int(int_t(s, in->wide), in->lo);
    break;
  case SX_LOAD: v = emit_load(s, i, mode); break;
  case SX_BITS: v = emit_bits(s, i, mode); break;
  case SX_TABLE: v = emit_table(s, i, mode); break;
  case SX_EXP2: v = emit_exp2(s, i, mode); break;
  default: v = emit_arith(s, i, mode); break;
  }
  s->cache[i][mode] = v;
  return v;
}

static void clear_cache(SxCtx *s) {
  memset(s->cache, 0, sizeof s->cache);
  memset(s->zcache, 0, sizeof s->zcache);
}

/* computes hoisted node h (both signs) into its variables */
static void compute_hoist(SxCtx *s, int h) {
  int i = s->hnode[h];
  const DqNode *in = &s->info[i];
  s->computing = i;
  for (int sl = 0; sl < (in->signdep ? 2 : 1); sl++) {
    LLVMValueRef v = emit(s, i, in->signdep ? sl : M_IND);
    v = ze_splat(s->e, v, "");
    ze_set(s->e, s->hvar[h][sl], v);
  }
  s->computing = -1;
}

static bool keyed(SxCtx *s, int h) {
  /* a hoisted node depending on k (through its key) */
  return (s->info[s->hnode[h]].deps & 1) != 0;
}

/* the z prologue: for each small separable perturbed storage, z of every
 * element in the block's columns (row-major over the other dims) */
static void prologue(SxCtx *s) {
  Emit *e = s->e;
  const KPlan *p = s->p;
  for (int st = 0; st < s->dq->nstorage; st++) {
    if (!z_prologue(s, st)) continue;
    int dn = p->z_dim[st];
    int64_t rows = p->z_rows[st], cstride = dim_stride(s->dq, st, dn);
    LLVMValueRef zb = zbuf(s, st);
    ZIf pz = ze_if(e, s->pert, "zpro");
    ZLoop r = ze_for(e, ze_i64(e, 0), ze_i64(e, rows), NULL, "zrow");
    {
      /* unravel the row over the other dims, innermost last */
      LLVMValueRef rem = r.iv, f = LLVMBuildMul(e->B, s->n0, ze_i64(e, cstride), "");
      for (int d = s->dq->rank[st] - 1; d >= 0; d--) {
        if (d == dn) continue;
        int64_t ext = s->dq->shape[st][d];
        LLVMValueRef id = LLVMBuildURem(e->B, rem, ze_i64(e, ext), "");
        rem = LLVMBuildUDiv(e->B, rem, ze_i64(e, ext), "");
        f = LLVMBuildAdd(e->B, f, LLVMBuildMul(e->B, id, ze_i64(e, dim_stride(s->dq, st, d)), ""), "");
      }
      LLVMValueRef out = LLVMBuildInBoundsGEP2(e->B, e->tf, zb, (LLVMValueRef[]){LLVMBuildMul(e->B, r.iv, ze_i64(e, e->nb), "")}, 1, "");
      LLVMValueRef fv = LLVMBuildAdd(e->B, ze_splat(e, f, ""),
                                     LLVMBuildMul(e->B, ze_iota(e, e->t64), ze_splat(e, ze_i64(e, cstride), ""), ""), "");
      ze_vstore(e, out, ze_i64(e, 0), ze_rng_vec(e, s->seed, s->stream[st], fv, "z"));
    }
    ze_for_end(e, &r);
    ze_endif(e, &pz);
  }
}

void zs_prologue(SxCtx *s) { prologue(s); }

void zs_set_pert(SxCtx *s, LLVMValueRef seed, LLVMValueRef pert, LLVMValueRef e0, LLVMValueRef e1) {
  s->seed = seed;
  s->pert = pert;
  s->eps[0] = e0;
  s->eps[1] = e1;
}

void zs_set_block(SxCtx *s, LLVMValueRef n0, LLVMValueRef zbase) {
  s->n0 = n0;
  s->zbase = zbase;
  clear_cache(s);
}

void zs_begin(SxCtx *s) {
  /* hoisted values without a key: once per block; keyed ones start empty */
  clear_cache(s);
  s->k = ze_i64(s->e, 0);
  for (int h = 0; h < s->nhoist; h++) {
    if (keyed(s, h)) continue;
    clear_cache(s);
    compute_hoist(s, h);
  }
  zs_reset(s);
  clear_cache(s);
}

void zs_reset(SxCtx *s) {
  Emit *e = s->e;
  if (s->nkey) ze_set(e, s->have_key, LLVMConstInt(e->t1, 0, 0));
  for (int h = 0; h < s->nhoist; h++) {
    if (!keyed(s, h)) continue;
    const DqNode *in = &s->info[s->hnode[h]];
    for (int sl = 0; sl < (in->signdep ? 2 : 1); sl++)
      ze_set(e, s->hvar[h][sl], LLVMConstNull(LLVMGetAllocatedType(s->hvar[h][sl])));
  }
}

void zs_at_k(SxCtx *s, LLVMValueRef k, void (*flush)(void *), void *ctx) {
  Emit *e = s->e;
  clear_cache(s);
  s->k = k;
  if (!s->nkey) return;
  LLVMValueRef changed = LLVMBuildNot(e->B, ze_get(e, s->have_key, "have"), "");
  LLVMValueRef kv[MAXKEY];
  for (int j = 0; j < s->nkey; j++) {
    const DqNode *in = &s->info[s->knode[j]];
    LLVMValueRef v = emit(s, s->knode[j], M_IND);
    char nm[32];
    snprintf(nm, sizeof nm, "key%d.now", j);
    kv[j] = in->is_int ? as_int(s, v, true) : v;
    LLVMSetValueName2(kv[j], nm, strlen(nm));
    LLVMValueRef old = ze_get(e, s->kvar[j], "");
    LLVMValueRef ne = in->is_int ? LLVMBuildICmp(e->B, LLVMIntNE, kv[j], old, "")
                                 : LLVMBuildFCmp(e->B, LLVMRealUNE, kv[j], old, "");
    changed = LLVMBuildOr(e->B, changed, ne, "key.changed");
  }
  LLVMValueRef saved[MAXN][M_COUNT], zsaved[MAXN];
  memcpy(saved, s->cache, sizeof saved);
  memcpy(zsaved, s->zcache, sizeof zsaved);
  ZIf c = ze_if(e, changed, "rekey");
  if (flush) flush(ctx);
  for (int j = 0; j < s->nkey; j++) ze_set(e, s->kvar[j], kv[j]);
  ze_set(e, s->have_key, LLVMConstInt(e->t1, 1, 0));
  for (int h = 0; h < s->nhoist; h++)
    if (keyed(s, h)) compute_hoist(s, h);
  ze_endif(e, &c);
  memcpy(s->cache, saved, sizeof saved);
  memcpy(s->zcache, zsaved, sizeof zsaved);
}

LLVMValueRef zs_w(SxCtx *s, int slot) {
  LLVMValueRef v = as_float(s, emit(s, 0, slot));
  return ze_splat(s->e, v, slot ? "w.neg" : "w");
}

LLVMValueRef zs_rest(SxCtx *s) {
  ZO_ASSERT(s->an->factored);
  return ze_splat(s->e, as_float(s, emit(s, s->an->f_a >= 0 ? s->an->f_a : s->an->f_r, M_IND)), "r");
}

LLVMValueRef zs_zero(SxCtx *s) {
  if (s->an->f_z < 0) return NULL;
  return ze_splat(s->e, as_float(s, emit(s, s->an->f_z, M_IND)), "zero");
}

LLVMValueRef zs_key_change(SxCtx *s, LLVMValueRef k) {
  Emit *e = s->e;
  clear_cache(s);
  s->k = k;
  LLVMValueRef changed = LLVMConstInt(e->t1, 0, 0);
  for (int j = 0; j < s->nkey; j++) {
    const DqNode *in = &s->info[s->knode[j]];
    LLVMValueRef v = emit(s, s->knode[j], M_IND);
    LLVMValueRef kv = in->is_int ? as_int(s, v, true) : v;
    LLVMValueRef old = ze_get(e, s->kvar[j], "");
    LLVMValueRef ne = in->is_int ? LLVMBuildICmp(e->B, LLVMIntNE, kv, old, "")
                                 : LLVMBuildFCmp(e->B, LLVMRealUNE, kv, old, "");
    changed = LLVMBuildOr(e->B, changed, ne, "key.changed");
    ze_set(e, s->kvar[j], kv);
  }
  clear_cache(s);
  return changed;
}

bool zs_has_keys(const SxCtx *s) { return s->nkey > 0; }
bool zs_affine(const SxCtx *s) { return s->an->f_z >= 0; }

void zs_hoist_at(SxCtx *s, LLVMValueRef k) {
  clear_cache(s);
  s->k = k;
  for (int h = 0; h < s->nhoist; h++)
    if (keyed(s, h)) compute_hoist(s, h);
  clear_cache(s);
}

/* prefetch the contiguous loads of the element part of W at k (lane 0 .. nb) */
void zs_prefetch(SxCtx *s, LLVMValueRef k) {
  Emit *e = s->e;
  clear_cache(s);
  s->k = k;
  for (int i = 0; i < s->n; i++) {
    const DqNode *in = &s->info[i];
    const Sx *x = in->x;
    if ((x->kind != SX_LOAD && x->kind != SX_BITS) || !(in->deps & 1) || !(in->deps & 2) || in->kdirect == false) continue;
    if (in->hoist >= 0) continue;
    int st = x->ref, rank = s->dq->rank[st];
    LLVMValueRef i0[ZO_MAX_RANK];
    bool ok = true;
    for (int d = 0; d < rank && ok; d++) {
      if (x->kind == SX_BITS && d == x->axis) {
        int offn = node_of(s, x->kids[rank]);
        int64_t sd;
        if (!affine(s, offn, &sd) || sd != 0) { ok = false; break; }
        int64_t wb = (int64_t)zo_dtype_size(s->dq->dt[st]) * 8;
        LLVMValueRef off = as_int(s, emit(s, offn, M_IND), true);
        i0[d] = LLVMBuildSDiv(e->B, off, ze_i64(e, wb), "");
        continue;
      }
      int kn = node_of(s, x->kids[d]);
      int64_t sd;
      if (!affine(s, kn, &sd) || s->info[kn].datadep) { ok = false; break; }
      i0[d] = index_kid(s, i, d, M_LANE0, s->dq->shape[st][d]);
    }
    if (!ok) continue;
    LLVMValueRef f0 = flatten(s, st, i0);
    /* stay inside the storage: clamp the prefetched element */
    int64_t ne = 1;
    for (int d = 0; d < rank; d++) ne *= s->dq->shape[st][d];
    f0 = ze_min(e, f0, ze_i64(e, ne - 1), "");
    LLVMTypeRef t = ze_storage_type(e, s->dq->dt[st]);
    LLVMValueRef ptr = LLVMBuildInBoundsGEP2(e->B, t, s->base[st], &f0, 1, "");
    ptr = LLVMBuildBitCast(e->B, ptr, e->tp8, "");
    LLVMTypeRef pt = e->tp8, ft;
    unsigned id = LLVMLookupIntrinsicID("llvm.prefetch", 13);
    LLVMValueRef fn = LLVMGetIntrinsicDeclaration(e->M, id, &pt, 1);
    ft = LLVMIntrinsicGetType(e->C, id, &pt, 1);
    LLVMValueRef args[4] = {ptr, ze_i32(e, 0), ze_i32(e, 3), ze_i32(e, 1)};
    LLVMBuildCall2(e->B, ft, fn, args, 4, "");
  }
  clear_cache(s);
}

void zs_at(SxCtx *s, LLVMValueRef k) {
  clear_cache(s);
  s->k = k;
}

LLVMValueRef zs_factor(SxCtx *s, int slot) {
  ZO_ASSERT(s->an->factored);
  const DqNode *in = &s->info[s->an->f_h];
  return ze_get(s->e, s->hvar[in->hoist][in->signdep ? slot : 0], slot ? "h.neg" : "h");
}
