package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type KV struct {
	Key   string
	Value int
}

func mapper(doc string) []KV {
	var out []KV
	for _, w := range strings.Fields(strings.ToLower(doc)) {
		w = strings.Trim(w, ".,;!?")
		if w != "" {
			out = append(out, KV{w, 1})
		}
	}
	return out
}

func reducer(key string, values []int) KV {
	sum := 0
	for _, v := range values {
		sum += v
	}
	return KV{key, sum}
}

func MapReduce(docs []string, workers int) []KV {
	docCh := make(chan string)
	kvCh := make(chan []KV)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for d := range docCh {
				kvCh <- mapper(d)
			}
		}()
	}
	go func() {
		for _, d := range docs {
			docCh <- d
		}
		close(docCh)
	}()
	go func() {
		wg.Wait()
		close(kvCh)
	}()
	groups := map[string][]int{}
	for kvs := range kvCh {
		for _, kv := range kvs {
			groups[kv.Key] = append(groups[kv.Key], kv.Value)
		}
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	results := make([]KV, len(keys))
	var rwg sync.WaitGroup
	for i, k := range keys {
		rwg.Add(1)
		go func() {
			defer rwg.Done()
			results[i] = reducer(k, groups[k])
		}()
	}
	rwg.Wait()
	return results
}

func main() {
	docs := []string{
		"Go is expressive, concise, clean, and efficient.",
		"Its concurrency mechanisms make it easy to write programs.",
		"Go compiles quickly to machine code; go is fun.",
		"Programs in Go are clean and efficient!",
	}
	res := MapReduce(docs, 3)
	sort.SliceStable(res, func(i, j int) bool { return res[i].Value > res[j].Value })
	for _, kv := range res[:6] {
		fmt.Printf("%-10s %d\n", kv.Key, kv.Value)
	}
	total := 0
	for _, kv := range res {
		total += kv.Value
	}
	fmt.Println("unique:", len(res), "total:", total)
}
