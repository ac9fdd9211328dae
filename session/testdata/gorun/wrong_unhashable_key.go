package main

import (
	"fmt"
	"runtime"
)

func insert(m map[any]int, k any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			re, ok := r.(runtime.Error)
			fmt.Println("runtime.Error:", ok)
			err = re
		}
	}()
	m[k]++
	return nil
}

func main() {
	m := map[any]int{}
	fmt.Println(insert(m, "ok"))
	fmt.Println(insert(m, []int{1}))
	fmt.Println(insert(m, map[string]bool{}))
	fmt.Println(insert(m, func() {}))
	fmt.Println(insert(m, [2]any{1, []byte("x")}))
	fmt.Println(len(m))
}
