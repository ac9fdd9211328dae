package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")
var ErrPermission = errors.New("permission denied")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type ValidationError struct {
	Field string
	Issue string
}

func (v *ValidationError) Error() string { return v.Field + " " + v.Issue }

func find(id int) error {
	switch {
	case id < 0:
		return &ValidationError{"id", "must be positive"}
	case id == 0:
		return &QueryError{Query: "id=0", Err: ErrNotFound}
	case id > 100:
		return fmt.Errorf("find %d: %w", id, &QueryError{"big", ErrPermission})
	}
	return nil
}

func parseAll(xs []string) ([]int, error) {
	var out []int
	var errs []error
	for _, x := range xs {
		n, err := strconv.Atoi(x)
		if err != nil {
			errs = append(errs, fmt.Errorf("item %q: %w", x, err))
			continue
		}
		out = append(out, n)
	}
	return out, errors.Join(errs...)
}

func main() {
	for _, id := range []int{5, 0, -3, 200} {
		err := find(id)
		fmt.Printf("id=%d err=%v\n", id, err)
		if err == nil {
			continue
		}
		fmt.Println("  is not found:", errors.Is(err, ErrNotFound), "is perm:", errors.Is(err, ErrPermission))
		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Println("  query error on", qe.Query)
		}
		var ve *ValidationError
		if errors.As(err, &ve) {
			fmt.Println("  validation on", ve.Field)
		}
		fmt.Println("  unwrap:", errors.Unwrap(err))
	}

	e1 := fmt.Errorf("layer1: %w", ErrNotFound)
	e2 := fmt.Errorf("layer2: %w", e1)
	e3 := fmt.Errorf("layer3: %v", e2)
	fmt.Println(e2, errors.Is(e2, ErrNotFound))
	fmt.Println(e3, errors.Is(e3, ErrNotFound))
	fmt.Println(errors.Unwrap(errors.Unwrap(e2)) == ErrNotFound)

	nums, err := parseAll([]string{"1", "x", "3", "4.5"})
	fmt.Println(nums)
	fmt.Println(err)
	var numErr *strconv.NumError
	fmt.Println(errors.As(err, &numErr), numErr.Func, numErr.Num)
	fmt.Println(errors.Is(err, strconv.ErrSyntax))

	multi := fmt.Errorf("both: %w and %w", ErrNotFound, ErrPermission)
	fmt.Println(multi, errors.Is(multi, ErrPermission))
	fmt.Printf("%T %T\n", e1, multi)
	fmt.Println(errors.Join(nil, nil) == nil)
}
