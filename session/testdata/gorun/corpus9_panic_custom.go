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
		switch p := recover(); p {
		case nil:
		default:
			if pe, ok := p.(*ParseError); ok {
				err = pe
				return
			}
			if b, ok := p.(bailout); ok {
				err = fmt.Errorf("bailed out: %s", b.reason)
				return
			}
			panic(p)
		}
	}()
	for i, l := range lines {
		if l == "stop" {
			panic(bailout{"stop word"})
		}
		n, convErr := strconv.Atoi(l)
		if convErr != nil {
			panic(&ParseError{i + 1, convErr.Error()})
		}
		total += n
	}
	return total, nil
}

func protect(g func()) (msg string) {
	defer func() {
		if x := recover(); x != nil {
			msg = fmt.Sprintf("recovered %T: %v", x, x)
		}
	}()
	g()
	return "ok"
}

func deferOrder() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	defer fmt.Println()
	fmt.Print("body ")
}

func main() {
	fmt.Println(parse([]string{"1", "2", "3"}))
	fmt.Println(parse([]string{"1", "x2", "3"}))
	fmt.Println(parse([]string{"1", "stop"}))
	_, err := parse([]string{"oops"})
	var pe *ParseError
	fmt.Println(errors.As(err, &pe), pe.Line)
	fmt.Println(protect(func() { panic(42) }))
	fmt.Println(protect(func() { panic(fmt.Sprintf("%d%%", 99)) }))
	fmt.Println(protect(func() { var m map[string]int; m["a"] = 1 }))
	fmt.Println(protect(func() { a := []int{1}; i := 3; _ = a[i] }))
	fmt.Println(protect(func() { var p *ParseError; _ = p.Line }))
	fmt.Println(protect(func() { panic(errors.New("custom error")) }))
	fmt.Println(protect(func() {}))
	fmt.Println(protect(func() {
		defer func() { panic("second") }()
		panic("first")
	}))
	deferOrder()
	fmt.Println(protect(func() {
		x := 0
		fmt.Println(10 / x)
	}))
}
