package main

import "fmt"

type Number interface {
	~int | ~int32 | ~int64 | ~float32 | ~float64
}

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

func Scale[S ~[]E, E Number](s S, f E) S {
	out := make(S, len(s))
	for i, v := range s {
		out[i] = v * f
	}
	return out
}

type Celsius float64
type Cents int64

type Prices []Cents

func (p Prices) Total() Cents { return Sum(p...) }

func Clamp[T Number](v, lo, hi T) T {
	return max(lo, min(v, hi))
}

func main() {
	fmt.Println(Sum(1, 2, 3, 4))
	fmt.Println(Sum(1.5, 2.25))
	fmt.Println(Sum[int32]())
	temps := []Celsius{20.5, 22, 19.5}
	fmt.Printf("%.2f %T\n", Average(temps), Sum(temps...))

	p := Prices{199, 250, 51}
	doubled := Scale(p, 2)
	fmt.Printf("%v %T total=%d\n", doubled, doubled, doubled.Total())
	fmt.Println(Scale([]float64{1, 2}, 0.5))

	fmt.Println(Clamp(15, 0, 10), Clamp(-3.5, -1, 1), Clamp[Cents](50, 0, 100))
	fmt.Println(Average([]int{}), Average([]int{1, 2}))
}
