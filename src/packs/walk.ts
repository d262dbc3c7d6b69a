// Walks a value against the declarative spec: collects every error with its path, returns a clean copy.
import { runCheck } from './checks';
import type { Field, Spec } from './spec';

/** Keys that could reach an object's prototype when a careless consumer copies the pack. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface Sink {
  add(path: string, message: string): void;
}

/** `events[3].respondsTo`; a key that is not a plain name is quoted: `entities[0][" "]`. */
export const join = (path: string, key: string | number): string =>
  typeof key === 'number'
    ? `${path}[${key}]`
    : !/^[A-Za-z_$][\w$]*$/.test(key)
      ? `${path}[${JSON.stringify(key)}]`
      : path
        ? `${path}.${key}`
        : key;

const typeName = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v);

const patterns = new Map<string, RegExp>();
const regex = (source: string): RegExp => {
  let re = patterns.get(source);
  if (!re) patterns.set(source, (re = new RegExp(source)));
  return re;
};

const quoteShort = (s: string): string => (s.length > 40 ? `'${s.slice(0, 40)}…'` : `'${s}'`);

function walkString(spec: Extract<Spec, { kind: 'string' }>, v: unknown, path: string, sink: Sink): unknown {
  if (typeof v !== 'string') return void sink.add(path, `expected text, got ${typeName(v)}`);
  if (v.length < (spec.min ?? 0)) return void sink.add(path, 'must not be empty');
  if (v.length > spec.max) return void sink.add(path, `too long: ${v.length} characters, at most ${spec.max}`);
  if (spec.oneOf && !spec.oneOf.includes(v)) {
    return void sink.add(path, `${quoteShort(v)} is not one of ${spec.oneOf.join(', ')}`);
  }
  if (spec.pattern && !regex(spec.pattern).test(v)) {
    return void sink.add(path, `${quoteShort(v)} is not ${spec.hint ?? `matching ${spec.pattern}`}`);
  }
  const bad = spec.check ? runCheck(spec.check, v) : null;
  return bad ? void sink.add(path, bad) : v;
}

function walkArray(spec: Extract<Spec, { kind: 'array' }>, v: unknown, path: string, sink: Sink): unknown {
  if (!Array.isArray(v)) return void sink.add(path, `expected a list, got ${typeName(v)}`);
  if (v.length > spec.max) return void sink.add(path, `too many items: ${v.length}, at most ${spec.max}`);
  if (v.length < (spec.min ?? 0)) return void sink.add(path, `needs at least ${spec.min} item(s)`);
  const out: unknown[] = [];
  let ok = true;
  for (let i = 0; i < v.length; i++) {
    const item = walk(spec.items, v[i], join(path, i), sink);
    if (item === undefined) ok = false;
    out.push(item);
  }
  return ok ? out : undefined;
}

function walkObject(props: Readonly<Record<string, Field>>, v: unknown, path: string, sink: Sink): unknown {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    return void sink.add(path, `expected an object, got ${typeName(v)}`);
  }
  const rec = v as Record<string, unknown>;
  let ok = true;
  for (const key of Object.keys(rec)) {
    if (FORBIDDEN_KEYS.has(key)) sink.add(join(path, key), `the key '${key}' is not allowed`);
    else if (!Object.hasOwn(props, key)) sink.add(join(path, key), `unknown property '${key}'`);
    else continue;
    ok = false;
  }
  // A clean object, built in canonical key order, with nothing but own data properties we know.
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(props)) {
    if (!Object.hasOwn(rec, key) || rec[key] === undefined) {
      if (field.required) {
        sink.add(join(path, key), 'is required');
        ok = false;
      }
      continue;
    }
    const value = walk(field.spec, rec[key], join(path, key), sink);
    if (value === undefined) ok = false;
    else out[key] = value;
  }
  return ok ? out : undefined;
}

/** The checked copy of `v`, or undefined after adding at least one error to the sink. */
export function walk(spec: Spec, v: unknown, path: string, sink: Sink): unknown {
  switch (spec.kind) {
    case 'const':
      return v === spec.value ? v : void sink.add(path, `must be '${spec.value}'`);
    case 'string':
      return walkString(spec, v, path, sink);
    case 'array':
      return walkArray(spec, v, path, sink);
    case 'object':
      return walkObject(spec.props, v, path, sink);
  }
}
