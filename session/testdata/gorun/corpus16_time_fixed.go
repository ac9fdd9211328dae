package main

import (
	"fmt"
	"time"
)

func main() {
	p := fmt.Println
	then := time.Date(2009, 11, 17, 20, 34, 58, 651387237, time.UTC)
	p(then)
	p(then.Year(), then.Month(), then.Day(), then.Hour(), then.Minute(), then.Second(), then.Nanosecond(), then.Location())
	p(then.Weekday(), then.YearDay())
	later := then.Add(36*time.Hour + 15*time.Minute)
	p(later.Format(time.RFC3339), later.Format(time.Kitchen), later.Format("Mon Jan _2 2006"))
	p(then.Before(later), then.After(later), then.Equal(later))
	diff := later.Sub(then)
	p(diff, diff.Hours(), diff.Minutes())
	p(then.AddDate(0, 1, 20).Format("2006-01-02"), then.Truncate(time.Hour).Format(time.TimeOnly))
	t1, e := time.Parse(time.RFC3339, "2012-11-01T22:08:41+00:00")
	p(t1, e)
	t2, e := time.Parse("3 04 PM", "8 41 PM")
	p(t2, e)
	_, e = time.Parse("Mon Jan _2 15:04:05 2006", "8:41PM")
	p(e)
	fmt.Printf("%d-%02d-%02dT%02d:%02d:%02d-00:00\n", then.Year(), then.Month(), then.Day(), then.Hour(), then.Minute(), then.Second())
	p(then.Unix(), then.UnixMilli(), time.Unix(then.Unix(), 0).UTC())
	d, _ := time.ParseDuration("1h15m30.5s")
	p(d, d.Round(time.Minute), int64(d/time.Second))
	loc := time.FixedZone("EST", -5*3600)
	p(then.In(loc), then.In(loc).Format("2006-01-02 15:04 MST -0700"))
	birthday := time.Date(1990, time.February, 28, 0, 0, 0, 0, time.UTC)
	today := time.Date(2024, time.February, 29, 0, 0, 0, 0, time.UTC)
	age := today.Year() - birthday.Year()
	if today.YearDay() < birthday.YearDay() {
		age--
	}
	p("age", age, today.Sub(birthday).Hours()/24)
	days := []time.Weekday{}
	for d := today; d.Month() == time.February || d.Day() < 4; d = d.AddDate(0, 0, 1) {
		days = append(days, d.Weekday())
	}
	p(days)
	var zero time.Time
	p(zero.IsZero(), zero.Format(time.DateOnly))
}
