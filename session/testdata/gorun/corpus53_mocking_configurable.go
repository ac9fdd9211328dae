package main

import (
	"fmt"
	"os"
	"time"
)

type Sleeper interface{ Sleep() }

type ConfigurableSleeper struct {
	duration time.Duration
	sleep    func(time.Duration)
}

func (c *ConfigurableSleeper) Sleep() {
	c.sleep(c.duration)
}

type SpyTime struct {
	durationSlept []time.Duration
}

func (s *SpyTime) SetDurationSlept(duration time.Duration) {
	s.durationSlept = append(s.durationSlept, duration)
}

func (s *SpyTime) Total() time.Duration {
	var t time.Duration
	for _, d := range s.durationSlept {
		t += d
	}
	return t
}

func Countdown(sleeper Sleeper, from int) {
	for i := from; i > 0; i-- {
		fmt.Fprintln(os.Stdout, i)
		sleeper.Sleep()
	}
	fmt.Fprintln(os.Stdout, "Go!")
}

func main() {
	sleepTime := 5 * time.Second
	spyTime := &SpyTime{}
	sleeper := ConfigurableSleeper{sleepTime, spyTime.SetDurationSlept}
	sleeper.Sleep()
	if spyTime.durationSlept[0] != sleepTime {
		fmt.Printf("should have slept for %v but slept for %v\n", sleepTime, spyTime.durationSlept[0])
	}
	fmt.Println("slept", spyTime.durationSlept)

	Countdown(&ConfigurableSleeper{1500 * time.Millisecond, spyTime.SetDurationSlept}, 4)
	fmt.Println("calls:", len(spyTime.durationSlept), "total:", spyTime.Total())
	fmt.Printf("%v %s %d\n", spyTime.durationSlept[1], spyTime.Total().Round(time.Second), time.Duration(90)*time.Minute/time.Hour)
	fmt.Println(time.Duration(1500) * time.Microsecond)
}
