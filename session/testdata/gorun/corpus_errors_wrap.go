package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type NotFoundError struct {
	Name string
}

func (e *NotFoundError) Error() string { return e.Name + ": not found" }

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

var ErrPermission = errors.New("permission denied")

func find(name string) error {
	if name == "root" {
		return &QueryError{Query: name, Err: ErrPermission}
	}
	return &QueryError{Query: name, Err: &NotFoundError{name}}
}

func main() {
	err := find("bob")
	fmt.Println(err)
	var nf *NotFoundError
	fmt.Println(errors.As(err, &nf), nf.Name)
	err = find("root")
	fmt.Println(errors.Is(err, ErrPermission))
	wrapped := fmt.Errorf("layer 2: %w", fmt.Errorf("layer 1: %w", ErrPermission))
	fmt.Println(wrapped)
	fmt.Println(errors.Unwrap(wrapped))
	joined := errors.Join(errors.New("first"), errors.New("second"))
	fmt.Println(joined)
	_, err = os.Open("/definitely/not/here.txt")
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "path:", pe.Path)
	}
}
