package main

import "fmt"

type Percent float64
type Score int

type Reading struct {
	Sensor string
	Value  float64
	Ratio  Percent
	Grade  Score
	Tags   []string
	Where  *Location
}

type Location struct {
	Lat, Lon float64
}

type Summary struct {
	Reading
	Count int
	Avg   float32
}

func main() {
	loc := &Location{51.5074, -0.1278}
	r := Reading{"t1", 21.5, 0.75, 3, []string{"in"}, loc}
	fmt.Printf("%v\n", r.Where)
	fmt.Printf("%+v\n", *r.Where)
	fmt.Printf("%#v\n", *r.Where)
	r.Where = nil
	fmt.Printf("%v\n", r)
	fmt.Printf("%+v\n", r)
	fmt.Printf("%#v\n", r)
	s := Summary{r, 4, 2.25}
	fmt.Printf("%v\n", s)
	fmt.Printf("%+v\n", s)
	fmt.Println(s.Sensor, s.Ratio, s.Grade, s.Avg)
	fmt.Printf("%v %.1f %d\n", s.Ratio, s.Ratio, s.Grade)
	fmt.Printf("%#v %#v %#v\n", Percent(1), Score(2), float32(2))
	fmt.Printf("%#v %#v %#v\n", 1.0, 1e21, 1e-7)
	readings := []Reading{{Sensor: "a", Value: 1}, {Sensor: "b", Value: 2.5e-3}}
	fmt.Println(readings)
	m := map[string]Location{"x": {1.5, 2}}
	fmt.Printf("%v %+v\n", m, m)
	arr := [2]Percent{0.1, 0.2}
	fmt.Printf("%v %#v\n", arr, arr)
	fmt.Printf("%6.2f\n", []float64{1, 22.333})
	fmt.Printf("%x\n", Score(255))
	type anon = struct {
		N float64
		P *float64
	}
	fmt.Printf("%+v\n", anon{N: 3})
}
