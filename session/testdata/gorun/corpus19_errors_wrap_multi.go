package main

import (
	"errors"
	"fmt"
)

var (
	ErrDB      = errors.New("database unavailable")
	ErrCache   = errors.New("cache miss")
	ErrTimeout = errors.New("timeout")
)

type OpError struct {
	Op  string
	Err error
}

func (e *OpError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

func fetch(id int) error {
	switch id {
	case 1:
		return fmt.Errorf("fetch %d: %w and %w", id, ErrCache, ErrDB)
	case 2:
		return &OpError{"read", fmt.Errorf("row %d: %w", id, ErrTimeout)}
	case 3:
		return fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", &OpError{"write", ErrDB}))
	}
	return nil
}

func main() {
	for id := range 4 {
		err := fetch(id)
		if err == nil {
			fmt.Println(id, "ok")
			continue
		}
		var op *OpError
		hasOp := errors.As(err, &op)
		fmt.Printf("%d %v\n", id, err)
		fmt.Printf("  db=%v cache=%v timeout=%v op=%v\n",
			errors.Is(err, ErrDB), errors.Is(err, ErrCache), errors.Is(err, ErrTimeout), hasOp)
		if hasOp {
			fmt.Println("  op:", op.Op)
		}
	}

	e := fmt.Errorf("%w", ErrDB)
	fmt.Println(errors.Unwrap(e) == ErrDB)
	e2 := fmt.Errorf("%v", ErrDB)
	fmt.Println(errors.Is(e2, ErrDB))
	fmt.Printf("%T\n", fmt.Errorf("a %w b %w", ErrDB, ErrCache))
}
