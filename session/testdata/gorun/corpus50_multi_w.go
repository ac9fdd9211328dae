package main

import (
	"errors"
	"fmt"
)

var (
	ErrTimeout = errors.New("timeout")
	ErrRetry   = errors.New("retryable")
)

type OpError struct {
	Op  string
	Err error
}

func (e *OpError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

type tempErr struct{ msg string }

func (t tempErr) Error() string        { return t.msg }
func (t tempErr) Is(target error) bool { return target == ErrRetry }

func main() {
	err := fmt.Errorf("fetch failed: %w (and %w)", ErrTimeout, ErrRetry)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrTimeout), errors.Is(err, ErrRetry), errors.Unwrap(err) == nil)

	op := &OpError{Op: "read", Err: fmt.Errorf("layer: %w", tempErr{"disk busy"})}
	wrapped := fmt.Errorf("top: %w", op)
	fmt.Println(wrapped)
	fmt.Println("is retry:", errors.Is(wrapped, ErrRetry))
	fmt.Println("is timeout:", errors.Is(wrapped, ErrTimeout))
	var o *OpError
	if errors.As(wrapped, &o) {
		fmt.Println("op:", o.Op)
	}
	var t tempErr
	if errors.As(wrapped, &t) {
		fmt.Println("temp:", t.msg)
	}
	switch e := errors.Unwrap(wrapped).(type) {
	case *OpError:
		fmt.Println("switch OpError", e.Op)
	default:
		fmt.Println("switch other")
	}
	fmt.Printf("%v | %s | %q\n", ErrTimeout, ErrTimeout, ErrTimeout)
	fmt.Printf("%T %T\n", err, op)
	var nilErr *OpError
	var iface error = nilErr
	fmt.Println(iface == nil, nilErr == nil)
}
