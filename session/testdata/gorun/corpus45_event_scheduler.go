package main

import (
	"fmt"
	"sort"
	"time"
)

type Event struct {
	Title    string
	Start    time.Time
	Duration time.Duration
	Every    time.Duration // 0 for one-off
}

func (e Event) End() time.Time { return e.Start.Add(e.Duration) }

func (e Event) Overlaps(o Event) bool {
	return e.Start.Before(o.End()) && o.Start.Before(e.End())
}

func expand(events []Event, until time.Time) []Event {
	var out []Event
	for _, e := range events {
		if e.Every == 0 {
			out = append(out, e)
			continue
		}
		for t := e.Start; t.Before(until); t = t.Add(e.Every) {
			occ := e
			occ.Start = t
			out = append(out, occ)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Start.Equal(out[j].Start) {
			return out[i].Start.Before(out[j].Start)
		}
		return out[i].Title < out[j].Title
	})
	return out
}

func main() {
	day := func(d, h, m int) time.Time { return time.Date(2024, time.March, d, h, m, 0, 0, time.UTC) }
	events := []Event{
		{"standup", day(4, 9, 0), 15 * time.Minute, 24 * time.Hour},
		{"planning", day(4, 9, 10), time.Hour, 0},
		{"lunch", day(5, 12, 0), 45 * time.Minute, 0},
		{"review", day(6, 15, 30), 90 * time.Minute, 0},
		{"gym", day(4, 18, 0), time.Hour, 48 * time.Hour},
	}
	week := expand(events, day(8, 0, 0))
	lastDay := -1
	for _, e := range week {
		if e.Start.Day() != lastDay {
			fmt.Println(e.Start.Format("Monday, Jan 2"))
			lastDay = e.Start.Day()
		}
		fmt.Printf("  %s-%s %-9s (%v)\n", e.Start.Format("15:04"), e.End().Format("15:04"), e.Title, e.Duration)
	}
	var busy time.Duration
	for _, e := range week {
		busy += e.Duration
	}
	fmt.Println("busy:", busy, "events:", len(week))
	for i := 0; i < len(week); i++ {
		for j := i + 1; j < len(week); j++ {
			if week[i].Overlaps(week[j]) {
				fmt.Printf("conflict: %s and %s on %s\n", week[i].Title, week[j].Title, week[i].Start.Format(time.DateOnly))
			}
		}
	}
	free := day(4, 17, 0).Sub(week[1].End())
	fmt.Printf("free time after planning: %v (%.0f min)\n", free, free.Minutes())
}
