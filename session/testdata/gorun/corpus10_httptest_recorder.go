package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
)

type healthResponse struct {
	Status string   `json:"status"`
	Checks []string `json:"checks"`
}

func health(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		w.Header().Set("Allow", "GET")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(healthResponse{Status: "ok", Checks: []string{"db", "cache"}})
}

func form(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "name=%s tags=%v", r.FormValue("name"), r.Form["tag"])
}

func redirect(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/new/place", http.StatusMovedPermanently)
}

func main() {
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("GET", "/health", nil)
	health(rec, req)
	res := rec.Result()
	fmt.Println(res.StatusCode, res.Header.Get("Content-Type"))
	fmt.Print(rec.Body.String())
	var hr healthResponse
	json.Unmarshal(rec.Body.Bytes(), &hr)
	fmt.Println(hr.Status, len(hr.Checks))

	rec = httptest.NewRecorder()
	health(rec, httptest.NewRequest("POST", "/health", nil))
	fmt.Println(rec.Code, rec.Header().Get("Allow"), strings.TrimSpace(rec.Body.String()), rec.Header().Get("X-Content-Type-Options"))

	rec = httptest.NewRecorder()
	body := strings.NewReader("name=Gopher&tag=a&tag=b")
	req = httptest.NewRequest("POST", "/form?extra=1", body)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	form(rec, req)
	fmt.Println(rec.Code, rec.Body.String())

	rec = httptest.NewRecorder()
	redirect(rec, httptest.NewRequest("GET", "/old", nil))
	fmt.Println(rec.Code, rec.Header().Get("Location"))
	fmt.Printf("%q\n", rec.Body.String())

	req = httptest.NewRequest("GET", "http://example.com/a/b?q=go&page=2#frag", nil)
	fmt.Println(req.Host, req.URL.Path, req.URL.RawQuery, req.URL.Query().Get("page"), req.RemoteAddr)

	h := http.StripPrefix("/api", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "stripped:", r.URL.Path)
	}))
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/users/1", nil))
	fmt.Println(rec.Body.String())

	fs := http.NotFoundHandler()
	rec = httptest.NewRecorder()
	fs.ServeHTTP(rec, httptest.NewRequest("GET", "/x", nil))
	fmt.Println(rec.Code, strings.TrimSpace(rec.Body.String()))
	fmt.Println(http.StatusText(418), http.StatusTeapot, http.CanonicalHeaderKey("x-request-id"))
}
