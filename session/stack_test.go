package session

import "testing"

// A goroutine's panic report keeps the native frames a reader can place
// and drops yaegi's, the runtime's and the session's.
func TestNativeFrames(t *testing.T) {
	stack := []byte(`goroutine 9 [running]:
runtime/debug.Stack()
	/go/src/runtime/debug/stack.go:26 +0x5e
github.com/gogil/gogil/session.(*Session).recoverGoroutine(0xc000001, 0x0)
	/src/session/runtime.go:243 +0x45
panic({0x6a1b20?, 0xc000012345?})
	/go/src/runtime/panic.go:792 +0x132
example.com/native.Parse({0xc000014000, 0x3})
	/src/native/parse.go:17 +0x1d
github.com/traefik/yaegi/interp.call.func9(0xc000100000)
	/mod/yaegi/interp/run.go:1300 +0x7c
created by example.com/native.Start in goroutine 7
	/src/native/start.go:9 +0x99
`)
	want := "example.com/native.Parse(...)\n\t/src/native/parse.go:17\ncreated by example.com/native.Start\n\t/src/native/start.go:9\n"
	if got := nativeFrames(stack); got != want {
		t.Errorf("nativeFrames:\n%s\nwant:\n%s", got, want)
	}
}
