package main

import (
	"fmt"
	"strconv"
)

func main() {
	var index int8 = 15
	var bigIndex int32 = int32(index)
	fmt.Println(bigIndex)

	var big int64 = 129
	var little = int8(big)
	fmt.Println(little)

	var f float64 = 390.8
	var i int = int(f)
	fmt.Println(i)

	x := 5
	y := float64(x) / 2
	fmt.Println(y, x/2, float32(1)/3)

	a := strconv.Itoa(12)
	fmt.Printf("%q\n", a)

	lines := 20
	fmt.Println("Sammy has written " + strconv.Itoa(lines) + " lines.")

	fs := strconv.FormatFloat(5524.53, 'f', 2, 64)
	fmt.Println(fs)
	fmt.Println(fmt.Sprint(421.034))

	n, err := strconv.Atoi("1234")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("not a number")
	fmt.Println(err)

	pf, _ := strconv.ParseFloat("3.25", 64)
	fmt.Println(pf * 2)
	pb, _ := strconv.ParseBool("true")
	fmt.Println(pb)
	pi, _ := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(pi)
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err)

	bs := []byte("my string")
	fmt.Println(bs)
	fmt.Println(string(bs))
	rs := []rune("héllo")
	fmt.Println(rs, string(rs[1]))
	fmt.Println(string(rune(65)))
	fmt.Println(strconv.Quote("hi\n"), strconv.FormatInt(255, 2))

	var u uint8 = 255
	u++
	fmt.Println(u)
	var any interface{} = 3.5
	if v, ok := any.(float64); ok {
		fmt.Println("float64:", v)
	}
}
