/* hfconfig.h — a read-only view of a Hugging Face config.json.
 *
 * Keys are paths: "hidden_size", "rope_scaling.factor" (into nested objects),
 * "eos_token_id.1" (into arrays, 0-based).  A key that itself contains a dot
 * ("a.b": 1) is found too: at each level the whole remaining path is tried as
 * a key before it is split.  A missing key, or a value of another kind, is
 * simply "not there" (false / NULL): the caller decides whether that is an
 * error and says so with the key's name.
 */
#ifndef ZOC_HFCONFIG_H
#define ZOC_HFCONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct HfConfig HfConfig;

/* Loads PATH (a config.json, or a directory holding one).  NULL after a
 * zo_env_error() if it cannot be read, is not JSON (the message gives jansson's
 * line and column) or is not a JSON object. */
HfConfig *zo_hf_config_load(const char *path);
/* The same view of LEN bytes of JSON text (not NUL-terminated) that WHAT
 * names in messages: a tensor holding a JSON blob (bitsandbytes' quant_state). */
HfConfig *zo_hf_config_parse(const char *what, const char *text, size_t len);
void zo_hf_config_free(HfConfig *c);                 /* NULL is fine */
const char *zo_hf_config_path(const HfConfig *c);    /* the file read */

/* Integers, reals, and booleans as 0/1.  false if absent, null or another kind. */
bool zo_hf_config_number(const HfConfig *c, const char *key, double *out);
/* Integers and booleans, and reals with an integral value that fits; else false. */
bool zo_hf_config_int(const HfConfig *c, const char *key, int64_t *out);
/* A string value (owned by c), or NULL. */
const char *zo_hf_config_string(const HfConfig *c, const char *key);
/* True if the key is present with a non-null value of any kind. */
bool zo_hf_config_has(const HfConfig *c, const char *key);
/* Elements of an array value, or -1 if the key is absent or not an array. */
int zo_hf_config_array_len(const HfConfig *c, const char *key);

#endif
