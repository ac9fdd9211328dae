package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

// greeter is a handler type: any value with ServeHTTP is an http.Handler.
type greeter struct {
	greeting string
	hits     int
}

func (g *greeter) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	g.hits++
	name := r.URL.Query().Get("name")
	if name == "" {
		http.Error(w, "missing name", http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("X-Hits", fmt.Sprint(g.hits))
	fmt.Fprintf(w, "%s, %s!", g.greeting, name)
}

func main() {
	g := &greeter{greeting: "Hello"}
	srv := httptest.NewServer(g)
	defer srv.Close()

	for _, q := range []string{"?name=Gopher", "", "?name=World&x=1"} {
		resp, err := http.Get(srv.URL + "/greet" + q)
		if err != nil {
			fmt.Println("get:", err)
			continue
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%d %s %q hits=%s type=%s\n", resp.StatusCode, http.StatusText(resp.StatusCode),
			strings.TrimSpace(string(body)), resp.Header.Get("X-Hits"), resp.Header.Get("Content-Type"))
	}
	fmt.Println("total hits:", g.hits)

	echo := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		fmt.Fprintf(w, "%s %s %s len=%d ua=%v", r.Method, r.URL.Path, b, r.ContentLength, r.Header.Get("User-Agent") != "")
	}))
	defer echo.Close()
	resp, err := http.Post(echo.URL+"/submit", "text/plain", strings.NewReader("payload"))
	if err == nil {
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(resp.Status, string(b))
	}

	req, _ := http.NewRequest(http.MethodPut, echo.URL+"/thing/7", strings.NewReader("new state"))
	req.Header.Set("User-Agent", "")
	client := &http.Client{}
	resp, err = client.Do(req)
	if err == nil {
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(resp.StatusCode, string(b), resp.Proto)
	}
}
