package main

import "fmt"

func get(name string, v int) int {
	fmt.Print(name, " ")
	return v
}

func idx(name string, i int) int {
	fmt.Print("idx-", name, " ")
	return i
}

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)

	xs := []int{10, 20, 30}
	i := 0
	i, xs[i] = 1, 99 // xs[0] is set: index operands are evaluated first
	fmt.Println(i, xs)

	j := 0
	xs[j], j = 7, 2
	fmt.Println(j, xs)

	r := get("a", 1) + get("b", 2)*get("c", 3)
	fmt.Println("=", r)

	arr := []int{0, 0, 0}
	arr[idx("L", 0)] = get("R", 5)
	fmt.Println(arr)

	m := map[string]int{}
	m["k"], m["k"] = 1, 2
	fmt.Println(m)

	f := func() (int, int) { return get("f1", 1), get("f2", 2) }
	p, q := f()
	fmt.Println(p, q)

	n := 1
	n, n2 := n+1, n+2
	fmt.Println(n, n2)

	type pt struct{ x, y int }
	pp := &pt{1, 2}
	pp.x, pp.y = pp.y, pp.x
	fmt.Println(*pp)

	fib := []int{0, 1}
	for len(fib) < 10 {
		x, y := fib[len(fib)-2], fib[len(fib)-1]
		fib = append(fib, x+y)
	}
	fmt.Println(fib)

	c := 0
	inc := func() int { c++; return c }
	vals := []int{inc(), inc(), inc()}
	fmt.Println(vals, fmt.Sprint(inc(), inc()))
	var s []int
	s = append(s, get("e1", 1), get("e2", 2))
	fmt.Println(s)
}
