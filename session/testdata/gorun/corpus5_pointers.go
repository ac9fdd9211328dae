package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func zeroVal(v int)  { v = 0 }
func zeroPtr(p *int) { *p = 0 }

func swap(a, b *int) { *a, *b = *b, *a }

func newInt(v int) *int { return &v }

func fill(arr *[4]int) {
	for i := range arr {
		arr[i] = i * i
	}
}

func main() {
	x := 5
	p := &x
	fmt.Println(*p, p == &x)
	zeroVal(x)
	fmt.Println(x)
	zeroPtr(&x)
	fmt.Println(x)
	a, b := 1, 2
	swap(&a, &b)
	fmt.Println(a, b)
	q := new(int)
	*q += 7
	fmt.Println(*q)
	r := newInt(3)
	s := newInt(3)
	fmt.Println(*r == *s, r == s)
	var arr [4]int
	fill(&arr)
	fmt.Println(arr)
	pa := &arr
	pa[0] = 100
	fmt.Println(arr[0], len(pa))
	for i, v := range pa {
		if i == 1 {
			fmt.Println("range ptr array", v)
		}
	}
	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	pp := &p
	**pp = 42
	fmt.Println(x)
	var np *Node
	fmt.Println(np == nil)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(np.Val)
}
