/* trainstate.c — what a ZO run changes and keeps: the trained tensors (f32
 * masters, unless masters = none, and their working copies), the update, checkpoints in the input's
 * format (a Hugging Face model.safetensors, or its shards past a size:
 * metadata format "pt"), the
 * masters file that resume reads, and the replay of a seed log
 * (of a run directory: to its last save, the lines past it unread).
 *
 * The update is the only code that changes a trained value, and train and
 * replay both call it, so they agree bit for bit by construction. It is
 * element-wise (each element depends on its own master, its z and the step's
 * scalars), computed in f32 with a fixed order of operations (the project
 * builds with -ffp-contract=off), so splitting the elements over threads
 * changes no bit. z comes in pairs from one Philox call (zo_rng_words +
 * zo_rng_box_muller), as the kernels compute it; the same call's words 2 and
 * 3 are the stochastic rounding's (update_rounding, docs/lowprec.md), so it
 * costs no extra Philox. The rounding into the working copy is codegen/
 * zo_rng.h's, whose nearest mode is runtime/convert.c's bit for bit, so
 * zk_update on the GPU writes the same bytes.
 */
#include <errno.h>
#include <inttypes.h>
#include <jansson.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "codegen/zo_rng.h"
#include "ir/lower.h"
#include "runtime/convert.h"
#include "runtime/train.h"
#include "runtime/weights.h"

/* ---- the smallest value of dtype dt that is >= x (so a clamp in f32 survives
 * the rounding to the checkpoint's dtype: rounding to nearest is monotonic, so
 * a master >= a grid point never rounds below it) */
static float grid_ceil(DType dt, double x) {
  float f = (float)x;
  if ((double)f < x) f = nextafterf(f, INFINITY);
  if (dt == ZO_DT_F32) return f;
  uint8_t buf[8];
  float back;
  for (int guard = 0; guard < 4; guard++) {
    zo_convert_from_f32(dt, &f, buf, 1);
    zo_convert_to_f32(dt, buf, &back, 1);
    if (!isfinite(back) || back >= f) return back;
    /* rounded down: step the bit pattern one value up */
    size_t sz = zo_dtype_size(dt);
    uint64_t bits = 0;
    memcpy(&bits, buf, sz);
    uint64_t sign = (uint64_t)1 << (8 * sz - 1);
    bits = (bits & sign) ? bits - 1 : bits + 1;   /* negative: toward zero is up */
    memcpy(buf, &bits, sz);
    zo_convert_to_f32(dt, buf, &back, 1);
    if (back >= f) return back;
    f = back;
  }
  return f;
}

/* ---- trained tensors */
static int find_param(const ZoParams *ps, const char *name) {
  for (int i = 0; i < ps->n; i++)
    if (strcmp(ps->p[i].name, name) == 0) return i;
  return -1;
}

/* ---- the copies of init, split by ranges over threads (a 7B model's
   working copies are 13 GB, its masters 27 GB): element ranges are
   independent, so the bytes are those of one thread */
typedef struct CopyJob {
  DType dt;
  const void *src;
  void *dst;        /* a byte copy in dt; or NULL: */
  float *f32;       /* the conversion of src to f32 */
  int64_t lo, hi;
} CopyJob;

static void *copy_range(void *arg) {
  const CopyJob *j = arg;
  size_t es = zo_dtype_size(j->dt);
  const char *src = (const char *)j->src + (size_t)j->lo * es;
  if (j->dst) memcpy((char *)j->dst + (size_t)j->lo * es, src, (size_t)(j->hi - j->lo) * es);
  else zo_convert_to_f32(j->dt, src, j->f32 + j->lo, (size_t)(j->hi - j->lo));
  return NULL;
}

/* fn over nt (<= 64) jobs of job_size bytes each: jobs 1.. on threads, job 0
   here, and here too any whose thread did not start */
