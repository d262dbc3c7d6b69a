// @vitest-environment happy-dom
// The timeline: responses under what they answer in date order, later events marked, packs named when two disagree.
import { render } from 'preact';
import { beforeAll, describe, expect, test } from 'vitest';
import type { EventView, TimelineItem } from '../../src/kb/types';
import { Timeline } from '../../src/ui/Timeline';
import { stubI18n } from './i18n-stub';

beforeAll(stubI18n);

const source = {
  id: 'a1',
  url: 'https://example.org/a',
  title: 'A story',
  publisher: 'Example',
  published: '2025-11-15',
};

function event(id: string, over: Partial<EventView> = {}): EventView {
  return {
    id,
    packId: 'p1',
    packTitle: 'Pack one',
    kind: 'allegation',
    date: '2025-11-01',
    by: [{ id: null, name: 'Someone' }],
    summary: `Summary of ${id}`,
    quotes: [],
    status: 'alleged',
    sources: [source],
    ...over,
  };
}

function item(id: string, over: Partial<EventView> = {}, responses: EventView[] = []): TimelineItem {
  return { ...event(id, over), responses };
}

function show(items: TimelineItem[], articleDate: string | null = null): HTMLElement {
  const host = document.createElement('div');
  render(<Timeline items={items} articleDate={articleDate} />, host);
  return host;
}

describe('Timeline', () => {
  test('puts responses under their allegation in date order, with the status in words', () => {
    const host = show([
      item('claim', {}, [
        event('late', { kind: 'response', date: '2025-11-20' }),
        event('early', { kind: 'denial', date: '2025-11-02' }),
      ]),
    ]);
    const responses = [...host.querySelectorAll('.responses > li .event-summary')].map((p) => p.textContent);
    expect(responses).toEqual(['Summary of early', 'Summary of late']);
    expect(host.querySelector('.timeline-item .badge')?.textContent).toBe('Status: Alleged');
    expect(host.querySelector('h3')?.textContent).toMatch(/^Allegation · /);
    expect(host.querySelector('h4')?.textContent).toMatch(/^Denial · /);
  });

  test('marks the events dated after the article as later, and only those', () => {
    const host = show(
      [item('claim', {}, [event('after', { kind: 'denial', date: '2025-11-20' })])],
      '2025-11-15T17:08:15-05:00',
    );
    const later = [...host.querySelectorAll('.tag-later')].map(
      (tag) => tag.closest('.event-body')?.querySelector('.event-summary')?.textContent,
    );
    expect(later).toEqual(['Summary of after']);
  });

  test('marks nothing as later when the article date is unknown', () => {
    expect(show([item('claim', { date: '2030-01-01' })]).querySelector('.tag-later')).toBeNull();
  });

  test('names the pack of each event only when the events come from more than one pack', () => {
    expect(show([item('one'), item('two')]).querySelector('.event-pack')).toBeNull();
    const host = show([item('one'), item('two', { packId: 'p2', packTitle: 'Pack two' })]);
    expect([...host.querySelectorAll('.event-pack')].map((p) => p.textContent)).toEqual([
      'From the pack “Pack one”',
      'From the pack “Pack two”',
    ]);
  });

  test('pack text stays text, and only http(s) sources become links', () => {
    const host = show([
      item('x', {
        summary: '<img src=x onerror=alert(1)>',
        sources: [source, { ...source, id: 'a2', url: 'javascript:alert(1)', title: 'Bad link' }],
      }),
    ]);
    expect(host.querySelector('img')).toBeNull();
    expect(host.querySelector('.event-summary')?.textContent).toBe('<img src=x onerror=alert(1)>');
    const links = [...host.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/a']);
    expect(links[0]?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(host.textContent).toContain('Bad link');
  });
});
