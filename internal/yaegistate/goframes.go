package yaegistate

import "strings"

// The names of yaegi v0.16.1's own Go functions as a goroutine dump prints
// them, for the session's readings of dumps (what a goroutine runs, where
// it waits, where a panic began): like the layouts above, they change with
// yaegi's source, so they are known here only.
const (
	interpPkg      = "github.com/traefik/yaegi/interp."
	executeWithCtx = interpPkg + "(*Interpreter).ExecuteWithContext"
	funcWrapper    = interpPkg + "genFunctionWrapper"
)

// Interpreting: fn, a function of a goroutine's stack, is yaegi's, so the
// goroutine runs interpreted code.
func Interpreting(fn string) bool { return strings.HasPrefix(fn, interpPkg) }

// Execution: fn is ExecuteWithContext, which starts the goroutine that
// runs a compiled program (as its creator) and waits for it (as its frame).
func Execution(fn string) bool { return fn == executeWithCtx }

// ChannelOperation: fn is one of yaegi's channel operations (a send, a
// receive, a comma-ok receive, a select, a range over a channel) or a
// closure of one, where a goroutine waits for another's.
func ChannelOperation(fn string) bool {
	op, ok := strings.CutPrefix(fn, interpPkg)
	if !ok {
		return false
	}
	op, _, _ = strings.Cut(op, ".") // recv.func2
	switch op {
	case "recv", "recv2", "send", "_select", "rangeChan":
		return true
	}
	return false
}

// NativeCall: fn is yaegi's call of a native function (callBin).
func NativeCall(fn string) bool { return strings.HasPrefix(fn, callBin) }

// ArgumentHandOver: fn is yaegi's wrapper that calls an interpreted
// function from native code, handing it the arguments.
func ArgumentHandOver(fn string) bool { return strings.HasPrefix(fn, funcWrapper) }
