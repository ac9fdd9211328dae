package main

import (
	"fmt"
	"math"
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
)

const huge = 1 << 100
const third = 1.0 / 3

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

func main() {
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(huge>>98, huge/(1<<99))
	fmt.Println(third*3 == 1, float32(third), third)
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	var i32 int32 = math.MaxInt32
	i32 += 1
	fmt.Println(i8, u8, i32)
	var i64 int64 = math.MaxInt64
	fmt.Println(i64+1 == math.MinInt64, -math.MinInt64 == float64(1<<63))
	a, b := int32(100000), int32(100000)
	fmt.Println(a*b, int64(a)*int64(b))
	var x uint64 = 1
	s := 70
	fmt.Println(x<<s, x<<63>>63)
	f := 2.7
	fmt.Println(int(f), int(-f), math.Round(-2.5), math.Trunc(-2.5), math.Floor(-2.5), uint8(int(-1)&0xff))
	fmt.Println(float32(0.1)+float32(0.2), 0.1+0.2, float32(16777217))
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN() == math.NaN(), math.MaxUint32, math.Pi)
	var z float64
	fmt.Println(1/z, -1/z, z/z, math.Copysign(0, -1))
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Printf("%T %T %T %T\n", huge>>98, third, 'a', 1+2i)
	c := complex(3, 4)
	fmt.Println(real(c), imag(c), c*c, c == 3+4i)
	fmt.Println(len("héllo"), 'é', string(rune(233)), 7/2*2.0, 7/2.0)
	fmt.Println(min(3, 1, 2), max(2.5, 1), min("b", "a"), max(1, math.NaN()))
	m := map[string]int{"a": 1}
	clear(m)
	sl := []int{1, 2, 3}
	clear(sl)
	fmt.Println(len(m), sl)
}
