package client

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/google/uuid"

	"github.com/gogil/gogil/kernel/wire"
)

// ConnectionFilePlaceholder is replaced in a kernel's argv by the path of
// the connection file, as in a kernelspec.
const ConnectionFilePlaceholder = "{connection_file}"

// Launch starts a kernel as a child process and connects to it. argv is a
// kernelspec-style command line: every "{connection_file}" in it is
// replaced by the path of a fresh connection file (loopback TCP, free
// ports, random key, hmac-sha256). Launch returns once the kernel has
// answered kernel_info_request and its iopub messages reach the client;
// Startup tells how long the first kernel_info_reply took.
//
// ctx bounds the start only; use Close (and Shutdown before it) to end the
// kernel.
func Launch(ctx context.Context, argv []string, opts Options) (*Client, error) {
	if len(argv) == 0 {
		return nil, errors.New("launch: empty kernel command line")
	}
	info, err := NewConnectionInfo(opts.KernelName)
	if err != nil {
		return nil, fmt.Errorf("launch: %w", err)
	}
	dir, tempDir := opts.Dir, ""
	if dir == "" {
		tempDir, err = os.MkdirTemp("", "gogil-kernel-")
		if err != nil {
			return nil, fmt.Errorf("launch: %w", err)
		}
		dir = tempDir
	}
	path := filepath.Join(dir, "kernel-"+uuid.NewString()+".json")
	if err := WriteConnectionFile(path, info); err != nil {
		removeAll(tempDir)
		return nil, fmt.Errorf("launch: %w", err)
	}

	args := make([]string, len(argv))
	for i, a := range argv {
		args[i] = strings.ReplaceAll(a, ConnectionFilePlaceholder, path)
	}
	cmd := exec.Command(args[0], args[1:]...)
	// As jupyter_client does: the kernel may end itself when this process
	// is gone, instead of living on as an orphan.
	cmd.Env = append(append(os.Environ(), fmt.Sprintf("JPY_PARENT_PID=%d", os.Getpid())), opts.Env...)
	if opts.KernelOutput != nil {
		cmd.Stdout = opts.KernelOutput
		cmd.Stderr = opts.KernelOutput
		// A grandchild that inherited the output pipe must not keep Wait
		// (and so Close) from returning after the kernel exited.
		cmd.WaitDelay = 2 * time.Second
	}
	started := time.Now()
	if err := cmd.Start(); err != nil {
		removeAll(tempDir)
		return nil, fmt.Errorf("launch %s: %w", args[0], err)
	}
	proc := &process{cmd: cmd, connectionFile: path, tempDir: tempDir, exited: make(chan struct{}), started: started}
	go proc.wait()

	c, err := dial(ctx, info, opts, proc)
	if err != nil {
		proc.close()
		return nil, fmt.Errorf("launch %s: %w", args[0], err)
	}
	firstReply, err := c.handshake(ctx)
	if err != nil {
		c.Close()
		return nil, fmt.Errorf("launch %s: %w", args[0], err)
	}
	proc.startup = firstReply.Sub(started)
	return c, nil
}

// NewConnectionInfo picks free loopback TCP ports and a random key.
func NewConnectionInfo(kernelName string) (*wire.ConnectionInfo, error) {
	ports, err := freePorts(5)
	if err != nil {
		return nil, err
	}
	return &wire.ConnectionInfo{
		Transport:       "tcp",
		IP:              "127.0.0.1",
		ShellPort:       ports[0],
		IOPubPort:       ports[1],
		StdinPort:       ports[2],
		ControlPort:     ports[3],
		HBPort:          ports[4],
		Key:             strings.ReplaceAll(uuid.NewString(), "-", ""),
		SignatureScheme: "hmac-sha256",
		KernelName:      kernelName,
	}, nil
}

// freePorts asks the system for n distinct free ports. All listeners stay
// open until every port is chosen so that no port is handed out twice; the
// kernel can still lose a race for one with another process, as with any
// Jupyter client.
func freePorts(n int) ([]int, error) {
	var listeners []net.Listener
	defer func() {
		for _, l := range listeners {
			l.Close()
		}
	}()
	ports := make([]int, 0, n)
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, fmt.Errorf("finding a free port: %w", err)
		}
		listeners = append(listeners, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	return ports, nil
}

// WriteConnectionFile writes info as a connection file readable only by
// its owner, since the key lets anyone run code in the kernel.
func WriteConnectionFile(path string, info *wire.ConnectionInfo) error {
	data, err := json.MarshalIndent(info, "", "  ")
	if err != nil {
		return fmt.Errorf("connection file: %w", err)
	}
	if err := os.WriteFile(path, append(data, '\n'), 0o600); err != nil {
		return fmt.Errorf("connection file: %w", err)
	}
	return nil
}

