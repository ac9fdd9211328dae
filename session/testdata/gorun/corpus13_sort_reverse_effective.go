package main

import (
	"fmt"
	"sort"
	"strings"
)

type Sequence []int

func (s Sequence) Len() int           { return len(s) }
func (s Sequence) Less(i, j int) bool { return s[i] < s[j] }
func (s Sequence) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func (s Sequence) Copy() Sequence {
	c := make(Sequence, 0, len(s))
	return append(c, s...)
}

func (s Sequence) String() string {
	s = s.Copy()
	sort.Sort(s)
	parts := make([]string, len(s))
	for i, v := range s {
		parts[i] = fmt.Sprint(v)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type byName struct{ ByAge }

func (b byName) Less(i, j int) bool { return b.ByAge[i].Name < b.ByAge[j].Name }

func main() {
	s := Sequence{5, 2, 8, 1, 9}
	fmt.Println(s)
	fmt.Println([]int(s))

	sort.Sort(sort.Reverse(s))
	fmt.Println([]int(s))

	people := []Person{{"Alice", 31}, {"Bob", 25}, {"Carol", 42}, {"Dan", 25}}
	sort.Stable(ByAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people)
	sort.Sort(byName{people})
	fmt.Println(people)

	words := sort.StringSlice{"pear", "apple", "fig"}
	words.Sort()
	fmt.Println(words, sort.SearchStrings(words, "fig"))
	floats := []float64{2.5, -1, 3.75}
	sort.Sort(sort.Reverse(sort.Float64Slice(floats)))
	fmt.Println(floats, sort.IsSorted(ByAge(people)))
}
