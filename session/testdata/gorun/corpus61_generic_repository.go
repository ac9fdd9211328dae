package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
)

type Entity interface {
	comparable
	Key() string
}

type User struct {
	Email string
	Name  string
	Age   int
}

func (u User) Key() string { return u.Email }

type Product struct {
	Code  string
	Price int
}

func (p Product) Key() string { return p.Code }

var ErrNotFound = errors.New("not found")

type Repository[T Entity] struct {
	items map[string]T
	order []string
}

func NewRepository[T Entity]() *Repository[T] {
	return &Repository[T]{items: make(map[string]T)}
}

func (r *Repository[T]) Save(v T) {
	if _, ok := r.items[v.Key()]; !ok {
		r.order = append(r.order, v.Key())
	}
	r.items[v.Key()] = v
}

func (r *Repository[T]) Find(key string) (T, error) {
	v, ok := r.items[key]
	if !ok {
		var zero T
		return zero, fmt.Errorf("find %q: %w", key, ErrNotFound)
	}
	return v, nil
}

func (r *Repository[T]) All() []T {
	out := make([]T, 0, len(r.order))
	for _, k := range r.order {
		out = append(out, r.items[k])
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) T {
	return slices.MaxFunc(xs, func(a, b T) int { return cmp.Compare(key(a), key(b)) })
}

func main() {
	users := NewRepository[User]()
	users.Save(User{"ann@x.io", "Ann", 34})
	users.Save(User{"bo@x.io", "Bo", 19})
	users.Save(User{"cy@x.io", "Cy", 51})
	users.Save(User{"ann@x.io", "Ann B.", 35})

	u, err := users.Find("ann@x.io")
	fmt.Printf("%+v %v\n", u, err)
	_, err = users.Find("zed@x.io")
	fmt.Println(err, errors.Is(err, ErrNotFound))

	adults := Filter(users.All(), func(u User) bool { return u.Age >= 21 })
	fmt.Println(adults)
	fmt.Println(MaxBy(users.All(), func(u User) int { return u.Age }).Name)

	products := NewRepository[Product]()
	for _, p := range []Product{{"p1", 300}, {"p2", 120}, {"p3", 999}} {
		products.Save(p)
	}
	all := products.All()
	slices.SortFunc(all, func(a, b Product) int { return cmp.Compare(a.Price, b.Price) })
	fmt.Printf("%v %T\n", all, products)
	fmt.Println(MaxBy(all, func(p Product) string { return p.Code }))
}
