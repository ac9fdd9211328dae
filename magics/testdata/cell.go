package main

func fib(n uint64) uint64 {
	var a, b, c uint64 = 0, 1, 1
	for i := uint64(2); i < n; i++ {
		a = b
		b = c
		c = a + b
	}
	return c
}

var square = func(x int) int { return x * x }

func main() {
	ch := make(chan int)
	done := make(chan bool)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for v := range ch {
			fmt.Println(v)
		}
	}()
	ch <- 1
	x := <-done
	select {
	case v := <-ch:
		fmt.Println(v)
	default:
	}
	time.Sleep(time.Millisecond)
	wg.Wait()
	for _, s := range []string{"a"} {
		if len(s) > 0 {
			fmt.Println(fib(10), x)
		}
	}
}

func labelled(ch chan int) {
Loop:
	select {
	case <-ch:
		break Loop
	}
}

func drain(ch chan int, stop chan bool) (n int) {
Outer:
	for v := range ch {
		if v < 0 {
			continue
		} else if v == 0 {
			continue Outer
		}
		for i := 0; i < v; i++ {
			if i == 3 {
				continue Outer
			}
			continue
		}
		switch {
		case v == 7:
			continue
		}
		func() {
			for range stop {
				continue
			}
		}()
		n++
	}
	return n
}

func indexes(xs []int, m map[string]int) (n int) {
	for i := range xs { // a slice: left alone
		n += i
	}
	for k := range m { // a map: left alone
		n += len(k)
	}
	ys := make([]int, 3)
	for i := range ys { // made as a slice: left alone
		n += i
	}
	for i := range "abc" { // a string: left alone
		n += i
	}
	c := make(chan int)
	for v := range c { // a channel: lets the lock go while it waits
		n += v
	}
	return n
}
