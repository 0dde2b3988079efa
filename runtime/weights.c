/* weights.c — binding a safetensors checkpoint to a compiled model; the
 * logical matrix of a bound weight; parameters from a config.json.
 *
 * Binding walks the flat block once, looks every storage tensor up by name and
 * compares dtype and shape with what the IR derived; problems are collected
 * and all reported (a checkpoint for another model size fails on dozens of
 * tensors at once, and the user wants to see the pattern, not the first one).
 * Data is used in place (the mapping); a tensor whose bytes are misaligned for
 * its dtype (a foreign writer) is copied into the Func's arena, which frees it
 * with the Func.
 *
 * A storage the format reads from a checkpoint's metadata (json("tensor",
 * "key"): a number in a JSON blob stored as a u8 tensor) is parsed once here
 * into a one-float array in the Func's arena, so everything after binding
 * sees a 0-d storage like any other.
 *
 * The dequantized matrix goes through the format's own dequant expression
 * (zo_sx_eval), so it is the reference for every format, user-defined ones
 * included. Checkpoint data steers indices there (g_idx, codebook codes), so
 * every index the expression computes is bounds-checked before the element is
 * evaluated: a bad file gives a message, never a wild read.
 */
#include "runtime/weights.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* ---- names, dtypes, sizes */
const char *zo_weight_tensor_name(Func *f, const Value *v, int s) {
  if (!v->type.fmt) return v->w->pattern;
  return zo_arena_printf(&f->arena, "%s.%s", v->w->pattern, v->type.fmt->storage[s].name);
}

DType zo_weight_storage_dtype(const Value *v, int s) {
  return v->type.fmt ? v->type.fmt->storage[s].dtype : v->type.dtype;
}

int64_t zo_weight_storage_numel(const Value *v, int s) {
  int64_t n = 1;
  for (int d = 0; d < v->w->rank[s]; d++) n *= v->w->shape[s][d];
  return n;
}

static void shape_str(StrBuf *sb, int rank, const int64_t *shape) {
  zo_sb_putc(sb, '[');
  for (int d = 0; d < rank; d++) zo_sb_printf(sb, "%s%lld", d ? ", " : "", (long long)shape[d]);
  zo_sb_putc(sb, ']');
}

/* What to call the checkpoint in messages about a tensor it lacks: its file
 * when it is one file, the shards' directory otherwise. */
static const char *checkpoint_name(Func *f, const StFile *st) {
  int n = zo_st_count(st);
  if (n == 0) return "checkpoint";
  const char *first = zo_st_tensor(st, 0)->file;
  for (int i = 1; i < n; i++)
    if (strcmp(zo_st_tensor(st, i)->file, first) != 0) {
      const char *slash = strrchr(first, '/');
      return slash ? zo_arena_strndup(&f->arena, first, (size_t)(slash - first)) : ".";
    }
  return first;
}

/* ---- binding */
#define MAX_REPORTS 50

/* Storage s of v is a number in a checkpoint's metadata: key meta_key of the
 * JSON object tensor "<weight>.<meta_tensor>" holds (bitsandbytes' quant_state
 * blob: its quant type, blocksize, dtype, shape, nested_offset). A key named
 * like a format parameter (blocksize, nested_blocksize) must agree with it: the
 * format's shapes were derived from the parameter. 0, or 1 after a message. */
