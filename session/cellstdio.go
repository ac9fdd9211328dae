package session

import (
	"fmt"
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
