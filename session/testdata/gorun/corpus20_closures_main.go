package main

import (
	"fmt"
	"strings"
)

type counter struct {
	name  string
	count int
}

func main() {
	total := 0
	add := func(n int) { total += n }
	var log []string
	record := func(format string, args ...any) {
		log = append(log, fmt.Sprintf(format, args...))
	}
	for i := 1; i <= 5; i++ {
		add(i)
		record("added %d -> %d", i, total)
	}
	fmt.Println("total:", total)
	fmt.Println(strings.Join(log, "; "))

	c := counter{name: "clicks"}
	inc := func() int { c.count++; return c.count }
	inc()
	inc()
	fmt.Printf("%+v\n", c)

	makeAcc := func(start int) (func(int) int, func() int) {
		sum := start
		return func(d int) int { sum += d; return sum }, func() int { return sum }
	}
	acc, get := makeAcc(10)
	acc(5)
	acc(-3)
	fmt.Println("acc:", get())

	var steps []func() string
	for _, w := range []string{"alpha", "beta", "gamma"} {
		steps = append(steps, func() string { return strings.ToUpper(w) })
	}
	for _, s := range steps {
		fmt.Print(s(), " ")
	}
	fmt.Println()

	x := 1
	double := func() { x *= 2 }
	for range 4 {
		double()
	}
	fmt.Println("x:", x)

	var fib func(int) int
	memo := map[int]int{}
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		memo[n] = fib(n-1) + fib(n-2)
		return memo[n]
	}
	fmt.Println("fib(40):", fib(40), "memo size:", len(memo))
}
