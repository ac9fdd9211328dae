package native

import (
	"strings"

	"github.com/gogil/gogil/internal/goroutine"
)

// modulePrefix starts the package path of every compiled cell's plugin
// ("gogil.native/c<key>" for a cell, "gogil.native/p<key>" for a module
// import); its own lock package is <path>/gil.
const modulePrefix = "gogil.native/"

// CellFrames rewrites the Go frames of a thread dump (innermost first) so
// that compiled cells read as cells do: a function a %%native cell
// declared becomes its name in file "<cell>" at the cell's line, and what
// the kernel adds around it (the generated export wrappers, the cell's
// own gil package, the kernel's hooks behind it) is dropped. Other frames
// are kept as they are.
func CellFrames(frames []goroutine.Frame) []goroutine.Frame {
	out := frames[:0:0]
	for _, f := range frames {
		fn := f.Function
		switch {
		case strings.HasPrefix(fn, "github.com/gogil/gogil/"):
			continue // the kernel's own code, behind the cell's lock calls
		case strings.HasPrefix(fn, modulePrefix):
			rest := strings.TrimPrefix(fn, modulePrefix)
			slash, dot := strings.IndexByte(rest, '/'), strings.IndexByte(rest, '.')
			if slash >= 0 && (dot < 0 || slash < dot) {
				continue // the cell's gil package: the lock's functions
			}
			name := rest[dot+1:]
			if strings.HasPrefix(name, "gogil_export_") || f.File == "gogil-generated" {
				continue // the wrapper the interpreter calls
			}
			out = append(out, goroutine.Frame{Function: name, File: "<cell>", Line: f.Line})
		default:
			out = append(out, f)
		}
	}
	return out
}
