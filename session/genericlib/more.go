package genericlib

import (
	"fmt"
	"math/bits"
	"reflect"
)

// moreExports are the slices and maps functions beyond the first set, each
// written to follow Go's own implementation step for step where a cell
// can see the steps (the calls of its funcs, a zeroed tail, a reused
// backing array).
func moreExports() map[string]reflect.Value {
	return map[string]reflect.Value{
		"SlicesDeleteFunc":       reflect.ValueOf(SlicesDeleteFunc),
		"SlicesConcat":           reflect.ValueOf(SlicesConcat),
		"SlicesEqualFunc":        reflect.ValueOf(SlicesEqualFunc),
		"SlicesIsSortedFunc":     reflect.ValueOf(SlicesIsSortedFunc),
		"SlicesBinarySearchFunc": reflect.ValueOf(SlicesBinarySearchFunc),
		"SlicesCompactFunc":      reflect.ValueOf(SlicesCompactFunc),
		"SlicesSortedFunc":       reflect.ValueOf(SlicesSortedFunc),
		"SlicesSortedStableFunc": reflect.ValueOf(SlicesSortedStableFunc),
		"SlicesCompareFunc":      reflect.ValueOf(SlicesCompareFunc),
		"SlicesRepeat":           reflect.ValueOf(SlicesRepeat),
		"SlicesReplace":          reflect.ValueOf(SlicesReplace),
		"SlicesGrow":             reflect.ValueOf(SlicesGrow),
		"SlicesClip":             reflect.ValueOf(SlicesClip),
		"MapsEqualFunc":          reflect.ValueOf(MapsEqualFunc),
		"MapsInsert":             reflect.ValueOf(MapsInsert),
		"SlicesAppendSeq":        reflect.ValueOf(SlicesAppendSeq),
	}
}

func callBool(f reflect.Value, args ...reflect.Value) bool { return f.Call(args)[0].Bool() }

func callInt(f reflect.Value, args ...reflect.Value) int { return int(f.Call(args)[0].Int()) }

// SlicesDeleteFunc is slices.DeleteFunc: del sees each element once, in
// order, and the tail it drops is zeroed.
func SlicesDeleteFunc(s, del any) any {
	v, f := reflect.ValueOf(s), reflect.ValueOf(del)
	i := SlicesIndexFunc(s, del)
	if i == -1 {
		return s
	}
	for j := i + 1; j < v.Len(); j++ {
		if e := v.Index(j); !callBool(f, e) {
			v.Index(i).Set(e)
			i++
		}
	}
	v.Slice(i, v.Len()).Clear()
	return v.Slice(0, i).Interface()
}

// SlicesConcat is slices.Concat of at least one slice (the lowering
// writes a call with none as S(nil)): nil when they hold nothing, as Go's
// is.
func SlicesConcat(ss ...any) any {
	size := 0
	for _, s := range ss {
		size += reflect.ValueOf(s).Len()
		if size < 0 {
			panic("len out of range")
		}
	}
	t := reflect.TypeOf(ss[0])
	if size == 0 {
		return reflect.Zero(t).Interface()
	}
	out := reflect.MakeSlice(t, 0, size)
	for _, s := range ss {
		out = reflect.AppendSlice(out, reflect.ValueOf(s))
	}
	return out.Interface()
}

// SlicesEqualFunc is slices.EqualFunc.
func SlicesEqualFunc(s1, s2, eq any) bool {
	x, y, f := reflect.ValueOf(s1), reflect.ValueOf(s2), reflect.ValueOf(eq)
	if x.Len() != y.Len() {
		return false
	}
	for i := range x.Len() {
		if !callBool(f, x.Index(i), y.Index(i)) {
			return false
		}
	}
	return true
}

// SlicesIsSortedFunc is slices.IsSortedFunc, which compares from the end.
func SlicesIsSortedFunc(s, cmp any) bool {
	v, f := reflect.ValueOf(s), reflect.ValueOf(cmp)
	for i := v.Len() - 1; i > 0; i-- {
		if callInt(f, v.Index(i), v.Index(i-1)) < 0 {
			return false
		}
	}
	return true
}

