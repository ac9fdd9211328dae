package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Float interface {
	~float32 | ~float64
}

type Numeric interface {
	Integer | Float
}

type UserID int64
type Meters float32

func Sum[T Numeric](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Average[T Numeric](xs []T) float64 {
	if len(xs) == 0 {
		return 0
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

func Abs[T Integer | Float](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func Clamp[T Numeric](x, lo, hi T) T {
	if x < lo {
		return lo
	}
	if x > hi {
		return hi
	}
	return x
}

func main() {
	ids := []UserID{101, 202, 303}
	fmt.Println(Sum(ids...))
	fmt.Printf("%T\n", Sum(ids...))
	dists := []Meters{1.5, 2.25, 3}
	fmt.Println(Sum(dists...), Average(dists))
	fmt.Println(Average([]int{1, 2, 3, 4}))
	fmt.Println(Abs(-7), Abs(Meters(-2.5)), Abs(int8(-128+1)))
	fmt.Println(Clamp(15, 0, 10), Clamp(-3.5, -1, 1), Clamp(UserID(5), 1, 9))
}
