package main

import (
	"errors"
	"fmt"
	"strings"
)

type Clock interface{ Now() int64 }

type Mailer interface {
	Send(to, subject, body string) error
}

type Store interface {
	Save(key string, v int64) error
}

type Reminder struct {
	clock  Clock
	mailer Mailer
	store  Store
}

func NewReminder(c Clock, m Mailer, s Store) *Reminder { return &Reminder{c, m, s} }

func (r *Reminder) Remind(user string, due int64) error {
	now := r.clock.Now()
	if now < due {
		return nil
	}
	late := now - due
	if err := r.mailer.Send(user, "Overdue", fmt.Sprintf("%d days late", late)); err != nil {
		return fmt.Errorf("remind %s: %w", user, err)
	}
	return r.store.Save(user, now)
}

type fakeClock struct{ t int64 }

func (f *fakeClock) Now() int64 { return f.t }

type sent struct{ to, subject, body string }

type fakeMailer struct {
	sent []sent
	fail map[string]error
}

func (f *fakeMailer) Send(to, subject, body string) error {
	if err := f.fail[to]; err != nil {
		return err
	}
	f.sent = append(f.sent, sent{to, subject, body})
	return nil
}

type fakeStore map[string]int64

func (f fakeStore) Save(k string, v int64) error { f[k] = v; return nil }

var errBounce = errors.New("mailbox full")

func main() {
	clock := &fakeClock{t: 10}
	mailer := &fakeMailer{fail: map[string]error{"carl": errBounce}}
	store := fakeStore{}
	r := NewReminder(clock, mailer, store)

	cases := []struct {
		user string
		due  int64
		now  int64
	}{
		{"ana", 12, 10},
		{"ben", 7, 10},
		{"carl", 1, 11},
		{"dee", 11, 11},
	}
	for _, c := range cases {
		clock.t = c.now
		err := r.Remind(c.user, c.due)
		fmt.Printf("%-4s err=%v bounced=%t\n", c.user, err, errors.Is(err, errBounce))
	}
	for _, s := range mailer.sent {
		fmt.Printf("mail to=%s subject=%s body=%q\n", s.to, s.subject, s.body)
	}
	var keys []string
	for k, v := range store {
		keys = append(keys, fmt.Sprintf("%s@%d", k, v))
	}
	if len(keys) == 2 && keys[0] > keys[1] {
		keys[0], keys[1] = keys[1], keys[0]
	}
	fmt.Println("saved:", strings.Join(keys, " "))
}
