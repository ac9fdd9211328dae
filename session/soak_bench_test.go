package session

import (
	"context"
	"slices"
	"testing"
	"time"
)

// soakCells is a session-level cycle of the kernel soak's cells
// (bench/soak_test.go) without the magics: output, errors, panics,
// declarations, goroutines and closures.
var soakCells = []string{
	"x := 1",
	`for i := 0; i < 20; i++ { fmt.Println("line", i) }`,
	"x + 41",
	`fmt.Fprintln(os.Stderr, "to stderr")`,
	"undefinedName + 1",
	"func double(n int) int { return 2 * n }\ndouble(x)",
	`panic("soak")`,
	"var m map[string]int\nm[\"a\"] = 1",
	"var wg sync.WaitGroup\nfor i := 0; i < 10; i++ {\n\twg.Add(1)\n\tgo func() { defer wg.Done(); fmt.Print(\"\") }()\n}\nwg.Wait()",
	"done := make(chan bool)\ngo func() { fmt.Println(\"from a goroutine\"); done <- true }()\n<-done",
	"1 +* 2",
}

// BenchmarkSoakDrift runs the soak's cells through one session and times
// the trivial cell and a cell making ten closures early (the first 300
// cells) and late (after 5,000 more), reporting late/early ratios, side by
// side in one run, and the frame slots a cell adds. A cost that grows with
// the cells run shows as a ratio above 1: each top-level function literal
// copied the whole global frame, which grew by every temporary of every
// cell (yaegistate.Tracker.ClearTemporaries now reuses them).
//
//	go test -run '^$' -bench SoakDrift -benchtime 1x -count 5 ./session/
func BenchmarkSoakDrift(b *testing.B) {
	const trivial, closures = 0, 8
	for b.Loop() {
		s := newSession(b)
		ctx := context.Background()
		times := func(n int) (triv, clos time.Duration) {
			var ts, cs []time.Duration
			for i := range n {
				k := i % len(soakCells)
				start := time.Now()
				s.Execute(ctx, Cell{Code: soakCells[k]}, &recorder{})
				took := time.Since(start)
				switch k {
				case trivial:
					ts = append(ts, took)
				case closures:
					cs = append(cs, took)
				}
			}
			slices.Sort(ts)
			slices.Sort(cs)
			return ts[len(ts)/2], cs[len(cs)/2]
		}
		t0, c0 := times(300)
		slots0 := s.yaegi.FrameSlots()
		const between = 5000
		times(between)
		slots1 := s.yaegi.FrameSlots()
		t1, c1 := times(300)
		b.ReportMetric(float64(t1)/float64(t0), "trivial-late/early")
		b.ReportMetric(float64(c1)/float64(c0), "closures-late/early")
		b.ReportMetric(float64(slots1-slots0)/between*1000, "slots/1000cells")
	}
}
