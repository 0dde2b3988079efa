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
    {"DT", " f16 ", "config.json \"torch_dtype\""},   /* quant_folder.py writes "float16" */
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

/* ==== no model file: the bundled model config.json names (runtime/bundled.c) */
static void write_text(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  ck_assert_msg(f, "cannot write %s", path);
  fputs(text, f);
  fclose(f);
}

/* a folder NAME under the tmpdir holding config.json = CONFIG (and nothing else) */
static const char *config_dir(const char *name, const char *config) {
  char *dir = zt_fmt("%s/%s", zt_tmpdir(), name);
  char *mk = zt_fmt("mkdir -p '%s'", dir);
  ck_assert(zt_run(mk, NULL, NULL) == 0);
  free(mk);
  char *path = zt_fmt("%s/config.json", dir);
  write_text(path, config);
  free(path);
  return dir;
}

/* ==== a dense Hugging Face folder (no quantization_config): dense weights without -D,
   and keys marked optional (`?`) absent without a warning */
START_TEST(test_dense_folder) {
  uint64_t s = zt_seed() ^ 0xD0E5;
  const char *data = data_file(&s);
  /* what transformers 5 writes for a LlamaForCausalLM (no rope_scaling, sliding_window: optional) */
  const char *dir = config_dir("dense", "{\"model_type\": \"llama\", \"architectures\": [\"LlamaForCausalLM\"], "
                               "\"vocab_size\": 64, \"hidden_size\": 64, \"num_hidden_layers\": 2, "
                               "\"num_attention_heads\": 4, \"num_key_value_heads\": 2, \"intermediate_size\": 96, "
                               "\"head_dim\": 16, \"rms_norm_eps\": 1e-06, \"rope_parameters\": {\"rope_type\": "
                               "\"default\", \"rope_theta\": 10000.0}, \"attention_bias\": false, \"mlp_bias\": false, "
                               "\"tie_word_embeddings\": false, \"dtype\": \"float32\"}");
  const char *defs = "-D V=64 -D D=64 -D L=2 -D H=4 -D KV=2 -D F=96 -D eps=1e-6 -D DT=f32 -D 'W=linear(dt=f32)'";
  char *w = zt_fmt("%s/model.safetensors", dir);
  char *args = zt_fmt("random-weights '%s' %s --seed %llu -o '%s'", zt_src("models/llama.zo"), defs,
                      (unsigned long long)(s % 100000), w);
  ck_assert(zt_zoc(args, NULL, NULL) == 0);
  free(args);
  double want[3], got[3];
  char *out = NULL, *err = NULL;
  args = zt_fmt("loss '%s' --weights '%s' %s --data '%s' --device ref", zt_src("models/llama.zo"), w, defs, data);
  ck_assert_msg(zt_zoc(args, &out, &err) == 0, "%s", err);
  ck_assert_int_eq(zt_parse_losses(out, want, 3), 3);
  free(out);
  free(err);
  free(args);
  args = zt_fmt("loss --weights '%s' --data '%s' --device ref", dir, data);
  ck_assert_msg(zt_zoc(args, &out, &err) == 0, "a dense folder without -D: %s", err);
  ck_assert_int_eq(zt_parse_losses(out, got, 3), 3);
  for (int i = 0; i < 3; i++)
    ck_assert_msg(got[i] == want[i], "line %d: %.12g from the folder, %.12g with every -D", i + 1, got[i], want[i]);
  ck_assert_msg(!strstr(err, "warning"), "optional keys absent: no warning, but %s", err);
  free(out);
  free(err);
  free(args);
  args = zt_fmt("config --weights '%s'", dir);
  ck_assert_msg(zt_zoc(args, &out, &err) == 0, "%s", err);
  char *r = row(out, "W"), *rw = row(out, "window");
  ck_assert_msg(r && strstr(r, "linear(dt=f32)") && strstr(r, "no quantization_config"), "%s", out);
  ck_assert_msg(rw && strstr(rw, "\"sliding_window\"") && strstr(rw, "optional"), "%s", out);
  free(r);
  free(rw);
  free(out);
  free(err);
  free(args);
  /* zoc bench --weights DIR: the model the folder describes, on random weights of
     exactly its tensors (weight_bytes = the file's data bytes: past the 8-byte
     header length and the JSON header) */
  FILE *fw = fopen(w, "rb");
  ck_assert(fw);
  unsigned char h8[8];
  ck_assert(fread(h8, 1, 8, fw) == 8);
  ck_assert(fseek(fw, 0, SEEK_END) == 0);
  uint64_t hl = 0, size = (uint64_t)ftell(fw);
  fclose(fw);
  for (int i = 7; i >= 0; i--) hl = hl << 8 | h8[i];
  args = zt_fmt("bench --weights '%s' --random-weights --batch 1 --seq 8 --reps 1 --device ref", dir);
  ck_assert_msg(zt_zoc(args, &out, &err) == 0, "%s", err);
  char *wb = zt_fmt("\"weight_bytes\":%llu", (unsigned long long)(size - 8 - hl));
  ck_assert_msg(strstr(out, "\"model\":\"llama\"") && strstr(out, wb), "want %s: %s", wb, out);
  free(wb);
  free(out);
  free(err);
  free(args);
  free(w);
}
END_TEST

