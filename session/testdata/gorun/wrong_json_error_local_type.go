package main

import (
	"encoding/json"
	"fmt"
)

// Struct types declared in a function, or written as a literal type of a
// variable: Go's error names the local type, and no struct for the
// literal; gogil cannot tell them apart and must not print a made-up name.
func main() {
	type Profile struct {
		Age  int `json:"age"`
		Addr struct {
			Zip int `json:"zip"`
		} `json:"addr"`
	}
	var p Profile
	fmt.Println(json.Unmarshal([]byte(`{"age":"x"}`), &p))
	fmt.Println(json.Unmarshal([]byte(`{"addr":{"zip":"x"}}`), &p))
	var q struct {
		N int `json:"n"`
	}
	fmt.Println(json.Unmarshal([]byte(`{"n":"x"}`), &q))
}
