package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Row struct {
	Name  string
	Count int
}

func main() {
	// A slice built through reflect.
	st := reflect.SliceOf(reflect.TypeOf(0))
	sv := reflect.MakeSlice(st, 0, 4)
	for i := 1; i <= 4; i++ {
		sv = reflect.Append(sv, reflect.ValueOf(i*i))
	}
	ints := sv.Interface().([]int)
	fmt.Println(ints, sv.Len(), sv.Cap(), sv.Type())

	// A map built through reflect.
	mt := reflect.MapOf(reflect.TypeOf(""), reflect.TypeOf(Row{}))
	mv := reflect.MakeMap(mt)
	for _, n := range []string{"b", "a", "c"} {
		mv.SetMapIndex(reflect.ValueOf(n), reflect.ValueOf(Row{n, len(n) * 10}))
	}
	keys := mv.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	for _, k := range keys {
		fmt.Println(k, mv.MapIndex(k).Interface())
	}
	m := mv.Interface().(map[string]Row)
	fmt.Println(len(m), m["a"].Count)

	// New values and pointers.
	pv := reflect.New(reflect.TypeOf(Row{}))
	pv.Elem().Field(0).SetString("made")
	pv.Elem().FieldByName("Count").SetInt(7)
	r := pv.Interface().(*Row)
	fmt.Printf("%+v %v\n", *r, pv.Type())

	// Zero values and DeepEqual.
	z := reflect.Zero(reflect.TypeOf(Row{})).Interface()
	fmt.Printf("%#v %v\n", z, reflect.DeepEqual(z, Row{}))
	a := map[string][]int{"x": {1, 2}}
	b := map[string][]int{"x": {1, 2}}
	c := map[string][]int{"x": {2, 1}}
	fmt.Println(reflect.DeepEqual(a, b), reflect.DeepEqual(a, c))

	// A function made with MakeFunc.
	swap := func(in []reflect.Value) []reflect.Value { return []reflect.Value{in[1], in[0]} }
	var swapInts func(int, int) (int, int)
	fn := reflect.MakeFunc(reflect.TypeOf(swapInts), swap)
	reflect.ValueOf(&swapInts).Elem().Set(fn)
	x, y := swapInts(1, 2)
	fmt.Println(x, y)

	// Channels.
	ch := reflect.MakeChan(reflect.TypeOf(make(chan string)), 2)
	ch.Send(reflect.ValueOf("hi"))
	v, ok := ch.Recv()
	fmt.Println(v, ok, ch.Len())
}
