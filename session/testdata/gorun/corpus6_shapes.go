package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"sync"
	"time"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Shape
	fmt.Stringer
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (r Rect) String() string        { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }
func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) String() string     { return fmt.Sprintf("Circle(%g)", c.R) }

type ByArea []Named

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }

type Account struct {
	mu      sync.Mutex
	balance int
	history []string
}

var ErrInsufficient = errors.New("insufficient funds")

func (a *Account) Withdraw(n int) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n > a.balance {
		return fmt.Errorf("withdraw %d: %w", n, ErrInsufficient)
	}
	a.balance -= n
	a.history = append(a.history, fmt.Sprintf("-%d", n))
	return nil
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
	a.history = append(a.history, fmt.Sprintf("+%d", n))
}

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit   { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }

func main() {
	shapes := ByArea{Rect{3, 4}, &Circle{1}, Rect{1, 1}, &Circle{2}}
	sort.Sort(shapes)
	for _, s := range shapes {
		fmt.Printf("%-12s area=%6.2f perim=%6.2f\n", s, s.Area(), s.Perimeter())
	}
	fmt.Println(shapes)
	if c, ok := shapes[1].(*Circle); ok {
		fmt.Println("circle radius", c.R)
	}
	var total float64
	for _, s := range shapes {
		switch v := s.(type) {
		case Rect:
			total += v.W
		case *Circle:
			total += v.R
		}
	}
	fmt.Println("total", total)

	acct := &Account{balance: 100}
	var wg sync.WaitGroup
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			acct.Deposit(i)
		}()
	}
	wg.Wait()
	err := acct.Withdraw(500)
	fmt.Println(acct.balance, len(acct.history), err, errors.Is(err, ErrInsufficient))

	temps := []Celsius{-40, 0, 37, 100}
	for _, t := range temps {
		fmt.Println(t, "->", t.ToF())
	}
	fmt.Fprintln(os.Stderr, "to stderr")
	d := 90*time.Minute + 30*time.Second
	fmt.Println(d, d.Hours(), d.Round(time.Hour), strings.Repeat("=", 5))
	date := time.Date(2024, time.February, 29, 13, 4, 5, 0, time.UTC)
	fmt.Println(date.Format("Mon Jan 2 2006 15:04"), date.AddDate(1, 0, 0).Format(time.DateOnly), date.Weekday(), date.YearDay())
	defer fmt.Println("deferred 1")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	var m map[string]int
	m["x"] = 1
}
