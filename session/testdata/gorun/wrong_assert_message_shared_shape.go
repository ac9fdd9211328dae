package main

import (
	"fmt"
	"sync"
)

// A failed x.(T) on a plain float64 where a cell type of that shape is
// declared: the interpreter may hold a celsius as a plain float64, so the
// type in Go's message is not known for sure and the cell must end with
// an error rather than name one (the kernel then runs it as a program).

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

func main() {
	var sm sync.Map
	sm.Store("a", 1.5)
	sm.Store("c", celsius(2))
	got, _ := sm.Load("a")
	if _, ok := got.(int); !ok {
		fmt.Println("comma-ok: not an int")
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = got.(int)
}
