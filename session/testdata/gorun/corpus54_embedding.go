package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d, %s)", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }
func (b Base) Hello() string    { return "hello from " + b.Describe() }

type Derived struct {
	Base
	Name string
}

func (d Derived) Describe() string { return "Derived(" + d.Name + ")" }

type Logger struct{ prefix string }

func (l Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

type Service struct {
	*Logger
	Base
}

func main() {
	d := Derived{Base: Base{1, "inner"}, Name: "outer"}
	fmt.Println(d.Name, d.Base.Name)
	fmt.Println(d.Describe())
	fmt.Println(d.Base.Describe())
	// Promoted method calls the embedded type's method, not the override.
	fmt.Println(d.Hello())

	d.Rename("renamed")
	fmt.Println(d.Name, d.Base.Name, d.ID)

	fmt.Printf("%v\n%+v\n", d, d)

	svc := Service{Logger: &Logger{"[svc] "}, Base: Base{ID: 2}}
	svc.Log("started")
	svc.Rename("svc")
	fmt.Println(svc.Describe())

	// Copying a struct with an embedded pointer shares it.
	svc2 := svc
	svc2.prefix = "[two] "
	svc.Log("shared logger")

	type Describer interface{ Describe() string }
	var ds []Describer = []Describer{d, d.Base, svc}
	for _, x := range ds {
		fmt.Println(x.Describe())
	}
}
