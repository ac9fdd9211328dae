package session

import (
	"context"
	"strings"
	"testing"
)

// A variable of a cell's statements named like a function or type the
// statements use ends the cell with an error naming the cause, where the
// interpreter said "too many arguments"; a later cell that redefines the
// name without using it is left alone (cellsrc/funcshadow.go). A package
// variable of the cell's declarations and a variable of its statements of
// the same name end in an error naming it, where the interpreter said
// "variable definition loop" (compileerrors.go).
func TestVariableNamedLikeAFunctionItUses(t *testing.T) {
	for _, tc := range []struct {
		name  string
		cells []string
		err   string // of the last cell, "" for none
		out   string // of the last cell
	}{
		{"self reference", []string{"func score(c []int) int { return len(c) }\nhand := []int{1, 2}\nscore := score(hand)\nprintln(score)"},
			"score is a function of the cells and a variable declared by this cell's statements", ""},
		{"earlier cell's function", []string{"func deal() []int { return []int{3} }", "deal := deal()\n_ = deal"},
			"deal is a function of the cells", ""},
		{"type", []string{"type point struct{ x, y int }\npoint := point{1, 2}\n_ = point"},
			"point is a type of the cells", ""},
		{"use before", []string{"import \"fmt\"\nfunc total() int { return 3 }\nfmt.Println(total())\ntotal := 5\n_ = total"},
			"total is a function of the cells", ""},
		{"package variable and main's local", []string{"var total int\nfunc add(n int) { total += n }\nadd(3)\ntotal := 10\n_ = total"},
			"total is declared by this cell's declarations and again by its statements", ""},
		{"redefined later, unused", []string{"import \"fmt\"", "func total() int { return 3 }", "total := 5\nfmt.Println(total)"},
			"", "5\n"},
		{"function variable", []string{"import \"fmt\"", "f := func() int { return 1 }\nf2 := f()\nfmt.Println(f2)"},
			"", "1\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newSession(t)
			for i, code := range tc.cells {
				rec := &recorder{}
				_, err := s.Execute(context.Background(), Cell{Code: code}, rec)
				if i < len(tc.cells)-1 {
					if err != nil {
						t.Fatalf("cell %d: %v", i, err)
					}
					continue
				}
				switch {
				case tc.err == "" && err != nil:
					t.Fatalf("unexpected error: %v", err)
				case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
					t.Fatalf("error %v, want one containing %q", err, tc.err)
				case tc.err == "" && rec.out() != tc.out:
					t.Fatalf("printed %q, want %q", rec.out(), tc.out)
				}
			}
		})
	}
}
