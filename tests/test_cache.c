/* test_cache.c — the on-disk caches of compiled code (support/cache.c) that
 * the CPU backend's objects and the GPU backend's NVRTC images share, and
 * what zoc does with a bad entry or a folder it must not trust.
 *
 * On fresh random payloads and keys, through the library: what is put is
 * got back byte for byte; another key misses; past $ZOC_CACHE_MAX_MB a write
 * evicts the least recently used entries (a read counts as a use) down to
 * 80% of the cap and never the entry just written; 0 means no cap; a
 * writer's temp file left from a crash goes once it is an hour old, a fresh
 * one stays; the cache off reads and writes nothing. SHA-256 against
 * Python's hashlib; the key's text (short parts verbatim, long ones as a
 * digest) and the entry's name from it. A new folder and its missing parents
 * are made 0700, an entry 0600. A folder of mode 0777 or 0770, one under a
 * parent writable by others and not sticky, or (as root) one owned by
 * another uid is refused with one note and not touched (a sticky parent
 * like /tmp is fine). Symlinks planted at every temp name a write may use,
 * and at the entry's own name, are never followed. A FIFO at an entry's path
 * is a miss, not a hang (an alarm fails the test instead). An entry copied
 * under another key, a damaged one, one of another owner: misses, removed.
 * HOME and XDG_CACHE_HOME unset: the passwd home, never a /tmp path. Two
 * threads writing and reading the same keys.
 *
 * Through the command line (`zoc loss` on a small random tiny model, the
 * cache folder in $ZOC_CPU_CACHE): a valid entry of another program copied
 * over this one's, an entry of this key holding another program's object
 * (LLVM cannot find the kernels in it), a folder made 0777, and as root a
 * folder that uid 65534 made first (setpriv): each run exits 0 with the
 * cold run's loss, says what it did in a note naming the cache, and the
 * runs after it are served from the cache again where it is usable. On a
 * GPU the same for the NVRTC cache (`--device cuda`: an image the driver
 * rejects, one that lacks the kernels); without one that case says so and
 * is skipped, as is the other-uid case when not root.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <pwd.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <dirent.h>

#include "support/cache.h"
#include "support/support.h"
#include "runtime/cuda_rt.h"
#include "testutil.h"

static const ZoCache C = {.kind = "test", .dir_env = "ZT_CACHE_DIR", .off_env = "ZT_CACHE_OFF"};

static void nap(void) { nanosleep(&(struct timespec){0, 20 * 1000 * 1000}, NULL); }   /* mtimes in order */

/* a key of three parts: a number, a salt, and a long random text (kept as a digest) */
static ZoKey key_of(uint64_t i, uint64_t salt) {
  ZoKey k;
  zo_key_init(&k);
  char b[2100];
  snprintf(b, sizeof b, "%llu", (unsigned long long)i);
  zo_key_add_part(&k, "id", b);
  snprintf(b, sizeof b, "%016llx", (unsigned long long)salt);
  zo_key_add_part(&k, "salt", b);
  uint64_t r = salt ^ i;
  for (int j = 0; j < 2000; j++) b[j] = (char)('a' + zt_next(&r) % 26);
  b[2000] = 0;
  zo_key_add_part(&k, "source", b);
  return k;
}

static char *payload(size_t n, uint64_t *r) {
  char *p = zo_xmalloc(n);
  for (size_t i = 0; i < n; i++) p[i] = (char)(zt_next(r) >> 56);
  return p;
}

static void put(uint64_t i, uint64_t salt, const void *p, size_t n) {
  ZoKey k = key_of(i, salt);
  zo_cache_put(&C, &k, "bin", p, n);
  zo_key_free(&k);
}

static bool has(uint64_t i, uint64_t salt, const char *want, size_t n) {
  ZoKey k = key_of(i, salt);
  size_t len = 0;
  char *got = zo_cache_get(&C, &k, "bin", &len);
  zo_key_free(&k);
  bool ok = got && len == n && memcmp(got, want, n) == 0;
  ck_assert_msg(!got || ok, "an entry came back with other bytes");
  free(got);
  return ok;
}

/* the entry's path for key (i, salt) */
static void entry_path(const char *dir, uint64_t i, uint64_t salt, char *out, size_t n) {
  ZoKey k = key_of(i, salt);
  char name[64];
  zo_cache_entry_name(&C, &k, "bin", name);
  zo_key_free(&k);
  snprintf(out, n, "%s/%s", dir, name);
}

static void fresh_dir(const char *name, char *dir, size_t n) {
  snprintf(dir, n, "%s/%s", zt_tmpdir(), name);
  setenv("ZT_CACHE_DIR", dir, 1);
  unsetenv("ZT_CACHE_OFF");
}

static int count_files(const char *dir, const char *containing) {
  DIR *d = opendir(dir);
  if (!d) return 0;
  int n = 0;
  for (struct dirent *e; (e = readdir(d));)
    if (e->d_name[0] != '.' && (!containing || strstr(e->d_name, containing))) n++;
  closedir(d);
  return n;
}

static char *slurp(const char *path, size_t *len) {
  FILE *fp = fopen(path, "rb");
  ck_assert_msg(fp, "cannot read %s", path);
  StrBuf sb = {0};
  char chunk[65536];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
    for (size_t i = 0; i < n; i++) zo_sb_putc(&sb, chunk[i]);
  }
  fclose(fp);
  if (len) *len = sb.len;
  return zo_sb_take(&sb);
}

static void spit(const char *path, const void *p, size_t n) {
  FILE *fp = fopen(path, "wb");
  ck_assert_msg(fp && fwrite(p, 1, n, fp) == n && fclose(fp) == 0, "cannot write %s", path);
}

/* stderr of this process into a file between grab() and ungrab() */
static int grab(const char *path) {
  fflush(stderr);
  int saved = dup(2), fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  ck_assert(saved >= 0 && fd >= 0 && dup2(fd, 2) == 2);
  close(fd);
  return saved;
}

