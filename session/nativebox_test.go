package session

import (
	"context"
	"testing"
)

// A cell value converted to error keeps its value in later cells: the
// interpreter's wrapper evaluated the converted expression again when
// its Error method was called, in a frame a later cell no longer has
// (cellsrc/ifacecopy.go, boxCall). A variable declared as error in one
// part of a cell and assigned in another holds the converted value too.
func TestNativeInterfaceValuesAcrossCells(t *testing.T) {
	s := newSession(t)
	run(t, s, `import "fmt"
type NotFound struct{ Key string }
func (e NotFound) Error() string { return fmt.Sprintf("key %q not found", e.Key) }
var pkgErr error = NotFound{"pkg"}
var later error
type Other struct{}
later = NotFound{"later"}
var errs []error
for _, k := range []string{"a", "b"} {
	errs = append(errs, NotFound{k})
}`)
	rec, _ := run(t, s, `fmt.Println(pkgErr, later, errs)
fmt.Printf("%v|%+v|%s\n", pkgErr, later, errs[0])`)
	want := "key \"pkg\" not found key \"later\" not found [key \"a\" not found key \"b\" not found]\n" +
		"key \"pkg\" not found|key \"later\" not found|key \"a\" not found\n"
	if got := rec.out(); got != want {
		t.Errorf("printed:\n%s\nwant:\n%s", got, want)
	}
	// %T of such a value: the wrapper holds the struct's last field, but
	// its Error method's receiver names the type (wrappednames.go).
	rec = &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: `fmt.Printf("%T\n", pkgErr)`}, rec)
	if e != nil || rec.out() != "main.NotFound\n" {
		t.Fatalf("printed %q, error %v; want main.NotFound", rec.out(), e)
	}
}
