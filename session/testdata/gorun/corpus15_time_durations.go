package main

import (
	"fmt"
	"time"
)

const timeout = 2 * time.Second

type Timer struct {
	Name    string
	Elapsed time.Duration
}

func (t Timer) String() string { return fmt.Sprintf("%s took %v", t.Name, t.Elapsed) }

func retryDelays(n int, base time.Duration) []time.Duration {
	var out []time.Duration
	for i := range n {
		out = append(out, base*time.Duration(1<<i))
	}
	return out
}

func main() {
	fmt.Println(timeout, timeout.Seconds(), timeout/3, timeout%(700*time.Millisecond))
	ms := 1500
	d := time.Duration(ms) * time.Millisecond
	fmt.Println(d, d.Milliseconds(), d > timeout/2, time.Duration(1), time.Duration(1500), 2*time.Microsecond+500)
	fmt.Println(retryDelays(5, 100*time.Millisecond))
	ts := []Timer{{"parse", 1234 * time.Microsecond}, {"build", 2*time.Minute + 3*time.Second}}
	fmt.Println(ts, ts[0])
	var zero time.Time
	fmt.Println(zero.IsZero(), zero.Year(), zero.Format(time.RFC3339))
	feb := time.Date(2023, 2, 29, 25, 61, 0, 0, time.UTC)
	fmt.Println(feb)
	t1 := time.Date(2024, 12, 31, 23, 59, 59, 0, time.UTC)
	fmt.Println(t1.Add(time.Second), t1.AddDate(0, 2, 0).Format("2006-01-02"), t1.YearDay())
	y, w := time.Date(2021, 1, 3, 0, 0, 0, 0, time.UTC).ISOWeek()
	fmt.Println(y, w)
	fmt.Println(time.Month(13), time.Weekday(8), time.December+1)
	durs := map[string]time.Duration{"a": time.Hour}
	durs["a"] += 30 * time.Minute
	fmt.Println(durs)
	fmt.Printf("%v %d %.1f %s\n", d, d, d.Seconds(), d)
	start := time.Date(2024, 1, 1, 9, 0, 0, 0, time.UTC)
	var slots []string
	for t := start; t.Before(start.Add(2 * time.Hour)); t = t.Add(45 * time.Minute) {
		slots = append(slots, t.Format("15:04"))
	}
	fmt.Println(slots)
	type event struct {
		at   time.Time
		name string
	}
	evs := []event{{start.Add(time.Hour), "b"}, {start, "a"}}
	if evs[0].at.After(evs[1].at) {
		evs[0], evs[1] = evs[1], evs[0]
	}
	fmt.Println(evs[0].name, evs[1].at.Sub(evs[0].at))
	fmt.Println(start.Unix(), time.UnixMilli(start.UnixMilli()+1500).UTC().Format(time.StampMilli))
}
