package main

import (
	"errors"
	"fmt"
	"sync"
)

var x = "package"

func counterGen() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 0 }
}

func find(ok bool) (result string, err error) {
	if ok {
		result, err := "found", error(nil)
		_ = result
		_ = err
	}
	return
}

func lookup(k string) (int, error) {
	if k == "" {
		return 0, errors.New("empty key")
	}
	return len(k), nil
}

func main() {
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var byRange []func() string
	for _, s := range []string{"a", "b", "c"} {
		byRange = append(byRange, func() string { return s })
	}
	for _, f := range byRange {
		fmt.Print(f())
	}
	fmt.Println()

	var wg sync.WaitGroup
	res := make([]int, 4)
	for i := range res {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res[i] = i * 10
		}()
	}
	wg.Wait()
	fmt.Println(res)

	next, reset := counterGen()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())

	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
	}
	if x := 42; x > 0 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	fmt.Println(x)

	fmt.Println(find(true))
	r, err := find(false)
	fmt.Printf("%q %v\n", r, err)

	n, err := lookup("abc")
	if err == nil {
		n, err := lookup("")
		fmt.Println("inner", n, err)
	}
	fmt.Println("outer", n, err)

	total := 0
	add := func(d int) { total += d }
	for i := 1; i <= 4; i++ {
		add(i)
	}
	fmt.Println(total)
	acc := func() func(int) int {
		sum := 0
		return func(v int) int { sum += v; return sum }
	}()
	acc(5)
	fmt.Println(acc(10))

	var fns [3]func() int
	for i := 0; i < 3; i++ {
		fns[i] = func() int { return i }
		i := i + 100
		_ = i
	}
	fmt.Println(fns[0](), fns[1](), fns[2]())
	j := 0
	var gs []func() int
	for j < 3 {
		gs = append(gs, func() int { return j })
		j++
	}
	fmt.Println(gs[0](), gs[1](), gs[2]())
}
