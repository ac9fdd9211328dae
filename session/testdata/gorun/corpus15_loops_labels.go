package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "neg"
	case n == 0:
		fallthrough
	case n == 1:
		return "tiny"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func primes(n int) []int {
	var ps []int
next:
	for i := 2; len(ps) < n; i++ {
		for _, p := range ps {
			if p*p > i {
				break
			}
			if i%p == 0 {
				continue next
			}
		}
		ps = append(ps, i)
	}
	return ps
}

func main() {
	for _, n := range []int{-3, 0, 1, 4, 7} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	fmt.Println(primes(10))
	var fs []func()
	for i := 0; i < 6; i++ {
		if i%2 == 1 {
			i++
		}
		fs = append(fs, func() { fmt.Print(i, " ") })
	}
	for _, f := range fs {
		f()
	}
	fmt.Println()
	n := 3
	for i := range n {
		n = 10
		fmt.Print(i)
	}
	fmt.Println(" n =", n)
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 4)
			s[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(s)
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Print(i, v, " ")
	}
	fmt.Println(arr)
	i := 0
loop:
	if i < 3 {
		fmt.Print("goto", i, " ")
		i++
		goto loop
	}
	fmt.Println()
	m := map[string]int{"a": 1}
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
	count := 0
	for x := 10; x > 0; x /= 2 {
		count++
	}
	fmt.Println(count)
	switch x := 5; {
	case x > 3:
		fmt.Println("big")
		if x > 4 {
			break
		}
		fmt.Println("unreached")
	}
	var grid [3][3]string
	for r := range grid {
		for c := range grid[r] {
			grid[r][c] = fmt.Sprint(r * c)
		}
	}
	fmt.Println(grid)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var idx = 5
	fmt.Println(s[idx%len(s)], arr[idx%3])
	var mp map[string]int
	fmt.Println(mp["x"], len(mp))
	mp["boom"] = 1
}
