package main

import (
	"context"
	"errors"
	"fmt"
)

type Store interface {
	Fetch(ctx context.Context) (string, error)
}

// SpyStore produces its answer one character at a time, checking ctx between steps.
type SpyStore struct {
	response string
	steps    chan struct{} // each receive lets one character through
}

func (s *SpyStore) Fetch(ctx context.Context) (string, error) {
	data := make(chan string, 1)
	go func() {
		var result string
		for _, c := range s.response {
			select {
			case <-ctx.Done():
				return
			case <-s.steps:
				result += string(c)
			}
		}
		data <- result
	}()
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	case res := <-data:
		return res, nil
	}
}

type SpyResponseWriter struct {
	written bool
	body    string
}

func (s *SpyResponseWriter) Write(p []byte) (int, error) {
	s.written = true
	s.body += string(p)
	return len(p), nil
}

func Server(store Store) func(ctx context.Context, w *SpyResponseWriter) {
	return func(ctx context.Context, w *SpyResponseWriter) {
		data, err := store.Fetch(ctx)
		if err != nil {
			fmt.Println("fetch error:", err)
			return
		}
		fmt.Fprint(w, data)
	}
}

func main() {
	data := "hello, world"
	steps := make(chan struct{})
	store := &SpyStore{response: data, steps: steps}
	go func() {
		for range len(data) {
			steps <- struct{}{}
		}
	}()
	w := &SpyResponseWriter{}
	Server(store)(context.Background(), w)
	fmt.Printf("written=%v body=%q\n", w.written, w.body)

	store2 := &SpyStore{response: data, steps: make(chan struct{})}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	w2 := &SpyResponseWriter{}
	Server(store2)(ctx, w2)
	fmt.Printf("written=%v body=%q\n", w2.written, w2.body)
	fmt.Println(errors.Is(ctx.Err(), context.Canceled), ctx.Err())

	ctx3, cancel3 := context.WithCancelCause(context.Background())
	cancel3(errors.New("user went away"))
	fmt.Println(ctx3.Err(), context.Cause(ctx3))

	type key string
	vctx := context.WithValue(context.Background(), key("user"), "gopher")
	fmt.Println(vctx.Value(key("user")), vctx.Value(key("other")))
}
