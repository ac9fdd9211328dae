package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"
)

type Status int

const (
	Active Status = iota + 1
	Suspended
)

func (s Status) MarshalJSON() ([]byte, error) {
	switch s {
	case Active:
		return []byte(`"active"`), nil
	case Suspended:
		return []byte(`"suspended"`), nil
	}
	return nil, fmt.Errorf("unknown status %d", int(s))
}

func (s *Status) UnmarshalJSON(b []byte) error {
	switch strings.Trim(string(b), `"`) {
	case "active":
		*s = Active
	case "suspended":
		*s = Suspended
	default:
		return fmt.Errorf("bad status %s", b)
	}
	return nil
}

type Audit struct {
	CreatedAt time.Time `json:"created_at"`
	CreatedBy string    `json:"created_by,omitempty"`
}

type Account struct {
	ID       int               `json:"id"`
	Email    string            `json:"email"`
	Password string            `json:"-"`
	Nickname string            `json:"nickname,omitempty"`
	Status   Status            `json:"status"`
	Tags     []string          `json:"tags,omitempty"`
	Limits   map[string]int    `json:"limits,omitempty"`
	Score    float64           `json:"score,string"`
	Extra    *json.RawMessage  `json:"extra,omitempty"`
	Labels   map[string]string `json:"-,"`
	Audit
}

func main() {
	acct := Account{
		ID:       7,
		Email:    "g@example.com",
		Password: "hunter2",
		Status:   Active,
		Score:    9.5,
		Limits:   map[string]int{"rpm": 60, "burst": 5},
		Labels:   map[string]string{"tier": "gold"},
		Audit:    Audit{CreatedAt: time.Date(2024, 5, 1, 9, 0, 0, 0, time.UTC)},
	}
	b, err := json.Marshal(acct)
	fmt.Println(string(b), err)

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(struct {
		Name   string `json:"name"`
		Status Status `json:"status"`
	}{"indented", Suspended})

	in := `{"id":9,"email":"x@y.z","status":"suspended","score":"3.25","tags":["a","b"],
		"created_at":"2024-01-02T03:04:05Z","created_by":"admin","unknown":true,"extra":{"k":[1,2]}}`
	var got Account
	if err := json.Unmarshal([]byte(in), &got); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("%d %s %d %v %v %s %s\n", got.ID, got.Email, got.Status, got.Score, got.Tags, got.CreatedBy, got.CreatedAt.Format(time.RFC822))
	fmt.Println(string(*got.Extra))

	err = json.Unmarshal([]byte(`{"status":"gone"}`), &got)
	fmt.Println(err)
	_, err = json.Marshal(Account{Status: 42})
	fmt.Println(err)

	var generic map[string]any
	json.Unmarshal([]byte(`{"n":1,"list":[true,null,"s"],"obj":{"f":2.5}}`), &generic)
	fmt.Printf("%v %T %T\n", generic["n"], generic["n"], generic["list"])
	out, _ := json.Marshal(generic)
	fmt.Println(string(out))
}
