package main

import "fmt"

const c = 2 + 5i

const twiceReal = real(c) * 2

type celsius float32

func main() {
	fmt.Println(real(3+4i), imag(3+4i))
	fmt.Printf("%T %v\n", 3+4i, real(3+4i))
	fmt.Println(real(c), imag(c), twiceReal)
	fmt.Printf("%T %T\n", real(complex64(1+2i)), imag(2i))
	var f float64 = real(3 + 4i)
	var g = celsius(imag(1 - 9i))
	fmt.Println(f, g)
	z := complex(1.5, -2)
	fmt.Println(real(z), imag(z))
}
