package session

import (
	"log"
	"log/slog"
	"testing"
)

// TestCellLogsAreTheSessions: what a cell does to log's and slog's
// defaults stays in its session; the process's own loggers, which write to
// the kernel's stderr, are untouched, and another session logs as before.
func TestCellLogsAreTheSessions(t *testing.T) {
	processSlog, processPrefix, processFlags := slog.Default(), log.Prefix(), log.Flags()
	a, b := newSession(t), newSession(t)
	run(t, a, `import (
	"log"
	"log/slog"
	"os"
)
log.SetFlags(0)
log.SetPrefix("a: ")
log.Default().SetPrefix("a2: ")
slog.SetDefault(slog.New(slog.NewJSONHandler(os.Stderr, nil)))
slog.SetLogLoggerLevel(slog.LevelError)`)
	rec, _ := run(t, b, `import (
	"log"
	"log/slog"
)
log.SetFlags(0)
slog.Info("from b", "n", 1)
log.Print("plain b")`)
	if got, want := rec.err(), "INFO from b n=1\nplain b\n"; got != want {
		t.Errorf("the other session wrote %q, want %q", got, want)
	}
	if slog.Default() != processSlog || log.Prefix() != processPrefix || log.Flags() != processFlags {
		t.Errorf("a cell changed the process's loggers: prefix %q, flags %d", log.Prefix(), log.Flags())
	}
}
