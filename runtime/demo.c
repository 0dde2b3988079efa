/* demo.c — zoc's first-run demo (see demo.h): a random dense base model, a
 * teacher fine-tuned from it, the base's 4-bit GPTQ (or, --student nvfp4,
 * NVFP4 with fp8 e4m3 scales) as the student, and QZO on the student's scales
 * against the teacher's labels, all on the CPU in a few minutes.
 *
 * Why it is built this way:
 *  - Why not simply "the teacher, quantized": QZO moves one scale per group of
 *    G inputs and output column, while round-to-nearest error is independent
 *    from weight to weight; a scale can only cancel the error's component
 *    along its group's codes, about 1/G of it (3% at G = 32). Measured here
 *    (gain_std 0, 3000 steps, the best lr): +0.5 points of agreement, 3% of
 *    what quantization lost, every larger lr worse. QZO is a fine-tuning
 *    method, so the demo fine-tunes: the teacher is the base after a change a
 *    4-bit model's scales can express, (IA)^3-style gains on every
 *    projection's output channels (exp(gain_std·N(0,1))), and the student
 *    starts from the 4-bit base, as one starts from a GPTQ checkpoint of a
 *    pre-trained model. The teacher's own GPTQ is evaluated too: the level a
 *    4-bit model of the teacher reaches without training, for reference.
 *  - One model source, two compiles. Base and teacher are the student's model
 *    with dense f32 linears (-D W=linear(dt=f32)), so every quantized weight of
 *    the student has exactly one dense matrix under the same checkpoint name,
 *    and everything else (embeddings, norms, the head) is shared bit for bit.
 *  - The base is random but shaped like a trained model where it matters:
 *    embeddings ~ N(0, 1) (token identity survives into the residual stream),
 *    projections ~ N(0, 1/K) (unit-scale activations), norms 1, and a head
 *    ~ N(0, head_std²/D) so that, the final RMSNorm giving unit-RMS features,
 *    the logits have a standard deviation of about head_std. A head of 1/sqrt(D)
 *    (head_std 1) gives a next-token distribution close to uniform over the
 *    vocabulary, where the argmax is decided by tiny margins and "agreement"
 *    measures noise; head_std 4 gives a peaked distribution (the teacher's
 *    loss on its own labels, ~0.6, is far below ln 64 = 4.2).
 *  - The student is quantized with the round-to-nearest GPTQ quantizer of
 *    runtime/quant.h (min-max scale per group and column, f16 scale rounded
 *    up): codes and zeros stay fixed; QZO moves only the f16 scales.
 *  - Data: uniformly random token sequences, every position labelled with the
 *    teacher's argmax (hard labels; the loss is cross-entropy against them).
 *    Random tokens need no corpus and no tokenizer, and labelling every
 *    position gives seq_len supervised positions per sequence. The eval split
 *    is drawn from the same seed stream but never trained on.
 *  - Training is zo_train itself (seed log, metrics, checkpoint, progress
 *    line), with the recipe's settings replaced by the demo's: lr 1e-5 (2e-5
 *    stalls, 4e-5 diverges), eps 1e-3, batch 16 (8 plateaus higher), constant
 *    schedule (a linear decay from 2e-5 did worse), 5000 steps (about a
 *    minute on 2 idle cores; docs/demo.md has the measurements). The recipe
 *    picks what is perturbed.
 *  - No evaluation during training (evals = 0): zo_train's mid-run evaluation
 *    opens a second backend state on the same Func, whose memory re-plan for
 *    the evaluation batch the training state does not notice (cpuexec.c keys
 *    its plan on its own last B, T), so the −eps half of every later batch
 *    reads clobbered buffers. Reported to the lead; the first and last
 *    evaluations are not affected.
 *  - The "after" number is recomputed from the checkpoint file zo_train wrote,
 *    bound to the student model afresh, so the demo shows what the 4-bit file
 *    on disk does, not what was in memory.
 */
#include "runtime/demo.h"

#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "frontend/ast.h"
#include "passes/passes.h"
#include "runtime/convert.h"
#include "runtime/exec.h"
#include "runtime/quant.h"
#include "runtime/safetensors.h"
#include "runtime/weights.h"

#ifndef ZOC_SOURCE_DIR
#define ZOC_SOURCE_DIR "."
#endif

void zo_demo_defaults(ZoDemoOptions *o, bool quick) {
  memset(o, 0, sizeof *o);
  o->recipe = "qzo";
  o->seed = 1;
  o->seq_len = 32;
  o->train_seqs = 2048;
  o->eval_seqs = 256;
  o->head_std = 4;
  o->gain_std = 0.25;
  o->steps = 5000;
  o->batch = 16;
  o->lr = 1e-5;
  o->eps = 1e-3;
  o->evals = 0;
  o->out = stdout;
  o->progress = true;
  if (quick) {
    o->train_seqs = 1024;
    o->eval_seqs = 128;
    o->steps = 1000;
  }
}

void zo_demo_student(ZoDemoOptions *o, const char *student) {
  o->student = student;
  if (student && strcmp(student, "nvfp4") == 0) {
    o->lr = 100;
    o->eps = 7;
  }
}

/* ---- small things */
static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static bool exists(const char *path) { return access(path, F_OK) == 0; }

