package main

import (
	"fmt"
	"sort"
)

// A composite literal of a slice, map or array type with methods, put
// straight into a variable of an interface the program declares.
type Named interface {
	Name() string
}

type names []string

func (n names) Name() string { return fmt.Sprint("names", len(n)) }

type counts map[string]int

func (c counts) Name() string { return fmt.Sprint("counts", len(c)) }

type pair [2]int

func (p pair) Name() string { return fmt.Sprint("pair", p[0]+p[1]) }

type Sorter interface {
	sort.Interface
	Name() string
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }
func (b byLen) Name() string       { return "byLen" }

func main() {
	var n Named = names{"a", "b"}
	fmt.Println(n.Name(), n)

	var c Named = counts{"x": 1}
	fmt.Println(c.Name(), c)

	var p Named = pair{1, 2}
	fmt.Println(p.Name(), p)

	var s Sorter = byLen{"ccc", "a", "bb"}
	sort.Sort(s)
	fmt.Println(s.Name(), s)

	var m Named
	m = names{"z"}
	fmt.Println(m.Name())
}
