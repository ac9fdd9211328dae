package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("loop done")
}

func argsEvaluated() {
	x := 1
	defer fmt.Println("defer saw x =", x)
	defer func() { fmt.Println("closure saw x =", x) }()
	x = 2
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return
}

func closeAll(names []string) (err error) {
	for _, n := range names {
		defer func() {
			if n == "bad" {
				err = errors.Join(err, fmt.Errorf("close %s failed", n))
			}
		}()
	}
	return nil
}

type tracer struct{ depth int }

func (t *tracer) enter(name string) func() {
	t.depth++
	fmt.Printf("%*senter %s\n", t.depth*2, "", name)
	return func() {
		fmt.Printf("%*sexit %s\n", t.depth*2, "", name)
		t.depth--
	}
}

func (t *tracer) outer() {
	defer t.enter("outer")()
	t.inner()
}

func (t *tracer) inner() {
	defer t.enter("inner")()
	fmt.Printf("%*swork\n", (t.depth+1)*2, "")
}

func main() {
	fmt.Println(double())
	order()
	argsEvaluated()
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(closeAll([]string{"a", "bad", "c", "bad"}))
	t := &tracer{}
	t.outer()
	fmt.Println("depth", t.depth)
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%v %T\n", r, r)
		}()
		var m map[string]int
		m["x"] = 1
	}()
}
