#!/usr/bin/env python3
"""Start-up benchmark: time to the first drawn frame, and peak memory.

Usage: tests/bench/startup.py [BUILD_DIR] [RUNS]
Needs a display (run it under xvfb-run). Prints a table; not a test.
Each run starts the real application on a workbook and measures, on the
monotonic clock, from just before exec to the end of the first frame's paint.
"""
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

build = sys.argv[1] if len(sys.argv) > 1 else "_build"
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 10
app = os.path.join(build, "src", "app", "hinagata")
cli = os.path.join(build, "src", "cli", "hinagata-cli")


def make_workbook(path, departments, people):
    import sqlite3
    subprocess.run([cli, "new", path, "--company", "株式会社ベンチ"], check=True,
                   stdout=subprocess.DEVNULL)
    db = sqlite3.connect(path)
    with db:
        for d in range(departments):
            db.execute("INSERT INTO department (name, position) VALUES (?, ?)", (f"部署{d:03d}", d))
        for p in range(people):
            db.execute("INSERT INTO person (name, department_id, email) VALUES (?, ?, ?)",
                       (f"社員 {p:04d}", 1 + p % max(departments, 1) if departments else None,
                        f"user{p}@example.jp"))
    db.close()


def one_run(workbook, home):
    env = dict(os.environ)
    env.update({
        "HINAGATA_BENCH_FIRST_FRAME": "1",
        "GSETTINGS_BACKEND": "memory",
        "GSETTINGS_SCHEMA_DIR": os.path.join(build, "resources", "desktop"),
        "HINAGATA_LOCALEDIR": os.path.join(build, "po"),
        "XDG_DATA_HOME": os.path.join(home, "data"),
        "XDG_CONFIG_HOME": os.path.join(home, "config"),
        "XDG_CACHE_HOME": os.path.join(home, "cache"),
        "LC_ALL": "ja_JP.UTF-8",
        "LANGUAGE": "ja",
    })
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.monotonic()
    out = subprocess.run([app, workbook], env=env, capture_output=True, text=True, timeout=60)
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    for line in out.stdout.splitlines():
        if line.startswith("first-frame-monotonic-us "):
            frame = int(line.split()[1]) / 1e6
            # ru_maxrss of children is the largest of any child so far; each
            # case runs in a fresh Python process below, so it is this case's.
            return (frame - start) * 1000.0, max(peak_kb, before) / 1024.0
    raise SystemExit(f"no first frame reported:\n{out.stdout}\n{out.stderr}")


def case(name, departments, people):
    with tempfile.TemporaryDirectory() as tmp:
        wb = os.path.join(tmp, "bench.hinagata")
        make_workbook(wb, departments, people)
        times, peaks = [], []
        for _ in range(runs):
            t, m = one_run(wb, tmp)
            times.append(t)
            peaks.append(m)
        return name, statistics.median(times), min(times), max(times), max(peaks)


if __name__ == "__main__":
    if len(sys.argv) > 3:
        # Child mode: one case, so ru_maxrss belongs to that case alone.
        name, d, p = sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
        print("\t".join(str(x) for x in case(name, d, p)))
        sys.exit(0)

    cases = [("empty workbook", 0, 0), ("20-person company", 4, 20),
             ("large organisation", 20, 200)]
    print(f"Start-up to first frame, {runs} runs each (ms), peak RSS (MB)")
    print(f"{'case':<22} {'median':>8} {'min':>8} {'max':>8} {'peak RSS':>9}")
    for name, d, p in cases:
        r = subprocess.run([sys.executable, __file__, build, str(runs), name, str(d), str(p)],
                           capture_output=True, text=True, check=True)
        n, med, lo, hi, peak = r.stdout.strip().split("\t")
        print(f"{n:<22} {float(med):8.0f} {float(lo):8.0f} {float(hi):8.0f} {float(peak):9.1f}")
