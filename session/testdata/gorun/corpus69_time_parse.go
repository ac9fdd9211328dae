package main

import (
	"fmt"
	"time"
)

func main() {
	inputs := []struct {
		layout, value string
	}{
		{time.RFC3339, "2023-11-05T08:30:00Z"},
		{time.RFC3339, "2023-11-05T08:30:00+05:30"},
		{"2006-01-02", "2024-02-29"},
		{"2006-01-02", "2023-02-29"},
		{"02 Jan 2006 15:04", "17 Aug 2022 21:45"},
		{"Jan _2 15:04:05", "Feb  3 04:05:06"},
		{time.Kitchen, "3:04PM"},
		{"2006-01-02", "not a date"},
	}
	for _, in := range inputs {
		t, err := time.Parse(in.layout, in.value)
		if err != nil {
			fmt.Printf("%-28q error: %v\n", in.value, err)
			continue
		}
		_, off := t.Zone()
		fmt.Printf("%-28q -> %s (offset %ds)\n", in.value, t.UTC().Format(time.DateTime), off)
	}

	loc := time.FixedZone("EST", -5*60*60)
	t, err := time.ParseInLocation("2006-01-02 15:04", "2024-07-04 09:00", loc)
	fmt.Println(t, err)
	fmt.Println(t.UTC())

	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, d.Seconds(), err)
	_, err = time.ParseDuration("5 minutes")
	fmt.Println(err)

	a, _ := time.Parse(time.DateOnly, "2024-01-01")
	b, _ := time.Parse(time.DateOnly, "2024-12-25")
	fmt.Println("days until christmas:", int(b.Sub(a).Hours()/24))
	fmt.Println(a.Before(b), a.After(b), a.Equal(a))
}
