// Cell values in library interfaces, printed: at the top of an argument,
// in a []error, in a cell struct's field (all printed as Go does), then
// inside what sort.Reverse returns, a library struct that fmt prints by
// its fields, where the interpreter's wrapper would show function
// pointers: gogil must refuse that rather than print them.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type Names []string

func (n Names) Len() int           { return len(n) }
func (n Names) Less(i, j int) bool { return n[i] < n[j] }
func (n Names) Swap(i, j int)      { n[i], n[j] = n[j], n[i] }

type Missing struct{ Key string }

func (m Missing) Error() string { return "missing " + m.Key }

type Report struct {
	Title string
	Err   error
}

func main() {
	n := Names{"b", "c", "a"}
	var data sort.Interface = n
	sort.Sort(data)
	fmt.Println(data, n)
	errs := []error{Missing{"x"}, errors.New("plain")}
	fmt.Println(errs)
	fmt.Printf("%v %+v\n", Report{"r", Missing{"y"}}, Report{"s", nil})
	sort.Sort(sort.Reverse(n))
	fmt.Println(n)
	fmt.Println(sort.Reverse(n))
}
