/* test_dqan.c — the dequant analysis both backends read (codegen/dqan.h),
 * checked against the expression's meaning: every claim it makes about a
 * node is tested by evaluating that node (zo_sx_eval, the reference
 * semantics) at every (k, n) of a small weight bound to random valid data.
 *
 * Formats are written in the language: the bundled ones (models/formats.zo,
 * act-order GPTQ, AWQ's column order and bitsandbytes' NF4 with a 0-d offset
 * among them) and three made here with other key and run
 * structures: groups of 12 (not a power of two), a u8 index table with an
 * n / 2 scale and a 2-bit field at 2·(2·k), and k-runs built from (k + 3) / 8,
 * k / 4 / 2, k >> 3 and 3·k / 8. The same formats also go through the
 * command line: the CPU kernels' loss against the reference's (both
 * dequantize with the analysis's choices) and the CUDA C generator. */
#include <math.h>
#include <string.h>

#include "codegen/dqan.h"
#include "frontend/ast.h"
#include "passes/passes.h"
#include "runtime/convert.h"
#include "runtime/weights.h"
#include "testutil.h"

static const char *const made_here =
    "format grp12(G = 12) {\n"
    "  storage codes : i8[K, N] codes\n"
    "  storage s : f32[cdiv(K, G), N] scale\n"
    "  dequant(k, n) = s[k / G, n] * codes[k, n]\n"
    "}\n"
    "format lutidx(G = 16) {\n"
    "  storage q : u16[K / 4, N] codes\n"
    "  storage s : f16[cdiv(K, G), N / 2] scale\n"
    "  storage g : u8[K] index\n"
    "  const lut : f32[4] = [-1.5, -0.5, 0.5, 1.5]\n"
    "  dequant(k, n) = s[g[k], n / 2] * lut[bits(q[*, n], 2 * (2 * k), 2)]\n"
    "}\n"
    "format runs(G = 8) {\n"
    "  storage w : i16[N, K] codes\n"
    "  storage s : f32[N] scale\n"
    "  dequant(k, n) = s[n] * (w[n, k] + ((k + 3) / 8 - k / 4 / 2) + (k >> 3) % 3 - 3 * k / 8 + (n * 2 + 1) * (k / G))\n"
    "}\n";

static const char *const spelled[] = {
    "gptq(bits = 4, G = 32)", "gptq(bits = 3, G = 32)", "gptq(bits = 2, G = 16)", "gptq(bits = 8, G = 64)",
    "gptq(bits = 4, G = 12)", "int8", "fp8", "nf4", "aqlm", "linear", "conv1d(dt = f16)", "bnb_nf4",
    "bnb_nf4_dq(nested_blocksize = 16)", "awq(G = 32)",
    "fp8_channel", "fp8_tensor", "nvfp4", "mxfp4",
    "grp12", "lutidx", "runs", "runs(G = 24)",
};

enum { K = 96, N = 32, MADE_HERE = 18 /* spelled[MADE_HERE..]: the formats made here */ };

typedef struct Case {
  Program *p;
  Func *f;
  Value *w;
  void *data[ZO_MAX_STORAGE];
  float *delta[ZO_MAX_STORAGE];
  DqIn in;
  DqAn *an;
} Case;

static double fparam(const FormatInst *fi, const char *name, double dflt) {
  for (int i = 0; i < fi->nparams; i++)
    if (strcmp(fi->pname[i], name) == 0) return fi->pval[i];
  return dflt;
}

