package session

import (
	"context"
	"runtime"
	"testing"
)

// Closures made at a cell's top level keep working across cells once the
// frame slots of past cells are emptied (yaegistate.ClearTemporaries).
func TestTopLevelClosures(t *testing.T) {
	tests := []struct {
		name  string
		cells []string // run in order; the last one's result is checked
		want  string
	}{
		{"captured global is live", []string{"x := 1\nf := func() int { return x }\nx = 2\nf()"}, "2"},
		{"live in a later cell", []string{"y := 1\ng := func() int { return y }", "y = 3", "g()"}, "3"},
		{"closure assigns a global", []string{"n := 0\ninc := func() { n++ }", "inc()\ninc()", "n"}, "2"},
		{"recursion through a var", []string{"var fib func(int) int\nfib = func(n int) int {\n\tif n < 2 {\n\t\treturn n\n\t}\n\treturn fib(n-1) + fib(n-2)\n}", "fib(15)"}, "610"},
		{"loop variables, called later", []string{"var fs []func() int\nfor i := 0; i < 3; i++ {\n\tv := i * 10\n\tfs = append(fs, func() int { return v })\n}", "x := 1", "fs[0]() + fs[1]() + fs[2]()"}, "30"},
		{"nested block, called later", []string{"var h func() string\n{\n\ts := \"kept\"\n\th = func() string { return s }\n}", "h()"}, `"kept"`},
		{"generic", []string{"func apply[T any](v T, f func(T) T) T { return f(v) }", "k := 4\napply(5, func(v int) int { return v * k })"}, "20"},
		{"sort.Slice", []string{"xs := []int{3, 1, 2}\nsort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })", "xs"}, "[1 2 3]"},
		{"goroutine reads its cell's locals later", []string{"out := make(chan int, 1)\nstart := make(chan bool)\nfor i := 0; i < 1; i++ {\n\tw := 7\n\tgo func() { <-start; out <- w }()\n}", "z := 1", "start <- true\n<-out"}, "7"},
		{"defer at the top level", []string{"m := \"before\"\nvar seen string\ndefer func() { seen = m }()\nm = \"after\"", "seen"}, `"after"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			var res Result
			for _, code := range tt.cells {
				_, res = run(t, s, code)
			}
			if got := plain(res); got != tt.want {
				t.Errorf("got %s, want %s", got, tt.want)
			}
		})
	}
}

// heapAfterGC is the live heap, in bytes.
func heapAfterGC() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// Closures made at the top level of many cells and then dropped must not
// keep each other alive: yaegi copies the global frame into each one, and
// stale values left in it chained every closure to all those before it
// (2,000 cells of sort.Slice alone grew the heap by 230 MB). A memory bound, not
// a timing.
func TestTopLevelClosuresDoNotAccumulate(t *testing.T) {
	if testing.Short() {
		t.Skip("runs 4,000 cells")
	}
	s := newSession(t)
	ctx := context.Background()
	run(t, s, "var keep func() int")
	cells := []string{
		"xs := []int{3, 1, 2}\nsort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })",
		"done := make(chan bool)\ngo func() { done <- true }()\n<-done",
		"keep = func() int { return 1 }",
		"func() {}()",
	}
	const n = 2000
	before := heapAfterGC()
	for i := range n {
		if _, e := s.Execute(ctx, Cell{Code: cells[i%len(cells)]}, &recorder{}); e != nil {
			t.Fatalf("cell %d: %v", i, e)
		}
	}
	grown := int64(heapAfterGC()) - int64(before)
	t.Logf("heap grew by %.1f MB over %d cells", float64(grown)/1e6, n)
	// About 22 MB here (yaegi keeps state per compiled cell); 145 MB
	// before ClearTemporaries.
	const bound = 40 << 20
	if grown > bound {
		t.Errorf("the heap grew by %d MB over %d cells with top-level closures; bound %d MB", grown>>20, n, bound>>20)
	}
}
