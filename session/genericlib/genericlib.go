package genericlib

import (
	"cmp"
	"fmt"
	"maps"
	"reflect"
	"slices"
)

// Exports are the functions by the names the rewritten code calls them
// (see cellsrc's table of generic functions).
func Exports() map[string]reflect.Value {
	exports := map[string]reflect.Value{
		"Min":   reflect.ValueOf(Min),
		"Max":   reflect.ValueOf(Max),
		"Clear": reflect.ValueOf(Clear),

		"CmpCompare": reflect.ValueOf(func(x, y any) int { return compareOrdered(reflect.ValueOf(x), reflect.ValueOf(y)) }),
		"CmpLess":    reflect.ValueOf(func(x, y any) bool { return compareOrdered(reflect.ValueOf(x), reflect.ValueOf(y)) < 0 }),
		"CmpOr":      reflect.ValueOf(CmpOr),

		"SlicesSort":           reflect.ValueOf(SlicesSort),
		"SlicesSortFunc":       reflect.ValueOf(func(s, cmp any) { sortFunc(s, cmp, false) }),
		"SlicesSortStableFunc": reflect.ValueOf(func(s, cmp any) { sortFunc(s, cmp, true) }),
		"SlicesIsSorted":       reflect.ValueOf(SlicesIsSorted),
		"SlicesContains":       reflect.ValueOf(func(s, v any) bool { return SlicesIndex(s, v) >= 0 }),
		"SlicesIndex":          reflect.ValueOf(SlicesIndex),
		"SlicesContainsFunc":   reflect.ValueOf(func(s, f any) bool { return SlicesIndexFunc(s, f) >= 0 }),
		"SlicesIndexFunc":      reflect.ValueOf(SlicesIndexFunc),
		"SlicesMax":            reflect.ValueOf(func(s any) any { return extreme("slices.Max", s, 1) }),
		"SlicesMin":            reflect.ValueOf(func(s any) any { return extreme("slices.Min", s, -1) }),
		"SlicesMaxFunc":        reflect.ValueOf(func(s, cmp any) any { return extremeFunc("slices.MaxFunc", s, cmp, 1) }),
		"SlicesMinFunc":        reflect.ValueOf(func(s, cmp any) any { return extremeFunc("slices.MinFunc", s, cmp, -1) }),
		"SlicesReverse":        reflect.ValueOf(SlicesReverse),
		"SlicesEqual":          reflect.ValueOf(SlicesEqual),
		"SlicesCompare":        reflect.ValueOf(SlicesCompare),
		"SlicesClone":          reflect.ValueOf(SlicesClone),
		"SlicesCompact":        reflect.ValueOf(SlicesCompact),
		"SlicesInsert":         reflect.ValueOf(func(s any, i int, vs ...any) any { return insert(s, i, reflect.ValueOf(vs)) }),
		"SlicesInsertSlice":    reflect.ValueOf(func(s any, i int, vs any) any { return insert(s, i, reflect.ValueOf(vs)) }),
		"SlicesDelete":         reflect.ValueOf(SlicesDelete),
		"SlicesBinarySearch":   reflect.ValueOf(SlicesBinarySearch),
		"SlicesCollect":        reflect.ValueOf(func(seq any) any { return collect("slices.Collect", seq).Interface() }),
		"SlicesSorted":         reflect.ValueOf(SlicesSorted),
		"SlicesValues":         reflect.ValueOf(SlicesValues),
		"SlicesAll":            reflect.ValueOf(func(s any) any { return sliceSeq(s, true, false) }),
		"SlicesBackward":       reflect.ValueOf(func(s any) any { return sliceSeq(s, true, true) }),
		"SlicesChunk":          reflect.ValueOf(SlicesChunk),
		"IterPull":             reflect.ValueOf(IterPull),
		"IterPull2":            reflect.ValueOf(IterPull2),

		"MapsKeys":       reflect.ValueOf(func(m any) any { return mapSeq(m, true, false) }),
		"MapsValues":     reflect.ValueOf(func(m any) any { return mapSeq(m, false, true) }),
		"MapsAll":        reflect.ValueOf(func(m any) any { return mapSeq(m, true, true) }),
		"MapsCollect":    reflect.ValueOf(MapsCollect),
		"MapsEqual":      reflect.ValueOf(MapsEqual),
		"MapsClone":      reflect.ValueOf(MapsClone),
		"MapsCopy":       reflect.ValueOf(MapsCopy),
		"MapsDeleteFunc": reflect.ValueOf(MapsDeleteFunc),
	}
	maps.Copy(exports, stdlibExports())
	maps.Copy(exports, moreExports())
	return exports
}

