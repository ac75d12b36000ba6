// ../../tmp/gen/gen.ts
import { readFileSync } from "node:fs";

// src/core/dialects/defineDialect.ts
function defineDialect(traits, read) {
  return Object.assign(read, traits);
}

// src/core/internal/read.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function get(value, key) {
  if (typeof value !== "object" || value === null) return void 0;
  try {
    return Object.hasOwn(value, key) ? value[key] : void 0;
  } catch {
    return void 0;
  }
}
function text(value, ...keys) {
  for (const key of keys) {
    const found = get(value, key);
    if (typeof found === "string" && found.trim()) return found.trim();
    if (typeof found === "number" && Number.isFinite(found)) return String(found);
  }
  return void 0;
}
function toNumber(value) {
  const parsed = typeof value === "string" && value.trim() ? Number(value) : value;
  return typeof parsed === "number" && Number.isFinite(parsed) ? parsed : void 0;
}
function toStatus(value) {
  const status = toNumber(value);
  return status !== void 0 && Number.isInteger(status) && status >= 100 && status < 600 ? status : void 0;
}
function list(value, max = 100) {
  return Array.isArray(value) ? value.slice(0, max) : [];
}
function pick(value, omit, max = 50) {
  const out = {};
  if (!isRecord(value)) return out;
  for (const key of Object.keys(value).slice(0, max)) {
    if (!omit.has(key)) Object.defineProperty(out, key, { value: get(value, key), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

// src/core/FieldError.ts
var FORM_FIELD = "";
var REPLACED_FIELD_MESSAGE = "This value is not valid.";

// src/core/normalize/fieldPath.ts
var TRANSPORT = /* @__PURE__ */ new Set(["body", "query", "path", "header", "headers", "cookie", "cookies", "form", "json", "params"]);
var WHOLE_FORM = /* @__PURE__ */ new Set(["", "non_field_errors", "__all__", "__root__", "request body", "root", "#", "/", "$", "_errors"]);
function toFieldPath(location) {
  let segments;
  if (Array.isArray(location)) {
    segments = location.slice(0, 32).map(String);
  } else if (typeof location === "string" || typeof location === "number") {
    const raw = String(location).trim().slice(0, 256);
    if (WHOLE_FORM.has(raw.toLowerCase())) return FORM_FIELD;
    const pointer = /^#?\//.test(raw);
    segments = pointer ? raw.replace(/^#?\//, "").split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")) : raw.replace(/^\$(?:\.|(?=\[))/, "").replace(/\[(\w*)\]/g, ".$1").split(".");
    if (pointer && segments[0] === "data") {
      segments = segments.slice(segments[1] === "attributes" || segments[1] === "relationships" ? 2 : 1);
    }
  } else {
    return FORM_FIELD;
  }
  segments = segments.filter((segment) => segment !== "");
  if (segments.length > 1 || segments.length === 1 && segments[0] === "body") {
    if (TRANSPORT.has((segments[0] ?? "").toLowerCase())) segments.shift();
  }
  const path = segments.join(".");
  return WHOLE_FORM.has(path.toLowerCase()) ? FORM_FIELD : path;
}

// src/core/normalize/fieldErrors.ts
var MAX_FIELD_ERRORS = 100;
var ERRORS_MARKER = "_errors";
function fieldErrorsFromList(items2) {
  const errors = [];
  for (const item of list(items2, MAX_FIELD_ERRORS)) {
    if (typeof item === "string") {
      if (item.trim()) errors.push({ field: "", message: item.trim() });
      continue;
    }
    const source = get(item, "source");
    const location = get(item, "field") ?? get(item, "loc") ?? get(item, "name") ?? get(item, "pointer") ?? get(item, "param") ?? get(item, "path") ?? get(source, "pointer") ?? get(source, "parameter") ?? get(item, "target") ?? get(item, "in") ?? get(item, "entry");
    const message = text(item, "message", "msg", "detail", "reason", "description", "title") ?? text(list(get(item, "rules"))[0], "description") ?? (typeof location === "string" && location !== "" && text(item, "code") ? REPLACED_FIELD_MESSAGE : void 0);
    if (!message) continue;
    const error = { field: toFieldPath(location), message };
    const value = get(item, "value") ?? get(item, "input");
    if (value !== void 0 && (typeof value !== "object" || value === null)) error.value = value;
    const type = text(item, "type", "code");
    if (type) error.type = type;
    errors.push(error);
  }
  return errors;
}
function fieldErrorsFromMap(map, prefix = "", depth = 0, out = []) {
  if (!isRecord(map) || depth > 8 || out.length >= MAX_FIELD_ERRORS) return out;
  for (const key of Object.keys(map).slice(0, MAX_FIELD_ERRORS)) {
    if (out.length >= MAX_FIELD_ERRORS) break;
    const value = get(map, key);
    const path = key === ERRORS_MARKER ? prefix : prefix ? `${prefix}.${toFieldPath(key)}` : toFieldPath(key);
    const messages = typeof value === "string" && depth === 0 ? [value] : list(value);
    for (const [index, message] of messages.entries()) {
      if (out.length >= MAX_FIELD_ERRORS) break;
      if (typeof message === "string") {
        if (message.trim()) out.push({ field: path, message: message.trim() });
      } else if (isRecord(message)) {
        const detail = text(message, "message", "detail");
        if (detail) out.push({ field: path, message: detail });
        else fieldErrorsFromMap(message, path ? `${path}.${index}` : String(index), depth + 1, out);
      }
    }
    if (isRecord(value)) fieldErrorsFromMap(value, path, depth + 1, out);
  }
  return out;
}

// src/core/dialects/googleRpc.ts
function durationMs(value) {
  if (typeof value === "string") {
    const seconds2 = toNumber(value.replace(/s$/, ""));
    return seconds2 === void 0 ? void 0 : Math.round(seconds2 * 1e3);
  }
  const seconds = toNumber(get(value, "seconds"));
  return seconds === void 0 ? void 0 : Math.round(seconds * 1e3 + (toNumber(get(value, "nanos")) ?? 0) / 1e6);
}
var googleRpc = /* @__PURE__ */ defineDialect({ members: ["error"] }, (body) => {
  const error = get(body, "error");
  const status = text(error, "status");
  const entries2 = list(get(error, "details"));
  if (!isRecord(error) || typeof get(error, "code") !== "number" || !status && entries2.length === 0) return void 0;
  const fieldErrors = [];
  const details = {};
  let retryAfterMs;
  let correlationId;
  let localized;
  for (const entry of entries2) {
    const type = text(entry, "@type")?.split(".").pop();
    if (type === "BadRequest") fieldErrors.push(...fieldErrorsFromList(get(entry, "fieldViolations")));
    else if (type === "RetryInfo") retryAfterMs = durationMs(get(entry, "retryDelay"));
    else if (type === "RequestInfo") correlationId = text(entry, "requestId");
    else if (type === "LocalizedMessage") localized = text(entry, "message");
    else if (type === "ErrorInfo") Object.assign(details, { reason: text(entry, "reason"), domain: text(entry, "domain"), metadata: get(entry, "metadata") });
    else if (type === "QuotaFailure") details["violations"] = get(entry, "violations");
    else if (type === "Help") details["links"] = get(entry, "links");
  }
  return {
    dialect: "google-rpc",
    code: status,
    status: toStatus(get(error, "code")),
    message: localized ?? text(error, "message"),
    fieldErrors,
    details,
    retryAfterMs,
    correlationId
  };
});

// src/core/normalize/bodyHints.ts
function bodyRetryAfterMs(...containers) {
  for (const container of containers) {
    const seconds = toNumber(get(container, "retry_after") ?? get(container, "retryAfter") ?? get(container, "retry_after_seconds"));
    if (seconds !== void 0 && seconds >= 0 && Number.isFinite(seconds * 1e3)) return Math.round(seconds * 1e3);
    const ms = toNumber(get(container, "retryAfterMs") ?? get(container, "retry_after_ms"));
    if (ms !== void 0 && ms >= 0) return Math.round(ms);
  }
  return void 0;
}
function bodyCorrelationId(...containers) {
  for (const container of containers) {
    const id = text(
      container,
      "correlationId",
      "correlation_id",
      "error_id",
      "errorId",
      "request_id",
      "requestId",
      "traceId",
      "trace_id"
    );
    if (id) return id.slice(0, 200);
  }
  return void 0;
}

// src/core/dialects/graphql.ts
var CODE = /* @__PURE__ */ new Set(["code"]);
var RESPONSE_MEMBERS = /* @__PURE__ */ new Set(["errors", "data", "extensions"]);
var ERROR_MEMBERS = ["locations", "path", "extensions"];
var graphql = /* @__PURE__ */ defineDialect({ members: ["errors"] }, (body) => {
  const errors = list(get(body, "errors")).filter((error) => typeof get(error, "message") === "string");
  if (errors.length === 0 || !isRecord(body)) return void 0;
  const shaped = Object.keys(body).every((key) => RESPONSE_MEMBERS.has(key)) || errors.some((error) => ERROR_MEMBERS.some((member2) => get(error, member2) !== void 0));
  if (!shaped) return void 0;
  const first = errors.find((error) => text(get(error, "extensions"), "code") ?? text(error, "type")) ?? errors[0];
  const extensions = get(first, "extensions");
  const fieldErrors = [];
  for (const error of errors) {
    const field = text(get(error, "extensions"), "field", "argumentName");
    const message = text(error, "message");
    if (field && message) fieldErrors.push({ field: toFieldPath(field), message });
  }
  const details = pick(extensions, CODE);
  const path = get(first, "path");
  if (Array.isArray(path)) details["path"] = path.slice(0, 20).join(".");
  return {
    dialect: "graphql",
    // GitHub's GraphQL API puts the code in `type` rather than `extensions.code`.
    code: text(extensions, "code") ?? text(first, "type"),
    status: toStatus(get(get(extensions, "http"), "status")) ?? toStatus(get(extensions, "status")),
    message: text(first, "message"),
    fieldErrors,
    details,
    retryAfterMs: bodyRetryAfterMs(extensions),
    correlationId: bodyCorrelationId(extensions)
  };
});

// src/core/dialects/jsonApi.ts
var MEMBERS = ["status", "code", "title", "detail", "source"];
var NOT_JSON_API = ["field", "resource"];
var NONE = /* @__PURE__ */ new Set();
var jsonApi = /* @__PURE__ */ defineDialect({ members: ["errors"] }, (document, contentType) => {
  const body = Array.isArray(document) && isRecord(document[0]) && get(document[0], "source") !== void 0 ? { errors: document } : document;
  const errors = list(get(body, "errors"));
  const first = errors[0];
  const looksLike = isRecord(first) && get(first, "message") === void 0 && MEMBERS.some((m) => get(first, m) !== void 0) && !NOT_JSON_API.some((m) => get(first, m) !== void 0);
  if (!looksLike && !(contentType.includes("vnd.api+json") && errors.length > 0)) return void 0;
  const withSource = errors.filter((error) => {
    const source = get(error, "source");
    return get(source, "pointer") !== void 0 || get(source, "parameter") !== void 0;
  });
  return {
    dialect: "json:api",
    code: errors.map((error) => text(error, "code")).find(Boolean),
    status: toStatus(get(first, "status")),
    message: text(first, "detail", "title"),
    fieldErrors: fieldErrorsFromList(withSource),
    details: { ...pick(get(first, "meta"), NONE), id: text(first, "id") },
    retryAfterMs: bodyRetryAfterMs(get(first, "meta")),
    correlationId: bodyCorrelationId(get(first, "meta"), get(body, "meta"))
  };
});

// src/core/dialects/okFalse.ts
var okFalse = /* @__PURE__ */ defineDialect({ members: ["ok"] }, (body) => {
  const code = isRecord(body) && get(body, "ok") === false ? text(body, "error") : void 0;
  if (!code) return void 0;
  const needed = text(body, "needed");
  return {
    dialect: "ok-false",
    // The code decides (`invalid_auth`, `missing_scope`, `ratelimited`); one no registry knows stays unknown.
    code,
    details: needed ? { needed } : void 0,
    retryAfterMs: bodyRetryAfterMs(body)
  };
});

// src/core/dialects/problemJson.ts
var MEMBERS2 = /* @__PURE__ */ new Set(["title", "status", "detail", "errors", "invalid-params", "code"]);
var problemJson = (body, contentType) => {
  if (!isRecord(body)) return void 0;
  const typed = contentType.includes("problem+json");
  const type = text(body, "type") ?? "";
  const shaped = /^(?:https?:|urn:|about:blank|\/)/.test(type) && typeof get(body, "title") === "string" || (type !== "" || typeof get(body, "title") === "string") && (toStatus(get(body, "status")) !== void 0 || typeof get(body, "detail") === "string");
  if (!typed && !shaped) return void 0;
  const errors = get(body, "errors");
  const fieldErrors = [
    ...Array.isArray(errors) ? fieldErrorsFromList(errors) : fieldErrorsFromMap(errors),
    ...fieldErrorsFromList(get(body, "invalid-params"))
  ];
  const slug = /\/([a-z][\w-]*)\/?$/i.exec(type)?.[1];
  return {
    dialect: "problem+json",
    code: text(body, "code") ?? slug?.replace(/-/g, "_").toUpperCase(),
    status: toStatus(get(body, "status")),
    message: text(body, "detail", "title"),
    fieldErrors,
    // Extension members are the problem's context; `type` and `instance` identify it.
    details: pick(body, MEMBERS2),
    retryAfterMs: bodyRetryAfterMs(body),
    correlationId: bodyCorrelationId(body)
  };
};

// src/core/dialects/readEnvelope.ts
function at(value, path) {
  return path.reduce((node, key) => get(node, key), value);
}
function firstText(value, places) {
  for (const place of places ?? []) {
    const found = place.length === 0 ? void 0 : text(at(value, place.slice(0, -1)), place[place.length - 1] ?? "");
    if (found !== void 0) return found;
  }
  return void 0;
}
function readEnvelope(body, shape) {
  if (!isRecord(body) || shape.success && at(body, shape.success) === true) return void 0;
  const code = firstText(body, shape.code);
  const message = firstText(body, shape.message);
  if (code === void 0 && message === void 0) return void 0;
  const fieldErrors = (shape.fieldErrors ?? []).flatMap((place) => {
    const found = at(body, place);
    return Array.isArray(found) ? fieldErrorsFromList(found) : fieldErrorsFromMap(found);
  });
  const context = shape.details ? at(body, shape.details) : void 0;
  const details = shape.omit ? pick(context, new Set(shape.omit)) : context;
  const holder = at(body, (shape.code[0] ?? []).slice(0, -1));
  return {
    dialect: shape.dialect,
    code,
    status: toStatus(firstText(body, shape.status)),
    message,
    fieldErrors,
    details,
    retryAfterMs: bodyRetryAfterMs(body, holder, context),
    correlationId: firstText(body, shape.correlationId) ?? bodyCorrelationId(body, holder, context)
  };
}

// src/core/dialects/awsJson.ts
var awsJson = /* @__PURE__ */ defineDialect({ members: ["__type"] }, (body) => {
  const type = isRecord(body) ? text(body, "__type") : void 0;
  const name2 = type?.split(/[#:]/).pop();
  if (!name2) return void 0;
  return { dialect: "aws-json", code: name2, message: text(body, "message", "Message") };
});

// src/core/dialects/throttledSentence.ts
var THROTTLED_SENTENCE = [
  { status: 429, pattern: /available in (\d+) seconds?/i, code: "RATE_LIMIT_EXCEEDED", details: (m) => ({ retry_after: Number(m[1]) }) }
];

// src/core/dialects/detailSentence.ts
var detailSentence = /* @__PURE__ */ defineDialect({ members: ["detail"], matchers: THROTTLED_SENTENCE }, (body) => {
  const detail = get(body, "detail");
  if (typeof detail !== "string") return void 0;
  return { dialect: "detail", code: text(body, "code")?.toUpperCase(), message: detail.trim() };
});

// src/core/dialects/drfFields.ts
var ENVELOPE_KEYS = /* @__PURE__ */ new Set(["errors", "error", "message", "messages", "detail", "errorMessages", "warningMessages"]);
var SENTENCE = /\s|[。．！？]|\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}/u;
function isMessageMap(body) {
  const keys = Object.keys(body);
  return keys.length > 0 && !keys.every((key) => ENVELOPE_KEYS.has(key)) && keys.slice(0, 100).every((key) => {
    const value = get(body, key);
    return Array.isArray(value) && value.length > 0 && value.every((m) => typeof m === "string" && SENTENCE.test(m) || isRecord(m)) || isRecord(value);
  }) && keys.some((key) => Array.isArray(get(body, key)));
}
var drfFields = (body) => {
  if (!isRecord(body) || !isMessageMap(body)) return void 0;
  const fieldErrors = fieldErrorsFromMap(body);
  if (fieldErrors.length === 0) return void 0;
  return { dialect: "drf", code: "VALIDATION_ERROR", fieldErrors };
};

// src/core/dialects/fastapiValidation.ts
var fastapiValidation = /* @__PURE__ */ defineDialect({ members: ["detail"] }, (body) => {
  const detail = list(get(body, "detail"));
  if (!detail.some((entry) => isRecord(entry) && get(entry, "msg") !== void 0)) return void 0;
  const fieldErrors = fieldErrorsFromList(detail);
  return {
    dialect: "fastapi",
    code: "VALIDATION_ERROR",
    message: fieldErrors.length === 1 ? fieldErrors[0]?.message : void 0,
    fieldErrors
  };
});

// src/core/normalize/propertySentence.ts
var PROPERTY_FIRST = /^([A-Za-z_$][\w$]{0,63}(?:\.[\w$]{1,64}){0,7}) (?:must|should|is|are|has|have|contains)\b/;
function propertyOfSentence(sentence) {
  const property = PROPERTY_FIRST.exec(sentence.trim())?.[1];
  return property === void 0 ? void 0 : toFieldPath(property);
}

// src/core/dialects/genericJson.ts
var CODE2 = /^(?:[A-Z][A-Z0-9_]{2,63}|[a-z][a-z0-9]{0,30}(?:_[a-z0-9]{1,30}){1,5})$/;
function firstString(value) {
  const found = list(value).find((entry) => typeof entry === "string" && entry.trim() !== "");
  return typeof found === "string" ? found.trim() : void 0;
}
function phoenixDetail(errors) {
  return isRecord(errors) && Object.keys(errors).length === 1 ? text(errors, "detail") : void 0;
}
function wrappedFieldErrors(body, nested, message) {
  const errors = get(body, "errors");
  const found = phoenixDetail(errors) !== void 0 ? [] : isRecord(errors) ? fieldErrorsFromMap(errors) : fieldErrorsFromList(list(errors).filter(isRecord)).filter((error) => error.field !== FORM_FIELD);
  const said = get(body, "message");
  if (isRecord(said)) found.push(...fieldErrorsFromMap(said));
  if (nested) {
    const details = list(get(nested, "details")).filter((detail) => get(detail, "target") !== void 0);
    found.push(...fieldErrorsFromList(details), ...fieldErrorsFromList(get(nested, "invalid")));
    const field = text(nested, "param") ?? (details.length === 0 ? text(nested, "target") : void 0);
    if (found.length === 0 && field && message) found.push({ field: toFieldPath(field), message });
  }
  const lines = typeof said === "string" && said.includes("\n") ? said.split("\n").slice(1, MAX_FIELD_ERRORS + 1) : [];
  if (found.length === 0 && lines.length > 0 && lines.every((line) => propertyOfSentence(line) !== void 0)) {
    for (const line of lines) found.push({ field: propertyOfSentence(line) ?? "", message: line.trim() });
  }
  return found;
}
var genericJson = /* @__PURE__ */ defineDialect({ matchers: THROTTLED_SENTENCE }, (body) => {
  if (!isRecord(body)) return void 0;
  const error = get(body, "error");
  const odata = get(body, "odata.error");
  const nested = isRecord(error) ? error : isRecord(odata) ? odata : void 0;
  const context = get(nested, "details");
  const unnamed = list(get(body, "errors")).find((entry) => isRecord(entry) && fieldErrorsFromList([entry])[0]?.field === FORM_FIELD);
  const message = text(nested, "message") ?? text(get(nested, "message"), "value") ?? text(unnamed, "message", "detail") ?? text(body, "message", "error_description", "error_message", "errorMessage", "title") ?? (typeof error === "string" && !CODE2.test(error) ? error.trim() || void 0 : void 0) ?? firstString(get(body, "errorMessages")) ?? firstString(get(body, "errors")) ?? phoenixDetail(get(body, "errors"));
  return {
    dialect: "json",
    // `{error: "RATE_LIMITED", message}` (Express and NestJS apps) names its code in `error`.
    code: text(nested, "code", "type") ?? text(body, "code", "error_code", "errorCode") ?? (typeof error === "string" && CODE2.test(error) ? error : void 0) ?? text(unnamed, "code"),
    status: toStatus(get(body, "status")) ?? toStatus(get(body, "statusCode")) ?? toStatus(get(nested, "status")),
    message,
    fieldErrors: wrappedFieldErrors(body, nested, text(nested, "message")),
    details: get(nested, "details") ?? get(body, "details"),
    retryAfterMs: bodyRetryAfterMs(body, nested, context),
    correlationId: bodyCorrelationId(body, nested, context)
  };
});

// src/core/dialects/laravel.ts
var laravel = /* @__PURE__ */ defineDialect({ members: ["errors"] }, (body) => {
  const errors = get(body, "errors");
  if (!isRecord(errors) || typeof get(body, "message") !== "string") return void 0;
  const fieldErrors = fieldErrorsFromMap(errors);
  if (fieldErrors.length === 0) return void 0;
  return { dialect: "laravel", code: "VALIDATION_ERROR", message: text(body, "message"), fieldErrors };
});

// src/core/dialects/nestValidation.ts
var nestValidation = /* @__PURE__ */ defineDialect({ members: ["message"] }, (body) => {
  const messages = list(get(body, "message"), MAX_FIELD_ERRORS).filter((message) => typeof message === "string" && message.trim() !== "");
  if (!isRecord(body) || messages.length === 0 || toStatus(get(body, "statusCode")) === void 0) return void 0;
  const fieldErrors = messages.map((message) => ({ field: propertyOfSentence(message) ?? "", message: message.trim() }));
  return { dialect: "nestjs", status: toStatus(get(body, "statusCode")), fieldErrors };
});

// src/core/dialects/postgrest.ts
var SQLSTATE = {
  "23505": "UNIQUE_VIOLATION",
  "23502": "NOT_NULL_VIOLATION",
  "42501": "INSUFFICIENT_PRIVILEGE"
};
var postgrest = /* @__PURE__ */ defineDialect({ members: ["hint"] }, (body) => {
  const code = isRecord(body) && "details" in body ? text(body, "code") : void 0;
  if (!code || !/^(?:[0-9A-Z]{5}|PGRST\d{3})$/.test(code)) return void 0;
  const named = get(SQLSTATE, code);
  return { dialect: "postgrest", code, specificCodes: typeof named === "string" ? [named] : void 0, message: text(body, "message") };
});

// src/core/dialects/taggedSummary.ts
var taggedSummary = /* @__PURE__ */ defineDialect({ members: ["error_summary"] }, (body) => {
  const summary = isRecord(body) ? text(body, "error_summary") : void 0;
  if (!summary) return void 0;
  const tags = summary.split("/").filter((tag) => /^[a-z][a-z0-9_]{0,63}$/.test(tag));
  if (tags.length === 0) return void 0;
  return { dialect: "tagged-summary", code: tags.join("/"), specificCodes: [...tags].reverse(), message: text(get(body, "user_message"), "text") };
});

// src/core/dialects/text.ts
var HTML = /^\s*(<!doctype html|<html|<head|<body|<\?xml|<[a-z][\w-]*[\s>])/i;
var JSON_START = /^\s*[[{]/;
var textBody = /* @__PURE__ */ defineDialect({ matchers: THROTTLED_SENTENCE }, (body, contentType) => {
  if (typeof body !== "string") return void 0;
  const head = body.slice(0, 4096);
  if (!head.trim()) return { dialect: "empty" };
  if (contentType.includes("html") || HTML.test(head)) {
    const title = /<title[^>]*>([^<]{1,200})<\/title>/i.exec(head)?.[1]?.trim();
    return { dialect: "html", details: title ? { pageTitle: title } : void 0 };
  }
  if (JSON_START.test(head)) return { dialect: "malformed-json" };
  return { dialect: "text", message: head.trim().slice(0, 500) };
});

// src/core/dialects/xmlError.ts
var XML = /^\s*(?:<\?xml[^>]{0,200}\?>\s*)?<(?:Error|ErrorResponse|TwilioResponse|RestException)\b/;
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function element(xml, name2) {
  const found = new RegExp(`<${name2}>([^<]{1,500})</${name2}>`).exec(xml)?.[1];
  return found?.replace(/&(amp|lt|gt|quot|apos);/g, (_, entity) => ENTITIES[entity] ?? "").trim() || void 0;
}
var xmlError = /* @__PURE__ */ defineDialect({}, (body) => {
  if (typeof body !== "string") return void 0;
  const head = body.slice(0, 4096);
  if (!XML.test(head)) return void 0;
  const code = element(head, "Code");
  const message = element(head, "Message");
  if (!code && !message) return void 0;
  return { dialect: "xml", code, message, correlationId: element(head, "RequestId") };
});

// src/core/dialects/standardDialects.ts
var standardDialects = [
  problemJson,
  googleRpc,
  graphql,
  jsonApi,
  fastapiValidation,
  okFalse,
  awsJson,
  taggedSummary,
  postgrest,
  nestValidation,
  detailSentence,
  laravel,
  drfFields,
  genericJson,
  xmlError,
  textBody
];

// src/core/ApiError.ts
var API_ERROR_BRAND = /* @__PURE__ */ Symbol.for("api-error-kit.ApiError");
function defineIfPresent(error, key, value) {
  if (value !== void 0) Object.defineProperty(error, key, { value, enumerable: true });
}
var ApiError = class extends Error {
  code;
  category;
  fieldErrors;
  retryable;
  details;
  dialect;
  constructor(init) {
    const engine = Error;
    const limit = engine.stackTraceLimit;
    engine.stackTraceLimit = 0;
    try {
      super(init.message, "cause" in init ? { cause: init.cause } : void 0);
    } finally {
      engine.stackTraceLimit = limit;
    }
    this.code = init.code;
    this.category = init.category;
    this.fieldErrors = init.fieldErrors ? [...init.fieldErrors] : [];
    this.retryable = init.retryable;
    this.details = init.details ?? {};
    this.dialect = init.dialect ?? "unknown";
    defineIfPresent(this, "status", init.status);
    defineIfPresent(this, "retryAfterMs", init.retryAfterMs);
    defineIfPresent(this, "correlationId", init.correlationId);
    defineIfPresent(this, "serverMessage", init.serverMessage);
    defineIfPresent(this, "controlFlow", init.controlFlow);
    if (init.entry !== void 0) Object.defineProperty(this, "entry", { value: init.entry });
    Object.defineProperty(this, API_ERROR_BRAND, { value: true });
  }
};
Object.defineProperty(ApiError.prototype, "name", { value: "ApiError", writable: true, configurable: true });

// src/core/categories.ts
var CATEGORIES = {
  unauthenticated: { status: 401, retryable: false, selfRetrying: false, serverSide: false, blocksPage: true, sentence: "Sign in to continue." },
  forbidden: { status: 403, retryable: false, selfRetrying: false, serverSide: false, blocksPage: true, sentence: "You do not have permission to do this." },
  payment: { status: 402, retryable: false, selfRetrying: false, serverSide: false, blocksPage: false, sentence: "Your plan does not include this." },
  validation: { status: 422, retryable: false, selfRetrying: false, serverSide: false, blocksPage: false, sentence: "Check the information you entered and try again." },
  "not-found": { status: 404, retryable: false, selfRetrying: false, serverSide: false, blocksPage: true, sentence: "It may have been moved or deleted." },
  conflict: { status: 409, retryable: false, selfRetrying: false, serverSide: false, blocksPage: false, sentence: "This clashes with something that exists or has changed." },
  "rate-limited": { status: 429, retryable: true, selfRetrying: true, serverSide: false, blocksPage: false, sentence: "Too many requests. Wait a moment and try again." },
  quota: { retryable: false, selfRetrying: false, serverSide: false, blocksPage: false, sentence: "You have used all of your allowance." },
  upstream: { status: 502, retryable: true, selfRetrying: true, serverSide: true, blocksPage: true, sentence: "A service we rely on is not responding." },
  unavailable: { status: 503, retryable: true, selfRetrying: true, serverSide: true, blocksPage: true, sentence: "The service is temporarily unavailable." },
  timeout: { status: 504, retryable: true, selfRetrying: true, serverSide: true, blocksPage: false, sentence: "The request took too long." },
  server: { status: 500, retryable: true, selfRetrying: false, serverSide: true, blocksPage: true, sentence: "Sorry, there is a problem with the service." },
  network: { retryable: true, selfRetrying: true, serverSide: true, blocksPage: true, sentence: "You appear to be offline." },
  cancelled: { status: 499, retryable: false, selfRetrying: false, serverSide: false, blocksPage: false, sentence: "The request was cancelled." },
  unknown: { retryable: false, selfRetrying: false, serverSide: false, blocksPage: false, sentence: "Sorry, there is a problem." }
};

// src/core/controlFlow.ts
var NEXT_DIGESTS = [
  [/^NEXT_REDIRECT;/, "redirect"],
  [/^(?:NEXT_NOT_FOUND|NEXT_HTTP_ERROR_FALLBACK;404)$/, "not-found"],
  [/^NEXT_HTTP_ERROR_FALLBACK;403$/, "forbidden"],
  [/^NEXT_HTTP_ERROR_FALLBACK;401$/, "unauthorized"],
  [/^(?:DYNAMIC_SERVER_USAGE|BAILOUT_TO_CLIENT_SIDE_RENDERING)$/, "render-bailout"]
];
var POSTPONE = /* @__PURE__ */ Symbol.for("react.postpone");
function isTanStackNotFound(value) {
  try {
    return isRecord(value) && Object.getPrototypeOf(value) === Object.prototype && get(value, "isNotFound") === true && get(value, "digest") === void 0 && get(value, "status") === void 0;
  } catch {
    return false;
  }
}
function controlFlowOf(value) {
  if (typeof value !== "object" || value === null) return void 0;
  if (typeof Response !== "undefined" && value instanceof Response) {
    const status = value.status;
    return status >= 300 && status < 400 && (get(value, "options") !== void 0 || value.headers.has("Location")) ? "redirect" : void 0;
  }
  if (get(value, "$$typeof") === POSTPONE) return "render-bailout";
  if (isTanStackNotFound(value)) return "not-found";
  const digest = get(value, "digest");
  if (typeof digest !== "string") return void 0;
  return NEXT_DIGESTS.find(([pattern]) => pattern.test(digest.slice(0, 200)))?.[1];
}

// src/core/ErrorCategory.ts
var ERROR_CATEGORIES = [
  "unauthenticated",
  "forbidden",
  "payment",
  "validation",
  "not-found",
  "conflict",
  "rate-limited",
  "quota",
  "upstream",
  "unavailable",
  "timeout",
  "server",
  "network",
  "cancelled",
  "unknown"
];

// src/core/isApiError.ts
var CATEGORIES2 = new Set(ERROR_CATEGORIES);
function own(value, key) {
  const descriptor = Object.getOwnPropertyDescriptor(value, key);
  return descriptor && "value" in descriptor ? descriptor.value : void 0;
}
function isApiError(value) {
  if (typeof value !== "object" || value === null) return false;
  try {
    if (!(value instanceof ApiError) && own(value, API_ERROR_BRAND) !== true) return false;
    const code = own(value, "code");
    const fieldErrors = own(value, "fieldErrors");
    const details = own(value, "details");
    return typeof code === "string" && CATEGORIES2.has(own(value, "category")) && typeof own(value, "message") === "string" && typeof own(value, "retryable") === "boolean" && Array.isArray(fieldErrors) && typeof details === "object" && details !== null;
  } catch {
    return false;
  }
}

// src/core/internal/callSafely.ts
var reported = /* @__PURE__ */ new Set();
var MAX_REMEMBERED = 100;
function describe(error) {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    return "an error that cannot be described";
  }
}
function reportCallbackError(name2, error) {
  const key = `${name2}\0${describe(error)}`;
  if (reported.has(key)) return;
  if (reported.size >= MAX_REMEMBERED) reported.clear();
  reported.add(key);
  try {
    const report = globalThis.reportError;
    if (typeof report === "function") report(error);
    else console.error(`api-error-kit: the application's ${name2} threw; the kit carried on.`, error);
  } catch {
  }
}

// src/core/internal/cut.ts
function cut(text2, max) {
  if (text2.length <= max) return text2;
  const last = text2.charCodeAt(max - 1);
  return text2.slice(0, last >= 55296 && last <= 56319 ? max - 1 : max);
}

// src/core/registry/standardCodes.ts
var STANDARD_CODES = {
  UNAUTHORIZED: { category: "unauthenticated" },
  UNAUTHENTICATED: { category: "unauthenticated" },
  INVALID_TOKEN: { category: "unauthenticated", titleKey: "session.invalid", messageKey: "session.signInAgain" },
  TOKEN_INVALID: { category: "unauthenticated", titleKey: "session.invalid", messageKey: "session.signInAgain" },
  TOKEN_ERROR: { category: "unauthenticated", titleKey: "session.invalid", messageKey: "session.signInAgain" },
  TOKEN_EXPIRED: { category: "unauthenticated", titleKey: "session.expired", messageKey: "session.signInAgain" },
  // A sign-in form's own failure: the credentials just typed are wrong, shown on the form.
  AUTHENTICATION_FAILED: { category: "unauthenticated", fallback: "validation", titleKey: "signIn.failed", messageKey: "signIn.checkCredentials" },
  // The common vocabulary: Slack, OAuth 2.0 (RFC 6749, RFC 6750), Hasura, Microsoft Graph, Google, AWS.
  INVALID_AUTH: { category: "unauthenticated" },
  INVALID_JWT: { category: "unauthenticated", titleKey: "session.invalid", messageKey: "session.signInAgain" },
  INVALID_GRANT: { category: "unauthenticated", titleKey: "session.invalid", messageKey: "session.signInAgain" },
  INVALID_AUTHENTICATION_TOKEN: { category: "unauthenticated", titleKey: "session.invalid", messageKey: "session.signInAgain" },
  INVALID_API_KEY: { category: "unauthenticated" },
  FORBIDDEN: { category: "forbidden" },
  ACCESS_DENIED: { category: "forbidden" },
  INSUFFICIENT_PERMISSIONS: { category: "forbidden" },
  PERMISSION_DENIED: { category: "forbidden" },
  AUTHORIZATION_FAILED: { category: "forbidden" },
  MISSING_SCOPE: { category: "forbidden" },
  INSUFFICIENT_SCOPE: { category: "forbidden" },
  INSUFFICIENT_PRIVILEGE: { category: "forbidden" },
  AUTHORIZATION_REQUEST_DENIED: { category: "forbidden" },
  PAYMENT_REQUIRED: { category: "payment" },
  CARD_DECLINED: { category: "payment" },
  VALIDATION_ERROR: { category: "validation" },
  INVALID_INPUT: { category: "validation" },
  INVALID_REQUEST: { category: "validation" },
  BAD_REQUEST: { category: "validation" },
  BAD_USER_INPUT: { category: "validation" },
  GRAPHQL_VALIDATION_FAILED: { category: "validation", messageKey: "request.notUnderstood" },
  GRAPHQL_PARSE_FAILED: { category: "validation", messageKey: "request.notUnderstood" },
  PAYLOAD_TOO_LARGE: { category: "validation", titleKey: "file.tooLarge", messageKey: "file.chooseSmaller" },
  METHOD_NOT_ALLOWED: { category: "validation", messageKey: "request.notAccepted" },
  INVALID_ARGUMENT: { category: "validation" },
  VALIDATION_FAILED: { category: "validation" },
  UNPROCESSABLE_ENTITY: { category: "validation" },
  NOT_NULL_VIOLATION: { category: "validation" },
  NOT_FOUND: { category: "not-found" },
  RESOURCE_NOT_FOUND: { category: "not-found" },
  ENTITY_NOT_FOUND: { category: "not-found" },
  GONE: { category: "not-found", titleKey: "resource.gone" },
  RESOURCE_NOT_FOUND_EXCEPTION: { category: "not-found" },
  NO_SUCH_KEY: { category: "not-found" },
  CONFLICT: { category: "conflict" },
  DUPLICATE_RESOURCE: { category: "conflict", titleKey: "resource.exists", messageKey: "resource.useExistingOrRename" },
  ALREADY_EXISTS: { category: "conflict", titleKey: "resource.exists", messageKey: "resource.useExistingOrRename" },
  FAILED_PRECONDITION: { category: "conflict", titleKey: "state.notNow" },
  ABORTED: { category: "conflict", retryable: true },
  UNIQUE_VIOLATION: { category: "conflict", titleKey: "resource.exists", messageKey: "resource.useExistingOrRename" },
  // Seed 001's advice: up to 5 attempts in all.
  RATE_LIMIT_EXCEEDED: { category: "rate-limited", maxRetries: 4 },
  RATE_LIMITED: { category: "rate-limited", maxRetries: 4 },
  RESOURCE_EXHAUSTED: { category: "rate-limited", maxRetries: 4 },
  RATE_LIMIT: { category: "rate-limited", maxRetries: 4 },
  RATE_LIMIT_ERROR: { category: "rate-limited", maxRetries: 4 },
  TOO_MANY_REQUESTS: { category: "rate-limited", maxRetries: 4 },
  // Money or an allowance, not time, ends these: never retried, though some APIs send them as 429.
  QUOTA_EXCEEDED: { category: "quota" },
  INSUFFICIENT_QUOTA: { category: "quota" },
  INSUFFICIENT_SPACE: { category: "quota" },
  EXTERNAL_SERVICE_ERROR: { category: "upstream" },
  BAD_GATEWAY: { category: "upstream" },
  SERVICE_UNAVAILABLE: { category: "unavailable" },
  UNAVAILABLE: { category: "unavailable" },
  OVERLOADED_ERROR: { category: "unavailable" },
  TIMEOUT: { category: "timeout" },
  TIMEOUT_ERROR: { category: "timeout" },
  DEADLINE_EXCEEDED: { category: "timeout" },
  INTERNAL_ERROR: { category: "server" },
  INTERNAL_SERVER_ERROR: { category: "server" },
  INTERNAL: { category: "server" },
  SERVICE_ERROR: { category: "server" },
  DATABASE_ERROR: { category: "server" },
  DATA_LOSS: { category: "server" },
  UNKNOWN: { category: "server" },
  NOT_IMPLEMENTED: { category: "server", retryable: false },
  UNIMPLEMENTED: { category: "server", retryable: false },
  NETWORK_ERROR: { category: "network" },
  CANCELLED: { category: "cancelled" },
  UNKNOWN_ERROR: { category: "unknown" }
};
var STATUS_CODES = {
  400: "BAD_REQUEST",
  401: "UNAUTHORIZED",
  402: "PAYMENT_REQUIRED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  405: "METHOD_NOT_ALLOWED",
  408: "TIMEOUT",
  409: "CONFLICT",
  410: "GONE",
  // The request as sent cannot be served: its length, its URI, its type, its range.
  411: "BAD_REQUEST",
  413: "PAYLOAD_TOO_LARGE",
  414: "BAD_REQUEST",
  415: "BAD_REQUEST",
  416: "BAD_REQUEST",
  422: "VALIDATION_ERROR",
  429: "RATE_LIMIT_EXCEEDED",
  499: "CANCELLED",
  500: "INTERNAL_ERROR",
  501: "NOT_IMPLEMENTED",
  502: "BAD_GATEWAY",
  503: "SERVICE_UNAVAILABLE",
  504: "TIMEOUT_ERROR",
  // Not registered, but sent: Anthropic's and others' "overloaded".
  529: "OVERLOADED_ERROR"
};
function codeForStatus(status) {
  if (status === void 0) return "UNKNOWN_ERROR";
  return STATUS_CODES[status] ?? (status >= 500 ? "INTERNAL_ERROR" : "UNKNOWN_ERROR");
}

// src/core/registry/createRegistry.ts
var MAX_RESOLVED = 500;
var CODE_WORDS = [
  [/QUOTA_(?:EXCEEDED|EXHAUSTED|REACHED)|OUT_OF_QUOTA|INSUFFICIENT_QUOTA/, "quota"],
  [/RATE_?LIMIT|THROTTL|TOO_MANY_(?:REQUESTS|ATTEMPTS|CALLS)/, "rate-limited"],
  [/UNAUTHENTICATED|UNAUTHORI[SZ]ED|(?:INVALID|EXPIRED|REVOKED|BAD)_(?:ACCESS_|AUTH_|API_|REFRESH_|ID_|SESSION_)?(?:TOKEN|CREDENTIALS?|KEY|SESSION)|(?:TOKEN|SESSION)_(?:EXPIRED|INVALID|REVOKED)|LOGIN_REQUIRED|NOT_LOGGED_IN/, "unauthenticated"],
  [/FORBIDDEN|PERMISSION_(?:DENIED|ERROR)|ACCESS_DENIED|NOT_ALLOWED|(?:INSUFFICIENT|MISSING)_(?:PERMISSIONS?|SCOPES?|PRIVILEGES?)/, "forbidden"],
  [/NOT_FOUND|DOES_NOT_EXIST|NO_SUCH_|UNKNOWN_(?:USER|ACCOUNT|ITEM|RESOURCE|ORDER|PRODUCT)/, "not-found"],
  [/CONFLICT|DUPLICATE|ALREADY_(?:EXISTS|TAKEN|IN_USE|REGISTERED)|_(?:TAKEN|EXISTS)$/, "conflict"],
  [/VALIDATION|INVALID_(?:INPUT|PARAM|ARGUMENT|VALUE|FORMAT|REQUEST|FIELD|EMAIL|DATA)|_REQUIRED$|MALFORMED/, "validation"],
  [/TIMEOUT|TIMED_OUT/, "timeout"],
  [/UNAVAILABLE|MAINTENANCE/, "unavailable"]
];
function createRegistry(options = {}) {
  return build(STANDARD_CODES, [], {}, {}, true, options);
}
function build(baseCodes, baseMatchers, baseMessages, baseCategories, baseServerMessages, options) {
  const codes = { ...baseCodes, ...options.codes };
  const messages = { ...baseMessages, ...options.messages };
  const categories = { ...baseCategories, ...options.categories };
  const matchers = [...options.matchers ?? [], ...baseMatchers];
  const serverMessages = options.serverMessages ?? baseServerMessages;
  const keyOf = (code) => [code, code.toUpperCase().replace(/[-.\s]/g, "_"), code.replace(/([a-z\d])([A-Z])/g, "$1_$2").toUpperCase().replace(/[-.\s]/g, "_").replace(/__+/g, "_")].find(
    (key) => get(codes, key) !== void 0
  );
  const entryOf = (code) => {
    const key = keyOf(code);
    return key === void 0 ? void 0 : get(codes, key);
  };
  const resolved = /* @__PURE__ */ new Map();
  const registry = {
    codes,
    matchers,
    serverMessages,
    codeFor(code) {
      return code.length <= 100 ? keyOf(code) : void 0;
    },
    resolve(code, status) {
      const cacheKey = `${code}\0${String(status)}`;
      const cached = resolved.get(cacheKey);
      if (cached) return cached;
      const known = entryOf(code);
      const statusCode = codeForStatus(status);
      const named = known ? void 0 : CODE_WORDS.find(([pattern]) => pattern.test(code.toUpperCase()))?.[1];
      const entry = known ?? (statusCode !== "BAD_REQUEST" && statusCode !== "UNKNOWN_ERROR" ? entryOf(statusCode) : void 0) ?? (named ? { category: named } : void 0) ?? STANDARD_CODES[statusCode];
      const category = (status !== void 0 ? entry.byStatus?.[status] : void 0) ?? entry.category;
      const own2 = known ? get(messages, code) : void 0;
      const categoryWords = categories[category];
      const answer = {
        code,
        category,
        retryable: entry.retryable ?? CATEGORIES[category].retryable,
        fallback: entry.fallback ?? category,
        titleKey: (known ? entry.titleKey : void 0) ?? `category.${category}.title`,
        messageKey: (known ? entry.messageKey : void 0) ?? `category.${category}.message`
      };
      const title = own2?.title ?? (known ? entry.title : void 0) ?? categoryWords?.title;
      const message = own2?.message ?? (known ? entry.message : void 0) ?? categoryWords?.message;
      if (title !== void 0) answer.title = title;
      if (message !== void 0) answer.message = message;
      if (entry.maxRetries !== void 0) answer.maxRetries = entry.maxRetries;
      if (resolved.size >= MAX_RESOLVED) resolved.clear();
      resolved.set(cacheKey, Object.freeze(answer));
      return answer;
    },
    hasCode(error, code) {
      return get(error, "code") === code;
    },
    extend(more) {
      return build(codes, matchers, messages, categories, serverMessages, more);
    }
  };
  return registry;
}

// src/core/registry/sentenceMatchers.ts
function matchSentence(matchers, status, sentence) {
  const head = sentence.slice(0, 500);
  for (const matcher of matchers) {
    const statuses = matcher.status;
    if (statuses !== void 0 && (status === void 0 || !(typeof statuses === "number" ? statuses === status : statuses.includes(status)))) {
      continue;
    }
    const match = matcher.pattern.exec(head);
    if (match) return { matcher, match };
  }
  return void 0;
}

// src/core/registry/standardSentences.ts
var ROW_LEVEL_SECURITY = /\bviolates row-level security policy\b/i;
var MISSING_SCOPE = /\b(?:does not contain|missing|lacks|insufficient|requires?) (?:the )?(?:required )?scopes?\b|\bscopes?:\s?\[/i;
var RATE_LIMIT = /\brate[ -]limit(?:ed|ing)?\b|\btoo many (?:requests|attempts|calls)\b|\bmaximum number of (?:\w+ ){0,2}attempts\b|\bthrottled\b/i;
var BAD_CREDENTIALS = /\b(?:invalid|bad|unable to verify|could not verify|cannot verify|unrecognized|unknown)\b(?: \w+){0,3} (?:credentials|api[ -]key|access[ -]token|authentication(?: \w+)?|application-id)\b|\b(?:credentials|api[ -]key|access[ -]token)\b(?: \w+){0,2} (?:are |is )?(?:invalid|not valid|expired)\b|^authentication (?:error|failed)\.?$/i;
var NOT_PERMITTED = /\bnot (?:authorized|permitted) to\b/i;
var PARAMETER = /^(?:\d{3} \([^)]{1,40}\) )?"?([A-Za-z_][\w.[\]]{0,63})"? (?:is missing|are missing|not given|is required|is invalid)\b/;
var ALREADY_EXISTS = /\balready exists\b|\bis already (?:a|an|in use|registered)\b/i;
var STANDARD_SENTENCES = [
  { status: [400, 401, 403], pattern: ROW_LEVEL_SECURITY, code: "INSUFFICIENT_PRIVILEGE" },
  { status: [400, 403], pattern: MISSING_SCOPE, code: "INSUFFICIENT_SCOPE" },
  { status: [400, 403], pattern: RATE_LIMIT, code: "RATE_LIMITED" },
  { status: 403, pattern: BAD_CREDENTIALS, code: "UNAUTHENTICATED" },
  // On a 400 it is the sign-in form's own answer: shown on the form, what was typed kept.
  { status: 400, pattern: BAD_CREDENTIALS, code: "AUTHENTICATION_FAILED" },
  { status: 400, pattern: NOT_PERMITTED, code: "FORBIDDEN" },
  { status: [400, 422], pattern: PARAMETER, code: "VALIDATION_ERROR", field: 1 },
  { status: [400, 422], pattern: ALREADY_EXISTS, code: "ALREADY_EXISTS" }
];
var QUOTA_SENTENCE = /\bexceeded your (?:current )?quota\b|\bquota (?:has been |was |is )?(?:exceeded|used up|exhausted)\b/i;

// src/core/screen/debugFields.ts
var DEBUG_FIELD = /^(?:stack|stacktrace|stack_trace|trace|traceback|backtrace|exception|exception_class|debug|originalmessage|original_message)$/i;
function hasDebugField(value) {
  if (!isRecord(value)) return false;
  const keys = Object.keys(value).slice(0, 100);
  return keys.some((key) => DEBUG_FIELD.test(key)) || keys.includes("file") && keys.includes("line");
}
function carriesDebugOutput(body) {
  const error = get(body, "error");
  return [body, error, get(body, "details"), get(error, "details"), get(error, "context")].some(hasDebugField);
}

// src/core/screen/foldText.ts
var INVISIBLE = [
  [173, 173],
  [847, 847],
  [1564, 1564],
  [4447, 4448],
  [6068, 6069],
  [6155, 6159],
  [8203, 8207],
  [8234, 8238],
  [8288, 8303],
  [12644, 12644],
  [65024, 65039],
  [65279, 65279],
  [65440, 65440],
  [917504, 917631],
  [917760, 917999]
];
function isInvisible(char) {
  const code = char.codePointAt(0) ?? 0;
  return INVISIBLE.some(([from, to]) => code >= from && code <= to);
}
var OTHER_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
function foldText(text2) {
  let visible = "";
  for (const char of text2.normalize("NFKC")) if (!isInvisible(char)) visible += char;
  return visible.replace(OTHER_SPACES, " ");
}

// src/core/screen/isPlainSentence.ts
var MAX_SENTENCE_CHARS = 300;
var PROSE_CHARACTERS = /^[\p{L}\p{M}\p{N} .,;:!?'"`’‘“”«»()\-–—−×/&%+#@…¿¡°$*>、。・「」『』（）【】，：；！？،؛؟·€£¥₹_]*$/u;
var UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
var LATIN = /\p{Script=Latin}/u;
var LOOKALIKE_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}]/u;
var MARK_ON_ALPHABET = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]\p{M}/u;
var RUN = /[A-Za-z0-9_.:@/#%+$*-]+/g;
var INTERNAL_LABEL = /^(?:internal|local|localdomain|localhost|lan|corp|intranet|svc|cluster|consul|home|private|test|invalid|example)$/i;
var SOURCE_EXTENSION = /^(?:[cm]?[jt]sx?|py[cw]?|rb|php|java|class|jar|go|cs|exs?|erl|kt|scala|swift|rs|c|cc|cpp|hp?p?|pl|pm|lua|sh|bash|ps1|sql|env|ini|conf|cfg|ya?ml|toml|json|xml|log|lock|pem|key|crt|p12|pfx|db|sqlite3?|dll|so|dylib|exe|bin|dump|bak|tmp|swp)$/i;
var DEBUG_WORD = /^(?:traceback|goroutine|stacktrace|backtrace|nullpointerexception|segfault|sig(?:segv|abrt)|errno|sqlstate|std(?:err|out)|xdebug|e(?:acces|addrinuse|conn(?:refused|reset)|exist|isdir|mfile|no(?:ent|tdir|tempty|tfound)|perm|pipe|timedout|hostunreach|ai_again))$/i;
var DATABASE_PHRASE = /\bviolates (?:unique|foreign key|not-null|check|exclusion) constraint\b|\brelation "|\bcolumn "[^"]{1,64}" (?:does not exist|of relation)\b|\btransaction is aborted\b|\bduplicate key value\b|\bdeadlock detected\b/i;
var RUNTIME_PHRASE = /\bcontext (?:deadline exceeded|canceled)\b|\bi\/o timeout\b|\bbroken pipe\b|\bconnection reset by peer\b|\bno such host\b|\buse of closed network connection\b|\bunexpected EOF\b|\bsocket hang up\b/i;
var SQL_GRAMMAR = /\bSELECT\s+[^;]{1,80}?\s+FROM\s|\bUPDATE\s+\S{1,64}\s+SET\s/;
var SQL_GRAMMAR_ANY_CASE = /\binsert\s+into\s+\S{1,64}\s*(?:\(|values\b|select\b)|\bvalues\s*\(|\bdelete\s+from\s+\S{1,64}\s+where\b/i;
var CREDENTIAL_WORD = /^(?:password|passwd|pwd|passphrase|passcode|pin|otp|cvv|cvc|csc|secret|token|key|apikey|credentials?|authorization|auth|cookie|session|sessionid|sid|jwt|bearer|signature)$/i;
var NUMERIC_CREDENTIAL = /^(?:pin|otp|cvv|cvc|csc|passcode)$/i;
var VERSION_WORD = /^(?:v|ver|version|versions|release|build|firmware|update)$/i;
function isPublicHost(host) {
  const labels = host.split(".");
  const last = labels.at(-1) ?? "";
  return labels.length >= 2 && labels.length <= 4 && labels.every((label) => /^[a-z](?:[a-z-]{0,30}[a-z])?$/i.test(label)) && /^[a-z]{2,6}$/i.test(last) && !SOURCE_EXTENSION.test(last) && !INTERNAL_LABEL.test(last);
}
function isPlainToken(token) {
  return token.split("-").every((part) => {
    if (part === "") return true;
    const letters = /[A-Za-z]/.test(part);
    if (letters && /\d/.test(part)) return part.length <= 8 && !/[a-z]\d+[a-z]+\d/i.test(part) || /^[A-Z]{1,3}\d{1,11}$/.test(part);
    if (!letters) return /^\d{1,11}$/.test(part);
    const humps = part.match(/[a-z][A-Z]/g)?.length ?? 0;
    const allowed = /^[a-z]/.test(part) ? 3 : 1;
    return part.length <= 40 && humps <= allowed && !/[a-z](?:Error|Exception|Fault|Panic)$/.test(part) && !/^[A-Z]{2,}[a-z]+[A-Z]/.test(part);
  });
}
function isPlainRun(run, word, previous) {
  const core = run.replace(/^[-.:#+%]+|[-.:/#+%]+$/g, "");
  if (core === "") return true;
  if (core.length > 60 || DEBUG_WORD.test(core) || core.includes("*")) return false;
  if (core.startsWith("$")) return /^\$\d{1,9}(?:,\d{3})*(?:\.\d{2})?$/.test(core);
  if (core.includes("@")) {
    if (/^@(?:-[a-z]{1,10})?$/.test(core)) return run === word;
    const at2 = core.indexOf("@");
    return /^[a-z0-9.+-]{1,64}$/i.test(core.slice(0, at2)) && isPublicHost(core.slice(at2 + 1));
  }
  if (core.includes("_")) return /^_{0,2}[a-z0-9][a-z0-9]{0,15}(?:_[a-z0-9]{1,15}){0,3}$/.test(core) || /^[A-Z][A-Z0-9]{0,15}(?:_[A-Z0-9]{1,15}){0,2}_?$/.test(core) && !run.endsWith(":");
  if (/^0x/i.test(core) || /\d{12}/.test(core)) return false;
  if (/^(?=[0-9a-f-]*\d)(?=[0-9a-f-]*[a-f])[0-9a-f-]{16,}$/i.test(core)) return false;
  if (core.includes("/")) {
    const [head = "", ...rest] = core.split("/");
    if (/^\/[a-z]{1,15}$/.test(core)) return true;
    return !core.startsWith("/") && (/^[\p{L}]{1,15}$/u.test(head) || /^\d{1,6}$/.test(head) || isPublicHost(head)) && rest.every((part) => /^(?:[\p{L}-]{1,30}|\d{1,6}(?:\.\d{1,3})?)$/u.test(part));
  }
  if (core.includes(":")) return /^\d{1,2}:\d{2}(?::\d{2})?(?:am|pm|h)?$/i.test(core);
  if (core.includes("#")) return /^#\d{1,9}$|^[A-Za-z]#$/.test(core);
  if (core.includes(".")) {
    const parts2 = core.split(".");
    if (parts2.every((part) => /^\d{1,3}(?:,\d{3})*$|^\d{1,9}$/.test(part))) return parts2.length <= 3 || parts2.length === 4 && VERSION_WORD.test(previous);
    if (parts2.every((part) => /^[A-Za-z]{1,2}$/.test(part))) return true;
    if (/^\d{1,3}$/.test(parts2.at(-1) ?? "") && parts2.slice(0, -1).every((part) => /[A-Za-z]/.test(part) && isPlainToken(part))) return parts2.length <= 3;
    if (parts2.some((part) => /^\d{1,4}$/.test(part)) && parts2.every((part) => /^\d{1,4}$|^_{0,2}[a-z][a-z0-9_]{0,30}$/.test(part))) return parts2.length <= 5;
    return isPublicHost(core);
  }
  return isPlainToken(core);
}
function isPlainAddress(word) {
  const match = /^https?:\/\/([^/?#\s]{1,100})((?:\/[a-z][a-z-]{0,29}){0,6})\/?[.,;:!?)]*$/.exec(word);
  return match !== null && isPublicHost(match[1] ?? "");
}
var CALL = /[\p{L}\d_](?!\((?:s|es)\))\(/u;
var LABEL_CHAIN = /:\s[^:]{0,80}:\s[^:]{0,80}:\s/;
var PHONE_OR_CARD = /\+\d{1,3}[ -]?\d|\d{4}[ -]\d{4}[ -]\d{4}|(?:\d[ -]?){13}/;
var COMPONENT_PREFIX = /^[a-z][a-z0-9]*\d[a-z0-9]*:\s/;
var QUOTED_IDENTIFIER = /["“`]([^"”`\s]{1,80})["”`]/g;
function wordsArePlain(text2) {
  if (CALL.test(text2) || LABEL_CHAIN.test(text2) || PHONE_OR_CARD.test(text2) || COMPONENT_PREFIX.test(text2)) return false;
  for (const [, quoted = ""] of text2.matchAll(QUOTED_IDENTIFIER)) if (quoted.includes("/") || /^[a-z0-9]+(?:-[a-z0-9]+){2,}$/.test(quoted)) return false;
  const words = text2.split(" ").filter(Boolean);
  for (let index = 0; index < words.length; index++) {
    const word = words[index] ?? "";
    const previous = (words[index - 1] ?? "").replace(/[^\p{L}]/gu, "");
    if (word.includes(">") && word !== ">") return false;
    if (word.includes("*")) {
      if (/^\(?\*\)?[.,;:]?$/.test(word)) continue;
      return false;
    }
    if (LATIN.test(word) && LOOKALIKE_SCRIPT.test(word)) return false;
    if (MARK_ON_ALPHABET.test(word)) return false;
    if (/:\/\//.test(word)) {
      if (isPlainAddress(word.replace(/^[("'“‘]+/, ""))) continue;
      return false;
    }
    for (const run of word.match(RUN) ?? []) if (!isPlainRun(run, word, previous)) return false;
    const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}:]+$/gu, "");
    const named = CREDENTIAL_WORD.test(bare.replace(/:$/, ""));
    if (named) {
      const next = words[index + 1];
      const after = words[index + 2];
      if (bare.endsWith(":") && (next === void 0 || /[\d_@/+=]|[a-z][A-Z]|^[A-Z0-9]{4,}$/.test(next)) && !(/^\d{1,3}$/.test(next ?? "") && after !== void 0)) return false;
      if (next !== void 0 && /^['"“‘`]/.test(next)) return false;
      if (NUMERIC_CREDENTIAL.test(bare.replace(/:$/, "")) && /^\d/.test(next ?? "")) return false;
    }
  }
  return true;
}
function plainSentence(sentence, minWords = 2) {
  if (typeof sentence !== "string" || sentence.length > MAX_SENTENCE_CHARS * 4) return void 0;
  const folded = foldText(sentence).trim();
  if (folded.length < 2 || folded.length > MAX_SENTENCE_CHARS || !PROSE_CHARACTERS.test(folded)) return void 0;
  if (!/\p{L}{2}/u.test(folded) || DATABASE_PHRASE.test(folded) || RUNTIME_PHRASE.test(folded) || SQL_GRAMMAR.test(folded) || SQL_GRAMMAR_ANY_CASE.test(folded)) return void 0;
  if (minWords > 1 && !folded.includes(" ") && !UNSPACED_SCRIPT.test(folded)) return void 0;
  return wordsArePlain(folded) ? folded : void 0;
}
function plainWords(text2) {
  const folded = foldText(text2).trim();
  return folded !== "" && folded.length <= MAX_SENTENCE_CHARS && PROSE_CHARACTERS.test(folded) && wordsArePlain(folded);
}

// src/core/screen/speaksToUser.ts
var STATUS_LINE = /^[1-5]\d\d\b/;
var BARE_CODE = /^(?:error )?code:? ?[\w.-]{1,40}$/i;
function speaksToUser(sentence) {
  const head = sentence.trim().slice(0, 500);
  return !STATUS_LINE.test(head) && !BARE_CODE.test(head.replace(/[.!]+$/, ""));
}

// src/core/normalize/dialectReader.ts
var EVERY_DIALECT = -1;
function dialectReader(dialects) {
  const list2 = [...dialects];
  const byMember = /* @__PURE__ */ new Map();
  let unkeyed = 0;
  list2.forEach((dialect, index) => {
    if (!dialect.members) unkeyed |= 1 << index;
    else for (const member2 of dialect.members) byMember.set(member2, (byMember.get(member2) ?? 0) | 1 << index);
  });
  const members = [...byMember];
  const offered = (body) => {
    if (typeof body !== "object" || body === null) return unkeyed;
    if (Array.isArray(body)) return EVERY_DIALECT;
    let chosen = unkeyed;
    try {
      for (const [member2, calledFor] of members) if (Object.hasOwn(body, member2)) chosen |= calledFor;
    } catch {
      return EVERY_DIALECT;
    }
    return chosen;
  };
  return (body, contentType) => {
    const chosen = offered(body);
    for (let index = 0; index < list2.length; index++) {
      const dialect = list2[index];
      if (!dialect || (chosen & 1 << index) === 0) continue;
      const read = dialect(body, contentType);
      if (read) return read;
    }
    return void 0;
  };
}

// src/core/normalize/httpDate.ts
var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
var TIME = "(\\d{2}):(\\d{2}):(\\d{2})";
var MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
var IMF_FIXDATE = new RegExp(`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\\d{2}) ${MONTH} (\\d{4}) ${TIME} GMT$`);
var RFC850_DATE = new RegExp(`^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT$`);
var ASCTIME_DATE = new RegExp(`^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ${MONTH} ([ \\d]\\d) ${TIME} (\\d{4})$`);
function utc(year, month, day, hour, minute, second) {
  const index = MONTHS.indexOf(month);
  if (hour > 23 || minute > 59 || second > 60) return void 0;
  const time = Date.UTC(year, index, day, hour, minute, Math.min(second, 59));
  return new Date(time).getUTCDate() === day ? time : void 0;
}
function parseHttpDate(value, now) {
  if (value.length > 40) return void 0;
  let match = IMF_FIXDATE.exec(value);
  if (match) return utc(Number(match[3]), match[2] ?? "", Number(match[1]), Number(match[4]), Number(match[5]), Number(match[6]));
  match = ASCTIME_DATE.exec(value);
  if (match) return utc(Number(match[6]), match[1] ?? "", Number(match[2]), Number(match[3]), Number(match[4]), Number(match[5]));
  match = RFC850_DATE.exec(value);
  if (!match) return void 0;
  const thisYear = new Date(Number.isFinite(now) ? now : Date.now()).getUTCFullYear();
  let year = Math.floor(thisYear / 100) * 100 + Number(match[3]);
  if (year > thisYear + 50) year -= 100;
  return utc(year, match[2] ?? "", Number(match[1]), Number(match[4]), Number(match[5]), Number(match[6]));
}
function parseRetryAfter(value, now, responseDate) {
  if (/^\d{1,10}(?:\.\d{1,3})?$/.test(value)) return Math.round(Number(value) * 1e3);
  const when = parseHttpDate(value, now);
  if (when === void 0) return void 0;
  const sent = responseDate === void 0 ? void 0 : parseHttpDate(responseDate, now);
  return Math.max(0, when - (sent ?? now));
}

// src/core/normalize/headerHints.ts
var EPOCH_SECONDS = 1e9;
var EPOCH_MS = 1e12;
var MAX_HEADER_CHARS = 256;
function resetMs(value, now) {
  if (value === void 0 || !/^\d{1,13}(?:\.\d{1,3})?$/.test(value)) return void 0;
  const reset = Number(value);
  if (reset >= EPOCH_MS) return reset > now ? Math.round(reset - now) : void 0;
  if (reset >= EPOCH_SECONDS) return reset * 1e3 > now ? Math.round(reset * 1e3 - now) : void 0;
  return Math.round(reset * 1e3);
}
function headerRetryAfterMs(header, status, now) {
  const retryAfter = header("retry-after");
  const stated = retryAfter === void 0 ? void 0 : parseRetryAfter(cut(retryAfter, MAX_HEADER_CHARS), now, header("date"));
  if (stated !== void 0) return stated;
  if (status !== 429 && !headerSaysExhausted(header)) return void 0;
  const sent = header("date");
  const from = (sent === void 0 ? void 0 : parseHttpDate(cut(sent, MAX_HEADER_CHARS), now)) ?? now;
  const combined = header("ratelimit")?.slice(0, MAX_HEADER_CHARS);
  return resetMs(combined?.match(/(?:reset=|\bt=)(\d{1,13}(?:\.\d{1,3})?)/)?.[1], from) ?? resetMs(header("ratelimit-reset") ?? header("x-ratelimit-reset") ?? header("x-rate-limit-reset"), from);
}
function headerSaysExhausted(header) {
  const combined = header("ratelimit")?.slice(0, MAX_HEADER_CHARS);
  const remaining = header("ratelimit-remaining") ?? header("x-ratelimit-remaining") ?? header("x-rate-limit-remaining") ?? combined?.match(/(?:remaining=|\br=)(\d{1,13})/)?.[1];
  return remaining?.trim() === "0";
}
function headerCorrelationId(header) {
  const id = header("x-correlation-id") ?? header("x-request-id") ?? header("request-id") ?? header("x-trace-id");
  return id === void 0 ? void 0 : cut(id, 200);
}

// src/core/normalize/headers.ts
var absent = () => void 0;
function fromRecord(record) {
  const byName = /* @__PURE__ */ new Map();
  for (const key of Object.keys(record).slice(0, 200)) {
    const value = record[key];
    if (typeof value === "string" || typeof value === "number") byName.set(key.toLowerCase(), String(value));
  }
  return byName;
}
function readHeaders(init) {
  if (init === void 0 || init === null) return absent;
  let read;
  try {
    if (typeof init.get === "function" && typeof init.has === "function") {
      const headers = init;
      read = (name2) => headers.get(name2);
    } else if (isRecord(init) && !(Symbol.iterator in init)) {
      const byName = fromRecord(init);
      read = (name2) => byName.get(name2);
    } else {
      const headers = new Headers(init);
      read = (name2) => headers.get(name2);
    }
  } catch {
    return absent;
  }
  return (name2) => {
    try {
      const value = read(name2);
      return value === null || value === void 0 || value.trim() === "" ? void 0 : value.trim();
    } catch {
      return void 0;
    }
  };
}

// src/core/normalize/jsonNesting.ts
var OPEN_ARRAY = 91;
var OPEN_OBJECT = 123;
var CLOSE_ARRAY = 93;
var CLOSE_OBJECT = 125;
var QUOTE = 34;
var BACKSLASH = 92;
function nestsDeeperThan(text2, limit) {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text2.length; index += 1) {
    const code = text2.charCodeAt(index);
    if (inString) {
      if (code === BACKSLASH) index += 1;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) inString = true;
    else if (code === OPEN_ARRAY || code === OPEN_OBJECT) {
      depth += 1;
      if (depth > limit) return true;
    } else if (code === CLOSE_ARRAY || code === CLOSE_OBJECT) depth -= 1;
  }
  return false;
}

// src/core/format/safeHref.ts
var MAX_URL_CHARS = 2048;
var PLACEHOLDER_ORIGIN = "http://localhost";
function parseHttpUrl(value, base = PLACEHOLDER_ORIGIN) {
  if (typeof value !== "string" || value.length > MAX_URL_CHARS) return void 0;
  try {
    const url = new URL(value, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url : void 0;
  } catch {
    return void 0;
  }
}

// src/core/normalize/redact.ts
var DEBUG_KEY = /^(?:stack|stacktrace|stack_trace|trace|traceback|query|sql|db_error|dberror|originalmessage|original_message|exception|debug|file|filename|lineno)$/i;
var MAX_NODES = 300;
var MAX_DEPTH = 6;
var MAX_STRING_CHARS = 1e3;
var MAX_KEY_CHARS = 100;
var CREDENTIAL_PARAMETER = /[?&#][\w.-]{0,40}(?:token|key|secret|sig|signature|password|passwd|auth|session|sid)=/i;
function keptString(text2) {
  if (text2.length > MAX_STRING_CHARS || /[\r\n]/.test(text2)) return void 0;
  if (/\s/.test(text2.trim()) && !plainWords(text2)) return void 0;
  if (!CREDENTIAL_PARAMETER.test(text2)) return text2;
  const url = /^\s*https?:\/\//i.test(text2) ? parseHttpUrl(text2.trim()) : void 0;
  return url && !url.username && !url.password ? url.origin + url.pathname : void 0;
}
function redactDetails(value) {
  const budget = { nodes: 0 };
  const seen = /* @__PURE__ */ new WeakSet();
  const copy = (input, depth) => {
    if (++budget.nodes > MAX_NODES) return void 0;
    if (typeof input === "string") return keptString(input);
    if (typeof input === "boolean" || input === null) return input;
    if (typeof input === "number") return Number.isFinite(input) ? input : void 0;
    if (typeof input !== "object" || depth > MAX_DEPTH || seen.has(input)) return void 0;
    seen.add(input);
    if (Array.isArray(input)) return input.slice(0, 50).map((item) => copy(item, depth + 1)).filter((item) => item !== void 0);
    const out = {};
    for (const key of Object.keys(input).slice(0, 50)) {
      if (key.length > MAX_KEY_CHARS || DEBUG_KEY.test(key)) continue;
      let item;
      try {
        item = input[key];
      } catch {
        continue;
      }
      const safe = copy(item, depth + 1);
      if (safe !== void 0) Object.defineProperty(out, key, { value: safe, enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  const result2 = isRecord(value) ? copy(value, 0) : void 0;
  return isRecord(result2) ? result2 : {};
}

// src/core/normalize/sentenceWait.ts
var STATED_WAIT = /\b(?:in|after:?|wait)\s(\d{1,7}(?:\.\d{1,3})?)\s?(milliseconds?|ms|seconds?|second\(s\)|secs?|s|minutes?|mins?|hours?|h)(?![a-z])/i;
var UNIT_MS = [
  [/^(?:ms|milli)/i, 1],
  [/^(?:s|sec)/i, 1e3],
  [/^m/i, 6e4],
  [/^h/i, 36e5]
];
function sentenceWaitMs(sentence) {
  const match = sentence === void 0 ? null : STATED_WAIT.exec(sentence.slice(0, 500));
  if (!match) return void 0;
  const unit = UNIT_MS.find(([pattern]) => pattern.test(match[2] ?? ""))?.[1];
  return unit === void 0 ? void 0 : Math.round(Number(match[1]) * unit);
}

// src/core/normalize/baseQueryError.ts
var MEMBERS3 = /* @__PURE__ */ new Set(["status", "data", "error", "originalStatus", "meta"]);
function readBaseQueryError(input) {
  if (!isRecord(input) || !Object.hasOwn(input, "status") || !Object.keys(input).every((key) => MEMBERS3.has(key))) return void 0;
  const status = get(input, "status");
  if (status === "FETCH_ERROR") return { kind: "network" };
  if (status === "TIMEOUT_ERROR") return { kind: "timeout" };
  if (status === "PARSING_ERROR") return { kind: "http", status: toStatus(get(input, "originalStatus")), body: get(input, "data") };
  if (status === "CUSTOM_ERROR") return { kind: "http", body: get(input, "data") };
  const numeric = toStatus(status);
  return numeric !== void 0 && Object.hasOwn(input, "data") ? { kind: "http", status: numeric, body: get(input, "data") } : void 0;
}

// src/core/normalize/routeErrorResponse.ts
function readRouteErrorResponse(input) {
  if (!isRecord(input) || typeof get(input, "statusText") !== "string" || !Object.hasOwn(input, "data")) return void 0;
  const status = toStatus(get(input, "status"));
  if (status === void 0) return void 0;
  return { status, body: get(input, "internal") === true ? void 0 : get(input, "data"), headers: get(input, "headers") };
}

// src/core/normalize/thrownError.ts
var NETWORK = /failed to fetch|networkerror|load failed|fetch failed|network request failed|econnrefused|enotfound|econnreset|err_network|err_internet_disconnected/i;
var GRAPHQL_CLIENT_ERROR = /^(?:CombinedGraphQLErrors|ApolloError|CombinedError)$/;
function fromResponse(response) {
  if (typeof Response === "undefined" || !(response instanceof Response)) return { status: toStatus(get(response, "status")), headers: get(response, "headers") };
  try {
    return { status: toStatus(response.status), headers: response.headers };
  } catch {
    return {};
  }
}
function classifyThrown(error, depth = 0) {
  const name2 = String(get(error, "name") ?? error.name);
  const code = String(get(error, "code") ?? "");
  if (name2 === "AbortError" || name2 === "CancelledError" || code === "ERR_CANCELED") return { kind: "cancelled" };
  if (name2 === "TimeoutError" || code === "ETIMEDOUT" || code === "ECONNABORTED" || code === "UND_ERR_CONNECT_TIMEOUT") return { kind: "timeout" };
  const carried = get(error, "response");
  const response = fromResponse(carried);
  if (GRAPHQL_CLIENT_ERROR.test(name2)) {
    const errors = list(get(error, "errors")).length > 0 ? get(error, "errors") : get(error, "graphQLErrors");
    if (list(errors).length > 0) return { kind: "http", status: response.status, headers: response.headers, body: { errors } };
    const network = get(error, "networkError");
    if (network instanceof Error && depth < 2) {
      const inner = classifyThrown(network, depth + 1);
      return inner.kind === "script" && response.status !== void 0 ? { kind: "http", status: response.status, headers: response.headers } : inner;
    }
  }
  const status = response.status ?? toStatus(get(error, "status")) ?? toStatus(get(error, "statusCode"));
  if (status !== void 0) {
    const body = get(carried, "data") ?? get(error, "data") ?? get(error, "result") ?? get(error, "bodyText");
    return { kind: "http", status, headers: response.headers, body };
  }
  const cause = get(error, "cause");
  if (NETWORK.test(`${error.message} ${code} ${String(get(cause, "code") ?? "")}`) || code === "ERR_NETWORK") {
    return { kind: "network" };
  }
  return { kind: "script" };
}

// src/core/normalize/createNormalizer.ts
var MAX_JSON_CHARS = 1e6;
var SCAN_NESTING_FROM_CHARS = 16384;
var MAX_JSON_NESTING = 64;
var SECRET_ECHO = /pass|secret|token|card|cvc|cvv|pin|otp|key|ssn|code/i;
var FIELD_PATH = /^[\p{L}\p{N}_$.\-[\]]{1,128}$/u;
var MAX_CODE_CHARS = 100;
var THROWN_CODES = { cancelled: "CANCELLED", timeout: "TIMEOUT", network: "NETWORK_ERROR", script: "UNKNOWN_ERROR" };
function isErrorLike(value) {
  return value instanceof Error || isRecord(value) && /(?:Error|Exception)\]$/.test(Object.prototype.toString.call(value));
}
function parseBody(body) {
  if (typeof body !== "string" || body.length > MAX_JSON_CHARS || !/^\s*[[{"]/.test(body.slice(0, 64))) return body;
  if (body.length > SCAN_NESTING_FROM_CHARS && nestsDeeperThan(body, MAX_JSON_NESTING)) return body;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}
function contextFree(context) {
  return context.status === void 0 && context.headers === void 0 && context.now === void 0;
}
function matchersOf(dialects) {
  return [...new Set(dialects.map((dialect) => dialect.matchers ?? []))].flat();
}
function createNormalizer({ dialects, registry = createRegistry() }) {
  const normalized = /* @__PURE__ */ new WeakMap();
  const reading = { read: dialectReader(dialects), matchers: [...registry.matchers, ...matchersOf(dialects)], registry };
  return (input, context = {}) => {
    if (isApiError(input)) return input;
    const cacheable = typeof input === "object" && input !== null && contextFree(context);
    const cached = cacheable ? normalized.get(input) : void 0;
    if (cached) return cached;
    let error;
    try {
      error = normalize(input, context, reading);
    } catch (thrown) {
      reportCallbackError("dialect", thrown);
      const entry = registry.resolve("UNKNOWN_ERROR");
      error = new ApiError({ code: entry.code, category: entry.category, message: CATEGORIES.unknown.sentence, retryable: false, dialect: "unknown", entry, cause: input });
    }
    if (cacheable) normalized.set(input, error);
    return error;
  };
}
function normalize(input, context, { read, matchers, registry }) {
  const controlFlow = controlFlowOf(input);
  if (controlFlow) {
    const entry2 = registry.resolve("CANCELLED");
    return new ApiError({ code: entry2.code, category: entry2.category, message: CATEGORIES.cancelled.sentence, retryable: false, dialect: "control-flow", entry: entry2, controlFlow, cause: input });
  }
  let status = toStatus(context.status);
  let headers = context.headers;
  let body = input;
  let wire;
  const routed = readRouteErrorResponse(input);
  const handedBack = routed ? void 0 : readBaseQueryError(input);
  if (typeof Response !== "undefined" && input instanceof Response) {
    status ??= input.status;
    headers ??= input.headers;
    body = void 0;
  } else if (routed) {
    status ??= routed.status;
    headers ??= routed.headers;
    body = routed.body;
  } else if (handedBack || isErrorLike(input)) {
    const thrown = handedBack ?? classifyThrown(input);
    if (thrown.kind === "http") {
      status ??= thrown.status;
      headers ??= thrown.headers;
      body = thrown.body;
    } else {
      wire = { dialect: thrown.kind === "script" ? "javascript" : "fetch", code: THROWN_CODES[thrown.kind] };
    }
  }
  const header = readHeaders(headers);
  const contentType = header("content-type")?.toLowerCase() ?? "";
  body = parseBody(body);
  wire ??= body === void 0 || body === null ? { dialect: "empty" } : read(body, contentType) ?? { dialect: "unknown" };
  const finalStatus = (status !== void 0 && status >= 400 ? status : void 0) ?? wire.status ?? status;
  let fieldErrors = wire.fieldErrors ?? [];
  let code = wire.specificCodes?.map((specific) => registry.codeFor(specific)).find(Boolean) ?? boundedCode(wire.code) ?? boundedCode(header("x-error-code"));
  let stated;
  if (!code && wire.message) {
    const found = matchSentence(matchers, finalStatus, wire.message);
    if (found) {
      code = found.matcher.code;
      stated = found.matcher.details?.(found.match);
      const field = found.matcher.field;
      const name2 = typeof field === "number" ? found.match[field] : field;
      if (name2 && fieldErrors.length === 0) fieldErrors = [{ field: toFieldPath(name2), message: wire.message }];
    }
  }
  if ((!code || registry.codeFor(code) === void 0) && !fieldErrors.some((error) => error.field !== FORM_FIELD)) {
    if ((finalStatus === 403 || finalStatus === 400) && (headerSaysExhausted(header) || finalStatus === 403 && header("retry-after") !== void 0)) {
      code = "RATE_LIMITED";
    } else {
      const said = [wire.message, ...fieldErrors.map((error) => error.message)];
      const found = said.map((sentence) => sentence === void 0 ? void 0 : matchSentence(STANDARD_SENTENCES, finalStatus, sentence)).find(Boolean);
      if (found) {
        code = found.matcher.code;
        const field = typeof found.matcher.field === "number" ? found.match[found.matcher.field] : found.matcher.field;
        if (field) fieldErrors = [{ field: toFieldPath(field), message: found.match.input.replace(/^\d{3} \([^)]{1,40}\) /, "") }];
      }
    }
  }
  code ??= fieldErrors.length > 0 ? "VALIDATION_ERROR" : codeForStatus(finalStatus);
  code = registry.codeFor(code) ?? code;
  const now = context.now ?? Date.now();
  const statedWait = headerRetryAfterMs(header, finalStatus, now) ?? wire.retryAfterMs ?? bodyRetryAfterMs(stated);
  let entry = registry.resolve(code, finalStatus);
  if (entry.category === "rate-limited" && statedWait === void 0 && wire.message !== void 0 && QUOTA_SENTENCE.test(wire.message.slice(0, 500))) {
    code = "QUOTA_EXCEEDED";
    entry = registry.resolve(code, finalStatus);
  }
  const traits = CATEGORIES[entry.category];
  const shown = registry.serverMessages && !traits.serverSide && !(finalStatus !== void 0 && finalStatus >= 500) && wire.message !== void 0 && !carriesDebugOutput(body) ? plainSentence(wire.message) : void 0;
  const told = shown !== void 0 && speaksToUser(shown) ? shown : void 0;
  return new ApiError({
    code,
    status: finalStatus,
    category: entry.category,
    message: told ?? entry.message ?? traits.sentence,
    serverMessage: told,
    fieldErrors: fieldErrors.slice(0, MAX_FIELD_ERRORS).map(cleanFieldError),
    retryable: entry.retryable,
    retryAfterMs: usableWait(statedWait ?? (entry.category === "rate-limited" ? sentenceWaitMs(wire.message) : void 0)),
    correlationId: headerCorrelationId(header) ?? boundedId(wire.correlationId) ?? boundedId(digestOf(input)),
    details: { ...redactDetails(wire.details), ...redactDetails(stated) },
    dialect: wire.dialect,
    entry,
    cause: input
  });
}
function boundedCode(code) {
  const trimmed = code?.trim();
  return trimmed && trimmed.length <= MAX_CODE_CHARS ? trimmed : void 0;
}
function boundedId(id) {
  return id === void 0 ? void 0 : cut(id, 200);
}
function digestOf(input) {
  return isErrorLike(input) ? text(input, "digest") : void 0;
}
function usableWait(ms) {
  return ms !== void 0 && Number.isFinite(ms) && ms >= 0 ? ms : void 0;
}
function cleanFieldError(error) {
  const { value, ...rest } = error;
  const message = plainSentence(error.message, 1) ?? REPLACED_FIELD_MESSAGE;
  const field = FIELD_PATH.test(error.field) && (error.field === FORM_FIELD || plainWords(error.field.replace(/[.[\]]+/g, " "))) ? error.field : FORM_FIELD;
  const cleaned = { ...rest, field, message };
  if (value !== void 0 && !SECRET_ECHO.test(cleaned.field)) cleaned.value = typeof value === "string" ? cut(value, 200) : value;
  return cleaned;
}

// src/core/retry/backoff.ts
var DEFAULT_MIN_DELAY_MS = 1e3;
var DEFAULT_BASE_DELAY_MS = 1e3;
var DEFAULT_MAX_DELAY_MS = 6e4;
var MAX_TIMER_MS = 2 ** 31 - 1;
function checkDelay(options, name2) {
  const value = options[name2];
  if (value !== void 0 && !(typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= MAX_TIMER_MS)) {
    throw new RangeError(`api-error-kit: ${name2} must be a number of ms from 0 to ${MAX_TIMER_MS}, not ${String(value)}.`);
  }
}
function validateBackoff(options) {
  checkDelay(options, "minDelayMs");
  checkDelay(options, "baseDelayMs");
  checkDelay(options, "maxDelayMs");
  if (options.random !== void 0 && typeof options.random !== "function") {
    throw new TypeError("api-error-kit: random must be a function returning a number in [0, 1).");
  }
}
function attemptIndex(attempt) {
  return Number.isFinite(attempt) && attempt > 0 ? Math.min(Math.floor(attempt), 30) : 0;
}
function backoffCeiling(attempt, options = {}) {
  const floor = options.minDelayMs ?? DEFAULT_MIN_DELAY_MS;
  const base = Math.max(floor, options.baseDelayMs ?? DEFAULT_BASE_DELAY_MS, 1);
  const cap = Math.max(base, options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS);
  return Math.min(cap, base * 2 ** attemptIndex(attempt));
}
function automaticRetryDelay(attempt, statedMs, options = {}) {
  const step = backoffCeiling(attempt, options);
  const cap = Math.max(step, options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS);
  const draw = (options.random ?? Math.random)();
  const jitter = Number.isFinite(draw) ? Math.min(Math.max(draw, 0), 0.999) : 0.5;
  const delay = Math.min(cap, Math.floor(step + jitter * step / 2));
  const stated = statedMs !== void 0 && Number.isFinite(statedMs) && statedMs > 0 ? Math.ceil(statedMs) : 0;
  return Math.max(delay, stated);
}

// src/core/retry/rateLimitGate.ts
var MAX_ORIGINS = 100;
var RateLimitGate = class {
  constructor(backoff = {}) {
    this.backoff = backoff;
  }
  backoff;
  origins = /* @__PURE__ */ new Map();
  /** Notes a rate limit from `origin`, with the wait it stated, if any. */
  limited(origin, statedMs, now = Date.now()) {
    const state = this.origins.get(origin) ?? { until: 0, strikes: 0, probing: false, waiting: /* @__PURE__ */ new Set() };
    if (now >= state.until) {
      const stated = statedMs !== void 0 && Number.isFinite(statedMs) && statedMs > 0 ? statedMs : 0;
      state.until = now + Math.max(stated, backoffCeiling(state.strikes, this.backoff));
      state.strikes += 1;
    }
    state.probing = false;
    this.origins.delete(origin);
    this.origins.set(origin, state);
    for (const [oldest, evicted] of this.origins) {
      if (this.origins.size <= MAX_ORIGINS) break;
      this.origins.delete(oldest);
      this.wake(evicted);
    }
    this.wake(state);
  }
  /** Notes an answer from `origin` that was not a rate limit: its wait is over for everyone. */
  passed(origin) {
    const state = this.origins.get(origin);
    if (!state) return;
    this.origins.delete(origin);
    this.wake(state);
  }
  /** A probe that got no answer (aborted, timed out, offline): the next request in line asks instead. */
  released(origin) {
    const state = this.origins.get(origin);
    if (!state) return;
    state.probing = false;
    this.wake(state);
  }
  /** Forgets every origin's wait (a new page, or a test), letting anything waiting go. */
  clear() {
    const states = [...this.origins.values()];
    this.origins.clear();
    for (const state of states) this.wake(state);
  }
  /** How long `origin`'s shared wait still runs, in ms (0 when none). */
  remainingMs(origin, now = Date.now()) {
    const state = this.origins.get(origin);
    return state ? Math.max(0, state.until - now) : 0;
  }
  /**
   * Waits until a request to `origin` may go: at once when nothing holds it; otherwise once the
   * shared wait ends and, behind the first request to ask, once that one got through. A wait
   * longer than `maxHoldMs` is not held: the answer says how long it is, and nothing is sent.
   * Rejects when `signal` aborts.
   */
  async enter(origin, maxHoldMs, signal) {
    for (; ; ) {
      signal?.throwIfAborted();
      const state = this.origins.get(origin);
      if (!state) return { go: true, probe: false };
      const left = state.until - Date.now();
      if (left > maxHoldMs) return { go: false, waitMs: left };
      if (left > 0) {
        await pause(left, signal);
        continue;
      }
      if (!state.probing) {
        state.probing = true;
        return { go: true, probe: true };
      }
      await new Promise((resolve2, reject) => {
        const onAbort = () => {
          state.waiting.delete(done);
          reject(signal?.reason);
        };
        const done = () => {
          signal?.removeEventListener("abort", onAbort);
          resolve2();
        };
        state.waiting.add(done);
        signal?.addEventListener("abort", onAbort, { once: true });
      });
    }
  }
  wake(state) {
    const waiting = [...state.waiting];
    state.waiting.clear();
    for (const resume of waiting) resume();
  }
};
function pause(ms, signal) {
  return new Promise((resolve2, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve2();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

// src/core/retry/errorOrigins.ts
var UNKNOWN_ORIGIN = "";
var origins = /* @__PURE__ */ new WeakMap();
function originOf(error) {
  return origins.get(error) ?? UNKNOWN_ORIGIN;
}

// src/core/retry/retryRules.ts
var browserOnline = () => typeof navigator === "undefined" || navigator.onLine !== false;
function validate(options) {
  validateBackoff(options);
  const { maxRetries, maxServerWaitMs } = options;
  if (maxRetries !== void 0 && !(Number.isInteger(maxRetries) && maxRetries >= 0 && maxRetries <= 100)) {
    throw new RangeError(`api-error-kit: maxRetries must be a whole number from 0 to 100, not ${String(maxRetries)}.`);
  }
  if (maxServerWaitMs !== void 0 && !(typeof maxServerWaitMs === "number" && maxServerWaitMs >= 0 && maxServerWaitMs <= MAX_TIMER_MS)) {
    throw new RangeError(`api-error-kit: maxServerWaitMs must be a number of ms from 0 to ${MAX_TIMER_MS}, not ${String(maxServerWaitMs)}.`);
  }
  if (options.isOnline !== void 0 && typeof options.isOnline !== "function") throw new TypeError("api-error-kit: isOnline must be a function.");
}
function retryRules({ normalize: normalize2, registry, rateLimits }, options = {}) {
  validate(options);
  const maxServerWaitMs = options.maxServerWaitMs ?? 6e4;
  const isOnline = options.isOnline ?? browserOnline;
  const read = (thrown) => normalize2(thrown);
  return {
    retry(failureCount, thrown) {
      const error = read(thrown);
      const entry = registry.resolve(error.code, error.status);
      if (!entry.retryable || entry.category === "cancelled") return false;
      if (error.retryAfterMs !== void 0 && error.retryAfterMs > maxServerWaitMs) return false;
      if (entry.category === "network" && !isOnline()) return true;
      const count = Number.isFinite(failureCount) ? failureCount : Number.POSITIVE_INFINITY;
      return count < (entry.maxRetries ?? options.maxRetries ?? 3);
    },
    retryDelay(failureCount, thrown) {
      const error = read(thrown);
      const origin = originOf(error);
      if (origin === "" && error.category === "rate-limited") rateLimits.limited(origin, error.retryAfterMs);
      return Math.max(automaticRetryDelay(failureCount, error.retryAfterMs, options), rateLimits.remainingMs(origin));
    }
  };
}

// src/core/kit/createErrorKit.ts
var KIT_BRAND = /* @__PURE__ */ Symbol.for("api-error-kit.ErrorKit");
var warned = false;
function warnOnce(message) {
  const mode = globalThis.process?.env?.NODE_ENV;
  if (warned || mode === "production") return;
  warned = true;
  console.warn(`api-error-kit: ${message}`);
}
function mergeWords(sources) {
  const merged = {};
  for (const source of sources) for (const [tag, words] of Object.entries(source ?? {})) merged[tag] = { ...merged[tag], ...words };
  return merged;
}
function createErrorKit(options = {}) {
  const presets = options.presets ?? [];
  validateBackoff(options.retry ?? {});
  validateBackoff(options.selfRetry ?? {});
  const registry = createRegistry({
    codes: Object.assign({}, ...presets.map((preset) => preset.codes), options.codes),
    matchers: [...options.matchers ?? [], ...presets.flatMap((preset) => preset.matchers ?? [])],
    ...options.messages && { messages: options.messages },
    ...options.serverMessages !== void 0 && { serverMessages: options.serverMessages }
  });
  if (presets.length === 0 && options.dialects === void 0) warnOnce("createErrorKit was given no dialects and no presets, so this kit reads only text, HTML and empty bodies. Pass `dialects: standardDialects` (from api-error-kit/dialects), or extend the default kit: `defaultKit().extend({ ... })`.");
  const own2 = [.../* @__PURE__ */ new Set([...options.dialects ?? [], textBody])];
  const dialects = [...new Set(presets.flatMap((preset) => preset.dialects ?? []))].filter((dialect) => !own2.includes(dialect)).concat(own2);
  const normalize2 = createNormalizer({ dialects, registry });
  const rateLimits = new RateLimitGate(options.retry);
  const kit = {
    [KIT_BRAND]: true,
    normalize: normalize2,
    registry,
    retry: retryRules({ normalize: normalize2, registry, rateLimits }, options.retry),
    selfRetry: options.selfRetry ?? {},
    rateLimits,
    linkHosts: [.../* @__PURE__ */ new Set([...presets.flatMap((preset) => preset.linkHosts ?? []), ...options.linkHosts ?? []])],
    fallbacks: Object.assign({}, ...presets.map((preset) => preset.fallbacks), options.fallbacks),
    words: mergeWords([...presets.map((preset) => preset.words), options.words]),
    presets: presets.map((preset) => preset.name),
    extend: (more) => createErrorKit({
      ...options,
      ...more,
      presets: [...presets, ...more.presets ?? []],
      dialects: [...options.dialects ?? [], ...more.dialects ?? []],
      codes: { ...options.codes, ...more.codes },
      matchers: [...more.matchers ?? [], ...options.matchers ?? []],
      messages: { ...options.messages, ...more.messages },
      words: mergeWords([options.words, more.words]),
      linkHosts: [...options.linkHosts ?? [], ...more.linkHosts ?? []],
      fallbacks: { ...options.fallbacks, ...more.fallbacks }
    })
  };
  return kit;
}

// src/openapi/checkExamples.ts
var STANDARD = { problemJson, googleRpc, graphql, jsonApi, okFalse };
function presetOf(model) {
  const { envelope } = model;
  const own2 = envelope ? [defineDialect({ members: envelope.members }, (body) => readEnvelope(body, envelope))] : [];
  return {
    name: model.name,
    dialects: [...own2, ...model.standardDialects.map((dialect) => STANDARD[dialect])],
    codes: Object.fromEntries(model.declared.map((declared) => [declared.code, declared.entry])),
    words: { en: Object.fromEntries(model.words) }
  };
}
function documentedReading(kit, example) {
  const standard = createRegistry();
  if (example.code !== void 0) {
    const code = kit.registry.codeFor(example.code) ?? example.code;
    return { code, category: kit.registry.resolve(code, example.status).category };
  }
  return example.status === void 0 ? {} : { category: STANDARD_CODES[codeForStatus(example.status)].category ?? standard.resolve("", example.status).category };
}
function checkExamples(model, examples, warnings) {
  const kit = createErrorKit({ presets: [presetOf(model)], dialects: standardDialects });
  let checked = 0;
  let readRight = 0;
  for (const example of examples) {
    const expected = documentedReading(kit, example);
    if (expected.code === void 0 && expected.category === void 0) continue;
    checked++;
    const error = kit.normalize(example.body, { ...example.status !== void 0 && { status: example.status }, headers: { "content-type": example.contentType } });
    const codeRight = expected.code === void 0 || error.code === expected.code;
    const categoryRight = expected.category === void 0 || error.category === expected.category;
    if (codeRight && categoryRight) readRight++;
    else {
      warnings.push({
        kind: "unread-example",
        message: `an example of \`${example.operation}\` is read as ${error.code} (${error.category}), where the document says ${expected.code ?? "no code"} (${expected.category ?? "no category"}${example.status === void 0 ? "" : ` at ${example.status}`})`,
        pointer: example.pointer
      });
    }
  }
  return { checked, readRight };
}

// src/openapi/jsonPointer.ts
function escapeSegment(segment) {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function pointerTo(base, ...segments) {
  return base + segments.map((segment) => `/${escapeSegment(String(segment))}`).join("");
}
function segmentsOf(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}

// src/openapi/OpenApiDocumentError.ts
var DOCUMENT_ERROR_BRAND = /* @__PURE__ */ Symbol.for("api-error-kit.OpenApiDocumentError");
var OpenApiDocumentError = class extends Error {
  name = "OpenApiDocumentError";
  file;
  pointer;
  constructor(file2, reason, place) {
    const where = [place?.line ? `${file2}:${place.line}` : file2, place?.pointer === void 0 ? void 0 : `#${place.pointer}`].filter(Boolean).join(" ");
    super(`${where}: ${reason}`);
    Object.defineProperty(this, DOCUMENT_ERROR_BRAND, { value: true });
    this.file = file2;
    this.pointer = place?.pointer;
  }
};

// src/openapi/OpenApiDocument.ts
var MAX_REF_HOPS = 32;
function valueAt(root, pointer) {
  let node = root;
  for (const segment of segmentsOf(pointer)) {
    node = Array.isArray(node) ? node[Number(segment)] : get(node, segment);
    if (node === void 0) return void 0;
  }
  return node;
}
function resolve(document, value, pointer) {
  let current = { value, pointer };
  for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
    const ref = get(current.value, "$ref");
    if (typeof ref !== "string" || !ref.startsWith("#")) return current;
    let target;
    try {
      target = decodeURIComponent(ref.slice(1));
    } catch {
      target = ref.slice(1);
    }
    const found = valueAt(document.root, target);
    if (found === void 0) {
      const at2 = `${current.pointer}/$ref`;
      throw new OpenApiDocumentError(document.file, `\`$ref: ${ref}\` leads nowhere: the document has nothing at ${ref}`, { pointer: at2, line: document.lineOf(at2) });
    }
    current = { value: found, pointer: target };
  }
  throw new OpenApiDocumentError(document.file, `\`$ref\`s at ${pointer} go round in a circle`, { pointer, line: document.lineOf(pointer) });
}
function member(document, located, key) {
  const found = get(located.value, key);
  return found === void 0 ? void 0 : resolve(document, found, `${located.pointer}/${escapeSegment(key)}`);
}
function entries(document, located) {
  if (!located || !isRecord(located.value)) return [];
  return Object.keys(located.value).flatMap((key) => {
    const found = member(document, located, key);
    return found ? [[key, found]] : [];
  });
}
function items(document, located) {
  if (!located || !Array.isArray(located.value)) return [];
  return located.value.map((item, index) => resolve(document, item, `${located.pointer}/${index}`));
}

// src/openapi/schemaView.ts
var MAX_DEPTH2 = 8;
function parts(document, schema, depth) {
  if (depth > MAX_DEPTH2 || !isRecord(schema.value)) return [];
  return [schema, ...items(document, member(document, schema, "allOf")).flatMap((part) => parts(document, part, depth + 1))];
}
function variantsOf(document, schema) {
  const alternatives = [...items(document, member(document, schema, "oneOf")), ...items(document, member(document, schema, "anyOf"))];
  return alternatives.length > 0 ? alternatives : [schema];
}
function propertiesOf(document, schema, variants = false, depth = 0) {
  const found = /* @__PURE__ */ new Map();
  if (!schema || depth > MAX_DEPTH2) return found;
  for (const part of parts(document, schema, depth)) {
    for (const [name2, property] of entries(document, member(document, part, "properties"))) if (!found.has(name2)) found.set(name2, property);
  }
  if (variants) {
    for (const part of parts(document, schema, depth)) {
      for (const alternative of [...items(document, member(document, part, "oneOf")), ...items(document, member(document, part, "anyOf"))]) {
        for (const [name2, property] of propertiesOf(document, alternative, true, depth + 1)) if (!found.has(name2)) found.set(name2, property);
      }
    }
  }
  return found;
}
function propertySchemas(document, schema, name2, depth = 0) {
  if (depth > MAX_DEPTH2) return [];
  const found = [];
  for (const part of parts(document, schema, depth)) {
    const own2 = member(document, member(document, part, "properties") ?? { value: void 0, pointer: part.pointer }, name2);
    if (own2) found.push(own2);
    for (const alternative of [...items(document, member(document, part, "oneOf")), ...items(document, member(document, part, "anyOf"))]) found.push(...propertySchemas(document, alternative, name2, depth + 1));
  }
  return found;
}
function typesOf(document, schema) {
  const types = /* @__PURE__ */ new Set();
  if (!schema) return types;
  for (const part of parts(document, schema, 0)) {
    const type = get(part.value, "type");
    for (const each of Array.isArray(type) ? type : [type]) if (typeof each === "string") types.add(each);
    if (get(part.value, "nullable") === true) types.add("null");
    if (types.size === 0 && (get(part.value, "properties") !== void 0 || get(part.value, "additionalProperties") !== void 0)) types.add("object");
    for (const value of literalsOf(document, part).map((literal2) => literal2.value)) types.add(value === null ? "null" : typeof value === "number" ? "number" : typeof value);
  }
  for (const variant of schema ? variantsOf(document, schema) : []) if (variant !== schema) for (const type of typesOf(document, variant)) types.add(type);
  return types;
}
function enumMeaning(schema, value, index) {
  for (const key of ["x-enum-descriptions", "x-enumDescriptions"]) {
    const list2 = get(schema, key);
    const found = Array.isArray(list2) ? list2[index] : typeof value === "string" ? get(list2, value) : void 0;
    if (typeof found === "string" && found.trim()) return found.trim();
  }
  return void 0;
}
function textOf(schema, key) {
  const found = get(schema, key);
  return typeof found === "string" && found.trim() ? found.trim() : void 0;
}
function literalsOf(document, schema, depth = 0) {
  if (!schema || depth > MAX_DEPTH2 || !isRecord(schema.value)) return [];
  const found = [];
  const own2 = schema.value;
  if (Object.hasOwn(own2, "const")) {
    const meaning = textOf(own2, "description");
    const title = textOf(own2, "title");
    found.push({ value: own2["const"], pointer: `${schema.pointer}/const`, ...meaning !== void 0 && { meaning }, ...title !== void 0 && { title } });
  }
  const values = get(own2, "enum");
  if (Array.isArray(values)) {
    values.forEach((value, index) => {
      const meaning = enumMeaning(own2, value, index) ?? (values.length === 1 ? textOf(own2, "description") : void 0);
      found.push({ value, pointer: `${schema.pointer}/enum/${index}`, ...meaning !== void 0 && { meaning } });
    });
  }
  for (const key of ["allOf", "oneOf", "anyOf"]) for (const part of items(document, member(document, schema, key))) found.push(...literalsOf(document, part, depth + 1));
  return found;
}

// src/openapi/detectFormat.ts
var CODE_NAMES = ["error_code", "errorCode", "code", "error", "err_code", "type", "reason", "errorType", "error_type", "id"];
var MESSAGE_NAMES = ["message", "error_message", "errorMessage", "error_description", "detail", "details", "description", "msg", "title", "err", "error"];
var FIELD_NAMES = ["validation_errors", "validationErrors", "fieldErrors", "field_errors", "errors", "fields", "invalid_params", "invalidParams", "violations"];
var DETAILS_NAMES = ["data", "details", "context", "meta", "extra", "info"];
var CORRELATION_NAMES = ["request_id", "requestId", "correlation_id", "correlationId", "trace_id", "traceId", "x_request_id"];
var STATUS_NAMES = ["status", "statusCode", "status_code", "http_status", "httpStatus", "code"];
var HOLDER_NAMES = ["error", "err", "fault"];
function looksLikeCode(value) {
  return typeof value === "string" && /^[A-Za-z][\w.:-]{0,79}$/.test(value);
}
function isStatus(value) {
  const number = typeof value === "string" ? Number(value) : value;
  return typeof number === "number" && Number.isInteger(number) && number >= 400 && number < 600;
}
function shownValues(document, property) {
  const values = literalsOf(document, property).map((literal2) => literal2.value);
  for (const key of ["example", "default"]) if (get(property.value, key) !== void 0) values.push(get(property.value, key));
  const examples = get(property.value, "examples");
  if (Array.isArray(examples)) values.push(...examples);
  return values;
}
function find(document, properties, names, types, fits = () => true) {
  return names.find((name2) => {
    const property = properties.get(name2);
    if (!property) return false;
    const own2 = typesOf(document, property);
    return (own2.size === 0 || types.some((type) => own2.has(type))) && fits(property, name2);
  });
}
function envelopePlaces(document, schema) {
  const root = propertiesOf(document, schema, true);
  const holderName = find(document, root, HOLDER_NAMES, ["object"], (property) => propertiesOf(document, property, true).size > 0);
  const holder = holderName ? propertiesOf(document, root.get(holderName), true) : root;
  const base = holderName ? [holderName] : [];
  const codeFits = (property, name2) => {
    const values = shownValues(document, property);
    if (values.some(isStatus) && typesOf(document, property).has("integer")) return false;
    if (values.some((value) => typeof value === "string" && !looksLikeCode(value))) return false;
    const description = String(get(property.value, "description") ?? "");
    if (/\b(?:message|sentence|explanation)\b/i.test(description) && !/\bcode\b/i.test(description)) return false;
    return !["id", "type", "error"].includes(name2) || values.some(looksLikeCode) || /\b(?:code|identifier|kind)\b/i.test(description);
  };
  const code = find(document, holder, CODE_NAMES, ["string", "integer"], codeFits);
  const message = find(document, holder, MESSAGE_NAMES.filter((name2) => name2 !== code), ["string"]);
  if (code === void 0 && message === void 0) return void 0;
  const detailsName = find(document, holder, DETAILS_NAMES.filter((name2) => name2 !== message), ["object"]);
  const detailsHolder = detailsName ? propertiesOf(document, holder.get(detailsName), true) : /* @__PURE__ */ new Map();
  const fieldsHere = find(document, holder, FIELD_NAMES, ["array", "object"]);
  const fieldsInDetails = fieldsHere ? void 0 : find(document, detailsHolder, FIELD_NAMES, ["array", "object"]);
  const statusName = [root, holder].map((properties) => find(document, properties, STATUS_NAMES.filter((name2) => name2 !== code), ["integer", "number", "string"], (property) => {
    const values = shownValues(document, property);
    return values.length === 0 ? typesOf(document, property).has("integer") : values.every(isStatus);
  }));
  const correlation = [holder, root].map((properties) => find(document, properties, CORRELATION_NAMES, ["string"]));
  const success = find(document, root, ["success", "ok"], ["boolean"]);
  const statusPath = statusName[1] !== void 0 ? [...base, statusName[1]] : statusName[0] !== void 0 ? [statusName[0]] : void 0;
  const correlationPath = correlation[0] !== void 0 ? [...base, correlation[0]] : correlation[1] !== void 0 ? [correlation[1]] : void 0;
  const used = [...new Set([code, message, fieldsHere, statusName[1], correlation[0]].filter((name2) => name2 !== void 0))];
  return {
    ...code !== void 0 && { code: [...base, code] },
    ...message !== void 0 && { message: [...base, message] },
    ...fieldsHere !== void 0 && { fieldErrors: [...base, fieldsHere] },
    ...fieldsInDetails !== void 0 && detailsName !== void 0 && { fieldErrors: [...base, detailsName, fieldsInDetails] },
    ...detailsName !== void 0 ? { details: [...base, detailsName] } : { details: base, omit: holderName ? used : [.../* @__PURE__ */ new Set([...used, ...success ? [success] : [], ...statusName[0] ? [statusName[0]] : [], ...correlation[1] ? [correlation[1]] : []])] },
    ...correlationPath && { correlationId: correlationPath },
    ...statusPath && { status: statusPath },
    ...success !== void 0 && { success: [success] }
  };
}
function detectFormat(document, contentType, schema) {
  if (/problem\+json/i.test(contentType)) return { kind: "problem" };
  if (!schema || !isRecord(schema.value)) return { kind: "none" };
  const properties = propertiesOf(document, schema, true);
  const has = (name2) => properties.has(name2);
  if (has("type") && has("title") && (has("status") || has("detail"))) return { kind: "problem" };
  const errors = properties.get("errors");
  const errorItem = errors ? propertiesOf(document, member(document, errors, "items"), true) : /* @__PURE__ */ new Map();
  if (errorItem.has("message") && (errorItem.has("extensions") || errorItem.has("locations"))) return { kind: "graphql" };
  if (errorItem.has("source") || errorItem.has("detail") && errorItem.has("title") && !errorItem.has("message")) return { kind: "jsonApi" };
  const error = properties.get("error");
  const errorMembers = error ? propertiesOf(document, error, true) : /* @__PURE__ */ new Map();
  if (errorMembers.has("status") && errorMembers.has("message") && typesOf(document, errorMembers.get("code")).has("integer")) return { kind: "googleRpc" };
  if (has("ok") && typesOf(document, properties.get("ok")).has("boolean") && (!error || typesOf(document, error).has("string"))) return { kind: "okFalse" };
  const places = envelopePlaces(document, schema);
  return places ? { kind: "envelope", places } : { kind: "none" };
}

// src/openapi/documentedWords.ts
var MAX_SENTENCE = 200;
var MAX_TITLE = 60;
function plain(markdown) {
  return markdown.replace(/<[^>]*>/g, " ").replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/(^|\W)_([^_]+)_(?=\W|$)/g, "$1$2").replace(/[`*~#>|]+/g, "").replace(/\s+/g, " ").trim();
}
function documentedSentence(description) {
  if (description === void 0) return void 0;
  const text2 = plain(description.split(/\n\s*\n/)[0] ?? "");
  const sentence = /^(.+?[.!?])(?:\s|$)/.exec(text2)?.[1] ?? text2;
  const words = sentence.split(" ");
  const titleCase = words.every((word) => !/^[a-z]/.test(word));
  if (sentence.length > MAX_SENTENCE || words.length < 3 || titleCase || /[{}=;]|https?:/.test(sentence)) return void 0;
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
function documentedTitle(title) {
  if (title === void 0) return void 0;
  const text2 = plain(title).replace(/\.$/, "");
  if (text2.length === 0 || text2.length > MAX_TITLE || /[{}=;]|https?:/.test(text2) || /^[\w.:-]+$/.test(text2)) return void 0;
  return text2[0]?.toUpperCase() + text2.slice(1);
}

// src/openapi/formatReading.ts
function codePathOf(format) {
  switch (format.kind) {
    case "problem":
      return ["type"];
    case "okFalse":
      return ["error"];
    case "googleRpc":
      return ["error", "status"];
    case "jsonApi":
      return ["errors", "[]", "code"];
    case "graphql":
      return ["errors", "[]", "extensions", "code"];
    case "envelope":
      return format.places.code;
    case "none":
      return void 0;
    default:
      return format;
  }
}
function detailsPathOf(format) {
  switch (format.kind) {
    case "problem":
      return [];
    case "envelope":
      return format.places.details;
    default:
      return void 0;
  }
}
function shapeOf(dialect, places) {
  const one = (path) => path ? [path] : void 0;
  const code = one(places.code);
  const message = one(places.message);
  const fieldErrors = one(places.fieldErrors);
  const correlationId = one(places.correlationId);
  const status = one(places.status);
  return {
    dialect,
    code: code ?? [],
    ...message && { message },
    ...fieldErrors && { fieldErrors },
    ...places.details && { details: places.details },
    ...places.omit && { omit: places.omit },
    ...correlationId && { correlationId },
    ...status && { status },
    ...places.success && { success: places.success }
  };
}
function readAs(format, body, contentType) {
  switch (format.kind) {
    case "problem":
      return problemJson(body, contentType.includes("problem") ? contentType : "application/problem+json");
    case "okFalse":
      return okFalse(body, contentType);
    case "googleRpc":
      return googleRpc(body, contentType);
    case "jsonApi":
      return jsonApi(body, contentType);
    case "graphql":
      return graphql(body, contentType);
    case "envelope":
      return readEnvelope(body, shapeOf("openapi", format.places));
    case "none":
      for (const dialect of standardDialects) {
        const wire = dialect(body, contentType);
        if (wire) return wire;
      }
      return void 0;
    default:
      return format;
  }
}
function codeOfLiteral(format, value) {
  if (typeof value !== "string" && typeof value !== "number") return void 0;
  const text2 = String(value).trim();
  if (text2 === "") return void 0;
  if (format.kind === "problem") return problemJson({ type: text2, title: "problem" }, "application/problem+json")?.code;
  return text2;
}

// src/openapi/schemaType.ts
var MAX_DEPTH3 = 4;
var MAX_MEMBERS = 60;
var MAX_LITERALS = 40;
function propertyKey(name2) {
  return /^[A-Za-z_$][\w$]*$/.test(name2) ? name2 : JSON.stringify(name2);
}
function literalType(value) {
  if (value === null) return "null";
  if (typeof value === "string" || typeof value === "boolean") return JSON.stringify(value);
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return void 0;
}
function union(types) {
  const distinct = [...new Set(types)];
  if (distinct.length === 0) return "unknown";
  if (distinct.includes("unknown")) return "unknown";
  return distinct.length === 1 ? distinct[0] ?? "unknown" : distinct.map((type) => /=>/.test(type) ? `(${type})` : type).join(" | ");
}
function objectType(document, schema, depth, seen) {
  const members = /* @__PURE__ */ new Map();
  let open = false;
  const collect = (part, level) => {
    if (level > MAX_DEPTH3 || !isRecord(part.value)) return;
    for (const [name2, property] of entries(document, member(document, part, "properties"))) if (!members.has(name2)) members.set(name2, property);
    const additional = get(part.value, "additionalProperties");
    if (additional !== void 0 && additional !== false) open = true;
    for (const piece of items(document, member(document, part, "allOf"))) collect(piece, level + 1);
  };
  collect(schema, 0);
  if (members.size === 0) {
    const additional = member(document, schema, "additionalProperties");
    if (additional && isRecord(additional.value)) return `{ readonly [key: string]: ${schemaType(document, additional, depth + 1, seen)} }`;
    return open ? "{ readonly [key: string]: unknown }" : void 0;
  }
  const lines = [...members].slice(0, MAX_MEMBERS).map(([name2, property]) => `readonly ${propertyKey(name2)}?: ${schemaType(document, property, depth + 1, seen)}`);
  if (open || members.size > MAX_MEMBERS) lines.push("readonly [key: string]: unknown");
  return `{ ${lines.join("; ")} }`;
}
function schemaType(document, schema, depth = 0, seen = /* @__PURE__ */ new Set()) {
  if (!schema || !isRecord(schema.value) || depth > MAX_DEPTH3 || seen.has(schema.pointer)) return "unknown";
  const inside = new Set(seen).add(schema.pointer);
  const own2 = schema.value;
  if (Object.hasOwn(own2, "const")) return literalType(own2["const"]) ?? "unknown";
  const values = get(own2, "enum");
  if (Array.isArray(values) && values.length > 0 && values.length <= MAX_LITERALS) {
    const literals = values.map(literalType);
    if (literals.every((literal2) => literal2 !== void 0)) return union(literals);
  }
  const alternatives = [...items(document, member(document, schema, "oneOf")), ...items(document, member(document, schema, "anyOf"))];
  if (alternatives.length > 0) return union(alternatives.map((alternative) => schemaType(document, alternative, depth + 1, inside)));
  const declared = get(own2, "type");
  const types = (Array.isArray(declared) ? declared : [declared]).filter((type) => typeof type === "string");
  const nullable = get(own2, "nullable") === true ? ["null"] : [];
  const object = objectType(document, schema, depth, inside);
  if (types.length === 0) {
    const pieces = items(document, member(document, schema, "allOf"));
    if (object) return union([object, ...nullable]);
    if (pieces.length === 1) return union([schemaType(document, pieces[0], depth + 1, inside), ...nullable]);
    return "unknown";
  }
  return union([
    ...types.map((type) => {
      switch (type) {
        case "string":
          return "string";
        case "integer":
        case "number":
          return "number";
        case "boolean":
          return "boolean";
        case "null":
          return "null";
        case "array": {
          const element2 = schemaType(document, member(document, schema, "items"), depth + 1, inside);
          return `readonly ${/^[\w.]+$/.test(element2) ? element2 : `(${element2})`}[]`;
        }
        case "object":
          return object ?? "{ readonly [key: string]: unknown }";
        default:
          return "unknown";
      }
    }),
    ...nullable
  ]);
}

// src/openapi/collectCodes.ts
function schemasAt(document, schema, path) {
  let current = [schema];
  for (const step of path) {
    current = current.flatMap((located) => {
      const next = step === "[]" ? [member(document, located, "items")] : propertySchemas(document, located, step);
      return next.flatMap((each) => each ? variantsOf(document, each) : []);
    });
  }
  return current;
}
function asDetails(type) {
  const objects = type?.split(/ \| (?=\{|null\b)/).filter((part) => part.startsWith("{"));
  return objects && objects.length > 0 ? objects.join(" | ") : void 0;
}
function detailsType(document, format, schema) {
  const path = detailsPathOf(format);
  if (path === void 0) return void 0;
  if (path.length > 0) {
    let holder = schema;
    for (const step of path) holder = holder ? propertySchemas(document, holder, step).at(-1) : void 0;
    return holder ? asDetails(schemaType(document, holder)) : void 0;
  }
  const omit = new Set(format.kind === "problem" ? ["title", "status", "detail", "errors", "invalid-params", "code"] : format.kind === "envelope" ? format.places.omit : []);
  const members = [...propertiesOf(document, schema, false)].filter(([name2]) => !omit.has(name2));
  if (members.length === 0) return void 0;
  return asDetails(schemaType(document, { value: { type: "object", properties: Object.fromEntries(members.map(([name2, located]) => [name2, { $ref: `#${located.pointer}` }])) }, pointer: `${schema.pointer}/(details)` }));
}
function collectCodes(document, operations, warnings) {
  const codes = /* @__PURE__ */ new Map();
  const byOperation = /* @__PURE__ */ new Map();
  const examples = [];
  const formats = /* @__PURE__ */ new Map();
  const seenExamples = /* @__PURE__ */ new Set();
  const state = (code, status, pointer, source) => {
    let facts = codes.get(code);
    if (!facts) {
      facts = { code, statuses: [], details: /* @__PURE__ */ new Map(), pointer, sources: /* @__PURE__ */ new Set() };
      codes.set(code, facts);
    }
    if (status !== void 0 && !facts.statuses.includes(status)) facts.statuses.push(status);
    facts.sources.add(source);
    return facts;
  };
  for (const operation of operations) {
    const stated = /* @__PURE__ */ new Set();
    byOperation.set(operation.id, stated);
    for (const response of operation.responses) {
      const here = /* @__PURE__ */ new Set();
      for (const media of response.media) {
        if (!/json|\*\/\*/i.test(media.contentType)) continue;
        const format = detectFormat(document, media.contentType, media.schema);
        if (media.schema && format.kind !== "none") {
          const key = `${format.kind}:${JSON.stringify(format.kind === "envelope" ? format.places : "")}`;
          const use = formats.get(key);
          if (use) use.count++;
          else formats.set(key, { format, pointer: media.schema.pointer, count: 1 });
        }
        const codePath = codePathOf(format);
        for (const variant of media.schema && codePath ? variantsOf(document, media.schema) : []) {
          const details = detailsType(document, format, variant);
          for (const holder of schemasAt(document, variant, codePath ?? [])) {
            for (const literal2 of literalsOf(document, holder)) {
              const code = codeOfLiteral(format, literal2.value);
              if (code === void 0) continue;
              const facts = state(code, response.status, literal2.pointer, format.kind === "problem" ? "problem type" : literal2.pointer.endsWith("/const") ? "const" : "enum");
              facts.sentence ??= documentedSentence(literal2.meaning ?? get(variant.value, "description"));
              facts.title ??= documentedTitle(literal2.title ?? get(variant.value, "title"));
              if (details !== void 0 && !facts.details.has(details)) facts.details.set(details, variant.pointer);
              here.add(code);
            }
          }
        }
        const shared = media.schema ? detailsType(document, format, media.schema) : void 0;
        for (const example of media.examples) {
          if (!isRecord(example.value) || seenExamples.has(example.pointer)) continue;
          seenExamples.add(example.pointer);
          const reading = readAs(format, example.value, media.contentType);
          const code = reading?.code !== void 0 && (format.kind === "problem" || looksLikeCode(reading.code)) ? reading.code : void 0;
          examples.push({ operation: operation.id, status: response.status, contentType: media.contentType, body: example.value, pointer: example.pointer, ...code !== void 0 && { code } });
          if (code === void 0) continue;
          const facts = state(code, response.status, example.pointer, "example");
          facts.title ??= documentedTitle(format.kind === "problem" ? get(example.value, "title") : example.summary);
          if (shared !== void 0 && facts.details.size === 0) facts.details.set(shared, media.schema?.pointer ?? example.pointer);
          here.add(code);
        }
      }
      const [only] = here;
      if (here.size === 1 && only !== void 0) {
        const facts = codes.get(only);
        if (facts) facts.sentence ??= documentedSentence(response.description);
      }
      if (here.size === 0 && response.status !== void 0) here.add(codeForStatus(response.status));
      for (const code of here) stated.add(code);
    }
  }
  for (const facts of codes.values()) {
    facts.statuses.sort((a, b) => a - b);
    if (facts.title?.includes(facts.code)) facts.title = void 0;
    if (facts.details.size > 1) {
      const [first, second] = [...facts.details.values()];
      warnings.push({ kind: "conflicting-schemas", message: `code \`${facts.code}\` is documented with ${facts.details.size} different details schemas (#${first ?? ""} and #${second ?? ""}): its details type is their union`, pointer: facts.pointer });
    }
  }
  return { codes, operations: byOperation, examples, formats: [...formats.values()] };
}

// src/openapi/collectOperations.ts
var METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
function statusOf(key) {
  if (key === "default") return void 0;
  const match = /^([1-5])(\d\d|XX)$/i.exec(key.trim());
  if (!match?.[1] || !match[2]) return null;
  const status = Number(match[1] + (/x/i.test(match[2]) ? "00" : match[2]));
  return status >= 400 ? status : null;
}
function textAt(value, key) {
  const found = get(value, key);
  return typeof found === "string" && found.trim() ? found.trim() : void 0;
}
function mediaExamples(document, media, schema) {
  const found = [];
  const single = get(media.value, "example");
  if (single !== void 0) found.push({ value: single, pointer: `${media.pointer}/example` });
  for (const [name2, example] of entries(document, member(document, media, "examples"))) {
    const value = get(example.value, "value");
    const summary = textAt(example.value, "summary") ?? textAt(example.value, "description");
    if (value !== void 0) found.push({ value, pointer: `${example.pointer}/value`, ...summary !== void 0 && summary !== name2 && { summary } });
  }
  if (found.length === 0 && schema) {
    const own2 = get(schema.value, "example");
    if (isRecord(own2)) found.push({ value: own2, pointer: `${schema.pointer}/example` });
    for (const item of items(document, member(document, schema, "examples"))) if (isRecord(item.value)) found.push({ value: item.value, pointer: item.pointer });
  }
  return found;
}
function responseMedia(document, response, produces) {
  const content = member(document, response, "content");
  if (content) {
    return entries(document, content).map(([contentType, media]) => {
      const schema2 = member(document, media, "schema");
      return { contentType, ...schema2 && { schema: schema2 }, examples: mediaExamples(document, media, schema2) };
    });
  }
  const schema = member(document, response, "schema");
  const examples = entries(document, member(document, response, "examples"));
  const types = [.../* @__PURE__ */ new Set([...produces, ...examples.map(([type]) => type)])];
  if (!schema && examples.length === 0) return [];
  return (types.length > 0 ? types : ["application/json"]).map((contentType) => {
    const example = examples.find(([type]) => type === contentType)?.[1];
    return { contentType, ...schema && { schema }, examples: example ? [{ value: example.value, pointer: example.pointer }] : [] };
  });
}
function madeUpId(method, path) {
  const words = path.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return method + words.map((word) => word[0]?.toUpperCase() + word.slice(1)).join("");
}
function collectOperations(document, warnings) {
  const operations = [];
  const rootProduces = get(document.root, "produces");
  const seen = /* @__PURE__ */ new Set();
  for (const [path, pathItem] of entries(document, member(document, { value: document.root, pointer: "" }, "paths"))) {
    for (const method of METHODS) {
      const operation = member(document, pathItem, method);
      if (!operation || !isRecord(operation.value)) continue;
      let id = textAt(operation.value, "operationId");
      if (id === void 0 || seen.has(id)) {
        const made = madeUpId(method, path);
        warnings.push({ kind: "no-operation-id", message: id === void 0 ? `${method.toUpperCase()} ${path} has no operationId: it is called \`${made}\`` : `operationId \`${id}\` is used twice: ${method.toUpperCase()} ${path} is called \`${made}\``, pointer: operation.pointer });
        id = made;
      }
      seen.add(id);
      const ownProduces = get(operation.value, "produces");
      const produces = (Array.isArray(ownProduces) ? ownProduces : Array.isArray(rootProduces) ? rootProduces : []).filter((type) => typeof type === "string");
      const responses = [];
      for (const [key, response] of entries(document, member(document, operation, "responses"))) {
        const status = statusOf(key);
        if (status === null) continue;
        const description = textAt(response.value, "description");
        responses.push({ key, status, ...description !== void 0 && { description }, pointer: response.pointer, media: responseMedia(document, response, produces) });
      }
      operations.push({ id, method, path, pointer: pointerTo("/paths", path, method), responses });
    }
  }
  return operations;
}

// src/openapi/presetModel.ts
var STANDARD_DIALECT_OF = { problem: "problemJson", googleRpc: "googleRpc", graphql: "graphql", jsonApi: "jsonApi", okFalse: "okFalse" };
var MAX_DETAIL_TYPES = 4;
var ANY_DETAILS = "Readonly<Record<string, unknown>>";
function pascalCase(name2) {
  return name2.split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => word[0]?.toUpperCase() + word.slice(1)).join("");
}
function kebabCase(name2) {
  return name2.replace(/([a-z\d])([A-Z])/g, "$1-$2").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase();
}
function sorted(values) {
  return [...values].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}
function mergeEnvelopes(dialect, uses, warnings) {
  const envelopes = uses.flatMap((use) => use.format.kind === "envelope" ? [{ places: use.format.places, count: use.count, pointer: use.pointer }] : []).sort((a, b) => b.count - a.count);
  const [main] = envelopes;
  if (!main) return void 0;
  const parts2 = ["code", "message", "fieldErrors", "correlationId", "status"];
  const places = (part) => {
    const seen = /* @__PURE__ */ new Map();
    for (const { places: each } of envelopes) {
      const path = each[part];
      if (path) seen.set(path.join("."), path);
    }
    return [...seen.values()];
  };
  const roles = /* @__PURE__ */ new Map();
  for (const { places: each, pointer } of envelopes) {
    for (const part of parts2) {
      const path = each[part]?.join(".");
      if (path === void 0) continue;
      const before = roles.get(path);
      if (before !== void 0 && before !== part) warnings.push({ kind: "conflicting-schemas", message: `member \`${path}\` holds the ${before} in one error schema and the ${part} in another: both are read`, pointer });
      roles.set(path, part);
    }
  }
  const code = places("code");
  const message = places("message");
  const fieldErrors = places("fieldErrors");
  const correlationId = places("correlationId");
  const status = places("status");
  const main_ = main.places;
  const omit = [...new Set(envelopes.flatMap((each) => each.places.omit ?? []))];
  const success = envelopes.find((each) => each.places.success)?.places.success;
  return {
    dialect,
    members: [...new Set([...code, ...message].map((path) => path[0]).filter((member2) => member2 !== void 0))],
    code,
    ...message.length > 0 && { message },
    ...fieldErrors.length > 0 && { fieldErrors },
    ...main_.details && { details: main_.details },
    ...main_.details?.length === 0 && omit.length > 0 && { omit },
    ...correlationId.length > 0 && { correlationId },
    ...status.length > 0 && { status },
    ...success && { success }
  };
}
function buildModel(name2, errors, warnings) {
  const standard = createRegistry();
  const kinds = new Set(errors.formats.map((use) => use.format.kind));
  if (kinds.size > 1) {
    const counts = errors.formats.map((use) => `${use.format.kind} \xD7${use.count} (#${use.pointer})`);
    warnings.push({ kind: "mixed-formats", message: `error responses use ${kinds.size} formats, each read by its own dialect: ${counts.join(", ")}` });
  }
  const envelope = mergeEnvelopes(kebabCase(name2), errors.formats, warnings);
  const standardDialects2 = Object.keys(STANDARD_DIALECT_OF).filter((kind) => kinds.has(kind)).map((kind) => STANDARD_DIALECT_OF[kind]);
  const declared = [];
  const words = /* @__PURE__ */ new Map();
  const spelling = /* @__PURE__ */ new Map();
  const standardKnown = [];
  const unplaced = [];
  for (const facts of sorted(errors.codes.keys()).map((code) => errors.codes.get(code)).filter((facts2) => facts2 !== void 0)) {
    const known = standard.codeFor(facts.code);
    if (known !== void 0) {
      spelling.set(facts.code, known);
      standardKnown.push(known);
      continue;
    }
    spelling.set(facts.code, facts.code);
    const categories = facts.statuses.map((status) => standard.resolve(facts.code, status).category);
    const category = categories[0] ?? standard.resolve(facts.code).category;
    if (facts.statuses.length === 0) unplaced.push(`${facts.code} (${category})`);
    const byStatus = {};
    facts.statuses.forEach((status, index) => {
      const at2 = categories[index];
      if (at2 !== void 0 && at2 !== category) byStatus[status] = at2;
    });
    const entry = { category };
    if (Object.keys(byStatus).length > 0) entry.byStatus = byStatus;
    if (facts.title !== void 0) {
      entry.titleKey = `${name2}.${facts.code}.title`;
      words.set(entry.titleKey, facts.title);
    }
    if (facts.sentence !== void 0) {
      entry.messageKey = `${name2}.${facts.code}.message`;
      words.set(entry.messageKey, facts.sentence);
    }
    const statuses = facts.statuses.length > 0 ? facts.statuses.join(", ") : "no status";
    declared.push({ code: facts.code, entry, note: `${statuses}; ${[...facts.sources].join(", ")} at #${facts.pointer}` });
  }
  if (unplaced.length > 0) {
    warnings.push({ kind: "no-status", message: `${unplaced.length} code${unplaced.length === 1 ? " is" : "s are"} documented with no status (only in \`default\` responses); each category is read from the code's name: ${unplaced.join(", ")}` });
  }
  const reported2 = (code) => spelling.get(code) ?? standard.codeFor(code) ?? code;
  const detailTypes = /* @__PURE__ */ new Map();
  const add = (code, types) => {
    const set = detailTypes.get(code) ?? /* @__PURE__ */ new Set();
    for (const type of types) set.add(type);
    detailTypes.set(code, set);
  };
  for (const facts of errors.codes.values()) add(reported2(facts.code), facts.details.keys());
  const operations = /* @__PURE__ */ new Map();
  for (const [id, codes2] of errors.operations) {
    const own2 = sorted(new Set([...codes2].map(reported2)));
    operations.set(id, own2);
    for (const code of own2) add(code, []);
  }
  const codes = /* @__PURE__ */ new Map();
  for (const code of sorted(detailTypes.keys())) {
    const types = sorted(detailTypes.get(code) ?? []);
    codes.set(code, types.length === 0 || types.length > MAX_DETAIL_TYPES ? ANY_DETAILS : types.join(" | "));
  }
  return {
    name: name2,
    typeName: pascalCase(name2),
    ...envelope && { envelope },
    standardDialects: standardDialects2,
    declared,
    words,
    codes,
    standardKnown: sorted(new Set(standardKnown)),
    operations
  };
}

// src/openapi/readDocument.ts
import { LineCounter, parseDocument } from "yaml";
var MAX_ALIAS_COUNT = 1e3;
function lineAt(text2, offset) {
  const before = text2.slice(0, offset);
  const line = before.split("\n").length;
  return `${line}:${offset - before.lastIndexOf("\n")}`;
}
function parseYaml(file2, text2) {
  const lineCounter = new LineCounter();
  const document = parseDocument(text2, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const [first] = document.errors;
  if (first) {
    const position = first.linePos?.[0];
    throw new OpenApiDocumentError(file2, `not valid YAML or JSON: ${first.message.split("\n")[0] ?? ""}`, { line: position ? `${position.line}:${position.col}` : void 0 });
  }
  let root;
  try {
    root = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw new OpenApiDocumentError(file2, `cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    root,
    lineOf(pointer) {
      const node = document.getIn(segmentsOf(pointer), true);
      const offset = typeof node === "object" && node !== null && "range" in node && Array.isArray(node.range) ? node.range[0] : void 0;
      if (typeof offset !== "number") return void 0;
      const { line, col } = lineCounter.linePos(offset);
      return `${line}:${col}`;
    }
  };
}
function parseJson(file2, text2) {
  let root;
  try {
    root = JSON.parse(text2);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    throw new OpenApiDocumentError(file2, `not valid JSON: ${message.replace(/\s*\(line \d+ column \d+\)$/, "")}`, { line: position === void 0 ? void 0 : lineAt(text2, Number(position)) });
  }
  let places;
  return {
    root,
    lineOf(pointer) {
      places ??= parseYaml(file2, text2);
      return places.lineOf(pointer);
    }
  };
}
function readDocument(file2, source) {
  const text2 = source.replace(/^\uFEFF/, "");
  const parsed = /^\s*[{[]/.test(text2) ? parseJson(file2, text2) : parseYaml(file2, text2);
  const { root } = parsed;
  const refuse = (reason, pointer) => {
    throw new OpenApiDocumentError(file2, reason, { pointer, line: parsed.lineOf(pointer) });
  };
  if (!isRecord(root)) return refuse("is not an OpenAPI document: its top level is not an object", "");
  const openapi = get(root, "openapi");
  const swagger = get(root, "swagger");
  const specVersion = typeof openapi === "string" ? openapi : typeof swagger === "string" ? swagger : void 0;
  if (specVersion === void 0) return refuse("is not an OpenAPI document: it has no `openapi` (3.x) or `swagger` (2.0) version", "");
  if (!/^(?:3\.[01](?:\.\d+)?|2\.0)$/.test(specVersion)) {
    return refuse(`is OpenAPI ${specVersion}; this generator reads 3.0, 3.1 and Swagger 2.0`, typeof openapi === "string" ? "/openapi" : "/swagger");
  }
  const info = get(root, "info");
  if (!isRecord(info)) return refuse("has no `info` object (its title and version name the generated module)", "/info");
  const paths = get(root, "paths");
  if (paths !== void 0 && !isRecord(paths)) return refuse("has `paths` that is not an object", "/paths");
  const title = get(info, "title");
  const version = get(info, "version");
  return {
    file: file2,
    root,
    specVersion,
    title: typeof title === "string" && title.trim() ? title.trim() : "Untitled API",
    apiVersion: typeof version === "string" || typeof version === "number" ? String(version) : "",
    lineOf: (pointer) => parsed.lineOf(pointer)
  };
}

// src/openapi/GeneratorWarning.ts
function describeWarning(warning) {
  return warning.pointer === void 0 ? warning.message : `${warning.message} (#${warning.pointer})`;
}

// src/openapi/renderModule.ts
function commentText(text2) {
  return [...text2].map((char) => char.charCodeAt(0) < 32 || char === "\x7F" || char === "\u2028" || char === "\u2029" ? " " : char).join("").replace(/\*\//g, "* /");
}
function literal(value) {
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (typeof value === "object" && value !== null) {
    return `{ ${Object.entries(value).map(([key, member2]) => `${propertyKey(key)}: ${literal(member2)}`).join(", ")} }`;
  }
  return JSON.stringify(value);
}
function unionLines(codes, indent) {
  return codes.length === 0 ? "never" : codes.map((code) => `
${indent}| ${JSON.stringify(code)}`).join("");
}
function renderModule(model, header) {
  const { name: name2, typeName } = model;
  const { document } = header;
  const codes = [...model.codes.keys()];
  const lines = [];
  const format = [
    model.envelope ? `its own envelope, read by \`${name2}Envelope\` (code at ${model.envelope.code.map((path) => path.join(".")).join(" or ") || "no member: the status decides"}${model.envelope.message ? `, message at ${model.envelope.message.map((path) => path.join(".")).join(" or ")}` : ""})` : void 0,
    ...model.standardDialects.map((dialect) => `the kit's \`${dialect}\``)
  ].filter(Boolean);
  lines.push(
    `// ${commentText(document.title)} ${commentText(document.apiVersion)} (${document.specVersion.startsWith("2") ? "Swagger" : "OpenAPI"} ${document.specVersion}): the errors it documents, as an api-error-kit preset.`,
    `// Generated by \`api-error-kit openapi\` from ${commentText(document.file)}. Do not edit: regenerate with`,
    `//   ${commentText(header.command)}`,
    `// and add \`--check\` in CI to fail when this file no longer matches the document.`,
    "//",
    `// Error format: ${format.length > 0 ? format.join(" and ") : "none the document describes; the kit reads bodies by their status"}.`,
    `// Operations: ${header.operationCount}. Codes: ${codes.length} (${model.declared.length} declared here, ${model.standardKnown.length} documented codes the kit already knows, the rest read from statuses).`
  );
  if (header.warnings.length === 0) lines.push("// Warnings: none.");
  else {
    lines.push(`// Warnings (${header.warnings.length}):`);
    for (const warning of header.warnings) lines.push(`//   - ${commentText(describeWarning(warning))}`);
  }
  const coreTypes = ["ApiError", ...model.declared.length > 0 ? ["CodeEntry"] : [], "Preset"];
  const dialectImports = [...model.envelope ? ["defineDialect", "readEnvelope"] : [], ...model.standardDialects];
  lines.push("", `import type { ${coreTypes.join(", ")} } from 'api-error-kit/core';`);
  if (dialectImports.length > 0 || model.envelope) {
    lines.push(`import { ${[...dialectImports, ...model.envelope ? ["type EnvelopeShape"] : []].join(", ")} } from 'api-error-kit/dialects';`);
  }
  if (model.envelope) {
    const { members, ...shape } = model.envelope;
    lines.push(
      "",
      `/** Where ${commentText(document.title)} keeps each part of its error envelope; the first place present wins. */`,
      `const ENVELOPE: EnvelopeShape = ${literal(shape)};`,
      "",
      `/** Reads ${commentText(document.title)}'s own error envelope. */`,
      `export const ${name2}Envelope = /* @__PURE__ */ defineDialect({ members: ${literal(members)} }, (body) => readEnvelope(body, ENVELOPE));`
    );
  }
  if (model.declared.length > 0) {
    lines.push("", `/** The codes ${commentText(document.title)} documents that the kit does not already know. */`, "const CODES = {");
    for (const declared of model.declared) {
      lines.push(`  // ${commentText(declared.note)}`, `  ${propertyKey(declared.code)}: ${literal(declared.entry)},`);
    }
    lines.push("} as const satisfies Record<string, CodeEntry>;");
  }
  if (model.words.size > 0) {
    lines.push("", `/** English words of the declared codes, from the document; other locales translate these keys. */`, "const WORDS = {");
    for (const [key, words] of model.words) lines.push(`  ${JSON.stringify(key)}: ${JSON.stringify(words)},`);
    lines.push("} as const;");
  }
  lines.push(
    "",
    `/** Every code an error of ${commentText(document.title)} may hold, as \`error.code\` holds it. */`,
    `export type ${typeName}Code =${unionLines(codes, "  ")};`,
    "",
    `/** The \`details\` each code carries. Every member may be missing: the kit drops debug members and unsafe values. */`,
    `export interface ${typeName}Details {`,
    ...[...model.codes].map(([code, type]) => `  readonly ${propertyKey(code)}: ${type};`),
    "}",
    "",
    `/** The codes each operation documents, by operationId (a status without a stated code reads as the kit's code for it). */`,
    `export interface ${typeName}Operations {`,
    ...[...model.operations].map(([id, own2]) => `  readonly ${propertyKey(id)}: ${own2.length === 0 ? "never" : own2.map((code) => JSON.stringify(code)).join(" | ")};`),
    "}",
    "",
    `/** An error of ${commentText(document.title)} with one of \`Code\`, its \`details\` typed: \`switch (error.code)\` narrows it. */`,
    `export type ${typeName}Error<Code extends ${typeName}Code = ${typeName}Code> = Code extends ${typeName}Code ? ApiError & { readonly code: Code; readonly details: ${typeName}Details[Code] } : never;`,
    "",
    `/** The errors operation \`Op\` documents. A server may still send others (and a network may fail): keep a \`default\` branch. */`,
    `export type ErrorOf<Op extends keyof ${typeName}Operations> = ${typeName}Error<${typeName}Operations[Op]>;`,
    "",
    `/** The codes of each operation, for \`errorOf\` (an app that never calls it leaves this out of its bundle). */`,
    `const OPERATION_CODES: { readonly [Op in keyof ${typeName}Operations]: readonly ${typeName}Operations[Op][] } = {`,
    ...[...model.operations].map(([id, own2]) => `  ${propertyKey(id)}: ${literal(own2)},`),
    "};",
    "",
    `/** \`error\` typed as operation \`operation\` documents it, or undefined when its code is not one that operation states. */`,
    `export function errorOf<Op extends keyof ${typeName}Operations>(error: ApiError, operation: Op): ErrorOf<Op> | undefined {`,
    `  return (OPERATION_CODES[operation] as readonly string[]).includes(error.code) ? (error as ErrorOf<Op>) : undefined;`,
    "}",
    "",
    `/** \`error\` typed as one of \`codes\`, or undefined when its code is none of them: \`errorWith(error, 'NOT_FOUND')\`. */`,
    `export function errorWith<const Code extends ${typeName}Code>(error: ApiError, ...codes: readonly Code[]): ${typeName}Error<Code> | undefined {`,
    `  return (codes as readonly string[]).includes(error.code) ? (error as ${typeName}Error<Code>) : undefined;`,
    "}",
    "",
    `/** ${commentText(document.title)}'s errors as a preset: \`createErrorKit({ presets: [${name2}], dialects: standardDialects })\`. */`,
    `export const ${name2}: Preset = {`,
    `  name: ${JSON.stringify(name2)},`
  );
  const dialects = [...model.envelope ? [`${name2}Envelope`] : [], ...model.standardDialects];
  if (dialects.length > 0) lines.push(`  dialects: [${dialects.join(", ")}],`);
  if (model.declared.length > 0) lines.push("  codes: CODES,");
  if (model.words.size > 0) lines.push("  words: { en: WORDS },");
  lines.push(
    "};",
    "",
    `// The codes type-check wherever the kit takes one (\`registry.hasCode\`, message overrides).`,
    `declare module 'api-error-kit/core' {`,
    "  interface Register {",
    `    ${propertyKey(name2)}: ${typeName}Code;`,
    "  }",
    "}",
    ""
  );
  return lines.join("\n");
}

// src/openapi/validateDocument.ts
import { validate as validate2 } from "@readme/openapi-parser";
function firstSentence(message) {
  const [head = "", ...rest] = message.split("\n");
  const marked = rest.find((line) => /^\s*>/.test(line))?.replace(/^\s*>\s*\d+\s*\|\s*/, "").trim();
  return marked ? `${head.trim()}, at ${marked}` : head.trim();
}
async function validateDocument(document) {
  try {
    const result2 = await validate2(structuredClone(document.root));
    if (result2.valid) return [];
    const more = result2.additionalErrors > 0 ? ` (and ${result2.additionalErrors} more)` : "";
    return result2.errors.map((error, index) => ({
      kind: "invalid-document",
      message: `the document does not validate: ${firstSentence(error.message)}${index === result2.errors.length - 1 ? more : ""}`
    }));
  } catch (error) {
    return [{ kind: "invalid-document", message: `the document could not be validated: ${firstSentence(error instanceof Error ? error.message : String(error))}` }];
  }
}

// src/openapi/generatePreset.ts
function nameFromTitle(title) {
  const words = title.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const name2 = words.map((word, index) => index === 0 ? word.toLowerCase() : word[0]?.toUpperCase() + word.slice(1).toLowerCase()).join("");
  return /^[A-Za-z_$]/.test(name2) ? name2 : `api${name2}`;
}
async function generatePreset(options) {
  const document = readDocument(options.file, options.text);
  const name2 = options.name ?? nameFromTitle(document.title);
  if (!/^[A-Za-z_$][\w$]*$/.test(name2)) throw new TypeError(`--name must be a JavaScript identifier (it names the preset's export); got "${name2}"`);
  const warnings = await validateDocument(document);
  const operations = collectOperations(document, warnings);
  const errors = collectCodes(document, operations, warnings);
  const model = buildModel(name2, errors, warnings);
  const { checked, readRight } = checkExamples(model, errors.examples, warnings);
  const command = ["npx api-error-kit openapi", options.file, "--name", name2, ...options.out ? ["--out", options.out] : []].join(" ");
  const source = renderModule(model, { document, command, operationCount: operations.length, warnings });
  return {
    source,
    warnings,
    model,
    examples: errors.examples,
    summary: {
      title: document.title,
      version: document.apiVersion,
      operations: operations.length,
      codes: model.codes.size,
      declared: model.declared.length,
      examples: errors.examples.length,
      examplesChecked: checked,
      examplesReadRight: readRight
    }
  };
}

// ../../tmp/gen/gen.ts
var [file, name] = process.argv.slice(2);
var t = Date.now();
var result = await generatePreset({ file, text: readFileSync(file, "utf8"), name });
console.error(Date.now() - t, "ms", JSON.stringify(result.summary));
for (const w of result.warnings.slice(0, 15)) console.error("W", w.kind, w.message.slice(0, 300), w.pointer ?? "");
console.error("warnings", result.warnings.length);
process.stdout.write(result.source);
