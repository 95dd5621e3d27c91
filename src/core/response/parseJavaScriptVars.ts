/**
 * Reads RequestAndCollectSMIME's responseEncoding=2 output ("Javascript
 * variable declarations (g_ccc contains the Base64 structure requested by
 * responseType; g_errorCode contains the status code)") with a small
 * tokenizer. Nothing is ever evaluated: only literals (strings, numbers,
 * true/false/null, string concatenation with `+`) become values; anything else
 * is kept as its source text and flagged as an expression.
 *
 * Accepted: `var|let|const name = literal [, name = literal];`, bare
 * `name = literal`, statements ended by `;` or a line break, // and block
 * comments, and HTML tags around the code (`<script>`), which are skipped.
 */
import { MAX_EXPRESSION_CHARS, MAX_FIELDS } from './limits';

export type JsValueKind = 'string' | 'number' | 'boolean' | 'null' | 'undefined' | 'expression';

export interface JsVar {
  readonly name: string;
  /** The literal's value, or the expression's source text (capped) when not a literal. */
  readonly value: string;
  readonly kind: JsValueKind;
}

export interface JsVarsParse {
  readonly vars: readonly JsVar[];
  /** Syntax the tokenizer skipped, in plain words with the offset. */
  readonly problems: readonly string[];
  readonly truncated: boolean;
}

const MAX_PROBLEMS = 20;
const KEYWORDS = new Set(['var', 'let', 'const']);
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

export function parseJavaScriptVars(text: string, maxVars: number = MAX_FIELDS): JsVarsParse {
  return new Tokenizer(text).run(maxVars);
}

class Tokenizer {
  private pos = 0;
  private readonly vars: JsVar[] = [];
  private readonly problems: string[] = [];
  /**
   * The last template literal that turned out not to be a plain string: from its
   * backtick to where that was found. A backtick inside that span would be read
   * the same way (same escapes from there on), so it is not re-scanned; this
   * keeps a run of escaped backticks linear.
   */
  private failedTemplate = { from: -1, to: -1 };

  constructor(private readonly text: string) {}

  run(maxVars: number): JsVarsParse {
    let truncated = false;
    while (this.skipTrivia(true)) {
      if (this.vars.length >= maxVars) {
        truncated = true;
        break;
      }
      this.statement();
    }
    return { vars: this.vars, problems: this.problems, truncated };
  }

