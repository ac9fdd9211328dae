package main

import (
	"fmt"
	"sort"
	"strconv"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface{ ~float32 | ~float64 }

type Numeric interface {
	Integer | Float
}

func Average[T Numeric](xs ...T) float64 {
	if len(xs) == 0 {
		return 0
	}
	var sum T
	for _, x := range xs {
		sum += x
	}
	return float64(sum) / float64(len(xs))
}

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "ID-" + strconv.Itoa(int(i)) }

// A constraint with both a type set and a method.
type StringableInt interface {
	~int
	String() string
}

func Describe[T StringableInt](xs []T) []string {
	var out []string
	for _, x := range xs {
		out = append(out, fmt.Sprintf("%s(%d)", x.String(), int(x)*2))
	}
	return out
}

func JoinAll[T Stringer](xs []T, sep string) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += sep
		}
		s += x.String()
	}
	return s
}

type Ordered interface {
	Integer | Float | ~string
}

func SortSlice[T Ordered](xs []T) {
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
}

func Zero[T any]() T {
	var z T
	return z
}

func PtrTo[T any](v T) *T { return &v }

type Temperature float32

func main() {
	fmt.Println(Average(1, 2, 3, 4))
	fmt.Println(Average(1.5, 2.5))
	fmt.Println(Average[int8](100, 100, 100))
	fmt.Printf("%.2f\n", Average(Temperature(20.5), Temperature(22)))
	fmt.Println(Average[int]())

	ids := []ID{3, 1, 2}
	fmt.Println(Describe(ids))
	fmt.Println(JoinAll(ids, ", "))
	SortSlice(ids)
	fmt.Println(ids)

	words := []string{"pear", "apple", "fig"}
	SortSlice(words)
	fmt.Println(words)

	fmt.Printf("%q %v %v\n", Zero[string](), Zero[int](), Zero[*int]() == nil)
	p := PtrTo(42)
	*p++
	fmt.Println(*p, *PtrTo("x"))
}
