package main

import (
	"fmt"
	"time"
)

func backoff(attempt int, base time.Duration) time.Duration {
	return base * time.Duration(1<<attempt)
}

func main() {
	fmt.Println(5 * time.Second)
	n := 3
	fmt.Println(time.Duration(n) * time.Millisecond)
	fmt.Println(time.Second * 90)
	fmt.Println(time.Duration(1500) * time.Microsecond)

	for i := range 5 {
		fmt.Println(i, backoff(i, 100*time.Millisecond))
	}

	d := 2*time.Hour + 45*time.Minute + 30*time.Second
	fmt.Println(d, d.Hours(), d.Minutes(), int64(d))
	fmt.Println(d.Truncate(time.Hour), d.Round(time.Hour))
	fmt.Printf("%v %d %T\n", time.Duration(1), time.Duration(1), d)

	fmt.Println(time.Duration(3.5 * float64(time.Second)))
	secs := 2.5
	fmt.Println(time.Duration(secs * float64(time.Second)))

	parsed, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(parsed, err, parsed.Seconds())
	_, err = time.ParseDuration("5 minutes")
	fmt.Println(err)

	fmt.Println(time.Duration(0), -3*time.Second, time.Duration(1<<63-1))

	timeout := 250 * time.Millisecond
	fmt.Println(timeout/10, timeout%(100*time.Millisecond), timeout > 200*time.Millisecond)

	t0 := time.Date(2024, 2, 28, 23, 0, 0, 0, time.UTC)
	t1 := t0.Add(3 * time.Hour)
	fmt.Println(t1.Format(time.RFC3339), t1.Sub(t0))
	fmt.Println(t0.AddDate(0, 0, 1).Format("2006-01-02"))
}