  private problem(message: string): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(`${message} at offset ${this.pos}`);
  }

  /** One statement: `[var] name = value [, name = value] (; | newline | end)`. */
  private statement(): void {
    const start = this.pos;
    let name = this.identifier();
    if (name !== undefined && KEYWORDS.has(name)) {
      this.skipTrivia(false);
      name = this.identifier();
    }
    for (;;) {
      if (name === undefined) {
        this.problem('Expected a variable name');
        this.resync(start);
        return;
      }
      this.skipTrivia(false);
      if (
        this.text.charCodeAt(this.pos) !== 61 /* = */ ||
        this.text.charCodeAt(this.pos + 1) === 61
      ) {
        this.problem(`Expected "=" after ${name}`);
        this.resync(start);
        return;
      }
      this.pos++;
      this.skipTrivia(false);
      this.vars.push({ name, ...this.value() });
      this.skipTrivia(false);
      if (this.text.charCodeAt(this.pos) !== 44 /* , */) break;
      this.pos++;
      this.skipTrivia(true);
      name = this.identifier();
    }
    const next = this.text.charCodeAt(this.pos);
    if (next === 59 /* ; */ || next === 10 || next === 13 || Number.isNaN(next)) {
      this.pos = Math.min(this.pos + 1, this.text.length);
      return;
    }
    this.problem('Unexpected text after a value');
    this.resync(this.pos);
  }

  /** A literal, a `+` concatenation of string literals, or an expression kept as text. */
  private value(): { value: string; kind: JsValueKind } {
    const start = this.pos;
    const first = this.literal();
    if (first === undefined) return this.expression(start);
    if (first.kind !== 'string') {
      return this.atValueEnd() ? first : this.expression(start);
    }
    const pieces = [first.value];
    for (;;) {
      const save = this.pos;
      this.skipTrivia(true);
      if (this.text.charCodeAt(this.pos) !== 43 /* + */) {
        this.pos = save;
        break;
      }
      this.pos++;
      this.skipTrivia(true);
      const next = this.literal();
      if (next?.kind !== 'string') return this.expression(start);
      pieces.push(next.value);
    }
    return this.atValueEnd() ? { value: pieces.join(''), kind: 'string' } : this.expression(start);
  }

  private atValueEnd(): boolean {
    const save = this.pos;
    this.skipTrivia(false);
    const next = this.text.charCodeAt(this.pos);
    this.pos = save;
    return next === 59 || next === 44 || next === 10 || next === 13 || Number.isNaN(next);
  }

  private literal(): { value: string; kind: JsValueKind } | undefined {
    const code = this.text.charCodeAt(this.pos);
    if (code === 34 || code === 39) return this.string(code);
    if (code === 96 /* ` */) return this.template();
    const word = this.identifier();
    if (word !== undefined) {
      if (word === 'true' || word === 'false') return { value: word, kind: 'boolean' };
      if (word === 'null') return { value: word, kind: 'null' };
      if (word === 'undefined') return { value: word, kind: 'undefined' };
      return undefined;
    }
    const start = this.pos;
    while (
      this.pos < this.text.length &&
      this.pos - start < 40 &&
      isNumberChar(this.text.charCodeAt(this.pos))
    )
      this.pos++;
    const token = this.text.slice(start, this.pos);
    if (token !== '' && NUMBER.test(token)) return { value: token, kind: 'number' };
    this.pos = start;
    return undefined;
  }

  /** A quoted string with JavaScript's escapes; unterminated strings end at the line. */
  private string(quote: number): { value: string; kind: JsValueKind } {
    const parts: string[] = [];
    this.pos++;
    let chunk = this.pos;
    while (this.pos < this.text.length) {
      const code = this.text.charCodeAt(this.pos);
      if (code === quote) {
        parts.push(this.text.slice(chunk, this.pos));
        this.pos++;
        return { value: parts.join(''), kind: 'string' };
      }
      if (code === 10 || code === 13) break;
      if (code === 92 /* \ */) {
        parts.push(this.text.slice(chunk, this.pos));
        parts.push(this.escape());
        chunk = this.pos;
        continue;
      }
      this.pos++;
    }
    parts.push(this.text.slice(chunk, this.pos));
    this.problem('Unterminated string');
    return { value: parts.join(''), kind: 'string' };
  }

  /** A template literal without substitutions is a plain string; with `${` it is code. */
  private template(): { value: string; kind: JsValueKind } | undefined {
    const start = this.pos;
    if (start > this.failedTemplate.from && start < this.failedTemplate.to) return undefined;
    const parts: string[] = [];
    this.pos++;
    let chunk = this.pos;
    while (this.pos < this.text.length) {
      const code = this.text.charCodeAt(this.pos);
      if (code === 96) {
        parts.push(this.text.slice(chunk, this.pos));
        this.pos++;
        return { value: parts.join(''), kind: 'string' };
      }
      if (code === 36 /* $ */ && this.text.charCodeAt(this.pos + 1) === 123 /* { */) {
        this.failedTemplate = { from: start, to: this.pos };
        this.pos = start;
        return undefined;
      }
      if (code === 92) {
        parts.push(this.text.slice(chunk, this.pos));
        parts.push(this.escape());
        chunk = this.pos;
        continue;
      }
      this.pos++;
    }
    this.failedTemplate = { from: start, to: this.text.length };
    this.pos = start;
    return undefined;
  }

  /** At a backslash: consumes the escape and returns what it stands for. */
  private escape(): string {
    const code = this.text.charCodeAt(this.pos + 1);
    this.pos += 2;
    switch (code) {
      case 110:
        return '\n';
      case 114:
        return '\r';
      case 116:
        return '\t';
      case 98:
        return '\b';
      case 102:
        return '\f';
      case 118:
        return '\v';
      case 48:
        return '\0';
      case 13: // line continuation, CRLF or CR
        if (this.text.charCodeAt(this.pos) === 10) this.pos++;
        return '';
      case 10:
        return '';
      case 120 /* x */:
        return this.hexEscape(2);
      case 117 /* u */:
        if (this.text.charCodeAt(this.pos) === 123) return this.braceEscape();
        return this.hexEscape(4);
      default:
        if (Number.isNaN(code)) {
          this.pos = this.text.length;
          return '';
        }
        return String.fromCharCode(code);
    }
  }

  private hexEscape(digits: number): string {
    const hex = this.text.slice(this.pos, this.pos + digits);
    if (hex.length === digits && isHex(hex)) {
      this.pos += digits;
      return String.fromCharCode(parseInt(hex, 16));
    }
    this.problem('Invalid escape');
    return '';
  }

  private braceEscape(): string {
    const close = this.text.indexOf('}', this.pos);
    const hex = close < 0 ? '' : this.text.slice(this.pos + 1, close);
    if (hex.length > 0 && hex.length <= 6 && isHex(hex)) {
      const value = parseInt(hex, 16);
      if (value <= 0x10ffff) {
        this.pos = close + 1;
        return String.fromCodePoint(value);
      }
    }
    this.problem('Invalid escape');
    return '';
  }

  /** Not a literal: keep the source up to the statement's end, strings skipped whole. */
  private expression(start: number): { value: string; kind: JsValueKind } {
    this.pos = start;
    while (this.pos < this.text.length) {
      const code = this.text.charCodeAt(this.pos);
      if (code === 59 || code === 10 || code === 13) break;
      if (code === 34 || code === 39) {
        this.string(code);
        continue;
      }
      if (code === 96 && this.template() !== undefined) continue;
      this.pos++;
    }
    let source = this.text.slice(start, this.pos).trim();
    if (source.length > MAX_EXPRESSION_CHARS) source = `${source.slice(0, MAX_EXPRESSION_CHARS)}…`;
    return { value: source, kind: 'expression' };
  }

  private identifier(): string | undefined {
    const start = this.pos;
    const first = this.text.charCodeAt(this.pos);
    if (!isIdentifierStart(first)) return undefined;
    this.pos++;
    while (this.pos < this.text.length && isIdentifierPart(this.text.charCodeAt(this.pos)))
      this.pos++;
    return this.text.slice(start, this.pos);
  }

  /**
   * Skips spaces, comments and HTML tags; line breaks too when `newlines`.
   * Returns false at the end of the text.
   */
  private skipTrivia(newlines: boolean): boolean {
    const text = this.text;
    while (this.pos < text.length) {
      const code = text.charCodeAt(this.pos);
      if (code === 32 || code === 9 || code === 0xfeff || code === 0xa0) {
        this.pos++;
      } else if (code === 10 || code === 13 || (newlines && code === 59)) {
        if (!newlines) return true;
        this.pos++;
      } else if (code === 47 /* / */ && text.charCodeAt(this.pos + 1) === 47) {
        const end = text.indexOf('\n', this.pos);
        this.pos = end < 0 ? text.length : end;
      } else if (code === 47 && text.charCodeAt(this.pos + 1) === 42 /* * */) {
        const end = text.indexOf('*/', this.pos + 2);
        this.pos = end < 0 ? text.length : end + 2;
      } else if (newlines && code === 60 /* < */) {
        // <script>, </script>, <!-- -->: markup around the code, not code.
        const end = text.indexOf('>', this.pos);
        this.pos = end < 0 ? text.length : end + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /** After a syntax problem: skip to the next statement boundary (past `from`). */
  private resync(from: number): void {
    this.pos = Math.max(this.pos, from);
    while (this.pos < this.text.length) {
      const code = this.text.charCodeAt(this.pos);
      if (code === 59 || code === 10 || code === 13) break;
      if (code === 34 || code === 39) {
        this.string(code);
        continue;
      }
      this.pos++;
    }
    if (this.pos === from && this.pos < this.text.length) this.pos++;
  }
}

function isIdentifierStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 36;
}

function isIdentifierPart(code: number): boolean {
  return isIdentifierStart(code) || (code >= 48 && code <= 57);
}

function isNumberChar(code: number): boolean {
  // digits . + - e E
  return (
    (code >= 48 && code <= 57) ||
    code === 46 ||
    code === 43 ||
    code === 45 ||
    code === 101 ||
    code === 69
  );
}

function isHex(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    if (hexDigit(text.charCodeAt(index)) < 0) return false;
  }
  return true;
}

function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}