static int bind_meta(Func *f, StFile *st, const Value *v, int s, const char *ckpt) {
  const FormatInst *fi = v->type.fmt;
  const FormatStorage *fs = &fi->storage[s];
  const char *name = zo_arena_printf(&f->arena, "%s.%s", v->w->pattern, fs->meta_tensor);
  const StTensor *t = zo_st_find(st, name);
  if (!t) {
    zo_env_error(ckpt, "no tensor '%s' (weight '%s' of format %s keeps '%s' in it)", name, v->name, fi->spelled,
                 fs->meta_key);
    return 1;
  }
  if ((t->dtype != ZO_DT_U8 && t->dtype != ZO_DT_I8) || t->ndim != 1) {
    zo_env_error(t->file, "tensor '%s' is %s with %d dimensions; format %s reads it as the bytes of a JSON object "
                 "(u8, one dimension)", name, zo_dtype_st_name(t->dtype), t->ndim, fi->spelled);
    return 1;
  }
  char what[512];
  snprintf(what, sizeof what, "%s: tensor '%s'", t->file, name);
  HfConfig *js = zo_hf_config_parse(what, t->data, t->nbytes);
  if (!js) return 1;
  int bad = 0;
  double x;
  for (int j = 0; j < fi->nparams; j++)
    if (zo_hf_config_number(js, fi->pname[j], &x) && x != fi->pval[j]) {
      zo_env_error(what, "\"%s\" is %.17g, but format %s has %s = %.17g: the tensor was quantized "
                   "otherwise", fi->pname[j], x, fi->spelled,
                   fi->pname[j], fi->pval[j]);
      bad = 1;
    }
  if (!bad && !(zo_hf_config_number(js, fs->meta_key, &x) && isfinite(x))) {
    zo_env_error(what, "no number \"%s\" in its JSON (format %s reads '%s' from it)", fs->meta_key, fi->spelled,
                 fs->name);
    bad = 1;
  }
  zo_hf_config_free(js);
  if (bad) return 1;
  float *val = zo_arena_alloc(&f->arena, sizeof *val);
  *val = (float)x;
  v->w->data[s] = val;
  return 0;
}

/* A checkpoint saved from a model with a head names the base model's tensors
 * under the base model's prefix (GPT2LMHeadModel.save_pretrained writes
 * "transformer.h.0.attn.c_attn.weight"), where the hub's older files do not
 * ("h.0.attn.c_attn.weight"); transformers' from_pretrained takes both. So
 * does zoc: a weight whose name the file lacks, but has under one leading
 * component that the file puts before the model's first such weight, is
 * renamed to the file's name, so that training updates, masters and the
 * written checkpoint all use the name the file uses. */
static void adopt_prefix(Func *f, const StFile *st) {
  Block *b = f->body;
  const char *prefix = NULL;
  size_t plen = 0;
  for (int i = 0; i < b->vals.len; i++) {
    Value *v = b->vals.data[i];
    if (v->op != ZO_OP_WEIGHT || (v->type.fmt && v->type.fmt->storage[0].meta_tensor)) continue;
    const char *name = zo_weight_tensor_name(f, v, 0);
    if (zo_st_find(st, name)) continue;
    if (!prefix) {   /* the file's one component before this name, if it has it so */
      size_t n = strlen(name);
      for (int j = 0; j < zo_st_count(st) && !prefix; j++) {
        const char *t = zo_st_tensor(st, j)->name;
        size_t tn = strlen(t);
        if (tn > n + 1 && strcmp(t + tn - n, name) == 0 && t[tn - n - 1] == '.' && !memchr(t, '.', tn - n - 1)) {
          plen = tn - n;
          prefix = zo_arena_strndup(&f->arena, t, plen);
        }
      }
      if (!prefix) return;
    }
    const char *full = zo_arena_printf(&f->arena, "%s%s", prefix, name);
    if (zo_st_find(st, full)) v->w->pattern = zo_arena_printf(&f->arena, "%s%s", prefix, v->w->pattern);
  }
}

