/* safetensors.h — reading and writing Hugging Face safetensors checkpoints.
 *
 * Reading maps each file read-only (mmap) and validates the whole header before
 * handing out a single pointer: a truncated file, garbage or a header that lies
 * about sizes gives NULL and one zo_env_error() naming the file, the tensor and
 * the problem — never a crash.  A "file" may also be a sharded set (a directory
 * with model.safetensors.index.json); it then reads as one flat list of tensors.
 * Gaps between tensors and bytes after the last one are tolerated (the
 * official reader refuses them; they are harmless to read past).
 *
 * Writing produces the bytes the official Rust writer produces for the same
 * tensors: header padded with spaces to a multiple of 8, tensors laid out by
 * descending dtype (so every tensor is naturally aligned) then by name, the
 * header listing them in that same order.  Same input, same bytes.  The file is
 * written atomically (PATH.tmp.PID, fsync, rename).
 *
 * Byte order: safetensors is little-endian and so are the hosts zoc runs on;
 * tensor data is handed out as stored, without conversion.
 */
#ifndef ZOC_SAFETENSORS_H
#define ZOC_SAFETENSORS_H

#include <stddef.h>
#include <stdint.h>

#include "ir/dtype.h"

#define ZO_ST_MAX_DIMS 8
/* Largest header accepted.  The official reader's limit is 100 MB; anything
 * near it is not a real checkpoint header but a hostile or broken file. */
#define ZO_ST_MAX_HEADER ((uint64_t)100 << 20)

typedef struct StTensor {
  const char *name;
  DType dtype;
  int ndim;                        /* 0 for a scalar */
  int64_t shape[ZO_ST_MAX_DIMS];   /* shape[0..ndim) */
  int64_t numel;                   /* product of shape (1 for a scalar, 0 if a dim is 0) */
  const void *data;                /* into the read-only mapping; valid until zo_st_close.
                                      Aligned to the dtype in files the official writer or
                                      ours produced, but a foreign file need not be: copy
                                      or check before typed access. */
  size_t nbytes;                   /* numel * zo_dtype_size(dtype) */
  uint64_t offset;                 /* where data starts in the file, for pread-style loaders */
  const char *file;                /* the file (shard) holding it, for messages */
} StTensor;

typedef struct StFile StFile;

/* Opens PATH: a .safetensors file; a model.safetensors.index.json file; or a
 * directory holding model.safetensors.index.json (preferred) or model.safetensors,
 * else its only *.safetensors.index.json, else its only *.safetensors (the
 * names quantizers write: AutoGPTQ's gptq_model-4bit-128g.safetensors); several
 * such files are an error naming them.
 * For a sharded set every weight_map entry must be in the shard it names, and no
 * tensor in two shards; a shard's tensors missing from weight_map are still read.
 * Returns NULL after a zo_env_error() if anything is wrong. */
StFile *zo_st_open(const char *path);
/* The same checks on bytes in memory (the fuzz target's way in, no file):
 * DATA holds SIZE bytes of a .safetensors file, called NAME in messages; the
 * tensors point into it, so it must outlive the StFile. */
StFile *zo_st_open_mem(const char *name, const void *data, size_t size);
/* TEXT is the model.safetensors.index.json at INDEX_PATH (which need not
 * exist); its shards are read from INDEX_PATH's directory. */
StFile *zo_st_open_index_text(const char *index_path, const char *text, size_t len);
void zo_st_close(StFile *f);                       /* NULL is fine */

/* Tensors in name order (strcmp), across all shards. */
int zo_st_count(const StFile *f);
const StTensor *zo_st_tensor(const StFile *f, int i);
const StTensor *zo_st_find(const StFile *f, const char *name);   /* NULL if absent */

/* The "__metadata__" string map (for a sharded set: the index's "metadata",
 * numbers written in decimal, then each shard's in file-name order, first wins). */
const char *zo_st_metadata(const StFile *f, const char *key);    /* NULL if absent */
int zo_st_metadata_count(const StFile *f);
void zo_st_metadata_at(const StFile *f, int i, const char **key, const char **value); /* key order */

/* ---- writing */
typedef struct StWriter StWriter;

StWriter *zo_st_writer_new(void);
/* Adds a tensor; DATA (numel * dtype size bytes) is copied.  NAME must be unique
 * and not "__metadata__", NDIM <= ZO_ST_MAX_DIMS, dims >= 0: breaking these is a
 * bug in the caller (ZO_BUG), not a file problem. */
void zo_st_writer_add(StWriter *w, const char *name, DType dt, int ndim, const int64_t *shape,
                      const void *data);
/* The same without the copy, for whole models: DATA must stay valid until save. */
void zo_st_writer_add_borrowed(StWriter *w, const char *name, DType dt, int ndim,
                               const int64_t *shape, const void *data);
/* Sets a "__metadata__" entry (a later call with the same key replaces it). */
void zo_st_writer_metadata(StWriter *w, const char *key, const char *value);
/* Writes PATH atomically.  0, or -1 after a zo_env_error(). The writer stays usable. */
int zo_st_writer_save(StWriter *w, const char *path);
void zo_st_writer_free(StWriter *w);               /* NULL is fine */

#endif
