package main

import "fmt"

// Conversions of numbers to type parameters, instantiated with number
// types the program declares.

type Number interface {
	~int | ~int64 | ~float64
}

type Celsius float64

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

func Average[T Number](xs []T) T {
	var sum T
	for _, x := range xs {
		sum += x
	}
	return sum / T(len(xs))
}

func Convert[To, From Number](v From) To { return To(v) }

func Scale[T Number](x T, f float64) T { return T(float64(x) * f) }

func main() {
	fmt.Println(Average([]Celsius{20, 21, 23.5}), Average([]int{1, 2, 4}), Average([]Cents{199, 250}))
	fmt.Println(Convert[Celsius](12), Convert[int](Celsius(3.99)), Convert[Cents](int64(1234)))
	fmt.Printf("%v %T %v\n", Scale(Cents(1000), 1.5), Scale(Celsius(2), 0.25), Scale(7, 0.5))
}
