/* test_formats.c — the quantizers' own layouts, read as they are (issue 19,
 * "Formats"), through the command line a user types.
 *
 * Fake quantizer folders come from tests/py/quant_folder.py (numpy +
 * safetensors, written from the formats' published definitions, not from
 * zoc's code), which also prints the float64 loss of the model they hold.
 * bitsandbytes NF4 as transformers saves a Linear4bit: the packed codes,
 * weight.absmax, weight.quant_map, with double quantization
 * weight.nested_absmax and weight.nested_quant_map, and the
 * weight.quant_state.bitsandbytes__nf4 JSON blob whose nested_offset the
 * dequant reads (a 0-d storage from metadata); AWQ as AutoAWQ's
 * WQLinear_GEMM packs it (int32 words of eight 4-bit columns in the order
 * 0, 2, 4, 6, 1, 3, 5, 7; zeros the same; f16 scales); fp8 e4m3 as
 * compressed-tensors (per channel [N, 1] or per tensor [1], in the model's
 * dtype) and ModelOpt (a 0-d f32 scale) save it, codes decoded by
 * ml_dtypes; NVFP4 as ModelOpt saves it (E2M1 codes two a byte, low nibble
 * first, decoded from the OCP MX spec's definition; e4m3 scales per 16; a
 * 0-d f32 global scale); MXFP4 per the OCP MX spec (E2M1 codes, E8M0
 * exponent bytes per 32: the dequant's exp2). Checked:
 *  - `zoc loss models/llama.zo --weights DIR`, no -D, on --device ref and
 *    cpu, equals the oracle within LOSS_RTOL (why that bound: below);
 *  - the offset comes from the blob: a blob saying nested_offset 0 moves the
 *    loss far from the oracle;
 *  - a blob whose blocksize disagrees, one without nested_offset, a missing
 *    blob: exit 1 naming the tensor and the key;
 *  - QZO training of a ModelOpt fp8 folder (0-d scales) and a double-
 *    quantized NF4 one changes their scales (the official safetensors
 *    reads both files), and the run directory loads again;
 *  - configs: FP4, 8-bit, AWQ GEMV, compressed-tensors' pack-quantized and
 *    ModelOpt's W4A8_AWQ are refused naming the key; a -D naming the
 *    other NF4 format contradicts the config; one that agrees runs;
 *    `zoc config` says where W came from.
 * The formats' CUDA C is compiled by NVRTC in test_cuda (its tables), their
 * dequant analysis checked by brute force in test_dqan. Seeds are fresh
 * each run (zt_seed).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "support/support.h"
#include "testutil.h"

/* LOSS_RTOL: the oracle is float64 on the stored values. The reference
 * evaluates the dequant in double and rounds W to f32 once (2^-24 relative:
 * absmax · quant_map, and nested_quant_map · nested_absmax + offset, are
 * exact or nearly so in double); the CPU kernels round each of the dequant's
 * 2-3 f32 operations (~2e-7 relative) and sum the matmuls in another order.
 * Each op of the 2-layer Llama is then within a few 1e-7 of the exact op on
 * its inputs, ~30 ops deep, and norms, O(1) softmaxes and random matmuls do
 * not amplify relative errors much: ~1e-6 at most (measured ~5e-8 on ref,
 * ~1e-7 on cpu). A wrong nibble order, block, map or a missing offset moves
 * the loss by 1e-2 and more. */
#define LOSS_RTOL 1e-5

#define SIZES "\"V\": 64, \"D\": 64, \"L\": 2, \"H\": 4, \"KV\": 2, \"F\": 128, \"eps\": 1e-5, \"theta\": 10000"

/* Token data for the tiny model: 3 lines of 4..16 ids below 64. */
static const char *data_file(uint64_t *s) {
  char *path = zt_fmt("%s/data%llx.jsonl", zt_tmpdir(), (unsigned long long)zt_next(s));
  zt_write_tokens(path, 3, 4, 16, 64, s);
  return path;
}

/* Folder NAME from the spec's extra keys; the oracle's 3 losses into want (may be NULL). */
static const char *make_folder(const char *name, const char *spec, const char *data, uint64_t *s, double *want) {
  char *full = zt_fmt(SIZES ", \"file\": \"model.safetensors\", %s", spec);
  const char *dir = zt_quant_folder(name, full, data, s, want, 3);
  free(full);
  return dir;
}

/* `zoc loss models/llama.zo --weights DIR --data DATA EXTRA`: the exit status, stderr in *err */
static int loss(const char *dir, const char *data, const char *extra, double *got, char **err) {
  return zt_loss(zt_src("models/llama.zo"), dir, data, extra, got, 3, err);
}

