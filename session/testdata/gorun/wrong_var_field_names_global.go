package main

import "fmt"

// In a cell, main's variables are globals; the interpreter took a field
// name of a package-level var's initializer (a struct type's field, a
// keyed literal's key) for a read of the global of that name, and failed
// with "variable definition loop".
var units = []struct {
	name string
	size int
}{{"KB", 1 << 10}, {"MB", 1 << 20}}

type limit struct {
	lo, hi int
}

var bounds = limit{lo: 1, hi: 9}

func describe(n int) string {
	for i := len(units) - 1; i >= 0; i-- {
		if n >= units[i].size {
			return fmt.Sprintf("%d%s", n/units[i].size, units[i].name)
		}
	}
	return fmt.Sprint(n, "B")
}

func main() {
	name := "sizes"
	size := 3 << 20
	lo, hi := 0, 100
	fmt.Println(name, describe(size), describe(2048), describe(12))
	fmt.Println(bounds, lo, hi, units)
}
