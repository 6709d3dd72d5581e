import { focusManager } from '@tanstack/react-query';
import { act, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { demoMain } from '../../fixtures/demo';
import { server } from '../../mocks/node';
import { parseConfig } from '../../src/app/config-schema';
import { createAppQueryClient } from '../../src/app/query-client';
import { renderApp, testConfig } from '../support/render-app';

const ACTIONS = '/api/plans/hfd-2022/actions';

/** The actions endpoint, one action fewer from the second request on (the plan changed at source). */
function servedActions() {
  let served = 0;
  server.use(
    http.get(ACTIONS, () => {
      served += 1;
      return HttpResponse.json(served === 1 ? demoMain.actions : { ...demoMain.actions, actions: demoMain.actions.actions.slice(1) });
    }),
  );
  return () => served;
}

afterEach(() => {
  focusManager.setFocused(undefined);
  vi.useRealTimers();
});

describe('a dashboard left open', () => {
  it('refetches when the window regains focus once the data is a minute old', async () => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    const served = servedActions();
    const config = parseConfig({ ...testConfig, refreshIntervalSeconds: 0 });
    renderApp('/plans/hfd-2022', config, createAppQueryClient(config));
    await screen.findByRole('heading', { name: '67 actions', level: 2 });
    // The overview asks for the actions once the server's summary of them is on screen.
    await waitFor(() => expect(served()).toBe(1));

    // Back to the window within the minute: nothing is fetched.
    act(() => {
      focusManager.setFocused(false);
      focusManager.setFocused(true);
    });
    expect(served()).toBe(1);

    vi.setSystemTime(Date.now() + 61_000);
    act(() => {
      focusManager.setFocused(false);
      focusManager.setFocused(true);
    });
    expect(await screen.findByRole('heading', { name: '66 actions', level: 2 })).toBeInTheDocument();
    expect(served()).toBe(2);
  });

  it('refetches on the interval config.json sets', async () => {
    const served = servedActions();
    const config = parseConfig({ ...testConfig, refreshIntervalSeconds: 1 });
    renderApp('/plans/hfd-2022', config, createAppQueryClient(config));
    await screen.findByRole('heading', { name: '67 actions', level: 2 });
    expect(await screen.findByRole('heading', { name: '66 actions', level: 2 }, { timeout: 5000 })).toBeInTheDocument();
    expect(served()).toBeGreaterThanOrEqual(2);
  });
});