// Min is the builtin min over values of one ordered type: a NaN wins, and
// -0 is less than +0, as in Go.
func Min(x any, ys ...any) any { return pick(x, ys, -1) }

// Max is the builtin max.
func Max(x any, ys ...any) any { return pick(x, ys, 1) }

func pick(x any, ys []any, sign int) any {
	best := reflect.ValueOf(x)
	for _, y := range ys {
		v := reflect.ValueOf(y)
		if isFloat(best) {
			a, b := best.Float(), v.Float()
			r := min(a, b)
			if sign > 0 {
				r = max(a, b)
			}
			best = reflect.ValueOf(r).Convert(best.Type())
			continue
		}
		if compareOrdered(v, best)*sign > 0 {
			best = v
		}
	}
	return best.Interface()
}

// Clear is the builtin clear of a map or a slice.
func Clear(x any) {
	v := reflect.ValueOf(x)
	switch v.Kind() {
	case reflect.Map:
		v.Clear()
	case reflect.Slice:
		v.Clear()
	default:
		panic(fmt.Sprintf("clear: %s is neither a map nor a slice", v.Type()))
	}
}

func isFloat(v reflect.Value) bool {
	return v.Kind() == reflect.Float32 || v.Kind() == reflect.Float64
}

// compareOrdered is cmp.Compare over reflect values of one ordered type.
func compareOrdered(a, b reflect.Value) int {
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return cmp.Compare(a.Int(), b.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return cmp.Compare(a.Uint(), b.Uint())
	case reflect.Float32, reflect.Float64:
		return cmp.Compare(a.Float(), b.Float())
	case reflect.String:
		return cmp.Compare(a.String(), b.String())
	}
	panic(fmt.Sprintf("%s is not an ordered type", a.Type()))
}

// CmpOr is cmp.Or: the first argument that is not the zero value.
func CmpOr(vals ...any) any {
	for _, v := range vals {
		if !reflect.ValueOf(v).IsZero() {
			return v
		}
	}
	if len(vals) == 0 {
		return nil
	}
	return reflect.Zero(reflect.TypeOf(vals[0])).Interface()
}

// SlicesReverse is slices.Reverse.
func SlicesReverse(s any) {
	swap := reflect.Swapper(s)
	for i, j := 0, reflect.ValueOf(s).Len()-1; i < j; i, j = i+1, j-1 {
		swap(i, j)
	}
}

// elements copies out the elements, for algorithms that only read or that
// write back through writeBack.
func elements(v reflect.Value) []reflect.Value {
	out := make([]reflect.Value, v.Len())
	for i := range out {
		out[i] = v.Index(i)
	}
	return out
}

func writeBack(dst reflect.Value, vals []reflect.Value) {
	tmp := reflect.MakeSlice(dst.Type(), len(vals), len(vals))
	for i, e := range vals {
		tmp.Index(i).Set(e)
	}
	reflect.Copy(dst, tmp)
}

// SlicesSort is slices.Sort.
func SlicesSort(s any) {
	switch x := s.(type) {
	case []int:
		slices.Sort(x)
	case []string:
		slices.Sort(x)
	case []float64:
		slices.Sort(x)
	default:
		v := reflect.ValueOf(s)
		vals := elements(v)
		slices.SortFunc(vals, compareOrdered)
		writeBack(v, vals)
	}
}

