/* weights.h — binding a checkpoint to a compiled model, and what a bound
 * weight means as a plain matrix.
 *
 * A compiled Func (after the whole pipeline: one flat block) lists its WEIGHT
 * values; each names the checkpoint tensors it needs: a plain tensor is the
 * tensor called exactly `pattern`, a formatted weight's storage s is
 * `pattern + "." + storage name` ("model.layers.0.self_attn.q_proj.qweight").
 * Binding checks every one of them against the IR (dtype, shape) and points
 * Weight.data[s] at the checkpoint's bytes, so nothing is copied unless a
 * foreign file stores a tensor misaligned for its dtype.
 */
#ifndef ZOC_WEIGHTS_H
#define ZOC_WEIGHTS_H

#include <stdint.h>

#include "frontend/ast.h"
#include "ir/ir.h"
#include "ir/lower.h"
#include "runtime/hfconfig.h"
#include "runtime/safetensors.h"

/* Binds every WEIGHT of f to st. Every problem is reported (zo_env_error naming
 * the checkpoint file: a missing tensor with the nearest name in the file when
 * one is close, a wrong dtype with both dtypes, a wrong shape with both shapes),
 * not just the first; then -1. On success 0, and every Weight.data[s] points
 * into st's mapping (or into f's arena when the file's bytes were misaligned),
 * so st must stay open while f is used. */
int zo_weights_bind(Func *f, StFile *st);

/* The checkpoint tensor name of storage s of weight v (a WEIGHT value), into
 * f's arena: `pattern` for a plain tensor, `pattern.storage` for a format. */
const char *zo_weight_tensor_name(Func *f, const Value *v, int s);

/* dtype of storage s of weight v: the format's storage dtype, or the value's. */
DType zo_weight_storage_dtype(const Value *v, int s);
/* number of elements of storage s */
int64_t zo_weight_storage_numel(const Value *v, int s);

/* The logical matrix of a bound formatted weight v as f32 W[K, N] row-major,
 * through the format's dequant expression (zo_sx_eval), one f32 rounding per
 * element. delta (may be NULL, or have NULL entries) adds delta[s][i] to
 * element i (row-major) of storage s before dequantization: an explicit
 * perturbation. Every index the expression computes (a load's coordinates,
 * a bit field's position, a table lookup) is checked against the storage it
 * reads first, so a checkpoint with, e.g., a g_idx entry past the group count
 * gives -1 with a message naming the tensor instead of a wild read. */
int zo_weight_dequant(const Value *v, const float *const *delta, float *W);

/* -D defines from a Hugging Face config.json: for each parameter of `model`
 * (NULL: the only model of p) declared `NAME = default from "key" | ...` one
 * of whose keys the config has (the first wins), appends NAME=value to out (a number; a dtype parameter also
 * takes torch_dtype-style strings: "bfloat16" -> bf16). Each Define is one
 * malloc'd block ("NAME\0VALUE"), freed by zo_cli_free_defines. Append the
 * user's -D after these: zo_lower takes the LAST define of a name, so the
 * user's wins. Returns the number appended (0 when the model is ambiguous or
 * unknown: zo_lower reports that). */
int zo_config_defines(const Program *p, const char *model, const HfConfig *cfg, DefineVec *out);

/* Appends NAME=VALUE as one malloc'd block ("NAME\0VALUE"); zo_defines_free
 * frees such a vector (and zo_cli_free_defines, the same way). */
void zo_define_push(DefineVec *out, const char *name, const char *value);
void zo_defines_free(DefineVec *defs);

/* The value config.json gives parameter pa (an AST_PARAM): the first of its
 * `from` keys the config has with a value of the parameter's kind, as a -D
 * value (in buf, n bytes, or a static dtype name); *key (may be NULL) is set
 * to that key. NULL when no key gives one (the default stands). */
const char *zo_config_param_value(const Ast *pa, const HfConfig *cfg, char *buf, size_t n, const char **key);

#endif
