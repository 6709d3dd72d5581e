import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axe } from 'vitest-axe';
import { ConfigError } from '../../src/app/config';
import { ConfigErrorPage } from '../../src/app/config-error-page';

describe('ConfigErrorPage', () => {
  it('names the problem and each bad setting instead of a blank page', async () => {
    const { container } = render(
      <ConfigErrorPage error={new ConfigError('config.json has a setting the dashboard cannot use.', ['"demo" Invalid input'])} />,
    );
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The dashboard is not set up correctly' })).toBeInTheDocument();
    expect(within(alert).getByText('config.json has a setting the dashboard cannot use.')).toBeInTheDocument();
    expect(within(alert).getByRole('listitem')).toHaveTextContent('"demo" Invalid input');
    expect(await axe(container, { rules: { 'color-contrast': { enabled: false } } })).toHaveNoViolations();
  });
});