static void run_jobs(int nt, void *jobs, size_t job_size, void *(*fn)(void *)) {
  pthread_t th[64];
  int started = 0;
  for (int t = 1; t < nt; t++) {
    if (pthread_create(&th[t], NULL, fn, (char *)jobs + (size_t)t * job_size) != 0) break;
    started = t;
  }
  fn(jobs);
  for (int t = started + 1; t < nt; t++) fn((char *)jobs + (size_t)t * job_size);
  for (int t = 1; t <= started; t++) pthread_join(th[t], NULL);
}

static void copy_split(int threads, DType dt, const void *src, void *dst, int64_t n, float *f32) {
  int nt = n < (1 << 20) ? 1 : threads > 64 ? 64 : threads;   /* threads pay off past a few MB */
  CopyJob jobs[64];
  for (int t = 0; t < nt; t++) jobs[t] = (CopyJob){dt, src, dst, f32, n * t / nt, n * (t + 1) / nt};
  run_jobs(nt, jobs, sizeof jobs[0], copy_range);
}

int zo_params_init(ZoParams *ps, Func *f, double scale_min, ZoParamsMode mode, int threads) {
  memset(ps, 0, sizeof *ps);
  ps->f = f;
  ps->threads = threads > 0 ? threads : 1;
  ps->mode = mode;
  Vec(ZoParam) v = {0};
  Block *b = f->body;
  /* pass 1: one ZoParam per perturbed tensor name */
  for (int i = 0; i < b->vals.len; i++) {
    Value *val = b->vals.data[i];
    if (val->op != ZO_OP_WEIGHT) continue;
    Weight *w = val->w;
    for (int s = 0; s < w->nstorage; s++) {
      if (!w->perturbed[s]) continue;
      ZO_ASSERT(w->data[s]);   /* zo_weights_bind first */
      const char *name = zo_weight_tensor_name(f, val, s);
      ZoParams tmp = {.n = v.len, .p = v.data};
      int k = find_param(&tmp, name);
      if (k >= 0) {
        ZoParam *p = &v.data[k];
        if (p->nstreams == ZO_PARAM_MAX_USES) {
          zo_env_error(name, "the tensor is perturbed through more than %d uses", ZO_PARAM_MAX_USES);
          goto fail;
        }
        p->streams[p->nstreams++] = (uint32_t)w->stream[s];
        continue;
      }
      ZoParam p = {0};
      p.name = name;
      p.dtype = zo_weight_storage_dtype(val, s);
      if (!zo_dtype_is_float(p.dtype)) {
        zo_env_error(name, "a perturbed tensor must hold floats, not %s", zo_dtype_name(p.dtype));
        goto fail;
      }
      p.rank = w->rank[s];
      memcpy(p.shape, w->shape[s], sizeof p.shape);
      p.n = zo_weight_storage_numel(val, s);
      p.streams[p.nstreams++] = (uint32_t)w->stream[s];
      Role role = val->type.fmt ? val->type.fmt->storage[s].role : ZO_ROLE_NONE;
      p.clamp = role == ZO_ROLE_SCALE;
      if (p.clamp) p.clamp_min = grid_ceil(p.dtype, scale_min);
      /* MeZO: no decay on biases and norms (1-D); a scale is not a weight either:
         decaying it would only shrink the dequantized matrix */
      p.decay = p.rank >= 2 && role != ZO_ROLE_SCALE;
      size_t bytes = (size_t)p.n * zo_dtype_size(p.dtype);
      p.work = zo_xmalloc(bytes ? bytes : 1);
      copy_split(ps->threads, p.dtype, w->data[s], p.work, p.n, NULL);   /* the checkpoint's own bytes until the first update */
      if (mode.masters == 0) {
        p.master = zo_xmalloc((size_t)(p.n ? p.n : 1) * sizeof(float));
        copy_split(ps->threads, p.dtype, p.work, NULL, p.n, p.master);
      }
      vec_push(&v, p);
    }
  }
  ps->n = v.len;
  ps->p = v.data;
  /* pass 2: every use of a trained tensor reads the working copy */
  for (int i = 0; i < b->vals.len; i++) {
    Value *val = b->vals.data[i];
    if (val->op != ZO_OP_WEIGHT) continue;
    for (int s = 0; s < val->w->nstorage; s++) {
      int k = find_param(ps, zo_weight_tensor_name(f, val, s));
      if (k >= 0) val->w->data[s] = ps->p[k].work;
    }
  }
  return 0;
fail:
  for (int i = 0; i < v.len; i++) {
    free(v.data[i].master);
    free(v.data[i].work);
  }
  vec_free(&v);
  memset(ps, 0, sizeof *ps);
  return -1;
}