/* random data valid for the format: index tables k / G, shuffled for act-order */
static void bind(Case *c, uint64_t *rng, bool act) {
  const FormatInst *fi = c->w->type.fmt;
  for (int s = 0; s < c->w->w->nstorage; s++) {
    DType dt = zo_weight_storage_dtype(c->w, s);
    int64_t n = zo_weight_storage_numel(c->w, s);
    void *d = zo_xcalloc((size_t)n + 16, zo_dtype_size(dt));
    if (fi->storage[s].role == ZO_ROLE_INDEX) {
      int64_t G = (int64_t)fparam(fi, "G", 1), perm[K];
      for (int64_t k = 0; k < K; k++) perm[k] = k;
      for (int64_t k = K - 1; act && k > 0; k--) {
        int64_t j = (int64_t)(zt_next(rng) % (uint64_t)(k + 1)), t = perm[k];
        perm[k] = perm[j];
        perm[j] = t;
      }
      for (int64_t k = 0; k < K; k++) {
        if (dt == ZO_DT_I32) ((int32_t *)d)[perm[k]] = (int32_t)(k / G);
        else ((uint8_t *)d)[perm[k]] = (uint8_t)(k / G);
      }
    } else if (zo_dtype_is_float(dt)) {
      float *x = zo_xmalloc(sizeof(float) * (size_t)n);
      zt_fill_uniform(x, (size_t)n, rng, -1.0f, 1.0f);
      zo_convert_from_f32(dt, x, d, (size_t)n);
      if (dt == ZO_DT_F8E4M3)
        for (int64_t j = 0; j < n; j++) ((uint8_t *)d)[j] &= 0x77;   /* no NaN */
      /* the perturbation of a random half of the float storages */
      if (zt_next(rng) % 2) {
        c->in.perturbed[s] = true;
        c->delta[s] = x;
        for (int64_t j = 0; j < n; j++) x[j] *= 0.01f;
      } else {
        free(x);
      }
    } else {
      for (size_t j = 0; j < (size_t)n * zo_dtype_size(dt); j++) ((uint8_t *)d)[j] = (uint8_t)zt_next(rng);
    }
    c->data[s] = d;
  }
}

/* y = x · w for a weight w : fmt[K, n] (formats.zo imported from `formats`) */
static void model_text(char *text, size_t len, const char *formats, int n, const char *fmt) {
  snprintf(text, len,
           "import \"%s\"\n%s"
           "model m(K = %d, N = %d, W = %s) {\n"
           "  input tokens : i32[B, T]\n"
           "  weight E : f32[40, K] = \"E\"\n"
           "  weight w : W[K, N] = \"w\"\n"
           "  y = matmul(embedding(E, tokens), w)\n"
           "  output y\n"
           "}\n",
           formats, made_here, K, n, fmt);
}

static void open_case(Case *c, const char *fmt, uint64_t *rng, bool act) {
  char text[4096];
  model_text(text, sizeof text, "formats.zo", N, fmt);
  memset(c, 0, sizeof *c);
  c->p = zo_parse_string("test.zo", text, strlen(text));
  ck_assert_msg(zo_diag_count() == 0, "does not parse:\n%s", text);
  CompileOptions o = {0};
  c->f = zo_compile(c->p, &o);
  ck_assert_msg(c->f != NULL, "does not compile:\n%s", text);
  for (int i = 0; i < c->f->body->vals.len; i++) {
    Value *v = c->f->body->vals.data[i];
    if (v->op == ZO_OP_WEIGHT && strcmp(v->w->pattern, "w") == 0) c->w = v;
  }
  ck_assert(c->w && c->w->type.fmt);
  const Weight *w = c->w->w;
  c->in = (DqIn){.expr = c->w->type.fmt->dequant, .K = w->K, .N = w->N, .nstorage = w->nstorage};
  for (int s = 0; s < w->nstorage; s++) {
    c->in.dt[s] = c->w->type.fmt->storage[s].dtype;
    c->in.rank[s] = w->rank[s];
    memcpy(c->in.shape[s], w->shape[s], sizeof c->in.shape[s]);
  }
  bind(c, rng, act);
  c->an = zo_dqan(&c->in);
}

static void close_case(Case *c) {
  zo_dqan_free(c->an);
  for (int s = 0; s < ZO_MAX_STORAGE; s++) {
    free(c->data[s]);
    free(c->delta[s]);
  }
  zo_func_free(c->f);
  zo_program_free(c->p);
}

/* node x's value at every (k, n): unperturbed, or with the perturbed storages' deltas */
static double *values(Case *c, const Sx *x, bool perturbed) {
  double *v = zo_xmalloc(sizeof(double) * K * N);
  const float *const *delta = perturbed ? (const float *const *)c->delta : NULL;
  for (int k = 0; k < K; k++)
    for (int n = 0; n < N; n++) v[k * N + n] = zo_sx_eval(x, c->w->type.fmt, c->w->w, (const void *const *)c->data, delta, k, n);
  return v;
}

