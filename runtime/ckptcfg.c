/* ckptcfg.c — parameters from a checkpoint directory (see ckptcfg.h).
 *
 * The defines go in this order: config.json's keys, the quantization
 * config's format, the user's -D; zo_lower takes the last define of a name.
 * Because the user's would silently win, a -D for the parameter the
 * quantization config sets is compared with it first: it must name the same
 * format with the same numeric arguments the config fixes (GPTQ's bits and
 * group size, AWQ's group size, bitsandbytes' block sizes; `sym` only when
 * the -D spells it: it tells the quantizer how zeros were chosen, not how to
 * read them).
 *
 * GPTQ (quant_method "gptq", or bits with no quant_method: AutoGPTQ's older
 * quantize_config.json) maps onto formats.zo: checkpoint_format "gptq" (v1,
 * zeros stored minus one) is gptq(...), "gptq_v2" (GPTQModel's, zeros as
 * they are) is gptq_v2(...). group_size -1, one group over all of K, is G =
 * 2^29 = 536870912, more than any model's K (a K past it would show as a
 * shape error at binding, never as a wrong answer), so cdiv(K, G) = 1 and
 * g_idx (all 0 in such files) picks that one group. desc_act needs nothing:
 * the act-order permutation is in g_idx.
 *
 * bitsandbytes (quant_method "bitsandbytes", load_in_4bit, bnb_4bit_quant_type
 * "nf4") is bnb_nf4(...), or bnb_nf4_dq(...) with bnb_4bit_use_double_quant:
 * transformers always quantizes in blocks of 64 (nested: 256), and each
 * tensor's quant_state JSON, checked at binding, says so again.
 *
 * AWQ (quant_method "awq", version "gemm", AutoAWQ's default) is awq(G =
 * ...), group_size -1 as for GPTQ; other versions pack otherwise: refused.
 *
 * fp8: compressed-tensors' "float-quantized" is fp8_channel or fp8_tensor
 * by the weights' strategy, scales in the model's dtype; ModelOpt's FP8 is
 * fp8_tensor(dt = f32), its NVFP4 nvfp4(G = 16). Activation quantization
 * in any of them is not applied (zoc's forward keeps activations in f32).
 *
 * MXFP4 (quant_method "mxfp4", transformers' Mxfp4Config) is refused by
 * name: its checkpoints (gpt-oss) quantize only MoE experts, which no zoc
 * model has; a dense MXFP4 layer is zoc's mxfp4 format, chosen by -D.
 */
#include "runtime/ckptcfg.h"

#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "passes/passes.h"
#include "runtime/weights.h"

#define ONE_GROUP ZO_GPTQ_ONE_GROUP   /* 2^29: G for group_size -1 (printed whole by %.9g) */

/* What a quantization config says */
typedef struct Quant {
  const HfConfig *qc;       /* the file read: config.json or quantize_config.json */
  const char *prefix;       /* "quantization_config." in config.json, "" in quantize_config.json */
  char key[128];            /* scratch: prefix + key */
  const char *fmt;          /* "gptq", "gptq_v2", "bnb_nf4", ... */
  double bits, G, sym;      /* sym < 0: not given */
  int nargs;                /* the format's arguments the config fixes, for check_define */
  const char *arg[3], *akey[3];   /* the format's name for each; the config's key (NULL: implied) */
  double aval[3];
  char value[160];          /* the -D value: "gptq(bits = 4, G = 32, sym = 1)" */
  char detail[512];         /* for `zoc config`: the file and what it says */
} Quant;

static const char *qkey(Quant *q, const char *k) {
  snprintf(q->key, sizeof q->key, "%s%s", q->prefix, k);
  return q->key;
}

/* DIR/NAME, or NAME alone for DIR "." (messages name what the user gave) */
static void in_dir(StrBuf *sb, const char *dir, const char *name) {
  if (strcmp(dir, ".") == 0) zo_sb_puts(sb, name);
  else zo_sb_printf(sb, "%s/%s", dir, name);
}

static const char *base_name(const char *path) {
  const char *s = strrchr(path, '/');
  return s ? s + 1 : path;
}

/* The method's own word for its variant, for the message refusing it */
static void method_detail(Quant *q, StrBuf *sb) {
  static const char *const keys[] = {"version", "bnb_4bit_quant_type", "quant_algo", "format"};
  for (size_t i = 0; i < ZO_COUNT(keys); i++) {
    const char *s = zo_hf_config_string(q->qc, qkey(q, keys[i]));
    if (s) {
      zo_sb_printf(sb, " (%s \"%s\")", keys[i], s);
      return;
    }
  }
}

