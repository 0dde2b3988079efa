/* ckptout.h — the config files of a fine-tuned checkpoint directory, so that
 * transformers, GPTQModel, AutoAWQ and vLLM load a run directory as it is.
 *
 * The run's checkpoint keeps the input's tensors and format (runtime/train.h),
 * so its config is the input's config.json, with the quantization_config of
 * the weights' format written over it; from a bare .safetensors file (no
 * config.json beside it) it is written from the model's parameters: the
 * config keys each parameter is declared `from`, and for the bundled models
 * model_type, architectures and tie_word_embeddings. ckptcfg.c reads what
 * this writes: a run directory loads in zoc with no -D.
 */
#ifndef ZOC_CKPTOUT_H
#define ZOC_CKPTOUT_H

#include "ir/ir.h"

typedef struct CkptOut {
  char *config;     /* config.json's text */
  char *quantize;   /* quantize_config.json's (GPTQ writes both), or NULL */
} CkptOut;

/* The config files for the checkpoint of f (compiled, weights bound) whose
 * input lies in in_dir (the weights' directory, or the file's; NULL: none):
 * in_dir's config.json and quantization config are the starting point when
 * there. A format with no Hugging Face quantization config and no input one
 * to keep gets a note on stderr (the directory then loads in zoc only).
 * 0, or -1 after a message (an input config that cannot be read). */
int zo_ckpt_out(const Func *f, const char *in_dir, CkptOut *out);
void zo_ckpt_out_free(CkptOut *out);

#endif