// sortFunc is slices.SortFunc and slices.SortStableFunc with a comparison
// func of the cell's.
func sortFunc(s, cmp any, stable bool) {
	v := reflect.ValueOf(s)
	vals := elements(v)
	f := reflect.ValueOf(cmp)
	compare := func(a, b reflect.Value) int { return int(f.Call([]reflect.Value{a, b})[0].Int()) }
	if stable {
		slices.SortStableFunc(vals, compare)
	} else {
		slices.SortFunc(vals, compare)
	}
	writeBack(v, vals)
}

// SlicesIsSorted is slices.IsSorted.
func SlicesIsSorted(s any) bool {
	v := reflect.ValueOf(s)
	for i := 1; i < v.Len(); i++ {
		if compareOrdered(v.Index(i), v.Index(i-1)) < 0 {
			return false
		}
	}
	return true
}

// SlicesIndex is slices.Index: == of interface values is Go's == of the
// element type (NaN never equal, a panic for an uncomparable dynamic type).
func SlicesIndex(s, x any) int {
	switch s := s.(type) {
	case []int:
		return slices.Index(s, x.(int))
	case []string:
		return slices.Index(s, x.(string))
	}
	v := reflect.ValueOf(s)
	for i := range v.Len() {
		if v.Index(i).Interface() == x {
			return i
		}
	}
	return -1
}

// SlicesIndexFunc is slices.IndexFunc.
func SlicesIndexFunc(s, f any) int {
	v, fn := reflect.ValueOf(s), reflect.ValueOf(f)
	for i := range v.Len() {
		if fn.Call([]reflect.Value{v.Index(i)})[0].Bool() {
			return i
		}
	}
	return -1
}

// extreme is slices.Max (sign 1) and slices.Min (-1): a NaN wins.
func extreme(name string, s any, sign int) any {
	v := reflect.ValueOf(s)
	if v.Len() == 0 {
		panic(name + ": empty list")
	}
	best := v.Index(0).Interface()
	for i := 1; i < v.Len(); i++ {
		best = pick(best, []any{v.Index(i).Interface()}, sign)
	}
	return best
}

// extremeFunc is slices.MaxFunc and slices.MinFunc: the first of the
// elements that compare greatest (least).
func extremeFunc(name string, s, cmp any, sign int) any {
	v, f := reflect.ValueOf(s), reflect.ValueOf(cmp)
	if v.Len() == 0 {
		panic(name + ": empty list")
	}
	best := v.Index(0)
	for i := 1; i < v.Len(); i++ {
		if int(f.Call([]reflect.Value{v.Index(i), best})[0].Int())*sign > 0 {
			best = v.Index(i)
		}
	}
	return best.Interface()
}

// SlicesEqual is slices.Equal.
func SlicesEqual(a, b any) bool {
	x, y := reflect.ValueOf(a), reflect.ValueOf(b)
	if x.Len() != y.Len() {
		return false
	}
	for i := range x.Len() {
		if x.Index(i).Interface() != y.Index(i).Interface() {
			return false
		}
	}
	return true
}

// SlicesCompare is slices.Compare.
func SlicesCompare(a, b any) int {
	x, y := reflect.ValueOf(a), reflect.ValueOf(b)
	for i := range min(x.Len(), y.Len()) {
		if c := compareOrdered(x.Index(i), y.Index(i)); c != 0 {
			return c
		}
	}
	return cmp.Compare(x.Len(), y.Len())
}

// SlicesClone is slices.Clone: nil stays nil.
func SlicesClone(s any) any {
	v := reflect.ValueOf(s)
	if v.IsNil() {
		return s
	}
	out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
	reflect.Copy(out, v)
	return out.Interface()
}

// SlicesCompact is slices.Compact: the tail it drops is zeroed, as in Go.
func SlicesCompact(s any) any {
	v := reflect.ValueOf(s)
	n := v.Len()
	if n < 2 {
		return s
	}
	k := 1
	for i := 1; i < n; i++ {
		if v.Index(i).Interface() != v.Index(k-1).Interface() {
			if k != i {
				v.Index(k).Set(v.Index(i))
			}
			k++
		}
	}
	v.Slice(k, n).Clear()
	return v.Slice(0, k).Interface()
}

