package main

import (
	"fmt"
	"sort"
	"strings"
)

var memo = map[int]int{}

func fib(n int) int {
	if n < 2 {
		return n
	}
	if v, ok := memo[n]; ok {
		return v
	}
	v := fib(n-1) + fib(n-2)
	memo[n] = v
	return v
}

func permutations(s []rune) []string {
	if len(s) <= 1 {
		return []string{string(s)}
	}
	var out []string
	for i := range s {
		rest := make([]rune, 0, len(s)-1)
		rest = append(rest, s[:i]...)
		rest = append(rest, s[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, string(s[i])+p)
		}
	}
	return out
}

func nQueens(n int) (count int, first []int) {
	cols := make([]int, n)
	var place func(row int)
	place = func(row int) {
		if row == n {
			if count == 0 {
				first = append([]int(nil), cols...)
			}
			count++
			return
		}
		for c := 0; c < n; c++ {
			ok := true
			for r := 0; r < row; r++ {
				if cols[r] == c || cols[r]-c == r-row || cols[r]-c == row-r {
					ok = false
					break
				}
			}
			if ok {
				cols[row] = c
				place(row + 1)
			}
		}
	}
	place(0)
	return
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+to)
	hanoi(n-1, via, to, from, moves)
}

func subsets(xs []int) [][]int {
	if len(xs) == 0 {
		return [][]int{{}}
	}
	rest := subsets(xs[1:])
	out := append([][]int{}, rest...)
	for _, s := range rest {
		out = append(out, append([]int{xs[0]}, s...))
	}
	return out
}

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func main() {
	fmt.Println(fib(10), fib(50), fib(90))
	perms := permutations([]rune("abc"))
	fmt.Println(len(perms), perms)
	p4 := permutations([]rune("dcba"))
	sort.Strings(p4)
	fmt.Println(len(p4), p4[0], p4[len(p4)-1])
	for _, n := range []int{4, 6, 8} {
		c, first := nQueens(n)
		fmt.Println(n, "queens:", c, first)
	}
	c, sol := nQueens(5)
	for _, col := range sol {
		fmt.Println(strings.Repeat(". ", col) + "Q " + strings.Repeat(". ", 5-col-1))
	}
	_ = c
	var moves []string
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println(len(moves), moves[:5])
	fmt.Println(subsets([]int{1, 2, 3}))
	fmt.Println(gcd(1071, 462))
}
