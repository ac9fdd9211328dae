package main

import (
	"fmt"
	"math"
	"strconv"
)

type Age uint8
type Distance int32

func main() {
	f := -7.9
	fmt.Println(int(f), int64(f), int(math.Floor(f)), int(math.Round(f)))
	n := 65
	fmt.Println(string(rune(n)), strconv.Itoa(n), fmt.Sprint(n), fmt.Sprintf("%c", n))
	var a Age = 30
	var d Distance = -400
	fmt.Println(a+1, d*2, int(a)+int(d), float64(d)/3)
	fmt.Printf("%v %T %v %T\n", a, a, d, d)
	age := Age(255)
	age++
	fmt.Println("Age overflow:", age)
	dmax := Distance(math.MaxInt32)
	fmt.Println(dmax + 1)
	bs := []byte{72, 105}
	fmt.Println(string(bs), []byte("AZ"), []rune("é"))
	u := uint32(4000000000)
	fmt.Println(int32(u), int64(u), float32(u))
	big := uint64(1<<63 + 5)
	fmt.Println(int64(big), float64(big))
	fl := 1e19
	fmt.Println(uint64(fl))
	var i8 int8 = -100
	fmt.Println(uint8(i8), int(i8), uint16(i8), uint(uint8(i8)))
	x := 0.1
	y := x * 3
	fmt.Println(y, float32(y), int(y*10), int(math.Round(y*10)))
	percent := 7
	total := 9
	fmt.Println(percent/total*100, percent*100/total, float64(percent)/float64(total)*100)
	fmt.Printf("%.1f%%\n", float64(percent)*100/float64(total))
	var b bool = n > 60
	fmt.Println(b, strconv.FormatBool(b))
	h := 0xFF
	fmt.Println(byte(h), int8(byte(h)), uint16(h)<<8)
	k, err := strconv.ParseInt(strconv.FormatInt(int64(d), 10), 10, 32)
	fmt.Println(k, err, Distance(k) == d)
	var ch byte = '7'
	fmt.Println(ch-'0', int(ch-'0')*2, string(ch))
}
