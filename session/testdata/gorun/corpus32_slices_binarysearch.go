package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Item struct {
	ID    int
	Label string
}

func main() {
	xs := []int{42, 7, 19, 3, 88, 23}
	slices.Sort(xs)
	fmt.Println(xs)
	for _, target := range []int{19, 20, 100} {
		i, found := slices.BinarySearch(xs, target)
		fmt.Printf("%d: pos=%d found=%v\n", target, i, found)
	}
	if i, found := slices.BinarySearch(xs, 50); !found {
		xs = slices.Insert(xs, i, 50)
	}
	fmt.Println(xs)

	items := []Item{{1, "one"}, {4, "four"}, {9, "nine"}, {16, "sixteen"}}
	i, ok := slices.BinarySearchFunc(items, 9, func(it Item, id int) int {
		return cmp.Compare(it.ID, id)
	})
	fmt.Println(i, ok, items[i].Label)
	i, ok = slices.BinarySearchFunc(items, 5, func(it Item, id int) int {
		return cmp.Compare(it.ID, id)
	})
	fmt.Println(i, ok)

	fmt.Println(slices.Contains(xs, 88), slices.Index(xs, 23), slices.Index(xs, 24))
	fmt.Println(slices.Min(xs), slices.Max(xs))
	ys := slices.Clone(xs)
	slices.Reverse(ys)
	fmt.Println(ys, slices.Equal(xs, ys))
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
}
