package main

import "fmt"

type Animal interface {
	Name() string
	Sound() string
}

type Base struct{ name string }

func (b Base) Name() string  { return b.name }
func (b Base) Sound() string { return "..." }
func (b Base) Describe() string {
	return b.Name() + " says " + b.Sound()
}

type Dog struct {
	Base
	breed string
}

func (d Dog) Sound() string { return "Woof" }

type Puppy struct {
	*Dog
	age int
}

func (p Puppy) Sound() string { return "Yip (" + p.Dog.Sound() + ")" }

func describe(a Animal) string {
	return fmt.Sprintf("%s: %s", a.Name(), a.Sound())
}

type Logger struct{ prefix string }

func (l *Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

type Service struct {
	*Logger
	Name string
}

func main() {
	d := Dog{Base{"Rex"}, "lab"}
	p := Puppy{&Dog{Base{"Bit"}, "pug"}, 1}
	animals := []Animal{Base{"Thing"}, d, p}
	for _, a := range animals {
		fmt.Println(describe(a))
	}
	fmt.Println(d.Describe())
	fmt.Println(p.Describe())
	p.name = "Byte"
	fmt.Println(p.Name(), p.Dog.Base.name, p.breed)
	s := Service{&Logger{"[svc] "}, "api"}
	s.Log("started " + s.Name)
	f := s.Log
	s.Logger = &Logger{"[new] "}
	f("method value keeps old receiver")
	s.Log("now new")
	g := (*Logger).Log
	g(s.Logger, "method expression")
	fmt.Printf("%+v\n", d)
}
