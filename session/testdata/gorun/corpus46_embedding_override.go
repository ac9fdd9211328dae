package main

import (
	"fmt"
	"strings"
)

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a Animal) Sound() string { return "..." }

func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

// Sound shadows Animal.Sound.
func (d Dog) Sound() string { return "Woof" }

type Bird struct {
	*Animal
	CanFly bool
}

func (b Bird) Describe() string {
	base := b.Animal.Describe()
	if b.CanFly {
		return base + " and flies"
	}
	return base + " but cannot fly"
}

type Sounder interface{ Sound() string }
type Describer interface{ Describe() string }

type Logger struct {
	strings.Builder
	lines int
}

func (l *Logger) WriteString(s string) (int, error) {
	l.lines++
	return l.Builder.WriteString(fmt.Sprintf("%02d %s\n", l.lines, s))
}

func main() {
	d := Dog{Animal{"Rex", 4}, "beagle"}
	fmt.Println(d.Describe())
	fmt.Println(d.Sound(), d.Animal.Sound())
	d.Rename("Max")
	fmt.Println(d.Name, d.Animal.Name)

	b := Bird{&Animal{"Tweety", 2}, true}
	p := Bird{&Animal{"Pingu", 2}, false}
	fmt.Println(b.Describe())
	fmt.Println(p.Describe())
	p.Rename("Pingu II")
	fmt.Println(p.Name)

	things := []Sounder{d, d.Animal, b}
	for _, s := range things {
		fmt.Printf("%T: %s\n", s, s.Sound())
	}
	var ds []Describer = []Describer{d, b, &d}
	for _, x := range ds {
		fmt.Println(x.Describe())
	}

	var l Logger
	l.WriteString("first")
	l.WriteString("second")
	fmt.Print(l.String())
	fmt.Println("len:", l.Len())
	fmt.Printf("%+v\n", d)
}
