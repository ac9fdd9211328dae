package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2}
	keys := []string{"a", "b", "zz", "a"}
	attempts := 0
retry:
	for _, k := range keys {
		v, ok := m[k]
		if !ok {
			attempts++
			if attempts < 2 {
				goto retry
			}
			goto missing
		}
		fmt.Println(k, v, attempts)
	}
	fmt.Println("not reached")
missing:
	fmt.Println("missing after", attempts)
	c := make(chan int, 2)
	c <- 7
	close(c)
	for {
		select {
		case v, ok := <-c:
			if ok {
				fmt.Println("recv", v)
				continue
			}
			goto closed
		}
	}
closed:
	fmt.Println("closed")
	var x any = 3.5
	for i := 0; i < 3; i++ {
		switch t := x.(type) {
		case float64:
			if t > 1 {
				goto big
			}
		}
	}
big:
	fmt.Println("big", x)
}
