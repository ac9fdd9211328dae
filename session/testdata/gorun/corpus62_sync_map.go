package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			m.Store(fmt.Sprintf("k%02d", n), n*n)
		}(i)
	}
	wg.Wait()

	v, ok := m.Load("k03")
	fmt.Println("k03:", v, ok)
	_, ok = m.Load("missing")
	fmt.Println("missing:", ok)

	actual, loaded := m.LoadOrStore("k03", 999)
	fmt.Println("LoadOrStore existing:", actual, loaded)
	actual, loaded = m.LoadOrStore("new", "hello")
	fmt.Println("LoadOrStore new:", actual, loaded)

	old, loaded := m.LoadAndDelete("new")
	fmt.Println("LoadAndDelete:", old, loaded)
	m.Delete("k00")

	prev, loaded := m.Swap("k01", -1)
	fmt.Println("Swap:", prev, loaded)
	fmt.Println("CAS:", m.CompareAndSwap("k01", -1, 1), m.CompareAndSwap("k01", -1, 2))

	var keys []string
	total := 0
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(string))
		total += v.(int)
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	fmt.Println("total:", total)

	m.Clear()
	n := 0
	m.Range(func(_, _ any) bool { n++; return true })
	fmt.Println("after clear:", n)
}
