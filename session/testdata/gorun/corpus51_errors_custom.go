package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

type ValidationError struct {
	Field string
	Value any
}

func (v ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", v.Field, v.Value)
}

func find(name string) error {
	switch name {
	case "missing":
		return &PathError{"open", name, ErrNotFound}
	case "locked":
		return fmt.Errorf("find %q: %w", name, &PathError{"read", name, ErrPermission})
	case "age":
		return fmt.Errorf("check: %w", ValidationError{"age", -3})
	}
	return nil
}

func main() {
	for _, name := range []string{"ok", "missing", "locked", "age"} {
		err := find(name)
		var pe *PathError
		var ve ValidationError
		fmt.Printf("%-8s err=%v\n", name, err)
		fmt.Println("  notfound:", errors.Is(err, ErrNotFound), "perm:", errors.Is(err, ErrPermission))
		if errors.As(err, &pe) {
			fmt.Println("  PathError op:", pe.Op)
		}
		if errors.As(err, &ve) {
			fmt.Println("  ValidationError field:", ve.Field)
		}
	}

	joined := errors.Join(ErrNotFound, nil, ErrPermission)
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrPermission))

	_, err := os.Open(filepath.Join(os.TempDir(), "corpus51-does-not-exist.txt"))
	var ope *fs.PathError
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.As(err, &ope), ope.Op)

	var typedNil *PathError
	var e error = typedNil
	fmt.Println(e == nil, typedNil == nil)

	e1 := errors.New("same text")
	e2 := errors.New("same text")
	fmt.Println(e1 == e2, e1.Error() == e2.Error())
}