#define V(k, n) v[(k) * N + (n)]

/* two values of a node differ (NaN is the same as NaN: random E8M0 bytes
   make exp2(128) = inf, and 0 · inf) */
static bool differ(double a, double b) { return a != b && !(isnan(a) && isnan(b)); }

/* dependence, sign, values, divisors and strides of node i */
static void check_values(Case *c, const char *fmt, int i, const double *v) {
  const DqNode *d = &c->an->node[i];
  double *pv = values(c, d->x, true);
  for (int k = 0; k < K; k++)
    for (int n = 0; n < N; n++) {
      double x = V(k, n);
      const char *what = NULL;
      if (!(d->deps & DQ_DEP_K) && differ(x, V(0, n))) what = "varies with k";
      else if (!(d->deps & DQ_DEP_N) && differ(x, V(k, 0))) what = "varies with n";
      else if (!d->signdep && differ(pv[k * N + n], x)) what = "depends on the sign";
      else if (d->is_int && (x != floor(x) || x < (double)d->lo || x > (double)d->hi)) what = "lies outside its range";
      else if (d->is_int && (d->div == 0 ? x != 0 : fmod(x, (double)d->div) != 0)) what = "is not a multiple of its divisor";
      else if (d->naff && x - V(k, 0) != (double)d->nstride * n) what = "is not affine in n with its stride";
      else if (d->kmul > 0 && x != (double)d->kmul * k) what = "is not kmul * k";
      else if (d->kdiv > 0 && x != (double)(k / d->kdiv)) what = "is not k / kdiv";
      else if (d->kblock > 0 && differ(x, V(k - k % d->kblock, n))) what = "changes inside an aligned block";
      else if (d->kblock == 0 && (d->deps & DQ_DEP_K)) what = "depends on k with no block";
      ck_assert_msg(!what, "%s: node %d (kind %d) %s at k=%d n=%d: %.17g (range [%lld, %lld], div %lld, stride %lld, kblock %lld)",
                    fmt, i, d->x->kind, what, k, n, x, (long long)d->lo, (long long)d->hi, (long long)d->div,
                    (long long)d->nstride, (long long)d->kblock);
    }
  free(pv);
}

/* k-only node i: every run of equal values along k, but the first and the
   last, is at least its run long (a run read from data is a guess) */
static void check_run(const char *fmt, int i, const DqNode *d, const double *v) {
  if (d->deps != DQ_DEP_K || d->run_guess) return;
  int start = 0;
  for (int k = 1; k <= K; k++) {
    if (k < K && V(k, 0) == V(k - 1, 0)) continue;
    if (start > 0 && k < K)
      ck_assert_msg(k - start >= d->run, "%s: node %d has a run of %d at k=%d, shorter than %lld", fmt, i, k - start, start,
                    (long long)d->run);
    start = k;
  }
}

/* a hoisted node is a function of its keys' values and n */
static void check_hoists(Case *c, const char *fmt, double **vals) {
  for (int h = 0; h < c->an->nhoist; h++) {
    int hi = c->an->hnode[h];
    for (int k1 = 0; k1 < K; k1++)
      for (int k2 = k1 + 1; k2 < K; k2++) {
        bool same = true;
        for (int j = 0; j < c->an->n && same; j++) {
          /* the keys under this hoist: key nodes among its descendants */
          int a = j;
          while (a >= 0 && a != hi) a = c->an->node[a].parent;
          if (a == hi && c->an->node[j].key >= 0) same = vals[j][k1 * N] == vals[j][k2 * N];
        }
        if (!same) continue;
        for (int n = 0; n < N; n++)
          ck_assert_msg(vals[hi][k1 * N + n] == vals[hi][k2 * N + n], "%s: hoist %d differs at k=%d and k=%d with equal keys",
                        fmt, h, k1, k2);
      }
  }
}

