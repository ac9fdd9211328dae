package main

import (
	"fmt"
	"iter"
)

func lines(name string) iter.Seq[string] {
	return func(yield func(string) bool) {
		fmt.Println("open", name)
		defer fmt.Println("close", name)
		for i := 1; i <= 5; i++ {
			if !yield(fmt.Sprintf("%s:%d", name, i)) {
				fmt.Println("consumer stopped early")
				return
			}
		}
	}
}

func firstMatch(name, want string) (string, bool) {
	for l := range lines(name) {
		if l == want {
			return l, true
		}
	}
	return "", false
}

func main() {
	for l := range lines("log") {
		fmt.Println("read", l)
		if l == "log:2" {
			break
		}
	}
	fmt.Println("---")
	v, ok := firstMatch("data", "data:3")
	fmt.Println(v, ok)
	fmt.Println("---")
	v, ok = firstMatch("cfg", "nope")
	fmt.Println(v, ok)
}