static char *ungrab(int saved, const char *path) {
  fflush(stderr);
  ck_assert(dup2(saved, 2) == 2);
  close(saved);
  return slurp(path, NULL);
}

START_TEST(test_round_trip_and_lru) {
  uint64_t r = zt_seed() ^ 0xcac4e, salt = zt_next(&r);
  char dir[1200];
  fresh_dir("lru", dir, sizeof dir);
  setenv("ZOC_CACHE_MAX_MB", "1", 1);
  const size_t n = 300 * 1024;
  char *p[5];
  for (int i = 0; i < 5; i++) p[i] = payload(n + (size_t)i, &r);
  /* three entries (0.9 MB): under the cap, all kept; another key misses */
  for (int i = 0; i < 3; i++) {
    put((uint64_t)i, salt, p[i], n + (size_t)i);
    nap();
  }
  for (int i = 0; i < 3; i++) ck_assert_msg(has((uint64_t)i, salt, p[i], n + (size_t)i), "entry %d is missing", i);
  ck_assert(!has(99, salt, p[0], n));
  nap();
  /* entry 0 read last: the most recently used; the fourth write (1.2 MB) goes
     past the cap and evicts the two least recently used, 1 and 2 (0.6 MB left) */
  ck_assert(has(0, salt, p[0], n));
  nap();
  put(3, salt, p[3], n + 3);
  ck_assert_msg(has(0, salt, p[0], n), "the most recently read entry was evicted");
  ck_assert_msg(!has(1, salt, p[1], n + 1) && !has(2, salt, p[2], n + 2), "the least recently used entries stayed");
  ck_assert_msg(has(3, salt, p[3], n + 3), "the entry just written was evicted");
  /* no cap: nothing goes */
  setenv("ZOC_CACHE_MAX_MB", "0", 1);
  for (int i = 0; i < 5; i++) put(10 + (uint64_t)i, salt, p[i], n + (size_t)i);
  for (int i = 0; i < 5; i++) ck_assert(has(10 + (uint64_t)i, salt, p[i], n + (size_t)i));
  unsetenv("ZOC_CACHE_MAX_MB");
  ck_assert_int_eq(count_files(dir, ".tmp."), 0);
  for (int i = 0; i < 5; i++) free(p[i]);
}
END_TEST

START_TEST(test_stale_temp_files_and_off) {
  uint64_t r = zt_seed() ^ 0x7e3b, salt = zt_next(&r);
  char dir[1200];
  fresh_dir("tmp", dir, sizeof dir);
  char *p = payload(1000, &r);
  put(1, salt, p, 1000);   /* makes the folder */
  char old[1400], young[1400];
  snprintf(old, sizeof old, "%s/%016llx%016llx.bin.tmp.4242.0", dir, (unsigned long long)zt_next(&r), (unsigned long long)zt_next(&r));
  snprintf(young, sizeof young, "%s/%016llx%016llx.bin.tmp.4343.7", dir, (unsigned long long)zt_next(&r), (unsigned long long)zt_next(&r));
  spit(old, "half", 4);
  spit(young, "half", 4);
  struct timespec two_hours_ago[2] = {{time(NULL) - 7200, 0}, {time(NULL) - 7200, 0}};
  ck_assert(utimensat(AT_FDCWD, old, two_hours_ago, 0) == 0);
  put(2, salt, p, 1000);
  ck_assert_msg(access(old, F_OK) != 0, "a temp file two hours old stayed");
  ck_assert_msg(access(young, F_OK) == 0, "a fresh temp file (a writer at work) was removed");
  ck_assert(has(1, salt, p, 1000) && has(2, salt, p, 1000));
  /* off: nothing read, nothing written */
  setenv("ZT_CACHE_OFF", "1", 1);
  ck_assert(!has(1, salt, p, 1000));
  put(3, salt, p, 1000);
  unsetenv("ZT_CACHE_OFF");
  ck_assert(!has(3, salt, p, 1000));
  free(p);
}
END_TEST

/* SHA-256 against hashlib (lengths around the padding's edges and random
   ones); the key's text and the entry's name */
START_TEST(test_digest_and_key_text) {
  uint64_t r = zt_seed() ^ 0xd16e57;
  size_t lens[16] = {0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129};
  lens[14] = 200 + zt_next(&r) % 5000;
  lens[15] = 64 * (1 + zt_next(&r) % 100);
  StrBuf args = {0};
  zo_sb_puts(&args, "-c 'import hashlib, sys; [print(hashlib.sha256(open(f, \"rb\").read()).hexdigest()) for f in sys.argv[1:]]'");
  char *data[16];
  for (int i = 0; i < 16; i++) {
    data[i] = payload(lens[i] + 1, &r);
    char path[1200];
    snprintf(path, sizeof path, "%s/sha%d", zt_tmpdir(), i);
    spit(path, data[i], lens[i]);
    zo_sb_printf(&args, " '%s'", path);
  }
  char *out = NULL, *err = NULL;
  ck_assert_msg(zt_python(args.buf, &out, &err) == 0, "hashlib: %s", err ? err : "");
  const char *line = out;
  for (int i = 0; i < 16; i++) {
    uint8_t d[32];
    zo_sha256(data[i], lens[i], d);
    char hex[65];
    for (int j = 0; j < 32; j++) snprintf(hex + 2 * j, 3, "%02x", d[j]);
    ck_assert_msg(line && strncmp(line, hex, 64) == 0, "SHA-256 of %zu bytes: %s, hashlib says %.64s", lens[i], hex, line ? line : "");
    line = strchr(line, '\n');
    if (line) line++;
  }
  /* short parts verbatim, a long one and one with a newline as a digest of their bytes */
  char shortv[40], longv[ZO_KEY_VERBATIM + 2];
  snprintf(shortv, sizeof shortv, "13.%llu", (unsigned long long)(zt_next(&r) % 100));
  for (int j = 0; j <= ZO_KEY_VERBATIM; j++) longv[j] = (char)('!' + zt_next(&r) % 90);
  longv[ZO_KEY_VERBATIM + 1] = 0;
  ZoKey k;
  zo_key_init(&k);
  zo_key_add_part(&k, "nvrtc", shortv);
  zo_key_add_part(&k, "source", longv);
  zo_key_add_part(&k, "options", "a\nb");
  char want[512], hl[33], hn[33];
  uint8_t d[32];
  zo_sha256(longv, strlen(longv), d);
  for (int j = 0; j < 16; j++) snprintf(hl + 2 * j, 3, "%02x", d[j]);
  zo_sha256("a\nb", 3, d);
  for (int j = 0; j < 16; j++) snprintf(hn + 2 * j, 3, "%02x", d[j]);
  snprintf(want, sizeof want, "nvrtc=%s\nsource:sha256=%s, %d bytes\noptions:sha256=%s, 3 bytes\n", shortv, hl, ZO_KEY_VERBATIM + 1, hn);
  ck_assert_str_eq(zo_key_text(&k), want);
  /* the name: the digest of the kind, the extension and the parts */
  char full[600], name[64], hf[33];
  snprintf(full, sizeof full, "kind=test\next=bin\n%s", want);
  zo_sha256(full, strlen(full), d);
  for (int j = 0; j < 16; j++) snprintf(hf + 2 * j, 3, "%02x", d[j]);
  zo_cache_entry_name(&C, &k, "bin", name);
  ck_assert(strlen(name) == 36 && strncmp(name, hf, 32) == 0 && strcmp(name + 32, ".bin") == 0);
  zo_key_free(&k);
  for (int i = 0; i < 16; i++) free(data[i]);
  free(out);
  free(err);
  zo_sb_free(&args);
}
END_TEST

