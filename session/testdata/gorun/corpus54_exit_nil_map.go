package main

import "fmt"

type Registry struct {
	items map[string]int
}

func (r *Registry) Add(name string) {
	r.items[name]++
}

func main() {
	var counts map[string]int
	fmt.Println("read from nil map:", counts["a"], len(counts))
	r := &Registry{}
	fmt.Println("registry has", len(r.items), "items")
	r.Add("x")
	fmt.Println("unreachable")
}
