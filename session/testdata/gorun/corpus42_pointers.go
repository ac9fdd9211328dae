package main

import "fmt"

type Creature struct {
	Species string
}

func changeCreature(c Creature) {
	c.Species = "jellyfish"
	fmt.Printf("inside changeCreature: %+v\n", c)
}

func changeCreaturePtr(c *Creature) {
	if c == nil {
		fmt.Println("creature is nil")
		return
	}
	c.Species = "jellyfish"
}

func newInt(v int) *int {
	return &v
}

func swap(a, b *int) {
	*a, *b = *b, *a
}

type Node struct {
	Val  int
	Next *Node
}

func main() {
	var creature string = "shark"
	var pointer *string = &creature
	fmt.Println("creature =", creature)
	fmt.Println("*pointer =", *pointer)
	*pointer = "jellyfish"
	fmt.Println("creature =", creature)
	fmt.Println(pointer == &creature)

	c := Creature{Species: "shark"}
	changeCreature(c)
	fmt.Printf("after value call: %+v\n", c)
	changeCreaturePtr(&c)
	fmt.Printf("after pointer call: %+v\n", c)
	changeCreaturePtr(nil)

	var p *int
	fmt.Println(p == nil, p)

	q := newInt(5)
	r := newInt(5)
	fmt.Println(*q == *r, q == r)

	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)

	// Pointer to pointer.
	n := 10
	pn := &n
	ppn := &pn
	**ppn = 20
	fmt.Println(n)

	// Pointers to struct fields and array elements.
	arr := [3]int{1, 2, 3}
	second := &arr[1]
	*second = 200
	fmt.Println(arr)
	field := &c.Species
	*field = "octopus"
	fmt.Println(c.Species)

	// A small linked list.
	var head *Node
	for i := 3; i >= 1; i-- {
		head = &Node{Val: i, Next: head}
	}
	for cur := head; cur != nil; cur = cur.Next {
		fmt.Print(cur.Val, "->")
	}
	fmt.Println("nil")

	// Pointers in a slice all pointing at distinct loop variables.
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, pp := range ptrs {
		fmt.Print(*pp, " ")
	}
	fmt.Println()

	// new allocates a zeroed value.
	s := new([]string)
	*s = append(*s, "appended")
	fmt.Println(*s, len(*s))
	fmt.Printf("%T %T\n", pointer, ppn)
}
