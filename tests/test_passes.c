/* test_passes.c — the IR and its passes, driven through `zoc ir` / `zoc check`
 * as a user runs them: golden IR for every bundled model, determinism, one
 * test per pass, and the memory plan of Llama-2-7B against a count worked out
 * by hand; sizes past what a tensor may take (weights, ids, activations) as
 * errors at their place; and `zoc check` of 20,000 and 40,000 models (or
 * duplicates, or 10,000 and 20,000 imported files) in linear time. Set ZOC_UPDATE_GOLDEN=1 to rewrite the golden files (then read the
 * diff before committing it). */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "support/support.h"
#include "testutil.h"

static void write_all(const char *path, const char *s) {
  FILE *f = fopen(path, "wb");
  ck_assert_msg(f != NULL, "cannot write %s", path);
  fputs(s, f);
  fclose(f);
}

/* a .zo program in the temp dir, importing the bundled formats */
static const char *program(const char *name, const char *text) {
  static char path[8][1024];
  static int i;
  char *p = path[i++ % 8];
  snprintf(p, 1024, "%s/%s.zo", zt_tmpdir(), name);
  write_all(p, text);
  return p;
}

__attribute__((noinline)) static char *ir(const char *args) {
  char *out = NULL, *err = NULL;
  int rc = zt_zoc(args, &out, &err);
  ck_assert_msg(rc == 0, "zoc %s failed (%d): %s", args, rc, err ? err : "");
  free(err);
  return out;
}

/* ---- golden IR of every bundled model (small L so the files stay readable) */
static void golden(const char *name, const char *args) {
  char cmd[1024], rel[256], *why = NULL;
  snprintf(cmd, sizeof cmd, "ir %s", args);
  char *out = ir(cmd);
  char *again = ir(cmd);
  ck_assert_msg(strcmp(out, again) == 0, "zoc %s is not deterministic", cmd);
  char what[1100];
  snprintf(rel, sizeof rel, "tests/golden/ir/%s", name);
  snprintf(what, sizeof what, "zoc %s", cmd);
  ck_assert_msg(zt_golden(rel, out, what, &why), "%s", why);
  free(out);
  free(again);
}

START_TEST(golden_models) {
  char a[1024];
  snprintf(a, sizeof a, "%s -D L=2 --recipe qzo -D B=4 -D T=32", zt_src("models/llama.zo"));
  golden("llama.ir", a);
  snprintf(a, sizeof a, "%s -D L=2 --recipe mezo -D B=4 -D T=32", zt_src("models/opt.zo"));
  golden("opt.ir", a);
  snprintf(a, sizeof a, "%s -D L=2 --recipe mezo -D B=4 -D T=32", zt_src("models/gpt2.zo"));
  golden("gpt2.ir", a);
  snprintf(a, sizeof a, "%s --recipe qzo_norms -D B=2 -D T=16", zt_src("models/tiny.zo"));
  golden("tiny.ir", a);
  snprintf(a, sizeof a, "%s -D L=1 --after resolve", zt_src("models/tiny.zo"));
  golden("tiny-resolve.ir", a);
}
END_TEST

START_TEST(every_model_checks) {
  char a[2048], *out = NULL, *err = NULL;
  snprintf(a, sizeof a, "check %s %s %s %s %s", zt_src("models/formats.zo"), zt_src("models/llama.zo"),
           zt_src("models/opt.zo"), zt_src("models/gpt2.zo"), zt_src("models/tiny.zo"));
  int rc = zt_zoc(a, &out, &err);
  ck_assert_msg(rc == 0, "zoc check failed: %s", err);
  ck_assert_int_eq(zt_count(out, ": ok"), 5);
  free(out);
  free(err);
}
END_TEST

/* every format of formats.zo, at every GPTQ width, goes through the pipeline */
START_TEST(every_format_compiles) {
  const char *formats[] = {"linear", "linear(dt=bf16)", "conv1d", "gptq(bits=2,G=32)", "gptq(bits=3,G=32)",
                           "gptq(bits=4,G=32)", "gptq(bits=8,G=64)", "int8", "fp8", "nf4", "aqlm"};
  for (size_t i = 0; i < sizeof formats / sizeof *formats; i++) {
    char a[1024];
    snprintf(a, sizeof a, "ir %s -D 'W=%s' --recipe mezo", zt_src("models/tiny.zo"), formats[i]);
    char *out = ir(a);
    ck_assert_msg(strstr(out, "; memory plan at") != NULL, "%s: no plan", formats[i]);
    free(out);
  }
}
END_TEST

