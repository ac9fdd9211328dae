package main

import (
	"fmt"
	"strconv"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface {
	~float32 | ~float64
}

type Number interface {
	Integer | Float
}

type UserID int
type Meters float64

func Sum[T Number](xs ...T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Average[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

type Stringish interface {
	~string
}

func Join[S Stringish](parts []S, sep S) S {
	var out S
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

type Path string

func Abs[T Integer | Float](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func FormatAll[T Integer](xs []T) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		out = append(out, strconv.FormatInt(int64(x), 10))
	}
	return out
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25))
	ids := []UserID{10, 20, 30}
	fmt.Printf("%v %T\n", Sum(ids...), Sum(ids...))
	fmt.Println(Average([]Meters{1.5, 2.5, 4}))
	fmt.Println(Join([]Path{"usr", "local", "bin"}, "/"))
	fmt.Println(Abs(-3), Abs(Meters(-2.5)), Abs(int8(-7)))
	fmt.Println(FormatAll(ids))
	fmt.Println(Sum[float64]())
}
