package main

import (
	"fmt"
	"strings"
)

type Clock interface {
	Now() string
}

type Mailer interface {
	Send(to, subject string) error
}

type Store interface {
	Save(key, value string)
	Load(key string) (string, bool)
}

type fixedClock struct{ t string }

func (c fixedClock) Now() string { return c.t }

type recordingMailer struct {
	sent []string
	fail map[string]bool
}

func (m *recordingMailer) Send(to, subject string) error {
	if m.fail[to] {
		return fmt.Errorf("mailer: cannot deliver to %s", to)
	}
	m.sent = append(m.sent, to+": "+subject)
	return nil
}

type mapStore map[string]string

func (s mapStore) Save(k, v string) { s[k] = v }
func (s mapStore) Load(k string) (string, bool) {
	v, ok := s[k]
	return v, ok
}

type SignupService struct {
	clock  Clock
	mailer Mailer
	store  Store
}

func NewSignupService(c Clock, m Mailer, s Store) *SignupService {
	return &SignupService{clock: c, mailer: m, store: s}
}

func (s *SignupService) Signup(email string) error {
	email = strings.ToLower(strings.TrimSpace(email))
	if _, exists := s.store.Load(email); exists {
		return fmt.Errorf("signup: %s already registered", email)
	}
	if err := s.mailer.Send(email, "Welcome!"); err != nil {
		return fmt.Errorf("signup: %w", err)
	}
	s.store.Save(email, s.clock.Now())
	return nil
}

func main() {
	mailer := &recordingMailer{fail: map[string]bool{"bad@x.io": true}}
	store := mapStore{}
	svc := NewSignupService(fixedClock{"2024-01-02T03:04:05Z"}, mailer, store)

	for _, e := range []string{"Ann@X.io", " bob@x.io ", "ann@x.io", "bad@x.io"} {
		if err := svc.Signup(e); err != nil {
			fmt.Println("error:", err)
		} else {
			fmt.Println("ok:", e)
		}
	}
	fmt.Println(strings.Join(mailer.sent, " | "))
	v, ok := store.Load("bob@x.io")
	fmt.Println(v, ok, len(store))
}