/* A whole-number key of the quantization config into *out; false after a message. */
static bool quant_int(Quant *q, const char *k, int64_t *out) {
  if (zo_hf_config_int(q->qc, qkey(q, k), out)) return true;
  zo_env_error(zo_hf_config_path(q->qc), "%s%s: the quantization config needs it as a whole number",
               zo_hf_config_has(q->qc, q->key) ? "" : "no ", q->key);
  return false;
}

/* bits and group_size (-1: one group), the group size checked; false after a message */
static bool quant_bits_group(Quant *q, int64_t *bits, int64_t *group) {
  if (!quant_int(q, "bits", bits) || !quant_int(q, "group_size", group)) return false;
  if (*group == -1 || (*group >= 1 && *group <= (int64_t)ONE_GROUP)) return true;
  zo_env_error(zo_hf_config_path(q->qc), "%s is %lld: a group size is a positive whole number, or -1 for one group",
               qkey(q, "group_size"), (long long)*group);
  return false;
}

/* GPTQ's keys into q->value; -1 after a message naming the key. */
static int read_gptq(Quant *q) {
  const char *path = zo_hf_config_path(q->qc);
  int64_t bits, group, b;
  if (!quant_bits_group(q, &bits, &group)) return -1;
  if (bits != 2 && bits != 3 && bits != 4 && bits != 8) {
    zo_env_error(path, "%s is %lld: zoc's gptq format has 2, 3, 4 or 8 bits", qkey(q, "bits"), (long long)bits);
    return -1;
  }
  const char *cf = zo_hf_config_string(q->qc, qkey(q, "checkpoint_format"));
  if (!cf) cf = zo_hf_config_string(q->qc, qkey(q, "format"));   /* GPTQModel before 1.0 */
  if (zo_hf_config_int(q->qc, qkey(q, "is_marlin_format"), &b) && b) cf = "marlin";
  if (!cf || strcmp(cf, "gptq") == 0) q->fmt = "gptq";
  else if (strcmp(cf, "gptq_v2") == 0) q->fmt = "gptq_v2";
  else {
    zo_env_error(path, "%scheckpoint_format is \"%s\": zoc reads GPTQ's \"gptq\" (v1) and \"gptq_v2\" layouts", q->prefix, cf);
    return -1;
  }
  q->bits = (double)bits;
  q->G = group == -1 ? ONE_GROUP : (double)group;
  q->nargs = 2;
  q->arg[0] = "bits", q->akey[0] = "bits", q->aval[0] = q->bits;
  q->arg[1] = "G", q->akey[1] = "group_size", q->aval[1] = q->G;
  q->sym = zo_hf_config_int(q->qc, qkey(q, "sym"), &b) ? (double)(b != 0) : -1;
  int n = snprintf(q->value, sizeof q->value, "%s(bits = %lld, G = %.17g", q->fmt, (long long)bits, q->G);
  if (q->sym >= 0) n += snprintf(q->value + n, sizeof q->value - (size_t)n, ", sym = %d", (int)q->sym);
  snprintf(q->value + n, sizeof q->value - (size_t)n, ")");
  int64_t da = 0;
  bool has_da = zo_hf_config_int(q->qc, qkey(q, "desc_act"), &da);
  snprintf(q->detail, sizeof q->detail, "%s%s: bits %lld, group_size %lld%s, desc_act %s, sym %s, checkpoint_format %s",
           base_name(path), *q->prefix ? " quantization_config" : "", (long long)bits, (long long)group,
           group == -1 ? " (one group)" : "", has_da ? (da ? "true" : "false") : "-",
           q->sym < 0 ? "-" : q->sym ? "true" : "false", cf ? cf : "- (gptq)");
  return 0;
}

/* A boolean (or 0/1) key; false when absent */
static bool quant_flag(Quant *q, const char *k) {
  int64_t b = 0;
  return zo_hf_config_int(q->qc, qkey(q, k), &b) && b != 0;
}

/* bitsandbytes (transformers' BitsAndBytesConfig): 4-bit NF4, with or
 * without double quantization, in blocks of 64 (transformers' fixed
 * blocksize; each tensor's quant_state JSON repeats it and binding checks
 * it). LLM.int8 and FP4 have no format here. */
