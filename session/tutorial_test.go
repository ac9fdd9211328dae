package session

import "testing"

// Cells of the kind beginner tutorials publish, each reduced to the
// construct that once ran wrongly; the output is what go run prints.
func TestTutorialConstructs(t *testing.T) {
	tests := []struct {
		name, code, out string
	}{
		// yaegi stored named results in the := variables of the caller,
		// never zeroed: the second iteration's sum started from the first's.
		{"named results in a loop", "func sum(xs []int) (total, n int) {\n\tfor _, x := range xs {\n\t\ttotal += x\n\t\tn++\n\t}\n\treturn\n}\nfor i := 0; i < 3; i++ {\n\ts, n := sum([]int{1, 2})\n\tfmt.Println(s, n)\n}",
			"3 2\n3 2\n3 2\n"},
		{"named results of a literal in a loop", "f := func() (acc string, _ bool) { acc += \"x\"; return }\nfor range 2 {\n\ta, _ := f()\n\tfmt.Print(a, \" \")\n}\nfmt.Println()",
			"x x \n"},
		// yaegi reused the global an earlier loop's i became for a later
		// loop's i, in another part too: every closure saw the last one.
		{"loop variable of an earlier loop", "for i := 0; i < 2; i++ {\n\t_ = i\n}\nvar fs []func()\nfor i := 0; i < 3; i++ {\n\tfs = append(fs, func() { fmt.Print(i) })\n}\nfor _, f := range fs {\n\tf()\n}\nfmt.Println()",
			"012\n"},
		{"block variable of an earlier loop", "for k := 0; k < 2; k++ {\n\tv := k\n\t_ = v\n}\nfs := []func(){}\nfor k := 0; k < 3; k++ {\n\tv := k * 10\n\tfs = append(fs, func() { fmt.Print(v, \" \") })\n}\nfor _, f := range fs {\n\tf()\n}\nfmt.Println()",
			"0 10 20 \n"},
		// yaegi typed a global made from an untyped rune constant int.
		{"rune constant at the top level", "c := 'A'\nd, e := 'a'+1, 1<<2\nvar g = -'b'\nfmt.Printf(\"%T %T %T %T %c\\n\", c, d, e, g, c+1)",
			"int32 int32 int int32 B\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			rec, _ := run(t, s, tt.code)
			if got := rec.out(); got != tt.out {
				t.Errorf("printed %q, want %q", got, tt.out)
			}
		})
	}
}
