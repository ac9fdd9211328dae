package session

import (
	"context"
	"testing"
)

func TestSmoke(t *testing.T) {
	s := newSession(t)
	rec, res := run(t, s, `fmt.Println("hello")`)
	t.Logf("out=%q res=%s", rec.out(), plain(res))
	rec, res = run(t, s, `6*7`)
	t.Logf("out=%q res=%s", rec.out(), plain(res))
	rec, res = run(t, s, "import \"strings\"\nx := 1\nfunc f(a int) int { return a + x }\ny := f(2)\ny")
	t.Logf("out=%q res=%s", rec.out(), plain(res))
	rec, res = run(t, s, `strings.Cut("a,b", ",")`)
	t.Logf("out=%q res=%s", rec.out(), plain(res))
	rec, res = run(t, s, `fmt.Fprintln(os.Stderr, "x"); display.HTML("<b>hi</b>")`)
	t.Logf("err=%q disp=%v", rec.err(), rec.displays)
	r2 := &recorder{}
	_, e := s.Execute(context.Background(), Cell{Code: "func h() { panic(\"boom\") }\nh()"}, r2)
	t.Logf("e=%#v stderr=%q", e, r2.err())
	_, e = s.Execute(context.Background(), Cell{Code: "a := 1\nb := undefinedThing + 1"}, r2)
	t.Logf("e=%#v", e)
	_, e = s.Execute(context.Background(), Cell{Code: "os.Exit(3)"}, r2)
	t.Logf("e=%#v", e)
	rec, res = run(t, s, "go func() { panic(\"in goroutine\") }()\ntime.Sleep(100*time.Millisecond)")
	t.Logf("err=%q", rec.err())
}
