package stdlib

import (
	"errors"
	"io"
	"log"
	"os"
	"strconv"
)

// extract writes these names (package name + symbol name) in place of the
// standard library's own symbols: a cell runs inside the kernel process,
// which must survive whatever the cell calls.

// osExit panics: the process is the kernel's. The session replaces it by
// its own, which ends the cell with an Exit error; this is the fallback.
func osExit(code int) { panic("os.Exit(" + strconv.Itoa(code) + ")") }

var errOwnProcess = errors.New("os.FindProcess: the kernel's own process is not available to cells")

// osFindProcess refuses the kernel's own process, which a cell could
// otherwise kill.
func osFindProcess(pid int) (*os.Process, error) {
	if pid == os.Getpid() {
		return nil, errOwnProcess
	}
	return os.FindProcess(pid)
}

func logFatal(v ...any)                 { log.Panic(v...) }
func logFatalf(format string, v ...any) { log.Panicf(format, v...) }
func logFatalln(v ...any)               { log.Panicln(v...) }

// stdLogger names *log.Logger for embedding under an unexported field, so
// that a cell cannot reach the real logger and its exiting Fatal.
type stdLogger = log.Logger

// logLogger is log.Logger as cells see it: every method of the real one
// (promoted, so methods added by a later Go release come with it) but
// Fatal, Fatalf and Fatalln, which panic.
type logLogger struct{ *stdLogger }

func logNew(out io.Writer, prefix string, flag int) *logLogger {
	return &logLogger{log.New(out, prefix, flag)}
}

func (l *logLogger) Fatal(v ...any)                 { l.Panic(v...) }
func (l *logLogger) Fatalf(format string, v ...any) { l.Panicf(format, v...) }
func (l *logLogger) Fatalln(v ...any)               { l.Panicln(v...) }
