package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

func lookup(key string) error {
	if key == "secret" {
		return ErrPermission
	}
	return ErrNotFound
}

func service(key string) error {
	if err := lookup(key); err != nil {
		return fmt.Errorf("service lookup %s: %w", key, err)
	}
	return nil
}

func handler(key string) error {
	if err := service(key); err != nil {
		return fmt.Errorf("handler: %w", err)
	}
	return nil
}

func main() {
	for _, k := range []string{"user", "secret"} {
		err := handler(k)
		fmt.Println(err)
		fmt.Println("  is NotFound:", errors.Is(err, ErrNotFound))
		fmt.Println("  is Permission:", errors.Is(err, ErrPermission))
		u := errors.Unwrap(err)
		fmt.Println("  unwrap once:", u)
		fmt.Println("  unwrap twice:", errors.Unwrap(u))
		fmt.Println("  unwrap thrice:", errors.Unwrap(errors.Unwrap(u)))
	}
	_, err := os.Open("/definitely/not/here.txt")
	wrapped := fmt.Errorf("config: %w", err)
	fmt.Println(errors.Is(wrapped, fs.ErrNotExist), errors.Is(wrapped, os.ErrNotExist))
	fmt.Println(wrapped)
}
