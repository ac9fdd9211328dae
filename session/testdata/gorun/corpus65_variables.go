package main

import "fmt"

func main() {
	var name string = "Gopher"
	var age int = 13
	var height = 1.75
	city := "Mountain View"
	var isCool bool

	fmt.Println("Name:", name)
	fmt.Println("Age:", age)
	fmt.Println("Height:", height)
	fmt.Println("City:", city)
	fmt.Println("Cool?", isCool)

	var a, b, c = 1, "two", 3.0
	fmt.Println(a, b, c)

	var (
		x int
		y float64
		z string
		p *int
	)
	fmt.Printf("zero values: %d %v %q %v\n", x, y, z, p)

	x, a = a, x
	fmt.Println("swapped:", x, a)

	const pi = 3.14159
	radius := 2.5
	area := pi * radius * radius
	fmt.Printf("Area of circle with radius %.1f is %.3f\n", radius, area)

	fmt.Printf("%T %T %T %T\n", name, age, height, isCool)
	var r rune = 'G'
	var by byte = 'o'
	fmt.Println(r, by, string(r), string(by))
	fmt.Printf("%c%c\n", r, by)

	i := 42
	f := float64(i) / 5
	u := uint(f)
	fmt.Println(i, f, u)
}