static int read_bnb(Quant *q) {
  const char *path = zo_hf_config_path(q->qc);
  if (!quant_flag(q, "load_in_4bit")) {
    zo_env_error(path, "%s: zoc reads bitsandbytes 4-bit checkpoints (load_in_4bit, NF4); this one is %s", q->prefix,
                 quant_flag(q, "load_in_8bit") ? "8-bit (load_in_8bit, LLM.int8)" : "not load_in_4bit");
    return -1;
  }
  const char *qt = zo_hf_config_string(q->qc, qkey(q, "bnb_4bit_quant_type"));
  if (!qt) qt = "fp4";   /* BitsAndBytesConfig's default */
  if (strcmp(qt, "nf4") != 0) {
    zo_env_error(path, "%sbnb_4bit_quant_type is \"%s\": zoc reads bitsandbytes' \"nf4\" only", q->prefix, qt);
    return -1;
  }
  const char *st = zo_hf_config_string(q->qc, qkey(q, "bnb_4bit_quant_storage"));
  if (st && strcmp(st, "uint8") != 0) {
    zo_env_error(path, "%sbnb_4bit_quant_storage is \"%s\": zoc reads the codes packed in uint8", q->prefix, st);
    return -1;
  }
  bool dq = quant_flag(q, "bnb_4bit_use_double_quant");
  q->fmt = dq ? "bnb_nf4_dq" : "bnb_nf4";
  q->sym = -1;
  q->nargs = dq ? 2 : 1;
  q->arg[0] = "blocksize", q->akey[0] = NULL, q->aval[0] = 64;
  q->arg[1] = "nested_blocksize", q->akey[1] = NULL, q->aval[1] = 256;
  if (dq) snprintf(q->value, sizeof q->value, "bnb_nf4_dq(blocksize = 64, nested_blocksize = 256)");
  else snprintf(q->value, sizeof q->value, "bnb_nf4(blocksize = 64)");
  snprintf(q->detail, sizeof q->detail, "%s%s: bitsandbytes 4-bit nf4, double quant %s", base_name(path),
           *q->prefix ? " quantization_config" : "", dq ? "true" : "false");
  return 0;
}

/* AWQ (AutoAWQ's quantization_config: bits, group_size, zero_point,
 * version): the GEMM layout is awq(G = ...); 4 bits with zero points only
 * (AutoAWQ's GEMM packs no other). GEMV, Marlin and the rest pack
 * differently and are refused by name. */
static int read_awq(Quant *q) {
  const char *path = zo_hf_config_path(q->qc);
  int64_t bits, group, zp = 1;
  const char *ver = zo_hf_config_string(q->qc, qkey(q, "version"));
  if (!ver) ver = "gemm";   /* AutoAWQ's default */
  if (strcasecmp(ver, "gemm") != 0) {
    zo_env_error(path, "%sversion is \"%s\": zoc reads AWQ's \"gemm\" layout (AutoAWQ's WQLinear_GEMM) only", q->prefix,
                 ver);
    return -1;
  }
  if (!quant_bits_group(q, &bits, &group)) return -1;
  if (bits != 4) {
    zo_env_error(path, "%s is %lld: AWQ's GEMM layout has 4 bits", qkey(q, "bits"), (long long)bits);
    return -1;
  }
  if (zo_hf_config_int(q->qc, qkey(q, "zero_point"), &zp) && !zp) {
    zo_env_error(path, "%s is false: zoc reads AWQ's GEMM layout with zero points only", qkey(q, "zero_point"));
    return -1;
  }
  q->fmt = "awq";
  q->sym = -1;
  q->G = group == -1 ? ONE_GROUP : (double)group;
  q->nargs = 1;
  q->arg[0] = "G", q->akey[0] = "group_size", q->aval[0] = q->G;
  snprintf(q->value, sizeof q->value, "awq(G = %.17g)", q->G);
  snprintf(q->detail, sizeof q->detail, "%s%s: AWQ bits 4, group_size %lld%s, version %s", base_name(path),
           *q->prefix ? " quantization_config" : "", (long long)group, group == -1 ? " (one group)" : "", ver);
  return 0;
}

/* The model's dtype from config.json (transformers 4's torch_dtype, 5's
 * dtype) as zoc spells it; f32 when absent or another. */
static const char *model_dtype(Quant *q) {
  static const char *const map[][2] = {{"bfloat16", "bf16"}, {"float16", "f16"}, {"float32", "f32"}};
  const char *s = zo_hf_config_string(q->qc, "torch_dtype");
  if (!s) s = zo_hf_config_string(q->qc, "dtype");
  for (size_t i = 0; s && i < ZO_COUNT(map); i++)
    if (strcmp(s, map[i][0]) == 0) return map[i][1];
  return "f32";
}

/* compressed-tensors (llm-compressor): format "float-quantized" with 8-bit
 * float weights, strategy "channel" (weight_scale [N, 1]) or "tensor"
 * ([1]), scales in the model's dtype. The scheme is read from config group
 * "group_0" (what llm-compressor names its one group). */
