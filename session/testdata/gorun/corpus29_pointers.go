package main

import "fmt"

type Creature struct {
	Species string
}

func changeCreature(c *Creature) {
	c.Species = "jellyfish"
}

func changeCopy(c Creature) {
	c.Species = "copy"
}

func newInt(v int) *int {
	return &v
}

func reset(p *int) {
	if p == nil {
		fmt.Println("nil pointer, nothing to reset")
		return
	}
	*p = 0
}

func main() {
	var creature string = "shark"
	var pointer *string = &creature
	fmt.Println("creature =", creature)
	fmt.Println(pointer == &creature, *pointer)
	*pointer = "jellyfish"
	fmt.Println("creature =", creature)

	c := Creature{Species: "shark"}
	changeCopy(c)
	fmt.Printf("1) %+v\n", c)
	changeCreature(&c)
	fmt.Printf("2) %+v\n", c)

	var cp *Creature
	fmt.Println(cp == nil)
	cp = &Creature{"octopus"}
	fmt.Println(cp.Species, (*cp).Species)

	a := newInt(5)
	b := newInt(5)
	fmt.Println(*a == *b, a == b)
	reset(a)
	reset(nil)
	fmt.Println(*a)

	pp := &a
	**pp = 42
	fmt.Println(*a)

	x := 10
	ptrs := []*int{&x, &x}
	*ptrs[0]++
	fmt.Println(x, *ptrs[1])

	arr := [3]int{1, 2, 3}
	ap := &arr
	ap[1] = 20
	for i, v := range ap {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(len(ap))

	n := new(int)
	*n += 3
	fmt.Println(*n)
	s := new([]string)
	*s = append(*s, "hi")
	fmt.Println(*s, len(*s))
}
