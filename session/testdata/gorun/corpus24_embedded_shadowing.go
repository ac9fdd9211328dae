package main

import "fmt"

type Logger struct{ prefix string }

func (l Logger) Log(msg string) { fmt.Println(l.prefix + msg) }
func (l Logger) Name() string   { return "logger" }

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d, %s)", b.ID, b.Name) }
func (b Base) Hello() string    { return "hello from " + b.Describe() }

type Service struct {
	Base
	Logger
	Name string // shadows Base.Name
}

// Describe shadows Base.Describe, but Base.Hello still calls Base.Describe.
func (s Service) Describe() string { return "Service " + s.Name }

type Describer interface{ Describe() string }

func main() {
	s := Service{
		Base:   Base{ID: 1, Name: "base-name"},
		Logger: Logger{prefix: "[svc] "},
		Name:   "svc-name",
	}
	fmt.Println(s.Name, s.Base.Name, s.ID)
	fmt.Println(s.Describe())
	fmt.Println(s.Base.Describe())
	fmt.Println(s.Hello())
	s.Log("started")
	fmt.Println(s.Logger.Name())

	var d Describer = s
	fmt.Println(d.Describe())
	d = s.Base
	fmt.Println(d.Describe())

	fmt.Printf("%+v\n", s)

	s.ID = 7
	s.Base.ID++
	fmt.Println(s.ID)

	type Inner struct{ V int }
	type Outer struct {
		*Inner
		W int
	}
	o := Outer{Inner: &Inner{V: 1}, W: 2}
	o.V = 10
	fmt.Println(o.Inner.V, o.W)
	o2 := o
	o2.V = 20
	fmt.Println(o.V, o2.V)
}
