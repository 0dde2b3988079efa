/* test_runtime.c — checkpoints, the reference backend and the `random-weights`
 * and `loss` verbs, mostly through the command line as a user would go.
 *
 * What is checked against what:
 *  - random-weights, for tiny (GPTQ 4-bit default, dense f32), llama, gpt2 and
 *    opt at tiny sizes and in every format (GPTQ 2/3/4/8 bits with small
 *    groups, int8, fp8, nf4, aqlm, dense f16/f32, conv1d): the official Python
 *    safetensors library reads the files, with the tensor names, dtypes and
 *    shapes of the Hugging Face models written out independently in
 *    tests/py/rt_check.py, and sane values (rt_check.py says which);
 *  - `zoc loss --device ref` on each: finite, near ln V (random models), and
 *    equal to an independent float64 numpy forward (tests/py/rt_llama.py,
 *    rt_gpt2.py, rt_opt.py, written from the HF modeling code, with their own
 *    numpy dequantization of every format) within 1e-4 relative — see
 *    LOSS_RTOL for why that bound holds with a wide margin;
 *  - GPTQ with act-order g_idx (a checkpoint quantized here with a random
 *    permutation), bits 2, 3, 4, 8: the bound weight's matrix through the
 *    format's dequant expression equals runtime/quant.h's bit-by-bit reference
 *    bit for bit, also with an explicit scale perturbation;
 *  - the perturbed forward (exec.h): ref with eps > 0 and split = B/2 equals,
 *    bit for bit, an unperturbed forward on checkpoints whose perturbed
 *    tensors were perturbed explicitly (+ for the first half, − for the
 *    second), for QZO on int8 scales + norms, and `perturb all` on a model with
 *    user-defined formats (tests/data/rt/custom.zo);
 *  - config.json parameters (`from "key"`) and -D winning over them;
 *  - bad checkpoints and data: missing tensor (with a suggestion), wrong dtype,
 *    wrong shape (all reported at once), truncated file, a bad g_idx, token id
 *    out of range, bad JSONL lines, an empty file: exit 1 and the message;
 *  - a loss that is not finite (a NaN in a weight, or finite weights whose
 *    forward overflows): that line prints null, the others exactly what the
 *    clean checkpoint gives, exit 0, and a note names the tensor (or says the
 *    forward overflowed); zoc eval prints null too.
 * Seeds (weights, tokens, perturbations) are fresh each run (zt_seed).
 * ZOC_RT_REPORT=1 prints the worst numpy-vs-ref error.
 */
#include <jansson.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "codegen/zo_rng.h"
#include "frontend/ast.h"
#include "passes/passes.h"
#include "runtime/convert.h"
#include "runtime/exec.h"
#include "runtime/quant.h"
#include "runtime/randw.h"
#include "runtime/safetensors.h"
#include "runtime/weights.h"
#include "support/support.h"
#include "testutil.h"

extern const Backend zo_backend_ref;

/* ---- plumbing */
static uint64_t rng_for(uint64_t salt) { return zt_seed() ^ (salt * 0x9E3779B97F4A7C15ull); }
static int64_t rndint(uint64_t *s, int64_t lo, int64_t hi) { return lo + (int64_t)(zt_next(s) % (uint64_t)(hi - lo + 1)); }

static const char *tpath(const char *fmt, ...) ZO_PRINTF(1, 2);
static const char *tpath(const char *fmt, ...) {
  static char bufs[32][700];
  static int i;
  char *b = bufs[i++ % 32], name[300];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(name, sizeof name, fmt, ap);
  va_end(ap);
  snprintf(b, sizeof bufs[0], "%s/%s", zt_tmpdir(), name);
  return b;
}

/* zt_src of a formatted relative path */
static const char *srcf(const char *fmt, ...) ZO_PRINTF(1, 2);
static const char *srcf(const char *fmt, ...) {
  char rel[300];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(rel, sizeof rel, fmt, ap);
  va_end(ap);
  return zt_src(rel);
}

static void write_text(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  ck_assert_msg(f != NULL, "cannot write %s", path);
  fputs(text, f);
  fclose(f);
}

/* zoc ARGS; returns the status, output and error text in *out, *err (freed by the caller) */
static int zoc(char **out, char **err, const char *fmt, ...) ZO_PRINTF(3, 4);
static int zoc(char **out, char **err, const char *fmt, ...) {
  char args[4096];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(args, sizeof args, fmt, ap);
  va_end(ap);
  return zt_zoc(args, out, err);
}

#define ZOC_OK(...)                                                                      \
  do {                                                                                   \
    char *o_ = NULL, *e_ = NULL;                                                         \
    int rc_ = zoc(&o_, &e_, __VA_ARGS__);                                                \
    ck_assert_msg(rc_ == 0, "zoc failed (%d): %s", rc_, e_ ? e_ : "");                  \
    free(o_);                                                                            \
    free(e_);                                                                            \
  } while (0)

/* `zoc ...` must exit 1 and say every fragment (NULL-terminated list) */
static void zoc_fails(const char *const *frags, const char *fmt, ...) ZO_PRINTF(2, 3);
static void zoc_fails(const char *const *frags, const char *fmt, ...) {
  char args[4096];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(args, sizeof args, fmt, ap);
  va_end(ap);
  char *out = NULL, *err = NULL;
  int rc = zt_zoc(args, &out, &err);
  ck_assert_msg(rc == 1, "zoc %s: exit %d, expected 1; stderr: %s", args, rc, err ? err : "");
  for (int i = 0; frags[i]; i++)
    ck_assert_msg(err && strstr(err, frags[i]), "zoc %s: the message lacks '%s':\n%s", args, frags[i], err ? err : "");
  free(out);
  free(err);
}
#define FRAGS(...) ((const char *const[]){__VA_ARGS__, NULL})

/* The "loss" of every JSON line of text; returns the count. */

/* ---- compiling through the library (for the API-level tests) */
typedef struct Model {
  Program *p;
  Func *f;
  StFile *st;
} Model;

static Model compile_model(const char *file, const char *recipe, const char *const *defs) {
  Model m = {0};
  DefineVec dv = {0};
  for (int i = 0; defs && defs[i]; i++) {
    const char *eq = strchr(defs[i], '=');
    Define d = {zo_xstrdup(defs[i]), NULL};
    ((char *)d.name)[eq - defs[i]] = 0;
    d.value = d.name + (eq - defs[i]) + 1;
    vec_push(&dv, d);
  }
  zo_diag_reset();
  m.p = zo_parse_files(&file, 1);
  ck_assert_msg(zo_diag_count() == 0, "%s does not parse", file);
  CompileOptions o = {.recipe = recipe, .defs = dv.data, .ndefs = dv.len};
  m.f = zo_compile(m.p, &o);
  ck_assert_msg(m.f != NULL, "%s does not compile", file);
  for (int i = 0; i < dv.len; i++) free((char *)dv.data[i].name);
  vec_free(&dv);
  return m;
}