static void path_in(char *buf, size_t n, const char *dir, const char *name) { snprintf(buf, n, "%s/%s", dir, name); }

/* a directory that holds no run yet: ./zoc-demo, else ./zoc-demo-2, -3, ... */
static void pick_out_dir(char *buf, size_t n) {
  for (int i = 1;; i++) {
    if (i == 1) snprintf(buf, n, "zoc-demo");
    else snprintf(buf, n, "zoc-demo-%d", i);
    char a[1100], b[1100];
    path_in(a, sizeof a, buf, ZO_RUN_STATE_DIR "/state.json");
    path_in(b, sizeof b, buf, ZO_RUN_STATE_DIR "/seeds.jsonl");
    if (!exists(a) && !exists(b)) return;
  }
}

static Func *compile(const char *file, const char *model, const char *recipe, const char *wdef, Program **prog) {
  *prog = zo_parse_files(&file, 1);
  if (zo_diag_count() != 0) return NULL;
  Define d = {"W", wdef};
  CompileOptions co = {.model = model, .recipe = recipe, .defs = wdef ? &d : NULL, .ndefs = wdef ? 1 : 0};
  return zo_compile(*prog, &co);
}

static const Value *find_weight(const Func *f, const char *pattern) {
  const Block *b = f->body;
  for (int i = 0; i < b->vals.len; i++)
    if (b->vals.data[i]->op == ZO_OP_WEIGHT && strcmp(b->vals.data[i]->w->pattern, pattern) == 0) return b->vals.data[i];
  return NULL;
}

static double fparam(const FormatInst *fi, const char *name, double dflt) {
  for (int i = 0; i < fi->nparams; i++)
    if (strcmp(fi->pname[i], name) == 0) return fi->pval[i];
  return dflt;
}

static int storage_index(const FormatInst *fi, const char *name) {
  for (int s = 0; s < fi->nstorage; s++)
    if (strcmp(fi->storage[s].name, name) == 0) return s;
  return -1;
}

static bool is_gptq(const Value *v) { return v->type.fmt && strcmp(v->type.fmt->name, "gptq") == 0; }
static bool is_nvfp4(const Value *v) { return v->type.fmt && strcmp(v->type.fmt->name, "nvfp4") == 0; }
/* a weight the demo quantizes: the student's format */
static bool is_quant(const Value *v) { return is_gptq(v) || is_nvfp4(v); }

/* the format of the student's quantized weights (NULL: none) */
static const FormatInst *quant_fmt(const Func *s) {
  for (int i = 0; i < s->body->vals.len; i++)
    if (s->body->vals.data[i]->op == ZO_OP_WEIGHT && is_quant(s->body->vals.data[i])) return s->body->vals.data[i]->type.fmt;
  return NULL;
}

/* ---- 2. the base and the teacher (dense f32 checkpoints) */
static void put_tensor(StWriter *wr, Func *t, const Value *v, const float *x, int64_t n) {
  DType dt = zo_weight_storage_dtype(v, 0);
  void *data = zo_xmalloc((size_t)(n > 0 ? n : 1) * zo_dtype_size(dt));
  zo_convert_from_f32(dt, x, data, (size_t)n);
  int64_t shape[ZO_MAX_RANK];
  for (int d = 0; d < v->w->rank[0]; d++) shape[d] = v->w->shape[0][d];
  zo_st_writer_add(wr, zo_weight_tensor_name(t, v, 0), dt, v->w->rank[0], shape, data);
  free(data);
}

static int write_dense(Func *t, const Func *student, const ZoDemoOptions *o, const char *base_path,
                       const char *teacher_path, int64_t *nparams) {
  StWriter *wb = zo_st_writer_new(), *wt = zo_st_writer_new();
  Vec(const char *) seen = {0};
  int rc = 0;
  *nparams = 0;
  const Block *b = t->body;
  for (int i = 0; i < b->vals.len && rc == 0; i++) {
    const Value *v = b->vals.data[i];
    if (v->op != ZO_OP_WEIGHT) continue;
    bool dup = false;
    for (int j = 0; j < seen.len; j++) dup |= strcmp(seen.data[j], v->w->pattern) == 0;
    if (dup) continue;
    vec_push(&seen, v->w->pattern);
    uint64_t r = zo_splitmix_stream(o->seed, v->w->pattern);
    int64_t n = zo_weight_storage_numel(v, 0);
    float *x = zo_xmalloc((size_t)(n > 0 ? n : 1) * sizeof(float));
    bool tuned = false;
    if (!v->type.fmt) {
      /* norms 1; embeddings N(0, 1) */
      for (int64_t k = 0; k < n; k++) x[k] = v->w->rank[0] == 1 ? 1.0f : (float)zo_splitmix_normal(&r);
    } else if (strcmp(v->type.fmt->name, "linear") == 0 && v->w->nstorage == 1) {
      /* [N, K]; the head (the dense projection the student keeps dense) is scaled */
      const Value *sv = find_weight(student, v->w->pattern);
      bool head = sv && !is_quant(sv);
      double std = head ? o->head_std / sqrt((double)v->w->K) : 1 / sqrt((double)v->w->K);
      for (int64_t k = 0; k < n; k++) x[k] = (float)(std * zo_splitmix_normal(&r));
      tuned = sv && is_quant(sv) && o->gain_std > 0;
    } else {
      zo_env_error(v->w->pattern, "the demo's teacher needs dense weights (format linear), not %s", v->type.fmt->spelled);
      rc = -1;
    }
    if (rc == 0) {
      put_tensor(wb, t, v, x, n);
      if (tuned) {
        /* the fine-tune: output channel c (row c of the [N, K] storage) times exp(gain_std·N(0, 1)) */
        char gname[1024];
        snprintf(gname, sizeof gname, "%s#gain", v->w->pattern);
        uint64_t gr = zo_splitmix_stream(o->seed, gname);
        for (int64_t c = 0; c < v->w->N; c++) {
          float m = (float)exp(o->gain_std * zo_splitmix_normal(&gr));
          for (int64_t k = 0; k < v->w->K; k++) x[c * v->w->K + k] *= m;
        }
      }
      put_tensor(wt, t, v, x, n);
      *nparams += n;
    }
    free(x);
  }
  for (int w = 0; w < 2 && rc == 0; w++) {
    StWriter *wr = w ? wt : wb;
    char sb[32];
    snprintf(sb, sizeof sb, "%llu", (unsigned long long)o->seed);
    zo_st_writer_metadata(wr, "format", "pt");
    zo_st_writer_metadata(wr, "zoc_model", t->name);
    zo_st_writer_metadata(wr, "zoc_demo", w ? "teacher" : "base");
    zo_st_writer_metadata(wr, "zoc_seed", sb);
    rc = zo_st_writer_save(wr, w ? teacher_path : base_path);
  }
  zo_st_writer_free(wb);
  zo_st_writer_free(wt);
  vec_free(&seen);
  return rc;
}

