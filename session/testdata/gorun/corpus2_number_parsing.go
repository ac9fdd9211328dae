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
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(255, 16))
	fmt.Println(strconv.Quote("hi\n"), strconv.Itoa(42)+"!")
	var x, y int
	var name string
	n, err := fmt.Sscanf("10 20 gopher", "%d %d %s", &x, &y, &name)
	fmt.Println(n, err, x+y, name)
	var hex int
	fmt.Sscanf("ff", "%x", &hex)
	fmt.Println(hex)
	var a, c float64
	fmt.Sscan("3.5 4.25", &a, &c)
	fmt.Println(a * c)
}
