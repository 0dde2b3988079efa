/* randw.c — random checkpoints shaped like a compiled model (see randw.h).
 *
 * Approach: one pass over the WEIGHT values of the flat block. Every tensor
 * draws from its own splitmix64 stream seeded by (seed, FNV-1a of its name),
 * so a tensor's values depend on the seed and its name only, not on the order
 * of the model or on the other tensors. A formatted weight whose format name
 * is one of the known quantizers is produced by that quantizer, but only after
 * its storage list is checked to be the layout the quantizer writes (names,
 * dtypes, shapes); otherwise the generic filler reads the format's declaration
 * (roles, and the dequant tree to find index storage).
 *
 * The storages are lent to the safetensors writer and freed once the file is
 * written, so the checkpoint is held in memory once: all of it, with the
 * largest weight's f32 values, is checked against what the machine has
 * before the first is made (support/memfit.h).
 */
#include "runtime/randw.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "runtime/convert.h"
#include "runtime/quant.h"
#include "runtime/safetensors.h"
#include "runtime/weights.h"
#include "support/memfit.h"

/* ---- memory: every buffer here is as large as the model's -D values make
   it; zo_random_weights checks the whole first, and a buffer that still
   cannot be had is NULL after a message (OOM below), never an abort */
#define OOM (-2)

static void *buffer(int64_t n, int64_t elem) { return zo_mem_alloc(zo_mem_mul(n > 0 ? n : 1, elem), "random weights"); }

/* ---- randomness */
static float *normals(uint64_t *r, int64_t n, double mean, double std) {
  float *x = buffer(n, sizeof(float));
  if (!x) return NULL;
  for (int64_t i = 0; i < n; i++) x[i] = (float)(mean + std * zo_splitmix_normal(r));
  return x;
}

/* ---- the storages of one weight, collected before they are written */
typedef struct Out {
  void *data[ZO_MAX_STORAGE];   /* malloc'd, storage dtype, row-major */
} Out;

/* storage s of v, zeroed; NULL after a message */
static void *alloc_storage(const Value *v, int s) {
  int64_t bytes = zo_mem_mul(zo_weight_storage_numel(v, s), (int64_t)zo_dtype_size(zo_weight_storage_dtype(v, s)));
  void *p = buffer(bytes, 1);
  if (p) memset(p, 0, (size_t)(bytes > 0 ? bytes : 1));
  return p;
}

/* storages s of o, made; false (OOM) if one cannot be */
static bool alloc_storages(const Value *v, Out *o, const int *which, int n) {
  for (int i = 0; i < n; i++)
    if (!(o->data[which[i]] = alloc_storage(v, which[i]))) return false;
  return true;
}

static double fparam(const FormatInst *fi, const char *name, double dflt) {
  for (int i = 0; i < fi->nparams; i++)
    if (strcmp(fi->pname[i], name) == 0) return fi->pval[i];
  return dflt;
}

/* The storage called name with this dtype (NONE: any float) and shape; -1 if
 * the format has no such storage. */
static int want_storage(const Value *v, const char *name, DType dt, int rank, const int64_t *shape) {
  const FormatInst *fi = v->type.fmt;
  for (int s = 0; s < fi->nstorage; s++) {
    if (strcmp(fi->storage[s].name, name) != 0) continue;
    DType have = fi->storage[s].dtype;
    if (dt == ZO_DT_NONE ? !zo_dtype_is_float(have) : have != dt) return -1;
    if (v->w->rank[s] != rank) return -1;
    for (int d = 0; d < rank; d++)
      if (v->w->shape[s][d] != shape[d]) return -1;
    return s;
  }
  return -1;
}

#define SHAPE(...) ((const int64_t[]){__VA_ARGS__})

/* ---- the known quantizers. Each returns 1 (done), 0 (the layout is not the
 * one it writes: use the generic filler) or -1 (failed, message given). */

