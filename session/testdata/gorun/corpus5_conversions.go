package main

import (
	"fmt"
	"strconv"
)

type Level uint8

func main() {
	i := 42
	f := float64(i) / 5
	u := uint(f)
	fmt.Println(f, u, int(-f), int64(f*10))
	fmt.Println(strconv.Itoa(i)+"!", string(rune(i)), fmt.Sprint(i))
	n, err := strconv.Atoi("123")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("9999999999999999999999")
	fmt.Println(err)
	fl, _ := strconv.ParseFloat("2.5e3", 64)
	bo, _ := strconv.ParseBool("TRUE")
	hx, _ := strconv.ParseInt("-ff", 16, 64)
	bi, _ := strconv.ParseUint("1011", 2, 8)
	fmt.Println(fl, bo, hx, bi)
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatFloat(1.5, 'f', 3, 64), strconv.Quote("a\"b\n"))
	fmt.Println(strconv.FormatFloat(1234.5678, 'e', 2, 64), strconv.FormatBool(false))
	q, err := strconv.Unquote(`"hi\tthere"`)
	fmt.Printf("%q %v\n", q, err)
	var l Level = 200
	l += 100
	fmt.Println(l, Level(3)*Level(50))
	var i32 int32 = 1 << 30
	fmt.Println(int16(i32), int8(i32>>23), uint16(i32>>10))
	x := 0.1 + 0.2
	fmt.Println(x, x == 0.3, float32(x) == float32(0.3))
	fmt.Printf("%.20f %v %v\n", x, float32(0.1), 1/3.0)
	var b byte = 'a'
	fmt.Println(b, string(b), b+1, 'a'+1, string(rune(b+1)))
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7.0/2, 1<<10, 0xff&0x0f, 6^3, 6&^3)
	big := int64(1) << 40
	fmt.Println(big, int32(big), uint64(big)>>38)
	bs := strconv.AppendInt([]byte("n="), 77, 10)
	fmt.Println(string(bs))
	var iface interface{} = 3
	if v, ok := iface.(int); ok {
		fmt.Println("int", v*2)
	}
	if _, ok := iface.(float64); !ok {
		fmt.Println("not a float64")
	}
	c := complex(1, 2)
	fmt.Println(c*c, real(c), fmt.Sprintf("%.1f", c))
}
