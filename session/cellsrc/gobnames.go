package cellsrc

import "go/types"

// encoding/gob sends the name of each composite type it describes
// (struct P, type Tags []string) and every exported field of a struct.
// The interpreter's reflect type of a cell type has no name, and exports
// the fields the cell left unexported (x becomes Xx): the bytes an
// Encoder writes of one are not Go's (shorter by the names, longer by the
// fields), and a Decode of them fills the unexported fields Go's leaves
// alone. gobUnnamedCellType finds, in what an Encode writes, such a type,
// so that the call is refused before the cell runs; a type of a basic
// kind gob sends by its kind alone.
func gobUnnamedCellType(t types.Type, seen map[types.Type]bool) *types.Named {
	if seen[t] {
		return nil
	}
	seen[t] = true
	switch u := t.(type) {
	case *types.Named:
		if !inMain(u.Obj()) {
			return nil
		}
		switch u.Underlying().(type) {
		case *types.Struct, *types.Slice, *types.Array, *types.Map:
			return u
		}
		return gobUnnamedCellType(u.Underlying(), seen)
	case *types.Struct:
		for i := range u.NumFields() {
			if n := gobUnnamedCellType(u.Field(i).Type(), seen); n != nil {
				return n
			}
		}
		return nil
	}
	for _, e := range held(t) {
		if n := gobUnnamedCellType(e, seen); n != nil {
			return n
		}
	}
	return nil
}
