/* test_safetensors.c — checkpoint I/O: runtime/safetensors.{h,c} and runtime/hfconfig.{h,c}.
 *
 * Correctness is checked against the official safetensors library both ways
 * (tests/py/st_check.py reads our files; tests/py/st_make.py writes files for
 * us), with raw bytes compared exactly and values decoded independently on each
 * side (our decoders below vs numpy / ml_dtypes), so a dtype whose meaning is
 * mixed up fails even when bytes agree.  Every test uses fresh random shapes
 * and contents (zt_seed).  Bad files are checked for NULL plus a message that
 * names the file, the tensor and the problem; random mutations of a valid file
 * check that no input crashes the reader, and that the same bytes in memory
 * (zo_st_open_mem, the fuzz target's way in) read the same.  Writes (through `zoc random-weights`
 * and `zoc train`) are checked against symlinks and stale files planted at
 * their temporary names: the victim and the planted files are untouched and
 * the outputs are byte-identical to clean runs.
 */
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ir/dtype.h"
#include "runtime/hfconfig.h"
#include "runtime/safetensors.h"
#include "support/support.h"
#include "testutil.h"

/* ------------------------------------------------------------ helpers */

/* A path in the test's temp dir.  Each call gets its own buffer (up to 256 per
 * test process), so paths held across other calls stay valid. */
static const char *tmp_path(const char *name) {
  static char bufs[256][700];
  static int k;
  ck_assert(k < 256);
  char *b = bufs[k++];
  snprintf(b, sizeof bufs[0], "%s/%s", zt_tmpdir(), name);
  return b;
}

static void write_bytes(const char *path, const void *data, size_t n) {
  FILE *f = fopen(path, "wb");
  ck_assert_msg(f, "cannot create %s", path);
  ck_assert(n == 0 || fwrite(data, 1, n, f) == n);
  fclose(f);
}

static unsigned char *read_bytes(const char *path, size_t *n) {
  char *p = zo_read_file(path, n);
  ck_assert_msg(p, "cannot read %s", path);
  return (unsigned char *)p;
}

