package main

import (
	"fmt"
	"strconv"
)

func main() {
	// Converting between numeric types.
	var index int8 = 15
	var bigIndex int32 = int32(index)
	fmt.Println(bigIndex)

	var big int64 = 64
	var little int8 = int8(big)
	fmt.Println(little)

	var tooBig int64 = 129
	var wrapped int8 = int8(tooBig)
	fmt.Println("129 as int8:", wrapped)

	var neg = -1
	fmt.Println("-1 as uint8:", uint8(neg), "as uint16:", uint16(neg))

	f := 390.8
	i := int(f)
	fmt.Println("float to int truncates:", i)
	g := -3.9
	fmt.Println("negative truncates toward zero:", int(g))

	n := 57
	fmt.Println("int to float:", float64(n)/2)
	fmt.Println("integer division:", n/2, "remainder:", n%2)

	// Numbers to strings.
	lines := 12
	s := strconv.Itoa(lines)
	fmt.Println("Sammy has written " + s + " lines of code.")
	fmt.Println(strconv.FormatFloat(5524.53, 'f', 2, 64))
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16))
	fmt.Println(fmt.Sprint(42) + "!")
	fmt.Printf("%q\n", string(rune(65)))

	// Strings to numbers.
	lengthOfOcean := "4280"
	v, err := strconv.Atoi(lengthOfOcean)
	if err != nil {
		fmt.Println(err)
	}
	fmt.Println(v * 2)

	_, err = strconv.Atoi("not a number")
	fmt.Println("error:", err)

	fl, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(fl, err)

	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)

	h, err := strconv.ParseInt("ff", 16, 64)
	fmt.Println(h, err)

	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)

	q := strconv.Quote("hello\n\"gopher\"")
	fmt.Println(q)
	uq, _ := strconv.Unquote(q)
	fmt.Println(uq)

	// Strings and byte slices.
	bs := []byte("my string")
	fmt.Println(bs)
	fmt.Println(string(bs[3:]))
	rs := []rune("héllo")
	fmt.Println(len(rs), rs[1], string(rs[1]))
}
