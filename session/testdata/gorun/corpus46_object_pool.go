package main

import (
	"bytes"
	"errors"
	"fmt"
	"sync"
)

type Conn struct {
	ID   int
	uses int
}

type Pool struct {
	mu      sync.Mutex
	idle    []*Conn
	created int
	max     int
}

var ErrExhausted = errors.New("pool exhausted")

func NewPool(max int) *Pool { return &Pool{max: max} }

func (p *Pool) Get() (*Conn, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if n := len(p.idle); n > 0 {
		c := p.idle[n-1]
		p.idle = p.idle[:n-1]
		c.uses++
		return c, nil
	}
	if p.created >= p.max {
		return nil, ErrExhausted
	}
	p.created++
	return &Conn{ID: p.created, uses: 1}, nil
}

func (p *Pool) Put(c *Conn) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.idle = append(p.idle, c)
}

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func render(name string, n int) string {
	buf := bufPool.Get().(*bytes.Buffer)
	defer func() {
		buf.Reset()
		bufPool.Put(buf)
	}()
	for i := range n {
		fmt.Fprintf(buf, "%s%d", name, i)
	}
	return buf.String()
}

func main() {
	p := NewPool(2)
	a, _ := p.Get()
	b, _ := p.Get()
	_, err := p.Get()
	fmt.Println(a.ID, b.ID, err)
	p.Put(a)
	c, _ := p.Get()
	fmt.Println("reused:", c == a, c.ID, c.uses)
	p.Put(b)
	p.Put(c)

	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				conn, err := p.Get()
				if err != nil {
					continue
				}
				mu.Lock()
				total += i
				mu.Unlock()
				p.Put(conn)
				return
			}
		}()
	}
	wg.Wait()
	fmt.Println("total:", total, "created:", p.created, "idle:", len(p.idle))
	uses := 0
	for _, cn := range p.idle {
		uses += cn.uses
	}
	fmt.Println("uses:", uses)
	fmt.Println(render("x", 3), render("y", 2))
}
