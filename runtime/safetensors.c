/* safetensors.c — the safetensors reader (mmap + full header validation) and
 * writer (the official layout, byte for byte).  See safetensors.h.
 *
 * The format: an 8-byte little-endian header length N, N bytes of JSON
 * ({"name": {"dtype", "shape", "data_offsets": [begin, end]}, ..., optional
 * "__metadata__": {string: string}}), then the data region; offsets are
 * relative to the data region.
 *
 * Reading trusts nothing: every number in the header is checked against the
 * file before a pointer is formed, so a bad file costs one message, never a
 * read outside the mapping; only a regular file is opened (a FIFO is not
 * waited on) and an index has a size limit.  The one hazard left is the file
 * shrinking while it is mapped (SIGBUS on access), which no reader of a
 * mapped file avoids.
 *
 * Writing copies the official Rust writer (safetensors 0.4-0.8, `prepare` and
 * `serialize`): tensors ordered by dtype, largest Rust enum value first, then
 * by name; the header lists them in that order after "__metadata__" and is
 * padded with spaces to a multiple of 8.  Because every dtype's size divides
 * the sizes of those before it, each tensor lands aligned to its element size
 * with no padding between tensors.  Our metadata keys are sorted (the official
 * writer uses a hash map, so its order varies with more than one key).  The
 * bytes go to a new temporary file beside PATH (zo_temp_create: nothing
 * planted at its name is followed), fsynced, then renamed over PATH.
 */
#include "runtime/safetensors.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "support/support.h"

#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "safetensors data is little-endian and zoc hands it out in place"
#endif

typedef struct Shard {
  const char *path;     /* arena */
  void *map;
  size_t size;
} Shard;

typedef struct MetaEntry {
  const char *key, *value;
  int seq;              /* arrival order: of two equal keys the first wins */
} MetaEntry;

struct StFile {
  Arena arena;                 /* names, paths, metadata strings */
  Vec(Shard) shards;
  Vec(StTensor) tensors;       /* sorted by name once loading is done */
  Vec(MetaEntry) meta;         /* sorted by key once loading is done */
};

/* ---------------------------------------------------------------- helpers */

/* "[2, 3]" into buf, for messages. */
static const char *fmt_shape(char *buf, size_t cap, int ndim, const int64_t *shape) {
  size_t k = 0;
  k += (size_t)snprintf(buf + k, cap - k, "[");
  for (int i = 0; i < ndim && k < cap; i++)
    k += (size_t)snprintf(buf + k, cap - k, "%s%" PRId64, i ? ", " : "", shape[i]);
  if (k < cap) snprintf(buf + k, cap - k, "]");
  return buf;
}

/* numel and bytes of a shape, or false if either overflows 63 bits. */
static bool shape_size(int ndim, const int64_t *shape, size_t esize, int64_t *numel, size_t *nbytes) {
  uint64_t n = 1;
  for (int i = 0; i < ndim; i++)
    if (__builtin_mul_overflow(n, (uint64_t)shape[i], &n) || n > (uint64_t)INT64_MAX) return false;
  uint64_t b;
  if (__builtin_mul_overflow(n, (uint64_t)esize, &b) || b > (uint64_t)INT64_MAX || b > SIZE_MAX) return false;
  *numel = (int64_t)n;
  *nbytes = (size_t)b;
  return true;
}

/* qsort and bsearch want a non-null base even for zero elements; an empty
 * Vec has none. */
static void sort_n(void *base, int n, size_t size, int (*cmp)(const void *, const void *)) {
  if (n > 0) qsort(base, (size_t)n, size, cmp);
}
static void *find_n(const void *key, void *base, int n, size_t size, int (*cmp)(const void *, const void *)) {
  return n > 0 ? bsearch(key, base, (size_t)n, size, cmp) : NULL;
}

/* Duplicates are resolved once at the end (meta_finish), so a header with a
 * million keys costs a sort, not a quadratic scan. */
static void meta_put(StFile *f, const char *key, const char *value) {
  MetaEntry e = {zo_arena_strdup(&f->arena, key), zo_arena_strdup(&f->arena, value), f->meta.len};
  vec_push(&f->meta, e);
}

static int cmp_tensor_name(const void *a, const void *b) {
  return strcmp(((const StTensor *)a)->name, ((const StTensor *)b)->name);
}
static int cmp_meta_key(const void *a, const void *b) {
  return strcmp(((const MetaEntry *)a)->key, ((const MetaEntry *)b)->key);
}
static int cmp_meta_key_seq(const void *a, const void *b) {
  const MetaEntry *x = a, *y = b;
  int c = strcmp(x->key, y->key);
  return c ? c : x->seq - y->seq;
}
static void meta_finish(StFile *f) {
  sort_n(f->meta.data, f->meta.len, sizeof(MetaEntry), cmp_meta_key_seq);
  int k = 0;
  for (int i = 0; i < f->meta.len; i++)
    if (k == 0 || strcmp(f->meta.data[i].key, f->meta.data[k - 1].key) != 0) f->meta.data[k++] = f->meta.data[i];
  f->meta.len = k;
}

