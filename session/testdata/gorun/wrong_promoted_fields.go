package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

// yaegi looked promoted fields up depth first and through named fields
// too: each selector below read another field than Go's, silently, or
// panicked on a nil pointer Go never follows.

type Person struct {
	Name string
	Age  int
}

type Employee struct {
	Boss *Person
	Person
	Title string
}

type Inner struct{ X int }
type Deep struct{ Inner }
type Shallow struct{ X int }

type Both struct {
	Deep
	Shallow
}

type Point struct{ X, Y int }

type Cfg struct {
	Name  string `json:"name"`
	Inner *Point `json:"inner,omitempty"`
	Point
}

// A library's method promoted from the shallower of two embedded
// strings.Builders: yaegi asks reflect, which gets it right, so the type
// is not refused.
type Buf struct{ strings.Builder }

type Twice struct {
	*Buf
	strings.Builder
}

func main() {
	boss := &Person{"Grace", 60}
	e := Employee{Boss: boss, Person: Person{"Alan", 41}, Title: "engineer"}
	fmt.Println(e.Name, e.Age, e.Boss.Name)
	e.Name = "Ada"
	e.Age++
	fmt.Println(e.Person, *e.Boss)

	loner := Employee{Person: Person{Name: "Solo"}}
	fmt.Println(loner.Name, loner.Boss == nil)

	p := &e
	p.Age = 30
	fmt.Println(p.Name, e.Age)

	b := Both{Deep{Inner{1}}, Shallow{2}}
	fmt.Println(b.X, b.Deep.X, b.Shallow.X)

	var c Cfg
	err := json.Unmarshal([]byte(`{"name":"svc","inner":{"X":1,"Y":2},"X":7}`), &c)
	fmt.Println(c.Name, *c.Inner, c.X, c.Y, err)
	var d Cfg
	_ = json.Unmarshal([]byte(`{"X":5}`), &d)
	fmt.Println(d.X, d.Inner == nil)

	tw := Twice{Buf: &Buf{}}
	tw.WriteString("outer")
	fmt.Printf("%q %q\n", tw.Builder.String(), tw.Buf.String())

	staff := []Employee{e, loner}
	for _, s := range staff {
		fmt.Printf("%s/%d ", s.Name, s.Age)
	}
	fmt.Println()
}