START_TEST(test_private_folder) {
  uint64_t r = zt_seed() ^ 0x9817, salt = zt_next(&r);
  char dir[1200];
  snprintf(dir, sizeof dir, "%s/a%llu/b/c/cache", zt_tmpdir(), (unsigned long long)(zt_next(&r) % 1000));
  setenv("ZT_CACHE_DIR", dir, 1);
  unsetenv("ZT_CACHE_OFF");
  mode_t old = umask(0);   /* the modes are zoc's own, whatever the umask lets through */
  char *p = payload(777, &r);
  put(5, salt, p, 777);
  umask(old);
  ck_assert(has(5, salt, p, 777));
  /* every folder zoc made is 0700, the entry 0600 */
  char up[1200];
  snprintf(up, sizeof up, "%s", dir);
  for (int i = 0; i < 4; i++) {
    struct stat sb;
    ck_assert(stat(up, &sb) == 0 && S_ISDIR(sb.st_mode));
    ck_assert_msg((sb.st_mode & 07777) == 0700, "%s has mode %04o, not 0700", up, (unsigned)(sb.st_mode & 07777));
    *strrchr(up, '/') = 0;
  }
  char e[1400];
  entry_path(dir, 5, salt, e, sizeof e);
  struct stat sb;
  ck_assert(stat(e, &sb) == 0 && S_ISREG(sb.st_mode));
  ck_assert_msg((sb.st_mode & 07777) == 0600, "the entry has mode %04o, not 0600", (unsigned)(sb.st_mode & 07777));
  free(p);
}
END_TEST

/* runs get and put on a refused folder: nothing read, nothing written, one note */
static void check_refused(const char *dir, uint64_t salt, const char *p, size_t n, const char *why, const char *fix) {
  int before = count_files(dir, NULL);
  char log[1300];
  snprintf(log, sizeof log, "%s/../refused.log", dir);
  int saved = grab(log);
  for (int i = 0; i < 3; i++) {
    ck_assert_msg(!has(1, salt, p, n), "%s: an entry was read from a refused folder", dir);
    put(2, salt, p, n);
  }
  char *err = ungrab(saved, log);
  ck_assert_msg(count_files(dir, NULL) == before, "%s: an entry was written into a refused folder", dir);
  ck_assert_msg(zt_count(err, "zoc: note: not using the test kernel cache") == 1, "%s: not one note: %s", dir, err);
  ck_assert_msg(strstr(err, dir) && strstr(err, why) && strstr(err, fix), "%s: the note does not say '%s' and '%s': %s", dir, why, fix, err);
  free(err);
}

START_TEST(test_refused_folders) {
  uint64_t r = zt_seed() ^ 0x4ef5, salt = zt_next(&r);
  size_t n = 100 + zt_next(&r) % 1000;
  char *p = payload(n, &r);
  char dir[1200];
  /* writable by others, or by the group: refused; back to 0700: the entry is there, untouched */
  const mode_t modes[2] = {0777, 0770};
  const char *whys[2] = {"writable by others (mode 0777)", "writable by its group (mode 0770)"};
  for (int m = 0; m < 2; m++) {
    char sub[32];
    snprintf(sub, sizeof sub, "mode%d", m);
    fresh_dir(sub, dir, sizeof dir);
    put(1, salt, p, n);
    ck_assert(has(1, salt, p, n));
    ck_assert(chmod(dir, modes[m]) == 0);
    char fix[1300];
    snprintf(fix, sizeof fix, "chmod 700 %s", dir);
    check_refused(dir, salt, p, n, whys[m], fix);
    ck_assert(chmod(dir, 0700) == 0);
    ck_assert_msg(has(1, salt, p, n), "the folder's entry is gone after the refusal");
  }
  /* a parent anyone may write and not sticky: anyone could rename the folder away and put theirs there */
  char parent[900];
  snprintf(parent, sizeof parent, "%s/open", zt_tmpdir());
  ck_assert(mkdir(parent, 0700) == 0);
  snprintf(dir, sizeof dir, "%s/cache", parent);
  setenv("ZT_CACHE_DIR", dir, 1);
  put(1, salt, p, n);
  ck_assert(chmod(parent, 0777) == 0);
  char why[1300];
  snprintf(why, sizeof why, "its ancestor %s is writable by others and not sticky (mode 0777)", parent);
  check_refused(dir, salt, p, n, why, "set $ZT_CACHE_DIR to a private folder");
  /* sticky, as /tmp is: only the owner may rename or remove the folder */
  ck_assert(chmod(parent, 01777) == 0);
  ck_assert_msg(has(1, salt, p, n), "a folder under a sticky parent was refused");
  put(3, salt, p, n);
  ck_assert(has(3, salt, p, n));
  /* another owner: root can make one */
  if (geteuid() != 0) {
    fprintf(stderr, "test_cache: not root: a folder owned by another uid is not tried here\n");
  } else {
    fresh_dir("other", dir, sizeof dir);
    put(1, salt, p, n);
    ck_assert(chown(dir, 65534, 65534) == 0);
    check_refused(dir, salt, p, n, "owned by uid 65534, not by you (uid 0)", "set $ZT_CACHE_DIR to a private folder");
  }
  free(p);
}
END_TEST