/* ---- resolve: parameters, -D, shared format instances */
START_TEST(pass_resolve) {
  char a[1024];
  snprintf(a, sizeof a, "ir %s -D L=1 -D D=96 -D 'W=gptq(bits=2, G=32)' --after resolve", zt_src("models/tiny.zo"));
  char *out = ir(a);
  ck_assert_ptr_nonnull(strstr(out, "D = 96,"));
  ck_assert_ptr_nonnull(strstr(out, "W = gptq(bits=2, G=32, sym=0)"));
  /* one format block per distinct instance, however many weights use it */
  ck_assert_int_eq(zt_count(out, "format gptq(bits=2, G=32, sym=0) {"), 1);
  ck_assert_int_eq(zt_count(out, ": gptq(bits=2, G=32, sym=0)[96, 96]"), 2);   /* q and o */
  ck_assert_int_eq(zt_count(out, "= repeat l in 0 .. 1"), 1);
  free(out);
}
END_TEST

/* ---- infer: shapes through broadcasting, GQA; a mismatch names both shapes */
START_TEST(pass_infer) {
  const char *p = program("infer",
    "import \"formats.zo\"\n"
    "model m(D = 8, H = 4, KV = 2) {\n"
    "  input t : i32[B, T]\n"
    "  weight e : f32[16, D] = \"e\"\n"
    "  weight b : f32[D] = \"b\"\n"
    "  weight wk : linear(dt = f32)[D, KV * (D / H)] = \"k\"\n"
    "  x = embedding(e, t) + b\n"
    "  k = matmul(x, wk)\n"
    "  y = attention(x, k, k, H, KV)\n"
    "  output y\n"
    "}\n");
  char a[1024];
  snprintf(a, sizeof a, "ir %s --after infer", p);
  char *out = ir(a);
  ck_assert_ptr_nonnull(strstr(out, "add %4, %2 : f32[B, T, 8]"));
  ck_assert_ptr_nonnull(strstr(out, "matmul %5, %3 : f32[B, T, 4]"));
  ck_assert_ptr_nonnull(strstr(out, "attention %5, %6, %6 {heads=4, kv_heads=2, causal=1} : f32[B, T, 8]"));
  free(out);

  const char *bad = program("infer_bad",
    "import \"formats.zo\"\n"
    "model m(D = 8) {\n"
    "  input t : i32[B, T]\n"
    "  weight e : f32[16, D] = \"e\"\n"
    "  weight w : linear(dt = f32)[12, 4] = \"w\"\n"
    "  y = matmul(embedding(e, t), w)\n"
    "  output y\n"
    "}\n");
  char *err = NULL;
  snprintf(a, sizeof a, "ir %s", bad);
  ck_assert_int_eq(zt_zoc(a, NULL, &err), 1);
  ck_assert_msg(strstr(err, "infer_bad.zo:6:7: error: matmul: f32[B, T, 8] times linear(dt=f32)[12, 4]: the inner dimensions differ") != NULL, "%s", err);
  free(err);
}
END_TEST