static int gen_gptq(const Value *v, uint64_t *r, Out *o) {
  const FormatInst *fi = v->type.fmt;
  int64_t K = v->w->K, N = v->w->N;
  int bits = (int)fparam(fi, "bits", 4);
  int64_t G = (int64_t)fparam(fi, "G", 128);
  bool sym = fparam(fi, "sym", 0) != 0;
  if (fi->nstorage != 4 || (bits != 2 && bits != 3 && bits != 4 && bits != 8) || G <= 0 || K * bits % 32 ||
      N * bits % 32)
    return 0;
  int64_t ng = zo_gptq_ngroups(K, G);
  int sq = want_storage(v, "qweight", ZO_DT_I32, 2, SHAPE(K * bits / 32, N));
  int sz = want_storage(v, "qzeros", ZO_DT_I32, 2, SHAPE(ng, N * bits / 32));
  int ss = want_storage(v, "scales", ZO_DT_F16, 2, SHAPE(ng, N));
  int sg = want_storage(v, "g_idx", ZO_DT_I32, 1, SHAPE(K));
  if (sq < 0 || sz < 0 || ss < 0 || sg < 0) return 0;
  float *W = normals(r, K * N, 0, 1 / sqrt((double)K));
  if (!W || !alloc_storages(v, o, (const int[]){0, 1, 2, 3}, 4)) {
    free(W);
    return OOM;
  }
  int rc = zo_gptq_quantize(W, K, N, bits, G, sym, NULL, o->data[sq], o->data[sz], o->data[ss], o->data[sg]);
  free(W);
  return rc == 0 ? 1 : -1;
}

/* scale of dtype dt from f32 values (int8 and fp8 quantize with an f32 or f16 scale) */
static void put_scale(DType dt, const float *s, void *dst, int64_t n) { zo_convert_from_f32(dt, s, dst, (size_t)n); }

static int gen_int8(const Value *v, uint64_t *r, Out *o) {
  int64_t K = v->w->K, N = v->w->N;
  int sq = want_storage(v, "weight", ZO_DT_I8, 2, SHAPE(N, K));
  int ss = want_storage(v, "weight_scale", ZO_DT_NONE, 1, SHAPE(N));
  if (v->type.fmt->nstorage != 2 || sq < 0 || ss < 0) return 0;
  DType sdt = v->type.fmt->storage[ss].dtype;
  float *W = normals(r, N * K, 0, 1 / sqrt((double)K));
  if (!W || !alloc_storages(v, o, (const int[]){sq, ss}, 2)) {
    free(W);
    return OOM;
  }
  int rc;
  if (sdt == ZO_DT_F32 || sdt == ZO_DT_F16) {
    rc = zo_int8_quantize(W, N, K, o->data[sq], sdt, o->data[ss]);
  } else {
    float *sc = buffer(N, sizeof(float));
    if (!sc) {
      free(W);
      return OOM;
    }
    rc = zo_int8_quantize(W, N, K, o->data[sq], ZO_DT_F32, sc);
    put_scale(sdt, sc, o->data[ss], N);
    free(sc);
  }
  free(W);
  return rc == 0 ? 1 : -1;
}

static int gen_fp8(const Value *v, uint64_t *r, Out *o) {
  int64_t K = v->w->K, N = v->w->N;
  int sq = want_storage(v, "weight", ZO_DT_F8E4M3, 2, SHAPE(N, K));
  int ss = want_storage(v, "weight_scale", ZO_DT_NONE, 1, SHAPE(N));
  if (v->type.fmt->nstorage != 2 || sq < 0 || ss < 0) return 0;
  float *W = normals(r, N * K, 0, 1 / sqrt((double)K));
  float *sc = buffer(N, sizeof(float));
  if (!W || !sc || !alloc_storages(v, o, (const int[]){sq, ss}, 2)) {
    free(W);
    free(sc);
    return OOM;
  }
  int rc = zo_fp8_quantize(W, N, K, o->data[sq], sc);
  put_scale(v->type.fmt->storage[ss].dtype, sc, o->data[ss], N);
  free(sc);
  free(W);
  return rc == 0 ? 1 : -1;
}

