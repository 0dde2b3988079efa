/* parse.c — the front end's driver: source files, imports, and -D values.
 *
 * Owns everything around one run of the grammar (parser.y): reading a file
 * into the Program (its text stays there, so every Loc can show its line),
 * running the scanner and parser on it, and following `import "x.zo"`.
 *
 * Imports are followed breadth-first from a queue (no recursion, so a long
 * import chain cannot overflow the stack). A path resolves against the
 * importing file's directory first, then each directory of $ZOC_PATH
 * (colon-separated) or, when that is unset, the bundled ZOC_SOURCE_DIR/models.
 * Each file is read once, keyed by its realpath (a hash set, so n imports
 * take O(n)), so import cycles and diamonds are harmless. Declarations land in Program.decls in the order the
 * files are read; an import that cannot be found or read is an error at the
 * import's location. Only regular files of at most ZO_MAX_SOURCE_BYTES
 * (64 MiB) are read: a larger one is refused by its size, unread.
 */
#include "frontend/ast.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "parser.h"
#include "lexer.h"

#ifndef ZOC_SOURCE_DIR
#define ZOC_SOURCE_DIR "."
#endif

typedef struct Import {
  const Ast *decl;   /* the AST_IMPORT */
  const char *dir;   /* the importing file's directory ("" = the current one) */
} Import;

/* One call of zo_parse_files / zo_parse_string. */
typedef struct Session {
  Program *p;
  Vec(char *) seen;      /* realpaths of the files read (malloc'd) */
  int *seen_slot;        /* a hash set over seen (1 + its index; 0 empty), so n imports take O(n) */
  int seen_cap;          /* slots: a power of two, over twice seen.len */
  Vec(Import) queue;
  int next;              /* the first import of the queue not yet followed */
} Session;

static Program *program_new(void) { return zo_xcalloc(1, sizeof(Program)); }

void zo_program_free(Program *p) {
  if (!p) return;
  for (int i = 0; i < p->nodes.len; i++) {
    Ast *n = p->nodes.data[i];
    vec_free(&n->args);
    vec_free(&n->kwargs);
    vec_free(&n->params);
    vec_free(&n->body);
    vec_free(&n->hf_types);
  }
  vec_free(&p->nodes);
  vec_free(&p->decls);
  vec_free(&p->files);
  zo_arena_free(&p->arena);
  free(p);
}

/* A copy of the text in the program (NUL-terminated; the text may hold NULs). */
static SrcFile *add_file(Program *p, const char *path, const char *text, size_t len) {
  SrcFile *f = zo_arena_alloc(&p->arena, sizeof(SrcFile));
  f->path = zo_arena_strdup(&p->arena, path);
  char *t = zo_arena_alloc(&p->arena, len + 1);
  if (len) memcpy(t, text, len);
  f->text = t;
  f->len = len;
  vec_push(&p->files, f);
  return f;
}

/* Runs the grammar from `start` over a file: declarations go to p->decls, a
 * -D value is returned. */
static Ast *run_parser(Program *p, const SrcFile *f, int start) {
  ParseCtx ctx = {0};
  ctx.prog = p;
  ctx.file = f;
  ctx.start_token = start;
  ctx.is_define = start == TOK_START_DEFINE;
  ctx.line = ctx.col = 1;
  ctx.end = (Loc){f, 1, 1};
  ctx.decls = &p->decls;
  if (f->len > INT_MAX / 2) {  /* flex counts in int */
    zo_diag_error((Loc){f, 1, 1}, "file too large (%zu bytes)", f->len);
    return NULL;
  }
  yyscan_t scanner;
  if (zo_lexlex_init_extra(&ctx, &scanner) != 0) ZO_BUG("cannot create the scanner: %s", strerror(errno));
  ctx.scanner = scanner;
  YY_BUFFER_STATE buf = zo_lex_scan_bytes(f->text, (int)f->len, scanner);
  zo_yyparse(&ctx);
  zo_lex_delete_buffer(buf, scanner);
  zo_lexlex_destroy(scanner);
  return ctx.value;
}

static const char *dir_of(Arena *a, const char *path) {
  const char *slash = strrchr(path, '/');
  if (!slash) return "";
  if (slash == path) return "/";
  return zo_arena_strndup(a, path, (size_t)(slash - path));
}

