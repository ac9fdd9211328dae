package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Msg }

type bailout struct{ reason string }

func parse(lines []string) (total int, err error) {
	defer func() {
		switch p := recover().(type) {
		case nil:
		case bailout:
			err = fmt.Errorf("bailed out: %s", p.reason)
		case *ParseError:
			err = p
		default:
			panic(p)
		}
	}()
	for i, l := range lines {
		if l == "stop" {
			panic(bailout{"stop word"})
		}
		n, e := strconv.Atoi(l)
		if e != nil {
			panic(&ParseError{i + 1, e.Error()})
		}
		total += n
	}
	return total, nil
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func index(s []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(error); ok {
				err = re
			}
		}
	}()
	return s[i], nil
}

func deferOrder() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("body ")
}

func main() {
	fmt.Println(parse([]string{"1", "2", "3"}))
	fmt.Println(parse([]string{"1", "x"}))
	fmt.Println(parse([]string{"1", "stop"}))
	_, err := parse([]string{"bad"})
	var pe *ParseError
	if errors.As(err, &pe) {
		fmt.Println("line was", pe.Line)
	}
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(index([]int{1}, 5))
	var m map[string]int
	func() {
		defer func() { fmt.Println("nil map:", recover()) }()
		m["a"] = 1
	}()
	func() {
		defer func() { fmt.Println("type assert:", recover()) }()
		var x any = "s"
		_ = x.(int)
	}()
	func() {
		defer func() { fmt.Println("custom:", recover()) }()
		panic(fmt.Sprintf("value %d", 42))
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		panic(&ParseError{9, "nine"})
	}()
	deferOrder()
	fmt.Println()
}