/* the storages read as g_idx[k] are exactly the rank-1 integer loads at k,
   and every z-prologue dim indexes by n with the others free of n */
static void check_storages(Case *c, const char *fmt, double **vals) {
  for (int i = 0; i < c->an->n; i++) {
    const DqNode *d = &c->an->node[i];
    const Sx *x = d->x;
    if (x->kind != SX_LOAD) continue;
    bool at_k = x->nkids == 1 && d->is_int;
    for (int k = 0; k < K && at_k; k++) at_k = vals[zo_dqan_index(c->an, x->kids[0])][k * N] == k;
    bool listed = false;
    for (int j = 0; j < c->an->ngkey; j++) listed |= c->an->gkey[j] == x->ref;
    ck_assert_msg(d->gkey == at_k && (!at_k || listed), "%s: node %d: gkey %d, a load at k %d", fmt, i, d->gkey, at_k);
    int dim = zo_dqan_n_dim(c->an, x->ref);
    for (int kc = 0; kc < x->nkids && dim >= 0; kc++) {
      const double *v = vals[zo_dqan_index(c->an, x->kids[kc])];
      for (int k = 0; k < K; k++)
        for (int n = 0; n < N; n++)
          ck_assert_msg(kc == dim ? V(k, n) == n : V(k, n) == V(k, 0), "%s: storage %d's z dim %d is not separable", fmt, x->ref,
                        dim);
    }
  }
}

START_TEST(test_analysis_against_evaluation) {
  uint64_t r = zt_seed() ^ 0xd9a;
  for (size_t f = 0; f < ZO_COUNT(spelled); f++)
    for (int act = 0; act < 2; act++) {
      Case c;
      open_case(&c, spelled[f], &r, act);
      double **vals = zo_xcalloc((size_t)c.an->n, sizeof *vals);
      for (int i = 0; i < c.an->n; i++) {
        vals[i] = values(&c, c.an->node[i].x, false);
        check_values(&c, spelled[f], i, vals[i]);
        check_run(spelled[f], i, &c.an->node[i], vals[i]);
      }
      check_hoists(&c, spelled[f], vals);
      check_storages(&c, spelled[f], vals);
      for (int i = 0; i < c.an->n; i++) free(vals[i]);
      free(vals);
      close_case(&c);
    }
}
END_TEST

/* what the emitters rely on is found, not only sound: GPTQ's field offset
   bits·k, its g_idx key and per-group hoist; grp12's k / 12; the runs of
   the made-here k expressions, each compared with the runs measured */
static int64_t measured_block(const double *v) {
  for (int64_t b = K; b > 1; b--) {
    if (K % b) continue;
    bool ok = true;
    for (int k = 0; k < K && ok; k++) ok = V(k, 0) == V(k - k % b, 0);
    if (ok) return b;
  }
  return 1;
}

START_TEST(test_analysis_finds_structure) {
  uint64_t r = zt_seed() ^ 0xd9b;
  Case c;
  open_case(&c, "gptq(bits = 4, G = 32)", &r, true);
  int bits_nodes = 0, gidx = -1;
  for (int i = 0; i < c.an->n; i++) {
    const DqNode *d = &c.an->node[i];
    if (d->x->kind == SX_BITS && c.w->type.fmt->storage[d->x->ref].role == ZO_ROLE_CODES) {   /* 4 bits at 4·k, one word each */
      const DqNode *off = zo_dqan_kid(c.an, i, c.in.rank[d->x->ref]);
      ck_assert_msg(off->kmul == 4 && off->div % 4 == 0, "GPTQ's code offset: kmul %lld, div %lld", (long long)off->kmul,
                    (long long)off->div);
      bits_nodes++;
    }
    if (d->gkey) gidx = d->x->ref;
  }
  ck_assert_int_eq(bits_nodes, 1);
  ck_assert_msg(gidx >= 0 && c.an->ngkey == 1 && c.an->gkey[0] == gidx, "act-order GPTQ: g_idx[k] is the one key");
  ck_assert_msg(c.an->nhoist >= 1 && c.an->nkey == 1 && c.an->factored, "GPTQ: the scale hoisted per group, W factored");
  close_case(&c);
  for (size_t f = MADE_HERE; f < ZO_COUNT(spelled); f++) {
    open_case(&c, spelled[f], &r, false);
    for (int i = 0; i < c.an->n; i++) {
      const DqNode *d = &c.an->node[i];
      if (d->deps != DQ_DEP_K || d->mem) continue;
      double *v = values(&c, d->x, false);
      int64_t b = measured_block(v);
      /* floor(k / c) and its sums: the analysis's aligned block is the measured one */
      if (d->kdiv > 0 || d->x->kind == SX_VAR) ck_assert_msg(d->kblock == b, "%s: node %d: kblock %lld, measured %lld", spelled[f], i,
                                                                (long long)d->kblock, (long long)b);
      free(v);
    }
    close_case(&c);
  }
}
END_TEST

