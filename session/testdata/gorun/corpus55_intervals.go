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

func merge(ivs []Interval) []Interval {
	if len(ivs) == 0 {
		return nil
	}
	s := slices.Clone(ivs)
	slices.SortFunc(s, func(a, b Interval) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	out := []Interval{s[0]}
	for _, iv := range s[1:] {
		last := &out[len(out)-1]
		if iv.Start <= last.End {
			last.End = max(last.End, iv.End)
		} else {
			out = append(out, iv)
		}
	}
	return out
}

func insert(ivs []Interval, nw Interval) []Interval {
	var res []Interval
	i := 0
	for i < len(ivs) && ivs[i].End < nw.Start {
		res = append(res, ivs[i])
		i++
	}
	for i < len(ivs) && ivs[i].Start <= nw.End {
		nw.Start = min(nw.Start, ivs[i].Start)
		nw.End = max(nw.End, ivs[i].End)
		i++
	}
	res = append(res, nw)
	return append(res, ivs[i:]...)
}

// minRooms counts the meeting rooms needed.
func minRooms(meetings []Interval) int {
	starts := make([]int, len(meetings))
	ends := make([]int, len(meetings))
	for i, m := range meetings {
		starts[i], ends[i] = m.Start, m.End
	}
	slices.Sort(starts)
	slices.Sort(ends)
	rooms, best, e := 0, 0, 0
	for _, s := range starts {
		for e < len(ends) && ends[e] <= s {
			e++
			rooms--
		}
		rooms++
		best = max(best, rooms)
	}
	return best
}

func main() {
	ivs := []Interval{{8, 10}, {1, 3}, {2, 6}, {15, 18}, {17, 20}, {6, 7}}
	fmt.Println("merged:", merge(ivs))
	fmt.Println("merged empty:", merge(nil), merge(nil) == nil)
	fmt.Println("insert:", insert([]Interval{{1, 2}, {3, 5}, {6, 7}, {8, 10}, {12, 16}}, Interval{4, 8}))
	fmt.Println("rooms:", minRooms([]Interval{{0, 30}, {5, 10}, {15, 20}}), minRooms([]Interval{{7, 10}, {2, 4}}))

	idx, found := slices.BinarySearchFunc(merge(ivs), 15, func(iv Interval, t int) int { return cmp.Compare(iv.Start, t) })
	fmt.Println("search 15:", idx, found)
	fmt.Printf("%v %+v\n", ivs[0], ivs[:2])
}
