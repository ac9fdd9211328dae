package main

import (
	"errors"
	"fmt"
	"os"
)

type RequestError struct {
	StatusCode int
	Err        error
}

func (r *RequestError) Error() string {
	return fmt.Sprintf("status %d: err %v", r.StatusCode, r.Err)
}

func (r *RequestError) Temporary() bool {
	return r.StatusCode == 503
}

func doRequest() error {
	return &RequestError{
		StatusCode: 503,
		Err:        errors.New("unavailable"),
	}
}

type ValidationError string

func (v ValidationError) Error() string { return "invalid: " + string(v) }

func validate(age int) error {
	if age < 0 {
		return ValidationError("age must be non-negative")
	}
	return nil
}

func boom() error {
	return fmt.Errorf("boom happened at step %d", 3)
}

func main() {
	err := doRequest()
	if err != nil {
		fmt.Println(err)
		re, ok := err.(*RequestError)
		if ok {
			if re.Temporary() {
				fmt.Println("This request can be tried again")
			} else {
				fmt.Println("This request cannot be tried again")
			}
		}
	}
	fmt.Println("success!")

	if err := validate(-1); err != nil {
		fmt.Println(err)
		fmt.Printf("%T %v %q\n", err, err, err)
	}
	fmt.Println(validate(5) == nil)

	e1 := errors.New("same")
	e2 := errors.New("same")
	fmt.Println(e1 == e2, e1.Error() == e2.Error())

	fmt.Println(boom())
	fmt.Fprintln(os.Stdout, "error printed with Fprintln:", boom())

	var re *RequestError
	var iface error = re
	fmt.Println(re == nil, iface == nil)

	errs := []error{boom(), validate(-2), doRequest()}
	for _, e := range errs {
		switch e := e.(type) {
		case ValidationError:
			fmt.Println("validation:", string(e))
		case *RequestError:
			fmt.Println("request:", e.StatusCode)
		default:
			fmt.Println("generic:", e)
		}
	}
}
