package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"time"
)

func main() {
	release := make(chan struct{})
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
			fmt.Fprint(w, "finally")
		case <-r.Context().Done():
		}
	}))
	defer slow.Close()
	defer close(release)

	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, slow.URL, nil)
	_, err := http.DefaultClient.Do(req)
	fmt.Println("timed out:", errors.Is(err, context.DeadlineExceeded))
	fmt.Println("ctx err:", ctx.Err())
	_, hasDeadline := ctx.Deadline()
	fmt.Println("has deadline:", hasDeadline)

	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	req2, _ := http.NewRequestWithContext(ctx2, http.MethodGet, slow.URL, nil)
	_, err = http.DefaultClient.Do(req2)
	fmt.Println("canceled:", errors.Is(err, context.Canceled))

	fast := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := context.WithValue(r.Context(), ctxKeyUser, "gopher")
		handle(w, r.WithContext(ctx))
	}))
	defer fast.Close()
	ctx3, cancel3 := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel3()
	req3, _ := http.NewRequestWithContext(ctx3, http.MethodGet, fast.URL+"/who", nil)
	resp, err := http.DefaultClient.Do(req3)
	if err != nil {
		fmt.Println(err)
		return
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(resp.StatusCode, string(body))

	client := &http.Client{Timeout: 30 * time.Millisecond}
	_, err = client.Get(slow.URL)
	var ne interface{ Timeout() bool }
	fmt.Println("client timeout:", errors.As(err, &ne) && ne.Timeout())
}

func handle(w http.ResponseWriter, r *http.Request) {
	user, _ := r.Context().Value(ctxKeyUser).(string)
	fmt.Fprintf(w, "user=%q path=%s", user, r.URL.Path)
}

type ctxKeyT string

var ctxKeyUser = ctxKeyT("user")
