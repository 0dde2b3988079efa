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
#include <stdio.h>
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

/* ---- files
 * Every path zoc reads may have been pointed anywhere: at a FIFO (opening it
 * waits for a writer forever), /dev/zero or /dev/urandom (endless), a
 * directory. So only regular files are read, never waiting on the open, and
 * a file parsed whole has a size limit (each caller's, chosen far above any
 * real file of its kind). Writes go to a fresh temporary file beside the
 * target, opened so that nothing planted at its name is followed or
 * truncated, then renamed over the target. */
#define ZO_MiB ((size_t)1 << 20)
#define ZO_GiB ((size_t)1 << 30)
/* What zo_read_file takes: files zoc wrote itself (run logs, state.json) or
 * copies whole; a real one is a few MB. */
#define ZO_READ_MAX ZO_GiB

/* Opens PATH read-only if it is a regular file (a FIFO is not waited on:
 * O_NONBLOCK until fstat says what it is). A descriptor, or -1 with errno set
 * and, unless quiet, a message naming the file and what it is ("a character
 * device, not a regular file"). */
int zo_open_regular(const char *path, bool quiet);
/* The same as a stdio stream for reading (streamed readers: JSON Lines). */
FILE *zo_fopen_regular(const char *path, bool quiet);
/* Reads a whole regular file of at most MAX bytes, NUL-terminated; NULL after
 * a message naming the file ("2.3 GiB: larger than the 256 MiB a
 * tokenizer.json may be": WHAT names the kind of file). *len gets the size. */
char *zo_read_file_max(const char *path, size_t max, const char *what, size_t *len);
/* zo_read_file_max(path, ZO_READ_MAX, "a file zoc reads whole", len). */
char *zo_read_file(const char *path, size_t *len);
/* One line of FP (with its '\n', NUL-terminated) into *line, grown as getline
 * does: its length (NUL bytes count), -1 at the end of the file or on a read
 * error (ferror tells), or -2 if the line is longer than MAX bytes (getline
 * itself grows without bound on a file with no newline). */
int64_t zo_getline_max(char **line, size_t *cap, FILE *fp, size_t max);

/* Creates a new temporary file for PATH, PATH.tmp.PID (PATH.tmp.PID.1, .2, ...
 * if that name is taken), with O_EXCL | O_NOFOLLOW: whatever is already at
 * the name (a stale temporary, a planted symlink) is never followed nor
 * truncated. Refuses a PATH that exists and is not a regular file (renaming
 * over /dev/null as root would replace the device). A descriptor (the name in
 * *tmp, malloc'd), or -1 after a message. */
int zo_temp_create(const char *path, char **tmp);
/* Renames TMP over PATH and fsyncs PATH's directory, so that the rename itself
 * survives a crash (the caller fsynced and closed TMP). 0, or -1 after a
 * message (TMP is removed). */
int zo_temp_commit(const char *tmp, const char *path);
/* Writes a file atomically: zo_temp_create, write, fsync, zo_temp_commit.
 * Returns 0 or -1 (with a message). */
int zo_write_file_atomic(const char *path, const void *data, size_t len);
/* A new file of its own in $TMPDIR (else /tmp), named NAME-XXXXXX.EXT by
 * mkstemps (O_EXCL, mode 0600): for what zoc leaves there for a person (a
 * source a compiler rejected), never a guessable name that another user of
 * the machine could have planted a link at. A descriptor (the name in path),
 * or -1 with errno set. */
int zo_tmp_file(const char *name, const char *ext, char *path, size_t n);
/* A new directory of its own in $TMPDIR (else /tmp), NAME-XXXXXX, mode 0700
 * (mkdtemp): scratch files inside it cannot be reached by other users. 0 (the
 * name in path), or -1 with errno set. */
int zo_tmp_dir(const char *name, char *path, size_t n);
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
