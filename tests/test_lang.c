/* test_lang.c — the language features issue 19's architectures need, through
 * the command line a user types (zoc ir, random-weights, loss, config):
 *
 *  - `model NAME(...) for "a" | "b"`: the Hugging Face model_types it binds;
 *  - number expressions (comparisons, && || !, ?:, sqrt pow exp2 min max cdiv)
 *    in parameter defaults over earlier parameters and in -D values, against
 *    the same formulas computed here with libm on a fresh random D;
 *  - string parameters (default, config.json, -D) compared with ==;
 *  - if / else if / else in a model body and a repeat (also on the loop
 *    variable): a weight of a branch not taken is not written by
 *    random-weights, not asked of a checkpoint, and a use of it is an error;
 *  - tensor ± number (`1 + w`, `x / c`, `n - t`): tests/data/models/lang.zo on
 *    --device cpu against --device ref, and both against
 *    tests/py/lang_oracle.py's numpy float64 forward, for the tie, act, cap
 *    and bias choices read from a config.json (with a JSON null) and -D;
 *  - the messages: sqrt of a negative, division by zero, a string in
 *    arithmetic, a name only an untaken branch assigns, a loop variable in a
 *    condition of a repeat lowered once.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "frontend/ast.h"
#include "support/support.h"
#include "testutil.h"

static const char *lang_zo(void) { return zt_src("tests/data/models/lang.zo"); }

static char *write_text(const char *dir, const char *name, const char *text) {
  char *path = zt_fmt("%s/%s", dir, name);
  ck_assert_int_eq(zo_write_file_atomic(path, text, strlen(text)), 0);
  return path;
}

/* The safetensors header (its JSON) of a file: the tensors' names are in it. */
static char *st_header(const char *path) {
  size_t len = 0;
  char *all = zo_read_file(path, &len);
  ck_assert_msg(all && len >= 8, "cannot read %s", path);
  uint64_t n = 0;
  for (int i = 7; i >= 0; i--) n = n << 8 | (unsigned char)all[i];
  ck_assert(n <= len - 8);
  char *h = zt_fmt("%.*s", (int)n, all + 8);
  free(all);
  return h;
}

/* `zoc CMD` that must fail with exit 1 and print `want` */
static void must_fail(const char *args, const char *want) {
  char *out = NULL, *err = NULL;
  int rc = zt_zoc(args, &out, &err);
  ck_assert_msg(rc == 1, "%s: exit %d, want 1\n%s", args, rc, err);
  ck_assert_msg(err && strstr(err, want), "%s: no \"%s\" in:\n%s", args, want, err);
  free(out), free(err);
}

START_TEST(test_model_for) {
  const char *src = "model a(D = 4) for \"llama\" | \"mistral\" { input t : i32[B, T]  output t }\n"
                    "model b { input t : i32[B, T]  output t }\n";
  Program *p = zo_parse_string("t.zo", src, strlen(src));
  ck_assert_int_eq(p->decls.len, 2);
  const Ast *a = p->decls.data[0], *b = p->decls.data[1];
  ck_assert_str_eq(zo_model_hf_type(a, 0), "llama");
  ck_assert_str_eq(zo_model_hf_type(a, 1), "mistral");
  ck_assert_ptr_null(zo_model_hf_type(a, 2));
  ck_assert_ptr_null(zo_model_hf_type(b, 0));
  ck_assert(zo_model_binds_hf_type(a, "mistral") && !zo_model_binds_hf_type(a, "qwen2"));
  ck_assert(!zo_model_binds_hf_type(b, "llama"));
  zo_program_free(p);
}
END_TEST

/* The value `zoc ir` shows for parameter `name` (its header line). */
static double param_value(const char *ir, const char *name) {
  char *key = zt_fmt("%s = ", name);
  const char *line = strstr(ir, "model ");
  ck_assert_ptr_nonnull(line);
  const char *at = strstr(line, key);
  ck_assert_msg(at, "no parameter %s in %s", name, line);
  double v = strtod(at + strlen(key), NULL);
  free(key);
  return v;
}