static const char *known_dtypes(char *buf, size_t cap) {
  size_t k = 0;
  buf[0] = 0;
  for (int t = 1; t < ZO_DT_COUNT && k < cap; t++)
    k += (size_t)snprintf(buf + k, cap - k, "%s%s", t > 1 ? ", " : "", zo_dtype_st_name((DType)t));
  return buf;
}

/* --------------------------------------------------------- one file */

typedef struct Span {
  uint64_t begin, end;
  const char *name;
} Span;

static int cmp_span(const void *a, const void *b) {
  const Span *x = a, *y = b;
  if (x->begin != y->begin) return x->begin < y->begin ? -1 : 1;
  if (x->end != y->end) return x->end < y->end ? -1 : 1;
  return 0;
}

/* One tensor entry of a header.  On success appends to f->tensors and its span. */
static bool parse_tensor(StFile *f, const char *path, const char *name, json_t *v, const unsigned char *base,
                         const unsigned char *data, uint64_t data_len, Span *span) {
  if (!json_is_object(v)) {
    zo_env_error(path, "tensor '%s': header entry is not a JSON object", name);
    return false;
  }
  json_t *jd = json_object_get(v, "dtype"), *js = json_object_get(v, "shape"),
         *jo = json_object_get(v, "data_offsets");
  const char *missing = !jd ? "dtype" : !js ? "shape" : !jo ? "data_offsets" : NULL;
  if (missing) {
    zo_env_error(path, "tensor '%s': missing \"%s\"", name, missing);
    return false;
  }
  if (!json_is_string(jd)) {
    zo_env_error(path, "tensor '%s': \"dtype\" is not a string", name);
    return false;
  }
  DType dt = zo_dtype_from_st_name(json_string_value(jd));
  if (dt == ZO_DT_NONE) {
    char known[256];
    zo_env_error(path, "tensor '%s': unknown dtype '%s' (zoc reads %s)", name, json_string_value(jd),
                 known_dtypes(known, sizeof known));
    return false;
  }

  StTensor t = {.dtype = dt};
  if (!json_is_array(js)) {
    zo_env_error(path, "tensor '%s': \"shape\" is not an array", name);
    return false;
  }
  if (json_array_size(js) > ZO_ST_MAX_DIMS) {
    zo_env_error(path, "tensor '%s': shape has %zu dims; zoc reads at most %d", name,
                 json_array_size(js), ZO_ST_MAX_DIMS);
    return false;
  }
  t.ndim = (int)json_array_size(js);
  for (int i = 0; i < t.ndim; i++) {
    json_t *d = json_array_get(js, (size_t)i);
    if (!json_is_integer(d)) {
      zo_env_error(path, "tensor '%s': shape[%d] is not an integer", name, i);
      return false;
    }
    if (json_integer_value(d) < 0) {
      zo_env_error(path, "tensor '%s': shape[%d] is %" JSON_INTEGER_FORMAT ", negative", name, i,
                   json_integer_value(d));
      return false;
    }
    t.shape[i] = json_integer_value(d);
  }
  char sh[256];
  size_t esize = zo_dtype_size(dt);
  if (!shape_size(t.ndim, t.shape, esize, &t.numel, &t.nbytes)) {
    zo_env_error(path, "tensor '%s': shape %s of %s overflows 64-bit sizes", name,
                 fmt_shape(sh, sizeof sh, t.ndim, t.shape), zo_dtype_st_name(dt));
    return false;
  }

  if (!json_is_array(jo) || json_array_size(jo) != 2 || !json_is_integer(json_array_get(jo, 0)) ||
      !json_is_integer(json_array_get(jo, 1))) {
    zo_env_error(path, "tensor '%s': \"data_offsets\" is not [begin, end] (two integers)", name);
    return false;
  }
  json_int_t b = json_integer_value(json_array_get(jo, 0)), e = json_integer_value(json_array_get(jo, 1));
  if (b < 0 || e < 0) {
    zo_env_error(path, "tensor '%s': data_offsets [%" JSON_INTEGER_FORMAT ", %" JSON_INTEGER_FORMAT "] negative",
                 name, b, e);
    return false;
  }
  if (e < b) {
    zo_env_error(path, "tensor '%s': data_offsets [%" JSON_INTEGER_FORMAT ", %" JSON_INTEGER_FORMAT
                 "] end before begin", name, b, e);
    return false;
  }
  if ((uint64_t)e > data_len) {
    zo_env_error(path, "tensor '%s': data_offsets [%" JSON_INTEGER_FORMAT ", %" JSON_INTEGER_FORMAT
                 "] end past the data region (%" PRIu64 " bytes)", name, b, e, data_len);
    return false;
  }
  if ((uint64_t)(e - b) != (uint64_t)t.nbytes) {
    zo_env_error(path, "tensor '%s': data_offsets [%" JSON_INTEGER_FORMAT ", %" JSON_INTEGER_FORMAT
                 "] hold %" PRIu64 " bytes but shape %s of %s needs %zu", name, b, e, (uint64_t)(e - b),
                 fmt_shape(sh, sizeof sh, t.ndim, t.shape), zo_dtype_st_name(dt), t.nbytes);
    return false;
  }
  t.name = zo_arena_strdup(&f->arena, name);
  t.data = data + b;
  t.offset = (uint64_t)(data - base) + (uint64_t)b;
  t.file = path;
  vec_push(&f->tensors, t);
  *span = (Span){(uint64_t)b, (uint64_t)e, t.name};
  return true;
}

