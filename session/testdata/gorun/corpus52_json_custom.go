package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

type Level int

const (
	Low Level = iota
	High
)

func (l Level) MarshalText() ([]byte, error) {
	return []byte([...]string{"low", "high"}[l]), nil
}

func (l *Level) UnmarshalText(b []byte) error {
	switch strings.ToLower(string(b)) {
	case "low":
		*l = Low
	case "high":
		*l = High
	default:
		return fmt.Errorf("unknown level %q", b)
	}
	return nil
}

type Duration struct{ time.Duration }

func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := time.ParseDuration(s)
	d.Duration = v
	return err
}

type Task struct {
	Title    string            `json:"title"`
	Priority Level             `json:"priority"`
	Timeout  Duration          `json:"timeout"`
	Labels   map[Level]string  `json:"labels,omitempty"`
	Extra    json.RawMessage   `json:"extra"`
	Meta     map[string]string `json:"meta,omitempty"`
}

func main() {
	t := Task{Title: "deploy", Priority: High, Timeout: Duration{90 * time.Second},
		Labels: map[Level]string{Low: "meh", High: "urgent"}, Extra: json.RawMessage(`{"k":[1,2]}`)}
	b, err := json.Marshal(t)
	fmt.Println(string(b), err)

	var back Task
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.Title, back.Priority, back.Timeout, back.Labels[High], string(back.Extra))

	err = json.Unmarshal([]byte(`{"priority":"medium"}`), &back)
	fmt.Println("error:", err)
	err = json.Unmarshal([]byte(`{"timeout":"soon"}`), &back)
	fmt.Println("error:", err)

	var nums []int
	err = json.Unmarshal([]byte(`[1, 2, "three"]`), &nums)
	fmt.Println(nums, err)
	var ute *json.UnmarshalTypeError
	if errors.As(err, &ute) {
		fmt.Println("field value:", ute.Value, "type:", ute.Type)
	}
	fmt.Println(json.Valid([]byte(`{"a":}`)), json.Valid([]byte(`[]`)))
}
