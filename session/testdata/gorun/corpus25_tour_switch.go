package main

import (
	"fmt"
	"runtime"
	"time"
)

func f(name string) int {
	fmt.Println("evaluated", name)
	return len(name)
}

func greeting(hour int) string {
	switch {
	case hour < 12:
		return "Good morning!"
	case hour < 17:
		return "Good afternoon."
	default:
		return "Good evening."
	}
}

func main() {
	fmt.Print("Go runs on ")
	switch os := runtime.GOOS; os {
	case "":
		fmt.Println("nothing?")
	default:
		fmt.Println("a non-empty GOOS:", len(os) > 0)
	}

	// Cases are evaluated top to bottom, stopping at the first match.
	switch 3 {
	case f("a"):
		fmt.Println("a")
	case f("abc"):
		fmt.Println("abc")
	case f("abcde"):
		fmt.Println("abcde")
	}

	today := time.Saturday
	switch time.Saturday {
	case today + 0:
		fmt.Println("Today.")
	case today + 1:
		fmt.Println("Tomorrow.")
	default:
		fmt.Println("Too far away.")
	}

	for _, h := range []int{8, 13, 21} {
		fmt.Println(h, greeting(h))
	}

	switch x := 5; {
	case x > 3:
		fmt.Println("big")
		fallthrough
	case x > 1:
		fmt.Println("medium")
	case x > 0:
		fmt.Println("small")
	}
	switch c := 'e'; c {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	}
}
