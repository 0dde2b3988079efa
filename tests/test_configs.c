/* test_configs.c — what a checkpoint directory's configs set, through the
 * command line a user types (issue 19, "Configs").
 *
 * Fake quantizer folders come from tests/py/quant_folder.py (numpy +
 * safetensors, written from GPTQ's published layout: v1 and v2 zero points,
 * group sizes 16, 32 and -1, act-order g_idx, 3, 4 and 8 bits,
 * quantization_config in config.json, a separate quantize_config.json, or
 * both, AutoGPTQ's file name). The same script prints the float64 loss of
 * the model the folder holds (rt_llama.forward on the matrices dequantized
 * from the drawn codes, zeros and scales, not from the packed files).
 * Checked:
 *  - `zoc loss models/llama.zo --weights DIR --device ref`, no -D, equals
 *    that oracle within LOSS_RTOL (why that bound: below);
 *  - a transformers 5 config (rope_parameters.rope_theta = 500000): the
 *    loss matches the oracle at that theta and is far from the one at 10000;
 *  - a -D that contradicts the quantization config (bits, group size, v1
 *    for a v2 folder): exit 1 and a message naming the -D, the file and the
 *    key; a -D that agrees runs;
 *  - quant_method "hqq", "quark": exit 1, the method named;
 *  - the missing-key warning: exactly when every key of a `from` is absent
 *    and no -D sets the parameter, once, naming the key and the default;
 *  - `zoc config` and `zoc loss --verbose`: each parameter's value and where
 *    it came from;
 *  - several *.safetensors and no model.safetensors: exit 1 naming them.
 * Seeds are fresh each run (zt_seed).
 */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "support/support.h"
#include "testutil.h"

/* LOSS_RTOL: the oracle is float64 on the stored values. The ref backend
 * dequantizes GPTQ exactly in f32 (an f16 scale, 11 significant bits, times
 * an integer below 2^8 in magnitude fits f32's 24), reads the f16 dense
 * tensors exactly, and rounds each op's output to f32 once (runtime/ref.h):
 * each op is within 2^-24 ≈ 6e-8 relative of the exact op on its inputs, a
 * 2-layer Llama is ~30 ops deep, and norms, O(1) softmaxes and matmuls of
 * random matrices do not amplify relative errors by more than a small
 * factor, so the loss agrees to ~30 · 6e-8 · a few ≈ 5e-6 (test_runtime.c
 * argues the same bound for its loss tests; measured here ~1e-8). A wrong
 * zero offset, group or theta moves the loss by 1e-2 and more. */
#define LOSS_RTOL 1e-5

#define SIZES "\"V\": 64, \"D\": 64, \"L\": 2, \"H\": 4, \"KV\": 2, \"F\": 128, \"eps\": 1e-5"



/* Token data for the tiny model: 3 lines of lo..16 ids below 64. */
static const char *data_file_from(uint64_t *s, int lo) {
  char *path = zt_fmt("%s/data%llx.jsonl", zt_tmpdir(), (unsigned long long)zt_next(s));
  zt_write_tokens(path, 3, lo, 16, 64, s);
  return path;
}

static const char *data_file(uint64_t *s) { return data_file_from(s, 4); }

/* Makes folder NAME from the spec's extra keys (after SIZES and a seed);
 * the oracle's losses into want (3). */
static const char *make_folder(const char *name, const char *spec, const char *data, uint64_t *s, double *want) {
  char *full = zt_fmt(SIZES ", %s", spec);
  const char *dir = zt_quant_folder(name, full, data, s, want, 3);
  free(full);
  return dir;
}

/* `zoc loss models/llama.zo --weights DIR --data DATA --device ref EXTRA`: the exit status, stderr in *err */
static int loss(const char *dir, const char *data, const char *extra, double *got, char **err) {
  char *x = zt_fmt("--device ref %s", extra);
  int rc = zt_loss(zt_src("models/llama.zo"), dir, data, x, got, 3, err);
  free(x);
  return rc;
}

static void expect_close(const char *what, const double *got, const double *want) {
  for (int i = 0; i < 3; i++)
    ck_assert_msg(fabs(got[i] - want[i]) <= LOSS_RTOL * fabs(want[i]), "%s, line %d: zoc %.10g, numpy %.10g", what,
                  i + 1, got[i], want[i]);
}

