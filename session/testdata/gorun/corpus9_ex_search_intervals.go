package main

import (
	"fmt"
	"sort"
)

func binarySearch(xs []int, target int) int {
	lo, hi := 0, len(xs)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case xs[mid] == target:
			return mid
		case xs[mid] < target:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1
}

func lowerBound(xs []int, target int) int {
	return sort.Search(len(xs), func(i int) bool { return xs[i] >= target })
}

type Interval struct{ Start, End int }

func (iv Interval) String() string { return fmt.Sprintf("[%d,%d]", iv.Start, iv.End) }

func merge(ivs []Interval) []Interval {
	if len(ivs) == 0 {
		return nil
	}
	sorted := append([]Interval(nil), ivs...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	out := []Interval{sorted[0]}
	for _, iv := range sorted[1:] {
		last := &out[len(out)-1]
		if iv.Start <= last.End {
			if iv.End > last.End {
				last.End = iv.End
			}
		} else {
			out = append(out, iv)
		}
	}
	return out
}

func insert(ivs []Interval, n Interval) []Interval {
	return merge(append(ivs, n))
}

func sqrtInt(x int) int {
	lo, hi := 0, x
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if mid*mid <= x {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

func main() {
	xs := []int{1, 3, 5, 7, 9, 11, 13}
	for _, t := range []int{1, 7, 13, 0, 8, 14} {
		fmt.Print(binarySearch(xs, t), ",", lowerBound(xs, t), " ")
	}
	fmt.Println()
	ivs := []Interval{{8, 10}, {1, 3}, {2, 6}, {15, 18}, {17, 20}}
	m := merge(ivs)
	fmt.Println(m, len(m))
	fmt.Println(ivs)
	fmt.Println(insert([]Interval{{1, 2}, {3, 5}, {6, 7}, {8, 10}}, Interval{4, 8}))
	fmt.Printf("%v %s %d\n", merge(nil), merge([]Interval{{1, 4}, {4, 5}}), len(merge([]Interval{{1, 1}})))
	fmt.Println(sqrtInt(0), sqrtInt(1), sqrtInt(8), sqrtInt(9), sqrtInt(1<<40))
	i, found := sort.Find(len(xs), func(i int) int { return 9 - xs[i] })
	fmt.Println(i, found)
	strs := []string{"apple", "banana", "cherry"}
	fmt.Println(sort.SearchStrings(strs, "banana"), sort.SearchStrings(strs, "blueberry"))
}
