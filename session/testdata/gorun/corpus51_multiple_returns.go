package main

import (
	"fmt"
	"io"
	"strings"
)

func nextInt(b []byte, i int) (int, int) {
	for ; i < len(b) && !isDigit(b[i]); i++ {
	}
	x := 0
	for ; i < len(b) && isDigit(b[i]); i++ {
		x = x*10 + int(b[i]) - '0'
	}
	return x, i
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func ReadFull(r io.Reader, buf []byte) (n int, err error) {
	for len(buf) > 0 && err == nil {
		var nr int
		nr, err = r.Read(buf)
		n += nr
		buf = buf[nr:]
	}
	return
}

func minMax(xs ...int) (lo, hi int) {
	if len(xs) == 0 {
		return
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

func swap(a, b string) (string, string) { return b, a }

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func shadow() (err error) {
	if true {
		err := fmt.Errorf("inner")
		_ = err
	}
	return
}

func main() {
	b := []byte("x=12, y=345 z=6")
	for i := 0; i < len(b); {
		var v int
		v, i = nextInt(b, i)
		fmt.Print(v, " ")
	}
	fmt.Println()

	buf := make([]byte, 8)
	n, err := ReadFull(strings.NewReader("hello, reader"), buf)
	fmt.Println(n, err, string(buf))
	n, err = ReadFull(strings.NewReader("tiny"), buf)
	fmt.Println(n, err)

	fmt.Println(minMax(4, -2, 9, 0))
	fmt.Println(minMax())
	lo, _ := minMax(5, 3)
	fmt.Println(lo)

	a, c := swap("hello", "world")
	fmt.Println(a, c)
	fmt.Println(split(17))
	fmt.Println(shadow())

	fmt.Println(strings.Cut("key=value", "="))
	before, after, found := strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
}
