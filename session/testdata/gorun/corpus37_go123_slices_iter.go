package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Product struct {
	SKU   string
	Price int
}

func main() {
	prices := map[string]int{"tea": 4, "coffee": 5, "cocoa": 3, "juice": 6}

	for _, k := range slices.Sorted(maps.Keys(prices)) {
		fmt.Println(k, prices[k])
	}

	byPrice := slices.SortedFunc(maps.Keys(prices), func(a, b string) int {
		return prices[a] - prices[b]
	})
	fmt.Println(byPrice)

	copyOf := maps.Collect(maps.All(prices))
	copyOf["water"] = 1
	fmt.Println(len(prices), len(copyOf))

	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	for i, w := range slices.All(words[:3]) {
		fmt.Print(i, "=", w, " ")
	}
	fmt.Println()
	for i, w := range slices.Backward(words[6:]) {
		fmt.Print(i, "=", w, " ")
	}
	fmt.Println()

	upper := slices.Collect(func(yield func(string) bool) {
		for _, w := range words {
			if len(w) > 4 && !yield(strings.ToUpper(w)) {
				return
			}
		}
	})
	fmt.Println(upper)

	seen := map[string]bool{}
	maps.Insert(seen, func(yield func(string, bool) bool) {
		for _, w := range words {
			if !yield(w, true) {
				return
			}
		}
	})
	fmt.Println(len(seen), "distinct words")

	appended := slices.AppendSeq([]int{0}, slices.Values([]int{1, 2, 3}))
	fmt.Println(appended)

	for batch := range slices.Chunk([]Product{{"a", 1}, {"b", 2}, {"c", 3}, {"d", 4}, {"e", 5}}, 2) {
		total := 0
		for _, p := range batch {
			total += p.Price
		}
		fmt.Println(len(batch), "items, total", total)
	}
	idx := slices.Collect(maps.Keys(map[int]bool{3: true}))
	fmt.Println(idx)
}