void zo_params_free(ZoParams *ps) {
  if (!ps) return;
  for (int i = 0; i < ps->n; i++) {
    free(ps->p[i].master);
    free(ps->p[i].work);
  }
  free(ps->p);
  memset(ps, 0, sizeof *ps);
}

/* ---- the update */
ZoParamsMode zo_params_mode(const ZoTrainSettings *s) {
  return (ZoParamsMode){s->update_rounding, s->masters};
}

typedef struct UpdJob {
  ZoParam *p;
  int nq, rounding;
  const uint64_t *seeds;
  const float *d;
  float lr, lw;            /* lr and lr·wd, as f32 */
  int64_t lo, hi;          /* pairs */
} UpdJob;

/* x into element i of p's working copy: rounded to its grid (mode 0 nearest,
   1 stochastic with word w; codegen/zo_rng.h, whose nearest is convert.c's),
   f32 and f64 exactly */
static void store_rounded(ZoParam *p, int64_t i, float x, int mode, uint32_t w) {
  switch (p->dtype) {
  case ZO_DT_F32: ((float *)p->work)[i] = x; break;
  case ZO_DT_F64: ((double *)p->work)[i] = x; break;
  case ZO_DT_F16: ((uint16_t *)p->work)[i] = zo_rng_round_f16(x, mode, w); break;
  case ZO_DT_BF16: ((uint16_t *)p->work)[i] = zo_rng_round_bf16(x, mode, w); break;
  case ZO_DT_F8E4M3: ((uint8_t *)p->work)[i] = zo_rng_round_e4m3(x, mode, w); break;
  default: ZO_BUG("a trained tensor of dtype %s", zo_dtype_name(p->dtype));   /* zo_params_init takes floats only */
  }
}

#define UPD_CHUNK 256   /* pairs whose source values (masters none: from the working copy) are converted at once */

static void update_pairs(const UpdJob *j) {
  ZoParam *p = j->p;
  float inv = (float)j->nq;
  size_t es = zo_dtype_size(p->dtype);
  float buf[2 * UPD_CHUNK];
  for (int64_t c0 = j->lo; c0 < j->hi; c0 += UPD_CHUNK) {
    int64_t c1 = c0 + UPD_CHUNK < j->hi ? c0 + UPD_CHUNK : j->hi;
    int64_t e0 = 2 * c0, e1 = 2 * c1 < p->n ? 2 * c1 : p->n;
    float *src = p->master ? p->master + e0 : buf;   /* the value the step starts from, and its result */
    if (!p->master) zo_convert_to_f32(p->dtype, (const char *)p->work + (size_t)e0 * es, buf, (size_t)(e1 - e0));
    for (int64_t pair = c0; pair < c1; pair++) {
      float g[2] = {0, 0};
      uint32_t w[2] = {0, 0};
      for (int q = 0; q < j->nq; q++)
        for (int u = 0; u < p->nstreams; u++) {
          ZoRng4x32 r = zo_rng_words(j->seeds[q], p->streams[u], (uint64_t)pair);
          float z[2];
          zo_rng_box_muller(r, z);
          if (q == 0 && u == 0) {   /* the rounding's words: the same Philox call as this z */
            w[0] = r.w[2];
            w[1] = r.w[3];
          }
          g[0] = g[0] + j->d[q] * z[0];
          g[1] = g[1] + j->d[q] * z[1];
        }
      for (int b = 0; b < 2; b++) {
        int64_t i = 2 * pair + b;
        if (i >= p->n) break;
        float x = src[i - e0];
        float step = j->lr * (g[b] / inv);
        if (p->decay) step = step + j->lw * x;
        x = x - step;
        if (p->clamp && x < p->clamp_min) x = p->clamp_min;   /* a grid point: no rounding goes below it */
        src[i - e0] = x;
        store_rounded(p, i, x, j->rounding, w[b]);
      }
    }
  }
}

