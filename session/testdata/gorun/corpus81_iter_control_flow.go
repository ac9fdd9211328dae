package main

import (
	"cmp"
	"errors"
	"fmt"
	"iter"
	"maps"
	"slices"
)

// SortedByKey walks a map in key order, logging when it is cleaned up.
func SortedByKey[K cmp.Ordered, V any](m map[K]V) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		defer fmt.Println("  [iterator done]")
		for _, k := range slices.Sorted(maps.Keys(m)) {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

func Rows(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

var ErrNegative = errors.New("negative stock")

// FindFirst returns from inside the loop body.
func FindFirst(m map[string]int, pred func(int) bool) (string, error) {
	for k, v := range SortedByKey(m) {
		if v < 0 {
			return "", fmt.Errorf("%s: %w", k, ErrNegative)
		}
		if pred(v) {
			return k, nil
		}
	}
	return "", errors.New("none")
}

func SafeSum(xs []int) (total int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	for i := range Rows(len(xs) + 1) {
		total += xs[i]
	}
	return total, nil
}

func main() {
	stock := map[string]int{"apple": 5, "kiwi": 0, "pear": 12, "fig": 3}
	k, err := FindFirst(stock, func(v int) bool { return v > 4 })
	fmt.Println(k, err)
	stock["banana"] = -1
	k, err = FindFirst(stock, func(v int) bool { return v > 10 })
	fmt.Printf("%q %v %v\n", k, err, errors.Is(err, ErrNegative))

	fmt.Println(SafeSum([]int{1, 2, 3}))

outer:
	for r := range Rows(4) {
		for c := range Rows(4) {
			if c > r {
				continue outer
			}
			if r == 3 {
				break outer
			}
			fmt.Print(r, c, " ")
		}
	}
	fmt.Println()

	count := 0
	for name, qty := range SortedByKey(stock) {
		switch {
		case qty <= 0:
			continue
		case name == "pear":
			fmt.Println("found pear, stop")
			break
		}
		count++
		if count == 2 {
			break
		}
	}
	fmt.Println("count", count)

	func() {
		defer fmt.Println("deferred in func after loop")
		for i := range Rows(3) {
			defer fmt.Println("deferred from body", i)
		}
		fmt.Println("loop finished")
	}()
}
