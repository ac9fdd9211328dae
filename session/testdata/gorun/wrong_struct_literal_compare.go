package main

import "fmt"

type Point struct{ X, Y int }

type Config struct {
	Name string `json:"name"`
	Port int    `json:"port"`
}

// Go compares a value of a struct literal type with one of a declared
// struct type of the same fields (each is assignable to the other); the
// interpreter wanted one type on both sides.
func main() {
	p := Point{1, 2}
	anon := struct{ X, Y int }{1, 2}
	fmt.Println(p == anon, anon == p, anon != p, p != struct{ X, Y int }{2, 1})
	cfg := Config{"api", 80}
	def := struct {
		Name string `json:"name"`
		Port int    `json:"port"`
	}{"api", 80}
	if cfg == def {
		fmt.Println("default config")
	}
	// Printing one is fine: fmt is handed its own type.
	fmt.Printf("%T\n%T\n%+v\n", cfg, def, def)
	var q Point = anon
	anon = Point{5, 6}
	fmt.Println(q, anon)
}
