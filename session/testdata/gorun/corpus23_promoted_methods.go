package main

import (
	"fmt"
	"strings"
)

type Animal struct{ Name string }

func (a Animal) Describe() string { return "animal " + a.Name }
func (a *Animal) Rename(n string) { a.Name = n }

type Legs struct{ Count int }

func (l *Legs) Add(n int) { l.Count += n }

type Dog struct {
	*Animal
	Legs
	Breed string
}

func (d Dog) Describe() string { return "dog " + d.Name + " (" + d.Animal.Describe() + ")" }

type Describer interface{ Describe() string }

type Logger struct {
	strings.Builder
	lines int
}

func (l *Logger) Log(s string) {
	l.lines++
	l.WriteString(s)
	l.WriteByte('\n')
}

func main() {
	d := Dog{Animal: &Animal{"rex"}, Breed: "lab"}
	d.Rename("max")
	d.Add(4)
	fmt.Println(d.Name, d.Count, d.Describe())
	var ds Describer = d
	fmt.Println(ds.Describe())
	ds = d.Animal
	fmt.Println(ds.Describe())
	cp := d
	cp.Rename("shared")
	cp.Legs.Count = 3
	fmt.Println(d.Name, d.Count, cp.Count)

	var lg Logger
	lg.Log("one")
	lg.Log("two")
	fmt.Print(lg.String())
	fmt.Println(lg.lines, lg.Len())

	anon := struct {
		Animal
		Age int
	}{Animal{"cat"}, 3}
	anon.Rename("kitty")
	fmt.Println(anon.Describe(), anon.Age)
	fmt.Printf("%+v\n", anon)
}
