package genericlib

import (
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
		"ReflectTypeFor": reflect.ValueOf(func(typeArg any) reflect.Type { return reflect.TypeOf(typeArg).Elem() }),
		"SyncOnceValue":  reflect.ValueOf(SyncOnceValue),
		"SyncOnceValues": reflect.ValueOf(SyncOnceValue),
		"RandN":          reflect.ValueOf(RandN),
		"RandNUint":      reflect.ValueOf(RandNUint),
	}
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
