/* cmd_bench.c — `zoc bench`: throughput, ZO step time and memory of a model
 * on random weights through any backend (cpu, ref, cuda); or, with --op
 * matmul, the LLVM backend's fused quantized matmul alone, in GFLOPS.
 *
 * Model mode: the model is compiled with its -D values, given random weights
 * and run through the backend: forward tokens/s (median of --reps timed runs
 * after a warm-up), one ZO step (a single forward over the doubled batch:
 * split = B, eps > 0: both signs' passes), and memory (the backend's arena +
 * scratch, the process's max RSS, the device bytes where the backend says).
 * Output: one JSON object per line.
 *  - cpu and ref: a random checkpoint quantized like a real layer
 *    (runtime/randw.h), --reps 5 by default.
 *  - cuda (and any backend with a loss-only forward): the storages are filled
 *    straight from a fast generator by role (codes and zeros random bits,
 *    scales ~0.1/sqrt(K), index storages valid group indices, dense weights
 *    ~1/sqrt(K), norm weights ~1): a Llama-2-7B's 3.9 GB would take minutes
 *    through the quantizers, and a timing does not need real statistics.
 *    The forward and the step are timed through the backend's loss forward
 *    (per-sequence mean next-token cross-entropy; the logits stay on the
 *    device), --reps 10 by default (the median of at least 10).
 *  - a backend that updates the trained tensors itself (cuda): train_step,
 *    the update (one query) then the step, as `zoc train` runs them, and
 *    update_s, its difference from the step alone.
 * --op matmul: a one-matmul model y = x · W (x from an embedding, so the
 * model has its token input) with W in --format; M = B·T rows; times the
 * matmul kernel alone, perturbed (split M/2, both signs in one call) and not,
 * and reports GFLOPS = 2·M·K·N / time (LLVM builds only).
 * The step's forward and the host buffers beside it are checked against the
 * machine's memory before any random weights are made (runtime/fit.h), so a
 * --batch, --seq or -D too large is a message in a moment, not an abort.
 */
#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "frontend/ast.h"
#include "passes/passes.h"
#include "runtime/ckptcfg.h"
#include "runtime/convert.h"
#include "runtime/exec.h"
#include "runtime/randw.h"
#include "runtime/safetensors.h"
#include "runtime/train.h"
#include "runtime/fit.h"
#include "runtime/weights.h"
#include "src/cli.h"
#include "support/memfit.h"
#ifdef ZOC_HAVE_LLVM
#include "codegen/llvm_gen.h"
#endif

int zo_cmd_bench(const Verb *v, int argc, char **argv);

typedef struct BenchOpts {
  bool random;
  const char *device, *op, *format;
  const char *weights;         /* --weights DIR: the shape its config.json describes (weights still random) */
  int64_t batch, seq;
  int threads, reps;
  uint64_t seed;
  ZoTarget target;             /* --target NAME=VALUE */
  Vec(const char *) sets;      /* --set NAME=VALUE: the recipe's settings (forward=fp8, masters=none) */
} BenchOpts;

static int64_t parse_int(const Verb *v, const char *opt, const char *s, int64_t lo) {
  char *end;
  long long x = strtoll(s, &end, 10);
  if (!*s || *end || x < lo) zo_cli_usage_error(v, "%s needs an integer >= %lld, got '%s'", opt, (long long)lo, s);
  return x;
}

