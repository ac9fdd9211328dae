package main

import (
	"fmt"
	"math"
	"time"
)

type Point struct {
	X float64
	Y float64
}

const (
	secondHandLength = 90
	minuteHandLength = 80
	hourHandLength   = 50
	clockCentreX     = 150
	clockCentreY     = 150
)

func simpleTime(hours, minutes, seconds int) time.Time {
	return time.Date(312, time.October, 28, hours, minutes, seconds, 0, time.UTC)
}

func secondsInRadians(t time.Time) float64 {
	return math.Pi / (30 / float64(t.Second()))
}

func minutesInRadians(t time.Time) float64 {
	return (secondsInRadians(t) / 60) + (math.Pi / (30 / float64(t.Minute())))
}

func hoursInRadians(t time.Time) float64 {
	return (minutesInRadians(t) / 12) + (math.Pi / (6 / float64(t.Hour()%12)))
}

func angleToPoint(angle float64) Point {
	return Point{math.Sin(angle), math.Cos(angle)}
}

func makeHand(p Point, length float64) Point {
	p = Point{p.X * length, p.Y * length}
	p = Point{p.X, -p.Y}
	return Point{p.X + clockCentreX, p.Y + clockCentreY}
}

func roughlyEqualFloat64(a, b float64) bool {
	const equalityThreshold = 1e-7
	return math.Abs(a-b) < equalityThreshold
}

func roughlyEqualPoint(a, b Point) bool {
	return roughlyEqualFloat64(a.X, b.X) && roughlyEqualFloat64(a.Y, b.Y)
}

func main() {
	cases := []struct {
		time  time.Time
		angle float64
	}{
		{simpleTime(0, 0, 30), math.Pi},
		{simpleTime(0, 0, 0), 0},
		{simpleTime(0, 0, 45), (math.Pi / 2) * 3},
		{simpleTime(0, 0, 7), (math.Pi / 30) * 7},
	}
	for _, c := range cases {
		got := secondsInRadians(c.time)
		fmt.Printf("%s second angle %.6f want %.6f ok=%v\n", c.time.Format("15:04:05"), got, c.angle, roughlyEqualFloat64(got, c.angle))
	}

	fmt.Println(roughlyEqualPoint(angleToPoint(secondsInRadians(simpleTime(0, 0, 45))), Point{-1, 0}))

	tm := simpleTime(6, 30, 15)
	s := makeHand(angleToPoint(secondsInRadians(tm)), secondHandLength)
	m := makeHand(angleToPoint(minutesInRadians(tm)), minuteHandLength)
	h := makeHand(angleToPoint(hoursInRadians(tm)), hourHandLength)
	fmt.Printf("second hand (%.3f, %.3f)\n", s.X, s.Y)
	fmt.Printf("minute hand (%.3f, %.3f)\n", m.X, m.Y)
	fmt.Printf("hour hand   (%.3f, %.3f)\n", h.X, h.Y)
	fmt.Printf("hour angle %.5f rad = %.2f deg\n", hoursInRadians(tm), hoursInRadians(tm)*180/math.Pi)
	fmt.Println(tm.Weekday(), tm.YearDay(), tm.Year())
}