static int gen_nf4(const Value *v, uint64_t *r, Out *o) {
  int64_t K = v->w->K, N = v->w->N, n = N * K;
  int64_t block = (int64_t)fparam(v->type.fmt, "blocksize", ZO_NF4_BLOCK);
  if (block <= 0) return 0;
  int sq = want_storage(v, "weight", ZO_DT_U8, 2, SHAPE((n + 1) / 2, 1));
  int sa = want_storage(v, "absmax", ZO_DT_F32, 1, SHAPE((n + block - 1) / block));
  if (v->type.fmt->nstorage != 2 || sq < 0 || sa < 0) return 0;
  float *W = normals(r, n, 0, 1 / sqrt((double)K));
  if (!W || !alloc_storages(v, o, (const int[]){sq, sa}, 2)) {
    free(W);
    return OOM;
  }
  int rc = zo_nf4_quantize(W, (size_t)n, block, o->data[sq], o->data[sa]);
  free(W);
  return rc == 0 ? 1 : -1;
}

/* mxfp4: random E2M1 codes (|x| ~2.4 on average) and E8M0 exponents near
 * 2^-log2(2.4·sqrt(K)), so W ~ 1/sqrt(K) as the other formats' (random bytes
 * as exponents would reach 2^128) */
static int gen_mxfp4(const Value *v, uint64_t *r, Out *o) {
  int64_t K = v->w->K, N = v->w->N, G = (int64_t)fparam(v->type.fmt, "G", 32);
  if (G <= 0 || K % G || K % 2) return 0;
  int sq = want_storage(v, "weight", ZO_DT_U8, 2, SHAPE(N, K / 2));
  int ss = want_storage(v, "weight_scale", ZO_DT_U8, 2, SHAPE(N, K / G));
  if (v->type.fmt->nstorage != 2 || sq < 0 || ss < 0) return 0;
  if (!alloc_storages(v, o, (const int[]){sq, ss}, 2)) return OOM;
  unsigned char *q = o->data[sq], *sc = o->data[ss];
  for (int64_t i = 0; i < N * K / 2; i++) q[i] = (unsigned char)(zo_splitmix64(r) >> 56);
  int base = 127 - (int)lround(log2(2.4 * sqrt((double)K)));
  for (int64_t i = 0; i < N * K / G; i++) sc[i] = (unsigned char)(base - (int)(zo_splitmix64(r) >> 63));
  return 1;
}

static int gen_aqlm(const Value *v, uint64_t *r, Out *o) {
  int64_t K = v->w->K, N = v->w->N;
  if (K % 8) return 0;
  int sc = want_storage(v, "codes", ZO_DT_I16, 3, SHAPE(N, K / 8, 1));
  int sb = want_storage(v, "codebooks", ZO_DT_NONE, 4, SHAPE(1, 65536, 1, 8));
  int ss = want_storage(v, "scales", ZO_DT_NONE, 4, SHAPE(N, 1, 1, 1));
  if (v->type.fmt->nstorage != 3 || sc < 0 || sb < 0 || ss < 0) return 0;
  uint16_t *cb = buffer(65536 * 8, sizeof(uint16_t)), *scl = buffer(N, sizeof(uint16_t));
  float *tmp = buffer(N > 65536 * 8 ? N : 65536 * 8, sizeof(float));
  if (!cb || !scl || !tmp || !alloc_storages(v, o, (const int[]){sc, sb, ss}, 3)) {
    free(cb);
    free(scl);
    free(tmp);
    return OOM;
  }
  zo_aqlm_random(zo_splitmix64(r), N, K, (float)(1 / sqrt((double)K)), o->data[sc], cb, scl);
  /* the reference draws f16 codebooks and scales; another dtype gets the same values converted */
  zo_f16_to_f32_array(cb, tmp, (size_t)65536 * 8);
  zo_convert_from_f32(v->type.fmt->storage[sb].dtype, tmp, o->data[sb], (size_t)65536 * 8);
  zo_f16_to_f32_array(scl, tmp, (size_t)N);
  zo_convert_from_f32(v->type.fmt->storage[ss].dtype, tmp, o->data[ss], (size_t)N);
  free(tmp);
  free(cb);
  free(scl);
  return 1;
}

