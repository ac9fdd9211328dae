package multiprocessing

import (
	"bytes"
	"encoding/gob"
	"errors"
	"fmt"
	"reflect"
)

// UnencodableError is a value that cannot cross to another process: a
// channel, a function, an unsafe pointer, or a pointer cycle, reached at
// Where (argument 2, field Next, element 3...).
type UnencodableError struct {
	Where string
	Type  reflect.Type
	Why   string
}

func (e *UnencodableError) Error() string {
	return fmt.Sprintf("%s: a %s cannot be sent to another process (%s)", e.Where, e.Type, e.Why)
}

// checkCrossable walks v as gob would and names the first part that
// cannot be copied into another process. gob's own errors name neither
// the argument nor the field, and it loops forever on a pointer cycle.
func checkCrossable(v reflect.Value, where string) error {
	return walk(v, where, map[uintptr]bool{})
}

func walk(v reflect.Value, where string, onPath map[uintptr]bool) error {
	if !v.IsValid() {
		return nil
	}
	switch v.Kind() {
	case reflect.Chan:
		return &UnencodableError{where, v.Type(), "a channel belongs to this process"}
	case reflect.Func:
		return &UnencodableError{where, v.Type(), "a function value is code of this process; pass data and call a declared function in the worker"}
	case reflect.UnsafePointer, reflect.Uintptr:
		return &UnencodableError{where, v.Type(), "an address means nothing in another process"}
	case reflect.Complex64, reflect.Complex128, reflect.Bool, reflect.String,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		return nil
	case reflect.Pointer:
		if v.IsNil() {
			return nil
		}
		p := v.Pointer()
		if onPath[p] {
			return &UnencodableError{where, v.Type(), "a pointer cycle cannot be copied"}
		}
		onPath[p] = true
		defer delete(onPath, p)
		return walk(v.Elem(), where, onPath)
	case reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return &UnencodableError{where, v.Type(), fmt.Sprintf("an interface (here holding a %s) has no fixed type to rebuild; use a concrete type", v.Elem().Type())}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			if err := walk(v.Field(i), where+", field "+t.Field(i).Name, onPath); err != nil {
				return err
			}
		}
		return nil
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			return nil
		}
		if k := v.Type().Elem().Kind(); k <= reflect.Float64 && k != reflect.Uintptr {
			return nil // numbers and bools: nothing to look at
		}
		for i := 0; i < v.Len(); i++ {
			if err := walk(v.Index(i), fmt.Sprintf("%s, element %d", where, i), onPath); err != nil {
				return err
			}
		}
		return nil
	case reflect.Map:
		it := v.MapRange()
		for it.Next() {
			at := fmt.Sprintf("%s, key %v", where, it.Key())
			if err := walk(it.Key(), at, onPath); err != nil {
				return err
			}
			if err := walk(it.Value(), at, onPath); err != nil {
				return err
			}
		}
		return nil
	}
	return &UnencodableError{where, v.Type(), "not supported"}
}

// errorType is the type of an error result, which crosses as its message.
var errorType = reflect.TypeFor[error]()

// encode copies v (of type t) into bytes, after checking it can cross. An
// error crosses as its message; a nil error as nothing.
func encode(v reflect.Value, t reflect.Type, where string) ([]byte, error) {
	if t == errorType {
		if v.IsNil() {
			return nil, nil
		}
		return []byte(v.Interface().(error).Error()), nil
	}
	if err := checkCrossable(v, where); err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).EncodeValue(v); err != nil {
		return nil, fmt.Errorf("%s: a %s cannot be sent to another process: %w", where, t, err)
	}
	return b.Bytes(), nil
}

// decode rebuilds a value of type t from encode's bytes.
func decode(data []byte, t reflect.Type, where string) (reflect.Value, error) {
	if t == errorType {
		v := reflect.New(t).Elem()
		if data != nil {
			v.Set(reflect.ValueOf(errors.New(string(data))))
		}
		return v, nil
	}
	p := reflect.New(t)
	if err := gob.NewDecoder(bytes.NewReader(data)).DecodeValue(p); err != nil {
		return reflect.Value{}, fmt.Errorf("%s: cannot rebuild a %s: %w", where, t, err)
	}
	return p.Elem(), nil
}

// convertArg makes a, given for a parameter of type t, a value of type t
// as an assignment would (an untyped constant's int for a float64 or
// uint64 parameter included), refusing what would change its value.
func convertArg(a any, t reflect.Type) (reflect.Value, error) {
	if a == nil {
		switch t.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Interface, reflect.Chan, reflect.Func:
			return reflect.Zero(t), nil
		}
		return reflect.Value{}, fmt.Errorf("nil is not a %s", t)
	}
	v := reflect.ValueOf(a)
	if v.Type().AssignableTo(t) {
		out := reflect.New(t).Elem()
		out.Set(v)
		return out, nil
	}
	if !isNumber(v.Kind()) || !isNumber(t.Kind()) || !v.CanConvert(t) {
		return reflect.Value{}, fmt.Errorf("a %s is not a %s", v.Type(), t)
	}
	out := v.Convert(t)
	negative := v.Kind() >= reflect.Int && v.Kind() <= reflect.Int64 && v.Int() < 0
	unsigned := t.Kind() >= reflect.Uint && t.Kind() <= reflect.Uintptr
	if back := out.Convert(v.Type()); !back.Equal(v) || negative && unsigned {
		return reflect.Value{}, fmt.Errorf("%v does not fit a %s", a, t)
	}
	return out, nil
}

func isNumber(k reflect.Kind) bool { return k >= reflect.Int && k <= reflect.Float64 }
