package main

import (
	"fmt"
	"strings"
)

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n%2 == 0:
		return "even"
	default:
		return "odd"
	}
}

func unhex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return 0
}

func shouldEscape(c byte) bool {
	switch c {
	case ' ', '?', '&', '=', '#', '+', '%':
		return true
	}
	return false
}

func grade(score int) string {
	var notes []string
	switch {
	case score >= 90:
		notes = append(notes, "excellent")
		fallthrough
	case score >= 70:
		notes = append(notes, "passed")
		fallthrough
	case score >= 0:
		notes = append(notes, "graded")
	default:
		notes = append(notes, "invalid")
	}
	return strings.Join(notes, "+")
}

func compare(a, b []byte) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		switch {
		case a[i] > b[i]:
			return 1
		case a[i] < b[i]:
			return -1
		}
	}
	switch {
	case len(a) > len(b):
		return 1
	case len(a) < len(b):
		return -1
	}
	return 0
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	fmt.Println(unhex('7'), unhex('b'), unhex('F'), unhex('z'))
	fmt.Println(shouldEscape('&'), shouldEscape('a'))
	for _, s := range []int{95, 75, 10, -1} {
		fmt.Println(s, grade(s))
	}
	fmt.Println(compare([]byte("abc"), []byte("abd")), compare([]byte("ab"), []byte("a")), compare(nil, nil))

	switch x := len("four"); x {
	case 1, 2, 3:
		fmt.Println("short")
	case 4:
		fmt.Println("four exactly")
		fallthrough
	case 5:
		fmt.Println("fell into five")
	case 6:
		fmt.Println("not reached")
	}

	switch day := "sat"; {
	case day == "sat" || day == "sun":
		fmt.Println("weekend")
	default:
		fmt.Println("weekday")
	}
}
