package main

import (
	"encoding/json"
	"fmt"
)

// Explicit instances of generic functions whose type arguments are
// instances of generic types, met nowhere before.

type Page[T any] struct {
	Items []T `json:"items"`
	Total int `json:"total"`
}

type Box[T any] struct{ V T }

func Decode[T any](raw string) (T, error) {
	var v T
	err := json.Unmarshal([]byte(raw), &v)
	return v, err
}

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	p, err := Decode[Page[string]](`{"items":["a","b"],"total":2}`)
	fmt.Printf("%+v %v\n", p, err)
	m, err := Decode[map[string]Page[int]](`{"x":{"items":[1],"total":1}}`)
	fmt.Printf("%+v %v\n", m["x"], err)
	fmt.Printf("%+v %+v\n", Zero[Box[float64]](), Zero[[]Box[bool]]() == nil)
}
