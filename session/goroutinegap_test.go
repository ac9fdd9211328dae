package session

import (
	"context"
	"strings"
	"testing"
)

// A gap in a goroutine the cell started ends the cell with that gap, marked
// Unsupported: the interpreter skips the goroutine's deferred calls after
// the one that hit it (here the wg.Done the cell waits for), so the cell
// waited for ever where Go's program prints and returns.
func TestGoroutineGapEndsTheCell(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\n\t\"fmt\"\n\t\"sync\"\n)")
	run(t, s, "func none() []int { return nil }")
	code := `var wg sync.WaitGroup
wg.Add(1)
go func() {
	defer wg.Done()
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = none()[3] // an operand the lowering cannot read twice (bounds.go)
}()
wg.Wait()
fmt.Println("after the wait")`
	rec := &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: code}, rec)
	if e == nil || !e.Unsupported || !strings.Contains(e.Value, "index out of range") || !strings.Contains(e.Value, "in a goroutine") {
		t.Fatalf("error %v, printed %q", e, rec.out())
	}
	if strings.Contains(rec.out(), "after the wait") {
		t.Errorf("printed %q", rec.out())
	}
	// The goroutine left waiting does not hold the next cell back.
	if rec, _ := run(t, s, `fmt.Println("next")`); rec.out() != "next\n" {
		t.Errorf("next cell printed %q", rec.out())
	}
}

// A recover() whose value gogil cannot give stops its goroutine where it
// is: a panic would unwind through the frames above, whose deferred calls
// print what Go's program, which recovers and goes on, does not print there.
func TestGapRunsNoOuterDeferredCall(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"")
	code := `func f() {
	defer func() { fmt.Println("recovered:", recover()) }()
	i := 3
	_ = one()[i] // an operand the lowering cannot read twice (bounds.go)
}

func one() []int { return []int{1} }

func main() {
	defer fmt.Println("main's deferred call")
	fmt.Println("before")
	f()
	fmt.Println("after")
}

main()`
	rec := &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: code}, rec)
	if e == nil || !e.Unsupported || !strings.Contains(e.Value, "index out of range") || strings.Contains(e.Value, "goroutine") {
		t.Fatalf("error %v, printed %q", e, rec.out())
	}
	if rec.out() != "before\n" {
		t.Errorf("printed %q before the error", rec.out())
	}
	if rec, _ := run(t, s, "main := 1\nfmt.Println(main)"); rec.out() != "1\n" {
		t.Errorf("next cell printed %q", rec.out())
	}
}
