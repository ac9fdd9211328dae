package main

import (
	"fmt"
	"strings"
)

type Notifier interface {
	Send(to, message string) error
}

type EmailNotifier struct {
	From string
}

func (e EmailNotifier) Send(to, message string) error {
	if !strings.Contains(to, "@") {
		return fmt.Errorf("email: invalid address %q", to)
	}
	fmt.Printf("[email] %s -> %s: %s\n", e.From, to, message)
	return nil
}

type SMSNotifier struct {
	Gateway string
}

func (s SMSNotifier) Send(to, message string) error {
	if len(message) > 20 {
		message = message[:17] + "..."
	}
	fmt.Printf("[sms via %s] %s: %s\n", s.Gateway, to, message)
	return nil
}

type SlackNotifier struct {
	Channel string
	sent    int
}

func (s *SlackNotifier) Send(to, message string) error {
	s.sent++
	fmt.Printf("[slack #%s] @%s %s (msg %d)\n", s.Channel, to, message, s.sent)
	return nil
}

// MultiNotifier fans a message out to several notifiers.
type MultiNotifier []Notifier

func (m MultiNotifier) Send(to, message string) error {
	var errs []string
	for _, n := range m {
		if err := n.Send(to, message); err != nil {
			errs = append(errs, err.Error())
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%d failed: %s", len(errs), strings.Join(errs, "; "))
	}
	return nil
}

func main() {
	slack := &SlackNotifier{Channel: "alerts"}
	all := MultiNotifier{
		EmailNotifier{From: "noreply@shop.test"},
		SMSNotifier{Gateway: "twilio"},
		slack,
	}
	if err := all.Send("bob@shop.test", "Your order has shipped today"); err != nil {
		fmt.Println("error:", err)
	}
	if err := all.Send("bob", "Disk almost full"); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println("slack messages sent:", slack.sent)
	var n Notifier = all
	fmt.Printf("%T with %d notifiers\n", n, len(all))
}
