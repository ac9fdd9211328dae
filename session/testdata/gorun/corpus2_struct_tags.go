package main

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"strings"
)

type Plant struct {
	XMLName xml.Name `xml:"plant"`
	Id      int      `xml:"id,attr"`
	Name    string   `xml:"name"`
	Origin  []string `xml:"origin"`
}

func (p Plant) String() string {
	return fmt.Sprintf("Plant id=%v, name=%v, origin=%v", p.Id, p.Name, p.Origin)
}

type response1 struct {
	Page   int
	Fruits []string
}

type response2 struct {
	Page   int      `json:"page"`
	Fruits []string `json:"fruits,omitempty"`
	secret string
}

func main() {
	coffee := &Plant{Id: 27, Name: "Coffee"}
	coffee.Origin = []string{"Ethiopia", "Brazil"}
	out, _ := xml.MarshalIndent(coffee, " ", "  ")
	fmt.Println(string(out))
	fmt.Println(xml.Header + string(out))
	var p Plant
	if err := xml.Unmarshal(out, &p); err != nil {
		panic(err)
	}
	fmt.Println(p)

	res1B, _ := json.Marshal(&response1{Page: 1, Fruits: []string{"apple", "peach", "pear"}})
	fmt.Println(string(res1B))
	res2B, _ := json.Marshal(response2{Page: 1, secret: "x"})
	fmt.Println(string(res2B))
	str := `{"page": 1, "fruits": ["apple", "peach"]}`
	res := response2{}
	json.Unmarshal([]byte(str), &res)
	fmt.Println(res.Page, res.Fruits[0])
	fmt.Printf("%+v\n", res)

	var dat map[string]interface{}
	json.Unmarshal([]byte(`{"num":6.13,"strs":["a","b"]}`), &dat)
	num := dat["num"].(float64)
	fmt.Println(num, dat["strs"].([]interface{})[0].(string))

	var err error
	ind, _ := json.MarshalIndent(map[string]int{"b": 2, "a": 1}, "", "  ")
	fmt.Println(string(ind))

	dec := json.NewDecoder(strings.NewReader(`{"page":3} {"page":4}`))
	for {
		var r response2
		if err := dec.Decode(&r); err != nil {
			break
		}
		fmt.Println("decoded", r.Page)
	}
	var bad response2
	err = json.Unmarshal([]byte(`{"page":"x"}`), &bad)
	fmt.Println(err)
}
