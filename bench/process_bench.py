#!/usr/bin/env python3
"""Whole-process timings: `search` and `search --facets` beside Xapian's own
`quest`, on the same documents, as a user runs them from a shell.

Each query of the list runs once per engine per round, engines alternating
(so a noisy moment hits all alike); the table gives medians, net of a
process that does nothing (/bin/true), and the ratio to quest.

  process_bench.py --search BIN --newsdex DB --reference DB --queries TSV
                   [--rounds N] [--limit N]
"""
import argparse
import shutil
import statistics
import subprocess
import sys
import time


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--search", required=True)
    p.add_argument("--newsdex", required=True)
    p.add_argument("--reference", required=True)
    p.add_argument("--queries", required=True)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--limit", type=int, default=40)
    a = p.parse_args()
    quest = shutil.which("quest")
    if not quest:
        print("process_bench: no quest (apt-get install xapian-tools)", file=sys.stderr)
        return 2
    queries = [line.split("\t", 1)[1].strip() for line in open(a.queries, encoding="utf-8")
               if "\t" in line][:a.limit]
    rows = [
        ("nothing (/bin/true)", lambda q: ["/bin/true"]),
        ("quest (plain Xapian, 10 hits)", lambda q: [quest, "-d", a.reference, q]),
        ("search --version (start-up only)", lambda q: [a.search, "--version"]),
        ("search (10 hits, snippets)", lambda q: [a.search, "--db", a.newsdex, q]),
        ("search --limit 1", lambda q: [a.search, "--db", a.newsdex, "--limit", "1", q]),
        ("search --count (exact count)", lambda q: [a.search, "--db", a.newsdex, "--count", q]),
        ("search --facets (10 hits, snippets, facets)",
         lambda q: [a.search, "--db", a.newsdex, "--facets", q]),
    ]
    times = {name: [] for name, _ in rows}
    for _ in range(a.rounds):
        for q in queries:
            for name, command in rows:
                start = time.perf_counter()
                subprocess.run(command(q), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                times[name].append((time.perf_counter() - start) * 1000)
    base = statistics.median(times[rows[0][0]])
    quest_net = statistics.median(times[rows[1][0]]) - base
    print(f"{len(queries)} queries x {a.rounds} rounds, engines alternating; medians\n")
    print("| command | ms | ms net of process start | net / quest |")
    print("|---|---|---|---|")
    for name, _ in rows:
        median = statistics.median(times[name])
        net = median - base
        ratio = "" if name == rows[0][0] else f"{net / quest_net:.2f}"
        print(f"| {name} | {median:.2f} | {net:.2f} | {ratio} |")
    print("\nReproduce a row: `quest -d REFERENCE_DB 'grain exports'`, "
          "`search --db NEWSDEX_DB --facets 'grain exports'`.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
