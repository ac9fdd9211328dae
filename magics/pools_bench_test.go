package magics

import (
	"slices"
	"sync"
	"testing"
	"time"
)

// What threads and sub-interpreters cost, and what they gain on two cores,
// measured side by side in one kernel (go test -bench Pools -benchtime 3x
// ./magics/). The functions are interpreted %%gil code, as a Python
// function is: threads share the kernel's lock, sub-interpreters have one
// each.
//
// Start-up: a threading.Thread started and joined, against an
// interpreters.Pool(1) made, closed and joined. Per task: a thread per
// task, against Apply on a pool made beforehand. Speed-up: countdown and
// count_primes twice in a row, against two threads, against a pool of two
// (time sequential / time parallel).

const poolsSetup = `%%gil
func noop(x int) int { return x }
func countdown(n int) int { for n > 0 { n-- }; return n }
func countPrimes(limit int) int {
	count := 0
	for n := 2; n < limit; n++ {
		prime := true
		for d := 2; d*d <= n; d++ {
			if n%d == 0 { prime = false; break }
		}
		if prime { count++ }
	}
	return count
}`

func median(xs []float64) float64 {
	slices.Sort(xs)
	return xs[len(xs)/2]
}

func BenchmarkPoolsCost(b *testing.B) {
	l, err := New(Options{Version: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	defer l.Shutdown(false)
	timeCell(b, l, poolsSetup)
	timeCell(b, l, "warm := interpreters.Pool(1)")
	const k = 20
	var threadStart, subStart, threadTask, subTask []float64
	for i := 0; i < b.N; i++ {
		threadStart = append(threadStart, float64(timeCell(b, l, "for i := 0; i < 20; i++ { t := threading.Thread(noop, 1); t.Start(); t.Join() }")-timeCell(b, l, "for i := 0; i < 20; i++ {}"))/k)
		subStart = append(subStart, float64(timeCell(b, l, "for i := 0; i < 20; i++ { p := interpreters.Pool(1); p.Close(); p.Join() }"))/k)
		threadTask = append(threadTask, float64(timeCell(b, l, "%%gil\nfor i := 0; i < 20; i++ { t := threading.Thread(noop, i); t.Start(); t.Join() }"))/k)
		subTask = append(subTask, float64(timeCell(b, l, "%%gil\nfor i := 0; i < 20; i++ { warm.Apply(noop, i) }"))/k)
	}
	us := func(ns float64) float64 { return ns / float64(time.Microsecond) }
	b.ReportMetric(us(median(threadStart)), "thread-start-µs")
	b.ReportMetric(us(median(subStart)), "subinterp-start-µs")
	b.ReportMetric(us(median(threadTask)), "thread-task-µs")
	b.ReportMetric(us(median(subTask)), "subinterp-task-µs")
}

func BenchmarkPoolsSpeedup(b *testing.B) {
	l, err := New(Options{Version: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	defer l.Shutdown(false)
	timeCell(b, l, poolsSetup)
	timeCell(b, l, "pool := interpreters.Pool(2)")
	for _, w := range []struct{ name, fn, arg string }{
		{"countdown", "countdown", "20_000_000"},
		{"count_primes", "countPrimes", "150_000"},
	} {
		var threads, subs []float64
		for i := 0; i < b.N; i++ {
			seq := timeCell(b, l, "%%gil\n"+w.fn+"("+w.arg+")\n"+w.fn+"("+w.arg+")")
			thr := timeCell(b, l, "%%gil\nt1, t2 := threading.Thread("+w.fn+", "+w.arg+"), threading.Thread("+w.fn+", "+w.arg+")\nt1.Start(); t2.Start(); t1.Join(); t2.Join()")
			sub := timeCell(b, l, "%%gil\nif _, err := pool.Map("+w.fn+", []int{"+w.arg+", "+w.arg+"}); err != nil { panic(err) }")
			threads = append(threads, float64(seq)/float64(thr))
			subs = append(subs, float64(seq)/float64(sub))
		}
		b.ReportMetric(median(threads), w.name+"-threads-x")
		b.ReportMetric(median(subs), w.name+"-subinterp-x")
	}
	// What the machine allows at this moment: two compiled loops on two
	// goroutines against one after the other (shared, noisy cores).
	var machine []float64
	for i := 0; i < b.N; i++ {
		start := time.Now()
		spin(3e8)
		spin(3e8)
		seq := time.Since(start)
		start = time.Now()
		var wg sync.WaitGroup
		for k := 0; k < 2; k++ {
			wg.Add(1)
			go func() { defer wg.Done(); spin(3e8) }()
		}
		wg.Wait()
		machine = append(machine, float64(seq)/float64(time.Since(start)))
	}
	b.ReportMetric(median(machine), "go-goroutines-x")
}

var sink int

func spin(n int) {
	s := 0
	for i := 0; i < n; i++ {
		s += i ^ (s >> 3)
	}
	sink += s
}
