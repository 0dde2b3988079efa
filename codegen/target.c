/* target.c — the device options' table and what reads it (see target.h):
 * parsing `NAME=VALUE`, the auto values a device decides, the print. */
#include "codegen/target.h"

#include <stddef.h>
#include <string.h>

static const char *const v_matmul[] = {"f32", "mma", "wgmma", NULL};
static const char *const v_bool[] = {"0", "1", NULL};
static const char *const v_update[] = {"device", "host", NULL};
static const char *const v_lowbit[] = {"f16", "native", NULL};

#define OFF(f) offsetof(ZoTarget, f)
const ZoTargetInfo zo_target_info[ZO_T_COUNT] = {
  [ZO_T_MATMUL] = {"matmul", v_matmul, true, ZO_AUTO, ZO_TB_CUDA, OFF(matmul),
                   "the matmuls: f32 (plain FMA, exact to f32 rounding: the reference's arithmetic), mma (mma.sync "
                   "tensor cores, sm_80 on), wgmma (Hopper's, sm_90a); auto: wgmma where the GPU has it, else mma"},
  [ZO_T_TMA] = {"tma", v_bool, true, ZO_AUTO, ZO_TB_CUDA, OFF(tma),
                "wgmma's operands: 1 by the copy engine (TMA) on mbarriers, 4 stages; 0 by cp.async, 3 stages, a "
                "barrier a k step (for a driver without cuTensorMapEncodeTiled); auto: 1 where the driver has it"},
  [ZO_T_OVERLAP] = {"overlap", v_bool, false, 1, ZO_TB_CUDA, OFF(overlap),
                    "1: the tensor-core paths' dequants and zfills on a second stream beside the matmuls, the dequant "
                    "scratch in two banks; 0: one stream, one bank (less device memory: 180 MB for a 7B)"},
  [ZO_T_GRAPH] = {"graph", v_bool, false, 1, ZO_TB_CUDA, OFF(graph),
                  "1: each forward captured as a CUDA graph once and replayed; 0: plain launches (for Nsight Compute, "
                  "compute-sanitizer)"},
  [ZO_T_PROFILE] = {"profile", v_bool, false, 0, ZO_TB_CPU | ZO_TB_CUDA, OFF(profile),
                    "1: every launch synchronized and timed, the time per kernel function printed at close (cuda: one "
                    "stream, no graph)"},
  [ZO_T_UPDATE] = {"update", v_update, false, ZO_UPD_DEVICE, ZO_TB_CUDA, OFF(update),
                   "where training updates the trained tensors: device (the GPU), host (the CPU, the perturbed "
                   "storages copied to the GPU after each step: a check of the device's, the same bytes)"},
  [ZO_T_LOWBIT] = {"lowbit", v_lowbit, false, 1, ZO_TB_CUDA, OFF(lowbit),
                   "the wgmma matmuls of a low-precision forward (recipe setting forward = fp8 | int8): native (the "
                   "fp8 e4m3 / int8 tensor cores, one-byte operands) or f16 (the same quantized values on f16's)"},
};
#undef OFF

int zo_target_get(const ZoTarget *t, ZoTargetOpt o) { return *(const int *)((const char *)t + zo_target_info[o].off); }
static void put(ZoTarget *t, ZoTargetOpt o, int v, ZoFrom from) {
  *(int *)((char *)t + zo_target_info[o].off) = v;
  t->from[o] = (unsigned char)from;
}

void zo_target_init(ZoTarget *t) {
  memset(t, 0, sizeof *t);
  for (int o = 0; o < ZO_T_COUNT; o++) put(t, o, zo_target_info[o].dflt, ZO_FROM_DEFAULT);
}

/* "a, b or c" */
static void list_values(StrBuf *b, const ZoTargetInfo *in) {
  int n = 0;
  while (in->values[n]) n++;
  for (int i = 0; i < n + in->autov; i++)
    zo_sb_printf(b, "%s%s", i == 0 ? "" : i == n + in->autov - 1 ? " or " : ", ", i < n ? in->values[i] : "auto");
}

int zo_target_set(ZoTarget *t, const char *arg, StrBuf *err) { return zo_target_set_from(t, arg, ZO_FROM_USER, err); }

int zo_target_set_from(ZoTarget *t, const char *arg, ZoFrom from, StrBuf *err) {
  const char *who = from == ZO_FROM_RECIPE ? "target" : "--target";
  const char *eq = strchr(arg, '=');
  const char *names[ZO_T_COUNT];
  for (int o = 0; o < ZO_T_COUNT; o++) names[o] = zo_target_info[o].name;
  if (!eq || eq == arg || !eq[1]) {
    zo_sb_printf(err, "%s needs NAME=VALUE, got '%s' (the options: ", who, arg);
    for (int o = 0; o < ZO_T_COUNT; o++) zo_sb_printf(err, "%s%s", o ? ", " : "", names[o]);
    zo_sb_puts(err, ")");
    return -1;
  }
  char name[64];
  snprintf(name, sizeof name, "%.*s", (int)(eq - arg < 63 ? eq - arg : 63), arg);
  for (int o = 0; o < ZO_T_COUNT; o++) {
    const ZoTargetInfo *in = &zo_target_info[o];
    if (strcmp(in->name, name) != 0) continue;
    if (in->autov && strcmp(eq + 1, "auto") == 0) {
      put(t, o, ZO_AUTO, from);
      return 0;
    }
    for (int i = 0; in->values[i]; i++)
      if (strcmp(in->values[i], eq + 1) == 0) {
        put(t, o, i, from);
        return 0;
      }
    zo_sb_printf(err, "%s %s takes ", who, name);
    list_values(err, in);
    zo_sb_printf(err, ", not '%s'", eq + 1);
    return -1;
  }
  const char *near = zo_nearest_name(name, names, ZO_T_COUNT);
  zo_sb_printf(err, "%s: no option '%s'", who, name);
  if (near) zo_sb_printf(err, "; did you mean '%s'?", near);
  zo_sb_puts(err, " (the options: ");
  for (int o = 0; o < ZO_T_COUNT; o++) zo_sb_printf(err, "%s%s", o ? ", " : "", names[o]);
  zo_sb_puts(err, ")");
  return -1;
}

