package main

import (
	"fmt"
	"strconv"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func main() {
	inputs := []string{"12", "x", "7"}
	total := 0
	for _, s := range inputs {
		var n, err = strconv.Atoi(s)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		total += n
	}
	fmt.Println("total", total)

	q := -1
	if total > 10 {
		var q, r = divmod(total, 4)
		fmt.Println("q r", q, r)
	}
	fmt.Println("outer q", q)

	switch {
	case total%2 == 1:
		var (
			label  = "odd"
			hi, lo = divmod(total, 10)
		)
		fmt.Println(label, hi, lo)
	}
}