static double max_rel(const double *got, const double *want) {
  double m = 0;
  for (int i = 0; i < 3; i++) m = fmax(m, fabs(got[i] - want[i]) / fabs(want[i]));
  return m;
}

/* ==== bitsandbytes NF4, AWQ, fp8 and NVFP4 folders load with no -D and match the oracle (MXFP4 with one) */
static const struct {
  const char *name, *spec, *device;
} FOLDERS[] = {
  {"nf4_ref", "\"method\": \"bitsandbytes\"", "ref"},
  {"nf4_cpu", "\"method\": \"bitsandbytes\"", "cpu"},
  {"nf4dq_ref", "\"method\": \"bitsandbytes\", \"double_quant\": 1", "ref"},
  {"nf4dq_cpu", "\"method\": \"bitsandbytes\", \"double_quant\": 1", "cpu"},
  {"awq32_ref", "\"method\": \"awq\", \"group\": 32", "ref"},
  {"awq32_cpu", "\"method\": \"awq\", \"group\": 32", "cpu"},
  {"awqone_cpu", "\"method\": \"awq\", \"group\": -1", "cpu"},
  {"ctch_ref", "\"method\": \"compressed-tensors\", \"strategy\": \"channel\"", "ref"},
  {"ctch_cpu", "\"method\": \"compressed-tensors\", \"strategy\": \"channel\", \"dtype\": \"bfloat16\"", "cpu"},
  {"ctt_cpu", "\"method\": \"compressed-tensors\", \"strategy\": \"tensor\", \"dtype\": \"bfloat16\"", "cpu"},
  {"mo_ref", "\"method\": \"modelopt\"", "ref"},
  {"mo_cpu", "\"method\": \"modelopt\"", "cpu"},
  {"nvfp4_ref", "\"method\": \"modelopt\", \"algo\": \"NVFP4\"", "ref"},
  {"nvfp4_cpu", "\"method\": \"modelopt\", \"algo\": \"NVFP4\"", "cpu"},
  /* no quantization config names MXFP4: the format by -D */
  {"mxfp4_ref", "\"method\": \"mxfp4\", \"where\": \"none\"", "ref -D W=mxfp4"},
  {"mxfp4_cpu", "\"method\": \"mxfp4\", \"where\": \"none\"", "cpu -D W=mxfp4"},
};

START_TEST(test_quantizer_folders) {
  uint64_t s = zt_seed() ^ (uint64_t)(_i + 1) * 0x9E3779B97F4A7C15ull;
  const char *data = data_file(&s);
  double want[3], got[3];
  const char *dir = make_folder(FOLDERS[_i].name, FOLDERS[_i].spec, data, &s, want);
  char *dev = zt_fmt("--device %s", FOLDERS[_i].device), *err = NULL;
  ck_assert_msg(loss(dir, data, dev, got, &err) == 0, "%s: %s", FOLDERS[_i].name, err);
  ck_assert_msg(!strstr(err, "warning"), "%s: %s", FOLDERS[_i].name, err);
  ck_assert_msg(max_rel(got, want) <= LOSS_RTOL, "%s: zoc %.10g %.10g %.10g, numpy %.10g %.10g %.10g", FOLDERS[_i].name,
                got[0], got[1], got[2], want[0], want[1], want[2]);
  free(err);
  free(dev);
}
END_TEST

/* ==== AWQ: versions other than GEMM are refused; a -D must agree */
START_TEST(test_awq_refusals) {
  uint64_t s = zt_seed() ^ 0x73;
  const char *data = data_file(&s);
  const char *dir = make_folder("awq_gemv", "\"method\": \"awq\", \"group\": 32, \"awq_version\": \"gemv\"", data, &s,
                                NULL);
  char *err = NULL;
  ck_assert_msg(loss(dir, data, "--device ref", NULL, &err) == 1, "AWQ gemv loaded");
  ck_assert_msg(strstr(err, "config.json") && strstr(err, "version is \"gemv\"") && strstr(err, "\"gemm\""), "%s", err);
  free(err);
  dir = make_folder("awq_d", "\"method\": \"awq\", \"group\": 32", data, &s, NULL);
  ck_assert_msg(loss(dir, data, "--device ref -D 'W=awq(G=64)'", NULL, &err) == 1, "-D W=awq(G=64) accepted");
  ck_assert_msg(strstr(err, "contradicts") && strstr(err, "quantization_config.group_size is 32"), "%s", err);
  free(err);
  ck_assert_msg(loss(dir, data, "--device ref -D 'W=gptq(bits=4, G=32)'", NULL, &err) == 1, "-D W=gptq accepted");
  ck_assert_msg(strstr(err, "it names format 'gptq', the checkpoint is awq"), "%s", err);
  free(err);
}
END_TEST

