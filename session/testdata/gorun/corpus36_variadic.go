package main

import "fmt"

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func zeroFirst(nums ...int) {
	if len(nums) > 0 {
		nums[0] = 0
	}
}

func describe(prefix string, args ...interface{}) string {
	return fmt.Sprintf("%s: %d args %v nil=%v", prefix, len(args), args, args == nil)
}

func appendAll(dst []int, more ...int) []int {
	return append(dst, more...)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	xs := []int{4, 5, 6}
	fmt.Println(sum(xs...))

	zeroFirst(xs...) // the slice is passed as is: aliasing
	fmt.Println(xs)
	zeroFirst(7, 8)
	ys := []int{1, 2}
	zeroFirst(append([]int(nil), ys...)...)
	fmt.Println(ys)

	fmt.Println(describe("none"))
	fmt.Println(describe("two", 1, "a"))
	strs := []interface{}{"x", "y"}
	fmt.Println(describe("spread", strs...))
	fmt.Println(describe("one slice", strs))
	var nilArgs []interface{}
	fmt.Println(describe("nil spread", nilArgs...))

	base := make([]int, 2, 10)
	r1 := appendAll(base, 1)
	r2 := appendAll(base, 2)
	fmt.Println(r1, r2)

	b := []byte("hi ")
	b = append(b, "there"...)
	fmt.Println(string(b))

	printf := func(format string, a ...any) {
		fmt.Printf("["+format+"]\n", a...)
	}
	printf("%d-%s", 3, "x")
	printf("no args")
	printf("%v", []int{1, 2})
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil))
	fmt.Println(fmt.Sprintln("a", 1), "end")
}
