// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package ssestream

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"testing/iotest"
)

const stream = ": a comment\r\n" +
	"event: partial\r\n" +
	"id: 7\r\n" +
	"retry: 1500\r\n" +
	"data: {\"a\":\r\n" +
	"data: 1}\r\n" +
	"\r\n" +
	"data:no-space\n\n" +
	"event: x\rdata: cr-only\r\r" +
	"data: [DONE]\n\n"

type got struct {
	typ, data, id string
	retry         int
}

var want = []got{
	{"partial", "{\"a\":\n1}", "7", 1500},
	{"", "no-space", "7", 1500},
	{"x", "cr-only", "7", 1500},
	{"", "[DONE]", "7", 1500},
}

func decodeAll(t *testing.T, d *Decoder) ([]got, error) {
	t.Helper()
	var out []got
	for {
		ev, ok, err := d.Next()
		if err != nil || !ok {
			return out, err
		}
		out = append(out, got{ev.Type, string(ev.Data), ev.ID, ev.Retry})
	}
}

func TestFieldsCommentsAndLineEnds(t *testing.T) {
	for name, r := range map[string]func() *Decoder{
		"whole":    func() *Decoder { return NewDecoder(strings.NewReader(stream)) },
		"one byte": func() *Decoder { return NewDecoder(iotest.OneByteReader(strings.NewReader(stream))) },
		"half":     func() *Decoder { return NewDecoder(iotest.HalfReader(strings.NewReader(stream))) },
	} {
		events, err := decodeAll(t, r())
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(events) != len(want) {
			t.Fatalf("%s: %d events %v", name, len(events), events)
		}
		for i := range want {
			if events[i] != want[i] {
				t.Fatalf("%s: event %d = %+v, want %+v", name, i, events[i], want[i])
			}
		}
	}
}

func TestLinesLongerThanTheOfficialCap(t *testing.T) {
	payload := bytes.Repeat([]byte("x"), 40<<20) // 40 MiB: more than a 32 MiB line cap
	body := append(append([]byte("data: "), payload...), "\n\n"...)
	events, err := decodeAll(t, NewDecoder(bytes.NewReader(body)))
	if err != nil || len(events) != 1 || len(events[0].data) != len(payload) {
		t.Fatalf("err %v, %d events", err, len(events))
	}
}

func TestCutMidEvent(t *testing.T) {
	for _, body := range []string{"data: {\"a\": 1}\n", "event: x\ndata: {\"a\"", "data: 1\n\ndata: 2"} {
		_, err := decodeAll(t, NewDecoder(strings.NewReader(body)))
		if !errors.Is(err, ErrIncomplete) {
			t.Fatalf("%q: want ErrIncomplete, got %v", body, err)
		}
	}
	if _, err := decodeAll(t, NewDecoder(strings.NewReader("data: 1\n\n: trailing comment\n"))); err != nil {
		t.Fatalf("a complete stream: %v", err)
	}
}
