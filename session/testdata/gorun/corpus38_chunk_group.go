package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func Partition[T any](xs []T, pred func(T) bool) (yes, no []T) {
	for _, x := range xs {
		if pred(x) {
			yes = append(yes, x)
		} else {
			no = append(no, x)
		}
	}
	return
}

func CountBy[T any, K comparable](xs []T, key func(T) K) map[K]int {
	m := map[K]int{}
	for _, x := range xs {
		m[key(x)]++
	}
	return m
}

type Order struct {
	ID     int
	Status string
	Amount float64
}

func main() {
	ids := []int{1, 2, 3, 4, 5, 6, 7}
	for chunk := range slices.Chunk(ids, 3) {
		fmt.Println(chunk, len(chunk), cap(chunk))
	}
	even, odd := Partition(ids, func(n int) bool { return n%2 == 0 })
	fmt.Println(even, odd)

	orders := []Order{
		{1, "paid", 10.5}, {2, "open", 3}, {3, "paid", 7.25}, {4, "void", 1}, {5, "open", 2},
	}
	counts := CountBy(orders, func(o Order) string { return o.Status })
	for _, k := range slices.Sorted(maps.Keys(counts)) {
		fmt.Printf("%s:%d ", k, counts[k])
	}
	fmt.Println()

	paid, _ := Partition(orders, func(o Order) bool { return o.Status == "paid" })
	total := 0.0
	for _, o := range paid {
		total += o.Amount
	}
	fmt.Printf("paid total %.2f over %d\n", total, len(paid))

	i := slices.IndexFunc(orders, func(o Order) bool { return o.Amount < 2 })
	fmt.Printf("first small: %+v\n", orders[i])
	fmt.Println(slices.ContainsFunc(orders, func(o Order) bool { return o.Status == "refund" }))

	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	byLen := CountBy(words, func(s string) int { return len(s) })
	fmt.Println(byLen)
	uniq := slices.Compact(slices.Sorted(slices.Values(words)))
	fmt.Println(uniq, len(uniq))
}
