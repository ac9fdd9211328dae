package main

// A List[Money] joined its values by fmt.Fprint in generic code: the
// interpreter hands over a plain int64, which gogil prints as the Money
// it must be, since no instance gave the type parameter an int64. An
// Item's Money field the runner cannot tell from a plain int64 there
// (refused).

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Item struct {
	Name  string
	Price Money
}

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := l.head; n != nil; n = n.next {
			if !yield(n.val) {
				return
			}
		}
	}
}

func (l *List[T]) Join(sep string) string {
	var sb strings.Builder
	first := true
	for v := range l.All() {
		if !first {
			sb.WriteString(sep)
		}
		first = false
		fmt.Fprint(&sb, v)
	}
	return sb.String()
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := map[K][]T{}
	for _, x := range xs {
		out[key(x)] = append(out[key(x)], x)
	}
	return out
}

func PrintAll[T any](label string, xs []T) {
	fmt.Printf("%s (%d): %v\n", label, len(xs), xs)
	for i, x := range xs {
		fmt.Printf("  %d: %v / %+v\n", i, x, x)
	}
}

func main() {
	var l List[Money]
	for _, m := range []Money{199, 2500, 5} {
		l.Push(m)
	}
	fmt.Println(l.Join(", "))
	var items List[Item]
	items.Push(Item{"pen", 150})
	items.Push(Item{"book", 1299})
	fmt.Println(items.Join(" | "))
	inv := slices.Collect(items.All())
	slices.SortFunc(inv, func(a, b Item) int { return cmp.Compare(a.Price, b.Price) })
	PrintAll("items", inv)
	PrintAll("prices", []Money{1, 100})
	g := GroupBy(inv, func(it Item) bool { return it.Price > 1000 })
	for _, k := range slices.Sorted(maps.Keys(map[string]bool{"x": true})) {
		fmt.Println(k, g[true], g[false])
	}
	total := Money(0)
	for v := range l.All() {
		total += v
	}
	fmt.Println("total:", total, int64(total))
}
