package main

import "fmt"

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

type Account struct {
	Balance int
	History []string
}

func (a *Account) depositor(label string) func(int) {
	return func(amt int) {
		a.Balance += amt
		a.History = append(a.History, fmt.Sprintf("%s:%d", label, amt))
	}
}

func counterGen() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 0 }
}

func main() {
	fmt.Println(fib(50), fib(90))
	fmt.Println(len(memo))

	var climb func(n int) int
	cache := make(map[int]int)
	climb = func(n int) int {
		if n <= 1 {
			return 1
		}
		if v, ok := cache[n]; ok {
			return v
		}
		cache[n] = climb(n-1) + climb(n-2)
		return cache[n]
	}
	fmt.Println(climb(30))

	acct := &Account{}
	pay := acct.depositor("pay")
	gift := acct.depositor("gift")
	pay(100)
	gift(25)
	pay(50)
	fmt.Println(acct.Balance, acct.History)

	next, reset := counterGen()
	next()
	next()
	fmt.Println(next())
	reset()
	fmt.Println(next())

	point := struct {
		X, Y int
	}{1, 2}
	other := struct {
		X, Y int
	}{1, 2}
	fmt.Println(point == other, point)
	fmt.Printf("%+v %v\n", point, point.X+other.Y)
	type pair struct{ a, b string }
	seen := map[pair]bool{}
	seen[pair{"x", "y"}] = true
	fmt.Println(seen[pair{"x", "y"}], seen[pair{"y", "x"}])
	cfg := []struct {
		name string
		on   bool
	}{{"a", true}, {"b", false}}
	for _, c := range cfg {
		fmt.Printf("%s=%t ", c.name, c.on)
	}
	fmt.Println()
	arr1 := [3]int{1, 2, 3}
	arr2 := arr1
	arr2[0] = 9
	fmt.Println(arr1 == arr2, arr1, arr2)
}
