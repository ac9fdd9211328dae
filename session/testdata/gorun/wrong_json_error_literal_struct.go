package main

import (
	"encoding/json"
	"fmt"
)

// A field whose type is a struct literal: Go's error names no struct for
// it ("Go struct field .address.zip"), and the outer type for its own.
type Profile struct {
	Name    string `json:"name"`
	Address struct {
		Zip int `json:"zip"`
		Geo struct {
			Lat float64 `json:"lat"`
		} `json:"geo"`
	} `json:"address"`
	Age int `json:"age"`
}

func main() {
	for _, in := range []string{
		`{"address":{"zip":"12345"}}`,
		`{"address":{"geo":{"lat":"north"}}}`,
		`{"age":"old"}`,
	} {
		var p Profile
		fmt.Println(json.Unmarshal([]byte(in), &p))
	}
}
