package main

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strconv"
)

type Ring struct {
	replicas int
	keys     []uint32
	owners   map[uint32]string
}

func NewRing(replicas int) *Ring {
	return &Ring{replicas: replicas, owners: map[uint32]string{}}
}

func hashKey(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

func (r *Ring) Add(nodes ...string) {
	for _, n := range nodes {
		for i := 0; i < r.replicas; i++ {
			k := hashKey(strconv.Itoa(i) + "#" + n)
			r.keys = append(r.keys, k)
			r.owners[k] = n
		}
	}
	sort.Slice(r.keys, func(i, j int) bool { return r.keys[i] < r.keys[j] })
}

func (r *Ring) Get(key string) string {
	if len(r.keys) == 0 {
		return ""
	}
	h := hashKey(key)
	idx := sort.Search(len(r.keys), func(i int) bool { return r.keys[i] >= h })
	if idx == len(r.keys) {
		idx = 0
	}
	return r.owners[r.keys[idx]]
}

func main() {
	ring := NewRing(20)
	ring.Add("node-a", "node-b", "node-c")
	counts := map[string]int{}
	placement := map[string]string{}
	for i := range 300 {
		key := fmt.Sprintf("user:%d", i)
		n := ring.Get(key)
		counts[n]++
		placement[key] = n
	}
	for _, n := range []string{"node-a", "node-b", "node-c"} {
		fmt.Println(n, counts[n])
	}
	for _, k := range []string{"user:1", "user:42", "user:299"} {
		fmt.Println(k, "->", placement[k])
	}

	ring.Add("node-d")
	moved := 0
	for k, old := range placement {
		if ring.Get(k) != old {
			moved++
		}
	}
	fmt.Println("moved after adding node-d:", moved)
	fmt.Println("empty ring:", NewRing(3).Get("x") == "")
}
