package session

import (
	"io"
	"os"
	"strings"

	"github.com/traefik/yaegi/interp"

	"github.com/gogil/gogil/internal/goroutine"
	"github.com/gogil/gogil/internal/running"
	"github.com/gogil/gogil/session/stdio"
)

// Output of goroutines belongs to the cell that started them, even when
// another cell runs by the time they print. The pipes behind yaegi's stdout
// cannot tell writers apart, so fmt's printing functions, and the log
// package's output, are replaced by writers that look up the calling
// goroutine: a goroutine a cell started (a go statement's, or a thread's)
// writes straight to that cell's sink; any other writer (the running cell
// itself) goes through the pipe, which keeps its order with os.Stdout
// writes. What a goroutine writes to os.Stdout or os.Stderr itself
// (fmt.Fprintln(os.Stdout, ...), os.Stdout.Write) cannot be told apart in
// the pipe: it goes to the cell running when it is read.

// The table of who runs for which execution is package running's, shared
// with the interpreter lock: a goroutine a cell starts as a
// threading.Thread is bound there by the lock, and prints under its cell
// like a go statement's goroutine. The registry holds *execution values.

func registryOr(r *running.Registry) *running.Registry {
	if r == nil {
		return running.New()
	}
	return r
}

// own records that the calling goroutine runs for ex until the returned
// function is called.
func (s *Session) own(ex *execution) (disown func()) {
	return s.running.BindCell(goroutine.ID(), ex)
}

// owner is the execution the calling goroutine was started by, if any.
func (s *Session) owner() *execution {
	ex, _ := s.running.Cell(goroutine.ID()).(*execution)
	return ex
}

// current is the running execution, or the last one.
func (s *Session) current() *execution {
	ex, _ := s.running.Running().(*execution)
	return ex
}

// StreamToOwner writes text to the stream name of the cell the calling
// goroutine works for: the cell that started it (by a go statement, or as a
// thread of the interpreter lock), else the running (or last) cell. It is
// how a layer above reports a goroutine's failure under its own cell.
func (s *Session) StreamToOwner(name, text string) {
	ex := s.owner()
	if ex == nil {
		ex = s.current()
	}
	if ex != nil && ex.sink != nil {
		ex.sink.Stream(name, strings.ToValidUTF8(text, "\uFFFD"))
	}
}

// routedWriter writes for the goroutine calling it: see above. It has no
// other method, so a cell that gets hold of it cannot close it.
type routedWriter struct {
	s    *Session
	name string
	pipe *stdio.Pipe
	// followUserFile writes, as Go's fmt.Print does, to what cells see as
	// os.Stdout (or os.Stderr) now: a file a cell put there, or nil, or the
	// session's duplicate once the cell closed it, gets the write and
	// gives its error. Go's log writes to the stream it started with, and
	// so does a writer that does not follow.
	followUserFile bool
}

func (w routedWriter) Write(p []byte) (int, error) {
	var f *os.File
	if w.followUserFile {
		f = *w.pipe.UserFile()
		if !w.pipe.Owns(f) {
			return f.Write(p)
		}
	}
	if ex := w.s.owner(); ex != nil && ex.sink != nil {
		// What the running cell wrote before is still in the pipe; Go
		// prints it first, so the pipe is emptied before this write
		// overtakes it.
		w.pipe.Flush()
		ex.sink.Stream(w.name, strings.ToValidUTF8(string(p), "\uFFFD"))
		return len(p), nil
	}
	if f != nil {
		return f.Write(p) // fails as Go's would if the cell closed it
	}
	return w.pipe.Writer().Write(p)
}

// routePrints swaps fmt's and log's printing functions in the
// interpreter's symbol tables (live maps) for routed ones that print cell
// values as Go does (printing.go).
func (s *Session) routePrints(i *interp.Interpreter) error {
	out := routedWriter{s: s, name: "stdout", pipe: s.streams.Stdout, followUserFile: true}
	routeEncodings(i, &s.cellTypes)
	routeBinaryBlanks(i, &s.cellTypes)
	routeDeepEqual(i)
	s.sprintf = printFunctions(io.Discard, s.cellTypes.names, s.cellTypes.wrappedTypeName)["Sprintf"].(func(string, ...any) string)
	return routeCellPrinting(i, out, s.cellTypes.names, s.cellTypes.wrappedTypeName)
}
