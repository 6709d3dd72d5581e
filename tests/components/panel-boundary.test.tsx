import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from '../../src/components/panel-boundary';
import { createTestQueryClient } from '../support/render-app';

let broken = true;
function Fragile() {
  if (broken) throw new Error('Cannot read the chart data');
  return <p>Chart drawn</p>;
}

describe('PanelBoundary', () => {
  it('keeps a render error to its panel, says what failed, and Retry renders it again', async () => {
    // React reports the caught error to the console; that is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken = true;
    const user = userEvent.setup();
    render(
      <QueryClientProvider client={createTestQueryClient()}>
        <h1>Area 3</h1>
        <PanelBoundary what="the measures">
          <Fragile />
        </PanelBoundary>
        <p>The actions table</p>
      </QueryClientProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Could not load the measures' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Cannot read the chart data');
    expect(screen.getByRole('heading', { name: 'Area 3' })).toBeInTheDocument();
    expect(screen.getByText('The actions table')).toBeInTheDocument();

    broken = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('Chart drawn')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
