package main

import "fmt"

func intSeq() func() int {
	i := 0
	return func() int {
		i++
		return i
	}
}

func counterPair() (inc func(), get func() int) {
	n := 0
	inc = func() { n += 10 }
	get = func() int { return n }
	return
}

func main() {
	nextInt := intSeq()
	fmt.Println(nextInt())
	fmt.Println(nextInt())
	fmt.Println(nextInt())
	newInts := intSeq()
	fmt.Println(newInts())
	inc, get := counterPair()
	inc()
	inc()
	fmt.Println(get())
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	x := 1
	add := func(d int) { x += d }
	add(5)
	add(10)
	fmt.Println(x)
	adders := map[string]func(int) int{}
	for _, n := range []int{1, 10, 100} {
		adders[fmt.Sprint("add", n)] = func(v int) int { return v + n }
	}
	fmt.Println(adders["add1"](1), adders["add10"](1), adders["add100"](1))
	func(msg string) {
		fmt.Println("immediately:", msg)
	}("hi")
}
