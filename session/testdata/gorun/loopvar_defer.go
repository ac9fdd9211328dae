package main

import "fmt"

func closeAll(names []string) {
	for _, name := range names {
		defer func() { fmt.Println("closing", name) }()
	}
	fmt.Println("opened", len(names))
}

func countDown() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("count", i)
	}
}

func main() {
	closeAll([]string{"a.txt", "b.txt"})
	countDown()
}
