package main

import (
	"errors"
	"fmt"
)

// HTTPError matches any error of the same status, as a blog's Is method
// does: errors.Is(err, ErrNotFound) compares codes, not messages.
type HTTPError struct {
	Code int
	Msg  string
}

func (e HTTPError) Error() string { return fmt.Sprintf("%d %s", e.Code, e.Msg) }

func (e HTTPError) Is(target error) bool {
	t, ok := target.(HTTPError)
	return ok && t.Code == e.Code
}

var (
	ErrNotFound  = HTTPError{Code: 404}
	ErrForbidden = HTTPError{Code: 403}
	ErrPlain     = errors.New("plain")
)

type timeoutErr struct{ op string }

func (t *timeoutErr) Error() string        { return t.op + ": timeout" }
func (t *timeoutErr) Is(target error) bool { return target == ErrPlain }

func main() {
	err := fmt.Errorf("get /x: %w", HTTPError{404, "not found"})
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, ErrForbidden), errors.Is(err, ErrPlain))
	joined := errors.Join(errors.New("first"), HTTPError{403, "no"})
	fmt.Println(errors.Is(joined, ErrForbidden), errors.Is(joined, ErrNotFound))
	t := fmt.Errorf("wrapped: %w", &timeoutErr{"read"})
	fmt.Println(errors.Is(t, ErrPlain), errors.Is(t, ErrNotFound))
	fmt.Println(errors.Is(HTTPError{500, "x"}, HTTPError{Code: 500}))
}
