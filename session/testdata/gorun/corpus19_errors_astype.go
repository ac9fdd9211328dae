package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

type NotFoundError struct{ Key string }

func (e NotFoundError) Error() string { return "not found: " + e.Key }

func lookup(key string) error {
	if key == "missing" {
		return fmt.Errorf("lookup failed: %w", NotFoundError{key})
	}
	return nil
}

func main() {
	err := lookup("missing")
	if nf, ok := errors.AsType[NotFoundError](err); ok {
		fmt.Println("key was", nf.Key)
	}
	if _, ok := errors.AsType[*fs.PathError](err); !ok {
		fmt.Println("not a path error")
	}

	_, err = strconv.Atoi("12a")
	if ne, ok := errors.AsType[*strconv.NumError](err); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}

	_, err = os.ReadFile("/no/such/file")
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		fmt.Println(pe.Op, pe.Path, errors.Is(pe, fs.ErrNotExist))
	}
	fmt.Println(lookup("present") == nil)
}
