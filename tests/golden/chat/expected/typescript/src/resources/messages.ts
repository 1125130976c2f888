// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/request-options.js';
import { APIResource } from '../core/resource.js';
import type { Stream } from '../core/streaming.js';
import { Batches, type BatchCreateParams, type BatchListParams } from './messages/batches.js';
import type * as MessagesAPI from './messages.js';

export class Messages extends APIResource {
  batches: Batches = new Batches(this._client);

  create(body: MessageCreateParamsNonStreaming, options?: RequestOptions): APIPromise<Message>;
  create(
    body: MessageCreateParamsStreaming,
    options?: RequestOptions,
  ): APIPromise<Stream<MessageStreamEvent>>;
  create(
    body: MessageCreateParamsBase,
    options?: RequestOptions,
  ): APIPromise<Stream<MessageStreamEvent> | Message>;
  create(
    body: MessageCreateParams,
    options?: RequestOptions,
  ): APIPromise<Message> | APIPromise<Stream<MessageStreamEvent>> {
    return this._client.request('messages.create', body, options) as
      | APIPromise<Message>
      | APIPromise<Stream<MessageStreamEvent>>;
  }
}

export type Role = 'user' | 'assistant';

export type StopReason = (string & {}) | 'end_turn' | 'max_tokens' | 'tool_use';

export type ContentBlock = TextBlock | ImageBlock | ToolUseBlock;

export type MessageStreamEvent = MessageStartEvent | ContentBlockDeltaEvent | MessageStopEvent;

export interface BatchList {
  data: Array<MessageBatch>;

  has_more: boolean;

  last_id?: string | null;
}

export interface BatchRequest {
  custom_id: string;

  params: { [key: string]: unknown };
}

export interface BatchResult {
  custom_id: string;

  result: { [key: string]: unknown };
}

export interface ContentBlockDeltaEvent {
  delta: ContentBlockDeltaEvent.Delta;

  index: number;

  type: 'content_block_delta';
}

export namespace ContentBlockDeltaEvent {
  export interface Delta {
    type: string;

    text?: string;
  }
}

export interface ImageBlock {
  source: ImageSource;

  type: 'image';
}

export interface ImageSource {
  data: string;

  media_type: 'image/png' | 'image/jpeg';

  type: 'base64';
}

export interface Message {
  content: Array<ContentBlock>;

  id: string;

  model: string;

  role: 'assistant';

  type: 'message';

  usage: Usage;

  stop_reason?: StopReason | null;
}

export interface MessageBatch {
  created_at: string;

  id: string;

  processing_status: 'in_progress' | 'canceling' | 'ended';
}

export interface MessageParam {
  content: Array<ContentBlock>;

  role: Role;
}

export interface MessageStartEvent {
  message: Message;

  type: 'message_start';
}

export interface MessageStopEvent {
  type: 'message_stop';
}

export interface TextBlock {
  text: string;

  type: 'text';
}

export interface Tool {
  input_schema: { [key: string]: unknown };

  name: string;

  description?: string;
}

export interface ToolUseBlock {
  id: string;

  input: { [key: string]: unknown };

  name: string;

  type: 'tool_use';
}

export interface Usage {
  input_tokens: number;

  output_tokens: number;
}

export type MessageCreateParams = MessageCreateParamsNonStreaming | MessageCreateParamsStreaming;

export namespace MessageCreateParams {
  export type MessageCreateParamsNonStreaming = MessagesAPI.MessageCreateParamsNonStreaming;
  export type MessageCreateParamsStreaming = MessagesAPI.MessageCreateParamsStreaming;
}

export interface MessageCreateParamsBase {
  max_tokens: number;

  messages: Array<MessageParam>;

  model: string;

  metadata?: { [key: string]: string } | null;

  temperature?: number | null;

  tools?: Array<Tool> | null;
}

export interface MessageCreateParamsNonStreaming extends MessageCreateParamsBase {
  stream?: false | null;
}

export interface MessageCreateParamsStreaming extends MessageCreateParamsBase {
  stream: true;
}

Messages.Batches = Batches;

export declare namespace Messages {
  export { Batches };
  export type { BatchCreateParams, BatchListParams };
  export type {
    Role,
    StopReason,
    BatchList,
    BatchRequest,
    BatchResult,
    ContentBlockDeltaEvent,
    ImageBlock,
    ImageSource,
    Message,
    MessageBatch,
    MessageParam,
    MessageStartEvent,
    MessageStopEvent,
    TextBlock,
    Tool,
    ToolUseBlock,
    Usage,
    ContentBlock,
    MessageStreamEvent,
    MessageCreateParams,
    MessageCreateParamsNonStreaming,
    MessageCreateParamsStreaming,
  };
}