static void *update_thread(void *arg) {
  update_pairs(arg);
  return NULL;
}

void zo_params_update(ZoParams *ps, int nq, const uint64_t *seeds, const float *d, double lr, double weight_decay) {
  ZO_ASSERT(nq >= 1);
  float lrf = (float)lr, lw = (float)lr * (float)weight_decay;
  for (int k = 0; k < ps->n; k++) {
    ZoParam *p = &ps->p[k];
    int64_t pairs = (p->n + 1) / 2;
    /* threads only pay off on large tensors; the split never changes a bit */
    int nt = pairs * nq < (1 << 15) ? 1 : ps->threads;
    if (nt > 64) nt = 64;
    UpdJob jobs[64];
    for (int t = 0; t < nt; t++)
      jobs[t] = (UpdJob){p, nq, ps->mode.rounding, seeds, d, lrf, lw, pairs * t / nt, pairs * (t + 1) / nt};
    run_jobs(nt, jobs, sizeof jobs[0], update_thread);
  }
}

const char *zo_params_nonfinite(const ZoParams *ps) {
  float buf[4096];
  for (int k = 0; k < ps->n; k++) {
    const ZoParam *p = &ps->p[k];
    for (int64_t i = 0; p->master && i < p->n; i++)
      if (!isfinite(p->master[i])) return p->name;
    size_t es = zo_dtype_size(p->dtype);
    for (int64_t i = 0; i < p->n; i += 4096) {
      int64_t m = p->n - i < 4096 ? p->n - i : 4096;
      zo_convert_to_f32(p->dtype, (const char *)p->work + (size_t)i * es, buf, (size_t)m);
      for (int64_t j = 0; j < m; j++)
        if (!isfinite(buf[j])) return p->name;
    }
  }
  return NULL;
}

/* ---- files */
/* The first float tensor of src that is not trained and holds a NaN or Inf,
 * or NULL: a checkpoint zoc writes never holds one, not even one copied
 * through from its input. */
static const char *untrained_nonfinite(const ZoParams *ps, const StFile *src) {
  float buf[4096];
  for (int i = 0; i < zo_st_count(src); i++) {
    const StTensor *t = zo_st_tensor(src, i);
    if (!zo_dtype_is_float(t->dtype) || find_param(ps, t->name) >= 0) continue;
    size_t es = zo_dtype_size(t->dtype);
    for (int64_t k = 0; k < t->numel; k += 4096) {
      int64_t m = t->numel - k < 4096 ? t->numel - k : 4096;
      zo_convert_to_f32(t->dtype, (const char *)t->data + (size_t)k * es, buf, (size_t)m);
      for (int64_t j = 0; j < m; j++)
        if (!isfinite(buf[j])) return t->name;
    }
  }
  return NULL;
}

/* The checkpoint's writer (the tensors borrowed), or NULL after a message
 * naming `path` when a tensor holds NaN or Inf */