static int read_ct(Quant *q) {
  const char *path = zo_hf_config_path(q->qc);
  const char *f = zo_hf_config_string(q->qc, qkey(q, "format"));
  if (!f || strcmp(f, "float-quantized") != 0) {
    zo_env_error(path, "%sformat is %s%s%s: zoc reads compressed-tensors' \"float-quantized\" (fp8) checkpoints", q->prefix,
                 f ? "\"" : "", f ? f : "absent", f ? "\"" : "");
    return -1;
  }
  const char *w = "config_groups.group_0.weights.";
  char k[160];
  int64_t nb = 0;
  snprintf(k, sizeof k, "%s%snum_bits", q->prefix, w);
  bool bits8 = zo_hf_config_int(q->qc, k, &nb) && nb == 8;
  snprintf(k, sizeof k, "%s%stype", q->prefix, w);
  const char *ty = zo_hf_config_string(q->qc, k);
  snprintf(k, sizeof k, "%s%sstrategy", q->prefix, w);
  const char *st = zo_hf_config_string(q->qc, k);
  if (!bits8 || !ty || strcmp(ty, "float") != 0 || !st || (strcmp(st, "channel") != 0 && strcmp(st, "tensor") != 0)) {
    zo_env_error(path, "%s%s: num_bits %lld, type %s, strategy %s: zoc reads 8-bit \"float\" weights with strategy "
                 "\"channel\" or \"tensor\"", q->prefix, "config_groups.group_0.weights", (long long)nb, ty ? ty : "-",
                 st ? st : "-");
    return -1;
  }
  q->fmt = strcmp(st, "channel") == 0 ? "fp8_channel" : "fp8_tensor";
  q->sym = -1;
  snprintf(q->value, sizeof q->value, "%s(dt = %s)", q->fmt, model_dtype(q));
  snprintf(q->detail, sizeof q->detail, "%s%s: compressed-tensors float-quantized, 8-bit float weights per %s",
           base_name(path), *q->prefix ? " quantization_config" : "", st);
  return 0;
}

/* ModelOpt (quant_method "modelopt", quant_algo "FP8", flat or under
 * "quantization" as hf_quant_config.json has it): fp8 weights with a 0-d f32
 * weight_scale, fp8_tensor(dt = f32); "NVFP4" (group_size 16) is nvfp4(G = 16).
 * Other algorithms: refused. */
static int read_modelopt(Quant *q) {
  const char *path = zo_hf_config_path(q->qc);
  const char *algo = zo_hf_config_string(q->qc, qkey(q, "quant_algo"));
  if (!algo) algo = zo_hf_config_string(q->qc, qkey(q, "quantization.quant_algo"));
  bool fp8 = algo && strcmp(algo, "FP8") == 0, fp4 = algo && strcmp(algo, "NVFP4") == 0;
  int64_t group = 16;
  if (fp4 && zo_hf_config_has(q->qc, qkey(q, "group_size")) && !quant_int(q, "group_size", &group)) return -1;
  if ((!fp8 && !fp4) || (fp4 && group != 16)) {
    zo_env_error(path, "%squant_algo is %s%s%s%s: zoc reads ModelOpt's \"FP8\" and \"NVFP4\" (groups of 16) checkpoints",
                 q->prefix, algo ? "\"" : "", algo ? algo : "absent", algo ? "\"" : "", fp4 ? " with another group_size" : "");
    return -1;
  }
  q->fmt = fp8 ? "fp8_tensor" : "nvfp4";
  q->sym = -1;
  snprintf(q->value, sizeof q->value, fp8 ? "fp8_tensor(dt = f32)" : "nvfp4(G = 16)");
  snprintf(q->detail, sizeof q->detail, "%s%s: ModelOpt %s", base_name(path), *q->prefix ? " quantization_config" : "",
           fp8 ? "FP8, one scale per tensor" : "NVFP4, e4m3 scales per 16 and one f32 per tensor");
  return 0;
}

/* The quantization config of DIR (config.json's quantization_config, else
 * quantize_config.json): 1 with q filled, 0 when there is none, -1 after a
 * message. *own gets quantize_config.json's view when that was read. */
