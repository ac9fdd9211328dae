package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created,omitempty"`
}

type Movie struct {
	Base
	Title    string         `json:"title"`
	Year     int            `json:"released"`
	Color    bool           `json:"color,omitempty"`
	Actors   []string       `json:"actors"`
	Rating   float64        `json:"rating,string"`
	Secret   string         `json:"-"`
	Dash     string         `json:"-,"`
	Addr     *Address       `json:"addr,omitempty"`
	Extra    map[string]any `json:"extra,omitempty"`
	internal int
	Props    map[string]string `json:"props"`
}

func main() {
	movies := []Movie{
		{Base: Base{ID: 1}, Title: "Casablanca", Year: 1942, Actors: []string{"Humphrey Bogart", "Ingrid Bergman"}, Rating: 8.5, Secret: "x", Dash: "d"},
		{Base: Base{ID: 2, Created: "2020"}, Title: "Cool Hand Luke", Year: 1967, Color: true, Addr: &Address{Street: "Main"}, Extra: map[string]any{"z": 1, "a": []int{1}}},
	}
	data, err := json.Marshal(movies)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s\n", data)
	data, _ = json.MarshalIndent(movies[1], "", "  ")
	fmt.Println(string(data))

	var back []Movie
	if err := json.Unmarshal([]byte(`[{"id":7,"title":"Bullitt","released":1968,"actors":["Steve McQueen"],"rating":"7.4","Secret":"no","-":"dash","unknown":1}]`), &back); err != nil {
		fmt.Println("unmarshal:", err)
	}
	fmt.Printf("%+v\n", back[0].Base)
	fmt.Println(back[0].Title, back[0].Year, back[0].Actors, back[0].Rating, back[0].Secret == "", back[0].Dash)

	var titles []struct{ Title string }
	json.Unmarshal(data, &titles)
	fmt.Println(titles)

	var generic map[string]interface{}
	json.Unmarshal([]byte(`{"n":1,"f":2.5,"s":"x","b":true,"nil":null,"arr":[1,"a"],"obj":{"k":"v"}}`), &generic)
	for _, k := range []string{"n", "f", "s", "b", "nil", "arr", "obj"} {
		fmt.Printf("%s: %T %v\n", k, generic[k], generic[k])
	}

	err = json.Unmarshal([]byte(`{"id":"notanumber"}`), &back[0])
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"id":1,`), &back[0])
	fmt.Println(err)
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent(">", "\t")
	enc.Encode(map[string]int{"b": 1, "a": 2})
	json.NewEncoder(os.Stdout).Encode("<html>&")
}
