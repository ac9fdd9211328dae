package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
)

type store struct {
	mu    sync.Mutex
	todos map[string]string
}

func (s *store) get(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.todos[r.PathValue("name")]
	if !ok {
		http.Error(w, "no such todo", http.StatusNotFound)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"name": r.PathValue("name"), "text": t})
}

func (s *store) put(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var body struct{ Text string }
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	s.todos[r.PathValue("name")] = body.Text
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	s := &store{todos: map[string]string{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /todos/{name}", s.get)
	mux.HandleFunc("PUT /todos/{name}", s.put)

	do := func(method, path, body string) {
		req := httptest.NewRequest(method, path, strings.NewReader(body))
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		fmt.Println(method, path, rec.Code, strings.TrimSpace(rec.Body.String()))
		if a := rec.Header().Get("Allow"); a != "" {
			parts := strings.Split(a, ", ")
			sort.Strings(parts)
			fmt.Println("  Allow:", strings.Join(parts, ","))
		}
	}
	do("GET", "/todos/milk", "")
	do("PUT", "/todos/milk", `{"Text":"buy 2 liters"}`)
	do("GET", "/todos/milk", "")
	do("PUT", "/todos/bad", `{`)
	do("POST", "/todos/milk", "")
}
