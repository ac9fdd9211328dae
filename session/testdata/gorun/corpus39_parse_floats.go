package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.14", "-0.001", "1e10", "1E-3", "inf", "-Inf", "NaN", "0x1p-2", "1_000.5", "1e400", "abc", ".5", "5."} {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			fmt.Printf("%-8s error: %v (range=%v)\n", s, err, errors.Is(err, strconv.ErrRange))
			if errors.Is(err, strconv.ErrRange) {
				fmt.Println("   value returned:", f)
			}
			continue
		}
		fmt.Printf("%-8s = %v\n", s, f)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	f32, err = strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, float32(f32), err)
	for _, s := range []string{"true", "T", "0", "FALSE", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	c, err := strconv.ParseComplex("1+2i", 128)
	fmt.Println(c, err)
	total := 0.0
	for _, s := range []string{"10.5", "20.25", "bad", "4"} {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			continue
		}
		total += v
	}
	fmt.Printf("total=%.2f\n", total)
	var n float64
	k, err := fmt.Sscanf("12.5 kg", "%f kg", &n)
	fmt.Println(k, err, n)
	var i int
	var w string
	k, err = fmt.Sscan("7 apples", &i, &w)
	fmt.Println(k, err, i, w)
	k, err = fmt.Sscan("seven", &i)
	fmt.Println(k, err)
}