/* ---- 3. 4-bit checkpoints: GPTQ of a dense checkpoint's matrices */
static int quantize_one(Func *s, const Value *v, const StTensor *tw, StWriter *wr) {
  const FormatInst *fi = v->type.fmt;
  int64_t K = v->w->K, N = v->w->N;
  int bits = (int)fparam(fi, "bits", 4);
  int64_t G = (int64_t)fparam(fi, "G", 128);
  bool sym = fparam(fi, "sym", 0) != 0;
  int sq = storage_index(fi, "qweight"), sz = storage_index(fi, "qzeros"), ss = storage_index(fi, "scales"),
      sg = storage_index(fi, "g_idx");
  if (zo_gptq_check(v->w->pattern, bits, K, N, G) != 0) return -1;
  if (fi->nstorage != 4 || sq < 0 || sz < 0 || ss < 0 || sg < 0 ||
      v->w->shape[sq][0] != zo_gptq_qweight_rows(bits, K) || v->w->shape[ss][0] != zo_gptq_ngroups(K, G)) {
    zo_env_error(v->w->pattern, "format %s is not the GPTQ layout the demo's quantizer writes", fi->spelled);
    return -1;
  }
  /* written by write_dense from the same model source: a float [N, K] */
  ZO_ASSERT(zo_dtype_is_float(tw->dtype) && tw->ndim == 2 && tw->shape[0] == N && tw->shape[1] == K);
  /* the dense checkpoint stores [N, K] (nn.Linear); GPTQ quantizes the logical [K, N] */
  float *wt = zo_xmalloc((size_t)(N * K) * sizeof(float)), *W = zo_xmalloc((size_t)(K * N) * sizeof(float));
  zo_convert_to_f32(tw->dtype, tw->data, wt, (size_t)(N * K));
  for (int64_t n = 0; n < N; n++)
    for (int64_t k = 0; k < K; k++) W[k * N + n] = wt[n * K + k];
  void *data[4];
  for (int j = 0; j < 4; j++)
    data[j] = zo_xcalloc((size_t)zo_weight_storage_numel(v, j) + 1, zo_dtype_size(zo_weight_storage_dtype(v, j)));
  int rc = zo_gptq_quantize(W, K, N, bits, G, sym, NULL, data[sq], data[sz], data[ss], data[sg]);
  for (int j = 0; j < 4 && rc == 0; j++) {
    int64_t shape[ZO_MAX_RANK];
    for (int d = 0; d < v->w->rank[j]; d++) shape[d] = v->w->shape[j][d];
    zo_st_writer_add(wr, zo_weight_tensor_name(s, v, j), zo_weight_storage_dtype(v, j), v->w->rank[j], shape, data[j]);
  }
  for (int j = 0; j < 4; j++) free(data[j]);
  free(wt);
  free(W);
  return rc;
}

