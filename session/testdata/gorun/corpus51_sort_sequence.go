package main

import (
	"fmt"
	"sort"
)

type Sequence []int

// Methods required by sort.Interface.
func (s Sequence) Len() int           { return len(s) }
func (s Sequence) Less(i, j int) bool { return s[i] < s[j] }
func (s Sequence) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

// Copy returns a copy of the Sequence.
func (s Sequence) Copy() Sequence {
	c := make(Sequence, 0, len(s))
	return append(c, s...)
}

// String sorts a copy before printing; the receiver is left alone.
func (s Sequence) String() string {
	s = s.Copy()
	sort.Sort(s)
	return fmt.Sprint([]int(s))
}

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func main() {
	seq := Sequence{5, 2, 9, 1, 7}
	fmt.Println(seq)
	fmt.Println([]int(seq))
	sort.Sort(sort.Reverse(seq))
	fmt.Println([]int(seq), sort.IsSorted(seq))

	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}}
	sort.Stable(ByAge(people))
	fmt.Println(people)

	sort.SliceStable(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)

	words := []string{"pear", "Apple", "fig", "banana"}
	sort.Strings(words)
	fmt.Println(words, sort.SearchStrings(words, "fig"))

	nums := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(nums)
	fmt.Println(nums)

	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
}
