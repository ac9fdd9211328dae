package main

import (
	"fmt"
	"sort"
)

type Change struct {
	User     string
	Language string
	Lines    int
}

type lessFunc func(p1, p2 *Change) bool

// multiSorter sorts by several keys, trying each less function in turn.
type multiSorter struct {
	changes []Change
	less    []lessFunc
}

func (ms *multiSorter) Sort(changes []Change) {
	ms.changes = changes
	sort.Sort(ms)
}

// OrderedBy returns a Sorter that sorts using the less functions, in order.
func OrderedBy(less ...lessFunc) *multiSorter {
	return &multiSorter{less: less}
}

func (ms *multiSorter) Len() int      { return len(ms.changes) }
func (ms *multiSorter) Swap(i, j int) { ms.changes[i], ms.changes[j] = ms.changes[j], ms.changes[i] }

func (ms *multiSorter) Less(i, j int) bool {
	p, q := &ms.changes[i], &ms.changes[j]
	var k int
	for k = 0; k < len(ms.less)-1; k++ {
		less := ms.less[k]
		switch {
		case less(p, q):
			return true
		case less(q, p):
			return false
		}
	}
	return ms.less[k](p, q)
}

var changes = []Change{
	{"gri", "Go", 100},
	{"ken", "C", 150},
	{"glenda", "Go", 200},
	{"rsc", "Go", 200},
	{"r", "Go", 100},
	{"ken", "Go", 200},
	{"dmr", "C", 100},
	{"r", "C", 150},
	{"gri", "Smalltalk", 80},
}

func printAll(label string) {
	fmt.Println(label)
	for _, c := range changes {
		fmt.Printf("  %-7s %-10s %4d\n", c.User, c.Language, c.Lines)
	}
}

func main() {
	user := func(c1, c2 *Change) bool { return c1.User < c2.User }
	language := func(c1, c2 *Change) bool { return c1.Language < c2.Language }
	increasingLines := func(c1, c2 *Change) bool { return c1.Lines < c2.Lines }
	decreasingLines := func(c1, c2 *Change) bool { return c1.Lines > c2.Lines }

	OrderedBy(user).Sort(changes)
	fmt.Println("By user:", changes)

	OrderedBy(user, increasingLines).Sort(changes)
	fmt.Println("By user,<lines:", changes)

	OrderedBy(user, decreasingLines).Sort(changes)
	fmt.Println("By user,>lines:", changes)

	OrderedBy(language, increasingLines).Sort(changes)
	printAll("By language,<lines:")

	OrderedBy(language, increasingLines, user).Sort(changes)
	printAll("By language,<lines,user:")

	ms := OrderedBy(decreasingLines)
	fmt.Printf("%T %d\n", ms, len(ms.less))
	fmt.Printf("%+v\n", changes[:2])
}