static void bind_model(Model *m, const char *path) {
  m->st = zo_st_open(path);
  ck_assert_msg(m->st != NULL, "cannot open %s", path);
  ck_assert_msg(zo_weights_bind(m->f, m->st) == 0, "cannot bind %s", path);
}

static void free_model(Model *m) {
  zo_func_free(m->f);
  zo_st_close(m->st);
  zo_program_free(m->p);
}

/* Adds every tensor of st to wr except those named in skip (NULL-terminated). */
static void copy_tensors(StWriter *wr, const StFile *st, const char *const *skip) {
  for (int i = 0; i < zo_st_count(st); i++) {
    const StTensor *t = zo_st_tensor(st, i);
    bool skipped = false;
    for (int j = 0; skip && skip[j]; j++) skipped |= strcmp(skip[j], t->name) == 0;
    if (!skipped) zo_st_writer_add(wr, t->name, t->dtype, t->ndim, t->shape, t->data);
  }
}

/* ==== random weights -> rt_check.py, and loss: ref vs the numpy oracles
 *
 * LOSS_RTOL: the oracle computes the exact formula in float64 on the stored
 * values; the ref backend computes each op in double and rounds its output to
 * f32 once (ref.h), and dequantizes with one f32 rounding per element (exact
 * for GPTQ, int8, AQLM and dense, whose products fit in 24 bits). So the two
 * differ by f32 roundings only: each op's output is within 2^-24 = 6e-8
 * (relative) of the exact value of the op on its inputs, a 2-layer forward is
 * ~30 ops deep, and on these random nets no op amplifies relative errors by
 * more than a small factor (norms rescale, softmax of O(1) scores, matmuls of
 * random matrices without cancellation): the logits agree to ~30 · 6e-8 · a
 * few ≈ 5e-6 at worst, and the loss (logsumexp − logit, derivatives bounded
 * by 1, |logits| ≲ loss here) to the same relative order. The brief asked for
 * 1e-4; 1e-5 still leaves that margin and catches more: measured ~5e-8, while
 * a real mistake moves the loss by far more (OPT positions without their
 * offset of 2: 2e-4; a transposed weight, a wrong rope pairing, a wrong
 * group or zero offset: 1e-2 and up). */
#define LOSS_RTOL 1e-5

typedef struct Cfg {
  const char *file;     /* under models/ */
  const char *kind;     /* llama, gpt2, opt: the oracle and rt_check's tensor list */
  const char *name;     /* the zoc model */
  const char *defs;     /* -D options */
  const char *W, *DT;   /* the format and dtype, for rt_check */
  const char *params;   /* the oracle's parameters (JSON) */
  int V, maxT;
} Cfg;

#define TINY_P "{\"V\": 64, \"D\": 64, \"L\": 2, \"H\": 4, \"KV\": 2, \"F\": 128, \"eps\": 1e-5, \"theta\": 10000}"
#define LLAMA_D "-D V=96 -D D=64 -D L=2 -D H=4 -D KV=2 -D F=96 -D theta=500000 -D eps=1e-6"
#define LLAMA_P "{\"V\": 96, \"D\": 64, \"L\": 2, \"H\": 4, \"KV\": 2, \"F\": 96, \"eps\": 1e-6, \"theta\": 500000}"
#define GPT2_D "-D V=80 -D D=64 -D L=2 -D H=4 -D P=40"
#define GPT2_P "{\"V\": 80, \"D\": 64, \"L\": 2, \"H\": 4, \"P\": 40, \"eps\": 1e-5}"
#define OPT_D "-D V=72 -D D=64 -D L=2 -D H=2 -D F=128 -D P=30"
#define OPT_P "{\"V\": 72, \"D\": 64, \"L\": 2, \"H\": 2, \"F\": 128, \"P\": 30}"

static const Cfg cfgs[] = {
  {"tiny.zo", "llama", "tiny", "", "gptq:bits=4,G=32", "f32", TINY_P, 64, 24},
  {"tiny.zo", "llama", "tiny", "-D 'W=linear(dt=f32)'", "linear:dt=f32", "f32", TINY_P, 64, 24},
  {"llama.zo", "llama", "llama", LLAMA_D " -D 'W=linear(dt=f32)' -D DT=f32", "linear:dt=f32", "f32", LLAMA_P, 96, 24},
  {"llama.zo", "llama", "llama", LLAMA_D " -D 'W=gptq(bits=2, G=16)'", "gptq:bits=2,G=16", "f16", LLAMA_P, 96, 24},
  {"llama.zo", "llama", "llama", LLAMA_D " -D 'W=gptq(bits=3, G=16, sym=1)'", "gptq:bits=3,G=16,sym=1", "f16", LLAMA_P, 96, 24},
  {"llama.zo", "llama", "llama", LLAMA_D " -D 'W=gptq(bits=4, G=32)' -D DT=bf16", "gptq:bits=4,G=32", "bf16", LLAMA_P, 96, 24},
  {"llama.zo", "llama", "llama", LLAMA_D " -D 'W=gptq(bits=8, G=16)'", "gptq:bits=8,G=16", "f16", LLAMA_P, 96, 24},
  {"llama.zo", "llama", "llama", LLAMA_D " -D W=int8", "int8:dt=f16", "f16", LLAMA_P, 96, 24},
  {"llama.zo", "llama", "llama", LLAMA_D " -D W=fp8 -D DT=f32", "fp8:dt=f32", "f32", LLAMA_P, 96, 24},
  {"llama.zo", "llama", "llama", LLAMA_D " -D W=nf4", "nf4:blocksize=64", "f16", LLAMA_P, 96, 24},
  {"llama.zo", "llama", "llama", LLAMA_D " -D W=aqlm", "aqlm:dt=f16", "f16", LLAMA_P, 96, 24},
  {"gpt2.zo", "gpt2", "gpt2", GPT2_D, "conv1d:dt=f32", "f32", GPT2_P, 80, 40},
  {"gpt2.zo", "gpt2", "gpt2", GPT2_D " -D 'W=gptq(bits=4, G=32)'", "gptq:bits=4,G=32", "f32", GPT2_P, 80, 40},
  {"opt.zo", "opt", "opt", OPT_D, "linear:dt=f16", "f16", OPT_P, 72, 30},
  {"opt.zo", "opt", "opt", OPT_D " -D DT=f32 -D 'W=linear(dt=f32)'", "linear:dt=f32", "f32", OPT_P, 72, 30},
};

