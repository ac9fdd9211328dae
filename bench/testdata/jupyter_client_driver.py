"""Time a kernel through jupyter_client, the client Jupyter's server,
nbclient and jupyter console use.

Usage: python3 jupyter_client_driver.py KERNEL_NAME LAUNCHES EXECUTIONS CODE

The kernel is found by name in the kernelspec path (JUPYTER_PATH), started
LAUNCHES times with KernelManager and start_channels, the way
start_new_kernel does. For each launch it records the time from just
before start_kernel to the moment wait_for_ready would return true: a
kernel_info_reply has arrived and an iopub message was seen within 0.2 s
after it. The waiting loop is wait_for_ready's own (jupyter_client 7.4.9:
up to 1 s for the reply, then 0.2 s for iopub, else ask again), written out
here only to time that moment and to count the rounds it took; the 0.2 s
drain of iopub that wait_for_ready does afterwards is not timed. The first
launch warms caches and is not counted.

On the last kernel it runs CODE EXECUTIONS times and times each
execute_request until both its execute_reply and the status idle it caused
have arrived, the two things a front end waits for.

It prints one JSON object on stdout: {"jupyter_client": VERSION,
"ready_ms": [...], "rounds": [...], "roundtrip_us": [...]}.
"""

import json
import queue
import sys
import time

import jupyter_client
from jupyter_client import KernelManager

REPLY_TIMEOUT = 1.0  # wait_for_ready's wait for kernel_info_reply
IOPUB_TIMEOUT = 0.2  # its wait for an iopub message after the reply
GIVE_UP = 60.0


def wait_ready(kc, started):
    """wait_for_ready's loop; returns (seconds to ready, rounds)."""
    rounds = 0
    while True:
        rounds += 1
        kc.kernel_info()
        try:
            msg = kc.get_shell_msg(timeout=REPLY_TIMEOUT)
        except queue.Empty:
            pass
        else:
            if msg["msg_type"] == "kernel_info_reply":
                try:
                    kc.get_iopub_msg(timeout=IOPUB_TIMEOUT)
                except queue.Empty:
                    pass
                else:
                    return time.perf_counter() - started, rounds
        if not kc.is_alive():
            raise RuntimeError("kernel died before replying to kernel_info")
        if time.perf_counter() - started > GIVE_UP:
            raise RuntimeError("kernel did not become ready in %d s" % GIVE_UP)


def drain_iopub(kc):
    while True:
        try:
            kc.get_iopub_msg(timeout=IOPUB_TIMEOUT)
        except queue.Empty:
            return


def launch(name):
    km = KernelManager(kernel_name=name)
    started = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        ready, rounds = wait_ready(kc, started)
    except BaseException:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
        raise
    drain_iopub(kc)
    return km, kc, ready, rounds


def stop(km, kc):
    kc.stop_channels()
    km.shutdown_kernel()


def roundtrip(kc, code, timeout=GIVE_UP):
    """Runs code; returns the time to both its reply and its idle."""
    started = time.perf_counter()
    msg_id = kc.execute(code)
    replied = idle = False
    while not (replied and idle):
        if not replied:
            # The reply usually comes before idle; take it first so the
            # iopub wait below is the last one.
            reply = kc.get_shell_msg(timeout=timeout)
            if reply["parent_header"].get("msg_id") == msg_id:
                replied = True
                if reply["content"]["status"] != "ok":
                    raise RuntimeError("%r failed: %r" % (code, reply["content"]))
            continue
        msg = kc.get_iopub_msg(timeout=timeout)
        if (
            msg["parent_header"].get("msg_id") == msg_id
            and msg["msg_type"] == "status"
            and msg["content"]["execution_state"] == "idle"
        ):
            idle = True
    return time.perf_counter() - started


def main():
    name, launches, executions, code = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    out = {"jupyter_client": jupyter_client.__version__, "ready_ms": [], "rounds": [], "roundtrip_us": []}
    km, kc, _, _ = launch(name)  # warm-up, not counted
    for _ in range(launches):
        stop(km, kc)
        km, kc, ready, rounds = launch(name)
        out["ready_ms"].append(ready * 1e3)
        out["rounds"].append(rounds)
    try:
        for _ in range(executions):
            out["roundtrip_us"].append(roundtrip(kc, code) * 1e6)
    finally:
        stop(km, kc)
    json.dump(out, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
