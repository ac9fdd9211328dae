package session

import (
	"context"
	"strings"
	"testing"

	"github.com/gogil/gogil/cellio"
)

// TestEmbeddedLibraryInterfaces: a struct type embedding a library
// interface (sort.Interface, io.Writer, error) has the interface's methods
// as Go promotes them, through methods forwarding to the field, and its
// field by the embedded name; what cannot work says why.
func TestEmbeddedLibraryInterfaces(t *testing.T) {
	tests := []struct{ name, cells, out, err string }{
		{"one field", "import \"sort\"\ntype reverse struct{ sort.Interface }\nfunc (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }\ns := []int{1, 3, 2}\nsort.Sort(reverse{Interface: sort.IntSlice(s)})\nr := reverse{sort.IntSlice(s)}\nfmt.Println(s, r.Len(), r.Interface)",
			"[3 2 1] 3 [3 2 1]\n", ""},
		{"beside other fields", "import \"io\"\ntype named struct{ io.Reader; name string }\nb, _ := io.ReadAll(named{strings.NewReader(\"abc\"), \"n\"})\nfmt.Println(string(b))", "abc\n", ""},
		{"error", "type wrapped struct{ error }\nw := wrapped{errors.New(\"inner\")}\nfmt.Println(w, w.error, w.Error())", "inner inner inner\n", ""},
		{"generic", "import (\"io\"; \"os\")\ntype tagged[T any] struct{ io.Writer; tag T }\nfmt.Fprintln(tagged[int]{os.Stdout, 1}, \"to stdout\")", "to stdout\n", ""},
		{"two cells", "import \"sort\"\ntype reverse struct{ sort.Interface }\nfunc (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }\n//----\nfmt.Println(sort.IsSorted(reverse{sort.IntSlice{3, 2, 1}}))", "true\n", ""},
		{"method of a later cell", "import \"sort\"\ntype reverse struct{ sort.Interface }\n//----\nfunc (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }", "", "reverse.Less is already defined"},
		{"in a function", "import (\"io\"; \"os\")\nfunc f() {\n\ttype w struct{ io.Writer; n int }\n\tfmt.Fprintln(w{os.Stdout, 1}, \"x\")\n}", "", "declared inside a function, embeds io.Writer"},
		{"a package not imported", "type fi struct{ os.FileInfo }", "", "import \"io/fs\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSession(t)
			rec := &recorder{}
			var e *cellio.Error
			for _, code := range strings.Split(tt.cells, "\n//----\n") {
				if _, e = s.Execute(context.Background(), Cell{Code: code}, rec); e != nil {
					break
				}
			}
			switch {
			case tt.err == "" && e != nil:
				t.Fatalf("%v\n%s", e, strings.Join(e.Traceback, "\n"))
			case tt.err != "" && (e == nil || !strings.Contains(e.Value, tt.err)):
				t.Fatalf("error %v, want one with %q; printed %q", e, tt.err, rec.out())
			}
			if rec.out() != tt.out {
				t.Errorf("printed %q, want %q", rec.out(), tt.out)
			}
		})
	}
}
