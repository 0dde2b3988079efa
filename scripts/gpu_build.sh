#!/usr/bin/env bash
# gpu_build.sh — builds zoc and the GPU test binary on this (CPU) machine for
# the GPU machine, which has CUDA but no flex, bison, LLVM, Check, jansson or libcrypto:
# LLVM off (the cuda backend needs none: NVRTC and the driver are dlopen'd),
# jansson, utf8proc and libcrypto static, Check static; the few shared libraries left
# (subunit) are copied into DIR/lib. The PyTorch peer of the bench travels
# beside them. Usage: scripts/gpu_build.sh [DIR]   (default: build-gpu, ignored
# by git) — then carry DIR and run scripts/gpu_run.sh there.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$here/build-gpu}
cmake -S "$here" -B "$out" -DCMAKE_BUILD_TYPE=Release -DZOC_WITH_LLVM=OFF -DZOC_STATIC_DEPS=ON >/dev/null
cmake --build "$out" -j"${JOBS:-2}" --target zoc test_cuda test_cache
mkdir -p "$out/lib"
for lib in $(ldd "$out/test_cuda" "$out/test_cache" "$out/zoc" | awk '/=> \// {print $3}' | sort -u); do
  case "$(basename "$lib")" in
    libc.so*|libm.so*|libdl.so*|libpthread.so*|ld-linux*|libgcc_s*|librt.so*|libstdc++*) ;;
    *) cp -L "$lib" "$out/lib/" ;;
  esac
done
# ../shared beside the checkout (it does not travel to the GPU machine: the build folder takes the peer along)
anchor="$here/../shared/bench/torch_zo_anchor.py"
[ -f "$anchor" ] && cp "$anchor" "$out/"
du -sh "$out" | awk '{print "gpu build: " $1 " in '"$out"'"}'
