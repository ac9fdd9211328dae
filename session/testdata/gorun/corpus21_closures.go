package main

import "fmt"

func counter() func() int {
	count := 0
	return func() int {
		count++
		return count
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

func adder(start int) (func(int) int, func() int) {
	total := start
	add := func(n int) int {
		total += n
		return total
	}
	get := func() int { return total }
	return add, get
}

func multiplier(factor int) func(int) int {
	return func(x int) int { return x * factor }
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func memoize(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			fmt.Println("cache hit", n)
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func main() {
	c1 := counter()
	c2 := counter()
	fmt.Println(c1(), c1(), c1(), c2())

	fib := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), " ")
	}
	fmt.Println()

	add, get := adder(10)
	add(5)
	add(-3)
	fmt.Println("total:", get())

	double := multiplier(2)
	triple := multiplier(3)
	fmt.Println(double(5), triple(5), compose(double, triple)(4))

	square := memoize(func(n int) int { return n * n })
	fmt.Println(square(4), square(4), square(5))

	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	x := 10
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println("x =", x)

	var factorial func(int) int
	factorial = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * factorial(n-1)
	}
	fmt.Println(factorial(10))

	result := func(a, b int) int { return a * b }(6, 7)
	fmt.Println(result)

	ops := map[string]func(float64, float64) float64{
		"+": func(a, b float64) float64 { return a + b },
		"-": func(a, b float64) float64 { return a - b },
		"*": func(a, b float64) float64 { return a * b },
		"/": func(a, b float64) float64 { return a / b },
	}
	for _, op := range []string{"+", "-", "*", "/"} {
		fmt.Printf("8 %s 2 = %g\n", op, ops[op](8, 2))
	}
}