/* linear: [N, K] (nn.Linear); conv1d: [K, N] (GPT-2's Conv1D) */
static int gen_dense(const Value *v, uint64_t *r, Out *o, bool transposed) {
  int64_t K = v->w->K, N = v->w->N;
  int s = want_storage(v, "weight", ZO_DT_NONE, 2, transposed ? SHAPE(N, K) : SHAPE(K, N));
  if (v->type.fmt->nstorage != 1 || s < 0) return 0;
  float *W = normals(r, K * N, 0, 1 / sqrt((double)K));
  if (!W || !(o->data[s] = alloc_storage(v, s))) {
    free(W);
    return OOM;
  }
  zo_convert_from_f32(v->type.fmt->storage[s].dtype, W, o->data[s], (size_t)(K * N));
  free(W);
  return 1;
}

/* ---- the generic filler */

/* range[t]: the smallest dimension storage t indexes (a load of t inside an
 * index of another load, or inside a table lookup); 0: t is not an index. */
static void collect_loads(const Sx *e, int64_t range, int64_t *out) {
  if (!e) return;
  if (e->kind == SX_LOAD && (out[e->ref] == 0 || range < out[e->ref])) out[e->ref] = range;
  for (int i = 0; i < e->nkids; i++) collect_loads(e->kids[i], range, out);
}

static void index_ranges(const Sx *e, const FormatInst *fi, const Weight *w, int64_t *out) {
  if (!e) return;
  if (e->kind == SX_LOAD || e->kind == SX_BITS) {
    int rank = w->rank[e->ref];
    for (int d = 0; d < rank && d < e->nkids; d++) {
      if (!e->kids[d]) continue;
      int64_t len = w->shape[e->ref][d];
      if (e->kind == SX_BITS && d == e->axis) continue;
      collect_loads(e->kids[d], len, out);
    }
  } else if (e->kind == SX_TABLE) {
    collect_loads(e->kids[0], fi->table[e->ref].len, out);
  }
  for (int i = 0; i < e->nkids; i++) index_ranges(e->kids[i], fi, w, out);
}

static int gen_generic(const Value *v, uint64_t *r, Out *o) {
  const FormatInst *fi = v->type.fmt;
  int64_t range[ZO_MAX_STORAGE] = {0};
  index_ranges(fi->dequant, fi, v->w, range);
  for (int s = 0; s < fi->nstorage; s++) {
    DType dt = fi->storage[s].dtype;
    int64_t n = zo_weight_storage_numel(v, s);
    if (!(o->data[s] = alloc_storage(v, s))) return OOM;
    if (zo_dtype_is_float(dt)) {
      float *x;
      if (fi->storage[s].role == ZO_ROLE_SCALE || fi->storage[s].meta_tensor) {   /* metadata: an offset, a scale */
        if (!(x = buffer(n, sizeof(float)))) return OOM;
        for (int64_t i = 0; i < n; i++) x[i] = (float)(0.1 / sqrt((double)v->w->K) * (0.5 + zo_splitmix_unit(r)));
      } else if (!(x = normals(r, n, 0, 1))) {
        return OOM;
      }
      zo_convert_from_f32(dt, x, o->data[s], (size_t)n);
      free(x);
    } else if (range[s] > 0) {
      /* valid indices spread evenly: i·range/len (g_idx gets k / G), in 128 bits (i·range may pass 2^63) */
      float *x = buffer(n, sizeof(float));
      if (!x) return OOM;
      for (int64_t i = 0; i < n; i++) x[i] = (float)(int64_t)((__int128)i * range[s] / n);
      zo_convert_from_f32(dt, x, o->data[s], (size_t)n);
      free(x);
    } else {
      unsigned char *b = o->data[s];
      size_t bytes = (size_t)n * zo_dtype_size(dt);
      for (size_t i = 0; i < bytes; i++) b[i] = (unsigned char)(zo_splitmix64(r) >> 56);
      if (dt == ZO_DT_BOOL)
        for (size_t i = 0; i < bytes; i++) b[i] &= 1;
    }
  }
  return 0;
}

/* A storage kept in metadata (json("tensor", "key")) is written as the JSON
 * object a quantizer leaves: that tensor's bytes, holding the format's
 * parameters and the key of every storage that names it; written with the
 * first such storage (NULL for the others, and for plain storages). */
