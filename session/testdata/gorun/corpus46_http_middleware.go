package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Middleware func(http.Handler) http.Handler

func chain(h http.Handler, ms ...Middleware) http.Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func requestID(next http.Handler) http.Handler {
	n := 0
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n++
		w.Header().Set("X-Request-ID", fmt.Sprintf("req-%03d", n))
		next.ServeHTTP(w, r)
	})
}

func auth(token string) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("Authorization") != "Bearer "+token {
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

func logging(lines *[]string) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
			next.ServeHTTP(rec, r)
			*lines = append(*lines, fmt.Sprintf("%s %s -> %d", r.Method, r.URL.Path, rec.status))
		})
	}
}

func hello(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if name == "" {
		name = "world"
	}
	w.Header().Set("Content-Type", "text/plain")
	fmt.Fprintf(w, "hello, %s!", name)
}

func main() {
	var lines []string
	h := chain(http.HandlerFunc(hello), logging(&lines), requestID, auth("s3cret"))

	reqs := []struct {
		target, token string
	}{
		{"/hello?name=gopher", "s3cret"},
		{"/hello", "s3cret"},
		{"/hello", "wrong"},
	}
	for _, rq := range reqs {
		req := httptest.NewRequest(http.MethodGet, rq.target, nil)
		req.Header.Set("Authorization", "Bearer "+rq.token)
		rr := httptest.NewRecorder()
		h.ServeHTTP(rr, req)
		res := rr.Result()
		body, _ := io.ReadAll(res.Body)
		fmt.Printf("%d id=%s type=%q body=%q\n", res.StatusCode, res.Header.Get("X-Request-ID"),
			res.Header.Get("Content-Type"), strings.TrimSpace(string(body)))
	}
	for _, l := range lines {
		fmt.Println(l)
	}
}
