package session

import (
	"context"
	"strings"
	"testing"

	"github.com/gogil/gogil/cellio"
)

// loopLiteralHelpers order the calls of the cases below without timing:
// runElsewhere (runHere) runs the previous iteration's closure to its end
// on another goroutine (on this one) between the making of the iteration's
// own closure and its use, which is when the interpreter wrote a closure's
// slot back (cellsrc/looplits.go).
const loopLiteralHelpers = `import (
	"fmt"
	"sync"
)

func keep(f func() int, _ struct{}) func() int { return f }

func runElsewhere(f func() int) struct{} {
	if f != nil {
		done := make(chan struct{})
		go func() { f(); close(done) }()
		<-done
	}
	return struct{}{}
}

func runHere(f func() int) struct{} {
	if f != nil {
		f()
	}
	return struct{}{}
}

func show(fs []func() int) {
	for _, f := range fs {
		if f == nil {
			fmt.Print("nil ")
		} else {
			fmt.Print(f(), " ")
		}
	}
	fmt.Println()
}

type group struct{ wg sync.WaitGroup }

func (g *group) Go(f func()) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		f()
	}()
}`

// Each closure made in a loop body keeps its own iteration's variables,
// whenever and on whichever goroutine it runs; each case prints what go
// run prints.
func TestLoopLiteralsCalledLater(t *testing.T) {
	tests := []struct{ name, code, want string }{
		{"argument, after the previous closure returned elsewhere",
			"var fs []func() int\nvar prev func() int\nfor i := range 5 {\n\tf := keep(func() int { return i * 10 }, runElsewhere(prev))\n\tfs = append(fs, f)\n\tprev = f\n}\nshow(fs)",
			"0 10 20 30 40 \n"},
		{"multi-value :=, after the previous closure returned elsewhere",
			"var fs []func() int\nvar prev func() int\nfor i := 0; i < 5; i++ {\n\tf, _ := func() int { return i * i }, runElsewhere(prev)\n\tfs = append(fs, f)\n\tprev = f\n}\nshow(fs)",
			"0 1 4 9 16 \n"},
		{"if header, the previous closure called in between",
			"var fs []func() int\nvar prev func() int\nfor i := range 4 {\n\tif f := keep(func() int { return i + 1 }, runHere(prev)); true {\n\t\tfs = append(fs, f)\n\t\tprev = f\n\t}\n}\nshow(fs)",
			"1 2 3 4 \n"},
		{"in a function, all run after the loop from other goroutines",
			"func sums() []int {\n\tgot := make([]int, 6)\n\tvar fs []func()\n\tfor i := range 3 {\n\t\tsq := i * i\n\t\tfs = append(fs, func() { got[i] = i }, func() { got[3+i] = sq })\n\t}\n\tvar g group\n\tfor _, f := range fs {\n\t\tg.Go(f)\n\t}\n\tg.wg.Wait()\n\treturn got\n}\nfmt.Println(sums())",
			"[0 1 2 0 1 4]\n"},
		{"handed to a method that starts a goroutine, 100 iterations",
			"var g group\nvar mu sync.Mutex\nseen := make([]int, 100)\nfor i := 0; i < 100; i++ {\n\tf := func() { mu.Lock(); seen[i]++; mu.Unlock() }\n\tg.Go(func() { f() })\n}\ng.wg.Wait()\nbad := 0\nfor _, n := range seen {\n\tif n != 1 {\n\t\tbad++\n\t}\n}\nfmt.Println(bad)",
			"0\n"},
		{"a loop made by goto",
			"func viaGoto() []func() int {\n\tvar fs []func() int\n\ti := 0\nagain:\n\tv := i * 3\n\tfs = append(fs, func() int { return v })\n\ti++\n\tif i < 3 {\n\t\tgoto again\n\t}\n\treturn fs\n}\nshow(viaGoto())",
			"0 3 6 \n"},
		{"in a generic function",
			"func consts[T any](xs []T) []func() T {\n\tvar fs []func() T\n\tfor _, x := range xs {\n\t\tfs = append(fs, func() T { return x })\n\t}\n\treturn fs\n}\nfor _, f := range consts([]string{\"a\", \"b\"}) {\n\tfmt.Print(f())\n}\nfmt.Println()",
			"ab\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			run(t, s, loopLiteralHelpers)
			rec, _ := run(t, s, tt.code)
			if got := rec.out(); got != tt.want {
				t.Errorf("printed %q, want %q", got, tt.want)
			}
		})
	}
}

// A literal in a three-clause loop's condition or post statement would
// share one variable over the loop: refused before the cell runs.
func TestLoopHeaderLiteralsRefused(t *testing.T) {
	for _, code := range []string{
		"fmt.Println(\"before\")\nvar gs []func() int\nfor i := 0; i < 3; i = func() int { gs = append(gs, func() int { return i }); return i + 1 }() {\n}",
		"fmt.Println(\"before\")\nfor i := 0; func() bool { return i < 3 }(); i++ {\n}",
	} {
		s := newSession(t)
		run(t, s, `import "fmt"`)
		rec := &recorder{}
		_, e := s.Execute(context.Background(), Cell{Code: code}, rec)
		if e == nil || e.Kind != cellio.CompileError || !strings.Contains(e.Value, "loop's variable i") || rec.out() != "" {
			t.Errorf("%q: error %v, printed %q; want a CompileError naming the loop's variable i, nothing printed", code, e, rec.out())
		}
	}
}
