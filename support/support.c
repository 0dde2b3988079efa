/* support.c — arenas, string buffers, files, and the three kinds of failure
 * (see support.h for why they are kept apart). */
#include "support/support.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- bugs */
void zo_internal_error(const char *file, int line, const char *fmt, ...) {
  va_list ap;
  fflush(stdout);
  fprintf(stderr, "zoc: internal error at %s:%d: ", file, line);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fprintf(stderr, "\nthis is a bug in zoc; please report it with the input that caused it\n");
  abort();
}

void zo_env_error(const char *what, const char *fmt, ...) {
  va_list ap;
  fflush(stdout);
  fprintf(stderr, "zoc: error: %s: ", what);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

/* ---- memory */
void *zo_xmalloc(size_t size) {
  void *p = malloc(size ? size : 1);
  if (!p) ZO_BUG("out of memory allocating %zu bytes", size);
  return p;
}
void *zo_xcalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p) ZO_BUG("out of memory allocating %zu x %zu bytes", n, size);
  return p;
}
void *zo_xrealloc(void *p, size_t size) {
  p = realloc(p, size ? size : 1);
  if (!p) ZO_BUG("out of memory reallocating %zu bytes", size);
  return p;
}
char *zo_xstrdup(const char *s) {
  size_t n = strlen(s) + 1;
  return memcpy(zo_xmalloc(n), s, n);
}

struct ArenaBlock {
  ArenaBlock *next;
  size_t used, cap;
  _Alignas(16) unsigned char data[];
};

void *zo_arena_alloc(Arena *a, size_t size) {
  size = (size + 15) & ~(size_t)15;
  ArenaBlock *b = a->head;
  if (!b || b->cap - b->used < size) {
    size_t cap = size > 65536 ? size : 65536;
    b = zo_xmalloc(sizeof(ArenaBlock) + cap);
    b->next = a->head;
    b->used = 0;
    b->cap = cap;
    a->head = b;
  }
  void *p = b->data + b->used;
  b->used += size;
  memset(p, 0, size);
  return p;
}

char *zo_arena_strndup(Arena *a, const char *s, size_t n) {
  char *p = zo_arena_alloc(a, n + 1);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}
char *zo_arena_strdup(Arena *a, const char *s) { return zo_arena_strndup(a, s, strlen(s)); }

char *zo_arena_printf(Arena *a, const char *fmt, ...) {
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  char *p = zo_arena_alloc(a, (size_t)n + 1);
  vsnprintf(p, (size_t)n + 1, fmt, ap2);
  va_end(ap2);
  return p;
}

void zo_arena_free(Arena *a) {
  for (ArenaBlock *b = a->head, *n; b; b = n) {
    n = b->next;
    free(b);
  }
  a->head = NULL;
}

/* ---- string buffers */
void zo_sb_vprintf(StrBuf *sb, const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  if (sb->len + (size_t)n + 1 > sb->cap) {
    sb->cap = (sb->len + (size_t)n + 1) * 2;
    sb->buf = zo_xrealloc(sb->buf, sb->cap);
  }
  vsnprintf(sb->buf + sb->len, (size_t)n + 1, fmt, ap2);
  va_end(ap2);
  sb->len += (size_t)n;
}
void zo_sb_printf(StrBuf *sb, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  zo_sb_vprintf(sb, fmt, ap);
  va_end(ap);
}
void zo_sb_puts(StrBuf *sb, const char *s) { zo_sb_printf(sb, "%s", s); }
void zo_sb_putc(StrBuf *sb, char c) { zo_sb_printf(sb, "%c", c); }
char *zo_sb_take(StrBuf *sb) {
  char *s = sb->buf ? sb->buf : zo_xstrdup("");
  sb->buf = NULL;
  sb->len = sb->cap = 0;
  return s;
}
void zo_sb_free(StrBuf *sb) {
  free(sb->buf);
  sb->buf = NULL;
  sb->len = sb->cap = 0;
}

/* ---- files */
char *zo_read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    zo_env_error(path, "cannot open: %s", strerror(errno));
    return NULL;
  }
  StrBuf sb = {0};
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
    if (sb.len + n + 1 > sb.cap) {
      sb.cap = (sb.len + n + 1) * 2;
      sb.buf = zo_xrealloc(sb.buf, sb.cap);
    }
    memcpy(sb.buf + sb.len, chunk, n);
    sb.len += n;
  }
  if (ferror(f)) {
    zo_env_error(path, "read failed: %s", strerror(errno));
    fclose(f);
    zo_sb_free(&sb);
    return NULL;
  }
  fclose(f);
  if (!sb.buf) sb.buf = zo_xcalloc(1, 1);
  sb.buf[sb.len] = 0;
  if (len) *len = sb.len;
  return sb.buf;
}

int zo_write_file_atomic(const char *path, const void *data, size_t len) {
  size_t n = strlen(path) + 32;
  char *tmp = zo_xmalloc(n);
  snprintf(tmp, n, "%s.tmp.%ld", path, (long)getpid());
  int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) {
    zo_env_error(path, "cannot create %s: %s", tmp, strerror(errno));
    free(tmp);
    return -1;
  }
  const char *p = data;
  size_t left = len;
  while (left > 0) {
    ssize_t w = write(fd, p, left);
    if (w < 0) {
      if (errno == EINTR) continue;
      zo_env_error(path, "write failed: %s", strerror(errno));
      close(fd);
      unlink(tmp);
      free(tmp);
      return -1;
    }
    p += w;
    left -= (size_t)w;
  }
  if (fsync(fd) != 0 || close(fd) != 0 || rename(tmp, path) != 0) {
    zo_env_error(path, "cannot finish writing: %s", strerror(errno));
    unlink(tmp);
    free(tmp);
    return -1;
  }
  free(tmp);
  return 0;
}

