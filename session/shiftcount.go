package session

// shiftError is Go's panic for a shift by a negative count, a
// runtime.Error as the runtime's own is.
type shiftError struct{}

func (shiftError) Error() string { return "runtime error: negative shift amount" }

// RuntimeError makes it a runtime.Error.
func (shiftError) RuntimeError() {}

// shiftCount is __gogil.ShiftCount (cellsrc/shiftcount.go): the count of
// a shift, refused as Go refuses it when it is negative.
func shiftCount(n int64) uint {
	if n < 0 {
		panic(shiftError{})
	}
	return uint(n)
}
