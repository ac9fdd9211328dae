package main

import (
	"fmt"
	"strings"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) { l.lines = append(l.lines, l.prefix+msg) }

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a Animal) Sound() string    { return "..." }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "Woof" }

type Bird struct {
	Animal
	CanFly bool
}

type Service struct {
	*Logger
	Name string
}

type Walker interface{ Walk() string }
type Talker interface{ Talk() string }
type WalkTalker interface {
	Walker
	Talker
}

type Robot struct{ Model string }

func (r Robot) Walk() string { return r.Model + " walks" }
func (r Robot) Talk() string { return r.Model + " beeps" }

type Cyborg struct {
	Robot
	Human string
}

func (c Cyborg) Talk() string { return c.Human + " talks (and " + c.Robot.Talk() + ")" }

type Sounder interface{ Sound() string }

type ReadWriter struct {
	strings.Builder
	reads int
}

func main() {
	d := Dog{Animal{"Rex", 4}, "Lab"}
	fmt.Println(d.Name, d.Describe(), d.Sound(), d.Animal.Sound())
	b := Bird{Animal: Animal{Name: "Tweety", Legs: 2}, CanFly: true}
	fmt.Println(b.Describe(), b.Sound())
	for _, s := range []Sounder{d, b, d.Animal} {
		fmt.Print(s.Sound(), " ")
	}
	fmt.Println()
	fmt.Printf("%+v\n", d)
	svc := Service{&Logger{prefix: "[svc] "}, "api"}
	svc.Log("started")
	svc.Log("ready")
	fmt.Println(strings.Join(svc.lines, " | "))
	var wt WalkTalker = Cyborg{Robot{"R2"}, "Luke"}
	fmt.Println(wt.Walk(), "/", wt.Talk())
	var w Walker = wt
	fmt.Println(w.Walk())
	if t, ok := w.(Talker); ok {
		fmt.Println("also talks:", t.Talk())
	}
	var rw ReadWriter
	rw.WriteString("embedded builder")
	rw.reads++
	fmt.Println(rw.String(), rw.Len(), rw.reads)
	d2 := d
	d2.Name = "Max"
	fmt.Println(d.Name, d2.Name, d == d2, d.Animal == Animal{"Rex", 4})
}
