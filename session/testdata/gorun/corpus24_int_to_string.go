package main

import (
	"fmt"
	"strconv"
)

func main() {
	n := 65
	fmt.Println(string(rune(n)))
	fmt.Println(strconv.Itoa(n), fmt.Sprint(n), fmt.Sprintf("%d", n))
	fmt.Println(string(rune(0x4e16)), string(rune(-1)) == "\uFFFD")
	fmt.Printf("%q\n", string(rune(0x10FFFF+1)))

	b := byte('A')
	fmt.Println(b, string(b), string([]byte{72, 105}))
	fmt.Println(string([]rune{0x47, 0x6f, 0x2764}))

	r := 'x'
	fmt.Printf("%T %v %c %q\n", r, r, r, r)
	fmt.Println(r + 1)
	fmt.Println(string(r + 1))

	digits := ""
	for d := range 5 {
		digits += string(rune('0' + d))
	}
	fmt.Println(digits)

	fmt.Println(strconv.Quote("tab\there"), strconv.QuoteRune('☺'), strconv.QuoteToASCII("naïve"))
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(5, 2), strconv.FormatUint(1<<63, 36))
	v, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(v, err)
	fmt.Println(strconv.AppendInt([]byte("n="), 42, 10))
	fmt.Println(string(strconv.AppendInt([]byte("n="), 42, 10)))
}
