package main

import (
	"fmt"
	"strings"
)

type Namer interface{ Name() string }

type Greeter interface {
	Namer
	Greet() string
}

type Base struct{ name string }

func (b Base) Name() string     { return b.name }
func (b *Base) Rename(n string) { b.name = n }

type English struct {
	Base
	formal bool
}

func (e English) Greet() string {
	if e.formal {
		return "Good day, " + e.Name()
	}
	return "Hi, " + e.Name()
}

type French struct {
	*Base
}

func (f French) Greet() string { return "Bonjour, " + f.Name() }

type Loud struct {
	Greeter
}

func (l Loud) Greet() string { return strings.ToUpper(l.Greeter.Greet()) + "!" }

func main() {
	e := English{Base{"Ann"}, false}
	f := French{&Base{"Luc"}}
	gs := []Greeter{e, f, Loud{e}, Loud{f}, &English{Base: Base{"Bo"}, formal: true}}
	for i, g := range gs {
		fmt.Println(i, g.Greet(), g.Name())
	}
	e.Rename("Anna")
	f.Rename("Lucien")
	fmt.Println(e.Greet(), f.Greet())
	fmt.Println(gs[0].Greet(), gs[1].Greet())
	var n Namer = gs[2]
	fmt.Println(n.Name())
	if g, ok := n.(Greeter); ok {
		fmt.Println("also greeter:", g.Greet())
	}
	_, isEng := n.(English)
	fmt.Println("english?", isEng)
	fmt.Println(e.Base.name, e.name, f.Base.name)
}
