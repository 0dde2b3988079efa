/* test_cpuexec.c — the "cpu" backend on whole models, against the reference
 * backend (runtime/refexec.c), on random checkpoints (runtime/randw.h) with
 * fresh seeds.
 *
 * Checks: tiny (GPTQ 4-bit, GQA, SwiGLU; also dense and 3-bit), OPT and GPT-2
 * shaped models with small -D sizes agree with the reference within 1e-5
 * normwise relative (‖cpu − ref‖ / ‖ref‖), unperturbed and in one ZO call over
 * a doubled batch (split: +eps for the first half, −eps for the rest) under
 * QZO and MeZO recipes; the logits are bit-identical for 1, 2 and 3 threads;
 * B and T change between calls (the memory plan is redone); bad token ids are
 * an error, not a crash; tanh (tests/data/models/softcap.zo) through the
 * command line, `zoc loss` on cpu against ref; the op attributes of the
 * Hugging Face architectures (tests/data/models/archops.zo, archrope.zo) by
 * the API and the command line, and their errors.
 *
 * Why 1e-5: every kernel is within a few f32 roundings of the reference per
 * op (test_llvm.c); through L layers of norm-bounded activations the errors
 * add rather than compound, ~√(ops)·u ≈ 1e-6 for these depths, so 1e-5 leaves
 * a margin of 10 while a wrong z, sign or index moves the logits by ~eps.
 */
#include <math.h>
#include <string.h>

#include "codegen/llvm_gen.h"
#include "frontend/ast.h"
#include "passes/passes.h"
#include "runtime/exec.h"
#include "runtime/lowprec.h"
#include "runtime/randw.h"
#include "runtime/safetensors.h"
#include "runtime/weights.h"
#include "testutil.h"

extern const Backend zo_backend_ref;

typedef struct Loaded {
  Program *p;
  Func *f;
  StFile *st;
} Loaded;

static void load(Loaded *l, const char *model_file, const char *recipe, const char *const *defs, int nd, uint64_t seed) {
  memset(l, 0, sizeof *l);
  const char *file = zt_src(model_file);
  l->p = zo_parse_files(&file, 1);
  ck_assert(zo_diag_count() == 0);
  Define d[16];
  char buf[16][64];
  for (int i = 0; i < nd; i++) {
    snprintf(buf[i], sizeof buf[i], "%s", defs[i]);
    char *eq = strchr(buf[i], '=');
    *eq = 0;
    d[i] = (Define){buf[i], eq + 1};
  }
  CompileOptions o = {.recipe = recipe, .defs = d, .ndefs = nd};
  l->f = zo_compile(l->p, &o);
  ck_assert_msg(l->f, "%s does not compile", model_file);
  char path[600];
  static int n;
  snprintf(path, sizeof path, "%s/w%d.safetensors", zt_tmpdir(), n++);
  ck_assert(zo_random_weights(l->f, seed, path) == 0);
  ck_assert((l->st = zo_st_open(path)) != NULL);
  ck_assert(zo_weights_bind(l->f, l->st) == 0);
}

static void unload(Loaded *l) {
  zo_func_free(l->f);
  zo_st_close(l->st);
  zo_program_free(l->p);
}