/* NVFP4 of a dense [N, K] matrix (runtime/quant.h's quantizer), in nvfp4's layout */
static int quantize_nvfp4_one(Func *s, const Value *v, const StTensor *tw, StWriter *wr) {
  const FormatInst *fi = v->type.fmt;
  int64_t K = v->w->K, N = v->w->N, G = (int64_t)fparam(fi, "G", 16);
  int sw = storage_index(fi, "weight"), ss = storage_index(fi, "weight_scale"), s2 = storage_index(fi, "weight_scale_2");
  if (fi->nstorage != 3 || sw < 0 || ss < 0 || s2 < 0 || G < 2 || G % 2 || K % G) {
    zo_env_error(v->w->pattern, "format %s (in %lld) is not the NVFP4 layout the demo's quantizer writes", fi->spelled,
                 (long long)K);
    return -1;
  }
  ZO_ASSERT(zo_dtype_is_float(tw->dtype) && tw->ndim == 2 && tw->shape[0] == N && tw->shape[1] == K);
  float *W = zo_xmalloc((size_t)(N * K) * sizeof(float)), s2v = 0;
  zo_convert_to_f32(tw->dtype, tw->data, W, (size_t)(N * K));
  void *data[3];
  data[sw] = zo_xcalloc((size_t)(N * K / 2) + 1, 1);
  data[ss] = zo_xcalloc((size_t)(N * K / G) + 1, 1);
  data[s2] = &s2v;
  int rc = zo_nvfp4_quantize(W, N, K, G, data[sw], data[ss], &s2v);
  for (int j = 0; j < 3 && rc == 0; j++) {
    int64_t shape[ZO_MAX_RANK];
    for (int d = 0; d < v->w->rank[j]; d++) shape[d] = v->w->shape[j][d];
    zo_st_writer_add(wr, zo_weight_tensor_name(s, v, j), zo_weight_storage_dtype(v, j), v->w->rank[j], shape, data[j]);
  }
  free(data[sw]);
  free(data[ss]);
  free(W);
  return rc;
}

static int write_quantized(Func *s, Func *t, const StFile *dense, const char *path, const char *what, int64_t *nquant) {
  StWriter *wr = zo_st_writer_new();
  Vec(const char *) seen = {0};
  int rc = 0;
  *nquant = 0;
  const Block *b = s->body;
  for (int i = 0; i < b->vals.len && rc == 0; i++) {
    const Value *v = b->vals.data[i];
    if (v->op != ZO_OP_WEIGHT) continue;
    bool dup = false;
    for (int j = 0; j < seen.len; j++) dup |= strcmp(seen.data[j], v->w->pattern) == 0;
    if (dup) continue;
    vec_push(&seen, v->w->pattern);
    const Value *tv = find_weight(t, v->w->pattern);
    ZO_ASSERT(tv);   /* one model source: the same weights */
    if (is_quant(v)) {
      const StTensor *tw = zo_st_find(dense, zo_weight_tensor_name(t, tv, 0));
      ZO_ASSERT(tw);   /* written from t by write_dense */
      rc = is_gptq(v) ? quantize_one(s, v, tw, wr) : quantize_nvfp4_one(s, v, tw, wr);
      (*nquant)++;
      continue;
    }
    if (v->type.fmt && strcmp(v->type.fmt->name, "linear") != 0) {
      zo_env_error(v->w->pattern, "the demo quantizes to gptq or nvfp4 only, not %s", v->type.fmt->spelled);
      rc = -1;
      break;
    }
    /* shared with the dense model: the same tensor, the same bytes */
    for (int j = 0; j < v->w->nstorage; j++) {
      const char *name = zo_weight_tensor_name(s, v, j);
      const StTensor *tt = zo_st_find(dense, name);
      if (!tt || tt->dtype != zo_weight_storage_dtype(v, j)) {
        zo_env_error(name, "the dense and the 4-bit model disagree on this tensor (dtype %s): the demo shares it",
                     zo_dtype_name(zo_weight_storage_dtype(v, j)));
        rc = -1;
        break;
      }
      zo_st_writer_add(wr, name, tt->dtype, tt->ndim, tt->shape, tt->data);
    }
  }
  if (rc == 0) {
    zo_st_writer_metadata(wr, "format", "pt");
    zo_st_writer_metadata(wr, "zoc_model", s->name);
    zo_st_writer_metadata(wr, "zoc_demo", what);
    zo_st_writer_metadata(wr, "quant_method", quant_fmt(s) ? quant_fmt(s)->name : "gptq");
    rc = zo_st_writer_save(wr, path);
  }
  zo_st_writer_free(wr);
  vec_free(&seen);
  return rc;
}

/* how many trained elements of checkpoint b differ in their bytes from a's */
static int64_t changed_values(Func *s, const StFile *a, const StFile *b) {
  int64_t n = 0;
  for (int i = 0; i < s->body->vals.len; i++) {
    const Value *v = s->body->vals.data[i];
    if (v->op != ZO_OP_WEIGHT) continue;
    for (int j = 0; j < v->w->nstorage; j++) {
      if (!v->w->perturbed[j]) continue;
      const char *name = zo_weight_tensor_name(s, v, j);
      const StTensor *ta = zo_st_find(a, name), *tb = zo_st_find(b, name);
      if (!ta || !tb || ta->numel != tb->numel || ta->dtype != tb->dtype) continue;
      size_t es = zo_dtype_size(ta->dtype);
      for (int64_t k = 0; k < ta->numel; k++)
        n += memcmp((const char *)ta->data + k * es, (const char *)tb->data + k * es, es) != 0;
    }
  }
  return n;
}

