package main

import (
	"errors"
	"fmt"
)

type RequestError struct {
	StatusCode int
	Err        error
}

func (r *RequestError) Error() string {
	return fmt.Sprintf("status %d: err %v", r.StatusCode, r.Err)
}

func (r *RequestError) Unwrap() error { return r.Err }

func (r *RequestError) Temporary() bool {
	return r.StatusCode == 503
}

var ErrUnavailable = errors.New("unavailable")

func doRequest(code int) error {
	if code == 200 {
		return nil
	}
	return &RequestError{StatusCode: code, Err: ErrUnavailable}
}

type ValidationError struct {
	Field string
	Msg   string
}

func (v ValidationError) Error() string { return v.Field + ": " + v.Msg }

type ValidationErrors []ValidationError

func (vs ValidationErrors) Error() string {
	s := fmt.Sprintf("%d validation errors:", len(vs))
	for _, v := range vs {
		s += " [" + v.Error() + "]"
	}
	return s
}

func validate(name string, age int) error {
	var errs ValidationErrors
	if name == "" {
		errs = append(errs, ValidationError{"name", "required"})
	}
	if age < 0 || age > 150 {
		errs = append(errs, ValidationError{"age", fmt.Sprintf("%d out of range", age)})
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

// A typed nil pointer returned as error is not a nil error.
func badReturn() error {
	var p *RequestError
	return p
}

type codeErr int

func (c codeErr) Error() string   { return fmt.Sprintf("code %d", int(c)) }
func (c codeErr) Is(t error) bool { return t == ErrUnavailable && c >= 500 }

func main() {
	for _, code := range []int{200, 503, 404} {
		err := doRequest(code)
		if err == nil {
			fmt.Println(code, "ok")
			continue
		}
		re, ok := err.(*RequestError)
		fmt.Println(err, ok, re.Temporary())
	}

	wrapped := fmt.Errorf("fetch: %w", doRequest(503))
	var re *RequestError
	if errors.As(wrapped, &re) {
		fmt.Println("as RequestError:", re.StatusCode)
	}
	fmt.Println(errors.Is(wrapped, ErrUnavailable))

	var temp interface{ Temporary() bool }
	if errors.As(wrapped, &temp) {
		fmt.Println("temporary:", temp.Temporary())
	}

	fmt.Println(validate("sammy", 30))
	err := validate("", 200)
	fmt.Println(err)
	var ve ValidationErrors
	if errors.As(err, &ve) {
		fmt.Println("fields:", len(ve), ve[0].Field, ve[1].Field)
	}
	var single ValidationError
	fmt.Println(errors.As(ValidationError{"x", "bad"}, &single), single.Field)

	e := badReturn()
	fmt.Println(e == nil, e != nil)
	fmt.Printf("%T\n", e)

	fmt.Println(errors.Is(codeErr(502), ErrUnavailable), errors.Is(codeErr(404), ErrUnavailable))
	fmt.Println(errors.Is(fmt.Errorf("ctx: %w", codeErr(500)), ErrUnavailable))
}