/* every temp name a write of this process may take, a symlink to a victim's file */
START_TEST(test_planted_symlinks) {
  uint64_t r = zt_seed() ^ 0x5e71, salt = zt_next(&r);
  char dir[1200];
  fresh_dir("links", dir, sizeof dir);
  size_t n = 1000 + zt_next(&r) % 1000;
  char *p = payload(n, &r);
  put(1, salt, p, n);   /* makes the folder */
  char victim[1300], vtext[64];
  snprintf(victim, sizeof victim, "%s/victim", zt_tmpdir());
  snprintf(vtext, sizeof vtext, "the victim's file %016llx\n", (unsigned long long)zt_next(&r));
  spit(victim, vtext, strlen(vtext));
  char e[1400], link[1500];
  entry_path(dir, 7, salt, e, sizeof e);
  enum { NAMES = 2048 };
  snprintf(link, sizeof link, "%s.tmp.%ld", e, (long)getpid());   /* the name a write used to take */
  ck_assert(symlink(victim, link) == 0);
  for (int i = 0; i < NAMES; i++) {
    snprintf(link, sizeof link, "%s.tmp.%ld.%d", e, (long)getpid(), i);
    ck_assert(symlink(victim, link) == 0);
  }
  put(7, salt, p, n);
  size_t vn = 0;
  char *v = slurp(victim, &vn);
  ck_assert_msg(vn == strlen(vtext) && memcmp(v, vtext, vn) == 0, "a write went through a planted symlink");
  free(v);
  ck_assert_msg(!has(7, salt, p, n), "every temp name is taken, yet an entry was written");
  /* half of them free again: the write skips the taken ones */
  for (int i = 1; i < NAMES; i += 2) {
    snprintf(link, sizeof link, "%s.tmp.%ld.%d", e, (long)getpid(), i);
    ck_assert(unlink(link) == 0);
  }
  put(7, salt, p, n);
  ck_assert_msg(has(7, salt, p, n), "no entry written past the planted names");
  v = slurp(victim, &vn);
  ck_assert_msg(vn == strlen(vtext) && memcmp(v, vtext, vn) == 0, "a write went through a planted symlink");
  free(v);
  struct stat sb;
  for (int i = 0; i < NAMES; i += 2) {
    snprintf(link, sizeof link, "%s.tmp.%ld.%d", e, (long)getpid(), i);
    ck_assert_msg(lstat(link, &sb) == 0 && S_ISLNK(sb.st_mode), "%s was replaced", link);
  }
  /* a symlink at the entry's own name, to a good entry of that key elsewhere: not followed, removed */
  char good[1300];
  snprintf(good, sizeof good, "%s/good-entry", zt_tmpdir());
  ck_assert(rename(e, good) == 0 && symlink(good, e) == 0);
  char log[1300];
  snprintf(log, sizeof log, "%s/links.log", zt_tmpdir());
  int saved = grab(log);
  ck_assert_msg(!has(7, salt, p, n), "an entry was read through a symlink");
  char *err = ungrab(saved, log);
  ck_assert_msg(strstr(err, "a symbolic link, not a regular file; removed") && strstr(err, e), "%s", err);
  free(err);
  ck_assert_msg(lstat(e, &sb) != 0 && access(good, F_OK) == 0, "the symlink stayed, or its target went");
  put(7, salt, p, n);
  ck_assert(lstat(e, &sb) == 0 && S_ISREG(sb.st_mode) && has(7, salt, p, n));
  free(p);
}
END_TEST

START_TEST(test_fifo_entry) {
  uint64_t r = zt_seed() ^ 0xf1f0, salt = zt_next(&r);
  char dir[1200];
  fresh_dir("fifo", dir, sizeof dir);
  size_t n = 10 + zt_next(&r) % 5000;
  char *p = payload(n, &r);
  put(1, salt, p, n);   /* makes the folder */
  char e[1400];
  entry_path(dir, 2, salt, e, sizeof e);
  ck_assert(mkfifo(e, 0600) == 0);
  /* a read that waits for the FIFO's writer is killed by SIGALRM (its default action, not the handler
     Check's runner left in this forked child): the test fails in 20 s instead of hanging */
  signal(SIGALRM, SIG_DFL);
  alarm(20);
  ck_assert_msg(!has(2, salt, p, n), "a FIFO read as an entry");
  struct stat sb;
  ck_assert_msg(lstat(e, &sb) != 0, "the FIFO stayed");
  ck_assert(mkfifo(e, 0600) == 0);
  put(2, salt, p, n);   /* renamed over the FIFO */
  ck_assert(has(2, salt, p, n));
  alarm(0);
  free(p);
}
END_TEST

