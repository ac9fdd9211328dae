package main

import (
	"errors"
	"fmt"
	"strconv"
)

type temporary interface {
	Temporary() bool
}

type netErr struct {
	msg  string
	temp bool
}

func (e netErr) Error() string   { return e.msg }
func (e netErr) Temporary() bool { return e.temp }

func classify(err error) string {
	if err == nil {
		return "ok"
	}
	var t temporary
	if errors.As(err, &t) && t.Temporary() {
		return "temporary: " + err.Error()
	}
	switch e := err.(type) {
	case *strconv.NumError:
		return fmt.Sprintf("number error in %s: %q (%v)", e.Func, e.Num, e.Err)
	case netErr:
		return "permanent network error: " + e.msg
	default:
		return "unknown: " + e.Error()
	}
}

func main() {
	_, err1 := strconv.Atoi("12a")
	_, err2 := strconv.ParseInt("99999999999999999999", 10, 64)
	errs := []error{
		nil,
		err1,
		err2,
		netErr{"reset by peer", true},
		netErr{"host unreachable", false},
		fmt.Errorf("dial: %w", netErr{"timeout", true}),
		errors.New("mystery"),
	}
	for _, e := range errs {
		fmt.Println(classify(e))
	}
	fmt.Println(errors.Is(err2, strconv.ErrRange), errors.Is(err1, strconv.ErrSyntax))
}