static int bench_extra(const Verb *v, int argc, char **argv, int i, void *ctx) {
  BenchOpts *o = ctx;
  const char *a = argv[i];
  int j = i;
  if (strcmp(a, "--random-weights") == 0) o->random = true;
  else if (zo_cli_opt(a, "--weights")) o->weights = zo_cli_value(v, argc, argv, &j);
  else if (zo_cli_opt(a, "--batch")) o->batch = parse_int(v, "--batch", zo_cli_value(v, argc, argv, &j), 1);
  else if (zo_cli_opt(a, "--seq")) o->seq = parse_int(v, "--seq", zo_cli_value(v, argc, argv, &j), 1);
  else if (zo_cli_opt(a, "--threads")) o->threads = (int)parse_int(v, "--threads", zo_cli_value(v, argc, argv, &j), 1);
  else if (zo_cli_opt(a, "--reps")) o->reps = (int)parse_int(v, "--reps", zo_cli_value(v, argc, argv, &j), 1);
  else if (zo_cli_opt(a, "--seed")) o->seed = (uint64_t)parse_int(v, "--seed", zo_cli_value(v, argc, argv, &j), 0);
  else if (zo_cli_opt(a, "--device")) o->device = zo_cli_value(v, argc, argv, &j);
  else if (zo_cli_opt(a, "--op")) o->op = zo_cli_value(v, argc, argv, &j);
  else if (zo_cli_opt(a, "--format")) o->format = zo_cli_value(v, argc, argv, &j);
  else if (zo_cli_opt(a, "--target")) zo_cli_target(v, zo_cli_value(v, argc, argv, &j), &o->target);
  else if (zo_cli_opt(a, "--set")) vec_push(&o->sets, zo_cli_value(v, argc, argv, &j));
  else return 0;
  return j - i + 1;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double median(double *x, int n) {
  qsort(x, (size_t)n, sizeof *x, cmp_double);
  return n % 2 ? x[n / 2] : 0.5 * (x[n / 2 - 1] + x[n / 2]);
}

static void emit_json(json_t *o) {
  char *s = json_dumps(o, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6));
  puts(s);
  fflush(stdout);
  free(s);
  json_decref(o);
}

static int64_t max_rss_bytes(void) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return (int64_t)ru.ru_maxrss * 1024;
}

/* a random checkpoint for f, bound; written in a directory of its own in
   $TMPDIR (no other user can swap the file between its write and its
   mapping), unlinked once mapped */
static StFile *random_bind(Func *f, uint64_t seed) {
  char dir[1100], path[1200];
  if (zo_tmp_dir("zoc-bench", dir, sizeof dir) != 0) {
    zo_env_error(dir, "cannot make a scratch directory for the random checkpoint: %s (set TMPDIR)", strerror(errno));
    return NULL;
  }
  snprintf(path, sizeof path, "%s/random.safetensors", dir);
  StFile *st = zo_random_weights(f, seed, path) == 0 ? zo_st_open(path) : NULL;
  unlink(path);
  rmdir(dir);
  if (!st) return NULL;
  if (zo_weights_bind(f, st) != 0) {
    zo_st_close(st);
    return NULL;
  }
  return st;
}

/* ---- fast random storages (see the top) */
typedef Vec(void *) PtrVec;

static uint64_t xs_next(uint64_t *s) {
  uint64_t x = *s;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  return *s = x;
}

/* uniform in [-1, 1) */
static float xs_unit(uint64_t *s) { return (float)((double)(xs_next(s) >> 11) * (2.0 / 9007199254740992.0) - 1.0); }

static void put_float(DType dt, void *p, int64_t i, float x) {
  switch (dt) {
  case ZO_DT_F32: ((float *)p)[i] = x; break;
  case ZO_DT_F16: ((uint16_t *)p)[i] = zo_f32_to_f16(x); break;
  case ZO_DT_BF16: ((uint16_t *)p)[i] = zo_f32_to_bf16(x); break;
  case ZO_DT_F8E4M3: ((uint8_t *)p)[i] = zo_f32_to_f8e4m3_sat(x); break;
  case ZO_DT_F64: ((double *)p)[i] = x; break;
  default: ZO_BUG("float dtype %d", dt);
  }
}

/* One storage's share of the fill: elements [lo, hi) from a generator of
   their own (seeded by the storage's ordinal and the chunk), so the bytes
   depend on the seed only, never on the thread count. */
enum { FILL_BITS, FILL_INDEX, FILL_SCALE, FILL_CODEBOOK, FILL_NORM, FILL_EMBED, FILL_WEIGHT };
typedef struct FillJob {
  char *p;
  DType dt;
  int kind;
  double wscale;
  int64_t n, groups, lo, hi;   /* FILL_BITS: bytes; else elements */
  uint64_t seed;
} FillJob;

typedef struct FillWork {
  FillJob *jobs;
  int njobs;
  int next;                    /* the next job to take (atomic) */
} FillWork;

