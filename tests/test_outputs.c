/* test_outputs.c — a fine-tuning run's directory loads in the tools people
 * use, as it is (issue 19, "Outputs others load"), through the command line
 * a user types.
 *
 * Runs train a 2-layer GPTQ Llama (models/llama.zo, --device ref) a few
 * steps with QZO from (a) a fake GPTQ quantizer folder (tests/py/
 * quant_folder.py: gptq_v2, act order, AutoGPTQ's file name, the config in
 * quantize_config.json only, plus tokenizer files) and (b) a bare
 * .safetensors file made by `zoc random-weights` with drawn bits, group size
 * and v1/v2 format, no config beside it. Checked:
 *  - tests/py/check_output.py: the official safetensors reads
 *    model.safetensors with the input's names, dtypes and shapes; the only
 *    *.safetensors on top (vLLM globs DIR/\*.safetensors), the resume state in
 *    zoc/; config.json's quantization_config valid as GPTQConfig /
 *    GPTQModel read it and true of the tensors; (b)'s config.json holds the
 *    sizes, eps and theta given by -D; (a)'s tokenizer files copied;
 *  - `zoc eval` of the run directory with no -D gives the loss of the run's
 *    last evaluation (zoc/metrics.jsonl), which differs from its first: the
 *    config written is the one the weights were trained under;
 *  - `zoc replay --run DIR` gives model.safetensors byte for byte;
 *  - a run directory of the old layout (resume state beside
 *    checkpoint.safetensors): replay --run reads it; --resume and a new run
 *    are refused (exit 1, the directory named); the commands the message
 *    gives turn it into the new layout, and the resumed run then equals an
 *    uninterrupted one byte for byte.
 * Seeds are fresh each run (zt_seed).
 */
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "support/support.h"
#include "testutil.h"

#define SIZES_D "-D V=64 -D D=64 -D L=2 -D H=4 -D KV=2 -D F=128"
#define SIZES_JSON "\"V\": 64, \"D\": 64, \"L\": 2, \"H\": 4, \"KV\": 2, \"F\": 128, \"eps\": 1e-5, \"theta\": 10000"


static void sh(const char *cmd) {
  char *err = NULL;
  int rc = zt_run(cmd, NULL, &err);
  ck_assert_msg(rc == 0, "%s: %s", cmd, err ? err : "");
  free(err);
}

/* zoc ARGS; exit status `want`, else the test fails with its stderr; stdout returned, stderr in *err */
static char *zoc_expect(int want, const char *args, char **err) {
  char *out = NULL, *e = NULL;
  int rc = zt_zoc(args, &out, &e);
  ck_assert_msg(rc == want, "zoc %s: exit %d, not %d: %s", args, rc, want, e ? e : "");
  if (err) *err = e;
  else free(e);
  return out;
}

/* the first and the last evaluation loss of a run (zoc/metrics.jsonl) */
static void eval_losses(const char *run, double *first, double *last) {
  char *p = zt_fmt("%s/zoc/metrics.jsonl", run);
  size_t len;
  char *text = zo_read_file(p, &len);
  ck_assert_msg(text, "%s", p);
  int n = 0;
  for (char *l = strtok(text, "\n"); l; l = strtok(NULL, "\n")) {
    json_t *j = json_loads(l, 0, NULL);
    ck_assert_msg(j, "%s: not JSON: %s", p, l);
    if (json_is_string(json_object_get(j, "split"))) {
      double x = json_number_value(json_object_get(j, "loss"));
      if (n++ == 0) *first = x;
      *last = x;
    }
    json_decref(j);
  }
  ck_assert_msg(n >= 2, "%s: %d evaluations", p, n);
  free(text);
  free(p);
}

/* `zoc eval` of the run directory, no -D, on the run's eval data and seed:
   the run's last evaluation (eval prints 9 digits) */
static void eval_matches(const char *run, const char *data, uint64_t seed) {
  double first = 0, last = 0;
  eval_losses(run, &first, &last);
  ck_assert_msg(fabs(first - last) > 1e-6 * fabs(first), "training did not move the loss (%.9g)", first);
  char *a = zt_fmt("eval %s --recipe qzo --weights %s --task lm --data %s --eval-examples all --seed %llu --device ref",
                zt_src("models/llama.zo"), run, data, (unsigned long long)seed);
  char *out = zoc_expect(0, a, NULL);
  json_t *j = json_loads(out, 0, NULL);
  ck_assert_msg(j, "zoc eval printed: %s", out);
  double got = json_number_value(json_object_get(j, "loss"));
  ck_assert_msg(fabs(got - last) <= 1e-8 * fabs(last), "zoc eval of %s with no -D: loss %.9g, the run's last "
                "evaluation %.9g (its first %.9g)", run, got, last, first);
  json_decref(j);
  free(out);
  free(a);
}

