// Exercism-style "grains" with input validation and an exit code
package main

import (
	"errors"
	"fmt"
	"os"
)

var ErrInvalidSquare = errors.New("square number must be between 1 and 64")

func Square(number int) (uint64, error) {
	if number < 1 || number > 64 {
		return 0, fmt.Errorf("square %d: %w", number, ErrInvalidSquare)
	}
	return 1 << uint(number-1), nil
}

func Total() uint64 {
	var total uint64
	for i := 1; i <= 64; i++ {
		s, _ := Square(i)
		total += s
	}
	return total
}

func main() {
	defer fmt.Println("deferred: this must not print after os.Exit")
	for _, n := range []int{1, 2, 16, 32, 64} {
		v, err := Square(n)
		fmt.Printf("square %2d: %d (err=%v)\n", n, v, err)
	}
	fmt.Println("total:", Total())
	fmt.Printf("total hex: %#x\n", Total())

	failures := 0
	for _, n := range []int{0, 65, -1} {
		if _, err := Square(n); err != nil {
			fmt.Println("error:", err)
			failures++
		}
	}
	if failures > 0 {
		fmt.Printf("%d invalid inputs\n", failures)
		os.Exit(failures)
	}
	fmt.Println("unreachable")
}
