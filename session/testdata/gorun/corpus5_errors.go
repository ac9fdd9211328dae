package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

type ValidationError struct {
	Field string
	Value interface{}
	Msg   string
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("validation failed on %s=%v: %s", e.Field, e.Value, e.Msg)
}

type HTTPError struct {
	Code int
	Err  error
}

func (h HTTPError) Error() string { return strconv.Itoa(h.Code) + ": " + h.Err.Error() }
func (h HTTPError) Unwrap() error { return h.Err }

func find(id int) error {
	if id < 0 {
		return &ValidationError{"id", id, "must be positive"}
	}
	if id > 10 {
		return fmt.Errorf("find %d: %w", id, ErrNotFound)
	}
	if id == 7 {
		return HTTPError{403, ErrPermission}
	}
	return nil
}

func main() {
	for _, id := range []int{1, -5, 42, 7} {
		err := find(id)
		if err == nil {
			fmt.Println(id, "ok")
			continue
		}
		fmt.Println(id, "error:", err)
		var ve *ValidationError
		if errors.As(err, &ve) {
			fmt.Println("  field:", ve.Field, "value:", ve.Value)
		}
		if errors.Is(err, ErrNotFound) {
			fmt.Println("  is not found; unwrap:", errors.Unwrap(err) == ErrNotFound)
		}
		var he HTTPError
		if errors.As(err, &he) {
			fmt.Println("  http code", he.Code, errors.Is(err, ErrPermission))
		}
	}
	_, err := os.Open("/definitely/missing/file.txt")
	fmt.Println(err)
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "path:", pe.Path, "err:", pe.Err)
	}
	fmt.Println(errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	if _, err := strconv.Atoi("12a"); err != nil {
		fmt.Println(err)
	}
	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", ErrNotFound))
	fmt.Println(wrapped, errors.Is(wrapped, ErrNotFound))
	e1 := errors.New("x")
	e2 := errors.New("x")
	fmt.Println(e1 == e2, e1.Error() == e2.Error())
	fmt.Printf("%v | %s | %T\n", ErrNotFound, ErrNotFound, ErrNotFound)
}
