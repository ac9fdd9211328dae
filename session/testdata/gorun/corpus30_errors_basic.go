package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
)

func circleArea(radius float64) (float64, error) {
	if radius < 0 {
		return 0, errors.New("area calculation failed, radius is less than zero")
	}
	return 3.14 * radius * radius, nil
}

func rectArea(l, w float64) (float64, error) {
	if l < 0 {
		return 0, fmt.Errorf("area calculation failed, length %0.2f is less than zero", l)
	}
	return l * w, nil
}

var ErrNotFound = errors.New("not found")

func lookup(key string) (string, error) {
	data := map[string]string{"a": "apple"}
	if v, ok := data[key]; ok {
		return v, nil
	}
	return "", fmt.Errorf("lookup %q: %w", key, ErrNotFound)
}

func main() {
	path := filepath.Join(os.TempDir(), "corpus30_no_such_file.txt")
	_, err := os.Open(path)
	if err != nil {
		var pathError *fs.PathError
		if errors.As(err, &pathError) {
			fmt.Println("Failed to open file at path", filepath.Base(pathError.Path))
			fmt.Println("op:", pathError.Op, "is not exist:", errors.Is(err, fs.ErrNotExist))
		}
	}

	area, err := circleArea(-20)
	if err != nil {
		fmt.Println(err)
	} else {
		fmt.Printf("Area of circle %0.2f\n", area)
	}
	area, err = rectArea(-3, 4)
	fmt.Println(area, err)

	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	var numErr *strconv.NumError
	if errors.As(err, &numErr) {
		fmt.Println("func:", numErr.Func, "num:", numErr.Num, "err:", numErr.Err)
	}

	v, err := lookup("a")
	fmt.Println(v, err)
	_, err = lookup("z")
	fmt.Println(err, errors.Is(err, ErrNotFound))
	fmt.Println(errors.Unwrap(err) == ErrNotFound)

	joined := errors.Join(errors.New("first"), errors.New("second"))
	fmt.Println(joined)
}
