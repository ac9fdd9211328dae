package main

import "fmt"

type Pair[A, B any] struct {
	Left  A
	Right B
}

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	n := min(len(as), len(bs))
	out := make([]Pair[A, B], n)
	for i := range n {
		out[i] = Pair[A, B]{as[i], bs[i]}
	}
	return out
}

func Unzip[A, B any](ps []Pair[A, B]) ([]A, []B) {
	as := make([]A, len(ps))
	bs := make([]B, len(ps))
	for i, p := range ps {
		as[i], bs[i] = p.Left, p.Right
	}
	return as, bs
}

func ToMap[K comparable, V any](ps []Pair[K, V]) map[K]V {
	m := make(map[K]V, len(ps))
	for _, p := range ps {
		m[p.Left] = p.Right
	}
	return m
}

func main() {
	names := []string{"ann", "bob", "cy"}
	ages := []int{31, 27, 45, 99}
	zipped := Zip(names, ages)
	fmt.Println(zipped)
	fmt.Printf("%+v\n", zipped[0])
	n, a := Unzip(zipped)
	fmt.Println(n, a)
	m := ToMap(zipped)
	fmt.Println(m["bob"], len(m))
	fmt.Println(m)
	nested := Zip(zipped, []bool{true, false})
	fmt.Printf("%v\n", nested)
}
