package store

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"balansplan/model"
)

// A file this user may not read gets its own message, not the read-only
// one, whose advice (check, export) is exactly what just failed.
func TestAnUnreadableFileSaysNoPermissionToRead(t *testing.T) {
	t.Parallel()
	err := readErr("/map/plan.balans", "open", &fs.PathError{Op: "open", Path: "/map/plan.balans", Err: syscall.EACCES})
	if fileReason(err) != ReasonNoPermission {
		t.Fatalf("reason %q, want no_permission", fileReason(err))
	}
	var fe *FileError
	errors.As(err, &fe)
	want := model.Text{
		NL: `Je hebt geen toestemming om het bestand "plan.balans" te lezen. Vraag de eigenaar van het bestand of de beheerder om leesrechten, of open een kopie die je wel mag lezen.`,
		EN: `You have no permission to read the file "plan.balans". Ask the file's owner or the administrator for read access, or open a copy you may read.`,
	}
	if got := (model.Text{NL: fe.Message(model.NL), EN: fe.Message(model.EN)}); got != want {
		t.Errorf("message %+v", got)
	}
	// Other failures keep their reasons.
	if r := fileReason(readErr("p", "open", &fs.PathError{Err: syscall.EIO})); r != ReasonIO {
		t.Errorf("EIO: %q", r)
	}
}

const noPermissionChildEnv = "BALANSPLAN_STORE_NO_PERMISSION_CHILD"

// TestNoPermissionChild opens the file every way and prints the reasons.
func TestNoPermissionChild(t *testing.T) {
	path := os.Getenv(noPermissionChildEnv)
	if path == "" {
		t.Skip("runs only as the child process of TestAFileWithoutReadPermissionIsRefusedAsSuch")
	}
	fmt.Println(noPermissionReasons(path))
}

func noPermissionReasons(path string) string {
	var reasons []string
	_, err := Open(path)
	reasons = append(reasons, "Open="+fileReason(err))
	_, err = OpenReadOnly(path)
	reasons = append(reasons, "OpenReadOnly="+fileReason(err))
	_, err = Check(path)
	reasons = append(reasons, "Check="+fileReason(err))
	_, err = Repair(path)
	reasons = append(reasons, "Repair="+fileReason(err))
	return strings.Join(reasons, " ")
}

// Root reads any file, whatever its mode bits, so as root the test runs
// the check as user nobody (setpriv); without setpriv it is skipped.
func TestAFileWithoutReadPermissionIsRefusedAsSuch(t *testing.T) {
	t.Parallel()
	dir, err := os.MkdirTemp("", "balansplan-noperm-*")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	os.Chmod(dir, 0o755)
	path := validFile(t, dir, "geheim.balans")
	sum := sha(t, path)
	if err := os.Chmod(path, 0o000); err != nil {
		t.Fatal(err)
	}
	want := "Open=no_permission OpenReadOnly=no_permission Check=no_permission Repair=no_permission"
	var got string
	if os.Geteuid() != 0 {
		got = noPermissionReasons(path)
	} else {
		setpriv, err := exec.LookPath("setpriv")
		if err != nil {
			t.Skip("running as root, which reads any file, and setpriv is not here to run the check as another user")
		}
		// The test binary lives in a folder only root may enter: copy it.
		bin := filepath.Join(dir, "store.test")
		copyExecutable(t, os.Args[0], bin)
		cmd := exec.Command(setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", bin,
			"-test.run=^TestNoPermissionChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), noPermissionChildEnv+"="+path)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("the child as user nobody: %v\n%s", err, out)
		}
		got = strings.TrimSpace(strings.SplitN(string(out), "\n", 2)[0])
	}
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	os.Chmod(path, 0o644)
	if sha(t, path) != sum {
		t.Error("the file changed")
	}
	if names := dirNames(t, dir); strings.Join(names, ",") != "geheim.balans,store.test" && strings.Join(names, ",") != "geheim.balans" {
		t.Errorf("folder has %v", names)
	}
}

func copyExecutable(t *testing.T, src, dst string) {
	t.Helper()
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}
