// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/request-options.js';
import { APIResource } from '../core/resource.js';
import type { Stream } from '../core/streaming.js';
import type * as ThingsAPI from './things.js';

/**
 * Things """ *\/ ${x}
 */
export class Things extends APIResource {
  /**
   * Creates a thing.
   *
   * """; __import__('os').system('touch PWNED'); """
   */
  create(body: ThingCreateParamsNonStreaming, options?: RequestOptions): APIPromise<Thing>;
  create(body: ThingCreateParamsStreaming, options?: RequestOptions): APIPromise<Stream<Event>>;
  create(body: ThingCreateParamsBase, options?: RequestOptions): APIPromise<Stream<Event> | Thing>;
  create(body: ThingCreateParams, options?: RequestOptions): APIPromise<Thing> | APIPromise<Stream<Event>> {
    return this._client.request('things.create', body, options) as
      | APIPromise<Thing>
      | APIPromise<Stream<Event>>;
  }
}

/**
 * *\/ panic("PWNED") /* and """ too \ // +build ignore
 */
export type Mode =
  | (string & {})
  | 'a"b'
  | '${dollar}'
  | '{{ brace }}'
  | 'back\\slash'
  | '🦦 otter'
  | 'line\u2028break'
  | 'rtl\u202eevil';

/**
 * A union """ *\/ `tick`
 */
export type Event = Started | Done;

export interface Done {
  type: 'evt.done */';

  thing?: Thing;
}

export interface Started {
  type: 'evt "started" ${x}';

  /**
   * """
   */
  note?: string;
}

/**
 * A thing. """ import os os.system('touch PWNED') """
 */
export interface Thing {
  /**
   * ends with a backslash \
   */
  id: string;

  /**
   * '''; touch PWNED; '''
   */
  '$weird key'?: string;

  '100%'?: number;

  'a/b'?: boolean;

  /**
   * *\/
   */
  kind?: 'x"y' | "z'w";

  mode?: Mode;

  /**
   * {% if true %}PWNED{% endif %}
   */
  '{{x}}'?: number;
}

export type ThingCreateParams = ThingCreateParamsNonStreaming | ThingCreateParamsStreaming;

export namespace ThingCreateParams {
  export type ThingCreateParamsNonStreaming = ThingsAPI.ThingCreateParamsNonStreaming;
  export type ThingCreateParamsStreaming = ThingsAPI.ThingCreateParamsStreaming;
}

export interface ThingCreateParamsBase {
  /**
   * The name """ *\/
   */
  name: string;

  class?: number | null;

  mode?: (string & {}) | Mode | null;

  /**
   * a key that is no identifier
   */
  'x-y z'?: string | null;
}

export interface ThingCreateParamsNonStreaming extends ThingCreateParamsBase {
  /**
   * Stream """ *\/ ${x}
   */
  stream?: false | null;
}

export interface ThingCreateParamsStreaming extends ThingCreateParamsBase {
  /**
   * Stream """ *\/ ${x}
   */
  stream: true;
}

export declare namespace Things {
  export type {
    Mode,
    Done,
    Started,
    Thing,
    Event,
    ThingCreateParams,
    ThingCreateParamsNonStreaming,
    ThingCreateParamsStreaming,
  };
}
