package main

import (
	"fmt"
	"math"
	"math/rand"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 15, 14, 30, 45, 0, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format("2006-01-02 15:04:05"))
	fmt.Println(t.Format(time.RFC1123), t.Format(time.Kitchen))
	fmt.Println(t.Format("Mon Jan 2, 2006"), t.Format("02/01/06 03:04PM"))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay())
	later := t.Add(36*time.Hour + 15*time.Minute)
	fmt.Println(later.Format(time.RFC3339), later.Sub(t), later.After(t))
	fmt.Println(t.AddDate(0, 1, 20).Format("Jan 2"))
	p, err := time.Parse("2006-01-02", "2024-02-29")
	fmt.Println(p.Weekday(), err)
	_, err = time.Parse("2006-01-02", "2024-13-01")
	fmt.Println(err)
	d := 90*time.Minute + 30*time.Second
	fmt.Println(d, d.Hours(), d.Minutes(), time.Duration(1500)*time.Millisecond)
	fmt.Println(t.Truncate(time.Hour).Format(time.TimeOnly), t.Unix())

	fmt.Printf("%.2f %.2f %.2f\n", math.Sqrt(2), math.Pow(2, 10), math.Cbrt(27))
	fmt.Printf("%.2f %.2f %.2f %.2f\n", math.Floor(-2.5), math.Ceil(2.1), math.Round(2.5), math.Trunc(-2.7))
	fmt.Printf("%.4f %.4f %.2f\n", math.Sin(math.Pi/6), math.Log(math.E), math.Abs(-3.2))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Inf(1), -math.Inf(1), math.NaN())
	fmt.Println(math.MaxInt64, math.Hypot(3, 4), math.IsNaN(math.NaN()))
	fmt.Printf("%.3e %g %v\n", 123456.789, 1e21, 1e-7)

	r := rand.New(rand.NewSource(42))
	for i := 0; i < 5; i++ {
		fmt.Print(r.Intn(100), " ")
	}
	fmt.Println()
	fmt.Printf("%.4f\n", r.Float64())
	fmt.Println(r.Perm(5))
	deck := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck)
	r2 := rand.New(rand.NewSource(42))
	fmt.Println(r2.Intn(100))
}
