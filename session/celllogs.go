package session

import (
	"context"
	"io"
	"log"
	"log/slog"
	"reflect"
	"strings"
	"sync/atomic"
	"time"
)

// cellLogs are package log's and package log/slog's defaults as a
// session's cells see them. Go keeps one of each per process; the kernel's
// process is shared by its own code and by every session, and its default
// logger writes to the kernel's stderr, which no cell output shows. So
// each session has its own: log.Print, log.Default and slog.Info write
// under the cell that called them, a cell's log.SetPrefix or
// slog.SetDefault changes its session alone, and they keep Go's ties
// between the two packages (slog's default handler writes through log's
// default logger, with its flags and prefix; slog.SetDefault of another
// handler sends log.Print through that handler).
type cellLogs struct {
	std *log.Logger
	// slogDefault is what slog.Default gives.
	slogDefault atomic.Pointer[slog.Logger]
	// level is slog.SetLogLoggerLevel's: the least level slog's default
	// handler writes, and the level log.Print's lines get once they go
	// through another handler.
	level slog.LevelVar
}

func newCellLogs(stderr io.Writer) *cellLogs {
	c := &cellLogs{std: log.New(stderr, "", log.LstdFlags)}
	c.slogDefault.Store(slog.New(&slogDefaultHandler{logs: c}))
	return c
}

// exports are the package-level functions of log and log/slog that use
// the defaults. log's printing functions are wrapped again by
// routeCellPrinting, which makes their text as the cells' fmt does, and
// Fatal by the session (runtime.go).
func (c *cellLogs) exports() map[string]map[string]reflect.Value {
	std := c.std
	def := func() *slog.Logger { return c.slogDefault.Load() }
	return map[string]map[string]reflect.Value{
		"log/log": {
			"Flags": reflect.ValueOf(std.Flags),
			"Output": reflect.ValueOf(func(calldepth int, s string) error {
				c.noCaller()
				return std.Output(calldepth+1, s)
			}),
			"Panic":     reflect.ValueOf(func(v ...any) { c.noCaller(); std.Panic(v...) }),
			"Panicf":    reflect.ValueOf(func(format string, v ...any) { c.noCaller(); std.Panicf(format, v...) }),
			"Panicln":   reflect.ValueOf(func(v ...any) { c.noCaller(); std.Panicln(v...) }),
			"Prefix":    reflect.ValueOf(std.Prefix),
			"Print":     reflect.ValueOf(func(v ...any) { c.noCaller(); std.Print(v...) }),
			"Printf":    reflect.ValueOf(func(format string, v ...any) { c.noCaller(); std.Printf(format, v...) }),
			"Println":   reflect.ValueOf(func(v ...any) { c.noCaller(); std.Println(v...) }),
			"SetFlags":  reflect.ValueOf(std.SetFlags),
			"SetOutput": reflect.ValueOf(std.SetOutput),
			"SetPrefix": reflect.ValueOf(std.SetPrefix),
			"Writer":    reflect.ValueOf(std.Writer),
		},
		"log/slog/slog": {
			// A handler that adds the source of each record would name
			// one of the interpreter's Go frames (Go copies the options
			// when it makes the handler).
			"NewTextHandler": reflect.ValueOf(func(w io.Writer, opts *slog.HandlerOptions) *slog.TextHandler {
				if opts != nil && opts.AddSource {
					panic(noCallerGap("log/slog"))
				}
				return slog.NewTextHandler(w, opts)
			}),
			"NewJSONHandler": reflect.ValueOf(func(w io.Writer, opts *slog.HandlerOptions) *slog.JSONHandler {
				if opts != nil && opts.AddSource {
					panic(noCallerGap("log/slog"))
				}
				return slog.NewJSONHandler(w, opts)
			}),
			"Default":           reflect.ValueOf(def),
			"SetDefault":        reflect.ValueOf(c.setDefault),
			"SetLogLoggerLevel": reflect.ValueOf(c.setLogLoggerLevel),
			"With":              reflect.ValueOf(func(args ...any) *slog.Logger { return def().With(args...) }),
			"Debug":             reflect.ValueOf(func(msg string, args ...any) { def().Debug(msg, args...) }),
			"Info":              reflect.ValueOf(func(msg string, args ...any) { def().Info(msg, args...) }),
			"Warn":              reflect.ValueOf(func(msg string, args ...any) { def().Warn(msg, args...) }),
			"Error":             reflect.ValueOf(func(msg string, args ...any) { def().Error(msg, args...) }),
			"DebugContext": reflect.ValueOf(func(ctx context.Context, msg string, args ...any) {
				def().DebugContext(ctx, msg, args...)
			}),
			"InfoContext": reflect.ValueOf(func(ctx context.Context, msg string, args ...any) {
				def().InfoContext(ctx, msg, args...)
			}),
			"WarnContext": reflect.ValueOf(func(ctx context.Context, msg string, args ...any) {
				def().WarnContext(ctx, msg, args...)
			}),
			"ErrorContext": reflect.ValueOf(func(ctx context.Context, msg string, args ...any) {
				def().ErrorContext(ctx, msg, args...)
			}),
			"Log": reflect.ValueOf(func(ctx context.Context, level slog.Level, msg string, args ...any) {
				def().Log(ctx, level, msg, args...)
			}),
			"LogAttrs": reflect.ValueOf(func(ctx context.Context, level slog.Level, msg string, attrs ...slog.Attr) {
				def().LogAttrs(ctx, level, msg, attrs...)
			}),
		},
	}
}

