/* bundled.c — which bundled model a Hugging Face directory holds (see
 * bundled.h).
 *
 * Every .zo file of the import directories is parsed whole (the `for` list
 * is part of the grammar, so a comment or a string that happens to hold
 * "llama" cannot match), with diagnostics sent nowhere: a user's $ZOC_PATH
 * may hold files that do not parse, and those are skipped and named only when
 * nothing matched. A folder has a few dozen files at most, each parsed in
 * milliseconds, so no index is kept. Only the models a file itself declares
 * count, not the ones it imports: the file printed is the one that holds the
 * model.
 */
#include "runtime/bundled.h"

#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "frontend/ast.h"
#include "runtime/hfconfig.h"
#include "support/support.h"

/* One model of one bundled file */
typedef struct Cand {
  char *file, *model;
  char *types;   /* its `for` list as `"llama", "mistral"` ("" when none) */
  bool type_hit, arch_hit;
} Cand;

typedef struct Scan {
  Vec(Cand) cands;
  StrBuf skipped;   /* files that did not parse */
  const char *model_type, *arch, *model;
} Scan;

/* Lower-case letters and digits of s[0..n), the rest dropped: "gpt_neox" and
 * "GPTNeoX" are both "gptneox" */
static void squash(const char *s, size_t n, char *out, size_t cap) {
  size_t j = 0;
  for (size_t i = 0; i < n && s[i] && j + 1 < cap; i++)
    if (isalnum((unsigned char)s[i])) out[j++] = (char)tolower((unsigned char)s[i]);
  out[j] = 0;
}

/* The model_type part of a transformers class name: before "For"
 * ("LlamaForCausalLM") or "LMHeadModel" ("GPT2LMHeadModel"), squashed */
static void arch_type(const char *arch, char *out, size_t cap) {
  const char *end = strstr(arch, "For");
  const char *lm = strstr(arch, "LMHeadModel");
  if (!end || (lm && lm < end)) end = lm;
  squash(arch, end ? (size_t)(end - arch) : strlen(arch), out, cap);
}

