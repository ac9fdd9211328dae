package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 29, 14, 5, 9, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano))
	fmt.Println(t.Format("2006-01-02 15:04:05"), t.Format("Jan 2, 2006 at 3:04pm (MST)"))
	fmt.Println(t.Format("Monday 02/01/06"), t.Format(time.Kitchen), t.Format("15:04:05.000"))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay(), t.Hour())
	y, w := t.ISOWeek()
	fmt.Println(y, w)

	p, err := time.Parse("2006-01-02", "2023-10-05")
	fmt.Println(p, err)
	_, err = time.Parse("2006-01-02", "2023-13-05")
	fmt.Println(err)
	_, err = time.Parse(time.RFC3339, "yesterday")
	fmt.Println(err)
	loc := time.FixedZone("EST", -5*3600)
	pl, err := time.ParseInLocation("2006-01-02 15:04", "2024-01-01 09:30", loc)
	fmt.Println(pl, pl.UTC(), err)

	d := 90*time.Minute + 30*time.Second
	fmt.Println(d, d.Hours(), d.Minutes(), d.Seconds(), int64(d))
	fmt.Println(d.Truncate(time.Hour), d.Round(time.Hour), (1500 * time.Millisecond).String())
	pd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(pd, err)
	_, err = time.ParseDuration("5 minutes")
	fmt.Println(err)

	later := t.Add(36 * time.Hour)
	fmt.Println(later.Format(time.DateTime), later.Sub(t), later.After(t), t.Equal(t.UTC()))
	fmt.Println(t.AddDate(0, 1, 0).Format(time.DateOnly), t.AddDate(1, 0, 0).Format(time.DateOnly))
	fmt.Println(t.Truncate(time.Hour).Format(time.TimeOnly), t.Round(time.Minute).Format(time.TimeOnly))
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	days := int(t.Sub(start).Hours() / 24)
	fmt.Println("days since new year:", days)
	fmt.Println(t.Unix(), t.UnixMilli(), time.Unix(0, 0).UTC())
	fmt.Println(t.In(loc).Format(time.RFC822Z), t.Month() == time.February, time.Saturday)
	var zero time.Time
	fmt.Println(zero.IsZero(), zero)
	fmt.Println(t.Compare(later), later.Compare(t))
}
