// Command nullkernel is a Jupyter kernel that runs nothing: it answers
// kernel_info, execute (busy, execute_input, an ok reply, idle) and
// shutdown at once, and echoes heartbeats. The jupyter_client benchmark
// times it beside gogil and ipykernel, so that its table shows what the
// client itself spends on each round trip: no kernel's round trip, and so
// no ratio to ipykernel's, goes below that floor.
//
// It must not know gogil's kernel, session or lock: the floor is measured
// without anything gogil adds on top of the wire format and ZeroMQ.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/go-zeromq/zmq4"

	"github.com/gogil/gogil/kernel/wire"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: nullkernel CONNECTION_FILE")
		os.Exit(2)
	}
	if err := run(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "nullkernel:", err)
		os.Exit(1)
	}
}

type kernel struct {
	signer  *wire.Signer
	session string
	shell   zmq4.Socket
	control zmq4.Socket
	iopub   zmq4.Socket
	done    context.CancelFunc
}

func run(connectionFile string) error {
	conn, err := wire.ReadConnectionFile(connectionFile)
	if err != nil {
		return err
	}
	signer, err := conn.Signer()
	if err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	k := &kernel{
		signer:  signer,
		session: "nullkernel",
		shell:   zmq4.NewRouter(ctx),
		control: zmq4.NewRouter(ctx),
		iopub:   zmq4.NewPub(ctx),
		done:    cancel,
	}
	stdin, hb := zmq4.NewRouter(ctx), zmq4.NewRep(ctx)
	for channel, sock := range map[string]zmq4.Socket{wire.Shell: k.shell, wire.Control: k.control, wire.IOPub: k.iopub, wire.Stdin: stdin, wire.HB: hb} {
		if err := sock.Listen(conn.Endpoint(channel)); err != nil {
			return fmt.Errorf("binding %s: %w", channel, err)
		}
	}
	go func() {
		for {
			msg, err := hb.Recv()
			if err != nil || hb.Send(msg) != nil {
				return
			}
		}
	}()
	go k.serve(k.control)
	k.serve(k.shell)
	return nil
}

// serve answers the requests of one channel until shutdown.
func (k *kernel) serve(sock zmq4.Socket) {
	for {
		raw, err := sock.Recv()
		if err != nil {
			return
		}
		req, err := wire.Decode(raw.Frames, k.signer)
		if err != nil {
			continue
		}
		parent := req.Header
		k.publish("status", &parent, wire.Status{ExecutionState: "busy"})
		switch parent.MsgType {
		case "kernel_info_request":
			k.reply(sock, req, "kernel_info_reply", wire.KernelInfoReply{
				Status:                "ok",
				ProtocolVersion:       wire.ProtocolVersion,
				Implementation:        "nullkernel",
				ImplementationVersion: "0",
				LanguageInfo:          wire.LanguageInfo{Name: "go"},
			})
		case "execute_request":
			var content wire.ExecuteRequest
			_ = req.DecodeContent(&content)
			k.publish("execute_input", &parent, wire.ExecuteInput{Code: content.Code, ExecutionCount: 1})
			k.reply(sock, req, "execute_reply", wire.ExecuteReply{Status: "ok", ExecutionCount: 1})
		case "shutdown_request":
			k.reply(sock, req, "shutdown_reply", wire.ShutdownReply{Status: "ok"})
			k.publish("status", &parent, wire.Status{ExecutionState: "idle"})
			k.done()
			return
		}
		k.publish("status", &parent, wire.Status{ExecutionState: "idle"})
	}
}

func (k *kernel) reply(sock zmq4.Socket, req *wire.Message, msgType string, content any) {
	m, err := wire.New(msgType, k.session, "nullkernel", &req.Header, content)
	if err != nil {
		return
	}
	m.Identities = req.Identities
	k.send(sock, m)
}

func (k *kernel) publish(msgType string, parent *wire.Header, content any) {
	m, err := wire.New(msgType, k.session, "nullkernel", parent, content)
	if err != nil {
		return
	}
	m.Identities = [][]byte{[]byte(msgType)}
	k.send(k.iopub, m)
}

func (k *kernel) send(sock zmq4.Socket, m *wire.Message) {
	frames, err := wire.Encode(m, k.signer)
	if err != nil {
		return
	}
	_ = sock.SendMulti(zmq4.NewMsgFrom(frames...))
}