func insert(s any, i int, vs reflect.Value) any {
	v := reflect.ValueOf(s)
	if i < 0 || i > v.Len() {
		panic(fmt.Sprintf("runtime error: slice bounds out of range [%d:%d]", i, v.Len()))
	}
	add := reflect.MakeSlice(v.Type(), vs.Len(), vs.Len())
	for k := range vs.Len() {
		e := vs.Index(k)
		if e.Kind() == reflect.Interface {
			if e.IsNil() {
				continue // the zero value add already holds
			}
			e = e.Elem()
		}
		add.Index(k).Set(e)
	}
	if n := v.Len() + vs.Len(); n <= v.Cap() {
		// In place, as Go's Insert does when the capacity allows.
		out := v.Slice(0, n)
		reflect.Copy(out.Slice(i+vs.Len(), n), v.Slice(i, v.Len()))
		reflect.Copy(out.Slice(i, n), add)
		return out.Interface()
	}
	out := reflect.MakeSlice(v.Type(), 0, v.Len()+vs.Len())
	out = reflect.AppendSlice(out, v.Slice(0, i))
	out = reflect.AppendSlice(out, add)
	out = reflect.AppendSlice(out, v.Slice(i, v.Len()))
	return out.Interface()
}

// SlicesDelete is slices.Delete: the tail is zeroed, as in Go.
func SlicesDelete(s any, i, j int) any {
	v := reflect.ValueOf(s)
	n := v.Len()
	if i < 0 || j > n || i > j {
		panic(fmt.Sprintf("runtime error: slice bounds out of range [%d:%d]", i, j))
	}
	if i == j {
		return s
	}
	reflect.Copy(v.Slice(i, n), v.Slice(j, n))
	v.Slice(n-(j-i), n).Clear()
	return v.Slice(0, n-(j-i)).Interface()
}

// SlicesBinarySearch is slices.BinarySearch.
func SlicesBinarySearch(s, target any) (int, bool) {
	v, t := reflect.ValueOf(s), reflect.ValueOf(target)
	return slices.BinarySearchFunc(elements(v), t, compareOrdered)
}

// seqOf makes an iterator the interpreter can call and range over (the
// cell front end lowers such a range into a call): a func(yield func(T...)
// bool) of the element types, whose yield each calls until it says stop.
func seqOf(elems []reflect.Type, each func(yield func(...reflect.Value) bool)) any {
	yieldType := reflect.FuncOf(elems, []reflect.Type{reflect.TypeFor[bool]()}, false)
	seqType := reflect.FuncOf([]reflect.Type{yieldType}, nil, false)
	return reflect.MakeFunc(seqType, func(args []reflect.Value) []reflect.Value {
		yield := args[0]
		each(func(vs ...reflect.Value) bool { return yield.Call(vs)[0].Bool() })
		return nil
	}).Interface()
}

// mapSeq is maps.Keys (keys), maps.Values (values) and maps.All (both).
func mapSeq(m any, keys, values bool) any {
	v := reflect.ValueOf(m)
	var elems []reflect.Type
	if keys {
		elems = append(elems, v.Type().Key())
	}
	if values {
		elems = append(elems, v.Type().Elem())
	}
	return seqOf(elems, func(yield func(...reflect.Value) bool) {
		it := v.MapRange()
		for it.Next() {
			var vs []reflect.Value
			if keys {
				vs = append(vs, it.Key())
			}
			if values {
				vs = append(vs, it.Value())
			}
			if !yield(vs...) {
				return
			}
		}
	})
}

