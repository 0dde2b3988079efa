/* support.c — arenas, string buffers, files, and the three kinds of failure
 * (see support.h for why they are kept apart). Files: only regular files are
 * read, with a size limit where one is read whole; writes go through a new
 * temporary file that nothing planted can redirect (see support.h). */
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
static const char *file_kind(mode_t m) {
  if (S_ISDIR(m)) return "a directory";
  if (S_ISFIFO(m)) return "a FIFO (named pipe)";
  if (S_ISCHR(m)) return "a character device";
  if (S_ISBLK(m)) return "a block device";
  if (S_ISSOCK(m)) return "a socket";
  return "not a plain file";
}

/* "512 bytes", "3.0 MiB", "2.3 GiB": sizes in messages */
static void fmt_size(char *buf, size_t n, uint64_t b) {
  if (b < 1024) snprintf(buf, n, "%llu bytes", (unsigned long long)b);
  else if (b < ((uint64_t)1 << 20)) snprintf(buf, n, "%.1f KiB", (double)b / 1024);
  else if (b < ((uint64_t)1 << 30)) snprintf(buf, n, "%.1f MiB", (double)b / (1 << 20));
  else snprintf(buf, n, "%.1f GiB", (double)b / (1 << 30));
}

/* "256 MiB", "1 GiB": the limits are whole powers of two */
static void fmt_limit(char *buf, size_t n, uint64_t b) {
  if (b >= ((uint64_t)1 << 30) && b % ((uint64_t)1 << 30) == 0) snprintf(buf, n, "%llu GiB", (unsigned long long)(b >> 30));
  else if (b >= ((uint64_t)1 << 20) && b % ((uint64_t)1 << 20) == 0) snprintf(buf, n, "%llu MiB", (unsigned long long)(b >> 20));
  else snprintf(buf, n, "%llu bytes", (unsigned long long)b);
}

int zo_open_regular(const char *path, bool quiet) {
  /* O_NONBLOCK: opening a FIFO for reading otherwise waits for a writer;
     O_NOCTTY: a terminal named by mistake must not become ours */
  int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0) {
    int e = errno;
    if (!quiet) zo_env_error(path, "cannot open: %s", strerror(e));
    errno = e;
    return -1;
  }
  struct stat st;
  if (fstat(fd, &st) != 0) {
    int e = errno;
    if (!quiet) zo_env_error(path, "cannot stat: %s", strerror(e));
    close(fd);
    errno = e;
    return -1;
  }
  if (!S_ISREG(st.st_mode)) {
    if (!quiet) zo_env_error(path, "%s, not a regular file (zoc reads only regular files)", file_kind(st.st_mode));
    close(fd);
    errno = S_ISDIR(st.st_mode) ? EISDIR : EINVAL;
    return -1;
  }
  /* a regular file never blocks, but reads should not see EAGAIN either */
  int fl = fcntl(fd, F_GETFL);
  if (fl < 0 || fcntl(fd, F_SETFL, fl & ~O_NONBLOCK) != 0) {
    int e = errno;
    if (!quiet) zo_env_error(path, "cannot set the file's flags: %s", strerror(e));
    close(fd);
    errno = e;
    return -1;
  }
  return fd;
}

FILE *zo_fopen_regular(const char *path, bool quiet) {
  int fd = zo_open_regular(path, quiet);
  if (fd < 0) return NULL;
  FILE *fp = fdopen(fd, "r");
  if (!fp) {
    int e = errno;
    if (!quiet) zo_env_error(path, "cannot open: %s", strerror(e));
    close(fd);
    errno = e;
  }
  return fp;
}

char *zo_read_file_max(const char *path, size_t max, const char *what, size_t *len) {
  int fd = zo_open_regular(path, false);
  if (fd < 0) return NULL;
  char have[32], lim[32];
  fmt_limit(lim, sizeof lim, max);
  struct stat st = {0};
  if (fstat(fd, &st) == 0 && (uint64_t)st.st_size > max) {
    fmt_size(have, sizeof have, (uint64_t)st.st_size);
    zo_env_error(path, "%s (%lld bytes): larger than the %s %s may be", have, (long long)st.st_size, lim, what);
    close(fd);
    return NULL;
  }
  /* st_size is only a hint (a file in /proc says 0, a file may grow): the
     read itself stops one byte past the limit */
  size_t cap = st.st_size > 0 ? (size_t)st.st_size + 1 : 65536, n = 0;
  char *buf = zo_xmalloc(cap + 1);
  for (;;) {
    if (n == cap) {
      cap = cap * 2 > max + 1 ? max + 1 : cap * 2;
      buf = zo_xrealloc(buf, cap + 1);
    }
    ssize_t r = read(fd, buf + n, cap - n);
    if (r < 0) {
      if (errno == EINTR) continue;
      zo_env_error(path, "read failed: %s", strerror(errno));
      close(fd);
      free(buf);
      return NULL;
    }
    if (r == 0) break;
    n += (size_t)r;
    if (n > max) {
      zo_env_error(path, "larger than the %s %s may be (it grew while being read?)", lim, what);
      close(fd);
      free(buf);
      return NULL;
    }
  }
  close(fd);
  buf[n] = 0;
  if (len) *len = n;
  return buf;
}

