package main

import (
	"fmt"
	"time"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"Red", "Green", "Blue"}[c] }

// Pixel has an exported and an unexported Color: fmt can call String
// only on the exported one.
type Pixel struct {
	c Color
	C Color
}

type Base struct{ ID int }

func (b Base) String() string { return fmt.Sprintf("Base#%d", b.ID) }

// Derived embeds Base, so Base's String is promoted and hides Name.
type Derived struct {
	Base
	Name string
}

type PBase struct{ ID int }

func (b *PBase) String() string { return fmt.Sprintf("PBase#%d", b.ID) }

type ByPointer struct {
	*PBase
	Name string
}

type ByValue struct {
	PBase
	Name string
}

type Fragile struct{}

func (Fragile) String() string { panic("not ready") }

type Node struct{ n int }

func (p *Node) String() string {
	if p == nil {
		return "(empty node)"
	}
	return fmt.Sprintf("node %d", p.n)
}

type Timed struct {
	time.Duration
	Label string
}

type Bag map[string]int

func (b Bag) String() string { return fmt.Sprintf("Bag(%d items)", len(b)) }

type Path []string

func (p Path) String() string { return fmt.Sprintf("/%d segments", len(p)) }

func main() {
	fmt.Println(Pixel{Blue, Green})
	fmt.Printf("%+v %#v\n", Pixel{Blue, Green}, Pixel{Blue, Green})

	d := Derived{Base{3}, "hidden"}
	fmt.Println(d)
	fmt.Printf("%+v | %s | name=%s\n", d, d, d.Name)

	fmt.Println(ByPointer{&PBase{4}, "y"})
	bv := ByValue{PBase{5}, "z"}
	fmt.Println(bv)
	fmt.Println(&bv)

	fmt.Println(Fragile{})
	fmt.Printf("[%s] [%d]\n", Fragile{}, Fragile{})

	var np *Node
	fmt.Println(np, &Node{2})
	var nb *Base
	fmt.Println(nb)
	fmt.Println([]*Node{{1}, nil, {3}})

	fmt.Println(Timed{90 * time.Second, "lap"})
	fmt.Printf("%v %+v\n", Timed{1500 * time.Millisecond, "x"}.Duration, Timed{2 * time.Minute, "y"})

	fmt.Println(Bag{"a": 1}, Path{"usr", "bin"}, []Path{{"x"}}, map[string]Bag{"k": nil})
	fmt.Printf("%v %d %q\n", Path{"a", "b"}, Bag{"z": 26}, Path{"q"})

	type local struct{ C Color }
	fmt.Println(local{Green}, []local{{Blue}})
	fmt.Println(struct {
		c Color
		b Base
		D Base
	}{Green, Base{2}, Base{9}})
}
