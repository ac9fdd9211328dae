package main

import (
	"fmt"
	"strings"
)

type Animal interface {
	Name() string
	Sound() string
}

type Mover interface {
	Move() string
}

type Dog struct{ name string }
type Cat struct{ name string }
type Fish struct{ name string }

func (d Dog) Name() string  { return d.name }
func (d Dog) Sound() string { return "Woof" }
func (d Dog) Move() string  { return "runs" }

func (c Cat) Name() string  { return c.name }
func (c Cat) Sound() string { return "Meow" }
func (c Cat) Move() string  { return "sneaks" }

func (f Fish) Name() string  { return f.name }
func (f Fish) Sound() string { return "..." }

func speak(a Animal) string {
	return fmt.Sprintf("%s says %s", a.Name(), a.Sound())
}

func main() {
	zoo := []Animal{Dog{"Rex"}, Cat{"Tom"}, Fish{"Nemo"}, Dog{"Fido"}}
	for _, a := range zoo {
		fmt.Println(speak(a))
		if m, ok := a.(Mover); ok {
			fmt.Printf("  %s %s\n", a.Name(), m.Move())
		} else {
			fmt.Printf("  %s cannot move on land\n", a.Name())
		}
	}

	counts := map[string]int{}
	for _, a := range zoo {
		counts[fmt.Sprintf("%T", a)]++
	}
	fmt.Println(counts)

	var names []string
	for _, a := range zoo {
		names = append(names, strings.ToUpper(a.Name()))
	}
	fmt.Println(strings.Join(names, ", "))

	var a Animal
	fmt.Println(a == nil, a)
	a = Cat{"Felix"}
	fmt.Printf("%v %+v %#v\n", a, a, a)
}