static StWriter *checkpoint_writer(const ZoParams *ps, const StFile *src, const char *path) {
  const char *bad = zo_params_nonfinite(ps);
  if (bad) {
    zo_env_error(path, "not written: trained tensor '%s' holds NaN or Inf", bad);
    return NULL;
  }
  if ((bad = untrained_nonfinite(ps, src))) {
    zo_env_error(path, "not written: tensor '%s' of the input checkpoint holds NaN or Inf (a broken checkpoint?)", bad);
    return NULL;
  }
  StWriter *w = zo_st_writer_new();
  for (int i = 0; i < zo_st_count(src); i++) {
    const StTensor *t = zo_st_tensor(src, i);
    int k = find_param(ps, t->name);
    zo_st_writer_add_borrowed(w, t->name, t->dtype, t->ndim, t->shape, k >= 0 ? ps->p[k].work : t->data);
  }
  bool has_format = false;
  for (int i = 0; i < zo_st_metadata_count(src); i++) {
    const char *key, *val;
    zo_st_metadata_at(src, i, &key, &val);
    if (strcmp(key, "total_size") == 0) continue;   /* a sharded input's index says it of the whole set */
    zo_st_writer_metadata(w, key, val);
    has_format |= strcmp(key, "format") == 0;
  }
  if (!has_format) zo_st_writer_metadata(w, "format", "pt");   /* transformers wants it */
  return w;
}

int zo_params_save_checkpoint(const ZoParams *ps, const StFile *src, const char *path) {
  StWriter *w = checkpoint_writer(ps, src, path);
  int rc = w ? zo_st_writer_save(w, path) : -1;
  zo_st_writer_free(w);
  return rc;
}

int zo_params_save_checkpoint_set(const ZoParams *ps, const StFile *src, const char *dir, const char *stem,
                                  uint64_t shard_size, const char *suffix, StSet *set) {
  memset(set, 0, sizeof *set);
  StWriter *w = checkpoint_writer(ps, src, dir);
  int rc = w ? zo_st_writer_save_set(w, dir, stem, shard_size, suffix, set) : -1;
  zo_st_writer_free(w);
  return rc;
}

/* the name of value k of an enum setting (update_rounding, masters) */
static const char *setting_value(const char *setting, int k) {
  const char *const *names;
  zo_recipe_setting_enum(setting, NULL, &names);
  ZO_ASSERT(names && k >= 0 && k < 2);
  return names[k];
}

/* With f32 masters and stochastic rounding, the working copy is not a
   function of the master (its rounding drew a word): the resume state keeps
   it too, under this prefix */
#define WORK_PREFIX "zoc_work:"

static bool keeps_work(const ZoParams *ps, const ZoParam *p) {
  return p->master && ps->mode.rounding == 1 && p->dtype != ZO_DT_F32 && p->dtype != ZO_DT_F64;
}

int zo_params_save_master(const ZoParams *ps, const char *path, int64_t step, uint64_t run_seed) {
  StWriter *w = zo_st_writer_new();
  char **names = zo_xcalloc((size_t)ps->n + 1, sizeof(char *));
  for (int k = 0; k < ps->n; k++) {
    const ZoParam *p = &ps->p[k];
    /* masters none: the working copy is the whole state (exact; no f32 copy of a 7B model's weights) */
    if (p->master) zo_st_writer_add_borrowed(w, p->name, ZO_DT_F32, p->rank, p->shape, p->master);
    else zo_st_writer_add_borrowed(w, p->name, p->dtype, p->rank, p->shape, p->work);
    if (keeps_work(ps, p)) {
      names[k] = zo_xmalloc(strlen(p->name) + sizeof WORK_PREFIX);
      sprintf(names[k], WORK_PREFIX "%s", p->name);
      zo_st_writer_add_borrowed(w, names[k], p->dtype, p->rank, p->shape, p->work);
    }
  }
  char sbuf[32], rbuf[32];
  snprintf(sbuf, sizeof sbuf, "%" PRId64, step);
  snprintf(rbuf, sizeof rbuf, "%" PRIu64, run_seed);
  zo_st_writer_metadata(w, "format", "zoc-master");
  zo_st_writer_metadata(w, "zoc_step", sbuf);
  zo_st_writer_metadata(w, "zoc_run_seed", rbuf);
  zo_st_writer_metadata(w, "zoc_masters", setting_value("masters", ps->mode.masters));
  zo_st_writer_metadata(w, "zoc_update_rounding", setting_value("update_rounding", ps->mode.rounding));
  int rc = zo_st_writer_save(w, path);
  zo_st_writer_free(w);
  for (int k = 0; k < ps->n; k++) free(names[k]);
  free(names);
  return rc;
}