static bool parse_header(StFile *f, const char *path, const unsigned char *base, uint64_t size);

/* Maps PATH and appends its tensors and metadata to f.  On failure the mapping
 * is still recorded in f, so zo_st_close(f) releases it. */
static bool load_file(StFile *f, const char *path_in) {
  const char *path = zo_arena_strdup(&f->arena, path_in);
  int fd = zo_open_regular(path, false);   /* a FIFO or a device: refused, never waited on */
  if (fd < 0) return false;
  struct stat st;
  if (fstat(fd, &st) != 0) {
    zo_env_error(path, "cannot stat: %s", strerror(errno));
    close(fd);
    return false;
  }
  uint64_t size = (uint64_t)st.st_size;
  if (size < 8) {
    zo_env_error(path, "%s (%" PRIu64 " bytes); a safetensors file starts with an 8-byte header length",
                 size == 0 ? "empty file" : "file too short", size);
    close(fd);
    return false;
  }
  void *map = mmap(NULL, (size_t)size, PROT_READ, MAP_PRIVATE, fd, 0);
  int map_errno = errno;
  close(fd);
  if (map == MAP_FAILED) {
    zo_env_error(path, "cannot map %" PRIu64 " bytes: %s", size, strerror(map_errno));
    return false;
  }
  Shard sh = {path, map, (size_t)size};
  vec_push(&f->shards, sh);
  return parse_header(f, path, map, size);
}

/* The header and tensors of the SIZE bytes at BASE (a mapped file, or a
 * caller's buffer for zo_st_open_mem): appends to f. */
static bool parse_header(StFile *f, const char *path, const unsigned char *base, uint64_t size) {
  if (size < 8) {   /* load_file checks this before mapping; a buffer comes here unchecked */
    zo_env_error(path, "%s (%" PRIu64 " bytes); a safetensors file starts with an 8-byte header length",
                 size == 0 ? "empty file" : "file too short", size);
    return false;
  }
  uint64_t n = 0;
  for (int i = 7; i >= 0; i--) n = n << 8 | base[i];
  if (n > ZO_ST_MAX_HEADER) {
    zo_env_error(path, "header length %" PRIu64 " is over the %" PRIu64 "-byte limit (not a safetensors file?)",
                 n, ZO_ST_MAX_HEADER);
    return false;
  }
  if (n > size - 8) {
    zo_env_error(path, "header length %" PRIu64 " runs past the end of the file (%" PRIu64 " bytes follow it)",
                 n, size - 8);
    return false;
  }
  json_error_t je;
  json_t *root = json_loadb((const char *)base + 8, (size_t)n, JSON_REJECT_DUPLICATES, &je);
  if (!root) {
    zo_env_error(path, "header is not valid JSON: %s (header line %d, column %d)", je.text, je.line, je.column);
    return false;
  }
  bool ok = false;
  Span *spans = NULL;
  if (!json_is_object(root)) {
    zo_env_error(path, "header is not a JSON object");
    goto out;
  }
  const unsigned char *data = base + 8 + n;
  uint64_t data_len = size - 8 - n;
  spans = zo_xcalloc(json_object_size(root) + 1, sizeof *spans);
  int nspans = 0;
  const char *key;
  json_t *v;
  json_object_foreach(root, key, v) {
    if (strcmp(key, "__metadata__") == 0) {
      if (json_is_null(v)) continue;
      if (!json_is_object(v)) {
        zo_env_error(path, "\"__metadata__\" is not a JSON object");
        goto out;
      }
      const char *mk;
      json_t *mv;
      json_object_foreach(v, mk, mv) {
        if (!json_is_string(mv)) {
          zo_env_error(path, "\"__metadata__\" entry '%s' is not a string", mk);
          goto out;
        }
        meta_put(f, mk, json_string_value(mv));
      }
      continue;
    }
    if (!parse_tensor(f, path, key, v, base, data, data_len, &spans[nspans])) goto out;
    nspans++;
  }

  /* Overlap: sorted by begin, a non-empty tensor must start at or after the
   * furthest end so far.  Empty tensors own no bytes and overlap nothing. */
  qsort(spans, (size_t)nspans, sizeof *spans, cmp_span);
  const Span *far = NULL;
  for (int i = 0; i < nspans; i++) {
    const Span *s = &spans[i];
    if (s->begin == s->end) continue;
    if (far && s->begin < far->end) {
      zo_env_error(path, "tensors '%s' (data_offsets [%" PRIu64 ", %" PRIu64 "]) and '%s' ([%" PRIu64 ", %" PRIu64
                   "]) overlap", far->name, far->begin, far->end, s->name, s->begin, s->end);
      goto out;
    }
    if (!far || s->end > far->end) far = s;
  }
  ok = true;
out:
  free(spans);
  json_decref(root);
  return ok;
}

/* ------------------------------------------------------- a sharded set */

