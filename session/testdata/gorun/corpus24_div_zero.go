package main

import (
	"fmt"
	"math"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return a / b, nil
}

func safeMod(a, b int64) (r int64, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("mod: %v", p)
		}
	}()
	return a % b, nil
}

func main() {
	// 1 / 0 with constants does not compile; with variables it panics.
	zero := 0
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(10, zero))
	fmt.Println(safeMod(10, 0))

	// Floats follow IEEE 754: no panic.
	fz := 0.0
	fmt.Println(1/fz, -1/fz, fz/fz)
	fmt.Println(math.IsInf(1/fz, 1), math.IsInf(-1/fz, -1), math.IsNaN(fz/fz))

	// Constant float division by a nonzero is exact.
	const third = 1.0 / 3
	fmt.Println(third, third*3 == 1)

	x := math.MinInt64
	neg := -1
	fmt.Println(x/neg, x%neg)

	var u uint = 7
	var uz uint
	func() {
		defer func() { fmt.Println("uint:", recover()) }()
		fmt.Println(u / uz)
	}()

	f := float32(1)
	var fz32 float32
	fmt.Println(f/fz32, int(math.Round(2.5)), math.Trunc(-2.5))
	inf := math.Inf(1)
	fmt.Println(inf*0, inf+1 == inf)

	errs := 0
	for _, d := range []int{3, 0, -2, 0} {
		if _, err := safeDiv(12, d); err != nil {
			errs++
		}
	}
	fmt.Println("errors:", errs)
}
