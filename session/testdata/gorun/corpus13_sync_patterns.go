package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Config struct {
	values map[string]string
}

var (
	config     *Config
	configOnce sync.Once
	loads      int
)

func getConfig() *Config {
	configOnce.Do(func() {
		loads++
		config = &Config{values: map[string]string{"env": "test", "region": "eu"}}
	})
	return config
}

type SafeMap struct {
	mu sync.RWMutex
	m  map[string]int
}

func (s *SafeMap) Inc(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k]++
}

func (s *SafeMap) Get(k string) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.m[k]
}

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func NewQueue() *Queue {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *Queue) Take() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func main() {
	var wg sync.WaitGroup
	for range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = getConfig().values["env"]
		}()
	}
	wg.Wait()
	fmt.Println("loads:", loads, getConfig().values["region"])

	sm := SafeMap{m: map[string]int{}}
	keys := []string{"a", "b", "c"}
	for i := range 30 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sm.Inc(keys[i%3])
		}()
	}
	wg.Wait()
	fmt.Println(sm.Get("a"), sm.Get("b"), sm.Get("c"))

	var ops atomic.Int64
	var flag atomic.Bool
	for range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				ops.Add(1)
			}
			flag.CompareAndSwap(false, true)
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load(), "flag:", flag.Load())

	var legacy int32
	atomic.AddInt32(&legacy, 5)
	swapped := atomic.CompareAndSwapInt32(&legacy, 5, 8)
	fmt.Println(atomic.LoadInt32(&legacy), swapped)

	q := NewQueue()
	got := make(chan int, 5)
	for range 5 {
		go func() { got <- q.Take() }()
	}
	for i := 1; i <= 5; i++ {
		q.Put(i * 11)
	}
	var taken []int
	for range 5 {
		taken = append(taken, <-got)
	}
	sort.Ints(taken)
	fmt.Println(taken)

	var m sync.Map
	m.Store("x", 1)
	m.Store("y", 2)
	v, loaded := m.LoadOrStore("x", 100)
	fmt.Println(v, loaded)
	v, loaded = m.LoadOrStore("z", 3)
	fmt.Println(v, loaded)
	var names []string
	m.Range(func(k, v any) bool {
		names = append(names, fmt.Sprintf("%v:%v", k, v))
		return true
	})
	sort.Strings(names)
	fmt.Println(names)

	once := sync.OnceValue(func() int {
		fmt.Println("computing")
		return 42
	})
	fmt.Println(once(), once())
}
