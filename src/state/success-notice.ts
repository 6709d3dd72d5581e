import { create } from 'zustand';

/**
 * A success message to show once on the page a form returns to (GOV.UK's "notification
 * banner" after a submitted form). It belongs to that page's path: moving to any other
 * view drops it, and a reload never shows it again (it is not persisted).
 */
interface SuccessNotice {
  notice: { path: string; message: string } | null;
  recorded: (path: string, message: string) => void;
  dismissed: () => void;
}

export const useSuccessNotice = create<SuccessNotice>()((set) => ({
  notice: null,
  recorded: (path, message) => set({ notice: { path, message } }),
  dismissed: () => set({ notice: null }),
}));
