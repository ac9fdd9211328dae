package main

import (
	"fmt"
	"sort"
)

type Interval struct {
	Start, End int
}

func (iv Interval) String() string { return fmt.Sprintf("[%d,%d]", iv.Start, iv.End) }

func merge(ivs []Interval) []Interval {
	if len(ivs) == 0 {
		return nil
	}
	sorted := make([]Interval, len(ivs))
	copy(sorted, ivs)
	sort.Slice(sorted, func(i, j int) bool {
		if sorted[i].Start != sorted[j].Start {
			return sorted[i].Start < sorted[j].Start
		}
		return sorted[i].End < sorted[j].End
	})
	out := []Interval{sorted[0]}
	for _, cur := range sorted[1:] {
		last := &out[len(out)-1]
		if cur.Start <= last.End {
			last.End = max(last.End, cur.End)
		} else {
			out = append(out, cur)
		}
	}
	return out
}

func main() {
	cases := [][]Interval{
		{{1, 3}, {2, 6}, {8, 10}, {15, 18}},
		{{1, 4}, {4, 5}},
		{{5, 7}, {1, 2}, {2, 3}, {6, 9}},
		{{1, 10}, {2, 3}, {4, 5}},
		{},
	}
	for _, c := range cases {
		m := merge(c)
		fmt.Printf("%v -> %v (%d)\n", c, m, len(m))
	}
	fmt.Printf("%+v\n", Interval{1, 2})
	fmt.Printf("%#v\n", []Interval{{3, 4}})
}