static bool shard_name_ok(const char *s) {
  if (!*s || s[0] == '/') return false;
  for (const char *p = s; *p;) {          /* no ".." component */
    const char *q = strchr(p, '/');
    size_t len = q ? (size_t)(q - p) : strlen(p);
    if (len == 2 && p[0] == '.' && p[1] == '.') return false;
    if (!q) break;
    p = q + 1;
  }
  return true;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool parse_index(StFile *f, const char *index_path, const char *text, size_t len);

/* The largest indexes (DeepSeek-V3's ~91k tensors) are ~9 MB of JSON; the
 * path may name anything. */
#define INDEX_FILE_MAX (64 * ZO_MiB)

static bool load_index(StFile *f, const char *index_path) {
  size_t len;
  char *text = zo_read_file_max(index_path, INDEX_FILE_MAX, "a model.safetensors.index.json", &len);
  if (!text) return false;
  bool ok = parse_index(f, index_path, text, len);
  free(text);
  return ok;
}

/* An index's TEXT: its metadata, then every shard it names, loaded from the
 * index's directory and checked against its weight_map. */
static bool parse_index(StFile *f, const char *index_path, const char *text, size_t len) {
  json_error_t je;
  json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &je);
  if (!root) {
    zo_env_error(index_path, "not valid JSON: %s (line %d, column %d)", je.text, je.line, je.column);
    return false;
  }
  bool ok = false;
  const char **names = NULL;
  json_t *wm = json_object_get(root, "weight_map");
  if (!json_is_object(root) || !json_is_object(wm)) {
    zo_env_error(index_path, "no \"weight_map\" object");
    goto out;
  }
  if (json_object_size(wm) == 0) {
    zo_env_error(index_path, "\"weight_map\" is empty");
    goto out;
  }

  /* The index's own metadata first: it describes the whole set. */
  json_t *md = json_object_get(root, "metadata");
  if (json_is_object(md)) {
    const char *k;
    json_t *v;
    json_object_foreach(md, k, v) {
      char num[64];
      if (json_is_string(v)) meta_put(f, k, json_string_value(v));
      else if (json_is_integer(v)) {
        snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
        meta_put(f, k, num);
      } else if (json_is_real(v)) {
        snprintf(num, sizeof num, "%.17g", json_real_value(v));
        meta_put(f, k, num);
      } else if (json_is_boolean(v)) meta_put(f, k, json_is_true(v) ? "true" : "false");
    }
  }

  /* Distinct shard files, in name order so loading (and first-wins metadata) is deterministic. */
  names = zo_xcalloc(json_object_size(wm), sizeof *names);
  int nn = 0;
  const char *k;
  json_t *v;
  json_object_foreach(wm, k, v) {
    if (!json_is_string(v) || !shard_name_ok(json_string_value(v))) {
      zo_env_error(index_path, "weight_map: tensor '%s' names no usable shard file (a relative path without '..')", k);
      goto out;
    }
    names[nn++] = json_string_value(v);
  }
  qsort(names, (size_t)nn, sizeof *names, cmp_str);
  const char *slash = strrchr(index_path, '/');
  int dirlen = slash ? (int)(slash - index_path) : 1;
  const char *dir = slash ? index_path : ".";
  for (int i = 0; i < nn; i++) {
    if (i > 0 && strcmp(names[i], names[i - 1]) == 0) continue;
    char *p = zo_arena_printf(&f->arena, "%.*s/%s", dirlen, dir, names[i]);
    if (!load_file(f, p)) goto out;
  }

  sort_n(f->tensors.data, f->tensors.len, sizeof(StTensor), cmp_tensor_name);
  for (int i = 1; i < f->tensors.len; i++)
    if (strcmp(f->tensors.data[i].name, f->tensors.data[i - 1].name) == 0) {
      zo_env_error(index_path, "tensor '%s' is in two shards: %s and %s", f->tensors.data[i].name,
                   f->tensors.data[i - 1].file, f->tensors.data[i].file);
      goto out;
    }
  /* Every mapped tensor must be in the shard the index names. */
  json_object_foreach(wm, k, v) {
    const StTensor *t = zo_st_find(f, k);
    char *want = zo_xmalloc((size_t)dirlen + strlen(json_string_value(v)) + 2);
    sprintf(want, "%.*s/%s", dirlen, dir, json_string_value(v));
    bool held = t && strcmp(t->file, want) == 0;
    free(want);
    if (!held) {
      zo_env_error(index_path, "weight_map: tensor '%s' is mapped to %s, which does not hold it", k,
                   json_string_value(v));
      goto out;
    }
  }
  ok = true;
out:
  free(names);
  json_decref(root);
  return ok;
}

/* ---------------------------------------------------------- public API */

static bool ends_with(const char *s, const char *suffix) {
  size_t a = strlen(s), b = strlen(suffix);
  return a >= b && strcmp(s + a - b, suffix) == 0;
}

static bool exists(const char *p) {
  struct stat st;
  return stat(p, &st) == 0;
}

/* Sorts what loading gathered; after a failure frees F instead. */
static StFile *finish_open(StFile *f, bool ok) {
  if (!ok) {
    zo_st_close(f);
    return NULL;
  }
  sort_n(f->tensors.data, f->tensors.len, sizeof(StTensor), cmp_tensor_name);
  meta_finish(f);
  return f;
}

