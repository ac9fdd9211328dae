package main

import (
	"container/list"
	"fmt"
	"strings"
)

type pair struct {
	key   string
	value int
}

type LRU struct {
	cap   int
	ll    *list.List
	items map[string]*list.Element
	evict func(key string, value int)
}

func NewLRU(capacity int) *LRU {
	return &LRU{cap: capacity, ll: list.New(), items: make(map[string]*list.Element)}
}

func (c *LRU) Get(key string) (int, bool) {
	if e, ok := c.items[key]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*pair).value, true
	}
	return 0, false
}

func (c *LRU) Put(key string, value int) {
	if e, ok := c.items[key]; ok {
		e.Value.(*pair).value = value
		c.ll.MoveToFront(e)
		return
	}
	c.items[key] = c.ll.PushFront(&pair{key, value})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		p := c.ll.Remove(last).(*pair)
		delete(c.items, p.key)
		if c.evict != nil {
			c.evict(p.key, p.value)
		}
	}
}

func (c *LRU) String() string {
	var parts []string
	for e := c.ll.Front(); e != nil; e = e.Next() {
		p := e.Value.(*pair)
		parts = append(parts, fmt.Sprintf("%s=%d", p.key, p.value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	c := NewLRU(3)
	c.evict = func(k string, v int) { fmt.Printf("  evicted %s (%d)\n", k, v) }
	ops := []string{"put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "put c 30", "put e 5", "get x"}
	for _, op := range ops {
		var verb, key string
		var val int
		n, _ := fmt.Sscan(op, &verb, &key, &val)
		switch verb {
		case "put":
			c.Put(key, val)
		case "get":
			v, ok := c.Get(key)
			fmt.Printf("  get %s -> %d, %v\n", key, v, ok)
		}
		fmt.Println(op, "fields:", n, c)
	}
}
