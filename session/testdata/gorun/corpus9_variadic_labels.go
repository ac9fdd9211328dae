package main

import (
	"fmt"
	"strings"
)

func sum(vals ...int) int {
	total := 0
	for _, v := range vals {
		total += v
	}
	return total
}

func joinWith(sep string, parts ...string) string {
	if len(parts) == 0 {
		return "<none>"
	}
	return strings.Join(parts, sep)
}

func describe(prefix string, args ...interface{}) string {
	return fmt.Sprintf("%s%d:%v", prefix, len(args), args)
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 100
	}
}

func main() {
	fmt.Println(sum(), sum(3), sum(1, 2, 3, 4))
	values := []int{1, 2, 3}
	fmt.Println(sum(values...))
	modify(values...)
	fmt.Println(values)
	modify(1, 2)
	fmt.Println(joinWith("-"), joinWith("-", "a"), joinWith(", ", "x", "y", "z"))
	fmt.Println(describe("n", 1, "two", 3.0, nil))
	fmt.Println(describe("e"))
	fmt.Printf("%T %T\n", sum, describe)

	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				fmt.Println("negative at", i, j)
				break outer
			}
		}
		fmt.Println("row", i, "ok")
	}
next:
	for n := 2; n < 30; n++ {
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				continue next
			}
		}
		fmt.Print(n, " ")
	}
	fmt.Println()

	i := 0
loop:
	if i < 5 {
		fmt.Print("g", i, " ")
		i++
		goto loop
	}
	fmt.Println()

	n := 0
	for {
		n++
		switch {
		case n%2 == 0:
			continue
		case n > 7:
			goto done
		}
		fmt.Print(n, ",")
	}
done:
	fmt.Println(" done at", n)

sel:
	for k := 0; k < 3; k++ {
		switch k {
		case 1:
			break sel
		}
		fmt.Println("k", k)
	}
}
