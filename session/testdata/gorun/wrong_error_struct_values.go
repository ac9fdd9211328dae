package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Timeout struct {
	Op      string
	Seconds int
	Retry   bool
}

func (t Timeout) Error() string { return fmt.Sprintf("%s timed out after %ds", t.Op, t.Seconds) }

type Wrapped struct {
	Msg string
	Err error
}

func (w Wrapped) Error() string { return w.Msg + ": " + w.Err.Error() }
func (w Wrapped) Unwrap() error { return w.Err }

type Code int

func (c Code) String() string { return fmt.Sprintf("code-%d", int(c)) }

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func find(k string) error {
	if k == "" {
		return nil
	}
	return NotFound{k}
}

func slow(op string, n int) error { return Timeout{op, n, n > 2} }

func describe(err error) string {
	switch v := err.(type) {
	case nil:
		return "nil"
	case NotFound:
		return "missing " + v.Key
	case Timeout:
		return fmt.Sprintf("timeout %s %d %v", v.Op, v.Seconds, v.Retry)
	case *Timeout:
		return "pointer timeout " + v.Op
	default:
		return "other " + v.Error()
	}
}

func main() {
	var e error = NotFound{"k"}
	x, ok := e.(NotFound)
	fmt.Println(x.Key, ok, x)
	t, ok := e.(Timeout)
	fmt.Println(t.Op == "", ok)

	err := slow("read", 3)
	to, ok := err.(Timeout)
	fmt.Println(to.Op, to.Seconds, to.Retry, ok)
	fmt.Println(err.(Timeout).Seconds)

	var errs []error
	for i := 1; i <= 3; i++ {
		errs = append(errs, slow(fmt.Sprint("op", i), i))
	}
	errs = append(errs, find("a"), find(""), &Timeout{"ptr", 1, false}, errors.New("plain"))
	for _, err := range errs {
		fmt.Println(describe(err))
	}

	var nf NotFound
	wrapped := fmt.Errorf("lookup: %w", find("user"))
	fmt.Println(errors.As(wrapped, &nf), nf.Key)
	var tm Timeout
	fmt.Println(errors.As(wrapped, &tm), tm.Op == "")

	chain := Wrapped{"outer", fmt.Errorf("mid: %w", Timeout{"write", 5, true})}
	fmt.Println(errors.As(chain, &tm), tm.Op, tm.Seconds, tm.Retry)
	fmt.Println(errors.Is(chain, Timeout{"write", 5, true}), errors.Is(chain, Timeout{"write", 6, true}))

	joined := errors.Join(NotFound{"j1"}, Timeout{"join", 7, false})
	fmt.Println(errors.As(joined, &tm), tm.Op, tm.Seconds)
	fmt.Println(errors.As(joined, &nf), nf.Key)

	base := NotFound{"before"}
	later := errors.Join(base)
	base.Key = "after"
	fmt.Println(later, errors.As(later, &nf), nf.Key)

	var s fmt.Stringer = Point{1, 2}
	p, ok := s.(Point)
	fmt.Println(p.X, p.Y, ok)
	switch v := s.(type) {
	case Point:
		fmt.Println("point", v.X+v.Y)
	}
	var same, other fmt.Stringer = Point{1, 2}, Point{3, 2}
	fmt.Println(s == same, s == other, s == Point{1, 2}, other != Point{3, 2})
	var c fmt.Stringer = Code(4)
	cv, ok := c.(Code)
	fmt.Println(int(cv), ok)
}
