/* memfit.c — what memory this machine has left for zoc (see memfit.h).
 *
 * Each source is read fresh at every check (a few small reads of /proc and
 * /sys, next to allocations of megabytes or more), so a check sees what
 * other processes took meanwhile. A source that cannot be read (no cgroup
 * file outside a container, no /proc) is skipped, never an error: the check
 * then rests on the others, and the allocation itself is still checked. */
#include "support/memfit.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

/* ---- reading the sources */

/* the first line of a small file, NUL-terminated; false if it cannot be read */
static bool read_small(const char *path, char *buf, size_t n) {
  FILE *f = fopen(path, "re");
  if (!f) return false;
  size_t got = fread(buf, 1, n - 1, f);
  fclose(f);
  buf[got] = 0;
  return got > 0;
}

/* "KEY   123 kB" (or "key 123" when unit is 1) of a /proc or cgroup file, in bytes; -1 if absent */
static int64_t field(const char *path, const char *key, int64_t unit) {
  char buf[8192];
  if (!read_small(path, buf, sizeof buf)) return -1;
  size_t k = strlen(key);
  for (char *line = buf; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL)
    if (strncmp(line, key, k) == 0 && (line[k] == ' ' || line[k] == '\t' || line[k] == ':')) {
      char *p = line + k + (line[k] == ':');
      errno = 0;
      long long v = strtoll(p, NULL, 10);
      if (errno || v < 0) return -1;
      return zo_mem_mul(v, unit);
    }
  return -1;
}

/* a file holding one number ("max" and an unset v1 limit: none, -1) */
static int64_t number(const char *path) {
  char buf[64];
  if (!read_small(path, buf, sizeof buf) || strncmp(buf, "max", 3) == 0) return -1;
  char *end;
  errno = 0;
  unsigned long long v = strtoull(buf, &end, 10);
  if (errno || end == buf || v >= (unsigned long long)INT64_MAX / 2) return -1;   /* v1's "no limit" is near 2^63 */
  return (int64_t)v;
}

/* A cgroup directory's limit less its usage, page cache that can be dropped
 * counted as free (as `docker stats` does); -1 if it has no limit. */
static int64_t cgroup_left(const char *dir, bool v2) {
  char path[4400];
  snprintf(path, sizeof path, "%s/%s", dir, v2 ? "memory.max" : "memory.limit_in_bytes");
  int64_t max = number(path);
  if (max < 0) return -1;
  snprintf(path, sizeof path, "%s/%s", dir, v2 ? "memory.current" : "memory.usage_in_bytes");
  int64_t used = number(path);
  if (used < 0) used = 0;
  snprintf(path, sizeof path, "%s/memory.stat", dir);
  int64_t cache = field(path, v2 ? "inactive_file" : "total_inactive_file", 1);
  if (cache > 0 && cache < used) used -= cache;
  return max > used ? max - used : 0;
}

/* the process's cgroup (v2: "0::/PATH"; v1: "N:...memory...:/PATH") */
static bool cgroup_path(bool v2, char *out, size_t n) {
  char buf[4096];
  if (!read_small("/proc/self/cgroup", buf, sizeof buf)) return false;
  for (char *line = strtok(buf, "\n"); line; line = strtok(NULL, "\n")) {
    char *a = strchr(line, ':'), *b = a ? strchr(a + 1, ':') : NULL;
    if (!b) continue;
    bool match = v2 ? strncmp(line, "0::", 3) == 0 : strstr(a, "memory") && strstr(a, "memory") < b;
    if (match) {
      snprintf(out, n, "%s", b + 1);
      return true;
    }
  }
  return false;
}

/* the least left in the cgroup and its ancestors (a parent's limit binds its children) */
static int64_t cgroup_available(const char **source) {
  static const struct { const char *root; bool v2; const char *name; } roots[] = {
    {"/sys/fs/cgroup", true, "the cgroup's memory.max"},
    {"/sys/fs/cgroup/memory", false, "the cgroup's memory.limit_in_bytes"},
  };
  int64_t best = -1;
  for (size_t r = 0; r < ZO_COUNT(roots); r++) {
    char rel[2048] = "", dir[4200];
    if (!cgroup_path(roots[r].v2, rel, sizeof rel)) snprintf(rel, sizeof rel, "/");
    /* inside a container the process's path may not exist under the mount (its root is the container's) */
    for (;;) {
      snprintf(dir, sizeof dir, "%s%s", roots[r].root, strcmp(rel, "/") == 0 ? "" : rel);
      int64_t left = cgroup_left(dir, roots[r].v2);
      if (left >= 0 && (best < 0 || left < best)) {
        best = left;
        *source = roots[r].name;
      }
      char *slash = strrchr(rel, '/');
      if (!slash || slash == rel) {
        if (strcmp(rel, "/") == 0) break;
        snprintf(rel, sizeof rel, "/");
        continue;
      }
      *slash = 0;
    }
  }
  return best;
}

