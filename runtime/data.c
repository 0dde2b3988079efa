/* data.c — task templates (tasks/NAME.json), JSONL datasets rendered and
 * tokenized with them, and MeZO's train/dev/test sampling.
 *
 * Approach:
 *  - A template file is parsed once into a Task (all of it in one arena):
 *    patterns become lists of pieces (literal text, a field, the gold answer);
 *    label values become canonical strings (true → "true", 1 and 1.0 → "1",
 *    "entailment" as is), so a record's label matches whatever JSON spelling
 *    of it the candidate lists.  The file format is docs/tasks.md.
 *  - A record is rendered to text (prompt, candidate texts or the generation
 *    target, gold answers) and then tokenized; errors are collected as text
 *    and reported once by the caller with FILE:LINE, through zo_env_error
 *    (bad data is a failure outside zoc, never a crash).
 *  - Candidates are tokenized as continuations, as MeZO's encode_prompt()
 *    does (it takes the last len(enc(prompt+cand)) - len(enc(prompt)) ids):
 *    we encode prompt and prompt+candidate without special tokens and, when
 *    the prompt's ids are a prefix of the joint ids (always, for the built-in
 *    templates with byte-level and SentencePiece BPE: the candidates start a
 *    new word or follow a newline), the candidate is the rest.  When they are
 *    not (a merge across the boundary), the candidate is encoded alone,
 *    without special tokens, so that prompt ids + candidate ids still spell
 *    prompt + candidate exactly; MeZO would instead take the joint sequence's
 *    tail, which spells something else after the shorter prompt.
 *  - Sampling reproduces numpy's legacy RandomState permutation (MT19937 and
 *    its masked rejection sampling of the swap index) so that a seed picks
 *    the same examples as MeZO's sample_subset() from a file in the same
 *    order; tests/test_data.c checks it against numpy.  The load_sample /
 *    load_split variants count the records first and tokenize only those
 *    the permutation takes (every record is still parsed and rendered, so
 *    errors do not depend on the seed).
 *  - The templates' rendering must equal MeZO's strings: MeZO lstrip()s the
 *    whole prompt (encode_prompt() joins it to an empty demonstration list
 *    with "\n\n" and calls lstrip()), which the built-in templates express as
 *    an lstrip transform on the field that opens the prompt (docs/tasks.md).
 *  - Files are paths a user gave: only regular files are read (a FIFO or
 *    /dev/zero is refused, never waited on), templates and data read whole
 *    have size limits, and a streamed JSON Lines file's lines have one (the
 *    limits and why: TASK_FILE_MAX and its neighbours below).
 */
#include "runtime/data.h"

#include <errno.h>
#include <jansson.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "runtime/metrics.h"
#include "support/support.h"

/* Size limits, far above any real file (a path may name anything: see
 * support.h): a template is a few KB; the largest of MeZO's task files
 * (SQuAD's train set) is ~80 MB and is read whole, parsed and sampled; a
 * streamed JSON Lines file has no size limit but a line does: a line of
 * token ids is ~7 bytes a token, so 64 MiB is ~10M tokens, ten times the
 * longest context of any model, while getline on a file without a newline
 * would grow until the machine kills us. */
#define TASK_FILE_MAX (16 * ZO_MiB)
#define DATA_FILE_MAX ZO_GiB
#define JSONL_LINE_MAX (64 * ZO_MiB)

/* ------------------------------------------------------------ the Task */

typedef enum { TR_STRIP, TR_LSTRIP, TR_RSTRIP, TR_LOWER, TR_UPPER_FIRST, TR_SUFFIX_IF_MISSING } TransformKind;

typedef struct Transform {
  TransformKind kind;
  const char *arg;                 /* TR_SUFFIX_IF_MISSING: the suffix */
} Transform;

typedef struct Field {             /* a placeholder name: where to find it, what to do to it */
  const char *name;
  const char **from; int nfrom;    /* record keys tried in order (dotted paths reach inside objects) */
  Transform *tr; int ntr;          /* applied in order */
} Field;

typedef enum {
  PC_TEXT,                         /* literal text */
  PC_FIELD,                        /* {name}: a record field */
  PC_ANSWER,                       /* {answer} in a generation target: the first gold answer */
} PieceKind;

typedef struct Piece {
  PieceKind kind;
  const char *text; size_t len;    /* PC_TEXT */
  const char *name;                /* PC_FIELD */
} Piece;

typedef struct Pattern { Piece *p; int n; } Pattern;

typedef struct Cand {
  const char *source;              /* the candidate text as written, for messages */
  Pattern text;
  const char **labels; int nlabels;  /* canonical label strings */
} Cand;

struct Task {
  Arena arena;
  const char *name, *path;
  bool generation;
  Pattern prompt;
  Field *fields; int nfields;
  const char **label_from; int nlabel_from;      /* classification */
  Cand *cand; int ncand;
  const char **answers_from; int nanswers_from;  /* generation */
  Pattern target;
};

bool zo_task_is_generation(const Task *t) { return t->generation; }
const char *zo_task_name(const Task *t) { return t->name; }
const char *zo_task_path(const Task *t) { return t->path; }
int zo_task_num_candidates(const Task *t) { return t->generation ? 1 : t->ncand; }

void zo_task_free(Task *t) {
  if (!t) return;
  Arena a = t->arena;              /* t itself lives in its arena */
  zo_arena_free(&a);
}

/* ---- parsing a template file */

/* A string or a non-empty array of strings → *OUT (arena copies). */
static int string_list(Task *t, json_t *v, const char *key, const char ***out, int *n, StrBuf *err) {
  if (json_is_string(v)) {
    *out = zo_arena_alloc(&t->arena, sizeof(char *));
    (*out)[0] = zo_arena_strdup(&t->arena, json_string_value(v));
    *n = 1;
    return 0;
  }
  if (!json_is_array(v) || json_array_size(v) == 0) {
    zo_sb_printf(err, "\"%s\" must be a string or a non-empty array of strings", key);
    return -1;
  }
  *n = (int)json_array_size(v);
  *out = zo_arena_alloc(&t->arena, (size_t)*n * sizeof(char *));
  for (int i = 0; i < *n; i++) {
    json_t *s = json_array_get(v, (size_t)i);
    if (!json_is_string(s)) {
      zo_sb_printf(err, "\"%s\"[%d] is not a string", key, i);
      return -1;
    }
    (*out)[i] = zo_arena_strdup(&t->arena, json_string_value(s));
  }
  return 0;
}

