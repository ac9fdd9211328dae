package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parseAll(inputs []string) (int, error) {
	var err error
	total := 0
	for _, in := range inputs {
		n, err := strconv.Atoi(in) // shadows the outer err
		if err != nil {
			break
		}
		total += n
	}
	return total, err // always nil here
}

func parseAllFixed(inputs []string) (int, error) {
	total := 0
	for _, in := range inputs {
		n, err := strconv.Atoi(in)
		if err != nil {
			return total, err
		}
		total += n
	}
	return total, nil
}

func lookup(key string) (string, error) {
	if key == "" {
		return "", errors.New("empty key")
	}
	return "value-" + key, nil
}

func chain(key string) error {
	var err error
	if key == "a" {
		_, err := lookup("")
		_ = err
	} else if v, err := lookup(key); err == nil {
		fmt.Println("else-if got", v)
	} else {
		fmt.Println("else branch sees", err)
	}
	return err
}

func main() {
	fmt.Println(parseAll([]string{"1", "2", "x", "4"}))
	fmt.Println(parseAllFixed([]string{"1", "2", "x", "4"}))

	fmt.Println("chain(a):", chain("a"))
	fmt.Println("chain(b):", chain("b"))
	fmt.Println("chain(empty):", chain(""))

	x := 1
	if x := 2; x > 1 {
		fmt.Println("inner x", x)
		x := 3
		fmt.Println("innermost x", x)
	}
	fmt.Println("outer x", x)

	var count int
	for i := 0; i < 3; i++ {
		count := i * 10
		_ = count
	}
	fmt.Println("count", count)

	v, err := strconv.Atoi("10")
	if err == nil {
		w, err := strconv.Atoi("bad")
		fmt.Println("inner:", w, err != nil)
	}
	fmt.Println("outer:", v, err)
}
