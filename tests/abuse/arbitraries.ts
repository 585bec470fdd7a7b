import fc from 'fast-check';
import { POLLUTION_MARK } from './hostile-client.js';

/** The server's body limit (server/http/app.ts). */
export const BODY_LIMIT_BYTES = 64 * 1024;

/**
 * Characters that commonly break text handling: NUL, bidi overrides and marks, lone and reversed
 * surrogates, a BOM, line and paragraph separators, emoji with joiners, full-width forms.
 */
const ODD_CHARACTERS = [
  '\u0000', '\u0001', '\u007f', '\u0085', '\u00a0', '\u200b', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069',
  '\u2028', '\u2029', '\ufeff', '\ufffd', '\uffff', '\ud800', '\udbff', '\udc00', '\udfff', '\udc00\ud800',
  '😀', '👩‍⚕️', '🏳️‍🌈', 'ｅ', 'ﷺ', '𝕏', 'ع', 'עברית', 'é', 'e\u0301', '\\', '"', "'", '<', '>', '&', '%', '/', '\n', '\r', '\t',
];

const oddUnit = fc.oneof(fc.constantFrom(...ODD_CHARACTERS), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));

/** Strings a patient, a broken client or an attacker might send. */
export const oddText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: oddUnit, maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '', ' ', '__proto__', 'constructor', 'prototype', 'null', 'undefined', 'NaN', '../../../etc/passwd', '%00', '%2e%2e%2f',
    '${7*7}', '{{clinic.phone}}', '<script>alert(1)</script>', "'; DROP TABLE activities; --", 'a'.repeat(5_000),
    'call me back', 'yes', 'cancel', '\u0000'.repeat(16),
  ),
);

/** Where a schema asks for at least one character. */
export const someOddText = oddText.filter((text) => text !== '');

/** Any JSON value, its strings and keys drawn from the odd characters too. */
export const oddJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.jsonValue({ maxDepth: 3, stringUnit: oddUnit }),
);

/** Header values node:http lets through: visible Latin-1, no control characters. */
export const headerText: fc.Arbitrary<string> = fc.string({
  unit: fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0xa0, max: 0xff })).map((c) => String.fromCharCode(c)),
  maxLength: 60,
});

/** Every byte of the string's UTF-8 percent-encoded, so any text fits in a URL (a lone surrogate as U+FFFD, as UTF-8 has it). */
export function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
}

