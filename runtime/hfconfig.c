/* hfconfig.c — Hugging Face config.json as a key → value view (see hfconfig.h).
 *
 * The parsed jansson tree is kept as is and looked up on demand: configs are a
 * few hundred keys, read a handful of times at model load, so an index would
 * buy nothing.  Lookups walk a dotted path through objects and arrays.
 */
#include "runtime/hfconfig.h"

#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "support/support.h"

/* A config.json is a few KB (a multimodal model's nests its parts: ~20 KB);
 * one past this is not a config, and the path may name anything. */
#define CONFIG_FILE_MAX (16 * ZO_MiB)

struct HfConfig {
  char *path;
  json_t *root;
};

HfConfig *zo_hf_config_load(const char *path_in) {
  struct stat st;
  char *path;
  if (stat(path_in, &st) == 0 && S_ISDIR(st.st_mode)) {
    path = zo_xmalloc(strlen(path_in) + sizeof "/config.json");
    sprintf(path, "%s/config.json", path_in);
  } else {
    path = zo_xstrdup(path_in);
  }
  size_t len;
  char *text = zo_read_file_max(path, CONFIG_FILE_MAX, "a config.json", &len);
  if (!text) {
    free(path);
    return NULL;
  }
  HfConfig *c = zo_hf_config_parse(path, text, len);
  free(text);
  free(path);
  return c;
}

HfConfig *zo_hf_config_parse(const char *what, const char *text, size_t len) {
  json_error_t je;
  json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &je);
  if (!root) {
    zo_env_error(what, "not valid JSON at line %d, column %d: %s", je.line, je.column, je.text);
    return NULL;
  }
  if (!json_is_object(root)) {
    zo_env_error(what, "not a JSON object ({\"key\": value, ...})");
    json_decref(root);
    return NULL;
  }
  HfConfig *c = zo_xcalloc(1, sizeof *c);
  c->path = zo_xstrdup(what);
  c->root = root;
  return c;
}

void zo_hf_config_free(HfConfig *c) {
  if (!c) return;
  json_decref(c->root);
  free(c->path);
  free(c);
}

const char *zo_hf_config_path(const HfConfig *c) { return c->path; }

/* The value at a dotted path below v, or NULL. */
static json_t *walk(json_t *v, const char *key) {
  while (v) {
    if (json_is_object(v)) {
      json_t *whole = json_object_get(v, key);
      if (whole) return whole;
    }
    const char *dot = strchr(key, '.');
    size_t n = dot ? (size_t)(dot - key) : strlen(key);
    json_t *next = NULL;
    if (json_is_object(v)) {
      next = json_object_getn(v, key, n);
    } else if (json_is_array(v) && n > 0 && n < 10) {
      size_t idx = 0;
      bool digits = true;
      for (size_t i = 0; i < n; i++) {
        if (key[i] < '0' || key[i] > '9') digits = false;
        else idx = idx * 10 + (size_t)(key[i] - '0');
      }
      if (digits) next = json_array_get(v, idx);
    }
    if (!dot) return next;
    v = next;
    key = dot + 1;
  }
  return NULL;
}

static json_t *lookup(const HfConfig *c, const char *key) {
  json_t *v = walk(c->root, key);
  return json_is_null(v) ? NULL : v;
}

bool zo_hf_config_number(const HfConfig *c, const char *key, double *out) {
  json_t *v = lookup(c, key);
  if (json_is_number(v)) *out = json_number_value(v);
  else if (json_is_boolean(v)) *out = json_is_true(v) ? 1.0 : 0.0;
  else return false;
  return true;
}

bool zo_hf_config_int(const HfConfig *c, const char *key, int64_t *out) {
  json_t *v = lookup(c, key);
  if (json_is_integer(v)) *out = json_integer_value(v);
  else if (json_is_boolean(v)) *out = json_is_true(v);
  else if (json_is_real(v)) {
    double d = json_real_value(v);
    /* 2^63 is exactly representable; anything below it in magnitude fits. */
    if (d != floor(d) || !(fabs(d) < 9223372036854775808.0)) return false;
    *out = (int64_t)d;
  } else return false;
  return true;
}

const char *zo_hf_config_string(const HfConfig *c, const char *key) {
  json_t *v = lookup(c, key);
  return json_is_string(v) ? json_string_value(v) : NULL;
}

bool zo_hf_config_has(const HfConfig *c, const char *key) { return lookup(c, key) != NULL; }

int zo_hf_config_array_len(const HfConfig *c, const char *key) {
  json_t *v = lookup(c, key);
  return json_is_array(v) ? (int)json_array_size(v) : -1;
}
