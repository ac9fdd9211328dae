package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func (p Person) String() string { return fmt.Sprintf("%s(%d)", p.Name, p.Age) }

type People []Person

func (p People) Len() int      { return len(p) }
func (p People) Swap(i, j int) { p[i], p[j] = p[j], p[i] }

// ByAge and ByName embed People to get Len and Swap for free.
type ByAge struct{ People }

func (b ByAge) Less(i, j int) bool { return b.People[i].Age < b.People[j].Age }

type ByName struct{ People }

func (b ByName) Less(i, j int) bool { return b.People[i].Name < b.People[j].Name }

// Our own reverse, like sort.Reverse: embed the interface, flip Less.
type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

func Reverse(data sort.Interface) sort.Interface { return reverse{data} }

func main() {
	people := People{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dave", 25}}

	sort.Sort(ByName{people})
	fmt.Println(people)

	sort.Stable(ByAge{people})
	fmt.Println(people)

	sort.Sort(Reverse(ByAge{people}))
	fmt.Println(people)

	sort.Sort(sort.Reverse(ByName{people}))
	fmt.Println(people)

	fmt.Println(sort.IsSorted(ByName{people}), sort.IsSorted(sort.Reverse(ByName{people})))

	nums := []int{5, 2, 8, 1}
	sort.Sort(sort.Reverse(sort.IntSlice(nums)))
	fmt.Println(nums)

	idx := sort.Search(len(people), func(i int) bool { return people[i].Name <= "Bob" })
	fmt.Println(idx, people[idx])
	fmt.Printf("%v %+v %s\n", people[0], people[1], people[2:])
}
