/* cache.h — compiled code kept on disk between runs: the GPU backend's NVRTC
 * images and the CPU backend's object files (docs/running.md, "Kernel
 * caches").
 *
 * What is read from the cache is linked and run as this user, so the cache
 * trusts nothing in it that this user did not write:
 *
 * The folder: $<dir_env> when set, else $XDG_CACHE_HOME/zoc/<kind>, else
 * $HOME/.cache/zoc/<kind>, else <the passwd home of the effective uid>/
 * .cache/zoc/<kind> (relative XDG_CACHE_HOME / HOME are ignored); never a
 * shared /tmp path. It is created 0700 (missing parents too) and used only
 * if its real path is a directory owned by the effective uid and not
 * writable by group or others, and every ancestor is owned by that uid or
 * root and not writable by group or others unless sticky (/tmp). Otherwise,
 * or when there is no folder at all, zoc compiles without the cache and
 * says so in one note per folder and process (what is wrong, what to do).
 *
 * The key: named parts in order (zo_key_add_part): a short part is kept
 * verbatim ("nvrtc=13.0"), a long one or one with a newline or a byte
 * outside printable ASCII as its SHA-256 truncated to 128 bits and its
 * length ("source:sha256=<32 hex>, 81234 bytes"). An entry's full key is
 * "kind=<kind>\next=<ext>\n" and the parts; its file is named by that
 * text's 128-bit SHA-256 (32 hex digits) and the extension.
 *
 * An entry (little-endian):
 *   0  magic "zoccach2"
 *   8  u32 the full key's length      12  u32 0
 *   16 u64 the payload's length       24  16 bytes: SHA-256(payload), first half
 *   40 the full key, then the payload; the file is exactly that long.
 * A read opens the file with O_NOFOLLOW | O_NONBLOCK and takes it only if it
 * is a regular file owned by the effective uid whose stored key is the one
 * asked for and whose payload matches its digest. Anything else at the
 * entry's path (damaged, another key, a FIFO, a symlink, someone else's
 * file) is a miss: it is removed with a note naming it, and the caller
 * compiles and writes the entry again. A write goes to a temp file
 * NAME.tmp.PID.N (N counts this process's writes) opened O_EXCL |
 * O_NOFOLLOW, mode 0600, then fsync and rename; a cache that cannot be
 * written is not an error (the next run compiles again).
 *
 * $<off_env> set (not "0"): no reads, no writes. A folder is kept within
 * $ZOC_CACHE_MAX_MB (default 2048; 0: no limit): after a write past it, the
 * least recently used entries (a read counts as a use) are removed down to
 * 80% of it; a writer's temp file older than an hour is removed too.
 * Thread-safe: two threads may read and write entries at once. */
#ifndef ZOC_CACHE_H
#define ZOC_CACHE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "support/support.h"

typedef struct ZoCache {
  const char *kind;      /* "cuda", "cpu" */
  const char *dir_env;   /* "ZOC_CUDA_CACHE" */
  const char *off_env;   /* "ZOC_CUDA_NO_CACHE" */
} ZoCache;

/* a key: its text, a line per part (see above) */
typedef struct ZoKey {
  StrBuf text;
} ZoKey;
#define ZO_KEY_VERBATIM 1024   /* a part's value kept as is up to this many bytes */
void zo_key_init(ZoKey *k);
/* name: [a-z0-9_]+ (a zoc bug otherwise); value: any NUL-terminated text */
void zo_key_add_part(ZoKey *k, const char *name, const char *value);
const char *zo_key_text(const ZoKey *k);
void zo_key_free(ZoKey *k);

/* The entry's payload (malloc'd, NUL-terminated beyond *len), or NULL: no
 * entry, a bad one (removed, with a note), the cache off or refused. */
void *zo_cache_get(const ZoCache *c, const ZoKey *key, const char *ext, size_t *len);
void zo_cache_put(const ZoCache *c, const ZoKey *key, const char *ext, const void *p, size_t len);
/* A payload zo_cache_get gave turned out unusable (why: "LLVM cannot link
 * it: ..."): the entry is removed, with a note naming its file. */
void zo_cache_drop(const ZoCache *c, const ZoKey *key, const char *ext, const char *why);
/* The folder the cache would use (for messages and tests); false when there
 * is none. Says nothing about whether it is acceptable. */
bool zo_cache_dir(const ZoCache *c, char *out, size_t n);
/* The entry's file name (32 hex digits, '.', ext) for key: out holds 64 */
void zo_cache_entry_name(const ZoCache *c, const ZoKey *key, const char *ext, char out[64]);

/* SHA-256 (FIPS 180-4) of n bytes */
void zo_sha256(const void *p, size_t n, uint8_t out[32]);

#endif
