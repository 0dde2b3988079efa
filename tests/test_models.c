/* test_models.c — the bundled architectures (every .zo in models/) through the
 * command line: every file checks (`zoc check`), and every model, in tiny
 * configurations that turn its config-driven options on (biases, tied
 * embeddings, rope scaling, partial rotary, sliding windows, softcaps,
 * sequential residuals), gives the same loss on the plain-C reference and
 * the LLVM backend on random weights (`zoc random-weights`), with the
 * weights that exist only under a condition written exactly when it holds.
 * The losses against transformers itself are scripts/hf_parity.py's
 * (torch is not in CI): docs/architectures.md. */
#include <dirent.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

START_TEST(test_every_model_checks) {
  DIR *d = opendir(zt_src("models"));
  ck_assert_msg(d, "no models folder at %s", zt_src("models"));
  int ran = 0;
  for (struct dirent *e; (e = readdir(d));) {
    size_t n = strlen(e->d_name);
    if (n < 4 || strcmp(e->d_name + n - 3, ".zo") != 0) continue;
    char *args = zt_fmt("check '%s/%s'", zt_src("models"), e->d_name), *out = NULL, *err = NULL;
    int rc = zt_zoc(args, &out, &err);
    ck_assert_msg(rc == 0, "zoc %s: exit %d\n%s%s", args, rc, out ? out : "", err ? err : "");
    free(args);
    free(out);
    free(err);
    ran++;
  }
  closedir(d);
  ck_assert_int_ge(ran, 10);
}
END_TEST

/* a tiny configuration of a bundled model; `has`/`lacks`: a tensor name the
 * random weights must / must not hold (a weight under a condition) */
typedef struct Tiny {
  const char *file, *defs, *has, *lacks;
} Tiny;

#define SMALL "-D V=64 -D D=64 -D L=2 -D H=4 -D F=128 -D DT=f32 "
static const Tiny TINY[] = {
  {"llama", SMALL "-D KV=2 -D 'W=linear(dt=f32)'", "lm_head.weight", "q_proj.bias"},
  {"llama", SMALL "-D KV=2 -D 'W=linear(dt=f32)' -D hd=32 -D attn_bias=1 -D mlp_bias=1 -D tie=1", "mlp.up_proj.bias",
   "lm_head"},
  {"llama", SMALL "-D KV=2 -D 'W=linear(dt=f32)' -D rope_type=llama3 -D theta=500000 -D factor=8 -D orig_max=64",
   "lm_head.weight", "o_proj.bias"},
  {"llama", SMALL "-D KV=1 -D 'W=linear(dt=f32)' -D rope_type=linear -D factor=4 -D window=3", "lm_head.weight", NULL},
  {"llama", SMALL "-D KV=2 -D 'W=gptq(bits=4, G=32)'", "q_proj.qweight", NULL},
  {"qwen2", SMALL "-D KV=2 -D tie=1 -D use_window=1 -D window=4 -D window_from=1", "k_proj.bias", "lm_head"},
  {"qwen3", SMALL "-D KV=2 -D hd=32 -D attn_bias=1", "self_attn.q_norm.weight", NULL},
  {"gemma", SMALL "-D KV=1 -D hd=32", "mlp.gate_proj.weight", "lm_head"},
  {"gemma2", SMALL "-D KV=2 -D hd=32 -D query_scalar=24 -D window=4 -D attn_cap=5 -D final_cap=3",
   "post_feedforward_layernorm.weight", "lm_head"},
  {"gemma2", SMALL "-D KV=2 -D hd=16 -D final_cap=0 -D tie=0", "lm_head.weight", NULL},
  {"phi3", SMALL "-D KV=2 -D rotary=0.5 -D window=5", "mlp.gate_up_proj.weight", "q_proj"},
  {"gpt_neox", SMALL "-D rotary=0.25", "attention.query_key_value.bias", "lm_head"},
  {"gpt_neox", SMALL "-D rotary=0.5 -D parallel=0 -D attn_bias=0 -D tie=1", "dense_h_to_4h.bias", "embed_out"},
  {"opt", "-D V=64 -D D=64 -D L=2 -D H=4 -D F=128 -D P=32 -D DT=f32 -D tie=0", "lm_head.weight", NULL},
  {"gpt2", "-D V=64 -D D=64 -D L=2 -D H=4 -D P=32 -D F=96", "h.1.mlp.c_fc.bias", "lm_head"},
};

static bool file_holds(const char *path, const char *needle) {
  FILE *fp = fopen(path, "rb");
  ck_assert_msg(fp, "cannot read %s", path);
  static char buf[1 << 16];   /* the safetensors header (JSON) comes first and is small here */
  size_t n = fread(buf, 1, sizeof buf - 1, fp);
  fclose(fp);
  buf[n] = 0;
  for (size_t i = 0; i + strlen(needle) <= n; i++)
    if (memcmp(buf + i, needle, strlen(needle)) == 0) return true;
  return false;
}