static bool arch_matches(const char *arch, const char *type) {
  char a[128], t[128];
  arch_type(arch, a, sizeof a);
  squash(type, strlen(type), t, sizeof t);
  return a[0] && strcmp(a, t) == 0;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The models one file declares */
static void scan_file(Scan *s, const char *path) {
  int errors0 = zo_diag_count();
  Program *p = zo_parse_files(&path, 1);
  if (zo_diag_count() != errors0) {
    zo_sb_printf(&s->skipped, "%s%s", s->skipped.len ? ", " : "", path);
  } else {
    for (int i = 0; i < p->decls.len; i++) {
      const Ast *a = p->decls.data[i];
      if (a->kind != AST_MODEL || strcmp(a->loc.file->path, path) != 0) continue;
      Cand c = {zo_xstrdup(path), zo_xstrdup(a->name), NULL, false, false};
      StrBuf t = {0};
      const char *ty;
      for (int k = 0; (ty = zo_model_hf_type(a, k)); k++) {
        zo_sb_printf(&t, "%s\"%s\"", k ? ", " : "", ty);
        c.arch_hit |= s->arch && arch_matches(s->arch, ty);
      }
      c.types = t.buf ? zo_sb_take(&t) : zo_xstrdup("");
      c.type_hit = s->model ? strcmp(a->name, s->model) == 0 : zo_model_binds_hf_type(a, s->model_type);
      vec_push(&s->cands, c);
    }
  }
  zo_program_free(p);
}

/* Every .zo file of one folder, by name */
static void scan_dir(Scan *s, const char *dir) {
  DIR *d = opendir(dir);
  if (!d) return;   /* a $ZOC_PATH entry that is not there: imports skip it too */
  Vec(char *) names = {0};
  struct dirent *e;
  while ((e = readdir(d))) {
    size_t n = strlen(e->d_name);
    if (n > 3 && strcmp(e->d_name + n - 3, ".zo") == 0) vec_push(&names, zo_xstrdup(e->d_name));
  }
  closedir(d);
  if (names.len) qsort(names.data, (size_t)names.len, sizeof(char *), cmp_str);
  for (int i = 0; i < names.len; i++) {
    StrBuf path = {0};
    zo_sb_printf(&path, "%s/%s", dir, names.data[i]);
    struct stat st;
    if (stat(path.buf, &st) == 0 && S_ISREG(st.st_mode)) scan_file(s, path.buf);
    zo_sb_free(&path);
    free(names.data[i]);
  }
  vec_free(&names);
}

/* The message when nothing matched: what each bundled file binds */
static void no_match(const Scan *s, const HfConfig *cfg, const char *dirs, const char *verb, const char *dir) {
  StrBuf sb = {0};
  for (int i = 0; i < s->cands.len; i++) {
    const Cand *c = &s->cands.data[i];
    zo_sb_printf(&sb, "\n  %s: model '%s' %s%s", c->file, c->model, *c->types ? "for " : "(no `for` list)", c->types);
  }
  if (!sb.buf) zo_sb_printf(&sb, " (none: no .zo file with a model in %s)", dirs);
  if (s->skipped.len) zo_sb_printf(&sb, "\n  (not read, they do not parse: %s)", s->skipped.buf);
  const char *path = zo_hf_config_path(cfg);
  if (s->model)
    zo_env_error(path, "no bundled model '%s' (--model without FILE.zo names a bundled model); the bundled models:%s",
                 s->model, sb.buf);
  else if (!s->model_type && !s->arch)
    zo_env_error(path, "no \"model_type\" or \"architectures\": zoc cannot tell which model it holds; give the "
                 "model's FILE.zo. The bundled models:%s", sb.buf);
  else {
    StrBuf what = {0};
    if (s->model_type) zo_sb_printf(&what, "model_type \"%s\"", s->model_type);
    if (s->arch) zo_sb_printf(&what, "%sarchitectures[0] \"%s\"", s->model_type ? ", " : "", s->arch);
    zo_env_error(path, "%s: no bundled model binds it; the bundled models and the model_type values they bind "
                 "(`model NAME(...) for \"type\"`):%s\nwrite a model for it (docs/language.md) and give its file: "
                 "zoc %s FILE.zo --weights %s", what.buf, sb.buf, verb, dir);
    zo_sb_free(&what);
  }
  zo_sb_free(&sb);
}

int zo_bundled_pick(const char *verb, const char *dir, const char *model, char **file, char **name) {
  *file = *name = NULL;
  StrBuf cpath = {0};
  zo_sb_printf(&cpath, "%s/config.json", dir);
  struct stat st;
  if (stat(cpath.buf, &st) != 0) {
    zo_env_error(dir, "no config.json: without FILE.zo zoc picks the bundled model by config.json's model_type; give "
                 "the model's file (zoc %s FILE.zo --weights %s ...)", verb, dir);
    zo_sb_free(&cpath);
    return -1;
  }
  HfConfig *cfg = zo_hf_config_load(cpath.buf);
  zo_sb_free(&cpath);
  if (!cfg) return -1;
  Scan s = {.model_type = zo_hf_config_string(cfg, "model_type"),
            .arch = zo_hf_config_string(cfg, "architectures.0"), .model = model};
  Arena a = {0};
  const char *dirs[64];
  int nd = zo_import_dirs(&a, dirs, 64);
  StrBuf dlist = {0};
  /* the files are not the user's: their diagnostics go nowhere, and count for nothing after */
  int errors0 = zo_diag_count();
  FILE *devnull = fopen("/dev/null", "w");
  zo_diag_set_stream(devnull);
  for (int i = 0; i < nd; i++) {
    scan_dir(&s, dirs[i]);
    zo_sb_printf(&dlist, "%s%s", i ? ", " : "", dirs[i]);
  }
  zo_diag_set_stream(NULL);
  if (devnull) fclose(devnull);
  if (errors0 == 0) zo_diag_reset();
  const Cand *hit = NULL;
  for (int i = 0; i < s.cands.len && !hit; i++)
    if (s.cands.data[i].type_hit) hit = &s.cands.data[i];
  for (int i = 0; i < s.cands.len && !hit && !model; i++)
    if (s.cands.data[i].arch_hit) hit = &s.cands.data[i];
  int rc = -1;
  if (hit) {
    *file = zo_xstrdup(hit->file);
    *name = zo_xstrdup(hit->model);
    fflush(stdout);
    if (model) fprintf(stderr, "zoc: model '%s' of %s (--model)\n", hit->model, hit->file);
    else if (hit->type_hit)
      fprintf(stderr, "zoc: model '%s' of %s (%s: model_type \"%s\")\n", hit->model, hit->file,
              zo_hf_config_path(cfg), s.model_type);
    else
      fprintf(stderr, "zoc: model '%s' of %s (%s: architectures[0] \"%s\")\n", hit->model, hit->file,
              zo_hf_config_path(cfg), s.arch);
    rc = 0;
  } else {
    no_match(&s, cfg, dlist.buf ? dlist.buf : "no folder", verb, dir);
  }
  for (int i = 0; i < s.cands.len; i++) {
    free(s.cands.data[i].file);
    free(s.cands.data[i].model);
    free(s.cands.data[i].types);
  }
  vec_free(&s.cands);
  zo_sb_free(&s.skipped);
  zo_sb_free(&dlist);
  zo_arena_free(&a);
  zo_hf_config_free(cfg);
  return rc;
}
