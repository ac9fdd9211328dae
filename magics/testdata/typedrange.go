package main

// The package-level names stand for what earlier cells declared: the
// instrumenter sees their types only through the session's.

type vec []float64

type item struct{ w int }

type bag struct {
	items []item
	ws    []int
	n     int
}

var (
	data  vec
	table [300]int
	b     bag
	m     map[string]int
	ch    chan int
	text  string
	p     *[4]int
	ptr   *[]int
)

func items() []item { return b.items }

// Chunked: slices and arrays from earlier cells, a field, a call's result.
func chunked() (s float64, n int) {
	for i := range data {
		s += data[i]
	}
	for _, x := range data {
		s += x
	}
	for i, x := range table {
		table[i] = x + 1
	}
	for range table {
		n++
	}
	for i := range b.ws {
		n += b.ws[i]
	}
	for _, it := range items() {
		n += it.w
	}
	return s, n
}

// Not chunked: a map, a channel, a string, a pointer to an array, a body
// that may write the slice (by its name, through a pointer, the struct
// holding it), a field of an array with no value read.
func kept() (n int) {
	for k := range m {
		n += m[k]
	}
	for v := range ch {
		n += v
	}
	for i := range text {
		n += int(text[i])
	}
	for i := range p {
		n += p[i]
	}
	for i := range data {
		data = nil
		n += i
	}
	for _, w := range b.ws {
		*ptr = nil
		n += w
	}
	for _, w := range b.ws {
		b = bag{}
		n += w
	}
	return n
}