START_TEST(test_numbers) {
  uint64_t r = zt_seed() ^ 0x1a9;
  const char *dir = zt_tmpdir();
  char *zo = write_text(dir, "n.zo",
                        "model n(D = 4, a = sqrt(D), b = pow(D, 1.5), c = exp2(D % 7), d = min(D, 50), e = max(D, 50),\n"
                        "        f = D > 50 ? 1 : 2, g = D >= 10 && D < 60 || !(D != 5), h = cdiv(D, 3),\n"
                        "        i = D <= 20 ? sqrt(D) / (D - 20 == 0 ? 1 : D - 20) : -D, j = 0) {\n"
                        "  input t : i32[B, T]\n"
                        "  output t\n"
                        "}\n");
  for (int k = 0; k < 8; k++) {
    int D = 1 + (int)(zt_next(&r) % 100);
    char *args = zt_fmt("ir '%s' -D D=%d -D 'j=2 * D + max(D, 3)'", zo, D), *out = NULL, *err = NULL;
    ck_assert_msg(zt_zoc(args, &out, &err) == 0, "%s: %s", args, err);
    double want[] = {sqrt(D), pow(D, 1.5), exp2(D % 7), fmin(D, 50), fmax(D, 50), D > 50 ? 1 : 2,
                     (D >= 10 && D < 60) || !(D != 5), ceil(D / 3.0),
                     D <= 20 ? sqrt(D) / (D - 20 == 0 ? 1 : D - 20) : -D, 2.0 * D + fmax(D, 3)};
    const char *names[] = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"};
    for (int q = 0; q < 10; q++) {
      double got = param_value(out, names[q]);
      ck_assert_msg(fabs(got - want[q]) <= 1e-8 * fmax(1, fabs(want[q])), "D = %d: %s = %.17g, want %.17g", D,
                    names[q], got, want[q]);
    }
    free(args), free(out), free(err);
  }
  free(zo);
}
END_TEST

