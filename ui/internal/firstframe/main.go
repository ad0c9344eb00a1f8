// Command firstframe measures how long a GUI program takes to paint its
// first frame: it starts the program, finds its window by name with
// xdotool, and then dumps the window with xwd every couple of
// milliseconds until the picture is no longer of one colour (a mapped but
// unpainted window is). ui/firstframe.sh runs it in pairs, Balansplan
// against a Fyne hello world.
//
//	firstframe -name TITLE -- PROGRAM ARGS...
//
// It prints the milliseconds from start to the window being mapped and to
// its first painted frame, "mapped=123 painted=456", and kills the
// program. Needs DISPLAY, xdotool and xwd.
package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"
)

func main() {
	name := flag.String("name", "", "a word of the window title to wait for")
	poll := flag.Duration("poll", 2*time.Millisecond, "pause between two looks at the window")
	timeout := flag.Duration("timeout", 30*time.Second, "give up after this long")
	logFile := flag.String("log", "", "write the program's output to this file")
	flag.Parse()
	if *name == "" || flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: firstframe -name TITLE -- PROGRAM ARGS...")
		os.Exit(2)
	}
	var log *os.File
	if *logFile != "" {
		f, err := os.Create(*logFile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "firstframe:", err)
			os.Exit(1)
		}
		defer f.Close()
		log = f
	}
	mapped, painted, err := measure(*name, *poll, *timeout, flag.Args(), log)
	if err != nil {
		fmt.Fprintln(os.Stderr, "firstframe:", err)
		os.Exit(1)
	}
	fmt.Printf("mapped=%d painted=%d\n", mapped.Milliseconds(), painted.Milliseconds())
}

func measure(name string, poll, timeout time.Duration, args []string, log *os.File) (mapped, painted time.Duration, err error) {
	cmd := exec.Command(args[0], args[1:]...)
	if log != nil {
		cmd.Stdout, cmd.Stderr = log, log
	}
	t0 := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, 0, err
	}
	defer func() {
		// SIGTERM first, so that Balansplan closes its plan file (a
		// SIGKILL would leave SQLite's -wal beside it for the next start).
		cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(3 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	}()
	var wid string
	for wid == "" {
		if time.Since(t0) > timeout {
			return 0, 0, errors.New("no window named " + name)
		}
		out, _ := exec.Command("xdotool", "search", "--onlyvisible", "--name", name).Output()
		if f := strings.Fields(string(out)); len(f) > 0 {
			wid = f[0]
			break
		}
		time.Sleep(poll)
	}
	mapped = time.Since(t0)
	for {
		if time.Since(t0) > timeout {
			return mapped, 0, errors.New("the window stayed blank")
		}
		out, err := exec.Command("xwd", "-silent", "-id", wid).Output()
		if err == nil && !oneColour(out) {
			return mapped, time.Since(t0), nil
		}
		time.Sleep(poll)
	}
}

// oneColour reports whether the XWD dump shows a single colour: a window
// that is mapped but not painted yet. A dump it cannot read counts as
// blank.
func oneColour(xwd []byte) bool {
	if len(xwd) < 100 {
		return true
	}
	be := binary.BigEndian
	header := be.Uint32(xwd[0:])
	bpp := be.Uint32(xwd[44:]) // bits per pixel
	ncolors := be.Uint32(xwd[76:])
	start := int(header) + int(ncolors)*12
	if bpp < 8 || start >= len(xwd) {
		return true
	}
	px := xwd[start:]
	step := int(bpp / 8)
	first := px[:step]
	for i := step; i+step <= len(px); i += step {
		// The padding byte of 32-bit pixels is not a colour.
		if !bytes.Equal(px[i:i+min(step, 3)], first[:min(step, 3)]) {
			return false
		}
	}
	return true
}
