package main

import (
	"errors"
	"fmt"
	"io/fs"
)

var (
	ErrRetry   = errors.New("retry")
	ErrTimeout = errors.New("timeout")
)

// busy says it is ErrRetry through its Is method (a value receiver).
type busy struct{ what string }

func (b busy) Error() string        { return b.what + " busy" }
func (b busy) Is(target error) bool { return target == ErrRetry }

// wrapIs has a pointer-receiver Is and an Unwrap: errors.Is asks Is first,
// then goes on down the chain.
type wrapIs struct {
	code int
	err  error
}

func (w *wrapIs) Error() string { return fmt.Sprintf("code %d: %v", w.code, w.err) }
func (w *wrapIs) Unwrap() error { return w.err }
func (w *wrapIs) Is(target error) bool {
	return w.code == 404 && target == fs.ErrNotExist
}

// notHook has an Is method errors.Is never calls (another signature).
type notHook struct{}

func (notHook) Error() string    { return "not hook" }
func (notHook) Is(s string) bool { return true }

func main() {
	e1 := fmt.Errorf("top: %w", busy{"disk"})
	fmt.Println(errors.Is(e1, ErrRetry), errors.Is(e1, ErrTimeout))

	e2 := fmt.Errorf("api: %w", &wrapIs{404, ErrTimeout})
	fmt.Println(errors.Is(e2, fs.ErrNotExist), errors.Is(e2, ErrTimeout), errors.Is(e2, ErrRetry))

	e3 := &wrapIs{500, fmt.Errorf("inner: %w", busy{"net"})}
	fmt.Println(errors.Is(e3, fs.ErrNotExist), errors.Is(e3, ErrRetry))

	e4 := errors.Join(ErrTimeout, busy{"cpu"})
	fmt.Println(errors.Is(e4, ErrRetry), errors.Is(e4, fs.ErrExist))

	var b error = busy{"x"}
	fmt.Println(errors.Is(b, ErrRetry), errors.Is(b, b))

	fmt.Println(errors.Is(fmt.Errorf("w: %w", notHook{}), ErrRetry))
}