/* Splits S into pieces: "{name}" is a placeholder, "{{" and "}}" are braces. */
static int parse_pattern(Task *t, const char *s, const char *key, bool is_target, Pattern *out, StrBuf *err) {
  Vec(Piece) v = {0};
  StrBuf lit = {0};
  size_t litlen = 0;
#define FLUSH()                                                                  \
  do {                                                                           \
    if (litlen) {                                                                \
      Piece p = {.kind = PC_TEXT, .text = zo_arena_strndup(&t->arena, lit.buf, litlen), .len = litlen}; \
      vec_push(&v, p);                                                           \
      litlen = 0;                                                                \
      lit.len = 0;                                                               \
    }                                                                            \
  } while (0)
  for (const char *p = s; *p;) {
    if ((p[0] == '{' && p[1] == '{') || (p[0] == '}' && p[1] == '}')) {
      zo_sb_putc(&lit, p[0]);
      litlen++;
      p += 2;
    } else if (*p == '{') {
      const char *e = strpbrk(p + 1, "{}");
      if (!e || *e != '}') {
        zo_sb_printf(err, "\"%s\": '{' at offset %d has no matching '}' (write '{{' for a brace)", key, (int)(p - s));
        vec_free(&v);
        zo_sb_free(&lit);
        return -1;
      }
      if (e == p + 1) {
        zo_sb_printf(err, "\"%s\": empty placeholder {} at offset %d", key, (int)(p - s));
        vec_free(&v);
        zo_sb_free(&lit);
        return -1;
      }
      FLUSH();
      Piece pc = {.kind = PC_FIELD, .name = zo_arena_strndup(&t->arena, p + 1, (size_t)(e - p - 1))};
      if (is_target && !strcmp(pc.name, "answer")) pc.kind = PC_ANSWER;
      vec_push(&v, pc);
      p = e + 1;
    } else if (*p == '}') {
      zo_sb_printf(err, "\"%s\": '}' at offset %d has no matching '{' (write '}}' for a brace)", key, (int)(p - s));
      vec_free(&v);
      zo_sb_free(&lit);
      return -1;
    } else {
      zo_sb_putc(&lit, *p++);
      litlen++;
    }
  }
  FLUSH();
#undef FLUSH
  out->n = v.len;
  out->p = zo_arena_alloc(&t->arena, (size_t)(v.len ? v.len : 1) * sizeof(Piece));
  if (v.len) memcpy(out->p, v.data, (size_t)v.len * sizeof(Piece));
  vec_free(&v);
  zo_sb_free(&lit);
  return 0;
}

/* The canonical string of a label value: strings as they are, true/false,
 * integers (and integral reals) in decimal.  NULL for anything else. */
static char *canon_label(json_t *v) {
  char buf[64];
  if (json_is_string(v)) return zo_xstrdup(json_string_value(v));
  if (json_is_true(v)) return zo_xstrdup("true");
  if (json_is_false(v)) return zo_xstrdup("false");
  if (json_is_integer(v)) {
    snprintf(buf, sizeof buf, "%lld", (long long)json_integer_value(v));
    return zo_xstrdup(buf);
  }
  if (json_is_real(v)) {
    double d = json_real_value(v);
    if (d == (double)(long long)d && d > -9e15 && d < 9e15) {
      snprintf(buf, sizeof buf, "%lld", (long long)d);
      return zo_xstrdup(buf);
    }
  }
  return NULL;
}

/* Rejects keys of OBJ not in the NULL-terminated ALLOWED list. */
static int check_keys(json_t *obj, const char *where, const char *const *allowed, StrBuf *err) {
  const char *k;
  json_t *v;
  json_object_foreach(obj, k, v) {
    bool ok = false;
    int n = 0;
    for (; allowed[n]; n++) ok |= !strcmp(k, allowed[n]);
    if (!ok) {
      const char *near = zo_nearest_name(k, allowed, n);
      zo_sb_printf(err, "%s: unknown key \"%s\"", where, k);
      if (near) zo_sb_printf(err, " (did you mean \"%s\"?)", near);
      return -1;
    }
  }
  return 0;
}

static int parse_transforms(Task *t, json_t *v, const char *fname, Field *f, StrBuf *err) {
  if (!json_is_array(v)) {
    zo_sb_printf(err, "fields.%s.transforms must be an array", fname);
    return -1;
  }
  f->ntr = (int)json_array_size(v);
  f->tr = zo_arena_alloc(&t->arena, (size_t)(f->ntr ? f->ntr : 1) * sizeof(Transform));
  for (int i = 0; i < f->ntr; i++) {
    json_t *e = json_array_get(v, (size_t)i);
    static const struct { const char *name; TransformKind kind; } simple[] = {
      {"strip", TR_STRIP}, {"lstrip", TR_LSTRIP}, {"rstrip", TR_RSTRIP}, {"lower", TR_LOWER},
      {"upper_first", TR_UPPER_FIRST},
    };
    if (json_is_string(e)) {
      const char *s = json_string_value(e);
      int k = -1;
      for (int j = 0; j < (int)ZO_COUNT(simple); j++)
        if (!strcmp(s, simple[j].name)) k = j;
      if (k < 0) {
        zo_sb_printf(err, "fields.%s.transforms[%d]: unknown transform \"%s\" (known: strip, lstrip, rstrip, "
                     "lower, upper_first, {\"suffix_if_missing\": TEXT})", fname, i, s);
        return -1;
      }
      f->tr[i].kind = simple[k].kind;
    } else if (json_is_object(e) && json_object_size(e) == 1 &&
               json_is_string(json_object_get(e, "suffix_if_missing"))) {
      f->tr[i].kind = TR_SUFFIX_IF_MISSING;
      f->tr[i].arg = zo_arena_strdup(&t->arena, json_string_value(json_object_get(e, "suffix_if_missing")));
    } else {
      zo_sb_printf(err, "fields.%s.transforms[%d]: a transform is a name or {\"suffix_if_missing\": TEXT}", fname, i);
      return -1;
    }
  }
  return 0;
}

