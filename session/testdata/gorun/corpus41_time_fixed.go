package main

import (
	"fmt"
	"time"
)

func main() {
	p := fmt.Println

	then := time.Date(
		2009, 11, 17, 20, 34, 58, 651387237, time.UTC)
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

	later := time.Date(2011, 3, 1, 8, 0, 0, 0, time.UTC)
	p(then.Before(later))
	p(then.After(later))
	p(then.Equal(later))

	diff := later.Sub(then)
	p(diff)

	p(diff.Hours())
	p(diff.Minutes())
	p(diff.Seconds())
	p(diff.Nanoseconds())

	p(then.Add(diff))
	p(then.Add(-diff))

	p(then.Format(time.RFC3339))
	p(then.Format("3:04PM"))
	p(then.Format("Mon Jan _2 15:04:05 2006"))
	p(then.Format("2006-01-02T15:04:05.999999-07:00"))

	t1, e := time.Parse(time.RFC3339, "2012-11-01T22:08:41+00:00")
	p(t1, e)

	_, e = time.Parse("3 04 PM", "8:41PM")
	p(e)

	p(then.Unix(), then.UnixMilli())
	p(time.Unix(1700000000, 0).UTC())
	p(then.AddDate(0, 1, 15).Format(time.DateOnly))
	p(then.Truncate(time.Hour).Format(time.TimeOnly))
	d, _ := time.ParseDuration("1h15m30.5s")
	p(d, d.Round(time.Minute), 90*time.Second)
	p(then.YearDay(), then.In(time.FixedZone("EST", -5*3600)))
}
