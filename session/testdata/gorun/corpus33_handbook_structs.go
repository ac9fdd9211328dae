// Structs, embedding, methods, and Stringer in a handbook-style walk.
package main

import (
	"fmt"
	"strings"
)

type Address struct {
	City, Country string
}

type Person struct {
	Name string
	Age  int
	Address
	tags []string
}

func (p Person) Greeting() string {
	return "Hi, I'm " + p.Name + " from " + p.City
}

func (p *Person) Birthday() {
	p.Age++
}

func (p *Person) Tag(t ...string) *Person {
	p.tags = append(p.tags, t...)
	return p
}

func (p Person) String() string {
	return fmt.Sprintf("%s (%d) [%s]", p.Name, p.Age, strings.Join(p.tags, ","))
}

type Employee struct {
	Person
	Company string
	Salary  float64
}

func (e Employee) Greeting() string {
	return e.Person.Greeting() + ", working at " + e.Company
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64     { return r.W * r.H }
func (r *Rect) Scale(k float64)  { r.W *= k; r.H *= k }
func NewRect(w, h float64) *Rect { return &Rect{W: w, H: h} }

func main() {
	alice := Person{Name: "Alice", Age: 30, Address: Address{"Paris", "France"}}
	fmt.Println(alice.Greeting())
	alice.Birthday()
	alice.Tag("admin", "ops").Tag("oncall")
	fmt.Println(alice)
	fmt.Printf("%v\n", alice)
	fmt.Printf("%+v\n", alice.Address)
	fmt.Printf("%T %T\n", alice, alice.Address)

	bob := Employee{
		Person:  Person{Name: "Bob", Age: 45, Address: Address{City: "Berlin"}},
		Company: "Acme",
		Salary:  5000,
	}
	fmt.Println(bob.Greeting())
	fmt.Println(bob.Name, bob.City, bob.Person.Age)
	bob.Birthday()
	fmt.Println(bob.Age)
	fmt.Println(bob)

	// Anonymous structs.
	point := struct {
		X, Y int
	}{3, 4}
	fmt.Printf("%v %+v\n", point, point)

	// Comparable structs.
	a1 := Address{"Rome", "Italy"}
	a2 := Address{"Rome", "Italy"}
	fmt.Println(a1 == a2, a1 != Address{})

	// Pointer receivers through values that are addressable.
	r := Rect{2, 3}
	r.Scale(2)
	fmt.Println(r, r.Area())
	rp := NewRect(1, 1)
	rp.Scale(5)
	fmt.Println(*rp, rp.Area())

	// Slice of structs, modified by index.
	people := []Person{
		{Name: "C", Age: 1},
		{Name: "D", Age: 2},
	}
	for i := range people {
		people[i].Age *= 10
	}
	for _, p := range people {
		p.Age = 0 // copy, no effect
	}
	fmt.Println(people)

	// Map of struct pointers.
	byName := map[string]*Person{}
	for i := range people {
		byName[people[i].Name] = &people[i]
	}
	byName["C"].Birthday()
	fmt.Println(people[0].Age)

	// Method values and expressions.
	greet := alice.Greeting
	alice.Name = "Changed"
	fmt.Println(greet())
	area := Rect.Area
	fmt.Println(area(Rect{5, 5}))
}
