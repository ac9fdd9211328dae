package session

import "testing"

// A range over a string gives byte offsets as keys, as Go does
// (cellsrc/rangestring.go), with continue, labels, closures and an
// assigned key.
func TestRangeStringOffsets(t *testing.T) {
	tests := []struct{ name, code, want string }{
		{"key only", "for i := range \"héllo\" {\n\tfmt.Print(i)\n}", "01345"},
		{"key and value", "for i, r := range \"aé€\" {\n\tfmt.Print(i, string(r), \" \")\n}", "0a 1é 3€ "},
		{"invalid bytes", "s := string([]byte{0xff, 'a', 0xe2, 0x82})\nfor i, r := range s {\n\tfmt.Print(i, \":\", r, \" \")\n}", "0:65533 1:97 2:65533 3:65533 "},
		{"continue and label", "outer:\nfor i, r := range \"añb\" {\n\tif r == 'ñ' {\n\t\tcontinue outer\n\t}\n\tif i > 2 {\n\t\tbreak\n\t}\n\tfmt.Print(i, string(r))\n}", "0a"},
		{"closures", "var fs []func() int\nfor i := range \"ñx\" {\n\tfs = append(fs, func() int { return i })\n}\nfmt.Print(fs[0](), fs[1]())", "0 2"},
		{"assigned key", "var i int\nvar r rune\nfor i, r = range \"zé\" {\n}\nfmt.Print(i, string(r))", "1é"},
		{"named string type", "type name string\nfunc f(n name) (out []int) {\n\tfor i := range n {\n\t\tout = append(out, i)\n\t}\n\treturn\n}\nfmt.Print(f(\"ça\"))", "[0 2]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			run(t, s, "import \"fmt\"")
			rec, _ := run(t, s, tt.code)
			if got := rec.out(); got != tt.want {
				t.Errorf("printed %q, want %q", got, tt.want)
			}
		})
	}
}
