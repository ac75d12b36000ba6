// Prospects pages: a paged list, one prospect, and a create form with details.fields errors.
import { randomUUID } from 'node:crypto';
import { prospects as dialect } from '../dialects/prospects.mjs';
import { isRecord, textField } from '../http.mjs';
import { seedBody, seedExample } from '../seeds.mjs';

const STAGES = ['lead', 'qualified', 'proposal', 'won', 'lost'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function initialProspects() {
  return [
    ['Acme Logistics', 'ops@acme-logistics.example', 'qualified', 'https://acme-logistics.example'],
    ['Globex Retail', 'buying@globex.example', 'proposal', 'https://globex.example'],
    ['Initech', 'peter@initech.example', 'lead', undefined],
    ['Umbrella Health', 'partners@umbrella-health.example', 'won', 'https://umbrella-health.example'],
  ].map(([companyName, email, stage, website], index) => ({
    id: randomUUID(),
    companyName,
    email,
    stage,
    ...(website ? { website } : {}),
    createdAt: new Date(Date.UTC(2025, 0, 6 + index * 3, 9, 30)).toISOString(),
  }));
}

function positiveInteger(query, name, fallback, fields) {
  const raw = query.get(name);
  if (raw === null) return fallback;
  if (!/^[1-9]\d{0,5}$/.test(raw)) fields.push({ field: name, message: 'Must be a positive integer' });
  return Number(raw);
}

function validateProspect(input) {
  const fields = [];
  const companyName = textField(input, 'companyName');
  const email = textField(input, 'email');
  const website = textField(input, 'website');
  const stage = textField(input, 'stage') || 'lead';
  if (!companyName) fields.push({ field: 'companyName', message: 'Required' });
  else if (companyName.length < 2) fields.push({ field: 'companyName', message: 'Must be at least 2 characters' });
  if (!email) fields.push({ field: 'email', message: 'Required' });
  else if (!EMAIL.test(email)) fields.push({ field: 'email', message: 'Invalid email format' });
  if (website && !/^https?:\/\/[^\s/]+\.[^\s]+$/.test(website)) fields.push({ field: 'website', message: 'Invalid url' });
  if (!STAGES.includes(stage)) fields.push({ field: 'stage', message: `Invalid enum value. Expected ${STAGES.map((s) => `'${s}'`).join(' | ')}` });
  return { fields, prospect: { companyName, email, stage, ...(website ? { website } : {}) } };
}

/** The Prospects routes and their in-memory store. */
export function createProspectsRoutes() {
  let list = initialProspects();
  const route = (method, path, handle) => ({ method, path, dialect, data: true, handle });

  const routes = [
    route('GET', '/api/prospects', (ctx) => {
      const fields = [];
      const page = positiveInteger(ctx.query, 'page', 1, fields);
      const pageSize = positiveInteger(ctx.query, 'pageSize', 20, fields);
      if (fields.length > 0) return ctx.send(dialect.fieldErrors(fields), 'validation');
      const start = (page - 1) * pageSize;
      return ctx.reply(200, { data: list.slice(start, start + pageSize), total: list.length, page, pageSize });
    }),
    route('GET', '/api/prospects/:id', (ctx) => {
      const found = list.find((prospect) => prospect.id === ctx.params.id);
      if (found) return ctx.reply(200, { data: found });
      const body = seedBody('002', 'NOT_FOUND');
      body.message = `Prospect with id '${ctx.params.id}' not found`;
      body.details.id = ctx.params.id;
      return ctx.send({ status: 404, body }, 'not-found');
    }),
    route('POST', '/api/prospects', (ctx) => {
      const { fields, prospect } = validateProspect(isRecord(ctx.body) ? ctx.body : {});
      if (fields.length > 0) return ctx.send(dialect.fieldErrors(fields), 'validation');
      if (list.some((existing) => existing.companyName.toLowerCase() === prospect.companyName.toLowerCase())) {
        return ctx.send(seedExample('002', 'CONFLICT'), 'conflict');
      }
      const created = { id: randomUUID(), ...prospect, createdAt: new Date().toISOString() };
      list = [...list, created];
      return ctx.reply(201, { data: created });
    }),
  ];

  return {
    routes,
    reset() {
      list = initialProspects();
    },
  };
}
