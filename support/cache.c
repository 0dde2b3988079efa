/* cache.c — compiled code on disk (see cache.h). */
#include "support/cache.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "support/support.h"

#define FNV_PRIME 0x100000001b3ull
static const char MAGIC[8] = {'z', 'o', 'c', 'c', 'a', 'c', 'h', '1'};

static uint64_t fnv(const void *p, size_t n, uint64_t h) {
  const unsigned char *s = p;
  for (size_t i = 0; i < n; i++) h = (h ^ s[i]) * FNV_PRIME;
  return h;
}

void zo_key_init(ZoKey *k) { *k = (ZoKey){0xcbf29ce484222325ull, 0x84222325cbf29ce4ull}; }

void zo_key_add(ZoKey *k, const void *p, size_t n) {
  k->a = fnv(p, n, k->a);
  k->b = fnv(p, n, k->b ^ 0x5bd1e995u);
}

void zo_key_add_str(ZoKey *k, const char *s) { zo_key_add(k, s, strlen(s) + 1); }

static bool off(const ZoCache *c) {
  const char *v = getenv(c->off_env);
  return v && *v && strcmp(v, "0") != 0;
}

void zo_cache_dir(const ZoCache *c, char *out, size_t n) {
  const char *e = getenv(c->dir_env), *x = getenv("XDG_CACHE_HOME"), *h = getenv("HOME");
  if (e && *e) snprintf(out, n, "%s", e);
  else if (x && *x) snprintf(out, n, "%s/zoc/%s", x, c->kind);
  else if (h && *h) snprintf(out, n, "%s/.cache/zoc/%s", h, c->kind);
  else snprintf(out, n, "/tmp/zoc-%s-cache", c->kind);
}

static void entry_path(const ZoCache *c, ZoKey key, const char *ext, char *out, size_t n) {
  char dir[1024];
  zo_cache_dir(c, dir, sizeof dir);
  snprintf(out, n, "%s/%016llx%016llx.%s", dir, (unsigned long long)key.a, (unsigned long long)key.b, ext);
}

/* header: magic, payload length, payload hash (little-endian as written by this host) */
typedef struct Header {
  char magic[8];
  uint64_t len;
  uint64_t hash;
} Header;

void *zo_cache_get(const ZoCache *c, ZoKey key, const char *ext, size_t *len) {
  *len = 0;
  if (off(c)) return NULL;
  char path[1200];
  entry_path(c, key, ext, path, sizeof path);
  FILE *fp = fopen(path, "rb");
  if (!fp) return NULL;
  Header h;
  char *buf = NULL;
  if (fread(&h, sizeof h, 1, fp) == 1 && memcmp(h.magic, MAGIC, sizeof MAGIC) == 0 && h.len > 0 &&
      h.len < ((uint64_t)1 << 34)) {
    buf = zo_xmalloc((size_t)h.len + 1);
    int extra = 0;
    if (fread(buf, 1, (size_t)h.len, fp) != (size_t)h.len || fread(&extra, 1, 1, fp) != 0 ||
        fnv(buf, (size_t)h.len, 0xcbf29ce484222325ull) != h.hash) {
      free(buf);
      buf = NULL;
    } else {
      buf[h.len] = 0;
      *len = (size_t)h.len;
    }
  }
  fclose(fp);
  if (buf) utimensat(AT_FDCWD, path, NULL, 0);   /* used now: the last to be evicted */
  return buf;
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
static void evict(const char *dir, const char *keep) {
  int64_t cap = cap_bytes();
  DIR *d = opendir(dir);
  if (!d) return;
  Entry *e = NULL;
  size_t n = 0, capn = 0;
  int64_t total = 0;
  time_t now = time(NULL);
  char path[1300];
  for (struct dirent *de; (de = readdir(d));) {
    bool tmp;
    if (!is_entry(de->d_name, &tmp)) continue;
    snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
    struct stat sb;
    if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode)) continue;
    if (tmp) {
      if (now - sb.st_mtime > 3600) unlink(path);
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
      snprintf(path, sizeof path, "%s/%s", dir, e[i].name);
      if (unlink(path) == 0) total -= e[i].bytes;
    }
  }
  free(e);
}

void zo_cache_put(const ZoCache *c, ZoKey key, const char *ext, const void *p, size_t len) {
  if (off(c) || len == 0) return;
  char dir[1024], path[1200], tmp[1300];
  zo_cache_dir(c, dir, sizeof dir);
  if (zo_make_dirs(dir, true) != 0) return;
  entry_path(c, key, ext, path, sizeof path);
  snprintf(tmp, sizeof tmp, "%s.tmp.%d", path, (int)getpid());
  FILE *fp = fopen(tmp, "wb");
  if (!fp) return;
  Header h = {.len = len, .hash = fnv(p, len, 0xcbf29ce484222325ull)};
  memcpy(h.magic, MAGIC, sizeof MAGIC);
  bool ok = fwrite(&h, sizeof h, 1, fp) == 1 && fwrite(p, 1, len, fp) == len;
  ok &= fflush(fp) == 0 && fsync(fileno(fp)) == 0;
  ok &= fclose(fp) == 0;
  if (!ok || rename(tmp, path) != 0) {
    unlink(tmp);
    return;
  }
  const char *base = strrchr(path, '/');
  evict(dir, base ? base + 1 : path);
}
