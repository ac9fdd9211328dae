package threading

import (
	"fmt"
	"math"
	"reflect"
)

// checkTarget validates a target and converts its arguments once, at
// construction, so that a mistake is reported before any goroutine starts.
func checkTarget(target any, args []any) (reflect.Value, []reflect.Value, error) {
	fn := reflect.ValueOf(target)
	if target == nil || fn.Kind() != reflect.Func {
		return reflect.Value{}, nil, fmt.Errorf("target %s is not a function", describe(target))
	}
	if fn.IsNil() {
		return reflect.Value{}, nil, fmt.Errorf("target is a nil %s", fn.Type())
	}
	ft := fn.Type()
	n := ft.NumIn()
	if ft.IsVariadic() {
		if len(args) < n-1 {
			return reflect.Value{}, nil, fmt.Errorf("target %s takes at least %d arguments, got %d", ft, n-1, len(args))
		}
	} else if len(args) != n {
		return reflect.Value{}, nil, fmt.Errorf("target %s takes %d arguments, got %d", ft, n, len(args))
	}
	values := make([]reflect.Value, len(args))
	for i, a := range args {
		pt := reflect.Type(nil)
		if ft.IsVariadic() && i >= n-1 {
			pt = ft.In(n - 1).Elem()
		} else {
			pt = ft.In(i)
		}
		v, err := convertArg(a, pt)
		if err != nil {
			return reflect.Value{}, nil, fmt.Errorf("argument %d of target %s: %w", i+1, ft, err)
		}
		values[i] = v
	}
	return fn, values, nil
}

func describe(v any) string {
	if v == nil {
		return "nil"
	}
	return fmt.Sprintf("%v (%T)", v, v)
}

// convertArg converts a like an assignment of a constant: assignable values
// pass as they are, numbers convert when the value fits exactly.
func convertArg(a any, pt reflect.Type) (reflect.Value, error) {
	if a == nil {
		switch pt.Kind() {
		case reflect.Pointer, reflect.Interface, reflect.Slice, reflect.Map, reflect.Chan, reflect.Func, reflect.UnsafePointer:
			return reflect.Zero(pt), nil
		}
		return reflect.Value{}, fmt.Errorf("nil cannot be used as %s", pt)
	}
	v := reflect.ValueOf(a)
	if v.Type().AssignableTo(pt) {
		return v, nil
	}
	if kindOf(v.Kind()) != notNumber && kindOf(pt.Kind()) != notNumber {
		return convertNumber(v, pt)
	}
	return reflect.Value{}, fmt.Errorf("%s cannot be used as %s", describe(a), pt)
}

type numberKind int

const (
	notNumber numberKind = iota
	signed
	unsigned
	floating
)

func kindOf(k reflect.Kind) numberKind {
	switch k {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return signed
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return unsigned
	case reflect.Float32, reflect.Float64:
		return floating
	}
	return notNumber
}

func convertNumber(v reflect.Value, pt reflect.Type) (reflect.Value, error) {
	out := reflect.New(pt).Elem()
	overflow := fmt.Errorf("%v (%s) overflows %s", v, v.Type(), pt)
	switch kindOf(v.Kind()) {
	case signed:
		x := v.Int()
		switch kindOf(pt.Kind()) {
		case signed:
			if out.OverflowInt(x) {
				return out, overflow
			}
			out.SetInt(x)
		case unsigned:
			if x < 0 {
				return out, fmt.Errorf("negative %v (%s) cannot be used as %s", x, v.Type(), pt)
			}
			if out.OverflowUint(uint64(x)) {
				return out, overflow
			}
			out.SetUint(uint64(x))
		case floating:
			out.SetFloat(float64(x))
		}
	case unsigned:
		x := v.Uint()
		switch kindOf(pt.Kind()) {
		case signed:
			if x > math.MaxInt64 || out.OverflowInt(int64(x)) {
				return out, overflow
			}
			out.SetInt(int64(x))
		case unsigned:
			if out.OverflowUint(x) {
				return out, overflow
			}
			out.SetUint(x)
		case floating:
			out.SetFloat(float64(x))
		}
	case floating:
		f := v.Float()
		switch kindOf(pt.Kind()) {
		case signed, unsigned:
			if f != math.Trunc(f) || math.IsInf(f, 0) {
				return out, fmt.Errorf("%v (%s) truncated to %s", f, v.Type(), pt)
			}
			if kindOf(pt.Kind()) == signed {
				if f < math.MinInt64 || f >= math.MaxInt64 || out.OverflowInt(int64(f)) {
					return out, overflow
				}
				out.SetInt(int64(f))
			} else {
				if f < 0 {
					return out, fmt.Errorf("negative %v (%s) cannot be used as %s", f, v.Type(), pt)
				}
				if f >= math.MaxUint64 || out.OverflowUint(uint64(f)) {
					return out, overflow
				}
				out.SetUint(uint64(f))
			}
		case floating:
			if out.OverflowFloat(f) {
				return out, overflow
			}
			out.SetFloat(f)
		}
	}
	return out, nil
}
