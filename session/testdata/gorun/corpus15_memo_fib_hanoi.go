package main

import (
	"fmt"
	"math/big"
)

var memo = map[int]int{}

func fib(n int) int {
	if n < 2 {
		return n
	}
	if v, ok := memo[n]; ok {
		return v
	}
	memo[n] = fib(n-1) + fib(n-2)
	return memo[n]
}

func memoize(f func(int) int) func(int) int {
	cache := make(map[int]int)
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

type Move struct {
	Disk     int
	From, To string
}

func hanoi(n int, from, to, via string, moves *[]Move) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, Move{n, from, to})
	hanoi(n-1, via, to, from, moves)
}

func bigFib(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for range n {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func main() {
	fmt.Println(fib(10), fib(50), fib(90), len(memo))
	calls := 0
	var slow func(int) int
	slow = memoize(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return slow(n-1) + slow(n-2)
	})
	fmt.Println(slow(40), calls)
	var moves []Move
	hanoi(3, "A", "C", "B", &moves)
	for i, m := range moves {
		fmt.Printf("%d: disk %d %s->%s\n", i+1, m.Disk, m.From, m.To)
	}
	var big4 []Move
	hanoi(10, "L", "R", "M", &big4)
	fmt.Println(len(big4), big4[511], big4[len(big4)-1])
	fmt.Println(bigFib(100), bigFib(1).String(), bigFib(0))
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
}
