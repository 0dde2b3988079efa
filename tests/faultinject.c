/* faultinject.c — an LD_PRELOAD shim for the tests: makes write(2) to one
 * file fail as a full disk does, so that a test can drive zoc through the
 * command line a user types and watch what a failed write does to a run.
 *
 * Configured by the environment of the process it is loaded into:
 *   ZT_FAULT_FILE      the file: a write goes wrong only to a descriptor whose
 *                      path (/proc/self/fd/N) ends with this text, or with
 *                      ZT_FAULT_ANYWHERE set contains it (a temporary
 *                      NAME.tmp.PID, whose pid the test cannot know)
 *   ZT_FAULT_FROM, ZT_FAULT_TO
 *                      which writes to it fail: the FROM-th to the TO-th
 *                      (counted from 1 over the process's writes to the file)
 *   ZT_FAULT_PARTIAL   if set, the first failing write writes half of its
 *                      bytes and returns that count, as a disk that fills in
 *                      the middle of a write does; the next one fails
 * A failing write returns -1 with errno ENOSPC and writes nothing. Only
 * write(2) itself is interposed (glibc's stdio calls its internal write,
 * which no shim sees): the code under test must call write().
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static ssize_t (*real_write)(int, const void *, size_t);
static atomic_long calls;
static atomic_int partial_done;

static long env_long(const char *name, long dflt) {
  const char *s = getenv(name);
  return s && *s ? strtol(s, NULL, 10) : dflt;
}

static int is_target(int fd, const char *suffix) {
  char link[64], path[4096];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  ssize_t n = readlink(link, path, sizeof path - 1);
  if (n <= 0) return 0;
  path[n] = 0;
  size_t ls = strlen(suffix);
  if (getenv("ZT_FAULT_ANYWHERE")) return strstr(path, suffix) != NULL;
  return (size_t)n >= ls && strcmp(path + n - ls, suffix) == 0;
}

ssize_t write(int fd, const void *buf, size_t count) {
  if (!real_write) real_write = (ssize_t(*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
  const char *suffix = getenv("ZT_FAULT_FILE");
  if (suffix && *suffix && is_target(fd, suffix)) {
    long k = atomic_fetch_add(&calls, 1) + 1;
    if (k >= env_long("ZT_FAULT_FROM", 1) && k <= env_long("ZT_FAULT_TO", -1)) {
      if (getenv("ZT_FAULT_PARTIAL") && count > 1 && !atomic_exchange(&partial_done, 1))
        return real_write(fd, buf, count / 2);
      errno = ENOSPC;
      return -1;
    }
  }
  return real_write(fd, buf, count);
}
