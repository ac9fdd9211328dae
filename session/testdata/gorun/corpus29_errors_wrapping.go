package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

var ErrNotFound = errors.New("not found")

type ValueError struct {
	Value int
}

func (v *ValueError) Error() string {
	return fmt.Sprintf("value error: %d", v.Value)
}

func lookup(id int) error {
	if id < 0 {
		return &ValueError{Value: id}
	}
	if id > 10 {
		return fmt.Errorf("lookup %d: %w", id, ErrNotFound)
	}
	return nil
}

func service(id int) error {
	if err := lookup(id); err != nil {
		return fmt.Errorf("service failed: %w", err)
	}
	return nil
}

func main() {
	for _, id := range []int{1, 42, -3} {
		err := service(id)
		if err == nil {
			fmt.Println(id, "ok")
			continue
		}
		fmt.Println("error:", err)
		if errors.Is(err, ErrNotFound) {
			fmt.Println("  is ErrNotFound")
		}
		var ve *ValueError
		if errors.As(err, &ve) {
			fmt.Println("  ValueError with value", ve.Value)
		}
		fmt.Println("  unwrapped once:", errors.Unwrap(err))
	}

	_, err := os.Open("/definitely/not/a/real/file.txt")
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "path:", pe.Path)
	}

	joined := errors.Join(ErrNotFound, errors.New("second"))
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrNotFound))

	multi := fmt.Errorf("both: %w and %w", ErrNotFound, &ValueError{7})
	var ve *ValueError
	fmt.Println(multi, errors.Is(multi, ErrNotFound), errors.As(multi, &ve), ve.Value)
	fmt.Println(errors.Unwrap(multi) == nil)

	notWrapped := fmt.Errorf("context: %v", ErrNotFound)
	fmt.Println(errors.Is(notWrapped, ErrNotFound))
}