static int parse_task(Task *t, json_t *root, StrBuf *err) {
  static const char *const top[] = {"name", "about", "type", "prompt", "fields", "label_field",
                                    "candidates", "answers_field", "target", NULL};
  if (!json_is_object(root)) {
    zo_sb_puts(err, "a task template is a JSON object");
    return -1;
  }
  if (check_keys(root, "template", top, err)) return -1;
  json_t *v;
  if ((v = json_object_get(root, "name"))) {
    if (!json_is_string(v)) {
      zo_sb_puts(err, "\"name\" must be a string");
      return -1;
    }
    t->name = zo_arena_strdup(&t->arena, json_string_value(v));
  }
  v = json_object_get(root, "type");
  const char *type = json_is_string(v) ? json_string_value(v) : NULL;
  if (!type || (strcmp(type, "classification") && strcmp(type, "generation"))) {
    zo_sb_puts(err, "\"type\" must be \"classification\" or \"generation\"");
    return -1;
  }
  t->generation = !strcmp(type, "generation");
  v = json_object_get(root, "prompt");
  if (!json_is_string(v)) {
    zo_sb_puts(err, "\"prompt\" (a string with {field} placeholders) is missing");
    return -1;
  }
  if (parse_pattern(t, json_string_value(v), "prompt", false, &t->prompt, err)) return -1;

  if ((v = json_object_get(root, "fields"))) {
    if (!json_is_object(v)) {
      zo_sb_puts(err, "\"fields\" must be an object: {NAME: {\"from\": [...], \"transforms\": [...]}}");
      return -1;
    }
    t->nfields = (int)json_object_size(v);
    t->fields = zo_arena_alloc(&t->arena, (size_t)(t->nfields ? t->nfields : 1) * sizeof(Field));
    const char *k;
    json_t *fv;
    int i = 0;
    json_object_foreach(v, k, fv) {
      static const char *const fkeys[] = {"from", "transforms", NULL};
      Field *f = &t->fields[i++];
      f->name = zo_arena_strdup(&t->arena, k);
      char *where = zo_arena_printf(&t->arena, "fields.%s", k);
      if (!json_is_object(fv)) {
        zo_sb_printf(err, "%s must be an object", where);
        return -1;
      }
      if (check_keys(fv, where, fkeys, err)) return -1;
      json_t *from = json_object_get(fv, "from");
      if (from) {
        if (string_list(t, from, zo_arena_printf(&t->arena, "%s.from", where), &f->from, &f->nfrom, err)) return -1;
      } else {
        f->from = zo_arena_alloc(&t->arena, sizeof(char *));
        f->from[0] = f->name;
        f->nfrom = 1;
      }
      json_t *tr = json_object_get(fv, "transforms");
      if (tr && parse_transforms(t, tr, k, f, err)) return -1;
    }
  }

  json_t *lf = json_object_get(root, "label_field"), *cands = json_object_get(root, "candidates");
  json_t *af = json_object_get(root, "answers_field"), *target = json_object_get(root, "target");
  if (t->generation) {
    if (lf || cands) {
      zo_sb_puts(err, "a generation task has \"answers_field\" and \"target\", not \"label_field\" or \"candidates\"");
      return -1;
    }
    if (!af || !json_is_string(target)) {
      zo_sb_puts(err, "a generation task needs \"answers_field\" and \"target\" (a string such as \" {answer}\\n\")");
      return -1;
    }
    if (string_list(t, af, "answers_field", &t->answers_from, &t->nanswers_from, err)) return -1;
    if (parse_pattern(t, json_string_value(target), "target", true, &t->target, err)) return -1;
    return 0;
  }
  if (af || target) {
    zo_sb_puts(err, "a classification task has \"label_field\" and \"candidates\", not \"answers_field\" or \"target\"");
    return -1;
  }
  if (!lf) {
    zo_sb_puts(err, "\"label_field\" is missing");
    return -1;
  }
  if (string_list(t, lf, "label_field", &t->label_from, &t->nlabel_from, err)) return -1;
  if (!json_is_array(cands) || json_array_size(cands) < 2) {
    zo_sb_puts(err, "\"candidates\" must be an array of at least 2 {\"text\": ..., \"labels\": [...]}");
    return -1;
  }
  t->ncand = (int)json_array_size(cands);
  t->cand = zo_arena_alloc(&t->arena, (size_t)t->ncand * sizeof(Cand));
  for (int i = 0; i < t->ncand; i++) {
    static const char *const ckeys[] = {"text", "labels", NULL};
    json_t *c = json_array_get(cands, (size_t)i);
    char *where = zo_arena_printf(&t->arena, "candidates[%d]", i);
    if (!json_is_object(c)) {
      zo_sb_printf(err, "%s must be an object {\"text\": ..., \"labels\": [...]}", where);
      return -1;
    }
    if (check_keys(c, where, ckeys, err)) return -1;
    json_t *text = json_object_get(c, "text"), *labels = json_object_get(c, "labels");
    if (!json_is_string(text) || !*json_string_value(text)) {
      zo_sb_printf(err, "%s.text must be a non-empty string", where);
      return -1;
    }
    Cand *cd = &t->cand[i];
    cd->source = zo_arena_strdup(&t->arena, json_string_value(text));
    if (parse_pattern(t, cd->source, where, false, &cd->text, err)) return -1;
    if (!json_is_array(labels) || json_array_size(labels) == 0) {
      zo_sb_printf(err, "%s.labels must be a non-empty array of label values", where);
      return -1;
    }
    cd->nlabels = (int)json_array_size(labels);
    cd->labels = zo_arena_alloc(&t->arena, (size_t)cd->nlabels * sizeof(char *));
    for (int j = 0; j < cd->nlabels; j++) {
      char *s = canon_label(json_array_get(labels, (size_t)j));
      if (!s) {
        zo_sb_printf(err, "%s.labels[%d]: a label is a string, an integer or true/false", where, j);
        return -1;
      }
      cd->labels[j] = zo_arena_strdup(&t->arena, s);
      free(s);
      /* the same value twice in one candidate (true and "true") is harmless;
       * in two candidates it would make the label ambiguous */
      for (int a = 0; a < i; a++)
        for (int b = 0; b < t->cand[a].nlabels; b++)
          if (!strcmp(t->cand[a].labels[b], cd->labels[j])) {
            zo_sb_printf(err, "%s: label \"%s\" also belongs to candidates[%d]", where, cd->labels[j], a);
            return -1;
          }
    }
  }
  return 0;
}