int zo_weights_bind(Func *f, StFile *st) {
  Block *b = f->body;
  adopt_prefix(f, st);
  int ntensors = zo_st_count(st);
  const char **names = zo_xcalloc((size_t)ntensors + 1, sizeof(char *));
  for (int i = 0; i < ntensors; i++) names[i] = zo_st_tensor(st, i)->name;
  const char *ckpt = checkpoint_name(f, st);
  int problems = 0;
  bool hinted = false;
  for (int i = 0; i < b->vals.len; i++) {
    Value *v = b->vals.data[i];
    ZO_ASSERT(v->op != ZO_OP_REPEAT);   /* bind after the whole pipeline: one flat block */
    if (v->op != ZO_OP_WEIGHT) continue;
    Weight *w = v->w;
    for (int s = 0; s < w->nstorage; s++) {
      w->data[s] = NULL;
      if (v->type.fmt && v->type.fmt->storage[s].meta_tensor) {
        problems += bind_meta(f, st, v, s, ckpt);
        continue;
      }
      const char *name = zo_weight_tensor_name(f, v, s);
      DType want = zo_weight_storage_dtype(v, s);
      const StTensor *t = zo_st_find(st, name);
      if (!t) {
        if (++problems > MAX_REPORTS) continue;
        const char *near = zo_nearest_name(name, names, ntensors);
        if (near)
          zo_env_error(ckpt, "no tensor '%s' (weight '%s' needs it); did you mean '%s'?", name, v->name, near);
        else
          zo_env_error(ckpt, "no tensor '%s' (weight '%s' needs it)", name, v->name);
        /* a formatted weight whose checkpoint stores something else under its
           name (a dense .weight where the model expects GPTQ): say so once */
        if (v->type.fmt && !hinted) {
          size_t plen = strlen(w->pattern);
          for (int j = 0; j < ntensors; j++) {
            const StTensor *o = zo_st_tensor(st, j);
            if (strncmp(o->name, w->pattern, plen) == 0 && o->name[plen] == '.' && !strchr(o->name + plen + 1, '.')) {
              StrBuf sb = {0};
              shape_str(&sb, o->ndim, o->shape);
              fprintf(stderr, "note: the checkpoint has '%s' (%s %s): is the model's format for '%s' (%s) the right one?\n",
                      o->name, zo_dtype_st_name(o->dtype), sb.buf, v->name, v->type.fmt->spelled);
              zo_sb_free(&sb);
              hinted = true;
              break;
            }
          }
        }
        continue;
      }
      bool bad = false;
      if (t->dtype != want) {
        bad = true;
        if (++problems <= MAX_REPORTS) {
          if (!v->type.fmt && zo_dtype_is_float(want) && zo_dtype_is_float(t->dtype))
            zo_env_error(t->file, "tensor '%s' is %s, but the model reads it as %s (weight '%s'; set the model's dtype "
                         "parameter to %s, e.g. -D DT=%s)", name, zo_dtype_st_name(t->dtype), zo_dtype_st_name(want),
                         v->name, zo_dtype_name(t->dtype), zo_dtype_name(t->dtype));
          else
            zo_env_error(t->file, "tensor '%s' is %s, but the model reads it as %s (weight '%s'%s%s)", name,
                         zo_dtype_st_name(t->dtype), zo_dtype_st_name(want), v->name,
                         v->type.fmt ? ", format " : "", v->type.fmt ? v->type.fmt->spelled : "");
        }
      }
      bool same = t->ndim == w->rank[s];
      for (int d = 0; same && d < t->ndim; d++) same = t->shape[d] == w->shape[s][d];
      /* one value per weight: 0-d in ModelOpt's files, [1] in compressed-tensors' */
      if (w->rank[s] == 0 && t->ndim == 1 && t->shape[0] == 1) same = true;
      if (!same) {
        bad = true;
        if (++problems <= MAX_REPORTS) {
          StrBuf a = {0}, e = {0};
          shape_str(&a, t->ndim, t->shape);
          shape_str(&e, w->rank[s], w->shape[s]);
          if (v->type.fmt)
            zo_env_error(t->file, "tensor '%s' has shape %s, but the model expects %s (storage '%s' of format %s for a "
                         "[%lld, %lld] weight '%s')", name, a.buf, e.buf, v->type.fmt->storage[s].name,
                         v->type.fmt->spelled, (long long)w->K, (long long)w->N, v->name);
          else
            zo_env_error(t->file, "tensor '%s' has shape %s, but the model expects %s (weight '%s')", name, a.buf, e.buf,
                         v->name);
          zo_sb_free(&a);
          zo_sb_free(&e);
        }
      }
      if (bad) continue;
      size_t align = zo_dtype_size(want);
      if (((uintptr_t)t->data % align) != 0) {
        void *copy = zo_arena_alloc(&f->arena, t->nbytes);   /* 16-byte aligned */
        memcpy(copy, t->data, t->nbytes);
        w->data[s] = copy;
      } else {
        w->data[s] = t->data;
      }
    }
  }
  if (problems > MAX_REPORTS)
    fprintf(stderr, "zoc: ... and %d more problems with this checkpoint\n", problems - MAX_REPORTS);
  if (problems)
    fprintf(stderr, "zoc: the checkpoint does not fit model '%s' (%d problem%s)\n", f->name, problems,
            problems == 1 ? "" : "s");
  free(names);
  return problems ? -1 : 0;
}

