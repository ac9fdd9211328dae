package main

import (
	"fmt"
	"hash/fnv"
)

type kv struct {
	key   string
	value int
}

// HashTable uses separate chaining and doubles when the load factor exceeds 0.75.
type HashTable struct {
	buckets [][]kv
	count   int
}

func NewHashTable(size int) *HashTable {
	return &HashTable{buckets: make([][]kv, size)}
}

func hashKey(key string, n int) int {
	h := fnv.New32a()
	h.Write([]byte(key))
	return int(h.Sum32() % uint32(n))
}

func (t *HashTable) Put(key string, value int) {
	if float64(t.count+1)/float64(len(t.buckets)) > 0.75 {
		t.resize(len(t.buckets) * 2)
	}
	i := hashKey(key, len(t.buckets))
	for j := range t.buckets[i] {
		if t.buckets[i][j].key == key {
			t.buckets[i][j].value = value
			return
		}
	}
	t.buckets[i] = append(t.buckets[i], kv{key, value})
	t.count++
}

func (t *HashTable) Get(key string) (int, bool) {
	for _, e := range t.buckets[hashKey(key, len(t.buckets))] {
		if e.key == key {
			return e.value, true
		}
	}
	return 0, false
}

func (t *HashTable) Delete(key string) bool {
	i := hashKey(key, len(t.buckets))
	for j, e := range t.buckets[i] {
		if e.key == key {
			t.buckets[i] = append(t.buckets[i][:j], t.buckets[i][j+1:]...)
			t.count--
			return true
		}
	}
	return false
}

func (t *HashTable) resize(n int) {
	fmt.Printf("resize %d -> %d\n", len(t.buckets), n)
	old := t.buckets
	t.buckets = make([][]kv, n)
	t.count = 0
	for _, b := range old {
		for _, e := range b {
			i := hashKey(e.key, n)
			t.buckets[i] = append(t.buckets[i], e)
			t.count++
		}
	}
}

func main() {
	ht := NewHashTable(4)
	fruits := []string{"apple", "banana", "cherry", "date", "elder", "fig", "grape"}
	for i, f := range fruits {
		ht.Put(f, (i+1)*100)
	}
	ht.Put("apple", 1)
	for _, k := range []string{"apple", "fig", "kiwi"} {
		v, ok := ht.Get(k)
		fmt.Printf("%-6s %4d %v\n", k, v, ok)
	}
	fmt.Println("delete date:", ht.Delete("date"), "again:", ht.Delete("date"))
	fmt.Println("count:", ht.count, "buckets:", len(ht.buckets))
	longest := 0
	for _, b := range ht.buckets {
		longest = max(longest, len(b))
	}
	fmt.Println("longest chain:", longest)
	fmt.Println("hash of go:", hashKey("go", 1<<16))
}
