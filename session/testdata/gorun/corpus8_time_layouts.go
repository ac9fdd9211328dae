package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2025, time.March, 9, 14, 5, 7, 0, time.UTC)
	fmt.Println(t.Format(time.DateOnly))
	fmt.Println(t.Format(time.TimeOnly))
	fmt.Println(t.Format(time.DateTime))
	fmt.Println(t.Format(time.RFC3339), t.Format(time.Kitchen))

	d, err := time.Parse(time.DateOnly, "2024-02-29")
	fmt.Println(d.Weekday(), d.YearDay(), err)
	_, err = time.Parse(time.DateOnly, "2023-02-29")
	fmt.Println(err)

	due := d.AddDate(0, 1, 0)
	fmt.Println(due.Format(time.DateOnly), due.Sub(d).Hours())
	fmt.Println(t.Truncate(time.Hour).Format(time.TimeOnly))
	dur := 90*time.Minute + 30*time.Second
	fmt.Println(dur, dur.Minutes(), dur.Round(time.Hour))
	p, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(p, p.Seconds())
	fmt.Println(t.Compare(d), d.Compare(t), t.Compare(t))
	fmt.Println(t.Before(d), t.After(d), t.Equal(t.In(time.UTC)))
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.Month(), int(t.Month()))
	fmt.Println(time.Unix(1700000000, 0).UTC().Format(time.DateTime))
}
