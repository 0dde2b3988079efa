/* test_sizes.c — sizes the user chose that this machine cannot hold, through
 * the commands a user types: -D values (random-weights, bench), a batch
 * (bench --batch, train --set batch), a data line (loss, train and eval
 * without --max-len). Each must exit 1 at once with a message that names what does
 * not fit, how much it needs against what is left, and what to change —
 * never "internal error", an abort or an OOM kill — and the same command at
 * sizes that fit must still work.
 *
 * What is left is made the same on every machine by running zoc under an
 * address-space limit (ulimit -v, RLIMIT_AS, one of the limits
 * support/memfit.c reads); the sizes asked for are far past it. The byte
 * count a message gives is checked against a count made here from the
 * shapes: at least the tensors named, at most a little more.
 *
 * The backends' own checks (what a forward of B x T allocates, made when it
 * allocates) are driven through the API in a child whose RLIMIT_AS is set
 * just above what it holds: the ref and the cpu backend refuse a forward
 * whose logits alone are past the limit, and the next forward that fits
 * runs. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "frontend/ast.h"
#include "passes/passes.h"
#include "runtime/exec.h"
#include "runtime/randw.h"
#include "runtime/safetensors.h"
#include "runtime/weights.h"
#include "support/memfit.h"
#include "testutil.h"

extern const Backend zo_backend_ref;
#ifdef ZOC_HAVE_LLVM
extern const Backend zo_backend_cpu;
#endif

#define GB (1LL << 30)

static const char *tmp(const char *name) {
  static char bufs[16][700];
  static int i;
  char *b = bufs[i++ % 16];
  snprintf(b, sizeof bufs[0], "%s/%s", zt_tmpdir(), name);
  return b;
}

/* `zoc ARGS` under an address-space limit of LIMIT bytes, with a hang guard */
static int zoc_limited(long long limit, char **out, char **err, const char *fmt, ...) ZO_PRINTF(4, 5);
static int zoc_limited(long long limit, char **out, char **err, const char *fmt, ...) {
  char args[4096], cmd[5000];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(args, sizeof args, fmt, ap);
  va_end(ap);
  snprintf(cmd, sizeof cmd, "ulimit -v %lld && exec timeout 300 '%s' %s", limit / 1024, ZOC_BINARY, args);
  return zt_run(cmd, out, err);
}

/* the N of "needs SIZE (N bytes)" in a message; -1 if there is none */
static long long needs_bytes(const char *err) {
  const char *p = strstr(err, ": needs ");
  if (!p) return -1;
  p = strchr(p, '(');
  return p ? strtoll(p + 1, NULL, 10) : -1;
}

/* what every refusal says: exit 1, the sizes, what to change, and no abort */
static void refused(int rc, const char *err, const char *what, const char *fix) {
  ck_assert_msg(rc == 1, "exit %d, not 1: %.3000s", rc, err);
  ck_assert_msg(strstr(err, what) != NULL, "no '%s' in:\n%.3000s", what, err);
  ck_assert_msg(strstr(err, fix) != NULL, "no '%s' in:\n%.3000s", fix, err);
  ck_assert_msg(strstr(err, " left (") != NULL, "no limit named in:\n%.3000s", err);
  ck_assert_msg(!strstr(err, "internal error") && !strstr(err, "this is a bug"), "%.3000s", err);
}

static bool exists(const char *path) {
  struct stat sb;
  return stat(path, &sb) == 0;
}

