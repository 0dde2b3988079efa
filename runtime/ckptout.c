/* ckptout.c — the config files of a fine-tuned checkpoint directory (see
 * ckptout.h).
 *
 * The quantization config is written from the format the weights are in,
 * as the quantizer that made such weights writes it, so that its loader
 * reads them the way zoc did: GPTQ's gptq and gptq_v2 formats give
 * quant_method "gptq" with bits, group_size (-1 for zoc's one-group G,
 * ZO_GPTQ_ONE_GROUP), sym, desc_act and checkpoint_format "gptq" (v1: zeros
 * stored minus one) or "gptq_v2"; the awq format (AutoAWQ's GEMM layout)
 * gives quant_method "awq" with bits 4, group_size, zero_point true and
 * version "gemm", as AutoAWQ's save_quantized puts it in config.json (it
 * writes no quantize_config.json). The input's own quantization config, when
 * there is one, is kept under it (damp_percent, meta, ...: what zoc neither
 * reads nor changes), less the keys naming the quantizer's file
 * (model_file_base_name: the checkpoint is model.safetensors now). desc_act
 * is the input's when it says; else it is read off g_idx: act order is any
 * g_idx other than k / G. A format zoc has no writer for keeps the input's
 * config unchanged: training changes values, never the layout.
 */
#include "runtime/ckptout.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "frontend/ast.h"
#include "runtime/ckptcfg.h"
#include "runtime/weights.h"

#define CONFIG_MAX (16 * ZO_MiB)

/* The Hugging Face names of the bundled models, for a config written from
 * the parameters. keys: parameter=key pairs for a model that declares no
 * `from` (tiny.zo, a Llama under llama's keys). */
static const struct {
  const char *model, *type, *arch;
  bool tied;
  const char *keys;
} BUNDLED[] = {
    {"llama", "llama", "LlamaForCausalLM", false, NULL},
    {"tiny", "llama", "LlamaForCausalLM", false,
     "V=vocab_size D=hidden_size L=num_hidden_layers H=num_attention_heads KV=num_key_value_heads "
     "F=intermediate_size eps=rms_norm_eps theta=rope_theta"},
    {"opt", "opt", "OPTForCausalLM", true, NULL},
    {"gpt2", "gpt2", "GPT2LMHeadModel", true, NULL},
};

/* A JSON object file, or NULL (*bad set after a message when it is there
 * but unreadable or not an object). */
static json_t *load_object(const char *dir, const char *name, bool *bad) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  struct stat st;
  if (stat(path, &st) != 0) return NULL;
  size_t len;
  char *text = zo_read_file_max(path, CONFIG_MAX, "a config file", &len);
  json_error_t je;
  json_t *j = text ? json_loadb(text, len, 0, &je) : NULL;
  if (text && !json_is_object(j)) {
    if (j) zo_env_error(path, "not a JSON object");
    else zo_env_error(path, "line %d: %s", je.line, je.text);
    json_decref(j);
    j = NULL;
  }
  if (!j) *bad = true;
  free(text);
  return j;
}

/* obj[key] = v for a dotted key ("rope_parameters.rope_theta"), making the
 * objects on the way; steals v */
static void set_dotted(json_t *obj, const char *key, json_t *v) {
  const char *dot = strchr(key, '.');
  if (!dot) {
    json_object_set_new(obj, key, v);
    return;
  }
  char head[256];
  snprintf(head, sizeof head, "%.*s", (int)(dot - key), key);
  json_t *sub = json_object_get(obj, head);
  if (!json_is_object(sub)) {
    sub = json_object();
    json_object_set_new(obj, head, sub);
  }
  set_dotted(sub, dot + 1, v);
}

/* a parameter's value as JSON: an integer, a real, or NULL (a format, a dtype) */
static json_t *number_json(const char *s) {
  char *end;
  errno = 0;
  long long i = strtoll(s, &end, 10);
  if (!errno && *s && !*end) return json_integer(i);
  double x = strtod(s, &end);
  if (*s && !*end) return json_real(x);
  return NULL;
}

static const char *param_value(const Func *f, const char *name) {
  for (int i = 0; i < f->nparams; i++)
    if (strcmp(f->pname[i], name) == 0) return f->pvalue[i];
  return NULL;
}

static const char *torch_dtype(DType dt) {
  switch (dt) {
  case ZO_DT_F16: return "float16";
  case ZO_DT_BF16: return "bfloat16";
  case ZO_DT_F32: return "float32";
  default: return NULL;
  }
}

