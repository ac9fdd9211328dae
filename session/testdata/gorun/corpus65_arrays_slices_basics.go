package main

import (
	"fmt"
	"sort"
)

func main() {
	var arr [5]int
	arr[2] = 10
	primes := [...]int{2, 3, 5, 7, 11, 13}
	fmt.Println(arr, len(arr), primes, len(primes))
	copyArr := arr
	copyArr[0] = 99
	fmt.Println(arr[0], copyArr[0])

	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	for i := 0; i < 10; i++ {
		s = append(s, i*i)
	}
	fmt.Println(s, len(s))
	fmt.Println(s[2:5], s[:3], s[7:])

	dst := make([]int, 3)
	n := copy(dst, s)
	fmt.Println(n, dst)

	idx := 4
	s = append(s[:idx], s[idx+1:]...)
	fmt.Println("removed index 4:", s)
	s = append(s[:2], append([]int{-1, -2}, s[2:]...)...)
	fmt.Println("inserted:", s)

	names := []string{"zoe", "adam", "mike", "bella"}
	sort.Strings(names)
	fmt.Println(names)
	nums := []int{5, 2, 8, 1, 9, 3}
	sort.Sort(sort.Reverse(sort.IntSlice(nums)))
	fmt.Println(nums)
	pos := sort.SearchInts([]int{1, 3, 5, 7, 9}, 7)
	fmt.Println("found 7 at", pos)

	for i, j := 0, len(primes)-1; i < j; i, j = i+1, j-1 {
		primes[i], primes[j] = primes[j], primes[i]
	}
	fmt.Println(primes)

	max := nums[0]
	for _, v := range nums {
		if v > max {
			max = v
		}
	}
	fmt.Println("max:", max)
	evens := nums[:0]
	for _, v := range []int{1, 2, 3, 4, 5, 6} {
		if v%2 == 0 {
			evens = append(evens, v)
		}
	}
	fmt.Println(evens)
	grow := make([]int, 0, 2)
	for i := 0; i < 5; i++ {
		grow = append(grow, i)
	}
	fmt.Println(grow, len(grow))
}