/* ---- -D sizes: random-weights and bench */
START_TEST(random_weights_too_large) {
  const char *tiny = zt_src("models/tiny.zo"), *w = tmp("huge.safetensors");
  char *out = NULL, *err = NULL;
  /* V = 2^31: the embedding and the lm_head are [2^31, 64] f32 each, and the quantizers' f32 values of the
     largest weight as much again */
  const long long V = 1LL << 31, D = 64, three = 3 * V * D * 4;
  int rc = zoc_limited(8 * GB, &out, &err, "random-weights %s -D V=%lld -o %s", tiny, V, w);
  refused(rc, err, "random weights for model 'tiny' (the largest, 'embed', is [2147483648, 64] of f32): needs ",
          "choose smaller sizes for the model's parameters (-D NAME=VALUE)");
  long long need = needs_bytes(err);
  ck_assert_msg(need >= three && need <= three + (16LL << 20), "needs %lld, expected %lld + the small weights", need, three);
  ck_assert_msg(!exists(w), "%s was written", w);
  free(out);
  free(err);
  /* -D D=1e9: its q projection is past what one tensor may take, an error at the declaration */
  rc = zoc_limited(8 * GB, &out, &err, "random-weights %s -D D=1e9 -o %s", tiny, w);
  ck_assert_msg(rc == 1 && strstr(err, "tiny.zo:13:18: error: weight 'wq' [1000000000, 1000000000] is too large"), "%.3000s", err);
  ck_assert_ptr_null(strstr(err, "internal error"));
  free(out);
  free(err);
  /* under the same limit, a size that fits is made */
  rc = zoc_limited(8 * GB, &out, &err, "random-weights %s -D V=65536 -o %s", tiny, w);
  ck_assert_msg(rc == 0 && exists(w), "%.3000s", err);
  free(out);
  free(err);
}
END_TEST

START_TEST(bench_too_large) {
  const char *tiny = zt_src("models/tiny.zo");
  char *out = NULL, *err = NULL;
  /* a step's forward is 2B rows: its logits alone are 2B·T·V·4 bytes */
  const long long B = 100000, T = 4096, V = 64;
  int rc = zoc_limited(8 * GB, &out, &err, "bench %s --random-weights --batch %lld --seq %lld", tiny, B, T);
  refused(rc, err, "zoc bench (a ZO step runs both signs of --batch at once), a forward of B=200000 x T=4096 tokens (activations ", "a smaller --batch or --seq");
  ck_assert_int_ge(needs_bytes(err), 2 * B * T * V * 4);
  ck_assert_msg(out == NULL || strstr(out, "\"bench\"") == NULL, "it ran: %s", out);
  free(out);
  free(err);
  /* -D V=2^31 at the default --batch 1 --seq 128 */
  rc = zoc_limited(8 * GB, &out, &err, "bench %s --random-weights -D V=2147483648", tiny);
  refused(rc, err, "zoc bench (a ZO step runs both signs of --batch at once), a forward of B=2 x T=128 tokens", "(or smaller -D values)");
  ck_assert_int_ge(needs_bytes(err), 2LL * 128 * (1LL << 31) * 4);
  free(out);
  free(err);
  /* --batch and --seq whose product passes int64: still the user's sizes */
  rc = zoc_limited(8 * GB, &out, &err, "bench %s --random-weights --batch 4000000000000 --seq 4000000000", tiny);
  ck_assert_msg(rc == 1 && strstr(err, "would take more than 2^48 bytes"), "%.3000s", err);
  ck_assert_ptr_null(strstr(err, "internal error"));
  free(out);
  free(err);
}
END_TEST

/* ---- a data line of 2,000,000 tokens (10 MB) */
static const char *long_line(const char *name, int n, int V, int short_lines) {
  const char *path = tmp(name);
  FILE *f = fopen(path, "w");
  uint64_t s = zt_seed() ^ 0x10e;
  for (int i = 0; i < short_lines; i++) {
    fputs("{\"tokens\": [", f);
    for (int t = 0; t < 12; t++) fprintf(f, "%s%d", t ? ", " : "", (int)(zt_next(&s) % (uint64_t)V));
    fputs("]}\n", f);
  }
  fputs("{\"tokens\": [", f);
  for (int t = 0; t < n; t++) fprintf(f, "%s%d", t ? "," : "", (int)(zt_next(&s) % (uint64_t)V));
  fputs("]}\n", f);
  ck_assert_int_eq(fclose(f), 0);
  return path;
}

