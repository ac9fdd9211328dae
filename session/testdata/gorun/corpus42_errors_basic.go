package main

import (
	"errors"
	"fmt"
	"strconv"
)

func boom() error {
	return errors.New("barnacles")
}

func capitalize(name string) (string, error) {
	if name == "" {
		return "", errors.New("no name provided")
	}
	return fmt.Sprintf("%c%s", name[0]-32, name[1:]), nil
}

func capitalizeAll(names ...string) ([]string, error) {
	var out []string
	for i, n := range names {
		c, err := capitalize(n)
		if err != nil {
			return nil, fmt.Errorf("name %d: %v", i, err)
		}
		out = append(out, c)
	}
	return out, nil
}

func parseAge(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parseAge(%q): %w", s, err)
	}
	if n < 0 {
		return 0, fmt.Errorf("parseAge(%q): age cannot be negative", s)
	}
	return n, nil
}

func main() {
	err := boom()
	if err != nil {
		fmt.Println("An error occurred:", err)
	}
	fmt.Printf("%v | %s | %q\n", err, err, err)

	name, err := capitalize("sammy")
	fmt.Println(name, err)
	_, err = capitalize("")
	fmt.Println("Could not capitalize:", err)

	names, err := capitalizeAll("sammy", "jesse")
	fmt.Println(names, err)
	names, err = capitalizeAll("sammy", "", "drew")
	fmt.Println(names == nil, err)

	for _, in := range []string{"42", "-3", "abc"} {
		age, err := parseAge(in)
		if err != nil {
			fmt.Println("error:", err)
			var numErr *strconv.NumError
			if errors.As(err, &numErr) {
				fmt.Println("  func:", numErr.Func, "num:", numErr.Num, "cause:", numErr.Err)
			}
			fmt.Println("  unwrapped:", errors.Unwrap(err))
			continue
		}
		fmt.Println("age:", age)
	}

	// Errors are values and compare by identity.
	e1 := errors.New("same text")
	e2 := errors.New("same text")
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), e1 == e1)

	// errors.Join combines several errors.
	joined := errors.Join(errors.New("first"), nil, errors.New("second"))
	fmt.Println(joined)
	fmt.Println(errors.Join(nil, nil) == nil)

	// An inline handler.
	if _, err := strconv.ParseFloat("1.5x", 64); err != nil {
		fmt.Println(err)
	}
}
