package main

import "fmt"

type Iterator[T any] func() (T, bool)

func FromSlice[T any](xs []T) Iterator[T] {
	i := 0
	return func() (T, bool) {
		if i >= len(xs) {
			var zero T
			return zero, false
		}
		v := xs[i]
		i++
		return v, true
	}
}

func Filter[T any](it Iterator[T], keep func(T) bool) Iterator[T] {
	return func() (T, bool) {
		for {
			v, ok := it()
			if !ok || keep(v) {
				return v, ok
			}
		}
	}
}

func Map[T, U any](it Iterator[T], f func(T) U) Iterator[U] {
	return func() (U, bool) {
		v, ok := it()
		if !ok {
			var zero U
			return zero, false
		}
		return f(v), true
	}
}

func Collect[T any](it Iterator[T]) []T {
	var out []T
	for v, ok := it(); ok; v, ok = it() {
		out = append(out, v)
	}
	return out
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	evens := Filter(FromSlice(nums), func(n int) bool { return n%2 == 0 })
	labels := Map(evens, func(n int) string { return fmt.Sprintf("<%d>", n*n) })
	fmt.Println(Collect(labels))

	it := FromSlice([]string{"a", "b"})
	for {
		s, ok := it()
		if !ok {
			break
		}
		fmt.Println("got", s)
	}
	_, ok := it()
	fmt.Println("exhausted:", !ok)
}
