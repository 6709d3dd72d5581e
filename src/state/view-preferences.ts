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
  /** Show every chart as a table by default. */
  preferTables: boolean;
  chartViewToggled: (chartId: string) => void;
  preferTablesToggled: () => void;
}

export const useViewPreferences = create<ViewPreferences>()(
  persist(
    (set) => ({
      tables: {},
      preferTables: false,
      chartViewToggled: (chartId) =>
        set((state) => ({ tables: { ...state.tables, [chartId]: !(state.tables[chartId] ?? state.preferTables) } })),
      preferTablesToggled: () => set((state) => ({ preferTables: !state.preferTables, tables: {} })),
    }),
    { name: 'ipd:view-preferences', storage: createJSONStorage(() => localStorage), version: 1 },
  ),
);

/** Whether one chart shows as a table, following the user's choice for it or their default. */
export function useShowAsTable(chartId: string): [boolean, () => void] {
  const asTable = useViewPreferences((s) => s.tables[chartId] ?? s.preferTables);
  const toggled = useViewPreferences((s) => s.chartViewToggled);
  return [asTable, () => toggled(chartId)];
}
