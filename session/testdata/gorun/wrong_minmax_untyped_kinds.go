package main

import "fmt"

// min and max of untyped constants of mixed kinds are constants of the
// largest kind: min(3, 4.5) is the untyped float 3.
const lo = min(3, 4.5)

const first = min('z', 'b', 120)

func main() {
	v := min(1, 2.5)
	fmt.Println(v/2, lo/2)
	w := max(2, 1.0)
	fmt.Printf("%T %v\n", w, w/4)
	const c = max(7, 'a')
	fmt.Printf("%T %v %c\n", c, c, first)
	const neg = min(-1, 'a')
	fmt.Printf("%T %v\n", neg, neg)
	const k = min(10, 2.5) * 2
	fmt.Println(k, min(1, 2.5)/2, max(3, 0.5)/2)
	var f float32 = 3
	fmt.Printf("%T %v\n", min(f, 1), max(f, 7)/2)
}
