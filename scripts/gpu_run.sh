#!/usr/bin/env bash
# gpu_run.sh — what runs on the GPU machine, from the repository root, after
# scripts/gpu_build.sh built DIR (default build-gpu) here and DIR was carried:
# every GPU test (tests/test_cuda.c: NVRTC compiles of every bundled model,
# the RNG's bits, whole models against the reference backend; tests/test_cache.c's
# gpu case: cached images the driver rejects), then
# `zoc bench --device cuda` (Llama-2-7B shape, int4 g128, B=16 and B=1,
# T=128) and the PyTorch peers (torch_zo_anchor.py). Logs go to $OUT (the
# device tool's folder) or DIR/out. Usage: scripts/gpu_run.sh [all | WHAT[,WHAT...]], WHAT one of
# tests, bench, anchor, floor (all four: all; floor: bench/gemm_floor.py, each matmul precision's cuBLAS rate), profile (one forward's kernels timed one by one), ncu (Nsight
# Compute on the kernels matching ZOC_NCU_KERNELS, default zk_dequant, of a 2-layer 7B-shaped step), ncusrc (the
# first such kernel's stalls per SASS instruction: ncusrc.csv), parity (scripts/hf_parity.py: zoc's loss against
# transformers' on tiny random models of every bundled architecture and format, ref/cpu/cuda: parity.md)
# Env: ZOC_TEST_CASES (default "gpu gpu_lowprec gpu_train"), ZOC_TEST_TIMEOUT (per case), ZOC_BENCH_TIMEOUT,
# ZOC_PARITY_DEVICES (default ref,cpu,cuda), ZOC_PARITY_TIMEOUT, ZOC_BENCH_TINY= (skip tiny), ZOC_BENCH_B16=0, ZOC_BENCH_NO_B1=1, ZOC_BENCH_MMA_SYNC=1 (B=16 with mma.sync too),
# ZOC_BENCH_OLD=DIR (an older build's zoc and models/ in DIR, e.g. `git archive REV models` + its gpu_build.sh zoc: each
# bench without --target runs again by it right after, for a before/after in one call),
# ZOC_BENCH_TARGETS="tma=0 matmul=mma,overlap=0" (B=16 once per comma-joined set of --target options; gpu_cache.sh's
# ZOC_GPU_CACHE_TARGETS compiles them ahead), ZOC_BENCH_SETS="forward=fp8 forward=int8" (B=16 once per
# comma-joined set of recipe settings), ZOC_BENCH_MEZO=1 (dense bf16 MeZO, with and without masters), ZOC_ANCHOR_KINDS (default deq; "deq tinygemm" adds the int4-kernel peer, minutes).
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
b=${ZOC_GPU_BUILD:-build-gpu}
out=${OUT:-$here/$b/out}
mkdir -p "$out"
what=${1:-all}
has() { [ "$what" = all ] && [ "$1" != profile ] && [ "$1" != parity ] && [ "${1#ncu}" = "$1" ] && return 0; [[ ",$what," == *",$1,"* ]]; }
export LD_LIBRARY_PATH="$here/$b/lib:${LD_LIBRARY_PATH:-}"
export ZOC_SOURCE_DIR="$here" ZOC_CUDA_CACHE=/tmp/zoc-cuda-cache PYTHONUNBUFFERED=1
# the kernels scripts/gpu_cache.sh compiled here, when its NVRTC is this machine's version
[ -d "$b/cuda-cache" ] && mkdir -p "$ZOC_CUDA_CACHE" && cp -rn "$b/cuda-cache/." "$ZOC_CUDA_CACHE/"
# NVRTC: the machine's CUDA, else the one beside PyTorch
if [ -z "${ZOC_NVRTC:-}" ]; then
  for c in $(ls /usr/local/cuda*/lib64/libnvrtc.so* /usr/local/cuda*/targets/*/lib/libnvrtc.so* \
               /opt/*/.venv/lib/python3*/site-packages/nvidia/cu*/lib/libnvrtc.so* \
               /usr/local/lib/python3*/dist-packages/nvidia/cu*/lib/libnvrtc.so* 2>/dev/null | grep -v -e builtins -e '\.alt\.'); do
    export ZOC_NVRTC=$c
    break
  done