static void fill_job(const FillJob *j) {
  uint64_t s = j->seed ? j->seed : 1;
  if (j->kind == FILL_INDEX) {
    for (int64_t k = j->lo; k < j->hi; k++) ((int32_t *)j->p)[k] = (int32_t)(k * j->groups / (j->n > 0 ? j->n : 1));
    return;
  }
  if (j->kind == FILL_BITS) {
    for (int64_t off = j->lo; off < j->hi; off += 8) {
      uint64_t r = xs_next(&s);
      memcpy(j->p + off, &r, (size_t)(j->hi - off < 8 ? j->hi - off : 8));
    }
    return;
  }
  for (int64_t k = j->lo; k < j->hi; k++) {
    float x;
    switch (j->kind) {
    case FILL_SCALE: x = (float)(0.1 * j->wscale * (1.0 + 0.25 * xs_unit(&s))); break;
    case FILL_CODEBOOK: x = 0.5f * xs_unit(&s); break;
    case FILL_NORM: x = 1.0f + 0.05f * xs_unit(&s); break;
    case FILL_EMBED: x = 0.035f * xs_unit(&s); break;   /* embeddings: ~N(0, 0.02^2)'s spread */
    default: x = (float)(1.7 * j->wscale) * xs_unit(&s); break;
    }
    put_float(j->dt, j->p, k, x);
  }
}

static void *fill_thread(void *arg) {
  FillWork *w = arg;
  for (int i; (i = __atomic_fetch_add(&w->next, 1, __ATOMIC_RELAXED)) < w->njobs;) fill_job(&w->jobs[i]);
  return NULL;
}

static int fast_random_bind(Func *f, uint64_t seed, int threads, PtrVec *owned) {
  Block *b = f->body;
  /* every storage is held at once: their sum fits, or nothing is made */
  int64_t total = 0;
  for (int i = 0; i < b->vals.len; i++) {
    const Value *v = b->vals.data[i];
    if (v->op != ZO_OP_WEIGHT) continue;
    for (int st = 0; st < v->w->nstorage; st++)
      total = zo_mem_add(total, zo_mem_mul(zo_weight_storage_numel(v, st), (int64_t)zo_dtype_size(zo_weight_storage_dtype(v, st))) + 8);
  }
  char what[256];
  snprintf(what, sizeof what, "zoc bench, random weights for model '%s'", f->name);
  if (zo_mem_fit(what, total, "a smaller model (-D values)") != 0) return -1;
  Vec(FillJob) jobs = {0};
  uint64_t ordinal = 0;
  for (int i = 0; i < b->vals.len; i++) {
    Value *v = b->vals.data[i];
    if (v->op != ZO_OP_WEIGHT) continue;
    const FormatInst *fmt = v->type.fmt;
    int64_t K = fmt ? v->w->K : (v->type.rank >= 1 ? v->type.dims[0].coef : 1);
    /* the rows of the scale storage, for index storages (group of each k) */
    int64_t groups = 1;
    if (fmt)
      for (int t = 0; t < v->w->nstorage; t++)
        if (fmt->storage[t].role == ZO_ROLE_SCALE && v->w->rank[t] >= 1) groups = v->w->shape[t][0];
    for (int st = 0; st < v->w->nstorage; st++, ordinal++) {
      DType dt = fmt ? fmt->storage[st].dtype : v->type.dtype;
      Role role = fmt ? fmt->storage[st].role : ZO_ROLE_WEIGHT;
      int64_t n = zo_weight_storage_numel(v, st);
      size_t bytes = (size_t)n * zo_dtype_size(dt);
      char *p = zo_mem_alloc((int64_t)bytes + 8, "zoc bench: random weights");
      if (!p) {
        vec_free(&jobs);
        return -1;
      }
      vec_push(owned, p);
      v->w->data[st] = p;
      int rank = fmt ? v->w->rank[st] : v->type.rank;
      FillJob j = {.p = p, .dt = dt, .wscale = 1.0 / sqrt((double)(K > 0 ? K : 1)), .n = n, .groups = groups};
      if (!zo_dtype_is_float(dt)) j.kind = role == ZO_ROLE_INDEX && dt == ZO_DT_I32 && v->w->rank[st] == 1 ? FILL_INDEX : FILL_BITS;
      else if (role == ZO_ROLE_SCALE) j.kind = FILL_SCALE;
      else if (role == ZO_ROLE_CODEBOOK) j.kind = FILL_CODEBOOK;
      else if (!fmt && rank == 1) j.kind = FILL_NORM;
      else if (!fmt && rank == 2) j.kind = FILL_EMBED;
      else j.kind = FILL_WEIGHT;
      int64_t len = j.kind == FILL_BITS ? (int64_t)bytes : n, chunk = (int64_t)1 << 22;   /* a multiple of 8 bytes */
      for (int64_t lo = 0, c = 0; lo < len; lo += chunk, c++) {
        uint64_t sm = seed ^ (ordinal * 0x9E3779B97F4A7C15ull) ^ ((uint64_t)c << 40);
        j.seed = zo_splitmix64(&sm);
        j.lo = lo;
        j.hi = lo + chunk < len ? lo + chunk : len;
        vec_push(&jobs, j);
      }
    }
  }
  FillWork w = {jobs.data, jobs.len, 0};
  int nt = threads < 1 ? 1 : threads > 64 ? 64 : threads;
  pthread_t th[64];
  int started = 0;
  while (started < nt - 1 && pthread_create(&th[started], NULL, fill_thread, &w) == 0) started++;
  fill_thread(&w);   /* this thread too; it takes every job when none started */
  for (int t = 0; t < started; t++) pthread_join(th[t], NULL);
  vec_free(&jobs);
  return 0;
}

