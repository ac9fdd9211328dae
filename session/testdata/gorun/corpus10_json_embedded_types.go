package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

type Celsius float64

type Status string

const (
	Active   Status = "active"
	Archived Status = "archived"
)

type Base struct {
	ID      int    `json:"id"`
	Version int    `json:"version,omitempty"`
	Kind    string `json:"kind"`
}

type Audit struct {
	By string `json:"by"`
}

type Sensor struct {
	Base
	*Audit
	Name    string             `json:"name"`
	Reading Celsius            `json:"reading"`
	Status  Status             `json:"status"`
	Limits  map[string]Celsius `json:"limits"`
	History []Celsius          `json:"history"`
	Kind    string             `json:"kind"`
}

func main() {
	s := Sensor{
		Base:    Base{ID: 4, Kind: "base-kind"},
		Audit:   &Audit{By: "ops"},
		Name:    "boiler",
		Reading: 71.5,
		Status:  Active,
		Limits:  map[string]Celsius{"max": 95, "min": 5},
		History: []Celsius{70, 70.5, 71.5},
		Kind:    "outer-kind",
	}
	b, _ := json.Marshal(s)
	fmt.Println(string(b))

	var back Sensor
	err := json.Unmarshal([]byte(`{"id":8,"version":2,"by":"dev","name":"fridge","reading":-3.25,"status":"archived","limits":{"max":4},"history":[1,2],"kind":"k"}`), &back)
	fmt.Println(err)
	fmt.Println(back.ID, back.Version, back.Audit.By, back.Name, back.Reading, back.Status == Archived, back.Kind, back.Base.Kind == "")
	fmt.Println(back.Limits["max"]+1, len(back.History))

	var statuses []Status
	json.Unmarshal([]byte(`["active","archived","active"]`), &statuses)
	counts := map[Status]int{}
	for _, st := range statuses {
		counts[st]++
	}
	keys := make([]string, 0)
	for k := range counts {
		keys = append(keys, string(k))
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, counts[Status(k)])
	}

	byID := map[int]Celsius{3: 1.5, 1: -2}
	out, _ := json.Marshal(byID)
	fmt.Println(string(out))
	var readings map[int]Celsius
	json.Unmarshal(out, &readings)
	fmt.Println(readings[1], readings[3])

	plain, _ := json.Marshal(Sensor{Name: "bare"})
	fmt.Println(string(plain))
}
