package main

import (
	"errors"
	"fmt"
	"io"
)

// A nil of a generic cell type, of a cell func type with methods, and
// nils handed on inside a value of several results, each converted to a
// library interface: Go's interface holds the typed nil and is not nil.

type List[T any] struct{ items []T }

func (l *List[T]) String() string {
	if l == nil {
		return "empty list"
	}
	return fmt.Sprint(l.items)
}

type Stack[T any] []T

func (s Stack[T]) Error() string { return fmt.Sprint("stack of ", len(s)) }

type Pipe[T any] struct{ v T }

func (p Pipe[T]) Read(b []byte) (int, error) { return 0, io.EOF }

type HandlerFunc func(string) string

func (f HandlerFunc) String() string {
	if f == nil {
		return "no handler"
	}
	return f("name")
}

type NotFound struct{ Key string }

func (e *NotFound) Error() string {
	if e == nil {
		return "not found (nil)"
	}
	return "not found: " + e.Key
}

func lookup(key string) (*NotFound, int) { return nil, len(key) }

func find(key string) (error, int) { return lookup(key) }

func pair() (*NotFound, *NotFound) { return nil, &NotFound{"b"} }

func describe(a, b error) string { return fmt.Sprint(a == nil, b == nil) }

func main() {
	var l *List[int]
	var s fmt.Stringer = l
	fmt.Println(s == nil, s)

	var st Stack[string]
	var e error = st
	fmt.Println(e == nil, e)

	var p *Pipe[int]
	var r io.Reader = p
	fmt.Println(r == nil)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(r.Read(nil))
	}()

	var h HandlerFunc
	var hs fmt.Stringer = h
	fmt.Println(hs == nil, hs)
	fmt.Printf("%T\n", hs)
	hs = HandlerFunc(func(n string) string { return "hello " + n })
	fmt.Println(hs)

	err, n := find("key")
	fmt.Println(err == nil, n, err)

	var x, y error
	x, n = lookup("ab")
	fmt.Println(x == nil, n)
	x, y = pair()
	fmt.Println(x == nil, y == nil, y)
	var v, w error = pair()
	fmt.Println(v == nil, w == nil)
	fmt.Println(describe(pair()))
	fmt.Println(errors.Join(pair()) == nil)

	found := map[string]*NotFound{"a": nil}
	var ok bool
	x, ok = found["a"]
	fmt.Println(x == nil, ok)
	var box any = (*NotFound)(nil)
	x, ok = box.(*NotFound)
	fmt.Println(x == nil, ok)
	ch := make(chan *NotFound, 1)
	ch <- nil
	x, ok = <-ch
	fmt.Println(x == nil, ok)

	errc := make(chan error, 1)
	errc <- l2nf()
	fmt.Println(<-errc == nil)
	byName := map[string]error{}
	byName["a"] = l2nf()
	var errs []error
	errs = append(errs, l2nf())
	fmt.Println(byName["a"] == nil, errs[0] == nil)
}

func l2nf() *NotFound { return nil }
