package main

import (
	"fmt"
	"math/rand"
	"strings"
)

const maxLevel = 6

type skipNode struct {
	key   int
	value string
	next  []*skipNode
}

type SkipList struct {
	head  *skipNode
	level int
	rng   *rand.Rand
	size  int
}

func NewSkipList(seed int64) *SkipList {
	return &SkipList{
		head:  &skipNode{next: make([]*skipNode, maxLevel)},
		level: 1,
		rng:   rand.New(rand.NewSource(seed)),
	}
}

func (s *SkipList) randomLevel() int {
	lvl := 1
	for lvl < maxLevel && s.rng.Intn(2) == 0 {
		lvl++
	}
	return lvl
}

func (s *SkipList) Insert(key int, value string) {
	update := make([]*skipNode, maxLevel)
	x := s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < key {
			x = x.next[i]
		}
		update[i] = x
	}
	if n := x.next[0]; n != nil && n.key == key {
		n.value = value
		return
	}
	lvl := s.randomLevel()
	if lvl > s.level {
		for i := s.level; i < lvl; i++ {
			update[i] = s.head
		}
		s.level = lvl
	}
	n := &skipNode{key: key, value: value, next: make([]*skipNode, lvl)}
	for i := 0; i < lvl; i++ {
		n.next[i] = update[i].next[i]
		update[i].next[i] = n
	}
	s.size++
}

func (s *SkipList) Search(key int) (string, bool) {
	x := s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < key {
			x = x.next[i]
		}
	}
	x = x.next[0]
	if x != nil && x.key == key {
		return x.value, true
	}
	return "", false
}

func (s *SkipList) Dump() string {
	var sb strings.Builder
	for i := s.level - 1; i >= 0; i-- {
		fmt.Fprintf(&sb, "L%d:", i)
		for x := s.head.next[i]; x != nil; x = x.next[i] {
			fmt.Fprintf(&sb, " %d", x.key)
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	sl := NewSkipList(42)
	for _, k := range []int{30, 10, 50, 20, 40, 60, 70, 5} {
		sl.Insert(k, fmt.Sprintf("v%d", k))
	}
	sl.Insert(20, "twenty")
	levels := 0
	for x := sl.head.next[0]; x != nil; x = x.next[0] {
		levels += len(x.next)
	}
	fmt.Println("size:", sl.size, "total links:", levels, "level<=max:", sl.level <= maxLevel)
	for _, k := range []int{20, 45, 70} {
		v, ok := sl.Search(k)
		fmt.Printf("search %d: %q %v\n", k, v, ok)
	}
	bottom := strings.Split(sl.Dump(), "\n")
	fmt.Println(bottom[len(bottom)-2])
	r := rand.New(rand.NewSource(7))
	fmt.Println(r.Intn(100), r.Intn(100), r.Perm(5))
}
