package main

import "fmt"

func change(val *int) {
	*val = 55
}

func hello() *int {
	i := 5
	return &i
}

func modify(arr []int) {
	arr[0] = 90
}

type counter struct {
	n int
}

func bump(c *counter) {
	c.n++
}

func main() {
	b := 255
	var a *int = &b
	fmt.Printf("Type of a is %T\n", a)
	fmt.Println("value of b is", *a)

	var p *int
	if p == nil {
		fmt.Println("p is", p)
		p = &b
		fmt.Println("p after initialization is not nil:", p != nil)
	}

	size := new(int)
	fmt.Printf("Size value is %d, type is %T\n", *size, size)
	*size = 85
	fmt.Println("New size value is", *size)

	*a++
	fmt.Println("new value of b is", b)

	change(a)
	fmt.Println("value of b after function call is", b)

	d := hello()
	fmt.Println("Value of d", *d)

	arr := [3]int{89, 90, 91}
	modify(arr[:])
	fmt.Println(arr)

	pa := &arr
	pa[1] = 7
	fmt.Println(arr, len(pa))

	c := counter{}
	for i := 0; i < 3; i++ {
		bump(&c)
	}
	fmt.Println("counter:", c.n)
	cp := &c
	cp.n = 100
	fmt.Printf("%+v %v\n", c, *cp)

	pp := &a
	**pp = 1
	fmt.Println(b)
}
