package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

type Level int

func (l Level) String() string { return strings.Repeat("*", int(l)) }

type Address struct {
	City string `json:"city"`
	Zip  string `json:"zip,omitempty"`
}

type Meta struct {
	Created string `json:"created"`
}

type Student struct {
	Name    string            `json:"name"`
	Grade   int               `json:"grade"`
	Level   Level             `json:"level"`
	Tags    []string          `json:"tags,omitempty"`
	Address *Address          `json:"address,omitempty"`
	Scores  map[string]int    `json:"scores"`
	secret  string            // unexported: never encoded
	Ignored string            `json:"-"`
	Extra   map[string]string `json:",omitempty"`
	Meta
}

func main() {
	s := Student{
		Name: "Ana", Grade: 3, Level: 2, Tags: []string{"math"},
		Address: &Address{City: "Oslo"}, Scores: map[string]int{"b": 2, "a": 1},
		secret: "x", Ignored: "y", Meta: Meta{"2020-01-01"},
	}
	b, err := json.Marshal(s)
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(Student{Name: "Bo"}, "", "  ")
	fmt.Println(string(b))
	var back Student
	err = json.Unmarshal([]byte(`{"name":"Cy","grade":5,"level":3,"address":{"city":"Rome","zip":"00100"},"scores":{"x":9},"created":"today","secret":"no"}`), &back)
	fmt.Printf("%v %+v %v %q %s\n", err, *back.Address, back.Scores, back.secret, back.Level)
	fmt.Println(back.Name, back.Grade, back.Created)
	var generic map[string]any
	json.Unmarshal(b, &generic)
	keys := make([]string, 0, len(generic))
	for k := range generic {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%v (%T) ", k, generic[k], generic[k])
	}
	fmt.Println()
	var roster []Student
	err = json.Unmarshal([]byte(`[{"name":"A","grade":"x"}]`), &roster)
	fmt.Println(err)
	var ute *json.UnmarshalTypeError
	_ = ute
	err = json.Unmarshal([]byte(`{bad`), &roster)
	fmt.Println(err)
}
