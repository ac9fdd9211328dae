package magics

import (
	"bytes"
	"flag"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestInstrument shows what %%gil and %%nogil make of a cell, as golden
// files: testdata/NAME.go is the input, NAME.gil.golden and
// NAME.nogil.golden the rewritten code.
func TestInstrument(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "*.go"))
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no inputs: %v", err)
	}
	for _, input := range inputs {
		src, err := os.ReadFile(input)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range []struct {
			mode lockMode
			ext  string
		}{{holding, ".gil.golden"}, {releasing, ".nogil.golden"}} {
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, input, src, parser.ParseComments)
			if err != nil {
				t.Fatal(err)
			}
			if err := rewrite(m.mode)(fset, f); err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := format.Node(&got, fset, f); err != nil {
				t.Fatal(err)
			}
			golden := input[:len(input)-len(".go")] + m.ext
			if *update {
				os.WriteFile(golden, got.Bytes(), 0o644)
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("%s differs from %s:\n%s", input, golden, got.Bytes())
			}
			// The result must still be Go.
			if _, err := parser.ParseFile(token.NewFileSet(), "", got.Bytes(), 0); err != nil {
				t.Errorf("%s: rewritten code does not parse: %v", golden, err)
			}
		}
	}
}
