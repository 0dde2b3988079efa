// fuzz_parse.c — libFuzzer target for the front end: any bytes in, a
// Program out, and nothing may crash, hang, leak or overflow the stack.
//
// Build (CMake: -DZOC_FUZZ=ON with CC=clang), or by hand against the sources,
// with BUILD holding flex's and bison's output:
//   clang -g -O1 -fsanitize=fuzzer,address,undefined -I. -IBUILD tests/fuzz/fuzz_parse.c \
//     frontend/*.c BUILD/lexer.c BUILD/parser.c support/support.c -lm -o fuzz_parse
//   mkdir -p work && ./fuzz_parse -max_total_time=600 work tests/fuzz/corpus
// scripts/fuzz.sh does both. Seeds: tests/fuzz/corpus (the bundled models
// and the diagnostics cases). An input it finds that crashes, hangs or leaks
// becomes a test: tests/diag/fuzz_*.zo (exact message) or
// tests/fuzz/regress/ (tests/test_cli.c, fuzz_regressions).
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "frontend/ast.h"

#include "passes/passes.h"

/* a program that parsed goes through the checker: every model and recipe
   through the whole pipeline (lowering, inference, unrolling, the passes and
   the verifier between them), as `zoc check` runs it */
void zo_fuzz_after_parse(Program *p) {
  if (zo_diag_count() == 0) zo_check_program(p, NULL, 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static FILE *devnull;
  if (!devnull) devnull = fopen("/dev/null", "w");
  zo_diag_set_stream(devnull);  /* diagnostics are expected; printing them only slows the run */
  zo_diag_reset();
  Program *p = zo_parse_string("fuzz.zo", (const char *)data, size);
  zo_fuzz_after_parse(p);
  zo_program_free(p);
  return 0;
}
