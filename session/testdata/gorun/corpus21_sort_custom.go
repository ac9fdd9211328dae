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

func (p Person) String() string { return fmt.Sprintf("%s: %d", p.Name, p.Age) }

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type ByName struct{ ByAge }

func (b ByName) Less(i, j int) bool { return b.ByAge[i].Name < b.ByAge[j].Name }

type multiSorter struct {
	people []Person
	less   []func(a, b *Person) bool
}

func (ms *multiSorter) Len() int      { return len(ms.people) }
func (ms *multiSorter) Swap(i, j int) { ms.people[i], ms.people[j] = ms.people[j], ms.people[i] }
func (ms *multiSorter) Less(i, j int) bool {
	p, q := &ms.people[i], &ms.people[j]
	for _, l := range ms.less {
		if l(p, q) {
			return true
		}
		if l(q, p) {
			return false
		}
	}
	return false
}

func main() {
	people := []Person{{"Bob", 31}, {"John", 42}, {"Michael", 17}, {"Jenny", 26}, {"Al", 31}}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Sort(ByName{people})
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)

	ms := &multiSorter{people: people, less: []func(a, b *Person) bool{
		func(a, b *Person) bool { return a.Age > b.Age },
		func(a, b *Person) bool { return a.Name < b.Name },
	}}
	sort.Sort(ms)
	fmt.Println(people)

	ints := []int{5, 2, 8, 1, 9}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 8), sort.SearchInts(ints, 3))
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	fl := []float64{2.5, -1, 3.25}
	sort.Float64s(fl)
	fmt.Println(fl)
	strs := []string{"banana", "Apple", "cherry", "apple"}
	sort.Strings(strs)
	fmt.Println(strs)
	sort.Slice(strs, func(i, j int) bool { return strings.ToLower(strs[i]) < strings.ToLower(strs[j]) })
	fmt.Println(strs[0:2], strs[2:])
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println("first i with i*i>=50:", idx)

	wordCount := map[string]int{"go": 3, "is": 5, "fun": 3, "and": 1, "fast": 5}
	type kv struct {
		Key   string
		Value int
	}
	var kvs []kv
	for k, v := range wordCount {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].Value != kvs[j].Value {
			return kvs[i].Value > kvs[j].Value
		}
		return kvs[i].Key < kvs[j].Key
	})
	for _, e := range kvs {
		fmt.Printf("%-5s %d\n", e.Key, e.Value)
	}
	fmt.Println(sort.IsSorted(ByAge(people)))
}