static unsigned char *meta_blob(const Value *v, int s, const Out *o, int64_t *len) {
  const FormatInst *fi = v->type.fmt;
  const char *tn = fi ? fi->storage[s].meta_tensor : NULL;
  if (!tn) return NULL;
  for (int j = 0; j < s; j++)
    if (fi->storage[j].meta_tensor && strcmp(fi->storage[j].meta_tensor, tn) == 0) return NULL;
  StrBuf sb = {0};
  zo_sb_putc(&sb, '{');
  for (int j = 0; j < fi->nparams; j++) zo_sb_printf(&sb, "%s\"%s\": %.17g", j ? ", " : "", fi->pname[j], fi->pval[j]);
  for (int j = s; j < fi->nstorage; j++)
    if (fi->storage[j].meta_tensor && strcmp(fi->storage[j].meta_tensor, tn) == 0)
      zo_sb_printf(&sb, "%s\"%s\": %.9g", sb.len > 1 ? ", " : "", fi->storage[j].meta_key, *(const float *)o->data[j]);
  zo_sb_putc(&sb, '}');
  *len = (int64_t)sb.len;
  return (unsigned char *)zo_sb_take(&sb);
}

/* ---- one weight */
static int gen_weight(Func *f, const Value *v, uint64_t seed, Out *o) {
  uint64_t r = zo_splitmix_stream(seed, v->w->pattern);
  if (!v->type.fmt) {
    int64_t n = zo_weight_storage_numel(v, 0);
    if (!(o->data[0] = alloc_storage(v, 0))) return -1;
    if (zo_dtype_is_float(v->type.dtype)) {
      float *x = v->w->rank[0] == 1 ? normals(&r, n, 1, 0.05) : normals(&r, n, 0, 0.02);
      if (!x) return -1;
      zo_convert_from_f32(v->type.dtype, x, o->data[0], (size_t)n);
      free(x);
    } else {
      unsigned char *b = o->data[0];
      for (size_t i = 0; i < (size_t)n * zo_dtype_size(v->type.dtype); i++) b[i] = (unsigned char)(zo_splitmix64(&r) >> 60);
    }
    return 0;
  }
  const char *name = v->type.fmt->name;
  int done = 0;
  if (strcmp(name, "gptq") == 0) done = gen_gptq(v, &r, o);
  else if (strcmp(name, "int8") == 0) done = gen_int8(v, &r, o);
  else if (strcmp(name, "fp8") == 0) done = gen_fp8(v, &r, o);
  else if (strcmp(name, "nf4") == 0) done = gen_nf4(v, &r, o);
  else if (strcmp(name, "aqlm") == 0) done = gen_aqlm(v, &r, o);
  else if (strcmp(name, "mxfp4") == 0) done = gen_mxfp4(v, &r, o);
  else if (strcmp(name, "linear") == 0) done = gen_dense(v, &r, o, true);
  else if (strcmp(name, "conv1d") == 0) done = gen_dense(v, &r, o, false);
  if (done == OOM) return -1;   /* said already */
  if (done < 0) {
    zo_env_error(v->w->pattern, "could not quantize random weights with format %s", v->type.fmt->spelled);
    return -1;
  }
  if (done == 0) {
    for (int s = 0; s < ZO_MAX_STORAGE; s++) {
      free(o->data[s]);
      o->data[s] = NULL;
    }
    if (gen_generic(v, &r, o) == OOM) return -1;
  }
  return 0;
}

/* What making the checkpoint holds at once: every storage (the writer keeps
 * them until the file is written), and the largest weight's f32 values the
 * quantizers start from (4 MiB over, for aqlm's codebooks). The largest
 * weight into *big. */
