package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string  { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b *Base) SetName(n string) { b.Name = n }
func (b Base) Hello() string     { return "hello from " + b.Name }

type Derived struct {
	Base
	Name string // shadows Base.Name
}

func (d Derived) Describe() string { return "Derived:" + d.Name + "/" + d.Base.Describe() }

type Logger struct{ prefix string }

func (l *Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

type Service struct {
	*Logger
	Base
}

type Describer interface{ Describe() string }

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
	Y int
}

func main() {
	d := Derived{Base: Base{ID: 1, Name: "inner"}, Name: "outer"}
	fmt.Println(d.Name, d.Base.Name, d.ID)
	fmt.Println(d.Describe())
	fmt.Println(d.Hello())
	d.SetName("renamed")
	fmt.Println(d.Name, d.Base.Name)

	var ds Describer = d
	fmt.Println(ds.Describe())
	ds = d.Base
	fmt.Println(ds.Describe())

	s := Service{Logger: &Logger{"[svc] "}, Base: Base{ID: 2, Name: "svc"}}
	s.Log("started")
	s.SetName("svc2")
	fmt.Println(s.Hello(), s.ID)
	fmt.Printf("%+v\n", d)

	c := C{A{1}, B{2}, 3}
	// c.X is ambiguous; must qualify
	fmt.Println(c.A.X, c.B.X, c.Y)
	fmt.Printf("%+v\n", c)

	s2 := s
	s2.Logger.prefix = "[shared] "
	s2.Base.Name = "copy"
	s.Log("after copy")
	fmt.Println(s.Name, s2.Name)

	var nilSvc Service
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		nilSvc.Log("x")
	}()
}
