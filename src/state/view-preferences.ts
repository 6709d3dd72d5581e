import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/**
 * UI preferences that are not filters (so not in the URL): whether each chart is
 * shown as a table. Kept per browser, because someone who reads tables with a screen
 * reader wants tables every time. Holds no plan data.
 */
interface ViewPreferences {
  /** Chart id → true when the user chose the table view. */
  tables: Record<string, boolean>;
  chartViewToggled: (chartId: string) => void;
}

export const useViewPreferences = create<ViewPreferences>()(
  persist(
    (set) => ({
      tables: {},
      chartViewToggled: (chartId) => set((state) => ({ tables: { ...state.tables, [chartId]: !(state.tables[chartId] ?? false) } })),
    }),
    { name: 'ipd:view-preferences', storage: createJSONStorage(() => localStorage), version: 1 },
  ),
);

/** Whether one chart shows as a table: the user's last choice for it, a chart by default. */
export function useShowAsTable(chartId: string): [boolean, () => void] {
  const asTable = useViewPreferences((s) => s.tables[chartId] ?? false);
  const toggled = useViewPreferences((s) => s.chartViewToggled);
  return [asTable, () => toggled(chartId)];
}
