package main

import (
	"fmt"
	"sort"
)

type Employee struct {
	ID      int
	Name    string
	Manager *Employee
	Skills  map[string]int
}

type Dept map[string][]*Employee

func (d Dept) Add(name string, e *Employee) { d[name] = append(d[name], e) }

func (d Dept) Names() []string {
	var ns []string
	for k := range d {
		ns = append(ns, k)
	}
	sort.Strings(ns)
	return ns
}

func promote(e *Employee) { e.Name = "Sr. " + e.Name }
func rename(e Employee)   { e.Name = "nope" }

func newInt(v int) *int { return &v }

func main() {
	boss := &Employee{ID: 1, Name: "Ada", Skills: map[string]int{"go": 9}}
	dev := Employee{ID: 2, Name: "Bob", Manager: boss}
	fmt.Println(dev.Manager.Name, dev.Skills == nil, len(dev.Skills))
	promote(&dev)
	rename(dev)
	fmt.Println(dev.Name)
	dev.Manager.Skills["rust"] = 4
	fmt.Println(boss.Skills["rust"], len(boss.Skills))

	byID := map[int]*Employee{boss.ID: boss, dev.ID: &dev}
	byID[2].Name = "Robert"
	fmt.Println(dev.Name)
	vals := map[int]Employee{1: *boss}
	e := vals[1]
	e.Name = "changed copy"
	fmt.Println(vals[1].Name, e.Name)
	vals[1] = e
	fmt.Println(vals[1].Name)

	d := Dept{}
	d.Add("eng", boss)
	d.Add("eng", &dev)
	d.Add("ops", &Employee{ID: 3, Name: "Cy"})
	for _, n := range d.Names() {
		fmt.Print(n, ":")
		for _, e := range d[n] {
			fmt.Print(" ", e.Name)
		}
		fmt.Println()
	}

	p := newInt(5)
	q := p
	*q++
	fmt.Println(*p, p == q, newInt(5) == newInt(5))
	pp := &p
	**pp = 100
	fmt.Println(*p)

	counts := map[string]*int{}
	for _, w := range []string{"a", "b", "a"} {
		if counts[w] == nil {
			counts[w] = new(int)
		}
		*counts[w]++
	}
	fmt.Println(*counts["a"], *counts["b"])

	nested := map[string]map[string]int{}
	add := func(a, b string) {
		if nested[a] == nil {
			nested[a] = map[string]int{}
		}
		nested[a][b]++
	}
	add("x", "y")
	add("x", "y")
	add("x", "z")
	fmt.Println(nested)
	if v, ok := nested["q"]["r"]; !ok {
		fmt.Println("missing", v)
	}
	structPtrs := []*struct{ N int }{{1}, {2}}
	for _, s := range structPtrs {
		s.N *= 10
	}
	fmt.Println(structPtrs[0].N, structPtrs[1].N)
	var np *Employee
	fmt.Println(np == nil, np)
}
