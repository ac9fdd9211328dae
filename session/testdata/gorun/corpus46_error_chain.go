package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

type NotFoundError struct {
	Resource string
	ID       int
}

func (e *NotFoundError) Error() string { return fmt.Sprintf("%s %d not found", e.Resource, e.ID) }

// Is makes every NotFoundError match the sentinel.
func (e *NotFoundError) Is(target error) bool { return target == ErrNotFound }

var ErrNotFound = errors.New("not found")

type OpError struct {
	Op  string
	Err error
}

func (e *OpError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

type TempError interface{ Temporary() bool }

type timeout struct{}

func (timeout) Error() string   { return "timeout" }
func (timeout) Temporary() bool { return true }

func find(id int) error {
	if id > 10 {
		return &OpError{"find", &NotFoundError{"user", id}}
	}
	if id < 0 {
		return &OpError{"find", fmt.Errorf("backend: %w", timeout{})}
	}
	return nil
}

func main() {
	for _, id := range []int{3, 42, -1} {
		err := find(id)
		if err == nil {
			fmt.Println(id, "ok")
			continue
		}
		wrapped := fmt.Errorf("handler: %w", err)
		fmt.Println(wrapped)
		fmt.Println("  is ErrNotFound:", errors.Is(wrapped, ErrNotFound))
		var nf *NotFoundError
		if errors.As(wrapped, &nf) {
			fmt.Println("  resource:", nf.Resource, "id:", nf.ID)
		}
		var op *OpError
		if errors.As(wrapped, &op) {
			fmt.Println("  op:", op.Op)
		}
		var te TempError
		if errors.As(wrapped, &te) {
			fmt.Println("  temporary:", te.Temporary())
		}
		for e := wrapped; e != nil; e = errors.Unwrap(e) {
			fmt.Printf("  %T\n", e)
		}
	}

	_, err := os.Open(filepath.Join(os.TempDir(), "corpus46-does-not-exist.txt"))
	var pe *fs.PathError
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.As(err, &pe), pe.Op)

	joined := errors.Join(ErrNotFound, &OpError{"save", timeout{}})
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrNotFound))
	var te TempError
	fmt.Println(errors.As(joined, &te))
}
