package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	point := struct {
		X, Y int
	}{10, 20}
	fmt.Println(point, point.X+point.Y)
	fmt.Printf("%+v\n%T\n", point, point)

	tests := []struct {
		name string
		in   int
		want int
	}{
		{"zero", 0, 0},
		{"one", 1, 1},
		{"five", 5, 25},
	}
	for _, tc := range tests {
		got := tc.in * tc.in
		status := "ok"
		if got != tc.want {
			status = "FAIL"
		}
		fmt.Printf("%-5s %3d %s\n", tc.name, got, status)
	}

	config := struct {
		Host string `json:"host"`
		Port int    `json:"port"`
		TLS  struct {
			Enabled bool `json:"enabled"`
		} `json:"tls"`
	}{Host: "localhost", Port: 8080}
	config.TLS.Enabled = true
	out, _ := json.Marshal(config)
	fmt.Println(string(out))

	var resp struct {
		Items []struct {
			ID   int    `json:"id"`
			Name string `json:"name"`
		} `json:"items"`
		Total int `json:"total"`
	}
	err := json.Unmarshal([]byte(`{"items":[{"id":1,"name":"a"},{"id":2,"name":"b"}],"total":2}`), &resp)
	fmt.Println(err, resp.Total, len(resp.Items), resp.Items[1].Name)
	fmt.Printf("%+v\n", resp)

	a := struct{ A int }{1}
	b := struct{ A int }{1}
	fmt.Println(a == b)
	type named struct{ A int }
	var n named = a
	fmt.Println(n, n == named(b))

	counts := map[string]struct{ hits, misses int }{}
	counts["x"] = struct{ hits, misses int }{3, 1}
	c := counts["x"]
	c.hits++
	counts["x"] = c
	fmt.Println(counts)
	empty := struct{}{}
	fmt.Println(empty, fmt.Sprintf("%T", empty))
}
