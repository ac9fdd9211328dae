package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

func (l Level) String() string { return [...]string{"debug", "info", "warn"}[l] }

type Event struct {
	At      time.Time          `json:"at"`
	Level   Level              `json:"level"`
	Msg     string             `json:"msg"`
	Fields  map[string]any     `json:"fields,omitempty"`
	Counts  map[int]string     `json:"counts,omitempty"`
	Took    time.Duration      `json:"took"`
	When    time.Time          `json:"when,omitzero"`
	Nested  struct{ A, B int } `json:"nested"`
	Ptr     *int               `json:"ptr"`
	Bytes   []byte             `json:"bytes,omitempty"`
	Skipped func()             `json:"-"`
}

type Config struct {
	Name    string   `json:"name"`
	Port    int      `json:"port"`
	Debug   bool     `json:"debug"`
	Hosts   []string `json:"hosts"`
	Timeout float64  `json:"timeout"`
}

func main() {
	at := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	e := Event{At: at, Level: Warn, Msg: "disk <90%> & rising", Fields: map[string]any{"z": 1, "a": []int{1}},
		Counts: map[int]string{10: "ten", 2: "two"}, Took: 1500 * time.Millisecond, Bytes: []byte("hi")}
	e.Nested.B = 2
	b, err := json.Marshal(e)
	fmt.Println(string(b), err)
	var back Event
	fmt.Println(json.Unmarshal(b, &back))
	fmt.Println(back.At.Equal(at), back.Level, back.Took, back.Counts[10], back.Fields["z"], string(back.Bytes), back.When.IsZero(), back.Ptr)

	defaults := Config{Name: "svc", Port: 80, Hosts: []string{"a"}, Timeout: 1.5}
	cfg := defaults
	err = json.Unmarshal([]byte(`{"port": 8080, "hosts": ["x","y"], "debug": true}`), &cfg)
	fmt.Printf("%+v %v\n%+v\n", cfg, err, defaults)
	err = json.Unmarshal([]byte(`{"port": "eighty"}`), &cfg)
	fmt.Println(err)
	var ute *json.UnmarshalTypeError
	_ = ute
	err = json.Unmarshal([]byte(`{"port": 1,}`), &cfg)
	fmt.Println(err)
	var se *json.SyntaxError
	_ = se

	dec := json.NewDecoder(strings.NewReader(`{"name":"a"} {"name":"b","port":2} [1]`))
	for {
		var c Config
		if err := dec.Decode(&c); err != nil {
			fmt.Println("stop:", err)
			break
		}
		fmt.Println(c.Name, c.Port)
	}
	type row struct {
		ID   int      `json:"id"`
		Tags []string `json:"tags"`
	}
	rows := []row{{1, nil}, {2, []string{}}}
	out, _ := json.Marshal(rows)
	fmt.Println(string(out))
	var anon struct {
		X int `json:"x"`
		y int
	}
	json.Unmarshal([]byte(`{"x":5,"y":6,"X":7}`), &anon)
	fmt.Println(anon.X, anon.y)
	var f any
	json.Unmarshal([]byte(`1e3`), &f)
	fmt.Printf("%v %T\n", f, f)
}
