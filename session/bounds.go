package session

import "strings"

// checkedIndex is __gogil.Index (cellsrc/bounds.go): the index i of a
// slice, array or string of length n. Out of range, it makes the same
// index on an operand of that length natively, so that the panic is Go's
// own runtime error, worded with the index and the length.
func checkedIndex(i, n int) int {
	if uint(i) >= uint(n) {
		_ = make([]struct{}, n)[i]
	}
	return i
}

// checkedSlice is __gogil.Slice: the high bound of x[lo:hi], whose
// capacity (length, of a string or an array) is size. Out of range, the
// same slice of an operand of that size panics with Go's words: "with
// capacity" for a slice, "with length" for a string or an array.
func checkedSlice(lo, hi, size int, length bool) int {
	if 0 <= lo && lo <= hi && hi <= size {
		return hi
	}
	if length {
		_ = strings.Repeat(" ", max(size, 0))[lo:hi]
	} else {
		_ = make([]struct{}, 0, size)[lo:hi]
	}
	return hi
}
