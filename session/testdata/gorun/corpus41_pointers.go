package main

import "fmt"

func zeroval(ival int) {
	ival = 0
}

func zeroptr(iptr *int) {
	*iptr = 0
}

type counter struct {
	n int
}

func bump(c *counter) { c.n++ }

func swap(a, b *string) { *a, *b = *b, *a }

func main() {
	i := 1
	fmt.Println("initial:", i)

	zeroval(i)
	fmt.Println("zeroval:", i)

	zeroptr(&i)
	fmt.Println("zeroptr:", i)

	p := &i
	*p = 42
	fmt.Println("via pointer:", i, p != nil)

	c := counter{}
	bump(&c)
	bump(&c)
	fmt.Println("counter:", c.n)

	cp := &counter{n: 10}
	bump(cp)
	fmt.Printf("%+v\n", *cp)

	x, y := "left", "right"
	swap(&x, &y)
	fmt.Println(x, y)

	var np *int
	fmt.Println("nil pointer:", np == nil)

	q := new(int)
	*q += 5
	fmt.Println("new:", *q)

	arr := [3]int{1, 2, 3}
	ap := &arr
	ap[1] = 20
	fmt.Println(arr, len(ap))
}
