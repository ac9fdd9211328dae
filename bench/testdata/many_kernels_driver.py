"""One user's side of BenchmarkManyKernels: start a kernel through
jupyter_client when told, run a small notebook and many trivial cells in
it when told, and report the times, one JSON object a line on stdout.

Usage: python3 many_kernels_driver.py KERNEL_NAME EXECUTIONS NOTEBOOK_JSON

The benchmark runs one driver per kernel, as each user of a hub has a
server of their own, and steps them all together through stdin:

  -> {"event": "loaded"}              imports done
  <- start
  -> {"event": "ready", "ready_ms": T, "pid": P}
                                      start_kernel to wait_for_ready
  <- run
  -> {"event": "ran", "notebook_ms": T, "roundtrip_us": [...]}
                                      the notebook's cells one after the
                                      other (each must reply ok), then
                                      EXECUTIONS runs of the notebook's
                                      last cell, each timed to its reply
                                      and status idle
  <- stop (or end of input)           shut the kernel down and exit

NOTEBOOK_JSON is a JSON list of cell sources.
"""

import json
import sys
import time

from jupyter_client import KernelManager

# The round trip is the single-kernel driver's (this script's folder is on
# sys.path when Python runs it).
from jupyter_client_driver import roundtrip

TIMEOUT = 120


def emit(record):
    print(json.dumps(record), flush=True)


def expect(word):
    line = sys.stdin.readline().strip()
    if line != word:
        raise SystemExit(0 if line in ("", "stop") else "expected %r, got %r" % (word, line))


def run(kc, code):
    """Runs code; returns the time to both its reply and its idle."""
    return roundtrip(kc, code, TIMEOUT)


def main(name, executions, cells):
    emit({"event": "loaded"})
    expect("start")
    km = KernelManager(kernel_name=name)
    started = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=TIMEOUT)
        ready = time.perf_counter() - started
        pid = getattr(km.provisioner, "pid", None) or km.provisioner.process.pid
        emit({"event": "ready", "ready_ms": ready * 1e3, "pid": pid})
        expect("run")
        started = time.perf_counter()
        for code in cells:
            run(kc, code)
        notebook = time.perf_counter() - started
        roundtrips = [run(kc, cells[-1]) * 1e6 for _ in range(executions)]
        emit({"event": "ran", "notebook_ms": notebook * 1e3, "roundtrip_us": roundtrips})
        expect("stop")
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3]))