/* ==== a key there with a value of another kind: an error, not the default */
START_TEST(test_key_of_another_kind) {
  static const struct { const char *json, *want; } C[] = {
      {"\"rms_norm_eps\": \"1e-6\"", "\"rms_norm_eps\" is the string \"1e-6\": parameter eps reads a number"},
      {"\"hidden_act\": 3", "\"hidden_act\" is not a string: parameter act reads a string"},
      {"\"num_hidden_layers\": [2]", "\"num_hidden_layers\" is not a number: parameter L reads a number"},
  };
  for (int i = 0; i < (int)ZO_COUNT(C); i++) {
    char *name = zt_fmt("kind%d", i), *cfg = zt_fmt("{\"model_type\": \"llama\", \"vocab_size\": 64, %s}", C[i].json);
    const char *dir = config_dir(name, cfg);
    char *args = zt_fmt("config --weights '%s'", dir), *out = NULL, *err = NULL;
    ck_assert_int_eq(zt_zoc(args, &out, &err), 1);
    ck_assert_msg(strstr(err, "config.json") && strstr(err, C[i].want), "want '%s': %s", C[i].want, err);
    free(name), free(cfg), free(args), free(out), free(err);
  }
  /* null is absent, as transformers writes an unset key: the default, no error */
  const char *dir = config_dir("kindnull", "{\"model_type\": \"llama\", \"vocab_size\": 64, \"head_dim\": null}");
  char *args = zt_fmt("config --weights '%s'", dir), *out = NULL, *err = NULL;
  ck_assert_msg(zt_zoc(args, &out, &err) == 0, "%s", err);
  free(args), free(out), free(err);
}
END_TEST

