"""Start the gogil kernel through jupyter_client with another transport or
interface than a local front end's tcp on 127.0.0.1, as remote launchers
(Enterprise Gateway, a kernel in another container) write connection files.

Usage: python3 remote_transport.py TRANSPORT IP

TRANSPORT is tcp or ipc; IP is the address the kernel binds (tcp) or the
path prefix of its socket files (ipc). The kernel is found by name in the
kernelspec path (JUPYTER_PATH). It runs one cell, then shuts the kernel
down, and prints one JSON object: the connection file as the kernel read
it, what the cell printed, the reply's status, and whether the kernel
process was gone after the shutdown.
"""

import json
import sys

from jupyter_client import KernelManager

TIMEOUT = 60


def main(transport, ip):
    km = KernelManager(kernel_name="gogil", transport=transport, ip=ip)
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    out = {"connection": {}, "stdout": "", "status": None, "alive_after_shutdown": None}
    try:
        kc.wait_for_ready(timeout=TIMEOUT)
        with open(km.connection_file) as f:
            out["connection"] = json.load(f)

        def collect(msg):
            if msg["msg_type"] == "stream" and msg["content"]["name"] == "stdout":
                out["stdout"] += msg["content"]["text"]

        reply = kc.execute_interactive(
            'fmt.Println("over", %s)' % json.dumps(transport + " " + ip),
            timeout=TIMEOUT,
            output_hook=collect,
        )
        out["status"] = reply["content"]["status"]
    finally:
        kc.stop_channels()
        km.shutdown_kernel()
    out["alive_after_shutdown"] = km.is_alive()
    json.dump(out, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