static const char *join(Arena *a, const char *dir, const char *path) {
  if (!dir[0] || path[0] == '/') return path;
  return zo_arena_printf(a, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", path);
}

/* The largest source file read. The bundled models are a few KB and a file
 * of 40,000 generated models about 4 MB; the program keeps every file's text
 * and builds a syntax tree of some 10-20 times its size, so 64 MiB bounds the
 * front end's memory to about a GB and its time to seconds, where an 8 GB
 * file (a checkpoint imported by mistake) would take minutes and all the
 * memory there is before failing. */
#define ZO_MAX_SOURCE_BYTES ((size_t)64 << 20)

/* why a file is not read: its size against the cap ("over" while it grew) */
static const char *too_large(long long size, bool over) {
  static char msg[160];
  snprintf(msg, sizeof msg, "the file is %s%lld bytes, more than zoc reads as source (%zu MiB)", over ? "over " : "",
           size, ZO_MAX_SOURCE_BYTES >> 20);
  return msg;
}

/* Reads a regular file whole; NULL and *why on failure (a /dev or a FIFO
 * would block or never end, so only regular files are read; a file larger
 * than ZO_MAX_SOURCE_BYTES is refused before a byte of it is read). */
static char *read_source(const char *path, size_t *len, const char **why) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *why = strerror(errno);
    return NULL;
  }
  struct stat st;
  if (fstat(fd, &st) != 0) {
    *why = strerror(errno);
    close(fd);
    return NULL;
  }
  if (!S_ISREG(st.st_mode)) {
    *why = S_ISDIR(st.st_mode) ? strerror(EISDIR) : "not a regular file";
    close(fd);
    return NULL;
  }
  if ((uint64_t)st.st_size > ZO_MAX_SOURCE_BYTES) {
    *why = too_large((long long)st.st_size, false);
    close(fd);
    return NULL;
  }
  StrBuf sb = {0};
  char chunk[65536];
  for (;;) {
    ssize_t n = read(fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      *why = strerror(errno);
      close(fd);
      zo_sb_free(&sb);
      return NULL;
    }
    if (n == 0) break;
    if (sb.len + (size_t)n > ZO_MAX_SOURCE_BYTES) {   /* it grew after the fstat */
      *why = too_large((long long)ZO_MAX_SOURCE_BYTES, true);
      close(fd);
      zo_sb_free(&sb);
      return NULL;
    }
    if (sb.len + (size_t)n + 1 > sb.cap) {
      sb.cap = (sb.len + (size_t)n + 1) * 2;
      sb.buf = zo_xrealloc(sb.buf, sb.cap);
    }
    memcpy(sb.buf + sb.len, chunk, (size_t)n);
    sb.len += (size_t)n;
  }
  close(fd);
  *len = sb.len;
  return sb.buf ? sb.buf : zo_xcalloc(1, 1);
}

static uint64_t path_hash(const char *path) {
  uint64_t h = 0xcbf29ce484222325ull;   /* FNV-1a */
  for (const unsigned char *c = (const unsigned char *)path; *c; c++) h = (h ^ *c) * 0x100000001b3ull;
  return h;
}

/* the slot of path in the set: where it is, or the empty one where it would go */
static int seen_probe(const Session *s, const char *path) {
  int i = (int)(path_hash(path) & (uint64_t)(s->seen_cap - 1));
  while (s->seen_slot[i] && strcmp(s->seen.data[s->seen_slot[i] - 1], path) != 0) i = (i + 1) & (s->seen_cap - 1);
  return i;
}

/* Marks a realpath as read; 0 if it already was (the path is then freed). */
static int first_visit(Session *s, char *real) {
  if (2 * (s->seen.len + 1) > s->seen_cap) {   /* grown: every path placed again */
    free(s->seen_slot);
    s->seen_cap = s->seen_cap ? 2 * s->seen_cap : 64;
    s->seen_slot = zo_xcalloc((size_t)s->seen_cap, sizeof(int));
    for (int i = 0; i < s->seen.len; i++) s->seen_slot[seen_probe(s, s->seen.data[i])] = i + 1;
  }
  int at = seen_probe(s, real);
  if (s->seen_slot[at]) {
    free(real);
    return 0;
  }
  vec_push(&s->seen, real);
  s->seen_slot[at] = s->seen.len;
  return 1;
}

