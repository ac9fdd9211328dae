package main

import (
	"fmt"
	"unique"
)

type Tag struct {
	Key, Value string
}

type Event struct {
	Name string
	Host unique.Handle[string]
	Tag  unique.Handle[Tag]
}

func main() {
	hosts := []string{"web-1", "web-2", "web-1", "db-1", "web-1"}
	var events []Event
	for i, h := range hosts {
		events = append(events, Event{
			Name: fmt.Sprintf("req%d", i),
			Host: unique.Make(h),
			Tag:  unique.Make(Tag{"env", "prod"}),
		})
	}

	web1 := unique.Make("web-" + "1")
	n := 0
	for _, e := range events {
		if e.Host == web1 {
			n++
		}
	}
	fmt.Println("events on web-1:", n)
	fmt.Println(events[0].Host == events[2].Host, events[0].Host == events[1].Host)
	fmt.Println(events[3].Host.Value(), events[4].Tag.Value().Value)
	fmt.Println(events[0].Tag == unique.Make(Tag{"env", "prod"}))

	counts := map[unique.Handle[string]]int{}
	for _, e := range events {
		counts[e.Host]++
	}
	fmt.Println(counts[unique.Make("web-1")], counts[unique.Make("db-1")], counts[unique.Make("none")])
}
