import { describe, expect, it } from 'vitest';
import { partLabel, quantityLabel, singleSourceLine, statusCell, valueText } from '../../src/report/markdown-claims.js';
import type { Report } from '../../src/report/schema.js';

type Claim = Report['claims'][number];
// Only the fields the labels read: a figure claim's key and its values, leading value first.
const figure = (quantity: string, ...texts: string[]) => ({ quantity, values: texts.map((text) => ({ text })) }) as unknown as Claim;

describe('quantityLabel', () => {
  it.each([
    ['count|die|', 'people killed'],
    ['count|hold|prisoner', 'prisoners held'],
    ['count|release|child', 'children released'],
    ['count||soldier', 'soldiers'],
    ['money:USD|spend|', 'spent (USD)'],
    ['percent||rise', 'rise (%)'],
    ['count|die||in:count|hold|', 'people killed — among: people held'],
    ['date|truce|begin', 'date the truce began'],
    ['date|agreement|sign', 'date the agreement was signed or agreed'],
    ['count|vote@velka|', 'votes for Velka'],
    ['count|vote|rejected', 'rejected votes'],
    // Residents of a named place (flood review finding 7).
    ['count|displace||at:senna vale', 'people displaced in Senna Vale'],
    // A rate and a sum's purpose (finding 12).
    ['count||krell|per:household', 'krells (per household)'],
    ['count||case|sort:new', 'cases (new)'], // outbreak review, finding 3: a day's increment, not the total
    ['count|administer|dose', 'doses administered'], // outbreak review, finding 4
    ['count||krell|for:appeal', 'krells (for appeal)'],
    ['percent|vote@velka|', 'share of the vote for Velka (%)'],
    ['count|margin|vote', 'margin (votes)'],
    ['percent|measure|turnout', 'turnout (%)'],
    ['count|cost@bridge|crown', 'cost of bridge (crowns)'],
    ['money:EUR|cost|', 'cost (EUR)'],
    // company news (src/7-align/money-key.ts)
    ['count|cut|job', 'jobs cut'],
    ['count|employ|site', 'workforce of the site'],
    ['count|offer|', 'people offered'],
    ['money:EUR|profit|earlier', 'profit, earlier value (EUR)'],
    ['percent|revenue|change', 'revenue, change (%)'],
    [null, '—'],
    // Prison terms (src/6-extract/figures/term.ts).
    ['term|sentenced|year', 'prison sentence (years)'],
    ['term|suspended|month', 'suspended part of the sentence (months)'],
    ['term|sought|year', 'sentence sought (years)'],
    // Rate changes in basis points (src/6-extract/figures/points.ts); was "up, rate".
    ['bp|up|rate', 'rate rise (basis points)'],
    ['bp|down|deposit rate', 'deposit rate cut (basis points)'],
  ])('%s -> %s', (key, label) => expect(quantityLabel(key)).toBe(label));
});

describe('partLabel: a part named with the leading value of each whole', () => {
  const claims = [figure('count|hold|', '64 passengers', '60 passengers'), figure('count|hold||in:count|hold|', '18')];
  it.each([
    ['count|die||in:count|hold||in:count|hold|', 'people killed — among: 18 (people held) — among: 64 passengers (people held)'],
    ['count|hold||in:count|hold|', 'people held — among: 64 passengers (people held)'],
    // A whole the claims do not give keeps its bare label.
    ['count|free||in:count|seize|', 'people free — among: people seize'],
    ['count|hold|', 'people held'],
  ])('%s -> %s', (key, label) => expect(partLabel(key, claims)).toBe(label));
});

describe('singleSourceLine: what one report alone gives, counted by outlet', () => {
  const outletOf = (id: string) => ({ h1: 'Herald', h2: 'Herald', v1: 'Vantra' })[id] ?? id;
  const claim = (kind: Claim['kind'], status: Claim['status'], ...articleIds: string[]) => ({ kind, status, occurrences: articleIds.map((articleId) => ({ articleId })) }) as unknown as Claim;
  it.each([
    [[claim('statement', 'corroborated', 'h1', 'v1')], ''],
    [[claim('statement', 'single-source', 'h1'), claim('statement', 'single-source', 'v1'), claim('statement', 'single-source', 'h2')], 'Given by one report only: 3 statements (Herald 2, Vantra 1).'],
    // One outlet's two articles carrying one claim count once for it.
    [[claim('statement', 'single-source', 'h1', 'h2')], 'Given by one report only: 1 statement (Herald 1).'],
    // A wire sentence that another outlet reprinted counts once, under the outlet that gave it first: the counts add up.
    [[claim('statement', 'single-source', 'h1', 'v1'), claim('statement', 'single-source', 'v1')], 'Given by one report only: 2 statements (Herald 1, Vantra 1).'],
    [[claim('figure', 'single-source', 'v1'), claim('date', 'single-source', 'h1'), claim('figure', 'conflicting', 'h1', 'v1')], 'Given by one report only: 2 figures or dates (Herald 1, Vantra 1).'],
    [[claim('statement', 'single-source', 'x9'), claim('date', 'single-source', 'v1')], 'Given by one report only: 1 statement (x9 1); 1 figure or date (Vantra 1).'],
  ])('%#', (claims, line) => expect(singleSourceLine(claims, outletOf)).toBe(line));
});

describe('valueText and statusCell: a date with its day, differing values said so', () => {
  const v = (text: string, low: number) => ({ text, low, high: null, articleIds: ['a'], independentReports: 1 });
  it.each([
    ['date', v('on Tuesday', Date.UTC(2025, 4, 6)), 'on Tuesday (2025-05-06)'],
    ['date', v('on 6 May 2025', Date.UTC(2025, 4, 6)), 'on 6 May 2025 (2025-05-06)'],
    ['figure', v('at least 40 people', 40), 'at least 40 people'],
  ] as const)('%s %o -> %s', (kind, value, shown) => expect(valueText({ kind }, value)).toBe(shown));
  it.each([
    ['corroborated', 1, '**corroborated**'],
    ['corroborated', 2, '**corroborated**, values differ'],
    ['conflicting', 2, '**conflicting**'],
    ['single-source', 2, '**single-source**'],
  ] as const)('%s with %i values -> %s', (status, n, shown) => {
    expect(statusCell({ status, values: Array.from({ length: n }, (_, i) => v(String(i), i)) })).toBe(shown);
  });
});
