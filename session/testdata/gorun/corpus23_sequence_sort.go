package main

import (
	"fmt"
	"sort"
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
	return fmt.Sprint([]int(s))
}

type Seq2 []int

func (s Seq2) String() string {
	s = append(Seq2(nil), s...)
	sort.IntSlice(s).Sort()
	return fmt.Sprint([]int(s))
}

func main() {
	s := Sequence{5, 2, 8, 1}
	fmt.Println(s)
	fmt.Println([]int(s))
	fmt.Printf("%v %d\n", s, s)
	s2 := Seq2{3, 1, 2}
	fmt.Println(s2, []int(s2))
	sort.Sort(sort.Reverse(s))
	fmt.Println([]int(s))
	fmt.Println(sort.IsSorted(s), sort.SearchInts([]int{1, 3, 5}, 4))
	var st fmt.Stringer = s
	fmt.Println(st)
}
