package main

import (
	"fmt"
	"sort"
)

func main() {
	sammy := map[string]string{"name": "Sammy", "animal": "shark", "color": "blue", "location": "ocean"}
	fmt.Println(sammy["name"])
	fmt.Println(len(sammy))

	keys := make([]string, 0, len(sammy))
	for k := range sammy {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %s\n", k, sammy[k])
	}

	counts := map[string]int{}
	counts["sammy"]++
	counts["sammy"]++
	counts["jesse"] = 5
	fmt.Println(counts["sammy"], counts["missing"])

	if v, ok := counts["jesse"]; ok {
		fmt.Println("jesse found:", v)
	}
	_, ok := counts["drew"]
	fmt.Println("drew found:", ok)

	delete(counts, "jesse")
	fmt.Println(counts)

	usernames := map[string]string{"Sammy": "sammy-shark", "Jamie": "mantisshrimp54"}
	usernames["Drew"] = "squidly"
	usernames["Jamie"] = "jamie-mantis"
	fmt.Println(usernames)

	nested := map[string]map[string]int{
		"a": {"x": 1},
	}
	nested["b"] = map[string]int{"y": 2}
	fmt.Println(nested)

	words := []string{"go", "is", "fun", "go", "go", "is"}
	freq := make(map[string]int)
	for _, w := range words {
		freq[w]++
	}
	type kv struct {
		k string
		v int
	}
	var list []kv
	for k, v := range freq {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].v > list[j].v })
	for _, e := range list {
		fmt.Println(e.k, e.v)
	}

	var nilMap map[string]int
	fmt.Println(nilMap == nil, nilMap["x"], len(nilMap))
	structKey := map[[2]int]string{{1, 2}: "one-two"}
	fmt.Println(structKey[[2]int{1, 2}])
}
