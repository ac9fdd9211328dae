package main

import (
	"fmt"
	"slices"
	"strings"
)

type Entity[ID comparable] struct {
	ID   ID
	Tags []string
}

func (e *Entity[ID]) Tag(t string) { e.Tags = append(e.Tags, t) }

func (e Entity[ID]) HasTag(t string) bool { return slices.Contains(e.Tags, t) }

type Product struct {
	Entity[int]
	Name  string
	Price float64
}

type Customer struct {
	*Entity[string]
	Email string
}

type Box[T any] struct {
	Inner T
	Label string
}

type Wrapper[T any] struct {
	Box[T]
	Count int
}

func Transform[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

type Catalog[T fmt.Stringer] struct {
	items []T
}

func (c *Catalog[T]) Add(items ...T) { c.items = append(c.items, items...) }

// Names calls the generic Transform from a method of a generic type.
func (c *Catalog[T]) Names() string {
	return strings.Join(Transform(c.items, T.String), ", ")
}

func (p Product) String() string { return fmt.Sprintf("%s($%.2f)", p.Name, p.Price) }

func main() {
	p := Product{Entity: Entity[int]{ID: 7}, Name: "lamp", Price: 19.5}
	p.Tag("home")
	p.Tag("light")
	fmt.Println(p.ID, p.Tags, p.HasTag("home"), p.HasTag("x"))
	fmt.Println(p)
	fmt.Printf("%+v\n", p.Entity)
	fmt.Printf("%T %T\n", p, p.Entity)

	c := Customer{Entity: &Entity[string]{ID: "c-1"}, Email: "a@b.c"}
	c.Tag("vip")
	fmt.Println(c.ID, c.Tags, c.Email)

	w := Wrapper[[]int]{Box: Box[[]int]{Inner: []int{1, 2}, Label: "nums"}, Count: 2}
	fmt.Printf("%v\n%+v\n%T\n", w, w, w)
	nested := Box[Box[string]]{Inner: Box[string]{"in", "inner"}, Label: "outer"}
	fmt.Printf("%v %+v\n", nested, nested)
	fmt.Printf("%T\n", nested)
	pairs := []Box[int]{{1, "a"}, {2, "b"}}
	fmt.Printf("%v %+v\n", pairs, pairs[1])

	var cat Catalog[Product]
	cat.Add(p, Product{Name: "desk", Price: 120})
	fmt.Println(cat.Names())
	fmt.Println(Transform([]int{1, 2, 3}, func(i int) string { return strings.Repeat("*", i) }))
}
