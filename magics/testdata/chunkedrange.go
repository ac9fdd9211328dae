package main

// Chunked under %%gil: a tiny body over a slice the cell shows.
func sum(xs []uint64) (s uint64) {
	for i := range xs {
		s += xs[i]
	}
	for _, x := range xs {
		s += x
	}
	for i, x := range xs {
		xs[i] = x * 2
	}
	for range xs {
		s++
	}
	return s
}

// Not chunked: the index is used otherwise, the name is assigned, the
// type is not shown, or it is a string.
func others(xs []int, m map[int]int, s string) (n int) {
	for i := range xs {
		n += i
	}
	for i := range xs {
		xs = xs[:i]
	}
	ys := [4]int{}
	for i := range ys {
		n += ys[i]
	}
	for i := range s {
		n += int(s[i])
	}
	for k := range m {
		n += m[k]
	}
	return n
}
