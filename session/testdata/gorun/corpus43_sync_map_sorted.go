package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	words := []string{"go", "rust", "zig", "c", "odin", "nim"}
	for i, w := range words {
		wg.Add(1)
		go func(i int, w string) {
			defer wg.Done()
			m.Store(w, len(w)*10+i)
		}(i, w)
	}
	wg.Wait()

	v, ok := m.Load("zig")
	fmt.Println("zig:", v, ok)
	_, ok = m.Load("java")
	fmt.Println("java:", ok)

	actual, loaded := m.LoadOrStore("go", 999)
	fmt.Println("LoadOrStore go:", actual, loaded)
	actual, loaded = m.LoadOrStore("java", 40)
	fmt.Println("LoadOrStore java:", actual, loaded)

	m.Delete("c")
	old, loaded := m.LoadAndDelete("nim")
	fmt.Println("deleted nim:", old, loaded)

	prev, loaded := m.Swap("rust", 1)
	fmt.Println("swap rust:", prev, loaded)
	fmt.Println("cas:", m.CompareAndSwap("rust", 1, 2))

	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(string))
		return true
	})
	sort.Strings(keys)
	for _, k := range keys {
		v, _ := m.Load(k)
		fmt.Printf("%s=%v\n", k, v)
	}
}
