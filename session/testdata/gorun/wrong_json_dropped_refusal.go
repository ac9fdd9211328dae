package main

import (
	"encoding/json"
	"fmt"
)

// gogil cannot encode a type that refers to itself through a struct with
// an embedded field; it returned that as json.Marshal's error, which a
// cell that drops the error (as most examples do) never showed: it
// printed an empty line, silently. The refusal now ends the cell.

type Person struct {
	Name string `json:"name"`
}

type Node struct {
	Left, Right *Node
	Person
}

func main() {
	n := Node{Left: &Node{Person: Person{Name: "l"}}, Person: Person{Name: "root"}}
	b, _ := json.Marshal(n)
	fmt.Println(string(b))
}
