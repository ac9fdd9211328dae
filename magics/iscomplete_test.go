package magics

import "testing"

// What IPython's TransformerManager.check_complete answers (IPython 8.5,
// asked directly), but for Go bodies: an open brace waits, blank line or
// not, with Go's indent. Stacking a line magic above a cell magic is
// gogil's own; the cell magic then needs its body as if it came first.
func TestIsCompleteFollowsIPythonForMagics(t *testing.T) {
	l := newTestLayer(t)
	tests := []struct{ code, status, indent string }{
		// A cell magic alone waits for its body (the bug: jupyter console ran it at once).
		{"%%time", "incomplete", ""},
		{"%%time\n", "incomplete", ""},
		{"%%gil", "incomplete", ""},
		{"%%nogil\n", "incomplete", ""},
		{"%%timeline", "incomplete", ""},
		{"%%time x", "incomplete", ""},
		{"  %%time", "incomplete", ""},
		{"\n%%time", "incomplete", ""},
		{"%%gil\n%%time", "incomplete", ""},
		{"%%gil\n%%time\n", "incomplete", ""},
		{"%lsmagic\n%%time", "incomplete", ""},
		// A blank last line ends the cell, as in IPython.
		{"%%time\n\n", "complete", ""},
		{"%%time\n  \n", "complete", ""},
		{"%%time\n\n\n", "complete", ""},
		{"%%time\nx := 1", "incomplete", ""},
		{"%%time\nx := 1\n", "incomplete", ""},
		{"%%time\nx := 1\n\n", "complete", ""},
		{"%%time\nif true {\n\tx := 1\n\tfmt.Println(x)", "incomplete", "\t"},
		{"%%time\nx := )\n\n", "complete", ""}, // runs, and the error is shown
		// An incomplete Go body waits, with Go's indent.
		{"%%time\nfor {", "incomplete", "\t"},
		{"%%time\nfor {\n\n", "incomplete", "\t"},
		{"%%gil\n%%time\nfunc f() {\n\tif true {", "incomplete", "\t\t"},
		// Unknown magics are treated alike: IPython does not look at the name.
		{"%%nosuch", "incomplete", ""},
		{"%%nosuch\n\n", "complete", ""},
		{"%nosuch", "complete", ""},
		{"%%", "incomplete", ""},
		// Line magics leave the verdict to the code after them.
		{"%lsmagic", "complete", ""},
		{"%lsmagic\n", "complete", ""},
		{"%lsmagic\nx := (", "incomplete", "\t"},
		{"%lsmagic\nfor {", "incomplete", "\t"},
		{"%lsmagic\nx := 1", "complete", ""},
		{"% 1", "invalid", ""}, // not a magic: IPython would run it and fail too
		// No magic: Go decides alone.
		{"x := 1", "complete", ""},
		{"for {", "incomplete", "\t"},
	}
	for _, tt := range tests {
		got := l.IsComplete(tt.code)
		if got.Status != tt.status || got.Indent != tt.indent {
			t.Errorf("IsComplete(%q) = %q, indent %q; want %q, indent %q", tt.code, got.Status, got.Indent, tt.status, tt.indent)
		}
	}
}
