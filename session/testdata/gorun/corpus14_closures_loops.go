package main

import "fmt"

func counterPair() (func() int, func() int) {
	x := 0
	return func() int { x++; return x }, func() int { x--; return x }
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func named() (result int) {
	add := func(n int) { result += n }
	add(3)
	add(4)
	return
}

func main() {
	var prints []func() string
	for i := 0; i < 3; i++ {
		prints = append(prints, func() string { return fmt.Sprint("i=", i) })
	}
	for _, s := range []string{"x", "y"} {
		prints = append(prints, func() string { return "s=" + s })
	}
	for k, v := range map[string]int{"only": 1} {
		prints = append(prints, func() string { return fmt.Sprint(k, v) })
	}
	for _, p := range prints {
		fmt.Println(p())
	}

	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	var mod []func()
	for i := 0; i < 6; i++ {
		if i%2 == 0 {
			i++
		}
		mod = append(mod, func() { fmt.Print(i, ";") })
	}
	for _, f := range mod {
		f()
	}
	fmt.Println()

	shared := 0
	var incs []func()
	for j := 0; j < 3; j++ {
		incs = append(incs, func() { shared += j })
	}
	for _, f := range incs {
		f()
	}
	fmt.Println("shared", shared)

	inc, dec := counterPair()
	inc()
	inc()
	fmt.Println(dec(), inc(), inc())

	f := fibGen()
	for range 8 {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Println(named())

	x := 10
	show := func() { fmt.Println("x is", x) }
	x = 20
	show()
	y := x
	x = 30
	func(v int) { fmt.Println("arg", v, "now", x) }(y)
}
