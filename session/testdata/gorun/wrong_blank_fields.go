package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"unsafe"
)

// header has padding fields, as layout-fixing structs do.
type header struct {
	Magic uint16
	_     [2]byte
	Size  uint32
	_     uint64
	_, _  bool
}

type twin struct {
	Magic uint16
	_     [2]byte
	Size  uint32
	_     uint64
	_, _  bool
}

func main() {
	h := header{Magic: 0xCAFE, Size: 16}
	fmt.Printf("%v\n%+v\n%#v\n", h, h, h)
	fmt.Println(unsafe.Sizeof(h), reflect.TypeOf(h).NumField())
	fmt.Println(h == header{Magic: 0xCAFE, Size: 16})
	t := twin(h)
	fmt.Printf("%+v\n", t)
	b, err := json.Marshal(h)
	fmt.Println(string(b), err)

	anon := struct {
		_ int
		A string
		_ float64
	}{A: "a"}
	fmt.Printf("%+v %T\n", anon, anon)
	ps := []struct{ _, X, _ int }{{X: 1}, {X: 2}}
	fmt.Printf("%v %+v\n", ps, ps[1])
}
