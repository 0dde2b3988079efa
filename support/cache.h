/* cache.h — compiled code kept on disk between runs: the GPU backend's NVRTC
 * images and the CPU backend's object files.
 *
 * A cache is a folder: $<dir_env> when set, else $XDG_CACHE_HOME/zoc/<kind>,
 * else ~/.cache/zoc/<kind>, else /tmp/zoc-<kind>-cache. An entry is a file
 * named by its key (a 128-bit hash of everything the compiled code depends
 * on) holding a header — magic, payload length, payload hash — and the
 * payload, so a truncated or damaged entry reads as a miss and is compiled
 * and written again. Entries are written atomically (temp + rename); a cache
 * that cannot be written is not an error (the next run compiles again).
 * $<off_env> set: no reads, no writes. A folder is kept within
 * $ZOC_CACHE_MAX_MB (default 2048; 0: no limit): after a write past it, the
 * least recently used entries (a read counts as a use) are removed down to
 * 80% of it. */
#ifndef ZOC_CACHE_H
#define ZOC_CACHE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct ZoCache {
  const char *kind;      /* "cuda", "cpu" */
  const char *dir_env;   /* "ZOC_CUDA_CACHE" */
  const char *off_env;   /* "ZOC_CUDA_NO_CACHE" */
} ZoCache;

/* a key, hashed from parts in order (two FNV-1a streams with distinct seeds) */
typedef struct ZoKey {
  uint64_t a, b;
} ZoKey;
void zo_key_init(ZoKey *k);
void zo_key_add(ZoKey *k, const void *p, size_t n);
void zo_key_add_str(ZoKey *k, const char *s);   /* the string and its terminator */

/* The entry's payload (malloc'd, NUL-terminated beyond *len), or NULL: no
 * entry, a damaged one, or the cache is off. */
void *zo_cache_get(const ZoCache *c, ZoKey key, const char *ext, size_t *len);
void zo_cache_put(const ZoCache *c, ZoKey key, const char *ext, const void *p, size_t len);
/* the folder (for messages and tests) */
void zo_cache_dir(const ZoCache *c, char *out, size_t n);

#endif
