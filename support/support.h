/* support.h — what every phase of zoc shares: arenas, growable arrays, string
 * buffers, and the three kinds of failure.
 *
 * Failures are never mixed:
 *  - the user's mistake in a .zo file: zo_diag_error() with a source location
 *    (FILE:LINE:COL: error: MESSAGE, the line, a caret); the phase goes on and
 *    counts errors, and the command exits 1;
 *  - a failure outside zoc (a file, a library, a device): zo_env_error() says
 *    what failed and where; the caller returns an error status;
 *  - a bug in zoc: ZO_ASSERT / zo_internal_error() print file:line and abort.
 */
#ifndef ZOC_SUPPORT_H
#define ZOC_SUPPORT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#define ZO_PRINTF(a, b) __attribute__((format(printf, a, b)))
#define ZO_NORETURN __attribute__((noreturn))
#define ZO_COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ---- bugs in zoc */
ZO_NORETURN void zo_internal_error(const char *file, int line, const char *fmt, ...) ZO_PRINTF(3, 4);
#define ZO_BUG(...) zo_internal_error(__FILE__, __LINE__, __VA_ARGS__)
#define ZO_ASSERT(c) do { if (!(c)) zo_internal_error(__FILE__, __LINE__, "assertion failed: %s", #c); } while (0)

/* ---- failures outside zoc: "zoc: error: WHAT: DETAIL" on stderr */
void zo_env_error(const char *what, const char *fmt, ...) ZO_PRINTF(2, 3);

/* ---- memory: an arena frees everything it handed out at once */
typedef struct ArenaBlock ArenaBlock;
typedef struct Arena {
  ArenaBlock *head;
} Arena;

void *zo_arena_alloc(Arena *a, size_t size);      /* zeroed, 16-byte aligned */
char *zo_arena_strdup(Arena *a, const char *s);
char *zo_arena_strndup(Arena *a, const char *s, size_t n);
char *zo_arena_printf(Arena *a, const char *fmt, ...) ZO_PRINTF(2, 3);
void zo_arena_free(Arena *a);

void *zo_xmalloc(size_t size);                    /* aborts on exhaustion */
void *zo_xcalloc(size_t n, size_t size);
void *zo_xrealloc(void *p, size_t size);
char *zo_xstrdup(const char *s);

/* A growable array of T: `Vec(int) v = {0}; vec_push(&v, 3); free(v.data);` */
#define Vec(T) struct { T *data; int len, cap; }
#define vec_push(v, x) do { \
    if ((v)->len == (v)->cap) { \
      (v)->cap = (v)->cap ? 2 * (v)->cap : 8; \
      (v)->data = zo_xrealloc((v)->data, (size_t)(v)->cap * sizeof(*(v)->data)); \
    } \
    (v)->data[(v)->len++] = (x); \
  } while (0)
#define vec_free(v) do { free((v)->data); (v)->data = NULL; (v)->len = (v)->cap = 0; } while (0)

/* ---- a string buffer that grows (malloc'd; free with zo_sb_free) */
typedef struct StrBuf {
  char *buf;
  size_t len, cap;
} StrBuf;

void zo_sb_printf(StrBuf *sb, const char *fmt, ...) ZO_PRINTF(2, 3);
void zo_sb_vprintf(StrBuf *sb, const char *fmt, va_list ap);
void zo_sb_puts(StrBuf *sb, const char *s);
void zo_sb_putc(StrBuf *sb, char c);
char *zo_sb_take(StrBuf *sb);                     /* returns the string; sb is empty after */
void zo_sb_free(StrBuf *sb);

/* ---- files */
/* Reads a whole file; NULL (with zo_env_error) if it cannot. *len gets the size. */
char *zo_read_file(const char *path, size_t *len);
/* Writes a file atomically: PATH.tmp.PID, fsync, rename. Returns 0 or -1 (with a message). */
int zo_write_file_atomic(const char *path, const void *data, size_t len);
/* Makes the directory PATH and its parents (existing ones are fine); 0, or
 * -1 with errno set and, unless quiet, a message naming the directory. */
int zo_make_dirs(const char *path, bool quiet);

/* ---- splitmix64: the reproducible values of random checkpoints, the demo's
 * data and the benches (the ZO perturbation's RNG is codegen/zo_rng.h) */
uint64_t zo_splitmix64(uint64_t *state);
double zo_splitmix_unit(uint64_t *state);     /* in (0, 1): 53 bits, never 0 */
double zo_splitmix_normal(uint64_t *state);   /* Box-Muller of two units, drawn in order */
uint64_t zo_splitmix_stream(uint64_t seed, const char *name);   /* a state per (seed, name), one draw in */

/* ---- user diagnostics */
typedef struct SrcFile {
  const char *path;   /* as the user named it */
  const char *text;   /* NUL-terminated contents */
  size_t len;
} SrcFile;

typedef struct Loc {
  const SrcFile *file;
  int line, col;      /* 1-based; 0 = unknown */
} Loc;

/* Prints "FILE:LINE:COL: error: MESSAGE", the source line and a caret, and counts it. */
void zo_diag_error(Loc loc, const char *fmt, ...) ZO_PRINTF(2, 3);
void zo_diag_note(Loc loc, const char *fmt, ...) ZO_PRINTF(2, 3);
void zo_diag_verror(Loc loc, const char *fmt, va_list ap);
int zo_diag_count(void);          /* errors reported since the last reset */
void zo_diag_reset(void);
/* Where diagnostics go (stderr by default); tests point it at a memstream. */
void zo_diag_set_stream(void *FILE_ptr);
/* Stops reporting after this many errors (default 50), so garbage input stays bounded. */
#define ZO_DIAG_MAX_ERRORS 50

/* Levenshtein distance, capped: the nearest of `names` to `name`, or NULL if none is close. */
const char *zo_nearest_name(const char *name, const char *const *names, int n);

#endif