/* ---- unroll: copies, substituted names, carried values, nesting */
START_TEST(pass_unroll) {
  const char *p = program("unroll",
    "import \"formats.zo\"\n"
    "model m(L = 3, J = 2) {\n"
    "  input t : i32[B, T]\n"
    "  weight e : f32[16, 4] = \"e\"\n"
    "  x = embedding(e, t)\n"
    "  repeat l in 0 .. L {\n"
    "    repeat j in 0 .. J {\n"
    "      weight w : f32[4] = \"layer.{l}.sub.{j}\"\n"
    "      x = rms_norm(x, w)\n"
    "    }\n"
    "    x = silu(x)\n"
    "  }\n"
    "  repeat z in 0 .. 0 { x = relu(x) }\n"
    "  output x\n"
    "}\n");
  char a[1024];
  snprintf(a, sizeof a, "ir %s --after unroll", p);
  char *out = ir(a);
  ck_assert_int_eq(zt_count(out, "repeat"), 0);
  ck_assert_int_eq(zt_count(out, "= rms_norm"), 6);
  ck_assert_int_eq(zt_count(out, "= silu"), 3);
  ck_assert_int_eq(zt_count(out, "= relu"), 0);    /* zero iterations */
  for (int l = 0; l < 3; l++)
    for (int j = 0; j < 2; j++) {
      char w[64];
      snprintf(w, sizeof w, "weight \"layer.%d.sub.%d\"", l, j);
      ck_assert_msg(zt_count(out, w) == 1, "%s missing in\n%s", w, out);
    }
  /* carried: each norm reads the previous value, the output is the last silu */
  ck_assert_ptr_nonnull(strstr(out, "%4 = rms_norm %2, %3"));
  ck_assert_ptr_nonnull(strstr(out, "%6 = rms_norm %4, %5"));
  ck_assert_ptr_nonnull(strstr(out, "%7 = silu %6"));
  ck_assert_ptr_nonnull(strstr(out, "%9 = rms_norm %7, %8"));
  ck_assert_ptr_nonnull(strstr(out, "%17 = silu %16"));
  ck_assert_ptr_nonnull(strstr(out, "output %17"));
  free(out);
}
END_TEST

/* ---- dce: values and weights no output needs go */
START_TEST(pass_dce) {
  const char *p = program("dce",
    "model m {\n"
    "  input t : i32[B, T]\n"
    "  weight e : f32[16, 4] = \"e\"\n"
    "  weight unused : f32[4] = \"unused\"\n"
    "  x = embedding(e, t)\n"
    "  dead = silu(x) * x\n"
    "  y = relu(x)\n"
    "  output y\n"
    "}\n");
  char a[1024];
  snprintf(a, sizeof a, "ir %s --after unroll", p);
  char *before = ir(a);
  snprintf(a, sizeof a, "ir %s --after dce", p);
  char *after = ir(a);
  ck_assert_int_eq(zt_count(before, "= silu"), 1);
  ck_assert_int_eq(zt_count(before, "\"unused\""), 1);
  ck_assert_int_eq(zt_count(after, "= silu"), 0);
  ck_assert_int_eq(zt_count(after, "= mul"), 0);
  ck_assert_int_eq(zt_count(after, "\"unused\""), 0);
  ck_assert_int_eq(zt_count(after, "= relu"), 1);
  free(before);
  free(after);
}
END_TEST

/* ---- zomark: what each recipe perturbs, stream ids in order */
START_TEST(pass_zomark) {
  char a[1024];
  snprintf(a, sizeof a, "ir %s --recipe qzo --after zomark", zt_src("models/tiny.zo"));
  char *out = ir(a);
  /* tiny: 2 layers × 7 GPTQ projections, each with one `scale` storage */
  ck_assert_int_eq(zt_count(out, "perturb(scales, stream"), 14);
  ck_assert_int_eq(zt_count(out, "perturb(value"), 0);
  for (int s = 0; s < 14; s++) {
    char w[64];
    snprintf(w, sizeof w, "perturb(scales, stream %d)", s);
    ck_assert_int_eq(zt_count(out, w), 1);
  }
  ck_assert_ptr_nonnull(strstr(out, "; 14 perturbed tensors"));
  free(out);
  snprintf(a, sizeof a, "ir %s --recipe qzo_norms --after zomark", zt_src("models/tiny.zo"));
  out = ir(a);
  ck_assert_int_eq(zt_count(out, "perturb(scales, stream"), 14);
  ck_assert_int_eq(zt_count(out, "perturb(value, stream"), 5);   /* ln1, ln2 per layer + final norm */
  free(out);
  snprintf(a, sizeof a, "ir %s -D 'W=linear(dt=f32)' --recipe mezo --after zomark", zt_src("models/tiny.zo"));
  out = ir(a);
  /* every float tensor: embed, 2×(ln1, ln2, 7 projections), norm, lm_head */
  ck_assert_int_eq(zt_count(out, "perturb("), 1 + 2 * 9 + 2);
  free(out);

  const char *bad = program("zomark_bad",
    "import \"formats.zo\"\n"
    "model m {\n"
    "  input t : i32[B, T]\n"
    "  weight e : f32[16, 64] = \"e\"\n"
    "  weight w : gptq[64, 64] = \"w\"\n"
    "  y = matmul(embedding(e, t), w)\n"
    "  output y\n"
    "}\n"
    "recipe r for m {\n"
    "  perturb qweight, codebook\n"
    "}\n");
  char *err = NULL;
  snprintf(a, sizeof a, "ir %s --recipe r", bad);
  ck_assert_int_eq(zt_zoc(a, NULL, &err), 1);
  ck_assert_msg(strstr(err, "zomark_bad.zo:10:11: error: 'qweight' holds integers (i32 qweight of format gptq(bits=4, G=128, sym=0)): only float tensors can be perturbed"), "%s", err);
  ck_assert_msg(strstr(err, "zomark_bad.zo:10:20: error: recipe 'r' perturbs role 'codebook', but no weight of model 'm' has one with "
                             "these parameters: the formats in effect: gptq(bits=4, G=128, sym=0)"), "%s", err);
  free(err);
}
END_TEST

