/* ckptcfg.h — the parameters a checkpoint directory sets, and where each
 * value came from.
 *
 * A Hugging Face directory says what model it holds in config.json (sizes,
 * under keys a model names with `from "key" | "other.key"`) and, when it was
 * quantized, how its weights are stored: config.json's quantization_config or
 * the quantizer's quantize_config.json (GPTQModel writes both, AutoGPTQ the
 * second). zoc turns these into -D defines placed before the user's, so
 * `zoc loss MODEL.zo --weights DIR` needs no -D; a -D that contradicts the
 * quantization config is refused, naming both.
 */
#ifndef ZOC_CKPTCFG_H
#define ZOC_CKPTCFG_H

#include <stdio.h>

#include "frontend/ast.h"
#include "ir/ir.h"
#include "ir/lower.h"
#include "runtime/hfconfig.h"

/* G of GPTQ's group_size -1 (one group over all of K): 2^29, more than any
 * model's K (ckptcfg.c reads -1 as it, ckptout.c writes it back as -1) */
#define ZO_GPTQ_ONE_GROUP 536870912.0

/* Where a parameter's value came from */
typedef enum ParamFrom {
  ZO_PFROM_DEFAULT,   /* the model's default (detail: the keys config.json lacked, or "") */
  ZO_PFROM_CONFIG,    /* config.json (detail: the key) */
  ZO_PFROM_QUANT,     /* the quantization config (detail: its file and what it says) */
  ZO_PFROM_DEFINE,    /* the user's -D (detail: "" or what it agrees with) */
} ParamFrom;

typedef struct ParamOrigin {
  const char *name;   /* the parameter (the model's AST) */
  ParamFrom from;
  char *detail;       /* malloc'd */
} ParamOrigin;

typedef struct CkptParams {
  DefineVec defs;              /* config.json's, the quantization config's, then the user's:
                                  zo_lower takes the last of a name, so the user's wins */
  Vec(ParamOrigin) origin;     /* one per parameter of the model, in declaration order */
  HfConfig *cfg;               /* config.json, or NULL when the directory has none */
} CkptParams;

/* Fills cp for `model` of p (NULL: the only model; an unknown or ambiguous
 * model gives just the user's defines: zo_lower reports it) from the
 * directory DIR (NULL: no directory, only the user's defines) and the user's
 * -D defines. Prints a warning line for each parameter with `from` keys none
 * of which config.json has, that keeps its default. Returns 0, or -1 after a
 * message: a config that cannot be read, a quantization config zoc cannot
 * load (an unsupported quant_method names it and what zoc reads), a -D that
 * contradicts it. Free cp with zo_ckpt_params_free either way. */
int zo_ckpt_params(Program *p, const char *model, const char *dir, const Define *user, int nuser, CkptParams *cp);
void zo_ckpt_params_free(CkptParams *cp);

/* The table `zoc config` prints (and --verbose, to stderr): each parameter of
 * f (lowered with cp's defines), its value, and where it came from. */
void zo_ckpt_params_print(FILE *out, const CkptParams *cp, const Func *f);

/* zo_ckpt_params, then zo_compile of the model (and recipe, may be NULL)
 * with cp's defines; with verbose, the parameter table on stderr. NULL after
 * messages. Free cp with zo_ckpt_params_free after the Func is done with. */
Func *zo_ckpt_compile(Program *p, const char *model, const char *recipe, const char *dir, const DefineVec *user,
                      bool verbose, CkptParams *cp);

#endif
