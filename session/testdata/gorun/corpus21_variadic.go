package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func average(label string, values ...float64) string {
	if len(values) == 0 {
		return label + ": no values"
	}
	var s float64
	for _, v := range values {
		s += v
	}
	return fmt.Sprintf("%s: %.2f", label, s/float64(len(values)))
}

func joinAll(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func printAll(args ...interface{}) {
	for i, a := range args {
		fmt.Printf("%d:%v(%T) ", i, a, a)
	}
	fmt.Println(len(args))
}

func modify(nums ...int) {
	if len(nums) > 0 {
		nums[0] = 999
	}
}

func maxOf(first int, rest ...int) int {
	m := first
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

func logf(format string, args ...any) {
	fmt.Printf("[LOG] "+format+"\n", args...)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Println(average("empty"))
	fmt.Println(average("scores", 90, 85.5, 77))
	grades := []float64{3.5, 4.0}
	fmt.Println(average("gpa", grades...))
	fmt.Println(joinAll("-", "a", "b", "c"))
	words := []string{"x", "y"}
	fmt.Println(joinAll(", ", words...))
	printAll(1, "two", 3.0, nil, []int{4})
	printAll()
	ifaces := []interface{}{1, "a"}
	printAll(ifaces...)
	printAll(ifaces)

	modify(nums...)
	fmt.Println(nums)
	modify(1, 2)
	fmt.Println(maxOf(3), maxOf(3, 9, 2), maxOf(-1, nums[1:]...))
	logf("user %s logged in %d times", "ann", 3)
	logf("no args")

	all := append([]int{}, nums...)
	all = append(all, 7, 8)
	all = append(all, nums[:1]...)
	fmt.Println(all)
	bs := append([]byte("go"), "lang"...)
	fmt.Println(string(bs))
	var nilSlice []int
	fmt.Println(sum(nilSlice...))
	fn := func(prefix string, xs ...int) string {
		return fmt.Sprint(prefix, xs, len(xs), xs == nil)
	}
	fmt.Println(fn("a"), fn("b", 1), fn("c", nilSlice...))
	fmt.Println(fmt.Sprintf("%d-%d", []any{1, 2}...))
}