/* ---- fuse: the three kinds of kernel */
START_TEST(pass_fuse) {
  char a[1024];
  snprintf(a, sizeof a, "ir %s -D L=1 --after fuse", zt_src("models/tiny.zo"));
  char *out = ir(a);
  /* the weight is read by its matmul's kernel (dequant + perturb + matmul) */
  ck_assert_ptr_nonnull(strstr(out, "\"model.layers.0.self_attn.q_proj\" : gptq(bits=4, G=32, sym=0)[64, 64]  kernel 2 (inner)"));
  ck_assert_ptr_nonnull(strstr(out, "= matmul %12, %4 : f32[B, T, 64]  kernel 2"));
  /* norm + residual: the add feeding the second norm is in its kernel and still written */
  ck_assert_ptr_nonnull(strstr(out, "= add %2, %19 : f32[B, T, 64]  kernel 9"));
  ck_assert_ptr_nonnull(strstr(out, "= rms_norm %20, %8 {eps=1e-05} : f32[B, T, 64]  kernel 9"));
  /* elementwise epilogue: silu(matmul(h, wg)) * up in one kernel, the gate product never written */
  ck_assert_ptr_nonnull(strstr(out, "= matmul %21, %9 : f32[B, T, 128]  kernel 11 (inner)"));
  ck_assert_ptr_nonnull(strstr(out, "= silu %22 : f32[B, T, 128]  kernel 11 (inner)"));
  ck_assert_ptr_nonnull(strstr(out, "= mul %23, %24 : f32[B, T, 128]  kernel 11"));
  /* the last residual add is used only by the final norm: inner */
  ck_assert_ptr_nonnull(strstr(out, "= add %20, %26 : f32[B, T, 64]  kernel 13 (inner)"));
  ck_assert_ptr_nonnull(strstr(out, "; 15 kernels"));
  free(out);
}
END_TEST

/* ---- memplan: Llama-2-7B (GPTQ 4-bit), B=16, T=128, against a hand count.
 *
 * R = B·T = 2048 rows; activations are f32. Per layer the passes leave these
 * kernels (fuse.c), with the buffers live while each runs:
 *   norm1 (+ the previous layer's residual add):  x_prev, md_prev, x, h1   4S
 *   q = matmul, rope; k = matmul, rope; v = matmul: at most x, h1, q, k, v  5S
 *   attention: x, q, k, v, att                                              5S
 *   o-proj matmul: x, att, mo                                               3S
 *   residual add + norm2: x, mo, x1, h2                                     4S
 *   up matmul: x1, h2, up                                              2S + Fs
 *   gate matmul + silu + mul: x1, h2, up, p                            2S + 2Fs
 *   down matmul: x1, p, md                                             2S + Fs
 * with S = R·D·4 (a [R, 4096] tensor) and Fs = R·F·4 (a [R, 11008] tensor).
 * At the end: the last residual add is fused into the final norm (not written)
 * and the LM head writes the logits while the normed x is read: S + R·V·4.
 * So the peak is max(2S + 2Fs, S + R·V·4):
 *   V = 32000: 33554432 + 262144000 = 295698432 (the logits dominate);
 *   V = 1000:  2S + 2Fs = 67108864 + 180355072 = 247463936 (the MLP does). */
