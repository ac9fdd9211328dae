// Working with time.Duration and fixed dates (no wall clock)
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90 * time.Minute
	fmt.Println("duration:", d)
	fmt.Println("hours:", d.Hours(), "minutes:", d.Minutes())
	fmt.Printf("%T %d\n", d, d)

	total := 2*time.Hour + 45*time.Minute + 30*time.Second + 250*time.Millisecond
	fmt.Println("total:", total)
	fmt.Println("rounded:", total.Round(time.Minute), "truncated:", total.Truncate(time.Hour))
	fmt.Printf("seconds: %.2f\n", total.Seconds())

	laps := []time.Duration{
		1*time.Minute + 32*time.Second,
		1*time.Minute + 28*time.Second + 500*time.Millisecond,
		95 * time.Second,
	}
	var sum time.Duration
	for i, l := range laps {
		sum += l
		fmt.Printf("lap %d: %v\n", i+1, l)
	}
	fmt.Println("sum:", sum, "avg:", sum/time.Duration(len(laps)))

	p, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(p, err, p > time.Hour)
	_, err = time.ParseDuration("five minutes")
	fmt.Println("error:", err)

	start := time.Date(2024, time.February, 27, 22, 30, 0, 0, time.UTC)
	end := start.Add(36 * time.Hour)
	fmt.Println("start:", start.Format("2006-01-02 15:04 Mon"))
	fmt.Println("end:  ", end.Format(time.RFC3339))
	fmt.Println("diff:", end.Sub(start), "leap day?", start.AddDate(0, 0, 2).Day())
	fmt.Println("weekday:", end.Weekday(), "yearday:", end.YearDay())

	deadline := time.Date(2024, 12, 25, 0, 0, 0, 0, time.UTC)
	days := deadline.Sub(start).Hours() / 24
	fmt.Printf("days until deadline: %.1f\n", days)
	fmt.Println(time.Duration(1500) * time.Microsecond)
	fmt.Println(start.Before(end), end.After(deadline), start.Equal(start.UTC()))
}
