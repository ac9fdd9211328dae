package main

import (
	"fmt"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type multiSorter struct {
	people []Person
	less   []func(a, b *Person) bool
}

func (ms *multiSorter) Len() int      { return len(ms.people) }
func (ms *multiSorter) Swap(i, j int) { ms.people[i], ms.people[j] = ms.people[j], ms.people[i] }
func (ms *multiSorter) Less(i, j int) bool {
	p, q := &ms.people[i], &ms.people[j]
	for _, less := range ms.less {
		switch {
		case less(p, q):
			return true
		case less(q, p):
			return false
		}
	}
	return false
}

func main() {
	people := []Person{{"Bob", 31}, {"John", 42}, {"Michael", 17}, {"Jenny", 26}, {"Alice", 31}}
	fmt.Println(people)
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name < people[j].Name })
	fmt.Println(people)

	ms := &multiSorter{people: people, less: []func(a, b *Person) bool{
		func(a, b *Person) bool { return a.Age > b.Age },
		func(a, b *Person) bool { return a.Name < b.Name },
	}}
	sort.Sort(ms)
	fmt.Println(people)

	a := []int{1, 3, 6, 10, 15, 21, 28, 36, 45, 55}
	x := 6
	i := sort.Search(len(a), func(i int) bool { return a[i] >= x })
	if i < len(a) && a[i] == x {
		fmt.Printf("found %d at index %d in %v\n", x, i, a)
	}
	x = 7
	i = sort.Search(len(a), func(i int) bool { return a[i] >= x })
	fmt.Printf("%d not found, would insert at %d\n", x, i)
	fmt.Println(sort.SearchInts(a, 55), sort.SearchInts(a, 100))

	guess := 0
	secret := 71
	n := sort.Search(100, func(i int) bool {
		guess++
		return i >= secret
	})
	fmt.Println("found", n, "in", guess, "guesses")

	words := strings.Fields("pear apple fig banana kiwi")
	sort.Strings(words)
	fmt.Println(words, sort.StringsAreSorted(words))
	idx, found := sort.Find(len(words), func(i int) int { return strings.Compare("fig", words[i]) })
	fmt.Println(idx, found)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl, sort.SearchFloat64s(fl, 3))
	is := sort.IntSlice{5, 2, 8}
	is.Sort()
	fmt.Println(is, is.Search(8))
}
