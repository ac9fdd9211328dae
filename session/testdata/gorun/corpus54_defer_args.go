package main

import "fmt"

func trace(msg string) string {
	fmt.Println("enter", msg)
	return msg
}

func un(msg string) { fmt.Println("leave", msg) }

func nested() {
	defer un(trace("nested"))
	fmt.Println("in nested")
}

func counter() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }()
	return x
}

func main() {
	i := 1
	defer fmt.Println("deferred i =", i)
	i = 2
	defer func() { fmt.Println("closure i =", i) }()
	i = 3

	for j := 0; j < 3; j++ {
		defer fmt.Println("loop defer", j)
	}

	nested()
	fmt.Println("counter:", counter())
	fmt.Println("unnamed:", unnamed())

	// defer in a loop inside a function literal runs at each call's end.
	for k := 0; k < 2; k++ {
		func() {
			defer fmt.Println("closing", k)
			fmt.Println("opening", k)
		}()
	}

	s := []int{1, 2, 3}
	defer fmt.Println("slice at defer:", s)
	s[0] = 9
	s = append(s, 4)

	fmt.Println("end of main")
}
