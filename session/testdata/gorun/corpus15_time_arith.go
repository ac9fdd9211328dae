package main

import (
	"fmt"
	"time"
)

type Shift struct {
	Start time.Time
	Len   time.Duration
}

func (s Shift) End() time.Time { return s.Start.Add(s.Len) }

func businessDaysBetween(a, b time.Time) int {
	n := 0
	for d := a; d.Before(b); d = d.AddDate(0, 0, 1) {
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			n++
		}
	}
	return n
}

func age(birth, now time.Time) int {
	y := now.Year() - birth.Year()
	if now.YearDay() < birth.YearDay() {
		y--
	}
	return y
}

func main() {
	base := time.Date(2024, time.February, 28, 22, 15, 0, 0, time.UTC)
	fmt.Println(base.Add(26 * time.Hour).Format("Mon 2006-01-02 15:04"))
	fmt.Println(base.AddDate(0, 0, 1).Weekday(), base.AddDate(1, 0, 1).Format(time.DateOnly))
	jan31 := time.Date(2023, 1, 31, 0, 0, 0, 0, time.UTC)
	fmt.Println(jan31.AddDate(0, 1, 0).Format("Jan 2"))
	s := Shift{Start: time.Date(2024, 3, 9, 21, 0, 0, 0, time.UTC), Len: 9*time.Hour + 30*time.Minute}
	fmt.Println(s.End(), s.End().Sub(s.Start), s.Len.String())
	fmt.Printf("%v %s %d\n", s.Len, s.Len, s.Len)
	a := time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2024, 7, 31, 0, 0, 0, 0, time.UTC)
	fmt.Println(businessDaysBetween(a, b), b.Sub(a).Hours()/24)
	fmt.Println(age(time.Date(1990, 8, 15, 0, 0, 0, 0, time.UTC), time.Date(2024, 8, 14, 0, 0, 0, 0, time.UTC)))
	t := time.Date(2024, 5, 17, 13, 47, 29, 500_000_000, time.UTC)
	for _, d := range []time.Duration{time.Second, 15 * time.Minute, time.Hour, 24 * time.Hour} {
		fmt.Println(d, t.Truncate(d).Format(time.TimeOnly), t.Round(d).Format(time.Kitchen))
	}
	layouts := []string{"02/01/2006", "January 2, 2006", "2006-01-02T15:04:05Z07:00", "3:04:05 PM", "Monday", "06-1-2 .000", time.ANSIC, time.Stamp}
	for _, l := range layouts {
		fmt.Printf("%-28q %s\n", l, t.Format(l))
	}
	loc := time.FixedZone("UTC+5:30", 5*3600+1800)
	fmt.Println(t.In(loc).Format(time.RFC3339), t.In(loc).Day(), t.In(loc).Hour())
	days := []time.Weekday{}
	for d := time.Sunday; d <= time.Saturday; d++ {
		days = append(days, d)
	}
	fmt.Println(days, time.Weekday(3), time.Month(11))
	p, err := time.Parse("Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (PST)")
	fmt.Println(p.Hour(), p.Minute(), err)
	dd, err := time.ParseDuration("-1.5h")
	fmt.Println(dd, err, dd.Abs(), time.Duration(1500)*time.Microsecond)
	deadline := base.Add(72 * time.Hour)
	fmt.Println(deadline.Sub(base) > 48*time.Hour, deadline.Month(), deadline.YearDay())
}
