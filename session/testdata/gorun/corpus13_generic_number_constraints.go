package main

import (
	"fmt"
	"math"
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

type Celsius float64
type Score int

func Sum[T Number](xs ...T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Average[T Number](xs []T) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	return float64(Sum(xs...)) / float64(len(xs))
}

func Clamp[T Number](x, lo, hi T) T {
	return max(lo, min(x, hi))
}

func Abs[T Integer | Float](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func Zip[K comparable, V any](ks []K, vs []V) []Pair[K, V] {
	n := min(len(ks), len(vs))
	out := make([]Pair[K, V], n)
	for i := range n {
		out[i] = Pair[K, V]{ks[i], vs[i]}
	}
	return out
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[int8](100, 27))
	temps := []Celsius{21.5, 23, 19.25}
	fmt.Printf("%.3f %T\n", Average(temps), Sum(temps...))
	scores := []Score{90, 72, 85}
	fmt.Println(Average(scores), Sum(scores...))
	fmt.Println(Average([]float64{}))

	fmt.Println(Clamp(15, 0, 10), Clamp(-3.5, -1, 1), Clamp(Score(50), 60, 100))
	fmt.Println(Abs(-7), Abs(3.25), Abs(Celsius(-40)))

	pairs := Zip([]string{"a", "b", "c"}, []int{1, 2})
	fmt.Println(pairs, len(pairs))
	for _, p := range Zip([]int{1, 2}, []bool{true, false}) {
		fmt.Println(p)
	}
}
