package magics

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

// BenchmarkProgramCell measures what a cell the interpreter refuses costs
// when it runs as a program: built (a new cell each round), found built
// (the same cell again), and the same work in a cell the interpreter runs,
// side by side in each round; medians, in milliseconds.
//
//	go test -run '^$' -bench ProgramCell -benchtime 5x ./magics/
func BenchmarkProgramCell(b *testing.B) {
	b.Setenv("GOGIL_NATIVE_CACHE", b.TempDir())
	l, err := New(Options{Version: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	defer l.Shutdown(false)
	const body = "type Pair[T any] = struct{ A, B T }\n\np := Pair[int]{%d, 2}\nfmt.Println(p.A + p.B)\n"
	timeCell(b, l, fmt.Sprintf(body, -1)) // the go command's first run and the standard library's build
	var built, cached, interpreted []time.Duration
	for i := 0; i < b.N; i++ {
		built = append(built, timeCell(b, l, fmt.Sprintf(body, i)))
		cached = append(cached, timeCell(b, l, fmt.Sprintf(body, i)))
		interpreted = append(interpreted, timeCell(b, l, fmt.Sprintf("type Pair%d struct{ A, B int }\n\np := Pair%d{%d, 2}\nfmt.Println(p.A + p.B)\n", i, i, i)))
	}
	median := func(ds []time.Duration) float64 {
		slices.Sort(ds)
		return float64(ds[len(ds)/2].Microseconds()) / 1000
	}
	b.ReportMetric(median(built), "built-ms")
	b.ReportMetric(median(cached), "cached-ms")
	b.ReportMetric(median(interpreted), "interpreted-ms")
}
