package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Status int

const (
	Pending Status = iota
	Active
	Suspended
)

var statusNames = []string{"pending", "active", "suspended"}

func (s Status) String() string { return statusNames[s] }

func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

func (s *Status) UnmarshalText(b []byte) error {
	for i, n := range statusNames {
		if n == strings.ToLower(string(b)) {
			*s = Status(i)
			return nil
		}
	}
	return fmt.Errorf("unknown status %q", b)
}

type Money struct {
	Cents int64
}

func (m Money) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%d.%02d"`, m.Cents/100, m.Cents%100)), nil
}

type Customer struct {
	ID      int               `json:"id"`
	Name    string            `json:"name"`
	Status  Status            `json:"status"`
	Balance Money             `json:"balance"`
	Tags    []string          `json:"tags,omitempty"`
	Meta    map[Status]string `json:"meta,omitempty"`
	secret  string
}

func main() {
	c := Customer{ID: 7, Name: "Ann", Status: Active, Balance: Money{12345}, secret: "x"}
	b, err := json.Marshal(c)
	fmt.Println(string(b), err)

	c.Tags = []string{"vip"}
	c.Meta = map[Status]string{Suspended: "2024", Pending: "2023"}
	b, _ = json.MarshalIndent(c, "", "  ")
	fmt.Println(string(b))

	var in struct {
		Name   string `json:"name"`
		Status Status `json:"status"`
	}
	for _, src := range []string{`{"name":"Bo","status":"SUSPENDED"}`, `{"name":"Cy","status":"gone"}`} {
		if err := json.Unmarshal([]byte(src), &in); err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%+v %d\n", in, in.Status)
	}
	fmt.Printf("%v %s %#v\n", c.Status, Suspended, Active)
}
