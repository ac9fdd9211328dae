package magics

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/gogil/gogil/kernel"
)

// discard is a kernel.Cell that drops what a cell prints.
type discard struct{}

func (discard) Stream(string, string)              {}
func (discard) Display(kernel.DisplayData)         {}
func (discard) ClearOutput(bool)                   {}
func (discard) Input(string, bool) (string, error) { return "", fmt.Errorf("no input") }

// BenchmarkCheckpoints measures what %%gil's check points cost interpreted
// code when nobody waits for the lock: the article's loop defined in a
// plain cell and in a %%gil cell, called alternately, side by side. The
// target: the %%gil version runs at least 0.85x as fast.
//
//	go test -run '^$' -bench Checkpoints -benchtime 7x ./magics/
func BenchmarkCheckpoints(b *testing.B) {
	l, err := New(Options{Version: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	defer l.Shutdown(false)
	ctx := context.Background()
	loop := `func %s(n uint64) uint64 {
	var a, b, c uint64 = 0, 1, 1
	for i := uint64(2); i < n; i++ {
		a = b
		b = c
		c = a + b
	}
	return c
}`
	for _, cell := range []string{fmt.Sprintf(loop, "plainLoop"), "%%gil\n" + fmt.Sprintf(loop, "gilLoop")} {
		if out := l.Execute(ctx, kernel.ExecuteInput{Code: cell}, discard{}); out.Err != nil {
			b.Fatal(out.Err)
		}
	}
	const n = 2_000_000
	timeCall := func(code string) time.Duration {
		start := time.Now()
		if out := l.Execute(ctx, kernel.ExecuteInput{Code: code}, discard{}); out.Err != nil {
			b.Fatal(out.Err)
		}
		return time.Since(start)
	}
	var ratios []float64
	var plainNS, gilNS []float64
	for b.Loop() {
		plain := timeCall(fmt.Sprintf("_ = plainLoop(%d)", n))
		held := timeCall(fmt.Sprintf("%%%%gil\n_ = gilLoop(%d)", n))
		ratios = append(ratios, plain.Seconds()/held.Seconds())
		plainNS = append(plainNS, float64(plain.Nanoseconds())/n)
		gilNS = append(gilNS, float64(held.Nanoseconds())/n)
	}
	median := func(v []float64) float64 {
		s := append([]float64(nil), v...)
		sort.Float64s(s)
		return s[len(s)/2]
	}
	b.ReportMetric(median(plainNS), "plain-ns/iter")
	b.ReportMetric(median(gilNS), "gil-ns/iter")
	b.ReportMetric(median(ratios), "speed-ratio")
	texts := make([]string, len(ratios))
	for i, r := range ratios {
		texts[i] = fmt.Sprintf("%.3f", r)
	}
	b.Logf("speed of %%%%gil code relative to plain code, per round: %s (target ≥ 0.85)", strings.Join(texts, " "))
}