static bool file_readable(const char *p) { return access(p, R_OK) == 0; }

/* NAME.json in the search path (malloc'd), or NULL with the places tried in TRIED. */
static char *find_task_file(const char *name, StrBuf *tried) {
  Vec(char *) dirs = {0};
  const char *env = getenv("ZOC_TASKS_DIR");
  if (env && *env) vec_push(&dirs, zo_xstrdup(env));
  vec_push(&dirs, zo_xstrdup("tasks"));
#ifdef ZOC_SOURCE_DIR
  vec_push(&dirs, zo_xstrdup(ZOC_SOURCE_DIR "/tasks"));
#endif
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    if (slash) {
      *slash = 0;
      StrBuf sb = {0};
      zo_sb_printf(&sb, "%s/tasks", exe);
      vec_push(&dirs, zo_sb_take(&sb));
      zo_sb_printf(&sb, "%s/../tasks", exe);
      vec_push(&dirs, zo_sb_take(&sb));
      zo_sb_printf(&sb, "%s/../share/zoc/tasks", exe);
      vec_push(&dirs, zo_sb_take(&sb));
    }
  }
  char *found = NULL;
  for (int i = 0; i < dirs.len; i++) {
    StrBuf p = {0};
    zo_sb_printf(&p, "%s/%s.json", dirs.data[i], name);
    if (!found && file_readable(p.buf)) {
      found = zo_sb_take(&p);
    } else {
      if (!found) zo_sb_printf(tried, "%s%s", tried->len ? ", " : "", p.buf);
      zo_sb_free(&p);
    }
    free(dirs.data[i]);
  }
  vec_free(&dirs);
  return found;
}

Task *zo_task_load(const char *name_or_path) {
  const char *arg = name_or_path ? name_or_path : "";
  size_t alen = strlen(arg);
  bool is_path = strchr(arg, '/') || (alen > 5 && !strcmp(arg + alen - 5, ".json"));
  char *path;
  if (is_path) {
    path = zo_xstrdup(arg);
  } else {
    /* names: lower case, '-' and '_' dropped ("SST-2" → "sst2"); nothing else may
     * appear, so a name never walks out of the tasks directory */
    StrBuf nm = {0};
    for (const char *p = arg; *p; p++) {
      char c = *p;
      if (c == '-' || c == '_') continue;
      if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
        zo_env_error(arg, "not a task name (sst2, rte, cb, boolq, squad) nor a template path");
        zo_sb_free(&nm);
        return NULL;
      }
      zo_sb_putc(&nm, c);
    }
    if (!nm.len) {
      zo_env_error("task", "no task name given (sst2, rte, cb, boolq, squad, or a template file)");
      return NULL;
    }
    StrBuf tried = {0};
    path = find_task_file(nm.buf, &tried);
    if (!path) {
      static const char *const known[] = {"sst2", "rte", "cb", "boolq", "squad"};
      const char *near = zo_nearest_name(nm.buf, known, (int)ZO_COUNT(known));
      zo_env_error(arg, "unknown task: no template file (looked for %s)%s%s%s", tried.buf,
                   near ? "; did you mean " : "", near ? near : "", near ? "?" : "");
      zo_sb_free(&tried);
      zo_sb_free(&nm);
      return NULL;
    }
    zo_sb_free(&tried);
    zo_sb_free(&nm);
  }

  size_t len;
  char *text = zo_read_file_max(path, TASK_FILE_MAX, "a task template", &len);
  if (!text) {
    free(path);
    return NULL;
  }
  json_error_t jerr;
  json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr);
  free(text);
  if (!root) {
    StrBuf where = {0};
    zo_sb_printf(&where, "%s:%d:%d", path, jerr.line, jerr.column);
    zo_env_error(where.buf, "not a valid JSON template: %s", jerr.text);
    zo_sb_free(&where);
    free(path);
    return NULL;
  }
  Arena a = {0};
  Task *t = zo_arena_alloc(&a, sizeof(Task));
  t->arena = a;
  t->path = zo_arena_strdup(&t->arena, path);
  StrBuf err = {0};
  int rc = parse_task(t, root, &err);
  json_decref(root);
  if (rc) {
    zo_env_error(path, "bad task template: %s", err.buf);
    zo_sb_free(&err);
    free(path);
    zo_task_free(t);
    return NULL;
  }
  if (!t->name) {                  /* the file's base name, without .json */
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    size_t bl = strlen(b);
    t->name = zo_arena_strndup(&t->arena, b, bl > 5 && !strcmp(b + bl - 5, ".json") ? bl - 5 : bl);
  }
  free(path);
  return t;
}

/* ------------------------------------------------------------ rendering */

/* KEY in the record: the key itself, else a dotted path into nested objects. */
static json_t *lookup(json_t *rec, const char *key) {
  json_t *v = json_object_get(rec, key);
  if (v || !strchr(key, '.')) return v;
  char *k = zo_xstrdup(key), *save = NULL;
  v = rec;
  for (char *part = strtok_r(k, ".", &save); part && v; part = strtok_r(NULL, ".", &save))
    v = json_is_object(v) ? json_object_get(v, part) : NULL;
  free(k);
  return v;
}

static void put_names(StrBuf *sb, const char *const *names, int n) {
  for (int i = 0; i < n; i++) zo_sb_printf(sb, "%s\"%s\"", i == 0 ? "" : i == n - 1 ? " or " : ", ", names[i]);
}

