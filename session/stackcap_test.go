package session

import "testing"

// The cap of a slice main appends to and hands to an earlier cell's
// function depends on what that function does with it (Go's escape
// analysis), which the cell cannot see: refused, never the heap's guess.
func TestCapOfSliceGivenToAnEarlierCellsFunction(t *testing.T) {
	checkCellAfter(t, "func sum(xs []int) int {\n\tt := 0\n\tfor _, x := range xs {\n\t\tt += x\n\t}\n\treturn t\n}",
		"d := []int{}\nfor i := 0; i < 3; i++ {\n\td = append(d, i)\n}\nfmt.Println(sum(d), len(d), cap(d))",
		"", "cap(d) of a slice main appends to and gives to sum, a function of an earlier cell")
}
