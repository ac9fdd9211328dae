package main

import (
	"fmt"
	"time"
)

type WeekSchedule int

const (
	First WeekSchedule = iota
	Second
	Third
	Fourth
	Last
	Teenth
)

func Day(w WeekSchedule, wd time.Weekday, m time.Month, y int) int {
	switch w {
	case Teenth:
		for d := 13; d <= 19; d++ {
			if time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Weekday() == wd {
				return d
			}
		}
	case Last:
		last := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC)
		diff := (int(last.Weekday()) - int(wd) + 7) % 7
		return last.Day() - diff
	default:
		first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
		diff := (int(wd) - int(first.Weekday()) + 7) % 7
		return 1 + diff + 7*int(w)
	}
	return -1
}

func AddGigasecond(t time.Time) time.Time { return t.Add(1e9 * time.Second) }

func Schedule(date string) (time.Time, error) {
	return time.Parse("1/2/2006 15:04:05", date)
}

func Description(t time.Time) string {
	return fmt.Sprintf("You have an appointment on %s.", t.Format("Monday, January 2, 2006, at 15:04"))
}

func main() {
	fmt.Println(Day(Teenth, time.Monday, time.May, 2013), Day(First, time.Tuesday, time.March, 2013))
	fmt.Println(Day(Last, time.Sunday, time.February, 2015), Day(Fourth, time.Friday, time.December, 2012))
	fmt.Println(Day(Last, time.Wednesday, time.December, 2014), Day(Second, time.Saturday, time.August, 2013))
	t := time.Date(2011, 4, 25, 0, 0, 0, 0, time.UTC)
	fmt.Println(AddGigasecond(t))
	fmt.Println(AddGigasecond(t).Format(time.RFC3339), AddGigasecond(t).Sub(t).Hours())
	s, err := Schedule("7/25/2019 13:45:00")
	fmt.Println(s, err)
	fmt.Println(Description(s))
	_, err = Schedule("25/7/2019 13:45:00")
	fmt.Println(err)
	fmt.Println(s.Weekday(), s.YearDay(), s.Month(), s.Before(t), time.Duration(90)*time.Minute)
	d, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, d.Round(time.Minute), d.Truncate(time.Hour), d.Seconds())
	fmt.Printf("%v %s %d\n", time.Saturday, time.March, time.March)
}
