package main

import "fmt"

type Counter struct {
	Value int
}

func incrementByValue(c Counter)    { c.Value++ }
func incrementByPointer(c *Counter) { c.Value++ }

func zero(x *int) { *x = 0 }

func newInt(v int) *int {
	return &v
}

func main() {
	x := 10
	p := &x
	fmt.Println(*p)
	*p = 20
	fmt.Println(x)
	zero(&x)
	fmt.Println(x)

	c := Counter{}
	incrementByValue(c)
	fmt.Println(c.Value)
	incrementByPointer(&c)
	fmt.Println(c.Value)

	ptr := new(int)
	fmt.Println(*ptr)
	*ptr = 7
	q := newInt(5)
	r := newInt(5)
	fmt.Println(*q == *r, q == r, *ptr)

	var np *Counter
	fmt.Println(np == nil)
	defer func() {
		if rec := recover(); rec != nil {
			fmt.Println("recovered:", rec)
		}
	}()
	list := []*Counter{{1}, {2}, {3}}
	for _, it := range list {
		it.Value *= 10
	}
	for _, it := range list {
		fmt.Print(it.Value, " ")
	}
	fmt.Println()
	pp := &p
	**pp = 99
	fmt.Println(x)
	fmt.Println(np.Value)
}