START_TEST(test_bad_entries) {
  uint64_t r = zt_seed() ^ 0xbade, salt = zt_next(&r);
  char dir[1200];
  fresh_dir("bad", dir, sizeof dir);
  size_t n1 = 100 + zt_next(&r) % 3000, n2 = 100 + zt_next(&r) % 3000;
  char *p1 = payload(n1, &r), *p2 = payload(n2, &r);
  put(1, salt, p1, n1);
  put(2, salt, p2, n2);
  char e1[1400], e2[1400], log[1300];
  entry_path(dir, 1, salt, e1, sizeof e1);
  entry_path(dir, 2, salt, e2, sizeof e2);
  snprintf(log, sizeof log, "%s/bad.log", zt_tmpdir());
  size_t len;
  char *b1 = slurp(e1, &len);
  /* a good entry of key 1 copied over key 2's: a miss, removed; key 1's still read */
  spit(e2, b1, len);
  int saved = grab(log);
  ck_assert_msg(!has(2, salt, p1, n1) && !has(2, salt, p2, n2), "an entry of another key was read");
  char *err = ungrab(saved, log);
  ck_assert_msg(strstr(err, e2) && strstr(err, "written for another key; removed"), "%s", err);
  free(err);
  ck_assert(access(e2, F_OK) != 0 && has(1, salt, p1, n1));
  /* damaged: a payload byte changed, a byte more, a byte less */
  for (int d = 0; d < 3; d++) {
    char *b = zo_xmalloc(len + 1);
    memcpy(b, b1, len);
    size_t blen = len;
    if (d == 0) b[len - 1 - zt_next(&r) % n1] ^= (char)(1 + zt_next(&r) % 255);
    else if (d == 1) b[blen++] = 'x';
    else blen--;
    spit(e1, b, blen);
    free(b);
    saved = grab(log);
    ck_assert_msg(!has(1, salt, p1, n1), "damaged entry %d was read", d);
    err = ungrab(saved, log);
    ck_assert_msg(strstr(err, e1) && strstr(err, "damaged"), "%s", err);
    free(err);
    put(1, salt, p1, n1);
    ck_assert(has(1, salt, p1, n1));
  }
  /* someone else's file at the entry's path */
  if (geteuid() != 0) {
    fprintf(stderr, "test_cache: not root: an entry owned by another uid is not tried here\n");
  } else {
    ck_assert(chown(e1, 65534, 65534) == 0);
    saved = grab(log);
    ck_assert_msg(!has(1, salt, p1, n1), "an entry of another owner was read");
    err = ungrab(saved, log);
    ck_assert_msg(strstr(err, e1) && strstr(err, "owned by uid 65534"), "%s", err);
    free(err);
  }
  free(b1);
  free(p1);
  free(p2);
}
END_TEST

START_TEST(test_no_shared_tmp_fallback) {
  unsetenv("ZT_CACHE_DIR");
  unsetenv("XDG_CACHE_HOME");
  unsetenv("HOME");
  char want[1200] = "", got[1200] = "";
  struct passwd *pw = getpwuid(geteuid());
  bool home = pw && pw->pw_dir && pw->pw_dir[0] == '/';
  if (home) snprintf(want, sizeof want, "%s/.cache/zoc/test", pw->pw_dir);
  for (int rel = 0; rel < 2; rel++) {   /* unset, then relative values: both ignored */
    if (rel) {
      setenv("HOME", "relative/home", 1);
      setenv("XDG_CACHE_HOME", "relative/cache", 1);
    }
    bool some = zo_cache_dir(&C, got, sizeof got);
    ck_assert_msg(some == home, "a folder with no home, or none with one: %s", got);
    if (some) ck_assert_str_eq(got, want);
    ck_assert_msg(!some || strncmp(got, "/tmp/", 5) != 0 || strncmp(want, "/tmp/", 5) == 0, "a shared /tmp path: %s", got);
  }
  setenv("XDG_CACHE_HOME", "/x/y", 1);
  ck_assert(zo_cache_dir(&C, got, sizeof got) && strcmp(got, "/x/y/zoc/test") == 0);
  setenv("HOME", "/h", 1);
  unsetenv("XDG_CACHE_HOME");
  ck_assert(zo_cache_dir(&C, got, sizeof got) && strcmp(got, "/h/.cache/zoc/test") == 0);
  setenv("ZT_CACHE_DIR", "rel/dir", 1);
  ck_assert(zo_cache_dir(&C, got, sizeof got) && strcmp(got, "rel/dir") == 0);
}
END_TEST

/* two threads writing and reading the same keys: every read is whole or a miss, no temp file stays */
typedef struct Worker {
  uint64_t salt, seed;
  char *p[4];
  size_t n[4];
  int hits;
} Worker;

static void *work(void *arg) {
  Worker *w = arg;
  uint64_t r = w->seed;
  for (int i = 0; i < 60; i++) {
    int k = (int)(zt_next(&r) % 4);
    if (zt_next(&r) % 2) put((uint64_t)k, w->salt, w->p[k], w->n[k]);
    else w->hits += has((uint64_t)k, w->salt, w->p[k], w->n[k]);
  }
  return NULL;
}

START_TEST(test_two_threads) {
  uint64_t r = zt_seed() ^ 0x7777, salt = zt_next(&r);
  char dir[1200];
  fresh_dir("threads", dir, sizeof dir);
  Worker w[2] = {{.salt = salt, .seed = zt_next(&r)}, {.salt = salt, .seed = zt_next(&r)}};
  for (int k = 0; k < 4; k++) {
    w[0].n[k] = w[1].n[k] = 1000 + zt_next(&r) % 200000;
    w[0].p[k] = w[1].p[k] = payload(w[0].n[k], &r);
  }
  pthread_t t[2];
  for (int i = 0; i < 2; i++) ck_assert(pthread_create(&t[i], NULL, work, &w[i]) == 0);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  for (int k = 0; k < 4; k++) {
    put((uint64_t)k, salt, w[0].p[k], w[0].n[k]);
    ck_assert(has((uint64_t)k, salt, w[0].p[k], w[0].n[k]));
    free(w[0].p[k]);
  }
  ck_assert_int_eq(count_files(dir, ".tmp."), 0);
  ck_assert_int_eq(count_files(dir, NULL), 4);
}
END_TEST

/* ---- through the command line */
typedef struct Cli {
  char model[600], weights[2][1300], toks[1300], defs[2][200];
} Cli;

