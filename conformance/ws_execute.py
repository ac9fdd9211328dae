"""Run cells on a Jupyter server's kernel through its websocket channels.

Usage: python ws_execute.py BASE_URL KERNEL_ID TIMEOUT_SECONDS CODE...

This is the path a browser takes: JSON messages over
/api/kernels/KERNEL_ID/channels, which the server relays to the kernel's
ZeroMQ sockets. Go's standard library has no websocket client, so
notebook_server_test.go runs this script, with the tornado the notebook
server itself depends on.

The cells run one after another. For each cell it prints one JSON line
{"event": "started", "cell": I} when the kernel announces the execution
(execute_input), so the caller can act while the cell runs (interrupt it),
and then {"event": "done", "cell": I, ...} with what the cell produced.
Failures are reported on stderr with exit status 1.

With WS_EXECUTE_TOKEN set it authenticates with that token (a
JupyterHub user's API token, for a server behind the hub's proxy).
"""

import asyncio
import json
import sys
import os
import uuid

from tornado.httpclient import HTTPRequest
from tornado.websocket import websocket_connect


def message(session, msg_type, content):
    return {
        "header": {
            "msg_id": uuid.uuid4().hex,
            "msg_type": msg_type,
            "session": session,
            "username": "conformance",
            "version": "5.3",
        },
        "parent_header": {},
        "metadata": {},
        "content": content,
        "channel": "shell",
        "buffers": [],
    }


def emit(record):
    print(json.dumps(record), flush=True)


async def run_cell(conn, session, index, code, seen):
    request = message(session, "execute_request", {
        "code": code,
        "silent": False,
        "store_history": True,
        "user_expressions": {},
        "allow_stdin": False,
        "stop_on_error": True,
    })
    msg_id = request["header"]["msg_id"]
    await conn.write_message(json.dumps(request))

    done = {
        "event": "done", "cell": index, "status": None, "execution_count": None,
        "stdout": "", "stderr": "", "results": [], "displays": [], "errors": [],
    }
    reply_seen = idle_seen = False
    while not (reply_seen and idle_seen):
        raw = await conn.read_message()
        if raw is None:
            raise RuntimeError("the server closed the websocket")
        if not isinstance(raw, str):
            continue  # binary frames carry buffers; cells here send none
        msg = json.loads(raw)
        if msg.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        kind = msg["header"]["msg_type"]
        content = msg["content"]
        seen.append(kind + (":" + content["execution_state"] if kind == "status" else ""))
        if kind == "execute_input":
            emit({"event": "started", "cell": index})
        elif kind == "stream":
            done[content["name"]] += content["text"]
        elif kind == "execute_result":
            done["results"].append(content["data"])
        elif kind == "display_data":
            done["displays"].append(content["data"])
        elif kind == "error":
            done["errors"].append({"ename": content["ename"], "evalue": content["evalue"]})
        elif kind == "execute_reply":
            done["status"] = content["status"]
            done["execution_count"] = content.get("execution_count")
            reply_seen = True
        elif kind == "status" and content["execution_state"] == "idle":
            idle_seen = True
    emit(done)


async def main(base_url, kernel_id, timeout, cells):
    session = uuid.uuid4().hex
    url = base_url.replace("http", "ws", 1).rstrip("/")
    url += "/api/kernels/%s/channels?session_id=%s" % (kernel_id, session)
    headers = {}
    if os.environ.get("WS_EXECUTE_TOKEN"):
        headers["Authorization"] = "token " + os.environ["WS_EXECUTE_TOKEN"]
    conn = await websocket_connect(HTTPRequest(url, headers=headers))
    try:
        for index, code in enumerate(cells):
            seen = []  # the replies and iopub messages of this cell, for a timeout's report
            try:
                await asyncio.wait_for(run_cell(conn, session, index, code, seen), timeout)
            except asyncio.TimeoutError:
                raise RuntimeError("cell %d: no reply and idle within %gs; it got %s"
                                   % (index, timeout, seen or "nothing")) from None
    finally:
        conn.close()


if __name__ == "__main__":
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    try:
        asyncio.run(main(sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4:]))
    except Exception as exc:  # one line for the Go test's failure message
        print("ws_execute: %s: %s" % (type(exc).__name__, exc), file=sys.stderr)
        sys.exit(1)