/* ---- 4. teacher-labelled sequences (also written as `zoc train --task lm` data) */
static int label(const Backend *be, void *ts, int64_t V, int64_t T, int nseq, uint64_t *r, ZoItems *items, const char *path) {
  const int chunk = 64;
  int32_t *tok = zo_xmalloc((size_t)(chunk * T) * sizeof(int32_t));
  int32_t *tgt = zo_xmalloc((size_t)T * sizeof(int32_t));
  float *lg = zo_xmalloc((size_t)(chunk * T * V) * sizeof(float));
  StrBuf sb = {0};
  int rc = 0;
  for (int i0 = 0; i0 < nseq && rc == 0; i0 += chunk) {
    int n = nseq - i0 < chunk ? nseq - i0 : chunk;
    for (int64_t k = 0; k < n * T; k++) tok[k] = (int32_t)(zo_splitmix64(r) % (uint64_t)V);
    if (be->forward(ts, tok, n, T, NULL, lg) != 0) {
      rc = -1;
      break;
    }
    for (int i = 0; i < n; i++) {
      for (int64_t t = 0; t < T; t++) {
        const float *x = lg + (i * T + t) * V;
        int64_t am = 0;
        for (int64_t v = 1; v < V; v++)
          if (x[v] > x[am]) am = v;
        tgt[t] = (int32_t)am;
      }
      ZoItem it = {.kind = ZO_ITEM_LM, .nrows = 1, .line = items->n + 1};
      it.rows = zo_xcalloc(1, sizeof(ZoRow));
      it.rows[0] = zo_row_make(tok + i * T, tgt, T);
      zo_items_push(items, it);
      zo_sb_puts(&sb, "{\"tokens\": [");
      for (int64_t t = 0; t < T; t++) zo_sb_printf(&sb, "%s%d", t ? ", " : "", tok[i * T + t]);
      zo_sb_puts(&sb, "], \"targets\": [");
      for (int64_t t = 0; t < T; t++) zo_sb_printf(&sb, "%s%d", t ? ", " : "", tgt[t]);
      zo_sb_puts(&sb, "]}\n");
    }
  }
  if (rc == 0) rc = zo_write_file_atomic(path, sb.buf ? sb.buf : "", sb.len);
  zo_sb_free(&sb);
  free(tok);
  free(tgt);
  free(lg);
  return rc;
}

static int evaluate(const Backend *be, Func *f, int threads, int64_t V, const ZoItems *items, int64_t batch, ZoMetrics *m) {
  void *st = be->open(f, threads, NULL);
  if (!st) return -1;
  int rc = zo_evaluate(be, st, V, items, batch, NULL, m);
  be->close(st);
  return rc;
}

/* ---- the report */
/* a number, or null for NaN/Inf (JSON has no such numbers) */
static json_t *jnum(double x) { return isfinite(x) ? json_real(x) : json_null(); }

#define P(...) do { if (o->out) { fprintf(o->out, __VA_ARGS__); fflush(o->out); } } while (0)

static void fmt_time(char *buf, size_t n, double s) {
  if (s < 60) snprintf(buf, n, "%.1f s", s);
  else snprintf(buf, n, "%dm%02ds", (int)(s / 60), (int)fmod(s, 60));
}

static void metrics_line(const ZoDemoOptions *o, const char *what, const ZoMetrics *m) {
  P("  %-40s %7.4f   %6.2f%%\n", what, m->loss, 100 * m->agreement);
}

/* the training loss zo_train logged (mean of l+ and l-), by fifths of the run,
 * and its evaluations if it made any besides the first and the last */
