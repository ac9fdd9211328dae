package main

import (
	"fmt"
	"strings"
)

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func counterFrom(start, step int) (next func() int, reset func()) {
	n := start
	next = func() int {
		v := n
		n += step
		return v
	}
	reset = func() { n = start }
	return
}

func idGen(prefix string) func() string {
	id := 0
	return func() string {
		id++
		return fmt.Sprintf("%s-%03d", prefix, id)
	}
}

func memoize(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		calls++
		v := f(n)
		cache[n] = v
		return v
	}, &calls
}

func compose(fs ...func(string) string) func(string) string {
	return func(s string) string {
		for _, f := range fs {
			s = f(s)
		}
		return s
	}
}

func chanGen(words ...string) <-chan string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		for _, w := range words {
			ch <- w
		}
	}()
	return ch
}

func main() {
	f := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	next, reset := counterFrom(10, 5)
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())

	users, orders := idGen("user"), idGen("order")
	fmt.Println(users(), users(), orders(), users())

	square, calls := memoize(func(n int) int { return n * n })
	for _, n := range []int{3, 4, 3, 3, 5, 4} {
		fmt.Print(square(n), " ")
	}
	fmt.Println("calls:", *calls)

	shout := compose(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(shout("   hello closures  "))

	var adders []func(int) int
	for _, d := range []int{1, 10, 100} {
		adders = append(adders, func(x int) int { return x + d })
	}
	for _, a := range adders {
		fmt.Print(a(5), " ")
	}
	fmt.Println()
	for w := range chanGen("gen", "via", "channel") {
		fmt.Print(w, ";")
	}
	fmt.Println()
}
