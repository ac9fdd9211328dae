package main

import (
	"errors"
	"fmt"
	"io"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string {
	if e == nil {
		return "not found: <nil receiver>"
	}
	return "not found: " + e.Name
}

type Label struct{ Text string }

func (l *Label) String() string {
	if l == nil {
		return "(no label)"
	}
	return l.Text
}

type Sink struct{ n int }

func (s *Sink) Write(p []byte) (int, error) {
	if s == nil {
		return 0, errors.New("write to a nil sink")
	}
	s.n += len(p)
	return len(p), nil
}

type Codes map[string]int

func (c Codes) Error() string { return fmt.Sprintf("%d codes", len(c)) }

func lookup(name string) (int, error) {
	var nf *NotFound
	if name == "" {
		nf = &NotFound{Name: "empty"}
	}
	return 0, nf
}

func isNil(err error) bool { return err == nil }

type Result struct {
	Err error
}

func main() {
	var p *NotFound
	var e error = p
	fmt.Println(e == nil, e != nil, isNil(p), isNil(nil))
	e = p
	fmt.Println(e == nil)
	_, err := lookup("x")
	fmt.Println(err == nil, err)
	_, err = lookup("")
	fmt.Println(err == nil, err)

	errs := []error{p, nil, error(p)}
	for i, x := range errs {
		fmt.Println(i, x == nil)
	}
	m := map[string]error{"a": p}
	fmt.Println(m["a"] == nil, m["b"] == nil)
	r := Result{Err: p}
	fmt.Println(r.Err == nil)
	ch := make(chan error, 1)
	ch <- p
	fmt.Println(<-ch == nil)

	fmt.Println(e == error((*NotFound)(nil)), e == (*NotFound)(nil))
	var p2 *NotFound
	var e2 error = p2
	fmt.Println(e == e2)
	fmt.Printf("%v|%s|%T\n", e, e, e)
	fmt.Println(e.Error())
	if nf, ok := e.(*NotFound); ok {
		fmt.Println("asserted", nf == nil)
	}
	switch x := e.(type) {
	case *NotFound:
		fmt.Println("case *NotFound", x == nil)
	default:
		fmt.Println("default")
	}
	var target *NotFound
	fmt.Println(errors.As(e, &target), target == nil)

	var lbl *Label
	var s fmt.Stringer = lbl
	fmt.Println(s == nil, s.String())
	fmt.Println(s)

	var sink *Sink
	var w io.Writer = sink
	fmt.Println(w == nil)
	_, werr := w.Write([]byte("hi"))
	fmt.Println(werr)
	_, werr = fmt.Fprint(w, "x")
	fmt.Println(werr)

	var codes Codes
	var ce error = codes
	fmt.Println(ce == nil, ce)
	codes = Codes{"a": 1}
	ce = codes
	fmt.Println(ce == nil, ce)

	var real error = &NotFound{Name: "x"}
	fmt.Println(real == nil, real)
}