/* cpu vs ref, unperturbed and perturbed, and the same logits for 1, 2, 3 threads */
static void check_model(const char *file, const char *recipe, const char *const *defs, int nd) {
  uint64_t r = zt_seed() ^ zt_next(&(uint64_t){(uint64_t)strlen(file) * 31 + (uint64_t)nd + (recipe ? (uint64_t)recipe[0] : 0)});
  Loaded l;
  load(&l, file, recipe, defs, nd, zt_next(&r));
  Func *f = l.f;
  int64_t B = 1 + (int64_t)(zt_next(&r) % 3), T = 1 + (int64_t)(zt_next(&r) % 12), V = zo_model_vocab(f), C = zo_model_out_cols(f);
  int64_t n = 2 * B * T * C;
  int32_t *tok = zo_xmalloc(sizeof(int32_t) * (size_t)(2 * B * T));
  for (int64_t i = 0; i < 2 * B * T; i++) tok[i] = (int32_t)(zt_next(&r) % (uint64_t)V);
  float *ref = zo_xmalloc(sizeof(float) * (size_t)n), *out[3];
  for (int t = 0; t < 3; t++) out[t] = zo_xmalloc(sizeof(float) * (size_t)n);
  void *rs = zo_backend_ref.open(f, 1, NULL);
  ck_assert(rs);
  void *cs[3];
  for (int t = 0; t < 3; t++) ck_assert((cs[t] = zo_backend_cpu.open(f, t + 1, NULL)) != NULL);
  Perturb none = {0};
  Perturb pz = {.seed = zt_next(&r), .eps = 1e-2f, .split = B};   /* the ZO step: 2B entries, both signs */
  for (int pass = 0; pass < 2; pass++) {
    int64_t bb = pass ? 2 * B : B;
    const Perturb *p = pass ? &pz : &none;
    ck_assert(zo_backend_ref.forward(rs, tok, bb, T, p, ref) == 0);
    for (int t = 0; t < 3; t++) ck_assert(zo_backend_cpu.forward(cs[t], tok, bb, T, p, out[t]) == 0);
    int64_t m = bb * T * C;
    double err = zt_normwise(out[0], ref, m);
    ck_assert_msg(err <= 1e-5, "%s recipe %s B=%lld T=%lld %s: cpu vs ref %.3g", file, recipe ? recipe : "-",
                  (long long)bb, (long long)T, pass ? "perturbed" : "plain", err);
    for (int t = 1; t < 3; t++)
      ck_assert_msg(memcmp(out[0], out[t], sizeof(float) * (size_t)m) == 0, "%s: %d threads differ from 1", file, t + 1);
    if (pass) {
      /* the perturbation must move the logits (else this checked nothing) */
      double moved = 0;
      float *plain = zo_xmalloc(sizeof(float) * (size_t)m);
      ck_assert(zo_backend_cpu.forward(cs[0], tok, bb, T, &none, plain) == 0);
      moved = zt_normwise(plain, ref, m);
      if (f->nstreams > 0) ck_assert_msg(moved > 1e-4, "%s: perturbation moved the logits by only %.3g", file, moved);
      free(plain);
    }
  }
  /* the states share the Func's memory plan: a forward of another state at
   * other sizes (an evaluation beside training) must not disturb this state's
   * next forward at its own sizes */
  {
    int64_t T2 = T + 3, m = 2 * B * T * C;
    int32_t *tok2 = zo_xmalloc(sizeof(int32_t) * (size_t)(2 * B * T2));
    for (int64_t i = 0; i < 2 * B * T2; i++) tok2[i] = (int32_t)(zt_next(&r) % (uint64_t)V);
    float *o2 = zo_xmalloc(sizeof(float) * (size_t)(2 * B * T2 * C)), *again = zo_xmalloc(sizeof(float) * (size_t)m);
    ck_assert(zo_backend_cpu.forward(cs[1], tok2, 2 * B, T2, &none, o2) == 0);
    ck_assert(zo_backend_cpu.forward(cs[0], tok, 2 * B, T, &pz, again) == 0);
    ck_assert_msg(memcmp(again, out[0], sizeof(float) * (size_t)m) == 0,
                  "%s: a forward of another state at T=%lld changed this state's result", file, (long long)T2);

    /* the same when another backend (cuda's loss-only forward) left a plan without the logits at these sizes */
    zo_memplan(f, true);
    ck_assert(f->plan.without_output && f->outputs.data[0]->buffer < 0);
    ck_assert(zo_backend_cpu.forward(cs[0], tok, 2 * B, T, &pz, again) == 0);
    ck_assert_msg(memcmp(again, out[0], sizeof(float) * (size_t)m) == 0, "%s: a plan without the logits changed the result", file);
    ck_assert(!f->plan.without_output);
    free(tok2);
    free(o2);
    free(again);
  }
  /* Backend.logp (what training and evaluation read): the forward, then the
   * log-probs at random targets (a fifth without one) from the logits where
   * they are, split over the pool: the bits of zo_logp_positions on the
   * logits the forward returns, for every thread count */
  {
    int64_t np = 2 * B * T;
    int32_t *tg = zo_xmalloc(sizeof(int32_t) * (size_t)np);
    for (int64_t i = 0; i < np; i++) tg[i] = zt_next(&r) % 5 == 0 ? -1 : (int32_t)(zt_next(&r) % (uint64_t)C);
    double *want = zo_xmalloc(sizeof(double) * (size_t)np), *got = zo_xmalloc(sizeof(double) * (size_t)np);
    uint8_t *hw = zo_xmalloc((size_t)np), *hg = zo_xmalloc((size_t)np);
    zo_logp_positions(out[0], tg, np, C, want, hw);   /* out[0]: the perturbed call over 2B */
    for (int t = 0; t < 3; t++) {
      ck_assert(zo_backend_cpu.logp(cs[t], tok, tg, 2 * B, T, &pz, got, hg) == 0);
      ck_assert_msg(memcmp(got, want, sizeof(double) * (size_t)np) == 0 && memcmp(hg, hw, (size_t)np) == 0,
                    "%s: logp with %d threads differs from the logits' log-probs", file, t + 1);
    }
    free(tg);
    free(want);
    free(got);
    free(hw);
    free(hg);
  }
  zo_backend_ref.close(rs);
  for (int t = 0; t < 3; t++) {
    ck_assert(zo_backend_cpu.peak_bytes(cs[t]) >= f->plan.arena_bytes);
    zo_backend_cpu.close(cs[t]);
    free(out[t]);
  }
  free(ref);
  free(tok);
  unload(&l);
}

