package main

import (
	"errors"
	"fmt"
	"strconv"
)

var errNegative = errors.New("negative input")

func parse(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parse %q: %w", s, err)
	}
	if n < 0 {
		return 0, errNegative
	}
	return n, nil
}

func main() {
	for _, in := range []string{"12", "x", "-4"} {
		n, err := parse(in)
		switch {
		case errors.Is(err, errNegative):
			fmt.Println("negative:", in)
		case err != nil:
			fmt.Println("error:", err)
		default:
			fmt.Println("ok:", n*2)
		}
	}
}
