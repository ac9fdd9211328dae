package main

import (
	"container/heap"
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func (p Person) String() string { return fmt.Sprintf("%s: %d", p.Name, p.Age) }

// ByAge implements sort.Interface for []Person based on the Age field.
type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

type Task struct {
	name     string
	priority int
	index    int
}

type PriorityQueue []*Task

func (pq PriorityQueue) Len() int { return len(pq) }
func (pq PriorityQueue) Less(i, j int) bool {
	return pq[i].priority > pq[j].priority
}
func (pq PriorityQueue) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PriorityQueue) Push(x any) {
	t := x.(*Task)
	t.index = len(*pq)
	*pq = append(*pq, t)
}
func (pq *PriorityQueue) Pop() any {
	old := *pq
	n := len(old)
	t := old[n-1]
	old[n-1] = nil
	t.index = -1
	*pq = old[:n-1]
	return t
}

func (pq *PriorityQueue) update(t *Task, priority int) {
	t.priority = priority
	heap.Fix(pq, t.index)
}

func main() {
	people := []Person{{"Alice", 31}, {"Bob", 25}, {"Carol", 42}, {"Dan", 25}}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Sort(sort.Reverse(ByAge(people)))
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people, sort.IsSorted(ByAge(people)))

	pq := PriorityQueue{}
	heap.Init(&pq)
	tasks := map[string]*Task{}
	for i, name := range []string{"write docs", "fix bug", "deploy", "review"} {
		t := &Task{name: name, priority: (i*7)%5 + 1}
		tasks[name] = t
		heap.Push(&pq, t)
	}
	pq.update(tasks["write docs"], 10)
	for pq.Len() > 0 {
		t := heap.Pop(&pq).(*Task)
		fmt.Printf("%2d %s\n", t.priority, t.name)
	}
}