static int read_quant(const char *dir, const HfConfig *cfg, HfConfig **own, Quant *q) {
  if (cfg && zo_hf_config_has(cfg, "quantization_config")) {
    q->qc = cfg;
    q->prefix = "quantization_config.";
  } else {
    StrBuf sb = {0};
    in_dir(&sb, dir, "quantize_config.json");
    struct stat st;
    bool there = stat(sb.buf, &st) == 0;
    if (there) *own = zo_hf_config_load(sb.buf);
    zo_sb_free(&sb);
    if (!there) return 0;
    if (!*own) return -1;
    q->qc = *own;
    q->prefix = "";
  }
  const char *method = zo_hf_config_string(q->qc, qkey(q, "quant_method"));
  if (!method && zo_hf_config_has(q->qc, qkey(q, "bits"))) method = "gptq";   /* AutoGPTQ before quant_method */
  if (method && strcasecmp(method, "gptq") == 0) return read_gptq(q) == 0 ? 1 : -1;
  if (method && strcasecmp(method, "bitsandbytes") == 0) return read_bnb(q) == 0 ? 1 : -1;
  if (method && strcasecmp(method, "awq") == 0) return read_awq(q) == 0 ? 1 : -1;
  if (method && strcasecmp(method, "compressed-tensors") == 0) return read_ct(q) == 0 ? 1 : -1;
  if (method && strcasecmp(method, "modelopt") == 0) return read_modelopt(q) == 0 ? 1 : -1;
  if (method && strcasecmp(method, "mxfp4") == 0) {
    /* transformers' Mxfp4Config (gpt-oss): only the MoE experts are MXFP4 */
    zo_env_error(zo_hf_config_path(q->qc), "%squant_method is \"mxfp4\": in such checkpoints (transformers' Mxfp4Config, "
                 "OpenAI's gpt-oss) only the mixture-of-experts weights are MXFP4, stacked per layer as "
                 "*.experts.gate_up_proj_blocks [E, 2I, H/32, 16] with *_scales [E, 2I, H/32], and zoc has no "
                 "mixture-of-experts op to run them; zoc's mxfp4 format reads dense MXFP4 layers (-D W=mxfp4, "
                 "docs/running.md)", q->prefix);
    return -1;
  }
  StrBuf sb = {0};
  method_detail(q, &sb);
  if (method)
    zo_env_error(zo_hf_config_path(q->qc), "%squant_method is \"%s\"%s: zoc has no format for it yet; it reads GPTQ "
                 "(quant_method \"gptq\", checkpoint_format \"gptq\" or \"gptq_v2\"), AWQ GEMM (\"awq\"), "
                 "bitsandbytes 4-bit NF4 (\"bitsandbytes\") and fp8 (\"compressed-tensors\", \"modelopt\") checkpoints", q->prefix, method,
                 sb.buf ? sb.buf : "");
  else
    zo_env_error(zo_hf_config_path(q->qc), "no %squant_method: zoc cannot tell how the weights are stored (it reads "
                 "GPTQ checkpoints: quant_method \"gptq\")", q->prefix);
  zo_sb_free(&sb);
  return -1;
}

/* ---- the model's parameters */
static const Ast *find_model(const Program *p, const char *model) {
  if (model) {
    int i = zo_program_find(p, AST_MODEL, model);
    return i < 0 ? NULL : p->decls.data[i];
  }
  const char *names[2];
  if (zo_program_models(p, names, 2) != 1) return NULL;
  return p->decls.data[zo_program_find(p, AST_MODEL, names[0])];
}

/* A parameter whose default is a format (`W = gptq(bits = 4)`, `W = linear`) */
static bool is_format_param(const Program *p, const Ast *pa) {
  const Ast *d = pa->lhs;
  return d && (d->kind == AST_NAME || d->kind == AST_CALL || d->kind == AST_TYPE) &&
         zo_program_find(p, AST_FORMAT, d->name) >= 0;
}

/* A Hugging Face folder without a quantization config holds dense weights, as
 * transformers reads it: a model whose format parameter defaults to a quantized
 * format (a storage of a role other than `weight`: llama.zo's gptq) gets
 * `linear(dt = DT)` there, DT its first dtype parameter. Returns that parameter
 * and fills val; NULL when the model's default is dense already (gpt2's conv1d). */
static const char *user_value(const Define *user, int nuser, const char *name);

static const Ast *dense_param(const Program *p, const Ast *md, const HfConfig *cfg, const Define *user, int nuser,
                              char *val, size_t n) {
  const Ast *fp = NULL, *dt = NULL;
  for (int i = 0; i < md->params.len; i++) {
    const Ast *pa = md->params.data[i], *d = pa->lhs;
    if (is_format_param(p, pa)) {
      if (fp) return NULL;   /* several: which one the folder's dense weights fill is not ours to guess */
      fp = pa;
    } else if (!dt && d && d->kind == AST_NAME && zo_dtype_from_name(d->name) != ZO_DT_NONE) dt = pa;
  }
  if (!fp) return NULL;
  const Ast *f = p->decls.data[zo_program_find(p, AST_FORMAT, fp->lhs->name)];
  bool quantized = false;
  for (int i = 0; i < f->body.len; i++) {
    const Ast *st = f->body.data[i];
    if (st->kind == AST_STORAGE && (!st->role || strcmp(st->role, "weight") != 0)) quantized = true;
  }
  if (!quantized) return NULL;
  /* the dtype as this run resolves it (a -D value names no other parameter) */
  char buf[64];
  const char *key, *v = dt ? user_value(user, nuser, dt->name) : NULL;
  if (dt && !v) v = zo_config_param_value(dt, cfg, buf, sizeof buf, &key);
  if (dt && !v) v = dt->lhs->name;
  if (v) snprintf(val, n, "linear(dt = %s)", v);
  else snprintf(val, n, "linear");
  return fp;
}