START_TEST(test_random_weights_and_loss) {
  uint64_t s = rng_for(1);
  json_t *jobs = json_array();
  double worst = 0;
  for (size_t c = 0; c < ZO_COUNT(cfgs); c++) {
    const Cfg *cf = &cfgs[c];
    const char *w = tpath("cfg%zu.safetensors", c), *data = tpath("cfg%zu.jsonl", c);
    ZOC_OK("random-weights '%s' %s --seed %llu -o '%s'", srcf("models/%s", cf->file),
           cf->defs, (unsigned long long)zt_next(&s), w);
    json_array_append_new(jobs, json_pack("{s:s, s:s, s:s, s:o, s:s, s:s}", "path", w, "model", cf->kind, "name",
                                          cf->name, "params", json_loads(cf->params, 0, NULL), "W", cf->W, "DT", cf->DT));
    zt_write_tokens(data, 3, 2, cf->maxT, cf->V, &s);
    char *out = NULL, *err = NULL;
    int rc = zoc(&out, &err, "loss '%s' %s --weights '%s' --data '%s' --device ref",
                 srcf("models/%s", cf->file), cf->defs, w, data);
    ck_assert_msg(rc == 0, "%s %s: zoc loss failed: %s", cf->file, cf->defs, err);
    double got[8], want[8];
    int n = zt_parse_losses(out, got, 8);
    free(out);
    free(err);
    char args[2048];
    snprintf(args, sizeof args, "'%s' '%s' '%s' '%s'", srcf("tests/py/rt_%s.py", cf->kind),
             w, data, cf->params);
    rc = zt_python(args, &out, &err);
    ck_assert_msg(rc == 0, "oracle rt_%s.py failed: %s", cf->kind, err);
    int m = zt_parse_losses(out, want, 8);
    free(out);
    free(err);
    ck_assert_int_eq(n, 3);
    ck_assert_int_eq(m, 3);
    for (int i = 0; i < n; i++) {
      double rel = fabs(got[i] - want[i]) / fabs(want[i]);
      if (rel > worst) worst = rel;
      ck_assert_msg(isfinite(got[i]) && rel <= LOSS_RTOL, "%s %s line %d: zoc loss %.10g, numpy %.10g (rel %.3g)",
                    cf->file, cf->defs, i + 1, got[i], want[i], rel);
      /* random weights: logits are ~N(0, s^2) with s <= ~1 (a unit-rms hidden
         state times an N(0, 1/D) head; ~0.16 for the tied 0.02 embeddings), so
         the expected loss is ln V + s^2/2 in [ln V, ln V + 0.5]. A line may
         have a single predicted position, whose loss is logsumexp minus one
         N(0, s^2) logit: within 4.5 s of the mean but once in ~3e5, so the
         band is ln V - 4 .. ln V + 5 (it only catches a degenerate forward;
         the numpy oracle above checks the value) */
      double lnv = log((double)cf->V);
      ck_assert_msg(got[i] > lnv - 4 && got[i] < lnv + 5, "%s %s: loss %g is not near ln V = %g", cf->file,
                    cf->defs, got[i], lnv);
    }
  }
  const char *jpath = tpath("jobs.json");
  ck_assert(json_dump_file(jobs, jpath, 0) == 0);
  json_decref(jobs);
  char args[1400], *out = NULL, *err = NULL;
  snprintf(args, sizeof args, "'%s' '%s'", zt_src("tests/py/rt_check.py"), jpath);
  int rc = zt_python(args, &out, &err);
  ck_assert_msg(rc == 0, "rt_check.py: %s", err);
  free(out);
  free(err);
  if (getenv("ZOC_RT_REPORT")) fprintf(stderr, "numpy vs ref: worst relative loss difference %.3g\n", worst);
}
END_TEST

START_TEST(test_random_weights_deterministic) {
  uint64_t s = rng_for(2), seed = zt_next(&s);
  const char *a = tpath("det_a.safetensors"), *b = tpath("det_b.safetensors"), *c = tpath("det_c.safetensors");
  ZOC_OK("random-weights '%s' --seed %llu -o '%s'", zt_src("models/tiny.zo"), (unsigned long long)seed, a);
  ZOC_OK("random-weights '%s' --seed %llu -o '%s'", zt_src("models/tiny.zo"), (unsigned long long)seed, b);
  ZOC_OK("random-weights '%s' --seed %llu -o '%s'", zt_src("models/tiny.zo"), (unsigned long long)(seed + 1), c);
  size_t la, lb, lc;
  char *da = zo_read_file(a, &la), *db = zo_read_file(b, &lb), *dc = zo_read_file(c, &lc);
  ck_assert(da && db && dc);
  ck_assert_msg(la == lb && memcmp(da, db, la) == 0, "the same seed gave different files");
  ck_assert_msg(la != lc || memcmp(da, dc, la) != 0, "different seeds gave the same file");
  free(da);
  free(db);
  free(dc);
}
END_TEST

