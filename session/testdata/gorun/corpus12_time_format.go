package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 28, 22, 15, 30, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339))
	fmt.Println(t.Format(time.RFC3339Nano))
	fmt.Println(t.Format("2006-01-02 15:04:05"))
	fmt.Println(t.Format("Mon Jan _2 3:04PM"))
	fmt.Println(t.Format(time.Kitchen), t.Format(time.DateOnly), t.Format(time.TimeOnly))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay())

	next := t.Add(36 * time.Hour)
	fmt.Println("next:", next.Format(time.DateTime), next.Month())
	fmt.Println("leap day:", t.AddDate(0, 0, 1).Format("Jan 2"))
	fmt.Println(next.Sub(t), next.After(t), t.Equal(t.UTC()))

	p, err := time.Parse("2006-01-02", "2023-12-25")
	if err != nil {
		panic(err)
	}
	fmt.Println(p, p.Weekday())
	days := t.Sub(p).Hours() / 24
	fmt.Printf("%.1f days between\n", days)

	_, err = time.Parse(time.RFC3339, "not a time")
	fmt.Println("error:", err)

	d := 90*time.Minute + 30*time.Second
	fmt.Println(d, d.Minutes(), d.Round(time.Hour), d.Truncate(time.Hour))
	dur, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(dur, dur.Seconds())
	fmt.Println(t.Truncate(time.Hour).Format(time.TimeOnly))

	loc := time.FixedZone("UTC+3", 3*60*60)
	fmt.Println(t.In(loc).Format(time.RFC1123Z))
	fmt.Println(time.Unix(1700000000, 0).UTC())
	fmt.Println(t.Unix(), t.UnixMilli())
	start := time.Date(2024, 1, 29, 0, 0, 0, 0, time.UTC)
	for i := range 3 {
		fmt.Print(start.AddDate(0, i, 0).Format("Jan 02"), "; ")
	}
	fmt.Println()
}
