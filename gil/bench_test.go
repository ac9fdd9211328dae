package gil

import (
	"runtime"
	"sort"
	"testing"
	"time"
)

// CPython figures on the same machines, for comparison (cpython-gil.md):
// SaveThread+RestoreThread 42-87 ns, Ensure+Release held 11-20 ns, hand-off
// p50 18-36 µs.

func BenchmarkTakeDrop(b *testing.B) {
	l := New()
	t := l.MainThread()
	for b.Loop() {
		_ = l.Take(t)
		_ = l.Drop(t)
	}
}

func BenchmarkSaveRestoreThread(b *testing.B) {
	l := New()
	t := l.MainThread()
	_ = l.Take(t)
	for b.Loop() {
		s, _ := l.SaveThreadOf(t)
		_ = l.RestoreThread(s)
	}
}

func BenchmarkCheckpointNobodyWaiting(b *testing.B) {
	l := New()
	t := l.MainThread()
	_ = l.Take(t)
	for b.Loop() {
		_ = l.Checkpoint(t)
	}
}

func BenchmarkEnsureReleaseHeld(b *testing.B) {
	l := New()
	t := l.MainThread()
	_ = l.Take(t)
	for b.Loop() {
		_ = l.Release(l.EnsureOf(t))
	}
}

// The cell-facing Ensure must find the calling thread: the price of having
// no thread identity in Go.
func BenchmarkEnsureReleaseHeldCaller(b *testing.B) {
	l := New()
	t := l.MainThread()
	defer l.Bind(t)()
	_ = l.Take(t)
	for b.Loop() {
		_ = l.Release(l.Ensure())
	}
}

func BenchmarkCurrentThread(b *testing.B) {
	l := New()
	defer l.Bind(l.MainThread())()
	for b.Loop() {
		_ = l.Current()
	}
}

// BenchmarkHandOff measures from the holder's Drop to the moment a waiter
// blocked in Take holds the lock, and reports percentiles.
func BenchmarkHandOff(b *testing.B) {
	l := New()
	_ = l.SetSwitchInterval(time.Hour) // no drop requests: pure hand-off
	holder, waiter := l.MainThread(), l.NewThread("waiter")
	start := make(chan struct{})
	took := make(chan time.Time)
	go func() {
		for range start {
			_ = l.Take(waiter)
			took <- time.Now()
			_ = l.Drop(waiter)
		}
	}()
	latencies := make([]time.Duration, 0, b.N)
	for b.Loop() {
		_ = l.Take(holder)
		start <- struct{}{}
		for !isBlocked(l, waiter) {
			runtime.Gosched()
		}
		// Let it park for real: a waiter that is still spinning would make
		// the hand-off look cheaper than a wake-up is.
		time.Sleep(100 * time.Microsecond)
		dropped := time.Now()
		_ = l.Drop(holder)
		latencies = append(latencies, (<-took).Sub(dropped))
	}
	close(start)
	sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
	if n := len(latencies); n > 0 {
		b.ReportMetric(float64(latencies[n/2])/1e3, "p50-µs")
		b.ReportMetric(float64(latencies[n*99/100])/1e3, "p99-µs")
	}
}

// isBlocked: the waiter is queued and parked (no wake signal pending).
func isBlocked(l *Lock, t *Thread) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return t.waiting
}
