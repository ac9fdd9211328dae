// A single-file tour in the Learn-X-in-Y-minutes manner.
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

func learnMultiple(x, y int) (sum, prod int) {
	return x + y, x * y
}

func learnNamedReturn(n int) (result string, err error) {
	if n < 0 {
		err = errors.New("negative input")
		return
	}
	result = strings.Repeat("*", n)
	return
}

type pair struct {
	x, y int
}

func (p pair) String() string {
	return fmt.Sprintf("(%d, %d)", p.x, p.y)
}

func main() {
	// Variables and constants.
	var a int
	b := 3.14
	var c, d = "hello", true
	const big = 1 << 62
	fmt.Println(a, b, c, d, big)

	// Unicode strings and runes.
	s := "héllo, 世界"
	fmt.Println(len(s), len([]rune(s)))
	for i, r := range "aé世" {
		fmt.Printf("%d:%c(%U) ", i, r, r)
	}
	fmt.Println()

	// Arrays are values, slices are references.
	arr := [4]int{1, 2, 3, 4}
	arr2 := arr
	arr2[0] = 100
	fmt.Println(arr, arr2)
	sl := arr[1:3]
	sl[0] = 20
	fmt.Println(arr, sl, len(sl), cap(sl))
	sl = append(sl, 30, 40, 50)
	fmt.Println(sl, arr)

	// Multiple returns.
	sum, prod := learnMultiple(3, 4)
	fmt.Println("sum:", sum, "prod:", prod)

	// Named results and errors.
	if r, err := learnNamedReturn(5); err == nil {
		fmt.Println(r)
	}
	if _, err := learnNamedReturn(-1); err != nil {
		fmt.Println("error:", err)
	}

	// Conversion.
	n, err := strconv.Atoi("42")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("forty-two")
	fmt.Println(err)
	fmt.Println(strconv.Itoa(99) + "!")
	fmt.Println(math.Sqrt(2), math.Floor(-1.5), int(math.Round(math.Pi)))

	// Maps.
	m := map[string]int{"three": 3, "four": 4}
	m["one"] = 1
	if v, ok := m["two"]; !ok {
		fmt.Println("no two, zero value", v)
	}
	delete(m, "four")
	fmt.Println(len(m), m)

	// Struct with a String method printed through fmt.
	p := pair{1, 2}
	fmt.Println(p)
	fmt.Printf("%v %+v %s\n", p, p, p)
	pp := &p
	pp.x = 10
	fmt.Println(*pp, p)

	// Switch with no condition and fallthrough.
	x := 42.0
	switch {
	case x > 100:
		fmt.Println("big")
	case x > 10:
		fmt.Println("medium")
		fallthrough
	case x > 1:
		fmt.Println("also above 1")
	default:
		fmt.Println("small")
	}

	// Labels.
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
}
