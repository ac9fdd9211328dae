package main

import (
	"errors"
	"fmt"
	"sync"
)

type PanicError struct {
	Task  int
	Value any
}

func (e *PanicError) Error() string {
	return fmt.Sprintf("task %d panicked: %v", e.Task, e.Value)
}

func safeGo(wg *sync.WaitGroup, errs []error, i int, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs[i] = &PanicError{Task: i, Value: r}
			}
		}()
		f()
	}()
}

func main() {
	var wg sync.WaitGroup
	errs := make([]error, 4)
	safeGo(&wg, errs, 0, func() {})
	safeGo(&wg, errs, 1, func() { panic("boom") })
	safeGo(&wg, errs, 2, func() {
		var m map[string]int
		m["x"] = 1
	})
	safeGo(&wg, errs, 3, func() {
		s := []int{1, 2, 3}
		idx := 5
		_ = s[idx]
	})
	wg.Wait()

	for i, err := range errs {
		fmt.Printf("%d: %v\n", i, err)
	}
	var pe *PanicError
	fmt.Println("as PanicError:", errors.As(errs[1], &pe), pe.Task)

	joined := errors.Join(errs...)
	fmt.Println("joined:")
	fmt.Println(joined)

	if re, ok := errs[3].(*PanicError).Value.(error); ok {
		fmt.Println("runtime error:", re.Error())
	}
}
