package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90 * time.Minute
	fmt.Println(d, d.Hours(), d.Minutes(), d.Seconds())
	fmt.Println(time.Duration(1500)*time.Millisecond, 2*time.Second+300*time.Millisecond)
	fmt.Println(time.Duration(0), time.Duration(1), time.Duration(999), time.Duration(1001))
	fmt.Println(-3 * time.Hour / 2)
	fmt.Println(d.Round(time.Hour), d.Truncate(time.Hour), (1234567 * time.Microsecond).Round(time.Millisecond))
	p, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(p, err, p.Milliseconds())
	_, err = time.ParseDuration("5 minutes")
	fmt.Println(err)
	fmt.Printf("%v %d %s %.1f\n", d, d, d, d.Hours())

	start := time.Date(2024, time.February, 28, 22, 30, 0, 0, time.UTC)
	end := start.Add(26 * time.Hour)
	fmt.Println(start, "->", end)
	fmt.Println(end.Sub(start), end.After(start), end.Weekday(), end.YearDay())
	fmt.Println(start.AddDate(0, 1, 1).Format("2006-01-02 Mon"))
	fmt.Println(start.Format(time.RFC3339), start.Format("Jan 2, 2006 at 3:04pm (MST)"))
	fmt.Println(start.Format("02/01/06 15:04:05.000"), start.Unix())
	t, err := time.Parse("2006-01-02 15:04", "2023-11-05 07:08")
	fmt.Println(t, err)
	_, err = time.Parse("2006-01-02", "2023-13-01")
	fmt.Println(err)
	y, m, dd := end.Date()
	fmt.Println(y, m, dd, int(m))
	fmt.Println(end.Truncate(24 * time.Hour).Equal(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)))
	var total time.Duration
	for _, s := range []string{"1m", "45s", "2m30s", "500ms"} {
		x, _ := time.ParseDuration(s)
		total += x
	}
	fmt.Println("total:", total, total/4)
	fmt.Println(time.Month(13), time.Saturday)
}
