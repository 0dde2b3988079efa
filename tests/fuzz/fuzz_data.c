// fuzz_data.c — libFuzzer target for the data lines a user gives `zoc train`
// and `zoc eval`: JSONL records rendered through a task's template and
// tokenized (runtime/data.c), the lm task's {"tokens": [...]} lines
// (zo_lm_load, runtime/train.c), and a user's TEMPLATE.json; then the items
// training makes of them, checked and cut as `--max-len` does
// (zo_items_check), and SQuAD's F1/EM on the gold answers.
//
// The input: byte 0 picks what reads the rest ('0'..'4' the bundled sst2,
// rte, cb, boolq, squad templates; '5' a user template, the first line of
// the rest, with the records after it; '6' lm token lines; other bytes count
// mod 7 from '0'), byte 1 picks the loader and its numbers (all records, a
// seeded sample, MeZO's train/dev split; how many; --max-len), and the rest
// is the file. The files go to the loaders
// as /proc/self/fd/N of a memfd: the loaders take paths, so they run as they
// do on a user's file, including how they open and read it, with nothing
// written to disk. The tokenizer is tests/data/tok/gpt2.json (1003 ids).
//
// Built and run by scripts/fuzz.sh (seeds: tests/fuzz/corpus_data;
// dictionary: tests/fuzz/data.dict). A finding becomes a file in
// tests/fuzz/regress/fuzz_data/ and a case in tests/test_data.c.
#define _GNU_SOURCE
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "runtime/data.h"
#include "runtime/metrics.h"
#include "runtime/tokenizer.h"
#include "runtime/train.h"

#define CHECK(c) do { if (!(c)) { fprintf(stderr, "fuzz_data: check failed: %s\n", #c); abort(); } } while (0)

static const char *const task_names[] = {"sst2", "rte", "cb", "boolq", "squad"};
static Task *tasks[5];
static Tokenizer *tok;
static int fd_data, fd_template;
static char path_data[64], path_template[64];

static int memfd(const char *name, char *path, size_t cap) {
  int fd = memfd_create(name, MFD_CLOEXEC);
  if (fd < 0) {
    perror("fuzz_data: memfd_create");
    exit(1);
  }
  snprintf(path, cap, "/proc/self/fd/%d", fd);
  return fd;
}

static void put(int fd, const uint8_t *p, size_t n) {
  if (ftruncate(fd, 0) != 0 || (n && pwrite(fd, p, n, 0) != (ssize_t)n)) {
    perror("fuzz_data: writing a memfd");
    exit(1);
  }
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc, (void)argv;
  for (int i = 0; i < 5; i++)
    if (!(tasks[i] = zo_task_load(task_names[i]))) exit(1);
  if (!(tok = zo_tok_load(ZOC_SOURCE_DIR "/tests/data/tok/gpt2.json"))) exit(1);
  fd_data = memfd("data.jsonl", path_data, sizeof path_data);
  fd_template = memfd("template.json", path_template, sizeof path_template);
  /* the loaders must read a memfd through its path as they read a file */
  put(fd_data, (const uint8_t *)"{}\n", 3);
  size_t len = 0;
  char *back = zo_read_file(path_data, &len);
  if (!back || len != 3) {
    fprintf(stderr, "fuzz_data: cannot read a memfd back through %s\n", path_data);
    exit(1);
  }
  free(back);
  return 0;
}

static volatile double sink;

