package main

import "fmt"

// Count has methods; a plain int in an any is not a Count.
type Count int

func (c Count) Kind() string { return "count" }

func main() {
	var c any = Count(3)
	if k, ok := c.(interface{ Kind() string }); ok {
		fmt.Println("kind:", k.Kind())
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	var a any = 5
	_ = a.(fmt.Stringer) // Go: int is not fmt.Stringer
}
