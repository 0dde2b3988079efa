# gemm_floor.py — the compute floor of each matmul precision on this GPU, at the
# Llama-2-7B shapes of a ZO step (B=16, T=128, both signs: M = 4096 rows), by
# the vendor libraries through PyTorch: f16 and bf16 (cuBLAS), fp8 e4m3
# (torch._scaled_mm, per-row and per-column scales as zoc's fp8 forward), int8
# (torch._int_mm, int32 accumulation). zoc's low-precision forwards
# (docs/lowprec.md) are measured against these in the same call
# (scripts/gpu_run.sh floor). Prints one line per precision and shape and a JSON
# summary: TFLOP/s and the time a whole 7B step's matmuls would take at that rate.
# Usage: python3 bench/gemm_floor.py   (GPU machine only; torch, no transformers)
import json
import torch

M = 4096
# (K, N, count per layer) of Llama-2-7B: q, k, v, o (4096x4096), gate, up (4096x11008), down (11008x4096)
SHAPES = [(4096, 4096, 4), (4096, 11008, 2), (11008, 4096, 1)]
LAYERS, VOCAB = 32, 32000


def timed(fn, reps=20):
    for _ in range(3):
        fn()
    torch.cuda.synchronize()
    e0, e1 = torch.cuda.Event(True), torch.cuda.Event(True)
    e0.record()
    for _ in range(reps):
        fn()
    e1.record()
    torch.cuda.synchronize()
    return e0.elapsed_time(e1) / 1e3 / reps


def run(kind, K, N):
    dev = "cuda"
    if kind in ("f16", "bf16"):
        dt = torch.float16 if kind == "f16" else torch.bfloat16
        a = torch.randn(M, K, device=dev, dtype=dt)
        b = torch.randn(N, K, device=dev, dtype=dt)
        return timed(lambda: a @ b.t())
    if kind == "fp8":
        a = torch.randn(M, K, device=dev).to(torch.float8_e4m3fn)
        b = torch.randn(N, K, device=dev).to(torch.float8_e4m3fn)
        sa = torch.rand(M, 1, device=dev) + 0.5
        sb = torch.rand(1, N, device=dev) + 0.5
        return timed(lambda: torch._scaled_mm(a, b.t(), scale_a=sa, scale_b=sb, out_dtype=torch.float16))
    a = torch.randint(-127, 128, (M, K), device=dev, dtype=torch.int8)
    b = torch.randint(-127, 128, (N, K), device=dev, dtype=torch.int8)
    return timed(lambda: torch._int_mm(a, b.t()))


def main():
    print("gpu", torch.cuda.get_device_name(0), "torch", torch.__version__)
    out = {}
    for kind in ("f16", "bf16", "fp8", "int8"):
        total_s, flops = 0.0, 0.0
        rates = []
        try:
            for K, N, cnt in SHAPES:
                t = run(kind, K, N)
                r = 2 * M * K * N / t / 1e12
                rates.append(round(r))
                print(f"{kind} M={M} K={K} N={N}: {t * 1e3:.3f} ms, {r:.0f} TFLOP/s")
                total_s += cnt * LAYERS * t
                flops += cnt * LAYERS * 2 * M * K * N
            t = run(kind, 4096, VOCAB)   # the head
            total_s += t
            flops += 2 * M * 4096 * VOCAB
            out[kind] = {"tflops_by_shape": rates, "step_matmul_s": round(total_s, 5), "tflops": round(flops / total_s / 1e12)}
        except Exception as e:   # a precision this torch or GPU lacks: say so, go on
            out[kind] = {"error": str(e).splitlines()[0][:200]}
        print(kind, json.dumps(out[kind]))
    print(json.dumps({"gemm_floor": out}))


if __name__ == "__main__":
    main()
