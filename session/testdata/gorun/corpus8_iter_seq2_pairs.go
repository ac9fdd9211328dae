package main

import (
	"fmt"
	"iter"
	"strings"
)

type Inventory struct {
	names  []string
	counts []int
}

func (inv *Inventory) Add(name string, n int) {
	inv.names = append(inv.names, name)
	inv.counts = append(inv.counts, n)
}

func (inv *Inventory) All() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for i, name := range inv.names {
			if !yield(name, inv.counts[i]) {
				return
			}
		}
	}
}

func Enumerate[T any](xs []T) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i+1, x) {
				return
			}
		}
	}
}

func main() {
	inv := &Inventory{}
	inv.Add("bolts", 40)
	inv.Add("nuts", 0)
	inv.Add("washers", 12)
	for name, n := range inv.All() {
		if n == 0 {
			fmt.Println(name, "out of stock")
			continue
		}
		fmt.Printf("%-8s %3d\n", name, n)
	}
	for name := range inv.All() {
		fmt.Print(strings.ToUpper(name[:1]), " ")
	}
	fmt.Println()
	for i, w := range Enumerate([]string{"one", "two", "three"}) {
		if w == "three" {
			break
		}
		fmt.Println(i, w)
	}
	total := 0
	for _, n := range inv.All() {
		total += n
	}
	fmt.Println("total", total)
}
