package main

import (
	"fmt"
	"math"
)

func mod(a, b int) int {
	return ((a % b) + b) % b
}

func main() {
	fmt.Println(7/2, -7/2, 7/-2, -7/-2)
	fmt.Println(7%3, -7%3, 7%-3, -7%-3)
	fmt.Println("euclidean mod:", mod(-7, 3), mod(7, 3))
	fmt.Println(7.0/2, float64(7)/2, float64(7/2))

	// Integer division in averages.
	scores := []int{90, 85, 88}
	sum := 0
	for _, s := range scores {
		sum += s
	}
	fmt.Println(sum/len(scores), float64(sum)/float64(len(scores)))
	fmt.Printf("%.2f\n", float64(sum)/float64(len(scores)))

	// Shifts are not division for negative numbers.
	n := -7
	fmt.Println(n/2, n>>1, n/4, n>>2)

	// math helpers.
	fmt.Println(math.Trunc(-2.7), math.Floor(-2.7), math.Ceil(-2.2), math.Round(-2.5))
	fmt.Println(math.Mod(-7, 3), math.Remainder(7, 3), math.Abs(-0.0))
	q, r := divmod(17, 5)
	fmt.Println(q, r)

	// Percentages.
	done, total := 3, 8
	fmt.Println(done/total*100, done*100/total, float64(done)/float64(total)*100)

	// Powers without math.Pow.
	p := 1
	for i := 0; i < 10; i++ {
		p *= 2
	}
	fmt.Println(p, 2^10, math.Pow(2, 10), 1<<10)

	// Even/odd with negative numbers.
	for _, v := range []int{-3, -2, 0, 5} {
		fmt.Print(v, " odd:", v%2 == 1, " odd(!=0):", v%2 != 0, "; ")
	}
	fmt.Println()
}

func divmod(a, b int) (int, int) {
	return a / b, a % b
}
