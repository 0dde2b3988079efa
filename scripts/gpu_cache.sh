#!/usr/bin/env bash
# gpu_cache.sh — compiles here, with this machine's NVRTC, every CUDA program
# the GPU machine's runs will ask for (the `gpu` and `gpu_train` test cases on
# each matmul path, the benches) into DIR/cuda-cache, which gpu_run.sh hands
# the GPU machine: a fresh machine then skips NVRTC (minutes of its time).
# Entries are keyed by source, options and NVRTC version (major.minor), so
# this helps only when this NVRTC's version is the GPU machine's (13.0 here
# and there, 2026-12-03); otherwise the machine compiles as before.
# It runs on the GPU machine too (ZOC_NVRTC: its NVRTC), whose cores compile a cold cache in a minute or two.
# Usage: scripts/gpu_cache.sh [DIR]   (default build-gpu; after gpu_build.sh); JOBS (default: every core);
# ZOC_PARITY_DIR: see below
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
b=${1:-$here/build-gpu}
if [ -z "${ZOC_NVRTC:-}" ]; then
  for c in /usr/local/cuda*/lib/libnvrtc.so.1[3-9] /usr/local/cuda*/lib64/libnvrtc.so.1[3-9]; do
    [ -e "$c" ] && export ZOC_NVRTC=$c && break
  done
fi
[ -n "${ZOC_NVRTC:-}" ] || { echo "gpu_cache: no NVRTC 13 here; the GPU machine will compile"; exit 0; }
export ZOC_CUDA_CACHE="$b/cuda-cache" ZOC_SOURCE_DIR="$here"
cd "$here"
# every entry this run writes or reads gets a new mtime (the cache marks a hit used); the rest are
# stale programs, pruned at the end so the carried folder stays under the device tool's 64 MiB
mkdir -p "$ZOC_CUDA_CACHE"
start="$ZOC_CUDA_CACHE/.start"
touch "$start"
sleep 1
# the compiles run JOBS at a time (default: every core; the cache's writes are atomic)
jobs=${JOBS:-$(nproc)}
cubin() {
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n; done
  { "$b/zoc" cuda "$@" --cubin >/dev/null || echo "gpu_cache: zoc cuda $* failed"; } &
}
# each test configuration on the test's four paths (tests/test_cuda.c open_cuda; overlap=0 leaves the source alone)
while read -r line; do
  eval "set -- $line"
  cubin "$@" --arch 90 --target matmul=f32
  cubin "$@" --arch 90a
  cubin "$@" --arch 90
  cubin "$@" --arch 90a --target tma=0
done < <([ -n "${ZOC_GPU_CACHE_NO_MODELS:-}" ] || "$b/test_cuda" --gpu-models)   # ZOC_GPU_CACHE_NO_MODELS=1: not the gpu case's
# the low-precision test's (tests/test_cuda.c test_lowprec_on_gpu): the tensor-core paths and wgmma on f16
while read -r line; do
  eval "set -- $line"
  cubin "$@" --arch 90a
  cubin "$@" --arch 90
  cubin "$@" --arch 90a --target tma=0
  cubin "$@" --arch 90a --target lowbit=f16
done < <("$b/test_cuda" --gpu-lp-models)
# the training test's model (tests/test_cuda.c train_once) and the benches (gpu_run.sh): the 7B QZO one in
# each forward precision, and the dense MeZO one
cubin models/tiny.zo -D V=96 --recipe qzo --arch 90 --target matmul=f32
cubin models/tiny.zo -D V=96 --recipe qzo --arch 90a
cubin models/tiny.zo -D V=96 --recipe qzo --arch 90
cubin models/tiny.zo --recipe qzo --arch 90a
for w in "gptq(bits=4, G=32)" "int8(dt=bf16)" nvfp4; do   # the update modes' test (test_update_modes_on_gpu)
  cubin models/tiny.zo -D V=96 -D "W=$w" --recipe qzo --arch 90 --target matmul=f32
done
cubin models/llama.zo --recipe qzo --arch 90a
cubin models/llama.zo --recipe mezo -D W=linear -D DT=bf16 --arch 90a   # the dense MeZO bench
cubin models/llama.zo --recipe qzo --set forward=fp8 --arch 90a        # the low-precision forwards' benches
cubin models/llama.zo --recipe qzo --set forward=int8 --arch 90a
# device options the next bench asks for (ZOC_GPU_CACHE_TARGETS="tma=0 matmul=mma,overlap=0": the 7B bench once per
# comma-joined set, as gpu_run.sh's ZOC_BENCH_TARGETS)
for set in ${ZOC_GPU_CACHE_TARGETS:-}; do
  targets=()
  for t in ${set//,/ }; do targets+=(--target "$t"); done
  cubin models/llama.zo --recipe qzo --arch 90a "${targets[@]}"
done
# the parity run's checkpoints (gpu_run.sh parity): ZOC_PARITY_DIR, a folder `scripts/hf_parity.py make` wrote
# here; the GPU machine makes its own, with other random weights but the same configs, so the same kernels
if [ -n "${ZOC_PARITY_DIR:-}" ]; then
  for d in "$ZOC_PARITY_DIR"/*/; do
    [ -f "$d/config.json" ] && { "$b/zoc" cuda --weights "$d" --arch 90a --cubin >/dev/null 2>&1 ||
                                 echo "gpu_cache: zoc cuda --weights $d failed"; }
  done
fi
wait
find "$ZOC_CUDA_CACHE" -maxdepth 1 -type f ! -name .start ! -newer "$start" -delete
rm -f "$start"
du -sh "$ZOC_CUDA_CACHE" | awk '{print "gpu_cache: " $1 " in '"$ZOC_CUDA_CACHE"'"}'
