package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.March, 9, 14, 5, 7, 123456789, time.UTC)

	layouts := []struct {
		name   string
		layout string
	}{
		{"RFC3339", time.RFC3339},
		{"RFC3339Nano", time.RFC3339Nano},
		{"RFC1123", time.RFC1123},
		{"Kitchen", time.Kitchen},
		{"DateOnly", time.DateOnly},
		{"TimeOnly", time.TimeOnly},
		{"DateTime", time.DateTime},
		{"ANSIC", time.ANSIC},
		{"custom", "Mon Jan 2 2006 at 3:04PM"},
		{"millis", "15:04:05.000"},
		{"us date", "01/02/06"},
		{"day of year", "2006-002"},
		{"weekday", "Monday, January 2"},
	}
	for _, l := range layouts {
		fmt.Printf("%-12s %s\n", l.name, t.Format(l.layout))
	}
	fmt.Println(t)
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
	fmt.Println(t.YearDay(), t.Weekday(), t.Unix(), t.UnixMilli())
	fmt.Printf("%d-%02d-%02d\n", t.Year(), int(t.Month()), t.Day())
	fmt.Println(t.AppendFormat([]byte("stamp="), time.Stamp))
}
