/* data.h — task data for training: prompt templates (tasks/NAME.json, described
 * in docs/tasks.md), JSONL datasets rendered and tokenized with them, and the
 * MeZO sampling protocol.
 *
 * A Task is a template read from a JSON data file: a prompt pattern with
 * {field} placeholders, per-field transforms (strip, capitalise, append "?"),
 * and either candidates with the label values each stands for
 * (classification) or a target pattern and the gold-answer field
 * (generation).  The built-in tasks are MeZO's (ANCHORS.md): sst2, rte, cb,
 * boolq, squad.
 *
 * Tokenization follows MeZO's encode_prompt(): the prompt is tokenized with
 * the tokenizer's special tokens (a leading BOS where it adds one); a
 * candidate's tokens are the tokens that prompt+candidate has after the
 * prompt's own tokens (see data.c for when that is not a prefix). */
#ifndef ZOC_DATA_H
#define ZOC_DATA_H

#include <stdbool.h>
#include <stdint.h>

#include "runtime/tokenizer.h"

typedef struct Example {           /* one rendered, tokenized example */
  int32_t *prompt; int nprompt;    /* prompt ids (BOS included when the tokenizer adds one) */
  int ncand;                       /* classification: number of candidates (>= 2); generation: 1 */
  int32_t **cand; int *ncand_tok;  /* candidate continuations' ids (for generation: the gold answer ids incl. the trailing newline); each >= 1 token */
  int label;                       /* index of the correct candidate; generation: 0 */
  char **answers; int nanswers;    /* generation (SQuAD): all gold answer strings, for F1/EM; classification: NULL, 0 */
  int line;                        /* the record's line in its JSONL file (1-based) */
} Example;

typedef struct Task Task;          /* a template: how to render a JSONL record */

/* "sst2", "rte", "cb", "boolq", "squad" (case, '-' and '_' ignored: "SST-2"
 * works), or the path of a template file (anything with a '/' or ending in
 * .json).  A name NAME is the file NAME.json in the first of: $ZOC_TASKS_DIR,
 * ./tasks, the source tree's tasks/, tasks/ beside or above the executable.
 * NULL after zo_env_error naming the file and the problem. */
Task *zo_task_load(const char *name_or_path);
void zo_task_free(Task *t);                        /* NULL is fine */
bool zo_task_is_generation(const Task *);
const char *zo_task_name(const Task *);
const char *zo_task_path(const Task *);            /* the file it was read from */
/* Classification: the number of candidates; generation: 1. */
int zo_task_num_candidates(const Task *);

typedef struct Dataset {
  Example *ex; int n;
  char *path;                      /* the JSONL file (borrowed by views) */
  bool view;                       /* made by zo_dataset_sample: ex[] shares the examples' arrays */
} Dataset;

/* Each non-blank line of a JSON Lines file, parsed, to fn(obj, where, line,
 * ctx): obj is borrowed, where is "PATH:LINE" for messages. A line holding a
 * NUL byte, bad JSON or a value that is not an object ("expected a JSON
 * object SHAPE") is an error. Stops at the first -1 from fn. 0, or -1 after
 * a message naming the file and line; *nlines gets the lines read. */
struct json_t;
int zo_jsonl_each(const char *path, const char *shape,
                  int (*fn)(struct json_t *obj, const char *where, int line, void *ctx), void *ctx, int *nlines);

/* Reads JSONL (one record per line; blank lines skipped) and renders/tokenizes
 * every record with the task.  Errors name FILE:LINE and the problem (bad
 * JSON, not an object, missing field, label not in the task's label set, no
 * gold answer, a candidate with no tokens, empty file) → -1 and *out empty. */
int zo_dataset_load(const Task *, const Tokenizer *, const char *jsonl_path, Dataset *out);
/* Frees a loaded dataset, or only the array of a view. */
void zo_dataset_free(Dataset *);

/* MeZO protocol: the permutation np.random.seed(seed); np.random.permutation(n)
 * of numpy's legacy generator (MT19937; a seed >= 2^32 seeds it as the array
 * [seed & 0xffffffff, seed >> 32]); OUT gets the examples at positions
 * skip_first .. skip_first+n-1 of it, in that order.  So train =
 * sample(all, ntrain, seed, 0) and dev = sample(all, ndev, seed, ntrain) are
 * disjoint and are the same examples MeZO picks from a file in the same order
 * (zo_dataset_split below also gets MeZO's split when the file is short);
 * test = sample(eval, ntest, seed, 0), the same seed as MeZO's run.py uses.
 * Fewer available → takes all there are
 * and says so on stderr; n < 0 takes all after skip_first.  OUT is a view
 * (shares the examples with ALL, which must outlive it); free it with
 * zo_dataset_free.  Returns the number taken. */
int zo_dataset_sample(const Dataset *all, int n, uint64_t seed, int skip_first, Dataset *out);
/* MeZO's train/dev split (run.py): the first min(N, ntrain+ndev) examples of
 * the permutation, of which the last ndev are dev and the rest train.  With
 * enough examples that is train = sample(all, ntrain, seed, 0) and dev =
 * sample(all, ndev, seed, ntrain); with fewer, dev keeps up to ndev examples
 * and train shrinks, as in MeZO (a note on stderr says so).  ndev = 0 gives no
 * dev set (MeZO's num_dev=None).  TRAIN and DEV are views of ALL, as above.
 * Returns the number of train examples. */
int zo_dataset_split(const Dataset *all, int ntrain, int ndev, uint64_t seed, Dataset *train, Dataset *dev);
/* The same as zo_dataset_load followed by zo_dataset_sample / _split (the
 * same examples in the same order, and any bad record in the file still fails
 * the load), but only the records taken are tokenized, so a large file (SQuAD
 * train: 88k records) costs a parse, not a tokenization of all of it.  OUT,
 * TRAIN and DEV own their examples (not views).  Return the number taken (the
 * train count), or -1 after zo_env_error as zo_dataset_load. */
int zo_dataset_load_sample(const Task *, const Tokenizer *, const char *jsonl_path, int n, uint64_t seed,
                           int skip_first, Dataset *out);
int zo_dataset_load_split(const Task *, const Tokenizer *, const char *jsonl_path, int ntrain, int ndev,
                          uint64_t seed, Dataset *train, Dataset *dev);
/* The permutation itself (for tests): perm[0..n-1], malloc'd. */
int *zo_dataset_permutation(int n, uint64_t seed);

/* The prompt text of one JSON record (for tests and --show-prompts); *label_out
 * (if not NULL) gets the index of the correct candidate (generation: 0).
 * malloc'd; NULL after zo_env_error. */
char *zo_task_render_prompt(const Task *, const char *json_record_text, int *label_out);
/* The text of candidate I for that record (generation: I = 0, the target with
 * the first gold answer, e.g. " Denver Broncos\n").  malloc'd; NULL + message. */
char *zo_task_render_candidate(const Task *, const char *json_record_text, int i);

/* metrics (SQuAD F1 / EM) are declared in runtime/metrics.h */
#include "runtime/metrics.h"

#endif
