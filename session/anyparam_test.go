package session

import "testing"

// A value of a cell type handed to an interface{} parameter of an
// interpreted function reaches a type switch there with its type
// (cellsrc/ifaceconv.go's anyConversion), also when the function and the
// type come from earlier cells; a generic callee's arguments stay as
// written, since the interpreter infers its type arguments from them.
func TestCellValueToAnyParameter(t *testing.T) {
	s := newSession(t)
	run(t, s, "import \"fmt\"")
	run(t, s, `type temp float64

func (t temp) String() string { return fmt.Sprintf("%.1f deg", float64(t)) }`)
	run(t, s, `func classify(v interface{}) string {
	switch x := v.(type) {
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	}
	return "other"
}

func id[T any](v T) T { return v }`)
	rec, _ := run(t, s, `t := temp(2)
fmt.Println(classify(t))
fmt.Println(classify(&t))
fmt.Println(classify(id(t)))
fmt.Println(classify(3))`)
	want := "stringer 2.0 deg\nstringer 2.0 deg\nstringer 2.0 deg\nother\n"
	if rec.out() != want {
		t.Errorf("printed %q, want %q", rec.out(), want)
	}
}