START_TEST(test_bundled_model) {
  uint64_t s = zt_seed() ^ 0x1357;
  const char *data = data_file(&s);
  double want[3], with_file[3], got[3];
  const char *dir = make_folder("bund", "\"theta\": 10000, \"bits\": 4, \"group\": 32, \"file\": \"model.safetensors\"",
                                data, &s, want);
  char *err = NULL, *out = NULL;
  ck_assert_msg(loss(dir, data, "", with_file, &err) == 0, "%s", err);
  free(err);
  /* no FILE.zo: config.json's model_type "llama" picks models/llama.zo, said in one line */
  char *args = zt_fmt("loss --weights '%s' --data '%s' --device ref", dir, data);
  ck_assert_msg(zt_zoc(args, &out, &err) == 0, "%s", err);
  ck_assert_int_eq(zt_parse_losses(out, got, 3), 3);
  for (int i = 0; i < 3; i++)
    ck_assert_msg(got[i] == with_file[i], "line %d: %.12g without FILE.zo, %.12g with models/llama.zo", i + 1, got[i],
                  with_file[i]);
  expect_close("the bundled model", got, want);
  ck_assert_msg(zt_count(err, "zoc: model ") == 1 && strstr(err, "zoc: model 'llama' of ") &&
                strstr(err, "models/llama.zo (") && strstr(err, "model_type \"llama\""), "%s", err);
  free(out);
  free(err);
  free(args);
  /* the same through `zoc config` */
  args = zt_fmt("config --weights '%s'", dir);
  ck_assert_msg(zt_zoc(args, &out, &err) == 0, "%s", err);
  char *r = row(out, "W");
  ck_assert_msg(r && strstr(r, "gptq(bits=4, G=32"), "%s", out);
  free(r);
  free(out);
  free(err);
  free(args);

  /* a type no bundled model binds: exit 1, the type, each bundled file and its types, docs/language.md */
  const char *unk = config_dir("bund_unknown", "{\"model_type\": \"frobnicator\", \"architectures\": "
                               "[\"FrobnicatorForCausalLM\"], \"vocab_size\": 64}");
  args = zt_fmt("loss --weights '%s' --data '%s'", unk, data);
  ck_assert_int_eq(zt_zoc(args, &out, &err), 1);
  ck_assert_msg(strstr(err, "config.json") && strstr(err, "model_type \"frobnicator\"") &&
                strstr(err, "\"FrobnicatorForCausalLM\"") && strstr(err, "models/llama.zo: model 'llama' for \"llama\"") &&
                strstr(err, "docs/language.md") && strstr(err, "zoc loss FILE.zo --weights"), "%s", err);
  ck_assert_msg(!strstr(err, "formats.zo: model"), "formats.zo declares no model: %s", err);
  free(out);
  free(err);
  free(args);

  /* no model_type: architectures[0] decides */
  const char *arch = config_dir("bund_arch", "{\"architectures\": [\"LlamaForCausalLM\"], \"vocab_size\": 64}");
  args = zt_fmt("config --weights '%s' -D L=1", arch);
  ck_assert_msg(zt_zoc(args, &out, &err) == 0, "%s", err);
  ck_assert_msg(strstr(err, "zoc: model 'llama' of ") && strstr(err, "architectures[0] \"LlamaForCausalLM\""), "%s", err);
  free(out);
  free(err);
  free(args);

  /* no config.json: which file to read cannot be known */
  char *bare = zt_fmt("%s/model.safetensors", dir);
  args = zt_fmt("loss --weights '%s' --data '%s'", zt_tmpdir(), data);
  ck_assert_int_eq(zt_zoc(args, &out, &err), 1);
  ck_assert_msg(strstr(err, "no config.json") && strstr(err, "FILE.zo"), "%s", err);
  free(out);
  free(err);
  free(args);
  /* a file, not a directory, and no FILE.zo: the command line is incomplete */
  args = zt_fmt("loss --weights '%s' --data '%s'", bare, data);
  ck_assert_int_eq(zt_zoc(args, &out, &err), 2);
  ck_assert_msg(strstr(err, "no .zo file given"), "%s", err);
  free(out);
  free(err);
  free(args);
  free(bare);
}
END_TEST

/* A model folder for $ZOC_PATH with one model, m.zo: dense by default (W),
 * its dtype from the config, a weight `head` only when not tied (`tied`
 * otherwise: a stand-in, the language has no transposed view of the
 * embedding), and recipes that perturb a role, a weight of the `if` and
 * everything. */