/* the file's value of an enum setting against the run's (absent: a file of
   before the setting, its first value); -1 after a message */
static int check_mode(const StFile *st, const char *path, const char *key, const char *setting, int want) {
  const char *m = zo_st_metadata(st, key), *w = setting_value(setting, want);
  if (!m) m = setting_value(setting, 0);
  if (strcmp(m, w) == 0) return 0;
  zo_env_error(path, "the run trained with %s = %s, not %s: resume it with its settings (--set %s=%s)", setting, m, w,
               setting, m);
  return -1;
}

static bool parse_i64(const char *s, int64_t *out) {
  if (!s || !*s) return false;
  char *end;
  errno = 0;
  long long x = strtoll(s, &end, 10);
  if (errno || *end) return false;
  *out = x;
  return true;
}

int zo_params_load_master(ZoParams *ps, const char *path, int64_t *step, uint64_t *run_seed) {
  StFile *st = zo_st_open(path);
  if (!st) return -1;
  int rc = -1;
  int64_t s = -1, seed = 0;
  const char *ms = zo_st_metadata(st, "zoc_step"), *mr = zo_st_metadata(st, "zoc_run_seed");
  if (!parse_i64(ms, &s) || s < 0) {
    zo_env_error(path, "no step in the metadata (zoc_step): not a zoc master file");
    goto out;
  }
  errno = 0;
  char *end = NULL;
  unsigned long long r = mr ? strtoull(mr, &end, 10) : 0;
  if (!mr || errno || *end) {
    zo_env_error(path, "no run seed in the metadata (zoc_run_seed): not a zoc master file");
    goto out;
  }
  seed = (int64_t)r;
  if (check_mode(st, path, "zoc_masters", "masters", ps->mode.masters) != 0 ||
      check_mode(st, path, "zoc_update_rounding", "update_rounding", ps->mode.rounding) != 0)
    goto out;
  int expect = ps->n;
  for (int k = 0; k < ps->n; k++) {
    ZoParam *p = &ps->p[k];
    const StTensor *t = zo_st_find(st, p->name);
    if (!t) {
      zo_env_error(path, "no tensor '%s': the master file is from another model or recipe", p->name);
      goto out;
    }
    DType dt = p->master ? ZO_DT_F32 : p->dtype;
    if (t->dtype != dt || t->numel != p->n) {
      zo_env_error(path, "tensor '%s' is %s with %lld elements, expected %s with %lld", p->name,
                   zo_dtype_st_name(t->dtype), (long long)t->numel, zo_dtype_st_name(dt), (long long)p->n);
      goto out;
    }
    if (!p->master) {
      memcpy(p->work, t->data, (size_t)p->n * zo_dtype_size(dt));
      continue;
    }
    memcpy(p->master, t->data, (size_t)p->n * sizeof(float));
    if (!keeps_work(ps, p)) {
      zo_convert_from_f32(p->dtype, p->master, p->work, (size_t)p->n);
      continue;
    }
    char wname[1024];
    snprintf(wname, sizeof wname, WORK_PREFIX "%s", p->name);
    const StTensor *tw = zo_st_find(st, wname);
    if (!tw || tw->dtype != p->dtype || tw->numel != p->n) {
      zo_env_error(path, "no %s tensor '%s' of %lld elements (the working copy a stochastic rounding drew)",
                   zo_dtype_st_name(p->dtype), wname, (long long)p->n);
      goto out;
    }
    memcpy(p->work, tw->data, (size_t)p->n * zo_dtype_size(p->dtype));
    expect++;
  }
  if (zo_st_count(st) != expect) {
    zo_env_error(path, "holds %d tensors, but this recipe trains %d: the master file is from another recipe",
                 zo_st_count(st), expect);
    goto out;
  }
  *step = s;
  *run_seed = (uint64_t)seed;
  rc = 0;
out:
  zo_st_close(st);
  return rc;
}

