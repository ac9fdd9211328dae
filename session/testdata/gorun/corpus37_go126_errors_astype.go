package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

type HTTPError struct {
	Code int
	Msg  string
}

func (e *HTTPError) Error() string { return fmt.Sprintf("http %d: %s", e.Code, e.Msg) }

type RetryableError struct{ Attempts int }

func (e RetryableError) Error() string { return fmt.Sprintf("retry after %d attempts", e.Attempts) }

func call(i int) error {
	switch i {
	case 0:
		return nil
	case 1:
		return fmt.Errorf("calling api: %w", &HTTPError{404, "not found"})
	case 2:
		return fmt.Errorf("wrapped twice: %w", fmt.Errorf("inner: %w", RetryableError{3}))
	default:
		return errors.Join(errors.New("first"), &HTTPError{503, "unavailable"})
	}
}

func main() {
	for i := range 4 {
		err := call(i)
		if he, ok := errors.AsType[*HTTPError](err); ok {
			fmt.Println(i, "http error code", he.Code)
		} else if re, ok := errors.AsType[RetryableError](err); ok {
			fmt.Println(i, "retryable", re.Attempts)
		} else {
			fmt.Println(i, "no typed error:", err)
		}
	}

	_, err := os.Open(filepath.Join(os.TempDir(), "corpus37-does-not-exist", "x"))
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		fmt.Println("op:", pe.Op, "base:", filepath.Base(pe.Path), errors.Is(pe.Err, fs.ErrNotExist))
	}

	_, ok := errors.AsType[*HTTPError](nil)
	fmt.Println("nil error:", ok)
}