static const char *lib_dir(void) {
  char *lib = zt_fmt("%s/zlib", zt_tmpdir());
  char *mk = zt_fmt("mkdir -p '%s'", lib);
  ck_assert(zt_run(mk, NULL, NULL) == 0);
  free(mk);
  char *path = zt_fmt("%s/m.zo", lib);
  write_text(path,
             "import \"formats.zo\"\n"
             "model m(V = 16 from \"vocab_size\", D = 32, tie = 0 from \"tie_word_embeddings\",\n"
             "        W = linear(dt = f32), DT = f16 from \"torch_dtype\" | \"dtype\") for \"zt_m\" {\n"
             "  input tokens : i32[B, T]\n"
             "  weight embed : DT[V, D] = \"embed\"\n"
             "  weight wq : W[D, D] = \"wq\"\n"
             "  x = matmul(embedding(embed, tokens), wq)\n"
             "  if tie == 0 {\n"
             "    weight head : linear(dt = DT)[D, V] = \"head\"\n"
             "    logits = matmul(x, head)\n"
             "  } else {\n"
             "    weight tied : linear(dt = DT)[D, V] = \"tied\"\n"
             "    logits = matmul(x, tied)\n"
             "  }\n"
             "  output logits\n"
             "}\n"
             "recipe qz for m {\n  perturb scale\n  eps = 1e-3 lr = 1e-6\n}\n"
             "recipe hd for m {\n  perturb head\n  eps = 1e-3 lr = 1e-6\n}\n"
             "recipe all for m {\n  perturb all\n  eps = 1e-3 lr = 1e-6\n}\n");
  free(path);
  return lib;
}

/* `ZOC_PATH=LIB zoc ARGS`: the exit status, stdout and stderr */
static int zoc_in(const char *lib, const char *args, char **out, char **err) {
  char *cmd = zt_fmt("ZOC_PATH='%s:%s' '%s' %s", lib, zt_src("models"), ZOC_BINARY, args);
  int rc = zt_run(cmd, out, err);
  free(cmd);
  return rc;
}

/* ==== dtype parameters from config strings */
START_TEST(test_dtype_from_config) {
  const char *lib = lib_dir();
  static const struct {
    const char *keys, *dt, *from;
  } ok[] = {
    {"\"torch_dtype\": \"float32\"", " f32 ", "config.json \"torch_dtype\""},
    {"\"torch_dtype\": \"float16\"", " f16 ", "config.json \"torch_dtype\""},
    {"\"dtype\": \"bfloat16\"", " bf16 ", "config.json \"dtype\""},             /* transformers 5 */
    {"\"torch_dtype\": null, \"dtype\": \"float32\"", " f32 ", "config.json \"dtype\""},   /* null is missing */
  };
  for (size_t i = 0; i < ZO_COUNT(ok); i++) {
    char *cfg = zt_fmt("{\"model_type\": \"zt_m\", \"vocab_size\": 16, %s}", ok[i].keys);
    char *name = zt_fmt("dt%zu", i);
    const char *dir = config_dir(name, cfg);
    char *args = zt_fmt("config --weights '%s'", dir), *out = NULL, *err = NULL;
    ck_assert_msg(zoc_in(lib, args, &out, &err) == 0, "%s: %s", ok[i].keys, err);
    ck_assert_msg(strstr(err, "zoc: model 'm' of ") && strstr(err, "zlib/m.zo"), "%s", err);
    char *r = row(out, "DT");
    ck_assert_msg(r && strstr(r, ok[i].dt) && strstr(r, ok[i].from), "%s: %s", ok[i].keys, out);
    free(r);
    free(out);
    free(err);
    free(args);
    free(name);
    free(cfg);
  }
  static const struct {
    const char *keys, *said;
  } bad[] = {
    {"\"torch_dtype\": \"int8\"", "\"torch_dtype\" is \"int8\""},
    {"\"dtype\": \"float8_e4m3fn\"", "\"dtype\" is \"float8_e4m3fn\""},
    {"\"torch_dtype\": 16", "\"torch_dtype\" is not a string"},
  };
  for (size_t i = 0; i < ZO_COUNT(bad); i++) {
    char *cfg = zt_fmt("{\"model_type\": \"zt_m\", \"vocab_size\": 16, %s}", bad[i].keys);
    char *name = zt_fmt("dtbad%zu", i);
    const char *dir = config_dir(name, cfg);
    char *args = zt_fmt("config --weights '%s'", dir), *out = NULL, *err = NULL;
    ck_assert_msg(zoc_in(lib, args, &out, &err) == 1, "%s was read", bad[i].keys);
    ck_assert_msg(strstr(err, "config.json") && strstr(err, bad[i].said) && strstr(err, "DT is a dtype parameter") &&
                  strstr(err, "\"bfloat16\""), "%s: %s", bad[i].keys, err);
    free(out);
    free(err);
    /* the user's -D decides: the config's value is not read */
    free(args);
    args = zt_fmt("config --weights '%s' -D DT=f32", dir);
    ck_assert_msg(zoc_in(lib, args, &out, &err) == 0, "%s with -D: %s", bad[i].keys, err);
    free(out);
    free(err);
    free(args);
    free(name);
    free(cfg);
  }
}
END_TEST

