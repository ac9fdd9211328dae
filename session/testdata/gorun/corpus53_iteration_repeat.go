package main

import (
	"fmt"
	"strings"
)

const repeatCount = 5

func Repeat(character string) string {
	var repeated string
	for i := 0; i < repeatCount; i++ {
		repeated += character
	}
	return repeated
}

func RepeatN(character string, count int) string {
	var b strings.Builder
	for range count {
		b.WriteString(character)
	}
	return b.String()
}

func main() {
	repeated := Repeat("a")
	expected := "aaaaa"
	if repeated != expected {
		fmt.Printf("expected %q but got %q\n", expected, repeated)
	}
	fmt.Println(repeated)

	for _, n := range []int{0, 1, 3, 7} {
		got := RepeatN("ab", n)
		fmt.Printf("RepeatN(%q, %d) = %q len=%d same=%v\n", "ab", n, got, len(got), got == strings.Repeat("ab", n))
	}

	for i := range 3 {
		fmt.Print(i, ":", RepeatN("*", i+1), " ")
	}
	fmt.Println()

	sum := 0
	for i := 1; i <= 10; i++ {
		if i%2 == 0 {
			continue
		}
		sum += i
	}
	fmt.Println("odd sum", sum)

	n := 0
	for {
		n++
		if n*n > 50 {
			break
		}
	}
	fmt.Println("first square over 50 is of", n)
}
