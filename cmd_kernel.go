package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/gogil/gogil/internal/kernelspec"
	"github.com/gogil/gogil/kernel"
	"github.com/gogil/gogil/kernel/wire"
	"github.com/gogil/gogil/magics"
)

// runKernel is `gogil kernel CONNECTION_FILE`: it serves one kernel until
// the frontend shuts it down.
func runKernel(ctx context.Context, args []string, _, stderr io.Writer) error {
	fs := newFlags("kernel", stderr)
	positional, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(positional) != 1 {
		return fmt.Errorf("%w: expected one connection file, got %d arguments", errUsage, len(positional))
	}
	conn, err := wire.ReadConnectionFile(positional[0])
	if err != nil {
		return err
	}
	if os.Getenv("GOGC") == "" {
		// The kernel's heap is mostly the interpreter's state, which only
		// grows: collect at half the default headroom, so a long session
		// stays small, at the cost of a little GC time per cell.
		debug.SetGCPercent(50)
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	// The kernel binds its ports first and makes the interpreter while the
	// frontend connects: a port still closed at the frontend's first
	// connect costs it libzmq's 100 ms retry.
	k, err := kernel.New(kernel.Config{
		Connection: conn,
		StartInterpreter: func() (kernel.Interpreter, error) {
			return magics.New(magics.Options{Version: version})
		},
		Logger:       logger,
		HandleSIGINT: true,
		HistoryFile:  historyFile(logger),
	})
	if err != nil {
		return err
	}
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	orphaned := watchParent(ctx, stop, logger)
	_, err = k.Run(ctx)
	if orphaned.Load() {
		return nil
	}
	return err
}

// watchParent ends the kernel (through stop) when the process that
// started it is gone, as ipykernel's parent poller does: Jupyter front ends
// set JPY_PARENT_PID, and a kernel whose front end was killed would
// otherwise live on as an orphan. It polls once a second.
func watchParent(ctx context.Context, stop context.CancelFunc, log *slog.Logger) *atomic.Bool {
	orphaned := new(atomic.Bool)
	env := os.Getenv("JPY_PARENT_PID")
	if env == "" {
		return orphaned
	}
	// As ipykernel on POSIX: the kernel is orphaned when its parent
	// changes. The variable's pid is trusted only to tell a starter that
	// died before this process looked (it was reparented to init at once);
	// elsewhere it may name a process of another pid namespace (a remote
	// launcher that forwards its environment).
	starter, _ := strconv.Atoi(env)
	parent := os.Getppid()
	diedEarly := parent == 1 && starter > 1
	gone := func() bool { return diedEarly || os.Getppid() != parent }
	go func() {
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
				if gone() {
					log.Info("the process that started the kernel is gone; shutting down", "JPY_PARENT_PID", env)
					orphaned.Store(true)
					stop()
					return
				}
			}
		}
	}()
	return orphaned
}

// historyEnv names the history file; "off" keeps history in memory only.
const historyEnv = "GOGIL_HISTORY"

// historyFile is where the kernel keeps cell history across restarts:
// $GOGIL_HISTORY, or gogil/history.jsonl in the Jupyter user data
// directory, beside the kernelspecs.
func historyFile(log *slog.Logger) string {
	switch path := os.Getenv(historyEnv); path {
	case "off":
		return ""
	case "":
	default:
		return path
	}
	dir, err := kernelspec.DataDir(kernelspec.Options{Scope: kernelspec.User})
	if err != nil {
		log.Warn("history is kept in memory only", "err", err)
		return ""
	}
	return filepath.Join(dir, "gogil", "history.jsonl")
}
