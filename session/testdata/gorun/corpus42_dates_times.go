package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2021, time.August, 15, 14, 30, 45, 100, time.UTC)
	fmt.Println("The time is", t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
	fmt.Println(t.Weekday(), t.YearDay())

	fmt.Println(t.Format("2006-01-02 15:04:05"))
	fmt.Println(t.Format("Monday, January 2, 2006 at 3:04 PM"))
	fmt.Println(t.Format(time.RFC3339))
	fmt.Println(t.Format(time.RFC3339Nano))
	fmt.Println(t.Format(time.Kitchen), t.Format(time.DateOnly))

	parsed, err := time.Parse("2006-01-02 15:04", "2022-12-31 23:59")
	fmt.Println(parsed, err)
	_, err = time.Parse("2006-01-02", "2022-13-01")
	fmt.Println(err)

	later := t.Add(36 * time.Hour)
	fmt.Println(later.Format(time.RFC1123))
	earlier := t.AddDate(0, -1, -15)
	fmt.Println(earlier.Format(time.DateTime))
	diff := later.Sub(earlier)
	fmt.Println(diff, diff.Hours())
	fmt.Println(later.After(t), earlier.Before(t), t.Equal(t.UTC()))

	d := 90*time.Minute + 30*time.Second
	fmt.Println(d, d.Minutes(), d.Round(time.Hour), d.Truncate(time.Hour))
	fmt.Println(time.Duration(1500)*time.Millisecond, 2*time.Second+300*time.Millisecond)
	pd, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(pd, pd.Seconds())

	loc := time.FixedZone("UTC+2", 2*60*60)
	fmt.Println(t.In(loc).Format("2006-01-02 15:04 MST -0700"))

	start := time.Date(2024, 2, 27, 0, 0, 0, 0, time.UTC)
	for i := 0; i < 4; i++ {
		day := start.AddDate(0, 0, i)
		fmt.Print(day.Format("Jan 2 Mon"), "; ")
	}
	fmt.Println()
	fmt.Println(t.Truncate(time.Hour).Format(time.TimeOnly))
	fmt.Println(t.Unix(), time.Unix(0, 0).UTC())
	var zero time.Time
	fmt.Println(zero.IsZero(), zero)
}