fi
# the test binary runs `zoc` by the path it was built with
zb=$(strings "$b/test_cuda" | grep -m1 '/zoc$' || true)
if [ -n "$zb" ] && [ ! -x "$zb" ]; then mkdir -p "$(dirname "$zb")" && ln -sf "$here/$b/zoc" "$zb"; fi
{
  echo "== $(date -u) $(hostname)"; nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
  echo "ZOC_NVRTC=${ZOC_NVRTC:-}"
} 2>&1 | tee "$out/env.log"
rc=0
if has tests; then
  # the GPU checks only, by default: CI compiles every kernel with NVRTC already
  # (ZOC_TEST_CASES="nvrtc gpu gpu_lowprec gpu_train" runs the NVRTC case here too)
  for case in ${ZOC_TEST_CASES:-gpu gpu_lowprec gpu_train}; do
    CK_RUN_CASE=$case CK_DEFAULT_TIMEOUT=600 timeout "${ZOC_TEST_TIMEOUT:-300}" "$b/test_cuda" 2>&1 | tee -a "$out/test_cuda.log"
    st=${PIPESTATUS[0]}
    if [ "$st" -eq 124 ]; then   # killed before Check printed its summary: say so
      echo "test_cuda case $case: killed by the ${ZOC_TEST_TIMEOUT:-300} s timeout (ZOC_TEST_TIMEOUT; a cold NVRTC cache? scripts/gpu_cache.sh)" |
        tee -a "$out/test_cuda.log"
    fi
    [ "$st" -eq 0 ] || rc=1
  done
  # the NVRTC cache's bad images (rejected by the driver, lacking kernels) through zoc loss
  if [ -x "$b/test_cache" ]; then
    CK_RUN_CASE=gpu timeout "${ZOC_TEST_TIMEOUT:-300}" "$b/test_cache" 2>&1 | tee -a "$out/test_cuda.log"
    [ "${PIPESTATUS[0]}" -eq 0 ] || rc=1
  fi
fi
bench() {   # name, args...   (one bench.log: the device tool brings back only so many files)
  local name=$1; shift
  echo "== $name: zoc bench $*" | tee -a "$out/bench.log"
  timeout "${ZOC_BENCH_TIMEOUT:-150}" "$b/zoc" bench "$@" --random-weights --device cuda 2>&1 | tee -a "$out/bench.log"
  # the same bench by an older build right after it, in its own tree (its zoc reads its own models/)
  if [ -n "${ZOC_BENCH_OLD:-}" ] && [[ "$*" != *--target* ]]; then
    echo "== $name (old: $ZOC_BENCH_OLD): zoc bench $*" | tee -a "$out/bench.log"
    (cd "$ZOC_BENCH_OLD" && ZOC_SOURCE_DIR="$PWD" timeout "${ZOC_BENCH_TIMEOUT:-150}" ./zoc bench "$@" --random-weights --device cuda) 2>&1 |
      tee -a "$out/bench.log"
  fi
}
if has profile; then   # one forward's kernels, timed one by one
  timeout 200 "$b/zoc" bench models/llama.zo --recipe qzo --batch 16 --seq 128 --random-weights --device cuda --reps 2 --target profile=1 2>&1 | tee "$out/profile.log"
fi
if has ncu; then   # hardware counters of a few kernels (plain launches: no graph)
  timeout "${ZOC_NCU_TIMEOUT:-200}" ncu --clock-control none -k "regex:${ZOC_NCU_KERNELS:-zk_dequant}" -c "${ZOC_NCU_COUNT:-4}" \
    --section SpeedOfLight --section MemoryWorkloadAnalysis --section Occupancy --section LaunchStats --section WarpStateStats \
    "$b/zoc" bench models/llama.zo -D L=2 --recipe qzo --batch 16 --seq 128 --random-weights --device cuda --reps 1 --target graph=0 2>&1 | tee "$out/ncu.log"