/* ==== recipes against the parameters in effect, not the defaults */
START_TEST(test_recipe_parameters) {
  const char *lib = lib_dir();
  char *m = zt_fmt("'%s/m.zo'", lib), *out = NULL, *err = NULL;
  /* zoc check compiles with the defaults (dense, untied: head exists): qz is a note, not an error */
  char *args = zt_fmt("check %s", m);
  ck_assert_msg(zoc_in(lib, args, &out, &err) == 0, "%s", err);
  ck_assert_msg(strstr(err, "note: recipe 'qz' perturbs role 'scale'") && strstr(err, "its defaults") &&
                !strstr(err, "error"), "%s", err);
  free(out);
  free(err);
  free(args);
  /* a run's parameters: dense makes `perturb scale` an error naming the recipe, the role and the format */
  args = zt_fmt("ir %s --recipe qz", m);
  ck_assert_int_eq(zoc_in(lib, args, &out, &err), 1);
  ck_assert_msg(strstr(err, "error: recipe 'qz' perturbs role 'scale', but no weight of model 'm' has one with these "
                "parameters: the formats in effect: linear(dt=f32) (W)"), "%s", err);
  free(out);
  free(err);
  free(args);
  /* quantized by -D: it perturbs the scales */
  args = zt_fmt("ir %s --recipe qz -D 'W=gptq(bits=4, G=32)'", m);
  ck_assert_msg(zoc_in(lib, args, &out, &err) == 0, "%s", err);
  ck_assert_msg(strstr(out, "scales"), "%s", out);
  free(out);
  free(err);
  free(args);
  /* tied by the config: the head of the untaken branch is an error pointing at the `if` */
  const char *tied = config_dir("tied", "{\"model_type\": \"zt_m\", \"vocab_size\": 16, \"tie_word_embeddings\": true, "
                                "\"torch_dtype\": \"float32\"}");
  args = zt_fmt("loss --weights '%s' --data '%s/none.jsonl' --recipe hd", tied, zt_tmpdir());
  char *data = zt_fmt("%s/none.jsonl", zt_tmpdir());
  write_text(data, "{\"tokens\": [1, 2, 3]}\n");
  ck_assert_int_eq(zoc_in(lib, args, &out, &err), 1);
  ck_assert_msg(strstr(err, "recipe 'hd' perturbs 'head', a weight model 'm' declares in a branch of the `if` at line 8 "
                "that these parameters do not take") && strstr(err, "m.zo:8:") && strstr(err, "note:"), "%s", err);
  free(out);
  free(err);
  free(args);
  /* untied: hd compiles and perturbs head */
  args = zt_fmt("ir %s --recipe hd -D tie=0", m);
  ck_assert_msg(zoc_in(lib, args, &out, &err) == 0, "%s", err);
  free(out);
  free(err);
  free(args);
  free(data);
  free(m);
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
  tcase_add_test(tc, test_bundled_model);
  tcase_add_test(tc, test_dense_folder);
  tcase_add_test(tc, test_key_of_another_kind);
  tcase_add_test(tc, test_dtype_from_config);
  tcase_add_test(tc, test_recipe_parameters);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return zt_run_suite(suite()); }
