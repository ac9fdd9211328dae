package main

import (
	"encoding/json"
	"fmt"
)

// encoding/json names the struct of a field it could not fill: here an
// instance of a generic struct type, which gogil printed as "?".

type Envelope[T any] struct {
	Data T `json:"data"`
}

func Decode[T any](raw string) (T, error) {
	var v T
	err := json.Unmarshal([]byte(raw), &v)
	return v, err
}

var keep Envelope[int]

func main() {
	v, err := Decode[Envelope[int]](`{"data":7}`)
	fmt.Println(v.Data, err)
	_, err = Decode[Envelope[int]](`{"data":"nope"}`)
	fmt.Println(err)
}
