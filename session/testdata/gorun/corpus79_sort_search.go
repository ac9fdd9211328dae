package main

import (
	"fmt"
	"sort"
	"strings"
)

type Version struct {
	Major, Minor int
}

func (v Version) String() string { return fmt.Sprintf("v%d.%d", v.Major, v.Minor) }

func (v Version) Less(o Version) bool {
	if v.Major != o.Major {
		return v.Major < o.Major
	}
	return v.Minor < o.Minor
}

type Versions []Version

func (vs Versions) Len() int           { return len(vs) }
func (vs Versions) Less(i, j int) bool { return vs[i].Less(vs[j]) }
func (vs Versions) Swap(i, j int)      { vs[i], vs[j] = vs[j], vs[i] }

// insertSorted puts v in its place, keeping vs sorted.
func insertSorted(vs Versions, v Version) Versions {
	i := sort.Search(len(vs), func(i int) bool { return !vs[i].Less(v) })
	vs = append(vs, Version{})
	copy(vs[i+1:], vs[i:])
	vs[i] = v
	return vs
}

func main() {
	vs := Versions{{1, 4}, {0, 9}, {2, 0}, {1, 10}, {1, 2}}
	sort.Sort(vs)
	fmt.Println("sorted:", vs)

	vs = insertSorted(vs, Version{1, 5})
	vs = insertSorted(vs, Version{0, 1})
	vs = insertSorted(vs, Version{3, 0})
	fmt.Println("inserted:", vs, len(vs))

	target := Version{1, 10}
	i := sort.Search(vs.Len(), func(i int) bool { return !vs[i].Less(target) })
	if i < len(vs) && vs[i] == target {
		fmt.Printf("found %v at %d\n", target, i)
	}
	missing := Version{1, 7}
	j := sort.Search(len(vs), func(i int) bool { return !vs[i].Less(missing) })
	fmt.Printf("%v would go at %d (before %v)\n", missing, j, vs[j])

	// sort.Find with a three-way compare.
	names := []string{"ada", "go", "haskell", "lisp", "rust", "zig"}
	for _, q := range []string{"lisp", "c", "zzz"} {
		idx, found := sort.Find(len(names), func(i int) int { return strings.Compare(q, names[i]) })
		fmt.Printf("Find(%q) = %d, %t\n", q, idx, found)
	}

	ints := []int{1, 3, 3, 3, 8, 13}
	fmt.Println(sort.SearchInts(ints, 3), sort.SearchInts(ints, 4), sort.SearchInts(ints, 100))
	fmt.Println(sort.SearchStrings(names, "go"), sort.SearchFloat64s([]float64{0.5, 1.5}, 1))

	// Guessing game: find the smallest n with n*n >= 2000.
	n := sort.Search(1000, func(n int) bool { return n*n >= 2000 })
	fmt.Println("ceil sqrt 2000 =", n)

	// Sorting in reverse with a named slice type.
	words := sort.StringSlice{"pear", "apple", "fig"}
	sort.Sort(sort.Reverse(words))
	fmt.Println(words, words.Search("fig"))
	words.Sort()
	fmt.Println(words, words.Search("fig"), fmt.Sprintf("%T", words))
}
