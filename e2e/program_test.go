package e2e

import (
	"strings"
	"testing"

	"github.com/gogil/gogil/internal/client"
)

// Cells the interpreter cannot run, through the built binary: one it
// refuses to compile runs as a program of its own; one that ends on a gap
// after printing is cleared (clear_output) and runs again as a program.
// Either shows what go run prints and nothing of gogil's.

// streamsAfterClear is what a notebook shows of a cell's streams: what
// came after its last clear_output.
func streamsAfterClear(ex *client.Execution) (stdout, stderr string) {
	var out, errs strings.Builder
	for _, o := range ex.Outputs {
		switch {
		case o.Clear != nil:
			out.Reset()
			errs.Reset()
		case o.Stream != nil && o.Stream.Name == "stdout":
			out.WriteString(o.Stream.Text)
		case o.Stream != nil && o.Stream.Name == "stderr":
			errs.WriteString(o.Stream.Text)
		}
	}
	return out.String(), errs.String()
}

func TestCellsThatRunAsPrograms(t *testing.T) {
	c := launch(t, "GOGIL_NATIVE_CACHE="+t.TempDir())

	ex := mustRun(t, c, `type Pair[T any] = struct{ A, B T }

p := Pair[int]{1, 2}
fmt.Println(p.A + p.B)
`)
	stdout, stderr := streamsAfterClear(ex)
	if stdout != "3\n" || stderr != "" {
		t.Errorf("refused cell: stdout %q, stderr %q", stdout, stderr)
	}
	if f := run(t, c, "q := Pair[string]{}").Failed(); f == nil || !strings.Contains(strings.Join(f.Traceback, "\n"), "ran as a Go program") {
		t.Errorf("a later use of its type: %+v", f)
	}

	ex = mustRun(t, c, `import "text/template"

type dog struct{ Name string }

func (d dog) Sound() string { return d.Name + " says woof" }

fmt.Println("first")
template.Must(template.New("t").Parse("{{.Sound}}\n")).Execute(os.Stdout, dog{"rex"})
`)
	cleared := false
	for _, o := range ex.Outputs {
		cleared = cleared || o.Clear != nil
	}
	stdout, stderr = streamsAfterClear(ex)
	if !cleared || stdout != "first\nrex says woof\n" || stderr != "" {
		t.Errorf("gap: cleared %v, stdout %q, stderr %q", cleared, stdout, stderr)
	}
	if got := resultText(mustRun(t, c, `dog{"fido"}.Sound()`)); got != `"fido says woof"` {
		t.Errorf("its type in a later cell: %q", got)
	}
}
