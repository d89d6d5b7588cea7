#!/usr/bin/env python3
"""Runs one command and prints its wall time, CPU time and peak memory as JSON.

    measure.py [--stdin FILE] [--stdout FILE] -- COMMAND ARGS...

Peak memory is the child's maximum resident set size (getrusage), so each
measurement runs in a fresh measure.py process.

The clock starts with the disk written back (os.sync after the output file
is opened): truncating the last run's output frees its blocks, and on a
disk mounted with online discard those discards, like the dirty pages of
the runs before, otherwise land inside the timed run (a million-offer
`batch` took 7.9 s of wall and 9.5 s of CPU where it takes about 1.8 and
3.2, and the first 100,000-offer runs after it 1.05 and 0.60 s where the
rest took 0.17-0.22 s)."""
import json
import os
import resource
import subprocess
import sys
import time


def main():
    args = sys.argv[1:]
    stdin = stdout = None
    while args and args[0] != "--":
        flag, value, args = args[0], args[1], args[2:]
        if flag == "--stdin":
            stdin = open(value, "rb")
        elif flag == "--stdout":
            stdout = open(value, "wb")
    command = args[1:]
    os.sync()
    start = time.perf_counter()
    completed = subprocess.run(command, stdin=stdin, stdout=stdout or subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"wall_s": round(wall, 3), "peak_mb": round(usage.ru_maxrss / 1024, 1),
                      "cpu_s": round(usage.ru_utime + usage.ru_stime, 3),
                      "exit": completed.returncode}))


if __name__ == "__main__":
    main()
