package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.November, 5, 14, 30, 45, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339))
	fmt.Println(t.Format(time.RFC3339Nano))
	fmt.Println(t.Format(time.RFC1123))
	fmt.Println(t.Format(time.Kitchen))
	fmt.Println(t.Format("2006-01-02 15:04:05.000"))
	fmt.Println(t.Format("Mon Jan _2 3:04PM 2006"))
	fmt.Println(t.Format(time.DateOnly), t.Format(time.TimeOnly))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay())
	y, w := t.ISOWeek()
	fmt.Println("ISO week", y, w)

	later := t.Add(90*time.Minute + 15*time.Second)
	fmt.Println(later.Format(time.TimeOnly), later.Sub(t), later.After(t))
	fmt.Println(t.AddDate(0, 1, 30).Format(time.DateOnly))
	fmt.Println(t.Truncate(time.Hour).Format(time.DateTime), t.Round(time.Minute).Format(time.DateTime))

	p, err := time.Parse("2006-01-02 15:04", "2024-02-29 08:15")
	fmt.Println(p, err)
	_, err = time.Parse(time.DateOnly, "2023-02-29")
	fmt.Println(err)

	d := 3*time.Hour + 25*time.Minute + 500*time.Millisecond
	fmt.Println(d, d.Hours(), d.Minutes(), d.Round(time.Minute), d.Truncate(time.Hour))
	pd, _ := time.ParseDuration("1h15m30.5s")
	fmt.Println(pd, pd.Seconds())

	est := time.FixedZone("EST", -5*3600)
	fmt.Println(t.In(est))
	fmt.Println(t.In(est).Format(time.RFC822Z))
	fmt.Println(t.Unix(), t.UnixMilli(), time.Unix(1700000000, 0).UTC())

	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	end := time.Date(2024, 12, 25, 0, 0, 0, 0, time.UTC)
	fmt.Printf("%.0f days until Christmas\n", end.Sub(start).Hours()/24)
	for d := range 3 {
		day := start.AddDate(0, 0, d*31)
		fmt.Println(day.Format("Jan 2 (Mon)"))
	}
	fmt.Println(t.Equal(t.In(est)), t == t.In(est), t.Compare(later))
}
