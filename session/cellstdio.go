package session

import (
	"fmt"
	"io"
	"reflect"

	"github.com/traefik/yaegi/interp"

	"github.com/gogil/gogil/session/stdio"
)

// giveCellsStdio makes os.Stdout and os.Stderr in cells the pipes' cell
// files, duplicates of their write ends (see stdio.Pipe), so that a cell
// closing them silences nothing but itself. It must run after yaegi's
// stdlib symbols are loaded, which set them to the write ends themselves.
func (s *Session) giveCellsStdio(i *interp.Interpreter) error {
	osSymbols := i.Symbols("os")["os"]
	if osSymbols == nil {
		return fmt.Errorf("session: no os symbols to give cells their stdout and stderr")
	}
	for name, p := range map[string]*stdio.Pipe{"Stdout": s.streams.Stdout, "Stderr": s.streams.Stderr} {
		if err := p.RenewUserFile(); err != nil {
			return err
		}
		osSymbols[name] = reflect.ValueOf(p.UserFile()).Elem()
	}
	// yaegi's log writes to the stderr write end itself, and hands it out
	// through log.Writer(): it gets a routed writer instead, which cannot
	// be closed and puts a goroutine's log lines under the cell that
	// started it (Go's log writes to the stderr it started with). Package
	// flag's command line is the session's own (cellflags.go).
	if v := i.Symbols("log")["log"]["SetOutput"]; v.IsValid() {
		setOutput, ok := v.Interface().(func(io.Writer))
		if !ok {
			return fmt.Errorf("session: log.SetOutput is a %s", v.Type())
		}
		setOutput(routedWriter{s: s, name: "stderr", pipe: s.streams.Stderr})
	}
	return nil
}

// renewCellStdio gives cells a working os.Stdout and os.Stderr again if an
// earlier cell closed them or set them to nil. It runs between cells.
func (s *Session) renewCellStdio() {
	for name, p := range map[string]*stdio.Pipe{"stdout": s.streams.Stdout, "stderr": s.streams.Stderr} {
		if err := p.RenewUserFile(); err != nil {
			// Out of descriptors, most likely: say so through the write end,
			// since the cell's own os.Stderr may be the dead file.
			fmt.Fprintf(s.streams.Stderr.Writer(), "gogil: cannot give cells a working %s again: %v\n", name, err)
		}
	}
}
