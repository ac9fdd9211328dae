package main

import (
	"errors"
	"fmt"
)

// stackErr prints more under %+v, as errors with stacks do.
type stackErr struct {
	msg   string
	frame string
}

func (e *stackErr) Error() string { return e.msg }

func (e *stackErr) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			fmt.Fprintf(f, "%s\n\tat %s", e.msg, e.frame)
			return
		}
		fallthrough
	case 's':
		fmt.Fprint(f, e.msg)
	case 'q':
		fmt.Fprintf(f, "%q", e.msg)
	}
}

// tagged prints itself differently from its Error text.
type tagged struct{ code int }

func (t tagged) Error() string { return fmt.Sprintf("code %d", t.code) }

func (t tagged) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "tagged<%d>", t.code) }

var errRoot = &stackErr{msg: "disk full", frame: "save.go:12"}

func save() error { return errRoot }

func main() {
	err := save()
	detailed := fmt.Errorf("saving: %+v", err)
	fmt.Println(detailed)
	wrapped := fmt.Errorf("saving: %w", err)
	fmt.Println(wrapped)
	fmt.Printf("%+v\n", errors.Unwrap(wrapped))
	fmt.Println(errors.Is(wrapped, errRoot), errors.Unwrap(wrapped) == err)
	var se *stackErr
	fmt.Println(errors.As(wrapped, &se), se.frame)

	var e error = tagged{7}
	w := fmt.Errorf("op: %w (was %q)", e, err)
	fmt.Println(w)
	fmt.Println(errors.Is(w, tagged{7}), errors.Is(w, tagged{8}))
	var tg tagged
	fmt.Println(errors.As(w, &tg), tg.code)

	both := fmt.Errorf("both: %w; %w", e, err)
	fmt.Println(both)
	fmt.Println(errors.Is(both, errRoot), errors.Is(both, e))

	joined := errors.Join(e, fmt.Errorf("ctx: %v", e))
	fmt.Println(joined)
	fmt.Printf("%s|%v|%d\n", e, e, e)
}