// argOf is x as an argument of type t: an interface's nil arrives as no
// value at all.
func argOf(x any, t reflect.Type) reflect.Value {
	if x == nil {
		return reflect.Zero(t)
	}
	return reflect.ValueOf(x)
}

// SlicesBinarySearchFunc is slices.BinarySearchFunc, with Go's probes.
func SlicesBinarySearchFunc(s, target, cmp any) (int, bool) {
	v, f := reflect.ValueOf(s), reflect.ValueOf(cmp)
	t := argOf(target, f.Type().In(1))
	n := v.Len()
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if callInt(f, v.Index(h), t) < 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && callInt(f, v.Index(i), t) == 0
}

// SlicesCompactFunc is slices.CompactFunc: eq compares neighbours of the
// original order, and the tail it drops is zeroed.
func SlicesCompactFunc(s, eq any) any {
	v, f := reflect.ValueOf(s), reflect.ValueOf(eq)
	n := v.Len()
	if n < 2 {
		return s
	}
	for k := 1; k < n; k++ {
		if callBool(f, v.Index(k), v.Index(k-1)) {
			s2 := v.Slice(k, n)
			for k2 := 1; k2 < s2.Len(); k2++ {
				if !callBool(f, s2.Index(k2), s2.Index(k2-1)) {
					v.Index(k).Set(s2.Index(k2))
					k++
				}
			}
			v.Slice(k, n).Clear()
			return v.Slice(0, k).Interface()
		}
	}
	return s
}

// SlicesSortedFunc is slices.SortedFunc.
func SlicesSortedFunc(seq, cmp any) any {
	out := collect("slices.SortedFunc", seq).Interface()
	sortFunc(out, cmp, false)
	return out
}

// SlicesSortedStableFunc is slices.SortedStableFunc.
func SlicesSortedStableFunc(seq, cmp any) any {
	out := collect("slices.SortedStableFunc", seq).Interface()
	sortFunc(out, cmp, true)
	return out
}

// SlicesCompareFunc is slices.CompareFunc: cmp sees the pairs in order
// up to the first that differs.
func SlicesCompareFunc(s1, s2, cmp any) int {
	x, y, f := reflect.ValueOf(s1), reflect.ValueOf(s2), reflect.ValueOf(cmp)
	for i := range x.Len() {
		if i >= y.Len() {
			return +1
		}
		if c := callInt(f, x.Index(i), y.Index(i)); c != 0 {
			return c
		}
	}
	if x.Len() < y.Len() {
		return -1
	}
	return 0
}

// SlicesRepeat is slices.Repeat, with Go's panics.
func SlicesRepeat(s any, count int) any {
	if count < 0 {
		panic("cannot be negative")
	}
	v := reflect.ValueOf(s)
	hi, lo := bits.Mul(uint(v.Len()), uint(count))
	if hi > 0 || lo > ^uint(0)>>1 {
		panic("the result of (len(x) * count) overflows")
	}
	out := reflect.MakeSlice(v.Type(), int(lo), int(lo))
	n := reflect.Copy(out, v)
	for n < out.Len() {
		n += reflect.Copy(out.Slice(n, out.Len()), out.Slice(0, n))
	}
	return out.Interface()
}

// elemsOf are the variadic values of a helper as a slice of t.
func elemsOf(t reflect.Type, vs []any) reflect.Value {
	out := reflect.MakeSlice(t, len(vs), len(vs))
	for k, x := range vs {
		if x != nil {
			out.Index(k).Set(reflect.ValueOf(x))
		}
	}
	return out
}

