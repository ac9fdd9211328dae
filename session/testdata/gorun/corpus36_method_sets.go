package main

import "fmt"

type Speaker interface{ Speak() string }

type Dog struct{ name string }

func (d Dog) Speak() string { return d.name + " says woof" }

type Cat struct{ name string }

func (c *Cat) Speak() string { return c.name + " says meow" }

func (c *Cat) Rename(n string) { c.name = n }
func (d Dog) Rename(n string)  { d.name = n }

func describe(s Speaker) {
	fmt.Printf("%T: %s\n", s, s.Speak())
}

type Renamer interface{ Rename(string) }

func main() {
	d := Dog{"rex"}
	c := Cat{"tom"}
	describe(d)
	describe(&d)
	describe(&c)
	// describe(c) would not compile: Speak has a pointer receiver.

	var r Renamer = d
	r.Rename("max")
	fmt.Println("dog after rename via interface:", d.name)
	d.Rename("max")
	fmt.Println("dog after direct rename:", d.name)
	r = &c
	r.Rename("felix")
	fmt.Println("cat:", c.name)
	c.Rename("garfield") // addressable: (&c).Rename
	fmt.Println("cat:", c.name)

	var _ Speaker = (*Dog)(nil)
	var _ Speaker = (*Cat)(nil)

	dogs := []Dog{{"a"}, {"b"}}
	for _, x := range dogs {
		x.name = "changed"
	}
	fmt.Println(dogs)
	cats := []Cat{{"a"}, {"b"}}
	for i := range cats {
		cats[i].Rename(fmt.Sprint("cat", i))
	}
	fmt.Println(cats)

	m := map[string]Dog{"k": {"kd"}}
	fmt.Println(m["k"].Speak())

	var sp Speaker = &Dog{"ptr"}
	if dd, ok := sp.(*Dog); ok {
		dd.name = "ptr2"
		fmt.Println(sp.Speak())
	}
	_, isDog := sp.(Dog)
	fmt.Println("sp holds Dog value:", isDog)
}