static void check_dir(const char *run, const char *input, const char *expect) {
  char *a = zt_fmt("'%s' check '%s' '%s' '%s'", zt_src("tests/py/check_output.py"), run, input, expect);
  char *out = NULL, *err = NULL;
  int rc = zt_python(a, &out, &err);
  ck_assert_msg(rc == 0, "check_output.py %s: %s", run, err ? err : "");
  free(out);
  free(err);
  free(a);
}

static void replay_matches(const char *weights, const char *defs, const char *run) {
  char *rep = zt_fmt("%s.replayed.safetensors", run);
  char *a = zt_fmt("replay %s %s --weights %s --run %s -o %s", zt_src("models/llama.zo"), defs, weights, run, rep);
  free(zoc_expect(0, a, NULL));
  char *c = zt_fmt("cmp '%s' '%s/model.safetensors'", rep, run);
  sh(c);
  free(c);
  free(a);
  free(rep);
}

/* 24 lines of 12 token ids below 64 */
static char *data_file(const char *name, uint64_t *s) {
  char *path = zt_fmt("%s/%s", zt_tmpdir(), name);
  zt_write_tokens(path, 24, 12, 12, 64, s);
  return path;
}

static char *train_args(const char *defs, const char *weights, const char *data, const char *out, int steps,
                        uint64_t seed) {
  return zt_fmt("train %s %s --recipe qzo --weights %s --task lm --data %s --eval-data %s --eval-examples all "
             "--train-examples 16 --out %s --steps %d --eval-every 2 --set lr=1e-3 --seed %llu --device ref --quiet",
             zt_src("models/llama.zo"), defs, weights, data, data, out, steps, (unsigned long long)seed);
}

/* ==== (a) a GPTQ quantizer's folder */
START_TEST(test_gptq_folder) {
  uint64_t s = zt_seed() ^ 0x0A7;
  const char *d = zt_tmpdir();
  char *data = data_file("a.jsonl", &s), *in = zt_fmt("%s/a_in", d), *run = zt_fmt("%s/a_run", d);
  char *a = zt_fmt("'%s' '%s' '{" SIZES_JSON ", \"seed\": %llu, \"bits\": 4, \"group\": 32, \"v2\": true, "
                "\"desc_act\": true, \"where\": \"qc\", \"file\": \"gptq_model-4bit-32g.safetensors\"}' '%s'",
                zt_src("tests/py/quant_folder.py"), in, (unsigned long long)(zt_next(&s) >> 1), data);
  char *out = NULL, *err = NULL;
  ck_assert_msg(zt_python(a, &out, &err) == 0, "quant_folder.py: %s", err);
  free(out);
  free(err);
  free(a);
  a = zt_fmt("'%s' tokenizer '%s'", zt_src("tests/py/check_output.py"), in);
  ck_assert_msg(zt_python(a, NULL, &err) == 0, "tokenizer: %s", err);
  free(err);
  free(a);
  uint64_t seed = zt_next(&s) % 100000;
  a = train_args("", in, data, run, 4, seed);
  free(zoc_expect(0, a, NULL));
  free(a);
  check_dir(run, in, "{\"gptq\": {\"bits\": 4, \"group_size\": 32, \"checkpoint_format\": \"gptq_v2\", "
            "\"desc_act\": true}, \"config\": {\"model_type\": \"llama\", \"num_key_value_heads\": 2}, \"side\": "
            "[\"tokenizer.json\", \"tokenizer_config.json\", \"special_tokens_map.json\", \"generation_config.json\"]}");
  eval_matches(run, data, seed);
  replay_matches(in, "", run);
  free(data);
  free(in);
  free(run);
}
END_TEST

/* ==== (b) a bare file: config.json written from the parameters */
static const int BITS[] = {2, 3, 4, 8}, GROUPS[] = {16, 32, 64};

/* A run from a bare file: DIR/w.safetensors (no config beside it) made by
   random-weights with drawn bits, group size and v1/v2, trained `steps` steps */
typedef struct Bare {
  char *defs, *w, *data, *run;   /* the -D, the weights, the data, the run directory */
  uint64_t seed;
  int bits, G;
  bool v2;
} Bare;

static void bare_train(uint64_t *s, const char *tag, int steps, Bare *b) {
  const char *d = zt_tmpdir();
  b->bits = BITS[zt_next(s) % 4];
  b->G = GROUPS[zt_next(s) % 3];
  b->v2 = zt_next(s) & 1;
  b->defs = zt_fmt(SIZES_D " -D 'W=%s(bits = %d, G = %d)'", b->v2 ? "gptq_v2" : "gptq", b->bits, b->G);
  char *dir = zt_fmt("%s/%s_in", d, tag), *c = zt_fmt("mkdir -p '%s'", dir);
  sh(c);
  b->w = zt_fmt("%s/w.safetensors", dir);
  char *a = zt_fmt("random-weights %s %s --seed %llu -o %s", zt_src("models/llama.zo"), b->defs,
                (unsigned long long)(zt_next(s) % 1000), b->w);
  free(zoc_expect(0, a, NULL));
  free(a);
  free(c);
  free(dir);
  char *name = zt_fmt("%s.jsonl", tag);
  b->data = data_file(name, s);
  free(name);
  b->run = zt_fmt("%s/%s_run", d, tag);
  b->seed = zt_next(s) % 100000;
  a = train_args(b->defs, b->w, b->data, b->run, steps, b->seed);
  free(zoc_expect(0, a, NULL));
  free(a);
}

