package main

import (
	"bytes"
	"container/heap"
	"fmt"
	"io"
	"strings"
	"sync"
)

type counter struct {
	mu    sync.Mutex
	bytes int64
	ops   int
}

func (c *counter) add(n int) {
	c.mu.Lock()
	c.bytes += int64(n)
	c.ops++
	c.mu.Unlock()
}

func (c *counter) Count() (int64, int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.bytes, c.ops
}

type ReadCounter struct {
	r io.Reader
	counter
}

func NewReadCounter(r io.Reader) *ReadCounter { return &ReadCounter{r: r} }

func (rc *ReadCounter) Read(p []byte) (int, error) {
	n, err := rc.r.Read(p)
	rc.add(n)
	return n, err
}

type WriteCounter struct {
	w io.Writer
	counter
}

func (wc *WriteCounter) Write(p []byte) (int, error) {
	n, err := wc.w.Write(p)
	wc.add(n)
	return n, err
}

type Item struct {
	Name     string
	Priority int
	index    int
}

type PQ []*Item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	if pq[i].Priority != pq[j].Priority {
		return pq[i].Priority > pq[j].Priority
	}
	return pq[i].Name < pq[j].Name
}
func (pq PQ) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index, pq[j].index = i, j
}
func (pq *PQ) Push(x any) {
	it := x.(*Item)
	it.index = len(*pq)
	*pq = append(*pq, it)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	it := old[n-1]
	*pq = old[:n-1]
	it.index = -1
	return it
}

func main() {
	src := strings.Repeat("paasio ", 1000)
	rc := NewReadCounter(strings.NewReader(src))
	var buf bytes.Buffer
	wc := &WriteCounter{w: &buf}
	n, err := io.Copy(wc, rc)
	fmt.Println(n, err, buf.Len())
	rb, rops := rc.Count()
	wb, wops := wc.Count()
	fmt.Println(rb, rops > 0, wb, wops > 0)
	all, _ := io.ReadAll(NewReadCounter(strings.NewReader("short")))
	fmt.Printf("%s\n", all)
	fmt.Fprintf(wc, "%d-%s", 7, "x")
	fmt.Println(buf.String()[buf.Len()-3:], wc.bytes)
	pq := PQ{}
	heap.Init(&pq)
	for i, name := range []string{"write", "test", "deploy", "review", "lunch"} {
		heap.Push(&pq, &Item{Name: name, Priority: (i * 7) % 4})
	}
	it := pq[len(pq)-1]
	it.Priority = 10
	heap.Fix(&pq, it.index)
	for pq.Len() > 0 {
		it := heap.Pop(&pq).(*Item)
		fmt.Printf("%s:%d ", it.Name, it.Priority)
	}
	fmt.Println()
}
