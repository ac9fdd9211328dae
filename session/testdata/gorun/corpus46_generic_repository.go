package main

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
)

type Entity[K cmp.Ordered] interface {
	Key() K
}

type Repo[K cmp.Ordered, E Entity[K]] struct {
	items map[K]E
}

func NewRepo[K cmp.Ordered, E Entity[K]]() *Repo[K, E] {
	return &Repo[K, E]{items: make(map[K]E)}
}

var ErrExists = errors.New("already exists")

func (r *Repo[K, E]) Add(e E) error {
	if _, ok := r.items[e.Key()]; ok {
		return fmt.Errorf("add %v: %w", e.Key(), ErrExists)
	}
	r.items[e.Key()] = e
	return nil
}

func (r *Repo[K, E]) Find(pred func(E) bool) []E {
	var out []E
	for _, k := range slices.Sorted(maps.Keys(r.items)) {
		if pred(r.items[k]) {
			out = append(out, r.items[k])
		}
	}
	return out
}

func (r *Repo[K, E]) Get(k K) (E, bool) {
	e, ok := r.items[k]
	return e, ok
}

type Product struct {
	SKU   string
	Price int
}

func (p Product) Key() string { return p.SKU }

type Order struct {
	ID    int
	Total int
}

func (o Order) Key() int { return o.ID }

func main() {
	products := NewRepo[string, Product]()
	for _, p := range []Product{{"b-2", 300}, {"a-1", 150}, {"c-3", 90}, {"a-1", 1}} {
		if err := products.Add(p); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrExists))
		}
	}
	cheap := products.Find(func(p Product) bool { return p.Price < 200 })
	fmt.Println(cheap)
	all := products.Find(func(Product) bool { return true })
	fmt.Println(all)

	orders := NewRepo[int, Order]()
	for i := 3; i >= 1; i-- {
		orders.Add(Order{i, i * 100})
	}
	big := orders.Find(func(o Order) bool { return o.Total >= 200 })
	fmt.Printf("%+v\n", big)
	o, ok := orders.Get(2)
	fmt.Println(o, ok)
	_, ok = orders.Get(7)
	fmt.Println(ok)
	fmt.Printf("%T\n", orders)
}