static int64_t bytes_needed(const Func *f, const Value **big) {
  int64_t total = 0, temp = 0, most = -1;
  *big = NULL;
  for (int i = 0; i < f->body->vals.len; i++) {
    const Value *v = f->body->vals.data[i];
    if (v->op != ZO_OP_WEIGHT) continue;
    int64_t mine = 0, elems = v->type.fmt ? zo_mem_mul(v->w->K, v->w->N) : 0;
    for (int s = 0; s < v->w->nstorage; s++) {
      int64_t n = zo_weight_storage_numel(v, s);
      mine = zo_mem_add(mine, zo_mem_mul(n, (int64_t)zo_dtype_size(zo_weight_storage_dtype(v, s))));
      if (n > elems) elems = n;
    }
    total = zo_mem_add(total, mine);
    if (zo_mem_mul(elems, 4) > temp) temp = zo_mem_mul(elems, 4);
    if (mine > most) {
      most = mine;
      *big = v;
    }
  }
  return zo_mem_add(total, zo_mem_add(temp, (int64_t)4 << 20));
}

int zo_random_weights(Func *f, uint64_t seed, const char *out_path) {
  Block *b = f->body;
  const Value *big;
  int64_t need = bytes_needed(f, &big);
  if (big) {
    char what[512];
    StrBuf shape = {0};
    for (int d = 0; d < big->type.rank; d++) zo_sb_printf(&shape, "%s%lld", d ? ", " : "", (long long)big->type.dims[d].coef);
    snprintf(what, sizeof what, "random weights for model '%s' (the largest, '%s', is [%s] of %s)", f->name,
             big->name ? big->name : big->w->pattern, shape.buf,
             big->type.fmt ? big->type.fmt->spelled : zo_dtype_name(big->type.dtype));
    zo_sb_free(&shape);
    if (zo_mem_fit(what, need, "choose smaller sizes for the model's parameters (-D NAME=VALUE)") != 0) return -1;
  }
  StWriter *wr = zo_st_writer_new();
  Vec(const char *) seen = {0};
  Vec(void *) held = {0};   /* the storages, lent to the writer until it saves */
  int rc = 0;
  for (int i = 0; i < b->vals.len && rc == 0; i++) {
    const Value *v = b->vals.data[i];
    ZO_ASSERT(v->op != ZO_OP_REPEAT);
    if (v->op != ZO_OP_WEIGHT) continue;
    /* two weights may name the same checkpoint tensors (a model tying them): written once */
    bool dup = false;
    for (int j = 0; j < seen.len; j++) dup |= strcmp(seen.data[j], v->w->pattern) == 0;
    if (dup) continue;
    vec_push(&seen, v->w->pattern);
    Out o = {{0}};
    rc = gen_weight(f, v, seed, &o);
    for (int s = 0; s < v->w->nstorage && rc == 0; s++) {
      int64_t shape[ZO_MAX_RANK];
      if (v->type.fmt && v->type.fmt->storage[s].meta_tensor) {
        unsigned char *blob = meta_blob(v, s, &o, &shape[0]);
        if (blob) {
          zo_st_writer_add_borrowed(wr, zo_arena_printf(&f->arena, "%s.%s", v->w->pattern, v->type.fmt->storage[s].meta_tensor),
                                    ZO_DT_U8, 1, shape, blob);
          vec_push(&held, blob);
        }
        continue;
      }
      for (int d = 0; d < v->w->rank[s]; d++) shape[d] = v->w->shape[s][d];
      zo_st_writer_add_borrowed(wr, zo_weight_tensor_name(f, v, s), zo_weight_storage_dtype(v, s), v->w->rank[s], shape,
                                o.data[s]);
    }
    for (int s = 0; s < ZO_MAX_STORAGE; s++)
      if (o.data[s]) vec_push(&held, o.data[s]);
  }
  if (rc == 0) {
    char sbuf[32];
    snprintf(sbuf, sizeof sbuf, "%llu", (unsigned long long)seed);
    zo_st_writer_metadata(wr, "format", "pt");
    zo_st_writer_metadata(wr, "zoc_model", f->name);
    zo_st_writer_metadata(wr, "zoc_seed", sbuf);
    rc = zo_st_writer_save(wr, out_path);
  }
  zo_st_writer_free(wr);
  for (int i = 0; i < held.len; i++) free(held.data[i]);
  vec_free(&held);
  vec_free(&seen);
  return rc;
}
