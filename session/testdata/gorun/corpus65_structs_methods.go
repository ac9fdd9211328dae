package main

import (
	"fmt"
	"math"
)

type Rectangle struct {
	Width, Height float64
}

func (r Rectangle) Area() float64      { return r.Width * r.Height }
func (r Rectangle) Perimeter() float64 { return 2 * (r.Width + r.Height) }
func (r *Rectangle) Scale(f float64) {
	r.Width *= f
	r.Height *= f
}

type Circle struct {
	Radius float64
}

func (c Circle) Area() float64 { return math.Pi * c.Radius * c.Radius }

type Person struct {
	Name    string
	Age     int
	Address Address
}

type Address struct {
	Street, City string
}

func (p Person) Greet() string {
	return fmt.Sprintf("Hello, my name is %s and I am %d years old.", p.Name, p.Age)
}

func (p *Person) Birthday() { p.Age++ }

type Shape interface {
	Area() float64
}

func main() {
	r := Rectangle{Width: 3, Height: 4}
	fmt.Println("Area:", r.Area())
	fmt.Println("Perimeter:", r.Perimeter())
	r.Scale(2)
	fmt.Printf("%+v\n", r)
	fmt.Printf("%v\n", r)

	p := Person{Name: "Alice", Age: 30, Address: Address{"1 Main St", "Springfield"}}
	fmt.Println(p.Greet())
	p.Birthday()
	fmt.Println(p.Age)
	fmt.Printf("%+v\n", p)
	fmt.Println(p.Address.City)

	pp := &p
	pp.Name = "Alicia"
	fmt.Println(p.Name)

	shapes := []Shape{Rectangle{2, 5}, Circle{1}, &Rectangle{1, 1}}
	for _, s := range shapes {
		fmt.Printf("%T area %.2f\n", s, s.Area())
	}

	anon := struct {
		X, Y int
	}{3, 4}
	fmt.Println(anon, anon.X+anon.Y)
	fmt.Printf("%#v\n", r)
	var empty Person
	fmt.Printf("%q %d\n", empty.Name, empty.Age)
	fmt.Println(r == Rectangle{6, 8})
}
