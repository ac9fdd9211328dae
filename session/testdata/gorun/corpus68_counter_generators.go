package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func idGen(prefix string) (next func() string, reset func()) {
	n := 0
	next = func() string {
		n++
		return fmt.Sprintf("%s-%03d", prefix, n)
	}
	reset = func() { n = 0 }
	return
}

func main() {
	c1 := counter()
	c2 := counter()
	fmt.Println(c1(), c1(), c1())
	fmt.Println(c2(), c2())
	fmt.Println(c1())

	fib := fibGen()
	for i := 0; i < 12; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()

	next, reset := idGen("ord")
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())

	acc := func() func(int) int {
		sum := 0
		return func(x int) int {
			sum += x
			return sum
		}
	}()
	for _, v := range []int{5, 10, -3, 8} {
		fmt.Printf("add %d -> %d\n", v, acc(v))
	}
}