// sliceSeq is slices.Values, slices.All (indexed) and slices.Backward
// (indexed, from the end).
func sliceSeq(s any, indexed, backward bool) any {
	v := reflect.ValueOf(s)
	elems := []reflect.Type{v.Type().Elem()}
	if indexed {
		elems = []reflect.Type{reflect.TypeFor[int](), v.Type().Elem()}
	}
	return seqOf(elems, func(yield func(...reflect.Value) bool) {
		for k := range v.Len() {
			i := k
			if backward {
				i = v.Len() - 1 - k
			}
			vs := []reflect.Value{v.Index(i)}
			if indexed {
				vs = []reflect.Value{reflect.ValueOf(i), v.Index(i)}
			}
			if !yield(vs...) {
				return
			}
		}
	})
}

// SlicesValues is slices.Values.
func SlicesValues(s any) any { return sliceSeq(s, false, false) }

// SlicesChunk is slices.Chunk: subslices of s of n elements (the last
// may be shorter), each capped at its end, as Go's are.
func SlicesChunk(s any, n int) any {
	if n < 1 {
		panic("cannot be less than 1")
	}
	v := reflect.ValueOf(s)
	return seqOf([]reflect.Type{v.Type()}, func(yield func(...reflect.Value) bool) {
		for i := 0; i < v.Len(); i += n {
			end := min(n, v.Len()-i) + i
			if !yield(v.Slice3(i, end, end)) {
				return
			}
		}
	})
}

// each calls seq, an iterator of one or two values (the cell's own or a
// helper's), with a yield of reflect values.
func each(name string, seq any, arity int, yield func(...reflect.Value) bool) []reflect.Type {
	v, elems := iterator(name, seq, arity)
	v.Call([]reflect.Value{reflect.MakeFunc(v.Type().In(0), func(args []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(yield(args...))}
	})})
	return elems
}

// iterator is seq as a reflect value, with the types of the arity values
// it yields; it panics, naming the caller, when seq is no such iterator.
func iterator(name string, seq any, arity int) (reflect.Value, []reflect.Type) {
	v := reflect.ValueOf(seq)
	if v.Kind() != reflect.Func || v.Type().NumIn() != 1 || v.Type().In(0).Kind() != reflect.Func || v.Type().In(0).NumIn() != arity {
		panic(fmt.Sprintf("%s: %T is not an iterator of %d values", name, seq, arity))
	}
	elems := make([]reflect.Type, arity)
	for i := range elems {
		elems[i] = v.Type().In(0).In(i)
	}
	return v, elems
}

func collect(name string, seq any) reflect.Value {
	var out reflect.Value
	elems := each(name, seq, 1, func(vs ...reflect.Value) bool {
		if !out.IsValid() {
			out = reflect.MakeSlice(reflect.SliceOf(vs[0].Type()), 0, 0)
		}
		out = reflect.Append(out, vs[0])
		return true
	})
	if !out.IsValid() {
		// Go's Collect appends to a nil slice: an empty sequence
		// collects to nil.
		out = reflect.Zero(reflect.SliceOf(elems[0]))
	}
	return out
}

// MapsCollect is maps.Collect.
func MapsCollect(seq any) any {
	var out reflect.Value
	elems := each("maps.Collect", seq, 2, func(vs ...reflect.Value) bool {
		if !out.IsValid() {
			out = reflect.MakeMap(reflect.MapOf(vs[0].Type(), vs[1].Type()))
		}
		out.SetMapIndex(vs[0], vs[1])
		return true
	})
	if !out.IsValid() {
		out = reflect.MakeMap(reflect.MapOf(elems[0], elems[1]))
	}
	return out.Interface()
}

// SlicesSorted is slices.Sorted.
func SlicesSorted(seq any) any {
	out := collect("slices.Sorted", seq)
	SlicesSort(out.Interface())
	return out.Interface()
}

// MapsEqual is maps.Equal.
func MapsEqual(a, b any) bool {
	x, y := reflect.ValueOf(a), reflect.ValueOf(b)
	if x.Len() != y.Len() {
		return false
	}
	it := x.MapRange()
	for it.Next() {
		w := y.MapIndex(it.Key())
		if !w.IsValid() || w.Interface() != it.Value().Interface() {
			return false
		}
	}
	return true
}