/* ==== quantizer folders load with no -D and match the oracle */
static const struct {
  const char *name, *spec;
} FOLDERS[] = {
  /* GPTQModel v1, group 32, quantization_config in config.json */
  {"v1g32", "\"theta\": 10000, \"bits\": 4, \"group\": 32, \"file\": \"model.safetensors\""},
  /* AutoGPTQ: quantize_config.json only, its file name, one group, v2 zeros, sym */
  {"v2one", "\"theta\": 10000, \"bits\": 4, \"group\": -1, \"v2\": 1, \"sym\": 1, \"where\": \"qc\", "
            "\"file\": \"gptq_model-4bit-128g.safetensors\""},
  /* both files, 3 bits (fields across words), groups of 16 in act order, v2 */
  {"v2act3", "\"theta\": 10000, \"bits\": 3, \"group\": 16, \"v2\": 1, \"desc_act\": 1, \"where\": \"both\", "
             "\"file\": \"model.safetensors\""},
  /* v1, one group, act order, 8 bits, quantize_config.json under model.safetensors */
  {"v1one8", "\"theta\": 10000, \"bits\": 8, \"group\": -1, \"desc_act\": 1, \"where\": \"qc\", "
             "\"file\": \"model.safetensors\""},
};

START_TEST(test_quantizer_folders) {
  uint64_t s = zt_seed() ^ (uint64_t)(_i + 1) * 0x9E3779B97F4A7C15ull;
  const char *data = data_file(&s);
  double want[3], got[3];
  const char *dir = make_folder(FOLDERS[_i].name, FOLDERS[_i].spec, data, &s, want);
  char *err = NULL;
  ck_assert_msg(loss(dir, data, "", got, &err) == 0, "%s: %s", FOLDERS[_i].name, err);
  ck_assert_msg(!strstr(err, "warning"), "%s: a warning for a complete config: %s", FOLDERS[_i].name, err);
  free(err);
  expect_close(FOLDERS[_i].name, got, want);
}
END_TEST

/* ==== transformers 5: rope_parameters.rope_theta is used */
START_TEST(test_transformers5_rope) {
  uint64_t s = zt_seed() ^ 0x55;
  const char *data = data_file_from(&s, 12);   /* long enough for rope's slow frequencies to turn */
  double want[3], want10k[3], got[3];
  /* the same seed for both folders: the same weights, only theta differs */
  uint64_t s2 = s;
  const char *d5 = make_folder("tf5", "\"theta\": 500000, \"rope\": \"v5\", \"bits\": 4, \"group\": 32, "
                               "\"file\": \"model.safetensors\"", data, &s, want);
  make_folder("tf5ref", "\"theta\": 10000, \"rope\": \"v5\", \"bits\": 4, \"group\": 32, \"file\": \"model.safetensors\"",
              data, &s2, want10k);
  char *err = NULL;
  ck_assert_msg(loss(d5, data, "", got, &err) == 0, "%s", err);
  ck_assert_msg(!strstr(err, "warning"), "rope_parameters.rope_theta is there: %s", err);
  free(err);
  expect_close("transformers 5 config", got, want);
  double far = 0;
  for (int i = 0; i < 3; i++) far = fmax(far, fabs(got[i] - want10k[i]) / fabs(want10k[i]));
  ck_assert_msg(far > 100 * LOSS_RTOL, "theta 500000 and 10000 give the same loss (%.3g): the test shows nothing", far);
}
END_TEST

/* ==== a -D that contradicts the quantization config; one that agrees */
START_TEST(test_contradicting_define) {
  uint64_t s = zt_seed() ^ 0x77;
  const char *data = data_file(&s);
  double want[3], got[3];
  const char *v1 = make_folder("cd_v1", "\"theta\": 10000, \"bits\": 4, \"group\": 32, \"file\": \"model.safetensors\"",
                               data, &s, want);
  const char *v2 = make_folder("cd_v2", "\"theta\": 10000, \"bits\": 4, \"group\": 32, \"v2\": 1, \"where\": \"qc\", "
                               "\"file\": \"model.safetensors\"", data, &s, NULL);
  static const struct {
    int v2;
    const char *define, *key;
  } bad[] = {
    {0, "-D 'W=gptq(bits=4, G=64)'", "quantization_config.group_size is 32"},
    {0, "-D 'W=gptq(bits=8, G=32)'", "quantization_config.bits is 4"},
    {0, "-D W=gptq", "quantization_config.group_size is 32"},                 /* the format's default G = 128 */
    {0, "-D 'W=linear(dt=f16)'", "it names format 'linear', the checkpoint is gptq"},
    {1, "-D 'W=gptq(bits=4, G=32)'", "it names format 'gptq', the checkpoint is gptq_v2"},
  };
  for (size_t i = 0; i < ZO_COUNT(bad); i++) {
    const char *dir = bad[i].v2 ? v2 : v1;
    char *err = NULL;
    ck_assert_msg(loss(dir, data, bad[i].define, NULL, &err) == 1, "%s was accepted", bad[i].define);
    ck_assert_msg(strstr(err, "-D W") && strstr(err, "contradicts") && strstr(err, bad[i].key) &&
                  strstr(err, bad[i].v2 ? "quantize_config.json" : "config.json"),
                  "%s: the message names neither both nor the key: %s", bad[i].define, err);
    free(err);
  }
  /* what the config says, spelled out (and sym given its way): runs, same loss */
  char *err = NULL;
  ck_assert_msg(loss(v1, data, "-D 'W=gptq(bits=4, G=32, sym=0)'", got, &err) == 0, "%s", err);
  free(err);
  expect_close("an agreeing -D", got, want);
}
END_TEST

