package main

import (
	"errors"
	"fmt"
)

var (
	ErrNotFound   = errors.New("not found")
	ErrPermission = errors.New("permission denied")
)

type Store struct {
	data  map[string]string
	owner map[string]string
}

func (s *Store) Get(user, key string) (string, error) {
	v, ok := s.data[key]
	if !ok {
		return "", fmt.Errorf("get %q: %w", key, ErrNotFound)
	}
	if s.owner[key] != user {
		return "", fmt.Errorf("get %q as %s: %w", key, user, ErrPermission)
	}
	return v, nil
}

func main() {
	s := &Store{
		data:  map[string]string{"a": "apple", "b": "banana"},
		owner: map[string]string{"a": "alice", "b": "bob"},
	}
	tries := []struct{ user, key string }{
		{"alice", "a"},
		{"alice", "b"},
		{"bob", "z"},
	}
	for _, t := range tries {
		v, err := s.Get(t.user, t.key)
		switch {
		case errors.Is(err, ErrNotFound):
			fmt.Println("missing:", err)
		case errors.Is(err, ErrPermission):
			fmt.Println("denied:", err)
		case err != nil:
			fmt.Println("other:", err)
		default:
			fmt.Println("value:", v)
		}
	}
	fmt.Println(ErrNotFound == ErrNotFound, errors.New("not found") == ErrNotFound)
}
