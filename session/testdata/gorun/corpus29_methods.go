package main

import (
	"fmt"
	"strings"
)

type Creature struct {
	Name     string
	Greeting string
}

func (c Creature) Greet() string {
	return fmt.Sprintf("%s says %s", c.Name, c.Greeting)
}

func (c Creature) SayGoodbye(name string) {
	fmt.Println("Farewell", name, "!")
}

type Boat struct {
	Name      string
	occupants []string
}

func (b *Boat) AddOccupant(name string) *Boat {
	b.occupants = append(b.occupants, name)
	return b
}

func (b Boat) Manifest() {
	fmt.Println("The", b.Name, "has the following occupants:")
	for _, n := range b.occupants {
		fmt.Println("\t", n)
	}
}

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

type Words []string

func (w Words) Shout() string { return strings.ToUpper(strings.Join(w, " ")) }

type Counter struct{ n int }

func (c *Counter) Inc()      { c.n++ }
func (c Counter) Value() int { return c.n }

func main() {
	sammy := Creature{Name: "Sammy", Greeting: "Hello!"}
	fmt.Println(sammy.Greet())
	sammy.SayGoodbye("Jesse")
	fmt.Println(Creature.Greet(sammy))

	b := &Boat{Name: "S.S. DigitalOcean"}
	b.AddOccupant("Sammy the Shark").AddOccupant("Larry the Lobster")
	b.Manifest()

	fmt.Println(Celsius(100).Fahrenheit())
	fmt.Println(Words{"hello", "there"}.Shout())

	var c Counter
	c.Inc()
	c.Inc()
	inc := c.Inc
	inc()
	fmt.Println(c.Value())
	val := c.Value
	c.Inc()
	fmt.Println(val(), c.Value())

	counters := []Counter{{}, {}}
	for i := range counters {
		counters[i].Inc()
	}
	fmt.Println(counters[0].Value(), counters[1].Value())
	f := (*Counter).Inc
	f(&c)
	fmt.Println(c.n)
}
