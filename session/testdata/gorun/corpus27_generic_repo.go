package main

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
)

type Entity interface {
	GetID() string
	Validate() error
}

type Product struct {
	SKU   string
	Name  string
	Price int
}

func (p Product) GetID() string { return p.SKU }
func (p Product) Validate() error {
	if p.Price < 0 {
		return fmt.Errorf("product %s: negative price", p.SKU)
	}
	return nil
}

type Customer struct {
	Email string
	Name  string
}

func (c Customer) GetID() string { return c.Email }
func (c Customer) Validate() error {
	if c.Name == "" {
		return errors.New("customer: empty name")
	}
	return nil
}

var ErrNotFound = errors.New("not found")

type Repo[T Entity] struct {
	items map[string]T
}

func NewRepo[T Entity]() *Repo[T] {
	return &Repo[T]{items: make(map[string]T)}
}

func (r *Repo[T]) Save(item T) error {
	if err := item.Validate(); err != nil {
		return err
	}
	r.items[item.GetID()] = item
	return nil
}

func (r *Repo[T]) Find(id string) (T, error) {
	item, ok := r.items[id]
	if !ok {
		var zero T
		return zero, fmt.Errorf("%T %q: %w", zero, id, ErrNotFound)
	}
	return item, nil
}

func (r *Repo[T]) All() []T {
	ids := slices.Sorted(maps.Keys(r.items))
	out := make([]T, 0, len(ids))
	for _, id := range ids {
		out = append(out, r.items[id])
	}
	return out
}

func (r *Repo[T]) Where(pred func(T) bool) []T {
	var out []T
	for _, it := range r.All() {
		if pred(it) {
			out = append(out, it)
		}
	}
	return out
}

func SortBy[T any, K cmp.Ordered](xs []T, key func(T) K) {
	slices.SortFunc(xs, func(a, b T) int { return cmp.Compare(key(a), key(b)) })
}

func main() {
	products := NewRepo[Product]()
	for _, p := range []Product{{"B2", "Bolt", 15}, {"A1", "Anvil", 900}, {"C3", "Cog", -1}, {"D4", "Drill", 4500}} {
		if err := products.Save(p); err != nil {
			fmt.Println("save:", err)
		}
	}
	fmt.Println(products.All())
	cheap := products.Where(func(p Product) bool { return p.Price < 1000 })
	fmt.Printf("%+v\n", cheap)
	all := products.All()
	SortBy(all, func(p Product) int { return -p.Price })
	fmt.Println(all)

	customers := NewRepo[Customer]()
	fmt.Println(customers.Save(Customer{"x@y.z", ""}))
	customers.Save(Customer{"ann@y.z", "Ann"})
	c, err := customers.Find("ann@y.z")
	fmt.Println(c, err)
	_, err = customers.Find("nobody")
	fmt.Println(err, errors.Is(err, ErrNotFound))
	_, err = products.Find("Z9")
	fmt.Println(err)
}
