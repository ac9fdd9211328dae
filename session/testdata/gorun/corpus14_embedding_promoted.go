package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }
func (b Base) Kind() string     { return "base" }

type Derived struct {
	Base
	Name  string
	Extra int
}

func (d Derived) Kind() string { return "derived/" + d.Base.Kind() }

type WithPtr struct {
	*Base
	Level int
}

type Describer interface{ Describe() string }
type Renamer interface{ Rename(string) }

func main() {
	d := Derived{Base: Base{ID: 1, Name: "inner"}, Name: "outer", Extra: 3}
	fmt.Println(d.Name, d.Base.Name, d.ID)
	fmt.Println(d.Describe(), d.Kind())
	d.Rename("renamed")
	fmt.Println(d.Name, d.Base.Name)
	fmt.Printf("%v\n%+v\n", d, d)

	var ds Describer = d
	fmt.Println(ds.Describe())
	var r Renamer = &d
	r.Rename("via iface")
	fmt.Println(d.Base.Name)
	_, ok := ds.(Renamer)
	fmt.Println("value derived is Renamer:", ok)

	shared := &Base{ID: 2, Name: "shared"}
	w1 := WithPtr{Base: shared, Level: 1}
	w2 := WithPtr{Base: shared, Level: 2}
	w1.Rename("both")
	fmt.Println(w1.Name, w2.Name, w2.Describe())
	var r2 Renamer = w2
	r2.Rename("value w2 renames too")
	fmt.Println(shared.Name)
	fmt.Printf("%+v\n", *w1.Base)

	copyD := d
	copyD.Base.ID = 99
	fmt.Println(d.ID, copyD.ID)
	copyW := w1
	copyW.ID = 77
	fmt.Println(w1.ID, shared.ID)
}
