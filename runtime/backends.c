/* backends.c — the backends built into this zoc, by name. */
#include <string.h>

#include "runtime/exec.h"

extern const Backend zo_backend_ref;
extern const Backend zo_backend_cuda;
#ifdef ZOC_HAVE_LLVM
extern const Backend zo_backend_cpu;
#endif

static const Backend *const backends[] = {
#ifdef ZOC_HAVE_LLVM
  &zo_backend_cpu,
#endif
  &zo_backend_ref,
  &zo_backend_cuda,
};

const Backend *zo_backend(const char *name) {
  for (size_t i = 0; i < sizeof backends / sizeof *backends; i++)
    if (strcmp(backends[i]->name, name) == 0) return backends[i];
  return NULL;
}
