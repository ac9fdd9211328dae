package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type Item struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

type API struct {
	mu    sync.Mutex
	items map[int]Item
	next  int
}

func (a *API) routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items", a.list)
	mux.HandleFunc("POST /items", a.create)
	mux.HandleFunc("GET /items/{id}", a.get)
	return mux
}

func (a *API) list(w http.ResponseWriter, r *http.Request) {
	a.mu.Lock()
	defer a.mu.Unlock()
	out := make([]Item, 0, len(a.items))
	for _, it := range a.items {
		out = append(out, it)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(out)
}

func (a *API) create(w http.ResponseWriter, r *http.Request) {
	var it Item
	if err := json.NewDecoder(r.Body).Decode(&it); err != nil || it.Name == "" {
		http.Error(w, "bad item", http.StatusBadRequest)
		return
	}
	a.mu.Lock()
	a.next++
	it.ID = a.next
	a.items[it.ID] = it
	a.mu.Unlock()
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(it)
}

func (a *API) get(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	a.mu.Lock()
	it, ok := a.items[id]
	a.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	json.NewEncoder(w).Encode(it)
}

func do(h http.Handler, method, target, body string) {
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, rd)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	fmt.Printf("%-4s %-10s %d %s", method, target, rec.Code, rec.Body.String())
	if allow := rec.Header().Get("Allow"); allow != "" {
		fmt.Printf("     Allow: %s\n", allow)
	}
}

func main() {
	api := &API{items: map[int]Item{}}
	h := api.routes()
	do(h, "POST", "/items", `{"name":"pen"}`)
	do(h, "POST", "/items", `{"name":"ink"}`)
	do(h, "POST", "/items", `{}`)
	do(h, "GET", "/items", "")
	do(h, "GET", "/items/2", "")
	do(h, "GET", "/items/9", "")
	do(h, "GET", "/items/x", "")
	do(h, "DELETE", "/items/1", "")
}
