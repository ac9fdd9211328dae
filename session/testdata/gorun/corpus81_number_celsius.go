package main

import (
	"fmt"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Meters int

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func Sum[T Number](xs ...T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Average[T Number](xs []T) T {
	if len(xs) == 0 {
		return 0
	}
	return Sum(xs...) / T(len(xs))
}

func Max[T Number](first T, rest ...T) T {
	m := first
	for _, x := range rest {
		if x > m {
			m = x
		}
	}
	return m
}

func Scale[T Number](xs []T, k T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = x * k
	}
	return out
}

func main() {
	temps := []Celsius{21.5, 19.0, 23.25, 18.75}
	fmt.Println("sum:", Sum(temps...))
	fmt.Println("avg:", Average(temps))
	fmt.Println("max:", Max(temps[0], temps[1:]...))
	fmt.Printf("%v %T\n", Max(temps[0], temps...), Max(temps[0]))
	fmt.Println(Scale(temps, 2))
	fmt.Printf("%.2f\n", float64(Average(temps)))

	dist := []Meters{120, 80, 45}
	total := Sum(dist...)
	fmt.Println("meters:", total, Average(dist))
	fmt.Printf("%T %d\n", total, total)

	prices := []Cents{199, 2550, 5}
	fmt.Println("prices:", prices)
	fmt.Println("total:", Sum(prices...), "max:", Max(prices[0], prices...))
	fmt.Printf("avg %v (%d)\n", Average(prices), int64(Average(prices)))

	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Average([]int{1, 2}))
	fmt.Println(Sum[int64](), Max(3, 9, 4))
	var empty []Celsius
	fmt.Println("empty avg:", Average(empty))

	hot := Max[Celsius](30, 35.5, 32)
	if hot > 35 {
		fmt.Println("heat warning at", hot)
	}
	m := map[string]Celsius{"oslo": -3.5, "rome": 17}
	fmt.Println(m, Sum(m["oslo"], m["rome"]))
}