/* The one file in DIR whose name ends with SUFFIX (into f's arena): 1, 0 when
 * none, -1 after a message when several (quantizers name their files after
 * themselves: AutoGPTQ's gptq_model-4bit-128g.safetensors). */
static int only_file(StFile *f, const char *dir, const char *suffix, char **out) {
  DIR *d = opendir(dir);
  if (!d) {
    zo_env_error(dir, "cannot list the directory: %s", strerror(errno));
    return -1;
  }
  StrBuf names = {0};
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)))
    if (e->d_name[0] != '.' && ends_with(e->d_name, suffix)) {
      zo_sb_printf(&names, "%s%s", n ? ", " : "", e->d_name);
      if (n++ == 0) *out = zo_arena_printf(&f->arena, "%s/%s", dir, e->d_name);
    }
  closedir(d);
  if (n > 1)
    zo_env_error(dir, "directory holds no model.safetensors but %d *%s files (%s): name the one to load in --weights",
                 n, suffix, names.buf);
  zo_sb_free(&names);
  return n > 1 ? -1 : n;
}

StFile *zo_st_open(const char *path) {
  struct stat st;
  if (stat(path, &st) != 0) {
    zo_env_error(path, "cannot open: %s", strerror(errno));
    return NULL;
  }
  StFile *f = zo_xcalloc(1, sizeof *f);
  bool ok;
  if (S_ISDIR(st.st_mode)) {
    char *idx = zo_arena_printf(&f->arena, "%s/model.safetensors.index.json", path);
    char *one = zo_arena_printf(&f->arena, "%s/model.safetensors", path);
    char *other = NULL;
    int k;
    if (exists(idx)) ok = load_index(f, idx);
    else if (exists(one)) ok = load_file(f, one);
    else if ((k = only_file(f, path, ".safetensors.index.json", &other)) != 0) ok = k > 0 && load_index(f, other);
    else if ((k = only_file(f, path, ".safetensors", &other)) != 0) ok = k > 0 && load_file(f, other);
    else {
      zo_env_error(path, "directory holds neither model.safetensors nor model.safetensors.index.json (nor any other "
                   "*.safetensors file)");
      ok = false;
    }
  } else if (ends_with(path, ".index.json")) {
    ok = load_index(f, path);
  } else {
    ok = load_file(f, path);
  }
  return finish_open(f, ok);
}

StFile *zo_st_open_mem(const char *name, const void *data, size_t size) {
  StFile *f = zo_xcalloc(1, sizeof *f);
  return finish_open(f, parse_header(f, zo_arena_strdup(&f->arena, name), data, size));
}

StFile *zo_st_open_index_text(const char *index_path, const char *text, size_t len) {
  StFile *f = zo_xcalloc(1, sizeof *f);
  return finish_open(f, parse_index(f, zo_arena_strdup(&f->arena, index_path), text, len));
}

void zo_st_close(StFile *f) {
  if (!f) return;
  for (int i = 0; i < f->shards.len; i++) munmap(f->shards.data[i].map, f->shards.data[i].size);
  vec_free(&f->shards);
  vec_free(&f->tensors);
  vec_free(&f->meta);
  zo_arena_free(&f->arena);
  free(f);
}

int zo_st_count(const StFile *f) { return f->tensors.len; }

const StTensor *zo_st_tensor(const StFile *f, int i) {
  ZO_ASSERT(i >= 0 && i < f->tensors.len);
  return &f->tensors.data[i];
}

const StTensor *zo_st_find(const StFile *f, const char *name) {
  StTensor key = {.name = name};
  return find_n(&key, f->tensors.data, f->tensors.len, sizeof(StTensor), cmp_tensor_name);
}

const char *zo_st_metadata(const StFile *f, const char *key) {
  MetaEntry k = {.key = key};
  const MetaEntry *e = find_n(&k, f->meta.data, f->meta.len, sizeof(MetaEntry), cmp_meta_key);
  return e ? e->value : NULL;
}

int zo_st_metadata_count(const StFile *f) { return f->meta.len; }

void zo_st_metadata_at(const StFile *f, int i, const char **key, const char **value) {
  ZO_ASSERT(i >= 0 && i < f->meta.len);
  *key = f->meta.data[i].key;
  *value = f->meta.data[i].value;
}

/* -------------------------------------------------------------- writer */

typedef struct WEntry {
  char *name;
  DType dtype;
  int ndim;
  int64_t shape[ZO_ST_MAX_DIMS];
  const void *data;
  size_t nbytes;
  bool owned;
} WEntry;

typedef struct WMeta {
  char *key, *value;
} WMeta;

struct StWriter {
  Vec(WEntry) t;
  Vec(WMeta) meta;
};

/* The official Rust `Dtype` enum order (safetensors/src/tensor.rs), which its
 * writer sorts by, descending.  Only zoc's dtypes appear here. */
