package main

import "fmt"

func intSeq() func() int {
	i := 0
	return func() int {
		i++
		return i
	}
}

func fact(n int) int {
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func main() {
	nextInt := intSeq()
	fmt.Println(nextInt())
	fmt.Println(nextInt())
	fmt.Println(nextInt())
	newInts := intSeq()
	fmt.Println(newInts())

	fmt.Println(fact(7))

	var fib func(n int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	fmt.Println(fib(7))

	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	adder := func(base int) func(int) int {
		return func(x int) int {
			base += x
			return base
		}
	}
	acc := adder(10)
	acc(1)
	acc(2)
	fmt.Println(acc(3))

	var walk func(n int, depth int)
	walk = func(n int, depth int) {
		if n <= 0 {
			return
		}
		fmt.Printf("%*s%d\n", depth*2, "", n)
		walk(n-1, depth+1)
	}
	walk(3, 0)
}