fi
if has ncusrc; then   # where one kernel's warps stall, per SASS instruction (sampled), as CSV
  timeout "${ZOC_NCU_TIMEOUT:-200}" ncu --clock-control none -k "regex:${ZOC_NCU_KERNELS:-zk_dequant}" -c "${ZOC_NCU_COUNT:-1}" \
    --section SpeedOfLight --section WarpStateStats --section SourceCounters -o "$out/ncusrc" -f \
    "$b/zoc" bench models/llama.zo -D L=2 --recipe qzo --batch 16 --seq 128 --random-weights --device cuda --reps 1 --target graph=0 > "$out/ncusrc.log" 2>&1
  ncu -i "$out/ncusrc.ncu-rep" --page details >> "$out/ncusrc.log" 2>&1
  ncu -i "$out/ncusrc.ncu-rep" --page source --csv --print-source sass > "$out/ncusrc.csv" 2>&1
  rm -f "$out/ncusrc.ncu-rep"
fi
if has bench; then
  [ -n "${ZOC_BENCH_TINY-1}" ] && bench tiny models/tiny.zo --recipe qzo --batch 16 --seq 128
  [ "${ZOC_BENCH_B16:-1}" = 1 ] && bench llama7b_b16 models/llama.zo --recipe qzo --batch 16 --seq 128
  [ -z "${ZOC_BENCH_NO_B1:-}" ] && bench llama7b_b1 models/llama.zo --recipe qzo --batch 1 --seq 128
  [ -n "${ZOC_BENCH_MMA_SYNC:-}" ] && bench llama7b_b16_mma_sync models/llama.zo --recipe qzo --batch 16 --seq 128 --target matmul=mma
  for set in ${ZOC_BENCH_TARGETS:-}; do   # B=16 once per comma-joined set of device options
    targets=()
    for t in ${set//,/ }; do targets+=(--target "$t"); done
    bench "llama7b_b16_$(echo "$set" | tr ',=' '_-')" models/llama.zo --recipe qzo --batch 16 --seq 128 "${targets[@]}"
  done
  for set in ${ZOC_BENCH_SETS:-}; do   # B=16 once per comma-joined set of recipe settings (forward=fp8)
    sets=()
    for t in ${set//,/ }; do sets+=(--set "$t"); done
    bench "llama7b_b16_$(echo "$set" | tr ',=' '_-')" models/llama.zo --recipe qzo --batch 16 --seq 128 "${sets[@]}"
  done
  if [ -n "${ZOC_BENCH_MEZO:-}" ]; then   # dense bf16 MeZO: f32 masters, then none with stochastic rounding
    bench llama7b_mezo models/llama.zo --recipe mezo -D W=linear -D DT=bf16 --batch 16 --seq 128
    bench llama7b_mezo_nomasters models/llama.zo --recipe mezo -D W=linear -D DT=bf16 --batch 16 --seq 128 \
      --set masters=none --set update_rounding=stochastic
  fi
fi
if has anchor; then
  for kind in ${ZOC_ANCHOR_KINDS:-deq}; do   # deq: dequant + cuBLAS; tinygemm: int4 kernels (minutes)
    deq=""; [ "$kind" = deq ] && deq=1
    echo "== torch_zo_anchor $kind (DEQ=$deq)" | tee -a "$out/anchor.log"
    DEQ=$deq timeout "${ZOC_ANCHOR_TIMEOUT:-200}" python3 "$b/torch_zo_anchor.py" 2>&1 | tee -a "$out/anchor.log"
  done
fi
if has floor; then   # the compute floor of each matmul precision (cuBLAS f16/bf16, fp8 scaled_mm, int8 int_mm)
  timeout "${ZOC_FLOOR_TIMEOUT:-120}" python3 bench/gemm_floor.py 2>&1 | tee "$out/floor.log"
fi
if has parity; then   # needs torch + transformers (there on the GPU machine); the models are made here, each run
  timeout "${ZOC_PARITY_TIMEOUT:-500}" bash -c "python3 scripts/hf_parity.py make '$out/parity-models' &&
    python3 scripts/hf_parity.py check '$out/parity-models' --zoc '$b/zoc' --device ${ZOC_PARITY_DEVICES:-ref,cpu,cuda}" 2>&1 | tee "$out/parity.md"
  [ "${PIPESTATUS[0]}" -eq 0 ] || rc=1
  rm -rf "$out/parity-models"   # only the table comes back
fi
exit $rc
