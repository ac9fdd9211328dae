package main

import (
	"fmt"
	"strings"
)

type ParseErr struct {
	Line int
}

// Error dereferences its receiver, as most Error methods do.
func (e *ParseErr) Error() string { return fmt.Sprintf("line %d", e.Line) }

type Temp struct{ C float64 }

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", t.C) }

type Base struct{ id int }

func (b *Base) Error() string { return fmt.Sprint("base ", b.id) }

type Wrapped struct {
	*Base
	note string
}

type Shape interface{ Area() float64 }

type Box struct{ w float64 }

func (b *Box) Area() float64 {
	if b == nil {
		return -1
	}
	return b.w * b.w
}

func parse(s string) error {
	var pe *ParseErr
	if strings.TrimSpace(s) == "" {
		pe = &ParseErr{Line: 1}
	}
	return pe
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "recovered:", r)
		}
	}()
	f()
}

func main() {
	err := parse("ok")
	if err != nil {
		fmt.Println("err is not nil")
		fmt.Println(err)
		fmt.Printf("[%v] [%s] [%T]\n", err, err, err)
	}
	try("Error()", func() { _ = err.Error() })

	var tp *Temp
	var st fmt.Stringer = tp
	fmt.Println(st == nil)
	fmt.Println(st)
	try("String()", func() { _ = st.String() })

	var w *Wrapped
	var we error = w
	fmt.Println(we == nil)
	try("promoted", func() { _ = we.Error() })

	var b *Box
	var sh Shape = b
	fmt.Println(sh == nil, sh.Area())
	shapes := []Shape{b, &Box{2}}
	for _, s := range shapes {
		fmt.Println(s == nil, s.Area())
	}
	var anyErr any = err
	fmt.Println(anyErr == nil)
	_, isErr := anyErr.(error)
	fmt.Println(isErr)
}