/* stderr into a file while a call runs, so messages can be checked. */
static int saved_fd = -1;
static char capture_file[700];
static void capture_begin(void) {
  fflush(stderr);
  saved_fd = dup(2);
  snprintf(capture_file, sizeof capture_file, "%s/stderr.txt", zt_tmpdir());
  int fd = open(capture_file, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  ck_assert(fd >= 0 && saved_fd >= 0);
  dup2(fd, 2);
  close(fd);
}
static char *capture_end(void) {
  fflush(stderr);
  dup2(saved_fd, 2);
  close(saved_fd);
  size_t n;
  return (char *)read_bytes(capture_file, &n);
}

/* Opening PATH must fail with a message containing the path and each of the
 * NULL-terminated fragments. */
static void expect_open_fails(const char *path, const char *frag, ...) {
  capture_begin();
  StFile *f = zo_st_open(path);
  char *msg = capture_end();
  ck_assert_msg(f == NULL, "%s: opened, expected failure mentioning '%s'", path, frag);
  ck_assert_msg(strstr(msg, path), "message does not name the file %s: %s", path, msg);
  va_list ap;
  va_start(ap, frag);
  for (const char *s = frag; s; s = va_arg(ap, const char *))
    ck_assert_msg(strstr(msg, s), "message lacks '%s': %s", s, msg);
  va_end(ap);
  ck_assert_msg(strchr(msg, '\n') == strrchr(msg, '\n'), "expected one message line: %s", msg);
  free(msg);
}

/* Random contents: any bits, except BOOL which must be 0 or 1. */
static void fill_random(DType dt, void *p, size_t nbytes, uint64_t *rng) {
  unsigned char *b = p;
  for (size_t i = 0; i < nbytes; i++) {
    uint64_t r = zt_next(rng);
    b[i] = dt == ZO_DT_BOOL ? (unsigned char)(r & 1) : (unsigned char)r;
  }
}

/* ---- value decoders, independent of numpy / ml_dtypes */
static double half_to_double(uint16_t h) {
  int s = h >> 15, e = (h >> 10) & 31, m = h & 1023;
  double v = e == 0 ? ldexp(m, -24) : e == 31 ? (m ? NAN : INFINITY) : ldexp(1024 + m, e - 25);
  return s ? -v : v;
}
static double bf16_to_double(uint16_t h) {
  uint32_t u = (uint32_t)h << 16;
  float f;
  memcpy(&f, &u, 4);
  return f;
}
static double f8e4m3_to_double(uint8_t x) {   /* e4m3fn: bias 7, no infinities, S.1111.111 = NaN */
  int s = x >> 7, e = (x >> 3) & 15, m = x & 7;
  double v = (e == 15 && m == 7) ? NAN : e == 0 ? ldexp(m, -9) : ldexp(8 + m, e - 10);
  return s ? -v : v;
}
static double decode_float(DType dt, const unsigned char *p, int64_t i) {
  switch (dt) {
  case ZO_DT_F64: { double d; memcpy(&d, p + 8 * i, 8); return d; }
  case ZO_DT_F32: { float f; memcpy(&f, p + 4 * i, 4); return f; }
  case ZO_DT_F16: { uint16_t h; memcpy(&h, p + 2 * i, 2); return half_to_double(h); }
  case ZO_DT_BF16: { uint16_t h; memcpy(&h, p + 2 * i, 2); return bf16_to_double(h); }
  case ZO_DT_F8E4M3: return f8e4m3_to_double(p[i]);
  default: ck_abort_msg("not a float dtype"); return 0;
  }
}
static int64_t decode_int(DType dt, const unsigned char *p, int64_t i) {
  switch (dt) {
  case ZO_DT_I64: { int64_t v; memcpy(&v, p + 8 * i, 8); return v; }
  case ZO_DT_I32: { int32_t v; memcpy(&v, p + 4 * i, 4); return v; }
  case ZO_DT_U32: { uint32_t v; memcpy(&v, p + 4 * i, 4); return v; }
  case ZO_DT_I16: { int16_t v; memcpy(&v, p + 2 * i, 2); return v; }
  case ZO_DT_U16: { uint16_t v; memcpy(&v, p + 2 * i, 2); return v; }
  case ZO_DT_I8: return (int8_t)p[i];
  case ZO_DT_U8: case ZO_DT_BOOL: return p[i];
  default: ck_abort_msg("not an integer dtype"); return 0;
  }
}

static bool same_float(double got, double want) {
  if (isnan(got) || isnan(want)) return isnan(got) && isnan(want);
  return got == want && signbit(got) == signbit(want);
}

/* ---- a set of random tensors, kept for comparison */
typedef struct Tn {
  char name[64];
  DType dt;
  int ndim;
  int64_t shape[ZO_ST_MAX_DIMS];
  size_t nbytes;
  unsigned char *data;
} Tn;

typedef struct TnSet {
  Tn t[64];
  int n;
} TnSet;

static void tn_add(TnSet *s, const char *name, DType dt, int ndim, const int64_t *shape, uint64_t *rng) {
  ck_assert(s->n < 64);
  Tn *t = &s->t[s->n++];
  snprintf(t->name, sizeof t->name, "%s", name);
  t->dt = dt;
  t->ndim = ndim;
  size_t numel = 1;
  for (int i = 0; i < ndim; i++) numel *= (size_t)(t->shape[i] = shape[i]);
  t->nbytes = numel * zo_dtype_size(dt);
  t->data = zo_xmalloc(t->nbytes);
  fill_random(dt, t->data, t->nbytes, rng);
}

/* Every dtype twice with random shapes (1-4 dims of 1-6), plus a 0-dim scalar
 * and zero-length tensors, under names that do not sort like the layout does. */
static void tn_make(TnSet *s, uint64_t *rng) {
  s->n = 0;
  for (int dt = 1; dt < ZO_DT_COUNT; dt++)
    for (int j = 0; j < 2; j++) {
      int64_t shape[4];
      int ndim = 1 + (int)(zt_next(rng) % 4);
      for (int i = 0; i < ndim; i++) shape[i] = 1 + (int64_t)(zt_next(rng) % 6);
      char name[64];
      snprintf(name, sizeof name, "layers.%d.%c_%s", (int)(zt_next(rng) % 100), 'a' + j, zo_dtype_name((DType)dt));
      tn_add(s, name, (DType)dt, ndim, shape, rng);
    }
  tn_add(s, "scalar.f32", ZO_DT_F32, 0, NULL, rng);
  tn_add(s, "scalar.bf16", ZO_DT_BF16, 0, NULL, rng);
  tn_add(s, "empty.f16", ZO_DT_F16, 3, (int64_t[]){4, 0, 3}, rng);
  tn_add(s, "empty.i64", ZO_DT_I64, 1, (int64_t[]){0}, rng);
}

static void tn_free(TnSet *s) {
  for (int i = 0; i < s->n; i++) free(s->t[i].data);
  s->n = 0;
}

/* Writes S (in insertion order, or reversed) with metadata, and returns 0/-1 from save. */
static int tn_save(const TnSet *s, const char *path, bool reversed, int nmeta) {
  StWriter *w = zo_st_writer_new();
  for (int k = 0; k < s->n; k++) {
    const Tn *t = &s->t[reversed ? s->n - 1 - k : k];
    if (k % 2) zo_st_writer_add(w, t->name, t->dt, t->ndim, t->shape, t->data);
    else zo_st_writer_add_borrowed(w, t->name, t->dt, t->ndim, t->shape, t->data);   /* both paths */
  }
  static const char *keys[] = {"format", "zoc.version", "b_key", "a_key"};
  for (int k = 0; k < nmeta; k++) {
    int i = reversed ? nmeta - 1 - k : k;
    zo_st_writer_metadata(w, keys[i], "placeholder");
    zo_st_writer_metadata(w, keys[i], i == 0 ? "pt" : keys[i]);   /* replaced, not added */
  }
  int rc = zo_st_writer_save(w, path);
  zo_st_writer_free(w);
  return rc;
}

/* f holds exactly the tensors of S, byte for byte. */
static void tn_compare(const TnSet *s, const StFile *f) {
  ck_assert_int_eq(zo_st_count(f), s->n);
  for (int k = 0; k < s->n; k++) {
    const Tn *t = &s->t[k];
    const StTensor *r = zo_st_find(f, t->name);
    ck_assert_msg(r, "tensor %s missing", t->name);
    ck_assert_str_eq(r->name, t->name);
    ck_assert_int_eq(r->dtype, t->dt);
    ck_assert_int_eq(r->ndim, t->ndim);
    int64_t numel = 1;
    for (int i = 0; i < t->ndim; i++) {
      ck_assert_int_eq(r->shape[i], t->shape[i]);
      numel *= t->shape[i];
    }
    ck_assert_int_eq(r->numel, numel);
    ck_assert_uint_eq(r->nbytes, t->nbytes);
    ck_assert_msg(t->nbytes == 0 || memcmp(r->data, t->data, t->nbytes) == 0, "%s: bytes differ", t->name);
    /* The official layout aligns every tensor to its element size. */
    ck_assert_msg((uintptr_t)r->data % zo_dtype_size(r->dtype) == 0, "%s misaligned", t->name);
  }
  for (int i = 1; i < zo_st_count(f); i++)
    ck_assert(strcmp(zo_st_tensor(f, i - 1)->name, zo_st_tensor(f, i)->name) < 0);
}

/* ---- the side file (format in tests/py/st_common.py) */
static json_t *values_json(DType dt, const unsigned char *p, int64_t numel) {
  json_t *a = json_array();
  for (int64_t i = 0; i < numel; i++) {
    if (zo_dtype_is_float(dt)) {
      char b[64];
      snprintf(b, sizeof b, "%.17g", decode_float(dt, p, i));   /* exact: 17 digits round-trip a double */
      json_array_append_new(a, json_string(b));
    } else {
      json_array_append_new(a, json_integer(decode_int(dt, p, i)));
    }
  }
  return a;
}

static char *hex(const unsigned char *p, size_t n) {
  char *s = zo_xmalloc(2 * n + 1);
  for (size_t i = 0; i < n; i++) sprintf(s + 2 * i, "%02x", p[i]);
  s[2 * n] = 0;
  return s;
}

static void write_expected(const TnSet *s, int nmeta, const char *path) {
  static const char *keys[] = {"format", "zoc.version", "b_key", "a_key"};
  json_t *root = json_object(), *md = json_object(), *ts = json_array();
  for (int k = 0; k < nmeta; k++) json_object_set_new(md, keys[k], json_string(k == 0 ? "pt" : keys[k]));
  for (int k = 0; k < s->n; k++) {
    const Tn *t = &s->t[k];
    json_t *e = json_object(), *shape = json_array();
    int64_t numel = 1;
    for (int i = 0; i < t->ndim; i++) {
      json_array_append_new(shape, json_integer(t->shape[i]));
      numel *= t->shape[i];
    }
    char *h = hex(t->data, t->nbytes);
    json_object_set_new(e, "name", json_string(t->name));
    json_object_set_new(e, "dtype", json_string(zo_dtype_st_name(t->dt)));
    json_object_set_new(e, "shape", shape);
    json_object_set_new(e, "hex", json_string(h));
    json_object_set_new(e, "values", values_json(t->dt, t->data, numel));
    free(h);
    json_array_append_new(ts, e);
  }
  json_object_set_new(root, "metadata", md);
  json_object_set_new(root, "tensors", ts);
  ck_assert(json_dump_file(root, path, 0) == 0);
  json_decref(root);
}

/* f holds exactly what the side file EXP lists: bytes, and values decoded here. */
static void compare_expected(const StFile *f, const char *exp) {
  json_error_t je;
  json_t *root = json_load_file(exp, 0, &je);
  ck_assert_msg(root, "%s: %s", exp, je.text);
  json_t *ts = json_object_get(root, "tensors"), *md = json_object_get(root, "metadata");
  ck_assert_int_eq(zo_st_count(f), (int)json_array_size(ts));
  size_t k;
  json_t *e;
  json_array_foreach(ts, k, e) {
    const char *name = json_string_value(json_object_get(e, "name"));
    const StTensor *t = zo_st_find(f, name);
    ck_assert_msg(t, "tensor %s missing", name);
    ck_assert_str_eq(zo_dtype_st_name(t->dtype), json_string_value(json_object_get(e, "dtype")));
    json_t *shape = json_object_get(e, "shape");
    ck_assert_int_eq(t->ndim, (int)json_array_size(shape));
    for (int i = 0; i < t->ndim; i++) ck_assert_int_eq(t->shape[i], json_integer_value(json_array_get(shape, (size_t)i)));
    char *h = hex(t->data, t->nbytes);
    ck_assert_msg(strcmp(h, json_string_value(json_object_get(e, "hex"))) == 0, "%s: bytes differ", name);
    free(h);
    json_t *vals = json_object_get(e, "values");
    ck_assert_int_eq(t->numel, (int64_t)json_array_size(vals));
    for (int64_t i = 0; i < t->numel; i++) {
      json_t *v = json_array_get(vals, (size_t)i);
      if (zo_dtype_is_float(t->dtype)) {
        double want = strtod(json_string_value(v), NULL), got = decode_float(t->dtype, t->data, i);
        ck_assert_msg(same_float(got, want), "%s[%lld]: got %.17g, official %s", name, (long long)i, got,
                      json_string_value(v));
      } else {
        ck_assert_msg(decode_int(t->dtype, t->data, i) == json_integer_value(v), "%s[%lld]", name, (long long)i);
      }
    }
  }
  const char *mk;
  json_t *mv;
  ck_assert_int_eq(zo_st_metadata_count(f), (int)json_object_size(md));
  json_object_foreach(md, mk, mv) {
    const char *got = zo_st_metadata(f, mk);
    ck_assert_msg(got && strcmp(got, json_string_value(mv)) == 0, "metadata %s: %s", mk, got ? got : "(absent)");
  }
  json_decref(root);
}

/* ------------------------------------------------------------- tests */

START_TEST(test_roundtrip_all_dtypes) {
  uint64_t rng = zt_seed() ^ 0x51;
  TnSet s;
  tn_make(&s, &rng);
  const char *a = tmp_path("rt_a.safetensors"), *b = tmp_path("rt_b.safetensors");
  ck_assert_int_eq(tn_save(&s, a, false, 4), 0);
  StFile *f = zo_st_open(a);
  ck_assert(f);
  tn_compare(&s, f);
  ck_assert_int_eq(zo_st_metadata_count(f), 4);
  ck_assert_str_eq(zo_st_metadata(f, "format"), "pt");
  ck_assert_str_eq(zo_st_metadata(f, "zoc.version"), "zoc.version");
  ck_assert_ptr_null(zo_st_metadata(f, "absent"));
  ck_assert_ptr_null(zo_st_find(f, "absent"));
  const char *k0, *v0;
  zo_st_metadata_at(f, 0, &k0, &v0);
  ck_assert_str_eq(k0, "a_key");
  zo_st_close(f);

  /* Deterministic: other insertion order, same bytes; no temp file left. */
  ck_assert_int_eq(tn_save(&s, b, true, 4), 0);
  size_t na, nb;
  unsigned char *ba = read_bytes(a, &na), *bb = read_bytes(b, &nb);
  ck_assert_uint_eq(na, nb);
  ck_assert(memcmp(ba, bb, na) == 0);
  uint64_t hl;   /* header: JSON, then spaces up to a multiple of 8 */
  memcpy(&hl, ba, 8);
  ck_assert_uint_eq(hl % 8, 0);
  uint64_t close = hl;
  while (close > 0 && ba[8 + close - 1] == ' ') close--;
  ck_assert(close > 0 && ba[8 + close - 1] == '}' && hl - close < 8);
  free(ba);
  free(bb);
  char cmd[800];
  snprintf(cmd, sizeof cmd, "ls '%s' | grep -c '[.]tmp[.]'", zt_tmpdir());
  char *out = NULL;
  zt_run(cmd, &out, NULL);
  ck_assert_msg(out && atoi(out) == 0, "temp files left: %s", out);
  free(out);

  /* Directory form: DIR/model.safetensors. */
  const char *dir = tmp_path("rtdir");
  ck_assert(mkdir(dir, 0755) == 0);
  char p[800];
  snprintf(p, sizeof p, "%s/model.safetensors", dir);
  ck_assert_int_eq(tn_save(&s, p, false, 0), 0);
  f = zo_st_open(dir);
  ck_assert(f);
  tn_compare(&s, f);
  ck_assert_int_eq(zo_st_metadata_count(f), 0);
  zo_st_close(f);

  /* An empty file set is a valid file. */
  StWriter *w = zo_st_writer_new();
  ck_assert_int_eq(zo_st_writer_save(w, p), 0);
  zo_st_writer_free(w);
  f = zo_st_open(p);
  ck_assert(f && zo_st_count(f) == 0);
  zo_st_close(f);
  tn_free(&s);
}
END_TEST

START_TEST(test_official_reads_ours) {
  uint64_t rng = zt_seed() ^ 0x52;
  TnSet s;
  tn_make(&s, &rng);
  /* One metadata key: the official writer then has one order too, so its bytes
   * must equal ours.  Four keys: read and compare, no byte check (its map order
   * is a hash order). */
  for (int nmeta = 1; nmeta <= 4; nmeta += 3) {
    const char *file = tmp_path(nmeta == 1 ? "ours1.safetensors" : "ours4.safetensors");
    const char *exp = tmp_path(nmeta == 1 ? "ours1.json" : "ours4.json");
    ck_assert_int_eq(tn_save(&s, file, false, nmeta), 0);
    write_expected(&s, nmeta, exp);
    char args[2400], *err = NULL;
    snprintf(args, sizeof args, "'%s' '%s' '%s' %s", zt_src("tests/py/st_check.py"), file, exp,
             nmeta == 1 ? "--same-bytes" : "");
    int rc = zt_python(args, NULL, &err);
    ck_assert_msg(rc == 0, "st_check.py (metadata keys %d) failed:\n%s", nmeta, err ? err : "");
    free(err);
  }
  tn_free(&s);
}
END_TEST

START_TEST(test_ours_reads_official) {
  const char *file = tmp_path("theirs.safetensors"), *exp = tmp_path("theirs.json");
  char args[2400], *err = NULL;
  snprintf(args, sizeof args, "'%s' single %llu '%s' '%s'", zt_src("tests/py/st_make.py"),
           (unsigned long long)(zt_seed() % 1000000007), file, exp);
  int rc = zt_python(args, NULL, &err);
  ck_assert_msg(rc == 0, "st_make.py failed:\n%s", err ? err : "");
  free(err);
  StFile *f = zo_st_open(file);
  ck_assert(f);
  compare_expected(f, exp);
  ck_assert_str_eq(zo_st_metadata(f, "note"), "written by st_make.py");
  zo_st_close(f);
}
END_TEST

static void rewrite_index(const char *dir, const char *tensor, const char *shard) {
  char p[800];
  snprintf(p, sizeof p, "%s/model.safetensors.index.json", dir);
  json_error_t je;
  json_t *root = json_load_file(p, 0, &je);
  ck_assert(root);
  json_object_set_new(json_object_get(root, "weight_map"), tensor, json_string(shard));
  ck_assert(json_dump_file(root, p, JSON_INDENT(2)) == 0);
  json_decref(root);
}

START_TEST(test_sharded) {
  const char *dir = tmp_path("sharded"), *exp = tmp_path("sharded.json");
  ck_assert(mkdir(dir, 0755) == 0);
  char args[2400], *err = NULL;
  snprintf(args, sizeof args, "'%s' sharded %llu '%s' '%s'", zt_src("tests/py/st_make.py"),
           (unsigned long long)(zt_seed() % 1000000007), dir, exp);
  int rc = zt_python(args, NULL, &err);
  ck_assert_msg(rc == 0, "st_make.py failed:\n%s", err ? err : "");
  free(err);

  StFile *f = zo_st_open(dir);
  ck_assert(f);
  compare_expected(f, exp);   /* includes metadata: index total_size, shard format */
  /* Each tensor remembers its shard; all three shards are used. */
  int seen[3] = {0};
  for (int i = 0; i < zo_st_count(f); i++) {
    const char *fn = zo_st_tensor(f, i)->file;
    ck_assert(strstr(fn, dir) == fn);
    for (int k = 0; k < 3; k++) {
      char want[64];
      snprintf(want, sizeof want, "/model-%05d-of-00003.safetensors", k + 1);
      if (strstr(fn, want)) seen[k] = 1;
    }
  }
  ck_assert(seen[0] && seen[1] && seen[2]);
  zo_st_close(f);

  /* The index file named directly opens the same set. */
  char idx[800];
  snprintf(idx, sizeof idx, "%s/model.safetensors.index.json", dir);
  f = zo_st_open(idx);
  ck_assert(f);
  compare_expected(f, exp);
  zo_st_close(f);

  /* An index that lies: scalar_f32 mapped to a shard that does not hold it. */
  f = zo_st_open(dir);
  ck_assert(f);
  char right[128], wrong[128];
  snprintf(right, sizeof right, "%s", strrchr(zo_st_find(f, "scalar_f32")->file, '/') + 1);
  zo_st_close(f);
  snprintf(wrong, sizeof wrong, "model-%05d-of-00003.safetensors", strcmp(right, "model-00001-of-00003.safetensors") ? 1 : 2);
  rewrite_index(dir, "scalar_f32", wrong);
  expect_open_fails(dir, "scalar_f32", wrong, "does not hold it", NULL);
  rewrite_index(dir, "scalar_f32", "../escape.safetensors");
  expect_open_fails(dir, "scalar_f32", "'..'", NULL);
  rewrite_index(dir, "scalar_f32", "model-00009-of-00003.safetensors");
  expect_open_fails(dir, "model-00009-of-00003.safetensors", "cannot open", NULL);
  rewrite_index(dir, "scalar_f32", right);
  f = zo_st_open(dir);
  ck_assert(f);
  compare_expected(f, exp);
  zo_st_close(f);

  /* A shard that is broken: the message names the shard. */
  char shard[800];
  snprintf(shard, sizeof shard, "%s/model-00002-of-00003.safetensors", dir);
  write_bytes(shard, "abc", 3);
  capture_begin();
  f = zo_st_open(dir);
  char *msg = capture_end();
  ck_assert(f == NULL);
  ck_assert_msg(strstr(msg, shard) && strstr(msg, "too short"), "%s", msg);
  free(msg);
}
END_TEST

/* A file from a header string and DATA_LEN bytes of data. */
static const char *bad_file(const char *name, const char *header, size_t data_len) {
  const char *p = tmp_path(name);
  size_t hl = strlen(header);
  unsigned char *b = zo_xcalloc(1, 8 + hl + data_len);
  for (int i = 0; i < 8; i++) b[i] = (unsigned char)((uint64_t)hl >> (8 * i));
  memcpy(b + 8, header, hl);
  write_bytes(p, b, 8 + hl + data_len);
  free(b);
  return p;
}

START_TEST(test_bad_files) {
  const char *p;
  expect_open_fails(tmp_path("nonexistent.safetensors"), "cannot open", NULL);
  write_bytes(p = tmp_path("empty.safetensors"), "", 0);
  expect_open_fails(p, "empty file", NULL);
  write_bytes(p = tmp_path("short.safetensors"), "\x10\0\0\0\0", 5);
  expect_open_fails(p, "too short", "5 bytes", NULL);
  write_bytes(p = tmp_path("past.safetensors"), "\xe8\x03\0\0\0\0\0\0{\"a\":1}", 15);
  expect_open_fails(p, "header length 1000 runs past the end", "(7 bytes", NULL);
  write_bytes(p = tmp_path("huge.safetensors"), "\0\0\0\0\0\0\0\x40{}", 10);
  expect_open_fails(p, "header length 4611686018427387904 is over the", NULL);
  expect_open_fails(bad_file("notjson.safetensors", "this is not json", 0), "not valid JSON", NULL);
  expect_open_fails(bad_file("array.safetensors", "[1, 2]", 0), "not a JSON object", NULL);
  expect_open_fails(bad_file("dup.safetensors",
                             "{\"w\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[0,1]},"
                             "\"w\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[1,2]}}", 2),
                    "duplicate", NULL);
  expect_open_fails(bad_file("dtype.safetensors", "{\"w\":{\"dtype\":\"F8_E5M2\",\"shape\":[4],\"data_offsets\":[0,4]}}", 4),
                    "tensor 'w': unknown dtype 'F8_E5M2'", "BF16", NULL);
  expect_open_fails(bad_file("dtype2.safetensors", "{\"w\":{\"dtype\":7,\"shape\":[4],\"data_offsets\":[0,4]}}", 4),
                    "tensor 'w': \"dtype\" is not a string", NULL);
  expect_open_fails(bad_file("offs.safetensors", "{\"w\":{\"dtype\":\"F32\",\"shape\":[16],\"data_offsets\":[0,64]}}", 16),
                    "tensor 'w': data_offsets [0, 64] end past the data region (16 bytes)", NULL);
  expect_open_fails(bad_file("size.safetensors", "{\"w\":{\"dtype\":\"F32\",\"shape\":[2,2],\"data_offsets\":[0,12]}}", 16),
                    "tensor 'w'", "hold 12 bytes but shape [2, 2] of F32 needs 16", NULL);
  expect_open_fails(bad_file("overlap.safetensors",
                             "{\"a\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]},"
                             "\"z\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[24,32]},"
                             "\"b\":{\"dtype\":\"I16\",\"shape\":[8],\"data_offsets\":[8,24]}}", 32),
                    "'a'", "'b'", "overlap", NULL);
  expect_open_fails(bad_file("neg.safetensors", "{\"w\":{\"dtype\":\"F32\",\"shape\":[-2,4],\"data_offsets\":[0,0]}}", 0),
                    "tensor 'w': shape[0] is -2, negative", NULL);
  expect_open_fails(bad_file("realdim.safetensors", "{\"w\":{\"dtype\":\"F32\",\"shape\":[2.0],\"data_offsets\":[0,8]}}", 8),
                    "tensor 'w': shape[0] is not an integer", NULL);
  expect_open_fails(bad_file("ovf.safetensors",
                             "{\"w\":{\"dtype\":\"F32\",\"shape\":[4294967296,4294967296],\"data_offsets\":[0,0]}}", 0),
                    "tensor 'w': shape [4294967296, 4294967296] of F32 overflows", NULL);
  expect_open_fails(bad_file("ovf2.safetensors",   /* numel fits, bytes do not */
                             "{\"w\":{\"dtype\":\"F64\",\"shape\":[2305843009213693952],\"data_offsets\":[0,0]}}", 0),
                    "tensor 'w'", "overflows", NULL);
  expect_open_fails(bad_file("dims.safetensors",
                             "{\"w\":{\"dtype\":\"U8\",\"shape\":[1,1,1,1,1,1,1,1,1],\"data_offsets\":[0,1]}}", 1),
                    "tensor 'w': shape has 9 dims", NULL);
  expect_open_fails(bad_file("nooffs.safetensors", "{\"w\":{\"dtype\":\"F32\",\"shape\":[1]}}", 4),
                    "tensor 'w': missing \"data_offsets\"", NULL);
  expect_open_fails(bad_file("nodtype.safetensors", "{\"w\":{\"shape\":[1],\"data_offsets\":[0,4]}}", 4),
                    "tensor 'w': missing \"dtype\"", NULL);
  expect_open_fails(bad_file("offs3.safetensors", "{\"w\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[0,1,2]}}", 2),
                    "tensor 'w': \"data_offsets\" is not [begin, end]", NULL);
  expect_open_fails(bad_file("backw.safetensors", "{\"w\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[3,2]}}", 4),
                    "tensor 'w': data_offsets [3, 2] end before begin", NULL);
  expect_open_fails(bad_file("negoff.safetensors", "{\"w\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[-1,0]}}", 4),
                    "tensor 'w'", "negative", NULL);
  expect_open_fails(bad_file("entry.safetensors", "{\"w\":[1,2]}", 0), "tensor 'w': header entry is not a JSON object", NULL);
  expect_open_fails(bad_file("meta.safetensors", "{\"__metadata__\":{\"k\":3}}", 0), "\"__metadata__\" entry 'k' is not a string", NULL);

  /* Truncations of a good file: in the header, in the data. */
  uint64_t rng = zt_seed() ^ 0x53;
  TnSet s;
  tn_make(&s, &rng);
  const char *good = tmp_path("good.safetensors");
  ck_assert_int_eq(tn_save(&s, good, false, 1), 0);
  tn_free(&s);
  size_t n;
  unsigned char *b = read_bytes(good, &n);
  uint64_t hl;
  memcpy(&hl, b, 8);
  write_bytes(p = tmp_path("trunc_header.safetensors"), b, 8 + hl / 2);
  expect_open_fails(p, "runs past the end", NULL);
  write_bytes(p = tmp_path("trunc_data.safetensors"), b, 8 + hl + (n - 8 - hl) / 2);
  expect_open_fails(p, "end past the data region", NULL);

  /* A directory with nothing to read. */
  const char *dir = tmp_path("emptydir");
  ck_assert(mkdir(dir, 0755) == 0);
  expect_open_fails(dir, "neither model.safetensors nor model.safetensors.index.json", NULL);
  free(b);
}
END_TEST

/* Random damage to a good file must give a clean NULL with a message, or a
 * file whose every tensor lies inside it and reads as the bytes stored there. */
START_TEST(test_mutations_never_crash) {
  uint64_t rng = zt_seed() ^ 0x54;
  TnSet s;
  tn_make(&s, &rng);
  const char *good = tmp_path("fuzz_good.safetensors"), *p = tmp_path("fuzz.safetensors");
  ck_assert_int_eq(tn_save(&s, good, false, 2), 0);
  tn_free(&s);
  size_t n;
  unsigned char *b = read_bytes(good, &n), *m = zo_xmalloc(n);
  uint64_t hl;
  memcpy(&hl, b, 8);
  static const char tokens[] = "0123456789-[]{},:\" .e";
  int opened = 0, iters = 2000;
  for (int it = 0; it < iters; it++) {
    memcpy(m, b, n);
    size_t len = n;
    int edits = 1 + (int)(zt_next(&rng) % 3);
    for (int e = 0; e < edits; e++) {
      uint64_t r = zt_next(&rng);
      switch (r % 3) {
      case 0: m[zt_next(&rng) % n] = (unsigned char)(r >> 8); break;                 /* any byte */
      case 1: m[8 + zt_next(&rng) % hl] = (unsigned char)tokens[(r >> 8) % (sizeof tokens - 1)]; break;
      case 2: m[zt_next(&rng) % 8] = (unsigned char)(r >> 8); break;                 /* the length */
      }
    }
    if (zt_next(&rng) % 4 == 0) len = zt_next(&rng) % (n + 1);                      /* truncated */
    write_bytes(p, m, len);
    capture_begin();
    StFile *f = zo_st_open(p);
    char *msg = capture_end();
    /* the same bytes from memory (the fuzz target's way in): the same outcome and message */
    capture_begin();
    StFile *g = zo_st_open_mem(p, m, len);
    char *gmsg = capture_end();
    ck_assert_msg(!f == !g && !strcmp(msg, gmsg), "from the file: %s\nfrom memory: %s", msg, gmsg);
    ck_assert(!g || zo_st_count(g) == zo_st_count(f));
    for (int i = 0; g && i < zo_st_count(g); i++)
      ck_assert(!strcmp(zo_st_tensor(g, i)->name, zo_st_tensor(f, i)->name) &&
                zo_st_tensor(g, i)->offset == zo_st_tensor(f, i)->offset &&
                (const unsigned char *)zo_st_tensor(g, i)->data == m + zo_st_tensor(g, i)->offset);
    zo_st_close(g);
    free(gmsg);
    if (f) {
      opened++;
      for (int i = 0; i < zo_st_count(f); i++) {
        const StTensor *t = zo_st_tensor(f, i);
        ck_assert(t->nbytes == (size_t)t->numel * zo_dtype_size(t->dtype));
        /* In bounds, and the bytes the file holds there. */
        ck_assert_msg(t->offset >= 8 && t->offset <= len && t->nbytes <= len - t->offset, "%s out of bounds", t->name);
        ck_assert(t->nbytes == 0 || memcmp(t->data, m + t->offset, t->nbytes) == 0);
      }
      zo_st_close(f);
    } else {
      ck_assert_msg(strstr(msg, "zoc: error: ") && strstr(msg, p), "no message for a failed open: %s", msg);
    }
    free(msg);
  }
  ck_assert(opened > 0 && opened < iters);   /* both outcomes were exercised */
  free(b);
  free(m);
}
END_TEST

START_TEST(test_hfconfig) {
  uint64_t rng = zt_seed() ^ 0x55;
  int64_t hidden = 64 * (1 + (int64_t)(zt_next(&rng) % 128));
  double eps = zt_uniform(&rng, 1e-7, 1e-5), factor = zt_uniform(&rng, 1, 64);
  char text[2048];
  snprintf(text, sizeof text,
           "{\n"
           "  \"architectures\": [\"LlamaForCausalLM\"],\n"
           "  \"hidden_size\": %lld,\n"
           "  \"rms_norm_eps\": %.17g,\n"
           "  \"tie_word_embeddings\": false,\n"
           "  \"attention_bias\": true,\n"
           "  \"model_type\": \"llama\",\n"
           "  \"rope_scaling\": {\"factor\": %.17g, \"rope_type\": \"llama3\", \"low_freq_factor\": 1.0},\n"
           "  \"eos_token_id\": [128001, 128008, 128009],\n"
           "  \"pad_token_id\": null,\n"
           "  \"odd.key\": 7\n"
           "}\n", (long long)hidden, eps, factor);
  const char *dir = tmp_path("cfgdir");
  ck_assert(mkdir(dir, 0755) == 0);
  char path[800];
  snprintf(path, sizeof path, "%s/config.json", dir);
  write_bytes(path, text, strlen(text));

  HfConfig *c = zo_hf_config_load(dir);   /* a directory finds its config.json */
  ck_assert(c);
  ck_assert_str_eq(zo_hf_config_path(c), path);
  double d;
  int64_t i;
  ck_assert(zo_hf_config_number(c, "hidden_size", &d) && d == (double)hidden);
  ck_assert(zo_hf_config_int(c, "hidden_size", &i) && i == hidden);
  ck_assert(zo_hf_config_number(c, "rms_norm_eps", &d) && d == eps);   /* %.17g round-trips exactly */
  ck_assert(!zo_hf_config_int(c, "rms_norm_eps", &i));
  ck_assert(zo_hf_config_number(c, "tie_word_embeddings", &d) && d == 0.0);
  ck_assert(zo_hf_config_number(c, "attention_bias", &d) && d == 1.0);
  ck_assert(zo_hf_config_number(c, "rope_scaling.factor", &d) && d == factor);
  ck_assert(zo_hf_config_int(c, "rope_scaling.low_freq_factor", &i) && i == 1);
  ck_assert_str_eq(zo_hf_config_string(c, "rope_scaling.rope_type"), "llama3");
  ck_assert_str_eq(zo_hf_config_string(c, "model_type"), "llama");
  ck_assert_str_eq(zo_hf_config_string(c, "architectures.0"), "LlamaForCausalLM");
  ck_assert_int_eq(zo_hf_config_array_len(c, "eos_token_id"), 3);
  ck_assert(zo_hf_config_int(c, "eos_token_id.2", &i) && i == 128009);
  ck_assert(zo_hf_config_int(c, "odd.key", &i) && i == 7);
  /* Absent, null, wrong kind, beyond the end. */
  ck_assert(!zo_hf_config_number(c, "num_layers", &d));
  ck_assert(!zo_hf_config_number(c, "pad_token_id", &d));
  ck_assert(!zo_hf_config_has(c, "pad_token_id"));
  ck_assert(zo_hf_config_has(c, "rope_scaling"));
  ck_assert(!zo_hf_config_number(c, "model_type", &d));
  ck_assert_ptr_null(zo_hf_config_string(c, "hidden_size"));
  ck_assert(!zo_hf_config_number(c, "rope_scaling.missing", &d));
  ck_assert(!zo_hf_config_number(c, "eos_token_id.3", &d));
  ck_assert(!zo_hf_config_number(c, "hidden_size.x", &d));
  ck_assert_int_eq(zo_hf_config_array_len(c, "hidden_size"), -1);
  zo_hf_config_free(c);

  /* Malformed: the message gives the line and column of the bad token. */
  const char *bad = "{\n  \"hidden_size\": 4096,\n  \"vocab_size\": ,\n  \"x\": 1\n}\n";
  write_bytes(path, bad, strlen(bad));
  capture_begin();
  c = zo_hf_config_load(path);
  char *msg = capture_end();
  ck_assert_ptr_null(c);
  ck_assert_msg(strstr(msg, path) && strstr(msg, "line 3, column 17"), "%s", msg);
  free(msg);

  write_bytes(path, "[1, 2]", 6);
  capture_begin();
  c = zo_hf_config_load(path);
  msg = capture_end();
  ck_assert_ptr_null(c);
  ck_assert_msg(strstr(msg, "not a JSON object"), "%s", msg);
  free(msg);

  capture_begin();
  c = zo_hf_config_load(tmp_path("no-such-config.json"));
  msg = capture_end();
  ck_assert_ptr_null(c);
  ck_assert_msg(strstr(msg, "cannot open"), "%s", msg);
  free(msg);
}
END_TEST

/* ------------------------------------------------------------ writes that cannot be hijacked */

static bool same_file(const char *a, const char *b) {
  size_t na, nb;
  unsigned char *x = read_bytes(a, &na), *y = read_bytes(b, &nb);
  bool same = na == nb && memcmp(x, y, na) == 0;
  free(x);
  free(y);
  return same;
}

/* `sh -c 'PLANT; exec zoc ARGS'`: exec keeps the shell's pid, so PLANT can
 * put things at the writer's temporary names, PATH.tmp.$$ */
static int zoc_planted(const char *plant, const char *args, char **err) {
  size_t n = strlen(plant) + strlen(args) + strlen(ZOC_BINARY) + 64;
  char *cmd = zo_xmalloc(n);
  snprintf(cmd, n, "sh -c '%s; exec \"%s\" %s'", plant, ZOC_BINARY, args);
  int rc = zt_run(cmd, NULL, err);
  free(cmd);
  return rc;
}

/* A symlink planted at a writer's temporary name (pointing at a victim file)
 * is neither followed nor removed, a stale temporary file there is neither
 * truncated nor removed, and the output is still right: through
 * `zoc random-weights -o` (the safetensors writer) and a `zoc train` run
 * (its checkpoint, master copy and state.json; zo_write_file_atomic). */
START_TEST(test_writes_not_hijacked) {
  const char *tiny = zt_src("models/tiny.zo");
  uint64_t rng = zt_seed() ^ 0x68696a6bu;
  unsigned long long seed = zt_next(&rng) % 100000;
  const char *victim = tmp_path("victim.txt"), *ref = tmp_path("ref.safetensors"), *out = tmp_path("out.safetensors");
  static const char vtext[] = "the victim's own bytes\n";
  write_bytes(victim, vtext, sizeof vtext - 1);
  char a[4096], plant[4096], *err = NULL;
  snprintf(a, sizeof a, "random-weights '%s' --seed %llu -o '%s'", tiny, seed, ref);
  ck_assert_msg(zt_zoc(a, NULL, &err) == 0, "%s", err);
  free(err);

  /* a symlink at OUT.tmp.PID, then a stale file there */
  for (int stale = 0; stale < 2; stale++) {
    unlink(out);
    snprintf(a, sizeof a, "random-weights \"%s\" --seed %llu -o \"%s\"", tiny, seed, out);
    if (stale) snprintf(plant, sizeof plant, "rm -f \"%s\".tmp.$$; echo stale > \"%s\".tmp.$$; echo $$ > \"%s\".pid", out, out, out);
    else snprintf(plant, sizeof plant, "ln -s \"%s\" \"%s\".tmp.$$ && echo $$ > \"%s\".pid", victim, out, out);
    int rc = zoc_planted(plant, a, &err);
    ck_assert_msg(rc == 0, "exit %d: %s", rc, err);
    free(err);
    size_t n;
    char pidf[800], tmpn[800];
    snprintf(pidf, sizeof pidf, "%s.pid", out);
    char *pid = (char *)read_bytes(pidf, &n);
    ck_assert(n > 1);
    pid[n - 1] = 0;
    snprintf(tmpn, sizeof tmpn, "%s.tmp.%s", out, pid);
    free(pid);
    unsigned char *v = read_bytes(victim, &n);
    ck_assert_msg(n == sizeof vtext - 1 && memcmp(v, vtext, n) == 0, "the victim was written through the planted %s",
                  stale ? "file" : "symlink");
    free(v);
    ck_assert_msg(same_file(out, ref), "%s differs from the same seed's file", out);
    struct stat st;
    ck_assert_msg(lstat(tmpn, &st) == 0 && (stale ? S_ISREG(st.st_mode) : S_ISLNK(st.st_mode)),
                  "what was planted at %s is gone or changed", tmpn);
    if (stale) {
      v = read_bytes(tmpn, &n);
      ck_assert_msg(n == 6 && memcmp(v, "stale\n", 6) == 0, "the stale temporary was truncated or written");
      free(v);
    }
    unlink(tmpn);
    unlink(pidf);
  }

  /* a training run: its checkpoint, master copy and state, against a clean twin run */
#define SMALL "-D V=64 -D D=16 -D F=32 -D L=1 -D H=2 -D KV=1"
  const char *w = tmp_path("hj.safetensors"), *lm = tmp_path("hj.jsonl"), *clean = tmp_path("hj_clean"),
             *run = tmp_path("hj_run");
  snprintf(a, sizeof a, "random-weights '%s' " SMALL " --seed %llu -o '%s'", tiny, seed, w);
  ck_assert_msg(zt_zoc(a, NULL, &err) == 0, "%s", err);
  free(err);
  StrBuf sb = {0};
  for (int i = 0; i < 6; i++) {
    zo_sb_puts(&sb, "{\"tokens\": [");
    for (int t = 0; t < 8; t++) zo_sb_printf(&sb, "%s%d", t ? ", " : "", (int)(zt_next(&rng) % 64));
    zo_sb_puts(&sb, "]}\n");
  }
  write_bytes(lm, sb.buf, sb.len);
  zo_sb_free(&sb);
  static const char *const outs[] = {"model.safetensors", "zoc/master.safetensors", "zoc/state.json"};
  for (int planted = 0; planted < 2; planted++) {
    const char *dir = planted ? run : clean;
    ck_assert(mkdir(dir, 0755) == 0);
    StrBuf p = {0};
    zo_sb_printf(&p, "mkdir -p \"%s/zoc\"", dir);
    for (size_t i = 0; planted && i < ZO_COUNT(outs); i++)
      zo_sb_printf(&p, " && ln -s \"%s\" \"%s/%s\".tmp.$$", victim, dir, outs[i]);
    snprintf(a, sizeof a, "train \"%s\" " SMALL " --recipe qzo --weights \"%s\" --task lm --data \"%s\" --out \"%s\" "
             "--device ref --steps 4 --seed %llu --quiet", tiny, w, lm, dir, seed);
    int rc = zoc_planted(p.buf, a, &err);
    zo_sb_free(&p);
    ck_assert_msg(rc == 0, "zoc train: exit %d: %s", rc, err);
    free(err);
  }
  size_t n;
  unsigned char *v = read_bytes(victim, &n);
  ck_assert_msg(n == sizeof vtext - 1 && memcmp(v, vtext, n) == 0, "a training run wrote the victim");
  free(v);
  for (size_t i = 0; i < ZO_COUNT(outs); i++) {
    char x[800], y[800];
    snprintf(x, sizeof x, "%s/%s", run, outs[i]);
    snprintf(y, sizeof y, "%s/%s", clean, outs[i]);
    ck_assert_msg(same_file(x, y), "%s differs from the clean run's", x);
  }
  /* (a run starting removes stale temporaries in its directory, so the
     planted names above may be gone before the writer meets them; zoc
     replay -o writes where nothing is cleaned: the writer itself must
     step around them, and the replay still equals the run's checkpoint) */
  const char *replayed = tmp_path("replayed.safetensors");
  snprintf(plant, sizeof plant, "ln -s \"%s\" \"%s\".tmp.$$ && echo stale > \"%s\".tmp.$$.1 && echo $$ > \"%s\".pid",
           victim, replayed, replayed, replayed);
  snprintf(a, sizeof a, "replay \"%s\" " SMALL " --weights \"%s\" --run \"%s\" -o \"%s\"", tiny, w, run, replayed);
  int rc = zoc_planted(plant, a, &err);
  ck_assert_msg(rc == 0, "zoc replay: exit %d: %s", rc, err);
  free(err);
  char ck[800];
  snprintf(ck, sizeof ck, "%s/model.safetensors", run);
  ck_assert_msg(same_file(replayed, ck), "the replay differs from the run's checkpoint");
  v = read_bytes(victim, &n);
  ck_assert_msg(n == sizeof vtext - 1 && memcmp(v, vtext, n) == 0, "zoc replay wrote the victim");
  free(v);
  snprintf(ck, sizeof ck, "%s.pid", replayed);
  char *pid = (char *)read_bytes(ck, &n);
  ck_assert(n > 1);
  pid[n - 1] = 0;
  struct stat st;
  snprintf(ck, sizeof ck, "%s.tmp.%s", replayed, pid);
  ck_assert_msg(lstat(ck, &st) == 0 && S_ISLNK(st.st_mode), "the symlink planted at %s is gone", ck);
  snprintf(ck, sizeof ck, "%s.tmp.%s.1", replayed, pid);
  v = read_bytes(ck, &n);
  ck_assert_msg(n == 6 && memcmp(v, "stale\n", 6) == 0, "%s was truncated or written", ck);
  free(v);
  free(pid);

  /* the rename is made durable: the directory is fsynced after it (seen
     through strace where there is one that may trace) */
  if (system("strace -o /dev/null true >/dev/null 2>&1") == 0) {
    const char *trace = tmp_path("trace.txt");
    snprintf(a, sizeof a, "strace -f -o '%s' -e trace=openat,rename,fsync '%s' random-weights '%s' --seed %llu -o '%s'",
             trace, ZOC_BINARY, tiny, seed, out);
    ck_assert_msg(zt_run(a, NULL, &err) == 0, "%s", err);
    free(err);
    char *t = (char *)read_bytes(trace, &n);
    const char *r = strstr(t, "rename(");
    ck_assert_msg(r, "no rename in the trace:\n%s", t);
    const char *d = strstr(r, "O_DIRECTORY");
    ck_assert_msg(d && strstr(d, "fsync("), "no fsync of a directory after the rename:\n%s", r);
    free(t);
  } else {
    fprintf(stderr, "test_writes_not_hijacked: no usable strace: the directory fsync is not checked\n");
  }
#undef SMALL
}
END_TEST

int main(void) {
  Suite *s = suite_create("safetensors");
  TCase *tc = tcase_create("io");
  tcase_set_timeout(tc, 300);
  tcase_add_test(tc, test_roundtrip_all_dtypes);
  tcase_add_test(tc, test_official_reads_ours);
  tcase_add_test(tc, test_ours_reads_official);
  tcase_add_test(tc, test_sharded);
  tcase_add_test(tc, test_bad_files);
  tcase_add_test(tc, test_mutations_never_crash);
  tcase_add_test(tc, test_hfconfig);
  tcase_add_test(tc, test_writes_not_hijacked);
  suite_add_tcase(s, tc);
  return zt_run_suite(s);
}