static void plan_numbers(const char *args, long long *arena, long long *peak) {
  char *out = ir(args);
  const char *line = strstr(out, "; memory plan at");
  const char *a = line ? strstr(line, "arena ") : NULL, *p = line ? strstr(line, "peak live ") : NULL;
  bool found = a && p;
  long long av = found ? atoll(a + 6) : -1, pv = found ? atoll(p + 10) : -1;
  free(out);
  ck_assert_msg(found, "no memory plan line in the IR of %s", args);
  *arena = av;
  *peak = pv;
}

START_TEST(memplan_llama_7b) {
  const long long R = 16 * 128, D = 4096, F = 11008;
  const long long S = R * D * 4, Fs = R * F * 4;
  char a[1024];
  long long arena, peak;
  snprintf(a, sizeof a, "ir %s --recipe qzo -D B=16 -D T=128", zt_src("models/llama.zo"));
  plan_numbers(a, &arena, &peak);
  long long want = S + R * 32000 * 4;
  ck_assert_int_eq(want, 295698432);
  ck_assert_int_eq(peak, want);
  ck_assert(arena >= peak);
  ck_assert_msg(arena <= peak + peak / 4, "placement wastes too much: arena %lld for peak %lld", arena, peak);

  snprintf(a, sizeof a, "ir %s --recipe qzo -D V=1000 -D B=16 -D T=128", zt_src("models/llama.zo"));
  plan_numbers(a, &arena, &peak);
  want = 2 * S + 2 * Fs;
  ck_assert_int_eq(want, 247463936);
  ck_assert_int_eq(peak, want);
  ck_assert(arena >= peak && arena <= peak + peak / 4);

  /* the plan scales with the batch: B=1 is exactly 1/16 of it */
  snprintf(a, sizeof a, "ir %s --recipe qzo -D V=1000 -D B=1 -D T=128", zt_src("models/llama.zo"));
  long long arena1, peak1;
  plan_numbers(a, &arena1, &peak1);
  ck_assert_int_eq(peak1 * 16, peak);
}
END_TEST

/* ---- sizes the user chose that no tensor can have: errors at the
 * declaration (with a note at the -D), the op, or the -D, never wrapped */
START_TEST(sizes_past_the_cap) {
  char a[1024], *err = NULL, *out = NULL;
  const char *tiny = zt_src("models/tiny.zo");
  /* -D D=1e9: q's values in f32 take 4e18 bytes, past 2^48 */
  snprintf(a, sizeof a, "check %s -D D=1e9", tiny);
  ck_assert_int_eq(zt_zoc(a, NULL, &err), 1);
  ck_assert_msg(strstr(err, "tiny.zo:13:18: error: weight 'wq' [1000000000, 1000000000] is too large: its values in f32 "
                            "would take more than 2^48 bytes (256 TiB)") != NULL, "%.3000s", err);
  ck_assert_msg(strstr(err, "-D D:1:1: note: -D D=1e9 sets the size here: choose a smaller value") != NULL, "%.3000s", err);
  ck_assert_int_eq(zt_count(err, "-D D=1e9 sets the size"), zt_count(err, ": error: weight"));   /* once per error, though [D, D] reads D twice */
  ck_assert_ptr_null(strstr(err, "internal error"));
  free(err);
  /* the cap itself: D = 2^23 makes q exactly 2^46 values, 2^48 bytes in f32 (allowed); the next D that
     GPTQ's groups of 32 take, 2^23 + 32, is past it */
  long long d = 1LL << 23;
  ck_assert_int_eq(d * d * 4, 1LL << 48);
  snprintf(a, sizeof a, "check %s -D D=%lld", tiny, d);
  ck_assert_int_eq(zt_zoc(a, &out, &err), 0);
  free(out);
  free(err);
  snprintf(a, sizeof a, "check %s -D D=%lld", tiny, d + 32);
  ck_assert_int_eq(zt_zoc(a, NULL, &err), 1);
  snprintf(a, sizeof a, "tiny.zo:13:18: error: weight 'wq' [%lld, %lld] is too large", d + 32, d + 32);
  ck_assert_msg(strstr(err, a) != NULL, "%.3000s", err);
  free(err);

  /* ids: i32 token ids name rows 0 .. 2^31 - 1, so V = 2^31 is the largest vocabulary */
  snprintf(a, sizeof a, "check %s -D V=2147483649", tiny);
  ck_assert_int_eq(zt_zoc(a, NULL, &err), 1);
  ck_assert_msg(strstr(err, "tiny.zo:10:7: error: embedding: the table f32[2147483649, 64] has 2147483649 rows, but i32 "
                            "ids reach row 2147483647 at most") != NULL, "%.3000s", err);
  ck_assert_int_eq(zt_count(err, ": error: "), 1);   /* once: the recipes of a model that failed are not compiled again */
  free(err);
  snprintf(a, sizeof a, "check %s -D V=2147483648", tiny);
  ck_assert_int_eq(zt_zoc(a, &out, &err), 0);
  free(out);
  free(err);

  /* activations: at B = 2^21, T = 2^20 a [B, T, 64] f32 tensor is 2^49 bytes: reported at an op with the sizes */
  snprintf(a, sizeof a, "ir %s -D B=2097152 -D T=1048576", tiny);
  ck_assert_int_eq(zt_zoc(a, NULL, &err), 1);
  ck_assert_msg(strstr(err, "tiny.zo:") && strstr(err, ": error: at B=2097152, T=1048576 this ") &&
                strstr(err, " would take more than 2^48 bytes (256 TiB), the most zoc handles in one tensor"), "%.3000s", err);
  ck_assert_ptr_null(strstr(err, "internal error"));
  free(err);
}
END_TEST

