package main

import (
	"fmt"
	"sync"
)

// A go statement calling a method binds the receiver at the statement;
// the interpreter read it when the goroutine ran, so every goroutine
// started in a loop saw the loop's last receiver.

type Runner struct{ name string }

func (r *Runner) run(out []string, i int, wg *sync.WaitGroup) {
	defer wg.Done()
	out[i] = r.name
}

func (r Runner) runValue(out []string, i int, wg *sync.WaitGroup) {
	defer wg.Done()
	out[i] = "v:" + r.name
}

func main() {
	runners := []*Runner{{"a"}, {"b"}, {"c"}}
	var wg sync.WaitGroup

	out := make([]string, 3)
	for i, r := range runners {
		wg.Add(1)
		go r.run(out, i, &wg)
	}
	wg.Wait()
	fmt.Println("range:", out)

	out = make([]string, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go runners[i].run(out, i, &wg)
	}
	wg.Wait()
	fmt.Println("index:", out)

	out = make([]string, 3)
	for i := 0; i < 3; i++ {
		r := runners[i]
		wg.Add(1)
		go r.runValue(out, i, &wg)
	}
	wg.Wait()
	fmt.Println("body:", out)

	values := []Runner{{"x"}, {"y"}}
	out = make([]string, 2)
	for i := range values {
		wg.Add(1)
		go values[i].run(out, i, &wg)
	}
	wg.Wait()
	fmt.Println("addressable:", out)

	// The receiver is taken at the go statement, before it changes.
	out = make([]string, 1)
	start := make(chan struct{})
	r := runners[0]
	wg.Add(1)
	go func() {
		<-start
		r.run(out, 0, &wg)
	}()
	r = runners[1]
	close(start)
	wg.Wait()
	q := runners[0]
	wg.Add(1)
	go q.run(out, 0, &wg)
	q = runners[2]
	wg.Wait()
	fmt.Println("closure sees the change:", r.name, "statement does not:", out[0])
}
