/* cache.c — compiled code on disk (see cache.h): the folder and its checks,
 * keys, the entries' format, reads and writes that trust nothing they find
 * in the folder, and eviction.
 *
 * Every operation opens the folder (its checks each time: a folder fixed or
 * broken between two compiles is seen) and works relative to that
 * descriptor, so nothing after the checks resolves the path again. */
#include "support/cache.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <openssl/evp.h>

static const char MAGIC[8] = {'z', 'o', 'c', 'c', 'a', 'c', 'h', '2'};
enum { HEADER = 40, TMP_TRIES = 16 };
#define MAX_KEY ((uint64_t)1 << 20)
#define MAX_PAYLOAD ((uint64_t)1 << 34)

/* ---- SHA-256 (OpenSSL's libcrypto): names entries and checks payloads; a
   digest nobody can aim a collision at, unlike the FNV hash the cache had */
void zo_sha256(const void *data, size_t n, uint8_t out[32]) {
  unsigned int len = 0;
  if (!EVP_Digest(data, n, out, &len, EVP_sha256(), NULL) || len != 32)
    ZO_BUG("libcrypto's SHA-256 failed on %zu bytes", n);
}

/* the first 128 bits of SHA-256, as 32 hex digits */
static void digest_hex(const void *p, size_t n, char hex[33]) {
  uint8_t d[32];
  zo_sha256(p, n, d);
  for (int i = 0; i < 16; i++) snprintf(hex + 2 * i, 3, "%02x", d[i]);
}

/* ---- keys */
void zo_key_init(ZoKey *k) { *k = (ZoKey){0}; }

