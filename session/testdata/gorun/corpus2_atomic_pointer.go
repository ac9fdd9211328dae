package main

import (
	"fmt"
	"sync/atomic"
)

type Config struct {
	Name    string
	Version int
}

func main() {
	var current atomic.Pointer[Config]
	fmt.Println("nil at first:", current.Load() == nil)
	current.Store(&Config{Name: "v1", Version: 1})
	old := current.Swap(&Config{Name: "v2", Version: 2})
	fmt.Println(old.Name, current.Load().Name, current.Load().Version)
}
