package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

// A helper that takes the target as an any hides the cell interface type
// from the cell's checks; json met the interpreter's box of it and
// decoded nothing without an error.

type Animal interface{ Sound() string }

type Dog struct{ Name string }

func (d Dog) Sound() string { return d.Name + " says woof" }

type Zoo struct {
	Keeper  string
	Animals []Animal
}

func load(data string, v any) error {
	return json.Unmarshal([]byte(data), v)
}

func decode(data string, v any) error {
	return json.NewDecoder(strings.NewReader(data)).Decode(v)
}

func main() {
	var a Animal
	err := load(`{"Name":"rex"}`, &a)
	fmt.Println(err, a == nil)
	var z Zoo
	err = decode(`{"Keeper":"kim","Animals":[{"Name":"fido"}]}`, &z)
	fmt.Println(err, z.Keeper, len(z.Animals))
	err = load(`{"Keeper":"lee","Animals":null}`, &z)
	fmt.Println(err, z.Keeper, z.Animals == nil)
}