/* ---- replay */
/* an enum setting of the header (absent: a log of before the setting, its first value) */
static int header_enum(json_t *h, const char *where, const char *setting, int *out) {
  json_t *j = json_object_get(h, setting);
  *out = j ? zo_recipe_setting_enum(setting, json_string_value(j) ? json_string_value(j) : "", NULL) : 0;
  if (*out >= 0) return 0;
  char nb[160];
  zo_env_error(where, "the header's %s is not %s", setting, zo_recipe_setting_names_of(setting, nb, sizeof nb));
  return -1;
}

int zo_seed_log_mode(json_t *header, const char *where, ZoParamsMode *mode) {
  return header_enum(header, where, "update_rounding", &mode->rounding) != 0 ||
                 header_enum(header, where, "masters", &mode->masters) != 0
             ? -1
             : 0;
}


static int64_t total_elements(const ZoParams *ps) {
  int64_t n = 0;
  for (int k = 0; k < ps->n; k++) n += ps->p[k].n;
  return n;
}

/* a seed as the log writes it: "0x" and 16 hex digits */
static bool parse_seed(json_t *j, uint64_t *out) {
  const char *s = json_string_value(j);
  if (!s || strncmp(s, "0x", 2) != 0 || !s[2]) return false;
  char *end;
  errno = 0;
  unsigned long long x = strtoull(s + 2, &end, 16);
  if (errno || *end) return false;
  *out = x;
  return true;
}

/* per-query values: a scalar for one query, an array for several */
static int get_list(json_t *j, int nq, json_t **out) {
  if (nq == 1 && !json_is_array(j)) {
    out[0] = j;
    return j ? 0 : -1;
  }
  if (!json_is_array(j) || (int)json_array_size(j) != nq) return -1;
  for (int q = 0; q < nq; q++) out[q] = json_array_get(j, (size_t)q);
  return 0;
}

