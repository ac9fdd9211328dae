package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

type temporary interface {
	Temporary() bool
}

type NetError struct {
	Op   string
	temp bool
}

func (e *NetError) Error() string   { return "net " + e.Op + " failed" }
func (e *NetError) Temporary() bool { return e.temp }

type ValidationError struct {
	Field string
	Err   error
}

func (e ValidationError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e ValidationError) Unwrap() error { return e.Err }

var ErrEmpty = errors.New("must not be empty")

func IsTemporary(err error) bool {
	var t temporary
	return errors.As(err, &t) && t.Temporary()
}

func retry(attempts int, op func(int) error) error {
	var err error
	for i := 1; i <= attempts; i++ {
		err = op(i)
		if err == nil {
			fmt.Println("  succeeded on attempt", i)
			return nil
		}
		if !IsTemporary(err) {
			fmt.Println("  permanent error, giving up:", err)
			return err
		}
		fmt.Println("  temporary error, retrying:", err)
	}
	return fmt.Errorf("after %d attempts: %w", attempts, err)
}

func main() {
	err := retry(5, func(i int) error {
		if i < 3 {
			return fmt.Errorf("dial: %w", &NetError{Op: "dial", temp: true})
		}
		return nil
	})
	fmt.Println("result:", err)

	err = retry(5, func(i int) error { return &NetError{Op: "read"} })
	fmt.Println("result:", err)

	err = retry(2, func(i int) error { return &NetError{Op: "write", temp: true} })
	fmt.Println("result:", err)
	var ne *NetError
	fmt.Println(errors.As(err, &ne), ne.Op)

	verr := fmt.Errorf("save user: %w", ValidationError{"name", ErrEmpty})
	fmt.Println(verr, errors.Is(verr, ErrEmpty))
	var ve ValidationError
	if errors.As(verr, &ve) {
		fmt.Printf("field=%s err=%v\n", ve.Field, ve.Err)
	}

	_, err = os.Open(filepath.Join(os.TempDir(), "corpus27-definitely-missing.txt"))
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, filepath.Base(pe.Path))
	}

	joined := errors.Join(ErrEmpty, &NetError{Op: "x", temp: true})
	fmt.Println(IsTemporary(joined), errors.Is(joined, ErrEmpty))
	fmt.Println(joined)
}
