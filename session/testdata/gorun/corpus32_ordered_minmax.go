package main

import (
	"cmp"
	"fmt"
)

func Max[T cmp.Ordered](xs ...T) T {
	if len(xs) == 0 {
		panic("Max of nothing")
	}
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

func MinBy[T any, K cmp.Ordered](xs []T, key func(T) K) (T, bool) {
	var best T
	if len(xs) == 0 {
		return best, false
	}
	best = xs[0]
	bk := key(best)
	for _, x := range xs[1:] {
		if k := key(x); k < bk {
			best, bk = x, k
		}
	}
	return best, true
}

type City struct {
	Name string
	Pop  int
}

func main() {
	fmt.Println(Max(3, 9, 2))
	fmt.Println(Max("pear", "apple", "zucchini"))
	fmt.Println(Max(2.5, -1.0))
	fmt.Println(min(3, 1, 2), max("a", "b"))
	cities := []City{{"Oslo", 700000}, {"Bergen", 285000}, {"Tromsø", 77000}}
	c, ok := MinBy(cities, func(c City) int { return c.Pop })
	fmt.Println(c.Name, ok)
	c2, _ := MinBy(cities, func(c City) string { return c.Name })
	fmt.Printf("%+v\n", c2)
	_, ok = MinBy([]City{}, func(c City) int { return c.Pop })
	fmt.Println(ok)
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Less(1.0, 1.0))
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	Max[int]()
}
