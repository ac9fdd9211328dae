package main

import "fmt"

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func counter(start, step int) (next func() int, reset func()) {
	n := start
	next = func() int {
		v := n
		n += step
		return v
	}
	reset = func() { n = start }
	return
}

func squares() func() int {
	var x int
	return func() int {
		x++
		return x * x
	}
}

func take(n int, gen func() int) []int {
	out := make([]int, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, gen())
	}
	return out
}

func filter(gen func() int, pred func(int) bool) func() int {
	return func() int {
		for {
			v := gen()
			if pred(v) {
				return v
			}
		}
	}
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		calls++
		v := f(n)
		cache[n] = v
		fmt.Printf("(computed %d, calls=%d) ", n, calls)
		return v
	}
}

func main() {
	f := fibGen()
	fmt.Println(take(10, f))
	fmt.Println(f(), f())
	next, reset := counter(10, 5)
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())
	sq := squares()
	fmt.Println(take(5, sq), take(2, sq))
	evens := filter(fibGen(), func(n int) bool { return n%2 == 0 })
	fmt.Println(take(6, evens))
	double := memo(func(n int) int { return n * 2 })
	fmt.Println(double(3), double(3), double(4))

	var funcs []func() string
	for _, w := range []string{"x", "y", "z"} {
		funcs = append(funcs, func() string { return w + w })
	}
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() string { return fmt.Sprint(i) })
	}
	for _, fn := range funcs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
	acc := func() func(int) int {
		sum := 0
		return func(x int) int { sum += x; return sum }
	}()
	for i := range 4 {
		acc(i)
	}
	fmt.Println(acc(0))
}
