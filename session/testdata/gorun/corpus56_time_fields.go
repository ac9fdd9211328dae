package main

import (
	"fmt"
	"time"
)

type Job struct {
	Name    string
	Timeout time.Duration
	Month   time.Month
	Day     time.Weekday
	Retries int
}

type Schedule struct {
	Jobs  []Job
	Every *time.Duration
}

func main() {
	j := Job{"backup", 90 * time.Second, time.March, time.Friday, 3}
	fmt.Println(j)
	fmt.Printf("%v\n", j)
	fmt.Printf("%+v\n", j)
	fmt.Printf("%#v\n", j)
	fmt.Printf("%T %T\n", j.Timeout, j.Month)
	fmt.Println(j.Timeout, j.Month, j.Day)
	fmt.Printf("%d %d %d\n", j.Timeout, j.Month, j.Day)
	fmt.Printf("%s %v %.1f\n", j.Timeout, j.Timeout.Minutes(), j.Timeout.Seconds())

	d := 1500 * time.Millisecond
	s := Schedule{Jobs: []Job{j, {Name: "clean", Timeout: time.Hour + 30*time.Minute}}, Every: &d}
	fmt.Println(s.Jobs)
	fmt.Printf("%+v\n", s.Jobs)
	fmt.Println(*s.Every)
	var zero Job
	fmt.Printf("%+v\n", zero)
	durs := []time.Duration{time.Nanosecond, 2 * time.Microsecond, 3 * time.Millisecond, 0}
	fmt.Println(durs)
	ms := map[time.Month]int{time.January: 31, time.February: 28}
	fmt.Println(ms)
	t := time.Date(2024, time.July, 4, 12, 30, 0, 0, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Month(), t.Weekday(), t.YearDay())
	fmt.Println(t.Format(time.RFC3339), t.Add(j.Timeout).Format("15:04:05"))
	type Event struct {
		At   time.Time
		Name string
	}
	e := Event{t, "party"}
	fmt.Printf("%v\n", e)
	fmt.Printf("%+v\n", e)
}
