package main

import "fmt"

// Index returns the index of x in s, or -1 if not found.
func Index[T comparable](s []T, x T) int {
	for i, v := range s {
		// v and x are type T, which has the comparable
		// constraint, so we can use == here.
		if v == x {
			return i
		}
	}
	return -1
}

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Score int

func main() {
	// Index works on a slice of ints
	si := []int{10, 20, 15, -10}
	fmt.Println(Index(si, 15))

	// Index also works on a slice of strings
	ss := []string{"foo", "bar", "baz"}
	fmt.Println(Index(ss, "hello"))
	fmt.Println(Index[string](ss, "baz"))

	fmt.Println(Sum(si), Sum([]float64{1.5, 2.25}))
	fmt.Println(Sum([]Score{3, 4}))
	fmt.Printf("%T\n", Sum([]Score{3, 4}))
	fmt.Println(Map(si, func(i int) string { return fmt.Sprint(i * 2) }))
	type pt struct{ x, y int }
	fmt.Println(Index([]pt{{1, 2}, {3, 4}}, pt{3, 4}))
}