static void bare_free(Bare *b) {
  free(b->defs);
  free(b->w);
  free(b->data);
  free(b->run);
}

START_TEST(test_bare_file) {
  uint64_t s = zt_seed() ^ 0xB0B;
  Bare b;
  bare_train(&s, "b", 4, &b);
  char *want = zt_fmt("{\"gptq\": {\"bits\": %d, \"group_size\": %d, \"checkpoint_format\": \"%s\"}, \"config\": "
                   "{\"model_type\": \"llama\", \"architectures\": [\"LlamaForCausalLM\"], \"vocab_size\": 64, "
                   "\"hidden_size\": 64, \"num_hidden_layers\": 2, \"num_attention_heads\": 4, "
                   "\"num_key_value_heads\": 2, \"intermediate_size\": 128, \"rms_norm_eps\": 1e-5, "
                   "\"rope_theta\": 10000, \"tie_word_embeddings\": false}}", b.bits, b.G, b.v2 ? "gptq_v2" : "gptq");
  check_dir(b.run, b.w, want);
  eval_matches(b.run, b.data, b.seed);
  replay_matches(b.w, b.defs, b.run);
  free(want);
  bare_free(&b);
}
END_TEST

/* ==== a run directory of the old layout */
START_TEST(test_old_layout) {
  uint64_t s = zt_seed() ^ 0x01D;
  Bare bo;
  bare_train(&s, "o", 2, &bo);
  const char *defs = bo.defs, *w = bo.w, *data = bo.data, *run = bo.run;
  uint64_t seed = bo.seed;
  char *a;
  char *old = zt_fmt("%s_old", run);
  char *c = zt_fmt("rm -rf '%s' && cp -r '%s' '%s' && cd '%s' && mv zoc/* . && rmdir zoc && mv model.safetensors "
                "checkpoint.safetensors", old, run, old, old);
  sh(c);
  free(c);
  /* replay reads it as it is */
  char *rep = zt_fmt("%s.replayed.safetensors", old);
  a = zt_fmt("replay %s %s --weights %s --run %s -o %s", zt_src("models/llama.zo"), defs, w, old, rep);
  free(zoc_expect(0, a, NULL));
  free(a);
  c = zt_fmt("cmp '%s' '%s/checkpoint.safetensors'", rep, old);
  sh(c);
  free(c);
  /* a new run and --resume: refused, naming the directory; nothing written */
  char *err = NULL;
  a = train_args(defs, w, data, old, 4, seed);
  free(zoc_expect(1, a, &err));
  ck_assert_msg(strstr(err, old) && strstr(err, "older zoc"), "stderr: %s", err);
  free(err);
  char *r = zt_fmt("%s --resume", a);
  free(zoc_expect(1, r, &err));
  ck_assert_msg(strstr(err, old) && strstr(err, "older zoc"), "stderr: %s", err);
  char *p = zt_fmt("%s/zoc", old);
  ck_assert_msg(access(p, F_OK) != 0, "a refused old-layout directory got zoc/");
  free(p);
  /* the commands the message gives, then --resume: the uninterrupted run's bytes */
  char *cd = strstr(err, "(cd "), *end = cd ? strstr(cd, ");") : NULL;
  ck_assert_msg(cd && end, "the message gives no commands: %s", err);
  c = zt_fmt("%.*s", (int)(end - cd - 1), cd + 1);
  sh(c);
  free(c);
  free(err);
  free(zoc_expect(0, r, NULL));
  char *full = zt_fmt("%s_full", run);
  char *b = train_args(defs, w, data, full, 4, seed);
  free(zoc_expect(0, b, NULL));
  c = zt_fmt("cmp '%s/model.safetensors' '%s/model.safetensors' && cmp '%s/zoc/master.safetensors' "
          "'%s/zoc/master.safetensors' && cmp '%s/zoc/seeds.jsonl' '%s/zoc/seeds.jsonl'", full, old, full, old, full,
          old);
  sh(c);
  free(c);
  free(b);
  free(full);
  free(r);
  free(a);
  free(rep);
  free(old);
  bare_free(&bo);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("outputs");
  TCase *tc = tcase_create("outputs");
  tcase_add_test(tc, test_gptq_folder);
  tcase_add_test(tc, test_bare_file);
  tcase_add_test(tc, test_old_layout);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return zt_run_suite(suite()); }