_Static_assert(ZO_DT_COUNT == 14, "a new dtype needs its place in st_rank");
static int st_rank(DType t) {
  switch (t) {
  case ZO_DT_BOOL: return 0;
  case ZO_DT_U8: return 1;
  case ZO_DT_I8: return 2;
  case ZO_DT_F8E4M3: return 3;
  case ZO_DT_I16: return 4;
  case ZO_DT_U16: return 5;
  case ZO_DT_F16: return 6;
  case ZO_DT_BF16: return 7;
  case ZO_DT_I32: return 8;
  case ZO_DT_U32: return 9;
  case ZO_DT_F32: return 10;
  case ZO_DT_F64: return 11;
  case ZO_DT_I64: return 12;
  default: ZO_BUG("st_rank: dtype %d", (int)t);
  }
}

StWriter *zo_st_writer_new(void) { return zo_xcalloc(1, sizeof(StWriter)); }

static void writer_add(StWriter *w, const char *name, DType dt, int ndim, const int64_t *shape,
                       const void *data, bool copy) {
  ZO_ASSERT(name && strcmp(name, "__metadata__") != 0);
  ZO_ASSERT(dt > ZO_DT_NONE && dt < ZO_DT_COUNT);
  ZO_ASSERT(ndim >= 0 && ndim <= ZO_ST_MAX_DIMS);
  WEntry e = {.dtype = dt, .ndim = ndim, .owned = copy};
  for (int i = 0; i < ndim; i++) {
    ZO_ASSERT(shape[i] >= 0);
    e.shape[i] = shape[i];
  }
  int64_t numel;
  if (!shape_size(ndim, e.shape, zo_dtype_size(dt), &numel, &e.nbytes))
    ZO_BUG("zo_st_writer_add: tensor '%s' is too large", name);
  ZO_ASSERT(data || e.nbytes == 0);
  e.name = zo_xstrdup(name);
  if (copy) {
    void *p = zo_xmalloc(e.nbytes);
    if (e.nbytes) memcpy(p, data, e.nbytes);
    e.data = p;
  } else {
    e.data = data;
  }
  vec_push(&w->t, e);
}

void zo_st_writer_add(StWriter *w, const char *name, DType dt, int ndim, const int64_t *shape,
                      const void *data) {
  writer_add(w, name, dt, ndim, shape, data, true);
}

void zo_st_writer_add_borrowed(StWriter *w, const char *name, DType dt, int ndim,
                               const int64_t *shape, const void *data) {
  writer_add(w, name, dt, ndim, shape, data, false);
}

void zo_st_writer_metadata(StWriter *w, const char *key, const char *value) {
  for (int i = 0; i < w->meta.len; i++)
    if (strcmp(w->meta.data[i].key, key) == 0) {
      free(w->meta.data[i].value);
      w->meta.data[i].value = zo_xstrdup(value);
      return;
    }
  WMeta m = {zo_xstrdup(key), zo_xstrdup(value)};
  vec_push(&w->meta, m);
}

static int cmp_layout(const void *a, const void *b) {
  const WEntry *x = *(const WEntry *const *)a, *y = *(const WEntry *const *)b;
  int rx = st_rank(x->dtype), ry = st_rank(y->dtype);
  if (rx != ry) return ry - rx;
  return strcmp(x->name, y->name);
}
static int cmp_wentry_name(const void *a, const void *b) {
  return strcmp((*(const WEntry *const *)a)->name, (*(const WEntry *const *)b)->name);
}
static int cmp_wmeta(const void *a, const void *b) {
  return strcmp(((const WMeta *)a)->key, ((const WMeta *)b)->key);
}

/* The header JSON, unpadded (malloc'd), or NULL after a message. */
static char *writer_header(StWriter *w, const char *path, WEntry **order) {
  json_t *root = json_object();
  char *text = NULL;
  if (w->meta.len) {
    qsort(w->meta.data, (size_t)w->meta.len, sizeof(WMeta), cmp_wmeta);
    json_t *m = json_object();
    json_object_set_new(root, "__metadata__", m);
    for (int i = 0; i < w->meta.len; i++) {
      json_t *s = json_string(w->meta.data[i].value);
      if (!s || json_object_set_new(m, w->meta.data[i].key, s) != 0) {
        zo_env_error(path, "metadata '%s' is not valid UTF-8", w->meta.data[i].key);
        goto out;
      }
    }
  }
  uint64_t off = 0;
  for (int i = 0; i < w->t.len; i++) {
    const WEntry *e = order[i];
    json_t *shape = json_array();
    for (int d = 0; d < e->ndim; d++) json_array_append_new(shape, json_integer(e->shape[d]));
    json_t *offs = json_array();
    json_array_append_new(offs, json_integer((json_int_t)off));
    json_array_append_new(offs, json_integer((json_int_t)(off + e->nbytes)));
    off += e->nbytes;
    json_t *obj = json_object();
    json_object_set_new(obj, "dtype", json_string(zo_dtype_st_name(e->dtype)));
    json_object_set_new(obj, "shape", shape);
    json_object_set_new(obj, "data_offsets", offs);
    if (json_object_set_new(root, e->name, obj) != 0) {
      zo_env_error(path, "tensor name '%s' is not valid UTF-8", e->name);
      goto out;
    }
  }
  text = json_dumps(root, JSON_COMPACT | JSON_PRESERVE_ORDER);
  ZO_ASSERT(text);
out:
  json_decref(root);
  return text;
}

