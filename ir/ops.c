/* ops.c — the op tables, built from the X-macro list in ops.h. The attribute
 * spec strings ("heads,theta=10000") are parsed once, on first use. */
#include "ir/ops.h"

#include <stdlib.h>
#include <string.h>

#include "support/support.h"

static const struct {
  const char *name;
  int ntensors;
  const char *attrs;
  unsigned flags;
} op_rows[] = {
#define X(e, s, n, a, f) {s, n, a, f},
  ZO_OPS(X)
#undef X
};
_Static_assert(ZO_COUNT(op_rows) == ZO_OP_COUNT, "one row per op");

static OpInfo infos[ZO_OP_COUNT];
static char attr_names[ZO_OP_COUNT][ZO_MAX_ATTRS][24];
static int ready;

static void init(void) {
  for (int op = 0; op < ZO_OP_COUNT; op++) {
    OpInfo *in = &infos[op];
    in->name = op_rows[op].name;
    in->ntensors = op_rows[op].ntensors;
    in->flags = op_rows[op].flags;
    const char *s = op_rows[op].attrs;
    while (*s) {
      ZO_ASSERT(in->nattrs < ZO_MAX_ATTRS);
      in->attr_quiet[in->nattrs] = *s == '?';
      if (*s == '?') s++;
      const char *end = strchr(s, ',');
      if (!end) end = s + strlen(s);
      const char *eq = memchr(s, '=', (size_t)(end - s));
      const char *name_end = eq ? eq : end;
      ZO_ASSERT(name_end - s < 24);
      char *dst = attr_names[op][in->nattrs];
      memcpy(dst, s, (size_t)(name_end - s));
      dst[name_end - s] = 0;
      in->attr[in->nattrs] = dst;
      in->attr_required[in->nattrs] = eq == NULL;
      in->attr_default[in->nattrs] = eq ? strtod(eq + 1, NULL) : 0;
      in->nattrs++;
      s = *end ? end + 1 : end;
    }
  }
  ready = 1;
}

const OpInfo *zo_op_info(Op op) {
  ZO_ASSERT((unsigned)op < ZO_OP_COUNT);
  if (!ready) init();
  return &infos[op];
}

const char *zo_op_name(Op op) { return zo_op_info(op)->name; }

Op zo_op_lookup(const char *name) {
  for (int op = 0; op < ZO_OP_COUNT; op++)
    if ((zo_op_info(op)->flags & ZO_OPF_CALLABLE) && strcmp(infos[op].name, name) == 0) return (Op)op;
  return ZO_OP_COUNT;
}

int zo_op_callable_names(const char **names, int max) {
  int n = 0;
  for (int op = 0; op < ZO_OP_COUNT && n < max; op++)
    if (zo_op_info(op)->flags & ZO_OPF_CALLABLE) names[n++] = infos[op].name;
  return n;
}