char *zo_read_file(const char *path, size_t *len) {
  return zo_read_file_max(path, ZO_READ_MAX, "a file zoc reads whole", len);
}

int64_t zo_getline_max(char **line, size_t *cap, FILE *fp, size_t max) {
  size_t n = 0;
  int c = EOF;
  flockfile(fp);
  while ((c = getc_unlocked(fp)) != EOF) {
    if (n == max) {
      ungetc(c, fp);
      funlockfile(fp);
      return -2;
    }
    if (n + 2 > *cap) {
      *cap = *cap ? 2 * *cap : 256;
      *line = zo_xrealloc(*line, *cap);
    }
    (*line)[n++] = (char)c;
    if (c == '\n') break;
  }
  funlockfile(fp);
  if (n == 0) return -1;
  (*line)[n] = 0;
  return (int64_t)n;
}

int zo_temp_create(const char *path, char **tmp) {
  *tmp = NULL;
  struct stat st;
  if (lstat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISLNK(st.st_mode)) {
    zo_env_error(path, "%s, not a regular file: zoc writes a file by renaming a new one over it", file_kind(st.st_mode));
    return -1;
  }
  size_t n = strlen(path) + 48;
  char *name = zo_xmalloc(n);
  /* PATH.tmp.PID first: the pattern run directories' stale temporaries are
     found by; a name already taken is someone else's (a planted file, a
     stale one of an earlier process with our pid): skip it, touch nothing */
  for (int k = 0; k < 1000; k++) {
    if (k == 0) snprintf(name, n, "%s.tmp.%ld", path, (long)getpid());
    else snprintf(name, n, "%s.tmp.%ld.%d", path, (long)getpid(), k);
    int fd = open(name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (fd >= 0) {
      *tmp = name;
      return fd;
    }
    if (errno != EEXIST) {
      zo_env_error(path, "cannot create %s: %s", name, strerror(errno));
      free(name);
      return -1;
    }
  }
  zo_env_error(path, "cannot create a temporary file: %s and 999 more names like it are taken", name);
  free(name);
  return -1;
}

int zo_temp_commit(const char *tmp, const char *path) {
  if (rename(tmp, path) != 0) {
    zo_env_error(path, "cannot rename %s over it: %s", tmp, strerror(errno));
    unlink(tmp);
    return -1;
  }
  /* the rename is an entry in the directory: without this a crash can lose
     it (the old file back, or none) though the data was fsynced */
  const char *slash = strrchr(path, '/');
  size_t dl = slash ? (size_t)(slash - path) : 0;
  char *d = zo_xmalloc(dl + 2);
  if (!slash) strcpy(d, ".");
  else if (dl == 0) strcpy(d, "/");
  else {
    memcpy(d, path, dl);
    d[dl] = 0;
  }
  int rc = 0;
  int fd = open(d, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  /* a directory we may not read cannot be synced, and some file systems
     cannot sync one (EINVAL): the rename stands either way */
  if (fd >= 0) {
    if (fsync(fd) != 0 && errno != EINVAL && errno != ENOTSUP) {
      zo_env_error(path, "written, but syncing the directory %s failed (a crash now may lose the file): %s", d,
                   strerror(errno));
      rc = -1;
    }
    close(fd);
  }
  free(d);
  return rc;
}

static const char *tmp_root(void) {
  const char *t = getenv("TMPDIR");
  return t && *t ? t : "/tmp";
}

int zo_tmp_file(const char *name, const char *ext, char *path, size_t n) {
  int len = snprintf(path, n, "%s/%s-XXXXXX.%s", tmp_root(), name, ext);
  if (len < 0 || (size_t)len >= n) {
    errno = ENAMETOOLONG;
    return -1;
  }
  return mkstemps(path, (int)strlen(ext) + 1);
}

int zo_tmp_dir(const char *name, char *path, size_t n) {
  int len = snprintf(path, n, "%s/%s-XXXXXX", tmp_root(), name);
  if (len < 0 || (size_t)len >= n) {
    errno = ENAMETOOLONG;
    return -1;
  }
  return mkdtemp(path) ? 0 : -1;
}

int zo_write_file_atomic(const char *path, const void *data, size_t len) {
  char *tmp;
  int fd = zo_temp_create(path, &tmp);
  if (fd < 0) return -1;
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
  int serr = fsync(fd) != 0 ? errno : 0;
  if (close(fd) != 0 && !serr) serr = errno;
  if (serr) {
    zo_env_error(path, "cannot finish writing %s: %s", tmp, strerror(serr));
    unlink(tmp);
    free(tmp);
    return -1;
  }
  int rc = zo_temp_commit(tmp, path);
  free(tmp);
  return rc;
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
