package cellfmt

// CellValue is the value as the interpreter made it, for native helpers
// that look for a cell's type inside what wraps it (errors.As's walk of
// an error tree).
func (t Typed) CellValue() any {
	if !t.v.IsValid() || !t.v.CanInterface() {
		return nil
	}
	return t.v.Interface()
}
