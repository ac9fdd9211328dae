package main

import (
	"fmt"
	"runtime"
)

func f(name string) int {
	fmt.Println("evaluating", name)
	return len(name)
}

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func main() {
	fmt.Print("Go runs on ")
	switch os := runtime.GOOS; os {
	case "darwin":
		fmt.Println("macOS.")
	case "linux":
		fmt.Println("Linux.")
	default:
		fmt.Printf("%s.\n", os)
	}

	switch 3 {
	case f("a"):
		fmt.Println("one")
	case f("abc"):
		fmt.Println("three")
	case f("abcde"):
		fmt.Println("five")
	}

	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()

	switch x := 5; {
	case x > 3:
		fmt.Println("big")
		fallthrough
	case x > 1:
		fmt.Println("medium too")
	default:
		fmt.Println("small")
	}
}
