package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
)

var items = map[int]string{1: "apple", 2: "banana", 3: "cherry"}

func getItem(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id: "+err.Error(), http.StatusBadRequest)
		return
	}
	name, ok := items[id]
	if !ok {
		http.NotFound(w, r)
		return
	}
	fmt.Fprintf(w, "item %d is %s", id, name)
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items/{id}", getItem)
	mux.HandleFunc("DELETE /items/{id}", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
	})
	mux.HandleFunc("GET /files/{path...}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "file path %q", r.PathValue("path"))
	})
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "home")
	})
	mux.HandleFunc("/legacy/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "legacy %s %s", r.Method, strings.TrimPrefix(r.URL.Path, "/legacy/"))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()

	do := func(method, path string) {
		req, _ := http.NewRequest(method, srv.URL+path, nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			fmt.Println(err)
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		fmt.Printf("%-6s %-18s -> %d %q allow=%q\n", method, path, resp.StatusCode, strings.TrimSpace(string(b)), resp.Header.Get("Allow"))
	}
	do("GET", "/items/2")
	do("GET", "/items/9")
	do("GET", "/items/abc")
	do("DELETE", "/items/1")
	do("POST", "/items/1")
	do("GET", "/files/a/b/c.txt")
	do("GET", "/")
	do("GET", "/nothing")
	do("PATCH", "/legacy/x/y")
}
