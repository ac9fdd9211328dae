package gil

import "unsafe"

// PendingFlag points at the lock's drop request, for check points compiled
// into interpreted code: yaegi evaluates `if *flag { ... }` with one pointer
// load, the cheapest test it has (a function call costs fifty times more,
// and a package variable is read once, when the code is compiled).
//
// The pointer aliases the atomic.Bool that holders read at check points;
// the interpreted read is a plain load of one byte, which on every platform
// Go supports cannot tear. It may see a request a little late, as a CPU
// may; a late check point is all that can happen.
func (l *Lock) PendingFlag() *bool {
	p := unsafe.Pointer(&l.dropRequest) // atomic.Bool is a uint32 holding 0 or 1
	if !littleEndian {
		p = unsafe.Add(p, 3)
	}
	return (*bool)(p)
}

var littleEndian = func() bool {
	probe := uint32(1)
	return *(*byte)(unsafe.Pointer(&probe)) == 1
}()