/* The text of field NAME for this record, transformed (malloc'd), or NULL + ERR. */
static char *field_text(const Task *t, const char *name, json_t *rec, StrBuf *err) {
  const Field *f = NULL;
  for (int i = 0; i < t->nfields; i++)
    if (!strcmp(t->fields[i].name, name)) f = &t->fields[i];
  const char *const *from = f ? f->from : &name;
  int nfrom = f ? f->nfrom : 1;
  json_t *v = NULL;
  const char *key = NULL;
  for (int i = 0; i < nfrom && !v; i++) v = lookup(rec, key = from[i]);
  if (!v) {
    zo_sb_puts(err, "missing field ");
    put_names(err, from, nfrom);
    return NULL;
  }
  char *s;
  if (json_is_string(v)) {
    s = zo_xstrdup(json_string_value(v));
  } else if (json_is_integer(v)) {     /* as Python's f-string writes them */
    StrBuf sb = {0};
    zo_sb_printf(&sb, "%lld", (long long)json_integer_value(v));
    s = zo_sb_take(&sb);
  } else if (json_is_boolean(v)) {
    s = zo_xstrdup(json_is_true(v) ? "True" : "False");
  } else {
    zo_sb_printf(err, "field \"%s\" is not text (a string, integer or boolean)", key);
    return NULL;
  }
  for (int i = 0; f && i < f->ntr; i++) {
    char *r = NULL;
    switch (f->tr[i].kind) {
    case TR_STRIP: r = zo_py_strip(s, true, true); break;
    case TR_LSTRIP: r = zo_py_strip(s, true, false); break;
    case TR_RSTRIP: r = zo_py_strip(s, false, true); break;
    case TR_LOWER: r = zo_py_lower(s); break;
    case TR_UPPER_FIRST: r = zo_py_upper_first(s); break;
    case TR_SUFFIX_IF_MISSING: {
      size_t n = strlen(s), k = strlen(f->tr[i].arg);
      StrBuf sb = {0};
      zo_sb_puts(&sb, s);
      if (n < k || memcmp(s + n - k, f->tr[i].arg, k)) zo_sb_puts(&sb, f->tr[i].arg);
      r = zo_sb_take(&sb);
      break;
    }
    }
    free(s);
    s = r;
  }
  return s;
}

static int render(const Task *t, const Pattern *p, json_t *rec, const char *answer, StrBuf *out, StrBuf *err) {
  zo_sb_puts(out, "");
  for (int i = 0; i < p->n; i++) {
    const Piece *pc = &p->p[i];
    if (pc->kind == PC_TEXT) {
      zo_sb_puts(out, pc->text);
    } else if (pc->kind == PC_ANSWER) {
      zo_sb_puts(out, answer);
    } else {
      char *s = field_text(t, pc->name, rec, err);
      if (!s) return -1;
      zo_sb_puts(out, s);
      free(s);
    }
  }
  return 0;
}

typedef struct Rendered {
  char *prompt;
  char **cand; int ncand;          /* candidate texts; generation: the target */
  int label;
  char **answers; int nanswers;
} Rendered;

static void rendered_free(Rendered *r) {
  free(r->prompt);
  for (int i = 0; i < r->ncand; i++) free(r->cand[i]);
  free(r->cand);
  for (int i = 0; i < r->nanswers; i++) free(r->answers[i]);
  free(r->answers);
  memset(r, 0, sizeof *r);
}

/* The label's candidate index, or -1 + ERR. */
static int find_label(const Task *t, json_t *rec, StrBuf *err) {
  json_t *v = NULL;
  const char *key = NULL;
  for (int i = 0; i < t->nlabel_from && !v; i++) v = lookup(rec, key = t->label_from[i]);
  if (!v) {
    zo_sb_puts(err, "missing label field ");
    put_names(err, t->label_from, t->nlabel_from);
    return -1;
  }
  char *c = canon_label(v);
  int found = -1;
  for (int i = 0; c && i < t->ncand && found < 0; i++)
    for (int j = 0; j < t->cand[i].nlabels; j++)
      if (!strcmp(c, t->cand[i].labels[j])) found = i;
  if (found < 0) {
    char *shown = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
    zo_sb_printf(err, "label %s (field \"%s\") is not in the task's label set: ", shown ? shown : "?", key);
    for (int i = 0, first = 1; i < t->ncand; i++)
      for (int j = 0; j < t->cand[i].nlabels; j++, first = 0)
        zo_sb_printf(err, "%s%s", first ? "" : ", ", t->cand[i].labels[j]);
    free(shown);
  }
  free(c);
  return found;
}

/* All gold answers: a string, or an array of strings, at the first answers_field present. */
static int find_answers(const Task *t, json_t *rec, Rendered *r, StrBuf *err) {
  json_t *v = NULL;
  const char *key = NULL;
  for (int i = 0; i < t->nanswers_from && !v; i++) v = lookup(rec, key = t->answers_from[i]);
  if (!v) {
    zo_sb_puts(err, "missing answer field ");
    put_names(err, t->answers_from, t->nanswers_from);
    return -1;
  }
  if (json_is_string(v)) {
    r->answers = zo_xmalloc(sizeof(char *));
    r->answers[r->nanswers++] = zo_xstrdup(json_string_value(v));
    return 0;
  }
  if (!json_is_array(v)) {
    zo_sb_printf(err, "field \"%s\" must be a string or an array of strings", key);
    return -1;
  }
  if (json_array_size(v) == 0) {
    zo_sb_printf(err, "no gold answer: field \"%s\" is an empty array", key);
    return -1;
  }
  r->answers = zo_xmalloc(json_array_size(v) * sizeof(char *));
  for (size_t i = 0; i < json_array_size(v); i++) {
    json_t *s = json_array_get(v, i);
    if (!json_is_string(s)) {
      zo_sb_printf(err, "field \"%s\"[%zu] is not a string", key, i);
      return -1;
    }
    r->answers[r->nanswers++] = zo_xstrdup(json_string_value(s));
  }
  return 0;
}

static int render_record(const Task *t, json_t *rec, Rendered *r, StrBuf *err) {
  memset(r, 0, sizeof *r);
  if (!json_is_object(rec)) {
    zo_sb_puts(err, "a record must be a JSON object");
    return -1;
  }
  StrBuf sb = {0};
  if (render(t, &t->prompt, rec, NULL, &sb, err)) goto fail;
  r->prompt = zo_sb_take(&sb);
  if (t->generation) {
    if (find_answers(t, rec, r, err)) goto fail;
    r->cand = zo_xmalloc(sizeof(char *));
    if (render(t, &t->target, rec, r->answers[0], &sb, err)) goto fail;
    r->cand[r->ncand++] = zo_sb_take(&sb);
    r->label = 0;
    return 0;
  }
  if ((r->label = find_label(t, rec, err)) < 0) goto fail;
  r->cand = zo_xcalloc((size_t)t->ncand, sizeof(char *));
  for (int i = 0; i < t->ncand; i++) {
    if (render(t, &t->cand[i].text, rec, NULL, &sb, err)) goto fail;
    r->cand[r->ncand++] = zo_sb_take(&sb);
  }
  return 0;
fail:
  zo_sb_free(&sb);
  rendered_free(r);
  return -1;
}

