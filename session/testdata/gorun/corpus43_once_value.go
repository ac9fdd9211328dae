package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

func main() {
	calls := 0
	expensive := sync.OnceValue(func() int {
		calls++
		sum := 0
		for i := 1; i <= 100; i++ {
			sum += i
		}
		return sum
	})

	var wg sync.WaitGroup
	vals := make([]int, 4)
	for i := range vals {
		wg.Add(1)
		go func() {
			defer wg.Done()
			vals[i] = expensive()
		}()
	}
	wg.Wait()
	fmt.Println(vals, "calls:", calls)

	parse := sync.OnceValues(func() (int, error) {
		return strconv.Atoi("1234")
	})
	n, err := parse()
	fmt.Println(n, err)

	bad := sync.OnceValues(func() (int, error) {
		return strconv.Atoi("x12")
	})
	_, err = bad()
	fmt.Println("err:", err)
	var numErr *strconv.NumError
	fmt.Println("is NumError:", errors.As(err, &numErr), numErr.Func)

	hello := sync.OnceFunc(func() { fmt.Println("hello once") })
	hello()
	hello()
}
