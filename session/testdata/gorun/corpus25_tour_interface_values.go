package main

import (
	"fmt"
	"math"
)

type I interface {
	M()
}

type T struct {
	S string
}

func (t *T) M() {
	if t == nil {
		fmt.Println("<nil>")
		return
	}
	fmt.Println(t.S)
}

type F float64

func (f F) M() {
	fmt.Println(f)
}

func describe(i I) {
	fmt.Printf("(%v, %T)\n", i, i)
}

func callNil() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	var i I
	describe(i)
	i.M()
	return nil
}

func main() {
	var i I

	i = &T{"Hello"}
	describe(i)
	i.M()

	i = F(math.Pi)
	describe(i)
	i.M()

	// Nil underlying values.
	var t *T
	i = t
	describe(i)
	i.M()
	fmt.Println("i == nil:", i == nil)

	i = &T{"hello"}
	describe(i)
	i.M()

	// A nil interface value holds neither value nor type.
	err := callNil()
	fmt.Println(err != nil)
	fmt.Println(err)
}