START_TEST(test_tiny) {
  const char *d[] = {"L=2"};
  check_model("models/tiny.zo", NULL, d, 1);
  check_model("models/tiny.zo", "qzo", d, 1);
  check_model("models/tiny.zo", "qzo_norms", d, 1);
  check_model("models/tiny.zo", "mezo", d, 1);
}
END_TEST

START_TEST(test_tiny_formats) {
  const char *d1[] = {"L=1", "W=linear(dt=f32)"};
  check_model("models/tiny.zo", "mezo", d1, 2);
  const char *d2[] = {"L=1", "W=gptq(bits=3, G=32)", "F=96"};
  check_model("models/tiny.zo", "qzo", d2, 3);
  const char *d3[] = {"L=1", "W=int8", "DT=f16"};
  check_model("models/tiny.zo", "qzo_norms", d3, 3);
}
END_TEST

START_TEST(test_llama) {
  const char *d[] = {"V=96", "D=64", "L=2", "H=4", "KV=2", "F=96", "W=gptq(bits=4, G=32)"};
  check_model("models/llama.zo", "qzo", d, 7);
}
END_TEST

START_TEST(test_opt) {
  const char *d[] = {"V=80", "D=48", "L=2", "H=4", "F=96", "P=40"};
  check_model("models/opt.zo", NULL, d, 6);
  check_model("models/opt.zo", "mezo", d, 6);
}
END_TEST

START_TEST(test_gpt2) {
  const char *d[] = {"V=70", "D=48", "L=2", "H=4", "P=40"};
  check_model("models/gpt2.zo", "mezo", d, 5);
}
END_TEST

/* ---- the low-precision forward (docs/lowprec.md): recipe setting forward = fp8 | int8 */
typedef struct LpRun {
  double err;       /* cpu vs ref, normwise, over both calls */
  int64_t diff;     /* logits whose bits differ between cpu and ref */
  double moved;     /* cpu against the default precision's cpu logits */
} LpRun;

/* The model with forward = kind (rounding mode) on cpu (1 and 3 threads) and
 * ref, unperturbed over B and perturbed over 2B (split B); asserts the cpu's
 * logits are the same bits for both thread counts and for the same call
 * twice, and returns how far cpu is from ref and from the default precision. */
static LpRun lowprec_run(const char *file, const char *recipe, const char *const *defs, int nd, int kind, int mode,
                         uint64_t *r) {
  LpRun res = {0};
  Loaded l, d;
  uint64_t ws = zt_next(r);
  load(&l, file, recipe, defs, nd, ws);
  load(&d, file, recipe, defs, nd, ws);   /* the same weights, the default precision */
  zo_recipe_set(l.f->recipe, "forward", kind);
  zo_recipe_set(l.f->recipe, "forward_rounding", mode);
  Func *f = l.f;
  int64_t B = 1 + (int64_t)(zt_next(r) % 3), T = 1 + (int64_t)(zt_next(r) % 12), V = zo_model_vocab(f), C = zo_model_out_cols(f);
  int64_t n = 2 * B * T * C;
  int32_t *tok = zo_xmalloc(sizeof(int32_t) * (size_t)(2 * B * T));
  for (int64_t i = 0; i < 2 * B * T; i++) tok[i] = (int32_t)(zt_next(r) % (uint64_t)V);
  float *ref = zo_xmalloc(sizeof(float) * (size_t)n), *dflt = zo_xmalloc(sizeof(float) * (size_t)n), *out[3];
  for (int t = 0; t < 3; t++) out[t] = zo_xmalloc(sizeof(float) * (size_t)n);
  void *rs = zo_backend_ref.open(f, 1, NULL), *cs[2], *ds = zo_backend_cpu.open(d.f, 2, NULL);
  ck_assert(rs && ds);
  for (int t = 0; t < 2; t++) ck_assert((cs[t] = zo_backend_cpu.open(f, 1 + 2 * t, NULL)) != NULL);
  Perturb none = {0}, pz = {.seed = zt_next(r), .eps = 1e-2f, .split = B};
  double num = 0, den = 0, mnum = 0;
  for (int pass = 0; pass < 2; pass++) {
    int64_t bb = pass ? 2 * B : B, m = bb * T * C;
    const Perturb *p = pass ? &pz : &none;
    ck_assert(zo_backend_ref.forward(rs, tok, bb, T, p, ref) == 0);
    ck_assert(zo_backend_cpu.forward(ds, tok, bb, T, p, dflt) == 0);
    for (int t = 0; t < 2; t++) ck_assert(zo_backend_cpu.forward(cs[t], tok, bb, T, p, out[t]) == 0);
    ck_assert(zo_backend_cpu.forward(cs[0], tok, bb, T, p, out[2]) == 0);
    ck_assert_msg(memcmp(out[0], out[1], sizeof(float) * (size_t)m) == 0, "%s forward=%d: 3 threads differ from 1", file, kind);
    ck_assert_msg(memcmp(out[0], out[2], sizeof(float) * (size_t)m) == 0, "%s forward=%d: the same call twice differs", file, kind);
    for (int64_t i = 0; i < m; i++) {
      num += ((double)out[0][i] - ref[i]) * ((double)out[0][i] - ref[i]);
      den += (double)ref[i] * ref[i];
      mnum += ((double)out[0][i] - dflt[i]) * ((double)out[0][i] - dflt[i]);
      res.diff += memcmp(&out[0][i], &ref[i], 4) != 0;
    }
  }
  res.err = sqrt(num / den);
  res.moved = sqrt(mnum / den);
  zo_backend_ref.close(rs);
  zo_backend_cpu.close(ds);
  for (int t = 0; t < 2; t++) zo_backend_cpu.close(cs[t]);
  for (int t = 0; t < 3; t++) free(out[t]);
  free(ref);
  free(dflt);
  free(tok);
  unload(&l);
  unload(&d);
  return res;
}