/* ==== other compressed-tensors formats and ModelOpt algorithms are refused */
START_TEST(test_fp8_refusals) {
  uint64_t s = zt_seed() ^ 0x91;
  const char *data = data_file(&s);
  static const struct {
    const char *name, *spec, *says;
  } bad[] = {
    {"ct_pack", "\"method\": \"compressed-tensors\", \"ct_format\": \"pack-quantized\"",
     "quantization_config.format is \"pack-quantized\""},
    {"mo_w4a8", "\"method\": \"modelopt\", \"algo\": \"W4A8_AWQ\"", "quantization_config.quant_algo is \"W4A8_AWQ\""},
  };
  for (size_t i = 0; i < ZO_COUNT(bad); i++) {
    const char *dir = make_folder(bad[i].name, bad[i].spec, data, &s, NULL);
    char *err = NULL;
    ck_assert_msg(loss(dir, data, "--device ref", NULL, &err) == 1, "%s loaded", bad[i].name);
    ck_assert_msg(strstr(err, "config.json") && strstr(err, bad[i].says), "%s: %s", bad[i].name, err);
    free(err);
  }
}
END_TEST

/* ==== QZO trains the scales QZO may perturb (a 0-d one among them), and the
   run directory loads again with no -D (the layout and the blobs kept) */
START_TEST(test_train_and_reload) {
  uint64_t s = zt_seed() ^ 0xA5;
  const char *data = data_file(&s);
  static const char *const spec[] = {"\"method\": \"modelopt\"", "\"method\": \"bitsandbytes\", \"double_quant\": 1"};
  static const char *const scale[] = {".weight_scale", ".weight.nested_absmax"};
  for (int i = 0; i < 2; i++) {
    const char *dir = make_folder(i ? "tr_nf4" : "tr_fp8", spec[i], data, &s, NULL);
    char *err = NULL, *out = NULL;
    char *run = zt_fmt("%s/run%d", zt_tmpdir(), i);
    char *args = zt_fmt("train '%s' --recipe qzo --weights '%s' --task lm --data '%s' --out '%s' --steps 3",
                     zt_src("models/llama.zo"), dir, data, run);
    ck_assert_msg(zt_zoc(args, &out, &err) == 0, "%s: %s", args, err);
    free(out);
    free(err);
    ck_assert_msg(loss(run, data, "", NULL, &err) == 0, "the trained %s does not load: %s", spec[i], err);
    free(err);
    /* the steps moved the scales (the loss may move by less than it prints: one
       nested absmax per small matrix), and nothing else is lost */
    char *cmp = zt_fmt("'%s' '%s' '%s' '%s'", zt_src("tests/py/st_changed.py"), dir, run, scale[i]);
    ck_assert_msg(zt_python(cmp, &out, &err) == 0, "%s", err);
    int nt = 0, nc = 0;
    ck_assert_msg(sscanf(out, "{\"tensors\": %d, \"changed\": %d}", &nt, &nc) == 2 && nt == 14 && nc > 0,
                  "%s: the trained scales '%s': %s", spec[i], scale[i], out);
    free(out);
    free(err);
    free(cmp);
    free(args);
    free(run);
  }
}
END_TEST

/* ==== nested_offset is read from the quant_state blob */
START_TEST(test_bnb_offset_from_blob) {
  uint64_t s = zt_seed() ^ 0x31;
  const char *data = data_file(&s);
  double want[3], got[3];
  /* the oracle's weights use the drawn offsets; the blobs say 0 */
  const char *dir = make_folder("nf4_off0", "\"method\": \"bitsandbytes\", \"double_quant\": 1, "
                                "\"state_patch\": {\"nested_offset\": 0.0}", data, &s, want);
  char *err = NULL;
  ck_assert_msg(loss(dir, data, "--device ref", got, &err) == 0, "%s", err);
  free(err);
  ck_assert_msg(max_rel(got, want) > 100 * LOSS_RTOL, "the blob's nested_offset is not what the loss depends on (%.3g)",
                max_rel(got, want));
}
END_TEST

