package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type cache struct {
	m    sync.Map
	hits atomic.Int64
}

func (c *cache) get(k string, compute func() int) int {
	if v, ok := c.m.Load(k); ok {
		c.hits.Add(1)
		return v.(int)
	}
	v, _ := c.m.LoadOrStore(k, compute())
	return v.(int)
}

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			m.Store(fmt.Sprintf("key%02d", n), n*n)
		}(i)
	}
	wg.Wait()

	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, k.(string))
		return true
	})
	sort.Strings(keys)
	fmt.Println(len(keys), keys[0], keys[len(keys)-1])
	v, ok := m.Load("key03")
	fmt.Println(v, ok)
	_, ok = m.Load("missing")
	fmt.Println(ok)
	actual, loaded := m.LoadOrStore("key03", 100)
	fmt.Println(actual, loaded)
	actual, loaded = m.LoadOrStore("new", 100)
	fmt.Println(actual, loaded)
	old, loaded := m.LoadAndDelete("new")
	fmt.Println(old, loaded)
	m.Delete("key00")
	prev, loaded := m.Swap("key01", "one")
	fmt.Println(prev, loaded)
	fmt.Println(m.CompareAndSwap("key01", "one", "uno"), m.CompareAndSwap("key01", "one", "eins"))
	v, _ = m.Load("key01")
	fmt.Println(v)

	c := &cache{}
	var calls atomic.Int32
	var wg2 sync.WaitGroup
	results := make([]int, 20)
	for i := 0; i < 20; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			results[i] = c.get(fmt.Sprint(i%4), func() int { calls.Add(1); return (i % 4) * 10 })
		}()
	}
	wg2.Wait()
	fmt.Println(results)
	count := 0
	c.m.Range(func(_, _ any) bool { count++; return true })
	fmt.Println("entries:", count, "hits+calls>=20:", int(c.hits.Load())+int(calls.Load()) >= 20)
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
}
