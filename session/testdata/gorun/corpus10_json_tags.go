package main

import (
	"encoding/json"
	"fmt"
)

type Timestamps struct {
	Created string `json:"created"`
	Updated string `json:"updated,omitempty"`
}

type Product struct {
	Timestamps
	ID       int      `json:"id"`
	Name     string   `json:"name"`
	Price    float64  `json:"price"`
	Tags     []string `json:"tags,omitempty"`
	Internal string   `json:"-"`
	Stock    *int     `json:"stock"`
	Dims     struct {
		W int `json:"w"`
		H int `json:"h"`
	} `json:"dims"`
	Ratio float64 `json:",omitempty"`
	note  string
}

func main() {
	stock := 12
	p := Product{
		Timestamps: Timestamps{Created: "2024-01-02"},
		ID:         1,
		Name:       "Gopher plush",
		Price:      19.99,
		Internal:   "hidden",
		Stock:      &stock,
		note:       "unexported",
	}
	p.Dims.W, p.Dims.H = 20, 30
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)

	empty, _ := json.Marshal(Product{})
	fmt.Println(string(empty))

	pretty, _ := json.MarshalIndent(map[string]any{
		"product": p.Name,
		"tags":    []string{"toy", "blue"},
		"price":   p.Price,
		"nested":  map[string]int{"z": 26, "a": 1},
	}, "", "\t")
	fmt.Println(string(pretty))

	var q Product
	in := `{"id":9,"name":"Mug","price":7,"created":"2023","updated":"2024","dims":{"w":8,"h":10},"stock":null,"Ratio":0.5,"NAME":"ignored?"}`
	if err := json.Unmarshal([]byte(in), &q); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("%d %q %.2f %s %s %v %d %v\n", q.ID, q.Name, q.Price, q.Created, q.Updated, q.Stock == nil, q.Dims.W*q.Dims.H, q.Ratio)

	anon := struct {
		Title string `json:"title"`
		Meta  struct {
			Pages int  `json:"pages"`
			Draft bool `json:"draft"`
		} `json:"meta"`
	}{}
	json.Unmarshal([]byte(`{"title":"Go","meta":{"pages":300,"draft":true}}`), &anon)
	fmt.Println(anon.Title, anon.Meta.Pages, anon.Meta.Draft)
	out, _ := json.Marshal(anon)
	fmt.Println(string(out))
}
