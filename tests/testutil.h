/* testutil.h — what the Check suites share: fresh random inputs, tolerances,
 * temp dirs, running the zoc binary and the Python oracles, golden files. */
#ifndef ZOC_TESTUTIL_H
#define ZOC_TESTUTIL_H

#include <check.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

/* A seed for this run: fresh each run unless ZOC_TEST_SEED is set; printed so a
 * failure can be replayed. */
uint64_t zt_seed(void);
/* splitmix64 stream for test inputs (not the RNG under test). */
uint64_t zt_next(uint64_t *state);
double zt_uniform(uint64_t *state, double lo, double hi);
void zt_fill_uniform(float *x, size_t n, uint64_t *state, float lo, float hi);

/* ||a - b|| / ||b|| (2-norms; ||a - b|| when b is 0), infinite when a holds
 * a NaN or Inf. */
double zt_normwise(const float *a, const float *b, int64_t n);
/* n lines {"tokens": [...]} of lengths in [lo, hi], ids in [0, V), into path. */
void zt_write_tokens(const char *path, int n, int lo, int hi, int V, uint64_t *state);

/* max |a-b| / (atol + rtol*|b|) over n elements; <= 1 passes. */
double zt_max_err(const float *a, const float *b, size_t n, double atol, double rtol);

/* A new empty directory under $TMPDIR, removed at exit. */
const char *zt_tmpdir(void);
/* Path of a file in the source tree: zt_src("models/llama.zo"). Static buffer rotation (8). */
const char *zt_src(const char *rel);

/* Runs a shell command; captures stdout and stderr (malloc'd, may be NULL args);
 * returns the exit status (or -1 if it did not exit normally). */
int zt_run(const char *cmd, char **out, char **err);
/* Runs `zoc ARGS` (the binary under test). */
int zt_zoc(const char *args, char **out, char **err);
/* Runs the oracle python (tests/py or a script path) with args; returns exit status. */
int zt_python(const char *script_and_args, char **out, char **err);
/* printf into a malloc'd string (commands and paths of a test) */
char *zt_fmt(const char *f, ...) __attribute__((format(printf, 1, 2)));
/* how many times needle occurs in hay, without overlaps (hay NULL: 0) */
int zt_count(const char *hay, const char *needle);

/* Golden files (tests/golden/...): TEXT, what WHAT printed, against the file
 * REL of the source tree, byte for byte. true when equal; else false with
 * *why (malloc'd) naming REL:LINE of the first differing line and both
 * texts. With ZOC_UPDATE_GOLDEN=1 set, TEXT is written there instead (temp +
 * rename) and the answer is true: read the diff before committing it. */
bool zt_golden(const char *rel, const char *text, const char *what, char **why);
/* 0 when GOLDEN and NOW are equal; else the number (from 1) of the first line
 * where they differ, and, when TEXT is not NULL, both lines for a message in
 * *TEXT (malloc'd). */
int zt_diff_line(const char *golden, const char *now, char **text);

/* The "loss" of each line {"loss": L, ...} of TEXT (`zoc loss` and the
 * oracles print them) into loss[0..max); the count. A line without one
 * fails the test. */
int zt_parse_losses(const char *text, double *loss, int max);

/* A fake quantizer folder NAME (under zt_tmpdir) from tests/py/quant_folder.py:
 * SPEC is its JSON object's keys but "seed" (drawn from *s); the oracle's
 * losses of DATA's n lines into want (NULL: not read). The folder's path. */
const char *zt_quant_folder(const char *name, const char *spec, const char *data, uint64_t *s, double *want, int n);
/* `zoc loss MODEL --weights DIR --data DATA EXTRA`: the exit status; on 0
 * its n losses into got (may be NULL); stderr into *err (malloc'd). */
int zt_loss(const char *model, const char *dir, const char *data, const char *extra, double *got, int n, char **err);

/* Runs a suite with CK_NORMAL output; returns the process exit code. */
int zt_run_suite(Suite *s);

#endif
