package magics

import (
	"context"
	"fmt"
	"os"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gogil/gogil/kernel"
)

// Compiled cells against the anchors, side by side in one run:
//
//	go test -run '^$' -bench Native -benchtime 5x ./magics/
//
// NativeFibonacci: the article's fibonacci(10^9) written in a %%native
// cell (with its loop's interrupt check) against workloads.Fibonacci, both
// called from an interpreted cell, alternately; it reports the median
// ratio (target: within 1.1x). NativeBuild: a new small cell with a warm
// build cache (target 0.5 s) and the identical cell again (target 20 ms).
// NativeCall: what one call from interpreted code into a compiled function
// costs, the empty loop subtracted.

func timeCell(b *testing.B, l *Layer, code string) time.Duration {
	b.Helper()
	start := time.Now()
	out := l.Execute(context.Background(), kernel.ExecuteInput{Code: code}, discard{})
	if out.Err != nil {
		b.Fatalf("%q: %v", code, out.Err)
	}
	return time.Since(start)
}

func BenchmarkNativeFibonacci(b *testing.B) {
	b.Setenv("GOGIL_NATIVE_CACHE", b.TempDir())
	l, err := New(Options{Version: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	defer l.Shutdown(false)
	timeCell(b, l, fibonacciCell)
	var ratios []float64
	var native, prebuilt time.Duration
	for i := 0; i < b.N; i++ {
		n := timeCell(b, l, "fibonacci(1_000_000_000)")
		w := timeCell(b, l, "workloads.Fibonacci(1_000_000_000)")
		native += n
		prebuilt += w
		ratios = append(ratios, float64(n)/float64(w))
	}
	slices.Sort(ratios)
	b.ReportMetric(ratios[len(ratios)/2], "native/workloads")
	b.ReportMetric(float64(native.Milliseconds())/float64(b.N), "native-ms")
	b.ReportMetric(float64(prebuilt.Milliseconds())/float64(b.N), "workloads-ms")
}

func BenchmarkNativeBuild(b *testing.B) {
	b.Setenv("GOGIL_NATIVE_CACHE", b.TempDir())
	l, err := New(Options{Version: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	defer l.Shutdown(false)
	timeCell(b, l, "%%native\nfunc warmUp() int { return 0 }") // primes the plugin runtime in the build cache
	var builds, hits []time.Duration
	for i := 0; i < b.N; i++ {
		cell := fmt.Sprintf("%%%%native\nfunc small%d(n int) int {\n\ts := 0\n\tfor i := 0; i < n; i++ {\n\t\ts += i\n\t}\n\treturn s\n}\n", i)
		builds = append(builds, timeCell(b, l, cell))
		hits = append(hits, timeCell(b, l, cell))
	}
	slices.Sort(builds)
	slices.Sort(hits)
	b.ReportMetric(float64(builds[len(builds)/2].Microseconds())/1000, "build-ms")
	b.ReportMetric(float64(hits[len(hits)/2].Microseconds())/1000, "identical-ms")
}

func BenchmarkNativeCall(b *testing.B) {
	b.Setenv("GOGIL_NATIVE_CACHE", b.TempDir())
	l, err := New(Options{Version: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	defer l.Shutdown(false)
	timeCell(b, l, "%%native\nfunc inc(x int) int { return x + 1 }")
	timeCell(b, l, "%%native nogil\nfunc incNoGIL(x int) int { return x + 1 }")
	const calls = 1_000_000
	loop := "s := 0\nfor i := 0; i < %d; i++ {\n\ts = %s\n}\ns"
	var plain, nogil []float64
	for i := 0; i < b.N; i++ {
		empty := timeCell(b, l, fmt.Sprintf(loop, calls, "s + 1"))
		call := timeCell(b, l, fmt.Sprintf(loop, calls, "inc(s)"))
		callNoGIL := timeCell(b, l, "%%gil\n"+fmt.Sprintf(loop, calls, "incNoGIL(s)"))
		emptyGIL := timeCell(b, l, "%%gil\n"+fmt.Sprintf(loop, calls, "s + 1"))
		plain = append(plain, float64(call-empty)/calls)
		nogil = append(nogil, float64(callNoGIL-emptyGIL)/calls)
	}
	slices.Sort(plain)
	slices.Sort(nogil)
	b.ReportMetric(plain[len(plain)/2], "ns/call")
	b.ReportMetric(nogil[len(nogil)/2], "ns/nogil-call-holding")
}

// BenchmarkNativeMemory: resident memory of one kernel before and after
// 100 distinct compiled cells (target: at most 100 MB more). A plugin
// cannot be unloaded, so each cell's code stays mapped.
//
//	go test -run '^$' -bench NativeMemory -benchtime 1x ./magics/
func BenchmarkNativeMemory(b *testing.B) {
	b.Setenv("GOGIL_NATIVE_CACHE", b.TempDir())
	l, err := New(Options{Version: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	defer l.Shutdown(false)
	timeCell(b, l, "%%native\nfunc warmUp() int { return 0 }")
	debug.FreeOSMemory()
	before, beforeFile := residentBytes(b, "VmRSS:"), residentBytes(b, "RssFile:")
	const cells = 100
	for i := 0; i < b.N*cells; i++ {
		timeCell(b, l, fmt.Sprintf("%%%%native\nfunc cell%d(n int) int {\n\ts := 0\n\tfor i := 0; i < n; i++ {\n\t\ts += i * %d\n\t}\n\treturn s\n}\n", i, i))
		timeCell(b, l, fmt.Sprintf("cell%d(10)", i))
	}
	debug.FreeOSMemory()
	after, afterFile := residentBytes(b, "VmRSS:"), residentBytes(b, "RssFile:")
	b.ReportMetric(float64(after-before)/(1<<20)/float64(b.N), "MB-per-100-cells")
	// File-backed pages are the plugins' mapped code and data; the rest is
	// heap and the plugins' relocated (copied) data.
	b.ReportMetric(float64(afterFile-beforeFile)/(1<<20)/float64(b.N), "file-MB-per-100-cells")
}

// residentBytes is a field of /proc/self/status (VmRSS:, RssFile:).
func residentBytes(b *testing.B, field string) int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		b.Skip("no /proc/self/status:", err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, field); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb << 10
		}
	}
	b.Skip("no " + field)
	return 0
}
