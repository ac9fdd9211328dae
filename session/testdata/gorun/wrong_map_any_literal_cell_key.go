package main

import "fmt"

// A map literal of an empty-interface key type with a key of a type with
// methods the program declares: the interpreter kept the key in its box,
// which an index of the map did not find ("" where Go prints tree).
// Refused, naming the feature.

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	grid := map[any]string{Point{1, 2}: "tree", "origin": "home"}
	fmt.Println(grid[Point{1, 2}], grid["origin"], len(grid))
}
