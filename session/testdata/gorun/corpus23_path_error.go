package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

var ErrMissing = errors.New("file does not exist")

func open(name string) error {
	if name == "" {
		return &PathError{"open", name, errors.New("empty name")}
	}
	return &PathError{Op: "open", Path: name, Err: ErrMissing}
}

func main() {
	err := open("/etc/none")
	fmt.Println(err)
	if e, ok := err.(*PathError); ok {
		fmt.Println("op:", e.Op, "path:", e.Path)
	}
	fmt.Println(errors.Is(err, ErrMissing))
	var pe *PathError
	if errors.As(fmt.Errorf("wrapped: %w", err), &pe) {
		fmt.Println("as:", pe.Path)
	}

	name := filepath.Join(os.TempDir(), "corpus23-definitely-missing.txt")
	_, err = os.Open(name)
	if e, ok := err.(*os.PathError); ok && e.Err == syscall.ENOENT {
		fmt.Println("ENOENT for", filepath.Base(e.Path), e.Op)
	}
	fmt.Println(errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))

	for try := 0; try < 2; try++ {
		err := open("")
		if e, ok := err.(*PathError); ok && e.Path == "" {
			fmt.Println("retry", try, e.Err)
			continue
		}
	}
}