START_TEST(loss_long_line) {
  const char *tiny = zt_src("models/tiny.zo"), *w = tmp("v1024.safetensors");
  char *out = NULL, *err = NULL;
  ck_assert_int_eq(zoc_limited(8 * GB, &out, &err, "random-weights %s -D V=1024 -o %s", tiny, w), 0);
  free(out);
  free(err);
  const long long T = 2000000, V = 1024;
  const char *data = long_line("long.jsonl", (int)T, (int)V, 3);
  int rc = zoc_limited(4 * GB, &out, &err, "loss %s -D V=1024 --weights %s --data %s", tiny, w, data);
  refused(rc, err, "zoc loss of the longest line of --data, a forward of B=1 x T=2000000 tokens",
          "shorter lines in --data (each line is one forward)");
  ck_assert_int_ge(needs_bytes(err), 2 * T * V * 4);   /* the logits in the plan and their copy */
  ck_assert_msg(out == NULL || out[0] == 0, "it printed losses: %.300s", out);
  free(out);
  free(err);
}
END_TEST

/* ---- zoc train: --set batch, and a row without --max-len */
START_TEST(train_batch_too_large) {
  const char *tiny = zt_src("models/tiny.zo"), *w = tmp("t1024.safetensors"), *run = tmp("run_batch");
  char *out = NULL, *err = NULL;
  ck_assert_int_eq(zoc_limited(8 * GB, &out, &err, "random-weights %s -D V=1024 -o %s", tiny, w), 0);
  free(out);
  free(err);
  char common[2048];
  snprintf(common, sizeof common,
           "train %s -D V=1024 --recipe qzo --weights %s --tokenizer %s --task sst2 --data %s --train-examples 8 "
           "--eval-examples 4 --out %s --steps 2 --device ref --quiet",
           tiny, w, zt_src("tests/data/tok/gpt2.json"), zt_src("tests/data/tasks/sst2.jsonl"), run);
  /* SST-2 has two candidates an item: a step of 100000 items is 2 signs x 2 x 100000 rows */
  int rc = zoc_limited(8 * GB, &out, &err, "%s --set batch=100000", common);
  refused(rc, err, "zoc train, a step of 100000 items (400000 rows of up to ",
          "use a smaller batch (--set batch=N, now 100000) or shorter rows (--max-len N cuts a task's prompts; an lm "
          "line is cut in --data)");
  ck_assert_int_ge(needs_bytes(err), 400000LL * 1024 * 4);   /* the logits of one position a row, at least */
  ck_assert_msg(!exists(run), "%s was made by a run that could not start", run);
  free(out);
  free(err);
  /* a batch past what items are counted in */
  rc = zoc_limited(8 * GB, &out, &err, "%s --set batch=3e9", common);
  ck_assert_msg(rc == 1 && strstr(err, "training settings: batch = 3000000000 is more than 2147483647 items a step"),
                "%.3000s", err);
  free(out);
  free(err);
  /* the same run at a batch that fits trains */
  rc = zoc_limited(8 * GB, &out, &err, "%s --set batch=2", common);
  ck_assert_msg(rc == 0 && exists(run), "%.3000s", err);
  free(out);
  free(err);
}
END_TEST

