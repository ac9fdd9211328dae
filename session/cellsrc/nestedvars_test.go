package cellsrc

import (
	"go/ast"
	"go/parser"
	"maps"
	"testing"
)

func TestNestedVars(t *testing.T) {
	for _, c := range []struct {
		body string
		want map[string]bool
	}{
		{"x := 1", map[string]bool{}},
		{"for __gogil_s1_i := 0; __gogil_s1_i < 3; __gogil_s1_i++ { __gogil_s1_2_v := __gogil_s1_i; _ = __gogil_s1_2_v }",
			map[string]bool{"__gogil_s1_i": false, "__gogil_s1_2_v": false}},
		{"for __gogil_s1_i := 0; __gogil_s1_i < 3; __gogil_s1_i++ { go func() { println(__gogil_s1_i) }() }",
			map[string]bool{"__gogil_s1_i": true}},
		// A function literal's own declarations are not the statements'.
		{"f := func() { for __gogil_x := 0; ; {} }\nif __gogil_s2_ok := true; __gogil_s2_ok { var __gogil_s2_n int; _ = __gogil_s2_n }",
			map[string]bool{"__gogil_s2_ok": false, "__gogil_s2_n": false}},
		{"for __gogil_s3_k, __gogil_s3_v := range m { _, _ = __gogil_s3_k, __gogil_s3_v }",
			map[string]bool{"__gogil_s3_k": false, "__gogil_s3_v": false}},
		// A name of the user's, or one the top level declares too, is a
		// global of the session's: never let go.
		{"__gogil_t := 1\nfor i := 0; i < 3; i++ { __gogil_t := 2; _ = __gogil_t }", map[string]bool{}},
	} {
		x, err := parser.ParseExpr("func() {\n" + c.body + "\n}")
		if err != nil {
			t.Fatalf("%q: %v", c.body, err)
		}
		got := NestedVars(x.(*ast.FuncLit).Body)
		if !maps.Equal(got, c.want) {
			t.Errorf("NestedVars(%q) = %v, want %v", c.body, got, c.want)
		}
	}
}
