package main

import (
	"fmt"
	"math"
	"strings"
)

var (
	length  = 12.0
	breadth = 5.0
)

func init() {
	fmt.Println("main package initialized")
	if length < 0 || breadth < 0 {
		panic("length and breadth must be positive")
	}
}

// Area computes the area of a rectangle.
func Area(l, b float64) float64 {
	return l * b
}

// Diagonal computes the diagonal of a rectangle.
func Diagonal(l, b float64) float64 {
	return math.Sqrt(l*l + b*b)
}

func main() {
	fmt.Println("Geometrical shape properties")
	fmt.Printf("area of rectangle %.2f\n", Area(length, breadth))
	fmt.Printf("diagonal of the rectangle %.2f\n", Diagonal(length, breadth))
	fmt.Println(strings.Repeat("-", 20))
	_ = math.Pi
}