/* through the command line: the made-here formats' loss on the CPU kernels
   equals the reference's, and their CUDA C is generated */
START_TEST(test_formats_through_the_cli) {
  const char *dir = zt_tmpdir();
  uint64_t r = zt_seed() ^ 0xd9c;
  char path[512], args[2048], toks[512], text[4096];
  snprintf(toks, sizeof toks, "%s/tokens.jsonl", dir);
  zt_write_tokens(toks, 3, 4, 9, 40, &r);
  for (size_t f = MADE_HERE; f < ZO_COUNT(spelled); f++) {
    snprintf(path, sizeof path, "%s/m%zu.zo", dir, f);
    FILE *fp = fopen(path, "w");
    ck_assert(fp != NULL);
    model_text(text, sizeof text, zt_src("models/formats.zo"), 40, spelled[f]);
    ck_assert(fputs(text, fp) >= 0 && fclose(fp) == 0);
    char *out = NULL, *err = NULL;
    snprintf(args, sizeof args, "random-weights '%s' --seed %llu -o '%s/w%zu.safetensors'", path,
             (unsigned long long)(zt_next(&r) % 1000), dir, f);
    ck_assert_msg(zt_zoc(args, &out, &err) == 0, "%s: %s", args, err);
    free(out);
    free(err);
    char *lines[2];
    for (int dev = 0; dev < 2; dev++) {
      snprintf(args, sizeof args, "loss '%s' --weights '%s/w%zu.safetensors' --data '%s' --device %s", path, dir, f, toks,
               dev ? "ref" : "cpu");
      ck_assert_msg(zt_zoc(args, &out, &err) == 0, "%s: %s", args, err);
      lines[dev] = out;
      free(err);
    }
    /* one {"loss": L, ...} line a sequence, in the same order */
    const char *a = lines[0], *b = lines[1];
    int seen = 0;
    while ((a = strstr(a, "\"loss\":")) && (b = strstr(b, "\"loss\":"))) {
      double la = strtod(a + 7, NULL), lb = strtod(b + 7, NULL);
      ck_assert_msg(isfinite(lb) && fabs(la - lb) <= 1e-5 * (1 + fabs(lb)), "%s: cpu loss %.9g, ref %.9g", spelled[f], la, lb);
      a += 7;
      b += 7;
      seen++;
    }
    ck_assert_msg(seen == 3, "%s: %d losses in:\n%s", spelled[f], seen, lines[0]);
    free(lines[0]);
    free(lines[1]);
    snprintf(args, sizeof args, "cuda '%s'", path);
    ck_assert_msg(zt_zoc(args, &out, &err) == 0, "%s: %s", args, err);
    ck_assert_msg(strstr(out, "zdqb2_") != NULL, "%s: no 8-k block dequant in the CUDA C", spelled[f]);
    free(out);
    free(err);
  }
}
END_TEST

int main(void) {
  Suite *s = suite_create("dqan");
  TCase *tc = tcase_create("eval");
  tcase_add_test(tc, test_analysis_against_evaluation);
  tcase_add_test(tc, test_analysis_finds_structure);
  suite_add_tcase(s, tc);
  TCase *cli = tcase_create("cli");
  tcase_add_test(cli, test_formats_through_the_cli);
  suite_add_tcase(s, cli);
  return zt_run_suite(s);
}
