package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

type Store struct {
	mu    sync.Mutex
	items map[string]string
}

func (s *Store) get(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	s.mu.Lock()
	v, ok := s.items[id]
	s.mu.Unlock()
	if !ok {
		http.Error(w, "no item "+id, http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]string{"id": id, "value": v})
}

func (s *Store) put(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	s.mu.Lock()
	s.items[r.PathValue("id")] = string(body)
	s.mu.Unlock()
	w.WriteHeader(http.StatusCreated)
}

func main() {
	s := &Store{items: map[string]string{"1": "first"}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items/{id}", s.get)
	mux.HandleFunc("PUT /items/{id}", s.put)
	mux.HandleFunc("GET /files/{path...}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "file=%s", r.PathValue("path"))
	})
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "home")
	})

	reqs := []struct{ method, path, body string }{
		{"GET", "/items/1", ""},
		{"GET", "/items/2", ""},
		{"PUT", "/items/2", "second"},
		{"GET", "/items/2", ""},
		{"DELETE", "/items/1", ""},
		{"GET", "/files/a/b/c.txt", ""},
		{"GET", "/", ""},
		{"GET", "/nothing", ""},
	}
	for _, rq := range reqs {
		req := httptest.NewRequest(rq.method, rq.path, strings.NewReader(rq.body))
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		fmt.Printf("%-6s %-18s %d %s\n", rq.method, rq.path, rec.Code, strings.TrimSpace(rec.Body.String()))
	}
}
