package main

import (
	"fmt"
	"strings"
)

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) Sound() string    { return "..." }

type Dog struct {
	Animal
	Name  string // shadows Animal.Name
	Breed string
}

func (d Dog) Sound() string { return "Woof" }

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string) { l.lines = append(l.lines, l.prefix+s) }

type Service struct {
	*Logger
	Name string
}

type Sounder interface{ Sound() string }

func main() {
	d := Dog{Animal{"generic", 4}, "Rex", "lab"}
	fmt.Println(d.Name, d.Animal.Name, d.Legs)
	fmt.Println(d.Describe())
	d.Rename("renamed")
	fmt.Println(d.Name, d.Animal.Name)
	fmt.Println(d.Sound(), d.Animal.Sound())

	var s Sounder = d
	fmt.Println(s.Sound())
	s = &d
	fmt.Println(s.Sound())
	s = d.Animal
	fmt.Println(s.Sound())

	svc := Service{&Logger{prefix: "[svc] "}, "api"}
	svc.Log("start")
	svc.Log("stop")
	fmt.Println(strings.Join(svc.lines, "|"))

	f := d.Describe
	d.Legs = 3
	fmt.Println(f())
	g := (*Animal).Rename
	g(&d.Animal, "via method expr")
	fmt.Println(d.Animal.Name)
	h := Animal.Describe
	fmt.Println(h(Animal{"cat", 4}))
	fmt.Printf("%+v\n", d)
}
