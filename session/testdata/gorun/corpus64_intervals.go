package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Interval struct {
	Start, End int
}

func (iv Interval) String() string { return fmt.Sprintf("[%d,%d]", iv.Start, iv.End) }

func merge(intervals []Interval) []Interval {
	if len(intervals) == 0 {
		return nil
	}
	sorted := slices.Clone(intervals)
	slices.SortFunc(sorted, func(a, b Interval) int {
		return cmp.Compare(a.Start, b.Start)
	})
	merged := []Interval{sorted[0]}
	for _, cur := range sorted[1:] {
		last := &merged[len(merged)-1]
		if cur.Start <= last.End {
			last.End = max(last.End, cur.End)
		} else {
			merged = append(merged, cur)
		}
	}
	return merged
}

func insertInterval(ivs []Interval, n Interval) []Interval {
	var out []Interval
	i := 0
	for i < len(ivs) && ivs[i].End < n.Start {
		out = append(out, ivs[i])
		i++
	}
	for i < len(ivs) && ivs[i].Start <= n.End {
		n.Start = min(n.Start, ivs[i].Start)
		n.End = max(n.End, ivs[i].End)
		i++
	}
	out = append(out, n)
	return append(out, ivs[i:]...)
}

func minRooms(meetings []Interval) int {
	starts := make([]int, len(meetings))
	ends := make([]int, len(meetings))
	for i, m := range meetings {
		starts[i], ends[i] = m.Start, m.End
	}
	slices.Sort(starts)
	slices.Sort(ends)
	rooms, best, j := 0, 0, 0
	for _, s := range starts {
		for j < len(ends) && ends[j] <= s {
			rooms--
			j++
		}
		rooms++
		best = max(best, rooms)
	}
	return best
}

func main() {
	in := []Interval{{8, 10}, {1, 3}, {2, 6}, {15, 18}, {17, 20}, {6, 7}}
	fmt.Println("input: ", in)
	fmt.Println("merged:", merge(in))
	fmt.Println("input unchanged:", in[0])
	fmt.Println(insertInterval([]Interval{{1, 2}, {3, 5}, {6, 7}, {8, 10}, {12, 16}}, Interval{4, 8}))
	fmt.Println(insertInterval(nil, Interval{1, 1}))
	fmt.Println("rooms:", minRooms([]Interval{{0, 30}, {5, 10}, {15, 20}, {10, 15}, {25, 35}}))
	idx, found := slices.BinarySearchFunc(merge(in), 15, func(iv Interval, t int) int {
		return cmp.Compare(iv.Start, t)
	})
	fmt.Printf("%v %d %t\n", merge(nil) == nil, idx, found)
}
