package multiprocessing

import (
	"reflect"
	"strings"
	"testing"
)

// Every value that cannot cross is named with its place; values that can
// make the round trip unchanged.
func TestValuesCrossOrAreNamed(t *testing.T) {
	type inner struct{ F func() }
	type outer struct {
		N     int
		Items []inner
	}
	type node struct {
		V    int
		Next *node
	}
	loop := &node{V: 1}
	loop.Next = loop
	refused := []struct {
		v    any
		want string
	}{
		{make(chan int), "argument 1: a chan int"},
		{outer{Items: []inner{{}}}, "argument 1, field Items, element 0, field F: a func()"},
		{loop, "pointer cycle"},
		{[]any{1}, "element 0: a interface {}"},
		{map[string]chan int{"a": nil}, "key a: a chan int"},
	}
	for _, c := range refused {
		_, err := encode(reflect.ValueOf(c.v), reflect.TypeOf(c.v), "argument 1")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%T: %v, want %q", c.v, err, c.want)
		}
	}
	for _, v := range []any{42, "s", []float64{1.5}, map[string]int{"a": 1}, &node{V: 3}, struct{ A, B int }{1, 2}} {
		data, err := encode(reflect.ValueOf(v), reflect.TypeOf(v), "x")
		if err != nil {
			t.Fatal(err)
		}
		back, err := decode(data, reflect.TypeOf(v), "x")
		if err != nil || !reflect.DeepEqual(back.Interface(), v) {
			t.Errorf("%#v came back as %#v (%v)", v, back, err)
		}
	}
}

func TestConvertArg(t *testing.T) {
	cases := []struct {
		a    any
		to   reflect.Type
		want any
		err  string
	}{
		{3, reflect.TypeFor[float64](), 3.0, ""},
		{3, reflect.TypeFor[uint64](), uint64(3), ""},
		{-1, reflect.TypeFor[uint64](), nil, "does not fit"},
		{300, reflect.TypeFor[int8](), nil, "does not fit"},
		{2.5, reflect.TypeFor[int](), nil, "does not fit"},
		{"a", reflect.TypeFor[int](), nil, "a string is not a int"},
	}
	for _, c := range cases {
		v, err := convertArg(c.a, c.to)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("convertArg(%v, %s): %v, want %q", c.a, c.to, err, c.err)
			}
			continue
		}
		if err != nil || v.Interface() != c.want {
			t.Errorf("convertArg(%v, %s) = %v, %v", c.a, c.to, v, err)
		}
	}
}
