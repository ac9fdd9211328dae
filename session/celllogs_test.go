package session

import (
	"context"
	"log"
	"log/slog"
	"strings"
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

// TestLogCallerIsAGap: a logger asked to write its caller's file and line
// would name one of the interpreter's Go frames (printing.go:144); the
// cell ends with a gap before it writes anything wrong, and the layer
// above runs a cell that stands alone as a program.
func TestLogCallerIsAGap(t *testing.T) {
	for _, code := range []string{
		"import \"log\"\nlog.SetFlags(log.Lshortfile)\nlog.Println(\"where\")",
		"import (\n\t\"log\"\n\t\"os\"\n)\nl := log.New(os.Stdout, \"\", log.Llongfile)\nl.Printf(\"where %d\", 1)",
		"import \"log\"\nlog.SetFlags(log.Lshortfile)\nlog.Default().Print(\"where\")",
		"import \"log\"\nlog.SetFlags(log.Lshortfile)\nlog.Fatalf(\"where %d\", 1)",
		"import (\n\t\"log\"\n\t\"log/slog\"\n)\nlog.SetFlags(log.Lshortfile)\nslog.Info(\"where\")",
		"import (\n\t\"log/slog\"\n\t\"os\"\n)\nslog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{AddSource: true})).Info(\"where\")",
	} {
		s := newSession(t)
		rec := &recorder{}
		_, e := s.Execute(context.Background(), Cell{Code: code}, rec)
		if e == nil || !e.Unsupported || !strings.Contains(e.Value, "file and line") {
			t.Errorf("%s\nerror %v, want a gap naming the file and line", code, e)
		}
		if strings.Contains(rec.out()+rec.err(), "where") {
			t.Errorf("%s\nwrote %q before its gap", code, rec.out()+rec.err())
		}
	}
}