void zo_target_apply_recipe(ZoTarget *t, const char *const *args, int n) {
  for (int i = 0; i < n; i++) {
    char name[64];
    snprintf(name, sizeof name, "%.*s", (int)strcspn(args[i], "="), args[i]);
    int o = 0;
    while (o < ZO_T_COUNT && strcmp(zo_target_info[o].name, name) != 0) o++;
    ZO_ASSERT(o < ZO_T_COUNT);
    if (t->from[o] == ZO_FROM_USER) continue;
    StrBuf err = {0};
    ZO_ASSERT(zo_target_set_from(t, args[i], ZO_FROM_RECIPE, &err) == 0);
  }
}

int zo_target_check_backend(const ZoTarget *t, const char *backend, StrBuf *err) {
  const unsigned b = strcmp(backend, "cuda") == 0 ? ZO_TB_CUDA : strcmp(backend, "cpu") == 0 ? ZO_TB_CPU : 0;
  for (int o = 0; o < ZO_T_COUNT; o++) {
    const ZoTargetInfo *in = &zo_target_info[o];
    if (t->from[o] != ZO_FROM_USER || (in->backends & b)) continue;
    zo_sb_printf(err, "--target %s: the %s device has no such choice (%s is read by %s)", in->name, backend, in->name,
                 in->backends == ZO_TB_CUDA ? "--device cuda" : "--device cpu and --device cuda");
    return -1;
  }
  return 0;
}

int zo_target_resolve(ZoTarget *t, bool wgmma_ok, bool tma_ok, const char *device, StrBuf *err) {
  snprintf(t->device, sizeof t->device, "%s", device);
  if (t->matmul == ZO_AUTO) put(t, ZO_T_MATMUL, wgmma_ok ? ZO_MM_WGMMA : ZO_MM_MMA, ZO_FROM_DEVICE);
  if (t->tma == ZO_AUTO) put(t, ZO_T_TMA, tma_ok, ZO_FROM_DEVICE);
  if (t->matmul == ZO_MM_WGMMA && !wgmma_ok) {
    zo_sb_printf(err, "matmul=wgmma needs Hopper's sm_90a, which %s is not (matmul=mma runs there)", device);
    return -1;
  }
  if (t->matmul == ZO_MM_WGMMA && t->tma == 1 && !tma_ok) {
    zo_sb_printf(err, "tma=1 needs a CUDA driver that encodes tensor maps (cuTensorMapEncodeTiled), which %s lacks "
                      "(tma=0 loads wgmma's operands by cp.async)", device);
    return -1;
  }
  return 0;
}

ZoTarget zo_target_default(bool wgmma) {
  ZoTarget t;
  zo_target_init(&t);
  StrBuf err = {0};
  ZO_ASSERT(zo_target_resolve(&t, wgmma, true, wgmma ? "sm_90a" : "sm_90", &err) == 0);
  return t;
}

/* an option that does not change what runs, given the others */
static const char *unused(const ZoTarget *t, int o) {
  if (o == ZO_T_TMA && t->matmul != ZO_MM_WGMMA) return "not read: no wgmma";
  if (o == ZO_T_OVERLAP && t->matmul == ZO_MM_F32) return "not read: no dequant launches on the f32 path";
  if (o == ZO_T_LOWBIT && t->matmul != ZO_MM_WGMMA) return "not read: no wgmma";
  return NULL;
}

void zo_target_print(const ZoTarget *t, FILE *out) {
  fprintf(out, "target options (--target NAME=VALUE; docs/gpu.md):\n");
  for (int o = 0; o < ZO_T_COUNT; o++) {
    const ZoTargetInfo *in = &zo_target_info[o];
    const int v = zo_target_get(t, o);
    char val[80], from[160];
    snprintf(val, sizeof val, "%s=%s", in->name, v == ZO_AUTO ? "auto" : in->values[v]);
    const char *u = unused(t, o);
    snprintf(from, sizeof from, "%s%s%s%s%s", t->from[o] == ZO_FROM_USER     ? "the command line"
             : t->from[o] == ZO_FROM_RECIPE ? "the recipe"
             : t->from[o] == ZO_FROM_DEVICE ? t->device
                                            : "default",
             t->from[o] == ZO_FROM_DEVICE ? " (auto)" : "", u ? " (" : "", u ? u : "", u ? ")" : "");
    fprintf(out, "  %-14s %s\n", val, from);
    /* the help, in lines of at most ~90 columns */
    for (const char *h = in->help; *h;) {
      int n = (int)strlen(h);
      if (n > 88) {
        n = 88;
        while (n > 0 && h[n] != ' ') n--;
        if (n == 0) n = 88;
      }
      fprintf(out, "      %.*s\n", n, h);
      h += n;
      while (*h == ' ') h++;
    }
  }
}
