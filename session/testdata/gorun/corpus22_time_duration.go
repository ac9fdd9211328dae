package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []string{"300ms", "-1.5h", "2h45m", "1h15m30.918273645s", "1µs", "10us", "bogus", "5"} {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-20s %v %.2f min %d ns\n", s, d, d.Minutes(), d.Nanoseconds())
	}
	d, _ := time.ParseDuration("1h15m30.918273645s")
	round := []time.Duration{time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second, time.Minute, 10 * time.Minute, time.Hour}
	for _, r := range round {
		fmt.Printf("d.Round(%6s) = %s\n", r, d.Round(r).String())
	}
	for _, r := range round {
		fmt.Printf("d.Truncate(%6s) = %s\n", r, d.Truncate(r).String())
	}
	t := time.Date(2012, 12, 7, 12, 15, 30, 918273645, time.UTC)
	for _, r := range []time.Duration{time.Second, time.Minute, time.Hour} {
		fmt.Println(t.Round(r).Format("15:04:05.999999999"), t.Truncate(r).Format(time.Kitchen))
	}
	fmt.Println(t.Format(time.RFC3339Nano), t.Weekday(), t.YearDay())
	t2 := t.Add(36*time.Hour + 90*time.Second)
	fmt.Println(t2, t2.Sub(t), t2.After(t))
	fmt.Println(t.AddDate(0, 1, 30).Format("2006-01-02 Mon"))
	p, err := time.Parse("2006-01-02 15:04", "2024-02-29 23:59")
	fmt.Println(p, err)
	_, err = time.Parse("2006-01-02", "2023-02-29")
	fmt.Println(err)
	loc := time.FixedZone("UTC+3", 3*3600)
	fmt.Println(t.In(loc).Format("Jan 2, 2006 at 3:04pm (MST)"))
	fmt.Println(time.Duration(1500)*time.Millisecond, time.Duration(90)*time.Second)
	fmt.Printf("%d %v %s\n", time.Second, time.Duration(0), 25*time.Hour+time.Nanosecond)
	fmt.Println(d.Hours() > 1, d.Abs() == d, (-d).Abs())
	fmt.Println(time.Unix(1700000000, 0).UTC(), time.UnixMilli(5).UTC().Nanosecond())
	y, m, dd := t.Date()
	fmt.Println(y, m, dd, m == time.December, time.Saturday)
}
