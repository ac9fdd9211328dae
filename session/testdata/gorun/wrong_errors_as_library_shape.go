package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// errors.As with a target of an interface literal (or a named interface)
// whose methods a library error has: *fs.PathError's Timeout.

type temporary interface{ Temporary() bool }

func main() {
	_, err := os.Open(filepath.Join(os.TempDir(), "gogil-surely-missing", "x"))
	wrapped := fmt.Errorf("load config: %w", err)
	var te interface{ Timeout() bool }
	if errors.As(wrapped, &te) {
		fmt.Printf("timeout=%t %T\n", te.Timeout(), te)
	}
	var pe *fs.PathError
	fmt.Println(errors.As(wrapped, &pe), pe.Op)
	var tmp temporary
	fmt.Println(errors.As(wrapped, &tmp), tmp == nil)
	var un interface{ Unwrap() error }
	fmt.Println(errors.As(wrapped, &un), errors.Is(un.Unwrap(), fs.ErrNotExist))
	var none interface{ Timeout() bool }
	fmt.Println(errors.As(errors.New("plain"), &none), none == nil)
}
