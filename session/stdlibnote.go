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

// noteGenericLibrary adds why to a compile error that names a generic
// function or type of the standard library: yaegi calls native code
// through reflect, which cannot instantiate generic code, so the tables
// leave them out (see package stdlib).
func (s *Session) noteGenericLibrary(e *cellio.Error) {
	if e == nil || e.Kind != cellio.CompileError {
		return
	}
	var paths []string
	var name string
	if m := noSymbol.FindStringSubmatch(e.Value); m != nil {
		paths, name = []string{m[1]}, m[2]
	} else if m := noExported.FindStringSubmatch(e.Value); m != nil {
		paths, name = []string{m[1]}, m[2]
	} else if m := undefinedSelector.FindStringSubmatch(e.Value); m != nil {
		name = m[2]
		for p, pkgName := range s.pkgNames {
			if pkgName == m[1] || path.Base(p) == m[1] || p == m[1] {
				paths = append(paths, p)
			}
		}
		slices.Sort(paths)
	}
	for _, p := range paths {
		if stdlib.Generic(p, name) {
			e.Traceback = append(e.Traceback, fmt.Sprintf("note: %s.%s of package %s is generic: the interpreter (yaegi) calls the "+
				"standard library through reflect, which cannot instantiate generic code, so cells get only its non-generic API (%s)",
				s.pkgNames[p], name, p, stdlib.GoRelease))
			return
		}
	}
}
