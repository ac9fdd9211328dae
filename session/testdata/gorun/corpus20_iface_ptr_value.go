package main

import "fmt"

type Counter interface {
	Inc()
	Get() int
}

type PtrCounter struct{ n int }

func (c *PtrCounter) Inc()     { c.n++ }
func (c *PtrCounter) Get() int { return c.n }

type ValCounter struct{ n int }

func (c ValCounter) Inc()     { c.n++ }
func (c ValCounter) Get() int { return c.n }

type Animal interface{ Sound() string }
type Dog struct{ name string }

func (d Dog) Sound() string { return d.name + " says woof" }

func bump(c Counter, times int) {
	for i := 0; i < times; i++ {
		c.Inc()
	}
}

func main() {
	pc := &PtrCounter{}
	bump(pc, 3)
	fmt.Println("ptr counter:", pc.Get())

	vc := ValCounter{}
	bump(vc, 3)
	fmt.Println("val counter:", vc.Get())
	bump(&vc, 3)
	fmt.Println("val counter via ptr:", vc.Get())

	d := Dog{"rex"}
	var a Animal = d
	d.name = "max"
	fmt.Println(a.Sound())
	var ap Animal = &d
	d.name = "fido"
	fmt.Println(ap.Sound())

	var p *PtrCounter
	var c Counter = p
	fmt.Println("c == nil:", c == nil, "p == nil:", p == nil)
	fmt.Printf("%v %T\n", c, c)
	var c2 Counter
	fmt.Printf("%v %T\n", c2, c2)

	animals := []Animal{Dog{"a"}, &Dog{"b"}}
	for _, an := range animals {
		switch v := an.(type) {
		case Dog:
			fmt.Println("value", v.name)
		case *Dog:
			fmt.Println("pointer", v.name)
		}
	}

	x := Dog{"same"}
	y := Dog{"same"}
	var ia, ib Animal = x, y
	fmt.Println(ia == ib, Animal(&x) == Animal(&y))
}
