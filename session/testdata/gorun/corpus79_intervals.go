package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
)

type Interval struct {
	Start, End int
}

func (iv Interval) String() string { return fmt.Sprintf("[%d,%d)", iv.Start, iv.End) }

func (iv Interval) Len() int { return iv.End - iv.Start }

func merge(ivs []Interval) []Interval {
	if len(ivs) == 0 {
		return nil
	}
	sorted := slices.Clone(ivs)
	slices.SortFunc(sorted, func(a, b Interval) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	out := []Interval{sorted[0]}
	for _, iv := range sorted[1:] {
		last := &out[len(out)-1]
		if iv.Start <= last.End {
			last.End = max(last.End, iv.End)
		} else {
			out = append(out, iv)
		}
	}
	return out
}

// covering finds the interval holding x in a merged, sorted list.
func covering(ivs []Interval, x int) (Interval, bool) {
	i := sort.Search(len(ivs), func(i int) bool { return ivs[i].End > x })
	if i < len(ivs) && ivs[i].Start <= x {
		return ivs[i], true
	}
	return Interval{}, false
}

type Meeting struct {
	Room string
	When Interval
}

func main() {
	ivs := []Interval{{8, 10}, {1, 3}, {2, 6}, {15, 18}, {17, 20}, {6, 7}}
	m := merge(ivs)
	fmt.Println("input: ", ivs)
	fmt.Println("merged:", m)
	fmt.Printf("%v %+v %d\n", m[0], m, len(m))

	for _, x := range []int{0, 1, 7, 9, 14, 19, 20} {
		if iv, ok := covering(m, x); ok {
			fmt.Printf("%2d in %v (len %d)\n", x, iv, iv.Len())
		} else {
			fmt.Printf("%2d free\n", x)
		}
	}

	idx, found := slices.BinarySearchFunc(m, 15, func(iv Interval, start int) int {
		return cmp.Compare(iv.Start, start)
	})
	fmt.Println("start 15 at", idx, found)

	meetings := []Meeting{
		{"B", Interval{9, 10}}, {"A", Interval{9, 11}}, {"A", Interval{8, 9}}, {"C", Interval{9, 10}},
	}
	slices.SortStableFunc(meetings, func(a, b Meeting) int {
		return cmp.Compare(a.When.Start, b.When.Start)
	})
	fmt.Println(meetings)
	slices.SortStableFunc(meetings, func(a, b Meeting) int { return cmp.Compare(b.When.Len(), a.When.Len()) })
	fmt.Printf("%+v\n", meetings)
	longest := slices.MaxFunc(meetings, func(a, b Meeting) int { return cmp.Compare(a.When.Len(), b.When.Len()) })
	fmt.Printf("%v %#v\n", longest, longest.When)
	fmt.Println(slices.Compact([]int{1, 1, 2, 3, 3, 3, 4}), slices.Equal(merge(m), m))
}
