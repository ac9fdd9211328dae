package stdlib

import (
	"errors"
	"fmt"
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
// Fatal, Fatalf and Fatalln, which log, then call exit if the session set
// it (LoggerConstructors), else panic.
type logLogger struct {
	*stdLogger
	exit   func(caller, msg string)
	format LoggerFormat
}

// LoggerFormat makes the text of a logger's printing methods as fmt's
// Sprint, Sprintln and Sprintf make it; the session gives its own, which
// print values of cell types as Go prints them (the interpreter's reflect
// types do not name them, nor carry their String methods). A nil field
// is fmt's.
type LoggerFormat struct {
	Sprint   func(v []any) string
	Sprintln func(v []any) string
	Sprintf  func(format string, v []any) string
	// NoCaller, when set, is called before a logger whose flags ask for
	// the caller's file and line (Lshortfile, Llongfile) writes: the
	// caller is one of the interpreter's Go frames, never the cell's, so
	// the session's ends the cell rather than write a wrong position.
	NoCaller func()
}

func (f LoggerFormat) sprint(v []any) string {
	if f.Sprint != nil {
		return f.Sprint(v)
	}
	return fmt.Sprint(v...)
}

func (f LoggerFormat) sprintln(v []any) string {
	if f.Sprintln != nil {
		return f.Sprintln(v)
	}
	return fmt.Sprintln(v...)
}

func (f LoggerFormat) sprintf(format string, v []any) string {
	if f.Sprintf != nil {
		return f.Sprintf(format, v)
	}
	return fmt.Sprintf(format, v...)
}

// The printing methods make their text through format, then log it as the
// real ones do (Output with the caller two frames up) and, for Panic, panic
// with it. Their receivers are values, as the promoted methods they stand
// for are in both method sets: yaegi took a method value of a pointer's
// method through an embedded *log.Logger for a method expression.
// Output is the real one's, unless the logger writes its caller's file
// and line (LoggerFormat.NoCaller).
func (l logLogger) Output(calldepth int, s string) error {
	if l.Flags()&(log.Lshortfile|log.Llongfile) != 0 && l.format.NoCaller != nil {
		l.format.NoCaller()
	}
	return l.stdLogger.Output(calldepth+1, s)
}

func (l logLogger) Print(v ...any)                 { _ = l.Output(2, l.format.sprint(v)) }
func (l logLogger) Println(v ...any)               { _ = l.Output(2, l.format.sprintln(v)) }
func (l logLogger) Printf(format string, v ...any) { _ = l.Output(2, l.format.sprintf(format, v)) }

func (l logLogger) Panic(v ...any) {
	s := l.format.sprint(v)
	_ = l.Output(2, s)
	panic(s)
}

func (l logLogger) Panicln(v ...any) {
	s := l.format.sprintln(v)
	_ = l.Output(2, s)
	panic(s)
}

func (l logLogger) Panicf(format string, v ...any) {
	s := l.format.sprintf(format, v)
	_ = l.Output(2, s)
	panic(s)
}

func logNew(out io.Writer, prefix string, flag int) *logLogger {
	return &logLogger{stdLogger: log.New(out, prefix, flag)}
}

// LoggerConstructors are log.New and log.Default for a session: the Fatal
// methods of their loggers log their message, then call exit, which ends
// the cell as os.Exit would (a real Fatal would end the kernel's process,
// and a panic would run the deferred calls Go's Fatal skips). std is the
// session's own default logger, the one its package-level log functions
// use: log.Default gives that logger, the same pointer on every call, as
// Go's does (the process's default writes to the kernel's stderr, and is
// shared by every session).
func LoggerConstructors(std *log.Logger, exit func(caller, msg string), format LoggerFormat) (newLogger, defaultLogger any) {
	newLogger = func(out io.Writer, prefix string, flag int) *logLogger {
		return &logLogger{stdLogger: log.New(out, prefix, flag), exit: exit, format: format}
	}
	def := &logLogger{stdLogger: std, exit: exit, format: format}
	defaultLogger = func() *logLogger { return def }
	return newLogger, defaultLogger
}

func (l *logLogger) fatal(caller, msg string) {
	_ = l.Output(3, msg)
	if l.exit != nil {
		l.exit(caller, msg)
	}
	panic(msg)
}

func (l *logLogger) Fatal(v ...any) { l.fatal("(*log.Logger).Fatal", l.format.sprint(v)) }
func (l *logLogger) Fatalf(format string, v ...any) {
	l.fatal("(*log.Logger).Fatalf", l.format.sprintf(format, v))
}
func (l *logLogger) Fatalln(v ...any) { l.fatal("(*log.Logger).Fatalln", l.format.sprintln(v)) }
