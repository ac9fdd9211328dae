package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

var (
	ErrNotFound     = errors.New("not found")
	ErrUnauthorized = errors.New("unauthorized")
)

type store struct {
	items map[int]string
	admin bool
}

func (s *store) get(id int) (string, error) {
	if !s.admin {
		return "", fmt.Errorf("get item %d: %w", id, ErrUnauthorized)
	}
	v, ok := s.items[id]
	if !ok {
		return "", fmt.Errorf("get item %d: %w", id, ErrNotFound)
	}
	return v, nil
}

func handler(s *store, id int) error {
	_, err := s.get(id)
	if err != nil {
		return fmt.Errorf("handler: %w", err)
	}
	return nil
}

func main() {
	s := &store{items: map[int]string{1: "apple"}, admin: true}
	if v, err := s.get(1); err == nil {
		fmt.Println("got", v)
	}

	err := handler(s, 2)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, ErrUnauthorized))
	fmt.Println(err == ErrNotFound)

	s.admin = false
	err = handler(s, 1)
	fmt.Println(err)
	switch {
	case errors.Is(err, ErrNotFound):
		fmt.Println("-> 404")
	case errors.Is(err, ErrUnauthorized):
		fmt.Println("-> 401")
	}

	// Unwrap walks the chain one step at a time.
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  %T: %v\n", e, e)
	}

	// %v does not wrap; the chain is broken.
	flat := fmt.Errorf("flat: %v", ErrNotFound)
	fmt.Println(flat, errors.Is(flat, ErrNotFound))

	// Wrapping two errors at once.
	both := fmt.Errorf("%w and %w", ErrNotFound, ErrUnauthorized)
	fmt.Println(both, errors.Is(both, ErrNotFound), errors.Is(both, ErrUnauthorized))

	// Standard library sentinels.
	missing := filepath.Join(os.TempDir(), "corpus42-definitely-missing", "file.txt")
	_, err = os.Open(missing)
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		fmt.Println("op:", pathErr.Op, "base:", filepath.Base(pathErr.Path), "err:", pathErr.Err)
	}
}
