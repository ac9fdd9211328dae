package main

import "fmt"

func describe(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	}
	return "odd"
}

func grade(score int) []string {
	var out []string
	switch {
	case score >= 90:
		out = append(out, "A")
		fallthrough
	case score >= 80:
		out = append(out, "B-or-better")
		fallthrough
	case score >= 70:
		out = append(out, "passing")
	case score >= 0:
		out = append(out, "failing")
	}
	return out
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, describe(n))
	}
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Println(s, grade(s))
	}

	// No implicit fallthrough: case 1 prints only "one".
	switch 1 {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
	}

	// break inside switch leaves the switch, not the loop.
	for i := 0; i < 5; i++ {
		switch i {
		case 2:
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()

	// A labeled break leaves the loop.
loop:
	for i := 0; i < 5; i++ {
		switch {
		case i == 3:
			break loop
		case i%2 == 0:
			continue
		}
		fmt.Print("odd:", i, " ")
	}
	fmt.Println()

	ch := make(chan int, 10)
	for i := range 6 {
		ch <- i
	}
	close(ch)
	sum := 0
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break recv
			}
			if v == 4 {
				break // only leaves the select
			}
			sum += v
		}
	}
	fmt.Println("sum:", sum)

	switch x := 5; {
	case x > 3, x < -3:
		fmt.Println("big magnitude")
	default:
		fmt.Println("small")
	}
	switch c := 'b'; c {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	default:
		fmt.Println("consonant", string(c))
	}
}
