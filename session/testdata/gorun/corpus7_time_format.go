package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 14, 15, 9, 26, 535000000, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339))
	fmt.Println(t.Format(time.RFC3339Nano))
	fmt.Println(t.Format("2006-01-02"))
	fmt.Println(t.Format("Mon Jan 2 15:04:05 2006"))
	fmt.Println(t.Format("02/01/06 03:04PM"))
	fmt.Println(t.Format(time.Kitchen), t.Format("Monday, January 2"))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay())

	later := t.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(later.Format(time.DateTime), later.Sub(t), later.After(t))
	fmt.Println(t.AddDate(0, 1, 20).Format(time.DateOnly))
	fmt.Println(t.Truncate(time.Hour).Format(time.TimeOnly), t.Round(time.Minute).Format(time.TimeOnly))

	p, err := time.Parse("2006-01-02 15:04", "2024-02-29 08:45")
	fmt.Println(p, err)
	_, err = time.Parse("2006-01-02", "2023-02-30")
	fmt.Println("error:", err)

	loc := time.FixedZone("EST", -5*3600)
	fmt.Println(t.In(loc).Format(time.RFC1123Z))
	d := 90*time.Minute + 15*time.Second
	fmt.Println(d, d.Hours(), d.Minutes(), d.Round(time.Hour), d.Truncate(time.Minute))
	dd, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(dd, dd.Seconds())
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	end := time.Date(2024, 12, 25, 0, 0, 0, 0, time.UTC)
	fmt.Println("days to xmas:", int(end.Sub(start).Hours()/24))
	fmt.Println(start.Unix(), time.Unix(1700000000, 0).UTC())
	fmt.Println(t.Equal(t.In(loc)), t == t.In(loc), t.IsZero(), time.Time{}.IsZero())
	for m := time.January; m <= time.December; m += 3 {
		fmt.Print(m.String()[:3], " ")
	}
	fmt.Println()
}
