package main

import (
	"fmt"
	"time"
)

type Booking struct {
	Guest    string
	CheckIn  time.Time
	CheckOut time.Time
}

func (b Booking) Nights() int {
	return int(b.CheckOut.Sub(b.CheckIn).Hours() / 24)
}

func (b Booking) Overlaps(o Booking) bool {
	return b.CheckIn.Before(o.CheckOut) && o.CheckIn.Before(b.CheckOut)
}

func day(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 14, 0, 0, 0, time.UTC)
}

func main() {
	a := Booking{"Ana", day(2024, time.February, 27), day(2024, time.March, 2)}
	b := Booking{"Ben", day(2024, time.March, 1), day(2024, time.March, 4)}
	c := Booking{"Cy", day(2024, time.March, 4), day(2024, time.March, 5)}

	for _, bk := range []Booking{a, b, c} {
		fmt.Printf("%-4s %s -> %s  %d nights (%s)\n", bk.Guest,
			bk.CheckIn.Format(time.DateOnly), bk.CheckOut.Format("Jan 2"), bk.Nights(), bk.CheckIn.Weekday())
	}
	fmt.Println("a/b overlap:", a.Overlaps(b), "b/c overlap:", b.Overlaps(c))

	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, d.Minutes(), err)
	fmt.Println(d.Round(time.Minute), d.Truncate(time.Hour))

	t := time.Date(2023, time.December, 31, 23, 59, 59, 0, time.UTC)
	fmt.Println(t.Add(time.Second).Format(time.RFC3339))
	fmt.Println(t.AddDate(0, 2, 0).Format(time.DateTime))
	y, w := t.ISOWeek()
	fmt.Println("iso week", y, w, "yearday", t.YearDay())

	parsed, err := time.Parse("2006-01-02 15:04", "2025-07-04 09:05")
	fmt.Println(parsed, err)
	loc := time.FixedZone("UTC+2", 2*60*60)
	fmt.Println(parsed.In(loc).Format(time.Kitchen), parsed.Unix())
	fmt.Println(parsed.Compare(t), t.Compare(parsed), t.Equal(t.In(loc)))
	fmt.Println(time.Duration(90) * time.Minute)
}