/* The low-precision forward on whole models, cpu against ref.
 * Embedding, norm, lm_head (-D L=0, MeZO: every weight perturbed): the same
 * bits — the matmul's quantized operands are the same functions' on the same
 * x (the norm agrees to the bit here) and W', summed exactly
 * (test_llvm.c's test_lowprec_matmul).
 * Deeper models: before a matmul the backends' x differ by f32 roundings of
 * the other ops (~1e-7, test_cpuexec's 1e-5 above), and an operand rounds
 * differently only where x·r lies within that of a rounding boundary (nearest)
 * or its p within it of the word's U (stochastic): rare (about one element in
 * 10^5: a few runs in a hundred see one), and then one element moves by one
 * grid step, a part in √(elements) of the whole quantization noise of the
 * forward (`moved`, the distance to the default precision's logits). So the
 * bound is err <= moved / 4: a few such flips stay well inside, while the
 * wrong rounding (nearest for stochastic), a wrong word, stream or sign half
 * gives noise independent of the reference's, err ≈ moved or more. */
START_TEST(test_lowprec_models) {
  uint64_t r = zt_seed() ^ 0x10f8;
  const char *defs[][3] = {{"L=0"}, {"L=2"}, {"L=1", "W=int8", "DT=f16"}};
  int nd[] = {1, 1, 3};
  const char *recipes[] = {"mezo", "qzo", "qzo"};
  for (int c = 0; c < 3; c++)
    for (int kind = ZO_LP_FP8; kind <= ZO_LP_INT8; kind++)
      for (int mode = 0; mode < 2; mode++) {
        LpRun x = lowprec_run("models/tiny.zo", recipes[c], defs[c], nd[c], kind, mode, &r);
        ck_assert_msg(x.moved > 1e-3, "%s forward=%d: the low precision moved the logits by only %.3g", defs[c][0], kind, x.moved);
        if (c == 0)
          ck_assert_msg(x.diff == 0, "%s forward=%d rounding=%d: %lld logits differ from ref (err %.3g)", defs[c][0], kind, mode,
                        (long long)x.diff, x.err);
        else
          ck_assert_msg(x.err <= x.moved / 4, "%s forward=%d rounding=%d: cpu vs ref %.3g, the low precision moved %.3g",
                        defs[c][0], kind, mode, x.err, x.moved);
      }
}
END_TEST

/* Through the command line: `zoc train --set forward=fp8|int8 --set
 * forward_rounding=stochastic` on cpu and on ref, tiny with -D L=0 under
 * MeZO (its forward the same bits on both, test_lowprec_models): every
 * step's losses, the seed log and the checkpoint are the same bytes; the
 * default precision's seed log differs (the setting reached the kernels). */
static char *lp_train(const char *model, const char *w, const char *data, const char *name, const char *dev,
                      const char *sets, unsigned long long seed) {
  char *run = zt_fmt("%s/%s", zt_tmpdir(), name), *out = NULL, *err = NULL;
  char *a = zt_fmt("train '%s' -D L=0 --recipe mezo --weights '%s' --task lm --data '%s' --out '%s' --device %s --steps 4 "
                   "--seed %llu --set batch=2 --train-examples 6 --eval-examples 4 --eval-every 4 --quiet %s",
                   model, w, data, run, dev, seed, sets);
  ck_assert_msg(zt_zoc(a, &out, &err) == 0, "%s: %s", a, err);
  free(a), free(out), free(err);
  return run;
}

