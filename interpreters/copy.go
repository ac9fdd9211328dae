package interpreters

import (
	"fmt"
	"reflect"
)

// crossing copies values from one interpreter to another: the same value,
// in the destination's type, sharing no memory with the source. seen maps
// source pointers (and maps, slices) to their copies, so that shared parts
// and cycles are copied once.
type crossing struct {
	seen map[seenKey]reflect.Value
}

type seenKey struct {
	p uintptr
	t reflect.Type
}

// CrossError is a value that cannot cross between interpreters.
type CrossError struct {
	Where string       // "argument 2", "argument 1.Done", ...
	Type  reflect.Type // the type that cannot cross
	Why   string
}

func (e *CrossError) Error() string {
	return fmt.Sprintf("%s: %s cannot cross to another interpreter: %s", e.Where, e.Type, e.Why)
}

func copyInto(dst reflect.Type, src reflect.Value, where string) (reflect.Value, error) {
	c := crossing{seen: map[seenKey]reflect.Value{}}
	return c.value(dst, src, where)
}

func (c *crossing) value(dst reflect.Type, src reflect.Value, where string) (reflect.Value, error) {
	for src.IsValid() && src.Kind() == reflect.Interface {
		if src.IsNil() {
			src = reflect.Value{}
			break
		}
		src = src.Elem()
	}
	if !src.IsValid() {
		switch dst.Kind() {
		case reflect.Interface, reflect.Pointer, reflect.Slice, reflect.Map:
			return reflect.Zero(dst), nil
		}
		return reflect.Value{}, fmt.Errorf("%s: nil cannot be a %s", where, dst)
	}
	st := src.Type()
	if (st.Kind() == reflect.Chan || st.Kind() == reflect.Func) && src.IsNil() && dst.Kind() == st.Kind() {
		return reflect.Zero(dst), nil // a nil one carries nothing
	}
	switch st.Kind() {
	case reflect.Chan:
		return reflect.Value{}, &CrossError{where, st, "a channel is shared by nature"}
	case reflect.Func:
		return reflect.Value{}, &CrossError{where, st, "a function value (send it as the task's function, by name)"}
	case reflect.UnsafePointer:
		return reflect.Value{}, &CrossError{where, st, "an unsafe pointer"}
	}
	if dst.Kind() == reflect.Interface {
		// Keep the value's own type: copy it as itself.
		v, err := c.value(st, src, where)
		if err != nil {
			return reflect.Value{}, err
		}
		if !v.Type().AssignableTo(dst) {
			return reflect.Value{}, fmt.Errorf("%s: %s does not implement %s", where, st, dst)
		}
		out := reflect.New(dst).Elem()
		out.Set(v)
		return out, nil
	}
	if st.Kind() != dst.Kind() && isNumber(st) && isNumber(dst) && src.CanConvert(dst) {
		// As an assignment of a constant would: only a value the type holds exactly.
		v := src.Convert(dst)
		if v.CanConvert(st) && v.Convert(st).Equal(src) {
			return v, nil
		}
		return reflect.Value{}, fmt.Errorf("%s: %v overflows %s", where, src, dst)
	}
	if st.Kind() != dst.Kind() {
		return reflect.Value{}, fmt.Errorf("%s: a %s cannot be a %s", where, st, dst)
	}
	switch dst.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128, reflect.String:
		return src.Convert(dst), nil
	case reflect.Pointer:
		if src.IsNil() {
			return reflect.Zero(dst), nil
		}
		key := seenKey{src.Pointer(), dst}
		if v, ok := c.seen[key]; ok {
			return v, nil
		}
		p := reflect.New(dst.Elem())
		c.seen[key] = p
		v, err := c.value(dst.Elem(), src.Elem(), "*"+where)
		if err != nil {
			return reflect.Value{}, err
		}
		p.Elem().Set(v)
		return p, nil
	case reflect.Slice:
		if src.IsNil() {
			return reflect.Zero(dst), nil
		}
		out := reflect.MakeSlice(dst, src.Len(), src.Len())
		if dst.Elem().Kind() == src.Type().Elem().Kind() && isPlain(dst.Elem()) && src.Type().Elem().ConvertibleTo(dst.Elem()) && dst.Elem() == src.Type().Elem() {
			reflect.Copy(out, src) // numbers and strings: one copy
			return out, nil
		}
		for i := 0; i < src.Len(); i++ {
			v, err := c.value(dst.Elem(), src.Index(i), fmt.Sprintf("%s[%d]", where, i))
			if err != nil {
				return reflect.Value{}, err
			}
			out.Index(i).Set(v)
		}
		return out, nil
	case reflect.Array:
		if src.Len() != dst.Len() {
			return reflect.Value{}, fmt.Errorf("%s: a %s cannot be a %s", where, st, dst)
		}
		out := reflect.New(dst).Elem()
		for i := 0; i < src.Len(); i++ {
			v, err := c.value(dst.Elem(), src.Index(i), fmt.Sprintf("%s[%d]", where, i))
			if err != nil {
				return reflect.Value{}, err
			}
			out.Index(i).Set(v)
		}
		return out, nil
	case reflect.Map:
		if src.IsNil() {
			return reflect.Zero(dst), nil
		}
		out := reflect.MakeMapWithSize(dst, src.Len())
		it := src.MapRange()
		for it.Next() {
			k, err := c.value(dst.Key(), it.Key(), where+" (a key)")
			if err != nil {
				return reflect.Value{}, err
			}
			v, err := c.value(dst.Elem(), it.Value(), fmt.Sprintf("%s[%v]", where, it.Key()))
			if err != nil {
				return reflect.Value{}, err
			}
			out.SetMapIndex(k, v)
		}
		return out, nil
	case reflect.Struct:
		if st.NumField() != dst.NumField() {
			return reflect.Value{}, fmt.Errorf("%s: a %s cannot be a %s (their fields differ)", where, st, dst)
		}
		out := reflect.New(dst).Elem()
		for i := 0; i < dst.NumField(); i++ {
			df, sf := dst.Field(i), st.Field(i)
			if df.Name != sf.Name {
				return reflect.Value{}, fmt.Errorf("%s: a %s cannot be a %s (field %s is %s there)", where, st, dst, sf.Name, df.Name)
			}
			if !df.IsExported() {
				return reflect.Value{}, fmt.Errorf("%s: %s has an unexported field %s, which cannot be copied", where, st, sf.Name)
			}
			v, err := c.value(df.Type, src.Field(i), where+"."+sf.Name)
			if err != nil {
				return reflect.Value{}, err
			}
			out.Field(i).Set(v)
		}
		return out, nil
	}
	return reflect.Value{}, &CrossError{where, st, "not a value gogil knows how to copy"}
}

func isPlain(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128, reflect.String:
		return true
	}
	return false
}

func isNumber(t reflect.Type) bool {
	return isPlain(t) && t.Kind() != reflect.String && t.Kind() != reflect.Bool
}