/* Parses one file's text and queues its imports. */
static void parse_source(Session *s, const char *path, const char *text, size_t len, const char *dir) {
  const SrcFile *f = add_file(s->p, path, text, len);
  int first = s->p->decls.len;
  run_parser(s->p, f, TOK_START_FILE);
  for (int i = first; i < s->p->decls.len; i++)
    if (s->p->decls.data[i]->kind == AST_IMPORT) vec_push(&s->queue, ((Import){s->p->decls.data[i], dir}));
}

/* The directories searched after the importing file's own. */
static int search_dirs(Arena *a, const char **dirs, int max) {
  const char *env = getenv("ZOC_PATH");
  if (!env) {
    dirs[0] = ZOC_SOURCE_DIR "/models";
    return 1;
  }
  int n = 0;
  for (const char *p = env; *p && n < max;) {
    const char *e = strchr(p, ':');
    size_t len = e ? (size_t)(e - p) : strlen(p);
    if (len > 0) dirs[n++] = zo_arena_strndup(a, p, len);
    p += len + (e ? 1 : 0);
  }
  return n;
}

int zo_import_dirs(Arena *a, const char **dirs, int max) { return search_dirs(a, dirs, max); }

static void follow_import(Session *s, const Import *imp) {
  Arena *a = &s->p->arena;
  const char *path = imp->decl->name;
  const char *cands[66];
  int n = 0;
  cands[n++] = join(a, imp->dir, path);
  if (path[0] != '/') {
    const char *dirs[64];
    int nd = search_dirs(a, dirs, 64);
    for (int i = 0; i < nd; i++) cands[n++] = join(a, dirs[i], path);
  }
  const char *why = NULL;
  for (int i = 0; i < n; i++) {
    char *real = realpath(cands[i], NULL);
    if (!real) {
      if (errno != ENOENT && errno != ENOTDIR && !why) why = strerror(errno);
      continue;
    }
    if (!first_visit(s, real)) return;
    size_t len = 0;
    char *text = read_source(cands[i], &len, &why);
    if (!text) break;
    parse_source(s, cands[i], text, len, dir_of(a, cands[i]));
    free(text);
    return;
  }
  zo_diag_error(imp->decl->loc, "cannot import \"%s\": %s", path, why ? why : strerror(ENOENT));
}

static void follow_imports(Session *s) {
  while (s->next < s->queue.len) {
    Import imp = s->queue.data[s->next++];
    follow_import(s, &imp);
  }
}

static void session_end(Session *s) {
  for (int i = 0; i < s->seen.len; i++) free(s->seen.data[i]);
  vec_free(&s->seen);
  free(s->seen_slot);
  vec_free(&s->queue);
}

/* A file the user named that cannot be read: an error about the file as a
 * whole (no line), counted like any other so the command fails. */
static void file_error(const char *path, const char *why) {
  SrcFile f = {path, NULL, 0};
  zo_diag_error((Loc){&f, 0, 0}, "cannot read file: %s", why);
}

Program *zo_parse_files(const char *const *paths, int n) {
  Session s = {.p = program_new()};
  for (int i = 0; i < n; i++) {
    char *real = realpath(paths[i], NULL);
    if (!real) {
      file_error(paths[i], strerror(errno));
      continue;
    }
    if (!first_visit(&s, real)) continue;
    size_t len = 0;
    const char *why = NULL;
    char *text = read_source(paths[i], &len, &why);
    if (!text) {
      file_error(paths[i], why);
      continue;
    }
    parse_source(&s, paths[i], text, len, dir_of(&s.p->arena, paths[i]));
    free(text);
    follow_imports(&s);
  }
  session_end(&s);
  return s.p;
}

Program *zo_parse_string(const char *name, const char *text, size_t len) {
  Session s = {.p = program_new()};
  parse_source(&s, name, text, len, "");
  follow_imports(&s);
  session_end(&s);
  return s.p;
}

Ast *zo_parse_define_value(Program *p, const char *where, const char *text) {
  const SrcFile *f = add_file(p, where, text, strlen(text));
  int before = zo_diag_count();
  Ast *v = run_parser(p, f, TOK_START_DEFINE);
  return zo_diag_count() == before ? v : NULL;
}
