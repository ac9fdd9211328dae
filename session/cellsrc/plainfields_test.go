package cellsrc

import (
	"go/parser"
	"go/token"
	"slices"
	"testing"
)

// TestPlainFields: the fields whose types are made of predeclared types
// alone, which the runner prints by their reflect types.
func TestPlainFields(t *testing.T) {
	for src, want := range map[string][]string{
		"struct{ X, Y int }": {"X", "Y"},
		"struct{ name string; tags []string; m map[string]*int }":   {"name", "tags", "m"},
		"struct{ c Color; d time.Duration; e error; a any; _ int }": nil,
		"struct{ grid [3][3]byte; n [N]int; p Point }":              {"grid"},
		"[]int": nil,
	} {
		x, err := parser.ParseExprFrom(token.NewFileSet(), "", src, 0)
		if err != nil {
			t.Fatal(err)
		}
		if got := plainFields(x); !slices.Equal(got, want) {
			t.Errorf("%s: %v, want %v", src, got, want)
		}
	}
}
