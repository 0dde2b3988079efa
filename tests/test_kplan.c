/* test_kplan.c — the kernel plan (codegen/kplan.h) as a user sees it:
 * `zoc ir FILE.zo --after kplan [--device cpu] [--target ...]`. Each
 * expectation is worked out from the model's own IR (`zoc ir`, after
 * memplan), parsed here: the kernels and their members from the fusion
 * groups, the gate/up pairs from the `mul` of a silu'd matmul and another
 * matmul of the same X, the ropes of a matmul's product, the f16 values from
 * the uses of each value, the logits from the output. Which decisions a
 * target allows: f16 values only on wgmma, pairs and rope in the epilogue
 * only on wgmma by the copy engine, the fused cross-entropy on every GPU
 * target, none of them on the CPU. And a kernel no backend can generate:
 * the plan says why, and `zoc cuda` and `zoc llvm` refuse it with that one
 * reason. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

#define MAXV 4096
#define MAXA 4

/* one value of the printed IR */
typedef struct IrVal {
  bool present;
  char op[32];
  int narg, arg[MAXA];
  int group;          /* -1: none */
  bool root;          /* not "(inner)" */
  bool f32;
  long last;          /* the last dim when constant, else -1 */
  long heads;         /* rope's and attention's heads attribute */
} IrVal;

typedef struct Ir {
  IrVal v[MAXV];
  int nvals, ngroups, output;
} Ir;

static char *run_ok(const char *args) {
  char *out = NULL, *err = NULL;
  int rc = zt_zoc(args, &out, &err);
  ck_assert_msg(rc == 0, "zoc %s failed (%d): %s", args, rc, err ? err : "");
  free(err);
  return out;
}

static void parse_line(Ir *ir, const char *l) {
  int id, n = 0;
  if (sscanf(l, " output %%%d", &ir->output) == 1) return;
  if (sscanf(l, " %%%d = %n", &id, &n) != 1 || n == 0) return;
  ck_assert(id >= 0 && id < MAXV);
  IrVal *v = &ir->v[id];
  v->present = true;
  v->group = -1;
  v->last = -1;
  sscanf(l + n, "%31s", v->op);
  const char *colon = strstr(l, " : ");
  ck_assert_msg(colon, "no type in '%s'", l);
  const char *brace = strchr(l + n, '{');
  const char *args_end = brace && brace < colon ? brace : colon;
  for (const char *s = l + n; (s = strchr(s, '%')) && s < args_end; s++) {
    ck_assert(v->narg < MAXA);
    v->arg[v->narg++] = atoi(s + 1);
  }
  const char *h = strstr(l, "{heads=");
  if (h && h < colon) v->heads = atol(h + 7);
  v->f32 = strncmp(colon + 3, "f32[", 4) == 0;
  const char *close = strchr(colon, ']'), *comma = close;
  while (comma > colon && comma[-1] != ' ' && comma[-1] != '[') comma--;
  if (close && comma[0] >= '0' && comma[0] <= '9') v->last = atol(comma);
  const char *k = strstr(colon, "  kernel ");
  if (k) {
    v->group = atoi(k + 9);
    v->root = strncmp(strchr(k + 9, ' ') ? strchr(k + 9, ' ') : "", " (inner)", 8) != 0;
    if (v->group + 1 > ir->ngroups) ir->ngroups = v->group + 1;
  }
  if (id + 1 > ir->nvals) ir->nvals = id + 1;
}

