package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 10; i++ {
		fs = append(fs, func() int { return i })
		i += 2
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ps []*int
	for i := 0; i < 6; i++ {
		p := &i
		ps = append(ps, p)
		*p += 1
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	fs = nil
	for i := 0; i < 8; i++ {
		fs = append(fs, func() int { return i })
		if i%2 == 0 {
			i++
			continue
		}
		switch i {
		case 3:
			i += 2
			continue
		}
		ch := make(chan int, 1)
		ch <- i
		select {
		case v := <-ch:
			if v == 7 {
				continue
			}
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	fs = nil
rows:
	for r := 0; r < 4; r++ {
		for c := 0; c < 4; c++ {
			if c > r {
				r++
				continue rows
			}
			fs = append(fs, func() int { return 10*r + c })
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("deferred ", i, "\n") }()
		if i == 1 {
			break
		}
	}
	fmt.Println("end of main")
}
