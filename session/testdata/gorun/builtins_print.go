package main

import (
	"errors"
	"fmt"
	"os"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type label string

func main() {
	fmt.Println("stdout first")
	println("hello", 42, true, 2.5, 'x')
	print("no", "spaces", 1, 2, "\n")
	println(1e21, 0.1, float32(1)/3, -3.0, 123456789.0, 1e-7)
	println(complex(1, 2), complex64(complex(0.5, -2)))
	var zero float64
	println(zero, -zero, 1/zero, -1/zero, zero/zero)
	println(int8(-128), uint64(1<<63), uint8(255))
	println(Celsius(21.5), label("plain"))
	var p *int
	var err error
	println(p, p == nil, err)
	err = errors.New("boom")
	println(err != nil)
	os.Stderr = os.Stdout
	println("the runtime's stderr, not os.Stderr")
	for i := range 3 {
		defer println("deferred", i)
	}
	func() {
		print("in a func literal\n")
	}()
	fmt.Println("stdout last")
}
