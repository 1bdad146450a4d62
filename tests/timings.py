#!/usr/bin/env python3
"""Print how long each test of a meson run took beside its time limit.

    tests/timings.py BUILD_DIR/meson-logs/testlog.json

The limits come from the same build directory (meson-info/intro-tests.json).
A test whose limit is under twice its duration is flagged with "!": the
limits in tests/meson.build are meant to be at least twice the slowest run
measured under the sanitizers on a two-core machine, so a flag means the
test has grown or the machine was busy; measure again before raising it.
Only prints: the exit status is 0 whatever the figures, so that a slow CI
machine cannot make this check itself flaky.
"""
import argparse
import json
import os
import sys

HEADROOM = 2.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("testlog", help="meson-logs/testlog.json of a finished meson test run")
    parser.add_argument("--intro", help="meson-info/intro-tests.json (default: beside the log)")
    parser.add_argument("--multiplier", type=float, default=1.0,
                        help="the --timeout-multiplier the run was given")
    args = parser.parse_args()

    intro = args.intro or os.path.join(os.path.dirname(os.path.abspath(args.testlog)),
                                       os.pardir, "meson-info", "intro-tests.json")
    limits = {}
    with open(intro, encoding="utf-8") as f:
        for test in json.load(f):
            for suite in test["suite"]:
                # testlog.json names a test "project:suite / name".
                limits[f"{suite} / {test['name']}"] = test["timeout"]

    rows = []
    with open(args.testlog, encoding="utf-8") as f:
        for line in f:
            result = json.loads(line)
            limit = limits.get(result["name"])
            if limit is not None and limit > 0:
                limit *= args.multiplier
            rows.append((result["name"], result["result"], result["duration"], limit))

    width = max((len(r[0]) for r in rows), default=4)
    print(f"{'test':<{width}}  {'result':<8} {'seconds':>8} {'limit':>6} {'limit/run':>9}")
    flagged = 0
    for name, outcome, duration, limit in sorted(rows, key=lambda r: -r[2]):
        if not limit:
            shown, ratio, flag = "none", "", ""
        else:
            shown = f"{limit:g}"
            ratio = f"{limit / duration:.1f}" if duration > 0 else "inf"
            flag = " !" if limit < HEADROOM * duration else ""
            flagged += bool(flag)
        print(f"{name:<{width}}  {outcome:<8} {duration:8.1f} {shown:>6} {ratio:>9}{flag}")
    if flagged:
        print(f"\n{flagged} test(s) with less than {HEADROOM:g}x headroom (marked !)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
