// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

// Package ssestream decodes server-sent events with no line-length limit (an event's data can be
// megabytes of base64 on one line) into a typed stream.
package ssestream

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"slices"
	"strconv"
	"unicode/utf8"

	"example.com/oddnames/internal/apierror"
)

// ErrIncomplete is returned when the body ends in the middle of an event.
var ErrIncomplete = errors.New("ssestream: the stream ended in the middle of an event; the response is incomplete")

// ErrTooLarge is returned when one event is larger than the decoder's limit.
var ErrTooLarge = errors.New("ssestream: an event is larger than the limit (option.WithMaxResponseBytes)")

// Event is one server-sent event.
type Event struct {
	Type  string
	Data  []byte
	ID    string
	Retry int
}

// Decoder splits a body into events (LF, CRLF or CR line ends; comments; multi-line data).
type Decoder struct {
	// Max bounds one event's size in bytes (0: no bound).
	Max     int
	size    int
	r       io.Reader
	buf     []byte
	start   int // first byte not yet consumed
	scanned int // bytes of buf known to hold no line end
	eof     bool
	data    [][]byte
	typ     string
	id      string
	retry   int
	pending bool
}

// NewDecoder reads events from r.
func NewDecoder(r io.Reader) *Decoder { return &Decoder{r: r} }

func (d *Decoder) line() ([]byte, bool, error) {
	for {
		rest := d.buf[d.scanned:]
		if i := bytes.IndexAny(rest, "\r\n"); i >= 0 {
			end := d.scanned + i
			next := end + 1
			if d.buf[end] == '\r' {
				if next == len(d.buf) && !d.eof {
					d.scanned = end
					if err := d.fill(); err != nil {
						return nil, false, err
					}
					continue
				}
				if next < len(d.buf) && d.buf[next] == '\n' {
					next++
				}
			}
			line := d.buf[d.start:end]
			d.start, d.scanned = next, next
			return line, true, nil
		}
		d.scanned = len(d.buf)
		if d.Max > 0 && d.size+len(d.buf)-d.start > d.Max {
			return nil, false, ErrTooLarge
		}
		if d.eof {
			return nil, false, nil
		}
		if err := d.fill(); err != nil {
			return nil, false, err
		}
	}
}

func (d *Decoder) fill() error {
	if d.start > 0 && d.start == len(d.buf) {
		d.buf, d.scanned, d.start = d.buf[:0], 0, 0
	} else if d.start > len(d.buf)/2 && d.start > 1<<16 {
		n := copy(d.buf, d.buf[d.start:])
		d.buf, d.scanned, d.start = d.buf[:n], d.scanned-d.start, 0
	}
	if cap(d.buf)-len(d.buf) < 1<<15 {
		grown := make([]byte, len(d.buf), 2*cap(d.buf)+1<<16)
		copy(grown, d.buf)
		d.buf = grown
	}
	n, err := d.r.Read(d.buf[len(d.buf):cap(d.buf)])
	d.buf = d.buf[:len(d.buf)+n]
	if errors.Is(err, io.EOF) {
		d.eof = true
		return nil
	}
	return err
}

// Next returns the next event; ok is false at the end of the body.
func (d *Decoder) Next() (ev Event, ok bool, err error) {
	for {
		line, more, err := d.line()
		if err != nil {
			return Event{}, false, err
		}
		if !more {
			if d.pending || len(d.data) > 0 || d.start < len(d.buf) {
				return Event{}, false, ErrIncomplete
			}
			return Event{}, false, nil
		}
		if len(line) == 0 {
			d.pending = false
			if len(d.data) == 0 {
				d.typ = ""
				continue
			}
			ev = Event{Type: d.typ, Data: bytes.Join(d.data, []byte("\n")), ID: d.id, Retry: d.retry}
			d.data, d.typ, d.size = nil, "", 0
			return ev, true, nil
		}
		if line[0] == ':' {
			continue
		}
		field, value := line, []byte(nil)
		if i := bytes.IndexByte(line, ':'); i >= 0 {
			field, value = line[:i], line[i+1:]
			if len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
		}
		d.pending = true
		switch string(field) {
		case "data":
			d.size += len(value) + 1
			if d.Max > 0 && d.size > d.Max {
				return Event{}, false, ErrTooLarge
			}
			d.data = append(d.data, append([]byte(nil), value...))
		case "event":
			d.typ = string(value)
		case "id":
			if bytes.IndexByte(value, 0) < 0 {
				d.id = string(value)
			}
		case "retry":
			if n, err := strconv.Atoi(string(value)); err == nil {
				d.retry = n
			}
		}
	}
}