static int bench_model(const Verb *v, ModelArgs *m, BenchOpts *o) {
  const Backend *be = zo_cli_backend(v, o->device);
  zo_cli_target_check(v, &o->target, be);
  Program *p = zo_parse_files(&m->file, 1);
  int rc = 1;
  Func *f = NULL;
  StFile *st = NULL;
  void *state = NULL;
  int32_t *tok = NULL;
  float *out = NULL;
  float *losses = NULL;
  PtrVec owned = {0};
  ZoParams ps = {0};
  CkptParams ck = {0};
  bool upd = false;
  bool fast = be->loss != NULL;
  if (zo_diag_count() != 0 || zo_ckpt_params(p, m->model, o->weights, m->defs.data, m->defs.len, &ck) != 0) goto done;
  const char *recipe = m->recipe;
  CompileOptions co = {.model = m->model, .recipe = recipe, .defs = ck.defs.data, .ndefs = ck.defs.len};
  if (!(f = zo_compile(p, &co))) goto done;
  zo_cli_target_recipe(&o->target, f);
  ZoTrainSettings set;
  zo_cli_sets(v, o->sets.data, o->sets.len, f, &set);
  /* the step's forward (2B rows) and the host buffers beside it fit, before minutes of random weights */
  int64_t C = zo_model_out_cols(f), BT = zo_mem_mul(o->batch, o->seq);
  int64_t host = zo_mem_add(zo_mem_mul(BT, 8), fast ? zo_mem_mul(o->batch, 8) : zo_mem_mul(BT, zo_mem_mul(C, 8)));
  if (zo_fit_forward(f, be, zo_mem_mul(2, o->batch), o->seq, host, "zoc bench (a ZO step runs both signs of --batch at once)",
                     "a smaller --batch or --seq (or smaller -D values)") != 0)
    goto done;
  double t0 = now();
  if (fast) {
    if (fast_random_bind(f, o->seed, o->threads, &owned) != 0) goto done;
  } else if (!(st = random_bind(f, o->seed))) goto done;
  double t_weights = now() - t0;
  /* a backend that updates the trained tensors itself: their masters, as `zoc train` makes them */
  upd = be->update && recipe && f->nstreams > 0;
  if (upd && zo_params_init(&ps, f, set.scale_min, zo_params_mode(&set), o->threads) != 0) goto done;
  t0 = now();
  if (!(state = be->open(f, o->threads, &o->target))) goto done;
  double t_open = now() - t0;
  json_t *j = json_object();
  json_object_set_new(j, "bench", json_string("compile"));
  json_object_set_new(j, "model", json_string(f->name));
  json_object_set_new(j, "device", json_string(be->name));
  json_object_set_new(j, "kernels", json_integer(f->ngroups));
#ifdef ZOC_HAVE_LLVM
  if (be == &zo_backend_cpu) {
    json_object_set_new(j, "functions", json_integer(zo_llvm_compiled_functions()));
    json_object_set_new(j, "cached_modules", json_integer(zo_llvm_cached_modules()));   /* linked from the object cache */
  }
#endif
  json_object_set_new(j, "open_s", json_real(t_open));
  json_object_set_new(j, "random_weights_s", json_real(t_weights));
  json_object_set_new(j, "weight_bytes", json_integer(f->plan.weight_bytes));
  emit_json(j);

  int64_t B = o->batch, T = o->seq, V = zo_model_vocab(f);
  if (V < 1) V = 1;   /* no table the ids index: any id will do */
  uint64_t s = o->seed ^ 0x5eedull;
  if (!(tok = zo_mem_alloc(zo_mem_mul(BT, 8), "zoc bench: token ids"))) goto done;
  for (int64_t i = 0; i < B * T; i++) tok[i] = (int32_t)(zo_splitmix64(&s) % (uint64_t)V);
  memcpy(tok + B * T, tok, sizeof(int32_t) * (size_t)(B * T));
  /* the logits come back only from a backend without a loss forward */
  if (!fast && !(out = zo_mem_alloc(zo_mem_mul(BT, zo_mem_mul(C, 8)), "zoc bench: the logits"))) goto done;
  int reps = o->reps > 0 ? o->reps : fast ? 10 : 5;
  if (!(losses = zo_mem_alloc(zo_mem_mul(B, 8), "zoc bench: the losses"))) goto done;
  double *ts = zo_xmalloc(sizeof(double) * (size_t)reps);
  /* forward */
#define RUN(bb, pp) (fast ? be->loss(state, tok, (bb), T, (pp), losses) : be->forward(state, tok, (bb), T, (pp), out))
  if (RUN(B, NULL) != 0) goto done;
  for (int r = 0; r < reps; r++) {
    t0 = now();
    if (RUN(B, NULL) != 0) goto done;
    ts[r] = now() - t0;
  }
  double fwd = median(ts, reps);
  j = json_object();
  json_object_set_new(j, "bench", json_string("forward"));
  json_object_set_new(j, "batch", json_integer(B));
  json_object_set_new(j, "seq", json_integer(T));
  json_object_set_new(j, "threads", json_integer(o->threads));
  json_object_set_new(j, "reps", json_integer(reps));
  json_object_set_new(j, "median_s", json_real(fwd));
  json_object_set_new(j, "tokens_per_s", json_real((double)(B * T) / fwd));
  emit_json(j);
  /* one ZO step: both signs' passes as one forward over 2B */
  double eps = recipe && f->recipe ? zo_recipe_get(f->recipe, "eps", 1e-3) : 1e-3;
  Perturb pz = {.seed = o->seed * 2654435761u + 1, .eps = (float)eps, .split = B};
  if (RUN(2 * B, &pz) != 0) goto done;
  for (int r = 0; r < reps; r++) {
    pz.seed++;
    t0 = now();
    if (RUN(2 * B, &pz) != 0) goto done;
    ts[r] = now() - t0;
  }
  double step = median(ts, reps);
  j = json_object();
  json_object_set_new(j, "bench", json_string("zo_step"));
  json_object_set_new(j, "recipe", recipe ? json_string(recipe) : json_null());
  json_object_set_new(j, "perturbed_tensors", json_integer(f->nstreams));
  json_object_set_new(j, "batch", json_integer(B));
  json_object_set_new(j, "seq", json_integer(T));
  json_object_set_new(j, "median_s", json_real(step));
  json_object_set_new(j, "tokens_per_s", json_real((double)(2 * B * T) / step));
  emit_json(j);
  if (upd) {   /* a training step as `zoc train` runs it: the update on the device, then both passes */
    float d = 1.0f;
    int ur = be->update(state, &ps, 1, &pz.seed, &d, 1e-9, 0.0);   /* the first sets the masters up */
    for (int r = 0; r < reps && ur == 0; r++) {
      pz.seed++;
      t0 = now();
      if ((ur = be->update(state, &ps, 1, &pz.seed, &d, 1e-9, 0.0)) == 0 && RUN(2 * B, &pz) != 0) goto done;
      ts[r] = now() - t0;
    }
    if (ur < 0) goto done;
    if (ur == 0) {
      j = json_object();
      json_object_set_new(j, "bench", json_string("train_step"));
      json_object_set_new(j, "trained_tensors", json_integer(ps.n));
      json_object_set_new(j, "median_s", json_real(median(ts, reps)));
      json_object_set_new(j, "update_s", json_real(median(ts, reps) - step));
      emit_json(j);
    }
  }
  j = json_object();
  json_object_set_new(j, "bench", json_string("memory"));
  json_object_set_new(j, "arena_bytes", json_integer(f->plan.arena_bytes));
  json_object_set_new(j, "peak_bytes", json_integer(be->peak_bytes(state)));
  json_object_set_new(j, "weight_bytes", json_integer(f->plan.weight_bytes));
  json_object_set_new(j, "max_rss_bytes", json_integer(max_rss_bytes()));
  if (be->device_bytes) json_object_set_new(j, "device_bytes", json_integer(be->device_bytes(state)));
  emit_json(j);
  free(ts);
  rc = 0;
done:
  if (state) be->close(state);
  zo_params_free(&ps);
  zo_ckpt_params_free(&ck);
  zo_st_close(st);
  zo_func_free(f);
  zo_program_free(p);
  free(tok);
  free(out);
  free(losses);
  for (int i = 0; i < owned.len; i++) free(owned.data[i]);
  vec_free(&owned);
  return rc;
#undef RUN
}

