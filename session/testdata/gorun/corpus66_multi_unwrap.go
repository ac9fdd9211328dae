package main

import (
	"errors"
	"fmt"
)

var ErrA = errors.New("a failed")

type NotFound struct{ Key string }

func (n *NotFound) Error() string { return "not found: " + n.Key }

type Multi struct{ errs []error }

func (m Multi) Error() string   { return fmt.Sprintf("%d errors", len(m.errs)) }
func (m Multi) Unwrap() []error { return m.errs }

type Temporary interface{ Temp() bool }

type tempErr struct{}

func (tempErr) Error() string { return "temp" }
func (tempErr) Temp() bool    { return true }

func main() {
	m := Multi{[]error{fmt.Errorf("step 1: %w", ErrA), &NotFound{"k"}, tempErr{}}}
	var err error = fmt.Errorf("batch: %w", m)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrA))
	var nf *NotFound
	fmt.Println(errors.As(err, &nf), nf.Key)
	var t Temporary
	fmt.Println(errors.As(err, &t), t.Temp())
	var mm Multi
	fmt.Println(errors.As(err, &mm), len(mm.errs))
	switch e := errors.Unwrap(err).(type) {
	case Multi:
		fmt.Println("multi with", len(e.errs))
	default:
		fmt.Println("other")
	}
	errs := map[string]error{"x": ErrA, "y": nil}
	for _, k := range []string{"x", "y", "z"} {
		if e, ok := errs[k]; ok && e != nil {
			fmt.Println(k, "->", e)
		} else {
			fmt.Println(k, "ok", ok)
		}
	}
}
