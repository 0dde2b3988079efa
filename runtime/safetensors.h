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
 * written atomically (PATH.tmp.PID, fsync, rename).  A checkpoint larger than
 * a shard size is written as transformers' sharded set (zo_st_writer_save_set).
 *
 * Byte order: safetensors is little-endian and so are the hosts zoc runs on;
 * tensor data is handed out as stored, without conversion.
 */
#ifndef ZOC_SAFETENSORS_H
#define ZOC_SAFETENSORS_H

#include <stdbool.h>
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

/* ---- a checkpoint in shards, as transformers' save_pretrained(max_shard_size) writes it */
/* transformers' default max_shard_size, "5GB" (10^9 bytes a GB, as its
 * convert_file_size_to_int reads it): a shard fits in memory where the
 * model is loaded, and a 7B f16 model is 3 files */
#define ZO_ST_SHARD_SIZE 5000000000ull

/* The files of a checkpoint set written to temporaries (zo_st_writer_save_set),
 * to be put in place together (zo_st_set_commit). */
typedef struct StSet {
  char *dir;
  int n;             /* files: the index first, then the shards; or STEM.safetensors alone */
  char **name;       /* each file's name in dir */
  char **tmp;        /* the path it was written to: dir/name + suffix */
  bool sharded;
} StSet;

/* Writes the writer's tensors as the set save_pretrained writes into DIR:
 * split greedily as huggingface_hub's split_state_dict_into_shards does (in
 * the order added, a new shard when the next tensor would take the current
 * one past MAX_BYTES of tensor data; a larger tensor alone in one, in its
 * place in the order, where huggingface_hub puts it first), named
 * STEM-0000i-of-0000n.safetensors with STEM.safetensors.index.json
 * ({"metadata": {"total_size": bytes of tensor data}, "weight_map": {tensor:
 * file}}); everything in one shard is STEM.safetensors, with no index. Each
 * shard carries the writer's metadata. Every file goes to its name + SUFFIX
 * (written and fsynced as zo_st_writer_save does); nothing is at its name
 * yet. 0, or -1 after a message (the temporaries written removed). */
int zo_st_writer_save_set(StWriter *w, const char *dir, const char *stem, uint64_t max_bytes, const char *suffix,
                          StSet *set);
/* Renames the set's temporaries to their names, then removes what another
 * layout of STEM left in dir (its shards, index or single file), in an
 * order where a loader sees at each moment one whole layout or a missing
 * file, never two layouts mixed (transformers reads STEM.safetensors before
 * an index; vLLM loads every *.safetensors unless an index names them). The
 * renames follow each other at once; a kill between two leaves shards of
 * two saves of the same layout. 0, or -1 after a message. */
int zo_st_set_commit(const StSet *set, const char *stem);
/* Removes the temporaries not yet committed and frees the set. */
void zo_st_set_free(StSet *set);
/* NAME is one of STEM's set files: STEM.safetensors, STEM.safetensors.index.json
 * or STEM-NNNNN-of-NNNNN.safetensors */
bool zo_st_set_file(const char *name, const char *stem);

#endif
