package main

import "fmt"

type Signed interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Integer interface {
	Signed | Unsigned
}

type Float interface {
	~float32 | ~float64
}

type Numeric interface {
	Integer | Float
}

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

func Abs[T Signed | Float](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func Clamp[T Integer | Float](v, lo, hi T) T {
	return max(lo, min(v, hi))
}

type Meters float32
type Score uint8

func main() {
	fmt.Println(Sum(1, 2, 3))
	fmt.Println(Sum(1.5, 2.25))
	fmt.Println(Sum[uint8](200, 50))
	fmt.Printf("%v %T\n", Sum(Meters(1.5), 2), Sum(Meters(1.5), 2))
	fmt.Printf("%.2f\n", Average([]Score{90, 85, 77}))
	fmt.Println(Abs(-7), Abs(int8(-128)), Abs(-2.5))
	fmt.Println(Clamp(15, 0, 10), Clamp(-3.5, -1, 1), Clamp(Score(50), 60, 100))
	var big int64 = 1 << 40
	fmt.Println(Sum(big, big))
}
