package main

import (
	"fmt"
	"unicode/utf8"
)

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type IntList []int
type Point struct{ X, Y int }
type Vec struct{ X, Y int }
type tagged struct {
	X int `json:"x"`
	Y int `json:"y"`
}

type MyBytes []byte

func main() {
	c := Celsius(100)
	fmt.Println(CToF(c), CToF(-40))
	fmt.Printf("%T %T\n", c, CToF(c))

	var l IntList = IntList([]int{3, 1})
	raw := []int(l)
	raw[0] = 9
	fmt.Println(l, raw)

	p := Point{1, 2}
	v := Vec(p)
	tg := tagged(v)
	fmt.Println(v, tg, Point(tg) == p)

	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	s := "héllo, 世界"
	rs := []rune(s)
	bs := []byte(s)
	fmt.Println(len(s), len(rs), len(bs), utf8.RuneCountInString(s))
	fmt.Println(string(rs[1]), string(rs[7:]), bs[1], bs[2])
	rs[0] = 'H'
	fmt.Println(string(rs))
	mb := MyBytes("abc")
	fmt.Println(string(mb), []byte(mb))
	for i, r := range "aé世" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	fmt.Println(string([]byte{0xff, 'a'}) == "\xffa", []rune("\xff")[0] == utf8.RuneError)
	var f float64 = 3.99
	fmt.Println(int(f), int(-f), uint8(int(300)&0xff), int8(-127)/-1)
	var big int64 = 1<<40 + 5
	fmt.Println(int32(big), uint16(big), float32(0.1) == 0.1)
}
