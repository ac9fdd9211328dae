package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Date(2024, 1, 31, 22, 47, 13, 0, time.UTC)
	fmt.Println("start:         ", start)
	fmt.Println("+90 minutes:   ", start.Add(90*time.Minute))
	fmt.Println("+1 month:      ", start.AddDate(0, 1, 0))
	fmt.Println("-1 year +2 days:", start.AddDate(-1, 0, 2))
	fmt.Println("truncate hour: ", start.Truncate(time.Hour))
	fmt.Println("round hour:    ", start.Round(time.Hour))
	fmt.Println("truncate 15m:  ", start.Truncate(15*time.Minute))

	end := time.Date(2024, 3, 1, 6, 0, 0, 0, time.UTC)
	d := end.Sub(start)
	fmt.Println("elapsed:", d)
	fmt.Printf("hours=%.2f minutes=%.0f\n", d.Hours(), d.Minutes())
	fmt.Println("rounded:", d.Round(time.Hour), "truncated:", d.Truncate(24*time.Hour))

	durations := []time.Duration{
		0,
		1500 * time.Microsecond,
		2*time.Second + 300*time.Millisecond,
		45 * time.Minute,
		36 * time.Hour,
		-3 * time.Second,
		time.Duration(1),
	}
	for _, d := range durations {
		fmt.Printf("%-12v %15d ns  %v\n", d, int64(d), d.Abs())
	}

	deadline := start.Add(72 * time.Hour)
	for t := start; t.Before(deadline); t = t.Add(24 * time.Hour) {
		fmt.Println(t.Format("Mon 2006-01-02"), "remaining", deadline.Sub(t))
	}
	var total time.Duration
	for _, s := range []string{"1h", "25m", "90s"} {
		d, _ := time.ParseDuration(s)
		total += d
	}
	fmt.Println("total:", total, "= minutes", int(total.Minutes()))
}