/* ---- the logical matrix */
typedef struct DqCtx {
  const Value *v;
  const FormatInst *fmt;
  const void *const *data;
  const float *const *delta;
  int64_t k, n;
  bool failed;
} DqCtx;

static double ev(DqCtx *c, const Sx *e) { return zo_sx_eval(e, c->fmt, c->v->w, c->data, c->delta, c->k, c->n); }

static void dq_fail(DqCtx *c, const char *fmt, ...) ZO_PRINTF(2, 3);
static void dq_fail(DqCtx *c, const char *fmt, ...) {
  if (c->failed) return;
  c->failed = true;
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  zo_env_error(c->v->w->pattern, "W[%lld, %lld] of format %s: %s (the checkpoint holds a bad value)", (long long)c->k,
               (long long)c->n, c->fmt->spelled, msg);
}

/* An index x is valid for a dimension of size n when 0 <= x < n; the double
 * is compared before any conversion (NaN fails, huge values never cast). */
static bool in_range(double x, int64_t n) { return x >= 0 && x < (double)n; }

/* Checks every index the expression computes at (k, n), inner loads first (an
 * index may itself be a load). Returns false after one message. */
static bool check_sx(DqCtx *c, const Sx *e) {
  for (int i = 0; i < e->nkids; i++)
    if (e->kids[i] && !check_sx(c, e->kids[i])) return false;
  const Weight *w = c->v->w;
  switch (e->kind) {
  case SX_LOAD: {
    int s = e->ref;
    for (int d = 0; d < e->nkids; d++) {
      double x = ev(c, e->kids[d]);
      if (!in_range(x, w->shape[s][d])) {
        dq_fail(c, "index %.17g of dimension %d of '%s' is outside [0, %lld)", x, d + 1, c->fmt->storage[s].name,
                (long long)w->shape[s][d]);
        return false;
      }
    }
    return true;
  }
  case SX_BITS: {
    int s = e->ref, rank = w->rank[s];
    int wbits = (int)zo_dtype_size(c->fmt->storage[s].dtype) * 8;
    for (int d = 0; d < rank; d++) {
      if (d == e->axis) continue;
      double x = ev(c, e->kids[d]);
      if (!in_range(x, w->shape[s][d])) {
        dq_fail(c, "index %.17g of dimension %d of '%s' is outside [0, %lld)", x, d + 1, c->fmt->storage[s].name,
                (long long)w->shape[s][d]);
        return false;
      }
    }
    double off = ev(c, e->kids[rank]), width = ev(c, e->kids[rank + 1]);
    if (!(width >= 1 && width <= 64) || !in_range(off, w->shape[s][e->axis] * wbits) ||
        !in_range(off + width - 1, w->shape[s][e->axis] * wbits)) {
      dq_fail(c, "bit field [%.17g, %.17g + %.17g) is outside the %lld bits of '%s' along dimension %d", off, off, width,
              (long long)(w->shape[s][e->axis] * wbits), c->fmt->storage[s].name, e->axis + 1);
      return false;
    }
    return true;
  }
  case SX_TABLE: {
    const FormatTable *t = &c->fmt->table[e->ref];
    double x = ev(c, e->kids[0]);
    if (!in_range(x, t->len)) {
      dq_fail(c, "index %.17g into table '%s' is outside [0, %d)", x, t->name, t->len);
      return false;
    }
    return true;
  }
  case SX_DIV:
  case SX_MOD:
    if (e->kind == SX_MOD || e->is_int) {
      double a = ev(c, e->kids[0]), d = ev(c, e->kids[1]);
      if ((int64_t)d == 0 || !(fabs(a) < 9e18) || !(fabs(d) < 9e18)) {
        dq_fail(c, "integer %s of %.17g by %.17g", e->kind == SX_MOD ? "remainder" : "division", a, d);
        return false;
      }
    }
    return true;
  case SX_SHL:
  case SX_SHR: {
    double sh = ev(c, e->kids[1]);
    if (!(sh >= 0 && sh < 63)) {
      dq_fail(c, "shift by %.17g", sh);
      return false;
    }
    return true;
  }
  default: return true;
  }
}

