// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package apiform

import (
	"bytes"
	"io"
	"mime"
	"mime/multipart"
	"os"
	"path/filepath"
	"testing"
)

type named struct {
	io.Reader
	name, contentType string
}

func (n named) Filename() string    { return n.name }
func (n named) ContentType() string { return n.contentType }

var (
	png  = []byte("\x89PNG\r\n\x1a\n0000000000")
	jpeg = []byte("\xff\xd8\xff\xe00000000000")
	webp = []byte("RIFF\x00\x00\x00\x00WEBPVP8 0000")
)

func parts(t *testing.T, params map[string]any) []*multipart.Part {
	t.Helper()
	var buf bytes.Buffer
	contentType, err := Encode(params, &buf)
	if err != nil {
		t.Fatal(err)
	}
	_, p, _ := mime.ParseMediaType(contentType)
	r := multipart.NewReader(&buf, p["boundary"])
	var out []*multipart.Part
	for {
		part, err := r.NextPart()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, part)
	}
}

func TestOneFileListsOfFilesAndFields(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "photo.jpeg")
	if err := os.WriteFile(path, jpeg, 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got := parts(t, map[string]any{
		"image":  []io.Reader{bytes.NewReader(png), bytes.NewReader(webp), f},
		"mask":   named{bytes.NewReader([]byte("not an image")), "m.png", "image/png"},
		"n":      int64(2),
		"stream": true,
		"prompt": "hat",
	})
	type row struct{ form, file, ctype string }
	want := []row{
		{"image[]", "image.png", "image/png"},
		{"image[]", "image.webp", "image/webp"},
		{"image[]", "photo.jpeg", "image/jpeg"},
		{"mask", "m.png", "image/png"},
		{"n", "", ""},
		{"prompt", "", ""},
		{"stream", "", ""},
	}
	if len(got) != len(want) {
		t.Fatalf("%d parts", len(got))
	}
	for i, p := range got {
		ctype := ""
		if p.FileName() != "" {
			ctype = p.Header.Get("Content-Type")
		}
		if (row{p.FormName(), p.FileName(), ctype}) != want[i] {
			t.Fatalf("part %d = %v %v %v, want %v", i, p.FormName(), p.FileName(), ctype, want[i])
		}
	}
}

func TestSingleFileIsNotAList(t *testing.T) {
	got := parts(t, map[string]any{"image": bytes.NewReader(png)})
	if len(got) != 1 || got[0].FormName() != "image" || got[0].Header.Get("Content-Type") != "image/png" {
		t.Fatalf("got %v", got[0].Header)
	}
}
