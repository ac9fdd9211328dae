package main

import (
	"fmt"
	"strings"
)

func find(num int, nums ...int) {
	fmt.Printf("type of nums is %T\n", nums)
	found := false
	for i, v := range nums {
		if v == num {
			fmt.Println(num, "found at index", i, "in", nums)
			found = true
		}
	}
	if !found {
		fmt.Println(num, "not found in", nums)
	}
	fmt.Printf("\n")
}

func change(s ...string) {
	s[0] = "Go"
	s = append(s, "playground")
	fmt.Println(s)
}

func sum(prefix string, values ...float64) string {
	total := 0.0
	for _, v := range values {
		total += v
	}
	return fmt.Sprintf("%s%.1f", prefix, total)
}

func joinAll(sep string, parts ...any) string {
	strs := make([]string, 0, len(parts))
	for _, p := range parts {
		strs = append(strs, fmt.Sprint(p))
	}
	return strings.Join(strs, sep)
}

func main() {
	find(89, 89, 90, 95)
	find(45, 56, 67, 45, 90, 109)
	find(78, 38, 56, 98)
	find(87)
	nums := []int{89, 90, 95}
	find(89, nums...)

	welcome := []string{"hello", "world"}
	change(welcome...)
	fmt.Println(welcome)

	fmt.Println(sum("total: ", 1.5, 2.5, 3))
	fmt.Println(sum("empty: "))
	fmt.Println(joinAll(", ", 1, "two", 3.0, true, nil))
}