/* two programs of the tiny model (other F: other kernels), random shapes, weights and tokens */
static void cli_setup(Cli *c, uint64_t *r) {
  int d = 16 << (zt_next(r) % 2), v = 24 + (int)(zt_next(r) % 40), f = 16 * (1 + (int)(zt_next(r) % 3));
  snprintf(c->model, sizeof c->model, "%s", zt_src("models/tiny.zo"));
  snprintf(c->toks, sizeof c->toks, "%s/toks.jsonl", zt_tmpdir());
  zt_write_tokens(c->toks, 2, 3, 9, v, r);
  for (int i = 0; i < 2; i++) {
    snprintf(c->defs[i], sizeof c->defs[i], "-D L=1 -D D=%d -D H=2 -D KV=1 -D V=%d -D F=%d", d, v, f + 16 * i);
    snprintf(c->weights[i], sizeof c->weights[i], "%s/w%d.safetensors", zt_tmpdir(), i);
    char args[2000];
    snprintf(args, sizeof args, "random-weights '%s' %s --seed %llu -o '%s'", c->model, c->defs[i],
             (unsigned long long)(zt_next(r) % 100000), c->weights[i]);
    char *err = NULL;
    ck_assert_msg(zt_zoc(args, NULL, &err) == 0, "random-weights: %s", err ? err : "");
    free(err);
  }
}

/* `zoc loss` of program i with the cache in dir: its stdout; *err its stderr; the modules the cache gave in *hits */
static char *cli_loss(const Cli *c, int i, const char *env, const char *dir, const char *device, char **err, int *hits) {
  setenv(env, dir, 1);
  char args[3000];
  snprintf(args, sizeof args, "loss '%s' %s --weights '%s' --data '%s' --device %s --verbose", c->model, c->defs[i], c->weights[i],
           c->toks, device);
  char *out = NULL;
  int rc = zt_zoc(args, &out, err);
  ck_assert_msg(rc == 0 && out && strstr(out, "\"loss\""), "zoc %s: exit %d: %s", args, rc, *err ? *err : "");
  const char *h = strstr(*err, " module(s) linked from the object cache");
  *hits = -1;
  if (h) {
    while (h > *err && h[-1] >= '0' && h[-1] <= '9') h--;
    *hits = atoi(h);
  }
  return out;
}

/* the entries (files, not temps) of dir with extension ext: their paths, how many */
static int entries(const char *dir, const char *ext, char paths[][1400], int max) {
  DIR *d = opendir(dir);
  if (!d) return 0;
  int n = 0;
  for (struct dirent *e; (e = readdir(d));) {
    const char *dot = strrchr(e->d_name, '.');
    if (e->d_name[0] != '.' && dot && strcmp(dot + 1, ext) == 0 && !strstr(e->d_name, ".tmp.") && n < max)
      snprintf(paths[n++], 1400, "%s/%s", dir, e->d_name);
  }
  closedir(d);
  return n;
}

static uint64_t le(const unsigned char *p, int n) {
  uint64_t v = 0;
  for (int i = n - 1; i >= 0; i--) v = v << 8 | p[i];
  return v;
}

/* over the entry at path: its own header and key, the payload p (its length and checksum fixed) */
static void replace_payload(const char *path, const void *p, size_t n) {
  size_t len;
  char *e = slurp(path, &len);
  size_t head = 40 + (size_t)le((unsigned char *)e + 8, 4);
  ck_assert(len >= head);
  char *out = zo_xmalloc(head + n);
  memcpy(out, e, head);
  for (int i = 0; i < 8; i++) out[16 + i] = (char)((uint64_t)n >> (8 * i));
  uint8_t d[32];
  zo_sha256(p, n, d);
  memcpy(out + 24, d, 16);
  memcpy(out + head, p, n);
  spit(path, out, head + n);
  free(out);
  free(e);
}

/* the payload of the entry at path */
static char *payload_of(const char *path, size_t *n) {
  size_t len;
  char *e = slurp(path, &len);
  size_t head = 40 + (size_t)le((unsigned char *)e + 8, 4);
  ck_assert(len >= head);
  *n = len - head;
  char *p = zo_xmalloc(*n + 1);
  memcpy(p, e + head, *n);
  free(e);
  return p;
}

