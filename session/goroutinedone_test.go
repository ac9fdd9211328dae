package session

import (
	"context"
	"strings"
	"testing"
)

// A goroutine that panics under a deferred wg.Done() ends the cell as Go's
// program ends: main's code after wg.Wait() does not run (Go's program
// may print it, but only by winning a race with its own exit), and the
// next cell runs as usual. The cases are repeated: the old way lost the
// race every time, but a fix that narrowed it would pass once by luck.
func TestGoroutinePanicUnderDeferredDone(t *testing.T) {
	cases := []struct{ name, code, value string }{
		{"explicit panic", `import ("fmt"; "sync")
var wg sync.WaitGroup
wg.Add(1)
go func() {
	defer wg.Done()
	fmt.Println("worker")
	panic("worker failed")
}()
wg.Wait()
fmt.Println("main went on")`, "worker failed"},
		{"run-time error among several", `import ("fmt"; "sync")
var wg sync.WaitGroup
results := make([]int, 4)
for i := 1; i <= 3; i++ {
	wg.Add(1)
	go func(id int) {
		defer wg.Done()
		if id == 2 {
			var m map[int]int
			m[id] = 1
		}
		results[id] = id
	}(i)
}
wg.Wait()
fmt.Println("main went on", results)`, "assignment to entry in nil map"},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			for range 5 {
				rec := &recorder{}
				_, e := s.Execute(context.Background(), Cell{Code: tt.code}, rec)
				if e == nil || !strings.Contains(e.Value, tt.value) {
					t.Fatalf("error %v, want the goroutine's panic %q", e, tt.value)
				}
				if strings.Contains(rec.out(), "main went on") {
					t.Fatalf("main ran on after the goroutine's panic:\n%s", rec.out())
				}
			}
			if rec, _ := run(t, s, `fmt.Println("next cell")`); rec.out() != "next cell\n" {
				t.Fatalf("next cell printed %q", rec.out())
			}
		})
	}
}

// A recover in the goroutine keeps the deferred Done as it was written:
// the guard is not there, and main goes on.
func TestGoroutineRecoverKeepsDone(t *testing.T) {
	s := newSession(t)
	rec, _ := run(t, s, `import ("fmt"; "sync")
var wg sync.WaitGroup
wg.Add(1)
go func() {
	defer wg.Done()
	defer func() { fmt.Println("recovered:", recover()) }()
	panic("handled")
}()
wg.Wait()
fmt.Println("main went on")`)
	if got, want := rec.out(), "recovered: handled\nmain went on\n"; got != want {
		t.Fatalf("printed %q, want %q", got, want)
	}
}
