package main

import (
	"fmt"
	"time"
)

func nextWeekday(t time.Time, wd time.Weekday) time.Time {
	days := (int(wd) - int(t.Weekday()) + 7) % 7
	if days == 0 {
		days = 7
	}
	return t.AddDate(0, 0, days)
}

func businessDaysBetween(a, b time.Time) int {
	n := 0
	for d := a; d.Before(b); d = d.AddDate(0, 0, 1) {
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			n++
		}
	}
	return n
}

func main() {
	dates := []time.Time{
		time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(2021, 1, 3, 0, 0, 0, 0, time.UTC),
		time.Date(2021, 1, 4, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 12, 30, 0, 0, 0, 0, time.UTC),
		time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC),
	}
	for _, d := range dates {
		y, w := d.ISOWeek()
		fmt.Printf("%s %-9s ISO %d-W%02d day %d\n", d.Format("2006-01-02"), d.Weekday(), y, w, d.YearDay())
	}

	today := time.Date(2024, 5, 15, 0, 0, 0, 0, time.UTC)
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		fmt.Printf("next %-9s %s\n", wd.String()+":", nextWeekday(today, wd).Format("Jan 2"))
	}
	fmt.Println("business days in May 2024:",
		businessDaysBetween(time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC), time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)))

	counts := [7]int{}
	for m := time.January; m <= time.December; m++ {
		counts[time.Date(2024, m, 13, 0, 0, 0, 0, time.UTC).Weekday()]++
	}
	fmt.Println("Friday the 13ths in 2024:", counts[time.Friday])
	fmt.Println(time.Weekday(3), time.Month(11))
}
