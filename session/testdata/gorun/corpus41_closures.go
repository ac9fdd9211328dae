package main

import "fmt"

func intSeq() func() int {
	i := 0
	return func() int {
		i++
		return i
	}
}

func adder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func main() {
	nextInt := intSeq()

	fmt.Println(nextInt())
	fmt.Println(nextInt())
	fmt.Println(nextInt())

	newInts := intSeq()
	fmt.Println(newInts())

	acc := adder(10)
	for _, v := range []int{1, 2, 3} {
		fmt.Println("acc:", acc(v))
	}

	var funcs []func() string
	for _, name := range []string{"ann", "bob", "cid"} {
		funcs = append(funcs, func() string { return "hello " + name })
	}
	for _, f := range funcs {
		fmt.Println(f())
	}

	counter := 0
	inc := func() { counter++ }
	inc()
	inc()
	fmt.Println("counter:", counter)
}
