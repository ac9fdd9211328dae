package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Date(2024, time.February, 28, 22, 30, 0, 0, time.UTC)
	fmt.Println(start)
	fmt.Println(start.Format(time.RFC3339))
	fmt.Println(start.Format("Mon Jan 2 2006 at 3:04PM"))
	fmt.Println(start.Format("2006-01-02 15:04:05.000"))
	fmt.Println(start.Format(time.RFC1123), "|", start.Format(time.DateOnly), "|", start.Format(time.TimeOnly))

	end := start.Add(26*time.Hour + 45*time.Minute + 30*time.Second)
	fmt.Println(end.Format(time.DateTime), end.Weekday(), end.YearDay())
	d := end.Sub(start)
	fmt.Println(d, d.Hours(), d.Minutes(), d.Round(time.Hour), d.Truncate(time.Hour))

	fmt.Println(start.AddDate(0, 1, 0).Format(time.DateOnly), start.AddDate(1, 0, 1).Format(time.DateOnly))

	durs := []string{"1h30m", "90s", "1.5h", "250ms", "2h45m30.5s", "-3m", "forever"}
	for _, s := range durs {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-10s -> %-12v %8.1f s\n", s, d, d.Seconds())
	}

	t, err := time.Parse("2006-01-02 15:04", "2023-12-31 23:59")
	fmt.Println(t, err)
	_, err = time.Parse(time.DateOnly, "2023-02-30")
	fmt.Println("error:", err)

	loc := time.FixedZone("EST", -5*3600)
	fmt.Println(start.In(loc).Format(time.RFC822Z), start.In(loc).Format("15:04 MST"))

	deadline := time.Date(2024, 12, 25, 0, 0, 0, 0, time.UTC)
	days := int(deadline.Sub(start).Hours() / 24)
	fmt.Println("days until christmas:", days)
	fmt.Println(start.Before(end), start.After(end), start.Equal(start.In(loc)))
	fmt.Println(start.Truncate(24*time.Hour).Format(time.Kitchen), time.Duration(1234567890))
	y, w := start.ISOWeek()
	fmt.Println(y, w, start.Month(), int(start.Month()), start.Unix())
}