static bool same_file(const char *dir_a, const char *dir_b, const char *rel) {
  char *c = zt_fmt("cmp -s '%s/%s' '%s/%s'", dir_a, rel, dir_b, rel), *out = NULL, *err = NULL;
  int rc = zt_run(c, &out, &err);
  free(c), free(out), free(err);
  return rc == 0;
}

START_TEST(test_lowprec_cli) {
  uint64_t r = zt_seed() ^ 0x10fa;
  const char *model = zt_src("models/tiny.zo");
  char *w = zt_fmt("%s/lp_w.safetensors", zt_tmpdir()), *data = zt_fmt("%s/lp.jsonl", zt_tmpdir());
  char *a = zt_fmt("random-weights '%s' -D L=0 --seed %llu -o '%s'", model, (unsigned long long)(zt_next(&r) >> 1), w);
  char *out = NULL, *err = NULL;
  ck_assert_msg(zt_zoc(a, &out, &err) == 0, "%s: %s", a, err);
  free(a), free(out), free(err);
  zt_write_tokens(data, 10, 4, 12, 64, &r);
  unsigned long long seed = zt_next(&r) >> 1;
  const char *kinds[] = {"fp8", "int8"};
  char *dflt = lp_train(model, w, data, "lp_default", "cpu", "", seed);
  for (int k = 0; k < 2; k++) {
    char *sets = zt_fmt("--set forward=%s --set forward_rounding=stochastic", kinds[k]);
    char *nc = zt_fmt("lp_%s_cpu", kinds[k]), *nr = zt_fmt("lp_%s_ref", kinds[k]);
    char *rc = lp_train(model, w, data, nc, "cpu", sets, seed), *rr = lp_train(model, w, data, nr, "ref", sets, seed);
    ck_assert_msg(same_file(rc, rr, "zoc/seeds.jsonl"), "forward=%s: the seed logs of cpu and ref differ", kinds[k]);
    ck_assert_msg(same_file(rc, rr, "model.safetensors"), "forward=%s: the checkpoints of cpu and ref differ", kinds[k]);
    ck_assert_msg(!same_file(rc, dflt, "zoc/seeds.jsonl"), "forward=%s: the same seed log as the default precision", kinds[k]);
    free(sets), free(nc), free(nr), free(rc), free(rr);
  }
  free(dflt), free(w), free(data);
}
END_TEST

/* A training update changes the perturbed storages' host data; a state that
 * keeps copies is told (weights_changed) and its next unperturbed forward —
 * an evaluation on the training's own state — must see the new values: the
 * same logits as a state opened after the change, and not the old ones. */
START_TEST(test_weights_changed) {
  uint64_t r = zt_seed() ^ 0xc4a96e;
  const char *defs[] = {"L=1"};
  Loaded l;
  load(&l, "models/tiny.zo", "qzo_norms", defs, 1, zt_next(&r));
  Func *f = l.f;
  int64_t B = 2, T = 5, C = zo_model_out_cols(f), V = zo_model_vocab(f), n = B * T * C;
  int32_t tok[10];
  for (int i = 0; i < 10; i++) tok[i] = (int32_t)(zt_next(&r) % (uint64_t)V);
  const Backend *bes[2] = {&zo_backend_ref, &zo_backend_cpu};
  void *old[2];
  float *before = zo_xmalloc(sizeof(float) * (size_t)n), *after = zo_xmalloc(sizeof(float) * (size_t)n),
        *fresh = zo_xmalloc(sizeof(float) * (size_t)n);
  for (int k = 0; k < 2; k++) ck_assert((old[k] = bes[k]->open(f, 1, NULL)) != NULL);
  ck_assert(zo_backend_ref.forward(old[0], tok, B, T, NULL, before) == 0);
  /* the update: every perturbed float storage scaled, in private copies (the checkpoint is mapped read-only) */
  Block *b = f->body;
  int changed = 0;
  for (int i = 0; i < b->vals.len; i++) {
    Value *v = b->vals.data[i];
    if (v->op != ZO_OP_WEIGHT) continue;
    for (int st = 0; st < v->w->nstorage; st++) {
      if (!v->w->perturbed[st] || zo_weight_storage_dtype(v, st) != ZO_DT_F32) continue;
      int64_t ne = zo_weight_storage_numel(v, st);
      float *c = zo_xmalloc(sizeof(float) * (size_t)ne);
      memcpy(c, v->w->data[st], sizeof(float) * (size_t)ne);
      for (int64_t e = 0; e < ne; e++) c[e] *= 1.5f;
      v->w->data[st] = c;   /* leaked on purpose: the test's process ends soon and the Func points at it */
      changed++;
    }
  }
  ck_assert_msg(changed > 0, "no perturbed f32 storage to change");
  for (int k = 0; k < 2; k++) {
    if (bes[k]->weights_changed) ck_assert(bes[k]->weights_changed(old[k]) == 0);
    void *nw = bes[k]->open(f, 1, NULL);
    ck_assert(nw);
    ck_assert(bes[k]->forward(old[k], tok, B, T, NULL, after) == 0);
    ck_assert(bes[k]->forward(nw, tok, B, T, NULL, fresh) == 0);
    ck_assert_msg(memcmp(after, fresh, sizeof(float) * (size_t)n) == 0, "%s: the state that was told sees other weights than a new one",
                  bes[k]->name);
    ck_assert_msg(zt_normwise(after, before, n) > 1e-3, "%s: the change did not reach the logits", bes[k]->name);
    bes[k]->close(nw);
    bes[k]->close(old[k]);
  }
  free(before);
  free(after);
  free(fresh);
  unload(&l);
}
END_TEST

