package session

import (
	"fmt"
	"testing"
)

// The variables of a cell's loops and if clauses get hidden names unique
// to the cell (cellsrc.RenameTopLevelShadows), each a global of yaegi's:
// once the cell has run, the session lets go of their symbols and of the
// slots no function literal names. Closures and goroutines made in loops
// must still see their own variables after many later cells reused the
// slots around them, and cells with loops must stop growing the frame.
func TestNestedVarsAfterTheCell(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"sync\"")
	run(t, s, "var fs []func() int\nfor i := 0; i < 3; i++ {\n\tfs = append(fs, func() int { return i * 10 })\n}")
	run(t, s, "release := make(chan bool)\nout := make(chan int, 3)\nvar wg sync.WaitGroup\nfor i := 0; i < 3; i++ {\n\twg.Add(1)\n\tgo func() { defer wg.Done(); <-release; out <- i + 1 }()\n}")
	loops := []string{
		"for k := 0; k < 2; k++ { s := fmt.Sprint(\"x\", k); _ = s }",
		"if v := len(\"abc\"); v > 1 { w := fmt.Sprint(v * 2); _ = w }",
		"for _, n := range []int{1, 2} { switch d := n * 2; d { case 2: _ = d } }",
	}
	for _, c := range loops {
		run(t, s, c)
	}
	start := s.yaegi.FrameSlots()
	const runs = 30
	for range runs {
		for _, c := range loops {
			run(t, s, c)
		}
	}
	if grown := s.yaegi.FrameSlots() - start; grown > runs/2 {
		t.Errorf("the frame grew by %d slots over %d runs of %d cells that declare only nested variables", grown, runs, len(loops))
	}
	rec, _ := run(t, s, "fmt.Print(fs[0](), fs[1](), fs[2]())")
	if got := rec.out(); got != "0 10 20" {
		t.Errorf("the closures made in a loop return %q, want \"0 10 20\"", got)
	}
	rec, _ = run(t, s, "close(release)\nwg.Wait()\nfmt.Print(<-out + <-out + <-out)")
	if got, want := rec.out(), fmt.Sprint(1+2+3); got != want {
		t.Errorf("the goroutines made in a loop sent %q in all, want %s", got, want)
	}
}
