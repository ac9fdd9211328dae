package session

import (
	"testing"
)

// TestPlainValuesOfCellTypes: where a value of a cell type of a basic kind
// went into an interface without its stand-in, %T of a plain value of
// that reflect type there is an error naming the types, never the
// predeclared type alone (which the value may not be); %v still prints.
func TestPlainValuesOfCellTypes(t *testing.T) {
	tests := []struct {
		name, decls, code, out, err string
	}{
		{
			name:  "generic code given the cell type alone",
			decls: "type Celsius float64\nfunc Wrap[T any](v T) any { return v }",
			code:  "x := Wrap(Celsius(3))\nfmt.Printf(\"%T %v\\n\", x, x)",
			out:   "main.Celsius 3\n",
		},
		{
			name:  "generic code given the cell type and its basic type",
			decls: "type Celsius float64\nfunc Wrap[T any](v T) any { return v }",
			code:  "a := Wrap(Celsius(3))\nb := Wrap(2.5)\nfmt.Println(a, b)\nfmt.Printf(\"%T\\n\", b)",
			out:   "3 2.5\n",
			err:   "one of main.Celsius, float64",
		},
		{
			// The fifth cell type of kind int gets no stand-in (standinSlots).
			name:  "more cell types of one kind than stand-ins",
			decls: "type A int\ntype B int\ntype C int\ntype D int\ntype E int",
			code:  "xs := []any{A(1), B(2), C(3), D(4), E(5)}\nfmt.Printf(\"%T %T %v\\n\", xs[0], xs[3], xs)\nfmt.Printf(\"%T\\n\", xs[4])",
			out:   "main.A main.D [1 2 3 4 5]\n",
			err:   "one of main.A, main.B, main.C, main.D, main.E, int",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkCellAfter(t, tt.decls, tt.code, tt.out, tt.err) })
	}
}
