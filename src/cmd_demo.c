/* cmd_demo.c — `zoc demo`: the first-run demo (runtime/demo.h) from the
 * command line. Parses the options into ZoDemoOptions and leaves everything
 * else, the report included, to zo_demo_run. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/demo.h"
#include "src/cli.h"

int zo_cmd_demo(const Verb *v, int argc, char **argv) {
  bool quick = false;
  for (int i = 0; i < argc; i++) quick |= strcmp(argv[i], "--quick") == 0;
  ZoDemoOptions o;
  zo_demo_defaults(&o, quick);
  Vec(const char *) sets = {0};
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    uint64_t x;
    if (strcmp(a, "--quick") == 0) continue;
    if (strcmp(a, "-o") == 0 || zo_cli_opt(a, "--out")) {
      o.out_dir = zo_cli_value(v, argc, argv, &i);
    } else if (zo_cli_opt(a, "--steps")) {
      const char *s = zo_cli_value(v, argc, argv, &i);
      if (!zo_cli_parse_u64(s, &x) || x < 1 || x > 100000000) zo_cli_usage_error(v, "--steps takes 1..1e8, not '%s'", s);
      o.steps = (int64_t)x;
    } else if (zo_cli_opt(a, "--seed")) {
      const char *s = zo_cli_value(v, argc, argv, &i);
      if (!zo_cli_parse_u64(s, &x)) zo_cli_usage_error(v, "--seed takes a whole number >= 0, not '%s'", s);
      o.seed = x;
    } else if (zo_cli_opt(a, "--threads")) {
      const char *s = zo_cli_value(v, argc, argv, &i);
      if (!zo_cli_parse_u64(s, &x) || x < 1 || x > 4096) zo_cli_usage_error(v, "--threads takes 1..4096, not '%s'", s);
      o.threads = (int)x;
    } else if (zo_cli_opt(a, "--set")) {
      const char *s = zo_cli_value(v, argc, argv, &i);
      if (!strchr(s, '=')) zo_cli_usage_error(v, "--set takes NAME=VALUE (a training setting: lr=1e-4), not '%s'", s);
      vec_push(&sets, s);
    } else if (zo_cli_opt(a, "--gain-std") || zo_cli_opt(a, "--head-std")) {
      bool gain = zo_cli_opt(a, "--gain-std");
      const char *s = zo_cli_value(v, argc, argv, &i);
      char *end;
      errno = 0;
      double d = strtod(s, &end);
      if (errno || *end || !*s || !(d >= 0 && d <= 10))
        zo_cli_usage_error(v, "%s takes a number in 0..10, not '%s'", gain ? "--gain-std" : "--head-std", s);
      if (gain) o.gain_std = d;
      else o.head_std = d;
    } else if (zo_cli_opt(a, "--recipe")) {
      o.recipe = zo_cli_value(v, argc, argv, &i);
    } else if (zo_cli_opt(a, "--student")) {
      const char *s = zo_cli_value(v, argc, argv, &i);
      if (strcmp(s, "gptq") != 0 && strcmp(s, "nvfp4") != 0) zo_cli_usage_error(v, "--student takes gptq or nvfp4, not '%s'", s);
      zo_demo_student(&o, s);
    } else if (a[0] == '-' && a[1]) {
      zo_cli_usage_error(v, "unknown option '%s'", a);
    } else {
      if (o.zo_file) zo_cli_usage_error(v, "one .zo file, please (got '%s' and '%s')", o.zo_file, a);
      o.zo_file = a;
    }
  }
  o.sets = sets.data;
  o.nsets = sets.len;
  ZoDemoResult r;
  int rc = zo_demo_run(&o, &r) != 0 ? 1 : r.interrupted ? 130 : 0;
  vec_free(&sets);
  return rc;
}
