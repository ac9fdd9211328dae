package main

import (
	"fmt"
	"time"
)

func main() {
	est := time.FixedZone("EST", -5*60*60)
	ist := time.FixedZone("IST", 5*60*60+30*60)
	launch := time.Date(2024, time.March, 9, 22, 45, 30, 123456789, time.UTC)
	fmt.Println(launch)
	fmt.Println(launch.In(est))
	fmt.Println(launch.In(ist).Format(time.RFC3339Nano))
	fmt.Println(launch.Format("Mon Jan 2 15:04:05 2006"), "|", launch.Format("02/01/06 03:04PM"), "|", launch.Format(time.Kitchen))
	fmt.Println(launch.Format(time.RFC1123), "|", launch.In(est).Format(time.RFC822Z))
	fmt.Println(launch.YearDay(), launch.Weekday(), launch.Month(), int(launch.Month()))
	y, w := launch.ISOWeek()
	fmt.Println(y, w)
	name, off := launch.In(ist).Zone()
	fmt.Println(name, off)

	d := 90*time.Minute + 30*time.Second + 250*time.Millisecond
	fmt.Println(d, d.Hours(), d.Minutes(), d.Round(time.Minute), d.Truncate(time.Hour))
	fmt.Println(time.Duration(1500)*time.Microsecond, 2*time.Second/3, time.Duration(0), -d)
	pd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(pd, pd.Seconds(), err)
	_, err = time.ParseDuration("5 minutes")
	fmt.Println(err)

	deadline := launch.Add(36 * time.Hour)
	fmt.Println(deadline.Sub(launch), deadline.After(launch), launch.Before(deadline), deadline.Equal(launch))
	fmt.Println(launch.AddDate(0, 1, 25).Format("2006-01-02"), launch.AddDate(-1, 0, 0).Format("Jan 2, 2006"))
	fmt.Println(launch.Truncate(time.Hour).Format(time.TimeOnly), launch.Round(time.Minute).Format(time.DateTime))

	same := launch.In(est)
	fmt.Println(same.Equal(launch), same == launch, same.Unix() == launch.Unix(), launch.Unix(), launch.UnixMilli())

	t, err := time.Parse("2006-01-02 15:04 MST", "2024-07-04 09:30 PDT")
	fmt.Println(t.Format(time.ANSIC), err)
	t2, err := time.ParseInLocation("2006-01-02 15:04", "2024-12-25 08:00", ist)
	fmt.Println(t2, t2.UTC(), err)
	_, err = time.Parse(time.DateOnly, "2024-02-30")
	fmt.Println(err)
	_, err = time.Parse(time.DateOnly, "24-02-03")
	fmt.Println(err)

	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	end := time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC)
	fmt.Println("days:", int(end.Sub(start).Hours()/24)+1)
	for m := start; m.Before(end); m = m.AddDate(0, 4, 0) {
		fmt.Print(m.Format("Jan"), " ")
	}
	fmt.Println()
	var zero time.Time
	fmt.Println(zero.IsZero(), zero.Format(time.RFC3339), time.Unix(1e9, 0).UTC())
}
