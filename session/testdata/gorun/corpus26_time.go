package main

import (
	"fmt"
	"time"
)

func main() {
	p := fmt.Println
	then := time.Date(2009, 11, 17, 20, 34, 58, 651387237, time.UTC)
	p(then)
	p(then.Year())
	p(then.Month())
	p(then.Day())
	p(then.Hour())
	p(then.Minute())
	p(then.Second())
	p(then.Nanosecond())
	p(then.Location())
	p(then.Weekday())

	now := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	p(then.Before(now))
	p(then.After(now))
	p(then.Equal(now))
	diff := now.Sub(then)
	p(diff)
	p(diff.Hours())
	p(diff.Minutes())
	p(diff.Seconds())
	p(diff.Nanoseconds())
	p(then.Add(diff))
	p(then.Add(-diff))
	p(then.AddDate(1, 2, 3))
	p(then.Truncate(time.Hour))
	p(then.YearDay(), then.Unix())

	p(then.Unix())
	p(then.UnixMilli())
	p(then.UnixNano())
	p(time.Unix(then.Unix(), 0).UTC())
	p(time.Unix(0, then.UnixNano()).UTC())
	p(time.UnixMilli(then.UnixMilli()).UTC())

	d := 90*time.Minute + 30*time.Second
	p(d, d.Round(time.Hour), d.Truncate(time.Hour))
	dd, _ := time.ParseDuration("1h15m30.5s")
	p(dd, dd.Seconds())
	loc := time.FixedZone("EST", -5*3600)
	p(then.In(loc))
	y, m, dday := then.Date()
	p(y, m, dday)
}