/* B and T change between calls; ids are checked */
START_TEST(test_shapes_and_errors) {
  uint64_t r = zt_seed() ^ 0x77;
  const char *d[] = {"L=1"};
  Loaded l;
  load(&l, "models/tiny.zo", "qzo", d, 1, zt_next(&r));
  Func *f = l.f;
  int64_t V = zo_model_vocab(f), C = zo_model_out_cols(f);
  void *cs = zo_backend_cpu.open(f, 2, NULL), *rs = zo_backend_ref.open(f, 1, NULL);
  ck_assert(cs && rs);
  int64_t shapes[][2] = {{3, 5}, {1, 1}, {2, 17}, {3, 5}};
  for (size_t s = 0; s < 4; s++) {
    int64_t B = shapes[s][0], T = shapes[s][1];
    int32_t *tok = zo_xmalloc(sizeof(int32_t) * (size_t)(B * T));
    for (int64_t i = 0; i < B * T; i++) tok[i] = (int32_t)(zt_next(&r) % (uint64_t)V);
    float *a = zo_xmalloc(sizeof(float) * (size_t)(B * T * C)), *b = zo_xmalloc(sizeof(float) * (size_t)(B * T * C));
    ck_assert(zo_backend_cpu.forward(cs, tok, B, T, NULL, a) == 0);
    ck_assert(zo_backend_ref.forward(rs, tok, B, T, NULL, b) == 0);
    ck_assert_msg(zt_normwise(a, b, B * T * C) <= 1e-5, "B=%lld T=%lld", (long long)B, (long long)T);
    tok[B * T - 1] = (int32_t)V;   /* one past the vocabulary */
    FILE *devnull = fopen("/dev/null", "w");
    FILE *saved = stderr;
    stderr = devnull;
    int rc = zo_backend_cpu.forward(cs, tok, B, T, NULL, a);
    stderr = saved;
    fclose(devnull);
    ck_assert_msg(rc == -1, "a token id past the vocabulary was accepted");
    free(tok);
    free(a);
    free(b);
  }
  zo_backend_cpu.close(cs);
  zo_backend_ref.close(rs);
  unload(&l);
}
END_TEST

/* `zoc random-weights MODEL` into a new file (its path, malloc'd), seeded from *r */
static char *cli_weights(const char *model, const char *name, uint64_t *r) {
  char *w = zt_fmt("%s/%s.safetensors", zt_tmpdir(), name), *out = NULL, *err = NULL;
  char *args = zt_fmt("random-weights '%s' --seed %llu -o '%s'", model, (unsigned long long)(zt_next(r) >> 1), w);
  ck_assert_msg(zt_zoc(args, &out, &err) == 0, "%s: %s", args, err);
  free(args), free(out), free(err);
  return w;
}

/* `zoc loss MODEL DEFS --weights W --data TOKS --device DEV`: its n losses into loss (at most max) */
static int cli_losses(const char *model, const char *defs, const char *w, const char *toks, const char *dev, double *loss,
                      int max) {
  char *args = zt_fmt("loss '%s' %s --weights '%s' --data '%s' --device %s", model, defs, w, toks, dev), *out = NULL,
       *err = NULL;
  ck_assert_msg(zt_zoc(args, &out, &err) == 0, "%s: %s", args, err);
  int n = zt_parse_losses(out, loss, max);
  free(args), free(out), free(err);
  return n;
}

