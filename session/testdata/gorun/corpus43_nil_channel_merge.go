package main

import "fmt"

func emit(vals ...int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for _, v := range vals {
			ch <- v
		}
	}()
	return ch
}

// mergeSorted merges two sorted streams; a drained input is set to nil
// so its select case is never chosen again.
func mergeSorted(a, b <-chan int) []int {
	var out []int
	va, oka := <-a
	vb, okb := <-b
	for oka || okb {
		switch {
		case oka && (!okb || va <= vb):
			out = append(out, va)
			va, oka = <-a
		default:
			out = append(out, vb)
			vb, okb = <-b
		}
	}
	return out
}

func main() {
	fmt.Println(mergeSorted(emit(1, 4, 9, 12), emit(2, 3, 10)))

	a, b := emit(1, 2, 3), emit(10, 20)
	sum, drained := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				drained++
				continue
			}
			sum += v
		case v, ok := <-b:
			if !ok {
				b = nil
				drained++
				continue
			}
			sum += v
		}
	}
	fmt.Println("sum:", sum, "drained:", drained)
}
