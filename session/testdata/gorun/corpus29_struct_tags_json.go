package main

import (
	"encoding/json"
	"fmt"
	"os"
	"time"
)

type Preferences struct {
	FavoriteSea  string `json:"favorite_sea"`
	FavoriteFish []string
}

type User struct {
	Name          string       `json:"name"`
	Password      string       `json:"-"`
	PreferredFish []string     `json:"preferredFish,omitempty"`
	CreatedAt     time.Time    `json:"createdAt"`
	Age           int          `json:"age,string"`
	Prefs         *Preferences `json:"prefs,omitempty"`
	internal      int
}

func main() {
	u := &User{
		Name:      "Sammy the Shark",
		Password:  "fisharegreat",
		CreatedAt: time.Date(2020, time.March, 4, 12, 30, 0, 0, time.UTC),
		Age:       12,
		internal:  7,
	}
	out, err := json.MarshalIndent(u, "", "  ")
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	fmt.Println(string(out))

	u.PreferredFish = []string{"tuna", "cod"}
	u.Prefs = &Preferences{FavoriteSea: "Red"}
	compact, _ := json.Marshal(u)
	fmt.Println(string(compact))

	var back User
	if err := json.Unmarshal(compact, &back); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("%s %d %v %s %q\n", back.Name, back.Age, back.PreferredFish, back.Prefs.FavoriteSea, back.Password)
	fmt.Println(back.CreatedAt.Format(time.RFC1123))

	var generic map[string]interface{}
	json.Unmarshal([]byte(`{"a": 1, "b": [true, null, "x"], "c": {"d": 2.5}}`), &generic)
	fmt.Println(generic["a"], generic["b"], generic["c"])
	fmt.Printf("%T\n", generic["a"])

	err = json.Unmarshal([]byte(`{"name": 5}`), &back)
	fmt.Println(err)

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.Encode(map[string]int{"z": 1, "a": 2})

	type tagged struct {
		ID int `json:"id" db:"user_id"`
	}
	raw, _ := json.Marshal([]tagged{{1}, {2}})
	fmt.Println(string(raw))
}