/* Parses TEXT as one record and renders it; NULL-free on success. */
static int render_text(const Task *t, const char *text, Rendered *r) {
  json_error_t jerr;
  json_t *rec = json_loads(text, 0, &jerr);
  StrBuf err = {0};
  StrBuf what = {0};
  zo_sb_printf(&what, "task %s: record", t->name);
  if (!rec) {
    zo_env_error(what.buf, "bad JSON at column %d: %s", jerr.column, jerr.text);
    zo_sb_free(&what);
    return -1;
  }
  int rc = render_record(t, rec, r, &err);
  json_decref(rec);
  if (rc) zo_env_error(what.buf, "%s", err.buf);
  zo_sb_free(&err);
  zo_sb_free(&what);
  return rc;
}

char *zo_task_render_prompt(const Task *t, const char *json_record_text, int *label_out) {
  Rendered r;
  if (render_text(t, json_record_text, &r)) return NULL;
  char *p = r.prompt;
  r.prompt = NULL;
  if (label_out) *label_out = r.label;
  rendered_free(&r);
  return p;
}

char *zo_task_render_candidate(const Task *t, const char *json_record_text, int i) {
  if (i < 0 || i >= zo_task_num_candidates(t)) {
    zo_env_error(t->name, "candidate %d does not exist (the task has %d)", i, zo_task_num_candidates(t));
    return NULL;
  }
  Rendered r;
  if (render_text(t, json_record_text, &r)) return NULL;
  char *c = r.cand[i];
  r.cand[i] = NULL;
  rendered_free(&r);
  return c;
}

/* ------------------------------------------------------------ tokenizing */

static void example_free(Example *e) {
  free(e->prompt);
  for (int i = 0; i < e->ncand; i++) free(e->cand[i]);
  free(e->cand);
  free(e->ncand_tok);
  for (int i = 0; i < e->nanswers; i++) free(e->answers[i]);
  free(e->answers);
  memset(e, 0, sizeof *e);
}

static int encode(const Tokenizer *tok, const char *s, size_t len, bool special, int32_t **ids, int *n, StrBuf *err) {
  if (zo_tok_encode(tok, s, len, special, ids, n)) {
    zo_sb_puts(err, "the tokenizer could not encode the rendered text");
    return -1;
  }
  return 0;
}

/* Moves R's texts into E and tokenizes them (see the file comment). */
static int tokenize(const Task *t, const Tokenizer *tok, Rendered *r, Example *e, StrBuf *err) {
  memset(e, 0, sizeof *e);
  size_t plen = strlen(r->prompt);
  int32_t *plain = NULL;
  int nplain = 0;
  if (encode(tok, r->prompt, plen, true, &e->prompt, &e->nprompt, err)) goto fail;
  if (encode(tok, r->prompt, plen, false, &plain, &nplain, err)) goto fail;
  e->cand = zo_xcalloc((size_t)r->ncand, sizeof(int32_t *));
  e->ncand_tok = zo_xcalloc((size_t)r->ncand, sizeof(int));
  for (int i = 0; i < r->ncand; i++, e->ncand++) {
    size_t clen = strlen(r->cand[i]);
    char *joint = zo_xmalloc(plen + clen + 1);
    memcpy(joint, r->prompt, plen);
    memcpy(joint + plen, r->cand[i], clen + 1);
    int32_t *ids = NULL;
    int n = 0;
    int rc = encode(tok, joint, plen + clen, false, &ids, &n, err);
    free(joint);
    if (rc) goto fail;
    if (n > nplain && (nplain == 0 || !memcmp(ids, plain, (size_t)nplain * sizeof(int32_t)))) {
      memmove(ids, ids + nplain, (size_t)(n - nplain) * sizeof(int32_t));
      e->cand[i] = ids;
      e->ncand_tok[i] = n - nplain;
    } else {                       /* a merge across the boundary: the candidate alone */
      free(ids);
      if (encode(tok, r->cand[i], clen, false, &e->cand[i], &e->ncand_tok[i], err)) goto fail;
    }
    if (e->ncand_tok[i] == 0) {
      zo_sb_printf(err, "%s \"%s\" has no tokens", t->generation ? "the target" : "a candidate", r->cand[i]);
      e->ncand++;
      goto fail;
    }
  }
  e->label = r->label;
  e->answers = r->answers;
  e->nanswers = r->nanswers;
  r->answers = NULL;
  r->nanswers = 0;
  free(plain);
  return 0;
fail:
  free(plain);
  example_free(e);
  return -1;
}

/* ------------------------------------------------------------ datasets */

void zo_dataset_free(Dataset *d) {
  if (!d) return;
  if (!d->view) {
    for (int i = 0; i < d->n; i++) example_free(&d->ex[i]);
    free(d->path);
  }
  free(d->ex);
  memset(d, 0, sizeof *d);
}

static bool blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n') return false;
  return true;
}

/* The records of TEXT (LEN bytes of the JSONL file PATH).  Every line is
 * parsed and rendered, so a bad record anywhere fails the load whichever
 * records are picked; only picked records are tokenized (the costly part: a
 * SQuAD train file is 80 MB of text, MeZO uses 1500 of its records).  PICK
 * NULL: all records, in file order; else OUT->ex[i] is record PICK[i]
 * (0-based among the non-blank lines, each index at most once).  Returns -1
 * after zo_env_error naming PATH:LINE. */
