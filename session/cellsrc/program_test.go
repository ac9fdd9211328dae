package cellsrc

import (
	"strings"
	"testing"
)

func TestProgram(t *testing.T) {
	auto := map[string]string{"fmt": "fmt", "strings": "strings", "display": "github.com/gogil/gogil/display"}
	importable := func(path string) bool { return !strings.HasPrefix(path, "github.com/gogil/") }
	for _, tt := range []struct {
		name, cell string
		why        string   // "" when it is a program
		has        []string // in the program's text
		names      []string
	}{
		{name: "statements", cell: "x := 2\ny := 3\nfmt.Println(strings.Repeat(\"a\", x))\n",
			has: []string{"import \"fmt\"", "import \"strings\"", "func main() {", "//line cell:1:1", "\n_ = y\n}"}, names: []string{"x", "y"}},
		{name: "a var below the functions is main's", cell: "func one() int { return 1 }\nvar s []int\ns = append(s, one())\nfmt.Println(cap(s))\n",
			has: []string{"func main() {\n//line cell:2:1\nvar s []int\n"}},
		{name: "a var a function uses is the package's", cell: "var n int\nfunc inc() { n++ }\ninc()\nfmt.Println(n)\n",
			has: []string{"//line cell:1:1\nvar n int\nfunc inc()"}},
		{name: "declarations then statements", cell: "type T int\n\nfunc (t T) Double() T { return 2 * t }\n\nfmt.Println(T(2).Double())\n",
			has: []string{"type T int", "func main() {\n//line cell:5:1"}, names: []string{"T"}},
		{name: "a var after statements is main's", cell: "x := 5\nvar y = x\nfmt.Println(y)\n",
			has: []string{"x := 5\n\n//line cell:2:1\nvar y = x\n//line cell:3:1"}},
		{name: "a program pasted whole", cell: "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(1) }\n",
			has: []string{"func main() { fmt.Println(1) }"}, names: []string{"main"}},
		{name: "a package named before its major version", cell: "import \"math/rand/v2\"\n\nfmt.Println(rand.N(1))\n",
			has: []string{"import \"math/rand/v2\"", "import \"fmt\""}},
		{name: "declarations only", cell: "type T int\n", why: "runs nothing"},
		{name: "an earlier cell's name", cell: "fmt.Println(earlier)\n", why: "it uses earlier"},
		{name: "a package of gogil's", cell: "display.HTML(\"x\")\n", why: "it uses display"},
		{name: "an import of gogil's", cell: "import \"github.com/gogil/gogil/gil\"\ngil.Held()\n", why: "it imports"},
		{name: "main and statements", cell: "func main() {}\nfmt.Println(1)\n", why: "declares func main and has statements"},
		{name: "does not parse", cell: "fmt.Println(\n", why: "does not parse"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			prog, why := Program(tt.cell, auto, importable)
			if tt.why != "" {
				if !strings.Contains(why, tt.why) {
					t.Errorf("why %q, want one with %q", why, tt.why)
				}
				return
			}
			if why != "" {
				t.Fatalf("not a program: %s", why)
			}
			for _, h := range tt.has {
				if !strings.Contains(prog.Text, h) {
					t.Errorf("no %q in\n%s", h, prog.Text)
				}
			}
			for _, n := range tt.names {
				if !strings.Contains(" "+strings.Join(prog.Names, " ")+" ", " "+n+" ") {
					t.Errorf("names %v lack %s", prog.Names, n)
				}
			}
		})
	}
}

func TestAssumedName(t *testing.T) {
	for path, want := range map[string]string{
		"fmt": "fmt", "math/rand": "rand", "math/rand/v2": "rand",
		"encoding/json/v2": "json", "v2": "v2", "example.com/vx": "vx",
	} {
		if got := assumedName(path); got != want {
			t.Errorf("assumedName(%q) = %q, want %q", path, got, want)
		}
	}
}
