/* test_cache.c — the on-disk cache of compiled code (support/cache.c) that
 * the CPU backend's objects and the GPU backend's NVRTC images share.
 *
 * Checks, on fresh random payloads and keys: what is put is got back byte for
 * byte; another key misses; past $ZOC_CACHE_MAX_MB a write evicts the least
 * recently used entries (a read counts as a use) down to 80% of the cap and
 * never the entry just written; 0 means no cap; a writer's temp file left
 * from a crash goes once it is an hour old, a fresh one stays; the cache off
 * reads and writes nothing.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "support/cache.h"
#include "support/support.h"
#include "testutil.h"

static const ZoCache C = {.kind = "test", .dir_env = "ZT_CACHE_DIR", .off_env = "ZT_CACHE_OFF"};

static void nap(void) { nanosleep(&(struct timespec){0, 20 * 1000 * 1000}, NULL); }   /* mtimes in order */

static ZoKey key_of(uint64_t i, uint64_t salt) {
  ZoKey k;
  zo_key_init(&k);
  zo_key_add(&k, &i, sizeof i);
  zo_key_add(&k, &salt, sizeof salt);
  return k;
}

static char *payload(size_t n, uint64_t *r) {
  char *p = zo_xmalloc(n);
  for (size_t i = 0; i < n; i++) p[i] = (char)(zt_next(r) >> 56);
  return p;
}

static bool has(ZoKey k, const char *want, size_t n) {
  size_t len = 0;
  char *got = zo_cache_get(&C, k, "bin", &len);
  bool ok = got && len == n && memcmp(got, want, n) == 0;
  ck_assert_msg(!got || ok, "an entry came back with other bytes");
  free(got);
  return ok;
}

static void fresh_dir(const char *name) {
  char dir[1200];
  snprintf(dir, sizeof dir, "%s/%s", zt_tmpdir(), name);
  setenv("ZT_CACHE_DIR", dir, 1);
  unsetenv("ZT_CACHE_OFF");
}

START_TEST(test_round_trip_and_lru) {
  uint64_t r = zt_seed() ^ 0xcac4e, salt = zt_next(&r);
  fresh_dir("lru");
  setenv("ZOC_CACHE_MAX_MB", "1", 1);
  const size_t n = 300 * 1024;
  char *p[5];
  for (int i = 0; i < 5; i++) p[i] = payload(n + (size_t)i, &r);
  /* three entries (0.9 MB): under the cap, all kept; another key misses */
  for (int i = 0; i < 3; i++) {
    zo_cache_put(&C, key_of((uint64_t)i, salt), "bin", p[i], n + (size_t)i);
    nap();
  }
  for (int i = 0; i < 3; i++) ck_assert_msg(has(key_of((uint64_t)i, salt), p[i], n + (size_t)i), "entry %d is missing", i);
  ck_assert(!has(key_of(99, salt), p[0], n));
  nap();
  /* entry 0 read last: the most recently used; the fourth write (1.2 MB) goes
     past the cap and evicts the two least recently used, 1 and 2 (0.6 MB left) */
  ck_assert(has(key_of(0, salt), p[0], n));
  nap();
  zo_cache_put(&C, key_of(3, salt), "bin", p[3], n + 3);
  ck_assert_msg(has(key_of(0, salt), p[0], n), "the most recently read entry was evicted");
  ck_assert_msg(!has(key_of(1, salt), p[1], n + 1) && !has(key_of(2, salt), p[2], n + 2), "the least recently used entries stayed");
  ck_assert_msg(has(key_of(3, salt), p[3], n + 3), "the entry just written was evicted");
  /* no cap: nothing goes */
  setenv("ZOC_CACHE_MAX_MB", "0", 1);
  for (int i = 0; i < 5; i++) zo_cache_put(&C, key_of(10 + (uint64_t)i, salt), "bin", p[i], n + (size_t)i);
  for (int i = 0; i < 5; i++) ck_assert(has(key_of(10 + (uint64_t)i, salt), p[i], n + (size_t)i));
  unsetenv("ZOC_CACHE_MAX_MB");
  for (int i = 0; i < 5; i++) free(p[i]);
}
END_TEST

START_TEST(test_stale_temp_files_and_off) {
  uint64_t r = zt_seed() ^ 0x7e3b, salt = zt_next(&r);
  fresh_dir("tmp");
  char *p = payload(1000, &r);
  zo_cache_put(&C, key_of(1, salt), "bin", p, 1000);   /* makes the folder */
  char dir[1200], old[1400], young[1400];
  zo_cache_dir(&C, dir, sizeof dir);
  snprintf(old, sizeof old, "%s/%016llx%016llx.bin.tmp.4242", dir, (unsigned long long)zt_next(&r), (unsigned long long)zt_next(&r));
  snprintf(young, sizeof young, "%s/%016llx%016llx.bin.tmp.4343", dir, (unsigned long long)zt_next(&r), (unsigned long long)zt_next(&r));
  FILE *fp = fopen(old, "w");
  ck_assert(fp && fputs("half", fp) >= 0 && fclose(fp) == 0);
  fp = fopen(young, "w");
  ck_assert(fp && fputs("half", fp) >= 0 && fclose(fp) == 0);
  struct timespec two_hours_ago[2] = {{time(NULL) - 7200, 0}, {time(NULL) - 7200, 0}};
  ck_assert(utimensat(AT_FDCWD, old, two_hours_ago, 0) == 0);
  zo_cache_put(&C, key_of(2, salt), "bin", p, 1000);
  ck_assert_msg(access(old, F_OK) != 0, "a temp file two hours old stayed");
  ck_assert_msg(access(young, F_OK) == 0, "a fresh temp file (a writer at work) was removed");
  ck_assert(has(key_of(1, salt), p, 1000) && has(key_of(2, salt), p, 1000));
  /* off: nothing read, nothing written */
  setenv("ZT_CACHE_OFF", "1", 1);
  ck_assert(!has(key_of(1, salt), p, 1000));
  zo_cache_put(&C, key_of(3, salt), "bin", p, 1000);
  unsetenv("ZT_CACHE_OFF");
  ck_assert(!has(key_of(3, salt), p, 1000));
  free(p);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("cache");
  TCase *c = tcase_create("cache");
  tcase_add_test(c, test_round_trip_and_lru);
  tcase_add_test(c, test_stale_temp_files_and_off);
  suite_add_tcase(s, c);
  return s;
}

int main(void) { return zt_run_suite(suite()); }
