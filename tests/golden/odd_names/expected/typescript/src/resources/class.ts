// File generated from spec.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions } from '../core/request-options.js';
import { APIResource } from '../core/resource.js';
import type { Stream } from '../core/streaming.js';
import type { Uploadable } from '../core/uploads.js';
import type * as ClassAPI from './class.js';

export class Class extends APIResource {
  del(body: KlassDelParams, options?: RequestOptions): APIPromise<Class_2> {
    return this._client.request('class.del', body, options);
  }

  import(body: KlassImportParams_2NonStreaming, options?: RequestOptions): APIPromise<Class_2>;
  import(body: KlassImportParams_2Streaming, options?: RequestOptions): APIPromise<Stream<Either>>;
  import(body: KlassImportParams_2Base, options?: RequestOptions): APIPromise<Stream<Either> | Class_2>;
  import(
    body: KlassImportParams_2,
    options?: RequestOptions,
  ): APIPromise<Class_2> | APIPromise<Stream<Either>> {
    return this._client.request('class.import', body, options) as
      | APIPromise<Class_2>
      | APIPromise<Stream<Either>>;
  }
}

/**
 * An enum named like a Python constant.
 */
export type None = '1024x1024' | 'auto' | 'a-b' | 'a_b' | 'None' | 'true' | 'class';

export type Type = (string & {}) | 'from' | 'import';

export type Either = FooBar | Foo_Bar | AnyOne;

export interface AnyOne {
  x: 'any';
}

export interface FooBar {
  x: 'foo-bar';
}

export interface Foo_Bar {
  x: 'foo_bar';
}

/**
 * A model named after a keyword.
 */
export interface Class_2 {
  class: string;

  '1st_place'?: boolean;

  Literal?: string;

  None?: None;

  /**
   * camelCase wire name; "quotes" and a \backslash in the doc
   */
  fooBar?: string;

  /**
   * collides with fooBar after snake_case
   */
  foo_bar?: string;

  from?: number;

  /**
   * shadows a pydantic method
   */
  json?: string;

  model_config?: string;

  self?: string;

  type?: Type;
}

export interface KlassDelParams {
  file: Uploadable;

  lambda?: string | null;
}

export type KlassImportParams_2 = KlassImportParams_2NonStreaming | KlassImportParams_2Streaming;

export namespace KlassImportParams_2 {
  export type KlassImportParams_2NonStreaming = ClassAPI.KlassImportParams_2NonStreaming;
  export type KlassImportParams_2Streaming = ClassAPI.KlassImportParams_2Streaming;
}

export interface KlassImportParams_2Base {
  from: string;

  '1st'?: number | null;

  class?: None | null;

  extra_headers?: string | null;

  timeout?: number | null;

  type?: (string & {}) | Type | null;
}

export interface KlassImportParams_2NonStreaming extends KlassImportParams_2Base {
  stream?: false | null;
}

export interface KlassImportParams_2Streaming extends KlassImportParams_2Base {
  stream: true;
}

export declare namespace Class {
  export type {
    None,
    Type,
    AnyOne,
    FooBar,
    Foo_Bar,
    Class_2,
    Either,
    KlassDelParams,
    KlassImportParams_2,
    KlassImportParams_2NonStreaming,
    KlassImportParams_2Streaming,
  };
}