// Spec is what the spec says about an operation's events.
type Spec struct {
	Keepalive     []string                // event types skipped (keep-alives such as "ping")
	ErrorEvent    string                  // the event type whose data is an error body ("" none)
	Done          string                  // the data line that ends the stream ("" none)
	Discriminator string                  // the data's type field, identifying an event sent without an event name
	MaxEventBytes int                     // bounds one event's size (0: no bound)
	Waiting       func(bool)              // true while Next waits for an event (the client's idle timer runs)
	Wrap          func(error) error       // maps an error before Err returns it (a timeout's cause, redaction)
	Check         func([]byte, any) error // strict response validation of a decoded event (nil: none)
}

// Stream is a typed stream of events: for stream.Next() { stream.Current() }; then stream.Err().
type Stream[T any] struct {
	res     *http.Response
	done    func()
	decoder *Decoder
	spec    Spec
	cur     T
	err     error
}

// NewStream wraps a response (or the error that prevented one).
func NewStream[T any](res *http.Response, done func(), err error, spec Spec) *Stream[T] {
	s := &Stream[T]{res: res, done: done, err: err, spec: spec}
	if res != nil {
		s.decoder = NewDecoder(res.Body)
		s.decoder.Max = spec.MaxEventBytes
	}
	return s
}

// fail ends the stream with err: the SDK's *apierror.ResponseError (or what spec.Wrap makes of it).
func (s *Stream[T]) fail(reason string, err error) {
	var apiErr *apierror.Error
	if !errors.As(err, &apiErr) {
		err = apierror.NewResponseError(s.res.Request, s.res, reason, err)
	}
	if s.spec.Wrap != nil {
		err = s.spec.Wrap(err)
	}
	s.err = err
}

// kind identifies an event: its event name, else its data's discriminator.
func (s *Stream[T]) kind(ev Event) string {
	if ev.Type != "" || s.spec.Discriminator == "" {
		return ev.Type
	}
	var probe map[string]any
	_ = json.Unmarshal(ev.Data, &probe)
	kind, _ := probe[s.spec.Discriminator].(string)
	return kind
}

// Next advances to the next event, skipping keep-alives; false at the end or on an error (an
// error event ends the stream with the API's *apierror.Error).
func (s *Stream[T]) Next() bool {
	for s.err == nil && s.decoder != nil {
		if s.spec.Waiting != nil {
			s.spec.Waiting(true)
		}
		ev, ok, err := s.decoder.Next()
		if s.spec.Waiting != nil {
			s.spec.Waiting(false)
		}
		if err != nil {
			s.fail("reading the event stream", err)
			return false
		}
		if !ok || (s.spec.Done != "" && string(bytes.TrimSpace(ev.Data)) == s.spec.Done) {
			return false
		}
		if !utf8.Valid(ev.Data) {
			s.fail("an event's data is not valid UTF-8", nil)
			return false
		}
		kind := s.kind(ev)
		if slices.Contains(s.spec.Keepalive, kind) {
			continue
		}
		if (s.spec.ErrorEvent != "" && kind == s.spec.ErrorEvent) || apierror.IsError(ev.Data) {
			s.fail("", apierror.New(s.res.Request, s.res, ev.Data))
			return false
		}
		var v T
		if err := json.Unmarshal(ev.Data, &v); err != nil {
			s.fail("an event does not match the spec", err)
			return false
		}
		if s.spec.Check != nil {
			if err := s.spec.Check(ev.Data, &v); err != nil {
				s.fail("an event does not match the spec", err)
				return false
			}
		}
		s.cur = v
		return true
	}
	return false
}

// Current is the event Next moved to.
func (s *Stream[T]) Current() T { return s.cur }

// Err is the error that ended the stream, if any.
func (s *Stream[T]) Err() error { return s.err }

// Close releases the connection.
func (s *Stream[T]) Close() error {
	if s.res == nil {
		return nil
	}
	err := s.res.Body.Close()
	if s.done != nil {
		s.done()
	}
	return err
}