/* ==== a bad quant_state, a config zoc has no format for, a contradicting -D */
START_TEST(test_bnb_refusals) {
  uint64_t s = zt_seed() ^ 0x57;
  const char *data = data_file(&s);
  static const struct {
    const char *name, *spec, *says[3];
  } bad[] = {
    {"nf4_bs", "\"double_quant\": 1, \"state_patch\": {\"blocksize\": 128}",
     {"weight.quant_state.bitsandbytes__nf4", "\"blocksize\" is 128", "blocksize = 64"}},
    {"nf4_nooff", "\"double_quant\": 1, \"state_patch\": {\"nested_offset\": null}",
     {"weight.quant_state.bitsandbytes__nf4", "no number \"nested_offset\"", "bnb_nf4_dq"}},
    {"nf4_fp4", "\"quant_type\": \"fp4\"", {"config.json", "bnb_4bit_quant_type is \"fp4\"", "\"nf4\""}},
    {"nf4_8bit", "\"eight_bit\": 1", {"config.json", "load_in_8bit", "4-bit"}},
  };
  for (size_t i = 0; i < ZO_COUNT(bad); i++) {
    char *spec = zt_fmt("\"method\": \"bitsandbytes\", %s", bad[i].spec);
    const char *dir = make_folder(bad[i].name, spec, data, &s, NULL);
    char *err = NULL;
    ck_assert_msg(loss(dir, data, "--device ref", NULL, &err) == 1, "%s loaded", bad[i].name);
    for (int j = 0; j < 3; j++)
      ck_assert_msg(strstr(err, bad[i].says[j]), "%s: no '%s' in: %s", bad[i].name, bad[i].says[j], err);
    free(err);
    free(spec);
  }
  /* the blob is missing altogether: named */
  const char *dir = make_folder("nf4_noblob", "\"method\": \"bitsandbytes\", \"double_quant\": 1", data, &s, NULL);
  char *cmd = zt_fmt("cd '%s' && %s -c \"from safetensors.numpy import load_file, save_file; d = load_file('model.safetensors'); "
                  "save_file({k: v for k, v in d.items() if 'layers.1.mlp.up_proj.weight.quant_state' not in k}, "
                  "'model.safetensors')\"", dir, getenv("ZOC_PYTHON") ? getenv("ZOC_PYTHON") : "python3");
  ck_assert(zt_run(cmd, NULL, NULL) == 0);
  char *err = NULL;
  ck_assert_msg(loss(dir, data, "--device ref", NULL, &err) == 1, "no blob: loaded");
  ck_assert_msg(strstr(err, "no tensor 'model.layers.1.mlp.up_proj.weight.quant_state.bitsandbytes__nf4'") &&
                strstr(err, "nested_offset"), "%s", err);
  free(err);
  free(cmd);
  /* -D: the other NF4 format contradicts the config, the same one runs */
  double want[3], got[3];
  dir = make_folder("nf4_d", "\"method\": \"bitsandbytes\", \"double_quant\": 1", data, &s, want);
  ck_assert_msg(loss(dir, data, "--device ref -D W=bnb_nf4", NULL, &err) == 1, "-D W=bnb_nf4 accepted");
  ck_assert_msg(strstr(err, "contradicts") && strstr(err, "it names format 'bnb_nf4', the checkpoint is bnb_nf4_dq"),
                "%s", err);
  free(err);
  ck_assert_msg(loss(dir, data, "--device ref -D 'W=bnb_nf4_dq(blocksize=64)'", got, &err) == 0, "%s", err);
  free(err);
  ck_assert_msg(max_rel(got, want) <= LOSS_RTOL, "an agreeing -D: %.3g", max_rel(got, want));
  ck_assert_msg(loss(dir, data, "--device ref -D 'W=bnb_nf4_dq(blocksize=32)'", NULL, &err) == 1, "blocksize 32 accepted");
  ck_assert_msg(strstr(err, "contradicts") && strstr(err, "its blocksize is 64"), "%s", err);
  free(err);
  /* zoc config: where W came from */
  char *args = zt_fmt("config '%s' --weights '%s'", zt_src("models/llama.zo"), dir);
  char *out = NULL;
  ck_assert_msg(zt_zoc(args, &out, &err) == 0, "%s", err);
  ck_assert_msg(strstr(out, "bnb_nf4_dq(blocksize=64, nested_blocksize=256)") &&
                strstr(out, "bitsandbytes 4-bit nf4, double quant true"), "%s", out);
  free(out);
  free(err);
  free(args);
}
END_TEST

static Suite *suite(void) {
  Suite *s = suite_create("formats");
  TCase *tc = tcase_create("formats");
  tcase_add_loop_test(tc, test_quantizer_folders, 0, (int)ZO_COUNT(FOLDERS));
  tcase_add_test(tc, test_bnb_offset_from_blob);
  tcase_add_test(tc, test_bnb_refusals);
  tcase_add_test(tc, test_awq_refusals);
  tcase_add_test(tc, test_fp8_refusals);
  tcase_add_test(tc, test_train_and_reload);
  suite_add_tcase(s, tc);
  return s;
}

int main(void) { return zt_run_suite(suite()); }