/* What training does with the examples: items, checked and cut to MAX_LEN. */
static void use_examples(const Task *t, const Dataset *d, int64_t max_len) {
  bool gen = zo_task_is_generation(t);
  int vocab = zo_tok_vocab_size(tok);
  ZoItems items = {0};
  for (int i = 0; i < d->n; i++) {
    const Example *e = &d->ex[i];
    CHECK(e->ncand == zo_task_num_candidates(t) && e->label >= 0 && e->label < e->ncand);
    CHECK(e->nprompt >= 0 && e->line >= 1);
    for (int k = 0; k < e->nprompt; k++) CHECK(e->prompt[k] >= 0 && e->prompt[k] < vocab);
    for (int c = 0; c < e->ncand; c++) {
      CHECK(e->ncand_tok[c] >= 1);
      for (int k = 0; k < e->ncand_tok[c]; k++) CHECK(e->cand[c][k] >= 0 && e->cand[c][k] < vocab);
    }
    if (gen) {
      CHECK(e->nanswers >= 1);
      /* as evaluation scores a greedy decoding: here the gold tokens, decoded */
      char *pred = zo_tok_decode(tok, e->cand[0], e->ncand_tok[0], true, NULL);
      double f1 = zo_squad_f1(pred, (const char *const *)e->answers, e->nanswers);
      double em = zo_squad_em(pred, (const char *const *)e->answers, e->nanswers);
      CHECK(f1 >= 0 && f1 <= 1 && (em == 0 || em == 1));
      sink += f1 + em;
      free(pred);
    }
    ZoItem it = gen ? zo_item_gen(e->prompt, e->nprompt, e->cand[0], e->ncand_tok[0], e->nanswers,
                                  (const char *const *)e->answers)
                    : zo_item_class(e->prompt, e->nprompt, e->ncand, (const int32_t *const *)e->cand, e->ncand_tok,
                                    e->label);
    it.line = e->line;
    zo_items_push(&items, it);
  }
  zo_items_check(&items, vocab, max_len, path_data);
  zo_items_free(&items);
}

static void run_task(const Task *t, unsigned p, int64_t max_len) {
  int n = (int)((p >> 2) % 5) - 1;      /* -1: all */
  uint64_t seed = p >> 4;
  Dataset all = {0}, a = {0}, b = {0};
  switch (p % 3) {
  case 0:
    if (zo_dataset_load(t, tok, path_data, &all) == 0) {
      use_examples(t, &all, max_len);
      zo_dataset_split(&all, n, 1, seed, &a, &b);
      use_examples(t, &a, max_len);
      zo_dataset_free(&a);
      zo_dataset_free(&b);
      zo_dataset_sample(&all, n, seed, 1, &a);
      use_examples(t, &a, max_len);
      zo_dataset_free(&a);
      zo_dataset_free(&all);
    }
    break;
  case 1:
    if (zo_dataset_load_sample(t, tok, path_data, n, seed, (int)(p >> 6) % 3, &a) >= 0) {
      use_examples(t, &a, max_len);
      zo_dataset_free(&a);
    }
    break;
  default:
    if (zo_dataset_load_split(t, tok, path_data, n, (int)(p >> 6) % 3, seed, &a, &b) >= 0) {
      use_examples(t, &a, max_len);
      use_examples(t, &b, max_len);
      zo_dataset_free(&a);
      zo_dataset_free(&b);
    }
  }
}

static void run_lm(unsigned p, int64_t max_len) {
  static const int64_t vocabs[] = {1024, 1003, 50257, 2};
  int64_t vocab = vocabs[p % 4];
  ZoItems items = {0};
  if (zo_lm_load(path_data, vocab, &items) == 0) {
    for (int i = 0; i < items.n; i++) {
      const ZoItem *it = &items.it[i];
      CHECK(it->nrows == 1 && it->rows[0].n >= 2);
      for (int64_t k = 0; k < it->rows[0].n; k++)
        CHECK(it->rows[0].tok[k] >= 0 && it->rows[0].tok[k] < vocab && it->rows[0].tgt[k] >= -1 &&
              it->rows[0].tgt[k] < vocab);
    }
    zo_items_check(&items, vocab, max_len, path_data);
  }
  zo_items_free(&items);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 2) return 0;
  unsigned mode = (uint8_t)(data[0] - '0') % 7, p = data[1];   /* '0'..'6' read as they look */
  static const int64_t max_lens[] = {0, 4, 16, 64};
  int64_t max_len = max_lens[(p >> 3) % 4];
  const uint8_t *rest = data + 2;
  size_t n = size - 2;
  if (mode < 5) {
    put(fd_data, rest, n);
    run_task(tasks[mode], p, max_len);
  } else if (mode == 5) {
    const uint8_t *nl = memchr(rest, '\n', n);
    size_t tl = nl ? (size_t)(nl - rest) : n;
    put(fd_template, rest, tl);
    put(fd_data, rest + tl, n - tl);
    Task *t = zo_task_load(path_template);
    if (t) {
      run_task(t, p, max_len);
      zo_task_free(t);
    }
  } else {
    put(fd_data, rest, n);
    run_lm(p, max_len);
  }
  return 0;
}
