// File generated from images.yaml by sdkgen. DO NOT EDIT.
// Change the spec or the templates and run `make generate` instead.

import type { PaginationTable } from './config.js';
import { OpenAIError } from './error.js';

type Params = Record<string, unknown>;
type Fetch<Item> = (params: Params) => Promise<Page<Item>>;

/** The params of the request for the page after `body` (the page's JSON), or null at the end. */
export function nextPageParams(spec: PaginationTable, params: Params, body: unknown): Params | null {
  if (!isObject(body)) return null;
  const items = body[spec.items];
  if (!Array.isArray(items) || items.length === 0) return null;
  if (spec.has_more && body[spec.has_more] !== true) return null;
  if (spec.style === 'cursor') {
    const backwards = spec.before !== undefined && params[spec.before.param] != null;
    const cursor = backwards ? spec.before : spec.after;
    if (!cursor) return null;
    const item: unknown = backwards ? items[0] : items[items.length - 1];
    const value = cursor.from
      ? body[cursor.from]
      : isObject(item) && cursor.item
        ? item[cursor.item]
        : undefined;
    return value === undefined || value === null || value === ''
      ? null
      : { ...params, [cursor.param]: value };
  }
  const param = spec.param ?? '';
  const total = spec.total ? body[spec.total] : undefined;
  const current = params[param];
  if (spec.style === 'page') {
    const page = Number.isInteger(current) ? (current as number) : 1;
    return Number.isInteger(total) && page >= (total as number) ? null : { ...params, [param]: page + 1 };
  }
  const offset = (Number.isInteger(current) ? (current as number) : 0) + items.length;
  return Number.isInteger(total) && offset >= (total as number) ? null : { ...params, [param]: offset };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One page of a list: its items, the page as the API sent it, and the way to the next one. */
export class Page<Item> implements AsyncIterable<Item> {
  /** The page's JSON, as sent. */
  readonly body: Record<string, unknown>;
  readonly #items: Item[];
  readonly #next: Params | null;
  readonly #fetch: Fetch<Item>;

  constructor(body: Record<string, unknown>, items: Item[], next: Params | null, fetch: Fetch<Item>) {
    this.body = body;
    this.#items = items;
    this.#next = next;
    this.#fetch = fetch;
  }

  /** This page's items. */
  getPaginatedItems(): Item[] {
    return this.#items;
  }

  /** The params the next page's request sends (null on the last page). */
  nextPageParams(): Params | null {
    return this.#next === null ? null : { ...this.#next };
  }

  hasNextPage(): boolean {
    return this.#next !== null;
  }

  /** The next page (check hasNextPage() first). */
  async getNextPage(): Promise<Page<Item>> {
    if (this.#next === null) {
      throw new OpenAIError('There is no next page: check `.hasNextPage()` before calling `.getNextPage()`.');
    }
    return this.#fetch(this.#next);
  }

  /** This page, then every following one, each fetched when reached. */
  async *iterPages(): AsyncGenerator<Page<Item>> {
    let page: Page<Item> = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }

  /** Every item of this page and the following ones. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Item> {
    for await (const page of this.iterPages()) {
      yield* page.getPaginatedItems();
    }
  }
}

/** The first page in flight: await it for the page, or `for await` over every item of every page. */
export class PagePromise<P extends Page<Item>, Item> extends Promise<P> implements AsyncIterable<Item> {
  #page: Promise<P>;

  constructor(page: Promise<P>) {
    super((resolve) => resolve(null as unknown as P));
    this.#page = page;
  }

  static override get [Symbol.species]() {
    return Promise;
  }

  // biome-ignore lint/suspicious/noThenProperty: a Promise subclass is a thenable on purpose
  override then<R1 = P, R2 = never>(
    onfulfilled?: ((value: P) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#page.then(onfulfilled, onrejected);
  }

  override catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<P | R> {
    return this.#page.catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<P> {
    return this.#page.finally(onfinally);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item> {
    yield* await this.#page;
  }
}
