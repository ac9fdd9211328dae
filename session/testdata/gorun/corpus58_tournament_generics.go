package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"
)

type Number interface{ ~int | ~int64 | ~float64 }

type Points int

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func MaxBy[T any, K cmp.Ordered](xs []T, key func(T) K) (best T) {
	for i, x := range xs {
		if i == 0 || key(x) > key(best) {
			best = x
		}
	}
	return
}

type PQ[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (q *PQ[T]) Len() int           { return len(q.items) }
func (q *PQ[T]) Less(i, j int) bool { return q.less(q.items[i], q.items[j]) }
func (q *PQ[T]) Swap(i, j int)      { q.items[i], q.items[j] = q.items[j], q.items[i] }
func (q *PQ[T]) Push(x any)         { q.items = append(q.items, x.(T)) }
func (q *PQ[T]) Pop() any {
	n := len(q.items)
	x := q.items[n-1]
	q.items = q.items[:n-1]
	return x
}

type Team struct {
	Name   string
	Rating float64
	Scores []Points
}

func main() {
	r := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	teams := []*Team{{Name: "owls", Rating: 1.2}, {Name: "foxes", Rating: 1.0}, {Name: "bears", Rating: 0.8}, {Name: "hares", Rating: 1.1}}
	var games atomic.Int64
	var mu sync.Mutex
	var wg sync.WaitGroup
	results := make([][]Points, len(teams))
	for i, t := range teams {
		seed := r.Uint64()
		wg.Add(1)
		go func() {
			defer wg.Done()
			local := rand.New(rand.NewPCG(seed, uint64(i)))
			for range 5 {
				results[i] = append(results[i], Points(local.IntN(10)+int(t.Rating*3)))
				games.Add(1)
			}
			mu.Lock()
			t.Scores = results[i]
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("games played:", games.Load())
	for _, t := range teams {
		fmt.Printf("%-6s %v total %d\n", t.Name, t.Scores, Sum(t.Scores...))
	}
	best := MaxBy(teams, func(t *Team) Points { return Sum(t.Scores...) })
	fmt.Println("champion:", best.Name)
	fmt.Println(Sum(1.5, 2.25), Sum[int64](1, 2, 3))

	q := &PQ[*Team]{less: func(a, b *Team) bool { return Sum(a.Scores...) > Sum(b.Scores...) }}
	for _, t := range teams {
		heap.Push(q, t)
	}
	var order []string
	for q.Len() > 0 {
		order = append(order, heap.Pop(q).(*Team).Name)
	}
	fmt.Println(strings.Join(order, " > "))
	fmt.Printf("%T %v\n", q, cmp.Compare(Points(3), 2))
}