START_TEST(test_cli_bad_entries_and_folder) {
  uint64_t r = zt_seed() ^ 0xc11;
  Cli c;
  cli_setup(&c, &r);
  unsetenv("ZOC_CPU_NO_CACHE");
  char a[1200], b[1200];
  snprintf(a, sizeof a, "%s/cpu-a", zt_tmpdir());
  snprintf(b, sizeof b, "%s/cpu-b", zt_tmpdir());
  char *err = NULL, *out;
  int hits;
  /* cold runs of both programs, each into its own folder */
  char *cold = cli_loss(&c, 0, "ZOC_CPU_CACHE", a, "cpu", &err, &hits);
  ck_assert_msg(hits == 0, "a cold run took %d modules from the cache: %s", hits, err);
  free(err);
  free(cli_loss(&c, 1, "ZOC_CPU_CACHE", b, "cpu", &err, &hits));
  free(err);
  char ea[8][1400], eb[8][1400];
  int na = entries(a, "o", ea, 8), nb = entries(b, "o", eb, 8);
  ck_assert_msg(na > 0 && nb > 0, "no entries written (%d, %d)", na, nb);
  /* (a) the other program's entry copied over each of this one's: misses, compiled afresh, same loss */
  size_t blen;
  char *bent = slurp(eb[0], &blen);
  for (int i = 0; i < na; i++) spit(ea[i], bent, blen);
  free(bent);
  out = cli_loss(&c, 0, "ZOC_CPU_CACHE", a, "cpu", &err, &hits);
  ck_assert_msg(strcmp(out, cold) == 0, "another program's entry: %s, cold: %s", out, cold);
  ck_assert_msg(hits == 0 && zt_count(err, "written for another key; removed, compiling afresh") == na && strstr(err, a),
                "another program's entry: %d hits: %s", hits, err);
  free(out);
  free(err);
  out = cli_loss(&c, 0, "ZOC_CPU_CACHE", a, "cpu", &err, &hits);
  ck_assert_msg(strcmp(out, cold) == 0 && hits == na && !strstr(err, "note:"), "not rewritten: %d hits: %s", hits, err);
  free(out);
  free(err);
  /* (b) this key, the other program's object (checksum right): LLVM does not find the kernels in it */
  size_t pn;
  char *pb = payload_of(eb[0], &pn);
  for (int i = 0; i < na; i++) replace_payload(ea[i], pb, pn);
  free(pb);
  out = cli_loss(&c, 0, "ZOC_CPU_CACHE", a, "cpu", &err, &hits);
  ck_assert_msg(strcmp(out, cold) == 0, "another object under this key: %s, cold: %s", out, cold);
  ck_assert_msg(hits == 0 && zt_count(err, "LLVM cannot link the object it holds") == na && strstr(err, ea[0]) &&
                    strstr(err, "removed, compiling afresh") && !strstr(err, "zoc: error"),
                "another object under this key: %d hits: %s", hits, err);
  free(out);
  free(err);
  out = cli_loss(&c, 0, "ZOC_CPU_CACHE", a, "cpu", &err, &hits);
  ck_assert_msg(strcmp(out, cold) == 0 && hits == na, "not rewritten: %d hits: %s", hits, err);
  free(out);
  free(err);
  /* (c) the folder made 0777: one note, no cache, same loss, nothing written there */
  ck_assert(chmod(a, 0777) == 0);
  struct stat before, after;
  ck_assert(stat(ea[0], &before) == 0);
  out = cli_loss(&c, 0, "ZOC_CPU_CACHE", a, "cpu", &err, &hits);
  ck_assert_msg(strcmp(out, cold) == 0, "a 0777 folder: %s, cold: %s", out, cold);
  ck_assert_msg(hits == 0 && zt_count(err, "zoc: note: not using the cpu kernel cache") == 1 && strstr(err, a) && strstr(err, "mode 0777") &&
                    strstr(err, "chmod 700"),
                "a 0777 folder: %d hits: %s", hits, err);
  ck_assert(stat(ea[0], &after) == 0 && after.st_mtim.tv_sec == before.st_mtim.tv_sec && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec);
  ck_assert_int_eq(entries(a, "o", eb, 8), na);
  free(out);
  free(err);
  ck_assert(chmod(a, 0700) == 0);
  free(cold);
}
END_TEST

START_TEST(test_cli_folder_of_another_user) {
  if (geteuid() != 0) {
    fprintf(stderr, "test_cache: not root: the case of a cache folder another uid made first is skipped (it needs setpriv as root)\n");
    return;
  }
  uint64_t r = zt_seed() ^ 0x65534;
  Cli c;
  cli_setup(&c, &r);
  unsetenv("ZOC_CPU_NO_CACHE");
  char a[1200], shared[1200], cmd[6000];
  snprintf(a, sizeof a, "%s/cpu-mine", zt_tmpdir());
  char *err = NULL;
  int hits;
  char *cold = cli_loss(&c, 0, "ZOC_CPU_CACHE", a, "cpu", &err, &hits);
  free(err);
  /* nobody makes the folder first, in a place like /tmp (sticky, anyone may write) */
  ck_assert(chmod(zt_tmpdir(), 0711) == 0);
  snprintf(shared, sizeof shared, "%s/shared", zt_tmpdir());
  ck_assert(mkdir(shared, 0700) == 0 && chmod(shared, 01777) == 0);
  /* one of its two modes a run (each refused run compiles for seconds) */
  const char *mode = zt_next(&r) % 2 ? "0755" : "0777";
  char theirs[1300];
  snprintf(theirs, sizeof theirs, "%s/cache", shared);
  snprintf(cmd, sizeof cmd, "setpriv --reuid=65534 --regid=65534 --clear-groups mkdir -m %s '%s'", mode, theirs);
  char *out = NULL;
  int rc = zt_run(cmd, NULL, &err);
  ck_assert_msg(rc == 0, "%s: %s", cmd, err ? err : "");
  free(err);
  out = cli_loss(&c, 0, "ZOC_CPU_CACHE", theirs, "cpu", &err, &hits);
  ck_assert_msg(strcmp(out, cold) == 0, "a folder of uid 65534: %s, cold: %s", out, cold);
  ck_assert_msg(hits == 0 && zt_count(err, "zoc: note: not using the cpu kernel cache") == 1 && strstr(err, theirs) &&
                    strstr(err, "owned by uid 65534"),
                "a folder of uid 65534 (mode %s): %s", mode, err);
  ck_assert_msg(count_files(theirs, NULL) == 0, "root wrote into a folder of uid 65534");
  free(out);
  free(err);
  /* uid 65534 with HOME, XDG_CACHE_HOME and $ZOC_CPU_CACHE unset: its passwd home (or none), never a /tmp folder */
  struct passwd *pw = getpwuid(65534);
  ck_assert_msg(pw && pw->pw_dir, "no passwd entry for uid 65534");
  char expect[1200], tmpc[] = "/tmp/zoc-cpu-cache";
  snprintf(expect, sizeof expect, "%s/.cache/zoc/cpu", pw->pw_dir);
  struct stat before;
  bool had = lstat(tmpc, &before) == 0;
  for (int i = 0; i < 2; i++) ck_assert(chmod(i ? c.toks : c.weights[0], 0644) == 0);
  /* the source tree may sit in a folder only root can enter (a mktemp clone): uid 65534 reads a copy of models/ */
  char models[1100], model[1200];
  snprintf(models, sizeof models, "%s/models", zt_tmpdir());
  snprintf(cmd, sizeof cmd, "cp -r '%s' '%s' && chmod -R a+rX '%s'", zt_src("models"), models, models);
  ck_assert_int_eq(zt_run(cmd, NULL, NULL), 0);
  snprintf(model, sizeof model, "%s/tiny.zo", models);
  snprintf(cmd, sizeof cmd,
           "env -u HOME -u XDG_CACHE_HOME -u ZOC_CPU_CACHE setpriv --reuid=65534 --regid=65534 --clear-groups "
           "'%s' loss '%s' %s --weights '%s' --data '%s'",
           ZOC_BINARY, model, c.defs[0], c.weights[0], c.toks);
  rc = zt_run(cmd, &out, &err);
  ck_assert_msg(rc == 0 && out && strcmp(out, cold) == 0, "uid 65534 without HOME: exit %d, %s (cold: %s): %s", rc, out ? out : "", cold,
                err ? err : "");
  ck_assert_msg(!strstr(err, "/tmp/zoc-") && (strstr(err, expect) || !strstr(err, "zoc: note")),
                "uid 65534 without HOME, home %s: %s", pw->pw_dir, err);
  struct stat now;
  ck_assert_msg(had ? lstat(tmpc, &now) == 0 && now.st_ino == before.st_ino && now.st_uid != 65534 : lstat(tmpc, &now) != 0,
                "%s was made or replaced", tmpc);
  free(out);
  free(err);
  ck_assert(chmod(zt_tmpdir(), 0700) == 0);
  free(cold);
}
END_TEST