static Ir *parse_ir(const char *text) {
  Ir *ir = calloc(1, sizeof *ir);
  ir->output = -1;
  char *copy = strdup(text), *save = NULL;
  for (char *l = strtok_r(copy, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) parse_line(ir, l);
  free(copy);
  ck_assert(ir->ngroups > 0 && ir->output >= 0);
  return ir;
}

/* the plan's line of kernel g (and the lines under it, up to the next kernel) */
static char *plan_kernel(const char *plan, int g) {
  char head[32];
  snprintf(head, sizeof head, "\nkernel %d ", g);
  const char *s = strstr(plan, head);
  ck_assert_msg(s, "no kernel %d in the plan:\n%s", g, plan);
  s++;
  const char *e = strstr(s + 1, "\nkernel ");
  if (!e) e = strstr(s, "\nf16 values:");
  ck_assert(e);
  return strndup(s, (size_t)(e - s) + 1);   /* with its last newline */
}

static bool is_ew(const char *op) {
  static const char *const ew[] = {"add", "sub", "mul", "scale", "silu", "gelu", "gelu_tanh", "relu"};
  for (size_t i = 0; i < sizeof ew / sizeof ew[0]; i++)
    if (strcmp(op, ew[i]) == 0) return true;
  return false;
}

/* a group's kind from its members, as fuse.c's groups are meant */
static const char *kind_of(const Ir *ir, int g) {
  bool mm = false, norm = false, other = false;
  const char *last = NULL;
  for (int i = 0; i < ir->nvals; i++) {
    const IrVal *v = &ir->v[i];
    if (!v->present || v->group != g) continue;
    mm |= strcmp(v->op, "matmul") == 0;
    norm |= strcmp(v->op, "rms_norm") == 0 || strcmp(v->op, "layer_norm") == 0;
    other |= !is_ew(v->op);
    last = v->op;
  }
  return mm ? "matmul" : norm ? "norm" : !other ? "elementwise" : last;
}

static int uses_of(const Ir *ir, int id) {
  int n = 0;
  for (int i = 0; i < ir->nvals; i++)
    for (int a = 0; a < ir->v[i].narg; a++) n += ir->v[i].present && ir->v[i].arg[a] == id;
  return n + (ir->output == id);
}

static bool has(const char *text, const char *fmt, int a, int b) {
  char needle[128];
  snprintf(needle, sizeof needle, fmt, a, b);
  return strstr(text, needle) != NULL;
}

/* the section "f16 values: ..." / "memory hints: ..." of a plan */
static const char *section(const char *plan, const char *name) {
  const char *s = strstr(plan, name);
  ck_assert_msg(s, "no '%s' in the plan:\n%s", name, plan);
  return s;
}

static bool in_line(const char *line, int id, const char *suffix) {
  char needle[64];
  snprintf(needle, sizeof needle, " %%%d%s", id, suffix);
  const char *e = strchr(line, '\n');
  for (const char *s = line; (s = strstr(s, needle)) && (!e || s < e); s++) {
    char c = s[strlen(needle)];
    if (suffix[0] || c == ' ' || c == '\n' || c == '(' || c == '=' || c == 0) return true;
  }
  return false;
}

/* A decision that moves work from one kernel to another: line `a` under
 * kernel ga and `b` under kernel gb, both there when `want`, and then value
 * `gone`'s product kept out of memory (a 0-byte hint). */
static void check_moved(const char *plan, int ga, const char *a, int gb, const char *b, int gone, bool want, const char *what) {
  char *ka = plan_kernel(plan, ga), *kb = plan_kernel(plan, gb);
  ck_assert_msg((strstr(ka, a) != NULL) == want && (strstr(kb, b) != NULL) == want, "%s: '%s' and '%s' are%s planned:\n%s\n%s",
                what, a, b, want ? " not" : "", ka, kb);
  ck_assert_msg(!want || in_line(section(plan, "memory hints:"), gone, "=0B"), "%s: %%%d is not a 0-byte hint", what, gone);
  free(ka);
  free(kb);
}

typedef struct Want {
  bool half, pairs, rope, ce;
} Want;

/* Every check of one plan against the IR. */
static void check_plan(const Ir *ir, const char *plan, Want w, const char *what) {
  char head[64];
  snprintf(head, sizeof head, ": %d kernels;", ir->ngroups);
  ck_assert_msg(strstr(plan, head), "%s: the plan does not have the IR's %d kernels:\n%.400s", what, ir->ngroups, plan);
  ck_assert_msg(!strstr(plan, "cannot be generated"), "%s: a kernel cannot be generated:\n%s", what, plan);
  int pairs = 0, ropes = 0, halves = 0;
  const char *f16 = section(plan, "f16 values:"), *hints = section(plan, "memory hints:");
  for (int g = 0; g < ir->ngroups; g++) {
    char *k = plan_kernel(plan, g);
    /* its kind and members, and what it reads from other kernels, in IR order */
    char want[256];
    snprintf(want, sizeof want, "kernel %d %s at ", g, kind_of(ir, g));
    ck_assert_msg(strncmp(k, want, strlen(want)) == 0, "%s: '%s' is not '%s...'", what, k, want);
    const char *reads = strstr(k, "; reads");
    ck_assert(reads);
    for (int i = 0; i < ir->nvals; i++) {
      const IrVal *v = &ir->v[i];
      if (!v->present || v->group != g) continue;
      char member[64];
      snprintf(member, sizeof member, " %%%d=%s", i, v->op);
      const char *at = strstr(k, member);
      ck_assert_msg(at && at < reads && (at[strlen(member)] == ' ' || at[strlen(member)] == ';'),
                    "%s: kernel %d's members lack%s: %s", what, g, member, k);
      for (int a = 0; a < v->narg; a++)
        if (ir->v[v->arg[a]].group != g) {
          ck_assert_msg(in_line(reads, v->arg[a], ""), "%s: kernel %d does not read %%%d: %s", what, g, v->arg[a], k);
        }
    }
    free(k);
  }
  for (int i = 0; i < ir->nvals; i++) {
    const IrVal *v = &ir->v[i];
    if (!v->present) continue;
    /* the gate/up pair: mul(silu(gate), up) of one X: up's kernel runs inside the mul's */
    if (strcmp(v->op, "mul") == 0 && v->narg == 2) {
      const IrVal *s = &ir->v[v->arg[0]], *up = &ir->v[v->arg[1]];
      if (strcmp(s->op, "silu") == 0 && strcmp(ir->v[s->arg[0]].op, "matmul") == 0 && strcmp(up->op, "matmul") == 0 &&
          ir->v[s->arg[0]].arg[0] == up->arg[0]) {
        char first[96], second[96];
        snprintf(first, sizeof first, "pair: its matmul %%%d runs in kernel %d\n", v->arg[1], v->group);
        snprintf(second, sizeof second, "pair: with the matmul %%%d,", v->arg[1]);
        check_moved(plan, up->group, first, v->group, second, v->arg[1], w.pairs, what);
        pairs++;
      }
    }
    /* rope of a matmul's product read by nothing else: in that matmul's epilogue */
    if (strcmp(v->op, "rope") == 0 && strcmp(ir->v[v->arg[0]].op, "matmul") == 0 && uses_of(ir, v->arg[0]) == 1) {
      const int g = ir->v[v->arg[0]].group;
      char at[96], in[96];
      snprintf(at, sizeof at, "rope: %%%d in the epilogue\n", i);
      snprintf(in, sizeof in, "rope: run by kernel %d's epilogue\n", g);
      check_moved(plan, g, at, v->group, in, v->arg[0], w.rope, what);
      ropes++;
    }
    /* f16: a value whose every use is a matmul's X in another kernel, made by a matmul, norm or elementwise kernel */
    bool only_x = v->group >= 0 && v->root && v->f32 && v->last > 0 && v->last % 8 == 0 && ir->output != i;
    int uses = 0;
    for (int j = 0; j < ir->nvals && only_x; j++)
      for (int a = 0; a < ir->v[j].narg; a++)
        if (ir->v[j].present && ir->v[j].arg[a] == i) {
          only_x &= strcmp(ir->v[j].op, "matmul") == 0 && a == 0 && ir->v[j].group != v->group;
          uses++;
        }
    const char *kind = v->group >= 0 ? kind_of(ir, v->group) : "";
    only_x &= uses > 0 && (!strcmp(kind, "matmul") || !strcmp(kind, "norm") || !strcmp(kind, "elementwise"));
    if (only_x) {
      ck_assert_msg(in_line(f16, i, "") == w.half, "%s: %%%d (%s, read only as a matmul's X) is%s stored as f16: %.300s", what,
                    i, v->op, w.half ? " not" : "", f16);
      if (w.half) ck_assert_msg(in_line(hints, i, "=2B"), "%s: f16 value %%%d has no 2-byte hint", what, i);
      halves++;
    }
    /* every f16 value is f32 in the IR, not an output, read only by matmuls (as X) or attention */
    if (in_line(f16, i, "")) {
      ck_assert_msg(w.half && v->f32 && ir->output != i, "%s: %%%d should not be f16", what, i);
      for (int j = 0; j < ir->nvals; j++)
        for (int a = 0; a < ir->v[j].narg; a++)
          if (ir->v[j].present && ir->v[j].arg[a] == i)
            ck_assert_msg((strcmp(ir->v[j].op, "matmul") == 0 && a == 0) || strcmp(ir->v[j].op, "attention") == 0,
                          "%s: f16 value %%%d is read by %%%d (%s)", what, i, j, ir->v[j].op);
    }
  }
  ck_assert_msg(pairs > 0 && ropes > 0 && halves > 0, "%s: the model has no gate/up pair, rope or matmul input", what);
  if (!w.half) ck_assert_msg(strncmp(f16, "f16 values: none", 16) == 0, "%s: f16 values on a target without wgmma", what);
  if (!w.half && !w.pairs && !w.rope)
    ck_assert_msg(strncmp(hints, "memory hints: none", 18) == 0, "%s: memory hints with no decision to make them", what);
  /* the logits: the output, a matmul's product nothing reads */
  const IrVal *o = &ir->v[ir->output];
  char *ko = plan_kernel(plan, o->group);
  ck_assert_msg(has(ko, "cross_entropy: fused into the logits %%%d", ir->output, 0) == w.ce, "%s: the cross-entropy is%s fused: %s",
                what, w.ce ? " not" : "", ko);
  ck_assert_int_eq(strstr(plan, "cross_entropy: fused") != NULL, w.ce);
  free(ko);
}

static void check_target(const char *model, const char *opts, Want w) {
  char a[1024];
  snprintf(a, sizeof a, "ir %s %s", zt_src("models/llama.zo"), model);
  char *irtext = run_ok(a);
  Ir *ir = parse_ir(irtext);
  snprintf(a, sizeof a, "ir %s %s --after kplan %s", zt_src("models/llama.zo"), model, opts);
  char *plan = run_ok(a);
  check_plan(ir, plan, w, a);
  char *again = run_ok(a);
  ck_assert_msg(strcmp(plan, again) == 0, "zoc %s is not deterministic", a);
  free(again);
  free(plan);
  free(ir);
  free(irtext);
}

START_TEST(llama_each_target) {
  const char *m = "-D L=2";
  check_target(m, "", (Want){.half = true, .pairs = true, .rope = true, .ce = true});   /* an H100's: wgmma, the copy engine */
  check_target(m, "--target tma=0", (Want){.half = true, .ce = true});
  check_target(m, "--target matmul=mma", (Want){.ce = true});
  check_target(m, "--target matmul=f32", (Want){.ce = true});
  check_target(m, "--device cpu", (Want){0});
}
END_TEST

/* a Llama with grouped-query attention and other sizes: the same rules */
START_TEST(llama_other_shapes) {
  check_target("-D L=3 -D D=512 -D H=8 -D KV=2 -D F=1408 -D V=1000 --recipe qzo",
               "--device cuda", (Want){.half = true, .pairs = true, .rope = true, .ce = true});
  check_target("-D L=1 -D D=512 -D H=8 -D KV=2 -D F=1408 -D V=1000 -D 'W=gptq(bits=2, G=64)'", "--device cpu", (Want){0});
}
END_TEST

/* A kernel no backend can generate (softmax of a weight the recipe
 * perturbs: only elementwise, norm, matmul and embedding kernels apply a
 * perturbation): the plan says why, and both backends refuse it with that
 * one reason, naming the kernel. */
START_TEST(one_reason_for_both_backends) {
  char path[1024], a[2048], *out = NULL, *err = NULL;
  snprintf(path, sizeof path, "%s/odd.zo", zt_tmpdir());
  FILE *f = fopen(path, "w");
  ck_assert(f);
  fprintf(f,
          "import \"%s\"\n"
          "model odd(V = 64, D = 64) {\n"
          "  input tokens : i32[B, T]\n"
          "  weight embed : f32[V, D] = \"embed\"\n"
          "  weight g : f32[D] = \"g\"\n"
          "  x = embedding(embed, tokens)\n"
          "  y = x * softmax(g)\n"
          "  output y\n"
          "}\n"
          "recipe mezo for odd {\n"
          "  perturb all\n"
          "  eps = 1e-3  lr = 1e-4  clip = 0  batch = 8  steps = 200\n"
          "}\n",
          zt_src("models/formats.zo"));
  fclose(f);
  const char *why = "a perturbed weight is read by an op that does not apply perturbations here";
  snprintf(a, sizeof a, "ir %s --recipe mezo --after kplan --device cpu", path);
  char *plan = run_ok(a);
  char *k = plan_kernel(plan, 1);
  ck_assert_msg(strstr(k, "softmax") && strstr(k, why), "the plan does not say why kernel 1 cannot be generated:\n%s", plan);
  int n = 0;
  for (const char *s = plan; (s = strstr(s, "cannot be generated")); s++) n++;
  ck_assert_msg(n == 1, "only kernel 1 cannot be generated:\n%s", plan);
  free(k);
  free(plan);
  const char *verbs[] = {"cuda", "llvm"};
  for (int i = 0; i < 2; i++) {
    snprintf(a, sizeof a, "%s %s --recipe mezo", verbs[i], path);
    int rc = zt_zoc(a, &out, &err);
    if (i == 1 && rc == 2 && err && strstr(err, "unknown")) break;   /* built without LLVM */
    ck_assert_msg(rc == 1 && err && strstr(err, "kernel 1 (softmax at %") && strstr(err, why), "zoc %s: exit %d, %s", a, rc,
                  err ? err : "");
    free(out);
    free(err);
    out = err = NULL;
  }
  free(out);
  free(err);
}
END_TEST

/* choosing the plan's target where it does not apply is the user's mistake */
START_TEST(options_misused) {
  static const struct {
    const char *args, *msg;
  } bad[] = {
    {"--target matmul=mma", "go with --after kplan"},
    {"--after memplan --device cpu", "go with --after kplan"},
    {"--after kplan --device cpu --target matmul=wgmma", "matmul"},
    {"--after kplan --device tpu", "unknown device 'tpu'"},
    {"--after kplan --target matmul=simd", "matmul"},
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    char a[1024], *out = NULL, *err = NULL;
    snprintf(a, sizeof a, "ir %s -D L=1 %s", zt_src("models/llama.zo"), bad[i].args);
    int rc = zt_zoc(a, &out, &err);
    ck_assert_msg(rc == 2 && err && strstr(err, bad[i].msg), "zoc %s: exit %d, '%s' (wanted 2 and '%s')", a, rc,
                  err ? err : "", bad[i].msg);
    free(out);
    free(err);
  }
}
END_TEST

int main(void) {
  Suite *s = suite_create("kplan");
  TCase *t = tcase_create("kplan");
  tcase_set_timeout(t, 120);
  tcase_add_test(t, llama_each_target);
  tcase_add_test(t, llama_other_shapes);
  tcase_add_test(t, one_reason_for_both_backends);
  tcase_add_test(t, options_misused);
  suite_add_tcase(s, t);
  return zt_run_suite(s);
}
