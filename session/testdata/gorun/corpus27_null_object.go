package main

import (
	"fmt"
	"strings"
)

type Logger interface {
	Logf(format string, args ...any)
}

type nopLogger struct{}

func (nopLogger) Logf(string, ...any) {}

type prefixLogger struct {
	prefix string
	lines  *[]string
}

func (p prefixLogger) Logf(format string, args ...any) {
	*p.lines = append(*p.lines, p.prefix+fmt.Sprintf(format, args...))
}

type Cache struct {
	data map[string]int
	log  Logger
}

func NewCache(log Logger) *Cache {
	if log == nil {
		log = nopLogger{}
	}
	return &Cache{data: map[string]int{}, log: log}
}

func (c *Cache) Get(k string) (int, bool) {
	v, ok := c.data[k]
	if !ok {
		c.log.Logf("miss %s", k)
	} else {
		c.log.Logf("hit %s=%d", k, v)
	}
	return v, ok
}

func (c *Cache) Put(k string, v int) {
	c.log.Logf("put %s=%d", k, v)
	c.data[k] = v
}

// A nil *Tree is a valid, empty tree: methods handle nil receivers.
type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.Val + t.Left.Sum() + t.Right.Sum()
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func main() {
	quiet := NewCache(nil)
	quiet.Put("a", 1)
	v, ok := quiet.Get("a")
	fmt.Println(v, ok)

	var lines []string
	loud := NewCache(prefixLogger{"cache: ", &lines})
	loud.Put("x", 42)
	loud.Get("x")
	loud.Get("y")
	fmt.Println(strings.Join(lines, "\n"))

	var t *Tree
	fmt.Println("empty sum:", t.Sum())
	for _, v := range []int{5, 3, 8, 1, 4} {
		t = t.Insert(v)
	}
	fmt.Println("sum:", t.Sum(), "root:", t.Val, "left:", t.Left.Val)
}
