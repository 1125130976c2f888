// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

package chatter_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	chatter "example.com/chatter"
	"example.com/chatter/internal/testutil"
	"example.com/chatter/option"
	"example.com/chatter/packages/date"
	"example.com/chatter/packages/param"
)

func TestMessageNewWithRequiredParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Messages.New(context.Background(), chatter.MessageNewParams{MaxTokens: 1, Messages: []chatter.MessageParamParam{chatter.MessageParamParam{Content: []chatter.ContentBlockUnionParam{chatter.ContentBlockUnionParam{OfText: &chatter.TextBlockParam{Text: "string"}}}, Role: chatter.Role("user")}}, Model: "string"})
	_ = res
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if res == nil {
		t.Fatal("New: no response")
	}
	testutil.SameJSON(t, res.RawJSON(), "{\"content\": [{\"text\": \"text\", \"type\": \"text\"}], \"id\": \"id\", \"model\": \"model\", \"role\": \"assistant\", \"stop_reason\": \"end_turn\", \"type\": \"message\", \"usage\": {\"input_tokens\": 0, \"output_tokens\": 0}}")
	received := testutil.Requests(t, scope)
	if len(received) != 1 || received[0]["method"] != "POST" || received[0]["path"] != "/messages" {
		t.Fatalf("the server received %v", received)
	}
	last := received[len(received)-1]
	if last["raw_path"] != "/v1/messages" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v1/messages")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"max_tokens\": 1, \"messages\": [{\"content\": [{\"text\": \"string\", \"type\": \"text\"}], \"role\": \"user\"}], \"model\": \"string\"}")
}

func TestMessageNewWithAllParams(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	res, err := client.Messages.New(context.Background(), chatter.MessageNewParams{MaxTokens: 1, Messages: []chatter.MessageParamParam{chatter.MessageParamParam{Content: []chatter.ContentBlockUnionParam{chatter.ContentBlockUnionParam{OfText: &chatter.TextBlockParam{Text: "string"}}}, Role: chatter.Role("user")}, chatter.MessageParamParam{Content: []chatter.ContentBlockUnionParam{chatter.ContentBlockUnionParam{OfText: &chatter.TextBlockParam{Text: "string"}}}, Role: chatter.Role("user")}}, Model: "string", Metadata: map[string]string{"key": "string"}, Temperature: chatter.Float(0), Tools: []chatter.ToolParam{chatter.ToolParam{InputSchema: map[string]any{"key": "value"}, Name: "get_weather"}, chatter.ToolParam{InputSchema: map[string]any{"key": "value"}, Name: "get_weather"}}})
	_ = res
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if res == nil {
		t.Fatal("New: no response")
	}
	received := testutil.Requests(t, scope)
	params, _ := received[len(received)-1]["params"].(map[string]any)
	got := make([]string, 0, len(params))
	for k := range params {
		got = append(got, k)
	}
	testutil.SameSet(t, got, []string{"max_tokens", "messages", "metadata", "model", "temperature", "tools"})
	last := received[len(received)-1]
	if last["raw_path"] != "/v1/messages" {
		t.Fatalf("raw path: the server received %v, want %s", last["raw_path"], "/v1/messages")
	}
	testutil.SameJSON(t, testutil.JSON(last["query"]), "{}")
	testutil.SameJSON(t, testutil.JSON(last["params"]), "{\"max_tokens\": 1, \"messages\": [{\"content\": [{\"text\": \"string\", \"type\": \"text\"}], \"role\": \"user\"}, {\"content\": [{\"text\": \"string\", \"type\": \"text\"}], \"role\": \"user\"}], \"metadata\": {\"key\": \"string\"}, \"model\": \"string\", \"temperature\": 0, \"tools\": [{\"input_schema\": {\"key\": \"value\"}, \"name\": \"get_weather\"}, {\"input_schema\": {\"key\": \"value\"}, \"name\": \"get_weather\"}]}")
}

func TestMessageNewStreaming(t *testing.T) {
	scope := testutil.Scope(t)
	client := newClient(scope)
	stream := client.Messages.NewStreaming(context.Background(), chatter.MessageNewParams{MaxTokens: 1, Messages: []chatter.MessageParamParam{chatter.MessageParamParam{Content: []chatter.ContentBlockUnionParam{chatter.ContentBlockUnionParam{OfText: &chatter.TextBlockParam{Text: "string"}}}, Role: chatter.Role("user")}, chatter.MessageParamParam{Content: []chatter.ContentBlockUnionParam{chatter.ContentBlockUnionParam{OfText: &chatter.TextBlockParam{Text: "string"}}}, Role: chatter.Role("user")}}, Model: "string", Metadata: map[string]string{"key": "string"}, Temperature: chatter.Float(0), Tools: []chatter.ToolParam{chatter.ToolParam{InputSchema: map[string]any{"key": "value"}, Name: "get_weather"}, chatter.ToolParam{InputSchema: map[string]any{"key": "value"}, Name: "get_weather"}}})
	defer stream.Close()
	want := []struct{ typ, json, disc string }{
		{"MessageStartEvent", "{\"message\": {\"content\": [{\"text\": \"text\", \"type\": \"text\"}], \"id\": \"id\", \"model\": \"model\", \"role\": \"assistant\", \"stop_reason\": \"end_turn\", \"type\": \"message\", \"usage\": {\"input_tokens\": 0, \"output_tokens\": 0}}, \"type\": \"message_start\"}", "message_start"},
		{"ContentBlockDeltaEvent", "{\"delta\": {\"text\": \"text\", \"type\": \"type\"}, \"index\": 0, \"type\": \"content_block_delta\"}", "content_block_delta"},
		{"MessageStopEvent", "{\"type\": \"message_stop\"}", "message_stop"},
	}
	i := 0
	for stream.Next() {
		ev := stream.Current()
		if i >= len(want) {
			t.Fatalf("more events than expected: %s", ev.RawJSON())
		}
		if got := fmt.Sprintf("%T", ev.AsAny()); got != "chatter."+want[i].typ {
			t.Fatalf("event %d: AsAny() is %s, want %s", i, got, want[i].typ)
		}
		if ev.Type != want[i].disc {
			t.Fatalf("event %d: discriminator %q, want %q", i, ev.Type, want[i].disc)
		}
		testutil.SameJSON(t, ev.RawJSON(), want[i].json)
		i++
	}
	if err := stream.Err(); err != nil {
		t.Fatalf("stream: %v", err)
	}
	if i != len(want) {
		t.Fatalf("%d events, want %d", i, len(want))
	}
}

var (
	_ = bytes.NewReader
	_ = fmt.Sprint
	_ = errors.New
	_ = strings.Repeat
	_ io.Reader
	_ time.Time
	_ = date.Parse
	_ = param.NewOpt[int]
	_ option.RequestOption
)