/* tanh end to end, as a user runs it: tests/data/models/softcap.zo (Gemma 2's logit
 * softcapping, cap * tanh(logits / cap)) through `zoc random-weights` and `zoc loss`, cpu
 * against ref line by line (1e-5 relative, as above); with small caps the logits lie in
 * (-cap, cap), so every loss is within 2·cap of log V: a tanh left out or wrong moves it. */
START_TEST(test_softcap_cli) {
  uint64_t r = zt_seed() ^ 0x7a4;
  const char *model = zt_src("tests/data/models/softcap.zo");
  char *w = cli_weights(model, "softcap", &r), *toks = zt_fmt("%s/toks.jsonl", zt_tmpdir());
  zt_write_tokens(toks, 6, 2, 24, 64, &r);
  const char *caps[] = {"", "-D cap=0.05 -D ecap=0.5"};
  for (int c = 0; c < 2; c++) {
    double loss[2][8];
    int n[2];
    for (int d = 0; d < 2; d++) n[d] = cli_losses(model, caps[c], w, toks, d ? "ref" : "cpu", loss[d], 8);
    ck_assert_int_eq(n[0], 6);
    ck_assert_int_eq(n[1], 6);
    for (int i = 0; i < 6; i++) {
      ck_assert_msg(fabs(loss[0][i] - loss[1][i]) <= 1e-5 * fabs(loss[1][i]), "softcap %s line %d: cpu %.9g, ref %.9g",
                    caps[c], i, loss[0][i], loss[1][i]);
      if (c == 1)
        ck_assert_msg(fabs(loss[1][i] - log(64.0)) <= 2 * 0.05 + 1e-6, "cap 0.05: loss %.9g is not within 0.1 of log 64",
                      loss[1][i]);
    }
  }
  free(w), free(toks);
}
END_TEST

/* The op attributes of the Hugging Face architectures (tests/data/models/archops.zo and
 * archrope.zo: a strided slice of a fused QKV, per-head rms_norm and layer_norm, rope over part
 * of the head and scaled (linear, Llama 3), the attention scale, softcapping and a sliding
 * window), on cpu against ref as above (1e-5 normwise: these change which f32 roundings
 * happen, not how many), unperturbed and under MeZO (the per-head norm weights perturbed in
 * the norm kernel's rows of a head): the defaults and the three combinations last in the list
 * below here (each attribute alone goes through the command line, test_arch_attrs_cli). ref
 * itself is checked against transformers' definitions in test_ref. */
static const char *const arch_variants[][6] = {
  {NULL},
  {"RD=8", NULL},
  {"factor=4", NULL},
  {"factor=8", "lo=1", "hi=4", "om=8", NULL},
  {"scale=0.3", NULL},
  {"cap=0.5", NULL},
  {"win=3", NULL},
  {"RD=10", "factor=8", "lo=1", "hi=4", "om=8", NULL},
  {"RD=4", "factor=3", "scale=0.3", "cap=0.5", NULL},
  {"scale=0.2", "cap=20", "win=5", NULL},
};
#define ARCH_COMBOS 3   /* the last ones: test_arch_attrs */

static int count_defs(const char *const *d) {
  int n = 0;
  while (n < 6 && d[n]) n++;
  return n;
}

START_TEST(test_arch_attrs) {
  const int v = _i == 0 ? 0 : (int)ZO_COUNT(arch_variants) - ARCH_COMBOS + _i - 1;
  const char *const *d = arch_variants[v];
  check_model("tests/data/models/archops.zo", NULL, d, count_defs(d));
  check_model("tests/data/models/archops.zo", "mezo", d, count_defs(d));
  if (_i == 0) {
    const char *r[] = {"scale=0.2"};
    check_model("tests/data/models/archrope.zo", "mezo", r, 0);
    check_model("tests/data/models/archrope.zo", "mezo", r, 1);
  }
}
END_TEST

/* The same through the command line, `zoc loss` on cpu and ref line by line (1e-5 relative);
 * each attribute moves the loss away from the defaults' (an attribute both backends dropped
 * would leave it), by more than the tolerance. */
