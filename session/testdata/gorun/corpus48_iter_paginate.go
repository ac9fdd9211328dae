package main

import (
	"fmt"
	"iter"
)

type page struct {
	items []string
	next  int
}

// fakeAPI pretends to be a paginated remote listing.
func fakeAPI(token int) page {
	all := []string{"a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt", "g.txt"}
	end := min(token+3, len(all))
	next := end
	if end == len(all) {
		next = -1
	}
	fmt.Println("  fetch page at", token)
	return page{items: all[token:end], next: next}
}

func listFiles() iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		idx := 0
		for tok := 0; tok >= 0; {
			p := fakeAPI(tok)
			for _, it := range p.items {
				if !yield(idx, it) {
					return
				}
				idx++
			}
			tok = p.next
		}
	}
}

func main() {
	for i, name := range listFiles() {
		fmt.Println(i, name)
	}
	fmt.Println("only first four:")
	for i, name := range listFiles() {
		if i == 4 {
			break
		}
		fmt.Println(i, name)
	}
}
