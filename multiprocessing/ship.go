package multiprocessing

import (
	"strings"

	"github.com/gogil/gogil/session/cellsrc"
)

// shippedMagics are the cell magics that change what a cell declares or
// how its functions run, kept when a cell is replayed in a worker; others
// (%%time, %%timeline) only watch the cell and are dropped.
var shippedMagics = map[string]bool{"%%gil": true, "%%nogil": true, "%%native": true, "%go": true}

// declarations is what a worker replays of a cell the kernel ran: its
// magic lines that matter, its imports and its declarations (func, type,
// const, var, whose initialisers run again in the worker), never its
// statements, which did their work in the kernel; "" if nothing is left.
// A %%native cell holds only declarations and goes whole, so that the
// worker finds the same source and loads the plugin the kernel's build
// left in the shared cache.
func declarations(cell string) string {
	var magics []string
	body := cell
	native := false
	for {
		line, rest, found := strings.Cut(body, "\n")
		trimmed := strings.TrimSpace(line)
		if !strings.HasPrefix(trimmed, "%") {
			break
		}
		word, _, _ := strings.Cut(trimmed, " ")
		if shippedMagics[word] {
			magics = append(magics, trimmed)
			native = native || word == "%%native"
		}
		body = rest
		if !found {
			body = ""
			break
		}
	}
	if !native {
		var kept []string
		for _, p := range cellsrc.Split(body) {
			if p.Kind != cellsrc.Stmts {
				kept = append(kept, strings.TrimRight(p.Text, "\n"))
			}
		}
		body = strings.Join(kept, "\n")
	}
	if strings.TrimSpace(body) == "" {
		for _, m := range magics {
			if strings.HasPrefix(m, "%go ") {
				return strings.Join(magics, "\n") // a module pinned for later cells
			}
		}
		return ""
	}
	return strings.Join(append(magics, body), "\n")
}
