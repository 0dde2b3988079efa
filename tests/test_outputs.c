/* test_outputs.c — a fine-tuning run's directory loads in the tools people
 * use, as it is (issue 19, "Outputs others load"), through the command line
 * a user types.
 *
 * Runs train a 2-layer quantized Llama (models/llama.zo, --device ref) a
 * few steps with QZO from (a) a fake GPTQ quantizer folder (tests/py/
 * quant_folder.py: gptq_v2, act order, AutoGPTQ's file name, the config in
 * quantize_config.json only, plus tokenizer files), (a') a fake AutoAWQ GEMM
 * folder (drawn group size, -1 included) and (b) a bare .safetensors file
 * made by `zoc random-weights` in a drawn format (GPTQ v1/v2 with drawn bits,
 * or AWQ) and group size, no config beside it. Checked:
 *  - tests/py/check_output.py: the official safetensors reads
 *    model.safetensors with the input's names, dtypes and shapes; the only
 *    *.safetensors on top (vLLM globs DIR/\*.safetensors), the resume state in
 *    zoc/; config.json's quantization_config valid as GPTQConfig /
 *    GPTQModel, or AwqConfig / AutoAWQ, read it and true of the tensors;
 *    (b)'s config.json holds the sizes, eps and theta given by -D; (a)'s
 *    tokenizer files copied;
 *  - `zoc eval` of the run directory with no -D gives the loss of the run's
 *    last evaluation (zoc/metrics.jsonl), which differs from its first: the
 *    config written is the one the weights were trained under;
 *  - `zoc replay --run DIR` gives model.safetensors byte for byte;
 *  - a run directory of the old layout (resume state beside
 *    checkpoint.safetensors): replay --run reads it; --resume and a new run
 *    are refused (exit 1, the directory named); the commands the message
 *    gives turn it into the new layout, and the resumed run then equals an
 *    uninterrupted one byte for byte;
 *  - sharded output (--shard-size drawn below the model's size): the index
 *    and shards as transformers reads them, split as huggingface_hub
 *    splits (check_output.py), zoc eval of the directory and replay give the
 *    run's loss and tensors; a save whose index write fails (ENOSPC through
 *    tests/faultinject.c) leaves the previous checkpoint whole and no
 *    temporaries, and --resume completes it to the uninterrupted run's
 *    files; a resume under another shard size (one file -> shards -> one
 *    file) leaves only the new layout, byte for byte the same as a run
 *    written in it from the start;
 *  - a config with quant_method "mxfp4" (transformers' Mxfp4Config, MoE
 *    experts only) is refused naming the file, why and -D W=mxfp4.
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

/* A and B (run directories or files) hold the same tensors byte for byte
   (two directories: the same checkpoint files) */
static void same_checkpoint(const char *a, const char *b) {
  char *c = zt_fmt("'%s' same '%s' '%s'", zt_src("tests/py/check_output.py"), a, b), *err = NULL;
  ck_assert_msg(zt_python(c, NULL, &err) == 0, "check_output.py same: %s", err ? err : "");
  free(err);
  free(c);
}