static bool ast_number(const Ast *a, double *x) {
  if (a && a->kind == AST_NUM) *x = a->num;
  else if (a && a->kind == AST_NEG && a->lhs->kind == AST_NUM) *x = -a->lhs->num;
  else return false;
  return true;
}

/* Argument `name` of a format value as written (a -D or a default), else the
 * format's default for it; false when neither is a plain number. */
static bool format_arg(const Program *p, const Ast *v, const char *name, double *x) {
  if (v->kind == AST_CALL || v->kind == AST_TYPE)
    for (int i = 0; i < v->kwargs.len; i++)
      if (strcmp(v->kwargs.data[i]->name, name) == 0) return ast_number(v->kwargs.data[i]->lhs, x);
  const Ast *fd = p->decls.data[zo_program_find(p, AST_FORMAT, v->name)];
  for (int i = 0; i < fd->params.len; i++)
    if (strcmp(fd->params.data[i]->name, name) == 0) return ast_number(fd->params.data[i]->lhs, x);
  return false;
}

static bool spells_arg(const Ast *v, const char *name) {
  for (int i = 0; (v->kind == AST_CALL || v->kind == AST_TYPE) && i < v->kwargs.len; i++)
    if (strcmp(v->kwargs.data[i]->name, name) == 0) return true;
  return false;
}

/* The user's -D NAME=TEXT against the quantization config: 0 when it agrees,
 * -1 after a message naming both (or after the parser's, for a bad value). */
static int check_define(Program *p, const char *name, const char *text, Quant *q) {
  char where[256];
  snprintf(where, sizeof where, "-D %s", name);
  const Ast *v = zo_parse_define_value(p, where, text);
  if (!v) return -1;
  const char *path = zo_hf_config_path(q->qc);
  double x;
  const char *bad = NULL;
  char why[256];
  if (v->kind != AST_NAME && v->kind != AST_CALL) bad = "it is not a format";
  else if (strcmp(v->name, q->fmt) != 0) {
    snprintf(why, sizeof why, "it names format '%s', the checkpoint is %s", v->name, q->fmt);
    bad = why;
  }
  for (int i = 0; i < q->nargs && !bad; i++) {
    if (format_arg(p, v, q->arg[i], &x) && x == q->aval[i]) continue;
    if (!q->akey[i]) snprintf(why, sizeof why, "its %s is %g", q->arg[i], q->aval[i]);
    else if (q->aval[i] == ONE_GROUP) snprintf(why, sizeof why, "%s is -1 (one group: G = %.17g)", qkey(q, q->akey[i]), q->aval[i]);
    else snprintf(why, sizeof why, "%s is %g", qkey(q, q->akey[i]), q->aval[i]);
    bad = why;
  }
  if (!bad && spells_arg(v, "sym") && q->sym >= 0 && (!format_arg(p, v, "sym", &x) || x != q->sym)) {
    snprintf(why, sizeof why, "%s is %s", qkey(q, "sym"), q->sym ? "true" : "false");
    bad = why;
  }
  if (!bad) return 0;
  zo_env_error(where, "'%s=%s' contradicts %s: %s (it sets %s = %s); drop the -D", name, text, path, bad, name, q->value);
  return -1;
}

/* ---- origins */
static void add_origin(CkptParams *cp, const char *name, ParamFrom from, const char *fmt, ...) ZO_PRINTF(4, 5);
static void add_origin(CkptParams *cp, const char *name, ParamFrom from, const char *fmt, ...) {
  StrBuf sb = {0};
  va_list ap;
  va_start(ap, fmt);
  char buf[1024];
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  zo_sb_puts(&sb, buf);
  ParamOrigin o = {name, from, sb.buf ? zo_sb_take(&sb) : zo_xstrdup("")};
  vec_push(&cp->origin, o);
}

/* The keys of pa as `"a", "b"` */
static void keys_text(const Ast *pa, StrBuf *sb) {
  for (int k = 0; k < pa->args.len; k++) zo_sb_printf(sb, "%s\"%s\"", k ? ", " : "", pa->args.data[k]->name);
}

