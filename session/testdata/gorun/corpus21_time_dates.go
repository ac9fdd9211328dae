package main

import (
	"fmt"
	"time"
)

func daysIn(m time.Month, year int) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func age(birth, now time.Time) int {
	years := now.Year() - birth.Year()
	if now.YearDay() < birth.YearDay() {
		years--
	}
	return years
}

func main() {
	t := time.Date(2024, time.February, 28, 14, 30, 45, 0, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Weekday(), t.YearDay())
	fmt.Println(t.Format("2006-01-02 15:04:05"))
	fmt.Println(t.Format("Mon Jan 2 03:04 PM 2006"))
	fmt.Println(t.Format(time.RFC3339), t.Format(time.Kitchen))
	fmt.Println(t.Format("02/01/06"), t.Format("January 2, 2006"))

	next := t.AddDate(0, 0, 1)
	fmt.Println("next day:", next.Format("2006-01-02"), next.Weekday())
	fmt.Println("plus 36h:", t.Add(36*time.Hour).Format(time.ANSIC))
	fmt.Println("month later:", time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0).Format("Jan 2"))

	start := time.Date(2023, 12, 25, 0, 0, 0, 0, time.UTC)
	diff := t.Sub(start)
	fmt.Println(diff, diff.Hours(), int(diff.Hours()/24), "days")
	fmt.Println(t.After(start), t.Before(start), t.Equal(t.Add(0)))

	for _, y := range []int{2023, 2024, 1900, 2000} {
		fmt.Printf("%d: Feb has %d days\n", y, daysIn(time.February, y))
	}

	birth := time.Date(1990, 7, 15, 0, 0, 0, 0, time.UTC)
	fmt.Println("age:", age(birth, t))

	d := 90*time.Minute + 30*time.Second
	fmt.Println(d, d.Minutes(), d.Round(time.Hour), d.Truncate(time.Hour))
	fmt.Println(time.Duration(1500)*time.Millisecond, 2*time.Second+300*time.Millisecond)
	dd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(dd, dd.Seconds(), err)

	p, err := time.Parse("2006-01-02", "2024-03-10")
	fmt.Println(p, err)
	_, err = time.Parse("2006-01-02", "2024-13-10")
	fmt.Println(err)
	loc := time.FixedZone("EST", -5*3600)
	inEST := t.In(loc)
	fmt.Println(inEST, inEST.Format("15:04 MST"))
	fmt.Println(t.Truncate(24 * time.Hour).Format(time.RFC1123))
	fmt.Println(t.Unix(), time.Unix(0, 0).UTC())
	week := []string{}
	for d := start; d.Before(start.AddDate(0, 0, 7)); d = d.AddDate(0, 0, 1) {
		week = append(week, d.Weekday().String()[:3])
	}
	fmt.Println(week)
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.Month() == time.February, int(t.Month()))
	var zero time.Time
	fmt.Println(zero.IsZero(), zero)
}