// handshake sends kernel_info_request until one is answered and followed on
// iopub by a status message with it as parent. The first condition says the
// shell socket works; the second that the kernel's PUB socket has seen our
// subscription, which ZeroMQ does not report: output published before that
// is lost. It returns when the first reply arrived.
func (c *Client) handshake(ctx context.Context) (time.Time, error) {
	var (
		firstReply time.Time
		subscribed bool
		ids        []string
	)
	defer func() {
		for _, id := range ids {
			c.unregister(id)
		}
	}()
	box := newMailbox()
	for {
		m, err := c.NewMessage("kernel_info_request", struct{}{})
		if err != nil {
			return firstReply, err
		}
		c.mu.Lock()
		if c.closed {
			c.mu.Unlock()
			return firstReply, ErrClosed
		}
		// Every attempt routes to the same mailbox: a late reply or status
		// for an earlier attempt counts as well.
		c.routes[m.Header.MsgID] = box
		c.mu.Unlock()
		ids = append(ids, m.Header.MsgID)
		if err := c.SendMessage(ctx, wire.Shell, m); err != nil {
			return firstReply, fmt.Errorf("kernel_info_request: %w", err)
		}
		attempt, cancel := context.WithTimeout(ctx, c.opts.ReadyTimeout)
		for {
			for _, e := range box.take() {
				switch {
				case e.msg.Header.MsgType == "kernel_info_reply" && firstReply.IsZero():
					firstReply = time.Now()
					reply, err := decodeKernelInfo(e.msg)
					if err != nil {
						cancel()
						return firstReply, err
					}
					c.kernelInfo, c.kernelInfoMessage = reply, e.msg
				case e.channel == wire.IOPub && e.msg.Header.MsgType == "status":
					subscribed = true
				}
			}
			if subscribed && !firstReply.IsZero() {
				cancel()
				return firstReply, nil
			}
			if err := c.wait(attempt, box); err != nil {
				if ctx.Err() != nil {
					cancel()
					return firstReply, fmt.Errorf("waiting for the kernel to answer kernel_info_request: %w", ctx.Err())
				}
				if attempt.Err() == nil {
					cancel()
					return firstReply, err
				}
				break // this attempt timed out: send another request
			}
		}
		cancel()
	}
}

// process is a kernel this client started.
type process struct {
	cmd            *exec.Cmd
	connectionFile string
	tempDir        string
	started        time.Time
	startup        time.Duration

	exited  chan struct{}
	mu      sync.Mutex
	waitErr error
}

func (p *process) wait() {
	err := p.cmd.Wait()
	p.mu.Lock()
	p.waitErr = err
	p.mu.Unlock()
	close(p.exited)
}

func (p *process) exitErr() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.waitErr == nil {
		return errors.New("exit status 0")
	}
	return p.waitErr
}

// close kills the process if it still runs, reaps it and removes the
// temporary directory.
func (p *process) close() error {
	select {
	case <-p.exited:
	default:
		_ = p.cmd.Process.Kill()
		<-p.exited
	}
	removeAll(p.tempDir)
	return nil
}

func removeAll(dir string) {
	if dir != "" {
		_ = os.RemoveAll(dir)
	}
}

// Startup is the time from starting the kernel process to its first
// kernel_info_reply; zero for a client made by Connect.
func (c *Client) Startup() time.Duration {
	if c.proc == nil {
		return 0
	}
	return c.proc.startup
}

// ConnectionFile is the path of the connection file Launch wrote; "" for Connect.
func (c *Client) ConnectionFile() string {
	if c.proc == nil {
		return ""
	}
	return c.proc.connectionFile
}

// PID is the launched kernel's process id; 0 for Connect.
func (c *Client) PID() int {
	if c.proc == nil {
		return 0
	}
	return c.proc.cmd.Process.Pid
}

// Exited is closed when the launched kernel exits; nil (never ready) for Connect.
func (c *Client) Exited() <-chan struct{} {
	if c.proc == nil {
		return nil
	}
	return c.proc.exited
}

// Wait waits for the launched kernel to exit and returns its exit error
// (nil for status 0).
func (c *Client) Wait(ctx context.Context) error {
	if c.proc == nil {
		return errors.New("wait: kernel was not launched by this client")
	}
	select {
	case <-c.proc.exited:
		c.proc.mu.Lock()
		defer c.proc.mu.Unlock()
		return c.proc.waitErr
	case <-ctx.Done():
		return fmt.Errorf("waiting for the kernel to exit: %w", ctx.Err())
	}
}

// Kill kills the launched kernel (SIGKILL) without waiting for it.
func (c *Client) Kill() error {
	return c.Signal(syscall.SIGKILL)
}

// Signal sends sig to the launched kernel, e.g. SIGINT to interrupt a
// kernel whose interrupt_mode is "signal".
func (c *Client) Signal(sig os.Signal) error {
	if c.proc == nil {
		return errors.New("signal: kernel was not launched by this client")
	}
	select {
	case <-c.proc.exited:
		return nil
	default:
	}
	if err := c.proc.cmd.Process.Signal(sig); err != nil && !errors.Is(err, os.ErrProcessDone) {
		return fmt.Errorf("signal %v: %w", sig, err)
	}
	return nil
}

// ResidentMemory is the launched kernel's resident set size in bytes, read
// from /proc/PID/status (VmRSS), so Linux only.
func (c *Client) ResidentMemory() (int64, error) {
	if c.proc == nil {
		return 0, errors.New("resident memory: kernel was not launched by this client")
	}
	return residentMemory(c.proc.cmd.Process.Pid)
}

func residentMemory(pid int) (int64, error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, fmt.Errorf("resident memory: %w", err)
	}
	defer f.Close()
	scanner := bufio.NewScanner(f)
	for scanner.Scan() {
		rest, ok := strings.CutPrefix(scanner.Text(), "VmRSS:")
		if !ok {
			continue
		}
		fields := strings.Fields(rest) // "12345 kB"
		if len(fields) != 2 || fields[1] != "kB" {
			return 0, fmt.Errorf("resident memory: unexpected VmRSS line %q", scanner.Text())
		}
		kb, err := strconv.ParseInt(fields[0], 10, 64)
		if err != nil {
			return 0, fmt.Errorf("resident memory: %w", err)
		}
		return kb * 1024, nil
	}
	if err := scanner.Err(); err != nil {
		return 0, fmt.Errorf("resident memory: %w", err)
	}
	return 0, fmt.Errorf("resident memory: no VmRSS in /proc/%d/status (process gone?)", pid)
}
