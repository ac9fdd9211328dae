package main

import (
	"errors"
	"fmt"
	"strings"
)

var (
	ErrEmpty   = errors.New("empty input")
	ErrTooLong = errors.New("too long")
)

type CharError struct {
	Pos  int
	Char rune
}

func (c CharError) Error() string { return fmt.Sprintf("bad char %q at %d", c.Char, c.Pos) }

func validateName(s string) error {
	if s == "" {
		return ErrEmpty
	}
	if len(s) > 8 {
		return fmt.Errorf("%q: %w", s, ErrTooLong)
	}
	for i, r := range s {
		if !strings.ContainsRune("abcdefghijklmnopqrstuvwxyz_", r) {
			return fmt.Errorf("validate: %w", CharError{i, r})
		}
	}
	return nil
}

func main() {
	cases := []struct {
		in   string
		want error
	}{
		{"gopher", nil},
		{"", ErrEmpty},
		{"averyverylongname", ErrTooLong},
		{"go-pher", CharError{2, '-'}},
		{"Go", CharError{0, 'G'}},
	}
	fails := 0
	for i, c := range cases {
		got := validateName(c.in)
		var ok bool
		switch want := c.want.(type) {
		case nil:
			ok = got == nil
		case CharError:
			var ce CharError
			ok = errors.As(got, &ce) && ce == want
		default:
			ok = errors.Is(got, want)
		}
		if !ok {
			fails++
		}
		fmt.Printf("case %d %-20q got=%v want=%v ok=%t\n", i, c.in, got, c.want, ok)
	}
	fmt.Println("failures:", fails)
}
