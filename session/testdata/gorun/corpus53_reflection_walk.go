package main

import (
	"fmt"
	"reflect"
	"slices"
)

func walk(x interface{}, fn func(input string)) {
	val := getValue(x)

	walkValue := func(value reflect.Value) {
		walk(value.Interface(), fn)
	}

	switch val.Kind() {
	case reflect.String:
		fn(val.String())
	case reflect.Struct:
		for i := 0; i < val.NumField(); i++ {
			walkValue(val.Field(i))
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < val.Len(); i++ {
			walkValue(val.Index(i))
		}
	case reflect.Map:
		for _, key := range val.MapKeys() {
			walkValue(val.MapIndex(key))
		}
	case reflect.Chan:
		for {
			if v, ok := val.Recv(); ok {
				walkValue(v)
			} else {
				break
			}
		}
	case reflect.Func:
		valFnResult := val.Call(nil)
		for _, res := range valFnResult {
			walkValue(res)
		}
	}
}

func getValue(x interface{}) reflect.Value {
	val := reflect.ValueOf(x)
	if val.Kind() == reflect.Pointer {
		val = val.Elem()
	}
	return val
}

type Person struct {
	Name    string
	Profile Profile
}

type Profile struct {
	Age  int
	City string
}

func collect(x interface{}) []string {
	var got []string
	walk(x, func(input string) { got = append(got, input) })
	return got
}

func main() {
	cases := []struct {
		Name  string
		Input interface{}
	}{
		{"struct with one string field", struct{ Name string }{"Chris"}},
		{"struct with two string fields", struct {
			Name string
			City string
		}{"Chris", "London"}},
		{"struct with non string field", struct {
			Name string
			Age  int
		}{"Chris", 33}},
		{"nested fields", Person{"Chris", Profile{33, "London"}}},
		{"pointers to things", &Person{"Chris", Profile{33, "London"}}},
		{"slices", []Profile{{33, "London"}, {34, "Reykjavík"}}},
		{"arrays", [2]Profile{{33, "London"}, {34, "Reykjavík"}}},
	}
	for _, test := range cases {
		fmt.Printf("%s: %q\n", test.Name, collect(test.Input))
	}

	m := collect(map[string]string{"Cow": "Moo", "Sheep": "Baa"})
	slices.Sort(m)
	fmt.Println("maps:", m)

	ch := make(chan Profile)
	go func() {
		ch <- Profile{33, "Berlin"}
		ch <- Profile{34, "Katowice"}
		close(ch)
	}()
	fmt.Println("channels:", collect(ch))

	fn := func() (Profile, Profile) { return Profile{33, "Berlin"}, Profile{34, "Katowice"} }
	fmt.Println("functions:", collect(fn))
}