// SlicesReplace is slices.Replace: in place when the result fits the
// capacity, with the tail it gives up zeroed, as in Go.
func SlicesReplace(s any, i, j int, vs ...any) any {
	v := reflect.ValueOf(s)
	n := v.Len()
	// Go's own bounds checks, s[i:j] and then s[j:], in its words.
	switch {
	case j > v.Cap():
		panic(fmt.Sprintf("runtime error: slice bounds out of range [:%d] with capacity %d", j, v.Cap()))
	case i < 0:
		panic(fmt.Sprintf("runtime error: slice bounds out of range [%d:]", i))
	case i > j:
		panic(fmt.Sprintf("runtime error: slice bounds out of range [%d:%d]", i, j))
	case i == j:
		return insert(s, i, reflect.ValueOf(vs))
	case j > n:
		panic(fmt.Sprintf("runtime error: slice bounds out of range [%d:%d]", j, n))
	}
	add := elemsOf(v.Type(), vs)
	if j == n {
		s2 := reflect.AppendSlice(v.Slice(0, i), add)
		if s2.Len() < n {
			v.Slice(s2.Len(), n).Clear()
		}
		return s2.Interface()
	}
	tot := i + add.Len() + (n - j)
	if tot > v.Cap() {
		s2 := reflect.AppendSlice(v.Slice(0, i), reflect.MakeSlice(v.Type(), tot-i, tot-i))
		reflect.Copy(s2.Slice(i, tot), add)
		reflect.Copy(s2.Slice(i+add.Len(), tot), v.Slice(j, n))
		return s2.Interface()
	}
	r := v.Slice(0, tot)
	reflect.Copy(r.Slice(i+add.Len(), tot), v.Slice(j, n))
	reflect.Copy(r.Slice(i, tot), add)
	if tot < n {
		v.Slice(tot, n).Clear()
	}
	return r.Interface()
}

// SlicesGrow is slices.Grow.
func SlicesGrow(s any, n int) any {
	if n < 0 {
		panic("cannot be negative")
	}
	v := reflect.ValueOf(s)
	if n -= v.Cap() - v.Len(); n > 0 {
		grown := reflect.AppendSlice(v.Slice(0, v.Cap()), reflect.MakeSlice(v.Type(), n, n))
		return grown.Slice(0, v.Len()).Interface()
	}
	return s
}

// SlicesClip is slices.Clip.
func SlicesClip(s any) any {
	v := reflect.ValueOf(s)
	return v.Slice3(0, v.Len(), v.Len()).Interface()
}

// MapsEqualFunc is maps.EqualFunc.
func MapsEqualFunc(m1, m2, eq any) bool {
	x, y, f := reflect.ValueOf(m1), reflect.ValueOf(m2), reflect.ValueOf(eq)
	if x.Len() != y.Len() {
		return false
	}
	it := x.MapRange()
	for it.Next() {
		w := y.MapIndex(it.Key())
		if !w.IsValid() || !callBool(f, it.Value(), w) {
			return false
		}
	}
	return true
}

// assignable is x as a value of t (an iterator's values may be of a type
// the interpreter made for the same Go type).
func assignable(x reflect.Value, t reflect.Type) reflect.Value {
	if !x.Type().AssignableTo(t) && x.Type().ConvertibleTo(t) {
		return x.Convert(t)
	}
	return x
}

// MapsInsert is maps.Insert.
func MapsInsert(m, seq any) {
	v := reflect.ValueOf(m)
	kt, vt := v.Type().Key(), v.Type().Elem()
	each("maps.Insert", seq, 2, func(vs ...reflect.Value) bool {
		v.SetMapIndex(assignable(vs[0], kt), assignable(vs[1], vt))
		return true
	})
}

// SlicesAppendSeq is slices.AppendSeq.
func SlicesAppendSeq(s, seq any) any {
	v := reflect.ValueOf(s)
	et := v.Type().Elem()
	each("slices.AppendSeq", seq, 1, func(vs ...reflect.Value) bool {
		v = reflect.Append(v, assignable(vs[0], et))
		return true
	})
	return v.Interface()
}
