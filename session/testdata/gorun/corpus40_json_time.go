package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"time"
)

type Meeting struct {
	Title    string        `json:"title"`
	Start    time.Time     `json:"start"`
	Length   time.Duration `json:"length"`
	Attendee []string      `json:"attendees"`
	End      *time.Time    `json:"end,omitempty"`
}

func main() {
	loc := time.FixedZone("CET", 3600)
	ms := []Meeting{
		{"standup", time.Date(2024, 5, 6, 9, 30, 0, 0, loc), 15 * time.Minute, []string{"ann", "bo"}, nil},
		{"retro", time.Date(2024, 5, 3, 16, 0, 0, 0, time.UTC), time.Hour, nil, nil},
	}
	end := ms[1].Start.Add(ms[1].Length)
	ms[1].End = &end

	b, err := json.MarshalIndent(ms, "", "\t")
	fmt.Println(string(b), err)

	var back []Meeting
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println("error:", err)
		return
	}
	sort.Slice(back, func(i, j int) bool { return back[i].Start.Before(back[j].Start) })
	for _, m := range back {
		fmt.Printf("%-8s %s %v %d attendees\n", m.Title, m.Start.UTC().Format(time.DateTime), m.Length, len(m.Attendee))
	}
	fmt.Println(back[1].Start.Equal(ms[0].Start), back[0].End.Sub(back[0].Start))

	var bad Meeting
	err = json.Unmarshal([]byte(`{"start":"next tuesday"}`), &bad)
	fmt.Println("error:", err)
	err = json.Unmarshal([]byte(`{"length":"1h"}`), &bad)
	fmt.Println("error:", err)
}