#ifdef ZOC_HAVE_LLVM
/* --format shorthands */
static const char *format_text(const char *f) {
  static const struct { const char *name, *text; } alias[] = {
    {"gptq4", "gptq(bits = 4, G = 128)"}, {"gptq3", "gptq(bits = 3, G = 128)"}, {"gptq2", "gptq(bits = 2, G = 128)"},
    {"gptq8", "gptq(bits = 8, G = 128)"}, {"int8", "int8"}, {"fp8", "fp8"}, {"nf4", "nf4"}, {"aqlm", "aqlm"},
    {"f16", "linear(dt = f16)"}, {"f32", "linear(dt = f32)"}, {"bf16", "linear(dt = bf16)"},
  };
  for (size_t i = 0; i < ZO_COUNT(alias); i++)
    if (strcmp(f, alias[i].name) == 0) return alias[i].text;
  return f;
}
#endif

static int bench_matmul(const Verb *v, BenchOpts *o, DefineVec *defs) {
#ifndef ZOC_HAVE_LLVM
  zo_env_error("zoc bench", "--op matmul times the LLVM kernels; this zoc was built without LLVM");
  return 1;
#else
  zo_cli_target_check(v, &o->target, &zo_backend_cpu);
  int64_t M = 1;
  DefineVec mdefs = {0};
  for (int i = 0; i < defs->len; i++) {
    if (strcmp(defs->data[i].name, "M") == 0) M = parse_int(v, "-D M", defs->data[i].value, 1);
    else vec_push(&mdefs, defs->data[i]);
  }
  const char *fmt = format_text(o->format ? o->format : "gptq4");
  bool scaled = strncmp(fmt, "linear", 6) != 0 && strncmp(fmt, "conv1d", 6) != 0;
  char text[1024];
  snprintf(text, sizeof text,
           "import \"formats.zo\"\n"
           "model mm(K = 4096, N = 4096, W = %s) {\n"
           "  input tokens : i32[B, T]\n"
           "  weight emb : f32[64, K] = \"emb\"\n"
           "  weight w : W[K, N] = \"w\"\n"
           "  y = matmul(embedding(emb, tokens), w)\n"
           "  output y\n"
           "}\n"
           "recipe zo for mm { perturb %s }\n",
           fmt, scaled ? "scale" : "w");
  Program *p = zo_parse_string("bench-matmul.zo", text, strlen(text));
  int rc = 1;
  Func *f = NULL;
  StFile *st = NULL;
  void *state = NULL;
  int32_t *tok = NULL;
  float *out = NULL;
  if (zo_diag_count() != 0) goto done;
  CompileOptions co = {.recipe = "zo", .defs = mdefs.data, .ndefs = mdefs.len};
  if (!(f = zo_compile(p, &co))) goto done;
  int64_t N0 = zo_model_out_cols(f);
  if (zo_fit_forward(f, &zo_backend_cpu, M, 1, zo_mem_mul(M, zo_mem_mul(N0 + 1, 4)), "zoc bench --op matmul",
                     "a smaller -D M (or -D K, -D N)") != 0)
    goto done;
  if (!(st = random_bind(f, o->seed))) goto done;
  if (!(state = zo_backend_cpu.open(f, o->threads, &o->target))) goto done;
  const ZoLlvmProgram *lp = zo_cpu_program(state);
  int g = -1;
  for (int i = 0; i < lp->nkernels; i++)
    if (strcmp(lp->kernels[i].kind, "matmul") == 0) g = i;
  ZO_ASSERT(g >= 0);
  const Value *xin = lp->kernels[g].anchor->arg[0];
  int64_t K = xin->type.dims[xin->type.rank - 1].coef, N = zo_model_out_cols(f);
  uint64_t s = o->seed ^ 0xabcull;
  if (!(tok = zo_mem_alloc(zo_mem_mul(M, 4), "zoc bench: token ids")) ||
      !(out = zo_mem_alloc(zo_mem_mul(M, zo_mem_mul(N, 4)), "zoc bench: the outputs")))
    goto done;
  for (int64_t i = 0; i < M; i++) tok[i] = (int32_t)(zo_splitmix64(&s) % 64);
  double *ts = zo_xmalloc(sizeof(double) * (size_t)o->reps);
  for (int pert = 0; pert < 2; pert++) {
    Perturb pz = {.seed = 12345, .eps = pert ? 1e-3f : 0.0f, .split = M >= 2 ? M / 2 : M};
    /* B = M rows of one token each */
    if (zo_backend_cpu.forward(state, tok, M, 1, &pz, out) != 0) goto done;
    for (int r = 0; r < o->reps; r++) {
      double before = zo_cpu_kernel_seconds(state, g);
      pz.seed++;
      if (zo_backend_cpu.forward(state, tok, M, 1, &pz, out) != 0) goto done;
      ts[r] = zo_cpu_kernel_seconds(state, g) - before;
    }
    double t = median(ts, o->reps);
    json_t *j = json_object();
    json_object_set_new(j, "bench", json_string("matmul"));
    json_object_set_new(j, "format", json_string(fmt));
    json_object_set_new(j, "M", json_integer(M));
    json_object_set_new(j, "K", json_integer(K));
    json_object_set_new(j, "N", json_integer(N));
    json_object_set_new(j, "perturbed", json_boolean(pert));
    json_object_set_new(j, "signs", json_integer(pert ? (M >= 2 ? 2 : 1) : 0));
    json_object_set_new(j, "threads", json_integer(o->threads));
    json_object_set_new(j, "median_s", json_real(t));
    json_object_set_new(j, "gflops", json_real(2.0 * (double)M * (double)K * (double)N / t * 1e-9));
    emit_json(j);
  }
  free(ts);
  rc = 0;
done:
  if (state) zo_backend_cpu.close(state);
  zo_st_close(st);
  zo_func_free(f);
  zo_program_free(p);
  vec_free(&mdefs);
  free(tok);
  free(out);
  return rc;
#endif
}

