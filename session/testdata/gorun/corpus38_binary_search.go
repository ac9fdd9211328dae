package main

import (
	"cmp"
	"fmt"
	"slices"
)

func BinarySearch[T cmp.Ordered](xs []T, target T) (int, bool) {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		switch {
		case xs[mid] < target:
			lo = mid + 1
		case xs[mid] > target:
			hi = mid
		default:
			return mid, true
		}
	}
	return lo, false
}

func LowerBound[T any](xs []T, pred func(T) bool) int {
	lo, hi := 0, len(xs)
	for lo < hi {
		mid := (lo + hi) / 2
		if pred(xs[mid]) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

type Version struct {
	Major, Minor int
}

func (v Version) String() string { return fmt.Sprintf("v%d.%d", v.Major, v.Minor) }

func compareVersion(a, b Version) int {
	return cmp.Or(cmp.Compare(a.Major, b.Major), cmp.Compare(a.Minor, b.Minor))
}

func main() {
	xs := []int{2, 3, 5, 7, 11, 13, 17}
	for _, t := range []int{7, 8, 1, 20} {
		i, ok := BinarySearch(xs, t)
		j, ok2 := slices.BinarySearch(xs, t)
		fmt.Println(t, i, ok, i == j && ok == ok2)
	}
	names := []string{"ada", "bob", "eve", "zed"}
	fmt.Println(BinarySearch(names, "carl"))

	fmt.Println(LowerBound(xs, func(x int) bool { return x*x > 50 }))

	versions := []Version{{1, 2}, {1, 10}, {0, 9}, {2, 0}, {1, 3}}
	slices.SortFunc(versions, compareVersion)
	fmt.Println(versions)
	i, found := slices.BinarySearchFunc(versions, Version{1, 4}, compareVersion)
	fmt.Println(i, found)
	i, found = slices.BinarySearchFunc(versions, Version{1, 10}, compareVersion)
	fmt.Println(i, found, versions[i])
	fmt.Println(slices.MaxFunc(versions, compareVersion), slices.MinFunc(versions, compareVersion))
	fmt.Println(slices.IsSortedFunc(versions, compareVersion))
}