START_TEST(test_tiny_ref_vs_cpu) {
  const Tiny *t = &TINY[_i];
  uint64_t s = zt_seed() + (uint64_t)_i;
  const char *dir = zt_tmpdir();
  char *w = zt_fmt("%s/%s-%d.safetensors", dir, t->file, _i), *data = zt_fmt("%s/toks-%d.jsonl", dir, _i);
  char *model = zt_fmt("%s/models/%s.zo", zt_src("."), t->file);
  zt_write_tokens(data, 3, 6, 12, 64, &s);
  char *args = zt_fmt("random-weights '%s' %s --seed %llu -o '%s'", model, t->defs, (unsigned long long)(s % 100000), w);
  char *out = NULL, *err = NULL;
  int rc = zt_zoc(args, &out, &err);
  ck_assert_msg(rc == 0, "zoc %s: exit %d\n%s", args, rc, err ? err : "");
  ck_assert_msg(file_holds(w, t->has), "%s %s: no tensor named like '%s'", t->file, t->defs, t->has);
  ck_assert_msg(!t->lacks || !file_holds(w, t->lacks), "%s %s: a tensor '%s' that should not exist", t->file, t->defs,
                t->lacks);
  double ref[3], cpu[3];
  char *e1 = NULL, *e2 = NULL;
  char *extra_ref = zt_fmt("%s --device ref", t->defs), *extra_cpu = zt_fmt("%s --device cpu", t->defs);
  ck_assert_msg(zt_loss(model, w, data, extra_ref, ref, 3, &e1) == 0, "%s ref: %s", t->defs, e1 ? e1 : "");
  ck_assert_msg(zt_loss(model, w, data, extra_cpu, cpu, 3, &e2) == 0, "%s cpu: %s", t->defs, e2 ? e2 : "");
  /* both f32 on the same weights; the summation orders differ (threads,
   * vector lanes), each loss a few hundred f32 roundings deep */
  for (int i = 0; i < 3; i++)
    ck_assert_msg(fabs(cpu[i] - ref[i]) <= 1e-5 * fabs(ref[i]) + 1e-6, "%s %s line %d: cpu %.9g, ref %.9g", t->file,
                  t->defs, i, cpu[i], ref[i]);
  free(w), free(data), free(model), free(args), free(out), free(err), free(e1), free(e2), free(extra_ref), free(extra_cpu);
}
END_TEST

/* A GPT-2 saved by GPT2LMHeadModel.save_pretrained names its tensors
 * "transformer.h.0..."; the hub's gpt2 "h.0...": both load (runtime/weights.c's
 * adopt_prefix), to the same loss, and a run from the prefixed file trains the
 * same values and writes them under the file's names. */
START_TEST(test_prefixed_checkpoint) {
  uint64_t s = zt_seed() ^ 0x7F1;
  const char *dir = zt_tmpdir();
  const char *defs = "-D V=64 -D D=64 -D L=2 -D H=4 -D P=32 -D F=96";
  char *model = zt_fmt("%s/models/gpt2.zo", zt_src(".")), *data = zt_fmt("%s/pfx-toks.jsonl", dir);
  char *plain = zt_fmt("%s/pfx-plain.safetensors", dir), *pref = zt_fmt("%s/pfx-pref.safetensors", dir);
  zt_write_tokens(data, 3, 6, 12, 64, &s);
  char *args = zt_fmt("random-weights '%s' %s --seed %llu -o '%s'", model, defs, (unsigned long long)(s % 100000), plain);
  ck_assert(zt_zoc(args, NULL, NULL) == 0);
  free(args);
  char *py = zt_fmt("'%s' add '%s' '%s' transformer.", zt_src("tests/py/st_prefix.py"), plain, pref), *out = NULL,
       *err = NULL;
  ck_assert_msg(zt_python(py, &out, &err) == 0, "%s", err);
  free(py), free(out), free(err);
  double a[3], b[3];
  char *e1 = NULL, *e2 = NULL, *x = zt_fmt("%s --device ref", defs);
  ck_assert_msg(zt_loss(model, plain, data, x, a, 3, &e1) == 0, "%s", e1);
  ck_assert_msg(zt_loss(model, pref, data, x, b, 3, &e2) == 0, "prefixed: %s", e2);
  for (int i = 0; i < 3; i++) ck_assert_msg(a[i] == b[i], "line %d: %.12g plain, %.12g prefixed", i, a[i], b[i]);
  free(e1), free(e2), free(x);
  const char *w[2] = {plain, pref}, *run[2] = {"pfx-run-plain", "pfx-run-pref"};
  for (int k = 0; k < 2; k++) {
    args = zt_fmt("train '%s' %s --recipe mezo --weights '%s' --task lm --data '%s' --out '%s/%s' --steps 3 --seed 3 "
                  "--device ref", model, defs, w[k], data, dir, run[k]);
    ck_assert_msg(zt_zoc(args, &out, &err) == 0, "%s", err);
    free(args), free(out), free(err);
  }
  /* the same trained values under the file's own names, and they moved */
  py = zt_fmt("'%s' same '%s/%s/model.safetensors' '%s/%s/model.safetensors' transformer.", zt_src("tests/py/st_prefix.py"),
              dir, run[0], dir, run[1]);
  ck_assert_msg(zt_python(py, &out, &err) == 0, "%s%s", out, err);
  free(py), free(out), free(err);
  py = zt_fmt("'%s' same '%s' '%s/%s/model.safetensors' transformer.", zt_src("tests/py/st_prefix.py"), plain, dir, run[1]);
  ck_assert_msg(zt_python(py, &out, &err) == 1 && strstr(out, "tensors differ"), "training changed nothing: %s", out);
  free(py), free(out), free(err);
  free(model), free(data), free(plain), free(pref);
}
END_TEST