/* ==== GPTQ act-order: the bound weight's dequant vs quant.h's bit-by-bit reference */
START_TEST(test_gptq_actorder_dequant) {
  static const int bits_list[] = {2, 3, 4, 8};
  int bits = bits_list[_i];
  uint64_t s = rng_for(10 + (uint64_t)bits);
  const int64_t G = 16;
  char wdef[64];
  snprintf(wdef, sizeof wdef, "W=gptq(bits=%d, G=%lld, sym=%d)", bits, (long long)G, (int)(zt_next(&s) & 1));
  Model m = compile_model(zt_src("models/tiny.zo"), NULL, (const char *[]){wdef, NULL});
  const char *base = tpath("ao%d_base.safetensors", bits), *path = tpath("ao%d.safetensors", bits);
  ck_assert(zo_random_weights(m.f, zt_next(&s), base) == 0);
  StFile *bst = zo_st_open(base);
  ck_assert(bst);
  /* requantize every GPTQ weight with a random act-order permutation */
  StWriter *wr = zo_st_writer_new();
  Vec(const char *) skip = {0};
  Vec(void *) bufs = {0};
  for (int i = 0; i < m.f->body->vals.len; i++) {
    const Value *v = m.f->body->vals.data[i];
    if (v->op != ZO_OP_WEIGHT || !v->type.fmt || strcmp(v->type.fmt->name, "gptq") != 0) continue;
    int64_t K = v->w->K, N = v->w->N, ng = zo_gptq_ngroups(K, G);
    float *W = zo_xmalloc((size_t)(K * N) * sizeof(float));
    zt_fill_uniform(W, (size_t)(K * N), &s, -0.2f, 0.2f);
    int32_t *perm = zo_xmalloc((size_t)K * sizeof(int32_t));
    for (int64_t k = 0; k < K; k++) perm[k] = (int32_t)k;
    for (int64_t k = K - 1; k > 0; k--) {
      int64_t j = rndint(&s, 0, k);
      int32_t t = perm[k];
      perm[k] = perm[j];
      perm[j] = t;
    }
    uint32_t *qw = zo_xmalloc((size_t)(K * bits / 32 * N) * 4), *qz = zo_xmalloc((size_t)(ng * N * bits / 32) * 4);
    uint16_t *sc = zo_xmalloc((size_t)(ng * N) * 2);
    int32_t *gi = zo_xmalloc((size_t)K * 4);
    ck_assert(zo_gptq_quantize(W, K, N, bits, G, false, perm, qw, qz, sc, gi) == 0);
    const char *names[4] = {"qweight", "qzeros", "scales", "g_idx"};
    void *datas[4] = {qw, qz, sc, gi};
    for (int t = 0; t < 4; t++) {
      const char *nm = zo_arena_printf(&m.f->arena, "%s.%s", v->w->pattern, names[t]);
      const StTensor *old = zo_st_find(bst, nm);
      ck_assert(old);
      zo_st_writer_add(wr, nm, old->dtype, old->ndim, old->shape, datas[t]);
      vec_push(&skip, nm);
      vec_push(&bufs, datas[t]);
    }
    free(W);
    free(perm);
  }
  vec_push(&skip, NULL);
  copy_tensors(wr, bst, skip.data);
  ck_assert(zo_st_writer_save(wr, path) == 0);
  zo_st_writer_free(wr);
  zo_st_close(bst);
  for (int i = 0; i < bufs.len; i++) free(bufs.data[i]);
  vec_free(&bufs);
  vec_free(&skip);

  bind_model(&m, path);
  int checked = 0;
  for (int i = 0; i < m.f->body->vals.len; i++) {
    const Value *v = m.f->body->vals.data[i];
    if (v->op != ZO_OP_WEIGHT || !v->type.fmt || strcmp(v->type.fmt->name, "gptq") != 0) continue;
    int64_t K = v->w->K, N = v->w->N, ng = zo_gptq_ngroups(K, G);
    const void *const *d = v->w->data;   /* qweight, qzeros, scales, g_idx (the format's order) */
    const int32_t *gi = d[3];
    bool sorted = true;
    for (int64_t k = 1; k < K; k++) sorted &= gi[k - 1] <= gi[k];
    ck_assert_msg(!sorted, "act-order g_idx came out sorted");
    float *a = zo_xmalloc((size_t)(K * N) * sizeof(float)), *b = zo_xmalloc((size_t)(K * N) * sizeof(float));
    ck_assert(zo_weight_dequant(v, NULL, a) == 0);
    ck_assert(zo_gptq_dequant_ref(bits, K, N, G, d[0], d[1], d[2], gi, b) == 0);
    /* both are one f32 rounding of scale · (q − z), an exact product (11 + 8 bits) */
    ck_assert_msg(memcmp(a, b, (size_t)(K * N) * sizeof(float)) == 0, "%s: dequant differs from quant.h", v->w->pattern);
    /* with an explicit perturbation of the scales: W = (scale + δ) · (q − z),
       scale + δ rounded to f32 first, then one rounding of the product (exact
       in double: 24 + 8 bits) on both sides */
    float *delta = zo_xmalloc((size_t)(ng * N) * sizeof(float));
    zt_fill_uniform(delta, (size_t)(ng * N), &s, -1e-3f, 1e-3f);
    const float *deltas[ZO_MAX_STORAGE] = {NULL, NULL, delta, NULL};
    ck_assert(zo_weight_dequant(v, deltas, a) == 0);
    uint8_t *q = zo_xmalloc((size_t)(K * N)), *z = zo_xmalloc((size_t)(ng * N));
    zo_gptq_unpack_codes(bits, K, N, d[0], q);
    zo_gptq_unpack_zeros(bits, ng, N, d[1], z);
    for (int64_t k = 0; k < K; k++)
      for (int64_t n = 0; n < N; n++) {
        int64_t g = gi[k];
        float sc = zo_f16_to_f32(((const uint16_t *)d[2])[g * N + n]) + delta[g * N + n];
        b[k * N + n] = sc * (float)((int)q[k * N + n] - (int)z[g * N + n]);
      }
    ck_assert_msg(memcmp(a, b, (size_t)(K * N) * sizeof(float)) == 0, "%s: perturbed dequant differs", v->w->pattern);
    free(q);
    free(z);
    free(delta);
    free(a);
    free(b);
    checked++;
  }
  ck_assert_int_eq(checked, 14);   /* 7 projections x 2 layers */

  /* and the whole forward on the act-order checkpoint against numpy */
  const char *data = tpath("ao%d.jsonl", bits);
  zt_write_tokens(data, 2, 2, 16, 64, &s);
  char *out = NULL, *err = NULL;
  int rc = zoc(&out, &err, "loss '%s' -D '%s' --weights '%s' --data '%s' --device ref", zt_src("models/tiny.zo"), wdef,
               path, data);
  ck_assert_msg(rc == 0, "zoc loss: %s", err);
  double got[4], want[4];
  ck_assert_int_eq(zt_parse_losses(out, got, 4), 2);
  free(out);
  free(err);
  char args[2048];
  snprintf(args, sizeof args, "'%s' '%s' '%s' '%s'", zt_src("tests/py/rt_llama.py"), path, data, TINY_P);
  ck_assert_msg(zt_python(args, &out, &err) == 0, "rt_llama.py: %s", err);
  ck_assert_int_eq(zt_parse_losses(out, want, 4), 2);
  free(out);
  free(err);
  for (int i = 0; i < 2; i++)
    ck_assert_msg(fabs(got[i] - want[i]) <= LOSS_RTOL * fabs(want[i]), "act-order bits %d: zoc %.10g numpy %.10g", bits,
                  got[i], want[i]);
  free_model(&m);
}
END_TEST

