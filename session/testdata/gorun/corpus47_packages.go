package main

import (
	"fmt"
	"math"
	"math/rand"
	"strings"
)

func main() {
	r := rand.New(rand.NewSource(7))
	n := r.Intn(10)
	fmt.Println("my favorite number is in range:", n >= 0 && n < 10)
	fmt.Printf("Now you have %g problems.\n", math.Sqrt(7))
	fmt.Println(math.Pi)
	fmt.Printf("%.3f\n", math.Pi)
	fmt.Println(strings.ToUpper("exported names start with a capital"))
	fmt.Println(math.MaxInt8, math.MinInt16)
	fmt.Println(math.Floor(2.7), math.Ceil(2.1), math.Abs(-3.5))
}
