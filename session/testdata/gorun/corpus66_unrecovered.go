package main

import (
	"errors"
	"fmt"
)

type Config struct {
	Port int
}

func mustLoad(port int) *Config {
	if port <= 0 {
		panic(errors.New("invalid port"))
	}
	return &Config{Port: port}
}

func main() {
	defer fmt.Println("deferred runs before the crash")
	c := mustLoad(8080)
	fmt.Println("port", c.Port)
	c = mustLoad(0)
	fmt.Println("never", c.Port)
}
