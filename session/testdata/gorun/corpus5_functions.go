package main

import (
	"errors"
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func greet(prefix string, names ...string) string {
	return prefix + " " + strings.Join(names, ", ")
}

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func factorial(n uint64) uint64 {
	if n <= 1 {
		return 1
	}
	return n * factorial(n-1)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	if n == 3 {
		fmt.Printf("move disk %d %s->%s\n", n, from, to)
	}
	hanoi(n-1, via, to, from, moves)
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func safeDiv(a, b int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	res = a / b
	return
}

func tripleDefer() (n int) {
	defer func() { n *= 2 }()
	defer func() { n += 3 }()
	return 1
}

func deferOrder() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("deferred: ")
}

func mustPositive(n int) error {
	defer fmt.Println("check done for", n)
	if n < 0 {
		return errors.New("negative")
	}
	return nil
}

func main() {
	fmt.Println(sum(), sum(1, 2), sum([]int{4, 5, 6}...))
	fmt.Println(greet("hi", "a", "b"), greet("yo"))
	c1, c2 := counter(), counter()
	fmt.Println(c1(), c1(), c1(), c2())
	fmt.Println(factorial(20))
	for i := 0; i < 10; i++ {
		fmt.Print(fib(i), " ")
	}
	fmt.Println()
	moves := 0
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println("moves:", moves)
	sq := func(x int) int { return x * x }
	fmt.Println(apply([]int{1, 2, 3}, sq), apply([]int{1, 2}, func(x int) int { return -x }))
	inc := func(x int) int { return x + 1 }
	fmt.Println(compose(inc, sq)(3), compose(sq, inc)(3))
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(tripleDefer())
	deferOrder()
	fmt.Println()
	fmt.Println(mustPositive(-1))
	func() {
		defer fmt.Println("inner deferred")
		fmt.Println("inner body")
	}()
	var memo = map[int]int{}
	var mfib func(int) int
	mfib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = mfib(n-1) + mfib(n-2)
		return memo[n]
	}
	fmt.Println(mfib(80))
	fmt.Printf("%T\n", compose)
}
