package main

import (
	"fmt"
	"time"
)

func main() {
	p := fmt.Println
	t := time.Date(2024, time.February, 29, 15, 4, 5, 123456000, time.UTC)
	p(t.Format(time.RFC3339))
	t1, e := time.Parse(
		time.RFC3339,
		"2012-11-01T22:08:41+00:00")
	p(t1, e)
	p(t.Format("3:04PM"))
	p(t.Format("Mon Jan _2 15:04:05 2006"))
	p(t.Format("2006-01-02T15:04:05.999999-07:00"))
	form := "3 04 PM"
	t2, e := time.Parse(form, "8 41 PM")
	p(t2)
	fmt.Printf("%d-%02d-%02dT%02d:%02d:%02d-00:00\n",
		t.Year(), t.Month(), t.Day(),
		t.Hour(), t.Minute(), t.Second())
	ansic := "Mon Jan _2 15:04:05 2006"
	_, e = time.Parse(ansic, "8:41PM")
	p(e)
	p(t.Format(time.Kitchen), t.Format(time.DateOnly), t.Format(time.DateTime))
	p(t.Format(time.RFC1123), t.Format(time.RFC3339Nano))
	p(t.Format("02/01/06 Monday January"))
	loc := time.FixedZone("X", 2*3600+1800)
	t3, err := time.ParseInLocation("2006-01-02 15:04", "2023-07-04 09:30", loc)
	p(t3, err)
	p(t3.UTC())
	_, err = time.Parse(time.DateOnly, "2023-02-30")
	p(err)
	b, _ := t.MarshalText()
	p(string(b))
	p(t.String())
}