/* ==== the perturbed forward equals forwards on explicitly perturbed checkpoints */
static void perturbed_vs_explicit(const char *file, const char *recipe, const char *const *defs, int V, uint64_t salt) {
  uint64_t s = rng_for(salt);
  Model m = compile_model(file, recipe, defs);
  const char *base = tpath("pt%llu.safetensors", (unsigned long long)salt);
  ck_assert(zo_random_weights(m.f, zt_next(&s), base) == 0);
  bind_model(&m, base);
  ck_assert_msg(m.f->nstreams > 0, "the recipe perturbs nothing");
  const int64_t B = 4, T = (int64_t)rndint(&s, 3, 12);
  int32_t tokens[4 * 12];
  for (int64_t i = 0; i < B * T; i++) tokens[i] = (int32_t)rndint(&s, 0, V - 1);
  Perturb p = {.seed = zt_next(&s), .eps = 1e-3f, .split = B / 2};
  size_t per = (size_t)(T * V);
  float *lp = zo_xmalloc(B * per * sizeof(float)), *l0 = zo_xmalloc(B * per * sizeof(float));
  void *state = zo_backend_ref.open(m.f, 1, NULL);
  ck_assert(state);
  ck_assert(zo_backend_ref.forward(state, tokens, B, T, &p, lp) == 0);
  ck_assert(zo_backend_ref.forward(state, tokens, B, T, NULL, l0) == 0);
  zo_backend_ref.close(state);

  /* the two checkpoints: every perturbed storage (all f32 here) ± eps·z */
  StFile *bst = zo_st_open(base);
  ck_assert(bst);
  for (int sign = 1; sign >= -1; sign -= 2) {
    StWriter *wr = zo_st_writer_new();
    Vec(const char *) skip = {0};
    for (int i = 0; i < m.f->body->vals.len; i++) {
      const Value *v = m.f->body->vals.data[i];
      if (v->op != ZO_OP_WEIGHT) continue;
      for (int st = 0; st < v->w->nstorage; st++) {
        if (!v->w->perturbed[st]) continue;
        const char *nm = zo_weight_tensor_name(m.f, v, st);
        const StTensor *t = zo_st_find(bst, nm);
        ck_assert_msg(t && t->dtype == ZO_DT_F32, "%s: the test perturbs f32 tensors", nm);
        float *x = zo_xmalloc(t->nbytes);
        memcpy(x, t->data, t->nbytes);
        for (int64_t j = 0; j < t->numel; j++) {
          float d = p.eps * zo_rng_normal(p.seed, (uint32_t)v->w->stream[st], (uint64_t)j);
          x[j] = x[j] + (sign > 0 ? d : -d);
        }
        zo_st_writer_add(wr, nm, t->dtype, t->ndim, t->shape, x);
        free(x);
        vec_push(&skip, nm);
      }
    }
    vec_push(&skip, NULL);
    copy_tensors(wr, bst, skip.data);
    const char *path = tpath("pt%llu_%s.safetensors", (unsigned long long)salt, sign > 0 ? "plus" : "minus");
    ck_assert(zo_st_writer_save(wr, path) == 0);
    zo_st_writer_free(wr);
    vec_free(&skip);

    Model e = compile_model(file, NULL, defs);
    bind_model(&e, path);
    void *es = zo_backend_ref.open(e.f, 1, NULL);
    ck_assert(es);
    float *le = zo_xmalloc(2 * per * sizeof(float));
    int64_t b0 = sign > 0 ? 0 : p.split;
    ck_assert(zo_backend_ref.forward(es, tokens + b0 * T, 2, T, NULL, le) == 0);
    /* the same f32 operations on the same operands in the same order: equal bits */
    ck_assert_msg(memcmp(le, lp + b0 * per, 2 * per * sizeof(float)) == 0,
                  "%s %s: the %s half of the perturbed forward differs from the explicitly perturbed checkpoint", file,
                  recipe, sign > 0 ? "+eps" : "-eps");
    /* and the perturbation did something (so the comparison above can fail) */
    double diff = 0;
    for (size_t j = 0; j < 2 * per; j++) diff = fmax(diff, fabs((double)le[j] - l0[b0 * per + j]));
    ck_assert_msg(diff > 1e-6, "the perturbation changed nothing (max |diff| %g)", diff);
    zo_backend_ref.close(es);
    free(le);
    free_model(&e);
  }
  zo_st_close(bst);
  free(lp);
  free(l0);
  free_model(&m);
}

START_TEST(test_perturbed_forward_qzo) {
  perturbed_vs_explicit(zt_src("models/tiny.zo"), "qzo_norms", (const char *[]){"W=int8(dt=f32)", NULL}, 64, 20);
}
END_TEST

START_TEST(test_perturbed_forward_custom_all) {
  perturbed_vs_explicit(zt_src("tests/data/rt/custom.zo"), "all", NULL, 48, 21);
}
END_TEST

/* ==== user-defined formats through the CLI: generic random weights, a bad index */
START_TEST(test_custom_formats) {
  uint64_t s = rng_for(30);
  const char *zo = zt_src("tests/data/rt/custom.zo"), *w = tpath("custom.safetensors"), *data = tpath("custom.jsonl");
  ZOC_OK("random-weights '%s' --seed %llu -o '%s'", zo, (unsigned long long)zt_next(&s), w);
  zt_write_tokens(data, 2, 2, 20, 48, &s);
  char *out = NULL, *err = NULL;
  ck_assert_msg(zoc(&out, &err, "loss '%s' --weights '%s' --data '%s' --device ref", zo, w, data) == 0, "%s", err);
  double got[4];
  ck_assert_int_eq(zt_parse_losses(out, got, 4), 2);
  for (int i = 0; i < 2; i++) ck_assert(isfinite(got[i]) && fabs(got[i] - log(48.0)) < 1.5);
  free(out);
  free(err);
  /* every generated index is valid (the ref backend checks each one as it dequantizes);
     now break one: g_idx of attn.qkv points past the scales' rows */
  StFile *st = zo_st_open(w);
  ck_assert(st);
  const StTensor *g = zo_st_find(st, "attn.qkv.g_idx");
  ck_assert(g && g->numel == 32);
  int32_t gi[32];
  memcpy(gi, g->data, sizeof gi);
  gi[rndint(&s, 0, 31)] = 7;   /* 2 groups */
  StWriter *wr = zo_st_writer_new();
  zo_st_writer_add(wr, g->name, g->dtype, g->ndim, g->shape, gi);
  copy_tensors(wr, st, FRAGS("attn.qkv.g_idx"));
  const char *bad = tpath("custom_bad.safetensors");
  ck_assert(zo_st_writer_save(wr, bad) == 0);
  zo_st_writer_free(wr);
  zo_st_close(st);
  zoc_fails(FRAGS("attn.qkv", "index 7", "scales", "outside [0, 2)"), "loss '%s' --weights '%s' --data '%s' --device ref",
            zo, bad, data);
}
END_TEST

