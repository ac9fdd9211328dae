package main

import (
	"encoding/json"
	"fmt"
)

// Window is zero when it has no length, whatever its start.
type Window struct {
	Start, Length int
}

func (w Window) IsZero() bool { return w.Length == 0 }

type Job struct {
	Name   string  `json:"name"`
	Window Window  `json:"window,omitzero"`
	Retry  *Window `json:"retry,omitzero"`
}

func main() {
	b, err := json.Marshal(Job{Name: "backup", Window: Window{Start: 9}})
	fmt.Println(string(b), err)
	b, err = json.Marshal([]Job{{Name: "sync", Window: Window{1, 2}, Retry: &Window{Start: 4}}})
	fmt.Println(string(b), err)
}