/* ==== quant methods zoc has no format for */
START_TEST(test_unsupported_method) {
  uint64_t s = zt_seed() ^ 0x99;
  const char *data = data_file(&s);
  const char *hqq = make_folder("hqq", "\"theta\": 10000, \"bits\": 4, \"group\": 32, \"method\": \"hqq\", "
                                "\"file\": \"model.safetensors\"", data, &s, NULL);
  const char *quark = make_folder("quark", "\"theta\": 10000, \"bits\": 4, \"group\": 32, \"method\": \"quark\", "
                                  "\"file\": \"model.safetensors\"", data, &s, NULL);
  const char *dirs[] = {hqq, quark}, *method[] = {"\"hqq\"", "\"quark\""};
  for (int i = 0; i < 2; i++) {
    char *err = NULL;
    ck_assert_msg(loss(dirs[i], data, "", NULL, &err) == 1, "%s loaded", method[i]);
    ck_assert_msg(strstr(err, "quant_method is") && strstr(err, method[i]) && strstr(err, "\"gptq\"") &&
                  strstr(err, "config.json"), "%s: %s", method[i], err);
    free(err);
  }
}
END_TEST

/* ==== the missing-key warning, exactly when it should */
START_TEST(test_missing_key_warning) {
  uint64_t s = zt_seed() ^ 0xAB;
  const char *data = data_file(&s);
  double want[3], got[3];
  const char *dir = make_folder("omit", "\"theta\": 10000, \"bits\": 4, \"group\": 32, \"omit\": [\"rms_norm_eps\"], "
                                "\"file\": \"model.safetensors\"", data, &s, want);
  char *err = NULL;
  ck_assert_msg(loss(dir, data, "", got, &err) == 0, "%s", err);
  ck_assert_msg(zt_count(err, "warning") == 1 && strstr(err, "has no \"rms_norm_eps\": eps = 1e-05 (the default)"),
                "one warning naming the key and the default: %s", err);
  free(err);
  expect_close("eps by default", got, want);   /* the oracle used 1e-5 too */
  /* a -D sets it: nothing to warn about */
  ck_assert_msg(loss(dir, data, "-D eps=1e-5", got, &err) == 0, "%s", err);
  ck_assert_msg(!strstr(err, "warning"), "a warning though -D eps is given: %s", err);
  free(err);
  /* both spellings of theta absent: the warning names both keys */
  const char *nt = make_folder("omit_theta", "\"theta\": 10000, \"bits\": 4, \"group\": 32, \"omit\": [\"rope_theta\"], "
                               "\"file\": \"model.safetensors\"", data, &s, want);
  ck_assert_msg(loss(nt, data, "", got, &err) == 0, "%s", err);
  ck_assert_msg(zt_count(err, "warning") == 1 &&
                strstr(err, "has none of \"rope_theta\", \"rope_parameters.rope_theta\": theta = 10000 (the default)"),
                "%s", err);
  free(err);
  expect_close("theta by default", got, want);
  /* a bare .safetensors file (no config.json read): no warnings */
  char *file = zt_fmt("'%s/model.safetensors' -D V=64 -D D=64 -D L=2 -D H=4 -D KV=2 -D F=128 -D 'W=gptq(bits=4, G=32)'", nt);
  char *args = zt_fmt("loss '%s' --weights %s --data '%s' --device ref", zt_src("models/llama.zo"), file, data);
  char *out = NULL;
  ck_assert_msg(zt_zoc(args, &out, &err) == 0, "%s", err);
  ck_assert_msg(!strstr(err, "warning"), "%s", err);
  free(out);
  free(err);
  free(args);
  free(file);
}
END_TEST

