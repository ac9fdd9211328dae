package main

import (
	"fmt"
	"math"
	"math/rand"
	"strings"
)

// The first pages of the tour: packages, imports and exported names.
func main() {
	r := rand.New(rand.NewSource(42))
	n := r.Intn(10)
	fmt.Println("my favorite number is in range:", n >= 0 && n < 10)
	// The same seed always gives the same sequence.
	a := rand.New(rand.NewSource(7))
	b := rand.New(rand.NewSource(7))
	same := true
	for i := 0; i < 5; i++ {
		if a.Intn(100) != b.Intn(100) {
			same = false
		}
	}
	fmt.Println("same seed, same numbers:", same)

	fmt.Printf("Now you have %g problems.\n", math.Sqrt(7))
	fmt.Println(math.Sqrt(2))
	fmt.Println(math.Pi)
	fmt.Printf("%.4f\n", math.Pi)
	fmt.Println(math.Floor(math.Pi*100) / 100)
	fmt.Println(strings.ToUpper("exported names start with a capital letter"))
	fmt.Println(math.MaxInt8, math.MinInt8, math.E > 2.7)
}
