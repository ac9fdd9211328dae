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

type byLength []string

func (s byLength) Len() int           { return len(s) }
func (s byLength) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s byLength) Less(i, j int) bool { return len(s[i]) < len(s[j]) }

func (p Person) String() string { return fmt.Sprintf("%s(%d)", p.Name, p.Age) }

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people)
	sort.Stable(ByAge(people))
	fmt.Println(people, sort.IsSorted(ByAge(people)))

	sort.Slice(people, func(i, j int) bool {
		if people[i].Age != people[j].Age {
			return people[i].Age > people[j].Age
		}
		return people[i].Name < people[j].Name
	})
	fmt.Println(people)

	fruits := []string{"peach", "banana", "kiwi", "fig", "apple"}
	sort.Sort(byLength(fruits))
	fmt.Println(fruits)
	sort.Strings(fruits)
	fmt.Println(fruits, sort.SearchStrings(fruits, "fig"), sort.StringsAreSorted(fruits))

	ints := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(ints)
	i := sort.SearchInts(ints, 8)
	fmt.Println(ints, i)
	j := sort.Search(len(ints), func(k int) bool { return ints[k] >= 4 })
	fmt.Println("first >= 4 at", j, ints[j])
	fl := sort.Float64Slice{2.5, -1, 3.25}
	fl.Sort()
	fmt.Println(fl, fl.Search(3.25))
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	words := strings.Fields("the Quick brown Fox")
	sort.SliceStable(words, func(a, b int) bool { return strings.ToLower(words[a]) < strings.ToLower(words[b]) })
	fmt.Println(words)
	var s fmt.Stringer = people[0]
	fmt.Printf("%v %s %d\n", s, people[1], len(people))
}