static void replay_matches(const char *weights, const char *defs, const char *run) {
  char *rep = zt_fmt("%s.replayed.safetensors", run);
  char *a = zt_fmt("replay %s %s --weights %s --run %s -o %s", zt_src("models/llama.zo"), defs, weights, run, rep);
  free(zoc_expect(0, a, NULL));
  char *index = zt_fmt("%s/model.safetensors.index.json", run);
  if (access(index, F_OK) == 0) {   /* sharded: the same tensors as the one file replay writes */
    same_checkpoint(run, rep);
  } else {
    char *c = zt_fmt("cmp '%s' '%s/model.safetensors'", rep, run);
    sh(c);
    free(c);
  }
  free(index);
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

/* quant_folder.py IN with the tiny sizes and SPEC (more keys of its spec) */
static void make_folder(const char *in, const char *spec, const char *data) {
  char *a = zt_fmt("'%s' '%s' '{" SIZES_JSON ", %s}' '%s'", zt_src("tests/py/quant_folder.py"), in, spec, data);
  char *err = NULL;
  ck_assert_msg(zt_python(a, NULL, &err) == 0, "quant_folder.py: %s", err);
  free(err);
  free(a);
}

/* a 4-step run of the folder IN, no -D */
static void train_folder(const char *in, const char *data, const char *run, uint64_t seed) {
  char *a = train_args("", in, data, run, 4, seed);
  free(zoc_expect(0, a, NULL));
  free(a);
}

/* ==== (a) a GPTQ quantizer's folder */
START_TEST(test_gptq_folder) {
  uint64_t s = zt_seed() ^ 0x0A7;
  const char *d = zt_tmpdir();
  char *data = data_file("a.jsonl", &s), *in = zt_fmt("%s/a_in", d), *run = zt_fmt("%s/a_run", d);
  char *a = zt_fmt("\"seed\": %llu, \"bits\": 4, \"group\": 32, \"v2\": true, \"desc_act\": true, \"where\": "
                   "\"qc\", \"file\": \"gptq_model-4bit-32g.safetensors\"", (unsigned long long)(zt_next(&s) >> 1));
  make_folder(in, a, data);
  free(a);
  char *err = NULL;
  a = zt_fmt("'%s' tokenizer '%s'", zt_src("tests/py/check_output.py"), in);
  ck_assert_msg(zt_python(a, NULL, &err) == 0, "tokenizer: %s", err);
  free(err);
  free(a);
  uint64_t seed = zt_next(&s) % 100000;
  train_folder(in, data, run, seed);
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

/* ==== (a') an AutoAWQ folder (GEMM layout) */
START_TEST(test_awq_folder) {
  uint64_t s = zt_seed() ^ 0xA3C;
  const char *d = zt_tmpdir();
  static const int G[] = {16, 32, 64, -1};
  int group = G[zt_next(&s) % 4];
  char *data = data_file("w.jsonl", &s), *in = zt_fmt("%s/w_in", d), *run = zt_fmt("%s/w_run", d);
  char *a = zt_fmt("\"seed\": %llu, \"method\": \"awq\", \"group\": %d, \"where\": \"config\", \"file\": "
                   "\"model.safetensors\"", (unsigned long long)(zt_next(&s) >> 1), group);
  make_folder(in, a, data);
  free(a);
  uint64_t seed = zt_next(&s) % 100000;
  train_folder(in, data, run, seed);
  char *want = zt_fmt("{\"awq\": {\"group_size\": %d, \"version\": \"gemm\", \"zero_point\": true}, "
                      "\"config\": {\"model_type\": \"llama\", \"intermediate_size\": 128}}", group);
  check_dir(run, in, want);
  eval_matches(run, data, seed);
  replay_matches(in, "", run);
  free(want);
  free(data);
  free(in);
  free(run);
}
END_TEST

/* ==== (b) a bare file: config.json written from the parameters */
static const int BITS[] = {2, 3, 4, 8}, GROUPS[] = {16, 32, 64};
static const char *const FORMATS[] = {"gptq", "gptq_v2", "awq"};

/* A run from a bare file: DIR/w.safetensors (no config beside it) made by
   random-weights with a drawn format (GPTQ v1/v2 with drawn bits, or AWQ)
   and group size, trained `steps` steps */
typedef struct Bare {
  char *defs, *w, *data, *run;   /* the -D, the weights, the data, the run directory */
  uint64_t seed;
  int bits, G;
  const char *fmt;
} Bare;

/* what check_output.py expects of the quantization config of b's run */
static char *bare_expect(const Bare *b) {
  if (strcmp(b->fmt, "awq") == 0) return zt_fmt("\"awq\": {\"group_size\": %d}", b->G);
  return zt_fmt("\"gptq\": {\"bits\": %d, \"group_size\": %d, \"checkpoint_format\": \"%s\"}", b->bits, b->G, b->fmt);
}

static void bare_train(uint64_t *s, const char *tag, int steps, Bare *b) {
  const char *d = zt_tmpdir();
  b->bits = BITS[zt_next(s) % 4];
  b->G = GROUPS[zt_next(s) % 3];
  b->fmt = FORMATS[zt_next(s) % 3];
  if (strcmp(b->fmt, "awq") == 0) {
    b->bits = 4;
    b->defs = zt_fmt(SIZES_D " -D 'W=awq(G = %d)'", b->G);
  } else {
    b->defs = zt_fmt(SIZES_D " -D 'W=%s(bits = %d, G = %d)'", b->fmt, b->bits, b->G);
  }
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
  char *q = bare_expect(&b);
  char *want = zt_fmt("{%s, \"config\": "
                   "{\"model_type\": \"llama\", \"architectures\": [\"LlamaForCausalLM\"], \"vocab_size\": 64, "
                   "\"hidden_size\": 64, \"num_hidden_layers\": 2, \"num_attention_heads\": 4, "
                   "\"num_key_value_heads\": 2, \"intermediate_size\": 128, \"rms_norm_eps\": 1e-5, "
                   "\"rope_theta\": 10000, \"tie_word_embeddings\": false}}", q);
  check_dir(b.run, b.w, want);
  eval_matches(b.run, b.data, b.seed);
  replay_matches(b.w, b.defs, b.run);
  free(want);
  free(q);
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

/* ==== sharded output: --shard-size past which the checkpoint is transformers' sharded set */

/* the step state.json of RUN names */
static long long saved_step(const char *run) {
  char *p = zt_fmt("%s/zoc/state.json", run);
  json_t *j = json_load_file(p, 0, NULL);
  ck_assert_msg(j, "%s", p);
  long long k = json_integer_value(json_object_get(j, "step"));
  json_decref(j);
  free(p);
  return k;
}

START_TEST(test_sharded) {
  uint64_t s = zt_seed() ^ 0x5AD;
  Bare b;
  bare_train(&s, "s1", 1, &b);   /* the input and data (its 1-step run is not used) */
  /* 3 to 10 shards of the 60 KB model, from below the size of its largest tensor (alone in a shard then) */
  uint64_t shard = 6000 + zt_next(&s) % 20000;
  char *q = bare_expect(&b), *sz = zt_fmt("--shard-size %llu", (unsigned long long)shard);
  char *A = zt_fmt("%s_A", b.run), *a = train_args(b.defs, b.w, b.data, A, 4, b.seed), *c;
  c = zt_fmt("%s %s", a, sz);
  free(zoc_expect(0, c, NULL));
  free(c);
  char *want = zt_fmt("{%s, \"shard_size\": %llu, \"config\": {\"model_type\": \"llama\"}}", q,
                      (unsigned long long)shard);
  check_dir(A, b.w, want);
  eval_matches(A, b.data, b.seed);   /* zoc reads the set back: the run's last loss */
  replay_matches(b.w, b.defs, A);

  /* a save that fails in the middle (the index's write, after every shard
     is written: ENOSPC at the last save, step 4, its masters already kept)
     leaves the step-2 checkpoint whole, state.json at step 2 and no
     temporaries; --resume (the run is complete) writes the step-4
     checkpoint, the uninterrupted run's files byte for byte */
  char *F = zt_fmt("%s_F", b.run), *f = train_args(b.defs, b.w, b.data, F, 4, b.seed), *err = NULL;
  c = zt_fmt("ASAN_OPTIONS=verify_asan_link_order=0 LD_PRELOAD='" ZT_FAULTINJECT "' ZT_FAULT_FILE=model.safetensors."
             "index.json.tmp ZT_FAULT_ANYWHERE=1 ZT_FAULT_FROM=2 ZT_FAULT_TO=2 '%s' %s %s", ZOC_BINARY, f, sz);
  int rc = zt_run(c, NULL, &err);
  ck_assert_msg(rc == 1 && strstr(err, "model.safetensors.index.json"), "a failed index write: exit %d: %s", rc, err);
  free(err);
  free(c);
  ck_assert_int_eq(saved_step(F), 2);
  c = zt_fmt("! ls -a '%s' | grep -F .tmp.", F);
  sh(c);
  free(c);
  check_dir(F, b.w, want);
  c = zt_fmt("%s %s --resume", f, sz);
  free(zoc_expect(0, c, NULL));
  free(c);
  same_checkpoint(F, A);

  /* resumed under another shard size: the new layout replaces the old
     whole (no model.safetensors beside the shards, no index beside it) */
  char *B = zt_fmt("%s_B", b.run), *bb = train_args(b.defs, b.w, b.data, B, 2, b.seed);
  free(zoc_expect(0, bb, NULL));
  c = zt_fmt("%s --steps 4 --resume %s", bb, sz);
  free(zoc_expect(0, c, NULL));
  free(c);
  same_checkpoint(B, A);
  c = zt_fmt("%s --steps 6 --resume", bb);
  free(zoc_expect(0, c, NULL));
  free(c);
  char *want1 = zt_fmt("{%s}", q);
  check_dir(B, b.w, want1);
  replay_matches(b.w, b.defs, B);
  free(want1);
  free(bb);
  free(B);
  free(f);
  free(F);
  free(want);
  free(a);
  free(A);
  free(sz);
  free(q);
  bare_free(&b);
}
END_TEST

/* ==== MXFP4 from a config: transformers' Mxfp4Config (gpt-oss) quantizes MoE
   experts only, which no zoc model has: refused, naming why and the -D that
   reads a dense MXFP4 layer (test_formats.c checks that one against its oracle) */
START_TEST(test_mxfp4_config) {
  uint64_t s = zt_seed() ^ 0x4F4;
  const char *d = zt_tmpdir();
  char *data = data_file("m.jsonl", &s), *in = zt_fmt("%s/m_in", d), *err = NULL;
  char *a = zt_fmt("\"seed\": %llu, \"method\": \"mxfp4\", \"where\": \"config\", \"file\": \"model.safetensors\"",
                   (unsigned long long)(zt_next(&s) >> 1));
  make_folder(in, a, data);
  free(a);
  char *cfg = zt_fmt("%s/config.json", in);
  a = zt_fmt("loss %s --weights %s --data %s --device ref", zt_src("models/llama.zo"), in, data);
  free(zoc_expect(1, a, &err));
  ck_assert_msg(strstr(err, cfg) && strstr(err, "\"mxfp4\"") && strstr(err, "mixture-of-experts") &&
                strstr(err, "-D W=mxfp4"), "stderr: %s", err);
  free(err);
  free(a);
  free(cfg);
  free(in);
  free(data);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("outputs");
  TCase *tc = tcase_create("outputs");
  tcase_add_test(tc, test_gptq_folder);
  tcase_add_test(tc, test_awq_folder);
  tcase_add_test(tc, test_bare_file);
  tcase_add_test(tc, test_sharded);
  tcase_add_test(tc, test_mxfp4_config);
  tcase_add_test(tc, test_old_layout);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return zt_run_suite(suite()); }
