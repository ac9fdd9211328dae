package main

import (
	"errors"
	"fmt"
)

type Node interface{ A() int }
type N struct{ v int }

func (n *N) A() int {
	if n == nil {
		return -1
	}
	return n.v
}

type E struct{}

func (*E) Error() string { return "E" }

func classify(v Node) (s string) {
	count := 0
loop:
	for i := 0; i < 3; i++ {
		switch x := v.(type) {
		case nil:
			count++
			if i == 1 {
				break loop
			}
			continue
		case *N:
			s += fmt.Sprint("N", x.A())
			break loop
		}
	}
	return fmt.Sprint(s, count)
}

func both(v Node) string {
	switch x := v.(type) {
	case *N, nil:
		f := func() string { return fmt.Sprintf("%v %T", x == nil, x) }
		return f()
	default:
		return "default"
	}
}

func errs(err error) string {
	switch e := err.(type) {
	case nil:
		return "no error"
	case *E:
		return "E " + e.Error()
	case interface{ Unwrap() error }:
		return "wrapped"
	case error:
		return "error " + e.Error()
	}
	return "?"
}

func inner(v Node, w any) string {
	out := ""
	switch v := v.(type) {
	case nil:
		switch w.(type) {
		case nil:
			out = "both nil"
		case int:
			out = "w int"
		}
	case Node:
		out = fmt.Sprint("node ", v.A())
	}
	return out
}

func withInit() string {
	switch n := Node(nil); x := n.(type) {
	case nil:
		return fmt.Sprintf("init nil %v", x)
	default:
		return "init default"
	}
}

func main() {
	var nn Node
	fmt.Println(classify(nil), classify(nn), classify(&N{3}))
	fmt.Println(both(nil), both(&N{1}), both((*N)(nil)))
	var pe *E
	fmt.Println(errs(nil), "|", errs(&E{}), "|", errs(fmt.Errorf("w: %w", &E{})), "|", errs(errors.New("x")), "|", errs(pe))
	fmt.Println(inner(nn, nil), "|", inner(nn, 3), "|", inner(&N{5}, nil), "|", inner((*N)(nil), nil))
	fmt.Println(withInit())
	switch t := nn.(type) {
	case nil:
		fmt.Println("top nil", t)
	case Node:
		fmt.Println("top node")
	}
	var b any = (*N)(nil)
	switch b.(type) {
	case nil:
		fmt.Println("wrong: typed nil matched nil")
	case *N:
		fmt.Println("typed nil *N")
	}
	for _, v := range []Node{nil, &N{2}, nn} {
		switch v := v.(type) {
		case nil:
			fmt.Print("nil ")
		default:
			fmt.Print(v.A(), " ")
		}
	}
	fmt.Println()
}
