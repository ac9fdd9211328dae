package main

import (
	"errors"
	"fmt"
	"runtime"
)

type Stack struct{ items []int }

func (s *Stack) Peek(depth int) int { return s.items[len(s.items)-1-depth] }

func safely(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Printf("%s: ok\n", name)
			return
		}
		var re runtime.Error
		if err, ok := r.(error); ok && errors.As(err, &re) {
			fmt.Printf("%s: runtime error %q (%T)\n", name, re.Error(), r)
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func sum(xs []int) (total int) {
	for i := range xs {
		total += xs[i]
	}
	for i := 0; i < len(xs)-1; i++ {
		total += xs[i+1] - xs[i]
	}
	return total
}

func main() {
	nums := []int{10, 20, 30}
	grid := [][]int{{1, 2}, {3}}
	word := "héllo"
	var arr [4]byte
	var idx8 int8 = -2
	var idx16 uint16 = 7
	s := &Stack{items: []int{1, 2, 3}}
	k := 3

	safely("in range", func() { fmt.Println(nums[2], grid[1][0], word[1], arr[3]) })
	safely("index", func() { fmt.Println(nums[k]) })
	safely("negative int8", func() { fmt.Println(nums[idx8]) })
	safely("uint16", func() { fmt.Println(nums[idx16]) })
	safely("nested", func() { fmt.Println(grid[1][k-2]) })
	safely("outer", func() { fmt.Println(grid[k][0]) })
	safely("string", func() { fmt.Println(word[k*3]) })
	safely("array", func() { fmt.Println(arr[k+1]) })
	safely("method", func() { fmt.Println(s.Peek(k)) })
	safely("assign", func() { nums[k] = 1 })
	safely("increment", func() { nums[k]++ })
	safely("slice high", func() { fmt.Println(nums[1 : k+2]) })
	safely("slice low", func() { fmt.Println(nums[k+1:]) })
	safely("slice order", func() { fmt.Println(nums[k:2]) })
	safely("string slice", func() { fmt.Println(word[2 : k*4]) })
	safely("array slice", func() { fmt.Println(arr[k:2]) })
	safely("loops", func() { fmt.Println(sum(nums)) })
	safely("empty", func() { var none []string; fmt.Println(none[0]) })
	safely("divide", func() { z := k - 3; fmt.Println(10 / z) })
	safely("assertion", func() { var v any = "x"; fmt.Println(v.(int)) })
	safely("shift", func() { n := -k; fmt.Println(1 << n) })

	defer func() {
		r := recover()
		fmt.Println("main recovered:", r)
	}()
	var m [][]string
	fmt.Println(m[0][0])
}
