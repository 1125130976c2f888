// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Package apiform encodes params as multipart/form-data: one file as "name", a list of files as
// repeated "name[]" parts. Each file's filename and content type come from the reader when it has
// them (chatter.File, *os.File), else from its magic bytes; PNG, JPEG and WEBP are never sent as
// application/octet-stream.
package apiform

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/textproto"
	"net/url"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

// Named is a reader that knows its file name (*os.File does).
type Named interface{ Name() string }

// Typed is a reader that knows its content type.
type Typed interface{ ContentType() string }

// Filenamed is a reader that knows the file name to send.
type Filenamed interface{ Filename() string }

// Sniff returns the image type of a file's first bytes, or "".
func Sniff(head []byte) string {
	switch {
	case bytes.HasPrefix(head, []byte("\x89PNG\r\n\x1a\n")):
		return "image/png"
	case bytes.HasPrefix(head, []byte("\xff\xd8\xff")):
		return "image/jpeg"
	case len(head) >= 12 && string(head[:4]) == "RIFF" && string(head[8:12]) == "WEBP":
		return "image/webp"
	case bytes.HasPrefix(head, []byte("GIF87a")), bytes.HasPrefix(head, []byte("GIF89a")):
		return "image/gif"
	}
	return ""
}

var extensions = map[string]string{"image/png": ".png", "image/jpeg": ".jpg", "image/webp": ".webp", "image/gif": ".gif"}

// Raw reads a file to send as a whole request body, with its content type (as for a part).
func Raw(r io.Reader) ([]byte, string, error) {
	filename, contentType, br := describe(r)
	if contentType == "" && filename != "" {
		contentType = mime.TypeByExtension(filepath.Ext(filename))
	}
	if contentType == "" {
		contentType = "application/octet-stream"
	}
	body, err := io.ReadAll(br)
	return body, contentType, err
}

// Form encodes params as application/x-www-form-urlencoded: lists as repeated keys, sorted by name.
func Form(params map[string]any) string {
	values := url.Values{}
	for name, v := range params {
		items, ok := v.([]string)
		if !ok {
			if rv := reflect.ValueOf(v); rv.Kind() == reflect.Slice {
				for i := 0; i < rv.Len(); i++ {
					s, _ := text(rv.Index(i).Interface())
					values.Add(name, s)
				}
				continue
			}
			s, _ := text(v)
			items = []string{s}
		}
		for _, item := range items {
			values.Add(name, item)
		}
	}
	return values.Encode()
}

// describe is what a reader says of itself (file name, content type, else sniffed from its bytes).
func describe(r io.Reader) (string, string, *bufio.Reader) {
	filename, contentType := "", ""
	if f, ok := r.(Filenamed); ok {
		filename = f.Filename()
	} else if n, ok := r.(Named); ok {
		filename = filepath.Base(n.Name())
	}
	if t, ok := r.(Typed); ok {
		contentType = t.ContentType()
	}
	br := bufio.NewReaderSize(r, 512)
	if contentType == "" {
		head, _ := br.Peek(16)
		contentType = Sniff(head)
	}
	return filename, contentType, br
}

func writeFile(w *multipart.Writer, field string, r io.Reader) error {
	filename, contentType, br := describe(r)
	if contentType == "" && filename != "" {
		contentType = mime.TypeByExtension(filepath.Ext(filename))
	}
	if contentType == "" {
		contentType = "application/octet-stream"
	}
	if filename == "" {
		base := strings.TrimSuffix(field, "[]")
		filename = base + extensions[contentType]
	}
	h := make(textproto.MIMEHeader)
	h.Set("Content-Disposition", fmt.Sprintf(`form-data; name=%q; filename=%q`, field, filename))
	h.Set("Content-Type", contentType)
	part, err := w.CreatePart(h)
	if err != nil {
		return err
	}
	_, err = io.Copy(part, br)
	return err
}

func text(v any) (string, bool) {
	switch t := v.(type) {
	case string:
		return t, true
	case bool:
		return strconv.FormatBool(t), true
	case int64:
		return strconv.FormatInt(t, 10), true
	case int:
		return strconv.Itoa(t), true
	case float64:
		return strconv.FormatFloat(t, 'g', -1, 64), true
	}
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.String { // an enum type
		return rv.String(), true
	}
	return "", false
}

// Encode writes params (wire name -> value) as a multipart body; returns the content type.
func Encode(params map[string]any, buf *bytes.Buffer) (string, error) {
	w := multipart.NewWriter(buf)
	names := make([]string, 0, len(params))
	for name := range params {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		var err error
		switch v := params[name].(type) {
		case io.Reader:
			err = writeFile(w, name, v)
		case []io.Reader:
			for _, r := range v {
				if err = writeFile(w, name+"[]", r); err != nil {
					break
				}
			}
		case []string:
			for _, s := range v {
				if err = w.WriteField(name+"[]", s); err != nil {
					break
				}
			}
		default:
			s, ok := text(v)
			if !ok {
				return "", fmt.Errorf("param %q: cannot send %T in a form", name, v)
			}
			err = w.WriteField(name, s)
		}
		if err != nil {
			return "", fmt.Errorf("param %q: %w", name, err)
		}
	}
	if err := w.Close(); err != nil {
		return "", err
	}
	return w.FormDataContentType(), nil
}
