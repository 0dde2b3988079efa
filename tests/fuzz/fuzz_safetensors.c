// fuzz_safetensors.c — libFuzzer target for the safetensors reader
// (runtime/safetensors.c): any bytes as a .safetensors file, and any text
// that starts with '{' also as a sharded set's model.safetensors.index.json.
// Nothing may crash, hang, leak or read outside the input; what opens must
// keep the reader's promises, which this checks after every successful open.
//
// The bytes go through zo_st_open_mem, the header validation zo_st_open runs
// on a mapped file (no file is written per input). The index text goes
// through zo_st_open_index_text in a directory of small shards that
// LLVMFuzzerInitialize writes (tensors "a", "b" in model-00001-of-00002,
// "c" in model-00002-of-00002; see shards[]), so the weight_map checks and
// the shard loading run for real.
//
// Built and run by scripts/fuzz.sh (seeds: tests/fuzz/corpus_safetensors,
// dictionary: tests/fuzz/safetensors.dict). A finding becomes a file in
// tests/fuzz/regress/fuzz_safetensors/ and a case in tests/test_safetensors.c.
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime/safetensors.h"
#include "support/support.h"

static char shard_dir[4096];
static char index_path[4200];

/* A broken promise of the reader: a bug, so a crash libFuzzer keeps. */
#define CHECK(c) do { if (!(c)) { fprintf(stderr, "fuzz_safetensors: check failed: %s\n", #c); abort(); } } while (0)

/* The shards an index may name: a set of two, a third that repeats "a" (a
 * tensor in two shards), one in a subdirectory, and a file too short to be
 * one. */
static const struct { const char *name; const char *tensors; } shards[] = {
  {"model-00001-of-00002.safetensors", "ab"}, {"model-00002-of-00002.safetensors", "c"},
  {"model-00003-of-00003.safetensors", "ad"}, {"sub/model.safetensors", "e"}, {"short.safetensors", NULL},
};

static void remove_shards(void) {
  char p[4300];
  for (size_t i = 0; i < sizeof shards / sizeof *shards; i++) {
    snprintf(p, sizeof p, "%s/%s", shard_dir, shards[i].name);
    unlink(p);
  }
  snprintf(p, sizeof p, "%s/sub", shard_dir);
  rmdir(p);
  rmdir(shard_dir);
}

static void write_shard(const char *name, const char *tensors) {
  char p[4300];
  snprintf(p, sizeof p, "%s/%s", shard_dir, name);
  if (!tensors) {
    FILE *f = fopen(p, "wb");
    if (!f || fwrite("\x10\0\0", 1, 3, f) != 3 || fclose(f) != 0) {
      fprintf(stderr, "fuzz_safetensors: cannot write %s\n", p);
      exit(1);
    }
    return;
  }
  StWriter *w = zo_st_writer_new();
  uint8_t bytes[64];
  for (int i = 0; i < (int)sizeof bytes; i++) bytes[i] = (uint8_t)(i * 37 + tensors[0]);
  for (const char *t = tensors; *t; t++) {
    static const DType types[] = {ZO_DT_F32, ZO_DT_BF16, ZO_DT_I8, ZO_DT_U8, ZO_DT_F64};
    int64_t shape[2] = {2, 3};
    char nm[2] = {*t, 0};
    zo_st_writer_add(w, nm, types[(*t - 'a') % 5], 2, shape, bytes);
  }
  zo_st_writer_metadata(w, "format", "pt");
  if (zo_st_writer_save(w, p) != 0) exit(1);
  zo_st_writer_free(w);
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  const char *tmp = getenv("TMPDIR");
  snprintf(shard_dir, sizeof shard_dir, "%s/zoc-fuzz-st-XXXXXX", tmp && *tmp ? tmp : "/tmp");
  if (!mkdtemp(shard_dir)) {
    perror("fuzz_safetensors: mkdtemp");
    exit(1);
  }
  atexit(remove_shards);
  char sub[4300];
  snprintf(sub, sizeof sub, "%s/sub", shard_dir);
  if (mkdir(sub, 0700) != 0) {
    perror("fuzz_safetensors: mkdir");
    exit(1);
  }
  for (size_t i = 0; i < sizeof shards / sizeof *shards; i++) write_shard(shards[i].name, shards[i].tensors);
  snprintf(index_path, sizeof index_path, "%s/model.safetensors.index.json", shard_dir);
  return 0;
}

static volatile uint64_t sink;

/* Every tensor and metadata entry of an open file, checked and read. LO..HI:
 * where data may lie (NULL: a set of shards, which the reader mapped). */
static void touch(const StFile *f, const uint8_t *lo, const uint8_t *hi) {
  uint64_t h = 0;
  int n = zo_st_count(f);
  for (int i = 0; i < n; i++) {
    const StTensor *t = zo_st_tensor(f, i);
    CHECK(t->name && t->file);
    CHECK(t->ndim >= 0 && t->ndim <= ZO_ST_MAX_DIMS);
    CHECK(t->dtype > ZO_DT_NONE && t->dtype < ZO_DT_COUNT);
    uint64_t numel = 1;
    for (int d = 0; d < t->ndim; d++) {
      CHECK(t->shape[d] >= 0);
      numel *= (uint64_t)t->shape[d];
    }
    CHECK((uint64_t)t->numel == numel);
    CHECK(t->nbytes == (size_t)numel * zo_dtype_size(t->dtype));
    if (lo) {
      const uint8_t *p = t->data;
      CHECK(p >= lo && p <= hi && t->nbytes <= (size_t)(hi - p));
      CHECK(t->offset == (uint64_t)(p - lo));
    }
    const uint8_t *p = t->data;
    for (size_t k = 0; k < t->nbytes; k++) h = h * 31 + p[k];   /* ASan sees any byte out of bounds */
    CHECK(zo_st_find(f, t->name) == t);
    if (i > 0) CHECK(strcmp(zo_st_tensor(f, i - 1)->name, t->name) < 0);
  }
  int m = zo_st_metadata_count(f);
  for (int i = 0; i < m; i++) {
    const char *k, *v;
    zo_st_metadata_at(f, i, &k, &v);
    CHECK(zo_st_metadata(f, k) == v);
    h += strlen(v);
  }
  sink = h;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  StFile *f = zo_st_open_mem("fuzz.safetensors", data, size);
  if (f) {
    touch(f, data, data + size);
    zo_st_close(f);
  }
  if (size > 0 && data[0] == '{') {
    f = zo_st_open_index_text(index_path, (const char *)data, size);
    if (f) {
      touch(f, NULL, NULL);
      zo_st_close(f);
    }
  }
  return 0;
}
