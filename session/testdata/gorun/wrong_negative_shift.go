package main

import "fmt"

func shifted(x int, n int8) (r int, err any) {
	defer func() { err = recover() }()
	return x << n, nil
}

func main() {
	fmt.Println(shifted(1, 3))
	fmt.Println(shifted(1, -3))

	var bits uint32
	for i := 0; i < 8; i += 2 {
		bits |= 1 << i
	}
	for i := range 3 {
		bits |= 1 << (i + 10)
	}
	fmt.Printf("%b\n", bits)

	n := -1
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		x := 256
		x >>= n
		fmt.Println("not reached", x)
	}()
	func() {
		defer func() {
			r := recover()
			_, isErr := r.(error)
			fmt.Println("recovered:", r, isErr)
		}()
		var u uint8 = 1
		fmt.Println(u << (n + 1))
		fmt.Println(u << n)
	}()
	k := 2
	k = k - 5
	fmt.Println(1 << k)
}
