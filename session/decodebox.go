package session

// decodeIntoBox is the gap of a json decode whose target holds the
// interpreter's box of an interface type a cell declared (var a Animal,
// []Shape, a struct field of one; cellsrc refuses the calls it sees, this
// catches those that reach the library through an any, as a helper
// func load(data []byte, v any) does). The library sees the box's
// unexported fields: it decoded nothing and reported no error, where Go's
// reports that it cannot unmarshal into the interface (or decodes into
// the pointer a non-nil one holds). A gap, not the call's error: a cell
// that ignores the error would go on with values Go's never has.
// encoding/xml skips an interface, as it skips the box's fields: no gap.
func decodeIntoBox(call string) error {
	return gapf("gogil cannot run %s into a value holding an interface type declared in a cell (the interpreter's form of it is a box the library cannot fill; Go's %s reports that it cannot unmarshal into it, or decodes into the pointer it holds): decode into a concrete type, or into any and build the interface value yourself", call, call)
}
