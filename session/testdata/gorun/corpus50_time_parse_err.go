package main

import (
	"errors"
	"fmt"
	"time"
)

func main() {
	layouts := []struct {
		layout, value string
	}{
		{"2006-01-02", "2024-03-15"},
		{"2006-01-02", "2024-13-01"},
		{"2006-01-02", "15/03/2024"},
		{time.RFC3339, "2024-03-15T10:30:00Z"},
		{time.RFC3339, "2024-03-15 10:30:00"},
		{"15:04", "25:00"},
		{"Jan 2, 2006", "Feb 30, 2024"},
	}
	for _, l := range layouts {
		t, err := time.Parse(l.layout, l.value)
		if err != nil {
			var pe *time.ParseError
			fmt.Println("error:", err)
			if errors.As(err, &pe) {
				fmt.Printf("  layout=%q value=%q elem=%q\n", pe.Layout, pe.Value, pe.ValueElem)
			}
			continue
		}
		fmt.Println("ok:", t.Format("Mon Jan 2 2006 15:04 MST"), t.YearDay())
	}
	d, err := time.ParseDuration("1h30m15s")
	fmt.Println(d, d.Minutes(), err)
	_, err = time.ParseDuration("5 minutes")
	fmt.Println(err)
	loc := time.FixedZone("X", 3600*2)
	t, _ := time.ParseInLocation("2006-01-02 15:04", "2024-01-01 00:00", loc)
	fmt.Println(t.UTC(), t.Weekday())
}
