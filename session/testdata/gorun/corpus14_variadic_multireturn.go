package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) (total int, count int) {
	for _, n := range nums {
		total += n
	}
	count = len(nums)
	return
}

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func appendAll(dst []int, srcs ...[]int) []int {
	for _, s := range srcs {
		dst = append(dst, s...)
	}
	return dst
}

func mutateVariadic(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func divmod(a, b int) (int, int) { return a / b, a % b }

func swap[T any](a, b T) (T, T) { return b, a }

func printAll(prefix string, vals ...any) {
	fmt.Print(prefix)
	fmt.Println(vals...)
	fmt.Println(prefix, vals)
	fmt.Println(len(vals))
}

func main() {
	fmt.Println(sum())
	fmt.Println(sum(1, 2, 3))
	xs := []int{4, 5, 6}
	t, c := sum(xs...)
	fmt.Println(t, c)
	mutateVariadic(xs...)
	fmt.Println(xs)
	mutateVariadic(7, 8)
	fmt.Println(join("-", "a", "b", "c"), join(","), join("+", []string{"x", "y"}...))
	fmt.Println(appendAll(nil, []int{1}, []int{2, 3}, nil))

	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	a, b := swap("left", "right")
	fmt.Println(a, b)
	i, j := 1, 2
	i, j = j, i
	fmt.Println(i, j)
	arr := []int{1, 2, 3}
	k := 0
	k, arr[k] = 2, 9
	fmt.Println(k, arr)

	printAll("vals:", 1, "two", 3.0, nil)
	printAll("none:")
	anys := []any{"p", "q"}
	printAll("spread:", anys...)
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c"), fmt.Sprintln("x", 1))
}