/** A path segment or query value: odd text encoded, raw bytes that are not UTF-8, or routing tricks. */
export const urlPart: fc.Arbitrary<string> = fc.oneof(
  oddText.map(percentEncode),
  oddText.map((t) => encodeURIComponent(t.replace(/[\ud800-\udfff]/g, ''))),
  fc.uint8Array({ minLength: 1, maxLength: 12 }).map((bytes) => [...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')),
  fc.constantFrom('..', '%2e%2e', '.', '%2f', '%252f', '%00', 'x'.repeat(101), '*', '~', '%', '%zz', '%c0%ae', '__proto__', 'constructor'),
);

/** Body texts that are not JSON, or not quite. */
const MALFORMED_JSON = [
  '', ' ', '{', '[', '}', '{"type":"message",}', "{'type':'message'}", '{"type":"message"', '{"type":"message"}}', 'NaN', 'undefined',
  '{"type":"message","text":"\\x41"}', '{"type":"message","text":"\\u12"}', '{"a":1}{"b":2}', '\ufeff{"type":"message","text":"hi"}',
  '1e999999', '-', '"\\ud800"', '{"type":"message","text":"\u0000"}', 'null', 'true', '[]', '0', '{"type":"message","text":"hi" // comment}',
];

/** Objects that try to reach Object.prototype, plainly and with the key escaped. */
const POLLUTING_JSON = [
  `{"type":"message","text":"hi","__proto__":{"${POLLUTION_MARK}":true}}`,
  `{"type":"message","text":"hi","\\u005f\\u005fproto\\u005f\\u005f":{"${POLLUTION_MARK}":true}}`,
  `{"type":"message","text":"hi","constructor":{"prototype":{"${POLLUTION_MARK}":true}}}`,
  `{"type":"message","text":"hi","channelData":{"__proto__":{"${POLLUTION_MARK}":true}}}`,
  `{"type":"message","text":"hi","from":{"id":"x","constructor":{"prototype":{"${POLLUTION_MARK}":true}}}}`,
  `{"user":{"id":"x","__proto__":{"${POLLUTION_MARK}":true}}}`,
  `{"password":"x","__proto__":{"${POLLUTION_MARK}":true}}`,
  `{"status":"closed","__proto__":{"status":"closed","${POLLUTION_MARK}":true}}`,
  `[{"__proto__":{"${POLLUTION_MARK}":1}}]`,
  `{"type":"message","conversation":{"id":"c"},"__proto__":{"${POLLUTION_MARK}":true}}`,
];

/** Arrays or objects nested `depth` levels deep, optionally inside an otherwise valid body. */
function nested(depth: number, objects: boolean): string {
  return objects ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

const deepJson = fc.record({
  // Around the server's limit of 64 as often as far beyond it, up to what fits in 64 KB.
  depth: fc.oneof(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 80, max: 30_000 })),
  objects: fc.boolean(),
  where: fc.constantFrom('top', 'channelData', 'text', 'user', 'value'),
}).map(({ depth, objects, where }) => {
  const deep = nested(depth, objects);
  switch (where) {
    case 'top': return deep;
    case 'user': return `{"user":{"id":"x","name":${deep}},"password":${deep},"status":${deep}}`;
    default: return `{"type":"message","text":"hi","${where}":${deep}}`;
  }
});

const hugeJson = fc.record({
  size: fc.oneof(fc.integer({ min: BODY_LIMIT_BYTES - 200, max: BODY_LIMIT_BYTES + 200 }), fc.integer({ min: BODY_LIMIT_BYTES, max: 4 * BODY_LIMIT_BYTES })),
  junk: fc.boolean(),
}).map(({ size, junk }) => (junk ? 'z'.repeat(size) : `{"type":"message","text":"${'x'.repeat(Math.max(0, size - 30))}"}`));

/** Valid JSON text cut off anywhere. */
const truncatedJson = fc.tuple(oddJson, fc.nat()).map(([value, at]) => {
  const text = JSON.stringify(value) ?? 'null';
  return text.slice(0, at % Math.max(1, text.length));
});

/** The same body with some bytes replaced by ones that are never valid UTF-8. */
const invalidUtf8 = fc.tuple(fc.constantFrom('{"type":"message","text":"hi"}', '{"password":"pw"}', '{"status":"closed","note":"n"}'), fc.nat(), fc.constantFrom(0xff, 0xc0, 0xed, 0x80))
  .map(([text, at, byte]) => {
    const bytes = Buffer.from(text);
    bytes[at % bytes.length] = byte;
    return new Uint8Array(bytes);
  });

/** Bodies of every hostile kind; `wellFormed` adds the route's own shapes, with wrong types in their fields. */
export function hostileBody(wellFormed: fc.Arbitrary<unknown>): fc.Arbitrary<string | Uint8Array> {
  return fc.oneof(
    { arbitrary: wellFormed.map((v) => JSON.stringify(v) ?? 'null'), weight: 8 },
    { arbitrary: oddJson.map((v) => JSON.stringify(v) ?? 'null'), weight: 2 },
    { arbitrary: fc.constantFrom(...MALFORMED_JSON), weight: 2 },
    { arbitrary: truncatedJson, weight: 1 },
    { arbitrary: fc.constantFrom(...POLLUTING_JSON), weight: 2 },
    { arbitrary: deepJson, weight: 2 },
    { arbitrary: hugeJson, weight: 1 },
    { arbitrary: invalidUtf8, weight: 1 },
    { arbitrary: fc.string({ unit: oddUnit, maxLength: 100 }), weight: 1 },
  );
}

/** Mostly JSON, since only JSON reaches the routes; the rest must be refused at the door. */
export const contentType: fc.Arbitrary<string | undefined> = fc.oneof(
  { arbitrary: fc.constant('application/json'), weight: 6 },
  {
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-8', 'APPLICATION/JSON', 'application/json; charset=utf-16', 'application/json;charset=latin1',
      'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/json, text/plain',
      'application/jsonx', '', undefined,
    ),
    weight: 2,
  },
);

/** Plausible three times in four, so most cases get past the first check and reach the code behind it. */
export function mostly<T>(plausible: fc.Arbitrary<T>, hostile: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ arbitrary: plausible, weight: 3 }, { arbitrary: hostile, weight: 1 });
}

/** Up to two more activity fields, any JSON at all in them. */
const strayActivityFields = fc.dictionary(
  fc.constantFrom('value', 'name', 'attachments', 'entities', 'locale', 'textFormat', 'id', 'replyToId', 'timestamp', 'conversation', 'recipient', 'membersAdded', 'relatesTo', 'deliveryMode', 'serviceUrl', 'channelId'),
  oddJson, { maxKeys: 2 },
);

/** A Direct Line activity as a client posts it: mostly a message with odd text, sometimes anything. */
export const activityShape: fc.Arbitrary<unknown> = fc.tuple(
  fc.record({
    type: mostly(fc.constantFrom('message', 'message', 'message', 'event', 'typing'), fc.oneof(fc.constantFrom('invoke', 'conversationUpdate', 'deleteUserData', '', 'MESSAGE'), oddJson)),
    text: mostly(oddText, oddJson),
    from: mostly(fc.record({ id: oddText, name: oddText }, { requiredKeys: [] }), oddJson),
    channelData: mostly(fc.record({ clientActivityID: oddText, clientTimestamp: oddText }, { requiredKeys: [] }), oddJson),
  }, { requiredKeys: ['type'] }),
  strayActivityFields,
).map(([activity, stray]) => ({ ...activity, ...stray }));
