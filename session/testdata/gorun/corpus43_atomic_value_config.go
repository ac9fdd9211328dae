package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Settings struct {
	Level   string
	Retries int
}

func main() {
	var current atomic.Value
	current.Store(Settings{Level: "info", Retries: 3})

	read := func() Settings { return current.Load().(Settings) }
	fmt.Printf("%+v\n", read())

	var wg sync.WaitGroup
	seen := make([]Settings, 4)
	for i := range seen {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			seen[i] = read()
		}(i)
	}
	wg.Wait()
	fmt.Println("all readers agree:", seen[0] == seen[1] && seen[1] == seen[2] && seen[2] == seen[3])

	current.Store(Settings{Level: "debug", Retries: 5})
	fmt.Printf("%+v\n", read())

	old := current.Swap(Settings{Level: "warn"})
	fmt.Printf("old %+v now %+v\n", old, read())

	ok := current.CompareAndSwap(Settings{Level: "warn"}, Settings{Level: "error", Retries: 1})
	fmt.Println("cas:", ok, read())

	var empty atomic.Value
	fmt.Println("empty load:", empty.Load())

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	current.Store("a string now")
}
