package runner

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gogil/gogil/internal/client"
	"github.com/gogil/gogil/kernel/wire"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (run go test -update after checking it):\n%s", path, got)
	}
}

// A drawing in text/plain with ANSI colours, as gogil's %%timeline sends
// it (a copy of the timeline package's golden file: the runner knows
// nothing of timelines), shown while it is updated: redrawn in place on a
// terminal, its last state once the cell is done elsewhere, never with
// escapes when colour is off.
func TestTerminalShowsUpdatedDrawings(t *testing.T) {
	final, err := os.ReadFile(filepath.Join("testdata", "timeline-final.ansi"))
	if err != nil {
		t.Fatal(err)
	}
	drawing := func(msgType, text string) client.Output {
		return client.Output{MsgType: msgType, Display: &wire.DisplayData{
			Data:      map[string]any{"text/plain": text, "image/png": "iVBORw0KGgo="},
			Transient: &wire.Transient{DisplayID: "timeline"},
		}}
	}
	first := "\x1b[2m1.0 ms · 1 thread\x1b[0m\nA  \x1b[32m███\x1b[0m\n"
	second := "\x1b[2m2.0 ms · 1 thread\x1b[0m\nA  \x1b[32m██████\x1b[0m\n"
	for _, tt := range []struct {
		file  string
		color bool
	}{
		{"terminal-color.golden", true},
		{"terminal-plain.golden", false},
	} {
		t.Run(tt.file, func(t *testing.T) {
			var buf bytes.Buffer
			term := &terminal{w: &buf, color: tt.color, atLineStart: true}
			term.printf("[cell 1/2] %%%%timeline\n")
			term.output(drawing("display_data", first))
			term.output(drawing("update_display_data", second))
			term.output(drawing("update_display_data", string(final)))
			term.flushUpdates()
			term.printf("[cell 1/2] 0.31s\n")
			// An update after other output cannot be drawn in place.
			term.printf("[cell 2/2] %%%%timeline\n")
			term.output(drawing("display_data", first))
			term.output(stream("stdout", "printed meanwhile\n"))
			term.output(drawing("update_display_data", string(final)))
			term.flushUpdates()
			term.printf("[cell 2/2] 0.31s\n")
			got := buf.String()
			if !tt.color && strings.Contains(got, "\x1b") {
				t.Errorf("escapes without colour: %q", got)
			}
			golden(t, tt.file, got)
		})
	}
}