// noCaller ends the cell with a gap when log's default logger would write
// its caller's file and line (Lshortfile, Llongfile): the caller is one of
// the interpreter's Go frames, never the cell's (printing.go:144, where Go
// writes main.go:12).
func (c *cellLogs) noCaller() {
	if c.std.Flags()&(log.Lshortfile|log.Llongfile) != 0 {
		panic(noCallerGap("log"))
	}
}

func noCallerGap(what string) error {
	return gapf("gogil cannot write the file and line of a %s call in a cell (log.Lshortfile, log.Llongfile, slog's AddSource): the interpreter has no Go frames of the cell's own, so they would name the interpreter's", what)
}

// setDefault is slog.SetDefault: unless l's handler is the default one,
// log's default logger from now on hands its lines to that handler, with
// no flags of its own (the handler writes the time).
func (c *cellLogs) setDefault(l *slog.Logger) {
	h := l.Handler()
	c.slogDefault.Store(l)
	if _, ok := h.(*slogDefaultHandler); !ok {
		c.std.SetOutput(&slogLineWriter{handler: h, level: &c.level})
		c.std.SetFlags(0)
	}
}

func (c *cellLogs) setLogLoggerLevel(level slog.Level) (old slog.Level) {
	old = c.level.Level()
	c.level.Set(level)
	return old
}

// slogLineWriter is log's default logger's output after slog.SetDefault:
// each line a record at the session's log level, without its newline.
type slogLineWriter struct {
	handler slog.Handler
	level   *slog.LevelVar
}

func (w *slogLineWriter) Write(p []byte) (int, error) {
	level := w.level.Level()
	if !w.handler.Enabled(context.Background(), level) {
		return 0, nil
	}
	n := len(p)
	r := slog.NewRecord(time.Now(), level, strings.TrimSuffix(string(p), "\n"), 0)
	return n, w.handler.Handle(context.Background(), r)
}

// slogDefaultHandler is slog's default handler for a session's cells: a
// line of the level, the message and the attributes in text form, written
// through log's default logger, which adds its flags and prefix. Go's
// writes attributes as its text handler does; this one has a text handler
// write them, and keeps what follows the level and message.
type slogDefaultHandler struct {
	logs *cellLogs
	// with are the WithAttrs and WithGroup calls made so far, in order,
	// replayed on a fresh text handler for each record.
	with []func(slog.Handler) slog.Handler
}

func (h *slogDefaultHandler) Enabled(_ context.Context, level slog.Level) bool {
	return level >= h.logs.level.Level()
}

func (h *slogDefaultHandler) Handle(ctx context.Context, r slog.Record) error {
	head := slogTextOf(ctx, nil, slog.NewRecord(time.Time{}, r.Level, r.Message, 0))
	r = r.Clone()
	r.Time = time.Time{}
	full := slogTextOf(ctx, h.with, r)
	attrs, ok := strings.CutPrefix(full, head)
	if !ok {
		attrs = ""
	}
	h.logs.noCaller()
	return h.logs.std.Output(2, r.Level.String()+" "+r.Message+attrs)
}

func (h *slogDefaultHandler) WithAttrs(attrs []slog.Attr) slog.Handler {
	if len(attrs) == 0 {
		return h
	}
	return h.and(func(t slog.Handler) slog.Handler { return t.WithAttrs(attrs) })
}

func (h *slogDefaultHandler) WithGroup(name string) slog.Handler {
	if name == "" {
		return h
	}
	return h.and(func(t slog.Handler) slog.Handler { return t.WithGroup(name) })
}

func (h *slogDefaultHandler) and(f func(slog.Handler) slog.Handler) *slogDefaultHandler {
	return &slogDefaultHandler{logs: h.logs, with: append(h.with[:len(h.with):len(h.with)], f)}
}

// slogTextOf is what a text handler, after the calls in with, writes for r,
// without the newline.
func slogTextOf(ctx context.Context, with []func(slog.Handler) slog.Handler, r slog.Record) string {
	var b strings.Builder
	var h slog.Handler = slog.NewTextHandler(&b, nil)
	for _, f := range with {
		h = f(h)
	}
	_ = h.Handle(ctx, r)
	return strings.TrimSuffix(b.String(), "\n")
}
