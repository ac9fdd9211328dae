package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339))
	fmt.Println(t.Format(time.RFC3339Nano))
	fmt.Println(t.Format(time.DateTime), "|", t.Format(time.DateOnly), "|", t.Format(time.TimeOnly))
	fmt.Println(t.Format("Mon Jan 2 15:04:05 2006"))
	fmt.Println(t.Format("02/01/2006 3:04PM .000"))
	fmt.Println(t.Weekday(), t.YearDay(), t.Unix())

	next := t.AddDate(1, 0, 0)
	fmt.Println(next.Format(time.DateOnly))
	d := next.Sub(t)
	fmt.Println(d, d.Hours())

	p, err := time.Parse(time.DateTime, "2023-10-01 08:30:00")
	fmt.Println(p, err)
	_, err = time.Parse(time.DateOnly, "2023-13-01")
	fmt.Println(err)

	dur, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(dur, dur.Minutes(), dur.Round(time.Minute), dur.Truncate(time.Hour))

	est := time.FixedZone("EST", -5*3600)
	fmt.Println(t.In(est).Format(time.RFC1123Z))
	fmt.Println(t.Truncate(24 * time.Hour).Format(time.Kitchen))
	fmt.Println(t.Before(next), t.Equal(t.In(est)), t.Compare(next))
	fmt.Println(time.Duration(1500) * time.Millisecond)
}
