package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

type PhoneError struct {
	Input string
	Msg   string
}

func (e *PhoneError) Error() string { return fmt.Sprintf("invalid number %q: %s", e.Input, e.Msg) }

func Number(in string) (string, error) {
	var digits []rune
	for _, r := range in {
		switch {
		case unicode.IsDigit(r):
			digits = append(digits, r)
		case strings.ContainsRune(" .-()+", r):
		default:
			return "", &PhoneError{in, fmt.Sprintf("unexpected %q", r)}
		}
	}
	if len(digits) == 11 {
		if digits[0] != '1' {
			return "", &PhoneError{in, "11 digits must start with 1"}
		}
		digits = digits[1:]
	}
	if len(digits) != 10 {
		return "", &PhoneError{in, fmt.Sprintf("%d digits", len(digits))}
	}
	for _, i := range []int{0, 3} {
		if digits[i] < '2' {
			return "", &PhoneError{in, fmt.Sprintf("position %d cannot be %c", i, digits[i])}
		}
	}
	return string(digits), nil
}

func AreaCode(in string) (string, error) {
	n, err := Number(in)
	if err != nil {
		return "", err
	}
	return n[:3], nil
}

func Format(in string) (string, error) {
	n, err := Number(in)
	if err != nil {
		return "", fmt.Errorf("format: %w", err)
	}
	return fmt.Sprintf("(%s) %s-%s", n[:3], n[3:6], n[6:]), nil
}

func main() {
	inputs := []string{
		"(223) 456-7890", "223.456.7890", "223 456   7890   ", "+1 (223) 456-7890",
		"123456789", "22234567890", "(023) 456-7890", "(223) 156-7890", "523-abc-7890", "523-@:!-7890",
	}
	for _, in := range inputs {
		f, err := Format(in)
		if err != nil {
			var pe *PhoneError
			errors.As(err, &pe)
			fmt.Printf("%-22q ERR %v [msg=%s]\n", in, err, pe.Msg)
			continue
		}
		ac, _ := AreaCode(in)
		fmt.Printf("%-22q %s area=%s\n", in, f, ac)
	}
}
