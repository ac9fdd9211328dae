package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"sync"
)

type Todo struct {
	ID    int    `json:"id"`
	Title string `json:"title"`
	Done  bool   `json:"done"`
}

type store struct {
	mu     sync.Mutex
	nextID int
	todos  map[int]Todo
}

func (s *store) list(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Todo, 0, len(s.todos))
	for _, t := range s.todos {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(out)
}

func (s *store) create(w http.ResponseWriter, r *http.Request) {
	var t Todo
	if err := json.NewDecoder(r.Body).Decode(&t); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
		return
	}
	s.mu.Lock()
	s.nextID++
	t.ID = s.nextID
	s.todos[t.ID] = t
	s.mu.Unlock()
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(t)
}

func (s *store) toggle(w http.ResponseWriter, r *http.Request) {
	id, _ := strconv.Atoi(r.PathValue("id"))
	s.mu.Lock()
	defer s.mu.Unlock()
	t, ok := s.todos[id]
	if !ok {
		w.WriteHeader(http.StatusNotFound)
		json.NewEncoder(w).Encode(map[string]any{"error": "no such todo", "id": id})
		return
	}
	t.Done = !t.Done
	s.todos[id] = t
	json.NewEncoder(w).Encode(t)
}

func call(method, url string, body any) {
	var rd io.Reader
	if body != nil {
		switch b := body.(type) {
		case string:
			rd = bytes.NewBufferString(b)
		default:
			data, _ := json.Marshal(b)
			rd = bytes.NewReader(data)
		}
	}
	req, _ := http.NewRequest(method, url, rd)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	fmt.Printf("%s %d %s", method, resp.StatusCode, raw)
}

func main() {
	s := &store{todos: map[int]Todo{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /todos", s.list)
	mux.HandleFunc("POST /todos", s.create)
	mux.HandleFunc("POST /todos/{id}/toggle", s.toggle)
	srv := httptest.NewServer(mux)
	defer srv.Close()

	call("POST", srv.URL+"/todos", Todo{Title: "write tutorial"})
	call("POST", srv.URL+"/todos", map[string]any{"title": "test handlers", "done": true})
	call("POST", srv.URL+"/todos", `{"title": 5}`)
	call("POST", srv.URL+"/todos/1/toggle", nil)
	call("POST", srv.URL+"/todos/7/toggle", nil)
	call("GET", srv.URL+"/todos", nil)

	resp, err := http.Get(srv.URL + "/todos")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer resp.Body.Close()
	var todos []Todo
	json.NewDecoder(resp.Body).Decode(&todos)
	for _, t := range todos {
		fmt.Printf("#%d %-15s done=%t\n", t.ID, t.Title, t.Done)
	}
	fmt.Println(resp.Header.Get("Content-Type"))
}