/* config.json from the model's parameters: each under the first key it is
 * declared `from` (the one the model's own family writes), the bundled
 * model's names, the dtype of the first plain weight (the embedding) */
static json_t *config_from_params(const Func *f) {
  json_t *cfg = json_object();
  int b = -1;
  for (int i = 0; i < (int)ZO_COUNT(BUNDLED); i++)
    if (f->name && strcmp(f->name, BUNDLED[i].model) == 0) b = i;
  if (b >= 0) {
    json_object_set_new(cfg, "architectures", json_pack("[s]", BUNDLED[b].arch));
    json_object_set_new(cfg, "model_type", json_string(BUNDLED[b].type));
  } else {
    fprintf(stderr, "zoc: note: config.json has no model_type: model '%s' is not a bundled one, whose Hugging Face "
            "names zoc knows (write them into the run directory's config.json)\n", f->name ? f->name : "?");
  }
  const Ast *md = f->decl;
  for (int i = 0; md && i < md->params.len; i++) {
    const Ast *pa = md->params.data[i];
    const char *v = param_value(f, pa->name);
    json_t *j = v ? number_json(v) : NULL;
    if (j && pa->args.len) set_dotted(cfg, pa->args.data[0]->name, j);
    else json_decref(j);
  }
  if (b >= 0 && BUNDLED[b].keys) {
    char pn[64], key[128];
    for (const char *s = BUNDLED[b].keys; sscanf(s, " %63[^=]=%127s", pn, key) == 2;) {
      const char *v = param_value(f, pn);
      json_t *j = v ? number_json(v) : NULL;
      if (j) json_object_set_new(cfg, key, j);
      s = strchr(s, '=') + 1 + strlen(key);
    }
  }
  if (b >= 0) json_object_set_new(cfg, "tie_word_embeddings", json_boolean(BUNDLED[b].tied));
  for (int i = 0; i < f->body->vals.len; i++) {
    const Value *v = f->body->vals.data[i];
    if (v->op == ZO_OP_WEIGHT && !v->type.fmt && torch_dtype(v->type.dtype)) {
      json_object_set_new(cfg, "torch_dtype", json_string(torch_dtype(v->type.dtype)));
      break;
    }
  }
  return cfg;
}

/* a format with codes: a quantized one (linear, conv1d: plain matrices) */
static bool quantized(const FormatInst *fi) {
  for (int s = 0; s < fi->nstorage; s++)
    if (fi->storage[s].role == ZO_ROLE_CODES) return true;
  return false;
}

/* act order: some weight's g_idx (of the weights in format `spelled`, group size G) is not k / G */
static bool act_order(const Func *f, const char *spelled, int64_t G) {
  for (int i = 0; i < f->body->vals.len; i++) {
    const Value *v = f->body->vals.data[i];
    const FormatInst *fi = v->op == ZO_OP_WEIGHT ? v->type.fmt : NULL;
    if (!fi || strcmp(fi->spelled, spelled) != 0) continue;
    for (int s = 0; s < fi->nstorage && G > 0; s++) {
      if (fi->storage[s].role != ZO_ROLE_INDEX || zo_weight_storage_dtype(v, s) != ZO_DT_I32) continue;
      const int32_t *g = v->w->data[s];
      int64_t n = zo_weight_storage_numel(v, s);
      for (int64_t k = 0; g && k < n; k++)
        if (g[k] != k / G) return true;
    }
  }
  return false;
}

/* argument `name` of format fi, or dflt (formats.zo's default) when not given */
static double format_arg(const FormatInst *fi, const char *name, double dflt) {
  for (int i = 0; i < fi->nparams; i++)
    if (strcmp(fi->pname[i], name) == 0) return fi->pval[i];
  return dflt;
}

/* a group size as the quantizers write it: -1 for zoc's one group */
static json_t *group_json(double G) { return json_integer(G >= ZO_GPTQ_ONE_GROUP ? -1 : (json_int_t)G); }