/* ---- diagnostics */
static FILE *diag_stream;
static int diag_errors;

void zo_diag_set_stream(void *f) { diag_stream = f; }
int zo_diag_count(void) { return diag_errors; }
void zo_diag_reset(void) { diag_errors = 0; }

static void diag_print(const char *kind, Loc loc, const char *fmt, va_list ap) {
  FILE *out = diag_stream ? diag_stream : stderr;
  fflush(stdout);
  const char *path = loc.file ? loc.file->path : "<input>";
  if (loc.line > 0)
    fprintf(out, "%s:%d:%d: %s: ", path, loc.line, loc.col, kind);
  else
    fprintf(out, "%s: %s: ", path, kind);
  vfprintf(out, fmt, ap);
  fputc('\n', out);
  if (!loc.file || loc.line <= 0 || !loc.file->text) return;
  /* the source line, then a caret under the column (tabs kept so it lines up) */
  const char *s = loc.file->text, *end = s + loc.file->len;
  for (int l = 1; l < loc.line && s < end; s++)
    if (*s == '\n') l++;
  const char *e = s;
  while (e < end && *e != '\n') e++;
  int width = (int)(e - s);
  if (width > 300) width = 300;  /* binary garbage has very long "lines" */
  fprintf(out, "  %.*s\n  ", width, s);
  for (int i = 1; i < loc.col && i <= width; i++) fputc(s[i - 1] == '\t' ? '\t' : ' ', out);
  fputs("^\n", out);
}

void zo_diag_verror(Loc loc, const char *fmt, va_list ap) {
  diag_errors++;
  if (diag_errors > ZO_DIAG_MAX_ERRORS) return;
  diag_print("error", loc, fmt, ap);
  if (diag_errors == ZO_DIAG_MAX_ERRORS) {
    FILE *out = diag_stream ? diag_stream : stderr;
    fprintf(out, "%s: too many errors; stopping here\n", loc.file ? loc.file->path : "<input>");
  }
}
void zo_diag_error(Loc loc, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  zo_diag_verror(loc, fmt, ap);
  va_end(ap);
}
void zo_diag_note(Loc loc, const char *fmt, ...) {
  if (diag_errors > ZO_DIAG_MAX_ERRORS) return;
  va_list ap;
  va_start(ap, fmt);
  diag_print("note", loc, fmt, ap);
  va_end(ap);
}

static int edit_distance(const char *a, const char *b, int cap) {
  int la = (int)strlen(a), lb = (int)strlen(b);
  if (la > 64 || lb > 64) return cap + 1;
  int row[65];
  for (int j = 0; j <= lb; j++) row[j] = j;
  for (int i = 1; i <= la; i++) {
    int prev = row[0];
    row[0] = i;
    for (int j = 1; j <= lb; j++) {
      int cur = row[j];
      int sub = prev + (a[i - 1] != b[j - 1]);
      int best = row[j] + 1 < row[j - 1] + 1 ? row[j] + 1 : row[j - 1] + 1;
      row[j] = sub < best ? sub : best;
      prev = cur;
    }
  }
  return row[lb];
}

const char *zo_nearest_name(const char *name, const char *const *names, int n) {
  int len = (int)strlen(name);
  int cap = len <= 1 ? 0 : len <= 3 ? 1 : len <= 6 ? 2 : 3;
  const char *best = NULL;
  int bestd = cap + 1;
  for (int i = 0; i < n; i++) {
    int d = edit_distance(name, names[i], cap);
    if (d < bestd) {
      bestd = d;
      best = names[i];
    }
  }
  return best;
}

int zo_make_dirs(const char *path, bool quiet) {
  char buf[4096];
  if (snprintf(buf, sizeof buf, "%s", path) >= (int)sizeof buf) {
    errno = ENAMETOOLONG;
    if (!quiet) zo_env_error(path, "cannot create the directory: %s", strerror(errno));
    return -1;
  }
  for (char *p = buf + 1;; p++) {
    bool end = *p == 0;
    if (*p == '/' || end) {
      char c = *p;
      *p = 0;
      if (mkdir(buf, 0777) != 0 && errno != EEXIST) {
        if (!quiet) zo_env_error(buf, "cannot create the directory: %s", strerror(errno));
        return -1;
      }
      *p = c;
    }
    if (end) break;
  }
  return 0;
}

uint64_t zo_splitmix64(uint64_t *state) {
  uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

double zo_splitmix_unit(uint64_t *state) { return ((double)(zo_splitmix64(state) >> 11) + 0.5) * (1.0 / 9007199254740992.0); }

double zo_splitmix_normal(uint64_t *state) {
  double u1 = zo_splitmix_unit(state), u2 = zo_splitmix_unit(state);
  return sqrt(-2.0 * log(u1)) * cos(6.283185307179586 * u2);
}

uint64_t zo_splitmix_stream(uint64_t seed, const char *name) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (const char *p = name; *p; p++) h = (h ^ (unsigned char)*p) * 0x100000001b3ull;
  uint64_t s = seed ^ h;
  zo_splitmix64(&s);
  return s;
}