int zo_replay(Func *f, const StFile *init, const char *seeds_path, int64_t upto, const char *out_path, int threads) {
  FILE *fp = zo_fopen_regular(seeds_path, false);   /* a FIFO or a device: refused, never waited on */
  if (!fp) return -1;
  ZoParams ps = {0};
  bool have_params = false;
  char *line = NULL;
  size_t cap = 0;
  int64_t len;
  int lineno = 0, rc = -1, nq = 1;
  double wd = 0;
  int64_t next = 0;
  char where[1200];
  uint64_t seeds[256];
  float d[256];
  json_t *vals[256];
  /* a line is ~100 bytes a query (at most 256): 1 MiB is far past any, and
     getline would grow without bound on a file with no newline */
  /* with upto, the lines after it are not read: a live or killed run writes
     there (a torn line among them) */
  while ((!have_params || upto < 0 || next < upto) && (len = zo_getline_max(&line, &cap, fp, ZO_MiB)) != -1) {
    lineno++;
    snprintf(where, sizeof where, "%s:%d", seeds_path, lineno);
    if (len == -2) {
      zo_env_error(where, "the line is longer than 1 MiB (not a zoc seed log?)");
      goto out;
    }
    bool blank = true;
    for (ssize_t i = 0; i < len; i++)
      if (line[i] != ' ' && line[i] != '\n' && line[i] != '\r' && line[i] != '\t') blank = false;
    if (blank) continue;
    json_error_t je;
    json_t *j = json_loadb(line, (size_t)len, 0, &je);   /* a NUL inside the line is an error too */
    if (!j || !json_is_object(j)) {
      if (line[len - 1] != '\n')
        zo_env_error(where, "a torn last line (the run was stopped, or the disk filled, while writing it): replay "
                     "the run directory (--run DIR), which stops at its last save");
      else
        zo_env_error(where, "not a JSON object%s%s", j ? "" : ": ", j ? "" : je.text);
      json_decref(j);
      goto out;
    }
    if (!have_params) {
      json_t *h = json_object_get(j, "zoc_seed_log");
      if (!h) {
        zo_env_error(where, "the first line is not a zoc seed-log header ({\"zoc_seed_log\": 1, ...})");
        json_decref(j);
        goto out;
      }
      json_t *jq = json_object_get(j, "queries"), *js = json_object_get(j, "scale_min"),
             *jw = json_object_get(j, "weight_decay"), *jn = json_object_get(j, "trained_elements");
      if (!json_is_integer(jq) || json_integer_value(jq) < 1 || json_integer_value(jq) > 256 || !json_is_number(js) ||
          !json_is_number(jw)) {
        zo_env_error(where, "the header lacks queries (1..256), scale_min or weight_decay");
        json_decref(j);
        goto out;
      }
      nq = (int)json_integer_value(jq);
      wd = json_number_value(jw);
      ZoParamsMode mode;
      if (zo_seed_log_mode(j, where, &mode) != 0 || zo_params_init(&ps, f, json_number_value(js), mode, threads) != 0) {
        json_decref(j);
        goto out;
      }
      have_params = true;
      if (json_is_integer(jn) && json_integer_value(jn) != total_elements(&ps)) {
        zo_env_error(where, "the log is of a run that trained %lld elements, but this model and recipe train %lld "
                     "(another recipe, model or -D?)", (long long)json_integer_value(jn), (long long)total_elements(&ps));
        json_decref(j);
        goto out;
      }
      json_decref(j);
      continue;
    }
    json_t *jstep = json_object_get(j, "step");
    if (!json_is_integer(jstep)) {
      zo_env_error(where, "no \"step\"");
      json_decref(j);
      goto out;
    }
    if (json_integer_value(jstep) != next) {
      zo_env_error(where, "step %lld where step %lld was expected: the log has a gap or is out of order",
                   (long long)json_integer_value(jstep), (long long)next);
      json_decref(j);
      goto out;
    }
    next++;
    if (json_is_true(json_object_get(j, "skipped"))) {   /* NaN/Inf loss: no update */
      json_decref(j);
      continue;
    }
    json_t *jlr = json_object_get(j, "lr");
    bool ok = json_is_number(jlr) && get_list(json_object_get(j, "seed"), nq, vals) == 0;
    for (int q = 0; ok && q < nq; q++) ok = parse_seed(vals[q], &seeds[q]);
    ok = ok && get_list(json_object_get(j, "d"), nq, vals) == 0;
    for (int q = 0; ok && q < nq; q++) {
      ok = json_is_number(vals[q]);
      if (ok) d[q] = (float)json_number_value(vals[q]);
    }
    if (!ok) {
      zo_env_error(where, "expected \"seed\" (\"0x...\"), \"d\" and \"lr\"%s", nq > 1 ? " (seed and d: one per query)" : "");
      json_decref(j);
      goto out;
    }
    zo_params_update(&ps, nq, seeds, d, json_number_value(jlr), wd);
    json_decref(j);
  }
  if (have_params && upto >= 0 && next < upto) {
    zo_env_error(where, "the log ends at step %lld, but the run saved step %lld: the lines of steps %lld..%lld are lost",
                 (long long)next - 1, (long long)upto, (long long)next, (long long)upto - 1);
    goto out;
  }
  if (!have_params) {
    zo_env_error(seeds_path, "empty: no seed-log header");
    goto out;
  }
  rc = zo_params_save_checkpoint(&ps, init, out_path);
out:
  free(line);
  fclose(fp);
  zo_params_free(&ps);
  return rc;
}
