package cellsrc

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"
)

// A cell that uses what earlier cells declared is a program when it can
// take their declarations along as the session holds them; the program
// it writes type-checks, and holds only the latest of each.
func TestProgramWithEarlierCells(t *testing.T) {
	auto := map[string]string{"fmt": "fmt", "strings": "strings", "errors": "errors", "display": "github.com/gogil/gogil/display"}
	importable := func(path string) bool { return !strings.HasPrefix(path, "github.com/gogil/") }
	point := Earlier{Count: 1, Code: "import \"fmt\"\n\ntype point struct{ x, y int }\n\nfunc (p point) String() string { return fmt.Sprintf(\"(%d,%d)\", p.x, p.y) }\n"}
	for _, tt := range []struct {
		name    string
		earlier []Earlier
		cell    string
		why     string   // "" when it is a program
		has     []string // in the program's text
		hasNot  []string
	}{
		{name: "a type and its methods", earlier: []Earlier{point}, cell: "p := point{1, 2}\nfmt.Println(p)\n",
			has: []string{"//line cell[1]:3:1\ntype point struct", "//line cell[1]:5:1\nfunc (p point) String()"}},
		{name: "a function calling another cell's", earlier: []Earlier{
			{Count: 1, Code: "func double(x int) int { return 2 * x }\n"},
			{Count: 2, Code: "func quad(x int) int { return double(double(x)) }\nfmt.Println(quad(1))\n"},
		}, cell: "fmt.Println(quad(3))\n", has: []string{"func double", "func quad"}},
		{name: "the latest declaration", earlier: []Earlier{
			{Count: 1, Code: "func f() string { return \"first\" }\n"},
			{Count: 2, Code: "func f() string { return \"second\" }\n"},
		}, cell: "fmt.Println(f())\n", has: []string{"\"second\""}, hasNot: []string{"\"first\""}},
		{name: "a constant group and a map keyed by it", earlier: []Earlier{
			{Count: 4, Code: "type State int\n\nconst (\n\tIdle State = iota\n\tRunning\n)\n"},
		}, cell: "names := map[State]string{Idle: \"idle\", Running: \"running\"}\nfmt.Println(names)\n",
			has: []string{"Idle State = iota"}},
		{name: "a sentinel error", earlier: []Earlier{
			{Count: 1, Code: "import \"errors\"\n\nvar ErrBad = errors.New(\"bad\")\n\nconst limit = 3\n\nvar msg = fmt.Sprintf(\"over %d\", limit)\n"},
		}, cell: "fmt.Println(ErrBad, msg)\n", has: []string{"var ErrBad", "const limit", "import \"errors\""}},
		{name: "a package an earlier cell imported under another name", earlier: []Earlier{
			{Count: 1, Code: "import str \"strings\"\n\nfunc shout(s string) string { return str.ToUpper(s) }\n"},
		}, cell: "fmt.Println(shout(\"hi\"))\n", has: []string{"import str \"strings\""}},
		{name: "the leading declarations of a cell that failed", earlier: []Earlier{
			{Count: 1, LeadingOnly: true, Code: "func a() int { return 1 }\npanic(1)\nfunc a() int { return 2 }\n"},
		}, cell: "fmt.Println(a())\n", has: []string{"return 1"}, hasNot: []string{"return 2"}},
		{name: "a function bound to the first of a name declared again", earlier: []Earlier{
			{Count: 1, Code: "func f() string { return \"old\" }\n"},
			{Count: 2, Code: "func g() string { return f() }\n"},
			{Count: 3, Code: "func f() string { return \"new\" }\n"},
		}, cell: "fmt.Println(g())\n", why: "it uses f, declared again"},
		{name: "a name the cell declares again", earlier: []Earlier{
			{Count: 1, Code: "type T int\n\nfunc show(t T) { fmt.Println(t) }\n"},
		}, cell: "type T string\nshow(1)\n", why: "it declares T again"},
		{name: "a package an earlier cell imported", earlier: []Earlier{
			{Count: 1, Code: "import \"encoding/json\"\n\ntype T struct{ A int }\n"},
		}, cell: "b, _ := json.Marshal(T{1})\nfmt.Println(string(b))\n", has: []string{"import \"encoding/json\""}},
		{name: "a generic type's methods", earlier: []Earlier{
			{Count: 1, Code: "type Pair[K comparable, V any] struct {\n\tk K\n\tv V\n}\n\nfunc (p *Pair[K, V]) Key() K { return p.k }\n\nfunc (p Pair[K, V]) Val() V { return p.v }\n"},
		}, cell: "p := &Pair[string, int]{\"a\", 1}\nfmt.Println(p.Key(), p.Val())\n", has: []string{"func (p *Pair[K, V]) Key() K"}},
		{name: "a table read by a method", earlier: []Earlier{
			{Count: 1, Code: "type Level int\n\nconst (\n\tDebug Level = iota\n\tInfo\n)\n\nvar levelNames = map[Level]string{Debug: \"debug\", Info: \"info\"}\n\nvar order = [...]string{\"a\", \"b\"}\n\nfunc (l Level) String() string {\n\tif s, ok := levelNames[l]; ok {\n\t\treturn s\n\t}\n\treturn order[0]\n}\n"},
		}, cell: "fmt.Println(Info, len(levelNames))\n", has: []string{"var levelNames", "var order"}},
		{name: "a table a function fills", earlier: []Earlier{
			{Count: 1, Code: "var names = map[int]string{1: \"one\"}\n\nfunc name(i int) string { return names[i] }\n"},
			{Count: 2, Code: "names[2] = \"two\"\n"},
		}, cell: "fmt.Println(name(2))\n", why: "it uses names, a variable"},
		{name: "a table handed on", earlier: []Earlier{
			{Count: 1, Code: "var names = []string{\"b\", \"a\"}\n\nfunc first() string { return names[0] }\n"},
			{Count: 2, Code: "sort.Strings(names)\n"},
		}, cell: "fmt.Println(first())\n", why: "it uses names, a variable"},
		{name: "a table of tables", earlier: []Earlier{
			{Count: 1, Code: "var groups = map[string][]string{\"a\": {\"x\"}}\n\nfunc group(k string) []string { return groups[k] }\n"},
		}, cell: "fmt.Println(group(\"a\"))\n", why: "it uses groups, a variable"},
		{name: "after an init", earlier: []Earlier{
			{Count: 1, Code: "import \"encoding/gob\"\n\ntype C struct{ R float64 }\n\nfunc init() { gob.Register(C{}) }\n"},
		}, cell: "fmt.Println(C{1})\n", why: "an earlier cell declared a func init"},
		{name: "after log.SetFlags", earlier: []Earlier{
			{Count: 1, Code: "import \"log\"\n\ntype T int\n"}, {Count: 2, Code: "log.SetFlags(0)\n"},
		}, cell: "log.Println(T(1))\n", why: "changed a package's state (log.SetFlags)"},
		{name: "after a registration in a function", earlier: []Earlier{
			{Count: 1, Code: "import \"encoding/gob\"\n\ntype T int\n\nfunc setup() { gob.Register(T(0)) }\n"},
		}, cell: "fmt.Println(T(1))\n", why: "(gob.Register)"},
		{name: "after os.Stdout is replaced", earlier: []Earlier{
			{Count: 1, Code: "import \"os\"\n\ntype T int\n"}, {Count: 2, Code: "f, _ := os.Create(\"x\")\nos.Stdout = f\n"},
		}, cell: "fmt.Println(T(1))\n", why: "an assignment to os.Stdout"},
		{name: "a cell type's setter is no package's", earlier: []Earlier{
			{Count: 1, Code: "type T struct{ n int }\n\nfunc (t *T) SetN(n int) { t.n = n }\n"}, {Count: 2, Code: "var t T\nt.SetN(2)\n"},
		}, cell: "u := T{}\nu.SetN(1)\nfmt.Println(u)\n", has: []string{"func (t *T) SetN"}},
		{name: "a setter of a value of its own", earlier: []Earlier{
			{Count: 1, Code: "import (\n\t\"encoding/json\"\n\t\"os\"\n)\n\ntype T struct{ A int }\n\nfunc show(t T) { json.NewEncoder(os.Stdout).SetIndent(\"\", \" \") }\n"},
		}, cell: "show(T{1})\n", has: []string{"func show"}},
		{name: "a counter", earlier: []Earlier{
			{Count: 1, Code: "var count int\n"}, {Count: 2, Code: "count++\n"},
		}, cell: "fmt.Println(count)\n", why: "it uses count, a variable of an earlier cell"},
		{name: "a map a function fills", earlier: []Earlier{
			{Count: 1, Code: "var seen = map[string]bool{}\n\nfunc see(s string) bool {\n\tr := seen[s]\n\tseen[s] = true\n\treturn r\n}\n"},
		}, cell: "fmt.Println(see(\"a\"))\n", why: "it uses seen, a variable"},
		{name: "a name statements made", earlier: []Earlier{{Count: 1, Code: "x := 5\n"}}, cell: "fmt.Println(x)\n",
			why: "it uses x, a variable an earlier cell's statements made"},
		{name: "a compiled cell's function", earlier: []Earlier{{Count: 1, Opaque: true, Code: "func fast() int { return 1 }\n"}},
			cell: "fmt.Println(fast())\n", why: "compiled cell"},
		{name: "a name nothing declares", earlier: []Earlier{point}, cell: "fmt.Println(nowhere)\n", why: "it uses nowhere, which it does not declare"},
		{name: "a package of gogil's through an earlier cell", earlier: []Earlier{{Count: 1, Code: "func show() { display.HTML(\"x\") }\n"}},
			cell: "show()\n", why: "through an earlier cell"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			prog, why := ProgramWith(tt.cell, tt.earlier, auto, importable)
			if tt.why != "" {
				if !strings.Contains(why, tt.why) {
					t.Errorf("why %q, want one with %q\n%s", why, tt.why, prog.Text)
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
			for _, h := range tt.hasNot {
				if strings.Contains(prog.Text, h) {
					t.Errorf("%q in\n%s", h, prog.Text)
				}
			}
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, "prog.go", prog.Text, 0)
			if err != nil {
				t.Fatalf("%v\n%s", err, prog.Text)
			}
			conf := types.Config{Importer: importer.Default()}
			if _, err := conf.Check("main", fset, []*ast.File{f}, nil); err != nil {
				t.Errorf("%v\n%s", err, prog.Text)
			}
		})
	}
}

// A cell that only declares is written as a program whose main does
// nothing, so that building it tells whether its declarations are Go;
// imports it does not use are left out.
func TestDeclarationsProgram(t *testing.T) {
	auto := map[string]string{"fmt": "fmt"}
	importable := func(string) bool { return true }
	earlier := []Earlier{{Count: 1, Code: "type point struct{ x, y int }\n"}}
	prog, why := DeclarationsProgram("import (\n\t\"os\"\n\t\"strings\"\n)\n\ntype Set[T comparable] = map[T]struct{}\n\nfunc shout(s string) string { return strings.ToUpper(s) }\n\nvar origin = Set[point]{}\n", earlier, auto, importable)
	if why != "" {
		t.Fatal(why)
	}
	for _, h := range []string{"import strings \"strings\"", "type point struct", "func main() {}"} {
		if !strings.Contains(prog.Text, h) {
			t.Errorf("no %q in\n%s", h, prog.Text)
		}
	}
	if strings.Contains(prog.Text, "\"os\"") {
		t.Errorf("an unused import kept:\n%s", prog.Text)
	}
	if _, why := DeclarationsProgram("fmt.Println(1)\n", nil, auto, importable); why == "" {
		t.Error("a cell with statements taken for declarations")
	}
}
