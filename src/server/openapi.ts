// The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. A test checks that
// every route the app answers is described here and every described route is answered.
import { z } from 'zod';
import { IngestBody } from './routes-write.js';

const page = { name: 'q', in: 'query', required: false, schema: { type: 'string', maxLength: 500 }, description: 'search words' };
const paging = [
  { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 } },
  { name: 'offset', in: 'query', required: false, schema: { type: 'integer', minimum: 0, default: 0 } },
];
const format = { name: 'format', in: 'query', required: false, schema: { type: 'string', enum: ['json', 'csv', 'md'], default: 'json' }, description: 'export as JSON, CSV or Markdown' };
const groupBy = { name: 'groupBy', in: 'query', required: false, schema: { type: 'string' }, description: 'an attribute of the outlet registry: matrix columns, omissions and framing by its values instead of by outlet' };
const id = (what: string) => ({ name: 'id', in: 'path', required: true, schema: { type: 'string' }, description: `${what} id (an article id may be a unique prefix of 4+ characters)` });

const error = { description: 'error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const ok = (description: string, schema: object = { type: 'object' }, exports = false) => ({
  description,
  content: {
    'application/json': { schema },
    ...(exports ? { 'text/csv': { schema: { type: 'string' } }, 'text/markdown': { schema: { type: 'string' } } } : {}),
  },
});
const pageOf = (item: string) => ({ type: 'object', required: ['total', 'limit', 'offset', 'items'], properties: { total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, items: { type: 'array', items: { $ref: `#/components/schemas/${item}` } } } });

export function openApiDocument(): object {
  return {
    openapi: '3.1.0',
    info: { title: 'Parallax API', version: '1', description: 'How news outlets cover the same story: storylines, events, claims compared across outlets, quotes, framing.' },
    paths: {
      '/api/v1/health': { get: { summary: 'Liveness and article count', responses: { 200: ok('ok') } } },
      '/api/v1/openapi.json': { get: { summary: 'This document', responses: { 200: ok('the OpenAPI document') } } },
      '/api/v1/articles': { get: { summary: 'List articles, newest ingested first, or search them (full text)', parameters: [page, ...paging, format], responses: { 200: ok('a page of articles', pageOf('ArticleRow'), true), 400: error } } },
      '/api/v1/articles/{id}': {
        get: { summary: 'One article with its highlights (quotes, claims, names, loaded words, scare quotes), event membership, sources and copies', parameters: [id('article'), format], responses: { 200: ok('the article view', { type: 'object' }, true), 400: error, 404: error, 503: error } },
        delete: { summary: 'Delete an article with all its versions (needs the bearer token when the server has one)', security: [{ bearer: [] }, {}], parameters: [id('article')], responses: { 200: ok('{ deleted: id }'), 400: error, 401: error, 403: error, 404: error, 429: error } },
      },
      '/api/v1/outlets': { get: { summary: "The outlets of the stored articles with their registry attributes (the user's own; Parallax ships no ratings), and the attribute names comparisons can be grouped by", parameters: [page, ...paging, format], responses: { 200: ok('a page of outlets, with attributes: the attribute names', { type: 'object' }, true), 400: error } } },
      '/api/v1/events': { get: { summary: 'Events of every storyline (or of one: storylineId), by start date; q matches titles', parameters: [page, { name: 'storylineId', in: 'query', required: false, schema: { type: 'string' } }, ...paging, format], responses: { 200: ok('a page of events', pageOf('EventRow'), true), 400: error } } },
      '/api/v1/storylines': { get: { summary: 'Storylines with counts of articles, outlets and independent reports; q searches titles', parameters: [page, ...paging, format], responses: { 200: ok('a page of storylines', pageOf('StorylineRow'), true), 400: error } } },
      '/api/v1/storylines/{id}': { get: { summary: "A storyline's comparison: events, coverage matrix (claims × outlets), omissions, figures over time, quotes, derivations, framing", parameters: [id('storyline'), format, groupBy], responses: { 200: ok('the comparison', { $ref: '#/components/schemas/Comparison' }, true), 400: error, 404: error } } },
      '/api/v1/events/{id}': { get: { summary: "An event's comparison (same shape as a storyline's)", parameters: [id('event'), format, groupBy], responses: { 200: ok('the comparison', { $ref: '#/components/schemas/Comparison' }, true), 400: error, 404: error } } },
      '/api/v1/ingest': {
        post: {
          summary: 'Ingest files, URLs or feeds as a background job (needs the bearer token when the server has one)',
          security: [{ bearer: [] }, {}],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: z.toJSONSchema(IngestBody, { unrepresentable: 'any' }) },
              'multipart/form-data': { schema: { type: 'object', properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } }, urls: { type: 'string', description: 'URLs or feed URLs, one per line' } } } },
            },
          },
          responses: { 202: ok('the job, to poll at /api/v1/jobs/{id}', { type: 'object', properties: { job: { $ref: '#/components/schemas/Job' } } }), 400: error, 401: error, 403: error, 413: error, 415: error, 429: error, 503: error },
        },
      },
      '/api/v1/jobs/{id}': { get: { summary: 'Progress and result of an ingest job', parameters: [id('job')], responses: { 200: ok('the job', { $ref: '#/components/schemas/Job' }), 404: error } } },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' }, issues: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } } } } } },
        ArticleRow: { type: 'object', properties: { id: { type: 'string' }, title: { type: ['string', 'null'] }, outlet: { type: ['string', 'null'] }, publishedAt: { type: ['string', 'null'] }, source: { type: 'string' }, snippet: { type: 'string' } } },
        StorylineRow: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' }, articles: { type: 'integer' }, outlets: { type: 'integer' }, independentReports: { type: ['integer', 'null'], description: 'null: a live analysis has not analysed the storyline since it last changed' }, events: { type: 'integer' }, start: { type: ['string', 'null'] }, end: { type: ['string', 'null'] } } },
        EventRow: { type: 'object', properties: { id: { type: 'string' }, storylineId: { type: 'string' }, title: { type: 'string' }, articles: { type: 'integer' }, outlets: { type: 'integer' }, start: { type: ['string', 'null'] }, end: { type: ['string', 'null'] }, startEstimated: { type: 'boolean', description: 'the start comes only from estimated publication dates' }, endEstimated: { type: 'boolean' } } },
        Comparison: { type: 'object', required: ['kind', 'id', 'title', 'matrix'], properties: { kind: { enum: ['storyline', 'event'] }, id: { type: 'string' }, title: { type: 'string' }, storylineId: { type: 'string' }, outlets: { type: 'array', items: { type: 'string' } }, events: { type: 'array' }, matrix: { type: 'object', properties: { outlets: { type: 'array' }, rows: { type: 'array' } } }, omissions: { type: 'array' }, figureTimelines: { type: 'array' }, quotes: { type: 'array' }, derivations: { type: 'array' }, framing: { type: 'array' } } },
        Job: { type: 'object', properties: { id: { type: 'string' }, status: { enum: ['queued', 'running', 'done', 'failed'] }, done: { type: 'integer' }, total: { type: 'integer' }, current: { type: 'string' }, summary: { type: ['object', 'null'] }, stored: { type: 'array' }, rejected: { type: 'array' }, error: { type: ['string', 'null'] } } },
      },
    },
  };
}