// MapsClone is maps.Clone: nil stays nil.
func MapsClone(m any) any {
	v := reflect.ValueOf(m)
	if v.IsNil() {
		return m
	}
	out := reflect.MakeMapWithSize(v.Type(), v.Len())
	it := v.MapRange()
	for it.Next() {
		out.SetMapIndex(it.Key(), it.Value())
	}
	return out.Interface()
}

// MapsCopy is maps.Copy.
func MapsCopy(dst, src any) {
	d := reflect.ValueOf(dst)
	it := reflect.ValueOf(src).MapRange()
	for it.Next() {
		d.SetMapIndex(it.Key(), it.Value())
	}
}

// MapsDeleteFunc is maps.DeleteFunc.
func MapsDeleteFunc(m, del any) {
	v, f := reflect.ValueOf(m), reflect.ValueOf(del)
	it := v.MapRange()
	var drop []reflect.Value
	for it.Next() {
		if f.Call([]reflect.Value{it.Key(), it.Value()})[0].Bool() {
			drop = append(drop, it.Key())
		}
	}
	for _, k := range drop {
		v.SetMapIndex(k, reflect.Value{})
	}
}

// IterPull is iter.Pull, and IterPull2 iter.Pull2. The interpreter cannot
// take two results of types it only knows at the call, so each returns a
// func that returns next and stop; the cell calls it at once.
func IterPull(seq any) any  { return iterPull("iter.Pull", seq, 1) }
func IterPull2(seq any) any { return iterPull("iter.Pull2", seq, 2) }

// iterPull runs seq in a goroutine of its own, one value at a time: next
// resumes it until its next yield, stop makes that yield return false
// and waits for seq to return. A panic in seq reaches the caller of next
// or stop, as Go's does.
func iterPull(name string, seq any, arity int) any {
	_, elems := iterator(name, seq, arity)
	nextType := reflect.FuncOf(nil, append(append([]reflect.Type(nil), elems...), reflect.TypeFor[bool]()), false)
	stopType := reflect.TypeFor[func()]()
	pairType := reflect.FuncOf(nil, []reflect.Type{nextType, stopType}, false)

	var (
		started, done bool
		values        chan []reflect.Value // what seq yields; closed when it returns
		resume        chan bool            // true: go on to the next value; false: stop
		panicked      any
		didPanic      bool
	)
	start := func() {
		started = true
		values, resume = make(chan []reflect.Value), make(chan bool)
		go func() {
			defer close(values)
			defer func() {
				// Go 1.21+ makes panic(nil) a *runtime.PanicNilError: a nil
				// recover means seq returned.
				if r := recover(); r != nil {
					panicked, didPanic = r, true
				}
			}()
			if !<-resume {
				return
			}
			each(name, seq, arity, func(vs ...reflect.Value) bool {
				values <- vs
				return <-resume
			})
		}()
	}
	repanic := func() {
		if didPanic {
			didPanic = false
			panic(panicked)
		}
	}
	finished := func() []reflect.Value {
		out := make([]reflect.Value, arity+1)
		for i, e := range elems {
			out[i] = reflect.Zero(e)
		}
		out[arity] = reflect.ValueOf(false)
		return out
	}
	next := reflect.MakeFunc(nextType, func([]reflect.Value) []reflect.Value {
		if done {
			return finished()
		}
		if !started {
			start()
		}
		resume <- true
		vs, ok := <-values
		if !ok {
			done = true
			repanic()
			return finished()
		}
		return append(vs, reflect.ValueOf(true))
	})
	stop := func() {
		if done {
			return
		}
		done = true
		if !started {
			return
		}
		resume <- false
		for range values { // seq yielded again after its yield returned false
			resume <- false
		}
		repanic()
	}
	return reflect.MakeFunc(pairType, func([]reflect.Value) []reflect.Value {
		return []reflect.Value{next, reflect.ValueOf(stop)}
	}).Interface()
}
