import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { demoMain } from '../../fixtures/demo';
import { problem } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { renderApp } from '../support/render-app';

const ACTIONS = '/api/plans/hfd-2022/actions';

function findNotice(): Promise<HTMLElement> {
  return waitFor(() => {
    const notice = screen.getAllByRole('status').find((element) => element.textContent?.includes('Could not refresh'));
    if (!notice) throw new Error('no "Could not refresh" notice');
    return notice;
  });
}

describe('a refresh that fails', () => {
  it('keeps the last good data with a notice and a Retry, and clears the notice once the API answers', async () => {
    const { user, queryClient } = renderApp('/plans/hfd-2022');
    await screen.findByRole('heading', { name: '67 actions', level: 2 });
    // The overview has counted the actions itself (not only shown the server's summary).
    await screen.findByRole('link', { name: /since the Improvement Board/ });
    expect(screen.queryByText(/Could not refresh/)).not.toBeInTheDocument();

    server.use(http.get(ACTIONS, () => problem(502, 'Bad gateway')));
    // What the refresh timer or a regained focus does.
    await act(() => queryClient.refetchQueries());
    const notice = await findNotice();
    expect(notice).toHaveTextContent(
      'Could not refresh the actions: showing data as at 12 January 2024, 9:00am. The server could not return the actions (HTTP 502): Bad gateway. It will try again by itself.',
    );
    expect(screen.getByRole('heading', { name: '67 actions', level: 2 })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    server.use(http.get(ACTIONS, () => HttpResponse.json(demoMain.actions)));
    await user.click(within(notice).getByRole('button', { name: 'Retry' }));
    await expect.poll(() => screen.queryByText(/Could not refresh/)).toBeNull();
    expect(screen.getByRole('heading', { name: '67 actions', level: 2 })).toBeInTheDocument();
  });

  it('is not mistaken for a failed first load, which keeps its own message', async () => {
    server.use(http.get(ACTIONS, () => problem(500, 'Internal server error')));
    renderApp('/plans/hfd-2022');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Could not load the actions' })).toBeInTheDocument();
    expect(screen.queryByText(/Could not refresh/)).not.toBeInTheDocument();
  });
});