static int load_text(const Task *t, const Tokenizer *tok, const char *path, const char *text, size_t len,
                     const int *pick, int npick, Dataset *out) {
  memset(out, 0, sizeof *out);
  Vec(Example) ex = {0};
  int *slot = NULL, nslot = 0;     /* record index → its position in OUT, or -1 */
  if (pick) {
    for (int i = 0; i < npick; i++) nslot = pick[i] >= nslot ? pick[i] + 1 : nslot;
    slot = zo_xmalloc(sizeof(int) * (size_t)(nslot ? nslot : 1));
    for (int i = 0; i < nslot; i++) slot[i] = -1;
    for (int i = 0; i < npick; i++) {
      ZO_ASSERT(pick[i] >= 0 && slot[pick[i]] < 0);
      slot[pick[i]] = i;
    }
    ex.data = zo_xcalloc((size_t)(npick ? npick : 1), sizeof(Example));
    ex.len = ex.cap = npick;
  }
  StrBuf err = {0};
  int line = 0, bad_line = 0, nrec = 0, ntok = 0;
  for (size_t pos = 0; pos < len;) {
    const char *s = text + pos;
    const char *nl = memchr(s, '\n', len - pos);
    size_t n = nl ? (size_t)(nl - s) : len - pos;
    pos += n + (nl != NULL);
    line++;
    if (blank(s, n)) continue;
    int idx = nrec++;
    json_error_t jerr;
    json_t *rec = json_loadb(s, n, 0, &jerr);
    if (!rec) {
      zo_sb_printf(&err, "bad JSON at column %d: %s", jerr.column, jerr.text);
      bad_line = line;
      break;
    }
    Rendered r;
    int rc = render_record(t, rec, &r, &err);
    json_decref(rec);
    int at = pick && idx < nslot ? slot[idx] : -1;   /* its place in OUT when picked */
    if (rc == 0 && (!pick || at >= 0)) {
      Example e;
      rc = tokenize(t, tok, &r, &e, &err);
      if (rc == 0) {
        e.line = line;
        if (pick) {
          ex.data[at] = e;
          ntok++;
        } else {
          vec_push(&ex, e);
        }
      }
    }
    rendered_free(&r);             /* also fine after a failed render: it left R empty */
    if (rc) {
      bad_line = line;
      break;
    }
  }
  if (!bad_line && nrec == 0) {
    zo_sb_puts(&err, "empty file: no JSON records");
    bad_line = 1;
  }
  if (!bad_line && pick && ntok < npick) {   /* the file changed since its records were counted */
    zo_sb_printf(&err, "record %d (0-based) was asked for, but the file has only %d records", nslot - 1, nrec);
    bad_line = line;
  }
  free(slot);
  if (bad_line) {
    StrBuf where = {0};
    zo_sb_printf(&where, "%s:%d", path, bad_line);
    zo_env_error(where.buf, "%s (task %s)", err.buf, t->name);
    zo_sb_free(&where);
    zo_sb_free(&err);
    for (int i = 0; i < ex.len; i++) example_free(&ex.data[i]);   /* zeroed slots free nothing */
    vec_free(&ex);
    return -1;
  }
  zo_sb_free(&err);
  out->ex = ex.data;
  out->n = ex.len;
  out->path = zo_xstrdup(path);
  return 0;
}

int zo_dataset_load(const Task *t, const Tokenizer *tok, const char *path, Dataset *out) {
  memset(out, 0, sizeof *out);
  size_t len;
  char *text = zo_read_file_max(path, DATA_FILE_MAX, "a task's data file", &len);
  if (!text) return -1;
  int rc = load_text(t, tok, path, text, len, NULL, 0, out);
  free(text);
  return rc;
}

/* ------------------------------------------------------------ sampling */

/* numpy's legacy RandomState: MT19937 seeded by init_genrand (an integer seed)
 * or init_by_array (an array seed). */
typedef struct Mt {
  uint32_t s[624];
  int pos;
} Mt;

static void mt_seed(Mt *m, uint32_t seed) {
  m->s[0] = seed;
  for (int i = 1; i < 624; i++) m->s[i] = 1812433253u * (m->s[i - 1] ^ (m->s[i - 1] >> 30)) + (uint32_t)i;
  m->pos = 624;
}

