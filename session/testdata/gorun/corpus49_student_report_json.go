package main

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"text/template"
	"time"
	"unicode/utf8"
)

type Grade struct {
	Subject string  `json:"subject"`
	Score   float64 `json:"score,omitempty"`
}

type Student struct {
	Name    string  `json:"name"`
	Age     int     `json:"age"`
	Grades  []Grade `json:"grades"`
	Email   string  `json:"email,omitempty"`
	secret  string
	Joined  time.Time `json:"joined"`
	Nick    *string   `json:"nick"`
	Skipped bool      `json:"-"`
}

func (s Student) Average() float64 {
	t := 0.0
	for _, g := range s.Grades {
		t += g.Score
	}
	return t / float64(len(s.Grades))
}

const report = `{{range .}}{{.Name | printf "%-6s"}} avg {{printf "%.2f" .Average}}{{if gt .Age 20}} (senior){{end}}
{{end}}`

func main() {
	s := Student{Name: "Ana", Age: 21, Grades: []Grade{{"math", 91.5}, {"art", 0}}, secret: "x",
		Joined: time.Date(2024, 9, 1, 8, 30, 0, 0, time.UTC)}
	b, err := json.Marshal(s)
	fmt.Println(string(b), err)
	out, _ := json.MarshalIndent(map[string]any{"b": []int{1, 2}, "a": s.Grades[0]}, "", "  ")
	fmt.Println(string(out))
	var back Student
	in := `{"name":"Ben","age":19,"grades":[{"subject":"bio","score":77}],"nick":"benny","extra":1}`
	if err := json.Unmarshal([]byte(in), &back); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("%+v %s\n", back.Grades, *back.Nick)
	var bad Student
	err = json.Unmarshal([]byte(`{"age":"old"}`), &bad)
	fmt.Println(err)
	var generic map[string]interface{}
	json.Unmarshal([]byte(in), &generic)
	fmt.Println(generic["age"], generic["grades"])
	t := template.Must(template.New("r").Parse(report))
	if err := t.Execute(os.Stdout, []Student{s, back}); err != nil {
		fmt.Println(err)
	}
	fmt.Println(s.Joined.Format("Mon Jan 2 2006 15:04"), s.Joined.Add(36*time.Hour).Format(time.RFC3339))
	d := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC).Sub(s.Joined)
	fmt.Println(d, int(d.Hours()/24))
	r := rand.New(rand.NewPCG(1, 2))
	nums := []int{1, 2, 3, 4, 5, 6}
	r.Shuffle(len(nums), func(i, j int) { nums[i], nums[j] = nums[j], nums[i] })
	fmt.Println(r.IntN(100), r.IntN(100), nums)
	str := "naïve café"
	fmt.Println(len(str), utf8.RuneCountInString(str), strings.EqualFold("Go", "GO"), strings.ToTitle("go"))
}
