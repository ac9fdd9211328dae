// Error handling tour: sentinel errors, wrapping, custom types, panics.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

type ValidationError struct {
	Field string
	Value any
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", e.Field, e.Value)
}

type Account struct {
	ID      int
	Balance int
}

var accounts = map[int]*Account{1: {1, 100}, 2: {2, 5}}

func find(id int) (*Account, error) {
	a, ok := accounts[id]
	if !ok {
		return nil, fmt.Errorf("account %d: %w", id, ErrNotFound)
	}
	return a, nil
}

func withdraw(id, amount int) error {
	if amount <= 0 {
		return &ValidationError{"amount", amount}
	}
	a, err := find(id)
	if err != nil {
		return fmt.Errorf("withdraw: %w", err)
	}
	if a.Balance < amount {
		return fmt.Errorf("withdraw %d from %d: insufficient funds (have %d)", amount, id, a.Balance)
	}
	a.Balance -= amount
	return nil
}

func mustParse(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(fmt.Sprintf("mustParse(%q): %v", s, err))
	}
	return n
}

func safeParse(s string) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return mustParse(s), nil
}

func main() {
	cases := []struct{ id, amount int }{{1, 30}, {2, 50}, {3, 1}, {1, -5}}
	for _, c := range cases {
		err := withdraw(c.id, c.amount)
		switch {
		case err == nil:
			fmt.Println("ok, balance now", accounts[c.id].Balance)
		case errors.Is(err, ErrNotFound):
			fmt.Println("missing:", err)
		default:
			var ve *ValidationError
			if errors.As(err, &ve) {
				fmt.Println("validation on field", ve.Field, "->", err)
			} else {
				fmt.Println("other:", err)
			}
		}
	}

	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", ErrPermission))
	fmt.Println(wrapped)
	fmt.Println(errors.Unwrap(wrapped))
	fmt.Println(errors.Is(wrapped, ErrPermission), errors.Is(wrapped, ErrNotFound))

	joined := errors.Join(ErrNotFound, ErrPermission)
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrPermission))

	fmt.Println(safeParse("12"))
	fmt.Println(safeParse("x"))

	dir, err := os.MkdirTemp("", "corpus33-errors")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	_, err = os.ReadFile(filepath.Join(dir, "missing.txt"))
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "base:", filepath.Base(pe.Path))
	}
}
