package main

import "fmt"

// Add takes two integers and returns the sum of them.
func Add(x, y int) int {
	return x + y
}

func Subtract(x, y int) int { return x - y }

type intCase struct {
	a, b, want int
}

func main() {
	sum := Add(2, 2)
	expected := 4
	if sum != expected {
		fmt.Printf("expected '%d' but got '%d'\n", expected, sum)
	} else {
		fmt.Println("Add(2, 2) =", sum)
	}

	cases := []intCase{{1, 1, 2}, {-3, 5, 2}, {0, 0, 0}, {1 << 30, 1 << 30, 1 << 31}}
	for i, c := range cases {
		got := Add(c.a, c.b)
		status := "ok"
		if got != c.want {
			status = "FAIL"
		}
		fmt.Printf("case %d: Add(%d, %d) = %d [%s]\n", i, c.a, c.b, got, status)
	}

	// ExampleAdd
	fmt.Println(Add(1, 5))
	fmt.Println(Subtract(10, 3), Subtract(3, 10))

	var total int8 = 120
	total += 10
	fmt.Println("int8 overflow wraps to", total)
	fmt.Printf("%T %v\n", Add, Add(40, 2))
}
