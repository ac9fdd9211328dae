package main

import (
	"fmt"
	"runtime"
)

func catch(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(runtime.Error); ok {
			fmt.Printf("%-10s runtime.Error: %v\n", name, err)
			return
		}
		fmt.Printf("%-10s other: %v\n", name, r)
	}()
	f()
}

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func main() {
	catch("index", func() {
		s := []int{1, 2, 3}
		i := 5
		fmt.Println(s[i])
	})
	catch("slice", func() {
		s := []int{1, 2, 3}
		j := 1
		fmt.Println(s[2:j])
	})
	catch("nilmap", func() {
		var m map[string]int
		m["a"] = 1
	})
	catch("nilptr", func() {
		var p *Sq
		fmt.Println(p.s)
	})
	catch("divzero", func() {
		a, b := 1, 0
		fmt.Println(a / b)
	})
	catch("assert", func() {
		var x any = "hello"
		n := x.(int)
		fmt.Println(n)
	})
	catch("iface", func() {
		var sh Shape
		fmt.Println(sh.Area())
	})
	catch("closed", func() {
		ch := make(chan int)
		close(ch)
		close(ch)
	})
	catch("custom", func() { panic("not a runtime error") })
}
