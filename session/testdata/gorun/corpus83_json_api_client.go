package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"
)

type Todo struct {
	ID        int       `json:"id"`
	Title     string    `json:"title"`
	Done      bool      `json:"done"`
	Tags      []string  `json:"tags,omitempty"`
	CreatedAt time.Time `json:"created_at"`
}

type store struct {
	todos  []Todo
	nextID int
}

func (s *store) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	switch r.Method {
	case http.MethodGet:
		json.NewEncoder(w).Encode(s.todos)
	case http.MethodPost:
		var t Todo
		if err := json.NewDecoder(r.Body).Decode(&t); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
			return
		}
		s.nextID++
		t.ID = s.nextID
		t.CreatedAt = time.Date(2024, 5, s.nextID, 9, 0, 0, 0, time.UTC)
		s.todos = append(s.todos, t)
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(t)
	default:
		http.Error(w, `{"error":"method not allowed"}`, http.StatusMethodNotAllowed)
	}
}

func main() {
	srv := httptest.NewServer(&store{})
	defer srv.Close()
	for _, body := range []string{`{"title":"write docs","tags":["work"]}`, `{"title":"walk"}`, `{"title":`} {
		resp, err := http.Post(srv.URL, "application/json", strings.NewReader(body))
		if err != nil {
			fmt.Println(err)
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Print(resp.StatusCode, " ", string(b))
	}
	resp, _ := http.Get(srv.URL)
	var todos []Todo
	json.NewDecoder(resp.Body).Decode(&todos)
	resp.Body.Close()
	for _, t := range todos {
		fmt.Printf("#%d %-12q done=%v tags=%v %s\n", t.ID, t.Title, t.Done, t.Tags, t.CreatedAt.Format(time.DateOnly))
	}
	req, _ := http.NewRequest(http.MethodDelete, srv.URL, nil)
	resp, _ = http.DefaultClient.Do(req)
	b, _ := io.ReadAll(resp.Body)
	fmt.Println(resp.StatusCode, strings.TrimSpace(string(b)))
	out, _ := json.MarshalIndent(todos[0], "", "  ")
	fmt.Println(string(out))
}