static void mt_seed_array(Mt *m, const uint32_t *key, int n) {
  mt_seed(m, 19650218u);
  int i = 1, j = 0;
  for (int k = 624 > n ? 624 : n; k; k--) {
    m->s[i] = (m->s[i] ^ ((m->s[i - 1] ^ (m->s[i - 1] >> 30)) * 1664525u)) + key[j] + (uint32_t)j;
    i++;
    j++;
    if (i >= 624) {
      m->s[0] = m->s[623];
      i = 1;
    }
    if (j >= n) j = 0;
  }
  for (int k = 623; k; k--) {
    m->s[i] = (m->s[i] ^ ((m->s[i - 1] ^ (m->s[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
    i++;
    if (i >= 624) {
      m->s[0] = m->s[623];
      i = 1;
    }
  }
  m->s[0] = 0x80000000u;
  m->pos = 624;
}

static uint32_t mt_next(Mt *m) {
  if (m->pos >= 624) {
    for (int k = 0; k < 624; k++) {
      uint32_t y = (m->s[k] & 0x80000000u) | (m->s[(k + 1) % 624] & 0x7fffffffu);
      m->s[k] = m->s[(k + 397) % 624] ^ (y >> 1) ^ ((y & 1) ? 0x9908b0dfu : 0);
    }
    m->pos = 0;
  }
  uint32_t y = m->s[m->pos++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

int *zo_dataset_permutation(int n, uint64_t seed) {
  Mt m;
  if (seed <= 0xffffffffu) {
    mt_seed(&m, (uint32_t)seed);
  } else {
    uint32_t key[2] = {(uint32_t)seed, (uint32_t)(seed >> 32)};
    mt_seed_array(&m, key, 2);
  }
  int *p = zo_xmalloc((size_t)(n > 0 ? n : 1) * sizeof(int));
  for (int i = 0; i < n; i++) p[i] = i;
  /* RandomState.shuffle: Fisher-Yates from the end; the index j in [0, i] is a
   * 32-bit draw masked to i's bit width, redrawn while it exceeds i */
  for (int i = n - 1; i > 0; i--) {
    uint32_t mask = (uint32_t)i;
    mask |= mask >> 1;
    mask |= mask >> 2;
    mask |= mask >> 4;
    mask |= mask >> 8;
    mask |= mask >> 16;
    uint32_t j;
    while ((j = mt_next(&m) & mask) > (uint32_t)i) {}
    int tmp = p[i];
    p[i] = p[j];
    p[j] = tmp;
  }
  return p;
}

/* How many to take from position SKIP_FIRST on, of TOTAL, when N are asked
 * for (N < 0: all); says so on stderr when there are fewer. */
static int clip_take(const char *path, int total, int n, int *skip_first) {
  if (*skip_first < 0) *skip_first = 0;
  int avail = total > *skip_first ? total - *skip_first : 0;
  int take = n < 0 ? avail : n;
  if (take > avail) {
    fprintf(stderr, "zoc: note: %s: %d examples asked for after the first %d of the shuffle, only %d there; taking %d\n",
            path ? path : "dataset", n, *skip_first, avail, avail);
    take = avail;
  }
  return take;
}

/* MeZO's train/dev sizes for TOTAL examples (zo_dataset_split). */
static void split_sizes(const char *path, int total, int ntrain, int ndev, int *nt, int *nd) {
  if (ntrain < 0) ntrain = 0;
  if (ndev < 0) ndev = 0;
  /* MeZO samples ntrain+ndev, then dev = [-ndev:] and train = [:-ndev] */
  long want = (long)ntrain + ndev;
  int got = want < total ? (int)want : total;
  *nd = ndev < got ? ndev : got;
  *nt = got - *nd;
  if (got < want)
    fprintf(stderr, "zoc: note: %s: %ld train+dev examples asked for, only %d there; taking %d train and %d dev\n",
            path ? path : "dataset", want, total, *nt, *nd);
}

int zo_dataset_sample(const Dataset *all, int n, uint64_t seed, int skip_first, Dataset *out) {
  memset(out, 0, sizeof *out);
  int take = clip_take(all->path, all->n, n, &skip_first);
  int *perm = zo_dataset_permutation(all->n, seed);
  out->ex = zo_xmalloc((size_t)(take > 0 ? take : 1) * sizeof(Example));
  for (int i = 0; i < take; i++) out->ex[i] = all->ex[perm[skip_first + i]];
  out->n = take;
  out->path = all->path;
  out->view = true;
  free(perm);
  return take;
}

int zo_dataset_split(const Dataset *all, int ntrain, int ndev, uint64_t seed, Dataset *train, Dataset *dev) {
  int nt, nd;
  split_sizes(all->path, all->n, ntrain, ndev, &nt, &nd);
  zo_dataset_sample(all, nt, seed, 0, train);
  zo_dataset_sample(all, nd, seed, nt, dev);
  return nt;
}

/* ---- sampling while loading: only the chosen records are tokenized */

static int count_records(const char *text, size_t len) {
  int n = 0;
  for (size_t pos = 0; pos < len;) {
    const char *s = text + pos;
    const char *nl = memchr(s, '\n', len - pos);
    size_t k = nl ? (size_t)(nl - s) : len - pos;
    pos += k + (nl != NULL);
    n += !blank(s, k);
  }
  return n;
}

int zo_dataset_load_sample(const Task *t, const Tokenizer *tok, const char *path, int n, uint64_t seed,
                           int skip_first, Dataset *out) {
  memset(out, 0, sizeof *out);
  size_t len;
  char *text = zo_read_file_max(path, DATA_FILE_MAX, "a task's data file", &len);
  if (!text) return -1;
  int total = count_records(text, len);
  int take = clip_take(path, total, n, &skip_first);
  int *perm = zo_dataset_permutation(total, seed);
  int rc = load_text(t, tok, path, text, len, take ? perm + skip_first : perm, take, out);
  free(perm);
  free(text);
  return rc ? -1 : take;
}

int zo_dataset_load_split(const Task *t, const Tokenizer *tok, const char *path, int ntrain, int ndev, uint64_t seed,
                          Dataset *train, Dataset *dev) {
  memset(train, 0, sizeof *train);
  memset(dev, 0, sizeof *dev);
  size_t len;
  char *text = zo_read_file_max(path, DATA_FILE_MAX, "a task's data file", &len);
  if (!text) return -1;
  int total = count_records(text, len), nt, nd;
  split_sizes(path, total, ntrain, ndev, &nt, &nd);
  int *perm = zo_dataset_permutation(total, seed);
  Dataset both;
  int rc = load_text(t, tok, path, text, len, perm, nt + nd, &both);
  free(perm);
  free(text);
  if (rc) return -1;
  /* both.ex = train's examples then dev's: two owning datasets */
  train->ex = zo_xmalloc(sizeof(Example) * (size_t)(nt ? nt : 1));
  dev->ex = zo_xmalloc(sizeof(Example) * (size_t)(nd ? nd : 1));
  if (nt) memcpy(train->ex, both.ex, sizeof(Example) * (size_t)nt);
  if (nd) memcpy(dev->ex, both.ex + nt, sizeof(Example) * (size_t)nd);
  train->n = nt;
  dev->n = nd;
  train->path = both.path;
  dev->path = zo_xstrdup(path);
  free(both.ex);
  return nt;
}

/* ------------------------------------------------------------ JSON Lines */

static bool blank_line(const char *s) {
  for (; *s; s++)
    if (*s != ' ' && *s != '\t' && *s != '\r' && *s != '\n') return false;
  return true;
}

int zo_jsonl_each(const char *path, const char *shape, int (*fn)(json_t *obj, const char *where, int line, void *ctx),
                  void *ctx, int *nlines) {
  *nlines = 0;
  FILE *fp = zo_fopen_regular(path, false);
  if (!fp) return -1;
  char *line = NULL;
  size_t cap = 0;
  int64_t len;
  int lineno = 0, rc = 0;
  char where[1200];
  while (rc == 0 && (len = zo_getline_max(&line, &cap, fp, JSONL_LINE_MAX)) != -1) {
    lineno++;
    snprintf(where, sizeof where, "%s:%d", path, lineno);
    if (len == -2) {
      zo_env_error(where, "the line is longer than %zu MiB (not a JSON Lines file?)", JSONL_LINE_MAX / ZO_MiB);
      rc = -1;
      break;
    }
    if ((size_t)len != strlen(line)) {
      zo_env_error(where, "the line holds a NUL byte (not a JSON Lines file?)");
      rc = -1;
      break;
    }
    if (blank_line(line)) continue;
    json_error_t je;
    json_t *j = json_loads(line, JSON_DECODE_ANY, &je);
    if (!j) {
      zo_env_error(where, "not valid JSON: %s (column %d)", je.text, je.column);
      rc = -1;
      break;
    }
    if (!json_is_object(j)) {
      zo_env_error(where, "expected a JSON object %s", shape);
      rc = -1;
    } else {
      rc = fn(j, where, lineno, ctx);
    }
    json_decref(j);
  }
  if (rc == 0 && ferror(fp)) {
    zo_env_error(path, "read error: %s", strerror(errno));
    rc = -1;
  }
  free(line);
  fclose(fp);
  *nlines = lineno;
  return rc;
}
