package main

import (
	"fmt"
	"time"
)

func main() {
	meeting := time.Date(2024, time.June, 14, 16, 0, 0, 0, time.UTC)

	zones := []*time.Location{
		time.FixedZone("PDT", -7*3600),
		time.FixedZone("EDT", -4*3600),
		time.UTC,
		time.FixedZone("CEST", 2*3600),
		time.FixedZone("IST", 5*3600+1800),
		time.FixedZone("JST", 9*3600),
	}
	fmt.Println("meeting at", meeting.Format(time.RFC3339))
	for _, z := range zones {
		local := meeting.In(z)
		name, off := local.Zone()
		day := ""
		if local.Day() != meeting.Day() {
			day = " (next day)"
		}
		fmt.Printf("%-5s %+06.1fh  %s%s\n", name, float64(off)/3600, local.Format("Mon 15:04"), day)
	}

	tokyo := time.FixedZone("JST", 9*3600)
	a := time.Date(2024, 6, 15, 1, 0, 0, 0, tokyo)
	fmt.Println("same instant:", a.Equal(meeting), a == meeting)
	fmt.Println(a.Location(), meeting.Location())
	fmt.Println(a.Format(time.RFC1123Z))
	fmt.Println(a.UTC().Format(time.RFC1123))
	fmt.Println("unix equal:", a.Unix() == meeting.Unix())
}
