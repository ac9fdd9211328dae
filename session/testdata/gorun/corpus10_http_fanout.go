package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"
)

type result struct {
	path   string
	status int
	size   int
	err    error
}

func fetch(client *http.Client, base, path string) result {
	resp, err := client.Get(base + path)
	if err != nil {
		return result{path: path, err: err}
	}
	defer resp.Body.Close()
	n, err := io.Copy(io.Discard, resp.Body)
	return result{path: path, status: resp.StatusCode, size: int(n), err: err}
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/fast", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "quick")
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(20 * time.Millisecond)
		fmt.Fprint(w, strings.Repeat("z", 100))
	})
	mux.HandleFunc("/teapot", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusTeapot)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	paths := []string{"/slow", "/fast", "/missing", "/teapot", "/fast"}
	results := make([]result, len(paths))
	client := srv.Client()
	var wg sync.WaitGroup
	for i, p := range paths {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = fetch(client, srv.URL, p)
		}()
	}
	wg.Wait()
	ok := 0
	for _, r := range results {
		if r.err != nil {
			fmt.Println(r.path, "error", r.err)
			continue
		}
		if r.status == http.StatusOK {
			ok++
		}
		fmt.Printf("%-8s %d %3d bytes\n", r.path, r.status, r.size)
	}
	fmt.Printf("%d/%d ok\n", ok, len(paths))

	ch := make(chan result)
	for _, p := range []string{"/fast", "/teapot"} {
		go func(p string) { ch <- fetch(client, srv.URL, p) }(p)
	}
	got := map[string]int{}
	for range 2 {
		r := <-ch
		got[r.path] = r.status
	}
	fmt.Println(got)

	srv.Close()
	r := fetch(client, srv.URL, "/fast")
	fmt.Println("after close, error:", r.err != nil)
}
