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

func (p Person) String() string { return fmt.Sprintf("%s(%d)", p.Name, p.Age) }

type People []Person

func (p People) Len() int           { return len(p) }
func (p People) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }
func (p People) Less(i, j int) bool { return p[i].Name < p[j].Name }

// ByAge embeds People and overrides Less only.
type ByAge struct{ People }

func (b ByAge) Less(i, j int) bool { return b.People[i].Age < b.People[j].Age }

// ByNameLen embeds sort.Interface itself and overrides Less.
type ByNameLen struct{ sort.Interface }

// reverse is sort.Reverse written by hand.
type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type swapCounter struct {
	sort.Interface
	swaps *int
}

func (s swapCounter) Swap(i, j int) {
	*s.swaps++
	s.Interface.Swap(i, j)
}

func names(p People) string {
	parts := make([]string, len(p))
	for i, x := range p {
		parts[i] = x.String()
	}
	return strings.Join(parts, " ")
}

func main() {
	people := People{{"Carol", 35}, {"alice", 30}, {"Bob", 25}, {"Dave", 30}, {"Eve", 25}}

	sort.Sort(people)
	fmt.Println("by name:   ", names(people))
	sort.Stable(ByAge{people})
	fmt.Println("by age:    ", names(people))
	sort.Sort(reverse{ByAge{people}})
	fmt.Println("age desc:  ", names(people))
	sort.Sort(sort.Reverse(people))
	fmt.Println("name desc: ", names(people))

	n := 0
	sort.Sort(swapCounter{people, &n})
	fmt.Println("resorted:  ", names(people), "swaps>0:", n > 0)
	fmt.Println(sort.IsSorted(people), sort.IsSorted(ByAge{people}), sort.IsSorted(reverse{people}))

	// ByNameLen has Less from the embedded interface unless overridden,
	// so it sorts by name here.
	sort.Sort(ByNameLen{ByAge{people}})
	fmt.Println("embedded:  ", names(people))

	var si sort.Interface = ByAge{people}
	fmt.Printf("%T %d %v\n", si, si.Len(), si.Less(0, 1))
	idx := sort.Search(len(people), func(i int) bool { return people[i].Name >= "Dave" })
	fmt.Println(idx, people[idx])

	words := sort.StringSlice{"pear", "fig", "apple"}
	words.Sort()
	fmt.Println(words, words.Search("fig"), sort.SearchStrings(words, "grape"))
	ints := sort.IntSlice{5, 2, 9}
	sort.Sort(sort.Reverse(ints))
	fmt.Println(ints, ints.Len())
}
