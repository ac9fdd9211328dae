package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2021, time.August, 15, 14, 30, 45, 100, time.UTC)
	fmt.Println(t)
	fmt.Println("Year:", t.Year())
	fmt.Println("Month:", t.Month())
	fmt.Println("Day:", t.Day())
	fmt.Println("Hour:", t.Hour(), "Minute:", t.Minute(), "Second:", t.Second())
	fmt.Println("Nanosecond:", t.Nanosecond())
	fmt.Println("Weekday:", t.Weekday(), "YearDay:", t.YearDay())

	fmt.Println(t.Format("2006-01-02 15:04:05"))
	fmt.Println(t.Format("January 2, 2006 at 3:04pm (MST)"))
	fmt.Println(t.Format("Mon Jan _2 15:04:05 2006"))
	fmt.Println(t.Format(time.RFC3339))
	fmt.Println(t.Format(time.RFC3339Nano))
	fmt.Println(t.Format(time.Kitchen))
	fmt.Println(t.Format(time.DateOnly), t.Format(time.TimeOnly))

	parsed, err := time.Parse("2006-01-02 15:04:05", "2021-12-25 08:00:00")
	if err != nil {
		fmt.Println(err)
	}
	fmt.Println(parsed)
	_, err = time.Parse(time.RFC3339, "not a time")
	fmt.Println(err != nil)

	later := t.Add(36 * time.Hour)
	fmt.Println(later.Format(time.ANSIC))
	fmt.Println(later.Sub(t), parsed.Sub(t).Hours())
	fmt.Println(t.AddDate(0, 1, -15).Format("2006-01-02"))
	fmt.Println(later.After(t), later.Before(t), t.Equal(t.UTC()))

	d := 90*time.Minute + 30*time.Second
	fmt.Println(d, d.Minutes(), d.Round(time.Hour), d.Truncate(time.Hour))
	dd, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(dd, dd.Seconds())

	loc := time.FixedZone("EST", -5*60*60)
	fmt.Println(t.In(loc).Format(time.RFC822Z))
	fmt.Println(t.Truncate(time.Hour).Format(time.Stamp))
	fmt.Println(t.Unix(), time.Unix(0, 0).UTC())
	fmt.Println(time.Duration(1500) * time.Millisecond)
}