static void default_text(const Ast *d, char *buf, size_t n) {
  double x;
  if (ast_number(d, &x)) snprintf(buf, n, "%.9g", x);
  else if (d && d->kind == AST_STR) snprintf(buf, n, "\"%s\"", d->name);
  else if (d && (d->kind == AST_NAME || d->kind == AST_CALL || d->kind == AST_TYPE))
    snprintf(buf, n, "%s%s", d->name, d->kind == AST_NAME ? "" : "(...)");
  else if (d && d->loc.file) snprintf(buf, n, "the expression at %s:%d", d->loc.file->path, d->loc.line);
  else snprintf(buf, n, "its default");
}

static const char *user_value(const Define *user, int nuser, const char *name) {
  const char *v = NULL;
  for (int i = 0; i < nuser; i++)
    if (strcmp(user[i].name, name) == 0) v = user[i].value;   /* the last wins, as in zo_lower */
  return v;
}

/* A parameter none of whose keys gave a value though one of them is there,
 * not null: a dtype key holding no dtype ("int8", a number), a string where a
 * number belongs, an object, a number for a string. An error naming the key
 * and what the parameter reads, -1; else 0. Keeping the default would be a
 * silently other model (a dtype read wrongly only shows later, as every
 * tensor refused at binding, or not at all). */
static int check_key_kind(const Program *p, const Ast *pa, const HfConfig *cfg) {
  const Ast *d = pa->lhs;
  if (!d || is_format_param(p, pa)) return 0;
  bool dtype = d->kind == AST_NAME && zo_dtype_from_name(d->name) != ZO_DT_NONE, str = d->kind == AST_STR;
  for (int k = 0; k < pa->args.len; k++) {
    const char *key = pa->args.data[k]->name;
    if (!zo_hf_config_has(cfg, key)) continue;
    const char *s = zo_hf_config_string(cfg, key);
    StrBuf v = {0};
    if (s) zo_sb_printf(&v, dtype ? "\"%s\"" : "the string \"%s\"", s);
    else zo_sb_puts(&v, str || dtype ? "not a string" : "not a number");
    if (dtype)
      zo_env_error(zo_hf_config_path(cfg), "\"%s\" is %s: %s is a dtype parameter, read from \"float32\" (f32), "
                   "\"float16\" (f16) or \"bfloat16\" (bf16); set it with -D %s=f32|f16|bf16", key, v.buf, pa->name,
                   pa->name);
    else
      zo_env_error(zo_hf_config_path(cfg), "\"%s\" is %s: parameter %s reads a %s from it; set it with -D %s=VALUE",
                   key, v.buf, pa->name, str ? "string" : "number", pa->name);
    zo_sb_free(&v);
    return -1;
  }
  return 0;
}