static bool have_gpu(void) {
  FILE *devnull = fopen("/dev/null", "w"), *saved = stderr;
  stderr = devnull;
  bool ok = zo_cu_load() == 0 && zo_nvrtc_load(true) == 0;
  stderr = saved;
  fclose(devnull);
  return ok;
}

START_TEST(test_cli_cuda_images) {
  if (!have_gpu()) {
    fprintf(stderr, "test_cache: no CUDA GPU (or no NVRTC) here; the NVRTC cache's bad images are not tried (scripts/gpu_run.sh runs them)\n");
    return;
  }
  uint64_t r = zt_seed() ^ 0xc0da;
  Cli c;
  cli_setup(&c, &r);
  unsetenv("ZOC_CUDA_NO_CACHE");
  char a[1200], b[1200];
  snprintf(a, sizeof a, "%s/cuda-a", zt_tmpdir());
  snprintf(b, sizeof b, "%s/cuda-b", zt_tmpdir());
  char *err = NULL, *out;
  int hits;
  char *cold = cli_loss(&c, 0, "ZOC_CUDA_CACHE", a, "cuda", &err, &hits);
  free(err);
  free(cli_loss(&c, 1, "ZOC_CUDA_CACHE", b, "cuda", &err, &hits));
  free(err);
  char ea[4][1400], eb[4][1400];
  ck_assert_int_eq(entries(a, "cubin", ea, 4), 1);
  ck_assert_int_eq(entries(b, "cubin", eb, 4), 1);
  /* garbage under this key (checksum right): the driver rejects it */
  size_t gn = 4096 + zt_next(&r) % 4096;
  char *g = payload(gn, &r);
  replace_payload(ea[0], g, gn);
  free(g);
  out = cli_loss(&c, 0, "ZOC_CUDA_CACHE", a, "cuda", &err, &hits);
  ck_assert_msg(strcmp(out, cold) == 0, "a rejected image: %s, cold: %s", out, cold);
  ck_assert_msg(zt_count(err, "the CUDA driver rejects the image it holds") == 1 && strstr(err, ea[0]) && !strstr(err, "zoc: error"),
                "a rejected image: %s", err);
  free(out);
  free(err);
  /* the other program's image under this key: it lacks this one's kernels */
  size_t pn;
  char *pb = payload_of(eb[0], &pn);
  replace_payload(ea[0], pb, pn);
  free(pb);
  out = cli_loss(&c, 0, "ZOC_CUDA_CACHE", a, "cuda", &err, &hits);
  ck_assert_msg(strcmp(out, cold) == 0, "another program's image: %s, cold: %s", out, cold);
  ck_assert_msg(zt_count(err, "the image it holds lacks the kernel") == 1 && strstr(err, ea[0]), "another program's image: %s", err);
  free(out);
  free(err);
  /* the other program's entry copied whole: another key */
  size_t blen;
  char *bent = slurp(eb[0], &blen);
  spit(ea[0], bent, blen);
  free(bent);
  out = cli_loss(&c, 0, "ZOC_CUDA_CACHE", a, "cuda", &err, &hits);
  ck_assert_msg(strcmp(out, cold) == 0 && zt_count(err, "written for another key") == 1, "another key: %s", err);
  free(out);
  free(err);
  /* and the entry rewritten: read, no note */
  out = cli_loss(&c, 0, "ZOC_CUDA_CACHE", a, "cuda", &err, &hits);
  ck_assert_msg(strcmp(out, cold) == 0 && !strstr(err, "note:"), "not rewritten: %s", err);
  free(out);
  free(err);
  free(cold);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("cache");
  TCase *c = tcase_create("cache");
  tcase_add_test(c, test_round_trip_and_lru);
  tcase_add_test(c, test_stale_temp_files_and_off);
  tcase_add_test(c, test_digest_and_key_text);
  tcase_add_test(c, test_private_folder);
  tcase_add_test(c, test_refused_folders);
  tcase_add_test(c, test_planted_symlinks);
  tcase_add_test(c, test_fifo_entry);
  tcase_add_test(c, test_bad_entries);
  tcase_add_test(c, test_no_shared_tmp_fallback);
  tcase_add_test(c, test_two_threads);
  suite_add_tcase(s, c);
  TCase *cli = tcase_create("cli");
  tcase_set_timeout(cli, 600);
  tcase_add_test(cli, test_cli_bad_entries_and_folder);
  tcase_add_test(cli, test_cli_folder_of_another_user);
  suite_add_tcase(s, cli);
  TCase *gpu = tcase_create("gpu");
  tcase_set_timeout(gpu, 600);
  tcase_add_test(gpu, test_cli_cuda_images);
  suite_add_tcase(s, gpu);
  return s;
}

int main(void) { return zt_run_suite(suite()); }
