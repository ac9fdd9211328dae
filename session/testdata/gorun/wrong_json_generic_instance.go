package main

import (
	"encoding/json"
	"fmt"
)

type Box[T any] struct {
	V T `json:"v"`
}

// An instance of a generic cell type made in a generic function (Box[T])
// has no registration: its json error must end in a gap, not name no
// struct as a struct literal type's does.
func decode[T any](data string) error {
	var b Box[T]
	return json.Unmarshal([]byte(data), &b)
}

type Pair[K comparable, V any] struct {
	Key K `json:"key"`
	Val V `json:"val"`
}

func main() {
	var b Box[int]
	fmt.Println(json.Unmarshal([]byte(`{"v":"x"}`), &b))
	fmt.Println(decode[string](`{"v":1}`))
	fmt.Println(decode[bool](`{"v":1}`))
	var ps []Pair[string, float64]
	fmt.Println(json.Unmarshal([]byte(`[{"key":"a","val":"z"}]`), &ps))
}