void zo_key_add_part(ZoKey *k, const char *name, const char *value) {
  ZO_ASSERT(*name);
  for (const char *s = name; *s; s++) ZO_ASSERT((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_');
  size_t n = strlen(value);
  bool plain = n <= ZO_KEY_VERBATIM;
  for (size_t i = 0; plain && i < n; i++) plain = value[i] >= 0x20 && value[i] < 0x7f;
  if (plain) {
    zo_sb_printf(&k->text, "%s=%s\n", name, value);
  } else {
    /* ':' never follows a name in a verbatim line, so the two forms cannot meet */
    char hex[33];
    digest_hex(value, n, hex);
    zo_sb_printf(&k->text, "%s:sha256=%s, %zu bytes\n", name, hex, n);
  }
}

const char *zo_key_text(const ZoKey *k) { return k->text.buf ? k->text.buf : ""; }

void zo_key_free(ZoKey *k) { zo_sb_free(&k->text); }

/* what an entry stores and is named by: the cache's kind, the extension, the parts */
static char *full_key(const ZoCache *c, const ZoKey *key, const char *ext) {
  StrBuf sb = {0};
  zo_sb_printf(&sb, "kind=%s\next=%s\n%s", c->kind, ext, zo_key_text(key));
  return zo_sb_take(&sb);
}

static void name_of(const char *full, const char *ext, char out[64]) {
  char hex[33];
  digest_hex(full, strlen(full), hex);
  snprintf(out, 64, "%s.%s", hex, ext);
}

void zo_cache_entry_name(const ZoCache *c, const ZoKey *key, const char *ext, char out[64]) {
  char *full = full_key(c, key, ext);
  name_of(full, ext, out);
  free(full);
}

/* ---- the folder */
static bool off(const ZoCache *c) {
  const char *v = getenv(c->off_env);
  return v && *v && strcmp(v, "0") != 0;
}

/* the passwd entry's home of the effective uid: what a process with HOME unset still has */
static bool passwd_home(char *out, size_t n) {
  struct passwd pw, *res = NULL;
  char buf[4096];
  if (getpwuid_r(geteuid(), &pw, buf, sizeof buf, &res) != 0 || !res || !res->pw_dir || res->pw_dir[0] != '/') return false;
  snprintf(out, n, "%s", res->pw_dir);
  return true;
}

bool zo_cache_dir(const ZoCache *c, char *out, size_t n) {
  const char *e = getenv(c->dir_env), *x = getenv("XDG_CACHE_HOME"), *h = getenv("HOME");
  char home[1024];
  if (e && *e) snprintf(out, n, "%s", e);
  else if (x && x[0] == '/') snprintf(out, n, "%s/zoc/%s", x, c->kind);
  else if (h && h[0] == '/') snprintf(out, n, "%s/.cache/zoc/%s", h, c->kind);
  else if (passwd_home(home, sizeof home)) snprintf(out, n, "%s/.cache/zoc/%s", home, c->kind);
  else return false;
  return true;
}

/* notes said already, by their text: each is said once per process */
static struct {
  pthread_mutex_t lock;
  char **said;
  int n;
} Notes = {.lock = PTHREAD_MUTEX_INITIALIZER};

static void note_once(const char *fmt, ...) ZO_PRINTF(1, 2);
static void note_once(const char *fmt, ...) {
  StrBuf sb = {0};
  va_list ap;
  va_start(ap, fmt);
  zo_sb_vprintf(&sb, fmt, ap);
  va_end(ap);
  char *msg = zo_sb_take(&sb);
  pthread_mutex_lock(&Notes.lock);
  bool said = false;
  for (int i = 0; i < Notes.n && !said; i++) said = strcmp(Notes.said[i], msg) == 0;
  if (!said) {
    Notes.said = zo_xrealloc(Notes.said, (size_t)(Notes.n + 1) * sizeof *Notes.said);
    Notes.said[Notes.n++] = msg;
    fflush(stdout);
    fprintf(stderr, "zoc: note: %s\n", msg);
  } else {
    free(msg);
  }
  pthread_mutex_unlock(&Notes.lock);
}

/* mkdir -p with mode 0700 for what it makes: a cache's parents are nobody else's business either */
static int make_private_dirs(const char *path) {
  char buf[PATH_MAX];
  if (snprintf(buf, sizeof buf, "%s", path) >= (int)sizeof buf) {
    errno = ENAMETOOLONG;
    return -1;
  }
  for (char *p = buf + 1;; p++) {
    bool end = *p == 0;
    if (*p == '/' || end) {
      *p = 0;
      if (mkdir(buf, 0700) != 0 && errno != EEXIST) return -1;
      if (!end) *p = '/';
    }
    if (end) return 0;
  }
}

/* why real (a real path) may not hold a cache, or NULL: it and every ancestor checked */
static char *refusal(const char *real, const struct stat *sb, uid_t me) {
  StrBuf why = {0};
  if (!S_ISDIR(sb->st_mode)) zo_sb_printf(&why, "it is not a directory");
  else if (sb->st_uid != me) zo_sb_printf(&why, "it is owned by uid %u, not by you (uid %u)", (unsigned)sb->st_uid, (unsigned)me);
  else if (sb->st_mode & 022)
    zo_sb_printf(&why, "it is writable by %s (mode %04o)", (sb->st_mode & 002) ? "others" : "its group", (unsigned)(sb->st_mode & 07777));
  if (why.len) return zo_sb_take(&why);
  /* each ancestor up to /: whoever may rename one can swap the folder for theirs */
  char up[PATH_MAX];
  snprintf(up, sizeof up, "%s", real);
  for (char *slash = strrchr(up, '/'); slash; slash = strrchr(up, '/')) {
    if (slash == up) slash[1] = 0;
    else *slash = 0;
    struct stat a;
    if (lstat(up, &a) != 0) zo_sb_printf(&why, "its ancestor %s cannot be examined (%s)", up, strerror(errno));
    else if (a.st_uid != me && a.st_uid != 0)
      zo_sb_printf(&why, "its ancestor %s is owned by uid %u (neither you nor root)", up, (unsigned)a.st_uid);
    else if ((a.st_mode & 022) && !(a.st_mode & S_ISVTX))
      zo_sb_printf(&why, "its ancestor %s is writable by %s and not sticky (mode %04o)", up, (a.st_mode & 002) ? "others" : "its group",
                   (unsigned)(a.st_mode & 07777));
    if (why.len) return zo_sb_take(&why);
    if (slash == up) break;
  }
  return NULL;
}

/* The cache folder, opened and checked; -1 when the cache is off, the
 * folder is missing (and not create), cannot be made, or is refused (the
 * last two with a note, once). dir gets the folder's name for messages. */
static int open_dir(const ZoCache *c, bool create, char *dir, size_t n) {
  if (off(c)) return -1;
  if (!zo_cache_dir(c, dir, n)) {
    note_once("no folder for the %s kernel cache ($%s, $XDG_CACHE_HOME and $HOME are unset and uid %u has no home "
              "directory): compiling without it (set $%s to a private folder)",
              c->kind, c->dir_env, (unsigned)geteuid(), c->dir_env);
    return -1;
  }
  if (create && make_private_dirs(dir) != 0) {
    note_once("cannot create the %s kernel cache %s (%s): compiling without it (set $%s to a private folder)", c->kind, dir,
              strerror(errno), c->dir_env);
    return -1;
  }
  char real[PATH_MAX];
  if (!realpath(dir, real)) {
    if (errno != ENOENT)
      note_once("cannot use the %s kernel cache %s (%s): compiling without it (set $%s to a private folder)", c->kind, dir,
                strerror(errno), c->dir_env);
    return -1;
  }
  int fd = open(real, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  struct stat sb;
  if (fd < 0 || fstat(fd, &sb) != 0) {
    note_once("cannot open the %s kernel cache %s (%s): compiling without it (set $%s to a private folder)", c->kind, dir,
              strerror(errno), c->dir_env);
    if (fd >= 0) close(fd);
    return -1;
  }
  uid_t me = geteuid();
  char *why = refusal(real, &sb, me);
  if (why) {
    bool mode_only = S_ISDIR(sb.st_mode) && sb.st_uid == me && (sb.st_mode & 022);
    char fix[PATH_MAX + 64];
    if (mode_only) snprintf(fix, sizeof fix, "chmod 700 %s, or set $%s to a private folder", real, c->dir_env);
    else snprintf(fix, sizeof fix, "set $%s to a private folder of your own", c->dir_env);
    note_once("not using the %s kernel cache %s: %s, so someone else could plant code there that zoc would run; "
              "compiling without it (fix: %s)",
              c->kind, dir, why, fix);
    free(why);
    close(fd);
    return -1;
  }
  return fd;
}

/* ---- entries */
static void put_u32(uint8_t *p, uint32_t v) {
  for (int i = 0; i < 4; i++) p[i] = (uint8_t)(v >> (8 * i));
}
static void put_u64(uint8_t *p, uint64_t v) {
  for (int i = 0; i < 8; i++) p[i] = (uint8_t)(v >> (8 * i));
}
static uint64_t get_le(const uint8_t *p, int n) {
  uint64_t v = 0;
  for (int i = n - 1; i >= 0; i--) v = v << 8 | p[i];
  return v;
}

static bool read_all(int fd, void *p, size_t n) {
  char *s = p;
  while (n > 0) {
    ssize_t r = read(fd, s, n);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    s += r;
    n -= (size_t)r;
  }
  return true;
}

static bool write_all(int fd, const void *p, size_t n) {
  const char *s = p;
  while (n > 0) {
    ssize_t w = write(fd, s, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    s += w;
    n -= (size_t)w;
  }
  return true;
}

static const char *say(char *buf, size_t n, const char *fmt, ...) ZO_PRINTF(3, 4);
static const char *say(char *buf, size_t n, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, n, fmt, ap);
  va_end(ap);
  return buf;
}

/* The payload of the entry `name` if it is a good one for `full`; else
 * NULL, with *why NULL (no entry) or what is wrong with it (in whybuf).
 * O_NONBLOCK: a FIFO opens at once (and is refused), it never waits for a
 * writer; O_NOFOLLOW: a symlink is refused, its target never read. */
static void *read_entry(int dfd, const char *name, const char *full, size_t *len, const char **why, char *whybuf, size_t whyn) {
  *why = NULL;
  int fd = openat(dfd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ELOOP) *why = "a symbolic link, not a regular file";
    else if (errno != ENOENT) *why = say(whybuf, whyn, "cannot be opened (%s)", strerror(errno));
    return NULL;
  }
  struct stat sb;
  uint8_t h[HEADER];
  size_t klen = strlen(full);
  char *key = NULL, *buf = NULL;
  if (fstat(fd, &sb) != 0) {
    *why = say(whybuf, whyn, "cannot be examined (%s)", strerror(errno));
  } else if (!S_ISREG(sb.st_mode)) {
    *why = S_ISFIFO(sb.st_mode) ? "a FIFO, not a regular file" : "not a regular file";
  } else if (sb.st_uid != geteuid()) {
    *why = say(whybuf, whyn, "owned by uid %u, not by you (uid %u)", (unsigned)sb.st_uid, (unsigned)geteuid());
  } else if (!read_all(fd, h, HEADER) || memcmp(h, MAGIC, sizeof MAGIC) != 0) {
    *why = "damaged (no zoc cache header)";
  } else if (get_le(h + 8, 4) > MAX_KEY || get_le(h + 16, 8) > MAX_PAYLOAD ||
             (uint64_t)sb.st_size != HEADER + get_le(h + 8, 4) + get_le(h + 16, 8)) {
    *why = "damaged (its size is not the one its header gives)";
  } else if (get_le(h + 8, 4) != klen || !read_all(fd, key = zo_xmalloc(klen + 1), klen) || memcmp(key, full, klen) != 0) {
    *why = "written for another key";
  } else {
    size_t n = (size_t)get_le(h + 16, 8);
    uint8_t d[32];
    buf = zo_xmalloc(n + 1);
    if (!read_all(fd, buf, n) || (zo_sha256(buf, n, d), memcmp(d, h + 24, 16) != 0)) {
      *why = "damaged (its payload does not match its checksum)";
      free(buf);
      buf = NULL;
    } else {
      buf[n] = 0;
      *len = n;
      futimens(fd, NULL);   /* used now: the last to be evicted */
    }
  }
  free(key);
  close(fd);
  return buf;
}

/* removes a bad entry and says so. Removing is safe (the folder is this
   user's, checked: what is in it came from this user's runs or root), it
   only unlinks the name (never follows a link or opens a FIFO), and the
   compile that follows would rename a fresh entry over it anyway; left,
   a bad entry would cost a compile and a note on every run while the
   cache cannot be written. */
static void remove_entry(int dfd, const char *dir, const char *name, const char *why) {
  bool gone = unlinkat(dfd, name, 0) == 0 || errno == ENOENT;
  char err[128] = "";
  if (!gone) snprintf(err, sizeof err, " (cannot remove it: %s)", strerror(errno));
  fflush(stdout);
  fprintf(stderr, "zoc: note: cache entry %s/%s: %s; %s%s, compiling afresh\n", dir, name, why, gone ? "removed" : "left", err);
}

void *zo_cache_get(const ZoCache *c, const ZoKey *key, const char *ext, size_t *len) {
  *len = 0;
  char dir[PATH_MAX], name[64], whybuf[160];
  int dfd = open_dir(c, false, dir, sizeof dir);
  if (dfd < 0) return NULL;
  char *full = full_key(c, key, ext);
  name_of(full, ext, name);
  const char *why;
  void *p = read_entry(dfd, name, full, len, &why, whybuf, sizeof whybuf);
  if (!p && why) remove_entry(dfd, dir, name, why);
  free(full);
  close(dfd);
  return p;
}

void zo_cache_drop(const ZoCache *c, const ZoKey *key, const char *ext, const char *why) {
  char dir[PATH_MAX], name[64];
  int dfd = open_dir(c, false, dir, sizeof dir);
  if (dfd < 0) return;
  zo_cache_entry_name(c, key, ext, name);
  remove_entry(dfd, dir, name, why);
  close(dfd);
}

/* ---- eviction: least recently used first, down to 80% of the cap */
typedef struct Entry {
  char name[96];
  time_t when;
  long nsec;
  int64_t bytes;
} Entry;

static int64_t cap_bytes(void) {
  const char *v = getenv("ZOC_CACHE_MAX_MB");
  if (!v || !*v) return (int64_t)2048 << 20;
  char *end;
  long long mb = strtoll(v, &end, 10);
  if (*end || mb < 0) return (int64_t)2048 << 20;   /* not a number: the default */
  return mb == 0 ? INT64_MAX : (int64_t)mb << 20;
}

/* an entry's file name: 32 hex digits, '.', an extension; or a writer's temp file */
static bool is_entry(const char *n, bool *tmp) {
  for (int i = 0; i < 32; i++)
    if (!((n[i] >= '0' && n[i] <= '9') || (n[i] >= 'a' && n[i] <= 'f'))) return false;
  if (n[32] != '.') return false;
  *tmp = strstr(n + 33, ".tmp.") != NULL;
  return strlen(n) < sizeof(((Entry *)0)->name);
}

static int older(const void *a, const void *b) {
  const Entry *x = a, *y = b;
  if (x->when != y->when) return x->when < y->when ? -1 : 1;
  if (x->nsec != y->nsec) return x->nsec < y->nsec ? -1 : 1;
  return strcmp(x->name, y->name);
}

/* keeps the folder within the cap: the least recently used entries go (never
   `keep`, the one just written); a writer's temp file older than an hour is
   left from a crash and goes too */
static void evict(int dfd, const char *keep) {
  int64_t cap = cap_bytes();
  int fd2 = dup(dfd);
  DIR *d = fd2 >= 0 ? fdopendir(fd2) : NULL;
  if (!d) {
    if (fd2 >= 0) close(fd2);
    return;
  }
  Entry *e = NULL;
  size_t n = 0, capn = 0;
  int64_t total = 0;
  time_t now = time(NULL);
  for (struct dirent *de; (de = readdir(d));) {
    bool tmp;
    if (!is_entry(de->d_name, &tmp)) continue;
    struct stat sb;
    if (fstatat(dfd, de->d_name, &sb, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(sb.st_mode)) continue;
    if (tmp) {
      if (now - sb.st_mtime > 3600) unlinkat(dfd, de->d_name, 0);
      continue;
    }
    if (n == capn) e = zo_xrealloc(e, (capn = capn ? 2 * capn : 64) * sizeof *e);
    snprintf(e[n].name, sizeof e[n].name, "%s", de->d_name);
    e[n].when = sb.st_mtim.tv_sec;
    e[n].nsec = sb.st_mtim.tv_nsec;
    e[n].bytes = (int64_t)sb.st_size;
    total += e[n].bytes;
    n++;
  }
  closedir(d);
  if (total > cap) {
    qsort(e, n, sizeof *e, older);
    int64_t goal = cap / 10 * 8;
    for (size_t i = 0; i < n && total > goal; i++) {
      if (strcmp(e[i].name, keep) == 0) continue;
      if (unlinkat(dfd, e[i].name, 0) == 0) total -= e[i].bytes;
    }
  }
  free(e);
}

/* this process's writes, counted: with the pid, a temp name no other writer
   (thread or process) uses */
static unsigned long tmp_serial;

void zo_cache_put(const ZoCache *c, const ZoKey *key, const char *ext, const void *p, size_t len) {
  if (len == 0 || len > MAX_PAYLOAD) return;
  char dir[PATH_MAX], name[64], tmp[128];
  int dfd = open_dir(c, true, dir, sizeof dir);
  if (dfd < 0) return;
  char *full = full_key(c, key, ext);
  name_of(full, ext, name);
  size_t klen = strlen(full);
  uint8_t h[HEADER] = {0}, d[32];
  memcpy(h, MAGIC, sizeof MAGIC);
  put_u32(h + 8, (uint32_t)klen);
  put_u64(h + 16, len);
  zo_sha256(p, len, d);
  memcpy(h + 24, d, 16);
  /* O_EXCL | O_NOFOLLOW: a name someone made first (a planted symlink, a
     dead writer's file) is skipped, never written through */
  int fd = -1;
  for (int i = 0; i < TMP_TRIES && fd < 0; i++) {
    snprintf(tmp, sizeof tmp, "%s.tmp.%ld.%lu", name, (long)getpid(), __atomic_fetch_add(&tmp_serial, 1, __ATOMIC_RELAXED));
    fd = openat(dfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0 && errno != EEXIST) break;
  }
  if (fd >= 0) {
    bool ok = write_all(fd, h, HEADER) && write_all(fd, full, klen) && write_all(fd, p, len) && fsync(fd) == 0;
    ok &= close(fd) == 0;
    if (ok && renameat(dfd, tmp, dfd, name) == 0) evict(dfd, name);
    else unlinkat(dfd, tmp, 0);
  }
  free(full);
  close(dfd);
}
