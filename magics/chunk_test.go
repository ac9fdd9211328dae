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
	checkSpinYields(t, l, "big := make([]int, 20_000_000)", "spin(big)")
}

// checkSpinYields runs spin (a chunked loop over big, counting spins and
// setting done at its end) in a thread, after setup, and checks that the
// main thread gets the lock back while the loop still runs.
func checkSpinYields(t *testing.T, l *Layer, setup, call string) {
	t.Helper()
	got := runCell(t, l, `%%gil
`+setup+`
for i := range big { big[i] = 1 }
t := threading.Thread(func() { `+call+` })
t.Start()
for spins == 0 {
	time.Sleep(time.Millisecond) // lets the thread have the lock
}
fmt.Println(done == 0) // runs holding the lock again: the thread yielded it
t.Join()
fmt.Println(done, spins == len(big))`)
	if want := "true\n1 true\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestChunkedRangesFromEarlierCells: range loops over what earlier cells
// declared, which %%gil chunks by the session's types (slices, arrays, a
// field, a call's result, a slice of a cell type) or keeps (a map, a
// string, a channel), compute in a %%gil cell what they compute in a
// plain one, for lengths around the chunks' bounds.
func TestChunkedRangesFromEarlierCells(t *testing.T) {
	l := newTestLayer(t)
	runCell(t, l, `type vec []int
type item struct{ w int }
type bag struct {
	items []item
	ws    []int
}
var data vec
var table [3*256 + 7]int
var b bag
var m map[int]int
var text string
func items() []item { return b.items }`)
	const loops = `func %[1]sRanges() (s, n int) {
	for i := range data {
		s += data[i] * 3
	}
	for i, x := range data {
		data[i] = x + 1
	}
	for _, x := range data {
		s += x
	}
	for range data {
		n++
	}
	for i, x := range table {
		table[i] = x + 2
		s += table[i]
	}
	for i := range table {
		s += table[i]
	}
	for _, x := range table { // x comes from the range's copy of table
		table[len(table)-1] += 100
		s += x
	}
	for _, x := range data { // and from data's own elements
		data[len(data)-1] += 100
		s += x
	}
	for i := range b.ws {
		s += b.ws[i]
	}
	for _, it := range items() {
		s += it.w
	}
	for k := range m {
		s += m[k]
	}
	for i := range text {
		s += i
	}
	for i, r := range text {
		s += i * int(r)
	}
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		s += v
	}
	return s, n
}`
	runCell(t, l, fmt.Sprintf(loops, "plain"))
	runCell(t, l, "%%gil\n"+fmt.Sprintf(loops, "held"))
	for _, n := range []int{0, 1, chunkLen - 1, chunkLen, chunkLen + 1, 3*chunkLen + 7} {
		setup := fmt.Sprintf(`data = make(vec, %[1]d)
for i := range data { data[i] = 5*i + 2 }
table = [3*256 + 7]int{}
b = bag{ws: make([]int, %[1]d), items: make([]item, %[1]d)}
for i := range b.ws { b.ws[i] = i; b.items[i].w = 2*i }
m = map[int]int{}
for i := range %[1]d { m[i] = i }
text = strings.Repeat("aé", %[1]d)`, n)
		runCell(t, l, setup)
		want := runCell(t, l, "fmt.Println(plainRanges())\nfmt.Println(data[len(data)/2:], table[len(table)/2])")
		runCell(t, l, setup)
		if got := runCell(t, l, "%%gil\nfmt.Println(heldRanges())\nfmt.Println(data[len(data)/2:], table[len(table)/2])"); got != want {
			t.Errorf("n=%d: %%%%gil ranges print\n%s\nplain ones\n%s", n, got, want)
		}
	}
}

// TestChunkedRangeFromEarlierCellYields: the loop of TestChunkedRangeYields
// over a slice another cell declared, which %%gil chunks by its type.
func TestChunkedRangeFromEarlierCellYields(t *testing.T) {
	l := newTestLayer(t)
	runCell(t, l, "var spins, done int\nbig := make([]int, 20_000_000)")
	runCell(t, l, "%%gil\nfunc spin() {\n\tfor i := range big {\n\t\tspins += big[i]\n\t}\n\tdone = 1\n}")
	checkSpinYields(t, l, "", "spin()")
}

// TestChunkedRangeSeesAnotherThreadsSlice: a thread given the lock while a
// chunked loop yields may give the slice another value; the loop then
// reads its elements, as the plain loop would, and panics as the plain
// loop does when the new slice is too short.
func TestChunkedRangeSeesAnotherThreadsSlice(t *testing.T) {
	l := newTestLayer(t)
	runCell(t, l, "var total int\nxs := make([]int, 0)")
	// The thread's panic is left to end it: the exception it prints says
	// what the loop met (a recover() of it would end the cell, as gogil
	// cannot give Go's value with its index and length).
	runCell(t, l, `%%gil
func spin() {
	for i := range xs {
		total += xs[i]
	}
}`)
	for _, newLen := range []int{8_000_000, 10} {
		got := runCell(t, l, fmt.Sprintf(`%%%%gil
total = 0
xs = make([]int, 8_000_000)
for i := range xs { xs[i] = 1 }
ys := make([]int, %d)
for i := range ys { ys[i] = 2 }
t := threading.Thread(spin)
t.Start()
for total == 0 {
	time.Sleep(time.Millisecond) // lets the thread have the lock
}
xs = ys // at once: the thread yielded in its loop
t.Join()
fmt.Println(total > 8_000_000 || %[1]d < 8_000_000)`, newLen))
		switch {
		case newLen >= 8_000_000 && got != "true\n":
			t.Errorf("new length %d: got %q, want %q", newLen, got, "true\n")
		case newLen < 8_000_000 && (!strings.Contains(got, "Exception in thread") || !strings.Contains(got, "index out of range") || !strings.HasSuffix(got, "true\n")):
			t.Errorf("new length %d: got %q, want the thread's exception with an index out of range, then true", newLen, got)
		}
	}
}