/* ---- zoc check is linear in the declarations: n models and n recipes (or n
 * duplicates) in O(n) time, measured as the ratio of 2n to n */
static const char *many(const char *name, int n, bool dup) {
  StrBuf sb = {0};
  for (int i = 0; i < n; i++) {
    char m[32];
    snprintf(m, sizeof m, dup ? "m" : "m%d", i);
    zo_sb_printf(&sb, "model %s(D = 8) {\n  input tokens : i32[B, T]\n  weight e : f32[16, D] = \"e\"\n"
                      "  x = embedding(e, tokens)\n  output x\n}\n", m);
    if (!dup) zo_sb_printf(&sb, "recipe r%d for %s { perturb e }\n", i, m);
  }
  const char *p = program(name, sb.buf);
  zo_sb_free(&sb);
  return p;
}

static double wall(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* the fastest of two runs of `zoc check PATH` (a hang guard: 300 s), its status, stdout and stderr */
static double timed_check(const char *path, int want, char **out, char **err) {
  char a[1200];
  snprintf(a, sizeof a, "timeout 300 '%s' check '%s'", ZOC_BINARY, path);
  double best = 1e9;
  for (int r = 0; r < 2; r++) {
    if (r) {
      free(*out);
      free(*err);
    }
    double t0 = wall();
    ck_assert_int_eq(zt_run(a, out, err), want);
    double t = wall() - t0;
    if (t < best) best = t;
  }
  return best;
}

START_TEST(check_is_linear) {
  char *out, *err, want[128];
  const char *p1 = many("many1", 20000, false), *p2 = many("many2", 40000, false);
  double t1 = timed_check(p1, 0, &out, &err);
  snprintf(want, sizeof want, ": ok (20000 models, 20000 recipes)\n");
  ck_assert_msg(strstr(out, want) != NULL, "%.1000s%.2000s", out, err);
  free(out);
  free(err);
  double t2 = timed_check(p2, 0, &out, &err);
  ck_assert_msg(strstr(out, ": ok (40000 models, 40000 recipes)\n") != NULL, "%.1000s%.2000s", out, err);
  free(out);
  free(err);
  ck_assert_msg(t2 <= 3 * t1, "zoc check: 40000 models took %.2f s, 20000 took %.2f s (ratio %.2f > 3: not linear)", t2, t1,
                t2 / t1);
}
END_TEST

START_TEST(check_duplicates_is_linear) {
  char *out, *err, want[128];
  const char *p1 = many("dup1", 20000, true), *p2 = many("dup2", 40000, true);
  double t1 = timed_check(p1, 1, &out, &err);
  /* the second definition is the first error, its note at the first; then the cap on messages */
  const char *first = strstr(err, "dup1.zo:7:7: error: model 'm' is defined twice\n  model m(D = 8) {\n        ^\n");
  ck_assert_msg(first && first + strlen("dup1.zo:7:7") == strstr(err, ": error: "), "%.3000s", err);
  ck_assert_ptr_nonnull(strstr(err, "dup1.zo:1:7: note: the first definition is here\n"));
  ck_assert_int_eq(zt_count(err, ": error: "), 50);   /* ZO_DIAG_MAX_ERRORS */
  ck_assert_ptr_nonnull(strstr(err, "too many errors; stopping here"));
  snprintf(want, sizeof want, "dup1.zo: 19999 errors\n");
  ck_assert_msg(strlen(err) > strlen(want) && strcmp(err + strlen(err) - strlen(want), want) == 0, "%.3000s", err);
  free(out);
  free(err);
  double t2 = timed_check(p2, 1, &out, &err);
  snprintf(want, sizeof want, "dup2.zo: 39999 errors\n");
  ck_assert_msg(strlen(err) > strlen(want) && strcmp(err + strlen(err) - strlen(want), want) == 0, "%.3000s", err);
  free(out);
  free(err);
  ck_assert_msg(t2 <= 3 * t1, "zoc check: 40000 duplicates took %.2f s, 20000 took %.2f s (ratio %.2f > 3: not linear)", t2,
                t1, t2 / t1);
}
END_TEST

/* n imported files of a format each: the files read once each (a set of
 * their paths) and every format checked on its own */
static const char *many_imports(const char *name, int n) {
  char dir[900], path[1000];
  snprintf(dir, sizeof dir, "%s/%s", zt_tmpdir(), name);
  ck_assert_int_eq(mkdir(dir, 0755), 0);
  StrBuf main = {0};
  for (int i = 0; i < n; i++) {
    snprintf(path, sizeof path, "%s/f%d.zo", dir, i);
    FILE *f = fopen(path, "w");
    fprintf(f, "format f%d { storage w : f32[K, N]\n dequant(k, n) = w[k, n] }\n", i);
    fclose(f);
    zo_sb_printf(&main, "import \"%s/f%d.zo\"\n", name, i);
  }
  const char *p = program(name, main.buf);
  zo_sb_free(&main);
  return p;
}

START_TEST(check_imports_is_linear) {
  char *out, *err;
  const char *p1 = many_imports("imp1", 10000), *p2 = many_imports("imp2", 20000);
  double t1 = timed_check(p1, 0, &out, &err);
  ck_assert_msg(strstr(out, ": ok (0 models, 0 recipes)\n") != NULL, "%.1000s%.2000s", out, err);
  free(out);
  free(err);
  double t2 = timed_check(p2, 0, &out, &err);
  ck_assert_msg(strstr(out, ": ok (0 models, 0 recipes)\n") != NULL, "%.1000s%.2000s", out, err);
  free(out);
  free(err);
  ck_assert_msg(t2 <= 3 * t1, "zoc check: 20000 imports took %.2f s, 10000 took %.2f s (ratio %.2f > 3: not linear)", t2, t1,
                t2 / t1);
}
END_TEST

int main(void) {
  Suite *s = suite_create("passes");
  TCase *t = tcase_create("passes");
  tcase_set_timeout(t, 120);
  tcase_add_test(t, golden_models);
  tcase_add_test(t, every_model_checks);
  tcase_add_test(t, every_format_compiles);
  tcase_add_test(t, pass_resolve);
  tcase_add_test(t, pass_infer);
  tcase_add_test(t, pass_unroll);
  tcase_add_test(t, pass_dce);
  tcase_add_test(t, pass_zomark);
  tcase_add_test(t, pass_fuse);
  tcase_add_test(t, memplan_llama_7b);
  tcase_add_test(t, sizes_past_the_cap);
  tcase_add_test(t, check_is_linear);
  tcase_add_test(t, check_duplicates_is_linear);
  tcase_add_test(t, check_imports_is_linear);
  suite_add_tcase(s, t);
  return zt_run_suite(s);
}
