package magics

import (
	"go/ast"
	"go/parser"
	"go/token"
	"sort"
	"strings"
	"testing"
)

// TestRuntimeNames rewrites every construct the instrumenter treats, in
// both modes, and checks that each __gil.X the rewritten code refers to is
// defined by the runtime table cells are given, and that the table holds
// nothing the instrumenter never emits (besides the spawners the session
// calls by name).
func TestRuntimeNames(t *testing.T) {
	sources := map[string]string{
		"function":     "package main\nfunc f(n int) int { return n }",
		"literal":      "package main\nvar g = func() {}",
		"for":          "package main\nfunc main() { for i := 0; i < 3; i++ { _ = i } }",
		"send":         "package main\nfunc main() { ch := make(chan int, 1); ch <- 1; <-ch }",
		"select":       "package main\nfunc main() { ch := make(chan int); L: select { case v := <-ch: _ = v; default: break L } }",
		"range":        "package main\nfunc main() { var ch chan int; for v := range ch { if v > 0 { continue }; _ = v } }",
		"range impure": "package main\nfunc main() { for v := range make(chan int) { _ = v } }",
		"blocking":     "package main\nfunc main() { var wg interface{ Wait() }; wg.Wait(); time.Sleep(1) }",
		"switch":       "package main\nfunc main() { switch x := 1; x { case 1: for { break } } }",
		"go":           "package main\nfunc main() { go func() {}() }",
	}
	for input, src := range instrumentInputs(t) {
		sources[input] = string(src)
	}

	table := newLockWorld(func(string, error) {}).runtime()[runtimePath+"/gilrt"]
	used := map[string]bool{}
	for name, src := range sources {
		for _, mode := range []lockMode{holding, releasing} {
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, name, src, 0)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if err := rewrite(mode)(fset, f, nil); err != nil {
				t.Fatal(err)
			}
			ast.Inspect(f, func(n ast.Node) bool {
				sel, ok := n.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				if id, ok := sel.X.(*ast.Ident); ok && id.Name == runtimeName {
					used[sel.Sel.Name] = true
					if _, ok := table[sel.Sel.Name]; !ok {
						t.Errorf("%s (mode %d): the rewritten code calls %s.%s, which the runtime table does not define",
							name, mode, runtimeName, sel.Sel.Name)
					}
				}
				return true
			})
		}
	}
	// The spawners are named to the session (spawnName, plainSpawnName).
	for _, spawner := range []string{spawnName, plainSpawnName} {
		name := strings.TrimPrefix(spawner, runtimePath+".")
		used[name] = true
		if _, ok := table[name]; !ok {
			t.Errorf("spawner %s is not in the runtime table", spawner)
		}
	}
	var unused []string
	for name := range table {
		if !used[name] {
			unused = append(unused, name)
		}
	}
	sort.Strings(unused)
	if len(unused) > 0 {
		t.Errorf("the runtime table defines %v, which no rewritten construct calls: a construct is missing here, or the entry is dead", unused)
	}
}
