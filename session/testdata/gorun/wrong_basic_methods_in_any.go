package main

import "fmt"

type MyFloat float64

func (f MyFloat) Abs() float64 {
	if f < 0 {
		return float64(-f)
	}
	return float64(f)
}

type Days int

func (d Days) Weeks() int { return int(d) / 7 }

func describe(i interface{}) {
	fmt.Printf("(%v, %T)\n", i, i)
}

func main() {
	var v any = MyFloat(-3)
	fmt.Printf("%v %T\n", v, v)
	fmt.Printf("%T\n", any(Days(14)))
	describe(MyFloat(2.5))
	describe(Days(21))
	vals := []any{Days(3), MyFloat(1)}
	for _, x := range vals {
		fmt.Printf("%v|", x)
	}
	fmt.Println()
	fmt.Println(Days(15).Weeks(), MyFloat(-1).Abs())
}
