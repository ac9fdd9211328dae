package main

import (
	"fmt"
	"strings"
)

func makeCounter(start int) (inc func() int, get func() int, reset func()) {
	n := start
	inc = func() int { n++; return n }
	get = func() int { return n }
	reset = func() { n = start }
	return
}

func memoize(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	misses := 0
	return func(x int) int {
		if v, ok := cache[x]; ok {
			return v
		}
		misses++
		v := f(x)
		cache[x] = v
		return v
	}, &misses
}

func multiplier(factor int) func(int) int {
	return func(x int) int { return x * factor }
}

func compose(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func idGenerator(prefix string) func() string {
	id := 0
	return func() string {
		id++
		return fmt.Sprintf("%s-%03d", prefix, id)
	}
}

func main() {
	inc, get, reset := makeCounter(10)
	inc()
	inc()
	fmt.Println(inc(), get())
	reset()
	fmt.Println(get())

	var fib func(int) int
	var misses *int
	fib, misses = memoize(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println(fib(50), *misses)
	fmt.Println(fib(30), *misses)

	double, triple := multiplier(2), multiplier(3)
	pipeline := compose(double, triple, func(x int) int { return x - 1 })
	fmt.Println(pipeline(5))

	users, orders := idGenerator("user"), idGenerator("order")
	fmt.Println(users(), users(), orders(), users())

	var funcs []func() string
	for _, w := range strings.Fields("per iteration loop vars") {
		funcs = append(funcs, func() string { return strings.ToUpper(w) })
	}
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() string { return fmt.Sprint(i) })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	total := 0
	addTo := func(xs ...int) {
		for _, x := range xs {
			total += x
		}
	}
	addTo(1, 2, 3)
	addTo([]int{10, 20}...)
	fmt.Println("total", total)

	x := 1
	func() {
		x := 2
		x++
		_ = x
	}()
	defer func(v int) { fmt.Println("deferred saw", v, "now", x) }(x)
	x = 99
}
