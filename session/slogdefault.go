package session

import (
	"io"
	"log"
	"log/slog"
	"sync"
)

// slogSetDefault is slog.SetDefault for cells. Go's also points package
// log's default logger at the new logger's handler (unless that is
// slog's own default handler), so that log.Print goes through slog; the
// cells' log functions are the interpreter's logger, not package log's
// default, so they are pointed at that handler too.
func (s *Session) slogSetDefault() func(*slog.Logger) {
	var setOutput func(io.Writer)
	var setFlags func(int)
	cellLog := s.interp.Symbols("log")["log"]
	if v, ok := cellLog["SetOutput"]; ok && v.CanInterface() {
		setOutput, _ = v.Interface().(func(io.Writer))
	}
	if v, ok := cellLog["SetFlags"]; ok && v.CanInterface() {
		setFlags, _ = v.Interface().(func(int))
	}
	return func(l *slog.Logger) {
		slogDefaultMu.Lock()
		defer slogDefaultMu.Unlock()
		// Whether Go's SetDefault set log's output: it does when the
		// handler is not slog's default one, an unexported type.
		probe := &probeWriter{}
		saved, savedFlags := log.Writer(), log.Flags()
		log.SetOutput(probe)
		slog.SetDefault(l)
		if w := log.Writer(); w != io.Writer(probe) {
			if setOutput != nil && setFlags != nil {
				setOutput(w)
				setFlags(log.Flags())
			}
			return
		}
		log.SetOutput(saved)
		log.SetFlags(savedFlags)
	}
}

// slogDefaultMu keeps the sessions' calls of slog.SetDefault, which all
// probe package log's one default logger, from interleaving.
var slogDefaultMu sync.Mutex

// probeWriter is the output slogSetDefault gives package log's default
// logger for the length of a call of slog.SetDefault, to see it replaced.
type probeWriter struct{ _ byte }

func (*probeWriter) Write(p []byte) (int, error) { return len(p), nil }