int zo_weight_dequant(const Value *v, const float *const *delta, float *W) {
  ZO_ASSERT(v->op == ZO_OP_WEIGHT && v->type.fmt);
  const Weight *w = v->w;
  for (int s = 0; s < w->nstorage; s++) ZO_ASSERT(w->data[s]);   /* bound */
  DqCtx c = {.v = v, .fmt = v->type.fmt, .data = w->data, .delta = delta};
  const Sx *root = c.fmt->dequant;
  for (int64_t k = 0; k < w->K; k++)
    for (int64_t n = 0; n < w->N; n++) {
      c.k = k;
      c.n = n;
      if (!check_sx(&c, root)) return -1;
      W[k * w->N + n] = (float)ev(&c, root);
    }
  return 0;
}

/* ---- config.json */
static const Ast *find_model(const Program *p, const char *model) {
  const Ast *found = NULL;
  int n = 0;
  for (int i = 0; i < p->decls.len; i++) {
    const Ast *a = p->decls.data[i];
    if (a->kind != AST_MODEL) continue;
    n++;
    if (model && strcmp(a->name, model) == 0) return a;
    if (!model) found = a;
  }
  return !model && n == 1 ? found : NULL;
}

void zo_defines_free(DefineVec *defs) {
  for (int i = 0; i < defs->len; i++) free((char *)defs->data[i].name);
  vec_free(defs);
}

void zo_define_push(DefineVec *out, const char *name, const char *value) {
  size_t ln = strlen(name), lv = strlen(value);
  char *blk = zo_xmalloc(ln + lv + 2);
  memcpy(blk, name, ln + 1);
  memcpy(blk + ln + 1, value, lv + 1);
  Define d = {blk, blk + ln + 1};
  vec_push(out, d);
}

/* torch_dtype spellings, and zoc's own */
static const char *dtype_from_config(const char *s) {
  static const char *const map[][2] = {
    {"float32", "f32"}, {"float", "f32"}, {"float16", "f16"}, {"half", "f16"},
    {"bfloat16", "bf16"}, {"float64", "f64"}, {"double", "f64"},
  };
  for (size_t i = 0; i < ZO_COUNT(map); i++)
    if (strcmp(s, map[i][0]) == 0) return map[i][1];
  return zo_dtype_from_name(s) != ZO_DT_NONE ? s : NULL;
}

const char *zo_config_param_value(const Ast *pa, const HfConfig *cfg, char *buf, size_t n, const char **key) {
  ZO_ASSERT(pa->kind == AST_PARAM);
  const Ast *dflt = pa->lhs;
  bool is_dtype = dflt && dflt->kind == AST_NAME && zo_dtype_from_name(dflt->name) != ZO_DT_NONE;
  for (int k = 0; k < pa->args.len; k++) {
    const char *name = pa->args.data[k]->name;
    if (!zo_hf_config_has(cfg, name)) continue;
    const char *val = NULL;
    double x;
    if (is_dtype) {
      const char *s = zo_hf_config_string(cfg, name);
      val = s ? dtype_from_config(s) : NULL;
    } else if (dflt && dflt->kind == AST_STR) {
      val = zo_hf_config_string(cfg, name);   /* a string parameter: `act = "silu" from "hidden_act"` */
    } else if (zo_hf_config_number(cfg, name, &x) && isfinite(x)) {
      if (x == floor(x) && fabs(x) < 9007199254740992.0) snprintf(buf, n, "%lld", (long long)x);
      else snprintf(buf, n, "%.17g", x);
      val = buf;
    }
    if (!val) continue;   /* another kind of value (null, a string for a number): try the next key */
    if (key) *key = name;
    return val;
  }
  return NULL;
}

int zo_config_defines(const Program *p, const char *model, const HfConfig *cfg, DefineVec *out) {
  const Ast *md = find_model(p, model);
  if (!md) return 0;
  int added = 0;
  for (int i = 0; i < md->params.len; i++) {
    char buf[64];
    const char *val = zo_config_param_value(md->params.data[i], cfg, buf, sizeof buf, NULL);
    if (!val) continue;   /* no key there: the default stands */
    zo_define_push(out, md->params.data[i]->name, val);
    added++;
  }
  return added;
}
