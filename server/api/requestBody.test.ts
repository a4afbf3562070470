import { describe, expect, it } from 'vitest';
import { apiClient } from '../contract/client';
import { fixtureStore } from './testing';

describe('a write declared as anything but JSON', () => {
  it('is refused with 415, so no other site can post a form at the API', async () => {
    const api = apiClient(fixtureStore());
    const body = JSON.stringify({
      name: 'x',
      stream: 'access',
      search: { q: '', from: null, to: null, sort: '-start_time' },
    });
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const answer = await api.call('POST', '/saved-searches', undefined, { 'Content-Type': type }, body);
      expect(answer.status, type).toBe(415);
      expect((await answer.json()).detail).toMatch(/Content-Type: application\/json/);
    }
    const sent = await api.call(
      'POST',
      '/saved-searches',
      undefined,
      { 'Content-Type': 'application/json; charset=utf-8' },
      body,
    );
    expect(sent.status).toBe(201);
  });
});