START_TEST(train_long_row) {
  const char *tiny = zt_src("models/tiny.zo"), *w = tmp("t64.safetensors"), *run = tmp("run_row");
  char *out = NULL, *err = NULL;
  ck_assert_int_eq(zoc_limited(8 * GB, &out, &err, "random-weights %s -D V=1024 -o %s", tiny, w), 0);
  free(out);
  free(err);
  /* an lm line of 2,000,000 tokens (10 MB): all of it targets, so only a shorter line helps */
  const char *data = long_line("lm.jsonl", 2000000, 1024, 8);
  char common[2048];
  snprintf(common, sizeof common, "train %s -D V=1024 --recipe qzo --weights %s --task lm --data %s --out %s --steps 2 "
           "--device ref --quiet", tiny, w, data, run);
  int rc = zoc_limited(8 * GB, &out, &err, "%s", common);
  refused(rc, err, "zoc train, a step of 8 items (16 rows of up to 2000000 tokens", "an lm line is cut in --data)");
  ck_assert_int_ge(needs_bytes(err), 16LL * 2000000 * 1024 * 4);   /* the logits, on the host for ref */
  ck_assert_msg(!exists(run), "%s was made by a run that could not start", run);
  free(out);
  free(err);
  /* zoc eval of the same data: its --batch (16 items: all 9 lines at once) */
  rc = zoc_limited(8 * GB, &out, &err, "eval %s -D V=1024 --weights %s --task lm --data %s --device ref", tiny, w, data);
  refused(rc, err, "zoc eval, an evaluation of 9 items at a time (9 rows of up to 2000000 tokens",
          "use a smaller batch (--batch N, now 16)");
  free(out);
  free(err);
  /* an SST-2 sentence of 200,000 words: --max-len cuts its prompt, as the message says, and the run trains */
  const char *sst = tmp("sst2_long.jsonl");
  FILE *f = fopen(sst, "w");
  fputs("{\"sentence\": \"", f);
  for (int i = 0; i < 200000; i++) fputs("good ", f);
  fputs("\", \"label\": 1}\n", f);
  fclose(f);
  char cat[2048];
  snprintf(cat, sizeof cat, "cat '%s' >> '%s'", zt_src("tests/data/tasks/sst2.jsonl"), sst);
  ck_assert_int_eq(zt_run(cat, NULL, NULL), 0);
  snprintf(common, sizeof common,
           "train %s -D V=1024 --recipe qzo --weights %s --tokenizer %s --task sst2 --data %s --train-examples 17 "
           "--eval-examples 4 --out %s --steps 2 --device ref --quiet",
           tiny, w, zt_src("tests/data/tok/gpt2.json"), sst, run);
  rc = zoc_limited(8 * GB, &out, &err, "%s", common);
  refused(rc, err, "rows of up to ", "(--max-len N cuts a task's prompts");   /* a step's, or an evaluation's: the shuffle says */
  ck_assert_ptr_nonnull(strstr(err, "zoc: error: zoc train, "));
  free(out);
  free(err);
  rc = zoc_limited(8 * GB, &out, &err, "%s --max-len 64", common);
  ck_assert_msg(rc == 0 && exists(run), "%.3000s", err);
  free(out);
  free(err);
}
END_TEST

/* ---- the backends' own checks, through the API */

/* tiny at small sizes, compiled and bound to random weights (st kept open) */
static Func *tiny_bound(Program **p, StFile **st) {
  const char *path = zt_src("models/tiny.zo"), *w = tmp("api.safetensors");
  *p = zo_parse_files(&path, 1);
  ck_assert_int_eq(zo_diag_count(), 0);
  Define defs[] = {{"D", "16"}, {"F", "32"}, {"L", "1"}, {"H", "2"}, {"KV", "1"}};
  CompileOptions co = {.defs = defs, .ndefs = 5};
  Func *f = zo_compile(*p, &co);
  ck_assert_ptr_nonnull(f);
  ck_assert_int_eq(zo_random_weights(f, 7, w), 0);
  ck_assert_ptr_nonnull(*st = zo_st_open(w));
  ck_assert_int_eq(zo_weights_bind(f, *st), 0);
  return f;
}

/* kB of the process's address space now */
static long long vm_size(void) {
  FILE *f = fopen("/proc/self/status", "r");
  char line[256];
  long long kb = -1;
  while (f && fgets(line, sizeof line, f))
    if (strncmp(line, "VmSize:", 7) == 0) kb = strtoll(line + 7, NULL, 10);
  if (f) fclose(f);
  return kb;
}

/* a forward of B x T through be with stderr into a file: its status, and the text in *msg */
static int forward_capturing(const Backend *be, void *state, const int32_t *tok, int64_t B, int64_t T, float *outp, char **msg) {
  const char *path = tmp("stderr.txt");
  fflush(stderr);
  int saved = dup(2);
  FILE *f = fopen(path, "w");
  dup2(fileno(f), 2);
  int rc = be->forward(state, tok, B, T, NULL, outp);
  fflush(stderr);
  dup2(saved, 2);
  close(saved);
  fclose(f);
  FILE *r = fopen(path, "r");
  char *buf = calloc(1, 8192);
  size_t n = fread(buf, 1, 8191, r);
  buf[n] = 0;
  fclose(r);
  *msg = buf;
  return rc;
}