/* A config asking for rope scaling a model does not implement (yarn, dynamic,
 * longrope), or another activation, stops with the model's own `error` at its
 * line, never a silent default; what it does implement passes. */
START_TEST(test_unknown_rope_scaling) {
  static const struct { const char *type, *scaling, *file; int rc; } C[] = {
      {"qwen2", "\"rope_scaling\": {\"type\": \"yarn\", \"factor\": 4.0}", "qwen2.zo", 1},
      {"llama", "\"rope_parameters\": {\"rope_type\": \"dynamic\", \"rope_theta\": 10000.0, \"factor\": 2.0}",
       "llama.zo", 1},
      {"phi3", "\"rope_scaling\": {\"type\": \"longrope\", \"short_factor\": [1.0], \"long_factor\": [1.0]}",
       "phi3.zo", 1},
      {"llama", "\"rope_scaling\": {\"rope_type\": \"llama3\", \"factor\": 8.0, \"low_freq_factor\": 1.0, "
                "\"high_freq_factor\": 4.0, \"original_max_position_embeddings\": 64}", "llama.zo", 0},
      {"qwen2", "\"rope_scaling\": null", "qwen2.zo", 0},
      /* an activation other than the file's */
      {"llama", "\"hidden_act\": \"gelu\"", "llama.zo", 1},
      {"gpt2", "\"activation_function\": \"relu\"", "gpt2.zo", 1},
      {"gpt2", "\"activation_function\": \"gelu_new\"", "gpt2.zo", 0},
  };
  for (int i = 0; i < (int)(sizeof C / sizeof C[0]); i++) {
    char *dir = zt_fmt("%s/rope-%d", zt_tmpdir(), i), *mk = zt_fmt("mkdir -p '%s'", dir);
    ck_assert(zt_run(mk, NULL, NULL) == 0);
    char *path = zt_fmt("%s/config.json", dir);
    FILE *fp = fopen(path, "w");
    ck_assert(fp);
    fprintf(fp, "{\"model_type\": \"%s\", \"vocab_size\": 64, \"hidden_size\": 64, \"num_hidden_layers\": 2, "
                "\"num_attention_heads\": 4, \"num_key_value_heads\": 2, \"intermediate_size\": 96, %s}\n",
            C[i].type, C[i].scaling);
    fclose(fp);
    char *args = zt_fmt("config --weights '%s'", dir), *out = NULL, *err = NULL;
    int rc = zt_zoc(args, &out, &err);
    ck_assert_msg(rc == C[i].rc, "%s with %s: exit %d\n%s", C[i].type, C[i].scaling, rc, err);
    if (C[i].rc)
      ck_assert_msg(strstr(err, C[i].file) && strstr(err, "error: config.json") &&
                    (strstr(err, "does not implement") || strstr(err, "is not the activation")), "%s", err);
    free(dir), free(mk), free(path), free(args), free(out), free(err);
  }
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("models");
  TCase *c = tcase_create("check");
  tcase_add_test(c, test_every_model_checks);
  tcase_add_test(c, test_prefixed_checkpoint);
  tcase_add_test(c, test_unknown_rope_scaling);
  suite_add_tcase(s, c);
  TCase *r = tcase_create("tiny");
  tcase_set_timeout(r, 600);
  tcase_add_loop_test(r, test_tiny_ref_vs_cpu, 0, (int)(sizeof TINY / sizeof TINY[0]));
  suite_add_tcase(s, r);
  return s;
}

int main(void) { return zt_run_suite(suite()); }
