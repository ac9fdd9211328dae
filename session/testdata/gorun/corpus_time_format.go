package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.March, 15, 14, 30, 45, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339))
	fmt.Println(t.Format("2006-01-02 15:04:05"))
	fmt.Println(t.Format("Mon Jan 2 3:04PM"))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay())
	later := t.Add(36 * time.Hour)
	fmt.Println(later.Format(time.Kitchen), later.Sub(t), later.After(t))
	d := 90*time.Minute + 30*time.Second
	fmt.Println(d, d.Hours(), d.Round(time.Hour))
	p, err := time.Parse("2006-01-02", "2023-12-25")
	fmt.Println(p, err)
	_, err = time.Parse("2006-01-02", "not a date")
	fmt.Println(err != nil)
	dur, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(dur, dur.Seconds())
	fmt.Println(t.Truncate(time.Hour).Format(time.RFC822))
	fmt.Println(t.AddDate(0, 1, 20).Format("Jan 2, 2006"))
	fmt.Println(time.Unix(1700000000, 0).UTC())
}
