/* testutil.c — shared helpers for the Check suites (see testutil.h). */
#include "testutil.h"

#include <jansson.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "support/support.h"


uint64_t zt_seed(void) {
  static uint64_t seed;
  static int done;
  if (!done) {
    const char *e = getenv("ZOC_TEST_SEED");
    seed = e ? strtoull(e, NULL, 0) : ((uint64_t)time(NULL) * 0x9E3779B97F4A7C15ull) ^ (uint64_t)getpid();
    fprintf(stderr, "test seed: ZOC_TEST_SEED=%llu\n", (unsigned long long)seed);
    done = 1;
  }
  return seed;
}

uint64_t zt_next(uint64_t *s) {
  uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

double zt_uniform(uint64_t *s, double lo, double hi) {
  return lo + (hi - lo) * ((double)(zt_next(s) >> 11) * (1.0 / 9007199254740992.0));
}

void zt_fill_uniform(float *x, size_t n, uint64_t *s, float lo, float hi) {
  for (size_t i = 0; i < n; i++) x[i] = (float)zt_uniform(s, lo, hi);
}

double zt_max_err(const float *a, const float *b, size_t n, double atol, double rtol) {
  double worst = 0;
  for (size_t i = 0; i < n; i++) {
    if (isnan(a[i]) || isnan(b[i])) return INFINITY;
    double e = fabs((double)a[i] - (double)b[i]) / (atol + rtol * fabs((double)b[i]));
    if (e > worst) worst = e;
  }
  return worst;
}

static char tmpdir[512];
static void rm_tmpdir(void) {
  if (tmpdir[0] && !getenv("ZOC_KEEP_TMP")) {
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", tmpdir);
  }
}
const char *zt_tmpdir(void) {
  if (!tmpdir[0]) {
    const char *t = getenv("TMPDIR");
    snprintf(tmpdir, sizeof tmpdir, "%s/zoc-test-XXXXXX", t ? t : "/tmp");
    if (!mkdtemp(tmpdir)) ck_abort_msg("mkdtemp failed");
    atexit(rm_tmpdir);
  }
  return tmpdir;
}

const char *zt_src(const char *rel) {
  static char bufs[8][1024];
  static int i;
  char *b = bufs[i++ % 8];
  const char *root = getenv("ZOC_SOURCE_DIR");
  snprintf(b, 1024, "%s/%s", root ? root : ZOC_SOURCE_DIR, rel);
  return b;
}

static char *slurp(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 4096, len = 0;
  char *s = malloc(cap);
  size_t n;
  while ((n = fread(s + len, 1, cap - len - 1, f)) > 0) {
    len += n;
    if (cap - len < 2) s = realloc(s, cap *= 2);
  }
  s[len] = 0;
  fclose(f);
  return s;
}

int zt_run(const char *cmd, char **out, char **err) {
  static int n;
  const char *d = zt_tmpdir();
  char o[700], e[700];
  snprintf(o, sizeof o, "%s/run%d.out", d, n);
  snprintf(e, sizeof e, "%s/run%d.err", d, n++);
  size_t len = strlen(cmd) + 2 * sizeof o + 32;
  char *full = malloc(len);
  snprintf(full, len, "(%s) >'%s' 2>'%s' </dev/null", cmd, o, e);
  int st = system(full);
  free(full);
  if (out) *out = slurp(o);
  if (err) *err = slurp(e);
  if (st == -1 || !WIFEXITED(st)) return -1;
  return WEXITSTATUS(st);
}

int zt_zoc(const char *args, char **out, char **err) {
  size_t len = strlen(args) + strlen(ZOC_BINARY) + 8;
  char *cmd = malloc(len);
  snprintf(cmd, len, "'%s' %s", ZOC_BINARY, args);
  int st = zt_run(cmd, out, err);
  free(cmd);
  return st;
}

char *zt_fmt(const char *f, ...) {
  va_list ap;
  va_start(ap, f);
  StrBuf sb = {0};
  zo_sb_vprintf(&sb, f, ap);
  va_end(ap);
  return zo_sb_take(&sb);
}

int zt_count(const char *hay, const char *needle) {
  int n = 0;
  for (const char *p = hay; p && (p = strstr(p, needle)); p += strlen(needle)) n++;
  return n;
}

int zt_python(const char *script_and_args, char **out, char **err) {
  const char *py = getenv("ZOC_PYTHON");
  if (!py || !*py || access(py, X_OK) != 0)
    ck_abort_msg("the Python oracles need %s: run scripts/test.sh (it makes .venv)", py ? py : "ZOC_PYTHON");
  size_t len = strlen(script_and_args) + strlen(py) + 8;
  char *cmd = malloc(len);
  snprintf(cmd, len, "'%s' %s", py, script_and_args);
  int st = zt_run(cmd, out, err);
  free(cmd);
  return st;
}

/* line N (1-based) of TEXT, at most 300 bytes of it, for a message; "(the end
   of the file)" past the last */
static void golden_line(StrBuf *sb, const char *text, int line) {
  const char *p = text;
  for (int i = 1; i < line && p; i++) p = (p = strchr(p, '\n')) ? p + 1 : NULL;
  if (!p || !*p) {
    zo_sb_puts(sb, "(the end of the file)");
    return;
  }
  size_t n = strcspn(p, "\n");
  zo_sb_printf(sb, "`%.*s`%s", (int)(n > 300 ? 300 : n), p, n > 300 ? "..." : "");
}

int zt_diff_line(const char *golden, const char *now, char **text) {
  size_t i = 0;
  int line = 1;
  while (golden[i] && golden[i] == now[i]) line += golden[i++] == '\n';
  if (golden[i] == now[i]) return 0;
  if (text) {
    StrBuf sb = {0};
    zo_sb_puts(&sb, "  golden: ");
    golden_line(&sb, golden, line);
    zo_sb_puts(&sb, "\n  now:    ");
    golden_line(&sb, now, line);
    *text = zo_sb_take(&sb);
  }
  return line;
}

bool zt_golden(const char *rel, const char *text, const char *what, char **why) {
  const char *path = zt_src(rel);
  *why = NULL;
  if (getenv("ZOC_UPDATE_GOLDEN")) {
    mkdir(zt_src("tests/golden"), 0777);
    char dir[1024];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (slash) *slash = 0;
    mkdir(dir, 0777);   /* tests/golden/KIND, the first time */
    ck_assert_msg(zo_write_file_atomic(path, text, strlen(text)) == 0, "cannot write %s", path);
    return true;
  }
  char *want = slurp(path);
  StrBuf sb = {0};
  if (!want) {
    zo_sb_printf(&sb, "%s: missing (ZOC_UPDATE_GOLDEN=1 makes it from `%s`: read it before committing it)", rel, what);
    *why = zo_sb_take(&sb);
    return false;
  }
  char *lines = NULL;
  int line = zt_diff_line(want, text, &lines);
  if (line) {
    zo_sb_printf(&sb, "%s:%d: differs from what `%s` prints now\n%s\n  (if the change is meant, ZOC_UPDATE_GOLDEN=1 "
                 "rewrites the golden file: read its diff before committing it)", rel, line, what, lines);
    *why = zo_sb_take(&sb);
  }
  free(lines);
  free(want);
  return line == 0;
}

int zt_run_suite(Suite *s) {
  zt_seed();
  SRunner *sr = srunner_create(s);
  srunner_run_all(sr, CK_NORMAL);
  int failed = srunner_ntests_failed(sr);
  srunner_free(sr);
  return failed == 0 ? 0 : 1;
}

double zt_normwise(const float *a, const float *b, int64_t n) {
  double num = 0, den = 0;
  for (int64_t i = 0; i < n; i++) {
    if (!isfinite(a[i])) return INFINITY;
    double d = (double)a[i] - (double)b[i];
    num += d * d;
    den += (double)b[i] * (double)b[i];
  }
  return den > 0 ? sqrt(num / den) : sqrt(num);
}

void zt_write_tokens(const char *path, int n, int lo, int hi, int V, uint64_t *state) {
  FILE *fp = fopen(path, "w");
  ck_assert_msg(fp, "cannot write %s", path);
  for (int i = 0; i < n; i++) {
    int len = lo + (int)(zt_next(state) % (uint64_t)(hi - lo + 1));
    fprintf(fp, "{\"tokens\": [");
    for (int t = 0; t < len; t++) fprintf(fp, "%s%d", t ? ", " : "", (int)(zt_next(state) % (uint64_t)V));
    fprintf(fp, "]}\n");
  }
  ck_assert(fclose(fp) == 0);
}

const char *zt_quant_folder(const char *name, const char *spec, const char *data, uint64_t *s, double *want, int n) {
  char *dir = zt_fmt("%s/%s", zt_tmpdir(), name);
  char *args = zt_fmt("'%s' '%s' '{\"seed\": %llu, %s}' '%s'", zt_src("tests/py/quant_folder.py"), dir,
                      (unsigned long long)(zt_next(s) >> 1), spec, data);
  char *out = NULL, *err = NULL;
  ck_assert_msg(zt_python(args, &out, &err) == 0, "quant_folder.py %s: %s", spec, err);
  if (want) ck_assert_int_eq(zt_parse_losses(out, want, n), n);
  free(out);
  free(err);
  free(args);
  return dir;
}

int zt_loss(const char *model, const char *dir, const char *data, const char *extra, double *got, int n, char **err) {
  char *args = zt_fmt("loss '%s' --weights '%s' --data '%s' %s", model, dir, data, extra);
  char *out = NULL;
  int rc = zt_zoc(args, &out, err);
  if (rc == 0 && got) ck_assert_int_eq(zt_parse_losses(out, got, n), n);
  free(out);
  free(args);
  return rc;
}

int zt_parse_losses(const char *text, double *loss, int max) {
  int n = 0;
  const char *p = text;
  while (p && *p && n < max) {
    const char *nl = strchr(p, '\n');
    size_t len = nl ? (size_t)(nl - p) : strlen(p);
    json_error_t je;
    json_t *j = json_loadb(p, len, 0, &je);
    ck_assert_msg(j && json_is_number(json_object_get(j, "loss")), "not a loss line: %.*s", (int)len, p);
    loss[n++] = json_number_value(json_object_get(j, "loss"));
    json_decref(j);
    p = nl ? nl + 1 : NULL;
  }
  return n;
}
