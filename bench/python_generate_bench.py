#!/usr/bin/env python3
"""Generating plans from Python (tt_astgen.generate) vs in-process C++ (bench/generate_bench).

The same N plans (default 100: the fixture plans of fixtures/plans, repeated with distinct seeds)
are generated one after the other by both, after one untimed warm-up each; the CPU seconds decide
(the wall time is printed too: on a busy machine it follows the load, not the code). Exits 1 when
Python takes more than --limit times the C++ CPU time. See docs/performance.md.

  PYTHONPATH=build/python /usr/bin/python3 bench/python_generate_bench.py \\
      --cxx-bench build/bench/generate_bench [--plans 100] [--limit 1.2]
"""
import argparse
import json
import pathlib
import subprocess
import sys
import tempfile
import time

import tt_astgen

REPO = pathlib.Path(__file__).resolve().parents[1]


def bench_plans(count: int) -> list[str]:
    """count plan texts: the fixture plans in name order, cycled, each with its own seed."""
    fixtures = sorted((REPO / "fixtures" / "plans").glob("*.json"))
    texts = []
    for i in range(count):
        plan = json.loads(fixtures[i % len(fixtures)].read_text())
        plan["seed"] = 1000 + i
        texts.append(json.dumps(plan, indent=2))
    return texts


def python_side(texts: list[str]) -> dict:
    tt_astgen.generate(texts[0])  # warm-up, as generate_bench does
    wall0, cpu0 = time.perf_counter(), time.process_time()
    size = 0
    for text in texts:
        size += sum(len(content.encode()) for content in tt_astgen.generate(text).values())
    return {"plans": len(texts), "wall": time.perf_counter() - wall0, "cpu": time.process_time() - cpu0, "bytes": size}


def cxx_side(binary: str, texts: list[str]) -> dict:
    with tempfile.TemporaryDirectory(prefix="tt-astgen-bench-") as tmp:
        files = []
        for i, text in enumerate(texts):
            path = pathlib.Path(tmp) / f"plan{i:03}.json"
            path.write_text(text)
            files.append(str(path))
        out = subprocess.run([binary, *files], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cxx-bench", required=True, help="the generate_bench binary (-DTT_ASTGEN_BUILD_BENCH=ON)")
    parser.add_argument("--plans", type=int, default=100)
    parser.add_argument("--limit", type=float, default=1.2, help="largest Python/C++ CPU-time ratio accepted")
    args = parser.parse_args()
    texts = bench_plans(args.plans)
    cxx = cxx_side(args.cxx_bench, texts)
    py = python_side(texts)
    if py["bytes"] != cxx["bytes"]:
        print(f"the two sides generated different output: {py['bytes']} vs {cxx['bytes']} bytes", file=sys.stderr)
        return 1
    ratio = py["cpu"] / cxx["cpu"]
    print(f"{args.plans} plans, {cxx['bytes']} bytes of output")
    print(f"  C++    generateProgram: {cxx['cpu']:.2f} s CPU ({cxx['wall']:.2f} s wall), "
          f"{1000 * cxx['cpu'] / args.plans:.1f} ms per plan")
    print(f"  Python tt_astgen.generate: {py['cpu']:.2f} s CPU ({py['wall']:.2f} s wall), "
          f"{1000 * py['cpu'] / args.plans:.1f} ms per plan")
    print(f"  Python / C++: {ratio:.3f} (limit {args.limit})")
    verdict = "PASS" if ratio <= args.limit else "OVER"
    print(f"bench: python/c++ generate = {ratio:.2f}x (limit {args.limit:.2f}x) {verdict}")
    return 0 if ratio <= args.limit else 1


if __name__ == "__main__":
    sys.exit(main())
