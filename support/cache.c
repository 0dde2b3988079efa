/* cache.c — compiled code on disk (see cache.h). */
#include "support/cache.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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
  return buf;
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
  if (!ok || rename(tmp, path) != 0) unlink(tmp);
}
