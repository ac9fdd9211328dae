package main

import (
	"fmt"
	"sort"
)

func source() []int {
	fmt.Println("source called")
	return []int{1, 2, 3}
}

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr { // ranges over a copy of arr
		arr[2] = 100
		if i == 2 {
			fmt.Println("array range saw", v)
		}
	}
	fmt.Println(arr)

	arr2 := [3]int{1, 2, 3}
	for i, v := range &arr2 { // no copy through a pointer
		arr2[2] = 100
		if i == 2 {
			fmt.Println("array-pointer range saw", v)
		}
	}

	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("slice range saw", v)
		}
	}

	grow := []int{1, 2, 3}
	for _, v := range grow {
		grow = append(grow, v*10)
	}
	fmt.Println(grow)

	for _, v := range source() {
		fmt.Print(v, " ")
	}
	fmt.Println()

	items := []struct{ n int }{{1}, {2}}
	for _, it := range items {
		it.n *= 10
	}
	fmt.Println(items)
	for i := range items {
		items[i].n *= 10
	}
	fmt.Println(items)

	m := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	for k := range m {
		if k == "a" || k == "c" {
			delete(m, k)
		}
	}
	keys := []string{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, len(m))

	count := 0
	for range "héllo" {
		count++
	}
	fmt.Println("runes:", count)

	var nilm map[string]int
	for k := range nilm {
		fmt.Println("never", k)
	}
	var i int
	for i = range []string{"x", "y", "z"} {
	}
	fmt.Println("last index:", i)

	for n := range 3 {
		fmt.Print(n)
	}
	fmt.Println()
	k := 5
	for j := range k {
		k = 0
		fmt.Print(j)
	}
	fmt.Println(" k =", k)
}
