package workloads

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gogil/gogil/gil"
)

// benchN is the Fibonacci size of the C comparison: the article uses 10^9,
// a fifth of it keeps a run short with the same loop.
const benchN = 200_000_000

const fibonacciC = `#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static unsigned long fibonacci(unsigned long n) {
	if (n <= 1) return n;
	unsigned long a = 0, b = 1, c = a + b;
	for (unsigned long i = 2; i < n; i++) { a = b; b = c; c = a + b; }
	return c;
}

int main(int argc, char **argv) {
	unsigned long n = strtoul(argv[1], 0, 10);
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	unsigned long r = fibonacci(n);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("%lu %ld\n", r, (t1.tv_sec - t0.tv_sec) * 1000000000L + (t1.tv_nsec - t0.tv_nsec));
	return 0;
}
`

// buildC compiles the C loop with gcc -O2 into a temporary directory.
func buildC(b *testing.B) string {
	b.Helper()
	gcc, err := exec.LookPath("gcc")
	if err != nil {
		b.Skip("no gcc on this machine")
	}
	dir := b.TempDir()
	src := filepath.Join(dir, "fib.c")
	if err := os.WriteFile(src, []byte(fibonacciC), 0o644); err != nil {
		b.Fatal(err)
	}
	bin := filepath.Join(dir, "fib")
	if out, err := exec.Command(gcc, "-O2", "-o", bin, src).CombinedOutput(); err != nil {
		b.Fatalf("gcc: %v\n%s", err, out)
	}
	return bin
}

// runC runs the C loop and returns its result and the loop's own time
// (process start-up excluded).
func runC(b *testing.B, bin string, n uint64) (uint64, time.Duration) {
	out, err := exec.Command(bin, strconv.FormatUint(n, 10)).Output()
	if err != nil {
		b.Fatal(err)
	}
	fields := strings.Fields(string(out))
	if len(fields) != 2 {
		b.Fatalf("unexpected output %q", out)
	}
	r, _ := strconv.ParseUint(fields[0], 10, 64)
	ns, _ := strconv.ParseInt(fields[1], 10, 64)
	return r, time.Duration(ns)
}

// BenchmarkFibonacciVsC times the interruptible Go loop, the same loop
// without interrupt checks, and gcc -O2's, side by side, and reports the
// ratios (target: Go within 1.25x of C).
func BenchmarkFibonacciVsC(b *testing.B) {
	bin := buildC(b)
	intr := gil.New().Interrupter()
	var goTime, plainTime, cTime time.Duration
	for b.Loop() {
		start := time.Now()
		got, _ := fibonacci(benchN, intr)
		goTime += time.Since(start)

		start = time.Now()
		plain := fibonacciPlain(benchN)
		plainTime += time.Since(start)

		want, c := runC(b, bin, benchN)
		cTime += c
		if got != want || plain != want {
			b.Fatalf("Go %d, plain Go %d, C %d", got, plain, want)
		}
	}
	per := func(d time.Duration) float64 { return float64(d) / float64(b.N) / benchN }
	b.ReportMetric(per(goTime), "go-ns/iter")
	b.ReportMetric(per(plainTime), "goplain-ns/iter")
	b.ReportMetric(per(cTime), "c-ns/iter")
	b.ReportMetric(float64(goTime)/float64(cTime), "go/c")
	b.ReportMetric(float64(goTime)/float64(plainTime), "checks/plain")
}

func BenchmarkCountdown(b *testing.B) {
	intr := gil.New().Interrupter()
	for b.Loop() {
		countdown(benchN, intr)
	}
	b.ReportMetric(float64(b.Elapsed())/float64(b.N)/benchN, "ns/iter")
}

func BenchmarkCountPrimes100k(b *testing.B) {
	intr := gil.New().Interrupter()
	for b.Loop() {
		countPrimes(100_000, intr)
	}
}

// BenchmarkInterruptLatency measures how long a running workload takes to
// notice an interrupt (target: within about 10 ms).
func BenchmarkInterruptLatency(b *testing.B) {
	l := gil.New()
	w := New(l)
	var worst, total time.Duration
	for b.Loop() {
		l.Interrupter().Reset()
		done := make(chan struct{})
		go func() {
			w.Fibonacci(1 << 62)
			close(done)
		}()
		time.Sleep(2 * time.Millisecond)
		start := time.Now()
		l.Interrupter().Interrupt()
		<-done
		d := time.Since(start)
		total += d
		worst = max(worst, d)
	}
	b.ReportMetric(float64(total)/float64(b.N)/1e6, "mean-ms")
	b.ReportMetric(float64(worst)/1e6, "worst-ms")
}