int zo_ckpt_params(Program *p, const char *model, const char *dir, const Define *user, int nuser, CkptParams *cp) {
  memset(cp, 0, sizeof *cp);
  HfConfig *qown = NULL;
  Quant q = {0};
  int rc = 0, hasq = 0;
  const Ast *md = find_model(p, model);
  if (dir) {
    StrBuf sb = {0};
    in_dir(&sb, dir, "config.json");
    struct stat st;
    if (stat(sb.buf, &st) == 0 && !(cp->cfg = zo_hf_config_load(sb.buf))) rc = -1;
    zo_sb_free(&sb);
    if (rc == 0 && md && (hasq = read_quant(dir, cp->cfg, &qown, &q)) < 0) rc = -1;
  }
  const Ast *qparam = NULL;
  StrBuf missing = {0};   /* every parameter whose keys are all absent, one warning line for the lot */
  if (rc == 0 && hasq) {
    int nf = 0;
    StrBuf names = {0};
    for (int i = 0; i < md->params.len; i++)
      if (is_format_param(p, md->params.data[i])) {
        qparam = md->params.data[i];
        zo_sb_printf(&names, "%s%s", nf++ ? ", " : "", qparam->name);
      }
    if (nf != 1) {
      zo_env_error(zo_hf_config_path(q.qc), "%s says the weights are %s, but model '%s' has %s format parameter%s%s%s "
                   "(a parameter whose default is a format, e.g. W = gptq(bits = 4)): %s", q.prefix[0] ? "its "
                   "quantization_config" : "it", q.value, md->name, nf ? "several" : "no", nf ? "s (" : "",
                   nf ? names.buf : "", nf ? ")" : "", nf ? "set the one it is for with -D" : "write one, as models/llama.zo does");
      rc = -1;
    }
    zo_sb_free(&names);
    const char *uv = qparam ? user_value(user, nuser, qparam->name) : NULL;
    if (rc == 0 && uv && check_define(p, qparam->name, uv, &q) != 0) rc = -1;
  }
  char dense[64];
  const Ast *dparam = rc == 0 && md && cp->cfg && !hasq ? dense_param(p, md, cp->cfg, user, nuser, dense, sizeof dense) : NULL;
  for (int i = 0; rc == 0 && md && i < md->params.len; i++) {
    const Ast *pa = md->params.data[i];
    char buf[64];
    const char *key = NULL;
    const char *val = cp->cfg ? zo_config_param_value(pa, cp->cfg, buf, sizeof buf, &key) : NULL;
    const char *uv = user_value(user, nuser, pa->name);
    if (!val && !uv && cp->cfg && check_key_kind(p, pa, cp->cfg) != 0) {
      rc = -1;
      break;
    }
    if (val) zo_define_push(&cp->defs, pa->name, val);
    if (pa == qparam) zo_define_push(&cp->defs, pa->name, q.value);
    if (pa == dparam && !uv) {
      zo_define_push(&cp->defs, pa->name, dense);
      add_origin(cp, pa->name, ZO_PFROM_CONFIG, "%s: config.json has no quantization_config, so dense weights",
                 dense);
      continue;
    }
    if (uv && pa == qparam) add_origin(cp, pa->name, ZO_PFROM_DEFINE, "-D, as %s says", q.detail);
    else if (uv && val) add_origin(cp, pa->name, ZO_PFROM_DEFINE, "-D, over config.json \"%s\" = %s", key, val);
    else if (uv) add_origin(cp, pa->name, ZO_PFROM_DEFINE, "-D");
    else if (pa == qparam) add_origin(cp, pa->name, ZO_PFROM_QUANT, "%s", q.detail);
    else if (val) add_origin(cp, pa->name, ZO_PFROM_CONFIG, "config.json \"%s\"", key);
    else if (pa->args.len && cp->cfg && pa->ival)
      add_origin(cp, pa->name, ZO_PFROM_DEFAULT, "default (no \"%s\" in config.json: optional)", pa->target);
    else if (pa->args.len && cp->cfg) {
      StrBuf sb = {0};
      keys_text(pa, &sb);
      char d[256];
      default_text(pa->lhs, d, sizeof d);
      zo_sb_printf(&missing, "%s%s %s: %s = %s (the default)", missing.len ? "; " : "",
                   pa->args.len == 1 ? "has no" : "has none of", sb.buf, pa->name, d);
      add_origin(cp, pa->name, ZO_PFROM_DEFAULT, "default (config.json has %s %s)", pa->args.len == 1 ? "no" : "none of",
                 sb.buf);
      zo_sb_free(&sb);
    } else add_origin(cp, pa->name, ZO_PFROM_DEFAULT, "default");
  }
  /* One line however many: configs saved by transformers omit every key equal to the
     class default, so a bundled model meets several absent keys on every run; a key
     misspelled in a model of one's own is still named here. */
  if (rc == 0 && missing.len) fprintf(stderr, "zoc: warning: %s %s\n", zo_hf_config_path(cp->cfg), missing.buf);
  zo_sb_free(&missing);
  for (int i = 0; rc == 0 && i < nuser; i++) zo_define_push(&cp->defs, user[i].name, user[i].value);
  zo_hf_config_free(qown);
  return rc;
}

void zo_ckpt_params_free(CkptParams *cp) {
  zo_defines_free(&cp->defs);
  for (int i = 0; i < cp->origin.len; i++) free(cp->origin.data[i].detail);
  vec_free(&cp->origin);
  zo_hf_config_free(cp->cfg);
  cp->cfg = NULL;
}

void zo_ckpt_params_print(FILE *out, const CkptParams *cp, const Func *f) {
  int wn = 9, wv = 5;
  for (int i = 0; i < f->nparams; i++) {
    int a = (int)strlen(f->pname[i]), b = (int)strlen(f->pvalue[i]);
    if (a > wn) wn = a;
    if (b > wv) wv = b;
  }
  fprintf(out, "%-*s  %-*s  from\n", wn, "parameter", wv, "value");
  for (int i = 0; i < f->nparams; i++) {
    const char *from = "default";
    for (int j = 0; j < cp->origin.len; j++)
      if (strcmp(cp->origin.data[j].name, f->pname[i]) == 0) from = cp->origin.data[j].detail;
    fprintf(out, "%-*s  %-*s  %s\n", wn, f->pname[i], wv, f->pvalue[i], from);
  }
}

Func *zo_ckpt_compile(Program *p, const char *model, const char *recipe, const char *dir, const DefineVec *user,
                      bool verbose, CkptParams *cp) {
  if (zo_ckpt_params(p, model, dir, user->data, user->len, cp) != 0) return NULL;
  CompileOptions co = {.model = model, .recipe = recipe, .defs = cp->defs.data, .ndefs = cp->defs.len};
  Func *f = zo_compile(p, &co);
  if (f && verbose) zo_ckpt_params_print(stderr, cp, f);
  return f;
}
