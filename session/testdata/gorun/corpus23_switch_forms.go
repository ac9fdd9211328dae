package main

import (
	"fmt"
	"strings"
)

func classify(c byte) string {
	switch {
	case '0' <= c && c <= '9':
		return "digit"
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		return "letter"
	}
	return "other"
}

func shouldEscape(c byte) bool {
	switch c {
	case ' ', '?', '&', '=', '#', '+', '%':
		return true
	}
	return false
}

func grade(score int) string {
	switch s := score / 10; s {
	case 10, 9:
		return "A"
	case 8:
		return "B"
	case 7:
		return "C"
	default:
		return "F"
	}
}

func fall(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one")
		fallthrough
	case 2:
		out = append(out, "two")
	case 3:
		out = append(out, "three")
		fallthrough
	default:
		out = append(out, "default")
	}
	return out
}

func main() {
	for _, c := range []byte("a9?Z") {
		fmt.Print(classify(c), ":", shouldEscape(c), " ")
	}
	fmt.Println()
	fmt.Println(grade(95), grade(100), grade(81), grade(42))
	for i := range 5 {
		fmt.Println(i, fall(i))
	}
	switch x := strings.ToLower("GO"); {
	case x == "go":
		fmt.Println("gopher")
	}
	switch f := 2.5; {
	case f > 2:
		fmt.Println("big")
		if f > 2.4 {
			break
		}
		fmt.Println("never")
	}
	var v any = 3
	switch v {
	case 3.0:
		fmt.Println("float three")
	case 3:
		fmt.Println("int three")
	}
}
