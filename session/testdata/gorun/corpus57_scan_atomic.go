package main

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type Stats struct {
	hits   atomic.Int64
	misses atomic.Int32
	ok     atomic.Bool
}

func main() {
	var name string
	var age int
	var height float64
	n, err := fmt.Sscanf("Alice 30 1.68", "%s %d %f", &name, &age, &height)
	fmt.Println(n, err, name, age, height)
	var a, b int
	n, err = fmt.Sscan("7 x", &a, &b)
	fmt.Println(n, err != nil, a, b)
	var word string
	var num int
	fmt.Sscanf("id=42;", "id=%d;", &num)
	fmt.Sscan("  hello world", &word)
	fmt.Println(num, word)
	var st Stats
	var wg sync.WaitGroup
	for i := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%4 == 0 {
				st.misses.Add(1)
			} else {
				st.hits.Add(2)
			}
		}()
	}
	wg.Wait()
	st.ok.Store(true)
	fmt.Println(st.hits.Load(), st.misses.Load(), st.ok.Load())
	var counter int64
	atomic.AddInt64(&counter, 5)
	fmt.Println(atomic.LoadInt64(&counter), atomic.CompareAndSwapInt64(&counter, 5, 9), counter)
	var v atomic.Value
	v.Store([]string{"cfg"})
	fmt.Println(v.Load().([]string))
	d := 90*time.Minute + 30*time.Second
	fmt.Println(d, d.Minutes(), time.Duration(1500)*time.Millisecond, d/time.Hour, d%time.Hour)
	fmt.Printf("%v %d %.1f %s\n", 2*time.Second, time.Millisecond, (3 * time.Second).Seconds(), time.Duration(0))
	r := strings.NewReplacer("a", "1", "b", "2")
	fmt.Println(r.Replace("abcab"), strings.Map(func(r rune) rune {
		if r == 'c' {
			return -1
		}
		return r + 1
	}, "abcd"), strings.Title("x")[:1], strings.EqualFold("Go", "GO"))
	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("liftoff")
	fmt.Println(sb.String(), sb.Len())
}
