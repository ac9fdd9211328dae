package main

import (
	"fmt"
	"sort"
	"strings"
)

type Version struct {
	Major, Minor int
}

func (v Version) Less(o Version) bool {
	if v.Major != o.Major {
		return v.Major < o.Major
	}
	return v.Minor < o.Minor
}

func insertSorted(xs []int, x int) []int {
	i := sort.SearchInts(xs, x)
	xs = append(xs, 0)
	copy(xs[i+1:], xs[i:])
	xs[i] = x
	return xs
}

func main() {
	a := []int{1, 3, 6, 10, 15, 21, 28, 36, 45, 55}
	for _, x := range []int{6, 7, 0, 100} {
		i := sort.Search(len(a), func(i int) bool { return a[i] >= x })
		if i < len(a) && a[i] == x {
			fmt.Printf("found %d at index %d\n", x, i)
		} else {
			fmt.Printf("%d not found, would insert at %d\n", x, i)
		}
	}

	var xs []int
	for _, v := range []int{5, 2, 8, 2, 9, 1} {
		xs = insertSorted(xs, v)
	}
	fmt.Println(xs)

	guess := sort.Search(100, func(n int) bool { return n*n >= 2024 })
	fmt.Println("smallest n with n*n >= 2024:", guess)

	names := []string{"ada", "bob", "carol", "dave", "eve"}
	fmt.Println(sort.SearchStrings(names, "carol"), sort.SearchStrings(names, "zed"), sort.SearchStrings(names, "b"))
	fmt.Println(sort.SearchFloat64s([]float64{0.5, 1.5, 2.5}, 2.0))

	versions := []Version{{1, 2}, {1, 10}, {2, 0}, {2, 5}, {3, 1}}
	target := Version{2, 1}
	idx := sort.Search(len(versions), func(i int) bool { return !versions[i].Less(target) })
	fmt.Printf("first version >= %v is %v at %d\n", target, versions[idx], idx)

	idx, found := sort.Find(len(names), func(i int) int { return strings.Compare("dave", names[i]) })
	fmt.Println("find dave:", idx, found)
	idx, found = sort.Find(len(names), func(i int) int { return strings.Compare("cat", names[i]) })
	fmt.Println("find cat:", idx, found)

	desc := []int{90, 70, 50, 30, 10}
	i := sort.Search(len(desc), func(i int) bool { return desc[i] <= 55 })
	fmt.Println("descending search for <=55:", i, desc[i])
}
