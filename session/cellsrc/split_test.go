package cellsrc

import (
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		code  string
		kinds string // i=imports d=decls s=stmts
		lines []int
	}{
		{"x := 1", "s", []int{1}},
		{"import \"fmt\"\nx := 1\nfunc f() {}\ny := 2", "isds", []int{1, 2, 3, 4}},
		{"func (t T) M() {}\nfunc() { }()\nfunc(x int) int { return x }(1)", "ds", []int{1, 2}},
		{"var a = 1\nconst b = 2\ntype C int\nfmt.Println(a)", "ds", []int{1, 4}},
		{"package main\nfunc main() {}", "d", []int{2}},
		{"x := 1; func f() {}", "sd", []int{1, 1}},
		{"if x {\n\tfunc() {}()\n}\nvar y int", "sd", []int{1, 4}},
		{"x := \"unterminated", "s", []int{1}},
		{"", "", nil},
		{"// only a comment", "", nil},
	}
	letter := map[Kind]string{Imports: "i", Decls: "d", Stmts: "s"}
	for _, tt := range tests {
		parts := Split(tt.code)
		kinds := ""
		var lines []int
		for _, p := range parts {
			kinds += letter[p.Kind]
			lines = append(lines, p.Line)
		}
		if kinds != tt.kinds || len(lines) != len(tt.lines) {
			t.Errorf("%q: kinds %s lines %v, want %s %v", tt.code, kinds, lines, tt.kinds, tt.lines)
			continue
		}
		for i := range lines {
			if lines[i] != tt.lines[i] {
				t.Errorf("%q: lines %v, want %v", tt.code, lines, tt.lines)
			}
		}
	}
}

func FuzzSplit(f *testing.F) {
	for _, seed := range []string{"x := 1", "import \"fmt\"\nfunc f() {}\nf()", "func (", "}}}", "func (a) b ("} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, code string) {
		total := 0
		for _, p := range Split(code) {
			if !strings.Contains(code, p.Text) || p.Line < 1 || p.Col < 1 {
				t.Fatalf("bad part %+v", p)
			}
			total += len(p.Text)
		}
		if total > len(code) {
			t.Fatalf("parts longer than the code")
		}
	})
}

func TestIsComplete(t *testing.T) {
	tests := []struct {
		code, status, indent string
	}{
		{"", "complete", ""},
		{"x := 1", "complete", ""},
		{"fmt.Println(\"hi\")", "complete", ""},
		{"func f() {", "incomplete", "\t"},
		{"for {\n\tif x {", "incomplete", "\t\t"},
		{"fmt.Println(", "incomplete", "\t"},
		{"x := `raw", "incomplete", ""},
		{"x := 1 +", "incomplete", ""},
		{"x := )", "invalid", ""},
		{"func f() {}}", "invalid", ""},
		{"import \"fmt\"\nfunc f() {\n}\nx := 3", "complete", ""},
		{"type T struct {", "incomplete", "\t"},
		{"/* open comment", "incomplete", ""},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			status, indent := IsComplete(tt.code)
			if status != tt.status || indent != tt.indent {
				t.Errorf("got %s %q, want %s %q", status, indent, tt.status, tt.indent)
			}
		})
	}
}

func FuzzIsComplete(f *testing.F) {
	for _, seed := range []string{"x := 1", "func f() {", "x := `", "}"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, code string) {
		status, _ := IsComplete(code)
		if status != "complete" && status != "incomplete" && status != "invalid" {
			t.Fatalf("status %q", status)
		}
	})
}

// Each part's text is one slice of the cell's source, however many units
// it joins: the parts of a long cell share its memory instead of copying
// it once per unit.
func TestSplitPartsShareTheSource(t *testing.T) {
	src := strings.Repeat("x := 1\n", 10_000) + "func f() {}\n" + strings.Repeat("y := 2\n", 10_000)
	parts := Split(src)
	if len(parts) != 3 {
		t.Fatalf("%d parts, want 3", len(parts))
	}
	base := uintptr(unsafe.Pointer(unsafe.StringData(src)))
	for _, p := range parts {
		at := uintptr(unsafe.Pointer(unsafe.StringData(p.Text)))
		if at < base || at+uintptr(len(p.Text)) > base+uintptr(len(src)) {
			t.Errorf("part %v at line %d is a copy, not a slice of the source", p.Kind, p.Line)
		}
	}
}

// go test -run '^$' -bench Split ./session/cellsrc/: linear in the lines.
func BenchmarkSplit(b *testing.B) {
	for _, lines := range []int{1_000, 4_000, 16_000} {
		src := strings.Repeat("x := 1\n", lines)
		b.Run(strconv.Itoa(lines), func(b *testing.B) {
			for b.Loop() {
				Split(src)
			}
		})
	}
}
