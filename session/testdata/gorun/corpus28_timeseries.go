package main

import (
	"fmt"
	"sort"
	"time"
)

type Point struct {
	T time.Time
	V float64
}

func main() {
	start := time.Date(2024, time.February, 26, 9, 30, 0, 0, time.UTC)
	var series []Point
	for i := 0; i < 17; i++ {
		d := start.AddDate(0, 0, i)
		if d.Weekday() == time.Sunday {
			continue
		}
		series = append(series, Point{d, float64(100 + (i*37)%23)})
	}
	fmt.Println("first:", series[0].T.Format("Mon 2006-01-02 15:04"), "last:", series[len(series)-1].T.Format(time.RFC3339))
	span := series[len(series)-1].T.Sub(series[0].T)
	fmt.Println("span:", span, span.Hours()/24, "days")
	weeks := map[string][]float64{}
	for _, p := range series {
		y, w := p.T.ISOWeek()
		key := fmt.Sprintf("%d-W%02d", y, w)
		weeks[key] = append(weeks[key], p.V)
	}
	keys := make([]string, 0, len(weeks))
	for k := range weeks {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		vs := weeks[k]
		sum := 0.0
		for _, v := range vs {
			sum += v
		}
		fmt.Printf("%s n=%d avg=%.2f\n", k, len(vs), sum/float64(len(vs)))
	}
	byDay := map[time.Weekday]int{}
	for _, p := range series {
		byDay[p.T.Weekday()]++
	}
	for d := time.Sunday; d <= time.Saturday; d++ {
		fmt.Printf("%s:%d ", d.String()[:3], byDay[d])
	}
	fmt.Println()
	leap := time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)
	fmt.Println(leap.AddDate(1, 0, 0).Format("2006-01-02"), leap.YearDay(), leap.Month(), int(leap.Month()))
	monthEnd := time.Date(2024, 3, 0, 0, 0, 0, 0, time.UTC)
	fmt.Println("feb has", monthEnd.Day(), "days")
	deadline := start.Add(36*time.Hour + 15*time.Minute)
	fmt.Println(deadline, deadline.After(start), deadline.Truncate(24*time.Hour).Format(time.DateOnly))
	d, _ := time.ParseDuration("1h30m45s")
	fmt.Println(d, d.Minutes(), d.Round(time.Hour))
	t2, err := time.Parse("2006-01-02", "2024-13-01")
	fmt.Println(t2.IsZero(), err)
	// moving average of 3
	for i := 2; i < 6; i++ {
		avg := (series[i-2].V + series[i-1].V + series[i].V) / 3
		fmt.Printf("%s ma3=%.2f\n", series[i].T.Format("Jan 2"), avg)
	}
}
