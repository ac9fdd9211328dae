package main

import (
	"fmt"
	"strconv"
)

func main() {
	f, _ := strconv.ParseFloat("1.234", 64)
	fmt.Println(f)
	i, _ := strconv.ParseInt("123", 0, 64)
	fmt.Println(i)
	d, _ := strconv.ParseInt("0x1c8", 0, 64)
	fmt.Println(d)
	u, _ := strconv.ParseUint("789", 0, 64)
	fmt.Println(u)
	k, _ := strconv.Atoi("135")
	fmt.Println(k)
	_, e := strconv.Atoi("wat")
	fmt.Println(e)
	fmt.Println(strconv.Itoa(99) + "!")
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16))
	fmt.Println(strconv.Quote("hi\n\"there\""))
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64))
	s := strconv.AppendInt([]byte("n="), -42, 10)
	fmt.Println(string(s))
	if n, err := strconv.Atoi("9999999999999999999999"); err != nil {
		fmt.Println(n, err)
	}
}