int zo_cmd_bench(const Verb *v, int argc, char **argv) {
  ModelArgs m = {0};
  BenchOpts o = {.batch = 1, .seq = 128, .reps = 0, .seed = 1};
  zo_target_init(&o.target);
  bool op_mode = false;
  for (int i = 0; i < argc; i++)
    if (zo_cli_opt(argv[i], "--op")) op_mode = true;
  if (op_mode) {
    /* no model file: parse the options by hand */
    for (int i = 0; i < argc; i++) {
      if (strncmp(argv[i], "-D", 2) == 0) i += zo_cli_define(v, argc, argv, i, &m.defs) - 1;
      else {
        int used = bench_extra(v, argc, argv, i, &o);
        if (!used) zo_cli_usage_error(v, "unknown option '%s'", argv[i]);
        i += used - 1;
      }
    }
    if (strcmp(o.op, "matmul") != 0) zo_cli_usage_error(v, "--op: only 'matmul' is benchmarked alone");
    if (o.sets.len) zo_cli_usage_error(v, "--set is for a model's recipe, not --op matmul");
    if (o.threads <= 0) o.threads = (int)sysconf(_SC_NPROCESSORS_ONLN);
    if (o.reps <= 0) o.reps = 5;
    int rc = bench_matmul(v, &o, &m.defs);
    zo_cli_free_defines(&m.defs);
    return rc;
  }
  m.bundled = true;
  zo_cli_parse_model_args(v, argc, argv, &m, bench_extra, &o);
  if (!o.random) zo_cli_usage_error(v, "a model benchmark runs on --random-weights");
  if (zo_cli_bundled_dir(v, &m, o.weights) != 0) {
    zo_cli_free_defines(&m.defs);
    return 1;
  }
  if (o.threads <= 0) o.threads = (int)sysconf(_SC_NPROCESSORS_ONLN);
  int rc = bench_model(v, &m, &o);
  zo_cli_free_defines(&m.defs);
  vec_free(&o.sets);
  return rc;
}