/* The row of parameter NAME in a `zoc config` table (malloc'd), or NULL */
static char *row(const char *table, const char *name) {
  size_t n = strlen(name);
  for (const char *p = table; p && *p;) {
    const char *nl = strchr(p, '\n');
    size_t len = nl ? (size_t)(nl - p) : strlen(p);
    if (strncmp(p, name, n) == 0 && p[n] == ' ') return zt_fmt("%.*s", (int)len, p);
    p = nl ? nl + 1 : NULL;
  }
  return NULL;
}

/* ==== zoc config and --verbose: each parameter, its value, where it came from */
START_TEST(test_config_verb) {
  uint64_t s = zt_seed() ^ 0xCD;
  const char *data = data_file(&s);
  const char *dir = make_folder("cfgv", "\"theta\": 500000, \"rope\": \"v5\", \"bits\": 4, \"group\": -1, \"v2\": 1, "
                                "\"where\": \"qc\", \"omit\": [\"rms_norm_eps\"], \"file\": \"model.safetensors\"",
                                data, &s, NULL);
  char *args = zt_fmt("config '%s' --weights '%s' -D L=1", zt_src("models/llama.zo"), dir);
  char *out = NULL, *err = NULL;
  ck_assert_msg(zt_zoc(args, &out, &err) == 0, "%s", err);
  struct {
    const char *name, *value, *from;
  } want[] = {
    {"V", " 64 ", "config.json \"vocab_size\""},
    {"L", " 1 ", "-D, over config.json \"num_hidden_layers\" = 2"},
    {"eps", " 1e-05 ", "default (config.json has no \"rms_norm_eps\")"},
    {"theta", " 500000 ", "config.json \"rope_parameters.rope_theta\""},
    {"W", " gptq_v2(bits=4, G=536870912, sym=0) ", "quantize_config.json: bits 4, group_size -1 (one group)"},
    {"DT", " f16 ", "default"},
  };
  for (size_t i = 0; i < ZO_COUNT(want); i++) {
    char *r = row(out, want[i].name);
    ck_assert_msg(r && strstr(r, want[i].value) && strstr(r, want[i].from), "row %s: %s\nin:\n%s", want[i].name,
                  r ? r : "(none)", out);
    free(r);
  }
  ck_assert_msg(zt_count(err, "warning") == 1, "%s", err);
  free(out);
  free(err);
  free(args);
  /* the same table from loss --verbose, on stderr */
  double got[3];
  ck_assert_msg(loss(dir, data, "--verbose -D L=1", got, &err) == 0, "%s", err);
  ck_assert_msg(strstr(err, "config.json \"rope_parameters.rope_theta\"") && strstr(err, "quantize_config.json: bits 4"),
                "%s", err);
  free(err);
}
END_TEST

/* ==== file names: several candidates are named, none is guessed */
START_TEST(test_several_files) {
  uint64_t s = zt_seed() ^ 0xEF;
  const char *data = data_file(&s);
  const char *dir = make_folder("two", "\"theta\": 10000, \"bits\": 4, \"group\": 32, \"file\": \"gptq_model-4bit-32g.safetensors\"",
                                data, &s, NULL);
  char *cp = zt_fmt("cp '%s/gptq_model-4bit-32g.safetensors' '%s/other.safetensors'", dir, dir);
  ck_assert(zt_run(cp, NULL, NULL) == 0);
  char *err = NULL;
  ck_assert_msg(loss(dir, data, "", NULL, &err) == 1, "two weight files: one was guessed");
  ck_assert_msg(strstr(err, "gptq_model-4bit-32g.safetensors") && strstr(err, "other.safetensors") &&
                strstr(err, "--weights"), "%s", err);
  free(err);
  free(cp);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("configs");
  TCase *tc = tcase_create("configs");
  tcase_add_loop_test(tc, test_quantizer_folders, 0, (int)ZO_COUNT(FOLDERS));
  tcase_add_test(tc, test_transformers5_rope);
  tcase_add_test(tc, test_contradicting_define);
  tcase_add_test(tc, test_unsupported_method);
  tcase_add_test(tc, test_missing_key_warning);
  tcase_add_test(tc, test_config_verb);
  tcase_add_test(tc, test_several_files);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return zt_run_suite(suite()); }