static void print_curve(const ZoDemoOptions *o, const char *path, int64_t steps) {
  size_t len;
  char *text = zo_read_file(path, &len);
  if (!text || steps < 5) {
    free(text);
    return;
  }
  double sum[5] = {0};
  int64_t cnt[5] = {0};
  StrBuf ev = {0};
  char *save = NULL;
  for (char *l = strtok_r(text, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
    json_t *j = json_loads(l, 0, NULL);
    int64_t k = j ? (int64_t)json_integer_value(json_object_get(j, "step")) : -1;
    if (j && json_is_string(json_object_get(j, "split"))) {
      if (k > 0 && k < steps)
        zo_sb_printf(&ev, "  [%lld] %.4f %.2f%%", (long long)k, json_number_value(json_object_get(j, "loss")),
                     100 * json_number_value(json_object_get(j, "agreement")));
    } else if (j && k >= 0 && k < steps && json_is_number(json_object_get(j, "loss_plus")) &&
               json_is_number(json_object_get(j, "loss_minus"))) {
      int f = (int)(k * 5 / steps);
      sum[f] += 0.5 * (json_number_value(json_object_get(j, "loss_plus")) + json_number_value(json_object_get(j, "loss_minus")));
      cnt[f]++;
    }
    json_decref(j);
  }
  P("train loss by fifths of the run:");
  for (int f = 0; f < 5; f++)
    if (cnt[f]) P("  %.4f", sum[f] / (double)cnt[f]);
  P("\n");
  if (ev.len) P("eval during training:%s\n", ev.buf);
  zo_sb_free(&ev);
  free(text);
}

/* ---- the demo */
int zo_demo_run(const ZoDemoOptions *o, ZoDemoResult *r) {
  double t0 = now_s();
  memset(r, 0, sizeof *r);
  char src[1100];
  if (o->zo_file) snprintf(src, sizeof src, "%s", o->zo_file);
  else snprintf(src, sizeof src, "%s/models/tiny.zo", ZOC_SOURCE_DIR);
  if (!exists(src)) {
    zo_env_error(src, "cannot find the demo's model source%s",
                 o->zo_file ? "" : " (was the source tree moved? give the path of models/tiny.zo)");
    return -1;
  }
  if (o->out_dir) snprintf(r->out_dir, sizeof r->out_dir, "%s", o->out_dir);
  else pick_out_dir(r->out_dir, sizeof r->out_dir);
  int threads = o->threads > 0 ? o->threads : (int)sysconf(_SC_NPROCESSORS_ONLN);
  if (threads < 1) threads = 1;
  if (o->seq_len < 2 || o->train_seqs < 1 || o->eval_seqs < 1) {
    zo_env_error("demo settings", "needs sequences of 2 or more tokens and at least one train and one eval sequence");
    return -1;
  }
  const Backend *be = zo_backend("cpu");
  if (!be) be = zo_backend("ref");
  ZO_ASSERT(be);

  Program *pt = NULL, *ps = NULL;
  Func *ft = NULL, *fs = NULL;
  StFile *st_b = NULL, *st_t = NULL, *st_s = NULL, *st_r = NULL, *st_c = NULL;
  void *tstate = NULL;
  ZoItems train = {0}, eval = {0};
  int rc = -1;
  char tbuf[32], tbuf2[32];
  bool tuned = o->gain_std > 0;

  /* the run directory must not hold a run: zo_train checks it too, but only
     after the work before it */
  {
    char a[1100], b[1100];
    path_in(a, sizeof a, r->out_dir, ZO_RUN_STATE_DIR "/state.json");
    path_in(b, sizeof b, r->out_dir, ZO_RUN_STATE_DIR "/seeds.jsonl");
    if (exists(a) || exists(b)) {
      zo_env_error(r->out_dir, "holds a run already: choose another --out (without --out the demo picks a fresh directory)");
      return -1;
    }
  }
  if (zo_make_dirs(r->out_dir, false) != 0) return -1;
  {
    /* the report names the directory wherever the user stands */
    char *abs = realpath(r->out_dir, NULL);
    if (abs && strlen(abs) < sizeof r->out_dir) snprintf(r->out_dir, sizeof r->out_dir, "%s", abs);
    free(abs);
  }
  char p_base[1100], p_teacher[1100], p_student[1100], p_ref[1100], p_train[1100], p_eval[1100], p_metrics[1100],
      p_summary[1100];
  path_in(p_base, sizeof p_base, r->out_dir, "base.safetensors");
  path_in(p_teacher, sizeof p_teacher, r->out_dir, "teacher.safetensors");
  path_in(p_student, sizeof p_student, r->out_dir, "student-4bit.safetensors");
  path_in(p_ref, sizeof p_ref, r->out_dir, "teacher-4bit.safetensors");
  path_in(p_train, sizeof p_train, r->out_dir, "train.jsonl");
  path_in(p_eval, sizeof p_eval, r->out_dir, "eval.jsonl");
  path_in(p_metrics, sizeof p_metrics, r->out_dir, ZO_RUN_STATE_DIR "/metrics.jsonl");
  path_in(p_summary, sizeof p_summary, r->out_dir, "demo.json");
  path_in(r->checkpoint, sizeof r->checkpoint, r->out_dir, ZO_RUN_CHECKPOINT);

  P("zoc demo: QZO trains the scales of a 4-bit model on the CPU (%d thread%s, seed %llu)\n\n", threads,
    threads == 1 ? "" : "s", (unsigned long long)o->seed);

  /* 1. the two models */
  if (!(ft = compile(src, o->model, NULL, "linear(dt = f32)", &pt))) goto out;
  bool nvfp4 = o->student && strcmp(o->student, "nvfp4") == 0;
  if (o->student && !nvfp4 && strcmp(o->student, "gptq") != 0) {
    zo_env_error("demo settings", "the student's format is gptq or nvfp4, not '%s'", o->student);
    goto out;
  }
  if (!(fs = compile(src, o->model, o->recipe, nvfp4 ? "nvfp4" : NULL, &ps))) goto out;
  int64_t V = zo_train_vocab(fs), T = o->seq_len;
  if (V <= 0 || zo_train_vocab(ft) != V) {
    zo_env_error(src, "model '%s' has no logits [B, T, V] output", fs->name);
    goto out;
  }
  const FormatInst *fmt = quant_fmt(fs);
  const char *fmt_name = nvfp4 ? "NVFP4" : "GPTQ";
  char ref_label[64];
  snprintf(ref_label, sizeof ref_label, "the teacher through %s (for reference)", fmt_name);
  if (!fmt) {
    zo_env_error(src, "model '%s' has no %s weight to quantize", fs->name, nvfp4 ? "NVFP4" : "GPTQ");
    goto out;
  }
  StrBuf pv = {0};
  for (int i = 0; i < fs->nparams; i++)
    if (strcmp(fs->pname[i], "W") && strcmp(fs->pname[i], "DT") && strcmp(fs->pname[i], "eps") && strcmp(fs->pname[i], "theta"))
      zo_sb_printf(&pv, "%s%s=%s", pv.len ? " " : "", fs->pname[i], fs->pvalue[i]);
  P("model    %s (%s): %s, Llama-shaped\n", fs->name, src, pv.buf ? pv.buf : "");
  zo_sb_free(&pv);

  /* 2. base and teacher */
  int64_t nparams = 0;
  if (write_dense(ft, fs, o, p_base, p_teacher, &nparams) != 0) goto out;
  if (!(st_b = zo_st_open(p_base)) || !(st_t = zo_st_open(p_teacher)) || zo_weights_bind(ft, st_t) != 0) goto out;
  if (!(tstate = be->open(ft, threads, NULL))) goto out;
  if (tuned)
    P("teacher  f32, %lld parameters: a random base model, fine-tuned: every projection's output channels\n"
      "         scaled by exp(%g·N(0,1)) (as (IA)^3 tunes a model), its head sharpened (logit std ~%g)\n",
      (long long)nparams, o->gain_std, o->head_std);
  else
    P("teacher  f32, %lld parameters, random (head sharpened: logit std ~%g)\n", (long long)nparams, o->head_std);

  /* 3. the student: GPTQ of the base; the reference: GPTQ of the teacher */
  int64_t nquant = 0;
  if (write_quantized(fs, ft, st_b, p_student, "student: the base through the round-to-nearest quantizer", &nquant) != 0)
    goto out;
  if (tuned && write_quantized(fs, ft, st_t, p_ref, "reference: the teacher through the round-to-nearest quantizer",
                               &nquant) != 0)
    goto out;
  for (int i = 0; i < fs->body->vals.len; i++) {
    const Value *v = fs->body->vals.data[i];
    if (v->op != ZO_OP_WEIGHT) continue;
    for (int s = 0; s < v->w->nstorage; s++)
      if (v->w->perturbed[s]) r->scales += zo_weight_storage_numel(v, s);
  }
  P("student  the %s through %s (round to nearest), all %lld projections;\n"
    "         recipe %s trains %lld values (the %s scales), %s stay fixed\n",
    tuned ? "base" : "teacher", fmt->spelled, (long long)nquant, o->recipe ? o->recipe : "(none)", (long long)r->scales,
    nvfp4 ? "fp8 e4m3" : "f16", nvfp4 ? "the e2m1 codes and the per-tensor f32 scales" : "codes and zeros");

  /* 4. data */
  uint64_t dr = zo_splitmix_stream(o->seed, "demo data");
  if (label(be, tstate, V, T, o->train_seqs, &dr, &train, p_train) != 0) goto out;
  if (label(be, tstate, V, T, o->eval_seqs, &dr, &eval, p_eval) != 0) goto out;
  P("data     %d train + %d held-out sequences of %lld random tokens, every position labelled\n"
    "         with the teacher's most likely next token\n",
    o->train_seqs, o->eval_seqs, (long long)T);

  /* the settings: the recipe's, then the demo's, then the caller's */
  ZoTrainRun run = {0};
  zo_train_settings_from_recipe(fs->recipe, &run.set);
  run.set.lr = o->lr;
  run.set.eps = o->eps;
  run.set.steps = o->steps;
  run.set.batch = o->batch;
  run.set.schedule = 0;
  run.set.warmup = 0;
  run.set.seed = o->seed;
  run.set.eval_every = o->evals > 0 && o->steps > o->evals ? o->steps / (o->evals + 1) : 0;
  run.set.save_every = 0;
  for (int i = 0; i < o->nsets; i++) {
    const char *eq = strchr(o->sets[i], '=');
    char name[64];
    if (!eq || eq == o->sets[i] || (size_t)(eq - o->sets[i]) >= sizeof name) {
      zo_env_error(o->sets[i], "a setting is NAME=VALUE (lr=1e-4)");
      goto out;
    }
    memcpy(name, o->sets[i], (size_t)(eq - o->sets[i]));
    name[eq - o->sets[i]] = 0;
    if (zo_train_settings_set(&run.set, name, eq + 1) != 0) goto out;
  }
  if (zo_train_settings_check(&run.set) != 0) goto out;

  /* 5. before */
  if (zo_evaluate(be, tstate, V, &eval, run.set.batch, NULL, &r->teacher) != 0) goto out;
  be->close(tstate);
  tstate = NULL;
  if (tuned) {
    if (!(st_r = zo_st_open(p_ref)) || zo_weights_bind(fs, st_r) != 0) goto out;
    if (evaluate(be, fs, threads, V, &eval, run.set.batch, &r->reference) != 0) goto out;
  }
  if (!(st_s = zo_st_open(p_student)) || zo_weights_bind(fs, st_s) != 0) goto out;
  if (evaluate(be, fs, threads, V, &eval, run.set.batch, &r->before) != 0) goto out;
  fmt_time(tbuf, sizeof tbuf, now_s() - t0);
  P("         (compiled, quantized and labelled in %s)\n\n", tbuf);
  P("  on %lld held-out positions                      loss   agreement\n", (long long)r->before.positions);
  metrics_line(o, "teacher", &r->teacher);
  if (tuned) metrics_line(o, ref_label, &r->reference);
  metrics_line(o, "student, before", &r->before);
  P("\ntraining: recipe %s, %lld steps of %lld sequences, lr %g, eps %g, clip %g\n", o->recipe ? o->recipe : "",
    (long long)run.set.steps, (long long)run.set.batch, run.set.lr, run.set.eps, run.set.clip);

  char describe[256];
  snprintf(describe, sizeof describe, "zoc demo: %s %s, recipe %s, seed %llu", fs->name, fmt->spelled,
           o->recipe ? o->recipe : "", (unsigned long long)o->seed);
  run.f = fs;
  run.init = st_s;
  run.be = be;
  run.threads = threads;
  run.train = &train;
  run.eval = &eval;
  run.out_dir = r->out_dir;
  run.quiet = !o->progress;
  run.describe = describe;
  double tt = now_s();
  if (zo_train(&run) != 0) goto out;
  r->train_seconds = now_s() - tt;
  r->steps = run.steps_done;
  if (run.interrupted) {
    r->interrupted = true;
    rc = 0;
    goto out;
  }

  /* 6. after: from the file, in the default precision whatever the forward
     trained in (a QuZO-trained model is deployed as the quantized model it
     is: docs/lowprec.md); zo_train wrote the forward's settings into the recipe */
  if (fs->recipe) zo_recipe_set(fs->recipe, "forward", 0);
  if (!(st_c = zo_st_open(r->checkpoint)) || zo_weights_bind(fs, st_c) != 0) goto out;
  if (evaluate(be, fs, threads, V, &eval, run.set.batch, &r->after) != 0) goto out;
  r->changed = changed_values(fs, st_s, st_c);
  r->seconds = now_s() - t0;

  print_curve(o, p_metrics, run.set.steps);
  P("\n  on %lld held-out positions                      loss   agreement\n", (long long)r->before.positions);
  metrics_line(o, "teacher", &r->teacher);
  if (tuned) metrics_line(o, ref_label, &r->reference);
  metrics_line(o, "student, before", &r->before);
  metrics_line(o, "student, after QZO", &r->after);
  double won = r->after.agreement - r->before.agreement;
  double gap = tuned ? r->reference.agreement - r->before.agreement : 1 - r->before.agreement;
  P("  %-40s %+7.4f   %+6.2f points\n", "gain", r->after.loss - r->before.loss, 100 * won);
  P("  %lld of the %lld trained values changed in the checkpoint (update_rounding %s)\n", (long long)r->changed,
    (long long)r->scales, run.set.update_rounding ? "stochastic" : "nearest");
  if (gap > 0)
    P("  (%.0f%% of the way from the student's start to %s)\n", 100 * won / gap,
      tuned ? (nvfp4 ? "the teacher's own NVFP4" : "the teacher's own GPTQ") : "the teacher");
  P("\n");
  fmt_time(tbuf, sizeof tbuf, r->seconds);
  fmt_time(tbuf2, sizeof tbuf2, r->train_seconds);
  P("time     %s in all (training %s, %.0f steps/s)\n", tbuf, tbuf2, (double)r->steps / (r->train_seconds + 1e-9));
  P("run      %s/: model.safetensors (the trained 4-bit %s model), student-4bit.safetensors,\n"
    "         teacher.safetensors, teacher-4bit.safetensors, base.safetensors, train.jsonl, eval.jsonl,\n         demo.json; zoc/: metrics.jsonl, seeds.jsonl and the resume state\n",
    r->out_dir, fmt_name);

  /* the numbers, for scripts (a loss of a diverged run is NaN: null, as
     zoc eval prints it; json_pack's "f" would fail on it) */
  json_t *j = json_pack("{s:s, s:I, s:I, s:I, s:o, s:{s:o, s:o}, s:{s:o, s:o}, s:{s:o, s:o}, s:I, s:o, s:o}", "model",
                        fs->name, "seed", (json_int_t)o->seed, "steps", (json_int_t)r->steps, "trained_values",
                        (json_int_t)r->scales, "gain_std", jnum(o->gain_std), "teacher", "loss", jnum(r->teacher.loss),
                        "agreement", jnum(r->teacher.agreement), "before", "loss", jnum(r->before.loss), "agreement",
                        jnum(r->before.agreement), "after", "loss", jnum(r->after.loss), "agreement",
                        jnum(r->after.agreement), "eval_positions", (json_int_t)r->before.positions, "seconds",
                        jnum(r->seconds), "train_seconds", jnum(r->train_seconds));
  ZO_ASSERT(j);
  json_object_set_new(j, "changed_values", json_integer(r->changed));
  json_object_set_new(j, "update_rounding", json_string(run.set.update_rounding ? "stochastic" : "nearest"));
  if (tuned)
    json_object_set_new(j, "reference", json_pack("{s:o, s:o}", "loss", jnum(r->reference.loss), "agreement",
                                                  jnum(r->reference.agreement)));
  char *js = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(9));
  json_decref(j);
  StrBuf jb = {0};
  zo_sb_puts(&jb, js);
  zo_sb_putc(&jb, '\n');
  free(js);
  int wrc = zo_write_file_atomic(p_summary, jb.buf, jb.len);
  zo_sb_free(&jb);
  if (wrc != 0) goto out;
  rc = 0;
out:
  if (tstate) be->close(tstate);
  zo_items_free(&train);
  zo_items_free(&eval);
  zo_func_free(ft);
  zo_func_free(fs);
  zo_st_close(st_b);
  zo_st_close(st_t);
  zo_st_close(st_s);
  zo_st_close(st_r);
  zo_st_close(st_c);
  if (pt) zo_program_free(pt);
  if (ps) zo_program_free(ps);
  return rc;
}
