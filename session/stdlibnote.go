package session

import (
	"fmt"
	"path"
	"regexp"
	"slices"

	"github.com/gogil/gogil/cellio"
	"github.com/gogil/gogil/session/stdlib"
)

// The words for a selector the tables lack, yaegi's ("undefined selector
// errors.AsType", with a colon for some packages; `package reflect
// "reflect" has no symbol TypeFor`) or those explain rewrote them into
// ("undefined: reflect.TypeFor (package "reflect" has no exported
// TypeFor)").
var (
	undefinedSelector = regexp.MustCompile(`undefined(?: selector)?:? ([\w/]+)\.(\w+)`)
	noSymbol          = regexp.MustCompile(`package \w+ "([^"]+)" has no symbol (\w+)`)
	noExported        = regexp.MustCompile(`package "([^"]+)" has no exported (\w+)`)
)

// instantiated finds in a cell's code the instances of a package's names
// (atomic.Pointer[node]).
var instantiated = regexp.MustCompile(`\b(\w+)\.([A-Z]\w*)\[`)

// rewrittenGeneric are the generic types of the library the cell layer
// writes out as what they are defined as (cellsrc/iterseq.go): a cell that
// names them runs, so they never explain its error, and a note blaming
// them would send the user after the wrong cause.
// atomic.Pointer is written as an atomic.Value (cellsrc/atomicpointer.go),
// or refused by that pass with its own reason.
var rewrittenGeneric = map[string]bool{"iter.Seq": true, "iter.Seq2": true, "sync/atomic.Pointer": true}

// noteGenericLibrary adds why to a compile error that names a generic
// function or type of the standard library: yaegi calls native code
// through reflect, which cannot instantiate generic code, so the tables
// leave them out (see package stdlib). code is the cell's: yaegi does not
// always name the generic type, as in a field of a struct type (`head
// atomic.Pointer[node]` failed with "cannot define new methods on
// non-local type struct {}" at the struct's first method, or "undefined
// selector: head" at its use), so an instance of one that the code writes
// is named too.
func (s *Session) noteGenericLibrary(e *cellio.Error, code string) {
	if e == nil || e.Kind != cellio.CompileError {
		return
	}
	if s.noteGenericName(e) {
		return
	}
	for _, m := range instantiated.FindAllStringSubmatch(code, -1) {
		for _, p := range s.pathsNamed(m[1]) {
			if stdlib.Generic(p, m[2]) && !rewrittenGeneric[p+"."+m[2]] {
				e.Traceback = append(e.Traceback, genericNote(s.pkgNames[p], m[2], p))
				return
			}
		}
	}
}

func genericNote(pkgName, name, path string) string {
	return fmt.Sprintf("note: %s.%s of package %s is generic: the interpreter (yaegi) calls the "+
		"standard library through reflect, which cannot instantiate generic code, so cells get only its non-generic API (%s)",
		pkgName, name, path, stdlib.GoRelease)
}

// pathsNamed are the import paths of the packages name may stand for.
func (s *Session) pathsNamed(name string) []string {
	var paths []string
	for p, pkgName := range s.pkgNames {
		if pkgName == name || path.Base(p) == name || p == name {
			paths = append(paths, p)
		}
	}
	slices.Sort(paths)
	return paths
}

// noteGenericName is noteGenericLibrary for an error that names the
// generic function or type; it says whether it added the note.
func (s *Session) noteGenericName(e *cellio.Error) bool {
	var paths []string
	var name string
	if m := noSymbol.FindStringSubmatch(e.Value); m != nil {
		paths, name = []string{m[1]}, m[2]
	} else if m := noExported.FindStringSubmatch(e.Value); m != nil {
		paths, name = []string{m[1]}, m[2]
	} else if m := undefinedSelector.FindStringSubmatch(e.Value); m != nil {
		paths, name = s.pathsNamed(m[1]), m[2]
	}
	for _, p := range paths {
		if stdlib.Generic(p, name) {
			e.Traceback = append(e.Traceback, genericNote(s.pkgNames[p], name, p))
			return true
		}
	}
	return false
}