int zo_st_writer_save(StWriter *w, const char *path) {
  int n = w->t.len;
  WEntry **order = zo_xcalloc((size_t)n + 1, sizeof *order);
  for (int i = 0; i < n; i++) order[i] = &w->t.data[i];
  qsort(order, (size_t)n, sizeof *order, cmp_wentry_name);
  for (int i = 1; i < n; i++)
    if (strcmp(order[i]->name, order[i - 1]->name) == 0)
      ZO_BUG("zo_st_writer_add: tensor '%s' added twice", order[i]->name);
  qsort(order, (size_t)n, sizeof *order, cmp_layout);

  int rc = -1;
  char *tmp = NULL;
  FILE *out = NULL;
  char *hdr = writer_header(w, path, order);
  if (!hdr) goto done;

  size_t hlen = strlen(hdr), padded = (hlen + 7) & ~(size_t)7;
  unsigned char len8[8];
  for (int i = 0; i < 8; i++) len8[i] = (unsigned char)((uint64_t)padded >> (8 * i));

  /* The same pattern as zo_write_file_atomic, streamed: a checkpoint can be
   * larger than we want to assemble in memory. The temporary is created new
   * (O_EXCL | O_NOFOLLOW: a symlink planted at its name is not followed). */
  int fd = zo_temp_create(path, &tmp);
  if (fd < 0) goto done;
  out = fdopen(fd, "wb");
  if (!out) {
    zo_env_error(path, "cannot open %s: %s", tmp, strerror(errno));
    close(fd);
    goto done;
  }
  static const char spaces[8] = "        ";
  bool wok = fwrite(len8, 1, 8, out) == 8 && fwrite(hdr, 1, hlen, out) == hlen &&
             fwrite(spaces, 1, padded - hlen, out) == padded - hlen;
  for (int i = 0; wok && i < n; i++)
    wok = fwrite(order[i]->data, 1, order[i]->nbytes, out) == order[i]->nbytes;
  if (!wok || fflush(out) != 0) {
    zo_env_error(path, "write failed: %s", strerror(errno));
    goto done;
  }
  if (fsync(fileno(out)) != 0) {
    zo_env_error(path, "fsync failed: %s", strerror(errno));
    goto done;
  }
  int cerr = fclose(out);
  out = NULL;
  if (cerr != 0) {
    zo_env_error(path, "cannot finish writing %s: %s", tmp, strerror(errno));
    goto done;
  }
  if (zo_temp_commit(tmp, path) != 0) {   /* it removed tmp */
    free(tmp);
    tmp = NULL;
    goto done;
  }
  rc = 0;
done:
  if (out) fclose(out);
  if (rc != 0 && tmp) unlink(tmp);
  free(tmp);
  free(hdr);
  free(order);
  return rc;
}

void zo_st_writer_free(StWriter *w) {
  if (!w) return;
  for (int i = 0; i < w->t.len; i++) {
    free(w->t.data[i].name);
    if (w->t.data[i].owned) free((void *)w->t.data[i].data);
  }
  for (int i = 0; i < w->meta.len; i++) {
    free(w->meta.data[i].key);
    free(w->meta.data[i].value);
  }
  vec_free(&w->t);
  vec_free(&w->meta);
  free(w);
}

/* ------------------------------------------------- a set of shards */

bool zo_st_set_file(const char *name, const char *stem) {
  size_t n = strlen(stem);
  if (strncmp(name, stem, n) != 0) return false;
  const char *r = name + n;
  if (strcmp(r, ".safetensors") == 0 || strcmp(r, ".safetensors.index.json") == 0) return true;
  /* -NNNNN-of-NNNNN.safetensors */
  static const char pat[] = "-#####-of-#####.safetensors";
  for (size_t i = 0; i < sizeof pat; i++)
    if (pat[i] == '#' ? !isdigit((unsigned char)r[i]) : r[i] != pat[i]) return false;
  return true;
}

static void set_add(StSet *set, const char *name, const char *suffix) {
  set->name = zo_xrealloc(set->name, (size_t)(set->n + 1) * sizeof *set->name);
  set->tmp = zo_xrealloc(set->tmp, (size_t)(set->n + 1) * sizeof *set->tmp);
  set->name[set->n] = zo_xstrdup(name);
  StrBuf sb = {0};
  zo_sb_printf(&sb, "%s/%s%s", set->dir, name, suffix);
  set->tmp[set->n++] = zo_sb_take(&sb);
}

