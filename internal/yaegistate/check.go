package yaegistate

import (
	"errors"
	"fmt"
	"reflect"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"unsafe"

	"github.com/traefik/yaegi/interp"
)

// Version is the yaegi version this package was written for.
const Version = "v0.16.1"

// modulePath is yaegi's module.
const modulePath = "github.com/traefik/yaegi"

// Check verifies that the yaegi linked into this program is Version and
// that its unexported types have the fields this package relies on, with
// the types and offsets it expects. Its error names every difference. It
// is cheap after the first call.
func Check() error { return checked() }

var checked = sync.OnceValue(func() error {
	var errs []error
	if err := checkVersion(linkedVersion()); err != nil {
		errs = append(errs, err)
	}
	if _, err := yaegiLayout(); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
})

// yaegiLayout is the layout of the linked yaegi, found once.
var yaegiLayout = sync.OnceValues(func() (layout, error) {
	return findLayout(reflect.TypeFor[interp.Interpreter](), reflect.TypeFor[symbolMirror]())
})

// checkVersion compares the linked version with Version.
func checkVersion(linked string, err error) error {
	if err != nil {
		return fmt.Errorf("yaegistate: written for %s %s, and cannot tell which version this program links: %w", modulePath, Version, err)
	}
	if linked != Version {
		return fmt.Errorf("yaegistate: written for %s %s, whose unexported state it changes, but this program links %s: "+
			"use %s (go.mod), or port internal/yaegistate to the new version", modulePath, Version, linked, Version)
	}
	return nil
}

// linkedVersion is the version of yaegi in this program.
func linkedVersion() (string, error) {
	info, ok := debug.ReadBuildInfo()
	pc := reflect.ValueOf(interp.New).Pointer()
	file, _ := runtime.FuncForPC(pc).FileLine(pc)
	return versionOf(info, ok, file)
}

// versionOf reads yaegi's version from the build information, or, when
// that does not list dependencies (test binaries), from the path of one of
// its source files in the module cache (with -trimpath too):
// ".../github.com/traefik/yaegi@v0.16.1/interp/interp.go".
func versionOf(info *debug.BuildInfo, ok bool, sourceFile string) (string, error) {
	if ok {
		for _, dep := range info.Deps {
			if dep.Path != modulePath {
				continue
			}
			if r := dep.Replace; r != nil {
				if r.Version == "" {
					return "", fmt.Errorf("%s is replaced by the directory %s, whose version is unknown", modulePath, r.Path)
				}
				return r.Version, nil
			}
			return dep.Version, nil
		}
	}
	if _, rest, found := strings.Cut(sourceFile, modulePath+"@"); found {
		version, _, _ := strings.Cut(rest, "/")
		return version, nil
	}
	return "", fmt.Errorf("the build information does not list %s and its source %s is not in the module cache", modulePath, sourceFile)
}

// symbolMirror repeats yaegi v0.16.1's symbol struct field by field,
// pointers where it has pointers, to copy symbols natively (findLayout
// checks that it matches).
type symbolMirror struct {
	kind    uint
	typ     unsafe.Pointer // *itype
	node    unsafe.Pointer // *node
	from    []unsafe.Pointer
	recv    unsafe.Pointer // *receiver
	index   int
	rval    reflect.Value
	builtin unsafe.Pointer // func
	global  bool
}

// layout holds the offsets of the fields this package reads or writes.
type layout struct {
	// in Interpreter
	generic, srcPkg, scopes, rdir, pkgNames, binPkg, frame, universe, roots uintptr
	// in scope
	scopeTypes, scopeChild, scopeSym, scopeLevel uintptr
	// in itype
	typeMethod, typePtr, typeInstance uintptr
	// in frame
	frameData, frameMutex uintptr
}

// shape is what a field's type must be.
type shape struct {
	what string
	ok   func(reflect.Type) bool
}

func exactly(t reflect.Type) shape {
	return shape{t.String(), func(u reflect.Type) bool { return u == t }}
}

var (
	pointer      = shape{"a pointer", func(t reflect.Type) bool { return t.Kind() == reflect.Pointer }}
	pointerSlice = shape{"a slice of pointers", func(t reflect.Type) bool {
		return t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Pointer
	}}
	// A map from strings to pointers or maps is read as
	// map[string]unsafe.Pointer.
	pointerMap = shape{"a map from string to pointers or maps", func(t reflect.Type) bool {
		return t.Kind() == reflect.Map && t.Key() == reflect.TypeFor[string]() &&
			(t.Elem().Kind() == reflect.Pointer || t.Elem().Kind() == reflect.Map)
	}}
	toPointers = shape{"a map from string to pointers", func(t reflect.Type) bool {
		return pointerMap.ok(t) && t.Elem().Kind() == reflect.Pointer
	}}
)

// finder collects what differs from the expected layout.
type finder struct{ errs []error }

// field returns yaegi's field name of struct t if it has the shape want,
// and records the difference otherwise (ok false).
func (f *finder) field(t reflect.Type, name string, want shape) (reflect.StructField, bool) {
	if t == nil {
		return reflect.StructField{}, false // its struct was not found: already reported
	}
	sf, found := t.FieldByName(name)
	switch {
	case !found:
		f.errs = append(f.errs, fmt.Errorf("%s has no field %s", t, name))
	case !want.ok(sf.Type):
		f.errs = append(f.errs, fmt.Errorf("%s.%s is %s, want %s", t, name, sf.Type, want.what))
	default:
		return sf, true
	}
	return reflect.StructField{}, false
}

