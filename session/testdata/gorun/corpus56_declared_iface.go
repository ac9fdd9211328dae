package main

import (
	"fmt"
	"sort"
	"strings"
)

type Animal interface {
	Sound() string
	Name() string
}

type Dog struct{ name string }
type Cat struct {
	name  string
	lives int
}
type Robot struct {
	Model string
	Animal
}

func (d Dog) Sound() string  { return "woof" }
func (d Dog) Name() string   { return d.name }
func (c *Cat) Sound() string { return "meow" }
func (c *Cat) Name() string  { return c.name }

type Zoo struct {
	Animals []Animal
	ByName  map[string]Animal
}

func main() {
	z := Zoo{ByName: map[string]Animal{}}
	for _, a := range []Animal{Dog{"rex"}, &Cat{"tom", 9}, Robot{"R2", Dog{"k9"}}} {
		z.Animals = append(z.Animals, a)
		z.ByName[a.Name()] = a
	}
	for _, a := range z.Animals {
		fmt.Printf("%s says %s (%T) %v\n", a.Name(), a.Sound(), a, a)
	}
	fmt.Println(z.Animals[0], z.Animals[2])
	fmt.Printf("%+v\n", z.Animals[2])
	fmt.Printf("%#v\n", z.Animals[0])
	names := make([]string, 0, len(z.ByName))
	for n := range z.ByName {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println(strings.Join(names, " "))
	fmt.Println(z.ByName["rex"])
	fmt.Printf("%v\n", z.ByName["k9"])
	var a Animal
	fmt.Printf("%v %T\n", a, a)
	var zr Robot
	fmt.Printf("%v %+v\n", zr, zr)
	if c, ok := z.ByName["tom"].(*Cat); ok {
		c.lives--
		fmt.Println(c.lives, *c)
		fmt.Printf("%+v\n", *c)
	}
	sort.Slice(z.Animals, func(i, j int) bool { return z.Animals[i].Name() < z.Animals[j].Name() })
	for _, a := range z.Animals {
		fmt.Print(a.Name(), " ")
	}
	fmt.Println()
	fmt.Println(len(z.Animals), fmt.Sprintf("%T", z))
}
