package kernel

import (
	"context"
	"testing"
)

// An interrupt that comes while an execute_request waits in the shell
// queue is meant for that request; one that comes while the kernel is
// idle touches nothing later.
func TestInterruptReachesAQueuedRequest(t *testing.T) {
	k := &Kernel{queue: make(chan *request, 4), ctx: context.Background()}
	idle := func() {}

	k.interruptExecution() // idle, nothing queued
	first := &request{}
	k.enqueue(first)
	if k.beginExecution(first, idle) {
		t.Error("an interrupt sent while idle stopped the next cell")
	}
	k.execCancel = nil

	queued, after := &request{}, &request{}
	k.enqueue(queued)
	if k.interruptExecution() {
		t.Error("interruptExecution reported a running cell")
	}
	k.enqueue(after)
	if !k.beginExecution(queued, idle) {
		t.Error("the queued request did not see the interrupt")
	}
	k.execCancel = nil
	if k.beginExecution(after, idle) {
		t.Error("a request received after the interrupt saw it")
	}
}
