package main

import (
	"fmt"
	"time"
)

func main() {
	p := fmt.Println
	then := time.Date(2009, 11, 17, 20, 34, 58, 651387237, time.UTC)
	p(then)
	p(then.Year(), then.Month(), then.Day(), then.Hour())
	p(then.Weekday(), then.YearDay())
	now := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	p(then.Before(now), then.After(now), then.Equal(now))
	diff := now.Sub(then)
	p(diff)
	p(diff.Hours() > 100000, int(diff.Hours()))
	p(then.Add(diff).Equal(now))
	p(then.Add(-diff))
	p(then.Unix())
	p(then.UnixMilli())
	p(then.UnixNano())
	p(time.Unix(then.Unix(), 0).UTC())
	p(time.Unix(0, then.UnixNano()).UTC())
	p(then.Format(time.RFC3339))
	t1, e := time.Parse(time.RFC3339, "2012-11-01T22:08:41+00:00")
	p(t1, e)
	p(then.Format("3:04PM"), then.Format("Mon Jan _2 15:04:05 2006"))
	p(then.AddDate(0, 1, 15).Format("2006-01-02"))
	p(then.Truncate(time.Hour))
	d, _ := time.ParseDuration("1h15m30.5s")
	p(d, d.Minutes())
	p(time.Duration(1500) * time.Millisecond)
	_, e = time.Parse("2006-01-02", "2024-13-01")
	p(e)
}
