package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

type Val struct{ data []int }

func compare(a, b interface{}) (eq bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return a == b, nil
}

type codeErr int

func (c codeErr) Error() string { return fmt.Sprintf("code %d", int(c)) }

func main() {
	fmt.Println(compare(1, 1))
	fmt.Println(compare(1, "1"))
	fmt.Println(compare([2]int{1, 2}, [2]int{1, 2}))
	fmt.Println(compare([]int{1}, []int{1}))
	fmt.Println(compare(Val{}, Val{}))
	fmt.Println(compare(map[string]int{}, 1))
	fmt.Println(compare(nil, nil))

	// Sentinel errors compare by identity.
	e1 := errors.New("eof")
	e2 := errors.New("eof")
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), io.EOF == io.EOF)

	// Errors of comparable value types compare by value.
	var a error = codeErr(3)
	var b error = codeErr(3)
	fmt.Println(a == b, errors.Is(fmt.Errorf("wrapped: %w", a), b))

	wrapped := fmt.Errorf("open config: %w", os.ErrNotExist)
	fmt.Println(wrapped == os.ErrNotExist, errors.Is(wrapped, os.ErrNotExist))
	fmt.Println(errors.Unwrap(wrapped) == os.ErrNotExist, errors.Unwrap(errors.Unwrap(wrapped)))

	_, err := os.Open(os.TempDir() + "/corpus54-surely-missing-file")
	fmt.Println(errors.Is(err, os.ErrNotExist))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "err:", pe.Err)
	}

	joined := errors.Join(e1, codeErr(9))
	fmt.Println(errors.Is(joined, e1), errors.Is(joined, codeErr(9)))
	fmt.Printf("%q\n", joined.Error())
}
