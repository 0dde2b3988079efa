/* test_examples.c — every examples/NAME/run.sh runs to its end with this
 * build's zoc. The scripts check their own numbers (the generated kernels
 * against the reference, replay byte for byte, ...) and exit non-zero when a
 * check fails; here each must exit 0 and end with "NAME: ok". */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

START_TEST(test_every_example) {
  const char *dir = zt_src("examples");
  char root[1024];
  snprintf(root, sizeof root, "%s", dir);
  DIR *d = opendir(root);
  ck_assert_msg(d, "no examples folder at %s", root);
  int ran = 0;
  for (struct dirent *e; (e = readdir(d));) {
    if (e->d_name[0] == '.') continue;
    char script[1400];
    snprintf(script, sizeof script, "%s/%s/run.sh", root, e->d_name);
    FILE *fp = fopen(script, "r");
    if (!fp) continue;   /* README.md */
    fclose(fp);
    char cmd[4096], want[300], *out = NULL, *err = NULL;
    snprintf(cmd, sizeof cmd, "ZOC='%s' bash '%s' '%s/%s'", ZOC_BINARY, script, zt_tmpdir(), e->d_name);
    int rc = zt_run(cmd, &out, &err);
    snprintf(want, sizeof want, "%s: ok", e->d_name);
    ck_assert_msg(rc == 0 && out && strstr(out, want), "%s failed (exit %d):\n%s\n%s", script, rc, out ? out : "",
                  err ? err : "");
    free(out);
    free(err);
    ran++;
  }
  closedir(d);
  ck_assert_int_ge(ran, 2);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("examples");
  TCase *c = tcase_create("run");
  tcase_set_timeout(c, 600);
  tcase_add_test(c, test_every_example);
  suite_add_tcase(s, c);
  return s;
}

int main(void) { return zt_run_suite(suite()); }
