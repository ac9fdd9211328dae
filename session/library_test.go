package session

import (
	"context"
	"strings"
	"testing"

	"github.com/gogil/gogil/cellio"
)

// TestStandardLibraryOfTheToolchain: cells get the API of the Go release
// gogil is built with, not yaegi's Go 1.22 tables.
func TestStandardLibraryOfTheToolchain(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\n\t\"bytes\"\n\t\"crypto/sha3\"\n\t\"log\"\n)")
	for _, c := range []struct{ name, code, want string }{
		{"log.Logger.SetPrefix", `l := log.New(os.Stdout, "a: ", 0); l.SetPrefix("b: "); l.Println("hi"); fmt.Println(l.Prefix())`, "b: hi\nb: \n"},
		{"crypto/sha3 (Go 1.24)", `fmt.Printf("%x\n", sha3.Sum256([]byte("abc"))[:4])`, "3a985da7\n"},
		{"WaitGroup.Go (Go 1.25)", `var wg sync.WaitGroup; wg.Go(func() { fmt.Println("ran") }); wg.Wait()`, "ran\n"},
		{"an iterator called with a yield function", `strings.SplitSeq("a,b", ",")(func(s string) bool { fmt.Println(s); return true })`, "a\nb\n"},
		{"bytes.Lines called", `bytes.Lines([]byte("x\ny"))(func(l []byte) bool { fmt.Printf("%q ", l); return true }); fmt.Println()`, "\"x\\n\" \"y\" \n"},
	} {
		rec, _ := run(t, s, c.code)
		if rec.out() != c.want {
			t.Errorf("%s: printed %q, want %q", c.name, rec.out(), c.want)
		}
	}
}

// TestLibraryBeyondTheInterpreter: what the tables cannot hold, or yaegi
// cannot run, ends the cell with an error that says why, and the session
// goes on.
func TestLibraryBeyondTheInterpreter(t *testing.T) {
	s := newSession(t)
	run(t, s, "import (\n\t\"bytes\"\n\t\"math/rand/v2\"\n\t\"reflect\"\n)")
	for _, c := range []struct{ code, want string }{
		{"import \"unique\"", `package "unique" is not available`},
		{`h := unique.Make("x")`, "unique"},
		{`p := reflect.TypeAssert[int](reflect.ValueOf(1))`, "reflect.TypeAssert"},
		// atomic.Pointer, once here, runs: atomicpointer_test.go.
	} {
		rec := &recorder{}
		_, e := s.Execute(context.Background(), Cell{Code: c.code}, rec)
		if e == nil || e.Kind != cellio.CompileError {
			t.Errorf("%s: got %v, printed %q; want a CompileError", c.code, e, rec.out())
			continue
		}
		if text := strings.Join(e.Traceback, "\n"); !strings.Contains(text, c.want) {
			t.Errorf("%s: the error does not say %q:\n%s", c.code, c.want, text)
		}
	}
	// The cell layer writes iter.Seq out, so an error of a cell that names
	// it has another cause, and no note blames it.
	_, e := s.Execute(context.Background(), Cell{Code: "import \"iter\"\nfunc nums() iter.Seq[int] { return func(yield func(int) bool) { yield(1) } }\nfor i := 0; func() bool { f := func() int { return i }; _ = f; return i < 2 }(); i++ {\n}"}, &recorder{})
	if e == nil || !strings.Contains(e.Value, "for loop's condition") {
		t.Errorf("a closure in a loop's condition: got %v, want gogil's refusal", e)
	} else if text := strings.Join(e.Traceback, "\n"); strings.Contains(text, "iter.Seq of package iter is generic") {
		t.Errorf("the refusal blames iter.Seq:\n%s", text)
	}
	if rec, _ := run(t, s, `fmt.Println("still up")`); rec.out() != "still up\n" {
		t.Error("session broken")
	}
}