int zo_st_writer_save_set(StWriter *w, const char *dir, const char *stem, uint64_t max_bytes, const char *suffix,
                          StSet *set) {
  memset(set, 0, sizeof *set);
  set->dir = zo_xstrdup(dir);
  int n = w->t.len, ns = 0;
  int *shard = zo_xcalloc((size_t)n + 1, sizeof *shard);
  uint64_t cur = 0, total = 0;
  for (int i = 0; i < n; i++) {   /* greedy, in order: never past max_bytes but a tensor alone */
    uint64_t b = w->t.data[i].nbytes;
    if (ns == 0 || (cur > 0 && cur + b > max_bytes)) ns++, cur = 0;
    shard[i] = ns - 1;
    cur += b;
    total += b;
  }
  if (ns == 0) ns = 1;
  if (ns > 99999) {   /* the names have five digits */
    zo_env_error(dir, "the checkpoint would be %d shards of at most %llu bytes: more than the 99999 that "
                 "transformers' shard names count; give a larger --shard-size", ns, (unsigned long long)max_bytes);
    free(shard);
    return -1;
  }
  set->sharded = ns > 1;
  json_t *wm = json_object();
  char name[512];
  if (set->sharded) {
    snprintf(name, sizeof name, "%s.safetensors.index.json", stem);
    set_add(set, name, suffix);
  }
  int rc = 0;
  for (int s = 0; s < ns && rc == 0; s++) {
    if (set->sharded) snprintf(name, sizeof name, "%s-%05d-of-%05d.safetensors", stem, s + 1, ns);
    else snprintf(name, sizeof name, "%s.safetensors", stem);
    set_add(set, name, suffix);
    StWriter *sw = zo_st_writer_new();
    for (int i = 0; i < n; i++) {
      const WEntry *e = &w->t.data[i];
      if (shard[i] != s) continue;
      zo_st_writer_add_borrowed(sw, e->name, e->dtype, e->ndim, e->shape, e->data);
      json_object_set_new(wm, e->name, json_string(name));
    }
    for (int i = 0; i < w->meta.len; i++) zo_st_writer_metadata(sw, w->meta.data[i].key, w->meta.data[i].value);
    rc = zo_st_writer_save(sw, set->tmp[set->n - 1]);
    zo_st_writer_free(sw);
  }
  if (rc == 0 && set->sharded) {
    json_t *idx = json_pack("{s:{s:I}, s:O}", "metadata", "total_size", (json_int_t)total, "weight_map", wm);
    char *text = json_dumps(idx, JSON_INDENT(2) | JSON_SORT_KEYS);
    json_decref(idx);
    size_t len = strlen(text);
    text = zo_xrealloc(text, len + 2);
    memcpy(text + len, "\n", 2);
    rc = zo_write_file_atomic(set->tmp[0], text, len + 1);
    free(text);
  }
  json_decref(wm);
  free(shard);
  if (rc != 0) {
    for (int i = 0; i < set->n; i++) unlink(set->tmp[i]);
    return -1;
  }
  return 0;
}

/* removes DIR/NAME, one of another layout's files; false after a message */
static bool remove_stale(const char *dir, const char *name) {
  StrBuf sb = {0};
  zo_sb_printf(&sb, "%s/%s", dir, name);
  bool ok = unlink(sb.buf) == 0 || errno == ENOENT;
  if (!ok) zo_env_error(sb.buf, "cannot remove it (a file of the checkpoint's earlier layout): %s", strerror(errno));
  zo_sb_free(&sb);
  return ok;
}

static bool in_set(const StSet *set, const char *name) {
  for (int i = 0; i < set->n; i++)
    if (strcmp(set->name[i], name) == 0) return true;
  return false;
}

int zo_st_set_commit(const StSet *set, const char *stem) {
  /* the index first: a loader that finds it reads only the files it names
     (vLLM never loads the new shards beside an old model.safetensors) */
  for (int i = 0; i < set->n; i++) {
    StrBuf sb = {0};
    zo_sb_printf(&sb, "%s/%s", set->dir, set->name[i]);
    int rc = zo_temp_commit(set->tmp[i], sb.buf);
    zo_sb_free(&sb);
    set->tmp[i][0] = '\0';   /* committed (or removed by zo_temp_commit) */
    if (rc != 0) return -1;
  }
  /* another layout's files: its shards, then its index (while an index is
     there, the old shards it names are whole), then its single file */
  DIR *d = opendir(set->dir);
  if (!d) {
    zo_env_error(set->dir, "cannot list the directory: %s", strerror(errno));
    return -1;
  }
  Vec(char *) stale = {0};
  char one[512], index[512];
  snprintf(one, sizeof one, "%s.safetensors", stem);
  snprintf(index, sizeof index, "%s.safetensors.index.json", stem);
  for (struct dirent *e; (e = readdir(d));)
    if (zo_st_set_file(e->d_name, stem) && !in_set(set, e->d_name) && strcmp(e->d_name, one) != 0 &&
        strcmp(e->d_name, index) != 0)
      vec_push(&stale, zo_xstrdup(e->d_name));
  closedir(d);
  bool ok = true;
  for (int i = 0; i < stale.len; i++) {
    ok = ok && remove_stale(set->dir, stale.data[i]);
    free(stale.data[i]);
  }
  vec_free(&stale);
  if (ok && !set->sharded) ok = remove_stale(set->dir, index);
  if (ok && set->sharded) ok = remove_stale(set->dir, one);
  return ok ? 0 : -1;
}

void zo_st_set_free(StSet *set) {
  for (int i = 0; i < set->n; i++) {
    if (set->tmp[i][0]) unlink(set->tmp[i]);
    free(set->tmp[i]);
    free(set->name[i]);
  }
  free(set->tmp);
  free(set->name);
  free(set->dir);
  memset(set, 0, sizeof *set);
}
