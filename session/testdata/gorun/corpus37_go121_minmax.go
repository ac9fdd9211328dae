package main

import "fmt"

type Reading struct {
	Station string
	Celsius float64
}

type Summary struct {
	Lowest, Highest float64
	Count           int
}

func summarize(rs []Reading) Summary {
	if len(rs) == 0 {
		return Summary{}
	}
	s := Summary{Lowest: rs[0].Celsius, Highest: rs[0].Celsius}
	for _, r := range rs {
		s.Lowest = min(s.Lowest, r.Celsius)
		s.Highest = max(s.Highest, r.Celsius)
		s.Count++
	}
	return s
}

func clamp(v, lo, hi int) int {
	return min(max(v, lo), hi)
}

func main() {
	readings := []Reading{
		{"Oslo", -3.5},
		{"Lisbon", 17.25},
		{"Cairo", 29},
		{"Reykjavik", -7.75},
	}
	s := summarize(readings)
	fmt.Printf("%d readings, range %.2f .. %.2f\n", s.Count, s.Lowest, s.Highest)

	fmt.Println("min of constants:", min(3, 1, 2), max(2.5, 1))
	fmt.Println("strings:", min("pear", "apple", "fig"), max("pear", "apple", "fig"))

	for _, v := range []int{-10, 5, 250} {
		fmt.Printf("clamp(%d) = %d\n", v, clamp(v, 0, 100))
	}

	counts := map[string]int{"a": 1, "b": 2}
	buf := []int{1, 2, 3}
	clear(counts)
	clear(buf)
	fmt.Println(len(counts), buf, len(buf))

	var x uint8 = 200
	var y uint8 = 100
	fmt.Println(min(x, y), max(x, y))
}