// offset is field's offset (0 when it is missing: never used then, since
// findLayout fails).
func (f *finder) offset(t reflect.Type, name string, want shape) uintptr {
	sf, _ := f.field(t, name, want)
	return sf.Offset
}

// pointee follows a field of pointer type, or a map or slice of them, to
// the struct it points at.
func (f *finder) pointee(t reflect.Type, name string, want shape) reflect.Type {
	sf, ok := f.field(t, name, want)
	if !ok {
		return nil
	}
	p := sf.Type
	if p.Kind() != reflect.Pointer {
		p = p.Elem()
	}
	if p.Elem().Kind() != reflect.Struct {
		f.errs = append(f.errs, fmt.Errorf("%s.%s does not point to a struct", t, name))
		return nil
	}
	return p.Elem()
}

// findLayout checks that interpreter (interp.Interpreter) and the types it
// leads to have the fields this package uses, and that the symbol struct
// matches mirror, and returns their offsets.
func findLayout(interpreter, mirror reflect.Type) (layout, error) {
	var f finder
	var l layout
	it := interpreter
	l.generic = f.offset(it, "generic", pointerMap)
	l.srcPkg = f.offset(it, "srcPkg", pointerMap)
	l.scopes = f.offset(it, "scopes", toPointers)
	l.rdir = f.offset(it, "rdir", exactly(reflect.TypeFor[map[string]bool]()))
	l.pkgNames = f.offset(it, "pkgNames", exactly(reflect.TypeFor[map[string]string]()))
	l.binPkg = f.offset(it, "binPkg", exactly(reflect.TypeFor[interp.Exports]()))
	l.frame = f.offset(it, "frame", pointer)
	l.universe = f.offset(it, "universe", pointer)
	l.roots = f.offset(it, "roots", pointerSlice)

	scope := f.pointee(it, "scopes", toPointers)
	if universe := f.pointee(it, "universe", pointer); scope != nil && universe != nil && universe != scope {
		f.errs = append(f.errs, fmt.Errorf("%s.universe is a %s, not a %s as scopes holds", it, universe, scope))
	}
	l.scopeTypes = f.offset(scope, "types", exactly(reflect.TypeFor[[]reflect.Type]()))
	l.scopeChild = f.offset(scope, "child", pointerSlice)
	l.scopeSym = f.offset(scope, "sym", toPointers)
	l.scopeLevel = f.offset(scope, "level", exactly(reflect.TypeFor[int]()))

	symbol := f.pointee(scope, "sym", toPointers)
	if symbol != nil {
		f.errs = append(f.errs, sameLayout(symbol, mirror)...)
	}
	itype := f.pointee(symbol, "typ", pointer)
	if itype != nil {
		typ, _ := symbol.FieldByName("typ")
		l.typeMethod = f.offset(itype, "method", pointerSlice)
		l.typePtr = f.offset(itype, "ptr", exactly(typ.Type))
		l.typeInstance = f.offset(itype, "instance", exactly(reflect.SliceOf(typ.Type)))
	}
	frame := f.pointee(it, "frame", pointer)
	l.frameData = f.offset(frame, "data", exactly(reflect.TypeFor[[]reflect.Value]()))
	l.frameMutex = f.offset(frame, "mutex", exactly(reflect.TypeFor[sync.RWMutex]()))

	if len(f.errs) > 0 {
		msgs := make([]string, len(f.errs))
		for i, err := range f.errs {
			msgs[i] = err.Error()
		}
		return layout{}, fmt.Errorf("yaegistate: yaegi's unexported types are not those of %s %s: %s", modulePath, Version, strings.Join(msgs, "; "))
	}
	return l, nil
}

// sameLayout lists how yaegi's struct type t differs from mirror: field
// names, offsets and sizes, and pointers in the same places (a copy must
// keep the garbage collector's view of the memory right).
func sameLayout(t, mirror reflect.Type) []error {
	var errs []error
	if t.NumField() != mirror.NumField() || t.Size() != mirror.Size() {
		errs = append(errs, fmt.Errorf("%s has %d fields in %d bytes, want %d fields in %d bytes", t, t.NumField(), t.Size(), mirror.NumField(), mirror.Size()))
	}
	for i := range min(t.NumField(), mirror.NumField()) {
		field, m := t.Field(i), mirror.Field(i)
		if field.Name != m.Name || field.Offset != m.Offset || field.Type.Size() != m.Type.Size() || !sameKind(field.Type, m.Type) {
			errs = append(errs, fmt.Errorf("%s field %d is %s %s at offset %d, want %s %s at offset %d",
				t, i, field.Name, field.Type, field.Offset, m.Name, describe(m.Type), m.Offset))
		}
	}
	return errs
}

// sameKind reports whether a field of yaegi's type t can be copied as a
// field of the mirror's type m.
func sameKind(t, m reflect.Type) bool {
	switch m.Kind() {
	case reflect.UnsafePointer:
		return t.Kind() == reflect.Pointer || t.Kind() == reflect.Func
	case reflect.Slice:
		return t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Pointer
	case reflect.Uint, reflect.Int, reflect.Bool:
		return t.Kind() == m.Kind()
	default:
		return t == m
	}
}

func describe(m reflect.Type) string {
	switch m.Kind() {
	case reflect.UnsafePointer:
		return "(a pointer or func)"
	case reflect.Slice:
		return "(a slice of pointers)"
	}
	return m.String()
}
