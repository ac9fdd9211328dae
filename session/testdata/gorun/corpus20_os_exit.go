package main

import (
	"fmt"
	"os"
)

type config struct {
	name    string
	retries int
}

func validate(c config) error {
	if c.retries < 0 {
		return fmt.Errorf("config %q: retries must be >= 0, got %d", c.name, c.retries)
	}
	return nil
}

func main() {
	defer fmt.Println("this deferred line must not print")
	cfgs := []config{{"a", 1}, {"b", 3}, {"c", -1}, {"d", 2}}
	for _, c := range cfgs {
		if err := validate(c); err != nil {
			fmt.Println("error:", err)
			fmt.Fprintln(os.Stderr, "fatal:", err)
			os.Exit(3)
		}
		fmt.Println("ok:", c.name)
	}
	fmt.Println("not reached")
}
