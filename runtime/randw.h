/* randw.h — random checkpoints for a compiled model (`zoc random-weights`).
 *
 * The file holds exactly the tensors zo_weights_bind looks for (names, dtypes,
 * shapes), with values that keep a forward numerically sane: plain 2-D tensors
 * (embeddings, tied heads) ~ N(0, 0.02²); 1-D tensors (norm weights, biases)
 * 1 + 0.05·N(0, 1); a formatted weight is a dense W ~ N(0, 1/K) quantized by
 * the quantizer of runtime/quant.h its format names (gptq, int8, fp8, nf4,
 * aqlm; linear and conv1d store W itself), so its logical matrix has the
 * statistics of a real layer. A format zoc has no quantizer for (or one that
 * borrows a known name but not its storage layout) is filled from its
 * declaration: integer storage random bits, except storage the dequant uses
 * as an index into another storage, which gets valid indices spread over the
 * range; float storage by role (scale: positive, ~0.1/sqrt(K); else N(0, 1)).
 */
#ifndef ZOC_RANDW_H
#define ZOC_RANDW_H

#include <stdint.h>

#include "ir/ir.h"

/* Writes the checkpoint to out_path (atomically) with metadata
 * {"format": "pt", "zoc_model": NAME, "zoc_seed": SEED}. Same f and seed, same
 * bytes. f has been through the whole pipeline (one flat block). 0, or -1
 * after a message. */
int zo_random_weights(Func *f, uint64_t seed, const char *out_path);

#endif