/* ==== config.json parameters, and -D over them */
START_TEST(test_config_json) {
  uint64_t s = rng_for(40);
  const char *dir = tpath("hf"), *data = tpath("hf.jsonl");
  char cmd[1600];
  snprintf(cmd, sizeof cmd, "mkdir -p '%s'", dir);
  ck_assert(zt_run(cmd, NULL, NULL) == 0);
  /* a llama checkpoint at sizes only the config gives, as a Hugging Face
     directory: two shards and model.safetensors.index.json */
  const char *whole = tpath("hf_whole.safetensors");
  ZOC_OK("random-weights '%s' %s -D 'W=linear(dt=f32)' -D DT=bf16 --seed %llu -o '%s'", zt_src("models/llama.zo"),
         LLAMA_D, (unsigned long long)zt_next(&s), whole);
  {
    StFile *st = zo_st_open(whole);
    ck_assert(st);
    StWriter *sh[2] = {zo_st_writer_new(), zo_st_writer_new()};
    json_t *wm = json_object();
    for (int i = 0; i < zo_st_count(st); i++) {
      const StTensor *t = zo_st_tensor(st, i);
      int k = (int)(zt_next(&s) & 1);
      zo_st_writer_add(sh[k], t->name, t->dtype, t->ndim, t->shape, t->data);
      json_object_set_new(wm, t->name, json_string(k ? "model-00002-of-00002.safetensors" : "model-00001-of-00002.safetensors"));
    }
    ck_assert(zo_st_writer_save(sh[0], tpath("hf/model-00001-of-00002.safetensors")) == 0);
    ck_assert(zo_st_writer_save(sh[1], tpath("hf/model-00002-of-00002.safetensors")) == 0);
    zo_st_writer_free(sh[0]);
    zo_st_writer_free(sh[1]);
    json_t *idx = json_pack("{s:{s:i}, s:o}", "metadata", "total_size", 0, "weight_map", wm);
    ck_assert(json_dump_file(idx, tpath("hf/model.safetensors.index.json"), 0) == 0);
    json_decref(idx);
    zo_st_close(st);
  }
  write_text(tpath("hf/config.json"),
             "{\"architectures\": [\"LlamaForCausalLM\"], \"vocab_size\": 96, \"hidden_size\": 64,\n"
             " \"num_hidden_layers\": 3, \"num_attention_heads\": 4, \"num_key_value_heads\": 2,\n"
             " \"intermediate_size\": 96, \"rms_norm_eps\": 1e-06, \"rope_theta\": 500000.0,\n"
             " \"torch_dtype\": \"bfloat16\", \"max_position_embeddings\": null}\n");
  zt_write_tokens(data, 2, 2, 16, 96, &s);
  /* the config says 3 layers, the checkpoint has 2: without -D it is missing layer 2 */
  zoc_fails(FRAGS("no tensor 'model.layers.2.", dir),
            "loss '%s' -D 'W=linear(dt=f32)' -D DT=bf16 --weights '%s' --data '%s' --device ref", zt_src("models/llama.zo"),
            dir, data);
  char *o1 = NULL, *o2 = NULL, *err = NULL;
  ck_assert_msg(zoc(&o1, &err, "loss '%s' -D 'W=linear(dt=f32)' -D DT=bf16 -D L=2 --weights '%s' --data '%s' --device ref",
                    zt_src("models/llama.zo"), dir, data) == 0, "%s", err);
  free(err);
  ck_assert_msg(zoc(&o2, &err, "loss '%s' %s -D 'W=linear(dt=f32)' -D DT=bf16 --weights '%s' --data '%s' --device ref",
                    zt_src("models/llama.zo"), LLAMA_D, whole, data) == 0, "%s", err);
  free(err);
  ck_assert_msg(strcmp(o1, o2) == 0, "config.json parameters give another loss than the same -D:\n%s\n%s", o1, o2);
  free(o1);
  free(o2);

  /* the defines themselves */
  const char *path = zt_src("models/llama.zo");
  zo_diag_reset();
  Program *p = zo_parse_files(&path, 1);
  HfConfig *cfg = zo_hf_config_load(dir);
  ck_assert(p && cfg);
  DefineVec dv = {0};
  ck_assert_int_eq(zo_config_defines(p, NULL, cfg, &dv), 9);
  const char *want[][2] = {{"V", "96"}, {"D", "64"}, {"L", "3"}, {"H", "4"}, {"KV", "2"}, {"F", "96"},
                           {"eps", "9.9999999999999995e-07"}, {"theta", "500000"}, {"DT", "bf16"}};
  for (int i = 0; i < 9; i++) {
    ck_assert_str_eq(dv.data[i].name, want[i][0]);
    ck_assert_str_eq(dv.data[i].value, want[i][1]);
  }
  for (int i = 0; i < dv.len; i++) free((char *)dv.data[i].name);
  vec_free(&dv);
  zo_program_free(p);
  /* a dtype parameter declared `from "torch_dtype"` takes the torch spelling */
  path = zt_src("tests/data/rt/custom.zo");
  p = zo_parse_files(&path, 1);
  ck_assert_int_eq(zo_config_defines(p, "mini", cfg, &dv), 2);
  ck_assert_str_eq(dv.data[0].name, "V");
  ck_assert_str_eq(dv.data[0].value, "96");
  ck_assert_str_eq(dv.data[1].name, "DT");
  ck_assert_str_eq(dv.data[1].value, "bf16");
  for (int i = 0; i < dv.len; i++) free((char *)dv.data[i].name);
  vec_free(&dv);
  zo_hf_config_free(cfg);
  zo_program_free(p);
}
END_TEST

/* ==== bad checkpoints and data */
START_TEST(test_bad_checkpoints) {
  uint64_t s = rng_for(50);
  const char *zo = zt_src("models/tiny.zo"), *w = tpath("good.safetensors"), *data = tpath("good.jsonl");
  ZOC_OK("random-weights '%s' --seed %llu -o '%s'", zo, (unsigned long long)zt_next(&s), w);
  zt_write_tokens(data, 1, 2, 8, 64, &s);
  StFile *st = zo_st_open(w);
  ck_assert(st);

  /* a typo'd name, a wrong dtype and a wrong shape in one file: all three reported */
  {
    StWriter *wr = zo_st_writer_new();
    const StTensor *norm = zo_st_find(st, "model.norm.weight");
    zo_st_writer_add(wr, "model.norm.weights", norm->dtype, norm->ndim, norm->shape, norm->data);
    const StTensor *sc = zo_st_find(st, "model.layers.1.self_attn.k_proj.scales");
    float *f = zo_xmalloc((size_t)sc->numel * sizeof(float));
    for (int64_t i = 0; i < sc->numel; i++) f[i] = 0.01f;
    zo_st_writer_add(wr, sc->name, ZO_DT_F32, sc->ndim, sc->shape, f);
    free(f);
    const StTensor *gi = zo_st_find(st, "model.layers.0.mlp.down_proj.g_idx");
    int32_t *g = zo_xcalloc((size_t)gi->numel + 1, sizeof(int32_t));
    int64_t shape[1] = {gi->numel + 1};
    zo_st_writer_add(wr, gi->name, ZO_DT_I32, 1, shape, g);
    free(g);
    copy_tensors(wr, st, FRAGS("model.norm.weight", sc->name, gi->name));
    const char *bad = tpath("bad3.safetensors");
    ck_assert(zo_st_writer_save(wr, bad) == 0);
    zo_st_writer_free(wr);
    zoc_fails(FRAGS("no tensor 'model.norm.weight'", "did you mean 'model.norm.weights'",
                    "'model.layers.1.self_attn.k_proj.scales' is F32, but the model reads it as F16",
                    "'model.layers.0.mlp.down_proj.g_idx' has shape [129], but the model expects [128]", "3 problems"),
              "loss '%s' --weights '%s' --data '%s' --device ref", zo, bad, data);
  }
  /* a dense checkpoint where the model expects GPTQ: the note says so */
  {
    const char *dense = tpath("dense.safetensors");
    ZOC_OK("random-weights '%s' -D 'W=linear(dt=f32)' --seed 1 -o '%s'", zo, dense);
    zoc_fails(FRAGS("no tensor 'model.layers.0.self_attn.q_proj.qweight'", "is the model's format",
                    "model.layers.0.self_attn.q_proj.weight"),
              "loss '%s' --weights '%s' --data '%s' --device ref", zo, dense, data);
  }
  zo_st_close(st);
  /* a truncated file */
  {
    size_t len;
    char *bytes = zo_read_file(w, &len);
    ck_assert(bytes);
    const char *cut = tpath("cut.safetensors");
    size_t keep = len - (size_t)rndint(&s, 1, (int64_t)len / 2);
    FILE *f = fopen(cut, "wb");
    ck_assert(f && fwrite(bytes, 1, keep, f) == keep);
    fclose(f);
    free(bytes);
    zoc_fails(FRAGS(cut), "loss '%s' --weights '%s' --data '%s' --device ref", zo, cut, data);
  }
  /* a missing file */
  zoc_fails(FRAGS("nope.safetensors"), "loss '%s' --weights '%s' --data '%s' --device ref", zo, tpath("nope.safetensors"),
            data);

  /* a sequence longer than GPT-2's position table: the forward says so */
  {
    const char *g = tpath("g2.safetensors"), *d = tpath("long.jsonl");
    ZOC_OK("random-weights '%s' %s -o '%s'", zt_src("models/gpt2.zo"), GPT2_D, g);
    zt_write_tokens(d, 1, 41, 41, 80, &s);
    zoc_fails(FRAGS("longer than the position table", ":1"), "loss '%s' %s --weights '%s' --data '%s' --device ref",
              zt_src("models/gpt2.zo"), GPT2_D, g, d);
  }
  /* data problems, each with the file and line */
  struct {
    const char *text;
    const char *frag[3];
  } cases[] = {
    {"{\"tokens\": [1, 2, 3]}\n{\"tokens\": [4, 64, 5]}\n", {":2:", "token id 64", "vocabulary has 64 tokens"}},
    {"{\"tokens\": [1, 2, 3]}\n{\"tokens\": [1, 2\n", {":2:", "not valid JSON", NULL}},
    {"\n{\"ids\": [1, 2, 3]}\n", {":2:", "no \"tokens\"", NULL}},
    {"{\"tokens\": [1, 2.5, 3]}\n", {":1:", "tokens[1] is not an integer", NULL}},
    {"{\"tokens\": [1, -3]}\n", {":1:", "token id -3", NULL}},
    {"{\"tokens\": [7]}\n", {":1:", "at least 2", NULL}},
    {"[1, 2, 3]\n", {":1:", "JSON object", NULL}},
    {"", {"empty", NULL, NULL}},
  };
  for (size_t i = 0; i < ZO_COUNT(cases); i++) {
    const char *d = tpath("bad%zu.jsonl", i);
    write_text(d, cases[i].text);
    const char *fr[5] = {d, cases[i].frag[0], cases[i].frag[1], cases[i].frag[2], NULL};
    zoc_fails(fr, "loss '%s' --weights '%s' --data '%s' --device ref", zo, w, d);
  }
}
END_TEST

