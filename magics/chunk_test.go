package magics

import (
	"fmt"
	"strings"
	"testing"
)

// TestChunkedRangesComputeTheSame runs the range loops %%gil cuts into
// chunks in a plain and a %%gil cell, for lengths around the chunks'
// bounds.
func TestChunkedRangesComputeTheSame(t *testing.T) {
	l := newTestLayer(t)
	const loops = `func %[1]sRanges(xs []int) (s, count int) {
	for i := range xs {
		s += xs[i] * 3
	}
	for i, x := range xs {
		xs[i] = x + 1
	}
	for _, x := range xs {
		s += x
	}
	for range xs {
		count++
	}
	return s, count
}`
	runCell(t, l, fmt.Sprintf(loops, "plain"))
	runCell(t, l, "%%gil\n"+fmt.Sprintf(loops, "held"))
	for _, n := range []int{0, 1, chunkLen - 1, chunkLen, chunkLen + 1, 3*chunkLen + 7} {
		call := fmt.Sprintf(`xs := make([]int, %[1]d)
for i := range xs { xs[i] = 5*i + 2 }
fmt.Println(%%[1]sRanges(xs))
fmt.Println(xs[len(xs)/2:])`, n)
		want := runCell(t, l, fmt.Sprintf(call, "plain"))
		if got := runCell(t, l, "%%gil\n"+fmt.Sprintf(call, "held")); got != want {
			t.Errorf("n=%d: %%%%gil ranges print\n%s\nplain ones\n%s", n, got, want)
		}
	}
}

// TestChunkedRangeYields: a thread in one long chunked range loop lets the
// main thread have the lock back when it asks, before the loop ends (were
// the chunks' check point missing, main would get it only once the loop
// over 20,000,000 elements had ended, and would see done set).
func TestChunkedRangeYields(t *testing.T) {
	l := newTestLayer(t)
	runCell(t, l, "var spins, done int")
	runCell(t, l, "%%gil\nfunc spin(xs []int) {\n\tfor i := range xs {\n\t\tspins += xs[i]\n\t}\n\tdone = 1\n}")
	got := runCell(t, l, `%%gil
big := make([]int, 20_000_000)
for i := range big { big[i] = 1 }
t := threading.Thread(func() { spin(big) })
t.Start()
for spins == 0 {
	time.Sleep(time.Millisecond) // lets the thread have the lock
}
fmt.Println(done == 0) // runs holding the lock again: the thread yielded it
t.Join()
fmt.Println(done, spins == len(big))`)
	if want := "true\n1 true\n"; !strings.EqualFold(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