/* GPTQ's config for the weights of format fi, over the input's (base, may be NULL) */
static json_t *gptq_config(const Func *f, const FormatInst *fi, json_t *base) {
  double bits = format_arg(fi, "bits", 4), G = format_arg(fi, "G", 128), sym = format_arg(fi, "sym", 0);
  json_t *q = base ? json_deep_copy(base) : json_object();
  json_object_set_new(q, "quant_method", json_string("gptq"));
  json_object_set_new(q, "bits", json_integer((json_int_t)bits));
  json_object_set_new(q, "group_size", group_json(G));
  if (!json_is_boolean(json_object_get(q, "desc_act")))
    json_object_set_new(q, "desc_act", json_boolean(act_order(f, fi->spelled, (int64_t)G)));
  json_object_set_new(q, "sym", json_boolean(sym != 0));
  json_object_set_new(q, "checkpoint_format", json_string(strcmp(fi->name, "gptq_v2") == 0 ? "gptq_v2" : "gptq"));
  json_object_del(q, "format");            /* GPTQModel before 1.0: checkpoint_format's old name */
  json_object_del(q, "is_marlin_format");
  return q;
}

/* AutoAWQ's config for awq(G) weights, over the input's (base, may be NULL):
 * the keys of its AwqConfig.to_transformers_dict, which transformers'
 * AwqConfig and vLLM's AWQ loader read. awq is the GEMM layout (4 bits,
 * zero points: formats.zo); modules_to_not_convert is the input's (null:
 * AutoAWQ's default, every linear quantized). */
static json_t *awq_config(const FormatInst *fi, json_t *base) {
  json_t *q = base ? json_deep_copy(base) : json_object();
  json_object_set_new(q, "quant_method", json_string("awq"));
  json_object_set_new(q, "bits", json_integer(4));
  json_object_set_new(q, "group_size", group_json(format_arg(fi, "G", 128)));
  json_object_set_new(q, "zero_point", json_true());
  json_object_set_new(q, "version", json_string("gemm"));
  if (!json_object_get(q, "modules_to_not_convert")) json_object_set_new(q, "modules_to_not_convert", json_null());
  return q;
}

static char *dump(json_t *j) {
  char *s = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(17));
  size_t n = strlen(s);
  char *t = zo_xmalloc(n + 2);
  memcpy(t, s, n);
  memcpy(t + n, "\n", 2);
  free(s);
  return t;
}

int zo_ckpt_out(const Func *f, const char *in_dir, CkptOut *out) {
  memset(out, 0, sizeof *out);
  bool bad = false;
  json_t *cfg = in_dir ? load_object(in_dir, "config.json", &bad) : NULL;
  json_t *qfile = in_dir ? load_object(in_dir, "quantize_config.json", &bad) : NULL;
  if (bad) {
    json_decref(cfg);
    json_decref(qfile);
    return -1;
  }
  if (!cfg) cfg = config_from_params(f);
  json_t *inq = json_object_get(cfg, "quantization_config");
  if (!json_is_object(inq)) inq = qfile;
  /* the quantized formats of the weights (one, when the input was a quantizer's) */
  const FormatInst *fi = NULL;
  bool mixed = false;
  for (int i = 0; i < f->body->vals.len; i++) {
    const Value *v = f->body->vals.data[i];
    const FormatInst *g = v->op == ZO_OP_WEIGHT ? v->type.fmt : NULL;
    if (!g || !quantized(g)) continue;
    if (fi && strcmp(fi->spelled, g->spelled) != 0) mixed = true;
    if (!fi) fi = g;
  }
  json_t *q = NULL;
  json_t *base = json_is_object(inq) ? inq : NULL;
  if (fi && !mixed && (strcmp(fi->name, "gptq") == 0 || strcmp(fi->name, "gptq_v2") == 0))
    q = gptq_config(f, fi, base);
  else if (fi && !mixed && strcmp(fi->name, "awq") == 0)
    q = awq_config(fi, base);
  else if (json_is_object(inq))
    q = json_deep_copy(inq);   /* the input's format, kept by training */
  else if (fi)
    fprintf(stderr, "zoc: note: config.json has no quantization_config: the weights are in zoc's format %s%s, "
            "which no Hugging Face loader reads (the run directory loads in zoc)\n", fi->spelled,
            mixed ? " and others" : "");
  if (q) {
    json_object_del(q, "model_file_base_name");   /* AutoGPTQ's file: the checkpoint is model.safetensors */
    json_object_del(q, "model_name_or_path");
    json_object_set(cfg, "quantization_config", q);
    if (qfile || (fi && !mixed && strncmp(fi->name, "gptq", 4) == 0)) out->quantize = dump(q);
  }
  out->config = dump(cfg);
  json_decref(q);
  json_decref(cfg);
  json_decref(qfile);
  return 0;
}

void zo_ckpt_out_free(CkptOut *out) {
  free(out->config);
  free(out->quantize);
  memset(out, 0, sizeof *out);
}