/* ==== a foreign file whose tensors are misaligned for their dtype: bound
 * through aligned copies, same loss. The file is written by hand here (the
 * safetensors format allows gaps between tensors; our writer never leaves any). */
START_TEST(test_misaligned_tensors) {
  uint64_t s = rng_for(60);
  const char *zo = zt_src("models/tiny.zo"), *w = tpath("al.safetensors"), *bad = tpath("misal.safetensors");
  const char *data = tpath("al.jsonl");
  ZOC_OK("random-weights '%s' --seed %llu -o '%s'", zo, (unsigned long long)zt_next(&s), w);
  zt_write_tokens(data, 2, 2, 16, 64, &s);
  StFile *st = zo_st_open(w);
  ck_assert(st);
  json_t *hdr = json_object();
  StrBuf body = {0};
  for (int i = 0; i < zo_st_count(st); i++) {
    const StTensor *t = zo_st_tensor(st, i);
    zo_sb_putc(&body, 0);   /* a one-byte gap before every tensor: 4- and 2-byte types land misaligned */
    json_t *shape = json_array();
    for (int d = 0; d < t->ndim; d++) json_array_append_new(shape, json_integer(t->shape[d]));
    size_t off = body.len;
    for (size_t b = 0; b < t->nbytes; b++) zo_sb_putc(&body, ((const char *)t->data)[b]);
    json_object_set_new(hdr, t->name, json_pack("{s:s, s:o, s:[I, I]}", "dtype", zo_dtype_st_name(t->dtype), "shape", shape,
                                                 "data_offsets", (json_int_t)off, (json_int_t)body.len));
  }
  char *h = json_dumps(hdr, JSON_COMPACT | JSON_SORT_KEYS);
  size_t hl = (strlen(h) + 7) / 8 * 8;
  FILE *f = fopen(bad, "wb");
  ck_assert(f);
  uint64_t hl64 = hl;
  fwrite(&hl64, 8, 1, f);
  fputs(h, f);
  for (size_t i = strlen(h); i < hl; i++) fputc(' ', f);
  fwrite(body.buf, 1, body.len, f);
  fclose(f);
  free(h);
  json_decref(hdr);
  zo_sb_free(&body);
  zo_st_close(st);

  Model m = compile_model(zo, NULL, NULL);
  bind_model(&m, bad);
  int misaligned = 0;
  for (int i = 0; i < m.f->body->vals.len; i++) {
    const Value *v = m.f->body->vals.data[i];
    if (v->op != ZO_OP_WEIGHT) continue;
    for (int k = 0; k < v->w->nstorage; k++) {
      const StTensor *t = zo_st_find(m.st, zo_weight_tensor_name(m.f, v, k));
      size_t a = zo_dtype_size(zo_weight_storage_dtype(v, k));
      ck_assert_msg((uintptr_t)v->w->data[k] % a == 0, "%s bound misaligned", t->name);
      ck_assert(memcmp(v->w->data[k], t->data, t->nbytes) == 0);
      misaligned += (uintptr_t)t->data % a != 0;
    }
  }
  ck_assert_msg(misaligned > 0, "the hand-written file has no misaligned tensor");
  free_model(&m);
  char *o1 = NULL, *o2 = NULL, *err = NULL;
  ck_assert_msg(zoc(&o1, &err, "loss '%s' --weights '%s' --data '%s' --device ref", zo, w, data) == 0, "%s", err);
  free(err);
  ck_assert_msg(zoc(&o2, &err, "loss '%s' --weights '%s' --data '%s' --device ref", zo, bad, data) == 0, "%s", err);
  free(err);
  ck_assert_str_eq(o1, o2);
  free(o1);
  free(o2);
}
END_TEST

/* ==== a loss that is not finite: null (as zoc eval prints it), exit 0, a note saying why */

/* W's bytes with VALUE at element IDX of tensor NAME (f32), written to OUT */
static void patch_f32(const char *w, const char *out, const char *name, const int64_t *idx, int n, float value) {
  StFile *st = zo_st_open(w);
  ck_assert(st);
  const StTensor *t = zo_st_find(st, name);
  ck_assert_msg(t && t->dtype == ZO_DT_F32, "%s: no f32 tensor %s", w, name);
  uint64_t off = t->offset;
  int64_t numel = t->numel;
  zo_st_close(st);
  size_t len;
  char *bytes = zo_read_file(w, &len);
  ck_assert(bytes);
  for (int i = 0; i < n; i++) {
    ck_assert(idx[i] >= 0 && idx[i] < numel);
    memcpy(bytes + off + 4 * (uint64_t)idx[i], &value, 4);
  }
  FILE *f = fopen(out, "wb");
  ck_assert(f && fwrite(bytes, 1, len, f) == len && fclose(f) == 0);
  free(bytes);
}

/* the lines of TEXT (malloc'd copies), at most max */
static int split_lines(const char *text, char **lines, int max) {
  int n = 0;
  for (const char *p = text; p && *p && n < max;) {
    const char *nl = strchr(p, '\n');
    size_t len = nl ? (size_t)(nl - p) : strlen(p);
    char *l = zo_xmalloc(len + 1);
    memcpy(l, p, len);
    l[len] = 0;
    lines[n++] = l;
    p = nl ? nl + 1 : NULL;
  }
  return n;
}

