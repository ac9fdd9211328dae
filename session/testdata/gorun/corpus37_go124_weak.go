package main

import (
	"fmt"
	"runtime"
	"sync"
	"weak"
)

type Image struct {
	Name   string
	Pixels []byte
}

type Cache struct {
	mu      sync.Mutex
	entries map[string]weak.Pointer[Image]
	loads   int
}

func NewCache() *Cache {
	return &Cache{entries: map[string]weak.Pointer[Image]{}}
}

func (c *Cache) Get(name string) *Image {
	c.mu.Lock()
	defer c.mu.Unlock()
	if wp, ok := c.entries[name]; ok {
		if img := wp.Value(); img != nil {
			return img
		}
	}
	c.loads++
	img := &Image{Name: name, Pixels: make([]byte, 1024)}
	c.entries[name] = weak.Make(img)
	return img
}

func main() {
	c := NewCache()
	a := c.Get("logo.png")
	b := c.Get("logo.png")
	fmt.Println("same object:", a == b, "loads:", c.loads)

	wp := weak.Make(a)
	fmt.Println("alive:", wp.Value() != nil, wp.Value().Name)
	fmt.Println("pointers equal:", wp == weak.Make(b))

	var nilImg *Image
	wn := weak.Make(nilImg)
	fmt.Println("weak of nil:", wn.Value() == nil)

	other := c.Get("icon.png")
	fmt.Println("loads:", c.loads, other.Name, len(other.Pixels))
	runtime.KeepAlive(a)
	runtime.KeepAlive(b)
	runtime.KeepAlive(other)
}