START_TEST(test_arch_attrs_cli) {
  uint64_t r = zt_seed() ^ 0xa7c;
  const char *model = zt_src("tests/data/models/archops.zo");
  char *w = cli_weights(model, "archops", &r), *toks = zt_fmt("%s/toks2.jsonl", zt_tmpdir());
  zt_write_tokens(toks, 4, 6, 24, 64, &r);
  double base[4] = {0};
  for (size_t v = 0; v < ZO_COUNT(arch_variants); v++) {
    StrBuf defs = {0};
    for (int i = 0; i < count_defs(arch_variants[v]); i++) zo_sb_printf(&defs, " -D %s", arch_variants[v][i]);
    double loss[2][4];
    for (int d = 0; d < 2; d++) ck_assert_int_eq(cli_losses(model, defs.buf ? defs.buf : "", w, toks, d ? "ref" : "cpu", loss[d], 4), 4);
    double moved = 0;
    for (int i = 0; i < 4; i++) {
      ck_assert_msg(fabs(loss[0][i] - loss[1][i]) <= 1e-5 * fabs(loss[1][i]), "archops%s line %d: cpu %.9g, ref %.9g",
                    defs.buf ? defs.buf : "", i, loss[0][i], loss[1][i]);
      if (v == 0) base[i] = loss[1][i];
      moved = fmax(moved, fabs(loss[1][i] - base[i]));
    }
    if (v > 0) ck_assert_msg(moved > 1e-4, "archops%s: the losses are the defaults' (moved %.3g)", defs.buf, moved);
    zo_sb_free(&defs);
  }
  free(w), free(toks);
}
END_TEST

/* Bad attributes: a message naming the file, the line and column of the op and the problem,
 * exit status 1 (`zoc ir`, which compiles the model). */
START_TEST(test_arch_attr_errors) {
  const char *model = zt_src("tests/data/models/archops.zo");
  static const struct {
    const char *defs, *where, *what;
  } bad[] = {
    {"-D RD=7", "archops.zo:34:", "rotary_dim must be an even number of at most the head size 16"},
    {"-D RD=18", "archops.zo:34:", "not 18"},
    {"-D factor=0", "archops.zo:34:", "factor must be positive"},
    {"-D om=8 -D lo=4 -D hi=1", "archops.zo:34:", "needs 0 < low_freq_factor < high_freq_factor"},
    {"-D win=1.5", "archops.zo:38:", "window is a whole number of keys"},
    {"-D cap=-1", "archops.zo:38:", "scale and softcap are numbers >= 0"},
  };
  for (size_t i = 0; i < ZO_COUNT(bad); i++) {
    char *args = zt_fmt("ir '%s' %s", model, bad[i].defs), *out = NULL, *err = NULL;
    ck_assert_int_eq(zt_zoc(args, &out, &err), 1);
    ck_assert_msg(err && strstr(err, bad[i].where) && strstr(err, bad[i].what), "%s: %s", args, err);
    free(args), free(out), free(err);
  }
  /* a period that does not divide the row, a range past it, a norm weight that is no group */
  const char *dir = zt_tmpdir();
  static const struct {
    const char *body, *what;
  } src[] = {
    {"y = slice(x, 0, 4, period = 5)", "slice: period 5 does not divide the last dimension of f32[B, T, 12]"},
    {"y = slice(x, 2, 5, period = 4)", "slice: [2, 5) is not a non-empty range of its period"},
    {"weight g : f32[5] = \"g\"\n  y = rms_norm(x, g, 1e-6)", "rms_norm: the weight of f32[B, T, 12] must be"},
  };
  for (size_t i = 0; i < ZO_COUNT(src); i++) {
    char *path = zt_fmt("%s/bad%zu.zo", dir, i);
    char *text = zt_fmt("model bad() {\n  input x : f32[B, T, 12]\n  %s\n  output y\n}\n", src[i].body);
    ck_assert(zo_write_file_atomic(path, text, strlen(text)) == 0);
    char *args = zt_fmt("ir '%s'", path), *out = NULL, *err = NULL;
    ck_assert_int_eq(zt_zoc(args, &out, &err), 1);
    char *where = zt_fmt("bad%zu.zo:3:", i + 0);
    if (i == 2) where[strlen(where) - 2] = '4';
    ck_assert_msg(err && strstr(err, where) && strstr(err, src[i].what), "%s: %s", text, err);
    free(path), free(text), free(args), free(out), free(err), free(where);
  }
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("cpuexec");
  TCase *c = tcase_create("models");
  tcase_set_timeout(c, 600);
  tcase_add_test(c, test_tiny);
  tcase_add_test(c, test_lowprec_models);
  tcase_add_test(c, test_lowprec_cli);
  tcase_add_test(c, test_tiny_formats);
  tcase_add_test(c, test_llama);
  tcase_add_test(c, test_opt);
  tcase_add_test(c, test_gpt2);
  tcase_add_test(c, test_shapes_and_errors);
  tcase_add_test(c, test_weights_changed);
  tcase_add_test(c, test_softcap_cli);
  tcase_add_loop_test(c, test_arch_attrs, 0, ARCH_COMBOS + 1);
  tcase_add_test(c, test_arch_attrs_cli);
  tcase_add_test(c, test_arch_attr_errors);
  suite_add_tcase(s, c);
  return s;
}

int main(void) { return zt_run_suite(suite()); }