/* an rlimit less what the process has of what it counts; -1 if unlimited */
static int64_t rlimit_left(int resource, const char *status_key) {
  struct rlimit rl;
  if (getrlimit(resource, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY) return -1;
  int64_t lim = rl.rlim_cur > (rlim_t)INT64_MAX ? INT64_MAX : (int64_t)rl.rlim_cur;
  int64_t used = field("/proc/self/status", status_key, 1024);
  if (used < 0) used = 0;
  return lim > used ? lim - used : 0;
}

int64_t zo_mem_available(const char **source) {
  const char *src = NULL, *dummy;
  int64_t best = INT64_MAX;
  int64_t avail = field("/proc/meminfo", "MemAvailable", 1024);
  if (avail >= 0) {
    best = avail;
    src = "MemAvailable in /proc/meminfo";
  }
  const char *cs = NULL;
  int64_t cg = cgroup_available(&cs);
  if (cg >= 0 && cg < best) {
    best = cg;
    src = cs;
  }
  int64_t as = rlimit_left(RLIMIT_AS, "VmSize");
  if (as >= 0 && as < best) {
    best = as;
    src = "RLIMIT_AS (ulimit -v) less the process's address space";
  }
  int64_t data = rlimit_left(RLIMIT_DATA, "VmData");
  if (data >= 0 && data < best) {
    best = data;
    src = "RLIMIT_DATA (ulimit -d) less the process's data";
  }
  *(source ? source : &dummy) = src ? src : "no limit could be read";
  return best;
}

/* ---- arithmetic and messages */

int64_t zo_mem_add(int64_t a, int64_t b) {
  int64_t r;
  return a < 0 || b < 0 || __builtin_add_overflow(a, b, &r) ? INT64_MAX : r;
}

int64_t zo_mem_mul(int64_t a, int64_t b) {
  int64_t r;
  return a < 0 || b < 0 || __builtin_mul_overflow(a, b, &r) ? INT64_MAX : r;
}

const char *zo_mem_str(char *buf, size_t n, int64_t bytes) {
  static const char *units[] = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
  if (bytes == INT64_MAX) {
    snprintf(buf, n, "more than 2^63 bytes");
    return buf;
  }
  double x = (double)bytes;
  int u = 0;
  while (x >= 1024 && u + 1 < (int)ZO_COUNT(units)) {
    x /= 1024;
    u++;
  }
  if (u == 0) snprintf(buf, n, "%lld bytes", (long long)bytes);
  else snprintf(buf, n, "%.1f %s", x, units[u]);
  return buf;
}

int zo_mem_fit(const char *what, int64_t need, const char *fix_fmt, ...) {
  const char *source;
  int64_t have = zo_mem_available(&source);
  if (need <= have) return 0;
  char a[64], b[64], fix[512], exact[48] = "";
  va_list ap;
  va_start(ap, fix_fmt);
  vsnprintf(fix, sizeof fix, fix_fmt, ap);
  va_end(ap);
  if (need >= 1024 && need != INT64_MAX) snprintf(exact, sizeof exact, " (%lld bytes)", (long long)need);
  zo_env_error(what, "needs %s%s, but this machine has %s left (%s): %s", zo_mem_str(a, sizeof a, need), exact,
               zo_mem_str(b, sizeof b, have), source, fix);
  return -1;
}

static void *alloc_failed(int64_t bytes, const char *what) {
  char a[64];
  zo_env_error(what, "out of memory allocating %s (%lld bytes; other processes may have taken what was free): free some "
               "memory, or use smaller sizes", zo_mem_str(a, sizeof a, bytes), (long long)bytes);
  return NULL;
}

void *zo_mem_alloc(int64_t bytes, const char *what) {
  if (bytes < 0 || (uint64_t)bytes > SIZE_MAX) return alloc_failed(bytes, what);
  void *p = malloc(bytes ? (size_t)bytes : 1);
  return p ? p : alloc_failed(bytes, what);
}

void *zo_mem_alloc_aligned(int64_t bytes, const char *what) {
  if (bytes < 0 || bytes > INT64_MAX - 64) return alloc_failed(bytes, what);
  size_t n = (size_t)((bytes + 63) / 64 * 64);
  void *p = aligned_alloc(64, n ? n : 64);
  return p ? p : alloc_failed(bytes, what);
}
