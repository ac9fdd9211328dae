package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

var (
	ErrNotFound     = errors.New("not found")
	ErrUnauthorized = errors.New("unauthorized")
)

type store struct {
	data map[int]string
}

func (s *store) get(id int) (string, error) {
	v, ok := s.data[id]
	if !ok {
		return "", fmt.Errorf("store.get(%d): %w", id, ErrNotFound)
	}
	return v, nil
}

func service(s *store, user string, id int) (string, error) {
	if user != "admin" {
		return "", fmt.Errorf("service: user %q: %w", user, ErrUnauthorized)
	}
	v, err := s.get(id)
	if err != nil {
		return "", fmt.Errorf("service: %w", err)
	}
	return v, nil
}

func handler(s *store, user, rawID string) string {
	id, err := strconv.Atoi(rawID)
	if err != nil {
		return "400 " + err.Error()
	}
	v, err := service(s, user, id)
	switch {
	case errors.Is(err, ErrNotFound):
		return "404 " + err.Error()
	case errors.Is(err, ErrUnauthorized):
		return "401 " + err.Error()
	case err != nil:
		return "500"
	}
	return "200 " + v
}

func main() {
	s := &store{data: map[int]string{1: "alpha", 2: "beta"}}
	for _, req := range [][2]string{{"admin", "1"}, {"admin", "7"}, {"guest", "1"}, {"admin", "x1"}} {
		fmt.Println(handler(s, req[0], req[1]))
	}

	_, err := service(s, "admin", 9)
	fmt.Println(err)
	fmt.Println(errors.Unwrap(err))
	fmt.Println(errors.Unwrap(errors.Unwrap(err)) == ErrNotFound)

	_, err = os.Open("/definitely/not/here.txt")
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		fmt.Println("op:", pathErr.Op, "path:", pathErr.Path, "err:", pathErr.Err)
	}

	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", ErrNotFound))
	fmt.Println(wrapped, errors.Is(wrapped, ErrNotFound), errors.Is(wrapped, ErrUnauthorized))
	notWrapped := fmt.Errorf("layer1: %v", ErrNotFound)
	fmt.Println(notWrapped, errors.Is(notWrapped, ErrNotFound))
}
