package session

// shiftCount is __gogil.ShiftCount (cellsrc/shiftcount.go): the count of
// a shift, refused as Go refuses it when it is negative: the same shift
// made natively panics with Go's own runtime error.
func shiftCount(n int64) uint {
	if n < 0 {
		count := int(n)
		_ = 1 << count
	}
	return uint(n)
}
