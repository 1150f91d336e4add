"""The installer bundle (issue 8): size with the default model, cold start of the
bundled binary to ``--version`` beside ``python -m assistant --version``, and
whether two builds of one commit list the same files.

    python bench/bundle_bench.py [--dist DIR] [--again DIR]

``--dist`` uses a bundle built already (default: build one into a temp dir);
``--again`` builds a second time into DIR and compares the file lists.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _build(dist: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "installer" / "build.py"), "--dist", str(dist),
                    "--work", str(dist.parent / f"{dist.name}-work")], check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip


def _size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    files = (p for p in path.rglob("*") if p.is_file() and not p.is_symlink())  # links: once
    return sum(p.stat().st_size for p in files) / 1e6


def _runs(command: list[str], env: dict[str, str], n: int = 10) -> list[float]:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path)
    parser.add_argument("--again", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        dist = args.dist
        if dist is None:
            dist = Path(tmp) / "dist"
            started = time.perf_counter()
            _build(dist)
            print(f"build (PyInstaller, tar.gz, .deb): {time.perf_counter() - started:.0f} s")
        bundle = dist / "deskmate"
        if not (bundle / "deskmate").is_file():
            sys.exit(f"no bundle in {dist}: build one with installer/build.py, or leave out --dist")
        print(
            f"bundle folder with the default model: {_size_mb(bundle):.0f} MB "
            f"(model {_size_mb(bundle / '_internal' / 'models'):.0f} MB; target < 400 MB)"
        )
        for package in sorted(dist.glob("deskmate*.tar.gz")) + sorted(dist.glob("*.deb")):
            print(f"{package.name}: {_size_mb(package):.0f} MB")
        env = {"HOME": tmp, "DESKMATE_HOME": str(Path(tmp) / "home")}
        first = _runs([str(bundle / "deskmate"), "--version"], env, n=1)[0]
        bundled = _runs([str(bundle / "deskmate"), "--version"], env)
        python = _runs([sys.executable, "-m", "assistant", "--version"],
                       {**env, "PATH": os.environ.get("PATH", "")})  # fmt: skip
        b, p = statistics.median(bundled), statistics.median(python)
        print(f"cold start to --version: first run {first:.2f} s; median of 10: bundle {b:.2f} s, "
              f"python -m assistant {p:.2f} s, ratio {b / p:.2f} (target < 1.5 s)")  # fmt: skip
        if args.again:
            _build(args.again)
            one = (dist / "deskmate-files.txt").read_text().split()
            two = (args.again / "deskmate-files.txt").read_text().split()
            print(f"two builds: {len(one)} and {len(two)} files; identical lists: {one == two}; "
                  f"differences: {sorted(set(one) ^ set(two))[:5]}")  # fmt: skip


if __name__ == "__main__":
    main()
