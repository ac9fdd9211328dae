package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Middleware func(http.Handler) http.Handler

func Chain(h http.Handler, ms ...Middleware) http.Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Logger(log *[]string) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			*log = append(*log, "start "+r.Method+" "+r.URL.Path)
			next.ServeHTTP(w, r)
			*log = append(*log, "end "+r.URL.Path)
		})
	}
}

func Auth(token string) Middleware {
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

func main() {
	var log []string
	mux := http.NewServeMux()
	mux.HandleFunc("GET /hello/{name}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "hello, %s!", r.PathValue("name"))
	})
	mux.HandleFunc("POST /echo", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		w.Header().Set("Content-Type", "text/plain")
		w.WriteHeader(http.StatusCreated)
		w.Write([]byte(strings.ToUpper(string(b))))
	})
	h := Chain(mux, Logger(&log), Auth("s3cret"))

	reqs := []*http.Request{
		httptest.NewRequest("GET", "/hello/gopher", nil),
		httptest.NewRequest("POST", "/echo", strings.NewReader("shout")),
		httptest.NewRequest("GET", "/missing", nil),
	}
	for i, r := range reqs {
		if i < 2 {
			r.Header.Set("Authorization", "Bearer s3cret")
		}
		rec := httptest.NewRecorder()
		sr := &statusRecorder{ResponseWriter: rec, status: 200}
		h.ServeHTTP(sr, r)
		fmt.Printf("%s %s -> %d %q (%d)\n", r.Method, r.URL.Path, rec.Code, strings.TrimSpace(rec.Body.String()), sr.status)
	}
	fmt.Println(strings.Join(log, "; "))

	srv := httptest.NewServer(h)
	defer srv.Close()
	req, _ := http.NewRequest("GET", srv.URL+"/hello/net", nil)
	req.Header.Set("Authorization", "Bearer s3cret")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Println(err)
		return
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(resp.StatusCode, string(body))
}
