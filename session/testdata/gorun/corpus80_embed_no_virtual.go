package main

import (
	"fmt"
	"strings"
)

// Animal is the "base class" of a classic inheritance tutorial.
type Animal struct {
	Name string
	Legs int
}

func (a Animal) Sound() string { return "..." }

// Describe calls Sound on the Animal: Go has no virtual dispatch, so an
// embedding type's Sound is never called from here.
func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs and says %q", a.Name, a.Legs, a.Sound())
}

func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "woof" }

// Describe "overrides" and calls the embedded one explicitly.
func (d Dog) Describe() string {
	return d.Animal.Describe() + " (really: " + d.Sound() + ", a " + d.Breed + ")"
}

type Puppy struct {
	Dog
	AgeWeeks int
}

func (p Puppy) Sound() string { return strings.Repeat("yip ", 2)[:7] }

// Speaker is what a template method needs to get dynamic dispatch.
type Speaker interface{ Sound() string }

func Announce(s Speaker) string { return "-> " + s.Sound() }

func main() {
	a := Animal{Name: "generic", Legs: 4}
	d := Dog{Animal: Animal{"Rex", 4}, Breed: "beagle"}
	p := Puppy{Dog: Dog{Animal{"Bit", 4}, "pug"}, AgeWeeks: 9}

	fmt.Println(a.Describe())
	fmt.Println(d.Describe())
	fmt.Println(p.Describe()) // promoted from Dog, which calls Dog.Sound
	fmt.Println(p.Dog.Animal.Describe())
	fmt.Println(p.Sound(), "|", p.Dog.Sound(), "|", p.Animal.Sound())

	// Promoted fields at depth two.
	fmt.Println(p.Name, p.Legs, p.Breed, p.AgeWeeks)

	// Pointer method promoted through two levels on an addressable value.
	p.Rename("Bitsy")
	fmt.Println(p.Name, p.Dog.Name, p.Dog.Animal.Name)

	// Copies do not share the embedded value.
	q := p
	q.Rename("Other")
	fmt.Println(p.Name, q.Name)

	for _, s := range []Speaker{a, d, p, &p, p.Dog, p.Animal} {
		fmt.Printf("%-8T %s\n", s, Announce(s))
	}

	// Method values and expressions of promoted methods.
	f := p.Describe
	p.Rename("Changed")
	fmt.Println(f())
	g := Puppy.Sound
	h := (*Puppy).Describe
	fmt.Println(g(p), "/", h(&p))
	k := Dog.Describe
	fmt.Println(k(p.Dog))

	fmt.Printf("%v\n%+v\n", p, d)
}
