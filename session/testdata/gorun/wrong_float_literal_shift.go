package main

import "fmt"

// The spec's shift examples: an untyped constant shifted by a variable
// count takes the type its context gives the shift, 1.0 too.
func shifts(s uint) {
	var a [1024]byte
	var m int = 1.0 << s
	var n = 1.0<<s == int32(0)
	var k = uint64(1.0 << s)
	var x = a[1.0<<(s-30)]
	b := make([]byte, 1.0<<(s-30))
	const half = 0.5 * 2
	var h int64 = half << s
	var r = 'a' << (s - 30)
	fmt.Println(m, n, k, x, len(b), h, r)
	fmt.Printf("%T %T %T\n", m, h, r)
}

func main() {
	shifts(33)
	var s uint = 33
	var m int = 1.0 << s
	fmt.Println(m)
}
