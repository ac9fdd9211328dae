package main

import (
	"fmt"
	"time"
	"unique"
)

type Tag struct {
	Name string
	Kind int
}

func main() {
	h1 := unique.Make("hello")
	h2 := unique.Make("hel" + "lo")
	h3 := unique.Make("world")
	fmt.Println(h1 == h2, h1 == h3, h1.Value())

	t1 := unique.Make(Tag{"x", 1})
	t2 := unique.Make(Tag{"x", 1})
	fmt.Println(t1 == t2, t1.Value().Name)
	interned := map[unique.Handle[string]]int{}
	for _, s := range []string{"a", "b", "a", "a"} {
		interned[unique.Make(s)]++
	}
	fmt.Println(len(interned), interned[unique.Make("a")])

	d, err := time.Parse(time.DateOnly, "2024-02-29")
	fmt.Println(d.Format(time.DateOnly), err, d.Weekday())
	fmt.Println(d.AddDate(1, 0, 0).Format(time.DateOnly))
	dt, _ := time.Parse(time.DateTime, "2025-08-01 13:45:00")
	fmt.Println(dt.Format(time.TimeOnly), dt.Format(time.Kitchen), dt.YearDay())
	fmt.Println(dt.Sub(d).Round(time.Hour), dt.Sub(d).Hours())
	_, err = time.Parse(time.DateOnly, "2024-13-01")
	fmt.Println(err)
	fmt.Println(d.Compare(dt), dt.Compare(d), d.Compare(d))
	fmt.Println(time.Duration(90) * time.Minute)
}
