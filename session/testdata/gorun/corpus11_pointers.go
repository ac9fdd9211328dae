package main

import "fmt"

func zeroval(ival int) {
	ival = 0
}

func zeroptr(iptr *int) {
	*iptr = 0
}

type node struct {
	val  int
	next *node
}

func swap(a, b *string) { *a, *b = *b, *a }

func main() {
	i := 1
	fmt.Println("initial:", i)
	zeroval(i)
	fmt.Println("zeroval:", i)
	zeroptr(&i)
	fmt.Println("zeroptr:", i)
	fmt.Println("pointer nil:", &i == nil)
	p := new(int)
	*p = 42
	fmt.Println(*p)
	var head *node
	for _, v := range []int{3, 2, 1} {
		head = &node{v, head}
	}
	for n := head; n != nil; n = n.next {
		fmt.Print(n.val, " ")
	}
	fmt.Println()
	x, y := "left", "right"
	swap(&x, &y)
	fmt.Println(x, y)
	pp := &p
	**pp = 7
	fmt.Println(*p, p == *pp)
	type pt struct{ X, Y int }
	q := &pt{1, 2}
	q.X = 10
	fmt.Println(*q, q.Y)
	fmt.Printf("%v %+v\n", q, q)
	var np *pt
	fmt.Println(np == nil, np)
}