static void backend_refuses(const Backend *be) {
  Program *p;
  StFile *st;
  Func *f = tiny_bound(&p, &st);
  void *state = be->open(f, 2, NULL);
  ck_assert_ptr_nonnull(state);
  /* B=64, T=65536: the logits alone are 64·65536·64·4 = 1 GiB; the limit leaves 256 MiB */
  const int64_t B = 64, T = 65536, small = 16;
  int32_t *tok = calloc((size_t)(B * T), sizeof(int32_t));
  float *logits = calloc((size_t)(small * 64), sizeof(float));
  long long vm = vm_size();
  ck_assert_int_gt(vm, 0);
  struct rlimit rl = {(rlim_t)(vm * 1024 + (256LL << 20)), (rlim_t)(vm * 1024 + (256LL << 20))};
  ck_assert_int_eq(setrlimit(RLIMIT_AS, &rl), 0);   /* this test's child process only */
  char *msg = NULL, want[128];
  ck_assert_int_eq(forward_capturing(be, state, tok, B, T, NULL, &msg), -1);
  snprintf(want, sizeof want, "the %s backend, a forward of B=64 x T=65536 tokens", be->name);
  ck_assert_msg(strstr(msg, want) && strstr(msg, "RLIMIT_AS") && strstr(msg, "use a smaller batch"), "%s", msg);
  ck_assert_int_ge(needs_bytes(msg), B * T * 64 * 4);
  free(msg);
  /* the state is still good: a forward that fits runs */
  ck_assert_int_eq(forward_capturing(be, state, tok, 1, small, logits, &msg), 0);
  ck_assert_msg(msg[0] == 0, "%s", msg);
  free(msg);
  free(tok);
  free(logits);
  be->close(state);
  zo_func_free(f);
  zo_st_close(st);
  zo_program_free(p);
}

START_TEST(ref_backend_refuses) { backend_refuses(&zo_backend_ref); }
END_TEST

#ifdef ZOC_HAVE_LLVM
START_TEST(cpu_backend_refuses) { backend_refuses(&zo_backend_cpu); }
END_TEST
#endif

/* ---- what the machine has: a limit that binds is the one named */
START_TEST(available_names_the_limit) {
  const char *src;
  int64_t before = zo_mem_available(&src);
  ck_assert_int_gt(before, 0);
  long long vm = vm_size();
  struct rlimit rl = {(rlim_t)(vm * 1024 + (64LL << 20)), (rlim_t)(vm * 1024 + (64LL << 20))};
  if (before <= (64LL << 20)) return;   /* a machine with less than 64 MiB left: the limit would not bind */
  ck_assert_int_eq(setrlimit(RLIMIT_AS, &rl), 0);
  int64_t after = zo_mem_available(&src);
  ck_assert_msg(strstr(src, "RLIMIT_AS") != NULL, "%s", src);
  ck_assert_int_le(after, 64LL << 20);
  ck_assert_int_gt(after, 32LL << 20);   /* the limit less what the process maps: about 64 MiB */
  ck_assert_int_eq(zo_mem_fit("a test (this refusal is expected)", after + 1, "nothing"), -1);
  ck_assert_int_eq(zo_mem_fit("a test", after / 2, "nothing"), 0);
  ck_assert_int_eq(zo_mem_add(INT64_MAX - 1, 2), INT64_MAX);
  ck_assert_int_eq(zo_mem_mul(1LL << 40, 1LL << 30), INT64_MAX);
}
END_TEST

int main(void) {
  Suite *s = suite_create("sizes");
  TCase *t = tcase_create("sizes");
  tcase_set_timeout(t, 600);
  tcase_add_test(t, available_names_the_limit);
  tcase_add_test(t, random_weights_too_large);
  tcase_add_test(t, bench_too_large);
  tcase_add_test(t, loss_long_line);
  tcase_add_test(t, train_batch_too_large);
  tcase_add_test(t, train_long_row);
  tcase_add_test(t, ref_backend_refuses);
#ifdef ZOC_HAVE_LLVM
  tcase_add_test(t, cpu_backend_refuses);
#endif
  suite_add_tcase(s, t);
  return zt_run_suite(s);
}
