package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Vertex struct {
	Lat, Long float64
}

var m = map[string]Vertex{
	"Bell Labs": {40.68433, -74.39967},
	"Google":    {37.42202, -122.08408},
}

func WordCount(s string) map[string]int {
	counts := make(map[string]int)
	for _, w := range strings.Fields(s) {
		counts[w]++
	}
	return counts
}

func fibonacci() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func adder() func(int) int {
	sum := 0
	return func(x int) int {
		sum += x
		return sum
	}
}

func main() {
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Println(k, m[k])
	}

	mm := make(map[string]int)
	mm["Answer"] = 42
	fmt.Println("The value:", mm["Answer"])
	mm["Answer"] = 48
	fmt.Println("The value:", mm["Answer"])
	delete(mm, "Answer")
	fmt.Println("The value:", mm["Answer"])
	v, ok := mm["Answer"]
	fmt.Println("The value:", v, "Present?", ok)

	for _, text := range []string{
		"I am learning Go!",
		"The quick brown fox jumped over the lazy dog.",
		"I ate a donut. Then I ate another donut.",
	} {
		wc := WordCount(text)
		keys := slices.Sorted(maps.Keys(wc))
		var parts []string
		for _, k := range keys {
			parts = append(parts, fmt.Sprintf("%s:%d", k, wc[k]))
		}
		fmt.Println(strings.Join(parts, " "))
	}

	f := fibonacci()
	for range 10 {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	pos, neg := adder(), adder()
	for i := range 5 {
		fmt.Println(pos(i), neg(-2*i))
	}
}
