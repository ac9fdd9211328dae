package genericlib

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"sync"
)

// stdlibExports are the helpers of the generic functions of packages that
// are not all generic. A type argument the call does not pass arrives as
// a typed nil pointer, (*T)(nil).
func stdlibExports() map[string]reflect.Value {
	return map[string]reflect.Value{
		"ErrorsAsType":   reflect.ValueOf(ErrorsAsType),
		"ReflectTypeFor": reflect.ValueOf(func(typeArg any) reflect.Type { return reflect.TypeOf(typeArg).Elem() }),
		"SyncOnceValue":  reflect.ValueOf(SyncOnceValue),
		"SyncOnceValues": reflect.ValueOf(SyncOnceValue),
		"RandN":          reflect.ValueOf(RandN),
		"RandNUint":      reflect.ValueOf(RandNUint),
	}
}

// ErrorsAsType is errors.AsType[E](err): the first error in err's tree
// whose type is E, or that converts to E when E is an interface. A value
// of a cell's type reaches native code inside yaegi's wrapper of the
// interface (its IValue field), which errors.As cannot see through, so
// the tree is walked here; errors.As serves native types, whose As
// methods it calls.
func ErrorsAsType(err error, typeArg any) (any, bool) {
	want := reflect.TypeOf(typeArg).Elem()
	if want.Kind() == reflect.Interface || want.Implements(errorType) {
		target := reflect.New(want)
		if errors.As(err, target.Interface()) {
			return target.Elem().Interface(), true
		}
	}
	pending := []error{err}
	for len(pending) > 0 {
		e := pending[0]
		pending = pending[1:]
		if e == nil {
			continue
		}
		for _, v := range []reflect.Value{reflect.ValueOf(e), wrapped(e)} {
			if v.IsValid() && v.Type().AssignableTo(want) {
				out := reflect.New(want).Elem()
				out.Set(v)
				return out.Interface(), true
			}
		}
		switch u := e.(type) {
		case interface{ Unwrap() error }:
			pending = append(pending, u.Unwrap())
		case interface{ Unwrap() []error }:
			pending = append(pending, u.Unwrap()...)
		}
	}
	return nil, false
}

var errorType = reflect.TypeFor[error]()

// wrapped is the interpreted value inside a wrapper: the printing layer's
// (a CellValue method) or yaegi's of an interface (a pointer to a struct
// whose IValue field holds it); the zero Value if none.
func wrapped(e error) reflect.Value {
	if c, ok := e.(interface{ CellValue() any }); ok {
		return reflect.ValueOf(c.CellValue())
	}
	v := reflect.ValueOf(e)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return reflect.Value{}
	}
	f := v.Elem().FieldByName("IValue")
	if !f.IsValid() || f.Kind() != reflect.Interface || f.IsNil() {
		return reflect.Value{}
	}
	return f.Elem()
}

// SyncOnceValue is sync.OnceValue and sync.OnceValues: a func of f's type
// that calls f once and then returns its results; if f panicked, every
// call panics with the same value, as in Go.
func SyncOnceValue(f any) any {
	fn := reflect.ValueOf(f)
	if fn.Kind() != reflect.Func || fn.Type().NumIn() != 0 {
		panic(fmt.Sprintf("sync.OnceValue: %T is not a func()", f))
	}
	var (
		once     sync.Once
		results  []reflect.Value
		panicked bool
		value    any
	)
	return reflect.MakeFunc(fn.Type(), func([]reflect.Value) []reflect.Value {
		once.Do(func() {
			defer func() {
				if r := recover(); r != nil || len(results) != fn.Type().NumOut() {
					panicked, value = true, r
				}
			}()
			// Copies: the values an interpreted function returns live in
			// its frame, which the interpreter reuses.
			for _, r := range fn.Call(nil) {
				c := reflect.New(r.Type()).Elem()
				c.Set(r)
				results = append(results, c)
			}
		})
		if panicked {
			panic(value)
		}
		return results
	}).Interface()
}

// RandN is rand.N of a signed integer type (time.Duration included),
// which the cell converts to and from int64.
func RandN(n int64) int64 { return rand.N(n) }

// RandNUint is rand.N of an unsigned integer type, through uint64.
func RandNUint(n uint64) uint64 { return rand.N(n) }
