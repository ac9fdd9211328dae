package main

import (
	"fmt"
	"strconv"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s))

	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(b), len(r))
	fmt.Println(b[:3])
	fmt.Println(r[:3])
	fmt.Println(string(b[1:3]), string(r[7:]))

	b[0] = 'H'
	fmt.Println(string(b), s)

	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	fmt.Println(string([]rune{0x48, 0x69}))
	fmt.Println(string([]byte{0xe4, 0xb8, 0x96}))

	for i, c := range "aé世" {
		fmt.Printf("%d:%c(%d) ", i, c, utf8.RuneLen(c))
	}
	fmt.Println()

	for i := 0; i < len("aé"); i++ {
		fmt.Printf("%x ", "aé"[i])
	}
	fmt.Println()

	n, err := strconv.Atoi("1234")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	fmt.Println(strconv.Itoa(-45) + "!")
	fmt.Println(strconv.Quote("tab\there"), strconv.FormatInt(255, 2))
	f, _ := strconv.ParseFloat("2.5e3", 64)
	fmt.Println(f)
	bo, _ := strconv.ParseBool("true")
	fmt.Println(bo)
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)

	fmt.Println(fmt.Sprint(42) + fmt.Sprint(3.0))
	var x byte = 'z'
	fmt.Println(x, string(x), string(rune(x)+1))

	bad := string([]byte{0xff, 'a'})
	for _, c := range bad {
		fmt.Printf("%U ", c)
	}
	fmt.Println(utf8.ValidString(bad))
}
