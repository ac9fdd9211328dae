package main

import "fmt"

func show(name string, s []int) {
	fmt.Printf("%s len=%d cap=%d %v\n", name, len(s), cap(s), s)
}

func main() {
	var s []int
	show("nil", s)
	fmt.Println("nil?", s == nil)
	prev := -1
	for i := 0; i < 20; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Printf("after %d appends cap=%d\n", i+1, cap(s))
			prev = cap(s)
		}
	}

	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	show("a", a)
	show("b", b)
	show("c", c)
	fmt.Println("b[3] overwritten by c:", b[3])

	d := []int{1, 2, 3}
	e := append(d, 4)
	e[0] = 100
	show("d", d)
	show("e", e)

	f := d[:2]
	f = append(f, 99)
	show("d after append to f", d)
	show("f", f)

	g := d[1:2]
	show("g", g)
	g = g[:cap(g)]
	show("g extended", g)

	h := make([]int, 0)
	fmt.Println("empty not nil:", h != nil, len(h), cap(h))
	var z []string
	z = append(z, "x")
	show2 := fmt.Sprintf("%q %d", z, len(z))
	fmt.Println(show2)
}