START_TEST(test_nonfinite_loss) {
  uint64_t s = rng_for(70);
  const char *zo = zt_src("models/tiny.zo"), *w = tpath("nf.safetensors"), *data = tpath("nf.jsonl");
  ZOC_OK("random-weights '%s' --seed %llu -o '%s'", zo, (unsigned long long)zt_next(&s), w);
  /* a NaN in token k's embedding row (tiny: V = D = 64); line 2 holds k
     where a later position is predicted from it, lines 1 and 3 do not */
  int64_t k = rndint(&s, 0, 63), col = rndint(&s, 0, 63), idx = k * 64 + col;
  const char *wnan = tpath("nf_nan.safetensors");
  patch_f32(w, wnan, "model.embed_tokens.weight", &idx, 1, NAN);
  StrBuf sb = {0};
  int len2 = 0;
  for (int line = 0; line < 3; line++) {
    int n = (int)rndint(&s, 3, 12), at = line == 1 ? (int)rndint(&s, 0, n - 2) : -1;
    if (line == 1) len2 = n;
    zo_sb_puts(&sb, "{\"tokens\": [");
    for (int t = 0; t < n; t++) {
      int64_t id = t == at ? k : (k + rndint(&s, 1, 63)) % 64;   /* never k elsewhere */
      zo_sb_printf(&sb, "%s%lld", t ? ", " : "", (long long)id);
    }
    zo_sb_puts(&sb, "]}\n");
  }
  write_text(data, sb.buf);
  zo_sb_free(&sb);

  char *clean = NULL, *out = NULL, *err = NULL;
  ck_assert_int_eq(zoc(&clean, &err, "loss '%s' --weights '%s' --data '%s' --device ref", zo, w, data), 0);
  free(err);
  int rc = zoc(&out, &err, "loss '%s' --weights '%s' --data '%s' --device ref", zo, wnan, data);
  ck_assert_msg(rc == 0, "exit %d (139: the crash of issue 17): %s", rc, err);
  char *cl[4], *nl[4];
  ck_assert_int_eq(split_lines(clean, cl, 4), 3);
  ck_assert_int_eq(split_lines(out, nl, 4), 3);
  ck_assert_str_eq(nl[0], cl[0]);   /* the other lines' losses are untouched */
  ck_assert_str_eq(nl[2], cl[2]);
  char want[1600];
  snprintf(want, sizeof want, "{\"loss\": null, \"tokens\": %d}", len2);
  ck_assert_str_eq(nl[1], want);
  snprintf(want, sizeof want, "%s:2: the loss is NaN (printed as null): %s holds NaN or Inf in 1 tensor: "
           "'model.embed_tokens.weight' (1 of 4096 values)", data, wnan);
  ck_assert_msg(err && strstr(err, want), "stderr lacks [%s]:\n%s", want, err);
  for (int i = 0; i < 3; i++) {
    free(cl[i]);
    free(nl[i]);
  }
  free(clean);
  free(out);
  free(err);
  /* zoc eval of the same: null too, exit 0 */
  rc = zoc(&out, &err, "eval '%s' --weights '%s' --task lm --data '%s' --device ref", zo, wnan, data);
  ck_assert_msg(rc == 0 && out && strstr(out, "\"loss\":null"), "zoc eval: exit %d\n%s\n%s", rc, out, err);
  free(out);
  free(err);

  /* every value finite, but the final norm's weight 3e38: a normalized
     hidden state (rms 1, so some |x| > 1.14) times it overflows f32 */
  int64_t all[64];
  for (int i = 0; i < 64; i++) all[i] = i;
  const char *wbig = tpath("nf_big.safetensors");
  patch_f32(w, wbig, "model.norm.weight", all, 64, 3e38f);
  rc = zoc(&out, &err, "loss '%s' --weights '%s' --data '%s' --device ref", zo, wbig, data);
  ck_assert_msg(rc == 0, "exit %d: %s", rc, err);
  ck_assert_int_eq(split_lines(out, nl, 4), 3);
  for (int i = 0; i < 3; i++) {
    ck_assert_msg(strstr(nl[i], "{\"loss\": null, \"tokens\": "), "line %d: %s", i + 1, nl[i]);
    free(nl[i]);
  }
  snprintf(want, sizeof want, "%s:1: the loss is", data);
  ck_assert_msg(err && strstr(err, want) && strstr(err, "though every value of") &&
                strstr(err, "is finite: the forward overflowed") && strstr(err, "3 of 3 sequences"), "%s", err);
  free(out);
  free(err);
}
END_TEST

/* ==== the verbs' own checks */
START_TEST(test_cli_usage) {
  char *out = NULL, *err = NULL;
  ck_assert_int_eq(zoc(&out, &err, "random-weights '%s'", zt_src("models/tiny.zo")), 2);
  ck_assert(err && strstr(err, "-o"));
  free(out);
  free(err);
  ck_assert_int_eq(zoc(&out, &err, "loss '%s' --weights x --data y --device tpu", zt_src("models/tiny.zo")), 2);
  ck_assert(err && strstr(err, "unknown device 'tpu'"));
  free(out);
  free(err);
  ck_assert_int_eq(zoc(&out, &err, "random-weights '%s' --seed -4 -o x", zt_src("models/tiny.zo")), 2);
  free(out);
  free(err);
  /* --verbose: the backend's peak and the plan */
  const char *w = tpath("v.safetensors"), *data = tpath("v.jsonl");
  ZOC_OK("random-weights '%s' -o '%s'", zt_src("models/tiny.zo"), w);
  write_text(data, "{\"tokens\": [3, 1, 4, 1, 5, 9, 2, 6]}\n");
  ck_assert_int_eq(zoc(&out, &err, "loss '%s' --weights '%s' --data '%s' --device ref --verbose", zt_src("models/tiny.zo"), w,
                       data), 0);
  ck_assert_msg(err && strstr(err, "peak activation bytes") && strstr(err, "arena bytes") && strstr(err, "T=8"), "%s", err);
  ck_assert_msg(out && strstr(out, "\"tokens\": 8"), "%s", out);
  free(out);
  free(err);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("runtime");
  TCase *tc = tcase_create("runtime");
  tcase_set_timeout(tc, 600);
  tcase_add_test(tc, test_random_weights_and_loss);
  tcase_add_test(tc, test_random_weights_deterministic);
  tcase_add_loop_test(tc, test_gptq_actorder_dequant, 0, 4);
  tcase_add_test(tc, test_perturbed_forward_qzo);
  tcase_add_test(tc, test_perturbed_forward_custom_all);
  tcase_add_test(tc, test_custom_formats);
  tcase_add_test(tc, test_config_json);
  tcase_add_test(tc, test_bad_checkpoints);
  tcase_add_test(tc, test_misaligned_tensors);
  tcase_add_test(tc, test_cli_usage);
  tcase_add_test(tc, test_nonfinite_loss);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return zt_run_suite(suite()); }
