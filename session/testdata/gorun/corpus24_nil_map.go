package main

import "fmt"

type Registry struct {
	items map[string]int
}

func (r *Registry) Add(name string) {
	if r.items == nil {
		r.items = make(map[string]int)
	}
	r.items[name]++
}

func tryWrite(m map[string]int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	m["x"] = 1
	return nil
}

func main() {
	var m map[string]int
	fmt.Println("nil?", m == nil, "len:", len(m))
	fmt.Println("read missing:", m["nope"])
	v, ok := m["nope"]
	fmt.Println("comma-ok:", v, ok)
	for k := range m {
		fmt.Println("never", k)
	}
	delete(m, "nope")
	fmt.Println("delete on nil map is a no-op")

	fmt.Println(tryWrite(m))
	fmt.Println(tryWrite(map[string]int{}))

	var r Registry
	r.Add("a")
	r.Add("a")
	r.Add("b")
	fmt.Println(r.items["a"], r.items["b"], len(r.items))

	var nested map[string]map[string]bool
	fmt.Println(nested["x"]["y"])
	nested = map[string]map[string]bool{}
	if nested["x"] == nil {
		nested["x"] = map[string]bool{}
	}
	nested["x"]["y"] = true
	fmt.Println(nested)

	fmt.Printf("%v %#v\n", m, m)
}
