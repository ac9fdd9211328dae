package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("  count", n, "cleaned up")
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

// A goto out of two nested ranges over functions, forward.
func search(want int) string {
	for i := range count(3) {
		for j := range count(3) {
			if i*10+j == want {
				fmt.Println("  found at", i, j)
				goto found
			}
		}
	}
	return "missing"
found:
	return "found"
}

// A goto backward, to retry the loop, from inside a switch in its body.
func retries() int {
	tries := 0
again:
	tries++
	for v := range count(4) {
		switch {
		case v == 2 && tries < 3:
			goto again
		}
	}
	return tries
}

func main() {
	fmt.Println(search(12))
	fmt.Println(search(99))
	fmt.Println("tries:", retries())
	n := 0
	for v := range count(5) {
		n += v
		if v == 3 {
			goto done
		}
	}
	fmt.Println("not reached")
done:
	fmt.Println("sum", n)
}