START_TEST(test_number_errors) {
  const char *dir = zt_tmpdir();
  struct {
    const char *params, *want;
  } cases[] = {
    {"D = 4, a = sqrt(D - 8)", "n.zo:1:20: error: sqrt of a negative number (-4)"},
    {"D = 4, a = D / (D - 4)", "n.zo:1:22: error: division by zero"},
    {"D = 4, a = D % (D - 4)", "n.zo:1:22: error: division by zero"},
    {"s = \"x\", a = s + 1", "n.zo:1:24: error: a string can only be compared with == or != to a string"},
    {"s = \"x\", a = s ? 1 : 2", "n.zo:1:22: error: a condition must be a number, this is a string"},
    {"a = pow(10, 400)", "n.zo:1:13: error: this number is too large"},
    {"a = pow(-2, 0.5)", "n.zo:1:13: error: pow of a negative number (-2) to a fractional power (0.5)"},
    {"a = sqrt(1, 2)", "n.zo:1:13: error: sqrt takes 1 number"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char *text = zt_fmt("model n(%s) {\n  input t : i32[B, T]\n  output t\n}\n", cases[i].params);
    char *zo = write_text(dir, "n.zo", text);
    char *args = zt_fmt("check '%s'", zo);
    must_fail(args, cases[i].want);
    free(text), free(zo), free(args);
  }
}
END_TEST

/* lang.zo's loss for one choice of parameters: --device cpu and ref, and the
 * numpy oracle, per line of the data. */
static void check_lang(const char *weights, const char *defs, const char *oracle_args, const char *toks) {
  double loss[3][8];
  int n[3];
  char *out = NULL, *err = NULL;
  for (int d = 0; d < 2; d++) {
    char *args = zt_fmt("loss '%s' %s --weights '%s' --data '%s' --device %s", lang_zo(), defs, weights, toks,
                        d ? "ref" : "cpu");
    ck_assert_msg(zt_zoc(args, &out, &err) == 0, "%s: %s", args, err);
    n[d] = zt_parse_losses(out, loss[d], 8);
    free(args), free(out), free(err);
  }
  const char *file = weights;
  char *st = NULL;
  if (!strstr(weights, ".safetensors")) file = st = zt_fmt("%s/model.safetensors", weights);
  char *args = zt_fmt("'%s' '%s' '%s' %s", zt_src("tests/py/lang_oracle.py"), file, toks, oracle_args);
  ck_assert_msg(zt_python(args, &out, &err) == 0, "lang_oracle.py %s: %s", args, err);
  n[2] = zt_parse_losses(out, loss[2], 8);
  free(args), free(out), free(err), free(st);
  ck_assert_int_eq(n[0], 5);
  ck_assert_int_eq(n[1], 5);
  ck_assert_int_eq(n[2], 5);
  for (int i = 0; i < 5; i++) {
    ck_assert_msg(fabs(loss[0][i] - loss[1][i]) <= 1e-5 * fabs(loss[1][i]), "%s line %d: cpu %.9g, ref %.9g", defs, i,
                  loss[0][i], loss[1][i]);
    ck_assert_msg(fabs(loss[1][i] - loss[2][i]) <= 1e-5 * fabs(loss[2][i]), "%s line %d: ref %.9g, numpy %.9g", defs,
                  i, loss[1][i], loss[2][i]);
  }
}

START_TEST(test_lang_model) {
  uint64_t r = zt_seed() ^ 0x1a4;
  const char *dir = zt_tmpdir();
  char *toks = zt_fmt("%s/toks.jsonl", dir), *out = NULL, *err = NULL;
  zt_write_tokens(toks, 5, 2, 20, 64, &r);
  /* defaults: no tie (an lm_head), silu, no cap, no bias */
  char *w = zt_fmt("%s/w.safetensors", dir);
  char *args = zt_fmt("random-weights '%s' --seed %llu -o '%s'", lang_zo(), (unsigned long long)(zt_next(&r) >> 1), w);
  ck_assert_msg(zt_zoc(args, &out, &err) == 0, "%s: %s", args, err);
  free(args), free(out), free(err);
  char *h = st_header(w);
  ck_assert_msg(strstr(h, "\"lm_head.weight\"") && !strstr(h, ".bias"), "%s", h);
  free(h);
  check_lang(w, "", "", toks);
  check_lang(w, "-D cap=1.5", "--cap 1.5", toks);

  /* a Hugging Face directory: tie and act from config.json, the cap's key
     null (missing: the default), the bias from -D */
  const char *acts[] = {"gelu_pytorch_tanh", "gelu", "silu"};
  for (int k = 0; k < 3; k++) {
    char *d = zt_fmt("%s/hf%d", dir, k);
    ck_assert_int_eq(mkdir(d, 0755), 0);
    char *cfg = zt_fmt("{\"tie_word_embeddings\": true, \"hidden_act\": \"%s\", \"final_logit_softcapping\": null}",
                       acts[k]);
    free(write_text(d, "config.json", cfg));
    args = zt_fmt("random-weights '%s' -D tie=1 -D bias=1 -D act=%s --seed %llu -o '%s/model.safetensors'", lang_zo(),
                  acts[k], (unsigned long long)(zt_next(&r) >> 1), d);
    ck_assert_msg(zt_zoc(args, &out, &err) == 0, "%s: %s", args, err);
    free(args), free(out), free(err);
    char *st = zt_fmt("%s/model.safetensors", d);
    h = st_header(st);
    ck_assert_msg(!strstr(h, "lm_head") && zt_count(h, ".bias\"") == 2, "tie=1 bias=1: %s", h);
    free(h), free(st);
    args = zt_fmt("config '%s' --weights '%s' -D bias=1", lang_zo(), d);
    ck_assert_msg(zt_zoc(args, &out, &err) == 0, "%s: %s", args, err);
    const char *act_line = strstr(out, "\nact ");
    ck_assert_msg(act_line && strstr(act_line, acts[k]) == act_line + strspn(act_line + 5, " ") + 5 &&
                      zt_count(out, "config.json \"hidden_act\"") == 1 &&
                      zt_count(out, "config.json \"tie_word_embeddings\"") == 1, "%s", out);
    free(args), free(out), free(err);
    char *oracle = zt_fmt("--tie 1 --bias 1 --act %s", acts[k]);
    check_lang(d, "-D bias=1", oracle, toks);
    free(oracle), free(cfg), free(d);
  }
  /* tie=0 asks the checkpoint for an lm_head it does not have */
  args = zt_fmt("loss '%s' -D tie=0 --weights '%s/hf0' --data '%s'", lang_zo(), dir, toks);
  char *o2 = NULL, *e2 = NULL;
  int rc = zt_zoc(args, &o2, &e2);
  ck_assert_msg(rc == 1 && e2 && strstr(e2, "lm_head"), "%s: exit %d\n%s", args, rc, e2);
  free(args), free(o2), free(e2), free(w), free(toks);
}
END_TEST

/* An if on the loop variable (Gemma 2's alternate layers): each iteration
 * its own branch; weights only where the branch is taken. */
START_TEST(test_if_loop_variable) {
  uint64_t r = zt_seed() ^ 0x1a7;
  const char *dir = zt_tmpdir();
  char *zo = write_text(dir, "r.zo",
                        "model r(V = 16, D = 8, L = 5) {\n"
                        "  input tokens : i32[B, T]\n"
                        "  weight embed : f32[V, D] = \"embed\"\n"
                        "  x = embedding(embed, tokens)\n"
                        "  repeat l in 0 .. L {\n"
                        "    if l % 2 == 0 {\n"
                        "      weight w : f32[D] = \"layers.{l}.even\"\n"
                        "      x = rms_norm(x, w, 1e-5) * 2\n"
                        "    } else if l == 3 {\n"
                        "      x = 0.5 - x\n"
                        "    } else {\n"
                        "      x = tanh(x / (l + 1))\n"
                        "    }\n"
                        "  }\n"
                        "  logits = matmul(x, transpose(embed))\n"
                        "  output logits\n"
                        "}\n");
  int L = 2 + (int)(zt_next(&r) % 5);
  char *w = zt_fmt("%s/r.safetensors", dir), *out = NULL, *err = NULL;
  char *args = zt_fmt("random-weights '%s' -D L=%d -o '%s'", zo, L, w);
  ck_assert_msg(zt_zoc(args, &out, &err) == 0, "%s: %s", args, err);
  free(args), free(out), free(err);
  char *h = st_header(w);
  ck_assert_int_eq(zt_count(h, ".even\""), (L + 1) / 2);
  for (int l = 0; l < L; l++) {
    char *name = zt_fmt("\"layers.%d.even\"", l);
    ck_assert_msg((strstr(h, name) != NULL) == (l % 2 == 0), "L = %d, layer %d: %s", L, l, h);
    free(name);
  }
  free(h);
  char *toks = zt_fmt("%s/toks.jsonl", dir);
  zt_write_tokens(toks, 4, 2, 16, 16, &r);
  double loss[2][8];
  for (int d = 0; d < 2; d++) {
    args = zt_fmt("loss '%s' -D L=%d --weights '%s' --data '%s' --device %s", zo, L, w, toks, d ? "ref" : "cpu");
    ck_assert_msg(zt_zoc(args, &out, &err) == 0, "%s: %s", args, err);
    ck_assert_int_eq(zt_parse_losses(out, loss[d], 8), 4);
    free(args), free(out), free(err);
  }
  for (int i = 0; i < 4; i++)
    ck_assert_msg(fabs(loss[0][i] - loss[1][i]) <= 1e-5 * fabs(loss[1][i]), "cpu %.9g, ref %.9g", loss[0][i], loss[1][i]);
  free(zo), free(w), free(toks);
}
END_TEST

START_TEST(test_if_errors) {
  const char *dir = zt_tmpdir();
  struct {
    const char *body, *want;
  } cases[] = {
    {"if t { y = embedding(e, tokens) }\n  output y", "n.zo:4:10: error: 'y' does not exist here: only a branch of an "
                                                     "if that is not taken assigns it"},
    {"if t { weight w : f32[D] = \"w\" } else { z = 1 }\n  y = embedding(e, tokens) * w\n  output y",
     "n.zo:4:30: error: 'w' does not exist here: only a branch of an if that is not taken declares it"},
    {"if \"a\" { z = 1 }\n  output tokens", "n.zo:3:6: error: an if's condition must be a number, this is a string"},
    {"y = embedding(e, tokens)\n  if e { z = 1 }\n  output y", "n.zo:4:6: error: an if's condition must be a number, "
                                                              "this is a tensor"},
    {"y = embedding(e, tokens)\n  y = y / (t - t)\n  output y", "n.zo:4:9: error: division by zero"},
    {"y = embedding(e, tokens)\n  y = 2 / y\n  output y", "n.zo:4:9: error: '/' of a number and a tensor"},
    {"y = embedding(e, tokens)\n  y = y + \"s\"\n  output y", "n.zo:4:9: error: a tensor can be combined with a number"},
    {"repeat l in 0 .. 3 { if l == 1 { weight w : f32[D] = \"w{l}\" }\n  z = w }\n  output tokens",
     "n.zo:4:7: error: 'w' does not exist here: only a branch of an if that is not taken declares it"},
    {"if t { z = 1 } else z = 2\n  output tokens", "n.zo:3:23: error: syntax error: unexpected identifier 'z', expecting"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char *src = zt_fmt("model n(D = 4, t = 0) {\n  input tokens : i32[B, T]  weight e : f32[8, D] = \"e\"\n  %s\n}\n",
                       cases[i].body);
    char *zo = write_text(dir, "n.zo", src);
    char *args = zt_fmt("check '%s'", zo);
    must_fail(args, cases[i].want);
    free(src), free(zo), free(args);
  }
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("lang");
  TCase *c = tcase_create("lang");
  tcase_set_timeout(c, 600);
  tcase_add_test(c, test_model_for);
  tcase_add_test(c, test_numbers);
  tcase_add_test(c, test_number_errors);
  tcase_add_test(c, test_lang_model);
  tcase_add_test(c, test_if_loop_variable);
  tcase_add_test(c, test_if_errors);
  suite_add_tcase(s, c);
  return s;
}

int main(void) { return zt_run_suite(suite()); }
